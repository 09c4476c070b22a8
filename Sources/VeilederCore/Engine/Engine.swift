/// The conversation state machine: a compiled guide, a state and an input in; messages, options and the next
/// state out. A value type with no I/O, so the console, the web chat and the tests all drive the same logic.
public struct Engine: Sendable {
    /// Tunable behaviour.
    public struct Configuration: Sendable {
        /// How routing decides between go, clarify and fallback.
        public var router: Router.Configuration
        /// The most redirects followed on entering a node, to stop editor-made loops.
        public var maxRedirects: Int
        /// The most topics the fallback still suggests, beside its own options.
        public var fallbackSuggestions: Int
        /// The score a topic needs to be suggested on the fallback. At 0.4, two in five in-scope questions that fall
        /// back get the right concern suggested, and one in five out-of-scope questions gets a suggestion at all.
        public var fallbackSuggestionScore: Double

        /// Creates a configuration with the defaults.
        public init(
            router: Router.Configuration = .init(), maxRedirects: Int = 16, fallbackSuggestions: Int = 2,
            fallbackSuggestionScore: Double = 0.4
        ) {
            self.router = router
            self.maxRedirects = maxRedirects
            self.fallbackSuggestions = fallbackSuggestions
            self.fallbackSuggestionScore = fallbackSuggestionScore
        }
    }

    /// The compiled guide.
    public let guide: Guide
    /// Ranks topics for free text.
    public let router: Router
    /// Finds crisis signals in any message.
    public let crisisDetector: CrisisDetector
    /// Matches free text against the options of the current node.
    public let optionMatcher: OptionMatcher
    let configuration: Configuration
    /// The analyzers the router, the crisis detector and the option matcher share.
    let analyzers: AnalyzerSet
    /// Lines, labels and option analyses made once per node and locale (see ``RenderedGuide``).
    private(set) var rendered = RenderedGuide()

    /// Builds the engine and its indexes for a guide.
    public init(guide: Guide, configuration: Configuration = .init()) {
        self.guide = guide
        self.configuration = configuration
        // Indexing node texts as well (at a low weight) routes more real questions than topics alone.
        // One analyzer set for all three, so a message is analysed once (`handle(text:turn:)`).
        let analyzers = AnalyzerSet(languages: guide.languages)
        self.analyzers = analyzers
        let crisisDetector = CrisisDetector(rules: guide.crisisRules, analyzers: analyzers)
        self.crisisDetector = crisisDetector
        self.router = Router(guide: guide, analyzers: analyzers, idioms: crisisDetector.idioms, configuration: configuration.router)
        self.optionMatcher = OptionMatcher(analyzers: analyzers)
        self.rendered = RenderedGuide(engine: self)
    }

    /// The locales a conversation can use.
    public var locales: [String] { guide.localization.locales }

    /// Opens a conversation at the start node.
    public func start(locale: String = Guide.sourceLocale) throws(EngineError) -> Reply {
        guard locales.contains(locale) else { throw .unknownLocale(locale) }
        var turn = Turn(state: ConversationState(locale: locale, nodeID: guide.roles.start))
        try enter(guide.roles.start, turn: &turn, recordHistory: false)
        return turn.reply(engine: self)
    }

    /// Answers one input in a conversation.
    public func respond(to input: UserInput, in state: ConversationState) throws(EngineError) -> Reply {
        guard state.version <= ConversationState.currentVersion else {
            throw .unsupportedStateVersion(state.version)
        }
        guard guide.nodes[state.nodeID] != nil else { throw .unknownNode(state.nodeID) }
        guard !state.ended else { throw .conversationEnded }
        var turn = Turn(state: state)
        turn.state.turns += 1
        // A question kept over an alarm is answered by the very next input or not at all.
        turn.pendingQuestion = turn.state.pendingQuestion
        turn.state.pendingQuestion = nil
        switch input {
        case .option(let id):
            try choose(optionID: id, turn: &turn)
        case .text(let text):
            try handle(text: text, turn: &turn)
        }
        return turn.reply(engine: self)
    }

    /// Renders the current node again, for example after a reload.
    public func current(_ state: ConversationState) throws(EngineError) -> Reply {
        guard guide.nodes[state.nodeID] != nil else { throw .unknownNode(state.nodeID) }
        var turn = Turn(state: state)
        showOptions(turn: &turn)
        return turn.reply(engine: self)
    }
}

/// The reply under construction for one input.
struct Turn {
    var state: ConversationState
    var messages: [BotMessage] = []
    var options: [OfferedOption] = []
    var crisisKind: CrisisKind?
    var crisis = false
    var route: RouteResult?
    var unanswered: String?
    /// The question kept over an indirect alarm, for this input only.
    var pendingQuestion: String?

    func reply(engine: Engine) -> Reply {
        Reply(
            messages: messages, options: options, state: state, crisis: crisis, crisisKind: crisisKind,
            route: route, unanswered: unanswered
        )
    }
}
