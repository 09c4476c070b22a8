import Foundation

/// Token buckets in memory, one per key (a client address or a conversation id). Keys are never written to
/// disk or logs; idle buckets are dropped so memory stays bounded.
final class RateLimiter: @unchecked Sendable {
    /// How many requests a key may make.
    struct Rule: Sendable, Equatable {
        /// Requests allowed at once before refilling matters.
        var burst: Int
        /// Requests allowed per minute on average.
        var perMinute: Int
    }

    private struct Bucket {
        var tokens: Double
        var updated: TimeInterval
    }

    private let rule: Rule
    private let maximumKeys: Int
    private let now: @Sendable () -> TimeInterval
    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]

    /// Creates a limiter; `now` is injectable for tests.
    init(rule: Rule, maximumKeys: Int = 100_000, now: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }) {
        self.rule = rule
        self.maximumKeys = maximumKeys
        self.now = now
    }

    /// Takes one token for `key`; `nil` when allowed, otherwise the whole seconds to wait.
    func acquire(_ key: String) -> Int? {
        let rate = Double(max(rule.perMinute, 1)) / 60
        let capacity = Double(max(rule.burst, 1))
        let time = now()
        return lock.withLock {
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: time)
            bucket.tokens = min(capacity, bucket.tokens + (time - bucket.updated) * rate)
            bucket.updated = time
            defer {
                buckets[key] = bucket
                if buckets.count > maximumKeys { prune(at: time, rate: rate, capacity: capacity) }
            }
            guard bucket.tokens >= 1 else {
                return Int(((1 - bucket.tokens) / rate).rounded(.up))
            }
            bucket.tokens -= 1
            return nil
        }
    }

    /// How many keys are tracked.
    var count: Int { lock.withLock { buckets.count } }

    /// Drops buckets that have refilled completely: forgetting them changes nothing.
    private func prune(at time: TimeInterval, rate: Double, capacity: Double) {
        buckets = buckets.filter { $0.value.tokens + (time - $0.value.updated) * rate < capacity }
        // Under a flood of distinct keys nothing may have refilled; then forget the oldest half.
        if buckets.count > maximumKeys {
            let sorted = buckets.sorted { $0.value.updated < $1.value.updated }
            buckets = Dictionary(uniqueKeysWithValues: sorted.suffix(maximumKeys / 2).map { ($0.key, $0.value) })
        }
    }
}
