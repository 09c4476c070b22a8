/// The language pipeline: tokenize, fold, map dialect forms, stem and key every word.
///
/// Build one per locale at start-up (it precomputes its tables from `LanguageData`) and share
/// it: it is an immutable `Sendable` value. Per word it does one case fold (ASCII skips ICU),
/// a few dictionary lookups, one or two stems and two keys.
///
/// ```swift
/// let analyzer = TextAnalyzer(language: LanguageData(locale: "nn", forms: ["ikkje": "ikke"]))
/// analyzer.keys("Han vil ikkje gå på skulen!!!")
/// // ["han", "vil", "ike", "ga", "pa", "skulen"]
/// analyzer.analyze("Skolefraværet")[0].stemKey   // "skolefraver"
/// ```
public struct TextAnalyzer: Sendable {
    /// The data this analyzer was built from.
    public let language: LanguageData
    /// The normaliser used for folds and keys (digraph folding follows the locale).
    public let normalizer: TextNormalizer
    /// The tokenizer (ICU word break).
    public let tokenizer: Tokenizer
    /// The stemming algorithm of the locale.
    public let stemmerKind: StemmerKind

    let tables: Tables

    /// Builds an analyzer and its lookup tables for `language`.
    public init(language: LanguageData) {
        self.language = language
        self.normalizer = TextNormalizer(foldsNordicDigraphs: language.foldsNordicDigraphs)
        self.tokenizer = Tokenizer()
        self.stemmerKind = language.stemmerKind
        self.tables = Tables(language: language, normalizer: normalizer)
    }

    /// Every word and number of `text`, analysed, in order. Punctuation and emoji are dropped.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        let tokens = tokenizer.tokenize(text)
        var result: [AnalyzedToken] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            result.append(analyze(token: token))
        }
        return result
    }

    /// The matching keys of `text`'s words in order (stopwords included, empty keys dropped).
    public func keys(_ text: String) -> [String] {
        analyze(text).compactMap { $0.key.isEmpty ? nil : $0.key }
    }

    /// The stem keys of `text`'s words in order, without stopwords.
    public func stemKeys(_ text: String) -> [String] {
        analyze(text).compactMap { $0.isStopword || $0.stemKey.isEmpty ? nil : $0.stemKey }
    }

    /// Analysis of a single word (no tokenizing): for building vocabularies from the guide's words.
    public func analyzeWord(_ word: String) -> AnalyzedToken {
        let isNumber = !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
        return analyze(token: Token(text: word, utf16Range: 0..<word.utf16.count, isNumber: isNumber))
    }

    /// The matching key of one word, with forms applied (same as `analyzeWord(word).key`).
    public func key(_ word: String) -> String {
        analyzeWord(word).key
    }

    /// The stem key of one word (same as `analyzeWord(word).stemKey`).
    public func stemKey(_ word: String) -> String {
        analyzeWord(word).stemKey
    }

    /// The locale's stem of an already folded word.
    public func stem(_ folded: String) -> String {
        switch stemmerKind {
        case .norwegian: NorwegianStemmer().stem(folded)
        case .english: EnglishStemmer().stem(folded)
        case .none: folded
        }
    }

    func analyze(token: Token) -> AnalyzedToken {
        let folded = normalizer.fold(token.text)
        if token.isNumber {
            let key = normalizer.key(folded)
            return AnalyzedToken(
                text: token.text, folded: folded, standard: folded, key: key, stem: folded, stemKey: key,
                isStopword: tables.stopwords.contains(folded), isNumber: true, utf16Range: token.utf16Range
            )
        }
        let stem = stem(folded)
        let foldedKey = normalizer.key(folded)
        let standard: String
        let stemOfStandard: String
        let key: String
        if let translated = tables.translations[folded] {
            standard = translated
            stemOfStandard = NorwegianStemmer().stem(translated)
            key = normalizer.key(standard)
        } else if let mapped = tables.standardForm(of: folded, key: foldedKey) {
            standard = mapped
            stemOfStandard = self.stem(mapped)
            key = normalizer.key(standard)
        } else {
            standard = folded
            stemOfStandard = stem
            key = foldedKey
        }
        let stemKey = stemOfStandard == standard ? key : normalizer.key(stemOfStandard)
        let isStopword = tables.stopwords.contains(standard) || tables.stopwords.contains(folded)
        return AnalyzedToken(
            text: token.text, folded: folded, standard: standard, key: key, stem: stem, stemKey: stemKey,
            isStopword: isStopword, isNumber: false, utf16Range: token.utf16Range
        )
    }
}
