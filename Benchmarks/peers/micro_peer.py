"""ICU-bound operations per second of a Python peer, on the operations of
micro.tsv (op<TAB>language<TAB>ICU locale<TAB>arguments…). Each operation is
written as its users would: PyICU objects created once and kept; Babel's
functions called with a parsed Locale (Babel caches its data). One JSON object."""

import argparse
import datetime
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from backends import BACKENDS, EPOCH  # noqa: E402


def to_date(text):
    return datetime.date(*(int(p) for p in text.split("-")))


def babel_operation(b, op, locale, args):
    if op == "daterange":
        skeleton, start, end = args[0], to_date(args[1]), to_date(args[2])
        return lambda: b.interval(locale, skeleton, start, end)
    if op == "list":
        return lambda: b.list(locale, args, "and", "wide")
    if op == "number":
        n = int(args[0])
        return lambda: b.decimal(locale, n, True)
    if op == "spellout":
        rule_set, n = args[0], int(args[1])
        return lambda: b.spellout(locale, rule_set, n)
    if op == "collation":
        return lambda: sorted(args, key=b.collator.sort_key)
    raise ValueError(op)


def icu_operation(b, op, locale, args):
    icu = b.icu
    loc = b.loc(locale)
    if op == "daterange":
        f = icu.DateIntervalFormat.createInstance(args[0], loc)
        interval = icu.DateInterval(b.udate(to_date(args[1])), b.udate(to_date(args[2])))
        return lambda: f.format(interval)
    if op == "list":
        f = icu.ListFormatter.createInstance(loc)
        return lambda: f.format(args)
    if op == "number":
        f = icu.NumberFormat.createInstance(loc)
        n = int(args[0])
        return lambda: f.format(n)
    if op == "spellout":
        f = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, loc)
        f.setDefaultRuleSet(args[0])
        n = int(args[1])
        return lambda: f.format(n)
    if op == "collation":
        collator = icu.Collator.createInstance(loc)
        return lambda: sorted(args, key=collator.getSortKey)
    raise ValueError(op)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=sorted(BACKENDS), required=True)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("micro")
    args = parser.parse_args()
    backend = BACKENDS[args.backend]()
    make = icu_operation if args.backend == "pyicu" else babel_operation
    operations = {}
    with open(args.micro, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4 or fields[0].startswith("#"):
                continue
            operations.setdefault(fields[0], []).append(make(backend, fields[0], fields[2], fields[3:]))
    result = {}
    for op, calls in operations.items():
        for call in calls:
            call()  # warm
        rounds = 0
        start, cpu_start = time.perf_counter(), time.process_time()
        while True:
            for call in calls:
                call()
            rounds += 1
            elapsed = time.perf_counter() - start
            if elapsed >= args.seconds:
                break
        cpu = time.process_time() - cpu_start
        result[op] = {"per_second": rounds * len(calls) / elapsed, "per_cpu_second": rounds * len(calls) / cpu}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
