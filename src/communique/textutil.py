"""Text helpers shared by the stages: offset-preserving folding and word boundaries."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

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


@lru_cache(maxsize=4)
def fold_text(text: str) -> str:
    """`fold` of a whole article, computed once per text however many stages ask."""
    return fold(text)


_ASCII_TABLE = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\f": " ", "\v": " ", "`": "'"})


def word_alternation(words) -> str:
    """A regex alternation of the folded `words`, longest first (the caller adds boundaries)."""
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


def is_boundary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters or digits on either side."""
    if start > 0 and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return True


def is_gerund(form: str, lang: str) -> bool:
    """The first word of a verb form is a gerund ("saying", "diciendo", "disant")."""
    w = form.split()[0] if form.split() else ""
    return {
        "en": w.endswith("ing"),
        "es": w.endswith(("ando", "iendo")),
        "pt": w.endswith(("ando", "endo", "indo")),
        "fr": w.endswith("ant"),
    }.get(lang, False)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


class SpanIndex:
    """Items with a `start` (index 0 of a tuple, or a `.start`), sorted, for range queries.

    `between(lo, hi)` returns the items with lo <= start < hi in O(log n + k), which keeps
    every stage linear in the article length however many mentions or cues it has.
    """

    def __init__(self, items: Sequence[Any]):
        self.items = sorted(items, key=_start_of)
        self.starts = [_start_of(x) for x in self.items]

    def between(self, lo: int, hi: int) -> list[Any]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return self.items[i:j]

    def before(self, pos: int) -> list[Any]:
        """Items starting before `pos` (a view in order; reverse it to walk backwards)."""
        return self.items[: bisect.bisect_left(self.starts, pos)]

    def at(self, pos: int) -> list[Any]:
        return self.between(pos, pos + 1)

    def __len__(self) -> int:
        return len(self.items)


def _start_of(x: Any) -> int:
    return x[0] if isinstance(x, tuple) and not hasattr(x, "start") else x.start


class Intervals:
    """Sorted, non-overlapping [start, end) intervals; `contains(pos)` in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def covers(self, start: int, end: int) -> bool:
        """Is [start, end) inside one interval?"""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a position with any interval?"""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and start < self.ends[i]:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end
