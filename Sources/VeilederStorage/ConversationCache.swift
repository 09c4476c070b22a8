import Foundation
import VeilederCore

/// The most recently used conversations in memory, so a message does not need a database read (and a thread
/// hop) before the engine can answer. Writes still commit first: the cache is updated inside the write
/// transaction's closure, which the database serializes, so it never disagrees with the committed rows.
///
/// Bounded: past `capacity` entries the least recently touched tenth is dropped, so 100,000 stored
/// conversations cost the memory of `capacity`.
final class ConversationCache: @unchecked Sendable {
    private struct Entry {
        var conversation: StoredConversation
        var touched: UInt64
    }

    private let capacity: Int
    private let lock = NSLock()
    private var entries: [ConversationID: Entry] = [:]
    private var clock: UInt64 = 0

    /// Creates an empty cache; a capacity of 0 disables it.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached conversation, if any.
    func conversation(_ id: ConversationID) -> StoredConversation? {
        guard capacity > 0 else { return nil }
        return lock.withLock {
            guard var entry = entries[id] else { return nil }
            clock &+= 1
            entry.touched = clock
            entries[id] = entry
            return entry.conversation
        }
    }

    /// Stores or replaces a conversation.
    func store(_ conversation: StoredConversation) {
        guard capacity > 0 else { return }
        lock.withLock {
            clock &+= 1
            entries[conversation.id] = Entry(conversation: conversation, touched: clock)
            if entries.count > capacity { evict() }
        }
    }

    /// Forgets a conversation.
    func remove(_ id: ConversationID) {
        guard capacity > 0 else { return }
        _ = lock.withLock { entries.removeValue(forKey: id) }
    }

    /// Forgets every conversation last updated before `cutoff`.
    func removeIdle(before cutoff: Date) {
        guard capacity > 0 else { return }
        lock.withLock { entries = entries.filter { $0.value.conversation.updatedAt >= cutoff } }
    }

    /// How many conversations are cached.
    var count: Int { lock.withLock { entries.count } }

    /// Drops the least recently touched tenth; amortised over the inserts that filled it.
    private func evict() {
        let keep = capacity - max(1, capacity / 10)
        let sorted = entries.sorted { $0.value.touched > $1.value.touched }
        entries = Dictionary(uniqueKeysWithValues: sorted.prefix(keep).map { ($0.key, $0.value) })
    }
}
