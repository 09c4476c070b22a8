import Foundation
import VeilederConsole
import VeilederCore

/// A small guide built in code, so the console tests do not depend on the real dialog files:
/// start → audience choice → menu → skolefravær for parents → next steps (an end node), plus the crisis, help
/// and fallback roles.
enum SmallGuide {
    static let guide = Guide(
        roles: .init(start: "start", menu: "meny", fallback: "ikke-forstatt", crisis: "krise", help: "hjelp"),
        nodes: Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) }),
        variables: ["audience": ["ungdom", "forelder"]]
    )

    static let engine = Engine(guide: guide)

    static let nodes: [Node] = [
        Node(
            id: "start",
            lines: [Line(id: "start.1", text: "Hei! Hva kan vi hjelpe deg med?")],
            options: [
                Option(id: "start.valg.ungdom", label: "Jeg er ungdom", target: .node("meny"), assignments: ["audience": "ungdom"]),
                Option(id: "start.valg.forelder", label: "Forelder eller foresatt", target: .node("meny"), assignments: ["audience": "forelder"], matchPhrases: ["forelder", "mamma", "pappa"]),
                Option(id: "start.valg.fare", label: "Noen er i fare nå", target: .node("krise")),
            ]
        ),
        Node(
            id: "meny",
            lines: [Line(id: "meny.1", text: "Hva gjelder det?")],
            options: [
                Option(id: "meny.valg.skolefravaer", label: "Skolefravær", target: .node("skolefravaer.forelder"), matchPhrases: ["skolefravær", "skole"]),
                Option(id: "meny.valg.tilbake", label: "Tilbake", target: .back),
            ]
        ),
        Node(
            id: "skolefravaer.forelder",
            lines: [
                Line(id: "skolefravaer.forelder.1", text: "Det er bra at du spør. Mange foreldre kjenner seg igjen i dette."),
                Line(id: "skolefravaer.forelder.tegn", text: "Tegn å se etter er blant annet vondt i magen om morgenen og at barnet vil være hjemme."),
            ],
            options: [
                Option(id: "skolefravaer.forelder.valg.na", label: "Hva kan jeg gjøre nå?", target: .node("skolefravaer.na")),
                Option(id: "skolefravaer.forelder.valg.meny", label: "Til menyen", target: .menu),
            ]
        ),
        Node(
            id: "skolefravaer.na",
            lines: [Line(id: "skolefravaer.na.1", text: "Snakk med kontaktlæreren så tidlig som mulig.")],
            isEnd: true
        ),
        Node(
            id: "krise",
            lines: [Line(id: "krise.1", text: "Er noen i fare nå, ring 113 (ambulanse) eller 112 (politi).")],
            options: [Option(id: "krise.valg.videre", label: "Tilbake til samtalen", target: .resume)]
        ),
        Node(
            id: "hjelp",
            lines: [Line(id: "hjelp.1", text: "Skriv /tilbake for å gå ett steg tilbake.")],
            options: [Option(id: "hjelp.valg.videre", label: "Fortsett", target: .resume)]
        ),
        Node(
            id: "ikke-forstatt",
            lines: [Line(id: "ikke-forstatt.1", text: "Det forsto jeg ikke helt.")],
            options: [Option(id: "ikke-forstatt.valg.meny", label: "Til menyen", target: .menu)]
        ),
    ]

    /// Runs a scripted conversation in plain mode and returns the outcome and the transcript.
    static func transcript(
        _ inputs: [String], configuration: ConsoleChat.Configuration = .init(), interrupted: Bool = false,
        engine: Engine = SmallGuide.engine
    ) throws -> (outcome: ConsoleChat.Outcome, text: String) {
        let output = TextBuffer()
        let chat = ConsoleChat(
            engine: engine, configuration: configuration, input: ScriptedInput(inputs), output: output,
            interrupted: { interrupted }
        )
        let outcome = try chat.run()
        return (outcome, output.text)
    }
}

/// Paths in the package, found from this file so the tests run from any working directory.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dialogs = root.appendingPathComponent("Dialogs")
    static let locales = root.appendingPathComponent("Locales")
}
