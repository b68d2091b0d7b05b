"""Bytes to text: size limit, binary detection and encoding detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from lagebild.errors import EncodingError, InputError

# Bytes that never occur in text: NUL and the C0 controls other than tab, newlines, form feed, escape.
_BINARY_BYTES = bytes(range(0x00, 0x09)) + b"\x0e\x0f" + bytes(range(0x10, 0x1B)) + bytes(range(0x1C, 0x20))
_MAX_BINARY_SHARE = 0.01
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def check_size(data: bytes, max_bytes: int, source: str | None) -> None:
    if not data.strip():
        raise InputError("the input is empty", source=source)
    if len(data) > max_bytes:
        raise InputError(
            f"the input is larger than the limit of {max_bytes / 1e6:.1f} MB; "
            "raise it with --max-bytes if this is really one article",
            source=source,
        )


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    return controls > _MAX_BINARY_SHARE * len(sample)


def decode_bytes(data: bytes, source: str | None = None, declared: str | None = None) -> str:
    """Decode text bytes: BOM, then UTF-8, then a declared charset, then detection."""
    if looks_binary(data):
        raise InputError("this is a binary file, not text; give a text, HTML, JSONL, feed or WARC file", source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    western = _western_european(data)
    if western is not None:
        return western
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise EncodingError("cannot tell the text encoding; convert the file to UTF-8", source=source)
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"undecodable bytes at position {exc.start} (best guess {best.encoding}); convert the file to UTF-8",
            source=source,
        ) from None


_GERMAN_LETTERS = frozenset("äöüÄÖÜß")


def _western_european(data: bytes) -> str | None:
    """The text as Windows-1252 when its non-ASCII characters are then mostly German letters.

    Detection guesses badly on short German text in Latin-1/Windows-1252, the usual legacy
    encoding of German news ("Russland.äöü" read as cp850), so the likely reading is tried first.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    german = sum(c in _GERMAN_LETTERS for c in non_ascii)
    return text if non_ascii and german >= 0.6 * len(non_ascii) else None
