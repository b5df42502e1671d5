#include "CICU.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <limits.h>
#include <stdio.h>

// ICU service objects are costly to open and not safe to share across
// threads, so each thread keeps its own, opened on first use.
static _Thread_local UBreakIterator *word_breaker;
static _Thread_local UBreakIterator *sentence_breaker;
static _Thread_local UTransliterator *trad_simp;
static _Thread_local UNumberFormat *spellout;

static UBreakIterator *breaker(int32_t kind) {
  UBreakIterator **slot = kind == CICU_SENTENCE ? &sentence_breaker : &word_breaker;
  if (*slot == NULL) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == CICU_SENTENCE ? UBRK_SENTENCE : UBRK_WORD,
                                   "zh", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    *slot = it;
  }
  return *slot;
}

int32_t cicu_boundaries(int32_t kind, const uint16_t *text, int32_t length,
                        int32_t *out, int32_t capacity) {
  UBreakIterator *it = breaker(kind);
  if (it == NULL) return INT32_MIN;
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(it, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return INT32_MIN;
  int32_t count = 0;
  for (int32_t b = ubrk_first(it); b != UBRK_DONE; b = ubrk_next(it)) {
    if (count < capacity) out[count] = b;
    count++;
  }
  // Drop our pointer to the caller's text before returning.
  ubrk_setText(it, NULL, 0, &status);
  return count <= capacity ? count : -count;
}

int32_t cicu_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) return INT32_MIN;
  int32_t written = unorm2_normalize(nfkc, (const UChar *)text, length,
                                     (UChar *)out, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return -written;
  if (U_FAILURE(status)) return INT32_MIN;
  return written;
}

static const UChar trad_simp_id[] = u"Traditional-Simplified";

int32_t cicu_traditional_rules(uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU(trad_simp_id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE(status)) return INT32_MIN;
  int32_t n = utrans_toRules(t, 0, (UChar *)out, capacity, &status);
  utrans_close(t);
  if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return INT32_MIN;
  return n;
}

int32_t cicu_traditional_to_simplified(uint16_t *buffer, int32_t length, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  if (trad_simp == NULL) {
    trad_simp = utrans_openU(trad_simp_id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { trad_simp = NULL; return INT32_MIN; }
  }
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(trad_simp, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return -textLength;
  if (U_FAILURE(status)) return INT32_MIN;
  return textLength;
}

int32_t cicu_parse_spellout(const uint16_t *text, int32_t length, double *value) {
  UErrorCode status = U_ZERO_ERROR;
  if (spellout == NULL) {
    spellout = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &status);
    if (U_FAILURE(status)) { spellout = NULL; return INT32_MIN; }
  }
  int32_t position = 0;
  double parsed = unum_parseDouble(spellout, (const UChar *)text, length, &position, &status);
  if (U_FAILURE(status) || position != length) return 0;
  *value = parsed;
  return 1;
}

const char *cicu_version(void) {
  static _Thread_local char buffer[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, buffer);
  return buffer;
}
