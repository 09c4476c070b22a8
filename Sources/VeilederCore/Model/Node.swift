/// A point in the conversation: bubbles to show and ways on.
public struct Node: Codable, Sendable, Hashable, Identifiable {
    /// Unique across the guide.
    public var id: String
    /// Bubbles shown on arrival, in order.
    public var lines: [Line]
    /// Quick replies.
    public var options: [Option]
    /// Automatic jumps, first match wins.
    public var redirects: [Redirect]
    /// Whether the conversation may stop here.
    public var isEnd: Bool
    /// The topic this node belongs to, for coverage and counters.
    public var topicID: String?
    /// Whether free text typed here is routed to topics.
    public var acceptsFreeText: Bool

    /// Creates a node.
    public init(
        id: String, lines: [Line] = [], options: [Option] = [], redirects: [Redirect] = [],
        isEnd: Bool = false, topicID: String? = nil, acceptsFreeText: Bool = true
    ) {
        self.id = id
        self.lines = lines
        self.options = options
        self.redirects = redirects
        self.isEnd = isEnd
        self.topicID = topicID
        self.acceptsFreeText = acceptsFreeText
    }
}
