import VeilederText

/// One `TextAnalyzer` per locale, built once and shared by the router, the crisis detector and the
/// option matcher.
///
/// Messages are analysed once, with the primary (bokmål) analyzer: its language data already maps
/// the common nynorsk and dialect forms to bokmål. Other locales' analyzers are used in two places
/// only: to compile their own crisis phrases (so a nynorsk phrase gets nynorsk forms), and for a
/// message word the primary analysis could not place (English "bullied" → "mobbet" by translation).
struct AnalyzerSet: Sendable {
    /// The analyzer every message goes through first.
    let primary: TextAnalyzer
    /// Every locale's analyzer, the primary included.
    let byLocale: [String: TextAnalyzer]
    /// The other locales' analyzers in a fixed order (sorted by locale), for fallbacks.
    let secondary: [TextAnalyzer]
    /// Keys of every locale's stopwords, plus `lightWords`. The router ignores a word that any locale
    /// calls a stopword: a nynorsk "vere" or an English "the" carries no more topic meaning than "være".
    let stopwordKeys: Set<String>
    /// For each secondary analyzer: the stem key of each of its translated words → the primary analysis of
    /// the translation, so an inflection the file does not list still finds it ("refusing" → "refuse" →
    /// "nekter").
    let translatedStems: [[String: AnalyzedToken]]

    /// Words that matter for meaning but not for choosing a topic: question words, negations and light
    /// verbs. The language files keep them out of their stopwords on purpose (they change a sentence's
    /// meaning), but as routing evidence they only add noise: "hvor" or "komme" in one topic's example
    /// would otherwise pull every question that uses them towards that topic.
    static let lightWords: [String] = [
        "hva", "hvordan", "hvorfor", "hvem", "hvor", "når", "hvilken", "hvilke", "hvilket", "kva", "korleis",
        "kvifor", "kven", "kvar", "kor", "what", "how", "why", "who", "where", "when", "which",
        "ikke", "ikkje", "not", "no", "gjøre", "gjør", "gjorde", "gjort", "gjere", "få", "fikk", "komme",
        "kommer", "kom", "kommet", "vite", "vet", "veit", "si", "sier", "sa", "sagt", "tro", "tror", "trur",
        "lurer", "lure", "må", "trenger", "bør", "burde", "ta", "tar", "tok", "tatt", "synes",
        "mye", "mer", "lite", "hele", "heile", "tiden", "tida", "alltid", "ofte", "nesten", "helt", "også",
        "etter", "før", "under", "mellom", "mot", "uten", "hos", "gjennom", "rundt", "igjen", "ennå", "enda",
        "lenger", "alt", "alle", "hver", "kanskje", "noen", "dag", "dager",
        "do", "get", "got", "know", "think", "need", "should", "much", "very", "always",
        "go", "goes", "going", "went", "gone", "want", "wants", "wanted", "make", "makes", "made", "yet",
        "because", "don't", "doesn't", "can't", "won't", "isn't", "i've", "never", "nothing", "anything",
        "something", "someone", "anyone", "everything", "every", "day", "days", "time", "lot", "lots",
        "ganger", "litt", "skikkelig", "hverandre", "sammen", "saman", "selv", "egentlig",
        "liksom", "visst", "plutselig", "lenge", "siste", "første", "mange", "flere", "fleire",
    ]

    /// Builds analyzers for `languages`; a missing primary locale gets empty data (stems and keys only).
    init(languages: [String: LanguageData], primaryLocale: String = Guide.sourceLocale) {
        var byLocale: [String: TextAnalyzer] = [:]
        for (locale, data) in languages {
            byLocale[locale] = TextAnalyzer(language: data)
        }
        let primary = byLocale[primaryLocale] ?? TextAnalyzer(language: .empty(locale: primaryLocale))
        byLocale[primaryLocale] = primary
        self.primary = primary
        self.byLocale = byLocale
        let secondary = byLocale.keys.sorted().filter { $0 != primaryLocale }.compactMap { byLocale[$0] }
        self.secondary = secondary
        var stopwordKeys: Set<String> = []
        for analyzer in byLocale.values {
            for word in analyzer.language.stopwords {
                stopwordKeys.insert(analyzer.key(word))
                stopwordKeys.insert(primary.key(word))
            }
        }
        for word in Self.lightWords { stopwordKeys.insert(primary.key(word)) }
        self.translatedStems = secondary.map { analyzer in
            var table: [String: AnalyzedToken] = [:]
            for (word, target) in analyzer.language.translations.sorted(by: { $0.key < $1.key }) {
                let stem = analyzer.analyzeWord(word).stem
                guard stem.unicodeScalars.count >= 4, table[stem] == nil else { continue }
                table[stem] = primary.analyzeWord(target)
            }
            return table
        }
        stopwordKeys.remove("")
        self.stopwordKeys = stopwordKeys
    }

    /// Whether a primary-analysed word is a stopword in any locale.
    func isStopword(_ token: AnalyzedToken) -> Bool {
        token.isStopword || stopwordKeys.contains(token.key)
    }

    /// The analyzer of `locale`, or one built on the spot with empty data for that locale
    /// (so an English crisis file still gets the English stemmer without an `en/language.yaml`).
    func analyzer(for locale: String) -> TextAnalyzer {
        byLocale[locale] ?? TextAnalyzer(language: .empty(locale: locale))
    }

    /// The primary analysis of `text`.
    func analyze(_ text: String) -> [AnalyzedToken] {
        primary.analyze(text)
    }
}
