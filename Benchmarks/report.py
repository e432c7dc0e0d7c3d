"""Writes Benchmarks/results.md and the README's benchmark figures from one
results.json (Benchmarks/run calls it; run it alone to regenerate them):

    python3 Benchmarks/report.py [Benchmarks/results.json]

Every comparison of the JSON is a row of the table, and every target of the
issue is listed with its measured figure, met or not: nothing is chosen by hand.
The README's part between the two marker lines is replaced; the rest is kept."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(os.path.dirname(HERE), "README.md")
BEGIN = "<!-- Benchmarks/report.py writes from here to the end marker, from Benchmarks/results.json -->"
END = "<!-- end of what Benchmarks/report.py writes -->"


def rows(result, task_start, peer=None):
    return [c for c in result["comparisons"]
            if c["task"].startswith(task_start) and (peer is None or c["peer"] == peer)]


def one(result, task_start, peer):
    found = rows(result, task_start, peer)
    return found[0] if found else None


def targets(result):
    """Each target of issue 15 with its measured figure (ratios of medians, one run of the suite)."""
    out = []

    def add(name, measured, met, shown):
        out.append({"target": name, "measured": None if measured is None else round(measured, 3),
                    "met": bool(met) if measured is not None else None, "shown": shown if measured is not None else "not measured"})

    for peer, least in (("Jinja2+PyICU (competent)", 5), ("Jinja2+Babel (competent)", 20)):
        row = one(result, "six-language render to text", peer)
        speedup = row and row["speedup"]
        add("six-language text render ≥ %d× %s" % (least, peer), speedup, speedup and speedup >= least,
            "%.2f×" % speedup if speedup else "")
    floors = {"C calling ICU with UTF-8↔UTF-16 conversions per call (the floor as a program pays it)": (0.8, "the floor with conversions"),
              "C calling ICU (the floor, UTF-16 in and out)": (0.6, "the bare floor")}
    for op in ("date range", "list of 17 States", "number 1234567", "spell-out ordinal 23", "collation sort of the 17 Parties"):
        for peer, (least, label) in floors.items():
            row = one(result, "ICU-bound: " + op, peer)
            speedup = row and row["speedup"]
            add("ICU %s ≥ %.1f× %s" % (op, least, label), speedup, speedup and speedup >= least,
                "%.2f×" % speedup if speedup else "")
    row = one(result, "render to DOCX, a process per document", "pandoc Markdown→DOCX, a process per document")
    speedup = row and row["speedup"]
    add("DOCX, a process per document: faster than pandoc", speedup, speedup and speedup > 1, "%.2f×" % speedup if speedup else "")
    row = one(result, "render to DOCX, Hexaglot in process", "pandoc Markdown→DOCX, a process per document")
    speedup = row and row["speedup"]
    add("DOCX in process ≥ 10× pandoc per process", speedup, speedup and speedup >= 10, "%.2f×" % speedup if speedup else "")
    service = result.get("service")
    if service:
        check = service["check"]
        inproc = result.get("details", {}).get("check_in_process_cpu_ms")
        ratio = check["cpu_ms_per_request"] / inproc if inproc else None
        add("POST /check CPU per request ≤ 1.3× the warm in-process check", ratio, ratio is not None and ratio <= 1.3,
            "%.2f× (%.1f ms against %.1f ms)" % (ratio, check["cpu_ms_per_request"], inproc) if ratio else "")
        add("POST /check p99 < 30 ms with %d connections" % check["connections"], check["p99_ms"], check["p99_ms"] < 30,
            "%.1f ms" % check["p99_ms"])
        errors = check["errors"] + service["rendering"]["errors"]
        add("POST /check and GET: zero errors", errors, errors == 0, "%d" % errors)
    else:
        add("POST /check (service)", None, None, "")
    for task in ("render", "check"):
        g = result["growth_exponent"][task]
        add("growth exponent of %s within 0.9–1.1" % task, g, 0.9 <= g <= 1.1, "%.2f" % g)
    big = [r for r in result["scaling"] if r["task"] == "check" and r["paragraphs"] == 10000]
    if big:
        add("10,000-paragraph six-way check under 5 s wall", big[0]["seconds"], big[0]["seconds"] < 5,
            "%.2f s wall (%.2f s CPU)" % (big[0]["seconds"], big[0]["cpu_seconds"]))
    return out


def fmt(x):
    return "%.4g" % x


def table(result):
    m = result["machine"]
    lines = ["Measured %s (%s mode, %d runs of each measurement) on %s (%d cores, %s GiB), %s; %s, ICU %s, Python %s, %s."
             " Load average %s at the start and %s at the end, and beside each row in `results.json`. This is a"
             " shared 2-core virtual machine whose figures move from run to run (the same command minutes apart has"
             " moved some by a third), so read a ratio near its target with its range." % (
                 m["date"], m["mode"], m["runs"], m["cpu"], m["cores"], m["memory_gib"], m["os"], m["swift"], m["icu"],
                 m["python"], m["pandoc"], m["load_average_at_start"], m["load_average_at_end"]),
             "",
             "Each figure is the median of the runs, with the smallest and largest in brackets; the advantage is the"
             " ratio of the medians (with the range of the runs' own ratios).",
             "",
             "| task | unit | Hexaglot | peer | peer's | Hexaglot's advantage |",
             "| --- | --- | ---: | --- | ---: | ---: |"]
    for c in result["comparisons"]:
        h, p, s = c["hexaglot_spread"], c["peer_spread"], c["speedup_spread"]
        lines.append("| %s | %s | %s [%s–%s] | %s | %s [%s–%s] | %.2f× [%.2f–%.2f] |" % (
            c["task"], c["unit"], fmt(c["hexaglot"]), fmt(h[0]), fmt(h[1]), c["peer"], fmt(c["peer_value"]),
            fmt(p[0]), fmt(p[1]), c["speedup"], s[0], s[1]))
    service = result.get("service")
    if service:
        lines += ["", "| service scenario (%s on loopback, %s s each) | connections | requests/s | p50 | p99 | errors | server CPU ms per request |"
                  % (service["load_generator"], service["seconds"]), "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for name, key in (("GET a cached rendering (`/documents/%s/en.html`)" % service["document"], "rendering"),
                          ("POST /check, the six text renderings (JSON report)", "check")):
            s = service[key]
            lines.append("| %s | %d | %s | %.2f ms | %.2f ms | %d | %.3f |" % (
                name, s["connections"], fmt(s["requests_per_second"]), s["p50_ms"], s["p99_ms"], s["errors"], s["cpu_ms_per_request"]))
    lines += ["", "| task | paragraphs | wall s | CPU s | peak MiB | load average |", "| --- | ---: | ---: | ---: | ---: | --- |"]
    for r in result["scaling"]:
        lines.append("| %s | %d | %.3f | %.3f | %.0f | %s |" % (r["task"], r["paragraphs"], r["seconds"], r["cpu_seconds"],
                                                             r["peak_mib"], r.get("load_average", "")))
    g, a = result["growth_exponent"], result["growth_exponent_all_sizes"]
    lines += ["", "Growth exponents (least squares on log-log, CPU time, %d paragraphs and more): render %.2f, check %.2f "
              "(through every size, where the fixed cost of loading the workspace weighs on the smallest: render %.2f, check %.2f)."
              % (result["growth_exponent_fitted_from_paragraphs"], g["render"], g["check"], a["render"], a["check"])]
    lines += ["", "Targets (issue 15; ratios of medians in this run):", ""]
    for t in result["targets"]:
        if t["met"] is None:
            lines.append("- %s: not measured" % t["target"])
        else:
            lines.append("- %s: %s, %s" % (t["target"], t["shown"], "met" if t["met"] else "**not met**"))
    return "\n".join(lines) + "\n"


def write(path):
    result = json.load(open(path, encoding="utf-8"))
    if "targets" not in result:
        result["targets"] = targets(result)
    text = table(result)
    with open(os.path.join(HERE, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    readme = open(README, encoding="utf-8").read()
    if BEGIN in readme and END in readme:
        head, rest = readme.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(README, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n\n" + text + "\n" + END + tail)


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results.json"))
