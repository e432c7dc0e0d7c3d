// text.c — implementations of the wrappers declared in hexaglot_icu_text.h.

#include "hexaglot_icu_text.h"

#include <unicode/utypes.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

hx_unum *hx_unum_open_ordinal_ruleSet(const char *locale,
                                      const hx_uchar *ruleSet, int32_t ruleSetLength,
                                      hx_status *status) {
    UErrorCode st = (UErrorCode)*status;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_ORDINAL, NULL, 0, locale, NULL, &st);
    if (U_SUCCESS(st)) {
        unum_setTextAttribute(fmt, UNUM_DEFAULT_RULESET, ruleSet, ruleSetLength, &st);
    }
    if (U_FAILURE(st) && fmt != NULL) {
        unum_close(fmt);
        fmt = NULL;
    }
    *status = (hx_status)st;
    return (hx_unum *)fmt;
}

int32_t hx_u_strToUpper(const char *locale,
                        const hx_uchar *text, int32_t textLength,
                        hx_uchar *out, int32_t capacity, hx_status *status) {
    UErrorCode st = (UErrorCode)*status;
    if (U_FAILURE(st)) return 0;
    int32_t length = u_strToUpper(out, capacity, text, textLength, locale, &st);
    *status = (hx_status)st;
    return length;
}

int32_t hx_u_strFromUTF8(hx_uchar *out, int32_t capacity,
                         const char *text, int32_t length, hx_status *status) {
    UErrorCode st = (UErrorCode)*status;
    if (U_FAILURE(st)) return 0;
    int32_t written = 0;
    u_strFromUTF8WithSub(out, capacity, &written, text, length, 0xFFFD, NULL, &st);
    *status = (hx_status)st;
    return written;
}

int32_t hx_u_strToUTF8(char *out, int32_t capacity,
                       const hx_uchar *text, int32_t length, hx_status *status) {
    UErrorCode st = (UErrorCode)*status;
    if (U_FAILURE(st)) return 0;
    int32_t written = 0;
    u_strToUTF8WithSub(out, capacity, &written, text, length, 0xFFFD, NULL, &st);
    *status = (hx_status)st;
    return written;
}
