import VeilederText

/// Picks one of the current node's options from free text ("jeg er mamma" picks the parent option).
/// FIRST VERSION (lead): case-insensitive equality and word containment.
public struct OptionMatcher: Sendable {
    /// An option as the matcher sees it.
    public struct Candidate: Sendable, Hashable {
        /// The option id.
        public var id: String
        /// The label in the conversation's locale.
        public var label: String
        /// Extra phrases that pick it.
        public var phrases: [String]

        /// Creates a candidate.
        public init(id: String, label: String, phrases: [String]) {
            self.id = id
            self.label = label
            self.phrases = phrases
        }
    }

    /// Creates the matcher.
    public init(languages: [String: LanguageData]) {}

    /// The id of the option the text picks, or `nil` when none does clearly.
    public func match(_ text: String, among candidates: [Candidate]) -> String? {
        let lowered = text.lowercased()
        if let exact = candidates.first(where: { $0.label.lowercased() == lowered }) { return exact.id }
        let words = Set(lowered.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let hits = candidates.filter { candidate in
            ([candidate.label] + candidate.phrases).contains { phrase in
                let phraseWords = phrase.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                return !phraseWords.isEmpty && phraseWords.allSatisfy(words.contains)
            }
        }
        return hits.count == 1 ? hits[0].id : nil
    }
}
