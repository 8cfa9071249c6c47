import json
from datetime import date

from communique.model import (
    SCHEMA,
    Actor,
    Analysis,
    Article,
    DateExpr,
    Meeting,
    Position,
    Quote,
    Span,
    contract_errors,
)

BODY = "Putin y Biden hablaron el 7 de diciembre. Putin dijo «grave error»."


def sample() -> Analysis:
    art = Article(text=BODY, title="T", published=date(2021, 12, 30), language="es", source="S")
    putin = Actor(
        "vladimir-putin",
        "Vladimir Putin",
        "person",
        "presidente de Rusia",
        "RU",
        (Span.of(BODY, 0, 5), Span.of(BODY, 42, 47)),
        "vladimir-putin",
    )
    biden = Actor("joe-biden", "Joe Biden", "person", None, "US", (Span.of(BODY, 8, 13),))
    q0 = BODY.index("grave")
    return Analysis(
        article=art,
        actors=(putin, biden),
        quotes=(
            Quote("q1", "grave error", q0, q0 + 11, "vladimir-putin", "dijo", "partial", "before"),
        ),
        meetings=(
            Meeting(
                "m1",
                "meeting",
                Span.of(BODY, 0, 40),
                "2021-12-07",
                None,
                "el 7 de diciembre",
                None,
                None,
                ("vladimir-putin", "joe-biden"),
                "held",
            ),
        ),
        dates=(DateExpr(22, 40, BODY[22:40], "2021-12-07", None, "day"),),
        positions=(
            Position(
                "p1",
                ("vladimir-putin",),
                "«grave error»",
                Span.of(BODY, 42, len(BODY) - 1),
                "dijo",
                "say",
            ),
        ),
    )


def test_round_trip_is_lossless():
    a = sample()
    assert Analysis.from_json(a.to_json()) == a


def test_contract_fields_and_schema():
    d = sample().to_dict()
    assert d["schema"] == SCHEMA
    assert set(d) >= {"schema", "article", "actors", "quotes", "meetings", "dates", "positions"}
    assert set(d["article"]) >= {"title", "published", "language", "source", "text"}
    assert d["article"]["published"] == "2021-12-30"
    assert set(d["actors"][0]) >= {"id", "name", "kind", "role", "country", "mentions"}
    assert set(d["quotes"][0]) >= {"id", "text", "start", "end", "speaker", "cue", "kind"}
    assert set(d["meetings"][0]) >= {
        "id",
        "kind",
        "start",
        "end",
        "date_text",
        "place",
        "forum",
        "participants",
        "status",
        "evidence",
    }
    assert set(d["dates"][0]) >= {"start", "end", "text", "value", "end_value", "granularity"}
    assert set(d["positions"][0]) >= {"id", "actors", "cue", "statement", "evidence"}
    assert contract_errors(d) == []


def test_json_is_stable_bytes():
    assert sample().to_json() == sample().to_json()
    json.loads(sample().to_json())


def test_contract_errors_catch_bad_offsets_and_unknown_ids():
    d = sample().to_dict()
    d["actors"][0]["mentions"][0]["start"] = 1
    d["quotes"][0]["speaker"] = "nobody"
    d["meetings"][0]["participants"].append("ghost")
    d["positions"][0]["actors"] = ["ghost"]
    errs = contract_errors(d)
    assert any("mention" in e for e in errs)
    assert any("unknown speaker" in e for e in errs)
    assert any("unknown participant" in e for e in errs)
    assert any("unknown actor" in e for e in errs)


def test_span_of_slices_the_body():
    s = Span.of(BODY, 0, 5)
    assert s.text == "Putin" and BODY[s.start : s.end] == s.text
