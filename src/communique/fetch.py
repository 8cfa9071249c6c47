"""Reading an article from a URL: `fetch_article(url, …) -> Article`.

Plain urllib: http and https only, a timeout, at most five redirects (and never to
another scheme), a User-Agent, and a size cap (`MAX_BYTES`) enforced while streaming.
HTML pages go through `communique.html.article_from_html`; plain text and Markdown
through `communique.article.from_text`. Every failure is an `ArticleError` with one line.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from communique import __version__
from communique.article import MAX_BYTES, ArticleError, decode, from_text
from communique.model import Article

TIMEOUT = 10.0
MAX_REDIRECTS = 5
USER_AGENT = f"communique/{__version__} (+https://pypi.org/project/communique/)"
CHUNK = 64 * 1024

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise ArticleError(
                f"cannot fetch URL: redirect to a non-http(s) URL ({scheme or 'relative'})"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(self, req, fp, code, msg, headers):
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= self.max_redirections:
            fp.close()
            raise ArticleError(f"cannot fetch URL: more than {self.max_redirections} redirects")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_Redirects())


def fetch_article(
    url: str,
    *,
    date_override: str | None = None,
    lang_override: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Download `url` and read the article in it."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ArticleError(f"{url}: only http:// and https:// URLs can be fetched")
    data, content_type, final_url = _download(url.strip(), timeout, max_bytes)
    if not data.strip():
        raise ArticleError(f"{url}: the page is empty")

    msg = Message()
    msg["content-type"] = content_type or "application/octet-stream"
    mime = msg.get_content_type().lower()
    charset = msg.get_param("charset")
    is_html = mime in HTML_TYPES
    if not content_type or mime in ("application/octet-stream", "text/x-unknown"):
        head = data[:1024].lstrip().lower()
        is_html = head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:65536].lower()
    elif not is_html and mime not in TEXT_TYPES and not mime.startswith("text/"):
        raise ArticleError(f"{url}: not an article (content type {mime})")

    if is_html:
        text = _decode(data, charset if isinstance(charset, str) else None, url, html=True)
        from communique.html import article_from_html

        return article_from_html(
            text,
            name=url,
            url=final_url,
            date_override=date_override,
            lang_override=lang_override,
        )
    text = _decode(data, charset if isinstance(charset, str) else None, url, html=False)
    article = from_text(text, name=url, date_override=date_override, lang_override=lang_override)
    return article if article.url else dataclasses.replace(article, url=final_url)


def _download(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str, str]:
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity",
        },
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise ArticleError(_too_large(url, int(length), max_bytes))
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(_too_large(url, size, max_bytes, partial=True))
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("Content-Type", ""), response.geturl()
    except ArticleError:
        raise
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:  # urllib's own loop detection
            raise ArticleError("cannot fetch URL: redirect loop") from None
        reason = " ".join(str(e.reason or "").split())
        raise ArticleError(f"cannot fetch URL: HTTP {e.code} {reason}".rstrip()) from None
    except urllib.error.URLError as e:
        raise ArticleError(f"cannot fetch URL: {_reason(e.reason)}") from None
    except TimeoutError:
        raise ArticleError(f"cannot fetch URL: timed out after {timeout:g} s") from None
    except (OSError, ssl.SSLError, ValueError) as e:  # connection reset, bad URL, …
        raise ArticleError(f"cannot fetch URL: {_reason(e)}") from None
    except Exception as e:  # http.client oddities (IncompleteRead, bad status line…)
        raise ArticleError(f"cannot fetch URL: {_reason(e)}") from None


def _too_large(url: str, size: int, limit: int, partial: bool = False) -> str:
    over = "over" if partial else f"{size / 1048576:.1f} MB,"
    return f"{url}: the page is {over} the {limit / 1048576:g} MB limit for one article"


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host ({reason.strerror or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    text = " ".join(str(reason).split())
    return text or type(reason).__name__


def _decode(data: bytes, charset: str | None, url: str, *, html: bool) -> str:
    """By the declared charset (header, then <meta charset>), else UTF-8/CP-1252 sniffing."""
    if not charset and html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            charset = m[1].decode("ascii", "replace")
    if charset:
        try:
            name = codecs.lookup(charset.strip()).name
        except LookupError:
            name = None
        if name and name not in ("utf-8", "ascii"):
            if name in ("latin-1", "iso8859-1"):
                name = "cp1252"  # what browsers do: ISO-8859-1 means Windows-1252
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass
    return decode(data, url)
