"""Plain-text descriptions of analysis items for the status line and the summary.

No textual here: the widgets turn these strings into `Content` (never markup).
"""

from __future__ import annotations

from communique.model import Actor, Analysis, Meeting, Position, Quote
from communique.reader.index import display_text
from communique.reader.labels import Labels


def clean(text: str | None) -> str:
    """A single display line: control characters made visible, line breaks as spaces."""
    return display_text(text or "").replace("\n", " ")


def shorten(text: str, width: int) -> str:
    text = clean(text)
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"


def actor_name(analysis: Analysis | None, actor_id: str | None, labels: Labels) -> str:
    if analysis is None or actor_id is None:
        return labels["unattributed"]
    actor = analysis.actor(actor_id)
    return clean(actor.name) if actor else clean(actor_id)


def actor_details(actor: Actor) -> str:
    """ "presidente de Rusia · RU": the role and the country, when known."""
    return " · ".join(clean(x) for x in (actor.role, actor.country) if x)


def mention_status(actor: Actor, number: int, total: int, labels: Labels) -> str:
    parts = [clean(actor.name)]
    if actor.role:
        parts.append(clean(actor.role))
    elif actor.country:
        parts.append(clean(actor.country))
    parts.append(f"{labels['mention']} {number}/{total}")
    return " · ".join(parts)


def date_range(start: str | None, end: str | None) -> str | None:
    if not start:
        return None
    if not end or end == start:
        return start
    if len(start) == len(end) == 10 and start[:8] == end[:8]:
        return f"{start}–{end[8:]}"
    return f"{start} – {end}"


def meeting_date(meeting: Meeting, labels: Labels) -> str:
    shown = date_range(meeting.start, meeting.end)
    if shown:
        return shown
    if meeting.date_text:
        return f"{labels['undated']} ({shorten(meeting.date_text, 30)})"
    return labels["undated"]


def meeting_sort_key(meeting: Meeting) -> tuple:
    if meeting.start:
        return (0, meeting.start, meeting.end or "", meeting.evidence.start)
    return (1, "", "", meeting.evidence.start)


def participants(analysis: Analysis, ids: tuple[str, ...], labels: Labels) -> str:
    return labels.join([actor_name(analysis, a, labels) for a in ids])


def meeting_where(meeting: Meeting) -> str:
    return " · ".join(clean(x) for x in (meeting.place, meeting.forum) if x)


def meeting_status(meeting: Meeting, analysis: Analysis, labels: Labels) -> str:
    parts = [
        labels["meeting"].capitalize(),
        labels.meeting_kind(meeting.kind),
        meeting_date(meeting, labels),
    ]
    where = meeting_where(meeting)
    if where:
        parts.append(where)
    if meeting.participants:
        parts.append(participants(analysis, meeting.participants, labels))
    parts.append(labels[meeting.status])
    return " · ".join(parts)


def quote_status(quote: Quote, number: int, total: int, analysis: Analysis, labels: Labels) -> str:
    who = actor_name(analysis, quote.speaker, labels)
    return (
        f"{labels['quote'].capitalize()} {number}/{total} · {who} · {labels[quote.kind]}: "
        f"«{shorten(quote.text, 80)}»"
    )


def position_status(position: Position, analysis: Analysis, labels: Labels) -> str:
    who = participants(analysis, position.actors, labels) or labels["unattributed"]
    act = f" ({clean(position.act)})" if position.act else ""
    return f"{labels['position'].capitalize()} · {who}{act}: {shorten(position.statement, 90)}"


def actors_in_order(analysis: Analysis) -> list[Actor]:
    """Most mentioned first, then by first appearance; actors without mentions last."""

    def key(actor: Actor) -> tuple:
        first = min((m.start for m in actor.mentions), default=1 << 60)
        return (-len(actor.mentions), first)

    return sorted(analysis.actors, key=key)
