"""A printed summary of an analysis (rich), for when standard output is not a terminal.

Used by `communique ARTICLE | less` and as a fallback when the reader cannot start.
Article text is never interpreted as Rich markup or emoji codes: every piece goes in
a `rich.text.Text`, with control characters stripped first.
"""

from __future__ import annotations

from typing import Any

from communique.brief import (
    brief_language,
    country_name,
    direct_quotes,
    group_name,
    iso_range,
    labels,
    meeting_date_cell,
    one_line,
    place_forum,
    position_groups,
    ranked_actors,
    sorted_meetings,
    strip_quote_marks,
    truncate,
)
from communique.model import Analysis

POSITION_CHARS = 400
QUOTE_CHARS = 600


def _t(text: str | None, style: str = "") -> Any:
    from rich.text import Text

    return Text(one_line(text), style=style)


def _cell(text: str | None) -> Any:
    return _t(one_line(text) or "—")


def _bullets(lines: list[Any]) -> Any:
    """Bulleted lines with a hanging indent, so wrapped text stays under its bullet."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column()
    for line in lines:
        grid.add_row(Text("•"), line)
    return grid


def print_summary(analysis: Analysis, console=None, *, lang: str | None = None) -> None:
    """Print the title, actors, meetings, positions and quotes of `analysis`."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if console is None:
        console = Console(markup=False, highlight=False, emoji=False)
    code = brief_language(analysis, lang)
    lab = labels(code)
    L = lab.get("labels", {})
    text_labels = lab.get("text", {})
    art = analysis.article

    def say(renderable: Any = "") -> None:
        console.print(renderable, markup=False, highlight=False, emoji=False)

    def heading(label: str) -> None:
        say()
        say(Text(label, style="bold underline"))

    say(_t(art.title or L.get("untitled", "Untitled"), "bold"))
    meta = [one_line(art.source), art.published.isoformat() if art.published else ""]
    meta.append(lab.get("languages", {}).get(art.language, art.language))
    meta.append(one_line(art.url))
    say(Text(" · ".join(m for m in meta if m), style="dim"))

    empty = True
    if analysis.actors:
        empty = False
        heading(L["actors"])
        kinds = lab.get("actor_kinds", {})
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for label in (L["name"], L["kind"], L["role"], L["country"]):
            table.add_column(Text(label))
        table.add_column(Text(L["mentions"]), justify="right")
        for a in ranked_actors(analysis):
            table.add_row(
                _cell(a.name),
                _cell(kinds.get(a.kind, a.kind)),
                _cell(a.role),
                _cell(country_name(a.country, code)),
                Text(str(len(a.mentions))),
            )
        say(table)

    meetings = sorted_meetings(analysis.meetings)
    if meetings:
        empty = False
        heading(L["meetings"])
        kinds = lab.get("meeting_kinds", {})
        statuses = lab.get("statuses", {})
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for label in (L["date"], L["kind"], L["place_forum"], L["participants"], L["status"]):
            table.add_column(Text(label))
        for m in meetings:
            names = ", ".join(
                one_line(analysis.actor(p).name if analysis.actor(p) else p) for p in m.participants
            )
            table.add_row(
                _cell(iso_range(m.start, m.end) or meeting_date_cell(m, lab)),
                _cell(kinds.get(m.kind, m.kind)),
                _cell(place_forum(m)),
                _cell(names),
                _cell(statuses.get(m.status, m.status)),
            )
        say(table)

    groups = position_groups(analysis)
    if groups:
        empty = False
        heading(L["positions"])
        for actors, items in groups:
            say(_t(group_name(analysis, actors, lab), "bold"))
            lines = []
            for p in items:
                line = Text()
                if one_line(p.cue):
                    line.append(one_line(p.cue), style="italic")
                    line.append(": ")
                line.append(truncate(p.statement, POSITION_CHARS))
                lines.append(line)
            say(_bullets(lines))

    quotes = direct_quotes(analysis)
    if quotes:
        empty = False
        heading(L["quotes"])
        lines = []
        for q in quotes:
            speaker = analysis.actor(q.speaker)
            line = Text(text_labels.get("quote_open", "“"))
            line.append(truncate(strip_quote_marks(q.text), QUOTE_CHARS))
            line.append(text_labels.get("quote_close", "”"))
            line.append(" — ")
            if speaker:
                line.append(one_line(speaker.name), style="bold")
            else:
                line.append(L["unattributed"], style="dim")
            lines.append(line)
        say(_bullets(lines))

    if empty:
        say()
        say(Text("—"))
