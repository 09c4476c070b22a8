import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import VeilederCore
import VeilederStorage
@testable import VeilederWeb

/// Builds the real application around an in-memory (or given) database and runs a test against it.
struct TestServer {
    var configuration = WebServer.Configuration(port: 0)
    var database: VeilederDatabase
    var logger = Logger(label: "test.web")

    init(database: VeilederDatabase? = nil, configure: (inout WebServer.Configuration) -> Void = { _ in }) throws {
        self.database = try database ?? VeilederDatabase.inMemory()
        configure(&configuration)
    }

    /// Runs `body` with a client of the in-process router (`.router`) or a real socket (`.live`).
    func run<T: Sendable>(_ setup: TestingSetup = .router, _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = try await buildApplication(configuration: configuration, guide: WebTestGuide.make(), database: database, logger: logger)
        return try await app.test(setup, body)
    }
}

/// A database file in the temporary folder, for tests that restart the server or read what reached the disk.
struct TemporaryDatabaseFile {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-web-\(UUID().uuidString).sqlite").path

    /// A new connection to the file: no cache of an earlier one, so reads show what was written.
    func open() throws -> VeilederDatabase {
        try VeilederDatabase.open(path: path, logger: .init(label: "test"))
    }

    /// Deletes the file and its WAL companions.
    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// A decoded error body.
struct ErrorReply: Decodable {
    struct Detail: Decodable {
        var code: String
        var message: String
    }

    var error: Detail
}

extension TestClientProtocol {
    /// POSTs a JSON string (or raw bytes) and returns the response.
    func post(_ uri: String, _ body: String? = nil, bytes: [UInt8]? = nil) async throws -> TestResponse {
        let buffer = bytes.map { ByteBuffer(bytes: $0) } ?? body.map { ByteBuffer(string: $0) }
        return try await execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: buffer)
    }

    /// Starts a conversation and returns its decoded reply.
    func startConversation(locale: String = "nb") async throws -> ConversationResponse {
        let response = try await post("/api/v1/conversations", #"{"locale":"\#(locale)"}"#)
        return try JSONDecoder().decode(ConversationResponse.self, from: Data(buffer: response.body))
    }

    /// Sends a message body to a conversation.
    func send(_ id: String, _ body: String) async throws -> TestResponse {
        try await post("/api/v1/conversations/\(id)/messages", body)
    }
}

extension TestResponse {
    /// The body decoded as `T`.
    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    /// The error code of a JSON error body, or `nil`.
    var errorCode: String? { (try? decode(ErrorReply.self))?.error.code }

    /// The body as text.
    var text: String { String(buffer: body) }
}
