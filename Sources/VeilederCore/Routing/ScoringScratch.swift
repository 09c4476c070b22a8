import Foundation

/// Per-topic and per-phrase buffers for one scoring call. Allocating and zeroing arrays the size of the
/// guide on every message would make routing cost grow with the number of topics; a scratch is borrowed
/// from a `ScoringScratchPool`, only the entries a message touches are written, and only those are reset.
struct ScoringScratch {
    var raw: [Double]
    var explained: [Double]
    var wordShare: [Double]
    var bonus: [Double]
    var neighbour: [Double]
    var stamp: [Int32]
    var shortlisted: [Bool]
    var overlap: [Double]
    var touched: [Int32] = []
    var touchedPhrases: [Int32] = []
    var counted: [Int32] = []

    init(topics: Int, phrases: Int) {
        raw = .init(repeating: 0, count: topics)
        explained = .init(repeating: 0, count: topics)
        wordShare = .init(repeating: 0, count: topics)
        bonus = .init(repeating: 0, count: topics)
        neighbour = .init(repeating: 0, count: topics)
        stamp = .init(repeating: -1, count: topics)
        shortlisted = .init(repeating: false, count: topics)
        overlap = .init(repeating: 0, count: phrases)
    }

    /// Zeroes what the last call touched. A bigram bonus only reaches topics that hold both of its terms,
    /// so they are among the touched topics too.
    mutating func reset() {
        for topic in touched {
            let index = Int(topic)
            raw[index] = 0; explained[index] = 0; wordShare[index] = 0; bonus[index] = 0
            neighbour[index] = 0; stamp[index] = -1; shortlisted[index] = false
        }
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

    func with<T>(topics: Int, phrases: Int, _ body: (inout ScoringScratch) -> T) -> T {
        lock.lock()
        let scratch = free.popLast()
        lock.unlock()
        var usable = scratch.flatMap { $0.raw.count == topics && $0.overlap.count == phrases ? $0 : nil }
            ?? ScoringScratch(topics: topics, phrases: phrases)
        let result = body(&usable)
        lock.lock()
        if free.count < 8 { free.append(usable) }
        lock.unlock()
        return result
    }
}
