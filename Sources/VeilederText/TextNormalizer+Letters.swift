/// Letter tables for `TextNormalizer.key(_:)`: which scalars survive and what they become.
extension TextNormalizer {
    /// Appends the key letter(s) for one folded scalar, or nothing for punctuation, symbols,
    /// emoji, combining marks and spaces.
    @inline(__always)
    static func appendBase(of scalar: Unicode.Scalar, to output: inout [UInt32]) {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x30...0x39:
            output.append(value)
        case 0x41...0x5A:
            output.append(value | 0x20)
        case 0x00...0x7F:
            return
        default:
            if let mapped = latinBase[value] {
                output.append(mapped)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Marks (e.g. a combining ring left by odd input) are alphabetic but carry no letter.
                if scalar.properties.generalCategory == .nonspacingMark { return }
                output.append(value)
            }
        }
    }

    /// Latin letters with diacritics and the Nordic letters, mapped to one ASCII letter.
    /// æ/ä → e and ø/ö → o follow how Norwegians type without those keys ("fraver", "mote").
    static let latinBase: [UInt32: UInt32] = {
        let groups: [(String, Character)] = [
            ("æäǽ", "e"),
            ("øöœǿ", "o"),
            ("åàáâãāăą", "a"),
            ("èéêëēĕėęě", "e"),
            ("ìíîïĩīĭįı", "i"),
            ("òóôõōŏő", "o"),
            ("ùúûüũūŭůűų", "u"),
            ("ýÿŷ", "y"),
            ("çćĉċč", "c"),
            ("ďđð", "d"),
            ("ĝğġģ", "g"),
            ("ñńņňŉ", "n"),
            ("śŝşš", "s"),
            ("ţťŧ", "t"),
            ("źżž", "z"),
            ("ł", "l"),
            ("þ", "t"),
        ]
        var table: [UInt32: UInt32] = [:]
        for (letters, base) in groups {
            let target = base.unicodeScalars.first!.value
            for scalar in letters.unicodeScalars {
                table[scalar.value] = target
                // Upper-case forms too, for keys of text that was not case folded.
                for upper in String(scalar).uppercased().unicodeScalars where upper != scalar {
                    table[upper.value] = target
                }
            }
        }
        return table
    }()
}
