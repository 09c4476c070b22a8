import VeilederText

/// Ranks topics for a free-text message from their titles, keywords and examples, and decides
/// whether to go straight to the best one, ask "did you mean", or fall back honestly.
///
/// The message is analysed once (keys, stems, dialect forms); each word is tied to indexed terms
/// (exactly, by another locale's form, by a stem prefix, as a compound, or as a typo) and looked up
/// in an inverted index, so only topics that share a term are touched. Scores are BM25 at topic
/// level plus a bonus for word pairs that occur together in a topic's phrases, calibrated to 0...1
/// by how much of the message's information the topic explains (see docs/routing.md).
public struct Router: Sendable {
    /// Thresholds of the routing policy and weights of the scoring.
    public struct Configuration: Sendable, Hashable {
        /// At or above this score, and clear of the runner-up by `goMargin`, the router goes.
        public var goThreshold: Double = 0.5
        /// Below this score the router falls back.
        public var clarifyThreshold: Double = 0.35
        /// Below this coverage of the best topic (the share of the message's information its vocabulary
        /// explains) the router falls back whatever the score: a message that is mostly about something
        /// the guide has no words for is out of scope, even when one of its words is known.
        public var minimumCoverage: Double = 0.25
        /// Below this sum of the best topic's coverage and evidence the router falls back: the less of the
        /// message the topic explains, the more evidence (matched topic words) it needs (coverage 0.5 needs
        /// evidence 0.7; coverage 0.3 needs 0.9).
        public var minimumSupport: Double = 1.28
        /// At or above this coverage the support test is passed whatever the evidence (on a small guide even a
        /// clear one-word message has little BM25 evidence). Above 0.5, so that a lone word seen in one example
        /// only (it explains half its share: `reliableFrequency`) is not enough: "hva er 15 prosent av 200".
        public var sufficientCoverage: Double = 0.55
        /// Above this share of the message's information in unknown words the router falls back: a message
        /// mostly about things the guide has no words for is out of scope, however well its known words fit. 0.7
        /// rather than 0.5: fresh questions (the session-4 testers) carry more words the guide has never seen, and
        /// above 0.6 the coverage and support tests already turn away what this one would.
        public var maximumUnknownShare: Double = 0.7
        /// How far the best topic must lead the runner-up to go without asking.
        public var goMargin: Double = 0.12
        /// Candidates within this fraction of the best score are offered when clarifying.
        public var clarifyRatio: Double = 0.6
        /// The most topics offered when clarifying.
        public var maxClarifyCandidates: Int = 3
        /// BM25 term-frequency saturation.
        public var k1: Double = 1.2
        /// BM25 length normalisation (topics with many examples are not penalised much).
        public var b: Double = 0.3
        /// Field weight of a topic's title.
        public var titleWeight: Double = 3
        /// Field weight of a keyword (editors chose it, so it counts like several examples).
        public var keywordWeight: Double = 3
        /// Weighted frequency at which a term fully explains its share of a message; a word seen once in
        /// one example explains only half (it may be incidental there: "morgen", "tilbake").
        public var reliableFrequency: Double = 2
        /// Field weight of an example phrase.
        public var exampleWeight: Double = 1
        /// Weight of a compound's part, relative to the whole word.
        public var compoundPartWeight: Double = 0.6
        /// Trust in a word placed by another locale's forms or translations.
        public var otherLocaleWeight: Double = 0.9
        /// Trust in a word tied by a stem prefix.
        public var stemPrefixWeight: Double = 0.7
        /// Whether an exactly matched word also stands for the indexed terms it differs from only by an
        /// inflection ending, at `stemPrefixWeight`.
        public var endingRelatives: Bool = true
        /// Whether an exactly matched word that another locale translates also stands for its translation, at
        /// `otherLocaleWeight`.
        public var translationRelatives: Bool = true
        /// Trust in a corrected typo (distance 1; distance 2 gets 80 % of it).
        public var typoWeight: Double = 0.75
        /// Bonus for an adjacent word pair found in a topic, in units of the pair's mean idf.
        public var bigramBonus: Double = 0.5
        /// Field weight of a topic's bot texts (bubbles and option labels of its nodes), when the router is
        /// built from a whole guide: they know the topic's vocabulary ("logoped", "hørsel") but also say
        /// much in passing, so they count a little.
        public var contentWeight: Double = 0.25
        /// The most of a word's share of the message that bot texts alone can explain for a topic (0...1):
        /// a word found only in a topic's bot texts, however often, counts as at most this much covered, so
        /// node texts raise a topic its examples and keywords support but cannot alone pull a question in.
        public var contentReliability: Double = 1
        /// Share of the score that comes from the similarity to the topic's closest phrase.
        public var neighbourWeight: Double = 0.4
        /// How many topics (strongest raw evidence first) get the full score; the rest cannot win.
        public var shortlistSize: Int = 16
        /// The most postings kept per term (its strongest topics): bounds the work a common word causes in a
        /// large guide. The idf still counts every topic. 0 keeps all.
        public var postingCap: Int = 128
        /// Terms with a lower idf are left out of the nearest-phrase similarity (they are in most topics).
        public var minimumNeighbourIDF: Double = 0.3
        /// Raw BM25 evidence at which the evidence factor reaches 1 - 1/e.
        public var evidenceScale: Double = 3
        /// Share of a term's idf taken from its rarity among phrases rather than among topics (0...1),
        /// rescaled to the topic idf's range.
        public var phraseIDFShare: Double = 0.5
        /// Creates the defaults.
        public init() {}
    }

    let index: TopicIndex
    let analyzers: AnalyzerSet
    /// Everyday idioms (the crisis files' `idioms`): their words count as unknown ("slå plenen" is no anger).
    let idioms: PhraseMatcher
    let configuration: Configuration
    /// Reusable scoring buffers (see `ScoringScratch`).
    let scratchPool = ScoringScratchPool()

    /// Builds the router's index; words inside one of `idioms` count as unknown.
    public init(topics: [Topic], languages: [String: LanguageData], idioms: [String] = [], configuration: Configuration = .init()) {
        let analyzers = AnalyzerSet(languages: languages)
        self.analyzers = analyzers
        self.idioms = PhraseMatcher.idioms(idioms, analyzers: analyzers)
        self.configuration = configuration
        self.index = TopicIndex(topics: topics, analyzers: analyzers, weights: configuration)
    }

    /// Builds the router's index from topics and each topic's bot texts (`content`, same order; for tests).
    init(topics: [Topic], content: [[String]], languages: [String: LanguageData], configuration: Configuration = .init()) {
        let analyzers = AnalyzerSet(languages: languages)
        self.analyzers = analyzers
        self.idioms = PhraseMatcher.idioms([], analyzers: analyzers)
        self.configuration = configuration
        self.index = TopicIndex(topics: topics, content: content, analyzers: analyzers, weights: configuration)
    }

    /// Builds the router from a whole guide: topics plus the bot texts of each topic's nodes.
    public init(guide: Guide, configuration: Configuration = .init()) {
        self.init(guide: guide, analyzers: AnalyzerSet(languages: guide.languages), configuration: configuration)
    }

    /// The same, on analyzers shared with the crisis detector and the option matcher, and with its compiled
    /// idioms when given (the guide's crisis idioms are compiled otherwise).
    init(guide: Guide, analyzers: AnalyzerSet, idioms: PhraseMatcher? = nil, configuration: Configuration = .init()) {
        let content = guide.topics.map { topic in
            guide.nodes.values.filter { $0.topicID == topic.id }.sorted { $0.id < $1.id }
                .flatMap { node in node.lines.map(\.text) + node.options.map(\.label) }
        }
        self.analyzers = analyzers
        self.idioms = idioms ?? PhraseMatcher.idioms(guide.crisisRules.idioms, analyzers: analyzers)
        self.configuration = configuration
        self.index = TopicIndex(topics: guide.topics, content: content, analyzers: analyzers, weights: configuration)
    }

    /// Ranks topics for a message and decides.
    public func route(_ text: String) -> RouteResult {
        route(tokens: analyzers.analyze(text))
    }

    /// The same, for a message already analysed with the primary analyzer of an `AnalyzerSet` over the same
    /// languages.
    func route(tokens: [AnalyzedToken]) -> RouteResult {
        let words = resolve(tokens)
        return decide(words, scores: score(words))
    }

    /// The policy's decision for resolved words and their topic scores (best first).
    func decide(_ words: [TopicIndex.ResolvedWord], scores: [ScoredTopic]) -> RouteResult {
        decide(
            scores.map { $0.topicScore(in: index) }, bestCoverage: scores.first?.coverage ?? 0,
            bestEvidence: scores.first?.evidence ?? 0, unknownShare: Self.unknownShare(words)
        )
    }

    /// Ranks and decides, keeping every intermediate step for `veileder explain` and tests.
    public func explain(_ text: String) -> RouteExplanation {
        let words = resolve(analyzers.analyze(text))
        let scores = score(words)
        let result = decide(words, scores: scores)
        return RouteExplanation(
            words: words.map { word in
                RouteExplanation.Word(
                    text: word.token.text, key: word.token.key, stemKey: word.token.stemKey,
                    resolution: word.resolution.rawValue,
                    terms: word.terms.map { index.terms[Int($0.term)] }, weights: word.terms.map(\.weight),
                    information: word.informationWeight
                )
            },
            topics: scores.prefix(8).map { scored in
                RouteExplanation.TopicStep(
                    topicID: index.topics[scored.topic].id, raw: scored.raw, bigramBonus: scored.bonus,
                    coverage: scored.coverage, evidence: scored.evidence, neighbour: scored.neighbour, score: scored.score
                )
            },
            result: result
        )
    }

    /// The message's words, analysed and tied to indexed terms; words inside an idiom count as unknown.
    func resolve(_ tokens: [AnalyzedToken]) -> [TopicIndex.ResolvedWord] {
        let covered = idioms.phrases.isEmpty ? [:] : PhraseMatcher.coveredPositions(idioms.matches(in: tokens))
        return index.resolve(tokens, analyzers: analyzers, weights: configuration, idiomPositions: covered)
    }

    /// The share of a message's information carried by words the index does not know.
    static func unknownShare(_ words: [TopicIndex.ResolvedWord]) -> Double {
        var total = 0.0
        var unknown = 0.0
        for word in words {
            total += word.informationWeight
            if word.resolution == .unknown || word.resolution == .idiom { unknown += word.informationWeight }
        }
        return total > 0 ? unknown / total : 0
    }

    /// Number of topics and distinct terms indexed.
    public var statistics: (topics: Int, terms: Int) {
        (index.topics.count, index.terms.count)
    }
}
