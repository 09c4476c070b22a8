import Foundation
import GRDB
import Logging

/// The server's database: conversations, scrubbed unanswered questions and anonymous counters.
///
/// Built like GRDB's `AppDatabase` demo: one value wrapping a `DatabaseWriter`, with the schema in a
/// `DatabaseMigrator` and every write in a transaction that commits before the method returns (concurrent
/// conversation writes share one: group commit), so an answer the client has seen is never lost to a crash or
/// `kill -9`.
///
/// ```swift
/// let database = try VeilederDatabase.open(path: "data/veileder.sqlite", logger: logger)
/// let id = try await database.createConversation(state: reply.state)
/// ```
public struct VeilederDatabase: Sendable {
    /// How long things are kept.
    public struct Configuration: Sendable {
        /// A conversation idle this long is expired and purged (default 30 minutes).
        public var idleTimeout: TimeInterval
        /// Unanswered questions and counters older than this many days are purged (default 90).
        public var retentionDays: Int
        /// Use `PRAGMA synchronous = FULL` (an fsync on every commit). The default, NORMAL in WAL mode, already
        /// survives a killed process; FULL also survives power loss at the price of much slower writes.
        public var synchronousFull: Bool
        /// The most conversations kept in memory (0 turns the cache off), about 1 KB each; at least the most
        /// recently used half of them are always kept (see `ConversationCache`).
        public var cacheCapacity: Int

        /// Creates the defaults.
        public init(
            idleTimeout: TimeInterval = 30 * 60, retentionDays: Int = 90, synchronousFull: Bool = false,
            cacheCapacity: Int = 20_000
        ) {
            self.idleTimeout = idleTimeout
            self.retentionDays = retentionDays
            self.synchronousFull = synchronousFull
            self.cacheCapacity = cacheCapacity
        }
    }

    /// How long things are kept.
    public let configuration: Configuration
    let dbWriter: any DatabaseWriter
    let logger: Logger
    let cache: ConversationCache
    /// Conversation writes, committed in groups (see ``WriteBatcher``).
    let writes: WriteBatcher

    /// Wraps a database connection and migrates it to the current schema.
    ///
    /// - Important: Create the writer with ``makeGRDBConfiguration(_:)``.
    public init(_ dbWriter: any DatabaseWriter, configuration: Configuration = .init(), logger: Logger) throws {
        self.dbWriter = dbWriter
        self.configuration = configuration
        self.logger = logger
        self.cache = ConversationCache(capacity: configuration.cacheCapacity)
        self.writes = WriteBatcher(writer: dbWriter)
        try Self.migrator.migrate(dbWriter)
    }

    /// The schema. Add new migrations at the end; never edit a released one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "conversation") { table in
                table.primaryKey("id", .text)
                table.column("locale", .text).notNull()
                table.column("state", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull().indexed()
            }
            // Only the day: a timestamp could be matched against a conversation or a server log.
            try db.create(table: "unansweredQuestion") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("text", .text).notNull()
                table.column("locale", .text).notNull()
                table.column("nodeID", .text).notNull()
                table.column("day", .text).notNull().indexed()
            }
            try db.create(table: "usageCounter") { table in
                table.column("day", .text).notNull()
                table.column("nodeID", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("count", .integer).notNull().defaults(to: 0)
                table.primaryKey(["day", "nodeID", "kind"])
            }
            // A random secret for deriving ids from external sender ids (the Rasa webhook), so a sender id
            // never has to be stored and the mapping survives restarts.
            try db.create(table: "secret") { table in
                table.primaryKey("name", .text)
                table.column("value", .blob).notNull()
            }
        }
        return migrator
    }

    /// The GRDB configuration the database expects: WAL (for a pool), a busy timeout, and the synchronous mode.
    public static func makeGRDBConfiguration(_ configuration: Configuration = .init()) -> GRDB.Configuration {
        var config = GRDB.Configuration()
        config.busyMode = .timeout(5)
        // Statement arguments (conversation text) must never reach logs or error messages.
        config.publicStatementArguments = false
        let synchronous = configuration.synchronousFull ? "FULL" : "NORMAL"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        return config
    }
}
