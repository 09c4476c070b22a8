/// A storage operation that failed; the description says what to do about it.
public struct StorageError: Error, CustomStringConvertible, Sendable, Equatable {
    private enum Code: Equatable, Sendable {
        case conversationNotFound
        case conversationExpired
        case invalidConversationID
        case unreadableState
        case cannotCreateFolder(String)
        case cannotOpen(String, String)
        case database(String)
    }

    private let code: Code

    /// No conversation has this id (never created, deleted, or purged).
    public static let conversationNotFound = StorageError(code: .conversationNotFound)
    /// The conversation was idle longer than the idle timeout.
    public static let conversationExpired = StorageError(code: .conversationExpired)
    /// The id is not 32 lowercase hexadecimal characters.
    public static let invalidConversationID = StorageError(code: .invalidConversationID)
    /// The stored state could not be decoded (written by an incompatible build).
    public static let unreadableState = StorageError(code: .unreadableState)
    /// The database folder could not be created.
    public static func cannotCreateFolder(_ path: String) -> StorageError { .init(code: .cannotCreateFolder(path)) }
    /// The database file could not be opened or migrated.
    public static func cannotOpen(_ path: String, reason: String) -> StorageError { .init(code: .cannotOpen(path, reason)) }
    /// SQLite reported an error while reading or writing.
    public static func database(_ reason: String) -> StorageError { .init(code: .database(reason)) }

    /// A stable machine-readable code.
    public var identifier: String {
        switch code {
        case .conversationNotFound: "conversation_not_found"
        case .conversationExpired: "conversation_expired"
        case .invalidConversationID: "invalid_conversation_id"
        case .unreadableState: "unreadable_state"
        case .cannotCreateFolder: "cannot_create_folder"
        case .cannotOpen: "cannot_open_database"
        case .database: "database_error"
        }
    }

    /// What went wrong and how to fix it.
    public var description: String {
        switch code {
        case .conversationNotFound:
            "The conversation does not exist or has been deleted. Start a new conversation."
        case .conversationExpired:
            "The conversation expired after being idle and has been deleted. Start a new conversation."
        case .invalidConversationID:
            "The conversation id must be 32 lowercase hexadecimal characters, as returned when the conversation was created."
        case .unreadableState:
            "The stored conversation cannot be read by this version. Start a new conversation."
        case .cannotCreateFolder(let path):
            "Cannot create the database folder \(path). Check the path and its permissions, or pass another with --database."
        case .cannotOpen(let path, let reason):
            "Cannot open the database \(path) (\(reason)). Check that the file is a Veileder SQLite database and is writable, or pass another with --database."
        case .database(let reason):
            "The database reported an error (\(reason)). Check free disk space and file permissions."
        }
    }
}
