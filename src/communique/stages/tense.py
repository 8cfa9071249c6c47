"""The tense of the clause around a span: past, present, future, conditional or unknown.

Data-driven: the cues are the `[tense]` section of `resources/data/<lang>/dates.toml`.

- `future`, `conditional`, `past`, `present`: words and phrases ("va a", "tendrá lugar",
  "is expected to", "would", "ha", "was"), matched whole on the lowercased text as written,
  so accents count ("está" is a verb, "esta" is not).
- `*_suffixes`: verb endings ("-rá", "-ría", "-aron", "-ed") tried on lowercase words with
  at least three letters before the ending, unless the word is in `not_verbs` or ends in one
  of `not_verb_endings` («extraordinária»), starts with
  a capital ("Irán") or follows one of `noun_determiners` ("la mayoría").
- `relative`: planning participles ("scheduled for", "prevista para", "prévue le"): the
  future of the clause's finite verb, so future unless that verb is past ("a round scheduled
  for Sept. 17 was postponed").
- `not_before_name`: cues of the lists above that are no cue before a capitalised name unless
  they stand right before the span ("desde el viernes" is past; «volará desde Costa Rica … en
  enero» is not).
- `passive_auxiliaries`: a past form right after one of these ("will be held") is a participle,
  no tense cue: the auxiliary before tells the tense.
- `infinitive_suffixes` / `infinitive_markers`: an infinitive ("reunirse", "to meet") is a
  neutral cue ("se negó a reunirse el lunes" is no tense of its own), future after a future
  verb and after a verb of `intent` ("acordaron reunirse en octubre", "agreed to meet in
  October": what is agreed or decided lies ahead).

The clause is the stretch of the sentence between commas, semicolons, colons, brackets or
dashes. The cue nearest to the span inside the clause decides (a cue after the span counts
at 1.5 times its distance: the governing verb usually comes first); with no cue in the
clause, the nearest in the sentence; with none, "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from communique.resources import load_lang_file
from communique.stages.sentences import split_sentences

TENSES = ("past", "present", "future", "conditional", "unknown")
_CATEGORIES = ("future", "conditional", "past", "present", "relative")
_NEUTRAL = "neutral"
# "scheduled for", "prevista para": future from the clause's own time, which its finite verb
# tells ("A third round scheduled for Sept. 17 was postponed" is past)
_RELATIVE = "relative"
# a complementiser opens the clause the date belongs to: "anunció que el martes se reunirá"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]| - |\b(?:que|that)\s|\bqu['’]", re.I)
# to the right a subordinate clause opens a new clause too: "told him on Monday that Israel
# would not allow …" is past whatever the "that" clause says
_RIGHT_BREAK = re.compile(
    r"[,;:()\[\]—–]| - |\b(?:that|which|who|que|qu'|donde|where)\b"
    # "… au début du mois de septembre et ont appelé …": a coordinated verb tells its own time
    r"|\s(?:and|et|y|e)\s",
    re.I,
)
_LAST_WORD = re.compile(r"[^\W\d_]+(?=\s*$)")
_RIGHT_PENALTY = 1.5
# an infinitive after a verb of intent ("agreed to meet", «acordaron reunirse»): future for a
# date that follows it closely, no cue for one further on
_INTENDED = "intended"
_INTENDED_REACH = 45
# the tenses of a cue that is no finite verb: an infinitive, or one after a verb of intent
INFINITIVES = (_NEUTRAL, _INTENDED)
# the cues that are no finite verb: infinitives, and planning participles ("scheduled for")
_NOT_FINITE = (*INFINITIVES, _RELATIVE)
# a preposition right after a past form set off by a comma makes it a participle (", accompanied
# by", ", backed by"); a finite verb after an aside takes an object (", signed the deal")
_PARTICIPLE_PREP = re.compile(r"\s+(?:by|with|in|at|from|for|on|to|after|during)\b")
# a name set off by commas right before a word: ", Serzh Sargsyan, "
_APPOSED_NAME = re.compile(r",\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*\s*,\s*$")
# the short words between a verb and its infinitive ("a se", "to", "de", "à")
_LINK = re.compile(r"\s+(?:(?:a|à|de|d'|to|se|s'|em|en|por|para|que)\s+){0,2}")


def _lower(text: str) -> str:
    """Lowercase keeping one character per character, with ’ as '."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("\u2019", "'")


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


@dataclass(frozen=True, slots=True)
class _Cues:
    phrases: re.Pattern[str] | None
    phrase_tense: dict[str, str]
    suffixes: re.Pattern[str] | None
    suffix_tense: tuple[tuple[str, str], ...]  # longest first
    markers: re.Pattern[str] | None  # "to meet": group 1 is an infinitive
    not_verbs: frozenset[str]
    not_verb_endings: tuple[str, ...]
    determiners: frozenset[str]
    passive: frozenset[str]  # "will be held": a past form after these is a participle
    intent: frozenset[str]  # "agreed", «acordaron»: their infinitive lies ahead
    participles: tuple[str, ...]  # past endings that may be a participle after a noun ("-ed")
    # "since", «desde»: no cue before a name, unless right before the span: «volará desde
    # Costa Rica … en enero» is a place it leaves from ("desde el viernes" is a time)
    not_before_name: frozenset[str]


def _alternation(items: list[str]) -> str:
    """One regex for whole words and phrases, longest first. A single look-behind per group
    (one per alternative costs 25 times more on a 3,000-character text)."""
    words, others = [], []
    for item in sorted(set(items), key=len, reverse=True):
        right = r"(?![^\W_])" if item[-1].isalnum() else ""
        (words if item[0].isalnum() else others).append(re.escape(item) + right)
    groups = []
    if words:
        groups.append(r"(?<![^\W_])(?:" + "|".join(words) + ")")
    if others:
        groups.append("(?:" + "|".join(others) + ")")
    return "|".join(groups)


def _build(data: dict[str, Any]) -> _Cues:
    t = data.get("tense") if isinstance(data.get("tense"), dict) else {}
    phrase_tense: dict[str, str] = {}
    suffix_tense: dict[str, str] = {}
    for cat in _CATEGORIES:
        for p in _strs(t.get(cat)):
            phrase_tense.setdefault(_lower(p.strip()), cat)
        for s in _strs(t.get(f"{cat}_suffixes")):
            suffix_tense.setdefault(_lower(s.strip()), cat)
    for s in _strs(t.get("infinitive_suffixes")):
        suffix_tense.setdefault(_lower(s.strip()), _NEUTRAL)
    phrases = re.compile(_alternation(list(phrase_tense))) if phrase_tense else None
    markers = [_lower(w.strip()) for w in _strs(t.get("infinitive_markers"))]
    suffixes = None
    if suffix_tense:
        alt = "|".join(re.escape(s) for s in sorted(suffix_tense, key=len, reverse=True))
        suffixes = re.compile(r"(?<![^\W_])[^\W\d_]{3,}(?:" + alt + r")(?![^\W_])")
    return _Cues(
        phrases=phrases,
        phrase_tense=phrase_tense,
        suffixes=suffixes,
        suffix_tense=tuple(sorted(suffix_tense.items(), key=lambda kv: -len(kv[0]))),
        markers=re.compile(r"(?:" + _alternation(markers) + r") ([^\W\d_]+)") if markers else None,
        not_verbs=frozenset(_lower(w) for w in _strs(t.get("not_verbs"))),
        not_verb_endings=tuple(_lower(w) for w in _strs(t.get("not_verb_endings"))),
        determiners=frozenset(_lower(w) for w in _strs(t.get("noun_determiners"))),
        passive=frozenset(_lower(w) for w in _strs(t.get("passive_auxiliaries"))),
        intent=frozenset(_lower(w) for w in _strs(t.get("intent"))),
        participles=tuple(_lower(w) for w in _strs(t.get("participle_suffixes"))),
        not_before_name=frozenset(_lower(w) for w in _strs(t.get("not_before_name"))),
    )


_compiled: dict[str, tuple[dict[str, Any], _Cues]] = {}


def _cues_for(language: str) -> _Cues:
    data = load_lang_file(language, "dates")
    hit = _compiled.get(language)
    if hit is None or hit[0] is not data:  # rebuilt when the lexicon folders change
        hit = (data, _build(data))
        _compiled[language] = hit
    return hit[1]


def _previous_word(low: str, pos: int) -> str:
    m = _LAST_WORD.search(low, max(0, pos - 24), pos)
    return m.group() if m else ""


@lru_cache(maxsize=16)
def _text_cues(
    text: str, language: str
) -> tuple[tuple[int, ...], tuple[tuple[int, int, str], ...]]:
    """All tense cues of `text`, sorted by position: (starts, ((start, end, tense), …))."""
    cues = _cues_for(language)
    low = _lower(text)
    found: list[tuple[int, int, str]] = []
    covered: list[tuple[int, int]] = []
    if cues.phrases is not None:
        for m in cues.phrases.finditer(low):
            if text[m.start()].isupper() and not _sentence_initial(text, m.start()):
                continue  # a name: "Irán", "Will Smith"
            tense = cues.phrase_tense[m.group()]
            if tense == "past" and _previous_word(low, m.start()) in cues.passive:
                continue  # "will be held", "had been met": the auxiliary tells the tense
            found.append((m.start(), m.end(), tense))
            covered.append((m.start(), m.end()))
    cover_starts = [s for s, _ in covered]
    if cues.suffixes is not None:
        for m in cues.suffixes.finditer(low):
            s, e = m.start(), m.end()
            if _inside(covered, cover_starts, s):
                continue
            word = m.group()
            if (
                word in cues.not_verbs
                or (cues.not_verb_endings and word.endswith(cues.not_verb_endings))
                or (text[s].isupper() and not _sentence_initial(text, s))
            ):
                continue
            if _previous_word(low, s) in cues.determiners:
                continue
            if _previous_word(low, s) in cues.passive:
                continue  # "will be signed": a participle, not a past verb
            if (
                word.endswith(cues.participles)
                and text[max(0, s - 3) : s].rstrip().endswith(",")
                and _PARTICIPLE_PREP.match(low, e) is not None
                # "its president, Serzh Sargsyan, announced after talks …": the comma closes a
                # name set off before the verb, which is finite
                and _APPOSED_NAME.search(text, max(0, s - 60), s) is None
            ):
                # "On Friday, accompanied by Prime Minister Shinzo Abe, he will become …": a
                # participial phrase, no tense of the sentence
                continue
            for suffix, tense in cues.suffix_tense:
                if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    found.append((s, e, tense))
                    break
    if cues.markers is not None:
        for m in cues.markers.finditer(low):
            s, e = m.span(1)
            if text[s].isupper() or m.group(1) in cues.determiners:
                continue  # "to Geneva", "to the talks"
            if not _inside(covered, cover_starts, m.start()) and not _inside(
                covered, cover_starts, s
            ):
                found.append((s, e, _NEUTRAL))
    found.sort()
    # An infinitive right after a phrase cue belongs to it: "va a viajar", "is due to take".
    phrase_ends = {e for _, e in covered}
    kept = []
    for s, e, tense in found:
        if tense == _NEUTRAL:
            j = s
            while j > 0 and low[j - 1] in " \n\t\u00a0":
                j -= 1
            if j in phrase_ends:
                continue
            # «voltarão a se reunir», "will try to meet": an infinitive after a future verb
            # is ahead too (after a past one it stays neutral: "agreed to meet on Jan. 13")
            if (
                kept
                and kept[-1][2] in ("future", "conditional")
                and _LINK.fullmatch(low, kept[-1][1], s)
            ):
                continue
            if (
                kept
                and (low[kept[-1][0] : kept[-1][1]] in cues.intent or kept[-1][2] == _INTENDED)
                and _LINK.fullmatch(low, kept[-1][1], s)
            ):
                # "agreed to meet in October", «acordaron reunirse en octubre»: what is agreed
                # or decided lies ahead, for a date close after it (_INTENDED_REACH); so does a
                # second infinitive after it («combinaram voltar a se reunir»)
                kept.append((s, e, _INTENDED))
                continue
        kept.append((s, e, tense))
    return tuple(f[0] for f in kept), tuple(kept)


def tense_cues(
    text: str, language: str
) -> tuple[tuple[int, ...], tuple[tuple[int, int, str], ...]]:
    """Every tense cue of `text` (starts, and (start, end, tense) with tense one of
    past | present | future | conditional | neutral | intended: an infinitive after a verb of
    intent), sorted by position."""
    return _text_cues(text, language)


def _tenses_between(text: str, language: str, start: int, end: int) -> list[str]:
    """The tenses of the cues that start in text[start:end], in order."""
    starts, cues = _text_cues(text, language)
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return [t for _, _, t in cues[lo:hi]]


def finite_between(text: str, language: str, start: int, end: int) -> bool:
    """Whether a tense cue other than an infinitive starts in text[start:end]: a finite verb."""
    return any(t not in INFINITIVES for t in _tenses_between(text, language, start, end))


def past_between(text: str, language: str, start: int, end: int) -> bool:
    """Whether a past-tense cue starts in text[start:end]: a verb of its own tells the past."""
    return "past" in _tenses_between(text, language, start, end)


def _inside(covered: list[tuple[int, int]], cover_starts: list[int], pos: int) -> bool:
    k = bisect_right(cover_starts, pos) - 1
    return k >= 0 and covered[k][1] > pos


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in '.!?¡¿«"“(\n—:'


@lru_cache(maxsize=16)
def _sentence_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    sents = split_sentences(text)
    return tuple(s.start for s in sents), tuple(s.end for s in sents)


# chars from a `not_before_name` cue to its span ("desde el": the article between)
_SINCE_REACH = 6


def _name_after(text: str, pos: int) -> bool:
    """A capitalised word right after `pos` ("desde Costa Rica")."""
    rest = text[pos : pos + 3].lstrip()
    return text[pos : pos + 1].isspace() and rest[:1].isupper()


# chars (about five words) from a finite verb to the span it governs before a purpose
_PURPOSE_REACH = 35


# "said the Jan. 31 meeting": an English date set before its noun, after the article
_NP_OPENER = re.compile(r"\s+the\s+", re.IGNORECASE)


def _nearest(
    cues: tuple[tuple[int, int, str], ...],
    lo: int,
    hi: int,
    start: int,
    end: int,
    text: str = "",
) -> str | None:
    best: tuple[float, str] | None = None
    # "había viajado a Amán en enero para entrevistarse": an infinitive after the span is a
    # purpose; the finite verb before it tells the span's tense
    finite_before = any(
        lo <= cs and 0 <= start - ce <= _PURPOSE_REACH and t not in _NOT_FINITE
        for cs, ce, t in cues
    )
    for cs, ce, tense in cues:
        if cs < lo or ce > hi:
            continue
        if finite_before and tense == _NEUTRAL and cs >= end:
            continue
        if tense == _INTENDED:
            # further on, an infinitive like any other ("agreed to honor the policy in a call
            # on Thursday": the call's day)
            tense = "future" if 0 <= start - ce <= _INTENDED_REACH else _NEUTRAL
        if ce <= start:
            dist = float(start - ce)
            if _NP_OPENER.fullmatch(text, ce, start) and any(
                c2 >= end and c2 - end <= 12 and t2 not in _NOT_FINITE for c2, _e2, t2 in cues
            ):
                # "said the Jan. 31 meeting would show": the date opens a noun phrase, the
                # subject of the verb right after it; that verb tells its tense
                dist = 1000.0
        elif cs >= end:
            dist = (cs - end) * _RIGHT_PENALTY
        else:
            dist = 0.0  # a cue inside the span itself ("el pasado lunes")
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else None


def _relative(cues, lo: int, hi: int, start: int, end: int) -> str:
    """The tense of a date a planning participle governs: past when its own auxiliary is past
    ("was scheduled for") or the verb its noun goes on to ("a round scheduled for Sept. 17 was
    postponed"); otherwise future ("invited them to the auction scheduled for 6 November")."""
    rel = [c for c in cues if c[2] == _RELATIVE and c[1] <= end and c[0] >= lo]
    at = rel[-1][0] if rel else start
    finite = [c for c in cues if c[2] not in _NOT_FINITE and lo <= c[0] and c[1] <= hi]
    if any(0 <= at - ce <= 2 and t == "past" for _, ce, t in finite):
        return "past"
    after = [c for c in finite if c[0] >= end]
    return "past" if after and after[0][2] == "past" else "future"


def _short_aside(text: str, pos: int) -> bool:
    """The bracket at `pos` opens or closes a short aside ("(Canadá)", "(AFP)"), which breaks
    no clause."""
    if text[pos] == "(":
        close = text.find(")", pos, pos + 40)
        return close != -1
    if text[pos] == ")":
        return text.rfind("(", max(0, pos - 40), pos) != -1
    return False


def clause_tense(text: str, start: int, end: int, language: str) -> str:
    """Tense of the clause containing text[start:end]: past | present | future | conditional | unknown."""
    try:
        if not text or start < 0 or end > len(text) or start > end:
            return "unknown"
        starts, ends = _sentence_bounds(text)
        k = bisect_right(starts, start) - 1
        s_lo, s_hi = (starts[k], max(ends[k], end)) if k >= 0 else (0, len(text))
        # a clause's verbs are near it: bounded windows keep huge sentences linear
        s_lo, s_hi = max(s_lo, start - 400), min(s_hi, end + 400)
        c_lo = s_lo
        for m in _CLAUSE_BREAK.finditer(text, s_lo, start):
            if _short_aside(text, m.start()):
                continue  # "que se celebrará en Toronto (Canadá) los días 26 y 27": an aside
            c_lo = m.end()
        m = _RIGHT_BREAK.search(text, end, s_hi)
        c_hi = m.start() if m else s_hi
        cue_starts, cues = _text_cues(text, language)
        window = cues[bisect_right(cue_starts, s_lo - 1) : bisect_right(cue_starts, s_hi)]
        lang_cues = _cues_for(language)
        if lang_cues.not_before_name:
            window = tuple(
                c
                for c in window
                if _lower(text[c[0] : c[1]]) not in lang_cues.not_before_name
                or not _name_after(text, c[1])
                or 0 <= start - c[1] <= _SINCE_REACH
                or start <= c[0] < end
            )
        if lang_cues.participles and any(
            c_lo <= cs and ce <= start and t not in _NOT_FINITE for cs, ce, t in window
        ):
            # "Blair will host a conference on March 1 aimed at …": after a finite verb of the
            # clause, a past form right after the date with no subject between is a participle
            window = tuple(
                c
                for c in window
                if not (
                    c[2] == "past"
                    and c[0] >= end
                    and text[end : c[0]].strip() == ""
                    and _lower(text[c[0] : c[1]]) not in lang_cues.phrase_tense
                    and _lower(text[c[0] : c[1]]).endswith(lang_cues.participles)
                )
            )
        tense = _nearest(window, c_lo, c_hi, start, end, text) or _nearest(
            window, s_lo, s_hi, start, end, text
        )
        if tense == _RELATIVE:
            tense = _relative(window, c_lo, c_hi, start, end)
    except Exception:  # noqa: BLE001 - a helper for other stages: never raise on odd input
        return "unknown"
    if tense is None or tense == _NEUTRAL:
        return "unknown"
    return tense
