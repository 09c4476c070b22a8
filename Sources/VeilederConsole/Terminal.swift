#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process is connected to: a person at a terminal, or a script with pipes.
///
/// Detected once at start-up and turned into a `ConsoleChat.Configuration`; nothing else in the library asks the
/// operating system, so every behaviour can be tested by building the configuration by hand.
public struct Terminal: Sendable, Equatable {
    /// The width used when the real one cannot be read (not a terminal, or `ioctl` failed).
    public static let fallbackWidth = 80

    /// Whether standard input is a terminal (a person typing).
    public var inputIsTerminal: Bool
    /// Whether standard output is a terminal (a person reading).
    public var outputIsTerminal: Bool
    /// The terminal's width in columns, when standard output is one.
    public var width: Int?
    /// Whether the user asked for no colour (`NO_COLOR` set to anything, see https://no-color.org).
    public var noColorRequested: Bool

    /// Creates a description by hand, for tests.
    public init(inputIsTerminal: Bool, outputIsTerminal: Bool, width: Int? = nil, noColorRequested: Bool = false) {
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.width = width
        self.noColorRequested = noColorRequested
    }

    /// Looks at the real standard input and output and the environment.
    public static func detect(environment: [String: String]) -> Terminal {
        let outputIsTerminal = isatty(STDOUT_FILENO) == 1
        return Terminal(
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: outputIsTerminal,
            width: outputIsTerminal ? reportedWidth() : nil,
            // no-color.org: set and not empty disables colour, whatever the value.
            noColorRequested: !(environment["NO_COLOR"] ?? "").isEmpty
        )
    }

    /// A person is at both ends: prompt, numbered menu, Ctrl-C handling.
    public var isInteractive: Bool { inputIsTerminal && outputIsTerminal }

    /// Colour in the chat only for a person at a terminal who has not opted out; never into a pipe or a file.
    public var allowsColor: Bool { isInteractive && !noColorRequested }

    /// Colour in a report (`check`, `test`): standard output is a terminal and `NO_COLOR` is unset; where the
    /// input comes from does not matter for a command that reads none.
    public var outputAllowsColor: Bool { outputIsTerminal && !noColorRequested }

    /// The width to wrap text to: the terminal's, or none when output goes to a pipe or file, so scripts and
    /// `grep` see each bubble on one line.
    public var wrapWidth: Int? {
        guard outputIsTerminal else { return nil }
        return width ?? Self.fallbackWidth
    }

    /// The width the terminal reports through `TIOCGWINSZ`, or `nil` if it reports none.
    static func reportedWidth() -> Int? {
        var size = winsize()
        #if canImport(Darwin)
        let status = ioctl(STDOUT_FILENO, TIOCGWINSZ, &size)
        #else
        let status = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size)
        #endif
        guard status == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
