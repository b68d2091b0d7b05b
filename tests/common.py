"""Paths and helpers the tests share (imported as `common`; conftest holds the fixtures)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "examples" / "seed" / "article.txt"
EXAMPLE = ROOT / "src" / "lagebild" / "examples" / "beispiel.txt"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "lagebild", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )




def entity_with(doc, surface: str):
    """The first entity with a mention of exactly `surface`; fails listing the article's entities."""
    hits = [e for e in doc.entities if any(m.text == surface for m in e.mentions)]
    assert hits, f"no entity with {surface!r}: {[(e.name, e.type, e.variants) for e in doc.entities]}"
    return hits[0]


def names_analyser(published):
    """German text through the stages up to names (no time, quotes or events), dated `published`."""
    from lagebild.config import Settings
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline, default_stages

    wanted = ("normalize", "language", "segment", "dedup", "ner", "syntax", "enrich", "names")
    pipeline = Pipeline(Settings(published=published), stages=[s for s in default_stages() if s.name in wanted])
    return lambda text: pipeline(Article(text=text, language="de"))
