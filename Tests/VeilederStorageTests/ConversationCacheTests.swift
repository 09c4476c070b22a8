import Foundation
import Testing
import VeilederCore
@testable import VeilederStorage

/// The conversation cache stays bounded and keeps the conversations in use.
@Suite("Conversation cache")
struct ConversationCacheTests {
    func conversation(_ index: Int) -> StoredConversation {
        StoredConversation(
            id: ConversationID.random(), state: ConversationState(locale: "nb", nodeID: "node\(index)"),
            createdAt: Date(), updatedAt: Date()
        )
    }

    @Test("Never holds more than its capacity")
    func bounded() {
        let cache = ConversationCache(capacity: 100)
        for index in 0..<1000 {
            cache.store(conversation(index))
            #expect(cache.count <= 100)
        }
    }

    @Test("A conversation in use survives many new ones")
    func keepsUsed() {
        let cache = ConversationCache(capacity: 100)
        let used = conversation(-1)
        cache.store(used)
        for index in 0..<1000 {
            cache.store(conversation(index))
            if index % 20 == 0 { #expect(cache.conversation(used.id) == used) }
        }
        #expect(cache.conversation(used.id) == used)
    }

    @Test("Removed and idle conversations are gone; capacity 0 caches nothing")
    func removal() {
        let cache = ConversationCache(capacity: 10)
        let a = conversation(1)
        var b = conversation(2)
        b.updatedAt = Date(timeIntervalSinceNow: -3600)
        cache.store(a)
        cache.store(b)
        cache.remove(a.id)
        #expect(cache.conversation(a.id) == nil)
        cache.removeIdle(before: Date(timeIntervalSinceNow: -60))
        #expect(cache.conversation(b.id) == nil)
        let off = ConversationCache(capacity: 0)
        off.store(a)
        #expect(off.conversation(a.id) == nil)
    }
}
