"""Per-language lexicons compiled into one Aho-Corasick automaton with typed payloads.

`Lexicon.for_language("es")` loads `data/es/*.toml` plus the knowledge base, folds every
phrase with `textutil.fold` (one character per character, so offsets survive) and builds
a single automaton. `Lexicon.scan(text)` returns every atom found, with its type and
payload, after boundary and case checks; stages pick the types they need.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, NamedTuple

from communique.resources import SUPPORTED_LANGUAGES, load_lang_file
from communique.resources.kb import KnowledgeBase, load_kb
from communique.textutil import fold, is_boundary, word_alternation

try:  # pyahocorasick is a declared dependency; the dict matcher is an identical fallback
    import ahocorasick
except ImportError:  # pragma: no cover - exercised by tests through force_fallback
    ahocorasick = None

# Atom types
ACTOR = "actor"  # payload: (entry id, policy) policy: name | short | acronym
ROLE = "role"  # payload: RoleForm
GENERIC = "generic"  # payload: tuple of offices
DEMONYM = "demonym"  # payload: (country code, gender, plural)
COUNTERPART = "counterpart"
SPEECH = "speech"  # payload: SpeechForm
ACCORDING = "according"
SPEECH_NOUN = "speech_noun"
DOC_NOUN = "doc_noun"
ANON = "anon"
PRONOUN = "pronoun"  # payload: gender m | f | plural
MEETING_NOUN = "meeting_noun"  # payload: kind
MEETING_VERB = "meeting_verb"  # payload: MeetingVerb
STATUS = "status"  # payload: held | planned | cancelled
STOP = "stop"  # capitalised words that are never actors alone
# a reporting verb's head whose form ends in a preposition («se comprometieron a»): payload
# (preposition, SpeechForm); an atom only when the preposition follows a short adjunct
SPLIT_SPEECH = "split_speech"


class RoleForm(NamedTuple):
    office: str
    gender: str | None
    countries: tuple[str, ...]
    display_m: str
    display_f: str


class SpeechForm(NamedTuple):
    lemma: str
    act: str
    frames: tuple[str, ...]
    plural: bool


class MeetingVerb(NamedTuple):
    kind: str
    participants: str
    needs: str | None = None  # "spoke [today] with": the preposition that must follow soon
    place_next: bool = False  # "is due in Tonga": a meeting word only before a place's name
    person_next: bool = False  # "received Blinken": a meeting word only before someone


class RankedOffices(tuple):
    """A generic title's offices in order of preference (`ranked = true` in roles.toml): «el
    jefe del Ejecutivo» is the prime minister when one is named, a president only otherwise."""

    __slots__ = ()


class Atom(NamedTuple):
    start: int
    end: int
    type: str
    payload: Any


@dataclass
class Lexicon:
    lang: str
    kb: KnowledgeBase
    roles: dict[str, Any] = field(default_factory=dict)
    speech: dict[str, Any] = field(default_factory=dict)
    meetings: dict[str, Any] = field(default_factory=dict)
    stop: dict[str, Any] = field(default_factory=dict)
    demonyms: dict[str, Any] = field(default_factory=dict)
    _phrases: dict[str, list[tuple[str, Any, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _automaton: Any = None
    _by_first: dict[str, list[str]] | None = None
    use_fallback: bool = False
    # folded generic title → the gender its form shows («mandataria» → f), when it shows one
    generic_gender: dict[str, str] = field(default_factory=dict)
    # folded generic title → the country whose office holder it names when bare, if the
    # press of the language uses it so («le chef de l'État»: the French president)
    generic_home: dict[str, str] = field(default_factory=dict)
    # folded generic titles that name nobody bare, only the head of the body or country named
    # with them ("the UN chief", «le chef de l'ONU»; not «el jefe insurgente»)
    generic_bound: set[str] = field(default_factory=set)
    # titles with a glued past prefix («expresidenta», « ex-ministre »): folded forms
    former_forms: set[str] = field(default_factory=set)

    # ---- grammar accessors -----------------------------------------------------------
    @cached_property
    def grammar(self) -> dict[str, Any]:
        return self.roles.get("grammar", {})

    @cached_property
    def former_after(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.grammar.get("former_after", []))

    @cached_property
    def contracted(self) -> dict[str, tuple[str, ...]]:
        """Folded preposition → it and its contractions with the article ([grammar]
        contractions: «a» → «a», «al»), the forms a verb that needs it may find."""
        return {
            fold(p): (fold(p), *(fold(j) for j in joined))
            for p, joined in self.grammar.get("contractions", {}).items()
        }

    @cached_property
    def elect_after(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.grammar.get("elect_after", []))

    @cached_property
    def non_state(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.grammar.get("non_state", []))

    @cached_property
    def articles(self) -> frozenset[str]:
        return frozenset(fold(a) for a in self.grammar.get("articles", []))

    @cached_property
    def connectors(self) -> tuple[str, ...]:
        return tuple(fold(c) for c in self.grammar.get("connectors", []))

    @cached_property
    def former_words(self) -> frozenset[str]:
        """Words before a title that make it a past office («ancien», "former", «ex»)."""
        return frozenset(fold(w).rstrip("-") for w in self.grammar.get("former", []))

    @cached_property
    def then_words(self) -> frozenset[str]:
        """Words before a title that name the holder of the time told («entonces», "then")."""
        return frozenset(fold(w).rstrip("-") for w in self.grammar.get("then", []))

    @cached_property
    def then_after(self) -> tuple[str, ...]:
        """Phrases right after a title that name the holder of the time told (« le président
        du Conseil de l'époque », "the prime minister at the time"), folded."""
        return tuple(fold(w) for w in self.grammar.get("then_after", []))

    @cached_property
    def former_heads(self) -> frozenset[str]:
        """First words of the titles glued to a past prefix («expresidenta», « ex-ministre »)."""
        return frozenset(f.split()[0] for f in self.former_forms)

    @cached_property
    def plural_counterparts(self) -> tuple[str, ...]:
        """Plural counterpart words ("counterparts", «homologues»): those whose singular is
        listed too."""
        forms = {fold(f) for f in self.grammar.get("counterpart", [])}
        return tuple(f for f in forms if f.endswith("s") and (f[:-1] in forms or f[:-2] in forms))

    @cached_property
    def function_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.stop.get("function_words", []))

    @cached_property
    def sentence_starters(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.stop.get("sentence_starters", []))

    @cached_property
    def not_actors(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.stop.get("not_actors", []))

    @cached_property
    def not_actors_accented(self) -> frozenset[str]:
        """`not_actors` lowercased with their accents: «março» is not «Marco»."""
        return frozenset(w.lower() for w in self.stop.get("not_actors", []))

    # ---- building -----------------------------------------------------------------
    def add(self, phrase: str, type_: str, payload: Any, policy: str = "any") -> None:
        key = fold(phrase.strip())
        if len(key) < 2 and policy != "acronym":
            return
        self._phrases[key].append(
            (type_, payload, phrase.strip() if policy == "acronym" else policy, phrase.strip())
        )

    def build(self) -> None:
        kb = self.kb
        # Knowledge-base names in every language: an article may use a foreign form.
        for e in kb.entries.values():
            for n in e.names:
                for v in _particle_variants(n):
                    self.add(v, ACTOR, (e.id, "name"), _name_policy(v))
            for n in e.short:
                self.add(n, ACTOR, (e.id, "short"), _name_policy(n))
            for n in e.lowercase:
                # "la zone euro", «la troika»: a name the press writes in lowercase, any case
                self.add(n, ACTOR, (e.id, "name"), "any")
            for n in e.acronyms:
                self.add(n, ACTOR, (e.id, "acronym"), "acronym")
                titled = _titled_acronym(n)
                if titled is not None:
                    self.add(titled, ACTOR, (e.id, "acronym"), "acronym")
        # Roles; each also with the language's glued past prefixes («expresidenta», «ex-ministro»)
        prefixes = [p for p in self.grammar.get("former_prefixes", []) if p]

        def add_title(form: str, type_: str, payload: Any) -> None:
            self.add(form, type_, payload)
            for p in prefixes:
                glued = p + form.lower() if form[:1].islower() else p + form
                self.add(glued, type_, payload)
                self.former_forms.add(fold(glued))

        for r in self.roles.get("role", []):
            disp = r.get("display", {})
            for g in ("m", "f"):
                for form in r.get(g, []):
                    add_title(
                        form,
                        ROLE,
                        RoleForm(
                            r["office"],
                            g if form not in r.get("f" if g == "m" else "m", []) else None,
                            tuple(r.get("countries", [])),
                            disp.get("m") or (r.get("m") or [form])[0],
                            disp.get("f") or (r.get("f") or r.get("m") or [form])[0],
                        ),
                    )
        for gen in self.roles.get("generic", []):
            offices = tuple(gen.get("offices", []))
            if gen.get("ranked"):
                offices = RankedOffices(offices)
            forms = [fold(f) for f in gen.get("forms", [])]
            for form in gen.get("forms", []):
                add_title(form, GENERIC, offices)
                g = _paired_gender(fold(form), forms)
                if g:
                    self.generic_gender[fold(form)] = g
                    for p in prefixes:  # «la exmandataria» is a woman too
                        self.generic_gender[fold(p + form)] = g
                if gen.get("home"):
                    self.generic_home[fold(form)] = gen["home"]
                if gen.get("bound"):
                    self.generic_bound.add(fold(form))
        for form in self.grammar.get("counterpart", []):
            self.add(form, COUNTERPART, None)
        for code, forms in (self.demonyms.get("demonyms") or {}).items():
            for form in forms:
                self.add(form, DEMONYM, code, "demonym")
        # Speech
        # "instó a" + "el" is written "instó al": a form ending in a preposition also ends in
        # the preposition's contractions with the article (roles.toml [grammar] contractions)
        contractions = self.grammar.get("contractions", {})
        split_preps = self._split_preps
        speech_forms = {fold(f) for v in self.speech.get("verb", []) for f in v.get("forms", [])}
        for v in self.speech.get("verb", []):
            frames = tuple(v.get("frames", []))
            for form in v.get("forms", []):
                plural = _looks_plural(form, self.lang)
                payload = SpeechForm(v.get("lemma", form), v.get("act", "say"), frames, plural)
                self.add(form, SPEECH, payload)
                head, _, last = form.rpartition(" ")
                if head and fold(last) in split_preps and fold(head) not in speech_forms:
                    self.add(head, SPLIT_SPEECH, (fold(last), payload))
                for joined in contractions.get(last, []) if head else []:
                    self.add(f"{head} {joined}", SPEECH, payload)
        # «volvió a pedir», «voltou a defender», «se limitó a asegurar», «a tenu à rappeler»: an
        # auxiliary of repetition, or a verb or preposition whose subject the infinitive shares,
        # before the verb's infinitive (its lemma) is the verb's form all the same
        interposed = self.speech.get("interposed") or {}
        for aux in interposed.get("repetition", []) + interposed.get("before_infinitive", []):
            for v in self.speech.get("verb", []):
                lemma = v.get("lemma", "")
                if not lemma or not v.get("forms"):
                    continue
                payload = SpeechForm(
                    lemma,
                    v.get("act", "say"),
                    tuple(v.get("frames", [])),
                    _looks_plural(aux, self.lang),
                )
                self.add(f"{aux} {lemma}", SPEECH, payload)
                if aux.endswith(" de") and fold(lemma[:1]) in "aeiouh":
                    # «s'est contenté d'affirmer»: «de» elides before a vowel
                    self.add(f"{aux[:-2]}d'{lemma}", SPEECH, payload)
        for a in self.speech.get("according_to", []):
            position = a.get("position", "any")
            for form in a.get("forms", []):
                # «según él» (the current speaker) keeps its accent: «según el portavoz» does not
                # name him
                policy = "word" if position == "current_speaker" else "any"
                self.add(form, ACCORDING, (a.get("act", "say"), position), policy)
        for n in self.speech.get("noun", []):
            for form in n.get("forms", []):
                self.add(form, SPEECH_NOUN, n.get("act", "say"))
        sources = self.speech.get("sources", {})
        for form in sources.get("documents", []):
            self.add(form, DOC_NOUN, None)
        for form in sources.get("anonymous", []):
            self.add(form, ANON, None)
        for g, forms in (self.speech.get("pronouns") or {}).items():
            for form in forms:
                self.add(form, PRONOUN, g, "word")
        # Meetings
        for n in self.meetings.get("noun", []):
            for form in n.get("forms", []):
                self.add(form, MEETING_NOUN, n.get("kind", "meeting"))
        # the preposition that ends a form may come a few words later: "spoke today with",
        # «a été reçu lundi à l'Élysée par», «fue recibido ayer en la Casa Rosada por»
        preps = {"with", "con", "avec", "com", "to", "by", "por", "par", "pelo", "pela", "à"}
        forum_preps = {"en", "a", "in", "at", "à", "au", "ante", "devant", "do", "da", "no", "na"}
        # «informaron [este viernes] al Consejo», «informou [ontem] o Conselho»: an article the
        # verb takes, which must still come in the next words
        forum_articles = {"al", "o", "le"}
        # «había viajado a» listed, «habían viajado a» too: a form opening with one perfect
        # auxiliary also opens with the others ([forms] perfect_auxiliaries)
        perfect = list((self.meetings.get("forms") or {}).get("perfect_auxiliaries", []))
        listed = {f for v in self.meetings.get("verb", []) for f in v.get("forms", [])}
        for v in self.meetings.get("verb", []):
            kind, parts = v.get("kind", "meeting"), v.get("participants", "subject_and_object")
            place_next = bool(v.get("place_next", False))
            person_next = bool(v.get("person_next", False))
            forms = dict.fromkeys(v.get("forms", []))  # ordered, each form once
            for form in v.get("forms", []):
                aux, _, rest = form.partition(" ")
                if aux in perfect and rest:
                    for other in perfect:
                        if f"{other} {rest}" not in listed:
                            forms.setdefault(f"{other} {rest}")
            for form in forms:
                self.add(
                    form, MEETING_VERB, MeetingVerb(kind, parts, None, place_next, person_next)
                )
                words = form.split()
                # «había recibido al», «viajou ao»: the preposition's contractions too
                for joined in contractions.get(words[-1], []) if len(words) >= 2 else []:
                    self.add(
                        " ".join([*words[:-1], joined]),
                        MEETING_VERB,
                        MeetingVerb(kind, parts, None, place_next, person_next),
                    )
                # "spoke today with", "se reunió ayer con": the head alone, if the preposition follows
                # («viajó el martes a Kiev», «viajou na terça-feira para Kiev»: a journey's
                # destination only, as «a» and «para» are everywhere)
                travel = parts == "subject_visits_place" and words[-1] in ("a", "para")
                if len(words) >= 2 and (words[-1] in preps or travel):
                    self.add(
                        " ".join(words[:-1]),
                        MEETING_VERB,
                        MeetingVerb(kind, parts, fold(words[-1])),  # matched in folded text
                    )
                elif parts == "subject_at_forum" and len(words) >= 2 and words[-1] in forum_preps:
                    # "participará el 23 de junio en el Consejo": the forum is looked for after
                    self.add(" ".join(words[:-1]), MEETING_VERB, MeetingVerb(kind, parts))
                elif (
                    parts == "subject_at_forum" and len(words) >= 2 and words[-1] in forum_articles
                ):
                    self.add(
                        " ".join(words[:-1]), MEETING_VERB, MeetingVerb(kind, parts, words[-1])
                    )
        for status, forms in (self.meetings.get("status") or {}).items():
            for form in forms:
                self.add(form, STATUS, status)
        for form in self.stop.get("not_actors", []):
            self.add(form, STOP, None, "name")
        self._compile()

    def _compile(self) -> None:
        if ahocorasick is not None and not self.use_fallback:
            A = ahocorasick.Automaton()
            for key, payloads in self._phrases.items():
                A.add_word(key, (len(key), payloads))
            A.make_automaton()
            self._automaton = A
        else:
            by_first: dict[str, list[str]] = defaultdict(list)
            for key in self._phrases:
                by_first[key[0]].append(key)
            self._by_first = dict(by_first)

    @cached_property
    def _interposed_adverbs(self) -> list[str]:
        """The [interposed] adverbs, folded, longest first."""
        cfg = self.speech.get("interposed") or {}
        return sorted({fold(w) for w in cfg.get("adverbs", [])}, key=len, reverse=True)

    @cached_property
    def _interposed_re(self) -> re.Pattern[str] | None:
        cfg = self.speech.get("interposed") or {}
        aux = sorted({fold(w) for w in cfg.get("auxiliaries", [])}, key=len, reverse=True)
        adv = self._interposed_adverbs
        if not aux or not adv:
            return None
        a = "|".join(re.escape(w) for w in aux)
        d = "|".join(re.escape(w) for w in adv)
        # "a massivement exigé", "has strongly condemned": an adverb by its ending
        endings = sorted({fold(w) for w in cfg.get("adverb_endings", [])}, key=len, reverse=True)
        if endings:
            d += "|[^\\W\\d_]{3,}(?:" + "|".join(re.escape(w) for w in endings) + ")"
        return re.compile(
            rf"(?<![\w'])({a})\s*,?\s+(?:(?:{d})\s*,?\s+){{1,2}}"
            rf"([\w'-]+(?:\s+[\w'-]+){{0,2}})"
        )

    @cached_property
    def _split_cfg(self) -> dict[str, Any]:
        return (self.speech.get("interposed") or {}).get("before_preposition") or {}

    @cached_property
    def _split_preps(self) -> dict[str, str]:
        """folded preposition → what it takes: "infinitive" or "any" """
        return {fold(k): v for k, v in (self._split_cfg.get("prepositions") or {}).items()}

    @cached_property
    def _split_gap_re(self) -> re.Pattern[str]:
        """A short adjunct or addressee between a verb and its preposition: «este martes»,
        «la Russie», ", ce mardi,"; never a coordinator, a complementiser or a relative."""
        stop = sorted({fold(w) for w in self._split_cfg.get("not_in_gap", [])}, key=len)
        no = rf"(?!(?:{'|'.join(re.escape(w) for w in stop)})(?![\w'-]))" if stop else ""
        n = int(self._split_cfg.get("max_words", 4))
        gap = rf"(?:\s*,)?(?:\s+{no}(?:[^\W\d_][\w'’.-]*|\d{{1,4}})){{1,{n}}}(?:\s*,)?\s+"
        # «abogó, no obstante, por», "called, however, for": an adverb of the interposed list
        # between two commas, whatever its words
        adv = self._interposed_adverbs
        if adv:
            gap = rf"(?:\s*,\s*(?:{'|'.join(re.escape(w) for w in adv)})\s*,\s+|{gap})"
        return re.compile(gap)

    @cached_property
    def _infinitive_re(self) -> re.Pattern[str]:
        ends = sorted({fold(w) for w in self._split_cfg.get("infinitive_endings", [])}, key=len)
        if not ends:
            return re.compile(r"\s*[^\W\d_]")
        # « à ne pas décevoir », «a “no ceder”»: a quotation mark or a negation may open it
        neg = sorted({fold(w) for w in self._split_cfg.get("infinitive_negations", [])}, key=len)
        opener = r"(?:[«“\"]\s*)?"
        if neg:
            opener += rf"(?:(?:{'|'.join(re.escape(w) for w in reversed(neg))})\s+)?"
        return re.compile(
            rf"\s+{opener}[^\W\d_]+(?:{'|'.join(re.escape(w) for w in ends)})(?![\w'-])"
        )

    def _split_speech(self, folded: str, s: int, e: int, prep: str, payload) -> Atom | None:
        """ "se han comprometido este martes a estrechar", «ont appelé la Russie à accepter»:
        a reporting verb whose preposition a time adjunct or an addressee separates from it;
        a preposition that takes an infinitive only before one."""
        m = self._split_gap_re.match(folded, e)
        if m is None:
            return None
        for cut in range(e + 2, m.end() + 1):
            if folded[cut - 1] != " " or not folded.startswith(prep, cut):
                continue
            end = cut + len(prep)
            if not is_boundary(folded, cut, end) or not self._split_gap_re.fullmatch(
                folded, e, cut
            ):
                continue
            if (
                self._split_preps.get(prep) == "infinitive"
                and not self._infinitive_re.match(folded, end)
                # « a appelé les responsables libanais à « un changement profond » »: a demand
                # may quote what it asks for
                and not (payload.act == "demand" and folded[end : end + 3].lstrip()[:1] in '«“"')
            ):
                return None
            return Atom(s, end, SPEECH, payload)
        return None

    def _interposed(self, folded: str) -> list[Atom]:
        """ "a également annoncé", "has also said", "ha también señalado", "a ensuite réuni": a
        reporting or meeting verb whose auxiliary and participle an adverb separates is the
        verb's form all the same."""
        rx = self._interposed_re
        if rx is None:
            return []
        out = []
        for m in rx.finditer(folded):
            words = m.group(2).split()
            # the longest form first: «s'était lui aussi entretenu au téléphone» is a call
            for tail in (" ".join(words[:k]) for k in range(len(words), 0, -1)):
                key = f"{m.group(1)} {tail}"
                # reporting verbs, and meeting verbs ("a ensuite réuni", "has also met with")
                phrases = self._phrases.get(key, ())
                hits = [p for p in phrases if p[0] in (SPEECH, MEETING_VERB)]
                end = m.start(2) + len(tail)
                if hits:
                    out.extend(Atom(m.start(), end, p[0], p[1]) for p in hits)
                    break
                # «a toutefois appelé la communauté internationale à veiller»: a verb whose
                # preposition an adjunct separates from it, with an adverb inside its tense
                split = [
                    atom
                    for p in phrases
                    if p[0] == SPLIT_SPEECH
                    and (atom := self._split_speech(folded, m.start(), end, *p[1])) is not None
                ]
                if split:
                    out.extend(split)
                    break
        return out

    @cached_property
    def _coordinated_participle_re(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        cfg = self.speech.get("interposed") or {}
        if not cfg.get("auxiliaries"):
            return None
        a = word_alternation(cfg["auxiliaries"])
        return (
            re.compile(
                r"(?<![\w'])(?:et|y|e)\s+"
                r"([\w'-]+(?:\s+(?:que|a|de|en|qu'|con|avec|com|à))?)"
            ),
            re.compile(rf"(?<![\w'])({a})\s+"),
        )

    def _coordinated_participles(self, folded: str) -> list[Atom]:
        """ "a pris acte de la démission et souhaité que …", «ha criticado el plan y exigido
        que …»: a participle coordinated after a reporting verb's auxiliary is that verb."""
        rxs = self._coordinated_participle_re
        if rxs is None:
            return []
        conj, aux_re = rxs
        out = []
        for m in conj.finditer(folded):
            lo = max(0, m.start() - 150)
            stop = max(folded.rfind(c, lo, m.start()) for c in ".;:!?")
            auxes = list(aux_re.finditer(folded, max(lo, stop + 1), m.start()))
            if not auxes:
                continue
            aux = auxes[-1].group(1)
            for tail in (m.group(1), m.group(1).split()[0]):
                hits = [p for p in self._phrases.get(f"{aux} {tail}", ()) if p[0] == SPEECH]
                if hits:
                    end = m.start(1) + len(tail)
                    out.extend(Atom(m.start(1), end, p[0], p[1]) for p in hits)
                    break
        return out

    # ---- scanning -----------------------------------------------------------------
    def _raw_matches(self, folded: str):
        if self._automaton is not None:
            for end_idx, (n, payloads) in self._automaton.iter(folded):
                yield end_idx + 1 - n, end_idx + 1, payloads
        else:
            by_first = self._by_first or {}
            for i, c in enumerate(folded):
                for key in by_first.get(c, ()):
                    if folded.startswith(key, i):
                        yield i, i + len(key), self._phrases[key]

    def _is_person(self, actor_id: str) -> bool:
        entry = self.kb.get(actor_id)
        return entry is not None and entry.kind == "person"

    def scan(self, text: str, folded: str | None = None) -> list[Atom]:
        """Every atom in `text`, sorted by (start, -length)."""
        folded = folded if folded is not None else fold(text)
        out: list[Atom] = []
        for s, e, payloads in self._raw_matches(folded):
            if _after_irish_o(folded, s):
                continue  # "Higgins" of "Bernardo O'Higgins" is no name of its own
            if not is_boundary(folded, s, e):
                # Allow forms that end in a dot ("EE.UU.") or begin/end in punctuation.
                if not (_edge_ok(folded, s, e)):
                    continue
            surface = text[s:e]
            for type_, payload, policy, form in payloads:
                if type_ == SPLIT_SPEECH:
                    if s > 0 and text[s - 1] == "-":
                        continue
                    atom = self._split_speech(folded, s, e, payload[0], payload[1])
                    if atom is not None:
                        out.append(atom)
                    continue
                if policy == "name":
                    if not surface[:1].isupper() or not _case_matches(surface, form):
                        continue
                    if "ñ" in surface.lower() and "ñ" not in form.lower():
                        continue  # «Cañada» is no Canada: ñ is a letter of its own
                    if type_ == STOP and surface.lower() != form.lower():
                        continue  # «Março» (a month) stops no «Marco» (a given name)
                    if (
                        type_ == ACTOR
                        and _inside_hyphenated_name(text, s, e)
                        and self._is_person(payload[0])
                    ):
                        continue  # "Valls" of "Joaquín Navarro-Valls" ("China-CELAC" pairs)
                elif policy == "name-lower":
                    # "von der Leyen", "al-Sudani": lowercase particle, then a capital
                    if not any(c.isupper() for c in surface):
                        continue
                elif policy == "demonym":
                    # Demonyms in English are capitalised; elsewhere any case.
                    if self.lang == "en" and not surface[:1].isupper():
                        continue
                elif policy == "word":
                    # pronouns keep their accents: "él" is not the article "el"
                    if surface.lower() != form.lower():
                        continue
                elif policy != "any":  # an acronym: exact case
                    if surface != policy:
                        continue
                if (
                    type_ == SPEECH
                    and self.lang == "fr"
                    and surface.lower()[-2:] != form.lower()[-2:]
                ):
                    continue  # "condamné" (a participle, an adjective) is not "condamne"
                if type_ == SPEECH and s > 0 and text[s - 1] == "-":
                    continue  # "EU-backed", "U.S.-proposed": an adjective
                out.append(Atom(s, e, type_, payload))
        out.extend(self._interposed(folded))
        out.extend(self._coordinated_participles(folded))
        out.sort(key=lambda a: (a.start, a.start - a.end))
        return out


# a capitalised word glued by a hyphen before or after a name: one hyphenated name with it
_HYPHEN_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’]*)-$")
_HYPHEN_AFTER = re.compile(r"-[A-Z]")


def _inside_hyphenated_name(text: str, s: int, e: int) -> bool:
    """ "Valls" in "Navarro-Valls", "Navarro" in "Navarro-Valls": part of a hyphenated name
    (an Arabic article before the hyphen aside: "al-Bashir")."""
    before = _HYPHEN_BEFORE.search(text, max(0, s - 20), s)
    if before is not None:
        article = _ARTICLE_HYPHEN.match(text, before.start())
        if article is None or article.end() != s:
            return True
    return _HYPHEN_AFTER.match(text, e) is not None


# an Arabic article glued to the name by a hyphen ("Omar Hassan al-Bashir"), which the Spanish
# and Portuguese press often write with a space («Omar Hasán al Bashir»)
_ARTICLE_HYPHEN = re.compile(
    r"(?<![\w'’])((?:[Aa][lnrstdz]|[Ee][lnrstdz]|[Aa]sh|[Uu][ld]))-(?=[A-Z])"
)


@cache
def _not_titled() -> frozenset[str]:
    """Folded words never matched as a title-case acronym: given names and the words that
    shared/acronyms.toml lists."""
    names = load_lang_file("shared", "first_names").get("first_names", [])
    words = load_lang_file("shared", "acronyms").get("not_titled", [])
    return frozenset(fold(n) for n in [*names, *words])


def _titled_acronym(acronym: str) -> str | None:
    """ "Nato", "Ecowas", «l'Otan», «a Otan»: the title-case spelling of an acronym of four
    letters or more, as much of the press writes it (shared/acronyms.toml)."""
    if len(acronym) < 4 or not acronym.isalpha() or not acronym.isupper():
        return None
    titled = acronym.capitalize()
    return None if fold(titled) in _not_titled() else titled


def _particle_variants(name: str) -> tuple[str, ...]:
    """The name, and the name with its hyphenated Arabic articles spaced."""
    spaced = _ARTICLE_HYPHEN.sub(r"\1 ", name)
    return (name, spaced) if spaced != name else (name,)


def leftmost_longest(atoms: list[Atom]) -> list[Atom]:
    """Non-overlapping atoms, the longest at each place ("se comprometió a" over "comprometió")."""
    out: list[Atom] = []
    for a in sorted(atoms, key=lambda a: (a.start, a.start - a.end)):
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _case_matches(surface: str, form: str) -> bool:
    """Every word capitalised in the entry is capitalised in the text ("La Paz" ≠ "La paz")."""
    if surface.isupper():
        return True  # an all-caps headline or line
    for sw, fw in zip(surface.split(" "), form.split(" "), strict=False):
        if fw[:1].isupper() and not sw[:1].isupper():
            return False
    return True


def _name_policy(form: str) -> str:
    form = form.strip()
    return "name-lower" if form[:1].islower() else "name"


def _after_irish_o(folded: str, s: int) -> bool:
    """Whether the match at `s` follows an Irish "O'" ("O'Higgins", "O'Neill"): a word of its
    own there would be half a name. An elided article («l'OTAN», « d'Haïti ») is no "o"."""
    return (
        s >= 2
        and folded[s - 1] in "'’"
        and folded[s - 2] == "o"
        and (s == 2 or not folded[s - 3].isalnum())
    )


def _edge_ok(folded: str, s: int, e: int) -> bool:
    left_ok = s == 0 or not folded[s - 1].isalnum() or not folded[s].isalnum()
    right_ok = e == len(folded) or not folded[e].isalnum() or not folded[e - 1].isalnum()
    return left_ok and right_ok


def _paired_gender(form: str, forms: list[str]) -> str | None:
    """The gender a generic title shows by its pair in the same entry: «mandataria» (f) beside
    «mandatario», «jefa de Estado» beside «jefe de Estado», « dirigeante » beside « dirigeant »;
    None for «líder», "leader"."""
    words = form.split()
    for other in forms:
        ow = other.split()
        if other == form or len(ow) != len(words):
            continue
        diff = [(a, b) for a, b in zip(words, ow, strict=True) if a != b]
        if len(diff) != 1:
            continue
        a, b = diff[0]
        for fem, masc in (
            ("a", "o"),
            ("as", "os"),
            ("a", "e"),
            ("as", "es"),
            ("e", ""),
            ("es", "s"),
        ):
            if a.endswith(fem) and b == a[: len(a) - len(fem)] + masc:
                return "f"
            if b.endswith(fem) and a == b[: len(b) - len(fem)] + masc:
                return "m"
    return None


def _looks_plural(form: str, lang: str) -> bool:
    words = [
        w
        for w in fold(form).replace("-", " ").split()
        if w not in ("se", "lo", "la", "le", "les", "s'", "se")
    ]
    if not words:
        return False
    w = words[0]
    if lang == "es":
        return w.endswith(
            ("aron", "ieron", "eron", "an", "en", "ran", "ban", "ian", "han", "rian")
        ) or w in ("han", "habian")
    if lang == "pt":
        return w.endswith(("aram", "eram", "iram", "am", "em")) or w in ("têm",)
    if lang == "fr":
        return w.endswith(("ent", "ont")) or w in ("ont",)
    return False


@cache
def lexicon(lang: str) -> Lexicon:
    code = lang if lang in SUPPORTED_LANGUAGES else "en"
    lx = Lexicon(
        lang=code,
        kb=load_kb(),
        roles=load_lang_file(code, "roles"),
        speech=load_lang_file(code, "speech"),
        meetings=load_lang_file(code, "meetings"),
        stop=load_lang_file(code, "stop"),
        demonyms=load_lang_file(code, "demonyms"),
    )
    lx.build()
    return lx
