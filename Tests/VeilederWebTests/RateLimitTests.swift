import Foundation
import HummingbirdTesting
import Testing
@testable import VeilederWeb

@Suite("Rate limits")
struct RateLimitTests {
    @Test("A conversation over its limit gets 429 with Retry-After")
    func perConversation() async throws {
        let server = try TestServer { $0.rateLimits = .init(conversationPerMinute: 6, conversationBurst: 3) }
        try await server.run { client in
            let id = try await client.startConversation().id
            for _ in 0..<3 { #expect(try await client.send(id, #"{"text":"/meny"}"#).status == .ok) }
            let limited = try await client.send(id, #"{"text":"/meny"}"#)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "rate_limited")
            #expect(limited.headers[.retryAfter].flatMap(Int.init).map { $0 >= 1 && $0 <= 10 } == true)
            // Another conversation is not affected.
            let other = try await client.startConversation().id
            #expect(try await client.send(other, #"{"text":"/meny"}"#).status == .ok)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("veileder_rate_limited_total 1"))
        }
    }

    @Test("A client address over its limit gets 429, over a real socket")
    func perClient() async throws {
        let server = try TestServer { $0.rateLimits = .init(clientPerMinute: 60, clientBurst: 4) }
        try await server.run(.live) { client in
            for _ in 0..<4 { #expect(try await client.post("/api/v1/conversations").status == .created) }
            let limited = try await client.post("/api/v1/conversations")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            // Operations endpoints are never limited.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test("Limits switched off let everything through")
    func off() async throws {
        let server = try TestServer { $0.rateLimits = .init(enabled: false, conversationPerMinute: 1, conversationBurst: 1) }
        try await server.run { client in
            let id = try await client.startConversation().id
            for _ in 0..<20 { #expect(try await client.send(id, #"{"text":"/meny"}"#).status == .ok) }
        }
    }

    @Test("Buckets refill over time and idle keys are forgotten")
    func buckets() {
        let clock = TestClock()
        let limiter = RateLimiter(rule: .init(burst: 2, perMinute: 60), maximumKeys: 4, now: { clock.now })
        #expect(limiter.acquire("a") == nil)
        #expect(limiter.acquire("a") == nil)
        #expect(limiter.acquire("a") == 1)
        clock.now += 1
        #expect(limiter.acquire("a") == nil)
        for key in ["b", "c", "d", "e"] { _ = limiter.acquire(key) }
        clock.now += 10
        _ = limiter.acquire("f")
        #expect(limiter.count <= 4)
    }
}

/// A settable clock for the limiter.
final class TestClock: @unchecked Sendable {
    var now: TimeInterval = 1000
}
