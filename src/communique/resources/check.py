"""`communique lexicon check [DIR]`: validate user (or package) actor and lexicon files.

Reports, with file and line: TOML syntax errors, unknown keys, missing ids or names,
unknown kinds and offices, dates that are not ISO or end before they start, and names
shared by two actors (kept at run time, resolved by context, but usually a mistake).
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from pathlib import Path

from communique.resources import DATA, SUPPORTED_LANGUAGES, user_dirs
from communique.textutil import fold

ACTOR_KEYS = {
    "id", "kind", "gender", "country", "names", "short", "acronyms", "label", "roles", "source",
    "stands_for", "capital_of", "forum", "replace", "lowercase",
}  # fmt: skip
ROLE_KEYS = {"office", "country", "org", "start", "end"}
KINDS = {"person", "organization", "country", "place", "group"}
OFFICES = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "interior_minister", "finance_minister", "trade_minister",
    "energy_minister", "economy_minister", "national_security_adviser", "ambassador", "spokesperson",
    "chief_negotiator", "secretary_general", "president_of_commission", "president_of_council",
    "high_representative", "director_general", "head_of_delegation", "envoy", "speaker", "minister",
    "leader", "adviser", "military_commander", "crown_prince", "deputy_minister", "expert", "official",
    "commissioner",
}  # fmt: skip
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_date(v) -> bool:
    from datetime import date

    if isinstance(v, date):
        return True
    m = _DATE.match(str(v))
    if not m:
        return False
    parts = [int(x) for x in str(v).split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _line_of(text: str, needle: str) -> int:
    idx = text.find(needle)
    return text.count("\n", 0, idx) + 1 if idx >= 0 else 0


def check_actor_file(path: Path, names_seen: dict[str, set[str]]) -> list[str]:
    problems: list[str] = []
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        return [f"{path}: {e}"]
    for key in data:
        if key not in ("actor", "country", "disabled"):
            problems.append(f"{path}:{_line_of(raw, key)}: unknown table {key!r}")
    for entry in data.get("actor", []):
        aid = entry.get("id")
        needle = f'id = "{aid}"'
        where = f"{path}:{_line_of(raw, needle) if aid else 0}"
        if not aid:
            problems.append(f"{where}: actor without id")
            continue
        for key in entry:
            if key not in ACTOR_KEYS:
                problems.append(f"{where}: {aid}: unknown key {key!r}")
        if entry.get("kind", "person") not in KINDS:
            problems.append(f"{where}: {aid}: unknown kind {entry.get('kind')!r}")
        if not (entry.get("names") or entry.get("acronyms") or entry.get("short")):
            problems.append(f"{where}: {aid}: no names, short forms or acronyms")
        for role in entry.get("roles", []) or []:
            for key in role:
                if key not in ROLE_KEYS:
                    problems.append(f"{where}: {aid}: unknown role key {key!r}")
            if role.get("office") not in OFFICES:
                problems.append(f"{where}: {aid}: unknown office {role.get('office')!r}")
            if not (role.get("country") or role.get("org")):
                problems.append(
                    f"{where}: {aid}: role {role.get('office')!r} has neither country nor org"
                )
            for k in ("start", "end"):
                v = role.get(k)
                if v is not None and not _valid_date(v):
                    problems.append(f"{where}: {aid}: {k} {v!r} is not an ISO date")
            if role.get("start") and role.get("end") and str(role["end"]) < str(role["start"]):
                problems.append(
                    f"{where}: {aid}: role {role.get('office')!r} ends before it starts"
                )
        names = entry.get("names", [])
        if isinstance(names, dict):
            names = [n for v in names.values() for n in v]
        for n in (
            list(names)
            + list(entry.get("short", []) or [])
            + list(entry.get("lowercase", []) or [])
        ):
            names_seen[fold(n)].add(aid)
    return problems


def check_lang_file(path: Path) -> list[str]:
    try:
        tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        return [f"{path}: {e}"]
    return []


def check_dir(folder: Path | None = None) -> list[str]:
    """Check a folder with `actors/*.toml` and `<lang>/*.toml`; default: the user folders."""
    folders = [folder] if folder is not None else [d for d in user_dirs() if d.is_dir()]
    problems: list[str] = []
    names_seen: dict[str, set[str]] = defaultdict(set)
    # package names count for collisions, but package files are not reported
    for path in sorted((DATA / "actors").glob("*.toml")):
        check_actor_file(path, names_seen)
    # checking the package folder itself reports its own shared names too
    own = folder is not None and folder.resolve() == DATA.resolve()
    package_names = {} if own else {k: set(v) for k, v in names_seen.items()}
    for f in folders:
        if f is None or not f.is_dir():
            continue
        for path in sorted((f / "actors").glob("*.toml")):
            if own:
                problems += check_actor_file(path, defaultdict(set))  # names counted above
            else:
                problems += check_actor_file(path, names_seen)
        for lang in SUPPORTED_LANGUAGES:
            for path in sorted((f / lang).glob("*.toml")):
                problems += check_lang_file(path)
    for name, ids in sorted(names_seen.items()):
        if len(ids) > 1 and ids != package_names.get(name, set()):
            problems.append(f"name {name!r} is shared by {', '.join(sorted(ids))}")
    return problems
