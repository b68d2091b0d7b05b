"""Text-layer stages: normalisation, language, segmentation, duplicate sentences."""

from __future__ import annotations

from lagebild.config import Settings
from lagebild.errors import InputError
from lagebild.model import Document
from lagebild.text.dedup import mark_duplicates
from lagebild.text.language import identify_language
from lagebild.text.normalize import normalize_text
from lagebild.text.segment import segment


def normalize_stage(doc: Document, settings: Settings) -> None:
    doc.text, doc.paragraphs = normalize_text(doc.article.text)
    if not doc.text.strip():
        raise InputError("no text left after clean-up (empty or only invisible characters)", source=doc.article.source)


def language_stage(doc: Document, settings: Settings) -> None:
    doc.language = settings.language or doc.article.language or identify_language(doc.text)


def segment_stage(doc: Document, settings: Settings) -> None:
    doc.sentences, doc.tokens = segment(doc.text, doc.paragraphs, doc.language or "de")


def dedup_stage(doc: Document, settings: Settings) -> None:
    mark_duplicates(doc.text, doc.sentences)
