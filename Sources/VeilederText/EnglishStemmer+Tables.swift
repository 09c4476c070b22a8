/// Letters, groupings and among tables of Snowball English (Porter2), as in Snowball 3.1.1.
extension EnglishStemmer {
    /// Scalar values of single letters the steps test for.
    enum Letter: Sendable {
        static let apostrophe: UInt32 = 0x27
        static let y: UInt32 = 0x79
        static let upperY: UInt32 = 0x59  // marks a consonant "y" between prelude and postlude
        static let l: UInt32 = 0x6C
        static let s: UInt32 = 0x73
        static let t: UInt32 = 0x74
    }

    enum Tables: Sendable {
        static func literal(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        static func group(_ letters: String) -> Set<UInt32> { Set(letters.unicodeScalars.map(\.value)) }

        static let vowels = group("aeiouy")
        static let vowelsWXY = group("aeiouywxY")
        static let validLI = group("cdeghkmnrt")
        static let aeo = group("aeo")
        static let past = literal("past")

        static let regionPrefixes = [
            "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
        ].map { SnowballEntry($0, -1) }

        static let apostropheS = [SnowballEntry("'", 1), SnowballEntry("'s'", 1), SnowballEntry("'s", 1)]

        static let step1aSuffixes = [
            SnowballEntry("ied", 2), SnowballEntry("s", 3), SnowballEntry("ies", 2),
            SnowballEntry("sses", 1), SnowballEntry("ss", -1), SnowballEntry("us", -1),
        ]

        static let eedExceptions = ["succ", "proc", "exc"].map { SnowballEntry($0, 1) }

        static let ingExceptions = [
            SnowballEntry("even", 2), SnowballEntry("cann", 2), SnowballEntry("inn", 2),
            SnowballEntry("earr", 2), SnowballEntry("herr", 2), SnowballEntry("out", 2),
            SnowballEntry("y", 1),
        ]

        static let step1bSuffixes = [
            SnowballEntry("", -1), SnowballEntry("ed", 2), SnowballEntry("eed", 1), SnowballEntry("ing", 3),
            SnowballEntry("edly", 2), SnowballEntry("eedly", 1), SnowballEntry("ingly", 2),
        ]

        static let step1bEndings = [
            SnowballEntry("", 3), SnowballEntry("bb", 2), SnowballEntry("dd", 2), SnowballEntry("ff", 2),
            SnowballEntry("gg", 2), SnowballEntry("bl", 1), SnowballEntry("mm", 2), SnowballEntry("nn", 2),
            SnowballEntry("pp", 2), SnowballEntry("rr", 2), SnowballEntry("at", 1), SnowballEntry("tt", 2),
            SnowballEntry("iz", 1),
        ]

        static let step2Suffixes = [
            SnowballEntry("anci", 3), SnowballEntry("enci", 2), SnowballEntry("ogi", 14), SnowballEntry("li", 16),
            SnowballEntry("bli", 12), SnowballEntry("abli", 4), SnowballEntry("alli", 8), SnowballEntry("fulli", 9),
            SnowballEntry("lessli", 15), SnowballEntry("ousli", 10), SnowballEntry("entli", 5),
            SnowballEntry("aliti", 8), SnowballEntry("biliti", 12), SnowballEntry("iviti", 11),
            SnowballEntry("tional", 1), SnowballEntry("ational", 7), SnowballEntry("alism", 8),
            SnowballEntry("ation", 7), SnowballEntry("ization", 6), SnowballEntry("izer", 6),
            SnowballEntry("ator", 7), SnowballEntry("iveness", 11), SnowballEntry("fulness", 9),
            SnowballEntry("ousness", 10), SnowballEntry("ogist", 13),
        ]

        static let step2Replacements: [Int: [UInt32]] = [
            1: literal("tion"), 2: literal("ence"), 3: literal("ance"), 4: literal("able"),
            5: literal("ent"), 6: literal("ize"), 7: literal("ate"), 8: literal("al"),
            9: literal("ful"), 10: literal("ous"), 11: literal("ive"), 12: literal("ble"),
            13: literal("og"), 15: literal("less"),
        ]

        static let step3Suffixes = [
            SnowballEntry("icate", 4), SnowballEntry("ative", 6), SnowballEntry("alize", 3),
            SnowballEntry("iciti", 4), SnowballEntry("ical", 4), SnowballEntry("tional", 1),
            SnowballEntry("ational", 2), SnowballEntry("ful", 5), SnowballEntry("ness", 5),
        ]

        static let step4Suffixes = [
            "ic", "ance", "ence", "able", "ible", "ate", "ive", "ize", "iti", "al", "ism",
            "er", "ous", "ant", "ent", "ment", "ement",
        ].map { SnowballEntry($0, 1) } + [SnowballEntry("ion", 2)]

        static let step5Suffixes = [SnowballEntry("e", 1), SnowballEntry("l", 2)]

        static let exceptions = [
            SnowballEntry("andes", -1), SnowballEntry("atlas", -1), SnowballEntry("bias", -1),
            SnowballEntry("cosmos", -1), SnowballEntry("early", 6), SnowballEntry("gently", 4),
            SnowballEntry("howe", -1), SnowballEntry("idly", 3), SnowballEntry("news", -1),
            SnowballEntry("only", 7), SnowballEntry("singly", 8), SnowballEntry("skies", 2),
            SnowballEntry("skis", 1), SnowballEntry("sky", -1), SnowballEntry("ugly", 5),
        ]

        static let exceptionResults = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"].map(literal)
    }
}
