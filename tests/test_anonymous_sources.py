"""Unnamed sources described by the text are actors of their own.

"A senior Lebanese political source", "un alto cargo de Moncloa", "un diplomate africain":
the reader cites them by their description, so the quote is theirs, never a nearby named
person's or the country's, and "the source" after them is the same one.
"""

from __future__ import annotations

import pytest
from passages import run

CASES = [
    pytest.param(
        "en",
        "2024-11-20",
        'A senior Lebanese political source told Reuters that Beirut accepted the plan. "There '
        'will be no clause that gives Israel a free hand," the source said.',
        "senior Lebanese political source",
        "There will be no clause",
        id="en-source-and-the-source",
    ),
    pytest.param(
        "en",
        "2020-02-11",
        "But a senior official in the Trump administration, speaking on condition of anonymity, "
        'warned that Washington would veto the text. "We will not let the council bury it," the '
        "official said.",
        "senior official in the Trump administration",
        "We will not let the council bury it",
        id="en-official-of-a-body-is-not-the-body",
    ),
    pytest.param(
        "en",
        "2024-07-25",
        '"There can be no business as usual," said an Indian official familiar with the talks, '
        "who declined to be identified.",
        "Indian official",
        "There can be no business as usual",
        id="en-trailing-participle-is-not-the-name",
    ),
    pytest.param(
        "es",
        "2021-05-19",
        "Rabat anunció la retirada de su embajadora. «Es un chantaje en toda regla», resumía un "
        "alto cargo de Moncloa.",
        "alto cargo de Moncloa",
        "Es un chantaje en toda regla",
        id="es-alto-cargo-de-moncloa",
    ),
    pytest.param(
        "es",
        "2025-02-04",
        'Un funcionario estadunidense, que pidió el anonimato, dijo que la decisión "la tomará el '
        'presidente".',
        "funcionario estadunidense",
        "la tomará el presidente",
        id="es-funcionario-with-relative-clause",
    ),
    pytest.param(
        "fr",
        "2025-02-09",
        "« Un cessez-le-feu sur le papier, c'est un début, confie un diplomate africain présent à "
        "Dar es Salaam. Mais personne ne sait qui le fera respecter. »",
        "diplomate africain",
        "Mais personne ne sait qui le fera respecter.",
        id="fr-diplomate-africain-inside-the-quote",
    ),
    pytest.param(
        "fr",
        "2023-04-07",
        "« Il n'y a pas eu de percée », a résumé un diplomate européen sous couvert d'anonymat.",
        "diplomate européen",
        "Il n'y a pas eu de percée",
        id="fr-an-adjective-in-eenne",
    ),
    pytest.param(
        "es",
        "2023-02-02",
        "«La RAN es una cita entre gobiernos», explicó un alto cargo del Gobierno español, que "
        "pidió el anonimato.",
        "alto cargo del Gobierno español",
        "La RAN es una cita entre gobiernos",
        id="es-the-body-s-demonym-closes-the-description",
    ),
    pytest.param(
        "pt",
        "2025-07-08",
        '"O trecho sobre o Irã foi o último a ser fechado", disse uma fonte diplomática '
        "brasileira.",
        "fonte diplomática brasileira",
        "O trecho sobre o Irã foi o último a ser fechado",
        id="pt-fonte-diplomatica",
    ),
]


@pytest.mark.parametrize("lang, day, text, name, quote", CASES)
def test_the_unnamed_source_speaks(lang, day, text, name, quote):
    an = run(lang, day, text)
    source = next((a for a in an.actors if a.name == name), None)
    assert source is not None, [a.name for a in an.actors]
    assert source.kind == "person"
    said = [q for q in an.quotes if quote in q.text]
    assert said, [q.text for q in an.quotes]
    assert all(q.speaker == source.id for q in said), [(q.text, q.speaker) for q in said]


def test_the_repeat_is_a_mention_of_the_same_source():
    text = (
        "A senior Lebanese political source told Reuters that Beirut accepted the plan. The "
        "source said Israel had not replied."
    )
    an = run("en", "2024-11-20", text)
    source = next(a for a in an.actors if a.name == "senior Lebanese political source")
    assert [m.text for m in source.mentions] == ["senior Lebanese political source", "source"]


def test_an_apposition_belongs_to_the_named_person():
    an = run(
        "en",
        "2024-04-30",
        "Majed al-Ansari, a senior official of Qatar's foreign ministry, warned that the window "
        "was closing.",
    )
    assert not [a for a in an.actors if "official" in a.name], [a.name for a in an.actors]


def test_an_official_visit_is_not_the_official_again():
    an = run(
        "en",
        "2024-04-30",
        "A U.S. official said the deal was close. The official visit is planned for May.",
    )
    source = next(a for a in an.actors if a.name == "U.S. official")
    # "U.S." stays the country's mention; the source's own is the rest of its description
    assert [m.text for m in source.mentions] == ["official"]


def test_a_named_official_is_not_anonymous():
    an = run(
        "en",
        "2024-04-30",
        "A senior official, John Kirby, said the deal was close.",
    )
    assert not [a for a in an.actors if "official" in a.name], [a.name for a in an.actors]
    assert [p.actors for p in an.positions] == [("john-kirby",)]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "es",
            "«Es un chantaje y no lo aceptaremos», explicó un alto cargo de Moncloa, que pidió el anonimato.",
        ),
        (
            "en",
            '"It is blackmail and we reject it," said a senior official, who asked not to be named.',
        ),
        (
            "fr",
            "« C'est du chantage et nous le refusons », a dit un diplomate, qui a requis l'anonymat.",
        ),
        (
            "pt",
            '"É chantagem e não vamos aceitar", disse um diplomata, que pediu para não ser identificado.',
        ),
    ],
)
def test_asking_for_anonymity_is_no_position(lang, text):
    an = run(lang, "2023-02-02", text)
    assert an.positions and not [
        p
        for p in an.positions
        if "anonim" in p.statement.lower()
        or "named" in p.statement
        or "identifi" in p.statement
        or "anonymat" in p.statement
    ], [p.statement for p in an.positions]


def test_unnamed_diplomats_in_the_plural_leave_the_diplomat_named_since_to_his_title():
    an = run(
        "pt",
        "2020-11-30",
        "Diplomatas brasileiros ouvidos pela Folha veem no gesto um primeiro passo. A "
        "videoconferência foi articulada pelo embaixador argentino no Brasil, Daniel Scioli. Em "
        "agosto, o diplomata afirmou que Fernández desejava deixar para trás os “desencontros” com "
        "o colega brasileiro.",
    )
    (q,) = an.quotes
    assert q.speaker == "daniel-scioli"
    assert [p.actors for p in an.positions] == [("daniel-scioli",)]


@pytest.mark.parametrize(
    "lang, day, text, name, country",
    [
        pytest.param(
            "en",
            "2021-12-15",
            "An Emirati official said on Tuesday that Abu Dhabi had informed Washington.",
            "Emirati official",
            "AE",
            id="en-demonym",
        ),
        pytest.param(
            "es",
            "2025-02-04",
            "Un funcionario mexicano que pidió el anonimato aseguró que no habrá acuerdo.",
            "funcionario mexicano",
            "MX",
            id="es-demonym-after",
        ),
        pytest.param(
            "pt",
            "2010-06-03",
            "Segundo uma fonte da Presidência angolana, os dois manifestaram apoio à mediação.",
            "fonte da Presidência angolana",
            "AO",
            id="pt-demonym-of-the-body",
        ),
        pytest.param(
            "en",
            "2021-12-15",
            "A Western diplomat said the talks had failed.",
            "Western diplomat",
            None,
            id="en-no-country-guard",
        ),
    ],
)
def test_the_unnamed_source_has_its_descriptions_country(lang, day, text, name, country):
    an = run(lang, day, text)
    source = next((a for a in an.actors if a.name == name), None)
    assert source is not None, [a.name for a in an.actors]
    assert source.country == country


@pytest.mark.parametrize(
    "lang, day, text, statement, country",
    [
        pytest.param(
            "en",
            "2021-12-15",
            "The United Arab Emirates suspended the talks. An Emirati official said on Tuesday "
            "that Abu Dhabi had informed Washington it would suspend the talks.",
            "Abu Dhabi had informed Washington",
            "United Arab Emirates",
            id="en-official-speaks-for-the-country-guard",
        ),
        pytest.param(
            "es",
            "2023-01-09",
            "México y Estados Unidos abrieron la cumbre. Un funcionario mexicano que pidió el "
            "anonimato aseguró que el Gobierno no prevé firmar nuevos acuerdos migratorios.",
            "no prevé firmar",
            "México",
            id="es-funcionario-speaks-for-the-country",
        ),
    ],
)
def test_an_unnamed_officials_position_is_also_its_countrys(lang, day, text, statement, country):
    an = run(lang, day, text)
    names = {a.id: a.name for a in an.actors}
    held = [p for p in an.positions if statement in p.evidence.text]
    assert held, [p.evidence.text for p in an.positions]
    assert all(country in [names[a] for a in p.actors] for p in held), [
        [names[a] for a in p.actors] for p in held
    ]
    # the source itself still holds it
    assert all(
        any("official" in names[a] or "funcionario" in names[a] for a in p.actors) for p in held
    )


def test_an_unnamed_source_of_a_country_the_article_does_not_name_holds_it_alone():
    an = run(
        "en",
        "2021-12-15",
        "An Emirati official said on Tuesday that the talks would resume in the spring.",
    )
    names = {a.id: a.name for a in an.actors}
    held = [p for p in an.positions if "resume" in p.evidence.text]
    assert held and all([names[a] for a in p.actors] == ["Emirati official"] for p in held)


@pytest.mark.parametrize(
    "lang, text, statement, country",
    [
        pytest.param(
            "en",
            "India and Pakistan met in Delhi. Indian officials said that Pakistan would not be "
            "offered a similar deal.",
            "Pakistan would not be offered",
            "India",
            id="en-demonym-officials",
        ),
        pytest.param(
            "en",
            "Pakistan has sought a similar arrangement. U.S. officials said it would not be "
            "offered one.",
            "it would not be offered one",
            "United States",
            id="en-country-officials",
        ),
        pytest.param(
            "es",
            "Estados Unidos y Pakistán negocian. Los funcionarios estadounidenses dijeron que "
            "Pakistán no recibirá nada.",
            "Pakistán no recibirá nada",
            "Estados Unidos",
            id="es-noun-then-demonym",
        ),
        pytest.param(
            "fr",
            "Les États-Unis et le Pakistan négocient. Des responsables américains ont affirmé que "
            "le Pakistan ne recevra rien.",
            "le Pakistan ne recevra rien",
            "États-Unis",
            id="fr-des-responsables",
        ),
        pytest.param(
            "pt",
            "O Brasil e o Paquistão negociam. Autoridades brasileiras afirmaram que o Paquistão "
            "não receberá nada.",
            "o Paquistão não receberá nada",
            "Brasil",
            id="pt-no-article",
        ),
    ],
)
def test_unnamed_officials_in_the_plural_speak_for_their_country(lang, text, statement, country):
    an = run(lang, "2006-03-03", text)
    names = {a.id: a.name for a in an.actors}
    held = [p for p in an.positions if statement in p.statement]
    assert held, [(p.statement, p.actors) for p in an.positions]
    assert [names[a] for a in held[0].actors] == [country]


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Perfecto Yasay briefed him on maritime security.\n\nAnalysts said Beijing had "
            'scored a coup. "China has managed to peel away one of America\'s treaty allies," '
            "said a Southeast Asian diplomat in Beijing who spoke on condition of anonymity.",
            "China has managed",
            "Southeast Asian diplomat",
            id="capitalised-modifiers-after-the-determiner",
        ),
        pytest.param(
            "Nicholas Burns, a State Department spokesman, said the visit went well. "
            '"We will look to the future," a Foreign Ministry spokesman said.',
            "We will look to the future",
            "Foreign Ministry spokesman",
            id="a-capitalised-body-s-spokesman-after-a-named-one",
        ),
        pytest.param(
            'Nicholas Burns, a State Department spokesman, said: "We are pleased."',
            "We are pleased.",
            "Nicholas Burns",
            id="an-apposition-is-the-name-s-guard",
        ),
        pytest.param(
            "European Commission President Jean-Claude Juncker told Johnson that the deal was "
            "“the best and only agreement possible,” a commission spokeswoman said.",
            "the best and only agreement possible",
            "Jean-Claude Juncker",
            id="words-reported-by-a-spokeswoman-are-the-subject-s-guard",
        ),
        pytest.param(
            'Nicholas Burns said the visit went well.\n\n"We will look to the future," a Western '
            "diplomat said.",
            "We will look to the future",
            "Western diplomat",
            id="a-quote-opening-its-sentence-is-the-described-person-s",
        ),
    ],
)
def test_an_indefinite_title_with_capitalised_modifiers_is_unnamed(text, quote, speaker):
    an = run("en", "2016-10-21", text)
    names = {a.id: a.name for a in an.actors}
    said = [q for q in an.quotes if quote in q.text]
    assert said, [q.text for q in an.quotes]
    assert names.get(said[0].speaker) == speaker, [
        (q.text, names.get(q.speaker)) for q in an.quotes
    ]
