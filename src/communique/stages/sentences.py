"""Sentence and paragraph segmentation with exact offsets.

Rules: paragraphs are separated by blank lines; a sentence ends at . ! ? … (optionally
followed by closing quotes/brackets) when the next non-space character starts a new
sentence (uppercase letter, digit, opening quote or dash) and the word before the stop
is not a known abbreviation or a single initial. A sentence never spans paragraphs.
Quotes are not respected on purpose: the quote stage works on paragraphs. A dateline
opening the text ("VILNIUS, Lithuania (AP) —") is a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.resources import grammar_all

# abbreviations of every language (grammar.toml): a period after one ends no sentence
ABBREVIATIONS = grammar_all("abbreviations")

_PARA = re.compile(r"\n[ \t]*\n")
# a stop, then the marks it closes (a French closing guillemet may stand after a space: «… armes. »)
_STOP = re.compile(r"[.!?…]+(?:[\u00a0\u202f ]?»|[”\"’')\]])*")
_OPENERS = "«“\"‘'(¿¡—–-"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trimmed of surrounding whitespace."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(text: str, stop: int) -> bool:
    """Is the word ending right before text[stop] (a '.') an abbreviation or an initial?"""
    i = stop
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:stop].lower().rstrip(".")
    if not word:
        return False
    if all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        return True  # initials: "J. Biden", "A.K. Abdul Momen", "U.S."
    return word in ABBREVIATIONS


# "NUSA DUA, Indonesia, Nov 14 (Reuters) - ", "Pekín, 14 abr (EFE).- ", "BRASÍLIA - ": where and
# when the story was filed, a sentence of its own (its place is no subject of what follows)
_DATELINE = re.compile(
    r"(?:[^\n()]{1,60}?\([A-Z][\w .&/'-]{0,30}\)\s*\.?\s*[-–—]+"
    r"|[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .,'/-]{1,40}?\s[-–—]+)[ \t]*"
)


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        start = ps
        if pi == 0:
            d = _DATELINE.match(text, ps, pe)
            # the place before the agency: "NUSA DUA, Indonesia, Nov 14", "BRASÍLIA"
            head = text[ps : d.end()].split("(")[0] if d is not None else ""
            if (
                d is not None
                and d.end() < pe
                and ("," in head or (head.split() and head.split()[0].isupper()))
            ):
                sentences.append(Sentence(ps, d.end(), pi))
                start = d.end()
        for m in _STOP.finditer(text, start, pe):
            end = m.end()
            nxt = end
            while nxt < pe and text[nxt] in " \t\n\u00a0":
                nxt += 1
            if nxt >= pe:
                continue
            if nxt == end:
                continue  # "3.5", "U.S.A" — no space after the stop
            c = text[nxt]
            if not (c.isupper() or c.isdigit() or c in _OPENERS):
                continue
            if re.match(r"[.!?…]+", m.group()).group() == ".":
                if _is_abbreviation(text, m.start()):
                    continue
            sentences.append(Sentence(start, end, pi))
            start = nxt
        if start < pe:
            sentences.append(Sentence(start, pe, pi))
    return sentences
