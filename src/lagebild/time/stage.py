"""The pipeline stage: time expressions of a document, each with the index of its sentence."""

from __future__ import annotations

from lagebild.config import Settings
from lagebild.model import Document
from lagebild.time.tagger import tag


def time_stage(doc: Document, settings: Settings) -> None:
    """Fill doc.timexes from doc.text, normalised against doc.published (reads: text, sentences)."""
    doc.timexes = tag(doc.text, doc.published, doc.language or "de")
    if doc.sentences:
        for timex in doc.timexes:
            timex.sentence = doc.sentence_at(timex.start)
