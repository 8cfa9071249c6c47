"""Reading articles: bytes → text (encodings), front matter, language detection.

Every failure a user can cause raises `ArticleError` with a one-line message; the CLI
prints it and exits non-zero.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from communique.langdetect import detect_language
from communique.model import Article
from communique.resources import SUPPORTED_LANGUAGES

MAX_BYTES = 2 * 1024 * 1024  # 2 MiB of text: far beyond any news article
FRONT_KEYS = ("title", "date", "source", "url", "language", "lang")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ArticleError(Exception):
    """A problem with the input, described in one line for the user."""


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 (with or without BOM), else CP-1252/Latin-1 when that is what it is."""
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"{name}: {len(data) / 1048576:.1f} MB is over the {MAX_BYTES // 1048576} MB limit for one article"
        )
    if b"\x00" in data[:8192]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise ArticleError(f"{name}: looks like a binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    # A binary file without NUL bytes: mostly control characters.
    sample = text[:4096]
    if sample and len(_CONTROL.findall(sample)) > len(sample) * 0.1:
        raise ArticleError(f"{name}: looks like a binary file, not a text article")
    return text


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    # strip a trailing comment: "2021-12-30   # publication date"
    return re.sub(r"\s+#.*$", "", value).strip()


def split_front_matter(text: str, name: str = "input") -> tuple[dict[str, str], str]:
    """Return (metadata, body). Raises ArticleError on a block that is opened but malformed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text.strip()
    lines = stripped.split("\n")
    if lines[0].strip() != "---":
        return {}, text.strip()
    close = next(
        (i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None
    )
    if close is None:
        raise ArticleError(f"{name}: front matter opened with '---' is never closed")
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:close], start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if ":" not in line:
            raise ArticleError(
                f"{name}: malformed front matter at line {i + 1}: {line.strip()[:60]!r}"
            )
        key, value = line.split(":", 1)
        key = key.strip().lower()
        if key in FRONT_KEYS:
            meta[key] = _unquote(value)
    return meta, "\n".join(lines[close + 1 :]).strip()


def parse_date(value: str | None, what: str = "date") -> date | None:
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        raise ArticleError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ArticleError(f"{what} {value!r} is not a valid date") from None


def check_language(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = lang.strip().lower().split("-")[0].split("_")[0]
    if code not in SUPPORTED_LANGUAGES:
        raise ArticleError(
            f"unknown language {lang!r}: supported are {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return code


def from_text(
    text: str,
    *,
    name: str = "input",
    path: str | None = None,
    date_override: str | date | None = None,
    lang_override: str | None = None,
) -> Article:
    meta, body = split_front_matter(text, name)
    if not body.strip():
        raise ArticleError(f"{name}: the article is empty")
    if isinstance(date_override, date):
        published = date_override
    elif date_override:
        published = parse_date(date_override, "--date")
    else:
        try:
            published = parse_date(meta.get("date"), f"{name}: front matter date")
        except ArticleError:
            published = None  # a bad date in metadata degrades to "unknown", never fails
    language = check_language(lang_override)
    if language is None:
        declared = meta.get("language") or meta.get("lang")
        if declared:
            code = declared.strip().lower().split("-")[0]
            language = code if code in SUPPORTED_LANGUAGES else None
        if language is None:
            language = detect_language(body)
    return Article(
        text=body,
        title=meta.get("title") or None,
        published=published,
        language=language,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        path=path,
    )


def load(
    source: str,
    *,
    date_override: str | None = None,
    lang_override: str | None = None,
    stdin_bytes: bytes | None = None,
) -> Article:
    """Load an article from a path, or from standard input when `source` is "-"."""
    if source == "-":
        data = stdin_bytes if stdin_bytes is not None else _read_stdin()
        return from_bytes(
            data, name="stdin", date_override=date_override, lang_override=lang_override
        )
    path = Path(source)
    if not path.exists():
        raise ArticleError(f"{source}: no such file")
    if path.is_dir():
        raise ArticleError(f"{source}: is a directory, not an article")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{source}: {size / 1048576:.1f} MB is over the {MAX_BYTES // 1048576} MB limit for one article"
            )
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{source}: cannot read ({e.strerror or e})") from None
    return from_bytes(
        data,
        name=source,
        path=str(path),
        date_override=date_override,
        lang_override=lang_override,
    )


def from_bytes(
    data: bytes,
    *,
    name: str = "input",
    path: str | None = None,
    date_override: str | None = None,
    lang_override: str | None = None,
) -> Article:
    if not data.strip():
        raise ArticleError(f"{name}: the article is empty")
    if _looks_like_html(data, path):
        from communique.html import article_from_html

        return article_from_html(
            decode(data, name),
            name=name,
            path=path,
            date_override=date_override,
            lang_override=lang_override,
        )
    text = decode(data, name)
    return from_text(
        text, name=name, path=path, date_override=date_override, lang_override=lang_override
    )


def _looks_like_html(data: bytes, path: str | None) -> bool:
    if path and path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and b"<body" in data[:65536].lower()
    )


def _read_stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read(MAX_BYTES + 1)
