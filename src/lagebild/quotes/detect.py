"""All attributions of a document: speech verbs, markers, direct quotes, partial quotes and
reported speech that continues over the following sentences in Konjunktiv I."""

from __future__ import annotations

from lagebild.model import Document
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.markers import find_markers
from lagebild.quotes.marks import QuoteSpan, find_marks
from lagebild.quotes.parsed import refine_source
from lagebild.quotes.speech import SentenceScan

PARTIAL_MAX_TOKENS = 12  # longer quotes inside a sentence are direct quotes, not partial ones
CONTEXT_SENTENCES = 2  # how far back an uncued direct quote looks for its speaker


def detect(doc: Document, view: View | None = None) -> list[Attribution]:
    view = view or View(doc)
    spans = find_marks(view)
    long_spans = [s for s in spans if _is_long(view, s)]
    inside = [False] * len(view.words)
    for span in long_spans:
        for k in range(span.open + 1, span.close):
            inside[k] = True
    quote_close = {s.open: s.close for s in spans}
    found: list[Attribution] = []
    for sentence in range(len(doc.sentences)):
        if _skipped(doc, sentence):
            continue
        here = SentenceScan(view, sentence, inside, quote_close).run()
        cues = frozenset(k for att in here for k in att.cue)
        taken = set(cues)  # markers may sit inside the message (or an overlong source) of a speech verb
        here += find_markers(view, sentence, taken, inside, cues)
        for att in here:
            refine_source(view, att)
        found += here
    found += _uncued_direct(view, long_spans, found)
    found.sort(key=lambda att: (att.sentence, min(att.message)))
    found += _continuations(view, found)
    found += _partials(view, spans, long_spans, found)
    found.sort(key=lambda att: (att.sentence, min(att.message)))
    return found


def _skipped(doc: Document, sentence: int) -> bool:
    s = doc.sentences[sentence]
    return s.kind == "heading" or s.duplicate_of is not None


def _is_long(view: View, span: QuoteSpan) -> bool:
    """A quote of its own (not a quoted word or phrase inside a sentence)."""
    if span.content_size() > PARTIAL_MAX_TOKENS:
        return True
    inner = range(span.open + 1, span.close)
    return any(view.words[k] in ".!?" for k in inner) and span.content_size() > 2


def _uncued_direct(view: View, spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Long quotes no cue claimed: the speaker of the nearest attribution just before, if any."""
    covered = {k for att in found for k in att.message}
    out = []
    for span in spans:
        if span.open in covered or span.close in covered or _skipped(view.doc, view.sent_of[span.open]):
            continue
        sentence = view.sent_of[span.open]
        before = [att for att in found + out if att.source and sentence - CONTEXT_SENTENCES <= att.sentence <= sentence
                  and min(att.message) < span.open]
        source = before[-1].source if before else []
        out.append(Attribution("direct", span.tokens, sentence, [], source))
    return out


def _continuations(view: View, found: list[Attribution]) -> list[Attribution]:
    """Sentences in Konjunktiv I right after an attribution continue the same speaker's words."""
    by_sentence: dict[int, list[Attribution]] = {}
    for att in found:
        for k in att.message:
            by_sentence.setdefault(view.sent_of[k], []).append(att)
    out: list[Attribution] = []
    last: Attribution | None = None
    current: Attribution | None = None
    for sentence in range(len(view.doc.sentences)):
        if sentence in by_sentence:
            last, current = by_sentence[sentence][-1], None
            continue
        a, b = view.sent_range[sentence]
        if last is None or _skipped(view.doc, sentence) or not any(view.is_subjunctive(k, strict=True) for k in range(a, b)):
            last = current = None
        elif current is not None:
            current.message.extend(range(a, b))
        else:
            current = Attribution("indirect", list(range(a, b)), sentence, [], list(last.source), verb=last.verb)
            out.append(current)
    return out


def _partials(view: View, spans: list[QuoteSpan], long_spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Short quotes inside an attribution's message or cue clause: the speaker's own words."""
    long_ids = {id(s) for s in long_spans}
    out = []
    for span in spans:
        if id(span) in long_ids:
            continue
        owner = _owner(view, span, found)
        if owner is not None:
            out.append(Attribution("partial", span.tokens, owner.sentence, list(owner.cue), list(owner.source),
                                   list(owner.channel), owner.verb))
    return out


def _owner(view: View, span: QuoteSpan, found: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose message (or cue clause) holds the quote: with a marker
    around a speech verb ("der Mitteilung zufolge sagte X, …"), the verb's speaker."""
    sentence = view.sent_of[span.open]
    owners = [att for att in found if att.kind != "direct" and (
        span.open in att.message
        or (att.sentence == sentence and att.cue and att.source and att.cue[0] < span.open < min(att.message)))]
    return min(owners, key=lambda att: len(att.message)) if owners else None
