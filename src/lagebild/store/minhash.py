"""MinHash signatures of article texts, computed at analysis time (so batch workers share the cost).

Word 3-shingles of the lower-cased text; 64 permutations with a fixed seed, so a
signature is the same in every process and on every machine.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SHINGLE = 3
_WORD = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch 2.x default: 32-bit hash values
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes:
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype("<u4").tobytes()


def from_signature(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u4"), permutations=_PERMUTATIONS, scheme=SCHEME
    )
