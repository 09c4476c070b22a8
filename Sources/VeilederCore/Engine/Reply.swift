/// One bubble the bot says.
public struct BotMessage: Codable, Sendable, Hashable {
    /// What kind of bubble it is, so front ends can style crisis messages distinctly.
    public enum Kind: String, Codable, Sendable {
        /// An ordinary line from a dialog node.
        case text
        /// A line from the crisis node or a crisis flow.
        case crisis
        /// A message from the engine itself (did you mean, unknown command).
        case notice
    }

    /// The stable line id (or UI string key).
    public var id: String
    /// The rendered text in the conversation's locale.
    public var text: String
    /// The kind of bubble.
    public var kind: Kind

    /// Creates a message.
    public init(id: String, text: String, kind: Kind) {
        self.id = id
        self.text = text
        self.kind = kind
    }
}

/// A quick reply offered to the user.
public struct OfferedOption: Codable, Sendable, Hashable {
    /// The id to send back as `UserInput.option`.
    public var id: String
    /// The label in the conversation's locale.
    public var label: String

    /// Creates an offered option.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// The engine's answer to one input.
public struct Reply: Sendable {
    /// Bubbles to show, in order.
    public var messages: [BotMessage]
    /// Quick replies to offer.
    public var options: [OfferedOption]
    /// The state to keep for the next input.
    public var state: ConversationState
    /// Whether emergency numbers were shown because of a crisis signal.
    public var crisis: Bool
    /// The crisis kind detected, if any.
    public var crisisKind: CrisisKind?
    /// How free text was routed, if it was.
    public var route: RouteResult?
    /// Free text that nothing matched, for editors (scrub before storing).
    public var unanswered: String?

    /// The node the conversation is at now.
    public var nodeID: String { state.nodeID }
    /// Whether the user has left.
    public var ended: Bool { state.ended }
}
