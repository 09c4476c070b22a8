/// The few ANSI styles the console uses, and the rule that they appear only when colour is on.
///
/// Styles are applied after wrapping, line by line, so escape codes never count towards the width and a line
/// never ends with an open style that would bleed into the user's typing.
public enum ConsoleStyle: Sendable, CaseIterable {
    /// Emergency numbers and crisis flows: bold red, so they cannot be missed.
    case crisis
    /// The engine's own remarks ("Mente du noe av dette?"): dimmed, so they read as aside.
    case notice
    /// The number in front of an option: bold cyan, so the choices stand out from the bubbles.
    case optionNumber
    /// The prompt before the user's input: bold.
    case prompt

    /// The escape sequence that resets every style.
    public static let reset = "\u{1B}[0m"

    /// The escape sequence that starts this style.
    public var escape: String {
        switch self {
        case .crisis: "\u{1B}[1;31m"
        case .notice: "\u{1B}[2m"
        case .optionNumber: "\u{1B}[1;36m"
        case .prompt: "\u{1B}[1m"
        }
    }

    /// `text` in this style when `enabled`, unchanged otherwise.
    public func apply(to text: String, enabled: Bool) -> String {
        guard enabled, !text.isEmpty else { return text }
        return escape + text + Self.reset
    }
}

extension String {
    /// Whether the text holds an ANSI escape (ESC, `\u{1B}`); used by tests to prove plain output is plain.
    public var containsANSIEscape: Bool {
        unicodeScalars.contains("\u{1B}")
    }
}
