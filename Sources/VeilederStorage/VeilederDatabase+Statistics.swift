import Foundation
import GRDB
import Logging
import VeilederCore

/// The outcome of one purge.
public struct PurgeResult: Sendable, Equatable {
    /// Conversations deleted for being idle.
    public var conversations: Int
    /// Unanswered questions deleted for being older than the retention period.
    public var unansweredQuestions: Int
    /// Counter rows deleted for being older than the retention period.
    public var counters: Int
}

extension VeilederDatabase: UnansweredQuestionLog {
    /// Keeps a scrubbed question (``UnansweredQuestion`` cannot be built from unscrubbed text).
    public func record(_ question: UnansweredQuestion) async throws {
        try await perform {
            try await writes.write { db in
                try Self.insert(question, in: db)
                return ((), nil)
            }
        }
    }

    static func insert(_ question: UnansweredQuestion, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO unansweredQuestion (text, locale, nodeID, day) VALUES (?, ?, ?, ?)")
            .execute(arguments: [question.text, question.locale, question.nodeID, question.day])
    }

    /// Stores a question inside a conversation's write; a failure is logged and does not fail the turn.
    static func insert(_ question: UnansweredQuestion?, in db: Database, logger: Logger) {
        guard let question else { return }
        do {
            try insert(question, in: db)
        } catch {
            // Losing a statistic must not cost the user an answer.
            logger.warning("Could not store an unanswered question", metadata: ["error.type": "\(type(of: error))"])
        }
    }

    /// The questions asked on or after `day`, oldest first.
    public func unansweredQuestions(since day: String) async throws -> [UnansweredQuestion] {
        try await perform {
            try await dbWriter.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT text, locale, nodeID, day FROM unansweredQuestion WHERE day >= ? ORDER BY day, id",
                    arguments: [day]
                ).map { row in
                    var question = UnansweredQuestion(text: "", locale: row["locale"], nodeID: row["nodeID"])
                    question.text = row["text"]
                    question.day = row["day"]
                    return question
                }
            }
        }
    }

    /// The anonymous counters on or after `day`, by day, node and kind.
    public func usageCounters(since day: String) async throws(StorageError) -> [UsageCounter] {
        try await perform {
            try await dbWriter.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT day, nodeID, kind, count FROM usageCounter WHERE day >= ? ORDER BY day, nodeID, kind",
                    arguments: [day]
                ).map { UsageCounter(day: $0["day"], nodeID: $0["nodeID"], kind: $0["kind"], count: $0["count"]) }
            }
        }
    }

    /// Deletes idle conversations and statistics older than the retention period.
    @discardableResult
    public func purge(now: Date = Date()) async throws(StorageError) -> PurgeResult {
        let idleCutoff = now.addingTimeInterval(-configuration.idleTimeout)
        let retentionCutoff = UnansweredQuestion.day(of: now.addingTimeInterval(-Double(configuration.retentionDays) * 86_400))
        return try await perform {
            try await dbWriter.write { [cache] db in
                cache.removeIdle(before: idleCutoff)
                let conversations = try ConversationRecord.filter(ConversationRecord.Columns.updatedAt < idleCutoff).deleteAll(db)
                try db.execute(sql: "DELETE FROM unansweredQuestion WHERE day < ?", arguments: [retentionCutoff])
                let questions = db.changesCount
                try db.execute(sql: "DELETE FROM usageCounter WHERE day < ?", arguments: [retentionCutoff])
                return PurgeResult(conversations: conversations, unansweredQuestions: questions, counters: db.changesCount)
            }
        }
    }

    /// Adds one to each event's counter for the day of `date`.
    static func count(_ events: [UsageEvent], on date: Date, in db: Database) throws {
        guard !events.isEmpty else { return }
        let day = UnansweredQuestion.day(of: date)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO usageCounter (day, nodeID, kind, count) VALUES (?, ?, ?, 1)
            ON CONFLICT (day, nodeID, kind) DO UPDATE SET count = count + 1
            """)
        for event in events {
            try upsert.execute(arguments: [day, event.nodeID, event.kind.rawValue])
        }
    }
}
