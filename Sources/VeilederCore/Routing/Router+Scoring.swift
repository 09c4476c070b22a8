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
        return scratchPool.with(topics: count, phrases: index.phraseTopics.count) { scratch in
            score(words, totalInformation: totalInformation, scratch: &scratch)
        }
    }

    /// The scoring proper, on per-topic buffers borrowed from the pool: only the entries of topics and
    /// phrases a message touches are written, and only those are reset afterwards, so the cost follows
    /// the postings of the message's terms, not the number of topics.
    private func score(_ words: [TopicIndex.ResolvedWord], totalInformation: Double, scratch: inout ScoringScratch) -> [ScoredTopic] {
        defer { scratch.reset() }
        // A term repeated by several words counts once in BM25, with its best weight; the word that first
        // carries that weight adds it, so one pass over the postings does both sums.
        var termWeights: [(term: Int32, weight: Double, owner: Int)] = []
        for (position, word) in words.enumerated() {
            for weighted in word.terms {
                if let slot = termWeights.firstIndex(where: { $0.term == weighted.term }) {
                    if weighted.weight > termWeights[slot].weight { termWeights[slot] = (weighted.term, weighted.weight, position) }
                } else {
                    termWeights.append((weighted.term, weighted.weight, position))
                }
            }
        }
        let k1 = configuration.k1
        let b = configuration.b
        let lengthScale = k1 * b / index.averageLength
        let reliableFrequency = configuration.reliableFrequency
        for (position, word) in words.enumerated() {
            for weighted in word.terms {
                let idf = index.idf[Int(weighted.term)]
                let addsBM25 = termWeights.contains { $0.term == weighted.term && $0.owner == position && $0.weight == weighted.weight }
                    && !scratch.counted.contains(weighted.term)
                if addsBM25 { scratch.counted.append(weighted.term) }
                let stampValue = Int32(position)
                let termWeight = weighted.weight
                let information = word.informationWeight
                index.postings[Int(weighted.term)].withUnsafeBufferPointer { postings in
                    for posting in postings {
                        let topic = Int(posting.topic)
                        let frequency = Double(posting.frequency)
                        if scratch.stamp[topic] == -1 { scratch.touched.append(posting.topic) }
                        if scratch.stamp[topic] != stampValue {
                            scratch.stamp[topic] = stampValue
                            scratch.wordShare[topic] = 0
                        }
                        // A word's parts (compounds) together explain at most the word itself.
                        let reliability = min(1, frequency / reliableFrequency)
                        let previous = scratch.wordShare[topic]
                        let share = min(information, previous + termWeight * idf * reliability)
                        scratch.explained[topic] += share - previous
                        scratch.wordShare[topic] = share
                        if addsBM25 {
                            let norm = k1 * (1 - b) + lengthScale * index.topicLengths[topic]
                            scratch.raw[topic] += termWeight * idf * frequency * (k1 + 1) / (frequency + norm)
                        }
                    }
                }
            }
        }
        var content: [TopicIndex.ResolvedWord] = []
        for word in words where !word.terms.isEmpty && word.resolution != .compound { content.append(word) }
        if content.count > 1 {
            for position in 1..<content.count {
                let a = content[position - 1].terms[0].term
                let b = content[position].terms[0].term
                guard let topics = index.bigrams[TopicIndex.bigramKey(a, b)] else { continue }
                let pairIDF = (index.idf[Int(a)] + index.idf[Int(b)]) / 2
                for topic in topics { scratch.bonus[Int(topic)] += configuration.bigramBonus * pairIDF }
            }
        }
        // Only the strongest topics by raw evidence get the full (costlier) score: with thousands of topics
        // sharing common words, calibrating and sorting every one would dominate the time.
        let shortlist = Self.strongest(
            scratch.touched, by: { scratch.raw[Int($0)] + scratch.bonus[Int($0)] }, limit: configuration.shortlistSize
        )
        for topic in shortlist { scratch.shortlisted[Int(topic)] = true }
        nearestPhrases(termWeights, totalInformation: totalInformation, scratch: &scratch)
        var scored: [ScoredTopic] = []
        scored.reserveCapacity(shortlist.count)
        for topic32 in shortlist {
            let topic = Int(topic32)
            let total = scratch.raw[topic] + scratch.bonus[topic]
            let coverage = min(1, scratch.explained[topic] / totalInformation)
            let evidence = 1 - exp(-total / configuration.evidenceScale)
            let neighbour = scratch.neighbour[topic]
            scored.append(ScoredTopic(
                topic: topic, raw: total, bonus: scratch.bonus[topic], coverage: coverage, evidence: evidence,
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

    /// For each shortlisted topic, the idf-weighted Dice similarity between the message and its closest
    /// phrase, into `scratch.neighbour`.
    func nearestPhrases(_ termWeights: [(term: Int32, weight: Double, owner: Int)], totalInformation: Double, scratch: inout ScoringScratch) {
        for (term, weight, _) in termWeights {
            let idf = index.idf[Int(term)]
            // Terms found in most topics barely move a similarity; skipping them bounds the work.
            guard idf >= configuration.minimumNeighbourIDF else { continue }
            for phrase in index.phrasePostings[Int(term)] where scratch.shortlisted[Int(index.phraseTopics[Int(phrase)])] {
                if scratch.overlap[Int(phrase)] == 0 { scratch.touchedPhrases.append(phrase) }
                scratch.overlap[Int(phrase)] += weight * idf
            }
        }
        for phrase in scratch.touchedPhrases {
            let shared = scratch.overlap[Int(phrase)]
            let similarity = min(1, 2 * shared / (index.phraseNorms[Int(phrase)] + totalInformation))
            let topic = Int(index.phraseTopics[Int(phrase)])
            if similarity > scratch.neighbour[topic] { scratch.neighbour[topic] = similarity }
        }
    }
}
