"""Actors: find every person, organisation, country and place, and know who is who.

Pipeline inside the stage (all in reading order, every decision tied to a span):
1. atoms: knowledge-base names, role titles, demonyms from the language automaton;
2. unknown names: capitalised sequences classified by context (role apposition,
   organisation head nouns, known first names, acronym definitions "(ELN)");
3. role phrases: "el presidente ruso", "the top U.S. diplomat", "su homólogo francés",
   "el mandatario" bound to a name by apposition, or resolved through roles given
   earlier in the article, else the knowledge base's holder on the publication date;
4. surname coreference for people the knowledge base does not know.

The result keeps every mention with the rule that produced it (`via`), which the quote,
meeting and position stages use, and the reader shows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import NamedTuple

from communique.model import Actor, Span
from communique.resources import (
    SUPPORTED_LANGUAGES,
    grammar,
    grammar_all,
    grammar_list,
    load_lang_file,
)
from communique.resources.kb import Entry, KnowledgeBase, slugify
from communique.resources.lexicon import (
    ACTOR,
    ANON,
    COUNTERPART,
    DEMONYM,
    DOC_NOUN,
    GENERIC,
    MEETING_NOUN,
    MEETING_VERB,
    ROLE,
    SPEECH,
    STOP,
    Atom,
    Lexicon,
    RankedOffices,
    RoleForm,
)
from communique.stages.sentences import Sentence
from communique.textutil import Intervals, SpanIndex, fold, fold_text, word_alternation

_WORD = re.compile(r"[^\W_][^\W_]*(?:[-'’.][^\W_]+)*\.?", re.UNICODE)
# words that end a verb's object before a meeting noun could be it
_NOT_IN_OBJECT = grammar_all("object_enders")


def _names_a_meeting(name: str, start: int, meeting_nouns: set[int]) -> bool:
    """ "participou na V Cimeira do IBAS", «en la XV Cumbre»: a numbered run with a meeting
    noun is an event's name, no place ("V Cimeira")."""
    toks = list(re.finditer(r"\S+", name))
    return (
        bool(toks)
        and bool(_NUMBERED.fullmatch(toks[0].group()))
        and any(start + m.start() in meeting_nouns for m in toks[1:])
    )


def _object_is_meeting(folded: str, end: int, meeting_nouns: set[int]) -> bool:
    """Whether a meeting noun is among the three words after a verb ending at `end`: "han
    mantenido un encuentro", "held brief talks"."""
    pos = end
    for _ in range(3):
        m = re.match(r"\s+", folded[pos : pos + 3])
        if m is None:
            return False
        pos += m.end()
        if pos in meeting_nouns:
            return True
        w = re.match(r"[\w'-]+", folded[pos : pos + 30])
        if w is None or w.group() in _NOT_IN_OBJECT:
            return False  # "avait estimé avant la réunion", «afirmam que um encontro»
        pos += w.end()
    return False


# "José Eduardo dos Santos", "Luiz Inácio da Silva", "Ursula von der Leyen": a given name and a
# lowercase particle before a short name make it part of a longer surname («de», «del» are
# prepositions too often to count)
_SURNAME_PARTICLE_BEFORE = re.compile(
    r"\b[A-ZÀ-Ý][\w'’-]+ (?:dos|das|da|do|van|von|der|van der|von der|della|di|du) $"
)
# the particles that may open a family name after a given name ("José Eduardo dos Santos")
_FAMILY_PARTICLES = "dos|das|da|do|de|del|van|von|der|della|di|du"
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])({_FAMILY_PARTICLES}) $")
# countries whose press calls people by their given name ("Abiy", "Isaias", "Getachew")
_GIVEN_NAME_CALLED = frozenset(("ET", "ER", "IS"))
# articles that open a sentence before a body's name, never part of it
_LEADING_ARTICLES = grammar_all("definite_articles")
_ACRONYM_DEF = re.compile(r"\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9\-\.&]{1,9})\)")

OFFICE_RANK = {
    "monarch": 0,
    "supreme_leader": 1,
    "president": 2,
    "prime_minister": 3,
    "chancellor": 3,
    "secretary_general": 4,
    "president_of_commission": 4,
    "president_of_council": 4,
    "high_representative": 5,
    "director_general": 5,
    "vice_president": 6,
    "foreign_minister": 7,
    "defence_minister": 8,
}


class MentionRef(NamedTuple):
    start: int
    end: int
    key: str  # actor key (kb id or "new:slug")
    via: str  # name | short | acronym | new | surname | apposition | title | counterpart | generic


@dataclass
class Record:
    key: str
    kind: str
    entry: Entry | None = None
    name: str | None = None  # for actors the KB does not know
    gender: str | None = None
    country: str | None = None
    office: str | None = None  # bound in the article ("el presidente ruso, Vladimir Putin")
    office_where: str | None = None
    mentions: list[MentionRef] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # folded extra forms (acronym defs, surnames)
    former: bool = False  # the bound office is a past one ("l'ancien président Henri Konan Bédié")


@dataclass
class ActorResult:
    actors: list[Actor]
    mentions: list[tuple[int, int, str, str]]  # (start, end, actor id, via), sorted
    key_to_id: dict[str, str]
    records: dict[str, Record]
    offices: dict[str, tuple[str | None, str | None]]  # actor id -> (office, where)
    genders: dict[str, str | None]

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return [m for m in self.mentions if m[0] >= start and m[1] <= end]

    def mention_at(self, pos: int) -> tuple[int, int, str, str] | None:
        for m in self.mentions:
            if m[0] <= pos < m[1]:
                return m
        return None

    def kind_of(self, actor_id: str) -> str | None:
        for a in self.actors:
            if a.id == actor_id:
                return a.kind
        return None


@cache
def _honorifics(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The language's honorifics between a title and a name ("Minister Prince Abdulaziz",
    «ministro jeque …»): one pattern ending right before a name, one starting right after a
    title; None when the language lists none."""
    words = _entities(lang).get("honorifics", [])
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\s+(?:" + alt + r")\s*$"), re.compile(r"(?:" + alt + r")\s+")


def _entities(lang: str) -> dict:
    return load_lang_file(lang, "entities")


@cache
def _month_words(lang: str) -> frozenset[str]:
    d = load_lang_file(lang, "dates")
    words: set[str] = set()
    for key in ("months", "weekdays"):
        val = d.get(key)
        if isinstance(val, dict):
            for forms in val.values():
                for f in forms if isinstance(forms, list) else [forms]:
                    words.add(fold(str(f)).rstrip("."))
        elif isinstance(val, list):
            for item in val:
                if isinstance(item, list):
                    words.update(fold(str(f)).rstrip(".") for f in item)
                elif isinstance(item, dict):
                    for forms in item.values():
                        if isinstance(forms, list):
                            words.update(fold(str(f)).rstrip(".") for f in forms)
                else:
                    words.add(fold(str(item)).rstrip("."))
    return frozenset(words)


class _Words:
    """Word tokens with offsets, and fast lookups by position."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        # strip a trailing dot unless it is an abbreviation-like token (U.S., EE.UU.)
        fixed = []
        for s, e in self.spans:
            tok = text[s:e]
            if tok.endswith(".") and tok.count(".") == 1 and len(tok) > 3:
                e -= 1
            fixed.append((s, e))
        self.spans = fixed
        self.starts = {s: i for i, (s, _) in enumerate(self.spans)}
        self.ends = {e: i for i, (_, e) in enumerate(self.spans)}

    def index_at_or_after(self, pos: int) -> int | None:
        import bisect

        i = bisect.bisect_left(self.spans, (pos, -1))
        return i if i < len(self.spans) else None


def find_actors(
    text: str,
    sentences: list[Sentence],
    lexicon: Lexicon,
    published: date | None,
    atoms: list[Atom] | None = None,
) -> ActorResult:
    lang = lexicon.lang
    kb = lexicon.kb
    atoms = atoms if atoms is not None else lexicon.scan(text)
    folded = fold_text(text)
    ent = _entities(lang)
    offices = tuple(w.lower() + " " for w in ent.get("office_spellings", []))
    if offices:
        # «la Secretaría de Relaciones Exteriores», «a Secretaria de Imprensa»: the office,
        # not a woman holding a title the folded text cannot tell from it
        atoms = [
            a
            for a in atoms
            if a.type != ROLE or not text[a.start : a.end + 1].lower().startswith(offices)
        ]
    records: dict[str, Record] = {}
    sent_starts = {s.start for s in sentences}
    anon_atoms = [a for a in atoms if a.type == ANON]
    indefinite: list[tuple[int, str, Record]] = []
    sorted_sent_starts = sorted(sent_starts)
    words = _Words(text)

    def record_for_entry(e: Entry) -> Record:
        r = records.get(e.id)
        if r is None:
            r = Record(
                key=e.id, kind=e.kind, entry=e, gender=e.gender, country=e.country or (e.capital_of)
            )
            records[e.id] = r
        return r

    def record_new(name: str, kind: str) -> Record:
        key = "new:" + slugify(name)
        r = records.get(key)
        if r is None:
            r = Record(key=key, kind=kind, name=name)
            records[key] = r
        return r

    mentions: list[MentionRef] = []
    covered = bytearray(len(text))  # 1 where a name mention already sits

    def add_mention(rec: Record, s: int, e: int, via: str) -> None:
        m = MentionRef(s, e, rec.key, via)
        rec.mentions.append(m)
        bisect.insort(mentions, m)
        for i in range(s, e):
            covered[i] = 1

    first_names = _first_names(kb)
    honorifics = _honorifics(lang)
    pronoun_words = {
        w.lower() for forms in (lexicon.speech.get("pronouns") or {}).values() for w in forms
    }
    actor_atom_ends = {a.end for a in atoms if a.type in (ACTOR, STOP, ROLE, GENERIC, DEMONYM)}
    # ---- 1. knowledge-base names: leftmost-longest among actor atoms ------------------------
    actor_atoms = [a for a in atoms if a.type in (ACTOR, STOP)]
    chosen: list[Atom] = []
    last_end = -1
    for a in actor_atoms:  # sorted by start, longest first
        if a.start < last_end:
            continue
        # prefer the longest atom starting here
        chosen.append(a)
        last_end = a.end
    # group atoms by span (one span may name several entries)
    by_span: dict[tuple[int, int], list[Atom]] = {}
    for a in actor_atoms:
        by_span.setdefault((a.start, a.end), []).append(a)
    spans_in_order = sorted({(c.start, c.end) for c in chosen})
    span_starts = [sp[0] for sp in spans_in_order]
    full_named: set[str] = set()
    pending_short: list[tuple[int, int, list[Atom]]] = []
    for s, e in spans_in_order:
        cands = by_span.get((s, e), [])
        if any(a.type == STOP for a in cands):
            continue
        if _glued_to_unknown_name(text, s, e, cands, kb, spans_in_order, span_starts):
            continue  # "Riyad Mansour", "Jordan Bardella": a person's name, not the place
        if _ends_unknown_name(text, s, e, cands, kb, spans_in_order, span_starts, first_names):
            continue  # "Thérèse Kayikwamba Wagner": a person's surname, not the Wagner group
        if _opens_unknown_name(text, s, e, cands, kb, spans_in_order, span_starts, first_names):
            continue  # "le président François Bozizé": not Pope François
        if _SAINT_BEFORE.search(text, max(0, s - 8), s):
            continue  # "San Francisco", "São Paulo": a place named after a saint, not the person
        if text[e : e + 1] == "$":
            continue  # "US$ 120 milhões", "R$", "HK$": a currency, not the country
        if _other_first_name(text, s, cands, first_names):
            continue  # "John Sullivan" is not the Jake Sullivan the surname alone would name
        if _unknown_given_name(text, s, cands, lexicon, actor_atom_ends):
            continue  # "Its irrigation minister, Yasir Abbas": not Mahmoud Abbas
        if _inside_org_name(text, s, cands, kb, ent):
            continue  # "Universidad de Buenos Aires": the place names the organisation
        names = [a for a in cands if a.payload[1] in ("name", "acronym")]
        if names:
            entry = _pick(names, kb, published, full_named, records)
            if entry is None:
                continue
            full_named.add(entry.id)
            add_mention(record_for_entry(entry), s, e, names[0].payload[1])
        else:
            pending_short.append((s, e, cands))
    for s, e, cands in pending_short:
        people = all(
            (e_ := kb.get(a.payload[0])) is not None and e_.kind == "person" for a in cands
        )
        if people and _SURNAME_PARTICLE_BEFORE.search(text, max(0, s - 40), s):
            continue  # "José Eduardo dos Santos": a compound surname, not Juan Manuel Santos
        particle = _PARTICLE_BEFORE.search(text, max(0, s - 12), s) if people else None
        if particle is not None and re.search(
            r"\b[A-ZÀ-Ý][\w'’-]+ " + re.escape(f"{particle.group(1)} {text[s:e]}") + r"\b", text
        ):
            continue  # «afirmou dos Santos» after «José Eduardo dos Santos»: that surname
        if people and _another_with_that_given_name(text, text[s:e], cands, kb):
            continue  # «afirmó Cristina» after «la ministra Cristina Narbona»: that Cristina
        entry = _pick(cands, kb, published, full_named, records)
        if entry is None:
            continue
        add_mention(record_for_entry(entry), s, e, "short")

    # ---- 2. acronym definitions "Ejército de Liberación Nacional (ELN)" --------------------
    acronym_map: dict[str, Record] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1).rstrip(".")
        if covered[m.start(1)]:
            continue
        # the thing defined ends right before the parenthesis
        before = m.start() - 1
        while before > 0 and text[before - 1] == " ":
            before -= 1
        prev = [mm for mm in mentions if mm.end == before or mm.end == m.start() - 1]
        spelled = _acronym_expansion(text, before, acr)
        if prev and (
            spelled is None
            or spelled[0] >= prev[-1].start
            or records[prev[-1].key].kind not in ("country", "place")
        ):
            rec = records[prev[-1].key]
        elif prev:
            # "Front pour l'alternance et la concorde au Tchad (FACT)": the body whose words
            # spell the acronym, not the country that ends its name
            rec = record_new(text[spelled[0] : spelled[1]], "organization")
        elif (
            spelled is not None
            and text[spelled[0]].isupper()
            and (
                inner := [
                    mm
                    for mm in mentions
                    if spelled[0] <= mm.start
                    and mm.end <= before
                    and records[mm.key].kind in ("organization", "group")
                ]
            )
            and inner[0].start == spelled[0]
        ):
            # «Front national pour la défense de la démocratie (FNDD)»: a longer body whose
            # words spell the acronym, not the known body its first words name
            for mm in inner:
                mentions.remove(mm)
                records[mm.key].mentions.remove(mm)
            rec = record_new(text[spelled[0] : before], "organization")
            add_mention(rec, spelled[0], before, "new")
        elif (
            not prev
            and spelled is not None
            and text[spelled[0]].isupper()
            and not any(spelled[0] <= mm.start < before for mm in mentions)
            and not re.search(r"[,;:.()«»“”\"]", text[spelled[0] : before])
            and _is_org_like(text[spelled[0] : before], ent)
        ):
            # «la Ligue tunisienne des droits de l'homme (LTDH)»: a body the knowledge base
            # lacks, its lowercase words spelled by the acronym
            rec = record_new(text[spelled[0] : before], "organization")
            add_mention(rec, spelled[0], before, "new")
        else:
            seq = _cap_sequence_ending(text, before, ent, lexicon)
            if seq is None:
                continue
            ss, ee = seq
            if all(fold(t).rstrip(".") in _month_words(lang) for t in text[ss:ee].split()):
                continue  # "RABAT, 8 Abr. (AII)": a dateline's month, then the agency
            first = re.match(r"(\S+)\s+(?=\S+\s+\S)", text[ss:ee])
            if first and fold(first.group(1)) in _LEADING_ARTICLES:
                ss += first.end()  # "The Liberation Tigers of Tamil Eelam (LTTE)": no "The"
            j = ss
            while j < ee and covered[j]:
                j += 1
            owner = re.match(r"(?:['’]s)?\s+", text[j:ee]) if j > ss else None
            if owner is not None and len(text[j + owner.end() : ee].split()) >= 2:
                ss = j + owner.end()  # "Kibaki's Party of National Unity (PNU)": the party's name
            name = text[ss:ee]
            kind = (
                "organization"
                if _is_org_like(name, ent) or len(name.split()) >= 3
                else "organization"
            )
            rec = record_new(name, kind)
            if not any(covered[ss:ee]):
                add_mention(rec, ss, ee, "new")
        rec.aliases.add(acr)
        acronym_map[acr] = rec
        add_mention(rec, m.start(1), m.start(1) + len(acr), "acronym")
    if acronym_map:
        pat = re.compile(
            r"(?<![\w.])("
            + "|".join(re.escape(a) for a in sorted(acronym_map, key=len, reverse=True))
            + r")(?![\w])"
        )
        for m in pat.finditer(text):
            if covered[m.start()]:
                continue
            add_mention(acronym_map[m.group(1)], m.start(), m.end(), "acronym")

    # ---- 3. role phrases ------------------------------------------------------------------
    role_phrases = _role_phrases(text, folded, atoms, lexicon, ent)

    # ---- 4. unknown names ---------------------------------------------------------------------
    first_names = _first_names(kb)
    months = _month_words(lang)
    stop_words = lexicon.not_actors | lexicon.sentence_starters | lexicon.function_words | months
    role_ends = {rp.end: rp for rp in role_phrases}
    body_start = len(text) - len(text.lstrip())  # where a dateline's city would stand
    # "Albares y Lammy han mantenido un encuentro": a speech verb («mantener», "hold") whose
    # object is a meeting tells an event, not words
    meeting_nouns = {a.start for a in atoms if a.type == MEETING_NOUN}
    spoken = [
        a
        for a in atoms
        if a.type == SPEECH and not _object_is_meeting(folded, a.end, meeting_nouns)
    ]
    speech_starts = {a.start for a in spoken}
    speech_ends = {a.end for a in spoken}
    institutions = {fold(w) for w in ent.get("institutions", [])}
    place_preps = {fold(w) for w in ent.get("place_preps", [])}
    # "viajó a Bengasi", "visited Ohrid", "la ciudad de Sikasso": where a name can only be a place
    destination_at = {
        a.end
        for a in atoms
        if a.type == MEETING_VERB and a.payload.participants == "subject_visits_place"
    }
    place_heads = _place_heads(lang)
    demonym_at = {a.start: a for a in atoms if a.type == DEMONYM}
    ministry_names = {fold(w) for w in ent.get("ministry_words", [])}
    doc_starts = {a.start for a in atoms if a.type == DOC_NOUN}
    demonym_end = {a.end: a for a in atoms if a.type == DEMONYM}
    early_surnames = _surname_map(records, text, first_names, (speech_starts, speech_ends))
    org_prefixes: dict[str, str] = {}  # "consejo permanente" → the body named in full earlier
    for rec in records.values():
        if rec.kind == "organization":
            for m in rec.mentions:
                _register_prefixes(org_prefixes, fold(text[m.start : m.end]), rec.key)
    title_starts: dict[int, int] = {}
    for a in atoms:
        if a.type in (ROLE, GENERIC, DEMONYM):
            # the longest title at a start ("Chief Minister", not the "chief" inside it)
            title_starts[a.start] = max(a.end, title_starts.get(a.start, a.end))
    cue_words = {fold(c).rstrip(".") for c in ent.get("person_cues", [])}
    for ws, we in words.spans:
        if text[ws].isupper() and fold(text[ws:we]).rstrip(".") in cue_words:
            title_starts.setdefault(ws, we + (1 if text[we : we + 1] == "." else 0))
    for w in ent.get("title_prefixes", []):
        for mm in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?= )", text):
            title_starts.setdefault(mm.start(), mm.end())
    title_ends = {a.end for a in atoms if a.type in (ROLE, GENERIC)}
    runs = _uncovered_runs(_cap_sequences(text, words, ent, lexicon), covered, title_starts, text)
    role_vocab = _role_vocabulary(lexicon)
    inside_title = Intervals(
        [(a.start + 1, a.end) for a in atoms if a.type == GENERIC and a.end - a.start > 1]
    ).contains
    for ss, ee in _split_at_first_names(runs, text, first_names, ent):
        if _shouted_phrase(text[ss:ee], lang):
            continue  # «IRÃ NO CENTRO DA CONVERSA»: a subheading in capitals, no name
        if inside_title(ss):
            # «los jefes de Estado y de Gobierno de los Veintiocho»: the capitalised words of a
            # title and what follows it are no body's name («Gobierno de los Veintiocho»)
            continue
        if lang == "en" and text[ee - 2 : ee] in ("'s", "’s") and ee - ss > 3:
            ee -= 2  # "in Maryland's Catoctin Mountains": the possessive is not the name
        # "Chief Cabinet Secretary Minoru Kihara": title words before the name are not the name
        while True:
            m_tok = re.match(r"(\S+) ", text[ss:ee])
            if not m_tok or len(text[ss:ee].split()) <= 2:
                break
            first_tok = fold(m_tok.group(1)).strip(".")
            nxt_tok = re.match(r"(\S+)", text[ss + m_tok.end() : ee])
            if (
                m_tok.group(1).lower().strip(".") in lexicon.not_actors_accented
                and nxt_tok
                and fold(nxt_tok.group(1)) in first_names
            ):
                ss += m_tok.end()  # "EFE Rosa Quispe Mamani": a word that is never an actor
                continue
            if first_tok not in role_vocab:
                break
            if _is_org_like(text[ss:ee], ent):
                # strip the whole title only when what is left is a name, not a body
                rest = text[ss:ee].split()
                k = 0
                while k < len(rest) - 2 and fold(rest[k]).strip(".") in role_vocab:
                    k += 1
                tail = " ".join(rest[k:])
                if (
                    k == 0
                    or _is_org_like(tail, ent)
                    or not 2 <= len(rest) - k <= 3
                    or any(fold(w) in role_vocab or not w[:1].isupper() for w in rest[k:])
                ):
                    break
                ss = ee - len(tail)
                break
            ss += m_tok.end()
        if ee in title_ends:
            # "rebel chairman Murad Ebrahim and Malaysian Prime Minister …": the run takes in the
            # next title; a name of two words or more before "and" is still a name
            cut = _NAME_BEFORE_AND.match(text, ss, ee)
            if cut is None or any(fold(w).strip(".") in role_vocab for w in cut.group(1).split()):
                continue  # "Deputy Foreign Minister": a title, not a name
            ee = ss + len(cut.group(1))
        if not text[ss : ss + 1].isupper():
            continue  # "(Estado Mayor) de la Defensa": what a stripped title leaves is no name
        name = text[ss:ee]
        toks = name.split()
        ftoks = [fold(t).rstrip(".") for t in toks]
        if any(t in ("and", "y", "e", "et") for t in ftoks) and not _is_org_like(name, ent):
            # "their foreign ministers, Jaswant Singh and Abdul Sattar": two holders of the title
            parts = re.split(r"\s+(?:and|y|e|et)\s+", name)
            jt = ss
            while jt > 0 and text[jt - 1] == " ":
                jt -= 1
            if (
                len(parts) == 2
                and all(2 <= len(x.split()) <= 3 and x[:1].isupper() for x in parts)
                and not any(_is_org_like(x, ent) for x in parts)
                and (
                    _after_plural_title(folded, ss, lang)
                    # "Justice Minister Hamid Awaluddin and Malik Mahmud, the prime minister of
                    # …": a titled name, then a second name of the same kind
                    or (jt in role_ends and role_ends[jt].office is not None)
                    # «Roland Dumas et Krzysztof Skubiszewski»: two given names open two names
                    or all(fold(x.split()[0]) in first_names for x in parts)
                )
            ):
                for part in parts:
                    ps = ss + name.index(part)
                    rec = record_new(part, "person")
                    add_mention(rec, ps, ps + len(part), "new")
                continue
            continue  # "Wang and President": two names, never one
        at_sentence_start = ss in sent_starts or (
            ss > 0 and text[ss - 1] in '«“"‘—(' and (ss - 1) in sent_starts
        )
        if len(toks) <= 2:
            known = early_surnames.get(fold(name))
            if known and _named_rival(records, known, fold(name), text):
                known = None  # "Kim" after "Kim Myong Gil" too: the surname step chooses
            if known and not (
                at_sentence_start and len(toks) == 1 and name.lower() in pronoun_words
            ):
                # "He said …" opening a sentence is the pronoun, not He Lifeng
                add_mention(records[known], ss, ee, "surname")
                continue
        if len(toks) == 1 and (
            ftoks[0] in stop_words or (_is_org_like(name, ent) and ftoks[0] not in institutions)
        ):
            continue  # "Assembly", "Council" alone: a fragment of a longer name
        if at_sentence_start and ftoks[0] in stop_words:
            # "El Partido Demócrata cuestionó …": the capital is the sentence's, the name follows;
            # «Selon M. Skubiszewski», «Pour Roland Dumas»: a person after the opening word
            # «Ayer la Dirección de Comunicación informó»: the article after it goes too
            k = 1
            while k < len(toks) - 1 and not toks[k][:1].isupper():
                k += 1
            rest_start = ss + len(toks[0]) + 1
            person_next = len(toks) >= k + 1 and (
                _preceded_by_person_cue(text, rest_start + len(toks[k]) + 1, ent)
                or (len(toks) >= k + 2 and ftoks[k] in first_names)
            )
            if len(toks) < k + 1 or (
                not person_next and (len(toks) < k + 2 or not _is_org_like(" ".join(toks[k:]), ent))
            ):
                continue
            ss = ss + len(toks[0]) + text[ss + len(toks[0]) : ee].index(toks[k])
            name = text[ss:ee]
            toks, ftoks = toks[k:], ftoks[k:]
            if len(toks) >= 2 and _preceded_by_person_cue(text, ss + len(toks[0]) + 1, ent):
                # «M. Skubiszewski»: the honorific is no part of the name
                ss = ss + len(toks[0]) + text[ss + len(toks[0]) : ee].index(toks[1])
                name = text[ss:ee]
                toks, ftoks = toks[1:], ftoks[1:]
        if all(t in stop_words for t in ftoks):
            continue
        if " ".join(ftoks) in ministry_names and text[ee : ee + 1] == " " and ee + 1 in demonym_at:
            continue  # «el Ministerio de Relaciones Exteriores cubano»: the ministries step's
        of = next((i for i in range(len(toks) - 2, 0, -1) if ftoks[i] in _OF_THE), None)
        if (
            of is not None
            and len(toks) - of <= 4
            and early_surnames.get(ftoks[-1]) in records
            and _is_org_like(" ".join(toks[:of]), ent)
        ):
            # «el Gobierno de Díaz-Canel», «el Partido Conservador de Andries Treurnicht»: a
            # body and the person it belongs to, not one name
            ee = ss + len(" ".join(toks[:of]))
            name = text[ss:ee]
            toks, ftoks = toks[:of], ftoks[:of]
            if len(toks) == 1 and ftoks[0] in stop_words:
                continue
        # what is around it
        j = ss
        while j > 0 and text[j - 1] in " ,":
            j -= 1
        rp = role_ends.get(j)
        if rp is None:
            # "el asesor presidencial Mijailo Podoliak": adjectives between the title and the name
            adj = _TITLE_ADJECTIVES.search(text, max(0, j - 40), j)
            if adj is not None:
                rp = role_ends.get(adj.start())
        if rp is None and honorifics is not None:
            # "Saudi Energy Minister Prince Abdulaziz bin Salman": an honorific between the
            # title and the name
            hon = honorifics[0].search(text, max(0, j - 25), j)
            if hon is not None:
                rp = role_ends.get(hon.start())
        after = text[ee : ee + 3]
        is_org = _is_org_like(name, ent)
        kind = None
        if len(toks) == 1 and ftoks[0] in institutions:
            # "la Cancillería", "the Foreign Ministry": an institution speaking; keep its demonym
            kind = "organization"
            k = ee + 1
            d = demonym_at.get(k)
            if text[ee : ee + 1] == " " and d is not None:
                ee = d.end
                name = text[ss:ee]
        elif len(toks) >= 2 and _is_venue_like(name, ent):
            kind = "place"  # «el Museo del Holocausto de Yad Vashem», "Windsor Castle": a venue
        elif is_org and len(toks) >= 2:
            kind = "organization"
        elif _typed_as_body(folded, ss, ee, lang):
            kind = "organization"  # «el partido Voluntad Popular», "Popular Will, the party of"
        elif (
            rp is not None
            and (
                rp.office
                or (rp.via == "counterpart" and not is_org and len(toks) >= 2)
                # "its chief, Dutch diplomat Pieter Feith": a generic title's bearer
                or (rp.offices and rp.where and not is_org and len(toks) >= 2)
            )
            and len(toks) <= 4
        ) or (
            len(toks) <= 4
            and _role_segment_before(text, ss, role_phrases, speech_starts, sent_starts) is not None
        ):
            kind = "person"
        elif (
            2 <= len(toks) <= 3
            and not is_org
            and _after_body_complement(text, folded, ss, mentions, records)
        ):
            kind = "person"  # "el vicepresidente de la Comisión Europea Valdis Dombrovskis"
        elif 2 <= len(toks) <= 3 and not is_org and _after_plural_title(folded, ss, lang):
            # "their foreign ministers, Jaswant Singh and Abdul Sattar,": the title's holders
            kind = "person"
        elif (
            2 <= len(toks) <= 3
            and not is_org
            and _coordinated_complement(text, folded, ss, mentions, records)
        ):
            # "Los presidentes de Perú, Alberto Fujimori, y de Ecuador, Jamil Mahuad": the
            # title's second complement, then its holder
            kind = "person"
        elif (
            len(toks) >= 2
            and (ftoks[0] in first_names or ftoks[0].split("-")[0] in first_names)
            and len(toks) <= 4
        ):
            # a known given name, hyphenated too: "Hans-Gert Pöttering", "Jean-Yves Le Drian"
            kind = "person"
        elif _preceded_by_person_cue(text, ss, ent):
            kind = "person"
        elif (
            2 <= len(toks) <= 3
            and not is_org
            and _coordinated_with_person(folded, ss, mentions, records)
        ):
            kind = "person"  # "former President Benjamin Mkapa and Graca Machel"
        elif 2 <= len(toks) <= 3 and not is_org and _followed_by_person_relative(folded, ee, ent):
            kind = "person"  # "canal administrator Ricaurte Vasquez, who has said …"
        elif (
            len(toks) == 2
            and not is_org
            and _HYPHENATED_GIVEN.match(name)
            and ftoks[0] in _family_names_first()
            and not _after_named_head(folded, ss, ent)
        ):
            # "Lee Yong-soo", "Kim Yong-chol", "Tsai Ing-wen": family name, given name (not
            # «l'université Sun Yat-sen», a body named after one)
            kind = "person"
        elif 2 <= len(toks) <= 3 and _INITIALS.match(toks[0]) and toks[-1][:1].isupper():
            kind = "person"  # "H.A. Hellyer", "J.D. Vance"
        elif 2 <= len(toks) <= 3 and re.match(
            r"^, \d{1,2}(?: años| anos| ans)?,", text[ee : ee + 12]
        ):
            kind = "person"  # "Hiroko Tsujimoto, 67, who runs a shop"
        elif 2 <= len(toks) <= 4 and demonym_end.get(ss - 1) is not None and not is_org:
            kind = "person"  # "el timorense Zacarias da Costa", "the Briton John Smith"
        elif 2 <= len(toks) <= 3 and (
            _next_is_speech(text, ee, speech_starts) or _after_speech(text, ss, speech_ends)
        ):
            kind = "person"  # "Dlamini said", "said Nomvula Dlamini of the Institute …"
        elif (
            after.startswith(", ")
            and len(toks) >= 2
            and _apposition_role_after(text, ee, role_phrases)
        ):
            kind = "person"
        elif 2 <= len(toks) <= 3 and not is_org and _ONE_OF_THEM.match(text, ee):
            kind = "person"  # "Satea al-Haj, one of the FFC negotiators, said"
        elif (
            len(toks) <= 3
            and not at_sentence_start
            and _word_before(folded, ss) in place_preps
            and ftoks[0] not in first_names
            and not is_org
            and ss not in doc_starts  # «culminaram na Declaração Conjunta …»: a document
            and not _names_a_meeting(name, ss, meeting_nouns)
        ):
            kind = "place"  # "en Masaya", "in Kharkiv": a locative complement
        elif (
            len(toks) <= 3
            and ftoks[0] not in first_names
            and not is_org
            and ss not in doc_starts
            and not _names_a_meeting(name, ss, meeting_nouns)
            and (
                _gap_end(text, destination_at, ss)
                or (place_heads is not None and place_heads.search(folded, max(0, ss - 40), ss))
            )
        ):
            kind = "place"  # "viajó a Bengasi", "the lakeside resort of Ohrid": a destination
        elif len(toks) <= 4 and not is_org and ss == body_start and _DATELINE_AFTER.match(text, ee):
            kind = "place"  # "Alcalá de Henares (Madrid), 31 may (EFE).-": the dateline's city
        if kind is None:
            continue
        if kind == "organization":
            # "Consejo Permanente" after "Consejo Permanente de la OEA": the same body
            prior_key = org_prefixes.get(fold(name))
            if prior_key is not None and records[prior_key].name != name:
                add_mention(records[prior_key], ss, ee, "new")
                continue
        if kind == "person":
            # "Abdulaziz bin Salman": "son of" and the father's name, known alone as another
            # person (King Salman), are part of this unknown person's name
            son = _PATRONYMIC.match(text, ee)
            if son:
                k = bisect.bisect_left(mentions, MentionRef(son.end(), -1, "", ""))
                if (
                    k < len(mentions)
                    and mentions[k].start == son.end()
                    and records[mentions[k].key].kind == "person"
                    and mentions[k].via == "short"
                ):
                    father = mentions.pop(k)
                    records[father.key].mentions.remove(father)
                    ee = father.end
                    name = text[ss:ee]
                    toks = name.split()
            # "Abdelfatah al Sisi": given names spelt another way before a known surname
            glued = _ARABIC_PARTICLE.match(text, ee)
            if glued:
                k = bisect.bisect_left(mentions, MentionRef(glued.end(), -1, "", ""))
                if k < len(mentions) and mentions[k].start == glued.end():
                    nxt = records[mentions[k].key]
                    if nxt.kind == "person" and nxt.entry is not None:
                        add_mention(nxt, ss, mentions[k].end, "name")
                        continue
        if (
            kind == "person"
            and len(toks) == 1
            and rp is not None
            and rp.office
            and published is not None
            and _former_before(folded, rp, lexicon) is None
        ):
            # "President Bush" in 2006, «el primer ministro Singh»: the holder of the title on
            # the article's date who bears that surname, when only one does
            ids = kb.titled_surname(rp.office, ftoks[0], published, rp.where)
            if len(ids) == 1:
                add_mention(record_for_entry(kb.get(ids[0])), ss, ee, "titled")
                continue
        if kind == "person" and len(toks) == 1 and early_surnames.get(ftoks[0]) in records:
            # «a déclaré M. Wang» after «Wang Daohan»: the person already named in full
            add_mention(records[early_surnames[ftoks[0]]], ss, ee, "surname")
            continue
        if kind == "person" and len(toks) == 1 and early_surnames.get(ftoks[0]) == "":
            # "Mr Kim" after "Kim Jong Un" and "Kim Yong Chol": one of them, not a third Kim; the
            # surname step chooses
            continue
        rec = record_new(name, kind)
        if kind == "organization":
            _register_prefixes(org_prefixes, fold(name), rec.key)
        add_mention(rec, ss, ee, "new")
        if kind == "person" and len(toks) >= 2:
            # later "Da Rin" or "Patiño" alone is this person (its name is its first mention)
            for key, val in _surname_map({rec.key: rec}, text, first_names).items():
                early_surnames[key] = val if early_surnames.get(key, val) == val else ""

    # "«…», dijo Peña Ugarte … Álvaro Peña Ugarte": a surname met before the full name
    _merge_surnames_first(records, mentions)

    # ---- 4b. governments: "el Gobierno de Maduro", "the Colombian government" ------------------
    _governments(
        text, folded, atoms, ent, kb, lang, records, mentions, covered, add_mention, record_new
    )
    _ministries(text, folded, atoms, ent, records, mentions, covered, add_mention, record_new)
    _national_bodies(text, atoms, ent, covered, add_mention, record_new)
    _sides(folded, atoms, ent, records, covered, add_mention)

    # ---- 5. surnames of people named in full ---------------------------------------------------
    shared_surnames: dict[str, dict[str, tuple[int, bool]]] = {}
    surname_map = _surname_map(
        records, text, first_names, (speech_starts, speech_ends), shared_surnames
    )
    sent_start_set = set(sorted_sent_starts)
    if surname_map:
        for ws, we in words.spans:
            if covered[ws] or not (
                text[ws].isupper()
                or _PARTICLE_NAME.match(text[ws:we])
                or (text[ws:we] in _PATRONYMIC_WORDS and text[we + 1 : we + 2].isupper())
            ):
                continue
            # try two-word then one-word surnames
            for span_end in _two_then_one(words, ws, we):
                key = surname_map.get(fold(text[ws:span_end]))
                if key is not None:
                    key = _shared_surname(shared_surnames.get(fold(text[ws:span_end])), ws, key)
                if key and span_end == we and text[ws:we].lower() in pronoun_words:
                    # "He said …" opening a sentence is the pronoun, not He Lifeng
                    before = text[max(0, ws - 3) : ws].strip()
                    if ws in sent_start_set or before in ("", '"', "“", "«", "(", "—"):
                        continue
                if key:
                    add_mention(records[key], ws, span_end, "surname")
                    break
        # "Kim, a former ambassador, said": a known person's short name that another person
        # named before shares, when only that other one spoke by a full name
        for m in list(mentions):
            if m.via != "short" or records[m.key].kind != "person":
                continue
            people = shared_surnames.get(fold(text[m.start : m.end]))
            if not people:
                continue
            if m.key not in people:
                # "Kirchner" after "Néstor Kirchner" in 2004: the person named in full in the
                # article, not the one the knowledge base calls so and the article never names
                if any(x.via in ("name", "new", "titled") for x in records[m.key].mentions):
                    continue
                before = [k for k, v in people.items() if v[0] < m.start]
                fs = fold(text[m.start : m.end])
                if len(before) != 1 or not _bears_surname(records[before[0]], fs, text):
                    continue
                key = before[0]
            else:
                key = _shared_surname(people, m.start, m.key)
            if key != m.key:
                mentions.remove(m)
                records[m.key].mentions.remove(m)
                add_mention(records[key], m.start, m.end, "surname")
        # "Carlos França … França assegurou": a country or place that is the surname of a person
        # named before, as the subject of a reporting verb, is that person
        for m in list(mentions):
            r = records[m.key]
            if r.kind not in ("country", "place") or m.via not in ("name", "short"):
                continue
            key = surname_map.get(fold(text[m.start : m.end]))
            if not key or not any(pm.end <= m.start for pm in records[key].mentions):
                continue
            j = m.end
            while j < len(text) and text[j] == " ":
                j += 1
            if j in speech_starts:
                mentions.remove(m)
                r.mentions.remove(m)
                add_mention(records[key], m.start, m.end, "surname")

    # ---- 5b. aliases: 'Rodrigo Londoño, alias "Timochenko"' -------------------------------------
    _aliases(text, ent, records, mentions, covered, add_mention)

    # ---- 6. bind and resolve role phrases in reading order ------------------------------------
    mentions.sort()
    bound_prefixes: dict[
        str, str
    ] = {}  # folded title (and its prefixes) → the person it was bound to
    former_bound: dict[str, str] = {}  # folded title → the person who held it before
    elect_bound: dict[str, str] = {}  # folded title → the person who is to take it
    bound_wheres: dict[str, set[str]] = {}  # person → the bodies/countries of titles bound to them
    bound_bodies: dict[str, str] = {}  # person → the body named right after a title bound to them
    kin = kinship_before(lang)
    rp_starts = sorted(rp.start for rp in role_phrases)
    for rp in role_phrases:
        if covered[rp.head] and not (
            # "the Kremlin leader": a seat of power named inside one country's title
            rp.role is not None and rp.role.countries and not covered[rp.end - 1]
        ):
            continue
        # "le père du président chinois, Xi Zhongxun": the name is the father's, not the title's
        kin_before = kin is not None and kin.search(folded, max(0, rp.start - 30), rp.start)
        target = None if kin_before else _apposition_target(text, rp, mentions, records, lang)
        if target is not None and target.start > rp.end:
            k = bisect.bisect_left(rp_starts, rp.end)
            if k < len(rp_starts) and rp_starts[k] < target.start:
                # "A presidente brasileira falou com o presidente do Conselho Europeu, Herman
                # Van Rompuy": the title right before the name is his, not one further back
                target = None
        if target is not None:
            rec = records[target.key]
            if rec.kind != "person":
                continue
            office, where = _role_office(rp, rec, lexicon)
            was = _former_before(folded, rp, lexicon)
            if office and rp.offices and rec.entry is not None:
                # "la canciller Angela Merkel": the reading her own record holds
                held = {r.office for r in rec.entry.roles_on(published)}
                office = next((o for o in (office, *rp.offices) if o in held), office)
            if (
                office
                and rp.role is not None
                and rp.role.countries
                and rp.role.office == office
                and where
                and (
                    rec.entry is None
                    or not any(r.office == office for r in rec.entry.roles_on(published))
                )
                and not _may_be_holder(rec, _sole_holders(kb, office, where, published), kb)
            ):
                # "el ayatolá Alí al Sistani": a one-country title whose holder the knowledge
                # base knows, apposed to somebody else, is a title of another sense (a cleric)
                office, where = None, None
            if office and rec.entry is not None and where and len(where) == 2:
                # "le président congolais Denis Sassou Nguesso": «congolais» reads as the DR
                # Congo; the record knows which Congo he presides
                own = [r.country for r in rec.entry.roles_on(published) if r.office == office]
                if own and where not in own and own[0]:
                    where = own[0]
            if office is None and rp.via == "counterpart":
                # "su par armenio, Aram Vardanián": the antecedent's office, in the other country
                office = _antecedent_office(rp, mentions, records, published)
            ftitle_bound = fold(text[rp.head : rp.end])
            if _elect_after(folded, rp, lexicon):
                # «o presidente eleito, Fernando Henrique Cardoso»: not yet the president a
                # later «o presidente» names; «o presidente eleito» does
                elect_bound.setdefault(ftitle_bound, rec.key)
                continue
            if was:
                # "l'ancien président Henri Konan Bédié": a past office, which a later "le
                # président ivoirien" does not name; "l'ancien président" does
                former_bound.setdefault(ftitle_bound, rec.key)
                if office and not rec.office:
                    rec.office, rec.office_where, rec.former = office, where, True
                continue
            if rp.where:
                bound_wheres.setdefault(rec.key, set()).add(rp.where)
            named_body = _body_named_in_title(rp, mentions, records)
            if named_body is not None:
                bound_bodies.setdefault(rec.key, named_body.key)
            words_ = ftitle_bound.split()
            body_words = _title_body(lang).match(text, rp.end)
            if body_words is not None:
                # "O Presidente da República, Marcelo …": the title with the body it names
                words_ = fold(text[rp.head : body_words.end()]).split()
            for k in range(1, len(words_) + 1):
                key_ = " ".join(words_[:k])
                # a prefix two people's titles share ("ministro" of "ministro de Exteriores" and
                # "ministro principal") binds neither
                bound_prefixes[key_] = (
                    rec.key if bound_prefixes.get(key_, rec.key) == rec.key else ""
                )
            if office and not rec.office:
                # «el líder del Partido Socialdemócrata y Laborista, John Hume»: the body named
                # after the title is where he holds it
                rec.office = office
                rec.office_where = where or (named_body.key if named_body is not None else None)
                if rp.gender and not rec.gender:
                    rec.gender = rp.gender
                if where and len(where) == 2 and not rec.country:
                    rec.country = where
            continue
        if _plural_determiner(folded, rp.start, lexicon):
            continue  # "ambos líderes", "the two ministers": a group, not one person
        if _elect_after(folded, rp, lexicon):
            # «disse o presidente eleito»: the one told as elect, else nobody the base knows
            key = elect_bound.get(fold(text[rp.head : rp.end]))
            rec = records[key] if key else None
            if rec is None and re.search(
                r"(?<!\w)(?:the|el|la|le|l'|o|a)\s+(?:(?:then|entonces|alors|entao)\s+)?$",
                folded[max(0, rp.start - 16) : rp.start],
            ):
                # "the president-elect", «o então presidente eleito»; not "a president or
                # president-elect"
                rec = _elect_holder(rp, mentions, records, published)
            if rec is not None:
                add_mention(rec, rp.start, rp.end, rp.via)
            continue
        if _former_before(folded, rp, lexicon) == "former":
            # "l'ancien Premier ministre" after "l'ancien Premier ministre Alassane Ouattara"
            # ("the then president-elect" is whoever held the title then: resolved below)
            key = former_bound.get(fold(text[rp.head : rp.end]))
            if _PERSON_TITLE_CHAIN.match(text, rp.end) or _NAME_AHEAD.match(text, rp.end):
                # "el expresidente y senador Álvaro Uribe", "la expresidenta de la Corte
                # Suprema de Justicia Vilma Morales": the titles of a name told next
                continue
            deposed = _deposed_after(folded, rp, lexicon)
            if key is None and not deposed:
                # "el expresidente estadounidense Jimmy Carter … el expresidente afirmó": the
                # one the text told as a former holder of the office, before anyone who held it
                told = [
                    k
                    for k in former_bound.values()
                    if records[k].office is not None
                    and (records[k].office == rp.office or records[k].office in (rp.offices or ()))
                    and not (rp.gender and records[k].gender and rp.gender != records[k].gender)
                ]
                key = told[-1] if told else None
            rec = records[key] if key else _past_holder(rp, mentions, records, published, deposed)
            if rec is None and former_bound:
                # "el exmandatario Manuel Zelaya … dijo el expresidente": the one told as former
                rec = records[list(former_bound.values())[-1]]
                if rp.gender and rec.gender and rp.gender != rec.gender:
                    rec = None
            if rec is not None:
                add_mention(rec, rp.start, rp.end, rp.via)
            continue
        if set(re.findall(r"\w+", folded[max(0, rp.head - 18) : rp.head])[-2:]) & _DEPUTY:
            continue  # "the group's deputy leader", "the former Tory leader": another office
        if _non_state(folded, rp, lexicon):
            continue  # "the rebel leader", «el líder opositor»: no state's office holder
        head_word = fold(text[rp.head : rp.end]).split()[-1:]
        before_words = re.findall(r"\w+", folded[max(0, rp.start - 22) : rp.start])[-2:]
        indefinite_det = _INDEFINITE.get(lexicon.lang, frozenset())
        # "said a Kampala-based diplomat": a hyphenated modifier is one word (not after a name:
        # "Anneliese Brandauer, a non-proliferation researcher" is her)
        compound = re.findall(r"\w+(?:-\w+)+|\w+", folded[max(0, rp.start - 30) : rp.start])[-2:]
        if (
            head_word
            and not set(before_words) & indefinite_det
            and set(compound) & indefinite_det
            and "-" in compound[-1]
            and not re.search(r",\s*\S+\s+\S+\s*$", folded[max(0, rp.start - 40) : rp.start])
        ):
            before_words = compound
        if head_word and not set(before_words) & indefinite_det:
            # "said a Southeast Asian diplomat": capitalised modifiers between the determiner
            # and the title
            back = re.findall(r"[\w'’.-]+|[^\w\s]", text[max(0, rp.start - 50) : rp.start])
            k = len(back)
            while k > 0 and len(back) - k < 3 and back[k - 1][:1].isupper():
                k -= 1
            if (
                0 < k < len(back)
                and fold(back[k - 1]) in indefinite_det
                # "Nicholas Burns, a State Department spokesman, said": the name's apposition
                # (not "…, a Foreign Ministry spokesman said")
                and not (
                    k > 1 and back[k - 2] == "," and text[rp.end : rp.end + 2].strip()[:1] == ","
                )
            ):
                before_words = [fold(back[k - 1])]
        if head_word and set(before_words) & indefinite_det:
            # "a European diplomat", "un diplomate français": someone unnamed, an actor of its
            # own named by the description; "the diplomat" after it is the same one. "The first
            # visit by an Australian leader", «un monarca español»: a head of state or government
            # in general, nobody in particular
            if {rp.office, *rp.offices} & _HEAD_OFFICES:
                continue
            desc = _description(text, rp.start, rp.end)
            if desc:
                rec = record_new(desc[2], "person")
                add_mention(rec, desc[0], desc[1], "description")
                indefinite.append((rp.start, head_word[0], rec))
            continue
        same = [
            r for p0, w, r in indefinite if rp.start - 900 <= p0 < rp.start and w == head_word[0]
        ]
        if same:
            add_mention(same[-1], rp.start, rp.end, rp.via)
            continue
        if head_word and any(
            rp.start - 900 <= a.start < rp.start
            and head_word[0] in fold(text[a.start : a.end]).split()
            for a in anon_atoms
        ):
            # "a senior official said … the official said": still anonymous ("Diplomatas
            # brasileiros … o diplomata" is one of them no more than the ambassador named between)
            continue
        body = _OF_A_BODY.match(folded, rp.end)
        if body is not None and text[body.start(1)].islower():
            # «o presidente do partido», "the chairman of the committee": the head of a body the
            # text does not name («la présidente de la Commission» names one), not the
            # country's holder of the title
            continue
        # "the Secretary" after "Secretary of State Antony Blinken": the person bound to that title
        ftitle = fold(text[rp.head : rp.end])
        bound_key = bound_prefixes.get(ftitle)
        if (
            bound_key
            and rp.where is None
            and _body_by_head_word(rp, mentions, records, text, lexicon.lang) is not None
        ):
            # «el presidente de la Comisión» after «el presidente del Gobierno, Pedro Sánchez»:
            # another body's head, resolved with that body below
            bound_key = None
        if not bound_key and rp.where and ftitle.split():
            # "o líder da Renamo" after "o líder da Resistência Nacional Moçambicana (Renamo),
            # Afonso Dhlakama": the same title of the same body, by its acronym this time
            head_key = bound_prefixes.get(ftitle.split()[0])
            if (
                head_key
                and rp.where in bound_wheres.get(head_key, ())
                and records[head_key].office in (None, rp.office)
            ):
                # (not « le président du Conseil » after « le président de la République
                # italienne, Sergio Mattarella »: the same head word, another office)
                bound_key = head_key
        if bound_key:
            # «el líder del Partido Unionista Democrático» after «el líder del Partido
            # Socialdemócrata, John Hume»: the same words name another body's leader
            body = _body_named_in_title(rp, mentions, records)
            if body is not None and bound_bodies.get(bound_key, body.key) != body.key:
                bound_key = None
        rec = records[bound_key] if bound_key else None
        resolved = _resolve_title(
            rp,
            mentions,
            records,
            kb,
            published,
            lexicon,
            record_for_entry,
            (speech_starts, speech_ends),
            sorted_sent_starts,
            text,
            bound_prefixes,
        )
        if rec is None or (
            resolved is not None
            and resolved is not rec
            and _previous_subject(mentions, records, sorted_sent_starts, rp.start) is resolved
        ):
            # "Marcelo não escondeu as diferenças. Segundo o Presidente da República, …": the
            # previous sentence's subject holds the title too, before its last bearer
            rec = resolved
        if rec is not None:
            add_mention(rec, rp.start, rp.end, rp.via)

    # ---- 6b. unnamed sources described by the text: "a senior Lebanese political source" -------
    _anonymous_sources(text, lang, covered, record_new, add_mention, atoms)

    # ---- 6c. a body the knowledge base lacks, named with its place: «Forças Armadas de Defesa de
    # Moçambique», «Organización de Investigación Espacial de la India» -------------------------
    _bodies_with_their_place(text, records, mentions, record_new, add_mention)

    # ---- 7. bodies named again by their head noun: "the council", "l'Alliance", "el bloque" ----
    _org_anaphors(text, folded, ent, records, mentions, covered, add_mention)

    # ---- 8. a legislature named bare: "asked Congress to approve", «el Senado aprobó» ----------
    _bare_legislatures(text, folded, lang, records, covered, record_new, add_mention)

    return _finish(text, records, mentions, kb, lexicon, published)


@cache
def _anonymous_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The description of an unnamed source, and its definite repeat ("the official")."""
    data = _entities(lang).get("anonymous_source")
    if not data:
        return None

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    cap = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-ZÁÉÍÓÚÑÇ][\w’'-]*)"
    pre = r"(?:(?:" + alt(data.get("pre_modifiers", [])) + r"|" + cap + r")\s+){0,4}?"
    heads = alt(data["heads"])
    post = (
        r"(?:\s+(?:"
        + alt(data.get("post_modifiers", []))
        + r"|[a-zà-ÿ]+(?:"
        + _ADJECTIVE_SUFFIXES
        + r")\b)){0,2}"
    )
    lowers = alt(data.get("complement_nouns", [])) or "(?!)"
    comp = (
        r"(?:[ ]+(?:"
        + alt(data.get("complement_preps", []))
        + r")[ ]*(?:(?:"
        + alt(data.get("complement_articles", []))
        + r")[ ]*)?"
        + cap
        + r"(?:[ ]+(?:"
        + cap
        + r"|(?:de|del|of|du|des|do|da|y|and|et|e)[ ]+"
        + cap
        + r"))*"
        + r"(?:[ ]+(?:"
        + lowers
        + r"))?"
        # "del Gobierno español": the body's demonym closes the description
        + r"(?:[ ]+[a-zà-ÿ]+(?:ais|aise|éen|éenne|ano|ana|ense|és|esa|ês|ol|ola|eiro|eira)\b)?)?"
    )
    desc = re.compile(
        r"(?<![\w’'])(?:"
        + alt(data["determiners"])
        + r")\s+("
        + pre
        + r"("
        + heads
        + r")(?![\w-])"
        + post
        + comp
        + r")(?![\w’'])"
    )
    back = re.compile(
        r"(?<![\w’'])(?:" + alt(data.get("back_articles", [])) + r")\s*(" + heads + r")(?![\w-])"
    )
    return desc, back


def _anonymous_sources(text, lang, covered, record_new, add_mention, atoms) -> None:
    """ "A senior Lebanese political source said", "resumía un alto cargo de Moncloa": an unnamed
    source is an actor of its own, named by its description (as a reader would cite it), never
    a nearby named person; "the source" / "la fuente" after it is the same one. A description
    that is the apposition of a name ("Majed al-Ansari, a spokesperson") or that names its
    bearer ("a senior official, John Kirby,") is left to the role phrases. Its country is the
    one country its description's adjectives name ("an Emirati official", «una fuente de la
    Presidencia angoleña»)."""
    pats = _anonymous_patterns(lang)
    if pats is None:
        return
    desc_pat, back_pat = pats
    demonyms = [a for a in atoms if a.type == DEMONYM and a.payload]
    found: list[tuple[int, str, Record]] = []
    for m in desc_pat.finditer(text):
        s, e = m.span(1)
        hs, he = m.span(2)
        if any(covered[hs:he]):
            continue
        if re.search(r"[A-ZÁÉÍÓÚ][\w.-]+,\s*$", text[max(0, m.start() - 40) : m.start()]):
            continue  # "Zhu Fenglian, a spokeswoman for …": the named person's title
        if re.match(
            r",?\s+(?:[A-ZÁÉÍÓÚ][\w-]+\s+){1,3}(?:[A-ZÁÉÍÓÚ][\w-]+)(?:,|\s+(?:said|told|dijo|afirmó|a\s|disse))",
            text[e : e + 60],
        ):
            continue  # "a senior official, John Kirby, said": named
        name = text[s:e]
        # the mention is the run around the head that no other name holds: "official" in "a
        # senior State Department official", "alto cargo" in "un alto cargo de Moncloa"
        ms, me = hs, he
        while ms > s and not covered[ms - 1]:
            ms -= 1
        while me < e and not covered[me]:
            me += 1
        ms, me = _trim_words(text, ms, me)
        rec = record_new(name, "person")
        codes = {d.payload for d in demonyms if s <= d.start and d.end <= e}
        if len(codes) == 1 and not rec.country:
            rec.country = codes.pop()
        add_mention(rec, ms, me, "description")
        found.append((s, fold(m.group(2)), rec))
    if not found:
        return
    for m in back_pat.finditer(text):
        s, e = m.span(1)
        if covered[s]:
            continue
        if re.match(r"\s+(?:[A-ZÁÉÍÓÚ]|(?:of|de|del|du|do|da)\s)", text[e : e + 12]):
            continue  # "the official Xinhua agency", "la fuente de …": not the source again
        nxt = re.match(r"\s+([a-z]+)\b", text[e : e + 20])
        if nxt and lang == "en" and not re.search(r"(?:ed|s|said|told|spoke)$", nxt.group(1)):
            continue  # "the official visit": an adjective, not the official again
        head = fold(m.group(1))
        prev = [r for p0, h, r in found if p0 < s and s - p0 <= 2000 and h == head]
        if prev:
            add_mention(prev[-1], s, e, "description")


_LINK_WORDS = grammar_all("link_words")


def _trim_words(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without edge spaces and without linking words left at its ends."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^\s]+", text[s:e])]
    while words and fold(text[words[-1][0] : words[-1][1]]) in _LINK_WORDS:
        words.pop()
    while words and fold(text[words[0][0] : words[0][1]]) in _LINK_WORDS:
        words.pop(0)
    return (words[0][0], words[-1][1]) if words else (s, e)


# between a body's name and the place that ends it: «de», «de la», «do», "of", «du»
_BODY_PLACE_GAP = re.compile(r"\s+(?:de la|de l'|del|de|da|do|das|dos|of the|of|du|des)\s*")


def _bodies_with_their_place(text, records, mentions, record_new, add_mention) -> None:
    """ "Forças Armadas de Defesa" then «de Moçambique»: a body the knowledge base lacks, right
    before "of" and a known place or country the text names elsewhere too, is named with it;
    the place is then part of the name, not a mention of its own."""
    i = 0
    while i < len(mentions) - 1:
        m1, m2 = mentions[i], mentions[i + 1]
        r1, r2 = records[m1.key], records[m2.key]
        i += 1
        if not (
            m1.key.startswith("new:")
            and m1.via == "new"
            and r1.kind == "organization"
            and r2.kind in ("place", "country")
            # the place stays an actor of the text: it is named elsewhere too
            and len(r2.mentions) > 1
            and m2.via == "name"
            and _BODY_PLACE_GAP.fullmatch(text, m1.end, m2.start)
            and not text[m2.end : m2.end + 2].strip()[:1].isupper()
        ):
            continue
        r1.mentions.remove(m1)
        r2.mentions.remove(m2)
        mentions.remove(m2)
        mentions.remove(m1)
        add_mention(record_new(text[m1.start : m2.end], "organization"), m1.start, m2.end, "new")


def _org_anaphors(text, folded, ent, records, mentions, covered, add_mention) -> None:
    """ "The council will hold consultations", "the agency said", "l'organisation": the body
    most recently named whose name holds that noun (or, for "the bloc", "el organismo", any
    body) — a definite description standing alone, never the start of a longer name."""
    nouns = {fold(n): bool(generic) for n, generic in ent.get("org_anaphors", {}).items()}
    if not nouns:
        return
    arts = "|".join(
        re.escape(a)
        for a in sorted({fold(a) for a in ent.get("org_anaphor_articles", ["the"])}, key=len)[::-1]
    )
    pat = re.compile(
        r"(?<!\w)(?:" + arts + r")\s*(" + "|".join(re.escape(n) for n in nouns) + r")(?!\w)"
    )
    orgs = [r for r in records.values() if r.kind == "organization" and r.mentions]
    if not orgs:
        return
    words_of: dict[str, set[str]] = {}
    for r in orgs:
        forms = {fold(text[m.start : m.end]) for m in r.mentions}
        if r.entry is not None:
            forms.update(fold(n) for n in r.entry.names)
        words_of[r.key] = {w for f in forms for w in re.findall(r"\w+", f)}
    for m in pat.finditer(folded):
        s, e = m.start(1), m.end(1)
        if covered[s]:
            continue
        after = text[e : e + 30]
        if re.match(
            r"\s+(?:[A-ZÁÉÍÓÚ]|(?:of|de|del|du|des|da|do)\s+(?:la\s+|the\s+)?[A-ZÁÉÍÓÚ])", after
        ):
            continue  # "the Council of Europe", "el Consejo de Seguridad": a name, not a repeat
        if text[e : e + 1] == "s" or text[s - 1 : s] == "-":
            continue
        generic = nouns[m.group(1)]
        best = None
        for r in orgs:
            last = max((x.end for x in r.mentions if x.end <= s), default=-1)
            if last < 0 or s - last > 2500:
                continue
            if not generic and m.group(1) not in words_of[r.key]:
                continue
            if best is None or last > best[0]:
                best = (last, r)
        if best is not None:
            add_mention(best[1], s, e, "anaphor")


# a capitalised word right before a legislature's name makes it part of a longer one ("African
# National Congress", «Leal Senado»), as does one right after ("Congress Centre") or a
# complement naming something (_title_body: "Congreso de los Diputados", "Parliament of Georgia")
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*|['’]s)\s*$")
_NAME_AFTER = re.compile(r"\s*[A-ZÀ-Ý]")
# what may stand before the first word of a sentence or a quoted clause ("The Senate voted")
_OPENING_WORD = re.compile(r"(?:^|[.!?:;\n«“\"(—-])\s*\S*\s*$")


@cache
def _not_one_legislature(lang: str) -> re.Pattern[str]:
    """What before a legislature's name makes it some country's or a building: a possessive
    (roles.toml [grammar] possessives: «son Parlement», "its Parliament") or a building's noun
    (entities.toml legislature_buildings: «palais du Parlement»); folded, at the end."""
    words = load_lang_file(lang, "roles").get("grammar", {}).get("possessives", [])
    words = [*words, *load_lang_file(lang, "entities").get("legislature_buildings", [])]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w'])(?:" + word_alternation([fold(w) for w in words]) + r")\s+$")


@cache
def _legislature_pattern(lang: str) -> re.Pattern[str] | None:
    """entities.toml legislatures as one pattern (case kept: they are capitalised), or None."""
    names = load_lang_file(lang, "entities").get("legislatures", [])
    if not names:
        return None
    return re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w-])"
    )


def _bare_legislatures(text, folded, lang, records, covered, record_new, add_mention) -> None:
    """ "The White House will ask Congress to approve the sale", «el Senado aprobó el tratado»:
    a country's legislature named bare and capitalised ([legislatures] in entities.toml) is an
    organisation. A body of the article whose name opens with the same words takes the
    mention («el Congreso» after «el Congreso de los Diputados»); each other form is one
    body of its own."""
    pat = _legislature_pattern(lang)
    if pat is None:
        return
    for m in pat.finditer(text):
        s, e = m.span(1)
        if any(covered[s:e]):
            continue
        if _NAME_BEFORE.search(text, max(0, s - 30), s) and not _OPENING_WORD.search(
            text[max(0, s - 30) : s]
        ):
            continue
        if _NAME_AFTER.match(text, e) or _title_body(lang).match(text, e):
            continue
        if _not_one_legislature(lang).search(folded, max(0, s - 20), s):
            continue  # «un vote de son Parlement», "the palace of Parliament": not one body
        form = fold(m.group(1))
        owner = next(
            (
                r
                for r in records.values()
                if r.kind == "organization"
                and r.mentions
                and any(
                    fold(n).startswith(form + " ")
                    for n in ((r.name,) if r.name else ())
                    + (tuple(r.entry.names) if r.entry is not None else ())
                )
            ),
            None,
        )
        add_mention(owner or record_new(m.group(1), "organization"), s, e, "legislature")


# ------------------------------------------------------------------------------------------
# helpers


def _pick(
    cands: list[Atom], kb: KnowledgeBase, on: date | None, full_named: set[str], records: dict
) -> Entry | None:
    best, best_score = None, -1.0
    for a in cands:
        if a.type != ACTOR:
            continue
        e = kb.get(a.payload[0])
        if e is None:
            continue
        score = 0.0
        if e.id in full_named:
            score += 4
        if e.id in records:
            score += 2
        if e.kind == "person" and e.roles_on(on):
            score += 1.5
        if a.payload[1] == "name":
            score += 1
        if e.kind in ("country", "organization"):
            score += 0.5
        if len(cands) > 1 and e.kind == "country" and e.country and e.id not in records:
            # «Le Congo» after Brazzaville or Sassou Nguesso is Congo-Brazzaville; after
            # Kinshasa, the DRC: a place or person of the country named before
            score += 0.25 * any(
                r.entry is not None and r.entry.kind != "country" and r.entry.country == e.country
                for r in records.values()
            )
        if score > best_score:
            best, best_score = e, score
    return best


def _register_prefixes(table: dict[str, str], folded_name: str, key: str) -> None:
    words = folded_name.split()
    for k in range(2, len(words)):  # proper prefixes of two words or more
        table.setdefault(" ".join(words[:k]), key)


def _other_first_name(text: str, s: int, cands, first_names: frozenset[str]) -> bool:
    if not all(a.type == ACTOR and a.payload[1] == "short" for a in cands):
        return False
    m = re.search(r"(?:^|[^\w.])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+) $", text[max(0, s - 25) : s])
    if m and fold(m.group(1)) in first_names:
        return True
    # "Zacarias da Costa", "Ursula von der Leyen" style: a capitalised word and a particle
    m = re.search(
        r"(?:^|[^\w.])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+) (?:da|de|do|dos|das|del|van|von|di|du) $",
        text[max(0, s - 30) : s],
    )
    return bool(m)


# ", one of the negotiators", «, uno de los mediadores», « , l'un des négociateurs », «, um dos
# líderes»: a name's apposition that makes it one of a group of people
_ONE_OF_THEM = re.compile(
    r",\s+(?:one of (?:the|its|their|his|her)|uno de los|una de las|l['’]une? des|une? des"
    r"|um dos|uma das)\s"
)


def _unknown_given_name(text: str, s: int, cands, lexicon: Lexicon, atom_ends: set[int]) -> bool:
    """A surname the knowledge base knows alone, after an unknown capitalised word that is
    no title, known name or sentence opener, in apposition or inside a sentence ("minister,
    Yasir Abbas, said"): another person's full name."""
    if not all(a.type == ACTOR and a.payload[1] == "short" for a in cands):
        return False
    m = re.search(r"([,;:(]|[a-záéíóúñ]) ([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}) $", text[max(0, s - 30) : s])
    if m is None:
        return False
    word = fold(m.group(2))
    if s - 1 in atom_ends or word in lexicon.not_actors or word in lexicon.sentence_starters:
        return False
    return word not in lexicon.function_words and word not in _role_vocabulary(lexicon)


def _inside_org_name(text: str, s: int, cands, kb, ent) -> bool:
    kinds = {kb.get(a.payload[0]).kind for a in cands if a.type == ACTOR and kb.get(a.payload[0])}
    if not kinds or not kinds <= {"place", "country"}:
        return False
    m = re.search(
        r"([A-ZÁÉÍÓÚÑ][\w-]*(?: [A-ZÁÉÍÓÚÑ][\w-]*){0,3}) (?:de|del|de la|of|of the|du|de l'|da|do) $",
        text[max(0, s - 60) : s],
    )
    return bool(m) and _is_org_like(m.group(1), ent)


def _merge_surnames_first(records: dict, mentions: list) -> None:
    people = [r for r in records.values() if r.kind == "person" and r.entry is None and r.name]
    for short in people:
        fs = fold(short.name)
        if len(fs.split()) > 2:
            continue
        longer = [r for r in people if r is not short and fold(r.name).endswith(" " + fs)]
        if len(longer) != 1:
            continue
        target = longer[0]
        for m in list(short.mentions):
            i = mentions.index(m)
            moved = MentionRef(m.start, m.end, target.key, "surname")
            mentions[i] = moved
            target.mentions.append(moved)
        short.mentions.clear()


def _aliases(text, ent, records, mentions, covered, add_mention) -> None:
    """'Rodrigo Londoño, alias "Timochenko"', "Rodrigo Londoño (alias Timochenko)", "known
    as": the nickname after a person's name names that person wherever it appears."""
    cues = ent.get("alias_cues", [])
    if not cues or not any(c in text for c in cues):
        return
    rx = re.compile(
        r"\s*[,(]?\s*(?:"
        + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        + r")\s+[«“\"']?\s*([A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]+){0,2})"
    )
    found: dict[str, Record] = {}
    for m in list(mentions):
        r = records[m.key]
        if r.kind != "person":
            continue
        a = rx.match(text, m.end)
        if a is None or covered[a.start(1)]:
            continue
        found[a.group(1)] = r
    for nick, r in found.items():
        r.aliases.add(fold(nick))
        for x in re.finditer(r"(?<![\w])" + re.escape(nick) + r"(?![\w])", text):
            if not any(covered[x.start() : x.end()]):
                add_mention(r, x.start(), x.end(), "alias")


@cache
def _first_demonyms(lang: str) -> dict[str, str]:
    """Each country's first demonym in `<lang>/demonyms.toml` (its masculine singular)."""
    return {
        code: forms[0]
        for code, forms in (load_lang_file(lang, "demonyms").get("demonyms") or {}).items()
        if forms
    }


def _government_name(code: str, ent: dict, kb, lang: str) -> str | None:
    """ "Gobierno venezolano", "Gouvernement français", "Chinese government": the government
    named with the country's demonym (the first, masculine singular form in demonyms.toml),
    else with the country's name ("Government of Dominica"); None for no known country."""
    demonym = _first_demonyms(lang).get(code)
    if demonym and ent.get("government_name_demonym"):
        return ent["government_name_demonym"].format(demonym=demonym)
    country = kb.country_name(code, lang)
    return ent["government_name"].format(country=country) if country else None


def _governments(
    text, folded, atoms, ent, kb, lang, records, mentions, covered, add_mention, record_new
) -> None:
    """The government of a country as an actor: "Gobierno de <country|person>", "Gobierno
    <demonym>", "<demonym|country> government". Its mention is the government word; a
    later bare "el Gobierno" is the government last named. Alone, it is nothing."""
    words = ent.get("government_words", [])
    template = ent.get("government_name")
    if not words or not template:
        return
    demonyms = {a.start: a for a in atoms if a.type == DEMONYM}
    dem_end = {a.end: a for a in demonyms.values()}
    ends = {}
    for m in mentions:
        ends.setdefault(m.end, m)
    starts = {}
    for m in mentions:
        starts.setdefault(m.start, m)
    pat = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?![\w-])"
    )
    titles = Intervals([(a.start, a.end) for a in atoms if a.type in (ROLE, GENERIC)])
    govs: list[Record] = []
    for mm in pat.finditer(text):
        gs, ge = mm.span()
        if covered[gs] or titles.contains(gs):
            continue  # "presidente del Gobierno español" is a title, not the government
        code = None
        # after: "Gobierno de Colombia", "Gobierno de Nicolás Maduro", "Gobierno colombiano"
        tail = re.match(
            r" (?:de|del|of|du|de la|da|do) (?:(?:la|el|the|los|las)\s+)?", text[ge : ge + 12]
        )
        if tail is not None:
            m = starts.get(ge + tail.end())
            if m is not None:
                r = records[m.key]
                code = r.country if r.kind in ("country", "person", "organization") else None
                if r.kind == "country" and r.entry is not None:
                    code = r.entry.country
        if code is None and text[ge : ge + 1] == " " and (ge + 1) in demonyms:
            code = demonyms[ge + 1].payload
        # before (English): "the Colombian government", "the U.S. government", "Iran's government"
        if code is None:
            named_before = _country_before(text, gs, dem_end, ends, records)
            code = named_before[0] if named_before else None
        if code is None:
            # a bare "el Gobierno" after a government was named: that government
            if (
                govs
                and text[gs].isupper()
                and _word_before(folded, gs) in ("el", "al", "del", "the", "le", "o", "do", "ao")
            ):
                # the most talked-about government so far ("expresidente del Gobierno español"
                # in passing does not displace the government the article is about)
                best = max(govs, key=lambda r: (len(r.mentions), -govs.index(r)))
                add_mention(best, gs, ge, "government")
            continue
        name = _government_name(code, ent, kb, lang)
        if name is None:
            continue
        rec = record_new(name, "organization")
        rec.country = code
        add_mention(rec, gs, ge, "government")
        if rec not in govs:
            govs.append(rec)  # in order of first naming: ties go to the first government named


@cache
def _national_body_heads(heads: tuple[str, ...]) -> re.Pattern:
    """The head words of `national_bodies` as one pattern, longest first."""
    return re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        + r")(?![\w-])"
    )


def _national_bodies(text, atoms, ent, covered, add_mention, record_new) -> None:
    """A country's institution named by its head word and the country's adjective: «el Congreso
    chileno», «le Parlement algérien», «o Senado paraguaio», "the Chilean Congress"
    (entities.toml `national_bodies`, the adjective after them unless `national_body_demonym_
    first`). Its name is the words as written; its country, the adjective's."""
    heads = ent.get("national_bodies", [])
    if not heads:
        return
    found = [m.span() for m in _national_body_heads(tuple(heads)).finditer(text)]
    if not found:
        return
    demonym_first = bool(ent.get("national_body_demonym_first", False))
    by_start = {a.start: a for a in atoms if a.type == DEMONYM}
    by_end = {a.end: a for a in atoms if a.type == DEMONYM}
    # "Lebanese parliament speaker Nabih Berri", «presidente del Senado paraguayo»: the body
    # inside a person's title is the title's, not an actor of its own
    titles = Intervals([(a.start, a.end) for a in atoms if a.type in (ROLE, GENERIC)])
    for hs, he in found:
        if demonym_first:
            d = by_end.get(hs - 1) if text[hs - 1 : hs] == " " else None
            span = (d.start, he) if d is not None else None
        else:
            d = by_start.get(he + 1) if text[he : he + 1] == " " else None
            span = (hs, d.end) if d is not None else None
        if span is None or any(covered[span[0] : span[1]]) or titles.contains(hs):
            continue
        rec = record_new(text[span[0] : span[1]], "organization")
        rec.country = d.payload
        add_mention(rec, span[0], span[1], "new")


def _ministries(text, folded, atoms, ent, records, mentions, covered, add_mention, record_new):
    """A country's ministry as an actor, named as the text names it: "the Chinese foreign
    ministry", "Japan's foreign ministry", «la Cancillería venezolana», «el Ministerio de
    Asuntos Exteriores de Armenia», « le ministère de la santé libanais ». One actor per
    country and ministry; a later bare «la Cancillería» is the one most named so far."""
    words = ent.get("ministry_words", [])
    if not words:
        return
    demonyms = [a for a in atoms if a.type == DEMONYM]
    dem_start = {a.start: a for a in demonyms}
    dem_end = {a.end: a for a in demonyms}
    starts: dict[int, MentionRef] = {}
    ends: dict[int, MentionRef] = {}
    for m in mentions:
        starts.setdefault(m.start, m)
        ends.setdefault(m.end, m)
    pat = re.compile(r"(?<![\w-])(" + word_alternation(words) + r")(?![\w-])")
    # « le ministère français des Affaires étrangères »: the demonym inside the name
    split = [w.split(" ", 1) for w in words if " " in w]
    inner = re.compile(
        r"(?<![\w-])("
        + word_alternation(sorted({fold(h) for h, _ in split}))
        + r") ([\w-]+) ("
        + word_alternation(sorted({t for _, t in split}))
        + r")(?![\w-])"
    )
    folded_words = {fold(w) for w in words}
    hits: list[tuple[int, int, str, str | None]] = []
    for mm in inner.finditer(folded):
        d = dem_start.get(mm.start(2))
        if d is not None and d.end == mm.end(2) and f"{mm[1]} {mm[3]}" in folded_words:
            hits.append((mm.start(), mm.end(), f"{mm[1]} {mm[3]}", d.payload))
    hits += [(mm.start(), mm.end(), mm.group(1), None) for mm in pat.finditer(folded)]
    found: dict[tuple[str, str], Record] = {}
    by_word: dict[str, list[Record]] = {}
    for ws, we, word, inside in sorted(hits):
        if any(covered[ws:we]):
            continue  # a name the knowledge base knows ("Foreign Office", "Itamaraty")
        code, lo, hi = inside, ws, we
        # after: «Cancillería venezolana», «Ministerio de Exteriores de Armenia»
        if code is None and text[we : we + 1] == " " and (we + 1) in dem_start:
            d = dem_start[we + 1]
            code, hi = d.payload, d.end
        elif code is None:
            tail = re.match(
                r" (?:de|del|of|du|de la|da|do|das|dos) (?:(?:la|el|the|los|las|l')\s*)?",
                folded[we : we + 14],
            )
            m = starts.get(we + tail.end()) if tail else None
            if m is not None and records[m.key].kind == "country":
                code, hi = _country_code(records[m.key]), m.end
        # before (English): "the Chinese foreign ministry", "Japan's foreign ministry"
        if code is None:
            named_before = _country_before(text, ws, dem_end, ends, records)
            if named_before:
                code, lo = named_before
        if code is None:
            # a bare «la Cancillería», "the foreign ministry": the one most named so far
            named = by_word.get(word)
            article = _word_before(folded, ws)
            if article not in _DEFINITE:
                continue
            if named:
                best = max(named, key=lambda r: len(r.mentions))
                add_mention(best, ws, we, "ministry")
                continue
            # "The Foreign Ministry said", « le ministère des Affaires étrangères a salué »: a
            # ministry of no country named yet is an actor all the same, without a country,
            # when written as a name and not a complement ("an official of the ministry")
            if (
                (" " not in word and not any(c.isupper() for c in text[ws:we]))
                or article in _OF_THE
                or _word_before(folded, ws - len(article) - 1) in _OF_THE
            ):
                continue
            rec = record_new(text[ws:we], "organization")
            found[("", word)] = rec
            by_word.setdefault(word, []).append(rec)
            add_mention(rec, ws, we, "ministry")
            continue
        rec = found.get((code, word))
        if rec is None:
            rec = record_new(text[lo:hi], "organization")
            rec.country = code
            found[(code, word)] = rec
            by_word.setdefault(word, []).append(rec)
        add_mention(rec, lo, hi, "ministry")


_DEFINITE = grammar_all("singular_definite")
_OF_THE = grammar_all("of")


def _sides(folded, atoms, ent, records, covered, add_mention) -> None:
    """ "the Chinese side", «la parte mexicana», « la partie iranienne », «o lado chinês»: the
    country a demonym names, speaking as one party (entities.toml side_nouns), when the article
    names that country."""
    nouns = ent.get("side_nouns", [])
    if not nouns:
        return
    by_code: dict[str, Record] = {}
    for r in records.values():
        code = _country_code(r) if r.kind == "country" and r.mentions else None
        if code:
            by_code.setdefault(code, r)
    if not by_code:
        return
    side = r"(?:" + word_alternation(nouns) + r")"
    before = bool(ent.get("side_demonym_first"))  # "the Chinese side": the demonym first
    for d in (a for a in atoms if a.type == DEMONYM):
        rec = by_code.get(d.payload)
        if rec is None:
            continue
        if before:
            m = re.match(r" " + side + r"(?![\w-])", folded[d.end : d.end + 12])
            lo, hi = d.start, d.end + (m.end() if m else 0)
            art = _word_before(folded, d.start)
        else:
            m = re.search(r"(?<![\w-])" + side + r" $", folded[max(0, d.start - 12) : d.start])
            lo, hi = d.start - (len(m.group()) if m else 0), d.end
            art = _word_before(folded, lo)
        if m is None or art not in _LEADING_ARTICLES or any(covered[lo:hi]):
            continue  # «do lado brasileiro»: on that side, no party speaking
        add_mention(rec, lo, hi, "side")


def _country_code(r: Record) -> str | None:
    return r.country or (r.entry.country if r.entry is not None else None)


def _country_before(text: str, pos: int, dem_end, ends, records) -> tuple[str, int] | None:
    """(country code, start) of a demonym or a country's name right before `pos` ("the
    Colombian government", "Iran's government", "Japan's foreign ministry"), else None."""
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    kk = k - 2 if text[max(0, k - 2) : k] in ("'s", "’s") else k
    if kk in dem_end:
        return dem_end[kk].payload, dem_end[kk].start
    m = ends.get(kk)
    if m is not None and records[m.key].kind == "country":
        code = _country_code(records[m.key])
        return (code, m.start) if code else None
    return None


# words inside a name that are never a surname alone ("Saadeddine El Othmani" is not "El")
_NAME_PARTICLES = frozenset(
    "el al la le de del da do dos das di du van von der den ter bin ben ibn abu bint ould y e".split()
)


# a capitalised word, perhaps after a lowercase particle of Arabic names, that a name goes on
# with ("Abdul Sattar Sirat", «Ahmad Naser al Mohamed»)
_NAME_GOES_ON = re.compile(r" (?:(?:al|el|bin|ibn|bint|ben|abu|ould) )?([A-ZÁÉÍÓÚÑ][\w'’-]+)")


def _body_ending_at(pos: int, mentions, records):
    """The country or body mention that ends right at `pos`, if any."""
    k = bisect.bisect_left(mentions, MentionRef(pos, -1, "", "")) - 1
    if k < 0 or mentions[k].end != pos:
        return None
    body = mentions[k]
    return body if records[body.key].kind in ("organization", "country") else None


def _after_body_complement(text, folded, start: int, mentions, records) -> bool:
    """A name right after "… de la Comisión Europea" / "… of the IAEA": the body closes a
    title's complement and the name is the title holder's."""
    if text[start - 1 : start] != " ":
        return False
    body = _body_ending_at(start - 1, mentions, records)
    if body is None:
        return False
    before = folded[max(0, body.start - 12) : body.start]
    return bool(re.search(r"\b(?:de la|del|de|of the|of|du|de l'|da|do|des)\s*$", before))


@cache
def _plural_title_pattern(lang: str) -> re.Pattern | None:
    """A plural title (roles.toml `plural`) and the comma of its apposition, maybe followed by
    one name and a conjunction (folded)."""
    forms = [w for r in load_lang_file(lang, "roles").get("role", []) for w in r.get("plural", [])]
    if not forms:
        return None
    return re.compile(
        r"(?<!\w)(?:" + word_alternation(forms) + r")\s*,\s*(?:[\w.'’-]+\s+){0,3}?"
        r"(?:(?:and|y|e|et)\s+)?$"
    )


def _after_plural_title(folded: str, start: int, lang: str) -> bool:
    """A name in apposition to a plural title ("their foreign ministers, Jaswant Singh and
    Abdul Sattar", «los cancilleres, X y Y»): the first name or the one after the conjunction."""
    rx = _plural_title_pattern(lang)
    m = rx.search(folded, max(0, start - 90), start) if rx is not None else None
    if m is None:
        return False
    rest = folded[m.start() : start]
    # right after the comma, or after one name and a conjunction
    return bool(re.search(r",\s*$", rest) or re.search(r"\s(?:and|y|e|et)\s+$", rest))


_ACRONYM_SKIP = frozenset(
    "de del la las los el of the and for y e et pour l le les du des d au aux a o os as da do das dos"
    " em en in on".split()
)


def _acronym_expansion(text: str, end: int, acr: str) -> tuple[int, int] | None:
    """The words before `end` whose initials spell the acronym, in order (short function words
    may be skipped): "Front pour l'alternance et la concorde au Tchad" for FACT."""
    letters = [c for c in fold(acr) if c.isalpha()]
    if len(letters) < 2:
        return None
    words = list(re.finditer(r"[^\W\d_][\w-]*", text[max(0, end - 160) : end]))
    offset = max(0, end - 160)
    k = len(letters) - 1
    for w in reversed(words):
        fw = fold(w.group())
        if k >= 0 and fw[0] == letters[k]:
            k -= 1
            if k < 0:
                return offset + w.start(), end
        elif fw not in _ACRONYM_SKIP and not fw[0] == letters[min(k + 1, len(letters) - 1)]:
            return None
    return None


def _coordinated_with_person(folded, start: int, mentions, records) -> bool:
    """A name coordinated right after a person's ("former President Benjamin Mkapa and Graca
    Machel", «Putin y Serguéi Lavrov»)."""
    m = re.search(r"\s(?:and|y|e|et)\s+$", folded[max(0, start - 6) : start])
    if m is None:
        return False
    end = start - (len(folded[max(0, start - 6) : start]) - m.start())
    k = bisect.bisect_left(mentions, MentionRef(end, -1, "", "")) - 1
    return k >= 0 and mentions[k].end == end and records[mentions[k].key].kind == "person"


def _coordinated_complement(text, folded, start: int, mentions, records) -> bool:
    """A name in apposition after a coordinated complement of a title: ", y de Ecuador,
    Jamil Mahuad", "and of Ecuador, Jamil Mahuad"."""
    if text[start - 2 : start] != ", ":
        return False
    body = _body_ending_at(start - 2, mentions, records)
    if body is None:
        return False
    before = folded[max(0, body.start - 20) : body.start]
    return bool(
        re.search(r",?\s(?:y|e|and|et)\s+(?:de la|del|de|of the|of|du|de l'|da|do|des)\s*$", before)
    )


def _previous_subject(mentions, records, sent_starts, pos: int):
    """The first person named in the sentence before the one at `pos`, if the sentence at
    `pos` names nobody before it."""
    k = bisect.bisect_right(sent_starts, pos) - 1
    if k < 1:
        return None
    here, prev = sent_starts[k], sent_starts[k - 1]
    i = bisect.bisect_left(mentions, MentionRef(prev, -1, "", ""))
    first = None
    while i < len(mentions) and mentions[i].start < pos:
        m = mentions[i]
        if m.start >= here:
            return None  # someone is named before the title in its own sentence
        if first is None and records[m.key].kind == "person":
            first = records[m.key]
        i += 1
    return first


# "Abdelfatah al Sisi": an article before a known surname glues the given names to it; never
# "bin"/"ibn" (son of): "Abdulaziz bin Salman" is King Salman's son, not the king
_ARABIC_PARTICLE = re.compile(r" (?:al|el)[ -]")
_PATRONYMIC_WORDS = frozenset(("bin", "ibn", "ben", "bint"))
_PATRONYMIC = re.compile(r" (?:" + "|".join(sorted(_PATRONYMIC_WORDS)) + r")[ -](?=[A-Z])")
# the Arabic article glued to a surname, in its sun-letter spellings too ("ash-Shara")
_ARTICLE_GLUED = re.compile(r"(?:al|el|Al|El|ad|as|ash|an|ar|at|az)-([^\W\d_]\w+)$")


def _surname_map(
    records: dict,
    text: str,
    first_names: frozenset[str],
    speech=(frozenset(), frozenset()),
    shared: dict | None = None,
) -> dict[str, str]:
    """Folded surname (and family-name-first) forms → person key. Two people sharing a surname
    ("Óscar Arias" and his minister "Rodrigo Arias"): the surname alone is the one named first,
    the story's protagonist; "" when neither was named by a full name before the other.
    `shared` collects each surname's people with (first full mention, spoke by it)."""
    out: dict[str, str] = {}
    first_at: dict[str, int] = {}
    spoke: dict[str, bool] = {}
    starts, ends = speech
    # a double surname that is also a given name ("Abdullah" of "Ali Abdullah Saleh") yields to
    # another person's surer key ("King Abdullah" of "Abdullah bin Abdulaziz")
    weak: set[tuple[str, str]] = set()
    for rec in records.values():
        if rec.kind != "person":
            continue
        names = [m for m in rec.mentions if m.via in ("name", "new", "titled")]
        first_at[rec.key] = min((m.start for m in names), default=len(text))
        spoke[rec.key] = any(_speaks_at(text, m.start, m.end, starts, ends) for m in names)
    for rec in records.values():
        if rec.kind != "person":
            continue
        for m in rec.mentions:
            if m.via not in ("name", "new", "titled"):
                continue
            toks = text[m.start : m.end].split()
            if m.via == "titled":
                # "President Bush": the surname the title resolved
                keys = [toks[0]] if len(toks) == 1 else []
            elif len(toks) < 2:
                continue
            else:
                keys = [" ".join(toks[-k:]) for k in (1, 2) if len(toks) > k]
            bare = _ARTICLE_GLUED.match(toks[-1])
            if bare and bare[1][0].isupper():
                keys.append(bare[1])  # "Omar al-Bashir" → "Bashir", «Bachar el-Assad» → "Assad"
            if (
                len(toks) >= 3
                and fold(toks[-3]) in first_names
                and fold(toks[-2]) not in _NAME_PARTICLES
            ):
                keys.append(toks[-2])  # Spanish double surnames: "Ignacio Larraín Vial" → "Larraín"
                if fold(toks[-2]) in first_names:
                    weak.add((fold(toks[-2]), rec.key))
            if (
                len(toks) >= 4
                and fold(toks[-2]) in ("de", "da", "do")
                and fold(toks[-3]) not in first_names
            ):
                # "Cristina Fernández de Kirchner" → "Fernández", "Lula da Silva" → "Lula"
                keys.append(toks[-3])
            family_first = (rec.entry is not None and rec.entry.country in _FAMILY_NAME_FIRST) or (
                # "Kim Myong Gil", "Lee Yong-soo": a family name the knowledge base does not know
                rec.entry is None
                and fold(toks[0]) in _family_names_first()
                and (len(toks) >= 3 or "-" in toks[1])
            )
            given_called = rec.entry is not None and rec.entry.country in _GIVEN_NAME_CALLED
            if (fold(toks[0]) not in first_names or family_first or given_called) and len(
                toks[0]
            ) > 1:
                # family name first: "Wang Yi" → "Wang", "Kim Jong Un" → "Kim"; Ethiopians and
                # Eritreans are called by their given name: "Abiy Ahmed" → "Abiy"
                keys.append(toks[0])
            elif len(toks) >= 4 and rec.entry is not None:
                keys.append(toks[0])  # "Marcelo Rebelo de Sousa" → "Marcelo" (the Portuguese press)
            elif len(toks) >= 3 and _PATRONYMIC.match(" " + " ".join(toks[1:])):
                # "Mohammed bin Salman" → "Prince Mohammed", "Tamim bin Hamad" → "Sheikh Tamim":
                # a name with a patronymic is called by its given name
                keys.append(toks[0])
            if (
                len(toks) >= 4
                and toks[2][:1].isupper()
                and _PATRONYMIC.match(" " + " ".join(toks[1:]))
            ):
                # "Yusuf bin Alawi bin Abdullah" → "bin Alawi", as the press calls him (with
                # its particle: "Zayed" alone is the father, "bin Zayed" the son)
                keys.append(f"{toks[1]} {toks[2]}")
            for sur in keys:
                fs = fold(sur)
                if shared is not None:
                    shared.setdefault(fs, {})[rec.key] = (first_at[rec.key], spoke[rec.key])
                other = out.get(fs)
                if other is None or other == rec.key:
                    out[fs] = rec.key
                elif other and ((fs, other) in weak) != ((fs, rec.key) in weak):
                    out[fs] = other if (fs, rec.key) in weak else rec.key
                elif other == "" or first_at[other] == first_at[rec.key]:
                    out[fs] = ""
                else:
                    out[fs] = min((other, rec.key), key=first_at.__getitem__)
    return out


def _bears_surname(rec, fs: str, text: str) -> bool:
    """The person is named in full with `fs` (folded) as a name of their own, not as their
    father's: "Néstor Kirchner" bears "kirchner", "Mohammed bin Salman" no "salman"."""
    for x in rec.mentions:
        if x.via not in ("name", "new", "titled"):
            continue
        toks = fold(text[x.start : x.end]).split()
        if any(
            t == fs and (i == 0 or toks[i - 1] not in _PATRONYMIC_WORDS) for i, t in enumerate(toks)
        ):
            return True
    return False


def _named_rival(records: dict, known: str, fsur: str, text: str) -> bool:
    """Another person already named in full whose first or last word is this surname."""
    for r in records.values():
        if r.kind != "person" or r.key == known:
            continue
        for m in r.mentions:
            if m.via == "new":
                toks = fold(text[m.start : m.end]).split()
                if len(toks) >= 2 and fsur in (toks[0], toks[-1]):
                    return True
    return False


def _shared_surname(people: dict | None, pos: int, default: str) -> str:
    """A surname two people named before `pos` share: the one who spoke by a full name ("…,"
    Kim Myong Gil told reporters) over one named only in passing ("leader Kim Jong Un"); else
    the map's choice. People named only after `pos` do not count («Fernández aclaró» before
    José Félix Fernández Estigarribia is named)."""
    if not people or len(people) < 2:
        return default
    before = {k: v for k, v in people.items() if v[0] < pos}
    if len(before) == 1:
        return next(iter(before))
    speakers = [k for k, v in before.items() if v[1]]
    if len(speakers) == 1:
        return speakers[0]
    return default


def _speaks_at(text: str, start: int, end: int, starts, ends) -> bool:
    """A name right before its speech verb (after an apposition too: "Kim Myong Gil, the
    North's top envoy, told") or right after one ("said Kim Myong Gil")."""
    if _after_speech(text, start, ends):
        return True
    if text[start - 2 : start] == ", ":
        # "…, la secretaria general, Karina Milei, ha reiterado": an apposed name; the verb
        # after it may be the outer subject's
        return False
    if _next_is_speech(text, end, starts):
        return True
    appos = re.match(r",[^,.;:!?\"“”«»]{1,60},\s*", text[end : end + 70])
    return appos is not None and end + appos.end() in starts


_SAINT_BEFORE = re.compile(r"(?<!\w)(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.?|Ste\.?) $")


def _kb_kinds(cands, kb) -> set[str]:
    """The kinds of the knowledge-base entries a span's atoms name."""
    return {kb.get(a.payload[0]).kind for a in cands if a.type == ACTOR and kb.get(a.payload[0])}


def _inside_known(pos: int, spans, span_starts) -> bool:
    """`pos` falls inside a span already taken by a knowledge-base name."""
    i = bisect.bisect_right(span_starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _glued_to_unknown_name(text, s, e, cands, kb, spans, span_starts) -> bool:
    kinds = _kb_kinds(cands, kb)
    shorts = all(a.type == ACTOR and a.payload[1] == "short" for a in cands)
    if not kinds or " " in text[s:e]:
        return False
    if not (kinds <= {"place", "country"} or (kinds == {"person"} and shorts)):
        return False
    m = re.match(r" ([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b", text[e : e + 30])
    if not m:
        return False
    return not _inside_known(e + 1, spans, span_starts)


def _ends_unknown_name(text, s, e, cands, kb, spans, span_starts, first_names) -> bool:
    """A one-word body or group closing an unknown person's name (a first name, or two
    unknown capitalised words): "Thérèse Kayikwamba Wagner" is a minister, not the group."""
    kinds = _kb_kinds(cands, kb)
    if kinds and kinds <= {"place"} and " " not in text[s:e]:
        # "José Valencia": a known first name before a one-word place names a person
        m = re.search(r"(?:^|[\s(])([A-ZÁÉÍÓÚÑ][\w'’-]+) $", text[max(0, s - 25) : s])
        return (
            m is not None
            and fold(m.group(1)) in first_names
            and not _inside_known(s - len(m.group(1)) - 1, spans, span_starts)
        )
    if not kinds or not kinds <= {"organization", "group"} or " " in text[s:e]:
        return False
    m = re.search(r"(?:^|[\s(])((?:[A-ZÁÉÍÓÚÑ][\w'’-]+ ){1,2})$", text[max(0, s - 40) : s])
    if not m:
        return False
    words = m.group(1).split()
    if _inside_known(s - len(m.group(1)), spans, span_starts):
        return False  # the words before are a known name themselves
    return len(words) == 2 or fold(words[0]) in first_names


def _opens_unknown_name(text, s, e, cands, kb, spans, span_starts, first_names) -> bool:
    """A one-word person's name that is a given name too, right before a capitalised word no
    known name covers: "le président François Bozizé", "President Francis Kamara" name
    somebody else than the Pope the given name alone names."""
    if _kb_kinds(cands, kb) != {"person"}:
        return False
    if " " in text[s:e]:
        # "Abdul Sattar Sirat", «Ahmad Naser al Mohamed al Sabah»: a known two-word name that
        # a capitalised word (or a name particle and one) goes on with names somebody else, or
        # the same person by a fuller name the knowledge base does not hold
        m = _NAME_GOES_ON.match(text, e, e + 40)
        if not m or fold(m.group(1)) in _NOT_SURNAMES:
            return False
        word = fold(m.group(1))
        if any(
            word in fold(n).split()
            for a in cands
            if (entry := kb.get(a.payload[0])) is not None
            for n in entry.names
        ):
            return False  # «Abdalá bin Zayed al Nahyan»: the fuller name of the one known
        return not _inside_known(e + 1, spans, span_starts)
    if fold(text[s:e]) not in first_names:
        return False
    # "François de Rugy", «João da Costa»: a name particle may open the family name
    m = _FAMILY_NAME_AFTER.match(text, e, e + 40)
    if not m or fold(m.group(1)) in _NOT_SURNAMES:
        return False
    return not _inside_known(e + 1, spans, span_starts)


# after a one-word given name: a family name, perhaps opened by a particle (" de Rugy")
_FAMILY_NAME_AFTER = re.compile(rf" (?:(?:{_FAMILY_PARTICLES}|la|le) )?([A-ZÁÉÍÓÚÑ][\w'’-]+)")


# capitalised words after a given name that are no surname: weekdays and months (en)
_NOT_SURNAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


_FAMILY_NAME_FIRST = frozenset({"CN", "JP", "KR", "KP", "VN", "TW", "HK", "MO", "KH", "HU", "SG"})


@cache
def _family_names_first() -> frozenset[str]:
    names = load_lang_file("shared", "first_names").get("family_names_first", [])
    return frozenset(fold(n) for n in names)


def _after_named_head(folded: str, start: int, ent: dict) -> bool:
    """The word before is a body's or a venue's head noun: «l'université Sun Yat-sen»."""
    m = re.search(r"(\w+)\s+$", folded[max(0, start - 30) : start])
    if m is None:
        return False
    heads = {fold(h) for h in ent.get("org_heads", []) + ent.get("venue_heads", [])}
    return m.group(1) in heads


# a short family name, then a hyphenated given name in lower case after the hyphen (Korean,
# Taiwanese and Hong Kong romanisation)
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,6}-[a-z]{2,6}$")


def _first_names(kb: KnowledgeBase) -> frozenset[str]:
    cached = getattr(kb, "_first_names", None)
    if cached is not None:
        return cached
    out: set[str] = set()
    places: set[str] = set()
    for e in kb.entries.values():
        if e.kind in ("place", "country"):
            places.update(fold(n) for n in e.names if " " not in n)
        if e.kind != "person" or e.country in _FAMILY_NAME_FIRST - {"SG"} | {"MM"}:
            # "Lee Jae-myung", "Wang Yi": the first word is the family name (Singapore's names
            # come in both orders: "Lawrence Wong", "Lee Hsien Loong"); Burmese names have no
            # given name first ("San Yu", "Ne Win")
            continue
        for n in e.names:
            toks = n.split()
            if len(toks) >= 2 and len(toks[0]) > 1:
                out.add(fold(toks[0]))
    # "Bali Ram Bhagat", "Constantine Karamanlis": a given name that is also a place's name is
    # no sign of a person's name
    out -= places
    table = load_lang_file("shared", "first_names")
    out -= {fold(x) for x in table.get("not_given_names", [])}
    out.update(fold(x) for x in table.get("first_names", []))
    fs = frozenset(out)
    kb._first_names = fs  # type: ignore[attr-defined]
    return fs


def _is_org_like(name: str, ent: dict) -> bool:
    heads, tails = _org_words(id(ent), ent)
    f = fold(name)
    words = f.split()
    if not words:
        return False
    if any(" ".join(words[:k]) in heads for k in (1, 2, 3)):
        return True
    if len(words) >= 3 and words[1] in heads:  # "Real Instituto Elcano", "Royal United Services"
        return True
    return len(words) > 1 and words[-1] in tails


_ORG_WORDS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
_VENUE_WORDS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


# a capitalised name of two to four words, then "and" and more capitalised words
_NAME_BEFORE_AND = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)\s+(?:and|y|e|et)\s+[A-Z]"
)


def _is_venue_like(name: str, ent: dict) -> bool:
    """A palace, an airport, a museum, a square: a capitalised sequence opened (or, in
    English, closed) by a venue's head noun (entities.toml venue_heads, venue_tails)."""
    key = id(ent)
    if key not in _VENUE_WORDS:
        _VENUE_WORDS[key] = (
            frozenset(fold(h) for h in ent.get("venue_heads", [])),
            frozenset(fold(t) for t in ent.get("venue_tails", [])),
        )
    heads, tails = _VENUE_WORDS[key]
    words = fold(name).split()
    return any(" ".join(words[:k]) in heads for k in (1, 2, 3)) or any(
        " ".join(words[-k:]) in tails for k in (1, 2)
    )


def _org_words(key: int, ent: dict) -> tuple[frozenset[str], frozenset[str]]:
    if key not in _ORG_WORDS:
        _ORG_WORDS[key] = (
            frozenset(fold(h) for h in ent.get("org_heads", [])),
            frozenset(fold(t) for t in ent.get("org_tails", [])),
        )
    return _ORG_WORDS[key]


@cache
def _body_types(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    nouns = _entities(lang).get("org_type_nouns", [])
    if not nouns:
        return None
    alt = word_alternation(nouns)
    arts = r"(?:el|la|los|las|un|una|the|an?|le|les|l'|une?|o|a|os|as|um|uma)"
    return (
        re.compile(r"(?<!\w)" + arts + r"\s+(?:" + alt + r")\s+$"),
        re.compile(r",\s+" + arts + r"\s+(?:" + alt + r")(?!\w)"),
    )


def _typed_as_body(folded: str, ss: int, ee: int, lang: str) -> bool:
    """An unknown name whose kind of body is named right before it («el partido Voluntad
    Popular») or opens the apposition after it ("Popular Will, the party of …")."""
    pats = _body_types(lang)
    if pats is None:
        return False
    before, after = pats
    return (
        before.search(folded, max(0, ss - 20), ss) is not None
        or after.match(folded, ee) is not None
    )


def _preceded_by_person_cue(text: str, start: int, ent: dict) -> bool:
    before = text[max(0, start - 14) : start].rstrip()
    fb = fold(before)
    for cue in ent.get("person_cues", []):
        fc = fold(cue)
        if fb.endswith(fc) and (len(fb) == len(fc) or not fb[-len(fc) - 1].isalnum()):
            return True
    return False


def _followed_by_person_relative(folded: str, end: int, ent: dict) -> bool:
    """ ", who" / «, quien» right after the name: a relative only a person takes."""
    after = folded[end : end + 12]
    return any(
        after.startswith(fold(r)) and not after[len(r) : len(r) + 1].isalnum()
        for r in ent.get("person_relatives", [])
    )


def _next_is_speech(text: str, end: int, speech_starts: set[int]) -> bool:
    """A speech verb right after the name, or after the comma closing an apposition
    ("A senior Hamas official, Taher al-Nunu, said")."""
    j = end
    if text[j : j + 1] == ",":
        j += 1
    while j < len(text) and text[j] == " ":
        j += 1
    return j in speech_starts


def _after_speech(text: str, start: int, speech_ends: set[int]) -> bool:
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j in speech_ends and j < start


def _two_then_one(words: _Words, ws: int, we: int) -> list[int]:
    i = words.starts.get(ws)
    out = []
    if i is not None and i + 1 < len(words.spans):
        ns, ne = words.spans[i + 1]
        if ns == we + 1:
            out.append(ne)
    out.append(we)
    return out


# "al-Nunu", "el-Sisi", "bin Salman" inside a name: a lowercase particle glued to a capital
_PARTICLE_NAME = re.compile(
    r"^(?:(?:al|el|ul|ad|as|ash|at|az|bin|ibn|bint|abu|ben|van|von|der|den|de|da|di|du|dos|das|del|la|le)-"
    # "Valéry Giscard d'Estaing", "Jean d'Ormesson": the elided particle of a family name
    r"|d['’])[A-ZÁÉÍÓÚÑ]"
)
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
# lowercase particles of Dutch and German family names, joined after a known given name
_SURNAME_PARTICLES = frozenset(("van", "von", "der", "den", "ter", "ten", "vom", "zu"))


# possessives inside names: "Tigray People's Liberation Front", "Women's Council"
_NAME_POSSESSIVES = frozenset({"people's", "women's", "children's"})


# a nickname in quotes between a given name and a family name: ' "Pepe" Mujica', « «Lula» »
_NICKNAME_AFTER = re.compile(r" [\"«“‘'](?:[A-ZÀ-Ý][\w-]+)[\"»”’'] [A-ZÀ-Ý]")


def _cap_sequences(text: str, words: _Words, ent: dict, lexicon: Lexicon):
    """Runs of capitalised words, allowing name connectors between capitalised words."""
    connectors = {fold(c) for c in ent.get("name_connectors", [])}
    articles = lexicon.articles
    first_names = _first_names(lexicon.kb) if lexicon.kb is not None else frozenset()
    spans = words.spans
    i = 0
    n = len(spans)
    while i < n:
        s, e = spans[i]
        tok = text[s:e]
        if not tok[:1].isupper():
            i += 1
            continue
        j = i
        end = e
        # "Adel al Yubeir", "Omar al Bashir": the Arabic article between a given name and the
        # family name («llegó Lula al Palacio» is no name: "Lula" opens no Arabic name)
        arabic = fold(tok) in first_names
        while j + 1 < n:
            ns, ne = spans[j + 1]
            gap = text[end:ns]
            if gap not in (" ", "-"):
                break
            nt = text[ns:ne]
            if (
                text[end - 2 : end] in ("'s", "’s")
                and fold(text[spans[j][0] : end]).replace("’", "'") not in _NAME_POSSESSIVES
            ):
                break  # "Al Jazeera's Rania Salih": a possessive ends the name before it
            if nt[:1].isupper() or _PARTICLE_NAME.match(nt):
                j += 1
                end = ne
                continue
            # connector(s) followed by a capitalised word
            k = j + 1
            ok = False
            while k < n and k <= j + 3:
                ks, ke = spans[k]
                if text[spans[k - 1][1] : ks] != " ":
                    break
                kt = text[ks:ke]
                if kt[:1].isupper():
                    ok = True
                    break
                if (
                    k == j + 1
                    and fold(kt) in articles
                    and k + 1 < n
                    and _NUMBERED.match(text, spans[k + 1][0], spans[k + 1][1])
                ):
                    # «en Salamanca la XV Cumbre», «à Lisbonne la 3e conférence»: an article
                    # and a number after a name open the next phrase ("Pierre le Grand",
                    # "Save the Children" stay one name)
                    break
                if (
                    fold(kt) not in connectors
                    and not (arabic and kt in ("al", "el") and k == i + 1)
                    and not (arabic and kt in _SURNAME_PARTICLES)
                ):
                    # ("Hans van den Broek", "Frans van der Berg": a given name, then the
                    # particles of the family name)
                    break
                k += 1
            if ok:
                j = k
                end = spans[k][1]
                continue
            break
        if not _NICKNAME_AFTER.match(text, end):
            # 'José "Pepe" Mujica': the given name before a nickname is no name of its own
            # (the family name after the nickname names the person)
            yield s, end
        i = j + 1


def _role_vocabulary(lexicon: Lexicon) -> frozenset[str]:
    cached = getattr(lexicon, "_role_vocab", None)
    if cached is not None:
        return cached
    words: set[str] = set()
    for r in lexicon.roles.get("role", []):
        for g in ("m", "f"):
            for form in r.get(g, []):
                words.update(fold(w) for w in form.split() if len(w) > 3)
    for g in lexicon.roles.get("generic", []):
        for form in g.get("forms", []):
            words.update(fold(w) for w in form.split() if len(w) > 3)
    words.update(
        {"chief", "jefe", "jefa", "chef", "chefe", "cabinet", "senior", "deputy", "acting"}
    )
    vocab = frozenset(words)
    lexicon._role_vocab = vocab  # type: ignore[attr-defined]
    return vocab


# a Roman numeral or an ordinal, as a meeting's number («la XV Cumbre», «la 28ª cumbre»)
_NUMBERED = re.compile(r"(?:[IVXLC]+|\d+(?:ª|º|°|e|er|re|th|st|nd|rd)?)$")

_OF_BEFORE_RUN = re.compile(r"(?:^|\s)(?:de|del|of|du|da|do)\s+$")


def _split_at_first_names(runs, text, first_names, ent):
    """ "Real Instituto Elcano Carmen Ibarrola", "Frente para la Victoria Guillermo Carmona": an
    organisation's name runs into a person's; split where a known first name starts."""
    for ss, ee in runs:
        name = text[ss:ee]
        toks = list(re.finditer(r"\S+", name))
        cut = None
        if len(toks) >= 3 and _is_org_like(name, ent):
            # the person's name is the tail: try the cut that leaves two or three words first
            # (never right after the head word: "Fundação Oswaldo Cruz", "Aeropuerto José Martí"
            # are named after a person)
            for k in sorted(
                range(2, len(toks) - 1), key=lambda k: (not 2 <= len(toks) - k <= 3, -k)
            ):
                if fold(toks[k].group()) in first_names and toks[k + 1].group()[:1].isupper():
                    cut = k
                    break
        if (
            cut is None
            and len(toks) >= 3
            and fold(toks[0].group()) not in first_names
            and not _is_org_like(name, ent)  # «da Fundação Oswaldo Cruz»: named after him
            and _OF_BEFORE_RUN.search(text, max(0, ss - 6), ss)
        ):
            # "el exsecretario de Malvinas Guillermo Carmona": a place or word runs into a
            # person's name; the name starts at the known first name
            for k in range(1, len(toks) - 1):
                if (
                    fold(toks[k].group()) in first_names
                    and toks[k + 1].group()[:1].isupper()
                    and all(t.group()[:1].isupper() for t in toks[:k])
                ):
                    cut = k
                    break
        if cut is None and len(toks) >= 4:
            # "Nomvula Dlamini of the Institute for Security Studies": a name, then "of" and a body
            for k in range(2, len(toks) - 1):
                if toks[k].group().islower():
                    rest = name[toks[k].end() :].strip()
                    rest_words = rest.split()
                    while rest_words and rest_words[0].islower():
                        rest_words = rest_words[1:]
                    if rest_words and _is_org_like(" ".join(rest_words), ent):
                        yield ss, ss + toks[k - 1].end()
                        body = " ".join(rest_words)
                        yield ee - len(body), ee
                        cut = -1
                    break
        if cut is None:
            yield ss, ee
        elif cut > 0:
            yield ss, ss + toks[cut - 1].end()
            yield ss + toks[cut].start(), ee


# a sentence's capitalised article ("Le", "The", "L'")
_LEAD_ARTICLE = re.compile(
    r"(?:"
    + "|".join(sorted((w.capitalize() for w in _LEADING_ARTICLES), key=len, reverse=True))
    + r")\s+|L['’]"
)

# an elided article glued to a lowercase common noun, before a capitalised name («L'opposant »)
_ELIDED_NOUN = re.compile(r"[LD]['’][a-zà-ÿ][\w-]*\s+(?=[A-ZÀ-ÖØ-Þ])")

# after the city opening a story: its region in brackets, then the day and the agency ("(Madrid),
# 31 may (EFE).-", ", 4 nov (EFE)", ", Feb 17 (Reuters) -")
_DATELINE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?,\s*(?:\d{1,2}\s+[^\W\d]{3,10}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:\s*,?\s*\d{4})?\s*\("
)


@cache
def _stopwords(lang: str) -> frozenset[str]:
    """The language's most frequent function words (lang.toml stopwords), folded."""
    return frozenset(fold(w) for w in load_lang_file(lang, "lang").get("stopwords", []))


def _shouted_phrase(run: str, lang: str) -> bool:
    """A run of words in capitals with a function word of the language among them
    ("NO CENTRO DA CONVERSA", "LONG ROAD TO PYONGYANG"): a heading, not a name the knowledge base
    lacks ("UNITED NATIONS", «SANTIAGO DE CHILE» are found by their entries first)."""
    words = run.split()
    if len(words) < 2 or not any(c.isalpha() for c in run) or run != run.upper():
        return False
    return any(fold(w) in _stopwords(lang) for w in words)


def _uncovered_runs(seqs, covered, title_starts, text):
    """Split capitalised sequences around names already found, and drop leading titles:
    "U.N. Ambassador Danny Danon" → "Danny Danon"."""
    for ss, ee in seqs:
        i = ss
        while i < ee:
            if covered[i]:
                i += 1
                continue
            j = i
            while j < ee and not covered[j]:
                j += 1
            a, b = i, j
            while a < b and text[a] in " -'’":
                a += 1
            if text[a : a + 2] == "s ":  # "Kazakhstan's Energy Minister …": the possessive
                a += 2
            # "Abiy Ahmed and President Isaias Afwerki": a connector after a name already
            # found opens no name; the one after it does
            lead = re.match(r"(?:[^\W\d_A-ZÁÉÍÓÚÑ][\w'’]*\s+)+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ])", text[a:b])
            if lead is not None and a > ss:
                a += lead.end()
            while b > a and text[b - 1] in " -":
                b -= 1
            # "Le Libyen Abdelhakim Mahdi est arrivé": a sentence's capitalised article before a
            # title or a demonym belongs to neither
            art = _LEAD_ARTICLE.match(text, a, b)
            if art is not None and title_starts.get(art.end()) is not None:
                a = art.end()
            # "L'opposant Hadi al-Bahra": an elided article glued to a common noun, then the name
            elided = _ELIDED_NOUN.match(text, a, b)
            if elided is not None:
                a = elided.end()
            # strip leading title words ("Ambassador", "President", "Israeli")
            moved = True
            while moved and a < b:
                moved = False
                end = title_starts.get(a)
                if end is not None and end < b and text[end : end + 1] == " ":
                    a = end + 1
                    moved = True
            # "West Bengal Chief Minister Mamata Banerjee": a title inside the run closes the
            # words before it (a place the knowledge base lacks) and opens the name after it
            k = a + 1
            while k < b:
                end = title_starts.get(k)
                if (
                    end is not None
                    and text[k - 1] == " "
                    and end < b
                    and " " in text[k:end]  # "Chief Minister", not "General" nor "Ethiopian"
                    and text[end : end + 1] == " "
                    and text[end + 1 : end + 2].isupper()
                ):
                    pre = text[a:k].rstrip()
                    if pre and pre[0].isupper() and title_starts.get(a) != a + len(pre):
                        yield a, a + len(pre)
                    a = end + 1
                    while title_starts.get(a) is not None and title_starts[a] < b:
                        if text[title_starts[a] : title_starts[a] + 1] != " ":
                            break
                        a = title_starts[a] + 1
                    k = a + 1
                    continue
                k += 1
            # "Nancy Pelosi and President" before "Kamala Harris": the title opens the next
            # name, the connector closes this one
            for conj in re.finditer(r"\s+(?:and|y|e|et|&)\s+", text[a:b]):
                t_end = title_starts.get(a + conj.end())
                if t_end is not None and t_end >= len(text[:b].rstrip()):
                    b = a + conj.start()
                    break
            # "Universidad de" before a name already found: drop the dangling connector
            while b > a:
                tail = re.search(r"\s+(\S+)$", text[a:b])
                if tail and tail.group(1).islower():
                    b = a + tail.start()
                else:
                    break
            if b > a and text[a].isupper() and title_starts.get(a) != b:
                yield a, b
            i = j


def _cap_sequence_ending(
    text: str, end: int, ent: dict, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The capitalised sequence (with connectors) that ends at `end`."""
    connectors = {fold(c) for c in ent.get("name_connectors", [])}
    toks = list(_WORD.finditer(text[max(0, end - 200) : end]))
    base = max(0, end - 200)
    if not toks or base + toks[-1].end() != end or not toks[-1].group()[:1].isupper():
        return None
    start = base + toks[-1].start()
    cur = toks[-1]
    for m in reversed(toks[:-1]):
        w = m.group()
        if text[base + m.end() : base + cur.start()] not in (" ", "-"):
            break  # only words joined by one space: never across sentences or paragraphs
        if w[:1].isupper():
            start = base + m.start()
        elif fold(w) not in connectors:
            break
        cur = m
    # a connector cannot open the name
    while start < end and not text[start].isupper():
        nxt = text.find(" ", start, end)
        if nxt == -1:
            return None
        start = nxt + 1
    return start, end


# ---- role phrases --------------------------------------------------------------------------


@dataclass
class RolePhrase:
    start: int
    end: int
    office: str | None  # None for generic titles
    offices: tuple[str, ...]  # generic: compatible offices
    where: str | None  # country code or org entry id
    gender: str | None
    via: str  # title | counterpart | generic
    role: RoleForm | None = None
    head: int = -1  # where the title word itself starts (after an English country prefix)
    home: str | None = None  # generic: the country whose holder a bare title names first


def _role_phrases(
    text: str, folded: str, atoms: list[Atom], lexicon: Lexicon, ent: dict
) -> list[RolePhrase]:
    kb = lexicon.kb
    demonym_after = lexicon.grammar.get("demonym_after_role", True)
    connectors = lexicon.connectors
    by_start: dict[int, list[Atom]] = {}
    for a in atoms:
        by_start.setdefault(a.start, []).append(a)
    speech_ends = {a.end for a in atoms if a.type == SPEECH}

    def skip_space(pos: int) -> int:
        while pos < len(text) and text[pos] == " ":
            pos += 1
        return pos

    def atom_at(pos: int, types: tuple[str, ...]) -> Atom | None:
        best = None
        for a in by_start.get(pos, []):
            if a.type in types and (best is None or a.end > best.end):
                best = a
        return best

    def country_of_actor_atom(a: Atom) -> str | None:
        e = kb.get(a.payload[0])
        if e is None:
            return None
        if e.kind == "country":
            return e.country
        if e.kind == "organization":
            return e.id
        return None

    out: list[RolePhrase] = []
    used_until = -1
    head_atoms = [a for a in atoms if a.type in (ROLE, GENERIC, COUNTERPART, DEMONYM, ACTOR)]
    singular = {
        fold(f) for r in lexicon.roles.get("role", []) for g in ("m", "f") for f in r.get(g, [])
    }
    singular |= {fold(f) for g in lexicon.roles.get("generic", []) for f in g.get("forms", [])}
    for a in head_atoms:
        if a.start < used_until:
            continue
        if a.type in (ROLE, GENERIC) and _is_plural_form(folded[a.start : a.end], singular):
            continue  # "Palestinian leaders", "los ministros": a group, not one person
        start = a.start
        where = None
        gender = None
        role_atom = None
        via = "title"
        pos = a.start
        # English-style prefix: "Russian President", "U.S. Secretary of State", "China's Foreign Minister"
        if a.type in (DEMONYM, ACTOR):
            if a.type == ACTOR:
                code = country_of_actor_atom(a)
                if code is None:
                    continue
                if kb.get(a.payload[0]).kind != "country":
                    # "the UN chief", "IAEA head": a body before the title of its head only
                    head = atom_at(skip_space(a.end), (GENERIC,))
                    if head is None or folded[head.start : head.end] not in lexicon.generic_bound:
                        continue
            else:
                code = a.payload
            p = a.end
            for s_ in ent.get("possessive_s", []):
                if text.startswith(s_, p):
                    p += len(s_)
            p = skip_space(p)
            cp = atom_at(p, (COUNTERPART,))
            if cp is not None:
                # "his U.S. counterpart", "son homologue américain" is handled after the noun
                out.append(
                    RolePhrase(start, cp.end, None, (), code, None, "counterpart", None, start)
                )
                used_until = cp.end
                continue
            nxt = atom_at(p, (ROLE, GENERIC))
            if (
                a.type == DEMONYM
                and nxt is None
                and _nominal_demonym(folded, a, p, by_start, ent, speech_ends, demonym_after, text)
            ):
                # «O russo disse que …», "the Russian said": the person of that country named
                # before (a generic title of no office)
                out.append(RolePhrase(start, a.end, None, (), code, None, "generic", None, start))
                used_until = a.end
                continue
            if nxt is None or demonym_after and a.type == DEMONYM:
                continue
            if _is_plural_form(folded[nxt.start : nxt.end], singular):
                used_until = nxt.end
                continue
            where, role_atom, pos = code, nxt, nxt.end
        elif a.type == COUNTERPART:
            via = "counterpart"
            p = skip_space(a.end)
            d = atom_at(p, (DEMONYM,))
            if d is not None:
                where, pos = d.payload, d.end
            else:
                pos = a.end
            out.append(RolePhrase(start, pos, None, (), where, None, via, None, start))
            used_until = pos
            continue
        else:
            role_atom = a
            pos = a.end
        if role_atom.type == GENERIC:
            offices = role_atom.payload
            office = None
            via = "generic" if where is None else "title"
            # «la mandataria», « la dirigeante »: the form's own gender
            gender = lexicon.generic_gender.get(folded[role_atom.start : role_atom.end])
            home = lexicon.generic_home.get(folded[role_atom.start : role_atom.end])
        else:
            office = role_atom.payload.office
            gender = role_atom.payload.gender
            home = None
            # a form two offices share ("chanceler": Germany's chancellor, Brazil's foreign
            # minister) keeps the others as alternatives
            offices = tuple(
                x.payload.office
                for x in by_start.get(role_atom.start, [])
                if x.type == ROLE and x.end == role_atom.end and x.payload.office != office
            )
        # suffixes: demonym ("ruso") or connector + country/org ("de Rusia", "de la OTAN")
        if where is None:
            p = skip_space(pos)
            d = atom_at(p, (DEMONYM,))
            if d is not None and demonym_after:
                where, pos = d.payload, d.end
            else:
                for c in sorted(connectors, key=len, reverse=True):
                    # an elided connector is glued to its noun (« de l'ONU », « d'Haïti »)
                    if folded.startswith(c if c.endswith("'") else c + " ", p):
                        q = skip_space(p + len(c))
                        # optional article
                        for art in sorted(lexicon.articles, key=len, reverse=True):
                            if folded.startswith(art if art.endswith("'") else art + " ", q):
                                q2 = skip_space(q + len(art))
                                if atom_at(q2, (ACTOR,)):
                                    q = q2
                                break
                        act = atom_at(q, (ACTOR,))
                        if act is not None:
                            code = country_of_actor_atom(act)
                            if code:
                                where, pos = code, act.end
                        break
        if where is None and demonym_after:
            # "el ministro de Estado británico", "le ministre des Affaires étrangères français":
            # a demonym after the office's own complement
            for k in (1, 2):
                mc = re.match(
                    r"\s+(?:de|do|da|du|des)\s+(?:[^\W\d_]+\s+){" + str(k) + "}",
                    folded[pos : pos + 45],
                )
                d = atom_at(pos + mc.end(), (DEMONYM,)) if mc else None
                if d is not None:
                    where, pos = d.payload, d.end
                    break
        if (
            role_atom.type == GENERIC
            and where is None
            and (folded[role_atom.start : role_atom.end] in lexicon.generic_bound)
        ):
            continue  # "the head of the delegation"-like bare heads: «el jefe insurgente»
        if office and role_atom.payload.countries and where is None:
            if len(role_atom.payload.countries) == 1:
                where = role_atom.payload.countries[0]
        # a generic title ("el mandatario") without demonym, or a role with a country
        out.append(
            RolePhrase(
                start,
                pos,
                office,
                offices,
                where,
                gender,
                via if office or where else "generic",
                role_atom.payload if role_atom.type == ROLE else None,
                role_atom.start,
                home if where is None else None,
            )
        )
        used_until = pos
    # prefer offices matching country-specific forms ("canciller alemán" → chancellor)
    fixed = []
    role_index = SpanIndex([a for a in atoms if a.type == ROLE])
    for rp in out:
        if rp.role and rp.where and len(rp.where) == 2:
            alt = _country_specific(rp, role_index)
            if alt:
                rp.office = alt
        elif rp.role and rp.role.countries and rp.where is None:
            # "el canciller Diego Pary": with no country, the reading every country shares
            # (the foreign minister), unless the person named is known to hold the other
            forms = [a.payload for a in role_index.between(rp.start, rp.end) if a.type == ROLE]
            generic = [f for f in forms if not f.countries]
            if generic:
                rp.offices = tuple(dict.fromkeys((rp.office, *rp.offices)))
                rp.office = generic[0].office
        fixed.append(rp)
    return fixed


def _nominal_demonym(
    folded: str,
    a: Atom,
    nxt: int,
    by_start: dict,
    ent: dict,
    speech_ends=frozenset(),
    demonym_after: bool = False,
    text: str = "",
) -> bool:
    """A demonym used as a noun for one person: a singular definite article before it and a
    reporting verb right after it («O russo disse», «el argentino afirmó», "the Russian said"),
    or, where a demonym follows its noun, any lowercase word after it at a sentence's start («El
    uruguayo fue más cauto.»: no noun before it, so it is the noun)."""
    arts = ent.get("nominal_demonym_articles", [])
    before = folded[max(0, a.start - 6) : a.start]
    art = next(
        (x for x in arts if before.endswith(" " + fold(x) + " ") or before == fold(x) + " "), None
    )
    if art is None:
        return False
    if any(x.type == SPEECH for x in by_start.get(nxt, [])):
        return True
    # "«…», disse o espanhol em entrevista": inverted, the reporting verb right before
    k = a.start - len(fold(art)) - 1
    while k > 0 and folded[k - 1] == " ":
        k -= 1
    if k in speech_ends:
        return True
    return (
        demonym_after
        and (k <= 0 or folded[k - 1] in ".!?\n")
        and re.match(r" [a-zà-ÿ]", text[a.end : a.end + 2]) is not None
    )


def _is_plural_form(form: str, singular: set[str]) -> bool:
    if not form.endswith("s"):
        return False
    last = form.split()[-1] if " " in form else form
    head = form[: len(form) - len(last)]
    for cut in (1, 2):
        if len(last) > cut + 2 and head + last[:-cut] in singular:
            return True
    return False


def _country_specific(rp: RolePhrase, atoms) -> str | None:
    forms = [a.payload for a in atoms.between(rp.start, rp.end) if a.type == ROLE]
    specific = [f for f in forms if f.countries and rp.where in f.countries]
    if specific:
        return specific[0].office
    generic = [f for f in forms if not f.countries]
    if generic:
        return generic[0].office
    return None


def _comma_after_complement(text: str, pos: int, max_words: int = 10) -> int | None:
    """The comma that closes a role's complement ("… de la CIDH (CIDH),"), if it is short."""
    depth = 0
    words = 0
    i = pos
    while i < len(text) and i < pos + 140:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            nxt = text[i + 1 : i + 12].lstrip()
            if not re.match(r"(?:du|de|des|del|da|do|das|dos|of)\s", nxt):
                return i
            # «de l'industrie, du commerce et de l'artisanat»: a list inside the complement,
            # whose words count less
            max_words += 4
        elif c in '.;:!?«»“”"\n' and depth == 0:
            return None
        elif c == " ":
            words += 1
            if words > max_words:
                return None
        i += 1
    return None


def _role_segment_before(
    text: str, name_start: int, role_phrases, speech_starts, sent_starts
) -> RolePhrase | None:
    """A role phrase heading the comma segment right before `name_start` (", NAME")."""
    if text[max(0, name_start - 2) : name_start] != ", ":
        return None
    comma = name_start - 2
    for rp in reversed(role_phrases):
        if rp.end > comma:
            continue
        if comma - rp.end > 140:
            break
        if _comma_after_complement(text, rp.end) != comma:
            continue
        if any(rp.end <= p < comma for p in speech_starts):
            return None
        # only an article (or nothing) between the segment start and the role
        k = rp.start
        before = text[max(0, k - 12) : k]
        head = re.split(r"[,;(.!?\n»”:]", before)[-1].strip()
        # nothing, or a few short words: "El", "y su", "and his"
        hw = head.split()
        if (
            len(hw) <= 1
            or (len(hw) <= 2 and all(len(w) <= 3 for w in hw))
            # "dijo la comisaria de Interior, Ylva Johansson": an inverted subject after a verb
            or (
                len(hw) <= 3 and hw[-1].lower() in ("el", "la", "los", "las", "the", "le", "o", "a")
            )
        ):
            return rp
        return None
    return None


@cache
def kinship_before(lang: str, anchored: bool = True) -> re.Pattern | None:
    """A kinship noun and its preposition right before a title ("the father of the", "la
    esposa del"): the person named next is the relative, not the title's holder. Not anchored:
    anywhere in a phrase ("le fils de l'ancien Premier ministre Rafic Hariri")."""
    data = _entities(lang)
    nouns, preps = data.get("kinship_nouns", []), data.get("kinship_preps", [])
    if not nouns or not preps:
        return None
    return re.compile(
        r"(?<!\w)(?:"
        + word_alternation(nouns)
        + r")\s+(?:"
        + word_alternation(preps)
        + (r")\s*$" if anchored else r")(?!\w)")
    )


@cache
def _place_heads(lang: str) -> re.Pattern | None:
    """Nouns whose complement is a place name ("the resort of", "la ciudad de"), folded."""
    heads = _entities(lang).get("place_heads", [])
    if not heads:
        return None
    forms = []
    for h in sorted({fold(h) for h in heads}, key=len, reverse=True):
        words = h.split()
        if len(words) >= 2 and words[-1] in ("de", "of", "du", "da", "do", "del", "d'"):
            # «na cidade russa de Ufá», « la ville algérienne de Tlemcen »: an adjective between
            forms.append(
                re.escape(" ".join(words[:-1])) + r"(?:\s+[a-z-]+)?\s+" + re.escape(words[-1])
            )
        else:
            forms.append(re.escape(h))
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")\s+$")


def _gap_end(text: str, ends: set[int], pos: int) -> bool:
    """`pos` follows one of `ends` across spaces only."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j != pos and j in ends


# one or two adjectives closing a title ("asesor presidencial", "conseiller diplomatique")
_TITLE_ADJECTIVES = re.compile(
    r"(?:\s+[a-zà-ÿ]+(?:al|ar|ico|ica|ano|ana|ense|és|esa|ivo|iva|ior|ero|era|ista|ino|ina|eño|eña"
    r"|ais|aise|ien|ienne|ain|aine|ês|eiro|eira|ique)){1,2}$"
)


def _word_before(folded: str, pos: int) -> str:
    m = re.search(r"(\w+)\s+$", folded[max(0, pos - 20) : pos])
    return m.group(1) if m else ""


def _apposition_role_after(text: str, end: int, role_phrases: list[RolePhrase]) -> bool:
    for rp in role_phrases:
        if end + 2 <= rp.start <= end + 8:
            return True
        # "Fitsum Arega, Abiy's chief of staff, said": a possessor's title
        if end + 2 < rp.start <= end + 40 and _POSSESSOR_GAP.fullmatch(text, end + 2, rp.start):
            return True
    return False


# a name's possessive and an adjective or two before a title ("Abiy's ", "Trump's special ")
_POSSESSOR_GAP = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s (?:[a-z]+ ){0,2}")


_INDEFINITE_ARTICLES = {
    lang: "|".join(grammar_list(lang, "indefinite_articles")) for lang in SUPPORTED_LANGUAGES
}


def _apposition_target(
    text: str, rp: RolePhrase, mentions: list[MentionRef], records: dict, lang: str = "en"
) -> MentionRef | None:
    """ROLE[,] NAME  or  NAME, ROLE — the name that the title describes."""
    j = rp.end
    while j < len(text) and text[j] in " ,":
        j += 1
    gap = text[rp.end : j]

    def starting_at(pos: int) -> list[MentionRef]:
        k = bisect.bisect_left(mentions, MentionRef(pos, -1, "", ""))
        out = []
        while k < len(mentions) and mentions[k].start == pos:
            out.append(mentions[k])
            k += 1
        return out

    def ending_at(pos: int) -> list[MentionRef]:
        k = bisect.bisect_left(mentions, MentionRef(max(0, pos - 120), -1, "", ""))
        out = []
        while k < len(mentions) and mentions[k].start < pos:
            if mentions[k].end == pos:
                out.append(mentions[k])
            k += 1
        return out

    for m in starting_at(j):
        if gap in (" ", ", ", ","):
            if records[m.key].kind == "person":
                return m
    # "Saudi Energy Minister Prince Abdulaziz bin Salman": an honorific, then the name
    hon = _honorifics(lang)
    h = hon[1].match(text, j) if hon is not None and gap == " " else None
    if h is not None:
        for m in starting_at(h.end()):
            if records[m.key].kind == "person":
                return m
    # ROLE + complement, NAME: "El embajador de Estados Unidos ante la OEA, Carlos Trujillo"
    comma = _comma_after_complement(text, rp.end)
    if comma is not None:
        k = comma + 1
        while k < len(text) and text[k] == " ":
            k += 1
        for m in starting_at(k):
            if records[m.key].kind == "person":
                return m
    # NAME, ROLE — only a closed apposition ("Joe Biden, presidente de EE.UU., dijo")
    closes = (
        rp.end >= len(text)
        or text[rp.end] in ",)"
        or text[rp.end : rp.end + 2] in (". ", ".\n")
        # "Behrouz Kamalvandi, spokesman for the Atomic Energy Organization of Iran (AEOI), …"
        or comma is not None
    )
    i = rp.start
    if not closes:
        # "said Kenta Morimura, a professor of Korean studies at Doshisha University.": a name,
        # a comma and an article open an apposition whatever follows the title
        # only an indefinite article: "Edward Snowden, a presidenta disse …" (Portuguese "a" is
        # "the") opens the next clause with its subject
        mm = re.search(
            r",\s+(?:" + _INDEFINITE_ARTICLES.get(lang, "a|an") + r")\s+$", text[max(0, i - 8) : i]
        )
        if mm:
            comma = max(0, i - 8) + mm.start()
            for m in ending_at(comma):
                if records[m.key].kind == "person":
                    return m
        return None
    k = i
    while k > 0 and text[k - 1] in " ":
        k -= 1
    # skip a leading article before the role ("Joe Biden, el presidente…")
    if k > 0 and text[k - 1] == ",":
        for m in ending_at(k - 1):
            if records[m.key].kind == "person":
                return m
    # "Joe Biden, presidente" with article: look back over one lowercase word
    seg = text[max(0, i - 8) : i]
    mm = re.search(r",\s+\w+\s+$", seg)
    if mm:
        comma = max(0, i - 8) + mm.start()
        for m in ending_at(comma):
            if records[m.key].kind == "person":
                return m
    return None


# a title run going on to a name: "y senador Álvaro Uribe", "and senator Bob Dole"
_PERSON_TITLE_CHAIN = re.compile(r"\s+(?:y|e|and|et)\s+(?:[a-záéíóúñçàèêô-]+\s+){1,3}[A-ZÁÉÍÓÚÑ]")
# a complement running on to a capitalised name, no punctuation between
_NAME_AHEAD = re.compile(
    r"(?:\s+(?:de|del|of|du|da|do|la|el|the|l'|[A-ZÁÉÍÓÚÑ][\w'’-]*)){1,8}\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]"
)
# a title's complement naming an unnamed body: «del partido», "of the committee" (folded)
_OF_A_BODY = re.compile(
    r"\s+(?:do|da|del|de la|du|de l'|of the|of its|of his|of their)\s+"
    r"(partido|party|parti|movimiento|movement|mouvement|movimento|comite|committee|comissao"
    r"|comision|commission|conselho|consejo|council|conseil|assembleia|asamblea|assembly"
    r"|assemblee|senado|senate|senat|congreso|congress|camara|chamber|chambre|banco|bank|banque"
    r"|frente|front|sindicato|union|syndicat|grupo|group|groupe)\b"
)


def _deposed_after(folded: str, rp: RolePhrase, lexicon: Lexicon) -> bool:
    """A past-office word right after the title ("the deposed president", « le dirigeant
    déchu »)."""
    after = re.match(r"\s+([\w-]+)", folded[rp.end : rp.end + 20])
    return after is not None and after.group(1) in lexicon.former_after


def _non_state(folded: str, rp: RolePhrase, lexicon: Lexicon) -> bool:
    """A title qualified as a movement's, not a state's: a word right before it ("the rebel
    leader") or right after it («el líder rebelde», « le chef rebelle »)."""
    before = re.findall(r"\w+", folded[max(0, rp.head - 18) : rp.head])[-1:]
    after = re.match(r"\s+(\w+)", folded[rp.end : rp.end + 20])
    words = set(before) | ({after.group(1)} if after else set())
    return bool(words & lexicon.non_state)


def _elect_after(folded: str, rp: RolePhrase, lexicon: Lexicon) -> bool:
    """An office not yet taken, told right after the title ("President-elect Joe Biden",
    «o presidente eleito, Fernando Henrique Cardoso»)."""
    after = re.match(r"[\s-]+(\w+)", folded[rp.end : rp.end + 20])
    return after is not None and after.group(1) in lexicon.elect_after


def _elect_holder(rp: RolePhrase, mentions, records, on) -> Record | None:
    """ "se reunió con el entonces presidente electo": the person named before whose record
    takes that office (in that country, when the title says) within a year of the article's
    day, the latest named first."""
    if on is None:
        return None
    offices = {rp.office} if rp.office else set(rp.offices)
    i = bisect.bisect_left(mentions, MentionRef(rp.start, -1, "", ""))
    for m in reversed(mentions[max(0, i - 80) : i]):
        r = records[m.key]
        if r.kind != "person" or r.entry is None:
            continue
        if rp.gender and r.gender and rp.gender != r.gender:
            continue
        if any(
            role.office in offices
            and (rp.where is None or rp.where in (role.country, role.org))
            and role.start is not None
            and abs((role.start - on).days) <= 365
            for role in r.entry.roles
        ):
            return r
    return None


def _past_holder(rp: RolePhrase, mentions, records, on, deposed: bool = False) -> Record | None:
    """ "dijo la expresidenta chilena": the person named before whose record held that office
    (in that country, when the title says) before the article's day, the latest named first;
    "the deposed president": the one whose office ended last."""
    offices = {rp.office} if rp.office else set(rp.offices)
    i = bisect.bisect_left(mentions, MentionRef(rp.start, -1, "", ""))
    seen: set[str] = set()
    if deposed:
        ended = [
            (role.end, r)
            for m in mentions[max(0, i - 80) : i]
            if (r := records[m.key]).kind == "person"
            and r.entry is not None
            and not (rp.gender and r.gender and rp.gender != r.gender)
            for role in r.entry.roles
            if role.office in offices
            and (rp.where is None or rp.where in (role.country, role.org))
            and role.end is not None
            and (on is None or role.end < on)
        ]
        if ended:
            # "le président renversé" after the coup leader took over: the one whose office
            # ended the day another person named in the article took it (Sidi Ould Cheikh
            # Abdallahi, not the general who replaced him and later stepped down)
            starts = {
                role.start
                for _end, r in ended
                for role in r.entry.roles
                if role.office in offices and role.start is not None
            }
            replaced = [x for x in ended if x[0] in starts]
            return max(replaced or ended, key=lambda x: x[0])[1]
    for m in reversed(mentions[max(0, i - 80) : i]):
        r = records[m.key]
        if r.key in seen or r.kind != "person" or r.entry is None:
            continue
        seen.add(r.key)
        if rp.gender and r.gender and rp.gender != r.gender:
            continue  # «la exmandataria» is not the man named since
        for role in r.entry.roles:
            if (
                role.office in offices
                and (rp.where is None or rp.where in (role.country, role.org))
                and role.end is not None
                and (on is None or role.end < on)
            ):
                return r
    return None


def _former_before(folded: str, rp: RolePhrase, lexicon: Lexicon) -> str | None:
    """ "l'ancien président", "the former prime minister", "o ex-presidente": "former", a
    past office (roles.toml [grammar] former); "el entonces canciller", "the then-president":
    "then", the office held at the time told ([grammar] then, or then_after right after the
    title: « le président du Conseil de l'époque »)."""
    former, then = lexicon.former_words, lexicon.then_words
    head = folded[rp.head : rp.end].split()[:1]
    if head and head[0] in lexicon.former_heads:
        return "former"  # «la expresidenta chilena», « l'ex-ministre »
    if _deposed_after(folded, rp, lexicon):
        return "former"  # "the deposed president", «el mandatario derrocado»
    after = folded[rp.end : rp.end + 24].lstrip()
    if any(
        after.startswith(w) and not after[len(w) : len(w) + 1].isalnum() for w in lexicon.then_after
    ):
        return "then"  # « le président du Conseil de l'époque, Paolo Gentiloni »
    for pos in {rp.start, rp.head}:
        # the word right before the title ("Desde entonces, el ministro" is no past office)
        words = re.findall(r"[\w-]+", folded[max(0, pos - 18) : pos])
        if words:
            w = words[-1].rstrip("-")
            if w in then:
                return "then"
            if w in former:
                return "former"
    return None


def _plural_counterpart(folded_phrase: str, lexicon: Lexicon) -> bool:
    """ "her counterparts", «ses homologues», «sus colegas», "opposite numbers": a plural
    form of roles.toml's counterpart words (one whose singular is listed too)."""
    padded = f" {folded_phrase} "
    return any(f" {f} " in padded for f in lexicon.plural_counterparts)


def _bare_counterpart(rp, nearest, persons_before, mentions, records, sent_starts, offices_of):
    """ "Le président français a répété que Bachar al-Assad …, tandis que son homologue a
    estimé": the counterpart of the sentence's subject (the person opening it, else the
    nearest one holding an office) is the one holding that office in another country whom
    the article has named most, not whoever was named last."""
    k = bisect.bisect_right(sent_starts, rp.start) - 1
    here = sent_starts[k] if k >= 0 else 0
    opener = next(
        (
            records[m.key]
            for m in mentions
            if here <= m.start < rp.start and records[m.key].kind == "person"
        ),
        None,
    )
    ante = opener if opener is not None and offices_of(opener) else nearest
    office, where = offices_of(ante)[0]
    cands = [
        c
        for c in persons_before
        if c is not ante and any(o == office and w != where for o, w in offices_of(c))
    ]
    if not cands:
        return None

    def named(c: Record) -> int:
        return sum(1 for m in c.mentions if m.start < rp.start)

    return max(cands, key=named)  # max keeps the nearest of equals: persons_before is by recency


def _role_office(rp: RolePhrase, rec: Record, lexicon: Lexicon) -> tuple[str | None, str | None]:
    if rp.office:
        return rp.office, rp.where
    if rp.offices and set(rp.offices) <= _STATE_HEADS and rp.where and len(rp.where) == 2:
        # "le chef de l'État ivoirien, Laurent Gbagbo", "Ivorian head of state Laurent Gbagbo":
        # a head of state of a named country; a president unless the record says otherwise
        return rp.offices[0], rp.where
    return None, rp.where


_STATE_HEADS = frozenset(("president", "monarch", "supreme_leader"))


def _antecedent_office(rp, mentions, records, on) -> str | None:
    i = bisect.bisect_left(mentions, MentionRef(rp.start, -1, "", ""))
    while i > 0:
        i -= 1
        r = records[mentions[i].key]
        if r.kind != "person":
            continue
        if r.office and not r.former:
            return r.office
        if r.entry is not None:
            roles = sorted(r.entry.roles_on(on), key=lambda x: OFFICE_RANK.get(x.office, 50))
            if roles:
                return roles[0].office
    return None


# offices held by one person of a country at a time: an indefinite one is a kind, not a person
_HEAD_OFFICES = frozenset(
    (
        "president",
        "prime_minister",
        "deputy_prime_minister",  # "each partner will nominate a deputy prime minister"
        "monarch",
        "chancellor",
        "supreme_leader",
        "leader",
    )
)

_INDEFINITE = {lang: grammar(lang, "indefinite_determiners") for lang in SUPPORTED_LANGUAGES}
# an adjective after the head noun: "diplomate français", "funcionario estadounidense"
# the endings of demonyms and other adjectives that follow their noun
_ADJECTIVE_SUFFIXES = (
    "ais|aise|ain|aine|ien|ienne|éen|éenne|ano|ana|ense|és|esa|ês|ico|ica|eño|eña|eiro|eira"
)
_POST_ADJECTIVE = re.compile(r"\s+([a-zà-ÿ]+(?:" + _ADJECTIVE_SUFFIXES + r"))\b")


def _description(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "European diplomat" in "A European diplomat, speaking …", "diplomate français" in
    "un diplomate français": the description after the indefinite article."""
    s = start
    lead = re.search(r"((?:[A-Z][\w.-]*\s+){1,2})$", text[max(0, start - 30) : start])
    if lead:
        words = lead.group(1).split()
        while words and words[0].lower() in ("a", "an", "one", "un", "una", "une", "um", "uma"):
            words = words[1:]
        if words:
            s = start - len(lead.group(1)) + lead.group(1).index(words[0])
    e = end
    nxt = _POST_ADJECTIVE.match(text, end)
    if nxt:
        e = nxt.end()
    name = text[s:e].strip()
    return (s, e, name) if name else None


_DEPUTY = frozenset(
    [
        "deputy",
        "vice",
        "former",
        "ex",
        "acting",
        "adjunto",
        "adjunta",
        "antiguo",
        "antigua",
        "ancien",
        "ancienne",
        "adjoint",
        "adjointe",
        "interim",
        "interino",
        "interina",
        "shadow",
    ]
)


def _plural_determiner(folded: str, pos: int, lexicon: Lexicon) -> bool:
    words = re.findall(r"\w+", folded[max(0, pos - 20) : pos])
    if not words:
        return False
    plural = (
        frozenset(fold(w) for w in lexicon.grammar.get("plural_determiners", [])) or _PLURAL_DET
    )
    return (
        words[-1] in plural
        or (len(words) >= 2 and " ".join(words[-2:]) in plural)
        or bool(_OTHERS & set(words[-2:]))
    )


_PLURAL_DET = frozenset(
    [
        "los",
        "las",
        "ambos",
        "ambas",
        "sus",
        "varios",
        "varias",
        "dos",
        "tres",
        "both",
        "two",
        "three",
        "several",
        "the two",
        "les",
        "des",
        "deux",
        "plusieurs",
        "os",
        "as",
        "dois",
        "their",
    ]
)
# "other African heads of state", «otros mandatarios», « d'autres dirigeants »: others than the
# one named, a group (the word right before the title, or before its adjective)
_OTHERS = frozenset(
    [
        "other",
        "otros",
        "otras",
        "autres",
        "outros",
        "outras",
        "many",
        "muchos",
        "muitos",
        "nombreux",
        "some",
        "algunos",
        "certains",
        "alguns",
    ]
)


def _lead_person(mentions, records) -> Record | None:
    """The first person the article names: its protagonist, as a rule of news writing."""
    for m in mentions[:40]:
        r = records[m.key]
        if r.kind == "person":
            return r
    return None


_QUOTE_THEN_CUE = re.compile(r"([”»\"])\s*,?\s*[—–-]?\s*(?:[\w-]+\s+){1,4}$")
_OPENER = {"”": "“", "»": "«", '"': '"'}


def _quote_before(text: str, pos: int) -> tuple[int, int] | None:
    """The quote a title right after it speaks for ("“…”, explicó el mandatario"), as its span."""
    m = _QUOTE_THEN_CUE.search(text, max(0, pos - 45), pos)
    if m is None:
        return None
    close = m.start(1)
    opening = text.rfind(_OPENER[m.group(1)], max(0, close - 1500), close)
    return (opening, close) if opening != -1 else None


@cache
def _shared_offices() -> frozenset[str]:
    return frozenset(load_lang_file("shared", "offices").get("shared", []))


def _may_be_holder(rec: Record, holders: list[str], kb) -> bool:
    """No known holder, or the record may be one of them: the same entry, or an unknown record
    named as one is or sharing a word other than a given name with one ("Philippe" for King
    Philippe; not "Alí al Sistani" for Ali Khamenei)."""
    if not holders:
        return True
    if rec.entry is not None:
        return rec.entry.id in holders
    given = _first_names(kb)
    name = fold(rec.name or "")
    words = set(re.findall(r"\w{3,}", name)) - given
    for h in holders:
        e = kb.get(h)
        for n in (e.names + e.short) if e is not None else ():
            fn = fold(n)
            if (
                fn == name
                or words & (set(re.findall(r"\w{3,}", fn)) - given)
                # "le roi des Belges Philippe": a one-word name opening the holder's
                or (" " not in name and fn.split()[:1] == [name])
            ):
                return True
    return False


def _sole_holders(kb, office: str, where: str, on) -> list[str]:
    """The knowledge base's holders of an office one person holds at a time for a country or
    body ("the Russian president"); none for offices many share ("the UN envoy")."""
    if office in _shared_offices():
        return []
    return kb.holders(office, where, on)


def _resolve_title(
    rp,
    mentions,
    records,
    kb,
    on,
    lexicon,
    record_for_entry,
    speech=(frozenset(), frozenset()),
    sent_starts=(),
    text: str = "",
    bound_prefixes: dict[str, str] | None = None,
) -> Record | None:
    if text and bound_prefixes:
        bound = _bound_title_prefix(rp, records, text, lexicon.lang, bound_prefixes)
        if bound is not None:
            return bound
    body = _body_named_in_title(rp, mentions, records)
    if body is None and rp.where is None and rp.office and text:
        # «El presidente de la Coalición» after «la Coalición Nacional Siria»: the head of the
        # body whose name that word opens, never the country's president; of none, nobody
        body = _body_by_head_word(rp, mentions, records, text, lexicon.lang)
        if body is False:
            return None
    if body is not None and rp.where is None and rp.office:
        # «el líder del Partido Unionista Democrático»: the leader of that body, not the leader
        # of another one named before (John Hume, «líder del SDLP»)
        rp = replace(rp, where=body.key)
    found = _resolve_title_by_office(
        rp, mentions, records, kb, on, lexicon, record_for_entry, speech, sent_starts, text
    )
    if found is None and text:
        found = _body_head_named_before(rp, mentions, records, sent_starts, text, on)
    return found


@cache
def _title_body(lang: str) -> re.Pattern[str]:
    """A title's complement that names a body by capitalised words ("da Comissão", "of the
    Council"): one of the language's connectors (roles.toml [grammar]), perhaps an article."""
    grammar = load_lang_file(lang, "roles").get("grammar", {})
    conns = word_alternation(grammar.get("connectors", [])) or "(?!)"
    arts = word_alternation(grammar.get("articles", [])) or "(?!)"
    return re.compile(
        rf"\s+(?:{conns})(?:(?<=')|\s+)(?:(?:{arts})\s+)?[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*"
    )


_CAPITALISED_RUN = re.compile(r"(?:\s+[A-ZÀ-Ý][\w-]*)*")


def _bound_title_prefix(
    rp, records, text: str, lang: str, bound_prefixes: dict[str, str]
) -> Record | None:
    """ "o presidente da Comissão" after "o presidente da Comissão Europeia, Durão Barroso", "o
    Presidente da República" after "O Presidente da República, Marcelo Rebelo de Sousa": a
    title of two words or more (with its body) that opens the one title (with its body) bound
    to a person of the article is that person (`bound_prefixes`)."""
    m = _title_body(lang).match(text, rp.end)
    end = m.end() if m is not None else rp.end
    # the capitalised words going on from there are the body's too ("líder del Partido" +
    # "Unionista Democrático" is no other party's leader)
    end = _CAPITALISED_RUN.match(text, end).end()
    words = fold(text[rp.start : end]).split()
    phrase = " ".join(words)
    if len(words) < 2:
        return None  # a bare "presidente" names whoever holds the office, as resolved below
    key = bound_prefixes.get(phrase)
    return records[key] if key else None


# «El», "The", «Le», «O»: what may stand before a title that opens its sentence
_OPENING_ARTICLE = re.compile(r"[\s«“\"(—-]*(?:(?:el|la|the|le|l'|l’|o|a)\s+)?", re.I)


def _body_named_in_title(rp, mentions, records) -> Record | None:
    """The organisation or group a title names right after its word («líder del Partido
    Unionista Democrático», "leader of the Democratic Unionist Party"), else None."""
    i = bisect.bisect_left(mentions, MentionRef(max(0, rp.start - 20), -1, "", ""))
    for m in mentions[i : i + 6]:
        if (
            rp.end - 14 <= m.start <= rp.end + 12
            and records[m.key].kind in ("organization", "group")
            and m.via != "government"  # «ministro del Gobierno de Evo Morales»: the country's
        ):
            return records[m.key]
    return None


def _body_by_head_word(rp, mentions, records, text: str, lang: str) -> Record | None | bool:
    """A title's complement that is one of the language's body head words, capitalised and
    bare («presidente de la Comisión», "chairman of the Council"): the body of the article
    whose name that word opens (the last one named before), False when the article names
    none; None when the complement is no bare body head word."""
    m = _title_body(lang).match(text, rp.end)
    if m is None:
        return None
    words = text[m.start() : m.end()].split()
    head = fold(words[-1])
    ent = _entities(lang)
    if len(words) < 2 or not words[-1][:1].isupper() or head not in _org_words(id(ent), ent)[0]:
        return None
    if any(rp.end <= x.start < m.end() for x in mentions):
        return None  # a name the article knows: resolved as such
    bodies = {
        r.key
        for r in records.values()
        if r.kind in ("organization", "group")
        and any(
            fold(n).split()[:1] == [head]
            for n in ((r.name,) if r.name else ())
            + (tuple(r.entry.names) + tuple(r.entry.short) if r.entry is not None else ())
        )
    }
    before = [x for x in mentions if x.key in bodies and x.start < rp.start]
    if before:
        return records[before[-1].key]
    return records[next(iter(bodies))] if len(bodies) == 1 else False


def _body_head_named_before(rp, mentions, records, sent_starts, text, on) -> Record | None:
    """ "The fiercest rejection came from the Reverend Ian Paisley. The leader of the Democratic
    Unionist Party, who walked out …, called …": a title of a body opening its sentence names
    the one person the sentence before named, when nothing tells their office."""
    k = bisect.bisect_right(sent_starts, rp.start) - 1
    if k < 1 or not _OPENING_ARTICLE.fullmatch(text, sent_starts[k], rp.start):
        return None
    where_is_body = rp.where is not None and len(rp.where) != 2
    if not (where_is_body or _body_named_in_title(rp, mentions, records)):
        return None
    prev, here = sent_starts[k - 1], sent_starts[k]
    lo = bisect.bisect_left(mentions, MentionRef(prev, -1, "", ""))
    people = {
        m.key: records[m.key]
        for m in mentions[lo : lo + 40]
        if prev <= m.start < here and records[m.key].kind == "person"
    }
    if len(people) != 1:
        return None
    (r,) = people.values()
    if r.office or (r.entry is not None and r.entry.roles_on(on)):
        return None  # a person whose office the text or the knowledge base tells
    if rp.gender and r.gender and rp.gender != r.gender:
        return None
    return r


def _resolve_title_by_office(
    rp,
    mentions,
    records,
    kb,
    on,
    lexicon,
    record_for_entry,
    speech=(frozenset(), frozenset()),
    sent_starts=(),
    text: str = "",
) -> Record | None:
    # the most recent distinct people before the title (a bounded look-back keeps this linear)
    i = bisect.bisect_left(mentions, MentionRef(rp.start, -1, "", ""))
    i_title = i
    persons_before: list[Record] = []
    seen = set()
    scanned = 0
    quoted = _quote_before(text, rp.start) if text else None
    while i > 0 and len(persons_before) < 25 and scanned < 400:
        i -= 1
        scanned += 1
        m = mentions[i]
        if m.end > rp.start:
            continue
        if quoted and quoted[0] <= m.start < quoted[1]:
            continue  # "“Le planteé al presidente Biden …”, explicó el mandatario": not Biden
        r = records[m.key]
        if r.kind == "person" and r.key not in seen:
            seen.add(r.key)
            persons_before.append(r)

    preferred: set[int] = set()  # put first by what they did: spoke, opened the sentence before
    topics: set[int] = set()  # the people opening this sentence or the one before
    inverted = False
    starts, ends = speech
    speaks = any(rp.end + k in starts for k in (1, 2))
    if quoted and sent_starts:
        # «El canciller venezolano, Jorge Arreaza, respondió … «¿…? ¿…?», se preguntó el
        # ministro»: the person who opens the sentence before the quote goes on speaking
        k = bisect.bisect_right(sent_starts, quoted[0] - 1) - 1
        if k >= 0:
            lo = sent_starts[k]
            opener = next(
                (
                    records[m.key]
                    for m in mentions[max(0, i_title - 60) : i_title]
                    if lo <= m.start < quoted[0] and records[m.key].kind == "person"
                ),
                None,
            )
            if opener is not None:
                inverted = True
                topics.add(id(opener))
                preferred.add(id(opener))
    if speaks:
        # "El ministro subrayó …": a title speaking names the one who has been speaking, before
        # anyone merely mentioned since ("… con Picardo. El ministro subrayó" → not Picardo)
        def spoke(r: Record) -> bool:
            return any(
                rp.start - 900 <= m.start < rp.start
                and (
                    any(m.end + k in starts for k in (1, 2))
                    or any(m.start - k in ends for k in (1, 2))
                )
                for m in r.mentions
            )

        speaking = [r for r in persons_before if spoke(r)]
        persons_before = speaking + [r for r in persons_before if r not in speaking]
        preferred.update(id(r) for r in speaking)

    # "Erdogan trasladó a Putin … El mandatario subrayó …": a title opening its sentence names
    # the previous sentence's subject (its first person) before anyone named after it
    k = bisect.bisect_right(sent_starts, rp.start) - 1
    if k >= 1:
        here, prev = sent_starts[k], sent_starts[k - 1]
        # "Ajanuch, por su parte, calificó … afirmó el primer ministro": the person who opens
        # this sentence or the one before is the topic a title goes on with
        for lo, hi in ((prev, here), (here, rp.start)):
            topic = next(
                (
                    records[m.key]
                    for m in mentions[max(0, i_title - 60) : i_title]
                    if lo <= m.start < hi and records[m.key].kind == "person"
                ),
                None,
            )
            if topic is not None:
                preferred.add(id(topic))
                topics.add(id(topic))
        opens = not any(here <= m.start < rp.start for m in mentions[i_title - 8 : i_title])
        if opens:
            first = next(
                (
                    records[m.key]
                    for m in mentions[max(0, i_title - 60) : i_title]
                    if prev <= m.start < here and records[m.key].kind == "person"
                ),
                None,
            )
            if first is not None and first in persons_before:
                persons_before = [first] + [r for r in persons_before if r is not first]
                preferred.add(id(first))

    def offices_of(r: Record) -> list[tuple[str, str | None]]:
        out = []
        if r.office and not r.former:
            out.append((r.office, r.office_where))
        if r.entry is not None:
            for role in r.entry.roles_on(on):
                out.append((role.office, role.country or role.org))
        return out

    if rp.via == "counterpart":
        # the antecedent's office in another country
        for r in persons_before:
            offs = offices_of(r)
            if offs:
                office = offs[0][0]
                if rp.where:
                    for cand in persons_before:
                        if cand is r:
                            continue
                        if any(o == office and w == rp.where for o, w in offices_of(cand)):
                            return cand
                    ids = _sole_holders(kb, office, rp.where, on)
                    if ids:
                        return record_for_entry(kb.get(ids[0]))
                    return None
                if _plural_counterpart(fold(text[rp.start : rp.end]), lexicon):
                    return None  # "her counterparts", «ses homologues»: a group
                return _bare_counterpart(
                    rp, r, persons_before, mentions, records, sent_starts, offices_of
                )
        return None

    if rp.office is None:  # generic: "el mandatario [ruso]"
        if rp.home:
            # « le chef de l'État », bare in the French press: the French president, when named
            for r in persons_before:
                if any(o in rp.offices and w == rp.home for o, w in offices_of(r)):
                    return r
        if isinstance(rp.offices, RankedOffices):
            # «el jefe del Ejecutivo»: a prime minister named before, then a president
            for office in rp.offices:
                for r in persons_before:
                    if any(
                        o == office and (rp.where is None or w == rp.where)
                        for o, w in offices_of(r)
                    ) and not (rp.gender and r.gender and rp.gender != r.gender):
                        return r
        holders = [
            r
            for r in persons_before
            if not (rp.gender and r.gender and rp.gender != r.gender)
            and any(
                (not rp.offices or o in rp.offices) and (rp.where is None or w == rp.where)
                for o, w in offices_of(r)
            )
        ]
        if holders:
            # "Marcelo … aceitou o convite do homólogo João Lourenço. «Irei a Angola», prometeu
            # o chefe de Estado": a title that speaks goes on with the sentence before's opener
            topical = [r for r in holders if id(r) in topics]
            if topical and (speaks or inverted or quoted):
                return topical[0]
            return holders[0]
        if rp.where and not set(rp.offices or ()) & _HEAD_OFFICES:
            # «afirmó el diplomático chileno» after José Miguel Insulza: a national named
            # before, not the country's foreign minister the article never names
            for r in persons_before:
                own = r.country or (r.entry.country if r.entry is not None else None)
                if own == rp.where and not (rp.gender and r.gender and rp.gender != r.gender):
                    return r
        if rp.where:
            for office in rp.offices or ():
                ids = _sole_holders(kb, office, rp.where, on)
                if ids:
                    return record_for_entry(kb.get(ids[0]))
        return None

    # a specific office ("ministro"/"minister" alone stands for any ministry)
    def same_office(o: str) -> bool:
        return (
            o == rp.office
            or o in rp.offices
            # «la presidenta de la Comisión»: the body's own office of that title
            # ("president_of_commission" at the European Commission)
            or (rp.where is not None and len(rp.where) != 2 and o.startswith(rp.office + "_"))
            or (
                rp.office == "minister"
                and o.endswith("minister")
                and o not in ("prime_minister", "chief_minister")  # "the minister" is no premier
            )
        )

    matches = [
        r
        for r in persons_before
        if not (rp.gender and r.gender and rp.gender != r.gender)
        and any(same_office(o) and (rp.where is None or w == rp.where) for o, w in offices_of(r))
    ]
    if matches:
        # "Hu Jintao adotou um tom mais cauteloso. … o presidente destacou": the person the
        # sentence before (or this one) opens with, when they hold the title, before another
        # holder who spoke earlier (Medvedev)
        topical = [r for r in matches if id(r) in topics]
        if topical and topical[0] is not matches[0] and (speaks or inverted):
            # only a title that speaks ("se reuniu com o então presidente" does not): "El
            # canciller venezolano, Jorge Arreaza, respondió … «…», se preguntó el ministro"
            return topical[0]
        # "El ministro ha reiterado …" in an article about Albares, after Lammy was named: a
        # bare title names the article's protagonist (its first person), when they hold it,
        # before whoever was named last, unless the last one just spoke or opened the sentence
        lead = _lead_person(mentions, records)
        if (
            rp.where is None
            and lead is not None
            and lead in matches
            and id(matches[0]) not in preferred
        ):
            return lead
        return matches[0]
    if rp.where:
        # "Do lado ruandês, o ministro …, Olivier Nduhungirehe … o chefe da diplomacia
        # ruandesa": the holder of that office whose country the text did not tie to it
        for r in persons_before:
            if rp.gender and r.gender and rp.gender != r.gender:
                continue
            offices = offices_of(r)
            if all(w is None for _, w in offices) and any(same_office(o) for o, _ in offices):
                return r
        for aid in _sole_holders(kb, rp.office, rp.where, on):
            e = kb.get(aid)
            if rp.gender and e.gender and rp.gender != e.gender:
                continue  # "la presidenta" is not the male co-holder
            return record_for_entry(e)
        if rp.office == "minister" and len(rp.where) == 2:
            # «Los ministros del Interior, Rubalcaba y Alliot-Marie … La ministra francesa»: a
            # national named before whose office the article leaves untold
            for r in persons_before:
                own = r.country or (r.entry.country if r.entry is not None else None)
                if own == rp.where and not offices_of(r) and rp.gender and r.gender == rp.gender:
                    return r
    return None


# ---- output -----------------------------------------------------------------------------------


def _finish(text, records, mentions, kb, lexicon, on) -> ActorResult:
    lang = lexicon.lang
    ent = _entities(lang)
    fmt = ent.get("role_format", "{role} de {where}")
    country_of = ent.get("country_of") or {}
    former_fmt = lexicon.grammar.get("former_role", {})
    roles_data = lexicon.roles.get("role", [])

    def display_pair(r: dict) -> tuple[str, str]:
        d = r.get("display") or {}
        return (
            d.get("m") or (r.get("m") or [r["office"]])[0],
            d.get("f") or (r.get("f") or r.get("m") or [r["office"]])[0],
        )

    display_by_office: dict[str, tuple[str, str]] = {}
    # generic roles first; a country-only office ("canciller" of Germany) keeps its own words
    for r in sorted(roles_data, key=lambda r: bool(r.get("countries"))):
        display_by_office.setdefault(r["office"], display_pair(r))
    # a country's own word for an office ("pope", not "king", for the monarch of the Holy See)
    display_by_country = {
        (r["office"], c): display_pair(r) for r in roles_data for c in r.get("countries") or ()
    }
    used = [r for r in records.values() if r.mentions]
    used.sort(key=lambda r: min(m.start for m in r.mentions))
    ids: dict[str, str] = {}
    taken: set[str] = set()
    actors: list[Actor] = []
    offices: dict[str, tuple[str | None, str | None]] = {}
    genders: dict[str, str | None] = {}
    for r in used:
        name = _display_name(r, text, lang)
        base = slugify(name)
        aid = base
        n = 2
        while aid in taken:
            aid = f"{base}-{n}"
            n += 1
        taken.add(aid)
        ids[r.key] = aid
        office, where = r.office, r.office_where
        if office is None and r.entry is not None:
            roles = sorted(r.entry.roles_on(on), key=lambda x: OFFICE_RANK.get(x.office, 50))
            if roles:
                office, where = roles[0].office, roles[0].country or roles[0].org
        role_text = None
        if office:
            disp = display_by_country.get((office, where)) or display_by_office.get(office)
            label = (disp[1] if r.gender == "f" else disp[0]) if disp else office.replace("_", " ")
            where_name = None
            if where:
                if len(where) == 2 and where.isupper():
                    where_name = kb.country_name(where, lang)
                else:
                    oe = kb.get(where)
                    where_name = oe.display(lang) if oe else None
            if where_name and fold(where_name) in fold(label):
                where_name = None  # «presidente da Comissão Europeia» names its body already
            if where_name and country_of and len(where) == 2 and where.isupper():
                role_text = f"{label} {_country_of(where_name, country_of, label)}"
            else:
                role_text = fmt.format(role=label, where=where_name) if where_name else label
            if r.former and r.office == office:
                role_text = former_fmt.get(r.gender or "m", "{role}").format(role=role_text)
        country = r.country
        if country is None and r.entry is not None:
            country = r.entry.country
        if country is None and where and len(where) == 2:
            country = where
        # a past office is nobody's office today: no group, title or meeting counts on it
        offices[aid] = (None, None) if r.former and r.office == office else (office, where)
        genders[aid] = r.gender
        ms = sorted({(m.start, m.end) for m in r.mentions})
        actors.append(
            Actor(
                id=aid,
                name=name,
                kind=r.kind
                if r.kind in ("person", "organization", "country", "place", "group")
                else "organization",
                role=role_text if r.kind == "person" else None,
                country=country,
                mentions=tuple(Span.of(text, s, e) for s, e in ms),
                kb_id=r.entry.id if r.entry is not None else None,
            )
        )
    out_mentions = sorted(
        {(m.start, m.end, ids[m.key], m.via) for m in mentions if m.key in ids},
        key=lambda m: (m[0], -m[1]),
    )
    # drop nested duplicates: keep the outermost mention at a position
    cleaned: list[tuple[int, int, str, str]] = []
    for m in out_mentions:
        if cleaned and m[0] < cleaned[-1][1]:
            continue
        cleaned.append(m)
    return ActorResult(actors, cleaned, ids, records, offices, genders)


def _display_name(r: Record, text: str, lang: str) -> str:
    if r.entry is None:
        return r.name or r.key
    e = r.entry
    if e.kind == "country":
        return e.display(lang)
    seen = [text[m.start : m.end] for m in r.mentions if m.via == "name"]
    if e.kind == "person":
        if seen:
            return max(seen, key=len)
        return e.display(lang)
    if lang in e.label:
        return e.label[lang]
    if seen:
        # the longest form, preferring "Washington" over a dateline's "WASHINGTON"
        return max(seen, key=lambda n: (len(n), not n.isupper()))
    acr = [text[m.start : m.end] for m in r.mentions if m.via == "acronym"]
    if acr:
        return acr[0]
    return e.display(lang)


def _another_with_that_given_name(text: str, form: str, cands, kb) -> bool:
    """A short form that is a known person's given name («Cristina», «Evo») while the text
    names someone else with it («Cristina Narbona»): the short form is that other person's."""
    given = [
        n
        for a in cands
        if (entry := kb.get(a.payload[0])) is not None
        for n in entry.names
        if n.startswith(form + " ")
    ]
    if not given:
        return False
    own = {n[len(form) + 1 :].split()[0] for n in given if n[len(form) + 1 :].split()}
    after = re.finditer(r"(?<![\w])" + re.escape(form) + r" ([A-ZÀ-Ý][\w'’-]+)", text)
    return any(m.group(1) not in own for m in after)


def _country_of(name: str, t: dict, role: str = "") -> str:
    """«des États-Unis», «du Sénégal», «de la France», «de l'Algérie», «d'Israël»: the
    country's name after «de» with its article, by the entities.toml [country_of] rules (the
    gender and number read off the name's first word, the lists for the exceptions)."""
    if name in t.get("exact", {}):
        return t["exact"][name]
    first = name.split()[0] if name.split() else name
    vowels = t.get("vowels", "")
    if name in t.get("no_article", ()):
        form = t.get("of_bare_vowel") if vowels and name[0] in vowels else None
        return (form or t.get("of_bare", "de {x}")).format(x=name)
    masculine = t.get("masculine", ())
    if name in masculine or first in masculine:
        form = t.get("of_vowel") if vowels and name[0] in vowels else None
        return (form or t.get("of_masculine", "de {x}")).format(x=name)
    if first.endswith(tuple(t.get("plural_endings", ()))):
        fem = first.endswith("as") and t.get("of_plural_feminine")
        return (fem or t.get("of_plural", "de {x}")).format(x=name)
    # « roi de Belgique », « reine d'Espagne »: a monarch names a feminine country bare
    monarch = bool(role.split()) and role.split()[0].lower() in t.get("bare_feminine_roles", ())
    if vowels and name[0] in vowels:
        form = t.get("of_bare_vowel") if monarch else None
        return (form or t.get("of_vowel", "de {x}")).format(x=name)
    feminine = t.get("feminine", ())
    if (
        name in feminine
        or first in feminine
        or first.endswith(tuple(t.get("feminine_endings", ())))
    ):
        form = t.get("of_bare") if monarch else None
        return (form or t.get("of_feminine", "de {x}")).format(x=name)
    return t.get("of_masculine", "de {x}").format(x=name)
