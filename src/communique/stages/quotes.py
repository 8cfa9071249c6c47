"""Quotes and their speakers.

1. `find_quote_spans` pairs quotation marks per paragraph (« », “ ”, „ “, ‹ ›, straight
   " and single ‘ ’ that are not apostrophes), continues multi-paragraph quotes, and
   degrades locally on unbalanced marks (closes at the paragraph's end).
2. Names and titles in marks ("la operación «Escudo del Norte»", "the so-called
   “Peace Plan”") are dropped; the rest are `direct` (a sentence or more) or `partial`.
3. Attribution runs an ordered cascade and stores which rule fired (`rule`):
   interrupted → cue after → colon lead-in → según / according to → cue before →
   continuation → nearest cue. A speaker is only ever an actor id, or null.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from communique.model import Quote, Span
from communique.resources import grammar_all, load_lang_file
from communique.resources.lexicon import (
    ACCORDING,
    ANON,
    COUNTERPART,
    DOC_NOUN,
    GENERIC,
    PRONOUN,
    ROLE,
    SPEECH,
    Atom,
    Lexicon,
)
from communique.stages.actors import ActorResult, kinship_before
from communique.stages.quote_spans import AFTER_CLOSE, QSpan, find_quote_spans
from communique.stages.sentences import Sentence
from communique.stages.subjects import (
    SubjectFinder,
    clause_start,
    first_stop,
    language_articles,
    null_subject,
    sentence_of,
    trailing_cue,
)
from communique.textutil import Intervals, SpanIndex, fold, fold_text, is_gerund

# a time adjunct between a reporting verb and its "that" ("said on Saturday that", "afirmó
# ayer que", "a confirmé mardi que"), folded
_TIME_ADJUNCT = (
    r"(?:(?:on|this|last|late|early|el|este|esta|ce|cette|neste|nesta|no|na)\s+[\w-]+\s+"
    r"|(?:yesterday|today|ayer|hoy|hier|aujourd'hui|ontem|hoje|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)\s+)?"
)
# words that open a time clause, not the inverted subject, after a reporting verb
_NOT_SUBJECT_START = grammar_all("time_clause_openers")

NAMING_NOUNS = {
    "es": [
        "operación",
        "plan",
        "llamado",
        "llamada",
        "denominado",
        "denominada",
        "bautizado",
        "bautizada",
        "conocido como",
        "conocida como",
        "titulado",
        "titulada",
        "lema",
        "término",
        "palabra",
        "programa",
        "proyecto",
        "documento",
        "informe",
        "libro",
        "acuerdo",
        "iniciativa",
        "campaña",
        "cumbre",
        "foro",
        "diario",
        "periódico",
        "revista",
        "canal",
        "cadena",
        "emisora",
        "agencia",
        "misión",
        "doctrina",
        "así llamado",
        "así llamada",
        "el llamado",
        "la llamada",
        "alias",
        "apodado",
        "apodada",
    ],
    "en": [
        "so-called",
        "dubbed",
        "known as",
        "called",
        "named",
        "entitled",
        "titled",
        "operation",
        "plan",
        "term",
        "word",
        "program",
        "programme",
        "project",
        "document",
        "report",
        "book",
        "initiative",
        "campaign",
        "newspaper",
        "magazine",
        "channel",
        "doctrine",
        "slogan",
        "motto",
        "nicknamed",
    ],
    "fr": [
        "opération",
        "plan",
        "dite",
        "dit",
        "baptisé",
        "baptisée",
        "intitulé",
        "intitulée",
        "terme",
        "mot",
        "programme",
        "projet",
        "document",
        "rapport",
        "livre",
        "initiative",
        "campagne",
        "journal",
        "surnommé",
    ],
    "pt": [
        "operação",
        "plano",
        "chamado",
        "chamada",
        "denominado",
        "denominada",
        "batizado",
        "batizada",
        "intitulado",
        "intitulada",
        "termo",
        "palavra",
        "programa",
        "projeto",
        "documento",
        "relatório",
        "livro",
        "iniciativa",
        "campanha",
        "jornal",
        "apelidado",
        "conhecido como",
        "conhecida como",
    ],
}


# unstressed object pronouns between a subject pronoun and its verb (es/fr/pt), and «mismo»,
# «también»: "Él mismo definió", "She also said"
CLITIC_GAP = re.compile(
    r"\s*(?:(?:y|en|lui|leur|l['’]|le|la|les|se|s['’]|me|m['’]|te|t['’]|nous|vous|lo|los|las|"
    r"nos|os|lhe|lhes|o|a|os|as|mismo|misma|mismos|mismas|himself|herself|même|mesmo|mesma|"
    r"también|tampoco|also|aussi|também)\s*)*",
    re.I,
)


# a content clause right after a reporting verb: "aseguró que", "said that", «a affirmé qu'»
_CONTENT_OPENS = re.compile(r"\s*(?:[\w']+\s+){0,2}?(?:que|that|qu')(?![\w])")


def _is_title_case(content: str) -> bool:
    words = re.findall(r"[^\W\d_]+", content)
    if not words:
        return True
    small = {
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "e",
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "a",
        "an",
        "to",
        "du",
        "des",
        "le",
        "et",
        "da",
        "do",
        "dos",
        "das",
        "em",
        "en",
        "para",
        "por",
    }
    content_words = [w for w in words if w.lower() not in small]
    return bool(content_words) and all(w[0].isupper() for w in content_words) and len(words) <= 8


def _is_name_or_title(text: str, q: QSpan, lang: str) -> bool:
    content = text[q.start : q.end]
    before = fold(text[max(0, q.open - 30) : q.open]).rstrip()
    for noun in NAMING_NOUNS.get(lang, []) + NAMING_NOUNS["en"]:
        fn = fold(noun)
        if before.endswith(fn) and (len(before) == len(fn) or not before[-len(fn) - 1].isalnum()):
            return True  # "a document titled “…”", "la operación «…»": a name or a title
    if _is_title_case(content) and not re.search(r"[.!?,;:]", content):
        # Title Case, no sentence punctuation: a name ("Escudo del Norte", "Peace Plan")
        return len(content.split()) >= 1
    return False


def _kind(text: str, q: QSpan, sentences: list[Sentence]) -> str:
    content = text[q.start : q.end]
    first = content.lstrip("¿¡.…([ ")[:1]
    if not first.isupper():
        return "partial"
    # what precedes the mark: paragraph start, sentence start, colon, dash → direct
    j = q.open
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    prev = text[j - 1] if j > 0 else "\n"
    if prev in "\n:—–-.!?" or j == 0:
        return "direct"
    sent = sentence_of(sentences, q.open)
    if sent and sent.start == q.open:
        return "direct"
    # ends like a sentence
    if (
        re.search(r"[.!?…]$", content)
        or len(content.split()) >= 8
        and text[q.close + 1 : q.close + 2] in ","
    ):
        return "direct"
    return "partial"


# a complement's preposition right before a mention, after a head noun ("l'envoyé spécial du
# secrétaire général", "the special envoy of the secretary-general"), folded
# (an honorific may stand before the name: « le porte-parole de M. Van Rompuy, Dirk De Backer »)
_OF_BEFORE = re.compile(
    r"\w+\s+(?:du|de la|de l'|des|of the|of|del|de|da|do)\s+"
    r"(?:(?:m\.|mme|mr\.?|mrs\.?|ms\.?|sr\.|sra\.|dr\.?)\s+)?$"
)
# "Van Rompuy's spokesman, Dirk De Backer": a person's title in the possessive, then its holder
_POSSESSIVE_TITLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*$")


# prepositions that set a place after an unnamed speaker ("a trader near Waterside market",
# «un comerciante del mercado de Waterside»), folded
_PLACE_PREPOSITIONS = grammar_all("speaker_place_prepositions")


@cache
def _addressee(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """speech.toml [addressee]: the prepositions that say whom a cue is addressed to, and those
    that are also articles (a preposition only before a bare plural)."""
    table = load_lang_file(lang, "speech").get("addressee", {})
    return frozenset(table.get("prepositions", [])), frozenset(table.get("plural_only", []))


_AUTHOR_LINK = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}?(?:del?|of|du|des|da|do|por|by|par|pelo|pela)\s+"
    r"(?:(?:el|la|los|las|the|le|les|o|a)\s+|l['’])?$",
    re.I,
)


class _Attributor:
    def __init__(
        self, text, sentences, atoms, actors: ActorResult, lexicon: Lexicon, qspans: list[QSpan]
    ):
        self.text = text
        self.folded = fold_text(text)
        self.sentences = sentences
        self._sent_starts = [x.start for x in sentences]
        self.actors = actors
        self.lex = lexicon
        self.bare_openers = frozenset(
            fold(w) for w in lexicon.grammar.get("bare_clause_openers", [])
        )
        self.lang = lexicon.lang
        self.qspans = qspans
        inside = [(q.open, q.close + 1) for q in qspans]
        self.inside = inside
        quoted = Intervals(inside)
        self.speech = [
            a
            for a in atoms
            if a.type == SPEECH and not quoted.contains(a.start) and not self._question_put(a)
        ]
        self.speech_index = SpanIndex(self.speech)
        self.speech_inside_all = SpanIndex([a for a in atoms if a.type == SPEECH])
        self.according = [a for a in atoms if a.type == ACCORDING and not quoted.contains(a.start)]
        self.docs = [a for a in atoms if a.type == DOC_NOUN]
        self.pronouns = [a for a in atoms if a.type == PRONOUN]
        self.docs_index = SpanIndex(self.docs)
        self.anon_index = SpanIndex([a for a in atoms if a.type == ANON])
        self.title_index = SpanIndex([a for a in atoms if a.type in (ROLE, GENERIC, COUNTERPART)])
        self.pronoun_index = SpanIndex(self.pronouns)
        self.according_index = SpanIndex(self.according)
        self.subjects = SubjectFinder(
            text,
            sentences,
            actors,
            self.lang,
            excluded=inside,
            docs=[(d.start, d.end) for d in self.docs],
        )
        self.genders = actors.genders
        self.kinds = {a.id: a.kind for a in actors.actors}
        self.last_speaker: str | None = None
        self.last_speaker_pos: int = -1
        self.last_doc_speaker: str | None = None
        self.cue_speaker: dict[int, str] = {}  # cue start -> the speaker it gave a quote

    @staticmethod
    def _in_quote(pos, inside):
        return any(a <= pos < b for a, b in inside)

    def _skip(self, pos: int, chars: str = " ,") -> int:
        while pos < len(self.text) and self.text[pos] in chars:
            pos += 1
        return pos

    def _speech_at(self, pos: int) -> Atom | None:
        best = None
        for a in self.speech_index.at(pos):
            if best is None or a.end > best.end:
                best = a
        return best

    def _doc_author_before(self, pos: int) -> str | None:
        """Who "the statement" is by when no quote told it: the speaker of the sentence before,
        when that sentence names a document and comes after the last quote's speaker ("In a
        statement published on Tuesday on behalf of the mediators, …, the Saudi foreign
        ministry said …. “…,” the statement said."); else None."""
        prev = self.subjects.sentence_before(pos)
        if (
            prev is not None
            and prev.start > self.last_speaker_pos
            and self.docs_index.between(prev.start, prev.end)
        ):
            for cue in self.speech_index.between(prev.start, prev.end):
                sub = self.subjects.left_of(cue.start, joint_complement=False)
                if sub is not None and sub.actors and sub.start >= prev.start:
                    return sub.actors[0]
        return None

    def _named_author(self, d: Atom, limit: int):
        """The mention a document noun names as its author right after it ("el comunicado del
        Kremlin", « communiqué de l'Élysée »), within `limit` characters; else None."""
        after = self.subjects.right_of(d.end, limit=limit)
        if after is not None and _AUTHOR_LINK.match(self.text[d.end : after[0]]):
            return after
        return None

    def _np_after(self, pos: int) -> tuple[str | None, str, Span | None]:
        """Speaker named right after a cue: a mention, a document, a pronoun."""
        p = self._skip(pos, " ")
        # a document: "concluyó el comunicado" → its author
        seg_end = min(len(self.text), p + 40)
        for d in self.docs_index.between(p, seg_end):
            if not re.search(r"[.;:!?]", self.text[p : d.start]):
                m = self.subjects.right_of(p, limit=d.start - p + 1)
                if m is None or m[0] > d.start:
                    # "el comunicado del Kremlin" → a mention right after the noun
                    after = self._named_author(d, limit=25)
                    if after is not None:
                        return after[2], "document", Span.of(self.text, d.start, after[1])
                    return (
                        self.last_doc_speaker
                        or self._doc_author_before(d.start)
                        or self.last_speaker,
                        "document",
                        Span.of(self.text, d.start, d.end),
                    )
        for pr in self.pronoun_index.at(p):
            return self._pronoun(pr), "pronoun", Span.of(self.text, pr.start, pr.end)
        m = self.np_head(p, limit=100)
        if m is None:
            # « a estimé la présidente de l'Union tunisienne de l'industrie, du commerce et de
            # l'artisanat (UTICA), Wided Bouchamaoui »: a long title, a comma, the person
            far = self.np_head(p, limit=150)
            if (
                far is not None
                and self.kinds.get(far[2]) == "person"
                and re.search(r",\s*$", self.text[p : far[0]])
                and not re.search(r"[.;:!?«»“”\"]", self.text[p : far[0]])
            ):
                m = far
        if m is not None:
            gap = self.folded[p : m[0]]
            # only articles/titles between the cue and the mention, no other verb; never a
            # complement ("ha advertido tras reunirse con su homólogo, Sameh Shukri")
            words = gap.split()
            time_clause = (
                len(words) >= 2
                and words[0] in _NOT_SUBJECT_START
                and re.search(r"(?:ar|er|ir|rse|ing|ndo)$", words[1].strip(",")) is not None
            )
            # a long title set off by a comma before the name ("dijo el jefe de la delegación
            # oficialista y presidente de la Asamblea Nacional, Jorge Rodríguez")
            apposed = (
                re.search(r",\s*(?:\S+\s+){0,3}$", gap) is not None  # «…, le Sénégalais X»
                and self.kinds.get(m[2]) == "person"
            )
            # «afirmó el diplomático chileno, que recordó que las negociaciones del ALCA»: a
            # relative clause has begun; the subject was the title before it
            relative = re.search(r",\s*(?:que|who|which|qui|quien|lequel|laquelle)\s", gap)
            # "said one trader near Waterside market": a place after a preposition is where the
            # unnamed speaker is, not who speaks
            located = (
                self.kinds.get(m[2]) == "place"
                and len(words) >= 2
                and words[-1] in _PLACE_PREPOSITIONS
            )
            # «a ajouté le fils de l'ancien Premier ministre Rafic Hariri»: the relative speaks
            kin = kinship_before(self.lang, anchored=False)
            related = kin is not None and kin.search(gap) is not None
            # «añadió el líder del Movimiento al Socialismo (MAS)»: the title's body is not the
            # speaker; its holder, unnamed here, is the one the passage goes on about
            headed = (
                self.kinds.get(m[2]) in ("organization", "country", "group")
                and _TITLE_OF_BODY.search(gap) is not None
                and bool(self.title_index.between(p, m[0]))
            )
            if headed:
                # «a déclaré la haute représentante de l'Union européenne …, Catherine Ashton»:
                # the holder apposed after the title, if any
                for x in self.subjects.mentions_in(m[1], min(len(self.text), m[1] + 90)):
                    if self.kinds.get(x[2]) == "person":
                        if re.fullmatch(r"[^.;:!?«»“”\"]*,\s*", self.text[m[1] : x[0]]):
                            return x[2], "mention", Span.of(self.text, x[0], x[1])
                        break
                return None, "", None
            if len(words) <= (16 if apposed else 10) and not (
                time_clause or relative or located or related or self._addressed(p, m)
            ):
                return m[2], "mention", Span.of(self.text, m[0], m[1])
        return None, "", None

    def np_head(self, p: int, limit: int = 70):
        """The actor a noun phrase starting at `p` names: its first person, else its first
        mention ("el portavoz del Kremlin, Dmitri Peskov" → Peskov; "EU coordinator Enrique
        Mora" → Mora; "el Kremlin en un comunicado" → the Kremlin)."""
        aside = _ASIDE.match(self.text, p)
        if aside is not None and not self.subjects.mentions_in(p, aside.end(1)):
            # "respondió, visiblemente molesto, el gobernante": a short aside before the subject
            p = aside.end()
        first = self.subjects.right_of(p, limit=limit)
        if first is None:
            return None
        gap = self.folded[p : first[0]]
        # "disse à Lusa o ministro …", "told the Guardian": the addressee is not the speaker;
        # «a commenté sur la chaîne Al-Arabiya le ministre …»: nor the channel
        if re.search(r"(?:^|\s)(?:a|à|al|ao|aux?|to)\s+(?:(?:la|el|the|le|o)\s+)?$", gap) or (
            self.kinds.get(first[2]) == "organization" and _ON_A_CHANNEL.search(gap)
        ):
            nxt = self.subjects.right_of(first[1], limit=max(0, limit - (first[1] - p)))
            if nxt is not None:
                first = nxt
        end = min(len(self.text), p + limit)
        stop = re.search(r"[«“\"»”]", self.text[p:end])
        if stop:
            end = p + stop.start()
        stop2 = first_stop(self.text, p, end)
        if stop2 is not None:
            end = stop2
        comma = self.text.find(",", p, end)
        if comma != -1 and comma < first[0] and not self.title_index.between(p, comma):
            # "declaró ante los periodistas, y acusó a Washington": not the speaker; but
            # "a déclaré le président nigérian, Bola Tinubu" names him by apposition
            return None
        if re.match(r",\s", self.text[first[1] : first[1] + 2]):
            # "la embajadora ante la ONU, Linda Thomas-Greenfield": the apposed name may run
            # past the window
            end = max(end, min(len(self.text), first[1] + 60))
            stop3 = first_stop(self.text, first[1], end)
            if stop3 is not None:
                end = stop3
        if self.kinds.get(first[2]) == "person" and _OF_BEFORE.search(self.folded, p, first[0]):
            # "a déclaré l'envoyé spécial du secrétaire général de l'ONU pour le dialogue
            # intercongolais, le Sénégalais Moustapha Niasse": the holder of the head title is
            # the name apposed after the complement, not the person the complement names
            far = min(len(self.text), first[1] + 110)
            for m in self.subjects.mentions_in(first[1], far):
                gap = self.text[first[1] : m[0]]
                if (
                    self.kinds.get(m[2]) == "person"
                    and m[2] != first[2]
                    and re.search(r",\s*(?:\S+\s+){0,3}$", gap)
                    and first_stop(self.text, first[1], m[0]) is None
                    and not re.search(r"[«“\"»”]", gap)
                ):
                    return m
        if self.kinds.get(first[2]) == "person":
            nxt = self.subjects.right_of(first[1], limit=60)
            if (
                nxt is not None
                and self.kinds.get(nxt[2]) == "person"
                and nxt[2] != first[2]
                and _POSSESSIVE_TITLE.fullmatch(self.text, first[1], nxt[0])
                and self.title_index.between(first[1], nxt[0])
            ):
                return nxt
        commas = [i for i in range(first[1], end) if self.text[i] == ","]
        if len(commas) >= 2:
            end = commas[1]  # an apposition closes at its second comma
        for m in self.subjects.mentions_in(p, end):
            if self.kinds.get(m[2]) == "person":
                between = self.text[first[1] : m[0]]
                if m is first or len(between.split()) <= 3:
                    return m
        if comma != -1 and comma < first[0] and self.kinds.get(first[2]) != "person":
            # "Según el diplomático, Washington seguirá …": only a person is apposed to a title
            return None
        return first

    def _question_put(self, a: Atom) -> bool:
        """ "Asked what a “just peace” would look like, he said …": a question put to the
        speaker opening the sentence, not a cue of its own (the positions stage skips it too)."""
        if self.folded[a.start : a.end] != "asked":
            return False
        sent = sentence_of(self.sentences, a.start)
        start = sent.start if sent is not None else 0
        return not self.folded[start : a.start].strip(' «“"(—')

    def _pronoun(self, pr: Atom) -> str | None:
        g = pr.payload
        # the current speaker (latest quote speaker or reporting-verb subject) if compatible,
        # else the last person of that gender
        cur = self.current_speaker(pr.start)
        if (
            cur
            and g in ("m", "f")
            and not any(
                self.kinds.get(a) == "person" for a in self.subjects.previous_subject(pr.start)
            )
        ):
            # "Segundo Amorim, … «…». O discurso mais duro foi o de Lacalle. Ele disse": the one
            # person of the sentence right before, not a speaker heard before it
            sole = self.subjects.previous_sole_person(pr.start, g)
            prev = self.subjects.sentence_before(pr.start)
            if (
                sole
                and cur not in sole
                and prev is not None
                and not self.speech_index.between(prev.start, prev.end)
                and not any(c in prev.text(self.text) for c in '«»“”"')
            ):
                return sole[0]
        if cur and (g not in ("m", "f") or self.genders.get(cur) in (g, None)):
            if self.kinds.get(cur) == "person" or g == "plural":
                return cur
        for m in reversed(self.subjects.mention_index.before(pr.start)[-300:]):
            if (
                m[1] <= pr.start
                and self.kinds.get(m[2]) == "person"
                and (g not in ("m", "f") or self.genders.get(m[2]) in (g, None))
            ):
                return m[2]
        return None

    def _subject_before(
        self, pos: int, floor: int | None = None
    ) -> tuple[tuple[str, ...], Span | None, str]:
        # a pronoun subject right before the verb, clitics aside ("Il y a annoncé", "Ella le
        # dijo"): nothing further left is the subject
        for pr in self.pronoun_index.between(max(0, pos - 20), pos):
            if pr.end <= pos and CLITIC_GAP.fullmatch(self.text[pr.end : pos]):
                sp = self._pronoun(pr)
                if sp:
                    return (sp,), Span.of(self.text, pr.start, pr.end), "pronoun"
        sub = self.subjects.left_of(pos, floor=floor, joint_complement=False)
        if sub is not None and sub.actors:
            return sub.actors, Span.of(self.text, sub.start, sub.end), sub.how
        return (), None, ""

    def _person_cue_subjects(self, lo: int, hi: int) -> set[str]:
        """The people who are subjects of the reporting verbs between lo and hi (a pronoun's
        too: "he said China …")."""
        out: set[str] = set()
        for c in self.speech_index.between(lo, hi):
            actors, _, _ = self._subject_before(c.start)
            out.update(a for a in actors if self.kinds.get(a) == "person")
        return out

    def _person_cue_between(self, lo: int, hi: int) -> bool:
        """A reporting verb between lo and hi whose subject is a person."""
        return bool(self._person_cue_subjects(lo, hi))

    def _trailing_cue(self, q: QSpan):
        sent = sentence_of(self.sentences, q.open)
        if sent is None:
            return None
        text = self.text
        cues = self.speech_index.between(q.close, sent.end)
        if not cues or any(c in '«»“”"' for c in text[q.close + 1 : cues[-1].start]):
            return None
        cue = cues[-1]
        cue_text = self.folded[cue.start : cue.end]
        if re.search(r"-t-(?:il|elle)\b|-(?:il|elle|ils|elles)\b", cue_text):
            # "a-t-il assuré": the person the sentence's cue stands for
            j = cue.start
            while j > sent.start and text[j - 1] == " ":
                j -= 1
            cur = self.current_speaker(sent.start)
            inner = self._person_cue_between(sent.start, q.open)
            if j > sent.start and text[j - 1] == "," and cur and not inner:
                cur = self._woman_named_before(cur, cue, q.open)
                span = Span.of(text, cue.start, cue.end)
                return cur, span.text, "trailing", span, None
            return None
        found = trailing_cue(
            text, self.folded, sent, cue, self.subjects, self.lang, need_verb=False
        )
        if found is None:
            # "“…,” the rebel leader said": a description the text ties to nobody is the
            # person it goes on about
            desc = _AFTER_QUOTE_DESCRIPTION.fullmatch(self.folded, q.close + 1, cue.start)
            if desc is not None and self.title_index.between(desc.start(1), cue.start):
                named = [
                    m
                    for m in self.subjects.mentions_in(desc.start(1), cue.start)
                    if self.kinds.get(m[2]) == "person"
                ]
                if named and not text[sent.start : q.open].strip(" \n\t—-"):
                    # '"…," a Western diplomat said': the unnamed person the description is
                    # (not "X told Y that … “…,” a spokeswoman said": X's words, reported)
                    span = Span.of(text, cue.start, cue.end)
                    return named[-1][2], span.text, "description", span, None
                cur = self.current_speaker(q.open)
                if cur and self.kinds.get(cur) == "person":
                    span = Span.of(text, cue.start, cue.end)
                    return cur, span.text, "description", span, None
            return None
        if not (found[0] <= q.open and q.close <= found[1]):
            return None
        if self._person_cue_between(found[0], q.open):
            return None  # "Xi told Biden that …, China's foreign ministry said": Xi speaks
        span = Span.of(text, cue.start, cue.end)
        return found[2][0], span.text, "trailing", span, None

    def _addressed(self, p: int, m) -> bool:
        """«le espetó al presidente paraguayo», «disse a jornalistas brasileiros antes de embarcar
        para Brasília»: the words after the cue at `p` say whom it is addressed to (speech.toml
        [addressee]) and the mention `m` is a complement inside them, not the speaker ("dijo a
        los periodistas el canciller Ebrard" names him after the addressee)."""
        preps, plural_only = _addressee(self.lang)
        raw = self.text[p : m[0]].lower().split()
        if not raw:
            return False
        if raw[0] in plural_only:
            # «a jornalistas»: a bare plural; «a ministra», «a Lusa» take the article
            if len(raw) < 2 or not raw[1].endswith("s") or raw[1] in language_articles(self.lang):
                return False
        elif raw[0] not in preps:
            return False
        return self.subjects._after_preposition(m[0])

    def _speaker_after(self, cue: Atom, q: QSpan) -> tuple[str | None, str, Span | None]:
        """The subject after a cue ("—advirtió Lavrov—", "», aseguró X"); a subjectless
        "añadió" / "he added" (pronouns aside) continues the current speaker."""
        inverted = _INVERTED_PRONOUN.search(self.folded, cue.start, cue.end)
        # «…», a-t-il lancé à New York: the inverted pronoun is the subject; no name after it is
        sp, how, span = (None, "", None) if inverted is not None else self._np_after(cue.end)
        if sp is None:
            cur = self.current_speaker(q.open)
            if inverted is not None and cur and self.kinds.get(cur) == "person":
                # "Trump a reçu les deux ministres dans le Bureau ovale. « … », a-t-il lancé": the
                # person the sentence right before the quote is about, when it reports no speech
                g = "f" if inverted.group(1).startswith("elle") else "m"
                prev = self.subjects.previous_subject(q.open)
                before = self._sentence_start(q.open)
                k = before - 1
                while k > 0 and self.text[k] in " \n":
                    k -= 1
                told = self.speech_index.between(self._sentence_start(max(0, k)), before)
                if (
                    prev
                    and prev[0] != cur
                    and self.kinds.get(prev[0]) == "person"
                    and self.genders.get(prev[0]) in (g, None)
                    and not told
                    and self.text[q.open - 2 : q.open].strip() in ("", ".")
                ):
                    cur = prev[0]
            if inverted is not None and not cur:
                # "François Hollande est arrivé à Dakar. Il s'est adressé aux députés. « … »,
                # a-t-il lancé": the person the pronouns before go back to, a few sentences up
                g = "f" if inverted.group(1).startswith("elle") else "m"
                pos = q.open
                for _ in range(3):
                    start = self._sentence_start(pos)
                    prev_start = self._sentence_start(max(0, start - 2))
                    if prev_start < start and any(
                        pr.payload == g for pr in self.pronoun_index.between(prev_start, start)
                    ):
                        pos = prev_start  # "…, il s'est adressé aux députés": its "il" goes back
                        continue
                    prev = self.subjects.previous_subject(pos)
                    if prev:
                        if self.kinds.get(prev[0]) == "person" and self.genders.get(prev[0]) in (
                            g,
                            None,
                        ):
                            cur = prev[0]
                    break
            if inverted is not None and (not cur or self.kinds.get(cur) != "person"):
                # "… par Catherine Ashton, qui mène les discussions. « … », a-t-elle lancé": the
                # last person of that gender named in the two sentences before
                g = "f" if inverted.group(1).startswith("elle") else "m"
                floor = self._sentence_start(max(0, self._sentence_start(q.open) - 2))
                told_by_pronoun = any(
                    pr.payload == g for pr in self.pronoun_index.between(floor, q.open)
                )  # "…, il s'est adressé aux députés. « … », a-t-il lancé": someone unnamed
                for m in reversed(
                    [] if told_by_pronoun else self.subjects.mention_index.between(floor, q.open)
                ):
                    if self.kinds.get(m[2]) == "person" and self.genders.get(m[2]) in (g, None):
                        cur = m[2]
                        break
            if inverted is not None and cur and self.kinds.get(cur) != "person":
                # "Si la Pologne demandait …, « … », a-t-elle déclaré": an inverted pronoun
                # stands for a person, the previous sentence's subject first
                g = "f" if inverted.group(1).startswith("elle") else "m"
                prev = self.subjects.previous_subject(q.open)
                if (
                    prev
                    and self.kinds.get(prev[0]) == "person"
                    and self.genders.get(prev[0]) in (g, None)
                ):
                    cur = prev[0]
            cur = self._woman_named_before(cur, cue, q.open)
            return cur, "continuation", span
        return sp, how, span

    def _woman_named_before(self, cur: str | None, cue: Atom, pos: int) -> str | None:
        """For a cue with an inverted «elle» («…», avait-elle lancé): the woman named in the three
        sentences before `pos`, over a current speaker who is a man or whose gender the text never
        told (after «… avec Paul Magnette, elle avait quitté …»); any other cue, and a masculine
        «il» (it also stands for unnamed sources: «un diplomate»), keeps `cur`."""
        inverted = _INVERTED_PRONOUN.search(self.folded, cue.start, cue.end)
        if inverted is None or inverted.group(1) != "elle":
            return cur
        if not cur or self.genders.get(cur) == "f":
            return cur
        floor = self._sentence_start(pos)
        for _ in range(3):
            floor = self._sentence_start(max(0, floor - 2))
        told = [
            m[2]
            for m in self.subjects.mention_index.between(floor, pos)
            if self.kinds.get(m[2]) == "person" and self.genders.get(m[2]) == "f"
        ]
        if told:
            return told[-1]
        if self.genders.get(cur) == "m":
            # «Pour la ministre suisse, … « … », a-t-elle résumé»: a man never says «elle»; the
            # last woman named before, further up, when one is
            for m in reversed(self.subjects.mention_index.before(pos)[-300:]):
                if self.kinds.get(m[2]) == "person" and self.genders.get(m[2]) == "f":
                    return m[2]
        return cur

    def _relative_aside(self, p: int, sent_end: int):
        """ "“…,” former U.S. Senator George Mitchell, who has chaired the negotiations since
        they opened in June 1996, told delegates", «…», dijo X, quien …, : a person, a relative
        clause set off by commas, then the verb right after its closing comma."""
        limit = min(sent_end, p + 260)
        m = _AFTER_QUOTE_RELATIVE.match(self.folded, p, limit)
        if m is None:
            return None
        persons = [
            x for x in self.subjects.mentions_in(p, m.start(1)) if self.kinds.get(x[2]) == "person"
        ]
        if not persons:
            return None
        # the first comma after the relative word that a speech verb follows
        for c in re.compile(r",\s*").finditer(self.folded, m.end(), limit):
            if re.search(r"[«»“”\"]", self.text[m.end() : c.start()]):
                return None
            cue = self._speech_at(c.end())
            if cue is not None:
                head = persons[-1]
                cue_span = Span.of(self.text, cue.start, cue.end)
                return (
                    head[2],
                    cue_span.text,
                    "after-aside",
                    cue_span,
                    Span.of(self.text, head[0], head[1]),
                )
        return None

    def _subject_then_cue(self, p: int, sent_end: int):
        """«…», X dijo / "…," the Kremlin said: a short subject, then the first cue after the
        quote, in its sentence."""
        text = self.text
        aside = self._relative_aside(p, sent_end)
        if aside is not None:
            return aside
        cues = self.speech_index.between(p + 1, min(sent_end, p + 80) + 1)
        if not cues:
            return None
        a = cues[0]
        cue, cue_span = text[a.start : a.end], Span.of(text, a.start, a.end)
        between = text[p : a.start]
        # "“…,” Moon's chief of staff, Im Jong-seok, told reporters": a title, then the name
        # between commas, is one subject
        apposed = re.fullmatch(r"[^,;:!?«»“”\"]{1,50},\s*([^,;:!?«»“”\"]{2,70}),\s*", between)
        longest = 7
        if apposed is not None and any(
            self.kinds.get(m[2]) == "person"
            # the name before its title too: "“…,” Andriy Yermak, head of Ukraine's
            # presidential office, said"
            for m in self.subjects.mentions_in(p, p + apposed.end(1))
        ):
            between = between.replace(",", " ")
            longest = 14  # "the president of the ECOWAS Commission, Marcel Alain de Souza,"
        if (
            re.search(r"[«“\"»”;:!?,]", between)
            or len(between.split()) > longest
            # "… “unwanted aggression,” while Manalo said …": the next clause's speaker
            or re.match(
                r"\s*(?:while|whereas|and|but|mientras|y|e|pero|tandis|alors|et|mais"
                r"|enquanto|mas"
                # "… “legitimate force” if Mr Gbagbo refused": a subordinate clause's subject
                r"|if|unless|when|because|si|cuando|porque|quand|lorsque|parce|quando|caso)\b",
                between,
                re.I,
            )
            # "… “cooperación” con la Argentina y sostuvo …": a complement, then a verb
            # coordinated with the one before the quote
            or (
                (comp := re.match(r"\s*(?:con|with|avec|com|para|for|pour|to|a|de|of)\s", between))
                is not None
                # "“…,” de Klerk told reporters": a name's particle, not a preposition
                and not any(
                    m[0] == p + len(comp.group()) - len(comp.group().lstrip())
                    for m in self.subjects.mention_index.between(p, p + len(comp.group()))
                )
            )
            or re.search(r"\s(?:y|and|et|e)\s*$", between)
            # "… “dès aujourd'hui” le sit-in qu'elle observe": a relative clause's verb
            or re.search(r"(?<!\w)(?:qu'|qu’|que|qui|which|that|who|whom)(?!\w)", between)
            or sentence_of(self.sentences, p) is not sentence_of(self.sentences, a.start)
        ):
            return None  # only a short NP between the quote and its verb, in one sentence
        ms = self.subjects.mentions_in(p, a.start)
        if ms:
            # "EU coordinator Enrique Mora told": the head of the NP is its last name,
            # a person before an organisation
            persons = [m for m in ms if self.kinds.get(m[2]) == "person"]
            head = (persons or ms)[-1]
            return head[2], cue, "after-np-verb", cue_span, Span.of(text, ms[0][0], ms[-1][1])
        if self.docs_index.between(p, a.start):
            # "…," the statement said: the document's author
            doc = self.subjects.document_subject(p, a.start)
            if doc is not None and doc.actors:
                doc_span = Span.of(text, doc.start, doc.end)
                return doc.actors[0], cue, "after-document", cue_span, doc_span
            author = self._doc_author_before(p)
            if author is not None:
                d = self.docs_index.between(p, a.start)[-1]
                return author, cue, "after-document", cue_span, Span.of(text, d.start, d.end)
        prs = self.pronoun_index.between(p, a.start)
        if prs:
            sp = self._pronoun(prs[0])
            if sp:
                pr_span = Span.of(text, prs[0].start, prs[0].end)
                return sp, cue, "after-pronoun", cue_span, pr_span
        # "…," the two groups said / both leaders said: the two named before, the first of them
        # (not "the two sides", whose countries are too loosely told)
        sub = self.subjects.left_of(a.start, floor=p)
        if (
            sub is not None
            and sub.how == "joint"
            and sub.actors
            and all(self.kinds.get(x) in ("person", "organization", "group") for x in sub.actors)
        ):
            return sub.actors[0], cue, "after-joint", cue_span, Span.of(text, sub.start, sub.end)
        return None

    # ---- the cascade ---------------------------------------------------------------------------
    def attribute(
        self, q: QSpan, prev: Quote | None
    ) -> tuple[str | None, str | None, str | None, Span | None, Span | None]:
        """(speaker, cue, rule, cue_span, speaker_span)."""
        text = self.text
        content = text[q.start : q.end]
        if q.part == 2 and prev is not None and prev.speaker:
            return prev.speaker, prev.cue, "interrupted", prev.cue_span, prev.speaker_span
        # R1 interrupted inside: «… —advirtió Lavrov—, …»
        for m in re.finditer(r"[—–]\s*", content):
            p = q.start + m.end()
            cue = self._speech_at(p) or next(iter(self.speech_inside_all.at(p)), None)
            if cue is not None:
                sp, _, span = self._speaker_after(cue, q)
                if sp:
                    cue_span = Span.of(text, cue.start, cue.end)
                    return sp, cue_span.text, "interrupted", cue_span, span
        # R2 cue after the quote: «…», aseguró X / «…», X aseguró / "…," X said — unless the
        # quote closed its sentence ("… it.” The Arab League rejected …" is a new sentence)
        p = self._skip(q.close + 1, " ,—–")
        sent_end = self._sentence_end(q.close)
        # the last words' own punctuation, inside any inner quote they close: "… said, ‘Would
        # you like to be a mediator?’” Trump told reporters"
        core = content.rstrip("’'”\"»›")
        closed = (
            re.search(r"[.!?…]$", core)
            and text[q.close + 1 : p].strip() in ("", ".")
            and text[p : p + 1].isupper()
        )
        if closed and re.search(r"[!?]$", core) and not text[q.close + 1 : p].strip():
            # "“… a mediator?” Trump told reporters": a question or exclamation keeps its cue
            # when a short subject and a reporting verb follow at once
            cues = self.speech_index.between(p + 1, p + 41)
            closed = not (
                cues
                and "after_quote" in getattr(cues[0].payload, "frames", ())
                and getattr(cues[0].payload, "act", "") in ("say", "demand", "warn", "explain")
                and len(text[p : cues[0].start].split()) <= 3
                and not re.search(r"[.!?\n]", text[p : cues[0].start])
            )
            if not closed:
                sent_end = max(sent_end, self._sentence_end(p))  # the cue's sentence
        cue = None if closed else self._speech_at(p)
        if (
            cue is not None
            and is_gerund(self.folded[cue.start : cue.end], self.lang)
            and text[q.close + 1 : cue.start].strip() == ","
        ):
            # "Wang hailed the outcome as “…”, saying China would …": the main clause's subject
            # speaks; the name after the gerund is what it says
            actors, span, _ = self._subject_before(q.open, self._sentence_start(q.open))
            if actors:
                cue_span = Span.of(text, cue.start, cue.end)
                return actors[0], cue_span.text, "before-gerund", cue_span, span

        # a partial quote in a clause a person's verb reports ("Xi told Biden that Taiwan was
        # “the first red line”, China's foreign ministry said"): the person speaks, the body
        # after the quote is only the channel
        def channel_only(sp: str) -> bool:
            if not self._kind_partial(q):
                return False
            if self.kinds.get(sp) != "person":
                return self._person_cue_between(self._sentence_start(q.open), q.open)
            # "The prime minister also urged that “any rhetoric … is best avoided”, Misri
            # said": another person's verb reports the clause; the one after is the channel
            inner = self._person_cue_subjects(self._sentence_start(q.open), q.open)
            return bool(inner) and sp not in inner

        if cue is not None:
            sp, how, span = self._speaker_after(cue, q)
            if sp and not channel_only(sp):
                cue_span = Span.of(text, cue.start, cue.end)
                return sp, cue_span.text, "after-" + how, cue_span, span
        # «…», X dijo / "…," the Kremlin said in a statement
        found = None if closed else self._subject_then_cue(p, sent_end)
        if found is not None and not channel_only(found[0]):
            return found
        # R2b dash byline: "…" — Dmitry Peskov, Kremlin spokesman
        mb = re.match(r"^[ ,]*[—–]\s*", text[q.close + 1 : q.close + 6])
        if mb:
            m = self.subjects.right_of(q.close + 1 + mb.end(), limit=40)
            if m is not None and m[0] == q.close + 1 + mb.end():
                return m[2], None, "byline", None, Span.of(text, m[0], m[1])
        # an anonymous source right after the quote ("…," a senior official said): no speaker
        # "he said China was ready to discuss it “when conditions are ripe”, according to
        # diplomats present": a partial quote in a person's reported clause is theirs; the
        # unnamed source is only the channel
        if not closed and not (
            self._kind_partial(q) and self._person_cue_between(self._sentence_start(q.open), q.open)
        ):
            for an in self.anon_index.between(p, min(p + 30, sent_end)):
                if not self.subjects.mentions_in(p, an.start):
                    # "…», relativise un diplomate français": the unnamed source's own actor
                    own = self.subjects.mentions_in(an.start, an.end + 25)
                    if own and self.kinds.get(own[0][2]) == "person" and own[0][0] < an.end:
                        m = own[0]
                        return m[2], None, "anonymous", None, Span.of(text, m[0], m[1])
                    return None, None, "anonymous", None, Span.of(text, an.start, an.end)
        # R3 colon lead-in: X fue tajante: «…» / X said: "…"
        j = q.open
        while j > 0 and text[j - 1] in " \n":
            j -= 1
        if j > 0 and text[j - 1] == ":":
            floor = self._sentence_start(j - 1)
            cues = self.speech_index.between(floor, j - 1)
            if cues:
                cue = cues[-1]
                actors, span, how = self._subject_before(cue.start, floor)
                if len(cues) > 1 and re.search(
                    r"(?:\band|\by|\be|\bet|,)\s*$",
                    self.folded[max(floor, cue.start - 6) : cue.start],
                ):
                    # "Trump said China was running the canal and added: «…»": the verb
                    # coordinated with the sentence's first cue shares its subject
                    first, fspan, fhow = self._subject_before(cues[0].start, floor)
                    if first:
                        actors, span, how = first, fspan, fhow
                if not actors:
                    sp, how2, span = self._np_after(cue.end)
                    actors = (sp,) if sp else ()
                if actors:
                    return (
                        actors[0],
                        text[cue.start : cue.end],
                        "colon",
                        Span.of(text, cue.start, cue.end),
                        span,
                    )
            actors, span, how = self._subject_before(j - 1, floor)
            if actors:
                return actors[0], None, "colon", None, span
            lead = self.folded[floor : j - 1]
            if len(lead.split()) <= 8 and not self.subjects.mentions_in(floor, j - 1):
                # "Sobre las sanciones, fue tajante: «…»": the subject is the current speaker's
                cur = self.current_speaker(floor)
                if cur:
                    return cur, None, "colon-current", None, None
        # R4b a cue closing the sentence the quote sits in: "La Chine soutiendra « tout effort »
        # en faveur de la paix, a-t-il assuré", "Beijing opposes "exclusive groupings", spokesman
        # Wang Wenbin told reporters"
        if not closed:
            found = self._trailing_cue(q)
            if found is not None:
                return found
        # R5 cue before, in the same sentence: "Putin señaló que … «grave error»". An explicit
        # subject of an inner cue beats a según phrase: "Según el Ejecutivo, Sánchez trasladó…"
        # (the Ejecutivo is the channel, Sánchez the speaker).
        s0, s1 = self._sentence_start(q.open), self._sentence_end(q.close)
        cues = self.speech_index.between(s0, q.open)
        # "X pledged …, while his counterpart, Y, urged all members to «…»": the contrastive
        # clause the quote sits in has its own subject and cues
        c0 = clause_start(self.folded, self.lang, s0, q.open)
        if c0 > s0 and any(c.start >= c0 for c in cues):
            s0 = c0
            cues = [c for c in cues if c.start >= s0]
        # "…; Tsipras, en cambio, admitió que quedan «…»": a semicolon opens a clause of its own
        semi = text.rfind(";", s0, q.open)
        if (
            semi != -1
            and not self._in_quote(semi, self.inside)
            and any(c.start > semi for c in cues)
        ):
            s0 = semi + 1
            cues = [c for c in cues if c.start > semi]
        null_cue = None
        if cues:
            # the nearest cue with a person as subject ("Khatibzadeh … said Iran would not accept
            # «…»": Iran is the content, the spokesman the speaker), else the nearest cue
            found = []
            for k, cue in enumerate(reversed(cues)):
                if k == 0 and _INVERTED_PRONOUN.search(self.folded, cue.start, cue.end):
                    # "La France restera engagée, a-t-il ajouté, « … »": the inverted pronoun
                    # is the speaker, not the subject of the clause it interrupts
                    cur = self.current_speaker(cue.start)
                    if cur and self.kinds.get(cur) == "person":
                        return (
                            cur,
                            text[cue.start : cue.end],
                            "before-inverted",
                            Span.of(text, cue.start, cue.end),
                            None,
                        )
                # "M. Attaf a assuré que …, tout en prévenant que … «…»": a gerund speaks for
                # the subject opening the sentence
                if (
                    k == 0
                    and is_gerund(self.folded[cue.start : cue.end], self.lang)
                    and re.search(
                        r"(?:,|\btout en)\s*$", self.folded[max(s0, cue.start - 8) : cue.start]
                    )
                ):
                    head = self.subjects.opening_subject(s0, cue.start)
                    inv = self._inverted_subject(cues, cue)
                    if inv is not None:
                        # "…, a indiqué le ministère cubain dans un communiqué, saluant des
                        # entretiens « fructueux »": the gerund goes on the inverted subject
                        head = inv
                    if head is not None and (self.kinds.get(head[2]) == "person" or head is inv):
                        return (
                            head[2],
                            text[cue.start : cue.end],
                            "before-gerund",
                            Span.of(text, cue.start, cue.end),
                            Span.of(text, head[0], head[1]),
                        )
                # "advirtió que … y pidió a los socios que «…»": a coordinated cue shares the
                # subject of the first cue of the sentence
                if (
                    k == 0
                    and len(cues) > 1
                    and re.search(
                        r"(?:\by|\be|\band|\bet|\bbut|\bpero|\bmais|\bmas|,|\btout en)\s*$",
                        self.folded[max(s0, cue.start - 8) : cue.start],
                    )
                    # "y el gobernador de Miranda, Henrique Capriles, advirtió": the comma
                    # closes the apposition of the verb's own subject, named right before it
                    and not self._named_before_comma(cue.start)
                    # "Fred Ryan, publisher of the Post, where Khashoggi wrote columns, said":
                    # a first cue inside a relative clause is not the one this verb goes on
                    and not _RELATIVE_BEFORE.search(
                        self.folded, max(s0, cues[0].start - 30), cues[0].start
                    )
                ):
                    first = cues[0]
                    if _INVERTED_PRONOUN.search(self.folded, first.start, first.end):
                        # «…, a-t-il fait valoir, assurant que … «…»»: the first cue's pronoun
                        # stands for the person speaking, not the name before it
                        cur = self.current_speaker(first.start)
                        if cur and self.kinds.get(cur) == "person":
                            return (
                                cur,
                                text[cue.start : cue.end],
                                "before-coordinated",
                                Span.of(text, cue.start, cue.end),
                                None,
                            )
                    actors, span, how = self._subject_before(first.start)
                    if actors:
                        return (
                            actors[0],
                            text[cue.start : cue.end],
                            "before-coordinated",
                            Span.of(text, cue.start, cue.end),
                            span,
                        )
                    continue
                if k == 0:
                    # "Xi recibió a Lula … y, según Xinhua, lo saludó como «…»": a second verb
                    # of the sentence's subject
                    head = self.subjects.coordinated_head(s0, cue.start)
                    if head is not None:
                        return (
                            head[2],
                            text[cue.start : cue.end],
                            "before-coordinated",
                            Span.of(text, cue.start, cue.end),
                            Span.of(text, head[0], head[1]),
                        )
                if cue.start in self.cue_speaker and cue.start > s0:
                    # "La France « n'a pas été complice », a-t-il précisé, mais elle « a un
                    # rôle »": the cue already gave an earlier quote its speaker
                    return (
                        self.cue_speaker[cue.start],
                        text[cue.start : cue.end],
                        "before-same-cue",
                        Span.of(text, cue.start, cue.end),
                        None,
                    )
                actors, span, how = self._subject_before(cue.start)
                if not actors and how == "" and self._null_subject(cue):
                    # "Añadió que el Ejecutivo está dispuesto a discutir «…»": a subjectless cue
                    # is the current speaker's
                    cur = self.current_speaker(cue.start)
                    actors = (cur,) if cur else ()
                elif (
                    actors
                    and self.kinds.get(actors[0]) != "person"
                    and null_subject(self.lang)
                    and _PARENTHETICAL_CUE.match(text, cue.end)
                    and text[max(0, cue.start - 2) : cue.start] == ", "
                ):
                    # «Portugal, acrescentou, está disponível para «…»»: a cue set between commas
                    # after a country is the speaker's aside, the country the clause's subject
                    cur = self.current_speaker(cue.start)
                    if cur and self.kinds.get(cur) == "person":
                        actors = (cur,)
                if actors:
                    found.append((cue, actors, span))
                    if self.kinds.get(actors[0]) == "person":
                        break
            if found and len(cues) > 1 and _kind(text, q, self.sentences) == "partial":
                # "Psaki a confirmé que M. Biden avait accepté « sur le principe »": words quoted
                # inside a reported clause are the reporter's, not those of a verb in the clause
                # (the first cue of the sentence that reports a clause: "X classificou a reunião
                # como «…» e disse que os dois líderes acordaram «acelerar»" is X's)
                inner = self.subjects.left_of(found[0][0].start, joint_complement=False)
                joint_inner = inner is not None and inner.how == "joint"
                outer = next(
                    (
                        c
                        for c in cues[:-1]
                        if getattr(c.payload, "frames", ()) != ("after_quote",)
                        and (
                            re.match(
                                r"\s*(?:,[^,]{0,40},)?\s*"
                                + _TIME_ADJUNCT
                                + r"(?:que|that|qu'|de que)\b",
                                self.folded[c.end : c.end + 60],
                            )
                            # "Thein Sein said the two leaders had agreed to «…»": without
                            # its "that", only a joint subject's verb is told by the reporter
                            # (not "Rady said Sisi had affirmed «…»", Sisi's words)
                            or (self._bare_clause_after(c) and joint_inner)
                        )
                    ),
                    None,
                )
                if outer is not None:
                    actors, span, how = self._subject_before(outer.start)
                    if actors and self.kinds.get(actors[0]) in ("person", "organization"):
                        found = [(outer, actors, span)]
            if found:
                pick = next((f for f in found if self.kinds.get(f[1][0]) == "person"), found[0])
                cue, actors, span = pick
                if self.kinds.get(actors[0]) != "person" or len(actors) > 1:
                    # "Segundo o presidente argentino, os dois países … não aceitarão que … «…»":
                    # the person the sentence is told after speaks, not the countries in it;
                    # « Selon Igor Ivanov, les deux dirigeants ont constaté une « … » »: nor two
                    # people at once
                    told = self._according_person(s0, cue.start)
                    if told is not None:
                        return told
                return (
                    actors[0],
                    text[cue.start : cue.end],
                    "before",
                    Span.of(text, cue.start, cue.end),
                    span,
                )
            cue = cues[-1]
            actors, span, how = self._subject_before(cue.start)
            if how == "" and self._null_subject(cue) and self.current_speaker(cue.start):
                null_cue = cue
        # R4 según / according to, in the same sentence
        relatives = set()
        for a in self.according_index.between(s0, s1):
            if a.start in relatives:
                continue  # "según" of "según el cual", already read
            if isinstance(a.payload, tuple) and a.payload[1] == "antecedent":
                # "a précisé M. Macron, selon qui … « ordonnée »": the NP the relative stands for
                relatives.add(a.start)
                ante = self.subjects.antecedent(a.start)
                if ante:
                    return (
                        ante,
                        text[a.start : a.end],
                        "according-antecedent",
                        Span.of(text, a.start, a.end),
                        None,
                    )
                continue
            if isinstance(a.payload, tuple) and a.payload[1] == "current_speaker":
                cur = self.current_speaker(a.start)
                if cur:
                    return (
                        cur,
                        text[a.start : a.end],
                        "according-current",
                        Span.of(text, a.start, a.end),
                        None,
                    )
                continue
            if self._according_ok(a):
                d = next(iter(self.docs_index.between(a.end, a.end + 6)), None)
                if d is not None and (author := self._named_author(d, limit=40)) is not None:
                    # «Según un comunicado de la Cancillería chilena, …»: the author it names
                    return (
                        author[2],
                        text[a.start : a.end],
                        "according-document",
                        Span.of(text, a.start, a.end),
                        Span.of(text, d.start, author[1]),
                    )
                if d is not None and (self.last_doc_speaker or self.last_speaker):
                    sp = self.last_doc_speaker or self.last_speaker
                    return (
                        sp,
                        text[a.start : a.end],
                        "according-document",
                        Span.of(text, a.start, a.end),
                        Span.of(text, d.start, d.end),
                    )
                found = self._according_result(a)
                if found is not None:
                    return found
        if null_cue is not None:
            cue = null_cue
            return (
                self.current_speaker(cue.start),
                text[cue.start : cue.end],
                "before-null",
                Span.of(text, cue.start, cue.end),
                None,
            )
        # R6 continuation: a quote right after the previous one, with no new named subject
        if prev is not None and prev.speaker:
            gap = text[prev.end : q.open]
            after_cue = (
                prev.cue_span.end
                if prev.cue_span is not None and prev.cue_span.start > prev.end
                else prev.end
            )
            after_cue = max(
                after_cue,
                prev.speaker_span.end
                if prev.speaker_span is not None and prev.speaker_span.start > prev.end
                else prev.end,
            )
            # the rest of the cue's own sentence names its object ("Xi told Ma in his opening
            # remarks. «…»"), not a new speaker
            if prev.cue_span is not None and prev.cue_span.start > prev.end:
                after_cue = max(after_cue, self._sentence_end(prev.cue_span.start))
            others = [
                m
                for m in self.subjects.mentions_in(after_cue, q.open)
                if m[2] != prev.speaker
                and not self.subjects._after_preposition(m[0])
                and self.kinds.get(m[2]) != "place"
            ]
            if len(gap) < 400 and not others:
                return prev.speaker, None, "continuation", None, None
        # R7 nearest cue after, within the sentence (e.g. "…», dijo ayer en Moscú el canciller")
        for a in self.speech_index.between(q.close + 1, min(s1, q.close + 60) + 1):
            if len(self.text[q.close + 1 : a.start].split()) <= 2 and not re.fullmatch(
                # "introduced Obama as “a son of the soil” and said the continent …": a verb
                # coordinated with the sentence's own, whose subject opens the sentence
                r"[\s,]*(?:and|y|e|et|but|pero|mais|mas)\s*",
                self.folded[q.close + 1 : a.start],
            ):  # "», dijo ayer…", not "…» a senior official said"
                sp, how, span = self._np_after(a.end)
                if sp:
                    return sp, text[a.start : a.end], "nearest", Span.of(text, a.start, a.end), span
        # R8 a partial quote in a sentence without any cue: the sentence's subject
        # ("Borrell se limitó a reiterar el apoyo de España a «una solución…»")
        if q.start > 0 and self._kind_partial(q):
            # the first person named in the sentence who is not a complement, unless a subject
            # pronoun comes first ("Earlier on Friday he met Abbas, telling him that «…»")
            first_person = next(
                (
                    m
                    for m in self.subjects.mentions_in(s0, q.open)
                    if self.kinds.get(m[2]) == "person"
                    and not self.subjects._after_preposition(m[0])
                ),
                None,
            )
            limit = first_person[0] if first_person is not None else q.open
            for pr in self.pronoun_index.between(s0, limit):
                if pr.payload in ("m", "f"):
                    sp = self._pronoun(pr)
                    if sp:
                        return sp, None, "sentence-subject", None, Span.of(text, pr.start, pr.end)
                    break
            if first_person is not None:
                m = first_person
                return m[2], None, "sentence-subject", None, Span.of(text, m[0], m[1])
            # «La Cedeao a exprimé sa « vive préoccupation »», "The G7 warned against change
            # «by force or coercion»": with no person, the body or country opening the sentence
            m = self.subjects.opening_subject(s0, q.open)
            if m is not None and self.kinds.get(m[2]) in ("organization", "country", "group"):
                return m[2], None, "sentence-subject", None, Span.of(text, m[0], m[1])
        # R9 a quote that is a sentence of its own, right after a sentence a person opens as
        # its subject: "Dodik, the prime minister of Republika Srpska, was the most outspoken
        # critic. “Republika Srpska will not give up …”", «Vieira minimizou o mal-estar. “…”»
        if not self._kind_partial(q):
            lead = self._lead_person(q)
            if lead is not None:
                return lead[2], None, "previous-subject", None, Span.of(text, lead[0], lead[1])
        return None, None, None, None, None

    def _lead_person(self, q: QSpan):
        """The person opening, as its subject, the sentence right before a quote that is a
        whole sentence (only spaces between them, in the same paragraph), else None."""
        here = self._sentence_start(q.open)
        if self.text[here : q.open].strip() or self._sentence_end(q.close) > q.close + 3:
            return None
        k = bisect.bisect_left(self._sent_starts, here)
        if k == 0:
            return None
        prev = self.sentences[k - 1]
        if "\n" in self.text[prev.end : here] or "\n" in self.text[prev.start : prev.end]:
            return None
        if any(prev.start <= o.open < prev.end for o in self.qspans):
            return None  # a quote before: its attribution goes on (R6), or nobody's does
        m = self.subjects.opening_subject(prev.start, prev.end)
        if m is None:
            # « Il a toutefois mis en garde contre un désengagement. « La paix reste fragile… »
            # »: a subject pronoun opening it, the person it stands for
            opening = self.text[prev.start : prev.start + 12]
            lead_in = len(opening) - len(opening.lstrip(' «“"'))
            pr = next(iter(self.pronoun_index.between(prev.start, prev.start + lead_in + 1)), None)
            if pr is not None and pr.payload in ("m", "f"):
                sp = self._pronoun(pr)
                if sp and self.kinds.get(sp) == "person":
                    return (pr.start, pr.end, sp)
            return None
        if self.kinds.get(m[2]) != "person":
            return None
        return m

    def _according_person(self, lo: int, hi: int):
        """A según / according-to phrase between lo and hi that names a person: the attribution
        it gives, else None."""
        for a in self.according_index.between(lo, hi):
            if (
                isinstance(a.payload, tuple) and a.payload[1] in ("antecedent", "current_speaker")
            ) or not self._according_ok(a):
                continue  # relatives («según el cual») and current-speaker forms aside
            found = self._according_result(a)
            if found is not None and self.kinds.get(found[0]) == "person":
                return found
        return None

    def _according_result(self, a: Atom):
        """«según el presidente argentino»: the attribution the phrase's noun phrase gives, when
        it is named within four words or apposed to a title after its comma («selon le ministre
        russe des Affaires étrangères, Igor Ivanov»), else None."""
        m = self.np_head(a.end, limit=60)
        if m is None or len(self.folded[a.end : m[0]].split()) > 4:
            m = self.np_head(a.end, limit=90)
            if m is None:
                return None
            gap = self.folded[a.end : m[0]]
            if not (
                # «selon le ministre russe des Affaires étrangères, Igor Ivanov»: a title, then
                # the name apposed to it
                _TITLE_THEN_COMMA.fullmatch(gap)
                and any(
                    len(self.folded[a.end : t.start].split()) <= 2
                    for t in self.title_index.between(a.end, m[0])
                )
            ):
                return None
        return (
            m[2],
            self.text[a.start : a.end],
            "according",
            Span.of(self.text, a.start, a.end),
            Span.of(self.text, m[0], m[1]),
        )

    def _bare_clause_after(self, cue: Atom) -> bool:
        """A "that" clause without its "that" right after a say verb: "Thein Sein said the two
        leaders had agreed …", "he said China was ready …"."""
        if getattr(cue.payload, "act", "") != "say" or "that" not in getattr(
            cue.payload, "frames", ()
        ):
            return False
        m = re.match(r" (\w+)", self.text[cue.end : cue.end + 30])
        if m is None:
            return False
        word = m.group(1)
        return fold(word) in self.bare_openers or (word[0].isupper() and word.isalpha())

    def _kind_partial(self, q: QSpan) -> bool:
        return _kind(self.text, q, self.sentences) == "partial"

    def _inverted_subject(self, cues, gerund):
        """The subject right after the cue before `gerund` (", a indiqué le ministère …,
        saluant"), when that cue opens no clause of its own: its inverted subject."""
        before = [c for c in cues if c.end <= gerund.start]
        if not before:
            return None
        prev = before[-1]
        m = self.subjects.right_of(prev.end, 40)
        if m is None or m[1] > gerund.start:
            return None
        # an interposed cue (", a indiqué le ministère"): a comma before it, an article at most
        # between it and its subject ("rejected suggestions that Moscow …" is no inversion)
        if not self.folded[max(0, prev.start - 3) : prev.start].rstrip().endswith(","):
            return None
        gap = self.folded[prev.end : m[0]].split()
        if len(gap) > 1 or (gap and gap[0] not in _INVERSION_ARTICLES):
            return None
        return m

    def _named_before_comma(self, pos: int) -> bool:
        """Whether a person or body is named right before the comma that ends before `pos`
        ("…, Henrique Capriles, advirtió")."""
        k = pos
        while k > 0 and self.text[k - 1] == " ":
            k -= 1
        if k == 0 or self.text[k - 1] != ",":
            return False
        ms = self.subjects.mentions_in(max(0, k - 60), k)
        if (
            not ms
            or ms[-1][1] < k - 2
            or self.kinds.get(ms[-1][2]) not in ("person", "organization")
        ):
            return False
        # set off by commas itself (", Henrique Capriles,"), not the end of an object ("urged
        # Warsaw to resolve a dispute over the Constitutional Tribunal, saying")
        return self.text[: ms[-1][0]].rstrip().endswith(",")

    def _reported(self, a, recent) -> bool:
        """Whether cue `a` is inside the content clause of an earlier cue of its sentence
        ("El mandatario aseguró que Chávez se comprometió a …", "said that Iran would agree")."""
        s0 = self._sentence_start(a.start)
        for b in recent:
            if b.start >= a.start:
                break
            if b.type != ACCORDING and b.end <= a.start and b.start >= s0:
                if (
                    _CONTENT_OPENS.match(self.folded, b.end)
                    and "," not in self.text[b.end : a.start]
                ):
                    return True
        return False

    def current_speaker(self, pos: int) -> str | None:
        """The latest speaker before `pos`: a quote's speaker or a reporting verb's subject."""
        best_pos, best = -1, None
        if self.last_speaker is not None:
            best_pos, best = self.last_speaker_pos, self.last_speaker
        recent = sorted(
            self.speech_index.before(pos)[-30:] + self.according_index.before(pos)[-10:],
            key=lambda a: a.start,
        )
        fallback, fallback_sent = None, 0
        # "Téte António desvalorizou o impasse. «…», disse": a person opening the sentence, or
        # the one before, is the topic a subjectless cue continues, if named after the speaker
        opener = self._opening_person(pos)
        if opener is not None and opener[0] > best_pos:
            best_pos, best = opener[0], opener[2]
        for a in reversed(recent):
            if a.start <= best_pos:
                break
            if a.type == ACCORDING:
                if isinstance(a.payload, tuple) and a.payload[1] == "antecedent":
                    ante = self.subjects.antecedent(a.start)
                    if ante:
                        return ante
                    continue
                if isinstance(a.payload, tuple) and a.payload[1] == "current_speaker":
                    continue
                m = self.np_head(a.end, limit=60)
                if m is not None and self._according_ok(a):
                    return m[2]
                continue
            if fallback is not None and a.start < fallback_sent:
                return fallback
            if tuple(a.payload.frames) == ("after_quote",) and not AFTER_CLOSE.search(
                self.text, max(0, a.start - 6), a.start
            ):
                continue  # «Xi cerrará su gira»: a verb that reports only right after a quote
            if self._reported(a, recent):
                continue  # "aseguró que Chávez se comprometió a …": the reported clause's verb
            # "Zelenskyy thanked Biden … but said …": the sentence's subject speaks
            s0 = clause_start(self.folded, self.lang, self._sentence_start(a.start), a.start)
            head = self.subjects.coordinated_head(s0, a.start)
            if head is not None:
                return head[2]
            actors, _, how = self._subject_before(a.start)
            if actors and how != "joint":
                if self.kinds.get(actors[0]) == "person":
                    return actors[0]
                # "Lavrov declaró que Rusia no aceptará presiones": the person who speaks in
                # that sentence, not the country a verb of the reported clause has for subject
                if fallback is None:
                    fallback, fallback_sent = actors[0], self._sentence_start(a.start)
        return fallback or best

    def _opening_person(self, pos: int):
        """The person mention opening the sentence of `pos` (before it) or the sentence
        before that one, as the subject of its clause."""
        here = self._sentence_start(pos)
        spans = [(here, pos)]
        k = bisect.bisect_left(self._sent_starts, here)
        j = k - 1
        while j >= 0 and j >= k - 3:
            prev = self.sentences[j]
            spans.append((prev.start, prev.end))
            # "Karzai did not attend. He addressed the session … Speaking to Reuters, he said":
            # a sentence opened by a subject pronoun goes on with the one before it
            if not self.pronoun_index.between(prev.start, min(prev.end, prev.start + 4)):
                break
            j -= 1
        for lo, hi in spans:
            m = self.subjects.opening_subject(lo, hi)
            if m is not None and self.kinds.get(m[2]) == "person":
                return m
        return None

    def _according_ok(self, a: Atom) -> bool:
        """ "para" counts as "según" only when it opens the sentence ("Para la politóloga X, …")."""
        act, where = a.payload if isinstance(a.payload, tuple) else (a.payload, "any")
        if where != "sentence_start":
            return True
        return a.start == self._sentence_start(a.start) or self.text[
            self._sentence_start(a.start) : a.start
        ].strip() in ("«", "“", '"')

    def _null_subject(self, cue: Atom) -> bool:
        # the cue opens its clause: sentence start or after a conjunction/comma
        s0 = self._sentence_start(cue.start)
        before = self.folded[s0 : cue.start].strip()
        if before == "" or before.endswith(
            (",", " y", " e", " and", " et", " pero", " but", "ademas,")
        ):
            return True
        # "En un mensaje en redes sociales denunció …": an adverbial phrase, no subject
        words = before.split()
        if len(words) == 1 and words[0] in _CLAUSE_ADVERBS:
            return True  # "También reclamó …", "Luego advirtió …"
        return (
            len(words) <= 8
            and "," not in before  # "In a statement, the office said": a subject after it
            and words[0] in _ADVERBIAL_OPENERS
            and not self.subjects.mentions_in(s0, cue.start)
        )

    def _sentence_start(self, pos: int) -> int:
        s = sentence_of(self.sentences, pos)
        if s is not None:
            return s.start
        # between two paragraphs ("…députés.\n\n« … »"): the sentence that ends before `pos`
        k = bisect.bisect_right(self.subjects._starts, pos) - 1
        return self.sentences[k].start if k >= 0 else max(0, pos - 200)

    def _sentence_end(self, pos: int) -> int:
        s = sentence_of(self.sentences, pos)
        if s is None:
            return min(len(self.text), pos + 200)
        # a quote may close a sentence: include the following sentence's first clause
        return s.end


# prepositions that open an adverbial before a subjectless verb ("En un mensaje … denunció")
_ADVERBIAL_OPENERS = grammar_all("adverbial_openers")

# the articles an inverted subject may open with (", a indiqué le ministère", ", said the")
_INVERSION_ARTICLES = grammar_all("definite_articles") | grammar_all("elided_articles")
# «le ministre russe des Affaires étrangères, »: words without a verb's punctuation, then a comma
# (an abbreviated honorific in it: «selon le porte-parole de M. Van Rompuy, Dirk De Backer»)
_TITLE_THEN_COMMA = re.compile(r"\s*(?:[^\W\d_][\w'’.-]*\s+){1,9}[^\W\d_][\w'’-]*,\s*")
# "“…,” NAME, who …": a short noun phrase after the quote, a comma, then a relative word
_AFTER_QUOTE_RELATIVE = re.compile(
    r"[\s,]*[^,;:!?«»“”\"]{2,70}?,\s*(?:(?:a|an|the|un|una|el|la|le|o|um|uma)\s"
    r"[^,;:!?«»“”\"]{2,60}?\s)?(who|que|qui|quien|quienes|lequel|laquelle)\s"
)
# a subject pronoun inverted after a French verb ("a-t-elle déclaré", "ajoute-t-il")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle)s?\b")
# the connector between a title and the body it heads ("leader of", «líder del», «chef du»)
_TITLE_OF_BODY = re.compile(
    r"(?<!\w)(?:de|del|da|do|dos|das|of|du|des|d')\s*(?:(?:l'|la|le|les|the|el|los|las|o|a|os|as)\s*)?$"
)
# a cue closed by a comma right after it: set between commas («Portugal, acrescentou, está …»)
_PARENTHETICAL_CUE = re.compile(r"\s*,")
# a singular description between a quote and its cue ("," the rebel leader said")
_AFTER_QUOTE_DESCRIPTION = re.compile(
    r"[\s,”\"»]*(?:the|el|la|le|o|a)\s+([a-z-]+(?:\s+[a-z-]+){0,2})\s+"
)

# a short aside set off by commas right after a cue (", visiblemente molesto,", ", however,")
_ASIDE = re.compile(r",(\s*[^\W\d][^,;:.!?«»“”\"]{0,30}?),\s*")

# a lone adverb opening a subjectless clause (folded)
_CLAUSE_ADVERBS = grammar_all("clause_adverbs")

_ABBREVIATION = re.compile(r"\b[A-Z][a-z]?\.")
_INSERT = re.compile(r"\s*[—–]\s*([^—–\n]{1,80}?)\s*[—–][,.;]?\s*")


# a relative word opening the clause of a cue: "where Khashoggi wrote", "donde X escribía"
# (folded)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(grammar_all("relatives_before_cue"))) + r")\b"
)


def _split_interrupted(text: str, q: QSpan, speech: SpanIndex) -> list[QSpan]:
    """«El diálogo es posible —afirmó Lavrov—, pero no a cualquier precio»: two quotes
    around the inserted cue, so that the cue and its speaker sit outside both."""
    m = _INSERT.search(text, q.start, q.end)
    if m is not None and speech.between(m.start(1), m.end(1)):
        first_end = m.start()
        second_start = m.end()
        if q.start < first_end and second_start < q.end:
            dash1 = text.index("—", m.start()) if "—" in m.group(0) else text.index("–", m.start())
            dash2 = m.end() - len(m.group(0)) + len(m.group(0).rstrip(" ,.;")) - 1
            return [
                QSpan(q.open, dash1, q.start, first_end, q.balanced, 1),
                QSpan(dash2, q.close, second_start, q.end, q.balanced, 2),
            ]
    # « La diplomatie reste notre priorité, a-t-il assuré, mais … »: the cue between commas,
    # right after the first one (French, Portuguese and Spanish news style)
    for c in re.finditer(r",\s*", text[q.start : q.end]):
        cue_at = q.start + c.end()
        if not speech.between(cue_at, cue_at + 1):
            continue
        # the insert closes at the first comma followed by a lowercase word ("…, disse o
        # Presidente português, Marcelo Rebelo de Sousa, e ninguém …")
        # or at a full stop that opens the quote's next sentence ("…, confie un diplomate
        # africain. Mais personne …")
        # (not at a comma inside the speaker's title: « a estimé la présidente de l'Union
        # tunisienne de l'industrie, du commerce et de l'artisanat (UTICA), Wided Bouchamaoui.
        # Mais … »)
        for c2 in re.finditer(
            r",\s*(?=[^\W\d_])(?!(?:du|de|des|del|da|do|das|dos|of)\s|d['’])"
            r"|(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.\s+(?=[A-ZÀ-Ý])",
            text[cue_at : min(q.end, cue_at + 160)],
        ):
            nxt = cue_at + c2.end()
            sentence = c2.group(0).startswith(".")
            if (text[nxt].islower() or sentence) and not re.search(
                r"[.;:!?«»“”]", _ABBREVIATION.sub("", text[cue_at : cue_at + c2.start()])
            ):
                first_end, second_start = q.start + c.start(), nxt
                if q.start < first_end and second_start < q.end:
                    return [
                        QSpan(q.open, first_end, q.start, first_end, q.balanced, 1),
                        QSpan(second_start - 1, q.close, second_start, q.end, q.balanced, 2),
                    ]
                break
        break
    return [q]


def _continues(text: str, prev: QSpan, q: QSpan) -> bool:
    """A quote that resumes the previous one after its cue: “…,” Lavrov said, “but …”, or
    «… —advirtió Lavrov—, pero …»: lowercase, close behind, in the same sentence."""
    if not text[q.start : q.start + 1].islower() or prev.close >= q.open:
        return False
    between = text[prev.close + 1 : q.open]
    return len(between) <= 60 and "\n" not in between and not re.search(r"[.!?]", between)


def find_quotes(
    text: str, sentences: list[Sentence], atoms: list[Atom], actors: ActorResult, lexicon: Lexicon
) -> list[Quote]:
    lang = lexicon.lang
    qspans = [q for q in find_quote_spans(text) if not _is_name_or_title(text, q, lang)]
    speech_all = SpanIndex([a for a in atoms if a.type == SPEECH])
    qspans = [part for q in qspans for part in _split_interrupted(text, q, speech_all)]
    att = _Attributor(text, sentences, atoms, actors, lexicon, qspans)
    quotes: list[Quote] = []
    prev: Quote | None = None
    prev_span: QSpan | None = None
    for i, q in enumerate(qspans, start=1):
        speaker, cue, rule, cue_span, speaker_span = att.attribute(q, prev)
        if speaker and cue_span is not None and att.kinds.get(speaker) != "person":
            # «la Chine a justifié sa position par la voix de son représentant, Zhang Jun»
            voice = att.subjects.voice_after(cue_span.end)
            if voice is not None:
                speaker, speaker_span = voice[2], Span.of(text, voice[0], voice[1])
        kind = _kind(text, q, sentences)
        if prev is not None and prev_span is not None and _continues(text, prev_span, q):
            kind = prev.kind  # the second half of an interrupted quote keeps the first's kind
        if speaker is not None and actors.kind_of(speaker) is None:
            speaker = None
        quote = Quote(
            id=f"q{i}",
            text=text[q.start : q.end],
            start=q.start,
            end=q.end,
            speaker=speaker,
            cue=cue,
            kind=kind,
            rule=rule,
            cue_span=cue_span,
            speaker_span=speaker_span,
        )
        quotes.append(quote)
        if speaker:
            att.last_speaker = speaker
            att.last_speaker_pos = q.start
            if cue_span is not None:
                att.cue_speaker[cue_span.start] = speaker
            if rule and cue_span is not None:
                # "aseguró el Kremlin en un comunicado": later "el comunicado" is the Kremlin
                if att.docs_index.between(cue_span.end, cue_span.end + 60):
                    att.last_doc_speaker = speaker
        prev, prev_span = quote, q
    return quotes


# a medium the cue was said on, right before a mention: «sur la chaîne», «en la cadena», "on"
_ON_A_CHANNEL = re.compile(
    r"(?:^|\s)(?:sur|on|en|em|na|no|dans|a|à)\s+(?:(?:la|el|le|the|a|o|l')\s*)?"
    r"(?:chaine|cadena|canal|channel|television|televisao|radio|emissora|network|station|antena)"
    r"(?:\s+(?:de\s+)?(?:television|televisao|tv|publique|publica|estatal|d'information))?\s+$"
)
