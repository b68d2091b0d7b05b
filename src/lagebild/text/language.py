"""Language identification with py3langid, which ships its model."""

from __future__ import annotations

from functools import lru_cache

DEFAULT_LANGUAGE = "de"
MIN_CHARS = 60  # below this, langid guesses (a short English headline came back as Tagalog)
MIN_CONFIDENCE = 0.8


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """ISO 639-1 code of the text's language; `default` when the text is too short to tell."""
    sample = text[:5000]
    if len(sample.strip()) < MIN_CHARS:
        return default
    language, confidence = _identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else default
