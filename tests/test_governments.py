"""The government of a country as an actor, and what is not one."""

import pytest

from communique.article import from_text
from communique.pipeline import analyze


def actors(text, lang="es", date="2023-09-04"):
    a = analyze(from_text(text, date_override=date, lang_override=lang))
    return {x.name: x for x in a.actors}, a


@pytest.mark.parametrize(
    "text,lang,name,country",
    [
        (
            "El Gobierno de Nicolás Maduro y la oposición cerraron ayer la ronda de diálogo.",
            "es",
            "Gobierno venezolano",
            "VE",
        ),
        (
            "El Ejecutivo colombiano anunció que retomará las conversaciones.",
            "es",
            "Gobierno colombiano",
            "CO",
        ),
        (
            "The Colombian government said talks would resume next week.",
            "en",
            "Colombian government",
            "CO",
        ),
        (
            "Le gouvernement français a annoncé une aide supplémentaire.",
            "fr",
            "Gouvernement français",
            "FR",
        ),
    ],
)
def test_government_phrases_name_the_country_government(text, lang, name, country):
    found, _ = actors(text, lang)
    assert name in found
    assert found[name].country == country
    assert found[name].kind == "organization"


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("Le gouvernement du Burundi a annoncé une aide.", "fr", "Gouvernement burundais"),
        ("O governo do Brasil anunciou novas medidas.", "pt", "Governo brasileiro"),
        ("The government of the United States said it would help.", "en", "U.S. government"),
        ("The government of Dominica said it would help.", "en", "Government of Dominica"),
    ],
)
def test_a_government_is_named_grammatically(text, lang, name):
    # «Gouvernement de Burundi», «Governo de Brasil» would want an article
    found, _ = actors(text, lang)
    assert name in found, list(found)


def test_a_later_bare_government_is_the_one_named_before():
    found, a = actors(
        "El Gobierno de Gustavo Petro y el ELN firmaron un acuerdo. Más tarde, el Gobierno pidió al ELN que liberara a los rehenes."
    )
    gov = found["Gobierno colombiano"]
    assert len(gov.mentions) == 2


def test_government_alone_is_not_an_actor():
    found, _ = actors("El Gobierno anunció ayer nuevas medidas económicas para el país.")
    assert not any(n.startswith("Gobierno") for n in found)


def test_title_with_government_is_not_the_government():
    found, _ = actors(
        "El presidente del Gobierno, Pedro Sánchez, viajará a Bruselas.", date="2023-05-10"
    )
    assert not any(n.startswith("Gobierno") for n in found)
    assert "Pedro Sánchez" in found
