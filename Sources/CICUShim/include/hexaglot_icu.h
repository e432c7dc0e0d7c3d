// hexaglot_icu.h — thin, unversioned C wrappers over the system ICU.
//
// ICU's C entry points are renamed with the library version (ucol_open is
// really ucol_open_72), and those macros are invisible to Swift. Swift code in
// HexaglotICU therefore calls only the hx_ functions declared here; each one
// forwards to the ICU function of the same name (minus the hx_ prefix) with
// the smallest amount of glue possible.
//
// This header deliberately includes no <unicode/*.h> header and exposes no
// ICU type. Any Swift module that also imports Foundation (XCTest does) sees
// Foundation's bundled ICU headers (module _FoundationICU, a newer ICU), and
// clang rejects two different definitions of UErrorCode, UDisplayContext, …
// in one compilation ("has different definitions in different modules"). So
// the ICU headers (<unicode/udat.h>, <unicode/ucol.h>, …) are included only by
// shim.c, and this interface uses plain C types of the same representation:
//   hx_uchar  = UChar      (a UTF-16 code unit)
//   hx_status = UErrorCode (the values below are checked against ICU's in shim.c)
//   double    = UDate      (milliseconds since 1970-01-01T00:00Z)
//
// Conventions:
//   * Every function that can fail takes `hx_status *status` last and does
//     nothing if *status already indicates failure (ICU's convention).
//   * Functions that write text take (hx_uchar *out, int32_t capacity) and
//     return the full length needed; when it does not fit, *status becomes
//     U_BUFFER_OVERFLOW_ERROR and the caller retries with a larger buffer.
//   * Handles are opaque; each kind has its own close function.
//   * Date objects are always opened on the "UTC" zone with a Gregorian
//     calendar (calendar=gregorian is forced into the locale ID), so results
//     never depend on the process time zone or the locale's default calendar.

#ifndef HEXAGLOT_ICU_H
#define HEXAGLOT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint16_t hx_uchar;
typedef int32_t hx_status;

/// The UErrorCode values Swift needs (shim.c asserts they equal ICU's).
enum {
    HX_U_ZERO_ERROR = 0,
    HX_U_ILLEGAL_ARGUMENT_ERROR = 1,
    HX_U_MISSING_RESOURCE_ERROR = 2,
    HX_U_INVALID_FORMAT_ERROR = 3,
    HX_U_INTERNAL_PROGRAM_ERROR = 5,
    HX_U_INDEX_OUTOFBOUNDS_ERROR = 8,
    HX_U_PARSE_ERROR = 9,
    HX_U_BUFFER_OVERFLOW_ERROR = 15,
    HX_U_UNSUPPORTED_ERROR = 16,
};

// Opaque handle types (each wraps the ICU object named in the comment).
typedef struct hx_udat hx_udat;            // UDateFormat
typedef struct hx_udtitvfmt hx_udtitvfmt;  // UDateIntervalFormat
typedef struct hx_unum hx_unum;            // UNumberFormat (decimal, spell-out, ordinal)
typedef struct hx_ulistfmt hx_ulistfmt;    // UListFormatter
typedef struct hx_ucol hx_ucol;            // UCollator
typedef struct hx_uldn hx_uldn;            // ULocaleDisplayNames
typedef struct hx_ubrk hx_ubrk;            // UBreakIterator (word)

// MARK: Errors and version

/// u_errorName: the symbolic name of a status, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *hx_u_errorName(hx_status code);

/// u_getVersion + u_versionToString: writes e.g. "72.1", NUL-terminated,
/// at most `capacity` bytes (20 is plenty).
void hx_u_getVersion(char *out, int32_t capacity);

// MARK: Locales

/// uloc_getBaseName + ures_open: fails with U_MISSING_RESOURCE_ERROR when ICU
/// has no data for `locale` and would silently fall back to the *process
/// default locale* (ures_open's U_USING_DEFAULT_WARNING), which depends on
/// LANG/LC_ALL. Falling back within the locale's own chain ("fr_XX" -> "fr")
/// and asking for root ("", "root", "und") are fine.
void hx_ures_checkLocale(const char *locale, hx_status *status);

// MARK: Dates
//
// Date patterns and skeletons are validated before use, because ICU 72 does
// not: it silently drops unknown pattern letters ("d MMMM y j" formats as
// "24 February 2020 ") and resolves junk skeletons to an empty pattern.
//   * a pattern letter (A-Z, a-z outside quotes) that is not one of ICU's
//     pattern characters (udat_getSymbols UDAT_LOCALIZED_CHARS, e.g.
//     "GyMdkHmsSEDFwWahKzYeugAZvcLQqVUOXxrbB"), or an unterminated quote:
//     U_INVALID_FORMAT_ERROR;
//   * a skeleton character that is not a pattern character or one of the
//     skeleton-only "jJC": U_INVALID_FORMAT_ERROR; an empty skeleton, or one
//     for which the generator finds no pattern: U_ILLEGAL_ARGUMENT_ERROR.

/// udatpg_open + udatpg_getBestPattern for `skeleton` in `locale`
/// (Gregorian calendar).
int32_t hx_udatpg_getBestPattern(const char *locale,
                                 const hx_uchar *skeleton, int32_t skeletonLength,
                                 hx_uchar *out, int32_t capacity, hx_status *status);

/// udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, "UTC", pattern), then
/// udat_setCalendar with a proleptic Gregorian UTC calendar and
/// udat_setLenient(false).
hx_udat *hx_udat_open(const char *locale,
                      const hx_uchar *pattern, int32_t patternLength,
                      hx_status *status);
void hx_udat_close(hx_udat *fmt);

/// udat_format.
int32_t hx_udat_format(const hx_udat *fmt, double date,
                       hx_uchar *out, int32_t capacity, hx_status *status);

/// udtitvfmt_open(locale, skeleton, "UTC") (Gregorian calendar).
hx_udtitvfmt *hx_udtitvfmt_open(const char *locale,
                                const hx_uchar *skeleton, int32_t skeletonLength,
                                hx_status *status);
void hx_udtitvfmt_close(hx_udtitvfmt *fmt);

/// udtitvfmt_format.
int32_t hx_udtitvfmt_format(const hx_udtitvfmt *fmt, double from, double to,
                            hx_uchar *out, int32_t capacity, hx_status *status);

// MARK: Numbers

/// unum_open(UNUM_DECIMAL), grouping on (nonzero) or off; if
/// fractionDigits >= 0, the minimum and maximum fraction digits are set to it.
hx_unum *hx_unum_open_decimal(const char *locale, int32_t grouping,
                              int32_t fractionDigits, hx_status *status);

/// unum_open(UNUM_SPELLOUT); if ruleSet is non-NULL it becomes the default
/// rule set (unum_setTextAttribute UNUM_DEFAULT_RULESET).
hx_unum *hx_unum_open_spellout(const char *locale,
                               const hx_uchar *ruleSet, int32_t ruleSetLength,
                               hx_status *status);

/// unum_setTextAttribute(UNUM_DEFAULT_RULESET) on a spell-out formatter: the rule set it formats with.
void hx_unum_setDefaultRuleSet(hx_unum *fmt, const hx_uchar *ruleSet, int32_t ruleSetLength, hx_status *status);

/// unum_open(UNUM_ORDINAL): digit ordinals ("23rd").
hx_unum *hx_unum_open_ordinal(const char *locale, hx_status *status);

void hx_unum_close(hx_unum *fmt);

/// unum_formatInt64.
int32_t hx_unum_formatInt64(const hx_unum *fmt, int64_t number,
                            hx_uchar *out, int32_t capacity, hx_status *status);

/// unum_formatDouble.
int32_t hx_unum_formatDouble(const hx_unum *fmt, double number,
                             hx_uchar *out, int32_t capacity, hx_status *status);

/// unum_getTextAttribute(UNUM_PUBLIC_RULESETS): ';'-separated rule set names.
int32_t hx_unum_getPublicRuleSets(const hx_unum *fmt,
                                  hx_uchar *out, int32_t capacity, hx_status *status);

// MARK: Number parsing

/// unum_open(UNUM_DECIMAL) for parsing: UNUM_PARSE_NO_EXPONENT on ("1e5" is
/// not a number in prose), UNUM_LENIENT_PARSE as `lenient` says.
hx_unum *hx_unum_open_decimal_parser(const char *locale, int32_t lenient, hx_status *status);

/// unum_open(UNUM_SPELLOUT) for parsing; UNUM_LENIENT_PARSE as `lenient` says.
/// ICU's RBNF parse tries every public rule set and keeps the longest match.
hx_unum *hx_unum_open_spellout_parser(const char *locale, int32_t lenient, hx_status *status);

/// unum_parseDecimal from the start of `text`: writes the value as a decNumber
/// string ("0.7", "100000") NUL-terminated into `out` and returns its length;
/// *parsePosition becomes the UTF-16 index after the parsed text (0 and
/// U_PARSE_ERROR when nothing parses).
int32_t hx_unum_parseDecimal(const hx_unum *fmt,
                             const hx_uchar *text, int32_t textLength,
                             int32_t *parsePosition,
                             char *out, int32_t capacity, hx_status *status);

// MARK: Word breaks

/// ubrk_open(UBRK_WORD, locale) over no text (dictionary-based for Chinese,
/// Japanese, Thai …); give it text with hx_ubrk_setText.
hx_ubrk *hx_ubrk_open_word(const char *locale, hx_status *status);
void hx_ubrk_close(hx_ubrk *brk);

/// ubrk_setText. The iterator keeps a pointer to `text`: it must outlive every
/// call to hx_ubrk_boundaries that follows.
void hx_ubrk_setText(hx_ubrk *brk, const hx_uchar *text, int32_t textLength, hx_status *status);

/// ubrk_first, then ubrk_next to the end: writes up to `capacity` boundaries
/// (UTF-16 indices, 0 first) and for each the rule status of the segment that
/// ends there (ubrk_getRuleStatus: 0 none, 100 number, 200 letter, 300 kana,
/// 400 ideographic; 0 for the first). Returns how many boundaries there are;
/// when more than `capacity`, *status becomes U_BUFFER_OVERFLOW_ERROR.
int32_t hx_ubrk_boundaries(hx_ubrk *brk, int32_t *boundaries, int32_t *ruleStatus,
                           int32_t capacity, hx_status *status);

// MARK: Lists

/// ulistfmt_openForType. type: 0 and, 1 or, 2 units; width: 0 wide, 1 short,
/// 2 narrow (anything else: U_ILLEGAL_ARGUMENT_ERROR).
hx_ulistfmt *hx_ulistfmt_openForType(const char *locale, int32_t type, int32_t width,
                                     hx_status *status);
void hx_ulistfmt_close(hx_ulistfmt *fmt);

/// ulistfmt_format.
int32_t hx_ulistfmt_format(const hx_ulistfmt *fmt,
                           const hx_uchar *const strings[], const int32_t *lengths,
                           int32_t count,
                           hx_uchar *out, int32_t capacity, hx_status *status);

// MARK: Collation

/// ucol_open (default attributes, i.e. tertiary strength).
hx_ucol *hx_ucol_open(const char *locale, hx_status *status);
void hx_ucol_close(hx_ucol *coll);

/// ucol_getSortKey: returns the full key length including the terminating
/// 0 byte (0 on failure); when that exceeds capacity, retry larger.
int32_t hx_ucol_getSortKey(const hx_ucol *coll,
                           const hx_uchar *text, int32_t textLength,
                           uint8_t *out, int32_t capacity);

/// ucol_strcoll: -1, 0 or 1.
int32_t hx_ucol_strcoll(const hx_ucol *coll,
                        const hx_uchar *a, int32_t aLength,
                        const hx_uchar *b, int32_t bLength);

// MARK: Display names

/// uldn_openForContext(locale, {standard names, no substitution, no
/// capitalization, full length}): unknown codes fail instead of echoing the code.
hx_uldn *hx_uldn_open(const char *locale, hx_status *status);
void hx_uldn_close(hx_uldn *ldn);

/// uldn_regionDisplayName.
int32_t hx_uldn_regionDisplayName(const hx_uldn *ldn, const char *region,
                                  hx_uchar *out, int32_t capacity, hx_status *status);

/// uldn_languageDisplayName.
int32_t hx_uldn_languageDisplayName(const hx_uldn *ldn, const char *language,
                                    hx_uchar *out, int32_t capacity, hx_status *status);

#ifdef __cplusplus
}
#endif

#endif // HEXAGLOT_ICU_H
