import Testing
@testable import VeilederText

@Suite("CompoundSplitter")
struct CompoundSplitterTests {
    let splitter = CompoundSplitter(vocabulary: Vocabulary(words: [
        "skole", "fravær", "barnehage", "barn", "hage", "lærer", "rus", "problemer", "arbeid", "giver",
        "mor", "far", "bekymring", "psykisk", "helse", "tjeneste", "hjelp",
    ]))

    @Test("two and three parts, with linking letters", arguments: [
        ("skolefravær", ["skole", "fravær"]),
        ("barnehagelærer", ["barnehage", "lærer"]),
        ("rusproblemer", ["rus", "problemer"]),
        ("arbeidsgiver", ["arbeid", "giver"]),               // linking s
        ("barnehage", ["barn", "hage"]),                      // linking e
        ("helsetjeneste", ["helse", "tjeneste"]),
        ("barnehagebekymring", ["barnehage", "bekymring"]),
        ("morsbekymring", ["mor", "bekymring"]),
        ("rusproblemerhjelp", ["rus", "problemer", "hjelp"]), // three parts
        ("barnehagelærerhjelp", ["barnehage", "lærer", "hjelp"]),
    ])
    func splits(word: String, parts: [String]) {
        #expect(splitter.split(word) == parts)
    }

    @Test("linking letters are reported")
    func linkers() {
        let split = splitter.bestSplit("arbeidsgiver")
        #expect(split?.parts == ["arbeid", "giver"])
        #expect(split?.linkers == ["s"])
        #expect(splitter.bestSplit("skolefravær")?.linkers == [""])
    }

    @Test("no split", arguments: ["skole", "rusk", "barnx", "skolefraværx", "ab", ""])
    func noSplit(word: String) {
        #expect(splitter.split(word) == nil)
    }

    @Test("parts shorter than the minimum are refused")
    func minimumLength() {
        let short = CompoundSplitter(vocabulary: Vocabulary(words: ["is", "bil", "isbil"]), minimumPartLength: 3)
        #expect(short.split("isbil") == nil)
        let shorter = CompoundSplitter(vocabulary: Vocabulary(words: ["is", "bil"]), minimumPartLength: 2)
        #expect(shorter.split("isbil") == ["is", "bil"])
    }

    @Test("works on matching keys")
    func keys() {
        let normalizer = TextNormalizer()
        let vocabulary = Vocabulary(words: ["skole", "fravær", "problemer"].map(normalizer.foldedKey))
        let keySplitter = CompoundSplitter(vocabulary: vocabulary)
        #expect(keySplitter.split(normalizer.foldedKey("Skolefravær")) == ["skole", "fraver"])
        #expect(keySplitter.split(normalizer.foldedKey("skolefravaer")) == ["skole", "fraver"])
    }
}
