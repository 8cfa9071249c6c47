"""Benchmark `communique batch`: 1,000 synthetic ~500-word articles, --jobs 2 and --jobs 1.

The articles are recombined from the paragraphs of the sample articles (same language),
with person names swapped among those in the gold files and fresh publication dates,
so the analyser sees realistic text that is not the same few articles over and over.

    .venv/bin/python benchmarks/bench_batch.py [--count 1000] [--jobs 2 1] [--keep DIR]

Prints articles/s for each --jobs value (target: >= 100/s with 2 processes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
TARGET_WORDS = 500


def load_samples() -> dict[str, dict]:
    """Per language: paragraphs, person names and sources of the sample articles."""
    by_lang: dict[str, dict] = {}
    for md in sorted(SAMPLES.glob("*.md")):
        text = md.read_text(encoding="utf-8")
        meta: dict[str, str] = {}
        body = text
        if text.startswith("---"):
            head, _, body = text[3:].partition("\n---")
            for line in head.splitlines():
                if ":" in line:
                    k, v = line.split(":", 1)
                    meta[k.strip()] = v.strip()
        lang = meta.get("language") or md.name.split(".")[-2]
        slot = by_lang.setdefault(lang, {"paragraphs": [], "people": set(), "sources": set()})
        slot["paragraphs"] += [p.strip() for p in body.split("\n\n") if len(p.split()) >= 12]
        if meta.get("source"):
            slot["sources"].add(meta["source"])
        gold = md.with_name(md.name[: -len(".md")] + ".gold.json")
        if gold.exists():
            data = json.loads(gold.read_text(encoding="utf-8"))
            for actor in data.get("actors", []):
                if "person" in actor.get("kind", []) and len(actor["name"].split()) >= 2:
                    slot["people"].add(actor["name"])
    for slot in by_lang.values():
        slot["people"] = sorted(slot["people"])
        slot["sources"] = sorted(slot["sources"]) or ["Agencia"]
    return by_lang


def make_article(rng: random.Random, lang: str, slot: dict, n: int) -> str:
    paragraphs: list[str] = []
    words = 0
    pool = slot["paragraphs"]
    while words < TARGET_WORDS:
        p = rng.choice(pool)
        paragraphs.append(p)
        words += len(p.split())
    people = slot["people"]
    if len(people) >= 2:
        # swap a few full names (and their surnames) for other people of the same language
        for old in rng.sample(people, k=min(4, len(people))):
            new = rng.choice(people)
            old_last, new_last = old.split()[-1], new.split()[-1]
            paragraphs = [
                re.sub(rf"\b{re.escape(old_last)}\b", new_last, p.replace(old, new))
                for p in paragraphs
            ]
    published = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    title = " ".join(paragraphs[0].split()[:12]).rstrip(",.;:") + f" ({n})"
    front = [
        "---",
        f"title: {title}",
        f"date: {published.isoformat()}",
        f"source: {rng.choice(slot['sources'])}",
        f"language: {lang}",
        "---",
        "",
    ]
    return "\n".join(front) + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    samples = load_samples()
    langs = sorted(samples)
    total_words = 0
    for n in range(count):
        lang = langs[n % len(langs)]
        sub = folder / f"batch{n // 250:02}"  # a few subfolders, as a real archive would have
        sub.mkdir(parents=True, exist_ok=True)
        text = make_article(rng, lang, samples[lang], n)
        total_words += len(text.split())
        (sub / f"article-{n:04}.{lang}.md").write_text(text, encoding="utf-8")
    return total_words


def run_batch(src: Path, out: Path, jobs: int) -> tuple[float, str]:
    cmd = [
        sys.executable,
        "-m",
        "communique",
        "batch",
        str(src),
        "--out",
        str(out),
        "--jobs",
        str(jobs),
    ]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if r.returncode != 0:
        print(r.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"communique batch --jobs {jobs} failed with status {r.returncode}")
    return elapsed, r.stdout.strip().splitlines()[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[2, 1])
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    ns = ap.parse_args()

    base = Path(ns.keep) if ns.keep else Path(tempfile.mkdtemp(prefix="communique-bench-"))
    try:
        src = base / "articles"
        if src.exists():
            shutil.rmtree(src)
        words = generate(src, ns.count)
        print(f"{ns.count} articles, {words / ns.count:.0f} words on average, in {src}")
        results = {}
        for jobs in ns.jobs:
            out = base / f"out-jobs{jobs}"
            if out.exists():
                shutil.rmtree(out)
            elapsed, line = run_batch(src, out, jobs)
            rate = ns.count / elapsed
            results[jobs] = rate
            print(f"--jobs {jobs}: {elapsed:6.2f} s wall, {rate:7.1f} articles/s   [{line}]")
        if 2 in results:
            verdict = "meets" if results[2] >= 100 else "misses"
            print(f"target >= 100 articles/s with 2 processes: {verdict} ({results[2]:.1f}/s)")
    finally:
        if not ns.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
