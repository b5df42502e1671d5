#include "scalar_search.h"

#include <wchar.h>

// wmemchr compares wchar_t, a 32-bit type on the platforms we build for:
// a Unicode scalar is one of them, bit for bit.
_Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "wchar_t holds a Unicode scalar");

ptrdiff_t cicu_first_scalar(const uint32_t *text, size_t count, uint32_t scalar) {
  if (count == 0) return -1;
  const wchar_t *start = (const wchar_t *)text;
  const wchar_t *hit = wmemchr(start, (wchar_t)scalar, count);
  return hit ? hit - start : -1;
}
