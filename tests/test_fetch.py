"""Fetching articles over HTTP, against a local http.server started by the tests."""

from __future__ import annotations

import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from communique.article import MAX_BYTES, ArticleError
from communique.fetch import MAX_REDIRECTS, fetch_article

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PLAIN = """---
title: Lula y Sánchez hablan por teléfono
date: 2023-04-26
source: Agencia Ejemplo
---

El presidente de Brasil, Luiz Inácio Lula da Silva, habló este miércoles por teléfono con el
presidente del Gobierno español, Pedro Sánchez, sobre el acuerdo entre la Unión Europea y el Mercosur.
"""


class Handler(BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def send(self, status: int, body: bytes, ctype: str | None, extra: dict | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: C901 - a routing table
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article.html":
            body = (FIXTURES / "wire_jsonld.en.html").read_bytes()
            self.send(200, body, "text/html; charset=utf-8")
        elif path == "/periodico":
            self.send(200, (FIXTURES / "periodico_og.es.html").read_bytes(), "text/html")
        elif path == "/cp1252.html":  # the charset is only in <meta charset="windows-1252">
            self.send(200, (FIXTURES / "newspaper_og.en.html").read_bytes(), "text/html")
        elif path == "/sniff":  # no Content-Type at all
            self.send(200, (FIXTURES / "gobierno_comunicado.es.html").read_bytes(), None)
        elif path == "/plain.txt":
            self.send(200, PLAIN.encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/latin1.txt":
            self.send(200, PLAIN.encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self.redirect(f"/redirect/{n - 1}" if n > 1 else "/article.html")
        elif path == "/loop":
            self.redirect("/loop")
        elif path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/article.txt")
        elif path == "/big":
            self.send(200, b"a" * (MAX_BYTES + 1), "text/plain")
        elif path == "/big-stream":  # no Content-Length: the client must stop by itself
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"word " * 13108  # ~64 KiB
            try:
                for _ in range(MAX_BYTES // len(chunk) + 4):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            time.sleep(3)
            self.send(200, PLAIN.encode(), "text/plain")
        elif path == "/pdf":
            self.send(200, b"%PDF-1.4 binary", "application/pdf")
        elif path == "/empty":
            self.send(200, b"", "text/html")
        else:
            self.send(404, b"<h1>Not Found</h1>", "text/html")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def one_line_error(exc: pytest.ExceptionInfo) -> str:
    msg = str(exc.value)
    assert "\n" not in msg and "Traceback" not in msg
    return msg


def test_html_page(server):
    a = fetch_article(f"{server}/article.html")
    assert a.title == "Japan, South Korea agree to resume shuttle diplomacy after Tokyo talks"
    assert a.published == date(2023, 3, 16)
    assert a.source == "Meridian Wire"
    assert a.language == "en"
    assert a.url == f"{server}/article.html"
    assert a.path is None
    assert a.text.startswith("TOKYO, March 16")
    assert "Read Next" not in a.text
    assert Handler.user_agents[-1].startswith("communique/")


def test_overrides_are_passed_through(server):
    a = fetch_article(f"{server}/periodico", date_override="2022-10-01", lang_override="pt")
    assert a.published == date(2022, 10, 1) and a.language == "pt"
    assert a.title.startswith("Argentina y Chile")


def test_charset_from_meta_tag(server):
    a = fetch_article(f"{server}/cp1252.html")
    assert "Türkiye's foreign minister" in a.text


def test_html_sniffed_without_content_type(server):
    a = fetch_article(f"{server}/sniff")
    assert a.title.startswith("Albares recibe en Madrid")
    assert a.published == date(2023, 6, 14)


def test_text_plain_article(server):
    a = fetch_article(f"{server}/plain.txt")
    assert a.title == "Lula y Sánchez hablan por teléfono"
    assert a.published == date(2023, 4, 26)
    assert a.source == "Agencia Ejemplo"
    assert a.url == f"{server}/plain.txt"
    assert a.text.startswith("El presidente de Brasil, Luiz Inácio Lula da Silva")


def test_text_plain_latin1_charset(server):
    a = fetch_article(f"{server}/latin1.txt")
    assert "Luiz Inácio" in a.text and "Sánchez" in a.title


def test_redirect_chain_is_followed(server):
    a = fetch_article(f"{server}/redirect/3")
    assert a.url == f"{server}/article.html"
    assert fetch_article(f"{server}/redirect/{MAX_REDIRECTS}").title.startswith("Japan")


def test_too_many_redirects(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/redirect/{MAX_REDIRECTS + 1}")
    assert one_line_error(exc) == f"cannot fetch URL: more than {MAX_REDIRECTS} redirects"


def test_redirect_loop(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/loop")
    assert one_line_error(exc) == "cannot fetch URL: redirect loop"


def test_redirect_to_another_scheme_is_refused(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/to-ftp")
    assert one_line_error(exc) == "cannot fetch URL: redirect to a non-http(s) URL (ftp)"


def test_too_large_by_content_length(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/big")
    assert "2 MB limit" in one_line_error(exc)


def test_too_large_while_streaming(server):
    t0 = time.monotonic()
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/big-stream")
    assert "over the 2 MB limit" in one_line_error(exc)
    assert time.monotonic() - t0 < 5


def test_a_smaller_cap_can_be_set(server):
    with pytest.raises(ArticleError, match="limit"):
        fetch_article(f"{server}/article.html", max_bytes=1024)


def test_404(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/missing")
    assert one_line_error(exc) == "cannot fetch URL: HTTP 404 Not Found"


def test_slow_endpoint_times_out(server):
    t0 = time.monotonic()
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/slow", timeout=0.3)
    assert one_line_error(exc).startswith("cannot fetch URL: timed out")
    assert time.monotonic() - t0 < 2.5


def test_not_an_article_content_type(server):
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"{server}/pdf")
    assert "application/pdf" in one_line_error(exc)


def test_empty_page(server):
    with pytest.raises(ArticleError, match="empty"):
        fetch_article(f"{server}/empty")


def test_connection_refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(ArticleError) as exc:
        fetch_article(f"http://127.0.0.1:{port}/x", timeout=2)
    assert one_line_error(exc).startswith("cannot fetch URL: ")


def test_unresolvable_host():
    with pytest.raises(ArticleError) as exc:
        fetch_article("http://no-such-host.invalid/article", timeout=3)
    assert one_line_error(exc).startswith("cannot fetch URL: ")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)", "http://"]
)
def test_only_http_and_https(url):
    with pytest.raises(ArticleError, match="only http"):
        fetch_article(url)


def test_cli_brief_of_a_url(server, capsys):
    try:
        import communique.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"pipeline not importable: {e}")
    from communique.cli import main

    assert main(["brief", f"{server}/article.html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "# Japan, South Korea agree to resume shuttle diplomacy after Tokyo talks"
    )
    assert f"<{server}/article.html>" in out


def test_cli_reports_fetch_errors_in_one_line(server, capsys):
    from communique.cli import main

    assert main(["extract", f"{server}/missing"]) == 2
    err = capsys.readouterr().err
    assert err == "communique: cannot fetch URL: HTTP 404 Not Found\n"
