"""What the reader needs to navigate an analysis, precomputed once (no textual here).

- Paragraphs of the article body as offsets, and a display form of their text that is
  exactly as long as the original (control characters replaced one-for-one), so every
  offset of the analysis indexes the displayed text too.
- Marks: the highlighted stretches (actor mentions, quotes) in reading order, each with
  the paragraphs it touches, so a change of highlight re-styles only those paragraphs.
- Search over the accent- and case-folded text (offset-preserving `textutil.fold`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from communique.model import ACTOR_KINDS, Analysis, Article, Span
from communique.textutil import fold

# C0 controls become their Unicode "control picture" (ESC -> ␛, NUL -> ␀), DEL -> ␡,
# C1 controls and bidi overrides/isolates -> U+FFFD. One character for one character.
_DISPLAY_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
_DISPLAY_TABLE[0x09] = " "
_DISPLAY_TABLE[0x0A] = "\n"  # handled per paragraph below
_DISPLAY_TABLE[0x7F] = "\u2421"
_DISPLAY_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_DISPLAY_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A line that starts with one of these keeps its line break (lists, headings, quotes).
_BLOCK_LINE = re.compile(r"\n(?=[ \t]*(?:[-*+•>#|]|\d+[.)])\s)")


def display_text(text: str) -> str:
    """`text` safe to show in a terminal, with `len(display_text(t)) == len(t)`.

    Control characters (ESC, BEL, …) are replaced by visible stand-ins; tabs and the
    single line breaks of a hard-wrapped paragraph become spaces. Nothing is removed
    and nothing is interpreted as markup.
    """
    shown = text.translate(_DISPLAY_TABLE)
    if "\n" in shown:
        keep = {m.start() for m in _BLOCK_LINE.finditer(shown)}
        shown = "".join(
            ("\n" if i in keep else " ") if c == "\n" else c for i, c in enumerate(shown)
        )
    return shown


@dataclass(frozen=True, slots=True)
class Para:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted stretch of the article.

    kind: "mention" (ref = actor id), "quote" (ref = quote id), "evidence" (ref =
    "meeting:<id>" or "position:<id>") or "match" (a search hit, ref = None).
    style: the component class that draws it.
    """

    id: str
    kind: str
    start: int
    end: int
    ref: str | None
    style: str


def split_paragraphs(text: str) -> list[Para]:
    paras: list[Para] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            paras.append(Para(len(paras), pos, m.start()))
        pos = m.end()
    if pos < len(text) or not paras:
        paras.append(Para(len(paras), pos, len(text)))
    return paras


def _valid(span_start: int, span_end: int, length: int) -> bool:
    return 0 <= span_start < span_end <= length


class ReaderIndex:
    """Paragraphs and marks of one article; marks stay empty until an analysis arrives."""

    def __init__(self, article: Article, analysis: Analysis | None = None) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs = split_paragraphs(self.text)
        self._para_starts = [p.start for p in self.paragraphs]
        self.display = [display_text(self.text[p.start : p.end]) for p in self.paragraphs]
        self._folded: str | None = None
        self.analysis: Analysis | None = None
        self.mentions: list[Mark] = []
        self.quotes: list[Mark] = []
        self.by_id: dict[str, Mark] = {}
        self.marks_by_para: list[list[Mark]] = [[] for _ in self.paragraphs]
        self.actor_marks: dict[str, list[Mark]] = {}
        self.quote_mark: dict[str, Mark] = {}
        self.mention_number: dict[str, tuple[int, int]] = {}
        if analysis is not None:
            self.set_analysis(analysis)

    # -- building ---------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        n = len(self.text)
        raw: list[tuple[int, int, str, str]] = []
        for actor in analysis.actors:
            kind = actor.kind if actor.kind in ACTOR_KINDS else "group"
            seen: set[tuple[int, int]] = set()
            for m in actor.mentions:
                if _valid(m.start, m.end, n) and (m.start, m.end) not in seen:
                    seen.add((m.start, m.end))
                    raw.append((m.start, m.end, actor.id, f"mention--{kind}"))
        raw.sort(key=lambda r: (r[0], -r[1]))
        self.mentions = [
            Mark(f"m{i}", "mention", s, e, ref, style) for i, (s, e, ref, style) in enumerate(raw)
        ]
        quotes = sorted(
            (q for q in analysis.quotes if _valid(q.start, q.end, n)),
            key=lambda q: (q.start, -q.end),
        )
        self.quotes = [
            Mark(f"q{i}", "quote", q.start, q.end, q.id, "quote") for i, q in enumerate(quotes)
        ]
        self.quote_mark = {m.ref: m for m in self.quotes if m.ref is not None}
        self.actor_marks = {}
        for mark in self.mentions:
            self.actor_marks.setdefault(mark.ref or "", []).append(mark)
        self.mention_number = {}
        for marks in self.actor_marks.values():
            for i, mark in enumerate(marks, start=1):
                self.mention_number[mark.id] = (i, len(marks))
        self.by_id = {m.id: m for m in (*self.mentions, *self.quotes)}
        self.marks_by_para = [[] for _ in self.paragraphs]
        # quotes first so mentions inside a quote are drawn over the quote style
        for mark in (*self.quotes, *self.mentions):
            for p in self.paras_of(mark.start, mark.end):
                self.marks_by_para[p].append(mark)

    def evidence_mark(self, item_kind: str, item_id: str, span: Span) -> Mark | None:
        if not _valid(span.start, span.end, len(self.text)):
            return None
        return Mark(
            f"e:{item_kind}:{item_id}",
            "evidence",
            span.start,
            span.end,
            f"{item_kind}:{item_id}",
            "evidence",
        )

    # -- geometry ---------------------------------------------------------------------

    def para_of(self, offset: int) -> int:
        """The paragraph holding `offset` (an offset between paragraphs: the one before)."""
        return max(0, bisect_right(self._para_starts, offset) - 1)

    def paras_of(self, start: int, end: int) -> range:
        first = self.para_of(start)
        last = self.para_of(max(start, end - 1))
        return range(first, last + 1)

    # -- navigation -------------------------------------------------------------------

    @staticmethod
    def step(marks: list[Mark], current: Mark | None, anchor: int, forward: bool) -> Mark | None:
        """The next (or previous) mark of `marks` after `current`, wrapping around.

        Without a current mark in the list, the first mark starting at or after `anchor`
        (forward) or the last one before it (backward).
        """
        if not marks:
            return None
        if current is not None:
            try:
                i = marks.index(current)
            except ValueError:
                i = -1
            if i >= 0:
                return marks[(i + (1 if forward else -1)) % len(marks)]
            anchor = current.start + (1 if forward else 0)
        starts = [m.start for m in marks]
        if forward:
            i = bisect_left(starts, anchor)
            return marks[i % len(marks)]
        i = bisect_left(starts, anchor) - 1
        return marks[i % len(marks)]

    # -- search -----------------------------------------------------------------------

    def search(self, query: str, limit: int = 5000) -> list[Mark]:
        """Accent- and case-insensitive occurrences of `query`, in reading order."""
        q = fold(query.strip())
        if not q:
            return []
        if self._folded is None:
            self._folded = fold(self.text)
        hay = self._folded
        out: list[Mark] = []
        pos = hay.find(q)
        while pos >= 0 and len(out) < limit:
            out.append(Mark(f"s{len(out)}", "match", pos, pos + len(q), None, "match"))
            pos = hay.find(q, pos + max(1, len(q)))
        return out
