"""Pilot tests of the reader (communique.reader): layout, every binding, safety, folder mode.

Analyses are built by hand (tests/reader_fixtures.py) so these tests do not depend on
the extraction stages; one test runs the real pipeline on the reference article.
"""

from __future__ import annotations

import asyncio
import functools
import html
import json
import re
import sys
import threading
import types
from dataclasses import replace
from pathlib import Path

import pytest
import reader_fixtures as fx
from textual.binding import Binding
from textual.command import CommandPalette
from textual.widgets import Checkbox, Footer, Input, LoadingIndicator, RadioButton

from communique.model import Analysis, Article
from communique.reader.app import FolderApp, ReaderApp
from communique.reader.index import ReaderIndex, display_text, split_paragraphs
from communique.reader.screens.export import ExportScreen
from communique.reader.screens.folder import ArticleTable, FolderScreen, scan_folder
from communique.reader.screens.help import HelpScreen, HelpScroll
from communique.reader.screens.reader import HELP_NOTES, ReaderScreen, default_export_paths
from communique.reader.widgets.article import ArticlePane, Paragraph
from communique.reader.widgets.search import SearchBox
from communique.reader.widgets.summary import Legend, SummaryList

SIZE = (120, 40)


def run_async(fn):
    """Run an async test with asyncio.run (no pytest-asyncio needed)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


def make_app(analysis: Analysis | None = None, **kwargs) -> ReaderApp:
    analysis = analysis or fx.reference_analysis()
    return ReaderApp(analysis.article, analysis=analysis, quiet=True, **kwargs)


def capture_notes(app) -> list[str]:
    notes: list[str] = []
    original = app.notify

    def notify(message, *args, **kwargs):
        notes.append(str(message))
        return original(message, *args, **kwargs)

    app.notify = notify
    return notes


def option_ids(summary: SummaryList) -> list[str]:
    return [o.id for o in summary.options]


def spans_of(paragraph: Paragraph) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.style) for s in paragraph.content.spans if isinstance(s.style, str)]


def screen_text(app) -> str:
    """The visible screen as plain text, one line per row (from the SVG screenshot)."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(
        r'<text class="terminal-[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg
    ):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text).replace("\xa0", " ")))
    lines = []
    for _, parts in sorted(rows.items()):
        line = ""
        for x, text in sorted(parts):
            line = line.ljust(round(x / 12.2)) + text
        lines.append(line)
    return "\n".join(lines)


@pytest.fixture
def fake_brief(monkeypatch):
    module = types.ModuleType("communique.brief")
    calls = []

    def render_brief(analysis, lang=None):
        calls.append((analysis, lang))
        return f"# {analysis.article.title}\n\nfake brief\n"

    module.render_brief = render_brief
    module.calls = calls
    monkeypatch.setitem(sys.modules, "communique.brief", module)
    return module


@pytest.fixture
def no_brief(monkeypatch):
    monkeypatch.setitem(sys.modules, "communique.brief", None)  # import raises ImportError


# ---------------------------------------------------------------------------------------
# the index (pure)


def test_display_text_keeps_offsets_and_shows_controls():
    raw = "a\x1b[31mb\x07c\td\r\x9b\u202eé"
    shown = display_text(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert shown.startswith("a␛[31mb␇c d")
    assert display_text("one\ntwo\n- item\n- item") == "one two\n- item\n- item"


def test_index_paragraphs_marks_and_search():
    analysis = fx.reference_analysis()
    index = ReaderIndex(analysis.article, analysis)
    text = analysis.article.text
    assert len(index.paragraphs) == len(re.split(r"\n\s*\n", text.strip()))
    assert index.mentions == sorted(index.mentions, key=lambda m: (m.start, -m.end))
    putin = index.actor_marks["putin"]
    assert [index.mention_number[m.id] for m in putin] == [(i, 4) for i in range(1, 5)]
    for p, marks in enumerate(index.marks_by_para):
        para = index.paragraphs[p]
        assert all(m.start < para.end and m.end > para.start for m in marks)
    hits = index.search("rusia")
    assert len(hits) == text.count("Rusia")
    assert [text[h.start : h.end] for h in index.search("CONSEJO otan")] == ["Consejo OTAN"]
    assert index.search("ginebra")[0].start == text.index("Ginebra")
    assert index.search("estan") == []  # nothing, no crash
    assert index.search("   ") == []


def test_split_paragraphs_offsets():
    text = "First para\nstill first.\n\n  \nSecond.\n\nThird"
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == [
        "First para\nstill first.",
        "Second.",
        "Third",
    ]


def test_every_binding_has_an_id():
    from communique.reader.screens.folder import FolderScreen

    for cls in (
        ReaderScreen,
        ArticlePane,
        SummaryList,
        SearchBox,
        HelpScreen,
        HelpScroll,
        ExportScreen,
        FolderScreen,
        ArticleTable,
    ):
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (cls, binding)


def test_default_export_paths(tmp_path):
    article = Article(text="x", path=str(tmp_path / "story.es.md"))
    assert default_export_paths(article) == (
        tmp_path / "story.es.brief.md",
        tmp_path / "story.es.json",
    )
    stdin = Article(text="x", title="Hola, Mundo!")
    assert default_export_paths(stdin, cwd=tmp_path) == (
        tmp_path / "hola-mundo.brief.md",
        tmp_path / "hola-mundo.json",
    )


# ---------------------------------------------------------------------------------------
# layout


@run_async
async def test_layout_header_panes_summary_legend_footer():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        header = str(screen.query_one("#header").content)
        assert (
            header
            == "Putin y Biden discuten por teléfono las propuestas de seguridad de Rusia · seed document · 2021-12-30 · es"
        )
        pane = screen.pane
        assert app.focused is pane
        paragraphs = list(pane.query(Paragraph))
        assert len(paragraphs) == 10
        # article ~60 %, summary ~40 %
        assert 0.55 < pane.size.width / SIZE[0] < 0.65
        # highlighted by kind: component classes
        first = spans_of(paragraphs[0])
        assert (20, 34, ".mention--person") in first
        assert any(style == ".mention--organization" for *_, style in first)
        assert any(style == ".mention--country" for *_, style in first)
        assert any(style == ".quote" for *_, style in spans_of(paragraphs[1]))
        ids = option_ids(screen.summary)
        assert ids[0] == "h:actors"
        assert (
            ids.index("h:actors")
            < ids.index("h:meetings")
            < ids.index("h:positions")
            < ids.index("h:quotes")
        )
        # actors: most mentioned first, with role, country, kind and count
        assert ids[1] == "actor:rusia"
        putin = str(screen.summary.get_option("actor:putin").prompt)
        assert putin == "Vladimir Putin  ×4  persona\n  presidente de Rusia · RU"
        # meetings: a timeline, undated last ("sin fecha" in Spanish)
        meetings = [i for i in ids if i.startswith("meeting:")]
        assert meetings == ["meeting:m4", "meeting:m1", "meeting:m2", "meeting:m3", "meeting:m5"]
        assert str(screen.summary.get_option("meeting:m2").prompt).startswith(
            "2022-01-09–10 · negociación · prevista\n  Ginebra"
        )
        assert (
            str(screen.summary.get_option("meeting:m3").prompt).splitlines()[1]
            == "  Bruselas · Consejo OTAN-Rusia"
        )
        assert str(screen.summary.get_option("meeting:m5").prompt).startswith(
            "sin fecha · negociación · prevista"
        )
        # positions grouped by actor; quotes with their speaker
        groups = [
            str(o.prompt) for o in screen.summary.options if (o.id or "").startswith("h:pos:")
        ]
        assert groups == ["Vladimir Putin", "Joe Biden", "Vladimir Putin y Joe Biden"]
        assert str(screen.summary.get_option("quote:q2").prompt) == "«grave error» — Vladimir Putin"
        assert str(screen.summary.get_option("quote:q4").prompt).endswith("— sin atribuir")
        legend = str(screen.query_one(Legend).content)
        assert legend.startswith("Leyenda: persona organización país lugar grupo «cita»")
        assert screen.query_one(Footer).display
        assert screen.status_text.startswith("10 actores · 5 reuniones · 5 posiciones · 4 citas")
        text = screen_text(app)
        footer = text.splitlines()[-1]
        assert footer.startswith(
            "n N Entity ] [ Quote f Focus / Search e Export c Copy ? Help q Quit"
        )
        assert footer.endswith("^p palette")


@run_async
async def test_english_article_labels():
    base = fx.reference_analysis()
    article = replace(base.article, language="en")
    analysis = replace(base, article=article)
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        summary = app.reader.summary
        assert str(summary.get_option("meeting:m5").prompt).startswith(
            "undated · negotiation · planned"
        )
        assert str(summary.get_option("h:actors").prompt) == "Actors (10)"
        await pilot.press("n")
        assert app.reader.status_text == "Vladimir Putin · presidente de Rusia · mention 1/4"


@run_async
async def test_narrow_terminal_80x24():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "n")
        screen = app.reader
        assert screen.status_text == "Rusia · RU · mención 1/9"
        assert screen.pane.is_offset_visible(screen.active.start)


# ---------------------------------------------------------------------------------------
# keyboard


@run_async
async def test_tab_moves_focus_between_panes():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        assert app.focused is screen.pane
        await pilot.press("tab")
        assert app.focused is screen.summary
        await pilot.press("tab")
        assert app.focused is screen.pane  # the hidden search box is skipped
        await pilot.press("shift+tab")
        assert app.focused is screen.summary
        await pilot.press("shift+tab")
        assert app.focused is screen.pane


@run_async
async def test_n_and_N_walk_entities_in_reading_order():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        text = screen.article.text
        await pilot.press("n")
        assert text[screen.active.start : screen.active.end] == "Vladimir Putin"
        assert screen.status_text == "Vladimir Putin · presidente de Rusia · mención 1/4"
        assert (20, 34, ".active") in spans_of(screen.pane.paragraphs[0])
        await pilot.press("n", "n")
        assert screen.status_text == "Rusia · RU · mención 1/9"
        await pilot.press("N")
        assert screen.status_text == "Joe Biden · presidente de Estados Unidos · mención 1/3"
        # the previous active mark is no longer drawn active
        actives = [s for s in spans_of(screen.pane.paragraphs[0]) if s[2] == ".active"]
        assert len(actives) == 1 and text[actives[0][0] : actives[0][1]] == "Joe Biden"
        # N from the first mention wraps to the last one and scrolls it into view
        await pilot.press("N", "N")
        last = screen.index.mentions[-1]
        assert screen.active == last
        assert screen.pane.scroll_y > 0
        assert screen.pane.is_offset_visible(last.start)
        await pilot.press("n")
        assert screen.active == screen.index.mentions[0]


@run_async
async def test_n_scrolls_long_article_and_restyles_only_touched_paragraphs():
    analysis = fx.big_analysis(20000)
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        pane = screen.pane
        assert len(pane.paragraphs) > 500
        await pilot.press("G")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y > 1000
        before = pane.restyle_count
        await pilot.press(*["n"] * 20)
        # n starts from the visible part of the article, not from the top
        assert screen.active.start > len(analysis.article.text) * 0.9
        # each step restyles only the paragraphs it touches (the speed itself is measured by
        # benchmarks/bench_reader.py, never by a timed test)
        assert pane.restyle_count - before <= 2 * 20
        await pilot.press("g")
        assert pane.scroll_y == 0
        await pilot.press("right_square_bracket")
        assert screen.active.kind == "quote"
        assert pane.is_offset_visible(screen.active.start)


@run_async
async def test_quote_navigation():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        await pilot.press("right_square_bracket")
        assert screen.active.kind == "quote" and screen.active.ref == "q1"
        assert screen.status_text.startswith("Cita 1/4 · Kremlin · directa: «Ambos líderes")
        await pilot.press("right_square_bracket")
        assert screen.active.ref == "q2"
        assert screen.status_text == "Cita 2/4 · Vladimir Putin · parcial: «grave error»"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.active.ref == "q4"  # wrapped
        assert screen.pane.is_offset_visible(screen.active.start)


@run_async
async def test_enter_on_summary_item_jumps_to_evidence():
    analysis = fx.reference_analysis()
    app = make_app(analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        screen = app.reader
        await pilot.press("tab")
        summary = screen.summary
        assert summary.highlight_id("meeting:m2")
        await pilot.pause()
        assert screen.status_text.startswith("Reunión · negociación · 2022-01-09–10 · Ginebra")
        await pilot.press("enter")
        meeting = next(m for m in analysis.meetings if m.id == "m2")
        assert screen.active.kind == "evidence"
        assert (screen.active.start, screen.active.end) == (
            meeting.evidence.start,
            meeting.evidence.end,
        )
        assert app.focused is summary
        p = screen.index.para_of(meeting.evidence.start)
        styles = [s[2] for s in spans_of(screen.pane.paragraphs[p])]
        assert ".evidence" in styles and ".active" in styles
        assert screen.pane.scroll_y > 0 and screen.pane.is_offset_visible(meeting.evidence.start)
        # enter on an actor: its first mention, then the next one
        summary.highlight_id("actor:biden")
        await pilot.press("enter")
        assert screen.status_text == "Joe Biden · presidente de Estados Unidos · mención 1/3"
        await pilot.press("enter")
        assert screen.status_text == "Joe Biden · presidente de Estados Unidos · mención 2/3"
        # a quote and a position
        summary.highlight_id("quote:q3")
        await pilot.press("enter")
        assert screen.active.kind == "quote" and screen.active.ref == "q3"
        summary.highlight_id("position:p3")
        await pilot.press("enter")
        assert screen.active.ref == "position:p3"
        assert screen.status_text.startswith(
            "Posición · Joe Biden (promise): Washington no desplegará"
        )


@run_async
async def test_summary_keys_j_k_g_G_pages():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        summary = screen.summary
        await pilot.press("tab")
        assert summary.highlighted_option.id == "actor:rusia"
        await pilot.press("j")
        assert summary.highlighted_option.id == "actor:putin"
        assert (
            screen.status_text
            == "Vladimir Putin · persona · presidente de Rusia · RU · 4 menciones"
        )
        await pilot.press("k")
        assert summary.highlighted_option.id == "actor:rusia"
        await pilot.press("G")
        assert summary.highlighted_option.id == "quote:q4"
        assert summary.scroll_y == summary.max_scroll_y > 0
        await pilot.press("g")
        assert summary.highlighted_option.id == "actor:rusia"
        assert summary.scroll_y == 0
        await pilot.press("pagedown")
        assert summary.highlighted > 10
        await pilot.press("pageup")
        assert summary.highlighted_option.id == "actor:rusia"


@run_async
async def test_article_scroll_keys():
    app = make_app(fx.big_analysis(3000))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.reader.pane
        await pilot.press("j", "j")
        assert pane.scroll_y == 2
        await pilot.press("k")
        assert pane.scroll_y == 1
        await pilot.press("pagedown")
        assert pane.scroll_y > 20
        await pilot.press("pageup")
        assert pane.scroll_y <= 1
        await pilot.press("G")
        assert pane.scroll_y == pane.max_scroll_y
        await pilot.press("g")
        assert pane.scroll_y == 0
        await pilot.press("space")
        assert pane.scroll_y > 20


@run_async
async def test_enter_on_active_mention_selects_its_actor():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        await pilot.press("enter")  # nothing active yet: a hint, no crash
        assert "n/N" in screen.status_text
        await pilot.press("n", "n", "enter")
        assert app.focused is screen.summary
        assert screen.summary.highlighted_option.id == "actor:biden"
        await pilot.press("tab", "right_square_bracket", "enter")
        assert screen.summary.highlighted_option.id == "quote:q1"


@run_async
async def test_focus_mode():
    analysis = fx.reference_analysis()
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        notes = capture_notes(app)
        await pilot.press("f")  # nothing active: a hint
        assert screen.focus_actor is None and "No actor selected" in screen.status_text
        await pilot.press("n", "f")
        assert screen.focus_actor == "putin"
        assert screen.has_class("-focus")
        ids = option_ids(screen.summary)
        assert [i for i in ids if not i.startswith("h:")] == [
            "actor:putin",
            "meeting:m4",
            "meeting:m1",
            "position:p1",
            "position:p4",
            "position:p5",
            "quote:q2",
            "quote:q3",
        ]
        # only Putin's mentions and quotes stay highlighted
        text = analysis.article.text
        for paragraph in screen.pane.paragraphs:
            for start, end, style in spans_of(paragraph):
                shown = text[paragraph.para.start + start : paragraph.para.start + end]
                if style.startswith(".mention"):
                    assert "Putin" in shown, shown
        assert not any(
            s[2] == ".quote" for s in spans_of(screen.pane.paragraphs[1])
        )  # the Kremlin's quote
        assert screen.status_text.startswith("Foco: Vladimir Putin ▸ Vladimir Putin")
        # n walks Putin's mentions only
        await pilot.press("n", "n", "n", "n")
        assert screen.active == screen.index.actor_marks["putin"][0]
        await pilot.press("right_square_bracket")
        assert screen.active.ref == "q2"
        await pilot.press("f")
        assert screen.focus_actor is None and not screen.has_class("-focus")
        assert len(option_ids(screen.summary)) > 30
        # f on an actor chosen in the summary, escape clears
        await pilot.press("tab")
        screen.summary.highlight_id("actor:kremlin")
        await pilot.press("f")
        assert screen.focus_actor == "kremlin"
        assert screen.active is None  # Putin's quote is not the Kremlin's
        assert [i for i in option_ids(screen.summary) if not i.startswith("h:")] == [
            "actor:kremlin",
            "quote:q1",
        ]
        await pilot.press("escape")
        assert screen.focus_actor is None
        assert not notes


@run_async
async def test_search_with_next_and_previous_match():
    analysis = fx.reference_analysis()
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        box = screen.query_one(SearchBox)
        assert not box.display
        await pilot.press("slash")
        assert box.display and app.focused is box
        await pilot.press(*"rusia")
        text = analysis.article.text
        assert len(screen.matches) == text.count("Rusia") == 9
        assert screen.status_text == "«rusia» · 9 × coincidencia"
        assert any(s[2] == ".match" for s in spans_of(screen.pane.paragraphs[0]))
        await pilot.press("enter")
        assert screen.match_index == 0 and app.focused is box
        assert screen.status_text == "«rusia» · coincidencia 1/9"
        await pilot.press("enter", "down")
        assert screen.match_index == 2
        await pilot.press("shift+enter")
        assert screen.match_index == 1
        await pilot.press("up", "up")
        assert screen.match_index == 8  # wrapped
        assert screen.pane.is_offset_visible(screen.matches[8].start)
        # escape closes the box, the search stays: n / N step through matches
        await pilot.press("escape")
        assert not box.display and app.focused is screen.pane
        assert screen_text(app).splitlines()[-1].startswith("n N Match ] [ Quote")
        await pilot.press("n")
        assert screen.match_index == 0
        await pilot.press("N", "N")
        assert screen.match_index == 7
        # escape clears the search, n is back to entities
        await pilot.press("escape")
        assert screen.search_query == "" and screen.matches == []
        assert not any(
            s[2].startswith(".match") for p in screen.pane.paragraphs for s in spans_of(p)
        )
        await pilot.press("n")
        assert screen.active.kind == "mention"
        # accent-insensitive, no matches handled
        await pilot.press("slash", *"genève")
        assert screen.status_text == "«genève» · sin coincidencias"
        await pilot.press("enter")
        assert screen.match_index == -1
        await pilot.press("ctrl+a", "ctrl+k", *"atlantico", "enter")
        assert text[screen.matches[0].start : screen.matches[0].end] == "Atlántico"


@run_async
async def test_export_writes_markdown_next_to_the_article(tmp_path, fake_brief):
    base = fx.reference_analysis()
    article = replace(base.article, path=str(tmp_path / "putin.es.md"))
    analysis = replace(base, article=article)
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = capture_notes(app)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        path_input = app.screen.query_one("#export-path", Input)
        assert app.focused is path_input
        assert path_input.value == str(tmp_path / "putin.es.brief.md")
        assert app.screen.query_one("#format-md", RadioButton).value
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        written = tmp_path / "putin.es.brief.md"
        assert (
            written.read_text(encoding="utf-8")
            == "# Putin y Biden discuten por teléfono las propuestas de seguridad de Rusia\n\nfake brief\n"
        )
        assert fake_brief.calls == [(analysis, None)]
        assert notes == [f"Wrote {written}"]


@run_async
async def test_export_refuses_to_overwrite_without_confirmation(tmp_path, fake_brief):
    base = fx.reference_analysis()
    article = replace(base.article, path=str(tmp_path / "a.md"))
    app = make_app(replace(base, article=article))
    existing = tmp_path / "a.brief.md"
    existing.write_text("keep me", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e", "enter")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert existing.read_text(encoding="utf-8") == "keep me"
        message = str(dialog.query_one("#export-message").content)
        assert "already exists" in message and "Overwrite" in message
        overwrite = dialog.query_one("#export-overwrite", Checkbox)
        assert app.focused is overwrite and not overwrite.value
        await pilot.press("space")
        assert overwrite.value
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ReaderScreen)
        assert existing.read_text(encoding="utf-8").endswith("fake brief\n")


@run_async
async def test_export_json_and_cancel(tmp_path, fake_brief):
    base = fx.reference_analysis()
    analysis = replace(base, article=replace(base.article, path=str(tmp_path / "a.md")))
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        assert list(tmp_path.iterdir()) == []
        await pilot.press("e")
        dialog = app.screen
        await pilot.click("#format-json")
        await pilot.pause()
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "a.json")
        await pilot.click("#export-ok")
        await pilot.pause()
        data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        assert Analysis.from_dict(data) == Analysis.from_json(analysis.to_json())


@run_async
async def test_export_falls_back_to_json_without_brief_module(tmp_path, no_brief):
    base = fx.reference_analysis()
    analysis = replace(base, article=replace(base.article, path=str(tmp_path / "a.md")))
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = capture_notes(app)
        await pilot.press("e")
        dialog = app.screen
        assert any("JSON only" in n for n in notes)
        assert dialog.query_one("#format-md", RadioButton).disabled
        assert dialog.query_one("#format-json", RadioButton).value
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "a.json")
        await pilot.press("enter")
        assert (tmp_path / "a.json").exists()


@run_async
async def test_copy_brief_to_clipboard(fake_brief):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = capture_notes(app)
        await pilot.press("c")
        assert app.clipboard.endswith("fake brief\n")
        assert notes and notes[-1].startswith("Copied the brief to the clipboard (4 lines)")


@run_async
async def test_copy_without_brief_module_copies_json(no_brief):
    analysis = fx.reference_analysis()
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = capture_notes(app)
        await pilot.press("c")
        assert json.loads(app.clipboard)["schema"] == "communique.analysis/1"
        assert any("unavailable" in n for n in notes)
        assert notes[-1].startswith("Copied the analysis JSON")


@run_async
async def test_help_lists_every_binding_and_the_legend():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").content)
        for cls in (ReaderScreen, ArticlePane, SummaryList, SearchBox):
            for binding in cls.BINDINGS:
                if binding.id == "reader.back":
                    continue  # folder mode only
                assert HELP_NOTES.get(binding.id, binding.description) in keys, binding
        for needle in (
            "^p",
            "Command palette",
            "  /  ",
            "  ]  ",
            "  [  ",
            "  N  ",
            "  ?  ",
            "  esc  ",
        ):
            assert needle in keys, needle
        assert "Mouse" in keys and "click" in keys
        legend = str(app.screen.query_one(Legend).content)
        assert "persona" in legend and "«cita»" in legend
        await pilot.press("j")
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("question_mark", "question_mark")
        assert isinstance(app.screen, ReaderScreen)


@run_async
async def test_help_shows_the_users_keymap():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.set_keymap({"reader.next_mention": "x"})
        await pilot.press("x")
        assert app.reader.active is not None
        await pilot.press("question_mark")
        keys = str(app.screen.query_one("#help-keys").content)
        assert "  x " in keys


@run_async
async def test_command_palette_goes_to_actor_meeting_quote():
    analysis = fx.reference_analysis()
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        titles = [t for t, _, _ in screen.goto_commands()]
        assert "Go to actor: Joe Biden" in titles
        assert "Go to meeting: negociación · 2022-01-09–10 · Ginebra" in titles
        assert any(t.startswith("Go to quote: Vladimir Putin «grave error»") for t in titles)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"actor joe")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert screen.status_text == "Joe Biden · presidente de Estados Unidos · mención 1/3"
        await pilot.press("ctrl+p", *"meeting ginebra")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active.ref == "meeting:m2"
        await pilot.press("ctrl+p", *"quote grave")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active.ref == "q2"


@run_async
async def test_q_quits():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@run_async
async def test_click_on_a_mention_selects_it():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        first = screen.pane.paragraphs[0]
        # "El presidente ruso, Vladimir Putin" — column 25 is inside "Vladimir Putin"
        assert await pilot.click(first, offset=(25, 0))
        await pilot.pause()
        assert screen.active == screen.index.mentions[0]
        assert screen.status_text == "Vladimir Putin · presidente de Rusia · mención 1/4"
        # a click on a quote selects the quote
        await pilot.click(screen.pane.paragraphs[1], offset=(5, 0))
        await pilot.pause()
        assert screen.active.kind == "quote"
        # and a click on an item of the summary jumps to its evidence
        summary = screen.summary
        index = summary.get_option_index("actor:ginebra")
        summary.highlighted = index
        summary.action_select()
        await pilot.pause()
        assert screen.status_text == "Ginebra · CH · mención 1/1"


# ---------------------------------------------------------------------------------------
# safety


@run_async
async def test_markup_actions_and_escape_codes_are_shown_literally():
    analysis = fx.hostile_analysis()
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        paragraphs = screen.pane.paragraphs
        text = analysis.article.text
        for p in paragraphs:
            plain = p.content.plain
            assert len(plain) == p.para.end - p.para.start
            assert "\x1b" not in plain and "\x07" not in plain
        assert paragraphs[0].content.plain.startswith(
            "[bold]Not bold[/bold] and [@click=app.quit]not a link[/]"
        )
        assert "␛[31mred?␛[0m bell␇ and a tab here" in paragraphs[1].content.plain
        # offsets still index the text: the second "Ana Pérez" after the escape codes
        second = screen.index.actor_marks["ana"][1]
        assert text[second.start : second.end] == "Ana Pérez"
        shown = screen_text(app)
        assert "[bold]Not bold[/bold]" in shown and "[@click=app.quit]not a link[/]" in shown
        assert "[link=https://example.com]x[/link] and $accent variables" in shown
        assert "[b]Markup[/b] in ␛[1mtitle" in shown and "[red]src" in shown
        assert "Ana [i]Pérez[/i]" in shown
        # clicking the fake action runs nothing
        await pilot.click(paragraphs[0], offset=(30, 0))
        await pilot.pause()
        assert app.is_running and app.return_code is None and screen.active is None
        # the real highlight next to it still works
        await pilot.click(paragraphs[0], offset=(45, 0))
        await pilot.pause()
        assert screen.active.kind == "quote"
        await pilot.press("n", "n", "n")
        assert screen.status_text == "Ana [i]Pérez[/i] · minister · mention 2/2"


@run_async
async def test_notifications_and_command_palette_never_parse_markup():
    analysis = replace(fx.hostile_analysis(), warnings=("[@click=app.quit]warning[/] [bold]x",))
    app = make_app(analysis)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert toasts == ["Analysis\n[@click=app.quit]warning[/] [bold]x"]
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)  # discovery hits: every command, help included
        await pilot.press(*"ana")
        await pilot.pause(0.3)
        shown = screen_text(app)
        assert "Go to actor: Ana [i]Pérez[/i]" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.is_running
        assert app.reader.status_text == "Ana [i]Pérez[/i] · minister · mention 1/2"


# ---------------------------------------------------------------------------------------
# the analysis worker


@run_async
async def test_analysis_runs_in_a_worker_with_a_loading_indicator():
    analysis = fx.reference_analysis()
    release = threading.Event()
    threads = []

    def slow_analyzer(article):
        threads.append(threading.current_thread())
        release.wait(5)
        return analysis

    app = ReaderApp(analysis.article, analyzer=slow_analyzer, quiet=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        assert screen.query_one(LoadingIndicator).display
        assert not screen.summary.display
        assert len(screen.pane.paragraphs) == 10  # the article is readable meanwhile
        await pilot.press("n")
        assert screen.status_text == "Analizando…"
        assert threads and threads[0] is not threading.main_thread()
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.query_one(LoadingIndicator).display
        assert screen.summary.display and screen.analysis is analysis
        await pilot.press("n")
        assert screen.status_text == "Vladimir Putin · presidente de Rusia · mención 1/4"


@run_async
async def test_analysis_failure_keeps_the_article_readable():
    article = fx.reference_article()

    def broken(article):
        raise ImportError("No module named 'communique.stages.dates'")

    app = ReaderApp(article, analyzer=broken, quiet=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.reader
        side = str(screen.query_one("#side-message").content)
        assert side.startswith("Análisis no disponible:\nImportError: No module named")
        assert len(screen.pane.paragraphs) == 10
        await pilot.press("n", "right_square_bracket", "f", "e", "c", "j")
        assert isinstance(app.screen, ReaderScreen)
        assert screen.pane.scroll_y == 1
        await pilot.press("slash", *"Putin", "enter")
        assert screen.match_index == 0


@run_async
async def test_sparse_analysis():
    article = fx.reference_article()
    app = make_app(Analysis(article))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.reader
        assert option_ids(screen.summary) == ["h:actors", "h:meetings", "h:positions", "h:quotes"]
        await pilot.press("n", "right_square_bracket", "f", "tab", "enter", "j")
        assert screen.status_text.startswith("Foco") is False


def test_reference_article_with_the_real_pipeline():
    try:
        from communique.pipeline import analyze  # noqa: F401
    except ImportError as error:
        pytest.skip(f"pipeline not importable yet: {error}")

    @run_async
    async def check():
        article = fx.reference_article(str(fx.REFERENCE))
        app = ReaderApp(article, quiet=True)  # the default analyzer: analyze() in a worker
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.reader
            if screen.analysis_error:
                pytest.skip(f"analyze() failed: {screen.analysis_error}")
            assert screen.analysis is not None
            assert any(i.startswith("actor:") for i in option_ids(screen.summary))
            await pilot.press("n")
            assert f" · {screen.labels['mention']} 1/" in screen.status_text
            await pilot.press("enter")
            assert screen.summary.has_focus

    check()


# ---------------------------------------------------------------------------------------
# folder mode


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    reference = fx.REFERENCE.read_text(encoding="utf-8")
    (folder / "b-old.md").write_text(
        reference.replace("date: 2021-12-30", "date: 2020-05-01"), encoding="utf-8"
    )
    (folder / "a-new.md").write_text(
        reference.replace("title: Putin", "title: [b]Newest[/b] Putin"), encoding="utf-8"
    )
    (folder / "c-undated.txt").write_text(
        "Sin fecha. El presidente habló con la prensa.", encoding="utf-8"
    )
    (folder / "d-empty.md").write_text("", encoding="utf-8")
    (folder / "e-binary.txt").write_bytes(bytes(range(1, 32)) * 50)
    (folder / "ignored.json").write_text("{}", encoding="utf-8")
    return folder


def test_scan_folder_sorts_by_date_and_keeps_failures(tmp_path):
    entries = scan_folder(_folder(tmp_path))
    assert [e.path.name for e in entries] == [
        "a-new.md",
        "b-old.md",
        "c-undated.txt",
        "d-empty.md",
        "e-binary.txt",
    ]
    assert entries[3].error == "the article is empty"
    assert "binary" in entries[4].error
    (tmp_path / "x").mkdir()
    assert (
        scan_folder(_folder(tmp_path / "x"), date_override="2024-01-01")[2].published.isoformat()
        == "2024-01-01"
    )


@run_async
async def test_folder_mode_opens_and_returns(tmp_path):
    folder = _folder(tmp_path)
    analyzed = []

    def analyzer(article):
        analyzed.append(article.path)
        if "Putin" in article.text:
            return fx.reference_analysis(article)
        return Analysis(article)

    app = FolderApp(folder, analyzer=analyzer, quiet=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, FolderScreen)
        table = app.screen.query_one(ArticleTable)
        assert app.focused is table and table.row_count == 5
        assert str(table.get_row_at(0)[1]).startswith("[b]Newest[/b] Putin y Biden discuten")
        assert str(table.get_row_at(0)[0]) == "2021-12-30"
        assert str(table.get_row_at(3)[1]).startswith("⚠ ")
        assert "the article is empty" in str(table.get_row_at(3)[1])
        # enter opens, backspace comes back
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen
        assert reader.analysis is not None
        await pilot.press("n")
        assert reader.status_text == "Vladimir Putin · presidente de Rusia · mención 1/4"
        await pilot.press("backspace")
        assert isinstance(app.screen, FolderScreen)
        # j then enter opens the second article; escape comes back (after clearing a focus)
        await pilot.press("j", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.path.endswith("b-old.md")
        await pilot.press("n", "f", "escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, FolderScreen)
        # a failed file cannot be opened: its reason is shown
        notes = capture_notes(app)
        await pilot.press("G", "enter")
        assert isinstance(app.screen, FolderScreen)
        assert notes and "binary" in notes[-1]
        # reopening uses the cached analysis
        count = len(analyzed)
        await pilot.press("g", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(analyzed) == count
        await pilot.press("backspace", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "q")
    assert app.return_code == 0
