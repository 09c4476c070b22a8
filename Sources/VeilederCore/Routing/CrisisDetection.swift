/// A crisis signal found in a message.
public struct CrisisDetection: Sendable, Hashable {
    /// The kind of crisis.
    public var kind: CrisisKind
    /// The pattern that matched.
    public var patternID: String
    /// The phrase that matched, as written in the pattern file.
    public var phrase: String
    /// The locale file the pattern came from.
    public var locale: String
    /// The message words that matched the phrase, as the user wrote them.
    public var matchedWords: [String]

    /// Creates a detection.
    public init(kind: CrisisKind, patternID: String, phrase: String, locale: String = "", matchedWords: [String] = []) {
        self.kind = kind
        self.patternID = patternID
        self.phrase = phrase
        self.locale = locale
        self.matchedWords = matchedWords
    }
}

/// Everything the crisis detector saw in one message, for `veileder explain`, tests and editors
/// checking why a message did or did not show the emergency numbers.
public struct CrisisExplanation: Sendable, Hashable {
    /// One phrase occurrence and what became of it.
    public struct Candidate: Sendable, Hashable {
        /// The detection this occurrence would give.
        public var detection: CrisisDetection
        /// Message token positions of the phrase's words.
        public var positions: [Int]
        /// The idiom that cancelled it, or `nil` if it counts.
        public var suppressedBy: String?
        /// The discussion cue that left it to the word weights (every word it matched lies in a topic's name, and the
        /// message is homework, news or teaching about it), or `nil`.
        public var discussedBy: String?

        /// Whether it makes the message a crisis.
        public var counts: Bool { suppressedBy == nil && discussedBy == nil }
    }

    /// One message word in the forms the detector compares.
    public struct Word: Sendable, Hashable {
        /// The word as written.
        public var text: String
        /// Its matching key (case, æøå, doubled letters and dialect forms folded).
        public var key: String
        /// The key of its stem.
        public var stemKey: String
    }

    /// An idiom found in the message and the positions it covers.
    public struct IdiomOccurrence: Sendable, Hashable {
        /// The idiom as written in the pattern file.
        public var idiom: String
        /// Message token positions of its words.
        public var positions: [Int]
    }

    /// The message's words.
    public var words: [Word]
    /// Idioms found in the message.
    public var idioms: [IdiomOccurrence]
    /// Every phrase occurrence, suppressed ones included, most severe first.
    public var candidates: [Candidate]
    /// The stem key of each word as the word weights read it: empty for a word an idiom covers. What
    /// `scripts/train-crisis-weights` trains on, through `veileder explain --json`.
    public var weightedKeys: [String] = []
    /// The detection `detect(_:)` returns: the most severe candidate that was not suppressed.
    public var result: CrisisDetection? {
        candidates.first { $0.counts }?.detection
    }

    /// A readable multi-line account, one step per line.
    public var steps: [String] {
        var lines = ["words: " + words.map { "\($0.text)[\($0.key)/\($0.stemKey)]" }.joined(separator: " ")]
        for occurrence in idioms { lines.append("idiom \"\(occurrence.idiom)\" at \(occurrence.positions)") }
        for candidate in candidates {
            let status = candidate.suppressedBy.map { "suppressed by idiom \"\($0)\"" }
                ?? candidate.discussedBy.map { "a topic's name in a discussion (\"\($0)\"): left to the word weights" }
                ?? "counts"
            lines.append("\(candidate.detection.kind.rawValue) \(candidate.detection.patternID) "
                + "\"\(candidate.detection.phrase)\" at \(candidate.positions): \(status)")
        }
        lines.append("result: " + (result.map { "\($0.kind.rawValue) (\($0.patternID))" } ?? "no crisis"))
        return lines
    }
}
