"""Does the analysis time grow linearly with the article length?

Builds articles of 1x, 2x, 4x, 8x … the sample articles' bodies (concatenated paragraphs,
language by language), analyses each, and prints the time and the ratio to the previous
size. Linear cost shows ratios near 2.0 for each doubling; quadratic near 4.0.

    python benchmarks/bench_scaling.py [--max-words 200000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from communique.article import from_text, load
from communique.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent


def bodies(lang: str) -> list[str]:
    out = []
    for p in sorted((ROOT / "sample_articles").glob(f"*.{lang}.md")):
        out.append(load(str(p)).text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-words", type=int, default=200_000)
    ap.add_argument("--lang", default="es")
    args = ap.parse_args()
    base = "\n\n".join(bodies(args.lang))
    analyze(from_text(base, date_override="2022-01-01", lang_override=args.lang))  # warm up
    size, prev = 1, None
    print(f"{'words':>8} {'seconds':>8} {'ratio':>6}")
    while True:
        text = "\n\n".join([base] * size)
        words = len(text.split())
        if words > args.max_words:
            break
        art = from_text(text, date_override="2022-01-01", lang_override=args.lang)
        runs = []
        for _ in range(3 if words < 40_000 else 1):
            t0 = time.perf_counter()
            analyze(art)
            runs.append(time.perf_counter() - t0)
        t = statistics.median(runs)
        ratio = f"{t / prev:6.2f}" if prev else "     -"
        print(f"{words:8d} {t:8.3f} {ratio}")
        prev = t
        size *= 2


if __name__ == "__main__":
    main()
