// Plain-C face of the system ICU. Only C scalar types cross this header, so
// that Swift never sees ICU's own headers (they clash with Foundation's
// private ICU copy and use version-suffixed symbol names).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>
#include "CICULunar.h"
#include "spellout_format.h"
#include "scalar_search.h"

/// Boundary kinds for cicu_boundaries.
enum { CICU_WORD = 0, CICU_SENTENCE = 1 };

/// Writes the boundary offsets (UTF-16 units, ascending, including 0 and
/// `length`) of `text` under ICU's zh break rules into `out`. Returns the
/// number of boundaries, the negated number needed when `capacity` is too
/// small, or INT32_MIN on an ICU error.
int32_t cicu_boundaries(int32_t kind, const uint16_t *text, int32_t length,
                        int32_t *out, int32_t capacity);

/// NFKC-normalises `text` into `out`. Returns the length written, the negated
/// length needed when `capacity` is too small, or INT32_MIN on error.
int32_t cicu_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Runs ICU's "Traditional-Simplified" transform over `buffer` in place.
/// Returns the new length, the negated length needed when `capacity` is too
/// small, or INT32_MIN on error.
int32_t cicu_traditional_to_simplified(uint16_t *buffer, int32_t length, int32_t capacity);

/// Writes the system ICU's "Traditional-Simplified" rules (utrans_toRules)
/// as UTF-16 into `out`; returns their length (more than `capacity` when out
/// is too small), or INT32_MIN on error. Slow: for tests.
int32_t cicu_traditional_rules(uint16_t *out, int32_t capacity);

/// Parses a Chinese spelled-out number (三十一, 二〇二三, 十二万三千) with ICU's zh
/// spellout rules. Returns 1 and stores the value on success, 0 when the text
/// is not a number ICU can read, INT32_MIN on error. Slow: a reference for tests.
int32_t cicu_parse_spellout(const uint16_t *text, int32_t length, double *value);

/// The ICU version string, e.g. "72.1".
const char *cicu_version(void);

#endif
