"""Build src/lagebild/data/names/variants.txt.gz from the name-variants data (rigour's persons.txt).

Keeps Latin and Cyrillic single-word variants, folds them (lagebild.names.fold) and
stores only groups with two or more distinct folds: pairs the folding rules already
unify need no table. Groups mixing masculine and feminine surname forms are split.
Source: MIT / CC0 (OpenSanctions rigour, Wikidata); credit it in NOTICE.

Usage: python scripts/build_names_variants.py [persons.txt]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from lagebild.names.evaluate import DEFAULT_DATA, read_groups
from lagebild.names.variants import SHIPPED, folded_group

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "names" / SHIPPED


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    data = read_groups(source)
    lines = sorted({" ".join(g) for g in map(folded_group, data.dev + data.heldout) if len(g) > 1})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} groups → {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
