import Foundation
import GRDB
import Logging
import Testing
import VeilederCore
@testable import VeilederStorage

@Suite("Group commit")
struct GroupCommitTests {
    let logger = Logger(label: "test.storage")

    @Test("Concurrent turns are all committed when their calls return, also after a restart")
    func concurrentTurns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-group-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("veileder.sqlite").path
        let ids: [ConversationID]
        do {
            let database = try VeilederDatabase.open(path: path, configuration: .init(cacheCapacity: 0), logger: logger)
            ids = try await withThrowingTaskGroup(of: ConversationID.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let id = try await database.createConversation(ConversationState(locale: "nb", nodeID: "start"))
                        var state = ConversationState(locale: "nb", nodeID: "node\(index)")
                        state.turns = index
                        try await database.updateConversation(
                            id, state: state, usage: [UsageEvent(nodeID: "node", kind: .visit)],
                            unanswered: index % 10 == 0 ? UnansweredQuestion(text: "hva med \(index)", locale: "nb", nodeID: "start") : nil
                        )
                        // Committed before returning: a separate reader connection already sees it.
                        let row = try await database.dbWriter.read { db in
                            try String.fetchOne(db, sql: "SELECT state FROM conversation WHERE id = ?", arguments: [id.rawValue])
                        }
                        #expect(try VeilederDatabase.decode(#require(row)).turns == index)
                        return id
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        let reopened = try VeilederDatabase.open(path: path, logger: logger)
        #expect(try await reopened.storedConversationCount() == 200)
        for id in ids {
            #expect(try await reopened.conversation(id).state.nodeID.hasPrefix("node"))
        }
        #expect(try await reopened.usageCounters(since: "2000-01-01").map(\.count) == [200])
        #expect(try await reopened.unansweredQuestions(since: "2000-01-01").count == 20)
    }

    @Test("A failing write in a batch fails alone; the others commit")
    func failureIsolated() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let batcher = database.writes
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<50 {
                group.addTask {
                    do {
                        try await batcher.write { db in
                            if index == 25 { try db.execute(sql: "INSERT INTO nosuchtable VALUES (1)") }
                            try db.execute(
                                sql: "INSERT INTO secret (name, value) VALUES (?, ?)", arguments: ["s\(index)", Data([1])]
                            )
                            return ((), nil)
                        }
                        return (index, true)
                    } catch {
                        return (index, false)
                    }
                }
            }
            return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
        }
        #expect(results.filter { !$0.value }.map(\.key) == [25])
        let stored = try await database.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM secret") }
        #expect(stored == 49)
    }

    @Test("A deletion wins over a turn written after it")
    func deletionWins() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let id = try await database.createConversation(ConversationState(locale: "nb", nodeID: "start"))
        async let deleted = database.deleteConversation(id)
        #expect(try await deleted)
        await #expect(throws: StorageError.conversationNotFound) {
            try await database.updateConversation(id, state: ConversationState(locale: "nb", nodeID: "meny"))
        }
        await #expect(throws: StorageError.conversationNotFound) { try await database.conversation(id) }
    }
}

extension GroupCommitTests {
    @Test("Writes that queue up while the writer is busy commit in one transaction")
    func oneTransaction() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let ids = try await withThrowingTaskGroup(of: ConversationID.self) { group in
            for _ in 0..<5 { group.addTask { try await database.createConversation(ConversationState(locale: "nb", nodeID: "start")) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let before = database.writes.committedBatches
        // Keep the writer busy while ten turns queue up behind it.
        database.dbWriter.asyncWriteWithoutTransaction { _ in Thread.sleep(forTimeInterval: 0.3) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, id) in (ids + ids).enumerated() {
                group.addTask {
                    var state = ConversationState(locale: "nb", nodeID: "meny")
                    state.turns = index
                    try await database.updateConversation(id, state: state)
                }
            }
            try await group.waitForAll()
        }
        #expect(database.writes.committedBatches - before < 10)
        #expect(try await database.storedConversationCount() == 5)
    }
}
