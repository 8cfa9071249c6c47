"""Language resources and the knowledge base: TOML data files, loaded once per process.

Lookup order for a language file: the package data, then the user's config folder
(`platformdirs.user_config_dir("communique")/lexicon/<lang>/`), then any folders given
with `add_lexicon_dir` (the CLI's `--lexicon`). Later files extend earlier ones.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
SUPPORTED_LANGUAGES = ("es", "en", "fr", "pt")

_extra_dirs: list[Path] = []
# what a kept file was written by: a new Python may read marshal data differently
_CACHE_FORMAT = f"{sys.version_info[0]}.{sys.version_info[1]}/{marshal.version}"


def add_lexicon_dir(path: Path) -> None:
    """Register a user folder with `actors/*.toml` and/or `<lang>/*.toml` files."""
    _extra_dirs.append(Path(path))
    load_lang_file.cache_clear()
    for loader in (grammar_list, grammar, grammar_all):
        loader.cache_clear()


def user_dirs() -> list[Path]:
    dirs: list[Path] = []
    try:
        from platformdirs import user_config_dir

        base = Path(user_config_dir("communique"))
        dirs.append(base / "lexicon")
        dirs.append(base)
    except Exception:  # platformdirs missing or no home: package data only
        pass
    return dirs + _extra_dirs


def _cache_path(path: Path) -> Path | None:
    """Where the parsed form of a data file is kept between runs (parsing the knowledge base's
    TOML is most of the start-up time): `COMMUNIQUE_CACHE_DIR`, else the user's cache folder;
    `COMMUNIQUE_CACHE=0` turns it off. None when there is nowhere to keep it."""
    if os.environ.get("COMMUNIQUE_CACHE") == "0":
        return None
    base = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if not base:
        try:
            from platformdirs import user_cache_dir

            base = user_cache_dir("communique")
        except Exception:  # platformdirs missing or no home: no cache
            return None
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:20]
    return Path(base) / "toml" / f"{digest}.marshal"


def _read(path: Path) -> dict[str, Any]:
    """A TOML file's data, from the cache when the file has not changed since it was kept."""
    cached = _cache_path(path)
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_size, str(path), _CACHE_FORMAT)
    if cached is not None:
        try:
            with cached.open("rb") as fh:
                kept_key, data = marshal.load(fh)
            if kept_key == key and isinstance(data, dict):
                return data
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, stale or unreadable: parse again
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                marshal.dump((key, data), fh)
            os.replace(tmp, cached)
        except (OSError, ValueError):
            pass  # read-only home, or a value marshal cannot keep: parsing each time is fine
    return data


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists concatenate, tables merge recursively, scalars are replaced."""
    out = dict(base)
    for key, value in extra.items():
        if key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + value
        elif key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


@cache
def load_lang_file(lang: str, name: str) -> dict[str, Any]:
    """`<lang>/<name>.toml` from the package, extended by user folders. {} when absent."""
    data: dict[str, Any] = {}
    for folder in [DATA, *user_dirs()]:
        path = folder / lang / f"{name}.toml"
        if path.is_file():
            data = merge(data, _read(path))
    return data


def package_files(sub: str) -> list[Path]:
    folder = DATA / sub
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


@cache
def grammar_list(lang: str, key: str) -> tuple[str, ...]:
    """The words of class `key` in `<lang>/grammar.toml`, in the file's order (closed-class
    words: articles, prepositions, relative pronouns …). () when the language lacks the class."""
    return tuple(load_lang_file(lang, "grammar").get(key, []))


@cache
def grammar(lang: str, key: str) -> frozenset[str]:
    """The words of class `key` in `<lang>/grammar.toml`, as a set."""
    return frozenset(grammar_list(lang, key))


@cache
def grammar_all(key: str) -> frozenset[str]:
    """The words of class `key` in every supported language: for the checks that do not
    depend on the article's language."""
    return frozenset(w for lang in SUPPORTED_LANGUAGES for w in grammar_list(lang, key))
