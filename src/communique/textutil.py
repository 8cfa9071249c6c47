"""Text helpers shared by the stages: offset-preserving folding and word boundaries."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPACE_LIKE = "\u00a0\u202f\u2007\u2009\u200a\t\n\r\f\v"
_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _SPACE_LIKE:
        return " "
    if c in _APOSTROPHES:
        return "'"
    if c in "\u2010\u2011\u2012\u2013\u2014":
        return "-"
    base = unicodedata.normalize("NFD", c)[0]
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Lowercase, strip accents, normalise spaces/apostrophes/dashes: one char per char.

    `len(fold(s)) == len(s)` always, so offsets found in the folded text index the original.
    """
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE)
    return "".join(_fold_char(c) for c in text)


_ASCII_TABLE = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\f": " ", "\v": " ", "`": "'"})


def is_boundary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters or digits on either side."""
    if start > 0 and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return True


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()
