"""analyze(article) -> Analysis: the stages composed, in order, as pure functions."""

from __future__ import annotations

import bisect
from dataclasses import replace

from communique.model import Analysis, Article, DateExpr, Position
from communique.resources import SUPPORTED_LANGUAGES
from communique.resources.lexicon import lexicon as load_lexicon
from communique.stages.actors import find_actors
from communique.stages.credits import without_credits
from communique.stages.dates import find_dates
from communique.stages.meetings import find_meetings
from communique.stages.positions import find_positions
from communique.stages.quotes import find_quotes
from communique.stages.sentences import split_sentences
from communique.textutil import fold_text


def analyze(article: Article) -> Analysis:
    warnings: list[str] = []
    lang = article.language
    if lang not in SUPPORTED_LANGUAGES:
        warnings.append(f"language {lang!r} not recognised: analysed with English rules")
        lang = "en"
    if article.published is None:
        warnings.append("no publication date: relative dates are left unresolved")
    # the agency's credit lines ("(Reporting by …)") are read as blank: no reporter is an actor
    text = without_credits(article.text, lang)
    lex = load_lexicon(lang)
    folded = fold_text(text)
    atoms = lex.scan(text, folded)
    sentences = split_sentences(text)
    actors = find_actors(text, sentences, lex, article.published, atoms)
    dates = _not_names(find_dates(text, lang, article.published, sentences), actors.actors)
    quotes = find_quotes(text, sentences, atoms, actors, lex)
    meetings = find_meetings(text, sentences, atoms, actors, dates, lex, article.published)
    positions = find_positions(text, sentences, atoms, actors, quotes, lex)
    governments = _capital_governments(actors.actors, lex.kb)
    if governments:
        positions = [_governed(p, governments) for p in positions]
        quotes = [
            replace(q, speaker=governments[q.speaker]) if q.speaker in governments else q
            for q in quotes
        ]
    spoken_for = _unnamed_speakers_countries(actors)
    if spoken_for:
        positions = [_spoken_for(p, spoken_for) for p in positions]
    used = _referenced_ids(quotes, meetings, positions)
    actor_list = tuple(a for a in actors.actors if a.mentions or a.id in used)
    return Analysis(
        article=article,
        actors=actor_list,
        quotes=tuple(quotes),
        meetings=tuple(meetings),
        dates=tuple(dates),
        positions=tuple(positions),
        warnings=tuple(warnings),
    )


def _not_names(dates: list[DateExpr], actors) -> list[DateExpr]:
    """ "Kagame will take over from May as chair", Theresa May named before: a month word that
    is a person's mention is her name, no date (a date with a digit is kept)."""
    spans = sorted((m.start, m.end) for a in actors if a.kind == "person" for m in a.mentions)
    if not spans:
        return dates
    starts = [s for s, _ in spans]
    out = []
    for d in dates:
        i = bisect.bisect_right(starts, d.start) - 1
        inside = i >= 0 and spans[i][0] <= d.start and d.end <= spans[i][1]
        if inside and not any(c.isdigit() for c in d.text):
            continue
        out.append(d)
    return out


def _referenced_ids(quotes, meetings, positions) -> set[str]:
    ids: set[str] = set()
    for q in quotes:
        if q.speaker:
            ids.add(q.speaker)
    for m in meetings:
        ids.update(m.participants)
    for p in positions:
        ids.update(p.actors)
    return ids


def _capital_governments(actors, kb) -> dict[str, str]:
    """A capital that speaks or holds a position stands for its country's government
    ("Washington considera que …", "Pionyang estaba dispuesta a …"): capital id → the
    country's actor id, for the countries the article names."""
    countries = {a.country: a.id for a in actors if a.kind == "country" and a.country}
    out = {}
    for a in actors:
        entry = kb.get(a.kb_id) if a.kind == "place" and a.kb_id else None
        if entry is not None and entry.capital_of in countries:
            out[a.id] = countries[entry.capital_of]
    return out


def _unnamed_speakers_countries(actors) -> dict[str, str]:
    """An unnamed source with a country ("an Emirati official", «un funcionario mexicano»)
    speaks for that country's government: its id → the country's actor id, for the countries
    the article names."""
    countries = {a.country: a.id for a in actors.actors if a.kind == "country" and a.country}
    named = {aid for _s, _e, aid, via in actors.mentions if via != "description"}
    return {
        a.id: countries[a.country]
        for a in actors.actors
        if a.kind == "person"
        and a.kb_id is None
        and a.country in countries
        and a.mentions
        and a.id not in named
    }


def _spoken_for(p: Position, spoken_for: dict[str, str]) -> Position:
    extra = [spoken_for[a] for a in p.actors if a in spoken_for]
    if not extra:
        return p
    return replace(p, actors=tuple(dict.fromkeys((*p.actors, *extra))))


def _governed(p: Position, governments: dict[str, str]) -> Position:
    if not any(a in governments for a in p.actors):
        return p
    return replace(p, actors=tuple(dict.fromkeys(governments.get(a, a) for a in p.actors)))
