"""The Markdown brief of an analysis: `render_brief(analysis, lang=None) -> str`.

A short GitHub-flavoured Markdown document that reads well as plain text too: title,
one metadata line, "In brief" bullets composed only from what the analysis found,
then meetings, positions, quotes and actors. Labels and sentence templates come from
`resources/data/<lang>/brief.toml` (English fills any gap). Every piece of text taken
from the article is cleaned of control characters and escaped for Markdown.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import PurePath
from typing import Any

from communique import __version__
from communique.model import Actor, Analysis, Meeting, Position, Quote
from communique.resources import DATA, SUPPORTED_LANGUAGES, load_lang_file

MIN_BULLETS = 3
MAX_BULLETS = 6
SYNTHESIS_CHARS = 180  # a statement or quote inside an "In brief" bullet
POSITION_CHARS = 600  # a statement in the Positions section
QUOTE_CHARS = 900  # a quote in the Quotes section
NOTHING = "—"

# C0/C1 controls (but \t and \n), zero-width and bidirectional-override characters
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_WS = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not between two letters/digits
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LEAD_MARK = re.compile(r"^([#>+=\-])")
_LEAD_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.+\-Z]*)?$")
_QUOTE_MARKS = "«»“”„\"‘’'‹›"
# text that one_line/md would change: controls, odd whitespace, Markdown punctuation
_NOT_ONE_LINE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[^\S ]|  |^ | $"
)
_NOT_PLAIN = re.compile(_NOT_ONE_LINE.pattern + r"|[\\`*_\[\]<>|~&]")


# -- text hygiene -------------------------------------------------------------------


def clean(text: str | None) -> str:
    """Control characters out, tabs to spaces; newlines kept."""
    if not text:
        return ""
    return _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def one_line(text: str | None) -> str:
    """`clean`, then every run of whitespace (newlines too) becomes one space."""
    if not text:
        return ""
    if not _NOT_ONE_LINE.search(text):
        return text
    return _WS.sub(" ", clean(text)).strip()


def md(text: str | None) -> str:
    """Article-derived text as inline Markdown: one line, special characters escaped."""
    if not text:
        return ""
    if not _NOT_PLAIN.search(text):  # the common case: a name, a word, a plain phrase
        return text
    s = one_line(text)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = _UNDERSCORE.sub(r"\\_", s)
    return _ENTITY.sub(r"\\&", s)


def lead(line: str) -> str:
    """Escape what would start a block (heading, list, quote) at the start of a line."""
    line = _LEAD_MARK.sub(r"\\\1", line)
    return _LEAD_ORDERED.sub(r"\1\\\2", line)


def heading(text: str) -> str:
    """Inline-escaped heading text: every # escaped, so none can close the heading."""
    return text.replace("#", "\\#")


def cell(text: str | None) -> str:
    """A table cell: escaped, one line, never empty."""
    s = md(text)
    return s if s else NOTHING


def truncate(text: str, limit: int) -> str:
    """Cut at a word boundary before `limit` characters, add … and close open quotes."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    cut = cut.rstrip(" ,;:.-–—(«“‘\"'") + "…"
    for open_, close in (("«", "»"), ("“", "”"), ("‘", "’")):
        if cut.count(open_) > cut.count(close):
            cut += close
    if cut.count('"') % 2:
        cut += '"'
    return cut


def strip_quote_marks(text: str) -> str:
    text = one_line(text)
    while len(text) >= 2 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        text = text[1:-1].strip()
    return text


# -- labels and language ------------------------------------------------------------


def _overlay(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Tables merge recursively; everything else (lists too) is replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(out.get(key), dict) and isinstance(value, dict):
            out[key] = _overlay(out[key], value)
        else:
            out[key] = value
    return out


def labels(lang: str) -> dict[str, Any]:
    """The brief's labels and templates in `lang`, English filling any missing key."""
    data = load_lang_file("en", "brief")
    if lang != "en":
        data = _overlay(data, load_lang_file(lang, "brief"))
    return data


def brief_language(analysis: Analysis, lang: str | None = None) -> str:
    """`lang` if given (validated), else the article's language; English as fallback."""
    if lang:
        from communique.article import check_language

        code = check_language(lang) or "en"
    else:
        code = (analysis.article.language or "").strip().lower().split("-")[0].split("_")[0]
    if code in SUPPORTED_LANGUAGES and load_lang_file(code, "brief"):
        return code
    return "en"


@cache
def _countries() -> dict[str, dict[str, str]]:
    path = DATA / "generated" / "countries.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    out: dict[str, dict[str, str]] = {}
    for entry in data.get("country", []):
        names = {lang: ns[0] for lang, ns in (entry.get("names") or {}).items() if ns}
        if entry.get("code"):
            out[str(entry["code"]).upper()] = names
    return out


def country_name(code: str | None, lang: str) -> str:
    """An ISO 3166 code shown as the country's name in `lang` (the code when unknown)."""
    if not code:
        return ""
    names = _countries().get(code.strip().upper())
    if not names:
        return code.upper() if re.fullmatch(r"[A-Za-z]{2,3}", code.strip()) else code
    return names.get(lang) or names.get("en") or code


def actor_name(analysis: Analysis, actor_id: str) -> str:
    actor = analysis.actor(actor_id)
    return actor.name if actor else actor_id


def join_names(names: Sequence[str], lab: dict[str, Any]) -> str:
    """Names joined with the language's conjunction: A; A y B; A, B y C."""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    text = lab.get("text", {})
    conj = text.get("and", "and")
    alt = text.get("and_before_i", "")
    if alt and _starts_with_i_sound(names[-1]):
        conj = alt
    return f"{', '.join(names[:-1])} {conj} {names[-1]}"


def _starts_with_i_sound(word: str) -> bool:
    w = "".join(
        c
        for c in unicodedata.normalize("NFD", word.lstrip("\\").lower())
        if not unicodedata.combining(c)
    )
    if w.startswith("h"):
        w = w[1:]
    return w.startswith("i") and not (len(w) > 1 and w[1] in "aeiou")


# -- dates --------------------------------------------------------------------------


_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return None
    return y, mo, d


def iso_range(start: str | None, end: str | None) -> str:
    """A date or a range as ISO: 2022-01-09, 2022-01-09 – 2022-01-10; "" when none."""
    start, end = one_line(start), one_line(end)
    if start and end and end != start:
        return f"{start} – {end}"
    return start or end


def human_date(start: str | None, end: str | None, lab: dict[str, Any]) -> str:
    """A date or range as words, with its preposition and a leading space; "" if none."""
    fmt = lab.get("dates", {})
    months = fmt.get("months") or []
    if not start and not end:
        return ""
    a, b = _parts(start), _parts(end)
    if end == start:
        b = None

    def day(d: int) -> str:
        return str(fmt.get("first_day", 1)) if d == 1 else str(d)

    def month(m: int) -> str:
        return months[m - 1] if len(months) >= m else str(m)

    def full(p: tuple[int, int | None, int | None]) -> str:
        return fmt["full"].format(d=day(p[2] or 1), month=month(p[1] or 1), y=p[0])

    wk = _WEEK.fullmatch((start or "").strip())
    if wk and not end and fmt.get("week"):
        # "2015-W52": the week of its Monday
        try:
            monday = date.fromisocalendar(int(wk[1]), int(wk[2]), 1)
            return fmt["week"].format(date=full((monday.year, monday.month, monday.day)))
        except ValueError:
            pass  # no such week: told as written, below
    try:
        if a and not b and (end is None or end == start or not end):
            y, mo, d = a
            if d is not None and mo is not None:
                return fmt["day"].format(date=full(a))
            if mo is not None:
                return fmt["month"].format(month=month(mo), y=y)
            return fmt["year"].format(y=y)
        if a and b and a[2] is not None and b[2] is not None:
            if a[0] == b[0] and a[1] == b[1]:
                return fmt["range_month"].format(
                    d1=day(a[2]), d2=day(b[2]), month=month(a[1] or 1), y=a[0]
                )
            return fmt["range"].format(start=full(a), end=full(b))
    except (KeyError, IndexError, ValueError):
        pass
    return fmt.get("other", " ({value})").format(value=md(iso_range(start, end)))


# -- the brief ----------------------------------------------------------------------


def render_brief(analysis: Analysis, lang: str | None = None) -> str:
    """The Markdown brief of `analysis`, labelled in `lang` (default: the article's)."""
    code = brief_language(analysis, lang)
    lab = labels(code)
    L = lab.get("labels", {})
    art = analysis.article

    blocks: list[str] = []
    title = md(art.title) or md(L.get("untitled", "Untitled"))
    blocks.append("# " + heading(title))
    meta = _metadata_line(analysis, lab)
    if meta:
        blocks.append(meta)

    bullets = synthesis(analysis, lab)
    blocks.append("## " + L["in_brief"])
    blocks.append("\n".join(f"- {lead(b)}" for b in bullets) if bullets else NOTHING)

    meetings = sorted_meetings(analysis.meetings)
    if meetings:
        blocks.append("## " + L["meetings"])
        blocks.append(_meetings_table(analysis, meetings, lab))

    groups = position_groups(analysis)
    if groups:
        blocks.append("## " + L["positions"])
        for actors, items in groups:
            lines = [f"### {heading(md(group_name(analysis, actors, lab)))}", ""]
            lines += [f"- {lead(_position_line(analysis, p, lab, POSITION_CHARS))}" for p in items]
            blocks.append("\n".join(lines))

    quotes = direct_quotes(analysis)
    if quotes:
        blocks.append("## " + L["quotes"])
        blocks.append("\n".join(f"- {_quote_line(analysis, q, lab)}" for q in quotes))

    if analysis.actors:
        blocks.append("## " + L["actors"])
        blocks.append(_actors_table(analysis, code, lab))

    blocks.append("---")
    blocks.append(f"{L['generated_from']} {md(source_name(analysis))} · communique {__version__}")
    return "\n\n".join(blocks) + "\n"


def source_name(analysis: Analysis) -> str:
    """The input's file name; the URL for a fetched page; "stdin" otherwise."""
    art = analysis.article
    if art.path:
        return PurePath(art.path).name or art.path
    if art.url:
        return art.url
    return "stdin"


def _metadata_line(analysis: Analysis, lab: dict[str, Any]) -> str:
    art = analysis.article
    parts: list[str] = []
    if one_line(art.source):
        parts.append(md(art.source))
    if art.published:
        parts.append(art.published.isoformat())
    code = (art.language or "und").lower()
    parts.append(md(lab.get("languages", {}).get(code, code)))
    url = one_line(art.url)
    if url:
        if re.fullmatch(r"https?://[^\s<>\\`]+", url):
            parts.append(f"<{url}>")
        else:
            parts.append(md(url))
    return lead(" · ".join(parts))


# -- "In brief" -----------------------------------------------------------------------


def synthesis(analysis: Analysis, lab: dict[str, Any]) -> list[str]:
    """3–6 sentences (escaped Markdown) built only from what the analysis holds."""
    bullets: list[str] = []
    for m in key_meetings(analysis, 3):
        bullets.append(meeting_sentence(analysis, m, lab))
    room = min(MAX_BULLETS - len(bullets), 3 if bullets else 4)
    for p in key_positions(analysis, room):
        bullets.append(_position_line(analysis, p, lab, SYNTHESIS_CHARS, with_actor=True))
    if len(bullets) < MIN_BULLETS:
        spoken = {q.speaker for q in direct_quotes(analysis) if q.speaker}
        used: set[str | None] = set()
        for q in direct_quotes(analysis):
            if len(bullets) >= MIN_BULLETS:
                break
            if q.speaker in used and len(spoken) > 1:
                continue
            used.add(q.speaker)
            bullets.append(_quote_sentence(analysis, q, lab))
    if len(bullets) < MIN_BULLETS:
        main = [a for a in ranked_actors(analysis) if a.mentions][:5]
        if main:
            names = ", ".join(md(a.name) for a in main)
            bullets.append(f"{lab['labels']['main_actors']}: {names}.")
    return bullets[:MAX_BULLETS]


def key_meetings(analysis: Analysis, limit: int) -> list[Meeting]:
    """The most informative meetings (status known, most participants), in date order."""
    candidates = [m for m in analysis.meetings if m.participants or m.place or m.start or m.forum]
    ranked = sorted(
        enumerate(candidates),
        key=lambda im: (im[1].status == "unknown", -len(im[1].participants), im[0]),
    )
    chosen = {id(m) for _, m in ranked[:limit]}
    return [m for m in sorted_meetings(candidates) if id(m) in chosen]


def meeting_sentence(analysis: Analysis, m: Meeting, lab: dict[str, Any]) -> str:
    syn = lab.get("synthesis", {})
    names = [md(actor_name(analysis, a)) for a in m.participants]
    who = join_names(names, lab)
    place = syn["place"].format(place=md(m.place)) if one_line(m.place) else ""
    forum = (
        syn["forum"].format(forum=md(m.forum)) if one_line(m.forum) and m.forum != m.place else ""
    )
    when = human_date(m.start, m.end, lab)
    kind = m.kind if m.kind in syn.get("held_verbs", {}) else "meeting"
    if m.status == "held" and len(names) >= 2:
        return syn["held"].format(
            who=who, verb=syn["held_verbs"][kind], place=place, forum=forum, when=when
        )
    status = m.status if m.status in syn.get("nouns", {}) else "unknown"
    noun = syn["nouns"][status].get(kind) or syn["nouns"]["unknown"].get(kind, kind)
    with_ = syn["with"].format(who=who) if who else ""
    return syn["other"].format(noun=noun, place=place, forum=forum, when=when, **{"with": with_})


def key_positions(analysis: Analysis, limit: int) -> list[Position]:
    """One position per actor group, the most mentioned actors first; shown in text order."""
    if limit <= 0:
        return []
    first: dict[tuple[str, ...], tuple[int, Position]] = {}
    for i, p in enumerate(sorted(analysis.positions, key=lambda p: p.evidence.start)):
        if p.actors and one_line(p.statement) and p.actors not in first:
            first[p.actors] = (i, p)

    def salience(actors: tuple[str, ...]) -> int:
        return max((len(a.mentions) for a in (analysis.actor(x) for x in actors) if a), default=0)

    ranked = sorted(first.items(), key=lambda kv: (-salience(kv[0]), kv[1][0]))[:limit]
    return [p for _, (_, p) in sorted(ranked, key=lambda kv: kv[1][0])]


def _position_line(
    analysis: Analysis, p: Position, lab: dict[str, Any], limit: int, *, with_actor: bool = False
) -> str:
    """A position as escaped Markdown: cue: statement (Actor cue: statement `with_actor`)."""
    statement = md(truncate(p.statement, limit).rstrip(" ,;:"))
    if statement and statement[-1] not in ".!?…":
        statement += "."
    cue = md(p.cue)
    if cue:
        words = cue.split()
        glue = cue.endswith("'") or (
            words and words[-1].lower() in lab.get("text", {}).get("cue_glue", [])
        )
        sep = "" if cue.endswith("'") else " " if glue else ": "
        body = f"{cue}{sep}{statement}"
    else:
        body = statement
    if not with_actor:
        return body
    who = join_names([md(actor_name(analysis, a)) for a in p.actors], lab)
    return f"{who} {body}" if cue else f"{who}: {body}"


def _quote_sentence(analysis: Analysis, q: Quote, lab: dict[str, Any]) -> str:
    text = lab.get("text", {})
    speaker = (
        md(actor_name(analysis, q.speaker))
        if q.speaker
        else md(lab["labels"]["unattributed"]).capitalize()
    )
    quote = md(truncate(strip_quote_marks(q.text), SYNTHESIS_CHARS))
    return f"{speaker}: {text.get('quote_open', '“')}{quote}{text.get('quote_close', '”')}"


# -- sections -----------------------------------------------------------------------


def sorted_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """By date (ISO strings sort chronologically at any precision); undated last."""
    indexed = list(enumerate(meetings))
    indexed.sort(
        key=lambda im: (not (im[1].start or im[1].end), im[1].start or im[1].end or "", im[0])
    )
    return [m for _, m in indexed]


def meeting_date_cell(m: Meeting, lab: dict[str, Any]) -> str:
    span = iso_range(m.start, m.end)
    if span:
        return span
    undated = lab["labels"]["undated"]
    return f"{undated} ({one_line(m.date_text)})" if one_line(m.date_text) else undated


def place_forum(m: Meeting) -> str:
    parts = [one_line(x) for x in (m.place, m.forum) if one_line(x)]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return " / ".join(parts)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _meetings_table(analysis: Analysis, meetings: list[Meeting], lab: dict[str, Any]) -> str:
    L = lab["labels"]
    kinds = lab.get("meeting_kinds", {})
    statuses = lab.get("statuses", {})
    rows = []
    for m in meetings:
        names = ", ".join(actor_name(analysis, a) for a in m.participants)
        rows.append(
            [
                cell(meeting_date_cell(m, lab)),
                cell(kinds.get(m.kind, m.kind)),
                cell(place_forum(m)),
                cell(names),
                cell(statuses.get(m.status, m.status)),
            ]
        )
    return _table([L["date"], L["kind"], L["place_forum"], L["participants"], L["status"]], rows)


def position_groups(analysis: Analysis) -> list[tuple[tuple[str, ...], list[Position]]]:
    """Positions grouped by the actors who hold them, in order of first appearance."""
    groups: dict[tuple[str, ...], list[Position]] = {}
    for p in sorted(analysis.positions, key=lambda p: p.evidence.start):
        if one_line(p.statement):
            groups.setdefault(tuple(p.actors), []).append(p)
    return list(groups.items())


def group_name(analysis: Analysis, actors: Sequence[str], lab: dict[str, Any]) -> str:
    """Who holds a position, as plain text ("A y B"; "Sin atribuir" when nobody)."""
    if not actors:
        label = lab["labels"]["unattributed"]
        return label[:1].upper() + label[1:]
    return join_names([one_line(actor_name(analysis, a)) for a in actors], lab)


def direct_quotes(analysis: Analysis) -> list[Quote]:
    return sorted(
        (q for q in analysis.quotes if q.kind == "direct" and strip_quote_marks(q.text)),
        key=lambda q: q.start,
    )


def _quote_line(analysis: Analysis, q: Quote, lab: dict[str, Any]) -> str:
    text = lab.get("text", {})
    quote = md(truncate(strip_quote_marks(q.text), QUOTE_CHARS))
    speaker = (
        md(actor_name(analysis, q.speaker)) if q.speaker else md(lab["labels"]["unattributed"])
    )
    return f"{text.get('quote_open', '“')}{quote}{text.get('quote_close', '”')} — {speaker}"


def ranked_actors(analysis: Analysis) -> list[Actor]:
    """Most mentioned first; ties in order of first mention."""

    def key(ia: tuple[int, Actor]) -> tuple[int, int, int]:
        i, a = ia
        first = min((m.start for m in a.mentions), default=1 << 62)
        return (-len(a.mentions), first, i)

    return [a for _, a in sorted(enumerate(analysis.actors), key=key)]


def _actors_table(analysis: Analysis, code: str, lab: dict[str, Any]) -> str:
    L = lab["labels"]
    kinds = lab.get("actor_kinds", {})
    rows = [
        [
            cell(a.name),
            cell(kinds.get(a.kind, a.kind)),
            cell(a.role),
            cell(country_name(a.country, code)),
            str(len(a.mentions)),
        ]
        for a in ranked_actors(analysis)
    ]
    return _table([L["name"], L["kind"], L["role"], L["country"], L["mentions"]], rows)
