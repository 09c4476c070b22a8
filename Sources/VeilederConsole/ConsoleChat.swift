import VeilederCore

/// A conversation with the guide over a line reader and a text output: the terminal chat of `veileder chat`.
///
/// Two modes, chosen by what the process is connected to (`Terminal`):
/// - **interactive** (a person at a terminal): a prompt, a one-line hint at the start, colour unless `NO_COLOR`,
///   text wrapped to the terminal, and a goodbye on Ctrl-D or Ctrl-C;
/// - **plain** (input from a pipe or file): one input per line, each echoed as `> input` so the output reads as
///   a transcript, no colour, no prompt, and a quiet exit at the end of input. That makes
///   `printf 'forelder\nskolefravær\n' | veileder chat` a scripted conversation.
///
/// The engine does the conversation; the console only maps typed numbers and exact option labels to option ids,
/// and renders replies. Commands (`/tilbake`, `/start`, `/hjelp`, `/avslutt`, `/språk nn`) go to the engine as
/// text, and the chat ends when a reply says the conversation has ended.
public struct ConsoleChat {
    /// How the chat talks to the user.
    public struct Configuration: Sendable {
        /// Who is at the other end.
        public enum Mode: Sendable, Equatable {
            /// A person at a terminal.
            case interactive
            /// A script, pipe or file.
            case plain
        }

        /// The locale to start in (`nb`, `nn`, `en`); `/språk` changes it during the conversation.
        public var locale: String
        /// Interactive or plain.
        public var mode: Mode
        /// Use ANSI colour (crisis bubbles red, notices dim).
        public var color: Bool
        /// Wrap text to this many columns; `nil` keeps each bubble on one line.
        public var width: Int?

        /// Creates a configuration; the defaults suit a pipe: bokmål, plain, no colour, no wrapping.
        public init(locale: String = Guide.sourceLocale, mode: Mode = .plain, color: Bool = false, width: Int? = nil) {
            self.locale = locale
            self.mode = mode
            self.color = color
            self.width = width
        }
    }

    /// Why the chat stopped; every outcome is a normal end (exit status 0).
    public enum Outcome: Sendable, Equatable {
        /// The user left with `/avslutt` (or the guide ended the conversation).
        case quit
        /// The input ran out: Ctrl-D, or the end of a piped script.
        case endOfInput
        /// Ctrl-C at a terminal.
        case interrupted
    }

    /// The engine that runs the conversation.
    public let engine: Engine
    /// How the chat talks to the user.
    public let configuration: Configuration
    let input: any LineReader
    let output: any TextOutput
    let interrupted: () -> Bool
    let formatter: ReplyFormatter

    /// Creates a chat.
    ///
    /// - Parameter interrupted: asked when the input ends, to tell Ctrl-C from Ctrl-D; the executable passes
    ///   `{ InterruptSignal.wasRaised }`.
    public init(
        engine: Engine, configuration: Configuration = .init(), input: any LineReader, output: any TextOutput,
        interrupted: @escaping () -> Bool = { false }
    ) {
        self.engine = engine
        self.configuration = configuration
        self.input = input
        self.output = output
        self.interrupted = interrupted
        self.formatter = ReplyFormatter(configuration: .init(
            color: configuration.color, width: configuration.width,
            optionIndent: configuration.mode == .interactive ? "  " : ""
        ))
    }

    /// Runs the conversation until the user leaves or the input ends.
    ///
    /// - Throws: `ConsoleError.unknownLocale` if the guide has no translation for the starting locale; nothing
    ///   after the conversation has started (engine problems are shown as notices and the chat goes on).
    public func run() throws(ConsoleError) -> Outcome {
        var reply: Reply
        do {
            reply = try engine.start(locale: configuration.locale)
        } catch {
            throw .unknownLocale(configuration.locale, available: engine.locales)
        }
        show(reply.messages, options: reply.options)
        if configuration.mode == .interactive {
            // Once, after the first options: how to answer. Scripts know already, so plain mode skips it.
            show([notice(.consoleHint, reply.state)], options: [])
        }
        var state = reply.state
        var options = reply.options
        while true {
            if interrupted() { return leave(.interrupted, state: state) }
            prompt(state)
            guard let line = input.readLine() else {
                return leave(interrupted() ? .interrupted : .endOfInput, state: state)
            }
            let typed = line.trimmingWhitespace()
            guard !typed.isEmpty else { continue }
            if configuration.mode == .plain { output.writeLine("> " + typed + "\n") } else { output.writeLine() }
            switch Self.resolve(typed, options: options) {
            case .invalidNumber:
                show([notice(.consoleInvalidNumber, state)], options: options)
                continue
            case .send(let userInput):
                do {
                    reply = try engine.respond(to: userInput, in: state)
                } catch {
                    show([BotMessage(id: "console.error", text: error.description, kind: .notice)], options: options)
                    if error == .conversationEnded { return .quit }
                    continue
                }
            }
            show(reply.messages, options: reply.options)
            state = reply.state
            options = reply.options
            if reply.ended { return .quit }
        }
    }

    /// Writes bubbles and options, then a blank line before the next input.
    func show(_ messages: [BotMessage], options: [OfferedOption]) {
        output.write(formatter.text(messages: messages, options: options))
        output.writeLine()
    }

    /// The prompt, on a terminal only: in a pipe nobody reads it and it would clutter the transcript.
    func prompt(_ state: ConversationState) {
        guard configuration.mode == .interactive else { return }
        output.write(ConsoleStyle.prompt.apply(to: ui(.consolePrompt, state) + ">", enabled: configuration.color) + " ")
    }

    /// Ends the chat; at a terminal, with a goodbye on a fresh line (after `^C`, or after the prompt on Ctrl-D).
    func leave(_ outcome: Outcome, state: ConversationState) -> Outcome {
        guard configuration.mode == .interactive else { return outcome }
        let goodbye = formatter.text(messages: [notice(.goodbye, state)], options: [])
        output.write((configuration.color ? ConsoleStyle.reset : "") + "\n" + goodbye)
        return outcome
    }

    func ui(_ key: UIString, _ state: ConversationState) -> String {
        engine.guide.localization.ui(key, locale: state.locale)
    }

    func notice(_ key: UIString, _ state: ConversationState) -> BotMessage {
        BotMessage(id: key.rawValue, text: ui(key, state), kind: .notice)
    }
}
