// ICU's Chinese number spell-out as a formatter (RuleBasedNumberFormat, zh):
// the reference the numeral property tests read back. Slow; tests only.
#ifndef CICU_SPELLOUT_FORMAT_H
#define CICU_SPELLOUT_FORMAT_H

#include <stdint.h>

/// Writes ICU's zh rule-set names (UNUM_PUBLIC_RULESETS, ";"-separated, e.g.
/// "%spellout-cardinal;%spellout-cardinal-financial;…") into `out`. Returns
/// the length, the negated length needed when `capacity` is too small, or
/// INT32_MIN on an ICU error.
int32_t cicu_spellout_rulesets(uint16_t *out, int32_t capacity);

/// Spells out the decimal number `decimal` (ASCII, e.g. "36417.25") with the
/// zh rule set `ruleset` (NUL-terminated ASCII, e.g. "%spellout-cardinal").
/// Returns the UTF-16 length written to `out`, the negated length needed when
/// `capacity` is too small, or INT32_MIN on an ICU error (unknown rule set).
int32_t cicu_spellout_format(const char *ruleset, const char *decimal,
                             uint16_t *out, int32_t capacity);

#endif
