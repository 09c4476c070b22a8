import Foundation
import VeilederCore

/// A conversation as read back from the database.
public struct StoredConversation: Sendable, Equatable {
    /// Its id.
    public var id: ConversationID
    /// The engine state to continue from.
    public var state: ConversationState
    /// When it started.
    public var createdAt: Date
    /// When it was last answered.
    public var updatedAt: Date

    /// Creates a value.
    public init(id: ConversationID, state: ConversationState, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.state = state
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
