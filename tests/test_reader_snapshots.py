"""SVG snapshots of the reader (pytest-textual-snapshot). Sync tests: snap_compare runs
its own event loop. Apps are built on hand-made analyses, without cursor blink or
animations; `--snapshot-update` rewrites tests/__snapshots__/ after a visual check."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
import reader_fixtures as fx

from communique.reader.app import FolderApp, ReaderApp


@pytest.fixture(autouse=True)
def stable_brief(monkeypatch):
    """A fixed brief renderer, so the export dialog never depends on communique.brief."""
    module = types.ModuleType("communique.brief")
    module.render_brief = lambda analysis, lang=None: "# brief\n"
    monkeypatch.setitem(sys.modules, "communique.brief", module)


def reader(analysis=None) -> ReaderApp:
    analysis = analysis or fx.reference_analysis()
    return ReaderApp(analysis.article, analysis=analysis, quiet=True)


def test_main_screen(snap_compare):
    assert snap_compare(reader(), press=["n", "n"], terminal_size=(120, 40))


def test_main_screen_80x24(snap_compare):
    assert snap_compare(reader(), press=["right_square_bracket"], terminal_size=(80, 24))


def test_focus_mode(snap_compare):
    assert snap_compare(reader(), press=["n", "f"], terminal_size=(120, 40))


def test_search(snap_compare):
    assert snap_compare(
        reader(), press=["slash", *"rusia", "enter", "enter"], terminal_size=(120, 40)
    )


def test_summary_evidence(snap_compare):
    assert snap_compare(reader(), press=["tab", *["j"] * 12, "enter"], terminal_size=(120, 40))


def test_help(snap_compare):
    assert snap_compare(reader(), press=["question_mark"], terminal_size=(120, 40))


def test_export_dialog(snap_compare):
    assert snap_compare(reader(), press=["e"], terminal_size=(120, 40))


def test_markup_is_literal(snap_compare):
    assert snap_compare(reader(fx.hostile_analysis()), press=["n"], terminal_size=(100, 20))


def test_folder_list(snap_compare, monkeypatch, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("putin-biden-call.es.md", "blinken-wang-call.en.md", "borrell-visita-rabat.es.md"):
        (folder / name).write_bytes((fx.ROOT / "sample_articles" / name).read_bytes())
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "undated.txt").write_text(
        "Sin fecha: el ministro habló con la prensa.", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)

    async def wait(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    app = FolderApp(
        Path("news"), quiet=True, analyzer=lambda article: fx.reference_analysis(article)
    )
    assert snap_compare(app, terminal_size=(120, 16), run_before=wait)
