import Foundation

/// Counters for `GET /metrics` in the Prometheus text format, written by hand: request counts and latencies
/// per route template, conversations, fallbacks and crisis hits. Nothing in it identifies a person or a
/// conversation: labels are route templates, methods and status codes only.
public final class ServerMetrics: @unchecked Sendable {
    /// Latency histogram bucket bounds, in seconds.
    static let bounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1]

    private struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    private struct LatencyKey: Hashable {
        var route: String
        var method: String
    }

    private struct Histogram {
        var buckets = [Int](repeating: 0, count: ServerMetrics.bounds.count)
        var count = 0
        var sum = 0.0
    }

    private let lock = NSLock()
    private var requests: [RequestKey: Int] = [:]
    private var latencies: [LatencyKey: Histogram] = [:]
    private var counters: [String: Int] = [:]

    /// Creates empty metrics.
    public init() {}

    /// Records one answered request.
    func recordRequest(route: String, method: String, status: Int, seconds: Double) {
        lock.withLock {
            requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            var histogram = latencies[LatencyKey(route: route, method: method)] ?? Histogram()
            for (index, bound) in Self.bounds.enumerated() where seconds <= bound { histogram.buckets[index] += 1 }
            histogram.count += 1
            histogram.sum += seconds
            latencies[LatencyKey(route: route, method: method)] = histogram
        }
    }

    /// Adds one to a named counter (`conversations_started`, `fallbacks`, `crisis_hits`, `rate_limited`, ...).
    func increment(_ name: String, by amount: Int = 1) {
        lock.withLock { counters[name, default: 0] += amount }
    }

    /// The current value of a named counter.
    func value(of name: String) -> Int {
        lock.withLock { counters[name] ?? 0 }
    }

    /// The Prometheus exposition text, with the gauge of active conversations supplied by the caller.
    func render(activeConversations: Int?) -> String {
        lock.withLock {
            var lines: [String] = []
            lines.append("# HELP veileder_http_requests_total HTTP requests answered, by route template, method and status.")
            lines.append("# TYPE veileder_http_requests_total counter")
            for (key, count) in requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
                lines.append("veileder_http_requests_total{route=\"\(key.route)\",method=\"\(key.method)\",status=\"\(key.status)\"} \(count)")
            }
            lines.append("# HELP veileder_http_request_duration_seconds Time to answer a request.")
            lines.append("# TYPE veileder_http_request_duration_seconds histogram")
            for (key, histogram) in latencies.sorted(by: { ($0.key.route, $0.key.method) < ($1.key.route, $1.key.method) }) {
                let labels = "route=\"\(key.route)\",method=\"\(key.method)\""
                for (index, bound) in Self.bounds.enumerated() {
                    lines.append("veileder_http_request_duration_seconds_bucket{\(labels),le=\"\(bound)\"} \(histogram.buckets[index])")
                }
                lines.append("veileder_http_request_duration_seconds_bucket{\(labels),le=\"+Inf\"} \(histogram.count)")
                lines.append("veileder_http_request_duration_seconds_sum{\(labels)} \(histogram.sum)")
                lines.append("veileder_http_request_duration_seconds_count{\(labels)} \(histogram.count)")
            }
            for (name, help) in Self.counterHelp {
                lines.append("# HELP veileder_\(name)_total \(help)")
                lines.append("# TYPE veileder_\(name)_total counter")
                lines.append("veileder_\(name)_total \(counters[name] ?? 0)")
            }
            if let activeConversations {
                lines.append("# HELP veileder_active_conversations Conversations answered within the idle timeout.")
                lines.append("# TYPE veileder_active_conversations gauge")
                lines.append("veileder_active_conversations \(activeConversations)")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static let counterHelp: [(String, String)] = [
        ("conversations_started", "Conversations started."),
        ("conversations_deleted", "Conversations deleted by their user."),
        ("messages", "Messages answered in conversations."),
        ("fallbacks", "Free text nothing in the guide matched."),
        ("crisis_hits", "Messages that showed the emergency numbers because of a crisis signal."),
        ("rate_limited", "Requests refused by a rate limit."),
        ("conversations_purged", "Idle conversations deleted by the periodic purge."),
    ]
}
