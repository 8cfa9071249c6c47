"""The agency's credit lines are no part of the story: "(Reporting by Jonathan Spicer;
Editing by Alex Richardson)", «(Reportagem de …; Edição de …)», a byline ("By MATTHEW LEE
Associated Press"), a photo credit ("(AP Photo/Andrew Harnik)"), "Associated Press writer Ken
Moritsugu contributed to this report." Their reporters and photographers are no actors and
their cities no places, so extraction reads the text with them blanked out (the same length,
every offset kept); the article itself keeps them. The words are lang.toml's credit_openers,
credit_closers and byline_words."""

from __future__ import annotations

import re
from functools import cache

from communique.resources import load_lang_file
from communique.stages.sentences import paragraphs

# a paragraph longer than this is story, whatever it opens with
_MAX_CREDIT = 300
# a byline is a short line of names
_MAX_BYLINE = 120
# between the names of a byline: these, or capitalised words
_BYLINE_LINKS = frozenset(("and", "y", "e", "et", "de", "da", "do", "del", "du", "van", "von", "|"))


@cache
def _words(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, tuple[str, ...]]:
    """(credit openers after an optional bracket, credit closers ending a paragraph, byline
    words), exact case."""
    data = load_lang_file(lang, "lang")

    def alternation(key: str) -> str | None:
        words = data.get(key, [])
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or None

    opening = alternation("credit_openers")
    closing = alternation("credit_closers")
    return (
        re.compile(r"[(\[]?\s*(?:" + opening + r")(?![\w'’])") if opening else None,
        re.compile(r"(?:" + closing + r")\s*[.]?\s*$") if closing else None,
        tuple(data.get("byline_words", [])),
    )


def _byline(text: str, s: int, e: int, words: tuple[str, ...]) -> bool:
    """ "By MATTHEW LEE and SIMINA MISTREANU Associated Press", «Por Juan Pérez»: a byline
    word, then only names (capitalised words and their links)."""
    if e - s > _MAX_BYLINE:
        return False
    head, _, rest = text[s:e].partition(" ")
    if head not in words or not rest.strip():
        return False
    return all(w[:1].isupper() or w in _BYLINE_LINKS for w in rest.replace(",", " ").split())


def credit_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The (start, end) of each credit: a short paragraph that opens with a credit word (when
    bracketed, or holding no sentence) or closes with one ("… contributed to this report."), a
    byline among the first two paragraphs, and a bracketed credit anywhere ("(AP Photo/…)",
    "… said. (Reporting by …)")."""
    opener, closer, bylines = _words(lang)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(paragraphs(text)):
        if e - s > _MAX_CREDIT:
            continue
        if opener is not None and opener.match(text, s):
            if text[s] in "([" or "." not in text[s:e].rstrip(".)] "):
                out.append((s, e))  # bracketed, or one line with no sentence in it
                continue
        if closer is not None and closer.search(text, s, e) and text.count(".", s, e) <= 1:
            out.append((s, e))  # "Associated Press writer … contributed to this report."
            continue
        if k < 2 and bylines and _byline(text, s, e, bylines):
            out.append((s, e))
    if opener is not None:
        # a bracketed credit inside a paragraph: "(AP Photo/Andrew Harnik, File)"
        for m in re.finditer(r"[(\[]", text):
            if any(s <= m.start() < e for s, e in out) or not opener.match(text, m.start()):
                continue
            close = text.find(")" if m.group() == "(" else "]", m.start(), m.start() + _MAX_CREDIT)
            if close != -1 and "\n" not in text[m.start() : close]:
                out.append((m.start(), close + 1))
    return sorted(out)


def without_credits(text: str, lang: str) -> str:
    """The text with its credit lines replaced by spaces (newlines kept)."""
    spans = credit_spans(text, lang)
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
