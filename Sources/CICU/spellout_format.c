// ICU's zh RuleBasedNumberFormat as a formatter, for the numeral oracle tests.
#include "spellout_format.h"

#include <string.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

// One formatter per thread and rule set: opening an RBNF costs far more than
// formatting with it.
enum { SLOTS = 4, NAME_MAX_LEN = 64 };
static _Thread_local UNumberFormat *formatters[SLOTS];
static _Thread_local char names[SLOTS][NAME_MAX_LEN];

static UNumberFormat *open_spellout(void) {
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &status);
  return U_FAILURE(status) ? NULL : f;
}

static UNumberFormat *formatter(const char *ruleset) {
  if (strlen(ruleset) >= NAME_MAX_LEN) return NULL;
  for (int i = 0; i < SLOTS; i++) {
    if (formatters[i] != NULL && strcmp(names[i], ruleset) == 0) return formatters[i];
  }
  for (int i = 0; i < SLOTS; i++) {
    if (formatters[i] != NULL) continue;
    UNumberFormat *f = open_spellout();
    if (f == NULL) return NULL;
    UChar name[NAME_MAX_LEN];
    u_uastrcpy(name, ruleset);
    UErrorCode status = U_ZERO_ERROR;
    unum_setTextAttribute(f, UNUM_DEFAULT_RULESET, name, -1, &status);
    if (U_FAILURE(status)) { unum_close(f); return NULL; }
    formatters[i] = f;
    strcpy(names[i], ruleset);
    return f;
  }
  return NULL;
}

int32_t cicu_spellout_rulesets(uint16_t *out, int32_t capacity) {
  UNumberFormat *f = open_spellout();
  if (f == NULL) return INT32_MIN;
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = unum_getTextAttribute(f, UNUM_PUBLIC_RULESETS, (UChar *)out, capacity, &status);
  unum_close(f);
  if (status == U_BUFFER_OVERFLOW_ERROR) return -n;
  return U_FAILURE(status) ? INT32_MIN : n;
}

int32_t cicu_spellout_format(const char *ruleset, const char *decimal,
                             uint16_t *out, int32_t capacity) {
  UNumberFormat *f = formatter(ruleset);
  if (f == NULL) return INT32_MIN;
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = unum_formatDecimal(f, decimal, (int32_t)strlen(decimal), (UChar *)out, capacity,
                                 NULL, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return -n;
  return U_FAILURE(status) ? INT32_MIN : n;
}
