"""Property tests over the whole pipeline: no input may crash it, every offset is valid,
and the output is deterministic. Bounded so that CI stays fast."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.article import from_text
from communique.model import contract_errors
from communique.pipeline import analyze

MARKS = list("«»“”„‘’‹›\"'—–()[]:;,.!?¿¡")
WORDS = [
    "Putin", "Biden", "Lavrov", "OTAN", "NATO", "Kremlin", "dijo", "said", "aseguró", "warned",
    "que", "that", "el", "la", "the", "presidente", "President", "ruso", "Russian", "reunión",
    "met", "with", "con", "en", "in", "Ginebra", "Geneva", "el 7 de diciembre", "next Tuesday",
    "del 9 al 10 de enero", "[bold]", "[@click=app.quit]", "\x1b[31m", "\u202e", "ELN", "(ELN)",
    "Estado", "Gobierno", "y", "and", "su homólogo", "his counterpart", "según", "according to",
]  # fmt: skip

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str, lang: str) -> None:
    if not text.strip():
        return
    art = from_text(text, date_override="2021-12-30", lang_override=lang)
    a = analyze(art)
    d = a.to_dict()
    assert contract_errors(d) == []
    assert analyze(art).to_json() == a.to_json()  # deterministic
    json.loads(a.to_json())


@SETTINGS
@given(st.text(min_size=1, max_size=400), st.sampled_from(["es", "en", "fr", "pt"]))
def test_random_unicode_never_breaks(text, lang):
    check(text, lang)


@SETTINGS
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.just("\n\n")),
        min_size=1,
        max_size=200,
    ),
    st.sampled_from(["es", "en"]),
)
def test_news_like_token_soup_never_breaks(tokens, lang):
    check(" ".join(tokens), lang)


@SETTINGS
@given(st.integers(min_value=1, max_value=3000))
def test_thousands_of_capitalised_words(n):
    check(" ".join(["Consejo", "De", "La", "Nación", "Ministro"] * (n // 5 + 1)), "es")


@SETTINGS
@given(st.integers(min_value=1, max_value=500), st.sampled_from(["«", "“", '"', "‘", "»", "”"]))
def test_unbalanced_and_nested_marks(n, mark):
    check((mark + "Putin dijo que no ") * n + "«a “b ‘c» d” e’", "es")


def test_very_long_sentence_and_control_characters():
    check(
        "El presidente dijo que " + "la reunión con Biden en Ginebra, " * 2000 + "fue útil.", "es"
    )
    check("Putin\x00 dijo\x07 «hola»\x1b[0m y Biden\u200b respondió.\r\n\r\nFin.", "es")


def test_right_to_left_and_mixed_scripts():
    check("قال الرئيس بوتين إن المحادثات مع بايدن كانت مفيدة. Putin said «ok».", "en")
    check("Нетаньяху и Путин встретились в Москве. «Мы договорились», — сказал он.", "es")
