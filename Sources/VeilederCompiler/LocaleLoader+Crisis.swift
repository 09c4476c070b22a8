import VeilederCore
import Yams

extension LocaleLoader {
    mutating func readCrisis(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a crisis file", keys: ["patterns", "idioms", "discussion"], locale: locale) else { return }
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
        if let node = entries["discussion"],
           let discussion = reader.mapping(node, what: "the discussion section", allowed: ["topics", "cues"], required: ["topics", "cues"]) {
            loaded.crisis.discussionTopics += discussion["topics"].map { readPhrases(reader, $0, what: "discussion topics") } ?? []
            loaded.crisis.discussionCues += discussion["cues"].map { readPhrases(reader, $0, what: "discussion cues") } ?? []
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

    /// The learned word weights (written by `scripts/train-crisis-weights`). A value that is not a number, or a
    /// threshold outside 0–1, is reported; the weights are then left out and only the phrases count.
    mutating func readCrisisWeights(_ file: (YAMLReader, Yams.Node), locale: String, into loaded: inout Loaded) {
        let (reader, root) = file
        guard let entries = header(reader, root, what: "a crisis weights file", keys: ["bias", "threshold", "terms"], locale: locale) else { return }
        var valid = true
        func number(_ node: Yams.Node?, _ what: String, in range: ClosedRange<Double> = -1_000...1_000) -> Double {
            guard let node else {
                diagnostics.error(.malformedWeight, "The crisis weights have no \(what). Run scripts/train-crisis-weights to write the file again.", at: reader.location(root))
                valid = false
                return 0
            }
            guard let text = node.scalar?.string, let value = Double(text), range.contains(value) else {
                diagnostics.error(.malformedWeight, "The \(what) must be a number from \(range.lowerBound) to \(range.upperBound). Run scripts/train-crisis-weights to write the file again.", at: reader.location(node))
                valid = false
                return 0
            }
            return value
        }
        let bias = number(entries["bias"], "bias")
        let threshold = number(entries["threshold"], "threshold", in: 0.01...1)
        var terms: [String: Double] = [:]
        if let node = entries["terms"], case .mapping(let mapping) = node {
            terms.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let term = key.scalar?.string else { continue }
                terms[term] = number(value, "weight of '\(term)'")
            }
        }
        guard valid else { return }
        loaded.crisis.weights = CrisisWeights(bias: bias, threshold: threshold, terms: terms)
    }
}
