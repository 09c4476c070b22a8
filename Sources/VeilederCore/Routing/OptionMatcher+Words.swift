import VeilederText

extension OptionMatcher {
    /// A text reduced to the words the matcher compares.
    struct Words: Sendable, Hashable {
        /// One word: its matching key and stem key.
        struct Word: Sendable, Hashable {
            /// Matching key (case, æøå, doubled letters and dialect forms folded).
            var key: String
            /// Stem key.
            var stemKey: String
            /// The key's length in characters.
            var length: Int
            /// The key's length in Unicode scalars (what the typo distance compares).
            var scalarCount: Int

            init(key: String, stemKey: String) {
                self.key = key
                self.stemKey = stemKey
                self.length = key.count
                self.scalarCount = key.unicodeScalars.count
            }
        }

        /// Every word, stopwords included (labels such as "Meg" are only stopwords).
        var all: [Word]
        /// Words that are not stopwords.
        var content: [Word]

        /// Reduces analysed tokens.
        init(_ tokens: [AnalyzedToken]) {
            var all: [Word] = []
            var content: [Word] = []
            for token in tokens where !token.key.isEmpty {
                let word = Word(key: token.key, stemKey: token.stemKey)
                all.append(word)
                if !token.isStopword { content.append(word) }
            }
            self.all = all
            self.content = content
        }
    }

    /// Short answers people type instead of choosing a button, and the words that mean them.
    ///
    /// Why a table: "jepp", "jo", "yes" and "japp" all mean the option labelled "Ja, …", and no
    /// stemmer or dialect form relates them. Compared by key, so "JA!!!" and "neei" work too.
    enum Answer: Sendable, Hashable {
        case yes
        case no
        case back

        /// Keys of the words for each answer, made with the matcher's analyzer so dialect forms apply
        /// ("ikkje no" and "ikke nå" meet).
        static func table(analyzer: TextAnalyzer) -> [String: Answer] {
            let table: [(Answer, [String])] = [
                (.yes, ["ja", "jo", "jepp", "japp", "jada", "jaa", "yes", "yep", "yeah", "ok", "okei", "okay", "gjerne", "ja takk"]),
                (.no, ["nei", "nej", "no", "nope", "nah", "næ", "nei takk", "ikke nå", "ikkje no"]),
                (.back, ["tilbake", "back", "attende", "gå tilbake", "forrige"]),
            ]
            var words: [String: Answer] = [:]
            for (answer, variants) in table {
                for variant in variants {
                    words[analyzer.keys(variant).joined(separator: " ")] = answer
                }
            }
            return words
        }

        /// The answer a message or a label's first word(s) give, if it is one of the short answers.
        init?<Words: Collection>(_ words: Words, table: [String: Answer]) where Words.Element == OptionMatcher.Words.Word {
            guard !words.isEmpty, words.count <= 2 else { return nil }
            guard let answer = table[words.map(\.key).joined(separator: " ")] else { return nil }
            self = answer
        }
    }
}
