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
    /// A key hit is only a first filter (keys fold doubled letters: "sinne" and "sine" share "sine"); the
    /// word's spelling must also match, see `stopwordSpellings`.
    let stopwordKeys: Set<String>
    /// `spelling(_:)` of every stopword (its folded form and its bokmål form), plus `lightWords`. Unlike keys,
    /// spellings keep doubled letters, so a content word never disappears because its key collides with a
    /// stopword's ("sinne" is not "sine"), while ASCII spellings of stopwords ("paa", "vaere") still match.
    let stopwordSpellings: Set<String>
    /// Per secondary analyzer: its folded translation sources ("down" in English). A translated word is
    /// content, whatever any stopword list says: its target decides.
    let translationSources: [Set<String>]
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
        "gang", "ganger", "litt", "skikkelig", "hverandre", "sammen", "saman", "selv", "egentlig",
        "liksom", "visst", "plutselig", "lenge", "siste", "første", "mange", "flere", "fleire",
        // How people ask for advice, whatever the concern ("hvordan håndterer jeg …", "er det normalt?").
        "håndtere", "håndterer", "handtere", "takle", "takler", "reagere", "reagerer", "normalt", "normal",
        "vanlig", "tips", "advice", "normal",
        // Who is asking and where, not what the worry is: a coach's "klubben" or a teacher's "oppfølging" says
        // nothing about the concern, and as unknown words they would count against every topic.
        "klubb", "klubben", "klubber", "ungdomsklubb", "ungdomsklubben", "fritidsklubb", "fritidsklubben",
        "natteravn", "natteravner", "miljøterapeut", "korpset", "skolekorpset", "speideren", "patruljen",
        "fotballtrener", "håndballtrener", "dansetrener", "turntrener", "cup", "coach", "club",
        "oppfølging", "vedtak", "effekt", "prosedyre", "progresjon", "dokumentere",
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
        // Every translation target and source of every locale: never a stopword unless the primary locale
        // itself lists the target ("down: nedstemt" must not make "nedstemt" or "down" disappear).
        var translated: Set<String> = []
        for analyzer in byLocale.values {
            for (source, target) in analyzer.language.translations {
                translated.insert(Self.spelling(analyzer.normalizer.fold(source)))
                translated.insert(Self.spelling(primary.normalizer.fold(target)))
                translated.insert(Self.spelling(primary.analyzeWord(target).standard))
            }
        }
        var stopwordKeys: Set<String> = []
        var stopwordSpellings: Set<String> = []
        func addStopword(_ folded: String, _ standard: String, exempt: Bool) {
            for form in [folded, standard] {
                let spelling = Self.spelling(form)
                guard !spelling.isEmpty, !(exempt && translated.contains(spelling)) else { continue }
                stopwordSpellings.insert(spelling)
                stopwordKeys.insert(primary.normalizer.key(form))
            }
        }
        for analyzer in byLocale.values {
            let isPrimary = analyzer.language.locale == primary.language.locale
            for word in analyzer.language.stopwords {
                // The word's own spelling and its bokmål form, never its translation: a stopword's key is
                // computed without the locale's translations applied.
                let folded = analyzer.normalizer.fold(word)
                addStopword(folded, primary.analyzeWord(folded).standard, exempt: !isPrimary)
            }
        }
        for word in Self.lightWords {
            let folded = primary.normalizer.fold(word)
            addStopword(folded, primary.analyzeWord(folded).standard, exempt: false)
        }
        self.stopwordSpellings = stopwordSpellings
        self.translationSources = secondary.map { analyzer in
            Set(analyzer.language.translations.keys.map { analyzer.normalizer.fold($0) })
        }
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

    /// Whether a primary-analysed word is a stopword in any locale: its own analysis says so, or its key
    /// and its spelling match a stopword of any locale (the key check is the cheap first filter).
    func isStopword(_ token: AnalyzedToken) -> Bool {
        if token.isStopword { return true }
        guard stopwordKeys.contains(token.key) else { return false }
        return stopwordSpellings.contains(Self.spelling(token.standard))
            || stopwordSpellings.contains(Self.spelling(token.folded))
    }

    /// Whether a word analysed by `secondary[position]` is a stopword. A word that locale translates is
    /// judged by its translation ("down" → "nedstemt" is content even though English lists "down").
    func isSecondaryStopword(_ token: AnalyzedToken, position: Int) -> Bool {
        if translationSources[position].contains(token.folded) {
            return stopwordSpellings.contains(Self.spelling(token.standard)) && stopwordKeys.contains(token.key)
        }
        return isStopword(token)
    }

    /// A folded word's spelling for stopword comparison: æ/ä → e, ø/ö/œ → o, å → a, accents dropped,
    /// "aa" → a, "ae" → e, "oe" → o, anything but letters and digits removed, and, unlike a matching key,
    /// doubled letters kept ("sinne" stays apart from "sine"; "paa" meets "på").
    static func spelling(_ folded: String) -> String {
        var output = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in folded.unicodeScalars {
            var mapped: Unicode.Scalar
            switch scalar {
            case "æ", "ä", "é", "è", "ê", "ë": mapped = "e"
            case "ø", "ö", "œ", "ó", "ò", "ô": mapped = "o"
            case "å", "á", "à", "â": mapped = "a"
            case "ü", "ú", "ù", "û": mapped = "u"
            case "í", "ì", "î", "ï": mapped = "i"
            default:
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
                mapped = scalar
            }
            if let last = previous, (last == "a" && mapped == "a") || (mapped == "e" && (last == "a" || last == "o")) {
                // "aa" → a, "ae" → e, "oe" → o: the previous letter is replaced.
                output.removeLast()
                mapped = last == "o" ? "o" : (mapped == "e" && last == "a" ? "e" : "a")
            }
            output.append(mapped)
            previous = mapped
        }
        return String(output)
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
