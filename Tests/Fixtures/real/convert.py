#!/usr/bin/env python3
"""Regenerates the plain-text fixtures under Tests/Fixtures/real/ from sources/.

    python3 Tests/Fixtures/real/convert.py

Writes <set>/<set>.<lang>.txt for every set. The conversion changes layout only:
it takes the text out of the YAML / XML, puts one block per line with a blank
line between blocks, and puts a label in front of a block where the source
keeps the number apart from the text (a YAML key, the position of an XML list
item). Inside a text it only
  * turns each run of ASCII whitespace (space, tab, CR, LF) into one space and
    strips it from both ends (YAML line folding, XML indentation), and
  * applies Unicode canonical composition (NFC), which changes no character's
    identity: some sources are decomposed (NFD), see README.md.
No word, number or punctuation mark is added, removed or changed; the only
characters the script itself writes are the labels described in README.md
("1.", "1.1", "1.a" ...), the single space after a label, and newlines.

The UNPC sets (s-res-2209-2015, e-res-2014-38, s-2015-10-add-5) are excerpts of
UN documents taken from trimmed copies of the United Nations Parallel Corpus
v1.0 development set (sources/unpc/): each output line is one corpus line,
unchanged, and the script writes no label (the labels are in the text).

    python3 Tests/Fixtures/real/convert.py --trim-unpc DIR

rewrites the trimmed files under sources/unpc/ from the complete development
set files UNv1.0.devset.{ids,ar,en,es,fr,ru,zh} in DIR (see README.md).

Standard library only, plus PyYAML. Output is deterministic (sorted, LF, UTF-8,
final newline, no trailing spaces).
"""

import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "sources")

_ASCII_WS = re.compile(r"[ \t\r\n]+")


def clean(text):
    """Layout-only normalisation of one block of text (see module docstring)."""
    text = unicodedata.normalize("NFC", text)
    return _ASCII_WS.sub(" ", text).strip(" ")


def write(set_name, lang, header, blocks, stem=None):
    """header: title lines (may be empty); blocks: list of strings, one per line.
    Writes <set_name>/<stem or set_name>.<lang>.txt."""
    lines = []
    if header:
        lines.extend(header)
        lines.append("")
    for i, block in enumerate(blocks):
        if i:
            lines.append("")
        lines.append(block)
    for n, line in enumerate(lines):
        if "\n" in line or line != line.rstrip() or (line and line != line.lstrip()):
            raise ValueError(f"{set_name}.{lang}: bad line {n + 1}: {line!r}")
    out_dir = os.path.join(HERE, set_name)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{stem or set_name}.{lang}.txt")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return path


# ---------------------------------------------------------------------------
# Set "sdg": Sustainable Development Goals and targets (A/RES/71/313 annex,
# goals and targets as in A/RES/70/1), from open-sdg/sdg-translations.
# ---------------------------------------------------------------------------

SDG_LANGS = {"ar": "ar", "en": "en", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh-Hans"}
_SDG_GOAL_KEY = re.compile(r"^(\d+)-title$")
_SDG_TARGET_KEY = re.compile(r"^(\d+)-(\d+|[a-z])-title$")


def _target_order(item):
    goal, target = item
    # Official order within a goal: numbered targets (1.1 ... 1.5), then lettered (1.a, 1.b).
    return (int(goal), 0, int(target), "") if target.isdigit() else (int(goal), 1, 0, target)


def _load_yaml(path):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a mapping")
    return data


def convert_sdg():
    written = []
    for lang, src_lang in sorted(SDG_LANGS.items()):
        goals_yml = _load_yaml(os.path.join(SOURCES, "sdg", src_lang, "global_goals.yml"))
        targets_yml = _load_yaml(os.path.join(SOURCES, "sdg", src_lang, "global_targets.yml"))
        goals = {}
        for key, value in goals_yml.items():
            m = _SDG_GOAL_KEY.match(key)
            if m:  # the "<n>-short" keys (icon names) are not part of the document
                goals[int(m.group(1))] = value
        targets = {}
        for key, value in targets_yml.items():
            m = _SDG_TARGET_KEY.match(key)
            if not m:
                raise ValueError(f"sdg {src_lang}: unexpected target key {key!r}")
            targets[(m.group(1), m.group(2))] = value
        if sorted(goals) != list(range(1, 18)):
            raise ValueError(f"sdg {src_lang}: goals {sorted(goals)}")
        if len(targets) != 169:
            raise ValueError(f"sdg {src_lang}: {len(targets)} targets")
        blocks = []
        for g in range(1, 18):
            blocks.append(f"{g}. {clean(goals[g])}")
            for (goal, target) in sorted((k for k in targets if int(k[0]) == g), key=_target_order):
                text = clean(targets[(goal, target)])
                if not text:
                    raise ValueError(f"sdg {src_lang}: empty target {goal}.{target}")
                blocks.append(f"{goal}.{target} {text}")
        written.append(write("sdg", lang, [], blocks))
    return written


# ---------------------------------------------------------------------------
# UNPC sets: document excerpts from the United Nations Parallel Corpus v1.0
# development set (scollins83/language_translator, data/UNv1.0.devset.*),
# trimmed to the lines of the documents below (sources/unpc/).
# ---------------------------------------------------------------------------

UNPC_DIR = os.path.join(SOURCES, "unpc")
UNPC_LANGS = ("ar", "en", "es", "fr", "ru", "zh")
UNPC_STEM = "UNv1.0.devset"
# set name -> document id as the corpus writes it in UNv1.0.devset.ids
UNPC_SETS = {
    "s-res-2209-2015": "2015/s/res/2209__2015_",   # S/RES/2209 (2015)
    "e-res-2014-38": "2015/e/res/2014/38",         # E/RES/2014/38
    "s-2015-10-add-5": "2015/s/2015/10/add_5",     # S/2015/10/Add.5
}


def _read_lines(path):
    """The lines of a corpus file, exactly (no decoding tricks: UTF-8, LF, final LF)."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n") or b"\r" in data:
        raise ValueError(f"{path}: expected LF line ends and a final LF")
    return data.decode("utf-8").split("\n")[:-1]


def _unpc_positions(ids_line):
    """'2015/a/69/767 ar:3:1 en:2:1 ...' -> (doc id, {lang: (paragraph, sentence)})."""
    fields = ids_line.split(" ")
    positions = {}
    for field in fields[1:]:
        lang, para, sent = field.split(":")
        positions[lang] = (int(para), int(sent))
    if sorted(positions) != sorted(UNPC_LANGS):
        raise ValueError(f"unpc: bad ids line {ids_line!r}")
    return fields[0], positions


def trim_unpc(full_dir):
    """Writes sources/unpc/UNv1.0.devset.<x>: the lines of the full development set files
    in full_dir whose document id is one of UNPC_SETS, unchanged and in corpus order."""
    ids = _read_lines(os.path.join(full_dir, f"{UNPC_STEM}.ids"))
    keep = [n for n, line in enumerate(ids) if _unpc_positions(line)[0] in UNPC_SETS.values()]
    os.makedirs(UNPC_DIR, exist_ok=True)
    written = []
    for ext in ("ids",) + UNPC_LANGS:
        lines = _read_lines(os.path.join(full_dir, f"{UNPC_STEM}.{ext}"))
        if len(lines) != len(ids):
            raise ValueError(f"unpc: {ext} has {len(lines)} lines, ids {len(ids)}")
        path = os.path.join(UNPC_DIR, f"{UNPC_STEM}.{ext}")
        with open(path, "wb") as f:
            f.write("".join(lines[n] + "\n" for n in keep).encode("utf-8"))
        written.append(path)
    print("unpc: kept corpus lines " + ",".join(str(n + 1) for n in keep), file=sys.stderr)
    return written


def convert_unpc():
    ids = _read_lines(os.path.join(UNPC_DIR, f"{UNPC_STEM}.ids"))
    texts = {lang: _read_lines(os.path.join(UNPC_DIR, f"{UNPC_STEM}.{lang}")) for lang in UNPC_LANGS}
    for lang, lines in texts.items():
        if len(lines) != len(ids):
            raise ValueError(f"unpc: {lang} has {len(lines)} lines, ids {len(ids)}")
    rows = [_unpc_positions(line) for line in ids]
    written = []
    for set_name, doc in sorted(UNPC_SETS.items()):
        members = [n for n, (d, _) in enumerate(rows) if d == doc]
        if not members:
            raise ValueError(f"unpc: no lines for {doc}")
        # Document order: the segment's paragraph and sentence position in each
        # language's version of the document. It must be the same order in all six.
        orders = {lang: sorted(members, key=lambda n: rows[n][1][lang]) for lang in UNPC_LANGS}
        order = orders["en"]
        for lang in UNPC_LANGS:
            if orders[lang] != order:
                raise ValueError(f"unpc {doc}: {lang} orders the segments differently")
        for lang in UNPC_LANGS:
            blocks = [clean(texts[lang][n]) for n in order]
            if any(not b for b in blocks):
                raise ValueError(f"unpc {doc} {lang}: empty segment")
            written.append(write(set_name, lang, [], blocks))
    return written


# ---------------------------------------------------------------------------
# Set "udhr": Universal Declaration of Human Rights, from the "UDHR in Unicode"
# XML files (unicode-corpus/udhr-in-unicode, data/xml).
# ---------------------------------------------------------------------------

UDHR_LANGS = {"en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "cmn_hans"}
# Left out of the set: the Arabic file lacks the fourth preambular paragraph ("friendly
# relations between nations") and the negation in article 29, paragraph 3 (see README.md).
# Its source is kept; `convert.py --with-excluded` writes it to excluded/udhr.ar.txt.
UDHR_EXCLUDED = {"ar": "arb"}
_NS = "{http://www.unhchr.ch/udhr}"


def _text(el):
    if len(el):
        raise ValueError(f"unexpected child elements in <{el.tag}>")
    return clean(el.text or "")


def _udhr_paras(container, blocks):
    """Paragraphs and ordered lists of a preamble or article, in document order."""
    for child in container:
        tag = child.tag.replace(_NS, "")
        if tag == "title":
            continue
        if tag == "para":
            blocks.append(_text(child))
        elif tag == "orderedlist":
            for n, item in enumerate(child, start=1):
                if item.tag != _NS + "listitem":
                    raise ValueError(f"unexpected <{item.tag}> in orderedlist")
                # The label: the item's own tag attribute where the source has one
                # (Chinese '㈠', '㈡' ...), else the item's number and a period, as the
                # UDHR in Unicode project's own HTML rendering prints it ("1. ").
                label = item.get("tag") or f"{n}."
                paras = [_text(p) for p in item]
                if len(paras) != 1 or any(p.tag != _NS + "para" for p in item):
                    raise ValueError("list item without exactly one <para>")
                blocks.append(f"{label} {paras[0]}")
        else:
            raise ValueError(f"unexpected <{tag}>")


def convert_udhr(with_excluded=False):
    written = []
    jobs = [("udhr", lang, key) for lang, key in sorted(UDHR_LANGS.items())]
    if with_excluded:
        jobs += [("excluded", lang, key) for lang, key in sorted(UDHR_EXCLUDED.items())]
    for out_set, lang, key in jobs:
        root = ET.parse(os.path.join(SOURCES, "udhr", f"udhr_{key}.xml")).getroot()
        header, blocks = [], []
        for child in root:
            tag = child.tag.replace(_NS, "")
            if tag == "title":
                header.append(_text(child))
            elif tag == "note":
                # A note under the title (resolution and date of adoption); not in every
                # language. Its paragraphs are written as blocks of their own.
                for p in child:
                    blocks.append(_text(p))
            elif tag in ("preamble", "article"):
                title = child.find(_NS + "title")
                if title is not None:
                    blocks.append(_text(title))
                _udhr_paras(child, blocks)
            else:
                raise ValueError(f"udhr {key}: unexpected <{tag}>")
        if any(not b for b in header + blocks):
            raise ValueError(f"udhr {key}: empty block")
        written.append(write(out_set, lang, header, blocks, stem="udhr"))
    return written


def main(argv):
    args = argv[1:]
    if len(args) == 2 and args[0] == "--trim-unpc":
        for path in trim_unpc(args[1]):
            print(os.path.relpath(path, os.getcwd()))
        return 0
    with_excluded = "--with-excluded" in args
    unknown = [a for a in args if a != "--with-excluded"]
    if unknown:
        print(f"usage: {argv[0]} [--with-excluded] | --trim-unpc DIR", file=sys.stderr)
        return 2
    # Regenerate from scratch: stale outputs of a language that was dropped must not linger.
    for set_name in ("sdg", "udhr", "excluded") + tuple(UNPC_SETS):
        out_dir = os.path.join(HERE, set_name)
        if os.path.isdir(out_dir):
            for name in os.listdir(out_dir):
                if name.endswith(".txt"):
                    os.remove(os.path.join(out_dir, name))
    written = convert_sdg() + convert_udhr(with_excluded) + convert_unpc()
    excluded_dir = os.path.join(HERE, "excluded")
    if os.path.isdir(excluded_dir) and not os.listdir(excluded_dir):
        os.rmdir(excluded_dir)
    for path in written:
        print(os.path.relpath(path, os.getcwd()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
