import Testing
@testable import VeilederCore
import VeilederText

/// Stopwords must never swallow content words: not through a key collision ("sinne" and the possessive
/// "sine" share the key "sine"), and not through another locale's translation ("down" is an English
/// stopword candidate, but English translates it to "nedstemt").
@Suite("Router stopwords")
struct RoutingStopwordTests {
    static let topics: [Topic] = [
        Topic(id: "sinne", category: .sinneAtferd, title: "Sinne og utbrudd", entry: "a",
              examples: ["han får sinneutbrudd hver dag", "hun slår når hun blir sint"],
              keywords: ["sinne", "raseri", "utbrudd"]),
        Topic(id: "psyke", category: .psykiskHelse, title: "Psykisk helse", entry: "b",
              examples: ["jeg er lei meg hele tiden", "hun er trist og nedstemt"],
              keywords: ["nedstemt", "trist", "angst"]),
        Topic(id: "lesing", category: .laering, title: "Lesing og skriving", entry: "c",
              examples: ["sønnen min sliter med å lese"], keywords: ["lesing", "dysleksi"]),
    ]

    static func resolution(_ router: Router, _ message: String, word: String) -> String? {
        router.explain(message).words.first { $0.text == word }?.resolution
    }

    @Test("A content word whose key equals a stopword's key is not a stopword (sinne ≠ sine)")
    func keyCollisionKeepsContentWord() {
        let router = Router(topics: Self.topics, languages: CrisisTestSupport.languages)
        #expect(Self.resolution(router, "sinne", word: "sinne") == "exact")
        #expect(Self.resolution(router, "barna og sine leker", word: "sine") == "ignored")
        let result = router.route("sinne")
        #expect(result.decision == .go)
        #expect(result.candidates.first?.topicID == "sinne")
        // The index keeps the keyword too: the term is there.
        #expect(router.index.termIDs[router.analyzers.primary.analyzeWord("sinne").stemKey] != nil)
    }

    @Test("Advice-seeking words carry no topic evidence and no unknown-word penalty")
    func adviceWords() {
        let router = Router(topics: Self.topics, languages: CrisisTestSupport.languages)
        for word in ["håndterer", "normalt", "tips"] {
            #expect(Self.resolution(router, "hvordan \(word) sinneutbrudd", word: word) == "ignored", "\(word)")
        }
        #expect(router.route("hvordan håndterer jeg raseri, er det normalt?").candidates.first?.topicID == "sinne")
        #expect(router.route("hvordan håndterer jeg raseri, er det normalt?").decision != .fallback)
    }

    @Test("ASCII spellings of stopwords are still stopwords, doubled letters still tell words apart")
    func spellings() {
        let analyzers = AnalyzerSet(languages: CrisisTestSupport.languages)
        for word in ["paa", "på", "pa", "vaere", "være", "sine", "og", "the"] {
            #expect(analyzers.isStopword(analyzers.primary.analyzeWord(word)), "\(word) should be a stopword")
        }
        for word in ["sinne", "sinnet", "nedstemt", "down", "mobbing"] {
            #expect(!analyzers.isStopword(analyzers.primary.analyzeWord(word)), "\(word) should be content")
        }
        #expect(AnalyzerSet.spelling("skolefravaer") == AnalyzerSet.spelling("skolefravær"))
        #expect(AnalyzerSet.spelling("sinne") != AnalyzerSet.spelling("sine"))
    }

    @Test("A translation target is never swallowed by the source locale's stopword list")
    func translationTargetSurvives() {
        // Deliberately bad data: English lists "down" as a stopword *and* translates it.
        var english = LanguageData(locale: "en", stopwords: ["the", "down", "up"], translations: ["down": "nedstemt", "sad": "trist"])
        var languages = CrisisTestSupport.languages
        languages["en"] = english
        let router = Router(topics: Self.topics, languages: languages)
        #expect(router.index.termIDs[router.analyzers.primary.analyzeWord("nedstemt").stemKey] != nil)
        #expect(Self.resolution(router, "jeg er nedstemt", word: "nedstemt") == "exact")
        #expect(Self.resolution(router, "feeling down", word: "down") == "otherLocale")
        #expect(router.route("i feel so down").candidates.first?.topicID == "psyke")
        #expect(Self.resolution(router, "up the hill", word: "up") == "ignored")
        english.translations = [:]
        languages["en"] = english
        let plain = Router(topics: Self.topics, languages: languages)
        #expect(Self.resolution(plain, "feeling down", word: "down") == "ignored")
        #expect(Self.resolution(plain, "jeg er nedstemt", word: "nedstemt") == "exact")
    }

    @Test("The shipped English data translates down without listing it as a stopword")
    func shippedEnglishData() throws {
        let english = try #require(CrisisTestSupport.languages["en"])
        #expect(english.translations["down"] == "nedstemt")
        #expect(!english.stopwords.contains("down"))
        for (source, _) in english.translations {
            #expect(!english.stopwords.contains(source), "\(source) is both translated and a stopword")
        }
    }

    /// Dialect forms are looked up by key (æ/ø/å folded), so a form can swallow an unrelated bokmål word: "nåken"
    /// (noen) once turned "naken" into a stopword, and "tå" (av) turned "ta" into "av".
    @Test("The shipped dialect forms leave common bokmål words alone", arguments: ["naken", "nakne", "ta", "tok", "sitt", "skole"])
    func shippedFormsKeepWords(word: String) throws {
        let analyzer = TextAnalyzer(language: try #require(CrisisTestSupport.languages["nb"]))
        #expect(analyzer.analyzeWord(word).standard == word)
    }
}
