import VeilederText

/// Collects the terms of topics' texts and turns them into a `TopicIndex`.
///
/// Two passes: first every word of every topic (so the vocabulary is complete), then compound
/// parts, which may only be words some topic uses ("skolefravær" splits into "skole" and "fravær"
/// only if both occur somewhere in the guide).
struct TopicIndexBuilder {
    /// A word occurrence kept for the second pass.
    private struct Occurrence {
        var topic: Int
        var key: String
        var weight: Float
        var isPhrase: Bool
    }

    let analyzers: AnalyzerSet
    private var topics: [TopicIndex.TopicEntry] = []
    private var termIDs: [String: Int32] = [:]
    private var terms: [String] = []
    /// Term id → topic → weighted frequency (all fields, and titles/keywords/examples only).
    private var frequencies: [[Int32: (all: Float, phrase: Float)]] = []
    private var bigrams: [UInt64: Set<Int32>] = [:]
    private var surfaceTerms: [String: Int32] = [:]
    private var occurrences: [Occurrence] = []
    /// Distinct terms of every phrase (title, keyword, example) and the topic it belongs to.
    private var phrases: [(topic: Int32, terms: [Int32])] = []
    /// Every distinct word as written → its term, for finding the words another locale translates.
    private var writtenWords: [String: Int32] = [:]

    /// Starts collecting; texts are analysed with the primary analyzer.
    init(analyzers: AnalyzerSet) {
        self.analyzers = analyzers
    }

    /// Opens a new topic; following `add` calls belong to it.
    mutating func beginTopic(id: String, category: Category) {
        topics.append(.init(id: id, category: category, length: 0))
    }

    /// Adds one text of the current topic with a field weight. Titles, keywords and examples are
    /// phrases (bigrams, nearest-phrase similarity); bot content only adds term frequency.
    mutating func add(_ text: String, weight: Double, isPhrase: Bool = true) {
        guard let topic = topics.indices.last else { return }
        var previous: Int32?
        var phraseTerms: [Int32] = []
        defer { if isPhrase, !phraseTerms.isEmpty { phrases.append((Int32(topic), phraseTerms)) } }
        for token in analyzers.analyze(text) {
            guard !analyzers.isStopword(token), !token.isNumber, token.key.count > 1 else { continue }
            let id = termID(TopicIndex.term(of: token))
            record(id, topic: topic, weight: Float(weight), isPhrase: isPhrase)
            if !phraseTerms.contains(id) { phraseTerms.append(id) }
            surfaceTerms[token.key] = surfaceTerms[token.key] ?? id
            surfaceTerms[token.stemKey] = surfaceTerms[token.stemKey] ?? id
            if writtenWords[token.text] == nil { writtenWords[token.text] = id }
            occurrences.append(Occurrence(topic: topic, key: token.key, weight: Float(weight), isPhrase: isPhrase))
            if isPhrase, let previous { bigrams[TopicIndex.bigramKey(previous, id), default: []].insert(Int32(topic)) }
            previous = id
        }
    }

    /// Adds compound parts and builds the index.
    mutating func finish(weights: Router.Configuration) -> TopicIndex {
        let partWeight = weights.compoundPartWeight
        let vocabulary = Vocabulary(words: surfaceTerms.keys.sorted())
        let splitter = CompoundSplitter(vocabulary: vocabulary)
        var splits: [String: [Int32]] = [:]
        for occurrence in occurrences {
            let parts: [Int32]
            if let known = splits[occurrence.key] {
                parts = known
            } else {
                parts = (splitter.split(occurrence.key) ?? []).compactMap { surfaceTerms[$0] }
                splits[occurrence.key] = parts
            }
            for part in parts {
                record(part, topic: occurrence.topic, weight: occurrence.weight * Float(partWeight), isPhrase: occurrence.isPhrase)
            }
        }
        var postings: [[TopicIndex.Posting]] = []
        postings.reserveCapacity(frequencies.count)
        for table in frequencies {
            postings.append(table.sorted { $0.key < $1.key }.map { .init(topic: $0.key, frequency: $0.value.all, phraseFrequency: $0.value.phrase) })
        }
        return TopicIndex(
            topics: topics, termIDs: termIDs, terms: terms, postings: postings,
            bigrams: bigrams.mapValues { $0.sorted() }, surfaceTerms: surfaceTerms, phrases: phrases,
            translations: translations(), weights: weights
        )
    }

    /// Term → the term of its translation, for indexed words that another locale translates: an English
    /// example's "worried" is indexed as itself, but a message's "worried" should also meet "bekymret".
    private func translations() -> [Int32: Int32] {
        var found: [Int32: Int32] = [:]
        // In alphabetical order of the written words, not the dictionary's (which differs from run to run), so a
        // term with two translated spellings gets the same translation every time.
        for (text, id) in writtenWords.sorted(by: { $0.key < $1.key }) where found[id] == nil {
            for (position, analyzer) in analyzers.secondary.enumerated() {
                let other = analyzer.analyzeWord(text)
                guard let translated = analyzers.translatedStems[position][other.stem],
                      let target = termIDs[TopicIndex.term(of: translated)] ?? surfaceTerms[translated.key],
                      target != id else { continue }
                found[id] = target
                break
            }
        }
        return found
    }

    private mutating func termID(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(terms.count)
        termIDs[term] = id
        terms.append(term)
        frequencies.append([:])
        return id
    }

    private mutating func record(_ id: Int32, topic: Int, weight: Float, isPhrase: Bool) {
        frequencies[Int(id)][Int32(topic), default: (0, 0)].all += weight
        if isPhrase { frequencies[Int(id)][Int32(topic), default: (0, 0)].phrase += weight }
        topics[topic].length += Double(weight)
    }
}
