"""The agency's credit lines: blanked before extraction, kept in the article."""

from __future__ import annotations

import pytest
from passages import run

from communique.stages.credits import credit_spans, without_credits

STORY = {
    "en": "Erdogan said the talks in Istanbul had been useful.",
    "es": "Erdogan dijo que las conversaciones en Estambul fueron útiles.",
    "fr": "Erdogan a déclaré que les pourparlers d'Istanbul avaient été utiles.",
    "pt": "Erdogan disse que as conversações em Istambul foram úteis.",
}
CREDITS = {
    "en": "(Reporting by Jonathan Spicer in Istanbul; Additional reporting by Tom Balmforth in "
    "London; Editing by Alex Richardson)",
    "es": "(Reporte de Jonathan Spicer en Estambul; Editado por Alex Richardson)",
    "fr": "(Reportage Jonathan Spicer à Istanbul, édité par Alex Richardson)",
    "pt": "(Reportagem de Jonathan Spicer em Istambul; Edição de Alex Richardson)",
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_credit_paragraph_names_no_actor(lang):
    text = STORY[lang] + "\n\n" + CREDITS[lang]
    an = run(lang, "2022-03-29", text)
    names = {a.name for a in an.actors}
    assert not names & {"Jonathan Spicer", "Tom Balmforth", "Alex Richardson", "London"}, names
    assert any(a.kb_id == "recep-tayyip-erdogan" for a in an.actors), names  # the story is read
    assert an.article.text == text  # the article keeps its credits


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_bracketed_credit_closing_the_last_paragraph_is_blanked(lang):
    text = STORY[lang] + " " + CREDITS[lang]
    blank = without_credits(text, lang)
    assert len(blank) == len(text)
    assert blank.startswith(STORY[lang]) and blank.strip() == STORY[lang]


def test_offsets_are_kept():
    text = "Line one.\n\nReporting by Jane Doe; Editing by John Roe\n\nThe end came later."
    blank = without_credits(text, "en")
    assert len(blank) == len(text) and blank.count("\n") == text.count("\n")
    assert blank.endswith("The end came later.") and "Jane" not in blank


@pytest.mark.parametrize(
    "text",
    [
        # a story paragraph that opens with a credit word is still story
        "Reporting by state media said the talks had collapsed. The ministers left Geneva on "
        "Friday without a date for a new round, and officials blamed each other.",
        # no credit word: a bracketed aside closing the story stays
        "The talks ended on Friday. (The ministers will meet again in May.)",
        # an opener in lower case inside a sentence
        "The agency published the report, writing by hand its own summary.",
        # "By" opening a story sentence is no byline
        "By then, the talks had collapsed",
        "By Monday the ministers had left Geneva",
        # a long paragraph that happens to close on a credit phrase's words
        "The ministers met in Geneva. They agreed on a date. Officials said several aides "
        "contributed to this report.",
    ],
)
def test_story_is_never_blanked(text):
    assert credit_spans(text, "en") == []
    assert without_credits(text, "en") == text


def test_a_language_without_credit_words_blanks_nothing(monkeypatch):
    import communique.stages.credits as credits

    credits._words.cache_clear()
    monkeypatch.setattr(credits, "load_lang_file", lambda lang, name: {})
    try:
        text = "By Jane Doe\n\nThe talks ended. (Reporting by Jane Doe)"
        assert credits.without_credits(text, "en") == text
    finally:
        credits._words.cache_clear()


AP = (
    "By MATTHEW LEE and SIMINA MISTREANU Associated Press\n\n"
    "BEIJING (AP) — U.S. Secretary of State Antony Blinken met Chinese leader Xi Jinping in "
    "Beijing on Monday.\n\n"
    "FILE - Antony Blinken speaks in Washington on June 2, 2023. (AP Photo/Andrew Harnik, "
    "File)\n\n"
    "Associated Press writer Ken Moritsugu contributed to this report."
)


def test_a_byline_a_photo_credit_and_a_contributor_line_name_no_actor():
    an = run("en", "2023-06-19", AP)
    names = {a.name for a in an.actors}
    for person in ("Matthew Lee", "MATTHEW LEE", "Andrew Harnik", "Ken Moritsugu"):
        assert person not in names, names
    assert all("Simina" not in n and "SIMINA" not in n for n in names), names
    assert {"Antony Blinken", "Xi Jinping"} <= names
    assert [m.participants for m in an.meetings] == [("antony-blinken", "xi-jinping")]


@pytest.mark.parametrize(
    "lang, byline",
    [("es", "Por Juan Pérez y María López"), ("fr", "Par Jean Dupont"), ("pt", "Por João Silva")],
)
def test_a_byline_is_blanked(lang, byline):
    text = byline + "\n\n" + STORY[lang]
    assert without_credits(text, lang).strip() == STORY[lang]


@pytest.mark.parametrize(
    "notice", ["(c) Agencia EFE", "© Agence France-Presse", "(C) Reuters 2023"]
)
def test_a_copyright_line_is_blanked(notice):
    text = STORY["es"] + "\n\n" + notice
    assert without_credits(text, "es").strip() == STORY["es"]


@pytest.mark.parametrize(
    "lang, notice",
    [
        ("en", "This article was amended on 12 July 2025 to correct the date of the next summit."),
        ("en", "Related: Macron state visit: what we learned"),
        ("es", "Lea también: Sánchez y Lula firman un acuerdo en Brasilia"),
        ("fr", "Lire aussi : Macron et Scholz à l'Elysée"),
        ("pt", "Leia também: Lula recebe Fernández no Planalto"),
    ],
)
def test_a_correction_notice_or_a_link_line_is_blanked(lang, notice):
    text = STORY[lang] + "\n\n" + notice
    assert without_credits(text, lang).strip() == STORY[lang]


def test_a_correction_notice_dates_no_meeting():
    text = (
        "Keir Starmer and Emmanuel Macron agreed a migration deal at a summit in London on "
        "Thursday.\n\nThis article was amended on 12 July 2025 to correct the date of the next "
        "summit."
    )
    an = run("en", "2025-07-11", text)
    assert [m.start for m in an.meetings] == ["2025-07-10"], [
        (m.kind, m.start) for m in an.meetings
    ]
