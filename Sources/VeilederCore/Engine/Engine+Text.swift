import VeilederText

extension Engine {
    /// The option id of "back to the main menu" offered with a "did you mean" question.
    public static let menuOptionID = "engine.menu"
    /// The prefix of the synthetic options of a "did you mean" question.
    public static let clarifyPrefix = "topic:"

    static func clarifyTopicID(_ optionID: String) -> String? {
        optionID.hasPrefix(clarifyPrefix) ? String(optionID.dropFirst(clarifyPrefix.count)) : nil
    }

    /// Handles typed text: crisis first, always; then commands, options, and routing.
    func handle(text raw: String, turn: inout Turn) throws(EngineError) {
        let text = raw.trimmingWhitespace()
        // Analysed once: the crisis check, the option matcher and the router all read these tokens.
        let tokens = analyzers.analyze(text)
        if let detection = crisisDetector.explain(tokens: tokens).result, !answersTheBot(detection, text, tokens, turn.state) {
            try enterCrisis(detection.kind, turn: &turn)
            // Only the weights' guesses keep the question: a phrase's alarm is sure enough to stand alone.
            if detection.kind == .indirect { turn.state.pendingQuestion = Self.scrubber.scrub(text) }
            return
        }
        if let command = Command(parsing: text) {
            try run(command, turn: &turn)
            return
        }
        if text.isEmpty {
            turn.messages.append(notice(.chooseAnOption, locale: turn.state.locale))
            showOptions(turn: &turn)
            return
        }
        if let optionID = matchOption(text, tokens: tokens, state: turn.state) {
            try choose(optionID: optionID, turn: &turn)
            return
        }
        let acceptsFreeText = guide.nodes[turn.state.nodeID]?.acceptsFreeText ?? true
        guard acceptsFreeText else {
            turn.messages.append(notice(.chooseAnOption, locale: turn.state.locale))
            showOptions(turn: &turn)
            return
        }
        try route(text, tokens: tokens, turn: &turn)
    }

    /// Whether a signal from the learned word weights should give way because the text is a command or answers one
    /// of the options on screen ("nei, ikke akkurat nå" in the crisis flow itself). Phrases never give way.
    func answersTheBot(_ detection: CrisisDetection, _ text: String, _ tokens: [AnalyzedToken], _ state: ConversationState) -> Bool {
        guard detection.kind == .indirect else { return false }
        return Command(parsing: text) != nil || matchOption(text, tokens: tokens, state: state) != nil
    }

    /// Picks an option from free text: a number, a label, or one of the option's match phrases.
    func matchOption(_ text: String, tokens: [AnalyzedToken], state: ConversationState) -> String? {
        let (topics, nodeOptionsFollow) = offeredTopics(state)
        var offered = topics.map { optionMatcher.prepare(.init(id: $0.id, label: $0.label, phrases: [])) }
        if nodeOptionsFollow, let node = guide.nodes[state.nodeID] {
            let candidates = nodeText(node, locale: state.locale).candidates
            offered += visibleOptionIndices(of: node, state: state).map { candidates[$0] }
        }
        // A number picks the option in that place; otherwise the option matcher compares labels and phrases.
        if let number = Int(text), number >= 1, number <= offered.count { return offered[number - 1].id }
        guard !offered.isEmpty else { return nil }
        return optionMatcher.match(tokens, among: offered)
    }

    /// Routes free text to a topic, a "did you mean" question, or the honest fallback.
    func route(_ text: String, tokens: [AnalyzedToken], turn: inout Turn) throws(EngineError) {
        let result = router.route(tokens: tokens)
        turn.route = result
        switch result.decision {
        case .go:
            guard let best = result.candidates.first, let topic = guide.topic(best.topicID) else { fallthrough }
            try enter(topic.entry, turn: &turn)
        case .clarify:
            let topics = result.candidates.prefix(3).map(\.topicID)
            turn.messages.append(notice(.didYouMean, locale: turn.state.locale))
            turn.state.clarifyTopics = topics
            showOptions(turn: &turn)
        case .fallback:
            turn.unanswered = text
            try enter(guide.roles.fallback, turn: &turn)
            // The router was not sure enough to go, but its best guesses often hold the right concern: offer them
            // beside the fallback's own options, one tap away.
            let suggestions = result.candidates.filter { $0.score >= configuration.fallbackSuggestionScore }
                .prefix(configuration.fallbackSuggestions).map(\.topicID)
            if !suggestions.isEmpty {
                turn.messages.append(notice(.fallbackSuggestions, locale: turn.state.locale))
                turn.state.clarifyTopics = Array(suggestions)
                showOptions(turn: &turn)
            }
        }
    }

    /// Scrubs the question kept over an indirect alarm, before the state can reach a disk.
    static let scrubber = PersonalDataScrubber()

    /// Answers the question kept over an indirect alarm by routing it from the node the user was at. (It answered no
    /// option there, or the alarm would have given way, see ``answersTheBot(_:_:_:_:)``.)
    func answerPendingQuestion(_ question: String, from nodeID: String, turn: inout Turn) throws(EngineError) {
        turn.state.nodeID = nodeID
        turn.messages.append(notice(.answeringYourQuestion, locale: turn.state.locale))
        try route(question, tokens: analyzers.analyze(question), turn: &turn)
    }

    /// Shows the emergency numbers first, whatever the conversation was doing, and remembers where to go on.
    func enterCrisis(_ kind: CrisisKind, turn: inout Turn) throws(EngineError) {
        turn.crisis = true
        turn.crisisKind = kind
        let current = turn.state.nodeID
        if !isCrisisNode(current), current != guide.roles.help {
            turn.state.resumeNodeID = current
        }
        turn.state.clarifyTopics = []
        turn.state.pendingCrisisFlow = guide.roles.crisisFlows[kind]
        try enter(guide.roles.crisis, turn: &turn, kind: .crisis)
    }

    /// Runs a navigation command.
    func run(_ command: Command, turn: inout Turn) throws(EngineError) {
        turn.state.clarifyTopics = []
        switch command {
        case .restart:
            try follow(.start, turn: &turn)
        case .back:
            try goBack(turn: &turn)
        case .menu:
            try follow(.menu, turn: &turn)
        case .help:
            if turn.state.nodeID != guide.roles.help { turn.state.resumeNodeID = turn.state.nodeID }
            try enter(guide.roles.help, turn: &turn)
        case .quit:
            turn.state.ended = true
            turn.messages.append(notice(.goodbye, locale: turn.state.locale))
            turn.options = []
        case .setLocale(let locale):
            guard locales.contains(locale) else {
                turn.messages.append(notice(.unknownLocale, locale: turn.state.locale))
                showOptions(turn: &turn)
                return
            }
            turn.state.locale = locale
            turn.messages.append(notice(.localeChanged, locale: locale))
            if let node = guide.nodes[turn.state.nodeID] {
                appendLines(of: node, kind: isCrisisNode(node.id) ? .crisis : .text, turn: &turn)
            }
            showOptions(turn: &turn)
        case .unknown:
            turn.messages.append(notice(.unknownCommand, locale: turn.state.locale))
            showOptions(turn: &turn)
        }
    }
}
