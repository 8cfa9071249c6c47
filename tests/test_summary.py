"""The printed (rich) summary: content, and article text never read as markup."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from communique.model import Actor, Analysis, Article, Meeting, Position, Quote, Span
from communique.summary import print_summary

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"
BODY = "w" * 1000


def sp(start: int = 0, end: int = 4) -> Span:
    return Span.of(BODY, start, end)


def analysis(language: str = "en", **kw) -> Analysis:
    actors = kw.pop(
        "actors",
        (
            Actor(
                "blinken",
                "Antony Blinken",
                "person",
                "secretary of state",
                "US",
                (sp(), sp(10, 14), sp(20, 24)),
            ),
            Actor("wang", "Wang Yi", "person", "foreign minister", "CN", (sp(30, 34),)),
            Actor("un", "United Nations", "organization", None, None, ()),
        ),
    )
    return Analysis(
        article=Article(
            text=BODY,
            title=kw.pop("title", "Blinken and Wang speak by phone"),
            published=date(2024, 9, 12),
            language=language,
            source=kw.pop("source", "State Department"),
            url="https://example.org/readout",
        ),
        actors=actors,
        meetings=kw.pop(
            "meetings",
            (
                Meeting(
                    "m1",
                    "call",
                    sp(),
                    start="2024-09-12",
                    participants=("blinken", "wang"),
                    status="held",
                ),
                Meeting(
                    "m2",
                    "meeting",
                    sp(),
                    place="New York",
                    forum="United Nations",
                    participants=("blinken", "wang"),
                    status="planned",
                ),
            ),  # fmt: skip
        ),
        positions=kw.pop(
            "positions",
            (
                Position(
                    "p1",
                    ("blinken",),
                    "the United States will keep lines of communication open",
                    sp(),
                    cue="underscored",
                ),
            ),
        ),
        quotes=kw.pop(
            "quotes",
            (Quote("q1", "competition from veering into conflict", 100, 140, speaker="blinken"),),
        ),
    )


def render(an: Analysis, width: int = 120) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None)
    print_summary(an, console=console)
    return buf.getvalue()


def test_summary_shows_title_actors_meetings_positions_quotes():
    out = render(analysis())
    lines = out.splitlines()
    assert lines[0] == "Blinken and Wang speak by phone"
    assert lines[1] == "State Department · 2024-09-12 · English · https://example.org/readout"
    for label in ("Actors", "Meetings", "Positions", "Quotes"):
        assert label in lines
    assert (
        out.index("Actors") < out.index("Meetings") < out.index("Positions") < out.index("Quotes")
    )
    assert "Antony Blinken" in out and "secretary of state" in out and "United States" in out
    assert "2024-09-12" in out and "call" in out and "held" in out
    assert "New York / United Nations" in out and "planned" in out
    assert "underscored: the United States will keep lines of communication open" in out
    assert "“competition from veering into conflict” — Antony Blinken" in out


def test_summary_in_the_article_language():
    out = render(analysis(language="es"))
    for label in ("Actores", "Reuniones", "Posiciones", "Citas"):
        assert label in out.splitlines()
    assert "«competition from veering into conflict» — Antony Blinken" in out
    assert "llamada" in out and "celebrada" in out and "Estados Unidos" in out


def test_article_text_is_never_markup_or_emoji():
    nasty = "[bold red]Boom[/] :smile: [link=http://x]y[/link] \x1b[31mred\x1b[0m\x07"
    an = analysis(
        title=nasty,
        source="[/]",
        actors=(Actor("a", nasty, "person", "[i]role[/i]", None, (sp(),)),),
        meetings=(
            Meeting("m", "call", sp(), place="[b]Geneva[/b]", participants=("a",), status="held"),
        ),
        positions=(Position("p", ("a",), "said [red]this[/red]", sp(), cue="[u]said[/u]"),),
        quotes=(Quote("q", "[blink]quote[/blink]", 0, 5, speaker=None),),
    )
    out = render(an, width=200)
    assert "[bold red]Boom[/] :smile:" in out
    assert "[link=http://x]y[/link]" in out
    assert "[i]role[/i]" in out and "[b]Geneva[/b]" in out
    assert "[u]said[/u]: said [red]this[/red]" in out
    assert "[blink]quote[/blink]" in out and "unattributed" in out
    assert "😄" not in out
    assert "\x1b" not in out and "\x07" not in out
    assert "[/]" in out.splitlines()[1]


def test_no_ansi_codes_when_not_a_terminal():
    out = render(analysis())
    assert "\x1b[" not in out


def test_empty_analysis_prints_title_and_a_dash():
    out = render(Analysis(article=Article(text="x", language="fr")))
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[0] == "Sans titre"
    assert lines[-1] == "—"


def test_default_console_writes_to_stdout(capsys):
    print_summary(analysis())
    out = capsys.readouterr().out
    assert "Antony Blinken" in out and "Wang Yi" in out


def test_summary_module_does_not_import_textual():
    import subprocess
    import sys

    code = (
        "import sys, communique.summary, communique.brief, communique.batch, communique.fetch, communique.html;"
        "print('textual' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_end_to_end_summary_of_a_sample():
    try:
        from communique.pipeline import analyze
    except ImportError as e:
        pytest.skip(f"pipeline not importable: {e}")
    from communique.article import load

    an = analyze(load(str(SAMPLES / "borrell-visita-rabat.es.md")))
    out = render(an)
    assert out.splitlines()[0].startswith("Borrell y Bourita")
    assert "Josep Borrell" in out and "Actores" in out
