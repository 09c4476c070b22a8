import Testing
@testable import VeilederText

/// Analyzers over the shipped language files, shared by the tests.
enum ShippedAnalyzers {
    static let nynorsk = TextAnalyzer(language: LocaleFileReader.languageData(locale: "nn") ?? .empty(locale: "nn"))
    static let bokmal = TextAnalyzer(language: LocaleFileReader.languageData(locale: "nb") ?? .empty(locale: "nb"))
    static let english = TextAnalyzer(language: LocaleFileReader.languageData(locale: "en") ?? .empty(locale: "en"))
}

private let bokmal = ShippedAnalyzers.bokmal
private let nynorsk = ShippedAnalyzers.nynorsk
private let english = ShippedAnalyzers.english

private func analyzer(_ locale: String) -> TextAnalyzer {
    switch locale {
    case "nn": nynorsk
    case "en": english
    default: bokmal
    }
}

@Suite("TextAnalyzer")
struct TextAnalyzerTests {
    @Test("all forms of one word")
    func tokenForms() throws {
        let token = try #require(nynorsk.analyze("Skulefråværet!!").first)
        #expect(token.text == "Skulefråværet")
        #expect(token.folded == "skulefråværet")
        #expect(token.standard == "skolefråværet")
        #expect(token.key == "skolefraveret")
        #expect(token.stem == "skulefråvær")
        #expect(token.stemKey == "skolefraver")
        #expect(!token.isStopword)
        #expect(token.utf16Range == 0..<13)
    }

    @Test("spellings of skolefravær meet in the key", arguments: [
        "skolefravær", "skolefravaer", "skolefraver", "Skulefråvær", "SKOLEFRAVÆR", "skolefraaværrr",
    ])
    func skolefravaerKey(word: String) {
        #expect(nynorsk.key(word) == "skolefraver")
    }

    /// Stems come from the unfolded word (æøå intact), so inflections meet in the stem key when
    /// the letters are right; ASCII spellings meet in `key` instead ("fraver" stems to "frav").
    @Test("inflections of skolefravær meet in the stem key", arguments: [
        "skolefravær", "skolefraværet", "Skulefråværet", "skolefraværets", "SKOLEFRAVÆRET",
    ])
    func skolefravaerStemKey(word: String) {
        #expect(nynorsk.stemKey(word) == "skolefraver")
    }

    @Test("dialect and nynorsk forms become bokmål", arguments: [
        ("nb", "Æ veit itte ka æ ska gjør", ["jeg", "vet", "ikke", "hva", "jeg", "skal", "gjør"]),
        ("nb", "koffor e ho sånn", ["hvorfor", "e", "hun", "sånn"]),
        ("nn", "Eg veit ikkje kva eg skal gjere", ["jeg", "vet", "ikke", "hva", "jeg", "skal", "gjøre"]),
        ("nn", "Korleis kan eg hjelpe dei heime?", ["hvordan", "kan", "jeg", "hjelpe", "de", "hjemme"]),
        ("nn", "kvifor treng ho så mykje hjelp no", ["hvorfor", "trenger", "hun", "så", "mye", "hjelp", "nå"]),
        ("nn", "ikje", ["ikke"]),                  // misspelt dialect found by key
        ("nb", "Skulen ringte", ["skolen", "ringte"]),
        ("nb", "heimeskule", ["hjemmeskule"]),      // prefix forms apply once, at the start
    ])
    func forms(locale: String, text: String, expected: [String]) {
        #expect(analyzer(locale).analyze(text).map(\.standard) == expected)
    }

    @Test("æ is mapped only as a whole word")
    func aeWholeWord() {
        #expect(bokmal.analyze("æ").map(\.standard) == ["jeg"])
        #expect(bokmal.analyze("ær").map(\.standard) == ["ær"])
        #expect(bokmal.analyze("sæter").map(\.standard) == ["sæter"])
    }

    @Test("stopwords", arguments: [
        ("nb", "jeg er bekymret for sønnen min", [true, true, false, true, false, true]),
        ("nn", "eg er uroa for dottera mi", [true, true, false, true, false, true]),
        ("nb", "han vil ikke gå på skolen", [true, true, false, false, true, false]),
        ("en", "my son refuses to go to school", [true, false, false, true, false, true, false]),
    ])
    func stopwords(locale: String, text: String, expected: [Bool]) {
        #expect(analyzer(locale).analyze(text).map(\.isStopword) == expected)
    }

    @Test("keys drop punctuation and emoji and fold repeats")
    func keys() {
        #expect(bokmal.keys("Hjelpppp!!! 😭 Sønnen min mobbes...") == ["hjelp", "sonen", "min", "mobes"])
        #expect(bokmal.stemKeys("Hjelpppp!!! 😭 Sønnen min mobbes...") == ["hjelp", "son", "mob"])
    }

    @Test("English input uses Porter2 and the translations")
    func englishInput() {
        let tokens = english.analyze("My son refuses to go to school")
        #expect(tokens.map(\.stem) == ["my", "son", "refus", "to", "go", "to", "school"])
        #expect(tokens.map(\.standard) == ["my", "sønn", "nekter", "to", "go", "to", "skole"])
        #expect(tokens.last?.stemKey == "skol")
        #expect(english.analyze("u dont").map(\.standard) == ["you", "don't"])
    }

    @Test("numbers pass through")
    func numbers() {
        let tokens = bokmal.analyze("Hun er 14 år")
        #expect(tokens.map(\.isNumber) == [false, false, true, false])
        #expect(tokens[2].key == "14")
    }

    @Test("empty language data still stems and keys")
    func emptyData() {
        let analyzer = TextAnalyzer(language: .empty(locale: "nb"))
        #expect(analyzer.stemKeys("Bekymringer") == ["bekymring"])
    }

    @Test("match keys and description")
    func matchKeys() throws {
        let token = try #require(nynorsk.analyze("skulefråværet").first)
        #expect(token.matchKeys == ["skolefraveret", "skolefraver"])
        #expect(token.isContentWord)
        #expect(token.description == "skulefråværet→skolefråværet [skolefraveret|skolefraver]")
        let stopword = try #require(bokmal.analyze("og").first)
        #expect(stopword.matchKeys == ["og"])
        #expect(!stopword.isContentWord)
        #expect(stopword.description == "og [og|og]*")
    }
}
