import Testing
@testable import VeilederCore

/// Discussion cues: a topic's name in homework, teaching, news or routines is left to the word weights; a phrase with
/// any word outside the names still counts, and so does the name without a cue.
@Suite("Crisis discussion cues")
struct CrisisDiscussionTests {
    static func detector(weights: CrisisWeights? = nil) -> CrisisDetector {
        CrisisDetector(rules: CrisisRules(
            patterns: [
                .init(id: "tvang", kind: .forcedMarriage, phrases: ["tvangsekteskap*|tvangsgift*"], locale: "nb"),
                .init(id: "selvmord", kind: .suicidal, phrases: ["selvmord*", "ta|tar livet mitt"], locale: "nb"),
            ],
            discussionTopics: ["tvangsekteskap|tvangsgifting", "selvmord"],
            discussionCues: ["samfunnsfag", "oppgave|oppgaven", "forskjellen på"],
            weights: weights
        ), languages: CrisisTestSupport.languages)
    }

    @Test("A bare topic name with a cue is no alarm; the explanation names the cue")
    func topicInDiscussion() throws {
        let detector = Self.detector()
        #expect(detector.detect("vi har om tvangsekteskap i samfunnsfag") == nil)
        let explanation = detector.explain("skriver oppgave om selvmord, hvor finner jeg kilder?")
        #expect(explanation.result == nil)
        let candidate = try #require(explanation.candidates.first)
        #expect(candidate.discussedBy == "oppgave|oppgaven")
        #expect(!candidate.counts)
        #expect(explanation.steps.contains { $0.contains("left to the word weights") })
    }

    @Test("Without a cue, with a longer phrase, or with a word that is no topic's name, it still counts", arguments: [
        ("tvangsekteskap", CrisisKind.forcedMarriage),
        ("har selvmordstanker, klarer ikke oppgaven", .suicidal),
        ("de tvangsgiftet søsteren min, vi har om det i samfunnsfag", .forcedMarriage),
        ("de planlegger tvangsekteskap for meg i sommer", .forcedMarriage),
        ("jeg har en oppgave om selvmord, men jeg vil ta livet mitt", .suicidal),
        ("hva er forskjellen på meg og dem, jeg vil ta livet mitt", .suicidal),
    ])
    func stillCounts(message: String, kind: CrisisKind) {
        #expect(Self.detector().detect(message)?.kind == kind)
    }

    @Test("The cue must be a word of its own, not the topic's name")
    func cueBesidesTheTopic() {
        let detector = CrisisDetector(rules: CrisisRules(
            patterns: [.init(id: "tvang", kind: .forcedMarriage, phrases: ["tvangsekteskap*"], locale: "nb")],
            discussionTopics: ["tvangsekteskap"],
            discussionCues: ["tvangsekteskap"]
        ), languages: CrisisTestSupport.languages)
        #expect(detector.detect("tvangsekteskap") != nil)
    }

    @Test("Left to the weights, a strong enough message still alarms as indirect")
    func weightsStillDecide() {
        let detector = Self.detector(weights: CrisisWeights(bias: -3, threshold: 0.9, terms: ["alen": 6]))
        #expect(detector.detect("oppgave om selvmord og jeg er helt alene")?.kind == .indirect)
        #expect(detector.detect("oppgave om selvmord") == nil)
    }

    /// Testers' messages about a crisis topic (session 6) and real reports that carry a cue word.
    @Test("Real files: talk about a topic is quiet, reports with a cue word are not", arguments: [
        ("vi har om tvangsekteskap i samfunnsfag, kor finn eg kjelder te oppgåva", nil),
        ("Jeg er helsesykepleier og skal snakke om selvskading på foreldremøtet neste måned. Hva bør jeg ta med?", nil),
        ("Så nyheten om sextortion-saken i Bergen, hvordan kan jeg snakke med 12-åringen min om nettvett?", nil),
        ("Kan nokon forklare kva som er forskjellen på grooming og vanleg vennskap? Vi skal ha gruppearbeid om det.", nil),
        ("jeg har en oppgave om selvmord men egentlig vil jeg ikke leve lenger", CrisisKind.suicidal),
        ("leste en artikkel om tvangsekteskap og nå sier pappa at jeg skal gifte meg i sommer", .forcedMarriage),
        ("etter foreldremøtet slo pappa meg", .violence),
        // Found by review: single words that are reports, not topics, must not be talked away.
        ("kms, klarer ikke mer, skal bare levere oppgaven først", .suicidal),
        ("vilikkeleve, har lest en bok om det", .suicidal),
        ("hun er bevisstløs, vi hadde førstehjelp i fjor men husker ingenting", .unsafeNow),
        ("han voldtok meg, og jeg har en oppgave å levere i morgen", .rape),
    ] as [(String, CrisisKind?)])
    func realFiles(message: String, kind: CrisisKind?) {
        #expect(CrisisTestSupport.detector.detect(message)?.kind == kind, "\(message)")
    }
}
