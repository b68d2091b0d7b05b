"""Loading the NER pipeline: the model shipped in the package, or one the user names."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.errors import ModelError

GAZETTEER_FILE = "gazetteer.tsv.gz"

# Labels of other spaCy pipelines (OntoNotes, WikiNER) mapped onto ours.
_FOREIGN_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


def label_map(label: str) -> str | None:
    """Our entity type for a model's label; None for labels that are no names (DATE, ...)."""
    return _FOREIGN_LABELS.get(label.upper())


def shipped_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "models" / "ner"))


def load_pipeline(model: str | None, shipped: Path, what: str, hint: str):
    """Load a spaCy pipeline from local files: `model` (path or installed package) or the shipped one.

    Any failure becomes a ModelError naming `what` failed and, for a user's model, `hint`.
    """
    import spacy

    try:
        return spacy.load(model or str(shipped))
    except (OSError, ValueError, KeyError) as err:
        where = f"the shipped {what} model" if model is None else f"{what} model {model!r}"
        advice = "reinstall lagebild" if model is None else hint
        raise ModelError(f"could not load {where} ({type(err).__name__}); {advice}") from err


@lru_cache(maxsize=4)
def load_ner(model: str | None = None):
    """The spaCy pipeline for NER: the shipped one, or a path / installed package name.

    Cached per name; everything loads from local files, nothing is downloaded.
    """
    nlp = load_pipeline(model, shipped_model_path(), "NER", "give a pipeline directory or an installed spaCy package")
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {model or str(shipped_model_path())!r} has no 'ner' component; give a pipeline with NER")
    return nlp


@Language.factory("gazetteer_features")
class GazetteerFeatures:
    """Marks capitalised tokens found in name lists (person name parts, places, countries).

    The classes go into `token.tag_` (e.g. "C", "L", "LP"), which the tok2vec layer embeds
    as one more feature: the network learns how far to trust them. The lexicon is built
    by `lagebild.nlp.train.build_gazetteer` and saved inside the pipeline.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.classes: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        classes = self.classes
        for token in doc:
            if not token.is_lower and (cls := classes.get(token.lower_)):
                token.tag_ = cls
        return doc

    def initialize(self, get_examples=None, *, nlp=None, path: str | None = None) -> None:
        if path:
            self.classes = _read_lexicon(Path(path))

    def to_disk(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"{word}\t{cls}\n" for word, cls in sorted(self.classes.items()))
        with gzip.open(path / GAZETTEER_FILE, "wt", encoding="utf-8", compresslevel=9) as out:
            out.write(lines)

    def from_disk(self, path: Path, exclude=()) -> GazetteerFeatures:
        self.classes = _read_lexicon(Path(path) / GAZETTEER_FILE)
        return self


@lru_cache(maxsize=1)
def hanta_tagger():
    """HanTa's German tagger (a dependency of lagebild; also used for lemmas in the syntax stage)."""
    try:
        from HanTa import HanoverTagger

        return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    except (ImportError, OSError, ValueError) as err:
        raise ModelError(f"could not load HanTa's German model ({type(err).__name__}); install it: pip install hanta") from err


@lru_cache(maxsize=100_000)
def hanta_class(word: str) -> str:
    """HanTa's context-free word class of a word: "NE" (proper noun first), "NE?" (proper noun
    possible), "NN" (common noun), "FM" (foreign word) or "" (anything else)."""
    tags = [tag for tag, _ in hanta_tagger().tag_word(word, cutoff=3)]
    if not tags:
        return ""
    if tags[0] == "NE":
        return "NE"
    if "NE" in tags:
        return "NE?"
    return tags[0] if tags[0] in ("NN", "FM") else ""


@lru_cache(maxsize=20_000)
def reads_as_adjective(word: str) -> bool:
    """Does HanTa read the word first as an adjective ("Platter", "Nasser", "Süddeutsch")?"""
    tags = hanta_tagger().tag_word(word, cutoff=3)
    return bool(tags) and tags[0][0].startswith("ADJ")


@Language.factory("hanta_features")
class HantaFeatures:
    """Appends HanTa's word class of capitalised words to `token.tag_` ("LP/NE", "/NN").

    German capitalises every noun, so case does not tell a name from a noun; HanTa's lexicon
    does. The lookup is per word without context (cached), which keeps the NER fast; runs
    after `gazetteer_features`, whose classes stay in front of the slash.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.text[:1].isupper() and (cls := hanta_class(token.text)):
                token.tag_ = f"{token.tag_}/{cls}"
        return doc


def _read_lexicon(path: Path) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle if "\t" in line)
