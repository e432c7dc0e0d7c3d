// hexaglot_icu_text.h — wrappers for the house-style features of Locales/:
// digit ordinals in a named rule set, and locale-aware upper-casing. Same
// conventions as hexaglot_icu.h (plain C types, status last, text written
// into (out, capacity) and the full length returned).

#ifndef HEXAGLOT_ICU_TEXT_H
#define HEXAGLOT_ICU_TEXT_H

#include "hexaglot_icu.h"

#ifdef __cplusplus
extern "C" {
#endif

/// unum_open(UNUM_ORDINAL), then unum_setTextAttribute(UNUM_DEFAULT_RULESET)
/// with `ruleSet` ("%digits-ordinal-feminine": es "23.ª", fr "1re"). An
/// unknown rule set is U_ILLEGAL_ARGUMENT_ERROR.
hx_unum *hx_unum_open_ordinal_ruleSet(const char *locale,
                                      const hx_uchar *ruleSet, int32_t ruleSetLength,
                                      hx_status *status);

/// UTF-8 → UTF-16 (u_strFromUTF8WithSub): `text` (`length` bytes) into `out`, which
/// has room for `capacity` units; returns the units written (or needed).
int32_t hx_u_strFromUTF8(hx_uchar *out, int32_t capacity,
                         const char *text, int32_t length, hx_status *status);

/// UTF-16 → UTF-8 (u_strToUTF8WithSub, a lone surrogate written as U+FFFD): `text`
/// (`length` units) into `out`, which has room for `capacity` bytes; returns the bytes
/// written (or needed).
int32_t hx_u_strToUTF8(char *out, int32_t capacity,
                       const hx_uchar *text, int32_t length, hx_status *status);

/// u_strToUpper with the casing rules of `locale` (Turkish dotted İ, Greek
/// accents dropped, Lithuanian dots …).
int32_t hx_u_strToUpper(const char *locale,
                        const hx_uchar *text, int32_t textLength,
                        hx_uchar *out, int32_t capacity, hx_status *status);

#ifdef __cplusplus
}
#endif

#endif // HEXAGLOT_ICU_TEXT_H
