"""What the quote finders share: a token view of the document and the attribution record.

Finders work on token indices into `Document.tokens`; an `Attribution` keeps the cue, source
and message as token index lists (the message may be discontinuous: "Ein Tatverdacht bestehe
nach Angaben der Bundesanwaltschaft nicht mehr"), which is what the SpkAtt scorer needs too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from lagebild.model import Document
from lagebild.nlp.syntax import is_konjunktiv1, parse_of_tokens
from lagebild.quotes.lexicon import Lexicon, Verb, load

PUNCT = frozenset(".,;:!?()[]–—-…/")
OPEN_QUOTES = {"„": "“”\"", "»": "«", "«": "»", '"': '"', "“": "”\"", "‚": "‘’", "‹": "›"}
QUOTE_CHARS = frozenset("„“”»«\"‚‘’‹›")


@dataclass(slots=True)
class Attribution:
    kind: str  # direct, indirect, partial
    message: list[int]
    sentence: int
    cue: list[int] = field(default_factory=list)
    source: list[int] = field(default_factory=list)
    channel: list[int] = field(default_factory=list)  # "zitierte ihn sein Ministerium": sein Ministerium
    verb: Verb | None = None


class View:
    """Token-level access to a document for the finders; the spaCy parse is used when present."""

    def __init__(self, doc: Document, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.lex = lexicon or load()
        self.words = [t.text for t in doc.tokens]
        self.lower = [w.lower() for w in self.words]
        self.sent_of: list[int] = []
        self.sent_range: list[tuple[int, int]] = []
        self._index_sentences()
        self.spacy = parse_of_tokens(doc)

    def _index_sentences(self) -> None:
        tokens, k = self.doc.tokens, 0
        for i, sentence in enumerate(self.doc.sentences):
            start = k
            while k < len(tokens) and tokens[k].start < sentence.end:
                k += 1
            self.sent_range.append((start, k))
            self.sent_of.extend([i] * (k - start))
        self.sent_of.extend([max(len(self.doc.sentences) - 1, 0)] * (len(tokens) - k))

    def is_punct(self, i: int) -> bool:
        w = self.words[i]
        return all(c in PUNCT or c in QUOTE_CHARS for c in w)

    def is_quote(self, i: int) -> bool:
        return all(c in QUOTE_CHARS for c in self.words[i])

    def is_cap(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def verbs(self, i: int) -> tuple[Verb, ...]:
        """Speech verbs the token may be a form of (by parser lemma when present, else by form)."""
        token = self.spacy[i] if self.spacy else None
        if token is not None and token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.lex.lemmas:
            verb = self.lex.lemmas[token.lemma_.lower()]
            separable = tuple(v for v in self.lex.forms.get(self.lower[i], ()) if v.particle and not verb.particle)
            return (*separable, verb)  # "rief … auf" before "rief": the parser's lemma lacks the particle
        if token is not None and not (token.pos_ in ("VERB", "AUX", "X", "") or _verb_by_syntax(token) or (
                token.pos_ in ("ADJ", "ADV", "PRON", "DET") and self._after_clause(i))):
            return ()  # "…, sagten Vertreter der Industrie": after a clause and a comma, a verb
        if self.words[i][:1].isupper() and (not self.sent_of or self.sent_range[self.sent_of[i]][0] != i):
            return ()  # a noun ("Angaben"), not a verb form ("angaben")
        return self.lex.forms.get(self.lower[i], ())

    def _after_clause(self, i: int) -> bool:
        """A comma before token i that ends a clause, not a list of adjectives ("die großen, erwarteten Ergebnisse")."""
        if i < 2 or self.words[i - 1] != ",":
            return False
        before = self.spacy[i - 2] if self.spacy else None
        return before is None or before.pos_ not in ("ADJ", "DET", "ADP")

    def is_subjunctive(self, i: int, strict: bool = False, after_cue: bool = False) -> bool:
        """Konjunktiv I (strict) or I/II: the verb mood of reported speech. Right after a speech verb
        (`after_cue`) "könnte" reports too ("X schreibt, Verstöße könnten … geahndet werden"); elsewhere it
        is the writer's own guess."""
        token = self.spacy[i] if self.spacy else None
        k1 = token is not None and token.pos_ in ("VERB", "AUX") and is_konjunktiv1(token)  # "er freue sich": by form
        if token is not None and (strict or k1):
            return k1
        word = self.lower[i]
        if self.lex.word_in("epistemic_modal", word) and not after_cue:
            return False  # "Andererseits dürfte auch X hoch pokern": the writer's own guess
        if token is not None and "Sub" in token.morph.get("Mood"):
            return True
        if self.lex.word_in("subjunctive1", word):
            return True
        noun = token is not None and token.pos_ in ("NOUN", "PROPN") or self.words[i][:1].isupper()
        return not strict and not noun and self.lex.word_in("subjunctive2", word)  # not "an den Ständen"


def _verb_by_syntax(token: Token) -> bool:
    """A lower-case word the parser tags as a verb (STTS V…) or gives a subject, though its word class
    says otherwise ("„…“, strich X heraus": PRON; "meinen die Mitglieder": DET): the small treebank's
    morphologizer errs on rare verb forms where the tagger and the parser do not."""
    if not token.text[:1].islower():
        return False
    return token.tag_.startswith("V") or any(child.dep_ in ("nsubj", "nsubj:pass") for child in token.children)
