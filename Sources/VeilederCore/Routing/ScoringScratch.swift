import Foundation

/// One topic's running sums while a message is scored.
struct TopicAccumulator {
    /// BM25 so far.
    var raw: Double = 0
    /// Information explained so far (the coverage numerator).
    var explained: Double = 0
    /// The current word's share so far (a word's terms together explain at most the word).
    var wordShare: Double = 0
    /// Bigram bonus.
    var bonus: Double = 0
    /// Similarity to the closest phrase.
    var neighbour: Double = 0
    /// The word position `wordShare` belongs to; -1 while the topic is untouched.
    var stamp: Int32 = -1
    /// Whether the topic made the shortlist.
    var shortlisted: Bool = false
}

/// Per-topic and per-phrase buffers for one scoring call. Allocating and zeroing arrays the size of the
/// guide on every message would make routing cost grow with the number of topics; a scratch is borrowed
/// from a `ScoringScratchPool`, only the entries a message touches are written, and only those are reset.
///
/// A class over raw buffers rather than a struct of arrays: the scoring loop writes several sums per
/// posting, and array writes through `inout` pay a uniqueness check each time. One topic's sums share a
/// cache line.
final class ScoringScratch {
    let topicCount: Int
    let phraseCount: Int
    let topics: UnsafeMutablePointer<TopicAccumulator>
    let overlap: UnsafeMutablePointer<Double>
    var touched: [Int32] = []
    var touchedPhrases: [Int32] = []
    var counted: [Int32] = []

    init(topics: Int, phrases: Int) {
        topicCount = topics
        phraseCount = phrases
        self.topics = .allocate(capacity: max(1, topics))
        self.topics.initialize(repeating: TopicAccumulator(), count: max(1, topics))
        overlap = .allocate(capacity: max(1, phrases))
        overlap.initialize(repeating: 0, count: max(1, phrases))
        touched.reserveCapacity(256)
        touchedPhrases.reserveCapacity(256)
        counted.reserveCapacity(32)
    }

    deinit {
        topics.deallocate()
        overlap.deallocate()
    }

    /// Zeroes what the last call touched. A bigram bonus only reaches topics that hold both of its terms,
    /// so they are among the touched topics too.
    func reset() {
        for topic in touched { topics[Int(topic)] = TopicAccumulator() }
        for phrase in touchedPhrases { overlap[Int(phrase)] = 0 }
        touched.removeAll(keepingCapacity: true)
        touchedPhrases.removeAll(keepingCapacity: true)
        counted.removeAll(keepingCapacity: true)
    }
}

/// A small lock-guarded stack of scratches, so concurrent `route` calls each get their own.
final class ScoringScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [ScoringScratch] = []

    init() {}

    func with<T>(topics: Int, phrases: Int, _ body: (ScoringScratch) -> T) -> T {
        lock.lock()
        let scratch = free.popLast()
        lock.unlock()
        let usable = scratch.flatMap { $0.topicCount == topics && $0.phraseCount == phrases ? $0 : nil }
            ?? ScoringScratch(topics: topics, phrases: phrases)
        let result = body(usable)
        lock.lock()
        if free.count < 8 { free.append(usable) }
        lock.unlock()
        return result
    }
}
