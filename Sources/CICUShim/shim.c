// shim.c — implementations of the hx_ wrappers declared in hexaglot_icu.h.
// Each wrapper forwards to the version-suffixed ICU function; the only added
// behaviour is documented in the header (UTC + proleptic Gregorian dates,
// "no substitute" display names). The ICU headers are included here only;
// see the header for why.

#include "hexaglot_icu.h"

#include <string.h>

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/uloc.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/udateintervalformat.h>
#include <unicode/unum.h>
#include <unicode/ulistformatter.h>
#include <unicode/ucol.h>
#include <unicode/uldnames.h>
#include <unicode/ures.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

// The plain C types of the header must be ICU's types.
_Static_assert(sizeof(hx_uchar) == sizeof(UChar), "hx_uchar must be UChar");
_Static_assert((UChar)-1 > 0, "UChar must be unsigned 16-bit");
_Static_assert(sizeof(UDate) == sizeof(double), "UDate must be double");
_Static_assert(HX_U_ZERO_ERROR == U_ZERO_ERROR, "status value");
_Static_assert(HX_U_ILLEGAL_ARGUMENT_ERROR == U_ILLEGAL_ARGUMENT_ERROR, "status value");
_Static_assert(HX_U_MISSING_RESOURCE_ERROR == U_MISSING_RESOURCE_ERROR, "status value");
_Static_assert(HX_U_INVALID_FORMAT_ERROR == U_INVALID_FORMAT_ERROR, "status value");
_Static_assert(HX_U_UNSUPPORTED_ERROR == U_UNSUPPORTED_ERROR, "status value");
_Static_assert(HX_U_INTERNAL_PROGRAM_ERROR == U_INTERNAL_PROGRAM_ERROR, "status value");
_Static_assert(HX_U_INDEX_OUTOFBOUNDS_ERROR == U_INDEX_OUTOFBOUNDS_ERROR, "status value");
_Static_assert(HX_U_PARSE_ERROR == U_PARSE_ERROR, "status value");
_Static_assert(HX_U_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "status value");

// hx_status <-> UErrorCode: every wrapper works on a local UErrorCode `st`.
#define STATUS_IN UErrorCode st = (UErrorCode)*status
#define STATUS_OUT (*status = (hx_status)st)

static const UChar kUTC[] = {'U', 'T', 'C', 0};

/// Canonical ICU locale ID with calendar=gregorian forced, e.g.
/// "ar-SY" -> "ar_SY@calendar=gregorian". A locale ID too long for ICU is
/// U_ILLEGAL_ARGUMENT_ERROR.
static void gregorian_locale(const char *locale, char *out, int32_t capacity,
                             UErrorCode *st) {
    if (U_FAILURE(*st)) return;
    int32_t length = uloc_getName(locale, out, capacity, st);
    if (U_SUCCESS(*st) && length >= capacity) *st = U_BUFFER_OVERFLOW_ERROR;
    if (U_SUCCESS(*st)) {
        length = uloc_setKeywordValue("calendar", "gregorian", out, capacity, st);
        if (U_SUCCESS(*st) && length >= capacity) *st = U_BUFFER_OVERFLOW_ERROR;
    }
    if (*st == U_BUFFER_OVERFLOW_ERROR) *st = U_ILLEGAL_ARGUMENT_ERROR;
}

/// ICU's date pattern characters (udat_getSymbols UDAT_LOCALIZED_CHARS of a
/// root formatter; CLDR has no localized pattern characters, so these are the
/// standard ones of this ICU version). NUL-terminated.
static void date_pattern_chars(UChar *out, int32_t capacity, UErrorCode *st) {
    if (U_FAILURE(*st)) return;
    UChar empty[1] = {0};
    UDateFormat *fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, "root", kUTC, -1, empty, 0, st);
    if (U_SUCCESS(*st)) {
        int32_t length = udat_getSymbols(fmt, UDAT_LOCALIZED_CHARS, 0, out, capacity, st);
        if (U_SUCCESS(*st) && length >= capacity) *st = U_BUFFER_OVERFLOW_ERROR;
    }
    if (fmt != NULL) udat_close(fmt);
}

static int is_ascii_letter(UChar c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int contains(const UChar *set, UChar c) {
    for (; *set != 0; set++) {
        if (*set == c) return 1;
    }
    return 0;
}

/// See "Dates" in the header: U_INVALID_FORMAT_ERROR for unknown pattern
/// letters or an unterminated quote.
static void check_date_pattern(const UChar *pattern, int32_t length, UErrorCode *st) {
    if (U_FAILURE(*st)) return;
    UChar chars[64];
    date_pattern_chars(chars, 64, st);
    if (U_FAILURE(*st)) return;
    if (length < 0) length = u_strlen(pattern);
    int quoted = 0;
    for (int32_t i = 0; i < length; i++) {
        UChar c = pattern[i];
        if (c == '\'') {
            quoted = !quoted;  // "''" toggles twice: a literal quote
        } else if (!quoted && is_ascii_letter(c) && !contains(chars, c)) {
            *st = U_INVALID_FORMAT_ERROR;
            return;
        }
    }
    if (quoted) *st = U_INVALID_FORMAT_ERROR;
}

/// See "Dates" in the header: U_ILLEGAL_ARGUMENT_ERROR for an empty
/// skeleton, U_INVALID_FORMAT_ERROR for a character that is not a pattern
/// character or one of "jJC".
static void check_date_skeleton(const UChar *skeleton, int32_t length, UErrorCode *st) {
    if (U_FAILURE(*st)) return;
    UChar chars[64];
    date_pattern_chars(chars, 64, st);
    if (U_FAILURE(*st)) return;
    if (length < 0) length = u_strlen(skeleton);
    if (length == 0) {
        *st = U_ILLEGAL_ARGUMENT_ERROR;
        return;
    }
    static const UChar kSkeletonOnly[] = {'j', 'J', 'C', 0};
    for (int32_t i = 0; i < length; i++) {
        UChar c = skeleton[i];
        if (!is_ascii_letter(c) || !(contains(chars, c) || contains(kSkeletonOnly, c))) {
            *st = U_INVALID_FORMAT_ERROR;
            return;
        }
    }
}

// MARK: Locales

void hx_ures_checkLocale(const char *locale, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return;
    char base[ULOC_FULLNAME_CAPACITY];
    int32_t length = uloc_getBaseName(locale, base, ULOC_FULLNAME_CAPACITY, &st);
    if (U_SUCCESS(st) && length >= ULOC_FULLNAME_CAPACITY) st = U_ILLEGAL_ARGUMENT_ERROR;
    if (st == U_BUFFER_OVERFLOW_ERROR) st = U_ILLEGAL_ARGUMENT_ERROR;
    if (U_SUCCESS(st) && length > 0) {  // "" is root
        UErrorCode open = U_ZERO_ERROR;
        UResourceBundle *bundle = ures_open(NULL, base, &open);
        if (bundle != NULL) ures_close(bundle);
        if (open == U_USING_DEFAULT_WARNING) {
            st = U_MISSING_RESOURCE_ERROR;
        } else if (U_FAILURE(open)) {
            st = open;
        }
    }
    STATUS_OUT;
}

// MARK: Errors and version

const char *hx_u_errorName(hx_status code) { return u_errorName((UErrorCode)code); }

void hx_u_getVersion(char *out, int32_t capacity) {
    if (out == NULL || capacity <= 0) return;
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(out, text, (size_t)capacity - 1);
    out[capacity - 1] = 0;
}

// MARK: Dates

int32_t hx_udatpg_getBestPattern(const char *locale,
                                 const hx_uchar *skeleton, int32_t skeletonLength,
                                 hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = 0;
    check_date_skeleton(skeleton, skeletonLength, &st);
    char loc[ULOC_FULLNAME_CAPACITY];
    gregorian_locale(locale, loc, ULOC_FULLNAME_CAPACITY, &st);
    UDateTimePatternGenerator *gen = NULL;
    if (U_SUCCESS(st)) gen = udatpg_open(loc, &st);
    if (U_SUCCESS(st)) {
        length = udatpg_getBestPattern(gen, skeleton, skeletonLength, out, capacity, &st);
        if (U_SUCCESS(st) && length == 0) st = U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (gen != NULL) udatpg_close(gen);
    STATUS_OUT;
    return length;
}

hx_udat *hx_udat_open(const char *locale,
                      const hx_uchar *pattern, int32_t patternLength,
                      hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    check_date_pattern(pattern, patternLength, &st);
    char loc[ULOC_FULLNAME_CAPACITY];
    gregorian_locale(locale, loc, ULOC_FULLNAME_CAPACITY, &st);
    UDateFormat *fmt = NULL;
    if (U_SUCCESS(st)) {
        fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, kUTC, -1, pattern, patternLength, &st);
    }
    // Proleptic Gregorian calendar in UTC, so that formatting and parsing
    // agree with the integer day arithmetic done in Swift for any year.
    UCalendar *cal = NULL;
    if (U_SUCCESS(st)) cal = ucal_open(kUTC, -1, loc, UCAL_GREGORIAN, &st);
    if (U_SUCCESS(st)) ucal_setGregorianChange(cal, U_DATE_MIN, &st);
    if (U_SUCCESS(st)) udat_setCalendar(fmt, cal);  // clones cal
    if (cal != NULL) ucal_close(cal);
    // Strict parsing (also makes the calendar non-lenient); must come after
    // udat_setCalendar, which replaces the calendar.
    if (U_SUCCESS(st)) udat_setLenient(fmt, 0);
    if (U_FAILURE(st) && fmt != NULL) {
        udat_close(fmt);
        fmt = NULL;
    }
    STATUS_OUT;
    return (hx_udat *)fmt;
}

void hx_udat_close(hx_udat *fmt) {
    if (fmt != NULL) udat_close((UDateFormat *)fmt);
}

int32_t hx_udat_format(const hx_udat *fmt, double date,
                       hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = udat_format((const UDateFormat *)fmt, date, out, capacity, NULL, &st);
    STATUS_OUT;
    return length;
}

hx_udtitvfmt *hx_udtitvfmt_open(const char *locale,
                                const hx_uchar *skeleton, int32_t skeletonLength,
                                hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    check_date_skeleton(skeleton, skeletonLength, &st);
    char loc[ULOC_FULLNAME_CAPACITY];
    gregorian_locale(locale, loc, ULOC_FULLNAME_CAPACITY, &st);
    UDateIntervalFormat *fmt = NULL;
    if (U_SUCCESS(st)) fmt = udtitvfmt_open(loc, skeleton, skeletonLength, kUTC, -1, &st);
    if (U_FAILURE(st) && fmt != NULL) {
        udtitvfmt_close(fmt);
        fmt = NULL;
    }
    STATUS_OUT;
    return (hx_udtitvfmt *)fmt;
}

void hx_udtitvfmt_close(hx_udtitvfmt *fmt) {
    if (fmt != NULL) udtitvfmt_close((UDateIntervalFormat *)fmt);
}

int32_t hx_udtitvfmt_format(const hx_udtitvfmt *fmt, double from, double to,
                            hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = udtitvfmt_format((const UDateIntervalFormat *)fmt, from, to,
                                      out, capacity, NULL, &st);
    STATUS_OUT;
    return length;
}

// MARK: Numbers

static hx_unum *finish_unum(UNumberFormat *fmt, UErrorCode st, hx_status *status) {
    if (U_FAILURE(st) && fmt != NULL) {
        unum_close(fmt);
        fmt = NULL;
    }
    STATUS_OUT;
    return (hx_unum *)fmt;
}

hx_unum *hx_unum_open_decimal(const char *locale, int32_t grouping,
                              int32_t fractionDigits, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &st);
    if (U_SUCCESS(st)) {
        unum_setAttribute(fmt, UNUM_GROUPING_USED, grouping ? 1 : 0);
        if (fractionDigits >= 0) {
            unum_setAttribute(fmt, UNUM_MIN_FRACTION_DIGITS, fractionDigits);
            unum_setAttribute(fmt, UNUM_MAX_FRACTION_DIGITS, fractionDigits);
        }
    }
    return finish_unum(fmt, st, status);
}

hx_unum *hx_unum_open_spellout(const char *locale,
                               const hx_uchar *ruleSet, int32_t ruleSetLength,
                               hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &st);
    if (U_SUCCESS(st) && ruleSet != NULL) {
        unum_setTextAttribute(fmt, UNUM_DEFAULT_RULESET, ruleSet, ruleSetLength, &st);
    }
    return finish_unum(fmt, st, status);
}

hx_unum *hx_unum_open_ordinal(const char *locale, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_ORDINAL, NULL, 0, locale, NULL, &st);
    return finish_unum(fmt, st, status);
}

void hx_unum_close(hx_unum *fmt) {
    if (fmt != NULL) unum_close((UNumberFormat *)fmt);
}

int32_t hx_unum_formatInt64(const hx_unum *fmt, int64_t number,
                            hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = unum_formatInt64((const UNumberFormat *)fmt, number, out, capacity, NULL, &st);
    STATUS_OUT;
    return length;
}

int32_t hx_unum_formatDouble(const hx_unum *fmt, double number,
                             hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = unum_formatDouble((const UNumberFormat *)fmt, number, out, capacity, NULL, &st);
    STATUS_OUT;
    return length;
}

int32_t hx_unum_getPublicRuleSets(const hx_unum *fmt,
                                  hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = unum_getTextAttribute((const UNumberFormat *)fmt, UNUM_PUBLIC_RULESETS,
                                           out, capacity, &st);
    STATUS_OUT;
    return length;
}

void hx_unum_setDefaultRuleSet(hx_unum *fmt, const hx_uchar *ruleSet, int32_t ruleSetLength, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return;
    unum_setTextAttribute((UNumberFormat *)fmt, UNUM_DEFAULT_RULESET, ruleSet, ruleSetLength, &st);
    STATUS_OUT;
}

// MARK: Number parsing

hx_unum *hx_unum_open_decimal_parser(const char *locale, int32_t lenient, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &st);
    if (U_SUCCESS(st)) {
        unum_setAttribute(fmt, UNUM_PARSE_NO_EXPONENT, 1);
        unum_setAttribute(fmt, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
    }
    return finish_unum(fmt, st, status);
}

hx_unum *hx_unum_open_spellout_parser(const char *locale, int32_t lenient, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &st);
    if (U_SUCCESS(st)) unum_setAttribute(fmt, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
    return finish_unum(fmt, st, status);
}

int32_t hx_unum_parseDecimal(const hx_unum *fmt,
                             const hx_uchar *text, int32_t textLength,
                             int32_t *parsePosition,
                             char *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    *parsePosition = 0;
    int32_t length = unum_parseDecimal((const UNumberFormat *)fmt, text, textLength,
                                       parsePosition, out, capacity, &st);
    if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) *parsePosition = 0;
    STATUS_OUT;
    return length;
}

// MARK: Word breaks

hx_ubrk *hx_ubrk_open_word(const char *locale, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UBreakIterator *brk = ubrk_open(UBRK_WORD, locale, NULL, 0, &st);
    if (U_FAILURE(st) && brk != NULL) {
        ubrk_close(brk);
        brk = NULL;
    }
    STATUS_OUT;
    return (hx_ubrk *)brk;
}

void hx_ubrk_close(hx_ubrk *brk) {
    if (brk != NULL) ubrk_close((UBreakIterator *)brk);
}

void hx_ubrk_setText(hx_ubrk *brk, const hx_uchar *text, int32_t textLength, hx_status *status) {
    STATUS_IN;
    ubrk_setText((UBreakIterator *)brk, text, textLength, &st);
    STATUS_OUT;
}

int32_t hx_ubrk_boundaries(hx_ubrk *brk, int32_t *boundaries, int32_t *ruleStatus,
                           int32_t capacity, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return 0;
    UBreakIterator *it = (UBreakIterator *)brk;
    int32_t count = 0;
    for (int32_t p = ubrk_first(it); p != UBRK_DONE; p = ubrk_next(it)) {
        if (count < capacity) {
            boundaries[count] = p;
            ruleStatus[count] = count == 0 ? 0 : ubrk_getRuleStatus(it);
        }
        count++;
    }
    if (count > capacity) st = U_BUFFER_OVERFLOW_ERROR;
    STATUS_OUT;
    return count;
}

// MARK: Lists

hx_ulistfmt *hx_ulistfmt_openForType(const char *locale, int32_t type, int32_t width,
                                     hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UListFormatterType t = ULISTFMT_TYPE_AND;
    UListFormatterWidth w = ULISTFMT_WIDTH_WIDE;
    switch (type) {
    case 0: t = ULISTFMT_TYPE_AND; break;
    case 1: t = ULISTFMT_TYPE_OR; break;
    case 2: t = ULISTFMT_TYPE_UNITS; break;
    default: st = U_ILLEGAL_ARGUMENT_ERROR; break;
    }
    switch (width) {
    case 0: w = ULISTFMT_WIDTH_WIDE; break;
    case 1: w = ULISTFMT_WIDTH_SHORT; break;
    case 2: w = ULISTFMT_WIDTH_NARROW; break;
    default: st = U_ILLEGAL_ARGUMENT_ERROR; break;
    }
    UListFormatter *fmt = NULL;
    if (U_SUCCESS(st)) fmt = ulistfmt_openForType(locale, t, w, &st);
    if (U_FAILURE(st) && fmt != NULL) {
        ulistfmt_close(fmt);
        fmt = NULL;
    }
    STATUS_OUT;
    return (hx_ulistfmt *)fmt;
}

void hx_ulistfmt_close(hx_ulistfmt *fmt) {
    if (fmt != NULL) ulistfmt_close((UListFormatter *)fmt);
}

int32_t hx_ulistfmt_format(const hx_ulistfmt *fmt,
                           const hx_uchar *const strings[], const int32_t *lengths,
                           int32_t count,
                           hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = ulistfmt_format((const UListFormatter *)fmt, strings, lengths, count,
                                     out, capacity, &st);
    STATUS_OUT;
    return length;
}

// MARK: Collation

hx_ucol *hx_ucol_open(const char *locale, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UCollator *coll = ucol_open(locale, &st);
    if (U_FAILURE(st) && coll != NULL) {
        ucol_close(coll);
        coll = NULL;
    }
    STATUS_OUT;
    return (hx_ucol *)coll;
}

void hx_ucol_close(hx_ucol *coll) {
    if (coll != NULL) ucol_close((UCollator *)coll);
}

int32_t hx_ucol_getSortKey(const hx_ucol *coll,
                           const hx_uchar *text, int32_t textLength,
                           uint8_t *out, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)coll, text, textLength, out, capacity);
}

int32_t hx_ucol_strcoll(const hx_ucol *coll,
                        const hx_uchar *a, int32_t aLength,
                        const hx_uchar *b, int32_t bLength) {
    switch (ucol_strcoll((const UCollator *)coll, a, aLength, b, bLength)) {
    case UCOL_LESS: return -1;
    case UCOL_GREATER: return 1;
    default: return 0;
    }
}

// MARK: Display names

hx_uldn *hx_uldn_open(const char *locale, hx_status *status) {
    STATUS_IN;
    if (U_FAILURE(st)) return NULL;
    UDisplayContext contexts[] = {
        UDISPCTX_STANDARD_NAMES,
        UDISPCTX_NO_SUBSTITUTE,
        UDISPCTX_CAPITALIZATION_NONE,
        UDISPCTX_LENGTH_FULL,
    };
    ULocaleDisplayNames *ldn = uldn_openForContext(
        locale, contexts, (int32_t)(sizeof contexts / sizeof contexts[0]), &st);
    if (U_FAILURE(st) && ldn != NULL) {
        uldn_close(ldn);
        ldn = NULL;
    }
    STATUS_OUT;
    return (hx_uldn *)ldn;
}

void hx_uldn_close(hx_uldn *ldn) {
    if (ldn != NULL) uldn_close((ULocaleDisplayNames *)ldn);
}

int32_t hx_uldn_regionDisplayName(const hx_uldn *ldn, const char *region,
                                  hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = uldn_regionDisplayName((const ULocaleDisplayNames *)ldn, region,
                                            out, capacity, &st);
    STATUS_OUT;
    return length;
}

int32_t hx_uldn_languageDisplayName(const hx_uldn *ldn, const char *language,
                                    hx_uchar *out, int32_t capacity, hx_status *status) {
    STATUS_IN;
    int32_t length = uldn_languageDisplayName((const ULocaleDisplayNames *)ldn, language,
                                              out, capacity, &st);
    STATUS_OUT;
    return length;
}
