"""The analysis model: immutable dataclasses with character offsets into the article body.

Everything here is plain data. `Analysis.to_dict()` is the one serialisation of the
analysis JSON contract (`communique.analysis/1`, see docs/contract.md); `Analysis.from_dict`
reads it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "communique.analysis/1"

ACTOR_KINDS = ("person", "organization", "country", "place", "group")
MEETING_KINDS = ("call", "meeting", "negotiation", "summit", "visit", "consultation", "session")
MEETING_STATUSES = ("held", "planned", "unknown")
QUOTE_KINDS = ("direct", "partial")
GRANULARITIES = ("day", "week", "month", "quarter", "year", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article body: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Span:
        return cls(start, end, body[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Article:
    """An article body plus its metadata. All offsets in an analysis index `text`."""

    text: str
    title: str | None = None
    published: date | None = None
    language: str = "und"
    source: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, for display and export defaults

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "source": self.source,
            "url": self.url,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(
            text=d["text"],
            title=d.get("title"),
            published=date.fromisoformat(pub) if pub else None,
            language=d.get("language") or "und",
            source=d.get("source"),
            url=d.get("url"),
        )


Mention = Span


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    role: str | None = None
    country: str | None = None
    mentions: tuple[Mention, ...] = ()
    kb_id: str | None = None  # the knowledge-base entry it was resolved to, if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
            "kb_id": self.kb_id,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            role=d.get("role"),
            country=d.get("country"),
            mentions=tuple(Span.from_dict(m) for m in d.get("mentions", [])),
            kb_id=d.get("kb_id"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    kind: str = "direct"
    rule: str | None = None  # which attribution rule fired (explainability)
    cue_span: Span | None = None
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "cue": self.cue,
            "kind": self.kind,
            "rule": self.rule,
            "cue_span": self.cue_span.to_dict() if self.cue_span else None,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            id=d["id"],
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            speaker=d.get("speaker"),
            cue=d.get("cue"),
            kind=d.get("kind", "direct"),
            rule=d.get("rule"),
            cue_span=Span.from_dict(d["cue_span"]) if d.get("cue_span") else None,
            speaker_span=Span.from_dict(d["speaker_span"]) if d.get("speaker_span") else None,
        )


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    value: str | None  # ISO, as precise as the text
    end_value: str | None = None
    granularity: str = "day"
    # days counted from an event the text tells ("un día después de que se reunieran": 1), for
    # the meetings stage to date that event back; not part of the analysis contract
    shift: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "end_value": self.end_value,
            "granularity": self.granularity,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateExpr:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=d["text"],
            value=d.get("value"),
            end_value=d.get("end_value"),
            granularity=d.get("granularity", "day"),
        )


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    kind: str
    evidence: Span
    start: str | None = None
    end: str | None = None
    date_text: str | None = None
    place: str | None = None
    forum: str | None = None
    participants: tuple[str, ...] = ()
    status: str = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "date_text": self.date_text,
            "place": self.place,
            "forum": self.forum,
            "participants": list(self.participants),
            "status": self.status,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Meeting:
        return cls(
            id=d["id"],
            kind=d["kind"],
            evidence=Span.from_dict(d["evidence"]),
            start=d.get("start"),
            end=d.get("end"),
            date_text=d.get("date_text"),
            place=d.get("place"),
            forum=d.get("forum"),
            participants=tuple(d.get("participants", [])),
            status=d.get("status", "unknown"),
        )


@dataclass(frozen=True, slots=True)
class Position:
    id: str
    actors: tuple[str, ...]
    statement: str
    evidence: Span
    cue: str | None = None
    act: str | None = (
        None  # say | warn | deny | promise | agree | demand | accuse | announce | explain
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actors": list(self.actors),
            "cue": self.cue,
            "act": self.act,
            "statement": self.statement,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Position:
        return cls(
            id=d["id"],
            actors=tuple(d.get("actors", [])),
            statement=d.get("statement", ""),
            evidence=Span.from_dict(d["evidence"]),
            cue=d.get("cue"),
            act=d.get("act"),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    dates: tuple[DateExpr, ...] = ()
    positions: tuple[Position, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "meetings": [m.to_dict() for m in self.meetings],
            "dates": [d.to_dict() for d in self.dates],
            "positions": [p.to_dict() for p in self.positions],
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document")
        return cls(
            article=Article.from_dict(d["article"]),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors", [])),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", [])),
            meetings=tuple(Meeting.from_dict(m) for m in d.get("meetings", [])),
            dates=tuple(DateExpr.from_dict(x) for x in d.get("dates", [])),
            positions=tuple(Position.from_dict(p) for p in d.get("positions", [])),
            warnings=tuple(d.get("warnings", [])),
        )

    @classmethod
    def from_json(cls, s: str) -> Analysis:
        return cls.from_dict(json.loads(s))


def contract_errors(data: dict[str, Any]) -> list[str]:
    """Check the invariants of the analysis JSON contract; return human-readable errors."""
    errs: list[str] = []
    if data.get("schema") != SCHEMA:
        errs.append("schema missing or wrong")
    text = (data.get("article") or {}).get("text")
    if not isinstance(text, str):
        return errs + ["article.text missing"]

    def check(span: Any, what: str) -> None:
        if not isinstance(span, dict):
            errs.append(f"{what}: not a span")
            return
        s, e = span.get("start"), span.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            errs.append(f"{what}: bad offsets {s}..{e}")
        elif text[s:e] != span.get("text"):
            errs.append(f"{what}: text does not match offsets {s}..{e}")

    ids = set()
    for a in data.get("actors", []):
        if a.get("id") in ids:
            errs.append(f"duplicate actor id {a.get('id')}")
        ids.add(a.get("id"))
        if a.get("kind") not in ACTOR_KINDS:
            errs.append(f"actor {a.get('id')}: bad kind {a.get('kind')}")
        for m in a.get("mentions", []):
            check(m, f"mention of {a.get('id')}")
    for q in data.get("quotes", []):
        check(q, f"quote {q.get('id')}")
        if q.get("speaker") is not None and q["speaker"] not in ids:
            errs.append(f"quote {q.get('id')}: unknown speaker {q['speaker']}")
        if q.get("kind") not in QUOTE_KINDS:
            errs.append(f"quote {q.get('id')}: bad kind")
    for d in data.get("dates", []):
        check(d, "date")
        if d.get("granularity") not in GRANULARITIES:
            errs.append(f"date {d.get('text')!r}: bad granularity")
    for m in data.get("meetings", []):
        check(m.get("evidence"), f"meeting {m.get('id')} evidence")
        if m.get("kind") not in MEETING_KINDS:
            errs.append(f"meeting {m.get('id')}: bad kind {m.get('kind')}")
        if m.get("status") not in MEETING_STATUSES:
            errs.append(f"meeting {m.get('id')}: bad status")
        for p in m.get("participants", []):
            if p not in ids:
                errs.append(f"meeting {m.get('id')}: unknown participant {p}")
    for p in data.get("positions", []):
        check(p.get("evidence"), f"position {p.get('id')} evidence")
        for a in p.get("actors", []):
            if a not in ids:
                errs.append(f"position {p.get('id')}: unknown actor {a}")
    return errs
