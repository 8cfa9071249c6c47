import pytest

from communique.stages.sentences import paragraphs, split_sentences


def texts(body):
    return [s.text(body) for s in split_sentences(body)]


def test_paragraphs_are_trimmed_and_blank_ones_dropped():
    body = "  One.\n\n\n Two para\nstill two.\n\n   \n\nThree."
    assert [body[s:e] for s, e in paragraphs(body)] == ["One.", "Two para\nstill two.", "Three."]


def test_sentence_split_basic_and_offsets():
    body = "Putin habló. Biden respondió! ¿Y ahora? Nada."
    out = split_sentences(body)
    assert [s.text(body) for s in out] == ["Putin habló.", "Biden respondió!", "¿Y ahora?", "Nada."]
    assert all(body[s.start : s.end] == s.text(body) for s in out)


def test_abbreviations_and_initials_do_not_split():
    body = "The U.S. envoy met Mr. Smith on Jan. 12 in Geneva. Then J. Biden spoke."
    assert texts(body) == [
        "The U.S. envoy met Mr. Smith on Jan. 12 in Geneva.",
        "Then J. Biden spoke.",
    ]


def test_initials_joined_by_dots_do_not_split():
    body = "Foreign Minister A.K. Abdul Momen met M.K. Stalin in Chennai. They spoke."
    assert texts(body) == [
        "Foreign Minister A.K. Abdul Momen met M.K. Stalin in Chennai.",
        "They spoke.",
    ]


def test_decimal_numbers_do_not_split():
    assert texts("Growth was 3.5 percent. Markets rose.") == [
        "Growth was 3.5 percent.",
        "Markets rose.",
    ]


def test_closing_quote_after_stop_stays_with_sentence():
    body = "«Fue útil para ambas partes.» Luego se fue."
    assert texts(body) == ["«Fue útil para ambas partes.»", "Luego se fue."]


def test_sentences_never_span_paragraphs():
    body = "First paragraph without stop\n\nSecond one."
    out = split_sentences(body)
    assert [s.paragraph for s in out] == [0, 1]
    assert texts(body) == ["First paragraph without stop", "Second one."]


def test_lowercase_after_stop_does_not_split():
    assert texts("Se reunió con la ONU. y luego...") == ["Se reunió con la ONU. y luego..."]


@pytest.mark.parametrize(
    "text, dateline",
    [
        (
            "NUSA DUA, Indonesia, Nov 14 (Reuters) - U.S. President Joe Biden met Xi.",
            "NUSA DUA, Indonesia, Nov 14 (Reuters) - ",
        ),
        ("Pekín, 14 abr (EFE).- El presidente de Brasil llegó.", "Pekín, 14 abr (EFE).- "),
        ("VILNIUS, Lithuania (AP) — NATO leaders agreed.", "VILNIUS, Lithuania (AP) — "),
        ("BRASÍLIA - O presidente Lula disse.", "BRASÍLIA - "),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text, dateline):
    first = split_sentences(text)[0]
    assert text[first.start : first.end] == dateline


@pytest.mark.parametrize(
    "text", ["El presidente (PSOE) - dijo algo.", "Lula (PT) - O presidente falou."]
)
def test_a_parenthesis_and_a_dash_opening_a_sentence_are_no_dateline(text):
    assert len(split_sentences(text)) == 1


def test_a_dateline_ending_in_a_period_is_one_sentence_and_no_other_overlaps_it():
    text = "MADRID. — El presidente de China firmó ayer un acuerdo. La reunión duró una hora."
    got = [(s.start, s.end) for s in split_sentences(text)]
    assert all(a <= b for a, b in got), got
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(got, got[1:], strict=False)), got
    assert [text[a:b].strip() for a, b in got] == [
        "MADRID. —",
        "El presidente de China firmó ayer un acuerdo.",
        "La reunión duró una hora.",
    ]


def test_a_french_closing_guillemet_after_a_space_ends_the_sentence_with_it():
    text = "Il a mis en garde. « La paix reste fragile. » Il a demandé un soutien."
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == ["Il a mis en garde.", "« La paix reste fragile. »", "Il a demandé un soutien."]
