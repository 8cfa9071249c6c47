"""Date expressions: every date in an article, with exact offsets, resolved to ISO values.

    find_dates(text, language, published, sentences=None) -> list[DateExpr]

How it works
1. Each paragraph of the folded text (`textutil.fold`: same length, lowercase, no accents)
   is cut into tokens: words, numbers, single punctuation marks, and whole numeric dates
   ("2022-01-09", "09/01/2022").
2. Token positions are looked up in a phrase table built once per language from
   `resources/data/<lang>/dates.toml` (months, weekdays, modifiers, units, number words,
   relative day words, range connectors, month parts, quarters…). A position gets
   *roles* (month=1, mod_before=+1, unit=week…), each with the token where its phrase ends.
3. One small grammar over those roles, the same for every language, builds a node per
   expression: a date, a month, a year, a weekday, a relative unit ("la semana próxima"),
   a counted shift ("hace dos semanas", "two days later"), a part of a month or year
   ("finales de enero", "mid-2025"), a quarter, or a range of two of them. The longest
   expression starting at the leftmost position wins, so results never overlap.
4. Resolution, in text order. Written parts are kept as written. A missing year (or week,
   or month) is chosen by the tense of the clause (`tense.clause_tense`): future or
   conditional ("would meet on Tuesday" reports a plan) → the next occurrence on/after
   the publication date, past → the last on/before it,
   otherwise the nearest; "próximo/next" and "pasado/last" force the direction and
   "este/this" means the anchor's week. Deictic words ("ayer", "hace dos semanas") count
   from the publication date; anaphoric ones ("al día siguiente", "two days later") from
   the last day-precise date of the same or the previous sentence, else from the
   publication date. With no anchor the value is None; today's date is never used.

Spans keep a leading article ("el 7 de diciembre", "la semana próxima") and the range
openers that belong to the construction ("del 9 al 10 de enero"), never a bare
preposition ("en febrero" → "febrero", "a finales de enero" → "finales de enero").

dateparser is not called here: every core is read from the tables above, which is exact,
gives offsets, and costs nothing per call (dateparser costs ~100 ms to import and ~0.4 ms
per parse). The tests use dateparser to check the month and weekday tables.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from communique.model import DateExpr
from communique.resources import load_lang_file
from communique.stages.quote_spans import find_quote_spans
from communique.stages.sentences import Sentence, paragraphs, split_sentences
from communique.stages.tense import clause_tense
from communique.textutil import Intervals, fold, fold_text

log = logging.getLogger(__name__)

# Token kinds.
_WORD, _NUM, _PUNCT, _ISO, _NUMERIC = range(5)

_TOKEN = re.compile(
    r"(?P<iso>(?<![\d/.-])\d{4}-\d{1,2}-\d{1,2}(?![\d/-]|\.\d))"
    r"|(?P<numeric>(?<![\d/.-])\d{1,2}(?:/\d{1,2}/(?:\d{4}|\d{2})|-\d{1,2}-\d{4}|\.\d{1,2}\.\d{4})"
    r"(?![\d/-]|\.\d))"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)
_KIND = {"iso": _ISO, "numeric": _NUMERIC, "num": _NUM, "word": _WORD, "punct": _PUNCT}

# A day number glued to one of these is something else: "10%", "10:30", "1/2", "$10".
_GLUE_AFTER = frozenset("%:/°'")
_GLUE_BEFORE = frozenset("$€£#+/:.,'")
# Tokens after which a capitalised word starts a sentence.
_OPENERS = frozenset('.!?¡¿«"“(—-:…')

_REL_UNITS = frozenset({"week", "weekend", "month", "quarter", "year"})
_COUNT_UNITS = frozenset({"day", "week", "month", "quarter", "year"})
_MAX_COUNT = 10000
# what joins an eve to the event it precedes ("the day before the ceremony" needs none)
_OF_WORDS = frozenset(("de", "of", "da", "do", "del"))
# a part of the day told alone in these tenses is the filing day's, whatever day the lead tells
PART_TODAY_TENSES = frozenset(("future", "conditional"))
# between a part of the day and the day it is part of («en la madrugada del 28 de junio»)
_PART_OF_WORDS = frozenset(("de", "of", "da", "do", "del", "du", "on"))
# «Ese mismo día», "the day before": counted from a day named up to this many sentences back (a
# quote's sentence often stands between)
ANAPHORA_SENTENCES = 2

Node = dict[str, Any]
Parse = tuple[int, Node]  # (index of the token after the expression, node)


# ---------------------------------------------------------------------------
# The grammar: phrase table and settings of one language, built once.


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _phrase_tokens(phrase: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Folded tokens of a data entry and the gaps between them (0 glued, 1 space)."""
    toks: list[str] = []
    gaps: list[int] = []
    prev_end = None
    for m in _TOKEN.finditer(fold(phrase.strip())):
        if prev_end is not None:
            gaps.append(0 if m.start() == prev_end else 1)
        toks.append(m.group())
        prev_end = m.end()
    return tuple(toks), tuple(gaps)


@dataclass
class _Grammar:
    phrases: dict[tuple[str, ...], list[tuple[tuple[int, ...], str, Any]]] = field(
        default_factory=dict
    )
    first: dict[str, int] = field(default_factory=dict)  # first token -> longest phrase length
    empty: set[str] = field(default_factory=set)  # connector roles that may be absent
    month_case: str = "any"
    bare_month_case: str = "any"
    weekday_case: str = "any"
    numeric_order: str = "dmy"
    month_day_order: bool = False
    relday_block: dict[str, frozenset[str]] = field(default_factory=dict)
    # "a day after arriving", "un día después de presidir": a shift from an event the
    # complement tells (a verb), not from the date told before
    event_preps: frozenset[str] = frozenset()
    event_verbs: frozenset[str] = frozenset()
    event_endings: tuple[str, ...] = ()
    event_not_verbs: frozenset[str] = frozenset()
    event_determiners: frozenset[str] = frozenset()
    event_clause_openers: frozenset[str] = frozenset()
    ahead_not_after: frozenset[str] = frozenset()
    # «a segunda cimeira», «a quarta ronda»: short weekday forms that are also ordinals, and the
    # words that may follow a bare weekday all the same («na segunda pela manhã»)
    ordinal_weekdays: frozenset[str] = frozenset()
    weekday_followers: frozenset[str] = frozenset()
    # "of the same year", «de ese mismo año»: the year of the date told before (folded)
    same_year: re.Pattern[str] | None = None
    # «nos dias 5 e 6», «los días 5 y 6»: a plural day noun, then two days of one month
    plural_day_nouns: frozenset[str] = frozenset()

    def add(self, phrase: str, role: str, payload: Any = None) -> None:
        if not isinstance(phrase, str):
            return
        if phrase == "":
            self.empty.add(role)
            return
        toks, gaps = _phrase_tokens(phrase)
        if not toks:
            return
        self.phrases.setdefault(toks, []).append((gaps, role, payload))
        self.first[toks[0]] = max(self.first.get(toks[0], 0), len(toks))


def _build(data: dict[str, Any]) -> _Grammar:
    g = _Grammar()
    for m, forms in enumerate(data.get("months") or [], 1):
        for f in _strs(forms):
            f = f.strip()
            if f.endswith("."):  # abbreviation: the dot is optional
                g.add(f, "month", (m, True))
                g.add(f[:-1], "month", (m, True))
            else:
                g.add(f, "month", (m, False))
    for wd, forms in enumerate(data.get("weekdays") or []):
        for f in _strs(forms):
            g.add(f, "weekday", wd)

    ow = _table(data.get("ordinal_weekdays"))
    g.ordinal_weekdays = frozenset(fold(f) for f in _strs(ow.get("forms")))
    g.weekday_followers = frozenset(fold(f) for f in _strs(ow.get("followers")))

    case = _table(data.get("case"))
    g.month_case = str(case.get("month", "any"))
    g.bare_month_case = str(case.get("bare_month", "any"))
    g.weekday_case = str(case.get("weekday", "any"))

    gr = _table(data.get("grammar"))
    g.numeric_order = str(gr.get("numeric_order", "dmy"))
    g.month_day_order = bool(gr.get("month_day_order", False))
    for key, role in (
        ("articles", "article"),
        ("day_nouns", "day_noun"),
        ("plural_day_nouns", "day_noun"),
        ("ordinal_suffixes", "ord_suffix"),
        ("day_month", "c_dm"),
        ("month_year", "c_my"),
        ("weekday_date", "c_wd"),
        ("month_nouns", "month_noun"),
        ("bare_month_after", "ctx_month"),
        ("capitalised_month_after", "ctx_month_upper"),
        ("bare_year_after", "ctx_year"),
        ("habitual", "habitual"),
    ):
        for f in _strs(gr.get(key)):
            g.add(f, role)
    for f, n in _table(gr.get("weekday_week")).items():
        if isinstance(n, int) and n in (-1, 0, 1):
            g.add(f, "wd_week", n)
    for f, n in _table(gr.get("day_words")).items():
        if isinstance(n, int):
            g.add(f, "day_word", n)

    mods = _table(data.get("modifiers"))
    for where in ("before", "after"):
        for f, n in _table(mods.get(where)).items():
            if isinstance(n, int) and n in (-1, 0, 1):
                g.add(f, f"mod_{where}", n)
    for key, role in (("units", "unit"), ("units_plural", "unit_pl")):
        for f, u in _table(data.get(key)).items():
            g.add(f, role, str(u))
    for f, n in _table(data.get("numbers")).items():
        if isinstance(n, int):
            g.add(f, "number", n)
    for f, n in _table(data.get("relative_days")).items():
        if isinstance(n, int):
            g.add(f, "relday", n)
    for f, words in _table(data.get("relative_days_not_after")).items():
        toks, _ = _phrase_tokens(f)
        if toks:
            g.relday_block[toks[0]] = frozenset(fold(w) for w in _strs(words))
    for f, n in _table(data.get("anaphoric_days")).items():
        if isinstance(n, int):
            g.add(f, "anaph", n)
    for f, n in _table(data.get("anaphoric_months")).items():
        if isinstance(n, int):
            g.add(f, "anaph_month", n)
    # «por la tarde», "in the evening": the day told before (or the filing day); right after a
    # day («el miércoles por la tarde») a part of that day's expression
    for f in _strs(data.get("day_parts")):
        g.add(f, "anaph", 0)
        g.add(f, "day_part")
    shifts = _table(data.get("shifts"))
    for key in ("ago_before", "ago_after", "ahead_before", "later_after", "earlier_after"):
        for f in _strs(shifts.get(key)):
            g.add(f, key)
    g.ahead_not_after = frozenset(fold(w) for w in _strs(shifts.get("ahead_not_after")))
    event = _table(shifts.get("from_event"))
    g.event_preps = frozenset(fold(w) for w in _strs(event.get("prepositions")))
    g.event_verbs = frozenset(fold(w) for w in _strs(event.get("verbs")))
    g.event_endings = tuple(fold(w) for w in _strs(event.get("verb_endings")))
    g.event_not_verbs = frozenset(fold(w) for w in _strs(event.get("not_verbs")))
    g.event_determiners = frozenset(fold(w) for w in _strs(event.get("determiners")))
    g.event_clause_openers = frozenset(fold(w) for w in _strs(event.get("clause_openers")))
    for f, part in _table(data.get("month_parts")).items():
        g.add(f, "part", str(part))
    ranges = _table(data.get("ranges"))
    for key, role in (("open", "range_open"), ("to", "range_to"), ("and", "range_and")):
        for f in _strs(ranges.get(key)):
            g.add(f, role)
    for f, m in _table(data.get("seasons")).items():
        if isinstance(m, int) and 1 <= m <= 12:
            g.add(f, "season", m)
    quarters = _table(data.get("quarters"))
    for f in _strs(quarters.get("words")):
        g.add(f, "q_word")
    # "the first half of 2013", «el primer semestre de 2013»: the contract has no half-years,
    # so a half names its year
    for f in _strs(quarters.get("half_words")):
        g.add(f, "h_word")
    for f, n in _table(quarters.get("ordinals")).items():
        if isinstance(n, int) and 1 <= n <= 4:
            g.add(f, "q_ord", n)
    for f in _strs(quarters.get("prefixes")):
        g.add(f, "q_prefix")
    for f in _strs(quarters.get("year_connectors")):
        g.add(f, "c_qy")
    g.plural_day_nouns = frozenset(fold(f) for f in _strs(gr.get("plural_day_nouns")))
    same = sorted({fold(f) for f in _strs(data.get("same_year"))}, key=len, reverse=True)
    if same:
        g.same_year = re.compile(
            r"(?<![\w'])(?:" + "|".join(re.escape(f) for f in same) + r")(?![\w'])"
        )
    return g


_grammars: dict[str, tuple[dict[str, Any], _Grammar]] = {}


def _grammar(language: str) -> _Grammar:
    data = load_lang_file(language, "dates")
    hit = _grammars.get(language)
    if hit is None or hit[0] is not data:  # rebuilt when the lexicon folders change
        hit = (data, _build(data))
        _grammars[language] = hit
    return hit[1]


# ---------------------------------------------------------------------------
# Finding expressions: a recursive-descent parser over the roles of one paragraph.


class _Scan:
    def __init__(self, text: str, folded: str, start: int, end: int, g: _Grammar):
        self.text = text
        self.g = g
        kinds: list[int] = []
        texts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN.finditer(folded, start, end):
            kinds.append(_KIND[m.lastgroup or "punct"])
            texts.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        self.kinds, self.texts, self.starts, self.ends = kinds, texts, starts, ends
        self.n = n = len(texts)
        self.gaps = [1] + [0 if starts[i] == ends[i - 1] else 1 for i in range(1, n)]
        self.roles: list[dict[str, tuple[Any, int]] | None] = [None] * n
        first, phrases, gaps = g.first, g.phrases, self.gaps
        for i, t in enumerate(texts):
            longest = first.get(t)
            if not longest:
                continue
            found: dict[str, tuple[Any, int]] = {}
            for length in range(min(longest, n - i), 0, -1):
                entries = phrases.get(tuple(texts[i : i + length]))
                if not entries:
                    continue
                for pattern, role, payload in entries:
                    if role in found:
                        continue
                    if any(gaps[i + 1 + k] != gp for k, gp in enumerate(pattern)):
                        continue
                    found[role] = (payload, i + length)
            if found:
                self.roles[i] = found

    # -- helpers ------------------------------------------------------------
    def role(self, i: int, name: str) -> tuple[Any, int] | None:
        if i >= self.n:
            return None
        r = self.roles[i]
        return r.get(name) if r else None

    def after(self, i: int, name: str) -> bool:
        """Does a phrase of role `name` end right before token i?"""
        for j in range(max(0, i - 4), i):
            r = self.role(j, name)
            if r and r[1] == i:
                return True
        return False

    def conn(self, i: int, name: str) -> list[int]:
        """Positions after a connector of role `name` at i (the empty connector: i itself)."""
        out = []
        r = self.role(i, name)
        if r:
            out.append(r[1])
        if name in self.g.empty:
            out.append(i)
        return out

    def upper(self, i: int) -> bool:
        return self.text[self.starts[i]].isupper()

    def initial(self, i: int) -> bool:
        return i == 0 or self.texts[i - 1] in _OPENERS

    def word_after(self, i: int) -> bool:
        return i < self.n and self.kinds[i] == _WORD

    # -- atoms ----------------------------------------------------------------
    def day(self, i: int) -> tuple[int, int] | None:
        """A day of the month: (next index, day)."""
        if i >= self.n:
            return None
        r = self.role(i, "day_word")
        if r:
            return r[1], r[0]
        t = self.texts[i]
        if self.kinds[i] != _NUM or len(t) > 2 or not t.isdigit():
            return None
        if self.gaps[i] == 0 and i > 0 and self.texts[i - 1] in _GLUE_BEFORE:
            return None
        j = i + 1
        if j < self.n and self.gaps[j] == 0:
            s = self.role(j, "ord_suffix")
            if s:
                j = s[1]
            elif self.texts[j] in _GLUE_AFTER or self.kinds[j] == _WORD:
                return None
        d = int(t)
        return (j, d) if 1 <= d <= 31 else None

    def year(self, i: int) -> tuple[int, int] | None:
        if i >= self.n or self.kinds[i] != _NUM:
            return None
        t = self.texts[i]
        if len(t) != 4 or not t.isdigit():
            return None
        j = i + 1
        if (
            j < self.n
            and self.gaps[j] == 0
            and (self.kinds[j] == _WORD or self.texts[j] in _GLUE_AFTER)
        ):
            return None
        return j, int(t)

    def year_after(self, i: int) -> tuple[int | None, int]:
        for c in self.conn(i, "c_my"):
            y = self.year(c)
            if y:
                return y[1], y[0]
        return None, i

    def month(self, i: int) -> tuple[int, int, bool] | None:
        """(next index, month, is an abbreviation)."""
        r = self.role(i, "month")
        if not r:
            return None
        if self.g.month_case == "upper" and not self.upper(i):
            return None
        (m, abbr), j = r
        return j, m, abbr

    def count(self, i: int) -> tuple[int, int] | None:
        if (
            i < self.n
            and self.kinds[i] == _NUM
            and self.texts[i].isdigit()
            and len(self.texts[i]) <= 5
        ):
            n = int(self.texts[i])
            return (i + 1, n) if n <= _MAX_COUNT else None
        r = self.role(i, "number")
        return (r[1], r[0]) if r else None

    def count_unit(self, i: int) -> tuple[int, int, str] | None:
        c = self.count(i)
        if not c:
            return None
        k, n = c
        u = self.role(k, "unit") or self.role(k, "unit_pl")
        if not u or u[0] not in _COUNT_UNITS:
            return None
        return u[1], n, u[0]

    # -- constructions --------------------------------------------------------
    def dmy(self, i: int) -> Parse | None:
        """[day noun] DAY [conn MONTH [conn YEAR]]; without a month: a partial day."""
        k, noun = i, False
        r = self.role(k, "day_noun")
        if r:
            k, noun = r[1], True
        day = self.day(k)
        if day is None:
            return None
        k, d = day
        for c in self.conn(k, "c_dm"):
            mo = self.month(c)
            if mo:
                y, k2 = self.year_after(mo[0])
                return k2, {"t": "date", "d": d, "m": mo[1], "y": y}
        return k, {"t": "date", "d": d, "m": None, "y": None, "noun": noun}

    def month_first(self, i: int) -> Parse | None:
        """MONTH DAY [YEAR] (where written so) | MONTH [conn YEAR] [modifier]."""
        mo = self.month(i)
        if not mo:
            return None
        k, m, abbr = mo
        if self.g.month_day_order:
            day = self.day(k)
            if day:
                y, k2 = self.year_after(day[0])
                return k2, {"t": "date", "d": day[1], "m": m, "y": y}
        y, k2 = self.year_after(k)
        if y is not None:
            return k2, {"t": "month", "m": m, "y": y}
        node: Node = {"t": "month", "m": m, "y": None, "bare": True, "abbr": abbr}
        r = self.role(k, "mod_after")
        if r and not abbr:
            node["mod"] = r[0]
            k = r[1]
        return k, node

    def bare_month_case_ok(self, i: int, node: Node) -> bool:
        """A month written alone is never abbreviated, and "Mayo" mid-sentence is a name."""
        if node.get("abbr"):
            return False
        if self.g.bare_month_case == "lower" and self.upper(i) and "mod" not in node:
            return self.after(i, "ctx_month_upper")  # «em Abril»: an older spelling
        return not (self.g.bare_month_case == "upper" and not self.upper(i))

    def bare_month_ok(self, i: int, node: Node) -> bool:
        """A month written alone: the right case, and a context word before it."""
        if not self.bare_month_case_ok(i, node):
            return False
        if "mod" in node:
            return True
        if not self.after(i, "ctx_month"):
            return False
        # "el 99 de enero": a number that is not a day; not "enero" alone either
        return not (i >= 2 and self.kinds[i - 2] == _NUM)

    def weekday(self, i: int, after_article: bool) -> Parse | None:
        """[modifier] WEEKDAY [modifier] [, DATE] — "el próximo martes", "Tuesday, January 4"."""
        k, mod = i, None
        r = self.role(k, "mod_before")
        if r:
            mod, k = r
        w = self.role(k, "weekday")
        if not w:
            return None
        wd, wi, k = w[0], k, w[1]
        if self.g.weekday_case == "upper" and not self.upper(wi):
            return None
        if self.g.weekday_case == "lower" and self.upper(wi):
            if mod is None and not after_article and not self.initial(wi):
                return None
        if mod is None and not after_article and self.after(i, "habitual"):
            return None
        if mod is None:
            r = self.role(k, "mod_after")
            week = self.role(k, "wd_week")
            if week:
                # "el lunes de la semana pasada", "on Monday last week": that week's weekday
                return week[1], {"t": "weekday", "wd": wd, "mod": None, "week": week[0]}
            if r:
                mod, k = r
            elif (
                self.texts[wi] in self.g.ordinal_weekdays
                and self.word_after(k)
                and len(self.texts[k]) >= 4
                and self.texts[k] not in self.g.weekday_followers
            ):
                return None  # «a segunda cimeira», «a quarta ronda»: an ordinal and its noun
        if (closed := self.bracketed_day(k)) is not None:
            # "na sexta-feira (19)": the Brazilian press gives the day of the month in brackets
            node = {"t": "date", "d": int(self.texts[k + 1]), "m": None, "wd": wd}
            if mod is not None:
                node["mod"] = mod
            return closed, node
        for c in self.conn(k, "c_wd"):
            found = self.dmy(c) or self.month_first(c)
            if not found or found[1]["t"] != "date":
                continue
            end, node = found
            if node["m"] is None and (c != k or self.word_after(end)):
                continue  # "el lunes 3" only when nothing follows: "el lunes 3 soldados"
            node["wd"] = wd
            if mod is not None:
                node["mod"] = mod
            return end, node
        return k, {"t": "weekday", "wd": wd, "mod": mod}

    def modified(self, i: int) -> Parse | None:
        """MODIFIER (UNIT | [month noun] MONTH | DATE): "la próxima semana", "next May",
        "el pasado mes de mayo", "el próximo 13 de enero", "el próximo día 13"."""
        r = self.role(i, "mod_before")
        if not r:
            return None
        mod, k = r
        mn = self.role(k, "month_noun")
        k2 = mn[1] if mn else k
        mo = self.month(k2)
        if mo and not mo[2] and not (self.g.month_day_order and self.day(mo[0])):
            y, k3 = self.year_after(mo[0])
            return k3, {"t": "month", "m": mo[1], "y": y, "mod": mod}
        u = self.role(k, "unit")
        if u and u[0] in _REL_UNITS:
            return u[1], {"t": "rel", "unit": u[0], "mod": mod}
        if mn:
            return None
        found = self.dmy(k)
        if found and (found[1]["m"] is not None or found[1].get("noun")):
            found[1]["mod"] = mod
            return found
        found = self.month_first(k) if self.g.month_day_order else None
        if found and found[1]["t"] == "date":
            found[1]["mod"] = mod
            return found
        return None

    def unit_after(self, i: int) -> Parse | None:
        """UNIT MODIFIER: "la semana próxima", "el año pasado"."""
        u = self.role(i, "unit")
        if not u or u[0] not in _REL_UNITS:
            return None
        r = self.role(u[1], "mod_after")
        return (r[1], {"t": "rel", "unit": u[0], "mod": r[0]}) if r else None

    def quarter(self, i: int) -> Parse | None:
        """ORDINAL QUARTER [conn YEAR] | Q1 [YEAR] | ORDINAL HALF conn YEAR (the year)."""
        r = self.role(i, "q_ord")
        if r:
            q, k = r
            w = self.role(k, "q_word")
            if not w:
                h = self.role(k, "h_word") if q <= 2 else None
                if not h:
                    return None
                for c in self.conn(h[1], "c_qy"):
                    y = self.year(c)
                    if y:
                        return y[0], {"t": "year", "y": y[1]}
                return None
            k = w[1]
        else:
            p = self.role(i, "q_prefix")
            if not p or not self.upper(i) or p[1] >= self.n or self.gaps[p[1]] != 0:
                return None
            if self.texts[p[1]] not in ("1", "2", "3", "4"):
                return None
            q, k = int(self.texts[p[1]]), p[1] + 1
        for c in self.conn(k, "c_qy"):
            y = self.year(c)
            if y:
                return y[0], {"t": "quarter", "q": q, "y": y[1]}
        return k, {"t": "quarter", "q": q, "y": None}

    def season(self, i: int) -> Parse | None:
        """MODIFIER SEASON | SEASON MODIFIER | SEASON [conn] YEAR: "next spring", «la primavera
        de 2020», « l'été prochain », «no próximo verão». A bare season names no date."""
        r = self.role(i, "mod_before")
        if r:
            se = self.role(r[1], "season")
            return (se[1], {"t": "season", "m": se[0], "y": None, "mod": r[0]}) if se else None
        se = self.role(i, "season")
        if not se:
            return None
        m, k = se
        r = self.role(k, "mod_after")
        if r:
            return r[1], {"t": "season", "m": m, "y": None, "mod": r[0]}
        for c in self.conn(k, "c_qy"):
            y = self.year(c)
            if y:
                return y[0], {"t": "season", "m": m, "y": y[1]}
        return None

    def shift(self, i: int) -> Parse | None:
        """ "hace dos semanas", "dentro de diez días", "two weeks ago", "dos días después"."""
        for name, sign in (("ago_before", -1), ("ahead_before", 1)):
            r = self.role(i, name)
            if r:
                if sign > 0 and self.g.ahead_not_after & set(self.texts[max(0, i - 8) : i]):
                    continue  # "their first face-to-face talks in a year": a span, no date
                cu = self.count_unit(r[1])
                if cu:
                    return cu[0], {
                        "t": "shift",
                        "n": cu[1],
                        "unit": cu[2],
                        "sign": sign,
                        "ana": False,
                    }
        cu = self.count_unit(i)
        if cu:
            k, n, unit = cu
            for name, sign, ana in (
                ("ago_after", -1, False),
                ("later_after", 1, True),
                ("earlier_after", -1, True),
            ):
                r = self.role(k, name)
                if r:
                    node = {"t": "shift", "n": n, "unit": unit, "sign": sign, "ana": ana}
                    if ana and self.from_event(r[1]):
                        node["event"] = True
                    elif ana and self.from_noun(r[1]):
                        node["noun"] = True
                    elif ana and self.from_clause(r[1]):
                        node["clause"] = True
                    return r[1], node
        return None

    def from_event(self, j: int) -> bool:
        """ "a day after arriving", "un día después de presidir", "une semaine après avoir
        annoncé": a verb after the shift names the event it counts from."""
        if j < self.n and self.texts[j] in self.g.event_preps:
            j += 1
        if j >= self.n or self.kinds[j] != _WORD:
            return False
        w = self.texts[j]
        if w in self.g.event_not_verbs:
            return False
        return w in self.g.event_verbs or (len(w) > 4 and w.endswith(self.g.event_endings))

    def from_noun(self, j: int) -> bool:
        """ "five months after a first trip", «cinq mois après un premier déplacement»: a noun
        phrase after the shift names the event it counts from."""
        if j < self.n and self.texts[j] in self.g.event_preps:
            j += 1
        return j < self.n and self.texts[j] in self.g.event_determiners

    def from_clause(self, j: int) -> bool:
        """ "diez días después de que el CNE suspendiera …": a clause after the shift tells the
        event it counts from."""
        if j < self.n and self.texts[j] in self.g.event_preps:
            j += 1
        return j < self.n and self.texts[j] in self.g.event_clause_openers

    def relday(self, i: int) -> Parse | None:
        r = self.role(i, "relday")
        if not r:
            return None
        block = self.g.relday_block.get(self.texts[i])
        if block and i > 0 and self.texts[i - 1] in block and r[1] == i + 1:
            return None  # "la mañana": the morning
        k = r[1]
        if (closed := self.bracketed_day(k)) is not None:
            k = closed  # "amanhã (28)": the Brazilian press's day of the month, in brackets
        return self.apposed_weekday(k, {"t": "relday", "off": r[0]})

    def apposed_weekday(self, k: int, node: Node) -> Parse:
        """A day word and the weekday set off after it ("ayer, martes,", «Na véspera,
        quinta-feira,», « hier, mardi, »): one day, which the weekday names."""
        if k + 1 < self.n and self.texts[k] == ",":
            found = self.weekday(k + 1, False)
            if found is not None:
                end, day = found
                if day["t"] == "date":
                    return end, day  # «Na véspera, segunda-feira (3)»: the day written
                if day.get("mod") is None and day.get("week") is None:
                    return end, {**node, "wd": day["wd"]}
        return k, node

    def bracketed_day(self, k: int) -> int | None:
        """Where tokens k.. that are "(", a day of the month (perhaps ordinal), ")" end
        ("sexta-feira (19)", "amanhã (28)", "hoje (1º)"); None when they are not."""
        if not (
            k + 2 < self.n
            and self.texts[k] == "("
            and self.kinds[k + 1] == _NUM
            and self.texts[k + 1].isdigit()
            and 1 <= int(self.texts[k + 1]) <= 31
        ):
            return None
        close = k + 2
        r = self.role(close, "ord_suffix")
        if r:
            close = r[1]
        return close + 1 if close < self.n and self.texts[close] == ")" else None

    def anaphor(self, i: int) -> Parse | None:
        r = self.role(i, "anaph")
        if r:
            node: Node = {"t": "anaph", "off": r[0]}
            part = self.role(i, "day_part")
            if part and part[1] == r[1]:
                node["part"] = True
            return self.apposed_weekday(r[1], node)
        r = self.role(i, "anaph_month")
        return (r[1], {"t": "anaph_month", "off": r[0]}) if r else None

    def numeric(self, i: int) -> Parse | None:
        kind = self.kinds[i]
        if kind not in (_ISO, _NUMERIC):
            return None
        parts = [int(p) for p in re.split(r"[/.-]", self.texts[i])]
        if kind == _ISO:
            y, m, d = parts
        else:
            a, b, y = parts
            if y < 100:
                y += 2000
            d, m = (a, b) if self.g.numeric_order != "mdy" else (b, a)
            if m > 12 >= d:
                d, m = m, d
        return i + 1, {"t": "date", "d": d, "m": m, "y": y}

    def part(self, i: int) -> Parse | None:
        """PART (MONTH [YEAR] | YEAR | relative unit): "finales de enero", "mid-2025",
        "earlier this month", "a finales del año pasado", "by the end of the year"."""
        r = self.role(i, "part")
        if not r:
            return None
        w = self.role(i, "unit")
        if w and w[0] == "weekend":
            return None  # «el fin de semana»: a weekend, not the end of a week
        p, k = r
        best: Parse | None = None
        starts = [k]
        a = self.role(k, "article")
        if a:
            starts.append(a[1])
        cands: list[Parse | None] = []
        for s in starts:
            cands.append(self.modified(s))
            cands.append(self.unit_after(s))
            u = self.role(s, "unit")
            if u and u[0] in _REL_UNITS - {"weekend"}:
                cands.append((u[1], {"t": "rel", "unit": u[0], "mod": 0}))
        mn = self.role(k, "month_noun")
        found = self.month_first(mn[1] if mn else k)
        if found and found[1]["t"] == "month" and not found[1].get("abbr"):
            if self.g.bare_month_case != "lower" or not self.upper(mn[1] if mn else k):
                cands.append(found)
        y = self.year(k)
        if y:
            cands.append((y[0], {"t": "year", "y": y[1]}))
        for c in cands:
            if c and c[1]["t"] in ("rel", "month", "year") and (best is None or c[0] > best[0]):
                best = c
        if best is None:
            return None
        return best[0], {"t": "part", "part": p, "inner": best[1]}

    def range_item(self, i: int, opened: bool, first: bool, article: bool = False) -> Parse | None:
        if article:  # "el 9 y el 10 de enero"; never "the July 8-9 summit"
            cands = [self.dmy(i), self.weekday(i, after_article=True)]
        else:
            cands = [self.dmy(i), self.month_first(i), self.weekday(i, after_article=True)]
        y = self.year(i)
        if y:
            cands.append((y[0], {"t": "year", "y": y[1]}))
        if not first:
            cands.append(self.relday(i))  # "de sexta-feira (19) até hoje"
        best: Parse | None = None
        for c in cands:
            if not c:
                continue
            t = c[1]["t"]
            if (
                first
                and t != "date"
                and not opened
                and not (t == "year" and self.after(i, "ctx_year"))
                and not (t == "month" and self.after(i, "ctx_month"))
            ):
                continue
            if t == "month" and c[1].get("bare") and not self.bare_month_case_ok(i, c[1]):
                continue
            if t == "weekday" and c[1]["mod"] is not None:
                continue
            if best is None or c[0] > best[0]:
                best = c
        return best

    def range(self, i: int) -> Parse | None:
        """[opener] A (to|and) [article] B: "del 9 al 10 de enero de 2022", "entre el 3 y el 5
        de marzo", "los días 17 y 18 de julio", "January 9-10, 2022", "from June 12 to 20"."""
        k, opened, article = i, False, False
        if r := self.role(i, "range_open"):
            k, opened = r[1], True
        elif r := self.role(i, "article"):
            k, article = r[1], True
        a = self.range_item(k, opened, first=True, article=article)
        if not a:
            return None
        ka, A = a
        partial = A["t"] == "date" and A["m"] is None
        while partial and ka < self.n and self.texts[ka] == "," and (more := self.day(ka + 1)):
            ka = more[0]  # "los días 17, 18 y 19 de julio"
        conn = self.role(ka, "range_to")
        if conn and opened and self.texts[ka] == "-":
            return None  # "del 9-10 de enero": "del" is "of the" here, not "from"
        next_day_only = False
        later_only = False  # "in 2007 and 2008", "in June and July": a span of years or months
        if not conn:
            conn = self.role(ka, "range_and")
            if not conn:
                return None
            # "on Jan. 28 and 29", "on October 17 and 18": a month's day and the next one
            next_day_only = not (opened or partial)
            if next_day_only and A["t"] in ("year", "month") and not opened:
                next_day_only, later_only = False, True
            if next_day_only and not (A["t"] == "date" and A.get("d") is not None):
                return None
        kb = conn[1]
        starts = [kb]
        art = self.role(kb, "article")
        if art:
            starts.append(art[1])
        if later_only and (ctx := self.role(kb, "ctx_year") or self.role(kb, "ctx_month")):
            starts.append(ctx[1])  # « en 2013 et en 2014 »
        for s in starts:
            b = self.range_item(s, opened, first=False)
            if b and later_only and not _later_of_same_kind(A, b[1]):
                return None
            if b and next_day_only:
                B = b[1]
                if not (
                    B["t"] == "date"
                    and B["m"] is None
                    and B.get("wd") is None
                    and B.get("d") == A["d"] + 1
                ):
                    return None
            if b:
                combined = self.combine(A, b)
                if combined:
                    return combined
        return None

    def combine(self, A: Node, b: Parse) -> Parse | None:
        kb, B = b
        ta, tb = A["t"], B["t"]
        if ta == "date" and tb == "date":
            if A.get("noun") or B.get("noun"):
                return None
            A, B = dict(A), dict(B)
            if B["m"] is None and A["m"] is None and A.get("wd") is not None:
                # "de sexta-feira (19) a domingo (21)": weekdays with their days, no month
                return kb, {"t": "range", "a": A, "b": B}
            if B["m"] is None:
                if A["m"] is None:
                    return None
                B["m"] = A["m"]
                y, kb = self.year_after(kb)  # "January 9-10, 2022"
                if y is not None:
                    B["y"] = y
                    A["y"] = A["y"] if A["y"] is not None else y
            if A["m"] is None:
                A["m"] = B["m"]
            if A["y"] is None and B["y"] is not None:  # "del 30 de diciembre al 2 de enero de 2022"
                A["y"] = B["y"] if (A["m"], A["d"]) <= (B["m"], B["d"]) else B["y"] - 1
            return kb, {"t": "range", "a": A, "b": B}
        if ta == "date" and tb == "relday" and A.get("wd") is not None:
            return kb, {"t": "range", "a": A, "b": B}  # "de sexta-feira (19) até hoje"
        if ta == tb and ta in ("month", "year", "weekday"):
            if ta == "month":
                if B.get("mod") is not None:
                    return None
                if A["y"] is None and B["y"] is not None:  # "entre enero y marzo de 2022"
                    A = {**A, "y": B["y"] if A["m"] <= B["m"] else B["y"] - 1}
            return kb, {"t": "range", "a": A, "b": B}
        return None

    def single(self, i: int) -> list[Parse | None]:
        cands: list[Parse | None] = [
            self.numeric(i),
            self.relday(i),
            self.anaphor(i),
            self.shift(i),
            self.quarter(i),
            self.part(i),
        ]
        starts = [(i, False)]
        a = self.role(i, "article")
        if a:
            starts.append((a[1], True))
        for s, art in starts:
            cands.append(self.season(s))
            cands.append(self.weekday(s, art))
            cands.append(self.modified(s))
            cands.append(self.unit_after(s))
            if art:
                cands.append(self.quarter(s))
            found = self.dmy(s)
            if found and (found[1]["m"] is not None or found[1].get("noun")):
                cands.append(found)
            found = None if art else self.month_first(s)  # "the July 8-9 summit": not "the"
            if found:
                node = found[1]
                if node["t"] != "month" or not node.get("bare"):
                    cands.append(found)
                elif self.bare_month_ok(s, node):
                    cands.append(found)
        y = self.year(i)
        if y and self.after(i, "ctx_year"):
            cands.append((y[0], {"t": "year", "y": y[1]}))
        return cands

    def expressions(self) -> list[tuple[int, int, Node]]:
        out: list[tuple[int, int, Node]] = []
        i, n = 0, self.n
        while i < n:
            if self.roles[i] is None and self.kinds[i] not in (_NUM, _ISO, _NUMERIC):
                i += 1
                continue
            best: Parse | None = None
            for c in [self.range(i), *self.single(i)]:
                if c and c[0] > i and (best is None or c[0] > best[0]):
                    best = c
            if best is None:
                i += 1
                continue
            start, end = self.starts[i], self.ends[best[0] - 1]
            i = best[0]
            if best[1].get("part") and i + 1 < n and self.texts[i].lower() in _PART_OF_WORDS:
                # «en la madrugada del 28 de junio», "in the early hours of Monday", «dans la
                # nuit du 27 au 28»: the part of the day the expression after it tells
                after: Parse | None = None
                # («dans la nuit de vendredi à samedi»: the range its «de» opens)
                for c in [self.range(i), self.range(i + 1), *self.single(i + 1)]:
                    if c and c[0] > i + 1 and (after is None or c[0] > after[0]):
                        after = c
                if after is not None and after[1]["t"] not in ("anaph_month", "month", "year"):
                    best = after
                    end, i = self.ends[after[0] - 1], after[0]
            part = self.role(i, "day_part")
            if part and best[1]["t"] not in ("anaph_month", "month", "year", "range"):
                # «ayer por la tarde», "on Monday in the evening": one day, told to the hour
                end, i = self.ends[part[1] - 1], part[1]
            out.append((start, end, best[1]))
            if (
                best[1]["t"] in ("weekday", "date")
                and i + 1 < n
                and self.texts[i] == ","
                and (ana := self.anaphor(i + 1)) is not None
                and ana[1]["t"] == "anaph"
                and ana[1]["off"] in (-1, 1)
                and (
                    self.from_noun(ana[0])
                    or (self.texts[ana[0]] in _OF_WORDS and self.from_noun(ana[0] + 1))
                )
            ):
                # "on Monday, the day before the ceremony,", «el lunes, la víspera de la
                # ceremonia,»: the day told again by the event it precedes, not a day before it
                i = ana[0]
        return out


# ---------------------------------------------------------------------------
# Resolution.


def _month_key(y: int, m: int) -> int:
    return y * 12 + m - 1


LEAD_EVENT_DAYS = 2  # the lead's event is the filing day's or at most this many days before


def _later_of_same_kind(a: Node, b: Node) -> bool:
    """ "2007 and 2008", "June and July (2018)": the same kind of date, the second one later."""
    if a["t"] != b["t"]:
        return False
    if a["t"] == "year":
        return b["y"] > a["y"]
    if a["t"] == "month":
        if b.get("mod") is not None or a.get("mod") is not None:
            return False
        if a.get("y") is not None and b.get("y") is not None and a["y"] != b["y"]:
            return b["y"] > a["y"]
        return b["m"] > a["m"]
    return False


FAR_DAYS = 240  # a day and month without a year this far from the report …
NEAR_DAYS = 45  # … is the one this near it, whatever the tense


def _pick(cands: list[int], anchor: int, direction: int, strict: bool) -> int | None:
    """The candidate after (direction 1), before (-1) or nearest (0) to the anchor."""
    if not cands:
        return None
    if direction > 0:
        later = [c for c in cands if c > anchor or (c == anchor and not strict)]
        return min(later) if later else None
    if direction < 0:
        earlier = [c for c in cands if c < anchor or (c == anchor and not strict)]
        return max(earlier) if earlier else None
    return min(cands, key=lambda c: (abs(c - anchor), c < anchor))


def _on_weekday(d: dt.date | None, wd: int | None) -> dt.date | None:
    """The day of weekday `wd` nearest to `d` ("la víspera, jueves": the weekday written is
    the day, whatever the day counted from was); `d` itself when no weekday is written."""
    if d is None or wd is None:
        return d
    ahead = (wd - d.weekday()) % 7
    return d + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _fmt_month(key: int) -> str:
    return f"{key // 12:04d}-{key % 12 + 1:02d}"


def _fmt_quarter(key: int) -> str:
    return f"{key // 4:04d}-Q{key % 4 + 1}"


class _Resolver:
    def __init__(
        self,
        anchor: dt.date | None,
        tense: Callable[[], str],
        previous: Callable[[], dt.date | None],
        year_context: Callable[[], int | None] = lambda: None,
        eventive: Callable[[], bool] = lambda: False,
        month_context: Callable[[], tuple[int, int] | None] = lambda: None,
        lead_day: Callable[[], dt.date | None] = lambda: None,
        coarse_since: Callable[[], bool] = lambda: False,
        day_here: Callable[[], bool] = lambda: False,
        week_context: Callable[[], dt.date | None] = lambda: None,
        told_day_here: Callable[[], bool] = lambda: False,
        opens_paragraph: Callable[[], bool] = lambda: False,
    ):
        self.opens_paragraph = opens_paragraph
        self.week_context = week_context
        self.told_day_here = told_day_here
        self.coarse_since = coarse_since
        self.day_here = day_here
        self.lead_day = lead_day
        self.eventive = eventive
        self.month_context = month_context
        self.anchor = anchor
        self.tense = tense
        self.previous = previous
        self.year_context = year_context

    def direction(self, node: Node) -> tuple[int, bool]:
        mod = node.get("mod")
        if mod in (1, -1):
            return mod, True
        if mod == 0:
            return 0, False
        # "would meet on Tuesday" reports a plan: the conditional looks forward
        return {"future": 1, "conditional": 1, "past": -1}.get(self.tense(), 0), False

    # Each resolver returns (value, granularity, key) where key is an ordinal
    # (date ordinal, month key, quarter key or year) used to order ranges.
    def resolve(self, node: Node) -> tuple[str | None, str | None, str]:
        t = node["t"]
        if t == "range":
            return self.range(node)
        if t == "rel" and node["unit"] == "weekend" and self.anchor is not None:
            return self.weekend(node["mod"])
        value, gran, _ = self.one(node)
        return value, None, gran

    def weekend(self, mod: int) -> tuple[str, str, str]:
        """«ce week-end», "last weekend": that Saturday and Sunday. "This weekend" told in the
        past early in the week (Monday, Tuesday) is the one just gone."""
        a = self.anchor
        d = a + dt.timedelta(days=7 * mod)
        sat = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
        if mod == 0 and a.weekday() <= 1 and self.tense() == "past":
            sat -= dt.timedelta(days=7)
        return sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), "day"

    def one(self, node: Node) -> tuple[str | None, str, Any]:
        t = node["t"]
        a = self.anchor
        if t == "date":
            d = self.date(node)
            return (d.isoformat() if d else None), "day", d
        if t == "month":
            if node.get("y") is not None:
                key = _month_key(node["y"], node["m"])
            elif a is None:
                return None, "month", None
            else:
                here = _month_key(a.year, a.month)
                cands = [_month_key(y, node["m"]) for y in (a.year - 1, a.year, a.year + 1)]
                if node.get("mod") == 0:
                    key = _month_key(a.year, node["m"])
                else:
                    direction, strict = self.direction(node)
                    key = _pick(cands, here, direction, strict)
            return (_fmt_month(key) if key is not None else None), "month", key
        if t == "year":
            return f"{node['y']:04d}", "year", node["y"]
        if t == "season":
            # a season is told by its year: the contract has no season granularity
            if node.get("y") is not None:
                year = node["y"]
            elif a is None:
                return None, "year", None
            elif node.get("mod") == 0:
                year = a.year
            else:
                here = _month_key(a.year, a.month)
                cands = [_month_key(y, node["m"]) for y in (a.year - 1, a.year, a.year + 1)]
                direction, strict = self.direction(node)
                key = _pick(cands, here, direction, strict)
                if key is None:
                    return None, "year", None
                year = key // 12
            return f"{year:04d}", "year", year
        if t == "quarter":
            if node.get("y") is not None:
                key = node["y"] * 4 + node["q"] - 1
            elif a is None:
                return None, "quarter", None
            else:
                here = a.year * 4 + (a.month - 1) // 3
                cands = [y * 4 + node["q"] - 1 for y in (a.year - 1, a.year, a.year + 1)]
                direction, strict = self.direction(node)
                key = _pick(cands, here, direction, strict)
            return (_fmt_quarter(key) if key is not None else None), "quarter", key
        if t == "weekday":
            d = self.weekday(node["wd"], node)
            return (d.isoformat() if d else None), "day", d
        if t == "relday":
            d = a + dt.timedelta(days=node["off"]) if a else None
            d = _on_weekday(d, node.get("wd"))
            return (d.isoformat() if d else None), "day", d
        if t == "anaph" and node.get("part"):
            # «Por la tarde, Dilma se reunió con Zuma», "In the evening the commission met": a
            # day told in the sentence, else the day the lead tells (the filing day or just
            # before), else the filing day; not whatever date was written last (a plan's)
            base = self.previous() if self.told_day_here() else None
            if base is None and self.tense() in PART_TODAY_TENSES:
                base = a  # «Por la tarde viajará a París»: the afternoon still to come
            if base is None:
                lead = self.lead_day()
                ok = lead is not None and a is not None and 0 <= (a - lead).days <= LEAD_EVENT_DAYS
                base = lead if ok else a
            return (base.isoformat() if base else None), "day", base
        if t == "anaph":
            # "la víspera de la firma", "the eve of the vote": the day before the story's event,
            # not before whatever date was written last
            # ("Horas antes de la cita trilateral": the day of the event the lead tells, when it
            # is the filing day or just before)
            lead = self.lead_day() if self.eventive() else None
            if lead is not None and not (a and 0 <= (a - lead).days <= LEAD_EVENT_DAYS):
                lead = None
            base = (lead or a) if self.eventive() else self.previous()
            if not self.eventive() and node["off"] < 0 and self.opens_paragraph():
                # "La víspera, los cancilleres ya habían condenado el golpe", «Na véspera, Xi
                # recebeu …» opening a paragraph: the eve of the story's event, the one its
                # lead tells, not of a day the paragraph before named in passing
                lead = self.lead_day()
                if lead is not None and a and 0 <= (a - lead).days <= LEAD_EVENT_DAYS:
                    base = lead
            if base is None and node["off"] <= 0:
                # "Erdogan held separate meetings … earlier in the day", « La veille, le
                # ministre avait été reçu »: with no day told just before, the day counted from
                # is the story's, the one its lead tells (a day after is left to the report's)
                base = self.lead_day()
            base = base or a
            d = base + dt.timedelta(days=node["off"]) if base else None
            d = _on_weekday(d, node.get("wd"))
            return (d.isoformat() if d else None), "day", d
        if t == "anaph_month":
            # "after a round held in Hakone the previous month": the month before the one just
            # told (in its sentence, else the last day told), never a day
            mc = self.month_context()
            if mc is None:
                base = self.previous()
                mc = (base.year, base.month) if base else None
            if mc is None:
                return None, "month", None
            key = _month_key(mc[0], mc[1]) + node["off"]
            return _fmt_month(key), "month", key
        if t == "rel":
            return self.rel(node["unit"], node["mod"])
        if t == "shift":
            return self.shift(node)
        if t == "part":
            value, gran, key = self.one(node["inner"])
            return value, gran, key
        return None, "other", None

    def date(self, node: Node) -> dt.date | None:
        a = self.anchor
        d, m, y = node["d"], node["m"], node.get("y")
        wd = node.get("wd")
        if y is not None and m is not None:
            try:
                return dt.date(y, m, d)
            except ValueError:
                return None
        if a is None:
            return None
        if m is not None:
            # "el año pasado …, la primera el 12 de abril": the year the sentence already gave
            yc = self.year_context()
            tense = self.tense()
            if yc is not None and not (
                # "… since it joined last year, and both are expected to attend … from July 25
                # to 27": a past year does not date a future clause, nor a coming year a past one
                (yc < a.year and tense == "future") or (yc > a.year and tense == "past")
            ):
                try:
                    return dt.date(yc, m, d)
                except ValueError:
                    return None
        if m is None and wd is None and node.get("mod") is None:
            # "a finales de abril …, donde se reunió con Putin el día 26": the sentence's month
            mc = self.month_context()
            if mc is not None:
                try:
                    return dt.date(mc[0], mc[1], d)
                except ValueError:
                    return None
        cands: list[dt.date] = []
        if m is not None:
            pairs = [(yy, m) for yy in (a.year - 1, a.year, a.year + 1)]
        else:  # a day of the month alone: "el próximo día 13", "el lunes 3"
            here = _month_key(a.year, a.month)
            pairs = [(k // 12, k % 12 + 1) for k in range(here - 1, here + 2)]
        for yy, mm in pairs:
            try:
                cands.append(dt.date(yy, mm, d))
            except ValueError:
                continue
        if wd is not None and any(c.weekday() == wd for c in cands):
            cands = [c for c in cands if c.weekday() == wd]
            if len(cands) == 1:
                return cands[0]  # "sexta-feira (19)": the one day both name, whatever the tense
        direction, strict = self.direction(node)
        ords = [c.toordinal() for c in cands]
        key = _pick(ords, a.toordinal(), direction, strict)
        if key is not None and m is not None and not strict and direction != 0:
            # «que Costa convocou para 3 de fevereiro», told on 21 February: a day and month
            # with no year that the clause's tense would send most of a year away is the one a
            # few weeks from the report (a writer gives the year of a day that far)
            near = _pick(ords, a.toordinal(), 0, False)
            if (
                near is not None
                and abs(key - a.toordinal()) > FAR_DAYS
                and abs(near - a.toordinal()) <= NEAR_DAYS
            ):
                key = near
        return dt.date.fromordinal(key) if key is not None else None

    def weekday(self, wd: int, node: Node) -> dt.date | None:
        a = self.anchor
        if a is None:
            return None
        mod = node.get("mod")
        if node.get("week") is not None:
            return a + dt.timedelta(days=7 * node["week"] + wd - a.weekday())
        if mod == 1:
            return a + dt.timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
        if mod == -1:
            return a - dt.timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
        if mod == 0:
            return a + dt.timedelta(days=wd - a.weekday())
        monday = self.week_context()
        if mod is None and monday is not None:
            # "Next week, the minister travels to Washington on Tuesday": that week's Tuesday
            return monday + dt.timedelta(days=wd)
        back, ahead = (a.weekday() - wd) % 7, (wd - a.weekday()) % 7
        direction, _ = self.direction(node)
        if direction > 0 or (direction == 0 and ahead < back):
            return a + dt.timedelta(days=ahead)
        return a - dt.timedelta(days=back)

    def rel(self, unit: str, mod: int) -> tuple[str | None, str, Any]:
        a = self.anchor
        gran = "week" if unit == "weekend" else unit
        if a is None:
            return None, gran, None
        if unit in ("week", "weekend"):
            d = a + dt.timedelta(days=7 * mod)
            return _iso_week(d), "week", d
        if unit == "month":
            key = _month_key(a.year, a.month) + mod
            return _fmt_month(key), "month", key
        if unit == "quarter":
            key = a.year * 4 + (a.month - 1) // 3 + mod
            return _fmt_quarter(key), "quarter", key
        return f"{a.year + mod:04d}", "year", a.year + mod

    def shift(self, node: Node) -> tuple[str | None, str, Any]:
        unit, n = node["unit"], node["n"] * node["sign"]
        base = (self.previous() or self.anchor) if node["ana"] else self.anchor
        if node.get("event") or node.get("clause") or (node["ana"] and self.coarse_since()):
            base = None  # counted from an event the text does not date
        elif node.get("noun") and (
            self.previous() is None or (unit not in ("day", "week") and self.day_here())
        ):
            # "five months after a first trip": a trip no day told before dates; «fizeram
            # nesta segunda-feira (30) sua primeira reunião, quase um ano depois da posse»: the
            # day this sentence names is the other event's (a count of days from it may date
            # the event back: « le 30 mars, deux jours après le précédent appel »)
            base = None
        gran = "day" if unit in ("day", "week") else unit
        if base is None:
            return None, gran, None
        if unit in ("day", "week"):
            d = base + dt.timedelta(days=n * (7 if unit == "week" else 1))
            return d.isoformat(), "day", d
        if unit == "month":
            key = _month_key(base.year, base.month) + n
            return _fmt_month(key), "month", key
        if unit == "quarter":
            key = base.year * 4 + (base.month - 1) // 3 + n
            return _fmt_quarter(key), "quarter", key
        return f"{base.year + n:04d}", "year", base.year + n

    def range(self, node: Node) -> tuple[str | None, str | None, str]:
        A, B = node["a"], node["b"]
        t = A["t"]
        # The start is resolved first, so a range under way on the publication date stays
        # in its year ("the July 8-9 summit" reported on July 8); then the end follows it.
        va, gran, ka = self.one(A)
        if va is None:
            return None, None, gran
        if t == "date" and B["t"] == "relday":
            db = self.anchor + dt.timedelta(days=B["off"]) if self.anchor else None
            return va, (db.isoformat() if db and db > ka else None), gran
        if t == "date" and B.get("m") is None:
            # a day of the month after the start: this month or the next
            db = None
            for k in (0, 1):
                key = _month_key(ka.year, ka.month) + k
                try:
                    cand = dt.date(key // 12, key % 12 + 1, B["d"])
                except ValueError:
                    continue
                if cand > ka:
                    db = cand
                    break
            return va, (db.isoformat() if db else None), gran
        if t == "date":
            if B.get("y") is not None:
                try:
                    db = dt.date(B["y"], B["m"], B["d"])
                except ValueError:
                    return va, None, gran
            else:
                db = None
                for y in (ka.year, ka.year + 1):
                    try:
                        cand = dt.date(y, B["m"], B["d"])
                    except ValueError:
                        continue
                    if cand >= ka:
                        db = cand
                        break
            return va, (db.isoformat() if db else None), gran
        if t == "month":
            kb = _month_key(B["y"], B["m"]) if B.get("y") is not None else None
            if kb is None:
                kb = _month_key(ka // 12, B["m"])
                if kb < ka:
                    kb += 12
            return va, _fmt_month(kb), gran
        if t == "year":
            return va, f"{B['y']:04d}", gran
        if t == "weekday":
            db = ka + dt.timedelta(days=(B["wd"] - ka.weekday()) % 7)
            return va, db.isoformat(), gran
        return va, None, gran


# ---------------------------------------------------------------------------
# The stage.


def find_dates(
    text: str,
    language: str,
    published: dt.date | None,
    sentences: list[Sentence] | None = None,
) -> list[DateExpr]:
    """Every date expression in `text`, sorted by start, non-overlapping, resolved."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text, language, published, sentences)
    except Exception:  # noqa: BLE001 - a malformed input must not stop the analysis
        log.exception("date stage failed; no dates reported")
        return []


def _find(
    text: str, language: str, published: dt.date | None, sentences: list[Sentence] | None
) -> list[DateExpr]:
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        published = None
    g = _grammar(language)
    folded = fold_text(text)
    found: list[tuple[int, int, Node]] = []
    for ps, pe in paragraphs(text):
        found.extend(_Scan(text, folded, ps, pe, g).expressions())
    if not found:
        return []

    sent_starts: list[int] | None = None

    def sentence_of(pos: int) -> int:
        nonlocal sent_starts
        if sent_starts is None:
            sent_starts = [
                s.start for s in (sentences if sentences is not None else split_sentences(text))
            ]
        return bisect_right(sent_starts, pos) - 1

    quoted = Intervals([(q.open, q.close + 1) for q in find_quote_spans(text)])
    out: list[DateExpr] = []
    days: list[tuple[int, dt.date]] = []  # (start, day) of day-precise results, for anaphora
    years: list[tuple[int, int]] = []  # (start, year) of year-precise results: a sentence's year
    months: list[tuple[int, tuple[int, int]]] = []  # (start, (year, month)): a sentence's month
    weeks: list[tuple[int, dt.date]] = []  # (start, Monday) of a week told: a sentence's week
    bare_weekdays: set[int] = set()  # starts of weekdays named alone ("Thursday", «el jueves»)
    counted: dict[int, int] = {}  # starts of days counted from an event: their count of days
    for start, end, node in found:
        if folded[max(0, start - 3) : start].rstrip().endswith(",") and _NOWADAYS.match(
            folded, start
        ):
            continue  # «Cristina Fernández, hoy vicepresidenta, …»: what is so now, no day
        if node.get("t") == "weekday" and node.get("mod") is None:
            bare_weekdays.add(start)
        if node.get("t") == "anaph" and node.get("off") and node.get("wd") is None:
            counted[start] = node["off"]
        elif (
            node.get("t") == "shift"
            and (node.get("noun") or node.get("clause"))
            and node["unit"] in ("day", "week")
        ):
            counted[start] = node["sign"] * node["n"] * (7 if node["unit"] == "week" else 1)

        def tense(s: int = start, e: int = end) -> str:
            if _RUNS_THROUGH.search(folded, max(0, s - 30), s):
                return "present"  # "a visit that runs through Wednesday": the nearest one
            return clause_tense(text, s, e, language)

        def previous(s: int = start) -> dt.date | None:
            if not days:
                return None
            here = sentence_of(s)
            pos, day = days[-1]
            return day if sentence_of(pos) >= here - ANAPHORA_SENTENCES else None

        def coarse_since(s: int = start) -> bool:
            # «s'était rendu à Téhéran dès juillet dernier, deux semaines après la
            # conclusion»: a month or year told in this sentence after the last day named is
            # the time a counted shift is in, and no day it could count from
            last_day = days[-1][0] if days else -1
            here = sentence_of(s)
            return any(
                c and c[-1][0] > last_day and sentence_of(c[-1][0]) == here for c in (months, years)
            )

        def day_here(s: int = start) -> bool:
            return bool(days) and sentence_of(days[-1][0]) == sentence_of(s)

        def told_day_here(s: int = start) -> bool:
            # a day named in the sentence, not one counted from another («la veille au soir»)
            return day_here(s) and days[-1][0] not in counted

        def opens_paragraph(s: int = start) -> bool:
            # the expression opens its paragraph, and the last day named is in another one
            para = text.rfind("\n\n", 0, s)
            return para >= 0 and not text[para:s].strip() and bool(days) and days[-1][0] < para

        def lead_day() -> dt.date | None:
            if not days:
                return None
            pos, day = days[0]
            return day if sentence_of(pos) <= 1 else None

        def year_context(s: int = start) -> int | None:
            if not years:
                return None
            pos, year = years[-1]
            return year if sentence_of(pos) == sentence_of(s) else None

        def week_context(s: int = start) -> dt.date | None:
            if not weeks:
                return None
            pos, monday = weeks[-1]
            return monday if sentence_of(pos) == sentence_of(s) else None

        def month_context(s: int = start) -> tuple[int, int] | None:
            if not months:
                return None
            pos, ym = months[-1]
            return ym if sentence_of(pos) == sentence_of(s) else None

        try:
            value, end_value, gran = _Resolver(
                published,
                tense,
                previous,
                year_context,
                lambda e=end: _EVENTIVE.match(folded, e),
                month_context,
                lead_day,
                coarse_since,
                day_here,
                week_context,
                told_day_here,
                opens_paragraph,
            ).resolve(node)
        except (ValueError, OverflowError):
            value, end_value, gran = None, None, _granularity(node)
        if not _in_calendar(value):  # "hace 5000 años" from year 1
            value, end_value = None, None
        elif not _in_calendar(end_value):
            end_value = None
        pair = _PAIR.match(text, start, end) if end_value and gran == "day" else None
        if (
            pair
            and _days_apart(value, end_value) > 1
            and re.match(r"(?:el|le|la|the|o|a|on)\s", pair.group(3), re.I)
            and not re.match(
                r"(?:entre|between|del|from|desde|los|las|du|des|de|dos|das)\b", pair.group(1), re.I
            )
        ):
            # "el 3 y el 7 de marzo", "on June 3 and 10": two days, not a range
            a_end = start + len(pair.group(1))
            b_start = pair.start(3)
            out.append(DateExpr(start, a_end, text[start:a_end], value, None, gran))
            out.append(DateExpr(b_start, end, text[b_start:end], end_value, None, gran))
        else:
            out.append(DateExpr(start, end, text[start:end], value, end_value, gran))
        # only a relative year ("el año pasado", "last year") sets it: "the 2015 deal" names
        # another event's year
        if (
            gran == "year"
            and value
            and len(value) == 4
            and not end_value
            and not any(c.isdigit() for c in text[start:end])
        ):
            years.append((start, int(value)))
            prev = out[-2] if len(out) >= 2 else None
            if (
                prev is not None
                and prev.value
                and prev.granularity in ("month", "day")
                and not re.search(r"\d{4}", prev.text)
                and _THEN_YEAR.fullmatch(folded, prev.end, start)
            ):
                # "in March last year", "en marzo del año pasado": that year's month
                out[-2] = replace(
                    prev,
                    value=value + prev.value[4:],
                    end_value=(value + prev.end_value[4:]) if prev.end_value else None,
                )
        if (
            gran == "week"
            and value
            and not end_value
            and "-W" in value
            and (published is None or value != _iso_week(published))
        ):
            # "la semana próxima", "next week": the week a bare weekday after it falls in ("this
            # week" told on a Sunday may be the next one: the weekday reads as ever)
            try:
                weeks.append((start, dt.date.fromisoformat(value + "-1")))
            except ValueError:
                pass
        last = end_value or value
        if (
            last
            and len(last) >= 7
            and last[4] == "-"
            and last[:4].isdigit()
            and last[5:7].isdigit()
        ):
            months.append((start, (int(last[:4]), int(last[5:7]))))
        if (
            last
            and len(last) == 10
            and last[4] == "-"
            and last[7] == "-"
            and not quoted.contains(start)
        ):
            # « À Sétif, le 8 mai 1945, … », a-t-il dit. La veille, …: a day someone says is
            # no day the story counts from
            days.append((start, dt.date.fromisoformat(last)))
    out = _counted_from_the_day_after(text, out, counted)
    # "un día después de que se reunieran": the count, for the event it counts from
    out = [replace(d, shift=counted[d.start]) if d.start in counted else d for d in out]
    if g.plural_day_nouns:
        out = _two_days_of_a_plural_noun(text, folded, out, g.plural_day_nouns)
    if g.same_year is not None:
        out = _in_the_same_year(text, folded, out, g.same_year)
    return _weekday_then_range(text, _weekday_lists(text, out, bare_weekdays))


# between a count of days and the day of the event it counts from: a preposition, a determiner,
# a noun or two and another preposition at most ("the day after| the |Sept. 11 attacks", "le
# lendemain| des attentats du |11 septembre")
_TO_EVENT_DAY = re.compile(
    r"\s+(?:(?:of|de|d'|du|des|da|do|das|dos)\s*)?(?:(?:the|a|an|el|la|los|las|le|les|l'|o|os|as)"
    r"\s*)?(?:[a-zà-ÿ]+\s+){0,2}(?:(?:of the|of|del|de la|de|du|des|da|do|das|dos|on)\s+)?",
)


# after «los días 5»: the second day («y 6», «e 6»), the month that may follow it
_AND_DAY = re.compile(r"\s+(?:y|e|et|and)\s+(\d{1,2})(?!\d)")


def _two_days_of_a_plural_noun(
    text: str, folded: str, out: list[DateExpr], nouns: frozenset[str]
) -> list[DateExpr]:
    """«nos dias 5 e 6», «los días 5 y 6 de marzo»: one expression over both days."""
    result = []
    for d in out:
        words = folded[d.start : d.end].split()
        m = _AND_DAY.match(text, d.end) if words and words[0] in nouns else None
        if m is not None and d.value and len(d.value) == 10 and not d.end_value:
            day = int(m.group(1))
            first = int(d.value[8:])
            if first < day <= 31:
                try:
                    end = dt.date(int(d.value[:4]), int(d.value[5:7]), day).isoformat()
                except ValueError:
                    end = None
                if end:
                    d = DateExpr(d.start, m.end(), text[d.start : m.end()], d.value, end, "day")
        result.append(d)
    return result


def _in_the_same_year(
    text: str, folded: str, out: list[DateExpr], same: re.Pattern[str]
) -> list[DateExpr]:
    """ "in September of the same year", «en septembre de la même année», "later that year":
    the year of the date told last before it (within a few sentences), not the tense's guess."""
    result = list(out)
    for m in same.finditer(folded):
        if any(d.start <= m.start() < d.end for d in result):
            continue  # part of an expression already read
        before = [d for d in result if d.end <= m.start() and d.value and d.value[:4].isdigit()]
        month = None
        if (
            before
            and before[-1].granularity in ("month", "day")
            and not re.search(r"\d{4}|['’]\d\d\b", before[-1].text)
            and _TO_SAME_YEAR.fullmatch(folded, before[-1].end, m.start())
        ):
            # "en septembre de la même année", "on Nov. 15 of that year": a month or a day
            # with no year of its own
            month = before.pop()
        if not before or m.start() - before[-1].end > 600:
            continue
        year = before[-1].value[:4]
        if month is not None:
            # the month or the day, in that year
            k = result.index(month)
            result[k] = replace(
                month,
                end=m.end(),
                text=text[month.start : m.end()],
                value=year + month.value[4:],
                end_value=(year + month.end_value[4:]) if month.end_value else None,
            )
        else:
            result.append(
                DateExpr(m.start(), m.end(), text[m.start() : m.end()], year, None, "year")
            )
    result.sort(key=lambda d: d.start)
    return result


# between a month and "the same year" that gives its year: «de», "of", a comma
_TO_SAME_YEAR = re.compile(r"\s*(?:,\s*)?(?:(?:of|de|d'|do|da|del)\s*)?")


def _counted_from_the_day_after(
    text: str, out: list[DateExpr], counted: dict[int, int]
) -> list[DateExpr]:
    """ "the day after the Sept. 11 attacks", «le lendemain des attentats du 11 septembre»: a
    count of days followed by the day of the event it counts from is that day, shifted. A count
    no day told before could date ("ten days after the council suspended the drive on October
    20", «diez días después de que el CNE suspendiera, el 20 de octubre, …») takes the first day
    its clause or noun phrase names."""
    for i in range(len(out) - 1):
        d, e = out[i], out[i + 1]
        days = counted.get(d.start)
        if (
            days is None
            or e.granularity != "day"
            or not e.value
            or len(e.value) != 10
            or e.end_value
        ):
            continue
        gap = e.start - d.end
        next_to_it = gap <= 40 and _TO_EVENT_DAY.fullmatch(text, d.end, e.start) is not None
        in_its_clause = (
            d.value is None and gap <= 150 and _CLAUSE_BREAK.search(text, d.end, e.start) is None
        )
        if not (next_to_it or in_its_clause):
            continue
        try:
            day = dt.date.fromisoformat(e.value) + dt.timedelta(days=days)
        except (ValueError, OverflowError):  # past the calendar's first or last day
            continue
        out[i] = replace(d, value=day.isoformat(), end_value=None, granularity="day")
    return out


# a sentence's end or a semicolon between a count of days and a later day: that day is no
# longer the counted event's
_CLAUSE_BREAK = re.compile(r"[.;!?](?:\s|$)")


# between two weekdays of a list: a conjunction, perhaps a preposition or article after it
_WEEKDAY_AND = re.compile(r"\s*(?:and|y|e|et)\s+(?:(?:on|el|le|o|a|na|no)\s+)?", re.I)


def _weekday_lists(text: str, out: list[DateExpr], bare: set[int]) -> list[DateExpr]:
    """ "on Thursday and Friday", «jeudi et vendredi»: the second weekday of a pair is the
    first of its name on or after the first's day, whatever the tense would make of it alone."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.start in bare
            and b.start in bare
            and a.value
            and b.value
            and _WEEKDAY_AND.fullmatch(text, a.end, b.start)
        ):
            da, db = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            try:
                follows = da + dt.timedelta(days=(db.weekday() - da.weekday()) % 7)
            except OverflowError:  # the calendar's last week
                continue
            if follows != db:
                out[i] = replace(b, value=follows.isoformat())
    return out


def _weekday_then_range(text: str, out: list[DateExpr]) -> list[DateExpr]:
    """ "Wednesday 13 and Thursday 14 February", «mercredi 13 et jeudi 14 février»: the range
    after a weekday starts on that weekday's day, so the two are one expression."""
    merged: list[DateExpr] = []
    for d in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and d.end_value
            and not prev.end_value
            and prev.value == d.value
            and prev.granularity == d.granularity == "day"
            and text[prev.end : d.start] == " "
        ):
            merged[-1] = DateExpr(
                prev.start, d.end, text[prev.start : d.end], d.value, d.end_value, "day"
            )
            continue
        merged.append(d)
    return merged


# «Cristina Fernández de Kirchner, hoy vicepresidenta, …», « Laurent Gbagbo, aujourd'hui exilé
# en Côte d'Ivoire, … », «a pauta, hoje concentrada em minério, …»: a today-word opening an
# apposition between commas tells what is so now, not a day (folded text, at the word)
_NOWADAYS = re.compile(r"(?:hoy|hoje|aujourd'hui|aujourd’hui|today)\s+[^\W\d][^,.;:«»\"]{1,40},")

# "la víspera de la firma", "the eve of the summit", "la veille du sommet": an event named after
# the expression anchors it (never a date: "la víspera del 12 de abril" is a date's eve)
_EVENTIVE = re.compile(
    r"\s+(?:de la|de los|de las|del|de l'|de|of the|of|du|de la|des|da|do|das|dos)\s+"
    r"(?!\d|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)"
    r"[a-z]"
)


# an event under way that lasts until a day: the nearest such day, whatever the main verb
_RUNS_THROUGH = re.compile(
    r"\b(?:runs|running|lasts|lasting|continues|continuing|dura|durara|se extiende|se prolonga"
    r"|dure|durera|se prolonge|vai|decorre|decorrera|prossegue)\s+(?:through|until|till|to|hasta"
    r"|jusqu'a|jusqu'au|ate)\s+(?:el\s+|le\s+|o\s+|a\s+)?$"
)


def runs_through(folded: str, pos: int) -> bool:
    """An event under way until the day told at `pos` ("which runs until Tuesday", «que
    decorre até terça»)."""
    return _RUNS_THROUGH.search(folded, max(0, pos - 30), pos) is not None


# between a month and the relative year that places it: "March last year", "marzo del año
# pasado", "mars de l'an dernier" (folded)
_THEN_YEAR = re.compile(r"\s*(?:,\s*)?(?:del|de l'|de|of|do|da|el|the|l')?\s*")


_PAIR = re.compile(r"(.*?\S)(\s+(?:y|e|and|et)\s+)(\S.*)", re.S)


def _days_apart(a: str | None, b: str | None) -> int:
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except (TypeError, ValueError):
        return 0


def _in_calendar(value: str | None) -> bool:
    """None, or an ISO value whose year is 0001..9999."""
    return value is None or (
        value[:4].isdigit() and value[:4] != "0000" and (len(value) == 4 or value[4] == "-")
    )


def _granularity(node: Node) -> str:
    t = node["t"]
    if t == "range":
        return _granularity(node["a"])
    if t == "part":
        return _granularity(node["inner"])
    if t in ("month", "year", "quarter"):
        return t
    if t == "anaph_month":
        return "month"
    if t == "rel":
        return "week" if node["unit"] == "weekend" else node["unit"]
    if t == "shift":
        return "day" if node["unit"] in ("day", "week") else node["unit"]
    return "day"
