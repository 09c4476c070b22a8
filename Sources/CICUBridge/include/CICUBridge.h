// CICUBridge: a narrow C surface over ICU for VeilederText.
//
// Only <stdint.h> types cross this header, so Swift never imports an ICU type. That keeps
// every Swift module free to `import Foundation`, whose bundled ICU would otherwise clash
// with the system ICU headers at compile time (see shared/engineering-notes.md, "ICU from Swift").
//
// Error codes are ICU UErrorCode values: 0 is success, > 0 is failure, 15 is
// U_BUFFER_OVERFLOW_ERROR (the caller should grow its buffer and call again).

#ifndef CICUBRIDGE_H
#define CICUBRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR, returned through `err` when `dest` is too small.
#define CICU_BUFFER_OVERFLOW 15

/// NFKC case fold of UTF-16 `src[0..<srcLength]` into `dest` (capacity `destCapacity` code units).
/// Returns the full length of the result. When it exceeds `destCapacity`, `*err` is set to
/// CICU_BUFFER_OVERFLOW and the caller retries with a buffer of at least the returned length.
int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t srcLength,
                           uint16_t *dest, int32_t destCapacity, int32_t *err);

/// ICU word-break segmentation ("nb" rules) of UTF-16 `text[0..<length]`.
/// Writes up to `capacity` segments: segment i spans `starts[i] ..< ends[i]` (UTF-16 offsets)
/// and has rule status `statuses[i]` (>= 100 for words and numbers, 0 for spaces and punctuation).
/// Returns the number of segments in the text; if that exceeds `capacity`, `*err` is set to
/// CICU_BUFFER_OVERFLOW and the caller retries with more room.
int32_t cicu_word_segments(const uint16_t *text, int32_t length,
                           int32_t *starts, int32_t *ends, int32_t *statuses,
                           int32_t capacity, int32_t *err);

#ifdef __cplusplus
}
#endif

#endif // CICUBRIDGE_H
