/// Normalises words for matching: NFKC case fold, elongation collapse and a lossy matching key.
///
/// Three levels, each built on the one before:
/// - `caseFold(_:)`: ICU NFKC case fold ("Skolefravær" → "skolefravær", "ﬁ" → "fi", "ß" → "ss").
/// - `fold(_:)`: case fold, then any run of 3+ identical letters becomes one letter
///   ("hjelpppp" → "hjelp", "neiii" → "nei"); double letters stay ("takk").
/// - `key(_:)`: the matching key of an already folded word: æ/ä → e, ø/ö → o, å → a, other Latin
///   accents dropped (é → e), "ae" → e and "oe" → o when `foldsNordicDigraphs`, every run of
///   identical letters collapsed to one ("aa" → a, "takk" → "tak"), and anything that is not
///   a letter or digit (punctuation, emoji, apostrophes) removed.
///
/// So "skolefravær", "skolefravaer" and "skolefraver" share the key "skolefraver". The key is
/// for comparison only; never show it to a person.
public struct TextNormalizer: Sendable, Hashable {
    /// Whether "ae" → e and "oe" → o apply in keys (true for Norwegian, false for English,
    /// where "does" and "goes" must not lose their e).
    public var foldsNordicDigraphs: Bool

    /// Creates a normaliser; pass `foldsNordicDigraphs: false` for English.
    public init(foldsNordicDigraphs: Bool = true) {
        self.foldsNordicDigraphs = foldsNordicDigraphs
    }

    /// ICU NFKC case fold of `text` (ASCII takes a Swift fast path with the same result).
    public func caseFold(_ text: String) -> String {
        var isASCII = true
        var hasUpper = false
        for unit in text.utf8 {
            if unit >= 0x80 { isASCII = false; break }
            if unit >= 0x41 && unit <= 0x5A { hasUpper = true }
        }
        if isASCII {
            if !hasUpper { return text }
            return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return ICU.caseFold(text)
    }

    /// `caseFold(_:)` followed by `collapseElongations(_:)`: the `folded` form of a token.
    public func fold(_ text: String) -> String {
        collapseElongations(caseFold(text))
    }

    /// Replaces every run of 3 or more identical letters with a single letter.
    /// Digits are left alone ("1000" stays), and so are double letters.
    public func collapseElongations(_ text: String) -> String {
        var previous: Unicode.Scalar?
        var run = 0
        var needsWork = false
        for scalar in text.unicodeScalars {
            run = scalar == previous ? run + 1 : 1
            previous = scalar
            if run >= 3, scalar.properties.isAlphabetic { needsWork = true; break }
        }
        if !needsWork { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            var j = i + 1
            while j < scalars.count, scalars[j] == scalars[i] { j += 1 }
            let length = j - i
            if length >= 3, scalars[i].properties.isAlphabetic {
                output.append(scalars[i])
            } else {
                output.append(contentsOf: scalars[i..<j])
            }
            i = j
        }
        return String(output)
    }

    /// The matching key of a folded word (see the type's summary for the rules).
    /// Returns "" for a word with no letters or digits.
    public func key(_ folded: String) -> String {
        // One pass into a stack buffer: map each scalar to its base letter, collapse runs, and
        // fold "ae"/"oe" as they complete. Equivalent to: collapse runs, fold digraphs, collapse again.
        let capacity = folded.utf8.count
        if capacity == 0 { return "" }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { out in
            var count = 0
            for scalar in folded.unicodeScalars {
                guard let value = Self.base(of: scalar) else { continue }
                let isDigit = value >= 0x30 && value <= 0x39
                if count > 0 {
                    let last = out[count - 1]
                    if value == last && !isDigit { continue }
                    if foldsNordicDigraphs, value == 0x65, last == 0x61 || last == 0x6F {
                        // "ae" → e (which may now repeat the letter before), "oe" → o.
                        if last == 0x61 {
                            out[count - 1] = 0x65
                            if count > 1, out[count - 2] == 0x65 { count -= 1 }
                        }
                        continue
                    }
                }
                out[count] = value
                count += 1
            }
            return Self.string(from: UnsafeBufferPointer(rebasing: out[0..<count]))
        }
    }

    /// A string from scalar values, encoded straight into UTF-8.
    static func string(from values: UnsafeBufferPointer<UInt32>) -> String {
        if values.isEmpty { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: values.count * 4) { bytes in
            var length = 0
            for value in values {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for unit in UTF8.encode(scalar)! {
                    bytes[length] = unit
                    length += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
        }
    }

    /// `key(fold(text))`: the key of raw text in one call.
    public func foldedKey(_ text: String) -> String {
        key(fold(text))
    }
}

/// Letter tables for `TextNormalizer.key(_:)`: which scalars survive and what they become.
extension TextNormalizer {
    /// The key letter for one folded scalar, or nil for punctuation, symbols, emoji,
    /// combining marks and spaces.
    @inline(__always)
    static func base(of scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x30...0x39:
            return value
        case 0x41...0x5A:
            return value | 0x20
        case 0x00...0x7F:
            return nil
        default:
            if let mapped = latinBase[value] { return mapped }
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else { return nil }
            // Marks (e.g. a combining ring left by odd input) are alphabetic but carry no letter.
            return properties.generalCategory == .nonspacingMark ? nil : value
        }
    }

    /// Latin letters with diacritics and the Nordic letters, mapped to one ASCII letter.
    /// æ/ä → e and ø/ö → o follow how Norwegians type without those keys ("fraver", "mote").
    static let latinBase: [UInt32: UInt32] = {
        let groups: [(String, Character)] = [
            ("æäǽ", "e"),
            ("øöœǿ", "o"),
            ("åàáâãāăą", "a"),
            ("èéêëēĕėęě", "e"),
            ("ìíîïĩīĭįı", "i"),
            ("òóôõōŏő", "o"),
            ("ùúûüũūŭůűų", "u"),
            ("ýÿŷ", "y"),
            ("çćĉċč", "c"),
            ("ďđð", "d"),
            ("ĝğġģ", "g"),
            ("ñńņňŉ", "n"),
            ("śŝşš", "s"),
            ("ţťŧ", "t"),
            ("źżž", "z"),
            ("ł", "l"),
            ("þ", "t"),
        ]
        var table: [UInt32: UInt32] = [:]
        for (letters, base) in groups {
            let target = base.unicodeScalars.first!.value
            for scalar in letters.unicodeScalars {
                table[scalar.value] = target
                // Upper-case forms too, for keys of text that was not case folded.
                for upper in String(scalar).uppercased().unicodeScalars where upper != scalar {
                    table[upper.value] = target
                }
            }
        }
        return table
    }()
}
