"""Reader start-up and navigation benchmark (not a test).

    .venv/bin/python benchmarks/bench_reader.py [--runs 5] [--words 20000]

Each measurement runs in a fresh `python -c` process, timed from just before the
process is spawned:

- `import textual`: the bare cost of the framework, measured in the same run;
- first paint: the reader on the reference article, headless at 120x40, until the
  analysis (analyze() in the worker thread) is applied and the screen has refreshed;
- long article: the reference article repeated to --words words with its analysis
  replicated (the reader's own cost, not the pipeline's), first paint and the latency
  of `n` (next entity) over 50 presses, with the paragraphs re-styled per press;
- resident memory: `resource.getrusage(RUSAGE_SELF).ru_maxrss` at first paint.

Medians of --runs runs. Targets: first paint <= 1.0 s, memory <= 150 MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "sample_articles" / "putin-biden-call.es.md"

CHILD = r"""
import asyncio, json, resource, sys, time
from dataclasses import replace

ARGS = json.loads(sys.argv[1])

from communique.article import load
from communique.reader.app import ReaderApp

article = load(ARGS["article"])
analyzer = None


def default(article):
    from communique.pipeline import analyze
    return analyze(article)


if ARGS["words"]:
    from communique.model import Analysis, Span

    base_article = article
    copies = max(1, -(-ARGS["words"] // len(base_article.text.split())))
    stride = len(base_article.text) + 2
    article = replace(base_article, text="\n\n".join([base_article.text] * copies), path=None)

    def analyzer(big):
        try:
            base = default(base_article)
        except Exception:
            return Analysis(big)

        def sh(span, k):
            return Span(span.start + k * stride, span.end + k * stride, span.text)

        ks = range(copies)
        return Analysis(
            big,
            actors=tuple(replace(a, mentions=tuple(sh(m, k) for k in ks for m in a.mentions)) for a in base.actors),
            quotes=tuple(replace(q, id=f"{q.id}-{k}", start=q.start + k * stride, end=q.end + k * stride,
                                 cue_span=None, speaker_span=None) for k in ks for q in base.quotes),
            meetings=tuple(replace(m, id=f"{m.id}-{k}", evidence=sh(m.evidence, k)) for k in ks for m in base.meetings),
            positions=tuple(replace(p, id=f"{p.id}-{k}", evidence=sh(p.evidence, k)) for k in ks for p in base.positions),
        )

app = ReaderApp(article, analyzer=analyzer, quiet=True)
result = {}


async def auto_pilot(pilot):
    screen = app.screen
    await screen.analysis_done.wait()
    await pilot.pause()  # the refresh that paints the highlights and the summary
    result["painted"] = time.time()
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["analysis"] = screen.analysis is not None
    result["error"] = screen.analysis_error
    result["paragraphs"] = len(screen.pane.paragraphs)
    result["marks"] = len(screen.index.mentions) + len(screen.index.quotes)
    if ARGS["presses"]:
        pane = screen.pane
        baseline, latencies, actions, restyled = [], [], [], []
        for _ in range(ARGS["presses"]):
            # pilot.press waits until every widget is idle: an unbound key measures that
            t = time.perf_counter()
            await pilot.press("z")
            baseline.append(time.perf_counter() - t)
        for _ in range(ARGS["presses"]):
            before = pane.restyle_count
            t = time.perf_counter()
            await pilot.press("n")
            latencies.append(time.perf_counter() - t)
            restyled.append(pane.restyle_count - before)
        for _ in range(ARGS["presses"]):
            t = time.perf_counter()
            screen.action_next_mention()  # the reader's own work for one n
            actions.append(time.perf_counter() - t)
            await pilot.pause()
        result["baseline_ms"] = [x * 1000 for x in baseline]
        result["n_latency_ms"] = [x * 1000 for x in latencies]
        result["action_ms"] = [x * 1000 for x in actions]
        result["restyled"] = restyled
    app.exit()


app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)
print(json.dumps(result))
"""


def spawn(args: dict) -> dict:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr[-2000:]}")
    line = out.stdout.strip().splitlines()[-1]
    result = json.loads(line)
    result["first_paint_s"] = result["painted"] - started
    return result


def import_textual() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import textual.app"], check=True)
    return time.perf_counter() - started


def median(values) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--article", default=str(REFERENCE))
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    opts = parser.parse_args()

    imports = [import_textual() for _ in range(opts.runs)]
    small = [spawn({"article": opts.article, "words": 0, "presses": 0}) for _ in range(opts.runs)]
    big = [
        spawn({"article": opts.article, "words": opts.words, "presses": 50})
        for _ in range(opts.runs)
    ]

    latencies = sorted(x for r in big for x in r["n_latency_ms"])
    baseline = median(x for r in big for x in r["baseline_ms"])
    actions = sorted(x for r in big for x in r["action_ms"])
    report = {
        "python -c 'import textual.app' (s)": round(median(imports), 3),
        "reference article: first paint with analysis (s)": round(
            median(r["first_paint_s"] for r in small), 3
        ),
        "reference article: maxrss (MB)": round(median(r["maxrss_kb"] for r in small) / 1024, 1),
        "reference article: analysis shown": all(r["analysis"] for r in small),
        f"{opts.words}-word article: first paint (s)": round(
            median(r["first_paint_s"] for r in big), 3
        ),
        f"{opts.words}-word article: maxrss (MB)": round(
            median(r["maxrss_kb"] for r in big) / 1024, 1
        ),
        f"{opts.words}-word article: paragraphs / highlights": f"{big[0]['paragraphs']} / {big[0]['marks']}",
        "n: key to idle, median / p95 (ms)": f"{median(latencies):.1f} / {latencies[int(len(latencies) * 0.95) - 1]:.1f}",
        "   of which pilot's own wait (unbound key, ms)": f"{baseline:.1f}",
        "   reader action alone, median / p95 (ms)": f"{median(actions):.2f} / {actions[int(len(actions) * 0.95) - 1]:.2f}",
        "paragraphs re-styled per n (max)": max(x for r in big for x in r["restyled"]),
    }
    if small[0].get("error"):
        report["analysis error"] = small[0]["error"]
    if opts.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        width = max(len(k) for k in report)
        for key, value in report.items():
            print(f"{key.ljust(width)}  {value}")
        ok = (
            report["reference article: first paint with analysis (s)"] <= 1.0
            and report["reference article: maxrss (MB)"] <= 150
        )
        print(f"{'targets (<= 1.0 s, <= 150 MB)'.ljust(width)}  {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
