/// What routing decided for a message.
public enum RouteDecision: String, Codable, Sendable {
    /// Confident: go to the best topic.
    case go
    /// A close call: ask "did you mean" with the best candidates.
    case clarify
    /// Nothing fits: say so honestly and show the menu.
    case fallback
}

/// A topic's score for a message.
public struct TopicScore: Codable, Sendable, Hashable {
    /// The topic id.
    public var topicID: String
    /// The topic's concern.
    public var category: Category
    /// Calibrated score in 0...1.
    public var score: Double

    /// Creates a score.
    public init(topicID: String, category: Category, score: Double) {
        self.topicID = topicID
        self.category = category
        self.score = score
    }
}

/// The router's answer: a decision and the ranked candidates behind it.
public struct RouteResult: Sendable, Hashable {
    /// Go, clarify or fallback.
    public var decision: RouteDecision
    /// Topics by falling score.
    public var candidates: [TopicScore]

    /// Creates a result.
    public init(decision: RouteDecision, candidates: [TopicScore]) {
        self.decision = decision
        self.candidates = candidates
    }
}
