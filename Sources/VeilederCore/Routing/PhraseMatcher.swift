import VeilederText

/// Finds editor-written phrases in analysed text, word by word, tolerating small gaps.
///
/// Phrase syntax (used by `Locales/<locale>/crisis.yaml`, documented in docs/routing.md):
/// - words are separated by spaces and must occur in this order;
/// - `a|b|c` is one word with alternatives;
/// - `selvmord*` matches every word whose key starts with "selvmord" ("selvmordstanker");
/// - a word matches a message word when their keys or stem keys are equal, so case, æ/ø/å, ae/oe/aa,
///   doubled letters, dialect forms and inflection that the stemmer knows all fall away;
/// - `~` between two words lets up to `wideGap` other words stand there, whatever `maxGap` is (for idioms,
///   which otherwise allow no gap: "slår|slo meg ~ i sjakk" covers "broren slår alltid meg i sjakk");
/// - `&` joins parts that must all occur somewhere in the message, in any order and at any distance
///   ("piller|tabletter & i natt|ikveld" covers "tenker å ta alle pillene jeg har samla, i natt").
///
/// At most `maxGap` other words may stand between two neighbouring phrase words. Matching is a
/// lookup of each message word in a term table (no scan of every phrase per message), then a short
/// search through the phrases that can start at that word.
struct PhraseMatcher: Sendable {
    /// One slot of a phrase: the terms and key prefixes it accepts.
    struct Word: Sendable, Hashable {
        /// Keys and stem keys of the alternatives.
        var terms: Set<String>
        /// Key prefixes of the `*` alternatives.
        var prefixes: [String]
        /// The prefixes of six letters or more as scalars, for the one-typo comparison.
        var longPrefixes: [[Unicode.Scalar]] = []
        /// The most other words allowed before this word, when a `~` set it; otherwise the matcher's `maxGap`.
        var gapBefore: Int? = nil
        /// Terms that only alternatives written without æ, ø and å produce ("far", not "får").
        var plainTerms: Set<String> = []

        /// Whether a message token fills this slot; with `fuzzy`, a `*` alternative of six letters or more also
        /// takes a word that starts with it but for one typo ("selvmorstanker").
        func accepts(_ token: AnalyzedToken, fuzzy: Bool = false) -> Bool {
            // Short stems collide across unrelated words ("vape" and "våpen" both stem to "vap").
            let byTerm = terms.contains(token.key) || (token.stemKey.count >= 4 && terms.contains(token.stemKey))
            if byTerm, !refuses(token) { return true }
            for prefix in prefixes where token.key.hasPrefix(prefix) { return true }
            guard fuzzy, !longPrefixes.isEmpty else { return false }
            let key = Array(token.key.unicodeScalars)
            return longPrefixes.contains { PhraseMatcher.startsNearly(key, with: $0) }
        }

        /// Whether a word typed with æ, ø or å fills this slot only through terms of alternatives written without
        /// them: keys fold "får" into "far", but whoever typed the å did not mean "far". Words typed without the
        /// letters ("far" for "får", "slar" for "slår") still match everything their keys match.
        func refuses(_ token: AnalyzedToken) -> Bool {
            guard !plainTerms.isEmpty, PhraseMatcher.hasNorwegianLetter(token.standard) else { return false }
            let native = (terms.contains(token.key) && !plainTerms.contains(token.key))
                || (token.stemKey.count >= 4 && terms.contains(token.stemKey) && !plainTerms.contains(token.stemKey))
            return !native
        }
    }

    /// Whether a word contains æ, ø or å.
    static func hasNorwegianLetter(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0 == "æ" || $0 == "ø" || $0 == "å" }
    }

    /// A compiled phrase.
    struct Phrase: Sendable {
        /// The phrase as written.
        var text: String
        /// Its slots, in order (the first part of a phrase with `&`).
        var words: [Word]
        /// The other parts of a phrase with `&`: each must also occur somewhere in the message.
        var also: [[Word]] = []
        /// Caller's tag (the crisis pattern index, or the idiom index).
        var owner: Int
    }

    /// Where a phrase occurred: the message token index of each of its words.
    struct Match: Sendable, Hashable {
        /// Index into `phrases`.
        var phrase: Int
        /// Token positions, one per phrase word (of every part), increasing.
        var positions: [Int]
    }

    /// The compiled phrases.
    let phrases: [Phrase]
    /// Whether long `*` alternatives forgive one typo (crisis phrases: a misspelt "selvmord" must still count;
    /// idioms stay exact).
    let fuzzyPrefixes: Bool
    /// The most words allowed between neighbouring phrase words.
    let maxGap: Int
    /// First-word term → phrases that can start with it.
    let startsByTerm: [String: [Int]]
    /// Phrases whose first word has a `*` alternative, by the prefix's first letter: a message word is
    /// compared only with the prefixes that start like it, not with every one.
    let startsByPrefix: [Unicode.Scalar: [(prefix: String, phrase: Int)]]
    /// Phrases whose first word has a `*` alternative of six letters or more, by its first letter, as scalars: the
    /// candidates for a start with one typo.
    let startsByLongPrefix: [Unicode.Scalar: [(prefix: [Unicode.Scalar], phrase: Int)]]

    /// Compiles `phrases`; each is analysed with its own analyzers (its locale's and the primary one),
    /// so a message analysed with the primary analyzer meets both spellings.
    init(phrases: [(text: String, owner: Int, analyzers: [TextAnalyzer])], maxGap: Int, fuzzyPrefixes: Bool = false) {
        self.fuzzyPrefixes = fuzzyPrefixes
        var compiled: [Phrase] = []
        var startsByTerm: [String: [Int]] = [:]
        var startsByPrefix: [Unicode.Scalar: [(prefix: String, phrase: Int)]] = [:]
        var startsByLongPrefix: [Unicode.Scalar: [(prefix: [Unicode.Scalar], phrase: Int)]] = [:]
        for entry in phrases {
            let parts = entry.text.components(separatedBy: "&").map { Self.compile($0, analyzers: entry.analyzers) }
            guard let words = parts.first, !parts.contains(where: \.isEmpty) else { continue }
            let index = compiled.count
            compiled.append(Phrase(text: entry.text, words: words, also: Array(parts.dropFirst()), owner: entry.owner))
            for term in words[0].terms { startsByTerm[term, default: []].append(index) }
            for prefix in words[0].prefixes {
                guard let first = prefix.unicodeScalars.first else { continue }
                startsByPrefix[first, default: []].append((prefix, index))
                if prefix.unicodeScalars.count >= 6 { startsByLongPrefix[first, default: []].append((Array(prefix.unicodeScalars), index)) }
            }
        }
        self.phrases = compiled
        self.maxGap = maxGap
        self.startsByTerm = startsByTerm
        self.startsByPrefix = startsByPrefix
        self.startsByLongPrefix = startsByLongPrefix
    }

    /// Everyday idioms ("slå plenen", "døde av latter"), compiled with every analyzer so any spelling meets
    /// them; used by the crisis detector (an idiom cancels a signal) and the router (its words count as unknown).
    static func idioms(_ texts: [String], analyzers: AnalyzerSet, maxGap: Int = 0) -> PhraseMatcher {
        let all = [analyzers.primary] + analyzers.secondary
        return PhraseMatcher(phrases: texts.enumerated().map { ($1, $0, all) }, maxGap: maxGap)
    }

    /// The token positions that lie inside one of `matches` (from its first word to its last), with the phrase.
    static func coveredPositions(_ matches: [Match]) -> [Int: Int] {
        var covered: [Int: Int] = [:]
        for match in matches {
            for position in match.positions.first!...match.positions.last! where covered[position] == nil {
                covered[position] = match.phrase
            }
        }
        return covered
    }

    /// Every occurrence of every phrase in `tokens` (at most one per phrase and start position).
    func matches(in tokens: [AnalyzedToken]) -> [Match] {
        var found: [Match] = []
        for start in tokens.indices {
            let token = tokens[start]
            var candidates = startsByTerm[token.key] ?? []
            if token.stemKey != token.key, token.stemKey.count >= 4, let more = startsByTerm[token.stemKey] {
                candidates += more
            }
            // A term lookup is the one way in that `Word.refuses` can close ("får" does not start "far slår");
            // prefixes never refuse, so the phrases they add need no second look.
            candidates.removeAll { phrases[$0].words[0].refuses(token) }
            if let first = token.key.unicodeScalars.first, let prefixed = startsByPrefix[first] {
                for entry in prefixed where token.key.hasPrefix(entry.prefix) { candidates.append(entry.phrase) }
            }
            if fuzzyPrefixes, token.key.utf8.count >= 5, let first = token.key.unicodeScalars.first,
               let prefixed = startsByLongPrefix[first] {
                let key = Array(token.key.unicodeScalars)
                for entry in prefixed where Self.startsNearly(key, with: entry.prefix) { candidates.append(entry.phrase) }
            }
            var seen: Set<Int> = []
            for index in candidates where seen.insert(index).inserted {
                var positions = [start]
                guard extend(phrases[index].words, from: 1, after: start, in: tokens, positions: &positions) else { continue }
                if !phrases[index].also.isEmpty {
                    let others = phrases[index].also.map { locate($0, in: tokens) }
                    guard !others.contains(where: { $0 == nil }) else { continue }
                    positions = Array(Set(positions + others.flatMap { $0 ?? [] })).sorted()
                }
                found.append(Match(phrase: index, positions: positions))
            }
        }
        return found
    }

    /// Where `words` (one part of a phrase with `&`) first occurs in `tokens`, or nil.
    private func locate(_ words: [Word], in tokens: [AnalyzedToken]) -> [Int]? {
        for start in tokens.indices where words[0].accepts(tokens[start], fuzzy: fuzzyPrefixes) {
            var positions = [start]
            if extend(words, from: 1, after: start, in: tokens, positions: &positions) { return positions }
        }
        return nil
    }

    /// Depth-first search for the remaining words; backtracks because the nearest fill of a slot can
    /// leave the next word out of reach where a later one would not.
    private func extend(
        _ words: [Word], from wordIndex: Int, after position: Int, in tokens: [AnalyzedToken], positions: inout [Int]
    ) -> Bool {
        if wordIndex == words.count { return true }
        let last = min(tokens.count - 1, position + 1 + (words[wordIndex].gapBefore ?? maxGap))
        guard position + 1 <= last else { return false }
        for next in (position + 1)...last where words[wordIndex].accepts(tokens[next], fuzzy: fuzzyPrefixes) {
            positions.append(next)
            if extend(words, from: wordIndex + 1, after: next, in: tokens, positions: &positions) { return true }
            positions.removeLast()
        }
        return false
    }

    /// Whether `key` starts with `prefix` but for one typo (a letter left out, added, changed, or two neighbours
    /// swapped); the first letter must agree, as people rarely mistype it. No allocation: this runs for every
    /// message word that starts like a long prefix.
    static func startsNearly(_ key: [Unicode.Scalar], with prefix: [Unicode.Scalar]) -> Bool {
        let n = prefix.count
        guard n >= 6, key.count >= n - 1, key.first == prefix.first else { return false }
        var i = 0
        while i < n, i < key.count, key[i] == prefix[i] { i += 1 }
        if i == n { return true }
        func same(_ keyStart: Int, _ prefixStart: Int) -> Bool {
            var k = keyStart
            var p = prefixStart
            while p < n {
                guard k < key.count, key[k] == prefix[p] else { return false }
                k += 1
                p += 1
            }
            return true
        }
        if same(i + 1, i + 1) || same(i, i + 1) || same(i + 1, i) { return true }
        return i + 1 < n && i + 1 < key.count && key[i] == prefix[i + 1] && key[i + 1] == prefix[i] && same(i + 2, i + 2)
    }

    /// The most other words a `~` lets stand between two phrase words.
    static let wideGap = 3

    /// Splits a phrase into slots and analyses every alternative. `CrisisRules.phraseProblem` checks the same syntax
    /// for the compiler: keep the two in step.
    static func compile(_ text: String, analyzers: [TextAnalyzer]) -> [Word] {
        var words: [Word] = []
        var wide = false
        for slot in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if slot == "~" {
                wide = !words.isEmpty
                continue
            }
            let first = words.count
            defer {
                if wide, words.count > first {
                    words[first].gapBefore = wideGap
                    wide = false
                }
            }
            let alternatives = slot.split(separator: "|").map(String.init).filter { !$0.isEmpty }
            // A lone alternative that the tokenizer splits ("pc-en") becomes several slots, because
            // messages are split the same way.
            if alternatives.count == 1, !alternatives[0].hasSuffix("*"),
               let analyzer = analyzers.first, analyzer.analyze(alternatives[0]).count > 1 {
                for token in analyzer.analyze(alternatives[0]) {
                    words.append(word(for: [token.text], analyzers: analyzers))
                }
                continue
            }
            let word = word(for: alternatives, analyzers: analyzers)
            if !word.terms.isEmpty || !word.prefixes.isEmpty { words.append(word) }
        }
        return words
    }

    /// One slot from its alternatives.
    static func word(for alternatives: [String], analyzers: [TextAnalyzer]) -> Word {
        var word = Word(terms: [], prefixes: [])
        var nativeTerms: Set<String> = []
        for alternative in alternatives {
            if alternative.hasSuffix("*") {
                let stem = String(alternative.dropLast())
                for analyzer in analyzers {
                    for prefix in [analyzer.key(stem), analyzer.normalizer.foldedKey(stem)]
                    where prefix.count >= 2 && !word.prefixes.contains(prefix) {
                        word.prefixes.append(prefix)
                        if prefix.unicodeScalars.count >= 6 { word.longPrefixes.append(Array(prefix.unicodeScalars)) }
                    }
                }
            } else {
                for analyzer in analyzers {
                    let token = analyzer.analyzeWord(alternative)
                    let produced = [token.key, token.stemKey.count >= 4 ? token.stemKey : ""].filter { !$0.isEmpty }
                    word.terms.formUnion(produced)
                    if hasNorwegianLetter(token.standard) { nativeTerms.formUnion(produced) } else { word.plainTerms.formUnion(produced) }
                }
            }
        }
        word.plainTerms.subtract(nativeTerms)
        return word
    }
}
