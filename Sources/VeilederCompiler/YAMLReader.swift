import Foundation
import Yams

/// Reads one composed YAML document with positions, reporting shape problems as diagnostics.
struct YAMLReader {
    let file: String
    let diagnostics: DiagnosticCollector

    func location(_ node: Yams.Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// A mapping's entries by key; unknown keys and missing required keys are reported.
    func mapping(
        _ node: Yams.Node, what: String, allowed: [String], required: [String] = []
    ) -> Entries? {
        guard case .mapping(let mapping) = node else {
            diagnostics.error(.wrongType, "\(what) must be a mapping of keys to values.", at: location(node))
            return nil
        }
        var entries = Entries(location: location(node))
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.error(.wrongType, "Keys in \(what) must be plain words.", at: location(keyNode))
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestion.closest(to: key, in: allowed).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.error(
                    .unknownKey,
                    "Unknown key '\(key)' in \(what).\(hint) Allowed keys: \(allowed.joined(separator: ", ")).",
                    at: location(keyNode)
                )
                continue
            }
            entries.values[key] = (keyNode, value)
        }
        for key in required where entries.values[key] == nil {
            diagnostics.error(.missingField, "\(what.prefix(1).uppercased() + what.dropFirst()) is missing the required key '\(key)'.", at: entries.location)
        }
        return entries
    }

    /// A non-empty text scalar.
    func text(_ node: Yams.Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.error(.wrongType, "\(what) must be text, not a list or mapping.", at: location(node))
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !(scalar.style == .plain && ["~", "null"].contains(value)) else {
            diagnostics.error(.emptyText, "\(what) is empty. Write the text, or remove the entry.", at: location(node))
            return nil
        }
        return value
    }

    /// An id: non-empty, with only letters, digits, `.`, `-` and `_`.
    func identifier(_ node: Yams.Node, what: String) -> String? {
        guard let value = text(node, what: what) else { return nil }
        let valid = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
        if !valid {
            diagnostics.error(.invalidID, "\(what) '\(value)' may hold only letters, digits, '.', '-' and '_'.", at: location(node))
            return nil
        }
        return value
    }

    /// A list of items; a single scalar counts as a list of one.
    func list(_ node: Yams.Node, what: String) -> [Yams.Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default:
            diagnostics.error(.wrongType, "\(what) must be a list.", at: location(node))
            return []
        }
    }

    /// A list of non-empty texts.
    func texts(_ node: Yams.Node, what: String) -> [String] {
        list(node, what: what).compactMap { text($0, what: "An entry of \(what)") }
    }

    /// `true`/`false`.
    func bool(_ node: Yams.Node, what: String) -> Bool? {
        guard let value = node.bool else {
            diagnostics.error(.wrongType, "\(what) must be true or false.", at: location(node))
            return nil
        }
        return value
    }
}

/// A mapping's entries with the position of the mapping itself.
struct Entries {
    var location: SourceLocation
    var values: [String: (key: Yams.Node, value: Yams.Node)] = [:]

    subscript(key: String) -> Yams.Node? { values[key]?.value }
}
