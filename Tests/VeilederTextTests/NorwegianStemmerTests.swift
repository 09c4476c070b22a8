import Testing
@testable import VeilederText

@Suite("Snowball Norwegian stemmer")
struct NorwegianStemmerTests {
    let stemmer = NorwegianStemmer()

    @Test("every pair of the published vocabulary (20,628 words) matches the 3.x output")
    func publishedVocabulary() {
        let pairs = Fixtures.snowballPairs("norwegian")
        #expect(pairs.count == 20_628)
        var mismatches: [String] = []
        for (word, expected) in pairs {
            let actual = stemmer.stem(word)
            if actual != expected { mismatches.append("\(word): \(actual) ≠ \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    /// The three vocabulary words where Snowball 3.x differs from the 2.x output still stored
    /// in the older snowball-data (and Debian's libstemmer 2.2.0): "r" is no longer an
    /// s-ending, so "-rs" keeps its "s" after "e" ('r' not 'e').
    @Test("3.x differs from 2.x on the 'r' not 'e' rule", arguments: [
        ("tryllevers", "tryllevers", "tryllev"),
        ("tvers", "tvers", "tver"),
        ("ymers", "ymers", "ymer"),
    ])
    func differencesFromOlderVersion(word: String, current: String, older: String) {
        #expect(stemmer.stem(word) == current)
        #expect(stemmer.stem(word) != older)
    }

    @Test("rules of the current algorithm", arguments: [
        // s-ending letters, 'r' not 'e', 'k' + non-vowel
        ("barns", "barn"), ("bils", "bil"), ("fars", "far"), ("søsters", "søsters"), ("parks", "park"),
        ("tegns", "tegn"), ("huskes", "husk"),
        // "søsters": "-ers" after "øst" is kept
        // "-ers" kept after listed endings, deleted after giv hav skap and elsewhere
        ("lærers", "lær"), ("arbeidsgivers", "arbeidsgiv"), ("vennskapers", "vennskap"),
        ("slavers", "slavers"), ("hammers", "hammers"), ("kappers", "kappers"),
        // ê ò ó ô are vowels: R1 starts after the first vowel + non-vowel
        ("fêtene", "fêt"), ("kôs", "kôs"),
        // erte/ert → er
        ("kjørte", "kjørt"), ("studert", "studer"), ("studerte", "studer"),
        // dt/vt only lose "t" inside R1 ("godt" is too short); other suffixes
        ("godt", "godt"), ("havt", "havt"), ("utbredt", "utbred"), ("vennlig", "venn"), ("kjærlighetslov", "kjærlig"),
        // short words and apostrophes
        ("er", "er"), ("på", "på"), ("barn's", "barn's"), ("arbeidsgivers'", "arbeidsgivers"),
        // words of the guide's domain
        ("skolefraværet", "skolefravær"), ("bekymringer", "bekymring"), ("bekymret", "bekymr"),
        ("mobbet", "mobb"), ("mobbing", "mobbing"), ("barnehagen", "barnehag"), ("rusproblemer", "rusproblem"),
    ])
    func rules(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }
}
