extension Engine {
    /// Moves to a node, follows its redirects, and collects its bubbles and options.
    func enter(_ nodeID: String, turn: inout Turn, recordHistory: Bool = true, kind: BotMessage.Kind = .text) throws(EngineError) {
        let origin = turn.state.nodeID
        var id = nodeID
        var hops = 0
        while true {
            guard let node = guide.nodes[id] else { throw .unknownNode(id) }
            appendLines(of: node, kind: kind, turn: &turn)
            guard hops < configuration.maxRedirects,
                  let redirect = node.redirects.first(where: { $0.condition?.holds(in: turn.state.variables) ?? true })
            else { break }
            hops += 1
            guard case .node(let next) = redirect.target else {
                // A special target resolves as if chosen where the user came from.
                try follow(redirect.target, turn: &turn, kind: kind)
                return
            }
            id = next
        }
        if recordHistory, origin != id { pushHistory(origin, turn: &turn) }
        turn.state.nodeID = id
        turn.state.clarifyTopics = []
        showOptions(turn: &turn)
    }

    /// Follows an option's or redirect's target.
    func follow(_ target: Target, turn: inout Turn, kind: BotMessage.Kind = .text) throws(EngineError) {
        switch target {
        case .node(let id):
            try enter(id, turn: &turn, kind: kind)
        case .back:
            try goBack(turn: &turn)
        case .start:
            restart(turn: &turn)
            try enter(guide.roles.start, turn: &turn, recordHistory: false)
        case .menu:
            try enter(guide.roles.menu, turn: &turn)
        case .resume:
            if let flow = turn.state.pendingCrisisFlow {
                turn.state.pendingCrisisFlow = nil
                try enter(flow, turn: &turn, kind: .crisis)
            } else {
                let destination = turn.state.resumeNodeID ?? guide.roles.menu
                turn.state.resumeNodeID = nil
                if let question = turn.pendingQuestion {
                    turn.pendingQuestion = nil
                    try answerPendingQuestion(question, from: destination, turn: &turn)
                } else {
                    try enter(destination, turn: &turn)
                }
            }
        }
    }

    /// Steps back to the previous node, showing it again without its redirects.
    func goBack(turn: inout Turn) throws(EngineError) {
        guard let previous = turn.state.history.popLast(), let node = guide.nodes[previous] else {
            turn.messages.append(notice(.atStart, locale: turn.state.locale))
            showOptions(turn: &turn)
            return
        }
        turn.state.nodeID = previous
        appendLines(of: node, kind: .text, turn: &turn)
        showOptions(turn: &turn)
    }

    func restart(turn: inout Turn) {
        let locale = turn.state.locale
        let turns = turn.state.turns
        turn.state = ConversationState(locale: locale, nodeID: guide.roles.start)
        turn.state.turns = turns
    }

    func pushHistory(_ nodeID: String, turn: inout Turn) {
        turn.state.history.append(nodeID)
        if turn.state.history.count > ConversationState.historyLimit {
            turn.state.history.removeFirst(turn.state.history.count - ConversationState.historyLimit)
        }
    }

    /// Positions of the node's options whose conditions hold.
    func visibleOptionIndices(of node: Node, state: ConversationState) -> [Int] {
        node.options.indices.filter { node.options[$0].condition?.holds(in: state.variables) ?? true }
    }

    /// The node's lines, labels and option analyses in `locale`: prepared when the engine was built, or made
    /// now for a locale the guide no longer has (an old stored conversation).
    func nodeText(_ node: Node, locale: String) -> RenderedGuide.NodeText {
        rendered.node(node.id, locale: locale) ?? RenderedGuide.NodeText(node, locale: locale, engine: self)
    }

    /// Offers the current node's options (or the pending "did you mean" choices; on the fallback, its suggested
    /// topics first and then its own options).
    func showOptions(turn: inout Turn) {
        let (topics, nodeOptionsFollow) = offeredTopics(turn.state)
        guard nodeOptionsFollow, let node = guide.nodes[turn.state.nodeID] else {
            turn.options = topics
            return
        }
        let labels = nodeText(node, locale: turn.state.locale).labels
        turn.options = topics + visibleOptionIndices(of: node, state: turn.state).map {
            OfferedOption(id: node.options[$0].id, label: labels[$0])
        }
    }

    /// The topic choices on offer, and whether the node's own options follow them. Showing and matching options
    /// both read it, so a number means the same option in both. A "did you mean" question replaces the node's
    /// options (ending with the main menu); on the fallback, its suggestions come before the node's own.
    func offeredTopics(_ state: ConversationState) -> (options: [OfferedOption], nodeOptionsFollow: Bool) {
        guard !state.clarifyTopics.isEmpty else { return ([], true) }
        guard isSuggesting(state) else { return (clarifyOptions(state.clarifyTopics, locale: state.locale), false) }
        return (topicOptions(state.clarifyTopics, locale: state.locale), true)
    }

    /// Whether the topics on offer are the fallback's suggestions, shown with its own options, rather than a
    /// "did you mean" question that replaces them.
    func isSuggesting(_ state: ConversationState) -> Bool {
        !state.clarifyTopics.isEmpty && state.nodeID == guide.roles.fallback
    }

    /// Chooses an option by id, including the synthetic "did you mean" options.
    func choose(optionID: String, turn: inout Turn) throws(EngineError) {
        if let topicID = Self.clarifyTopicID(optionID), turn.state.clarifyTopics.contains(topicID),
           let topic = guide.topic(topicID) {
            turn.state.clarifyTopics = []
            try enter(topic.entry, turn: &turn)
            return
        }
        if optionID == Self.menuOptionID, !turn.state.clarifyTopics.isEmpty {
            turn.state.clarifyTopics = []
            try enter(guide.roles.menu, turn: &turn)
            return
        }
        guard turn.state.clarifyTopics.isEmpty || isSuggesting(turn.state), let node = guide.nodes[turn.state.nodeID],
              let index = visibleOptionIndices(of: node, state: turn.state).first(where: { node.options[$0].id == optionID })
        else {
            throw .unknownOption(optionID)
        }
        turn.state.clarifyTopics = []
        let option = node.options[index]
        for (name, value) in option.assignments { turn.state.variables[name] = value }
        let inCrisis = isCrisisNode(turn.state.nodeID)
        try follow(option.target, turn: &turn, kind: inCrisis && option.target.nodeID.map(isCrisisNode) == true ? .crisis : .text)
    }

    func isCrisisNode(_ id: String) -> Bool {
        id == guide.roles.crisis || guide.roles.crisisFlows.values.contains(id)
    }
}
