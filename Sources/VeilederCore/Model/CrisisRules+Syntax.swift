extension CrisisRules {
    /// What is wrong with a phrase's `&` and `~` (the syntax `PhraseMatcher` compiles), with how to fix it; nil when
    /// nothing is. The compiler reports these, because the matcher leaves such a phrase out without a word.
    public static func phraseProblem(_ text: String) -> String? {
        for part in text.components(separatedBy: "&") {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.allSatisfy({ $0 == "~" }) {
                return "has an empty part around '&'. Write words on both sides of '&', or remove it."
            }
            if words.first == "~" || words.last == "~" {
                return "starts or ends with '~'. A '~' stands between two words; remove it or add the missing word."
            }
            if zip(words, words.dropFirst()).contains(where: { $0 == "~" && $1 == "~" }) {
                return "has two '~' in a row. One '~' already allows up to three words; remove the other."
            }
        }
        return nil
    }
}
