"""Name resolution: one entity across spellings, transliterations, scripts and articles."""

from lagebild.names.ids import entity_id
from lagebild.names.resolve import Decision, NameRecord, same_entity

__all__ = ["Decision", "NameRecord", "entity_id", "same_entity"]
