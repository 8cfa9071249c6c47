import pytest

from communique.langdetect import detect_language

CASES = [
    (
        "es",
        "El presidente ruso, Vladimir Putin, y su par estadounidense discutieron las propuestas de seguridad durante su llamada, según informó el Kremlin.",
    ),
    (
        "en",
        "The Russian president and his American counterpart discussed the security proposals during their call, the Kremlin said in a statement on Thursday.",
    ),
    (
        "fr",
        "Le président russe et son homologue américain ont discuté des propositions de sécurité lors de leur appel, a indiqué le Kremlin dans un communiqué.",
    ),
    (
        "pt",
        "O presidente russo e o seu homólogo norte-americano discutiram as propostas de segurança durante a chamada, informou o Kremlin em um comunicado.",
    ),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_detects_language(lang, text):
    assert detect_language(text) == lang


def test_no_words_is_undetermined():
    assert detect_language("12345 !!! ---") == "und"
