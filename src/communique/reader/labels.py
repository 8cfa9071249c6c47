"""Words the reader shows next to the analysis, in the article's language.

The reader's chrome (key descriptions, dialogs) is English; what describes the
article (section titles, kinds, "undated", "mention 3/7") follows the article.
"""

from __future__ import annotations

_EN = {
    "actors": "Actors",
    "meetings": "Meetings",
    "positions": "Positions",
    "quotes": "Quotes",
    "legend": "Legend",
    "undated": "undated",
    "mention": "mention",
    "quote": "quote",
    "match": "match",
    "no_matches": "no matches",
    "unattributed": "unattributed",
    "mentions": "mentions",
    "analysing": "Analysing…",
    "no_analysis": "Analysis unavailable",
    "nothing": "nothing found",
    "focus": "Focus",
    "evidence": "evidence",
    "meeting": "meeting",
    "position": "position",
    "person": "person",
    "organization": "organization",
    "country": "country",
    "place": "place",
    "group": "group",
    "direct": "direct",
    "partial": "partial",
    "held": "held",
    "planned": "planned",
    "unknown": "status unknown",
    "call": "call",
    "negotiation": "negotiation",
    "summit": "summit",
    "visit": "visit",
    "consultation": "consultation",
    "session": "session",
    "and": "and",
    "no_date": "no date",
    "source_unknown": "unknown source",
}

_ES = {
    "actors": "Actores",
    "meetings": "Reuniones",
    "positions": "Posiciones",
    "quotes": "Citas",
    "legend": "Leyenda",
    "undated": "sin fecha",
    "mention": "mención",
    "quote": "cita",
    "match": "coincidencia",
    "no_matches": "sin coincidencias",
    "unattributed": "sin atribuir",
    "mentions": "menciones",
    "analysing": "Analizando…",
    "no_analysis": "Análisis no disponible",
    "nothing": "nada encontrado",
    "focus": "Foco",
    "evidence": "evidencia",
    "meeting": "reunión",
    "position": "posición",
    "person": "persona",
    "organization": "organización",
    "country": "país",
    "place": "lugar",
    "group": "grupo",
    "direct": "directa",
    "partial": "parcial",
    "held": "celebrada",
    "planned": "prevista",
    "unknown": "estado desconocido",
    "call": "llamada",
    "negotiation": "negociación",
    "summit": "cumbre",
    "visit": "visita",
    "consultation": "consultas",
    "session": "sesión",
    "and": "y",
    "no_date": "sin fecha",
    "source_unknown": "fuente desconocida",
}

_FR = {
    **_EN,
    "actors": "Acteurs",
    "meetings": "Rencontres",
    "positions": "Positions",
    "quotes": "Citations",
    "legend": "Légende",
    "undated": "sans date",
    "mention": "mention",
    "quote": "citation",
    "match": "résultat",
    "no_matches": "aucun résultat",
    "unattributed": "non attribuée",
    "mentions": "mentions",
    "analysing": "Analyse…",
    "no_analysis": "Analyse indisponible",
    "nothing": "rien trouvé",
    "focus": "Focus",
    "evidence": "preuve",
    "meeting": "rencontre",
    "person": "personne",
    "organization": "organisation",
    "country": "pays",
    "place": "lieu",
    "group": "groupe",
    "direct": "directe",
    "partial": "partielle",
    "held": "tenue",
    "planned": "prévue",
    "unknown": "statut inconnu",
    "call": "appel",
    "negotiation": "négociation",
    "summit": "sommet",
    "visit": "visite",
    "session": "séance",
    "and": "et",
    "no_date": "sans date",
    "source_unknown": "source inconnue",
}

_PT = {
    **_EN,
    "actors": "Atores",
    "meetings": "Reuniões",
    "positions": "Posições",
    "quotes": "Citações",
    "legend": "Legenda",
    "undated": "sem data",
    "mention": "menção",
    "quote": "citação",
    "match": "resultado",
    "no_matches": "sem resultados",
    "unattributed": "sem atribuição",
    "mentions": "menções",
    "analysing": "Analisando…",
    "no_analysis": "Análise indisponível",
    "nothing": "nada encontrado",
    "focus": "Foco",
    "evidence": "evidência",
    "meeting": "reunião",
    "position": "posição",
    "person": "pessoa",
    "organization": "organização",
    "country": "país",
    "place": "lugar",
    "group": "grupo",
    "direct": "direta",
    "partial": "parcial",
    "held": "realizada",
    "planned": "prevista",
    "unknown": "estado desconhecido",
    "call": "telefonema",
    "negotiation": "negociação",
    "summit": "cúpula",
    "visit": "visita",
    "consultation": "consultas",
    "session": "sessão",
    "and": "e",
    "no_date": "sem data",
    "source_unknown": "fonte desconhecida",
}
_ES["meeting_kind_meeting"] = "reunión"
_EN["meeting_kind_meeting"] = "meeting"
_FR["meeting_kind_meeting"] = "réunion"
_PT["meeting_kind_meeting"] = "reunião"

_TABLES = {"en": _EN, "es": _ES, "fr": _FR, "pt": _PT}


class Labels:
    """`labels["undated"]` in the article's language; unknown keys come back unchanged."""

    def __init__(self, language: str | None) -> None:
        self.language = language if language in _TABLES else "en"
        self._table = _TABLES[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key, _EN.get(key, key))

    def meeting_kind(self, kind: str) -> str:
        if kind == "meeting":
            return self["meeting_kind_meeting"]
        return self[kind]

    def join(self, names: list[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + f" {self['and']} " + names[-1]
