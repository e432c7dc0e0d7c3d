/* The floor: the same ICU calls as Hexaglot's, made directly from C with
 * every ICU object opened once. Reads the operations of micro.tsv
 * (op<TAB>lang<TAB>locale<TAB>arguments…).
 *
 *   icu_floor micro MICRO.TSV SECONDS       operations per second, one JSON object;
 *                                           inputs already in UTF-16, outputs left in it
 *   icu_floor micro-utf8 MICRO.TSV SECONDS  the same, converting as a real program must:
 *                                           UTF-8 inputs to UTF-16 and outputs back, per call
 *   icu_floor outputs MICRO.TSV             each operation's output in UTF-8, a line each
 *                                           (a sort: the sorted items, tab-separated)
 *   icu_floor once MICRO.TSV LANG           open LANG's ICU objects and run its operations
 *                                           once (the start-up floor: not a render)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ucol.h>
#include <unicode/udateintervalformat.h>
#include <unicode/ulistformatter.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

enum { DATERANGE, LIST, NUMBER, SPELLOUT, COLLATION, KINDS };
static const char *kind_names[KINDS] = {"daterange", "list", "number", "spellout", "collation"};

#define MAX_ITEMS 64
#define MAX_OPS 256

typedef struct {
    int kind;
    char lang[16];
    void *object;
    UChar *items[MAX_ITEMS];
    int32_t lengths[MAX_ITEMS];
    char *utf8[MAX_ITEMS];
    int count;
    double from, to;
    int64_t number;
} Op;

static Op ops[MAX_OPS];
static int op_count;
static const UCollator *sort_collator;

static void check(UErrorCode status, const char *what) {
    if (U_FAILURE(status)) {
        fprintf(stderr, "icu_floor: %s: %s\n", what, u_errorName(status));
        exit(3);
    }
}

static UChar *utf16(const char *s, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t capacity = (int32_t)strlen(s) + 1;
    UChar *out = malloc(sizeof(UChar) * (size_t)capacity);
    u_strFromUTF8(out, capacity, length, s, -1, &status);
    check(status, "u_strFromUTF8");
    return out;
}

static double udate(const char *iso) {
    int y, m, d;
    sscanf(iso, "%d-%d-%d", &y, &m, &d);
    /* days_from_civil (H. Hinnant) */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (double)(era * 146097 + doe - 719468) * 86400000.0;
}

static void open_op(Op *op, const char *locale, char **args, int nargs) {
    UErrorCode status = U_ZERO_ERROR;
    switch (op->kind) {
    case DATERANGE: {
        int32_t length;
        UChar *skeleton = utf16(args[0], &length);
        op->object = udtitvfmt_open(locale, skeleton, length, u"UTC", -1, &status);
        check(status, "udtitvfmt_open");
        op->from = udate(args[1]);
        op->to = udate(args[2]);
        break;
    }
    case LIST:
        op->object = ulistfmt_openForType(locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, &status);
        check(status, "ulistfmt_openForType");
        break;
    case NUMBER:
        op->object = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
        check(status, "unum_open");
        unum_setAttribute(op->object, UNUM_GROUPING_USED, 1);
        op->number = atoll(args[0]);
        break;
    case SPELLOUT: {
        op->object = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
        check(status, "unum_open");
        int32_t length;
        UChar *rule_set = utf16(args[0], &length);
        unum_setTextAttribute(op->object, UNUM_DEFAULT_RULESET, rule_set, length, &status);
        check(status, "unum_setTextAttribute");
        op->number = atoll(args[1]);
        break;
    }
    case COLLATION:
        op->object = ucol_open(locale, &status);
        check(status, "ucol_open");
        break;
    }
    if (op->kind == LIST || op->kind == COLLATION) {
        for (int i = 0; i < nargs && i < MAX_ITEMS; i++, op->count++) {
            op->items[i] = utf16(args[i], &op->lengths[i]);
            op->utf8[i] = strdup(args[i]);
        }
    }
}

static int compare_utf16(const void *a, const void *b) {
    const UChar *const *x = a, *const *y = b;
    int c = ucol_strcoll(sort_collator, x[0], -1, y[0], -1);
    return c ? c : (int)((intptr_t)x[1] - (intptr_t)y[1]);  /* ties keep their order, as Hexaglot's sort */
}

/* Runs one operation; returns the length of its output (or items sorted). With
 * `text`, the inputs are converted from UTF-8 first (into `scratch`) and the output
 * is written to `text` in UTF-8 (a sort: the sorted items, tab-separated). */
static int32_t run(Op *op, char *text, int32_t text_capacity) {
    UChar out[1024];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    UChar scratch[8192];
    const UChar *items[MAX_ITEMS];
    int32_t lengths[MAX_ITEMS];
    if (text && (op->kind == LIST || op->kind == COLLATION)) {
        int32_t used = 0;
        for (int i = 0; i < op->count; i++) {
            u_strFromUTF8(scratch + used, 8192 - used, &lengths[i], op->utf8[i], -1, &status);
            check(status, "u_strFromUTF8");
            items[i] = scratch + used;
            used += lengths[i] + 1;
        }
    } else {
        for (int i = 0; i < op->count; i++) { items[i] = op->items[i]; lengths[i] = op->lengths[i]; }
    }
    switch (op->kind) {
    case DATERANGE:
        length = udtitvfmt_format(op->object, op->from, op->to, out, 1024, NULL, &status);
        break;
    case LIST:
        length = ulistfmt_format(op->object, items, lengths, op->count, out, 1024, &status);
        break;
    case NUMBER:
    case SPELLOUT:
        length = unum_formatInt64(op->object, op->number, out, 1024, NULL, &status);
        break;
    case COLLATION: {
        /* each entry: the UTF-16 text to compare, then the index of its item */
        const UChar *sorted[MAX_ITEMS][2];
        for (int i = 0; i < op->count; i++) { sorted[i][0] = items[i]; sorted[i][1] = (const UChar *)(intptr_t)i; }
        sort_collator = op->object;
        qsort(sorted, (size_t)op->count, sizeof sorted[0], compare_utf16);
        length = op->count;
        if (text) {
            int32_t used = 0;
            text[0] = 0;
            for (int i = 0; i < op->count; i++) {
                used += snprintf(text + used, (size_t)(text_capacity - used), "%s%s", i ? "\t" : "",
                                 op->utf8[(intptr_t)sorted[i][1]]);
            }
        }
        check(status, kind_names[op->kind]);
        return length;
    }
    }
    check(status, kind_names[op->kind]);
    if (text) {
        u_strToUTF8(text, text_capacity, NULL, out, length, &status);
        check(status, "u_strToUTF8");
    }
    return length;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void read_ops(const char *path, const char *only_lang) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        if (line[0] == '#' || line[0] == 0) continue;
        char *fields[MAX_ITEMS + 3];
        int n = 0;
        for (char *p = strtok(line, "\t"); p && n < MAX_ITEMS + 3; p = strtok(NULL, "\t")) fields[n++] = p;
        if (n < 3 || (only_lang && strcmp(fields[1], only_lang) != 0)) continue;
        int kind = -1;
        for (int k = 0; k < KINDS; k++) if (strcmp(fields[0], kind_names[k]) == 0) kind = k;
        if (kind < 0 || op_count == MAX_OPS) continue;
        Op *op = &ops[op_count++];
        op->kind = kind;
        snprintf(op->lang, sizeof op->lang, "%s", fields[1]);
        open_op(op, fields[2], fields + 3, n - 3);  /* the locale id as Hexaglot passes it */
    }
    fclose(f);
}

int main(int argc, char **argv) {
    static char text[16384];
    if (argc == 3 && strcmp(argv[1], "outputs") == 0) {
        read_ops(argv[2], NULL);
        for (int i = 0; i < op_count; i++) {
            run(&ops[i], text, sizeof text);
            printf("%s\n", text);
        }
        return 0;
    }
    int utf8 = argc == 4 && strcmp(argv[1], "micro-utf8") == 0;
    if (argc != 4 || (strcmp(argv[1], "micro") != 0 && !utf8 && strcmp(argv[1], "once") != 0)) {
        fprintf(stderr, "usage: icu_floor micro|micro-utf8 MICRO.TSV SECONDS | icu_floor outputs MICRO.TSV | icu_floor once MICRO.TSV LANG\n");
        return 2;
    }
    if (strcmp(argv[1], "once") == 0) {
        read_ops(argv[2], argv[3]);
        int32_t total = 0;
        for (int i = 0; i < op_count; i++) total += run(&ops[i], NULL, 0);
        printf("%d operations, %d units\n", op_count, total);
        return 0;
    }
    read_ops(argv[2], NULL);
    double seconds = atof(argv[3]);
    char *out = utf8 ? text : NULL;
    printf("{");
    int first = 1;
    for (int k = 0; k < KINDS; k++) {
        int calls = 0;
        for (int i = 0; i < op_count; i++) if (ops[i].kind == k) { run(&ops[i], out, sizeof text); calls++; }  /* warm */
        if (calls == 0) continue;
        long rounds = 0;
        volatile int32_t sink = 0;
        double start = now(), elapsed;
        clock_t cpu_start = clock();
        do {
            for (int i = 0; i < op_count; i++) if (ops[i].kind == k) sink += run(&ops[i], out, sizeof text);
            rounds++;
        } while ((elapsed = now() - start) < seconds);
        double cpu = (double)(clock() - cpu_start) / CLOCKS_PER_SEC;
        printf("%s\"%s\": {\"per_second\": %.1f, \"per_cpu_second\": %.1f}", first ? "" : ", ", kind_names[k],
               (double)(rounds * calls) / elapsed, (double)(rounds * calls) / cpu);
        first = 0;
    }
    printf("}\n");
    return 0;
}
