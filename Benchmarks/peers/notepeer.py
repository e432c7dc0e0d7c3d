"""The note rendered the way a Python document service would: PyYAML reads the
same models, locales and templates as Hexaglot; a formatting backend does dates,
numbers, lists and sorting (Babel + num2words + pyuca, or PyICU); the same
house-style rules (dual Arabic months, replacements, footnote placement,
numbering) are applied; a Jinja2 layout writes the text in the layout of
Hexaglot's text writer, so that outputs can be compared line by line.

Two ways of writing it:
- plain: each prose string becomes a Jinja2 template (compiled once), and
  terms and names are rendered again wherever they are cited;
- competent (what an engineer tuning it would write, and what Hexaglot does):
  each prose string is parsed once into segments (text and placeholders) that
  are evaluated directly, and rendered terms and names are kept with the
  language pack (they depend on it alone) for every later document.
Formatters are created once and kept in both.

Used by render_peer.py (documents per second) and micro_peer.py (ICU-bound
operations per second)."""

import datetime
import os
import re

import jinja2
import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    Loader = yaml.SafeLoader

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z]+):([^{}|]+)((?:\|[^{}|]+)*)\}")
MARK = re.compile(r"\x00(\d+)\x00")
PIECE = re.compile(r"([^{}]*)\{(city|region|country)\}([^{}]*)")
PUNCTUATION = ".,;:!?。，；：！？、؛،؟"
AFTER = re.compile("\x00(\\d+)\x00([" + re.escape(PUNCTUATION) + "])")
BEFORE = re.compile("([\u202f\u00a0]?[" + re.escape(PUNCTUATION) + "])(\x00\\d+\x00)")


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def truthy(value):
    return value is True or value == "true"


class Workspace:
    """Models, locale packs and templates, read once."""

    def __init__(self, root, model_paths):
        self.root = root
        self.models = [load_yaml(path) for path in model_paths]
        self.languages = sorted(
            d for d in os.listdir(os.path.join(root, "Locales"))
            if os.path.exists(os.path.join(root, "Locales", d, "locale.yaml")))
        self.packs = {}
        self.segments = {}  # prose source → segments, for the competent renderer
        for lang in self.languages:
            folder = os.path.join(root, "Locales", lang)
            self.packs[lang] = {
                "locale": load_yaml(os.path.join(folder, "locale.yaml")),
                "terms": load_yaml(os.path.join(folder, "terms.yaml")) or {},
                "states": load_yaml(os.path.join(folder, "states.yaml")) or {},
                "organizations": load_yaml(os.path.join(folder, "organizations.yaml")) or {},
                "places": load_yaml(os.path.join(folder, "places.yaml")) or {},
                "templates": {m["id"]: load_yaml(os.path.join(root, "Templates", lang, m["id"] + ".yaml"))
                              for m in self.models},
                "memo": {},  # rendered terms and names (competent renderer only)
            }


def iso(value):
    """A YAML date (PyYAML makes a date of 2019-09-15) or string → ISO text."""
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def to_date(text):
    y, m, d = (int(p) for p in text.split("-"))
    return datetime.date(y, m, d)


def series(letters, n):
    out = []
    while n > 0:
        n -= 1
        out.insert(0, letters[n % len(letters)])
        n //= len(letters)
    return "".join(out)


LATIN = [chr(c) for c in range(ord("a"), ord("z") + 1)]


class NoteRenderer:
    """Renders one note in one language with a backend; prose is compiled once per source."""

    def __init__(self, workspace, model, backend, competent=False):
        self.ws = workspace
        self.model = model
        self.backend = backend
        self.competent = competent
        self.env = jinja2.Environment(autoescape=False, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
        self.compiled = {}
        self.layout = self.env.from_string(TEXT_LAYOUT)
        self.values = {k: v for k, v in (model.get("values") or {}).items()}
        m = model
        self.values.update({
            "meeting.session": {"ordinal": m["meeting"]["session"]},
            "meeting.dates": {"dateRange": m["meeting"]["dates"]},
            "meeting.venue": {"place": m["meeting"]["venue"]},
            "agenda.item": {"number": m["agenda"]["item"]},
        })
        self.section_ids = [s["id"] for s in m["sections"]]

    # Prose → Jinja2

    def template(self, source):
        t = self.compiled.get(source)
        if t is None:
            t = self.env.from_string(self.to_jinja(source))
            self.compiled[source] = t
        return t

    def segments(self, source):
        """The prose parsed once: text, and placeholders as tuples (shared by the documents of a workspace)."""
        parsed = self.ws.segments.get(source)
        if parsed is None:
            parsed = self.ws.segments[source] = parse_segments(source)
        return parsed

    @staticmethod
    def to_jinja(source):
        """The prose as a Jinja2 template: text kept raw, placeholders as calls."""
        out = []
        for s in parse_segments(source):
            if s.__class__ is str:
                out.append("{% raw %}" + s + "{% endraw %}" if re.search(r"[{}%#]", s) else s)
            elif s[0] == "footnote":
                out.append("{{ footnote(%r) }}" % s[1])
            elif s[0] == "term":
                out.append("{{ term(%r, %r) }}" % (s[1], s[2]))
            else:
                out.append("{{ value(%r, %r, %r) }}" % (s[1], s[2], s[3]))
        return "".join(out)

    # One document

    def render(self, lang):
        """The text of the note in `lang`, in the layout of Hexaglot's text writer."""
        pack = self.ws.packs[lang]
        state = RenderState(self, pack)
        loc = pack["locale"]
        tpl = pack["templates"][self.model["id"]]
        m = self.model
        masthead = []
        body = pack["terms"][m["meeting"]["body"]]
        form = loc["masthead"]["bodyForm"]
        lines = body.get(form, body["name"]) if isinstance(body, dict) else body
        cases = loc.get("case") or {}
        for line in (lines if isinstance(lines, list) else [lines]):
            masthead.append(state.cased(cases.get("masthead.body"), state.prose(line, literal=True)))
        bindings = {
            "session": {"ordinal": m["meeting"]["session"]},
            "dates": {"dateRange": m["meeting"]["dates"]},
            "venue": {"place": m["meeting"]["venue"]},
            "item": {"number": m["agenda"]["item"]},
        }
        for key in ("session", "venue", "agendaItem"):
            masthead.append(state.prose(loc["masthead"][key], bindings=bindings))
        title = state.cased(cases.get("title"), state.prose(tpl["title"]))
        author_role = m["author"]
        author = state.prose(loc["authorLines"][author_role["role"]][author_role["gender"]])
        numbering = loc["numbering"]
        sections = []
        paragraph_number = 0
        for index, section in enumerate(m["sections"], 1):
            out = {"label": state.label(index, numbering["section"]),
                   "heading": state.cased(cases.get("sections"), state.prose(tpl["sections"][section["id"]])),
                   "paragraphs": []}
            for p in section["paragraphs"] or []:
                paragraph_number += 1
                para = {"label": state.label(paragraph_number, numbering["paragraph"]),
                        "text": state.prose(tpl["paragraphs"][p["id"]]), "items": []}
                for i, item in enumerate(p.get("subItems") or [], 1):
                    para["items"].append({"label": state.label(i, numbering["subItem"]),
                                          "text": state.prose(tpl["subItems"][item["id"]])})
                out["paragraphs"].append(para)
            sections.append(out)
        bodies = {}
        for number, ident in enumerate(state.footnote_order, 1):
            bodies[number] = state.prose(tpl["footnotes"][ident])

        def line(prefix, text):
            refs = MARK.findall(text)
            s = prefix + MARK.sub(r"[footnoteRef:\1]", text)
            if not refs:
                return s + "\n"
            for n in refs:
                s += " [%s:  %s]" % (n, MARK.sub(r"[footnoteRef:\1]", bodies[int(n)]))
            return s + " \n\n"

        return self.layout.render(masthead=masthead, title=title, author=author, sections=sections, line=line)


class RenderState:
    """Footnote numbers by first citation and the formatting of one language."""

    def __init__(self, renderer, pack):
        self.r = renderer
        self.pack = pack
        self.loc = pack["locale"]
        self.icu = self.loc["icu"]
        self.b = renderer.backend
        self.footnote_order = []
        self.footnote_numbers = {}
        self.literal = False
        self.bindings = None

    def prose(self, source, literal=False, bindings=None):
        saved = (self.literal, self.bindings)
        self.literal, self.bindings = literal, bindings
        if self.r.competent:
            text = "".join(self.segment(s) for s in self.r.segments(source))
        else:
            text = self.r.template(source).render(footnote=self.footnote, term=self.term, value=self.value)
        self.literal, self.bindings = saved
        if self.loc["footnoteMarker"] == "afterPunctuation":
            return AFTER.sub("\\2\x00\\1\x00", text)
        return BEFORE.sub(r"\2\1", text)

    def cased(self, transform, text):
        return self.b.upper(self.icu, text) if transform == "upper" else text

    def segment(self, s):
        if s.__class__ is str:
            return s
        if s[0] == "footnote":
            return self.footnote(s[1])
        if s[0] == "term":
            return self.term(s[1], s[2])
        return self.value(s[1], s[2], s[3])

    def footnote(self, ref):
        n = self.footnote_numbers.get(ref)
        if n is None:
            self.footnote_order.append(ref)
            n = self.footnote_numbers[ref] = len(self.footnote_order)
        return "\x00%d\x00" % n

    # Terms, States, organizations, places

    @staticmethod
    def forms(entry):
        return {"name": entry} if isinstance(entry, str) else entry

    def memo(self, key, make):
        """Terms and names depend on the pack alone: the competent renderer keeps them with it."""
        if not self.r.competent:
            return make()
        memo = self.pack["memo"]
        if key not in memo:
            memo[key] = make()
        return memo[key]

    def term(self, key, form="name"):
        def make():
            lines = self.forms(self.pack["terms"][key])[form]
            return "".join(self.prose(line, literal=True) for line in (lines if isinstance(lines, list) else [lines]))
        return self.memo(("term", key, form), make)

    def entry_text(self, table, key, form):
        def make():
            lines = self.forms(self.pack[table][key]).get(form)
            if lines is None:
                return None
            return " ".join(self.prose(line, literal=True) for line in (lines if isinstance(lines, list) else [lines]))
        return self.memo((table, key, form), make)

    def names(self, keys, table, kind, mods):
        form, list_name = "name", self.loc["listDefaults"].get(kind, "and")
        for mod in mods:
            if mod in self.loc["lists"]:
                list_name = mod
            else:
                form = mod
        entries = []
        for key in keys:
            entry = self.pack[table][key]
            text = self.entry_text(table, key, form)
            sort_as = entry.get("sortAs") if isinstance(entry, dict) else None
            entries.append((text, sort_as or self.entry_text(table, key, "name")))
        sort = self.loc["sort"]
        if isinstance(sort, dict):
            entries = self.b.sorted(sort["collation"], entries)
        return self.join([e[0] for e in entries], self.loc["lists"][list_name])

    def place(self, place, city_form="name"):
        """The locale's pattern pieces ("{city}", ", {region}", " ({country})"), each kept when its part is there."""
        text = ""
        for piece in self.loc["place"]:
            before, part, after = PIECE.fullmatch(piece).groups()
            key = place.get(part)
            if key is not None:  # every part is named by places.yaml; the form asked for is the city's
                text += before + self.entry_text("places", key, city_form if part == "city" else "name") + after
        return text

    # Values

    def value(self, kind, ref, mods):
        if self.literal:
            data = ref if kind in ("article", "symbol", "decision", "recommendation", "url") else int(ref) if kind != "date" else ref
        elif self.bindings is not None:
            data = self.bindings[ref][kind]
        else:
            data = self.r.values[ref][kind]
        dates = self.loc["dates"]
        if kind == "date":
            text = iso(data)
            parts = text.split("-")
            if len(parts) == 3:
                return self.date(to_date(text), dates["day"])
            if len(parts) == 2:
                return self.date(datetime.date(int(parts[0]), int(parts[1]), 1), dates["month"])
            return self.date(datetime.date(int(parts[0]), 1, 1), dates["year"])
        if kind == "dateRange":
            start, end = (to_date(p) for p in iso(data).split("/"))
            return self.date_range(start, end, dates["range"])
        if kind == "year":
            return self.date(datetime.date(int(data), 1, 1), dates["year"])
        if kind in ("number", "ordinal"):
            styles = self.loc["numbers" if kind == "number" else "ordinals"]
            return self.number(int(data), styles[mods[0] if mods else "default"])
        if kind in ("symbol", "decision", "recommendation", "article", "url"):
            return str(data)
        if kind == "symbols":
            return self.join(list(data), self.list_style("symbols", mods))
        if kind == "annexes":
            names = [self.number(n, self.loc["numbering"]["annex"]) for n in data]
            return self.join(names, self.list_style("annexes", mods))
        if kind == "section":
            return self.number(self.r.section_ids.index(data) + 1, self.loc["numbering"]["sectionReference"])
        if kind == "place":
            return self.place(data, mods[0] if mods else "name")
        if kind == "states":
            return self.names(data, "states", "states", mods)
        if kind == "organizations":
            return self.names(data, "organizations", "organizations", mods)
        raise ValueError("unknown kind " + kind)

    def list_style(self, kind, mods):
        name = self.loc["listDefaults"].get(kind, "and")
        for mod in mods:
            name = mod
        return self.loc["lists"][name]

    def join(self, items, style):
        if "separator" in style:
            return style["separator"].join(items)
        return self.b.list(style.get("locale", self.icu), items, style.get("icu", "and"), style.get("width", "wide"))

    def number(self, n, style):
        kind = style["style"]
        if kind == "decimal":
            return self.b.decimal(self.icu, n, truthy(style.get("grouping", True)))
        if kind == "spellout":
            text = self.b.spellout(self.icu, style.get("ruleSet"), n)
            return text[:1].upper() + text[1:] if truthy(style.get("capitalized", False)) else text
        if kind == "roman":
            return self.b.roman(n)
        if kind == "digits-ordinal":
            text = self.b.digits_ordinal(self.icu, style["ruleSet"], n)
            for old, new in style.get("replace") or []:
                text = text.replace(old, new)
            return text
        if kind == "letters":
            return series(style.get("letters") or LATIN, n)
        if kind == "words":
            return style["words"][n - 1]
        raise ValueError(kind)

    def label(self, n, label):
        return label.get("prefix", "") + self.number(n, label) + label.get("suffix", "")

    def date(self, day, style):
        locale = style.get("icu", self.icu)
        if "skeleton" in style:
            text = self.b.date_skeleton(locale, style["skeleton"], day)
        else:
            text = self.b.date_pattern(locale, style["pattern"], day)
        return self.finish(text, style, [day.month])

    def date_range(self, start, end, style):
        text = self.b.interval(style.get("icu", self.icu), style["skeleton"], start, end)
        return self.finish(text, style, sorted({start.month, end.month}))

    def finish(self, text, style, months):
        dual = style.get("dualMonths")
        if dual:
            for month in months:
                first = self.b.month_name(dual["first"], month)
                second = self.b.month_name(dual["second"], month)
                if first != second:
                    text = text.replace(first, first + "/" + second)
        for old, new in style.get("replace") or []:
            text = text.replace(old, new)
        return text


def parse_segments(source):
    """Prose → [text | ("footnote", ref) | ("term", key, form) | ("value", kind, ref, modifiers)]."""
    out, buffer, pos = [], "", 0
    for m in PLACEHOLDER.finditer(source):
        buffer += source[pos:m.start()]
        pos = m.end()
        if m.group(0) in ("{{", "}}"):
            buffer += m.group(0)[0]
            continue
        if buffer:
            out.append(buffer)
            buffer = ""
        kind, ref, mods = m.group(1), m.group(2), [x for x in m.group(3).split("|") if x]
        if kind == "footnote":
            out.append(("footnote", ref))
        elif kind == "term":
            out.append(("term", ref, mods[0] if mods else "name"))
        else:
            out.append(("value", kind, ref, mods))
    buffer += source[pos:]
    if buffer:
        out.append(buffer)
    return out


# The layout of Hexaglot's text writer: masthead lines, a blank line, title,
# author line, then one line per heading, paragraph and sub-item.
TEXT_LAYOUT = """\
{%- for m in masthead %}{{ line("", m) }}{% endfor %}
{{ line("", title) }}{{ line("", author) }}
{%- for s in sections %}{{ line(s.label ~ " ", s.heading) }}
{%- for p in s.paragraphs %}{{ line(p.label ~ " ", p.text) }}
{%- for i in p["items"] %}{{ line(i.label ~ " ", i.text) }}{% endfor %}
{%- endfor %}
{%- endfor %}"""
