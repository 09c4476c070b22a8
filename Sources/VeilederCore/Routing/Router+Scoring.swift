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
            score(words, totalInformation: totalInformation, scratch: scratch)
        }
    }

    /// The scoring proper, on per-topic buffers borrowed from the pool: only the entries of topics and
    /// phrases a message touches are written, and only those are reset afterwards, so the cost follows
    /// the postings of the message's terms (each capped at `TopicIndex.postingCap`), not the number of topics.
    private func score(_ words: [TopicIndex.ResolvedWord], totalInformation: Double, scratch: ScoringScratch) -> [ScoredTopic] {
        defer { scratch.reset() }
        let accumulators = scratch.topics
        // A term repeated by several words counts once in BM25, with its best weight; the word that first
        // carries that weight adds it, so one pass over the postings does both sums.
        var termWeights: [(term: Int32, weight: Double, owner: Int)] = []
        termWeights.reserveCapacity(words.count + 4)
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
        let contentReliability = configuration.contentReliability
        for (position, word) in words.enumerated() {
            for weighted in word.terms {
                let idf = index.idf[Int(weighted.term)]
                let addsBM25 = termWeights.contains { $0.term == weighted.term && $0.owner == position && $0.weight == weighted.weight }
                    && !scratch.counted.contains(weighted.term)
                if addsBM25 { scratch.counted.append(weighted.term) }
                let stampValue = Int32(position)
                let weightedIDF = weighted.weight * idf
                let information = word.informationWeight
                index.postings[Int(weighted.term)].withUnsafeBufferPointer { postings in
                    index.topicLengths.withUnsafeBufferPointer { lengths in
                        for posting in postings {
                            let topic = Int(posting.topic)
                            let frequency = Double(posting.frequency)
                            let accumulator = accumulators + topic
                            if accumulator.pointee.stamp != stampValue {
                                if accumulator.pointee.stamp == -1 { scratch.touched.append(posting.topic) }
                                accumulator.pointee.stamp = stampValue
                                accumulator.pointee.wordShare = 0
                            }
                            // A word's parts (compounds) together explain at most the word itself. Bot texts
                            // (frequency beyond the phrases') explain at most `contentReliability` of a word:
                            // they can add to a topic's own words but not make an unrelated question fit.
                            let phraseFrequency = Double(posting.phraseFrequency)
                            let reliability = min(
                                1, phraseFrequency / reliableFrequency
                                    + min(contentReliability, (frequency - phraseFrequency) / reliableFrequency)
                            )
                            let previous = accumulator.pointee.wordShare
                            let share = min(information, previous + weightedIDF * reliability)
                            accumulator.pointee.explained += share - previous
                            accumulator.pointee.wordShare = share
                            if addsBM25 {
                                let norm = k1 * (1 - b) + lengthScale * lengths[topic]
                                accumulator.pointee.raw += weightedIDF * frequency * (k1 + 1) / (frequency + norm)
                            }
                        }
                    }
                }
            }
        }
        var previousTerm: Int32?
        for word in words where !word.terms.isEmpty && word.resolution != .compound {
            let term = word.terms[0].term
            defer { previousTerm = term }
            guard let first = previousTerm, let topics = index.bigrams[TopicIndex.bigramKey(first, term)] else { continue }
            let pairIDF = (index.idf[Int(first)] + index.idf[Int(term)]) / 2
            for topic in topics {
                // A capped posting list may have left this topic untouched; it then has no other evidence.
                guard accumulators[Int(topic)].stamp != -1 else { continue }
                accumulators[Int(topic)].bonus += configuration.bigramBonus * pairIDF
            }
        }
        // Only the strongest topics by raw evidence get the full (costlier) score: with thousands of topics
        // sharing common words, calibrating and sorting every one would dominate the time.
        let shortlist = Self.strongest(scratch.touched, in: accumulators, limit: configuration.shortlistSize)
        for topic in shortlist { accumulators[Int(topic)].shortlisted = true }
        nearestPhrases(termWeights, shortlist: shortlist, totalInformation: totalInformation, scratch: scratch)
        var scored: [ScoredTopic] = []
        scored.reserveCapacity(shortlist.count)
        for topic32 in shortlist {
            let topic = Int(topic32)
            let sums = accumulators[topic]
            let total = sums.raw + sums.bonus
            let coverage = min(1, sums.explained / totalInformation)
            let evidence = 1 - exp(-total / configuration.evidenceScale)
            scored.append(ScoredTopic(
                topic: topic, raw: total, bonus: sums.bonus, coverage: coverage, evidence: evidence,
                neighbour: sums.neighbour, score: calibrate(coverage: coverage, evidence: evidence, neighbour: sums.neighbour)
            ))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.topic < $1.topic }
        return scored
    }

    /// The `limit` topics with the most raw evidence (BM25 and bigram bonus).
    static func strongest(_ topics: [Int32], in accumulators: UnsafeMutablePointer<TopicAccumulator>, limit: Int) -> [Int32] {
        guard topics.count > limit else { return topics }
        return strongest(topics, by: { accumulators[Int($0)].raw + accumulators[Int($0)].bonus }, limit: limit)
    }

    /// The `limit` topics with the highest `key`, in no particular order: a bounded min-heap, so the work is
    /// one comparison per topic and log(limit) per topic that enters.
    @inline(__always)
    static func strongest(_ topics: [Int32], by key: (Int32) -> Double, limit: Int) -> [Int32] {
        guard topics.count > limit else { return topics }
        guard limit > 0 else { return [] }
        var heap: [(topic: Int32, key: Double)] = []
        heap.reserveCapacity(limit)
        func less(_ a: (topic: Int32, key: Double), _ b: (topic: Int32, key: Double)) -> Bool {
            // Ties keep the lower topic index (guide order), as a full sort would.
            a.key != b.key ? a.key < b.key : a.topic > b.topic
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var smallest = left
                if left + 1 < heap.count, less(heap[left + 1], heap[left]) { smallest = left + 1 }
                guard less(heap[smallest], heap[parent]) else { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        for topic in topics {
            let entry = (topic: topic, key: key(topic))
            if heap.count < limit {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard less(heap[child], heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            } else if entry.key >= heap[0].key, less(heap[0], entry) {
                heap[0] = entry
                siftDown(0)
            }
        }
        return heap.map(\.topic)
    }

    /// The 0...1 score: the geometric mean of coverage and evidence (both must be high), blended with
    /// the similarity to the closest phrase (a message that nearly repeats an example is a safe bet).
    func calibrate(coverage: Double, evidence: Double, neighbour: Double) -> Double {
        let weight = configuration.neighbourWeight
        return (1 - weight) * (coverage * evidence).squareRoot() + weight * neighbour
    }

    /// For each shortlisted topic, the idf-weighted Dice similarity between the message and its closest
    /// phrase, into the scratch's `neighbour` sums. A term's phrases are sorted by topic, so a long list is
    /// searched for the shortlisted topics instead of being walked.
    func nearestPhrases(
        _ termWeights: [(term: Int32, weight: Double, owner: Int)], shortlist: [Int32], totalInformation: Double,
        scratch: ScoringScratch
    ) {
        let accumulators = scratch.topics
        let overlap = scratch.overlap
        let sortedShortlist = shortlist.sorted()
        for (term, weight, _) in termWeights {
            let idf = index.idf[Int(term)]
            // Terms found in most topics barely move a similarity; skipping them bounds the work.
            guard idf >= configuration.minimumNeighbourIDF else { continue }
            let increment = weight * idf
            index.phrasePostings[Int(term)].withUnsafeBufferPointer { phrases in
                index.phrasePostingTopics[Int(term)].withUnsafeBufferPointer { topics in
                    func add(_ slot: Int) {
                        let phrase = phrases[slot]
                        if overlap[Int(phrase)] == 0 { scratch.touchedPhrases.append(phrase) }
                        overlap[Int(phrase)] += increment
                    }
                    if phrases.count <= 4 * shortlist.count {
                        for slot in 0..<phrases.count where accumulators[Int(topics[slot])].shortlisted { add(slot) }
                        return
                    }
                    // Shortlisted topics in ascending order: each search starts where the last one ended,
                    // and is branch-free (a lower bound by halving, with conditional moves).
                    var start = 0
                    for topic in sortedShortlist {
                        var base = start
                        var length = topics.count - start
                        guard length > 0 else { break }
                        while length > 1 {
                            let half = length >> 1
                            base = topics[base &+ half &- 1] < topic ? base &+ half : base
                            length &-= half
                        }
                        var slot = topics[base] < topic ? base &+ 1 : base
                        while slot < topics.count, topics[slot] == topic {
                            add(slot)
                            slot &+= 1
                        }
                        start = slot
                    }
                }
            }
        }
        for phrase in scratch.touchedPhrases {
            let shared = overlap[Int(phrase)]
            let similarity = min(1, 2 * shared / (index.phraseNorms[Int(phrase)] + totalInformation))
            let topic = Int(index.phraseTopics[Int(phrase)])
            if similarity > accumulators[topic].neighbour { accumulators[topic].neighbour = similarity }
        }
    }
}
