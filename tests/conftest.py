from __future__ import annotations

from datetime import date

import pytest

from common import SEED


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
