"""The summary pane: actors, a meeting timeline, positions by actor, quotes; a legend."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from communique.model import ACTOR_KINDS, Analysis
from communique.reader.describe import (
    actor_details,
    actor_name,
    actors_in_order,
    clean,
    meeting_date,
    meeting_sort_key,
    meeting_where,
    participants,
    shorten,
)
from communique.reader.labels import Labels
from communique.reader.widgets import HIGHLIGHT_CLASSES, KIND_ORDER, HighlightStyles


class SummaryList(HighlightStyles, OptionList):
    """One list of every item, sections as disabled headings; ids are "kind:id"."""

    COMPONENT_CLASSES: ClassVar[set[str]] = HIGHLIGHT_CLASSES
    inherit_bindings = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", id="summary.down", show=False),
        Binding("up,k", "cursor_up", "Previous item", id="summary.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="summary.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="summary.page_up", show=False),
        Binding("home,g", "first", "First item", id="summary.first", show=False),
        Binding("end,G", "last", "Last item", id="summary.last", show=False),
        Binding("enter", "select", "Go to evidence", id="summary.select"),
    ]

    def action_first(self) -> None:
        super().action_first()
        self.scroll_home(animate=False)  # keep the first heading in view

    def action_page_up(self) -> None:
        before = self.highlighted
        super().action_page_up()
        if self.highlighted is None and before is not None:
            self.action_first()  # OptionList stops on nothing when page 1 starts with a heading

    def action_page_down(self) -> None:
        before = self.highlighted
        super().action_page_down()
        if self.highlighted is None and before is not None:
            self.action_last()

    def show_analysis(
        self, analysis: Analysis, labels: Labels, focus_actor: str | None = None
    ) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(build_options(analysis, labels, focus_actor))
        if highlighted and self.has_option(highlighted):
            self.highlight_id(highlighted)
        else:
            self.highlight_first_item()

    def has_option(self, option_id: str) -> bool:
        try:
            self.get_option(option_id)
        except Exception:
            return False
        return True

    def highlight_id(self, option_id: str) -> bool:
        if not self.has_option(option_id):
            return False
        self.highlighted = self.get_option_index(option_id)
        self.scroll_to_highlight()
        return True

    def highlight_first_item(self) -> None:
        for i, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = i
                return
        self.highlighted = None


def _heading(text: str, option_id: str) -> Option:
    return Option(Content.assemble((text, ".summary--heading")), id=option_id, disabled=True)


def build_options(
    analysis: Analysis, labels: Labels, focus_actor: str | None = None
) -> list[Option | None]:
    """Options for the summary, restricted to one actor's items when `focus_actor` is set."""
    options: list[Option | None] = []
    actors = actors_in_order(analysis)
    meetings = sorted(analysis.meetings, key=meeting_sort_key)
    positions = list(analysis.positions)
    quotes = sorted(analysis.quotes, key=lambda q: q.start)
    if focus_actor is not None:
        actors = [a for a in actors if a.id == focus_actor]
        meetings = [m for m in meetings if focus_actor in m.participants]
        positions = [p for p in positions if focus_actor in p.actors]
        quotes = [q for q in quotes if q.speaker == focus_actor]

    options.append(_heading(f"{labels['actors']} ({len(actors)})", "h:actors"))
    for actor in actors:
        kind = actor.kind if actor.kind in ACTOR_KINDS else "group"
        parts: list = [
            (clean(actor.name), f".mention--{kind}"),
            (f"  ×{len(actor.mentions)}", ".summary--dim"),
        ]
        details = actor_details(actor)
        parts.append((f"  {labels[kind]}", ".summary--dim"))
        if details:
            parts.append(f"\n  {details}")
        options.append(Option(Content.assemble(*parts), id=f"actor:{actor.id}"))

    options.append(_heading(f"{labels['meetings']} ({len(meetings)})", "h:meetings"))
    for meeting in meetings:
        parts = [
            (meeting_date(meeting, labels), ".summary--date"),
            f" · {labels.meeting_kind(meeting.kind)} · ",
            (labels[meeting.status], ".summary--dim"),
        ]
        where = meeting_where(meeting)
        if where:
            parts.append(f"\n  {where}")
        if meeting.participants:
            parts.append(f"\n  {participants(analysis, meeting.participants, labels)}")
        options.append(Option(Content.assemble(*parts), id=f"meeting:{meeting.id}"))

    options.append(_heading(f"{labels['positions']} ({len(positions)})", "h:positions"))
    groups: dict[tuple[str, ...], list] = {}
    for position in positions:
        groups.setdefault(tuple(position.actors), []).append(position)
    for g, (actor_ids, items) in enumerate(groups.items()):
        who = participants(analysis, actor_ids, labels) or labels["unattributed"]
        options.append(
            Option(Content.assemble((who, ".summary--date")), id=f"h:pos:{g}", disabled=True)
        )
        for position in items:
            act = f"{clean(position.act)}: " if position.act else ""
            options.append(
                Option(
                    Content.assemble(
                        "  • ", (act, ".summary--dim"), shorten(position.statement, 200)
                    ),
                    id=f"position:{position.id}",
                )
            )

    options.append(_heading(f"{labels['quotes']} ({len(quotes)})", "h:quotes"))
    for quote in quotes:
        who = actor_name(analysis, quote.speaker, labels)
        options.append(
            Option(
                Content.assemble(
                    (f"«{shorten(quote.text, 160)}»", ".quote"),
                    (f" — {who}", ".summary--dim"),
                ),
                id=f"quote:{quote.id}",
            )
        )
    return options


class Legend(HighlightStyles, Static):
    """The colour legend; every kind is also bold/underline/italic, not colour alone."""

    COMPONENT_CLASSES: ClassVar[set[str]] = HIGHLIGHT_CLASSES

    def __init__(self, labels: Labels, **kwargs) -> None:
        super().__init__(legend_content(labels), markup=False, **kwargs)


def legend_content(labels: Labels) -> Content:
    parts: list = [(f"{labels['legend']}: ", ".summary--dim")]
    for kind in KIND_ORDER:
        parts += [(labels[kind], f".mention--{kind}"), " "]
    parts += [
        (f"«{labels['quote']}»", ".quote"),
        " ",
        (labels["match"], ".match"),
        " ",
        (labels["evidence"], ".evidence"),
    ]
    return Content.assemble(*parts)
