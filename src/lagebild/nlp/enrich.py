"""The enrich stage: gazetteer corrections, demonyms, metonymy and roles around NER mentions.

Runs after the NER stage (doc.mentions, doc.tokens, doc.sentences filled) and before the
names stage, which groups mentions into entities and merges their `roles` and `country`.

a) A mention that is a known country, capital, city or region becomes LOC with its country;
   an international organisation becomes ORG; countries, capitals, regions and organisations
   the NER missed are added (source "gazetteer"; `gazetteer`, with `mention_trim` for the words
   the recogniser ran into a name and `typed_by_noun` for a place or body noun before it); a known
   name opening a hyphenated compound ("US-Botschaft", "CDU-Abgeordnete") becomes a mention of its
   own (source "compound"; `compounds`).
b) A capital standing for its government ("zwischen Moskau und Kiew", "Peking kritisierte")
   is marked `metonymy` (`metonymy`).
c) Demonym adjectives ("russischen") become LOC mentions with their country (source
   "demonym"); with an organisation noun ("die russische Armee") an ORG mention (source
   "demonym-org"; `demonyms`). An organisation noun after a definite article names an actor by
   itself ("die Polizei", "die Staatsanwaltschaft München", "die Tiroler Polizei", "vom Bundeskartellamt",
   a bare plural "Sicherheitskräfte"): an ORG mention
   (source "institution") with the country of a place that qualifies it (`institutions`).
d) Person mentions get roles and country from premodifiers ("der russische
   Verteidigungsminister X"), appositions ("X, der nordkoreanische Staatschef") and the
   counterpart relation ("sein nordkoreanischer Amtskollege Y" has the role of "sein")
   (`person_roles`, `title_phrases`).

Persons glued together or named by a particle name's short form (`person_mentions`) and names with
adjectives in other cases (`name_cases`) are found before the gazetteer adds its names.
"""

from __future__ import annotations

from lagebild.config import Settings
from lagebild.model import Document
from lagebild.nlp.compounds import add_compound_prefixes
from lagebild.nlp.demonyms import add_demonyms
from lagebild.nlp.gazetteer import add_gazetteer, correct_mention, short_country_names
from lagebild.nlp.institutions import add_institutions
from lagebild.nlp.metonymy import mark_metonymy
from lagebild.nlp.name_cases import other_cases
from lagebild.nlp.person_mentions import short_particle_names, split_glued_names
from lagebild.nlp.person_roles import assign_roles
from lagebild.nlp.typed_by_noun import bodies_by_noun, places_by_noun
from lagebild.nlp.view import TokenView


def enrich_stage(doc: Document, settings: Settings) -> None:
    """Correct and add mentions from the gazetteers, then mark metonymy and attach roles."""
    view = TokenView(doc)
    places_by_noun(view)
    split_glued_names(view)
    for mention in doc.mentions:
        correct_mention(view, mention)
    bodies_by_noun(view)
    short_particle_names(view)
    other_cases(view)
    add_gazetteer(view)
    add_compound_prefixes(view)
    short_country_names(doc)
    add_demonyms(view)
    add_institutions(view)
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    for mention in doc.mentions:
        if mention.type == "LOC" and not mention.metonymy:
            mark_metonymy(view, mention)
    assign_roles(view)
