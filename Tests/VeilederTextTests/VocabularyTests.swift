import Testing
@testable import VeilederText

@Suite("Vocabulary")
struct VocabularyTests {
    let vocabulary = Vocabulary(words: [
        "skole", "skolefraver", "mobbing", "angst", "barnehage", "rus", "hjelp", "sovn", "bekymret",
        "barnevern", "skolen", "skole",
    ])

    @Test("exact words and duplicates")
    func exact() {
        #expect(vocabulary.count == 11)
        #expect(vocabulary.contains("skole"))
        #expect(!vocabulary.contains("skol"))
        #expect(vocabulary.index(of: "mobbing") == 2)
        #expect(vocabulary.nearest(to: "rus") == Vocabulary.Match(word: "rus", index: 5, distance: 0))
    }

    @Test("typos are corrected within the length bound", arguments: [
        ("mobing", "mobbing", 1),        // 6 letters: 1 typo
        ("mobbnig", "mobbing", 1),       // transposition
        ("angts", "angst", 1),
        ("hjlep", "hjelp", 1),
        ("barnehgae", "barnehage", 1),
        ("barnhgae", "barnehage", 2),    // 8 letters: 2 typos
        ("skolefravr", "skolefraver", 1),
        ("bkeymert", "bekymret", 2),
        ("mobbbbing", "mobbing", 2),     // 9 letters: 2 insertions allowed
    ])
    func corrected(query: String, word: String, distance: Int) {
        let match = vocabulary.nearest(to: query)
        #expect(match?.word == word)
        #expect(match?.distance == distance)
    }

    @Test("nothing is returned beyond the bound", arguments: [
        "ru",          // ≤3 letters: exact only
        "ros",         // 3 letters, 1 away from "rus": still no
        "xyzzy",
        "skoleskole",
    ])
    func rejected(query: String) {
        #expect(vocabulary.nearest(to: query) == nil)
    }

    @Test("ties go to the word listed first")
    func ties() {
        let words = Vocabulary(words: ["kake", "kaka", "kaks"])
        #expect(words.nearest(to: "kakk")?.word == "kake")
    }

    @Test("explicit maximum distance")
    func explicitDistance() {
        #expect(vocabulary.nearest(to: "sko", maxDistance: 2)?.word == "skole")
        #expect(vocabulary.nearest(to: "skolen", maxDistance: 0)?.word == "skolen")
        #expect(vocabulary.nearest(to: "skoler", maxDistance: 0) == nil)
    }

    @Test("index finds what a brute-force scan finds")
    func matchesBruteForce() {
        var generator = SplitMix(seed: 42)
        let letters = Array("abdefgiklmnoprstuvæøå")
        let words = (0..<3000).map { _ in
            String((0..<Int.random(in: 3...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
        }
        let big = Vocabulary(words: words)
        for _ in 0..<300 {
            var query = Array(words.randomElement(using: &generator)!)
            for _ in 0..<Int.random(in: 0...2, using: &generator) where query.count > 1 {
                query[Int.random(in: 0..<query.count, using: &generator)] = letters.randomElement(using: &generator)!
            }
            let text = String(query)
            let bound = DamerauLevenshtein.bound(forLength: query.count)
            let expected = big.words.enumerated()
                .compactMap { entry -> (Int, Int)? in
                    DamerauLevenshtein.distance(text, entry.element, bound: bound).map { ($0, entry.offset) }
                }
                .min { $0 < $1 }
            let found = big.nearest(to: text)
            #expect(found?.distance == expected?.0, "\(text)")
            if text.count <= Vocabulary.indexedPrefixLength {
                #expect(found?.index == expected?.1, "\(text)")
            }
        }
    }
}

/// Small deterministic random generator for reproducible tests.
struct SplitMix: RandomNumberGenerator {
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
