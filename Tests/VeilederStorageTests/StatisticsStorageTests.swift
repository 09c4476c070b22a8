import Foundation
import Logging
import Testing
import VeilederCore
@testable import VeilederStorage

@Suite("Unanswered questions and counters")
struct StatisticsStorageTests {
    let logger = Logger(label: "test.storage")
    let day = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14

    @Test("Unanswered questions are stored scrubbed, with only the day")
    func scrubbedQuestions() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        try await database.record(UnansweredQuestion(
            text: "Jeg heter Kari, ring meg på 912 34 567 eller kari@example.no", locale: "nb", nodeID: "meny", date: day
        ))
        let stored = try await database.unansweredQuestions(since: "2023-11-01")
        #expect(stored.count == 1)
        #expect(stored[0].text == "Jeg heter [navn], ring meg på [telefon] eller [e-post]")
        #expect(stored[0].day == "2023-11-14")
        let raw = try await database.dbWriter.read { db in try String.fetchAll(db, sql: "SELECT text FROM unansweredQuestion") }
        #expect(raw.allSatisfy { !$0.contains("Kari") && !$0.contains("912") })
    }

    @Test("Counters add up per day, node and kind")
    func counters() async throws {
        let database = try VeilederDatabase.inMemory(logger: logger)
        let id = try await database.createConversation(
            ConversationState(locale: "nb", nodeID: "start"), usage: [UsageEvent(nodeID: "start", kind: .visit)], now: day
        )
        for _ in 0..<3 {
            try await database.updateConversation(
                id, state: ConversationState(locale: "nb", nodeID: "fallback"),
                usage: [UsageEvent(nodeID: "fallback", kind: .visit), UsageEvent(nodeID: "fallback", kind: .fallback)], now: day
            )
        }
        let counters = try await database.usageCounters(since: "2023-11-14")
        #expect(counters == [
            UsageCounter(day: "2023-11-14", nodeID: "fallback", kind: "fallback", count: 3),
            UsageCounter(day: "2023-11-14", nodeID: "fallback", kind: "visit", count: 3),
            UsageCounter(day: "2023-11-14", nodeID: "start", kind: "visit", count: 1),
        ])
    }

    @Test("Retention deletes statistics older than the configured number of days")
    func retention() async throws {
        let database = try VeilederDatabase.inMemory(configuration: .init(retentionDays: 10), logger: logger)
        for offset in [0, 5, 11, 30] {
            let date = day.addingTimeInterval(-Double(offset) * 86_400)
            try await database.record(UnansweredQuestion(text: "spørsmål \(offset)", locale: "nb", nodeID: "meny", date: date))
            _ = try await database.createConversation(
                ConversationState(locale: "nb", nodeID: "meny"), usage: [UsageEvent(nodeID: "meny", kind: .visit)], now: date
            )
        }
        let result = try await database.purge(now: day)
        #expect(result.unansweredQuestions == 2)
        #expect(result.counters == 2)
        #expect(result.conversations == 3)
        #expect(try await database.unansweredQuestions(since: "2000-01-01").map(\.text) == ["spørsmål 5", "spørsmål 0"])
        #expect(try await database.usageCounters(since: "2000-01-01").count == 2)
    }

    @Test("The day is UTC and zero-padded")
    func dayFormat() {
        #expect(UnansweredQuestion.day(of: Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(UnansweredQuestion.day(of: Date(timeIntervalSince1970: 1_709_251_199)) == "2024-02-29")
    }
}
