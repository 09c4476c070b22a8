/// One word of analysed text, in every form the router matches on.
///
/// For "Skulefråværet" with Nynorsk data (prefix form skule → skole):
///
/// | field      | value           | what it is                                               |
/// |------------|-----------------|----------------------------------------------------------|
/// | `text`     | "Skulefråværet" | surface, as written                                      |
/// | `folded`   | "skulefråværet" | NFKC case fold, 3+ letter runs collapsed                 |
/// | `standard` | "skolefråværet" | `folded` after dialect/nynorsk forms (and translations)  |
/// | `key`      | "skolefraveret" | `TextNormalizer.key(standard)`: æøå/digraphs/runs folded |
/// | `stem`     | "skulefråvær"   | Snowball stem of `folded` (æøå intact)                   |
/// | `stemKey`  | "skolefraver"   | key of the Snowball stem of `standard`                   |
public struct AnalyzedToken: Sendable, Hashable {
    /// The surface text exactly as written.
    public let text: String
    /// NFKC case fold of `text`, with runs of 3+ identical letters collapsed to one.
    public let folded: String
    /// `folded` after applying the locale's forms (dialect → standard) and translations.
    public let standard: String
    /// The matching key of `standard` (see `TextNormalizer.key(_:)`).
    public let key: String
    /// The locale's Snowball stem of `folded`, before any æøå folding.
    public let stem: String
    /// The matching key of the stem of `standard` (Norwegian stem for translated words).
    public let stemKey: String
    /// True if `standard` or `folded` is one of the locale's stopwords.
    public let isStopword: Bool
    /// True for numbers ("14", "2024").
    public let isNumber: Bool
    /// Position of `text` in the analysed string, in UTF-16 code units.
    public let utf16Range: Range<Int>

    /// Creates a token from all its forms; `TextAnalyzer` is the usual source.
    public init(
        text: String, folded: String, standard: String, key: String, stem: String, stemKey: String,
        isStopword: Bool, isNumber: Bool, utf16Range: Range<Int>
    ) {
        self.text = text
        self.folded = folded
        self.standard = standard
        self.key = key
        self.stem = stem
        self.stemKey = stemKey
        self.isStopword = isStopword
        self.isNumber = isNumber
        self.utf16Range = utf16Range
    }

    /// The distinct non-empty keys to match this token on: `key`, then `stemKey` if different.
    /// Spelling variants meet in `key`, inflections in `stemKey`; a router can index both.
    public var matchKeys: [String] {
        if stemKey.isEmpty || stemKey == key { return key.isEmpty ? [] : [key] }
        return key.isEmpty ? [stemKey] : [key, stemKey]
    }

    /// True if the token can carry meaning for routing: not a stopword and has a key.
    public var isContentWord: Bool {
        !isStopword && !key.isEmpty
    }
}

extension AnalyzedToken: CustomStringConvertible {
    /// A compact form for logs and test failures: `text→standard [key|stemKey]`, with `*` for stopwords.
    public var description: String {
        let surface = text == standard ? text : "\(text)→\(standard)"
        return "\(surface) [\(key)|\(stemKey)]\(isStopword ? "*" : "")"
    }
}
