"""HTML input: a saved or fetched news page → an `Article` with plain-text body.

The main text comes from trafilatura (an optional dependency, the `html` extra), which
drops navigation, footers, related links and most other boilerplate. Metadata is read
from the page itself first (JSON-LD `NewsArticle`, `og:`/`article:` meta tags,
`<time datetime>`, `<html lang>`), then from trafilatura's own guesses. Paragraphs are
separated by blank lines; the body never contains markup.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from communique.article import ArticleError, check_language, parse_date
from communique.model import Article

MISSING_EXTRA = "HTML input needs the 'html' extra: pip install 'communique[html]'"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_TAGLIKE = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")

# Containers that are never article text. Matched on class/id tokens (lowercased);
# trafilatura already removes most of this, but not in every language.
_BOILERPLATE_TOKENS = (
    "comment",
    "coment",  # es comentarios, pt comentários
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "related",
    "relacionad",
    "disqus",
    "paywall",
)
_LOWER = "translate(concat(' ', @class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
PRUNE_XPATH = [
    "//*[not(self::html or self::body or self::main or self::article)]"
    f"[contains({_LOWER}, '{token}')]"
    for token in _BOILERPLATE_TOKENS
]


def article_from_html(
    text: str,
    *,
    name: str = "input",
    path: str | None = None,
    url: str | None = None,
    date_override: str | date | None = None,
    lang_override: str | None = None,
) -> Article:
    """Extract the article in an HTML page. Raises ArticleError when there is none."""
    try:
        import trafilatura
    except ImportError:
        raise ArticleError(MISSING_EXTRA) from None

    if not text or not text.strip():
        raise ArticleError(f"{name}: the page is empty")
    tree = _parse(text)
    meta = page_metadata(tree) if tree is not None else {}

    doc = _extract(trafilatura, text, url, prune=True)
    paragraphs = _paragraphs(doc, meta.get("title")) if doc is not None else []
    if not paragraphs:
        # the pruning can be too eager on unusual markup: try once more without it
        doc = _extract(trafilatura, text, url, prune=False)
        paragraphs = _paragraphs(doc, meta.get("title")) if doc is not None else []
    if not paragraphs:
        raise ArticleError(f"{name}: no article text found in the page")
    body = "\n\n".join(paragraphs)

    title = meta.get("title") or _clean_inline(getattr(doc, "title", None) or "") or None
    source = (
        meta.get("sitename")
        or _clean_inline(getattr(doc, "sitename", None) or "")
        or meta.get("author")
        or _clean_inline(getattr(doc, "author", None) or "")
        or None
    )
    page_url = url or meta.get("url") or getattr(doc, "url", None) or None

    if isinstance(date_override, date):
        published = date_override
    elif date_override:
        published = parse_date(date_override, "--date")
    else:
        published = _first_date(meta.get("date"), getattr(doc, "date", None))

    language = check_language(lang_override)
    if language is None:
        language = _supported(meta.get("language")) or _supported(getattr(doc, "language", None))
    if language is None:
        from communique.langdetect import detect_language

        language = detect_language(body)

    return Article(
        text=body,
        title=title,
        published=published,
        language=language,
        source=source,
        url=page_url,
        path=path,
    )


# -- extraction ---------------------------------------------------------------------


def _parse(text: str):
    """An lxml tree of the page, or None when lxml cannot make sense of it."""
    try:
        from lxml import html as lxml_html

        # lxml refuses str input with an XML encoding declaration
        cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
        return lxml_html.document_fromstring(cleaned)
    except Exception:
        return None


def _extract(trafilatura, source, url: str | None, *, prune: bool):
    try:
        return trafilatura.bare_extraction(
            source,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            prune_xpath=PRUNE_XPATH if prune else None,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:
        return None


def _paragraphs(doc, title: str | None) -> list[str]:
    """Plain-text paragraphs from trafilatura's XML body, in order."""
    body = getattr(doc, "body", None)
    if body is None:
        text = getattr(doc, "text", None) or ""
        return [p for p in (_clean_block(x) for x in text.split("\n")) if p]
    out: list[str] = []
    for el in body:
        out.extend(_block_texts(el))
    out = [p for p in out if p]
    return _drop_leading_title(out, title or _clean_inline(getattr(doc, "title", None) or ""))


def _block_texts(el) -> list[str]:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "list":
        return [t for item in el for t in _block_texts(item)]
    if tag == "table":
        rows = []
        for row in el.iter("row"):
            cells = [_clean_block(_text_of(c)) for c in row if isinstance(c.tag, str)]
            cells = [c for c in cells if c]
            if cells:
                rows.append(" · ".join(cells))
        return rows
    if tag in ("graphic", "lb"):
        return []
    return [_clean_block(_text_of(el))]


def _text_of(el) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag == "lb":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _clean_block(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    # trafilatura emits text, but a page may carry escaped markup as text: drop tags
    return _TAGLIKE.sub("", text).strip()


def _clean_inline(text: str) -> str:
    return _SPACES.sub(" ", _clean_block(text).replace("\n", " ")).strip()


def _drop_leading_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the headline repeated at the top of the body (and a kicker above it)."""
    if not title:
        return paragraphs
    key = _fold(title)
    for i, p in enumerate(paragraphs[:3]):
        if _fold(p) == key:
            if all(len(q.split()) <= 8 for q in paragraphs[:i]):
                return paragraphs[i + 1 :]
            return paragraphs[:i] + paragraphs[i + 1 :]
    return paragraphs


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


# -- metadata -----------------------------------------------------------------------


def page_metadata(tree) -> dict[str, str]:
    """title, date, sitename, author, url, language from the page's own metadata."""
    meta: dict[str, str] = {}

    def put(key: str, value: Any) -> None:
        if key not in meta and isinstance(value, str):
            value = _clean_inline(value)
            if value:
                meta[key] = value

    for item in _json_ld(tree):
        put("title", item.get("headline") or None)
        put("date", item.get("datePublished") or item.get("dateCreated"))
        put(
            "url",
            item.get("url") if isinstance(item.get("url"), str) else item.get("mainEntityOfPage"),
        )
        put("language", item.get("inLanguage"))
        publisher = item.get("publisher")
        if isinstance(publisher, dict):
            put("sitename", publisher.get("name"))
        put("author", _names(item.get("author")))

    tags: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (
            (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "")
            .strip()
            .lower()
        )
        content = m.get("content")
        if key and content and key not in tags:
            tags[key] = content
    put("title", tags.get("og:title") or tags.get("twitter:title"))
    for key in (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "publish-date",
        "pubdate",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
    ):
        put("date", tags.get(key))
    put("sitename", tags.get("og:site_name") or tags.get("application-name"))
    put("author", tags.get("author") or tags.get("article:author") or tags.get("dc.creator"))
    put("url", tags.get("og:url"))
    root_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    put("language", root_lang)
    put("language", tags.get("content-language") or tags.get("og:locale") or tags.get("language"))

    if "date" not in meta:
        times = tree.xpath("//article//time[@datetime]") or tree.xpath("//time[@datetime]")
        if times:
            put("date", times[0].get("datetime"))
    if "url" not in meta:
        for link in tree.xpath("//link[@rel='canonical'][@href]"):
            put("url", link.get("href"))
    if "title" not in meta:
        h1 = tree.xpath("//article//h1") or tree.xpath("//h1")
        if h1:
            put("title", h1[0].text_content())
    if "url" in meta and not meta["url"].startswith(("http://", "https://")):
        del meta["url"]
    return meta


def _json_ld(tree) -> list[dict[str, Any]]:
    """NewsArticle-like objects from `<script type="application/ld+json">` blocks."""
    found: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                visit(n)
        elif isinstance(node, dict):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(
                isinstance(k, str) and k.endswith(("Article", "Report", "BlogPosting"))
                for k in kinds
            ):
                found.append(node)
            for key in ("@graph", "mainEntity"):
                if key in node:
                    visit(node[key])

    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            visit(json.loads(script.text or ""))
        except (ValueError, TypeError):
            continue
    return found


def _names(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("name") if isinstance(value.get("name"), str) else None
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return "; ".join(names) or None
    return None


def _first_date(*values: str | None) -> date | None:
    for value in values:
        if not value:
            continue
        m = _ISO_DATE.search(str(value))
        if not m:
            continue
        try:
            return date.fromisoformat(m[1])
        except ValueError:
            continue
    return None


def _supported(lang: str | None) -> str | None:
    if not lang:
        return None
    try:
        return check_language(lang)
    except ArticleError:
        return None
