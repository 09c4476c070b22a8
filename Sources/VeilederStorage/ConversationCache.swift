import Foundation
import VeilederCore

/// The most recently used conversations in memory, so a message does not need a database read (and a thread
/// hop) before the engine can answer. Writes still commit first: the cache is updated inside the write
/// transaction's closure, which the database serializes, so it never disagrees with the committed rows.
///
/// Bounded by two generations instead of exact LRU order: new and used entries go to the young generation; when
/// it holds half the capacity, it becomes the old one and the previous old one is dropped. A conversation in use
/// is moved up on every message, so only ones idle for a whole generation are forgotten (they are read back from
/// the database if they return). Why: sorting every entry by last use to evict was about 2 % of the server's
/// time under load, and stamping each lookup made every read a write; this is constant time per call.
final class ConversationCache: @unchecked Sendable {
    private let generationSize: Int
    private let lock = NSLock()
    private var young: [ConversationID: StoredConversation] = [:]
    private var old: [ConversationID: StoredConversation] = [:]

    /// Creates an empty cache holding at most `capacity` conversations; a capacity of 0 disables it.
    init(capacity: Int) {
        self.generationSize = capacity > 0 ? max(1, capacity / 2) : 0
    }

    /// The cached conversation, if any.
    func conversation(_ id: ConversationID) -> StoredConversation? {
        guard generationSize > 0 else { return nil }
        return lock.withLock {
            if let conversation = young[id] { return conversation }
            guard let conversation = old.removeValue(forKey: id) else { return nil }
            insertYoung(conversation)
            return conversation
        }
    }

    /// Stores or replaces a conversation.
    func store(_ conversation: StoredConversation) {
        guard generationSize > 0 else { return }
        lock.withLock {
            old.removeValue(forKey: conversation.id)
            insertYoung(conversation)
        }
    }

    /// Forgets a conversation.
    func remove(_ id: ConversationID) {
        guard generationSize > 0 else { return }
        lock.withLock {
            young.removeValue(forKey: id)
            old.removeValue(forKey: id)
        }
    }

    /// Forgets every conversation last updated before `cutoff`.
    func removeIdle(before cutoff: Date) {
        guard generationSize > 0 else { return }
        lock.withLock {
            young = young.filter { $0.value.updatedAt >= cutoff }
            old = old.filter { $0.value.updatedAt >= cutoff }
        }
    }

    /// How many conversations are cached.
    var count: Int { lock.withLock { young.count + old.count } }

    /// Call with the lock held.
    private func insertYoung(_ conversation: StoredConversation) {
        if young.updateValue(conversation, forKey: conversation.id) == nil, young.count >= generationSize {
            old = young
            young = [:]
            young.reserveCapacity(generationSize)
        }
    }
}
