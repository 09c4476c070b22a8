/// One word or number found in a text by `Tokenizer`.
public struct Token: Sendable, Hashable {
    /// The surface text exactly as written.
    public let text: String
    /// Position in the original text, in UTF-16 code units.
    public let utf16Range: Range<Int>
    /// True for numbers: ICU number status (100..<200) and no letters ("14", "3,5"; not "mp3").
    public let isNumber: Bool

    /// Creates a token; mostly useful in tests.
    public init(text: String, utf16Range: Range<Int>, isNumber: Bool) {
        self.text = text
        self.utf16Range = utf16Range
        self.isNumber = isNumber
    }
}

/// Splits text into words and numbers with ICU's word-break rules for Norwegian Bokmål.
///
/// Spaces, punctuation and emoji are dropped (ICU rule status below 100). Apostrophes and
/// hyphens inside words follow ICU: "barn's" stays one token, "e-post" becomes "e" and "post".
///
/// ```swift
/// Tokenizer().words("Hei! Sønnen min (14) vil ikke gå på skolen 😢")
/// // ["Hei", "Sønnen", "min", "14", "vil", "ikke", "gå", "på", "skolen"]
/// ```
public struct Tokenizer: Sendable {
    /// Creates a tokenizer. It holds no state; ICU's iterator is cached per thread in C.
    public init() {}

    /// Words and numbers of `text` with their positions.
    public func tokenize(_ text: String) -> [Token] {
        let units = Array(text.utf16)
        if Self.isPlainASCII(units) {
            return asciiTokens(units)
        }
        return icuTokens(units, in: text)
    }

    /// Only the surface strings of `tokenize(_:)`.
    public func words(_ text: String) -> [String] {
        tokenize(text).map(\.text)
    }

    /// Tokens by ICU word break over UTF-16 units; `text` (the same string) lets surfaces be
    /// sliced as UTF-8 instead of transcoded back from UTF-16.
    func icuTokens(_ units: [UInt16], in text: String? = nil) -> [Token] {
        let segments = ICU.wordSegments(units)
        var tokens: [Token] = []
        tokens.reserveCapacity(segments.count / 2 + 1)
        let utf16 = text?.utf16
        var index = utf16?.startIndex
        var offset = 0
        for segment in segments where segment.isWordLike {
            let text: String
            if let utf16, let current = index {
                // Walk forward once through the text: segments come in order.
                let start = utf16.index(current, offsetBy: segment.start - offset)
                let end = utf16.index(start, offsetBy: segment.end - segment.start)
                text = String(Substring(utf16[start..<end]))
                index = end
                offset = segment.end
            } else {
                text = String(decoding: units[segment.start..<segment.end], as: UTF16.self)
            }
            // ICU reports the status of the last rule, so "mp3" ends as a number: require no letters.
            let isNumber = segment.status < 200 && !text.unicodeScalars.contains { $0.properties.isAlphabetic }
            tokens.append(Token(text: text, utf16Range: segment.start..<segment.end, isNumber: isNumber))
        }
        return tokens
    }

    /// True when every unit is an ASCII letter, digit, space or common punctuation without
    /// word-internal marks ('.', ',', ':', '\'' between letters), where ICU's rules reduce to
    /// "runs of letters, runs of digits". Anything else goes through ICU.
    static func isPlainASCII(_ units: [UInt16]) -> Bool {
        for unit in units {
            switch unit {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x20, 0x21, 0x3F, 0x0A, 0x09:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Fast path for plain ASCII letters/digits/spaces/!/?: alphanumeric runs are the words.
    /// ICU joins letters and digits into one word ("mp3", "9b"), so this does the same.
    func asciiTokens(_ units: [UInt16]) -> [Token] {
        var tokens: [Token] = []
        var start = -1
        var sawLetter = false
        for index in 0...units.count {
            let unit: UInt16 = index < units.count ? units[index] : 0x20
            let isLetter = (0x61...0x7A).contains(unit) || (0x41...0x5A).contains(unit)
            let isDigit = (0x30...0x39).contains(unit)
            if isLetter || isDigit {
                if start < 0 { start = index; sawLetter = false }
                if isLetter { sawLetter = true }
            } else if start >= 0 {
                let text = String(decoding: units[start..<index], as: UTF16.self)
                tokens.append(Token(text: text, utf16Range: start..<index, isNumber: !sawLetter))
                start = -1
            }
        }
        return tokens
    }
}
