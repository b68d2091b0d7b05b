"""Train the shipped German syntax model (tagger, morphologizer, lemmatizer, parser) from UD German.

The treebanks in `../shared/data/ud-german` (GSD dev+test, PUD test; CC BY-SA) are read as
surface tokens: contractions such as "zum" (zu + dem) become one word, as a tokenizer sees them.
A fixed share of sentences, chosen by a stable hash of their text, is kept as the dev portion
for early stopping and reporting. With `holdout_pud`, PUD is left out of training and scored
as a fully held-out test. PUD's XPOS column is not STTS, so its words carry no tag (the tagger
treats them as missing) except for the contractions, whose STTS tag APPRART follows from UD.
Training runs on one core; the machine is shared. `evaluate_syntax_command` scores a model on
the same fixed portions (and HanTa for comparison) and times the stage on 10kGNAD articles.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Optional

import typer

from lagebild.errors import FormatError, UsageError

TREEBANKS = {"gsd": ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"), "pud": ("de_pud-ud-test.conllu",)}
DEV_PERCENT = 12
DEFAULT_CONFIG = "syntax.cfg"
# Features that say something about the annotation, not the word.
_DROPPED_FEATS = ("Typo", "Foreign", "Abbr", "ExtPos")
MODEL_SOURCES = [
    {"name": "UD German GSD (dev, test)", "author": "Universal Dependencies", "license": "CC BY-SA 4.0"},
    {"name": "UD German PUD (test)", "author": "Universal Dependencies", "license": "CC BY-SA 3.0"},
]


@dataclass(slots=True)
class UDSentence:
    text: str
    treebank: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based index of the head word; self for the root
    deps: list[str] = field(default_factory=list)

    def is_dev(self, percent: int = DEV_PERCENT) -> bool:
        """Stable split: the same sentence lands in the same portion on every run."""
        digest = hashlib.sha1(self.text.encode("utf-8")).digest()
        return int.from_bytes(digest[:4], "big") % 100 < percent


def _feats(raw: str, upos: str) -> str:
    """UD feats without annotation-only features; VerbForm=Fin added where a finite verb lacks it
    (PUD leaves it out, GSD writes it), so both treebanks teach the same label."""
    feats = dict(item.split("=", 1) for item in raw.split("|") if "=" in item)
    for name in _DROPPED_FEATS:
        feats.pop(name, None)
    if "Mood" in feats and upos in ("VERB", "AUX"):
        feats.setdefault("VerbForm", "Fin")
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def _rows(lines: list[str]) -> Iterator[tuple[str, list[list[str]]]]:
    """Each token row, with multiword tokens ("zum") returned together with their parts."""
    i = 0
    while i < len(lines):
        cols = lines[i].split("\t")
        first, dash, last = cols[0].partition("-")
        if dash:
            count = int(last) - int(first) + 1
            yield cols[1], [cols, *[line.split("\t") for line in lines[i + 1 : i + 1 + count]]]
            i += 1 + count
        elif "." in cols[0]:
            i += 1  # empty nodes
        else:
            yield cols[1], [cols]
            i += 1


def _merge(parts: list[list[str]], treebank: str) -> tuple[str, str, str, str, str, str]:
    """(lemma, upos, xpos, feats, head id, deprel) of a multiword token.

    The contraction takes the preposition's lemma, role and head, the article's features
    (case, gender, number) and STTS APPRART.
    """
    adp, rest = parts[1], parts[2:]
    feats = "|".join(p[5] for p in rest if p[5] != "_")
    if adp[3] == "ADP" and all(p[3] == "DET" for p in rest):
        xpos = "APPRART"
    else:
        xpos = adp[4] if treebank == "gsd" else ""
    return adp[2], adp[3], xpos, feats or "_", adp[6], adp[7]


def _sentence(lines: list[str], text: str, treebank: str, source: str) -> UDSentence:
    sentence = UDSentence(text=text, treebank=treebank)
    index: dict[str, int] = {}  # UD word id → our word index
    heads: list[str] = []
    for surface, parts in _rows(lines):
        cols = parts[0]
        if len(cols) != 10:
            raise FormatError(f"expected 10 CoNLL-U columns in {cols[0]!r}", source=source)
        if len(parts) == 1:
            lemma, upos, xpos, feats, head, dep = cols[2], cols[3], cols[4], cols[5], cols[6], cols[7]
            if treebank != "gsd":
                xpos = ""
        else:
            lemma, upos, xpos, feats, head, dep = _merge(parts, treebank)
        for part in parts[1:] or parts:
            index[part[0]] = len(sentence.words)
        sentence.words.append(surface)
        sentence.spaces.append("SpaceAfter=No" not in cols[9])
        sentence.tags.append(xpos if xpos != "_" else "")
        sentence.pos.append(upos)
        sentence.morphs.append(_feats(feats, upos) if feats != "_" else "")
        sentence.lemmas.append(lemma if lemma != "_" else "")
        sentence.deps.append("ROOT" if dep == "root" else dep)
        heads.append(head)
    for i, head in enumerate(heads):
        sentence.heads.append(i if head == "0" else index[head])
    sentence.spaces[-1] = False
    return sentence


def read_conllu(path: Path, treebank: str) -> Iterator[UDSentence]:
    """The sentences of a UD CoNLL-U file as surface-token sentences."""
    lines: list[str] = []
    text = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line.strip() and not line.startswith("#"):
            lines.append(line)
        elif not line.strip() and lines:
            yield _sentence(lines, text, treebank, str(path))
            lines, text = [], ""


def read_treebanks(data: Path) -> list[UDSentence]:
    folder = data / "ud-german"
    if not folder.is_dir():
        raise UsageError(f"no ud-german/ under {data}; give the shared data folder with --data")
    return [s for bank, files in TREEBANKS.items() for name in files for s in read_conllu(folder / name, bank)]


def splits(sentences: list[UDSentence], holdout_pud: bool = False) -> dict[str, list[UDSentence]]:
    """train / dev (hash-chosen) and, with `holdout_pud`, pud (never trained on)."""
    held = [s for s in sentences if holdout_pud and s.treebank == "pud"]
    rest = [s for s in sentences if not (holdout_pud and s.treebank == "pud")]
    parts = {"train": [s for s in rest if not s.is_dev()], "dev": [s for s in rest if s.is_dev()]}
    if held:
        parts["pud"] = held
    return parts


def to_docbin(sentences: list[UDSentence]):
    """A DocBin with one gold Doc per sentence."""
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    docbin = DocBin(store_user_data=False)
    for s in sentences:
        doc = Doc(
            vocab,
            words=s.words,
            spaces=s.spaces,
            tags=s.tags,
            pos=s.pos,
            morphs=s.morphs,
            lemmas=s.lemmas,
            heads=s.heads,
            deps=s.deps,
        )
        docbin.add(doc)
    return docbin


def build_corpus(data: Path, corpus_dir: Path, holdout_pud: bool = False) -> dict[str, int]:
    """Write train.spacy, dev.spacy (and pud.spacy); return sentence counts."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    parts = splits(read_treebanks(data), holdout_pud)
    for name, sentences in parts.items():
        to_docbin(sentences).to_disk(corpus_dir / f"{name}.spacy")
    return {name: len(sentences) for name, sentences in parts.items()}


def train_syntax(
    data_dir: Path,
    out_dir: Path,
    config: str = DEFAULT_CONFIG,
    holdout_pud: bool = False,
    overrides: dict[str, object] | None = None,
) -> Path:
    """Corpus, training (one core) and the best pipeline copied to `out_dir`; returns it."""
    from lagebild.nlp.train import config_path, single_thread

    single_thread()
    from spacy.cli.train import train as spacy_train

    work = out_dir.parent / f"{out_dir.name}.work"
    corpus_dir = work / "corpus"
    counts = build_corpus(data_dir, corpus_dir, holdout_pud)
    settings = {"paths.train": str(corpus_dir / "train.spacy"), "paths.dev": str(corpus_dir / "dev.spacy")}
    spacy_train(config_path(config), work / "training", use_gpu=-1, overrides={**settings, **(overrides or {})})
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(work / "training" / "model-best", out_dir)
    describe(out_dir, counts, holdout_pud)
    clear_paths(out_dir)
    return out_dir


def clear_paths(model_dir: Path) -> None:
    """Drop the training run's corpus paths from the shipped config (they name temporary files)."""
    from spacy.util import load_config

    config = load_config(model_dir / "config.cfg", interpolate=False)
    config["paths"].update(train=None, dev=None)
    config.to_disk(model_dir / "config.cfg")


def describe(model_dir: Path, counts: dict[str, int], holdout_pud: bool) -> None:
    """Name, licence, data sources and split sizes in the pipeline's meta.json."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="lagebild_syntax",
        version="1.0.0",
        description="German STTS tags, UPOS + morphology, lemmas and dependencies, trained by "
        "`lagebild train syntax` on UD German",
        license="CC BY-SA 4.0",
        sources=MODEL_SOURCES,
        split={"dev_percent": DEV_PERCENT, "holdout_pud": holdout_pud, "sentences": counts},
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def evaluate_syntax(nlp, sentences: list[UDSentence]) -> dict[str, float]:
    """Accuracies (UPOS, STTS, full feature set, lemma) and UAS/LAS with gold words and sentences.

    `lemma_acc` is the stage's (HanTa for verbs, nouns, adjectives); the model's own is reported too.
    """
    from spacy.tokens import Doc
    from spacy.training import Example

    from lagebild.nlp.syntax import HANTA_LEMMAS

    examples = []
    for gold in to_docbin(sentences).get_docs(nlp.vocab):
        words = [t.text for t in gold]
        spaces = [bool(t.whitespace_) for t in gold]
        predicted = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
        examples.append(Example(predicted, gold))
    scores = nlp.evaluate(examples)
    keys = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")
    result = {key: round(scores[key], 4) for key in keys}
    with nlp.select_pipes(disable=[HANTA_LEMMAS]):
        result["lemma_acc_without_hanta"] = round(nlp.evaluate(examples)["lemma_acc"], 4)
    per_feat = scores.get("morph_per_feat") or {}
    result.update({f"{feat}_f": round(per_feat[feat]["f"], 4) for feat in ("Case", "Mood") if feat in per_feat})
    return result


def hanta_scores(train: list[UDSentence], dev: list[UDSentence]) -> dict[str, float]:
    """HanTa's STTS, UPOS and lemma accuracy on `dev`, for comparison.

    HanTa gives STTS only; its tags map to UPOS by the most frequent UPOS of each STTS
    tag in the training portion. PUD words (no STTS gold) count for UPOS and lemmas only.
    """
    from collections import Counter, defaultdict

    from HanTa import HanoverTagger

    by_tag: dict[str, Counter] = defaultdict(Counter)
    for sentence in train:
        for tag, pos in zip(sentence.tags, sentence.pos):
            if tag:
                by_tag[tag][pos] += 1
    upos = {tag: counts.most_common(1)[0][0] for tag, counts in by_tag.items()}
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    right: Counter = Counter()
    total: Counter = Counter()
    for sentence in dev:
        for i, (_, lemma, tag) in enumerate(tagger.tag_sent(sentence.words, taglevel=1)):
            tag = tag.replace("(", "").replace(")", "")
            checks = {"tag_acc": (tag, sentence.tags[i]), "pos_acc": (upos.get(tag, "X"), sentence.pos[i])}
            checks["lemma_acc"] = (lemma, sentence.lemmas[i])
            for key, (found, gold) in checks.items():
                if gold:
                    total[key] += 1
                    right[key] += found == gold
    return {key: round(right[key] / total[key], 4) for key in ("pos_acc", "tag_acc", "lemma_acc")}


def read_10kgnad(path: Path, limit: int) -> list[str]:
    """Article texts of the 10kGNAD CSV (`label;'text'`), for speed runs only (licence: dev/eval)."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        return [row[1] for row, _ in zip(rows, range(limit)) if len(row) > 1]


def words_per_second(texts: list[str], model: str | None = None) -> dict[str, float]:
    """Speed of the syntax stage alone on segmented articles (segmentation is not timed).

    Gives words per wall-clock second and per CPU second of this (single-threaded) process:
    the second is the one-core figure even when other work shares the machine.
    """
    import time

    from lagebild.config import Settings
    from lagebild.model import Article, Document
    from lagebild.nlp.syntax import load_syntax, syntax_stage
    from lagebild.text.stage import normalize_stage, segment_stage

    settings = Settings()
    docs = []
    for text in texts:
        doc = Document(article=Article(text=text), text=text)
        normalize_stage(doc, settings)
        segment_stage(doc, settings)
        docs.append(doc)
    load_syntax(model)
    words = sum(len(doc.tokens) for doc in docs)
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        syntax_stage(doc, settings, model=model)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"articles": len(docs), "words": words, "words_per_second": round(words / wall),
            "words_per_cpu_second": round(words / cpu)}


def train_syntax_command(
    data: Annotated[Path, typer.Option("--data", help="Folder with the shared open corpora.")] = Path("../shared/data"),
    out: Annotated[Path, typer.Option("--out", help="Where to write the trained pipeline.")] = ...,  # type: ignore[assignment]
    config: Annotated[str, typer.Option("--config", help="Config name in lagebild/nlp/configs or a path.")] = DEFAULT_CONFIG,
    holdout_pud: Annotated[bool, typer.Option("--holdout-pud", help="Keep UD PUD out of training as a test set.")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the training run.")] = 0,
) -> None:
    """Train the German syntax model from UD German (reproduces the shipped model)."""
    path = train_syntax(data, out, config=config, holdout_pud=holdout_pud, overrides={"system.seed": seed})
    typer.echo(f"trained pipeline written to {path}")


def evaluate_syntax_command(
    data: Annotated[Path, typer.Option("--data", help="Folder with the shared open corpora.")] = Path("../shared/data"),
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline directory instead of the shipped model.")] = None,
    speed: Annotated[int, typer.Option("--speed", help="Also time the stage on this many 10kGNAD articles.")] = 0,
    hanta: Annotated[bool, typer.Option("--hanta", help="Also score HanTa's tags and lemmas on the same sentences.")] = False,
) -> None:
    """Scores on the dev portion (and on PUD when the model held it out); optionally words/s."""
    from lagebild.nlp.train import single_thread

    single_thread()
    from lagebild.nlp.syntax import load_syntax

    nlp = load_syntax(model)
    holdout = bool(nlp.meta.get("split", {}).get("holdout_pud"))
    parts = splits(read_treebanks(data), holdout)
    held_out = {name: part for name, part in parts.items() if name != "train"}
    result: dict[str, object] = {
        name: {"sentences": len(part), **evaluate_syntax(nlp, part)} for name, part in held_out.items()
    }
    if "pud" in result:
        del result["pud"]["tag_acc"]  # PUD has STTS gold only for contractions
    if hanta:
        result["hanta"] = {name: hanta_scores(parts["train"], part) for name, part in held_out.items()}
    if speed:
        result["speed"] = words_per_second(read_10kgnad(data / "10kgnad" / "articles.csv", speed), model)
    typer.echo(json.dumps(result, indent=2))
