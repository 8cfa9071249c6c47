"""Positions: who stated, warned, promised, demanded, denied or agreed what.

A position is a reporting verb outside quotation marks with a content frame: "X aseguró
que …", "X advirtió de que …", "X acordaron continuar …", "X coincidieron en …", "X urged
Y to …", "X called for …", "según X, …". The statement is the content clause; the
evidence runs from the subject (when it is in the same sentence) to the clause end, so
it always contains the words that justify the position. A clause ends at the sentence
end, before a second cue ("…, y añadió que …") and before "según X".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from communique.model import Position, Quote, Span
from communique.resources import SUPPORTED_LANGUAGES, grammar_all, grammar_list, load_lang_file
from communique.resources.lexicon import (
    ACCORDING,
    ANON,
    DEMONYM,
    DOC_NOUN,
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
from communique.stages.quote_spans import AFTER_CLOSE, CLOSERS, find_quote_spans
from communique.stages.sentences import Sentence
from communique.stages.subjects import (
    CONTRAST,
    Subject,
    SubjectFinder,
    clause_start,
    coordinated_verb,
    null_subject,
    pronoun_group,
    pronoun_referent,
    relative_words,
    sentence_of,
    trailing_cue,
)
from communique.stages.tense import clause_tense, finite_between, past_between, tense_cues
from communique.textutil import (
    Intervals,
    SpanIndex,
    fold,
    fold_text,
    is_gerund,
    word_alternation,
)

_ADVERBIAL_THAT = {
    "en": re.compile(
        r"^(?:on|in|at|during|after|late|early|earlier|later|last|this)\s+(?:[\w.'-]+\s+){0,3}?that\s+"
    ),
    "fr": re.compile(
        r"^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\s+)?(?:[\w.'-]+\s+){0,3}?qu(?:e\s+|')"
    ),
}
_COMPLEMENTISERS = {lang: grammar_list(lang, "complementisers") for lang in SUPPORTED_LANGUAGES}
# complementisers that are articles too (pt «a»): they open the content only before an infinitive
_ARTICLE_COMPLEMENTISERS = {
    lang: frozenset(grammar_list(lang, "article_complementisers")) for lang in SUPPORTED_LANGUAGES
}
_ARTICLES_ALL = grammar_all("articles")
# auxiliaries that, repeated after a conjunction, coordinate verbs of the statement (folded)
_REPEATED_AUX = {
    lang: frozenset(fold(w) for w in grammar_list(lang, "repeated_auxiliaries"))
    for lang in SUPPORTED_LANGUAGES
}
# the that-clause words of every language, folded ("que", "qu'", "that")
_THAT_WORDS = frozenset(fold(w) for w in grammar_all("that_clause"))
# a cue's own that-clause after a few words at most ("said on Wednesday that", folded)
_OWN_CLAUSE = {
    lang: re.compile(
        r"(?:\s+[^\s,;:.!?«»“”\"]+){0,4}?\s+(?:"
        + "|".join(
            re.escape(w) + ("" if w[-1] in "'’" else r"(?![\w'’])")
            for w in sorted(grammar_list(lang, "that_clause"), key=len, reverse=True)
        )
        + ")"
    )
    for lang in SUPPORTED_LANGUAGES
    if grammar_list(lang, "that_clause")
}
_ADDRESSEE = {
    # the words skipped never hold a coordinator: "rechazó la resolución y negó que" is two acts
    "es": re.compile(
        r"^(?:(?:a|al)\s+)?(?:(?!(?:y|e|o|pero|ni|aunque|mientras|sino|porque|cuando|si)\b)"
        r"[^\W\d_]+,?\s+){0,6}?"
        r"(?=(?:que|a que)\b|a\s+[^\W\d_]+(?:ar|er|ir|arse|erse|irse)\b)",
        re.I,
    ),
    # "told Putin that", "urged the Kremlin to", "accused Beijing of"; and (AUDIENCE, then
    # "that" or "to") "had told reporters on Tuesday that"
    "en": (
        r"^(?:(?:the\s+)?[A-Z][\w.’'-]*\s+(?:SKIP){0,6}?(?=to\b|that\b|of\b)"
        r"AUDIENCE(?:SKIP){0,4}?(?=to\b|that\b))"
    ),
    "fr": re.compile(
        r"^(?:à|au|aux)\s+(?:(?!(?:et|ou|mais)\b)[^\W\d_]+\s+){0,4}?(?=(?:que|qu'|de)\b)", re.I
    ),
    "pt": re.compile(
        r"^(?:a|ao|à|aos|às)\s+(?:(?!(?:e|ou|mas)\b)[^\W\d_]+\s+){0,4}?(?=(?:que|a que)\b)", re.I
    ),
}


# (the last words, the first words) of a gap before «que» that make it no addressee (grammar.toml
# addressee_not_last, addressee_not_first; folded)
_NOT_ADDRESSEE = {
    lang: (
        frozenset(fold(w) for w in grammar_list(lang, "addressee_not_last")),
        frozenset(fold(w) for w in grammar_list(lang, "addressee_not_first")),
    )
    for lang in SUPPORTED_LANGUAGES
    if grammar_list(lang, "addressee_not_last") or grammar_list(lang, "addressee_not_first")
}


# an object clitic right before a verb («lo calificó», «la qualifica», « l'a qualifié »)
_CLITIC_BEFORE = re.compile(r"(?<!\w)(?:lo|la|los|las|le|les|o|a|os|as|l['’])\s*$", re.I)


# between an English subject and its object: an adverb and a verb in the past or the present
_VERB_BETWEEN = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?[a-z][\w'-]*(?:ed|s)\s+")


# "recordó que …", "recalled that …", « a rappelé qu'… »: a clause follows, not an object
# (an addressee may come between: «recordó a los periodistas que», "reminded reporters that";
# «recordó los lazos que unen …» is an object and its relative clause)
_COMPLEMENTISER = re.compile(
    r"\s*,?\s*(?:(?:a|al|a la|a los|a las|ao|aos|as|à|aux)\s+[\w'’ -]{1,40}?\s+)?(?:que|qu')\s*"
    r"|\s*(?:[\w'’-]+\s+){0,3}that\s*"
)


@cache
def _addressee_pattern(lang: str) -> re.Pattern | None:
    """_ADDRESSEE of a language, with speech.toml [addressee] audience in its AUDIENCE slot."""
    pattern = _ADDRESSEE.get(lang)
    if not isinstance(pattern, str):
        return pattern
    words = load_lang_file(lang, "speech").get("addressee", {}).get("audience", [])
    audience = r"|(?:" + word_alternation(words) + r")\s+" if words else ""
    return re.compile(pattern.replace("AUDIENCE", audience).replace("SKIP", _ADDRESSEE_WORD))


# a word inside an English addressee, never a verb or a conjunction that would start a clause
_ADDRESSEE_WORD = (
    # "accused France and the United States of plotting": "and" only before another name
    r"(?:and\s+(?=(?:the\s+)?[A-Z])|"
    r"(?!(?:and|or|but|had|has|have|was|were|is|are|would|will|could|did|does|should|must|can|"
    r"may|might|shall|when|whether|if|what|how)\b)[\w.’'-]+\s+)"
)


def find_positions(
    text: str,
    sentences: list[Sentence],
    atoms: list[Atom],
    actors: ActorResult,
    quotes: list[Quote],
    lexicon: Lexicon,
) -> list[Position]:
    lang = lexicon.lang
    qspans = [(q.open, q.close + 1) for q in find_quote_spans(text)]
    quoted = Intervals(qspans)
    in_quote = quoted.contains

    docs = [(a.start, a.end) for a in atoms if a.type == DOC_NOUN]
    finder = SubjectFinder(text, sentences, actors, lang, excluded=qspans, docs=docs)
    # "la reunión que se celebró en Madrid": «se» + these verbs is an event, not a statement
    reflexive_events = {
        fold(w) for w in load_lang_file(lang, "entities").get("reflexive_not_speech", [])
    }
    recall_lemmas = {fold(w) for w in load_lang_file(lang, "entities").get("recall_verbs", [])}
    binding_lemmas = {fold(w) for w in load_lang_file(lang, "entities").get("binding_verbs", [])}
    greetings = frozenset(load_lang_file(lang, "entities").get("greeting_verbs", []))
    anonymity = _anonymity_request(lang)
    passive = _passive_auxiliary(lang)
    conditional = _conditional_before(lang)
    event_objects = _event_objects(lang)
    event_relative = _event_relative(lang)
    anon_heads = [fold(w) for w in load_lang_file(lang, "entities").get("anonymous_heads", [])]
    speaking_plurals = frozenset(
        fold(w) for w in load_lang_file(lang, "entities").get("speaking_plurals", [])
    )
    # "A U.S. official said": an unnamed speaker after a country or body
    anonymous_after = (
        re.compile(
            r"\s*(?:[\w.-]+\s+){0,2}(?:" + "|".join(map(re.escape, anon_heads)) + r")\s*,?\s*"
        )
        if anon_heads
        else None
    )
    # words that make a clause a stance (negation, modality, demand, commitment)
    stance_markers = [fold(m) for m in load_lang_file(lang, "entities").get("stance_markers", [])]
    folded = fold_text(text)
    relatives = frozenset(relative_words(lang))
    negations = _negation_words(lang)
    kinds = {a.id: a.kind for a in actors.actors}
    demonym_at = {a.start: a for a in atoms if a.type == DEMONYM}
    country_of = {a.country: a.id for a in actors.actors if a.kind == "country" and a.country}
    # "el mandatario", "El comandante guerrillero": descriptions of a person
    titles = SpanIndex([a for a in atoms if a.type in (ROLE, GENERIC)])
    person_nouns = frozenset(
        fold(w) for w in load_lang_file(lang, "entities").get("person_nouns", [])
    )
    speech = [
        a
        for a in atoms
        if a.type == SPEECH
        and not in_quote(a.start)
        and not (
            a.payload.lemma in reflexive_events
            and (
                folded[max(0, a.start - 3) : a.start] == "se "
                or folded[max(0, a.start - 2) : a.start] in ("s'", "s’")
            )
        )
        and not (lang == "en" and _adjectival(text, folded, a))
    ]
    # keep the longest cue at each place ("se comprometió a" over "comprometió")
    speech = leftmost_longest(speech)
    according = [a for a in atoms if a.type == ACCORDING and not in_quote(a.start)]
    anonymous = [a for a in atoms if a.type == ANON]
    # an event report ("mantuvieron una llamada", "met in Geneva", "durante su llamada") is not a
    # stance: a meeting verb, a held-status cue, or a meeting noun after a preposition
    meeting_atoms = [
        a
        for a in atoms
        # «el texto se aprobó», «la rapidez con la que se aprobó»: a passive, no body in session
        if (a.type == MEETING_VERB and folded[max(0, a.start - 3) : a.start] != "se ")
        or (a.type == STATUS and a.payload == "held" and " " in folded[a.start : a.end])
        or (a.type == MEETING_NOUN and _after_preposition_word(folded, a.start))
    ]
    cue_starts = sorted(a.start for a in speech)
    # what may name a speaker set after its verb: titles, demonyms and actor mentions
    named = SpanIndex(
        sorted(
            [(a.start, a.end, "title") for a in atoms if a.type in (ROLE, GENERIC, DEMONYM)]
            + [(m[0], m[1], kinds.get(m[2])) for m in finder.mention_index.items]
        )
    )
    function_words = lexicon.function_words | lexicon.articles
    pronoun_before: dict[int, Atom] = {}
    pronoun_at = {a.start: a for a in atoms if a.type == PRONOUN}
    pronouns_at = SpanIndex([a for a in atoms if a.type == PRONOUN])
    adverb_after = _adverb_after_pronoun(lang)
    for pr in (a for a in atoms if a.type == PRONOUN):
        j = pr.end
        while j < len(text) and text[j] == " ":
            j += 1
        pronoun_before[j] = pr
        # "He then called", "Ella también aseguró": one adverb between
        adv = adverb_after.match(folded, j) if adverb_after is not None else None
        if adv:
            pronoun_before.setdefault(adv.end(), pr)
    quote_closes = sorted(b for _, b in qspans)
    out: list[tuple[int, Position]] = []
    last_subject: tuple[str, ...] = ()
    last_end = 0

    last_in_sentence: dict[
        int, tuple[int, tuple[str, ...], int, int]
    ] = {}  # sentence → (clause end, subject, content start, evidence start)
    according_ends = {a.end for a in according}
    voiced: list[int] = []  # the cues that gave a position
    forward: dict[int, tuple[int, str]] = {}  # a cue's start: its position's index, its frame
    for cue in speech:
        sent = sentence_of(sentences, cue.start)
        if sent is None:
            continue
        if cue.type == SPEECH and tuple(cue.payload.frames) == ("after_quote",):
            continue  # «lanzó una ofensiva»: a verb that reports only words quoted before it
        # "según informó el Kremlin": the cue belongs to the según phrase
        k = cue.start
        while k > 0 and cue.start - k < 3 and text[k - 1] == " ":
            k -= 1
        if k in according_ends:
            continue
        # an attribution after a quote («…», aseguró X / “…,” Kushner told reporters) is not a position
        before = text[max(sent.start, cue.start - 4) : cue.start]
        # (not one that reports a clause of its own: "Momen, who has called it a “golden
        # chapter”, said on Wednesday that …", «…», estimant qu'« assez de sang a coulé »)
        own_clause = _OWN_CLAUSE[lang].match(folded, cue.end) if lang in _OWN_CLAUSE else None
        if own_clause is None and (
            AFTER_CLOSE.search(before)
            or re.search(r"[—–]\s*$", before)
            or _attributes_quote(text, cue.start, quote_closes, cue_starts)
        ):
            continue
        if folded[cue.start : cue.end] == "asked" and not folded[sent.start : cue.start].strip(
            ' «“"(—'
        ):
            continue  # "Asked whether the prime minister would follow suit, …": a question put
        if event_relative is not None and event_relative.search(
            folded, max(sent.start, cue.start - 60), cue.start
        ):
            continue  # «la conferencia de prensa conjunta que ofrecieron»: an event held
        if (
            passive is not None
            and passive[0].search(folded, max(0, cue.start - 16), cue.start)
            and folded[cue.start : cue.end] not in passive[1]
        ):
            continue  # "Gbagbo has been offered an amnesty": said to or of him, not by him
        content_start, frame = _content_start(text, folded, cue, lang)
        if content_start is None:
            continue
        if anonymity is not None and anonymity.match(folded, content_start):
            continue  # "un alto cargo, que pidió el anonimato": a request, not a stance
        if (
            frame == "object"
            and event_objects is not None
            and event_objects.search(
                " ".join(folded[content_start : content_start + 40].split()[:4])
            )
        ):
            continue  # «Zaev ofreció un almuerzo a Tsipras»: an event hosted, not a stance
        greeting = False
        if cue.payload.lemma in greetings and frame not in ("que", "that", "de que", "colon"):
            # the person greeted, an addressee before "to" too ("welcomed Kenyan President
            # William Ruto to the White House"); titles and demonyms may come before the name
            start = min(content_start, cue.end)
            who = next(
                (
                    m
                    for m in finder.mentions_in(
                        start, min(sent.end, max(content_start, cue.end) + 40)
                    )
                    if kinds.get(m[2]) == "person"
                ),
                None,
            )
            # "Isaias welcomed Abiy at the airport": a greeting, not a stance; its subject still
            # speaks in a verb coordinated after it ("…, and said Moscow could help")
            greeting = (
                who is not None
                and len(folded[start : who[0]].split()) <= 3
                and not re.search(r"[,;:.]", folded[start : who[0]])
            )
        if frame == "object" and _inverted_after_comma(
            text, sent, cue, content_start, named, function_words
        ):
            continue  # "…, anunció la ministra": the clause before is what she said
        if frame == "colon" and text[content_start:].lstrip()[:1] in '«“"‘':
            continue  # "added: “We know how to act. …”": the quote itself, judged as a quote
        end = _clause_end(
            text,
            folded,
            content_start,
            sent.end,
            cue_starts,
            according,
            relatives,
            negations,
            _REPEATED_AUX[lang],
        )
        if text[content_start : content_start + 1] in '«“"‘':
            # "reclamó «un alto el fuego permanente, ya»": the quoted object whole
            closing = next((b for a_, b in qspans if a_ == content_start), None)
            if closing is not None and end < closing <= sent.end:
                end = closing
        statement = text[content_start:end].strip().rstrip(",;:")
        if len(statement.split()) < 2 and frame == "de" and statement:
            # «Bolsonaro lo calificó de «histórico»»: a one-word qualification is the stance
            # with its verb and the clitic that stands for what it qualifies (not in a relative
            # clause: «el encuentro, que calificó de «histórico»»)
            clitic = _CLITIC_BEFORE.search(text, max(sent.start, cue.start - 6), cue.start)
            if clitic is not None and not re.search(
                r"(?<!\w)(?:que|qui|which|that)\s+$",
                folded[max(sent.start, clitic.start() - 6) : clitic.start()],
            ):
                content_start = clitic.start()
                statement = text[content_start:end].strip().rstrip(",;:")
        if len(statement.split()) < 2:
            continue
        # "recordó que las rondas anteriores se aprobaron por unanimidad": a fact, no stance;
        # its clause still holds the sentence's speaker for a verb coordinated after it
        fact = (
            cue.payload.lemma in recall_lemmas
            and clause_tense(text, content_start, end, lang) == "past"
            # «a rappelé que la Mission restait nécessaire»: with no verb of its own that tells
            # the past, the clause takes the reporting verb's time (the imperfect is the
            # present of reported speech): a stance
            and (
                past_between(text, lang, content_start, end)
                or not _COMPLEMENTISER.fullmatch(folded[cue.end : content_start])
            )
            and not _has_marker(folded[content_start:end], stance_markers)
        )
        act = cue.payload.act
        neg = _negation_before(folded, cue.start, lang)
        if neg is not None:
            # "no descartó que …", "did not deny that …": the negation is part of the stance
            statement = text[neg:end].strip().rstrip(",;:")
            if act in ("deny", "warn", "accuse"):
                act = "say"
        # the subject; a second cue in the sentence ("…, y aseguró que …") shares the first's
        prev = last_in_sentence.get(sent.start)
        sub = None
        gerund = (
            is_gerund(folded[cue.start : cue.end], lang)
            and (
                folded[max(0, cue.start - 3) : cue.start].rstrip().endswith(",")
                # «, tout en prévenant que»: the French gerund
                or re.search(r"(?:^|[\s,])tout en\s*$", folded[max(0, cue.start - 10) : cue.start])
                is not None
            )
        )
        if gerund:
            # ", saying that …", ", urging …": the main clause's subject speaks
            main = prev[1] if prev is not None else None
            if not main:
                # "She declined to say whether Germany would back Greece …, saying that …":
                # the pronoun opening the clause, not the last name before the comma (a name
                # right before it is the subject only of an inverted cue: "…, Wang said, adding")
                opening = clause_start(folded, lang, sent.start, cue.start)
                j = opening
                while j < cue.start and text[j] in ' \n\t«“"—-':
                    j += 1
                pr = pronoun_at.get(j)
                if (
                    pr is not None
                    and pr.payload in ("m", "f")
                    and not any(
                        j < c < cue.start and text[max(0, c - 4) : c].rstrip()[-1:] in ',”»"'
                        for c in cue_starts
                    )
                ):
                    current = finder.previous_subject(pr.start) or last_subject
                    who = pronoun_referent(pr, current, finder)
                    main = (who,) if who else None
            if not main:
                # «…, a-t-il fait valoir, assurant que …»: the gerund goes with the inverted
                # cue before it, whose pronoun is the person the passage is about
                comma = folded.rfind(",", sent.start, cue.start)
                before = folded.rfind(",", sent.start, comma) if comma > sent.start else -1
                if before != -1 and _INVERTED_CUE.fullmatch(folded, before + 1, comma):
                    main = last_subject or finder.previous_subject(cue.start) or None
            if not main:
                head = finder.left_of(
                    folded.rfind(",", sent.start, cue.start)
                    if folded.rfind(",", sent.start, cue.start) > sent.start
                    else cue.start,
                    joint_complement=False,
                )
                if head is not None and head.actors:
                    # "Abe and Howard also discussed North Korea, agreeing that …": the name
                    # before the comma is the object of the main verb; its subject agrees
                    before = finder.left_of(head.start, joint_complement=False)
                    if (
                        before is not None
                        and before.actors
                        and _VERB_BETWEEN.fullmatch(text, before.end, head.start)
                    ):
                        head = before
                main = head.actors if head is not None and head.actors else None
            if not main and last_subject:
                main = last_subject
            if main:
                sub = Subject(tuple(main), cue.start, cue.start, "gerund")
        if sub is not None:
            pass
        elif prev is not None and cue.start < prev[0]:
            # a cue inside the previous cue's clause ("reiterated that the U.S. remains committed
            # to …"): its own position only with its own subject inside that clause
            sub = finder.left_of(cue.start, floor=prev[2], joint_complement=False)
            if sub is None or not sub.actors:
                continue
        elif prev is not None:
            link = folded[prev[0] : cue.start].strip(" ,")
            # «… y le pidió que»: a clitic pronoun before the verb is no new subject
            link = _CLITIC_AT_END.sub("", link)
            if link in (
                "",
                "y",
                "e",
                "and",
                "et",
                "pero",
                "but",
                "mas",
                "mais",
                "also",
                "y tambien",
                "and also",
                "aunque",
                "although",
                "though",
                "sin embargo",
                "embora",
                "tout en",
                "bien que",
                "y ademas",
            ):
                sub = Subject(prev[1], cue.start, cue.start, "shared")
            else:
                sub = finder.left_of(cue.start, floor=prev[0], joint_complement=False)
        else:
            sub = finder.left_of(cue.start, joint_complement=False)
            if coordinated_verb(folded, max(sent.start, cue.start - 120), cue.start, finder):
                # "Kushner briefed Security Council members … and urged them": the sentence's
                # subject, not the previous verb's object; in a contrastive clause, the
                # clause's ("…, mientras que Merkel admitió …, pero subrayó …"); in a relative
                # clause, its antecedent's («… contestada pelo Chega, que se opôs ao convite e
                # anunciou um protesto»)
                opening = clause_start(folded, lang, sent.start, cue.start)
                head = finder.relative_antecedent(sent.start, cue.start) or (
                    finder.opening_subject(opening, cue.start)
                )
                if head is not None:
                    group = finder.coordinated(head, min(cue.start, head[1] + 80))
                    sub = Subject(group, head[0], head[1], "coordinated-verb")
        pr_here = pronoun_before.get(cue.start)
        if (
            pr_here is not None
            and pr_here.payload in ("m", "f")
            and sub is not None
            and len(sub.actors) == 1
            and sub.end <= pr_here.start
            and _CLAUSE_LINK.search(folded, sub.end, pr_here.start) is not None
        ):
            # "Haftar met Conte over dinner, but he refused to take part …": the pronoun opening
            # the second clause goes back to the sentence's subject, not to the name before it
            head = finder.opening_subject(sent.start, pr_here.start)
            if (
                head is not None
                and head[2] != sub.actors[0]
                and finder.kinds.get(head[2]) == "person"
                and actors.genders.get(head[2]) in (pr_here.payload, None)
            ):
                sub = Subject((head[2],), pr_here.start, pr_here.end, "pronoun")
        if pr_here is None and sub is not None:
            # «…, Paul Magnette, elle avait quitté la table en affirmant que …»: the subject
            # pronoun of the clause the gerund hangs on
            between = [
                a
                for a in pronouns_at.between(sub.end, cue.start)
                if not re.search(r"[,;:.]", text[a.end : cue.start])
            ]
            pr_here = between[-1] if between else None
        if (
            sub is not None
            and len(sub.actors) == 1
            and pr_here is not None
            and pr_here.payload in ("m", "f")
            and sub.end <= pr_here.start
            and actors.genders.get(sub.actors[0]) != pr_here.payload
        ):
            # "… avec le ministre-président wallon, Paul Magnette, elle a affirmé que …": the
            # pronoun before the verb is its subject, when the name before it is not of its gender
            who = pronoun_referent(pr_here, finder.previous_subject(pr_here.start), finder)
            if who and actors.genders.get(who) == pr_here.payload:
                sub = Subject((who,), pr_here.start, pr_here.end, "pronoun")
        if (sub is None or not sub.actors) and pronoun_before.get(cue.start) is not None:
            # "He urged Warsaw to …", "Ella aseguró que …": the last person of that gender
            pr = pronoun_before[cue.start]
            # the speaker of a quote heard since the last position is the one "he" refers to
            spoken = [q for q in quotes if q.speaker and last_end <= q.end <= pr.start]
            # else the previous sentence's subject ("Modi was in Kabul, where he and Ghani
            # inaugurated … He told Afghan lawmakers"), else the last position's
            prev_subject = finder.previous_subject(pr.start) if pr.payload in ("m", "f") else ()
            if prev_subject and kinds.get(prev_subject[0]) != "person":
                prev_subject = ()
            sole = ()
            if not prev_subject and pr.payload in ("m", "f"):
                sole = finder.previous_sole_person(pr.start, pr.payload)
                prev_subject = sole
            if sole and spoken and spoken[-1].speaker not in sole:
                # "Segundo Amorim, … «…». O discurso mais duro foi o de Lacalle. Ele disse":
                # the one person of the sentence right before, not a speaker heard before it
                sent_before = finder.sentence_before(pr.start)
                if sent_before is not None and spoken[-1].end < sent_before.start:
                    spoken = []
            current = (spoken[-1].speaker,) if spoken else (prev_subject or last_subject)
            who = pronoun_group(pr, current, finder)
            if who:
                sub = Subject(who, pr.start, pr.end, "pronoun")
        if (sub is None or not sub.actors) and (
            people := _people_subject(
                folded, sent.start, cue.start, demonym_at, country_of, speaking_plurals
            )
        ):
            # "Les Américains accusent Moscou …", "The Russians denied …": a people in the
            # plural opening the clause speaks for its country, when the article names it
            sub = people
        if (
            (sub is None or not sub.actors)
            and _DESCRIPTION.fullmatch(folded, sent.start, cue.start)
            and _describes_a_person(folded, sent.start, cue.start, titles, person_nouns)
        ):
            # '"Que este sea el último día de la guerra", dijo Timochenko. El comandante
            # guerrillero pidió …': a description the text did not tie to a name, opening the
            # sentence after someone spoke, is that speaker
            spoken = [q for q in quotes if q.speaker and 0 <= sent.start - q.end <= 300]
            if spoken and kinds.get(spoken[-1].speaker) == "person":
                sub = Subject((spoken[-1].speaker,), sent.start, cue.start, "description")
        if (
            sub is not None
            and sub.actors
            and anonymous_after is not None
            and len(sub.actors) == 1
            and kinds.get(sub.actors[0]) in ("country", "organization")
            and anonymous_after.fullmatch(folded, sub.end, cue.start)
            # "U.S. officials said …": unnamed people in the plural speak for their country
            and not set(folded[sub.end : cue.start].replace(",", " ").split()) & speaking_plurals
        ):
            continue  # "A U.S. official said …": an unnamed official, not the country, speaks
        bound: tuple[str, ...] = ()
        if cue.payload.lemma in binding_lemmas:
            # "The declaration commits Thabane, Metsing and the party leaders to …", «Il engage
            # l'Ethiopie et l'Erythrée à …», «compromete a ambos gobiernos a …»: the parties bound
            # hold the commitment, not the text or whoever drafted it
            marker = _TO_INFINITIVE.search(folded, cue.end, min(sent.end, cue.end + 160))
            bound = _bound_parties(finder, kinds, cue.end, marker.start()) if marker else ()
        if bound:
            actors_ = bound
            ev_start = min(sub.start, cue.start) if sub is not None else cue.start
        elif sub is not None and sub.actors:
            actors_ = sub.actors
            ev_start = min(sub.start, cue.start)
            if sub.how == "shared" and prev is not None:
                # "calificó la resolución de … y sostuvo que …": the second verb's evidence runs
                # from its subject, told once for both
                ev_start = prev[3]
        else:
            if not last_subject and _opens_clause(folded, sent.start, cue.start):
                last_subject = finder.previous_subject(cue.start)
            if not last_subject or not _opens_clause(folded, sent.start, cue.start):
                # impersonal "se enfatizó que": the current source when there is one
                if last_subject and re.search(
                    r"\bse\s*$", folded[max(0, cue.start - 4) : cue.start]
                ):
                    actors_ = last_subject
                else:
                    continue
            elif (
                cue.payload.plural
                and len(last_subject) == 1
                and kinds.get(last_subject[0]) == "person"
            ):
                # "Los estudiantes, que se retiraron …, anunciaron que …": a verb in the
                # plural has no one person for its subject
                continue
            else:
                actors_ = last_subject
            ev_start = cue.start
        if actors_ and all(kinds.get(a) != "person" for a in actors_):
            # "Ibuka a regretté par la voix de son président, Egide Nkuranga, que …": the body
            # and the person it speaks through
            voice = finder.voice_after(cue.end)
            if voice is not None and voice[2] not in actors_:
                actors_ = (*actors_, voice[2])
        if conditional is not None and conditional.search(
            folded, max(sent.start, ev_start - 28), ev_start
        ):
            continue  # "if Mr Gbagbo refused to leave", «si La Habana decide pedir»: no stance
        ev_end = content_start + len(text[content_start:end].rstrip().rstrip(",;:"))
        last_subject = actors_
        last_end = ev_end
        if prev is None or cue.start >= prev[0]:
            # a cue nested in the previous clause ("reiterated that the U.S. remains committed
            # to …, and stressed …") does not become the sentence's main speaker
            last_in_sentence[sent.start] = (end, tuple(actors_), content_start, ev_start)
        if fact or greeting:
            continue
        # "aseguró que A y que B", "said that A and that B": one statement, both clauses (as
        # annotators and readers take what was said)
        if len(statement.split()) >= 2:
            voiced.append(cue.start)
            forward[cue.start] = (len(out), frame)
            out.append(
                (
                    ev_start,
                    Position(
                        id="",
                        actors=tuple(actors_),
                        statement=statement,
                        evidence=Span.of(text, ev_start, ev_end),
                        cue=text[cue.start : cue.end],
                        act=act,
                    ),
                )
            )

    # según X, CLAUSE / CLAUSE, según X
    relatives: set[int] = set()
    for a in according:
        sent = sentence_of(sentences, a.start)
        if sent is None or a.start in relatives:
            continue
        if isinstance(a.payload, tuple) and a.payload[1] == "antecedent":
            # "a précisé M. Macron, selon qui les emprises seront fermées": the relative clause
            # is the antecedent's statement
            relatives.add(a.start)
            ante = finder.antecedent(a.start)
            stop = re.search(r"[;:]|\.(?:\s|$)", text[a.end : sent.end])
            ce = a.end + stop.start() if stop else sent.end
            statement = text[a.end : ce].strip().rstrip(",;:.")
            if ante and len(statement.split()) >= 3 and not in_quote(a.end):
                s_off = text.index(statement, a.end)
                out.append(
                    (
                        a.start,
                        Position(
                            id="",
                            actors=(ante,),
                            statement=statement,
                            evidence=Span.of(text, a.start, s_off + len(statement)),
                            cue=text[a.start : a.end],
                            act=a.payload[0],
                        ),
                    )
                )
            continue
        if (
            isinstance(a.payload, tuple)
            and a.payload[1] == "sentence_start"
            and text[sent.start : a.start].strip(' «“"')
        ):
            continue  # "para" is "según" only when it opens the sentence
        if isinstance(a.payload, tuple) and a.payload[1] == "current_speaker":
            continue  # "a su juicio": no actor named here
        opening = a.start - sent.start < 5
        # «Para Zedillo, quien …, fue su última cumbre»: after "para", "pour", a relative
        # clause tells a fact about the person, not whose view follows
        for_whom = isinstance(a.payload, tuple) and a.payload[1] == "sentence_start"
        np_end = (
            _according_np_end(text, folded, a.end, sent.end, finder, relative=not for_whom)
            if opening
            else None
        )
        told = _according_pronoun(lang).match(folded, a.end) if opening else None
        if told is not None:
            # «Segundo ele, a viagem marca …», "According to her, …": the person the pronoun
            # stands for
            g = "m" if told.group("m") else "f"
            pr = Atom(told.start(g), told.end(g), PRONOUN, g)
            who = pronoun_referent(pr, finder.previous_subject(pr.start), finder)
            if who is None:
                continue
            m = (pr.start, pr.end, who)
            cs, ce = told.end(), sent.end
        elif np_end is not None:
            # "Según el diputado Luis Florido, miembro de la delegación, CLAUSE": the speaker is
            # the NP's person (else its first actor), the statement what follows it
            in_np = [x for x in finder.mention_index.between(a.end, np_end) if x[1] <= np_end]
            persons = [x for x in in_np if kinds.get(x[2]) == "person"]
            m = (persons or in_np or [None])[0]
            if m is None or any(a.end <= x.start < np_end for x in anonymous):
                continue
            cs, ce = np_end + 1, sent.end
        else:
            m = finder.right_of(a.end, limit=60)
            if m is None or len(folded[a.end : m[0]].split()) > 3:
                continue  # "según fuentes diplomáticas …": an anonymous source, not an actor
            if any(x.start < m[0] and x.end > a.end for x in anonymous):
                continue
            # "clause, según X": the clause before
            cs, ce = sent.start, a.start
        statement = text[cs:ce].strip().rstrip(",;:.")
        if len(statement.split()) < 3 or in_quote(cs):
            continue
        fstat = folded[cs:ce]
        if re.search(r"\d", fstat) and not _has_marker(fstat, stance_markers):
            continue  # "según la OIM, más de 48.000 personas han llegado …": a figure, not a stance
        if any(cs <= x.start < ce for x in meeting_atoms) and not any(
            cs <= x.start < ce for x in speech
        ):
            # "X y Y discutieron … durante su llamada, según informó Z": an event; but "la
            # resolución adoptada en la cumbre prevé …" is a statement about its content
            continue
        s_off = cs + (len(text[cs:ce]) - len(text[cs:ce].lstrip()))
        out.append(
            (
                s_off,
                Position(
                    id="",
                    actors=(m[2],),
                    statement=statement,
                    evidence=Span.of(text, s_off, s_off + len(statement)),
                    cue=text[a.start : a.end],
                    act="say",
                ),
            )
        )

    # "Seoul and Tokyo, he said, had overcome a difficult past": a cue set between commas
    # inside the statement it reports
    covered_now = Intervals([(p.evidence.start, p.evidence.end) for _, p in out])
    for cue in speech:
        found = _parenthetical(text, folded, cue, sentences, lang)
        if found is None or covered_now.overlaps(found[0], found[1]) or quoted.overlaps(*found[:2]):
            continue
        s_lo, s_hi, head_lo = found
        actors_: tuple[str, ...] = ()
        pr = pronoun_before.get(cue.start)
        if pr is not None and pr.start >= head_lo:
            who = pronoun_referent(pr, finder.previous_subject(pr.start) or last_subject, finder)
            actors_ = (who,) if who else ()
        elif head_lo < cue.start and text[head_lo : cue.start].strip():
            named = finder.mentions_in(head_lo, cue.start)
            actors_ = tuple(dict.fromkeys(m[2] for m in named))
        elif null_subject(lang) and not cue.payload.plural:
            # «Abbas agradeció un paso que, dijo, contribuirá …»: the clause's subject, else
            # the previous sentence's, when a person
            sub = finder.left_of(head_lo - 2, joint_complement=False)
            for cands in (
                sub.actors if sub is not None else (),
                finder.previous_subject(cue.start),
            ):
                if len(cands) == 1 and kinds.get(cands[0]) == "person":
                    actors_ = tuple(cands)
                    break
        if not actors_:
            continue
        rest = cue.end + text[cue.end : s_hi].index(",") + 1
        statement = (text[s_lo : head_lo - 1].strip() + " " + text[rest:s_hi].strip()).strip()
        out.append(
            (
                s_lo,
                Position(
                    id="",
                    actors=actors_,
                    statement=statement.rstrip(".").strip(),
                    evidence=Span.of(text, s_lo, s_hi),
                    cue=text[cue.start : cue.end],
                    act=cue.payload.act,
                ),
            )
        )

    # "The withdrawal will take four to six months, Macron said": a statement before its cue
    trailed: set[int] = set()  # the indices of forward positions of cues that report backwards
    for cue in speech:
        sent = sentence_of(sentences, cue.start)
        if sent is None:
            continue
        found = trailing_cue(text, folded, sent, cue, finder, lang)
        if found is None:
            continue
        cs, ce, actors_, ev_end = found
        k = bisect.bisect_left(voiced, cs)
        if quoted.overlaps(cs, ce) or (k < len(voiced) and voiced[k] < ce):
            # a quote is judged as a quote; a clause whose own cue gave a position already is
            # one ("Los líderes … se comprometieron a …, anunció Merkel": the leaders unnamed)
            continue
        statement = text[cs:ce].strip()
        out.append(
            (
                cs,
                Position(
                    id="",
                    actors=actors_,
                    statement=statement,
                    evidence=Span.of(text, cs, ev_end),
                    cue=text[cue.start : cue.end],
                    act=cue.payload.act,
                ),
            )
        )
        if forward.get(cue.start, (0, ""))[1] in ("object", "zero-that"):
            # "…, Blinken announced Tuesday, as Washington moved …": the cue reports the clause
            # before it; what follows it is no object of its own
            trailed.add(forward[cue.start][0])
    out = [x for i, x in enumerate(out) if i not in trailed]

    # a direct quote that states a stance (negation, modality, demand, commitment) is a position
    # "We do not want charity", "no vamos a aceptar": a side stating its own stance
    first_person = _first_person(lang)
    covered = Intervals([(p.evidence.start, p.evidence.end) for _, p in out])
    speech_at = {a.start: a.payload.act for a in atoms if a.type == SPEECH}
    quoted_clauses: list[tuple[int, int]] = []  # the clauses of partial quotes listed here
    for q in quotes:
        if (
            q.kind == "partial"
            and q.speaker
            and q.cue_span is not None
            and q.cue_span.end <= q.start
            and not covered.overlaps(q.start, q.end)
            and not any(a <= q.start < b for a, b in quoted_clauses)
            and len(q.text.split()) >= 2
            and _attached_to_quote(text, q, q.cue_span, 150)
        ):
            # "appelant les groupes armés à « respecter scrupuleusement » leurs engagements":
            # words quoted in a clause its cue reports, which no clause position holds
            position = _quoted_clause(text, q, speech_at.get(q.cue_span.start))
            out.append((position.evidence.start, position))
            quoted_clauses.append((position.evidence.start, position.evidence.end))
            continue
        if q.kind != "direct" or not q.speaker:
            continue
        # only when its cue itself is a stance (warned, promised, demanded, denied, accused…):
        # "…», dijo X" or a descriptive quote is already listed as a quote
        act = speech_at.get(q.cue_span.start) if q.cue_span is not None else None
        fq = fold(q.text)
        if covered.covers(q.start, q.end):
            continue
        if len(q.text.split()) < _STANCE_MIN_WORDS:
            continue  # "à la lettre", "It was not easy": a fragment, not a stated stance
        if _narrative(text, q, lang, first_person) and not _has_marker(fq, stance_markers):
            continue  # «la conversación fue franca y profesional»: an account of what happened
        # the evidence runs over the cue and the speaker told right next to the quote
        # («…», a-t-il tranché; "…," Merkel told reporters): who states it, and how
        lo, hi = q.start, q.end
        for sp in (q.cue_span, q.speaker_span):
            if sp is not None and _attached_to_quote(text, q, sp):
                lo, hi = min(lo, sp.start), max(hi, sp.end)
        out.append(
            (
                q.start,
                Position(
                    id="",
                    actors=(q.speaker,),
                    statement=q.text,
                    evidence=Span(lo, hi, text[lo:hi]),
                    cue=q.cue,
                    act=act,
                ),
            )
        )

    # "…, ce que Kigali dément", "…, a charge Ankara denies": a denial whose object is the
    # clause before it, a stance of its own and no longer part of the clause it follows
    dropped: set[int] = set()
    for cs, ce, who, cue in _denied_antecedents(text, folded, speech, finder, pronouns_at, lang):
        for k, (at, p) in enumerate(out):
            if p.evidence.start < cs < p.evidence.end:
                end = p.evidence.start + len(text[p.evidence.start : cs].rstrip(" ,;—–-"))
                said = text.find(p.statement, p.evidence.start) if p.statement else -1
                statement = p.statement
                if 0 <= said < end < said + len(p.statement):
                    statement = text[said:end]
                ev = Span.of(text, p.evidence.start, end)
                out[k] = (at, replace(p, evidence=ev, statement=statement))
                if set(p.actors) <= set(who) and not any(
                    m[2] in p.actors for m in finder.mentions_in(ev.start, ev.end)
                ):
                    dropped.add(k)  # its speaker was only the denier named after it
        clause = clause_start(folded, lang, sentence_of(sentences, cs).start, cs)
        denied = text[clause:cs].strip().rstrip(" ,;—–-")
        out.append(
            (
                cs,
                Position(
                    id="",
                    actors=who,
                    statement=denied,
                    evidence=Span.of(text, cs, ce),
                    cue=text[cue.start : cue.end],
                    act="deny",
                ),
            )
        )
    out = [x for i, x in enumerate(out) if i not in dropped]

    out.sort(key=lambda t: (t[0], t[1].evidence.end))
    # the words quoted inside a position are its speaker's: "saying she «didn't feature in my
    # thinking at all»" is Starmer's whoever the clause's subject seemed to be
    # (one word in quotation marks is a label the clause uses: «qu'il qualifie de
    # « terroristes »» leaves the clause its subject)
    spoken = sorted(
        (q.start, q.end, q.speaker) for q in quotes if q.speaker and len(q.text.split()) >= 2
    )
    spoken_starts = [x[0] for x in spoken]
    for k, (at, p) in enumerate(out):
        if len(p.actors) != 1:
            continue
        i = bisect.bisect_left(spoken_starts, p.evidence.end)
        inside = {sp for qs, qe, sp in spoken[max(0, i - 8) : i] if qe > p.evidence.start}
        if len(inside) == 1 and p.actors[0] not in inside:
            out[k] = (at, replace(p, actors=(inside.pop(),)))
    states = _governed_states(actors)
    result = []
    seen: set[tuple[int, int]] = set()
    for _, p in out:
        key = (p.evidence.start, p.evidence.end)
        if key in seen:
            continue
        seen.add(key)
        # "o governo iraniano se compromete a …": the state its government speaks for
        extra = tuple(states[a] for a in p.actors if a in states and states[a] not in p.actors)
        result.append(replace(p, actors=p.actors + extra))
    result = _absorb_nested(result)
    result = _participle_tails(text, result, lang)
    return [replace(p, id=f"p{i}") for i, p in enumerate(result, 1)]


# a second clause's opening: ", but he refused", «, mais il a refusé», «; él»
_CLAUSE_LINK = re.compile(r"(?:,\s*(?:but|and|pero|y|mais|et|mas|e)|;)\s*$")
# a participle clause opening right after a statement: «, dénonçant …», «, tout en promettant …»
_PARTICIPLE_OPENER = re.compile(r",\s+(?:tout\s+en\s+|en\s+)?([^\W\d_]+)")
# words with a gerund's ending that open no participle clause ("according to", «cuando»)
_NOT_PARTICIPLES = frozenset(
    {
        "according", "during", "including", "notwithstanding", "morning", "evening", "nothing",
        "something", "everything", "anything", "cuando", "quando", "segundo", "mundo",
        "avant", "pendant", "durant", "maintenant", "cependant", "suivant", "selon",
    }
)  # fmt: skip
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)|\n")
_PARTICIPLE_REACH = 250


def _participle_tails(text: str, positions: list[Position], lang: str) -> list[Position]:
    """ "a déjà annoncé qu'elle le boycotterait, dénonçant un processus verrouillé par la junte",
    "he refused to take part in the plenary sessions, saying he would meet only regional
    leaders": a participle clause right after a statement, that no other position reports,
    belongs to it (to the sentence's end)."""
    out = []
    for p in positions:
        m = _PARTICIPLE_OPENER.match(text, p.evidence.end)
        word = m.group(1).lower() if m else ""
        if m is None or word in _NOT_PARTICIPLES or not is_gerund(word, lang):
            out.append(p)
            continue
        stop = _SENTENCE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        if end - p.evidence.end > _PARTICIPLE_REACH or any(
            o is not p and o.evidence.start < end and o.evidence.end > m.start() for o in positions
        ):
            out.append(p)
            continue
        statement = p.statement
        s0 = p.evidence.end - len(statement)
        if statement and text[s0 : p.evidence.end] == statement:
            statement = text[s0:end]
        out.append(replace(p, evidence=Span.of(text, p.evidence.start, end), statement=statement))
    return out


# between a denial's antecedent word and its verb: the subject, a few words at most, no break
_DENIER_GAP = re.compile(r"[^,;:.!?()«»“”\"—–]{1,60}")
# after the verb: an adverb or two at most, then the clause ends
_DENIAL_END = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?=[,;:.!?)—–]|$)")


@cache
def _denial_antecedents(lang: str) -> re.Pattern | None:
    """`denial_antecedents` of a language, after a clause break (folded): «ce que», "a charge"."""
    words = grammar_list(lang, "denial_antecedents")
    if not words:
        return None
    return re.compile(r"[,;(—–]\s*(" + word_alternation(words) + r")(?:\s+|(?<=['’]))")


def _denied_antecedents(
    text: str,
    folded: str,
    speech: list[Atom],
    finder: SubjectFinder,
    pronouns: SpanIndex,
    lang: str,
):
    """ "…, ce que Kigali et Kampala démentent", "…, a charge New Delhi rejects", «…, lo que
    Doha siempre negó»: a denial whose object is the clause before it. Yields (start, end,
    actors, cue): the words from the antecedent to the verb (and an adverb after it), and who
    denies: the actors named between, or the person a pronoun there stands for ("accused the
    prime minister's brother …, a charge he denied": the last person named)."""
    heads = _denial_antecedents(lang)
    if heads is None:
        return
    for cue in speech:
        if cue.payload.act != "deny":
            continue
        tail = _DENIAL_END.match(text, cue.end)
        if tail is None:
            continue
        head = None
        for m in heads.finditer(folded, max(0, cue.start - 80), cue.start):
            head = m
        if head is None or not _DENIER_GAP.fullmatch(text, head.end(), cue.start):
            continue
        who = tuple(dict.fromkeys(m[2] for m in finder.mentions_in(head.end(), cue.start)))
        if not who:
            pr = next(iter(pronouns.between(head.end(), cue.start)), None)
            ref = (
                pronoun_referent(pr, (), finder)
                if pr is not None and pr.payload in ("m", "f")
                else None
            )
            who = (ref,) if ref else ()
        if who:
            yield head.start(1), cue.end + len(text[cue.end : tail.end()].rstrip()), who, cue


def _absorb_nested(positions: list[Position]) -> list[Position]:
    """A stance stated inside another position's statement is part of that statement:
    "Moratinos explicó que el Gobierno está dispuesto a estudiar la condonación…" is one
    position of Moratinos and the government, and "Blinken said he and Lavrov had agreed to
    further talks" one of Blinken (and Lavrov), not two. A stance in the evidence before the
    statement, or after a cue that follows it, is its own. `positions` are in evidence order."""
    kept: list[Position] = []
    said: list[tuple[int, int]] = []  # where each kept position's statement is in the text
    open_: list[int] = []  # indices in `kept` whose evidence may still contain what follows
    for p in positions:
        s, e = p.evidence.start, p.evidence.end
        open_ = [k for k in open_ if kept[k].evidence.end > s]
        outer = next(
            (
                k
                for k in open_
                if said[k][0] <= s
                and e <= said[k][1]
                and (kept[k].evidence.start, kept[k].evidence.end) != (s, e)
            ),
            None,
        )
        if outer is not None:
            a = kept[outer]
            kept[outer] = replace(
                a, actors=a.actors + tuple(x for x in p.actors if x not in a.actors)
            )
            continue
        open_.append(len(kept))
        kept.append(p)
        # only what the statement says is nested in it: not the evidence before it («Merkel a
        # rappelé que Loukachenko avait refusé …, et jugé que …»: «jugé» opens at Merkel), nor
        # what follows a cue after it ("…, Wang Yi said, adding that …")
        at = p.evidence.text.find(p.statement) if p.statement else -1
        said.append((s + at, s + at + len(p.statement)) if at >= 0 else (s, e))
    return kept


# a direct quote shorter than this is a fragment of talk, too short to state a stance
_STANCE_MIN_WORDS = 5


# a plural article, a plural people («les Américains», "the Russians", «los estadounidenses»)
_PEOPLE_ARTICLE = re.compile(r"\s*(?:the|los|las|les|des|os|as)\s+")


def _people_subject(
    folded: str,
    start: int,
    cue: int,
    demonym_at: dict,
    country_of: dict,
    plurals: frozenset[str] = frozenset(),
):
    """The country whose people in the plural open the clause right before the cue (an adverb
    or an aside set off by commas between), else None: "the Russians", or unnamed people of
    it (entities.toml speaking_plurals) with its adjective before or after them ("Indian
    officials", «los funcionarios estadounidenses»)."""
    m = _PEOPLE_ARTICLE.match(folded, start)
    at = (
        m.end()
        if m is not None
        else start + len(folded[start:cue]) - len(folded[start:cue].lstrip())
    )
    d = demonym_at.get(at)
    if d is not None:
        # "Indian officials said", "the Russians denied"
        w = re.match(r"\s+([\w-]+)", folded[d.end : d.end + 30])
        if w is not None and w.group(1) in plurals:
            end = d.end + w.end()
        elif m is not None and folded[d.start : d.end].endswith("s"):
            end = d.end
        else:
            return None
    else:
        # «los funcionarios estadounidenses», « des responsables américains »: the noun first
        w = re.match(r"([\w-]+)\s+", folded[at : at + 30])
        if w is None or w.group(1) not in plurals:
            return None
        d = demonym_at.get(at + w.end())
        if d is None:
            return None
        end = d.end
    gap = folded[end:cue]
    if not re.fullmatch(r"\s*(?:,[^,]{1,20},\s*)?(?:[a-z]+\s+)?", gap):
        return None
    aid = country_of.get(d.payload)
    return Subject((aid,), min(at, d.start), d.end, "people") if aid else None


def _parenthetical(text: str, folded: str, cue: Atom, sentences, lang: str):
    """ "A, he said, B." / «A, dijo, B»: the sentence span (start, end without its period) and
    where the cue's subject starts (right after the comma), when the cue sits between commas
    after a clause's opening words and before the rest of it."""
    if cue.payload.act not in ("say", "warn", "explain", "announce", "deny"):
        return None
    sent = sentence_of(sentences, cue.start)
    if sent is None:
        return None
    comma = text.rfind(",", sent.start, cue.start)
    if comma < 0 or comma - sent.start < 3:
        return None
    head = text[comma + 1 : cue.start]
    if len(head.split()) > 3 or re.search(r"[«»“”\"]", text[sent.start : sent.end]):
        return None
    after = re.match(r"\s*,\s*", text[cue.end : cue.end + 4])
    if after is None:
        return None
    end = sent.end
    while end > sent.start and text[end - 1] in " .\n":
        end -= 1
    if end - (cue.end + after.end()) < 12:
        return None
    return sent.start, end, comma + 2 if text[comma + 1 : comma + 2] == " " else comma + 1


def _governed_states(actors: ActorResult) -> dict[str, str]:
    """Government actor id → the id of the country it governs, when the article names both
    ("el Gobierno griego" and "Grecia")."""
    govs = {m[2] for m in actors.mentions if m[3] == "government"}
    countries = {a.country: a.id for a in actors.actors if a.kind == "country" and a.country}
    return {
        a.id: countries[a.country]
        for a in actors.actors
        if a.id in govs and a.kind != "country" and a.country in countries
    }


@cache
def _event_relative(lang: str) -> re.Pattern | None:
    """An event noun, then a relative pronoun and at most three words before a cue («la
    conferencia de prensa conjunta que ofrecieron», "the dinner that Xi offered"): the cue
    hosts the event."""
    words = load_lang_file(lang, "entities").get("event_objects", [])
    if not words:
        return None
    return re.compile(
        r"(?<![\w'])(?:" + word_alternation(words) + r")(?:\s+[\w-]+){0,3}\s+"
        r"(?:que|which|that|qu'|qu’)\s+(?:[\w'-]+\s+){0,3}$"
    )


@cache
def _passive_auxiliary(lang: str) -> tuple[re.Pattern, frozenset[str]] | None:
    """The auxiliary of a passive right before a cue (speech.toml [passive] auxiliaries,
    folded): the subject is the one spoken to or of, not the speaker; and the cues a state
    the subject holds keeps a stance after it ([passive] states: "were committed to")."""
    table = load_lang_file(lang, "speech").get("passive", {})
    words = table.get("auxiliaries", [])
    if not words:
        return None
    states = frozenset(fold(w) for w in table.get("states", []))
    return re.compile(r"(?<![\w'])(?:" + word_alternation(words) + r")\s+$"), states


@cache
def _conditional_before(lang: str) -> re.Pattern | None:
    """A conditional conjunction right before a statement's subject (speech.toml
    [conditional] words, folded): what someone would say or do if …, not what they said."""
    words = load_lang_file(lang, "speech").get("conditional", {}).get("words", [])
    alt = word_alternation(words)
    # "if Mr Gbagbo", «si el presidente Maduro»: a title or an article may come between
    return re.compile(r"(?<![\w'])(?:" + alt + r")\s+(?:[\w.'-]+\s+){0,2}$") if words else None


@cache
def _first_person(lang: str) -> re.Pattern | None:
    words = load_lang_file(lang, "entities").get("first_person", [])
    if not words:
        return None
    return re.compile(r"(?<![\w'’])(?:" + word_alternation(words) + r")(?![\w])")


@cache
def _event_objects(lang: str) -> re.Pattern | None:
    """ "ofreció una cena", "hosted a dinner": an object that is an event, not a stance."""
    words = load_lang_file(lang, "entities").get("event_objects", [])
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + word_alternation(words) + r")(?![\w])")


@cache
def _anonymity_request(lang: str) -> re.Pattern | None:
    """ "que pidió el anonimato", "who asked not to be named": the request opening a clause."""
    words = load_lang_file(lang, "entities").get("anonymity_requests", [])
    if not words:
        return None
    return re.compile(r"\s*(?:" + word_alternation(words) + r")(?!\w)")


def _narrative(text: str, q, lang: str, first_person: re.Pattern | None) -> bool:
    """A quote that only tells past events in the third person ("Ambos líderes discutieron
    los acuerdos", "the talks were frank"): every tense cue in it is past, and nobody speaks
    of themselves."""
    starts, cues = tense_cues(text, lang)
    lo, hi = bisect.bisect_left(starts, q.start), bisect.bisect_left(starts, q.end)
    tenses = {t for cs, ce, t in cues[lo:hi] if ce <= q.end} - {"neutral", "intended"}
    if tenses != {"past"}:
        return False
    return first_person is None or first_person.search(fold(q.text)) is None


def _inverted_after_comma(text, sent, cue, content_start, named, function_words) -> bool:
    """A cue after a comma whose "object" is only a title or a name, up to its comma or the
    sentence's end: the speaker set after the verb («…, anunció la ministra.», «…, a précisé
    le ministre mauritanien des Affaires étrangères, Ahmed Ould Teguedi.»). `named` indexes
    (start, end, kind) of titles, demonyms and actor mentions: the first word must open a title
    or name a speaker, and every other word is named, capitalised (or right after a capitalised
    one: «Affaires étrangères»), a function word or an article."""
    if not text[max(sent.start, cue.start - 3) : cue.start].rstrip().endswith(","):
        return False
    rest_end = content_start + len(text[content_start : sent.end].rstrip().rstrip('.!?»”"'))
    # «…, a précisé le président ivoirien, qui assure …»: the name or title up to its comma
    comma = text.find(",", content_start, rest_end)
    if comma != -1:
        rest_end = comma
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[content_start:rest_end]))
    if not words or len(words) > 14:
        return False
    near = named.between(max(0, content_start - 40), rest_end)
    # the head names a speaker: a title, a person, a body or a country ("pressed Dhaka's
    # request" names a city and asks for something)
    head = next((w for w in words if fold(w.group()) not in function_words), None)
    hs = content_start + head.start() if head is not None else -1
    if not any(
        x[0] <= hs < x[1] and x[2] in ("title", "person", "organization", "country", "group")
        for x in near
    ):
        return False
    after_capital = False
    for w in words:
        ws, we = content_start + w.start(), content_start + w.end()
        capital = w.group()[:1].isupper()
        # a title's complement: «des Affaires étrangères», "of Foreign Affairs"
        if not (
            any(x[0] <= ws and we <= x[1] for x in near)
            or capital
            or after_capital
            or fold(w.group()) in function_words
        ):
            return False
        after_capital = capital
    return True


# an abbreviated title before a name ("Mr.", "Mrs.", "Dr.", "M.", «Sr.», «Sra.»)
_COURTESY_PERIOD = re.compile(r"(?<![\w.])[A-Z][a-z]{0,2}\.(?=\s+[A-Z])")


# after a quote's closing mark, the rest of its clause (up to a comma, a stop or a new quote)
_CLAUSE_TAIL = re.compile(r"[^,.;:!?«“\"\n]*")
_CLOSING_MARK = re.compile(r"\s?[" + re.escape("".join(sorted(CLOSERS))) + "]")


def _quoted_clause(text: str, q: Quote, act: str | None) -> Position:
    """The position of a partial quote's clause: from the speaker told just before the cue (or
    the cue) through the quote to the end of its clause ("Lula disse que o Brasil “não vai
    pagar a conta” da guerra cambial")."""
    assert q.cue_span is not None and q.speaker is not None
    lo, hi = q.cue_span.start, q.end
    if (
        q.speaker_span is not None
        and q.speaker_span.end <= lo
        and _attached_to_quote(text, q, q.speaker_span, 150)
    ):
        lo = q.speaker_span.start
    # the clause goes on after the closing mark up to its end: "«…» leurs engagements"
    mark = _CLOSING_MARK.match(text, q.end)
    if mark is not None and not re.search(r"[.!?…]\s*$", q.text):
        tail = _CLAUSE_TAIL.match(text, mark.end())
        hi = tail.end() if len(tail.group(0)) <= 100 else mark.end()
        hi = len(text[:hi].rstrip())
    return Position(
        id="",
        actors=(q.speaker,),
        statement=text[q.cue_span.end : hi].strip(' ,:«“"') or q.text,
        evidence=Span(lo, hi, text[lo:hi]),
        cue=q.cue,
        act=act,
    )


def _attached_to_quote(text: str, q: Quote, sp: Span, reach: int = 60) -> bool:
    """A cue or speaker span next to the quote, in its sentence: only marks, commas, dashes and
    a few words between ("», a-t-il tranché", "," Merkel told", "Rohani said: “")."""
    if sp.start >= q.end:
        gap = text[q.end : sp.start]
    elif sp.end <= q.start:
        gap = text[sp.end : q.start]
    else:
        return True
    return len(gap) <= reach and not re.search(r"[.;!?]\s|\n", gap)


def _attributes_quote(text: str, pos: int, closes: list[int], cue_starts: list[int]) -> bool:
    """A cue after a closing quote and a short NP ("“…,” Kushner told reporters"); not a
    second cue after it ("…,” she added, urging member states to …")."""
    lo = bisect.bisect_left(closes, pos - 70)
    for c in closes[lo : bisect.bisect_right(closes, pos)]:
        k = bisect.bisect_right(cue_starts, c)
        if k < len(cue_starts) and cue_starts[k] < pos:
            continue
        if c <= pos <= c + 70:
            gap = text[c:pos]
            if re.match(
                r"[\s,]*(?:y|e|and|et|pero|mas|but|mais|aunque|although)\s", gap, re.I
            ) or CONTRAST.match(", " + fold(gap.lstrip('»”" ,'))):
                continue  # «…", y aseguró que …», «…», tandis que M. Fischer soulignait: a clause
            # the period of a courtesy title ("Mr. Wang told …") ends nothing
            bare = _COURTESY_PERIOD.sub(" ", gap.strip(" ,"))
            if not re.search(r"[.;:!?«“\"»”]", bare) and len(gap.split()) <= 6:
                if gap.strip().startswith(",") or text[c - 2 : c - 1] in (",", "?", "!"):
                    return True
    return False


def _negation_before(folded: str, pos: int, lang: str) -> int | None:
    """Start of a negation right before a cue ("no descartó", "did not rule out", "n'a pas")."""
    window = folded[max(0, pos - 20) : pos]
    for rx in _negation_res(lang):
        m = rx.search(window)
        if m:
            return max(0, pos - 20) + m.start(1)
    return None


@cache
def _negation_words(lang: str) -> frozenset[str]:
    """entities.toml negations, folded ("no", "never", « jamais »)."""
    return frozenset(fold(w) for w in load_lang_file(lang, "entities").get("negations", []))


@cache
def _negation_res(lang: str) -> tuple[re.Pattern, ...]:
    """entities.toml negations, each as a pattern ending a few words before a position."""
    words = load_lang_file(lang, "entities").get("negations", [])
    return tuple(
        re.compile(r"(?:^|\W)(" + re.escape(fold(w)) + r")(?:\s+\w+){0,2}\s*$") for w in words
    )


def _after_preposition_word(folded: str, pos: int) -> bool:
    words = re.findall(r"\w+", folded[max(0, pos - 25) : pos])[-3:]
    return any(
        w
        in (
            "durante",
            "tras",
            "en",
            "during",
            "after",
            "at",
            "in",
            "pendant",
            "apres",
            "lors",
            "apos",
        )
        for w in words
    )


def _content_start(text: str, folded: str, cue: Atom, lang: str) -> tuple[int | None, str]:
    """Where the reported content starts after the cue, and which frame it is."""
    p = cue.end
    # skip adverbs/asides between commas: "dijo, sin embargo, que"
    rest = folded[p : p + 120]
    m = re.match(r"^\s*(?:,[^,]{0,40},)?\s*", rest)
    q = p + (m.end() if m else 0)
    # and plain adverbs: "acordaron también crear", "also said that"
    for _ in range(2):
        w = re.match(r"(\w+)\s+", folded[q : q + 30])
        if w and w.group(1) in _ADVERBS:
            q += w.end()
    seg = folded[q : q + 60]
    if re.match(r"(?:off|away)\b", seg):
        return None, ""  # "called off a meeting", "backed away from": not speech
    tail = folded[cue.start : cue.end].rsplit(" ", 1)[-1]
    if " " in folded[cue.start : cue.end] and tail in ("que", "that"):
        return q, tail  # «confió en que Irán cumplirá», "hoped that": the form holds its «que»
    # an addressee: "dijo a Biden que", "pidió a Kiev que", "urged Kyiv to"
    # "said on Monday that", "a déclaré mardi que": an adverbial before the complementiser
    mt = _ADVERBIAL_THAT.get(lang)
    if mt:
        mm = mt.match(folded[q : q + 60])
        if mm:
            return q + mm.end(), "that"
    if lang == "en" and (adv := _TIME_ADVERBIAL.match(folded, q)) is not None:
        # "said on Tuesday there would be no talks": the day, then the clause
        q = adv.end()
        seg = folded[q : q + 60]
    am = _addressee_pattern(lang)
    if am:
        mm = am.match(text[q : q + 80])
        gap = fold(mm.group(0)).replace(",", " ").split() if mm else []
        if (
            gap
            and lang in _NOT_ADDRESSEE
            and (gap[-1] in _NOT_ADDRESSEE[lang][0] or gap[0] in _NOT_ADDRESSEE[lang][1])
        ):
            # «mantuvieron un encuentro bilateral en el que repasaron», «no mantuvieron ninguna
            # reunión desde que …»: an object and a relative or a conjunction, no addressee
            mm = None
        if mm:
            q += mm.end()
            seg = folded[q : q + 60]
    for comp in sorted(_COMPLEMENTISERS.get(lang, []), key=len, reverse=True):
        if comp == "to" and re.match(
            r"to\s+(?:any|the|a|an|its|their|his|her|all|this|that|these|those|our|my)\b", seg
        ):
            continue  # "would respond to any deployment": a complement, not an infinitive
        if (
            comp in _ARTICLE_COMPLEMENTISERS[lang]
            and seg.startswith(comp + " ")
            and not _looks_infinitive(seg[len(comp) + 1 :], lang)
        ):
            continue  # «rejeitaram a proposta»: the article of the object
        if seg.startswith(comp + ","):
            # "afirmó que, ahora que se pacta la paz, defenderá …": what is said follows the
            # aside that opens the clause
            close = text.find(",", q + len(comp) + 1, q + len(comp) + 80)
            if close != -1:
                return close + 1 + len(text[close + 1 :]) - len(text[close + 1 :].lstrip()), comp
            return q + len(comp) + 1, comp
        if seg.startswith(comp + " ") or (comp.endswith("'") and seg.startswith(comp)):
            return q + len(comp) + (0 if comp.endswith("'") else 1), comp
    # colon: content follows
    if seg.startswith(":"):
        return q + 1, "colon"
    # English drops "that": "Blinken said serious differences remained", "said Beijing backed …"
    if (
        lang == "en"
        and cue.payload.act in ("say", "warn", "deny", "announce", "explain", "agree", "promise")
        and seg[:1].isalpha()
    ):
        first = seg.split(" ", 1)[0].strip(",.")
        # "the call, which the Kremlin said lasted two hours": a verb right after the cue is
        # the relative clause's own, not a reported clause with a subject
        if not text[q : q + 1].isupper() and (first.endswith("ed") or first in _FINITE_AFTER_CUE):
            return None, ""
        if (
            first not in _NOT_CLAUSE_START
            and not cue.payload.plural
            and len(seg.split()) >= 3
            and (text[q : q + 1].isupper() or _finite_soon(text, q, lang))
        ):
            return q, "zero-that"
    # a quoted object of a demand, warning or denial: "reclamó «un alto el fuego, ya»",
    # "rejected “any forced displacement”": the words it quotes are what it demands
    if seg[:1] in '«“"‘' and (
        cue.payload.act in ("demand", "warn", "deny", "accuse", "promise")
        # « a salué « un pas important » », "welcomed “a historic step”": a verb that takes an
        # object, with the words it quotes
        or "object" in cue.payload.frames
    ):
        return q, "object"
    # « a accusé Washington d'être seul responsable », «acusou Moscovo de violar»: a named
    # object before the «de» of the verb's frame
    if (
        "de" in cue.payload.frames
        and lang in ("es", "pt", "fr")
        and _NAMED_OBJECT_DE.match(text, q, q + 60)
    ):
        return q, "object"
    # an infinitive or a direct object: a lowercase word that is not punctuation or a quote,
    # or a possessive name ("stressed Germany's determination")
    if seg[:1].isalpha() and (
        text[q : q + 1].islower() or re.match(r"[A-Z][\w.-]*['’]s\s", text[q : q + 40])
    ):
        if _looks_infinitive(seg, lang):
            return q, "infinitive"
        if (
            cue.payload.act
            in (
                "explain",
                "announce",
                "deny",
                "promise",
                "demand",
                "agree",
                "accuse",
                "propose",
                "warn",
            )
            or ("de" in cue.payload.frames and lang in ("es", "pt", "fr"))
            or "object" in cue.payload.frames
        ):
            return q, "object"  # also "calificó la propuesta de «bomba atómica»"
    return None, ""


# an inverted French cue set between commas: « a-t-il fait valoir », « estime-t-elle » (folded)
_INVERTED_CUE = re.compile(r"\s*[\w' ]+-(?:t-)?(?:il|elle)(?:\s+[\w']+){0,2}\s*")


# an English time adverbial right after a cue, before a clause without "that" (folded)
_TIME_ADVERBIAL = re.compile(
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    r"|last\s+(?:week|month|night)|this\s+(?:week|morning|afternoon|evening))\s+"
    r"(?=(?:it|he|she|they|we|there|the|his|her|their|its)\s)"
)


# a capitalised name of up to four words, then «de»/«d'» and a lowercase word
_NAMED_OBJECT_DE = re.compile(
    r"(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w.'’-]*\s+){1,4}(?:de\s+|d['’])[a-zàâçéèêëîïôûùüÿœæáíóúãõ]"
)


_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|its|their|his|her|this|that))\s+$")


def _adjectival(text: str, folded: str, a) -> bool:
    """An English past form after a possessive or a determiner is an adjective, no reporting
    verb ("Israel's threatened ground offensive", "the agreed framework"). (A participle with
    its agent stays: "a change, requested by the U.S." is the U.S.'s.)"""
    word = folded[a.start : a.end]
    if " " in word or not word.endswith("ed"):
        return False
    return bool(_POSSESSIVE_BEFORE.search(folded, max(0, a.start - 12), a.start))


def _finite_soon(text: str, pos: int, lang: str) -> bool:
    """A finite verb within the next words: "said the talks were useful" reports a clause,
    "maintain a political office since 2013", "declared independence" name an object."""
    limit = pos + len(" ".join(text[pos : pos + 90].split()[:9]))
    # "declared martial law in the province and launched an offensive": a verb right after
    # "and" is the cue's own second verb, not the finite verb of a reported clause
    second = _SECOND_VERB.search(text, pos, limit)
    if finite_between(text, lang, pos, second.start() if second else limit):
        return True
    if text[pos:limit].lower().split()[:1] in (["he"], ["she"], ["they"], ["it"], ["we"], ["i"]):
        return True  # "has said he expects …": a pronoun opens the clause
    window = text[pos:limit].lower()
    # "told his counterpart that …", "called the deal “a failure”": a clause or a quoted stance
    return (
        bool(_MODALS.intersection(window.split()))
        or re.search(r"\bthat\b|[“\"«]", window) is not None
    )


_MODALS = grammar_all("modals")

# "… and launched", "…, and then said": a coordinated past verb with no subject of its own
_SECOND_VERB = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?[a-z]+ed\b")


# finite verbs that cannot open a reported clause after "said" ("which he said took place")
_FINITE_AFTER_CUE = grammar_all("finite_after_cue")

_ADVERBS = grammar_all("adverbs")

# words after "said" that do not open a reported clause ("said on Monday", "told reporters")
_NOT_CLAUSE_START = grammar_all("not_clause_start")


@cache
def _according_pronoun(lang: str) -> re.Pattern[str]:
    """The pronoun and comma after an opening "según" («Segundo ele,», "According to her,"):
    speech.toml [according_pronouns], its group named by the gender (m, f)."""
    table = load_lang_file(lang, "speech").get("according_pronouns", {})
    groups = [
        rf"(?P<{g}>{word_alternation(table[g]) if table.get(g) else '(?!)'})" for g in ("m", "f")
    ]
    return re.compile(rf"\s+(?:{'|'.join(groups)})\s*,")


def _according_np_end(
    text: str, folded: str, start: int, sent_end: int, finder, *, relative: bool = True
) -> int | None:
    """Where the NP after a sentence-opening "según"/"according to" closes: its comma, the
    comma closing an apposition ("Según el diputado Luis Florido, miembro de la MUD, …"), or
    with `relative`, the one closing a relative clause after either («Según el embajador
    británico, Matthew Rycroft, cuyo país preparó el borrador, …»)."""
    end = _according_np_comma(text, folded, start, sent_end, finder)
    if relative and end is not None and _NP_RELATIVE.match(folded, end + 1):
        close = text.find(",", end + 1, min(sent_end, end + 120))
        if close != -1:
            return close
    return end


# a relative clause opening right after a comma (folded)
_NP_RELATIVE = re.compile(
    r"\s*(?:"
    + "|".join(w for lang in SUPPORTED_LANGUAGES for w in grammar_list(lang, "np_relatives"))
    + r")\b"
)


def _according_np_comma(text: str, folded: str, start: int, sent_end: int, finder) -> int | None:
    """The comma closing the NP after a sentence-opening "según" (see _according_np_end)."""
    c1 = text.find(",", start, min(sent_end, start + 130))
    if c1 == -1 or len(folded[start:c1].split()) > 16:
        return None
    long_title = len(folded[start:c1].split()) > 9
    c2 = text.find(",", c1 + 1, min(sent_end, c1 + 90))
    if long_title:
        # «Selon le représentant spécial du secrétaire général de l'ONU pour l'Afrique de
        # l'Ouest, Saïd Djinnit, …»: a long title only with the name apposed to it
        names = finder.mention_index.between(c1 + 1, c2) if c2 != -1 else []
        seg = text[c1 + 1 : c2].strip() if c2 != -1 else ""
        if names and text[names[0][0] : names[-1][1]].strip() == seg:
            return c2
        return None
    if c2 != -1:
        seg = text[c1 + 1 : c2].strip()
        names = finder.mention_index.between(c1 + 1, c2)
        # a name in apposition, or a lowercase description ("miembro de la delegación")
        if (names and text[names[0][0] : names[-1][1]].strip() == seg) or (
            finder.mention_index.between(start, c1)
            and seg[:1].islower()
            and len(seg.split()) <= 10
            and not _VERBISH.search(seg)
        ):
            return c2
    return c1 if finder.mention_index.between(start, c1) else None


def _has_marker(folded: str, markers: list[str]) -> bool:
    """Whether any (folded) marker stands in the folded text as whole words."""
    return any(re.search(r"(?<![\w'])" + re.escape(m) + r"(?![\w'])", folded) for m in markers)


_VERBISH = re.compile(r"\b(?:es|son|fue|ha|han|is|are|was|has|have|est|sont|a|ont|é|são|foi)\b")


# a sentence opening with a definite description and nothing else before its verb: "El
# comandante guerrillero", "The veteran diplomat", "Le chef rebelle" (folded)
_DESCRIPTION = re.compile(r"\s*(?:el|la|the|le|o|a)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*")


def _describes_a_person(folded: str, start: int, end: int, titles, person_nouns) -> bool:
    """A singular description of a person: a title ("el mandatario") or a person noun ("el
    comandante guerrillero", "the Wisconsin Republican"); never "the ministers", "el Gobierno"."""
    words = folded[start:end].split()[1:]
    if words and words[-1].endswith("s") and words[-1] not in person_nouns:
        return False  # a plural: "the ministers", "los dirigentes"
    if any(w in person_nouns for w in words):
        return True
    return any(start <= a.start and a.end <= end for a in titles.between(start, end))


@cache
def _adverb_after_pronoun(lang: str) -> re.Pattern | None:
    """An adverb between a subject pronoun and its verb ("he then said", "ella también dijo"):
    `after_pronoun` of `[interposed]` in speech.toml (folded, matched at a position)."""
    words = load_lang_file(lang, "speech").get("interposed", {}).get("after_pronoun", [])
    return re.compile(r"(?:" + word_alternation(words) + r")\s+") if words else None


# object pronouns before a verb («y le pidió», «et lui a demandé», «e lhe pediu»)
_OBJECT_CLITICS = r"(?:le|les|lo|los|la|las|lui|leur|lhe|lhes)"
_CLITIC_AT_END = re.compile(rf"(?:^|\s+){_OBJECT_CLITICS}$")


# a negation before an infinitive («assuré ne pas voir», «aseguró no tener», «disse não ter»)
_INFINITIVE_NEGATION = {
    "fr": re.compile(r"^(?:ne\s+(?:pas|plus|jamais|rien)\s+|n'(?:avoir|être)\b)"),
    "es": re.compile(r"^no\s+"),
    "pt": re.compile(r"^nao\s+"),
}


def _looks_infinitive(seg: str, lang: str) -> bool:
    neg = _INFINITIVE_NEGATION.get(lang)
    m = neg.match(seg) if neg is not None else None
    if m is not None and m.end() < len(seg):
        if seg[m.end() - 1] != " ":
            return True  # «n'avoir», «n'être»
        seg = seg[m.end() :]
    w = seg.split(" ", 1)[0]
    if lang == "en":
        return w == "to"
    endings = _infinitive_endings(lang)
    return bool(endings) and w.endswith(endings)


@cache
def _infinitive_endings(lang: str) -> tuple[str, ...]:
    """The language's infinitive endings (speech.toml [interposed.before_preposition]), folded."""
    cfg = (load_lang_file(lang, "speech").get("interposed") or {}).get("before_preposition") or {}
    return tuple(fold(e) for e in cfg.get("infinitive_endings", []))


# a comma, then a conjunction of time opening a clause ("…, hours after he and Xi agreed")
_TIME_CLAUSE = re.compile(
    r",\s*(?:(?:hours|days|weeks|minutes|just|shortly|only|horas|dias|días|semanas|heures|jours"
    r"|quelques|poco|pouco|pocas|poucas|unas|unos)\s+){0,2}"
    r"(?:after|before|while|as|when|despues de que|antes de que|mientras|cuando|tras|apres que"
    r"|avant que|alors que|lorsque|quand|depois que|antes que|enquanto|quando|apos)\s"
)


def _clause_end(
    text, folded, start, sent_end, cue_starts, according, relatives, negations, auxiliaries=()
) -> int:
    end = sent_end
    # before a second cue introduced by a conjunction: ", y añadió que", "and added that"
    lo = bisect.bisect_right(cue_starts, start)
    hi = bisect.bisect_left(cue_starts, end)
    for c in cue_starts[lo:hi]:
        aux = _WORD.match(folded, c)
        if (
            aux
            and aux.group() in auxiliaries
            and re.search(rf"(?<![\w']){re.escape(aux.group())}(?![\w'])", folded[start:c])
        ):
            continue  # "participants had voiced … but had underlined": the statement's own verb
        if folded[max(start, c - 4) : c].rstrip().endswith(",") and _INSERTED_CUE.match(
            folded, c, end
        ):
            continue  # «un paso que, dijo, contribuirá a …»: an aside inside the statement
        before = folded[max(start, c - 16) : c]
        # «reprochó … y le pidió que»: a clitic pronoun between the conjunction and the cue
        if re.search(
            r"(,\s*|\by\s+|\be\s+|\band\s+|\bet\s+|\bpero\s+|\bbut\s+|\baunque\s+"
            r"|\balthough\s+|\bthough\s+|\bembora\s+)"
            rf"(?:{_OBJECT_CLITICS}\s+)?$",
            before,
        ):
            cut = c
            m = re.search(
                r"(?:,\s*(?:y|e|and|et|pero|but|mas|aunque|although|though|embora)?\s*"
                r"|\s+(?:y|e|and|et|pero|but|aunque|although|though|embora)\s+)"
                rf"(?:{_OBJECT_CLITICS}\s+)?$",
                folded[start:cut],
            )
            end = start + (m.start() if m else cut - start)
            # «…, y su homólogo chino, Tang Jiaxuan, pidió»: the next speaker, named in
            # apposition after the conjunction, is no part of this clause
            ap = _APPOSED_SUBJECT.search(folded, start, end)
            if ap is not None and _CAPITALISED_NAME.search(text, ap.start(), end):
                end = ap.start()
            break
    # a semicolon closes the clause ("… en los próximos días; Tsipras, en cambio, admitió")
    semi = text.find(";", start, end)
    if semi != -1:
        end = semi
    # a colon opening a sentence of its own with its own speaker: «Rusia y China respaldaron
    # la posición francesa: el ministro ruso, Igor Ivanov, afirmó que …»
    colon = text.find(":", start, end)
    if colon != -1:
        for c in cue_starts[
            bisect.bisect_right(cue_starts, colon) : bisect.bisect_left(cue_starts, sent_end)
        ]:
            seg = folded[colon + 1 : c]
            if (
                len(seg) <= 90
                and not re.search(r"[«»“”\"]", seg)
                and not set(re.findall(r"[\w']+", seg)) & _THAT_WORDS
                and re.search(r"[,\s]$", seg)
                and re.search(r"\w", seg)
            ):
                end = colon
            break
    # before a time clause with its own cue: "declared his separation on Thursday, hours after
    # he and Xi agreed to mend ties" (the agreement is a position of its own)
    for c in cue_starts[
        bisect.bisect_right(cue_starts, start) : bisect.bisect_left(cue_starts, end)
    ]:
        m = _TIME_CLAUSE.search(folded, max(start, c - 90), c)
        if m is not None and not re.search(r"[,;:]", folded[m.end() : c]):
            end = min(end, m.start())
            break
    for a in according:
        if start < a.start < end:
            if (
                isinstance(a.payload, tuple)
                and a.payload[1] == "sentence_start"
                and not folded[max(start, a.start - 3) : a.start].rstrip().endswith(",")
            ):
                continue  # "trabajará «sin descanso» para que …": «para» is no «según» here
            if any(
                b.start == a.start
                and isinstance(b.payload, tuple)
                and b.payload[1] == "current_speaker"
                for b in according
            ):
                continue  # "a salué un discours qui, selon lui, …": the speaker's own aside
            nxt = re.match(r"[\w'-]+\s+", folded[a.start : a.start + 20])
            if (
                nxt is not None
                and a.start + nxt.end() in cue_starts
                and _INSERTED_CUE.match(folded, a.start + nxt.end(), end)
            ):
                continue  # «una relación basada, según dijo, en la igualdad»: the speaker's aside
            end = a.start
            break
    # a contrastive clause has its own subject: ", while Moscow's ambassador … denied"
    mc = CONTRAST.search(folded, start, end)
    if mc:
        # a closing mark after the comma belongs to the clause: 'called the exclusions
        # "inexcusable," while …'
        end = mc.start() + (2 if folded[mc.start() + 1] in '"”»’' else 0)
    # ", officials said" / ", dijo el ministro" closing the sentence: not part of the clause
    for c in cue_starts[
        bisect.bisect_right(cue_starts, start) : bisect.bisect_left(cue_starts, end)
    ]:
        comma = folded.rfind(",", start, c)
        if comma == -1 or c - comma > 40:
            continue
        words = folded[comma + 1 : c].split()
        if words and (words[0] in relatives or " ".join(words[:2]) in relatives):
            continue  # «as tréguas, que anunciou a 04 de maio, vão manter-se»: a relative clause
        if any(w in _THAT_WORDS or w[:3] in ("qu'", "qu’") for w in words):
            continue  # «…, mais qu'elle ferait part aux dirigeants»: a second content clause
        if len(words) <= 1 and _INSERTED_CUE.match(folded, c, sent_end):
            continue  # «un paso que, dijo, contribuirá a …»: an aside inside the statement
        if negations & set(words):
            continue  # «el Partido, al que pertenece, antes no admitía»: no attribution is negated
        if words and words[-1] in _ARTICLES_ALL:
            continue  # «Portugal, «…», é sempre um garante»: a noun, not a cue
        if len(words) <= 3 and not re.search(r"[.;:!?]", folded[comma:c]):
            end = min(end, comma)
            break
    # trim trailing punctuation and spaces
    while end > start and text[end - 1] in " ,;:.\n":
        end -= 1
    return end


# a word, apostrophes included (folded)
_WORD = re.compile(r"[\w']+")

# the end of a clause that is the next speaker told in apposition: ", y su homólogo chino,
# Tang Jiaxuan", "and his Chinese counterpart, Wang Yi" (folded; the cue follows)
_APPOSED_SUBJECT = re.compile(
    r",?\s+(?:y|e|and|et|mientras que|while)\s+(?:su|sus|el|la|los|las|his|her|its|their|the"
    r"|son|sa|ses|le|o|a|os|as|seu|sua)\s+[^,.;:«»“”\"]{2,60},\s*[^,.;:«»“”\"]{2,50}$"
)
# the name at the end of that apposition (original text)
_CAPITALISED_NAME = re.compile(
    r",\s*[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈ][\w'’.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈ][\w'’.-]*|de|da|do|dos|del"
    r"|la|al|el|bin|ibn|van|von|der|le))*$"
)


# a one-word cue closed by a comma, the clause going on for three words or more after it
# («que, dijo, contribuirá a consagrar», "which, he said, would open"; folded)
_INSERTED_CUE = re.compile(r"[\w'-]+\s*,\s*(?:[^\s,.;:!?]+\s+){2}[^\s,.;:!?]")


def _opens_clause(folded: str, sent_start: int, pos: int) -> bool:
    before = folded[sent_start:pos].strip()
    return before == "" or bool(
        re.search(
            r"(,|\by|\be|\band|\bpero|\bbut|\bademas|\btambien|\balso|\bluego|\bthen|\bdespues)$",
            before,
        )
    )


# the word before the infinitive a binding verb's object is bound to ("to", «a», « à »), folded
_TO_INFINITIVE = re.compile(r"\s(?:to|a)\s+[^\W\d]")


def _bound_parties(finder, kinds, lo: int, hi: int) -> tuple[str, ...]:
    """The actors a binding verb's object names between `lo` and `hi` ("commits Thabane and
    Metsing to"), or the two a joint phrase there stands for ("commits the two countries to",
    «a ambos gobiernos a»); () when neither."""
    named = []
    for x in finder.mention_index.between(lo, hi):
        if kinds.get(x[2]) in ("person", "country", "organization", "group") and x[2] not in named:
            named.append(x[2])
    if named:
        return tuple(named)
    for js, _je, jp in finder.joint_hits:
        if lo <= js < hi:
            people, n, offices = finder.joint[jp]
            return tuple(finder.last_two(js, people, not people, n, offices))
    return ()
