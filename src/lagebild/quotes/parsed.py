"""Speaker phrases from the dependency parse, when the syntax stage has run.

The token rules find where a speaker phrase starts; the parse says where it ends: the whole noun
phrase of the subject (or of the object of "laut"/"nach"/"zufolge"), with determiners, adjectives,
genitive attributes, prepositional attributes and appositions, but without relative clauses.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.nlp.syntax import subject_of
from lagebild.quotes.base import Attribution, View

# Dependents that open a clause of their own: not part of the speaker phrase.
CLAUSAL = frozenset(("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "dep", "reparandum"))
MARKER_POS = frozenset(("ADP", "ADV"))


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
        found = {self.index[t.i] for t in _phrase_tokens(head) if t.i in self.index}
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
        if child.dep_ in CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        out.extend(_phrase_tokens(child))
    return out


def _trim(view: View, span: list[int]) -> list[int]:
    while span and view.is_punct(span[0]) and not view.is_quote(span[0]):
        span.pop(0)
    while span and view.is_punct(span[-1]) and not (view.is_quote(span[-1]) or view.words[span[-1]] == ")"):
        span.pop()
    opened = sum(view.words[k] == "(" for k in span) - sum(view.words[k] == ")" for k in span)
    while span and opened < 0 and view.words[span[-1]] == ")":
        span.pop()
        opened += 1
    return span


def refine_source(view: View, att: Attribution) -> None:
    """Replace the token rules' speaker phrase by the parsed noun phrase where the parse has one."""
    if not view.spacy or not att.cue:
        return
    parse = Parse(view)
    head = _source_head(parse, att)
    if head is None:
        return
    phrase = parse.phrase(head, set(att.cue) | set(att.message) | set(att.channel))
    if phrase:
        att.source = _with_start_of(att.source, phrase)


def _with_start_of(rules: list[int], phrase: list[int]) -> list[int]:
    """The parsed phrase, begun where the token rules begin it when they start earlier within one
    phrase (a sentence-initial adjective the parser attached elsewhere: "Südkoreanische Vertreter")."""
    if rules and rules[0] < phrase[0] and phrase[0] in rules:
        return list(range(rules[0], phrase[0])) + phrase
    return phrase


def _source_head(parse: Parse, att: Attribution) -> Token | None:
    cues = [t for t in (parse.token(k) for k in att.cue) if t is not None]
    verbs = [t for t in cues if t.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None and subject.i in parse.index:
            return subject
    markers = [t for t in cues if t.pos_ in MARKER_POS and t.dep_ == "case"]
    if markers and not verbs:
        return markers[0].head
    return _highest(parse, att.source)


def _highest(parse: Parse, source: list[int]) -> Token | None:
    """The source token nearest the root (the head of the phrase the token rules found)."""
    tokens = [t for t in (parse.token(k) for k in source) if t is not None]
    if not tokens:
        return None
    return min(tokens, key=lambda t: len(list(t.ancestors)))

