/// Bounded Damerau–Levenshtein distance (optimal string alignment) over Unicode scalars.
///
/// Insertions, deletions, substitutions and transpositions of two adjacent letters each cost 1;
/// as in optimal string alignment, no substring is edited twice ("ca" → "abc" is 3, not 2).
/// The bounded form only fills a diagonal band and stops as soon as a whole row exceeds the
/// bound, so rejecting a far-off word costs a few dozen steps.
///
/// The typo bound grows with word length (`bound(forLength:)`): 0 for ≤ 3 letters,
/// 1 for 4–7, 2 for 8 or more.
///
/// ```swift
/// DamerauLevenshtein.distance("skole", "sklole")             // 1
/// DamerauLevenshtein.distance("mobbing", "mobbnig")          // 1 (transposition)
/// DamerauLevenshtein.distance("hei", "hallo", bound: 1)      // nil: more than 1
/// ```
public enum DamerauLevenshtein {
    /// The number of typos tolerated for a word of `length` letters: 0 up to 3, 1 for 4–7, 2 from 8.
    public static func bound(forLength length: Int) -> Int {
        switch length {
        case ...3: 0
        case 4...7: 1
        default: 2
        }
    }

    /// The unbounded optimal-string-alignment distance between `a` and `b`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = SnowballText.scalars(a)
        let y = SnowballText.scalars(b)
        return distance(x, y, bound: max(x.count, y.count))
    }

    /// The distance if it is at most `bound`, else nil.
    public static func distance(_ a: String, _ b: String, bound: Int) -> Int? {
        let d = distance(SnowballText.scalars(a), SnowballText.scalars(b), bound: bound)
        return d <= bound ? d : nil
    }

    /// The distance over scalar arrays, or `bound + 1` once it is known to exceed `bound`.
    static func distance(_ a: [UInt32], _ b: [UInt32], bound: Int) -> Int {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in distance(x, y, bound: bound) }
        }
    }

    /// Core routine: banded OSA with early exit; returns `bound + 1` when over the bound.
    static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int) -> Int {
        let n = a.count
        let m = b.count
        let big = bound + 1
        if bound < 0 { return 0 == n && 0 == m ? 0 : big }
        if abs(n - m) > bound { return big }
        if n == 0 { return m }
        if m == 0 { return n }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var before = rows.baseAddress!          // row i - 2
            var previous = before + (m + 1)         // row i - 1
            var current = previous + (m + 1)        // row i
            for j in 0...m {
                previous[j] = min(j, big)
                before[j] = big
            }
            for i in 1...n {
                let lo = max(1, i - bound)
                let hi = min(m, i + bound)
                current[0] = min(i, big)
                if lo > 1 { current[lo - 1] = big }
                var rowMin = lo == 1 ? current[0] : big
                let ai = a[i - 1]
                for j in lo...hi {
                    let cost = ai == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, cost == 1, ai == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, before[j - 2] + 1)
                    }
                    value = min(value, big)
                    current[j] = value
                    rowMin = min(rowMin, value)
                }
                if hi < m { current[hi + 1] = big }
                // A row wholly over the bound can only lead to larger values (transpositions
                // reach back two rows but never below the row in between plus one).
                if rowMin > bound { return big }
                let spare = before
                before = previous
                previous = current
                current = spare
            }
            return min(previous[m], big)
        }
    }
}
