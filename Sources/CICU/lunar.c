#include "CICULunar.h"

#include <unicode/ucal.h>
#include <limits.h>
#include <stddef.h>

// ICU's Chinese calendar counts its extended year from 2637 BCE: the Chinese
// year beginning in Gregorian year Y is extended year Y + 2637.
static const int32_t chinese_epoch_offset = 2637;

// Calendars are costly to open and not thread-safe: one pair per thread.
static _Thread_local UCalendar *chinese_calendar;
static _Thread_local UCalendar *gregorian_calendar;

static int32_t open_calendars(void) {
  UErrorCode status = U_ZERO_ERROR;
  if (chinese_calendar == NULL) {
    chinese_calendar = ucal_open(NULL, 0, "zh@calendar=chinese", UCAL_DEFAULT, &status);
    if (U_FAILURE(status)) { chinese_calendar = NULL; return 0; }
    ucal_setAttribute(chinese_calendar, UCAL_LENIENT, 0);
  }
  if (gregorian_calendar == NULL) {
    status = U_ZERO_ERROR;
    UChar utc[] = {'U', 'T', 'C', 0};
    gregorian_calendar = ucal_open(utc, 3, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
    if (U_FAILURE(status)) { gregorian_calendar = NULL; return 0; }
    // Proleptic Gregorian all the way back, as the rest of the extractor counts.
    ucal_setGregorianChange(gregorian_calendar, -8.64e15, &status);
  }
  return 1;
}

int32_t cicu_lunar_to_gregorian(int32_t lunarYear, int32_t month, int32_t leap, int32_t day,
                                int32_t *year, int32_t *gregorianMonth, int32_t *gregorianDay) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return 0;
  if (!open_calendars()) return INT32_MIN;
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *c = chinese_calendar;
  ucal_clear(c);
  // The Chinese calendar must use the same zone as the Gregorian one.
  UChar utc[] = {'U', 'T', 'C', 0};
  ucal_setTimeZone(c, utc, 3, &status);
  if (U_FAILURE(status)) return INT32_MIN;
  ucal_set(c, UCAL_EXTENDED_YEAR, lunarYear + chinese_epoch_offset);
  ucal_set(c, UCAL_MONTH, month - 1);
  ucal_set(c, UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
  ucal_set(c, UCAL_DATE, day);
  ucal_set(c, UCAL_HOUR_OF_DAY, 12);
  UDate millis = ucal_getMillis(c, &status);
  if (U_FAILURE(status)) return 0;  // not lenient: the date does not exist
  // Read back: a leap month the year lacks is silently moved otherwise.
  if (ucal_get(c, UCAL_IS_LEAP_MONTH, &status) != (leap ? 1 : 0)
      || ucal_get(c, UCAL_DATE, &status) != day || U_FAILURE(status)) {
    return 0;
  }
  UCalendar *g = gregorian_calendar;
  ucal_setMillis(g, millis, &status);
  int32_t y = ucal_get(g, UCAL_EXTENDED_YEAR, &status);
  int32_t m = ucal_get(g, UCAL_MONTH, &status);
  int32_t d = ucal_get(g, UCAL_DATE, &status);
  if (U_FAILURE(status)) return INT32_MIN;
  *year = y;
  *gregorianMonth = m + 1;
  *gregorianDay = d;
  return 1;
}
