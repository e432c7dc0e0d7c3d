"""Runs every benchmark of Benchmarks/run and prints one JSON object.

Hexaglot and its peers are measured in the same run on the same machine, each
measurement repeated (RUNS times, the two sides interleaved so that a change of
load falls on both) and given as the median with its spread. Rates are per CPU
second (user + system time of the measuring process), which a shared machine
disturbs far less than wall time; wall-time figures are given beside them.
Start-up is whole processes, timed from outside. Every output measured is
compared with a reference: a wrong answer stops the run instead of being timed.
Also writes scaling.png, results.json and (through report.py) results.md and
the README's table, beside this file."""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import report  # noqa: E402
import service  # noqa: E402

NOTES = ["cbd-wg2020-2-2", "cbd-wg2020-2-1-add2"]  # rounds alternate between them
MODELS = [os.path.join(ROOT, "Documents", note, "note.yaml") for note in NOTES]
MODEL, NOTE_ID = MODELS[0], NOTES[0]  # the note of the one-document measurements
LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"]

PLAIN = {"babel": "Jinja2+Babel (plain)", "pyicu": "Jinja2+PyICU (plain)"}
COMPETENT = {"babel": "Jinja2+Babel (competent)", "pyicu": "Jinja2+PyICU (competent)"}
FLOOR = "C calling ICU (the floor, UTF-16 in and out)"
FLOOR_UTF8 = "C calling ICU with UTF-8↔UTF-16 conversions per call (the floor as a program pays it)"


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def load_average():
    return " ".join(open("/proc/loadavg").read().split()[:3])


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


def same_bytes(a, b):
    with open(a, "rb") as x, open(b, "rb") as y:
        return x.read() == y.read()


def summary(samples):
    """Median, smallest and largest of at least one sample."""
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "runs": len(samples)}


class Bench:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.hexaglot = args.hexaglot
        self.bench = args.bench
        self.floor = args.floor
        self.python = sys.executable
        self.work = args.work
        self.runs = 3 if self.quick else 5
        self.seconds = 0.5 if self.quick else 2.0
        self.comparisons = []
        self.details = {}
        os.makedirs(self.work, exist_ok=True)

    def compare(self, task, unit, hexaglot, peer, peer_samples, higher_is_better=True, **extra):
        """One row: medians, spreads and the ratio of the medians, with the range of the runs' own ratios."""
        h, p = summary(hexaglot), summary(peer_samples)
        ratio = (lambda a, b: a / b) if higher_is_better else (lambda a, b: b / a)
        if len(hexaglot) == len(peer_samples):
            pairs = [ratio(a, b) for a, b in zip(hexaglot, peer_samples)]  # run i against run i
        else:  # not paired run by run (e.g. one server figure against several in-process runs): the extremes
            pairs = [ratio(a, b) for a in hexaglot for b in peer_samples]
        row = {"task": task, "unit": unit, "hexaglot": round(h["median"], 4), "peer": peer,
               "peer_value": round(p["median"], 4), "speedup": round(ratio(h["median"], p["median"]), 3),
               "hexaglot_spread": [round(h["min"], 4), round(h["max"], 4)],
               "peer_spread": [round(p["min"], 4), round(p["max"], 4)],
               "speedup_spread": [round(min(pairs), 3), round(max(pairs), 3)],
               "runs": min(h["runs"], p["runs"]), "load_average": load_average()}
        row.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in extra.items()})
        self.comparisons.append(row)
        log("%s: hexaglot %.4g vs %s %.4g %s → %.2f× (runs %.2f–%.2f×)"
            % (task, h["median"], peer, p["median"], unit, row["speedup"], min(pairs), max(pairs)))
        return row

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
        """Hexaglot's renderings of both notes in every language: the references, and pandoc's input."""
        folder = os.path.join(self.work, "reference")
        shutil.rmtree(folder, ignore_errors=True)
        for model in MODELS:
            for fmt in ("text", "markdown", "docx"):
                subprocess.run([self.hexaglot, "render", model, "--lang", "all", "--format", fmt, "-o", folder], check=True)
        return folder

    def path(self, folder, note, lang, ext):
        return os.path.join(folder, "%s.%s.%s" % (note, lang, ext))

    # Measurements

    def hexaglot_render(self, reference, fmt):
        return run_json([self.bench, "render", *MODELS, "--format", fmt, "--seconds", str(self.seconds),
                         "--reference", reference])

    def peer_render(self, backend, competent, write=None):
        command = [self.python, os.path.join(HERE, "peers", "render_peer.py"), "--backend", backend, "--root", ROOT,
                   "--seconds", str(self.seconds)]
        for model in MODELS:
            command += ["--model", model]
        if competent:
            command.append("--competent")
        if write:
            command += ["--write", write]
        return run_json(command)

    def six_language_render(self, reference):
        """Both notes, rounds alternating, every round compared with the reference (each side its own)."""
        peers = [(backend, competent) for competent in (True, False) for backend in ("pyicu", "babel")]
        hx, results = [], {peer: [] for peer in peers}
        for run in range(self.runs):
            hx.append(self.hexaglot_render(reference, "text"))
            for backend, competent in peers:
                write = os.path.join(self.work, "peer-%s-%s" % (backend, "competent" if competent else "plain")) if run == 0 else None
                results[(backend, competent)].append(self.peer_render(backend, competent, write))
        for (backend, competent), samples in results.items():
            self.compare("six-language render to text, two notes alternating", "documents per CPU second",
                         [r["documents_per_cpu_second"] for r in hx], (COMPETENT if competent else PLAIN)[backend],
                         [r["documents_per_cpu_second"] for r in samples],
                         hexaglot_wall=statistics.median(r["documents_per_second"] for r in hx),
                         peer_wall=statistics.median(r["documents_per_second"] for r in samples))
        return statistics.median(r["documents_per_cpu_second"] for r in hx)

    def closeness(self, reference):
        """How close each Python peer's text is to Hexaglot's, line by line (both notes)."""
        result = {}
        for backend in ("pyicu", "babel"):
            for competent in (True, False):
                folder = os.path.join(self.work, "peer-%s-%s" % (backend, "competent" if competent else "plain"))
                same_docs, same_lines, total_lines, first_differences = 0, 0, 0, {}
                for note in NOTES:
                    for lang in LANGUAGES:
                        ours = open(self.path(reference, note, lang, "txt"), encoding="utf-8").read()
                        theirs = open(self.path(folder, note, lang, "txt"), encoding="utf-8").read()
                        same_docs += ours == theirs
                        a, b = ours.split("\n"), theirs.split("\n")
                        total_lines += max(len(a), len(b))
                        same_lines += sum(x == y for x, y in zip(a, b))
                        for x, y in zip(a, b):
                            if x != y:
                                first_differences["%s.%s" % (note, lang)] = {"hexaglot": x[:160], "peer": y[:160]}
                                break
                name = (COMPETENT if competent else PLAIN)[backend]
                result[name] = {"identical_documents": "%d of %d" % (same_docs, len(NOTES) * len(LANGUAGES)),
                                "identical_lines": round(same_lines / total_lines, 4),
                                "first_difference": first_differences}
                if backend == "pyicu" and same_docs != len(NOTES) * len(LANGUAGES):
                    raise RuntimeError("%s no longer writes Hexaglot's text: %s" % (name, first_differences))
        self.details["peer_output_vs_hexaglot"] = result

    def docx_processes(self, reference, program):
        """One run: every note in every language to DOCX, a process per document; documents per CPU second."""
        out = os.path.join(self.work, "docx-" + program)
        os.makedirs(out, exist_ok=True)
        walls, cpus = [], []
        for note, model in zip(NOTES, MODELS):
            for lang in LANGUAGES:
                target = self.path(out, note, lang, "docx")
                if program == "hexaglot":
                    command = [self.hexaglot, "render", model, "--lang", lang, "--format", "docx", "-o", target]
                else:
                    command = ["pandoc", "-f", "markdown", "-t", "docx", "-o", target, self.path(reference, note, lang, "md")]
                wall, cpu = timed_process(command)
                walls.append(wall)
                cpus.append(cpu)
                if program == "hexaglot" and not same_bytes(target, self.path(reference, note, lang, "docx")):
                    raise RuntimeError("hexaglot's DOCX of %s.%s differs from the reference" % (note, lang))
        return len(cpus) / sum(cpus), len(walls) / sum(walls)

    def docx(self, reference):
        per_process, pandoc, in_process = [], [], []
        for _ in range(self.runs):
            per_process.append(self.docx_processes(reference, "hexaglot"))
            pandoc.append(self.docx_processes(reference, "pandoc"))
            in_process.append(self.hexaglot_render(reference, "docx"))
        pandoc_cpu = [p[0] for p in pandoc]
        pandoc_wall = statistics.median(p[1] for p in pandoc)
        self.compare("render to DOCX, a process per document (both notes, six languages)", "documents per CPU second",
                     [p[0] for p in per_process], "pandoc Markdown→DOCX, a process per document", pandoc_cpu,
                     hexaglot_wall=statistics.median(p[1] for p in per_process), peer_wall=pandoc_wall)
        self.compare("render to DOCX, Hexaglot in process (warm) against pandoc per process", "documents per CPU second",
                     [r["documents_per_cpu_second"] for r in in_process], "pandoc Markdown→DOCX, a process per document",
                     pandoc_cpu, hexaglot_wall=statistics.median(r["documents_per_second"] for r in in_process),
                     peer_wall=pandoc_wall)

    def micro(self, micro_path):
        seconds = str(0.2 if self.quick else 1.0)
        hexaglot_out = subprocess.run([self.bench, "icu", micro_path, "--outputs"], check=True,
                                      stdout=subprocess.PIPE, text=True).stdout
        floor_out = subprocess.run([self.floor, "outputs", micro_path], check=True, stdout=subprocess.PIPE, text=True).stdout
        if hexaglot_out != floor_out:
            differences = [(a, b) for a, b in zip(hexaglot_out.splitlines(), floor_out.splitlines()) if a != b]
            raise RuntimeError("the floor's outputs differ from Hexaglot's: %s" % differences[:3])
        self.details["floor_outputs_equal_hexaglot"] = "%d operations" % len(floor_out.splitlines())
        programs = {
            FLOOR: [self.floor, "micro", micro_path, seconds],
            FLOOR_UTF8: [self.floor, "micro-utf8", micro_path, seconds],
            "PyICU": [self.python, os.path.join(HERE, "peers", "micro_peer.py"), "--backend", "pyicu", "--seconds", seconds, micro_path],
            "Babel (num2words, pyuca)": [self.python, os.path.join(HERE, "peers", "micro_peer.py"), "--backend", "babel",
                                         "--seconds", seconds, micro_path],
        }
        hx, results = [], {name: [] for name in programs}
        for _ in range(self.runs):
            hx.append(run_json([self.bench, "icu", micro_path, "--seconds", seconds]))
            for name, command in programs.items():
                results[name].append(run_json(command))
        names = {"daterange": "date range", "list": "list of 17 States", "number": "number 1234567",
                 "spellout": "spell-out ordinal 23", "collation": "collation sort of the 17 Parties"}
        for op, label in names.items():
            for peer, samples in results.items():
                self.compare("ICU-bound: " + label, "operations per CPU second", [r[op]["per_cpu_second"] for r in hx], peer,
                             [r[op]["per_cpu_second"] for r in samples],
                             hexaglot_wall=statistics.median(r[op]["per_second"] for r in hx),
                             peer_wall=statistics.median(r[op]["per_second"] for r in samples))

    def startup(self, micro_path, reference):
        runs = 7 if self.quick else 25
        en_text = os.path.join(self.work, "startup-peer.txt")
        commands = {
            "hexaglot text": [self.hexaglot, "render", MODEL, "--lang", "en", "--format", "text"],
            "hexaglot DOCX": [self.hexaglot, "render", MODEL, "--lang", "en", "--format", "docx", "-o",
                              os.path.join(self.work, "startup-hexaglot.docx")],
            "pandoc DOCX": ["pandoc", "-f", "markdown", "-t", "docx", "-o", os.path.join(self.work, "startup-pandoc.docx"),
                            self.path(reference, NOTE_ID, "en", "md")],
            "peer text": [self.python, os.path.join(HERE, "peers", "render_peer.py"), "--backend", "pyicu", "--competent",
                          "--root", ROOT, "--model", MODEL, "--once", "en"],
            "floor": [self.floor, "once", micro_path, "en"],
        }
        with open(en_text, "wb") as f:
            timed_process(commands["peer text"], stdout=f)
        if not same_bytes(en_text, self.path(reference, NOTE_ID, "en", "txt")):
            raise RuntimeError("the peer's one-language text differs from Hexaglot's")
        samples = {name: [] for name in commands}
        for name, command in commands.items():
            timed_process(command)  # warm the page cache
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(timed_process(command))
        ms = {name: [1000 * w for w, _ in s] for name, s in samples.items()}
        cpu = {name: statistics.median(1000 * c for _, c in s) for name, s in samples.items()}
        self.details["startup_median_cpu_ms"] = {name: round(v, 2) for name, v in cpu.items()}
        unit = "milliseconds, whole process (median of %d, wall)" % runs
        for task, ours, peer, peer_name in (
                ("start-up: one-language DOCX render", "hexaglot DOCX", "pandoc DOCX", "pandoc Markdown→DOCX"),
                ("start-up: one-language text render", "hexaglot text", "peer text",
                 "Jinja2+PyICU (competent), Python process rendering one language"),
                ("start-up: one-language text render, against C opening and running that language's six ICU"
                 " operations once (not a render)", "hexaglot text", "floor", "C calling ICU (the floor)")):
            self.compare(task, unit, ms[ours], peer_name, ms[peer], higher_is_better=False,
                         hexaglot_median_cpu_ms=cpu[ours], peer_median_cpu_ms=cpu[peer])

    def once(self, task, arguments, repeat):
        return run_json([self.bench, "once", "--task", task, "--repeat", str(repeat), "--"] + arguments)

    def check_versus_render(self, reference):
        repeat = 3 if self.quick else 7
        render = self.once("render", [MODEL, "--lang", "all", "--format", "text", "-o", os.path.join(self.work, "note-again")], repeat)
        files = [self.path(reference, NOTE_ID, lang, "txt") for lang in LANGUAGES]
        check = self.once("check", files + ["--root", ROOT, "-o", os.path.join(self.work, "note-check.txt")], repeat)
        self.compare("check of the six renderings of the note, against rendering them",
                     "CPU seconds (median of %d, in process)" % repeat, check["cpu_seconds_each"], "hexaglot render --lang all",
                     render["cpu_seconds_each"], higher_is_better=False,
                     hexaglot_wall=check["seconds"], peer_wall=render["seconds"], check_findings=check["findings"])
        return check

    def service(self, reference, check):
        """The service under wrk, and a POST /check's server CPU against the in-process check of the same six files."""
        files = [self.path(reference, NOTE_ID, lang, "txt") for lang in LANGUAGES]
        serving = service.measure(self.hexaglot, self.args.wrk, ROOT, files, quick=self.quick, log=log)
        # The base of the target: the same check warm in process, as the server has it (locales read
        # once, files in memory); every round's report is compared with the first by hexaglot-bench.
        rounds = 50 if self.quick else 200
        warm = [run_json([self.bench, "check"] + files + ["--root", ROOT, "--rounds", str(rounds)])["cpu_ms_per_check"]
                for _ in range(self.runs)]
        self.details["check_in_process_cpu_ms"] = round(statistics.median(warm), 3)
        self.compare("POST /check of the six renderings (server CPU per request, under wrk), against the same check"
                     " warm in process", "CPU milliseconds per check", [serving["check"]["cpu_ms_per_request"]],
                     "hexaglot-bench check (warm, in process, same six files)", warm, higher_is_better=False)
        # Beside it, a fresh session in process (bench once: the locales read again for every check).
        in_process = [1000 * c for c in check["cpu_seconds_each"]]
        self.details["check_in_process_fresh_cpu_ms"] = round(statistics.median(in_process), 3)
        self.compare("POST /check of the six renderings (server CPU per request, under wrk), against a fresh check"
                     " in process", "CPU milliseconds per check", [serving["check"]["cpu_ms_per_request"]],
                     "hexaglot check in process (bench once, locales read each time, same six files)", in_process,
                     higher_is_better=False)
        return serving
    def scaling(self):
        sizes = [10, 100, 1000, 10000]
        rows = []
        for n in sizes:
            workspace = os.path.join(self.work, "synthetic-%d" % n)
            shutil.rmtree(workspace, ignore_errors=True)
            model = run_json([self.bench, "synth", MODEL, "--paragraphs", str(n), "-o", workspace])["model"]
            out = os.path.join(workspace, "out")
            repeat = (3 if n <= 100 else 1) if self.quick else (5 if n <= 100 else 3 if n <= 1000 else 1)
            render = self.once("render", [model, "--lang", "all", "--format", "text", "-o", out, "--root", workspace], repeat)
            files = sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".txt"))
            check = self.once("check", files + ["--root", workspace, "-o", os.path.join(workspace, "check.txt")], repeat)
            for task, result in (("render", render), ("check", check)):
                rows.append({"task": task, "paragraphs": n, "seconds": round(result["seconds"], 4),
                             "cpu_seconds": round(result["cpu_seconds"], 4), "peak_mib": round(result["peak_mib"], 1),
                             "findings": result["findings"], "load_average": load_average()})
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--hexaglot", required=True, help="the hexaglot executable")
    parser.add_argument("--bench", required=True, help="the hexaglot-bench executable (its measuring side)")
    parser.add_argument("--floor", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--wrk", default="wrk", help="the load generator")
    args = parser.parse_args()
    load_start = load_average()
    bench = Bench(args)
    started = time.time()
    micro_path = bench.micro_input()
    reference = bench.render_outputs()
    bench.six_language_render(reference)
    bench.closeness(reference)
    bench.docx(reference)
    bench.micro(micro_path)
    bench.startup(micro_path, reference)
    check = bench.check_versus_render(reference)
    serving = bench.service(reference, check)
    rows = bench.scaling()
    # The growth of the per-paragraph work: at 10 paragraphs a run is mostly the fixed cost of
    # loading the workspace (tens of milliseconds), which a log-log fit through it reads as
    # sub-linear growth. The fit over every size is kept beside it.
    def exponents_of(field, smallest):
        return {task: round(fit_exponent([(r["paragraphs"], r[field]) for r in rows
                                          if r["task"] == task and r["paragraphs"] >= smallest]), 3)
                for task in ("render", "check")}
    exponents = exponents_of("cpu_seconds", FIT_FROM)
    info = machine(load_start)
    info["load_average_at_end"] = load_average()
    info["mode"] = "quick" if args.quick else "full"
    info["runs"] = bench.runs
    info["minutes"] = round((time.time() - started) / 60, 1)
    result = {"machine": info, "comparisons": bench.comparisons, "service": serving, "scaling": rows,
              "growth_exponent": exponents, "growth_exponent_wall": exponents_of("seconds", FIT_FROM),
              "growth_exponent_all_sizes": exponents_of("cpu_seconds", 0),
              "growth_exponent_fitted_from_paragraphs": FIT_FROM, "details": bench.details}
    result["targets"] = report.targets(result)
    plot(rows, exponents, os.path.join(HERE, "scaling.png"))
    with open(os.path.join(HERE, "results.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    report.write(os.path.join(HERE, "results.json"))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
