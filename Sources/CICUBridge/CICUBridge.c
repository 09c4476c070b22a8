// ICU calls behind CICUBridge.h. ICU's renaming macros (urename.h) stay on: ICU 72 exports only
// versioned symbols, so U_DISABLE_RENAMING would compile but not link.

#include "CICUBridge.h"

#include <pthread.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

int32_t cicu_nfkc_casefold(const uint16_t *src, int32_t srcLength,
                           uint16_t *dest, int32_t destCapacity, int32_t *err) {
    UErrorCode status = U_ZERO_ERROR;
    // ICU caches the instance itself; the call after the first is a pointer load.
    const UNormalizer2 *norm = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) {
        *err = (int32_t)status;
        return 0;
    }
    int32_t length = unorm2_normalize(norm, (const UChar *)src, srcLength,
                                      (UChar *)dest, destCapacity, &status);
    // U_STRING_NOT_TERMINATED_WARNING (-124) only says there was no room for a NUL: fine here.
    *err = U_FAILURE(status) ? (int32_t)status : 0;
    return length;
}

// Opening a word-break iterator parses rules and costs far more than segmenting one sentence,
// so each thread keeps one and only resets its text. The key's destructor closes it.
static pthread_key_t breakKey;
static pthread_once_t breakKeyOnce = PTHREAD_ONCE_INIT;

static void closeBreakIterator(void *iterator) {
    if (iterator != NULL) {
        ubrk_close((UBreakIterator *)iterator);
    }
}

static void makeBreakKey(void) {
    pthread_key_create(&breakKey, closeBreakIterator);
}

static UBreakIterator *threadBreakIterator(UErrorCode *status) {
    pthread_once(&breakKeyOnce, makeBreakKey);
    UBreakIterator *iterator = (UBreakIterator *)pthread_getspecific(breakKey);
    if (iterator == NULL) {
        iterator = ubrk_open(UBRK_WORD, "nb", NULL, 0, status);
        if (U_FAILURE(*status)) {
            return NULL;
        }
        pthread_setspecific(breakKey, iterator);
    }
    return iterator;
}

int32_t cicu_word_segments(const uint16_t *text, int32_t length,
                           int32_t *starts, int32_t *ends, int32_t *statuses,
                           int32_t capacity, int32_t *err) {
    UErrorCode status = U_ZERO_ERROR;
    *err = 0;
    if (length <= 0) {
        return 0;
    }
    UBreakIterator *iterator = threadBreakIterator(&status);
    if (iterator == NULL) {
        *err = (int32_t)status;
        return 0;
    }
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        *err = (int32_t)status;
        return 0;
    }
    int32_t count = 0;
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
        if (count < capacity) {
            starts[count] = start;
            ends[count] = end;
            statuses[count] = ubrk_getRuleStatus(iterator);
        }
        count += 1;
        start = end;
    }
    // Drop the iterator's pointer to the caller's buffer before it goes away.
    static const UChar empty[1] = {0};
    UErrorCode ignored = U_ZERO_ERROR;
    ubrk_setText(iterator, empty, 0, &ignored);
    if (count > capacity) {
        *err = CICU_BUFFER_OVERFLOW;
    }
    return count;
}
