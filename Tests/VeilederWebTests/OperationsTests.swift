import Foundation
import HummingbirdTesting
import Logging
import Testing
import VeilederStorage
@testable import VeilederWeb

@Suite("Operations, widget files and privacy")
struct OperationsTests {
    @Test("Ping and health answer JSON")
    func ping() async throws {
        try await TestServer().run { client in
            let ping = try await client.execute(uri: "/api/v1/ping", method: .get)
            #expect(ping.status == .ok)
            #expect(ping.text == #"{"status":"ok"}"#)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test("Metrics are Prometheus text with route templates and no ids")
    func metrics() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            _ = try await client.send(id, #"{"text":"jeg vil ta livet mitt"}"#)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = response.text
            #expect(text.contains(#"veileder_http_requests_total{route="/api/v1/conversations",method="POST",status="201"} 1"#))
            #expect(text.contains(#"route="/api/v1/conversations/{id}/messages""#))
            #expect(text.contains("veileder_http_request_duration_seconds_bucket"))
            #expect(text.contains("veileder_crisis_hits_total 1"))
            #expect(text.contains("veileder_conversations_started_total 1"))
            #expect(text.contains("veileder_active_conversations 1"))
            #expect(!text.contains(id))
        }
    }

    @Test("The widget, its style sheet and the demo page are served")
    func assets() async throws {
        try await TestServer().run { client in
            let script = try await client.execute(uri: "/widget.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.headers[.crossOriginResourcePolicy] == "cross-origin")
            let css = try await client.execute(uri: "/widget.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(page.text.contains("widget.js"))
            let cached = try await client.execute(uri: "/widget.js", method: .get, headers: [.ifNoneMatch: script.headers[.eTag] ?? ""])
            #expect(cached.status == .notModified)
        }
    }

    @Test("HEAD answers like GET, without the body", arguments: ["/healthz", "/widget.js", "/widget.css", "/"])
    func head(path: String) async throws {
        try await TestServer().run { client in
            let get = try await client.execute(uri: path, method: .get)
            let head = try await client.execute(uri: path, method: .head)
            #expect(head.status == .ok)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test("CORS lets the municipality's page call the API")
    func cors() async throws {
        try await TestServer().run { client in
            let preflight = try await client.execute(
                uri: "/api/v1/conversations", method: .options,
                headers: [.origin: "https://www.kragero.kommune.no", .accessControlRequestMethod: "POST"]
            )
            #expect(preflight.status == .ok || preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("DELETE") == true)
        }
    }

    @Test("Logs never contain message text, ids or personal data")
    func logs() async throws {
        let records = LogRecorder()
        var server = try TestServer()
        server.logger = Logger(label: "test") { _ in RecordingLogHandler(recorder: records) }
        server.logger.logLevel = .trace
        try await server.run { client in
            let id = try await client.startConversation().id
            _ = try await client.send(id, #"{"text":"hemmelig tekst, jeg heter Kari 91234567"}"#)
            _ = try await client.send(id, #"{"option":"finnes.ikke"}"#)
            _ = try await client.post("/webhooks/rest/webhook", #"{"sender":"sender-secret","message":"hemmelig"}"#)
            let all = records.text
            #expect(!all.isEmpty)
            for secret in ["hemmelig", "Kari", "91234567", id, "sender-secret"] {
                #expect(!all.contains(secret), "logs contain \(secret)")
            }
        }
    }
}

/// Collects log lines in memory.
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}

/// A log handler that records every message with its metadata.
struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        recorder.append("\(event.level) \(event.message) \(metadata.merging(event.metadata ?? [:]) { $1 })")
    }
}
