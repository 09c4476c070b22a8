import Testing
@testable import VeilederText

@Suite("DamerauLevenshtein")
struct DamerauLevenshteinTests {
    @Test("distances (optimal string alignment)", arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("skole", "skole", 0),
        ("skole", "skile", 1),           // substitution
        ("skole", "skolen", 1),          // insertion
        ("skole", "kole", 1),            // deletion
        ("mobbing", "mobbnig", 1),       // transposition
        ("skloe", "skole", 1),           // transposition
        ("ab", "ba", 1),
        ("ca", "abc", 3),                // OSA: no edit of a transposed pair
        ("kitten", "sitting", 3),
        ("fravær", "fravar", 1),         // scalars, not bytes
        ("bekymret", "bekymringer", 4),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(DamerauLevenshtein.distance(a, b) == expected)
        #expect(DamerauLevenshtein.distance(b, a) == expected)
    }

    @Test("bounded distance returns nil beyond the bound", arguments: [
        ("skole", "skile", 1, 1 as Int?),
        ("skole", "skile", 0, nil),
        ("mobbing", "mbobign", 2, 2),
        ("mobbing", "mbobign", 1, nil),
        ("hei", "hallo", 1, nil),
        ("barnehage", "barnhgae", 2, 2),
        ("a", "abcd", 2, nil),           // length difference alone exceeds the bound
        ("abcdef", "abcdef", 0, 0),
    ])
    func bounded(a: String, b: String, bound: Int, expected: Int?) {
        #expect(DamerauLevenshtein.distance(a, b, bound: bound) == expected)
    }

    @Test("bound grows with word length", arguments: [
        (1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (20, 2),
    ])
    func boundForLength(length: Int, bound: Int) {
        #expect(DamerauLevenshtein.bound(forLength: length) == bound)
    }

    @Test("bounded agrees with unbounded on many pairs")
    func boundedMatchesUnbounded() {
        let words = ["skole", "skule", "skolen", "kole", "sklo", "mobbing", "mobbnig", "rus", "russ",
                     "bekymret", "bekymring", "fravær", "fravaer", "angst", "ansgt", "", "a"]
        for a in words {
            for b in words {
                let full = DamerauLevenshtein.distance(a, b)
                for bound in 0...3 {
                    let bounded = DamerauLevenshtein.distance(a, b, bound: bound)
                    #expect(bounded == (full <= bound ? full : nil), "\(a) \(b) bound \(bound)")
                }
            }
        }
    }
}
