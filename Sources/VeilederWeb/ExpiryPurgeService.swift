import Foundation
import Logging
import ServiceLifecycle
import VeilederStorage

/// Deletes idle conversations and old statistics now and then, for as long as the server runs, and stops at
/// once on graceful shutdown.
struct ExpiryPurgeService: Service {
    let database: VeilederDatabase
    let interval: Duration
    let metrics: ServerMetrics
    let logger: Logger

    func run() async throws {
        // Sleeping is cancelled on shutdown; a purge already running finishes its transaction first.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await purgeOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One purge; failures are logged and retried next time, never fatal.
    func purgeOnce() async {
        do {
            let result = try await database.purge()
            metrics.increment("conversations_purged", by: result.conversations)
            if result.conversations + result.unansweredQuestions + result.counters > 0 {
                logger.info("Purged expired data", metadata: [
                    "conversations": "\(result.conversations)", "questions": "\(result.unansweredQuestions)",
                    "counters": "\(result.counters)",
                ])
            }
        } catch {
            logger.error("Purge failed", metadata: ["error.code": "\(error.identifier)"])
        }
    }
}
