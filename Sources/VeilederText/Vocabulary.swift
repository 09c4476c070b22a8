/// A fixed word list with exact lookup and typo-tolerant nearest-word lookup.
///
/// Build it once from the guide's own words (usually matching keys from `TextAnalyzer`), then
/// ask `nearest(to:)` for each unknown input word. Near lookup uses a deletion-neighbourhood
/// index (SymSpell style): every word's variants with up to two letters deleted are hashed into
/// a sorted table, so a query only verifies the few words that share such a variant with it.
/// Verification is `DamerauLevenshtein` with the length bound, so results are exact; the index
/// only looks at the first `indexedPrefixLength` letters, as SymSpell does, to bound its size.
///
/// ```swift
/// let vocabulary = Vocabulary(words: ["skole", "skolefraver", "mobbing"])
/// vocabulary.contains("skole")                 // true
/// vocabulary.nearest(to: "mobing")?.word       // "mobbing" (distance 1)
/// vocabulary.nearest(to: "skloe")?.distance    // 1 (transposition)
/// vocabulary.nearest(to: "sko")                // nil: 3 letters allow no typo
/// ```
public struct Vocabulary: Sendable {
    /// A word of the vocabulary found for a query.
    public struct Match: Sendable, Hashable {
        /// The vocabulary word.
        public let word: String
        /// Its position in `words` (first occurrence order of the input).
        public let index: Int
        /// Edit distance from the query (0 for an exact hit).
        public let distance: Int
    }

    /// The deletion index covers at most this many leading letters of each word.
    public static let indexedPrefixLength = 10
    /// The largest distance the index can find (the bound for 8+ letter words).
    public static let maximumIndexedDistance = 2

    /// The distinct words, in first-seen order.
    public let words: [String]
    let indexByWord: [String: Int32]
    /// All words' scalars, back to back; word i is `scalars[offsets[i] ..< offsets[i + 1]]`.
    let scalars: [UInt32]
    let offsets: [Int32]
    let index: DeletionIndex

    /// Builds the vocabulary; duplicates and empty strings are ignored, the first occurrence wins.
    public init<Words: Sequence>(words: Words) where Words.Element == String {
        var unique: [String] = []
        var indexByWord: [String: Int32] = [:]
        var scalars: [UInt32] = []
        var offsets: [Int32] = [0]
        for word in words where !word.isEmpty && indexByWord[word] == nil {
            indexByWord[word] = Int32(unique.count)
            unique.append(word)
            for scalar in word.unicodeScalars { scalars.append(scalar.value) }
            offsets.append(Int32(scalars.count))
        }
        self.words = unique
        self.indexByWord = indexByWord
        self.scalars = scalars
        self.offsets = offsets
        self.index = DeletionIndex(scalars: scalars, offsets: offsets)
    }

    /// Number of distinct words.
    public var count: Int { words.count }

    /// True if `word` is in the vocabulary exactly.
    public func contains(_ word: String) -> Bool {
        indexByWord[word] != nil
    }

    /// The position of `word` in `words`, if present exactly.
    public func index(of word: String) -> Int? {
        indexByWord[word].map(Int.init)
    }

    /// The exact word, or else the closest word within `DamerauLevenshtein.bound(forLength:)` of
    /// the query's length. Ties go to the word listed first.
    public func nearest(to word: String) -> Match? {
        if let exact = indexByWord[word] {
            return Match(word: word, index: Int(exact), distance: 0)
        }
        let query = SnowballText.scalars(word)
        return nearest(query: query, maxDistance: DamerauLevenshtein.bound(forLength: query.count))
    }

    /// The closest word within `maxDistance` (capped at `maximumIndexedDistance`), exact first.
    public func nearest(to word: String, maxDistance: Int) -> Match? {
        if let exact = indexByWord[word] {
            return Match(word: word, index: Int(exact), distance: 0)
        }
        let bound = min(maxDistance, Self.maximumIndexedDistance)
        return nearest(query: SnowballText.scalars(word), maxDistance: bound)
    }

    /// The word itself if known, else the nearest word within the length bound, else nil.
    public func corrected(_ word: String) -> String? {
        nearest(to: word)?.word
    }

    func nearest(query: [UInt32], maxDistance: Int) -> Match? {
        guard maxDistance > 0, !query.isEmpty else { return nil }
        var best: (index: Int32, distance: Int)?
        query.withUnsafeBufferPointer { q in
            scalars.withUnsafeBufferPointer { all in
                index.forEachCandidate(of: q, maxDistance: maxDistance) { candidate in
                    let start = Int(offsets[Int(candidate)])
                    let end = Int(offsets[Int(candidate) + 1])
                    let limit = min(best?.distance ?? maxDistance, maxDistance)
                    let word = UnsafeBufferPointer(rebasing: all[start..<end])
                    let d = DamerauLevenshtein.distance(q, word, bound: limit)
                    guard d <= limit else { return }
                    if let current = best, (d, candidate) >= (current.distance, current.index) { return }
                    best = (candidate, d)
                }
            }
        }
        guard let best else { return nil }
        return Match(word: words[Int(best.index)], index: Int(best.index), distance: best.distance)
    }
}
