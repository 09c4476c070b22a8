/// Steps 1a–5 of Porter2, each a direct port of the generated Snowball routine.
extension EnglishStemmer {
    static func step1a(_ m: inout SnowballMachine) {
        let saved = m.limit - m.cursor
        m.ket = m.cursor
        if m.findAmongB(Tables.apostropheS) == 0 {
            m.cursor = m.limit - saved
        } else {
            m.bra = m.cursor
            m.sliceDelete()
        }
        m.ket = m.cursor
        let action = m.findAmongB(Tables.step1aSuffixes)
        if action == 0 { return }
        m.bra = m.cursor
        switch action {
        case 1:
            m.sliceFrom(Tables.literal("ss"))
        case 2:
            // "ied"/"ies" → "i" after two or more letters ("cries" → "cri"), else "ie" ("ties" → "tie").
            if m.cursor - 2 >= m.limitBackward {
                m.cursor -= 2
                m.sliceFrom(Tables.literal("i"))
            } else {
                m.sliceFrom(Tables.literal("ie"))
            }
        case 3:
            // "s" goes if a vowel occurs before the letter preceding it ("gas" stays, "gaps" → "gap").
            guard m.cursor > m.limitBackward else { return }
            m.cursor -= 1
            guard m.goOutGroupingB(Tables.vowels) else { return }
            m.cursor -= 1
            m.sliceDelete()
        default:
            break
        }
    }

    static func step1b(_ m: inout SnowballMachine, _ r: Regions) {
        m.ket = m.cursor
        var action = m.findAmongB(Tables.step1bSuffixes)
        m.bra = m.cursor
        let saved = m.limit - m.cursor
        if step1bKeeps(&m, r, action: &action) { return }
        m.cursor = m.limit - saved
        // "ed", "edly", "ing", "ingly" go only if a vowel precedes them.
        let beforeVowelTest = m.limit - m.cursor
        guard m.goOutGroupingB(Tables.vowels) else { return }
        m.cursor -= 1
        m.cursor = m.limit - beforeVowelTest
        m.sliceDelete()
        m.ket = m.cursor
        m.bra = m.cursor
        let afterDelete = m.limit - m.cursor
        action = m.findAmongB(Tables.step1bEndings)
        switch action {
        case 1:
            m.sliceFrom(Tables.literal("e"))  // "luxuriat" → "luxuriate"
            return
        case 2:
            // A double consonant loses one letter, unless the word is just a, e or o plus it ("add").
            let beforeDouble = m.limit - m.cursor
            if m.inGroupingB(Tables.aeo), m.cursor <= m.limitBackward { return }
            m.cursor = m.limit - beforeDouble
        default:
            // A short word ("hop") gets its "e" back: "hoping" → "hope".
            if m.cursor != r.p1 { return }
            let beforeShort = m.limit - m.cursor
            guard shortV(&m) else { return }
            m.cursor = m.limit - beforeShort
            m.sliceFrom(Tables.literal("e"))
            return
        }
        m.cursor = m.limit - afterDelete
        m.ket = m.cursor
        guard m.cursor > m.limitBackward else { return }
        m.cursor -= 1
        m.bra = m.cursor
        m.sliceDelete()
    }

    /// The first branch of step 1b: true when it settled the word, false to go on deleting.
    private static func step1bKeeps(_ m: inout SnowballMachine, _ r: Regions, action: inout Int) -> Bool {
        switch action {
        case 1:
            // "eed"/"eedly" → "ee" in R1, except whole "proceed", "succeed", "exceed".
            let saved = m.limit - m.cursor
            if r.p1 <= m.cursor {
                let beforePrefix = m.limit - m.cursor
                if m.findAmongB(Tables.eedExceptions) != 0, m.cursor <= m.limitBackward {
                    // keep
                } else {
                    m.cursor = m.limit - beforePrefix
                    m.sliceFrom(Tables.literal("ee"))
                }
            }
            m.cursor = m.limit - saved
            return true
        case 2:
            return false
        case 3:
            action = m.findAmongB(Tables.ingExceptions)
            if action == 0 { return false }
            if action == 1 {
                // "dying" → "die", "lying" → "lie": one consonant before "ying" at the start.
                let saved = m.limit - m.cursor
                guard m.outGroupingB(Tables.vowels), m.cursor <= m.limitBackward else { return false }
                m.cursor = m.limit - saved
                m.bra = m.cursor
                m.sliceFrom(Tables.literal("ie"))
                return true
            }
            return m.cursor <= m.limitBackward  // "inning", "outing", "evening" stay whole
        default:
            return true
        }
    }

    static func step1c(_ m: inout SnowballMachine) {
        m.ket = m.cursor
        guard m.eqCharB(Letter.y) || m.eqCharB(Letter.upperY) else { return }
        m.bra = m.cursor
        guard m.outGroupingB(Tables.vowels), m.cursor > m.limitBackward else { return }
        m.sliceFrom(Tables.literal("i"))
    }

    static func step2(_ m: inout SnowballMachine, _ r: Regions) {
        m.ket = m.cursor
        let action = m.findAmongB(Tables.step2Suffixes)
        if action == 0 { return }
        m.bra = m.cursor
        guard r.p1 <= m.cursor else { return }
        switch action {
        case 14:
            guard m.eqCharB(Letter.l) else { return }
            m.sliceFrom(Tables.literal("og"))
        case 16:
            guard m.inGroupingB(Tables.validLI) else { return }
            m.sliceDelete()
        default:
            if let replacement = Tables.step2Replacements[action] { m.sliceFrom(replacement) }
        }
    }

    static func step3(_ m: inout SnowballMachine, _ r: Regions) {
        m.ket = m.cursor
        let action = m.findAmongB(Tables.step3Suffixes)
        if action == 0 { return }
        m.bra = m.cursor
        guard r.p1 <= m.cursor else { return }
        switch action {
        case 1: m.sliceFrom(Tables.literal("tion"))
        case 2: m.sliceFrom(Tables.literal("ate"))
        case 3: m.sliceFrom(Tables.literal("al"))
        case 4: m.sliceFrom(Tables.literal("ic"))
        case 5: m.sliceDelete()
        default:
            guard r.p2 <= m.cursor else { return }
            m.sliceDelete()
        }
    }

    static func step4(_ m: inout SnowballMachine, _ r: Regions) {
        m.ket = m.cursor
        let action = m.findAmongB(Tables.step4Suffixes)
        if action == 0 { return }
        m.bra = m.cursor
        guard r.p2 <= m.cursor else { return }
        if action == 1 {
            m.sliceDelete()
        } else {
            // "ion" goes only after "s" or "t".
            guard m.eqCharB(Letter.s) || m.eqCharB(Letter.t) else { return }
            m.sliceDelete()
        }
    }

    static func step5(_ m: inout SnowballMachine, _ r: Regions) {
        m.ket = m.cursor
        let action = m.findAmongB(Tables.step5Suffixes)
        if action == 0 { return }
        m.bra = m.cursor
        if action == 1 {
            if r.p2 > m.cursor {
                guard r.p1 <= m.cursor else { return }
                let saved = m.limit - m.cursor
                if shortV(&m) { return }
                m.cursor = m.limit - saved
            }
            m.sliceDelete()
        } else {
            guard r.p2 <= m.cursor, m.eqCharB(Letter.l) else { return }
            m.sliceDelete()
        }
    }
}
