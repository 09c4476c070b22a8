import ArgumentParser
import Foundation
import VeilederConsole

/// `veileder check`: compile every dialog and locale file and report every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the dialog and translation files and report every problem.",
        discussion: """
            Prints each problem as file:line:column with a code (documented in docs/diagnostics/), the line \
            and a caret under the spot, then a summary: "N errors, M warnings in K files". Exits 1 if there \
            is any error, 0 otherwise (warnings do not fail the check).

            With --format json, prints one JSON document on standard output for tools; the summary goes to \
            standard error.
            """
    )

    @OptionGroup var folders: ContentFolders

    @Option(help: "The report format: text for people, json for tools.")
    var format: GuideCheck.Configuration.Format = .text

    @Flag(help: "Also report which topics and nodes the conversation tests reach.")
    var coverage = false

    func run() throws {
        let terminal = Terminal.detect(environment: ProcessInfo.processInfo.environment)
        let check = GuideCheck(loader: folders.loader, configuration: .init(
            format: format, color: format == .text && terminal.outputAllowsColor, coverage: coverage
        ))
        let outcome: GuideCheck.Outcome
        do {
            outcome = try check.run(output: StandardStream.standardOutput(), summary: StandardStream.standardError())
        } catch {
            throw error.reported()
        }
        if outcome == .failed { throw ExitCode(outcome.exitCode) }
    }
}

extension GuideCheck.Configuration.Format: ExpressibleByArgument {}
