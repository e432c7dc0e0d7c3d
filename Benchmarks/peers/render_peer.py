"""Documents per second of a Python peer rendering the note in every language
(inputs read once, Jinja2 templates compiled once, formatters warm).
Prints one JSON object; with --write DIR also writes <id>.<lang>.txt there."""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from backends import BACKENDS  # noqa: E402
from notepeer import NoteRenderer, Workspace  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=sorted(BACKENDS), required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--write")
    args = parser.parse_args()

    workspace = Workspace(args.root, args.model)
    renderer = NoteRenderer(workspace, BACKENDS[args.backend]())
    texts = {lang: renderer.render(lang) for lang in workspace.languages}  # warm
    if args.write:
        os.makedirs(args.write, exist_ok=True)
        for lang, text in texts.items():
            with open(os.path.join(args.write, "%s.%s.txt" % (workspace.model["id"], lang)), "w", encoding="utf-8") as f:
                f.write(text)
    rounds = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        for lang in workspace.languages:
            renderer.render(lang)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= args.seconds:
            break
    cpu = time.process_time() - cpu_start
    documents = rounds * len(workspace.languages)
    print(json.dumps({"peer": renderer.backend.name, "documents": documents, "seconds": elapsed, "cpu_seconds": cpu,
                      "documents_per_second": documents / elapsed, "documents_per_cpu_second": documents / cpu}))


if __name__ == "__main__":
    main()
