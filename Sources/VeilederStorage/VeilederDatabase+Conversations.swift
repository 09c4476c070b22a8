import Foundation
import GRDB
import VeilederCore

extension VeilederDatabase {
    /// Stores a new conversation and returns its id; `id` is random unless given (ids derived from a hash).
    /// Replaces any conversation that already has the given id. `unanswered` (already scrubbed) is stored in the
    /// same transaction.
    ///
    /// Committed before returning, in a transaction shared with the writes of concurrent requests (group
    /// commit, see ``WriteBatcher``).
    @discardableResult
    public func createConversation(
        _ state: ConversationState, id: ConversationID = .random(), usage: [UsageEvent] = [],
        unanswered: UnansweredQuestion? = nil, now: Date = Date()
    ) async throws(StorageError) -> ConversationID {
        let json = try Self.encode(state)
        let timestamp = DatabaseTimestamp.string(now)
        let logger = logger
        try await perform {
            try await writes.write { [cache] db in
                Self.insert(unanswered, in: db, logger: logger)
                // One cached statement instead of a record's save(): that tried an UPDATE first and encoded the
                // record and its dates through Codable and DateFormatter on every new conversation.
                let upsert = try db.cachedStatement(sql: """
                    INSERT INTO conversation (id, locale, state, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET locale = excluded.locale, state = excluded.state,
                        createdAt = excluded.createdAt, updatedAt = excluded.updatedAt
                    """)
                try upsert.execute(arguments: [id.rawValue, state.locale, json, timestamp, timestamp])
                try Self.count(usage, on: now, in: db)
                return ((), { cache.store(StoredConversation(id: id, state: state, createdAt: now, updatedAt: now)) })
            }
        }
        return id
    }

    /// The conversation with this id, if it exists and has not been idle past the timeout.
    ///
    /// - Throws: ``StorageError/conversationNotFound`` or ``StorageError/conversationExpired`` (the expired row is
    ///   deleted at once rather than waiting for the periodic purge).
    public func conversation(_ id: ConversationID, now: Date = Date()) async throws(StorageError) -> StoredConversation {
        let conversation: StoredConversation
        if let cached = cache.conversation(id) {
            conversation = cached
        } else {
            let record = try await perform {
                try await dbWriter.read { db in try ConversationRecord.fetchOne(db, key: id.rawValue) }
            }
            guard let record else { throw .conversationNotFound }
            let state = try Self.decode(record.state)
            conversation = StoredConversation(id: id, state: state, createdAt: record.createdAt, updatedAt: record.updatedAt)
        }
        guard now.timeIntervalSince(conversation.updatedAt) <= configuration.idleTimeout else {
            _ = try await deleteConversation(id)
            throw .conversationExpired
        }
        return conversation
    }

    /// Saves the state after a turn and counts its events (and stores `unanswered`, already scrubbed), in one
    /// transaction committed before returning. The transaction may be shared with the writes of concurrent
    /// requests (group commit, see ``WriteBatcher``); it has committed when this method returns.
    ///
    /// - Throws: ``StorageError/conversationNotFound`` when the conversation was deleted meanwhile; the state is
    ///   then not written back, so a deletion always wins.
    public func updateConversation(
        _ id: ConversationID, state: ConversationState, usage: [UsageEvent] = [],
        unanswered: UnansweredQuestion? = nil, now: Date = Date()
    ) async throws(StorageError) {
        let json = try Self.encode(state)
        let timestamp = DatabaseTimestamp.string(now)
        let logger = logger
        let changed: Bool
        do {
            changed = try await perform {
                try await writes.write { [cache] db in
                    Self.insert(unanswered, in: db, logger: logger)
                    // Cached statements: SQLite parses each once per connection instead of once per message.
                    let update = try db.cachedStatement(sql: "UPDATE conversation SET state = ?, locale = ?, updatedAt = ? WHERE id = ? RETURNING createdAt")
                    guard let created = try String.fetchOne(update, arguments: [json, state.locale, timestamp, id.rawValue]) else {
                        return (false, { cache.remove(id) })
                    }
                    guard let createdAt = DatabaseTimestamp.date(created) else { throw StorageError.unreadableState }
                    try Self.count(usage, on: now, in: db)
                    return (true, { cache.store(StoredConversation(id: id, state: state, createdAt: createdAt, updatedAt: now)) })
                }
            }
        } catch {
            // Nothing was committed; forget the cached copy rather than trust it.
            cache.remove(id)
            throw error
        }
        guard changed else { throw .conversationNotFound }
    }

    /// Deletes a conversation; `true` if it existed.
    @discardableResult
    public func deleteConversation(_ id: ConversationID) async throws(StorageError) -> Bool {
        try await perform {
            try await writes.write { [cache] db in
                cache.remove(id)
                let deleted = try ConversationRecord.deleteOne(db, key: id.rawValue)
                return (deleted, { cache.remove(id) })
            }
        }
    }

    /// How many conversations are active (answered within the idle timeout).
    public func activeConversationCount(now: Date = Date()) async throws(StorageError) -> Int {
        let cutoff = now.addingTimeInterval(-configuration.idleTimeout)
        return try await perform {
            try await dbWriter.read { db in
                try ConversationRecord.filter(ConversationRecord.Columns.updatedAt >= cutoff).fetchCount(db)
            }
        }
    }

    /// How many conversations are stored, expired or not.
    public func storedConversationCount() async throws(StorageError) -> Int {
        try await perform { try await dbWriter.read { db in try ConversationRecord.fetchCount(db) } }
    }

    /// Foundation's encoder is safe to share between threads once configured; creating one per message showed
    /// up in the profile.
    private static let encoder = JSONEncoder()

    static func encode(_ state: ConversationState) throws(StorageError) -> String {
        if StateJSON.isComplete { return StateJSON.encode(state) }
        guard let data = try? encoder.encode(state), let json = String(data: data, encoding: .utf8) else {
            throw .unreadableState
        }
        return json
    }

    static func decode(_ json: String) throws(StorageError) -> ConversationState {
        guard let state = try? JSONDecoder().decode(ConversationState.self, from: Data(json.utf8)) else {
            throw .unreadableState
        }
        return state
    }
}
