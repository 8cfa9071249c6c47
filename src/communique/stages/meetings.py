"""Meetings: calls, talks, summits, visits, consultations and sessions, with their dates.

Triggers are meeting nouns and verbs from `<lang>/meetings.toml`. In each sentence with
a trigger, every day-precise date expression is assigned to the nearest trigger; a
sentence that lists several dates for one trigger ("la primera ronda … en Ginebra, del
9 al 10 de enero, … en Bruselas … el 12 de enero, y … el 13 de enero") yields one
meeting per date, each with the place and forum of its own segment. Status comes from
explicit cues, then the date against the publication date, then the clause tense.
Undated repeats of a meeting already found ("la conversación fue franca") are merged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from communique.model import DateExpr, Meeting, Span
from communique.resources import (
    SUPPORTED_LANGUAGES,
    grammar,
    grammar_all,
    grammar_list,
    load_lang_file,
)
from communique.resources.lexicon import (
    ACTOR,
    ANON,
    COUNTERPART,
    DEMONYM,
    GENERIC,
    MEETING_NOUN,
    MEETING_VERB,
    PRONOUN,
    ROLE,
    SPEECH,
    STATUS,
    Atom,
    Lexicon,
    leftmost_longest,
)
from communique.stages.actors import ActorResult
from communique.stages.dates import runs_through
from communique.stages.quote_spans import find_quote_spans
from communique.stages.sentences import Sentence
from communique.stages.subjects import (
    OF_BEFORE,
    Subject,
    SubjectFinder,
    language_articles,
    list_link,
    null_subject,
    prepositions,
    pronoun_referent,
    relative_words,
    sentence_of,
    starts_clause,
    title_offices,
)
from communique.stages.tense import INFINITIVES, clause_tense, tense_cues
from communique.textutil import Intervals, SpanIndex, fold, fold_text, word_alternation

_DIRECTIONAL = grammar_all("directional")
# a meeting denied: "no mantuvieron hasta ahora ninguna reunión", "were not consulted"
_NEGATION_WORDS = (
    r"not|never|nunca|jamas|ninguna|ningun|nenhuma|nenhum|n'ont|n'a|pas de|aucune|aucun|sin|"
    r"without|sans|sem|tampoco|nem|neither|nor"
)
_NEGATION_TAIL = (
    r"(?!\s+(?:embargo|obstante|solo|only|just|merely|seulement|so)\b)(?:\s+[\w'-]+){0,3}\s*$"
)


@cache
def _absent_from(lang: str) -> re.Pattern | None:
    """«Milei não irá à cúpula», "will not attend the summit", «no asistirá a la cumbre»: a
    negated verb of attendance (meetings.toml [absent] verb_prefixes) and the preposition of
    the meeting it goes to; someone stays away, the meeting is held (folded, from the negation
    to the meeting noun)."""
    stems = load_lang_file(lang, "meetings").get("absent", {}).get("verb_prefixes", [])
    if not stems:
        return None
    verbs = "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") + r"\w*" for w in stems)
    return re.compile(
        r"(?:no|not|nao|ne|n'|never|nunca)\s*(?:[\w'-]+\s+)?(?:" + verbs + r")\s+"
        r"(?:pas\s+)?(?:(?:a|al|à|a la|au|aux|ao|aos|to|in|en|em|na|no|da|do|de la|del|de)\s+)?"
        r"(?:(?:la|el|los|las|le|les|the|o|a|os|as)\s+(?:[\w'-]+\s+){0,2}?)?$"
    )


# Portuguese «no» is «em o» («no primeiro dia da cimeira»): its negation is «não»
_NEGATED = {
    lang: re.compile(r"(?:\b(?:" + words + "|" + _NEGATION_WORDS + r")\b|n't)" + _NEGATION_TAIL)
    for lang, words in (("es", "no"), ("en", "no"), ("fr", "no"), ("pt", "nao"))
}

# ", donde se reunió", ", where he met", ", où il a rencontré", ", onde se reuniu"
# between a city and its country: "São Petersburgo, na Rússia", "Naypyitaw, Myanmar"
_IN_COUNTRY = re.compile(r"\s*,\s*(?:(?:in|en|em|à|au|aux|na|no)\s+)?(?:(?:the|la|le|les|l')\s*)?")
_WHERE = re.compile(r"\s*,\s*(?:donde|where|ou|onde|en donde)(?:\s+[\w'-]+){0,4}\s*")
# "la capital estadounidense", "la capitale algérienne", "a capital brasileira"
_CAPITAL_BEFORE = re.compile(r"\b(?:capital|capitale)\s+$")
# "the Chinese capital"
_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_TOWN_OF = re.compile(
    r"\b(?:on|in|at|en|a|à|dans|sur|em|no|na)\s+(?:(?:the|la|el|l'|le|a|o)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:island|city|town|hometown|village|port|resort|isla|ciudad|localidad|villa|pueblo|"
    r"balneario|puerto|ile|ville|station"
    r"|ilha|cidade|vila|estancia|serra|sierra|montes)\s+(?:[\w-]+\s+)?(?:of|de|d'|do|da)\s*$"
)
# «en el Palacio de Itamaraty de», "at the Great Hall of the People in": a capitalised venue
# named after a place preposition, then the city it stands in
_VENUE_OF = re.compile(
    r"\b(?:en|in|at|à|em|no|na|dans)\s+(?:el|la|the|le|l'|o|a)\s+[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:(?:de|del|of|do|da|du|des|of the|de la)\s+)?[A-ZÀ-Ý][\w'’-]+){0,4}"
    r"\s+(?:de|of|do|da|du|in|en|em)\s+$"
)
# "the West Bank town of", "the Red Sea city of": a region that only qualifies the place after it
_QUALIFIES_NEXT = re.compile(
    r"\s+(?:port\s+|coastal\s+|border\s+|resort\s+)?(?:town|city|village|resort|island|capital)"
    r"\s+of\s"
)
# "en la provincia de Buenos Aires", "in the region of Antofagasta": a region, ranked after any
# city the clause names ("celebrada en Los Cardales, en la provincia de Buenos Aires")
_REGION_OF = re.compile(
    r"\b(?:on|in|at|en|a|à|dans|em|no|na)\s+(?:(?:the|la|el|l'|le|a|o)\s+)?"
    r"(?:province|provincia|region|regiao|state|estado|district|distrito|departement"
    r"|departamento)\s+(?:[a-z]+\s+)?(?:of|de|d'|do|da|du)\s*$"
)
# a possessive relative opened after the meeting's words ("Kishida, whose term ends on …"):
# its day is its own (folded)
_RELATIVE_AFTER = re.compile(
    r",\s*(?:" + word_alternation(sorted(grammar_all("possessive_relatives"))) + r")\b"
)
# a relative clause opened after a noun phrase's comma: "Ban Ki-moon, who took office on 1
# January, called …" (the date it holds is its own verb's)
_NP_RELATIVE = re.compile(
    r",\s*(?:" + word_alternation(sorted(grammar_all("np_relatives"))) + r")(?![\w'])"
)

# a relative clause only a person takes, after its name's comma ("Phuc, who took office")
_PERSON_RELATIVE = re.compile(
    r",\s*(?:"
    + (word_alternation(sorted(grammar_all("person_relatives"))) or "(?!)")
    + r")(?![\w'])"
)


def _relative_on_a_name(folded: str, lo: int, hi: int, finder: SubjectFinder) -> int:
    """A relative clause opened right after an actor's name between `lo` and `hi` ("…with
    Nguyen Xuan Phuc, who took office in April"), not one on the meeting word itself ("the
    summit, which opens on May 5"): where it opens, else -1."""
    for m in _PERSON_RELATIVE.finditer(folded, lo, hi):
        if m.start() <= lo + 1:
            continue
        if any(
            x[1] == m.start() and finder.kinds.get(x[2]) == "person"
            for x in finder.mention_index.between(max(lo, m.start() - 80), m.start())
        ):
            return m.start()
    return -1


# the word that opens what was said: "said on Monday that the talks …"
_THAT = re.compile(r"(?<!\w)(?:that|que|qu'|qu’)(?!\w)")
# "here", «aquí», « ici », «aqui»: the place the report is filed from
_HERE = re.compile(
    r"(?<![\w'])(?:"
    + word_alternation(sorted(grammar_all("here")))
    + r"|(?:"
    + word_alternation(sorted(grammar_all("here_demonstratives")))
    + r")(?:\s+(?:misma|mismo|meme|mesma|mesmo))?(?:\s+[\w-]+){0,2}?\s+(?:"
    + word_alternation(sorted(grammar_all("here_nouns")))
    + r"))(?![\w'])"
)
# after the meeting word, a clause about another event: "talks at Kishida's residence, their
# first formal meeting since November, when they met … in Phnom Penh"
_OTHER_EVENT = re.compile(
    r",\s*(?:" + word_alternation(sorted(grammar_all("event_clause_openers"))) + r")\b"
)
_CITY_BEFORE = re.compile(r"\b(?:ciudad|ville|cidade)\s+$")
_CITY_AFTER = re.compile(r"\s+city\b")
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:at|in|en|a|à|au|no|na|em|dans)\s+(?:the|el|la|le|l'|o|a)?\s*$"
)
# «en la residencia de», "at the palace of", « au palais de »: a venue's common noun between the
# place preposition and the place or seat it names (folded)
_VENUE_NOUN_OF = re.compile(
    r"\b(?:at|in|en|a|à|au|no|na|em|dans)\s+(?:the|el|la|le|l'|o|a)?\s*"
    r"(?:palace|palacio|palais|residence|residencia|sede|headquarters|siege"
    r"|retreat|castle|castillo|chateau|castelo|quinta|finca|ranch|rancho|hacienda|estate|mansion"
    r"|mansao)\s+(?:of the|of|de la|del|de|do|da|du|des|de l')\s*$"
)
# "to the", «para a»: a destination's preposition and article
_TO_THE = re.compile(r"\b(?:to the|para a|para o)\s+$")
# a month or a year in a clause about something else: "since he took office in December"
_SINCE = re.compile(
    r"\b(?:desde que|desde|since|after|tras|depuis que|depuis|desde entao|apos|after the|"
    r"when|cuando|lorsque|quando)\b[^.;]*$"
)
_DIGIT = re.compile(r"\d")
# an article ending the words before a count of days ("at the end of a two-day …")
_ARTICLE_AT_END = re.compile(r"\s+(?:a|an|the|un|una|une|um|uma|des|los|las|les|os|as)$")
# between two days of a list: a comma or a conjunction, perhaps an article or preposition
_DATE_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|y|e|et)\s+)?(?:(?:on|el|le|o|the)\s+)?")
# a participle of meeting («réuni», «reunidos»), which may tell a meeting noun's meeting
_PARTICIPLE = re.compile(r"reuni(?:e|s|es|do|da|dos|das)?")
# between a fronted month or year and the meeting noun it dates: a comma, then at most a
# preposition and an article (", na ", ", at the ", ", lors du ")
_FRONTED_GAP = re.compile(
    r"\s*,\s*(?:en|em|in|at|on|au|a|à|na|no|nas|nos|lors|during|durante|pendant|dans)"
    r"(?:\s+(?:el|la|los|las|the|le|les|du|des|del|da|do|o|a|os|as|uma|una|um|un|une))?\s+"
)
# and before that month or year, set off by a comma (", em novembro de 2022, na cimeira")
_FRONTED_BEFORE = re.compile(r",\s*(?:en|em|in|au|a|à|no|na)?\s*$")
# "since the uprising of 19 September", «desde la firma del 4 de marzo»: a "since" phrase
# whose noun phrase names another event before the date (not «depuis samedi»)
_SINCE_PHRASE = re.compile(
    r"\b(?:since|desde|depuis|desde a|desde o)\b(?![^.;,]*\b(?:desde|since|depuis)\b)"
)
# "when they meet next year", «cuando se reúnan en marzo»: the clause is the meeting's own
# a shift with its complement after it ("a day after Putin held talks", «tres semanas después de
# que se reunieran», «deux jours après que», «dois dias depois de»): it dates the main clause,
# counted from the complement's event (folded; "two days later," has no complement)
_COMPLEMENT_SHIFT = re.compile(
    r"(?:\b(?:after|before|apres|avant)\s+(?=[\w'])|\b(?:despues|antes|depois)\s+(?:de|que)\b)"
)
# a year right after a meeting noun («la cumbre de 2025») or right before it ("the 2025 summit")
_YEAR_AFTER = re.compile(r"\s+(?:de|of|do|da|du|del)\s+((?:19|20)\d\d)\b(?!\s*[-–/])")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:['’]s)?\s+$")


# a date, then a "when" clause that tells what happened on it (folded)
_WHEN_AFTER = re.compile(r"\s*,\s*(?:quando|cuando|when|lorsque|quand)\s+")


def _in_relative(
    folded: str,
    d: DateExpr,
    trigger_start: int,
    events: list[Atom],
    floor: int,
    travel: frozenset[str],
    blocked: list[tuple[int, int]] | tuple[()] = (),
) -> bool:
    """Whether the date stands in a relative clause closed by a comma before the meeting word
    after it («Ban Ki-moon, qui a pris ses fonctions le 1er janvier, a appelé … au dialogue»,
    "The opposition, which has camped there since 1 December, denounced a conference"): the
    clause's verb is what the date tells (folded). `blocked`: the spans of meetings.toml
    not_meetings phrases, whose words are no journey."""
    opener = None
    for m in _NP_RELATIVE.finditer(folded, max(floor, d.start - 120), d.start):
        opener = m
    if opener is None or re.search(r"[,;:.(]", folded[opener.end() : d.start]):
        return False
    close = folded.find(",", d.end, trigger_start)
    if close < 0:
        return False
    # the clause tells a meeting of its own («…, qui s'est entretenu le 3 mars avec …,») or
    # says when the meeting named before it took place («Les assises, qui se sont tenues du 30
    # septembre au 4 octobre, …»)
    if any(opener.end() <= t.start < close or 0 <= opener.start() - t.end <= 1 for t in events):
        return False
    # «Fernández, que aterrizó la noche del lunes en México, realiza una visita»: an arrival
    # the date splits from its place is the visit's first day (not «que llegó al poder en
    # enero de 2007», a phrase of meetings.toml not_meetings)
    return not any(
        w[0] in travel and not any(lo <= opener.end() + w.start() < hi for lo, hi in blocked)
        for w in re.finditer(r"[\w'-]+", folded[opener.end() : d.start])
    )


@cache
def _travel_heads(lang: str) -> frozenset[str]:
    """The verbs of going somewhere: grammar.toml's arrival_verbs and the first words of
    meetings.toml's verb-and-preposition visit forms («aterrizó en», "flew to"; folded)."""
    preps = set(grammar_list(lang, "to_destination")) | set(
        grammar_list(lang, "place_prepositions")
    )
    return frozenset(fold(w) for w in grammar_list(lang, "arrival_verbs")) | frozenset(
        words[0]
        for verb in load_lang_file(lang, "meetings").get("verb", [])
        if verb.get("participants") == "subject_visits_place"
        for form in verb.get("forms", [])
        # a verb and its preposition ("arrived in", «llegó a»), never an auxiliary's phrase
        if len(words := fold(form).split()) == 2 and words[1] in preps
    )


def _since_floor(folded: str, t: Atom, d: DateExpr) -> int:
    """Where to look for a "since"/"when" clause opening before date `d`: after the meeting
    word when the date follows it ("desde la cumbre de Camp David de julio de 2000", "since they
    met in June": a "since" before the meeting word dates that meeting; only one between them
    dates another event), else the clause before `d` (80 characters at most)."""
    if t.end <= d.start:
        return max(t.end, d.start - 40)
    # a date before the meeting word: its own clause, back to the comma that opens it ("que
    # nunca se habían visto desde que Al Bashir llegó al poder … en 1989, conversaron")
    return max(0, d.start - 80, folded.rfind(",", 0, d.start) + 1)


SAME_DAY_REACH = 2500  # chars: a same-day word refers to a meeting told just before
MAX_DATE_DISTANCE = 250  # characters between a meeting word and a date that can be its own
SEGMENT_WINDOW = 400  # characters around a trigger searched for its place, forum and people

_PLACE_PREPS = {lang: grammar_list(lang, "place_prepositions") for lang in SUPPORTED_LANGUAGES}
_FORUM_CUES = {
    "es": (
        "en el marco del",
        "en el marco de la",
        "en el marco de",
        "dentro de la",
        "dentro del",
        "dentro de",
        "en el seno del",
        "en el seno de la",
        "en la sede del",
        "en la sede de la",
    ),
    "en": ("within the", "within", "in the framework of the", "under the auspices of the"),
    "fr": ("dans le cadre du", "dans le cadre de la", "au sein du", "au sein de la", "au sein de"),
    "pt": ("no âmbito do", "no âmbito da", "dentro do", "dentro da", "no seio do", "no seio da"),
}
# possessives whose owner is plural ("their talks", « leur entretien »); es «su» and pt «seu»
# are left out: they serve one owner as often
_PLURAL_OWNERS = {lang: grammar_list(lang, "plural_owners") for lang in SUPPORTED_LANGUAGES}
_BETWEEN = {lang: grammar_list(lang, "between") for lang in SUPPORTED_LANGUAGES}
# the last word of each: a passive's agent ("recibido por el rey", "reçu par Macron")
_WITH = {lang: grammar_list(lang, "with") for lang in SUPPORTED_LANGUAGES}
# the comitative of each language (the first of its list: "with", «con», «com», « avec »)
_WITH_WORDS = frozenset(words[0] for words in _WITH.values() if words)

# "habló por teléfono con Moon y con Abe" (a "with" per partner), "spoke separately with X
# and Y" (one "with" for all): one call each
_AND_WITH = {
    lang: re.compile("|".join(rf"\b{w}\b" for w in grammar_list(lang, "and_with")))
    for lang in SUPPORTED_LANGUAGES
}
_SEPARATELY = {
    lang: re.compile("|".join(rf"\b{w}\b" for w in grammar_list(lang, "separately")))
    for lang in SUPPORTED_LANGUAGES
}

# "held separate talks with Yoon and with Kishida", "mantuvo reuniones separadas": one each
_SEPARATE_NOUN = {
    "es": re.compile(r"\bseparad[oa]s?\b|\bpor separado\b"),
    "en": re.compile(r"\bseparate\b"),
    "fr": re.compile(r"\bsépar[ée]e?s?\b|\bseparee?s?\b"),
    "pt": re.compile(r"\bseparad[oa]s?\b"),
}
_NEVER = re.compile(r"(?!)")

# ", y con el primer ministro japonés, " between two partners of one verb
_AND_WITH_TITLE = re.compile(
    r"\s*,?\s*(?:y|e|and|et)\s+(?:con|with|avec|com)\s+(?:[^\W\d_][\w'-]*\s+){0,5}?"
    r"(?:[^\W\d_][\w'-]*\s*,\s*)?"
)


@dataclass
class _Draft:
    kind: str
    trigger: Atom
    seg_start: int
    seg_end: int
    date: DateExpr | None = None
    place: str | None = None
    forum: str | None = None
    participants: list[str] = field(default_factory=list)
    status: str = "unknown"
    weak: bool = False  # participants guessed from the sentence, not read from the clause


@cache
def _not_meetings(lang: str) -> tuple[re.Pattern, ...]:
    """Phrases (regular expressions on folded text) in which a meeting word names no meeting."""
    return tuple(re.compile(p) for p in load_lang_file(lang, "meetings").get("not_meetings", []))


def _weak_nouns(lang: str) -> frozenset[str]:
    return frozenset(
        fold(w) for w in load_lang_file(lang, "entities").get("weak_meeting_nouns", [])
    )


def find_meetings(
    text: str,
    sentences: list[Sentence],
    atoms: list[Atom],
    actors: ActorResult,
    dates: list[DateExpr],
    lexicon: Lexicon,
    published: date | None,
) -> list[Meeting]:
    lang = lexicon.lang
    kb = lexicon.kb
    folded = fold_text(text)
    dates = _day_parts_alone(dates, sentences, lang)
    qspans = [(q.open, q.close + 1) for q in find_quote_spans(text)]
    blockers, before_blockers = _noun_blockers(lang)
    date_starts = {d.start for d in dates}
    # «llamó a consultas a su embajador», « a rappelé son ambassadeur pour consultations »: a
    # diplomat recalled home, no meeting (meetings.toml not_meetings)
    not_meetings = [(m.start(), m.end()) for rx in _not_meetings(lang) for m in rx.finditer(folded)]
    triggers = leftmost_longest(
        _chained_nouns(
            [
                a
                for a in atoms
                if a.type in (MEETING_NOUN, MEETING_VERB)
                and _trigger_ok(
                    text, folded, a, blockers, date_starts, lexicon.contracted, before_blockers
                )
                and not any(lo <= a.start and a.end <= hi for lo, hi in not_meetings)
            ]
        )
    )
    # «le XVIIe sommet de la Francophonie réuni depuis jeudi à Erevan»: a participle after a
    # meeting noun tells that meeting, not another
    noun_ends = [a.end for a in triggers if a.type == MEETING_NOUN]
    triggers = [
        a
        for a in triggers
        if not (
            a.type == MEETING_VERB
            and _PARTICIPLE.fullmatch(folded, a.start, a.end)
            and any(
                0 <= a.start - e <= 60 and not re.search(r"[,;.]", folded[e : a.start])
                for e in noun_ends
            )
        )
    ]
    triggers = _purpose_nouns(folded, triggers, lang)
    triggers = _manner_calls(folded, triggers, lang)
    triggers = _unframed(folded, triggers, sentences, lang)
    # «la sesión plenaria de la cumbre», «a sessão plenária da 16ª cúpula», "the opening
    # session of the summit": a part of the summit names the summit, the one meeting
    summit_starts = {a.start for a in triggers if a.type == MEETING_NOUN and a.payload == "summit"}
    part_of = _part_of_pattern(lang)
    triggers = [
        a
        for a in triggers
        if not (
            a.type == MEETING_NOUN
            and a.payload == "session"
            and any(
                0 < s - a.end <= 40 and part_of.fullmatch(folded, a.end, s) for s in summit_starts
            )
        )
    ]
    # «la cumbre, que se celebrará el 30 de noviembre»: «se» + these verbs is an event
    reflexive_events = {
        fold(w) for w in load_lang_file(lang, "entities").get("reflexive_not_speech", [])
    }
    # «la videoconferencia que Michel y Merkel mantuvieron el 14 de septiembre»: a verb that
    # also tells a meeting held («mantener», "hold") reports nothing unless a clause follows
    # («la cumbre que Naciones Unidas celebrará el 23 de septiembre»: so does one that tells a
    # meeting planned, when it is a verb of events too, [reflexive_not_speech])
    held_spans = {(a.start, a.end) for a in atoms if a.type == STATUS and a.payload == "held"}
    planned_spans = {(a.start, a.end) for a in atoms if a.type == STATUS and a.payload == "planned"}
    date_ends = {d.start: d.end for d in dates}

    def clause_follows(end: int) -> bool:
        # "celebró el viernes que …": the clause may come after the verb's day
        end = date_ends.get(end + 1, end)
        return _THAT.match(folded[end : end + 6].lstrip()) is not None

    speech_atoms = SpanIndex(
        [
            a
            for a in atoms
            if a.type == SPEECH
            and not (
                a.payload.lemma in reflexive_events
                and folded[max(0, a.start - 3) : a.start] == "se "
            )
            and not (
                (
                    (a.start, a.end) in held_spans
                    or ((a.start, a.end) in planned_spans and a.payload.lemma in reflexive_events)
                )
                and not clause_follows(a.end)
            )
        ]
    )
    pronouns = SpanIndex([a for a in atoms if a.type == PRONOUN])
    datelines = _datelines(text, dates)
    # the lead and the day it tells (the report's day or the day before), or None
    lead = _lead_date(dates, sentences, published, datelines)
    after_cue = _after_cue(lang)
    status_atoms = [a for a in atoms if a.type == STATUS]
    demonyms = SpanIndex([a for a in atoms if a.type == DEMONYM])
    weak = _weak_nouns(lang)
    finder = SubjectFinder(text, sentences, actors, lang)
    actor_by_id = {a.id: a for a in actors.actors}
    name_to_actor = {a.name: a for a in actors.actors}
    kb_by_actor = {a.id: (kb.get(a.kb_id) if a.kb_id else None) for a in actors.actors}
    dateline = _dateline_place(text, finder, actor_by_id)
    leader_lists = _leaders_of(folded, actors, actor_by_id, lang)
    # "will address the Security Council": a verb of attending is a session only of the forum
    # named after it
    attended: dict[int, str] = {}
    heads = _forum_heads(lang)
    for t in triggers:
        if _mode(t) == "subject_at_forum":
            body = _forum_after(folded, t.end, finder, actor_by_id, kb_by_actor, heads)
            if body is not None:
                attended[t.start] = body
    triggers = [t for t in triggers if _mode(t) != "subject_at_forum" or t.start in attended]
    # "the Security Council approved" is a session, "the government approved a decree" is not:
    # a verb of approving is a session only with a forum as its subject (before dates are dealt)
    triggers = [
        t
        for t in triggers
        if _mode(t) != "forum_subject"
        or (
            (sub := finder.left_of(t.start)) is not None
            and bool(sub.actors)
            and (entry := kb_by_actor.get(sub.actors[0])) is not None
            and entry.forum
        )
    ]
    # "the two leaders had never met", «nunca se habían visto»: no meeting
    negated = _negated_verb(lang)
    if negated is not None:
        triggers = [
            t
            for t in triggers
            if t.type != MEETING_VERB or not negated.search(folded, max(0, t.start - 24), t.start)
        ]
    # "Horas antes de la cita trilateral", "la víspera de la visita", "the eve of the summit":
    # the meeting the day is counted from, named again, not one more meeting
    anchors = {
        m.end()
        for d in dates
        if d.granularity == "day"
        and not any(ch.isdigit() for ch in d.text)
        and (m := _ANCHOR_OF.match(folded, d.end)) is not None
    }
    triggers = [t for t in triggers if t.type != MEETING_NOUN or t.start not in anchors]
    # "The minister is due in Tonga on Tuesday": a trip only when someone named goes to a place
    # named right after ("The report is due in May", "Elections are due in Fiji" are none)
    triggers = [
        t
        for t in triggers
        if t.type != MEETING_VERB
        or not t.payload.place_next
        or _goes_to_place(t, finder, actor_by_id)
    ]
    # "received Blinken", "received relatives of the hostages": a verb that needs someone after
    # it (person_next) is a meeting only then ("received support" is none)
    if any(t.type == MEETING_VERB and t.payload.person_next for t in triggers):
        someone_at = {
            a.start for a in atoms if a.type in (ROLE, GENERIC, COUNTERPART, DEMONYM, ANON)
        }
        someone_at |= {
            x[0]
            for x in finder.mention_index.between(0, len(text))
            if (who := actor_by_id.get(x[2])) is not None and who.kind in ("person", "group")
        }
        triggers = [
            t
            for t in triggers
            if t.type != MEETING_VERB
            or not t.payload.person_next
            or _someone_next(folded, t.end, someone_at, date_ends, lang)
        ]
    # "Biden hosted what is likely to be his last summit", "acogerá la cumbre": the host of a
    # meeting told by its noun, not a visit of its own
    noun_starts = [t.start for t in triggers if t.type == MEETING_NOUN]
    hosts_noun = {
        t.start
        for t in triggers
        if _mode(t) == "subject_hosts_object" and _hosts_a_meeting(text, t, noun_starts)
    }
    hosted_thing = _hosted_thing_pattern(lang)
    if hosted_thing is not None:
        # «A oposição recebeu a notícia»: a host of a thing hosts nobody (one that hosts a
        # meeting noun, «Niamey accueillera la première réunion», stays)
        people_at = {
            a.start for a in atoms if a.type in (ROLE, GENERIC, COUNTERPART, DEMONYM, ACTOR, ANON)
        }
        date_end = {d.start: d.end for d in dates}
        triggers = [
            t
            for t in triggers
            if _mode(t) != "subject_hosts_object"
            or t.start in hosts_noun
            or not _hosts_a_thing(folded, t, hosted_thing, people_at, date_end)
        ]

    # "firmaron este martes en la Casa Blanca los acuerdos", "signed with Qatar": a signing
    # is a meeting when two parties sign (never "Biden signed the bill")
    # "Biden, Albanese and Sunak unveiled on Monday …": leaders acting together on a day met
    others = {
        id(sentence_of(sentences, t.start))
        for t in triggers
        if _mode(t) not in ("parties_sign", "joint_action", "passive_signing")
    }
    day_sentences = {
        id(sentence_of(sentences, d.start)) for d in dates if d.granularity == "day" and d.value
    }
    # "Los tratados Torrijos-Carter, firmados el 7 de septiembre de 1977 en Washington", "the
    # agreement signed in Algiers on June 18": an agreement signed on a day told was a meeting
    passive = {
        t.start
        for t in triggers
        if _mode(t) in ("passive_signing", "parties_sign")
        and _passive_signing(folded, t, sentences, dates, finder, actor_by_id, lang)
    }
    triggers = [
        t
        for t in triggers
        if t.start in passive
        or (
            _mode(t) == "parties_sign"
            and id(sign_sent := sentence_of(sentences, t.start)) not in others
            and (
                _two_parties(folded, t, finder, actor_by_id, lang)
                or (
                    id(sign_sent) in day_sentences
                    and _signing_ceremony(folded, t, sign_sent, finder, actor_by_id, lang)
                )
            )
        )
        or (
            _mode(t) == "joint_action"
            and id(sentence_of(sentences, t.start)) not in others
            and id(sentence_of(sentences, t.start)) in day_sentences
            and _joint_people(t, finder, actor_by_id)
        )
        or _mode(t) not in ("parties_sign", "joint_action", "passive_signing")
    ]

    triggers = _elliptic_meetings(folded, triggers, atoms, sentences, lang)
    triggers, since_starts = _since_that_of(folded, triggers, atoms, sentences, lang)
    _in_quote = Intervals(qspans).contains
    # words telling a meeting or that it took place, whether or not they stand as triggers
    event_atoms = [a for a in atoms if a.type in (MEETING_NOUN, MEETING_VERB, STATUS)]

    drafts: list[_Draft] = []
    absent_from = _absent_from(lang)
    absent: dict[int, int] = {}  # meeting nouns someone stays away from: where the negation starts
    when_days: set[tuple[int, int]] = set()  # the dates "when" clauses' meetings took
    negated_noun = _NEGATED.get(lang, _NEGATED["en"])
    clause_after = _clause_after_pattern(lang)
    by_sentence: dict[int, list[Atom]] = {}
    for t in triggers:
        s = sentence_of(sentences, t.start)
        if s is not None and t.start not in hosts_noun:
            by_sentence.setdefault(s.start, []).append(t)
    for sent in sentences:
        trig = by_sentence.get(sent.start)
        if not trig:
            continue
        in_sent = []
        spoken = []  # "said on Monday": the date of a statement
        for d in dates:
            if not (sent.start <= d.start < sent.end) or d in datelines:
                continue
            if _dates_a_speech_act(
                folded, d, speech_atoms.between(d.start - 60, d.start), trig, _end_words(lang)
            ):
                spoken.append(d)
            elif _dates_another_event(folded, d, trig, lang):
                continue
            else:
                in_sent.append(d)
        day_dates = [d for d in in_sent if d.granularity == "day"]
        other_dates = [d for d in in_sent if d.granularity != "day"]
        if not day_dates and other_dates:
            # "en 2025", "a finales de enero": no day, but the meeting is dated in words
            day_dates = other_dates
        assigned: dict[int, list[DateExpr]] = {i: [] for i in range(len(trig))}
        counted: list[DateExpr] = []  # "a day after <clause>": shifts with a complement
        trig_starts = [t.start for t in trig]
        claimed: set[int] = set()
        when_dated: set[tuple[int, int]] = set()  # dates a "when" clause's meeting took
        for d in in_sent:
            # "em maio de 2008, quando os ministros … se reuniram", "in June, when the two
            # leaders met": the meeting the "when" clause right after the date tells; not when a
            # meeting word stands right before the date («visitó China en julio de 2010, cuando
            # fue recibida por Hu Jintao»: the visit's date, the reception part of it)
            w = _WHEN_AFTER.match(folded, d.end)
            if w is None or any(
                0 <= d.start - x.end <= 60 and not _SINCE.search(folded, x.end, d.start)
                for x in trig
            ):
                continue  # (but "their first meeting since November, when they met …")
            j = bisect.bisect_left(trig_starts, w.end())
            if (
                j < len(trig)
                and j not in claimed
                # «no próximo mês, quando Xi deve ir a Brasília para a cúpula do BRICS, nos
                # dias 13 e 14»: the clause's own day
                and not any(w.end() <= o.start <= trig[j].end + 60 for o in in_sent)
                and trig[j].start - w.end() <= 80
                and not re.search(r"[.;:,«“\"]", folded[w.end() : trig[j].start])
            ):
                assigned[j].append(d)
                claimed.add(j)
                when_dated.add((d.start, d.end))
        if when_dated:
            when_days |= when_dated
            day_dates = [d for d in day_dates if (d.start, d.end) not in when_dated]
            other_dates = [d for d in other_dates if (d.start, d.end) not in when_dated]
        if day_dates is not other_dates:
            # "asumirá el liderazgo el 1 de diciembre y acogerá la próxima cumbre en Río el año
            # que viene": a month or year right after a meeting word dates it, whatever day the
            # sentence names elsewhere
            for d in other_dates:
                i = bisect.bisect_right(trig_starts, d.start) - 1
                if (
                    i >= 0
                    and 0 <= d.start - trig[i].end <= 60
                    # "the first since …in June": another event's date
                    and not _SINCE.search(folded, _since_floor(folded, trig[i], d), d.start)
                    and not any(trig[i].end <= x.start < d.start for x in day_dates)
                ):
                    assigned[i].append(d)
                    claimed.add(i)
                    continue
                # "obteve, em novembro de 2022, na cimeira de Phnom Penh, …": a month or year
                # set right before a meeting noun, only a preposition between, dates it too
                j = bisect.bisect_left(trig_starts, d.end)
                if (
                    j < len(trig)
                    and j not in claimed
                    and trig[j].type == MEETING_NOUN
                    and _FRONTED_GAP.fullmatch(folded, d.end, trig[j].start)
                    and _FRONTED_BEFORE.search(folded, max(0, d.start - 8), d.start)
                    and not any(
                        trig[j].end <= x.start <= trig[j].end + 60
                        or d.end <= x.start < trig[j].start
                        for x in day_dates
                    )
                ):
                    assigned[j].append(d)
                    claimed.add(j)
        for d in day_dates:
            # nearest trigger, preferring one before the date (only neighbours can be nearest)
            k = bisect.bisect_left(trig_starts, d.start)
            near = [i for i in (k - 2, k - 1, k, k + 1) if 0 <= i < len(trig) and i not in claimed]
            if _COMPLEMENT_SHIFT.search(folded, d.start, d.end + 6):
                # "met Putin on Friday, a day after Putin held talks with Xi", "Hochstein met
                # Berri …, a day after Lebanon delivered its response": the shift counts from
                # the event after "after"; the meeting after it is dated by counting back from
                # the main clause's day (below), and the main clause's meeting is never dated by
                # it (its day is its own, or the lead's). Only a meeting fronted after the shift
                # and a comma takes it: "Trois semaines après son élection, le président
                # recevait …"
                near = [
                    i for i in near if trig[i].start > d.end and "," in text[d.end : trig[i].start]
                ]
                counted.append(d)
            if not near:
                continue
            best = min(
                near,
                key=lambda i: (
                    abs(trig[i].start - d.start) + (0 if trig[i].start <= d.start else 40)
                ),
            )
            if abs(trig[best].start - d.start) > MAX_DATE_DISTANCE:
                continue  # "The call comes …, forcing early elections on 23 February"
            if trig[best].end <= d.start and (
                _RELATIVE_AFTER.search(folded, trig[best].end, d.start)
                # "held talks with Prime Minister Nguyen Xuan Phuc, who took office in April":
                # a relative clause on a name after the meeting word tells that person's date
                or (
                    (rel := _relative_on_a_name(folded, trig[best].end, d.start, finder)) >= 0
                    # (unless the clause tells a meeting of its own: "Dahal, who broke with
                    # tradition in 2008 … by travelling to Beijing")
                    and not any(rel < x.start < d.end + 80 for x in trig)
                )
                or (
                    clause_after is not None
                    and clause_after.search(folded, trig[best].end, d.start)
                )
            ):
                continue  # "met Kishida, whose term ends … on Sept. 27": another clause's day
            if trig[best].start >= d.end and _in_relative(
                folded,
                d,
                trig[best].start,
                event_atoms,
                sent.start,
                _travel_heads(lang),
                not_meetings,
            ):
                continue  # «L'opposition, qui campe depuis le 1er décembre, a dénoncé une conférence»
            if d.granularity != "day" and (
                abs(trig[best].start - d.start) > 120
                or _SINCE.search(folded, _since_floor(folded, trig[best], d), d.start)
            ):
                continue  # "el primero desde que el juez llegó al ministerio en junio"
            if trig[best].end <= d.start:
                since = _SINCE_PHRASE.search(folded, max(trig[best].end, d.start - 60), d.start)
                if since is not None and len(folded[since.end() : d.start].split()) >= 2:
                    # "… ont signé dimanche un accord …, coupée en deux depuis le soulèvement
                    # armé du 19 septembre 2002": the day of the event "since" names
                    continue
            assigned[best].append(d)
        for d in counted:
            i = bisect.bisect_left(trig_starts, d.end)
            main = [x.value for x in day_dates if x.end <= d.start and x.granularity == "day"]
            if (
                not main
                and lead is not None
                and i > 0
                and trig[i - 1].type == MEETING_NOUN
                and lead[0].end <= sent.start
                and (placed := _event_placing(lang)) is not None
                and placed.fullmatch(folded, trig[i - 1].end, d.start) is not None
            ):
                # "The call came a day after …", «La llamada se produjo un día después de que
                # …»: the meeting the lead tells, of the lead's day, is the one counted from
                main = [lead[1].value]
            if (
                i < len(trig)
                and not assigned[i]
                and main
                and trig[i].start - d.end <= 80
                and "," not in text[d.end : trig[i].start]
            ):
                back = _counted_back(main[-1], d.value) or _shifted_back(main[-1], d.shift)
                if back:
                    assigned[i].append(replace(d, value=back, end_value=None))
        for d in spoken:
            # "lanzó ayer un mensaje … tras reunirse con Giammattei", "said on Monday after
            # talks with …": the meeting told as just before the statement is of its day
            i = next((i for i, t in enumerate(trig) if t.start > d.end), None)
            if (
                i is not None
                and not assigned[i]
                and not any(d.end <= o.start < trig[i].start for o in in_sent)
                and after_cue.search(folded, max(0, trig[i].start - 30), trig[i].start)
            ):
                assigned[i].append(d)
        for i, t in enumerate(trig):
            neg = negated_noun.search(folded, max(sent.start, t.start - 40), t.start)
            if neg is not None:
                if not (
                    t.type == MEETING_NOUN
                    and absent_from is not None
                    and absent_from.match(folded, neg.start(), t.start)
                ):
                    continue  # "no mantuvieron ninguna reunión", "who were not consulted"
                absent[t.start] = neg.start()  # the one who stays away is no participant
            kind = t.payload if t.type == MEETING_NOUN else t.payload.kind
            ds = _join_start_cued(
                text,
                folded,
                _join_consecutive_days(
                    text, _join_year_month(text, _one_opening(folded, t, assigned[i], lang))
                ),
                lang,
            )
            if len(ds) > 1:
                # «El 20 de febrero, los ministros, reunidos ese día en el castillo»: a day
                # named again by an anaphor is the same day, not a second meeting
                written = {(d.value, d.end_value) for d in ds if _DIGIT.search(d.text)}
                ds = [
                    d for d in ds if _DIGIT.search(d.text) or (d.value, d.end_value) not in written
                ]
            if (
                not ds
                and t.type == MEETING_NOUN
                and not _SINCE.search(folded, max(sent.start, t.start - 60), t.start)
            ):
                # "la cumbre de 2025", "the 2025 summit", «a cúpula de 2025»: the year names it
                y = _YEAR_AFTER.match(text, t.end) or _YEAR_BEFORE.search(
                    text, max(0, t.start - 12), t.start
                )
                if y is not None:
                    ys, ye = y.span(1)
                    ds = [DateExpr(ys, ye, text[ys:ye], text[ys:ye], None, "year")]
            if not ds:
                if fold(text[t.start : t.end]) in weak:
                    continue  # "durante dos décadas de negociación": a process, not a meeting
                if _in_quote(t.start):
                    continue  # an undated "la próxima cita" inside a quote is talk, not a listing
                drafts.append(_Draft(kind, t, sent.start, sent.end))
                continue
            prev_end = sent.start
            list_start = sent.start
            for k, d in enumerate(ds):
                seg_start = prev_end if k else sent.start
                if (
                    k
                    and _DATE_LIST_GAP.fullmatch(folded, ds[k - 1].end, d.start)
                    and _DIGIT.search(d.text)
                    and _DIGIT.search(ds[k - 1].text)
                ):
                    # "were held in Belarus on Feb. 28, March 3 and March 7": a list of days
                    # shares the clause before its first day (place, people)
                    seg_start = list_start
                else:
                    list_start = seg_start
                seg_end = d.end if k < len(ds) - 1 else sent.end
                if k < len(ds) - 1:
                    # the segment runs to the comma after this date, if any, or over a place
                    # right after it ("se reunirán el próximo lunes en Santiago para …")
                    m = re.search(r"[,;]", text[d.end : ds[k + 1].start])
                    seg_end = d.end + (m.start() if m else 0)
                    if not m:
                        seg_end = _place_after(
                            folded, d.end, ds[k + 1].start, lang, finder, actor_by_id
                        )
                drafts.append(_Draft(kind, t, seg_start, seg_end, date=d))
                prev_end = seg_end

    # a city that hosts, as the subject of a hosting verb, is where its sentence's meetings are
    hosts: dict[int, str] = {}
    for t in triggers:
        if _mode(t) == "subject_hosts_object":
            sub = finder.left_of(t.start)
            host = (
                actor_by_id.get(sub.actors[0]) if sub is not None and len(sub.actors) == 1 else None
            )
            tsent = sentence_of(sentences, t.start)
            if host is not None and host.kind == "place" and tsent is not None:
                hosts[tsent.start] = host.name
    meetings: list[Meeting] = []
    done: list[_Draft] = []
    fresh_re = _fresh_cues(lang)
    in_date = Intervals([(d.start, d.end) for d in dates]).contains
    fresh: set[int] = set()  # meetings announced as new ones ("meet again", "a second round")
    also_words = _also_words(lang)
    again = load_lang_file(lang, "meetings").get("named_again", {})
    again_before = [[fold(w)] for w in again.get("before", [])]
    again_opening = [[fold(w)] for w in again.get("opening", [])]
    again_any = again_before + [[fold(w)] for w in again.get("plural_before", [])]
    unnamed: set[int] = set()  # "la conversa", "les discussions": talks named again with nobody
    referring = frozenset(fold(w) for w in grammar_list(lang, "referring_prepositions"))
    apart: set[int] = set()  # the calls of one sentence, one per partner
    aside: set[int] = set()  # those meetings: told aside, they cover no other of their sentence
    earlier: set[int] = set()  # «desde la de Clinton en 1997»: an earlier one, no other repeats it
    signing: set[int] = set()  # signings: meetings only when dated and not part of another
    guessed: set[int] = set()  # meetings whose participants were guessed from the sentence
    told: set[int] = set()  # "The call comes …": a sentence about a meeting already listed
    stated: set[int] = set()  # "X se reunió con Y": a meeting verb with both sides named
    word_at: dict[int, int] = {}  # where each meeting's word starts
    hosted: set[int] = set()  # where the evidence of each meeting told by its host starts
    rosters: dict[int, list[str]] = {}  # evidence start → a plural group's office holders
    lead_group = False  # whether the lead names a meeting of a plural group
    for dr in drafts:
        # a meeting's clause is near its trigger: bounded windows keep huge sentences linear
        dr.seg_start = max(dr.seg_start, dr.trigger.start - SEGMENT_WINDOW)
        dr.seg_end = min(dr.seg_end, dr.trigger.end + SEGMENT_WINDOW)
        seg_start, seg_end = dr.seg_start, dr.seg_end
        # place and forum inside the segment
        seg_mentions = [
            m for m in finder.mention_index.between(seg_start, seg_end) if m[1] <= seg_end
        ]
        destination: str | None = None
        where: str | None = None
        # places named in the clause, ranked: a region last, the dateline's city first, then
        # the one nearest the meeting word
        places: list[tuple[tuple[bool, bool, int], str]] = []
        for m in seg_mentions:
            a = actor_by_id.get(m[2])
            if a is None:
                continue
            entry = kb_by_actor.get(a.id)
            before = folded[max(seg_start, m[0] - 30) : m[0]]
            if dr.forum is None and a.kind in ("organization",):
                cued = any(before.rstrip().endswith(fold(c)) for c in _FORUM_CUES.get(lang, ()))
                # "la cumbre de la OTAN", "a session of the Security Council": the forum hangs on the trigger
                after_word = _attached(folded, dr.trigger.end, m[0])
                attached = (
                    entry is not None
                    and (
                        (
                            entry.forum
                            and (
                                after_word
                                or before.rstrip().endswith(("at the", "in the", "en el", "en la"))
                                # «la Cumbre Iberoamericana de Cádiz», "the U.N. General Assembly":
                                # the meeting word is part of the forum's own name
                                or m[0] <= dr.trigger.start < dr.trigger.end <= m[1]
                            )
                        )
                        or (
                            # «la cumbre del Mercosur», "the ASEAN summit", «a reunião da CPLP»: an
                            # international body whose meeting the noun names holds it
                            dr.trigger.type == MEETING_NOUN
                            and not entry.country
                            and not entry.stands_for
                            and (
                                after_word
                                or (
                                    m[1] <= dr.trigger.start
                                    and folded[m[1] : dr.trigger.start].strip() in ("", "'s", "’s")
                                )
                            )
                        )
                    )
                )
                if cued or attached:
                    dr.forum = a.name
                    continue
            if (
                destination is None
                and dr.kind == "visit"
                and a.kind in ("place", "country")
                and m[0] >= dr.trigger.end
                and (dr.trigger.type == MEETING_VERB or not folded[dr.trigger.end : m[0]].strip())
            ):
                # a noun right before the place is the verb it spells ("que visita Moçambique",
                # "will then visit Costa Rica")
                if folded[dr.trigger.end : m[0]].strip() in _TO_DESTINATION:
                    destination = a.name  # "visitó Rabat", "visited Kyiv", "viajará a Pekín"
                    continue
            if (
                entry is not None
                and entry.stands_for
                and entry.stands_for.get("country")
                and (_PLACE_PREP_BEFORE.search(before) or _VENUE_NOUN_OF.search(before))
            ):
                # "met Trump at the White House", "en la Casa Rosada", «en el palacio de La
                # Moneda»: the seat is the venue (one named by its palace, after the city the
                # clause names too: «en el palacio de Miraflores, en Caracas»)
                behind = not _PLACE_PREP_BEFORE.search(before)
                places.append((_place_rank(dr, m[0], m[1], False, behind), a.name))
                continue
            if a.kind == "place" or (
                a.kind == "country"
                and (
                    0 <= m[0] - dr.trigger.end <= 40
                    # «la cumbre …, prevista para mayo en Baréin»: right after the meeting's day
                    or (
                        dr.date is not None
                        and dr.trigger.end <= dr.date.start
                        and 0 <= m[0] - dr.date.end <= 6
                        and m[0] - dr.trigger.end <= _COUNTRY_REACH
                    )
                )
            ):
                if _QUALIFIES_NEXT.match(folded, m[1]):
                    continue  # "in the West Bank town of Bethlehem", "the Red Sea city of Jeddah"
                words = before.split()
                prev_word = words[-1] if words else ""
                in_region = None  # "en la provincia de": set below when no other cue holds
                if text[m[1] : m[1] + 2] in ("’s", "'s"):
                    continue  # "to Europe's security", "at Berlin's request": a possessive
                if a.kind == "country" and _person_behind(text, m, finder, actor_by_id) is not m:
                    continue  # "met Taiwan President Tsai Ing-wen": the country names a person
                if (
                    prev_word in _PLACE_PREPS.get(lang, ())
                    or (
                        len(words) >= 2
                        and words[-2] in _PLACE_PREPS.get(lang, ())
                        and prev_word in ("la", "el", "the", "le")
                    )
                    # "on the Indonesian island of Bali", "en la ciudad de Panamá"
                    or _TOWN_OF.search(folded, max(seg_start, m[0] - 50), m[0]) is not None
                    # «en el Palacio de Itamaraty de Brasilia»: the city of a named venue
                    or _VENUE_OF.search(text, max(seg_start, m[0] - 60), m[0]) is not None
                    # «en la residencia de Camp David»: a venue named by its common noun
                    or _VENUE_NOUN_OF.search(folded, max(seg_start, m[0] - 40), m[0]) is not None
                    or (in_region := _REGION_OF.search(folded, max(seg_start, m[0] - 30), m[0]))
                    is not None
                    # «la cumbre de Lima», «as cimeiras de Luanda», "the Hanoi summit": the
                    # city names the meeting
                    # «la Cumbre de las Américas de Los Ángeles», "the G20 of Osaka": the city
                    # names the forum's meeting
                    or (
                        a.kind == "place"
                        and any(
                            folded[x[1] : m[0]] in (" de ", " of ", " do ", " da ", " du ", " en ")
                            and (e := kb_by_actor.get(x[2])) is not None
                            and e.forum
                            for x in seg_mentions
                            if x[1] <= m[0]
                        )
                    )
                    or (
                        a.kind == "place"
                        and (
                            _OF_THE_MEETING.fullmatch(folded, dr.trigger.end, m[0]) is not None
                            or (
                                m[1] < dr.trigger.start
                                and folded[m[1] : dr.trigger.start] == " "
                                and folded[max(0, m[0] - 4) : m[0]] == "the "
                            )
                        )
                    )
                ):
                    if not _in_between_phrase(folded, m[0], lang) and not (
                        m[0] > dr.trigger.end
                        and (
                            _OTHER_EVENT.search(folded, dr.trigger.end, m[0]) is not None
                            # «…, antes de voltar a Brasília»: the next step's place
                            or (
                                clause_after is not None
                                and clause_after.search(folded, dr.trigger.end, m[0]) is not None
                            )
                        )
                    ):
                        # the place nearest the meeting word: a sentence may name several; a
                        # region ("Oriente Medio") only when no city or country is named, and
                        # the dateline's city first ("Bagdad, 17 may (EFE).- … en Bagdad")
                        region = (
                            entry is not None and not entry.country and a.kind == "place"
                        ) or in_region is not None
                        rank = _place_rank(dr, m[0], m[1], a.name == dateline, region)
                        places.append((rank, a.name))
            if (
                where is None
                and a.kind in ("place", "country")
                and m[1] <= dr.trigger.start
                and _WHERE.fullmatch(folded[m[1] : dr.trigger.start])
            ):
                where = a.name  # "voló a Ceuta, donde se reunió con …"
                prev = [x for x in seg_mentions if x[1] <= m[0]]
                b = actor_by_id.get(prev[-1][2]) if prev else None
                if (
                    b is not None
                    and b.kind == "place"
                    and b.country == a.country
                    and a.kind == "country"
                    and _IN_COUNTRY.fullmatch(folded, prev[-1][1], m[0])
                ):
                    where = b.name  # "em São Petersburgo, na Rússia, onde está prevista"
        # "in the Chinese capital", "en la capital estadounidense": that country's capital; "en
        # la ciudad turca": the Turkish city named last
        for dm in demonyms.between(seg_start, seg_end):
            if _CAPITAL_BEFORE.search(folded, max(0, dm.start - 25), dm.start) or (
                _CAPITAL_AFTER.match(folded, dm.end)
                and (
                    _PLACE_PREP_BEFORE.search(folded, max(0, dm.start - 12), dm.start)
                    # "will fly to the Zambian capital": the trip's destination
                    or _TO_THE.search(folded, max(0, dm.start - 12), dm.start)
                )
            ):
                city = kb.capital(dm.payload, lang)
            elif _CITY_BEFORE.search(folded, max(0, dm.start - 20), dm.start) or (
                _CITY_AFTER.match(folded, dm.end)
                and _PLACE_PREP_BEFORE.search(folded, max(0, dm.start - 12), dm.start)
            ):
                # "en la ciudad turca", "in the Saudi city": the city of that country named last
                city = next(
                    (
                        actor_by_id[x[2]].name
                        for x in reversed(finder.mention_index.before(dm.start)[-80:])
                        if actor_by_id.get(x[2]) is not None
                        and actor_by_id[x[2]].kind == "place"
                        and actor_by_id[x[2]].country == dm.payload
                    ),
                    None,
                )
            else:
                city = None
            if city:
                places.append((_place_rank(dr, dm.start, dm.end, city == dateline), city))
        dest = name_to_actor.get(destination) if destination is not None else None
        if dest is not None and dest.kind == "country":
            # "will travel to Myanmar for the East Asia Summit in Naypyitaw": the city in that
            # country the trip's own sentence names
            cities = {
                actor_by_id[x[2]].name
                for x in seg_mentions
                if x[0] >= dr.trigger.end
                and (b := actor_by_id.get(x[2])) is not None
                and b.kind == "place"
                and b.country == dest.country
                and _PLACE_PREP_BEFORE.search(folded, max(0, x[0] - 8), x[0]) is not None
                and _OTHER_EVENT.search(folded, dr.trigger.end, x[0]) is None
                and sentence_of(sentences, x[0]) is sentence_of(sentences, dr.trigger.start)
            }
            if len(cities) == 1:
                destination = cities.pop()
        w = name_to_actor.get(where) if where is not None else None
        if w is not None and w.kind == "country":
            # "a visit to India, where he held talks with Modi in New Delhi": the city in it
            # that the meeting's own clause names
            named = {p[1] for p in places}
            inner = [
                x
                for x in seg_mentions
                if x[0] >= dr.trigger.end
                and (b := actor_by_id.get(x[2])) is not None
                and b.kind == "place"
                and b.country == w.country
                and b.name in named
                and _OTHER_EVENT.search(folded, dr.trigger.end, x[0]) is None
                and sentence_of(sentences, x[0]) is sentence_of(sentences, dr.trigger.start)
            ]
            if inner:
                where = actor_by_id[inner[0][2]].name
        nearest = (
            min(
                places if dr.kind == "visit" else _inner_places(places, name_to_actor),
                key=lambda p: p[0],
            )[1]
            if places
            else None
        )
        # "Geneva hosted the talks on Monday", "Belém recebeu … os Diálogos": the host city
        dsent = sentence_of(sentences, dr.trigger.start)
        host_place = hosts.get(dsent.start) if dsent is not None else None
        if not (destination or where or host_place) and dr.trigger.type == MEETING_NOUN:
            host_place = _hosting_subject(folded, dr.trigger, seg_mentions, actor_by_id, lang)
        dr.place = destination or where or host_place or nearest
        if (
            dateline is not None
            and destination is None
            and where is None
            and _HERE.search(folded, dr.trigger.start, min(seg_end, dr.trigger.end + 80))
        ):
            # "ALGIERS (AFP) - Ethiopia and Eritrea signed a peace agreement here on Tuesday":
            # "here" is the dateline's city
            dr.place = dateline
        if dr.trigger.start in attended:
            dr.forum = attended[dr.trigger.start]
        # participants
        dr.participants = _participants(
            text,
            folded,
            dr,
            finder,
            actors,
            actor_by_id,
            kb_by_actor,
            lang,
            sentences,
            pronouns,
            demonyms,
            speech_atoms,
        )
        if dr.trigger.start in absent and dsent is not None:
            away = {
                x[2] for x in finder.mention_index.between(dsent.start, absent[dr.trigger.start])
            }
            dr.participants = [p for p in dr.participants if p not in away]
        if dr.forum is None and dr.trigger.type == MEETING_VERB:
            # «Le Conseil de sécurité s'est réuni mardi»: a forum that meets holds the meeting
            dr.forum = next(
                (
                    actor_by_id[p].name
                    for p in dr.participants
                    if (e := kb_by_actor.get(p)) is not None and e.forum
                ),
                None,
            )
        if dsent is not None:
            # "los presidentes de Chile, Argentina y Brasil": the people behind the countries
            listed = False
            for lo, _hi, people in leader_lists:
                if dsent.start <= lo < dsent.end:
                    dr.participants += [p for p in people if p not in dr.participants]
                    listed = True
            if not listed and dr.kind in _GROUP_KINDS:
                # "Los líderes de la Liga Árabe cerraron la cumbre": the group's office holders
                roster, bare = _group_roster(folded, dr.trigger.start, dsent, actors, finder, lang)
                # the lead's group is the article's event; later, only "the leaders" alone
                # names that group again ("EU leaders will gather in Brussels" is another)
                if dsent.paragraph <= 1 and roster:
                    lead_group = True
                elif not (bare and lead_group):
                    roster = []
                if roster:
                    # added once meetings are merged: a roster says who attends, not which
                    # meeting this is
                    rosters[_evidence(text, dr).start] = roster
        host = _seat_holder(dr.place, name_to_actor, kb_by_actor, actors, actor_by_id)
        if host is not None and host not in dr.participants:
            # "Après un entretien à l'Élysée", "hosted at the White House": the seat's holder
            dr.participants.append(host)
        if _mode(dr.trigger) in ("body_subject", "forum_subject"):
            # "the Security Council voted" is a session; "Britain voted to leave" is not
            sub = finder.left_of(dr.trigger.start)
            if (
                sub is None
                or not sub.actors
                or actor_by_id.get(sub.actors[0]) is None
                or actor_by_id[sub.actors[0]].kind != "organization"
            ):
                continue

        # "las próximas conversaciones entre Moscú y Washington … La primera ronda tendrá lugar
        # en Ginebra": a round without its own participants takes those of the talks just named
        if dr.weak:
            prior = next(
                (
                    o
                    for o in reversed(done)
                    if o.kind == dr.kind
                    and not o.weak
                    and o.participants
                    and 0 <= dr.trigger.start - o.trigger.start <= 600
                ),
                None,
            )
            if prior is not None:
                dr.participants = list(prior.participants)
        done.append(dr)
        # status
        dr.status = _status(text, dr, status_atoms, published, lang)
        # (a visit "since Tuesday" goes on after the day the lead tells; a gathering ends there)
        lead_day = lead[1].value if lead and dr.kind != "visit" else None
        start, end = _bounds(folded, dr, lang, published, lead_day)
        if (
            dr.status == "planned"
            and dr.date is not None
            and any(
                a.payload == "planned"
                and dr.trigger.end <= a.start
                and 0 <= dr.date.start - a.end <= 40
                and not re.search(r"[,;.]", text[a.end : dr.date.start])
                for a in status_atoms
            )
            # «la session prévue le 6 janvier a été reportée»: the day it was planned for
            and not any(
                a.payload == "cancelled" and dr.seg_start <= a.start < dr.seg_end
                for a in status_atoms
            )
        ):
            # «le sommet prévu à Nice du 31 mai au 1er juin»: the word of planning right before
            # the day says which way its year goes
            start, end = _planned_ahead(dr.date, start, end, published)
        calls = _separate_calls(folded, dr, finder, lang)
        for who in calls:
            meetings.append(
                Meeting(
                    id="",
                    kind=dr.kind,
                    evidence=_evidence(text, dr),
                    start=start,
                    end=end,
                    date_text=dr.date.text if dr.date else None,
                    place=dr.place,
                    forum=dr.forum,
                    participants=tuple(who),
                    status=dr.status,
                )
            )
            word_at[id(meetings[-1])] = dr.trigger.start
            if _mode(dr.trigger) == "subject_hosts_object":
                hosted.add(meetings[-1].evidence.start)
            if len(calls) > 1:
                apart.add(id(meetings[-1]))  # one call per partner: none repeats another
            if dr.date is not None and (dr.date.start, dr.date.end) in when_days:
                aside.add(id(meetings[-1]))
            if dr.trigger.start in since_starts:
                aside.add(id(meetings[-1]))
                earlier.add(id(meetings[-1]))
            if _mode(dr.trigger) in ("parties_sign", "joint_action", "passive_signing"):
                signing.add(id(meetings[-1]))
        tsent = sentence_of(sentences, dr.trigger.start)
        if (
            tsent is not None
            and dr.trigger.type == MEETING_NOUN
            and folded[tsent.start : dr.trigger.start].strip(' «“"').split() in again_opening
        ):
            # "La llamada entre Erdogan y Putin se produjo …", "The call comes at a precarious
            # moment": the sentence is about a meeting already told
            told.add(id(meetings[-1]))
        if (
            dr.trigger.type == MEETING_VERB
            and not dr.weak
            and len(dr.participants) >= 2
            and dr.trigger.payload.participants in ("subject_and_object", "subject_hosts_object")
        ):
            stated.add(id(meetings[-1]))
        # the words right before a meeting noun ("in the talks", «durante la conversa»), the
        # last of them its determiner
        preceding = folded[max(0, dr.trigger.start - 24) : dr.trigger.start].split()
        det = preceding[-1:] if dr.trigger.type == MEETING_NOUN else None
        if dr.weak or (det is not None and det in again_before):
            # "la agenda del encuentro de ayer": a meeting named again, whoever is nearby
            guessed.add(id(meetings[-1]))
        if (
            det is not None
            and dr.kind in _TALK_KINDS
            and not (dr.place or dr.forum or dr.date)
            and det in again_any
            and (
                dr.weak
                or not dr.participants
                # "Haiti featured prominently in the talks", «no final das conversações»: talks
                # named again after a preposition, whoever the sentence names (but not "during
                # the talks of the Contact Group")
                or (
                    preceding[-2:-1]
                    and preceding[-2] in referring
                    and not _GROUP_COMPLEMENT.match(folded, dr.trigger.end)
                )
            )
        ):
            unnamed.add(id(meetings[-1]))
        if fresh_re is not None and any(
            not in_date(c.start())
            or (dr.date is not None and dr.date.start <= c.start() < dr.date.end)
            for c in fresh_re.finditer(folded, max(0, dr.trigger.start - 30), dr.trigger.end + 15)
        ):
            # "la próxima reunión", "meet again next April"; but «viajará el próximo martes a
            # Argel para reunirse con …»: the word of a date the meeting does not take (the
            # trip's) makes no new meeting
            fresh.add(id(meetings[-1]))
        elif dr.trigger.type == MEETING_VERB and also_words.search(
            folded, max(0, dr.trigger.start - 14), dr.trigger.end + 10
        ):
            fresh.add(id(meetings[-1]))  # "Ele também se reuniu com Kishida": one more meeting
    if signing:
        # "Portugal e Brasil assinaram hoje 13 acordos" at the summit of that day: the summit's
        # signing, not another meeting; an undated signing is no meeting of its own
        # ("Hoje à noite, o presidente Kovind oferece um banquete": a meeting of that day
        # without the signatories is not where they signed)
        days: dict[str, list[set[str]]] = {}
        for m in meetings:
            if id(m) not in signing and m.start:
                days.setdefault(m.start, []).append(set(m.participants))
        meetings = [
            m
            for m in meetings
            if id(m) not in signing
            or (
                m.start
                and not any(
                    not who or not m.participants or who & set(m.participants)
                    for who in days.get(m.start, ())
                )
            )
        ]
    # "se reunió después con …": a meeting of the day just told, before repeats are dropped
    dated = _same_day(
        meetings, folded, sentences, lang, published, guessed | told, word_at, earlier
    )
    dated = _lead_day_first(
        dated, _lead_day(dated, lead, sentences, finder, actor_by_id, lang), lead
    )
    renamed = {id(a): id(b) for a, b in zip(meetings, dated, strict=True)}
    fresh, guessed, told, stated, apart, unnamed, aside, earlier = (
        {renamed[i] for i in ids if i in renamed}
        for ids in (fresh, guessed, told, stated, apart, unnamed, aside, earlier)
    )
    meetings = _merge(
        dated,
        fresh,
        guessed,
        told,
        stated,
        apart,
        unnamed,
        _end_words(lang),
        aside,
        earlier,
        lang,
    )
    meetings = _same_day(meetings, folded, sentences, lang, published, earlier=earlier)
    meetings = _lead_day(meetings, lead, sentences, finder, actor_by_id, lang)
    meetings = _visit_day(meetings, folded, lang)
    meetings = _event_days(meetings, dates, folded, sentences, lang)
    meetings = _opened_until_lead(meetings, text, folded, lead, lang)
    countries = frozenset(a.name for a in actor_by_id.values() if a.kind == "country")
    meetings = _inherit_places(meetings, dateline, published, countries)
    meetings = _here_places(meetings, dateline, lang)
    meetings = [
        replace(
            m,
            participants=(
                *m.participants,
                *(p for p in rosters[m.evidence.start] if p not in m.participants),
            ),
        )
        if m.evidence.start in rosters
        else m
        for m in meetings
    ]
    # "recibió en la sesión de clausura el relevo", "During the visit, …": with no date at all,
    # some kinds and statuses are mentions of a meeting told elsewhere (_UNDATED_NOT_MEETINGS)
    meetings = [
        m
        for m in meetings
        if m.start
        or m.date_text
        or (
            (m.kind, m.status) not in _UNDATED_NOT_MEETINGS
            # "Switzerland, which mediated the talks for two years", «declarou … no final das
            # conversações»: past talks with no day, no place and one party at most are talks
            # known or told, not a meeting of their own (unless the article tells no other)
            and not (
                len(meetings) > 1
                and m.status == "held"
                and m.kind in _TALK_KINDS
                and m.kind != "call"  # "Clinton telefoneó de madrugada al dirigente unionista"
                and not m.place
                and len(m.participants) <= 1
            )
        )
        # «Durante su visita a Rabat, Borrell se reunió con Bourita», «Sarkozy a reçu cette
        # délégation à l'Élysée»: the place, the visitor and a host; "the third visit to
        # Bolivia" of one person is background
        or (
            m.kind == "visit"
            and m.place
            and (len(m.participants) >= 2 or m.evidence.start in hosted)
        )
    ]
    # a visit to a country has that country for a party (added once meetings are merged and
    # kept: who is visited says nothing of which visit this is, nor whether it is one)
    meetings = [
        replace(m, participants=(*m.participants, host))
        if m.kind == "visit"
        and (host := _visited_country(m.place, m.participants, name_to_actor, actor_by_id))
        else m
        for m in meetings
    ]
    meetings = _eve_of_a_meeting(meetings, dates, atoms, folded, lang)
    # "The Peace Implementation Council … meets in November", told in October: a meeting dated
    # after the report cannot have been held yet
    meetings = [
        replace(m, status="planned")
        if m.status == "held" and _after_publication(m.start, published)
        else m
        for m in meetings
    ]
    meetings.sort(key=lambda m: (m.start is None, m.start or "", m.evidence.start))
    return [replace(m, id=f"m{i}") for i, m in enumerate(meetings, start=1)]


@cache
def _anaphoric_days(lang: str) -> dict[str, int]:
    """dates.toml `anaphoric_days` (folded): "la víspera" → -1, "the day after" → 1."""
    table = load_lang_file(lang, "dates").get("anaphoric_days", {})
    return {fold(k): v for k, v in table.items() if isinstance(v, int)}


# between a day counted from an event and the meeting noun that names the event: "la víspera|
# de la |cumbre", «à la veille| de l'ouverture du 18e |sommet», "the day before| the |summit
# opened" (folded)
_EVE_GAP = re.compile(
    r"\s+(?:(?:de la|de los|de las|del|de l'|de|of the|of|du|des|da|do|das|dos|the)(?:\s+|(?<=')))"
    r"(?:(?:apertura|inauguracion|ouverture|abertura|opening|inicio|debut)\s+"
    r"(?:de la|del|de l'|de|du|des|da|do|of the|of)(?:\s+|(?<=')))?"
    r"(?:[\w'-]+\s+)?$"
)


def _eve_of_a_meeting(
    meetings: list[Meeting], dates: list[DateExpr], atoms: list[Atom], folded: str, lang: str
) -> list[Meeting]:
    """ "Los cancilleres se reunirán la víspera de la cumbre", "will meet the day before the
    summit opens", «se réuniront à la veille de l'ouverture du sommet»: a day counted from a
    meeting still to come that the article names and dates is counted from that meeting's
    first day, not from the lead's or the report's day."""
    offsets = _anaphoric_days(lang)
    if not offsets or len(meetings) < 2:
        return meetings
    nouns = [a for a in atoms if a.type == MEETING_NOUN]
    out = []
    for m in meetings:
        d = next(
            (
                d
                for d in dates
                if d.text == m.date_text and m.evidence.start <= d.start < m.evidence.end
            ),
            None,
        )
        off = offsets.get(fold(d.text)) if d is not None else None
        noun = (
            next(
                (
                    a
                    for a in nouns
                    if 0 < a.start - d.end <= 40 and _EVE_GAP.fullmatch(folded, d.end, a.start)
                ),
                None,
            )
            if off is not None
            else None
        )
        if noun is None:
            out.append(m)
            continue
        # the meeting the noun names: one of its kind still to come, dated to a day, not this
        # one (the eve of the story's event, held, is dated from the day its lead tells: the
        # dates stage's reading)
        named = [
            k
            for k in meetings
            if k is not m
            and k.kind == noun.payload
            and k.status == "planned"
            and k.start
            and len(k.start) == 10
            and _day(k.start) is not None
            and not (k.evidence.start <= d.start < k.evidence.end)
        ]
        counted = {(_day(k.start) + timedelta(days=off)).isoformat() for k in named}
        if not counted or m.start in counted:
            # (the day already counts from one of them: the story's own, whose day the lead
            # tells, is the one an eve words usually names)
            out.append(m)
            continue
        k = min(named, key=lambda k: abs(k.evidence.start - d.start))
        out.append(replace(m, start=(_day(k.start) + timedelta(days=off)).isoformat(), end=None))
    return out


def _after_publication(start: str | None, published: date | None) -> bool:
    """Whether a day, month or year ("2009-11-03", "2009-11", "2010") is wholly after the
    publication date (a week, "2009-W45", is not judged)."""
    if not start or published is None or "W" in start:
        return False
    return start > published.isoformat()[: len(start)]


def _lead_date(dates, sentences, published, datelines):
    """The lead (the first sentence of some length: "Pekín, 31 mar (EFE).-" alone is the
    dateline) and the day it tells (the report's day or the day before), or None."""
    lead = next((x for x in sentences[:3] if x.end - x.start > 60), None)
    if published is None or lead is None:
        return None
    day = next(
        (
            d
            for d in dates
            if lead.start <= d.start < lead.end
            and d not in datelines
            and d.granularity == "day"
            and d.value
            and len(d.value) == 10
            and not d.end_value
            and 0 <= (published - date.fromisoformat(d.value)).days <= 1
        ),
        None,
    )
    return (lead, day) if day is not None else None


def _one_opening(folded: str, t: Atom, ds: list[DateExpr], lang: str) -> list[DateExpr]:
    """ "Annan has been in Nairobi since Jan. 22, and the formal talks opened on Jan. 29": when
    a start word dates the meeting after its word, a start word's day before the word opens
    something else (the stay), not the meeting."""
    if len(ds) < 2:
        return ds
    cues = tuple(fold(c) for c in _duration_table(lang).get("start_cues", []))
    if not cues:
        return ds
    opened = [d for d in ds if _start_cued(folded, d.start, folded[d.start : d.end], cues)]
    if not any(d.start >= t.end for d in opened):
        return ds
    return [d for d in ds if not (d in opened and d.end <= t.start)]


def _start_cued(folded: str, start: int, date_text: str, cues: tuple[str, ...]) -> bool:
    """A start word right before the date ("opened on", «ouvertes»), or before its first word
    when the article is part of the date («iniciado el 14 de agosto»)."""
    before = folded[max(0, start - 40) : start].rstrip()
    first = fold(date_text).split()[:1]
    # «que Macri comenzó oficialmente el miércoles»: an adverb between the word and the date
    for b in (before, _ADVERB_AT_END.sub("", before)):
        if b.endswith(cues) or bool(first and f"{b} {first[0]}".endswith(cues)):
            return True
    # "opened in April 2016", «ouvertes en avril»: a month's preposition after the word
    bare = _MONTH_PREPOSITION.sub("", before)
    return bare != before and bare.endswith(cues)


# an adverb of manner right before a date ("officially", «oficialmente», «officiellement»)
_ADVERB_AT_END = re.compile(r"\s+\w+(?:mente|ment|ly)$")
# the preposition of a month or a year ("in", «en», «em»), right before the date (folded)
_MONTH_PREPOSITION = re.compile(r"\s+(?:in|en|em)$")


def _opened_until_lead(meetings, text, folded, found, lang):
    """ "Les discussions, ouvertes vendredi, …" in a report whose lead tells the agreement of
    Wednesday: talks told by the day they opened, held, ran until the lead's day (within
    MAX_EVENT_DAYS). `found` is _lead_date's (lead, day), or None."""
    cues = tuple(
        fold(c)
        for key in ("start_cues", "start_before")
        for c in _duration_table(lang).get(key, [])
    )
    if found is None or not cues:
        return meetings
    lead = found[1].value
    out = []
    for m in meetings:
        if (
            m.status == "held"
            and m.kind != "visit"  # a tour "entamée dimanche" may still be under way
            and m.start
            and len(m.start) == 10
            and not m.end
            and m.date_text
            and m.start < lead
            and (date.fromisoformat(lead) - date.fromisoformat(m.start)).days <= MAX_EVENT_DAYS
        ):
            i = text.find(m.date_text, m.evidence.start, m.evidence.end + 40)
            if i != -1 and _start_cued(folded, i, m.date_text, cues):
                m = replace(m, end=lead)
        out.append(m)
    return out


@cache
def _event_placing(lang: str) -> re.Pattern | None:
    """Between the meeting noun that opens a sentence and a count of days after it: at most two
    words, a verb that places the event (meetings.toml [counted_from] placing_verbs: "came",
    «se produjo», « intervient », «ocorreu»), maybe an adverb (placing_adverbs), folded."""
    table = load_lang_file(lang, "meetings").get("counted_from", {})
    verbs, adverbs = table.get("placing_verbs", []), table.get("placing_adverbs", [])
    if not verbs:
        return None
    adverb = rf"(?:\s+(?:{word_alternation([fold(w) for w in adverbs])}))?" if adverbs else ""
    return re.compile(
        rf"\s+(?:\w+\s+){{0,2}}?(?:{word_alternation([fold(w) for w in verbs])}){adverb}\s+"
    )


def _shifted_back(main: str | None, days: int | None) -> str | None:
    """The day of the event a count of days after it ("un día después de que …") starts from,
    given the main clause's day (None unless a day and a count)."""
    a = _day(main)
    if a is None or not days:
        return None
    try:
        return (a - timedelta(days=days)).isoformat()
    except OverflowError:
        return None  # past the calendar's first or last day


def _counted_back(main: str | None, shifted: str | None) -> str | None:
    """The complement's day of "on Friday, a day after …": as far from the main clause's day
    as the shift, the other way (None unless both are days)."""
    a, b = _day(main), _day(shifted)
    if a is None or b is None:
        return None
    return _shifted_back(main, (b - a).days)


# the office that receives at a seat of power, by the body the seat stands for
_SEAT_OFFICES = {
    "presidency": "president",
    "government": "prime_minister",
    "monarchy": "monarch",
    "foreign_ministry": "foreign_minister",
    "defence_ministry": "defence_minister",
}


def _seat_holder(place, name_to_actor, kb_by_actor, actors: ActorResult, actor_by_id) -> str | None:
    """A meeting held at the Élysée, the White House or the Moncloa has the seat's holder
    among its people, when the article names exactly one holder of that office."""
    a = name_to_actor.get(place) if place else None
    entry = kb_by_actor.get(a.id) if a is not None else None
    if entry is None or not entry.stands_for:
        return None
    office = _SEAT_OFFICES.get(entry.stands_for.get("body", ""))
    code = entry.stands_for.get("country")
    people = [
        (actor_by_id[aid], where)
        for aid, (o, where) in actors.offices.items()
        if o == office and aid in actor_by_id and actor_by_id[aid].kind == "person"
    ]
    holders = [a.id for a, where in people if where == code]
    if not holders:
        # "President Joe Biden": a title with no country, the person's own
        holders = [a.id for a, where in people if where is None and a.country == code]
    return holders[0] if len(holders) == 1 else None


def _visited_country(place, participants, name_to_actor, actor_by_id) -> str | None:
    """The country a visit goes to ("Biden chegou a Luanda": Angola), as a party of the visit,
    when the article names that country, a person of another country visits and nobody of
    the country visited is among the visit's people yet; None otherwise."""
    a = name_to_actor.get(place) if place else None
    if a is None or a.kind not in ("country", "place") or not a.country:
        return None
    code = a.country
    visitors = 0
    for pid in participants:
        p = actor_by_id.get(pid)
        if p is not None and p.country == code:
            return None  # the host is told, or the visitor is at home
        visitors += p is not None and p.kind == "person" and p.country is not None
    if not visitors:
        return None  # "a technical mission travels to Paris": no leader who would be received
    if a.kind == "country":
        return a.id
    found = [x.id for x in actor_by_id.values() if x.kind == "country" and x.country == code]
    return found[0] if len(found) == 1 else None


def _inner_places(places, name_to_actor):
    """ "em São Petersburgo, na Rússia", "in the West Bank town of Bethlehem", "to Myanmar for
    the summit in Naypyitaw": a country whose own city or site is a candidate too gives way to
    it, the most precise place the clause names. (A visit keeps its country: «una visita
    oficial a China» that starts in Shanghái is a visit to China.)"""
    inside = set()
    for _rank, name in places:
        a = name_to_actor.get(name)
        if a is not None and a.kind == "place" and a.country:
            inside.add(a.country)
    if not inside:
        return places
    kept = [
        p
        for p in places
        if not (
            (a := name_to_actor.get(p[1])) is not None
            and a.kind == "country"
            and a.country in inside
        )
    ]
    return kept or places


# right after a meeting word, the preposition that names it by its city («la cumbre de Lima»)
# «la cumbre de Lima», «la cumbre informal de Biarritz»: a word at most, then "of"
_OF_THE_MEETING = re.compile(r"(?:\s+[^\W\d]+)?\s+(?:de|of|du|da|do|d')\s*")


def _place_rank(
    dr: _Draft, lo: int, hi: int, in_dateline: bool, region: bool = False
) -> tuple[bool, bool, int]:
    """Lower is likelier the meeting's place: a region last, the dateline's city first, then
    the place nearest the meeting word."""
    return (region, not in_dateline, min(abs(lo - dr.trigger.end), abs(dr.trigger.start - hi)))


def _separate_calls(folded: str, dr: _Draft, finder, lang: str) -> list[list[str]]:
    """The participants of each call: "habló por teléfono con Moon y con Abe" is two calls,
    one with each partner; any other meeting is one."""
    if len(dr.participants) < 3 or lang not in _AND_WITH:
        return [dr.participants]
    if (
        dr.kind != "call"
        and _SEPARATE_NOUN.get(lang, _NEVER).search(
            folded, max(dr.seg_start, dr.trigger.start - 30), dr.trigger.end
        )
        is None
        and _SEPARATELY[lang].search(folded, dr.trigger.start, dr.seg_end) is None
    ):
        return [dr.participants]  # "se reunió con Lula y con Petro": together, unless told apart
    seg = folded[dr.trigger.start : dr.seg_end]
    lo = max(dr.seg_start, dr.trigger.start - 40)
    each = _AND_WITH[lang].search(folded, lo, dr.seg_end) is not None
    if not each and _SEPARATELY[lang].search(folded, lo, dr.seg_end) is None:
        return [dr.participants]
    # each partner is the first actor after a "with": "con el presidente surcoreano, Moon"
    partners = []
    for w in re.finditer(r"\b(?:" + "|".join(_WITH[lang]) + r")\b", seg):
        pos = dr.trigger.start + w.end()
        nxt = next(
            (
                x
                for x in finder.mention_index.between(pos, min(dr.seg_end, pos + 80))
                if x[2] in dr.participants
            ),
            None,
        )
        if nxt is not None and nxt[2] not in partners:
            partners.append(nxt[2])
    if len(partners) == 1 and _AND_WITH[lang].search(seg) is None:
        # "spoke separately with Moon and Abe": everyone named after the "with"
        first = next(
            x
            for x in finder.mention_index.between(dr.trigger.start, dr.seg_end)
            if x[2] == partners[0]
        )
        partners += [
            x[2]
            for x in finder.mention_index.between(first[1], dr.seg_end)
            if x[2] in dr.participants and x[2] not in partners
        ]
    if len(partners) < 2:
        return [dr.participants]
    host = [a for a in dr.participants if a not in partners]
    if not host:
        return [dr.participants]
    return [host + [p] for p in partners]


def _bounds(
    folded: str,
    dr: _Draft,
    lang: str,
    published: date | None = None,
    lead_day: str | None = None,
) -> tuple[str | None, str | None]:
    """A meeting's first and last day ("2021-12-30"), or its month ("2022-12") for "en
    febrero", "in December 2022": never an invented day."""
    d = dr.date
    if d is None:
        return None, None
    if d.granularity == "day":
        start = d.value if d.value and len(d.value) == 10 else None
        end = d.end_value if d.end_value and len(d.end_value) == 10 else None
        if start and not end:
            ongoing = _ongoing_end(folded, d, start, published, lang, lead_day)
            if ongoing is not None:
                return start, ongoing
            if (
                published is not None
                and runs_through(folded, d.start)
                and 1 <= (date.fromisoformat(start) - published).days <= MAX_EVENT_DAYS
            ):
                # "the summit, which runs until Tuesday": under way from the report's day
                return published.isoformat(), start
            return _duration(folded, dr, start, lang)
        return start, end
    if d.granularity == "month" and d.value and len(d.value) == 7:
        return d.value, d.end_value if d.end_value and len(d.end_value) == 7 else None
    if d.granularity == "week" and d.value and re.fullmatch(r"\d{4}-W\d\d", d.value):
        # "doit se réunir la semaine prochaine": that ISO week, no day invented
        return d.value, None
    if d.granularity == "quarter" and d.value and re.fullmatch(r"\d{4}-Q[1-4]", d.value):
        # "in the first quarter of 2019": that quarter, no month invented
        return d.value, None
    if (
        d.granularity == "year"
        and d.value
        and len(d.value) == 4
        and d.end_value
        and re.fullmatch(r"\d{4}", d.end_value)
        and re.search(r"\d{4}", d.text) is not None
    ):
        return d.value, d.end_value  # "in 2007 and 2008", "2007-2008"
    if (
        d.granularity == "year"
        and d.value
        and len(d.value) == 4
        and not d.end_value
        and published is not None
        and (
            # "el año que viene"; "dans deux ans", "in two years": counted ahead
            published.year <= int(d.value) <= published.year + 5
            if not any(c.isdigit() for c in d.text)
            else re.search(r"\d{4}", d.text) is not None
        )
    ):
        # "la próxima cumbre, el año que viene", "the next summit, in 2025": that year, no
        # month invented; never a duration ("the first visit in 12 years")
        return d.value, None
    return None, None


@cache
def _fresh_cues(lang: str) -> re.Pattern | None:
    """ "again", «por separado»: words around a meeting word that announce a new meeting."""
    cues = [fold(c) for c in load_lang_file(lang, "entities").get("fresh_meeting_cues", [])]
    if not cues:
        return None
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)")


@cache
def _ongoing_words(lang: str) -> re.Pattern | None:
    """`ongoing_cues` (meetings.toml [duration]) ending the text before a date, folded."""
    cues = _duration_table(lang).get("ongoing_cues", [])
    return re.compile(r"(?<!\w)(?:" + word_alternation(cues) + r")$") if cues else None


def _ongoing_end(
    folded: str,
    d: DateExpr,
    start: str,
    published: date | None,
    lang: str,
    lead_day: str | None = None,
) -> str | None:
    """« réunies depuis samedi » in Sunday's paper: a meeting running from that day to the
    day of the report (`ongoing_cues` in meetings.toml [duration], right before the date); to
    the day the lead tells when that falls between («Réunis depuis vendredi, ils ont adopté …»
    in Monday's paper whose lead tells Saturday's close)."""
    words = _ongoing_words(lang)
    if words is None or published is None:
        return None
    if not words.search(folded[max(0, d.start - 20) : d.start].rstrip()):
        return None
    days = (published - date.fromisoformat(start)).days
    if not 1 <= days <= MAX_EVENT_DAYS:
        return None
    if lead_day is not None and len(lead_day) == 10 and start < lead_day < published.isoformat():
        return lead_day
    return published.isoformat()


def _duration_table(lang: str) -> dict:
    return load_lang_file(lang, "meetings").get("duration", {})


def _join_start_cued(text: str, folded: str, ds: list[DateExpr], lang: str) -> list[DateExpr]:
    """ "el cuarto ciclo, iniciado el 14 de agosto, cerró este lunes": one meeting from the
    cued first day to the other day, not two meetings."""
    if len(ds) < 2:
        return ds
    cues = tuple(fold(c) for c in _duration_table(lang).get("start_cues", []))
    if not cues:
        return ds
    ends = _end_words(lang)

    def end_cued(b: DateExpr) -> bool:
        # «que comenzó el miércoles y que concluirá mañana»: the day an ending verb tells closes
        # the meeting, not another day of the clause («hoy»)
        return ends is not None and ends.search(folded, max(0, b.start - 24), b.start) is not None

    for a in ds:
        if not (a.value and len(a.value) in (7, 10) and not a.end_value):
            continue
        if not _start_cued(folded, a.start, folded[a.start : a.end], cues):
            continue
        for b in sorted(ds, key=lambda b: not end_cued(b)):
            # two days, or two months ("which opened in April 2016, broke down in August")
            if b is a or not (b.value and len(b.value) == len(a.value)) or b.value <= a.value:
                continue
            if b.end_value:
                continue  # «los días 17 y 18 de julio»: a span of its own, another event's
            if _start_cued(folded, b.start, folded[b.start : b.end], cues):
                # "has been in Nairobi since Jan. 22, and the formal talks opened on Jan. 29":
                # a day that opens something is no last day
                continue
            other = _ending_pattern(lang, "other_event_cues", r"(?!\w)")
            if other is not None and a.end < b.start and other.search(folded, a.end, b.start):
                # "talks that opened on June 4 … and later moved to Accra, where the parties
                # signed a ceasefire on June 17": a later day after a sequence or place
                # relative is another event's
                continue
            last = b.end_value or b.value
            grain = "day" if len(a.value) == 10 else "month"
            joined = DateExpr(b.start, b.end, f"{a.text} … {b.text}", a.value, last, grain)
            return [joined if x is b else x for x in ds if x is not a]
    for b in ds:
        # «que comenzará esta tarde y concluirá mañana», «ont conclu jeudi … cinq jours de
        # dialogue ouverts dimanche»: a day an ending verb tells closes the meeting opened on
        # the other day of its clause, whether or not a start word tells that one
        if not (b.value and len(b.value) == 10) or b.end_value or not end_cued(b):
            continue
        opened = [
            a
            for a in ds
            if a is not b
            and a.value
            and len(a.value) == 10
            and not a.end_value
            and 0
            < (date.fromisoformat(b.value) - date.fromisoformat(a.value)).days
            <= MAX_EVENT_DAYS
            and abs(a.start - b.start) <= 150
            and not re.search(r"[.;]", folded[min(a.end, b.end) : max(a.start, b.start)])
        ]
        if len(opened) == 1:
            a = opened[0]
            joined = DateExpr(b.start, b.end, f"{a.text} … {b.text}", a.value, b.value, "day")
            return [joined if x is b else x for x in ds if x is not a]
    return _join_until(folded, ds, lang)


def _join_year_month(text: str, ds: list[DateExpr]) -> list[DateExpr]:
    """ "next year's gathering in Honolulu in November", «l'an prochain, en novembre»: a month
    told without its year takes the year told next to it; one date, not two meetings."""
    years = [d for d in ds if d.granularity == "year" and d.value and not d.end_value]
    months = [
        d
        for d in ds
        if d.granularity == "month"
        and d.value
        and not d.end_value
        and not _YEAR_DIGITS.search(d.text)
    ]
    if len(years) != 1 or len(months) != 1:
        return ds
    y, m = years[0], months[0]
    lo, hi = min(y.end, m.end), max(y.start, m.start)
    if hi - lo > 60 or re.search(r"[,;:.]", text[lo:hi]) or _CLAUSE_OPENER.search(text, lo, hi):
        # "met in Prague in October, where they agreed to hold this year's summit", «se celebró
        # en agosto en Bruselas y que continuarán a comienzos del próximo año»
        return ds
    joined = DateExpr(m.start, m.end, m.text, f"{y.value}-{m.value[5:7]}", None, "month")
    return [joined if x is m else x for x in ds if x is not y]


_YEAR_DIGITS = re.compile(r"\d{4}")
# the words that open another clause between a month and a year: a relative, a complementiser
_CLAUSE_OPENER = re.compile(
    r"(?<!\w)(?:que|qu'|qu’|that|which|who|where|donde|où|onde|cuando|when|quand|quando)(?!\w)",
    re.I,
)


def _join_until(folded: str, ds: list[DateExpr], lang: str) -> list[DateExpr]:
    """ "a entamé lundi une visite … qui doit durer jusqu'à samedi", "from Monday … until
    Saturday": a day told with an until-word closes the meeting opened on an earlier day of the
    same clause (meetings.toml [duration] until_cues)."""
    until = _ending_pattern(lang, "until_cues", r"\s*$")
    if until is None:
        return ds
    for b in ds:
        if not (b.value and len(b.value) == 10) or b.end_value:
            continue
        if until.search(folded, max(0, b.start - 14), b.start) is None:
            continue
        for a in ds:
            if a is b or not (a.value and len(a.value) == 10) or a.end_value:
                continue
            if not (a.value < b.value and a.end <= b.start and b.start - a.end <= 120):
                continue
            if re.search(r"[.;]", folded[a.end : b.start]):
                continue
            joined = DateExpr(a.start, a.end, f"{a.text} … {b.text}", a.value, b.value, "day")
            return [joined if x is a else x for x in ds if x is not b]
    return ds


# how far a length ("a two-day visit", «una visita de tres días») may be from its meeting's word
_DURATION_REACH = 30


@cache
def _kind_nouns(lang: str) -> dict[str, re.Pattern]:
    """Each kind's meeting nouns (meetings.toml [[noun]]), folded, as one pattern."""
    forms: dict[str, list[str]] = {}
    for noun in load_lang_file(lang, "meetings").get("noun", []):
        forms.setdefault(noun.get("kind", ""), []).extend(noun.get("forms", []))
    return {
        k: re.compile(r"(?<!\w)(?:" + word_alternation(v) + r")(?!\w)")
        for k, v in forms.items()
        if v
    }


def _length(
    seg: str, kind: str, lang: str, trigger: tuple[int, int] | None = None
) -> tuple[int | None, bool]:
    """The number of days a length next to the meeting's word or a noun of its kind gives in
    `seg` (folded): "a two-day visit", «tres días de conversaciones» (None when none), and
    whether the days end on the day told ("at the end of a two-day meeting", `end_before`)."""
    table = _duration_table(lang)
    n = None
    closed = False  # "au terme de trois jours de discussions": the days end on the day told
    blockers = tuple(fold(b) for b in table.get("blockers", []))
    for pat in table.get("patterns", []):
        for m in re.finditer(pat, seg):
            if (
                seg[max(0, m.start() - 25) : m.start()].rstrip().endswith(blockers)
                or seg[max(0, m.start("n") - 25) : m.start("n")].rstrip().endswith(blockers)
                or seg[m.end() : m.end() + 25].lstrip().startswith(blockers)
            ):
                continue  # "un ultimatum de sept jours", "a 30-day truce": something else's length
            words = [trigger] if trigger is not None else []
            nouns = _kind_nouns(lang).get(kind)
            if nouns is not None:
                words += [w.span() for w in nouns.finditer(seg)]
            if not any(
                0 <= t0 - m.end() <= _DURATION_REACH or 0 <= m.start() - t1 <= _DURATION_REACH
                for t0, t1 in words
            ):
                # "two days of intensive diplomacy by Rice, who held talks … on Sunday": the
                # length of something else, not of this meeting's word or noun ("arrived … at
                # the start of the four-day visit")
                continue
            n = table.get("numbers", {}).get(m.group("n"))
            if n:
                before = seg[max(0, m.start() - 25) : m.start("n")].rstrip()
                # "at the end of a two-day meeting", «au terme des deux jours»: an article aside
                before = _ARTICLE_AT_END.sub("", before)
                closed = before.endswith(
                    tuple(fold(c) for c in table.get("end_before", []))
                ) and not any(  # "after three days of talks that began on Thursday"
                    re.search(r"(?<!\w)" + re.escape(fold(c)) + r"(?!\w)", seg)
                    for c in table.get("start_cues", [])
                )
                break
        if n:
            break
    return n, closed


def _duration(folded: str, dr: _Draft, start: str, lang: str) -> tuple[str, str | None]:
    """ "a two-day visit" on one day: the days it covers; "ended two days of talks on Sunday"
    ends on that day."""
    table = _duration_table(lang)
    seg = folded[dr.seg_start : dr.seg_end]
    trigger = (dr.trigger.start - dr.seg_start, dr.trigger.end - dr.seg_start)
    n, closed = _length(seg, dr.kind, lang, trigger)
    if not n or not 2 <= n <= 14:
        return start, None
    d0 = date.fromisoformat(start)
    cues = [fold(c) for c in table.get("end_cues", [])]
    ends = not (dr.date is not None and _starts_on_date(folded, dr.date.start, lang)) and (
        closed or any(re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", seg) for c in cues)
    )
    # "on the second day of a four-day visit": the day told is not the first
    nth = max((k for rx, k in _event_day_words(lang) if k > 1 and rx.search(seg)), default=1)
    try:
        if ends:
            return (d0 - timedelta(days=n - 1)).isoformat(), start
        if 1 < nth <= n:
            first = d0 - timedelta(days=nth - 1)
            return first.isoformat(), (first + timedelta(days=n - 1)).isoformat()
        return start, (d0 + timedelta(days=n - 1)).isoformat()
    except OverflowError:
        return start, None  # a span that would run past the calendar's first or last day


def _starts_on_date(folded: str, pos: int, lang: str) -> bool:
    """ "quatre jours de pourparlers ouverts mardi", "talks that began on Tuesday": a start
    participle right before the date (an article or preposition between) makes it the first
    day (meetings.toml [duration] start_before)."""
    pattern = _ending_pattern(
        lang, "start_before", r"(?:\s+(?:le|el|la|on|em|na|no|en|o|a|this|ce|cet|este|esta))*\s*$"
    )
    return pattern is not None and pattern.search(folded, max(0, pos - 40), pos) is not None


@cache
def _ending_pattern(lang: str, key: str, tail: str) -> re.Pattern | None:
    """One pattern for the [duration] words under `key`, whole words, followed by `tail`."""
    words = _duration_table(lang).get(key, [])
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(fold(w)) for w in words) + r")" + tail)


def _place_after(folded: str, pos: int, limit: int, lang: str, finder, actor_by_id) -> int:
    """The end of "en Santiago" right after a date, else the date's own end."""
    m = re.match(r"\s*(\w+)\s+(?:(?:la|el|the|le|o|a)\s+)?", folded[pos : pos + 20])
    if m is None or m.group(1) not in _PLACE_PREPS.get(lang, ()):
        return pos
    for x in finder.mention_index.between(pos + m.end(), min(limit, pos + m.end() + 2)):
        a = actor_by_id.get(x[2])
        if a is not None and a.kind in ("place", "country"):
            return x[1]
    return pos


def _dateline_place(text: str, finder, actor_by_id) -> str | None:
    """ "NARA, Japan (AP) —", "BRASÍLIA - O presidente", "Rabat, 10 ene (EFE).-": the city the
    story is filed from."""
    m = re.search(r"\S", text)
    if m is None:
        return None
    first = finder.mention_index.between(m.start(), m.start() + 2)
    if not first:
        # an all-capitals dateline ("NARA, Japan (AP)") names a place met later in the text
        w = re.match(
            r"([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .'-]{1,30}?)(?=\s*(?:,|/|\(|[-–—]))",
            text[m.start() :],
        )
        if w is None or not w.group(1).isupper():
            return None
        key = fold(w.group(1).strip())
        for a in actor_by_id.values():
            if a.kind == "place" and fold(a.name) == key:
                return a.name
        return None
    x = first[0]
    a = actor_by_id.get(x[2])
    if a is None or a.kind != "place":
        return None
    if not re.match(r"\s*(?:,|/|\(|[-–—])", text[x[1] : x[1] + 4]):
        return None
    return a.name


def _same_day(
    meetings: list[Meeting],
    folded: str,
    sentences: list[Sentence],
    lang: str,
    published: date | None,
    again: set[int] | None = None,
    words: dict[int, int] | None = None,
    earlier: set[int] = frozenset(),
) -> list[Meeting]:
    """An undated meeting told with a same-day word ("se reunió después con …", "Later, he
    met …") happens on the day of the single-day meeting told just before it; in Spanish, one
    told in the present perfect ("han mantenido un encuentro") happens on the publication day.
    The date words it borrows are the earlier meeting's (date_text), so the source stays visible.

    Before repeats are dropped (`again` given: the ids of meetings named again, "tras la
    reunión", "at that meeting"), those and a meeting whose word (`words`: id → where its
    meeting word starts) is near the word of one told just before ("holding talks") keep no
    day: they are repeats, not meetings of that day. An `earlier` meeting («desde la celebrada
    en 2003») lends no day."""
    cue_re, perfect = _same_day_cues(lang)
    if cue_re is None:
        return meetings
    out: list[Meeting] = list(meetings)  # in the order given: the caller pairs them
    last: Meeting | None = None
    order = sorted(
        range(len(meetings)),
        key=lambda i: (
            meetings[i].evidence.start,
            not (meetings[i].start or meetings[i].date_text),
        ),
    )
    prev_word = -(10**9)
    for i in order:
        m = meetings[i]
        word = (words or {}).get(id(m), -(10**9))
        near = abs(word - prev_word) <= 40
        prev_word = word
        if again is not None and (id(m) in again or near):
            pass
        elif m.start is None and m.date_text is None:
            sent = sentence_of(sentences, m.evidence.start)
            lo = sent.start if sent is not None else m.evidence.start
            clause = folded[lo : m.evidence.end]
            if (
                last is not None
                and m.evidence.start - last.evidence.end <= SAME_DAY_REACH
                and m.status == "held"
                and cue_re.search(clause)
            ):
                # "se reunió después con …": that day, and where it happened unless told
                place = m.place if m.place is not None or m.kind == "call" else last.place
                m = replace(m, start=last.start, date_text=last.date_text, place=place)
            elif (
                perfect is not None
                and published is not None
                and m.status == "held"
                and perfect.search(clause)
            ):
                m = replace(m, start=published.isoformat())
        elif (
            m.start
            and len(m.start) == 10
            and m.end is None
            and m.status == "held"
            and id(m) not in earlier
        ):
            last = m
        out[i] = m
    return out


@cache
def _same_day_cues(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The same-day words of `same_day` in meetings.toml as one pattern (None without any),
    and the present-perfect pattern when that tense tells the publication day."""
    table = load_lang_file(lang, "meetings").get("same_day", {})
    cues = [fold(c) for c in table.get("cues", [])]
    if not cues:
        return None, None
    cue_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)")
    perfect = re.compile(table["perfect"]) if table.get("perfect_is_today") else None
    return cue_re, perfect


@cache
def _after_cue(lang: str) -> re.Pattern:
    """ "tras reunirse", "after talks with", "après un entretien": an "after" word right
    before a meeting word, with at most two words between (folded, anchored at the end)."""
    words = load_lang_file(lang, "meetings").get("same_day", {}).get("after", [])
    alt = word_alternation(words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alt + r")(?:\s+[\w']+){0,2}\s+$")


@cache
def _also_words(lang: str) -> re.Pattern:
    """ "también", "also": a meeting verb with one of these is one more meeting (folded)."""
    words = load_lang_file(lang, "entities").get("also_words", [])
    return re.compile(r"(?<!\w)(?:" + (word_alternation(words) or "(?!)") + r")(?!\w)")


LEAD_REACH = 2500  # chars from the start of the body: the lead and the paragraphs telling its day


@cache
def _background_words(lang: str) -> re.Pattern | None:
    """The words that tell a meeting as background (`[lead_day] background` in meetings.toml)."""
    words = load_lang_file(lang, "meetings").get("lead_day", {}).get("background", [])
    return re.compile(r"(?<!\w)(?:" + word_alternation(words) + r")(?!\w)") if words else None


def _lead_day_first(meetings: list[Meeting], led: list[Meeting], lead) -> list[Meeting]:
    """ "Os dois se reuniram por duas horas" right after a dated lead: the lead's day, given
    before repeats are dropped (`led` is `meetings` through _lead_day), so that a later meeting
    of other days does not swallow it. Only for a meeting told after the lead sentence (or in
    it, when another meeting of its kind is told that day) and alone in its clause: one named
    with another is that one's mention."""
    if lead is None:
        return meetings

    def alone(m: Meeting) -> bool:
        return not any(
            o is not m and o.evidence.start < m.evidence.end and m.evidence.start < o.evidence.end
            for o in meetings
        )

    def held_too(b: Meeting) -> bool:
        # the lead's own meeting, told with its people, when another of its kind is told that
        # day: the one it would be taken for ("… e hoje reuniu-se também com …")
        return any(o.kind == b.kind and o.start == b.start for o in meetings)

    return [
        b
        if b is not a
        and alone(a)
        and (a.evidence.start >= lead[0].end or a.evidence.start >= lead[0].start and held_too(b))
        else a
        for a, b in zip(meetings, led, strict=True)
    ]


def _lead_day(meetings, found, sentences, finder, actor_by_id, lang):
    """The lead tells the day's event ("Sánchez animó este viernes a Xi …"); an undated meeting
    told right after it between the lead's people ("Sánchez y Xi se reunieron durante hora y
    media") happened that day. `found` is _lead_date's (lead, day), or None."""
    if found is None:
        return meetings
    lead, day = found
    people = {
        m[2]
        for m in finder.mention_index.between(lead.start, lead.end)
        if actor_by_id.get(m[2]) is not None and actor_by_id[m[2]].kind == "person"
    }
    parts = _day_parts(lang)
    kinds_that_day = {
        k.kind
        for k in meetings
        # «Dans la soirée, M. Hollande a été reçu par …»: the day's later event, not the one
        # the lead tells
        if fold(k.date_text or "") not in parts
        and k.start == day.value
        or (k.start and k.end and len(k.start) == len(day.value) and k.start <= day.value <= k.end)
    }
    # with no two people in the lead ("China and 10 Pacific island countries failed on Monday
    # to agree …"), the meeting told in the very next sentence is the lead's event, if the
    # lead tells of no meeting of its own
    k = next((i for i, x in enumerate(sentences) if x is lead), None)
    after = sentences[k + 1] if k is not None and k + 1 < len(sentences) else None
    next_one = (
        after
        if len(people) < 2
        and after is not None
        and not any(lead.start <= x.evidence.start < lead.end for x in meetings)
        else None
    )
    background = _background_words(lang)
    out = []
    for m in meetings:
        if (
            m.start is None
            and m.date_text is None
            and m.status == "held"
            and m.kind != "call"
            # "se reunieron por primera vez en Bali": background, not the day's event
            and not (background and background.search(fold(m.evidence.text)))
            and m.evidence.start < lead.start + LEAD_REACH
            and (
                m.kind not in kinds_that_day
                # "X e Y anunciaram hoje …, num encontro …": the lead's own meeting, whatever
                # else was held that day ("e hoje reuniu-se também com …")
                or lead.start <= m.evidence.start < lead.end
                and len(people & set(m.participants)) >= 2
                and not any(
                    k.start == day.value and lead.start <= k.evidence.start < lead.end
                    for k in meetings
                )
            )
            and (
                # one of the lead's people meets someone ("Biden also met Kishida")
                (len(people & set(m.participants)) >= 1 and len(m.participants) >= 2)
                or (next_one is not None and next_one.start <= m.evidence.start < next_one.end)
            )
        ):
            start, end = _ending_on(m, day.value, lang)
            m = replace(m, start=start, end=end, date_text=day.text)
            next_one = None  # one event only
        out.append(m)
    return out


def _ending_on(m: Meeting, day: str, lang: str) -> tuple[str, str | None]:
    """The days of a meeting the lead's day dates: "adopted the declaration at the end of a
    two-day meeting", "The two-day meeting … brought together …": a length told with it ends on
    that day, the day of the outcome the lead reports. A visit ends there only when its words say
    so (an end word, or "after" before the length): a lead tells an arrival as often."""
    evidence = fold(m.evidence.text)
    n, closed = _length(evidence, m.kind, lang)
    if not n or not 2 <= n <= MAX_EVENT_DAYS or len(day) != 10:
        return day, None
    if m.kind == "visit" and not closed:
        ends = _ending_pattern(lang, "end_cues", "")
        if ends is None or not ends.search(evidence):
            return day, None
    return (date.fromisoformat(day) - timedelta(days=n - 1)).isoformat(), day


@cache
def _day_parts(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_lang_file(lang, "dates").get("day_parts", []))


def _day_parts_alone(dates: list[DateExpr], sentences, lang: str) -> list[DateExpr]:
    """A part of the day told alone («Por la tarde, Dilma se reunió con Zuma») dates its
    meeting; in a sentence that tells a day of its own it is no second date ("devait quitter
    Dakar dans la soirée pour Libreville, où il sera reçu vendredi": one meeting, Friday's)."""
    parts = _day_parts(lang)
    if not parts:
        return dates
    starts = [s.start for s in sentences]
    alone = [fold(d.text) in parts for d in dates]
    if not any(alone):
        return dates
    told = {
        bisect.bisect_right(starts, d.start) for d, a in zip(dates, alone, strict=True) if not a
    }
    return [
        d
        for d, a in zip(dates, alone, strict=True)
        if not a or bisect.bisect_right(starts, d.start) not in told
    ]


def _visit_day(meetings: list[Meeting], folded: str, lang: str) -> list[Meeting]:
    """A one-day visit's undated talks: "Obama arrived in Yangon on Monday … Obama met first with
    President Thein Sein" happened that Monday. The meeting is told after the visit, one of its
    people is the visitor, it has no place or the visit's, and nothing tells it as background."""
    visits = [
        v
        for v in meetings
        if v.kind == "visit"
        and v.status != "planned"
        and _day(v.start) is not None
        and v.end in (None, v.start)
        and v.participants
    ]
    if not visits:
        return meetings
    background = _background_words(lang)
    out = []
    for m in meetings:
        if (
            m.start is None
            and m.date_text is None
            and m.status == "held"
            and m.kind in ("meeting", "negotiation")
            and not (background and background.search(folded, m.evidence.start, m.evidence.end))
        ):
            before = [v for v in visits if v.evidence.end <= m.evidence.start]
            v = max(before, key=lambda v: v.evidence.end) if before else None
            if (
                v is not None
                and set(v.participants) & set(m.participants)
                and m.place in (None, v.place)
            ):
                m = replace(m, start=v.start, date_text=v.date_text)
        out.append(m)
    return out


@cache
def _event_day_words(lang: str) -> tuple[tuple[re.Pattern, int], ...]:
    """ "la primera jornada", "the final day", "au deuxième jour": which day of an event a
    phrase names (1, 2, 3, or -1 for the last; -2 and -3 for "the second and final day", "the
    third and last day"), from `event_days` in meetings.toml."""
    table = load_lang_file(lang, "meetings").get("event_days", {})
    out = []
    for key, n in (
        ("second_and_last", -2),
        ("third_and_last", -3),
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("last", -1),
    ):
        words = table.get(key, [])
        if words:
            out.append((re.compile(r"(?<!\w)(?:" + word_alternation(words) + r")(?!\w)"), n))
    return tuple(out)


EVENT_DAY_REACH = 12  # chars between a day and the phrase that says which day of the event it is
# "… day of the …", « … jour d'un … », «… dia da …»: the event whose day a phrase names (folded)
_OF_AN_EVENT = re.compile(r"\s*(?:of|de|del|d'|d’|da|do|du|des)\b")
MAX_EVENT_DAYS = 6  # an event of more days is told with its range


def _event_days(meetings, dates, folded, sentences, lang):
    """A multi-day event told one day at a time: "La cumbre concluyó este domingo … La gran
    noticia había llegado el sábado, en la primera jornada de la cita" is Saturday to Sunday;
    "mardi, au deuxième jour d'une visite d'État" started on Monday."""
    phrases = _event_day_words(lang)
    if not phrases:
        return meetings
    marks: list[tuple[date, int, int]] = []  # (day, which day of the event, where)
    for d in dates:
        day = _day(d.value) if d.granularity == "day" and not d.end_value else None
        if day is None:
            continue
        for rx, n in phrases:
            # right before the day ("concluyó este domingo") or right after it ("el sábado, en
            # la primera jornada"), with a few words at most between
            before = [x for x in rx.finditer(folded, max(0, d.start - 40), d.start)]
            after = rx.search(folded, d.end, d.end + EVENT_DAY_REACH + 90)
            if (
                (before and d.start - before[-1].end() <= EVENT_DAY_REACH)
                or (
                    after is not None
                    and (
                        after.start() - d.end <= EVENT_DAY_REACH
                        # "a démissionné vendredi à N'Djamena, au second jour d'un sommet": further
                        # in the clause, a day of an event named right after it
                        or (
                            not re.search(r"[.;:!?]", folded[d.end : after.start()])
                            and not any(d.end <= o.start < after.start() for o in dates)
                            and _OF_AN_EVENT.match(folded, after.end()) is not None
                        )
                    )
                )
            ):
                marks.append((day, n, d.start))
                break
    if not marks:
        return meetings
    out = []
    # a day told elsewhere is of the article's first summit ("la primera jornada de la cita");
    # any other event takes only the days its own clause tells ("concluyó el jueves su visita")
    summits = [m for m in meetings if m.kind == "summit" and m.start]
    main = min(summits, key=lambda m: m.evidence.start) if summits else None
    for m in meetings:
        one = _day(m.start) if m.start and not m.end else None
        if one is not None and m.kind in ("summit", "negotiation", "visit"):
            start, end = one, None
            own = sentence_of(sentences, m.evidence.start)
            mine = [
                x
                for x in marks
                if m is main
                or m.evidence.start <= x[2] < m.evidence.end
                or (own is not None and own.start <= x[2] < own.end)
            ]
            for day, n, _ in mine:
                gap = (one - day).days
                if n == -1 and 0 < -gap <= MAX_EVENT_DAYS:
                    end = day  # "concluyó el domingo", "the final day"
                elif n == 1 and 0 < gap <= MAX_EVENT_DAYS:
                    start = min(start, day)  # "el sábado, en la primera jornada de la cita"
                elif n > 1 and day == one:
                    start = min(start, one - timedelta(days=n - 1))  # "au deuxième jour"
                elif n < -1 and day == one:
                    # "on the second and final day of a state visit": begun the day before, over
                    # that day
                    start = min(start, one - timedelta(days=-n - 1))
                    end = one
            if end is not None or start != one:
                m = replace(m, start=start.isoformat(), end=(end or one).isoformat())
        out.append(m)
    return out


def _inherit_places(
    meetings: list[Meeting],
    dateline: str | None,
    published: date | None,
    countries: frozenset[str] = frozenset(),
) -> list[Meeting]:
    """A meeting with no place of its own happens where the visit, summit or session around
    it happens ("was in New York from 18 to 22 September … On 19 September he met …"), and a
    meeting held on the filing day or the day before happens in the dateline's city, which
    names it better than the country a visit is to ("Luanda, 17 set (Lusa)" during a visit to
    Angola)."""
    out = []
    for m in meetings:
        if m.place is None and m.start and m.kind != "call":
            host = None
            for c in meetings:
                if c is m or c.place is None or not c.start:
                    continue
                if c.status == "planned" and m.status == "held":
                    continue  # "was due to fly later Friday to Colombo": not where Friday's was
                if c.start <= m.start <= (c.end or c.start) and (
                    c.end or c.kind in ("visit", "summit", "session")
                ):
                    host = c
                    break
            near = (
                _day(m.start) is not None
                and published is not None
                and (0 <= (published - _day(m.start)).days <= 1)
            )
            if host is not None and not (host.place in countries and dateline and near):
                m = replace(m, place=host.place)
            elif dateline and published is not None:
                # the first or last day is the filing day or the day before (a month is neither);
                # a meeting planned for the filing day itself is planned there too
                day, last = _day(m.start), _day(m.end)
                lo = 0 if m.status == "planned" else 1
                if day is not None and any(
                    d is not None and 0 <= (published - d).days <= lo for d in (day, last)
                ):
                    m = replace(m, place=dateline)
        out.append(m)
    return out


@cache
def _here_words(lang: str) -> re.Pattern | None:
    """meetings.toml [places] here_determiners, up to two words, then here_nouns: the city a
    story is filed from ("in this Austrian spa town", «en esta misma ciudad», « dans cette
    ville »), folded."""
    table = load_lang_file(lang, "meetings").get("places", {})
    dets, nouns = table.get("here_determiners", []), table.get("here_nouns", [])
    if not dets or not nouns:
        return None
    return re.compile(
        rf"(?<!\w)(?:{word_alternation([fold(w) for w in dets])})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{word_alternation([fold(w) for w in nouns])})(?!\w)"
    )


def _here_places(meetings: list[Meeting], dateline: str | None, lang: str) -> list[Meeting]:
    """«Kabbah y Sankoh firmaron en esta misma ciudad, el 18 de mayo, un alto el fuego», "talks
    in this Austrian spa town": a meeting with no place of its own, held where the story is
    filed from, takes the dateline's city."""
    rx = _here_words(lang)
    if rx is None or dateline is None:
        return meetings
    return [
        replace(m, place=dateline)
        if m.place is None and m.kind != "call" and rx.search(fold(m.evidence.text))
        else m
        for m in meetings
    ]


def _day(value: str | None) -> date | None:
    """The day of an ISO value; None for a month ("2022-12") or no value."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _join_consecutive_days(text: str, ds: list[DateExpr]) -> list[DateExpr]:
    """ "el viernes y el sábado", "Monday and Tuesday": one meeting over two days, not two."""
    out: list[DateExpr] = []
    for d in sorted(ds, key=lambda d: d.start):
        if (
            out
            and out[-1].value
            and d.value
            and len(out[-1].value) == 10
            and len(d.value) == 10
            and not out[-1].end_value
        ):
            prev = out[-1]
            gap = text[prev.end : d.start]
            try:
                days = (date.fromisoformat(d.value) - date.fromisoformat(prev.value)).days
            except ValueError:
                days = -1
            # "el viernes y el sábado": joined; "el 28 de febrero, el 3 y el 7 de marzo" (a list
            # of separate rounds) is not
            # «na segunda e na terça-feira», "on Monday and on Tuesday" too
            if (
                re.fullmatch(r"\s*(?:y|e|and|et)\s*(?:el|le|the|o|a|na|no|on)?\s*", gap)
                and 1 <= days <= 2
            ):
                out[-1] = DateExpr(
                    prev.start, d.end, text[prev.start : d.end], prev.value, d.value, "day"
                )
                continue
        out.append(d)
    return out


# prepositions that may come after a date and a place: the agent of a passive reception ("was
# received … by", «fue recibido … por»), a journey's destination («réunis mercredi 13 et jeudi
# 14 février à Bruxelles», «viajó el martes por la tarde a Kiev»; folded «à» is "a")
# between a day counted from an event and the event's noun: "la víspera| de la |visita"
_ANCHOR_OF = re.compile(
    r"\s+(?:de la|de los|de las|del|de l'|de|of the|of|du|des|da|do|das|dos)(?:\s+|(?<='))"
)
_FAR_PREPS = grammar_all("far_prepositions")
# participles that also mean "so-called" before a name («la llamada Declaración de Lima»)
_SO_CALLED = grammar_all("so_called")


@cache
def _sidelines(lang: str) -> re.Pattern | None:
    """grammar.toml `sidelines` (folded), as a pattern that ends right before a meeting word."""
    words = [fold(w) for w in grammar_list(lang, "sidelines")]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + word_alternation(words) + r")\s+$")


def _unframed(folded: str, triggers: list[Atom], sentences, lang: str) -> list[Atom]:
    """ "On the sidelines of the summit, Biden and Erdogan held a meeting on Wednesday", «Al
    margen de la cumbre, … han mantenido este miércoles un encuentro»: the meeting noun after a
    sidelines phrase frames the meeting told after it in its sentence, and is no meeting of
    its own there (it would take that meeting's day and people)."""
    rx = _sidelines(lang)
    if rx is None:
        return triggers
    out = []
    for t in triggers:
        if t.type == MEETING_NOUN and rx.search(folded, max(0, t.start - 30), t.start):
            sent = sentence_of(sentences, t.start)
            if sent is not None and any(t.end <= u.start < sent.end for u in triggers):
                continue
        out.append(t)
    return out


def _trigger_ok(
    text: str,
    folded: str,
    a: Atom,
    blockers: dict[str, re.Pattern] | None = None,
    date_starts=frozenset(),
    contracted: dict[str, tuple[str, ...]] | None = None,
    before_blockers: dict[str, re.Pattern] | None = None,
) -> bool:
    """Drop "la llamada «operación limpieza»" (so-called) and heads whose preposition never comes."""
    after = text[a.end : a.end + 3].lstrip()
    if a.type == MEETING_NOUN and after[:1] in '«“"‘':
        return False
    if (
        a.type == MEETING_NOUN
        and after[:1].isupper()
        and folded[a.start : a.end] in _SO_CALLED
        and text[a.end : a.end + 1] == " "
        and not re.match(r" \w+[-–]\w", text[a.end : a.end + 40])  # «la llamada Biden-Putin»
    ):
        return False  # "la llamada Declaración de Lima": the so-called, a name follows
    if a.type == MEETING_NOUN and blockers:
        after_rx = blockers.get(folded[a.start : a.end])
        m = after_rx.match(folded, a.end, a.end + 40) if after_rx is not None else None
        if m and m.end() not in date_starts:
            return False  # "his call for more air defence", «conferencia de prensa»
        # "the call on Friday": the blocker word only opens the call's date
    if a.type == MEETING_NOUN and before_blockers:
        before_rx = before_blockers.get(folded[a.start : a.end])
        if before_rx is not None and before_rx.search(folded, max(0, a.start - 30), a.start):
            return False  # "a press conference", "a news conference": a speech, no meeting
    if a.type == MEETING_VERB and a.payload.needs:
        if a.payload.needs in _FAR_PREPS:
            # «a été reçu lundi 6 mai à l'Élysée par …»: a date and a place may come first
            return a.payload.needs in folded[a.end : a.end + 70].split()[:10]
        near = folded[a.end : a.end + 50].split()[:6]  # "spoke … with", «viajó el martes al»
        # «viajó el martes al Líbano»: the preposition contracted with the article
        forms = (contracted or {}).get(a.payload.needs, (a.payload.needs,))
        if any(w in near for w in forms):
            return True
        # "met for nearly an hour and a half with", «se reunió durante más de una hora con»: a
        # longer adjunct, with no punctuation in it
        if a.payload.needs not in _WITH_WORDS:
            return False
        span = re.split(r"[,;:.()«»\"“”]", folded[a.end : a.end + 80], maxsplit=1)[0]
        return any(w in span.split()[:10] for w in forms)
    return True


def _datelines(text: str, dates: list[DateExpr]) -> set:
    """ "VIENNA, June 24 (Reuters) -", "Bruselas, 19 jul (EFE).-": the filing date, not an event's."""
    out = set()
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        if d.start - line_start > 40:
            continue
        tail = text[d.end : d.end + 30]
        if re.match(r"^\s*(\([^)]{1,25}\))?\s*\.?\s*[-–—]", tail) or re.match(
            r"^\s*\([^)]{1,25}\)", tail
        ):
            out.add(d)
    return out


def _goes_to_place(t: Atom, finder: SubjectFinder, actor_by_id) -> bool:
    """A named place right after the verb, and a person, country or body before it."""
    after = [
        x
        for x in finder.mention_index.between(t.end, t.end + 3)
        if actor_by_id.get(x[2]) is not None and actor_by_id[x[2]].kind in ("place", "country")
    ]
    sub = finder.left_of(t.start)
    return bool(after) and sub is not None and bool(sub.actors)


@cache
def _negated_verb(lang: str) -> re.Pattern | None:
    """A negation right before a meeting verb, one auxiliary or clitic at most between ("had never
    met", "did not meet", «no se reunió»), from `negations` in entities.toml; "not only met"
    («no solo se reunió») still tells a meeting."""
    table = load_lang_file(lang, "entities")
    words = table.get("negations", [])
    if not words:
        return None
    only = table.get("negation_only", [])
    skip = r"(?!(?:" + word_alternation([fold(w) for w in only]) + r")\b)" if only else ""
    return re.compile(
        r"(?<![\w'])(?:" + word_alternation([fold(w) for w in words]) + r")"
        r"(?:\s+" + skip + r"[\w']+)?\s*$"
    )


@cache
def _hosted_thing_pattern(lang: str) -> re.Pattern | None:
    """An article and a lowercase word right after a hosting verb, unless the word is one of
    the people nouns (`[hosted_things]` in meetings.toml): «recebeu a notícia», « a reçu des
    critiques »."""
    table = load_lang_file(lang, "meetings").get("hosted_things", {})
    if not table.get("articles"):
        return None
    people = word_alternation([fold(w) for w in table.get("people", [])])
    return re.compile(
        r"\s+(?:"
        + word_alternation([fold(w) for w in table["articles"]])
        + r")(?:\s+|(?<=')\s*)"
        + (r"(?!(?:" + people + r")(?!\w))" if people else "")
        + r"[a-z]"
    )


def _hosts_a_thing(
    folded: str, t: Atom, pattern: re.Pattern, people_at: set[int], date_end: dict[int, int]
) -> bool:
    """The hosting verb's object is a thing, not someone: "recebeu a notícia" (dates right after
    the verb are skipped: "recebeu ontem a notícia"). A title, a counterpart, a demonym or a name
    there is someone ("recebeu o presidente", "a reçu son homologue")."""
    if t.payload.needs or folded[t.start : t.end].split()[-1] in ("por", "pelo", "pela", "par"):
        return False  # passive: "foi recebido pelo presidente"
    pos = t.end
    while True:
        gap = re.match(r"[\s,]*", folded[pos : pos + 5])
        nxt = pos + (gap.end() if gap else 0)
        if nxt in date_end:
            pos = date_end[nxt]
            continue
        break
    m = pattern.match(folded, pos)
    return m is not None and m.end() - 1 not in people_at


@cache
def _someone_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """meetings.toml [someone_next]: the openers and the people nouns (folded)."""
    table = load_lang_file(lang, "meetings").get("someone_next", {})
    return (
        frozenset(fold(w) for w in table.get("openers", [])),
        frozenset(fold(w) for w in table.get("people", [])),
    )


def _someone_next(
    folded: str, pos: int, someone_at: set[int], date_end: dict[int, int], lang: str
) -> bool:
    """Someone right after a verb (a day between skipped, `date_end` mapping a date's start to
    its end; one opener of [someone_next] in meetings.toml allowed): a person's or group's
    name, a title, a demonym, an unnamed source, or one of the people nouns there ("received
    relatives of the hostages")."""
    openers, people = _someone_words(lang)
    for _ in range(3):
        gap = re.match(r"[\s,]*", folded[pos : pos + 5])
        pos += gap.end() if gap else 0
        if pos in someone_at:
            return True
        if pos in date_end:
            pos = date_end[pos]
            continue
        w = re.match(r"[\w'-]+", folded[pos:])
        if w is None:
            return False
        if w.group() in people or " ".join(folded[pos : pos + 40].split()[:2]) in people:
            return True
        if w.group() not in openers:
            return False
        pos += w.end()
    return False


@cache
def _elliptic_pattern(lang: str) -> re.Pattern | None:
    words = load_lang_file(lang, "meetings").get("elliptic", {}).get("openers", [])
    return re.compile(rf"(?<![\w'])(?:{word_alternation(words)})(?![\w'])") if words else None


def _elliptic_meetings(
    folded: str, triggers: list[Atom], atoms: list[Atom], sentences, lang: str
) -> list[Atom]:
    """«La anterior se celebró en Madrid en mayo de 2010», « La précédente s'était tenue à
    Paris »: an opener of [elliptic] in meetings.toml, opening its sentence or clause, with a
    verb of taking place right after it, stands for the meeting word told last before it (in
    its sentence or the one before): one more meeting of that word's kind."""
    pattern = _elliptic_pattern(lang)
    if pattern is None:
        return triggers
    status_starts = {
        a.start for a in atoms if a.type == STATUS and a.payload in ("held", "planned")
    }
    nouns = [a for a in atoms if a.type == MEETING_NOUN]
    added = []
    replaced: set[int] = set()
    for m in pattern.finditer(folded):
        gap = re.match(r"\s*(?:(?:se|s'|s’)\s*)?", folded[m.end() : m.end() + 6])
        after = m.end() + (gap.end() if gap else 0)
        if not any(x in status_starts for x in (after, m.end() + 1)):
            continue
        sent = sentence_of(sentences, m.start())
        if sent is None or not re.fullmatch(
            r"[\s«“\"(—-]*|.*[,;]\s*", folded[sent.start : m.start()]
        ):
            continue  # an opener inside a clause («la cumbre fue la primera se…») is no subject
        before = [t for t in nouns if sent.start - 400 <= t.start < m.start()]
        if not before:
            continue
        noun = before[-1]
        added.append(Atom(m.start(), m.end(), MEETING_NOUN, noun.payload))
        if noun.start >= sent.start:
            # «retomar a periodicidade das cimeiras; a próxima deverá realizar-se»: the noun
            # the opener stands for, in its own sentence, is that meeting's
            replaced.add(noun.start)
    if not added:
        return triggers
    kept = [t for t in triggers if t.start not in replaced]
    return sorted(kept + added, key=lambda a: (a.start, -a.end))


@cache
def _hosting_verbs(lang: str) -> re.Pattern | None:
    """ "will host", «acogerá», « doit accueillir » ([hosting] verbs in meetings.toml) between a
    place and the meeting noun it hosts: a few words (the noun's determiner and adjectives) and
    no break after the verb (folded, anchored at the noun)."""
    words = load_lang_file(lang, "meetings").get("hosting", {}).get("verbs", [])
    if not words:
        return None
    return re.compile(r"\s+(?:" + word_alternation(words) + r")(?:\s+[\w'’-]+){0,4}?\s+$")


def _hosting_subject(folded: str, trigger: Atom, mentions, actor_by_id, lang: str) -> str | None:
    """The city or country that hosts the meeting noun at `trigger` as the subject of a hosting
    verb right before it («Lima recibirá la próxima cumbre», "Algiers will host the Arab League
    summit", « Alger doit accueillir en mars le sommet »), or None."""
    pattern = _hosting_verbs(lang)
    if pattern is None:
        return None
    before = [x for x in mentions if x[1] <= trigger.start and trigger.start - x[1] <= 180]
    for m in reversed(before):
        a = actor_by_id.get(m[2])
        if a is None or a.kind not in ("place", "country"):
            continue
        # «A República Dominicana, que assume agora a presidência, deverá acolher a próxima
        # cimeira»: a relative clause between the host and its verb
        rel = _HOST_RELATIVE.match(folded, m[1])
        start = rel.end() if rel is not None and rel.end() <= trigger.start else m[1]
        if any(x[0] >= start for x in before if x[0] > m[0]):
            return None  # another name after the host's clause
        if trigger.start - start > 80 or re.search(
            r"[,;:.()«»\"“”]", folded[start : trigger.start]
        ):
            return None
        return a.name if pattern.fullmatch(folded, start, trigger.start) else None
    return None


# ", que assume agora a presidência,", ", which chairs the bloc this year,": a relative clause
# after a host's name (folded)
_HOST_RELATIVE = re.compile(r",\s*(?:que|qui|who|which)\s[^,;:.()«»\"“”]{1,100},")


@cache
def _since_pattern(lang: str) -> re.Pattern | None:
    words = load_lang_file(lang, "meetings").get("elliptic", {}).get("since", [])
    return re.compile(rf"(?<![\w'])(?:{word_alternation(words)})(?![\w'])") if words else None


def _since_that_of(
    folded: str, triggers: list[Atom], atoms: list[Atom], sentences, lang: str
) -> tuple[list[Atom], set[int]]:
    """«la primera visita de un presidente estadounidense desde la de Bill Clinton en octubre de
    1997», « depuis celle de Nicolas Sarkozy en décembre 2007 »: the pronoun after a "since"
    word ([elliptic] since in meetings.toml) stands for the meeting noun told before it in its
    sentence: an earlier meeting of that kind, one more meeting (with the starts of those
    pronouns)."""
    pattern = _since_pattern(lang)
    if pattern is None:
        return triggers, set()
    nouns = [a for a in atoms if a.type == MEETING_NOUN]
    added = []
    for m in pattern.finditer(folded):
        sent = sentence_of(sentences, m.start())
        if sent is None:
            continue
        before = [t for t in nouns if max(sent.start, m.start() - 200) <= t.start < m.start()]
        if not before or any(t.start < m.end() and m.start() < t.end for t in triggers):
            continue  # («tras la celebrada en …»: the participle is a meeting word already)
        added.append(Atom(m.start(), m.end(), MEETING_NOUN, before[-1].payload))
    return sorted(triggers + added, key=lambda a: (a.start, -a.end)), {a.start for a in added}


def _chained_nouns(atoms: list[Atom]) -> list[Atom]:
    """Meeting nouns that overlap in a chain are one noun: «nueva ronda» and «ronda de
    negociaciones» are «nueva ronda de negociaciones», one meeting (the kind of the longest
    link), not «nueva ronda» and a second «negociaciones»."""
    nouns = sorted((a for a in atoms if a.type == MEETING_NOUN), key=lambda a: (a.start, -a.end))
    out = [a for a in atoms if a.type != MEETING_NOUN]
    chain: list[Atom] = []
    chain_end = -1
    for a in [*nouns, None]:
        if a is not None and a.start < chain_end:
            chain.append(a)
            chain_end = max(chain_end, a.end)
            continue
        if chain:
            longest = max(chain, key=lambda x: x.end - x.start)
            out.append(longest._replace(start=chain[0].start, end=chain_end))
        chain, chain_end = ([a], a.end) if a is not None else ([], -1)
    return out


def _hosts_a_meeting(text: str, t: Atom, noun_starts: list[int]) -> bool:
    """A meeting noun follows the hosting verb in its clause, within a few words."""
    k = bisect.bisect_left(noun_starts, t.end)
    return (
        k < len(noun_starts)
        and noun_starts[k] - t.end <= 45
        and not re.search(r"[,;.:()«»“”\"]", text[t.end : noun_starts[k]])
    )


def _dates_a_speech_act(
    folded: str,
    d: DateExpr,
    speech: list[Atom],
    triggers: list[Atom],
    ends: re.Pattern | None = None,
) -> bool:
    """ "Khatibzadeh denied on Monday that …", "said on Thursday": the date of the statement.
    A verb that also ends a meeting (`ends`: «la visita … que concluirá mañana», "which closes
    on Friday") says nothing unless a clause follows the date."""
    for a in speech:
        if not (0 <= d.start - a.end <= 30) or re.search(r"[.;:!?]", folded[a.end : d.start]):
            continue  # only a cue right before the date, in its sentence, can own it
        if a.payload.act not in ("say", "warn", "deny", "announce", "explain", "accuse"):
            continue
        if (
            ends is not None
            and ends.fullmatch(folded, a.start, a.end)
            and not _THAT.match(folded[d.end : d.end + 8].lstrip(" ,"))
        ):
            continue
        if len(folded[a.end : d.start].split()) <= 1:
            # triggers: one sentence; one after "that"/"que" is in what was said
            # ("han concluido este sábado en la ciudad kazaja de Almaty dos jornadas de
            # negociaciones": the meeting is the verb's object, a place between)
            near_trigger = any(
                0 <= d.start - t.end <= 40
                or (0 <= t.start - d.end <= 40 and not _THAT.search(folded, d.end, t.start))
                or (
                    0 <= t.start - d.end <= 90
                    and not _THAT.search(folded, d.end, t.start)
                    and not re.search(
                        r"[,;:.«“\"]|\b(?:y|e|and|et|ou|or)\b", folded[d.end : t.start]
                    )
                )
                for t in triggers
            )
            if not near_trigger:
                return True
    return False


_TRAVEL_MODES = frozenset(("subject_visits_place", "subject_hosts_object"))


@cache
def _noun_blockers(lang: str) -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
    """Per folded meeting noun, the words after it (entities.toml meeting_blockers: «llamada
    a», «conferencia de prensa») and before it (meeting_blockers_before: "press conference")
    that make it something else, each as one pattern."""
    ent = load_lang_file(lang, "entities")
    after: dict[str, list[str]] = {}
    for n, w in ent.get("meeting_blockers", []):
        after.setdefault(fold(n), []).append(w)
    before: dict[str, list[str]] = {}
    for w, n in ent.get("meeting_blockers_before", []):
        before.setdefault(fold(n), []).append(w)
    return (
        {
            n: re.compile(rf"\s*(?:{word_alternation(ws)})(?:\s+|[.,;:!?)]|$)")
            for n, ws in after.items()
        },
        {n: re.compile(rf"(?<![\w'])(?:{word_alternation(ws)})\s+$") for n, ws in before.items()},
    )


@cache
def _clause_after_pattern(lang: str) -> re.Pattern | None:
    """A clause of its own between a meeting word and a day after it ("su último encuentro
    antes de que Trump regrese … el próximo 20 de enero"): that clause's day ([clauses]
    own_day in meetings.toml; folded)."""
    words = load_lang_file(lang, "meetings").get("clauses", {}).get("own_day", [])
    return re.compile(rf"(?<![\w'])(?:{word_alternation(words)})\s") if words else None


@cache
def _part_of_pattern(lang: str) -> re.Pattern:
    """Between a session and the summit it is part of: an optional qualifier ([parts]
    session_qualifiers in meetings.toml: «plenaria», «de apertura»), a preposition with its
    article, two words at most («de la», «da 16ª», "of the annual"; folded)."""
    quals = load_lang_file(lang, "meetings").get("parts", {}).get("session_qualifiers", [])
    qual = rf"(?:\s+(?:{word_alternation(quals)}))?" if quals else ""
    return re.compile(qual + r"\s+(?:de la|del|da|do|de l'|du|de|of the|of)\s*(?:\S+\s+){0,2}")


@cache
def _purpose_pattern(lang: str) -> re.Pattern | None:
    """ "for a", «para una nueva», « pour un nouveau »: a purpose preposition, an article and
    at most two more words, right before a meeting noun ([purpose] in meetings.toml)."""
    preps = load_lang_file(lang, "meetings").get("purpose", {}).get("prepositions", [])
    arts = language_articles(lang)
    if not preps or not arts:
        return None
    return re.compile(
        rf"\s+(?:{word_alternation(preps)})\s+(?:{word_alternation(arts)})"
        rf"(?:(?<=')|\s+)(?:[^\W\d][\w-]*\s+){{0,2}}$"
    )


def _purpose_nouns(folded: str, triggers: list[Atom], lang: str) -> list[Atom]:
    """ "will meet next year in Russia for a new summit", «se reunirán en Rusia para una nueva
    cumbre»: a meeting noun that is the purpose of a meeting verb before it names the verb's
    meeting: one trigger, the verb's, of the noun's kind."""
    rx = _purpose_pattern(lang)
    if rx is None:
        return triggers
    out = list(triggers)
    drop = set()
    for i, t in enumerate(out):
        # a journey or a host ("visited Tokyo for a summit", "is due in Tokyo for a three-day
        # visit") keeps its own place and length: only verbs of meeting
        if t.type != MEETING_VERB or t.payload.participants in _TRAVEL_MODES:
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            n = out[j]
            if n.type != MEETING_NOUN:
                continue
            gap = folded[t.end : n.start]
            if len(gap) <= 80 and not re.search(r"[,;:.()«»\"“”]", gap) and rx.search(gap):
                out[i] = Atom(t.start, t.end, t.type, t.payload._replace(kind=n.payload))
                drop.add(j)
            break
    return [t for k, t in enumerate(out) if k not in drop]


@cache
def _call_manners(lang: str) -> frozenset[str]:
    """meetings.toml [manner] call: the phone or video adverbials ("by phone", «por
    teléfono», « par visioconférence »), folded."""
    manner = load_lang_file(lang, "meetings").get("manner", {})
    return frozenset(fold(w) for w in manner.get("call", []))


def _manner_calls(folded: str, triggers: list[Atom], lang: str) -> list[Atom]:
    """«conversaron el martes por la noche por teléfono», « se sont entretenus mardi par
    téléphone »: a phone or video adverbial later in a meeting verb's clause makes the verb's
    meeting a call; the adverbial is no meeting of its own."""
    manners = _call_manners(lang)
    if not manners:
        return triggers
    out = list(triggers)
    drop = set()
    for i, t in enumerate(out):
        if t.type != MEETING_VERB or t.payload.kind != "meeting":
            continue
        if t.payload.participants in _TRAVEL_MODES:
            continue  # "received him on Monday by video link" is still a hosted meeting
        n = out[i + 1] if i + 1 < len(out) else None
        if n is None or n.type != MEETING_NOUN or folded[n.start : n.end] not in manners:
            continue
        gap = folded[t.end : n.start]
        if len(gap) <= 60 and not re.search(r"[,;:.()«»\"“”]", gap):
            out[i] = Atom(t.start, t.end, t.type, t.payload._replace(kind="call"))
            drop.add(i + 1)
    return [t for k, t in enumerate(out) if k not in drop]


@cache
def _other_events(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(a noun of another event before a date, the date right before such a noun)"""
    nouns = load_lang_file(lang, "meetings").get("other_events", {}).get("nouns", [])
    if not nouns:
        return None
    alt = word_alternation(nouns)
    # "the presidential election on March 29", «la consulta popular marcada para el 8 de
    # agosto»: the noun, then at most three words and no punctuation, then the date
    before = re.compile(rf"(?<![\w'])(?:{alt})(?:\s+[^\W\d][\w'-]*){{0,3}}\s+$")
    # "the Feb. 1 takeover", "the 2008 elections": the date set right before the noun
    after = re.compile(rf"\s+(?:{alt})(?![\w'])")
    return before, after


def _dates_another_event(folded: str, d: DateExpr, triggers: list[Atom], lang: str) -> bool:
    """ "forcing a runoff on 29 March", «el referéndum del 22 de mayo», "the Feb. 1 takeover": a
    date that belongs to an election, a coup, an entry into force (`[other_events]` in
    meetings.toml), no meeting word between them."""
    rxs = _other_events(lang)
    if rxs is None:
        return False
    before, after = rxs
    m = before.search(folded, max(0, d.start - 60), d.start)
    if m is not None and not any(m.start() < t.start < d.start for t in triggers):
        return True
    return after.match(folded, d.end) is not None


def _mode(t: Atom) -> str | None:
    """How a meeting verb finds who meets (`participants` in meetings.toml); None for a noun."""
    return t.payload.participants if t.type == MEETING_VERB else None


def _joint_people(t: Atom, finder, actor_by_id) -> bool:
    """Two people or more, coordinated, are the verb's subject ("Biden, Albanese and Sunak
    unveiled", "Putin y Erdogan acordaron")."""
    sub = finder.left_of(t.start)
    if sub is None or sub.how != "coordinated":
        return False
    people = [a for a in sub.actors if actor_by_id.get(a) and actor_by_id[a].kind == "person"]
    return len(people) >= 2


# a named side, then a conjunction and the other side told by a noun phrase ("and Maoist
# rebels", «y la guerrilla», "and the largest rebel faction in Darfur"), right before the verb
_AND_A_NOUN_PHRASE = re.compile(
    r"\s+(?:and|y|e|et)\s+(?:(?:the|el|la|los|las|le|la|les|o|a|os|as)\s+)?(?:[\w-]+\s+){1,5}"
)


def _two_parties(folded: str, t: Atom, finder, actor_by_id, lang: str) -> bool:
    """Two sides sign: coordinated subjects ("Israel y Emiratos firmaron") or a partner
    after "con/with/avec/com" in the clause ("firmó con Catar")."""
    kinds = ("person", "country", "organization", "group")
    sub = finder.left_of(t.start)
    if (
        sub is not None
        and len([a for a in sub.actors if actor_by_id.get(a) and actor_by_id[a].kind in kinds]) >= 2
    ):
        return True
    if sub is not None and sub.actors and _AND_A_NOUN_PHRASE.fullmatch(folded, sub.end, t.start):
        return True  # "Nepal's government and Maoist rebels signed": one side the text names
    if len(_countries_after_plural_title(folded, t.start, finder, actor_by_id, lang)) >= 2:
        return True  # "Les chefs d'Etat de la Chine, de la Russie, … ont signé"
    if _COUNTED_SUBJECT.search(folded, max(0, t.start - 90), t.start):
        return True  # "Les trois pôles de la vie politique mauritanienne ont signé", "both sides"
    with_ = _WITH.get(lang, ("",))[0]
    m = re.search(r"\b" + re.escape(with_) + r"\s", folded[t.end : t.end + 60]) if with_ else None
    if m is None:
        return False
    pos = t.end + m.end()
    nxt = finder.mention_index.between(pos, pos + 40)
    return (
        bool(nxt)
        and actor_by_id.get(nxt[0][2]) is not None
        and actor_by_id[nxt[0][2]].kind in kinds
    )


@cache
def _agreement_nouns(lang: str) -> re.Pattern | None:
    """meetings.toml [signing] agreement_nouns as a pattern that ends where a participle may
    follow ("the accord, " / «el de cese el fuego definitivo, »), folded."""
    words = [
        fold(w)
        for w in load_lang_file(lang, "meetings").get("signing", {}).get("agreement_nouns", [])
    ]
    if not words:
        return None
    return re.compile(
        r"(?<![\w'])(?:" + word_alternation(words) + r")(?![\w'])"
        r"(?:\s+[^\s,.;:]+){0,5}?\s*,?\s*$"
    )


# where a participle's clause ends: a break, or a relative in it ("an accord concluded with a
# leader who seized full powers in July 2021")
_SIGNING_CLAUSE_END = re.compile(
    r"[;:()]|(?<![\w'])(?:que|qui|dont|which|who|whose|where|donde|cuyo|cuya|onde|cujo|cuja)(?![\w'])"
)


def _passive_signing(folded: str, t: Atom, sentences, dates, finder, actor_by_id, lang) -> bool:
    """An agreement noun (or «el de», « celui ») a few words before the participle, and in the
    participle's clause a date with a month or a day: «Los tratados Torrijos-Carter, firmados
    el 7 de septiembre de 1977 en Washington», "a cessation of hostilities agreement signed in
    Algiers on June 18"."""
    nouns = _agreement_nouns(lang)
    if nouns is None or not nouns.search(folded, max(0, t.start - 60), t.start):
        return False
    sent = sentence_of(sentences, t.start)
    hi = min(sent.end if sent is not None else len(folded), t.end + 90)
    m = _SIGNING_CLAUSE_END.search(folded, t.end, hi)
    clause_end = m.start() if m is not None else hi
    # (a year alone dates a treaty, not the meeting that signed it: "treaties signed in 1977")
    return any(
        t.end <= d.start < clause_end and d.value and d.granularity in ("day", "month")
        for d in dates
    )


@cache
def _ceremony_forms(lang: str) -> frozenset[str]:
    table = load_lang_file(lang, "meetings").get("signing", {})
    return frozenset(fold(w) for w in table.get("ceremony_forms", []))


def _signing_ceremony(folded: str, t: Atom, sent, finder, actor_by_id, lang: str) -> bool:
    """ "Onze pays africains ont signé, dimanche 24 février, à Addis-Abeba, un accord-cadre",
    «Os principais atores guineenses assinaram na sexta-feira em Conacri um acordo»: parties
    told in the plural who sign on a day at a place named in the clause met to sign."""
    if folded[t.start : t.end] not in _ceremony_forms(lang):
        return False
    for x in finder.mention_index.between(t.end, min(sent.end, t.end + 80)):
        a = actor_by_id.get(x[2])
        if a is not None and a.kind == "place":
            return True
    return False


def _forum_heads(lang: str) -> frozenset[str]:
    return frozenset(
        fold(w) for w in load_lang_file(lang, "meetings").get("forums", {}).get("heads", [])
    )


def _forum_after(folded: str, pos: int, finder, actor_by_id, kb_by_actor, heads: frozenset[str]):
    """The forum a verb of attending names after it in its clause ("addressed the U.N.
    Security Council", "participará el 23 de junio en Bruselas en el Consejo de Asuntos
    Exteriores"): the first body named, if the knowledge base knows it as a forum or its name
    opens with a forum word; None otherwise."""
    stop = re.compile(r"[.;:!?«»“”\"]")
    prev = pos
    for x in finder.mention_index.between(pos, pos + 90):
        if stop.search(folded, prev, x[0]):
            return None
        prev = x[1]
        a = actor_by_id.get(x[2])
        if a is None or a.kind in ("place", "country"):
            continue  # "en Bruselas", "the U.N." as a place: the forum may follow
        if a.kind != "organization":
            return None
        entry = kb_by_actor.get(a.id)
        first = fold(folded[x[0] : x[1]].split()[0]) if folded[x[0] : x[1]].split() else ""
        if (entry is not None and entry.forum) or first in heads:
            return a.name
        if folded[x[1] : x[1] + 1] != " ":
            return None
        # "the U.N. Security Council": the body's parent, then the forum itself
    return None


def _attached(folded: str, trigger_end: int, pos: int) -> bool:
    gap = folded[trigger_end:pos].strip()
    return pos >= trigger_end and gap in (
        "",
        "de",
        "del",
        "de la",
        "de los",
        "of",
        "of the",
        "du",
        "de l'",
        "des",
        "do",
        "da",
        "dos",
        "das",
    )


def _near(pos: int, trig: Atom, dist: int) -> bool:
    return abs(pos - trig.end) <= dist or abs(trig.start - pos) <= dist


def _in_between_phrase(folded: str, pos: int, lang: str) -> bool:
    before = folded[max(0, pos - 40) : pos]
    return any(
        re.search(r"\b" + w + r"\s+\S+(\s+\S+)?\s+(y|and|et|e)\s+$", before)
        for w in _BETWEEN.get(lang, ())
    )


def _evidence(text: str, dr: _Draft) -> Span:
    s, e = dr.seg_start, dr.seg_end
    # trim to the trigger's clause when the segment is the whole sentence and long
    while s < e and text[s] in " ,;:":
        s += 1
    while e > s and text[e - 1] in " ,;:.":
        e -= 1
    return Span.of(text, s, e)


def _leaders_of(folded: str, actors: ActorResult, actor_by_id, lang: str):
    """(start, end, people) for "los presidentes de Chile, Argentina y Brasil", "the leaders of
    Japan and South Korea", "les chefs d'État du Mali, du Burkina et du Niger": the holders of
    the title's office in each listed country, when the article names them."""
    titles, pattern = _plural_titles(lang)
    by_code: dict[str, list[tuple[str, str]]] = {}
    for aid, (office, where) in actors.offices.items():
        if office and where and actor_by_id.get(aid) is not None:
            by_code.setdefault(where, []).append((aid, office))
    if not by_code or pattern is None:
        return []
    countries = [
        m for m in actors.mentions if actor_by_id.get(m[2]) and actor_by_id[m[2]].kind == "country"
    ]
    starts = [m[0] for m in countries]
    out = []
    for t in pattern.finditer(folded):
        offices = titles[t.group(1)]
        pos, people, end = t.end(), [], t.end()
        i = bisect.bisect_left(starts, pos)
        while i < len(countries):
            m = countries[i]
            gap = folded[pos : m[0]]
            if not (end == t.end() and _ARTICLE_GAP.fullmatch(gap)) and not _LIST_LINK.fullmatch(
                gap
            ):
                break
            code = actor_by_id[m[2]].country
            people += [aid for aid, office in by_code.get(code, []) if office in offices]
            pos = end = m[1]
            i += 1
        if people:
            out.append((t.start(), end, list(dict.fromkeys(people))))
    return out


# a counted plural subject opening the clause of a signing: «les trois pôles (de …) ont signé»,
# "the two sides signed", «ambas partes firmaron», «as duas partes assinaram»
_COUNTED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\n)(?:les|the|las|los|as|os)?\s*(?:deux|trois|quatre|cinq|two|three|four|five|"
    r"both|dos|tres|cuatro|cinco|ambas|ambos|duas|dois|quatro)\s+[a-z]+"
    r"(?:\s+(?:de|du|des|of|del|da|do|das|dos)\s+[^,.;:]{0,50}?)?\s+(?:ont\s+|have\s+|han\s+|"
    r"hanno\s+|tem\s+|têm\s+)?$"
)


def _countries_after_plural_title(
    folded: str, pos: int, finder, actor_by_id, lang: str
) -> list[str]:
    """The countries a plural title before `pos` lists ("Les chefs d'Etat de la Chine, de la
    Russie, du Kazakhstan … ont signé"), whoever holds the office: the longest list."""
    patterns = [p for p in (_plural_titles(lang)[1], _group_pattern(lang)[1]) if p is not None]
    lo = max(0, pos - 250)
    best: list[str] = []
    for t in (t for p in patterns for t in p.finditer(folded, lo, pos)):
        at, listed = t.end(), []
        for m in finder.mention_index.between(t.end(), pos):
            a = actor_by_id.get(m[2])
            if a is None or a.kind != "country" or m[0] < at:
                break
            gap = folded[at : m[0]]
            first = not listed and (_ARTICLE_GAP.fullmatch(gap) or _TITLE_OF.fullmatch(gap))
            if not (first or (listed and _LIST_LINK.fullmatch(gap))):
                break
            listed.append(m[2])
            at = m[1]
        if len(listed) > len(best):
            best = listed
    return best


_TITLE_OF = re.compile(
    r"\s+(?:de|del|of|du|des|da|do|dos|das|d')\s*(?:(?:la|el|los|las|the|le|les|l'|o|a|os|as)\s*)?"
)
_ARTICLE_GAP = re.compile(r"(?:(?:la|el|los|las|the|le|les|l'|o|a|os|as)\s*)?")
_LIST_LINK = re.compile(
    r"\s*(?:,|\by\b|\be\b|\band\b|\bet\b)\s*(?:(?:de|del|of|da|do|du|des)\s+)?"
    r"(?:(?:la|el|los|las|the|le|les|l'|o|a|os|as)\s*)?"
)


@cache
def _plural_titles(lang: str) -> tuple[dict[str, tuple[str, ...]], re.Pattern | None]:
    """Plural titles of a language (roles' `plural`, generic forms in the plural) → offices,
    and one pattern for "TITLE of": "los presidentes de", "the leaders of", "os chefes de Estado
    de" (folded)."""
    generic, plurals = title_offices(lang)
    titles = {w: o for w, o in generic.items() if w.split()[0].endswith("s")} | plurals
    if not titles:
        return titles, None
    return titles, re.compile(
        r"(?<!\w)(" + word_alternation(titles) + r")\s+(?:de|del|of|of the|des|du|da|do|dos|das)\s+"
    )


# the kinds of meeting a plural group attends as a body ("the leaders met", not "visited")
_GROUP_KINDS = frozenset(("summit", "session", "meeting", "consultation", "negotiation"))
# the offices each kind of `group_subjects` holds (a language-independent ontology of offices)
_GROUP_OFFICES = {
    "heads": frozenset(
        (
            "president",
            "prime_minister",
            "monarch",
            "chancellor",
            "supreme_leader",
            "leader",
            "crown_prince",
            "president_of_council",
            "president_of_commission",
            "secretary_general",
        )
    ),
    "foreign_ministers": frozenset(("foreign_minister",)),
}


# words before a group that make it no subject, or a pair already resolved by the joint subjects
_GROUP_DETERMINERS = grammar_all("group_determiners")
_GROUP_NOT_SUBJECT = grammar_all("group_not_subject")


# "los líderes de la UE", "leaders of the bloc": a group named by what it belongs to
_GROUP_COMPLEMENT = re.compile(r"\s+(?:de|del|of|du|des|da|do|das|dos|d')\b")


@cache
def _group_pattern(lang: str) -> tuple[dict[str, str], re.Pattern | None]:
    """`group_subjects` of a language: folded phrase → kind, and one pattern for them."""
    table = load_lang_file(lang, "meetings").get("group_subjects", {})
    kinds = {fold(w): k for k, words in table.items() for w in words}
    if not kinds:
        return kinds, None
    return kinds, re.compile(r"(?<![\w'])(" + word_alternation(kinds) + r")(?![\w'])")


def _holds(office: str | None, kind: str) -> bool:
    if not office:
        return False
    if kind == "ministers":
        return office.endswith("minister") and office not in ("prime_minister", "chief_minister")
    return office in _GROUP_OFFICES.get(kind, ())


def _group_roster(folded: str, trigger: int, sent, actors: ActorResult, finder, lang: str):
    """ "Los líderes de la Liga Árabe reclamaron … en la cumbre", "Southeast Asian leaders … as
    they met", "Les chefs d'État de la CEDEAO, réunis en sommet": a plural group is the subject
    before the meeting word; its members are the people the article names holding the group's
    offices. A group followed by the countries it lists is left to `_leaders_of`, and a group
    with a person named between it and the meeting word is not that meeting's subject."""
    kinds, pattern = _group_pattern(lang)
    if pattern is None:
        return [], False
    found = None
    for m in pattern.finditer(folded, sent.start, trigger):
        found = m
    if found is None or folded[found.end() : found.end() + 1] == "-":
        return [], False  # "les chefs d'état-major": another noun
    before = folded[max(sent.start, found.start() - 25) : found.start()].split()
    if before and before[-1] in _GROUP_DETERMINERS:
        before = before[:-1]
    if before and (before[-1] in _GROUP_NOT_SUBJECT or before[-1].isdigit()):
        return [], False  # "pelos chefes de Estado", "the two leaders", "with the leaders"
    kind = kinds[found.group(1)]
    between = [x for x in finder.mention_index.between(found.end(), trigger) if x[1] <= trigger]
    if any(finder.kinds.get(x[2]) in ("person", "country") for x in between):
        return [], False
    bare = not _GROUP_COMPLEMENT.match(folded, found.end())
    return [
        aid
        for aid, (office, _where) in actors.offices.items()
        if finder.kinds.get(aid) == "person" and _holds(office, kind)
    ], bare


def _person_behind(text: str, x, finder, actor_by_id):
    """ "People's Republic of China Foreign Minister Wang Yi", "Iran's atomic energy chief
    Mohammad Eslami": the person a country's or body's title introduces, else the mention."""
    a = actor_by_id.get(x[2])
    if a is None or a.kind == "person":
        return x
    for y in finder.mention_index.between(x[1], x[1] + 45):
        if y[2] == x[2]:
            continue  # "(Renamo)": the same body named again
        b = actor_by_id.get(y[2])
        if b is None or b.kind != "person":
            return x
        gap = text[x[1] : y[0]]
        if (
            re.fullmatch(r"(?:['’]s)?(?:\s+[\w.-]+){1,4}\s+", gap)
            and not re.search(r"\b(?:and|y|e|et|with|con|com|avec|on|in|at|en)\b", gap, re.I)
            # «Israel a convite do primeiro-ministro Netanyahu»: a preposition right after the
            # country starts no title ("U.S. Secretary of State John Kerry" does)
            and not re.match(
                r"\s+(?:a|ao|à|au|aux|to|for|by|por|para|pour|de|do|da|du|of)\s", gap, re.I
            )
        ):
            return y
        if _APPOSED_AFTER_BODY.fullmatch(gap) and OF_BEFORE.search(
            finder.folded, max(0, x[0] - 12), x[0]
        ):
            return y  # «o líder da Renamo, Afonso Dhlakama»: the body of a title, then its holder
        return x
    return x


# a passive's agent after a meeting verb (or its preposition ending the verb's form): a time of
# day or two before it, a title after it
_AGENT_PREPS = grammar_all("agent_prepositions")
_AGENT_GAP = re.compile(
    r"\s+((?:[\w']+\s+){0,3}?(?:" + "|".join(sorted(_AGENT_PREPS)) + r")\s+)?"
    r"(?:(?:the|el|la|o|a|le|l')\s*)?(?:[\w'-]+\s+){0,3}"
)


# ", ", " (Renamo), ": between a title's body and the name of the person holding the title
_APPOSED_AFTER_BODY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*")


@cache
def _party_nouns(lang: str) -> re.Pattern | None:
    """`party_nouns` of a language: "counterparts", «homólogos», «autorités» (folded)."""
    words = load_lang_file(lang, "meetings").get("party_nouns", {}).get("words", [])
    if not words:
        return None
    return re.compile(r"(?:" + word_alternation(words) + r")(?![\w'])")


_PARTY_DETERMINER = re.compile(
    r"\s*(?:(?:his|her|their|its|the|su|sus|el|la|los|las|ses|son|sa|leurs|leur|le|les|"
    r"seus|suas|seu|sua|os|as|o|a)\s+|l')?"
)
_DEMONYM_LINK = re.compile(r"\s*(?:,|,?\s*(?:and|y|e|et))\s*")


def _demonym_parties(folded: str, pos: int, demonyms: SpanIndex, finder, lang: str) -> list:
    """ "talks with Australian ministers", "met his British, French and German counterparts",
    «con las autoridades iraníes», «avec ses homologues européens»: the countries whose people
    are named only by their adjective, right after `pos` (their codes). A name after the noun
    ("his French counterpart, Jean-Yves Le Drian") is that person, left to the caller."""
    return _demonym_run(folded, pos, demonyms, finder, lang)[0]


def _demonym_run(folded: str, pos: int, demonyms: SpanIndex, finder, lang: str) -> tuple[list, int]:
    """_demonym_parties' countries, and where their noun phrase ends."""
    nouns = _party_nouns(lang)
    if nouns is None:
        return [], pos
    p = _PARTY_DETERMINER.match(folded, pos).end()
    noun = nouns.match(folded, p)
    cur = noun.end() if noun else p
    run = []
    for d in demonyms.between(cur, cur + 80):
        if d.start < cur:
            continue
        gap = folded[cur : d.start]
        if not (_DEMONYM_LINK.fullmatch(gap) if run else not gap.strip()):
            break
        run.append(d)
        cur = d.end
    if not run:
        return [], pos
    if noun is None:
        # the adjectives first: the noun must follow ("Australian ministers")
        noun = nouns.match(folded, cur + 1) if folded[cur : cur + 1] == " " else None
        if noun is None:
            return [], pos
        cur = noun.end()
    for x in finder.mention_index.between(cur, cur + 50):
        # "la ministra argentina de Seguridad, Patricia Bullrich": the title of a person
        if finder.kinds.get(x[2]) == "person" and not re.search(
            r"[.;:]|\b(?:and|y|e|et)\b", folded[cur : x[0]]
        ):
            return [], pos
    return [d.payload for d in run], cur


def _listed_after(text: str, first, finder: SubjectFinder, actor_by_id, limit: int) -> list:
    """ "met President Vo Van Thuong, Prime Minister Pham Minh Chinh and …", "hosted Abbas and
    Jordan's King Abdullah": the names listed after `first`, up to the list's last conjunction
    ("met Putin, Biden said" lists nobody after Putin)."""
    chain, links = [first], []
    cur = first
    for y in finder.mention_index.between(first[1], limit):
        if y[0] < cur[1]:
            continue
        a = actor_by_id.get(y[2])
        if a is None or a.kind not in ("person", "country", "organization", "group"):
            break
        link = list_link(text[cur[1] : y[0]], person=a.kind == "person")
        if link is None or starts_clause(text, y[1]):
            break
        cur = _person_behind(text, y, finder, actor_by_id)
        chain.append(cur)
        links.append(link)
    while links and links[-1] != "conj":
        links.pop()
        chain.pop()
    return chain


def _participants(
    text,
    folded,
    dr: _Draft,
    finder: SubjectFinder,
    actors: ActorResult,
    actor_by_id,
    kb_by_actor,
    lang,
    sentences,
    pronouns: SpanIndex,
    demonyms: SpanIndex,
    speech: SpanIndex,
) -> list[str]:
    out: list[str] = []

    parties: list[str] = []  # countries named by their people's adjective, added last

    def add_parties(codes: list[str]) -> None:
        for code in codes:
            country = next(
                (x for x in actors.actors if x.kind == "country" and x.country == code), None
            )
            if country is not None:
                parties.append(country.id)

    def add_countries(pos: int) -> None:
        add_parties(_demonym_parties(folded, pos, demonyms, finder, lang))

    def add(aid: str) -> None:
        a = actor_by_id.get(aid)
        if a is None:
            return
        if a.kind == "place":
            # a capital stands for its government when it takes part
            entry = kb_by_actor.get(aid)
            code = entry.capital_of if entry is not None else None
            if not code:
                return
            country = next(
                (x for x in actors.actors if x.kind == "country" and x.country == code), None
            )
            if country is None:
                return
            aid = country.id
        if a.name in (dr.place, dr.forum):
            return
        if aid not in out:
            out.append(aid)

    t = dr.trigger
    sent = sentence_of(sentences, t.start)
    # the subject of the clause ("Putin y Biden discutieron … durante su llamada")
    sub = finder.left_of(t.start)
    if t.type == MEETING_VERB and sent is not None:
        sub = _verb_subject(folded, t, sent, sub, finder, pronouns, dr.date) or sub
    elif (
        sent is not None
        and (verb := _governing_verb(text, folded, t, sent, finder, lang, speech)) is not None
    ):
        # "Putin, el primer jefe del Kremlin que pisa Cuba …, mantuvo … una ronda de
        # conversaciones", «No domingo, teve uma longa reunião com Ahmadinejad»: the subject of
        # the verb whose object the meeting noun is
        at = Atom(verb, verb, MEETING_VERB, None)
        sub = (
            finder.left_of(verb)
            or _verb_subject(folded, at, sent, None, finder, pronouns, dr.date)
            or sub
        )
    listed = _countries_after_plural_title(folded, t.start, finder, actor_by_id, lang)
    if len(listed) >= 2 and (sub is None or set(sub.actors) <= set(listed)):
        # "Les chefs d'Etat de la Chine, de la Russie, … ont signé": every country listed
        for aid in listed:
            add(aid)
    elif sub is not None:
        for aid in sub.actors:
            add(aid)
    elif (
        sent is not None
        and t.type == MEETING_VERB
        and (run := _demonym_run(folded, sent.start, demonyms, finder, lang))[0]
        and len(folded[run[1] : t.start].split()) <= 1
    ):
        # "Russian and Ukrainian negotiators met …", «Negociadores rusos y ucranianos se
        # reunieron …»: the countries whose people open the sentence as the verb's subject
        add_parties(run[0])
    elif sent is not None:
        # "Los líderes de la UE y de la CELAC cerraron la cumbre": the bodies named before the verb
        for x in finder.mention_index.between(max(sent.start, t.start - 300), t.start):
            if actor_by_id.get(x[2]) and actor_by_id[x[2]].kind in (
                "person",
                "country",
                "organization",
                "group",
            ):
                add(x[2])
                if len(out) >= 6:
                    break
    # the object right after a meeting verb: "met Zelensky", "recibió a Borrell", "met his
    # German counterpart Heiko Maas", "met Iran's atomic energy chief Mohammad Eslami"
    if t.type == MEETING_VERB:
        add_countries(t.end)
        for x in finder.mention_index.between(t.end, t.end + 60):
            gap = folded[t.end : x[0]].split()
            person = actor_by_id.get(x[2]) is not None and actor_by_id[x[2]].kind == "person"
            if (
                (
                    len(gap) <= 2
                    and all(
                        w in ("a", "al", "the", "el", "la", "su", "his", "her", "its", "their", "à")
                        for w in gap
                    )
                )
                or (
                    gap
                    and (
                        gap[0] in ("the", "his", "her", "its", "their", "su", "sus", "a", "al", "à")
                        # "met Russian President Vladimir Putin": a title before the name
                        or text[x[0] - 1 : x[0]] == " "
                        and all(w[:1].isupper() for w in text[t.end : x[0]].split())
                    )
                    and len(gap) <= 5
                    and person
                    # «conversó con el primer ministro británico, Boris Johnson», "met their
                    # Japanese counterparts, Fumio Kishida and …": a title set off by a comma
                    and not re.search(r"[;.]|,(?!\s*$)|\b(?:and|y|e|et)\b", folded[t.end : x[0]])
                )
                # «será recebido pelo imperador Akihito», "was received on Monday by King
                # Abdullah": the passive's agent
                or (
                    person
                    and (m_agent := _AGENT_GAP.fullmatch(folded, t.end, x[0])) is not None
                    and (
                        m_agent.group(1) is not None
                        or folded[t.start : t.end].rsplit(" ", 1)[-1] in _AGENT_PREPS
                    )
                    and not re.search(r"\b(?:and|y|e|et)\b", folded[t.end : x[0]])
                )
            ):
                first = _person_behind(text, x, finder, actor_by_id)
                listed = _listed_after(text, first, finder, actor_by_id, t.end + 300)
                for y in listed:
                    add(y[2])
                if len(listed) == 1 and "," in folded[t.end : x[0]]:
                    # "recebeu a presidente argentina, Cristina Kirchner, o uruguaio Mujica e
                    # …": a list of titled names the list reader does not follow; the people
                    # after the verb in the meeting's clause
                    for y in finder.mention_index.between(x[1], dr.seg_end):
                        if actor_by_id.get(y[2]) and actor_by_id[y[2]].kind == "person":
                            add(y[2])
            break
    # "entre X y Y" / "between X and Y" / "con X" / "with X" after the trigger
    after = folded[t.end : min(sent.end if sent else len(text), t.end + 120)]
    for w in _BETWEEN.get(lang, ()) + _WITH.get(lang, ()):
        m = re.match(r"^\s*(?:\S+\s+){0,3}?" + re.escape(w) + r"\s", after)
        if m:
            pos = t.end + m.end()
            add_countries(pos)
            chain = finder.mention_index.between(pos, pos + 80)
            prev_end = pos
            for x in chain:
                gap = text[prev_end : x[0]]
                if prev_end != pos and not re.fullmatch(
                    r"\s*(,|y|e|and|et|&)\s*(?:(?:el|la|los|las|the|le|les|su|sus|his|her|its|their|homólogo|counterpart)\s+)*",
                    gap.strip() and " " + gap.strip() + " " or " ",
                ):
                    if gap.strip() not in (
                        ",",
                        "y",
                        "e",
                        "and",
                        "et",
                    ) and not (
                        _AND_WITH_TITLE.fullmatch(folded[prev_end : x[0]])
                        or (
                            actor_by_id.get(x[2]) is not None
                            and list_link(
                                text[prev_end : x[0]],
                                person=actor_by_id[x[2]].kind == "person",
                            )
                            == "conj"
                            and not starts_clause(text, x[1])
                        )
                    ):
                        break
                if prev_end == pos and len(gap.split()) > 4:
                    break
                y = _person_behind(text, x, finder, actor_by_id)
                add(y[2])
                prev_end = y[1]
            break
    # "the African Union-European Union summit", "la cumbre UE-CELAC", "the US-China talks":
    # the bodies or countries joined by a hyphen next to the meeting word meet
    for lo, hi in ((t.start - 60, t.start), (t.end, t.end + 40)):
        pair = [
            x
            for x in finder.mention_index.between(max(0, lo), hi)
            if actor_by_id.get(x[2]) is not None
            and actor_by_id[x[2]].kind in ("country", "organization", "group")
        ]
        for a, b in zip(pair, pair[1:], strict=False):
            if re.fullmatch(r"\s*[-–]\s*", text[a[1] : b[0]]) and (
                re.fullmatch(r"[\s'’s]*(?:\w+\s+)?", text[b[1] : t.start])
                if hi == t.start
                else re.fullmatch(r"\s*(?:de|del|of|entre)?\s*", text[t.end : a[0]])
            ):
                add(a[2])
                add(b[2])
    if not out and t.type != MEETING_VERB:
        # "Au cours de leur entretien en tête-à-tête, les deux présidents …", "their talks":
        # a plural possessor owns the meeting: the two people the passage is about
        before = folded[max(0, t.start - 14) : t.start].split()
        if before and before[-1] in _PLURAL_OWNERS.get(lang, ()):
            for aid in finder.last_two(t.start):
                add(aid)
    if not out:
        dr.weak = True
    if len(out) < 2:
        # people in the meeting's segment, then (with nobody yet) in the sentence; else the
        # governments and bodies named there ("la cumbre entre la UE y la CELAC")
        lo, hi = max(dr.seg_start, t.start - 400), min(dr.seg_end, t.end + 400)
        spans = [(lo, hi)]
        if not out and sent is not None:
            spans.append((max(sent.start, t.start - 400), min(sent.end, t.end + 400)))
        for kinds in (("person",), ("country", "organization", "group")):
            for lo, hi in spans:
                for x in finder.mention_index.between(lo, hi):
                    if actor_by_id.get(x[2]) and actor_by_id[x[2]].kind in kinds:
                        add(x[2])
                if out:
                    break
            if out:
                break
    for aid in parties:
        add(aid)
    if dr.forum is not None and dr.kind in ("summit", "session"):
        # "the Security Council's session", "the G20 summit": the body whose meeting it is takes
        # part; a meeting on its sidelines is only of the people who meet
        body = next(
            (a for a in actors.actors if a.name == dr.forum and a.kind == "organization"), None
        )
        if body is not None and body.id not in out:
            out.append(body.id)
    return out


@cache
def _copulas(lang: str) -> frozenset[str]:
    """`copulas` of a language (folded): "was", «fue», «était»."""
    words = load_lang_file(lang, "meetings").get("copulas", {}).get("words", [])
    return frozenset(fold(w) for w in words)


# words that open a noun phrase besides the articles: possessives, quantifiers, contractions
# of a preposition and an article (a preposition before the phrase: «del primer encuentro»)
_NP_OPENERS = grammar_all("np_openers")
# kinds and statuses that, with no date at all, are on the samples mostly a mention and not a
# meeting of their own (a part of another meeting, an institution's business, "the summit"
# named again, talks whose tense nothing tells): fewer than four in ten were gold meetings; a
# past visit with its place and two parties is kept (find_meetings)
_UNDATED_NOT_MEETINGS = frozenset(
    (
        ("session", "held"),
        ("summit", "held"),
        ("summit", "unknown"),
        ("visit", "held"),
        ("negotiation", "unknown"),
        ("consultation", "unknown"),
        ("call", "planned"),
        ("call", "unknown"),
    )
)


def _governing_verb(
    text: str, folded: str, t: Atom, sent, finder: SubjectFinder, lang: str, speech: SpanIndex
):
    """Where the finite verb stands whose object the meeting noun at `t` is ("held several
    hours of talks", «mantuvo en el Palacio … una ronda de conversaciones», «teve uma longa
    reunião»): the last finite verb before the noun in its sentence, a few words before it,
    with no clause break and no party but a place between. None when there is none."""
    lo = max(sent.start, t.start - 70)
    starts, cues = tense_cues(text, lang)
    i = bisect.bisect_left(starts, t.start) - 1
    while i >= 0 and starts[i] >= lo:
        s, e, tense = cues[i]
        if tense in INFINITIVES:
            i -= 1
            continue
        between = folded[e : t.start]
        words = between.split()
        if (
            e > t.start
            or re.search(r"[,;:()«»\"“”]", between)
            or len(words) > 8
            or set(folded[s:e].split()) & _copulas(lang)
            or set(words) & set(relative_words(lang))
            or any(a.start < e and s < a.end for a in speech.between(s - 30, e))
        ):
            # "This was his fourth visit", "said (that) the talks …": no object
            return None
        # the noun phrase of the meeting noun: back over its adjectives to its determiner
        k = len(words)
        while k > 0 and words[k - 1] not in _ARTICLES and words[k - 1] not in _NP_OPENERS:
            k -= 1
        preps = prepositions(lang)
        if k == 0:
            before = words[0] if words else ""  # no determiner: "held lengthy talks"
        elif words[k - 1] in _ARTICLES:
            before = words[k - 2] if k > 1 else ""
        else:
            before = words[k - 1] if words[k - 1] in preps else (words[k - 2] if k > 1 else "")
        if before in preps:
            # "collapsed in May after a round of talks", «Se trató del primer encuentro»: a
            # complement, not the verb's object
            return None
        if any(
            finder.kinds.get(x[2]) not in (None, "place") for x in finder.mentions_in(e, t.start)
        ):
            return None
        return s
    return None


# what may stand between a subject pronoun and its meeting verb: "he then met", "il a ensuite"
_PRONOUN_GAP = re.compile(r"\s*(?:[\w']+\s+){0,2}")
# a second verb of the sentence's subject: "…, y se reunió después con …", "and then met …"
_SECOND_VERB = re.compile(r"(?:,\s*|\s)(?:y|e|and|et)\s+(?:[\w']+\s+)?$")


# the articles of Spanish and Portuguese only (English and French ones are not tested here)
_ARTICLES = grammar("es", "articles") | grammar("pt", "articles")


def _verb_subject(
    folded: str,
    t: Atom,
    sent,
    sub,
    finder: SubjectFinder,
    pronouns: SpanIndex,
    day: DateExpr | None = None,
):
    """Who a meeting verb's subject is when no name stands right before it: "he held a
    meeting" (the person the pronoun stands for), "… fue recibido por Zhao Leji, y se reunió
    después con Li Qiang" (the sentence's subject, not the last name), "Posteriormente ha
    hablado con …" (a sentence without a subject: the previous sentence's)."""
    before = [
        p
        for p in pronouns.between(max(sent.start, t.start - 25), t.start)
        if p.end <= t.start and p.payload in ("m", "f")  # "they meet": a group, not one person
    ]
    if before and _PRONOUN_GAP.fullmatch(folded, before[-1].end, t.start):
        # "Ele também se reuniu com Kishida": the previous sentence's subject first
        who = pronoun_referent(before[-1], finder.previous_subject(t.start), finder)
        if who:
            return Subject((who,), before[-1].start, before[-1].end, "pronoun")
    if (
        sub is not None
        and sub.actors
        and _SECOND_VERB.search(folded, max(sent.start, t.start - 30), t.start)
    ):
        head = finder.opening_subject(sent.start, t.start)
        if head is not None and head[2] not in sub.actors:
            group = finder.coordinated(head, min(t.start, head[1] + 80))
            return Subject(group, head[0], head[1], "coordinated-verb")
    opening = folded[sent.start : t.start]
    if day is not None and sent.start <= day.start and day.end <= t.start:
        # «El domingo se reunió con …»: the meeting's own day opens the sentence, no subject
        opening = folded[sent.start : day.start] + folded[day.end : t.start]
    opening = opening.replace(",", " ").split()
    if (
        sub is None
        and null_subject(finder.lang)
        and len(opening) <= 3
        and not set(opening) & _ARTICLES
        and not finder.mentions_in(sent.start, t.start)
    ):
        prev = finder.previous_subject(t.start)
        if prev and finder.kinds.get(prev[0]) == "person":
            return Subject(prev, t.start, t.start, "previous")
    return None


def _planned_ahead(
    d: DateExpr | None, start: str | None, end: str | None, published: date | None
) -> tuple[str | None, str | None]:
    """A meeting a word tells as planned («le sommet prévu à Nice du 31 mai au 1er juin»), dated
    by a day or month written without its year that fell before the report (the clause around
    it told in the past: «Sarkozy a invité Kagame au sommet prévu …»): the next one, a year on."""
    if (
        d is None
        or published is None
        or not start
        or d.shift is not None
        or re.search(r"\d{4}", d.text)
        or not (re.search(r"\d", d.text) or d.granularity == "month")
        or start >= published.isoformat()[: len(start)]
    ):
        return start, end

    def ahead(value: str | None) -> str | None:
        return None if value is None else f"{int(value[:4]) + 1:04d}{value[4:]}"

    moved = ahead(start)
    if moved is None or moved > (published + timedelta(days=366)).isoformat()[: len(moved)]:
        return start, end
    return moved, ahead(end)


def _status(
    text: str, dr: _Draft, status_atoms: list[Atom], published: date | None, lang: str
) -> str:
    lo, hi = dr.seg_start, dr.seg_end
    cues = [a.payload for a in status_atoms if lo <= a.start < hi]
    if "cancelled" in cues:
        return "planned" if "planned" in cues else "held"
    if "planned" in cues and "held" not in cues:
        return "planned"
    if "held" in cues and "planned" not in cues:
        return "held"
    if dr.date is not None and dr.date.value and published is not None and len(dr.date.value) == 10:
        try:
            d = date.fromisoformat(dr.date.value)
        except ValueError:
            d = None
        if d is not None:
            if d > published:
                return "planned"
            if d < published:
                return "held"
    if dr.date is not None and dr.date.value and published is not None and len(dr.date.value) == 7:
        month = published.isoformat()[:7]
        if dr.date.value > month:
            return "planned"
        if dr.date.value < month:
            return "held"
    tense = clause_tense(text, dr.trigger.start, dr.trigger.end, lang)
    if tense in ("future", "conditional"):
        return "planned"
    if tense == "past":
        return "held"
    return "unknown"


def _merge(
    meetings: list[Meeting],
    fresh: set[int] = frozenset(),
    guessed: set[int] = frozenset(),
    told: set[int] = frozenset(),
    stated: set[int] = frozenset(),
    apart: set[int] = frozenset(),
    unnamed: set[int] = frozenset(),
    ends: re.Pattern | None = None,
    aside: set[int] = frozenset(),
    earlier: set[int] = frozenset(),
    lang: str | None = None,
) -> list[Meeting]:
    """One real meeting is one entry: drop repeats of a meeting already listed.

    A dated meeting repeats another with the same kind and dates. An undated one (no date
    words at all) repeats a listed meeting of the same kind (same place or none, or shared
    participants), or any meeting whose evidence it overlaps ("se reunieron … para
    reactivar el diálogo").
    """
    by_kind: dict[str, list[Meeting]] = {}
    for m in meetings:
        if m.start or m.date_text:
            by_kind.setdefault(m.kind, []).append(m)
    seen_dates: dict[tuple, list[Meeting]] = {}
    kept: list[Meeting] = []
    filled: dict[int, str] = {}  # a kept meeting's place, told by a repeat
    spans: dict[int, tuple] = {}  # a kept meeting's days, told by a repeat
    held_at_places = {k.place for k in meetings if k.kind in _HELD_AT and k.place and k.start}
    # the words that open a meeting ([duration] start_cues)
    starts = _ending_pattern(lang, "start_cues", r"(?!\w)") if lang else None
    max_end = -1
    for m in sorted(meetings, key=lambda m: (m.evidence.start, not (m.start or m.date_text))):
        if (id(m) in told or id(m) in guessed) and m.start and m.end and len(m.start) == 10:
            # "The summit, which ran from Monday to Friday": the summit listed on one of those
            # days, named again with all its days
            host = _one_day_host(kept, m, lambda m, k: m.start <= k.start <= m.end)
            if host is not None:
                spans[id(host)] = (m.start, m.end, m.date_text)
                continue
        if (
            id(m) in told
            and ends is not None
            and m.kind in _HELD_AT
            and m.start
            and len(m.start) == 10
        ):
            # "La cumbre concluirá este jueves": the summit listed on Wednesday ends that day
            host = _one_day_host(
                kept, m, lambda m, k: 0 < (_day(m.start) - _day(k.start)).days <= MAX_EVENT_DAYS
            )
            if host is not None and ends.search(fold(m.evidence.text)):
                spans[id(host)] = (host.start, m.start, host.date_text)
                continue
        if (
            m.kind == "visit"
            and ends is not None
            and m.start
            and len(m.start) == 10
            and not m.end
            and m.date_text
        ):
            # "Biden chegou a Luanda na segunda-feira …, para uma visita que termina hoje": the
            # visit of the arrival's day, in the same sentence, ends on the day its end word tells
            ev = fold(m.evidence.text)
            at = ev.find(fold(m.date_text))
            host = _one_day_host(
                kept,
                m,
                lambda m, k: (
                    0 < (_day(m.start) - _day(k.start)).days <= MAX_EVENT_DAYS
                    and k.evidence.start < m.evidence.end
                    and m.evidence.start < k.evidence.end
                ),
            )
            if host is not None and at > 0 and ends.search(ev, max(0, at - 30), at):
                spans[id(host)] = (host.start, m.start, f"{host.date_text} … {m.date_text}")
                continue
        if (
            id(m) in told
            and starts is not None
            and m.kind in _HELD_AT
            and m.start
            and len(m.start) == 10
            and not m.end
        ):
            # "Le sommet s'était ouvert jeudi" after the lead's summit ended on Friday: the
            # summit listed on its last day began that day
            host = _one_day_host(
                kept, m, lambda m, k: 0 < (_day(k.start) - _day(m.start)).days <= MAX_EVENT_DAYS
            )
            if (
                host is not None
                and id(host) not in spans
                and starts.search(fold(m.evidence.text))
                and ends is not None
                and ends.search(fold(host.evidence.text))
            ):
                spans[id(host)] = (m.start, host.start, f"{m.date_text} … {host.date_text}")
                continue
        if (
            id(m) in told
            and lang is not None
            and ends is not None
            and m.kind in _HELD_AT
            and not (m.start or m.date_text)
        ):
            # "A cimeira, que decorreu durante dois dias, …" after the lead's summit closed
            # yesterday: the summit listed on its last day ran the days told
            host = _one_day_host(kept, m, lambda m, k: ends.search(fold(k.evidence.text)))
            n = _length(fold(m.evidence.text), m.kind, lang)[0] if host is not None else None
            if host is not None and id(host) not in spans and n and 2 <= n <= 14:
                first = _day(host.start) - timedelta(days=n - 1)
                spans[id(host)] = (first.isoformat(), host.start, host.date_text)
                continue
        if id(m) in told and any(
            (k.kind == m.kind or (m.kind == "meeting" and not m.date_text))
            and (_same_days(m, k) or not _written_date(m))
            for k in kept
        ):
            # "The call comes at a precarious moment": the call listed ("The meeting, hosted by
            # Abe, …" after the summit: a meeting named so with no date is any meeting told);
            # but "La mesa de diálogo fue reinstalada el 21 de noviembre de 2022" names a round
            # of another date
            continue
        if id(m) in apart:
            # "habló con Moon y con Abe": two calls, neither a repeat of the other
            if m.start or m.date_text:
                seen_dates.setdefault((m.kind, m.start, m.end, m.date_text), []).append(m)
        elif m.start or m.date_text:
            key = (m.kind, m.start, m.end, m.date_text)
            same = None
            if id(m) in guessed and m.start:
                # "na abertura da cúpula, no domingo": the summit of that day, named again
                same = next((k for k in kept if (k.kind, k.start, k.end) == key[:3]), None)

            # the same day and kind is the same meeting, unless both name who meets and
            # nobody is in both ("X se reunió ayer con Faurie" during the ministers' meeting)
            same = same or next(
                (
                    k
                    for k in seen_dates.get(key, [])
                    if not (m.participants and k.participants)
                    or id(m) in guessed
                    or (id(k) in guessed and not (id(m) in stated and _other_pair(m, k)))
                    or (set(m.participants) & set(k.participants) and not _other_pair(m, k))
                ),
                None,
            )
            if same is not None:
                # the repeat may say where it is held: "… viajará a Abu Dabi, donde …"
                if same.place is None and m.place is not None:
                    filled[id(same)] = m.place
                continue
            seen_dates.setdefault(key, []).append(m)
        elif id(m) in fresh:
            pass  # "volverán a reunirse", "a second round": a new meeting, never a repeat
        else:
            if m.kind == "visit" and m.place is not None and m.place in held_at_places:
                continue  # "viajaron a Berlín": the trip to the conference held there
            # "Se reunieron en Ginebra … han acordado volver a reunirse antes de final de año":
            # a mention never repeats a new meeting told after it
            same_kind = [
                k
                for k in by_kind.get(m.kind, [])
                if not (id(k) in fresh and k.evidence.start > m.evidence.start)
                and id(k) not in earlier  # "the first summit since the one in Berlin"
            ]
            if (
                kept
                and not (m.place or m.forum)
                and (
                    id(m) in unnamed
                    or (id(m) in guessed and not m.participants and m.kind in _TALK_KINDS)
                )
            ):
                continue  # "la conversation a porté sur …": the talks of a meeting told before
            if id(m) in guessed and any(
                set(m.participants) & set(k.participants)
                for k in kept
                if k.participants and id(k) not in aside
            ):
                continue  # "after their talks", "the visit would help": a meeting told before
            if any(_repeats(m, k) for k in same_kind) and not (
                id(m) in stated
                and m.evidence.start >= max_end
                and all(_other_pair(m, k) for k in same_kind if _repeats(m, k))
            ):
                continue  # "al margen de la cumbre": the summit already listed
            if m.evidence.start < max_end and (
                id(m) in guessed
                or not m.participants
                or any(
                    set(m.participants) <= set(k.participants)
                    or set(k.participants) <= set(m.participants)
                    for k in kept
                    if k.evidence.end > m.evidence.start
                )
            ):
                continue  # the same sentence's meeting named again, unless others meet
            by_kind.setdefault(m.kind, []).append(m)
        kept.append(m)
        if id(m) not in aside:
            # ("their first meeting since November, when they met …": the meeting of the
            # "when" clause covers no other of its sentence)
            max_end = max(max_end, m.evidence.end)
    out = [replace(k, place=filled[id(k)]) if id(k) in filled else k for k in kept]
    return [
        replace(k, start=spans[id(k)][0], end=spans[id(k)][1], date_text=spans[id(k)][2])
        if id(k) in spans
        else k
        for k in out
    ]


# what may stand between a visit's word and the place visited (folded): "visitó Rabat",
# "visit to Kyiv", «viajará a Pekín», «visita ao Brasil», « visite au Mali », « aux États-Unis »
_TO_DESTINATION = frozenset(("",)) | grammar_all("to_destination")


# the kinds whose noun, named again with nobody, names the talks of any meeting told before
# ("the talks", «la conversa», «les discussions», "boycott sessions"); a summit or a visit
# named so is its own event
_TALK_KINDS = frozenset(("call", "meeting", "negotiation", "consultation", "session"))

# how far after a meeting word a country it is held in may be named (after a place
# preposition): «la cumbre de la Liga Árabe, prevista para mayo en Baréin»
_COUNTRY_REACH = 80

# the meetings a trip to their city is made for
_HELD_AT = frozenset(("summit", "session", "negotiation", "consultation"))


def _one_day_host(kept: list[Meeting], m: Meeting, fits) -> Meeting | None:
    """The first listed meeting of m's kind on a single day (no end yet) that `fits(m, k)`."""
    return next(
        (
            k
            for k in kept
            if k.kind == m.kind and k.start and len(k.start) == 10 and not k.end and fits(m, k)
        ),
        None,
    )


@cache
def _end_words(lang: str) -> re.Pattern | None:
    """The words that end a meeting (meetings.toml [duration] end_cues), folded."""
    cues = [fold(c) for c in _duration_table(lang).get("end_cues", [])]
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)")


def _written_date(m: Meeting) -> bool:
    """A date written out with its day or year ("October 25", «el 21 de noviembre de 2022»),
    not one counted from another event ("a day after", «el martes»)."""
    return bool(m.date_text) and re.search(r"\d", m.date_text) is not None


def _same_days(m: Meeting, k: Meeting) -> bool:
    """Whether two meetings may be on the same days: either is undated, one's date holds the
    other's ("2022-11" and "2022-11-21"), or one falls within the other's range."""
    if not m.start or not k.start:
        return True
    n = min(len(m.start), len(k.start))
    if m.start[:n] == k.start[:n]:
        return True
    return any(
        a.end and len(a.start) == len(b.start) and a.start <= b.start <= a.end
        for a, b in ((m, k), (k, m))
    )


def _other_pair(m: Meeting, k: Meeting) -> bool:
    """ "Lula reuniu-se com Marcelo" after the summit of Lula and Costa: other people meet; "À
    tarde, Dilma teve um encontro bilateral com Zuma" after the three leaders met: two of them
    meet apart."""
    a, b = set(m.participants), set(k.participants)
    if len(a) >= 2 and len(b) >= 2 and not (a <= b or b <= a):
        return True
    small = m if a < b else k if b < a else None
    return (
        small is not None
        and len(small.participants) == 2
        and _BILATERAL.search(fold_text(small.evidence.text)) is not None
    )


# the words that set two participants apart from a larger meeting (entities.toml
# `bilateral_words`, every language's: quoted names of other languages occur too)
_BILATERAL = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(fold(w))
        for lang in SUPPORTED_LANGUAGES
        for w in load_lang_file(lang, "entities").get("bilateral_words", [])
    )
    + r")(?![\w-])"
)


def _repeats(m: Meeting, k: Meeting) -> bool:
    if {m.status, k.status} == {"held", "planned"}:
        return False  # "convidou Biden a visitar o Brasil" after the visit to Washington
    overlaps = (
        not m.participants or not k.participants or bool(set(m.participants) & set(k.participants))
    )
    return overlaps or m.place is None or m.place == k.place
