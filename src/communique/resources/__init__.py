"""Language resources and the knowledge base: TOML data files, loaded once per process.

Lookup order for a language file: the package data, then the user's config folder
(`platformdirs.user_config_dir("communique")/lexicon/<lang>/`), then any folders given
with `add_lexicon_dir` (the CLI's `--lexicon`). Later files extend earlier ones.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
SUPPORTED_LANGUAGES = ("es", "en", "fr", "pt")

_extra_dirs: list[Path] = []


def add_lexicon_dir(path: Path) -> None:
    """Register a user folder with `actors/*.toml` and/or `<lang>/*.toml` files."""
    _extra_dirs.append(Path(path))
    load_lang_file.cache_clear()


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


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


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
