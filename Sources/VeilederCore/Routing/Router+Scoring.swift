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
        // A term repeated by several words counts once in BM25, with its best weight.
        var termWeights: [Int32: Double] = [:]
        for (position, word) in words.enumerated() {
            for weighted in word.terms {
                termWeights[weighted.term] = max(termWeights[weighted.term] ?? 0, weighted.weight)
                let idf = index.idf[Int(weighted.term)]
                for posting in index.postings[Int(weighted.term)] {
                    let topic = Int(posting.topic)
                    if stamp[topic] == -1 { touched.append(posting.topic) }
                    if stamp[topic] != Int32(position) {
                        stamp[topic] = Int32(position)
                        wordShare[topic] = 0
                    }
                    // A word's parts (compounds) together explain at most the word itself.
                    let reliability = min(1, Double(posting.frequency) / configuration.reliableFrequency)
                    let share = min(word.informationWeight, wordShare[topic] + weighted.weight * idf * reliability)
                    explained[topic] += share - wordShare[topic]
                    wordShare[topic] = share
                }
            }
        }
        let k1 = configuration.k1
        let b = configuration.b
        for (term, weight) in termWeights {
            let idf = index.idf[Int(term)]
            for posting in index.postings[Int(term)] {
                let topic = Int(posting.topic)
                let frequency = Double(posting.frequency)
                let norm = k1 * (1 - b + b * index.topics[topic].length / index.averageLength)
                raw[topic] += weight * idf * frequency * (k1 + 1) / (frequency + norm)
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
        let neighbours = nearestPhrases(termWeights, totalInformation: totalInformation)
        var scored: [ScoredTopic] = []
        scored.reserveCapacity(touched.count)
        for topic32 in touched {
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

    /// The 0...1 score: the geometric mean of coverage and evidence (both must be high), blended with
    /// the similarity to the closest phrase (a message that nearly repeats an example is a safe bet).
    func calibrate(coverage: Double, evidence: Double, neighbour: Double) -> Double {
        let weight = configuration.neighbourWeight
        return (1 - weight) * (coverage * evidence).squareRoot() + weight * neighbour
    }

    /// For each topic, the idf-weighted Dice similarity between the message and its closest phrase.
    func nearestPhrases(_ termWeights: [Int32: Double], totalInformation: Double) -> [Int: Double] {
        var overlap: [Int32: Double] = [:]
        for (term, weight) in termWeights {
            let idf = index.idf[Int(term)]
            for phrase in index.phrasePostings[Int(term)] { overlap[phrase, default: 0] += weight * idf }
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
