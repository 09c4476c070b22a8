import Foundation
import VeilederCore
import Yams

/// Turns one composed dialog file into declarations, reporting shape problems as it goes.
struct DialogFileParser {
    let reader: YAMLReader
    var declarations: Declarations

    static let topLevelKeys = ["version", "guide", "services", "topics", "nodes", "tests"]
    static let nodeKeys = ["id", "say", "options", "redirect", "end", "topic", "free-text"]
    static let lineKeys = ["id", "text", "when"]
    static let optionKeys = ["id", "label", "goto", "set", "when", "match"]
    static let redirectKeys = ["goto", "when"]

    /// Reads the whole file.
    mutating func parse(_ root: Yams.Node, allowTests: Bool) {
        guard let entries = reader.mapping(root, what: "a dialog file", allowed: Self.topLevelKeys, required: ["version"]) else { return }
        VersionCheck.check(entries, reader: reader)
        if let tests = entries.values["tests"], !allowTests {
            reader.diagnostics.error(.unknownKey, "Conversation tests belong in Dialogs/tests/, not in a dialog file. Move this section there.", at: reader.location(tests.key))
        }
        if let guide = entries["guide"] { parseGuide(guide) }
        if let services = entries["services"] {
            for item in reader.list(services, what: "services") { parseService(item) }
        }
        if let topics = entries["topics"] {
            for item in reader.list(topics, what: "topics") { parseTopic(item) }
        }
        if let nodes = entries["nodes"] {
            for item in reader.list(nodes, what: "nodes") { parseNode(item) }
        }
    }

    mutating func parseGuide(_ node: Yams.Node) {
        let roleKeys = ["start", "menu", "fallback", "crisis", "help"]
        guard let entries = reader.mapping(node, what: "the guide settings", allowed: roleKeys + ["crisis-flows", "variables"], required: roleKeys) else { return }
        var settings = Declarations.Settings(location: entries.location)
        for key in roleKeys {
            guard let value = entries[key], let id = reader.identifier(value, what: "The guide's '\(key)' node") else { continue }
            settings.roles[key] = (id, reader.location(value))
            declarations.nodeReferences.append(.init(value: id, location: reader.location(value)))
        }
        if let flows = entries["crisis-flows"], case .mapping(let mapping) = flows {
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                guard let kind = CrisisKind(rawValue: name) else {
                    let hint = Suggestion.closest(to: name, in: CrisisKind.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                    reader.diagnostics.error(.unknownCrisisKind, "Unknown crisis kind '\(name)'.\(hint)", at: reader.location(key))
                    continue
                }
                guard let id = reader.identifier(value, what: "The crisis flow node") else { continue }
                settings.crisisFlows[kind] = (id, reader.location(value))
                declarations.nodeReferences.append(.init(value: id, location: reader.location(value)))
            }
        } else if let flows = entries["crisis-flows"] {
            reader.diagnostics.error(.wrongType, "crisis-flows must map crisis kinds to node ids.", at: reader.location(flows))
        }
        if let variables = entries["variables"] {
            if case .mapping(let mapping) = variables {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string else { continue }
                    settings.variables[name] = reader.texts(value, what: "the values of variable '\(name)'")
                }
            } else {
                reader.diagnostics.error(.wrongType, "variables must map each variable to its list of values.", at: reader.location(variables))
            }
        }
        declarations.settings.append(settings)
    }

    mutating func parseService(_ node: Yams.Node) {
        let fieldKeys = Service.Field.allCases.map(\.rawValue).filter { $0 != "name" }
        guard let entries = reader.mapping(node, what: "a service", allowed: ["id", "name", "description", "who", "sources"] + fieldKeys, required: ["id", "name"]),
              let idNode = entries["id"], let id = reader.identifier(idNode, what: "A service id"),
              let nameNode = entries["name"], let name = reader.text(nameNode, what: "The service's name") else { return }
        var service = Service(id: id, name: name)
        service.description = entries["description"].flatMap { reader.text($0, what: "The service's description") }
        service.audience = entries["who"].flatMap { reader.text($0, what: "The service's 'who'") }
        for key in fieldKeys {
            guard let valueNode = entries[key], let field = Service.Field(rawValue: key),
                  let value = reader.text(valueNode, what: "The service's \(key)") else { continue }
            if value.lowercased() == "missing" {
                service.missing.insert(field)
                reader.diagnostics.warning(.missingServiceField, "The \(key) of service '\(id)' is marked missing: confirm it with the service or the municipality, then write it here.", at: reader.location(valueNode))
            } else {
                service.fields[field] = value
            }
        }
        service.sources = entries["sources"].map(parseSources) ?? []
        declarations.services.append((service, reader.location(idNode)))
        declarations.lines.append(("service.\(id).name", name, reader.location(nameNode)))
        if let hours = service.fields[.hours], let hoursNode = entries["hours"] {
            declarations.lines.append(("service.\(id).hours", hours, reader.location(hoursNode)))
        }
    }

    func parseSources(_ node: Yams.Node) -> [SourceReference] {
        reader.list(node, what: "sources").compactMap { item in
            if case .scalar = item { return reader.text(item, what: "A source").map { SourceReference(url: $0) } }
            guard let entries = reader.mapping(item, what: "a source", allowed: ["url", "seed", "checked"]) else { return nil }
            let source = SourceReference(
                url: entries["url"].flatMap { reader.text($0, what: "The source's url") },
                seed: entries["seed"].flatMap { reader.text($0, what: "The source's seed") },
                checked: entries["checked"].flatMap { reader.text($0, what: "The source's checked date") }
            )
            if source.url == nil, source.seed == nil {
                reader.diagnostics.error(.missingField, "A source needs a 'url' or a 'seed'.", at: entries.location)
            }
            return source
        }
    }
}
