import VeilederText

/// Picks one of the current node's options from free text: "jeg er mamma" picks the parent option,
/// "ja" picks "Ja, nå", "tilbake" picks "Tilbake dit jeg var". Numbers are handled by the engine.
///
/// An option is picked only when the message clearly names it, never on a vague overlap:
/// 1. the message, normalised, equals the option's label or one of its match phrases; or
/// 2. it is a short answer (yes, no, back and their variants) and exactly one label starts that way; or
/// 3. every content word of a label or phrase occurs in the message, and those words make up at least
///    half of the message's content words (so a long concern that merely mentions "mamma" is routed as
///    free text instead).
/// When two options qualify equally, nothing is picked and the text goes on to routing.
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

    /// How strongly a candidate was named; higher wins.
    enum Strength: Int, Comparable {
        case containment = 1
        case shortAnswer = 2
        case exact = 3

        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    let analyzers: AnalyzerSet
    /// The smallest share of the message's content words a contained phrase must cover.
    let minimumCoverage: Double
    /// Keys of short answers ("ja", "jepp", "nei takk", "tilbake").
    let answers: [String: Answer]
    /// Analyses of labels and phrases, shared by every copy of this matcher.
    let phrases = PhraseAnalysisCache()

    /// Creates the matcher.
    public init(languages: [String: LanguageData]) {
        self.init(analyzers: AnalyzerSet(languages: languages))
    }

    /// Creates the matcher on analyzers shared with the router and the crisis detector.
    init(analyzers: AnalyzerSet) {
        self.analyzers = analyzers
        self.minimumCoverage = 0.5
        self.answers = Answer.table(analyzer: analyzers.primary)
    }

    /// A candidate with its label and phrases already analysed, so matching a message costs only the message's
    /// own analysis. The engine prepares every option of every node once per locale.
    public struct Prepared: Sendable {
        /// The option id.
        public let id: String
        /// The label's words.
        let label: Words
        /// The label first, then the phrases; empty texts left out.
        let phrases: [Words]
        /// The short answer the label starts with ("Ja, nå" → yes), if any.
        let labelAnswer: Answer?
    }

    /// Analyses a candidate's label and phrases once, for ``match(_:among:)``.
    public func prepare(_ candidate: Candidate) -> Prepared {
        let analyze = { (text: String) in Words(analyzers.analyze(text)) }
        let label = phrases.words(for: candidate.label, analyze: analyze)
        let all = [label] + candidate.phrases.map { phrases.words(for: $0, analyze: analyze) }
        return Prepared(
            id: candidate.id, label: label, phrases: all.filter { !$0.all.isEmpty },
            labelAnswer: Answer(label.all.prefix(1), table: answers)
        )
    }

    /// The id of the option the text picks, or `nil` when none does clearly.
    public func match(_ text: String, among candidates: [Candidate]) -> String? {
        match(text, among: candidates.map(prepare))
    }

    /// The id of the prepared option the text picks, or `nil` when none does clearly.
    public func match(_ text: String, among candidates: some Sequence<Prepared>) -> String? {
        match(analyzers.analyze(text), among: candidates)
    }

    /// The same, for a message already analysed with the primary analyzer of an `AnalyzerSet` over the same
    /// languages (the engine analyses each message once).
    func match(_ tokens: [AnalyzedToken], among candidates: some Sequence<Prepared>) -> String? {
        let message = Words(tokens)
        guard !message.all.isEmpty else { return nil }
        let messageAnswer = Answer(message.all, table: answers)
        var best: (id: String, strength: Strength, size: Int)?
        var tied = false
        for candidate in candidates {
            guard let (strength, size) = strength(of: candidate, for: message, answer: messageAnswer) else { continue }
            if let current = best {
                if (strength, size) > (current.strength, current.size) {
                    best = (candidate.id, strength, size)
                    tied = false
                } else if strength == current.strength, size == current.size, candidate.id != current.id {
                    tied = true
                }
            } else {
                best = (candidate.id, strength, size)
            }
        }
        return tied ? nil : best?.id
    }

    /// How the message names a candidate (strength, and the number of words that matched), if at all.
    func strength(of candidate: Prepared, for message: Words, answer: Answer?) -> (Strength, Int)? {
        var result: (Strength, Int)?
        func consider(_ strength: Strength, _ size: Int) {
            if result.map({ (strength, size) > ($0.0, $0.1) }) ?? true { result = (strength, size) }
        }
        for phrase in candidate.phrases {
            if phrase.all == message.all || (!phrase.content.isEmpty && phrase.content == message.content) {
                consider(.exact, phrase.all.count)
                continue
            }
            let needed = phrase.content.isEmpty ? phrase.all : phrase.content
            let pool = phrase.content.isEmpty ? message.all : message.content
            guard !pool.isEmpty, needed.allSatisfy({ word in pool.contains { Self.same($0, word) } }) else { continue }
            let covered = pool.filter { word in needed.contains { Self.same($0, word) } }.count
            if Double(covered) / Double(pool.count) >= minimumCoverage { consider(.containment, needed.count) }
        }
        if let answer, candidate.labelAnswer == answer {
            consider(.shortAnswer, 1)
        }
        return result
    }

    /// Two words are the same when their keys or stem keys are, or when a long word differs by one typo.
    static func same(_ a: Words.Word, _ b: Words.Word) -> Bool {
        if a.key == b.key || a.stemKey == b.stemKey { return true }
        // Lengths are kept with the word: counting characters here was a visible share of matching.
        guard a.length >= 6, b.length >= 6, abs(a.scalarCount - b.scalarCount) <= 1 else { return false }
        return DamerauLevenshtein.distance(a.key, b.key, bound: 1) != nil
    }
}
