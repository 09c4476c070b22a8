import ArgumentParser
import Foundation
import VeilederConsole

/// `veileder test`: run the conversation tests in `Dialogs/tests/`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the conversation tests in DIR/tests/.",
        discussion: """
            Each test types inputs into a fresh conversation and checks the replies (node, texts, options, \
            crisis). Every failure is printed as file:line with what differed, then a summary. Exits 1 if a \
            test fails or the guide has errors, 0 when every test passes.
            """
    )

    @OptionGroup var folders: ContentFolders

    func run() throws {
        let terminal = Terminal.detect(environment: ProcessInfo.processInfo.environment)
        let testRun = GuideTestRun(loader: folders.loader, color: terminal.outputAllowsColor)
        let outcome: GuideTestRun.Outcome
        do {
            outcome = try testRun.run(output: StandardStream.standardOutput(), diagnostics: StandardStream.standardError())
        } catch {
            throw error.reported()
        }
        if outcome == .failed { throw ExitCode(outcome.exitCode) }
    }
}
