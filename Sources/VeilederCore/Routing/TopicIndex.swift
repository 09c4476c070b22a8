import Foundation
import VeilederText

/// The router's inverted index: normalised terms of every topic's title, keywords and examples,
/// mapped to postings (topic, weighted term frequency).
///
/// A term is the stem key of a word (`AnalyzedToken.stemKey`, see `term(of:)`): case, æ/ø/å and their ASCII spellings,
/// doubled letters, dialect forms and inflection that Snowball knows are all folded away. Compound
/// words are also indexed by their parts ("skolefravær" → "skole", "fravær") at a lower weight, so
/// "fravær på skolen" meets a topic that only says "skolefravær". Built once per guide; immutable.
struct TopicIndex: Sendable {
    /// One topic's share of a term.
    struct Posting: Sendable, Hashable {
        /// Index into `topics`.
        var topic: Int32
        /// Weighted term frequency: the sum of the field weights of every occurrence.
        var frequency: Float
        /// The part of `frequency` from titles, keywords and examples (the rest comes from bot texts).
        var phraseFrequency: Float = 0
    }

    /// What was indexed for a topic.
    struct TopicEntry: Sendable, Hashable {
        /// The topic id.
        var id: String
        /// The topic's concern.
        var category: Category
        /// Weighted number of terms (document length for BM25).
        var length: Double
    }

    /// The indexed topics, in guide order.
    let topics: [TopicEntry]
    /// Term → term id.
    let termIDs: [String: Int32]
    /// Term id → the term.
    let terms: [String]
    /// Term id → postings, by topic index.
    let postings: [[Posting]]
    /// Term id → BM25 inverse document frequency over topics.
    let idf: [Double]
    /// The idf an unseen word would get (df = 0): unknown words weigh as much as the rarest ones.
    let unknownIDF: Double
    /// Each topic's length, contiguous for the scoring loop.
    let topicLengths: [Double]
    /// Mean topic length.
    let averageLength: Double
    /// Adjacent term pairs of a topic's phrases (bigram key → topics), for the phrase bonus.
    let bigrams: [UInt64: [Int32]]
    /// Matching key or stem key of every indexed word → its term id (for typo and compound lookups).
    let surfaceTerms: [String: Int32]
    /// The surface words, for typo correction.
    let vocabulary: Vocabulary
    /// Splits unknown compounds into indexed words.
    let splitter: CompoundSplitter
    /// Topic of each indexed phrase (title, keyword or example).
    let phraseTopics: [Int32]
    /// Sum of the idf of each phrase's distinct terms: its size for the similarity measure.
    let phraseNorms: [Double]
    /// Term id → phrases that contain it (phrase-level postings, for nearest-example similarity), in
    /// phrase order, which is topic order.
    let phrasePostings: [[Int32]]
    /// Term id → the topic of each entry of `phrasePostings` (non-decreasing), for searching by topic.
    let phrasePostingTopics: [[Int32]]
    /// Stem prefix (4+ letters) → longer terms it starts, for stems Snowball leaves apart
    /// ("bekymr" and "bekymring", "mob" and "mobing").
    let extensions: [String: [Int32]]
    /// Term id → the term of its translation, for indexed words another locale translates ("worried", from an
    /// English example, → "bekymret").
    let translations: [Int32: Int32]
    /// Term id → the terms its stem reaches through an ending (`stemPrefixTerms`), computed once: an exactly
    /// matched word also stands for these.
    private(set) var stemRelatives: [[Int32]]

    /// Indexes `topics` with the primary analyzer, weighting titles, keywords and examples; `content`
    /// holds each topic's bot texts (same order as `topics`, may be empty), indexed at a low weight.
    init(topics: [Topic], content: [[String]] = [], analyzers: AnalyzerSet, weights: Router.Configuration) {
        var builder = TopicIndexBuilder(analyzers: analyzers)
        for (index, topic) in topics.enumerated() {
            builder.beginTopic(id: topic.id, category: topic.category)
            builder.add(topic.title, weight: weights.titleWeight)
            for keyword in topic.keywords { builder.add(keyword, weight: weights.keywordWeight) }
            for example in topic.examples { builder.add(example, weight: weights.exampleWeight) }
            if index < content.count {
                for text in content[index] { builder.add(text, weight: weights.contentWeight, isPhrase: false) }
            }
        }
        self = builder.finish(weights: weights)
    }

    /// Assembles an index from built parts (used by `TopicIndexBuilder`).
    init(
        topics: [TopicEntry], termIDs: [String: Int32], terms: [String], postings: [[Posting]],
        bigrams: [UInt64: [Int32]], surfaceTerms: [String: Int32], phrases: [(topic: Int32, terms: [Int32])],
        translations: [Int32: Int32] = [:], weights: Router.Configuration
    ) {
        self.translations = translations
        self.topics = topics
        self.termIDs = termIDs
        self.terms = terms
        let count = Double(topics.count)
        let averageLength = topics.isEmpty ? 1 : max(1, topics.map(\.length).reduce(0, +) / count)
        self.postings = Self.capped(postings, cap: weights.postingCap, topics: topics, averageLength: averageLength, weights: weights)
        // Two views of rarity, blended by `phraseShare`: over topics (the BM25 idf) and over phrases. With few
        // topics the first is coarse ("skole" occurs in every topic's examples, so it says nothing), while
        // the phrase view still tells a word that a handful of examples use from one that half of them do.
        var phraseFrequency = [Int](repeating: 0, count: terms.count)
        for phrase in phrases { for term in phrase.terms { phraseFrequency[Int(term)] += 1 } }
        let phraseCount = Double(max(1, phrases.count))
        let topicIDF = postings.map { list in
            let df = Double(list.count)
            return log1p((count - df + 0.5) / (df + 0.5))
        }
        let share = weights.phraseIDFShare
        let topicUnknown = log1p((count + 0.5) / 0.5)
        let phraseUnknown = log1p((phraseCount + 0.5) / 0.5)
        let scale = topicUnknown / phraseUnknown
        self.idf = topicIDF.indices.map { term in
            let pf = Double(phraseFrequency[term])
            let phraseIDF = pf == 0 ? topicIDF[term] : log1p((phraseCount - pf + 0.5) / (pf + 0.5)) * scale
            return (1 - share) * topicIDF[term] + share * phraseIDF
        }
        self.unknownIDF = topicUnknown
        self.topicLengths = topics.map(\.length)
        self.averageLength = averageLength
        self.bigrams = bigrams
        self.surfaceTerms = surfaceTerms
        let idf = self.idf
        self.phraseTopics = phrases.map(\.topic)
        self.phraseNorms = phrases.map { $0.terms.reduce(0) { $0 + idf[Int($1)] } }
        var phrasePostings = [[Int32]](repeating: [], count: terms.count)
        for (index, phrase) in phrases.enumerated() {
            for term in phrase.terms { phrasePostings[Int(term)].append(Int32(index)) }
        }
        self.phrasePostings = phrasePostings
        let phraseTopics = self.phraseTopics
        self.phrasePostingTopics = phrasePostings.map { list in list.map { phraseTopics[Int($0)] } }
        let words = surfaceTerms.keys.sorted()
        self.vocabulary = Vocabulary(words: words)
        self.splitter = CompoundSplitter(vocabulary: vocabulary)
        var extensions: [String: [Int32]] = [:]
        for (id, term) in terms.enumerated() where term.count >= 5 {
            let scalars = Array(term.unicodeScalars)
            // Every prefix that leaves at most 4 letters off: "bekymring" is reached from "bekymr".
            for length in max(3, scalars.count - 4)..<scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[0..<length])
                extensions[String(view), default: []].append(Int32(id))
            }
        }
        self.extensions = extensions
        self.stemRelatives = []
        self.stemRelatives = terms.indices.map { id in stemPrefixTerms(terms[id]).filter { $0 != Int32(id) } }
    }

    /// Keeps each term's `cap` strongest postings (by BM25 term-frequency weight), in topic order. Static
    /// index pruning: a word used by thousands of topics says little about any one of them (its idf, computed
    /// before the cap, is low), and walking all of its postings would make every message pay for the size of
    /// the guide. A topic left out of a common word's list can still be found through its rarer words.
    static func capped(
        _ postings: [[Posting]], cap: Int, topics: [TopicEntry], averageLength: Double, weights: Router.Configuration
    ) -> [[Posting]] {
        guard cap > 0 else { return postings }
        let k1 = weights.k1
        let b = weights.b
        return postings.map { list in
            guard list.count > cap else { return list }
            func strength(_ posting: Posting) -> Double {
                let frequency = Double(posting.frequency)
                let norm = k1 * (1 - b + b * topics[Int(posting.topic)].length / averageLength)
                return frequency / (frequency + norm)
            }
            let kept = list.sorted { strength($0) != strength($1) ? strength($0) > strength($1) : $0.topic < $1.topic }
            return kept.prefix(cap).sorted { $0.topic < $1.topic }
        }
    }

    /// The term a word is indexed and looked up by: its stem key. Stems join inflected forms ("venn",
    /// "vennen", "venner"); the price is the odd collision of short stems ("vite", "vits"), which the
    /// coverage part of the score keeps small.
    static func term(of token: AnalyzedToken) -> String {
        token.stemKey
    }

    /// The key of an adjacent term pair.
    static func bigramKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }
}
