import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the client's address, which rate
/// limiting needs. The address lives only as long as the request and in the in-memory limiter; it is never
/// stored or logged.
public struct ChatRequestContext: RequestContext {
    /// Hummingbird's own per-request values.
    public var coreContext: CoreRequestContextStorage
    /// The remote IP address, if the connection has one (tests without a socket have none).
    public let clientAddress: String?

    /// Creates the context for a request on a channel.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are read by ``RequestDecoding`` with the server's own limit; this only caps Hummingbird's helpers.
    public var maxUploadSize: Int { 16 * 1024 }
}
