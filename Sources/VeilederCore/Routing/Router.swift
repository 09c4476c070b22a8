import VeilederText

/// Ranks topics for a free-text message from their examples and keywords.
/// FIRST VERSION (lead): plain token overlap, to be replaced by the inverted-index router.
public struct Router: Sendable {
    /// Thresholds of the routing policy.
    public struct Configuration: Sendable {
        /// At or above this score (and clear of the runner-up) the router goes.
        public var goThreshold: Double = 0.5
        /// Below this score the router falls back.
        public var clarifyThreshold: Double = 0.2
        /// Creates the defaults.
        public init() {}
    }

    let topics: [Topic]
    let configuration: Configuration

    /// Builds the router's index.
    public init(topics: [Topic], languages: [String: LanguageData], configuration: Configuration = .init()) {
        self.topics = topics
        self.configuration = configuration
    }

    /// Ranks topics for a message and decides.
    public func route(_ text: String) -> RouteResult {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        var scores: [TopicScore] = []
        for topic in topics {
            let vocabulary = Set((topic.examples + topic.keywords + [topic.title]).joined(separator: " ")
                .lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            let hits = words.intersection(vocabulary).filter { $0.count > 3 }.count
            if hits > 0 { scores.append(TopicScore(topicID: topic.id, category: topic.category, score: min(1, Double(hits) / 2))) }
        }
        scores.sort { $0.score > $1.score }
        guard let best = scores.first else { return RouteResult(decision: .fallback, candidates: []) }
        let decision: RouteDecision = best.score >= configuration.goThreshold ? .go : (best.score >= configuration.clarifyThreshold ? .clarify : .fallback)
        return RouteResult(decision: decision, candidates: scores)
    }
}
