import VeilederCore

extension ConsoleChat {
    /// What the console makes of a typed line before the engine sees it.
    public enum ResolvedInput: Sendable, Equatable {
        /// Send this to the engine.
        case send(UserInput)
        /// A number that is not among the options; the console answers itself and shows the options again.
        case invalidNumber
    }

    /// The most digits read as an option number; anything longer ("2026", a phone number) is free text.
    static let maximumOptionDigits = 2

    /// Maps a typed line to an input: a number to the option with that number, an option's exact label to that
    /// option, everything else (free text and `/commands`) to text for the engine.
    ///
    /// The engine accepts digits too, but the console resolves them itself: only the console knows which
    /// numbers it showed, and it can answer an out-of-range number without spending a conversation turn.
    public static func resolve(_ typed: String, options: [OfferedOption]) -> ResolvedInput {
        let text = typed.trimmingWhitespace()
        if let number = optionNumber(text) {
            guard number >= 1, number <= options.count else { return .invalidNumber }
            return .send(.option(options[number - 1].id))
        }
        let folded = text.lowercased()
        if let option = options.first(where: { $0.label.lowercased() == folded }) {
            return .send(.option(option.id))
        }
        return .send(.text(text))
    }

    /// The number in "2", "2." or "2)", as people type menu choices; `nil` for anything else.
    static func optionNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        if let last = digits.last, last == "." || last == ")" { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= maximumOptionDigits,
              digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
