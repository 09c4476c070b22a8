import Testing
import VeilederCore

/// Picking an option from free text: by label, by match phrase, by short answer; never on a vague overlap.
@Suite("Option matcher")
struct RoutingOptionMatcherTests {
    static let matcher = OptionMatcher(languages: CrisisTestSupport.languages)

    static let audience: [OptionMatcher.Candidate] = [
        .init(id: "ungdom", label: "Jeg er ung", phrases: ["ungdom", "elev", "meg selv"]),
        .init(id: "forelder", label: "Jeg er forelder", phrases: ["mamma", "pappa", "mor", "far", "foresatt"]),
        .init(id: "ansatt", label: "Jeg jobber med barn", phrases: ["lærer", "ansatt", "barnehagelærer"]),
    ]

    static let crisis: [OptionMatcher.Candidate] = [
        .init(id: "ja", label: "Ja, nå", phrases: []),
        .init(id: "nei", label: "Nei, ikke akkurat nå", phrases: []),
        .init(id: "tilbake", label: "Tilbake dit jeg var", phrases: []),
    ]

    @Test("Audience answers pick the right option", arguments: [
        ("jeg er mamma", "forelder"),
        ("Jeg er forelder", "forelder"),
        ("forelder", "forelder"),
        ("pappa her", "forelder"),
        ("eg er lærar", "ansatt"),
        ("jeg er lærer", "ansatt"),
        ("ungdom", "ungdom"),
        ("JEG ER UNG!!!", "ungdom"),
    ])
    func audience(text: String, expected: String) {
        #expect(Self.matcher.match(text, among: Self.audience) == expected)
    }

    @Test("Short answers pick options labelled that way", arguments: [
        ("ja", "ja"), ("Ja!", "ja"), ("jepp", "ja"), ("yes", "ja"),
        ("nei", "nei"), ("nei takk", "nei"), ("neii", "nei"),
        ("tilbake", "tilbake"), ("back", "tilbake"),
    ])
    func shortAnswers(text: String, expected: String) {
        #expect(Self.matcher.match(text, among: Self.crisis) == expected)
    }

    @Test("Vague overlaps pick nothing", arguments: [
        "jeg er mamma til en gutt som ikke vil gå på skolen og har vondt i magen",
        "hva gjør jeg nå",
        "skolen",
        "kanskje",
        "",
    ])
    func vague(text: String) {
        #expect(Self.matcher.match(text, among: Self.audience) == nil)
        #expect(Self.matcher.match(text, among: Self.crisis) == nil)
    }

    @Test("Two options named equally pick nothing")
    func ambiguous() {
        let options: [OptionMatcher.Candidate] = [
            .init(id: "a", label: "Mamma", phrases: []),
            .init(id: "b", label: "Pappa", phrases: []),
        ]
        #expect(Self.matcher.match("mamma og pappa", among: options) == nil)
        #expect(Self.matcher.match("mamma", among: options) == "a")
    }
}
