// The C library's wide-character search over 32-bit Unicode scalars: it
// compares many scalars per instruction where a Swift loop compares one.
#ifndef CICU_SCALAR_SEARCH_H
#define CICU_SCALAR_SEARCH_H

#include <stddef.h>
#include <stdint.h>

/// The index of the first of the `count` scalars at `text` equal to
/// `scalar`, or -1 when none is.
ptrdiff_t cicu_first_scalar(const uint32_t *text, size_t count, uint32_t scalar);

#endif
