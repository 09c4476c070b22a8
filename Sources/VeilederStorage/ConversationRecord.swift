import Foundation
import GRDB

/// One row of the `conversation` table: the engine's state as JSON and two timestamps. Nothing about the person
/// on the other end (no address, agent or cookie) has a column.
struct ConversationRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "conversation"

    /// The 32-character hexadecimal id.
    var id: String
    /// The conversation's locale, kept outside the JSON for statistics.
    var locale: String
    /// `ConversationState` encoded as JSON.
    var state: String
    /// When the conversation started.
    var createdAt: Date
    /// The last time it was answered; idle expiry counts from here.
    var updatedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }
}
