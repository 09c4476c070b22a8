/// Splits Norwegian compounds into parts that are all in a `Vocabulary`.
///
/// Tries two parts first, then three, allowing a linking letter ("fuge") between parts:
/// "s" (arbeid-s-giver) or "e" (barn-e-hage) by default. Among possible splits it prefers
/// fewer parts, then fewer linking letters, then the longest first part, so
/// "barnehagelærer" becomes ["barnehage", "lærer"] rather than ["barn", "e", "hagelærer"].
/// Linking letters are not returned as parts.
///
/// The vocabulary should hold the same form you split: split keys against a vocabulary of keys.
///
/// ```swift
/// let splitter = CompoundSplitter(vocabulary: Vocabulary(words: ["skole", "fravær", "rus", "problemer"]))
/// splitter.split("skolefravær")   // ["skole", "fravær"]
/// splitter.split("rusproblemer")  // ["rus", "problemer"]
/// splitter.split("skole")         // nil: not a compound of known words
/// ```
public struct CompoundSplitter: Sendable {
    /// A split: the parts and the linking letter used before each part after the first ("" for none).
    public struct Split: Sendable, Hashable {
        /// The vocabulary words the compound is made of, in order.
        public let parts: [String]
        /// `linkers[i]` joins `parts[i]` and `parts[i + 1]`; "" when they join directly.
        public let linkers: [String]
    }

    /// The words parts must come from.
    public let vocabulary: Vocabulary
    /// The shortest part accepted (3 by default, so "rus" and "mor" count but "is" does not).
    public let minimumPartLength: Int
    /// Letters allowed between two parts.
    public let linkingLetters: [Character]

    /// Creates a splitter over `vocabulary`.
    public init(vocabulary: Vocabulary, minimumPartLength: Int = 3, linkingLetters: [Character] = ["s", "e"]) {
        self.vocabulary = vocabulary
        self.minimumPartLength = max(1, minimumPartLength)
        self.linkingLetters = linkingLetters
    }

    /// The parts of `word` (2 or 3), or nil if no split into known words exists.
    public func split(_ word: String) -> [String]? {
        bestSplit(word)?.parts
    }

    /// The best split of `word` with its linking letters, or nil.
    public func bestSplit(_ word: String) -> Split? {
        let letters = Array(word)
        if letters.count < 2 * minimumPartLength { return nil }
        if let two = bestTwoPartSplit(letters[...]) { return two }
        return bestThreePartSplit(letters[...])
    }

    /// Best split of `letters` into two known parts, with an optional linking letter.
    func bestTwoPartSplit(_ letters: ArraySlice<Character>) -> Split? {
        var best: (split: Split, linkers: Int, headLength: Int)?
        let start = letters.startIndex
        let end = letters.endIndex
        var cut = start + minimumPartLength
        while cut <= end - minimumPartLength {
            let head = String(letters[start..<cut])
            if vocabulary.contains(head) {
                let tail = String(letters[cut..<end])
                if vocabulary.contains(tail) {
                    consider(Split(parts: [head, tail], linkers: [""]), linkers: 0, headLength: cut - start, best: &best)
                }
                if linkingLetters.contains(letters[cut]), end - cut - 1 >= minimumPartLength {
                    let linked = String(letters[(cut + 1)..<end])
                    if vocabulary.contains(linked) {
                        let split = Split(parts: [head, linked], linkers: [String(letters[cut])])
                        consider(split, linkers: 1, headLength: cut - start, best: &best)
                    }
                }
            }
            cut += 1
        }
        return best?.split
    }

    /// Best split into three parts: a known head, then a two-part split of the rest.
    func bestThreePartSplit(_ letters: ArraySlice<Character>) -> Split? {
        var best: (split: Split, linkers: Int, headLength: Int)?
        let start = letters.startIndex
        let end = letters.endIndex
        var cut = start + minimumPartLength
        while cut <= end - 2 * minimumPartLength {
            let head = String(letters[start..<cut])
            if vocabulary.contains(head) {
                var rests: [(ArraySlice<Character>, String)] = [(letters[cut..<end], "")]
                if linkingLetters.contains(letters[cut]) {
                    rests.append((letters[(cut + 1)..<end], String(letters[cut])))
                }
                for (rest, linker) in rests {
                    guard let tail = bestTwoPartSplit(rest) else { continue }
                    let split = Split(parts: [head] + tail.parts, linkers: [linker] + tail.linkers)
                    let linkers = split.linkers.filter { !$0.isEmpty }.count
                    consider(split, linkers: linkers, headLength: cut - start, best: &best)
                }
            }
            cut += 1
        }
        return best?.split
    }

    private func consider(
        _ split: Split, linkers: Int, headLength: Int,
        best: inout (split: Split, linkers: Int, headLength: Int)?
    ) {
        if let current = best {
            // Fewer linking letters first, then the longer head (modifiers are usually listed
            // whole: "barnehage", not "barn" + "e" + "hage").
            if (linkers, -headLength) >= (current.linkers, -current.headLength) { return }
        }
        best = (split, linkers, headLength)
    }
}
