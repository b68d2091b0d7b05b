"""Build the name data in src/lagebild/data/names: variants.txt.gz and pinyin.txt.

variants.txt.gz, from the name-variants data (rigour's persons.txt): keeps Latin and
Cyrillic single-word variants of the *dev* items only (held-out items stay unseen, as in
the evaluation), folds them (lagebild.names.fold) and stores only groups with two or
more distinct folds: pairs the folding rules already unify need no table. Groups mixing
masculine and feminine surname forms are split. Source: MIT / CC0 (OpenSanctions rigour,
Wikidata); credit it in NOTICE.

pinyin.txt: the pinyin syllables (without tones) that ICU's Han-Latin gives for the CJK
Unified Ideographs, for telling a Chinese name in pinyin from other names.

Usage: python scripts/build_names_variants.py [persons.txt]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import icu

from lagebild.names.evaluate import DEFAULT_DATA, read_groups
from lagebild.names.variants import SHIPPED, folded_group

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "names"


def write_variants(source: Path) -> None:
    lines = sorted({" ".join(g) for g in map(folded_group, read_groups(source).dev) if len(g) > 1})
    with gzip.GzipFile(OUT / SHIPPED, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} groups → {OUT / SHIPPED} ({(OUT / SHIPPED).stat().st_size // 1024} KB)")


def write_pinyin() -> None:
    han = " ".join(chr(code) for code in range(0x4E00, 0xA000))
    readings = icu.Transliterator.createInstance("Han-Latin; Latin-ASCII").transliterate(han).split()
    syllables = sorted({r for r in readings if r.isascii() and r.isalpha()})
    (OUT / "pinyin.txt").write_text("\n".join(syllables) + "\n", encoding="utf-8")
    print(f"{len(syllables)} pinyin syllables → {OUT / 'pinyin.txt'}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_variants(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA)
    write_pinyin()


if __name__ == "__main__":
    main()
