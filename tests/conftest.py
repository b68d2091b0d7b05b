from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def pipeline():
    """The text stages only: what the text-layer tests need, fast."""
    from lagebild.pipeline import Pipeline, text_stages

    return Pipeline(stages=text_stages())


@pytest.fixture(scope="session")
def seed_doc(pipeline):
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside the project")
    from lagebild.model import Article

    return pipeline(Article(text=SEED.read_text(encoding="utf-8"), published=date(2024, 11, 30)))
