"""`communique batch`: discovery, outputs, skipping, atomic writes, workers, failures."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from communique import batch
from communique.article import ArticleError
from communique.batch import Task, atomic_write, chunked, run_batch
from communique.model import Actor, Analysis, Span, contract_errors

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
HTML = Path(__file__).parent / "fixtures" / "html"
SUMMARY = re.compile(
    r"^(\d+) analysed, (\d+) skipped, (\d+) failed in [\d.]+ s \([\d.]+ articles/s\)$"
)


def fake_analyze(article):
    """A stand-in for the pipeline: one actor, and the worker's pid as a warning."""
    if "BOOM" in article.text:
        raise RuntimeError("boom in the analyser")
    first = article.text.split()[0]
    start = article.text.index(first)
    actor = Actor(
        "a1", first, "person", None, None, (Span.of(article.text, start, start + len(first)),)
    )
    return Analysis(article=article, actors=(actor,), warnings=(f"pid {os.getpid()}",))


def args(paths, out, **kw) -> Namespace:
    base = dict(
        paths=[str(p) for p in paths],
        out=str(out),
        format="both",
        jobs=1,
        force=False,
        date=None,
        lang=None,
    )
    base.update(kw)
    return Namespace(**base)


def run(a: Namespace, *, analyzer=fake_analyze, tty: bool = False) -> tuple[int, str, str]:
    class Out(io.StringIO):
        def isatty(self) -> bool:
            return tty

    out, err = Out(), io.StringIO()
    code = run_batch(a, analyzer=analyzer, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def summary(stdout: str) -> tuple[int, int, int]:
    m = SUMMARY.match(stdout.strip().splitlines()[-1])
    assert m, stdout
    return int(m[1]), int(m[2]), int(m[3])


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / ".hidden").mkdir()
    (src / "a.md").write_text(
        "---\ntitle: A\nlanguage: es\n---\n\nAlfa habló hoy con Beta.\n", encoding="utf-8"
    )
    (src / "sub" / "b.txt").write_text("Bravo met Charlie in Geneva today.\n", encoding="utf-8")
    (src / "sub" / "deeper" / "c.HTML").write_bytes(
        (HTML / "gobierno_comunicado.es.html").read_bytes()
    )
    (src / "sub" / "d.htm").write_bytes((HTML / "wire_jsonld.en.html").read_bytes())
    (src / "a.gold.json").write_text("{}", encoding="utf-8")
    (src / ".hidden" / "h.md").write_text("Hidden text.\n", encoding="utf-8")
    (src / "notes.pdf").write_bytes(b"%PDF")
    (src / "README").write_text("not an article extension\n", encoding="utf-8")
    return src


# -- discovery and outputs ----------------------------------------------------------


def test_batch_writes_one_output_per_article_keeping_subfolders(tree, tmp_path):
    out = tmp_path / "out"
    code, stdout, stderr = run(args([tree], out))
    assert code == 0, stderr
    produced = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert produced == [
        "a.brief.md",
        "a.json",
        "sub/b.brief.md",
        "sub/b.json",
        "sub/d.brief.md",
        "sub/d.json",
        "sub/deeper/c.brief.md",
        "sub/deeper/c.json",
    ]
    data = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert data["schema"] == "communique.analysis/1" and data["article"]["title"] == "A"
    assert contract_errors(data) == []
    html = json.loads((out / "sub" / "deeper" / "c.json").read_text(encoding="utf-8"))
    assert html["article"]["title"].startswith("Albares recibe en Madrid")
    brief = (out / "sub" / "b.brief.md").read_text(encoding="utf-8")
    assert brief.startswith("# ") and "communique" in brief.splitlines()[-1] and "b.txt" in brief
    assert summary(stdout) == (4, 0, 0)
    lines = stdout.strip().splitlines()[:-1]
    assert len(lines) == 4 and all(re.match(r"^\[\d/4\] ok ", line) for line in lines)


def test_formats(tree, tmp_path):
    run(args([tree], tmp_path / "j", format="json"))
    run(args([tree], tmp_path / "m", format="md"))
    assert {p.name for p in (tmp_path / "j").rglob("*") if p.is_file()} == {
        "a.json",
        "b.json",
        "c.json",
        "d.json",
    }
    assert {p.name for p in (tmp_path / "m").rglob("*") if p.is_file()} == {
        "a.brief.md",
        "b.brief.md",
        "c.brief.md",
        "d.brief.md",
    }


def test_output_folder_inside_the_input_is_not_read_back(tree):
    out = tree / "results"
    assert run(args([tree], out))[0] == 0
    code, stdout, _ = run(args([tree], out))
    assert code == 0
    assert summary(stdout) == (0, 4, 0)  # the .brief.md files in results/ are not inputs


def test_name_clashes_get_distinct_outputs(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    for folder in (one, two):
        (folder / "x.md").write_text(f"Texto de {folder.name}.\n", encoding="utf-8")
    (one / "x.txt").write_text("Otro texto.\n", encoding="utf-8")
    (one / "Y.md").write_text("Texto Y.\n", encoding="utf-8")
    (two / "y.md").write_text("Texto y.\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run(args([one, two], out, format="json"))
    assert code == 0, stderr
    produced = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert len(produced) == 5
    assert len({p.casefold() for p in produced}) == 5
    assert "x.txt.json" in produced
    texts = {json.loads((out / p).read_text(encoding="utf-8"))["article"]["text"] for p in produced}
    assert texts == {"Texto de one.", "Texto de two.", "Otro texto.", "Texto Y.", "Texto y."}


def test_explicit_files_and_gold_files(tree, tmp_path):
    out = tmp_path / "out"
    code, stdout, _ = run(
        args([tree / "a.md", tree / "a.gold.json", tree / "sub" / "b.txt"], out, format="json")
    )
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]


# -- skipping and --force -----------------------------------------------------------


def test_existing_outputs_are_skipped_unless_force(tree, tmp_path):
    out = tmp_path / "out"
    run(args([tree], out))
    (out / "a.json").write_text("KEEP", encoding="utf-8")
    code, stdout, _ = run(args([tree], out))
    assert code == 0
    assert summary(stdout) == (0, 4, 0)
    assert "skipped" in stdout and "--force" in stdout
    assert (out / "a.json").read_text(encoding="utf-8") == "KEEP"

    code, stdout, _ = run(args([tree], out, force=True))
    assert summary(stdout) == (4, 0, 0)
    assert (out / "a.json").read_text(encoding="utf-8").startswith("{")


def test_only_missing_outputs_are_written(tree, tmp_path):
    out = tmp_path / "out"
    run(args([tree], out))
    (out / "a.json").write_text("KEEP", encoding="utf-8")
    (out / "a.brief.md").unlink()
    code, stdout, _ = run(args([tree], out))
    assert summary(stdout) == (1, 3, 0)
    assert (out / "a.json").read_text(encoding="utf-8") == "KEEP"
    assert (out / "a.brief.md").read_text(encoding="utf-8").startswith("# A")


# -- failures -----------------------------------------------------------------------


def test_bad_files_are_reported_at_the_end_and_do_not_stop_the_batch(tree, tmp_path):
    (tree / "empty.md").write_text("   \n", encoding="utf-8")
    (tree / "boom.md").write_text("BOOM goes the analyser.\n", encoding="utf-8")
    (tree / "binary.txt").write_bytes(b"\x01\x02\x03\x04" * 200)
    (tree / "nothing.html").write_text(
        "<html><body><nav>Menu</nav></body></html>", encoding="utf-8"
    )
    out = tmp_path / "out"
    code, stdout, stderr = run(args([tree, tmp_path / "missing-folder"], out, format="json"))
    assert code == 1
    assert summary(stdout) == (4, 0, 5)
    assert "5 failed:" in stderr
    report = stderr.split("5 failed:", 1)[1]
    assert re.search(r"empty\.md: the article is empty", report)
    assert re.search(r"boom\.md: RuntimeError: boom in the analyser", report)
    assert re.search(r"binary\.txt: looks like a binary file", report)
    assert re.search(r"nothing\.html: no article text found in the page", report)
    assert re.search(r"missing-folder: no such file or folder", report)
    assert len(report.strip().splitlines()) == 5
    assert (out / "a.json").exists() and not (out / "boom.json").exists()
    assert "Traceback" not in stderr + stdout


def test_invalid_options_are_input_errors(tree, tmp_path):
    with pytest.raises(ArticleError, match="--date"):
        run(args([tree], tmp_path / "o", date="mañana"))
    with pytest.raises(ArticleError, match="unknown language"):
        run(args([tree], tmp_path / "o", lang="xx"))
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a folder"):
        run(args([tree], tmp_path / "file"))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ArticleError, match="no articles"):
        run(args([empty], tmp_path / "o"))


def test_date_and_lang_overrides_reach_every_article(tree, tmp_path):
    out = tmp_path / "out"
    run(args([tree / "sub" / "b.txt"], out, format="json", date="2020-05-06", lang="fr"))
    data = json.loads((out / "b.json").read_text(encoding="utf-8"))
    assert data["article"]["published"] == "2020-05-06" and data["article"]["language"] == "fr"


# -- atomic writes ------------------------------------------------------------------


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "d" / "x.json"
    atomic_write(target, "one")
    atomic_write(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.json"]
    assert (target.stat().st_mode & 0o777) == (0o666 & ~batch._umask())


def test_atomic_write_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "x.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_no_temp_files_left_after_a_batch(tree, tmp_path):
    out = tmp_path / "out"
    run(args([tree], out, jobs=2))
    assert not [p for p in out.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


# -- workers ------------------------------------------------------------------------


def test_chunks_are_small_and_cover_everything():
    tasks = [Task(str(i), str(i), ()) for i in range(1000)]
    chunks = chunked(tasks, 2)
    assert [t for c in chunks for t in c] == tasks
    assert max(len(c) for c in chunks) <= batch.MAX_CHUNK
    assert len(chunks) >= 2 * 4
    assert chunked(tasks[:3], 8) == [[tasks[0]], [tasks[1]], [tasks[2]]]


def test_process_pool_gives_the_same_outputs_as_in_process(tree, tmp_path):
    (tree / "boom.md").write_text("BOOM\n", encoding="utf-8")
    for i in range(30):
        (tree / f"n{i:02}.txt").write_text(f"Artículo{i} número {i}.\n", encoding="utf-8")
    code1, out1, _ = run(args([tree], tmp_path / "one", jobs=1, format="json"))
    code2, out2, err2 = run(args([tree], tmp_path / "two", jobs=3, format="json"))
    assert code1 == code2 == 1
    assert summary(out1) == summary(out2) == (34, 0, 1)
    assert "RuntimeError: boom in the analyser" in err2
    files1 = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.json"))
    files2 = sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.json"))
    assert files1 == files2 and len(files1) == 34
    pids = set()
    for rel in files2:
        d1 = json.loads((tmp_path / "one" / rel).read_text(encoding="utf-8"))
        d2 = json.loads((tmp_path / "two" / rel).read_text(encoding="utf-8"))
        assert d1["article"] == d2["article"] and d1["actors"] == d2["actors"]
        pids.add(d2["warnings"][0])
    assert f"pid {os.getpid()}" not in pids  # analysed in worker processes
    assert json.loads((tmp_path / "one" / "a.json").read_text())["warnings"] == [
        f"pid {os.getpid()}"
    ]


def test_tty_shows_a_progress_bar_instead_of_lines(tree, tmp_path):
    code, stdout, _ = run(args([tree], tmp_path / "out"), tty=True)
    assert code == 0
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stdout)
    assert "[1/4]" not in plain
    assert "━" in plain and "4/4" in plain
    assert summary(plain) == (4, 0, 0)


def test_missing_pipeline_is_reported_once(tree, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "communique.pipeline", None)
    code, stdout, stderr = run(args([tree], tmp_path / "out"), analyzer=None)
    assert code == 1 and "analyser is not available" in stderr


# -- end to end ---------------------------------------------------------------------


def test_cli_batch_end_to_end_on_the_samples(tmp_path):
    try:
        import communique.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"pipeline not importable: {e}")
    src = tmp_path / "samples"
    shutil.copytree(SAMPLES, src)
    shutil.copy(HTML / "periodico_og.es.html", src / "periodico.html")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "communique", "batch", str(src), "--out", str(out), "--jobs", "2"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    n = len(list(SAMPLES.glob("*.md"))) + 1
    assert summary(r.stdout) == (n, 0, 0)
    assert len(r.stdout.strip().splitlines()) == n + 1  # not a tty: one line per article
    jsons = sorted(out.glob("*.json"))
    assert len(jsons) == n and len(list(out.glob("*.brief.md"))) == n
    for p in jsons:
        assert contract_errors(json.loads(p.read_text(encoding="utf-8"))) == [], p.name
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and summary(again.stdout) == (0, n, 0)


def test_cli_batch_exit_code_with_a_bad_file(tmp_path):
    try:
        import communique.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"pipeline not importable: {e}")
    from communique.cli import main

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES / "blinken-wang-call.en.md", src)
    (src / "empty.md").write_text("", encoding="utf-8")
    assert main(["batch", str(src), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert main(["batch", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "out")]) == 1
    assert main(["batch", str(src), "--out", str(tmp_path / "out"), "--date", "bad"]) == 2
