"""Commands `lagebild train ner` and `lagebild evaluate ner` (registered in lagebild.cli)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Optional

import typer


def train_ner_command(
    data: Annotated[Path, typer.Option("--data", help="Folder with the shared open corpora.")] = Path("../shared/data"),
    out: Annotated[Path, typer.Option("--out", help="Where to write the trained pipeline.")] = ...,  # type: ignore[assignment]
    config: Annotated[str, typer.Option("--config", help="Config name in lagebild/nlp/configs or a path.")] = "ner_gaz.cfg",
    augment: Annotated[int, typer.Option("--augment", help="Name-swapped copies of GermEval train sentences.")] = 1,
    mask: Annotated[bool, typer.Option("--mask/--no-mask", help="Mask MISC-like tokens in corpora without MISC.")] = True,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the training run.")] = 0,
) -> None:
    """Train the German NER model from the ship-able corpora (reproduces the shipped model)."""
    from lagebild.nlp.train import train_pipeline

    path = train_pipeline(data, out, config=config, augment=augment, mask=mask, overrides={"system.seed": seed})
    typer.echo(f"trained pipeline written to {path}")


def evaluate_ner_command(
    file: Annotated[Path, typer.Argument(help="GermEval 2014 TSV or CoNLL file with gold tags.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    predictions: Annotated[
        Optional[Path], typer.Option("--predictions", help="Write token, gold and predicted BIO tags (TSV).")
    ] = None,
    model: Annotated[
        Optional[str], typer.Option("--model", help="spaCy pipeline path or package instead of the shipped model.")
    ] = None,
) -> None:
    """Exact-span precision, recall and F1 per label and overall (PER/ORG/LOC/MISC)."""
    from lagebild.nlp.corpora import read_any
    from lagebild.nlp.evaluate import format_table, normalise_predicted, predict, score, write_predictions
    from lagebild.nlp.model import load_ner

    gold = read_any(file)
    nlp = load_ner(model)
    started = time.process_time()
    predicted = [normalise_predicted(tags) for tags in predict(nlp, gold)]
    speed = sum(len(s.words) for s in gold) / max(time.process_time() - started, 1e-9)
    scores = score(gold, predicted)
    if predictions is not None:
        write_predictions(predictions, gold, predicted)
    if json_out:
        typer.echo(json.dumps({"file": str(file), **scores.as_dict(), "words_per_second": round(speed)}, indent=2))
    else:
        typer.echo(f"{file}: {scores.sentences} sentences, {scores.words} words, {speed:,.0f} words/s per core (CPU time)")
        typer.echo(format_table(scores))
