import VeilederCore

/// A small guide built in code, so the web tests do not depend on the real content.
enum WebTestGuide {
    static func make() -> Guide {
        let nodes: [Node] = [
            Node(id: "start", lines: [Line(id: "start.1", text: "Hei! Hva kan vi hjelpe deg med?")], options: [
                Option(id: "start.forelder", label: "Forelder", target: .node("meny"), assignments: ["audience": "forelder"], matchPhrases: ["mamma", "pappa"]),
                Option(id: "start.ung", label: "Jeg er ung", target: .node("meny"), assignments: ["audience": "ungdom"]),
            ]),
            Node(id: "meny", lines: [Line(id: "meny.1", text: "Hva er du bekymret for?")], options: [
                Option(id: "meny.fravaer", label: "Skolefravær", target: .node("fravaer")),
                Option(id: "meny.slutt", label: "Ferdig", target: .node("slutt")),
            ]),
            Node(id: "fravaer", lines: [Line(id: "fravaer.1", text: "Tegn: vondt i magen om morgenen.")], options: [
                Option(id: "fravaer.meny", label: "Meny", target: .menu),
            ], topicID: "fravaer"),
            Node(id: "ukjent", lines: [Line(id: "ukjent.1", text: "Jeg forsto ikke helt.")], options: [Option(id: "ukjent.meny", label: "Meny", target: .menu)]),
            Node(id: "hjelp", lines: [Line(id: "hjelp.1", text: "Skriv /start for å begynne på nytt.")], options: [Option(id: "hjelp.videre", label: "Fortsett", target: .resume)]),
            Node(id: "krise", lines: [Line(id: "krise.1", text: "Ring 113 eller {service:alarm}.")], options: [
                Option(id: "krise.nei", label: "Nei, ikke akkurat nå", target: .resume),
            ]),
            Node(id: "slutt", lines: [Line(id: "slutt.1", text: "Ha det bra.")], isEnd: true),
        ]
        return Guide(
            roles: .init(start: "start", menu: "meny", fallback: "ukjent", crisis: "krise", help: "hjelp"),
            nodes: Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) }),
            topics: [Topic(id: "fravaer", category: .skolefravaer, title: "Skolefravær", entry: "fravaer", examples: ["sønnen min vil ikke gå på skolen"], keywords: ["skolefravær", "skulk"])],
            services: ["alarm": Service(id: "alarm", name: "Alarmtelefonen", fields: [.phone: "116 111"])],
            variables: ["audience": ["ungdom", "forelder"]],
            localization: Localization(
                lines: ["nn": ["start.1": "Hei! Kva kan vi hjelpe deg med?"], "en": ["start.1": "Hi! How can we help?"]],
                locales: ["nb", "nn", "en"]
            ),
            crisisRules: CrisisRules(
                patterns: [.init(id: "selvmord", kind: .suicidal, phrases: ["vil ta livet mitt"], locale: "nb")],
                // "alene" alone gives an indirect alarm, as the shipped word weights do for reports no phrase has.
                weights: CrisisWeights(bias: -3, threshold: 0.9, terms: ["alen": 6])
            )
        )
    }
}
