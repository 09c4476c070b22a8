import VeilederCore

/// The checks that need every file at once: ids, jumps, reachability, services, variables, translations.
struct GuideValidator {
    let declarations: Declarations
    let locales: LocaleLoader.Loaded
    let diagnostics: DiagnosticCollector

    func validate() -> Guide? {
        let nodes = uniqueNodes()
        checkUniqueLines()
        let services = uniqueServices()
        let topics = uniqueTopics()
        let settings = guideSettings()
        let salvagedIDs = Set(diagnostics.salvaged.map(\.id))
        for reference in declarations.nodeReferences where nodes[reference.value] == nil && !salvagedIDs.contains(reference.value) {
            let hint = Suggestion.closest(to: reference.value, in: nodes.keys).map { " Did you mean '\($0)'?" } ?? ""
            diagnostics.error(.unknownNode, "There is no node '\(reference.value)'.\(hint)", at: reference.location)
        }
        checkServiceReferences(services)
        checkVariables(settings?.variables ?? [:])
        checkDeadEnds()
        checkDuplicateLabels()
        guard let settings, let roles = roles(from: settings) else { return nil }
        checkReachability(nodes: nodes, roles: roles, topics: topics)
        checkTranslations()
        let localization = Localization(
            lines: locales.translations.filter { $0.key != Guide.sourceLocale }.mapValues { $0.mapValues(\.text) },
            ui: locales.ui, locales: locales.locales
        )
        return Guide(
            roles: roles, nodes: nodes.mapValues(\.node), topics: topics, services: services,
            variables: settings.variables, localization: localization,
            crisisRules: locales.crisis, languages: locales.languages
        )
    }

    func uniqueNodes() -> [String: (node: Node, location: SourceLocation)] {
        var nodes: [String: (node: Node, location: SourceLocation)] = [:]
        for (node, location) in declarations.nodes {
            if let first = nodes[node.id] {
                diagnostics.error(.duplicateID, "Node id '\(node.id)' is already used at \(first.location.file):\(first.location.line). Give one of them another id.", at: location)
            } else {
                nodes[node.id] = (node, location)
            }
        }
        return nodes
    }

    func checkUniqueLines() {
        var seen: [String: SourceLocation] = [:]
        for line in declarations.lines {
            if let first = seen[line.id] {
                diagnostics.error(.duplicateID, "Line id '\(line.id)' is already used at \(first.file):\(first.line). Line ids must be unique; change the explicit id.", at: line.location)
            } else {
                seen[line.id] = line.location
            }
        }
    }

    func uniqueServices() -> [String: Service] {
        var services: [String: Service] = [:]
        var locations: [String: SourceLocation] = [:]
        for (service, location) in declarations.services {
            if let first = locations[service.id] {
                diagnostics.error(.duplicateID, "Service id '\(service.id)' is already used at \(first.file):\(first.line).", at: location)
                continue
            }
            services[service.id] = service
            locations[service.id] = location
        }
        return services
    }

    func uniqueTopics() -> [Topic] {
        var topics: [Topic] = []
        var locations: [String: SourceLocation] = [:]
        for (topic, location) in declarations.topics {
            if let first = locations[topic.id] {
                diagnostics.error(.duplicateID, "Topic id '\(topic.id)' is already used at \(first.file):\(first.line).", at: location)
                continue
            }
            topics.append(topic)
            locations[topic.id] = location
        }
        return topics
    }

    func guideSettings() -> Declarations.Settings? {
        guard let first = declarations.settings.first else {
            let location = declarations.nodes.first?.location ?? SourceLocation(file: "Dialogs/guide.yaml", line: 1, column: 1)
            diagnostics.error(.guideSettings, "No file has a 'guide' section. Add Dialogs/guide.yaml with start, menu, fallback, crisis and help.", at: location)
            return nil
        }
        for extra in declarations.settings.dropFirst() {
            diagnostics.error(.guideSettings, "The 'guide' section is already given at \(first.location.file):\(first.location.line). Keep one.", at: extra.location)
        }
        return first
    }

    func roles(from settings: Declarations.Settings) -> Guide.Roles? {
        guard let start = settings.roles["start"]?.id, let menu = settings.roles["menu"]?.id,
              let fallback = settings.roles["fallback"]?.id, let crisis = settings.roles["crisis"]?.id,
              let help = settings.roles["help"]?.id else { return nil }
        return Guide.Roles(start: start, menu: menu, fallback: fallback, crisis: crisis, help: help, crisisFlows: settings.crisisFlows.mapValues(\.id))
    }
}
