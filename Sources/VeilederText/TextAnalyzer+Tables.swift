extension TextAnalyzer {
    /// Lookup tables precomputed from `LanguageData`, all in folded form.
    struct Tables: Sendable {
        /// folded dialect form → folded standard form.
        let forms: [String: String]
        /// key of a dialect form (3+ letters) → folded standard form, for misspelt dialect
        /// ("ikkje" typed "ikje"); never for short words, where keys collide ("æ" vs "e").
        let formsByKey: [String: String]
        /// folded prefix form → folded standard form, applied to the start of longer words.
        let prefixForms: [String: String]
        /// Lengths (in Characters) of the prefix forms, longest first.
        let prefixLengths: [Int]
        /// The first two Unicode scalars of every prefix form, packed: a cheap test that skips
        /// the prefix loop for almost every word.
        let prefixStarts: Set<UInt64>
        /// folded word → folded Norwegian word.
        let translations: [String: String]
        /// folded stopwords, including the standard forms of stopwords given in dialect.
        let stopwords: Set<String>

        init(language: LanguageData, normalizer: TextNormalizer) {
            var forms: [String: String] = [:]
            var formsByKey: [String: String] = [:]
            var ambiguousKeys: Set<String> = []
            for (source, target) in language.forms.sorted(by: { $0.key < $1.key }) {
                let from = normalizer.fold(String(source.trimmingWhitespace))
                let to = normalizer.fold(String(target.trimmingWhitespace))
                guard !from.isEmpty, !to.isEmpty, from != to else { continue }
                forms[from] = to
                let key = normalizer.key(from)
                guard key.count >= 3 else { continue }
                if let existing = formsByKey[key], existing != to { ambiguousKeys.insert(key) }
                formsByKey[key] = to
            }
            for key in ambiguousKeys { formsByKey[key] = nil }
            var prefixForms: [String: String] = [:]
            for (source, target) in language.prefixForms {
                let from = normalizer.fold(String(source.trimmingWhitespace))
                let to = normalizer.fold(String(target.trimmingWhitespace))
                guard !from.isEmpty, !to.isEmpty, from != to else { continue }
                prefixForms[from] = to
            }
            var translations: [String: String] = [:]
            for (source, target) in language.translations {
                let from = normalizer.fold(String(source.trimmingWhitespace))
                let to = normalizer.fold(String(target.trimmingWhitespace))
                guard !from.isEmpty, !to.isEmpty else { continue }
                translations[from] = to
            }
            var stopwords: Set<String> = []
            for word in language.stopwords {
                let folded = normalizer.fold(String(word.trimmingWhitespace))
                guard !folded.isEmpty else { continue }
                stopwords.insert(folded)
                if let standard = forms[folded] { stopwords.insert(standard) }
            }
            self.forms = forms
            self.formsByKey = formsByKey
            self.prefixForms = prefixForms
            self.prefixLengths = Set(prefixForms.keys.map(\.count)).sorted(by: >)
            self.prefixStarts = Set(prefixForms.keys.compactMap { Self.start(of: $0) })
            self.translations = translations
            self.stopwords = stopwords
        }

        /// The standard form of a folded word, or nil when no form applies.
        ///
        /// Order: the whole word; a prefix form followed by at least one more letter (longest
        /// prefix first); the key of the whole word, for misspelt dialect of 3+ letters.
        func standardForm(of folded: String, key: String) -> String? {
            if let whole = forms[folded] { return whole }
            if !prefixLengths.isEmpty, let start = Self.start(of: folded), prefixStarts.contains(start) {
                let length = folded.count
                for prefixLength in prefixLengths where prefixLength < length {
                    let head = String(folded.prefix(prefixLength))
                    if let target = prefixForms[head] {
                        return target + folded.dropFirst(prefixLength)
                    }
                }
            }
            if key.utf8.count >= 3 { return formsByKey[key] }
            return nil
        }

        /// The first two scalars of a word packed into one integer, nil for shorter words.
        static func start(of word: String) -> UInt64? {
            var iterator = word.unicodeScalars.makeIterator()
            guard let first = iterator.next(), let second = iterator.next() else { return nil }
            return UInt64(first.value) << 32 | UInt64(second.value)
        }
    }
}
