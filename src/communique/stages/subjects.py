"""Who is the subject of a verb: shared by the quote and position stages.

The subject of a reporting verb is the nearest actor mention to its left within the
sentence, skipping asides and relative clauses ("X, who replaced Y in July, said"),
coordinated ("Putin y Biden coincidieron") or joint ("ambos presidentes", "both
leaders"); pronouns and null subjects take the last subject of matching gender.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from communique.resources import SUPPORTED_LANGUAGES, grammar_all, grammar_list, load_lang_file
from communique.stages.actors import ActorResult
from communique.stages.sentences import Sentence
from communique.stages.tense import finite_between
from communique.textutil import (
    Intervals,
    SpanIndex,
    fold,
    fold_text,
    is_gerund,
    word_alternation,
)

WINDOW = 500  # characters looked back for a subject

_GERUND = {
    "en": r"[a-z]+ing\b",
    "es": r"[a-z]+(?:ando|iendo)\b",
    "pt": r"[a-z]+(?:ando|endo|indo)\b",
    "fr": r"[a-z]+ant\b",
}

_COORDINATORS = word_alternation(sorted(grammar_all("coordinators")))
_COORD = re.compile(r"^\s*(,|" + _COORDINATORS + r"|&)\s*$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:[^\W\d_]+\s+){1,4}?[^\W\d_]+\s*,\s*$")
# "y el argentino", ", and the French president": a conjunction, then a few lowercase words
# "Joe Biden and Chinese President Xi Jinping": a conjunction and at most a title between
_COORD_TITLED = re.compile(r"\s*,?\s+(?:and|y|e|et)\s+(?:[\w.'’-]+\s+){0,4}")
_TITLED_PARTNER = re.compile(
    r"^\s*,?\s*(?:y|e|and|et)\s+(?:el|la|o|a|the|le|su|his|her|its)\s+"
    r"(?:[^,;:.()]|\([^)]{0,40}\)){2,80},\s*$",
    re.IGNORECASE,
)
# "Los presidentes de Perú, Alberto Fujimori, y de Ecuador, Jamil Mahuad": a plural title's
# second complement between its two holders
_DISTRIBUTED = re.compile(
    r"^\s*,?\s*(?:y|e|and|et)\s+(?:de|del|of|du|da|do|des)\s+(?:(?:la|el|the|le|l'|o|a)\s+)?"
    r"[^,;:.]{2,60},\s*$",
    re.IGNORECASE,
)
_CAPS_TITLE = r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|de|du|da|del)\s+)?){1,5}$"
_CAPS_TITLE_AND = re.compile(r"^\s*,?\s*(?:and|y|e|et)\s+" + _CAPS_TITLE)
_CAPS_TITLE_COMMA = re.compile(r"^\s*,\s*" + _CAPS_TITLE)
# "and Maoist chief ", "and Kremlin foreign policy aide ", ", national security adviser ": a
# lowercase title after a conjunction or a comma, a capitalised qualifier before it
_LOWER_TITLE_AND = re.compile(
    r"^\s*(?:,\s*|,?\s*and\s+)((?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+){1,3})$"
)
_NOT_TITLE_WORDS = grammar_all("not_title_words")
# what cannot stand inside one title between its word and the body it names
_TITLE_TO_BODY_BREAK = re.compile(r"[,;:.]|\b(?:" + _COORDINATORS + r")\b")
# "Governo angolano", «Gobierno colombiano»: one lowercase adjective after a body's word
_ADJECTIVE_AFTER_BODY = re.compile(r"\s+[a-zà-ÿ][\w-]{2,15}(?=\s(?:y|e|et)\s)")
# a question put to the sentence's subject, opening it: its names are not the subject
_QUESTION_PUT = re.compile(
    r"[\s«“\"(—]*(?:asked|preguntad[oa]s?|interrog[ée]e?s?|questionad[oa]s?|indagad[oa]s?)\b"
)
OF_BEFORE = re.compile(
    r"\b(?:de|del|of|da|do|du|des)\s+(?:(?:la|el|the|le|l'|o|a|las|los|les|os|as)\s+)?$"
)
_COORD_LOOSE = re.compile(
    r"^\s*,?\s*(y|e|and|et|&)\s+(?:[^\W\d_]+\s+){0,3}?(?:[^\W\d_]+,\s*)?$", re.IGNORECASE
)


# ", and the French president, ", " y su homólogo brasileño, ": a conjunction, a determiner and
# a lowercase title (never a verb: "and discussed …" ends a list)
_DETERMINED_TITLE = re.compile(
    r"^\s*,?\s*(?:y|e|and|et)\s+(?:el|la|los|las|the|his|her|its|their|su|sus|le|les|o|a|os|as|"
    r"seu|sua|son|sa|ses)\s+(?:[^\W\d_]+\s+){0,3}?(?:[^\W\d_]+,\s*)?$"
)

# " and his Azerbaijani counterpart ", " and the White House spokesman ": a conjunction, a
# determiner, one or two capitalised qualifiers and a lowercase title right before a name
_DETERMINED_CAPS_TITLE = re.compile(
    r"^\s*,?\s*(?:and|y|e|et)\s+(?:the|his|her|its|their|su|sus|el|la|le|son|sa|seu|sua|o|a)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,2}[a-z][\w-]*\s+$"
)


def _determined_caps_title(gap: str) -> bool:
    """ "and his Azerbaijani counterpart": a determiner, a capitalised qualifier and a title
    (no word that cannot be part of one) between two names of a list."""
    return _DETERMINED_CAPS_TITLE.match(gap) is not None and not (
        set(gap.lower().split()) & _NOT_TITLE_WORDS - {"and", "the", "his", "her", "its", "their"}
    )


def _determined_title(gap: str) -> bool:
    """ "and his Azerbaijani counterpart", "y su homólogo brasileño": a title with its
    determiner between two names of a list."""
    if _DETERMINED_TITLE.match(gap.lower()) and not any(w[:1].isupper() for w in gap.split()):
        return True
    return _determined_caps_title(gap)


# words that may follow the last name of a list inside one clause ("… and Kishida at Camp David")
_LIST_FOLLOWERS = grammar_all("list_followers")


def starts_clause(text: str, end: int) -> bool:
    """Whether a lowercase word that cannot continue a list follows a name ending at `end`:
    "…, and Vice President Kamala Harris held talks" (a verb: the name opens a new clause)."""
    m = re.match(r"\s+([^\W\d_][\w'-]*)", text[end : end + 40])
    return m is not None and m.group(1)[0].islower() and m.group(1) not in _LIST_FOLLOWERS


def _lower_title_and(gap: str, *, comma: bool = False) -> bool:
    """ "and Maoist chief ", "and Kremlin foreign policy aide ": a conjunction, then a lowercase
    title (a capitalised qualifier may come first) right before a person's name; with `comma`,
    ", national security adviser " inside a list whose last link is a conjunction."""
    m = _LOWER_TITLE_AND.match(gap)
    if m is None or (not comma and "and" not in gap):
        return False
    return not set(m.group(1).lower().split()) & _NOT_TITLE_WORDS


def list_link(gap: str, *, person: bool) -> str | None:
    """How two names of a list are joined by `gap`: "conj" ("X and Y", "X y el ministro Y",
    "X and Prime Minister Y"), "comma" ("X, Y", "X, Prime Minister Y") or None (no list link).
    Titles between are allowed only before a person."""
    if _COORD.match(gap):
        return "comma" if gap.strip() == "," else "conj"
    if not person:
        return None
    if _TITLED_PARTNER.match(gap) or _CAPS_TITLE_AND.match(gap):
        return "conj"
    if _determined_title(gap):
        return "conj"
    if _lower_title_and(gap):
        return "conj"  # "Koirala and Maoist chief Prachanda", "X and rebel leader Y"
    if _CAPS_TITLE_COMMA.match(gap):
        return "comma"
    return None


@dataclass(frozen=True)
class Subject:
    actors: tuple[str, ...]
    start: int
    end: int
    how: str  # mention | coordinated | joint | pronoun | null | document


# only spaces, or an adverb, between a name and the verb after it
_NEXT_TO_VERB = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|aussi\s+|a\s+|ont\s+)?")


@lru_cache(maxsize=16)
def _object_relative(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """ ", al que", ", to whom": a relative whose antecedent is the verb's object (folded)."""
    if not words:
        return None
    return re.compile(r"\s*,\s*(?:" + word_alternation(words) + r")\s+")


# "and urged them", "y, según Xinhua, lo saludó": a second verb of the sentence's subject,
# an aside and object clitics aside (folded, searched right before the verb)
COORD_VERB = re.compile(
    r"\b(?:and|y|e|et|but|pero|mais|mas)\s*(?:,[^,]{0,60},\s*)?(?:(?:also|tambien|aussi)\s+)?"
    r"(?:(?:lo|la|le|los|las|les|lui|leur)\s+)*$"
)
# a contrastive clause with a subject of its own: ", while Moscow's ambassador … denied"
CONTRAST = re.compile(
    r",[\"”»’]?\s*(?:while|whereas|mientras que|mientras|en tanto que|tandis que|alors que|enquanto)\b"
)

# a second verb after a prepositional phrase: "… y ante los representantes de los 22 países
# ha defendido", "and at a news conference later said" (folded; checked for names in between)
_COORD_PP = re.compile(
    r"\b(?:and|y|e|et)\s+(?:ante|en|durante|tras|desde|before|in|at|during|after|from|devant|"
    r"dans|lors|pendant|apres|depuis|perante|em|no|na|apos)\s+[^,.;:«»“”\"]{2,90}?\s+$"
)


def coordinated_verb(folded: str, lo: int, pos: int, finder: SubjectFinder) -> bool:
    """Whether the verb at `pos` is a second verb of the sentence's subject: "… and urged",
    "y, tras la reunión, advirtió", "y ante los representantes … ha defendido"."""
    if COORD_VERB.search(folded, lo, pos):
        return True
    m = _COORD_PP.search(folded, lo, pos)
    if m is None:
        return False
    # no person in the phrase, and no body right before the verb ("y ante la ONU Rusia advirtió")
    if finite_between(finder.text, finder.lang, m.start() + 2, pos):
        return False  # "y ante la ONU Rusia advirtió que …": a clause of its own
    inside = finder.mentions_in(m.start(), pos)
    return not any(finder.kinds.get(x[2]) == "person" for x in inside) and not (
        inside and pos - inside[-1][1] <= 2 and not finder._after_preposition(inside[-1][0])
    )


def clause_start(folded: str, lang: str, lo: int, pos: int) -> int:
    """Where the clause of `pos` opens: after the last contrastive ", while …", «, mientras que
    …» before it (a clause with its own subject), else at `lo`; ", while cautioning" goes on
    with the sentence's subject and opens nothing."""
    start = lo
    for m in CONTRAST.finditer(folded, lo, pos):
        if not is_gerund((folded[m.end() : m.end() + 30].split() or [""])[0], lang):
            start = m.end()
    return start


# relatives of place: their antecedent is where, never who ("Suva, where he met …")
_LOCATIVE = grammar_all("place_relatives")
# object clitics between a relative pronoun and its verb ("Sánchez, quien le trasladó",
# « qui lui a dit », "que lhe disse"), folded
_CLITICS = r"(?:\s+(?:le|les|lo|la|los|las|se|nos|lui|leur|l'|lhe|lhes|me|te))*\s*"
# joint phrases about blocs or bodies, not states: "ambos bloques", "both blocs" (folded)
_BLOCS = re.compile(r"bloc|bloque|organiza|organisa")
# joint phrases about movements or parties: "the two groups", «les deux mouvements»
_GROUPS = re.compile(r"group|grupo|movement|movimiento|mouvement|movimento|formation")
_COORD_WORD = re.compile(r"\b(?:" + _COORDINATORS + r")\b")
# "Kremlin aide ", "Hamas political chief ": lowercase title words between a body and a person
_BODY_TITLE_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


_SPEAKER_KINDS = ("person", "organization", "country", "group")


def _entities(lang: str) -> dict:
    return load_lang_file(lang, "entities")


def relative_words(lang: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _entities(lang).get("relative_words", []))


@cache
def _subject_relatives(lang: str) -> re.Pattern | None:
    """A subject relative word (entities.toml `subject_relatives`) right after a name, then its
    clause with no break up to the verb (folded, anchored at the verb)."""
    words = [fold(w) for w in _entities(lang).get("subject_relatives", [])]
    if not words:
        return None
    return re.compile(r"\s*,?\s*(?:" + word_alternation(words) + r")\s+[^,;:.«»\"“”]*$")


def joint_phrases(lang: str) -> tuple[tuple[str, bool, int, tuple[str, ...]], ...]:
    """(phrase, is_people, how many, offices): "ambos líderes" → two people, heads of state or
    government first; "ambos bloques" → two bodies; "the three leaders", "los cuatro
    cancilleres" → three leaders, four foreign ministers."""
    return _joint_phrases(lang)


@cache
def title_offices(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The offices titles name, from roles.toml (folded): generic forms ("leaders",
    «mandatarios», "head of state") → their offices, and roles' plurals ("presidents",
    «cancilleres») → their office."""
    roles = load_lang_file(lang, "roles")
    generic: dict[str, tuple[str, ...]] = {}
    for g in roles.get("generic", []):
        for w in g.get("forms", []):
            generic.setdefault(fold(w), tuple(g.get("offices", [])))
    plurals = {fold(w): (r["office"],) for r in roles.get("role", []) for w in r.get("plural", [])}
    return generic, plurals


@cache
def language_articles(lang: str) -> frozenset[str]:
    """The language's articles (roles.toml [grammar] articles, folded)."""
    return frozenset(
        fold(a) for a in load_lang_file(lang, "roles").get("grammar", {}).get("articles", [])
    )


@cache
def _one_word_titles(lang: str) -> frozenset[str]:
    """Singular one-word role titles (folded): «presidente», "president", «chanceler»."""
    roles = load_lang_file(lang, "roles")
    return frozenset(
        fold(w)
        for r in roles.get("role", [])
        for g in ("m", "f")
        for w in r.get(g, [])
        if " " not in w.strip()
    )


@cache
def _joint_nouns(lang: str) -> frozenset[str]:
    """The plural titles a count may stand before ("the three leaders"): `joint_nouns` and
    every role plural (folded)."""
    nouns = {fold(w) for w in _entities(lang).get("joint_nouns", [])}
    return frozenset(nouns | set(title_offices(lang)[1]))


@cache
def _joint_phrases(lang: str) -> tuple[tuple[str, bool, int, tuple[str, ...]], ...]:
    ent = _entities(lang)
    generic, plurals = title_offices(lang)
    office_of = {**generic, **plurals}  # the offices a plural title names

    def offices(phrase: str) -> tuple[str, ...]:
        words = phrase.split()
        for i in range(len(words)):
            found = office_of.get(" ".join(words[i:]))
            if found:
                return found
        return ()

    items = {fold(w): (True, 2) for w in ent.get("joint_subjects", [])}
    items.update({fold(w): (False, 2) for w in ent.get("joint_groups", [])})
    # a count before any plural title of the language ("les trois chefs d'État")
    counts = ent.get("joint_counts") or {}
    for count, n in counts.items():
        for noun in _joint_nouns(lang):
            items.setdefault(f"{fold(count)} {noun}", (True, n))
    # a bare count before a verb («os dois conversaram», «les deux ont signé»)
    for count in ent.get("joint_bare_counts", []):
        if count in counts:
            items.setdefault(fold(count), (True, counts[count]))
    # a definite article before a plural title that names an office («los mandatarios», "the
    # ministers"): the group the passage is about (count 0, resolved by `collective`)
    for article in ent.get("collective_articles", []):
        for noun in _joint_nouns(lang):
            if offices(noun):
                items.setdefault(f"{fold(article)} {noun}", (True, 0))
    return tuple(
        sorted(
            ((w, p, n, offices(w) if p else ()) for w, (p, n) in items.items()),
            key=lambda t: len(t[0]),
            reverse=True,
        )
    )


@cache
def _joint_sides(lang: str) -> frozenset[str]:
    """entities.toml joint_sides: the joint groups that stand for two sides, their states and
    the people who lead them ("the two sides", «ambas partes»), folded."""
    return frozenset(fold(w) for w in _entities(lang).get("joint_sides", []))


@lru_cache(maxsize=8)
def _joint_pattern(lang: str) -> re.Pattern[str]:
    """The listed joint phrases, or a count then a plural title, as one pattern: the counted
    phrases are matched as count + noun (a few dozen alternatives, not every combination)."""
    ent = _entities(lang)
    listed = [fold(w) for w in ent.get("joint_subjects", []) + ent.get("joint_groups", [])]
    counts = [fold(w) for w in (ent.get("joint_counts") or {})]
    nouns = _joint_nouns(lang)
    alts = []
    if counts and nouns:
        alts.append(f"(?:{word_alternation(counts)}) (?:{word_alternation(nouns)})")
    if listed:
        alts.append(word_alternation(listed))
    collective = [fold(w) for w in ent.get("collective_articles", [])]
    if collective and nouns:
        # with no complement after it ("the leaders of the bloc" are the bloc's members, «los
        # dirigentes europeos» the Europeans, «los jefes de Estado y de Gobierno de la UE» the
        # Union's): a comma or a word that is no preposition, conjunction, or plural adjective
        # (a plural adjective may come between: «les dirigeants africains ont accepté»)
        word = r"(?!(?:de|del|of|du|des|da|do|dos|das|y|e|et|and|ou|o|or)(?![\w'’]))[^\W\d]"
        alts.append(
            f"(?:{word_alternation(collective)}) (?:{word_alternation(nouns)})"
            rf"(?=,|(?:\s+{word}[\w-]*[sx])?\s+(?![^\W\d]['’]){word}(?:[\w-]*[^\W\dsx])?"
            r"(?![\w'’-]))"
        )
    bare = [fold(w) for w in ent.get("joint_bare_counts", [])]
    if bare:
        # before a word that is no plural noun or adjective (none ends in -s or -x): a verb,
        # a clitic («os dois se reuniram», « les deux s'étaient »), an auxiliary («les deux ont»)
        alts.append(
            f"(?:{word_alternation(bare)})"
            f"(?=\\s+(?:[^\\W\\d]['’])?[^\\W\\d](?:\\w*[^\\W\\dsx])?(?![\\w'’]))"
        )
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


@lru_cache(maxsize=4)
def _joint_hits(lang: str, folded: str) -> tuple[tuple[int, int, str], ...]:
    """The joint phrases of a text, found once for the three stages that look for subjects."""
    table = {w for w, *_ in _joint_phrases(lang)}
    return tuple(
        (m.start(), m.end(), m.group())
        for m in _joint_pattern(lang).finditer(folded)
        if m.group() in table
    )


# a plural adjective right after a collective title («los dirigentes europeos»)
_PLURAL_ADJECTIVE = re.compile(r"\s+[^\W\d][\w-]*[sx](?![\w'’-])")


@cache
def _forum_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words before a body named as a forum (`forum_nouns` or `member_nouns`, a preposition
    and an article: «la cumbre de la», "the foreign ministers of the") and after one
    (`forum_nouns_after`: " summit", " leaders"), folded."""
    ent = _entities(lang)
    nouns = [fold(w) for w in ent.get("forum_nouns", []) + ent.get("member_nouns", [])]
    before = None
    if nouns:
        before = re.compile(
            r"(?<!\w)(?:" + word_alternation(nouns) + r")(?: \w+)?"
            r" (?:de|del|of|du|des|da|do|dos|das|d['’])(?: (?:la|el|los|las|the|le|les|a|o|os|as)|"
            r" ?l['’])? ?$"
        )
    after_nouns = [fold(w) for w in ent.get("forum_nouns_after", [])]
    after = (
        re.compile(r" (?:" + word_alternation(after_nouns) + r")(?!\w)") if after_nouns else None
    )
    return before, after


@lru_cache(maxsize=16)
def _members_pattern(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "los líderes de la", "the foreign ministers of the": the words before a body whose
    members act (`member_nouns`), built once per word list."""
    if not nouns:
        return None
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(
        r"(?:^|[\s,])(?:los|las|the|les|os|as|sus|its|their|ses|leurs|seus|suas)\s+(?:"
        + alternatives
        + r")\s+(?:de|del|of|du|des|da|do|das|dos)(?:\s+(?:la|el|los|las|the|l'|le|les|a|o|os|as))?\s*$"
    )


def sentence_of(sentences: list[Sentence], pos: int) -> Sentence | None:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s
    return None


# a possessive relative opens a clause whose subject is the name in apposition after it
_POSSESSIVE_RELATIVE = re.compile(
    r",\s*(?:whose|cuyo|cuya|cuyos|cuyas|dont|cujo|cuja|cujos|cujas)\s*$"
)
_ASIDE = re.compile(r",[^,;.]{3,160},")


@cache
def _interposed_adverbs(lang: str) -> frozenset[str]:
    """speech.toml [interposed] adverbs, folded: "for its part", «por su parte», «pour sa part»."""
    words = load_lang_file(lang, "speech").get("interposed", {}).get("adverbs", [])
    return frozenset(fold(w) for w in words if isinstance(w, str))


# a closed relative clause set off by commas, then adverbs or pronouns ("Moscow, which has close
# ties with both, has also said")
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:which|who|que|qui|lequel|laquelle|la cual|el cual|o qual|a qual)\s[^,;:.()«»\"“”]{3,90},\s*"
    r"(?:(?:also|tambien|aussi|tambem|ya|deja|ja)\s+)?"
)
_SUBJECT_GAP = re.compile(
    r"(?:(?:le|les|lo|la|los|las|se|me|nos|lui|leur|l'|lhe|lhes|also|tambien|ya|ademas|"
    r"aussi|deja|tambem|ja|again|still|now|ahora)\s*)+"
)
_IN_DOC = re.compile(
    r"\b(?:en|in|dans|em|a traves de|through|via|por|par|with|con|avec|com)\s+"
    r"(?:un|une|una|unos|a|an|su|sus|its|his|her|their|son|sa|ses|leur|um|uma|seu|sua|el|la|"
    r"the|le|o)\s*$"
)
_ARTICLES = grammar_all("articles")


def prepositions(lang: str) -> tuple[str, ...]:
    """The prepositions of a language (folded) that make a following name a complement."""
    return _PREPOSITIONS.get(lang, ())


@cache
def null_subject(lang: str) -> bool:
    """Whether the language leaves a known subject unsaid ("Posteriormente ha hablado con …")."""
    return bool(load_lang_file(lang, "lang").get("null_subject", False))


@cache
def _pronoun_and(lang: str) -> re.Pattern | None:
    """ "he and …", «él y …»: a singular subject pronoun coordinated with the name after it
    (right before it, ending the search window)."""
    prons = load_lang_file(lang, "speech").get("pronouns") or {}
    words = [w for g in ("m", "f") for w in prons.get(g, [])]
    if not words:
        return None
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w'])(?:" + alt + r")\s+(?:and|y|e|et)\s+(?:[\w.'’-]+\s+){0,4}$")


@cache
def _voice_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    return re.compile(r"(?<![\w'])(?:" + word_alternation(phrases) + r")(?![\w'])")


class SubjectFinder:
    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        actors: ActorResult,
        lang: str,
        excluded: list[tuple[int, int]] = (),
        docs: list[tuple[int, int]] = (),
    ):
        self._starts = [x.start for x in sentences]
        self.docs = sorted(docs)  # spans of document nouns ("el comunicado", "the statement")
        self.text = text
        self.folded = fold_text(text)
        self.sentences = sentences
        self.actors = actors
        self.lang = lang
        self.rel = relative_words(lang)
        self.joint = {w: (p, n, o) for w, p, n, o in joint_phrases(lang)}
        self.joint_sides = _joint_sides(lang)
        # joint phrases found once in the whole text (one pattern of some hundred phrases)
        self.joint_hits = _joint_hits(lang, self.folded)
        self._joint_starts = [h[0] for h in self.joint_hits]
        self.members = _members_pattern(tuple(_entities(lang).get("member_nouns", [])))
        self.object_relative = _object_relative(tuple(_entities(lang).get("object_relatives", [])))
        # "China, which the joint statement criticized", «la Cédéao, qu'ils accusent»: a relative
        # with a subject of its own after it; its antecedent is the verb's object
        own = _entities(lang).get("relative_with_subject")
        self.relative_with_subject = re.compile(own) if own else None
        # "hours after Pakistan said …": words that open a clause whose subject follows them
        self.clause_preps = frozenset(
            fold(w) for w in _entities(lang).get("clause_prepositions", [])
        )
        self.excluded = Intervals(
            list(excluded)
        )  # quote spans: mentions inside them are not subjects
        self.mention_index = SpanIndex(actors.mentions)
        self.docs_index = SpanIndex(self.docs)
        self.kinds = {a.id: a.kind for a in actors.actors}
        self._state_of: dict[str, str] | None = None  # a leader's or capital's state, on demand
        self._forum_count: dict[str, int] | None = None  # forums named, on demand
        self._voice = _voice_pattern(tuple(_entities(lang).get("voice_phrases", [])))
        self._pronoun_and = _pronoun_and(lang)

    def voice_after(self, pos: int, limit: int = 45) -> tuple[int, int, str, str] | None:
        """ "Le Nicaragua a dénoncé, par la voix de son représentant, Paul Oquist, …": the
        person a body speaks through, named right after the verb at `pos`."""
        if self._voice is None:
            return None
        m = self._voice.search(self.folded, pos, pos + limit)
        if m is None or re.search(r"[.;:]", self.folded[pos : m.start()]):
            return None
        for x in self.mentions_in(m.end(), m.end() + 80):
            if self.kinds.get(x[2]) == "person":
                return x
        return None

    def _inside_excluded(self, s: int, e: int) -> bool:
        return self.excluded.covers(s, e)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return [
            m
            for m in self.mention_index.between(start, end)
            if m[1] <= end and not self._inside_excluded(m[0], m[1])
        ]

    def left_of(
        self, pos: int, floor: int | None = None, joint_complement: bool = True
    ) -> Subject | None:
        """The subject of a verb at `pos`, from the mentions to its left in the sentence (with
        `joint_complement` false, a joint phrase after a preposition is never the subject: "the
        talks between the two leaders", «cartas a los dos mandatarios»)."""
        sent = sentence_of(self.sentences, pos)
        start = sent.start if sent else max(0, pos - 300)
        start = max(start, pos - WINDOW)  # a subject is never far: keeps huge sentences linear
        if floor is not None:
            start = max(start, floor)
        # "…; Tsipras, en cambio, admitió": a semicolon opens a clause with its own subject
        semi = self.text.rfind(";", start, pos)
        if semi != -1 and not self.excluded.contains(semi):
            start = semi + 1
        seg_mentions = self.mentions_in(start, pos)
        # joint phrases: "ambos presidentes", "both leaders"
        best = None
        k = bisect.bisect_left(self._joint_starts, pos)
        while k > 0:
            k -= 1
            js, je, jp = self.joint_hits[k]
            if js < start:
                break
            if je <= pos:
                best = (js, je, jp)  # the latest joint phrase before the verb
                break
        if best is not None and (
            (not joint_complement and self._after_preposition(best[0]))
            or any(
                m[0] > best[0] and not self._after_preposition(m[0])
                for m in seg_mentions
                if self.kinds.get(m[2]) in ("person", "country", "organization")
            )
        ):
            # a name stands between it and the verb; not one in a complement ("The three
            # leaders are expected to meet at the Group of 20 summit")
            best = None
        if best is not None and self.text[start:pos].rstrip().endswith(","):
            # "Tshisekedi, whose eastern provinces border both countries …, said": the joint
            # phrase is inside a relative clause opened right after a name; the name is the
            # subject (found below)
            if any(m0[1] <= best[0] and self._relative_after(m0[1], 14) for m0 in seg_mentions):
                best = None
        if best is not None and self.joint[best[2]][1] == 0:
            # «los dirigentes europeos»: named by an adjective, the forum, not the people
            adjective = _PLURAL_ADJECTIVE.match(self.folded, best[1]) is not None
            group = self.collective(best[0], self.joint[best[2]][2], people=not adjective)
            if group:
                return Subject(group, best[0], best[1], "joint")
            best = None
        if best is not None:
            js, je, jp = best
            people, n, offices = self.joint[jp]
            if not people and _GROUPS.search(jp):
                two = self._last_two(js, ("organization", "group"), n)
            else:
                two = self.last_two(js, people, _BLOCS.search(jp) is None, n, offices)
            if not people and jp in self.joint_sides:
                # "the two sides agreed": the two states and the two people who speak for them
                two += tuple(x for x in self.last_two(js, True, False, n) if x not in two)
            return Subject(two, js, je, "joint")
        if not seg_mentions:
            return self.document_subject(start, pos)
        seg_mentions = self._fold_parentheses(seg_mentions)
        # "Borrell, que viajará … con Messahel, defendió …": a relative clause opened right
        # after a mention and closed by a comma before the verb → that mention is the subject
        if self.text[start:pos].rstrip().endswith(","):
            for m0 in seg_mentions:
                if self.kinds.get(m0[2]) == "place":
                    continue  # "Desde Asjabad, donde participaba …, Putin ha advertido"
                if m0 is not seg_mentions[0] and self._after_preposition(m0[0]):
                    # «Tillerson, el secretario de Estado de EE.UU., que asistió …, dijo»: the
                    # complement of a title is not the one the relative clause describes
                    continue
                if self._relative_after(m0[1], 12):
                    tail = self.text[m0[1] : pos].rstrip()
                    if tail.endswith(",") and tail.count(",") >= 2:
                        return Subject((m0[2],), m0[0], m0[1], "mention")
        aside = self._apposition_head(start, seg_mentions, pos)
        if aside is not None:
            return Subject((aside[2],), aside[0], aside[1], "mention")
        # walk from the verb leftwards, skipping relative clauses and asides
        candidates = list(reversed(seg_mentions))
        chosen = None
        for i, m in enumerate(candidates):
            between = self.folded[m[1] : pos]
            if (
                i == 0
                and self.object_relative is not None
                and self.object_relative.fullmatch(between)
            ):
                continue  # "habló con Barrot, al que pidió …": Barrot is asked, not asking
            if (
                i == 0
                and self.relative_with_subject is not None
                and self.relative_with_subject.match(between)
            ):
                continue  # "China, which he accused of …": he accuses, China is accused
            rel = next(
                (
                    w
                    for w in self.rel
                    if w not in _LOCATIVE
                    and re.fullmatch(r"\s*,?\s*" + re.escape(w) + _CLITICS, between)
                ),
                None,
            )
            if i == 0 and rel is not None:
                chosen = m  # "… with Maas, who called on …": the antecedent speaks
                if rel in _person_relatives(self.lang) and self.kinds.get(m[2]) != "person":
                    # «Rolando Morán, jefe del Ejército Guerrillero de los Pobres (EGP), quien
                    # afirmó …»: «quien» takes the person the apposition describes
                    chosen = next(
                        (
                            c
                            for c in candidates[1:4]
                            if self.kinds.get(c[2]) == "person"
                            and "," in self.text[c[1] : m[0]]
                            and not finite_between(self.text, self.lang, c[1], m[0])
                        ),
                        m,
                    )
                break
            if self.kinds.get(m[2]) in ("place",) and not self._is_direct_subject(m, pos):
                continue
            # a preposition right before the mention makes it an object or complement, unless
            # it names the body whose members act ("los líderes de la Liga Árabe reclamaron"),
            # or a preposition that also opens a clause has it right before the verb ("hours
            # after Pakistan said …")
            if (
                self._after_preposition(m[0])
                and not self._members_of(m, pos)
                and not (
                    self.clause_preps
                    and _NEXT_TO_VERB.fullmatch(between)
                    and self._prep_before(m[0]) in self.clause_preps
                )
            ):
                continue
            # inside a closed relative clause: "Conille, who addressed the Assembly last week, was"
            if self._inside_relative(start, m, pos):
                continue
            # "según la agencia oficial Xinhua, lo saludó": the source of the report, set off by
            # commas, is not the verb's subject
            if self._in_according_aside(start, m, pos):
                continue
            chosen = m
            break
        if chosen is None:
            return self.document_subject(start, pos)
        if self.kinds.get(chosen[2]) in ("organization", "group"):
            # "El líder del Partido Unionista Democrático (DUP), que …, calificó": the body named
            # in a person's title is not the head of the subject, the titled person is
            chosen = next(
                (
                    x
                    for x in seg_mentions
                    if x[3] == "title"
                    and x[1] <= chosen[0]
                    and chosen[0] - x[1] <= 60
                    and self.kinds.get(x[2]) == "person"
                    and not _TITLE_TO_BODY_BREAK.search(self.folded[x[1] : chosen[0]])
                ),
                chosen,
            )
        # coordinated subjects: "Putin y Biden", "Putin, Biden y Xi"
        group = [chosen]
        cur = chosen
        for m in reversed([x for x in seg_mentions if x[1] <= chosen[0]]):
            if (
                self.kinds.get(m[2]) in ("country", "organization", "place")
                and self.kinds.get(cur[2]) == "person"
                and OF_BEFORE.search(self.folded, max(0, m[0] - 12), m[0])
            ):
                continue  # "el secretario de Comercio de Estados Unidos, Howard Lutnick": a title's
            gap = self.text[m[1] : cur[0]]
            if (
                self.kinds.get(m[2]) in ("country", "organization", "place", "group")
                and self.kinds.get(cur[2]) == "person"
                and _BODY_TITLE_GAP.fullmatch(gap)
                and not set(gap.split()) & _NOT_TITLE_WORDS
            ):
                continue  # "and Kremlin aide Yuri Ushakov": the body qualifies the title
            if m[2] == cur[2] and len(gap) <= 12 and not _COORD_WORD.search(gap):
                # 'Rodrigo Londoño, alias "Timochenko", sellaron': one person named twice
                if len(group) == 1:
                    chosen = (m[0], chosen[1], m[2], m[3])  # one span over both names
                    group = [chosen]
                cur = m
                continue
            # the link nearest the verb must be a conjunction ("X, Y y Z"); "OEA, Luis Almagro"
            # with only a comma is an apposition, not two subjects
            if len(group) == 1 and gap.strip() == ",":
                break
            if (
                gap.strip() == ","
                and self.kinds.get(cur[2]) == "person"
                and self.kinds.get(m[2]) in ("country", "organization")
            ):
                break  # "El presidente de Brasil, Lula, y …": the title's country, not a subject
            loose = _COORD_LOOSE.match(gap) and not any(w[:1].isupper() for w in gap.split()[1:])
            loose = loose or (
                self.kinds.get(cur[2]) == "person"
                and self.kinds.get(m[2]) == "person"
                and _determined_caps_title(gap)
            )
            # ", el presidente francés, Emmanuel Macron": an apposition inside a list
            loose = loose or (
                len(group) > 1
                and _APPOSITION_GAP.match(gap)
                and not any(w[:1].isupper() for w in gap.split())
            )
            # ", e o líder da Renamo, Ossufo Momade": a conjunction, a title (a body's name may
            # be in it), then the person it introduces
            titled = (
                self.kinds.get(cur[2]) == "person"
                and self.kinds.get(m[2]) == "person"
                and (_TITLED_PARTNER.match(gap) is not None or _DISTRIBUTED.match(gap) is not None)
            )
            # "Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister
            # Rishi Sunak": capitalised titles before each name in an English-style list
            titled = titled or (
                self.kinds.get(cur[2]) == "person"
                and self.kinds.get(m[2]) == "person"
                and (
                    _CAPS_TITLE_AND.match(gap) is not None
                    or _lower_title_and(gap, comma=len(group) > 1)
                    or (len(group) > 1 and _CAPS_TITLE_COMMA.match(gap) is not None)
                )
            )
            if (
                not (_COORD.match(gap) or loose or titled)
                and self.kinds.get(m[2]) in ("organization", "group")
                and (adjective := _ADJECTIVE_AFTER_BODY.match(gap))
            ):
                # «O Governo angolano e a UNITA assinaram», «el Gobierno colombiano y las FARC»:
                # the body's adjective, then the conjunction
                rest = gap[adjective.end() :]
                loose = bool(_COORD.match(rest) or _COORD_LOOSE.match(rest)) and not any(
                    w[:1].isupper() for w in rest.split()[1:]
                )
            if (_COORD.match(gap) or loose or titled) and m[2] not in {g[2] for g in group}:
                group.append(m)
                cur = m
            else:
                break
        if len(group) == 1 and self.kinds.get(chosen[2]) == "person":
            # "Carlos Foradori y el ministro de Estado británico para Europa y las Américas, Alan
            # Duncan": a titled partner whose title names places or bodies of its own
            for m in reversed([x for x in seg_mentions if x[1] <= chosen[0]]):
                if self.kinds.get(m[2]) != "person":
                    continue
                if _TITLED_PARTNER.match(self.text[m[1] : chosen[0]]):
                    group.append(m)
                break
        group.reverse()
        ids = tuple(dict.fromkeys(g[2] for g in group))
        if self._pronoun_and is not None and self.kinds.get(group[0][2]) == "person":
            # "he and Chinese President Xi Jinping agreed": the person "he" stands for too
            m = self._pronoun_and.search(self.folded, max(start, group[0][0] - 40), group[0][0])
            if m is not None:
                who = next(
                    (
                        x[2]
                        for x in reversed(self.mentions_in(max(0, m.start() - 600), m.start()))
                        if self.kinds.get(x[2]) == "person" and x[2] not in ids
                    ),
                    None,
                )
                if who is not None:
                    ids = (who, *ids)
                    return Subject(ids, m.start(), group[-1][1], "coordinated")
        return Subject(ids, group[0][0], group[-1][1], "coordinated" if len(ids) > 1 else "mention")

    def coordinated_head(self, start: int, pos: int):
        """The person opening the clause (from `start`) when the verb at `pos` is its second
        verb ("Kushner briefed … and urged them", "X thanked Biden … but said …"), else None."""
        if not coordinated_verb(self.folded, max(start, pos - 120), pos, self):
            return None
        head = self.opening_subject(start, pos)
        return head if head is not None and self.kinds.get(head[2]) == "person" else None

    def relative_antecedent(self, lo: int, pos: int):
        """The name a subject relative clause hangs on when the verb at `pos` is coordinated in
        that clause: «pelo Chega, que se opôs ao convite e anunciou» (the last person, body,
        country or group after `lo`, the relative word right after it), else None."""
        pattern = _subject_relatives(self.lang)
        if pattern is None:
            return None
        for m in reversed(self.mention_index.between(lo, pos)):
            if m[1] > pos or self.kinds.get(m[2]) not in _SPEAKER_KINDS:
                continue
            return m if pattern.match(self.folded, m[1], pos) else None
        return None

    def opening_subject(self, start: int, cue: int):
        """The first person, body or country opening the sentence, when it opens it (after an
        adverbial at most) and is no complement: "Kushner briefed …", "On Monday, Blinken met …"."""
        for m in self.mention_index.between(start, min(cue, start + 130)):
            if m[1] > cue:
                break
            if self._inside_excluded(m[0], m[1]):
                return None  # the sentence opens with a quote: who is named in it does not speak
            if self.kinds.get(m[2]) == "place":
                # "Beijing, which considers Taiwan a wayward province, lodged a protest …": a
                # capital opening the sentence, a relative clause after it
                if not self.folded[start : m[0]].strip(' «“"') and _RELATIVE_ASIDE.match(
                    self.folded, m[1]
                ):
                    return m
                continue
            if self.kinds.get(m[2]) not in _SPEAKER_KINDS:
                continue
            if self._after_preposition(m[0]):
                continue
            before = self.folded[start : m[0]]
            if m[0] > start + 80 and (
                not before.rstrip().endswith(",")
                or finite_between(self.text, self.lang, start, m[0])
            ):
                continue  # far in: only after a long opening phrase, set off by a comma, no clause
            if _QUESTION_PUT.match(before) and self.folded[m[1] : m[1] + 2].startswith(","):
                # "Asked whether it could be the commander, Manuel Marulanda, he replied": a name
                # apposed inside the question put to the subject, not the subject
                return None
            if before.strip() and not before.rstrip().endswith(","):
                # only titles or a possessive before it ("U.S. envoy Amos Hochstein", "Iran's …"),
                # after an adverbial set off by a comma ("In Scotland, which voted to remain,
                # First Minister Nicola Sturgeon")
                if len(re.split(r"[,”»\"]", before)[-1].split()) > 5:
                    return None
            if self.kinds.get(m[2]) != "person":
                # "White House adviser Jared Kushner": the person the body's title introduces
                for y in self.mention_index.between(m[1], m[1] + 40):
                    gap = self.folded[m[1] : y[0]]
                    # "Russia's envoy to the talks, Mikhail Ulyanov, called …": the apposed name
                    if self.kinds.get(y[2]) == "person" and re.fullmatch(
                        r"(?:'s)?(?:\s+[\w.-]+){1,4}(?:\s+|\s*,\s+)", gap
                    ):
                        return y
                    break
            return m
        return None

    def coordinated(self, m, limit: int) -> tuple[str, ...]:
        """The actors coordinated with the mention `m` before `limit`: "U.S. President Joe
        Biden and Chinese President Xi Jinping" → both."""
        out = [m[2]]
        cur = m
        for y in self.mention_index.between(m[1], limit):
            if y[0] < cur[1]:
                continue
            gap = self.text[cur[1] : y[0]]
            if not _COORD_TITLED.fullmatch(gap) or self.kinds.get(y[2]) not in (
                "person",
                "country",
                "organization",
                "group",
            ):
                break
            if y[2] not in out:
                out.append(y[2])
            cur = y
        return tuple(out)

    def _members_of(self, m, pos: int) -> bool:
        """ "Los líderes de la Liga Árabe reclamaron", "the foreign ministers of the G7
        agreed": the body after "the members of" is the subject, when nothing but the verb
        follows it."""
        if self.members is None or self.folded[m[1] : pos].strip(" ,"):
            return False
        return self.members.search(self.folded, max(0, m[0] - 60), m[0]) is not None

    def _relative_after(self, end: int, reach: int) -> bool:
        """A relative clause opens right after the mention ending at `end` ("Borrell, que …",
        "Tshisekedi, whose …"), within `reach` characters."""
        after = self.folded[end : end + reach]
        return any(
            re.match(r"^\s*,\s*" + re.escape(w) + r"\b", after)
            for w in self.rel
            if w not in _LOCATIVE
        )

    def _apposition_head(self, start: int, mentions: list, pos: int):
        """ "Ebrahim Raisi, the judiciary chief who won Iran's election last week, told …",
        "Lavrov, el jefe de la diplomacia rusa que visitó Turquía, dijo …": the mention opening
        the sentence, followed by a lowercase aside that the comma before the verb closes,
        speaks; the names inside the aside do not."""
        if not self.text[start:pos].rstrip().endswith(","):
            return None
        head = None
        for m in mentions:
            if self.kinds.get(m[2]) not in _SPEAKER_KINDS:
                continue
            if self._after_preposition(m[0]):
                return None
            before = self.text[start : m[0]]
            # only a title before it ("El canciller ruso, Serguéi Lavrov, …")
            if len(before.split()) > 5 or re.search(r"[;:()«“\"]", before):
                return None
            head = m
            break
        if head is None:
            return None
        aside = self.text[head[1] : pos].rstrip()[:-1]
        opened = re.match(r"\s*,\s+(\w+)", aside)
        # "Fitsum Arega, Abiy's chief of staff, said": a possessive opens the title too
        # "Jason Greenblatt, US President Donald Trump's special envoy, …": a titled name too
        possessive = (
            re.match(r"\s*,\s+(?:[A-Z][\w.-]*\s+){0,4}[\w.-]+['’]s\s+[^\W\d_]", aside) is not None
        )
        if opened is None or not (opened.group(1)[:1].islower() or possessive):
            return None
        # the aside holds a mention (else there is nothing to skip) and no second subject
        inner = [m for m in mentions if m[0] > head[1]]
        if not inner:
            return None
        if aside.count(",") != 1:
            # "Rex Tillerson, the US secretary of state, who sat in along with Russia's foreign
            # minister, Sergey Lavrov, said": a relative clause right after the title is part of
            # the aside
            second = aside.find(",", aside.find(",") + 1)
            if not self._relative_after(head[1] + second, 12):
                return None
        return head

    def _fold_parentheses(self, mentions: list) -> list:
        """ "Unión Europea (UE)": the acronym in parentheses is part of the name before it;
        "Guadalajara (México)": another actor in parentheses glosses it, and is no subject."""
        out: list = []
        for m in mentions:
            if (
                out
                and self.text[out[-1][1] : m[0]].strip() == "("
                and (out[-1][2] == m[2] or self.text[m[1] : m[1] + 1] == ")")
            ):
                end = m[1] + 1 if self.text[m[1] : m[1] + 1] == ")" else m[1]
                out[-1] = (out[-1][0], end, m[2], out[-1][3])
                continue
            out.append(m)
        return out

    def document_subject(self, start: int, pos: int, depth: int = 0) -> Subject | None:
        """ "El texto exige…", "the statement said": a document speaks for its author, the
        subject of the sentence where the document was first mentioned."""
        if depth > 0:
            return None
        mine = []
        for d in self.docs_index.between(start, pos):
            if d[1] > pos:
                continue
            # "La Declaración de Bagdad, aprobada al término de la cumbre, insta a …": an
            # aside between the document and its verb does not count
            gap = _ASIDE.sub(" ", self.folded[d[1] : pos], count=1).split()
            if (
                len(gap) <= 2
                # "every document the agency requested": another noun phrase is the subject
                and not set(gap) & _ARTICLES
                # "En un mensaje en Facebook, escribió …": a document in a phrase is no subject
                and not _IN_DOC.search(self.folded, max(0, d[0] - 12), d[0])
            ):
                mine.append(d)
        if not mine:
            return None
        d = mine[-1]
        # the body named in the aside approved or issued it ("… de la organización panárabe")
        for m in self.mentions_in(d[1], pos):
            if self.kinds.get(m[2]) == "organization":
                return Subject((m[2],), d[0], d[1], "document")
        for e in reversed(self.docs_index.before(d[0])[-10:]):
            sent = sentence_of(self.sentences, e[0])
            sub = self.left_of(e[0], floor=sent.start if sent else None) if sent else None
            if sub is not None and sub.actors and sub.how != "document":
                return Subject(sub.actors, d[0], d[1], "document")
            # "In a statement, the White House said …": the subject after the opening phrase
            if sent is not None and _IN_DOC.search(self.folded, max(0, e[0] - 12), e[0]):
                m = self.right_of(e[1], limit=45)
                if (
                    m is not None
                    and re.fullmatch(
                        r"\s*,?\s*(?:the|el|la|le|l'|o|a)?\s*", self.folded[e[1] : m[0]]
                    )
                    and self.kinds.get(m[2]) in ("organization", "person", "country")
                ):
                    return Subject((m[2],), d[0], d[1], "document")
        # "Os líderes do BRICS reuniram-se em Fortaleza. O texto afirma …": a document told for
        # the first time is the body that the sentence before it, or its own, names last
        body = self.body_before(d[0])
        if (
            body is not None
            and not self.docs_index.before(d[0])[-1:]
            and not _IN_DOC.search(self.folded, max(0, d[0] - 12), d[0])
        ):
            return Subject((body,), d[0], d[1], "document")
        return None

    def body_before(self, pos: int) -> str | None:
        """The organisation named last before `pos` in its sentence or the one before: the
        author of a document told for the first time ("Os líderes do BRICS reuniram-se …
        O texto afirma", «Les chefs d'État de la CEMAC … « … », affirme le communiqué»)."""
        sent = sentence_of(self.sentences, pos)
        if sent is None:
            return None
        prev = self.sentence_before(pos)
        lo = prev.start if prev is not None else sent.start
        bodies = [m for m in self.mentions_in(lo, pos) if self.kinds.get(m[2]) == "organization"]
        return bodies[-1][2] if bodies else None

    def sentence_before(self, pos: int) -> Sentence | None:
        """The sentence before the one at `pos`."""
        sent = sentence_of(self.sentences, pos)
        if sent is None:
            return None
        i = bisect.bisect_left(self._starts, sent.start)
        return self.sentences[i - 1] if i > 0 else None

    def previous_subject(self, pos: int) -> tuple[str, ...]:
        """The subject of the sentence before the one at `pos` ("Lavrov se reunió con Blinken.
        Luego dijo que…" → Lavrov): its first actor that is not a complement."""
        prev = self.sentence_before(pos)
        if prev is None:
            return ()
        for m in self.mentions_in(prev.start, prev.end):
            if self.text[m[1] : m[1] + 2] in ("'s", "’s"):
                continue  # "Berri's political aide, Ali Hassan Khalil, said": a possessive
            if self.kinds.get(m[2]) in (
                "person",
                "organization",
                "country",
                "group",
            ) and not self._after_preposition(m[0]):
                return (m[2],)
        return ()

    def previous_sole_person(self, pos: int, gender: str | None) -> tuple[str, ...]:
        """The one person (of `gender`) the sentence before the one at `pos` names, when it
        names one ("O discurso mais duro foi o de Lacalle, que deixa o governo. Ele disse …"
        → Lacalle)."""
        prev = self.sentence_before(pos)
        if prev is None:
            return ()
        people = {
            m[2] for m in self.mentions_in(prev.start, prev.end) if self.kinds.get(m[2]) == "person"
        }
        if len(people) != 1:
            return ()
        (who,) = people
        if gender in ("m", "f") and self.actors.genders.get(who) not in (gender, None):
            return ()
        return (who,)

    def last_two(
        self,
        pos: int,
        people: bool = True,
        states: bool = False,
        n: int = 2,
        offices: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        """The two (or `n`) people or bodies the passage is about before `pos` ("ambos
        líderes", "the three leaders"), holders of `offices` first ("los dos jefes de Estado":
        not the prime minister). With `states`, two countries when two are named ("las partes"
        of a dispute between Venezuela and Guyana are not the mediators named since)."""
        if not people and states:
            two = self._last_two(pos, ("country",), n)
            if len(two) == n:
                return two
        return self._last_two(
            pos, ("person",) if people else ("country", "organization", "group"), n, offices
        )

    def collective(
        self, pos: int, offices: tuple[str, ...], people: bool = True
    ) -> tuple[str, ...]:
        """The group a definite plural title at `pos` stands for («Los mandatarios acordaron»,
        "the ministers agreed"): the two to four holders of its offices the last paragraphs name
        (a bilateral visit, a trilateral meeting; none with `people` false or with more of them,
        the leaders of a summit of many), and the forum among the bodies they name that the
        article names most ("the BRICS summit"); () when neither."""
        score, first = self._passage_scores(pos, ("person", "organization"), quoted=False)

        def holds(aid: str) -> bool:
            held = (self.actors.offices.get(aid) or (None,))[0]
            return held is not None and any(
                held == o or (held.endswith("_" + o) and held != "prime_minister") for o in offices
            )

        holders = [a for a in score if people and self.kinds.get(a) == "person" and holds(a)]
        group = tuple(sorted(holders, key=lambda a: first[a])) if 2 <= len(holders) <= 4 else ()
        # the forum whose members these are ("the BRICS summit"), the one the article names most
        forums = self._forums()
        bodies = [a for a in score if a in forums]
        if bodies:
            group += (max(bodies, key=lambda a: (forums[a], score[a])),)
        return group

    def _forums(self) -> dict[str, int]:
        """The bodies the article names as forums («la cumbre de la Celac», "the NATO summit",
        «os líderes do BRICS») → how often the article names them; built on first use."""
        if self._forum_count is None:
            before, after = _forum_patterns(self.lang)
            count: dict[str, int] = {}
            forum: set[str] = set()
            for m in self.actors.mentions:
                if self.kinds.get(m[2]) != "organization":
                    continue
                count[m[2]] = count.get(m[2], 0) + 1
                if m[2] in forum:
                    continue
                if (before is not None and before.search(self.folded, max(0, m[0] - 50), m[0])) or (
                    after is not None and after.match(self.folded, m[1])
                ):
                    forum.add(m[2])
            self._forum_count = {a: count[a] for a in forum}
        return self._forum_count

    def _passage_scores(
        self,
        pos: int,
        kinds: tuple[str, ...],
        stands_for: dict[str, str] | None = None,
        quoted: bool = True,
    ) -> tuple[dict[str, float], dict[str, int]]:
        """How much the last paragraphs before `pos` are about each actor of `kinds` (or the
        actor a mention `stands_for`): one per mention, later ones weighing up to half more,
        and where each was first named. With `quoted` false, mentions inside quotes count
        for nothing."""
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        for m in self.mention_index.before(pos)[-200:]:
            if m[1] > pos or pos - m[0] > 1500:
                continue
            aid = m[2] if self.kinds.get(m[2]) in kinds else (stands_for or {}).get(m[2])
            if aid is None or (not quoted and self._inside_excluded(m[0], m[1])):
                continue
            score[aid] = score.get(aid, 0.0) + 1.0 + m[0] / max(pos, 1) * 0.5
            first.setdefault(aid, m[0])
        return score, first

    def _last_two(
        self, pos: int, kinds: tuple[str, ...], n: int = 2, offices: tuple[str, ...] = ()
    ) -> tuple[str, ...]:
        # "Costa e Sánchez voltam a encontrar-se em Glasgow, onde ambos prometeram …": just so
        # many of them named earlier in the sentence are the ones
        sent = sentence_of(self.sentences, pos)
        if sent is not None:
            here = list(
                dict.fromkeys(
                    m[2] for m in self.mentions_in(sent.start, pos) if self.kinds.get(m[2]) in kinds
                )
            )
            if len(here) == n and not offices:
                return tuple(here)
        # the ones the passage is about: the most mentioned of the last paragraphs, the latest
        # first on a tie ("Borrell … Bourita … recibió a Borrell … Ambos ministros")
        # a state is also named by its leader and its capital ("Maduro e Irfaan Ali … ambos
        # gobiernos": Venezuela and Guyana, not the mediators' countries named since)
        stands_for = self._states() if kinds == ("country",) else {}
        score, first = self._passage_scores(pos, kinds, stands_for)
        held = self.actors.offices

        def rank(k: str) -> tuple[bool, float]:
            return (not offices or (held.get(k) or (None,))[0] not in offices, -score[k])

        best = sorted(score, key=rank)[:n]
        return tuple(sorted(best, key=lambda k: first[k]))

    def _states(self) -> dict[str, str]:
        """`_states_named_by` for this article, built on first use (few articles need it)."""
        if self._state_of is None:
            self._state_of = _states_named_by(self.actors)
        return self._state_of

    def _inside_relative(self, start: int, m, pos: int) -> bool:
        seg = self.folded[start : m[0]]
        opener = None
        for w in self.rel:
            for mm in re.finditer(r",\s*" + re.escape(w) + r"\b", seg):
                opener = max(opener or -1, mm.end())
        # a participial aside: "Cameron, attending his last summit after …, pledged"
        ger = _GERUND.get(self.lang)
        if ger is not None:
            for mm in re.finditer(r",\s*" + ger, seg):
                opener = max(opener or -1, mm.end())
        if opener is None:
            return False
        if (
            self.text[start + opener : m[0]].rstrip().endswith(",")
            and not self.text[m[1] : pos].strip(" ,")
            and not finite_between(self.text, self.lang, start + opener, m[0])
        ):
            # « en France, où la présidente du RN, Marine Le Pen, a accusé … »: no verb yet in
            # the clause, the name set off right before the verb is its subject, in apposition
            # to a title; the clause goes on
            return False
        # the clause must close (a comma) between the mention and the verb; a comma right
        # before the mention may open its apposition ("…, que llegó acompañado de su canciller,
        # Patricia Rodas, insistió": the relative clause's complement)
        inner = self.text[start + opener : m[0]]
        if (
            inner.rstrip().endswith(",")
            and len(inner.split()) >= 4
            and not _POSSESSIVE_RELATIVE.search(self.folded, start, start + opener)
        ):
            inner = inner.rstrip()[:-1]  # not "whose leader, Lee, has called it": its subject
        return "," in self.text[m[1] : pos] and "," not in inner

    def _has_relative(self, between: str) -> bool:
        """A relative clause or aside between the mention and the verb."""
        b = between.strip()
        if not b:
            return False
        # "Maas, who called on …": the relative pronoun right before the verb → its antecedent
        if any(re.fullmatch(r",?\s*" + re.escape(w), b) for w in self.rel):
            return False
        for w in self.rel:
            if re.search(r"(^|,\s*)" + re.escape(w) + r"\b", b):
                return True
        # ", X ," aside with a verb-like content longer than a few words: keep (appositions)
        return False

    def _prep_before(self, pos: int) -> str:
        """The word before the mention at `pos`, articles and a one-word title aside ("en
        nombre del presidente Rafael Correa": "del")."""
        t = re.search(r"(?<!\w)([a-z]+)\s+$", self.folded[max(0, pos - 25) : pos])
        if t is not None and t.group(1) in _one_word_titles(self.lang):
            pos -= len(t.group(0))
        before = self.folded[max(0, pos - 12) : pos]
        last = re.search(r"(\w+)\s+$", before)
        if (
            last is not None
            and last.group(1) in _PREPOSITIONS.get(self.lang, ())
            and last.group(1)
            not in language_articles(self.lang)  # «a Rússia»: a Portuguese article
        ):
            return last.group(1)  # « réunis lundi à Luxembourg »: «à», folded, is no article
        m = re.search(r"(\w+)\s+(?:(?:el|la|los|las|the|le|les|l'|o|a|os|as)\s+)?$", before)
        if m is None:
            return ""
        if m.group(1) in _ARTICLES and re.search(r"(?:^|[,;.!?:«“—(]\s*)$", before[: m.start(1)]):
            # "…, a presidenta disse", «… a Lisboa. A chanceler respondeu»: Portuguese "a" after
            # a comma or opening a sentence is the article
            return ""
        return m.group(1)

    def _after_preposition(self, pos: int) -> bool:
        return self._prep_before(pos) in _PREPOSITIONS.get(self.lang, ())

    def _is_direct_subject(self, m, pos: int) -> bool:
        """Right before the verb, object pronouns and adverbs aside ("Rabat le había asegurado",
        "Quito también ha pedido", "Moscow has also said")."""
        between = self.folded[m[1] : pos].strip(" ,")
        if between == "" or _SUBJECT_GAP.fullmatch(between) is not None:
            return True
        if between in _interposed_adverbs(self.lang):
            return True  # "New Delhi, for its part, reiterated", «Nueva Delhi, por su parte,»
        # "Moscow, which has close ties with both capitals, has said …": a capital opening its
        # sentence, a closed relative clause between it and the verb
        sent = sentence_of(self.sentences, m[0])
        return (
            sent is not None
            and self.text[sent.start : m[0]].strip(" \"“«‘'") == ""
            and _RELATIVE_ASIDE.fullmatch(self.folded, m[1], pos) is not None
        )

    def _in_according_aside(self, start: int, m, pos: int) -> bool:
        pat = _according_pattern(self.lang)
        if pat is None or not re.match(r"\s*,", self.text[m[1] : pos]):
            return False
        lo = max(start, self.text.rfind(",", start, m[0]) + 1, m[0] - 60)
        return pat.search(self.folded, lo, m[0]) is not None

    def antecedent(self, pos: int) -> str | None:
        """The actor a relative at `pos` stands for: the mention closing the NP right before it
        ("a précisé M. Macron, selon qui …", "Karoline Leavitt, según el cual …")."""
        j = pos
        while j > 0 and self.text[j - 1] in " ,":
            j -= 1
        if j == pos:
            return None
        found = [m for m in self.mention_index.between(max(0, j - 80), j) if m[1] == j]
        return found[-1][2] if found else None

    def right_of(self, pos: int, limit: int = 60) -> tuple[int, int, str, str] | None:
        """The first mention after `pos` (after-quote inverted subject: "aseguró el Kremlin")."""
        end = pos + limit
        sent = sentence_of(self.sentences, pos)
        if sent:
            end = min(end, sent.end)
        stop = first_stop(self.text, pos, end)
        if stop is not None:
            end = stop
        ms = self.mentions_in(pos, end)
        return ms[0] if ms else None


_STOP = re.compile(r"[.;:!?]")
_ABBREV = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])*|Gen|Sen|Rep|Gov|Mme|Sra|Dra)$")


def pronoun_referent(pr, last_subject: tuple[str, ...], finder: SubjectFinder) -> str | None:
    """Who the subject pronoun `pr` (an atom whose payload is m, f or plural) stands for: the
    last subject when it is one person of that gender, else the last such person named."""
    g = pr.payload
    kinds, genders = finder.kinds, finder.actors.genders
    if last_subject and len(last_subject) == 1:
        cur = last_subject[0]
        if kinds.get(cur) == "person" and (g not in ("m", "f") or genders.get(cur) in (g, None)):
            return cur
    for m in reversed(finder.mention_index.before(pr.start)[-200:]):
        if (
            m[1] <= pr.start
            and kinds.get(m[2]) == "person"
            and (g not in ("m", "f") or genders.get(m[2]) in (g, None))
        ):
            return m[2]
    return None


def pronoun_group(pr, last_subject: tuple[str, ...], finder: SubjectFinder) -> tuple[str, ...]:
    """Who the subject pronoun `pr` stands for, as a subject: a plural ("they", «ils»,
    «eles») the last subject when it names several, else the two people the passage is about
    ("Macron a reçu Scholz. Ils ont promis …"); a singular the one person pronoun_referent
    finds."""
    if pr.payload == "plural":
        if len(last_subject) >= 2:
            return last_subject
        two = finder.last_two(pr.start)
        return two if len(two) == 2 else ()
    who = pronoun_referent(pr, last_subject, finder)
    return (who,) if who else ()


def first_stop(text: str, pos: int, end: int) -> int | None:
    """Where the first punctuation that ends a phrase stands in text[pos:end]; the period of
    an abbreviation ("M. Barrot", "Mr. Smith", "U.S.") does not count."""
    for m in _STOP.finditer(text, pos, end):
        if m.group() == "." and _ABBREV.search(text, max(0, m.start() - 8), m.start()):
            continue
        return m.start()
    return None


_PREPOSITIONS = {lang: grammar_list(lang, "prepositions") for lang in SUPPORTED_LANGUAGES}
_CONJUNCTIONS = {
    lang: frozenset(
        fold(w) for k in ("coordinators", "clause_conjunctions") for w in grammar_list(lang, k)
    )
    for lang in SUPPORTED_LANGUAGES
}


@cache
def _according_pattern(lang: str) -> re.Pattern | None:
    """ "según la agencia oficial", "according to state news agency": an "according to" phrase
    and up to five words, right before a mention (folded)."""
    forms = [
        f
        for a in load_lang_file(lang, "speech").get("according_to", [])
        if a.get("position", "any") == "any"
        for f in a.get("forms", [])
    ]
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + word_alternation(forms) + r")\s+(?:[\w'’.-]+\s+){0,5}$")


@cache
def _person_relatives(lang: str) -> frozenset[str]:
    """The relative words only a person takes («quien», "who"; entities.toml
    person_relatives, folded, without their comma)."""
    return frozenset(
        fold(w).lstrip(", ").strip() for w in _entities(lang).get("person_relatives", [])
    )


@cache
def _relatives(lang: str) -> tuple[frozenset[str], re.Pattern]:
    """The relative words, and a relative opened after a comma (", who", ", que")."""
    words = relative_words(lang)
    return frozenset(words), re.compile(r",\s*(?:" + "|".join(map(re.escape, words)) + r")\b")


@cache
def _clause_openers(lang: str) -> frozenset[str]:
    """Words that open a subordinate clause ("when", "si"): such a clause states nothing."""
    return frozenset(fold(w) for w in load_lang_file(lang, "entities").get("clause_openers", []))


_GAP_PREPOSITIONS = grammar_all("gap_prepositions")


# words opening an adjunct of the cue, not a statement: "…, Anwar said after hosting talks"
_ADJUNCT_AFTER_CUE = grammar_all("adjunct_after_cue")


def _states_named_by(actors: ActorResult) -> dict[str, str]:
    """A person's or a capital's actor id → the actor id of its country, for the countries the
    article names (a leader or a capital names its state)."""
    countries = {a.country: a.id for a in actors.actors if a.kind == "country" and a.country}
    records = {v: actors.records.get(k) for k, v in actors.key_to_id.items()}
    out = {}
    for a in actors.actors:
        rec = records.get(a.id)
        capital = rec is not None and rec.entry is not None and rec.entry.capital_of
        if (a.kind == "person" or (a.kind == "place" and capital)) and a.country in countries:
            out[a.id] = countries[a.country]
    return out


# the inverted subject pronoun of a French cue ("a-t-il assuré", "estime-t-elle")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)\b")


def trailing_cue(text, folded, sent, cue, finder, lang, need_verb=True):
    """(statement start, end, actors, evidence end) for "CLAUSE, said X." and "CLAUSE, X
    said." closing a sentence that opens with the statement; None otherwise."""
    openers = _clause_openers(lang)
    if _INVERTED_PRONOUN.search(folded, cue.start, cue.end):
        return None  # «…, a-t-il fait valoir»: a pronoun speaks, resolved where pronouns are
    if is_gerund(folded[cue.start : cue.end], lang):
        return None  # «…, assurant que …»: a gerund goes on its clause, it closes none
    j = cue.start
    while j > sent.start and text[j - 1] == " ":
        j -= 1
    if j > sent.start and text[j - 1] == ",":
        comma = j - 1
        m = finder.right_of(cue.end, limit=70)
        gap = folded[cue.end : m[0]].split() if m is not None else []
        if (
            m is None
            or len(gap) > 6
            or re.search(r"[«“\"]", text[cue.end : m[0]])
            or (gap and gap[0] in _GAP_PREPOSITIONS)
        ):
            return None  # "…, concluyó con el llamado Acuerdo de México": an object, no subject
        # "…, said U.S. Secretary of State Antony Blinken": the person the title leads to
        person = next(
            (
                x
                for x in finder.mention_index.between(m[0], m[0] + 60)
                if finder.kinds.get(x[2]) == "person"
                and not re.search(r"[,.;:]", text[m[1] : x[0]])
            ),
            None,
        )
        m = person or m
        actors_, tail = (m[2],), m[1]
    else:
        sub = finder.left_of(cue.start)
        if sub is None or not sub.actors or sub.how not in ("mention", "coordinated", "joint"):
            return None
        k = sub.start
        while k > sent.start and text[k - 1] in " ":
            k -= 1
        if k > sent.start and text[k - 1] != ",":
            # ", Foreign Ministry spokesman Wang Wenbin told": a title between comma and name
            c = text.rfind(",", max(sent.start, sub.start - 50), sub.start)
            title = text[c + 1 : sub.start] if c != -1 else ""
            if (
                c != -1
                and len(title.split()) <= 5
                and re.fullmatch(r"[\w .'’-]*", title)
                # "…, but Davutoglu said they had …": a conjunction opens a clause, no title
                and not set(fold(title).split()) & _CONJUNCTIONS[lang]
            ):
                if not finite_between(text, lang, c, sub.start):
                    k = c + 1
        if k <= sent.start or text[k - 1] != "," or len(folded[sub.start : cue.start].split()) > 8:
            return None
        between = folded[sub.end : cue.start].split()
        if set(between) & _relatives(lang)[0]:
            return None  # "Juanma Moreno, a quien ha trasladado …": the relative's subject
        past_apposition = between
        if between[:1] == [","]:
            # an apposition set off by commas («X, ministre des Affaires étrangères et de la
            # Coopération, a dit») holds no clause of its own
            close = next((i for i in range(1, len(between)) if between[i].endswith(",")), 0)
            past_apposition = between[close + 1 :]
        if {w.strip(",") for w in past_apposition} & _CONJUNCTIONS[lang]:
            # «… por el presidente camerunés, Paul Biya, y anunció …», «donde Ajanuch lo recibió
            # en el aeropuerto y le ofreció una cena»: the verb goes on another clause, it
            # closes no statement
            return None
        comma = k - 1
        actors_, tail = sub.actors, cue.end
    rest = folded[tail : sent.end]
    first = re.split(r",\s*", rest.strip(), maxsplit=1)[0]
    if re.search(r"\b(?:that|que|qu'|qu’)\b|[:«“\"]", first):
        return None  # "…, X said that …": the clause after the cue is the statement
    if len(first.split()) > 6 and first.split()[0] not in _ADJUNCT_AFTER_CUE:
        # "X, who arrived …, said Russia must …": what follows is the statement; "…, Anwar
        # said after hosting talks between …" ends with a time or place adjunct
        return None
    cs = sent.start
    while cs < comma and text[cs] in ' \n—–-«“"':
        cs += 1
    words = folded[cs:comma].split()
    if len(words) < 4 or words[0] in openers:
        return None
    if _relatives(lang)[1].search(folded, cs, comma):
        return None  # "Rubio, who arrived on Wednesday, said": a relative, not a statement
    if need_verb and not finite_between(text, lang, cs, comma):
        return None  # "El presidente del Consejo Europeo, Charles Michel, expresó": no verb
    ev_end = sent.end
    while ev_end > tail and text[ev_end - 1] in " \n.;":
        ev_end -= 1
    return cs, comma, actors_, ev_end
