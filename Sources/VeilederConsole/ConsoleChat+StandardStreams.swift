import VeilederCore

extension ConsoleChat {
    /// Runs a chat on the process's own standard input and output: the whole of `veileder chat`.
    ///
    /// Compiles the guide (errors go to standard error), looks at what the process is connected to, installs the
    /// Ctrl-C handler only when a person is at a terminal (in a pipe, Ctrl-C should stop the pipeline as usual),
    /// and runs the conversation until the user leaves or the input ends.
    ///
    /// - Parameters:
    ///   - loader: where the dialog and locale files are.
    ///   - locale: the locale to start in.
    ///   - environment: the process environment, read for `NO_COLOR`.
    /// - Throws: `ConsoleError` for a missing folder, a guide with errors, or an unknown locale.
    public static func runOnStandardStreams(
        loader: GuideLoader, locale: String, environment: [String: String]
    ) throws(ConsoleError) -> Outcome {
        let guide = try loader.loadGuide(reportingTo: StandardStream.standardError())
        let terminal = Terminal.detect(environment: environment)
        if terminal.isInteractive { InterruptSignal.install() }
        let chat = ConsoleChat(
            engine: Engine(guide: guide),
            configuration: Configuration(terminal: terminal, locale: locale),
            input: StandardInput(),
            output: StandardStream.standardOutput(),
            interrupted: { InterruptSignal.wasRaised }
        )
        return try chat.run()
    }
}

extension ConsoleChat.Configuration {
    /// The chat configuration that suits the terminal (or pipes) the process is connected to.
    public init(terminal: Terminal, locale: String) {
        self.init(
            locale: locale,
            mode: terminal.isInteractive ? .interactive : .plain,
            color: terminal.allowsColor,
            width: terminal.wrapWidth
        )
    }
}
