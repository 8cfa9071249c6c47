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
            "Gobierno de Venezuela",
            "VE",
        ),
        (
            "El Ejecutivo colombiano anunció que retomará las conversaciones.",
            "es",
            "Gobierno de Colombia",
            "CO",
        ),
        (
            "The Colombian government said talks would resume next week.",
            "en",
            "Government of Colombia",
            "CO",
        ),
        (
            "Le gouvernement français a annoncé une aide supplémentaire.",
            "fr",
            "Gouvernement de France",
            "FR",
        ),
    ],
)
def test_government_phrases_name_the_country_government(text, lang, name, country):
    found, _ = actors(text, lang)
    assert name in found
    assert found[name].country == country
    assert found[name].kind == "organization"


def test_a_later_bare_government_is_the_one_named_before():
    found, a = actors(
        "El Gobierno de Gustavo Petro y el ELN firmaron un acuerdo. Más tarde, el Gobierno pidió al ELN que liberara a los rehenes."
    )
    gov = found["Gobierno de Colombia"]
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
