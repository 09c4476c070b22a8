import Testing
@testable import VeilederText

@Suite("Snowball English (Porter2) stemmer")
struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test("every pair of the English vocabulary (29,417 words) matches Snowball 3.1.1")
    func vocabulary() {
        let pairs = Fixtures.snowballPairs("english")
        #expect(pairs.count == 29_417)
        var mismatches: [String] = []
        for (word, expected) in pairs {
            let actual = stemmer.stem(word)
            if actual != expected { mismatches.append("\(word): \(actual) ≠ \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    @Test("words a worried parent writes", arguments: [
        ("refuses", "refus"), ("school", "school"), ("bullying", "bulli"), ("bullied", "bulli"),
        ("worried", "worri"), ("worrying", "worri"), ("drinking", "drink"), ("anxious", "anxious"),
        ("skies", "sky"), ("dying", "die"), ("hoping", "hope"), ("generously", "generous"),
        ("my", "my"), ("son's", "son"),
    ])
    func domainWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }
}
