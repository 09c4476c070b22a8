/// The Snowball English stemmer (Porter2), ported from the code Snowball 3.1.1 generates.
///
/// Used for the "en" locale so English messages ("my son refuses to go to school") match:
/// "refuses" → "refus", "school" → "school", "bullying" → "bulli", "worried" → "worri".
/// Input should be lower case (NFKC case folded); words under three letters are unchanged.
///
/// ```swift
/// EnglishStemmer().stem("generously")  // "generous"
/// ```
public struct EnglishStemmer: Stemmer {
    /// Creates the stemmer; it holds no state.
    public init() {}

    /// The Porter2 stem of `word`.
    public func stem(_ word: String) -> String {
        var machine = SnowballMachine(SnowballText.scalars(word))
        let original = machine.current
        Self.run(&machine)
        if machine.current == original { return word }
        return SnowballText.string(machine.current[...])
    }

    /// The whole program (`stem` in english.sbl).
    static func run(_ m: inout SnowballMachine) {
        if exception1(&m) { return }
        m.cursor = 0
        if m.limit < 3 { return }
        var yFound = false
        prelude(&m, yFound: &yFound)
        var regions = Regions(p1: m.limit, p2: m.limit)
        markRegions(&m, &regions)
        m.limitBackward = m.cursor
        m.cursor = m.limit
        step1a(&m)
        m.cursor = m.limit
        step1b(&m, regions)
        m.cursor = m.limit
        step1c(&m)
        m.cursor = m.limit
        step2(&m, regions)
        m.cursor = m.limit
        step3(&m, regions)
        m.cursor = m.limit
        step4(&m, regions)
        m.cursor = m.limit
        step5(&m, regions)
        m.cursor = m.limitBackward
        if yFound {
            for i in m.current.indices where m.current[i] == Letter.upperY { m.current[i] = Letter.y }
        }
    }

    /// R1 and R2 starts.
    struct Regions: Sendable {
        var p1: Int
        var p2: Int
    }

    /// Whole-word exceptions ("skies" → "sky", "news" stays); true when one applied.
    static func exception1(_ m: inout SnowballMachine) -> Bool {
        m.bra = m.cursor
        let action = m.findAmong(Tables.exceptions)
        if action == 0 { return false }
        m.ket = m.cursor
        if m.cursor < m.limit { return false }
        if action > 0 { m.sliceFrom(Tables.exceptionResults[action - 1]) }
        return true
    }

    /// Drops a leading apostrophe and marks consonant "y" (initial, or after a vowel) as "Y".
    static func prelude(_ m: inout SnowballMachine, yFound: inout Bool) {
        let start = m.cursor
        m.bra = m.cursor
        if m.eqChar(Letter.apostrophe) {
            m.ket = m.cursor
            m.sliceDelete()
        }
        m.cursor = start
        m.bra = m.cursor
        if m.eqChar(Letter.y) {
            m.ket = m.cursor
            m.sliceFrom([Letter.upperY])
            yFound = true
        }
        m.cursor = start
        while true {
            let restart = m.cursor
            var found = false
            while true {
                let here = m.cursor
                if m.inGrouping(Tables.vowels) {
                    m.bra = m.cursor
                    if m.eqChar(Letter.y) {
                        m.ket = m.cursor
                        m.cursor = here
                        found = true
                        break
                    }
                }
                m.cursor = here
                if m.cursor >= m.limit { break }
                m.cursor += 1
            }
            if !found {
                m.cursor = restart
                break
            }
            m.sliceFrom([Letter.upperY])
            yFound = true
        }
        m.cursor = start
    }

    /// R1 after the first non-vowel following a vowel (or after a listed prefix such as
    /// "gener"), R2 the same again from R1.
    static func markRegions(_ m: inout SnowballMachine, _ r: inout Regions) {
        let start = m.cursor
        defer { m.cursor = start }
        if m.findAmong(Tables.regionPrefixes) == 0 {
            m.cursor = start
            guard m.goOutGrouping(Tables.vowels) else { return }
            m.cursor += 1
            guard m.goInGrouping(Tables.vowels) else { return }
            m.cursor += 1
        }
        r.p1 = m.cursor
        guard m.goOutGrouping(Tables.vowels) else { return }
        m.cursor += 1
        guard m.goInGrouping(Tables.vowels) else { return }
        m.cursor += 1
        r.p2 = m.cursor
    }

    /// A short syllable ends at the cursor (backward test; moves the cursor).
    static func shortV(_ m: inout SnowballMachine) -> Bool {
        let saved = m.limit - m.cursor
        if m.outGroupingB(Tables.vowelsWXY), m.inGroupingB(Tables.vowels), m.outGroupingB(Tables.vowels) {
            return true
        }
        m.cursor = m.limit - saved
        if m.outGroupingB(Tables.vowels), m.inGroupingB(Tables.vowels), m.cursor <= m.limitBackward {
            return true
        }
        m.cursor = m.limit - saved
        return m.eqSB(Tables.past)
    }
}
