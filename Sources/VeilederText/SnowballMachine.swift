/// The small string machine Snowball programs run on: a buffer of scalars with a cursor,
/// forward/backward limits and a slice (`bra`…`ket`), mirroring Snowball's runtime so
/// generated code ports line by line (used by `EnglishStemmer`).
struct SnowballMachine: Sendable {
    var current: [UInt32]
    var cursor = 0
    var limit: Int
    var limitBackward = 0
    var bra = 0
    var ket: Int

    init(_ word: [UInt32]) {
        current = word
        limit = word.count
        ket = word.count
    }

    // MARK: groupings

    mutating func inGrouping(_ set: Set<UInt32>) -> Bool {
        guard cursor < limit, set.contains(current[cursor]) else { return false }
        cursor += 1
        return true
    }

    mutating func goInGrouping(_ set: Set<UInt32>) -> Bool {
        while cursor < limit {
            if !set.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    mutating func goOutGrouping(_ set: Set<UInt32>) -> Bool {
        while cursor < limit {
            if set.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    mutating func inGroupingB(_ set: Set<UInt32>) -> Bool {
        guard cursor > limitBackward, set.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    mutating func outGroupingB(_ set: Set<UInt32>) -> Bool {
        guard cursor > limitBackward, !set.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    mutating func goOutGroupingB(_ set: Set<UInt32>) -> Bool {
        while cursor > limitBackward {
            if set.contains(current[cursor - 1]) { return true }
            cursor -= 1
        }
        return false
    }

    // MARK: literals

    /// Backward match of one character.
    mutating func eqCharB(_ value: UInt32) -> Bool {
        guard cursor > limitBackward, current[cursor - 1] == value else { return false }
        cursor -= 1
        return true
    }

    /// Forward match of one character.
    mutating func eqChar(_ value: UInt32) -> Bool {
        guard cursor < limit, current[cursor] == value else { return false }
        cursor += 1
        return true
    }

    /// Backward match of a string ending at the cursor.
    mutating func eqSB(_ s: [UInt32]) -> Bool {
        let start = cursor - s.count
        guard start >= limitBackward else { return false }
        for i in 0..<s.count where current[start + i] != s[i] { return false }
        cursor = start
        return true
    }

    // MARK: among

    /// Longest entry of `table` starting at the cursor (forward); moves past it and returns its
    /// result, or returns 0 without moving when none matches.
    mutating func findAmong(_ table: [SnowballEntry]) -> Int {
        var best: SnowballEntry?
        for entry in table where entry.text.count <= limit - cursor {
            if entry.text.count <= (best?.text.count ?? -1) { continue }
            var matches = true
            for i in 0..<entry.text.count where current[cursor + i] != entry.text[i] {
                matches = false
                break
            }
            if matches { best = entry }
        }
        guard let best else { return 0 }
        cursor += best.text.count
        return best.result
    }

    /// Longest entry of `table` ending at the cursor (backward); moves before it and returns
    /// its result, or returns 0 without moving when none matches.
    mutating func findAmongB(_ table: [SnowballEntry]) -> Int {
        var best: SnowballEntry?
        for entry in table where entry.text.count <= cursor - limitBackward {
            if entry.text.count <= (best?.text.count ?? -1) { continue }
            let start = cursor - entry.text.count
            var matches = true
            for i in 0..<entry.text.count where current[start + i] != entry.text[i] {
                matches = false
                break
            }
            if matches { best = entry }
        }
        guard let best else { return 0 }
        cursor -= best.text.count
        return best.result
    }

    // MARK: slices

    /// Replaces `current[bra..<ket]` with `s`, keeping limit and cursor consistent.
    mutating func sliceFrom(_ s: [UInt32]) {
        let adjustment = s.count - (ket - bra)
        current.replaceSubrange(bra..<ket, with: s)
        limit += adjustment
        if cursor >= ket {
            cursor += adjustment
        } else if cursor > bra {
            cursor = bra
        }
        ket = bra + s.count
    }

    mutating func sliceDelete() {
        sliceFrom([])
    }
}

/// One string of a Snowball `among`, with the action number it selects (-1: no action).
struct SnowballEntry: Sendable {
    let text: [UInt32]
    let result: Int

    init(_ text: String, _ result: Int) {
        self.text = text.unicodeScalars.map(\.value)
        self.result = result
    }
}
