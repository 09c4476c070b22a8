/// An automatic jump taken when a node is entered and the condition holds.
public struct Redirect: Codable, Sendable, Hashable {
    /// Where to go.
    public var target: Target
    /// Taken only when this holds; `nil` always holds.
    public var condition: Condition?

    /// Creates a redirect.
    public init(target: Target, condition: Condition? = nil) {
        self.target = target
        self.condition = condition
    }
}
