import VeilederCore

/// A synthetic guide of many topics for the scaling benchmark, built from the real topics' words so
/// term frequencies and posting lengths look like real content (a deterministic generator, no randomness
/// between runs).
enum GeneratedGuide {
    /// `count` topics, each with 20 examples of 5–9 words and 15 keywords drawn from `vocabulary`
    /// plus a few words unique to the topic.
    static func topics(count: Int, vocabulary: [String]) -> [Topic] {
        var generator = SplitMix(seed: 0x5EED)
        let words = vocabulary.isEmpty ? ["skole", "barn", "hjelp"] : vocabulary
        let categories = Category.allCases
        var topics: [Topic] = []
        topics.reserveCapacity(count)
        for index in 0..<count {
            let own = (0..<4).map { "tema\(index)ord\($0)" }
            func word() -> String {
                generator.next() % 5 == 0 ? own[Int(generator.next() % 4)] : words[Int(generator.next() % UInt64(words.count))]
            }
            let examples = (0..<20).map { _ in
                (0..<(5 + Int(generator.next() % 5))).map { _ in word() }.joined(separator: " ")
            }
            let keywords = (0..<15).map { _ in word() }
            topics.append(Topic(
                id: "generert.\(index)", category: categories[index % categories.count],
                title: "Tema \(index) " + own[0], entry: "start", examples: examples, keywords: keywords
            ))
        }
        return topics
    }
}

/// SplitMix64: a tiny deterministic generator.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
