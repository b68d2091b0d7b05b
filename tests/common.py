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


