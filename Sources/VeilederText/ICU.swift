import CICUBridge

/// Swift face of the `CICUBridge` C target: NFKC case fold and word segmentation over UTF-16.
///
/// Internal on purpose: callers use `TextNormalizer` and `Tokenizer`, which own the fast paths.
enum ICU: Sendable {
    /// ICU's U_BUFFER_OVERFLOW_ERROR.
    static let bufferOverflow: Int32 = 15

    /// One segment of word-break output, in UTF-16 offsets, with its ICU rule status.
    struct Segment: Sendable, Equatable {
        /// First UTF-16 offset of the segment.
        var start: Int
        /// UTF-16 offset one past the segment.
        var end: Int
        /// ICU rule status: 0 none, 100..<200 number, 200..<300 letter, 300+ kana/ideographs.
        var status: Int32

        /// True for words and numbers (rule status >= 100), false for spaces, punctuation, emoji.
        var isWordLike: Bool { status >= 100 }
    }

    /// NFKC case fold of UTF-16 code units; returns the input unchanged if ICU reports a failure.
    static func caseFold(_ units: [UInt16]) -> [UInt16] {
        if units.isEmpty { return units }
        // Case folding can grow text (ß -> ss, ﬃ -> ffi); start with some slack, retry once if short.
        var capacity = units.count + units.count / 2 + 4
        for _ in 0..<2 {
            var output = [UInt16](repeating: 0, count: capacity)
            var err: Int32 = 0
            let length = units.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dest in
                    cicu_nfkc_casefold(src.baseAddress, Int32(src.count), dest.baseAddress, Int32(dest.count), &err)
                }
            }
            if err == 0 {
                output.removeSubrange(Int(length)...)
                return output
            }
            if err != bufferOverflow { return units }
            capacity = Int(length) + 1
        }
        return units
    }

    /// NFKC case fold of a string through ICU, with stack buffers for short words.
    static func caseFold(_ text: String) -> String {
        let count = text.utf16.count
        if count == 0 || count > 256 {
            return String(decoding: caseFold(Array(text.utf16)), as: UTF16.self)
        }
        let capacity = count * 3 + 4
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count + capacity) { buffer in
            var length = 0
            for unit in text.utf16 {
                buffer[length] = unit
                length += 1
            }
            let source = UnsafeBufferPointer(rebasing: buffer[0..<count])
            let destination = UnsafeMutableBufferPointer(rebasing: buffer[count...])
            var err: Int32 = 0
            let folded = cicu_nfkc_casefold(
                source.baseAddress, Int32(count), destination.baseAddress, Int32(capacity), &err
            )
            // Overflow is impossible for 3x growth of short text, but fall back to the array path.
            guard err == 0 else { return String(decoding: caseFold(Array(text.utf16)), as: UTF16.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: destination[0..<Int(folded)]), as: UTF16.self)
        }
    }

    /// Word-break segments of UTF-16 text (all segments, including spaces and punctuation).
    static func wordSegments(_ units: [UInt16]) -> [Segment] {
        if units.isEmpty { return [] }
        // A segment needs at least one code unit, so `count` slots always suffice; start smaller.
        var capacity = min(units.count, 64)
        while true {
            var starts = [Int32](repeating: 0, count: capacity)
            var ends = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var err: Int32 = 0
            let count = units.withUnsafeBufferPointer { text in
                starts.withUnsafeMutableBufferPointer { s in
                    ends.withUnsafeMutableBufferPointer { e in
                        statuses.withUnsafeMutableBufferPointer { st in
                            cicu_word_segments(
                                text.baseAddress, Int32(text.count),
                                s.baseAddress, e.baseAddress, st.baseAddress, Int32(capacity), &err
                            )
                        }
                    }
                }
            }
            if err == bufferOverflow, Int(count) > capacity {
                capacity = Int(count)
                continue
            }
            if err != 0 { return [] }
            var segments: [Segment] = []
            segments.reserveCapacity(Int(count))
            for i in 0..<Int(count) {
                segments.append(Segment(start: Int(starts[i]), end: Int(ends[i]), status: statuses[i]))
            }
            return segments
        }
    }
}
