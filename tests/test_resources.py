"""The data: generated files are up to date, every language has the same files, user
folders extend the package, the knowledge base answers dated questions, and the core
never imports the UI."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from communique.resources import (
    DATA,
    SUPPORTED_LANGUAGES,
    add_lexicon_dir,
    grammar,
    grammar_all,
    grammar_list,
    load_lang_file,
)
from communique.resources.check import check_dir
from communique.resources.kb import load_kb

ROOT = Path(__file__).resolve().parent.parent


def test_generated_countries_match_cldr():
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_countries.py"), "--check"], capture_output=True
    )
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()


def test_every_language_has_the_same_files():
    names = {lang: {p.name for p in (DATA / lang).glob("*.toml")} for lang in SUPPORTED_LANGUAGES}
    expected = {
        "roles.toml",
        "demonyms.toml",
        "speech.toml",
        "meetings.toml",
        "dates.toml",
        "stop.toml",
        "entities.toml",
        "lang.toml",
        "brief.toml",
        "grammar.toml",
    }
    for lang, files in names.items():
        assert expected <= files, (lang, expected - files)


def test_every_language_has_the_same_word_classes_in_grammar_toml():
    keys = {lang: set(load_lang_file(lang, "grammar")) for lang in SUPPORTED_LANGUAGES}
    assert keys["en"] >= {"articles", "prepositions", "np_relatives", "with"}
    for lang in SUPPORTED_LANGUAGES:
        assert keys[lang] == keys["en"], (lang, keys[lang] ^ keys["en"])
        for key in keys[lang]:
            words = grammar_list(lang, key)
            assert all(isinstance(w, str) and w and w == w.lower() for w in words), (lang, key)
            assert len(set(words)) == len(words), (lang, key, "a word listed twice")


def test_grammar_words_are_in_their_language_and_class():
    assert "with" in grammar("en", "prepositions") and "with" not in grammar("es", "prepositions")
    assert "con" in grammar("es", "prepositions")
    assert grammar_list("es", "with")[0] == "con"  # the plain "with" comes first
    assert grammar("fr", "elided_articles") == {"l'"} and not grammar("en", "elided_articles")
    assert "quien" in grammar("es", "np_relatives") and "dont" in grammar("fr", "np_relatives")
    # the union serves the checks made whatever the article's language
    assert {"the", "el", "le", "o"} <= grammar_all("definite_articles")
    assert grammar_all("modals") == grammar("en", "modals")
    assert grammar("pt", "no such class") == frozenset()
    # the stage modules read the data, not a copy of it
    from communique.stages import meetings, subjects

    assert subjects._PREPOSITIONS["fr"] == grammar_list("fr", "prepositions")
    assert meetings._AGENT_PREPS == {"by", "por", "par", "pelo", "pela"}


def test_package_data_passes_the_lexicon_check():
    assert check_dir(DATA) == []


def test_knowledge_base_size_and_dated_roles():
    kb = load_kb()
    people = [e for e in kb.entries.values() if e.kind == "person"]
    assert len(kb.entries) >= 400 and len(people) >= 400
    countries = {
        r.country
        for e in people
        for r in e.roles
        if r.office in ("president", "prime_minister", "foreign_minister")
    }
    assert len(countries) >= 60
    assert kb.holders("president", "US", date(2022, 1, 5))[0] == "joe-biden"
    assert kb.holders("president", "US", date(2025, 3, 1))[0] == "donald-trump"
    assert kb.holders("president", "US", date(2019, 6, 1))[0] == "donald-trump"
    assert kb.holders("foreign_minister", "RU", date(2021, 12, 30))[0] == "sergei-lavrov"
    assert "kremlin" in kb.entries and kb.entries["kremlin"].stands_for["country"] == "RU"


def test_knowledge_base_names_a_country_capital_per_language():
    kb = load_kb()
    assert kb.capital("CN", "es") == "Pekín"
    assert kb.capital("CN", "en") == "Beijing"
    assert kb.capital("XX", "en") is None


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("MM", "en", "Myanmar"),
        ("MM", "es", "Myanmar"),
        ("HK", "en", "Hong Kong"),
        ("HK", "fr", "Hong Kong"),
        ("CD", "en", "Democratic Republic of the Congo"),
        ("TT", "en", "Trinidad and Tobago"),
        ("CD", "es", "República Democrática del Congo"),
        ("VA", "en", "Vatican"),
        ("VA", "es", "Vaticano"),
    ],
)
def test_a_country_is_named_as_running_text_names_it(code, lang, name):
    """CLDR's first forms ("Myanmar (Burma)", "Hong Kong SAR China", "Congo - Kinshasa") are
    no names a reader or a meeting's place should show."""
    assert load_kb().country_name(code, lang) == name


def test_user_folder_extends_the_package(tmp_path):
    from communique.article import from_text
    from communique.pipeline import analyze
    from communique.resources import lexicon as lexmod

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "mine.toml").write_text(
        '[[actor]]\nid = "zorba-quintana"\nkind = "person"\ngender = "m"\ncountry = "CO"\n'
        'names = ["Zorba Quintana"]\nshort = ["Quintana"]\n'
        'roles = [{ office = "chief_negotiator", country = "CO", start = "2024-01-01" }]\n',
        encoding="utf-8",
    )
    body = "El jefe negociador colombiano dijo que habrá acuerdo. Quintana añadió que falta poco."
    try:
        add_lexicon_dir(tmp_path)
        load_kb.cache_clear()
        lexmod.lexicon.cache_clear()
        a = analyze(from_text(body, date_override="2024-06-01", lang_override="es"))
        ids = {x.kb_id for x in a.actors}
        assert "zorba-quintana" in ids
    finally:
        from communique import resources

        resources._extra_dirs.clear()
        load_lang_file.cache_clear()
        load_kb.cache_clear()
        lexmod.lexicon.cache_clear()


def test_lexicon_check_reports_problems(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "bad.toml").write_text(
        '[[actor]]\nid = "x"\nnames = ["X Y"]\nbogus = 1\nroles = [{ office = "wizard", country = "CO", start = "2024-13" }]\n',
        encoding="utf-8",
    )
    problems = check_dir(tmp_path)
    assert any("unknown key 'bogus'" in p for p in problems)
    assert any("unknown office 'wizard'" in p for p in problems)
    assert any("not an ISO date" in p for p in problems)


@pytest.mark.parametrize(
    "module",
    [
        "communique.pipeline",
        "communique.brief",
        "communique.evaluate",
        "communique.batch",
        "communique.html",
        "communique.summary",
        "communique.cli",
    ],
)
def test_core_never_imports_textual(module):
    code = f"import sys, {module}; assert 'textual' not in sys.modules, 'textual imported'"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert r.returncode == 0, r.stderr.decode()


def test_a_kept_data_file_is_the_parsed_file_until_the_file_changes(tmp_path, monkeypatch):
    from communique import resources

    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "cache"))
    data_file = tmp_path / "words.toml"
    data_file.write_text('forms = ["reunión"]\n', encoding="utf-8")
    assert resources._read(data_file) == {"forms": ["reunión"]}
    kept = resources._cache_path(data_file)
    assert kept is not None and kept.is_file()
    assert resources._read(data_file) == {"forms": ["reunión"]}  # from the kept copy
    # the file changes (size and time): parsed again, never the stale copy
    data_file.write_text('forms = ["reunión", "cumbre"]\n', encoding="utf-8")
    os.utime(data_file, ns=(1, 1))
    assert resources._read(data_file) == {"forms": ["reunión", "cumbre"]}


def test_a_broken_kept_copy_is_parsed_again(tmp_path, monkeypatch):
    from communique import resources

    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "cache"))
    data_file = tmp_path / "words.toml"
    data_file.write_text("a = 1\n", encoding="utf-8")
    resources._read(data_file)
    resources._cache_path(data_file).write_bytes(b"\x00garbage")
    assert resources._read(data_file) == {"a": 1}


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    from communique import resources

    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COMMUNIQUE_CACHE", "0")
    data_file = tmp_path / "words.toml"
    data_file.write_text("a = 1\n", encoding="utf-8")
    assert resources._read(data_file) == {"a": 1}
    assert resources._cache_path(data_file) is None
    assert not (tmp_path / "cache").exists()


def test_lexicon_check_of_the_package_folder_reports_its_own_shared_names(tmp_path, monkeypatch):
    # a name two package entries share is reported when the package folder itself is checked
    # (a user folder's check reports only the user's own clashes)
    import communique.resources.check as check

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "a.toml").write_text(
        '[[actor]]\nid = "a"\nkind = "person"\nnames = ["Ana Pérez"]\n', encoding="utf-8"
    )
    (tmp_path / "actors" / "b.toml").write_text(
        '[[actor]]\nid = "b"\nkind = "person"\nnames = ["Ana Pérez"]\n', encoding="utf-8"
    )
    monkeypatch.setattr(check, "DATA", tmp_path)
    assert any("shared by a, b" in p for p in check.check_dir(tmp_path))
