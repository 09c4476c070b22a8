import VeilederCore

extension GuideValidator {
    func checkServiceReferences(_ services: [String: Service]) {
        for reference in declarations.serviceReferences {
            let value = reference.value
            guard let service = services[value.serviceID] else {
                let hint = Suggestion.closest(to: value.serviceID, in: services.keys).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.error(.unknownService, "There is no service '\(value.serviceID)' in the service directory.\(hint)", at: reference.location)
                continue
            }
            if let name = value.fieldName {
                guard let field = value.field else {
                    diagnostics.error(.unknownService, "Services have no field '\(name)'. Use one of: \(Service.Field.allCases.map(\.rawValue).joined(separator: ", ")).", at: reference.location)
                    continue
                }
                if field != .name, service.fields[field] == nil {
                    let state = service.missing.contains(field) ? "is marked missing" : "is not given"
                    diagnostics.warning(.missingServiceField, "The \(name) of '\(service.id)' \(state), so this text will say \"(mangler)\". Confirm it in the service directory, or rephrase.", at: reference.location)
                }
            }
        }
    }

    func checkVariables(_ variables: [String: [String]]) {
        for use in declarations.variableUses {
            guard let allowed = variables[use.value.name] else {
                let hint = Suggestion.closest(to: use.value.name, in: variables.keys).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.error(.unknownVariable, "Variable '\(use.value.name)' is not declared in guide.variables.\(hint)", at: use.location)
                continue
            }
            if let value = use.value.value, !allowed.contains(value) {
                let hint = Suggestion.closest(to: value, in: allowed).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.error(.unknownVariable, "'\(value)' is not a value of '\(use.value.name)'.\(hint) Values: \(allowed.joined(separator: ", ")).", at: use.location)
            }
        }
    }

    func checkDeadEnds() {
        for (node, location) in declarations.nodes where !node.isEnd && node.options.isEmpty && node.redirects.isEmpty
            && !declarations.nodesWithUnknownKeys.contains(node.id) {
            diagnostics.error(.deadEnd, "Node '\(node.id)' is a dead end: it has no options or redirect and is not marked 'end: true'. Add a way on, or mark it as an end.", at: location)
        }
        for (node, location) in declarations.nodes where !node.redirects.isEmpty && node.redirects.allSatisfy({ $0.condition != nil }) && node.options.isEmpty && !node.isEnd {
            diagnostics.warning(.deadEnd, "Every redirect of node '\(node.id)' has a condition; when none holds the user is stuck. Add a last redirect without 'when'.", at: location)
        }
    }

    func checkDuplicateLabels() {
        for (node, location) in declarations.nodes {
            var seen: Set<String> = []
            for option in node.options where option.condition == nil {
                if !seen.insert(option.label.lowercased()).inserted {
                    diagnostics.warning(.duplicateLabel, "Node '\(node.id)' offers the label '\(option.label)' twice; users cannot tell them apart.", at: location)
                }
            }
        }
    }

    /// Every node must be reachable from a role node or a topic's entry, through options and redirects.
    func checkReachability(nodes: [String: (node: Node, location: SourceLocation)], roles: Guide.Roles, topics: [Topic]) {
        var queue = [roles.start, roles.menu, roles.fallback, roles.crisis, roles.help] + roles.crisisFlows.values.sorted() + topics.map(\.entry)
        var reached: Set<String> = []
        // A node in an unparsable part of a file still leads where its text says, so its targets stay reachable.
        let salvaged = Dictionary(diagnostics.salvaged.map { ($0.id, $0.targets) }, uniquingKeysWith: +)
        while let id = queue.popLast() {
            guard reached.insert(id).inserted else { continue }
            if let node = nodes[id]?.node {
                queue += node.options.compactMap(\.target.nodeID) + node.redirects.compactMap(\.target.nodeID)
            }
            queue += salvaged[id] ?? []
        }
        for (node, location) in declarations.nodes where !reached.contains(node.id) {
            diagnostics.error(.unreachableNode, "Node '\(node.id)' is unreachable: no option, redirect or topic leads to it. Link it from another node, or remove it.", at: location)
        }
    }
}
