"""The command line as a user meets it: exit codes, one-line errors, contract-valid output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique.cli import main
from communique.model import contract_errors

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_articles").glob("*.md"))


def run(*args, stdin: bytes | None = None, env=None):
    e = dict(os.environ, COMMUNIQUE_NO_TUI="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "communique", *args],
        input=stdin,
        capture_output=True,
        env=e,
        timeout=120,
    )


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.decode().startswith("communique ")
    for cmd in ([], ["extract"], ["eval"], ["batch"], ["brief"], ["read"]):
        r = run(*cmd, "--help")
        assert r.returncode == 0, cmd
        assert "usage:" in r.stdout.decode()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_extract_json_is_contract_valid(path, capsys):
    assert main(["extract", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert contract_errors(data) == []
    assert data["article"]["language"] == path.name.split(".")[-2]


def test_extract_is_deterministic(reference_path, capsys):
    main(["extract", str(reference_path)])
    first = capsys.readouterr().out
    main(["extract", str(reference_path)])
    assert capsys.readouterr().out == first


def test_extract_from_stdin_with_overrides():
    body = "Biden dijo que Washington no desplegará armas ofensivas en Ucrania.".encode()
    r = run("extract", "-", "--date", "2021-12-30", "--lang", "es", stdin=body)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["article"]["published"] == "2021-12-30"
    assert d["article"]["language"] == "es"
    assert contract_errors(d) == []


def test_output_file(tmp_path, reference_path):
    out = tmp_path / "a.json"
    assert main(["extract", str(reference_path), "-o", str(out)]) == 0
    assert contract_errors(json.loads(out.read_text())) == []


@pytest.mark.parametrize(
    "setup,args,message",
    [
        (None, ["extract", "{tmp}/missing.md"], "no such file"),
        (None, ["extract", "{tmp}"], "is a directory"),
        ("empty", ["extract", "{tmp}/empty.md"], "empty"),
        ("binary", ["extract", "{tmp}/bin.md"], "binary"),
        ("badfm", ["extract", "{tmp}/badfm.md"], "front matter"),
        ("ok", ["extract", "{tmp}/ok.md", "--lang", "klingon"], "unknown language"),
        ("ok", ["extract", "{tmp}/ok.md", "--date", "tomorrow"], "not an ISO date"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path, setup, args, message):
    files = {
        "empty": ("empty.md", b""),
        "binary": ("bin.md", bytes(range(256)) * 10),
        "badfm": ("badfm.md", b"---\ntitle: x\nno closing"),
        "ok": ("ok.md", "El canciller dijo que sí.".encode()),
    }
    if setup:
        name, data = files[setup]
        (tmp_path / name).write_bytes(data)
    r = run(*[a.format(tmp=tmp_path) for a in args])
    err = r.stderr.decode()
    assert r.returncode == 2
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_latin1_file_is_read(tmp_path):
    p = tmp_path / "latin.md"
    p.write_bytes("El presidente ruso, Vladímir Putin, habló con Biden.".encode("cp1252"))
    r = run("extract", str(p))
    assert r.returncode == 0
    assert "Vladímir Putin" in json.loads(r.stdout)["article"]["text"]


def test_bare_article_argument_prints_summary_when_not_a_tty(reference_path):
    r = run(str(reference_path))
    assert r.returncode == 0
    assert "Putin" in r.stdout.decode()


def test_eval_command_reports_scores(capsys):
    assert main(["eval", str(ROOT / "sample_articles")]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "contract errors 0" in out


def test_eval_on_folder_without_gold(tmp_path):
    r = run("eval", str(tmp_path))
    assert r.returncode == 2 and "no NAME.gold.json" in r.stderr.decode()
