from communique.stages.quote_spans import find_quote_spans


def contents(text):
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_guillemets_and_curly_quotes():
    text = "«Ambos líderes discutieron», aseguró. Luego dijo “no habrá concesiones”."
    assert contents(text) == ["Ambos líderes discutieron", "no habrá concesiones"]


def test_nested_quotes_stay_inside_the_outer_one():
    text = "«Dijo que era un “patio trasero” de Europa», afirmó Lula."
    assert contents(text) == ["Dijo que era un “patio trasero” de Europa"]


def test_apostrophes_are_not_quote_marks():
    text = (
        "Russia’s envoy said “we don’t accept NATO’s terms” and left; the leaders’ meeting ended."
    )
    assert contents(text) == ["we don’t accept NATO’s terms"]


def test_single_quotes_inside_double():
    text = "“It is a ‘reassurance force’, nothing else,” she said."
    assert contents(text) == ["It is a ‘reassurance force’, nothing else,"]


def test_straight_double_quotes():
    text = 'He said "talks will resume" and "soon".'
    assert contents(text) == ["talks will resume", "soon"]


def test_unbalanced_quote_closes_at_paragraph_end():
    text = "«Esto no se cierra nunca\n\nOtro párrafo «bien cerrado»."
    assert contents(text) == ["Esto no se cierra nunca", "bien cerrado"]


def test_multi_paragraph_quote_is_one_quote_per_paragraph():
    text = "“First part of the statement.\n\n“Second part,” Lavrov said."
    assert contents(text) == ["First part of the statement.", "Second part,"]


def test_german_low_high_quotes():
    text = "Er sagte „wir verhandeln“ heute."
    assert contents(text) == ["wir verhandeln"]


def test_stray_closing_marks_never_raise():
    text = "» suelto ” y ’ sueltos « y “ sin cierre"
    out = find_quote_spans(text)
    assert all(0 <= q.start <= q.end <= len(text) for q in out)
