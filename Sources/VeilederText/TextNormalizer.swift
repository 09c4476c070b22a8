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
        var base: [UInt32] = []
        base.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            Self.appendBase(of: scalar, to: &base)
        }
        // Collapse runs first so "aae" and "ae" fold alike, then the digraphs, then runs again
        // ("fraaver" → "fraver", "moeote" cannot create new doubles that survive).
        Self.collapseRuns(&base)
        if foldsNordicDigraphs {
            var merged: [UInt32] = []
            merged.reserveCapacity(base.count)
            var i = 0
            while i < base.count {
                let value = base[i]
                // "ae" → e, "oe" → o: the digraphs people type when the keyboard lacks æ and ø.
                if i + 1 < base.count, base[i + 1] == 0x65, value == 0x61 || value == 0x6F {
                    merged.append(value == 0x61 ? 0x65 : 0x6F)
                    i += 2
                } else {
                    merged.append(value)
                    i += 1
                }
            }
            base = merged
            Self.collapseRuns(&base)
        }
        var output = String.UnicodeScalarView()
        for value in base {
            if let scalar = Unicode.Scalar(value) { output.append(scalar) }
        }
        return String(output)
    }

    /// Removes repeats of the same letter in place; digits repeat freely ("2000").
    static func collapseRuns(_ values: inout [UInt32]) {
        var write = 0
        for read in values.indices {
            let value = values[read]
            let isDigit = value >= 0x30 && value <= 0x39
            if write > 0, values[write - 1] == value, !isDigit { continue }
            values[write] = value
            write += 1
        }
        values.removeSubrange(write...)
    }

    /// `key(fold(text))`: the key of raw text in one call.
    public func foldedKey(_ text: String) -> String {
        key(fold(text))
    }
}
