import Foundation
import HummingbirdTesting
import Testing
@testable import VeilederStorage
@testable import VeilederWeb

@Suite("Rasa REST channel webhook")
struct RasaWebhookTests {
    @Test("A new sender gets the greeting with buttons; a button payload chooses the option")
    func conversation() async throws {
        let server = try TestServer()
        try await server.run { client in
            let first = try await client.post("/webhooks/rest/webhook", #"{"sender":"user-42","message":"/start"}"#)
            #expect(first.status == .ok)
            let greeting = try first.decode([RasaMessage].self)
            #expect(greeting.map(\.text) == ["Hei! Hva kan vi hjelpe deg med?"])
            #expect(greeting.last?.buttons?.map(\.payload) == ["start.forelder", "start.ung"])
            #expect(greeting.allSatisfy { $0.recipient_id == "user-42" })
            let second = try await client.post("/webhooks/rest/webhook", #"{"sender":"user-42","message":"start.forelder"}"#)
            let menu = try second.decode([RasaMessage].self)
            #expect(menu.map(\.text) == ["Hva er du bekymret for?"])
            #expect(menu.last?.buttons?.map(\.title) == ["Skolefravær", "Ferdig"])
        }
        #expect(try await server.database.storedConversationCount() == 1)
    }

    @Test("A first message that is a crisis is answered after the greeting")
    func crisisFirst() async throws {
        try await TestServer().run { client in
            let response = try await client.post("/webhooks/rest/webhook", #"{"sender":"x","message":"jeg vil ta livet mitt"}"#)
            let messages = try response.decode([RasaMessage].self)
            #expect(messages.first?.text == "Hei! Hva kan vi hjelpe deg med?")
            #expect(messages.contains { $0.text.contains("113") })
        }
    }

    @Test("The sender id is stored only as a keyed hash")
    func senderHashed() async throws {
        let server = try TestServer()
        let sender = "kari.nordmann@example.no"
        try await server.run { client in
            _ = try await client.post("/webhooks/rest/webhook", #"{"sender":"\#(sender)","message":"hei"}"#)
        }
        let rows = try await server.database.dbWriter.read { db in
            try String.fetchAll(db, sql: "SELECT id || locale || state FROM conversation")
        }
        #expect(rows.count == 1)
        #expect(!rows[0].contains("kari"))
        let secret = try await server.database.secret(named: "rasa-sender")
        #expect(rows[0].hasPrefix(ChatService.conversationID(sender: sender, secret: secret).rawValue))
    }

    @Test("Bad webhook bodies get JSON errors", arguments: [
        (#"{"message":"hei"}"#, "invalid_field"),
        (#"{"sender":"","message":"hei"}"#, "invalid_field"),
        (#"{"sender":1,"message":"hei"}"#, "invalid_field"),
        ("nope", "invalid_json"),
    ])
    func badBodies(body: String, code: String) async throws {
        try await TestServer().run { client in
            let response = try await client.post("/webhooks/rest/webhook", body)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == code)
        }
    }

    @Test("SHA-256 and HMAC match the published test vectors")
    func vectors() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // RFC 4231 test case 2.
        #expect(hex(ChatService.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
