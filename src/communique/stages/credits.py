"""The agency's credit lines are no part of the story: "(Reporting by Jonathan Spicer;
Editing by Alex Richardson)", «(Reportagem de …; Edição de …)». Their reporters and editors are
no actors and their cities no places, so extraction reads the text with them blanked out (the
same length, every offset kept); the article itself keeps them."""

from __future__ import annotations

import re
from functools import cache

from communique.resources import load_lang_file
from communique.stages.sentences import paragraphs

# a paragraph longer than this is story, whatever it opens with
_MAX_CREDIT = 300


@cache
def _openers(lang: str) -> re.Pattern | None:
    """lang.toml credit_openers, exact case, after an optional bracket."""
    words = load_lang_file(lang, "lang").get("credit_openers", [])
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"[(\[]?\s*(?:" + alt + r")(?![\w'’])")


def credit_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The (start, end) of each credit line: a short paragraph that opens with a credit word,
    or a bracketed credit closing the last paragraph ("… said. (Reporting by …)")."""
    rx = _openers(lang)
    if rx is None:
        return []
    out: list[tuple[int, int]] = []
    paras = paragraphs(text)
    for s, e in paras:
        if e - s > _MAX_CREDIT or not rx.match(text, s):
            continue
        if text[s] in "([" or "." not in text[s:e].rstrip(".)] "):
            out.append((s, e))  # bracketed, or one line with no sentence in it
    if paras and (not out or out[-1][1] != paras[-1][1]):
        s, e = paras[-1]
        if text[e - 1] in ")]":
            opening = text.rfind("(" if text[e - 1] == ")" else "[", s, e)
            if opening > s and e - opening <= _MAX_CREDIT and rx.match(text, opening):
                out.append((opening, e))
    return out


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
