import VeilederText

/// A compiled guide: everything the engine needs, with no file access.
public struct Guide: Sendable {
    /// The language every dialog file is written in.
    public static let sourceLocale = "nb"

    /// Which nodes play the fixed roles of a conversation.
    public struct Roles: Sendable, Hashable {
        /// First node of every conversation.
        public var start: String
        /// The main menu.
        public var menu: String
        /// Shown when free text matched nothing.
        public var fallback: String
        /// Shown first on every crisis signal.
        public var crisis: String
        /// Shown on /hjelp.
        public var help: String
        /// The node that follows the emergency numbers, per crisis kind.
        public var crisisFlows: [CrisisKind: String]

        /// Creates the roles.
        public init(
            start: String, menu: String, fallback: String, crisis: String, help: String,
            crisisFlows: [CrisisKind: String] = [:]
        ) {
            self.start = start
            self.menu = menu
            self.fallback = fallback
            self.crisis = crisis
            self.help = help
            self.crisisFlows = crisisFlows
        }
    }

    /// The fixed roles.
    public var roles: Roles
    /// Every node by id.
    public var nodes: [String: Node]
    /// Topics in file order.
    public var topics: [Topic]
    /// The service directory by id.
    public var services: [String: Service]
    /// Declared variables and their allowed values.
    public var variables: [String: [String]]
    /// Translations and UI strings per locale.
    public var localization: Localization
    /// Crisis patterns of every locale; all of them are checked on every message.
    public var crisisRules: CrisisRules
    /// Normalisation data per locale (dialect forms, stopwords).
    public var languages: [String: LanguageData]

    /// Creates a guide.
    public init(
        roles: Roles, nodes: [String: Node], topics: [Topic] = [], services: [String: Service] = [:],
        variables: [String: [String]] = [:], localization: Localization = Localization(),
        crisisRules: CrisisRules = CrisisRules(), languages: [String: LanguageData] = [:]
    ) {
        self.roles = roles
        self.nodes = nodes
        self.topics = topics
        self.services = services
        self.variables = variables
        self.localization = localization
        self.crisisRules = crisisRules
        self.languages = languages
    }

    /// The topic with this id, if any.
    public func topic(_ id: String) -> Topic? {
        topics.first { $0.id == id }
    }
}
