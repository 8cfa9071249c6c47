"""Per-stage timings on ~500-word articles (warm, median of many runs), and memory.

    python benchmarks/bench_stages.py [--runs 200]

Targets (issues 3-5): actors <= 5 ms; quotes + positions <= 5 ms; dates + meetings <= 10 ms
for a 500-word article.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from communique.article import load
from communique.pipeline import analyze
from communique.resources.lexicon import lexicon
from communique.stages.actors import find_actors
from communique.stages.dates import find_dates
from communique.stages.meetings import find_meetings
from communique.stages.positions import find_positions
from communique.stages.quotes import find_quotes
from communique.stages.sentences import split_sentences
from communique.textutil import fold

ROOT = Path(__file__).resolve().parent.parent


def median_ms(fn, runs: int) -> tuple[float, object]:
    out = None
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, out


def time_article(a, runs: int) -> tuple:
    text, lx = a.text, lexicon(a.language)
    ms_scan, atoms = median_ms(lambda: lx.scan(text, fold(text)), runs)
    ms_sent, sents = median_ms(lambda: split_sentences(text), runs)
    ms_act, act = median_ms(lambda: find_actors(text, sents, lx, a.published, atoms), runs)
    ms_dates, dates = median_ms(lambda: find_dates(text, a.language, a.published, sents), runs)
    ms_q, quotes = median_ms(lambda: find_quotes(text, sents, atoms, act, lx), runs)
    ms_m, _ = median_ms(
        lambda: find_meetings(text, sents, atoms, act, dates, lx, a.published), runs
    )
    ms_p, _ = median_ms(lambda: find_positions(text, sents, atoms, act, quotes, lx), runs)
    ms_all, _ = median_ms(lambda: analyze(a), max(20, runs // 5))
    return (
        Path(a.path).name,
        len(text.split()),
        ms_scan,
        ms_act,
        ms_q + ms_p,
        ms_dates + ms_m,
        ms_all,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    t0 = time.perf_counter()
    articles = [load(str(p)) for p in sorted((ROOT / "sample_articles").glob("*.md"))]
    for a in articles:
        analyze(a)  # warm every language's lexicon
    print(
        f"cold start (load + first analysis of {len(articles)} articles): {time.perf_counter() - t0:.2f} s"
    )
    rows = [time_article(a, args.runs) for a in articles]
    print(
        f"{'article':36s} {'words':>5s} {'scan':>6s} {'actors':>7s} {'quo+pos':>8s} {'dat+meet':>9s} {'analyze':>8s}  (ms)"
    )
    for r in rows:
        print(f"{r[0]:36s} {r[1]:5d} {r[2]:6.2f} {r[3]:7.2f} {r[4]:8.2f} {r[5]:9.2f} {r[6]:8.2f}")
    med = [statistics.median(c) for c in zip(*[r[2:] for r in rows], strict=True)]
    print(
        f"{'median':36s} {'':5s} {med[0]:6.2f} {med[1]:7.2f} {med[2]:8.2f} {med[3]:9.2f} {med[4]:8.2f}"
    )
    print(f"max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
