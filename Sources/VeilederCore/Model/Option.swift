/// A quick reply offered at a node.
public struct Option: Codable, Sendable, Hashable {
    /// The stable id; also the line id of the label.
    public var id: String
    /// The label in bokmål.
    public var label: String
    /// Where choosing it leads.
    public var target: Target
    /// Variables assigned when it is chosen.
    public var assignments: [String: String]
    /// Offered only when this holds.
    public var condition: Condition?
    /// Extra words or phrases that pick this option from free text.
    public var matchPhrases: [String]

    /// Creates an option.
    public init(
        id: String, label: String, target: Target, assignments: [String: String] = [:],
        condition: Condition? = nil, matchPhrases: [String] = []
    ) {
        self.id = id
        self.label = label
        self.target = target
        self.assignments = assignments
        self.condition = condition
        self.matchPhrases = matchPhrases
    }
}
