import Foundation
import GRDB

/// Group commit: one writer that runs the conversation writes of concurrent requests in a single transaction
/// and resumes every waiting request only after that transaction has committed.
///
/// A request enqueues its write and suspends. When no batch is running, one is scheduled on the database's
/// writer queue; it takes every write pending at that moment, runs them in order in one transaction, commits,
/// applies their after-commit effects (the conversation cache) and then resumes their callers. Writes that
/// arrive meanwhile form the next batch, scheduled afresh on the writer queue (so other writers, such as the
/// purge, get their turn between batches). Under light load a batch holds one write and behaves exactly like a
/// plain `write`; under load one commit (and one set of WAL pages) serves many answers.
///
/// If anything in a batch fails, the whole transaction is rolled back and each write of the batch is retried
/// in a transaction of its own, so one bad write never fails (or half-commits) another request's answer.
final class WriteBatcher: @unchecked Sendable {
    private let writer: any DatabaseWriter
    private let lock = NSLock()
    private var pending: [any BatchedWrite] = []
    private var scheduled = false
    private var transactions = 0
    /// The most writes committed together; bounds the time one batch holds the writer.
    private let maxBatch: Int

    init(writer: any DatabaseWriter, maxBatch: Int = 256) {
        self.writer = writer
        self.maxBatch = maxBatch
    }

    /// Runs `body` in a batched write transaction and returns its value once that transaction has committed.
    /// `afterCommit` (if `body` returns one) runs on the writer queue right after the commit and before this
    /// method returns, and never when the write is rolled back.
    func write<T: Sendable>(
        _ body: @escaping @Sendable (Database) throws -> (value: T, afterCommit: (@Sendable () -> Void)?)
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            enqueue(TypedWrite(body: body, continuation: continuation))
        }
    }

    /// How many batch transactions have committed (for tests).
    var committedBatches: Int { lock.withLock { transactions } }

    private func enqueue(_ write: any BatchedWrite) {
        let schedule = lock.withLock {
            pending.append(write)
            if scheduled { return false }
            scheduled = true
            return true
        }
        if schedule { scheduleBatch() }
    }

    private func scheduleBatch() {
        writer.asyncWriteWithoutTransaction { [self] db in
            let batch: [any BatchedWrite] = lock.withLock {
                let count = min(pending.count, maxBatch)
                let batch = Array(pending.prefix(count))
                pending.removeFirst(count)
                return batch
            }
            run(batch, in: db)
            let again = lock.withLock {
                if pending.isEmpty {
                    scheduled = false
                    return false
                }
                return true
            }
            if again { scheduleBatch() }
        }
    }

    private func run(_ batch: [any BatchedWrite], in db: Database) {
        guard !batch.isEmpty else { return }
        do {
            try db.inTransaction {
                for write in batch { try write.perform(db) }
                return .commit
            }
            lock.withLock { transactions += 1 }
            for write in batch { write.committed() }
        } catch {
            guard batch.count > 1 else {
                batch[0].failed(error)
                return
            }
            // Find the culprit: every write alone, with exactly the guarantees of an unbatched write.
            for write in batch {
                do {
                    try db.inTransaction {
                        try write.perform(db)
                        return .commit
                    }
                    write.committed()
                } catch {
                    write.failed(error)
                }
            }
        }
    }
}

private protocol BatchedWrite: AnyObject {
    func perform(_ db: Database) throws
    func committed()
    func failed(_ error: any Error)
}

private final class TypedWrite<T: Sendable>: BatchedWrite, @unchecked Sendable {
    let body: @Sendable (Database) throws -> (value: T, afterCommit: (@Sendable () -> Void)?)
    let continuation: CheckedContinuation<T, any Error>
    var result: (value: T, afterCommit: (@Sendable () -> Void)?)?

    init(
        body: @escaping @Sendable (Database) throws -> (value: T, afterCommit: (@Sendable () -> Void)?),
        continuation: CheckedContinuation<T, any Error>
    ) {
        self.body = body
        self.continuation = continuation
    }

    func perform(_ db: Database) throws {
        result = nil
        result = try body(db)
    }

    func committed() {
        guard let result else { return }
        result.afterCommit?()
        continuation.resume(returning: result.value)
    }

    func failed(_ error: any Error) {
        continuation.resume(throwing: error)
    }
}
