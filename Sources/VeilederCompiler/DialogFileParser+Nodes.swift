import VeilederCore
import Yams

extension DialogFileParser {
    mutating func parseTopic(_ node: Yams.Node) {
        guard let entries = reader.mapping(node, what: "a topic", allowed: ["id", "category", "title", "entry", "examples", "keywords", "sources"], required: ["id", "category", "title", "entry"]),
              let idNode = entries["id"], let id = reader.identifier(idNode, what: "A topic id") else { return }
        var category: Category?
        if let categoryNode = entries["category"], let name = reader.text(categoryNode, what: "The topic's category") {
            category = Category(rawValue: name)
            if category == nil {
                let hint = Suggestion.closest(to: name, in: Category.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                reader.diagnostics.error(.unknownCategory, "Unknown category '\(name)'.\(hint) Categories: \(Category.allCases.map(\.rawValue).joined(separator: ", ")).", at: reader.location(categoryNode))
            }
        }
        let titleNode = entries["title"]
        let title = titleNode.flatMap { reader.text($0, what: "The topic's title") }
        let entry = entries["entry"].flatMap { reader.identifier($0, what: "The topic's entry node") }
        if let entryNode = entries["entry"], let entry {
            declarations.nodeReferences.append(.init(value: entry, location: reader.location(entryNode)))
        }
        let examples = entries["examples"].map { reader.texts($0, what: "examples") } ?? []
        let keywords = entries["keywords"].map { reader.texts($0, what: "keywords") } ?? []
        if examples.isEmpty, keywords.isEmpty {
            reader.diagnostics.warning(.topicWithoutExamples, "Topic '\(id)' has no examples or keywords, so free text can never reach it. Add a few phrases people would type.", at: reader.location(idNode))
        }
        guard let category, let title, let entry else { return }
        let topic = Topic(id: id, category: category, title: title, entry: entry, examples: examples, keywords: keywords, sources: entries["sources"].map(parseSources) ?? [])
        declarations.topics.append((topic, reader.location(idNode)))
        if let titleNode { declarations.lines.append((topic.titleLineID, title, reader.location(titleNode))) }
    }

    mutating func parseNode(_ yaml: Yams.Node) {
        guard let entries = reader.mapping(yaml, what: "a node", allowed: Self.nodeKeys, required: ["id"]),
              let idNode = entries["id"], let id = reader.identifier(idNode, what: "A node id") else { return }
        var node = Node(id: id)
        if let say = entries["say"] {
            for (index, item) in reader.list(say, what: "say").enumerated() {
                if let line = parseLine(item, defaultID: "\(id).\(index + 1)") { node.lines.append(line) }
            }
        }
        if let options = entries["options"] {
            for (index, item) in reader.list(options, what: "options").enumerated() {
                if let option = parseOption(item, defaultID: "\(id).valg.\(index + 1)") { node.options.append(option) }
            }
        }
        if let redirects = entries["redirect"] {
            for item in reader.list(redirects, what: "redirect") {
                if let redirect = parseRedirect(item) { node.redirects.append(redirect) }
            }
        }
        node.isEnd = entries["end"].flatMap { reader.bool($0, what: "end") } ?? false
        node.acceptsFreeText = entries["free-text"].flatMap { reader.bool($0, what: "free-text") } ?? true
        node.topicID = entries["topic"].flatMap { reader.identifier($0, what: "The node's topic") }
        // A misspelt 'say' is already reported as an unknown key; saying it is missing too would be noise.
        let hasUnknownKeys = yaml.mapping.map { $0.keys.contains { !Self.nodeKeys.contains($0.string ?? "") } } ?? false
        if hasUnknownKeys { declarations.nodesWithUnknownKeys.insert(id) }
        if entries["say"] == nil, entries["redirect"] == nil, !hasUnknownKeys {
            reader.diagnostics.error(.missingField, "Node '\(id)' has neither 'say' nor 'redirect': give it something to say or somewhere to go.", at: reader.location(idNode))
        }
        declarations.nodes.append((node, reader.location(idNode)))
    }

    mutating func parseLine(_ yaml: Yams.Node, defaultID: String) -> Line? {
        var id = defaultID
        var textNode = yaml
        var condition: Condition?
        if case .mapping = yaml {
            guard let entries = reader.mapping(yaml, what: "a bubble", allowed: Self.lineKeys, required: ["text"]),
                  let node = entries["text"] else { return nil }
            textNode = node
            if let idNode = entries["id"], let explicit = reader.identifier(idNode, what: "A line id") { id = explicit }
            condition = optionalCondition(entries["when"])
        }
        guard let text = reader.text(textNode, what: "A bubble") else { return nil }
        recordText(text, id: id, node: textNode)
        if text.count > 400 {
            reader.diagnostics.warning(.longBubble, "This bubble has \(text.count) characters; keep bubbles at most 400 so they read well on a phone. Split it in two.", at: reader.location(textNode))
        }
        return Line(id: id, text: text, condition: condition)
    }

    mutating func parseOption(_ yaml: Yams.Node, defaultID: String) -> Option? {
        guard let entries = reader.mapping(yaml, what: "an option", allowed: Self.optionKeys, required: ["label", "goto"]),
              let labelNode = entries["label"], let label = reader.text(labelNode, what: "An option label"),
              let gotoNode = entries["goto"], let target = parseTarget(gotoNode) else { return nil }
        let id = entries["id"].flatMap { reader.identifier($0, what: "An option id") } ?? defaultID
        recordText(label, id: id, node: labelNode)
        var assignments: [String: String] = [:]
        if let set = entries["set"] {
            if case .mapping(let mapping) = set {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string, let value = reader.text(value, what: "The value of '\(name)'") else { continue }
                    assignments[name] = value
                    declarations.variableUses.append(.init(value: (name, value), location: reader.location(key)))
                }
            } else {
                reader.diagnostics.error(.wrongType, "set must map variables to values, like 'set: { audience: forelder }'.", at: reader.location(set))
            }
        }
        return Option(
            id: id, label: label, target: target, assignments: assignments,
            condition: optionalCondition(entries["when"]),
            matchPhrases: entries["match"].map { reader.texts($0, what: "match") } ?? []
        )
    }

    mutating func parseRedirect(_ yaml: Yams.Node) -> Redirect? {
        guard let entries = reader.mapping(yaml, what: "a redirect", allowed: Self.redirectKeys, required: ["goto"]),
              let gotoNode = entries["goto"], let target = parseTarget(gotoNode) else { return nil }
        return Redirect(target: target, condition: optionalCondition(entries["when"]))
    }

    mutating func parseTarget(_ yaml: Yams.Node) -> Target? {
        guard let text = reader.text(yaml, what: "goto") else { return nil }
        let target = Target(parsing: text)
        if text.hasPrefix("@"), target.nodeID != nil {
            reader.diagnostics.error(.unknownNode, "Unknown special target '\(text)'. Use @back, @start, @menu or @return, or a node id.", at: reader.location(yaml))
            return nil
        }
        if let id = target.nodeID {
            declarations.nodeReferences.append(.init(value: id, location: reader.location(yaml)))
        }
        return target
    }

    mutating func optionalCondition(_ yaml: Yams.Node?) -> Condition? {
        guard let yaml else { return nil }
        return parseCondition(yaml)
    }

    mutating func parseCondition(_ yaml: Yams.Node) -> Condition? {
        guard case .mapping(let mapping) = yaml else {
            reader.diagnostics.error(.wrongType, "when must map variables to values, like 'when: { audience: [forelder, ansatt] }'.", at: reader.location(yaml))
            return nil
        }
        var requirements: [String: Set<String>] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            let values = reader.texts(value, what: "the values of '\(name)'")
            requirements[name] = Set(values)
            for value in values where value != Condition.unsetValue {
                declarations.variableUses.append(.init(value: (name, value), location: reader.location(key)))
            }
            if values.isEmpty { declarations.variableUses.append(.init(value: (name, nil), location: reader.location(key))) }
        }
        return Condition(requirements)
    }

    /// Records a translatable text and the service references in it, with their columns.
    mutating func recordText(_ text: String, id: String, node: Yams.Node) {
        let location = reader.location(node)
        declarations.lines.append((id, text, location))
        let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        for reference in ServiceReference.scan(text) {
            var at = location
            if !text.contains("\n") { at.column += reference.offset + (quoted ? 1 : 0) }
            declarations.serviceReferences.append(.init(value: reference, location: at))
        }
    }
}
