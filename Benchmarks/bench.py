"""Runs every benchmark of Benchmarks/run and prints one JSON object.

Hexaglot and its peers are measured in the same run on the same machine.
Rates are given per CPU second (user + system time of the measuring process),
which a shared machine disturbs far less than wall time; wall-time figures are
given beside them. Start-up is whole processes, timed from outside.
Also writes scaling.png and results.md (the README table) beside this file."""

import argparse
import datetime
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODEL = os.path.join(ROOT, "Documents", "cbd-wg2020-2-2", "note.yaml")
NOTE_ID = "cbd-wg2020-2-2"
LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"]


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def run_json(command, **kwargs):
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, **kwargs).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed_process(command, stdout=subprocess.DEVNULL):
    """Wall and CPU seconds (user + system, from wait4) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode()
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(command), process.returncode, stderr))
    return wall, usage.ru_utime + usage.ru_stime


class Bench:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.hexaglot = args.hexaglot
        self.floor = args.floor
        self.python = sys.executable
        self.work = args.work
        self.seconds = 1.0 if self.quick else 4.0
        self.comparisons = []
        self.details = {}
        os.makedirs(self.work, exist_ok=True)

    def compare(self, task, unit, hexaglot, peer, peer_value, higher_is_better=True, **extra):
        speedup = hexaglot / peer_value if higher_is_better else peer_value / hexaglot
        row = {"task": task, "unit": unit, "hexaglot": round(hexaglot, 4), "peer": peer,
               "peer_value": round(peer_value, 4), "speedup": round(speedup, 3)}
        row.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in extra.items()})
        self.comparisons.append(row)
        log("%s: hexaglot %.4g vs %s %.4g %s → %.2f×" % (task, hexaglot, peer, peer_value, unit, speedup))

    # Inputs

    def micro_input(self):
        """micro.tsv: the ICU-bound operations of each language, from its locale and the note."""
        import yaml
        model = yaml.safe_load(open(MODEL, encoding="utf-8"))
        states = model["values"]["supporting-states"]["states"]
        lines = ["# op\tlanguage\tICU locale\targuments (written by Benchmarks/bench.py)"]
        for lang in LANGUAGES:
            folder = os.path.join(ROOT, "Locales", lang)
            loc = yaml.safe_load(open(os.path.join(folder, "locale.yaml"), encoding="utf-8"))
            table = yaml.safe_load(open(os.path.join(folder, "states.yaml"), encoding="utf-8"))

            def name(code, field):
                entry = table[code]
                text = entry if isinstance(entry, str) else (entry.get(field) or entry["name"])
                return re.sub(r"\{[^{}]*\}", "", text)
            names = [name(c, "name") for c in states]
            sort_keys = [name(c, "sortAs") for c in states]
            rng = loc["dates"]["range"]
            for start, end in (("2020-02-24", "2020-02-29"), ("2019-12-01", "2019-12-03")):
                lines.append("\t".join(["daterange", lang, rng.get("icu", loc["icu"]), rng["skeleton"], start, end]))
            lines.append("\t".join(["list", lang, loc["icu"]] + names))
            lines.append("\t".join(["number", lang, loc["icu"], "1234567"]))
            rule_set = loc["ordinals"]["default"].get("ruleSet") or "%spellout-numbering"
            lines.append("\t".join(["spellout", lang, loc["icu"], rule_set, "23"]))
            sort = loc["sort"]
            collation = sort["collation"] if isinstance(sort, dict) else lang
            lines.append("\t".join(["collation", lang, collation] + sort_keys))
        path = os.path.join(self.work, "micro.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return path

    def render_outputs(self):
        """Hexaglot's text and Markdown of the note in every language, for checks and for pandoc."""
        folder = os.path.join(self.work, "note")
        for fmt in ("text", "markdown"):
            subprocess.run([self.hexaglot, "render", MODEL, "--lang", "all", "--format", fmt, "-o", folder], check=True)
        return folder

    # Measurements

    def six_language_render(self):
        hx = run_json([self.hexaglot, "bench", "render", MODEL, "--format", "text", "--seconds", str(self.seconds)])
        peers = {}
        for backend in ("babel", "pyicu"):
            out = os.path.join(self.work, "peer-" + backend)
            peers[backend] = run_json([self.python, os.path.join(HERE, "peers", "render_peer.py"), "--backend", backend,
                                       "--root", ROOT, "--model", MODEL, "--seconds", str(self.seconds), "--write", out])
        for backend, result in peers.items():
            self.compare("six-language render of the note to text", "documents per CPU second",
                         hx["documents_per_cpu_second"], result["peer"], result["documents_per_cpu_second"],
                         hexaglot_wall=hx["documents_per_second"], peer_wall=result["documents_per_second"])
        return peers

    def closeness(self, note_folder):
        """How close each Python peer's text is to Hexaglot's, line by line."""
        result = {}
        for backend, name in (("pyicu", "Jinja2+PyICU"), ("babel", "Jinja2+Babel")):
            same_docs, same_lines, total_lines, first_differences = 0, 0, 0, {}
            for lang in LANGUAGES:
                ours = open(os.path.join(note_folder, "%s.%s.txt" % (NOTE_ID, lang)), encoding="utf-8").read()
                theirs = open(os.path.join(self.work, "peer-" + backend, "%s.%s.txt" % (NOTE_ID, lang)), encoding="utf-8").read()
                same_docs += ours == theirs
                a, b = ours.split("\n"), theirs.split("\n")
                total_lines += max(len(a), len(b))
                same_lines += sum(x == y for x, y in zip(a, b))
                for x, y in zip(a, b):
                    if x != y:
                        first_differences[lang] = {"hexaglot": x[:160], "peer": y[:160]}
                        break
            result[name] = {"identical_documents": "%d of 6" % same_docs,
                            "identical_lines": round(same_lines / total_lines, 4),
                            "first_difference": first_differences}
        self.details["peer_output_vs_hexaglot"] = result

    def docx(self, note_folder, babel_rate):
        hx = run_json([self.hexaglot, "bench", "render", MODEL, "--format", "docx", "--seconds", str(self.seconds)])
        walls, cpus = [], []
        rounds = 1 if self.quick else 3
        for _ in range(rounds):
            for lang in LANGUAGES:
                source = os.path.join(note_folder, "%s.%s.md" % (NOTE_ID, lang))
                wall, cpu = timed_process(["pandoc", "-f", "markdown", "-t", "docx", "-o",
                                           os.path.join(self.work, "pandoc.%s.docx" % lang), source])
                walls.append(wall)
                cpus.append(cpu)
        pandoc_rate = len(cpus) / sum(cpus)
        self.compare("six-language render of the note to DOCX", "documents per CPU second",
                     hx["documents_per_cpu_second"], "pandoc (Markdown→DOCX, a process per document)", pandoc_rate,
                     hexaglot_wall=hx["documents_per_second"], peer_wall=len(walls) / sum(walls))
        combined = 1 / (1 / babel_rate + 1 / pandoc_rate)
        self.compare("six-language render of the note to DOCX", "documents per CPU second",
                     hx["documents_per_cpu_second"], "Jinja2+Babel text, then pandoc Markdown→DOCX", combined)

    def micro(self, micro_path):
        seconds = str(0.5 if self.quick else 2.0)
        hx = run_json([self.hexaglot, "bench", "icu", micro_path, "--seconds", seconds])
        floor = run_json([self.floor, "micro", micro_path, seconds])
        peers = {name: run_json([self.python, os.path.join(HERE, "peers", "micro_peer.py"), "--backend", backend,
                                 "--seconds", seconds, micro_path])
                 for backend, name in (("pyicu", "PyICU"), ("babel", "Babel (num2words, pyuca)"))}
        peers["C calling ICU (the floor)"] = floor
        names = {"daterange": "date range", "list": "list of 17 States", "number": "number 1234567",
                 "spellout": "spell-out ordinal 23", "collation": "collation sort of the 17 Parties"}
        for op, label in names.items():
            for peer, result in peers.items():
                self.compare("ICU-bound: " + label, "operations per CPU second", hx[op]["per_cpu_second"], peer,
                             result[op]["per_cpu_second"], hexaglot_wall=hx[op]["per_second"], peer_wall=result[op]["per_second"])

    def startup(self, micro_path, note_folder):
        runs = 7 if self.quick else 25
        commands = {
            "hexaglot": [self.hexaglot, "render", MODEL, "--lang", "en", "--format", "text"],
            "C calling ICU (the floor)": [self.floor, "once", micro_path, "en"],
            "pandoc (Markdown→DOCX)": ["pandoc", "-f", "markdown", "-t", "docx", "-o", os.path.join(self.work, "startup.docx"),
                                       os.path.join(note_folder, "%s.en.md" % NOTE_ID)],
        }
        times = {}
        for name, command in commands.items():
            timed_process(command)  # warm the page cache
            samples = [timed_process(command) for _ in range(runs)]
            times[name] = {"min_wall_ms": 1000 * min(w for w, _ in samples),
                           "median_wall_ms": 1000 * statistics.median(w for w, _ in samples),
                           "median_cpu_ms": 1000 * statistics.median(c for _, c in samples)}
        self.details["startup"] = times
        for peer in ("C calling ICU (the floor)", "pandoc (Markdown→DOCX)"):
            self.compare("start-up: one-language text render, whole process", "milliseconds (best of %d, wall)" % runs,
                         times["hexaglot"]["min_wall_ms"], peer, times[peer]["min_wall_ms"], higher_is_better=False,
                         hexaglot_median_cpu_ms=times["hexaglot"]["median_cpu_ms"], peer_median_cpu_ms=times[peer]["median_cpu_ms"])

    def once(self, task, arguments, repeat):
        return run_json([self.hexaglot, "bench", "once", "--task", task, "--repeat", str(repeat), "--"] + arguments)

    def check_versus_render(self, note_folder):
        repeat = 3 if self.quick else 7
        render = self.once("render", [MODEL, "--lang", "all", "--format", "text", "-o", os.path.join(self.work, "note-again")], repeat)
        files = [os.path.join(note_folder, "%s.%s.txt" % (NOTE_ID, lang)) for lang in LANGUAGES]
        check = self.once("check", files + ["--root", ROOT, "-o", os.path.join(self.work, "note-check.txt")], repeat)
        self.compare("check of the six renderings of the note, against rendering them", "CPU seconds (best of %d, in process)" % repeat,
                     check["cpu_seconds"], "hexaglot render --lang all", render["cpu_seconds"], higher_is_better=False,
                     hexaglot_wall=check["seconds"], peer_wall=render["seconds"], check_findings=check["findings"])

    def scaling(self):
        sizes = [10, 100, 1000, 10000]
        rows = []
        for n in sizes:
            workspace = os.path.join(self.work, "synthetic-%d" % n)
            shutil.rmtree(workspace, ignore_errors=True)
            model = run_json([self.hexaglot, "bench", "synth", MODEL, "--paragraphs", str(n), "-o", workspace])["model"]
            out = os.path.join(workspace, "out")
            repeat = (3 if n <= 100 else 1) if self.quick else (5 if n <= 100 else 3 if n <= 1000 else 1)
            render = self.once("render", [model, "--lang", "all", "--format", "text", "-o", out, "--root", workspace], repeat)
            files = sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".txt"))
            check = self.once("check", files + ["--root", workspace, "-o", os.path.join(workspace, "check.txt")], repeat)
            for task, result in (("render", render), ("check", check)):
                rows.append({"task": task, "paragraphs": n, "seconds": round(result["seconds"], 4),
                             "cpu_seconds": round(result["cpu_seconds"], 4), "peak_mib": round(result["peak_mib"], 1),
                             "findings": result["findings"]})
                log("scaling: %s of %d paragraphs (six languages): %.3f s wall, %.3f s CPU, %.0f MiB"
                    % (task, n, result["seconds"], result["cpu_seconds"], result["peak_mib"]))
        return rows


FIT_FROM = 100  # the smallest size in the growth-exponent fit (see main)


def fit_exponent(points):
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def machine(load_start):
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    memory = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    pretty = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME")), "")
    icu = subprocess.run(["pkg-config", "--modversion", "icu-i18n"], capture_output=True, text=True).stdout.strip()
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory / 1024 / 1024, 1), "os": pretty,
            "swift": swift, "icu": icu, "python": platform.python_version(),
            "pandoc": subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0],
            "load_average_at_start": load_start}


def plot(rows, exponents, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    for task, colour in (("render", "tab:blue"), ("check", "tab:orange")):
        points = [(r["paragraphs"], r["cpu_seconds"]) for r in rows if r["task"] == task]
        xs, ys = zip(*points)
        left.loglog(xs, ys, "o-", color=colour, label="%s (CPU), exponent %.2f from %d paragraphs" % (task, exponents[task], FIT_FROM))
        left.loglog(xs, [r["seconds"] for r in rows if r["task"] == task], "x:", color=colour, alpha=0.6, label=task + " (wall)")
        right.semilogx(xs, [r["peak_mib"] for r in rows if r["task"] == task], "o-", color=colour, label=task)
    left.set_xlabel("paragraphs (six languages each)")
    left.set_ylabel("seconds")
    left.set_title("Time")
    left.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    right.set_xlabel("paragraphs (six languages each)")
    right.set_ylabel("peak resident memory (MiB)")
    right.set_title("Peak memory")
    right.grid(True, which="both", alpha=0.3)
    right.legend(fontsize=8)
    fig.suptitle("Hexaglot: render and check of synthetic notes in six languages")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def markdown_table(result):
    m = result["machine"]
    lines = ["Measured %s on %s (%d cores, %s GiB), %s; %s, ICU %s, Python %s, %s. Load average %s at the start and %s at the end"
             " (the machine was shared)." % (m["date"], m["cpu"], m["cores"], m["memory_gib"], m["os"], m["swift"], m["icu"],
                                            m["python"], m["pandoc"], m["load_average_at_start"], m["load_average_at_end"]),
             "",
             "| task | unit | Hexaglot | peer | peer's | Hexaglot's advantage |",
             "| --- | --- | ---: | --- | ---: | ---: |"]
    for c in result["comparisons"]:
        lines.append("| %s | %s | %.4g | %s | %.4g | %.2f× |" % (c["task"], c["unit"], c["hexaglot"], c["peer"], c["peer_value"], c["speedup"]))
    lines += ["", "| task | paragraphs | wall s | CPU s | peak MiB |", "| --- | ---: | ---: | ---: | ---: |"]
    for r in result["scaling"]:
        lines.append("| %s | %d | %.3f | %.3f | %.0f |" % (r["task"], r["paragraphs"], r["seconds"], r["cpu_seconds"], r["peak_mib"]))
    g = result["growth_exponent"]
    a = result["growth_exponent_all_sizes"]
    lines += ["", "Growth exponents (least squares on log-log, CPU time, %d paragraphs and more): render %.2f, check %.2f "
              "(through every size, where the fixed cost of loading the workspace weighs on the smallest: render %.2f, check %.2f)."
              % (result["growth_exponent_fitted_from_paragraphs"], g["render"], g["check"], a["render"], a["check"])]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--hexaglot", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    load_start = " ".join(open("/proc/loadavg").read().split()[:3])
    bench = Bench(args)
    started = time.time()
    micro_path = bench.micro_input()
    note_folder = bench.render_outputs()
    peers = bench.six_language_render()
    bench.closeness(note_folder)
    bench.docx(note_folder, peers["babel"]["documents_per_cpu_second"])
    bench.micro(micro_path)
    bench.startup(micro_path, note_folder)
    bench.check_versus_render(note_folder)
    rows = bench.scaling()
    # The growth of the per-paragraph work: at 10 paragraphs a run is mostly the fixed cost of
    # loading the workspace (tens of milliseconds), which a log-log fit through it reads as
    # sub-linear growth. The fit over every size is kept beside it.
    def exponents_of(field, smallest):
        return {task: round(fit_exponent([(r["paragraphs"], r[field]) for r in rows
                                          if r["task"] == task and r["paragraphs"] >= smallest]), 3)
                for task in ("render", "check")}
    exponents = exponents_of("cpu_seconds", FIT_FROM)
    exponents_wall = exponents_of("seconds", FIT_FROM)
    exponents_all = exponents_of("cpu_seconds", 0)
    info = machine(load_start)
    info["load_average_at_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    info["mode"] = "quick" if args.quick else "full"
    info["minutes"] = round((time.time() - started) / 60, 1)
    result = {"machine": info, "comparisons": bench.comparisons, "scaling": rows, "growth_exponent": exponents,
              "growth_exponent_wall": exponents_wall, "growth_exponent_all_sizes": exponents_all,
              "growth_exponent_fitted_from_paragraphs": FIT_FROM, "details": bench.details}
    plot(rows, exponents, os.path.join(HERE, "scaling.png"))
    with open(os.path.join(HERE, "results.md"), "w", encoding="utf-8") as f:
        f.write(markdown_table(result))
    with open(os.path.join(HERE, "results.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
