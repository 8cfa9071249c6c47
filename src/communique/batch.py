"""`communique batch`: analyse many articles (files and folders) into an output folder.

Inputs are expanded recursively (.md, .txt, .html, .htm; `*.gold.json`, hidden entries
and the output folder are skipped). Each article gets `NAME.json` and/or
`NAME.brief.md` in `--out`, keeping its subfolder relative to the folder it was found
in. Existing outputs are never overwritten without `--force`; every file is written
atomically (a temporary file in the same folder, then `os.replace`).

Work runs in a `ProcessPoolExecutor` (`--jobs`, default the CPU count; `--jobs 1` runs
in this process). Articles travel to the workers in chunks, and the workers write the
outputs themselves, so only paths and one-line results cross the process boundary.
One bad article never stops the batch: failures are collected and reported at the end,
and the exit status is 1 when any article failed.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.article import ArticleError, check_language, parse_date

EXTENSIONS = (".md", ".txt", ".html", ".htm")
GOLD_SUFFIX = ".gold.json"
MAX_CHUNK = 16
CHUNKS_PER_WORKER = 16

Analyzer = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Task:
    source: str  # the input file
    display: str  # how it is shown to the user
    outputs: tuple[tuple[str, str], ...]  # (kind: "json" | "md", output path)


@dataclass(frozen=True, slots=True)
class Options:
    date: str | None = None
    lang: str | None = None
    brief_lang: str | None = None
    force: bool = False


@dataclass(frozen=True, slots=True)
class Result:
    display: str
    status: str  # "ok" | "skipped" | "failed"
    reason: str = ""
    written: tuple[str, ...] = ()


@dataclass(slots=True)
class Tally:
    total: int
    done: int = 0
    analysed: int = 0
    skipped: int = 0
    failures: list[Result] = field(default_factory=list)


# -- finding the inputs -------------------------------------------------------------


def _is_input(name: str) -> bool:
    low = name.lower()
    return low.endswith(EXTENSIONS) and not low.endswith(GOLD_SUFFIX) and not name.startswith(".")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def discover(
    paths: Iterable[str], out_dir: Path
) -> tuple[list[tuple[Path, Path, int, str]], list[Result]]:
    """Input files as (file, path relative to its root, root index, root label), and errors."""
    out_real = out_dir.resolve()
    found: list[tuple[Path, Path, int, str]] = []
    errors: list[Result] = []
    seen: set[Path] = set()
    for i, raw in enumerate(paths):
        root = Path(raw)
        if not root.exists():
            errors.append(Result(raw, "failed", f"{raw}: no such file or folder"))
            continue
        if root.is_file():
            real = root.resolve()
            if root.name.lower().endswith(GOLD_SUFFIX) or _inside(real, out_real) or real in seen:
                continue
            seen.add(real)
            found.append((root, Path(root.name), i, root.resolve().parent.name or f"input{i}"))
            continue
        label = root.resolve().name or f"input{i}"
        for dirpath, dirnames, filenames in os.walk(root):
            here = Path(dirpath)
            dirnames[:] = sorted(
                d for d in dirnames if not d.startswith(".") and (here / d).resolve() != out_real
            )
            if _inside(here.resolve(), out_real):
                dirnames[:] = []
                continue
            for name in sorted(filenames):
                if not _is_input(name):
                    continue
                f = here / name
                real = f.resolve()
                if real in seen:
                    continue
                seen.add(real)
                found.append((f, f.relative_to(root), i, label))
    return found, errors


def plan_outputs(files: list[tuple[Path, Path, int, str]], out_dir: Path, fmt: str) -> list[Task]:
    """One Task per input, with output paths that never clash (case-insensitively)."""

    def candidates(rel: Path, index: int, label: str) -> list[Path]:
        stem = rel.parent / rel.stem
        full = rel.parent / rel.name
        return [stem, full, Path(label) / full, Path(f"{index + 1}-{label}") / full]

    options = [candidates(rel, i, label) for _, rel, i, label in files]
    choice = [0] * len(files)
    for level in range(1, 4):
        counts: dict[str, int] = {}
        for n, opts in enumerate(options):
            key = str(opts[choice[n]]).casefold()
            counts[key] = counts.get(key, 0) + 1
        clashes = [
            n for n, opts in enumerate(options) if counts[str(opts[choice[n]]).casefold()] > 1
        ]
        if not clashes:
            break
        for n in clashes:
            choice[n] = level
    kinds = {"json": ("json",), "md": ("md",), "both": ("json", "md")}.get(fmt, ("json", "md"))
    tasks = []
    for n, (f, _rel, _i, _label) in enumerate(files):
        base = out_dir / options[n][choice[n]]
        outs = tuple(
            (kind, str(base.parent / (base.name + (".json" if kind == "json" else ".brief.md"))))
            for kind in kinds
        )
        tasks.append(Task(source=str(f), display=str(f), outputs=outs))
    return tasks


# -- doing the work (in a worker or in-process) -------------------------------------


def _default_analyze(article):
    from communique.pipeline import analyze

    return analyze(article)


_UMASK: int | None = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK


def atomic_write(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and os.replace."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def process_one(task: Task, opts: Options, analyzer: Analyzer | None = None) -> Result:
    """Analyse one article and write its outputs; every failure becomes a Result."""
    try:
        from communique.article import load

        article = load(task.source, date_override=opts.date, lang_override=opts.lang)
        analysis = (analyzer or _default_analyze)(article)
        written: list[str] = []
        for kind, out in task.outputs:
            if not opts.force and os.path.exists(out):
                continue
            if kind == "json":
                text = analysis.to_json()
            else:
                from communique.brief import render_brief

                text = render_brief(analysis, lang=opts.brief_lang)
            atomic_write(out, text)
            written.append(out)
        return Result(task.display, "ok", written=tuple(written))
    except ArticleError as e:
        return Result(task.display, "failed", _one_line(str(e)))
    except Exception as e:  # one broken article never stops the batch
        return Result(task.display, "failed", _one_line(f"{type(e).__name__}: {e}"))


def process_chunk(
    tasks: list[Task], opts: Options, analyzer: Analyzer | None = None
) -> list[Result]:
    return [process_one(t, opts, analyzer) for t in tasks]


def _init_worker(extra_dirs: list[str]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from communique import resources

    known = {str(d) for d in resources._extra_dirs}
    for d in extra_dirs:
        if d not in known:
            resources.add_lexicon_dir(Path(d))


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "unknown error"


def chunked(tasks: list[Task], jobs: int) -> list[list[Task]]:
    size = max(1, min(MAX_CHUNK, math.ceil(len(tasks) / (jobs * CHUNKS_PER_WORKER))))
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _run_pool(
    tasks: list[Task], opts: Options, jobs: int, analyzer: Analyzer | None
) -> Iterator[list[Result]]:
    """Start the workers and submit every chunk now; results come from the iterator."""
    from communique import resources

    extra = [str(d) for d in resources._extra_dirs]
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(extra,))
    # every chunk is submitted (and, with fork, every worker started) before the
    # progress display starts its refresh thread
    pending = {
        executor.submit(process_chunk, chunk, opts, analyzer): chunk
        for chunk in chunked(tasks, jobs)
    }
    return _drain(executor, pending)


def _drain(executor: ProcessPoolExecutor, pending: dict) -> Iterator[list[Result]]:
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                chunk = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    yield [Result(t.display, "failed", "the worker process died") for t in chunk]
                except Exception as e:
                    yield [
                        Result(t.display, "failed", _one_line(f"{type(e).__name__}: {e}"))
                        for t in chunk
                    ]
    except BaseException:
        for proc in list(getattr(executor, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                proc.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _run_inline(
    tasks: list[Task], opts: Options, analyzer: Analyzer | None
) -> Iterator[list[Result]]:
    for task in tasks:
        yield [process_one(task, opts, analyzer)]


# -- the command --------------------------------------------------------------------


def run_batch(args, *, analyzer: Analyzer | None = None, stdout=None, stderr=None) -> int:
    """Run `communique batch`. Returns the exit status: 1 if any article failed, else 0.

    `analyzer` replaces `communique.pipeline.analyze` (it must be picklable: a
    module-level function) — for tests and benchmarks.
    """
    out_stream = stdout or sys.stdout
    err_stream = stderr or sys.stderr
    started = time.perf_counter()

    date_arg = getattr(args, "date", None)
    lang_arg = getattr(args, "lang", None)
    if date_arg:
        parse_date(date_arg, "--date")
    if lang_arg:
        check_language(lang_arg)
    brief_lang = getattr(args, "brief_lang", None)
    if brief_lang:
        check_language(brief_lang)
    fmt = getattr(args, "format", None) or "both"
    if fmt not in ("md", "json", "both"):
        raise ArticleError(f"--format {fmt}: choose md, json or both")
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise ArticleError(f"--out {out_dir}: not a folder")

    files, errors = discover(args.paths, out_dir)
    if not files and not errors:
        raise ArticleError(
            f"no articles ({', '.join(EXTENSIONS)}) found in {', '.join(map(str, args.paths))}"
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ArticleError(f"--out {out_dir}: cannot create ({e.strerror or e})") from None

    opts = Options(date=date_arg, lang=lang_arg, brief_lang=brief_lang, force=bool(args.force))
    tasks = plan_outputs(files, out_dir, fmt)
    todo: list[Task] = []
    skipped: list[Result] = []
    for t in tasks:
        missing = tuple((k, p) for k, p in t.outputs if opts.force or not os.path.exists(p))
        if missing:
            todo.append(Task(t.source, t.display, missing))
        else:
            skipped.append(Result(t.display, "skipped", "output exists (use --force to overwrite)"))

    jobs = getattr(args, "jobs", None) or os.cpu_count() or 1
    jobs = max(1, min(int(jobs), len(todo) or 1))
    if todo and analyzer is None:
        try:
            import communique.pipeline  # noqa: F401  (warm the import before forking workers)
        except ImportError as e:
            print(f"communique: the analyser is not available: {e}", file=err_stream)
            return 1

    tally = Tally(total=len(tasks) + len(errors))
    tty = _isatty(out_stream)
    batches = (
        _run_inline(todo, opts, analyzer) if jobs == 1 else _run_pool(todo, opts, jobs, analyzer)
    )
    if tty:
        _show_progress(batches, errors + skipped, tally, out_stream)
    else:
        for result in errors + skipped:
            _record(result, tally, out_stream)
        for results in batches:
            for result in results:
                _record(result, tally, out_stream)

    elapsed = time.perf_counter() - started
    if tally.failures:
        print(f"\n{len(tally.failures)} failed:", file=err_stream)
        for r in tally.failures:
            reason = r.reason if r.reason.startswith(r.display) else f"{r.display}: {r.reason}"
            print(f"  {reason}", file=err_stream)
    rate = tally.analysed / elapsed if elapsed > 0 else 0.0
    print(
        f"{tally.analysed} analysed, {tally.skipped} skipped, {len(tally.failures)} failed"
        f" in {elapsed:.1f} s ({rate:.1f} articles/s)",
        file=out_stream,
    )
    out_stream.flush()
    return 1 if tally.failures else 0


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _count(result: Result, tally: Tally) -> None:
    tally.done += 1
    if result.status == "ok":
        tally.analysed += 1
    elif result.status == "skipped":
        tally.skipped += 1
    else:
        tally.failures.append(result)


def _record(result: Result, tally: Tally, stream) -> None:
    """Plain progress: one line per article."""
    _count(result, tally)
    width = len(str(tally.total))
    line = f"[{tally.done:>{width}}/{tally.total}] {result.status:<7} {_safe(result.display)}"
    if result.status == "ok" and result.written:
        line += " -> " + ", ".join(_safe(w) for w in result.written)
    elif result.status == "skipped":
        line += f" ({result.reason})"
    elif result.status == "failed":
        line += f": {_safe(result.reason)}"
    print(line, file=stream, flush=True)


def _safe(text: str) -> str:
    from communique.brief import clean

    return clean(text).replace("\n", " ")


def _show_progress(batches, first: list[Result], tally: Tally, stream) -> None:
    """A rich progress bar (terminals only)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=stream, markup=False, highlight=False)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )
    with progress:
        bar = progress.add_task("analysing", total=tally.total)
        for result in first:
            _count(result, tally)
        progress.update(bar, completed=tally.done)
        for results in batches:
            for result in results:
                _count(result, tally)
            progress.update(bar, completed=tally.done)
