import VeilederCore
import Yams

extension LocaleLoader {
    mutating func readCrisis(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a crisis file", keys: ["patterns", "idioms"], locale: locale) else { return }
        if let patterns = entries["patterns"] {
            for item in reader.list(patterns, what: "patterns") {
                guard let pattern = reader.mapping(item, what: "a crisis pattern", allowed: ["id", "kind", "phrases"], required: ["id", "kind", "phrases"]),
                      let id = pattern["id"].flatMap({ reader.identifier($0, what: "A pattern id") }),
                      let kindNode = pattern["kind"], let kindName = reader.text(kindNode, what: "The pattern's kind") else { continue }
                guard let kind = CrisisKind(rawValue: kindName) else {
                    let hint = Suggestion.closest(to: kindName, in: CrisisKind.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                    diagnostics.error(.unknownCrisisKind, "Unknown crisis kind '\(kindName)'.\(hint)", at: reader.location(kindNode))
                    continue
                }
                let phrases = pattern["phrases"].map { readPhrases(reader, $0, what: "phrases") } ?? []
                loaded.crisis.patterns.append(.init(id: id, kind: kind, phrases: phrases, locale: locale))
            }
        }
        if let idioms = entries["idioms"] {
            loaded.crisis.idioms += readPhrases(reader, idioms, what: "idioms")
        }
    }

    /// The non-empty texts of a list of phrases; one whose `&` or `~` has nothing on a side is reported and left
    /// out, because the matcher would otherwise drop it silently (and a crisis would go unseen).
    private func readPhrases(_ reader: YAMLReader, _ node: Yams.Node, what: String) -> [String] {
        reader.list(node, what: what).compactMap { item in
            guard let text = reader.text(item, what: "An entry of \(what)") else { return nil }
            if let problem = CrisisRules.phraseProblem(text) {
                diagnostics.error(.malformedPhrase, "The phrase \"\(text)\" \(problem)", at: reader.location(item))
                return nil
            }
            return text
        }
    }
}
