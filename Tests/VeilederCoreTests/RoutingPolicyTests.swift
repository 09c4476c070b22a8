import Testing
import VeilederCore
import VeilederText

/// The router's policy on a small guide written here, so the tests do not move when content changes:
/// a confident message goes, a message between two topics asks, and an unrelated one falls back.
@Suite("Router policy")
struct RoutingPolicyTests {
    static let topics: [Topic] = [
        Topic(id: "skolefravaer", category: .skolefravaer, title: "Ufrivillig skolefravær", entry: "a",
              examples: ["sønnen min vil ikke gå på skolen", "hun har vondt i magen hver morgen før skolen",
                         "jeg har mye fravær", "han nekter å gå på skolen"],
              keywords: ["skolevegring", "skolefravær", "fravær", "skulker"]),
        Topic(id: "mobbing", category: .sosialeVansker, title: "Mobbing og ensomhet", entry: "b",
              examples: ["jeg blir mobbet på skolen", "datteren min blir holdt utenfor", "jeg har ingen venner"],
              keywords: ["mobbing", "mobbet", "utestengt", "ensom", "venner"]),
        Topic(id: "lesing", category: .laering, title: "Lesing og skriving", entry: "c",
              examples: ["sønnen min sliter med å lese", "hun staver mye feil", "jeg tror barnet har dysleksi"],
              keywords: ["lesing", "lesevansker", "dysleksi", "matte", "lekser"]),
        Topic(id: "uro", category: .uroOppmerksomhet, title: "Uro og konsentrasjon", entry: "d",
              examples: ["han klarer ikke å sitte stille", "hun klarer ikke å konsentrere seg på skolen"],
              keywords: ["adhd", "urolig", "konsentrasjon"]),
    ]

    static let languages: [String: LanguageData] = CrisisTestSupport.languages

    /// This guide is tiny: every word is about as rare as the next, so a message that names two concerns gives
    /// each exactly half its information, and evidence stays low. The policy is tested here at a support bar of
    /// 0.5; on the real guide common words weigh less, and the default bar (0.55) is tested in
    /// `RoutingResolutionTests`.
    static let router: Router = {
        var configuration = Router.Configuration()
        configuration.sufficientCoverage = 0.5
        return Router(topics: topics, languages: languages, configuration: configuration)
    }()

    @Test("Clear messages go to their topic", arguments: [
        ("datteren min blir mobbet", "mobbing"),
        ("skolevegring", "skolefravaer"),
        ("sønnen min har dysleksi og sliter med lesingen", "lesing"),
        ("kan barnet mitt ha ADHD", "uro"),
        ("skulefråvær", "skolefravaer"),
        ("dattera mi blir mobba og holdt utenfor", "mobbing"),
        ("jeg tror han har dysleksia", "lesing"),
    ])
    func goes(message: String, topic: String) {
        let result = Self.router.route(message)
        #expect(result.decision == .go, "\(message): \(Self.router.explain(message).steps.joined(separator: "\n"))")
        #expect(result.candidates.first?.topicID == topic)
    }

    @Test("A message between two topics asks, with two or three candidates", arguments: [
        ("mobbet og fravær", ["skolefravaer", "mobbing"]),
        ("lekser og konsentrasjon", ["lesing", "uro"]),
    ])
    func clarifies(message: String, expected: [String]) {
        let result = Self.router.route(message)
        #expect(result.decision == .clarify, "\(message): \(Self.router.explain(message).steps.joined(separator: "\n"))")
        #expect((2...3).contains(result.candidates.count))
        for topic in expected { #expect(result.candidates.contains { $0.topicID == topic }, "\(topic) not offered") }
    }

    @Test("Unrelated messages fall back", arguments: [
        "hva blir været i morgen",
        "når går bussen",
        "fortell en vits",
        "",
        "🙂",
    ])
    func fallsBack(message: String) {
        #expect(Self.router.route(message).decision == .fallback, "\(Self.router.explain(message).steps)")
    }

    @Test("Scores are calibrated to 0...1 and ranked best first")
    func scoresAreBounded() {
        for message in ["datteren min blir mobbet på skolen og har ingen venner", "lekser", "adhd adhd adhd adhd"] {
            let scores = Self.router.route(message).candidates.map(\.score)
            #expect(scores.allSatisfy { (0...1).contains($0) })
            #expect(scores == scores.sorted(by: >))
        }
    }

    @Test("Explain lists every word and the decision")
    func explainShowsSteps() {
        let explanation = Self.router.explain("datteren min blir mobba på skulen")
        #expect(explanation.words.map(\.text) == ["datteren", "min", "blir", "mobba", "på", "skulen"])
        #expect(explanation.result == Self.router.route("datteren min blir mobba på skulen"))
        #expect(explanation.steps.last?.hasPrefix("decision: go") == true)
    }

    @Test("An empty guide always falls back")
    func emptyGuide() {
        let router = Router(topics: [], languages: [:])
        #expect(router.route("datteren min blir mobbet").decision == .fallback)
    }
}
