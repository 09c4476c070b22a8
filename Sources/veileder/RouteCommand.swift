import ArgumentParser
import VeilederConsole

/// `veileder route`: route messages from standard input, one JSON object per line.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route messages read from standard input (one per line) and print one JSON object per line.",
        discussion: """
            Each output line is {"text", "crisis", "topic", "category", "score", "decision", "alternatives"}, \
            where decision is go, clarify or fallback. For example:
              printf 'sønnen min vil ikke gå på skolen\\n' | veileder route
            """
    )

    @Option(help: ArgumentHelp("The folder of dialog files.", valueName: "DIR"), completion: .directory)
    var dialogs = "Dialogs"

    @Option(help: ArgumentHelp("The folder of translations (nb/, nn/, en/).", valueName: "DIR"), completion: .directory)
    var locales = "Locales"

    func run() throws {
        do {
            let guide = try GuideLoader(configuration: .init(
                dialogs: dialogs, locales: locales, dialogsOption: "--dialogs DIR", localesOption: "--locales DIR"
            )).loadGuide(reportingTo: StandardStream.standardError())
            LanguageInspector(guide: guide).routeLines(from: StandardInput(), to: StandardStream.standardOutput())
        } catch {
            throw error.reported()
        }
    }
}
