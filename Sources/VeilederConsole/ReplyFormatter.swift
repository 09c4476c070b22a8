import VeilederCore

/// Turns the engine's bubbles and options into the text a console shows.
///
/// Layout, the same with and without a terminal so a piped transcript reads like the live chat:
///
/// ```
/// Hei! Hva kan vi hjelpe deg med?
///
/// ! Ring 113 hvis noen er i fare nå.
///
///   1. Jeg er ungdom
///   2. Forelder eller foresatt
/// ```
///
/// Bubbles are paragraphs separated by a blank line; crisis bubbles start with `! ` (and are red when colour is
/// on), so the emergency numbers stand out even in a plain transcript or on a screen reader. Options follow as a
/// numbered list, the numbers the user can type.
public struct ReplyFormatter: Sendable {
    /// How the text is laid out.
    public struct Configuration: Sendable {
        /// Add ANSI colour.
        public var color: Bool
        /// Wrap to this many columns; `nil` keeps each bubble on one line.
        public var width: Int?
        /// Put before each option's number: two spaces on a terminal, nothing in a plain transcript.
        public var optionIndent: String

        /// Creates a layout; by default plain, unwrapped and unindented, as for a pipe.
        public init(color: Bool = false, width: Int? = nil, optionIndent: String = "") {
            self.color = color
            self.width = width
            self.optionIndent = optionIndent
        }
    }

    /// The marker in front of a crisis bubble.
    public static let crisisMarker = "! "

    /// How the text is laid out.
    public let configuration: Configuration
    private let wrapper: TextWrapper

    /// Creates a formatter.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        self.wrapper = TextWrapper(width: configuration.width)
    }

    /// The bubbles, then the numbered options, as lines; blank lines separate the parts.
    public func lines(messages: [BotMessage], options: [OfferedOption]) -> [String] {
        var blocks = messages.map(lines(for:))
        if !options.isEmpty { blocks.append(lines(for: options)) }
        return Array(blocks.joined(separator: [""]))
    }

    /// The same as `lines(messages:options:)`, joined, with a newline after the last line.
    public func text(messages: [BotMessage], options: [OfferedOption]) -> String {
        let lines = lines(messages: messages, options: options)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// One bubble, wrapped, marked and styled by its kind.
    public func lines(for message: BotMessage) -> [String] {
        switch message.kind {
        case .crisis:
            wrapper.wrap(message.text, prefix: Self.crisisMarker)
                .map { ConsoleStyle.crisis.apply(to: $0, enabled: configuration.color) }
        case .notice:
            wrapper.wrap(message.text)
                .map { ConsoleStyle.notice.apply(to: $0, enabled: configuration.color) }
        case .text:
            wrapper.wrap(message.text)
        }
    }

    /// The numbered options; numbers are right-aligned when there are ten or more, so the labels line up.
    public func lines(for options: [OfferedOption]) -> [String] {
        let digits = String(options.count).count
        return options.enumerated().flatMap { index, option in
            let number = String(index + 1)
            let padding = String(repeating: " ", count: digits - number.count)
            let prefix = configuration.optionIndent + padding + number + ". "
            let wrapped = wrapper.wrap(option.label, prefix: prefix)
            guard configuration.color, let first = wrapped.first else { return wrapped }
            // Colour only the number, and only after wrapping, so the escape codes take no columns.
            let styledNumber = ConsoleStyle.optionNumber.apply(to: number + ".", enabled: true)
            let styledFirst = configuration.optionIndent + padding + styledNumber + first.dropFirst(prefix.count - 1)
            return [styledFirst] + wrapped.dropFirst()
        }
    }
}
