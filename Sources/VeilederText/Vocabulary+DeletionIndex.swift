extension Vocabulary {
    /// Sorted table of hashed deletion variants → word ids.
    ///
    /// For every word, each variant of its first `indexedPrefixLength` scalars with 0, 1 or 2
    /// scalars deleted is hashed (64-bit FNV-1a). Two words within distance d of each other share
    /// a variant with at most d deletions each, so a query only has to look up its own variants.
    /// Hash collisions only add candidates; `DamerauLevenshtein` verifies every one.
    struct DeletionIndex: Sendable {
        /// Distinct variant hashes, ascending.
        let hashes: [UInt64]
        /// Word ids for `hashes[i]` are `postings[starts[i] ..< starts[i + 1]]`.
        let starts: [Int32]
        let postings: [Int32]
        /// Hashes whose top `directoryBits` bits equal b lie in `hashes[directory[b] ..< directory[b + 1]]`,
        /// so a lookup touches one or two cache lines instead of a full binary search.
        let directory: [Int32]
        let directoryBits: Int

        init(scalars: [UInt32], offsets: [Int32]) {
            var pairs: [(UInt64, Int32)] = []
            let wordCount = offsets.count - 1
            pairs.reserveCapacity(wordCount * 24)
            scalars.withUnsafeBufferPointer { all in
                for id in 0..<wordCount {
                    let start = Int(offsets[id])
                    let end = min(Int(offsets[id + 1]), start + Vocabulary.indexedPrefixLength)
                    let word = UnsafeBufferPointer(rebasing: all[start..<end])
                    Self.forEachVariant(of: word, deletions: Vocabulary.maximumIndexedDistance) { hash in
                        pairs.append((hash, Int32(id)))
                    }
                }
            }
            pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var hashes: [UInt64] = []
            var starts: [Int32] = []
            var postings: [Int32] = []
            hashes.reserveCapacity(pairs.count / 2)
            postings.reserveCapacity(pairs.count)
            for (hash, id) in pairs {
                if hashes.last != hash {
                    hashes.append(hash)
                    starts.append(Int32(postings.count))
                } else if postings.last == id {
                    continue
                }
                postings.append(id)
            }
            starts.append(Int32(postings.count))
            var bits = 1
            while bits < 22, (1 << bits) < hashes.count { bits += 1 }
            var directory = [Int32](repeating: 0, count: (1 << bits) + 1)
            var position = 0
            for bucket in 0...(1 << bits) {
                while position < hashes.count, Int(hashes[position] >> UInt64(64 - bits)) < bucket { position += 1 }
                directory[bucket] = Int32(position)
            }
            self.hashes = hashes
            self.starts = starts
            self.postings = postings
            self.directory = directory
            self.directoryBits = bits
        }

        /// Calls `body` with every word id sharing a deletion variant with `query` (ids may repeat).
        func forEachCandidate(of query: UnsafeBufferPointer<UInt32>, maxDistance: Int, _ body: (Int32) -> Void) {
            let prefix = UnsafeBufferPointer(rebasing: query.prefix(Vocabulary.indexedPrefixLength))
            Self.forEachVariant(of: prefix, deletions: maxDistance) { hash in
                guard let slot = lookup(hash) else { return }
                for k in Int(starts[slot])..<Int(starts[slot + 1]) { body(postings[k]) }
            }
        }

        func lookup(_ hash: UInt64) -> Int? {
            let bucket = Int(hash >> UInt64(64 - directoryBits))
            var low = Int(directory[bucket])
            var high = Int(directory[bucket + 1])
            while low < high {
                let mid = (low + high) >> 1
                if hashes[mid] < hash { low = mid + 1 } else { high = mid }
            }
            return low < hashes.count && hashes[low] == hash ? low : nil
        }

        /// Hashes of `word` with 0, 1, …, `deletions` scalars removed (positions chosen in
        /// increasing order; equal variants from different positions may repeat).
        static func forEachVariant(of word: UnsafeBufferPointer<UInt32>, deletions: Int, _ body: (UInt64) -> Void) {
            let n = word.count
            body(hash(word, skipping: -1, -1))
            guard deletions >= 1, n >= 1 else { return }
            for i in 0..<n {
                body(hash(word, skipping: i, -1))
                guard deletions >= 2 else { continue }
                for j in (i + 1)..<max(i + 1, n) {
                    body(hash(word, skipping: i, j))
                }
            }
        }

        @inline(__always)
        static func hash(_ word: UnsafeBufferPointer<UInt32>, skipping first: Int, _ second: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in 0..<word.count where k != first && k != second {
                // One FNV step per scalar (not per byte): collisions only cost a verification.
                h = (h ^ UInt64(word[k])) &* 0x0000_0100_0000_01B3
            }
            return h
        }
    }
}
