import VeilederText

extension TopicIndex {
    /// How a message word was tied to indexed terms, from most to least certain.
    enum Resolution: String, Sendable, Hashable {
        /// Its stem key is an indexed term.
        case exact
        /// Its key (not its stem) is an indexed word.
        case surface
        /// Another locale's analysis placed it (English translation, a nynorsk form).
        case otherLocale
        /// Its stem starts, or is started by, an indexed term ("bekymr" ~ "bekymring").
        case stemPrefix
        /// It is a compound of indexed words ("matteleksene" → "matte" + "lekse").
        case compound
        /// It is a small typo of an indexed word ("mobing" → "mobbing").
        case typo
        /// Nothing in the index: evidence that the message is about something else.
        case unknown
        /// A stopword or a number: carries no weight.
        case ignored
        /// Part of an everyday idiom ("slå plenen", "døde av latter"): its words do not mean what they say, so
        /// it counts as an unknown word (stopwords inside it stay weightless).
        case idiom
    }

    /// An indexed term a word stands for, and how much it is trusted.
    struct WeightedTerm: Sendable, Hashable {
        /// The term id.
        var term: Int32
        /// 1 for an exact hit, less for looser ties.
        var weight: Double
    }

    /// A message word with the terms it was resolved to.
    struct ResolvedWord: Sendable, Hashable {
        /// The analysed word.
        var token: AnalyzedToken
        /// How it was resolved.
        var resolution: Resolution
        /// The terms it stands for (empty for unknown and ignored words).
        var terms: [WeightedTerm]
        /// Its share of the message's information: the idf of its best term, or `unknownIDF`.
        var informationWeight: Double
    }

    /// Resolves every word of an analysed message, trying the cheap exact lookups first; the words of an idiom at
    /// `idiomPositions` (position → idiom) count as one unknown word.
    func resolve(
        _ tokens: [AnalyzedToken], analyzers: AnalyzerSet, weights: Router.Configuration, idiomPositions: [Int: Int] = [:]
    ) -> [ResolvedWord] {
        // An idiom is one expression: it weighs as one unknown word, however many words it has, so "eksamen tar
        // livet av meg" does not drown the rest of a stressed student's message.
        var charged: Set<Int> = []
        return tokens.enumerated().map { position, token in
            let word = resolve(token, analyzers: analyzers, weights: weights)
            guard let idiom = idiomPositions[position], word.resolution != .ignored else { return word }
            let information = charged.insert(idiom).inserted ? unknownIDF : 0
            return ResolvedWord(token: token, resolution: .idiom, terms: [], informationWeight: information)
        }
    }

    /// Resolves one word: exact stem, surface key, other locales, stem prefixes, compound parts, typos.
    func resolve(_ token: AnalyzedToken, analyzers: AnalyzerSet, weights: Router.Configuration) -> ResolvedWord {
        // Single letters ("e", "æ" typed as "e") are dialect pronouns or noise, never a topic's evidence.
        guard !analyzers.isStopword(token), !token.isNumber, token.key.count > 1 else {
            return ResolvedWord(token: token, resolution: .ignored, terms: [], informationWeight: 0)
        }
        func word(_ resolution: Resolution, _ terms: [WeightedTerm]) -> ResolvedWord {
            let information = terms.map { idf[Int($0.term)] }.max() ?? unknownIDF
            return ResolvedWord(token: token, resolution: resolution, terms: terms, informationWeight: information)
        }
        let term = Self.term(of: token)
        if let id = termIDs[term] {
            // The stemmer leaves some forms of one word apart ("lærerne" → "lærern", "læreren" → "lærer"): the
            // exact term counts fully, its ending relatives as a stem prefix would. A word another locale
            // translates also stands for its translation, and weighs no more than it: "worried" is mostly
            // "bekymret", however rare the English example that holds it.
            var terms = [WeightedTerm(term: id, weight: 1)]
            var information = idf[Int(id)]
            if weights.endingRelatives {
                terms += endingRelatives(of: token.key, stem: term, exact: id).map { .init(term: $0, weight: weights.stemPrefixWeight) }
            }
            if weights.translationRelatives, let translated = translations[id], !terms.contains(where: { $0.term == translated }) {
                terms.append(.init(term: translated, weight: weights.otherLocaleWeight))
                information = min(information, idf[Int(translated)])
            }
            return ResolvedWord(token: token, resolution: .exact, terms: terms, informationWeight: information)
        }
        if let id = surfaceTerms[token.key] { return word(.surface, [.init(term: id, weight: 1)]) }
        for (position, analyzer) in analyzers.secondary.enumerated() {
            let other = analyzer.analyzeWord(token.text)
            if analyzers.isSecondaryStopword(other, position: position) {
                return ResolvedWord(token: token, resolution: .ignored, terms: [], informationWeight: 0)
            }
            if let id = termIDs[Self.term(of: other)] ?? surfaceTerms[other.key] {
                return word(.otherLocale, [.init(term: id, weight: weights.otherLocaleWeight)])
            }
            if let translated = analyzers.translatedStems[position][other.stem],
               let id = termIDs[Self.term(of: translated)] ?? surfaceTerms[translated.key] {
                return word(.otherLocale, [.init(term: id, weight: weights.otherLocaleWeight)])
            }
        }
        let prefixed = stemPrefixTerms(term)
        if !prefixed.isEmpty {
            return word(.stemPrefix, prefixed.map { .init(term: $0, weight: weights.stemPrefixWeight) })
        }
        if let parts = splitter.split(token.key) ?? splitter.split(token.stemKey) {
            let ids = parts.compactMap { surfaceTerms[$0] }
            if !ids.isEmpty { return word(.compound, ids.map { .init(term: $0, weight: weights.compoundPartWeight) }) }
        }
        // Typos only in words of five letters or more: shorter ones are too often other real words.
        // The first letter must agree too: people rarely mistype it, and without it "gråter" turns into
        // "prater".
        if token.key.count >= 5, let match = vocabulary.nearest(to: token.key),
           match.word.first == token.key.first, let id = surfaceTerms[match.word] {
            let weight = match.distance <= 1 ? weights.typoWeight : weights.typoWeight * 0.8
            return word(.typo, [.init(term: id, weight: weight)])
        }
        return ResolvedWord(token: token, resolution: .unknown, terms: [], informationWeight: unknownIDF)
    }

    /// Indexed terms that extend `stem` by a few letters, or that `stem` extends by at most three
    /// (an ending such as "-ing" or "-ene"); at most three terms.
    func stemPrefixTerms(_ stem: String) -> [Int32] {
        let length = stem.unicodeScalars.count
        guard length >= 3 else { return [] }
        if let longer = extensions[stem] {
            // Three-letter stems reach only three letters further ("mob" → "mobing", not "mobilen"),
            // and the closest extensions come first.
            let allowed = length == 3 ? 3 : 4
            let close = longer.filter { id in
                let extra = terms[Int(id)].unicodeScalars.count - length
                return extra <= allowed && Self.isEnding(terms[Int(id)].unicodeScalars.suffix(extra))
            }
            .sorted { terms[Int($0)].count < terms[Int($1)].count }
            if !close.isEmpty { return Array(close.prefix(3)) }
        }
        guard length >= 6 else { return [] }
        let scalars = Array(stem.unicodeScalars)
        for cut in stride(from: length - 1, through: max(5, length - 3), by: -1) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<cut])
            if let id = termIDs[String(view)], Self.isEnding(scalars[cut...]) { return [id] }
        }
        return []
    }

    /// Indexed terms that differ from an exactly matched word only by an inflection ending: its stem's
    /// relatives, and its key with an ending cut off (when the key is longer than the stem); at most two.
    func endingRelatives(of key: String, stem: String, exact id: Int32) -> [Int32] {
        var found = stemRelatives[Int(id)]
        guard found.count < 2, key != stem else { return Array(found.prefix(2)) }
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 6 else { return found }
        for cut in stride(from: scalars.count - 1, through: max(5, scalars.count - 3), by: -1) where found.count < 2 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<cut])
            if let other = termIDs[String(view)], other != id, !found.contains(other), Self.isEnding(scalars[cut...]) {
                found.append(other)
            }
        }
        return found
    }

    /// Endings (as keys: doubled letters folded) that inflect or derive a stem: "bekymr" + "ing", "mob" +
    /// "ing", "sint" + "het". Anything else is a different word that happens to share the start ("ver" and
    /// "verst", "hund" and "hundr").
    static let endings: Set<String> = [
        "e", "a", "et", "en", "er", "ar", "ne", "ene", "ete", "te", "de", "ing", "inga", "inger", "ning",
        "het", "lig", "lige", "ig", "ige", "else", "sel", "ende", "ande", "ere", "est", "isk", "iske", "skap",
        "s", "es", "ers", "ens", "ets",
    ]

    static func isEnding<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return endings.contains(String(view))
    }
}
