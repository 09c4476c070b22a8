import ArgumentParser
import Foundation
import VeilederConsole

/// `veileder chat`: a conversation with the guide in the terminal, or scripted through a pipe.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk to the guide in the terminal.",
        discussion: """
            At a terminal, choose an option by typing its number or its text, or write with your own words. \
            Commands: /start (start over), /tilbake (one step back), /hjelp (help), /språk nn|en|nb (language), \
            /avslutt (leave). English forms work too: /restart, /back, /help, /quit. Ctrl-D or Ctrl-C leaves.

            With input from a pipe or a file, every line is one input, and the output is a plain transcript \
            (no colour, no prompt), so a conversation can be scripted:
              printf 'forelder\\nskolefravær\\n' | veileder chat

            Colour is used only at a terminal; set NO_COLOR to turn it off there too.
            """
    )

    @Option(help: ArgumentHelp("The folder of dialog files.", valueName: "DIR"), completion: .directory)
    var dialogs = "Dialogs"

    @Option(help: ArgumentHelp("The folder of translations (nb/, nn/, en/).", valueName: "DIR"), completion: .directory)
    var locales = "Locales"

    @Option(help: ArgumentHelp("The language to start in: nb (bokmål), nn (nynorsk) or en (English).", valueName: "LOCALE"))
    var locale = "nb"

    func run() throws {
        let loader = GuideLoader(configuration: .init(
            dialogs: dialogs, locales: locales, dialogsOption: "--dialogs DIR", localesOption: "--locales DIR"
        ))
        do {
            // Every way a chat stops (/avslutt, end of input, Ctrl-C) is a normal end: exit 0.
            _ = try ConsoleChat.runOnStandardStreams(
                loader: loader, locale: locale, environment: ProcessInfo.processInfo.environment
            )
        } catch {
            throw error.reported()
        }
    }
}
