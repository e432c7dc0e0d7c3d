"""Formatting backends for the Python peers, each written the way its users
would: Babel (CLDR data in Python) with num2words for spelled-out numbers and
pyuca for sorting, since Babel has neither; PyICU (the system ICU, objects
created once and kept)."""

import datetime
import functools

EPOCH = datetime.date(1970, 1, 1)


def bare(locale_id):
    """"ar-SY@numbers=latn" → ("ar_SY", {"numbers": "latn"}); "en-GB-u-ka-shifted" → ("en_GB", …)."""
    base, _, keywords = locale_id.partition("@")
    base = base.split("-u-")[0].replace("-", "_")
    return base, dict(kv.split("=") for kv in keywords.split(";") if "=" in kv)


class BabelBackend:
    name = "Jinja2+Babel"

    def __init__(self):
        from babel import Locale, dates, lists, numbers
        from num2words import num2words
        import pyuca
        self.Locale, self.dates, self.lists, self.numbers = Locale, dates, lists, numbers
        self.num2words = num2words
        self.collator = pyuca.Collator()

    @functools.lru_cache(maxsize=None)
    def locale(self, locale_id):
        return self.Locale.parse(bare(locale_id)[0])

    def date_skeleton(self, locale, skeleton, day):
        return self.dates.format_skeleton(skeleton, day, locale=self.locale(locale))

    def date_pattern(self, locale, pattern, day):
        return self.dates.format_date(day, pattern, locale=self.locale(locale))

    def interval(self, locale, skeleton, start, end):
        return self.dates.format_interval(start, end, skeleton, locale=self.locale(locale))

    def month_name(self, locale, month):
        return self.dates.get_month_names("wide", locale=self.locale(locale))[month]

    def decimal(self, locale, n, grouping):
        system = bare(locale)[1].get("numbers", "latn")
        return self.numbers.format_decimal(n, locale=self.locale(locale), group_separator=grouping, numbering_system=system)

    def spellout(self, locale, rule_set, n):
        lang = bare(locale)[0].split("_")[0]
        rule_set = rule_set or "%spellout-numbering"
        if lang == "zh":
            return chinese(n)
        to = "ordinal" if "ordinal" in rule_set else "cardinal"
        kwargs = {}
        if lang == "ru":  # num2words knows Russian gender and case
            for gender in ("feminine", "neuter", "masculine"):
                if gender in rule_set:
                    kwargs["gender"] = {"feminine": "f", "neuter": "n", "masculine": "m"}[gender]
            for case, short in (("genitive", "g"), ("dative", "d"), ("locative", "p")):
                if case in rule_set:
                    kwargs["case"] = short
        text = self.num2words(n, lang=lang, to=to, **kwargs)
        if lang == "fr" and "feminine" in rule_set and text.endswith("premier"):
            text = text[:-len("premier")] + "première"
        return text

    def roman(self, n):
        return roman(n)

    def digits_ordinal(self, locale, rule_set, n):
        lang = bare(locale)[0].split("_")[0]
        if lang == "es":
            return "%d.%s" % (n, "ª" if "feminine" in rule_set else "º")
        return self.num2words(n, lang=lang, to="ordinal_num")

    def upper(self, locale, text):
        return text.upper()

    def list(self, locale, items, kind, width):
        style = {"and": "standard", "or": "or", "units": "unit"}[kind]
        if width in ("short", "narrow"):
            style += "-" + width
        return self.lists.format_list(items, style=style, locale=self.locale(locale))

    def sorted(self, collation, entries):
        return sorted(entries, key=lambda e: self.collator.sort_key(e[1]))


class ICUBackend:
    name = "Jinja2+PyICU"

    def __init__(self):
        import icu
        self.icu = icu
        self.cache = {}
        self.utc = icu.TimeZone.getGMT()
        icu.TimeZone.setDefault(self.utc)  # the interval formatter has no setTimeZone in PyICU

    def cached(self, key, make):
        obj = self.cache.get(key)
        if obj is None:
            obj = self.cache[key] = make()
        return obj

    def loc(self, locale_id):
        icu = self.icu
        return icu.Locale.forLanguageTag(locale_id) if "-u-" in locale_id else icu.Locale(locale_id)

    def udate(self, day):
        return float((day - EPOCH).days * 86400)  # PyICU takes seconds

    def date_skeleton(self, locale, skeleton, day):
        def make():
            icu = self.icu
            pattern = icu.DateTimePatternGenerator.createInstance(self.loc(locale)).getBestPattern(skeleton)
            f = icu.SimpleDateFormat(pattern, self.loc(locale))
            f.setTimeZone(self.utc)
            return f
        return self.cached(("skeleton", locale, skeleton), make).format(self.udate(day))

    def date_pattern(self, locale, pattern, day):
        def make():
            f = self.icu.SimpleDateFormat(pattern, self.loc(locale))
            f.setTimeZone(self.utc)
            return f
        return self.cached(("pattern", locale, pattern), make).format(self.udate(day))

    def interval(self, locale, skeleton, start, end):
        def make():
            return self.icu.DateIntervalFormat.createInstance(skeleton, self.loc(locale))  # default zone: UTC
        f = self.cached(("interval", locale, skeleton), make)
        return f.format(self.icu.DateInterval(self.udate(start), self.udate(end)))

    def month_name(self, locale, month):
        return self.date_pattern(locale, "MMMM", datetime.date(2000, month, 1))

    def decimal(self, locale, n, grouping):
        def make():
            f = self.icu.NumberFormat.createInstance(self.loc(locale))
            f.setGroupingUsed(grouping)
            return f
        return self.cached(("decimal", locale, grouping), make).format(n)

    def spellout(self, locale, rule_set, n):
        def make():
            f = self.icu.RuleBasedNumberFormat(self.icu.URBNFRuleSetTag.SPELLOUT, self.loc(locale))
            if rule_set:
                f.setDefaultRuleSet(rule_set)
            return f
        return self.cached(("spellout", locale, rule_set), make).format(n)

    def digits_ordinal(self, locale, rule_set, n):
        def make():
            f = self.icu.RuleBasedNumberFormat(self.icu.URBNFRuleSetTag.ORDINAL, self.loc(locale))
            f.setDefaultRuleSet(rule_set)
            return f
        return self.cached(("ordinal", locale, rule_set), make).format(n)

    def upper(self, locale, text):
        return str(self.icu.UnicodeString(text).toUpper(self.cached(("locale", locale), lambda: self.loc(locale))))

    def roman(self, n):
        return self.cached(("roman",), lambda: self.icu.NumberFormat.createInstance(self.icu.Locale("en@numbers=roman"))).format(n)

    def list(self, locale, items, kind, width):
        def make():
            icu = self.icu
            t = {"and": icu.UListFormatterType.AND, "or": icu.UListFormatterType.OR, "units": icu.UListFormatterType.UNITS}[kind]
            w = {"wide": icu.UListFormatterWidth.WIDE, "short": icu.UListFormatterWidth.SHORT,
                 "narrow": icu.UListFormatterWidth.NARROW}[width]
            return icu.ListFormatter.createInstance(self.loc(locale), t, w)
        return self.cached(("list", locale, kind, width), make).format(items)

    def sorted(self, collation, entries):
        collator = self.cached(("collator", collation), lambda: self.icu.Collator.createInstance(self.loc(collation)))
        return sorted(entries, key=lambda e: collator.getSortKey(e[1]))


def roman(n):
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def chinese(n):
    """Chinese numerals for 0…9999 (num2words has no Chinese)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        if n >= value:
            out += ("" if value == 10 and n < 20 and not out else digits[n // value]) + unit
            n %= value
        elif out and n:
            out += "零" if not out.endswith("零") else ""
    return out + (digits[n] if n else "")


BACKENDS = {"babel": BabelBackend, "pyicu": ICUBackend}
