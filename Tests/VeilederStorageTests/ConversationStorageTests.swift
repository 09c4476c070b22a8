import Foundation
import Logging
import Testing
import VeilederCore
@testable import VeilederStorage

@Suite("Conversation storage")
struct ConversationStorageTests {
    let logger = Logger(label: "test.storage")

    func state(_ node: String = "start", locale: String = "nb") -> ConversationState {
        ConversationState(locale: locale, nodeID: node)
    }

    @Test("Ids are 32 lowercase hex characters and random")
    func ids() {
        let ids = (0..<1000).map { _ in ConversationID.random() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { ConversationID($0.rawValue) == $0 })
        #expect(ConversationID("ABCDEF0123456789abcdef0123456789") == nil)
        #expect(ConversationID("abc") == nil)
        #expect(ConversationID(String(repeating: "g", count: 32)) == nil)
        #expect(ConversationID(high: 1, low: 255).rawValue == "000000000000000100000000000000ff")
    }

    @Test("Create, read, update and delete, with and without the cache", arguments: [0, 2, 10_000])
    func roundTrip(cacheCapacity: Int) async throws {
        let database = try VeilederDatabase.inMemory(configuration: .init(cacheCapacity: cacheCapacity), logger: logger)
        for _ in 0..<5 { _ = try await database.createConversation(state()) }
        let id = try await database.createConversation(state())
        #expect(try await database.conversation(id).state == state())
        var next = state("meny", locale: "nn")
        next.variables["audience"] = "ungdom"
        try await database.updateConversation(id, state: next)
        #expect(try await database.conversation(id).state == next)
        #expect(try await database.deleteConversation(id))
        await #expect(throws: StorageError.conversationNotFound) { try await database.conversation(id) }
        await #expect(throws: StorageError.conversationNotFound) { try await database.updateConversation(id, state: next) }
        #expect(try await database.deleteConversation(id) == false)
    }

    @Test("An idle conversation expires, and the purge deletes it")
    func expiry() async throws {
        let database = try VeilederDatabase.inMemory(configuration: .init(idleTimeout: 60), logger: logger)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let old = try await database.createConversation(state(), now: start)
        let fresh = try await database.createConversation(state(), now: start.addingTimeInterval(50))
        let later = start.addingTimeInterval(90)
        #expect(try await database.activeConversationCount(now: later) == 1)
        let result = try await database.purge(now: later)
        #expect(result.conversations == 1)
        await #expect(throws: StorageError.conversationNotFound) { try await database.conversation(old, now: later) }
        #expect(try await database.conversation(fresh, now: later).state == state())
        await #expect(throws: StorageError.conversationExpired) {
            try await database.conversation(fresh, now: later.addingTimeInterval(61))
        }
        #expect(try await database.storedConversationCount() == 0)
    }

    @Test("A file database keeps conversations across a restart")
    func restart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("veileder.sqlite").path
        let id: ConversationID
        do {
            let database = try VeilederDatabase.open(path: path, logger: logger)
            id = try await database.createConversation(state())
            try await database.updateConversation(id, state: state("meny"), usage: [UsageEvent(nodeID: "meny", kind: .visit)])
        }
        let reopened = try VeilederDatabase.open(path: path, logger: logger)
        #expect(try await reopened.conversation(id).state.nodeID == "meny")
        #expect(try await reopened.usageCounters(since: "2000-01-01").map(\.count) == [1])
    }

    @Test("Opening a path that cannot be a database says how to fix it")
    func openFailure() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-blocker-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect {
            try VeilederDatabase.open(path: file.appendingPathComponent("db.sqlite").path, logger: logger)
        } throws: { error in
            (error as? StorageError)?.description.contains("--database") == true
        }
    }

    @Test("The stored row holds no personal columns")
    func schema() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let columns = try await database.dbWriter.read { db in
            try db.columns(in: "conversation").map(\.name)
        }
        #expect(columns == ["id", "locale", "state", "createdAt", "updatedAt"])
    }

    @Test("A secret is created once and then reused")
    func secret() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let first = try await database.secret(named: "rasa")
        #expect(first.count == 32)
        #expect(try await database.secret(named: "rasa") == first)
        #expect(try await database.secret(named: "other") != first)
    }
}
