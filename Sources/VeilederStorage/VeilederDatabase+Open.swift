import Foundation
import GRDB
import Logging

extension VeilederDatabase {
    /// Opens (and creates, with its folder) the database file at `path` as a WAL `DatabasePool`.
    public static func open(path: String, configuration: Configuration = .init(), logger: Logger) throws(StorageError) -> VeilederDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(folder.path)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: makeGRDBConfiguration(configuration))
            return try VeilederDatabase(pool, configuration: configuration, logger: logger)
        } catch let error as DatabaseError {
            throw .cannotOpen(path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        } catch {
            throw .cannotOpen(path, reason: "\(type(of: error))")
        }
    }

    /// An empty database in memory, for tests and previews.
    public static func inMemory(configuration: Configuration = .init(), logger: Logger = Logger(label: "veileder.storage")) throws -> VeilederDatabase {
        let queue = try DatabaseQueue(configuration: makeGRDBConfiguration(configuration))
        return try VeilederDatabase(queue, configuration: configuration, logger: logger)
    }

    /// Runs a database call and turns GRDB's errors into ``StorageError`` without their statement arguments.
    func perform<T>(_ body: () async throws -> T) async throws(StorageError) -> T {
        do {
            return try await body()
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError {
            throw .database(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        } catch is DecodingError {
            throw .unreadableState
        } catch {
            throw .database("\(type(of: error))")
        }
    }

    /// A secret of 32 random bytes stored under `name`, created on first use.
    public func secret(named name: String) async throws(StorageError) -> [UInt8] {
        try await perform {
            try await dbWriter.write { db in
                if let data = try Data.fetchOne(db, sql: "SELECT value FROM secret WHERE name = ?", arguments: [name]) {
                    return [UInt8](data)
                }
                var generator = SystemRandomNumberGenerator()
                let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
                try db.execute(sql: "INSERT INTO secret (name, value) VALUES (?, ?)", arguments: [name, Data(bytes)])
                return bytes
            }
        }
    }
}
