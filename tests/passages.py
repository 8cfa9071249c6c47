"""Helpers for the extraction tests that run short invented passages through the public API.

Actors are named by actor id or knowledge-base id, so a test reads the same whether the
knowledge base knows the actor ("vladimir-putin") or not (the slug of its name).
"""

from __future__ import annotations

from communique.article import from_text
from communique.pipeline import analyze


def run(lang: str, day: str, text: str):
    """The analysis of `text`, written in `lang` and published on `day` (YYYY-MM-DD)."""
    return analyze(from_text(text, date_override=day, lang_override=lang))


def keys(an, actor_id: str | None) -> set[str]:
    """The names a test may use for an actor: its id and its knowledge-base id."""
    actor = an.actor(actor_id)
    if actor is None:
        return {actor_id} if actor_id else set()
    return {actor.id} | ({actor.kb_id} if actor.kb_id else set())


def same_actors(an, got: tuple[str, ...], expected: list[str]) -> bool:
    """`got` (actor ids) names exactly the actors in `expected` (ids or knowledge-base ids)."""
    if len(got) != len(expected):
        return False
    left = list(expected)
    for actor_id in got:
        match = next((e for e in left if e in keys(an, actor_id)), None)
        if match is None:
            return False
        left.remove(match)
    return not left
