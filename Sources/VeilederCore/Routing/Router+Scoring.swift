import Foundation

extension Router {
    /// One topic's score for a message, with the parts it was made of.
    struct ScoredTopic: Sendable, Hashable {
        /// Index into the router's topics.
        var topic: Int
        /// BM25 over the message's terms, bigram bonus included.
        var raw: Double
        /// The bigram part of `raw`.
        var bonus: Double
        /// Share of the message's information the topic explains (0...1).
        var coverage: Double
        /// `1 - exp(-raw / evidenceScale)`: how much evidence there is at all (0...1).
        var evidence: Double
        /// Similarity (Dice, idf-weighted) to the topic's closest phrase (0...1).
        var neighbour: Double
        /// The calibrated score (0...1).
        var score: Double

        /// The public form.
        func topicScore(in index: TopicIndex) -> TopicScore {
            let entry = index.topics[topic]
            return TopicScore(topicID: entry.id, category: entry.category, score: score)
        }
    }

    /// Scores every topic that shares a term with the message, best first.
    ///
    /// Raw BM25 alone cannot tell "fits well" from "shares one common word", and it grows with the
    /// message's length; so the calibrated score multiplies two bounded factors: coverage (how much of
    /// the message's information, idf-weighted, this topic accounts for; unknown words count against
    /// every topic) and evidence (saturating raw BM25). Both must be high for a confident `go`.
    func score(_ words: [TopicIndex.ResolvedWord]) -> [ScoredTopic] {
        let count = index.topics.count
        let totalInformation = words.reduce(0) { $0 + $1.informationWeight }
        guard count > 0, totalInformation > 0 else { return [] }
        var raw = [Double](repeating: 0, count: count)
        var explained = [Double](repeating: 0, count: count)
        var wordShare = [Double](repeating: 0, count: count)
        var stamp = [Int32](repeating: -1, count: count)
        var touched: [Int32] = []
        // A term repeated by several words counts once in BM25, with its best weight; the word that first
        // carries that weight adds it, so one pass over the postings does both sums.
        var termWeights: [Int32: Double] = [:]
        var owners: [Int32: Int] = [:]
        for (position, word) in words.enumerated() {
            for weighted in word.terms where weighted.weight > termWeights[weighted.term] ?? 0 {
                termWeights[weighted.term] = weighted.weight
                owners[weighted.term] = position
            }
        }
        let k1 = configuration.k1
        let b = configuration.b
        let lengthScale = k1 * b / index.averageLength
        for (position, word) in words.enumerated() {
            for weighted in word.terms {
                let idf = index.idf[Int(weighted.term)]
                let addsBM25 = owners[weighted.term] == position
                if addsBM25 { owners[weighted.term] = -1 }
                for posting in index.postings[Int(weighted.term)] {
                    let topic = Int(posting.topic)
                    let frequency = Double(posting.frequency)
                    if stamp[topic] == -1 { touched.append(posting.topic) }
                    if stamp[topic] != Int32(position) {
                        stamp[topic] = Int32(position)
                        wordShare[topic] = 0
                    }
                    // A word's parts (compounds) together explain at most the word itself.
                    let reliability = min(1, frequency / configuration.reliableFrequency)
                    let share = min(word.informationWeight, wordShare[topic] + weighted.weight * idf * reliability)
                    explained[topic] += share - wordShare[topic]
                    wordShare[topic] = share
                    if addsBM25 {
                        let norm = k1 * (1 - b) + lengthScale * index.topics[topic].length
                        raw[topic] += weighted.weight * idf * frequency * (k1 + 1) / (frequency + norm)
                    }
                }
            }
        }
        var bonus = [Double](repeating: 0, count: count)
        let content = words.filter { !$0.terms.isEmpty && $0.resolution != .compound }
        for (first, second) in zip(content, content.dropFirst()) {
            let a = first.terms[0].term
            let b = second.terms[0].term
            guard let topics = index.bigrams[TopicIndex.bigramKey(a, b)] else { continue }
            let pairIDF = (index.idf[Int(a)] + index.idf[Int(b)]) / 2
            for topic in topics { bonus[Int(topic)] += configuration.bigramBonus * pairIDF }
        }
        // Only the strongest topics by raw evidence get the full (costlier) score: with thousands of topics
        // sharing common words, calibrating and sorting every one would dominate the time.
        let shortlist = Self.strongest(touched, by: { raw[Int($0)] + bonus[Int($0)] }, limit: configuration.shortlistSize)
        var isShortlisted = [Bool](repeating: false, count: count)
        for topic in shortlist { isShortlisted[Int(topic)] = true }
        let neighbours = nearestPhrases(termWeights, totalInformation: totalInformation, among: isShortlisted)
        var scored: [ScoredTopic] = []
        scored.reserveCapacity(shortlist.count)
        for topic32 in shortlist {
            let topic = Int(topic32)
            let total = raw[topic] + bonus[topic]
            let coverage = min(1, explained[topic] / totalInformation)
            let evidence = 1 - exp(-total / configuration.evidenceScale)
            let neighbour = neighbours[topic] ?? 0
            scored.append(ScoredTopic(
                topic: topic, raw: total, bonus: bonus[topic], coverage: coverage, evidence: evidence,
                neighbour: neighbour, score: calibrate(coverage: coverage, evidence: evidence, neighbour: neighbour)
            ))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.topic < $1.topic }
        return scored
    }

    /// The `limit` topics with the highest `key`, in no particular order (a partial selection, not a sort).
    static func strongest(_ topics: [Int32], by key: (Int32) -> Double, limit: Int) -> [Int32] {
        guard topics.count > limit else { return topics }
        var kept: [(topic: Int32, key: Double)] = []
        kept.reserveCapacity(limit + 1)
        var weakest = -Double.infinity
        for topic in topics {
            let value = key(topic)
            if kept.count == limit, value <= weakest { continue }
            kept.append((topic, value))
            if kept.count > limit {
                let drop = kept.indices.min { kept[$0].key < kept[$1].key }!
                kept.remove(at: drop)
            }
            if kept.count == limit { weakest = kept.map(\.key).min()! }
        }
        return kept.map(\.topic)
    }

    /// The 0...1 score: the geometric mean of coverage and evidence (both must be high), blended with
    /// the similarity to the closest phrase (a message that nearly repeats an example is a safe bet).
    func calibrate(coverage: Double, evidence: Double, neighbour: Double) -> Double {
        let weight = configuration.neighbourWeight
        return (1 - weight) * (coverage * evidence).squareRoot() + weight * neighbour
    }

    /// For each topic, the idf-weighted Dice similarity between the message and its closest phrase.
    func nearestPhrases(_ termWeights: [Int32: Double], totalInformation: Double, among topics: [Bool]) -> [Int: Double] {
        var overlap: [Int32: Double] = [:]
        for (term, weight) in termWeights {
            let idf = index.idf[Int(term)]
            // Terms found in most topics barely move a similarity; skipping them bounds the work.
            guard idf >= configuration.minimumNeighbourIDF else { continue }
            for phrase in index.phrasePostings[Int(term)] where topics[Int(index.phraseTopics[Int(phrase)])] {
                overlap[phrase, default: 0] += weight * idf
            }
        }
        var best: [Int: Double] = [:]
        for (phrase, shared) in overlap {
            let similarity = 2 * shared / (index.phraseNorms[Int(phrase)] + totalInformation)
            let topic = Int(index.phraseTopics[Int(phrase)])
            if similarity > best[topic] ?? 0 { best[topic] = min(1, similarity) }
        }
        return best
    }
}
