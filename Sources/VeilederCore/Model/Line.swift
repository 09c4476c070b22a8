/// One bot bubble, in the guide's source language, with its stable id.
public struct Line: Codable, Sendable, Hashable {
    /// The stable id translations are keyed by.
    public var id: String
    /// The bokmål source text; may hold `{service:ID}` references.
    public var text: String
    /// Shown only when this holds.
    public var condition: Condition?

    /// Creates a line.
    public init(id: String, text: String, condition: Condition? = nil) {
        self.id = id
        self.text = text
        self.condition = condition
    }
}
