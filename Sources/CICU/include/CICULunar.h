// Chinese (lunar) calendar conversion through ICU's "chinese" calendar.
#ifndef CICU_LUNAR_H
#define CICU_LUNAR_H

#include <stdint.h>

/// Converts a lunar date to the Gregorian calendar. `lunarYear` names the
/// Chinese year by the Gregorian year its first month begins in (2023 for
/// the year whose 春节 is 2023-01-22); `month` is 1-based, `leap` is 1 for a
/// leap month (闰月). Returns 1 and stores the Gregorian date on success, 0
/// when the lunar date does not exist (a 30th in a 29-day month, a leap
/// month the year lacks), INT32_MIN on an ICU error.
int32_t cicu_lunar_to_gregorian(int32_t lunarYear, int32_t month, int32_t leap, int32_t day,
                                int32_t *year, int32_t *gregorianMonth, int32_t *gregorianDay);

#endif
