import VeilederText

/// Checks every message for crisis signals before anything else.
///
/// The patterns of every locale (`Locales/<locale>/crisis.yaml`) are compiled into one
/// `PhraseMatcher`; the message is analysed once (keys, stems, dialect forms) and looked up word by
/// word. An occurrence is dropped only when one of its words lies inside an everyday idiom
/// ("slå plenen", "døde av latter"). Negation never cancels a match: "jeg har aldri tenkt på
/// selvmord" still shows the emergency numbers. A missed crisis costs far more than numbers shown
/// once too often, and "ikke" is part of many real signals ("vil ikke leve").
///
/// One narrow exception: when every phrase that counts lies inside a topic's name (the rules' discussion topics,
/// nouns such as "tvangsekteskap" or "selvmord") and the message also has a discussion cue ("samfunnsfag",
/// "foreldremøte", "nyhetene"), it is talk about the topic (homework, teaching, news, routines), and the word
/// weights decide as if no phrase had matched. Any phrase with a word outside the names ("vil ta livet mitt",
/// "voldtok", "selvmordstanker", "kms") still counts.
public struct CrisisDetector: Sendable {
    /// Tunable behaviour.
    public struct Configuration: Sendable, Hashable {
        /// The most other words allowed between two neighbouring words of a phrase.
        public var maxGap: Int
        /// The most other words allowed inside an idiom (0: idioms are fixed expressions).
        public var idiomMaxGap: Int

        /// Creates a configuration; the defaults are the documented behaviour.
        public init(maxGap: Int = 2, idiomMaxGap: Int = 0) {
            self.maxGap = maxGap
            self.idiomMaxGap = idiomMaxGap
        }
    }

    /// Crisis kinds from most to least urgent; when one message matches several, the first wins
    /// (the engine shows the numbers either way, this only picks the flow that follows them).
    public static let severityOrder: [CrisisKind] = [
        .suicidal, .weaponThreat, .rape, .sexualAbuse, .selfHarm, .violence, .sextortion, .forcedMarriage, .unsafeNow,
        .indirect,
    ]

    let rules: CrisisRules
    let analyzers: AnalyzerSet
    let patterns: PhraseMatcher
    let idioms: PhraseMatcher
    let topics: PhraseMatcher
    let discussion: PhraseMatcher

    /// Builds the detector from all locales' patterns.
    public init(rules: CrisisRules, languages: [String: LanguageData], configuration: Configuration = .init()) {
        self.init(rules: rules, analyzers: AnalyzerSet(languages: languages), configuration: configuration)
    }

    /// Builds the detector on analyzers shared with the router and the option matcher.
    init(rules: CrisisRules, analyzers: AnalyzerSet, configuration: Configuration = .init()) {
        self.rules = rules
        self.analyzers = analyzers
        var phrases: [(text: String, owner: Int, analyzers: [TextAnalyzer])] = []
        for (index, pattern) in rules.patterns.enumerated() {
            let own = [analyzers.analyzer(for: pattern.locale), analyzers.primary]
            for phrase in pattern.phrases { phrases.append((phrase, index, own)) }
        }
        self.patterns = PhraseMatcher(phrases: phrases, maxGap: configuration.maxGap, fuzzyPrefixes: true)
        // Idioms carry no locale; any spelling meets them.
        self.idioms = PhraseMatcher.idioms(rules.idioms, analyzers: analyzers, maxGap: configuration.idiomMaxGap)
        // Topics through the primary analyzer only: the English stemmer would cut "tvangsgifting" to the stem of the
        // verb "tvangsgiftet", and a verb is a report, not a topic.
        self.topics = PhraseMatcher(
            phrases: rules.discussionTopics.enumerated().map { ($1, $0, [analyzers.primary]) }, maxGap: configuration.idiomMaxGap
        )
        self.discussion = PhraseMatcher.idioms(rules.discussionCues, analyzers: analyzers, maxGap: configuration.idiomMaxGap)
    }

    /// The most severe crisis signal in the text, or `nil`.
    public func detect(_ text: String) -> CrisisDetection? {
        explain(text).result
    }

    /// Every signal in the text that counts (no idiom cancelled it, no discussion cue left it to the weights), most
    /// severe first.
    public func detectAll(_ text: String) -> [CrisisDetection] {
        explain(text).candidates.filter(\.counts).map(\.detection)
    }

    /// The detector's every step for one message: tokens, idioms, phrase occurrences and the result.
    public func explain(_ text: String) -> CrisisExplanation {
        explain(tokens: analyzers.analyze(text))
    }

    /// The same, for a message already analysed with the primary analyzer of an `AnalyzerSet` over the same
    /// languages.
    func explain(tokens: [AnalyzedToken]) -> CrisisExplanation {
        let idiomMatches = idioms.matches(in: tokens)
        let covered = PhraseMatcher.coveredPositions(idiomMatches).mapValues { idioms.phrases[$0].text }
        var candidates: [CrisisExplanation.Candidate] = []
        for match in patterns.matches(in: tokens) {
            let phrase = patterns.phrases[match.phrase]
            let pattern = rules.patterns[phrase.owner]
            let detection = CrisisDetection(
                kind: pattern.kind, patternID: pattern.id, phrase: phrase.text, locale: pattern.locale,
                matchedWords: match.positions.map { tokens[$0].text }
            )
            let suppressor = match.positions.lazy.compactMap { covered[$0] }.first
            candidates.append(.init(detection: detection, positions: match.positions, suppressedBy: suppressor))
        }
        if let cue = discussionCue(tokens, candidates) {
            for index in candidates.indices where candidates[index].counts { candidates[index].discussedBy = cue }
        }
        candidates.sort { Self.precedes($0, $1) }
        // The weights read the stem keys outside idioms: a word an idiom covers counts for nothing, as for phrases.
        let weightedKeys = tokens.indices.map { covered[$0] == nil ? tokens[$0].stemKey : "" }
        if let weighed = weighedCandidate(weightedKeys, counting: candidates.contains(where: \.counts)) {
            candidates.append(weighed)
        }
        return CrisisExplanation(
            words: tokens.map { .init(text: $0.text, key: $0.key, stemKey: $0.stemKey) },
            idioms: idiomMatches.map { .init(idiom: idioms.phrases[$0.phrase].text, positions: $0.positions) },
            candidates: candidates, weightedKeys: weightedKeys
        )
    }

    /// The discussion cue that makes the counting candidates talk about a topic: every word they matched lies
    /// inside a topic's name, and a cue stands outside them. Cheap when no phrase counts (the common case).
    private func discussionCue(_ tokens: [AnalyzedToken], _ candidates: [CrisisExplanation.Candidate]) -> String? {
        let counting = candidates.filter(\.counts)
        guard !counting.isEmpty else { return nil }
        let named = PhraseMatcher.coveredPositions(topics.matches(in: tokens))
        let taken = Set(counting.flatMap(\.positions))
        guard !taken.isEmpty, taken.allSatisfy({ named[$0] != nil }) else { return nil }
        return discussion.matches(in: tokens).first { $0.positions.allSatisfy { !taken.contains($0) } }
            .map { discussion.phrases[$0.phrase].text }
    }

    /// The word weights' verdict when no phrase counts: a candidate of kind `indirect` at or above the threshold,
    /// whose `matchedWords` are the terms that weighed most (stem keys, not the words as written).
    /// Phrases go first because editors can read and fix them; the weights only reach what no phrase does.
    private func weighedCandidate(_ keys: [String], counting: Bool) -> CrisisExplanation.Candidate? {
        guard !counting, let weights = rules.weights else { return nil }
        let probability = weights.probability(stemKeys: keys)
        guard probability >= weights.threshold else { return nil }
        let strongest = weights.score(stemKeys: keys).strongest
        let detection = CrisisDetection(
            kind: .indirect, patternID: "crisis-weights",
            phrase: "word weights \(Int((probability * 100).rounded())) % (threshold \(Int((weights.threshold * 100).rounded())) %)",
            locale: Guide.sourceLocale, matchedWords: strongest
        )
        return .init(detection: detection, positions: [], suppressedBy: nil)
    }

    /// Counts everyone will want in `veileder check` output and the benchmarks.
    public var statistics: (patterns: Int, phrases: Int, idioms: Int) {
        (rules.patterns.count, patterns.phrases.count, idioms.phrases.count)
    }

    /// Order of candidates: counting ones first, then by severity, then longer phrases, then position.
    static func precedes(_ a: CrisisExplanation.Candidate, _ b: CrisisExplanation.Candidate) -> Bool {
        if a.counts != b.counts { return a.counts }
        let rankA = severityOrder.firstIndex(of: a.detection.kind) ?? severityOrder.count
        let rankB = severityOrder.firstIndex(of: b.detection.kind) ?? severityOrder.count
        if rankA != rankB { return rankA < rankB }
        if a.positions.count != b.positions.count { return a.positions.count > b.positions.count }
        return a.positions.lexicographicallyPrecedes(b.positions)
    }
}
