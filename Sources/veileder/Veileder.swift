import ArgumentParser

/// The `veileder` command: Kragerø kommune's guide for anyone worried about a child, and the tools editors and
/// translators use to write it.
///
/// Every subcommand is thin: it parses its arguments, calls one function of `VeilederConsole` (or, for
/// `serve`, `VeilederWeb`), and turns the outcome into an exit status. The behaviour lives in the libraries,
/// where it is tested.
@main
struct Veileder: AsyncParsableCommand {
    /// The version printed by `veileder --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "veileder",
        abstract: "A chat guide for youth, parents, volunteers and staff who are worried about a child.",
        discussion: """
            Veileder follows Kragerø kommune's TIK model: what signs to look for, what you can do now, and who \
            can help. The conversations are written in YAML under Dialogs/ and translated under Locales/.

            Start a conversation in the terminal:
              veileder chat
            Check the dialog files after editing them:
              veileder check
            Run the conversation tests in Dialogs/tests/:
              veileder test
            """,
        version: version,
        subcommands: [
            ChatCommand.self,
            CheckCommand.self,
            TestCommand.self,
            FingerprintsCommand.self,
            ExplainCommand.self,
            RouteCommand.self,
            ServeCommand.self,
        ]
    )
}
