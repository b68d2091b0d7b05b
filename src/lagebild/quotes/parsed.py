"""Speaker phrases from the dependency parse, when the syntax stage has run.

The token rules find where a speaker phrase starts; the parse says where it ends: the whole noun
phrase of the subject (or of the object of "laut"/"nach"/"zufolge"), with determiners, adjectives,
genitive attributes, prepositional attributes and appositions, but without relative clauses.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.nlp.syntax import agent_of, is_konjunktiv1, subject_of
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.lexicon import load
from lagebild.quotes.phrases import (
    ADVERB_ENDINGS,
    ADVERBS,
    NON_NOMINATIVE,
    PRONOUNS,
    np_right,
)
from lagebild.quotes.phrases import subject as token_subject

# Dependents that open a clause of their own: not part of the speaker phrase.
CLAUSAL = frozenset(("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep", "reparandum"))
MARKER_POS = frozenset(("ADP", "ADV"))
NOMINATIVE_PRONOUNS = frozenset(("er", "ich", "wir"))
FINITE_TAGS = frozenset(("VVFIN", "VAFIN", "VMFIN"))
CIRCUMSTANCE = frozenset(("am", "gegenüber", "unter", "mit", "vor", "nach", "seit", "während"))
PERSON_CIRCUMSTANCE = frozenset(("in", "im", "auf", "aus", "zur", "zum", "bei", "beim"))
DATIVE_ACCUSATIVE = frozenset(("den", "dem", "einen", "einem"))
TOPIC_PREPOSITIONS = frozenset(("zu", "zur", "zum", "über"))
NOT_SPEAKERS = frozenset(("ADV", "ADJ", "NUM", "ADP", "SCONJ", "CCONJ"))


class Parse:
    """Doc token index ↔ spaCy token for a view with a parse."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.tokens = view.spacy or []
        self.index = {t.i: k for k, t in enumerate(self.tokens) if t is not None}

    def token(self, k: int) -> Token | None:
        return self.tokens[k] if 0 <= k < len(self.tokens) else None

    def phrase(self, head: Token, exclude: set[int]) -> list[int]:
        """Doc indices of the noun phrase headed by `head`: its contiguous block, edge punctuation off."""
        case = {self.index[c.i] for c in head.children if c.dep_ == "case" and c.i in self.index}
        found = {self.index[t.i] for t in _phrase_tokens(head) if t.i in self.index} - case  # "von den Behörden"
        start = self.index.get(head.i)
        if start is None or start in exclude:
            return []
        left, right = start, start
        while left - 1 in found and left - 1 not in exclude:
            left -= 1
        while right + 1 in found and right + 1 not in exclude:
            right += 1
        return _trim(self.view, list(range(left, right + 1)))


def _phrase_tokens(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if not _outside_phrase(child):
            out.extend(_phrase_tokens(child))
    return out


def _outside_phrase(child: Token) -> bool:
    """A clause, a conjoined verb, a circumstance or a misattached object; not an article or a name
    before the head."""
    before = child.i < child.head.i  # a sentence-initial "Die" or first name ("Günther Platter") is often parsed as "dep"
    article = before and (child.pos_ == "DET" or child.pos_ == "PROPN" and child.dep_ == "dep")
    if (child.dep_ in CLAUSAL and not article) or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
        return True
    if child.tag_ in FINITE_TAGS:
        return True  # "Rice nannte Shultz …" parsed with "nannte" as an attribute of "Shultz": a finite verb is none
    return _circumstance(child) or _bare_object(child)


def _bare_object(child: Token) -> bool:
    """ "der Randalierer den Fluggast": a noun attached without preposition must be a genitive; one
    opened by a dative or accusative article is an object of the verb the parser misattached."""
    return child.dep_ == "nmod" and not any(c.dep_ == "case" for c in child.children) and any(
        c.dep_ == "det" and c.i < child.i and c.lower_ in DATIVE_ACCUSATIVE for c in child.children)


def _is_person(head: Token) -> bool:
    """A person's name, a noun with a person's name in apposition, or a role noun ("Student", "Sprecher")."""
    if head.ent_type_ == "PER" or any(c.ent_type_ == "PER" and c.dep_ in ("appos", "flat") for c in head.children):
        return True
    return load().speaker_type(head.text) == "PER"


def _circumstance(child: Token) -> bool:
    """Attachments the parser hangs on a speaker that belong to the clause: "am Montag", "gegenüber der
    Presse", "unter Berufung auf …", "mit dem Hinweis …", or the next phrase ("laut Polizei 40 Menschen")."""
    if child.dep_ not in ("nmod", "appos", "obl"):
        return False
    first = child.doc[child.left_edge.i]
    if first.lower_ in PERSON_CIRCUMSTANCE and _is_person(child.head) and child.pos_ == "NOUN" and not child.ent_type_:
        return True  # "X im libanesischen Fernsehen", "der Student auf der Anklagebank": not an attribute of a person
    if first.lower_ in ("in", "im") and child.pos_ == "NOUN" and load().is_source_noun(child.text):
        return True  # "die Reederei in einer Mitteilung": where it was said, not who
    return first.lower_ in CIRCUMSTANCE or (first.pos_ == "NUM" and first.i < child.i and child.i > child.head.i)


def _trim(view: View, span: list[int]) -> list[int]:
    while span and (view.is_punct(span[0]) and not view.is_quote(span[0]) or _is_particle(view, span[0])
                    or view.lower[span[0]] == "sich"):
        span.pop(0)  # "Auch der Minister", "zumal Verteidiger X", "hat sich etwa X": no part of the speaker
    while span and (view.is_punct(span[-1]) and not (view.is_quote(span[-1]) or view.words[span[-1]] == ")")
                    or _is_particle(view, span[-1])):
        span.pop()  # "McCains Kampagne selber dagegen"
    opened = sum(view.words[k] == "(" for k in span) - sum(view.words[k] == ")" for k in span)
    while span and opened < 0 and view.words[span[-1]] == ")":
        span.pop()
        opened += 1
    return span


def _is_particle(view: View, k: int) -> bool:
    """An adverb, conjunction or particle (not a pronoun) at the edge of a speaker phrase."""
    token = view.spacy[k] if view.spacy else None
    return token is not None and token.pos_ in ("ADV", "SCONJ", "CCONJ", "PART") and view.lower[k] not in PRONOUNS


def refine_source(view: View, att: Attribution) -> None:
    """Replace the token rules' speaker phrase by the parsed noun phrase where the parse has one."""
    if not view.spacy or not att.cue:
        return
    parse = Parse(view)
    quoted = att.verb is not None and att.verb.cls == "quote"  # "X wird zitiert": the subject spoke
    if not quoted and _passive_without_agent(parse, att):
        # "Israel wurde aufgefordert, …": the subject is the addressee; the speaker is a "von" phrase
        # the parser attached elsewhere ("wurde die Regierung vom Verband aufgefordert"), or unnamed
        att.source = _von_phrase(view, att)
        return
    head = _source_head(parse, att)
    if head is None:
        return
    taken = set(att.cue) | set(att.message) | set(att.channel)
    phrase = parse.phrase(head, taken)
    if phrase:
        att.source = _merge(parse, att.source, phrase, taken)


ACCUSATIVE_OPENERS = frozenset(("den", "einen", "seinen", "ihren", "diesen", "ihn", "sie"))


def mediated_speaker(view: View, att: Attribution) -> None:
    """ "zitierte die Agentur Tass den Minister X", "X wird von der Agentur zitiert": whom a medium or
    office quotes is the speaker; the one quoting (subject of the active, agent of the passive) is the channel."""
    if att.verb is None or att.verb.cls != "quote" or att.channel or not att.source or not view.spacy:
        return
    parse = Parse(view)
    verb = next((t for t in (parse.token(k) for k in att.cue) if t is not None and t.pos_ == "VERB"), None)
    if verb is None:
        return
    taken = set(att.cue) | set(att.message)
    if _is_passive(parse, parse.index[verb.i], set(att.message)) and agent_of(verb) is None:
        att.channel = _von_phrase(view, att)  # "In der Meldung wird X zitiert": the document carries the words
        return
    if agent_of(verb) is not None:
        subject = subject_of(verb)
        speaker = parse.phrase(subject, taken) if subject is not None and subject.i in parse.index else []
    else:
        speaker = _quoted_object(view, max(att.cue + att.source) + 1, view.sent_range[att.sentence][1], taken)
    if speaker and not set(speaker) & set(att.source):
        att.source, att.channel = speaker, att.source


def _quoted_object(view: View, k: int, end: int, taken: set[int]) -> list[int]:
    """The accusative noun phrase after the verb and its subject ("… den Minister Sergej Lawrow")."""
    while k < end and view.lower[k] in ADVERBS:
        k += 1
    if k >= end or k in taken or view.lower[k] not in ACCUSATIVE_OPENERS:
        return []
    if view.lower[k] in ("ihn", "sie"):
        return [k]
    return [x for x in np_right(view, k, end, appositions=True) if x not in taken]


def _merge(parse: Parse, rules: list[int], phrase: list[int], exclude: set[int]) -> list[int]:
    """The parsed phrase, widened to where the token rules begin or end it when they reach further
    within one phrase: a sentence-initial adjective the parser attached elsewhere ("Südkoreanische
    Vertreter"), an attribute or apposition it attached to the verb ("Angaben des Ombudsmans für
    Menschenrechte")."""
    if rules and rules[0] < phrase[0] and phrase[0] in rules:
        phrase = list(range(rules[0], phrase[0])) + phrase
    if rules and rules[-1] > phrase[-1] and phrase[-1] in rules:
        more = list(range(phrase[-1] + 1, rules[-1] + 1))
        if not any(t is not None and (t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT") for t in map(parse.token, more)):
            phrase = phrase + more  # not over a clause ("X dankte … und ergänzte") nor the predicate ("laut X Arbeiten")
    return [k for k in phrase if k not in exclude]


def _source_head(parse: Parse, att: Attribution) -> Token | None:
    cues = [t for t in (parse.token(k) for k in att.cue) if t is not None]
    verbs = [t for t in cues if t.pos_ in ("VERB", "AUX")]
    pronoun = _pronoun_after(parse, att.cue[0]) if verbs else None
    if pronoun is not None:
        return pronoun
    for verb in verbs:
        agent = agent_of(verb)
        if agent is not None and agent.i in parse.index:  # "Von den Behörden wird angenommen, …"
            return agent
        subject = subject_of(verb)
        if subject is not None and subject.i in parse.index and _plausible_subject(subject):
            return _speaking_prefield(parse, att, verb, subject) or subject
    markers = [t for t in cues if t.pos_ in MARKER_POS and t.dep_ == "case"]
    if markers and not verbs:
        return markers[0].head
    if not verbs and not att.source:
        return _holder(parse, cues)
    return _highest(parse, att.source)


def _speaking_prefield(parse: Parse, att: Attribution, verb: Token, subject: Token) -> Token | None:
    """ "Albrecht Conze, der Direktor …, bezeichnete die Reise als …": when the parser puts the subject
    after the verb but the token rules found a speaker right before it (the first position of the
    clause), the speaker before the verb."""
    if subject.i < verb.i or not att.source or max(att.source) >= min(att.cue):
        return None
    head = _highest(parse, att.source)
    return head if head is not None and _can_speak(parse.view, head) else None


def _holder(parse: Parse, cues: list[Token]) -> Token | None:
    """The subject of the verb whose object a speech noun is ("formulierten die Forscher die Hypothese,
    dass …", "vertritt er die These, …"): who holds the claim."""
    for noun in cues:
        if noun.pos_ == "NOUN" and noun.dep_ == "obj":
            subject = subject_of(noun.head)
            if subject is not None and subject.i in parse.index and _plausible_subject(subject):
                return subject
    return None


def _passive_without_agent(parse: Parse, att: Attribution) -> bool:
    verbs = [k for k in att.cue if (t := parse.token(k)) is not None and t.pos_ == "VERB" and not t.dep_.startswith("aux")]
    message = set(att.message)
    return bool(verbs) and all(_is_passive(parse, k, message) and agent_of(parse.tokens[k]) is None for k in verbs)


def _von_phrase(view: View, att: Attribution) -> list[int]:
    """The noun phrase after "von"/"vom"/"durch" opening the clause or after the finite verb ("Von den
    Behörden wird angenommen", "wurde die Regierung vom Verband aufgefordert"), or a document it was
    said in ("wird in einer Pressemitteilung der Organisation gefordert")."""
    a = view.sent_range[att.sentence][0]
    for k in range(a, max(att.cue)):
        if k in att.message or k in att.cue:
            continue
        agent = (k == a or k > min(att.cue)) and view.lower[k] in ("von", "vom", "durch")
        if agent or view.lower[k] in ("in", "im"):
            phrase = np_right(view, k + 1, max(att.cue), appositions=True)
            if phrase and phrase[0] == k + 1 and (agent or _names_document(view, phrase)):
                return phrase
    return []


def _names_document(view: View, phrase: list[int]) -> bool:
    return any(view.is_cap(k) and view.lex.is_source_noun(view.words[k]) for k in phrase[:3])


def _is_passive(parse: Parse, k: int, message: set[int]) -> bool:
    """A participle with "werden" ("wird angenommen"; the tagger sometimes calls it an infinitive, so a
    speech verb form that is not its infinitive counts too, unlike the future "wird annehmen"). A "werden"
    in the message is not the cue's ("erklärte, die Tiere würden behandelt", misattached by the parser)."""
    verb = parse.tokens[k]
    lemmas = {v.lemma for v in parse.view.verbs(k)}
    participle = verb.tag_ == "VVPP" or bool(lemmas) and parse.view.lower[k] not in lemmas
    return participle and any(c.dep_ in ("aux:pass", "aux") and c.lemma_ == "werden" and parse.index.get(c.i) not in message
                              for c in verb.children)


def _plausible_subject(subject: Token) -> bool:
    """Not "heißt es", nor an adverb, a prepositional phrase or a fronted object the parser took for the
    subject ("Sinngemäß hofft X", "Als Begründung sagte X", "Des Weiteren verwies X")."""
    if subject.lower_ == "es" or subject.pos_ in NOT_SPEAKERS or _fronted_object(subject):
        return False
    if not list(subject.children) and (subject.lower_ in ADVERBS or subject.lower_.endswith(ADVERB_ENDINGS)):
        return False  # "Unmissverständlich sagt das Gericht", "Monatelang haben X abgestritten"
    return not any(c.dep_ in ("case", "mark") for c in subject.children)


def _pronoun_after(parse: Parse, finite: int) -> Token | None:
    """ "Die Tat bezeichnete er als sinnlos": a nominative pronoun right after the finite verb is its
    subject, whatever the parser made of the noun phrase before it."""
    token = parse.token(finite + 1)
    if token is None or parse.view.lower[finite + 1] not in NOMINATIVE_PRONOUNS:
        return None
    return token


def _highest(parse: Parse, source: list[int]) -> Token | None:
    """The source token nearest the root (the head of the phrase the token rules found)."""
    tokens = [t for t in (parse.token(k) for k in source) if t is not None]
    if not tokens:
        return None
    return min(tokens, key=lambda t: len(list(t.ancestors)))


def _roots(parse: Parse, sentence: int) -> list[Token]:
    a, b = parse.view.sent_range[sentence]
    return [t for t in (parse.token(k) for k in range(a, b)) if t is not None and t.dep_ == "ROOT"]


def main_verb_in_konjunktiv1(view: View, sentence: int) -> bool:
    """Whether the main clause of the sentence is in Konjunktiv I ("Dort seien viele verletzt worden.")."""
    if not view.spacy:
        return False
    return any(is_konjunktiv1(t) for t in _roots(Parse(view), sentence))  # a copula hangs on a noun root


def main_subject(view: View, sentence: int) -> list[int]:
    """The subject phrase of the sentence's main clause ("Gegner des Gesetzes" in "Gegner des Gesetzes
    verweisen auf …"): the likely speaker of reported speech in the sentences after it."""
    if not view.spacy:
        return []
    parse = Parse(view)
    for root in _roots(parse, sentence):
        subject = _speaker_of(root) if root.pos_ in ("VERB", "AUX") else None
        if subject is not None and agent_of(root) is None and (
                subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in root.children)):
            continue  # "Er wurde wegen „groben Unfugs“ angezeigt": the one a passive acts on does not speak
        if subject is not None and subject.i in parse.index and _can_speak(view, subject):
            return _before_verb_form(view, parse.phrase(subject, set()))
    return []


def _before_verb_form(view: View, phrase: list[int]) -> list[int]:
    """ "Die Außenministerin Rice nannte Shultz": a phrase ends before a lower-case verb form the parser
    took into it."""
    cut = next((n for n, k in enumerate(phrase) if n and view.words[k][:1].islower() and view.lex.forms.get(view.lower[k])), None)
    return phrase if cut is None else phrase[:cut]


def _speaker_of(verb: Token) -> Token | None:
    """The agent of a passive ("Die Entscheidung wurde vom Verband kritisiert": the Verband), else the subject."""
    agent = agent_of(verb)
    return agent if agent is not None else subject_of(verb)


def _can_speak(view: View, head: Token) -> bool:
    """A person, an organisation or a place (standing for its government), a speaker noun ("Sprecher",
    "Behörden") or a personal pronoun: not "Der Sprengsatz" or "Alle Opfer"."""
    if head.lower_ in ("es", "man"):
        return False
    if head.pos_ == "PRON" or head.ent_type_ in ("PER", "ORG", "LOC", "GPE"):
        return True
    return view.lex.speaker_type(head.text) is not None or view.lex.ends_in("document_noun", head.text)


def colon_speaker(view: View, colon: int) -> list[int]:
    """Who speaks in a quote after a colon: the subject of the main clause before it ("Der Ermittler,
    der …, will … einstellen: „…“"), or the clause itself when it is a bare noun phrase ("Ein Beamter
    der Polizei: „…“", "Koppelin wörtlich: „…“")."""
    a = colon
    while a > view.sent_range[view.sent_of[colon]][0] and view.words[a - 1] not in (":", ";"):
        a -= 1
    end = colon
    while end > a and view.lower[end - 1] in ADVERBS | {"wörtlich", "so"}:
        end -= 1
    bare = np_right(view, a, end, appositions=True)
    if bare and view.lower[bare[0]] not in ("und", "denn", "aber", "doch") and not _verb_between(view, bare[-1] + 1, end):
        topic = next((n for n, k in enumerate(bare) if n and view.lower[k] in TOPIC_PREPOSITIONS), None)
        if topic is not None:  # "Die Kanzlerin zur Lage an der Grenze: „…“": the topic is not the speaker
            return bare[:topic]
        if bare[-1] == end - 1 or view.lower[bare[-1] + 1] in TOPIC_PREPOSITIONS:
            return bare
    if not view.spacy:
        return []
    parse = Parse(view)
    verbs = [t for t in (parse.token(k) for k in range(a, colon)) if t is not None and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: (t.dep_ != "ROOT", t.dep_ in CLAUSAL))
    for verb in verbs:
        subject = subject_of(verb)
        if subject is None or not a <= parse.index.get(subject.i, -1) < colon:
            continue
        if subject.lower_ == "es":  # "In der Erklärung hieß es: …"
            return object_of_preposition(view, a) if view.lower[a] in ("in", "im", "auf") else []
        if _fronted_object(subject):
            subject = _other_argument(parse, verb, subject, a, colon) or subject
        elif not _plausible_subject(subject):  # "Aktuell lässt sie … erklären:": an adverb the parser took for a subject
            subject = _other_argument(parse, verb, subject, a, colon)
            if subject is None:
                continue
        if not _can_speak(view, subject) and not any(view.verbs(k) for k in range(a, colon)):
            return []  # "Seine Zuversicht gründet sich auf …: „…“": the quote goes on from the speaker before
        return [x for x in parse.phrase(subject, set()) if x < colon]
    return token_subject(view, a, parse.index[verbs[0].i], colon)[0] if verbs else []


def _verb_between(view: View, start: int, end: int) -> bool:
    """A verb in the words between a bare noun phrase and the colon: a clause, not "X zur Lage:"."""
    return any(view.spacy is not None and view.spacy[k] is not None and view.spacy[k].pos_ in ("VERB", "AUX")
               for k in range(start, end))


def _fronted_object(subject: Token) -> bool:
    """A "subject" whose article is never nominative ("Den Unmut … brachte X zum Ausdruck", "Des Weiteren"):
    a fronted object or adverbial."""
    return any(c.dep_ in ("det", "dep") and c.i < subject.i and c.lower_ in NON_NOMINATIVE for c in subject.children)


def _other_argument(parse: Parse, verb: Token, subject: Token, a: int, colon: int) -> Token | None:
    """The other subject or object of the verb in the clause: the speaker the parser took for an object."""
    for child in verb.children:
        inside = a <= parse.index.get(child.i, -1) < colon
        if inside and child.i != subject.i and child.dep_ in ("nsubj", "obj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
    return None


def object_of_preposition(view: View, k: int) -> list[int]:
    """The parsed noun phrase governed by the preposition at k ("einer gestern verbreiteten Erklärung")."""
    if not view.spacy:
        return []
    parse = Parse(view)
    token = parse.token(k)
    if token is None or token.dep_ != "case" or token.head.i not in parse.index:
        return []
    return [x for x in parse.phrase(token.head, {k}) if x > k]


def speech_verb_subject(view: View, sentence: int) -> list[int]:
    """The subject of the first active speech verb of the sentence that has a plausible speaker as subject."""
    if not view.spacy:
        return []
    parse = Parse(view)
    a, b = view.sent_range[sentence]
    for k in range(a, b):
        token = parse.token(k)
        if token is None or not view.verbs(k) or (_is_passive(parse, k, set()) and agent_of(token) is None):
            continue  # "Die Behörde wurde auf … hingewiesen": the subject of a passive is spoken to
        subject = _speaker_of(token)
        if subject is not None and subject.i in parse.index and _can_speak(view, subject):
            return parse.phrase(subject, set())
    return []


def passive_speech_act(view: View, sentence: int) -> bool:
    """A speech verb in the passive without an agent ("In einem Schreiben wurden sie auf … hingewiesen"):
    someone else's speech act, its speaker not named."""
    if not view.spacy:
        return False
    parse = Parse(view)
    a, b = view.sent_range[sentence]
    for k in range(a, b):
        token = parse.token(k)
        verbs = view.verbs(k) if token is not None else ()
        if any(not v.particle or view.lower[k].startswith(v.particle) for v in verbs) and _is_passive(parse, k, set()):
            if agent_of(token) is None:
                return True
    return False
