import ArgumentParser
import VeilederConsole

/// `veileder explain`: every step of reading and routing one message.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a message is read: tokens, normal forms, stems, corrections, crisis check, scores, decision.",
        discussion: """
            veileder explain "guten vil ikkje på skulen"
            With --json and no text, reads one message per line from standard input and prints one JSON object \
            per line with "tokens": [{"text", "normalized", "stem"}, …], the crisis check and the routing.
            """
    )

    @Argument(help: "The message to explain; omit it with --json to read messages from standard input.")
    var text: String?

    @Flag(help: "Print JSON (one object per line).")
    var json = false

    @Option(help: ArgumentHelp("The folder of dialog files.", valueName: "DIR"), completion: .directory)
    var dialogs = "Dialogs"

    @Option(help: ArgumentHelp("The folder of translations (nb/, nn/, en/).", valueName: "DIR"), completion: .directory)
    var locales = "Locales"

    func validate() throws {
        if text == nil && !json {
            throw ValidationError("Give a message to explain, for example: veileder explain \"hun vil ikke gå på skolen\" (or use --json and pipe messages in).")
        }
    }

    func run() throws {
        do {
            let guide = try GuideLoader(configuration: .init(
                dialogs: dialogs, locales: locales, dialogsOption: "--dialogs DIR", localesOption: "--locales DIR"
            )).loadGuide(reportingTo: StandardStream.standardError())
            let inspector = LanguageInspector(guide: guide)
            let output = StandardStream.standardOutput()
            if let text {
                output.writeLine(json ? LanguageInspector.json(inspector.explain(text)) : inspector.explainText(text))
            } else {
                inspector.explainLines(from: StandardInput(), to: output)
            }
        } catch {
            throw error.reported()
        }
    }
}
