/// Every step the router took for one message: how each word was read, how each topic scored, and
/// the decision. For `veileder explain`, editors tuning examples, and tests.
public struct RouteExplanation: Sendable, Hashable {
    /// One message word.
    public struct Word: Sendable, Hashable {
        /// As written.
        public var text: String
        /// Matching key.
        public var key: String
        /// Stem key.
        public var stemKey: String
        /// How it was tied to the index: exact, surface, otherLocale, stemPrefix, compound, typo,
        /// unknown or ignored.
        public var resolution: String
        /// The indexed terms it stands for.
        public var terms: [String]
        /// The trust in each of `terms`.
        public var weights: [Double]
        /// Its share of the message's information (idf).
        public var information: Double
    }

    /// One topic's score and its parts.
    public struct TopicStep: Sendable, Hashable {
        /// The topic id.
        public var topicID: String
        /// BM25 plus bigram bonus.
        public var raw: Double
        /// The bigram bonus in `raw`.
        public var bigramBonus: Double
        /// Share of the message's information explained (0...1).
        public var coverage: Double
        /// Saturated raw evidence (0...1).
        public var evidence: Double
        /// Similarity to the topic's closest phrase (0...1).
        public var neighbour: Double
        /// The calibrated score (0...1).
        public var score: Double
    }

    /// The message's words, in order.
    public var words: [Word]
    /// The best topics (at most eight), best first.
    public var topics: [TopicStep]
    /// What `route(_:)` returns.
    public var result: RouteResult

    /// One readable line per step.
    public var steps: [String] {
        var lines: [String] = []
        for word in words {
            let terms = zip(word.terms, word.weights).map { "\($0)×\(Self.format($1))" }.joined(separator: ", ")
            lines.append("word \(word.text) [\(word.key)/\(word.stemKey)] \(word.resolution)"
                + (terms.isEmpty ? "" : " → \(terms)") + " info \(Self.format(word.information))")
        }
        for topic in topics {
            lines.append("topic \(topic.topicID): raw \(Self.format(topic.raw)) (bigrams \(Self.format(topic.bigramBonus))), "
                + "coverage \(Self.format(topic.coverage)), evidence \(Self.format(topic.evidence)), neighbour \(Self.format(topic.neighbour)) → \(Self.format(topic.score))")
        }
        lines.append("decision: \(result.decision.rawValue) " + result.candidates.map(\.topicID).joined(separator: ", "))
        return lines
    }

    /// Two decimals, without Foundation's formatter.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
