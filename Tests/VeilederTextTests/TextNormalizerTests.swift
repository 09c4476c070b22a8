import Testing
@testable import VeilederText

@Suite("TextNormalizer")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test("NFKC case fold", arguments: [
        ("Skolefravær", "skolefravær"),
        ("ÆØÅ", "æøå"),
        ("ﬁnne", "finne"),          // ligature → letters
        ("Straße", "strasse"),      // ß case folds to ss
        ("３ år", "3 år"),           // full-width digit
        ("3½", "31⁄2"),             // vulgar fraction decomposes (documented ICU behaviour)
        ("Å", "å"),                 // Angstrom sign → å
        ("a\u{30A}", "å"),           // a + combining ring composes
        ("HJELP", "hjelp"),         // ASCII fast path
        ("hjelp", "hjelp"),
    ])
    func caseFold(input: String, expected: String) {
        #expect(normalizer.caseFold(input) == expected)
    }

    @Test("runs of 3+ identical letters collapse to one in the folded form", arguments: [
        ("hjelpppp", "hjelp"),
        ("Neiiii", "nei"),
        ("skoooole", "skole"),
        ("takk", "takk"),           // double letters stay
        ("1000", "1000"),           // digits are not elongation
        ("åååå", "å"),
        ("!!!", "!!!"),             // not letters: left for the tokenizer to drop
    ])
    func elongation(input: String, expected: String) {
        #expect(normalizer.fold(input) == expected)
    }

    @Test("æ/ae/e, ø/o/oe, å/a/aa meet in the key", arguments: [
        ["skolefravær", "skolefravaer", "skolefraver"],
        ["gå", "ga", "gaa"],
        ["møte", "mote", "moete"],
        ["være", "vaere", "vere"],
        ["blåbær", "blaabaer", "blaber"],
        ["søsken", "soesken", "sosken"],
        ["kafé", "kafe"],
        ["hjelp", "hjelpppp", "hjellp"],
    ])
    func nordicFolding(forms: [String]) {
        let keys = Set(forms.map { normalizer.foldedKey($0) })
        #expect(keys.count == 1, "\(forms) gave \(keys)")
    }

    @Test("keys of single words", arguments: [
        ("skolefravær", "skolefraver"),
        ("Skolefravær!!", "skolefraver"),
        ("barnehagelærer", "barnehagelerer"),
        ("takk", "tak"),            // all runs collapse in the key
        ("gaa", "ga"),
        ("øl", "ol"),
        ("hjelp😢", "hjelp"),       // emoji dropped
        ("e-post", "epost"),        // punctuation dropped
        ("14", "14"),
        ("2000", "2000"),           // digits keep their runs
        ("...", ""),
        ("naïve", "naive"),
    ])
    func keys(input: String, expected: String) {
        #expect(normalizer.foldedKey(input) == expected)
    }

    @Test("English keys keep ae/oe digraphs", arguments: [
        ("does", "does"), ("goes", "goes"), ("school", "schol"),
    ])
    func englishKeys(input: String, expected: String) {
        let english = TextNormalizer(foldsNordicDigraphs: false)
        #expect(english.foldedKey(input) == expected)
    }

    @Test("Norwegian keys fold digraphs")
    func norwegianDigraphs() {
        #expect(normalizer.foldedKey("does") == "dos")
        #expect(normalizer.foldedKey("vaere") == normalizer.foldedKey("være"))
    }
}

@Suite("TextNormalizer edge cases")
struct TextNormalizerEdgeTests {
    /// The key rules written the slow, obvious way: map letters, collapse runs, fold digraphs,
    /// collapse again. The one-pass implementation must agree with it.
    static func referenceKey(_ folded: String, digraphs: Bool) -> String {
        var letters = folded.unicodeScalars.compactMap { TextNormalizer.base(of: $0) }
        func collapse(_ values: [UInt32]) -> [UInt32] {
            var result: [UInt32] = []
            for value in values where !(result.last == value && !(0x30...0x39).contains(value)) {
                result.append(value)
            }
            return result
        }
        letters = collapse(letters)
        if digraphs {
            var merged: [UInt32] = []
            var i = 0
            while i < letters.count {
                if i + 1 < letters.count, letters[i + 1] == 0x65, letters[i] == 0x61 || letters[i] == 0x6F {
                    merged.append(letters[i] == 0x61 ? 0x65 : 0x6F)
                    i += 2
                } else {
                    merged.append(letters[i])
                    i += 1
                }
            }
            letters = collapse(merged)
        }
        return String(String.UnicodeScalarView(letters.compactMap(Unicode.Scalar.init)))
    }

    @Test("one-pass key agrees with the reference rules on random words")
    func keyMatchesReference() {
        var generator = SplitMix(seed: 7)
        let alphabet = Array("aaeeooøæåbdk1!é")
        for digraphs in [true, false] {
            let normalizer = TextNormalizer(foldsNordicDigraphs: digraphs)
            for _ in 0..<3000 {
                let length = Int.random(in: 0...8, using: &generator)
                let word = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                #expect(normalizer.key(word) == Self.referenceKey(word, digraphs: digraphs), "\(word)")
            }
        }
    }

    @Test("case folds that grow a lot take the retry path")
    func largeGrowth() {
        let normalizer = TextNormalizer()
        // U+FDFA expands to 18 letters under NFKC: more than the stack buffer's 3x.
        #expect(normalizer.caseFold("\u{FDFA}").unicodeScalars.count == 18)
        let long = String(repeating: "Æ", count: 300)
        #expect(normalizer.caseFold(long) == String(repeating: "æ", count: 300))
    }
}
