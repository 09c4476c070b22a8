/// Breaks text into lines that fit a width, at spaces, with a prefix on the first line and an indent on the rest.
///
/// Widths count `Character`s: Norwegian text (æ, ø, å, é) is one column per character in every terminal this
/// runs in. Words longer than the width (web addresses) are kept whole rather than split, so they stay
/// clickable and copyable.
public struct TextWrapper: Sendable {
    /// The narrowest width honoured; below it every word would sit on its own line.
    public static let minimumWidth = 20

    /// Columns available, or `nil` for no wrapping at all.
    public var width: Int?

    /// Creates a wrapper; `nil` keeps every paragraph on one line.
    public init(width: Int?) {
        self.width = width.map { max($0, Self.minimumWidth) }
    }

    /// The lines of `text`, each paragraph (separated by `\n`) wrapped on its own.
    ///
    /// - Parameters:
    ///   - prefix: put before the first line, such as `"1. "` or a crisis marker.
    ///   - indent: put before every following line; defaults to spaces as wide as `prefix` (a hanging indent).
    public func wrap(_ text: String, prefix: String = "", indent: String? = nil) -> [String] {
        let indent = indent ?? String(repeating: " ", count: prefix.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lead = lines.isEmpty ? prefix : indent
            lines += wrapParagraph(Substring(paragraph), lead: lead, indent: indent)
        }
        return lines
    }

    private func wrapParagraph(_ paragraph: Substring, lead: String, indent: String) -> [String] {
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        guard let width, !words.isEmpty else {
            return [lead + words.joined(separator: " ")]
        }
        var lines: [String] = []
        var current = lead
        var currentHasWord = false
        for word in words {
            let needed = current.count + (currentHasWord ? 1 : 0) + word.count
            if currentHasWord, needed > width {
                lines.append(current)
                current = indent
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }
}
