/// A Snowball-style stemmer: maps a lower-case word to its stem.
///
/// Stems are an aid for matching, not dictionary forms: "bekymret" → "bekymr" but
/// "bekymringer" → "bekymring". Input must already be NFKC case folded.
public protocol Stemmer: Sendable {
    /// The stem of `word`; words the algorithm does not change come back as they are.
    func stem(_ word: String) -> String
}

/// Which stemming algorithm a locale uses.
public enum StemmerKind: String, Sendable, Codable, CaseIterable {
    /// Snowball Norwegian (used for both Bokmål and Nynorsk).
    case norwegian
    /// Snowball English (Porter2).
    case english
    /// No stemming: the stem is the word itself.
    case none

    /// The stemmer for a locale code: "nb", "nn", "no" (and "nb-NO" etc.) → Norwegian,
    /// "en" → English, anything else → none.
    public init(locale: String) {
        let language = locale.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        switch language {
        case "nb", "nn", "no": self = .norwegian
        case "en": self = .english
        default: self = .none
        }
    }

    /// A stemmer value for this kind.
    public func makeStemmer() -> any Stemmer {
        switch self {
        case .norwegian: NorwegianStemmer()
        case .english: EnglishStemmer()
        case .none: IdentityStemmer()
        }
    }
}

/// The stemmer that leaves every word as it is.
public struct IdentityStemmer: Stemmer {
    /// Creates the identity stemmer.
    public init() {}

    /// Returns `word` unchanged.
    public func stem(_ word: String) -> String { word }
}

/// Helpers shared by the Snowball ports: words are arrays of Unicode scalar values.
enum SnowballText: Sendable {
    /// Unicode scalar values of `word`.
    @inline(__always)
    static func scalars(_ word: String) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars { values.append(scalar.value) }
        return values
    }

    /// A string from scalar values produced by the stemmers (always valid scalars).
    @inline(__always)
    static func string(_ values: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for value in values {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    /// Scalar values of an ASCII or Latin-1 literal, for suffix tables.
    static func literal(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    /// True when `word[..<end]` ends with `suffix` and the suffix starts at or after `limit`.
    @inline(__always)
    static func endsWith(_ word: [UInt32], _ end: Int, _ suffix: [UInt32], limit: Int) -> Bool {
        let start = end - suffix.count
        if start < limit { return false }
        var i = 0
        while i < suffix.count {
            if word[start + i] != suffix[i] { return false }
            i += 1
        }
        return true
    }

    /// The longest entry of `table` (sorted longest first) that ends `word[..<end]` at or after `limit`.
    @inline(__always)
    static func longestSuffix<Action>(
        _ word: [UInt32], end: Int, limit: Int, in table: [([UInt32], Action)]
    ) -> (length: Int, action: Action)? {
        for (suffix, action) in table where endsWith(word, end, suffix, limit: limit) {
            return (suffix.count, action)
        }
        return nil
    }
}
