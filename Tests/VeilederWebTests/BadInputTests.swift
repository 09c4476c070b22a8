import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VeilederWeb

@Suite("Bad input gets a JSON error with the right status")
struct BadInputTests {
    @Test("Message bodies", arguments: [
        ("not json", 400, "invalid_json"),
        ("{\"text\": 42}", 400, "invalid_field"),
        ("{\"option\": [\"a\"]}", 400, "invalid_field"),
        ("[1, 2]", 400, "invalid_field"),
        ("{}", 400, "missing_input"),
        ("", 400, "invalid_json"),
        ("{\"text\": \"hei\", \"option\": \"start.ung\"}", 400, "ambiguous_input"),
        ("{\"text\": \"\"}", 400, "empty_text"),
        ("{\"text\": \"  \\n\\t \"}", 400, "empty_text"),
        ("{\"option\": \"finnes.ikke\"}", 422, "unknown_option"),
        ("{\"option\": \"\"}", 422, "unknown_option"),
        ("{\"text\": null}", 400, "missing_input"),
        // The same without white space, as the widget sends them (read without JSONDecoder).
        ("{\"text\":\"\"}", 400, "empty_text"),
        ("{\"text\":\"   \"}", 400, "empty_text"),
        ("{\"option\":\"\"}", 422, "unknown_option"),
        ("{\"option\":\"finnes.ikke\"}", 422, "unknown_option"),
        ("{\"foo\":\"bar\"}", 400, "missing_input"),
        ("{\"text\":\"hei\"", 400, "invalid_json"),
    ])
    func bodies(body: String, status: Int, code: String) async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let response = try await client.send(id, body)
            #expect(response.status.code == status)
            #expect(response.errorCode == code)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("Text up to 1,000 characters is accepted, longer is refused")
    func textLength() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let ok = try await client.send(id, #"{"text":"\#(String(repeating: "æ", count: 1000))"}"#)
            #expect(ok.status == .ok)
            let long = try await client.send(id, #"{"text":"\#(String(repeating: "a", count: 1001))"}"#)
            #expect(long.status == .badRequest)
            #expect(long.errorCode == "text_too_long")
            #expect(try long.decode(ErrorReply.self).error.message.contains("1000"))
        }
    }

    @Test("Invalid UTF-8 is refused")
    func invalidUTF8() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let bytes = Array(#"{"text":"h"#.utf8) + [0xC3, 0x28, 0xFF] + Array(#""}"#.utf8)
            let response = try await client.post("/api/v1/conversations/\(id)/messages", bytes: bytes)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_utf8")
        }
    }

    @Test("A body over 16 KB is refused with 413", arguments: [TestingSetup.router, .live])
    func bodyTooLarge(setup: TestingSetup) async throws {
        try await TestServer().run(setup) { client in
            let id = try await client.startConversation().id
            let big = #"{"text":"\#(String(repeating: "a", count: 17 * 1024))"}"#
            let response = try await client.send(id, big)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorCode == "body_too_large")
        }
    }

    @Test("Ids that are not conversation ids, and unknown ones", arguments: [
        ("abc", 400, "invalid_conversation_id"),
        ("ABCDEF0123456789ABCDEF0123456789", 400, "invalid_conversation_id"),
        ("0123456789abcdef0123456789abcdef", 404, "conversation_not_found"),
        ("..%2F..%2Fetc", 400, "invalid_conversation_id"),
    ])
    func ids(id: String, status: Int, code: String) async throws {
        try await TestServer().run { client in
            let response = try await client.send(id, #"{"text":"hei"}"#)
            #expect(response.status.code == status)
            #expect(response.errorCode == code)
        }
    }

    @Test("Unknown routes answer JSON 404")
    func routes() async throws {
        try await TestServer().run { client in
            let missing = try await client.execute(uri: "/api/v2/nothing", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "not_found")
        }
    }

    @Test("A known path with another method answers 405 with Allow", arguments: [
        ("/api/v1/conversations", HTTPRequest.Method.put, "POST"),
        ("/api/v1/conversations", .get, "POST"),
        ("/api/v1/conversations/0123456789abcdef0123456789abcdef", .get, "DELETE"),
        ("/api/v1/conversations/0123456789abcdef0123456789abcdef/messages", .get, "POST"),
        ("/api/v1/conversations/0123456789abcdef0123456789abcdef/messages", .delete, "POST"),
        ("/webhooks/rest/webhook", .get, "POST"),
        ("/healthz", .post, "GET, HEAD"),
        ("/widget.js", .delete, "GET, HEAD"),
        ("/", .post, "GET, HEAD"),
    ])
    func methods(path: String, method: HTTPRequest.Method, allow: String) async throws {
        try await TestServer().run { client in
            let response = try await client.execute(uri: path, method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.errorCode == "method_not_allowed")
            #expect(response.headers[.allow] == allow)
        }
    }

    @Test("The table of allowed methods matches the routes, method by method")
    func methodTableMatchesRoutes() async throws {
        let table = AllowedMethods(assetPaths: Array(try WidgetAssets().assets.keys))
        try await TestServer { $0.rateLimits.enabled = false }.run { client in
            for route in table.routes {
                let path = route.path.replacingOccurrences(of: ":id", with: "0123456789abcdef0123456789abcdef")
                for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
                    let response = try await client.execute(uri: path, method: method, body: ByteBuffer(string: "{}"))
                    let routed = response.status != .methodNotAllowed && response.errorCode != "not_found"
                    // Exact both ways: every listed method is routed, every other one is refused with 405.
                    #expect(routed == route.methods.contains(method), "\(method) \(path)")
                }
            }
        }
    }

    @Test("Random bytes never produce a 5xx", arguments: 0..<4)
    func fuzz(seed: Int) async throws {
        try await TestServer { $0.rateLimits.enabled = false }.run { client in
            let id = try await client.startConversation().id
            var generator = SplitMix(seed: UInt64(seed))
            for round in 0..<60 {
                let length = Int(generator.next() % 300)
                var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                if round % 3 == 0 { bytes = Array(#"{"text":"#.utf8) + bytes + Array("}".utf8) }
                for uri in ["/api/v1/conversations", "/api/v1/conversations/\(id)/messages", "/webhooks/rest/webhook"] {
                    let response = try await client.post(uri, bytes: bytes)
                    #expect(response.status.code < 500, "\(uri) answered \(response.status.code)")
                }
            }
        }
    }
}

/// A small deterministic generator for the fuzz test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
