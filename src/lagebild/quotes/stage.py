"""The quotes stage: doc.quotes from tokens and sentences (and the parse and entities when present)."""

from __future__ import annotations

from lagebild.config import Settings
from lagebild.model import Document, Quote, Span
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.detect import detect
from lagebild.quotes.speaker import SpeakerResolver

QUOTE_KINDS = ("direct", "indirect", "partial")  # "reported" speech acts without content are events, not quotes


def quotes_stage(doc: Document, settings: Settings) -> None:
    """Find direct, indirect and partial quotes and resolve their speakers to entities."""
    if not doc.tokens:
        doc.quotes = []
        return
    view = View(doc)
    found = [att for att in detect(doc, view) if att.kind in QUOTE_KINDS]
    quoted = [(doc.tokens[min(att.message)].start, doc.tokens[max(att.message)].end) for att in found]
    resolver = SpeakerResolver(doc, view, quoted)
    doc.quotes = _one_per_message([_quote(doc, att, resolver) for att in found])


def _one_per_message(quotes: list[Quote]) -> list[Quote]:
    """One quote for a message that two cues introduce ("kommentierte dies, indem er … vorwarf, …"): the
    one with a speaker, then with its cue nearest to the message."""
    best: dict[tuple[int, int], Quote] = {}
    for quote in quotes:
        key = (quote.start, quote.end)
        if key not in best or _preference(quote) < _preference(best[key]):
            best[key] = quote
    return [quote for quote in quotes if best[(quote.start, quote.end)] is quote]


def _preference(quote: Quote) -> tuple[bool, int]:
    distance = min(abs(quote.cue.start - quote.end), abs(quote.start - quote.cue.end)) if quote.cue else 10**9
    return not quote.speakers, distance


def _quote(doc: Document, att: Attribution, resolver: SpeakerResolver) -> Quote:
    tokens = doc.tokens
    start, end = tokens[min(att.message)].start, tokens[max(att.message)].end
    cue = Span(tokens[min(att.cue)].start, tokens[max(att.cue)].end) if att.cue else None
    return Quote(
        start=start,
        end=end,
        text=doc.text[start:end],
        kind=att.kind,  # type: ignore[arg-type]
        speakers=resolver.resolve_all(att.source),
        cue=cue,
        channel=resolver.resolve(att.channel),
        sentence=att.sentence,
        time=_statement_time(doc, att.sentence, start, end),
    )


def _statement_time(doc: Document, sentence: int, start: int, end: int) -> str | None:
    """The date of the statement: a calendar time expression of its sentence outside the quoted words."""
    for timex in doc.timexes:
        outside = timex.end <= start or timex.start >= end
        if timex.sentence == sentence and outside and timex.type in ("DATE", "TIME") and timex.value:
            return timex.value
    return None
