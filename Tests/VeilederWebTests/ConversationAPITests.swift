import Foundation
import HummingbirdTesting
import Testing
import VeilederCore
import VeilederStorage
@testable import VeilederWeb

@Suite("Conversation API")
struct ConversationAPITests {
    @Test("Starting returns 201 with the greeting and the options")
    func start() async throws {
        try await TestServer().run { client in
            let response = try await client.post("/api/v1/conversations", #"{"locale":"nb"}"#)
            #expect(response.status == .created)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let reply = try response.decode(ConversationResponse.self)
            #expect(reply.id.count == 32)
            #expect(reply.locale == "nb")
            #expect(reply.messages == [.init(id: "start.1", text: "Hei! Hva kan vi hjelpe deg med?", kind: "text")])
            #expect(reply.options.map(\.id) == ["start.forelder", "start.ung"])
            #expect(reply.crisis == false)
        }
    }

    @Test("Starting without a body uses bokmål; other locales are translated")
    func locales() async throws {
        try await TestServer().run { client in
            let empty = try await client.post("/api/v1/conversations")
            #expect(empty.status == .created)
            #expect(try empty.decode(ConversationResponse.self).locale == "nb")
            let nynorsk = try await client.startConversation(locale: "nn")
            #expect(nynorsk.messages.first?.text == "Hei! Kva kan vi hjelpe deg med?")
            let unknown = try await client.post("/api/v1/conversations", #"{"locale":"de"}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorCode == "unknown_locale")
        }
    }

    @Test("Choosing options and typing text move the conversation on")
    func messages() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let chosen = try await client.send(id, #"{"option":"start.forelder"}"#)
            #expect(chosen.status == .ok)
            #expect(try chosen.decode(ConversationResponse.self).options.map(\.id) == ["meny.fravaer", "meny.slutt"])
            let typed = try await client.send(id, #"{"text":"skolefravær"}"#)
            let reply = try typed.decode(ConversationResponse.self)
            #expect(reply.messages.map(\.id) == ["fravaer.1"])
            #expect(reply.id == id)
        }
    }

    @Test("A crisis message is flagged and its bubbles are marked crisis")
    func crisis() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let reply = try await client.send(id, #"{"text":"jeg vil ta livet mitt"}"#).decode(ConversationResponse.self)
            #expect(reply.crisis)
            #expect(reply.messages.first?.kind == "crisis")
            #expect(reply.messages.first?.text == "Ring 113 eller Alarmtelefonen (116 111).")
        }
    }

    @Test("Unanswered text is stored scrubbed and counted, with nothing about the sender")
    func unanswered() async throws {
        let server = try TestServer()
        try await server.run { client in
            let id = try await client.startConversation().id
            let reply = try await client.send(id, #"{"text":"jeg heter Kari og nummeret mitt er 91234567 qwxz"}"#)
            #expect(try reply.decode(ConversationResponse.self).messages.first?.id == "ukjent.1")
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("veileder_fallbacks_total 1"))
        }
        let questions = try await server.database.unansweredQuestions(since: "2000-01-01")
        #expect(questions.map(\.text) == ["jeg heter [navn] og nummeret mitt er [telefon] qwxz"])
        let counters = try await server.database.usageCounters(since: "2000-01-01")
        #expect(counters.contains { $0.nodeID == "start" && $0.kind == "fallback" && $0.count == 1 })
    }

    @Test("An indirect alarm keeps the question scrubbed on disk, and \"Nei\" answers it")
    func indirectAlarmKeepsTheQuestion() async throws {
        let file = TemporaryDatabaseFile()
        defer { file.remove() }
        let server = try TestServer(database: file.open())
        let id = try await server.run { client in
            let id = try await client.startConversation().id
            let alarm = try await client.send(id, #"{"text":"jeg heter Kari, er alene, ring 91234567"}"#).decode(ConversationResponse.self)
            #expect(alarm.crisis)
            #expect(alarm.options.map(\.id) == ["krise.nei"])
            return id
        }
        // A fresh connection has no cache: this is the row as written to disk.
        let stored = try await file.open().conversation(try #require(ConversationID(id)))
        #expect(stored.state.pendingQuestion == "jeg heter [navn], er alene, ring [telefon]")
        try await TestServer(database: file.open()).run { client in
            let reply = try await client.send(id, #"{"option":"krise.nei"}"#).decode(ConversationResponse.self)
            #expect(!reply.crisis)
            #expect(reply.messages.first?.text == UIString.answeringYourQuestion.defaultText)
            #expect(reply.messages.map(\.id).contains("ukjent.1"), "the kept question is routed (here to the fallback)")
        }
    }

    @Test("Delete answers 204 and the conversation is gone")
    func delete() async throws {
        let server = try TestServer()
        try await server.run { client in
            let id = try await client.startConversation().id
            let deleted = try await client.execute(uri: "/api/v1/conversations/\(id)", method: .delete)
            #expect(deleted.status == .noContent)
            let after = try await client.send(id, #"{"text":"hei"}"#)
            #expect(after.status == .notFound)
            #expect(after.errorCode == "conversation_not_found")
            let again = try await client.execute(uri: "/api/v1/conversations/\(id)", method: .delete)
            #expect(again.status == .notFound)
        }
        #expect(try await server.database.storedConversationCount() == 0)
    }

    @Test("An expired conversation answers 410 and is deleted")
    func expired() async throws {
        // Created once the server runs, so the purge at start-up (which may come late on a loaded machine)
        // cannot delete it first; expired a second later.
        let database = try VeilederDatabase.inMemory(configuration: .init(idleTimeout: 1))
        try await TestServer(database: database).run { client in
            try await Task.sleep(for: .milliseconds(200))
            let id = try await database.createConversation(ConversationState(locale: "nb", nodeID: "start"))
            try await Task.sleep(for: .milliseconds(1200))
            let response = try await client.send(id.rawValue, #"{"text":"hei"}"#)
            #expect(response.status == .gone)
            #expect(response.errorCode == "conversation_expired")
            #expect(try response.decode(ErrorReply.self).error.message.contains("POST /api/v1/conversations"))
        }
        #expect(try await database.storedConversationCount() == 0)
    }

    @Test("After /avslutt further messages answer 409")
    func ended() async throws {
        try await TestServer().run { client in
            let id = try await client.startConversation().id
            let goodbye = try await client.send(id, #"{"text":"/avslutt"}"#).decode(ConversationResponse.self)
            #expect(goodbye.ended)
            let after = try await client.send(id, #"{"text":"hei"}"#)
            #expect(after.status == .conflict)
            #expect(after.errorCode == "conversation_ended")
        }
    }

    @Test("A file database keeps the conversation across a restart of the server")
    func restart() async throws {
        let file = TemporaryDatabaseFile()
        defer { file.remove() }
        let first = try TestServer(database: file.open())
        let id = try await first.run { client in
            let id = try await client.startConversation().id
            _ = try await client.send(id, #"{"option":"start.ung"}"#)
            return id
        }
        let second = try TestServer(database: file.open())
        try await second.run { client in
            let response = try await client.send(id, #"{"option":"meny.fravaer"}"#)
            #expect(response.status == .ok)
        }
    }

    @Test("The hand-written JSON escapes everything JSON requires")
    func jsonEscaping() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t bell \u{07} nul \u{00} æøå 😀 </script>"
        var json = JSONWriter()
        json.object { json in
            json.field("text") { $0.string(tricky) }
            json.field("flag") { $0.bool(true) }
            json.field("list") { json in json.array(["a", "b"]) { json, item in json.string(item) } }
        }
        struct Decoded: Decodable { var text: String; var flag: Bool; var list: [String] }
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(json.bytes))
        #expect(decoded.text == tricky)
        #expect(decoded.flag)
        #expect(decoded.list == ["a", "b"])
    }
}
