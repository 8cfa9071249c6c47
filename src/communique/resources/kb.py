"""The knowledge base of actors: people with dated roles, organisations, metonyms, places, countries.

Loaded once from `data/actors/*.toml`, `data/generated/countries.toml` and the user's
folders. `KnowledgeBase.holders(office, country, on)` answers "who was the Russian
president on 2021-12-30" with a bisect over start dates.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from communique.resources import DATA, _read, user_dirs
from communique.textutil import fold


@dataclass(frozen=True, slots=True)
class Role:
    office: str
    country: str | None = None
    org: str | None = None
    start: date | None = None
    end: date | None = None

    def active(self, on: date | None) -> bool:
        if on is None:
            return self.end is None  # unknown date: current holders
        if self.start and on < self.start:
            return False
        return not (self.end and on > self.end)


@dataclass(slots=True)
class Entry:
    id: str
    kind: str
    names: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    # names that also match all in lowercase ("zone euro", "troika"): unambiguous common nouns
    lowercase: list[str] = field(default_factory=list)
    label: dict[str, str] = field(default_factory=dict)
    localized: dict[str, list[str]] = field(default_factory=dict)  # countries: names per language
    gender: str | None = None
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    stands_for: dict[str, str] | None = None
    capital_of: str | None = None
    forum: bool = False

    def display(self, lang: str) -> str:
        if lang in self.label:
            return self.label[lang]
        if self.localized.get(lang):
            return self.localized[lang][0]
        if self.names:
            return self.names[0]
        if self.acronyms:
            return self.acronyms[0]
        return self.short[0] if self.short else self.id

    def roles_on(self, on: date | None) -> list[Role]:
        return [r for r in self.roles if r.active(on)]


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", str(value).strip())
    if not m:
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


# letters with no accent to strip: transliterated, not dropped ("Akıncı" → "akinci")
_TRANSLIT = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
    }
)


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):  # names per language: {es = [...], en = [...]}
        out: list[str] = []
        for vals in v.values():
            out.extend(_as_list(vals))
        return out
    return [str(x) for x in v if x]


def _uniq(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in items:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._holders: dict[tuple[str, str], list[tuple[date, str, Role]]] = defaultdict(list)
        self._capitals: dict[str, Entry] = {}  # country code → its capital's entry
        self.disabled: set[str] = set()

    # ---- loading -------------------------------------------------------------------
    def add_actor(self, raw: dict[str, Any]) -> None:
        aid = raw.get("id") or slugify(_as_list(raw.get("names"))[0] if raw.get("names") else "x")
        existing = self.entries.get(aid)
        if existing is not None and not raw.get("replace"):
            entry = existing
        else:
            entry = Entry(id=aid, kind=raw.get("kind", "person"))
            self.entries[aid] = entry
        if raw.get("kind"):
            entry.kind = raw["kind"]
        entry.names = _uniq(entry.names + _as_list(raw.get("names")))
        entry.short = _uniq(entry.short + _as_list(raw.get("short")))
        entry.acronyms = _uniq(entry.acronyms + _as_list(raw.get("acronyms")))
        entry.lowercase = _uniq(entry.lowercase + _as_list(raw.get("lowercase")))
        entry.label.update(raw.get("label") or {})
        for key in ("gender", "country", "capital_of"):
            if raw.get(key):
                setattr(entry, key, raw[key])
        if raw.get("stands_for"):
            entry.stands_for = dict(raw["stands_for"])
        if raw.get("forum"):
            entry.forum = True
        for r in raw.get("roles") or []:
            if not isinstance(r, dict) or not r.get("office"):
                continue
            entry.roles.append(
                Role(
                    office=r["office"],
                    country=r.get("country"),
                    org=r.get("org"),
                    start=_date(r.get("start")),
                    end=_date(r.get("end")),
                )
            )

    def add_country(self, raw: dict[str, Any], generated: bool = False) -> None:
        code = str(raw.get("code", "")).upper()
        if not code:
            return
        aid = f"country-{code.lower()}"
        entry = self.entries.get(aid)
        if entry is None:
            entry = Entry(id=aid, kind="country", country=code)
            self.entries[aid] = entry
        names = raw.get("names")
        if isinstance(names, dict):
            for lang, vals in names.items():
                vals = _as_list(vals)
                if generated:
                    entry.localized[lang] = _uniq(entry.localized.get(lang, []) + vals)
                entry.names = _uniq(entry.names + vals)
        else:
            entry.names = _uniq(entry.names + _as_list(names))
        entry.short = _uniq(entry.short + _as_list(raw.get("short")))
        entry.acronyms = _uniq(entry.acronyms + _as_list(raw.get("acronyms")))
        entry.label.update(raw.get("label") or {})
        # a generated name that names something else first ("Granada" is the Spanish city
        # before the island state in es and pt news)
        drop = set(_as_list(raw.get("drop")))
        if drop:
            entry.names = [n for n in entry.names if n not in drop]
            entry.localized = {
                lang: [n for n in vals if n not in drop] for lang, vals in entry.localized.items()
            }

    def load_file(self, path: Path) -> None:
        data = _read(path)
        for raw in data.get("country", []):
            self.add_country(raw, generated="generated" in path.parts)
        for raw in data.get("actor", []):
            self.add_actor(raw)
        self.disabled.update(data.get("disabled", []))

    def finish(self) -> None:
        for aid in self.disabled:
            self.entries.pop(aid, None)
        self._holders.clear()
        for e in self.entries.values():
            for r in e.roles:
                where = r.country or r.org
                if where:
                    self._holders[(r.office, where)].append((r.start or date.min, e.id, r))
        for rows in self._holders.values():
            rows.sort(key=lambda t: (t[0], t[1]))
        self._capitals = {e.capital_of: e for e in self.entries.values() if e.capital_of}

    # ---- queries -------------------------------------------------------------------
    def get(self, aid: str) -> Entry | None:
        return self.entries.get(aid)

    def holders(self, office: str, where: str, on: date | None) -> list[str]:
        """Ids of those holding `office` in a country/org on a date (latest start first)."""
        rows = self._holders.get((office, where), [])
        if not rows:
            return []
        if on is None:
            return [aid for _, aid, r in reversed(rows) if r.end is None]
        i = bisect.bisect_right([s for s, _, _ in rows], on)
        return [aid for s, aid, r in reversed(rows[:i]) if r.active(on)]

    def titled_surname(
        self, office: str, surname: str, on: date, where: str | None = None
    ) -> list[str]:
        """Ids of those holding `office` on a date (in `where` when given) whose name ends with
        the folded `surname`: "President Bush" in 2006, «el primer ministro Singh»."""
        keys = (
            [(office, where)] if where is not None else [k for k in self._holders if k[0] == office]
        )
        found = []
        for key in keys:
            for _, aid, r in self._holders.get(key, ()):
                if not r.active(on) or aid in found:
                    continue
                e = self.entries[aid]
                if e.kind == "person" and any(
                    fold(n).split()[-1:] == [surname] for n in e.names + e.short
                ):
                    found.append(aid)
        return found

    def capital(self, code: str, lang: str) -> str | None:
        """The name of a country's capital: "the Chinese capital" is Beijing."""
        e = self._capitals.get(code)
        return e.display(lang) if e else None

    def country_entry(self, code: str) -> Entry | None:
        return self.entries.get(f"country-{code.lower()}")

    def country_name(self, code: str | None, lang: str) -> str | None:
        if not code:
            return None
        e = self.country_entry(code)
        return e.display(lang) if e else code


def actor_files() -> list[Path]:
    files = sorted((DATA / "generated").glob("*.toml")) + sorted((DATA / "actors").glob("*.toml"))
    for d in user_dirs():
        files += sorted((d / "actors").glob("*.toml")) if (d / "actors").is_dir() else []
    return files


@cache
def load_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for path in actor_files():
        kb.load_file(path)
    kb.finish()
    return kb
