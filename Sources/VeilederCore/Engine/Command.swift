/// Navigation commands available from any node.
public enum Command: Sendable, Hashable {
    /// Start over with no variables set.
    case restart
    /// One step back.
    case back
    /// The help node.
    case help
    /// End the conversation.
    case quit
    /// The main menu.
    case menu
    /// Switch language.
    case setLocale(String)
    /// A slash command nobody knows.
    case unknown(String)

    /// Parses a slash command (`/tilbake`, `/back`, `/språk nn`, ...); `nil` if the text is not one.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("/") else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let word = (parts.first ?? "").lowercased()
        switch word {
        case "start", "restart", "omstart", "ny": self = .restart
        case "tilbake", "back", "attende": self = .back
        case "hjelp", "help": self = .help
        case "avslutt", "quit", "exit", "slutt": self = .quit
        case "meny", "menu": self = .menu
        case "språk", "sprak", "språk:", "lang", "language", "locale":
            self = .setLocale(parts.count > 1 ? parts[1].trimmingWhitespace().lowercased() : "")
        default: self = .unknown(trimmed)
        }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
