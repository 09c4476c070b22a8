extension Engine {
    /// Appends a node's bubbles whose conditions hold, translated and with services filled in.
    func appendLines(of node: Node, kind: BotMessage.Kind, turn: inout Turn) {
        let locale = turn.state.locale
        let kind = isCrisisNode(node.id) ? BotMessage.Kind.crisis : kind
        let texts = nodeText(node, locale: locale).lines
        for (index, line) in node.lines.enumerated() where line.condition?.holds(in: turn.state.variables) ?? true {
            turn.messages.append(BotMessage(id: line.id, text: texts[index], kind: kind))
        }
    }

    /// A message from the engine itself.
    func notice(_ key: UIString, locale: String) -> BotMessage {
        BotMessage(id: key.rawValue, text: guide.localization.ui(key, locale: locale), kind: .notice)
    }

    /// The options of a "did you mean" question: one per topic, then the main menu.
    func clarifyOptions(_ topicIDs: [String], locale: String) -> [OfferedOption] {
        topicOptions(topicIDs, locale: locale)
            + [OfferedOption(id: Self.menuOptionID, label: guide.localization.ui(.mainMenu, locale: locale))]
    }

    /// One option per topic, labelled with its title, for a "did you mean" question or the fallback's suggestions.
    func topicOptions(_ topicIDs: [String], locale: String) -> [OfferedOption] {
        topicIDs.compactMap { guide.topic($0) }.map { topic in
            OfferedOption(
                id: Self.clarifyPrefix + topic.id,
                label: rendered.topicLabel(topic.id, locale: locale)
                    ?? guide.localization.line(topic.titleLineID, source: topic.title, locale: locale)
            )
        }
    }

    /// Replaces `{service:ID}` and `{service:ID.field}` with the directory's entries.
    public func render(_ text: String, locale: String) -> String {
        ServiceReference.expand(text) { reference in
            guard let service = guide.services[reference.serviceID] else { return nil }
            let name = guide.localization.line("service.\(service.id).name", source: service.name, locale: locale)
            guard let field = reference.field else {
                if let phone = service.fields[.phone] { return "\(name) (\(phone))" }
                return name
            }
            if field == .name { return name }
            if let value = service.fields[field] {
                return guide.localization.line("service.\(service.id).\(field.rawValue)", source: value, locale: locale)
            }
            return guide.localization.ui(.missingField, locale: locale)
        }
    }
}
