"""Documents per second of a Python peer rendering notes in every language
(inputs read once, prose compiled once, formatters warm). A round renders one
note in every language; rounds alternate between the notes given, as a
service's requests would, and every round's texts are compared with the
warm-up's (a memo that changed an output would stop the run).
Prints one JSON object; with --write DIR also writes <id>.<lang>.txt there.
With --once LANG: render the first note in LANG once and print it (start-up)."""

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
    parser.add_argument("--competent", action="store_true", help="segments parsed once, terms and names kept with the pack")
    parser.add_argument("--root", required=True)
    parser.add_argument("--model", action="append", required=True, help="a note (repeat for the notes to alternate)")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--write")
    parser.add_argument("--once", metavar="LANG")
    args = parser.parse_args()

    workspace = Workspace(args.root, args.model)
    backend = BACKENDS[args.backend]()
    renderers = [NoteRenderer(workspace, model, backend, competent=args.competent) for model in workspace.models]
    if args.once:
        sys.stdout.write(renderers[0].render(args.once))
        return
    reference = [{lang: r.render(lang) for lang in workspace.languages} for r in renderers]  # warm
    if args.write:
        os.makedirs(args.write, exist_ok=True)
        for r, texts in zip(renderers, reference):
            for lang, text in texts.items():
                with open(os.path.join(args.write, "%s.%s.txt" % (r.model["id"], lang)), "w", encoding="utf-8") as f:
                    f.write(text)
    rounds = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        which = rounds % len(renderers)
        renderer, expected = renderers[which], reference[which]
        for lang in workspace.languages:
            if renderer.render(lang) != expected[lang]:
                sys.exit("render_peer: round %d of %s in %s differs from the warm-up's" % (rounds, renderer.model["id"], lang))
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= args.seconds and rounds >= len(renderers):
            break
    cpu = time.process_time() - cpu_start
    documents = rounds * len(workspace.languages)
    name = backend.name + (" (competent)" if args.competent else " (plain)")
    print(json.dumps({"peer": name, "documents": documents, "seconds": elapsed, "cpu_seconds": cpu,
                      "documents_per_second": documents / elapsed, "documents_per_cpu_second": documents / cpu}))


if __name__ == "__main__":
    main()
