"""Quotes introduced by a speech verb, in the three word orders of German news:

- forward: "X sagte, dass …", "X sagte, die Lage sei …", "X sagte: „…“", "X warf Y vor, … zu haben"
- inverted: "„…“, sagte X." / "Die Lage sei ernst, erklärte X, der Sprecher …"
- "wie"-clause: "Wie die Polizei mitteilte, …" / "…, wie X sagte, …"

and four cue shapes besides a plain verb: naming ("X bezeichnete Y als …", "X sprach von …"),
opinion phrases ("X ist der Meinung, …", "X hält es für möglich, …"), speech nouns ("die Forderung
der Gewerkschaft, …") and a pronoun for the sentence before ("Dies teilte X mit.").
"""

from __future__ import annotations

from collections.abc import Iterator

from lagebild.nlp.syntax import subject_of
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.lexicon import Verb
from lagebild.quotes.phrases import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    GENITIVE,
    MAIN_CLAUSE_CONJUNCTIONS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    is_adjective,
    is_passive,
    np_right,
    subject,
)

BOUNDARIES = frozenset(",:;")
END_PUNCT = frozenset(".!?")
MAX_COMMAS = 3
MAX_WIE_CLAUSE = 30
MAX_PREDICATE = 6  # "einen fairen und tragfähigen Kompromiss"
MAX_MANNER_TAIL = 3  # words between "mit den Worten" and its comma: a particle or "darauf" ("… entgegen, …")
HALTEN = frozenset(("hält", "halten", "hielt", "hielten", "halte"))
ANAPHORS = frozenset(("dies", "das", "dieses"))
# "Da er …, bat er …", "Obwohl …, bestritt er …": a clause of reason, time or condition, not a statement
ADVERBIAL_CLAUSE = frozenset((
    "da", "weil", "obwohl", "obgleich", "während", "falls", "wenn", "nachdem", "als", "bevor", "sobald", "seit", "seitdem", "damit",
))
ADVERBIAL_INFINITIVE = frozenset(("um", "ohne", "statt", "anstatt"))  # "…, um X zu tun": a purpose, not what was said
# words after "…, sagte X," that open a clause about the speaker, not the rest of the statement
RELATIVE_PRONOUNS = frozenset(("der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches"))
CLAUSE_OPENERS = RELATIVE_PRONOUNS | frozenset((
    "was", "wo", "wie", "und", "als", "bevor", "wobei", "weil", "denn", "doch", "aber", "nachdem", "so", "dass",
))
SUBORDINATE_OPENERS = RELATIVE_PRONOUNS | ADVERBIAL_CLAUSE | frozenset(("welche", "welches", "denen", "wenn"))
INFINITIVE_CLASSES = frozenset(("announce", "promise"))  # "hat angekündigt, … zu tun" (also without the comma)
OBJECT_ARTICLES = frozenset(("den", "die", "das", "einen", "eine", "ein"))
ADDRESSEE_WORDS = frozenset(("dem", "der", "ihm", "ihr", "ihnen", "uns", "mir"))  # datives after "nannte"
COURT_WORDS = frozenset(("zu", "zum", "zur", "wegen"))  # "verurteilte X zu einer Haftstrafe / wegen Mordes"
MARKER_WORDS = frozenset(("laut", "zufolge", "gemäß"))
PREDICATE_WORD = {"name": "als", "speak_of": "von"}  # what introduces the message of these classes
EVALUATING = frozenset(("criticise", "praise", "deny"))  # with "als" they name what they judge: "kritisierte X als …"
# Speech acts without reported content count only for demands and accusations ("X forderte den
# Rücktritt", "X warf ihm Betrug vor"): for the other classes ("X begrüßte den Beschluss") a bare
# object is seldom treated as a statement, and about three in four such finds were false on SpkAtt dev.
REPORTED_CLASSES = frozenset(("demand", "accuse"))


class SentenceScan:
    """Finds speech-verb attributions in one sentence; `inside` marks tokens within long quotes."""

    def __init__(self, view: View, sentence: int, inside: list[bool], quote_close: dict[int, int]) -> None:
        self.view = view
        self.sentence = sentence
        self.a, self.b = view.sent_range[sentence]
        self.end = self.b
        while self.end > self.a and view.words[self.end - 1] in END_PUNCT:
            self.end -= 1
        self.inside = inside
        self.opener_of = {close: open_ for open_, close in quote_close.items()}
        self.quote_close = quote_close
        self.used: set[int] = set()

    def run(self) -> list[Attribution]:
        found: list[Attribution] = []
        used = self.used
        for i in range(self.a, self.end):
            if self.inside[i] or i in used:
                continue
            for attribution in self._attributions(i):
                if attribution:
                    found.append(attribution)
                    used.update(attribution.cue + attribution.message)
                    break
        return found

    def _attributions(self, i: int) -> Iterator[Attribution | None]:
        """Candidate attributions at token i, lazily: speech verbs, then opinion phrases."""
        for verb in self.view.verbs(i):
            yield self._match(i, verb)
        cue = self._opinion_cue(i)
        if cue:
            verb = self.view.lex.lemmas["meinen"]
            yield self._forward(i, cue, verb) or self._inverted(i, cue, verb)
        yield self._manner_cue(i)
        yield self._noun_cue(i)

    def _manner_cue(self, i: int) -> Attribution | None:
        """ "Er trat dem Vorwurf mit den Worten entgegen, das Gericht sei …", "begründete X mit dem Hinweis
        darauf, dass …": a "mit"-phrase of a speech noun (word list `manner_noun`) makes any verb a speech
        act; the verb's subject said what follows the comma (see `_governing_verb`)."""
        view = self.view
        if view.lower[i] != "mit" or i + 2 >= self.end or view.lower[i + 1] not in DETERMINERS:
            return None
        if not view.lex.word_in("manner_noun", view.lower[i + 2]):
            return None
        comma = self._clause_end(i)
        if comma >= self.end - 1 or view.words[comma] != "," or comma - (i + 3) > MAX_MANNER_TAIL:
            return None
        if comma + 1 in self.used or not self._opens_message(comma + 1, None):
            return None
        verb = self._governing_verb(i + 2)
        if verb is None or view.verbs(verb):
            return None  # a speech verb is a cue of its own ("wird von X mit den Worten zitiert")
        source, finite = subject(view, self._clause_start(verb), verb, i)
        message = list(range(comma + 1, self._message_stop(comma + 1)))
        cue = [i, i + 1, i + 2] + ([finite] if finite != verb else []) + [verb]
        return self._make(message, cue, source, view.lex.lemmas["sagen"])

    def _governing_verb(self, k: int) -> int | None:
        """The verb a noun hangs off in the parse (through misattached nouns: "das Sondertribunal mit
        dem Hinweis"), as a document index within the sentence."""
        token = self.view.spacy[k] if self.view.spacy else None
        for _ in range(4):
            if token is None or token.head is token:
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                spacy = self.view.spacy
                return next((x for x in range(self.a, self.end) if (t := spacy[x]) is not None and t.i == token.i), None)
        return None

    def _noun_cue(self, i: int) -> Attribution | None:
        """ "die Forderung der Gewerkschaft, die Löhne zu erhöhen", "seine Behauptung, dass …": a speech
        noun, its genitive or possessive speaker, a comma and a reported clause up to the next comma."""
        view = self.view
        token = view.spacy[i] if view.spacy else None
        if not view.is_cap(i) or (token is not None and token.pos_ != "NOUN") or not view.lex.is_speech_noun(view.words[i]):
            return None
        cue = [i - 1, i] if i > self.a and view.lower[i - 1] in DETERMINERS else [i]
        source = [i - 1] if i > self.a and view.lower[i - 1] in POSSESSIVES else []
        comma = i + 1
        if comma < self.end and view.lower[comma] in GENITIVE:
            source = np_right(view, comma, self.end)
            comma = max(source, default=i) + 1
        if comma + 1 >= self.end or view.words[comma] != "," or view.lower[comma + 1] == "weil":
            return None
        if not self._opens_message(comma + 1, None):
            return None
        message = list(range(comma + 1, self._clause_end(comma + 1)))
        return Attribution("indirect", message, self.sentence, cue, source)

    def _opinion_cue(self, i: int) -> list[int]:
        """'ist der Meinung', 'sind der gegenteiligen Auffassung', 'vertritt die Ansicht' (a verb,
        an article, adjectives and an opinion noun); 'hält es für möglich'."""
        lex, lower = self.view.lex, self.view.lower
        if lower[i] in HALTEN and i + 1 < self.end and lower[i + 1] == "es":
            k = i + 2
            while k < self.end and lower[k] in ADVERBS:  # "hält es jedoch für möglich"
                k += 1
            return [i, i + 1, k, k + 1] if k + 1 < self.end and lower[k] == "für" else []
        if not lex.word_in("opinion_verb", lower[i]):
            return []
        if i + 1 < self.end and self.view.words[i + 1] in BOUNDARIES:
            return self._opinion_cue_before(i)
        article = i + 1
        while article < self.end and lower[article] in ADVERBS:  # "sind jedoch der gegenteiligen Auffassung"
            article += 1
        if article + 1 >= self.end or lower[article] not in ("der", "die"):
            return []
        k = article + 1
        while k < self.end - 1 and is_adjective(self.view, k):
            k += 1
        return [i, *range(article, k + 1)] if lex.word_in("opinion_noun", lower[k]) else []

    def _opinion_cue_before(self, i: int) -> list[int]:
        """ "X hatte die These vertreten, …", "weil er der Meinung ist, dass …": the opinion noun before a
        clause-final verb, after the subject (not "Die Ansicht ist, …")."""
        lower, k = self.view.lower, i - 1
        if k <= self.a or not self.view.lex.word_in("opinion_noun", lower[k]):
            return []
        article = k - 1
        while article > self.a and is_adjective(self.view, article):
            article -= 1
        if lower[article] not in ("der", "die") or article <= self._clause_start(i):
            return []
        return [*range(article, k + 1), i]

    def _match(self, i: int, verb: Verb) -> Attribution | None:
        view = self.view
        reflexive = i + 1 < self.end and view.lower[i + 1] == "sich"  # "äußerte sich": both words are the cue
        if verb.cls == "stance" and not reflexive:
            return None
        cue = [i, i + 1] if reflexive else [i]
        if verb.cls in PREDICATE_WORD:
            return self._naming(i, cue, verb)
        if verb.lemma == "verurteilen" and self._sentence_of_court(i):
            return None
        if verb.particle and not view.lower[i].startswith(verb.particle):
            particle = self._particle(i, verb.particle)
            if particle is None:
                return None
            cue.append(particle)
        opener = self.opener_of.get(i - 2) if i > self.a and self.view.words[i - 1] == "," else None
        if opener is not None and (opener <= self.a or self.view.words[opener - 1] in (":", ";")):
            # "„…“, schrieb X, die … könne": after a quote that opens the sentence the cue is inverted,
            # whatever clause follows its speaker
            return self._inverted(i, cue, verb) or self._forward(i, cue, verb) or self._reported(i, verb)
        return (self._wie(i, cue, verb) or self._anaphoric(i, cue, verb) or self._infinitive_after(i, cue, verb)
                or self._forward(i, cue, verb)
                or self._inverted(i, cue, verb) or self._quoted_passive(i, cue, verb) or self._evaluation(i, cue, verb)
                or self._report_of(i, cue, verb) or self._reported(i, verb))

    def _sentence_of_court(self, i: int) -> bool:
        """ "Das Gericht verurteilte ihn als Mittäter zu zehn Jahren Haft", "wurde wegen Betrugs verurteilt":
        "verurteilen" with a penalty or a charge in its clause sentences someone; it condemns only without."""
        clause = range(self._clause_start(i), self._clause_end(i))
        return any(self.view.lower[k] in COURT_WORDS for k in clause)

    def _evaluation(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """ "X kritisierte den Anschlag als barbarische Tat", "lobte die Einigung als Durchbruch", "wies den
        Vorwurf als haltlos zurück": a verb of criticism, praise or denial with "als" names its object like
        "bezeichnete … als"."""
        if verb.cls not in EVALUATING:
            return None
        return self._naming(i, cue, verb, "als")

    def _report_of(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """ "Andere Medien berichten von 13 Passagieren": "berichten von" names what was reported, like
        "sprach von"; not the "von" of the speaker phrase ("berichtete ein Sprecher von Siemens")."""
        if verb.lemma != "berichten":
            return None
        found = self._naming(i, cue, verb, "von")
        return found if found is not None and not set(found.cue) & set(found.source) and found.source else None

    def _quoted_passive(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """ "„…“, wird der Minister in der Zeitung zitiert.": the one quoted is the subject of the passive."""
        view = self.view
        if verb.cls != "quote" or i + 1 < self.end:
            return None
        comma = next((k for k in range(i - 1, self.a, -1) if view.words[k] == ","), None)
        if comma is None or view.lower[comma + 1] not in ("wird", "wurde", "werden", "wurden"):
            return None
        source = np_right(view, comma + 2, i, appositions=True)
        message = list(range(self._message_start(comma), comma))
        if not source or not message or not self._is_clause(message):
            return None
        return self._make(message, [comma + 1, *cue], source, verb)

    def _anaphoric(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """'Dies teilte die Polizei mit.': the message is the sentence before, and the pronoun."""
        view, a = self.view, self.a
        if self.sentence == 0 or view.lower[a] not in ANAPHORS or a + 1 >= self.end:
            return None
        if not (i == a + 1 or view.lower[a + 1] in AUXILIARIES) or any(view.is_quote(k) for k in range(a, i)):
            return None  # "Das sind Terroristen“, sagte X": not "Das hat X gesagt"
        if any(view.words[k] == "," or view.lower[k] in MAIN_CLAUSE_CONJUNCTIONS for k in range(a + 2, i)):
            return None  # "Dies war nicht der erste Streit und die Anwohner befürchten, …": a clause of its own
        if view.doc.sentences[self.sentence - 1].kind == "heading":
            return None
        previous = view.sent_range[self.sentence - 1]
        source, finite = subject(view, a, i, self.end)
        if source == [a] or not (source or view.spacy):  # with a parse, the speaker is found later
            return None
        return self._make([*range(*previous), a], sorted({finite, *cue}), source, verb)

    def _naming(self, i: int, cue: list[int], verb: Verb, word: str = "") -> Attribution | None:
        """'X bezeichnete den Plan als „Fehler“', 'X sprach von einem Skandal', 'X nannte ihn „mutig“':
        the message is what the speaker called it ('als' may come before a clause-final verb: 'hat ihn als
        Fehler bezeichnet'); without 'als'/'von' only a quote in the clause, or the second object of
        'nannte' ("nannte den Beschluss einen Kompromiss"), counts. `word` replaces the class's 'als'/'von'."""
        view = self.view
        if verb.cls == "speak_of" and i + 1 in cue:  # "sprach sich für … aus": another verb
            return None
        stop = self._clause_end(i)
        word = word or PREDICATE_WORD[verb.cls]
        at = next((k for k in range(i + 1, stop) if view.lower[k] == word), None)
        if verb.cls == "speak_of" and at is not None and "über" in view.lower[i + 1:at]:
            return None  # "sprachen über den Austausch von Gefangenen": a topic, not what was said
        first = self._clause_start(i)
        if at is not None:
            message, cue = list(range(at + 1, stop)), [*cue, at]
        elif view.lower[first] == word and first + 1 < i:  # "Als „Fehler“ bezeichnete X den Plan"
            message, cue = list(range(first + 1, i)), [*cue, first]
        elif word == "als" and (before := self._als_before_final_verb(first, i, stop)) is not None:
            message, cue = list(range(before + 1, i)), [*cue, before]  # "wurde von X als rückschrittlich kritisiert"
        elif verb.cls == "name" and word == "als":
            opener = next((k for k in range(i + 1, stop) if k in self.quote_close), None)
            message = list(range(opener, self.quote_close[opener] + 1)) if opener is not None else []
            message = message or self._predicate(i, stop)
        else:
            return None
        if not message:
            return None
        source, finite = subject(view, self._clause_start(i), i, stop)
        if source and view.lower[source[0]] == "man":  # "Dies nennt man …": a definition, not a quote
            return None
        return self._make(message, sorted({finite, *cue}), source, verb)

    def _predicate(self, i: int, stop: int) -> list[int]:
        """ "X nannte den Beschluss einen fairen Kompromiss", "nannte das Treffen konstruktiv": after the
        object, a second noun phrase or an adjective that ends the clause is what it was called."""
        view = self.view
        if not view.spacy or view.lower[i] not in view.lex.words["naming_form"]:
            return []
        if i + 1 < stop and view.lower[i + 1] in ADDRESSEE_WORDS:
            return []  # "nannte der Zeitung einen Termin": whom it was told, then what
        named = np_right(view, i + 1, stop)
        rest = list(range(max(named) + 1, stop)) if named else []
        if not rest or len(rest) > MAX_PREDICATE or view.lower[rest[0]] in PREPOSITIONS | ADVERBS:
            return []
        last = view.spacy[rest[-1]]
        verbal = any(view.spacy[k] is not None and view.spacy[k].pos_ in ("VERB", "AUX") for k in rest)
        return rest if last is not None and last.pos_ in ("NOUN", "ADJ") and not verbal else []

    def _als_before_final_verb(self, first: int, i: int, stop: int) -> int | None:
        """The "als" of a clause whose cue verb comes last, after the finite verb ("X hat den Plan als Fehler
        bezeichnet"): the last "als" between them."""
        view = self.view
        if any(not (view.lower[k] in AUXILIARIES or view.is_punct(k)) for k in range(i + 1, stop)):
            return None
        finite = next((k for k in range(first, i) if _is_verb(view, k)), None)
        at = next((k for k in range(i - 1, first, -1) if view.lower[k] == "als"), None)
        if finite is None or at is None or not finite < at < i - 1 or self._object_after(at + 2, i):
            return None
        return at

    def _object_after(self, start: int, stop: int) -> bool:
        """ "Er hat als Vorsitzender den Plan kritisiert": an article of an object after the "als"-phrase
        (not after a preposition, as in "als Verstoß gegen das Recht") makes it a role, not the judgement."""
        view = self.view
        return any(view.lower[k] in OBJECT_ARTICLES and view.lower[k - 1] not in PREPOSITIONS for k in range(start, stop))

    def _clause_end(self, i: int) -> int:
        j = i
        while j < self.end and self.view.words[j] not in BOUNDARIES:
            j = self.quote_close.get(j, j) + 1
        return j

    def _particle(self, i: int, particle: str) -> int | None:
        if i > self.a and self.view.lower[i - 1] == particle:  # verb-final: "wie X bekannt gab"
            return i - 1
        start = i + 1
        for _ in range(MAX_COMMAS):  # past an apposition: "gab X, Leiter der Polizei, bekannt, dass …"
            stop = self._clause_end(start)
            for j in range(start, stop):
                if self.view.lower[j] == particle and self._ends_clause(j + 1):
                    return j
            if stop + 1 >= self.end or self._opens_message(stop + 1, None):
                break
            start = stop + 1
        last = self.end - 1  # "Dies teilte X, Sprecher der Polizei, mit."
        return last if last > i and self.view.lower[last] == particle else None

    def _ends_clause(self, k: int) -> bool:
        """A separable particle closes its clause ("ging … davon aus, dass"); "ging X aus Finnland" is a preposition."""
        view = self.view
        return k >= self.end or (view.is_punct(k) and view.words[k] != "(") or view.lower[k] in ("und", "oder", "sowie")

    def _forward(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        view = self.view
        j = self._clause_end(max(cue))
        for _ in range(MAX_COMMAS):
            if j >= self.end - 1:
                return None
            start = j + 1
            if view.words[j] == ":" or self._opens_message(start, verb):
                break
            j = self._clause_end(start)
        else:
            return None
        stop = self._message_stop(start)
        if view.words[j] == ":":  # "X bestritt die Vorwürfe: Sie hätten …, sagte er.": the message ends before "sagte"
            comma = next((k for k in range(start + 1, stop - 1) if self._inverted_cue(k)), None)
            stop, cue = (stop, cue) if comma is None else (comma, [*cue, *self._inverted_cue(comma)])
        stop = self._main_clause_stop(i, start, stop)
        message = list(range(start, stop))
        source, finite = subject(view, self._clause_start(i), i, j)
        if finite != i:
            cue = sorted({finite, *cue})
        return self._make(message, cue, source, verb)

    def _infinitive_after(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """ "X hat angekündigt die Preise zu erhöhen": an announcement or promise in the perfect, followed
        without a comma (as the spelling rules allow) by a clause that ends in a zu-infinitive."""
        view, start = self.view, max(cue) + 1
        if verb.cls not in INFINITIVE_CLASSES or start >= self.end or view.words[start] in BOUNDARIES:
            return None
        first = self._clause_start(i)
        if not any(view.lower[k] in AUXILIARIES for k in range(first, i)) or view.lower[start] in ADVERBIAL_INFINITIVE:
            return None
        stop = self._clause_end(start)
        if stop - start < 2 or not any(_zu_infinitive(view, k) for k in (stop - 2, stop - 1)):
            return None
        source, finite = subject(view, first, i, stop)
        return self._make(list(range(start, stop)), sorted({finite, *cue}), source, verb) if source else None

    def _main_clause_stop(self, i: int, start: int, stop: int) -> int:
        """ "Während X erklärte, aufgeregt zu sein, räumte Y ein, …": a cue in a clause opened by a
        subordinating conjunction reports only up to the comma before the main clause's verb."""
        view = self.view
        if view.lower[self._clause_start(i)] not in ADVERBIAL_CLAUSE:
            return stop
        return next((k for k in range(start + 1, stop - 1) if view.words[k] == ","
                     and view.words[k + 1][:1].islower() and _is_verb(view, k + 1)), stop)

    def _inverted_cue(self, comma: int) -> list[int]:
        """ "…, sagte er am Freitag": after a comma a speech verb in lower case (the cue, with its particle)
        and a speaker, then the end, a circumstance or an addressee (not "…, stelle ich keinen Unterschied fest")."""
        view, k = self.view, comma + 1
        verbs = view.verbs(k) if view.words[comma] == "," and view.words[k][:1].islower() else ()
        first = k + 1
        while first < self.end and view.lower[first] in ADVERBS:
            first += 1
        speaker = np_right(view, first, self.end, appositions=True) if verbs else []
        if not speaker:
            return []
        after = max(speaker) + 1
        for verb in verbs:
            if not verb.particle or view.lower[k].startswith(verb.particle):
                cue = [k]
                break
            if after < self.end and view.lower[after] == verb.particle:
                cue, after = [k, after], after + 1
                break
        else:
            return []  # the particle further on: a clause of its own
        return cue if after >= self.end or view.lower[after] in PREPOSITIONS | {"der", "dem", "den"} else []

    def _message_stop(self, start: int) -> int:
        """End of the message: the sentence end, or the closing mark of a quote it opens."""
        close = self.quote_close.get(start)
        return max(self.end, close + 1) if close is not None else self.end

    def _opens_message(self, k: int, verb: Verb | None) -> bool:
        view = self.view
        if view.lower[k] in view.lex.words["complementizer"] and view.lower[k] not in ("wie", "wo", "was", "wer"):
            return True
        if view.lower[k] == "wie" and verb is not None and verb.cls == "report":
            return True  # "Zeugen berichteten, wie der Täter …": what was reported
        if view.is_quote(k) and k in self.quote_close:
            return True
        segment = range(k, self._clause_end(k))
        if any(view.is_subjunctive(x, after_cue=True) for x in segment) or self._hearsay_clause(k, segment):
            return True
        return view.lower[k] not in ADVERBIAL_INFINITIVE and any(_zu_infinitive(view, x) for x in segment)

    def _hearsay_clause(self, k: int, segment: range) -> bool:
        """ "berichtete, 200 Mitarbeiter sollen entlassen werden": a main clause with hearsay "soll" (not a
        relative or adverbial clause: "…, der … geführt haben soll")."""
        view = self.view
        opener = view.lower[k] in SUBORDINATE_OPENERS | PREPOSITIONS
        return not opener and any(view.lower[x] in ("soll", "sollen") for x in segment[1:])

    def _clause_start(self, i: int) -> int:
        """Where the clause of the cue begins: the sentence start, or after a colon or semicolon."""
        k = i - 1
        while k > self.a and self.view.words[k] not in (":", ";"):
            k -= 1
        return k + 1 if self.view.words[k] in (":", ";") else self.a

    def _inverted(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """'„…“, sagte X.' and 'Die Lage sei ernst, erklärte X.'"""
        view = self.view
        stop = i if self._closes_sentence_quote(i - 1) else i - 1  # the comma, or none after "?“"
        if stop == i - 1 and (i - 1 <= self.a or view.words[i - 1] != ","):
            return None
        first = i + 1
        channel: list[int] = []
        source: list[int]
        if verb.cls == "quote" and first < self.end and view.lower[first] in OBJECT_PRONOUNS:
            source, channel = [first], np_right(view, first + 1, self.end, appositions=True)
        else:
            while first < self.end and (view.lower[first] in ADVERBS or view.lower[first] == "sich"):
                first += 1
            source = np_right(view, first, self.end, appositions=True) or self._parsed_subject_after(i, first)
        if not source:
            return None
        start = self.opener_of[stop - 1] if stop == i else self._message_start(stop)
        message = [k for k in range(start, stop)]
        adverbial = view.lower[message[0]] in ADVERBIAL_CLAUSE and "," not in view.words[message[0] : i - 1]
        if not self._is_clause(message) or adverbial or self._is_relative_np(message):
            return None  # "Da er krank war, bat er …" (not "Wenn …, bedeute das …, sagte er")
        message += continuation(view, max(source + channel) + 1, self.end)
        return self._make(message, cue, source, verb, channel)

    def _parsed_subject_after(self, i: int, first: int) -> list[int]:
        """ "…“, schrieb die in New York geborene Lopez": the words from `first` to the subject the parser
        gives the verb (or the noun it calls its object, as after a quote it often does), when they hold no
        punctuation (an extended attribute the token rules do not read)."""
        token = self.view.spacy[i] if self.view.spacy else None
        if token is None:
            return []
        objects = [c for c in token.children if c.dep_ == "obj" and c.i > token.i]
        subject = subject_of(token) or (objects[0] if objects else None)  # after a quote, often parsed as object
        if subject is None:
            return []
        k = next((x for x in range(first, self.end) if (t := self.view.spacy[x]) is not None and t.i == subject.i), None)
        span = list(range(first, k + 1)) if k is not None else []
        return [] if any(self.view.is_punct(x) for x in span) else span

    def _closes_sentence_quote(self, k: int) -> bool:
        """ "„Wozu gibt es die Organisation noch?“ fragen sich Experten.": a quote that ends in its own
        sentence punctuation, followed by the inverted cue in lower case without a comma."""
        view = self.view
        return k > 0 and k in self.opener_of and view.words[k + 1][:1].islower() and view.words[k - 1] in END_PUNCT

    def _is_clause(self, tokens: list[int]) -> bool:
        """Whether the words before an inverted cue say something: a quote or, with a parse, a clause
        with a verb (not a noun phrase, as in "Der Vorsitzende, X, warf der Partei … vor")."""
        view = self.view
        if not view.spacy or any(view.is_quote(k) for k in tokens):
            return True
        return any(view.spacy[k] is not None and view.spacy[k].pos_ in ("VERB", "AUX") for k in tokens)

    def _is_relative_np(self, tokens: list[int]) -> bool:
        """A noun phrase and its relative clause ("Hubert Primus, der … verantwortlich ist, wies den
        Vorwurf zurück"): the subject of the cue verb, not what was said."""
        view = self.view
        commas = [k for k in tokens if view.words[k] == ","]
        if not commas or commas[-1] + 1 > tokens[-1] or view.lower[commas[-1] + 1] not in RELATIVE_PRONOUNS:
            return False
        if len(commas) == 1:
            return np_right(view, tokens[0], commas[0]) == list(range(tokens[0], commas[0]))
        # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": with an apposition
        return np_right(view, tokens[0], commas[-1], appositions=True) == list(range(tokens[0], commas[-1]))

    def _message_start(self, comma: int) -> int:
        """The sentence start (after a colon: "X widersprach: Die Zahlen seien falsch, fügte sie hinzu"),
        or the opening mark of a quote that closes before the comma."""
        if comma - 1 in self.opener_of:
            return min(self.opener_of[comma - 1], self.a)
        return self._clause_start(comma)

    def _wie(self, i: int, cue: list[int], verb: Verb) -> Attribution | None:
        """'Wie die Polizei mitteilte, …': the wie-clause ends right after the verb."""
        view = self.view
        k = i - 1
        while k >= max(self.a, i - MAX_WIE_CLAUSE) and view.words[k] not in (":", ";") and view.lower[k] != "wie":
            k -= 1
        if k < self.a or view.lower[k] != "wie" or (k > self.a and view.words[k - 1] != ","):
            return None
        stop = self._clause_end(i)
        if stop >= self.end and not self._final_wie(k, i):
            return None
        clause = set(range(k, stop + 1)) | ({k - 1} if k > self.a else set())
        message = [x for x in range(self.a, self.end) if x not in clause]
        first = k + 1 + (view.lower[k + 1] in ("aus", "von", "vom"))  # "wie aus einer Mitteilung hervorgeht"
        source = np_right(view, first, i, appositions=True) or [
            x for x in range(k + 1, i) if not view.is_punct(x) and view.lower[x] not in ADVERBS]
        return self._make(message, [k, *cue], source, verb)

    def _final_wie(self, k: int, i: int) -> bool:
        """ "Die Chemikalie stand unter Druck, wie X, Chef der Firma, mitteilte.": a wie-clause that ends the
        sentence with its verb reports the clause before; no other verb between "wie" and the cue (not "…,
        wie es die Festlandschinesen sprechen, sie wären … angeheuert worden"). After a marker ("laut X …,
        wie die Zeitung schreibt") the clause names the marker's source again: the marker reports it."""
        last = i + 1 if i + 1 < self.end and i + 1 in self.used else i
        if k == self.a or last != self.end - 1 or any(self.view.lower[x] in MARKER_WORDS for x in range(self.a, k)):
            return False
        return not any(_is_verb(self.view, x) for x in range(k + 1, i))

    def _reported(self, i: int, verb: Verb) -> Attribution | None:
        """A speech act without reported content ("X forderte den Rücktritt"): the clause is the message."""
        if verb.cls not in REPORTED_CLASSES or not self._has_object(i) or self._claims_lives(i, verb):
            return None
        if verb.lemma == "aufrufen" and not self._zu_phrase():
            return None  # "haben die Seite aufgerufen": called up, not called for
        source, finite = subject(self.view, self._clause_start(i), i, self.end)
        if source and self.view.lower[source[0]] in ("es", "man") or not (source or is_passive(self.view, finite, i)):
            return None  # "Ihm wird Betrug vorgeworfen": an allegation of no named speaker
        # "…, und UNICEF rief … auf": a coordinated main clause
        coordinated = bool(source) and source[0] - 2 > self.a and self.view.words[source[0] - 2] == ","
        start = source[0] - 1 if coordinated and self.view.lower[source[0] - 1] in MAIN_CLAUSE_CONJUNCTIONS else self.a
        return Attribution("reported", list(range(start, self.b)), self.sentence, [], source, [], verb)

    def _zu_phrase(self) -> bool:
        """What someone calls for: "zu"/"zum"/"zur" or a zu-infinitive ("durchzusetzen") in the sentence."""
        lower = self.view.lower
        return any(lower[k] in ("zu", "zum", "zur") or ("zu" in lower[k][2:] and lower[k].endswith("en"))
                   for k in range(self.a, self.end))

    def _claims_lives(self, i: int, verb: Verb) -> bool:
        """ "Das Unglück forderte 92 Menschenleben", "Acht Tote forderte der Anschlag" (the fronted object
        often parsed as the subject): dead and injured as the object of "fordern" are what an event cost,
        not what someone demanded."""
        token = self.view.spacy[i] if self.view.spacy else None
        if token is None or verb.lemma != "fordern":
            return False
        arguments = [c for c in token.children if c.dep_ in ("obj", "nsubj")]
        late = any(c.i > token.i and c.dep_ == "nsubj" for c in arguments)  # a subject after it: the one before is the object
        objects = [c for c in arguments if c.dep_ == "obj" or late and c.i < token.i]
        return any(self.view.lex.ends_in("casualty_noun", c.text) for c in objects)

    def _has_object(self, i: int) -> bool:
        """What is demanded or alleged: a direct object ("forderte den Rücktritt"), not a "zu"-phrase
        ("rief zu einer Kundgebung auf"); without a parse, assumed."""
        token = self.view.spacy[i] if self.view.spacy else None
        return token is None or any(c.dep_ == "obj" for c in token.children)

    def _make(self, message: list[int], cue: list[int], source: list[int], verb: Verb,
              channel: list[int] | None = None) -> Attribution | None:
        message = [k for k in message if k not in cue]
        if not message:
            return None
        kind = "direct" if self._is_direct(message) else "indirect"
        return Attribution(kind, message, self.sentence, sorted(cue), source, channel or [], verb)

    def _is_direct(self, message: list[int]) -> bool:
        close = self.quote_close.get(message[0])
        return close is not None and close >= message[-1] - 1


def continuation(view: View, after: int, end: int) -> list[int]:
    """The rest of a statement an inverted cue interrupts ("Die Lage, sagte er, sei ernst", "„In
    absehbarer Zeit“, so X, „wird …“"): what follows the comma after the speaker (token `after` on) when
    it goes on with a verb, a quote, a lower-case word or the subjunctive; not a relative or adverbial
    clause about the speaker."""
    comma = after
    while comma < end and view.words[comma] != "," and not _is_verb(view, comma) and not view.is_quote(comma):
        comma += 1  # past circumstances: "sagte er in einem Interview, …"
    if comma + 1 >= end or view.words[comma] != ",":
        return []
    first = comma + 1
    if view.lower[first] in CLAUSE_OPENERS | ADVERBIAL_CLAUSE | ADVERBIAL_INFINITIVE:
        return []
    rest = list(range(first, end))
    goes_on = _is_verb(view, first) or view.is_quote(first) or view.words[first][:1].islower()
    return rest if goes_on or any(view.is_subjunctive(k, strict=True) for k in rest) else []


def _is_verb(view: View, k: int) -> bool:
    token = view.spacy[k] if view.spacy else None
    return token is not None and token.pos_ in ("VERB", "AUX")


def _zu_infinitive(view: View, k: int) -> bool:
    """'zu haben', 'auszubauen': a zu-infinitive clause (what someone is accused of or asked to do)."""
    low = view.lower[k]
    if low == "zu" and k + 1 < len(view.lower) and (view.lower[k + 1].endswith(("en", "ern", "eln")) or _is_verb(view, k + 1)):
        return True  # "zu sein", "zu tun": by the parse
    prefixes = view.lex.words["separable_prefix"] | view.lex.particles
    return low.endswith("en") and any(low.startswith(p + "zu") and len(low) > len(p) + 4 for p in prefixes)
