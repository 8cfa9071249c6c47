"""The date stage: find_dates (expressions, offsets, resolution) and clause_tense.

The main table is one row per expression: language, publication date, sentence, the
expression as it must appear (an exact substring), value, end_value, granularity.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.resources import SUPPORTED_LANGUAGES, load_lang_file
from communique.stages.dates import find_dates
from communique.stages.tense import clause_tense

D = dt.date
THU = D(2021, 12, 30)  # Thursday, the reference article's publication date

# (language, published, sentence, expression, value, end_value, granularity)
# fmt: off
CASES: list[tuple[str, dt.date | None, str, str, str | None, str | None, str]] = [
    # ---- Spanish: absolute dates, the year chosen by tense
    ("es", THU, "«Ambos líderes discutieron los acuerdos alcanzados durante sus consultas previas el 7 de diciembre, incluida la decisión»", "el 7 de diciembre", "2021-12-07", None, "day"),
    ("es", THU, "Los ministros se reunirán el 13 de enero en Bruselas.", "el 13 de enero", "2022-01-13", None, "day"),
    ("es", THU, "El acuerdo se firmó el 7 de diciembre de 2021.", "el 7 de diciembre de 2021", "2021-12-07", None, "day"),
    ("es", THU, "El 7 de Marzo se firmó el tratado.", "El 7 de Marzo", "2021-03-07", None, "day"),
    ("es", THU, "El 1 de enero entra en vigor la reforma.", "El 1 de enero", "2022-01-01", None, "day"),
    ("es", THU, "Los sindicatos marcharon el 1.º de mayo.", "el 1.º de mayo", "2021-05-01", None, "day"),
    ("es", THU, "El país celebra el primero de mayo.", "el primero de mayo", "2022-05-01", None, "day"),
    ("es", THU, "El acuerdo expira el 31 de diciembre.", "el 31 de diciembre", "2021-12-31", None, "day"),
    ("es", THU, "Desde el 3 de marzo de 2020 rige el estado de alarma.", "el 3 de marzo de 2020", "2020-03-03", None, "day"),
    ("es", D(2022, 1, 20), "La reunión del 12 de enero fue cancelada.", "12 de enero", "2022-01-12", None, "day"),
    ("es", THU, "El documento se firmó el 5 de sept. de 2021.", "el 5 de sept. de 2021", "2021-09-05", None, "day"),
    ("es", THU, "La cumbre se celebró el 16 de junio.", "el 16 de junio", "2021-06-16", None, "day"),
    ("es", THU, "La cumbre se celebrará el 16 de junio.", "el 16 de junio", "2022-06-16", None, "day"),
    ("es", THU, "Se celebrará el día 13.", "el día 13", "2022-01-13", None, "day"),
    ("es", THU, "Se reunieron el día 7 de diciembre.", "el día 7 de diciembre", "2021-12-07", None, "day"),
    ("es", THU, "Se verán el próximo 13 de enero.", "el próximo 13 de enero", "2022-01-13", None, "day"),
    ("es", THU, "Se vieron el pasado 7 de diciembre.", "el pasado 7 de diciembre", "2021-12-07", None, "day"),
    ("es", D(2022, 1, 10), "La cumbre se celebró el martes 4 de enero.", "el martes 4 de enero", "2022-01-04", None, "day"),
    ("es", THU, "El Consejo se reunirá el lunes 3 de enero.", "el lunes 3 de enero", "2022-01-03", None, "day"),
    ("es", THU, "Putin habló con Biden el jueves 30 de diciembre.", "el jueves 30 de diciembre", "2021-12-30", None, "day"),
    ("es", THU, "El documento está fechado el 2022-01-09.", "2022-01-09", "2022-01-09", None, "day"),
    ("es", THU, "La carta, fechada el 09/01/2022, llegó tarde.", "09/01/2022", "2022-01-09", None, "day"),
    ("es", THU, "La carta, fechada el 9.1.2022, llegó tarde.", "9.1.2022", "2022-01-09", None, "day"),
    # ---- Spanish: ranges
    ("es", THU, "La primera ronda tendrá lugar en Ginebra, del 9 al 10 de enero de 2022.", "del 9 al 10 de enero de 2022", "2022-01-09", "2022-01-10", "day"),
    ("es", THU, "La cumbre se celebrará los días 17 y 18 de julio.", "los días 17 y 18 de julio", "2022-07-17", "2022-07-18", "day"),
    ("es", THU, "Las maniobras se realizaron entre el 3 y el 5 de marzo.", "entre el 3 y el 5 de marzo", "2021-03-03", "2021-03-05", "day"),
    ("es", THU, "Bruselas acogerá la cumbre entre el 3 y el 5 de marzo de 2022.", "entre el 3 y el 5 de marzo de 2022", "2022-03-03", "2022-03-05", "day"),
    ("es", D(2022, 1, 5), "Se reunieron del 30 de diciembre al 2 de enero de 2022.", "del 30 de diciembre al 2 de enero de 2022", "2021-12-30", "2022-01-02", "day"),
    ("es", THU, "Las maniobras durarán del 10 al 20 de febrero.", "del 10 al 20 de febrero", "2022-02-10", "2022-02-20", "day"),
    ("es", THU, "Las conversaciones del 9-10 de enero serán decisivas.", "9-10 de enero", "2022-01-09", "2022-01-10", "day"),
    ("es", THU, "Las conversaciones del 9–10 de enero serán decisivas.", "9–10 de enero", "2022-01-09", "2022-01-10", "day"),
    ("es", THU, "Habrá sesiones los días 17, 18 y 19 de julio.", "los días 17, 18 y 19 de julio", "2022-07-17", "2022-07-19", "day"),
    ("es", THU, "Se reunirán el 9 y el 10 de enero.", "el 9 y el 10 de enero", "2022-01-09", "2022-01-10", "day"),
    ("en", D(2016, 7, 8), "It was the first day of the July 8-9 summit.", "July 8-9", "2016-07-08", "2016-07-09", "day"),
    ("en", D(2021, 6, 24), "The delegations would convene on Tuesday.", "Tuesday", "2021-06-29", None, "day"),
    ("en", THU, "They would have met on Monday.", "Monday", "2021-12-27", None, "day"),
    ("es", THU, "Se reunirán del 30 de diciembre al 2 de enero.", "del 30 de diciembre al 2 de enero", "2021-12-30", "2022-01-02", "day"),
    ("es", THU, "Entre enero y marzo se firmaron tres acuerdos.", "Entre enero y marzo", "2021-01", "2021-03", "month"),
    ("es", THU, "Las elecciones serán entre enero y marzo de 2022.", "entre enero y marzo de 2022", "2022-01", "2022-03", "month"),
    ("en", THU, "Inflation will rise from November to February.", "from November to February", "2022-11", "2023-02", "month"),
    ("es", THU, "Las maniobras comenzaron el martes y se celebran del 28 de diciembre al 2 de enero.", "del 28 de diciembre al 2 de enero", "2021-12-28", "2022-01-02", "day"),
    ("pt", THU, "A reunião será na sexta-feira dia 7.", "sexta-feira dia 7", "2022-01-07", None, "day"),
    ("es", THU, "La misión estará en el país del lunes al miércoles.", "del lunes al miércoles", "2022-01-03", "2022-01-05", "day"),
    # ---- Spanish: weekdays
    ("es", THU, "Se reunirán el próximo martes.", "el próximo martes", "2022-01-04", None, "day"),
    # a weekday of the week before, after or this one, across the year's end
    ("es", THU, "Hablaron por teléfono el lunes de la semana pasada.", "el lunes de la semana pasada", "2021-12-20", None, "day"),
    ("es", THU, "Se verán el martes de la próxima semana.", "el martes de la próxima semana", "2022-01-04", None, "day"),
    ("en", THU, "The two spoke by phone on Monday last week.", "Monday last week", "2021-12-20", None, "day"),
    ("en", THU, "They will meet on Monday next week.", "Monday next week", "2022-01-03", None, "day"),
    ("fr", THU, "Ils se retrouveront lundi de la semaine prochaine.", "lundi de la semaine prochaine", "2022-01-03", None, "day"),
    ("pt", THU, "Falaram na segunda-feira da semana passada.", "segunda-feira da semana passada", "2021-12-20", None, "day"),
    # a day and month that the clause's tense would send most of a year away is the one a few
    # weeks from the report; at a few months the tense decides (the Spanish cases are guards)
    ("pt", D(2025, 2, 21), "Os dois estiveram juntos no retiro que Costa convocou para 3 de fevereiro, em Bruxelas.", "3 de fevereiro", "2025-02-03", None, "day"),
    ("fr", D(2003, 10, 22), "L'AIEA avait adopté une résolution donnant à l'Iran jusqu'au 31 octobre pour prouver sa bonne foi.", "31 octobre", "2003-10-31", None, "day"),
    ("es", D(2025, 6, 1), "Los acuerdos firmados el 3 de febrero siguen vigentes.", "el 3 de febrero", "2025-02-03", None, "day"),
    ("es", D(2025, 6, 1), "Los ministros se reunirán el 3 de febrero en Madrid.", "el 3 de febrero", "2026-02-03", None, "day"),
    # the Brazilian press's bracketed day may be an ordinal; European Portuguese capitalised months
    ("pt", D(2014, 8, 1), "Dilma recebeu hoje (1º) o primeiro-ministro do Japão.", "hoje (1º)", "2014-08-01", None, "day"),
    ("pt", D(2014, 7, 30), "Dilma recebe na sexta-feira (1º) o primeiro-ministro do Japão.", "sexta-feira (1º)", "2014-08-01", None, "day"),
    ("pt", THU, "As conversações começaram em Abril, em Évora.", "Abril", "2021-04", None, "month"),
    # ... after «para» and the words for a part of the month too
    ("pt", THU, "A próxima ronda ficou adiada para Outubro, em Tóquio.", "Outubro", "2022-10", None, "month"),
    ("pt", THU, "A cimeira decorreu em meados de Março em Lisboa.", "Março", "2021-03", None, "month"),
    # a month the meeting is set for
    ("en", THU, "The next summit is set for October.", "October", "2022-10", None, "month"),
    ("fr", THU, "La prochaine réunion est prévue pour octobre à Tokyo.", "octobre", "2022-10", None, "month"),
    ("es", THU, "Se reunirán el martes próximo.", "el martes próximo", "2022-01-04", None, "day"),
    ("es", THU, "Hablaron el pasado lunes por teléfono.", "el pasado lunes", "2021-12-27", None, "day"),
    ("es", THU, "Hablaron el lunes pasado por teléfono.", "el lunes pasado", "2021-12-27", None, "day"),
    ("es", THU, "Este jueves los cancilleres firmaron el acuerdo.", "Este jueves", "2021-12-30", None, "day"),
    ("es", THU, "Los cancilleres se reunieron este lunes.", "este lunes", "2021-12-27", None, "day"),
    ("es", THU, "El lunes se reunieron en Moscú.", "El lunes", "2021-12-27", None, "day"),
    ("es", THU, "El lunes se reunirán en Moscú.", "El lunes", "2022-01-03", None, "day"),
    ("es", THU, "La canciller visitará Kiev el miércoles.", "el miércoles", "2022-01-05", None, "day"),
    ("es", THU, "El domingo, los ministros viajaron a Viena.", "El domingo", "2021-12-26", None, "day"),
    ("es", THU, "La reunión será el sábado por la mañana.", "el sábado por la mañana", "2022-01-01", None, "day"),
    # ---- Spanish: deictic words (from the publication date)
    ("es", THU, "La delegación llegará mañana a Ginebra.", "mañana", "2021-12-31", None, "day"),
    ("es", THU, "La delegación llegó ayer a Ginebra.", "ayer", "2021-12-29", None, "day"),
    ("es", THU, "Los contactos comenzaron anteayer.", "anteayer", "2021-12-28", None, "day"),
    ("es", THU, "Hoy se cumple un año del acuerdo.", "Hoy", "2021-12-30", None, "day"),
    ("es", THU, "La reunión será pasado mañana.", "pasado mañana", "2022-01-01", None, "day"),
    ("es", THU, "Los combates se reanudaron esta mañana.", "esta mañana", "2021-12-30", None, "day"),
    ("es", THU, "Anoche hubo explosiones en la capital.", "Anoche", "2021-12-29", None, "day"),
    ("es", THU, "Moscú presentó sus propuestas hace dos semanas.", "hace dos semanas", "2021-12-16", None, "day"),
    ("es", THU, "Moscú presentó sus propuestas hace 3 días.", "hace 3 días", "2021-12-27", None, "day"),
    ("es", THU, "Washington responderá dentro de diez días.", "dentro de diez días", "2022-01-09", None, "day"),
    ("es", THU, "El Gobierno lo anunció hace un mes.", "hace un mes", "2021-11", None, "month"),
    ("es", THU, "La guerra empezó hace tres años.", "hace tres años", "2018", None, "year"),
    # ---- Spanish: anaphoric words (from the date mentioned before)
    ("es", THU, "Los ministros se reunieron el 9 de enero de 2022 en Ginebra y la víspera cenaron juntos.", "la víspera", "2022-01-08", None, "day"),
    ("es", THU, "Las conversaciones empezaron el 10 de enero de 2022 y dos días después se suspendieron.", "dos días después", "2022-01-12", None, "day"),
    ("es", D(2022, 1, 20), "El 12 de enero se reunieron en Bruselas. Al día siguiente viajaron a Viena.", "Al día siguiente", "2022-01-13", None, "day"),
    ("es", THU, "Al día siguiente se firmó el acuerdo.", "Al día siguiente", "2021-12-31", None, "day"),
    ("es", THU, "La ronda terminó del 9 al 10 de enero de 2022; al día siguiente hubo otra.", "al día siguiente", "2022-01-11", None, "day"),
    ("es", THU, "La cumbre fue el 1 de junio de 2021 y una semana después se firmó el acuerdo.", "una semana después", "2021-06-08", None, "day"),
    # ---- Spanish: weeks, months, years, quarters, parts
    ("es", THU, "La OTAN responderá la semana próxima.", "la semana próxima", "2022-W01", None, "week"),
    ("es", THU, "La OTAN responderá la próxima semana.", "la próxima semana", "2022-W01", None, "week"),
    ("es", THU, "La OTAN respondió la semana pasada.", "la semana pasada", "2021-W51", None, "week"),
    ("es", THU, "Los ministros se verán la semana que viene.", "la semana que viene", "2022-W01", None, "week"),
    ("es", THU, "Esta semana se reunieron los ministros.", "Esta semana", "2021-W52", None, "week"),
    # a weekend is its Saturday and Sunday (no day invented: a weekend has just those two)
    ("es", THU, "La visita será este fin de semana.", "este fin de semana", "2022-01-01", "2022-01-02", "day"),
    ("en", THU, "They met last weekend in Geneva.", "last weekend", "2021-12-25", "2021-12-26", "day"),
    ("fr", D(2014, 4, 14), "Il s'est rendu à Kiev ce week-end.", "ce week-end", "2014-04-12", "2014-04-13", "day"),
    ("es", THU, "Las negociaciones seguirán el mes próximo.", "el mes próximo", "2022-01", None, "month"),
    ("es", THU, "Las negociaciones seguirán el próximo mes.", "el próximo mes", "2022-01", None, "month"),
    ("es", THU, "La cumbre se celebrará en febrero.", "febrero", "2022-02", None, "month"),
    ("es", THU, "La cumbre se celebró en febrero.", "febrero", "2021-02", None, "month"),
    ("es", THU, "La cumbre se celebró en diciembre.", "diciembre", "2021-12", None, "month"),
    ("es", THU, "La reforma entrará en vigor en enero de 2023.", "enero de 2023", "2023-01", None, "month"),
    ("es", THU, "Se reunirán el próximo mes de marzo.", "el próximo mes de marzo", "2022-03", None, "month"),
    ("es", THU, "Se reunieron el pasado mes de mayo.", "el pasado mes de mayo", "2021-05", None, "month"),
    ("es", THU, "Habrá una nueva ronda a finales de enero.", "finales de enero", "2022-01", None, "month"),
    ("es", THU, "Se reunirán a mediados de febrero.", "mediados de febrero", "2022-02", None, "month"),
    ("es", THU, "El plan se aplicará a finales de este mes.", "finales de este mes", "2021-12", None, "month"),
    ("es", THU, "El tratado entrará en vigor a principios de 2023.", "principios de 2023", "2023", None, "year"),
    ("es", THU, "La crisis estalló a finales del año pasado.", "finales del año pasado", "2020", None, "year"),
    ("es", THU, "Las obras terminarán a finales de año.", "finales de año", "2021", None, "year"),
    ("es", THU, "Las elecciones serán en 2023.", "2023", "2023", None, "year"),
    ("es", THU, "El año pasado la economía creció.", "El año pasado", "2020", None, "year"),
    ("es", THU, "El próximo año habrá elecciones.", "El próximo año", "2022", None, "year"),
    ("es", THU, "Este año se firmó el acuerdo.", "Este año", "2021", None, "year"),
    ("es", THU, "El presupuesto crecerá en el primer trimestre de 2022.", "el primer trimestre de 2022", "2022-Q1", None, "quarter"),
    ("es", THU, "Las cifras del tercer trimestre fueron malas.", "tercer trimestre", "2021-Q3", None, "quarter"),
    ("es", THU, "Las ventas caerán el próximo trimestre.", "el próximo trimestre", "2022-Q1", None, "quarter"),
    # seasons are told by their year (the contract has no season granularity)
    ("es", THU, "Xi visitará Japón la próxima primavera.", "la próxima primavera", "2022", None, "year"),
    ("es", THU, "La cumbre se celebró en el verano de 2019.", "el verano de 2019", "2019", None, "year"),
    ("en", D(2019, 12, 24), "Xi's state visit to Japan, planned for next spring.", "next spring", "2020", None, "year"),
    ("en", D(2019, 6, 24), "They will meet again next summer.", "next summer", "2020", None, "year"),
    ("fr", D(2019, 12, 24), "Xi se rendra au Japon au printemps prochain.", "printemps prochain", "2020", None, "year"),
    ("fr", D(2019, 9, 2), "Il viendra à Paris cet automne.", "cet automne", "2019", None, "year"),
    ("pt", D(2019, 6, 24), "Xi visitará o Japão no próximo verão.", "próximo verão", "2020", None, "year"),
    ("es", D(2025, 6, 11), "Se aceleró el año pasado con dos reuniones, la primera el 12 de abril y la segunda el 16 de mayo.", "el 12 de abril", "2024-04-12", None, "day"),
    ("en", D(2025, 6, 11), "Talks sped up last year with two meetings, the first on April 12.", "April 12", "2024-04-12", None, "day"),
    ("en", D(2021, 6, 24), "Parties to the 2015 deal met on June 20.", "June 20", "2021-06-20", None, "day"),
    # two years or two months joined by "and": the span they cover
    ("en", D(2018, 12, 7), "Four rounds took place in Manhasset in 2007 and 2008.", "2007 and 2008", "2007", "2008", "year"),
    ("en", D(2018, 12, 7), "Koehler toured the region in June and July.", "June and July", "2018-06", "2018-07", "month"),
    ("pt", D(2018, 12, 7), "Os enviados reuniram-se em junho e julho.", "junho e julho", "2018-06", "2018-07", "month"),
    ("en", D(2018, 12, 7), "The talks held in 2007-2008 failed.", "2007-2008", "2007", "2008", "year"),
    ("fr", D(2016, 11, 16), "Ottawa avait accueilli en 2013 et en 2014 plusieurs rencontres.", "2013 et en 2014", "2013", "2014", "year"),
    ("en", D(2026, 1, 13), "Lee arrived for a two-day visit that runs through Wednesday.", "Wednesday", "2026-01-14", None, "day"),
    ("es", D(2023, 12, 13), "La gira concluye el 31 de diciembre. La víspera de la firma, el ministro se reunió con Lange.", "La víspera", "2023-12-12", None, "day"),
    ("en", D(2024, 11, 19), "Katz told Austin in a phone call on Monday that Israel would not allow a return to the past.", "Monday", "2024-11-18", None, "day"),
    ("es", D(2022, 3, 28), "Las delegaciones se reunieron el 28 de febrero, el 3 y el 7 de marzo.", "el 7 de marzo", "2022-03-07", None, "day"),
    ("en", D(2025, 3, 6), "Lavrov spoke to reporters after holding talks in Moscow earlier in the day.", "earlier in the day", "2025-03-06", None, "day"),
    ("en", D(2020, 2, 5), "Abbas will address the council on Feb. 11 and is expected to meet Guterres the same day.", "the same day", "2020-02-11", None, "day"),
    ("es", D(2022, 3, 1), "Los ministros se reunieron el 28 de febrero y ese mismo día firmaron el acuerdo.", "ese mismo día", "2022-02-28", None, "day"),
    # ---- English
    ("en", THU, "The talks will resume on Jan. 12.", "Jan. 12", "2022-01-12", None, "day"),
    ("en", THU, "The talks will resume on Jan 12.", "Jan 12", "2022-01-12", None, "day"),
    ("en", D(2022, 2, 1), "The treaty was signed on January 12, 2022.", "January 12, 2022", "2022-01-12", None, "day"),
    ("en", THU, "The summit was held on 12 January 2022.", "12 January 2022", "2022-01-12", None, "day"),
    ("en", D(2022, 2, 1), "The summit held on January 12th was historic.", "January 12th", "2022-01-12", None, "day"),
    ("en", D(2022, 1, 20), "The meeting on the 12th of January went well.", "the 12th of January", "2022-01-12", None, "day"),
    ("en", D(2022, 1, 10), "The envoy arrived on Tuesday, January 4.", "Tuesday, January 4", "2022-01-04", None, "day"),
    ("en", THU, "The ministers met on December 7.", "December 7", "2021-12-07", None, "day"),
    ("en", THU, "The ministers will meet on Sept. 7.", "Sept. 7", "2022-09-07", None, "day"),
    ("en", THU, "Putin agreed to meet Biden on January 13.", "January 13", "2022-01-13", None, "day"),
    ("en", THU, "The letter dated 01/09/2022 arrived.", "01/09/2022", "2022-01-09", None, "day"),
    ("en", THU, "The letter dated 13/01/2022 arrived.", "13/01/2022", "2022-01-13", None, "day"),
    ("en", THU, "Negotiations are scheduled for January 9-10.", "January 9-10", "2022-01-09", "2022-01-10", "day"),
    ("en", THU, "Talks in Geneva on January 9-10, 2022 ended without agreement.", "January 9-10, 2022", "2022-01-09", "2022-01-10", "day"),
    ("en", THU, "The exercise will run from June 12 to June 20.", "from June 12 to June 20", "2022-06-12", "2022-06-20", "day"),
    ("en", THU, "The exercise ran June 12 to 20.", "June 12 to 20", "2021-06-12", "2021-06-20", "day"),
    ("en", THU, "The conference will run between 3 and 5 March.", "between 3 and 5 March", "2022-03-03", "2022-03-05", "day"),
    ("en", THU, "Talks were held from 12 to 14 January 2022.", "from 12 to 14 January 2022", "2022-01-12", "2022-01-14", "day"),
    ("en", THU, "The exercise runs through December 28-January 3.", "December 28-January 3", "2021-12-28", "2022-01-03", "day"),
    ("en", THU, "Biden spoke with Putin on Sunday.", "Sunday", "2021-12-26", None, "day"),
    ("en", THU, "Biden said Monday that talks would continue.", "Monday", "2021-12-27", None, "day"),
    ("en", THU, "The ministers met last Tuesday.", "last Tuesday", "2021-12-28", None, "day"),
    ("en", THU, "The vote is due to take place on Monday.", "Monday", "2022-01-03", None, "day"),
    ("en", THU, "The vote took place on Monday.", "Monday", "2021-12-27", None, "day"),
    ("en", THU, "The ministers will meet next Monday.", "next Monday", "2022-01-03", None, "day"),
    ("en", THU, "This Thursday, the ministers spoke.", "This Thursday", "2021-12-30", None, "day"),
    ("en", THU, "The protesters will march on Friday.", "Friday", "2021-12-31", None, "day"),
    ("en", THU, "Putin and Biden spoke yesterday.", "yesterday", "2021-12-29", None, "day"),
    ("en", THU, "The delegation arrives tomorrow.", "tomorrow", "2021-12-31", None, "day"),
    ("en", THU, "Today, the council voted.", "Today", "2021-12-30", None, "day"),
    ("en", THU, "The president will address the nation tonight.", "tonight", "2021-12-30", None, "day"),
    ("en", THU, "Last night, missiles hit the capital.", "Last night", "2021-12-29", None, "day"),
    ("en", THU, "Moscow sent its proposals two weeks ago.", "two weeks ago", "2021-12-16", None, "day"),
    ("en", THU, "The envoy will return in two weeks.", "in two weeks", "2022-01-13", None, "day"),
    ("en", THU, "The plan was announced a year ago.", "a year ago", "2020", None, "year"),
    ("en", D(2022, 1, 20), "The envoy met Lavrov on January 10, 2022. Two days later, he flew to Brussels.", "Two days later", "2022-01-12", None, "day"),
    ("en", THU, "They met on January 10, 2022 and talked again the following day.", "the following day", "2022-01-11", None, "day"),
    ("en", THU, "The summit opened on June 16, 2021; the day before, aides met.", "the day before", "2021-06-15", None, "day"),
    ("en", THU, "They met on January 10, 2022, and again a week later.", "a week later", "2022-01-17", None, "day"),
    ("en", THU, "NATO will respond next week.", "next week", "2022-W01", None, "week"),
    ("en", THU, "The alliance is meeting this week.", "this week", "2021-W52", None, "week"),
    ("en", THU, "Prices rose this month.", "this month", "2021-12", None, "month"),
    ("en", THU, "Officials met earlier this month.", "earlier this month", "2021-12", None, "month"),
    ("en", THU, "The talks will continue next month.", "next month", "2022-01", None, "month"),
    ("en", THU, "The summit will take place in late January.", "late January", "2022-01", None, "month"),
    ("en", THU, "The summit will take place in mid-January.", "mid-January", "2022-01", None, "month"),
    ("en", THU, "Elections are expected in May.", "May", "2022-05", None, "month"),
    ("en", THU, "The reforms begin in March 2022.", "March 2022", "2022-03", None, "month"),
    ("en", THU, "The treaty may be ready by mid-2025.", "mid-2025", "2025", None, "year"),
    ("en", THU, "The treaty will enter into force in 2023.", "2023", "2023", None, "year"),
    ("en", THU, "The economy shrank last year.", "last year", "2020", None, "year"),
    ("en", THU, "A deal is expected next year.", "next year", "2022", None, "year"),
    ("en", THU, "Ministers will meet early next year.", "early next year", "2022", None, "year"),
    ("en", THU, "A deal is possible by the end of the year.", "the end of the year", "2021", None, "year"),
    ("en", THU, "Growth slowed in the first quarter of 2022.", "the first quarter of 2022", "2022-Q1", None, "quarter"),
    ("en", THU, "Revenue rose in Q3 2021.", "Q3 2021", "2021-Q3", None, "quarter"),
    # ---- French
    ("fr", THU, "Les négociations auront lieu du 9 au 10 janvier 2022.", "du 9 au 10 janvier 2022", "2022-01-09", "2022-01-10", "day"),
    ("fr", THU, "Les ministres se sont rencontrés le 7 décembre.", "le 7 décembre", "2021-12-07", None, "day"),
    # the end of the month told by its noun, not a month's name
    ("fr", THU, "Ils doivent se retrouver avant la fin du mois.", "fin du mois", "2021-12", None, "month"),
    ("es", THU, "Se reunirán a fin de mes en Lima.", "fin de mes", "2021-12", None, "month"),
    ("es", THU, "Se reunirán antes del final de enero.", "final de enero", "2022-01", None, "month"),
    ("pt", THU, "Eles vão se reunir no fim do mês.", "fim do mês", "2021-12", None, "month"),
    ("fr", THU, "Le traité entrera en vigueur le 1er janvier.", "le 1er janvier", "2022-01-01", None, "day"),
    ("fr", THU, "Le sommet aura lieu lundi prochain.", "lundi prochain", "2022-01-03", None, "day"),
    ("fr", THU, "Il a parlé avec Biden hier.", "hier", "2021-12-29", None, "day"),
    ("fr", THU, "La Russie a présenté ses propositions il y a deux semaines.", "il y a deux semaines", "2021-12-16", None, "day"),
    ("fr", THU, "L'OTAN répondra la semaine prochaine.", "la semaine prochaine", "2022-W01", None, "week"),
    ("fr", THU, "Les discussions reprendront début janvier.", "début janvier", "2022-01", None, "month"),
    ("fr", THU, "Les élections auront lieu en 2023.", "2023", "2023", None, "year"),
    ("fr", D(2022, 1, 20), "Ils se sont vus le 12 janvier 2022 et le lendemain ils ont signé.", "le lendemain", "2022-01-13", None, "day"),
    # ---- Portuguese
    ("pt", THU, "As negociações vão decorrer de 9 a 10 de janeiro de 2022.", "de 9 a 10 de janeiro de 2022", "2022-01-09", "2022-01-10", "day"),
    ("pt", THU, "Os ministros reuniram-se em 7 de dezembro.", "7 de dezembro", "2021-12-07", None, "day"),
    ("pt", THU, "A cimeira será na próxima segunda-feira.", "próxima segunda-feira", "2022-01-03", None, "day"),
    ("pt", THU, "O presidente falou ontem com Biden.", "ontem", "2021-12-29", None, "day"),
    ("pt", THU, "A Rússia apresentou as propostas há duas semanas.", "há duas semanas", "2021-12-16", None, "day"),
    ("pt", THU, "A NATO vai responder na próxima semana.", "próxima semana", "2022-W01", None, "week"),
    ("pt", THU, "A reunião terá lugar em fevereiro.", "fevereiro", "2022-02", None, "month"),
    ("pt", THU, "As eleições serão em 2023.", "2023", "2023", None, "year"),
    ("pt", THU, "No dia seguinte, os ministros viajaram para Viena.", "No dia seguinte", "2021-12-31", None, "day"),
    # ---- no publication date: relative expressions stay unresolved, written ones do not
    ("es", None, "Los ministros se reunirán el 13 de enero.", "el 13 de enero", None, None, "day"),
    ("es", None, "La delegación llegó ayer.", "ayer", None, None, "day"),
    ("es", None, "Se reunirán el próximo lunes.", "el próximo lunes", None, None, "day"),
    ("es", None, "La cumbre se celebrará en febrero.", "febrero", None, None, "month"),
    ("es", None, "La OTAN responderá la semana próxima.", "la semana próxima", None, None, "week"),
    ("es", None, "Se firmó el 7 de diciembre de 2021.", "el 7 de diciembre de 2021", "2021-12-07", None, "day"),
    ("es", None, "Tendrá lugar del 9 al 10 de enero de 2022.", "del 9 al 10 de enero de 2022", "2022-01-09", "2022-01-10", "day"),
    ("es", None, "Empezaron el 10 de enero de 2022 y dos días después se suspendieron.", "dos días después", "2022-01-12", None, "day"),
    ("en", None, "NATO will respond next week.", "next week", None, None, "week"),
    ("en", None, "The treaty will enter into force in 2023.", "2023", "2023", None, "year"),
    # ---- passé composé with « être » is past; a shift counted from an undated event is unresolved
    ("fr", D(2025, 2, 2), "Macron est arrivé lundi à Libreville.", "lundi", "2025-01-27", None, "day"),
    ("fr", D(2025, 2, 2), "Les deux ministres se sont rencontrés mardi.", "mardi", "2025-01-28", None, "day"),
    ("fr", THU, "Le sommet est prévu lundi.", "lundi", "2022-01-03", None, "day"),
    ("en", THU, "Rubio met Mulino on Wednesday, a day after arriving from Washington.", "a day after", None, None, "day"),
    # counted from an event a noun names and no day told before dates: unresolved, never from the
    # publication day
    ("en", THU, "The visit comes five months after a first trip by Sarkozy to Algiers.", "five months after", None, None, "month"),
    ("fr", THU, "Cette visite intervient cinq mois après un premier déplacement à Alger.", "cinq mois après", None, None, "month"),
    ("es", THU, "La visita llega cinco meses después de un primer viaje a Argel.", "cinco meses después", None, None, "month"),
    ("es", THU, "Llegó el miércoles, un día después de presidir la firma.", "un día después", None, None, "day"),
    ("fr", THU, "Il est arrivé mercredi, une semaine après avoir annoncé sa visite.", "une semaine après", None, None, "day"),
    ("en", THU, "The talks ended on Monday. Two days later, they met again.", "Two days later", "2021-12-29", None, "day"),
    ("en", THU, "The summit was on Monday, and talks resumed a day after the meeting.", "a day after", "2021-12-28", None, "day"),
    ("es", D(2022, 6, 10), "La cumbre, que se celebró de lunes a viernes, fue la primera.", "de lunes a viernes", "2022-06-06", "2022-06-10", "day"),
    ("es", THU, "La reunión será de 9 a 10 de enero.", "de 9 a 10 de enero", "2022-01-09", "2022-01-10", "day"),
    ("pt", D(2022, 6, 10), "A cimeira decorreu de segunda a sexta-feira.", "de segunda a sexta-feira", "2022-06-06", "2022-06-10", "day"),
    ("pt", D(2022, 6, 10), "O presidente recebeu na segunda-feira o chanceler.", "segunda-feira", "2022-06-06", None, "day"),
    # ---- a day alone takes the month its sentence gave; an event's participle is past
    ("es", D(2022, 7, 22), "Guterres ya había planteado la cuestión a finales de abril durante sus visitas a Moscú, donde se reunió con Putin el día 26.", "el día 26", "2022-04-26", None, "day"),
    ("es", D(2022, 7, 22), "En abril visitó Moscú. Volverá el día 26.", "el día 26", "2022-07-26", None, "day"),
    ("es", D(2020, 1, 19), "La conferencia llega tras el fracaso de las negociaciones celebradas el lunes en Moscú.", "el lunes", "2020-01-13", None, "day"),
    ("es", D(2020, 1, 19), "Las negociaciones serán celebradas el lunes en Moscú.", "el lunes", "2020-01-20", None, "day"),
    ("pt", D(2020, 1, 19), "A cúpula lembra a reunião realizada na segunda-feira em Brasília.", "segunda-feira", "2020-01-13", None, "day"),
    ("pt", D(2020, 1, 19), "A reunião será realizada na segunda-feira em Brasília.", "segunda-feira", "2020-01-20", None, "day"),
    ("fr", D(2020, 1, 19), "Le sommet suit l'échec des négociations tenues lundi à Moscou.", "lundi", "2020-01-13", None, "day"),
    # ---- the Brazilian press's day in brackets after the weekday, and ranges of them
    ("pt", D(2023, 5, 21), "Lula chegou no sábado (20) a Hiroshima.", "sábado (20)", "2023-05-20", None, "day"),
    ("pt", D(2023, 5, 21), "A cúpula vai de sexta-feira (19) a domingo (21).", "de sexta-feira (19) a domingo (21)", "2023-05-19", "2023-05-21", "day"),
    ("pt", D(2023, 5, 21), "A cúpula do G7 foi realizada de sexta-feira (19) até hoje.", "de sexta-feira (19) até hoje", "2023-05-19", "2023-05-21", "day"),
    ("pt", D(2023, 5, 21), "Lula viaja na quinta-feira (25) para Buenos Aires.", "quinta-feira (25)", "2023-05-25", None, "day"),
    # ---- a complementiser opens the date's clause; "earlier in the day" is the day told before
    ("es", D(2018, 10, 1), "Morales anunció que el martes se reunirá en La Paz con su gabinete.", "el martes", "2018-10-02", None, "day"),
    ("en", D(2018, 10, 1), "Morales said that on Tuesday he will meet his cabinet.", "Tuesday", "2018-10-02", None, "day"),
    ("fr", D(2023, 4, 7), "Jeudi, il a rencontré Xi. Plus tôt dans la journée, il s'était entretenu avec Li Qiang.", "Plus tôt dans la journée", "2023-04-06", None, "day"),
    ("en", D(2023, 4, 7), "He met Xi on Thursday. Earlier in the day, he spoke with Li Qiang.", "Earlier in the day", "2023-04-06", None, "day"),
    ("es", D(2023, 1, 9), "Biden llegó el domingo por la noche. Horas antes había visitado El Paso.", "Horas antes", "2023-01-08", None, "day"),
    # ---- a month's day "and" the next one is a range; two distant days are not
    ("en", D(2020, 1, 15), "The ministers will meet again on Jan. 28 and 29.", "Jan. 28 and 29", "2020-01-28", "2020-01-29", "day"),
    ("en", D(2019, 10, 10), "EU leaders meet for a summit on October 17 and 18.", "October 17 and 18", "2019-10-17", "2019-10-18", "day"),
    ("en", D(2019, 10, 10), "They met on June 3 and 10.", "June 3", "2019-06-03", None, "day"),
    # ---- someone "expected" somewhere on a weekday goes there ahead
    ("fr", D(2022, 6, 8), "Le roi se rendra à Bukavu, où il est attendu dimanche pour rencontrer le docteur Mukwege.", "dimanche", "2022-06-12", None, "day"),
    ("pt", D(2022, 6, 8), "O rei é esperado no domingo em Bukavu.", "domingo", "2022-06-12", None, "day"),
    # ---- a pluperfect is past
    ("pt", D(2023, 9, 20), "Os dois haviam conversado por videoconferência em 2 de março.", "2 de março", "2023-03-02", None, "day"),
    # ---- impossible dates are found but not resolved
    ("es", THU, "El 31 de febrero no existe.", "El 31 de febrero", None, None, "day"),
    ("es", THU, "La carta está fechada el 2022-02-30.", "2022-02-30", None, None, "day"),
    ("pt", D(2014, 1, 27), "Hoje (27), Dilma inaugurou o porto.", "Hoje (27)", "2014-01-27", None, "day"),
    ("pt", D(2014, 1, 27), "Amanhã (28), Dilma participa da cúpula.", "Amanhã (28)", "2014-01-28", None, "day"),
    # ---- a past relative year in another clause does not date a future one
    ("en", D(2018, 4, 28), "The SCO summit is the first since India became a full member last year, and both are expected to attend the BRICS summit from July 25 to 27.", "from July 25 to 27", "2018-07-25", "2018-07-27", "day"),
    # ---- a day an event is set or put off to is ahead of the setting
    ("fr", D(2008, 5, 21), "Nabih Berri a fixé à dimanche la séance électorale.", "dimanche", "2008-05-25", None, "day"),
    ("es", D(2008, 5, 21), "Berri fijó para el domingo la sesión electoral.", "el domingo", "2008-05-25", None, "day"),
    ("en", D(2008, 5, 21), "The vote was postponed to Sunday.", "Sunday", "2008-05-25", None, "day"),
    # ---- a weekday with its day, then a range from that day: one expression
    ("en", D(2019, 2, 15), "The ministers, meeting on Wednesday 13 and Thursday 14 February in Brussels, urged Russia to comply.", "Wednesday 13 and Thursday 14 February", "2019-02-13", "2019-02-14", "day"),
    ("fr", D(2019, 2, 15), "Les ministres, réunis mercredi 13 et jeudi 14 février à Bruxelles, ont appelé la Russie.", "mercredi 13 et jeudi 14 février", "2019-02-13", "2019-02-14", "day"),
    ("es", D(2019, 2, 15), "Los ministros, reunidos el miércoles 13 y el jueves 14 de febrero en Bruselas, pidieron calma.", "el miércoles 13 y el jueves 14 de febrero", "2019-02-13", "2019-02-14", "day"),
    # ---- a month counted from the month just told, never a day
    ("en", D(2006, 2, 24), "Talks collapsed in April 2003, after a round held in Hakone the previous month.", "the previous month", "2003-03", None, "month"),
    ("es", D(2006, 2, 24), "Las conversaciones se rompieron el 21 de abril de 2003; el mes anterior se habían reunido en Hakone.", "el mes anterior", "2003-03", None, "month"),
    ("fr", D(2019, 2, 6), "L'accord a été paraphé en décembre 2018 et signé le mois suivant.", "le mois suivant", "2019-01", None, "month"),
    ("pt", D(2014, 1, 27), "A obra começou em maio de 2010 e o financiamento chegou no mês seguinte.", "no mês seguinte", "2010-06", None, "month"),
    # ---- a verb of intent governs the date of its infinitive, whatever the sentence's main verb
    ("fr", D(1991, 8, 30), "Les Douze ont salué la conférence que la Communauté entend réunir à La Haye en septembre.", "septembre", "1991-09", None, "month"),
    ("es", D(1991, 8, 30), "Los Doce celebraron la conferencia que la Comunidad pretende reunir en La Haya en septiembre.", "septiembre", "1991-09", None, "month"),
    ("pt", D(1991, 8, 30), "Os Doze saudaram a conferência que a Comunidade tenciona reunir em Haia em setembro.", "setembro", "1991-09", None, "month"),
]
# fmt: on


def _ids() -> list[str]:
    return [f"{c[0]}-{i:03d}-{c[3]}" for i, c in enumerate(CASES)]


def test_table_is_large_enough():
    assert len(CASES) >= 120
    assert {c[0] for c in CASES} == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expr", "value", "end_value", "gran"), CASES, ids=_ids()
)
def test_date_expression(lang, published, sentence, expr, value, end_value, gran):
    assert expr in sentence, "the expected expression must be a substring of the sentence"
    found = find_dates(sentence, lang, published)
    hits = [d for d in found if d.text == expr]
    assert hits, f"{expr!r} not found; got {[d.text for d in found]}"
    d = hits[0]
    assert sentence[d.start : d.end] == expr
    assert (d.value, d.end_value, d.granularity) == (value, end_value, gran)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "El 10% de los votos fue para la oposición."),
        ("es", "Fue en un momento decisivo y en una jornada larga."),
        ("es", "El 99 de enero no existe."),
        ("es", "Las Madres de Plaza de Mayo marcharon."),
        ("es", "Los lunes se reúne el consejo."),
        ("es", "Cada martes llegan 3.000 soldados."),
        ("es", "Ganaron 2-1 el partido con 25 votos de 30."),
        ("es", "Plácido Domingo cantó en Viena."),
        ("es", "La mañana fue tranquila y la noche, fría."),
        ("es", "Hace falta más diálogo; hace años que no hablan."),
        ("es", "El pasado de la alianza pesa."),
        ("es", "Son las 10:30 de la noche."),
        ("en", "It may rain, and they march on."),
        ("en", "Theresa May said the deal was dead."),
        ("en", "The march was peaceful and may continue."),
        ("en", "About 1,500 troops and 12 tanks crossed the border."),
        ("en", "He spoke for an hour in a room in London."),
        ("en", "Early elections are possible."),
        ("en", "They meet on Mondays and every Tuesday."),
        ("fr", "Mars est une planète et il a vu 3 chats."),
        ("pt", "A maioria votou em um candidato."),
        ("en", "It was their first face-to-face talks in a year."),
        ("en", "The first such meeting in two years took place."),
        # a weekend, with no word to place it, is not the end of a week
        ("es", "Prolongará las conversaciones durante el fin de semana si fuera necesario."),
        # a short weekday form before a noun is an ordinal («a segunda cimeira»)
        ("pt", "Os líderes encerraram em Maputo a segunda cimeira ordinária."),
        ("pt", "A quarta ronda de negociações terminou sem acordo."),
        # a capitalised month alone after «de» is a name («a Revolução de Abril»)
        ("pt", "Os militares lembraram a Revolução de Abril."),
        ("es", "Las conversaciones comenzaron en Abril en Évora."),
        # a today-word opening an apposition tells what is so now, not a day
        ("es", "La visitó Cristina Fernández de Kirchner, hoy vicepresidenta, con Putin."),
        ("fr", "Laurent Gbagbo, aujourd'hui exilé en Côte d'Ivoire, a signé l'accord."),
        ("pt", "O comércio, hoje concentrado na mineração, deve crescer."),
    ],
)
def test_no_false_positives(lang, sentence):
    assert find_dates(sentence, lang, THU) == []


def test_reference_article():
    text = (
        "«Ambos líderes discutieron los acuerdos alcanzados durante sus consultas previas el 7 de "
        "diciembre, incluida la decisión de iniciar negociaciones», aseguró el Kremlin.\n\n"
        "La primera ronda de negociaciones tendrá lugar en Ginebra, del 9 al 10 de enero de 2022, "
        "posteriormente continuarán en Bruselas en el marco del Consejo OTAN-Rusia el 12 de enero, y "
        "dentro de la Organización para la Seguridad y la Cooperación en Europa el 13 de enero."
    )
    got = [(d.text, d.value, d.end_value) for d in find_dates(text, "es", THU)]
    assert got == [
        ("el 7 de diciembre", "2021-12-07", None),
        ("del 9 al 10 de enero de 2022", "2022-01-09", "2022-01-10"),
        ("el 12 de enero", "2022-01-12", None),
        ("el 13 de enero", "2022-01-13", None),
    ]


def _check_invariants(text: str, found) -> None:
    last_end = -1
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert d.start >= last_end, "sorted and non-overlapping"
        last_end = d.end
        assert d.granularity in ("day", "week", "month", "quarter", "year", "other")


def test_offsets_with_sentences_and_paragraphs():
    from communique.stages.sentences import split_sentences

    text = (
        "Biden llegó ayer a Ginebra.\n\nEl 9 de enero de 2022 empezaron las conversaciones. "
        "Al día siguiente se reunieron de nuevo, y la semana próxima habrá otra ronda."
    )
    found = find_dates(text, "es", THU, split_sentences(text))
    _check_invariants(text, found)
    assert [(d.text, d.value) for d in found] == [
        ("ayer", "2021-12-29"),
        ("El 9 de enero de 2022", "2022-01-09"),
        ("Al día siguiente", "2022-01-10"),
        ("la semana próxima", "2022-W01"),
    ]


def test_anaphora_reaches_back_two_sentences_but_not_three():
    # a sentence (often a quote's) may stand between the day and the anaphor; further back, the
    # anaphor counts from the publication date
    from communique.stages.sentences import split_sentences

    two = "Se reunieron el 9 de enero de 2022. Hablaron mucho. Al día siguiente firmaron."
    found = {d.text: d.value for d in find_dates(two, "es", THU, split_sentences(two))}
    assert found["Al día siguiente"] == "2022-01-10"
    three = "Se reunieron el 9 de enero de 2022. Hablaron mucho. Luego comieron. Al día siguiente firmaron."
    found = {d.text: d.value for d in find_dates(three, "es", THU, split_sentences(three))}
    assert found["Al día siguiente"] == "2021-12-31"  # the publication date, not 9 January


@pytest.mark.parametrize(
    "lang, published, text, eve, value",
    [
        (
            "pt",
            D(2023, 9, 23),
            "Xi Jinping e Xanana Gusmão anunciaram hoje, em Hangzhou, a elevação das relações.\n\n"
            "No início do mês, o primeiro-ministro esteve em Jacarta, entre 5 e 7 de setembro.\n\n"
            "Na véspera, Xi recebeu em Hangzhou o Presidente sírio, Bashar al-Assad.",
            "Na véspera",
            "2023-09-22",
        ),
        (
            "es",
            D(2009, 6, 30),
            "Los presidentes del SICA acordaron ayer en Managua no reconocer al nuevo gobierno. La "
            "canciller había sido detenida el domingo.\n\n«Es un golpe», sostuvo Calderón.\n\n"
            "La víspera, los cancilleres del SICA ya habían condenado el golpe.",
            "La víspera",
            "2009-06-28",
        ),
    ],
)
def test_an_eve_opening_a_paragraph_is_the_eve_of_the_lead_s_day(lang, published, text, eve, value):
    """ "La víspera, …" opening a paragraph counts from the story's day (the lead's), not from
    a day the paragraph before named in passing."""
    from communique.stages.sentences import split_sentences

    found = {d.text: d.value for d in find_dates(text, lang, published, split_sentences(text))}
    assert found[eve] == value, found


def test_an_eve_in_the_paragraph_of_its_day_counts_from_that_day():
    from communique.stages.sentences import split_sentences

    text = (
        "Los cancilleres se reunieron ayer en Lima.\n\nEl 12 de mayo firmaron un acuerdo en "
        "Quito. La víspera, los negociadores cerraron el texto."
    )
    found = {d.text: d.value for d in find_dates(text, "es", D(2009, 6, 30), split_sentences(text))}
    assert found["La víspera"] == "2009-05-11"


def test_a_shift_after_a_month_told_in_its_sentence_counts_from_no_earlier_day():
    from communique.stages.sentences import split_sentences

    text = (
        "Hassan Rohani est arrivé mercredi soir à Paris. Laurent Fabius s'était rendu à Téhéran "
        "dès juillet dernier, deux semaines après la conclusion de l'accord."
    )
    found = {d.text: d.value for d in find_dates(text, "fr", D(2016, 1, 28), split_sentences(text))}
    assert found["juillet dernier"] == "2015-07"
    assert found["deux semaines après"] is None  # not two weeks after Wednesday


def test_a_same_day_anaphor_far_from_any_day_is_the_lead_s_day():
    # "earlier in the day" with no day told just before: the story's day, told by its lead
    text = (
        "Ethiopia and Somalia agreed to end their dispute, Recep Tayyip Erdogan announced late "
        "Wednesday after hosting both leaders in Ankara. The deal gives Ethiopia access to the "
        "sea. It must be signed within four months. Erdogan held separate meetings with each "
        "leader earlier in the day."
    )
    found = {d.text: d.value for d in find_dates(text, "en", D(2024, 12, 12))}
    assert found["earlier in the day"] == "2024-12-11"


def test_the_eve_far_from_any_day_is_the_eve_of_the_lead_s_day():
    # « La veille » three sentences after the summit's Sunday: the Saturday before it, not the
    # eve of the publication day
    text = (
        "La junte a condamné les sanctions décidées dimanche par les dirigeants réunis à Accra. "
        "Ils ont fermé les frontières. Ils ont rappelé leurs ambassadeurs. L'organisation reproche "
        "aux autorités de ne pas tenir leur engagement. La veille, le ministre malien avait été "
        "reçu à Accra."
    )
    found = {d.text: d.value for d in find_dates(text, "fr", D(2022, 1, 10))}
    assert found["dimanche"] == "2022-01-09"
    assert found["La veille"] == "2022-01-08"


@pytest.mark.parametrize(
    ("lang", "text", "published", "value"),
    [
        (
            "fr",
            "Le président a reconnu jeudi les souffrances de la colonisation. « À Sétif, le 8 mai "
            "1945, la France manquait à ses valeurs », a-t-il dit. La veille, il s'est entretenu "
            "avec Bouteflika.",
            D(2012, 12, 21),
            "2012-12-19",
        ),
        (
            "en",
            'He spoke on Thursday. "On June 6, 1944, the free world stood together," he said. '
            "The day before, he met the king.",
            D(2004, 6, 4),
            "2004-06-02",
        ),
    ],
)
def test_a_day_inside_a_quote_is_no_day_an_eve_counts_from(lang, text, published, value):
    found = {d.text: d.value for d in find_dates(text, lang, published)}
    eve = next(v for k, v in found.items() if k.lower() in ("la veille", "the day before"))
    assert eve == value


@pytest.mark.parametrize(
    ("lang", "text", "anaphor", "value"),
    [
        (
            "en",
            "Prince Mohammed received Hadi on Monday, the day before the ceremony, and met Zubaidi "
            "separately the same evening.",
            "the same evening",
            "2019-11-04",
        ),
        (
            "es",
            "El príncipe recibió a Hadi el lunes, la víspera de la ceremonia, y se reunió por "
            "separado con Zubaidi esa misma noche.",
            "esa misma noche",
            "2019-11-04",
        ),
        (
            "fr",
            "Le prince a reçu Hadi lundi, la veille de la cérémonie, et s'est entretenu le soir "
            "même avec Zubaidi.",
            "le soir même",
            "2019-11-04",
        ),
    ],
)
def test_an_eve_set_off_after_a_day_is_that_day_told_again(lang, text, anaphor, value):
    found = find_dates(text, lang, D(2019, 11, 6))
    # the eve names the Monday itself: no day before it is told
    assert [d.value for d in found] == [value, value], found
    assert found[-1].text == anaphor


def test_hours_before_the_story_s_meeting_are_on_the_lead_s_day():
    # the report is filed the next day: «Horas antes de la cita» is the Thursday of the meeting
    # the lead tells, not the filing day
    text = (
        "Kerry se reunió el jueves en Amán con el rey Abdalá y con Netanyahu. La tensión crece en "
        "Jerusalén. Horas antes de la cita trilateral, Kerry se había reunido con Abbas."
    )
    found = {d.text: d.value for d in find_dates(text, "es", D(2014, 11, 14))}
    assert found["el jueves"] == "2014-11-13"
    assert found["Horas antes"] == "2014-11-13"


def test_a_same_day_anaphor_after_the_lead_keeps_the_publication_day_without_a_lead_day():
    text = "The deal gives Ethiopia access to the sea. It must be signed soon. Later that day, he left."
    found = {d.text: d.value for d in find_dates(text, "en", D(2024, 12, 12))}
    assert found["Later that day"] == "2024-12-12"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "They met in Istanbul in March last year.", "March", "2022-03"),
        ("en", "They met on 12 March last year.", "12 March", "2022-03-12"),
        ("es", "Se reunieron en marzo del año pasado.", "marzo", "2022-03"),
        ("fr", "Ils se sont rencontrés en mars l'an dernier.", "mars", "2022-03"),
        ("pt", "Reuniram-se em março do ano passado.", "março", "2022-03"),
        ("en", "They met in March, and last year they talked.", "March", "2023-03"),
    ],
)
def test_a_month_followed_by_a_relative_year_is_in_that_year(lang, text, expr, value):
    found = {d.text: d.value for d in find_dates(text, lang, D(2023, 6, 17))}
    assert found[expr] == value


def test_expression_never_spans_paragraphs():
    text = "Se reunieron el 9\n\nde enero de 2022 en Ginebra."
    for d in find_dates(text, "es", THU):
        assert "\n\n" not in d.text


def test_datetime_published_is_accepted():
    found = find_dates("Llegó ayer.", "es", dt.datetime(2021, 12, 30, 18, 0))
    assert found[0].value == "2021-12-29"


def test_unknown_language_still_reads_numeric_dates():
    found = find_dates("Signed 2022-01-09 in Geneva.", "xx", THU)
    assert [(d.text, d.value) for d in found] == [("2022-01-09", "2022-01-09")]


@pytest.mark.parametrize(
    "text",
    [
        "el 99999999999999999999999999 de enero",
        "hace 99999 años y dentro de 99999 días",
        "el " + "9" * 5000 + " de enero de " + "2" * 5000,
        "del 9 al al 10 de de enero de",
        "entre el y el de marzo",
        "Q9 2022, Q0, Q4",
        "los días , , y de julio",
        "\x00\ufeff\u200b el 7 de diciembre \ud7ff 𝟙𝟚 de enero",
        "٣ de enero de ٢٠٢٢",
        "9999-99-99 00/00/0000 31/31/2022 29/02/2021",
        "el 29 de febrero",
        "mid-mid- late early the end of the",
        "",
        "   \n\n  ",
    ],
)
def test_never_raises_on_odd_input(text, caplog):
    for lang in ("es", "en", "fr", "pt", "xx"):
        for published in (THU, None, D(1, 1, 1), D(9999, 12, 31)):
            found = find_dates(text, lang, published)
            _check_invariants(text, found)
            for d in found:
                assert d.value is None or d.value[:4].isdigit()
    assert not caplog.records, "find_dates hid an exception"


def test_never_raises_on_random_text(caplog):
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    # fmt: off
    words = st.sampled_from(
        ["el", "de", "del", "al", "y", "7", "12", "2022", "enero", "May", "next", "próximo",
         "lunes", "Monday", "hace", "dos", "días", "después", "-", ",", ".", "1.º", "mid-",
         "finales", "semana", "the", "following", "day", "Q1", "ago", "entre", "from", "to"]
    )
    # fmt: on
    text = st.one_of(st.text(max_size=200), st.lists(words, max_size=40).map(" ".join))

    @hypothesis.settings(max_examples=300, deadline=None, database=None)
    @hypothesis.given(text=text, lang=st.sampled_from(["es", "en", "fr", "pt"]))
    def run(text, lang):
        _check_invariants(text, find_dates(text, lang, THU))
        _check_invariants(text, find_dates(text, lang, None))

    run()
    assert not caplog.records, "find_dates hid an exception"


# ---- clause_tense


@pytest.mark.parametrize(
    ("lang", "sentence", "expr", "tense"),
    [
        ("es", "Los ministros se reunirán el 13 de enero.", "el 13 de enero", "future"),
        # «extraordinária» is an adjective, no conditional
        (
            "pt",
            "A 8 de abril, uma cimeira extraordinária da SADC, realizada em Maputo, decidiu enviar "
            "uma missão.",
            "8 de abril",
            "past",
        ),
        # a short bracketed aside breaks no clause: the clause's verb is before it, not the
        # past verb after the date's comma
        (
            "es",
            "Zapatero irá a la cumbre del G-20 que se celebrará en Toronto (Canadá) los días 26 y "
            "27 de junio, insistió el portavoz.",
            "los días 26 y 27 de junio",
            "future",
        ),
        ("es", "Los ministros se reunieron el 13 de enero.", "el 13 de enero", "past"),
        ("es", "Los ministros se han reunido el 13 de enero.", "el 13 de enero", "past"),
        ("es", "La cumbre tendrá lugar el 13 de enero.", "el 13 de enero", "future"),
        ("es", "Está previsto que la cumbre sea el 13 de enero.", "el 13 de enero", "future"),
        ("es", "Biden va a viajar a Ginebra el 13 de enero.", "el 13 de enero", "future"),
        (
            "es",
            "Putin dijo que sería un grave error el 13 de enero.",
            "el 13 de enero",
            "conditional",
        ),
        (
            "es",
            "El 7 de diciembre, Putin y Biden hablaron por teléfono.",
            "El 7 de diciembre",
            "past",
        ),
        # what has run since a day began before it, whatever the sentence's main verb
        (
            "fr",
            "Les chefs d'État réunis depuis vendredi, M. Diouf succédera à Boutros-Ghali.",
            "vendredi",
            "past",
        ),
        ("es", "Los ministros, reunidos desde el lunes, aprobarán el texto.", "el lunes", "past"),
        # what is agreed lies ahead of the agreeing, for a date right after the infinitive
        ("es", "Acordaron reunirse el 13 de enero.", "el 13 de enero", "future"),
        ("en", "They agreed to meet in October in Santiago.", "October", "future"),
        ("pt", "Combinaram voltar a se reunir em outubro.", "outubro", "future"),
        # so is what is intended, wished or proposed
        ("en", "Biden said he intended to visit the continent in February.", "February", "future"),
        ("en", "Scholz hoped to visit Kyiv in April.", "April", "future"),
        # further on, the date is another event's: the infinitive is no cue for it
        (
            "en",
            "Trump agreed to honor the “one China” policy in a lengthy telephone call with "
            "Chinese President Xi Jinping on Thursday.",
            "Thursday",
            "unknown",
        ),
        # an infinitive after a verb of no intent stays neutral
        ("es", "Se negaron a reunirse el 13 de enero.", "el 13 de enero", "unknown"),
        ("es", "La mayoría de los diputados, el 13 de enero.", "el 13 de enero", "unknown"),
        ("es", "El presidente de Irán, el 13 de enero.", "el 13 de enero", "unknown"),
        ("es", "La cumbre es el 13 de enero.", "el 13 de enero", "present"),
        ("en", "The ministers will meet on Monday.", "Monday", "future"),
        ("en", "The ministers met on Monday.", "Monday", "past"),
        ("en", "The ministers are expected to meet on Monday.", "Monday", "future"),
        ("en", "The ministers would meet on Monday.", "Monday", "conditional"),
        ("en", "The ministers talked on Monday.", "Monday", "past"),
        ("en", "The ministers agreed to meet on Monday.", "Monday", "future"),
        ("en", "The vote is on Monday.", "Monday", "present"),
        ("fr", "Les ministres se rencontreront lundi.", "lundi", "future"),
        ("fr", "Les ministres ont parlé lundi.", "lundi", "past"),
        ("pt", "Os ministros falaram na segunda-feira.", "segunda-feira", "past"),
        ("pt", "Os ministros vão falar na segunda-feira.", "segunda-feira", "future"),
        ("pt", "Os ministros falarão na segunda-feira.", "segunda-feira", "future"),
        # a planning participle is future from its clause's own time
        ("en", "A third round scheduled for Sept. 17 was postponed.", "Sept. 17", "past"),
        ("en", "The meeting was scheduled for Sept. 17.", "Sept. 17", "past"),
        ("en", "The next round is scheduled for Sept. 17.", "Sept. 17", "future"),
        ("en", "Talks scheduled for Sept. 17 in Ankara.", "Sept. 17", "future"),
        (
            "es",
            "La ronda prevista para el 17 de septiembre fue aplazada.",
            "el 17 de septiembre",
            "past",
        ),
        (
            "es",
            "La ronda prevista para el 17 de septiembre tendrá lugar en Ankara.",
            "el 17 de septiembre",
            "future",
        ),
        (
            "pt",
            "Bolsonaro convidou as estatais para o leilão marcado para 6 de novembro.",
            "6 de novembro",
            "future",
        ),
        ("fr", "Le sommet prévu le 17 septembre a été reporté.", "17 septembre", "past"),
        ("en", "The summit, which will be held on July 27-28, opens.", "July 27-28", "future"),
        ("en", "The summit was held on July 27-28.", "July 27-28", "past"),
        # after the clause's finite verb, an -ed form right after the date is a participle
        (
            "en",
            "Blair will host a conference on March 1 aimed at helping Abbas.",
            "March 1",
            "future",
        ),
        ("en", "Blair hosted a conference on March 1 aimed at helping Abbas.", "March 1", "past"),
        # with no verb before, it is the clause's own verb
        ("en", "The talks on March 1 ended without a deal.", "March 1", "past"),
        # a participial phrase set off by commas tells no tense; a verb after an aside does
        (
            "en",
            "On Friday, accompanied by Prime Minister Shinzo Abe, he will visit Hiroshima.",
            "Friday",
            "future",
        ),
        ("en", "On Friday, the ministers, backed by Paris, signed the deal.", "Friday", "past"),
        # an -ed form after a name set off by commas is the subject's finite verb
        (
            "en",
            "Its president, Serzh Sargsyan, announced after talks in Moscow on September 3 that "
            "his country would join.",
            "September 3",
            "past",
        ),
        # an infinitive after a future verb is ahead (after a past one it says nothing: above)
        ("pt", "Os chanceleres voltarão a se reunir em setembro.", "setembro", "future"),
        # a meeting prepared for is ahead of the preparing
        (
            "pt",
            "Lavrov e Vieira discutiram os preparativos para a cúpula do Brics em Kazan, em outubro.",
            "outubro",
            "future",
        ),
        ("en", "They discussed preparations for the summit in October.", "October", "future"),
        # a meeting "prevista del …" is planned whatever the sentence's other verbs say
        (
            "es",
            "Consideraron probable que la votación se celebre antes de la Asamblea, prevista del "
            "5 al 7 de junio, aunque advirtieron de que Ecuador se opone.",
            "del 5 al 7 de junio",
            "future",
        ),
        # a purpose clause after a date does not put it ahead
        (
            "es",
            "Han mantenido tres rondas, la primera en La Habana el 22 de enero, para preparar la "
            "reapertura.",
            "el 22 de enero",
            "unknown",
        ),
        # a purpose infinitive after the date leaves it to the past verb just before
        (
            "es",
            "Netanyahu ya había viajado discretamente a Amán en enero para entrevistarse con el "
            "monarca.",
            "enero",
            "past",
        ),
        ("pt", "Lula tinha viajado a Pequim em maio para negociar o acordo.", "maio", "past"),
        # a verb coordinated after the span tells its own time, not the span's
        (
            "fr",
            "Ils ont soutenu la conférence que la Communauté entend réunir au début du mois de "
            "septembre et ont appelé au cessez-le-feu.",
            "début du mois de septembre",
            "future",
        ),
        # «desde» before a name is a place left from, no past; before its date it is
        (
            "es",
            "Un primer grupo volará desde Costa Rica hasta El Salvador en la primera semana de "
            "enero.",
            "enero",
            "future",
        ),
        (
            "es",
            "Los ministros, reunidos desde el viernes en Viena, firmaron.",
            "el viernes",
            "past",
        ),  # guard
        # the synthetic pluperfect of the European press is past; the future subjunctive after
        # «quando» is future
        (
            "pt",
            "Em Março, durante uma visita a Portugal, Dilma já admitira que o Brasil ajudaria.",
            "Março",
            "past",
        ),
        (
            "pt",
            "Lula lembrou que o convidou para provar um churrasco quando for a Belém, em novembro.",
            "novembro",
            "future",
        ),
        # a past verb far before the date does not govern it
        (
            "en",
            "Egypt has invited all the factions that signed the 2011 accord to a meeting in Cairo "
            "on Nov. 21 to discuss the deal.",
            "Nov. 21",
            "unknown",
        ),
        # a date set before its noun takes the tense of the noun phrase's own verb, not that of
        # the verb that reports it
        ("en", "Analysts said the Jan. 31 meeting would be difficult.", "Jan. 31", "conditional"),
        ("en", "Analysts said the Jan. 31 meeting was difficult.", "Jan. 31", "past"),
        # «volta a», «vuelve a» + an infinitive: what happens again is ahead
        (
            "pt",
            "Touré saudou o entendimento, lembrando que o Conselho de Segurança volta a analisar a "
            "situação no país em novembro.",
            "novembro",
            "future",
        ),
        (
            "es",
            "Touré saludó el acuerdo y recordó que el Consejo de Seguridad vuelve a examinar la "
            "situación del país en noviembre.",
            "noviembre",
            "future",
        ),
        # what a side is preparing for is ahead
        (
            "en",
            "The two leaders held a virtual summit on Thursday, as both sides began preparing "
            "for Mr. Modi's visit to Dhaka in March.",
            "March",
            "future",
        ),
        (
            "es",
            "Los dos líderes celebraron una cumbre virtual, y los equipos ya están preparando la "
            "visita de Modi a Daca en marzo.",
            "marzo",
            "future",
        ),
        (
            "fr",
            "Les deux dirigeants ont tenu un sommet virtuel, préparant la visite de Modi à Dacca "
            "en mars.",
            "mars",
            "future",
        ),
        (
            "pt",
            "Os dois líderes realizaram uma cúpula virtual, e as equipes estão preparando a visita "
            "de Modi a Daca em março.",
            "março",
            "future",
        ),
    ],
)
def test_clause_tense(lang, sentence, expr, tense):
    start = sentence.index(expr)
    assert clause_tense(sentence, start, start + len(expr), lang) == tense


def test_clause_tense_looks_at_its_own_clause():
    text = "Putin visitó Pekín el 4 de febrero, y se reunirá con Xi el 13 de marzo."
    s1 = text.index("el 4 de febrero")
    s2 = text.index("el 13 de marzo")
    assert clause_tense(text, s1, s1 + 15, "es") == "past"
    assert clause_tense(text, s2, s2 + 14, "es") == "future"


def test_clause_tense_never_raises():
    assert clause_tense("", 0, 0, "es") == "unknown"
    assert clause_tense("abc", 5, 2, "es") == "unknown"
    assert clause_tense("Se reunirán mañana.", 0, 3, "xx") == "unknown"


# ---- the data files


def test_a_new_language_is_a_new_file(tmp_path, monkeypatch):
    """German from a data file alone: no code knows it."""
    import communique.resources as resources

    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "dates.toml").write_text(
        """
months = [["Januar", "Jan."], ["Februar"], ["März"], ["April"], ["Mai"], ["Juni"], ["Juli"],
          ["August"], ["September"], ["Oktober"], ["November"], ["Dezember"]]
weekdays = [["Montag"], ["Dienstag"], ["Mittwoch"], ["Donnerstag"], ["Freitag"],
            ["Samstag"], ["Sonntag"]]
[grammar]
articles = ["am"]
ordinal_suffixes = ["."]
day_month = [""]
month_year = [""]
[modifiers.before]
"nächsten" = 1
[relative_days]
gestern = -1
[tense]
future = ["wird", "werden"]
past = ["hat", "haben", "traf", "trafen"]
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(resources, "_extra_dirs", [tmp_path])
    resources.load_lang_file.cache_clear()
    try:
        text = "Die Minister trafen sich am 7. Dezember und gestern; sie werden sich am nächsten Montag treffen."
        got = [(d.text, d.value) for d in find_dates(text, "de", THU)]
    finally:
        monkeypatch.undo()
        resources.load_lang_file.cache_clear()
    assert got == [
        ("am 7. Dezember", "2021-12-07"),
        ("gestern", "2021-12-29"),
        ("am nächsten Montag", "2022-01-03"),
    ]


def test_every_language_file_has_the_same_structure():
    required = {
        "months",
        "weekdays",
        "case",
        "grammar",
        "modifiers",
        "units",
        "units_plural",
        "numbers",
        "relative_days",
        "anaphoric_days",
        "day_parts",
        "shifts",
        "month_parts",
        "ranges",
        "quarters",
        "seasons",
        "tense",
    }
    for lang in SUPPORTED_LANGUAGES:
        data = load_lang_file(lang, "dates")
        assert required <= set(data), (lang, required - set(data))
        assert len(data["months"]) == 12 and all(data["months"])
        assert len(data["weekdays"]) == 7 and all(data["weekdays"])
        assert data["modifiers"]["before"], lang
        assert {"future", "past"} <= set(data["tense"]), lang
        assert len(data["numbers"]) >= 20, lang


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_month_and_weekday_tables_agree_with_dateparser(lang):
    """Each month form, and each weekday, read by dateparser in the same language."""
    dateparser_date = pytest.importorskip("dateparser.date")
    data = load_lang_file(lang, "dates")
    parser = dateparser_date.DateDataParser(
        languages=[lang], settings={"RELATIVE_BASE": dt.datetime(2021, 12, 30)}
    )
    joiner = {"es": " de ", "pt": " de "}.get(lang, " ")
    for month, forms in enumerate(data["months"], 1):
        for form in forms:
            got = parser.get_date_data(f"5{joiner}{form}{joiner}2021").date_obj
            assert got is not None and got.month == month, (lang, form, got)
    for weekday, forms in enumerate(data["weekdays"]):
        for form in forms:
            got = parser.get_date_data(form).date_obj
            assert got is not None and got.weekday() == weekday, (lang, form, got)


def test_the_same_day_counts_from_a_day_named_two_sentences_back():
    # «Ese mismo día» in the paragraph after the day was named, a quote's sentence between
    from pathlib import Path

    from communique.article import load
    from communique.pipeline import analyze

    path = Path(__file__).parent.parent / "sample_articles" / "milei-netanyahu-jerusalen.es.md"
    an = analyze(load(path))
    herzog = next(m for m in an.meetings if "Ese mismo día por la tarde" in m.evidence.text)
    assert herzog.start == "2024-02-06", [(m.start, m.evidence.text[:40]) for m in an.meetings]


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        ("es", "Kabbah ha convocado para el viernes una reunión con los partidos.", "el viernes"),
        ("pt", "Kabbah convocou para sexta-feira uma reunião com os partidos.", "sexta-feira"),
        ("fr", "Kabbah a convoqué pour vendredi une réunion avec les partis.", "vendredi"),
    ],
)
def test_a_day_a_meeting_is_called_for_is_ahead(lang, text, expr):
    found = {d.text: d.value for d in find_dates(text, lang, D(1999, 7, 8))}
    assert found[expr] == "1999-07-09"


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Lula chega na segunda pela manhã a Brasília.", "segunda pela manhã"),
        ("Na segunda, Lula viaja a Pequim.", "segunda"),
        ("O encontro foi na sexta passada.", "sexta passada"),
    ],
)
def test_a_short_weekday_form_before_no_noun_is_the_weekday(sentence, text):
    assert [d.text for d in find_dates(sentence, "pt", THU)] == [text]


@pytest.mark.parametrize(
    ("lang", "published", "text", "values"),
    [
        # published on a Friday: alone, "Friday" would be that day, before the summit's Thursday
        (
            "en",
            "2016-05-20",
            "Abe will host the summit in Ise-Shima on Thursday and Friday.",
            ["2016-05-26", "2016-05-27"],
        ),
        (
            "fr",
            "2022-02-14",
            "Le sommet est prévu jeudi et vendredi à Bruxelles.",
            ["2022-02-17", "2022-02-18"],
        ),
        (
            "en",
            "2016-05-16",
            "Talks were held on Monday and Tuesday.",
            ["2016-05-16", "2016-05-17"],
        ),
    ],
    ids=["en-future-thursday-and-friday", "fr-jeudi-et-vendredi", "en-monday-and-tuesday"],
)
def test_the_second_weekday_of_a_pair_follows_the_first(lang, published, text, values):
    found = find_dates(text, lang, dt.date.fromisoformat(published))
    assert [d.value for d in found] == values


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Jiang telephoned Bush the day after the Sept. 11 attacks.", "2001-09-12"),
        ("en", "He called Bush a day after the Sept. 11 attacks.", "2001-09-12"),
        ("fr", "Il a appelé Bush le lendemain des attentats du 11 septembre.", "2001-09-12"),
        ("en", "Two days after the Sept. 11 attacks, he flew to Paris.", "2001-09-13"),
    ],
    ids=["en-the-day-after", "en-a-day-after", "fr-le-lendemain-des", "en-two-days-after"],
)
def test_a_count_of_days_from_an_event_s_named_day_is_that_day_shifted(lang, text, value):
    found = find_dates(text, lang, dt.date(2001, 10, 19))
    assert found[0].value == value, [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El diálogo arranca diez días después de que el Consejo Nacional Electoral "
            "suspendiera, el pasado 20 de octubre, la recolección de firmas.",
        ),
        (
            "en",
            "The talks opened ten days after the electoral council suspended the referendum "
            "drive on October 20.",
        ),
        (
            "fr",
            "Les pourparlers ont repris dix jours après que le conseil électoral a suspendu, le "
            "20 octobre, la collecte des signatures.",
        ),
    ],
)
def test_a_count_of_days_from_an_event_its_clause_dates_is_that_day_shifted(lang, text):
    found = find_dates(text, lang, dt.date(2016, 10, 31))
    assert [d.value for d in found] == ["2016-10-30", "2016-10-20"], [
        (d.text, d.value) for d in found
    ]


def test_a_count_of_days_set_off_by_a_comma_keeps_its_own_reading():
    found = find_dates("He left the day after, on Oct. 2.", "en", dt.date(2001, 10, 19))
    assert found[0].value != "2001-10-03"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "Lancé au Caire, le 24 mars 2019, le mécanisme a continué. Les trois pays s'étaient "
            "ensuite retrouvés en septembre de la même année à New York.",
            "2019-09",
        ),
        (
            "en",
            "It was launched in Cairo on March 24, 2019. The three met again in September of the "
            "same year.",
            "2019-09",
        ),
        (
            "es",
            "Se lanzó el 24 de marzo de 2019. Los tres se reunieron en septiembre de ese mismo año.",
            "2019-09",
        ),
        (
            "pt",
            "Foi lançado a 24 de março de 2019. Os três reuniram-se em setembro do mesmo ano.",
            "2019-09",
        ),
        ("en", "It was launched in 2019. The three met again later that year.", "2019"),
        (
            "en",
            "Annan brought them together in September 2002. They met again in Geneva on Nov. 15 "
            "of that year.",
            "2002-11-15",
        ),
        (
            "es",
            "Se vieron en septiembre de 2002. Volvieron a reunirse el 15 de noviembre de ese año.",
            "2002-11-15",
        ),
    ],
    ids=[
        "fr-de-la-meme-annee",
        "en-of-the-same-year",
        "es-de-ese-mismo-ano",
        "pt-do-mesmo-ano",
        "en-later-that-year",
        "en-day-of-that-year",
        "es-dia-de-ese-ano",
    ],
)
def test_the_same_year_is_the_year_of_the_date_told_before(lang, text, value):
    found = find_dates(text, lang, dt.date(2021, 6, 28))
    assert found[-1].value == value, [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("lang", "published", "text", "value"),
    [
        # a scheduled event in the present: the next November, whatever the main verb
        (
            "pt",
            "2018-07-27",
            "Costa e Sánchez conversaram sobre a cimeira, que se realiza em novembro em "
            "Valladolid.",
            "2018-11",
        ),
        # "à l'approche du sommet, le 2 avril": the summit ahead
        (
            "fr",
            "2009-03-10",
            "Les deux dirigeants ont affiché leur convergence à l'approche du sommet du G20, le 2 "
            "avril à Londres.",
            "2009-04-02",
        ),
    ],
    ids=["pt-que-se-realiza-em-novembro", "fr-a-l-approche-du-sommet"],
)
def test_a_scheduled_or_approaching_event_is_ahead(lang, published, text, value):
    found = find_dates(text, lang, dt.date.fromisoformat(published))
    assert [d.value for d in found] == [value]


def test_a_plan_that_had_been_due_is_in_the_past():
    found = find_dates(
        "The two sides had been due to meet in Khartoum on Tuesday.", "en", dt.date(2019, 8, 1)
    )
    assert [d.value for d in found] == ["2019-07-30"]
    # still ahead when it is due
    found = find_dates("The two sides are due to meet on Tuesday.", "en", dt.date(2019, 8, 1))
    assert [d.value for d in found] == ["2019-08-06"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Os dois trataram do assunto durante a cúpula do G20 realizada nos dias 5 e 6."),
        ("es", "Los dos hablaron durante la cumbre del G20, celebrada los días 5 y 6."),
        ("pt", "A cúpula, realizada entre os dias 5 e 6, terminou sem acordo."),
    ],
    ids=["pt-nos-dias-5-e-6", "es-los-dias-5-y-6", "pt-entre-os-dias"],
)
def test_two_days_after_a_plural_day_noun_are_one_span_of_the_month(lang, text):
    found = find_dates(text, lang, dt.date(2013, 9, 17))
    assert [(d.value, d.end_value) for d in found] == [("2013-09-05", "2013-09-06")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("They meet on Thursday and Friday.", dt.date(9999, 12, 31)),
        ("Two days before the Jan. 1 vote, they met.", dt.date(1, 1, 1)),
    ],
    ids=["weekday-pair-at-the-calendar-s-end", "count-back-past-the-calendar-s-start"],
)
def test_dates_at_the_calendar_s_edges_are_still_read(text, published):
    # a shift past the calendar's edge drops that one reading, not every date of the article
    assert find_dates(text, "en", published)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Sa première session doit se tenir en Algérie dans le courant de 2013."),
        ("fr", "La commission se réunira courant 2013."),
        ("es", "La comisión se reunirá a lo largo de 2013."),
        ("pt", "A comissão vai reunir-se ao longo de 2013."),
        ("en", "The commission will meet over the course of 2013."),
    ],
)
def test_a_year_after_a_phrase_of_duration_is_that_year(lang, text):
    found = find_dates(text, lang, dt.date(2012, 12, 20))
    assert [d.value for d in found] == ["2013"]


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("en", "The summit will be held in the first half of 2013.", "2013"),
        ("es", "La cumbre se celebrará en el segundo semestre de 2013.", "2013"),
        ("fr", "Le sommet se tiendra au premier semestre 2013.", "2013"),
        ("pt", "A próxima cimeira realiza-se no primeiro semestre de 2008.", "2008"),
        # a quarter keeps its own granularity
        ("en", "The summit will be held in the first quarter of 2013.", "2013-Q1"),
    ],
)
def test_a_half_year_names_its_year(lang, text, value):
    found = find_dates(text, lang, dt.date(2007, 10, 27))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    "lang,published,text,expr,value",
    [
        # the day word and its weekday are one day, not two
        (
            "es",
            D(2024, 8, 28),
            "Sánchez se reunió ayer, martes, en Nuakchot con Ghazouani.",
            "ayer, martes",
            "2024-08-27",
        ),
        (
            "fr",
            D(2022, 1, 13),
            "Les deux ministres se sont rencontrés hier, mercredi, à Paris.",
            "hier, mercredi",
            "2022-01-12",
        ),
        (
            "en",
            D(2022, 1, 13),
            "The two ministers met yesterday, Wednesday, in Paris.",
            "yesterday, Wednesday",
            "2022-01-12",
        ),
        (
            "es",
            D(2022, 1, 13),
            "Hoy, jueves, los ministros se reunirán en Madrid.",
            "Hoy, jueves",
            "2022-01-13",
        ),
        # the eve counted from the publication day would be Friday: the weekday written wins
        (
            "pt",
            D(2012, 12, 8),
            "Na véspera, quinta-feira, os chanceleres reuniram-se no Itamaraty.",
            "Na véspera, quinta-feira",
            "2012-12-06",
        ),
        # a weekday with its bracketed day of the month is that day
        (
            "pt",
            D(2023, 7, 5),
            "Na véspera, segunda-feira (3), os chanceleres reuniram-se em Puerto Iguazú.",
            "Na véspera, segunda-feira (3)",
            "2023-07-03",
        ),
    ],
)
def test_a_day_word_and_its_apposed_weekday_are_one_day(lang, published, text, expr, value):
    found = find_dates(text, lang, published)
    assert [(d.text, d.value) for d in found] == [(expr, value)]
    assert found[0].shift is None  # the weekday names the day: nothing to count from


def test_a_weekday_after_a_day_word_and_a_modifier_stays_its_own():
    # "ayer, el próximo martes": no apposition, two readings
    found = find_dates("Lo anunció ayer; el próximo martes se reunirán.", "es", D(2024, 8, 28))
    assert [d.text for d in found] == ["ayer", "el próximo martes"]


@pytest.mark.parametrize(
    "lang, text, expr, value",
    [
        # present tense, but the week is told: next week's Tuesday, not this week's
        (
            "en",
            "Next week, Defence Minister Nelson Jobim travels to Washington on Tuesday.",
            "Tuesday",
            "2008-03-18",
        ),
        # past tense: last week's Tuesday, not the latest one
        ("en", "Last week the ministers met in Geneva on Tuesday.", "Tuesday", "2008-03-04"),
        (
            "es",
            "La semana pasada, los ministros se reunieron el martes en Ginebra.",
            "el martes",
            "2008-03-04",
        ),
        (
            "pt",
            "Na próxima semana, o ministro viaja na terça-feira a Washington.",
            "terça-feira",
            "2008-03-18",
        ),
    ],
)
def test_a_weekday_after_a_week_told_in_its_sentence_is_in_that_week(lang, text, expr, value):
    found = {d.text: d.value for d in find_dates(text, lang, D(2008, 3, 13))}  # a Thursday
    assert found.get(expr) == value, found


def test_this_week_told_on_a_sunday_leaves_the_weekday_to_its_tense():
    # published on Sunday 22 September 2024: "this week" is the coming week's Tuesday
    text = "Biden is due in New York this week for the General Assembly, where he will speak on Tuesday."
    found = {d.text: d.value for d in find_dates(text, "en", D(2024, 9, 22))}
    assert found["Tuesday"] == "2024-09-24", found


# A part of the day: absorbed by the day right before it («ayer por la tarde» is one expression),
# or told alone, when it is the day of the story (the publication day, or the day its lead tells)
@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("es", "El presidente llegó ayer por la tarde a Madrid.", "ayer por la tarde", "2016-03-09"),
        ("es", "El lunes por la mañana los ministros firmaron el acuerdo.", "El lunes por la mañana", "2016-03-07"),
        ("es", "Por la tarde, el presidente se reunió con el rey.", "Por la tarde", "2016-03-10"),
        ("es", "Esta misma tarde el ministro viajará a París.", "Esta misma tarde", "2016-03-10"),
        ("en", "The two leaders met on Monday in the evening at the palace.", "Monday in the evening", "2016-03-07"),
        ("en", "In the afternoon, the president met the prime minister.", "In the afternoon", "2016-03-10"),
        ("en", "The ministers met on Tuesday. That afternoon, the president received them.", "That afternoon", "2016-03-08"),
        ("fr", "Le président est arrivé mardi dans la soirée à Dakar.", "mardi dans la soirée", "2016-03-08"),
        ("fr", "Dans la soirée, le président a été reçu par le roi.", "Dans la soirée", "2016-03-10"),
        ("fr", "Le président a quitté Dakar mardi. Le lendemain matin, il était à Libreville.", "Le lendemain matin", "2016-03-09"),
        ("pt", "O presidente chegou ontem à noite a Luanda.", "ontem à noite", "2016-03-09"),
        ("pt", "À tarde, o presidente reuniu-se com o rei.", "À tarde", "2016-03-10"),
        ("pt", "Os ministros reuniram-se na terça-feira. Na manhã seguinte, o presidente recebeu-os.", "Na manhã seguinte", "2016-03-09"),
        ("es", "Clinton telefoneó de madrugada al dirigente unionista.", "de madrugada", "2016-03-10"),
        ("es", "Obama fue recibido por Macri a media mañana.", "a media mañana", "2016-03-10"),
        ("en", "The two leaders met in mid-afternoon at the palace.", "in mid-afternoon", "2016-03-10"),
        ("pt", "Merkel foi recebida ao início da manhã no Palácio de Belém.", "ao início da manhã", "2016-03-10"),
        ("fr", "Le texte a été bouclé dans la nuit de lundi.", "dans la nuit de lundi", "2016-03-07"),
        ("es", "Los militares sacaron a Zelaya de su residencia en la madrugada del 28 de junio.", "en la madrugada del 28 de junio", "2015-06-28"),
        ("en", "Soldiers seized him in the early hours of Monday.", "in the early hours of Monday", "2016-03-07"),
        ("pt", "Os militares prenderam-no na madrugada de segunda-feira.", "na madrugada de segunda-feira", "2016-03-07"),
    ],
)  # fmt: skip
def test_a_part_of_the_day(lang, text, expr, value):
    from communique.stages.sentences import split_sentences

    found = find_dates(text, lang, D(2016, 3, 10), split_sentences(text))
    hits = [d for d in found if d.text == expr]
    assert hits, [d.text for d in found]
    assert (hits[0].value, hits[0].granularity) == (value, "day")
    assert text[hits[0].start : hits[0].end] == expr


def test_a_part_of_the_day_after_the_lead_is_the_lead_s_day_not_the_last_date_written():
    from communique.stages.sentences import split_sentences

    text = (
        "El presidente llegó el martes a Dakar para una visita de dos días. Los ministros se "
        "reunirán el 20 de marzo en Bruselas. Por la tarde, el presidente recibió al rey."
    )
    found = {d.text: d.value for d in find_dates(text, "es", D(2016, 3, 9), split_sentences(text))}
    assert found["el 20 de marzo"] == "2016-03-20"
    assert found["Por la tarde"] == "2016-03-08"


def test_a_night_between_two_days_is_both():
    text = "Laurent Fabius a mené, dans la nuit de vendredi à samedi, une ultime série de consultations."
    found = [(d.text, d.value, d.end_value) for d in find_dates(text, "fr", D(2015, 12, 13))]
    assert found == [("dans la nuit de vendredi à samedi", "2015-12-11", "2015-12-12")]


def test_a_part_of_the_day_still_to_come_is_the_filing_day_s():
    from communique.stages.sentences import split_sentences

    text = (
        "Evo Morales fue recibido ayer por el presidente del Gobierno en la Moncloa. Hoy se "
        "entrevistará con empresarios. Por la tarde viajará a París."
    )
    found = {d.text: d.value for d in find_dates(text, "es", D(2006, 1, 5), split_sentences(text))}
    assert found["ayer"] == "2006-01-04"
    assert found["Por la tarde"] == "2006-01-05"  # not the lead's day, yesterday
