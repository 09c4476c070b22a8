import Foundation
import VeilederStorage

/// The chat web server's settings; `veileder serve` fills them from flags and `VEILEDER_*` variables, and
/// tests from code. Build the server with ``buildApplication(configuration:guide:logger:)``.
public enum WebServer {
    /// Everything the server can be told.
    public struct Configuration: Sendable {
        /// The address to listen on; loopback by default, so exposing it is a decision.
        public var host: String
        /// The port to listen on.
        public var port: Int
        /// The SQLite file; its folder is created. `:memory:` keeps everything in memory (tests).
        public var databasePath: String
        /// Idle timeout and retention.
        public var storage: VeilederDatabase.Configuration
        /// How often idle conversations and old statistics are purged.
        public var purgeInterval: Duration
        /// Per-client and per-conversation limits.
        public var rateLimits: RateLimits.Configuration
        /// Text limits and the default locale.
        public var chat: ChatService.Configuration
        /// The largest request body accepted, in bytes.
        public var maxBodySize: Int
        /// The origin allowed to call the API from a browser (`*` for any, the default; no cookies or
        /// credentials are ever used, so `*` exposes nothing). The widget runs on the municipality's pages,
        /// another origin than the API, so a single origin must be that site's.
        public var allowedOrigin: String

        /// Creates the defaults: 127.0.0.1:8080, `./data/veileder.sqlite`, 30 minutes idle, 90 days retention.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            databasePath: String = "./data/veileder.sqlite",
            storage: VeilederDatabase.Configuration = .init(),
            purgeInterval: Duration = .seconds(60),
            rateLimits: RateLimits.Configuration = .init(),
            chat: ChatService.Configuration = .init(),
            maxBodySize: Int = 16 * 1024,
            allowedOrigin: String = "*"
        ) {
            self.host = host
            self.port = port
            self.databasePath = databasePath
            self.storage = storage
            self.purgeInterval = purgeInterval
            self.rateLimits = rateLimits
            self.chat = chat
            self.maxBodySize = maxBodySize
            self.allowedOrigin = allowedOrigin
        }
    }
}
