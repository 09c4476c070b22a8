import VeilederText

/// A crisis signal found in a message.
public struct CrisisDetection: Sendable, Hashable {
    /// The kind of crisis.
    public var kind: CrisisKind
    /// The pattern that matched.
    public var patternID: String
    /// The phrase that matched, as written in the pattern file.
    public var phrase: String
}

/// Checks every message for crisis signals before anything else.
/// FIRST VERSION (lead): substring match, to be replaced by phrase-level matching over normalised tokens.
public struct CrisisDetector: Sendable {
    let rules: CrisisRules

    /// Builds the detector from all locales' patterns.
    public init(rules: CrisisRules, languages: [String: LanguageData]) {
        self.rules = rules
    }

    /// The first crisis signal in the text, or `nil`.
    public func detect(_ text: String) -> CrisisDetection? {
        let lowered = text.lowercased()
        if rules.idioms.contains(where: { lowered.contains($0.lowercased()) }) { return nil }
        for pattern in rules.patterns {
            if let phrase = pattern.phrases.first(where: { lowered.contains($0.lowercased()) }) {
                return CrisisDetection(kind: pattern.kind, patternID: pattern.id, phrase: phrase)
            }
        }
        return nil
    }
}
