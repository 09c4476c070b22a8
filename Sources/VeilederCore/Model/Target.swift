/// Where an option or redirect leads.
public enum Target: Codable, Sendable, Hashable {
    /// A node by id.
    case node(String)
    /// One step back in the history.
    case back
    /// Start the conversation over.
    case start
    /// The main menu.
    case menu
    /// Back to where the user was before a crisis or help node interrupted.
    case resume

    /// Parses the form written in dialog files (`@back`, `@start`, `@menu`, `@return` or a node id).
    public init(parsing text: String) {
        switch text {
        case "@back": self = .back
        case "@start": self = .start
        case "@menu": self = .menu
        case "@return": self = .resume
        default: self = .node(text)
        }
    }

    /// The node id, when the target is a plain node.
    public var nodeID: String? {
        if case .node(let id) = self { return id }
        return nil
    }
}
