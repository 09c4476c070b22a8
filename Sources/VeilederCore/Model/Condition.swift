/// A guard on a line, option or redirect: every variable must hold one of its allowed values.
public struct Condition: Codable, Sendable, Hashable {
    /// The value that matches a variable that has not been set.
    public static let unsetValue = "unset"

    /// Variable name to the values that satisfy it.
    public var requirements: [String: Set<String>]

    /// Creates a condition from variable requirements.
    public init(_ requirements: [String: Set<String>] = [:]) {
        self.requirements = requirements
    }

    /// Whether the condition holds for the given variables.
    public func holds(in variables: [String: String]) -> Bool {
        requirements.allSatisfy { name, allowed in
            allowed.contains(variables[name] ?? Condition.unsetValue)
        }
    }
}
