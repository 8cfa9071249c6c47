"""Hand-made analyses for the reader tests (the extraction stages are not needed).

`reference_analysis()` annotates the reference article sample_articles/putin-biden-call.es.md
by hand; `hostile_analysis()` is an article full of markup, actions and escape codes;
`big_analysis(words)` repeats the reference article to a long one with shifted spans.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from communique.model import Actor, Analysis, Article, DateExpr, Meeting, Position, Quote, Span

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "sample_articles" / "putin-biden-call.es.md"


def reference_article(path: str | None = "putin-biden-call.es.md") -> Article:
    from communique.article import load

    article = load(str(REFERENCE))
    return replace(article, path=path)


def find(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} (#{occurrence}) not in the text")
    return Span.of(text, start, start + len(needle))


def all_of(text: str, pattern: str, skip: tuple[str, ...] = ()) -> tuple[Span, ...]:
    spans = []
    for m in re.finditer(pattern, text):
        if any(text.find(s) <= m.start() < text.find(s) + len(s) for s in skip if s in text):
            continue
        spans.append(Span.of(text, m.start(), m.end()))
    return tuple(spans)


def reference_analysis(article: Article | None = None) -> Analysis:
    article = article or reference_article()
    t = article.text
    putin = all_of(t, r"\bPutin\b", skip=("Vladimir Putin",))
    biden = all_of(t, r"\bBiden\b", skip=("Joe Biden",))
    actors = (
        Actor(
            "putin",
            "Vladimir Putin",
            "person",
            "presidente de Rusia",
            "RU",
            tuple(sorted((find(t, "Vladimir Putin"), *putin), key=lambda s: s.start)),
            "Q7747",
        ),
        Actor(
            "biden",
            "Joe Biden",
            "person",
            "presidente de Estados Unidos",
            "US",
            tuple(sorted((find(t, "Joe Biden"), *biden), key=lambda s: s.start)),
            "Q6279",
        ),
        Actor("kremlin", "Kremlin", "organization", None, "RU", all_of(t, r"\bKremlin\b")),
        Actor("rusia", "Rusia", "country", None, "RU", all_of(t, r"\bRusia\b")),
        Actor("eeuu", "Estados Unidos", "country", None, "US", all_of(t, r"\bEstados Unidos\b")),
        Actor("otan", "OTAN", "organization", None, None, all_of(t, r"\bOTAN\b")),
        Actor("ginebra", "Ginebra", "place", None, "CH", all_of(t, r"\bGinebra\b")),
        Actor("bruselas", "Bruselas", "place", None, "BE", all_of(t, r"\bBruselas\b")),
        Actor("ucrania", "Ucrania", "country", None, "UA", all_of(t, r"\bUcrania\b")),
        Actor("lideres", "Ambos presidentes", "group", None, None, all_of(t, r"Ambos presidentes")),
    )
    q1 = find(
        t,
        "Ambos líderes discutieron los acuerdos alcanzados durante sus consultas previas el 7 de diciembre, incluida la decisión de iniciar negociaciones sobre la provisión de garantías legales para la seguridad de Rusia",
    )
    q2 = find(t, "grave error")
    q3 = find(t, "ruptura importante de los lazos entre Rusia y Estados Unidos")
    q4 = find(t, "En general, la conversación fue franca y profesional. Fue útil para ambas partes")
    quotes = (
        Quote(
            "q1",
            q1.text,
            q1.start,
            q1.end,
            "kremlin",
            "aseguró",
            "direct",
            "direct-after",
            cue_span=find(t, "aseguró"),
            speaker_span=find(t, "el Kremlin", 1),
        ),
        Quote("q2", q2.text, q2.start, q2.end, "putin", "señaló", "partial", "partial-in-clause"),
        Quote("q3", q3.text, q3.start, q3.end, "putin", "señaló", "partial", "partial-in-clause"),
        Quote("q4", q4.text, q4.start, q4.end, None, "concluyó", "direct", "direct-after"),
    )
    meetings = (
        Meeting(
            "m1",
            "call",
            find(
                t,
                "discutieron las recientes propuestas de seguridad de Rusia durante su llamada telefónica",
            ),
            "2021-12-30",
            None,
            None,
            None,
            None,
            ("putin", "biden"),
            "held",
        ),
        Meeting(
            "m2",
            "negotiation",
            find(
                t,
                "La primera ronda de negociaciones tendrá lugar en Ginebra, del 9 al 10 de enero de 2022",
            ),
            "2022-01-09",
            "2022-01-10",
            "del 9 al 10 de enero de 2022",
            "Ginebra",
            None,
            ("rusia", "eeuu"),
            "planned",
        ),
        Meeting(
            "m3",
            "session",
            find(t, "continuarán en Bruselas en el marco del Consejo OTAN-Rusia el 12 de enero"),
            "2022-01-12",
            None,
            "el 12 de enero",
            "Bruselas",
            "Consejo OTAN-Rusia",
            ("rusia", "otan"),
            "planned",
        ),
        Meeting(
            "m4",
            "consultation",
            find(t, "sus consultas previas el 7 de diciembre"),
            "2021-12-07",
            None,
            "el 7 de diciembre",
            None,
            None,
            ("putin", "biden"),
            "held",
        ),
        Meeting(
            "m5",
            "negotiation",
            find(t, "las próximas conversaciones de seguridad entre Moscú y Washington"),
            None,
            None,
            None,
            None,
            None,
            ("rusia", "eeuu"),
            "planned",
        ),
    )
    positions = (
        Position(
            "p1",
            ("putin",),
            "los principios subyacentes detrás del borrador del tratado de seguridad entre Rusia y Estados Unidos",
            find(
                t,
                "Putin explicó los principios subyacentes detrás del borrador del tratado de seguridad",
            ),
            "explicó",
            "explain",
        ),
        Position(
            "p2",
            ("biden",),
            "Rusia y Estados Unidos tienen una responsabilidad especial en garantizar la estabilidad en Europa y el mundo",
            find(t, "enfatizó que Rusia y Estados Unidos tienen una responsabilidad especial"),
            "enfatizó",
            "say",
        ),
        Position(
            "p3",
            ("biden",),
            "Washington no desplegará armas ofensivas en Ucrania",
            find(t, "aseguró que Washington no desplegará armas ofensivas en Ucrania"),
            "aseguró",
            "promise",
        ),
        Position(
            "p4",
            ("putin",),
            "imponer sanciones de amplio alcance contra Rusia sería un «grave error»",
            find(t, "Putin señaló que imponer sanciones de amplio alcance contra Rusia"),
            "señaló",
            "warn",
        ),
        Position(
            "p5",
            ("putin", "biden"),
            "continuar el diálogo y monitorear de cerca todas las próximas negociaciones",
            find(t, "Ambos presidentes acordaron continuar el diálogo"),
            "acordaron",
            "agree",
        ),
    )
    d1 = find(t, "7 de diciembre")
    d2 = find(t, "12 de enero")
    dates = (
        DateExpr(d1.start, d1.end, d1.text, "2021-12-07"),
        DateExpr(d2.start, d2.end, d2.text, "2022-01-12"),
    )
    return Analysis(article, actors, quotes, meetings, dates, positions)


HOSTILE_TEXT = (
    "[bold]Not bold[/bold] and [@click=app.quit]not a link[/] said Ana Pérez in Lima.\n\n"
    "Escape codes: \x1b[31mred?\x1b[0m bell\x07 and a tab\there; Ana Pérez again.\n\n"
    "Rich markup [link=https://example.com]x[/link] and $accent variables stay text."
)


def hostile_analysis() -> Analysis:
    article = Article(
        text=HOSTILE_TEXT,
        title="[b]Markup[/b] in \x1b[1mtitle",
        language="en",
        source="[red]src",
        path=None,
    )
    t = article.text
    ana = all_of(t, r"Ana Pérez")
    return Analysis(
        article,
        actors=(
            Actor("ana", "Ana [i]Pérez[/i]", "person", "minister", None, ana),
            Actor("lima", "Lima", "place", None, "PE", all_of(t, r"\bLima\b")),
        ),
        quotes=(Quote("q1", "not a link", *_se(find(t, "not a link")), "ana", "said", "partial"),),
    )


def _se(span: Span) -> tuple[int, int]:
    return span.start, span.end


def big_analysis(words: int = 20000) -> Analysis:
    """The reference article repeated until it has `words` words, spans shifted along."""
    base = reference_analysis()
    text = base.article.text
    per = len(text.split())
    copies = max(1, -(-words // per))
    sep = "\n\n"
    stride = len(text) + len(sep)
    big_text = sep.join([text] * copies)

    def sh(span: Span, k: int) -> Span:
        return Span(span.start + k * stride, span.end + k * stride, span.text)

    actors = tuple(
        replace(a, mentions=tuple(sh(m, k) for k in range(copies) for m in a.mentions))
        for a in base.actors
    )
    quotes = tuple(
        replace(
            q,
            id=f"{q.id}-{k}",
            start=q.start + k * stride,
            end=q.end + k * stride,
            cue_span=None,
            speaker_span=None,
        )
        for k in range(copies)
        for q in base.quotes
    )
    meetings = tuple(
        replace(m, id=f"{m.id}-{k}", evidence=sh(m.evidence, k))
        for k in range(copies)
        for m in base.meetings
    )
    positions = tuple(
        replace(p, id=f"{p.id}-{k}", evidence=sh(p.evidence, k))
        for k in range(copies)
        for p in base.positions
    )
    article = replace(
        base.article, text=big_text, title="Long article", path=None, published=date(2021, 12, 30)
    )
    return Analysis(article, actors, quotes, meetings, (), positions)
