/// Everything the engine needs to continue a conversation: small, Codable and versioned,
/// so the web front end can store it as one row and a console can keep it in memory.
public struct ConversationState: Codable, Sendable, Equatable {
    /// The version written by this build; older versions are migrated on decode.
    public static let currentVersion = 1
    /// How many earlier nodes `/tilbake` can step back through.
    public static let historyLimit = 30

    /// The format version of this value.
    public var version: Int
    /// The locale the bot speaks in.
    public var locale: String
    /// The node the conversation is at.
    public var nodeID: String
    /// Earlier nodes, oldest first, for stepping back.
    public var history: [String]
    /// Variables set by options, such as `audience`.
    public var variables: [String: String]
    /// Where `@return` leads after a crisis or help node interrupted.
    public var resumeNodeID: String?
    /// The crisis flow still to show after the emergency numbers.
    public var pendingCrisisFlow: String?
    /// What the user wrote when only the learned word weights raised the alarm (an indirect report), with personal
    /// data scrubbed: answered if they say no one is in danger now, so a false alarm does not cost them their question.
    public var pendingQuestion: String?
    /// Topics offered in the last "did you mean" question.
    public var clarifyTopics: [String]
    /// Whether the user has left.
    public var ended: Bool
    /// Number of inputs answered so far.
    public var turns: Int

    /// Creates a state at a node.
    public init(locale: String, nodeID: String) {
        self.version = Self.currentVersion
        self.locale = locale
        self.nodeID = nodeID
        self.history = []
        self.variables = [:]
        self.resumeNodeID = nil
        self.pendingCrisisFlow = nil
        self.pendingQuestion = nil
        self.clarifyTopics = []
        self.ended = false
        self.turns = 0
    }
}
