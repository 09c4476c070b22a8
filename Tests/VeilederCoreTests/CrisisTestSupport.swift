import Foundation
import VeilederCore
import VeilederText
import Yams

/// Loads the real crisis patterns and language data from `Locales/`, so crisis tests exercise exactly
/// what ships, without depending on the rest of the guide compiling.
enum CrisisTestSupport {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The locales that ship crisis patterns.
    static let locales = ["nb", "nn", "en"]

    /// Every locale's `language.yaml`, decoded.
    static let languages: [String: LanguageData] = {
        var languages: [String: LanguageData] = [:]
        for locale in locales {
            let file = root.appendingPathComponent("Locales/\(locale)/language.yaml")
            guard let text = try? String(contentsOf: file, encoding: .utf8),
                  let data = try? YAMLDecoder().decode(LanguageData.self, from: text) else { continue }
            languages[locale] = data
        }
        return languages
    }()

    /// Every locale's `crisis.yaml` as `CrisisRules`, in the shape the guide compiler produces.
    static let rules: CrisisRules = {
        var rules = CrisisRules()
        for locale in locales {
            let file = root.appendingPathComponent("Locales/\(locale)/crisis.yaml")
            guard let text = try? String(contentsOf: file, encoding: .utf8),
                  let node = try? Yams.load(yaml: text) as? [String: Any] else { continue }
            for pattern in node["patterns"] as? [[String: Any]] ?? [] {
                guard let id = pattern["id"] as? String, let kindName = pattern["kind"] as? String,
                      let kind = CrisisKind(rawValue: kindName) else { continue }
                let phrases = (pattern["phrases"] as? [Any] ?? []).map { "\($0)" }
                rules.patterns.append(.init(id: id, kind: kind, phrases: phrases, locale: locale))
            }
            rules.idioms += (node["idioms"] as? [Any] ?? []).map { "\($0)" }
            let discussion = node["discussion"] as? [String: Any] ?? [:]
            rules.discussionTopics += (discussion["topics"] as? [Any] ?? []).map { "\($0)" }
            rules.discussionCues += (discussion["cues"] as? [Any] ?? []).map { "\($0)" }
        }
        rules.weights = weights
        return rules
    }()

    /// The learned word weights (`Locales/nb/crisis-weights.yaml`), read with the basic resolver as the compiler
    /// reads them: every value is a string.
    static let weights: CrisisWeights? = {
        let file = root.appendingPathComponent("Locales/nb/crisis-weights.yaml")
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let node = try? Yams.compose(yaml: text, .basic), let mapping = node.mapping,
              let bias = mapping["bias"]?.string.flatMap(Double.init),
              let threshold = mapping["threshold"]?.string.flatMap(Double.init),
              let terms = mapping["terms"]?.mapping else { return nil }
        var table: [String: Double] = [:]
        for (key, value) in terms {
            if let term = key.string, let weight = value.string.flatMap(Double.init) { table[term] = weight }
        }
        return CrisisWeights(bias: bias, threshold: threshold, terms: table)
    }()

    /// The detector over the real patterns.
    static let detector = CrisisDetector(rules: rules, languages: languages)

    /// The evaluation set.
    static func evaluationSet() throws -> EvaluationSet {
        let text = try String(contentsOf: root.appendingPathComponent("Evaluation/messages.tsv"), encoding: .utf8)
        return try EvaluationSet(tsv: text)
    }
}
