/// Letter groups and suffix tables of the Snowball Norwegian algorithm.
extension NorwegianStemmer {
    /// What `main_suffix` does with the suffix it found.
    enum MainAction: Sendable, Equatable {
        /// Delete the suffix.
        case delete
        /// "ers": keep or delete depending on the letters before it.
        case ers
        /// "s": delete if one of the s rules allows it.
        case s
        /// "erte"/"ert": replace with "er".
        case toEr
        /// Leave the word as it is (the `()` branch inside "ers").
        case keep
    }

    static let apostrophe: UInt32 = 0x27

    /// Vowels `v`: a e ê i o ò ó ô u y æ å ø.
    static let vowels: Set<UInt32> = Set("aeêioòóôuyæåø".unicodeScalars.map(\.value))

    /// `s_ending`: letters after which a final "s" is deleted.
    static let sEnding: Set<UInt32> = Set("bcdfghjlmnoptvyz".unicodeScalars.map(\.value))

    @inline(__always)
    static func isVowel(_ value: UInt32) -> Bool {
        switch value {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true            // a e i o u y
        case 0xE5, 0xE6, 0xEA, 0xF2, 0xF3, 0xF4, 0xF8: true      // å æ ê ò ó ô ø
        default: false
        }
    }

    /// `main_suffix` among, longest first so the first hit is Snowball's longest match.
    static let mainSuffixes: [([UInt32], MainAction)] = {
        let deleted = [
            "a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "en", "heten", "ar",
            "er", "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens",
            "hetens", "ets", "et", "het", "ast",
        ]
        var table: [([UInt32], MainAction)] = deleted.map { (SnowballText.literal($0), .delete) }
        table.append((SnowballText.literal("ers"), .ers))
        table.append((SnowballText.literal("s"), .s))
        table.append((SnowballText.literal("erte"), .toEr))
        table.append((SnowballText.literal("ert"), .toEr))
        return sortedLongestFirst(table)
    }()

    /// The among inside "ers": `()` keeps the ending, `delete` removes it; "" matches anything.
    static let ersContexts: [([UInt32], MainAction)] = {
        let kept = ["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"]
        let deleted = ["giv", "hav", "skap", ""]
        var table: [([UInt32], MainAction)] = kept.map { (SnowballText.literal($0), .keep) }
        table += deleted.map { (SnowballText.literal($0), .delete) }
        return sortedLongestFirst(table)
    }()

    /// `consonant_pair`: "dt" and "vt" in R1 lose their final "t".
    static let consonantPairs: [[UInt32]] = [SnowballText.literal("dt"), SnowballText.literal("vt")]

    /// `other_suffix` among (all deleted).
    static let otherSuffixes: [([UInt32], MainAction)] = sortedLongestFirst(
        ["leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov", "elov", "slov", "hetslov"]
            .map { (SnowballText.literal($0), .delete) }
    )

    private static func sortedLongestFirst(_ table: [([UInt32], MainAction)]) -> [([UInt32], MainAction)] {
        // Stable on ties; entries of equal length never both match, so order among them is moot.
        table.enumerated()
            .sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }
            .map(\.element)
    }
}
