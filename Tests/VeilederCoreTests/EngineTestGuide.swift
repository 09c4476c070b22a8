import VeilederCore
import VeilederText

/// A small guide built in code, so engine tests do not depend on the real content.
enum EngineTestGuide {
    static func make() -> Guide {
        let nodes: [Node] = [
            Node(id: "start", lines: [Line(id: "start.1", text: "Hei! Hva kan vi hjelpe deg med?")], options: [
                Option(id: "start.forelder", label: "Forelder", target: .node("meny"), assignments: ["audience": "forelder"], matchPhrases: ["mamma", "pappa"]),
                Option(id: "start.ung", label: "Jeg er ung", target: .node("meny"), assignments: ["audience": "ungdom"]),
            ]),
            Node(id: "meny", lines: [Line(id: "meny.1", text: "Hva er du bekymret for?")], options: [
                Option(id: "meny.fravaer", label: "Skolefravær", target: .node("fravaer.start")),
                Option(id: "meny.slutt", label: "Ferdig", target: .node("slutt")),
            ]),
            Node(id: "fravaer.start", redirects: [
                Redirect(target: .node("fravaer.forelder"), condition: Condition(["audience": ["forelder"]])),
                Redirect(target: .node("fravaer.ungdom")),
            ]),
            Node(id: "fravaer.forelder", lines: [
                Line(id: "fravaer.forelder.1", text: "Tegn: vondt i magen om morgenen."),
                Line(id: "fravaer.forelder.2", text: "Ring {service:alarm} om det haster.", condition: Condition(["audience": ["forelder"]])),
                Line(id: "fravaer.forelder.3", text: "Bare for unge.", condition: Condition(["audience": ["ungdom"]])),
            ], options: [Option(id: "fravaer.forelder.tilbake", label: "Tilbake", target: .back)], topicID: "fravaer"),
            Node(id: "fravaer.ungdom", lines: [Line(id: "fravaer.ungdom.1", text: "Du er ikke alene.")], options: [
                Option(id: "fravaer.ungdom.meny", label: "Meny", target: .menu),
            ]),
            Node(id: "ukjent", lines: [Line(id: "ukjent.1", text: "Jeg forsto ikke helt.")], options: [Option(id: "ukjent.meny", label: "Meny", target: .menu)]),
            Node(id: "hjelp", lines: [Line(id: "hjelp.1", text: "Skriv /start for å begynne på nytt.")], options: [Option(id: "hjelp.videre", label: "Fortsett", target: .resume)]),
            Node(id: "krise", lines: [Line(id: "krise.1", text: "Ring 113 eller {service:alarm}."), Line(id: "krise.2", text: "Er noen i fare akkurat nå?")], options: [
                Option(id: "krise.ja", label: "Ja, nå", target: .node("slutt")),
                Option(id: "krise.nei", label: "Nei, ikke akkurat nå", target: .resume),
            ]),
            Node(id: "krise.selvmord", lines: [Line(id: "krise.selvmord.1", text: "Det er bra at du sier det.")], options: [
                Option(id: "krise.selvmord.videre", label: "Fortsett samtalen", target: .resume),
            ]),
            Node(id: "slutt", lines: [Line(id: "slutt.1", text: "Ha det bra.")], isEnd: true),
        ]
        return Guide(
            roles: .init(start: "start", menu: "meny", fallback: "ukjent", crisis: "krise", help: "hjelp", crisisFlows: [.suicidal: "krise.selvmord"]),
            nodes: Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) }),
            topics: [Topic(id: "fravaer", category: .skolefravaer, title: "Skolefravær", entry: "fravaer.start", examples: ["sønnen min vil ikke gå på skolen"], keywords: ["skolefravær", "skulk"])],
            services: ["alarm": Service(id: "alarm", name: "Alarmtelefonen", fields: [.phone: "116 111"])],
            variables: ["audience": ["ungdom", "forelder"]],
            localization: Localization(
                lines: ["nn": ["start.1": "Hei! Kva kan vi hjelpe deg med?", "start.forelder": "Forelder (nn)"]],
                ui: ["nn": ["engine.locale-changed": "No skriv eg nynorsk."]],
                locales: ["nb", "nn"]
            ),
            crisisRules: CrisisRules(
                patterns: [.init(id: "selvmord", kind: .suicidal, phrases: ["vil ta livet mitt"], locale: "nb")],
                idioms: ["døde av latter"],
                // "alene" alone makes an indirect alarm, as the shipped weights do for some reports no phrase has.
                weights: CrisisWeights(bias: -3, threshold: 0.9, terms: ["alen": 6])
            ),
            languages: ["nb": LanguageData(locale: "nb", stopwords: ["jeg", "er", "en", "i", "på"])]
        )
    }
}
