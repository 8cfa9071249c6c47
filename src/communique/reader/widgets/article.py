"""The article pane: one Static per paragraph, built from Content (never markup)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.geometry import Region
from textual.style import Style
from textual.widgets import Static

from communique.reader.index import Mark, Para, ReaderIndex
from communique.reader.widgets import HIGHLIGHT_CLASSES, HighlightStyles

_UNSET = object()


class Paragraph(Static):
    """One paragraph of the article. Its text never changes, only its highlights."""

    def __init__(self, para: Para, text: str) -> None:
        super().__init__(Content(text, strip_control_codes=False), classes="para", markup=False)
        self.para = para
        self.text = text
        self.signature: tuple = ()
        # highlights carry "@click" meta; without this Textual would draw them as links
        self.auto_links = False


class ArticlePane(HighlightStyles, VerticalScroll, can_focus=True):
    """The article, scrollable, with mentions, quotes, evidence and matches highlighted.

    The highlight state lives here; `update_highlights` works out which paragraphs a
    change touches and re-styles only those (`Static.update(..., layout=False)`).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = HIGHLIGHT_CLASSES
    inherit_bindings = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Scroll down", id="article.down", show=False),
        Binding("up,k", "scroll_up", "Scroll up", id="article.up", show=False),
        Binding("pagedown,space", "page_down", "Page down", id="article.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="article.page_up", show=False),
        Binding("home,g", "scroll_home", "Top", id="article.top", show=False),
        Binding("end,G", "scroll_end", "Bottom", id="article.bottom", show=False),
        Binding(
            "enter", "screen.select_active", "Show in summary", id="article.select", show=False
        ),
    ]

    def __init__(self, index: ReaderIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.paragraphs: list[Paragraph] = [
            Paragraph(p, index.display[p.index]) for p in index.paragraphs
        ]
        self.active: Mark | None = None
        self.focus_actor: str | None = None
        self.matches: list[Mark] = []
        self.active_match: Mark | None = None
        self._match_by_para: dict[int, list[Mark]] = {}
        self._quote_speaker: dict[str, str | None] = {}
        self._meta: dict[str, Style] = {}
        self.restyle_count = 0  # paragraphs actually re-rendered (tests and benchmarks)

    def compose(self):
        yield from self.paragraphs

    # -- state ------------------------------------------------------------------------

    def analysis_changed(self) -> None:
        """The index got its marks: re-style every paragraph that has some."""
        analysis = self.index.analysis
        self._quote_speaker = {q.id: q.speaker for q in analysis.quotes} if analysis else {}
        self._restyle(range(len(self.paragraphs)))

    def update_highlights(
        self, *, active=_UNSET, focus_actor=_UNSET, matches=_UNSET, active_match=_UNSET
    ) -> None:
        dirty: set[int] = set()
        index = self.index
        if active is not _UNSET and active != self.active:
            for mark in (self.active, active):
                if mark is not None:
                    dirty.update(index.paras_of(mark.start, mark.end))
            self.active = active
        if focus_actor is not _UNSET and focus_actor != self.focus_actor:
            self.focus_actor = focus_actor
            dirty.update(i for i, marks in enumerate(index.marks_by_para) if marks)
        if matches is not _UNSET and matches is not self.matches:
            dirty.update(self._match_by_para)
            self.matches = matches
            self._match_by_para = {}
            for mark in matches:
                for p in index.paras_of(mark.start, mark.end):
                    self._match_by_para.setdefault(p, []).append(mark)
            dirty.update(self._match_by_para)
        if active_match is not _UNSET and active_match != self.active_match:
            for mark in (self.active_match, active_match):
                if mark is not None:
                    dirty.update(index.paras_of(mark.start, mark.end))
            self.active_match = active_match
        self._restyle(sorted(dirty))

    def visible(self, mark: Mark) -> bool:
        """Whether a mention or quote is highlighted under the current focus."""
        if self.focus_actor is None:
            return True
        if mark.kind == "mention":
            return mark.ref == self.focus_actor
        if mark.kind == "quote":
            return self._quote_speaker.get(mark.ref or "") == self.focus_actor
        return True

    # -- drawing ----------------------------------------------------------------------

    def _click_style(self, mark_id: str) -> Style:
        style = self._meta.get(mark_id)
        if style is None:
            # the action is ours; the mark id is generated ("m12"), never article text
            style = self._meta[mark_id] = Style.from_meta(
                {"@click": f"screen.click_mark({mark_id!r})"}
            )
        return style

    def spans_for(self, p: int) -> list[Span]:
        para = self.index.paragraphs[p]
        base, end = para.start, para.end
        spans: list[Span] = []

        def add(mark: Mark, style: str | Style) -> None:
            s, e = max(mark.start, base) - base, min(mark.end, end) - base
            if e > s:
                spans.append(Span(s, e, style))

        for mark in self.index.marks_by_para[p]:
            if self.visible(mark):
                add(mark, "." + mark.style)
                add(mark, self._click_style(mark.id))
        for mark in self._match_by_para.get(p, ()):
            add(mark, ".match")
        if self.active_match is not None:
            add(self.active_match, ".match--active")
        if self.active is not None:
            if self.active.kind == "evidence":
                add(self.active, ".evidence")
            add(self.active, ".active")
        return spans

    def _restyle(self, indices) -> None:
        for p in indices:
            widget = self.paragraphs[p]
            spans = self.spans_for(p)
            signature = tuple(
                (s.start, s.end, s.style if isinstance(s.style, str) else "@") for s in spans
            )
            if signature != widget.signature:
                widget.signature = signature
                widget.update(Content(widget.text, spans, strip_control_codes=False), layout=False)
                self.restyle_count += 1

    # -- scrolling --------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """The screen line (in the pane's virtual space) that shows article `offset`."""
        p = self.index.para_of(offset)
        widget = self.paragraphs[p]
        rel = max(0, offset - widget.para.start)
        width = widget.content_size.width
        line = 0
        if rel and width > 0:
            line = max(
                0, len(Content(widget.text[:rel], strip_control_codes=False).wrap(width)) - 1
            )
        return widget.virtual_region.y + widget.styles.gutter.top + line

    def scroll_to_offset(self, offset: int) -> None:
        y = self.line_of(offset)
        self.scroll_to_region(
            Region(0, y, max(1, self.scrollable_content_region.width), 1),
            center=True,
            animate=False,
            force=True,
            immediate=True,
        )

    def is_offset_visible(self, offset: int) -> bool:
        y = self.line_of(offset)
        return self.scroll_y <= y < self.scroll_y + self.scrollable_content_region.height

    def top_offset(self) -> int:
        """Article offset at the top of the visible part (where n starts without a mark)."""
        y = self.scroll_y
        for widget in self.paragraphs:
            if widget.virtual_region.bottom > y:
                return widget.para.start
        return len(self.index.text)
