from datetime import date

import pytest

from communique.article import ArticleError, decode, from_bytes, from_text, load, split_front_matter


def test_front_matter_fields_and_body():
    text = "---\ntitle: Hola\ndate: 2021-12-30   # publication date\nsource: 'Agencia'\nurl: https://x.org/a\nlanguage: es\n---\n\nCuerpo del texto.\n\n"
    art = from_text(text)
    assert art.title == "Hola"
    assert art.published == date(2021, 12, 30)
    assert art.source == "Agencia"
    assert art.url == "https://x.org/a"
    assert art.language == "es"
    assert art.text == "Cuerpo del texto."


def test_no_front_matter_keeps_body():
    meta, body = split_front_matter("\n\nJust a body.\n")
    assert meta == {} and body == "Just a body."


def test_overrides_win_over_front_matter():
    art = from_text(
        "---\ndate: 2020-01-01\nlanguage: en\n---\nEl presidente dijo que sí.",
        date_override="2022-02-02",
        lang_override="es",
    )
    assert art.published == date(2022, 2, 2)
    assert art.language == "es"


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(ArticleError, match="never closed"):
        from_text("---\ntitle: x\nbody without end")


def test_malformed_front_matter_line_is_an_error():
    with pytest.raises(ArticleError, match="malformed front matter"):
        from_text("---\ntitle x\n---\nbody")


def test_bad_date_in_front_matter_degrades_to_unknown():
    art = from_text("---\ndate: yesterday\n---\nThe minister said that talks would resume.")
    assert art.published is None


def test_bad_date_override_is_an_error():
    with pytest.raises(ArticleError, match="not an ISO date"):
        from_text("Body text here.", date_override="30/12/2021")


def test_unknown_lang_override_is_an_error():
    with pytest.raises(ArticleError, match="unknown language"):
        from_text("Body text here.", lang_override="xx")


def test_empty_and_whitespace_articles_are_errors():
    with pytest.raises(ArticleError, match="empty"):
        from_bytes(b"")
    with pytest.raises(ArticleError, match="empty"):
        from_bytes(b"   \n\n ")
    with pytest.raises(ArticleError, match="empty"):
        from_text("---\ntitle: only metadata\n---\n\n")


def test_binary_is_an_error():
    with pytest.raises(ArticleError, match="binary"):
        from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_cp1252_is_decoded_transparently():
    raw = "El canciller ruso, Serguéi Lavrov, afirmó que «no habrá concesiones».".encode("cp1252")
    assert "Serguéi" in decode(raw)
    art = from_bytes(raw)
    assert "Serguéi Lavrov" in art.text


def test_utf8_bom_is_stripped():
    art = from_bytes("\ufeff---\ntitle: T\n---\nHello there, said the minister.".encode())
    assert art.title == "T"
    assert art.text.startswith("Hello")


def test_too_large_is_an_error():
    with pytest.raises(ArticleError, match="limit"):
        decode(b"a" * (3 * 1024 * 1024))


def test_load_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load(str(tmp_path / "nope.md"))
    with pytest.raises(ArticleError, match="is a directory"):
        load(str(tmp_path))


def test_load_stdin_bytes():
    art = load("-", stdin_bytes=b"---\ndate: 2021-12-30\n---\nPutin y Biden hablaron.")
    assert art.published == date(2021, 12, 30)
    assert art.path is None


def test_crlf_line_endings():
    art = from_text("---\r\ntitle: T\r\n---\r\nPara one.\r\n\r\nPara two.")
    assert art.title == "T"
    assert art.text == "Para one.\n\nPara two."


def test_markup_in_article_is_kept_verbatim():
    body = "The [bold]minister[/bold] said [@click=app.quit]x[/] and \x1b[31mred\x1b[0m."
    art = from_text(body)
    assert art.text == body
