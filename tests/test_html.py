"""HTML input: saved news pages from differently built sites → clean articles."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from communique.article import ArticleError, from_bytes, load
from communique.html import article_from_html, page_metadata

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "html"
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*[\s>/]")

# fixture → (title, date, source, url, language, body must contain, body must not contain)
PAGES = {
    "wire_jsonld.en.html": dict(
        title="Japan, South Korea agree to resume shuttle diplomacy after Tokyo talks",
        published=date(2023, 3, 16),
        source="Meridian Wire",
        url="https://www.meridianwire.example/world/asia-pacific/japan-south-korea-shuttle-diplomacy-2023-03-16/",
        language="en",
        first="TOKYO, March 16 (Meridian Wire) - The foreign ministers of Japan and South Korea",
        present=[
            '"We have turned a new page in our relations, and we intend to keep writing it together," Hayashi told reporters',
            "Park said Seoul would drop a complaint",
        ],
        absent=[
            "Skip to main content",
            "Subscribe for unlimited access",
            "Markets",
            "NIKKEI",
            "Advertisement",
            "Read Next",
            "Yen slips",
            "All rights reserved",
            "Privacy Policy",
            "Share on Twitter",
            "Our Standards",
        ],
    ),
    "periodico_og.es.html": dict(
        title="Argentina y Chile firman en Santiago un acuerdo para vigilar juntos la frontera austral",
        published=date(2022, 9, 28),
        source="El Correo del Sur",
        url="https://www.elcorreodelsur.example/internacional/2022/09/28/argentina-chile-acuerdo-frontera-austral.html",
        language="es",
        first="El canciller argentino, Santiago Cafiero, y su homóloga chilena, Antonia Urrejola, firmaron",
        present=[
            "«Chile y Argentina comparten mucho más que la cordillera: compartimos la responsabilidad de cuidar a quienes la cruzan», afirmó Urrejola",
            "advirtió el senador Francisco Chahuán.",
        ],
        absent=[
            "cookies",
            "Aceptar",
            "Portada",
            "Suscríbete",
            "Publicidad",
            "Te puede interesar",
            "Boric defiende en la ONU",
            "Noticias relacionadas",
            "Cafiero inicia una gira",
            "Comentarios",
            "Ya era hora",
            "Mucha foto y poca gestión",
            "Lo más leído",
            "dólar blue",
            "Todos los derechos reservados",
            "Aviso legal",
            "Facebook",
        ],
    ),
    "gobierno_comunicado.es.html": dict(
        title="Albares recibe en Madrid al canciller de Colombia, Álvaro Leyva, para impulsar el proceso de paz",
        published=date(2023, 6, 14),
        source="Oficina de Información Diplomática",
        url=None,
        language="es",
        first="El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha recibido hoy",
        present=[
            "España «seguirá acompañando a Colombia en la construcción de una paz estable y duradera»",
            "los días 17 y 18 de julio.",
        ],
        absent=[
            "Gobierno de España",
            "Servicios consulares",
            "Sala de prensa",
            "Inicio",
            "Comunicado 112",
            "Descargar comunicado",
            "Enlaces de interés",
            "Ficha país",
            "Accesibilidad",
            "Mapa web",
            "Plaza de la Provincia",
            "Teléfono",
        ],
    ),
    "newspaper_og.en.html": dict(
        title="NATO allies clash over Black Sea mission at Brussels meeting",
        published=date(2024, 4, 4),
        source="The Northern Ledger",
        url="https://northernledger.example/world/2024/apr/04/nato-black-sea-mission",
        language="en",
        first="NATO foreign ministers ended two days of talks in Brussels on Thursday",
        present=[
            "Türkiye's foreign minister, Hakan Fidan, warned",  # windows-1252 bytes decoded
            'urged allies to "show Moscow that the sea lanes stay open"',
        ],
        absent=[
            "Sign up",
            "newsletter",
            "cookies",
            "Support us",
            "Ukraine grain exports hit record",
            "Explore more on these topics",
            "Reuse this content",
            "Most viewed",
            "Eurovision",
            "Comments (212)",
            "Another summit, another communiqué",
            "All rights reserved",
        ],
    ),
}


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request):
    name = request.param
    return name, load(str(FIXTURES / name)), PAGES[name]


def test_at_least_three_fixtures_in_spanish_and_english():
    langs = {PAGES[n]["language"] for n in PAGES}
    assert len(PAGES) >= 3 and langs == {"es", "en"}
    for name in PAGES:
        assert (FIXTURES / name).is_file()


def test_title_date_source_url_language(page):
    _, article, want = page
    assert article.title == want["title"]
    assert article.published == want["published"]
    assert article.source == want["source"]
    assert article.url == want["url"]
    assert article.language == want["language"]


def test_body_starts_with_the_lede_and_keeps_the_text(page):
    _, article, want = page
    assert article.text.startswith(want["first"])
    for snippet in want["present"]:
        assert snippet in article.text


def test_boilerplate_is_absent(page):
    _, article, want = page
    for snippet in want["absent"]:
        assert snippet.lower() not in article.text.lower(), snippet


def test_headline_not_repeated_in_body(page):
    _, article, want = page
    assert want["title"] not in article.text


def test_paragraphs_are_separated_by_blank_lines(page):
    _, article, _ = page
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) >= 5
    for p in paragraphs:
        assert p == p.strip() and p
        assert "\n" not in p


def test_body_never_contains_markup(page):
    _, article, _ = page
    assert not TAG.search(article.text)
    for bad in ("<script", "gtag(", "dataLayer", "{", "&gt;", "&amp;", "&nbsp;"):
        assert bad not in article.text


def test_path_is_kept_and_article_module_routes_html_by_extension(page):
    name, article, _ = page
    assert article.path == str(FIXTURES / name)


def test_html_is_detected_by_content_without_extension():
    data = (FIXTURES / "periodico_og.es.html").read_bytes()
    article = from_bytes(data, name="stdin")
    assert article.title.startswith("Argentina y Chile")
    assert article.path is None


def test_overrides_win_over_page_metadata():
    text = (FIXTURES / "wire_jsonld.en.html").read_text(encoding="utf-8")
    article = article_from_html(
        text, date_override="2020-02-02", lang_override="fr", url="https://x.example/a"
    )
    assert article.published == date(2020, 2, 2)
    assert article.language == "fr"
    assert article.url == "https://x.example/a"


def test_bad_date_override_is_an_article_error():
    text = (FIXTURES / "wire_jsonld.en.html").read_text(encoding="utf-8")
    with pytest.raises(ArticleError, match="--date"):
        article_from_html(text, date_override="yesterday")


def test_json_ld_in_a_graph_and_time_element_fallback():
    from lxml import html as lxml_html

    page = """<html lang="pt-BR"><head>
    <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},
      {"@type": ["NewsArticle"], "headline": "Lula recebe Sánchez", "datePublished": "2023-04-26",
       "publisher": {"@type": "Organization", "name": "Agência Exemplo"}}]}</script>
    </head><body><article><time datetime="2001-01-01">x</time></article></body></html>"""
    meta = page_metadata(lxml_html.document_fromstring(page))
    assert meta["title"] == "Lula recebe Sánchez"
    assert meta["date"] == "2023-04-26"
    assert meta["sitename"] == "Agência Exemplo"
    assert meta["language"] == "pt-BR"

    page2 = '<html><body><article><h1>T</h1><time datetime="2021-12-30T10:00">30 dic</time></article></body></html>'
    meta2 = page_metadata(lxml_html.document_fromstring(page2))
    assert meta2["date"].startswith("2021-12-30") and meta2["title"] == "T"


def test_broken_json_ld_is_ignored():
    from lxml import html as lxml_html

    page = '<html><head><script type="application/ld+json">{not json</script><meta property="og:title" content="OG"></head><body></body></html>'
    assert page_metadata(lxml_html.document_fromstring(page))["title"] == "OG"


def test_page_without_article_text_is_an_article_error():
    page = """<!doctype html><html><head><title>Home</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <footer>© 2024 Example</footer></body></html>"""
    with pytest.raises(ArticleError, match="no article text found in the page"):
        article_from_html(page, name="empty.html")


def test_empty_page_is_an_article_error():
    with pytest.raises(ArticleError):
        article_from_html("   ", name="blank.html")


def test_missing_trafilatura_gives_the_extra_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ArticleError) as exc:
        article_from_html("<html><body><p>Hola</p></body></html>")
    assert str(exc.value) == "HTML input needs the 'html' extra: pip install 'communique[html]'"


def test_escaped_markup_and_control_characters_do_not_reach_the_body():
    paragraph = (
        "El ministro de Asuntos Exteriores recibió hoy a su homólogo en la sede de la cancillería "
        "para repasar la agenda bilateral y preparar la próxima cumbre regional de jefes de Estado."
    )
    page = (
        "<!doctype html><html lang='es'><head><title>Nota</title></head><body><article><h1>Nota</h1>"
        + "".join(f"<p>{paragraph}</p>" for _ in range(3))
        + "<p>Texto con &lt;script&gt;alert(1)&lt;/script&gt; y un \x1b[31mcolor\x1b[0m.</p>"
        + "</article></body></html>"
    )
    article = article_from_html(page)
    assert "<script>" not in article.text and "</script>" not in article.text
    assert "\x1b" not in article.text
    assert "alert(1)" in article.text  # the words stay, the tags go


def test_line_breaks_inside_a_paragraph_are_kept_as_single_newlines():
    para = "Primera línea de una declaración conjunta de los ministros de Exteriores reunidos hoy"
    page = (
        "<html lang='es'><body><article><h1>T</h1>"
        f"<p>{para}<br>segunda línea de la misma declaración, firmada en la capital.</p>"
        + "".join(
            f"<p>{para}, párrafo {i} con contenido suficiente para el extractor.</p>"
            for i in range(4)
        )
        + "</article></body></html>"
    )
    article = article_from_html(page)
    first = article.text.split("\n\n")[0]
    assert first.endswith("segunda línea de la misma declaración, firmada en la capital.")
    assert "\n" in first
