"""Meetings: calls, talks, summits, visits and consultations, with dates, places and status.

Each case is a short invented news passage with a publication date, run through the
public API. Participants are named by knowledge-base id or, for actors the knowledge
base does not know, by the slug of their name.
"""

from __future__ import annotations

import pytest
from passages import keys, run, same_actors

from communique.textutil import fold


def describe(an) -> str:
    return "; ".join(
        f"{m.kind}/{m.status} {m.start}..{m.end} place={m.place} forum={m.forum} "
        f"{list(m.participants)} «{m.evidence.text}»"
        for m in an.meetings
    )


# (lang, date, text, expected fields). "kind" is one kind or a tuple of acceptable ones;
# a field left out is not checked; None means the field must be empty. "place" and
# "forum" are matched as accent- and case-insensitive substrings.
MEETINGS = [
    pytest.param(
        "es",
        "2007-03-10",
        "Lula será recibido por Bush en la residencia de Camp David el próximo 31 de marzo.",
        {"start": "2007-03-31", "place": "camp david"},
        id="es-a-venue-named-by-its-common-noun",
    ),
    pytest.param(
        "es",
        "2013-01-27",
        "Merkel, que se había reunido el viernes con Piñera en el palacio de La Moneda, reconoció "
        "la crisis.",
        {"start": "2013-01-25", "place": "la moneda"},
        id="es-a-seat-named-by-its-palace",
    ),
    pytest.param(
        "es",
        "2022-11-20",
        "Petro, que había visitado a Maduro en el palacio de Miraflores, en Caracas, el 1 de "
        "noviembre, se ha erigido en valedor del diálogo.",
        {"start": "2022-11-01", "place": "caracas"},
        id="es-the-city-before-a-seat-named-by-its-palace-guard",
    ),
    pytest.param(
        "es",
        "2024-02-20",
        "Albares confió en que la cumbre de la Liga Árabe, prevista para mayo en Baréin, respalde "
        "la iniciativa.",
        {"kind": "summit", "start": "2024-05", "place": "barein"},
        id="es-the-country-right-after-the-meeting-s-day",
    ),
    pytest.param(
        "fr",
        "2023-03-08",
        "Le Conseil de sécurité s'est réuni lundi pour la deuxième fois.",
        {"start": "2023-03-06", "status": "held", "forum": ["conseil de securite"]},
        id="fr-a-body-meets-on-its-own-s-est-reuni",
    ),
    pytest.param(
        "fr",
        "2023-03-08",
        "Les ministres ont ensuite été reçus par Emmanuel Macron mardi à l'Élysée.",
        {"start": "2023-03-07", "participants": ["emmanuel-macron"]},
        id="fr-plural-passive-recus-par",
    ),
    pytest.param(
        "es",
        "2023-03-08",
        "Sánchez y Lula se van a reunir el lunes en Brasilia.",
        {
            "start": "2023-03-13",
            "status": "planned",
            "participants": ["pedro-sanchez", "luiz-inacio-lula-da-silva"],
        },
        id="es-se-van-a-reunir",
    ),
    pytest.param(
        "pt",
        "2023-03-08",
        "Lula e Boric assinam hoje em Santiago um acordo de cooperação.",
        {"start": "2023-03-08", "place": "santiago"},
        id="pt-a-headline-present-signing",
    ),
    pytest.param(
        "fr",
        "2023-03-08",
        "Hillary Clinton, qui s'était rendue à Port-au-Prince le 30 janvier, a promis une aide.",
        {"kind": "visit", "start": "2023-01-30", "place": "port-au-prince"},
        id="fr-feminine-s-etait-rendue-a",
    ),
    pytest.param(
        "es",
        "2014-11-25",
        "Margallo respaldó las conversaciones entre Bruselas y La Habana, cuya segunda ronda se "
        "celebró en agosto en Bruselas y que continuarán a comienzos del próximo año en la "
        "capital cubana.",
        {"kind": "negotiation", "start": "2014-08", "status": "held"},
        id="es-a-month-takes-no-year-from-another-clause",
    ),
    pytest.param(
        "fr",
        "2014-01-11",
        "Le président Michel Djotodia a démissionné vendredi à N'Djamena, au second jour d'un "
        "sommet extraordinaire de la CEEAC consacré à la crise.",
        {"kind": "summit", "start": "2014-01-09", "end": "2014-01-10"},
        id="fr-the-second-day-of-a-summit-told-further-in-the-clause",
    ),
    pytest.param(
        "pt",
        "2009-08-21",
        "Os presidentes José Eduardo dos Santos e Jacob Zuma assinaram ontem em Luanda um "
        "conjunto de acordos, no segundo dia da primeira visita de Estado de Zuma.",
        {"kind": "visit", "start": "2009-08-19"},
        id="pt-the-second-day-of-a-visit-told-further-in-the-clause",
    ),
    pytest.param(
        "fr",
        "2021-12-04",
        "Les négociations, qui ont repris lundi à Vienne entre l'Iran et les grandes puissances, "
        "ont été suspendues vendredi.",
        {"kind": "negotiation", "start": "2021-11-29", "end": "2021-12-03", "place": "vienne"},
        id="fr-talks-resumed-one-day-suspended-another-are-one-round",
    ),
    pytest.param(
        "en",
        "2018-12-14",
        "A previous round in Kuwait, which opened in April 2016, broke down in August that year.",
        {"kind": "negotiation", "start": "2016-04", "end": "2016-08", "place": "kuwait"},
        id="en-opened-in-a-month-broke-down-in-another",
    ),
    pytest.param(
        "pt",
        "2013-12-08",
        "O Conselho de Segurança reuniu-se ontem em Nova Iorque.",
        {"start": "2013-12-07", "status": "held", "forum": ["conselho de seguranca"]},
        id="pt-a-body-meets-on-its-own-reuniu-se",
    ),
    pytest.param(
        "pt",
        "2013-12-08",
        "O Conselho Geral da OMC deverá se reunir em Genebra em julho do próximo ano.",
        {"start": "2014-07", "status": "planned", "place": "genebra"},
        id="pt-a-body-meets-on-its-own-se-reunir",
    ),
    pytest.param(
        "pt",
        "2013-12-08",
        "Lula reuniu-se ontem com Biden em Brasília.",
        {"start": "2013-12-07", "participants": ["luiz-inacio-lula-da-silva", "joe-biden"]},
        id="pt-reuniu-se-com-guard",
    ),
    pytest.param(
        "en",
        "2018-12-07",
        "Under Horst Koehler's predecessor, four rounds of formal negotiations took place in "
        "Manhasset, outside New York, in 2007 and 2008, but they failed.",
        {"kind": "negotiation", "start": "2007", "end": "2008", "place": "manhasset"},
        id="en-talks-in-two-years-span-both",
    ),
    pytest.param(
        "en",
        "2018-12-07",
        "Horst Koehler said Morocco and the Polisario Front had agreed to meet again in the first "
        "quarter of 2019.",
        {"start": "2019-Q1", "end": None},
        id="en-a-meeting-in-a-quarter-keeps-the-quarter",
    ),
    pytest.param(
        "en",
        "2006-08-27",
        "Uganda's government and the LRA signed a truce on Saturday. The negotiators would return "
        "to the table next week to tackle the rest of the agenda.",
        {"kind": "negotiation", "start": "2006-W35"},
        id="en-returning-to-the-table-is-a-round-of-talks",
    ),
    pytest.param(
        "es",
        "2002-07-28",
        "Las delegaciones del Gobierno y del SPLA volverán a sentarse a la mesa en Machakos a "
        "mediados de agosto.",
        {"kind": "negotiation", "start": "2002-08", "place": "machakos"},
        id="es-volver-a-sentarse-a-la-mesa-is-a-round-of-talks",
    ),
    pytest.param(
        "es",
        "2024-05-11",
        "Los cancilleres Ararat Mirzoyan y Jeyhun Bayramov han concluido este sábado en la ciudad "
        "kazaja de Almaty dos jornadas de negociaciones sobre el tratado de paz.",
        {"start": "2024-05-10", "end": "2024-05-11", "place": "almaty"},
        id="es-concluded-days-of-talks-told-after-a-place-end-on-the-day",
    ),
    pytest.param(
        "es",
        "2024-03-14",
        "Albares visitó El Cairo este jueves. «Tienen que parar», ha dicho. La víspera, en Amán, "
        "Albares se reunió con el ministro de Exteriores jordano, Ayman Safadi.",
        {"start": "2024-03-13", "place": "aman"},
        id="es-a-day-after-the-last-sentence-s-cue-is-not-that-cue-s",
    ),
    pytest.param(
        "es",
        "2022-01-20",
        "Joe Biden y Alberto Fernández volverán a encontrarse en junio en la Cumbre de las Américas "
        "de Los Ángeles.",
        {"start": "2022-06", "place": "los angeles"},
        id="es-the-city-after-a-forum-s-name-is-its-place",
    ),
    pytest.param(
        "en",
        "2016-12-16",
        "Shinzo Abe welcomed Vladimir Putin in Nagato. The pair held a brief meeting last month in "
        "Lima.",
        {"start": "2016-11", "participants": ["shinzo-abe", "vladimir-putin"]},
        id="en-the-pair-meets",
    ),
    pytest.param(
        "es",
        "2000-12-12",
        "La negociación ya había encallado en la cumbre informal de Biarritz, en octubre.",
        {"kind": "summit", "start": "2000-10", "place": "biarritz"},
        id="es-a-word-between-the-summit-and-its-city",
    ),
    pytest.param(
        "fr",
        "2000-12-12",
        "La négociation avait déjà échoué lors du sommet informel de Biarritz, en octobre.",
        {"kind": "summit", "start": "2000-10", "place": "biarritz"},
        id="fr-a-word-between-the-summit-and-its-city",
    ),
    pytest.param(
        "en",
        "2023-03-17",
        "Yoon and Kishida held talks in Tokyo on Thursday, their first formal meeting since "
        "November, when they met on the sidelines of a regional summit in Phnom Penh.",
        {"start": "2022-11", "place": "phnom penh"},
        id="en-the-meeting-of-a-when-clause-takes-the-date-before-it",
    ),
    pytest.param(
        "es",
        "2014-07-19",
        "Es su primer encuentro desde junio, cuando ambos presidentes se reunieron en Lima.",
        {"start": "2014-06", "place": "lima"},
        id="es-the-meeting-of-a-cuando-clause-takes-the-date-before-it",
    ),
    pytest.param(
        "fr",
        "2014-07-19",
        "C'est leur première rencontre depuis juin, lorsque les deux présidents se sont réunis à "
        "Lima.",
        {"start": "2014-06"},
        id="fr-the-meeting-of-a-lorsque-clause-takes-the-date-before-it",
    ),
    pytest.param(
        "es",
        "2014-07-19",
        "Fernández visitó China en julio de 2010, cuando fue recibida por el entonces presidente "
        "Hu Jintao.",
        {"kind": "visit", "start": "2010-07"},
        id="es-a-date-right-after-a-meeting-word-stays-its-own-before-a-cuando",
    ),
    pytest.param(
        "pt",
        "2019-10-26",
        "O ato ficou para o próximo mês, quando Xi Jinping deve ir a Brasília para a cúpula do "
        "BRICS, nos dias 13 e 14 de novembro.",
        {"kind": "summit", "start": "2019-11-13", "end": "2019-11-14"},
        id="pt-a-quando-clause-with-its-own-day-keeps-it",
    ),
    pytest.param(
        "en",
        "2022-03-29",
        "Russia and Ukraine have been at war for a month. Russian and Ukrainian negotiators met "
        "in Istanbul on Tuesday for their first face-to-face talks in more than two weeks.",
        {"start": "2022-03-29", "participants": ["country-ru", "country-ua"]},
        id="en-the-countries-whose-negotiators-are-the-subject-meet",
    ),
    pytest.param(
        "es",
        "2022-03-29",
        "Rusia y Ucrania están en guerra. Negociadores rusos y ucranianos se reunieron el martes "
        "en Estambul.",
        {"start": "2022-03-29", "participants": ["country-ru", "country-ua"]},
        id="es-the-countries-whose-negotiators-are-the-subject-meet",
    ),
    pytest.param(
        "es",
        "2014-11-11",
        "El primer ministro japonés, Shinzo Abe, llegó el sábado a Pekín. El domingo se reunió "
        "con el presidente ruso, Vladímir Putin.",
        {"start": "2014-11-09", "participants": ["shinzo-abe", "vladimir-putin"]},
        id="es-a-day-opening-a-sentence-with-no-subject-keeps-the-previous-subject",
    ),
    pytest.param(
        "pt",
        "2014-11-11",
        "O primeiro-ministro japonês, Shinzo Abe, chegou no sábado a Pequim. No domingo, "
        "reuniu-se com o presidente russo, Vladimir Putin.",
        {"start": "2014-11-09", "participants": ["shinzo-abe", "vladimir-putin"]},
        id="pt-a-day-opening-a-sentence-with-no-subject-keeps-the-previous-subject",
    ),
    pytest.param(
        "en",
        "2016-12-16",
        "TOKYO (Reuters) - Abe hosted Putin on Thursday at a hot-spring inn in his hometown of "
        "Nagato.",
        {"start": "2016-12-15", "place": "nagato"},
        id="en-his-hometown-of",
    ),
    pytest.param(
        "es",
        "1998-10-27",
        "Los presidentes de Perú, Alberto Fujimori, y de Ecuador, Jamil Mahuad, firmaron ayer en "
        "el Palacio de Itamaraty de Brasilia el acuerdo de paz que pone fin al último conflicto "
        "limítrofe abierto en Sudamérica.",
        {"start": "1998-10-26", "place": "brasilia"},
        id="es-the-city-of-a-named-venue-not-the-region-after",
    ),
    pytest.param(
        "en",
        "2022-07-16",
        "Biden met Mahmoud Abbas on Friday in the West Bank town of Bethlehem.",
        {"start": "2022-07-15", "place": "bethlehem"},
        id="en-the-region-that-qualifies-a-city-is-not-the-place",
    ),
    pytest.param(
        "es",
        "2007-11-28",
        "Es el intento más ambicioso de cerrar el conflicto desde la cumbre de Camp David de julio "
        "de 2000.",
        {"kind": "summit", "start": "2000-07", "place": "camp david"},
        id="es-since-before-the-meeting-word-dates-that-meeting",
    ),
    pytest.param(
        "fr",
        "2009-06-05",
        "Les trois pôles de la vie politique mauritanienne ont signé jeudi soir à Nouakchott "
        "l'accord de sortie de crise.",
        {"start": "2009-06-04", "place": "nouakchott"},
        id="fr-a-counted-plural-subject-signs",
    ),
    pytest.param(
        "en",
        "2009-06-06",
        "The two sides signed the deal on Friday in Doha.",
        {"start": "2009-06-05", "place": "doha"},
        id="en-the-two-sides-signed",
    ),
    pytest.param(
        "pt",
        "1994-11-20",
        "O Governo angolano e a UNITA assinaram hoje na capital zambiana o Protocolo de Lusaka.",
        {"start": "1994-11-20", "place": "lusaka", "participants": ["governo-angolano", "unita"]},
        id="pt-a-government-with-its-adjective-and-a-movement-sign",
    ),
    pytest.param(
        "pt",
        "1994-11-20",
        "O Conselho de Segurança das Nações Unidas reúne-se amanhã em Nova Iorque.",
        {"start": "1994-11-21", "status": "planned"},
        id="pt-a-body-reune-se",
    ),
    pytest.param(
        "pt",
        "2016-10-04",
        "Temer e Macri reuniram-se ontem. Os dois presidentes já haviam conversado rapidamente "
        "em 5 de agosto, no Rio de Janeiro.",
        {"start": "2016-08-05", "place": "rio de janeiro"},
        id="pt-haviam-conversado",
    ),
    pytest.param(
        "es",
        "2009-04-28",
        "Evo Morales y Fernando Lugo firmaron ayer el acta. Morales y Lugo ya se habían visto la "
        "víspera en Paraguay.",
        {"start": "2009-04-26", "place": "paraguay"},
        id="es-se-habian-visto-la-vispera",
    ),
    pytest.param(
        "en",
        "2000-12-12",
        "ALGIERS, Dec 12 (AFP) - Ethiopia and Eritrea signed a comprehensive peace agreement "
        "here on Tuesday, ending a border war that killed tens of thousands in the Horn of Africa.",
        {"start": "2000-12-12", "place": "algiers"},
        id="en-here-is-the-dateline-s-city",
    ),
    pytest.param(
        "es",
        "1998-04-11",
        "BELFAST, 10 abr (EFE).- El primer ministro británico, Tony Blair, y su homólogo "
        "irlandés, Bertie Ahern, se reunieron aquí el viernes para cerrar el acuerdo de paz del "
        "Ulster.",
        {"start": "1998-04-10", "place": "belfast"},
        id="es-aqui-is-the-dateline-s-city",
    ),
    pytest.param(
        "es",
        "2022-06-29",
        "Los jefes de Estado y de Gobierno de la OTAN han invitado formalmente este miércoles a "
        "Finlandia y Suecia en la cumbre de Madrid. La cumbre concluirá este jueves con una "
        "sesión dedicada a los socios del sur.",
        {"kind": "summit", "start": "2022-06-29", "end": "2022-06-30"},
        id="es-the-summit-named-again-with-its-last-day-ends-that-day",
    ),
    pytest.param(
        "fr",
        "2007-03-05",
        "Le président ivoirien Laurent Gbagbo et le secrétaire général des Forces nouvelles "
        "(FN, ex-rébellion), Guillaume Soro, ont signé dimanche à Ouagadougou un accord de paix "
        "censé mettre un terme à la crise en Côte d'Ivoire, coupée en deux depuis le "
        "soulèvement armé du 19 septembre 2002.",
        {
            "kind": "meeting",
            "start": "2007-03-04",
            "participants": ["laurent-gbagbo", "guillaume-soro"],
        },
        id="fr-a-titled-partner-with-a-parenthesis-signs-too",
    ),
    pytest.param(
        "es",
        "2018-11-23",
        "Sánchez acudirá a la cumbre del G20 en Buenos Aires, que se celebrará el 30 de "
        "noviembre y 1 de diciembre.",
        {"kind": "summit", "start": "2018-11-30", "end": "2018-12-01"},
        id="es-se-celebrara-dates-the-event-not-a-statement",
    ),
    pytest.param(
        "fr",
        "2018-10-12",
        "Emmanuel Macron s'est exprimé au terme du XVIIe sommet de la Francophonie réuni depuis "
        "jeudi à Erevan.",
        {"kind": "summit", "start": "2018-10-11", "end": "2018-10-12"},
        id="fr-a-summit-going-on-since-a-day-runs-to-the-report-s-day",
    ),
    pytest.param(
        "es",
        "2021-12-30",
        "El presidente ruso, Vladimir Putin, y su par estadounidense, Joe Biden, discutieron las "
        "propuestas de seguridad de Rusia durante su llamada telefónica.",
        {
            "kind": "call",
            "status": "held",
            "start": None,
            "participants": ["vladimir-putin", "joe-biden"],
        },
        id="es-call-held-without-date",
    ),
    pytest.param(
        "en",
        "2022-02-22",
        "Blinken spoke by phone with Chinese Foreign Minister Wang Yi about the crisis in Ukraine.",
        {
            "kind": "call",
            "status": "held",
            "start": None,
            "participants": ["antony-blinken", "wang-yi"],
        },
        id="en-phone-call-held-without-date",
    ),
    pytest.param(
        "es",
        "2021-12-30",
        "Putin y Biden repasaron los acuerdos alcanzados durante sus consultas previas el 7 de "
        "diciembre.",
        {"kind": "consultation", "status": "held", "start": "2021-12-07", "end": None},
        id="es-consultas-previas-past-date-same-year",
    ),
    pytest.param(
        "es",
        "2021-12-30",
        "La primera ronda de negociaciones entre Rusia y Estados Unidos tendrá lugar en Ginebra, "
        "del 9 al 10 de enero de 2022.",
        {
            "kind": "negotiation",
            "status": "planned",
            "start": "2022-01-09",
            "end": "2022-01-10",
            "place": "ginebra",
            "participants": ["rusia", "estados-unidos"],
        },
        id="es-date-range-in-geneva-planned",
    ),
    pytest.param(
        "es",
        "2021-12-30",
        "Las negociaciones continuarán en Bruselas en el marco del Consejo OTAN-Rusia el 12 de "
        "enero.",
        {
            "kind": "negotiation",
            "status": "planned",
            "start": "2022-01-12",
            "place": "bruselas",
            "forum": ("otan-rusia",),
        },
        id="es-forum-en-el-marco-del-consejo-otan-rusia",
    ),
    pytest.param(
        "en",
        "2021-12-30",
        "The two sides will also meet within the OSCE in Vienna on Jan. 13.",
        {
            "status": "planned",
            "start": "2022-01-13",
            "place": "vienna",
            "forum": ("osce", "security and co"),
        },
        id="en-forum-within-the-osce",
    ),
    pytest.param(
        "es",
        "2022-03-09",
        "Los cancilleres de Rusia y Ucrania se reunirán el lunes en Viena.",
        {"kind": "meeting", "status": "planned", "start": "2022-03-14", "place": "viena"},
        id="es-se-reuniran-el-lunes-is-next-monday",
    ),
    pytest.param(
        "es",
        "2022-03-09",
        "Los cancilleres de Rusia y Ucrania se reunieron el lunes en Viena.",
        {"kind": "meeting", "status": "held", "start": "2022-03-07", "place": "viena"},
        id="es-se-reunieron-el-lunes-is-last-monday",
    ),
    pytest.param(
        "en",
        "2022-01-22",
        "Lavrov met with Blinken in Geneva on Jan. 21.",
        {
            "kind": "meeting",
            "status": "held",
            "start": "2022-01-21",
            "place": "geneva",
            "participants": ["sergei-lavrov", "antony-blinken"],
        },
        id="en-met-with-x-in-geneva-on-date",
    ),
    pytest.param(
        "en",
        "2022-01-19",
        "Blinken will meet with Lavrov in Geneva on Jan. 21.",
        {
            "kind": "meeting",
            "status": "planned",
            "start": "2022-01-21",
            "place": "geneva",
            "participants": ["antony-blinken", "sergei-lavrov"],
        },
        id="en-will-meet-with-x-in-geneva-on-date",
    ),
    pytest.param(
        "en",
        "2022-01-28",
        "Russian President Vladimir Putin will travel to Beijing next week to attend the opening "
        "of the Winter Olympics.",
        {"kind": "visit", "status": "planned", "place": "beijing"},
        id="en-will-travel-to-beijing-next-week",
    ),
    pytest.param(
        "es",
        "2023-02-06",
        "El canciller español, José Manuel Albares, visitó Rabat el pasado jueves.",
        {
            "kind": "visit",
            "status": "held",
            "start": "2023-02-02",
            "place": "rabat",
            "participants": ["jose-manuel-albares"],
        },
        id="es-visito-rabat-el-pasado-jueves",
    ),
    pytest.param(
        "es",
        "2023-06-20",
        "Los líderes de la OTAN celebrarán una cumbre en Vilna los días 11 y 12 de julio.",
        {
            "kind": "summit",
            "status": "planned",
            "start": "2023-07-11",
            "end": "2023-07-12",
            "place": "vilna",
        },
        id="es-cumbre-planned-two-days",
    ),
    pytest.param(
        "en",
        "2022-03-27",
        "Russian and Ukrainian delegations will hold talks in Istanbul on Tuesday.",
        {
            "kind": ("negotiation", "meeting"),
            "status": "planned",
            "start": "2022-03-29",
            "place": "istanbul",
        },
        id="en-will-hold-talks-on-weekday",
    ),
    pytest.param(
        "es",
        "2022-01-22",
        "Lavrov se reunió con Blinken en Ginebra, mientras Zelenski pedía más ayuda desde Kiev.",
        {
            "kind": "meeting",
            "status": "held",
            "place": "ginebra",
            "participants": ["sergei-lavrov", "antony-blinken"],
        },
        id="es-participants-are-who-meets",
    ),
    pytest.param(
        "en",
        "2022-10-07",
        "Biden met Zelensky at the White House on Thursday, days after Putin announced the "
        "annexation of four regions.",
        {
            "kind": "meeting",
            "status": "held",
            "start": "2022-10-06",
            "participants": ["joe-biden", "volodymyr-zelensky"],
        },
        id="en-participants-are-who-meets",
    ),
    pytest.param(
        "es",
        "2024-10-02",
        "Los ministros de Exteriores de Armenia, Ararat Mirzoyan, y de Azerbaiyán, Jeyhun "
        "Bayramov, han concluido este miércoles en Ginebra dos días de conversaciones.",
        {"kind": "negotiation", "start": "2024-10-01", "end": "2024-10-02", "place": "ginebra"},
        id="es-two-days-of-talks-concluded-ends-that-day",
    ),
    pytest.param(
        "fr",
        "2007-10-24",
        "Nicolas Sarkozy achève mercredi à Marrakech une visite d'État de trois jours au Maroc.",
        {"kind": "visit", "start": "2007-10-22", "end": "2007-10-24"},
        id="fr-achever-a-three-day-visit-ends-that-day",
    ),
    pytest.param(
        "fr",
        "2001-12-16",
        "Les chefs d'État et de gouvernement des Quinze ont refermé samedi, au château royal "
        "de Laeken, un sommet de deux jours.",
        {"kind": "summit", "start": "2001-12-14", "end": "2001-12-15"},
        id="fr-refermer-a-two-day-summit-ends-that-day",
    ),
    pytest.param(
        "pt",
        "2003-07-12",
        "Os chefes de Estado africanos fecharam hoje em Maputo uma cimeira de três dias.",
        {"kind": "summit", "start": "2003-07-10", "end": "2003-07-12"},
        id="pt-fechar-a-three-day-summit-ends-that-day",
    ),
    pytest.param(
        "es",
        "2024-05-14",
        "Es la primera visita de un jefe de Estado chileno a Japón desde la de Michelle "
        "Bachelet en noviembre de 2007.",
        {"kind": "visit", "start": "2007-11", "status": "held"},
        id="es-desde-la-de-an-earlier-visit",
    ),
    pytest.param(
        "fr",
        "2022-08-27",
        "C'est la première visite d'un chef d'Etat français au Sénégal depuis celle de "
        "Jacques Chirac en février 2005.",
        {"kind": "visit", "start": "2005-02", "status": "held"},
        id="fr-depuis-celle-de-an-earlier-visit",
    ),
    pytest.param(
        "pt",
        "2023-04-22",
        "Trata-se da primeira cimeira entre os dois países desde a de Madrid, em junho de 2019.",
        {"kind": "summit", "start": "2019-06", "status": "held"},
        id="pt-desde-a-de-an-earlier-summit",
    ),
    pytest.param(
        "pt",
        "2023-04-22",
        "Foi a primeira cimeira luso-espanhola desde a realizada em Valladolid, em novembro de 2018.",
        {"kind": "summit", "start": "2018-11", "status": "held"},
        id="pt-desde-a-realizada-an-earlier-summit",
    ),
    pytest.param(
        "fr",
        "2024-12-20",
        "Les négociations sur un nouveau paquet d'accords entre les deux partenaires ont "
        "abouti. Les deux présidentes, Viola Amherd et Ursula von der Leyen, ont annoncé "
        "vendredi à Berne leur conclusion, au terme d'une rencontre d'une heure et demie.",
        {"kind": "meeting", "start": "2024-12-20"},
        id="fr-announced-on-a-day-at-the-end-of-an-elided-meeting",
    ),
    pytest.param(
        "pt",
        "1998-11-02",
        "O Presidente Nino Vieira e o brigadeiro Ansumane Mané assinaram ontem o acordo. Os "
        "dois homens já se tinham encontrado na quinta-feira, em Banjul.",
        {
            "kind": "meeting",
            "start": "1998-10-29",
            "participants": ["nino-vieira", "ansumane-mane"],
        },
        id="pt-os-dois-homens-are-the-two-named-before",
    ),
    pytest.param(
        "fr",
        "2006-02-23",
        "ALGER (AFP) - Les ministres, arrivés de Tunis et de Rabat, se sont réunis mercredi "
        "dans cette capitale pour préparer le sommet.",
        {"kind": "meeting", "start": "2006-02-22", "place": "alger"},
        id="fr-dans-cette-capitale-is-the-dateline-city",
    ),
    pytest.param(
        "es",
        "2019-07-07",
        "Vizcarra anunció que Lima recibirá la próxima cumbre del bloque el año que viene.",
        {"kind": "summit", "start": "2020", "place": "lima"},
        id="es-a-city-that-will-host-the-summit-is-its-place",
    ),
    pytest.param(
        "fr",
        "2021-08-25",
        "Alger doit par ailleurs accueillir en mars prochain le sommet de la Ligue arabe.",
        {"kind": "summit", "start": "2022-03", "place": "alger"},
        id="fr-a-city-that-is-to-host-the-summit-is-its-place",
    ),
    pytest.param(
        "en",
        "2021-08-25",
        "Algiers will host the next Arab League summit in March.",
        {"kind": "summit", "start": "2022-03", "place": "algiers"},
        id="en-a-city-that-will-host-the-summit-is-its-place",
    ),
    pytest.param(
        "es",
        "2014-01-30",
        "Costa Rica será la sede de la III Cumbre, prevista para el próximo año.",
        {"kind": "summit", "start": "2015", "place": "costa rica"},
        id="es-the-country-that-will-be-the-seat-is-the-place",
    ),
    pytest.param(
        "pt",
        "2021-04-22",
        "A República Dominicana, que assume agora a Secretaria Pro Tempore, deverá acolher a "
        "próxima cimeira em 2022.",
        {"kind": "summit", "start": "2022", "place": "republica dominicana"},
        id="pt-a-host-then-a-relative-clause-then-its-verb",
    ),
    pytest.param(
        "en",
        "2021-04-22",
        "Brazil, which chairs the bloc this year, will host the summit in July.",
        {"kind": "summit", "start": "2021-07", "place": "brazil"},
        id="en-a-host-then-a-relative-clause-then-its-verb",
    ),
    pytest.param(
        "fr",
        "2021-08-25",
        "Les ministres doivent se retrouver à la session du Conseil de la Ligue, prévue le 9 "
        "septembre au Caire.",
        {"kind": ("session", "meeting"), "start": "2021-09-09", "place": "caire"},
        id="fr-au-caire-is-cairo",
    ),
    pytest.param(
        "fr",
        "2002-10-21",
        "BEYROUTH (AFP) - Le sommet de la Francophonie s'est achevé dimanche à Beyrouth sur "
        "un appel à la paix au Proche-Orient.\n\nRéunis depuis vendredi dans la capitale "
        "libanaise, les chefs d'État et de gouvernement ont adopté une déclaration finale.",
        {"kind": ("meeting", "summit"), "start": "2002-10-18", "end": "2002-10-20"},
        id="fr-gathered-since-a-day-ends-on-the-lead-day-not-the-report-day",
    ),
    pytest.param(
        "fr",
        "2020-02-13",
        "DAKAR (APS) - Le président Macky Sall a reçu hier le Premier ministre du Canada, "
        "Justin Trudeau, en visite officielle au Sénégal depuis mardi soir.",
        {"kind": "visit", "start": "2020-02-11", "end": "2020-02-13"},
        id="fr-visit-since-a-day-goes-on-past-the-lead-day",
    ),
    pytest.param(
        "en",
        "2019-09-12",
        "REYKJAVIK (AP) — Nordic and Baltic foreign ministers pledged on Thursday to step up "
        "cooperation on cyber defence and energy security.\n\nThe ministers from Sweden, "
        "Finland, Estonia and Latvia issued the statement at the end of a two-day meeting in "
        "Reykjavik.",
        {"kind": "meeting", "start": "2019-09-11", "end": "2019-09-12"},
        id="en-lead-day-closes-a-two-day-meeting-told-after-it",
    ),
    pytest.param(
        "fr",
        "2016-03-18",
        "BRUXELLES (AFP) - Les Vingt-Huit ont adopté vendredi une position commune sur la crise "
        "migratoire.\n\nLe sommet de deux jours, présidé par Donald Tusk, a réuni les chefs "
        "d'État et de gouvernement de l'Union européenne.",
        {"kind": "summit", "start": "2016-03-17", "end": "2016-03-18"},
        id="fr-lead-day-closes-a-two-day-summit-told-after-it",
    ),
    pytest.param(
        "en",
        "2026-01-13",
        "Lee arrived in Nara on Tuesday for a two-day visit that runs through Wednesday.",
        {"kind": "visit", "start": "2026-01-13", "end": "2026-01-14"},
        id="en-two-day-visit-from-its-day",
    ),
    pytest.param(
        "es",
        "2023-09-05",
        "El Gobierno de Colombia y el ELN cerraron el lunes en Caracas el cuarto ciclo de "
        "negociaciones, iniciado el 14 de agosto, con un acuerdo.",
        {"kind": "negotiation", "start": "2023-08-14", "end": "2023-09-04"},
        id="es-round-begun-on-a-cued-day-ends-on-the-other",
    ),
    pytest.param(
        "en",
        "2023-09-23",
        "The Foreign Secretary was in New York from 18 to 22 September for the UN General "
        "Assembly. On 19 September he met Brazilian Foreign Minister Mauro Vieira.",
        {"kind": "meeting", "start": "2023-09-19", "place": "new york"},
        id="en-meeting-inside-a-visit-takes-its-place",
    ),
    pytest.param(
        "en",
        "2026-01-13",
        "NARA, Japan (AP) — The two leaders met on Tuesday at a guesthouse before a working "
        "dinner. Lee arrived in Nara on Monday.",
        {"kind": "meeting", "start": "2026-01-13", "place": "nara"},
        id="en-meeting-on-the-filing-day-is-in-the-dateline-city",
    ),
    pytest.param(
        "es",
        "2019-08-23",
        "Los vicecancilleres se reunirán el próximo lunes en Santiago para preparar el "
        "encuentro que presidirán los mandatarios el 28 y 29 de noviembre en Lima.",
        {"kind": "meeting", "start": "2019-08-26", "place": "santiago"},
        id="es-place-right-after-the-first-of-two-dates",
    ),
    pytest.param(
        "en",
        "2024-11-16",
        "The hour-long call on Friday afternoon took place at Berlin's request.",
        {"kind": "call", "start": "2024-11-15", "status": "held"},
        id="en-call-on-friday-is-a-call-not-a-demand",
    ),
    pytest.param(
        "es",
        "2023-08-23",
        "Desde Washington, el secretario general de la OEA, Luis Almagro, anunció que viajará a "
        "Guatemala del 4 al 6 de septiembre.",
        {"kind": "visit", "start": "2023-09-04", "end": "2023-09-06", "place": "guatemala"},
        id="es-visit-destination-not-the-place-spoken-from",
    ),
    pytest.param(
        "en",
        "2023-02-22",
        "A delegation led by Representative Mike Gallagher met Taiwan President Tsai Ing-wen in "
        "Taipei on Wednesday.",
        {"kind": "meeting", "start": "2023-02-22", "place": "taipei"},
        id="en-country-before-a-title-is-no-place",
    ),
    pytest.param(
        "pt",
        "2019-03-20",
        "A partir de 31 de março, o presidente Jair Bolsonaro fará visita oficial a Israel a "
        "convite do primeiro-ministro Binyamin Netanyahu.",
        {"kind": "visit", "start": "2019-03-31", "place": "israel"},
        id="pt-country-then-a-preposition-is-the-place",
    ),
    pytest.param(
        "en",
        "2016-07-08",
        "Obama will then leave for Spain on Saturday evening for a visit he has shortened after "
        "five police officers were shot dead in Dallas.",
        {"kind": "visit", "start": "2016-07-09", "place": "spain"},
        id="en-leave-for-is-a-visit-there",
    ),
    pytest.param(
        "fr",
        "2025-05-07",
        "Reçu à déjeuner à l'Élysée par Emmanuel Macron, Friedrich Merz a plaidé pour un nouvel "
        "élan.",
        {"kind": "meeting", "participants": ["friedrich-merz", "emmanuel-macron"]},
        id="fr-recu-par-is-a-meeting-with-the-host",
    ),
    pytest.param(
        "pt",
        "2023-04-22",
        "Lula segue depois para Madrid na terça-feira.",
        {"kind": "visit", "place": "madrid"},
        id="pt-segue-para-is-a-visit",
    ),
    pytest.param(
        "es",
        "2018-05-21",
        "Los ministros de Exteriores del G20 concluyeron este lunes en Buenos Aires la reunión que "
        "iniciaron ayer.",
        {"kind": "meeting", "start": "2018-05-20", "end": "2018-05-21"},
        id="es-meeting-begun-yesterday-concluded-today",
    ),
    pytest.param(
        "en",
        "2019-02-27",
        "The United Kingdom will also raise the situation at closed consultations of the Security "
        "Council on Friday.",
        {"kind": "consultation", "start": "2019-03-01", "status": "planned"},
        id="en-closed-is-an-adjective-not-a-past-verb",
    ),
    pytest.param(
        "es",
        "2021-05-19",
        "Pedro Sánchez suspendió su viaje a París y voló a Ceuta, donde se reunió con el "
        "presidente de la ciudad autónoma, Juan Jesús Vivas.",
        {"kind": "meeting", "place": "ceuta"},
        id="es-donde-names-the-meeting-place",
    ),
    pytest.param(
        "en",
        "2025-02-26",
        "Starmer follows Emmanuel Macron, who met Trump at the White House on Monday.",
        {"kind": "meeting", "start": "2025-02-24", "place": "white house"},
        id="en-at-the-white-house-is-the-venue",
    ),
    pytest.param(
        "pt",
        "2020-01-25",
        "Bolsonaro e Modi voltarão a se encontrar em julho, em São Petersburgo, na Rússia, "
        "onde está prevista a próxima cúpula do Brics.",
        {"kind": "summit", "place": "sao petersburgo"},
        id="pt-the-city-not-its-country",
    ),
    pytest.param(
        "fr",
        "2013-01-12",
        "Les textes ont été conclus au terme de quatre jours de pourparlers ouverts mardi dans la "
        "capitale gabonaise.",
        {"kind": "negotiation", "start": "2013-01-08", "end": "2013-01-11"},
        id="fr-days-of-talks-opened-on-a-day-start-on-it",
    ),
    pytest.param(
        "es",
        "2013-01-12",
        "El acuerdo se cerró tras cuatro días de negociaciones iniciadas el martes en Libreville.",
        {"kind": "negotiation", "start": "2013-01-08", "end": "2013-01-11"},
        id="es-days-of-talks-begun-on-a-day-start-on-it",
    ),
    pytest.param(
        "pt",
        "2008-07-30",
        "Depois de nove dias de negociações, a reunião ministerial da Organização Mundial do "
        "Comércio terminou ontem (29) sem acordo.",
        {"start": "2008-07-21", "end": "2008-07-29"},
        id="pt-nine-days-of-talks-ending-yesterday",
    ),
    pytest.param(
        "fr",
        "2019-02-06",
        "Le gouvernement et les groupes armés ont signé mercredi à Bangui un accord, fruit de dix "
        "jours de négociations à Khartoum.",
        {"start": "2019-02-06", "end": None},
        id="fr-the-days-that-led-to-a-signing-are-not-its-length",
    ),
    pytest.param(
        "fr",
        "2022-01-13",
        "Emmanuel Macron a réuni les chefs d'État africains. La décision a été arrêtée mercredi "
        "soir lors d'un dîner de travail à l'Élysée avec le président sénégalais Macky Sall.",
        {"place": "elysee", "participants": ["emmanuel-macron", "macky-sall"]},
        id="fr-a-meeting-at-the-elysee-has-the-french-president",
    ),
    pytest.param(
        "es",
        "2013-05-03",
        "Ambos hablaron del Acuerdo Transpacífico, cuya siguiente ronda se celebrará del 15 al 24 "
        "de mayo en Lima.",
        {"kind": "negotiation", "start": "2013-05-15", "end": "2013-05-24", "place": "lima"},
        id="es-la-siguiente-ronda-is-a-negotiation",
    ),
    pytest.param(
        "fr",
        "2013-06-19",
        "Le Conseil de sécurité des Nations unies doit se réunir la semaine prochaine pour "
        "examiner l'accord.",
        {"status": "planned", "start": "2013-W26"},
        id="fr-la-semaine-prochaine-dates-a-meeting-by-its-week",
    ),
    pytest.param(
        "es",
        "2021-06-17",
        "Vladímir Putin y Joe Biden volverán a encontrarse en Ginebra antes de fin de año.",
        {"status": "planned", "participants": ["vladimir-putin", "joe-biden"]},
        id="es-volveran-a-encontrarse-is-a-meeting-again",
    ),
    pytest.param(
        "en",
        "2022-03-02",
        "The foreign ministers will meet next week in Brussels.",
        {"kind": "meeting", "start": "2022-W10", "place": "brussels"},
        id="en-next-week-dates-a-meeting-by-its-week",
    ),
    pytest.param(
        "fr",
        "2007-12-11",
        "Le colonel Mouammar Kadhafi a entamé lundi une visite officielle en France qui doit durer "
        "jusqu'à samedi, sa première depuis 1973.",
        {"kind": "visit", "start": "2007-12-10", "end": "2007-12-15"},
        id="fr-a-visit-opened-monday-lasting-until-saturday-is-one-visit",
    ),
    pytest.param(
        "es",
        "2021-02-23",
        "Fernández, que aterrizó la noche del lunes en la Ciudad de México, realiza una visita "
        "oficial que se extenderá hasta el miércoles.",
        {"kind": "visit", "start": "2021-02-22", "end": "2021-02-24"},
        id="es-hasta-el-miercoles-closes-the-visit-opened-on-monday",
    ),
    pytest.param(
        "pt",
        "2017-08-07",
        "O Presidente moçambicano, Filipe Nyusi, reuniu-se no domingo com o líder da Renamo, "
        "Afonso Dhlakama, na serra da Gorongosa, centro do país.",
        {"kind": "meeting", "start": "2017-08-06", "place": "gorongosa"},
        id="pt-na-serra-da-names-the-place",
    ),
    pytest.param(
        "es",
        "2010-07-20",
        "Los dos presidentes coincidieron en mayo en la cumbre de la Unasur celebrada en Los "
        "Cardales, en la provincia de Buenos Aires.",
        {"kind": "summit", "place": "los cardales"},
        id="es-a-province-ranks-after-the-town-in-it",
    ),
    pytest.param(
        "en",
        "2018-12-13",
        "A previous round in Kuwait, which opened in April 2016, broke down in August that year.",
        {"kind": "negotiation", "place": "kuwait"},
        id="en-a-previous-round-is-a-negotiation",
    ),
    pytest.param(
        "en",
        "2005-07-18",
        "The two sides opened a fifth round in Helsinki on Tuesday.",
        {"kind": "negotiation", "start": "2005-07-12", "place": "helsinki"},
        id="en-a-fifth-round-is-a-negotiation",
    ),
    pytest.param(
        "fr",
        "2003-03-03",
        "Jacques Chirac est arrivé dimanche à Alger, où l'a accueilli Abdelaziz Bouteflika. "
        "M. Chirac a salué M. Bouteflika devant la foule. Le ministre Dominique de Villepin "
        "prépare un traité d'amitié. Au cours de leur entretien en tête-à-tête, dimanche "
        "après-midi, les deux présidents ont évoqué la coopération.",
        {"kind": "meeting", "participants": ["jacques-chirac", "abdelaziz-bouteflika"]},
        id="fr-leur-entretien-is-the-two-the-passage-is-about",
    ),
    pytest.param(
        "en",
        "2024-05-24",
        "President Joe Biden has made Africa a priority of his last year in office, his aides "
        "say, and the administration has promised billions in investment across the continent "
        "since a summit in December 2022. Kenyan President William Ruto held talks at the White "
        "House on Thursday, the first state visit by an African leader since 2008.",
        {
            "kind": ("negotiation", "meeting", "visit"),
            "place": "white house",
            "participants": ["william-ruto", "joe-biden"],
        },
        id="en-talks-at-the-white-house-have-the-us-president",
    ),
    pytest.param(
        "en",
        "2023-03-14",
        "Albanese flew to California after a four-day visit to India, where he held talks "
        "with Prime Minister Narendra Modi in New Delhi on Friday.",
        {"kind": "negotiation", "place": "new delhi"},
        id="en-where-a-country-then-its-city-in-the-clause",
    ),
    pytest.param(
        "es",
        "2023-06-12",
        "Xiomara Castro inició el pasado viernes en Shanghái una visita oficial a China que se "
        "prolongará hasta el miércoles.",
        {"kind": "visit", "place": "china"},
        id="es-a-visit-to-a-country-that-starts-in-a-city-is-to-the-country",
    ),
    pytest.param(
        "es",
        "2022-09-13",
        "Boric y Fernández se reunieron ayer en la Casa Rosada, en Buenos Aires.",
        {"kind": "meeting", "start": "2022-09-12", "place": "casa rosada"},
        id="es-en-la-casa-rosada-is-the-venue",
    ),
    pytest.param(
        "fr",
        "2025-05-07",
        "Reçu à déjeuner à l'Élysée par Emmanuel Macron, Friedrich Merz a affiché sa volonté "
        "de donner un « nouvel élan » à la relation.",
        {"place": "elysee"},
        id="fr-a-l-elysee-is-the-venue",
    ),
    pytest.param(
        "en",
        "2025-11-26",
        "The seventh African Union-European Union summit, held on Monday and Tuesday in Luanda, "
        "ended with a joint declaration.",
        {"kind": "summit", "participants": ["african-union", "eu"]},
        id="en-hyphenated-bodies-before-summit-take-part",
    ),
    pytest.param(
        "en",
        "2024-10-19",
        "In talks with his Chinese counterpart, Wang Yi, in the Chinese capital on Friday, Lammy "
        "raised human rights.",
        {"kind": "negotiation", "start": "2024-10-18", "place": "beijing"},
        id="en-the-chinese-capital-is-beijing",
    ),
    pytest.param(
        "es",
        "2025-02-28",
        "Ebrard regresará a la capital estadounidense el próximo lunes para una segunda ronda con "
        "Lutnick.",
        {"kind": "negotiation", "start": "2025-03-03", "place": "washington"},
        id="es-la-capital-estadounidense-is-washington",
    ),
    pytest.param(
        "es",
        "2022-03-28",
        "Erdogan anunció que Estambul acogerá las conversaciones. Según Medinski, las "
        "conversaciones se celebrarán en la ciudad turca el 29 y el 30 de marzo.",
        {"kind": "negotiation", "start": "2022-03-29", "place": "estambul"},
        id="es-la-ciudad-turca-is-the-turkish-city-named-last",
    ),
    pytest.param(
        "en",
        "2023-02-28",
        "On Monday, Ursula von der Leyen was received by King Charles at Windsor Castle.",
        {"kind": "meeting", "start": "2023-02-27", "status": "held"},
        id="en-was-received-by-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2018-11-23",
        "Pedro Sánchez fue recibido por Miguel Díaz-Canel el jueves en La Habana.",
        {
            "kind": "meeting",
            "start": "2018-11-22",
            "participants": ["pedro-sanchez", "miguel-diaz-canel"],
        },
        id="es-fue-recibido-por-is-a-meeting",
    ),
    pytest.param(
        "pt",
        "2023-04-23",
        "No sábado, Lula foi recebido pelo Presidente Marcelo Rebelo de Sousa em Lisboa.",
        {
            "start": "2023-04-22",
            "participants": ["luiz-inacio-lula-da-silva", "marcelo-rebelo-de-sousa"],
        },
        id="pt-foi-recebido-pelo-is-a-meeting",
    ),
    pytest.param(
        "fr",
        "2023-08-11",
        "Les chefs d'état-major de la Cedeao doivent se retrouver samedi à Accra.",
        {"kind": "meeting", "start": "2023-08-12", "status": "planned", "place": "accra"},
        id="fr-se-retrouver-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2023-06-09",
        "El Gobierno colombiano y el ELN cerraron este viernes el tercer ciclo de conversaciones.",
        {"kind": "negotiation", "start": "2023-06-09", "status": "held"},
        id="es-ciclo-de-conversaciones-is-a-negotiation",
    ),
    pytest.param(
        "en",
        "2022-11-14",
        "Joe Biden and Xi Jinping held talks on the Indonesian island of Bali on Monday.",
        {"start": "2022-11-14", "place": "bali"},
        id="en-on-the-island-of-bali",
    ),
    pytest.param(
        "es",
        "2015-04-12",
        "Barack Obama y Raúl Castro se reunieron el sábado en la ciudad de Panamá.",
        {"start": "2015-04-11", "place": "panama"},
        id="es-en-la-ciudad-de-panama",
    ),
    pytest.param(
        "fr",
        "2020-08-06",
        "Emmanuel Macron est devenu, jeudi 6 août, le premier chef d'Etat étranger à se rendre "
        "dans la capitale libanaise.",
        {"kind": "visit", "start": "2020-08-06", "place": "beyrouth"},
        id="fr-se-rendre-dans-la-capitale",
    ),
    pytest.param(
        "fr",
        "2020-08-06",
        "Emmanuel Macron a promis de revenir à Beyrouth le 1er septembre.",
        {"kind": "visit", "start": "2020-09-01", "status": "planned"},
        id="fr-promis-de-revenir-is-a-planned-visit",
    ),
    pytest.param(
        "es",
        "2024-05-21",
        "El domingo, José Manuel Albares convocó al embajador argentino en Madrid, Roberto Bosch.",
        {"kind": "meeting", "start": "2024-05-19", "status": "held"},
        id="es-convoco-al-embajador-is-a-meeting",
    ),
    pytest.param(
        "en",
        "2024-05-21",
        "On Sunday, the Spanish Foreign Ministry summoned the ambassador of Argentina, Roberto "
        "Bosch.",
        {"kind": "meeting", "start": "2024-05-19"},
        id="en-summoned-the-ambassador-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2025-01-27",
        "El domingo, Gustavo Petro reunió a su gabinete en la Casa de Nariño.",
        {"kind": "meeting", "start": "2025-01-26", "status": "held"},
        id="es-reunio-a-is-a-meeting",
    ),
    pytest.param(
        "fr",
        "2020-08-06",
        "Jeudi, Emmanuel Macron a réuni les représentants des partis libanais.",
        {"kind": "meeting", "start": "2020-08-06"},
        id="fr-a-reuni-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2023-04-14",
        "El presidente de Brasil, Luiz Inácio Lula da Silva, y su homólogo chino, Xi Jinping, se "
        "reunieron este viernes en Pekín.",
        {
            "kind": "meeting",
            "start": "2023-04-14",
            "participants": ["luiz-inacio-lula-da-silva", "xi-jinping"],
        },
        id="es-the-country-in-a-title-is-no-participant",
    ),
    pytest.param(
        "fr",
        "2020-08-06",
        "Jeudi, Emmanuel Macron a ensuite réuni les représentants des partis libanais.",
        {"kind": "meeting", "start": "2020-08-06"},
        id="fr-an-adverb-between-auxiliary-and-participle",
    ),
    pytest.param(
        "pt",
        "2023-05-21",
        "Amorim já havia se reunido com o presidente russo, Vladimir Putin, em Moscou.",
        {"kind": "meeting", "place": "moscou", "participants": ["celso-amorim", "vladimir-putin"]},
        id="pt-the-pluperfect-with-a-clitic",
    ),
    pytest.param(
        "pt",
        "2023-05-21",
        "Hiroshima (Japão) - O presidente Lula não conseguiu se reunir com Zelensky. O encontro "
        "bilateral entre os dois estava previsto para a tarde de hoje, mas não aconteceu.",
        {"kind": "meeting", "start": "2023-05-21", "place": "hiroshima"},
        id="pt-planned-for-the-filing-day-in-the-dateline-city",
    ),
    pytest.param(
        "en",
        "2023-03-14",
        "U.S. President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime "
        "Minister Rishi Sunak unveiled on Monday a plan for Australia to buy submarines.",
        {
            "kind": "meeting",
            "start": "2023-03-13",
            "participants": ["joe-biden", "anthony-albanese", "rishi-sunak"],
        },
        id="en-leaders-acting-together-on-a-day-met",
    ),
    pytest.param(
        "es",
        "2020-03-06",
        "Putin y Erdogan acordaron el jueves en Moscú un alto el fuego en Idlib.",
        {"kind": "meeting", "start": "2020-03-05", "place": "moscu"},
        id="es-leaders-agreeing-together-on-a-day-met",
    ),
    pytest.param(
        "pt",
        "2023-05-21",
        "Hiroshima (Japão) - Lula participou da abertura da cúpula do G7 na sexta-feira (19). A "
        "cúpula, realizada de sexta-feira (19) até hoje, terminou sem consenso.",
        {"kind": "summit", "start": "2023-05-19", "end": "2023-05-21"},
        id="pt-the-summit-named-again-tells-its-days",
    ),
    pytest.param(
        "es",
        "2023-08-18",
        "Biden, Kishida y Yoon celebraron el viernes en Camp David una cumbre trilateral. Al margen "
        "de la cumbre, Biden mantuvo una reunión con Kishida.",
        {"kind": "meeting", "start": "2023-08-18", "participants": ["joe-biden", "fumio-kishida"]},
        id="es-on-the-sidelines-of-the-summit-is-the-summit-s-day",
    ),
    pytest.param(
        "es",
        "2020-01-19",
        "El jueves, Maas viajó a Bengasi para entrevistarse con el mariscal.",
        {"kind": "visit", "start": "2020-01-16", "place": "bengasi"},
        id="es-an-unknown-destination-is-a-place",
    ),
    pytest.param(
        "en",
        "2023-03-19",
        "Kosovo and Serbia agreed on Saturday on the plan, Josep Borrell said after marathon "
        "talks in the North Macedonian lakeside resort of Ohrid.",
        {"kind": "negotiation", "start": "2023-03-18", "place": "ohrid"},
        id="en-the-resort-of-an-unknown-town",
    ),
    pytest.param(
        "pt",
        "2023-05-21",
        "O presidente chegou na quinta-feira à cidade de Sikasso para uma visita de Estado.",
        {"kind": "visit", "start": "2023-05-18", "place": "sikasso"},
        id="pt-the-city-of-an-unknown-town",
    ),
    pytest.param(
        "en",
        "2008-02-29",
        "Annan has been in Nairobi since Jan. 22, and the formal talks opened on Jan. 29.",
        {"kind": "negotiation", "start": "2008-01-29", "end": None},
        id="en-a-stay-since-a-day-then-talks-opened-on-another",
    ),
    pytest.param(
        "es",
        "2008-02-29",
        "Annan está en Nairobi desde el 22 de enero, y las conversaciones formales comenzaron el "
        "29 de enero.",
        {"kind": "negotiation", "start": "2008-01-29", "end": None},
        id="es-a-stay-since-a-day-then-talks-opened-on-another",
    ),
    pytest.param(
        "pt",
        "2024-12-04",
        "Biden chegou a Luanda na segunda-feira à noite, vindo de Cabo Verde, para uma visita que "
        "termina hoje.",
        {"kind": "visit", "start": "2024-12-02", "end": "2024-12-04", "place": "luanda"},
        id="pt-arrived-on-a-day-for-a-visit-that-ends-today",
    ),
    pytest.param(
        "en",
        "2024-12-04",
        "Biden arrived in Luanda on Monday night for a visit that ends on Wednesday.",
        {"kind": "visit", "start": "2024-12-02", "end": "2024-12-04"},
        id="en-arrived-on-a-day-for-a-visit-that-ends-on-another",
    ),
    pytest.param(
        "pt",
        "2024-07-05",
        "Milei não irá à cúpula de chefes de Estado do Mercosul, marcada para segunda-feira (8) em "
        "Assunção, no Paraguai.",
        {"kind": "summit", "start": "2024-07-08", "status": "planned", "participants": []},
        id="pt-someone-who-will-not-go-to-a-summit-leaves-it-held-without-him",
    ),
    pytest.param(
        "en",
        "2024-07-05",
        "Milei will not attend the Mercosur summit, scheduled for Monday in Asuncion.",
        {"kind": "summit", "start": "2024-07-08", "place": "asuncion"},
        id="en-someone-who-will-not-attend-a-summit-leaves-it-held",
    ),
    pytest.param(
        "es",
        "2024-07-05",
        "Milei no asistirá a la cumbre del Mercosur, prevista para el lunes en Asunción.",
        {"kind": "summit", "start": "2024-07-08", "participants": ["mercosur"]},
        id="es-someone-who-will-not-attend-a-summit-is-no-participant",
    ),
]


@pytest.mark.parametrize("lang, day, text, want", MEETINGS)
def test_meeting(lang, day, text, want):
    an = run(lang, day, text)
    kinds = want.get("kind")
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    found = [m for m in an.meetings if kinds is None or m.kind in kinds]
    assert found, f"no meeting of kind {kinds}; meetings: {describe(an)}"
    if "start" in want and want["start"] is not None:
        dated = [m for m in found if m.start == want["start"]]
        assert dated, f"no meeting on {want['start']}; meetings: {describe(an)}"
        found = dated
    m = found[0]
    for field in ("status", "start", "end"):
        if field in want:
            assert getattr(m, field) == want[field], f"{field}: {describe(an)}"
    if "place" in want:
        assert m.place and want["place"] in fold(m.place).lower(), describe(an)
    if "forum" in want:
        assert m.forum and any(f in fold(m.forum).lower() for f in want["forum"]), describe(an)
    if "participants" in want:
        assert same_actors(an, m.participants, want["participants"]), describe(an)


# (lang, date, text, kind or None for any, how many meetings of that kind)
COUNTS = [
    # ---- arrived on one day for a visit that ends on another: one visit
    (
        "pt",
        "2024-12-04",
        "Biden chegou a Luanda na segunda-feira à noite, vindo de Cabo Verde, para uma visita que "
        "termina hoje.",
        "visit",
        1,
    ),
    # ---- a stay since one day, talks opened on another: one meeting, of the second day
    (
        "en",
        "2008-02-29",
        "Annan has been in Nairobi since Jan. 22, and the formal talks opened on Jan. 29.",
        None,
        1,
    ),
    # ---- «la primera visita … desde la de X en 2007»: this visit and the earlier one
    # ("tras la celebrada en Washington": the participle is the earlier summit's word; one summit)
    (
        "es",
        "2023-01-11",
        "Se trata de la segunda cumbre de los tres líderes en poco más de un año, tras la "
        "celebrada en Washington el 18 de noviembre de 2021.",
        "summit",
        1,
    ),
    (
        "es",
        "2024-05-14",
        "Es la primera visita de un jefe de Estado chileno a Japón desde la de Michelle "
        "Bachelet en noviembre de 2007.",
        "visit",
        2,
    ),
    (
        "fr",
        "2022-08-27",
        "C'est la première visite d'un chef d'Etat français au Sénégal depuis celle de "
        "Jacques Chirac en février 2005.",
        "visit",
        2,
    ),
    # ---- a diplomat recalled home «para consultas» is no meeting
    ("es", "2019-03-04", "El Gobierno llamó a consultas a su embajador en Caracas.", None, 0),
    (
        "pt",
        "2019-03-04",
        "A Autoridade Palestina anunciou que chamou para consultas seu embaixador no Brasil.",
        None,
        0,
    ),
    (
        "fr",
        "2019-03-04",
        "La France a rappelé son ambassadeur en Italie pour consultations.",
        None,
        0,
    ),
    ("en", "2019-03-04", "Turkey recalled its ambassador for consultations on Monday.", None, 0),
    ("en", "2019-03-04", "The ministers will hold consultations on Monday in Geneva.", None, 1),
    # ---- «tampoco viajó»: a trip denied
    (
        "es",
        "2023-09-10",
        "El presidente chino, Xi Jinping, tampoco viajó a la India y estuvo representado por el "
        "primer ministro.",
        None,
        0,
    ),
    # ---- a joint act is no meeting of its own when the day's call or talks are told
    (
        "es",
        "2020-03-06",
        "Putin y Erdogan acordaron el jueves durante una llamada telefónica un alto el fuego.",
        "meeting",
        0,
    ),
    ("en", "2020-03-06", "Russia and Turkey agreed on Thursday to a ceasefire.", "meeting", 0),
    # ---- "separate talks with Yoon and with Kishida": one meeting with each; together otherwise
    (
        "en",
        "2023-08-18",
        "At Camp David, Biden held separate talks with Yoon Suk Yeol and with Fumio Kishida.",
        "negotiation",
        2,
    ),
    (
        "es",
        "2023-07-18",
        "Sánchez se reunió en Bruselas con Lula y con Petro.",
        "meeting",
        1,
    ),
    # ---- "also met": one more meeting, not a repeat of the one before
    (
        "pt",
        "2023-05-21",
        "No sábado, o presidente teve um encontro bilateral com Modi. Ele também se reuniu com o "
        "primeiro-ministro japonês, Fumio Kishida.",
        "meeting",
        2,
    ),
    # ---- the trip to a conference held in that city is the conference
    (
        "es",
        "2020-01-19",
        "La cumbre sobre Libia se celebró este domingo en Berlín. Los dos rivales libios, Fayez "
        "al Serraj y Jalifa Haftar, viajaron a Berlín.",
        "visit",
        0,
    ),
    pytest.param(
        "pt",
        "2023-04-23",
        "Lula e António Costa presidiram no sábado em Lisboa a cimeira luso-brasileira.\n\nDe manhã, "
        "Lula reuniu-se com Marcelo Rebelo de Sousa no Palácio de Belém.",
        None,
        2,
        id="pt-a-meeting-of-other-people-is-no-repeat",
    ),
    pytest.param(
        "es",
        "2022-03-28",
        "Las delegaciones se reunieron en tres ocasiones en Bielorrusia: el 28 de febrero, el 3 y "
        "el 7 de marzo.",
        None,
        3,
        id="es-a-list-of-days-is-several-rounds",
    ),
    pytest.param(
        "en",
        "2024-11-16",
        "Olaf Scholz spoke with Vladimir Putin by phone on Friday. The call comes at a precarious "
        "moment for the chancellor, whose coalition collapsed, forcing early elections on 23 "
        "February. Zelenskyy criticised the move.",
        "call",
        1,
        id="en-the-call-comes-is-the-call-told-before",
    ),
    pytest.param(
        "es",
        "2025-06-11",
        "Lula y Milei no mantuvieron hasta ahora ninguna reunión bilateral.",
        "meeting",
        0,
        id="es-a-denied-meeting-is-none",
    ),
    pytest.param(
        "es",
        "2025-06-11",
        "Sin embargo Lula se reunió ayer con Milei en Buenos Aires.",
        "meeting",
        1,
        id="es-sin-embargo-is-no-negation",
    ),
    pytest.param(
        "en",
        "2024-11-26",
        "Park Jin and Wang Yi also met one-on-one, while Park Jin and Yoko Kamikawa held their "
        "own bilateral talks.",
        None,
        2,
        id="en-two-meetings-of-other-people-in-one-sentence",
    ),
    pytest.param(
        "es",
        "2024-10-02",
        "Mirzoyan y Bayramov se reunieron en Ginebra. Mirzoyan y Bayramov han acordado volver a "
        "reunirse antes de final de año.",
        "meeting",
        2,
        id="es-meet-again-is-a-new-meeting",
    ),
    pytest.param(
        "en",
        "2023-06-17",
        "Ramaphosa announced the initiative last month after a telephone conversation with "
        "Putin, followed by a separate call with Zelenskiy.",
        "call",
        2,
        id="en-a-separate-call-is-a-new-call",
    ),
    pytest.param(
        "es",
        "2023-06-10",
        "El Gobierno colombiano y el ELN cerraron este viernes en La Habana el tercer ciclo de "
        "negociaciones. La mesa de diálogo fue reinstalada el 21 de noviembre de 2022 en "
        "Caracas.",
        "negotiation",
        2,
        id="es-the-talks-named-again-with-another-written-date-are-another-round",
    ),
    pytest.param(
        "es",
        "2022-02-26",
        "Erdogan y Putin mantuvieron el viernes una conversación telefónica. La llamada entre "
        "Erdogan y Putin se produjo un día después del inicio de la invasión.",
        "call",
        1,
        id="es-the-call-named-again-a-day-after-another-event-is-the-same-call",
    ),
    pytest.param(
        "fr",
        "2019-12-09",
        "Vladimir Poutine et Volodymyr Zelensky se sont réunis lundi à l'Elysée. Avant "
        "l'ouverture des discussions, Emmanuel Macron s'était entretenu séparément avec "
        "chacun de ses deux invités.",
        "meeting",
        2,
        id="fr-talks-held-separately-are-another-meeting",
    ),
    pytest.param(
        "es",
        "2018-05-22",
        "Los ministros del G20 se reunieron ayer en Buenos Aires. El canciller chino, Wang Yi, "
        "se reunió ayer con Jorge Faurie en un encuentro bilateral.",
        "meeting",
        2,
        id="es-same-day-meetings-of-different-people",
    ),
    pytest.param(
        "es",
        "2018-10-26",
        "Grande-Marlaska se reunió ayer en Rabat con Nasser Bourita. La Moncloa descarta "
        "cualquier tensión con Marruecos, que no figuraba en la agenda del encuentro de ayer.",
        "meeting",
        1,
        id="es-same-day-meeting-mentioned-again-is-one",
    ),
    pytest.param(
        "en",
        "2021-12-08",
        "Biden and Putin held a video call on Tuesday. The call lasted two hours.",
        "call",
        1,
        id="en-one-call-in-two-sentences",
    ),
    pytest.param(
        "fr",
        "2019-01-23",
        "Emmanuel Macron et Angela Merkel ont signé mardi à Aix-la-Chapelle un traité qui "
        "approfondit la relation franco-allemande, renforcée depuis la signature du traité de "
        "l'Élysée du 22 janvier 1963.",
        "meeting",
        1,
        id="fr-the-day-of-the-event-since-names-is-no-meeting",
    ),
    pytest.param(
        "es",
        "2022-03-02",
        "El ejército lanzó la llamada «operación limpieza» en el norte del país.",
        "call",
        0,
        id="es-la-llamada-operacion-is-not-a-call",
    ),
    pytest.param(
        "en",
        "2023-06-01",
        "Zelensky renewed his call for more air defence systems.",
        "call",
        0,
        id="en-call-for-is-not-a-call",
    ),
    pytest.param(
        "es",
        "2022-03-02",
        "El papa hizo un llamado a la paz en Ucrania.",
        "call",
        0,
        id="es-llamado-a-la-paz-is-not-a-call",
    ),
    pytest.param(
        "pt",
        "2017-12-04",
        "Mário Centeno foi eleito presidente do Eurogrupo. A oposição recebeu a notícia com "
        "cautela.",
        "visit",
        0,
        id="pt-receiving-the-news-is-no-visit",
    ),
    pytest.param(
        "fr",
        "2017-12-04",
        "Le Premier ministre, Édouard Philippe, a reçu hier des critiques de toutes parts.",
        "visit",
        0,
        id="fr-receiving-criticism-is-no-visit",
    ),
    pytest.param(
        "fr",
        "2025-06-28",
        "Le président Donald Trump a reçu mardi les deux ministres dans le Bureau ovale.",
        "visit",
        1,
        id="fr-receiving-the-two-ministers-is-a-visit",
    ),
    pytest.param(
        "pt",
        "2023-09-23",
        "Xi Jinping recebeu ontem em Hangzhou o Presidente sírio, Bashar al-Assad.",
        "visit",
        1,
        id="pt-receiving-a-titled-person-after-a-day-and-a-place-is-a-visit",
    ),
    pytest.param(
        "pt",
        "2023-11-26",
        "Durante a campanha, Javier Milei chegou a defender a saída do Mercosul.",
        "visit",
        0,
        id="pt-chegou-a-before-a-verb-is-no-trip",
    ),
    pytest.param(
        "pt",
        "2023-11-26",
        "O Presidente Lula chegou a Luanda na sexta-feira.",
        "visit",
        1,
        id="pt-chegou-a-before-a-city-is-a-trip",
    ),
    pytest.param(
        "en",
        "2017-02-10",
        "China's Foreign Ministry said Beijing was ready to work with Washington to push bilateral "
        "ties forward.",
        None,
        0,
        id="en-bilateral-ties-is-no-meeting",
    ),
    pytest.param(
        "en",
        "2017-02-10",
        "Xi Jinping and Shinzo Abe held a bilateral on the sidelines on Friday.",
        "meeting",
        1,
        id="en-a-bilateral-is-a-meeting",
    ),
    pytest.param(
        "en",
        "2012-10-09",
        "Angela Merkel declined to say whether Germany would back giving Greece two more years to "
        "meet its deficit targets.",
        None,
        0,
        id="en-meeting-a-target-is-no-meeting",
    ),
    pytest.param(
        "pt",
        "2023-11-26",
        "Diana Mondino deve ser recebida na terça-feira (28), na Casa Branca, pelo assessor de "
        "Segurança Nacional, Jake Sullivan.",
        "meeting",
        1,
        id="pt-deve-ser-recebida-pelo-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2023-11-26",
        "Diana Mondino debe ser recibida el martes en la Casa Blanca por el asesor de Seguridad "
        "Nacional Jake Sullivan.",
        "meeting",
        1,
        id="es-debe-ser-recibida-por-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2015-08-15",
        "John Kerry visitó ayer La Habana. La víspera de la visita, Fidel Castro, que el jueves "
        "cumplió 89 años, publicó un artículo en el diario Granma.",
        "visit",
        1,
        id="es-the-eve-of-the-visit-names-the-visit-again",
    ),
    pytest.param(
        "pt",
        "1999-09-15",
        "O Conselho de Segurança das Nações Unidas aprovou hoje por unanimidade o envio de uma "
        "força multinacional.",
        "session",
        1,
        id="pt-the-security-council-approving-is-a-session",
    ),
    pytest.param(
        "pt",
        "2012-11-12",
        "Antes, a chanceler Angela Merkel tinha sido recebida no Palácio de Belém pelo Presidente "
        "da República, Aníbal Cavaco Silva.",
        "meeting",
        1,
        id="pt-tinha-sido-recebida-pelo-is-a-meeting",
    ),
    pytest.param(
        "pt",
        "2012-11-12",
        "Angela Merkel e Pedro Passos Coelho voltam a encontrar-se já na próxima semana, em "
        "Bruxelas.",
        "meeting",
        1,
        id="pt-voltam-a-encontrar-se-is-a-meeting",
    ),
    pytest.param(
        "es",
        "1999-09-15",
        "El Gobierno de España aprobó hoy por unanimidad un decreto sobre la inmigración.",
        "session",
        0,
        id="es-a-government-approving-a-decree-is-no-session",
    ),
    pytest.param(
        "pt",
        "2023-05-18",
        "Lula não se reuniu com Xi Jinping em Pequim na quarta-feira.",
        None,
        0,
        id="pt-nao-se-reuniu-is-no-meeting",
    ),
    pytest.param(
        "en",
        "2023-05-18",
        "Joe Biden did not meet Xi Jinping in Hiroshima on Wednesday.",
        None,
        0,
        id="en-did-not-meet-is-no-meeting",
    ),
    pytest.param(
        "es",
        "2023-03-31",
        "Pedro Sánchez no solo se reunió con Xi Jinping el viernes en Pekín.",
        "meeting",
        1,
        id="es-no-solo-se-reunio-is-a-meeting",
    ),
    pytest.param(
        "es",
        "2008-09-16",
        "Los presidentes de la Unasur celebraron ayer una cumbre de emergencia en Santiago. La "
        "reunión, convocada por la presidenta chilena, Michelle Bachelet, se prolongó durante "
        "más de seis horas.",
        None,
        1,
        id="es-the-meeting-opening-the-next-sentence-is-the-summit-told",
    ),
    pytest.param(
        "en",
        "2019-06-30",
        "Leaders of the Group of 20 ended their summit in Osaka on Saturday. The meeting, hosted "
        "by Japanese Prime Minister Shinzo Abe, was overshadowed by trade tensions.",
        None,
        1,
        id="en-the-meeting-opening-the-next-sentence-is-the-summit-told",
    ),
    pytest.param(
        "pt",
        "2010-05-10",
        "Lula recebeu ontem o presidente iraniano no Palácio do Planalto para uma visita "
        "oficial. O encontro ocorreu em meio a protestos da oposição.",
        None,
        1,
        id="pt-the-meeting-opening-the-next-sentence-is-the-visit-told",
    ),
    pytest.param(
        "es",
        "2024-08-28",
        "La escala en Gambia llega después de que Sánchez se reuniera ayer, martes, en Nuakchot "
        "con el presidente de Mauritania, Mohamed Ould Ghazouani.",
        None,
        1,
        id="es-yesterday-and-its-weekday-date-one-meeting",
    ),
]


@pytest.mark.parametrize("lang, day, text, kind, count", COUNTS)
def test_meeting_count(lang, day, text, kind, count):
    an = run(lang, day, text)
    found = [m for m in an.meetings if kind is None or m.kind == kind]
    assert len(found) == count, describe(an)


def test_one_call_in_two_sentences_keeps_its_date():
    an = run(
        "es",
        "2021-12-31",
        "Putin y Biden hablaron por teléfono el jueves. La conversación duró cincuenta minutos.",
    )
    calls = [m for m in an.meetings if m.kind == "call"]
    assert len(calls) == 1 and calls[0].start == "2021-12-30", describe(an)
    assert calls[0].status == "held", describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, count",
    [
        pytest.param(
            "pt",
            "2025-07-07",
            "A cúpula do Brics começou em 6 de julho no Rio de Janeiro. Na abertura da cúpula, "
            "no domingo, Lula defendeu o multilateralismo.",
            "2025-07-06",
            1,
            id="pt-the-summit-named-again-with-its-weekday-is-one-summit",
        ),
        pytest.param(
            "es",
            "2019-03-01",
            "Donald Trump y Kim Jong-un se reunieron el miércoles en Hanói. Trump también se había "
            "reunido el miércoles con el primer ministro vietnamita, Nguyen Xuan Phuc.",
            "2019-02-27",
            2,
            id="es-other-people-meeting-the-same-day-is-another-meeting",
        ),
    ],
)
def test_meetings_on_one_day(lang, day, text, start, count):
    an = run(lang, day, text)
    dated = [m for m in an.meetings if m.start == start]
    assert len(dated) == count, describe(an)


def test_a_repeat_of_the_visit_tells_its_place():
    an = run(
        "es",
        "2023-04-14",
        "Lula, que llegó a Shanghái el miércoles, pondrá fin mañana sábado a la visita y viajará "
        "a Abu Dabi, donde se reunirá con el presidente emiratí.",
    )
    day = [m for m in an.meetings if m.start == "2023-04-15"]
    assert len(day) == 1 and day[0].place == "Abu Dabi", describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start",
    [
        pytest.param(
            "fr",
            "2023-08-11",
            "Lors d'un premier sommet, le 30 juillet, la Cedeao avait lancé un ultimatum de sept "
            "jours aux putschistes.",
            "2023-07-30",
            id="fr-an-ultimatum-of-seven-days-is-not-the-summit-length",
        ),
        pytest.param(
            "en",
            "2024-11-27",
            "Israel and Hezbollah agreed at talks on Tuesday to a 3-day truce.",
            "2024-11-26",
            id="en-a-three-day-truce-is-not-the-talks-length",
        ),
        pytest.param(
            "fr",
            "2014-04-15",
            "Barack Obama et Vladimir Poutine ont tenu lundi soir une conversation téléphonique, à "
            "trois jours d'une réunion à quatre prévue à Genève.",
            "2014-04-14",
            id="fr-three-days-before-a-meeting-is-how-far-off-it-is",
        ),
    ],
)
def test_the_length_of_something_else_is_not_the_meeting_length(lang, day, text, start):
    an = run(lang, day, text)
    found = [m for m in an.meetings if m.start == start]
    assert found and found[0].end is None, describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "es",
            "El presidente Trump habló el jueves por teléfono con el presidente surcoreano, Moon "
            "Jae-in, y con el primer ministro japonés, Shinzo Abe.",
        ),
        ("en", "Trump spoke separately by phone with Moon Jae-in and Shinzo Abe on Thursday."),
    ],
    ids=["es-y-con", "en-separately"],
)
def test_a_call_with_each_partner_is_one_call_each(lang, text):
    an = run(lang, "2019-03-01", text)
    calls = [m for m in an.meetings if m.kind == "call"]
    pairs = sorted(sorted(m.participants) for m in calls)
    assert len(calls) == 2 and all(len(p) == 2 for p in pairs), describe(an)


def test_a_call_with_two_partners_together_stays_one_call():
    an = run(
        "en", "2019-03-01", "Trump spoke by phone with Moon Jae-in and Shinzo Abe on Thursday."
    )
    calls = [m for m in an.meetings if m.kind == "call"]
    assert len(calls) == 1 and len(calls[0].participants) == 3, describe(an)


@pytest.mark.parametrize(
    "lang, day, text, partner, start",
    [
        (
            "es",
            "2023-04-15",
            "Lula y Xi se reunieron el viernes en Pekín. Lula se reunió después con el primer "
            "ministro, Li Qiang.",
            "li-qiang",
            "2023-04-14",
        ),
        (
            "en",
            "2024-07-31",
            "Blinken met Ferdinand Marcos Jr. in Manila on Tuesday. Later, Blinken held talks with "
            "Enrique Manalo.",
            "enrique-manalo",
            "2024-07-30",
        ),
        (
            "es",
            "2025-06-11",
            "Por la tarde, el ministro José Manuel Albares ha conversado por teléfono con el "
            "ministro británico, David Lammy.",
            "david-lammy",
            "2025-06-11",
        ),
    ],
    ids=["es-despues-same-day", "en-later-same-day", "es-present-perfect-is-today"],
)
def test_an_undated_meeting_on_the_same_day(lang, day, text, partner, start):
    an = run(lang, day, text)
    found = [m for m in an.meetings if any(partner in keys(an, p) for p in m.participants)]
    assert found and found[0].start == start, describe(an)


def test_a_same_day_meeting_happens_where_the_one_before_did():
    an = run(
        "es",
        "2023-04-15",
        "Lula y Xi se reunieron el viernes en Pekín. Lula se reunió después con el primer "
        "ministro, Li Qiang.",
    )
    later = [m for m in an.meetings if any("li-qiang" in keys(an, p) for p in m.participants)]
    assert later and later[0].place == "Pekín", describe(an)


def test_a_planned_meeting_agreed_in_the_perfect_stays_undated():
    an = run(
        "es",
        "2024-10-02",
        "Mirzoyan y Bayramov han acordado volver a reunirse en una fecha aún por determinar.",
    )
    assert all(m.start is None for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, forum",
    [
        (
            "en",
            "2020-02-10",
            "Palestinian President Mahmoud Abbas will address the U.N. Security Council on Tuesday.",
            "2020-02-11",
            "security council",
        ),
        (
            "es",
            "2025-06-11",
            "Albares participará el próximo 23 de junio en Bruselas en el Consejo de Asuntos "
            "Exteriores.",
            "2025-06-23",
            "consejo de asuntos exteriores",
        ),
    ],
    ids=["en-address-the-security-council", "es-participara-en-el-consejo"],
)
def test_attending_a_forum_is_a_session_of_it(lang, day, text, start, forum):
    an = run(lang, day, text)
    found = [m for m in an.meetings if m.start == start]
    assert found and found[0].kind == "session", describe(an)
    assert forum in fold(found[0].forum or "").lower(), describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", "Albares participó el domingo en las elecciones europeas."),
        ("en", "Abbas attended the funeral of the king on Tuesday."),
    ],
    ids=["es-elections-are-no-forum", "en-a-funeral-is-no-forum"],
)
def test_attending_something_else_is_no_session(lang, text):
    an = run(lang, "2020-02-12", text)
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, count",
    [
        (
            "pt",
            "2019-08-06",
            "O Presidente moçambicano, Filipe Nyusi, e o líder da Renamo, Ossufo Momade, assinaram "
            "hoje, em Maputo, o Acordo de Paz.",
            "2019-08-06",
            1,
        ),
        (
            "en",
            "2021-01-06",
            "Saudi Arabia signed a declaration with Qatar on Tuesday in Al Ula.",
            "2021-01-05",
            1,
        ),
        ("en", "2021-06-09", "Joe Biden signed the bill on Tuesday.", None, 0),
        (
            "pt",
            "2023-04-22",
            "Portugal e o Brasil assinaram hoje 13 acordos na XIII Cimeira Luso-Brasileira.",
            "2023-04-22",
            1,
        ),
    ],
    ids=[
        "pt-two-parties-sign",
        "en-signed-with",
        "en-one-signer-is-no-meeting",
        "pt-signing-at-a-summit",
    ],
)
def test_a_signing_by_two_parties_is_a_meeting(lang, day, text, start, count):
    an = run(lang, day, text)
    assert len(an.meetings) == count, describe(an)
    if count:
        assert an.meetings[0].start == start, describe(an)


def test_a_city_that_hosts_is_the_place_and_the_talks_are_one_meeting():
    an = run(
        "en", "2024-10-02", "Geneva hosted the talks between Armenia and Azerbaijan on Monday."
    )
    assert len(an.meetings) == 1, describe(an)
    assert an.meetings[0].place == "Geneva" and an.meetings[0].start == "2024-09-30", describe(an)


def test_after_the_signing_is_the_signing_s_day_and_place():
    an = run(
        "en",
        "2020-02-29",
        "The United States signed a peace agreement with the Taliban on Saturday in Doha. After "
        "the signing, Mike Pompeo met separately with the Taliban delegation.",
    )
    pompeo = [m for m in an.meetings if "mike-pompeo" in m.participants]
    assert pompeo and (pompeo[0].start, pompeo[0].place) == ("2020-02-29", "Doha"), describe(an)


def test_an_undated_meeting_after_the_lead_is_on_the_lead_s_day():
    an = run(
        "es",
        "2023-03-31",
        "Pekín, 31 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, animó este viernes al "
        "presidente chino, Xi Jinping, a hablar con el mandatario ucraniano, Volodímir Zelenski."
        "\n\nSánchez y Xi se reunieron durante cerca de hora y media en la residencia oficial de "
        "Diaoyutai, en Pekín.",
    )
    met = [m for m in an.meetings if set(m.participants) >= {"pedro-sanchez", "xi-jinping"}]
    assert met and met[0].start == "2023-03-31", describe(an)


def test_the_lead_s_undated_meeting_is_no_repeat_of_a_later_one_of_another_day():
    # the meeting told right after the lead happened that day: a meeting of one of its people
    # told later, on another day, does not swallow it
    an = run(
        "pt",
        "2024-04-17",
        "O presidente Luiz Inácio Lula da Silva e o presidente da Colômbia, Gustavo Petro, "
        "defenderam nesta quarta-feira (17), em Bogotá, garantias para a eleição venezuelana. "
        "Os dois se reuniram por cerca de duas horas na Casa de Nariño, sede do governo "
        "colombiano, e em seguida concederam entrevista coletiva conjunta.\n\n"
        "Petro relatou a conversa que teve com o presidente venezuelano, Nicolás Maduro, no "
        "último dia 9, no Palácio de Miraflores, em Caracas.",
    )
    starts = sorted(m.start for m in an.meetings if m.kind == "meeting")
    assert starts == ["2024-04-09", "2024-04-17"], describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "other"),
    [
        (
            "pt",
            "2023-09-23",
            "O Presidente chinês, Xi Jinping, e o primeiro-ministro timorense, Xanana Gusmão, "
            "anunciaram hoje, em Hangzhou, a elevação das relações bilaterais a uma parceria "
            "estratégica, num encontro que antecedeu a abertura dos Jogos Asiáticos.\n\n"
            "Xi reuniu-se hoje também com o primeiro-ministro sul-coreano, Han Duck-soo.",
            "han-duck-soo",
        ),
        # guard: the date told with the meeting word itself
        (
            "en",
            "2023-09-23",
            "Chinese President Xi Jinping and East Timor's Prime Minister Xanana Gusmao announced "
            "on Saturday a comprehensive strategic partnership during a meeting in Hangzhou.\n\n"
            "Xi also met South Korean Prime Minister Han Duck-soo on Saturday.",
            "han-duck-soo",
        ),
    ],
)
def test_the_lead_s_own_meeting_keeps_the_lead_s_day_beside_another_of_that_day(
    lang, day, text, other
):
    an = run(lang, day, text)
    lead = [m for m in an.meetings if "xanana-gusmao" in m.participants]
    later = [m for m in an.meetings if other in m.participants]
    assert lead and lead[0].start == day, describe(an)
    assert later and later[0].start == day and later[0] is not lead[0], describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "person", "body"),
    [
        (
            "es",
            "2025-06-12",
            "El ministro de Asuntos Exteriores, José Manuel Albares, participará el próximo 23 "
            "de junio en Bruselas en el Consejo de Asuntos Exteriores de la UE.",
            "jose-manuel-albares",
            "Consejo de Asuntos Exteriores",
        ),
    ],
)
def test_the_body_whose_session_it_is_takes_part(lang, day, text, person, body):
    an = run(lang, day, text)
    m = next(m for m in an.meetings if m.forum)
    names = {an.actor(p).name for p in m.participants}
    assert person in {k for p in m.participants for k in keys(an, p)}, describe(an)
    assert any(body in n for n in names), describe(an)


def test_a_meeting_on_a_forum_s_sidelines_is_of_its_people_only():
    an = run(
        "en",
        "2023-08-19",
        "The three leaders are expected to see each other again next month at the Group of 20 "
        "summit in New Delhi.",
    )
    met = [m for m in an.meetings if m.kind == "meeting"]
    assert met and all(an.actor(p).kind != "organization" for m in met for p in m.participants), (
        describe(an)
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "À tarde, Lula reuniu-se por cerca de uma hora e meia com o primeiro-ministro "
            "Benjamin Netanyahu.",
        ),
        ("es", "Lula se reunió durante más de una hora y media con Benjamin Netanyahu."),
        ("en", "Lula met for nearly an hour and a half with Benjamin Netanyahu."),
    ],
)
def test_a_long_adjunct_between_the_verb_and_with_still_names_the_partner(lang, text):
    an = run(lang, "2010-03-16", text)
    assert any(
        same_actors(an, m.participants, ["luiz-inacio-lula-da-silva", "benjamin-netanyahu"])
        for m in an.meetings
    ), describe(an)


def test_a_far_to_after_a_verb_of_hosting_is_no_visit():
    an = run(
        "en",
        "2024-12-13",
        "African Union Commission chairperson Moussa Faki Mahamat welcomed the deal on Thursday "
        "and urged both governments to implement it in good faith.",
    )
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "start"),
    [
        (
            "es",
            "2022-06-29",
            "Al margen de la cumbre, Biden y Erdogan han mantenido este miércoles un encuentro "
            "bilateral.",
            "2022-06-29",
        ),
        (
            "fr",
            "2022-06-29",
            "En marge du sommet, Joe Biden et Recep Tayyip Erdogan ont eu mercredi un entretien "
            "bilatéral.",
            "2022-06-29",
        ),
    ],
)
def test_a_summit_named_as_the_sidelines_of_a_meeting_is_not_that_meeting(lang, day, text, start):
    an = run(lang, day, text)
    assert [(m.kind, m.start) for m in an.meetings] == [("meeting", start)], describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Obama convidou Dilma a fazer uma visita a Washington, em data ainda a ser definida.",
        ),
        (
            "es",
            "Wen invitó a Singh a viajar a China en una fecha que se fijará por vía diplomática.",
        ),
        ("fr", "M. Hollande a invité Raúl Castro à effectuer une visite d'Etat en France."),
        ("en", "Putin invited Abe to visit Russia at a date to be agreed."),
    ],
)
def test_an_invitation_to_visit_is_a_planned_visit(lang, text):
    an = run(lang, "2016-05-12", text)
    assert [(m.kind, m.status) for m in an.meetings] == [("visit", "planned")], describe(an)


def test_a_programme_is_no_plan():
    an = run(
        "fr",
        "2016-01-28",
        "François Hollande a reçu jeudi à l'Élysée le président iranien Hassan Rohani, après la "
        "levée des sanctions liées à son programme nucléaire.",
    )
    assert an.meetings and all(m.status == "held" for m in an.meetings), describe(an)


def test_talks_told_after_a_one_day_visit_are_on_the_visit_s_day():
    an = run(
        "en",
        "2012-11-19",
        "Barack Obama on Monday became the first sitting U.S. president to visit Myanmar. He "
        "was flying later Monday to Phnom Penh, where he was to meet Prime Minister Hun Sen in "
        "the evening.\n\nHuman rights groups had said the trip was premature. Obama met first "
        "with President "
        "Thein Sein, a former general who has led the reform drive.",
    )
    met = [m for m in an.meetings if "Thein Sein" in m.evidence.text]
    assert met and met[0].start == "2012-11-19", describe(an)


def test_talks_told_as_background_after_a_visit_keep_no_day():
    an = run(
        "es",
        "2019-01-10",
        "El ministro de Asuntos Exteriores, Josep Borrell, visitó este jueves Rabat.\n\n"
        "La economía marroquí creció un tres por ciento. Borrell se había reunido con el rey "
        "Mohamed VI por primera vez en Madrid.",
    )
    met = [m for m in an.meetings if "primera vez" in m.evidence.text]
    assert met and met[0].start is None, describe(an)


def test_a_meeting_named_again_before_a_counted_day_keeps_the_main_day():
    an = run(
        "es",
        "2002-07-28",
        "El presidente de Sudán, Omar Hasán al Bashir, y el líder rebelde John Garang se "
        "reunieron ayer en Kampala por primera vez, en un encuentro auspiciado por el presidente "
        "ugandés, Yoweri Museveni, una semana después de que sus negociadores firmaran en Kenia "
        "un protocolo.",
    )
    assert [m.start for m in an.meetings] == ["2002-07-27"], describe(an)


def test_a_year_in_a_since_clause_before_the_verb_dates_no_meeting():
    an = run(
        "es",
        "2002-07-28",
        "Omar al Bashir y John Garang, que nunca se habían visto en persona desde que el primero "
        "llegó al poder mediante un golpe de Estado en 1989, conversaron a puerta cerrada.",
    )
    assert an.meetings and all(m.start is None for m in an.meetings), describe(an)


def test_a_meeting_far_from_the_lead_keeps_no_day():
    filler = "La economía china creció un cinco por ciento el año pasado, según los datos. " * 14
    an = run(
        "es",
        "2023-03-31",
        "El presidente del Gobierno, Pedro Sánchez, animó este viernes al presidente chino, Xi "
        "Jinping, a hablar con el mandatario ucraniano, Volodímir Zelenski.\n\n"
        + filler
        + "\n\nSánchez y Xi se reunieron por primera vez en Bali.",
    )
    met = [m for m in an.meetings if "Bali" in m.evidence.text]
    assert met and met[0].start is None, describe(an)


def test_the_dateline_city_names_a_meeting_better_than_the_visited_country():
    an = run(
        "pt",
        "2018-09-17",
        "Luanda, 17 set 2018 (Lusa) - O primeiro-ministro António Costa iniciou hoje uma visita "
        "oficial de dois dias a Angola. Os ministros dos Negócios Estrangeiros dos dois países, "
        "Augusto Santos Silva e Manuel Augusto, reuniram-se também hoje.",
    )
    met = [m for m in an.meetings if "augusto-santos-silva" in m.participants]
    assert met and met[0].place == "Luanda", describe(an)


def test_a_place_after_when_belongs_to_another_event():
    an = run(
        "en",
        "2023-03-16",
        "Yoon Suk Yeol and Fumio Kishida held talks at Kishida's official residence, their first "
        "formal meeting since November, when they met on the sidelines of a regional summit in Phnom Penh.",
    )
    talks = [m for m in an.meetings if m.kind == "negotiation"]
    assert talks and talks[0].place != "Phnom Penh", describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "who", "expected"),
    [
        (
            "es",
            "2021-06-08",
            "La vicepresidenta estadounidense, Kamala Harris, lanzó ayer un mensaje a los "
            "migrantes tras reunirse con el presidente guatemalteco, Alejandro Giammattei. Harris y "
            "Giammattei ya habían mantenido una reunión virtual el pasado 26 de abril.",
            {"kamala-harris", "alejandro-giammattei"},
            "2021-06-07",
        ),
        (
            "en",
            "2024-11-19",
            "U.S. envoy Amos Hochstein said on Tuesday that a ceasefire was within reach after "
            "talks in Beirut with parliament speaker Nabih Berri.",
            {"nabih-berri"},
            "2024-11-19",
        ),
        (
            "fr",
            "2025-04-07",
            "Le ministre Jean-Noël Barrot a déclaré dimanche à Alger, après un entretien avec son "
            "homologue Ahmed Attaf, que les relations reprenaient.",
            {"ahmed-attaf"},
            "2025-04-06",
        ),
    ],
)
def test_a_meeting_told_after_a_dated_statement_is_of_its_day(lang, day, text, who, expected):
    an = run(lang, day, text)
    met = [m for m in an.meetings if set(m.participants) >= who and m.start == expected]
    assert met, describe(an)


def test_a_statement_s_day_does_not_date_a_meeting_it_only_mentions():
    an = run(
        "en",
        "2024-11-19",
        "The foreign minister said on Tuesday that the talks with Iran would resume soon.",
    )
    assert all(m.start is None for m in an.meetings), describe(an)


def test_a_same_day_meeting_is_dated_before_repeats_are_dropped():
    # undated, "mantuvo luego reuniones" would pass for a repeat of Trump's other meeting
    an = run(
        "es",
        "2020-09-16",
        "Israel y Emiratos Árabes Unidos firmaron este martes en la Casa Blanca los acuerdos de "
        "normalización. Antes de la ceremonia, Donald Trump recibió a Benjamin Netanyahu en el "
        "Despacho Oval y mantuvo luego reuniones por separado con los dos ministros árabes.",
    )
    # (the signing at the White House has Trump too, as its host)
    trump = [
        m
        for m in an.meetings
        if "donald-trump" in m.participants and "Despacho Oval" in m.evidence.text
    ]
    assert [m.start for m in trump] == ["2020-09-15", "2020-09-15"], describe(an)


def test_a_meeting_named_again_borrows_no_day_before_repeats_are_dropped():
    # "Tras la reunión con Xi" names the meeting just told: it stays one meeting, of its own day
    an = run(
        "es",
        "2023-03-31",
        "Pekín, 31 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, animó este viernes al "
        "presidente chino, Xi Jinping, a hablar con el mandatario ucraniano, Volodímir Zelenski."
        "\n\nEl jueves, Sánchez se reunió en Hainan con el primer ministro, Li Qiang."
        "\n\nSánchez y Xi se reunieron durante cerca de hora y media en Pekín. Tras la reunión "
        "con Xi, Sánchez tenía previsto entrevistarse con el primer ministro, Li Qiang.",
    )
    met = [m for m in an.meetings if {"pedro-sanchez", "xi-jinping"} <= set(m.participants)]
    assert [m.start for m in met] == ["2023-03-31"], describe(an)


def test_a_pronoun_subject_meets_as_the_person_it_stands_for():
    an = run(
        "pt",
        "2023-05-21",
        "No sábado, o presidente brasileiro, Lula, teve encontros bilaterais com Narendra Modi e "
        "com o presidente da França, Emmanuel Macron. Ele também se reuniu com o anfitrião do "
        "encontro, o primeiro-ministro japonês, Fumio Kishida.",
    )
    kishida = [m for m in an.meetings if "fumio-kishida" in m.participants]
    assert kishida and same_actors(
        an, kishida[0].participants, ["luiz-inacio-lula-da-silva", "fumio-kishida"]
    ), describe(an)


def test_a_meeting_verb_without_subject_is_the_previous_sentence_s_subject():
    # Spanish leaves a known subject unsaid; English never does
    an = run(
        "es",
        "2025-06-12",
        "El ministro de Exteriores, José Manuel Albares, se reunió el miércoles en Bruselas con "
        "David Lammy. Posteriormente ha hablado por teléfono con el presidente andaluz, Juanma "
        "Moreno.",
    )
    call = [m for m in an.meetings if m.kind == "call"]
    assert call and same_actors(
        an, call[0].participants, ["jose-manuel-albares", "juanma-moreno"]
    ), describe(an)


def test_hosting_a_meeting_told_by_its_noun_is_no_visit():
    an = run(
        "en",
        "2024-09-22",
        "The leaders of the United States, India, Japan and Australia expressed concern on "
        "Saturday, as President Joe Biden hosted what is likely to be his last summit of the Quad "
        "grouping. He hosted Anthony Albanese on Saturday at his residence in Greenville.",
    )
    assert [m.kind for m in an.meetings if m.start == "2024-09-21"] == ["summit", "visit"], (
        describe(an)
    )
    visit = next(m for m in an.meetings if m.kind == "visit")
    assert same_actors(an, visit.participants, ["joe-biden", "anthony-albanese"]), describe(an)


def test_an_english_meeting_after_a_is_a_new_meeting_not_one_named_again():
    an = run(
        "en",
        "2025-03-15",
        "U.S. envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday. "
        "Canadian Foreign Minister Melanie Joly said she told Marco Rubio during a bilateral "
        "meeting on Thursday that such comments were unacceptable.",
    )
    joly = [m for m in an.meetings if "melanie-joly" in m.participants]
    assert joly and joly[0].start == "2025-03-13", describe(an)


def test_the_meeting_right_after_a_lead_without_people_is_the_lead_s_event():
    an = run(
        "en",
        "2022-05-30",
        "SUVA, May 30 (Reuters) - China and 10 Pacific island countries failed on Monday to agree "
        "on a sweeping regional security and trade deal. Chinese Foreign Minister Wang Yi and "
        "Fiji's Prime Minister Frank Bainimarama co-hosted the foreign ministers' meeting in the "
        "Fijian capital.\n\nJacinda Ardern held talks with Joe Biden at the White House.",
    )
    wang = [m for m in an.meetings if "frank-bainimarama" in m.participants]
    assert wang and wang[0].start == "2022-05-30", describe(an)
    # only the next sentence's meeting takes the lead's day
    biden = [m for m in an.meetings if "joe-biden" in m.participants]
    assert biden and biden[0].start is None, describe(an)


def test_a_year_right_after_a_meeting_dates_it_whatever_day_the_sentence_names():
    an = run(
        "es",
        "2023-09-10",
        "Brasil asumirá formalmente el liderazgo del grupo el 1 de diciembre y acogerá la próxima "
        "cumbre de líderes en Río de Janeiro el año que viene.",
    )
    summit = [m for m in an.meetings if m.kind == "summit"]
    assert summit and (summit[0].start, summit[0].place) == ("2024", "Río de Janeiro"), describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "Yoon's two-day trip is the first visit to Japan for a bilateral summit in 12 years.",
        "The crisis opened in 2019 has not stopped the talks that began on Monday.",
    ],
)
def test_a_duration_or_a_past_year_is_no_meeting_year(text):
    an = run("en", "2023-03-17", text)
    assert all(m.start is None or len(m.start) != 4 for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Joe Biden met Xi Jinping in Bali on Monday. At a news conference after their talks, "
            "Biden said the United States would keep backing Ukraine.",
        ),
        (
            "es",
            "Pedro Sánchez se reunió el lunes en Rabat con Aziz Ajanuch. Tras su encuentro, Sánchez "
            "afirmó que la relación vive un momento excelente.",
        ),
    ],
)
def test_a_meeting_named_again_with_a_possessive_is_no_new_meeting(lang, text):
    an = run(lang, "2022-11-15", text)
    assert len(an.meetings) == 1, describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        (
            "es",
            "2023-09-10",
            "La cumbre del G20 concluyó este domingo en Nueva Delhi. La gran noticia había llegado "
            "el sábado, en la primera jornada de la cita, cuando Narendra Modi anunció la "
            "declaración.",
            ("2023-09-09", "2023-09-10"),
        ),
        (
            "en",
            "2025-07-08",
            "The BRICS summit opened in Rio de Janeiro on Sunday with Luiz Inacio Lula da Silva as "
            "host. Leaders wrapped up the gathering on Monday, the final day of the summit.",
            ("2025-07-06", "2025-07-07"),
        ),
    ],
)
def test_a_summit_told_one_day_at_a_time_spans_its_days(lang, day, text, expected):
    an = run(lang, day, text)
    summits = [m for m in an.meetings if m.kind == "summit"]
    assert summits and (summits[0].start, summits[0].end) == expected, describe(an)


def test_the_day_a_second_day_phrase_is_far_from_is_not_the_event_s_second_day():
    an = run(
        "es",
        "2016-03-18",
        "El acuerdo fue sellado en la segunda jornada de la cumbre comunitaria, que comenzó ayer "
        "en Bruselas.",
    )
    summit = [m for m in an.meetings if m.kind == "summit"]
    assert summit and summit[0].start == "2016-03-17", describe(an)


def test_a_last_day_told_of_one_event_does_not_end_another():
    an = run(
        "pt",
        "2010-05-17",
        "Lula chegou a Teerã no sábado (15) para uma visita oficial. A cúpula do G15 encerrou "
        "nesta segunda-feira (17), em Teerã, com uma declaração conjunta.",
    )
    visit = [m for m in an.meetings if m.kind == "visit"]
    assert visit and (visit[0].start, visit[0].end) == ("2010-05-15", None), describe(an)


def test_a_day_in_a_possessive_relative_after_the_meeting_is_not_its_day():
    an = run(
        "en",
        "2024-09-22",
        "Biden also met Kishida, whose term ends when Japan's ruling party chooses a new leader "
        "on Sept. 27.",
    )
    met = [m for m in an.meetings if "fumio-kishida" in m.participants]
    assert met and met[0].start is None, describe(an)


def test_due_in_a_place_is_a_trip_only_for_someone_named():
    an = run(
        "en",
        "2022-05-30",
        "Wang Yi met Frank Bainimarama in Suva on Monday. The minister is due in Tonga on "
        "Tuesday. The report is due in May. Elections are due in Fiji later this year.",
    )
    visits = [m for m in an.meetings if m.kind == "visit"]
    assert [(m.place, m.start) for m in visits] == [("Tonga", "2022-05-31")], describe(an)


def test_a_stated_meeting_with_others_is_not_the_same_day_s_guessed_one():
    # the dinner's participants are guessed ("los dos mandatarios"); Trump's own meeting with
    # Trong and Phuc the same day is stated and other people meet in it
    an = run(
        "es",
        "2019-02-28",
        "El presidente estadounidense, Donald Trump, y el líder norcoreano, Kim Jong-un, "
        "terminaron ayer su cumbre en Hanói. Los dos mandatarios, que habían compartido una cena "
        "el miércoles en el hotel Metropole, cancelaron el jueves el almuerzo de trabajo.\n\n"
        "Trump también se había reunido el miércoles con el presidente vietnamita, Nguyen Phu "
        "Trong, y con el primer ministro, Nguyen Xuan Phuc, en el palacio presidencial.",
    )
    met = [m for m in an.meetings if "nguyen-xuan-phuc" in m.participants]
    assert met and met[0].start == "2019-02-27", describe(an)
    assert "kim-jong-un" not in met[0].participants, describe(an)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "en",
            "2023-08-19",
            "President Joe Biden hosted South Korean President Yoon Suk Yeol and Japanese Prime "
            "Minister Fumio Kishida at Camp David on Friday. The three leaders are expected to "
            "see each other again next month at the Group of 20 summit in New Delhi.",
            {"joe-biden", "yoon-suk-yeol", "fumio-kishida"},
            id="en-the-three-leaders",
        ),
        pytest.param(
            "fr",
            "2019-12-10",
            "Emmanuel Macron a reçu lundi à l'Élysée Vladimir Poutine, Volodymyr Zelensky et "
            "Angela Merkel. Les quatre dirigeants se sont donné rendez-vous dans quatre mois pour "
            "un nouveau sommet.",
            {"emmanuel-macron", "vladimir-poutine", "volodymyr-zelensky", "angela-merkel"},
            id="fr-les-quatre-dirigeants",
        ),
    ],
)
def test_a_counted_plural_title_names_that_many_participants(lang, day, text, who):
    an = run(lang, day, text)
    last = max(an.meetings, key=lambda m: m.evidence.start)
    assert set(last.participants) == who, describe(an)


def test_two_heads_of_state_are_not_the_prime_minister_named_between():
    # "os dois chefes de Estado": the presidents, not the prime minister of the same passage
    an = run(
        "pt",
        "2023-04-23",
        "Lula foi recebido pelo Presidente da República, Marcelo Rebelo de Sousa. Mais tarde, "
        "António Costa e Lula falaram do acordo com o Mercosul, e Costa voltou a defender o "
        "acordo. Os dois chefes de Estado defenderam depois que a guerra na Ucrânia deve acabar.",
    )
    pos = [p for p in an.positions if "guerra" in p.evidence.text]
    assert pos and set(pos[0].actors) == {
        "luiz-inacio-lula-da-silva",
        "marcelo-rebelo-de-sousa",
    }, [(p.actors, p.evidence.text) for p in an.positions]


def test_a_when_clause_is_the_meeting_s_own_time():
    # "when they meet next year": the year dates the meeting the clause tells; a "since"
    # clause's date stays another event's
    an = run(
        "en",
        "2016-12-16",
        "Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov are expected "
        "to discuss the issue when they meet next year.",
    )
    assert [m.start for m in an.meetings] == ["2017"], describe(an)


def test_a_lead_person_meeting_someone_later_in_the_story_met_on_the_lead_s_day():
    # the lead tells Saturday's summit; "Biden also met Kishida", told paragraphs later with no
    # day of its own, is of that day too
    filler = (
        "The group was revived in 2017 after a decade of dormancy and has since expanded "
        "its agenda to vaccines, climate, critical technologies and maritime security. "
    ) * 6
    an = run(
        "en",
        "2024-09-22",
        "President Joe Biden hosted the leaders of India, Japan and Australia on Saturday in "
        "Wilmington for a summit of the Quad grouping.\n\n"
        + filler
        + "\n\nBiden also met Kishida, whose term ends soon.",
    )
    met = [m for m in an.meetings if "Kishida" in m.evidence.text]
    assert met and met[0].start == "2024-09-21", describe(an)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "es",
            "2019-03-22",
            "El presidente de Chile, Sebastián Piñera, recibió a Iván Duque, presidente de "
            "Colombia, y al presidente de Argentina, Mauricio Macri. Los presidentes de Chile, "
            "Argentina y Colombia firmaron este viernes en La Moneda la declaración en una cumbre.",
            {"sebastian-pinera", "ivan-duque", "mauricio-macri"},
            id="es-los-presidentes-de-tres-paises",
        ),
        pytest.param(
            "en",
            "2023-08-19",
            "President Joe Biden welcomed South Korean President Yoon Suk Yeol and Japanese Prime "
            "Minister Fumio Kishida. The leaders of Japan and South Korea held a summit with Biden "
            "at Camp David on Friday.",
            {"joe-biden", "fumio-kishida", "yoon-suk-yeol"},
            id="en-the-leaders-of-two-countries",
        ),
    ],
)
def test_the_leaders_of_listed_countries_are_the_people_who_meet(lang, day, text, who):
    an = run(lang, day, text)
    summit = [m for m in an.meetings if m.kind == "summit"]
    assert summit and who <= set(summit[0].participants), describe(an)


@pytest.mark.parametrize(
    "lang,day,text,start",
    [
        pytest.param(
            "fr",
            "2024-07-07",
            "Les ministres des Affaires étrangères des trois pays, réunis à Niamey le 17 mai, "
            "avaient préparé le texte.",
            "2024-05-17",
            id="fr-reunis-a",
        ),
        pytest.param(
            "es",
            "2023-03-26",
            "Los textos habían sido pulidos el viernes por los cancilleres de los 22 países, "
            "reunidos en Santo Domingo durante toda la jornada.",
            "2023-03-24",
            id="es-reunidos-en",
        ),
    ],
)
def test_people_gathered_somewhere_on_a_day_met(lang, day, text, start):
    an = run(lang, day, text)
    assert [m.start for m in an.meetings] == [start], describe(an)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "es",
            "2023-11-04",
            "Los jefes de Estado y de Gobierno de la Unión Europea cerraron este viernes en "
            "Bruselas una cumbre sobre la ampliación.\n\nEl presidente francés, Emmanuel Macron, "
            "defendió la propuesta. El canciller alemán, Olaf Scholz, pidió prudencia.",
            {"emmanuel-macron", "olaf-scholz"},
            id="es-los-jefes-de-estado-de-la-ue",
        ),
        pytest.param(
            "en",
            "2021-04-25",
            "Southeast Asian leaders met in Jakarta on Saturday for a summit on Myanmar.\n\n"
            "Indonesian President Joko Widodo said the violence must stop. Singapore's Prime "
            "Minister Lee Hsien Loong said the talks were frank.",
            {"joko-widodo", "lee-hsien-loong"},
            id="en-leaders-met",
        ),
        pytest.param(
            "fr",
            "2023-08-11",
            "Les chefs d'État de la Cédéao, réunis en sommet jeudi à Abuja, ont ordonné le "
            "déploiement d'une force.\n\nLe président nigérian, Bola Tinubu, a présidé la "
            "réunion. Le président ivoirien, Alassane Ouattara, a promis un bataillon.",
            {"bola-tinubu", "alassane-ouattara"},
            id="fr-les-chefs-d-etat",
        ),
    ],
)
def test_a_plural_group_meeting_in_the_lead_is_attended_by_the_leaders_named(lang, day, text, who):
    an = run(lang, day, text)
    lead = [m for m in an.meetings if m.evidence.start < text.index("\n\n")]
    assert lead and who <= set(lead[0].participants), describe(an)


def test_a_group_meeting_outside_the_lead_is_not_the_article_s_leaders():
    an = run(
        "en",
        "2019-10-11",
        "Boris Johnson and Leo Varadkar met on Thursday near Liverpool.\n\n"
        "The Irish prime minister said a deal was possible.\n\n"
        "EU leaders are due to meet in Brussels for a summit on October 17.",
    )
    summit = [m for m in an.meetings if m.kind == "summit"]
    assert summit and not {"boris-johnson", "leo-varadkar"} & set(summit[0].participants), describe(
        an
    )


def test_the_leaders_of_a_meeting_between_two_are_not_every_leader_named():
    an = run(
        "es",
        "2023-06-01",
        "Los dos presidentes se reunieron este jueves en Brasilia.\n\nEl presidente "
        "argentino, Alberto Fernández, y el brasileño, Luiz Inácio Lula da Silva, firmaron "
        "acuerdos. Javier Milei, candidato y diputado, criticó el viaje.",
    )
    assert all("javier-milei" not in m.participants for m in an.meetings), describe(an)


def test_a_day_after_a_clause_counts_back_from_the_main_clause_s_day():
    an = run(
        "en",
        "2022-09-16",
        "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin on Friday, a "
        "day after Putin held talks with Chinese President Xi Jinping.",
    )
    talks = [m for m in an.meetings if "xi-jinping" in m.participants]
    met = [m for m in an.meetings if "narendra-modi" in m.participants]
    assert [m.start for m in talks] == ["2022-09-15"], describe(an)
    assert [m.start for m in met] == ["2022-09-16"], describe(an)


@pytest.mark.parametrize(
    "lang,day,text,start",
    [
        pytest.param(
            "es",
            "2025-06-11",
            "La reunión de hoy se produce tres semanas después de que Albares y Šefčovič se "
            "reunieran el 20 de mayo para evaluar las negociaciones.",
            "2025-05-20",
            id="es-despues-de-que-with-its-own-day",
        ),
        pytest.param(
            "en",
            "2025-02-17",
            "The announcement came two days after Rubio and Lavrov spoke by telephone on Saturday.",
            "2025-02-15",
            id="en-two-days-after-with-its-own-day",
        ),
    ],
)
def test_a_meeting_after_a_shift_s_after_is_not_dated_by_the_shift(lang, day, text, start):
    an = run(lang, day, text)
    who = [m for m in an.meetings if len(m.participants) == 2]
    assert who and who[0].start == start, describe(an)


def test_a_shift_without_complement_still_dates_the_meeting_after_it():
    an = run(
        "es",
        "2025-06-11",
        "Albares se reunió hoy con Lammy. Dos días después, se reunirán en Londres.",
    )
    assert "2025-06-13" in [m.start for m in an.meetings], describe(an)


def test_the_last_leg_of_a_tour_is_no_past_tense():
    an = run(
        "en",
        "2014-03-27",
        "Obama, who is due in Manila at the end of April on the last leg of a four-nation Asian "
        "tour, is expected to discuss the peace process.",
    )
    assert [(m.start, m.status) for m in an.meetings] == [("2014-04", "planned")], describe(an)


def test_the_so_called_is_no_call_but_a_call_between_two_is():
    an = run(
        "es",
        "2017-08-09",
        "La llamada Declaración de Lima fue difundida ayer por Argentina y Brasil. La llamada "
        "Biden-Putin duró una hora.",
    )
    assert [m.evidence.text for m in an.meetings] == ["La llamada Biden-Putin duró una hora"], (
        describe(an)
    )


def test_a_relative_day_and_a_weekday_with_their_bracketed_days_are_one_span():
    an = run(
        "pt",
        "2014-01-27",
        "Amanhã (28) e quarta-feira (29), Dilma participa, em Havana, da 2ª Cúpula da Celac.",
    )
    assert [(m.start, m.end) for m in an.meetings] == [("2014-01-28", "2014-01-29")], describe(an)


@pytest.mark.parametrize(
    "lang,day,text,span",
    [
        pytest.param(
            "fr",
            "2019-02-06",
            "Ouvertes le 24 janvier dans la capitale soudanaise, les discussions avaient abouti "
            "samedi à un accord.",
            ("2019-01-24", "2019-02-02"),
            id="fr-ouvertes-le",
        ),
        pytest.param(
            "es",
            "2019-02-06",
            "Abiertas el 24 de enero en Jartum, las negociaciones concluyeron el sábado con un "
            "acuerdo.",
            ("2019-01-24", "2019-02-02"),
            id="es-abiertas-el",
        ),
    ],
)
def test_talks_opened_on_a_day_run_to_the_day_they_ended(lang, day, text, span):
    an = run(lang, day, text)
    assert [(m.start, m.end) for m in an.meetings] == [span], describe(an)


@pytest.mark.parametrize(
    "lang,text,span",
    [
        pytest.param(
            "fr",
            "La mission de la Cédéao a quitté Bamako lundi soir sans accord avec la junte, au "
            "terme de trois jours de discussions.",
            ("2020-08-22", "2020-08-24"),
            id="fr-au-terme-de-trois-jours",
        ),
        pytest.param(
            "en",
            "The mediators left Bamako on Monday after three days of talks with the junta.",
            ("2020-08-22", "2020-08-24"),
            id="en-after-three-days-of",
        ),
        pytest.param(
            "en",
            "They announced the plan on Monday after three days of talks that began on Monday.",
            ("2020-08-24", "2020-08-26"),
            id="en-after-days-that-began-on-a-day-start-there",
        ),
    ],
)
def test_days_of_talks_closed_on_a_day_end_on_it(lang, text, span):
    an = run(lang, "2020-08-25", text)
    assert [(m.start, m.end) for m in an.meetings] == [span], describe(an)


def test_a_forum_that_opens_on_a_day_and_runs_until_another_is_one_span():
    an = run(
        "en",
        "2022-03-10",
        "Lavrov will attend the Antalya Diplomacy Forum, which opens on Friday and runs until "
        "Sunday.",
    )
    assert [(m.start, m.end) for m in an.meetings] == [("2022-03-11", "2022-03-13")], describe(an)


def test_a_start_cue_of_something_else_does_not_join_a_summit_s_own_span():
    an = run(
        "es",
        "2023-03-25",
        "Sánchez aseguró que América Latina será una prioridad de la presidencia española del "
        "Consejo de la UE, que comenzará el 1 de julio, y se comprometió a trabajar para que la "
        "cumbre entre la UE y la CELAC, prevista en Bruselas los días 17 y 18 de julio, sea un "
        "éxito.",
    )
    spans = [(m.start, m.end) for m in an.meetings]
    assert ("2023-07-17", "2023-07-18") in spans, describe(an)
    assert ("2023-07-01", "2023-07-18") not in spans, describe(an)


@pytest.mark.parametrize(
    "lang,text,start",
    [
        pytest.param("es", "Chile será sede de la cita de 2012.", "2012", id="es-la-cita-de"),
        pytest.param("pt", "Ramaphosa sediará a cúpula de 2025.", "2025", id="pt-a-cupula-de"),
        pytest.param(
            "en", "South Africa will host the 2025 summit.", "2025", id="en-the-2025-summit"
        ),
        pytest.param(
            "es",
            "Es el primer intento serio de negociación desde el fracaso del diálogo de 2016.",
            None,
            id="es-since-the-2016-dialogue-is-no-meeting-of-2016",
        ),
    ],
)
def test_a_year_naming_a_meeting_dates_it(lang, text, start):
    an = run(lang, "2010-02-24", text)
    assert (
        start in [m.start for m in an.meetings] if start else not any(m.start for m in an.meetings)
    ), describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param(
            "fr",
            "Le président chinois Xi Jinping a été reçu lundi 6 mai à l'Élysée par Emmanuel Macron.",
            id="fr-recu-then-date-and-place-then-par",
        ),
        pytest.param(
            "es",
            "Xi Jinping fue recibido el lunes 6 de mayo en el Elíseo por Emmanuel Macron.",
            id="es-recibido-then-date-and-place-then-por",
        ),
    ],
)
def test_a_passive_reception_with_the_host_after_a_date_and_a_place(lang, text):
    an = run(lang, "2024-05-07", text)
    assert [(m.start, set(m.participants)) for m in an.meetings] == [
        ("2024-05-06", {"xi-jinping", "emmanuel-macron"})
    ], describe(an)


def test_a_french_gerund_of_going_somewhere_is_a_visit():
    an = run(
        "fr",
        "2015-05-11",
        "En avril 2014, Laurent Fabius avait ouvert la voie en se rendant à La Havane.",
    )
    assert [(m.kind, m.start, m.place) for m in an.meetings] == [
        ("visit", "2014-04", "La Havane")
    ], describe(an)


def test_a_french_form_ending_in_a_takes_a_day_before_its_place():
    an = run("fr", "2019-02-15", "Le ministre Jean-Yves Le Drian s'est rendu mardi à Kiev.")
    assert [(m.kind, m.start) for m in an.meetings] == [("visit", "2019-02-12")], describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param(
            "es", "El ministro Josep Borrell viajó el martes a Kiev.", id="es-viajo-el-martes-a"
        ),
        pytest.param(
            "pt", "O ministro Ernesto Araújo viajou na terça-feira para Kiev.", id="pt-viajou-para"
        ),
    ],
)
def test_a_journey_s_day_may_come_before_its_destination(lang, text):
    an = run(lang, "2019-02-15", text)
    assert [(m.kind, m.start) for m in an.meetings] == [("visit", "2019-02-12")], describe(an)


def test_a_reception_verb_does_not_wait_for_any_a():
    an = run(
        "es", "2019-02-15", "El ministro recibió críticas de la oposición a su plan el martes."
    )
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text"),
    [
        (
            "fr",
            "2015-05-12",
            "François Hollande s'est entretenu lundi à La Havane avec Raúl Castro. Il a précisé "
            "que la conversation avait porté notamment sur le réchauffement climatique.",
        ),
        (
            "pt",
            "2022-02-16",
            "O presidente Jair Bolsonaro foi recebido nesta quarta-feira (16) por Vladimir Putin "
            "no Kremlin. Segundo ele, um dos principais temas da conversa foi o fornecimento de "
            "fertilizantes.",
        ),
        (
            "es",
            "2023-01-10",
            "López Obrador, Biden y Trudeau se reunieron este martes en el Palacio Nacional. El "
            "capítulo migratorio dominó buena parte de las conversaciones.",
        ),
        (
            "en",
            "2023-08-19",
            "Biden hosted Yoon and Kishida at Camp David on Friday. Their talks also covered "
            "North Korea's missile launches.",
        ),
    ],
    ids=["fr-la-conversation", "pt-da-conversa", "es-las-conversaciones", "en-their-talks"],
)
def test_talks_named_again_with_nobody_are_the_meeting_told_before(lang, day, text):
    # "la conversation a porté sur …" says what was discussed at the meeting just told
    an = run(lang, day, text)
    assert len(an.meetings) == 1, describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text"),
    [
        pytest.param(
            "en",
            "2024-05-24",
            "Biden welcomed Kenyan President William Ruto to the White House on Thursday. Haiti "
            "featured prominently in the talks.",
            id="en-in-the-talks",
        ),
        pytest.param(
            "es",
            "2023-01-10",
            "López Obrador y Biden se reunieron este martes en el Palacio Nacional. México "
            "insistió durante las conversaciones en la ayuda humanitaria.",
            id="es-durante-las-conversaciones",
        ),
        pytest.param(
            "fr",
            "2021-06-22",
            "Jean-Yves Le Drian a rencontré lundi à Moscou Sergueï Lavrov. L'Ukraine a été "
            "évoquée pendant les discussions.",
            id="fr-pendant-les-discussions",
        ),
        pytest.param(
            "pt",
            "2018-09-18",
            "Marcelo Rebelo de Sousa reuniu-se ontem em Luanda com João Lourenço. Angola falou "
            "de dívidas durante as conversações.",
            id="pt-durante-as-conversacoes",
        ),
    ],
)
def test_talks_named_again_after_a_preposition_are_the_meeting_told_before(lang, day, text):
    # the sentence names someone ("Haiti featured …"), but "in the talks" are the talks told
    an = run(lang, day, text)
    assert len(an.meetings) == 1, describe(an)


def test_talks_of_a_named_body_after_a_preposition_are_their_own():
    # guard: "the talks of the Contact Group" name whose talks they are
    an = run(
        "en",
        "1999-12-21",
        "Jiang Zemin received Jorge Sampaio in Macau on Sunday. Britain and France accepted the "
        "plan during the talks of the Contact Group.",
    )
    assert len(an.meetings) == 2, describe(an)


def test_the_first_talks_named_with_nobody_are_still_a_meeting():
    # with no meeting told before, "the talks" are the only mention of the meeting
    an = run(
        "en",
        "2023-08-19",
        "The talks covered North Korea's missile launches, officials said on Friday.",
    )
    assert len(an.meetings) == 1, describe(an)


def test_a_length_is_that_of_the_meeting_word_it_stands_by():
    # "two days of intensive diplomacy" is not the length of the talks on Sunday
    an = run(
        "en",
        "2005-02-08",
        "The summit followed two days of intensive diplomacy by U.S. Secretary of State "
        "Condoleezza Rice, who held talks with Sharon in Jerusalem on Sunday and met Abbas in "
        "Ramallah on Monday.",
    )
    days = sorted((m.start, m.end) for m in an.meetings if m.start)
    assert days == [("2005-02-06", None), ("2005-02-07", None)], describe(an)
    # the visit's own length, even when the meeting was told by its verb
    an = run(
        "en",
        "2024-06-18",
        "Li arrived in Adelaide on Saturday at the start of the four-day visit.",
    )
    assert [(m.start, m.end) for m in an.meetings] == [("2024-06-15", "2024-06-18")], describe(an)


@pytest.mark.parametrize(
    ("text", "who", "start"),
    [
        (
            "Dimanche, Emmanuel Macron s'est entretenu une première fois pendant une heure "
            "quarante-cinq avec Vladimir Poutine.",
            {"emmanuel-macron", "vladimir-putin"},
            "2022-02-20",
        ),
        (
            "À Libreville, Emmanuel Macron doit réunir jeudi plusieurs chefs d'Etat d'Afrique "
            "centrale.",
            {"emmanuel-macron"},
            "2022-02-24",
        ),
    ],
    ids=["fr-s-est-entretenu-then-a-long-adverbial", "fr-doit-reunir"],
)
def test_french_meeting_verbs_with_words_between(text, who, start):
    an = run("fr", "2022-02-21", text)
    found = [m for m in an.meetings if who <= {k for p in m.participants for k in keys(an, p)}]
    assert found and found[0].start == start, describe(an)


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "fr",
            "Le Conseil de sécurité doit examiner cette proposition en mars, à New York.",
            "2013-03",
        ),
        ("en", "The U.N. Security Council will consider the draft on Friday.", "2013-03-01"),
        ("pt", "O Conselho de Segurança deve examinar a proposta em março.", "2013-03"),
    ],
    ids=["fr-doit-examiner", "en-will-consider", "pt-deve-examinar"],
)
def test_a_body_examining_a_text_sits_in_session(lang, text, start):
    an = run(lang, "2013-02-25", text)
    sessions = [m for m in an.meetings if m.kind == "session"]
    assert sessions and sessions[0].start == start and sessions[0].status == "planned", describe(an)


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "fr",
            "Le Conseil de sécurité de l'ONU doit se prononcer jeudi à New York sur le mandat.",
            "2013-02-28",
        ),
        (
            "pt",
            "O Conselho de Segurança da ONU deverá votar na próxima sexta-feira a renovação do "
            "mandato.",
            "2013-03-01",
        ),
        (
            "es",
            "El Consejo de Seguridad tiene previsto votar en marzo el despliegue de los cascos "
            "azules.",
            "2013-03",
        ),
        (
            "en",
            "The U.N. Security Council is expected to vote on authorizing it later this month.",
            "2013-02",
        ),
        ("en", "The Security Council is due to review the mission's mandate in March.", "2013-03"),
    ],
    ids=[
        "fr-doit-se-prononcer",
        "pt-devera-votar",
        "es-tiene-previsto-votar",
        "en-to-vote",
        "en-to-review",
    ],
)
def test_a_forum_due_to_vote_or_decide_sits_in_session(lang, text, start):
    an = run(lang, "2013-02-25", text)
    sessions = [m for m in an.meetings if m.kind == "session"]
    assert sessions and sessions[0].start == start and sessions[0].status == "planned", describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Annan is expected to ask the Security Council to approve a political mission."),
        ("fr", "Washington presse le Conseil de sécurité d'adopter une résolution."),
        ("es", "Los ciudadanos podrán votar en marzo en el referéndum."),
    ],
    ids=["en-ask-the-council-to-approve", "fr-presse-le-conseil-d-adopter", "es-citizens-voting"],
)
def test_asking_a_forum_to_decide_or_people_voting_is_no_session(lang, text):
    an = run(lang, "2013-02-25", text)
    assert not [m for m in an.meetings if m.kind == "session"], describe(an)


def test_a_past_meeting_named_with_its_year_is_dated_with_it():
    an = run("en", "2016-05-23", "George W. Bush attended the APEC summit in Hanoi in 2006.")
    assert [m.start for m in an.meetings] == ["2006"], describe(an)
    # a count of years is no date
    an = run("en", "2016-05-23", "It was the first summit between the two countries in 12 years.")
    assert all(m.start is None for m in an.meetings), describe(an)


def test_people_gathered_today_in_a_council_meet():
    an = run(
        "es",
        "2002-07-22",
        "En Bruselas, los ministros de Exteriores de los Quince, reunidos hoy en el Consejo de "
        "Asuntos Generales, se felicitaron por la solución.",
    )
    assert [m.start for m in an.meetings] == ["2002-07-22"], describe(an)


def test_two_weekdays_each_with_its_preposition_are_one_span():
    an = run(
        "pt",
        "2009-06-17",
        "A reunião de ontem foi realizada logo após a cúpula da Organização para Cooperação de "
        "Xangai, que reuniu na segunda e na terça-feira, na mesma cidade, os presidentes da "
        "Rússia e da China.",
    )
    summits = [(m.start, m.end) for m in an.meetings if m.kind == "summit"]
    assert summits == [("2009-06-15", "2009-06-16")], describe(an)


def test_a_later_day_after_a_place_relative_is_another_event():
    # the talks opened on June 4; the ceasefire signed on June 17 does not end them
    an = run(
        "en",
        "2003-08-18",
        "The agreement caps more than ten weeks of talks that opened on June 4 in the lakeside "
        "resort of Akosombo and later moved to Accra, where the warring parties signed a "
        "ceasefire on June 17.",
    )
    talks = [m for m in an.meetings if m.start == "2003-06-04"]
    assert talks and talks[0].end is None, describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "pt",
            "Timor-Leste tornou-se membro numa cerimónia na abertura da 47.ª cimeira da "
            "organização, que decorre até terça.",
        ),
        (
            "en",
            "Timor-Leste joined at a ceremony at the opening of the bloc's 47th summit, which "
            "runs until Tuesday.",
        ),
    ],
)
def test_a_summit_running_until_a_day_is_under_way_from_the_report(lang, text):
    an = run(lang, "2025-10-26", text)
    summits = [(m.start, m.end) for m in an.meetings if m.kind == "summit"]
    assert summits == [("2025-10-26", "2025-10-28")], describe(an)


@pytest.mark.parametrize(
    "lang, day, text, kind, start",
    [
        (
            "pt",
            "2020-10-11",
            "Costa e Sánchez tinham-se encontrado pela última vez a 1 de julho, em Badajoz.",
            "meeting",
            "2020-07-01",
        ),
        (
            "pt",
            "1998-11-02",
            "Os dois líderes já se tinham encontrado na quinta-feira, em Banjul.",
            "meeting",
            "1998-10-29",
        ),
        (
            "fr",
            "2015-09-20",
            "Les médiateurs ont mené depuis vendredi d'intenses tractations avec le chef des "
            "putschistes.",
            "negotiation",
            "2015-09-18",
        ),
    ],
)
def test_european_enclisis_and_tractations_are_meetings(lang, day, text, kind, start):
    an = run(lang, day, text)
    assert any(m.kind == kind and m.start == start for m in an.meetings), describe(an)


def test_talks_told_by_their_opening_day_run_to_the_lead_s_day():
    an = run(
        "fr",
        "2008-05-21",
        "Les dirigeants libanais ont conclu mercredi à Doha un accord qui met fin à la crise.\n\n"
        "Les discussions, ouvertes vendredi en présence de quatorze dirigeants, ont plusieurs fois "
        "semblé sur le point d'échouer.",
    )
    talks = [(m.start, m.end) for m in an.meetings if m.kind == "negotiation"]
    assert ("2008-05-16", "2008-05-21") in talks, describe(an)


def test_a_tour_told_by_its_opening_day_may_still_be_under_way():
    an = run(
        "fr",
        "2022-07-27",
        "Emmanuel Macron a été reçu mardi 26 juillet par le président Paul Biya à Yaoundé.\n\n"
        "Sergueï Lavrov effectue lui aussi une tournée sur le continent, entamée dimanche en "
        "Égypte.",
    )
    tours = [m for m in an.meetings if m.start == "2022-07-24"]
    assert tours and tours[0].end is None, describe(an)


@pytest.mark.parametrize(
    "lang, text, place",
    [
        ("es", "Los presidentes se vieron en la cumbre de Lima en 2010.", "Lima"),
        ("pt", "A entrada foi adiada na cimeira de Luanda, em 2010.", "Luanda"),
        ("en", "The two leaders met at the Hanoi summit in February.", "Hanoi"),
    ],
)
def test_a_meeting_named_by_its_city_is_held_there(lang, text, place):
    an = run(lang, "2014-07-23", text)
    summits = [m for m in an.meetings if m.kind == "summit"]
    assert summits and summits[0].place == place, describe(an)


def _covers(an, participants, expected) -> bool:
    """Every expected id or knowledge-base id is one of `participants`."""
    named = set().union(*(keys(an, p) for p in participants)) if participants else set()
    return set(expected) <= named


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "en",
            "2024-07-04",
            "On Wednesday, Xi Jinping met Russian President Vladimir Putin, Kazakh President "
            "Kassym-Jomart Tokayev and Indian Prime Minister Narendra Modi in Astana.",
            {"xi-jinping", "vladimir-putin", "kassym-jomart-tokayev", "narendra-modi"},
            id="en-a-list-of-titled-names-after-the-verb",
        ),
        pytest.param(
            "en",
            "2021-09-03",
            "Egyptian President Abdel Fattah al-Sisi hosted Mahmoud Abbas and Jordan's King "
            "Abdullah in Cairo on Thursday.",
            {"abdel-fattah-al-sisi", "mahmoud-abbas", "abdullah"},
            id="en-a-country-s-king-in-the-list",
        ),
        pytest.param(
            "en",
            "2019-07-11",
            "Marcelo Ebrard led negotiations in Washington with Vice President Mike Pence and "
            "Secretary of State Mike Pompeo on Friday.",
            {"marcelo-ebrard", "mike-pence", "mike-pompeo"},
            id="en-with-two-titled-names",
        ),
    ],
)
def test_every_name_of_a_list_after_the_meeting_word_takes_part(lang, day, text, who):
    an = run(lang, day, text)
    assert an.meetings, describe(an)
    assert _covers(an, an.meetings[0].participants, who), describe(an)


def test_a_name_after_a_list_s_comma_and_a_verb_opens_another_clause():
    an = run(
        "en",
        "2022-06-10",
        "Joe Biden met on Thursday with Canadian Prime Minister Justin Trudeau, and Vice "
        "President Kamala Harris held talks with Argentine President Alberto Fernandez.",
    )
    met = [m for m in an.meetings if "justin-trudeau" in m.participants]
    assert met and "kamala-harris" not in met[0].participants, describe(an)


@pytest.mark.parametrize(
    "lang,day,text,country",
    [
        pytest.param(
            "en",
            "2022-01-21",
            "Britain, France and Germany back Kyiv. Ukraine's president met Antony Blinken in Kyiv "
            "on Wednesday. Blinken then held talks with his British, French and German "
            "counterparts in Berlin on Thursday.",
            {"united-kingdom", "france", "germany"},
            id="en-counterparts-named-by-their-adjectives",
        ),
        pytest.param(
            "es",
            "2023-04-12",
            "Irán y Arabia Saudí reabrirán sus embajadas. El ministro Hosein Amir Abdolahian se "
            "reunió el martes con las autoridades saudíes en Riad.",
            {"arabia-saudi"},
            id="es-the-authorities-after-their-adjective",
        ),
    ],
)
def test_people_named_by_their_country_s_adjective_bring_the_country(lang, day, text, country):
    an = run(lang, day, text)
    last = max(an.meetings, key=lambda m: m.evidence.start)
    assert _covers(an, last.participants, country), describe(an)


def test_a_country_s_adjective_before_a_titled_name_is_that_person_s_title():
    an = run(
        "pt",
        "2019-06-07",
        "O ministro Sergio Moro deve se reunir nas próximas semanas com a ministra argentina da "
        "Segurança, Patricia Bullrich, para discutir o tráfico de armas.",
    )
    assert an.meetings, describe(an)
    assert "patricia-bullrich" in an.meetings[0].participants, describe(an)


@pytest.mark.parametrize(
    "lang,text,who",
    [
        pytest.param(
            "pt",
            "Sócrates telefonou ao Presidente da República, Aníbal Cavaco Silva, para o informar.",
            {"jose-socrates", "anibal-cavaco-silva"},
            id="pt-telefonou-ao",
        ),
        pytest.param(
            "es",
            "Pedro Sánchez telefoneó al presidente de Francia, Emmanuel Macron, el lunes.",
            {"pedro-sanchez", "emmanuel-macron"},
            id="es-telefoneo-al",
        ),
        pytest.param(
            "fr",
            "Emmanuel Macron a téléphoné au président Joe Biden lundi.",
            {"emmanuel-macron", "joe-biden"},
            id="fr-a-telephone-au",
        ),
    ],
)
def test_a_phone_verb_before_a_contracted_article_is_a_call(lang, text, who):
    an = run(lang, "2023-05-04", text)
    calls = [m for m in an.meetings if m.kind == "call"]
    assert calls and _covers(an, calls[0].participants, who), describe(an)


@pytest.mark.parametrize(
    "lang,text,codes",
    [
        pytest.param(
            "fr",
            "Les chefs d'Etat de la Chine, de la Russie, du Kazakhstan et de l'Ouzbékistan ont "
            "signé vendredi à Shanghai la déclaration fondatrice de l'organisation.",
            {"CN", "RU", "KZ", "UZ"},
            id="fr-les-chefs-d-etat-de",
        ),
        pytest.param(
            "es",
            "Los cancilleres de Brasil, Argentina y Chile firmaron el viernes en Santiago una "
            "declaración sobre la crisis.",
            {"BR", "AR", "CL"},
            id="es-los-cancilleres-de",
        ),
    ],
)
def test_a_signing_by_a_plural_title_s_countries_is_a_meeting_of_them(lang, text, codes):
    an = run(lang, "2001-06-16", text)
    assert an.meetings, describe(an)
    got = {an.actor(p).country for p in an.meetings[0].participants}
    assert got == codes, describe(an)


@pytest.mark.parametrize(
    "text,place",
    [
        pytest.param(
            "Abe will travel to India on Sunday for talks with Modi in New Delhi.",
            "New Delhi",
            id="the-one-city-of-the-country-is-the-place",
        ),
        pytest.param(
            "Xi will fly to Uzbekistan on Sunday for a state visit that will take him to Tashkent "
            "and Samarkand.",
            "Uzbekistan",
            id="a-trip-to-two-cities-stays-in-the-country",
        ),
    ],
)
def test_a_trip_to_a_country_is_placed_in_the_one_city_its_sentence_names(text, place):
    an = run("en", "2014-11-11", text)
    visits = [m for m in an.meetings if m.kind == "visit"]
    assert visits and visits[0].place == place, describe(an)


@pytest.mark.parametrize(
    "lang,text,who",
    [
        pytest.param(
            "es",
            "El presidente de Estados Unidos, Bill Clinton, telefoneó de madrugada al dirigente "
            "unionista David Trimble.",
            {"bill-clinton", "david-trimble"},
            id="es-telefoneo-de-madrugada-al",
        ),
        pytest.param(
            "pt",
            "Lula telefonou ontem ao presidente Joe Biden.",
            {"luiz-inacio-lula-da-silva", "joe-biden"},
            id="pt-telefonou-ontem-ao",
        ),
    ],
)
def test_a_phone_verb_with_an_adverb_before_its_partner_is_a_call(lang, text, who):
    an = run(lang, "1998-04-11", text)
    calls = [m for m in an.meetings if m.kind == "call"]
    assert calls and _covers(an, calls[0].participants, who), describe(an)


@pytest.mark.parametrize(
    "lang,text,start",
    [
        pytest.param(
            "pt",
            "Timor-Leste, que restaurou a independência em 20 de maio de 2002, obteve, em "
            "novembro de 2022, na cimeira de Phnom Penh, a aprovação de princípio.",
            "2022-11",
            id="pt-fronted-month-before-cimeira",
        ),
        pytest.param(
            "en",
            "Timor-Leste, which regained independence on May 20, 2002, won, in November 2022, "
            "at the summit in Phnom Penh, approval in principle to join.",
            "2022-11",
            id="en-fronted-month-before-summit",
        ),
        pytest.param(
            # no comma before the year: it belongs to the noun before ("un plan hasta 2012")
            "es",
            "Los líderes clausuraron el 18 de mayo de 2010 en Madrid su cumbre con un plan de "
            "acción hasta 2012, en una cita marcada por la ausencia de varios mandatarios.",
            "2010-05-18",
            id="es-year-of-another-noun",
        ),
    ],
)
def test_a_month_set_off_by_commas_right_before_a_meeting_noun_dates_it(lang, text, start):
    an = run(lang, "2025-10-26", text)
    assert an.meetings and an.meetings[0].start == start, describe(an)


@pytest.mark.parametrize(
    "text,who",
    [
        pytest.param(
            "Prime Minister Girija Prasad Koirala and Maoist chief Pushpa Kamal Dahal signed the "
            "accord at the Birendra International Convention Centre on Tuesday.",
            {"girija-prasad-koirala", "pushpa-kamal-dahal"},
            id="en-and-a-lowercase-title-before-the-second-signer",
        ),
        pytest.param(
            "Nepal's government and Maoist rebels signed a comprehensive peace agreement on "
            "Tuesday.",
            {"nepali-government"},
            id="en-a-named-side-and-a-side-told-by-a-noun-phrase",
        ),
    ],
)
def test_a_signing_by_two_sides_is_a_meeting(text, who):
    an = run("en", "2006-11-22", text)
    assert an.meetings, describe(an)
    m = an.meetings[0]
    assert m.start == "2006-11-21" and _covers(an, m.participants, who), describe(an)


@pytest.mark.parametrize(
    "lang,day,text,start,place",
    [
        pytest.param(
            "fr",
            "2013-02-25",
            "Onze pays africains ont signé, dimanche 24 février, à Addis-Abeba, un accord-cadre "
            "pour la paix.",
            "2013-02-24",
            "Addis-Abeba",
            id="fr-counted-countries-sign-on-a-day-at-a-place",
        ),
        pytest.param(
            "pt",
            "2016-10-15",
            "Os principais atores políticos guineenses assinaram na sexta-feira em Conacri um "
            "acordo para sair da crise.",
            "2016-10-14",
            "Conacri",
            id="pt-a-plural-noun-phrase-signs-at-a-place",
        ),
        pytest.param(
            "es",
            "1992-01-17",
            "Los negociadores de ambos bandos firmaron el jueves en Ciudad de México el acuerdo "
            "final.",
            "1992-01-16",
            "Ciudad de México",
            id="es-negotiators-sign-on-a-day-at-a-place",
        ),
    ],
)
def test_parties_in_the_plural_signing_on_a_day_at_a_place_met(lang, day, text, start, place):
    an = run(lang, day, text)
    assert an.meetings, describe(an)
    m = an.meetings[0]
    assert m.start == start and m.place == place, describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        # a day but no place: a document signed, not a ceremony told
        pytest.param("fr", "Les députés ont signé lundi une pétition.", id="fr-no-place"),
        # a place but no day
        pytest.param("es", "Los vecinos firmaron en Madrid una carta.", id="es-no-day"),
        # one party in the singular: "firmó" is no ceremony form
        pytest.param("es", "El presidente firmó el lunes en Lima el decreto.", id="es-singular"),
    ],
)
def test_a_plural_signing_without_a_day_and_a_place_is_no_meeting(lang, text):
    an = run(lang, "2020-03-04", text)
    assert not an.meetings, describe(an)


def test_an_adverb_inside_a_passive_meeting_verb():
    an = run(
        "en",
        "2024-04-23",
        "Erdogan was also received by Iraqi President Abdul Latif Rashid on Monday.",
    )
    assert an.meetings, describe(an)
    m = an.meetings[0]
    assert m.start == "2024-04-22" and {"recep-tayyip-erdogan", "abdul-latif-rashid"} <= set(
        m.participants
    ), describe(an)


def test_the_date_word_of_a_trip_makes_its_purpose_no_new_meeting():
    # «el próximo martes» dates the trip; «próximo» there does not announce a new meeting
    an = run(
        "es",
        "2019-01-11",
        "Borrell, que viajará el próximo martes a Argel para reunirse con su homólogo argelino, "
        "Abdelkader Messahel, defendió la estabilidad del Magreb.",
    )
    assert len(an.meetings) == 1, describe(an)
    m = an.meetings[0]
    assert (m.kind, m.start, m.place) == ("visit", "2019-01-15", "Argel"), describe(an)
    assert "abdelkader-messahel" in m.participants, describe(an)


def test_a_meeting_dated_next_month_after_one_held_is_a_new_one():
    an = run(
        "es",
        "2019-01-11",
        "Borrell y Messahel se reunieron el lunes en Argel y acordaron volver a reunirse el "
        "próximo mes.",
    )
    assert [m.start for m in an.meetings] == ["2019-01-07", "2019-02"], describe(an)


@pytest.mark.parametrize(
    "lang,text,start",
    [
        pytest.param(
            "es", "Menem y Aylwin acordaron reunirse en octubre en Santiago.", "1991-10", id="es"
        ),
        pytest.param(
            "pt",
            "Os presidentes Collor e Menem combinaram voltar a se reunir em outubro, em Brasília.",
            "1991-10",
            id="pt-voltar-a-se-reunir",
        ),
        pytest.param(
            "en", "Menem and Aylwin agreed to meet in October in Santiago.", "1991-10", id="en"
        ),
    ],
)
def test_a_meeting_agreed_on_lies_ahead(lang, text, start):
    an = run(lang, "1991-03-27", text)
    assert an.meetings, describe(an)
    m = an.meetings[0]
    assert (m.start, m.status) == (start, "planned"), describe(an)


@pytest.mark.parametrize(
    "lang,text,forum",
    [
        pytest.param(
            "es",
            "Gaviria convocará al Consejo Permanente de la OEA en Washington en los próximos días.",
            "Consejo Permanente de la OEA",
            id="es-convocar-al-consejo",
        ),
        pytest.param(
            "en",
            "Annan will convene the Security Council on Friday.",
            "UN Security Council",
            id="en-convene-the-council",
        ),
    ],
)
def test_convening_a_forum_is_a_session_of_it(lang, text, forum):
    an = run(lang, "2001-09-12", text)
    assert [(m.kind, m.forum) for m in an.meetings] == [("session", forum)], describe(an)


def test_summoning_an_ambassador_is_no_session():
    an = run("es", "2001-09-12", "El Gobierno convocó al embajador de Israel el lunes.")
    assert not any(m.kind == "session" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param("fr", "Les dirigeants se retrouveront dans deux ans à Ouagadougou.", id="fr"),
        pytest.param("en", "The leaders will meet again in two years in Ouagadougou.", id="en"),
    ],
)
def test_a_meeting_counted_years_ahead_is_dated_by_the_year(lang, text):
    an = run(lang, "2002-10-21", text)
    assert [m.start for m in an.meetings] == ["2004"], describe(an)


def test_an_adverb_between_would_and_a_travel_verb():
    an = run(
        "en", "2016-10-21", "Daniel Russel would still travel to Manila this weekend as planned."
    )
    assert [(m.kind, m.start, m.end, m.place) for m in an.meetings] == [
        ("visit", "2016-10-22", "2016-10-23", "Manila")
    ], describe(an)


def test_a_negation_after_an_auxiliary_is_no_meeting():
    an = run("en", "2016-10-21", "Russel has not met Duterte.")
    assert not an.meetings, describe(an)


def test_a_trip_told_as_a_reported_plan_is_a_visit():
    an = run("en", "1990-04-07", "Mandela would fly to Lusaka on Sunday to consult the leaders.")
    assert [(m.kind, m.start, m.place) for m in an.meetings] == [
        ("visit", "1990-04-08", "Lusaka")
    ], describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "Vajpayee was due to fly back to New Delhi later on Tuesday.",
        "Rouhani was driven to the airport to fly home to Tehran.",
    ],
)
def test_going_home_is_no_visit(text):
    an = run("en", "2004-01-07", text)
    assert not any(m.kind == "visit" for m in an.meetings), describe(an)


def test_a_trip_to_a_country_s_capital_told_by_its_demonym():
    an = run("en", "1990-04-07", "Mandela will fly to the Zambian capital on Sunday.")
    assert [m.place for m in an.meetings] == ["Lusaka"], describe(an)


def test_a_convention_centre_is_a_place():
    an = run(
        "en",
        "2006-11-22",
        "The leaders signed the accord at the Birendra International Convention Centre.",
    )
    kinds = {a.name: a.kind for a in an.actors}
    assert kinds.get("Birendra International Convention Centre") == "place", kinds


@pytest.mark.parametrize(
    "lang,day,text,start,place",
    [
        pytest.param(
            "es",
            "1992-01-15",
            "Su mandato lo amplió el martes por unanimidad el Consejo de Seguridad, reunido en "
            "Nueva York.",
            "1992-01-14",
            "Nueva York",
            id="es-a-body-reunido-en",
        ),
        pytest.param(
            "es",
            "2002-07-10",
            "Los ministros de Asuntos Exteriores, reunidos desde el lunes en Durban, aprobaron "
            "el texto.",
            "2002-07-08",
            "Durban",
            id="es-reunidos-desde",
        ),
        pytest.param(
            "pt",
            "2002-05-18",
            "A missão foi aprovada pelo Conselho de Segurança, reunido ontem em Nova Iorque.",
            "2002-05-17",
            "Nova York",  # the knowledge base's Portuguese name of New York
            id="pt-reunido-ontem-em",
        ),
        pytest.param(
            "fr",
            "2015-07-15",
            "Le Conseil de sécurité, réuni en urgence mardi, a condamné l'attaque.",
            "2015-07-14",
            None,
            id="fr-reuni-en",
        ),
    ],
)
def test_a_participle_aside_of_meeting_is_a_meeting(lang, day, text, start, place):
    an = run(lang, day, text)
    assert an.meetings and an.meetings[0].start == start, describe(an)
    assert an.meetings[0].place == place, describe(an)


def test_a_day_named_again_by_an_anaphor_is_one_meeting():
    an = run(
        "es",
        "1999-02-24",
        "El 20 de febrero, los ministros del Grupo de Contacto, reunidos ese día en el castillo, "
        "acordaron ampliarlo.",
    )
    assert [m.start for m in an.meetings] == ["1999-02-20"], describe(an)


def test_a_list_of_written_days_shares_the_clause_before_its_first_day():
    an = run(
        "en",
        "2022-03-29",
        "Earlier rounds between the delegations were held in Belarus on Feb. 28, March 3 and "
        "March 7.",
    )
    got = [(m.kind, m.start, m.place) for m in an.meetings]
    assert got == [
        ("negotiation", "2022-02-28", "Belarus"),
        ("negotiation", "2022-03-03", "Belarus"),
        ("negotiation", "2022-03-07", "Belarus"),
    ], describe(an)
    assert all(not m.participants for m in an.meetings), describe(an)


def test_a_counted_day_after_a_written_one_is_no_list():
    # "on Nov. 30, and six days later …": the second meeting has a clause of its own
    an = run(
        "en",
        "2015-12-26",
        "Modi and Sharif held a brief conversation on the sidelines of the climate summit in "
        "Paris on Nov. 30, and six days later their national security advisers met quietly in "
        "Bangkok.",
    )
    later = [m for m in an.meetings if m.start == "2015-12-06"]
    assert later and later[0].place == "Bangkok", describe(an)


@pytest.mark.parametrize(
    "lang,day,text,start,place",
    [
        pytest.param(
            "pt",
            "2000-03-25",
            "Os chefes de Estado e de Governo encerraram ontem em Lisboa o Conselho Europeu "
            "extraordinário dedicado ao emprego.",
            "2000-03-24",
            "Lisboa",
            id="pt-conselho-europeu-extraordinario",
        ),
        pytest.param(
            "fr",
            "2002-12-14",
            "Le compromis arraché par Jacques Chirac au Conseil européen de Bruxelles, en octobre, "
            "tient toujours.",
            "2002-10",
            "Bruxelles",
            id="fr-au-conseil-europeen-de",
        ),
        pytest.param(
            "es",
            "2024-03-10",
            "Sánchez defenderá su propuesta en el Consejo Europeo de los días 21 y 22 de marzo en "
            "Bruselas.",
            "2024-03-21",
            "Bruselas",
            id="es-en-el-consejo-europeo-de-los-dias",
        ),
    ],
)
def test_the_european_council_after_a_preposition_is_a_summit(lang, day, text, start, place):
    an = run(lang, day, text)
    summits = [m for m in an.meetings if m.kind == "summit"]
    assert summits and summits[0].start == start and summits[0].place == place, describe(an)


def test_the_european_council_as_a_subject_is_no_summit():
    an = run("es", "2024-03-10", "El Consejo Europeo pidió a Israel un alto el fuego inmediato.")
    assert not [m for m in an.meetings if m.kind == "summit"], describe(an)


def test_the_previous_cycle_of_talks_is_a_round():
    an = run(
        "fr",
        "2013-11-24",
        "Les négociateurs avaient frôlé un accord lors du précédent cycle, du 7 au 9 novembre dans "
        "cette même ville.",
    )
    rounds = [m for m in an.meetings if m.kind == "negotiation"]
    assert rounds and (rounds[0].start, rounds[0].end) == ("2013-11-07", "2013-11-09"), describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "es",
            "El presidente del Consejo Europeo, Charles Michel, dijo que la UE apoya a Armenia.",
        ),
        (
            "fr",
            "Le président du Conseil européen, Charles Michel, a dit que l'UE soutient l'Arménie.",
        ),
        ("pt", "O presidente do Conselho Europeu, Charles Michel, disse que a UE apoia a Arménia."),
    ],
)
def test_the_european_council_inside_a_title_is_no_summit(lang, text):
    an = run(lang, "2023-10-06", text)
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    "text,found",
    [
        ("A decisão foi tomada ontem, no primeiro dia da cimeira dos 27, em Bruxelas.", True),
        ("Os dois presidentes não se reuniram ontem em Bruxelas.", False),
    ],
)
def test_portuguese_no_is_in_the_and_nao_is_the_negation(text, found):
    an = run("pt", "2024-06-28", text)
    assert bool(an.meetings) == found, describe(an)


def test_at_the_end_of_a_two_day_meeting_ends_on_the_day_told():
    an = run(
        "en",
        "2008-05-29",
        "The five Arctic coastal states adopted the declaration on Wednesday at the end of a "
        "two-day meeting in Ilulissat.",
    )
    assert an.meetings and (an.meetings[0].start, an.meetings[0].end) == (
        "2008-05-27",
        "2008-05-28",
    ), describe(an)


@pytest.mark.parametrize(
    "lang,text,place",
    [
        ("es", "Ayer, Evo Morales viajó al Líbano.", "Líbano"),
        ("pt", "Ontem, Lula viajou ao Líbano.", "Líbano"),
        (
            "es",
            "Ayer, el rey Juan Carlos había recibido al dirigente aimara Evo Morales en el Palacio "
            "de la Zarzuela.",
            "Zarzuela",
        ),
    ],
)
def test_a_meeting_verb_s_preposition_may_be_contracted_with_the_article(lang, text, place):
    an = run(lang, "2006-01-05", text)
    assert an.meetings and an.meetings[0].place == place, describe(an)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "fr",
            "1998-06-28",
            "Bill Clinton a été accueilli samedi en grande pompe à Pékin par Jiang Zemin.",
            {"bill-clinton", "jiang-zemin"},
            id="fr-a-ete-accueilli-par",
        ),
        pytest.param(
            "en",
            "2017-07-14",
            "On Thursday evening, Emmanuel Macron dined with Donald Trump at a restaurant.",
            {"emmanuel-macron", "donald-trump"},
            id="en-dined-with",
        ),
        pytest.param(
            "es",
            "2017-07-14",
            "El jueves, Emmanuel Macron cenó con Donald Trump en un restaurante.",
            {"emmanuel-macron", "donald-trump"},
            id="es-ceno-con",
        ),
        pytest.param(
            "pt",
            "2017-07-14",
            "Na quinta-feira, Emmanuel Macron jantou com Donald Trump num restaurante.",
            {"emmanuel-macron", "donald-trump"},
            id="pt-jantou-com",
        ),
    ],
)
def test_a_meal_together_or_a_welcome_by_someone_is_a_meeting(lang, day, text, who):
    an = run(lang, day, text)
    assert an.meetings and _covers(an, an.meetings[0].participants, who), describe(an)


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Blinken called on President Ferdinand Marcos Jr. at Malacañang Palace on Tuesday.",
            {"antony-blinken", "ferdinand-marcos-jr"},
        ),
        ("Later that day, Moon Jae-in called on Kim Yong Nam.", {"moon-jae-in", "kim-yong-nam"}),
    ],
)
def test_calling_on_a_host_is_a_meeting(text, who):
    an = run("en", "2018-09-19", text)
    assert len(an.meetings) == 1 and _covers(an, an.meetings[0].participants, who), describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken called on Russia to withdraw its troops from Ukraine.",
        "Blinken called on China, which has backed Moscow since the invasion, for restraint.",
        "The Secretary-General calls on all parties not to escalate.",
    ],
)
def test_calling_on_someone_to_act_is_a_demand_not_a_meeting(text):
    an = run("en", "2023-03-01", text)
    assert not an.meetings, describe(an)


def test_the_meeting_words_inside_a_demand_still_count():
    # "calling on … to join" blocks the courtesy call, not the talks it mentions
    an = run(
        "en",
        "2014-03-27",
        "The two sides held talks in Kuala Lumpur on Monday, calling on other groups to join.",
    )
    assert [m.start for m in an.meetings] == ["2014-03-24"], describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start",
    [
        pytest.param(
            "en",
            "2008-09-16",
            "The leaders met in Harare on Monday, six months after the presidential election "
            "on March 15.",
            "2008-09-15",
            id="en-election-on",
        ),
        pytest.param(
            "en",
            "2021-04-25",
            "Min Aung Hlaing, who led the Feb. 1 takeover, met ASEAN leaders in Jakarta.",
            None,
            id="en-date-before-takeover",
        ),
        pytest.param(
            "es",
            "1998-04-11",
            "Los negociadores se reunieron en Belfast antes del referéndum del 22 de mayo.",
            None,
            id="es-referendum-del",
        ),
        pytest.param(
            "pt",
            "1999-05-06",
            "Os ministros reuniram-se em Nova Iorque para preparar a consulta popular marcada "
            "para 8 de agosto.",
            None,
            id="pt-consulta-marcada-para",
        ),
        pytest.param(
            "fr",
            "1992-01-16",
            "Les deux parties se sont réunies à Mexico ; le cessez-le-feu entrera en vigueur "
            "le 1er février.",
            None,
            id="fr-entree-en-vigueur",
        ),
        pytest.param(
            "fr",
            "2007-03-05",
            "Les deux camps se sont réunis à Ouagadougou, comme l'avait proposé M. Gbagbo dans un "
            "discours à la nation le 19 décembre.",
            None,
            id="fr-speech-le",
        ),
        pytest.param(
            "es",
            "2012-03-10",
            "Los ministros se reunieron en Ginebra tras la dimisión del enviado especial el 3 de "
            "marzo.",
            None,
            id="es-resignation-el",
        ),
        pytest.param(
            "en",
            "2012-03-10",
            "The ministers met in Geneva after the envoy's resignation on March 3.",
            None,
            id="en-resignation-on",
        ),
        pytest.param(
            "pt",
            "2012-03-10",
            "Os ministros reuniram-se em Genebra após a renúncia do enviado em 3 de março.",
            None,
            id="pt-resignation-em",
        ),
    ],
)
def test_the_date_of_an_election_a_coup_a_speech_or_an_entry_into_force_is_not_the_meeting_s(
    lang, day, text, start
):
    an = run(lang, day, text)
    assert len(an.meetings) == 1 and an.meetings[0].start == start, describe(an)


@pytest.mark.parametrize(
    "lang, text, place",
    [
        (
            "fr",
            "Les membres de l'OCS se retrouveront l'an prochain en Russie pour un nouveau sommet.",
            "Russie",
        ),
        ("es", "Los líderes se reunirán el año próximo en Rusia para una nueva cumbre.", "Rusia"),
        (
            "pt",
            "Os líderes vão reunir-se no próximo ano na Rússia para uma nova cimeira.",
            "Rússia",
        ),
    ],
)
def test_a_meeting_noun_that_is_the_purpose_of_a_meeting_verb_is_the_same_meeting(
    lang, text, place
):
    an = run(lang, "2001-06-16", text)
    assert [(m.kind, m.start) for m in an.meetings] == [("summit", "2002")], describe(an)
    assert an.meetings[0].place == place, describe(an)


def test_a_journey_for_a_meeting_keeps_its_own_length():
    an = run("en", "2016-10-20", "Duterte is due in Tokyo next Tuesday for a three-day visit.")
    assert [(m.kind, m.start, m.end) for m in an.meetings] == [
        ("visit", "2016-10-25", "2016-10-27")
    ], describe(an)


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("en", "Hans Blix briefed the Security Council on Friday.", "2003-02-14"),
        (
            "es",
            "Hans Blix y Mohamed El Baradei informaron este viernes al Consejo de Seguridad de que "
            "no han encontrado armas en Irak.",
            "2003-02-14",
        ),
        ("pt", "Hans Blix informou na sexta-feira o Conselho de Segurança.", "2003-02-14"),
    ],
)
def test_briefing_a_forum_is_a_session_of_it(lang, text, start):
    an = run(lang, "2003-02-15", text)
    assert [(m.kind, m.start) for m in an.meetings] == [("session", start)], describe(an)
    assert an.meetings[0].forum, describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Hans Blix briefed reporters on Friday."),
        (
            "es",
            "El paquete añade restricciones, según ha informado el Consejo de la UE el viernes.",
        ),
    ],
)
def test_briefing_nobody_or_a_forum_informing_is_no_session(lang, text):
    an = run(lang, "2003-02-15", text)
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    "lang, day, text, kind, start",
    [
        (
            "es",
            "2003-02-15",
            "Hans Blix y Mohamed El Baradei habían viajado el pasado fin de semana a Bagdad.",
            "visit",
            "2003-02-08",
        ),
        (
            "fr",
            "2007-12-05",
            "En novembre, Abdelaziz Bouteflika avait téléphoné à son homologue français, Nicolas "
            "Sarkozy.",
            "call",
            "2007-11",
        ),
    ],
)
def test_a_form_listed_with_one_perfect_auxiliary_has_them_all(lang, day, text, kind, start):
    an = run(lang, day, text)
    assert [(m.kind, m.start) for m in an.meetings] == [(kind, start)], describe(an)


def test_a_held_meeting_takes_no_place_from_a_trip_planned_the_same_day():
    an = run(
        "en",
        "2025-04-04",
        "BANGKOK (AP) — Narendra Modi met Muhammad Yunus on Friday. Friday's summit adopted a "
        "blueprint. The Indian leader was due to fly later Friday to Colombo, where he will hold "
        "talks with Anura Kumara Dissanayake on Saturday.",
    )
    summit = next(m for m in an.meetings if m.kind == "summit")
    assert (summit.place or "").lower() == "bangkok", describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "La veille au soir, Sergio Mattarella avait offert un dîner en l'honneur d'Emmanuel "
            "Macron.",
        ),
        ("es", "La víspera, Sergio Mattarella ofreció una cena en honor de Emmanuel Macron."),
        ("pt", "Na véspera, Sergio Mattarella ofereceu um jantar a Emmanuel Macron."),
        ("en", "On Thursday evening, Sergio Mattarella gave a dinner for Emmanuel Macron."),
    ],
)
def test_a_meal_offered_to_a_guest_is_a_meeting(lang, text):
    an = run(lang, "2021-11-26", text)
    assert [(m.kind, m.start) for m in an.meetings] == [("meeting", "2021-11-25")], describe(an)


def test_concertations_are_consultations():
    an = run(
        "fr",
        "2021-09-17",
        "Depuis mardi, la junte mène au Palais du peuple des concertations nationales avec les "
        "partis.",
    )
    assert [(m.kind, m.start) for m in an.meetings] == [("consultation", "2021-09-14")], describe(
        an
    )


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "Mauricio Macri aceitou o convite e deve desembarcar em Brasília no início do mês que "
            "vem.",
            "2015-12",
        ),
        (
            "es",
            "Mauricio Macri aceptó la invitación y tiene previsto aterrizar en Brasilia el 4 de "
            "diciembre.",
            "2015-12-04",
        ),
    ],
    ids=["pt-deve-desembarcar-em", "es-aterrizar-en"],
)
def test_landing_somewhere_after_a_modal_is_a_planned_visit(lang, text, start):
    an = run(lang, "2015-11-24", text)
    visits = [m for m in an.meetings if m.kind == "visit"]
    assert visits and visits[0].start == start and visits[0].status == "planned", describe(an)


@pytest.mark.parametrize(
    ("text", "who", "start"),
    [
        (
            "Nicolas Sarkozy s'est d'abord entretenu dans la matinée avec son homologue "
            "sénégalais, Abdoulaye Wade.",
            {"nicolas-sarkozy", "abdoulaye-wade"},
            "2007-07-27",  # «dans la matinée»: the morning of the filing day
        ),
        (
            "Emmanuel Macron et Angela Merkel s'étaient déjà retrouvés le 29 juin à Meseberg.",
            {"emmanuel-macron", "angela-merkel"},
            "2007-06-29",
        ),
    ],
    ids=["s-est-d-abord-entretenu", "s-etaient-deja-retrouves"],
)
def test_an_adverb_inside_a_pronominal_verb_s_compound_tense_keeps_the_meeting(text, who, start):
    an = run("fr", "2007-07-27", text)
    found = [m for m in an.meetings if who <= {k for p in m.participants for k in keys(an, p)}]
    assert found and found[0].status == "held" and found[0].start == start, describe(an)


def test_agreeing_to_meet_again_dates_the_meeting_ahead_in_french():
    an = run(
        "fr",
        "2012-05-25",
        "L'Iran et les grandes puissances se sont séparés jeudi soir à Bagdad, en convenant de "
        "se retrouver les 18 et 19 juin à Moscou.",
    )
    assert any(m.start == "2012-06-18" and m.end == "2012-06-19" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Joe Biden y Xi Jinping se reunieron este sábado en Lima, en lo que será su último "
            "encuentro antes de que Donald Trump regrese a la Casa Blanca el próximo 20 de enero.",
        ),
        (
            "fr",
            "Joe Biden et Xi Jinping se sont réunis samedi à Lima, leur dernière rencontre avant "
            "que Donald Trump ne revienne à la Maison Blanche le 20 janvier.",
        ),
    ],
    ids=["es-antes-de-que", "fr-avant-que"],
)
def test_a_day_in_a_clause_of_its_own_after_a_meeting_is_not_that_meeting_s(lang, text):
    an = run(lang, "2024-11-16", text)
    assert an.meetings and all(m.start != "2025-01-20" for m in an.meetings), describe(an)


def test_a_session_of_a_summit_is_the_summit():
    an = run(
        "es", "2012-11-17", "Rajoy intervino ayer en la sesión de apertura de la cumbre, en Cádiz."
    )
    assert [m.kind for m in an.meetings] == ["summit"], describe(an)


def test_speaking_alongside_someone_is_meeting_them():
    an = run(
        "en",
        "2019-08-22",
        "Speaking alongside Boris Johnson at the Chancellery in Berlin on Wednesday evening, "
        "Angela Merkel said a solution could be found.",
    )
    found = [m for m in an.meetings if {"boris-johnson", "angela-merkel"} <= set(m.participants)]
    assert found and found[0].start == "2019-08-21" and found[0].status == "held", describe(an)


def test_explaining_oneself_before_a_parliament_is_a_session_of_it():
    an = run(
        "fr", "2011-12-09", "David Cameron doit s'expliquer lundi devant la Chambre des communes."
    )
    sessions = [m for m in an.meetings if m.kind == "session"]
    assert sessions and sessions[0].start == "2011-12-12" and sessions[0].status == "planned", (
        describe(an)
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les Vingt-Six espèrent finaliser le traité lors du prochain Conseil européen."),
        ("es", "Los Veintisiete esperan cerrar el tratado en el próximo Consejo Europeo."),
    ],
    ids=["fr-lors-du-prochain", "es-en-el-proximo"],
)
def test_the_next_european_council_after_a_contraction_is_a_planned_summit(lang, text):
    an = run(lang, "2011-12-09", text)
    assert [(m.kind, m.status) for m in an.meetings] == [("summit", "planned")], describe(an)


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        (
            "pt",
            "A conferência, aberta no dia 6 em Sharm el-Sheikh, termina hoje.",
            "2022-11-06",
            None,
        ),
        ("en", "The Bonn conference on Afghanistan will open on Friday.", "2022-11-18", None),
    ],
    ids=["pt-a-conferencia-aberta-no-dia-6", "en-the-bonn-conference"],
)
def test_a_conference_is_a_meeting(lang, text, start, end):
    an = run(lang, "2022-11-16", text)
    assert any(m.start == start for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Biden told a press conference on Monday that sanctions would stay."),
        ("es", "Sheinbaum celebró el acuerdo el lunes durante su conferencia matutina."),
        ("fr", "Macron a annoncé lundi en conférence de presse une aide nouvelle."),
        ("pt", "Lula falou na segunda-feira numa conferência de imprensa em Brasília."),
        ("en", "The two aides held a conference call on Monday."),
    ],
    ids=[
        "en-press-conference",
        "es-conferencia-matutina",
        "fr-conference-de-presse",
        "pt-conferencia-de-imprensa",
        "en-conference-call",
    ],
)
def test_a_press_conference_is_no_conference_meeting(lang, text):
    an = run(lang, "2022-11-16", text)
    assert not [m for m in an.meetings if m.kind == "summit"], describe(an)


def test_an_adverb_inside_the_tense_keeps_a_verb_of_several_words_whole():
    # «s'était lui aussi entretenu au téléphone»: one call, not a call and a meeting
    an = run(
        "fr",
        "1998-09-28",
        "Lionel Jospin s'était lui aussi entretenu au téléphone avec Gerhard Schröder dimanche.",
    )
    assert [(m.kind, m.start) for m in an.meetings] == [("call", "1998-09-27")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Washington, Londres et Paris ont accueilli cette annonce avec scepticisme."),
        ("pt", "Washington, Londres e Paris receberam esse anúncio com ceticismo."),
    ],
)
def test_a_demonstrative_and_a_thing_after_a_hosting_verb_is_no_visit(lang, text):
    assert run(lang, "2011-03-18", text).meetings == ()


def test_a_demonstrative_and_people_after_a_hosting_verb_is_a_visit():
    an = run("fr", "2011-03-18", "Le président Nicolas Sarkozy a reçu cette délégation à l'Élysée.")
    assert [m.kind for m in an.meetings] == ["visit"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Michel Temer participa da cúpula do BRICS, que foi aberta ontem e termina amanhã."),
        (
            "es",
            "Mauricio Macri participa en la cumbre del G20, que fue inaugurada ayer y termina mañana.",
        ),
        (
            "fr",
            "Emmanuel Macron participe au sommet du G20, qui a été ouvert hier et s'achève demain.",
        ),
    ],
)
def test_a_meeting_opened_in_the_passive_runs_to_its_end_day(lang, text):
    an = run(lang, "2017-09-04", text)
    assert [(m.start, m.end) for m in an.meetings] == [("2017-09-03", "2017-09-05")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "Egipto acogerá a finales de este mes una nueva ronda de negociaciones."),
        ("es", "Egipto prevé acoger una nueva ronda de negociaciones indirectas."),
    ],
)
def test_meeting_nouns_that_overlap_in_a_chain_are_one_meeting(lang, text):
    # «nueva ronda» and «ronda de negociaciones» overlap: one round, not a round and talks
    an = run(lang, "2014-10-13", text)
    assert len(an.meetings) == 1
    assert an.meetings[0].kind == "negotiation"


@pytest.mark.parametrize(
    "lang,day,text,start",
    [
        (
            "en",
            "2010-11-14",
            "The United States will host next year's gathering in Honolulu in November.",
            "2011-11",
        ),
        (
            "es",
            "2010-11-14",
            "Chile acogerá la cumbre del año próximo en Santiago en marzo.",
            "2011-03",
        ),
    ],
)
def test_a_month_without_its_year_takes_the_year_told_beside_it(lang, day, text, start):
    an = run(lang, day, text)
    assert [m.start for m in an.meetings] == [start]


def test_a_month_in_another_clause_keeps_its_own_year():
    an = run(
        "en",
        "2023-03-10",
        "Liz Truss and Emmanuel Macron met in Prague in October, where they agreed to hold this "
        "year's summit in France.",
    )
    assert "2022-10" in [m.start for m in an.meetings]


def test_a_verb_that_holds_a_meeting_dates_it_rather_than_a_statement():
    # «la videoconferencia que … mantuvieron el 14 de septiembre»: «mantener» holds the call
    an = run(
        "es",
        "2020-09-21",
        "Los líderes hablaron de la videoconferencia que Charles Michel y Angela Merkel "
        "mantuvieron el 14 de septiembre con el presidente chino, Xi Jinping.",
    )
    assert [(m.kind, m.start) for m in an.meetings] == [("call", "2020-09-14")]


@pytest.mark.parametrize(
    "lang,day,text",
    [
        (
            "fr",
            "0001-01-02",
            "Les négociations entre Paris et Berlin se sont achevées hier après trois jours de "
            "discussions.",
        ),
        (
            "en",
            "0001-01-07",
            "Modi met Zelenskyy in Kyiv on Friday, a day after he held talks with Polish Prime "
            "Minister Donald Tusk in Warsaw.",
        ),
    ],
)
def test_a_span_or_a_count_past_the_calendar_s_first_day_drops_only_that_reading(lang, day, text):
    # found by fuzzing the samples with publication dates 0001-01-01 … 9999-12-31
    an = run(lang, day, text)
    assert an.meetings and all(m.start and m.start.startswith("0001-01") for m in an.meetings)


def test_a_partner_with_his_capitalised_title_is_coordinated_with_the_name_before():
    an = run(
        "en",
        "2010-07-16",
        "Armenian President Serzh Sarkisian and his Azerbaijani counterpart Ilham Aliyev held "
        "several hours of talks with Medvedev in Kazan on Thursday.",
    )
    (m,) = an.meetings
    assert same_actors(an, m.participants, ["serzh-sarkisian", "ilham-aliyev", "dmitry-medvedev"])


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        (
            "es",
            "2000-12-15",
            "Putin, el primer jefe del Kremlin que pisa Cuba desde la desintegración de la URSS, "
            "mantuvo en el Palacio de la Revolución una ronda de conversaciones con Fidel Castro.",
            ["vladimir-putin", "fidel-castro"],
        ),
        (
            "pt",
            "2010-05-18",
            "O presidente Lula chegou a Teerã no sábado. No domingo, teve uma longa reunião com "
            "Ahmadinejad.",
            ["luiz-inacio-lula-da-silva", "mahmoud-ahmadinejad"],
        ),
    ],
)
def test_the_subject_of_the_verb_holding_a_meeting_noun_takes_part(lang, day, text, who):
    an = run(lang, day, text)
    m = next(x for x in an.meetings if x.kind != "visit")
    assert same_actors(an, m.participants, who)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        (
            # a meeting noun in a complement is not the verb's object
            "en",
            "2019-06-30",
            "Negotiations collapsed in May after a round of talks in Washington between U.S. "
            "Trade Representative Robert Lighthizer and Chinese Vice Premier Liu He.",
            ["robert-lighthizer", "liu-he"],
        ),
        (
            # nor after a copula
            "es",
            "2016-09-14",
            "Fue la primera reunión entre Mauricio Macri y Theresa May desde que ambos llegaron "
            "al poder.",
            ["mauricio-macri", "theresa-may"],
        ),
    ],
)
def test_a_meeting_noun_that_no_verb_holds_keeps_the_people_named_with_it(lang, day, text, who):
    an = run(lang, day, text)
    m = an.meetings[-1]
    assert same_actors(an, m.participants, who)


@pytest.mark.parametrize(
    "lang,day,text,place",
    [
        (
            "fr",
            "2013-06-19",
            "Les négociations entre Bamako et les rebelles touareg se sont ouvertes lundi dans la "
            "capitale burkinabée.",
            "Ouagadougou",
        ),
        (
            "es",
            "2013-06-19",
            "El canciller se reunió el lunes en la capital ivoriana con su homólogo.",
            "Yamusukro",
        ),
    ],
)
def test_a_capital_named_by_its_country_s_adjective_in_any_gender_is_the_meeting_s_place(
    lang, day, text, place
):
    an = run(lang, day, text)
    assert [m.place for m in an.meetings] == [place]


@pytest.mark.parametrize(
    "lang,day,text,start",
    [
        (
            "es",
            "2018-11-29",
            "La cena de gala que el rey Felipe VI ofreció el miércoles en el Palacio Real al "
            "presidente de China, Xi Jinping, reunió a 150 invitados.",
            "2018-11-28",
        ),
        (
            "en",
            "2023-02-28",
            "The two leaders sealed the deal over lunch at a hotel near Windsor on Monday.",
            "2023-02-27",
        ),
    ],
)
def test_a_dated_meal_is_a_meeting(lang, day, text, start):
    an = run(lang, day, text)
    assert [(m.kind, m.start) for m in an.meetings] == [("meeting", start)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "O ministro disse que o jantar foi servido às oito."),
        ("en", "Lunch was served at noon, the spokesman said."),
        ("fr", "Le déjeuner a été servi dans les jardins."),
    ],
)
def test_a_meal_without_a_date_is_no_meeting(lang, text):
    assert run(lang, "2020-01-10", text).meetings == ()


@pytest.mark.parametrize(
    "lang,text,who",
    [
        (
            "es",
            "La vicepresidenta Teresa Ribera ha telefoneado este jueves al presidente de la "
            "Generalitat, Pere Aragonès.",
            ["teresa-ribera", "pere-aragones"],
        ),
        (
            "pt",
            "O primeiro-ministro tinha telefonado na véspera ao Presidente Emmanuel Macron.",
            ["emmanuel-macron"],
        ),
    ],
)
def test_compound_tenses_of_to_phone_are_calls(lang, text, who):
    an = run(lang, "2022-10-20", text)
    assert [m.kind for m in an.meetings] == ["call"]
    assert set(who) <= {k for p in an.meetings[0].participants for k in keys(an, p)}


def test_a_signing_is_absorbed_only_by_a_meeting_of_that_day_with_the_signatories():
    text = (
        "O presidente Jair Bolsonaro e o primeiro-ministro da Índia, Narendra Modi, assinaram "
        "hoje, em Nova Délhi, 15 acordos de cooperação."
    )
    an = run(
        "pt",
        "2020-01-25",
        text + " Hoje à noite, o presidente Ram Nath Kovind oferece um "
        "banquete à comitiva brasileira.",
    )
    signing = [m for m in an.meetings if "assinaram" in m.evidence.text]
    assert [m.start for m in signing] == ["2020-01-25"]
    # the meeting the signatories held that day keeps the signing
    an = run(
        "pt",
        "2020-01-25",
        "Bolsonaro e Modi reuniram-se hoje em Nova Délhi. Os dois "
        "assinaram hoje 15 acordos de cooperação.",
    )
    assert len(an.meetings) == 1


def test_a_signing_by_a_named_side_and_a_longer_noun_phrase_is_a_meeting():
    an = run(
        "en",
        "2006-05-06",
        "Sudan's government and the largest rebel faction in Darfur signed a peace agreement "
        "Friday in Abuja.",
    )
    assert [(m.kind, m.start) for m in an.meetings] == [("meeting", "2006-05-05")]


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "es",
            "El presidente uruguayo, Tabaré Vázquez, recibió en la sesión de clausura el relevo "
            "simbólico de la presidencia pro tempore.",
        ),
        ("pt", "A presidente eleita acompanhou todas as sessões como convidada especial."),
        # a past summit named with no date is the one the article is about, or background
        ("en", "At the summit, Abe and Modi discussed maritime security."),
        (
            "es",
            "Los dos líderes coincidieron en la cumbre del G20 en defender el multilateralismo.",
        ),
    ],
)
def test_a_past_session_or_summit_without_any_date_is_no_meeting_of_its_own(lang, text):
    assert run(lang, "2020-01-10", text).meetings == ()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "During the visit, Modi and Abe discussed trade."),
        ("es", "Durante la visita, Sánchez y Lula hablaron de comercio."),
    ],
)
def test_a_past_visit_with_neither_date_nor_place_is_no_meeting_of_its_own(lang, text):
    assert run(lang, "2020-01-10", text).meetings == ()


def test_a_past_visit_without_a_date_but_with_its_place_is_a_meeting():
    # guard: the visitor and the host are named
    an = run("es", "2020-01-10", "Durante su visita a Rabat, Borrell se reunió con Bourita.")
    assert [(m.kind, m.place) for m in an.meetings] == [("visit", "Rabat")]


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param(
            "pt",
            "Michelle Bachelet, que faz a terceira visita à Bolívia desde que tomou posse, disse "
            "que o acordo representa muito mais do que uma estrada.",
            id="pt-the-third-visit",
        ),
        pytest.param(
            "fr",
            "Il s'agit du premier déplacement de M. Macron en Afrique depuis sa réélection, et de "
            "sa première visite au Cameroun depuis son arrivée à l'Élysée.",
            id="fr-the-first-visit-since",
        ),
        pytest.param(
            "en",
            "Jordan's King Hussein flew to Wye to urge the two leaders to compromise.",
            id="en-a-trip-with-no-one-to-meet",
        ),
    ],
)
def test_a_past_visit_with_its_place_but_no_date_and_no_host_is_a_mention(lang, text):
    # a visit counted or characterised ("the third visit to Bolivia") is background, not an
    # event of its own, when nobody but the visitor is named with it
    an = run(lang, "2020-01-10", text)
    assert not [m for m in an.meetings if m.kind == "visit"], describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param(
            "en",
            "Armenia and Turkey signed the protocols in Zurich on Tuesday. Switzerland, which "
            "mediated the talks for two years, sent its foreign minister.",
            id="en-mediated-the-talks",
        ),
        pytest.param(
            "fr",
            "Nicolas Sarkozy a rencontré mardi à Abou Dhabi le cheikh Khalifa. Les Émirats "
            "négocient depuis plusieurs mois l'achat d'une soixantaine d'avions Rafale.",
            id="fr-negocient-depuis-des-mois",
        ),
        pytest.param(
            "es",
            "El Consejo de Seguridad se reunió el martes en Nueva York. Según un diplomático, la "
            "redacción final fue objeto de largas negociaciones con los miembros africanos.",
            id="es-largas-negociaciones",
        ),
        pytest.param(
            "pt",
            "João Lourenço recebeu na terça-feira em Luanda o presidente português. O ministro "
            "angolano disse que as negociações com o FMI tinham sido longas e difíceis.",
            id="pt-as-negociacoes-com-o-fmi",
        ),
    ],
)
def test_past_talks_with_no_day_no_place_and_one_party_are_a_mention(lang, text):
    # talks known or told elsewhere, characterised in passing: no meeting of their own beside
    # the meeting the article tells
    an = run(lang, "2020-01-10", text)
    assert len(an.meetings) == 1 and an.meetings[0].start == "2020-01-07", describe(an)


def test_a_past_call_with_one_party_named_is_still_a_call():
    # guard: a call is one event even when the person called is only described
    an = run(
        "es",
        "1998-04-11",
        "El presidente de Estados Unidos, Bill Clinton, telefoneó de madrugada al dirigente "
        "unionista para animarle.",
    )
    assert [m.kind for m in an.meetings] == ["call"], describe(an)


def test_a_planned_session_without_a_date_is_still_a_meeting():
    an = run(
        "es",
        "2020-01-10",
        "La segunda reunión ministerial del Foro China-CELAC se celebrará en Santiago de Chile.",
    )
    assert [(m.kind, m.status) for m in an.meetings] == [("session", "planned")]


def test_a_planned_meeting_never_repeats_a_held_one_of_its_kind():
    an = run(
        "pt",
        "2023-02-11",
        "Lula fez uma visita a Washington, onde se reuniu com Biden na Casa Branca. Biden fará "
        "uma visita ao Brasil, em data ainda a ser definida.",
    )
    assert [(m.kind, m.status) for m in an.meetings] == [("visit", "held"), ("visit", "planned")]


@pytest.mark.parametrize(
    "lang,text,place",
    [
        ("pt", "Biden fará uma visita ao Brasil, em data ainda a ser definida.", "Brasil"),
        ("pt", "Lula fará uma visita aos Estados Unidos, em data a definir.", "Estados Unidos"),
    ],
)
def test_a_visit_s_destination_after_a_contracted_preposition(lang, text, place):
    assert [m.place for m in run(lang, "2023-02-11", text).meetings] == [place]


@pytest.mark.parametrize(
    "text,who",
    [
        (
            "Russian Foreign Minister Sergei Lavrov and Kremlin foreign policy aide Yuri Ushakov "
            "will hold talks with Marco Rubio in Riyadh on Tuesday.",
            ["sergei-lavrov", "yuri-ushakov", "marco-rubio"],
        ),
        (
            "Secretary of State Marco Rubio, national security adviser Mike Waltz and Middle East "
            "envoy Steve Witkoff will meet Sergei Lavrov in Riyadh on Tuesday.",
            ["marco-rubio", "mike-waltz", "steve-witkoff", "sergei-lavrov"],
        ),
    ],
)
def test_lowercase_titles_with_a_body_before_them_stay_inside_a_list_of_names(text, who):
    an = run("en", "2025-02-17", text)
    (m,) = an.meetings
    assert same_actors(an, m.participants, who)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        (
            "pt",
            "2015-02-09",
            "O Presidente moçambicano, Filipe Nyusi, reuniu-se no domingo com o líder da "
            "Resistência Nacional Moçambicana (Renamo), Afonso Dhlakama, na serra da Gorongosa.",
            ["filipe-nyusi", "afonso-dhlakama"],
        ),
        (
            "es",
            "2013-10-18",
            "El presidente Juan Manuel Santos se reunió el jueves con el líder de las FARC, "
            "Timoleón Jiménez, en La Habana.",
            ["juan-manuel-santos", "timoleon-jimenez"],
        ),
    ],
)
def test_the_holder_named_after_a_title_s_body_is_the_one_met(lang, day, text, who):
    an = run(lang, day, text)
    (m,) = an.meetings
    assert same_actors(an, m.participants, who)


def test_a_count_of_years_after_another_event_is_not_counted_from_the_day_named_before_it():
    an = run(
        "pt",
        "2020-11-30",
        "Bolsonaro e Fernández fizeram nesta segunda-feira (30) sua primeira reunião bilateral, "
        "por videoconferência, quase um ano depois da posse do peronista.",
    )
    counted = next(d for d in an.dates if d.text == "um ano depois")
    assert counted.value is None
    assert {m.start for m in an.meetings} <= {"2020-11-30", None}


@pytest.mark.parametrize(
    "lang,text,day",
    [
        (
            "pt",
            "Na quarta, o presidente Michel Temer será recebido pelo imperador Akihito e terá "
            "encontro com o primeiro-ministro Shinzo Abe, antes de voltar a Brasília no dia 20.",
            "2016-10-19",
        ),
        (
            "fr",
            "Mercredi, Emmanuel Macron rencontrera le Premier ministre Shinzo Abe à Tokyo, avant de "
            "rentrer à Paris le 20 octobre.",
            "2016-10-19",
        ),
    ],
)
def test_the_day_and_place_of_the_step_after_before_are_not_the_meeting_s(lang, text, day):
    an = run(lang, "2016-10-16", text)
    assert an.meetings
    assert all(m.start == day for m in an.meetings), describe(an)
    assert all(m.place not in ("Brasília", "Paris") for m in an.meetings), describe(an)


def test_a_region_with_its_adjective_before_the_city_names_the_meeting_s_place():
    an = run(
        "pt",
        "2016-10-16",
        "Os líderes do Brics encerraram neste domingo (16), no estado indiano de Goa, a oitava "
        "cúpula do grupo.",
    )
    (m,) = an.meetings
    assert m.place == "Goa"


def test_the_agent_of_a_passive_meeting_verb_is_met_and_is_not_the_next_verb_s_subject():
    an = run(
        "pt",
        "2016-10-16",
        "Na quarta, o presidente Michel Temer será recebido pelo imperador Akihito e terá "
        "encontro com o primeiro-ministro Shinzo Abe.",
    )
    by_day = {m.start: m for m in an.meetings}
    assert same_actors(an, by_day["2016-10-19"].participants, ["michel-temer", "akihito"])


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Vladimir Poutine et Volodymyr Zelensky se sont rencontrés lundi à l'Elysée. Avant "
            "l'ouverture des discussions à quatre, Emmanuel Macron s'était entretenu séparément "
            "avec chacun de ses invités.",
        ),
        (
            "en",
            "Vladimir Putin and Volodymyr Zelensky met on Monday at the Elysee. Ahead of the talks, "
            "Emmanuel Macron had met Angela Merkel at the palace.",
        ),
    ],
)
def test_a_meeting_told_just_before_the_talks_is_of_their_day(lang, text):
    an = run(lang, "2019-12-10", text)
    assert [m.start for m in an.meetings] == ["2019-12-09", "2019-12-09"], describe(an)


@pytest.mark.parametrize(
    "lang,text",
    [
        pytest.param(
            "fr",
            "Les deux ministres sont convenus de se revoir le mois prochain à Kinshasa.",
            id="fr",
        ),
        pytest.param(
            "es", "Los dos ministros acordaron volver a verse el mes próximo en Kinshasa.", id="es"
        ),
        pytest.param(
            "pt",
            "Os dois ministros combinaram voltar a ver-se no próximo mês em Kinshasa.",
            id="pt",
        ),
        pytest.param(
            "en",
            "The two ministers agreed to see each other again next month in Kinshasa.",
            id="en",
        ),
    ],
)
def test_seeing_each_other_again_is_a_planned_meeting(lang, text):
    an = run(lang, "2019-09-18", text)
    assert [(m.kind, m.status, m.start) for m in an.meetings] == [
        ("meeting", "planned", "2019-10")
    ], describe(an)
    assert an.meetings[0].place in ("Kinshasa", "Kinsasa")


@pytest.mark.parametrize(
    "lang,day,text,span",
    [
        (
            "en",
            "2021-03-07",
            "The 84-year-old pope, on the second day of a four-day visit to Iraq, spent some 50 "
            "minutes with Grand Ayatollah Ali al-Sistani on Saturday.",
            ("2021-03-05", "2021-03-08"),
        ),
        (
            "es",
            "2016-03-19",
            "Erdogan, en la segunda jornada de una visita de tres días a Bruselas, se reunió el "
            "viernes con Donald Tusk.",
            ("2016-03-17", "2016-03-19"),
        ),
    ],
)
def test_the_second_day_of_a_visit_of_n_days_is_not_its_first(lang, day, text, span):
    an = run(lang, day, text)
    assert span in [(m.start, m.end) for m in an.meetings], describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "es",
            "Emmanuel Macron y Sergio Mattarella conversaron el martes por la noche por teléfono. "
            "En París se confía en que la llamada abra la vía al regreso del embajador.",
        ),
        (
            "fr",
            "Emmanuel Macron et Sergio Mattarella se sont entretenus mardi soir par téléphone. "
            "A Paris, on veut croire que l'appel ouvre la voie au retour de l'ambassadeur.",
        ),
        (
            "pt",
            "Emmanuel Macron e Sergio Mattarella conversaram na terça-feira à noite por telefone. "
            "Em Paris, espera-se que o telefonema abra caminho ao regresso do embaixador.",
        ),
        (
            "en",
            "Emmanuel Macron met Sergio Mattarella on Tuesday evening by video link. In Paris, "
            "officials hope the call opens the way for the ambassador's return.",
        ),
    ],
)
def test_a_phone_adverbial_later_in_the_clause_makes_the_meeting_a_call(lang, text):
    # the adverbial is the verb's manner, not a meeting of its own; the call named again in
    # the next sentence is the same call
    an = run(lang, "2019-02-14", text)
    assert [(m.kind, m.start) for m in an.meetings] == [("call", "2019-02-12")], describe(an)
    assert set(an.meetings[0].participants) == {"emmanuel-macron", "sergio-mattarella"}


def test_a_phone_adverbial_in_another_clause_leaves_the_meeting_alone():
    an = run(
        "es",
        "2019-02-14",
        "Macron se reunió el martes con Mattarella en Roma, y el miércoles habló por teléfono "
        "con Merkel.",
    )
    assert ("meeting", "2019-02-12") in [(m.kind, m.start) for m in an.meetings], describe(an)


def test_a_clause_counted_from_dates_its_meeting_back_from_the_main_clause_s_day():
    # «el viernes, un día después de que …»: the talks told after «después de que» are of the
    # day before Friday, not of Friday
    an = run(
        "es",
        "2022-09-17",
        "Putin se reunió el viernes con Erdogan, un día después de que mantuviera "
        "conversaciones con el presidente chino, Xi Jinping.",
    )
    days = {m.start for m in an.meetings if "xi-jinping" in m.participants}
    assert days == {"2022-09-15"}, describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Foreign Minister Hina Rabbani Khar telephoned her Indian counterpart S.M. Krishna on "
            "Friday. The call came a day after President Asif Ali Zardari and Prime Minister "
            "Manmohan Singh met on the sidelines of the Non-Aligned Movement summit in Tehran.",
        ),
        (
            "es",
            "La canciller Hina Rabbani Khar telefoneó el viernes a su homólogo indio, S.M. "
            "Krishna. La llamada se produjo un día después de que el presidente Asif Ali Zardari "
            "y el primer ministro Manmohan Singh se reunieran en Teherán.",
        ),
    ],
)
def test_the_lead_s_meeting_that_came_a_day_after_another_dates_it_the_day_before(lang, text):
    an = run(lang, "2012-08-31", text)
    met = [m for m in an.meetings if "manmohan-singh" in m.participants]
    assert [m.start for m in met] == ["2012-08-30"], describe(an)
    assert ("call", "2012-08-31") in [(m.kind, m.start) for m in an.meetings], describe(an)


def test_a_count_after_a_meeting_noun_with_no_lead_day_dates_nothing():
    # the lead tells no day: the day the other meeting is counted from is unknown
    an = run(
        "en",
        "2021-12-15",
        "The United Arab Emirates has suspended talks with the United States on buying F-35 "
        "jets. The announcement came a day after Israeli Prime Minister Naftali Bennett held "
        "talks with Crown Prince Mohamed bin Zayed at his palace.",
    )
    met = [m for m in an.meetings if "naftali-bennett" in m.participants]
    assert met and all(m.start != "2021-12-14" for m in met), describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "pt",
            "O presidente Lula recebeu ontem o presidente ucraniano, Volodymyr Zelensky, em Nova "
            "York. Antes disso, os dois haviam conversado por videoconferência em 2 de março.",
        ),
        (
            "es",
            "El presidente Lula recibió ayer al presidente ucraniano, Volodímir Zelenski, en "
            "Nueva York. Antes, los dos habían conversado por videoconferencia el 2 de marzo.",
        ),
        (
            "fr",
            "Le président Lula a reçu hier le président ukrainien, Volodymyr Zelensky, à New "
            "York. Auparavant, les deux s'étaient entretenus par visioconférence le 2 mars.",
        ),
    ],
)
def test_a_bare_count_before_a_verb_is_the_two_people_of_the_passage(lang, text):
    an = run(lang, "2023-09-21", text)
    call = [m for m in an.meetings if m.start == "2023-03-02"]
    assert len(call) == 1 and len(call[0].participants) == 2, describe(an)
    assert "luiz-inacio-lula-da-silva" in call[0].participants, describe(an)


def test_a_bare_count_before_a_plural_noun_is_no_pair_of_people():
    # «os dois dias»: a count of days, not the two presidents
    an = run(
        "pt",
        "2023-09-21",
        "O presidente Lula recebeu ontem Volodymyr Zelensky em Nova York. Os dois dias de "
        "visita terminaram com uma declaração.",
    )
    assert all(
        "volodymyr-zelensky" not in p.actors or "Zelensky" in p.evidence.text for p in an.positions
    ), describe(an)


@pytest.mark.parametrize(
    "lang, day, text, place",
    [
        (
            "es",
            "1999-07-08",
            "LOMÉ, 7 jul (EFE).- El Gobierno y los rebeldes reanudaron hoy sus conversaciones. "
            "Kabbah y Sankoh se reunieron en esta misma ciudad el 18 de mayo.",
            "Lomé",
        ),
        (
            "en",
            "1999-07-08",
            "GENEVA (AP) - Serbian and Kosovo Albanian leaders ended three days of talks "
            "in this Swiss city on Wednesday.",
            "Geneva",
        ),
        (
            "fr",
            "1999-07-08",
            "LOMÉ, 7 juil (AFP) - Les deux hommes s'étaient rencontrés dans cette même ville le "
            "18 mai.",
            "Lomé",
        ),
        (
            "pt",
            "1999-07-08",
            "LOMÉ, 7 jul (Lusa) - Os dois dirigentes tinham-se reunido nesta cidade a 18 de maio.",
            "Lomé",
        ),
    ],
)
def test_a_meeting_in_this_city_is_in_the_dateline_s_city(lang, day, text, place):
    an = run(lang, day, text)
    dated = [m for m in an.meetings if m.start and m.start < day]
    assert dated and all(fold(m.place or "") == fold(place) for m in dated), describe(an)


@pytest.mark.parametrize(
    "lang, text, start",
    [
        (
            "en",
            "Zhang Zhijun had held the first official talks between the two governments with "
            "Andrew Hsia's predecessor, Wang Yu-chi, in Nanjing in February 2014.",
            "2014-02",
        ),
        (
            "es",
            "Zhang Zhijun había mantenido las primeras conversaciones oficiales entre los dos "
            "gobiernos con el predecesor de Andrew Hsia, Wang Yu-chi, en Nankín en febrero de 2014.",
            "2014-02",
        ),
    ],
)
def test_a_month_at_the_end_of_a_long_clause_dates_its_meeting(lang, text, start):
    # some twenty words between the meeting word and its month, in the same clause
    an = run(lang, "2015-11-08", text)
    assert [m.start for m in an.meetings] == [start], describe(an)


@pytest.mark.parametrize(
    "lang, day, text, span",
    [
        (
            "en",
            "2001-12-06",
            "Rival Afghan factions signed an agreement on Wednesday setting up an interim "
            "government, ending nine days of tense negotiations near Bonn.",
            ("2001-11-27", "2001-12-05"),
        ),
        (
            "es",
            "2001-12-06",
            "Las facciones afganas firmaron el miércoles un acuerdo para formar un gobierno "
            "interino, poniendo fin a nueve días de negociaciones cerca de Bonn.",
            ("2001-11-27", "2001-12-05"),
        ),
    ],
)
def test_the_days_a_signing_ends_end_on_its_day(lang, day, text, span):
    an = run(lang, day, text)
    assert span in [(m.start, m.end) for m in an.meetings], describe(an)


def test_a_month_word_that_names_a_person_is_no_date():
    # "take over from May": Theresa May, named before, not the month
    an = run(
        "en",
        "2018-04-21",
        "British Prime Minister Theresa May opened the summit at Windsor Castle. The next summit "
        "will be held in Rwanda in 2020, when President Paul Kagame will take over from May as "
        "the Commonwealth's chair-in-office.",
    )
    assert [d.text for d in an.dates] == ["2020"], describe(an)
    assert [m.start for m in an.meetings if m.place == "Rwanda"] == ["2020"], describe(an)


def test_a_month_of_the_same_name_as_a_person_is_still_a_month_elsewhere():
    an = run(
        "en",
        "2018-04-21",
        "British Prime Minister Theresa May opened the summit. The leaders will meet again in "
        "Kigali in May 2020.",
    )
    assert "2020-05" in [m.start for m in an.meetings], describe(an)


@pytest.mark.parametrize(
    "lang,day,text,who",
    [
        pytest.param(
            "en",
            "2014-07-09",
            "In Tokyo last month, Foreign Minister Julie Bishop and Defense Minister David "
            "Johnston met their Japanese counterparts, Fumio Kishida and Itsunori Onodera.",
            {"julie-bishop", "david-johnston", "fumio-kishida", "itsunori-onodera"},
            id="en-counterparts-comma-list",
        ),
        pytest.param(
            "pt",
            "2011-12-21",
            "A presidente Dilma Rousseff recebeu ontem a presidente argentina, Cristina Kirchner, "
            "o uruguaio José Mujica e o boliviano Evo Morales.",
            {"dilma-rousseff", "cristina-kirchner", "jose-mujica", "evo-morales"},
            id="pt-titled-names-listed",
        ),
    ],
)
def test_a_title_set_off_by_a_comma_after_a_meeting_verb_introduces_its_people(
    lang, day, text, who
):
    an = run(lang, day, text)
    assert len(an.meetings) == 1, describe(an)
    assert same_actors(an, an.meetings[0].participants, sorted(who)), describe(an)


def test_a_day_after_an_event_never_dates_the_main_clauses_meeting_by_the_publication():
    # "a day after Lebanon delivered its response" counts from that event, whose day nobody
    # gives: the meeting of the main clause is the lead's (Tuesday), never the day after
    # publication
    an = run(
        "en",
        "2024-11-19",
        "BEIRUT, Nov 19 (Reuters) - U.S. envoy Amos Hochstein said on Tuesday that a ceasefire "
        "was within reach after talks in Beirut with speaker Nabih Berri.\n\nHochstein met "
        "Berri for around two hours at the speaker's residence in Ain el-Tineh, a day after "
        "Lebanon delivered its written response.",
    )
    met = [m for m in an.meetings if m.evidence.text.startswith("Hochstein met")]
    assert met and met[0].start == "2024-11-19", describe(an)
    assert all(m.start is None or m.start <= "2024-11-19" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("day", "text", "start"),
    [
        (
            "1994-11-20",
            "O Conselho de Segurança das Nações Unidas reúne-se amanhã em Nova Iorque para "
            "apreciar o acordo, devendo discutir posteriormente o reforço da Missão de Verificação "
            "das Nações Unidas em Angola (UNAVEM II), cujo mandato foi reduzido após o regresso à "
            "guerra.",
            "1994-11-21",
        ),
        (
            "2007-12-13",
            "Os líderes europeus seguem ao fim da tarde para Bruxelas, onde participam amanhã no "
            "Conselho Europeu de Dezembro, o último sob presidência portuguesa, dedicado sobretudo "
            "ao alargamento.",
            "2007-12-14",
        ),
    ],
)
def test_a_meeting_dated_after_the_report_is_planned_whatever_its_clauses_say(day, text, start):
    # a past participle later in the sentence («foi reduzido») does not make tomorrow's
    # meeting a held one: a meeting dated after the report cannot have been held yet
    an = run("pt", day, text)
    assert [(m.start, m.status) for m in an.meetings] == [(start, "planned")], describe(an)


def test_a_meeting_dated_before_the_report_stays_held():
    an = run("en", "2009-10-10", "The Council met on October 2 to review the plan.")
    assert [(m.start, m.status) for m in an.meetings] == [("2009-10-02", "held")], describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "O Conselho de Segurança da ONU, reunido na sexta-feira em Nova Iorque, exigiu o regresso "
        "à ordem constitucional.",
        "A Assembleia, reunida na sexta-feira em Nova Iorque, exigiu o regresso à ordem "
        "constitucional.",
    ],
)
def test_a_body_reunido_on_a_day_holds_a_session_in_portuguese(text):
    # «reunido»/«reunida» in the singular, as «reunidos na sexta-feira»
    an = run("pt", "2012-04-15", text)
    assert [m.start for m in an.meetings] == ["2012-04-13"], describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "Duque llevará el pacto a la Cumbre sobre la Acción Climática que Naciones Unidas "
        "celebrará el 23 de septiembre en Nueva York.",
        "Duque llevará el pacto a la cumbre sobre el clima que las Naciones Unidas celebrarán "
        "el 23 de septiembre en Nueva York.",
    ],
)
def test_a_verb_that_holds_a_planned_meeting_dates_it_without_a_clause(text):
    # «celebrar» reports with «que» («celebró que …»); without it, it holds the summit
    an = run("es", "2019-09-07", text)
    summits = [m for m in an.meetings if m.kind == "summit"]
    assert [m.start for m in summits] == ["2019-09-23"], describe(an)


def test_a_verb_of_events_with_a_clause_still_reports():
    an = run(
        "es",
        "2019-09-07",
        "El presidente celebrará el lunes que la cumbre de Leticia terminara con un pacto.",
    )
    assert all(m.start != "2019-09-09" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("lang", "text", "forum"),
    [
        (
            "es",
            "Dilma Rousseff participó ayer en la cumbre del Mercosur en Montevideo.",
            "Mercosur",
        ),
        ("en", "Barack Obama attended the ASEAN summit in Bali on Friday.", "ASEAN"),
        ("pt", "Lula participou ontem na cimeira da CPLP em Luanda.", "CPLP"),
        (
            "fr",
            "Macky Sall a assisté lundi au sommet de l'Union africaine à Addis-Abeba.",
            "Union africaine",
        ),
    ],
)
def test_an_international_body_whose_meeting_the_noun_names_is_its_forum(lang, text, forum):
    an = run(lang, "2011-10-20", text)
    assert [m.forum for m in an.meetings] == [forum], an.meetings


def test_a_national_body_is_no_forum():
    # a guard: the summit is not held by the country's government
    an = run(
        "es",
        "2011-10-20",
        "La cumbre del Gobierno de España con Marruecos se celebró ayer en Rabat.",
    )
    assert all(m.forum is None for m in an.meetings), an.meetings


@pytest.mark.parametrize(
    ("lang", "text", "forum"),
    [
        # the meeting word is part of the forum's own name
        (
            "es",
            "Mariano Rajoy inauguró ayer la Cumbre Iberoamericana de Cádiz.",
            "Cumbre Iberoamericana",
        ),
        ("en", "Barack Obama addressed the U.N. General Assembly on Tuesday.", "General Assembly"),
        # a forum that meets holds the meeting
        (
            "fr",
            "Le Conseil de sécurité de l'ONU s'est réuni mardi à New York.",
            "Conseil de sécurité",
        ),
        (
            "es",
            "El Consejo de Seguridad de la ONU se reunió el martes en Nueva York.",
            "Consejo de Seguridad",
        ),
    ],
)
def test_a_forum_named_with_the_meeting_or_meeting_itself_holds_it(lang, text, forum):
    an = run(lang, "2012-11-18", text)
    assert len(an.meetings) == 1 and forum in (an.meetings[0].forum or ""), an.meetings


def test_a_country_further_in_the_clause_without_the_day_is_no_place():
    # «las inversiones españolas en México»: what the talks were about, not where they were
    an = run(
        "es",
        "2012-11-18",
        "Rajoy mantuvo dos días después un encuentro bilateral con Peña Nieto en el que ambos "
        "repasaron las inversiones españolas en México.",
    )
    assert an.meetings and all(m.place != "México" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "lang, text, pair",
    [
        pytest.param(
            "pt",
            "Os presidentes Dilma Rousseff e Jacob Zuma e o primeiro-ministro indiano, Manmohan "
            "Singh, reuniram-se hoje no Union Buildings. À tarde, Dilma teve um encontro "
            "bilateral com Zuma.",
            {"Dilma Rousseff", "Jacob Zuma"},
            id="pt-encontro-bilateral",
        ),
        pytest.param(
            "en",
            "President Dilma Rousseff, President Jacob Zuma and Prime Minister Manmohan Singh met "
            "in Pretoria on Tuesday. Later on Tuesday, Rousseff held a bilateral meeting with Zuma.",
            {"Dilma Rousseff", "Jacob Zuma"},
            id="en-bilateral-meeting",
        ),
    ],
)
def test_a_bilateral_meeting_of_two_of_a_larger_meeting_is_its_own(lang, text, pair):
    an = run(lang, "2011-10-18", text)
    names = {a.id: a.name for a in an.actors}
    same_day = [m for m in an.meetings if m.start in ("2011-10-18",)]
    assert len(same_day) == 2, describe(an)
    assert any({names[p] for p in m.participants} == pair for m in same_day), describe(an)


@pytest.mark.parametrize(
    "lang, day, text, wrong",
    [
        pytest.param(
            "fr",
            "2007-01-26",
            "L'opposition, qui campe depuis le 1er décembre dans le centre de Beyrouth, a dénoncé "
            "jeudi une conférence destinée à financer le gouvernement.",
            "2006-12-01",
            id="fr-qui-campe-depuis",
        ),
        pytest.param(
            "en",
            "2007-01-26",
            "Ban Ki-moon, who took office on January 1, called on all sides to join the talks in "
            "Geneva.",
            "2007-01-01",
            id="en-who-took-office",
        ),
        pytest.param(
            "es",
            "2016-03-10",
            "El secretario general, que asumió el cargo el 1 de enero, anunció una nueva ronda "
            "de negociaciones en Ginebra.",
            "2016-01-01",
            id="es-que-asumio",
        ),
    ],
)
def test_a_date_in_a_relative_clause_never_dates_the_meeting_after_it(lang, day, text, wrong):
    an = run(lang, day, text)
    assert all(m.start != wrong for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "lang, text, start",
    [
        pytest.param(
            "fr",
            "Les assises, qui se sont tenues du 30 septembre au 4 octobre au palais des Congrès, "
            "ont réuni près de 600 délégués.",
            "2019-09-30",
            id="fr-status-verb-in-clause",
        ),
        pytest.param(
            "en",
            "Kerry, who met Lavrov in Geneva on Tuesday, said a new round of talks was possible.",
            "2019-10-01",
            id="en-meeting-in-clause",
        ),
    ],
)
def test_a_relative_clause_telling_a_meeting_keeps_its_date(lang, text, start):
    # guard: the clause's own meeting, or the one it dates, keeps the day
    an = run(lang, "2019-10-05", text)
    assert any(m.start == start for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "text, start, who",
    [
        pytest.param(
            "Prime Minister Naftali Bennett, who received Antony Blinken in Jerusalem on Sunday, "
            "later flew to Sharm el-Sheikh.",
            "2022-03-27",
            "Antony Blinken",
            id="a-name",  # (the reception in Jerusalem, not the flight on)
        ),
        pytest.param(
            "On Tuesday President Hugo Chávez received relatives of the hostages at the "
            "Miraflores palace.",
            "2022-03-22",
            "Hugo Chávez",
            id="a-people-noun",
        ),
        pytest.param(
            "On Monday, President Barack Obama received his Chinese counterpart at the White House.",
            "2022-03-28",
            "Barack Obama",
            id="a-possessive-and-title",
        ),
    ],
)
def test_received_with_someone_after_it_is_a_meeting_in_english(text, start, who):
    an = run("en", "2022-03-28", text)
    names = {a.id: a.name for a in an.actors}
    found = [m for m in an.meetings if m.start == start]
    assert found and who in {names[p] for p in found[0].participants}, describe(an)
    assert found[0].place != "Sharm el-Sheikh", describe(an)


@pytest.mark.parametrize(
    "text, start, who",
    [
        pytest.param(
            "Bush recibirá mañana a Olmert y a Abás en la Casa Blanca.",
            "2007-11-28",
            {"ehud-olmert", "mahmoud-abbas"},
            id="a-day-then-the-personal-a",
        ),
        pytest.param(
            "Bush volverá a recibir mañana a Olmert en la Casa Blanca.",
            "2007-11-28",
            {"ehud-olmert"},
            id="the-infinitive",
        ),
        pytest.param(
            "El presidente recibió este lunes al primer ministro israelí, Ehud Olmert, en la "
            "Moncloa.",
            "2007-11-26",
            {"ehud-olmert"},
            id="a-day-then-a-title",
        ),
    ],
)
def test_a_day_between_recibir_and_the_one_received_still_tells_a_visit(text, start, who):
    an = run("es", "2007-11-27", text)
    found = [m for m in an.meetings if m.start == start]
    assert found and who <= set(found[0].participants), describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        pytest.param("en", "Kenya received support from the IMF on Monday.", id="en-a-thing"),
        pytest.param("en", "The ministry received the report on Monday.", id="en-a-document"),
        pytest.param(
            "en",
            "Sistani, who rarely receives visitors, stood up on Monday.",
            id="en-habitual-visitors",
        ),
        # guards: the day-skipping Spanish form still needs someone after it
        pytest.param("es", "El Gobierno recibió ayer el apoyo de la oposición.", id="es-a-thing"),
        pytest.param(
            "es", "La ministra recibió este lunes el informe de la comisión.", id="es-a-document"
        ),
    ],
)
def test_receiving_with_no_one_after_it_is_no_meeting(lang, text):
    an = run(lang, "2022-03-28", text)
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    "lang, text",
    [
        pytest.param(
            "fr",
            "La stratégie de M. Kazimi, arrivé au pouvoir en mai 2020, cherche à desserrer l'étau.",
            id="fr-arrive-au-pouvoir",
        ),
        # (es, pt, en: guards; their arrival verbs want a place after them)
        pytest.param(
            "es",
            "Ortega, que llegó al poder en enero de 2007, rechazó las críticas.",
            id="es-llego-al-poder",
        ),
        pytest.param(
            # no journey in the clause: its day is not the dialogue's
            "es",
            "Ortega, que llegó al poder en enero de 2007, rechazó el diálogo.",
            id="es-a-relative-clause-of-coming-to-power-dates-no-meeting-after-it",
        ),
        pytest.param(
            "pt",
            "Kazimi, que chegou ao poder em maio de 2020, quer reduzir a dependência do Irã.",
            id="pt-chegou-ao-poder",
        ),
        pytest.param(
            "en",
            "Kadhimi, who came to power in May 2020, has sought to balance ties with Tehran.",
            id="en-came-to-power",
        ),
    ],
)
def test_coming_to_power_is_no_visit(lang, text):
    an = run(lang, "2020-08-26", text)
    assert not an.meetings, describe(an)


@pytest.mark.parametrize(
    "lang, text, kind, start, place",
    [
        pytest.param(
            "es",
            "Es la tercera cumbre entre la UE y la Celac. La anterior se celebró en Madrid en "
            "mayo de 2010.",
            "summit",
            "2010-05",
            "Madrid",
            id="es-la-anterior-se-celebro",
        ),
        pytest.param(
            "fr",
            "C'est le troisième sommet de ce type. Le précédent s'est tenu à Nice en 2010.",
            "summit",
            "2010",
            "Nice",
            id="fr-le-precedent-s-est-tenu",
        ),
        pytest.param(
            "pt",
            "É a quarta cimeira luso-angolana. A primeira realizou-se em 1987 em Luanda.",
            "summit",
            "1987",
            "Luanda",
            id="pt-a-primeira-realizou-se",
        ),
    ],
)
def test_an_ordinal_standing_for_the_meeting_named_before_is_a_meeting(
    lang, text, kind, start, place
):
    an = run(lang, "2013-01-28", text)
    found = [m for m in an.meetings if m.start == start]
    assert len(found) == 1 and found[0].kind == kind and found[0].place == place, describe(an)


def test_an_ordinal_standing_for_a_meeting_in_its_own_sentence_is_that_one_meeting():
    # guard: the noun «cimeiras» and «a próxima» are one meeting, not two
    an = run(
        "pt",
        "2023-04-23",
        "Os dois governos comprometeram-se a retomar a periodicidade anual das cimeiras; a "
        "próxima deverá realizar-se no Brasil.",
    )
    assert len(an.meetings) == 1, describe(an)


def test_an_ordinal_inside_a_clause_stands_for_no_meeting():
    # guard: «la primera» is no subject here
    an = run("es", "2013-01-28", "Fue la primera cumbre que se celebró sin Chávez, el martes.")
    assert len(an.meetings) <= 1, describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start",
    [
        pytest.param(
            "fr",
            "2010-02-26",
            "M. Sarkozy a enfin invité son homologue au sommet Afrique-France prévu à Nice du 31 "
            "mai au 1er juin, une invitation que M. Kagame a promis d'examiner.",
            "2010-05-31",
            id="fr-prevu-after-a-past-clause",
        ),
        pytest.param(
            "es",
            "2010-02-26",
            "El canciller confirmó que había recibido la invitación a la cumbre prevista para el "
            "18 de mayo en Madrid.",
            "2010-05-18",
            id="es-prevista-para",  # (a guard: already the next one)
        ),
    ],
)
def test_a_meeting_planned_for_a_day_without_its_year_is_the_next_one(lang, day, text, start):
    an = run(lang, day, text)
    assert any(m.start == start and m.status == "planned" for m in an.meetings), describe(an)


def test_a_planned_day_that_was_put_off_keeps_its_year():
    # guard: «la session prévue le 6 janvier a été reportée» was planned for the past day
    an = run(
        "fr",
        "2016-01-31",
        "Après une séance inaugurale le 28 décembre à Entebbe, la session prévue le 6 janvier à "
        "Arusha a été reportée sine die.",
    )
    assert any(m.start == "2016-01-06" for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    ("lang", "day", "text", "start"),
    [
        (
            "es",
            "2015-07-21",
            "El presidente llegó el lunes a Brasilia para una visita de dos días. Por la tarde, "
            "Dilma Rousseff se reunió con Jacob Zuma en el palacio de Planalto.",
            "2015-07-20",
        ),
        (
            "pt",
            "2015-07-21",
            "À tarde, Dilma Rousseff reuniu-se com Jacob Zuma no Palácio do Planalto.",
            "2015-07-21",
        ),
    ],
)
def test_a_part_of_the_day_dates_its_meeting(lang, day, text, start):
    an = run(lang, day, text)
    talks = [m for m in an.meetings if m.kind == "meeting"]
    assert [m.start for m in talks] == [start], describe(an)


def test_a_part_of_the_day_beside_a_day_is_no_second_meeting():
    # leaving «dans la soirée» for Libreville, received there on Friday: one meeting, Friday's
    an = run(
        "fr",
        "2015-07-21",
        "Le président François Hollande devait quitter Dakar dans la soirée pour Libreville, où "
        "il sera reçu vendredi par le président Ali Bongo.",
    )
    assert [(m.start, m.status) for m in an.meetings] == [("2015-07-24", "planned")], describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Barack Obama held talks with Prime Minister Nguyen Xuan Phuc, who took office in April.",
        ),
        (
            "es",
            "Barack Obama se reunió con el primer ministro Nguyen Xuan Phuc, quien asumió el cargo en abril.",
        ),
    ],
)
def test_a_date_in_a_relative_clause_on_a_participant_is_not_the_meeting_s(lang, text):
    an = run(lang, "2016-05-23", text)
    talks = [m for m in an.meetings if m.kind in ("meeting", "negotiation")]
    assert talks and all(m.start != "2016-04" for m in talks), describe(an)


def test_a_relative_clause_on_the_meeting_word_still_dates_it():
    # guard: "which" on the summit itself
    an = run(
        "en",
        "2016-05-23",
        "Barack Obama will attend the summit, which opens on May 26 in Ise-Shima.",
    )
    assert [m.start for m in an.meetings if m.kind == "summit"] == ["2016-05-26"], describe(an)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le roi Philippe est arrivé mardi à Kinshasa. Son père, le roi Albert II, s'y était rendu en 2010.",
        ),
        (
            "en",
            "King Philippe arrived in Kinshasa on Tuesday. His father, King Albert II, had travelled there in 2010.",
        ),
        (
            "es",
            "El rey Felipe llegó el martes a Kinshasa. Su padre, el rey Alberto II, había viajado allí en 2010.",
        ),
    ],
)
def test_a_visit_to_the_place_just_named(lang, text):
    an = run(lang, "2022-06-08", text)
    assert "2010" in [m.start for m in an.meetings if m.kind == "visit"], describe(an)


def test_a_breakfast_together_is_a_meeting():
    an = run(
        "es",
        "2001-09-12",
        "Colin Powell desayunaba con el presidente peruano, Alejandro Toledo, en el Palacio de "
        "Gobierno.",
    )
    talks = [m for m in an.meetings if m.kind == "meeting"]
    assert talks and same_actors(an, talks[0].participants, ["colin-powell", "alejandro-toledo"]), (
        describe(an)
    )


@pytest.mark.parametrize(
    "lang, day, text, snippet, start",
    [
        (
            "es",
            "2010-02-15",
            "La primera cumbre entre la Unión Europea y Marruecos se celebrará el 7 de marzo en "
            "Granada. Zapatero y El Fassi mantendrán la víspera de la cumbre una reunión de "
            "trabajo en Granada.",
            "víspera",
            "2010-03-06",
        ),
        (
            "es",
            "2010-10-01",
            "Los presidentes resolvieron que la próxima cumbre del bloque se celebrará el 26 de "
            "noviembre en Georgetown. Los cancilleres se reunirán en Georgetown la víspera de la "
            "cumbre para ultimar el texto.",
            "cancilleres",
            "2010-11-25",
        ),
    ],
)
def test_the_eve_of_a_meeting_still_to_come_counts_from_its_day(lang, day, text, snippet, start):
    """ "la víspera de la cumbre" names a summit the article dates after the report: the day
    before that summit, not the day before the report."""
    an = run(lang, day, text)
    m = next((m for m in an.meetings if snippet in m.evidence.text), None)
    assert m is not None and m.start == start, describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, end",
    [
        (
            # a start word with an adverb before the day, an ending verb before the other day
            "es",
            "2017-02-24",
            "El rey ofreció ayer una cena de gala en honor de Mauricio Macri, durante la visita de "
            "Estado que Macri comenzó oficialmente el miércoles y que concluirá mañana.",
            "2017-02-22",
            "2017-02-25",
        ),
        (
            # no start word: the ending verb's day closes the meeting of the clause's other day
            "es",
            "2013-01-27",
            "Los líderes participarán después en la cumbre de la CELAC, que comenzará esta tarde y "
            "concluirá mañana, lunes, con el traspaso de la presidencia.",
            "2013-01-27",
            "2013-01-28",
        ),
        (
            "fr",
            "2020-09-11",
            "Les délégations libyennes ont conclu jeudi soir à Bouznika cinq jours de dialogue "
            "ouverts dimanche, en annonçant un accord.",
            "2020-09-06",
            "2020-09-10",
        ),
        (
            # "the second and final day": begun the day before, over that day
            "en",
            "2015-11-06",
            "HANOI (Reuters) - Chinese President Xi Jinping addressed Vietnam's parliament on "
            "Friday, on the second and final day of a state visit.",
            "2015-11-05",
            "2015-11-06",
        ),
        (
            "es",
            "2015-11-06",
            "El presidente chino, Xi Jinping, se dirigió el viernes al Parlamento vietnamita, en la "
            "segunda y última jornada de su visita de Estado.",
            "2015-11-05",
            "2015-11-06",
        ),
    ],
)
def test_a_meeting_s_last_day_told_by_an_ending_word(lang, day, text, start, end):
    an = run(lang, day, text)
    assert any(m.start == start and m.end == end for m in an.meetings), describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, place",
    [
        (
            "es",
            "1999-12-31",
            "Los tratados Torrijos-Carter, firmados el 7 de septiembre de 1977 en Washington, "
            "establecieron la transferencia del canal.",
            "1977-09-07",
            "Washington",
        ),
        (
            "en",
            "2000-12-13",
            "The deal builds on a cessation of hostilities agreement signed in Algiers on June 18 "
            "by the two foreign ministers.",
            "2000-06-18",
            "Algiers",
        ),
        (
            "fr",
            "2002-12-18",
            "L'accord complète celui signé le 6 septembre à Luanda avec l'Ouganda.",
            "2002-09-06",
            "Luanda",
        ),
        (
            "fr",
            "2007-03-05",
            "Les précédents accords, conclus à Linas-Marcoussis en janvier 2003 sous l'égide de la "
            "France, n'avaient jamais été appliqués.",
            "2003-01",
            "Linas-Marcoussis",
        ),
        (
            "pt",
            "2019-08-07",
            "O texto substitui o Acordo Geral de Paz assinado em Roma a 4 de outubro de 1992 por "
            "Joaquim Chissano e Afonso Dhlakama.",
            "1992-10-04",
            "Roma",
        ),
    ],
)
def test_an_agreement_signed_on_a_day_told_was_a_meeting(lang, day, text, start, place):
    """ "an agreement signed in Algiers on June 18", «los tratados, firmados el 7 de septiembre
    de 1977 en Washington»: the signing met on that day, there."""
    an = run(lang, day, text)
    m = next((m for m in an.meetings if m.start == start), None)
    assert m is not None and m.status == "held" and m.place == place, describe(an)


@pytest.mark.parametrize(
    "lang, day, text",
    [
        ("en", "2020-01-01", "Biden signed the bill on Monday."),  # no agreement before it
        ("es", "2020-01-01", "El acuerdo firmado en 2015 sigue vigente."),  # a year alone
        (
            # the month is the relative clause's, not the agreement's
            "fr",
            "2023-07-20",
            "Des élus ont dénoncé un accord conclu avec un dirigeant qui s'est arrogé les pleins "
            "pouvoirs en juillet 2021.",
        ),
        (
            "en",
            "2025-02-03",
            "The canal was handed over under treaties signed in 1977 by President Jimmy Carter.",
        ),
    ],
)
def test_a_signing_without_an_agreement_or_a_day_is_no_meeting(lang, day, text):
    an = run(lang, day, text)
    assert not an.meetings, describe(an)


def test_two_leaders_who_came_to_terms_on_a_day_at_a_place_met():
    an = run(
        "fr",
        "2018-09-18",
        "Vladimir Poutine et Recep Tayyip Erdogan se sont entendus lundi à Sotchi sur la création "
        "d'une zone démilitarisée.",
    )
    assert [(m.start, m.place) for m in an.meetings] == [("2018-09-17", "Sotchi")], describe(an)


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc et le Nigeria ont conclu samedi à Abuja deux jours d'entretiens au sommet entre le "
        "roi Mohammed VI et le président Muhammadu Buhari.",
        "Le Maroc et le Nigeria ont conclu samedi à Abuja deux journées d'entretiens entre le roi "
        "Mohammed VI et le président Muhammadu Buhari.",
    ],
)
def test_an_elided_length_ends_on_the_day_told(text):
    # « deux jours d'entretiens » (the elided preposition) is a length like « deux jours de »
    an = run("fr", "2016-12-04", text)
    found = [m for m in an.meetings if m.end == "2016-12-03"]
    assert found and found[0].start == "2016-12-02", describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, who",
    [
        pytest.param(
            "es",
            "2012-11-17",
            "El viernes, el rey Juan Carlos recibió primero al presidente colombiano, Juan Manuel "
            "Santos, en el Parador de Cádiz.",
            "2012-11-16",
            "juan-manuel-santos",
            id="es-an-adverb-before-the-one-received",
        ),
        pytest.param(
            "pt",
            "2023-06-22",
            "Lula teve ontem audiências com o ex-primeiro-ministro Massimo D'Alema.",
            "2023-06-21",
            "massimo-d-alema",
            id="pt-audiences-plural",
        ),
    ],
)
def test_meetings_with_an_adverb_or_a_plural_noun(lang, day, text, start, who):
    an = run(lang, day, text)
    found = [m for m in an.meetings if m.start == start]
    assert found and any(who in keys(an, p) for p in found[0].participants), describe(an)


@pytest.mark.parametrize(
    "lang, day, text, start, end",
    [
        pytest.param(
            "fr",
            "2016-05-28",
            "Les dirigeants du G7 ont achevé vendredi leur sommet d'Ise-Shima sur un appel à la "
            "croissance. Le sommet s'était ouvert jeudi par une visite au sanctuaire d'Ise.",
            "2016-05-26",
            "2016-05-27",
            id="fr-s-etait-ouvert-jeudi",
        ),
        pytest.param(
            "en",
            "2013-11-18",
            "Commonwealth leaders ended their summit in Colombo on Sunday with a call for "
            "reconciliation. The summit opened on Friday amid a boycott by Canada.",
            "2013-11-15",
            "2013-11-17",
            id="en-the-summit-opened-on-friday",
        ),
    ],
)
def test_a_summit_ended_in_the_lead_began_on_the_day_told_after(lang, day, text, start, end):
    # the summit told by its last day, named again with the day it opened: one summit, both days
    an = run(lang, day, text)
    assert [(m.start, m.end) for m in an.meetings] == [(start, end)], describe(an)


def test_a_later_summit_that_opens_is_not_the_one_that_ended():
    an = run(
        "en",
        "2013-11-18",
        "Commonwealth leaders ended their summit in Colombo on Sunday. The next summit opens in "
        "Malta in 2015.",
    )
    assert ("2013-11-17", None) in [(m.start, m.end) for m in an.meetings], describe(an)


def test_a_summit_closed_in_the_lead_ran_the_days_told_after():
    # «encerraram ontem … o Conselho Europeu» then «A cimeira, que decorreu durante dois dias»
    an = run(
        "pt",
        "2000-03-25",
        "Os chefes de Estado e de Governo da União Europeia encerraram ontem em Lisboa o Conselho "
        "Europeu extraordinário dedicado ao emprego. A cimeira, que decorreu durante dois dias na "
        "Feira Internacional de Lisboa, foi o ponto alto da presidência portuguesa.",
    )
    assert [(m.start, m.end) for m in an.meetings] == [("2000-03-23", "2000-03-24")], describe(an)


def test_a_visit_has_the_country_visited_for_a_party():
    an = run(
        "pt",
        "2023-12-05",
        "O presidente dos Estados Unidos, Joe Biden, chegou a Luanda na segunda-feira à noite "
        "para uma visita de dois dias a Angola.",
    )
    (m,) = an.meetings
    assert same_actors(an, m.participants, ["joe-biden", "angola"]), describe(an)


@pytest.mark.parametrize(
    "text",
    [
        # the host is named among the visit's people already
        "O presidente americano, Joe Biden, foi recebido em Luanda pelo presidente angolano, "
        "João Lourenço, na segunda-feira.",
        # nobody of another country visits
        "Uma missão técnica do ministério viaja a Luanda na próxima semana. Angola quer "
        "investimentos.",
    ],
)
def test_the_country_visited_is_not_added_when_it_says_nothing_new(text):
    an = run("pt", "2023-12-05", text)
    assert an.meetings and all("angola" not in p for m in an.meetings for p in m.participants), (
        describe(an)
    )
