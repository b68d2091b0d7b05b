"""The names stage: group mentions into entities, then resolve clear pronouns; after the quotes stage, the
pronouns of reported speech that stand for its speaker."""

from __future__ import annotations

from lagebild.config import Settings
from lagebild.model import Document
from lagebild.names.coref import resolve_pronouns, resolve_reported_self
from lagebild.names.document import group_mentions
from lagebild.names.titles import resolve_titles


def names_stage(doc: Document, settings: Settings) -> None:
    group_mentions(doc)
    resolve_titles(doc)
    resolve_pronouns(doc)
    for entity in doc.entities:
        entity.mentions.sort(key=lambda m: m.start)
    doc.mentions.sort(key=lambda m: m.start)


def reported_self_stage(doc: Document, settings: Settings) -> None:
    """ "Er werde …, sagte X": the shifted first person of an indirect quote is its speaker."""
    resolve_reported_self(doc)
