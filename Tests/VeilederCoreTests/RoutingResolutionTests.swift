import Testing
@testable import VeilederCore
import VeilederText

/// Unit tests of the router's word resolution and out-of-scope rule, on a small guide written here.
@Suite("Router resolution")
struct RoutingResolutionTests {
    static let topics: [Topic] = [
        Topic(id: "fravaer", category: .skolefravaer, title: "Skolefravær", entry: "a",
              examples: ["han nekter å gå på skolen", "hun har mye bekymring for skolen"],
              keywords: ["skolevegring", "fravær", "bekymring"]),
        Topic(id: "mobbing", category: .sosialeVansker, title: "Mobbing", entry: "b",
              examples: ["jeg blir mobbet", "ingen vil være med meg"], keywords: ["mobbing", "ensom"]),
        Topic(id: "hund", category: .andre, title: "Hunden", entry: "c",
              examples: ["hunden bjeffer"], keywords: ["hund"]),
    ]
    static let router = Router(topics: topics, languages: CrisisTestSupport.languages)

    static func word(_ message: String, _ text: String) -> RouteExplanation.Word? {
        router.explain(message).words.first { $0.text == text }
    }

    @Test("Inflection and derivation endings join a stem to a longer term; other letters do not", arguments: [
        ("ing", true), ("ene", true), ("het", true), ("lig", true), ("s", true), ("e", true),
        ("st", false), ("r", false), ("ker", false), ("", false),
    ])
    func endings(ending: String, isEnding: Bool) {
        #expect(TopicIndex.isEnding(ending.unicodeScalars) == isEnding)
    }

    @Test("Stem prefixes reach a term only through an ending")
    func stemPrefixes() {
        let index = Self.router.index
        let bekymring = index.termIDs[Self.router.analyzers.primary.analyzeWord("bekymring").stemKey]
        #expect(bekymring != nil)
        // "bekymr" + "ing" is an ending; "hund" + "r" ("hundre") is not.
        #expect(index.stemPrefixTerms("bekymr").contains { $0 == bekymring })
        #expect(index.stemPrefixTerms("hundr").isEmpty)
        #expect(index.stemPrefixTerms("ab").isEmpty)
        #expect(Self.word("han er bekymret", "bekymret")?.resolution == "stemPrefix")
    }

    @Test("An exactly matched word also stands for the terms it differs from by an ending")
    func endingRelatives() throws {
        // The stemmer keeps "lærerne" ("lærern") apart from "læreren" ("lærer"); both are indexed here.
        let topics = [
            Topic(id: "a", category: .sosialeVansker, title: "A", entry: "a", examples: ["læreren hjelper ikke"], keywords: []),
            Topic(id: "b", category: .laering, title: "B", entry: "b", examples: ["lærerne roper"], keywords: []),
        ]
        let analyzer = AnalyzerSet(languages: CrisisTestSupport.languages).primary
        let stem = { (text: String) in analyzer.analyzeWord(text).stemKey }
        var configuration = Router.Configuration()
        let router = Router(topics: topics, languages: CrisisTestSupport.languages, configuration: configuration)
        let word = try #require(router.explain("lærerne").words.first)
        #expect(word.resolution == "exact")
        #expect(word.terms == [stem("lærerne"), stem("læreren")])
        #expect(word.weights == [1, configuration.stemPrefixWeight])
        #expect(Set(router.route("lærerne").candidates.map(\.topicID)) == ["a", "b"])
        configuration.endingRelatives = false
        let plain = Router(topics: topics, languages: CrisisTestSupport.languages, configuration: configuration)
        #expect(plain.explain("lærerne").words.first?.terms == [stem("lærerne")])
    }

    @Test("A word from an English example also stands for its translation, and weighs no more than it")
    func translationRelatives() throws {
        var languages = CrisisTestSupport.languages
        languages["en"] = LanguageData(locale: "en", stopwords: ["i", "am", "about"], translations: ["worried": "bekymret"])
        let topics = [
            Topic(id: "en", category: .andre, title: "Andre", entry: "a", examples: ["i am worried about him"], keywords: []),
            Topic(id: "nb", category: .sprak, title: "Språk", entry: "b",
                  examples: ["bekymret for språket", "bekymret for ordene", "han snakker lite"], keywords: []),
        ]
        let router = Router(topics: topics, languages: languages)
        let word = try #require(router.explain("worried").words.first)
        let bekymret = AnalyzerSet(languages: languages).primary.analyzeWord("bekymret").stemKey
        #expect(word.resolution == "exact")
        #expect(word.terms.last == bekymret)
        #expect(word.weights.last == Router.Configuration().otherLocaleWeight)
        let bekymretID = try #require(router.index.termIDs[bekymret])
        #expect(word.information == min(router.index.idf[Int(bekymretID)], router.index.idf[Int(router.index.termIDs[word.terms[0]]!)]))
        var configuration = Router.Configuration()
        configuration.translationRelatives = false
        let plain = Router(topics: topics, languages: languages, configuration: configuration)
        #expect(plain.explain("worried").words.first?.terms.count == 1)
    }

    @Test("An everyday idiom counts as one unknown word, so it does not carry a message in")
    func idiomWordsCountAsUnknown() throws {
        #expect(Self.router.route("hunden bjeffer").decision != .fallback)
        let router = Router(topics: Self.topics, languages: CrisisTestSupport.languages, idioms: ["hunden bjeffer"])
        let explanation = router.explain("hunden bjeffer")
        #expect(explanation.words.map(\.resolution) == ["idiom", "idiom"])
        // The idiom weighs as one unknown word, not one per word.
        #expect(explanation.words.map(\.information) == [router.index.unknownIDF, 0])
        #expect(router.route("hunden bjeffer").decision == .fallback)
        // Outside the idiom the same words still count.
        #expect(router.explain("hunden min bjeffer").words.first?.resolution == "exact")
    }

    @Test("An English inflection the file does not list finds the translation through its stem")
    func stemBasedTranslation() throws {
        // Only the base form is listed: "refusing" and "refuses" reach "nekter" through the English stem.
        var languages = CrisisTestSupport.languages
        languages["en"] = LanguageData(locale: "en", stopwords: ["my", "the"], translations: ["refuse": "nekter", "school": "skole"])
        let router = Router(topics: Self.topics, languages: languages)
        for message in ["my son keeps refusing school", "he refuses"] {
            let word = try #require(router.explain(message).words.first { $0.text.hasPrefix("refus") })
            #expect(word.resolution == "otherLocale", "\(message)")
            #expect(word.terms == [router.analyzers.primary.analyzeWord("nekter").stemKey])
        }
        #expect(router.route("my son keeps refusing school").candidates.first?.topicID == "fravaer")
        // A word with no translation and no Norwegian match stays unknown.
        #expect(router.explain("refrigerator").words.first?.resolution == "unknown")
    }

    @Test("Coverage rule: weak coverage needs strong evidence, and a floor applies")
    func supportRule() {
        let configuration = Router.Configuration()
        #expect(Router.isSupported(coverage: 1, evidence: 0.5, configuration: configuration))
        #expect(Router.isSupported(coverage: 0.45, evidence: 0.95, configuration: configuration))
        #expect(!Router.isSupported(coverage: 0.45, evidence: 0.6, configuration: configuration))
        #expect(Router.isSupported(coverage: configuration.sufficientCoverage, evidence: 0.1, configuration: configuration))
        #expect(!Router.isSupported(coverage: configuration.minimumCoverage - 0.01, evidence: 1, configuration: configuration))
        // A lone word seen in one example explains half its share (`reliableFrequency` 2): not enough alone.
        #expect(!Router.isSupported(coverage: 0.5, evidence: 0.3, configuration: configuration))
    }

    @Test("A question whose one known word occurs in a single example falls back; a keyword carries it")
    func loneWordInOneExample() {
        let topics = [
            Topic(id: "fravaer", category: .skolefravaer, title: "Skolefravær", entry: "a",
                  examples: ["eleven har over tjue prosent fravær", "han nekter å gå på skolen"], keywords: ["skulk"]),
            Topic(id: "mobbing", category: .sosialeVansker, title: "Mobbing", entry: "b",
                  examples: ["jeg blir mobbet"], keywords: ["mobbing"]),
        ]
        let router = Router(topics: topics, languages: CrisisTestSupport.languages)
        #expect(router.route("hva er 15 prosent av 200").decision == .fallback)
        #expect(router.route("han skulker").decision == .go)
    }

    @Test("A message mostly about unknown things falls back even when one word is known")
    func coverageRejection() {
        let ranked = [TopicScore(topicID: "mobbing", category: .sosialeVansker, score: 0.9)]
        let router = Self.router
        #expect(router.decide(ranked).decision == .go)
        #expect(router.decide(ranked, bestCoverage: 0.3, bestEvidence: 0.5).decision == .fallback)
        #expect(router.decide(ranked, unknownShare: 0.8).decision == .fallback)
        let unknownHeavy = router.explain("hvor kjøper jeg billetter til fotballkampen og konserten med mobbing")
        #expect(unknownHeavy.words.filter { $0.resolution == "unknown" }.count >= 2)
        #expect(router.route("hvor kjøper jeg billetter til fotballkampen og konserten med mobbing").decision == .fallback)
        #expect(router.route("jeg blir mobbet og er ensom").decision == .go)
    }

    @Test("Bot texts explain at most contentReliability of a word; titles, keywords and examples explain it fully")
    func contentReliability() throws {
        let content = [[String](), [], ["Konserten har billetter. Konserten og billetter, billetter og konserten."]]
        func coverage(_ reliability: Double, _ message: String) throws -> Double {
            var configuration = Router.Configuration()
            configuration.contentReliability = reliability
            let router = Router(topics: Self.topics, content: content, languages: CrisisTestSupport.languages, configuration: configuration)
            return try #require(router.explain(message).topics.first { $0.topicID == "hund" }).coverage
        }
        // Words only in the bot texts (three times, weight 0.25 each): reliability 0.75 / 2 without a cap,
        // at most 0.1 of each word with the cap at 0.1.
        let uncapped = try coverage(1, "billetter konserten")
        #expect(uncapped > 0.3)
        #expect(try coverage(0.1, "billetter konserten") <= 0.1 + 1e-9)
        // A word from the topic's own phrases is unaffected.
        let own = try coverage(0.1, "hunden bjeffer")
        #expect(abs(own - (try coverage(1, "hunden bjeffer"))) < 1e-9)
    }

    @Test("The top topics are kept by a bounded heap: the same set a full sort gives")
    func strongestMatchesSort() {
        let keys: [Double] = (0..<200).map { Double(($0 * 7919) % 113) }
        let topics = (0..<200).map { Int32($0) }
        for limit in [0, 1, 5, 16, 199, 200, 300] {
            let kept = Router.strongest(topics, by: { keys[Int($0)] }, limit: limit)
            let sorted = topics.sorted { keys[Int($0)] != keys[Int($1)] ? keys[Int($0)] > keys[Int($1)] : $0 < $1 }
            #expect(Set(kept) == Set(sorted.prefix(limit)), "limit \(limit)")
        }
    }
}
