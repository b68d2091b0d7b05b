"""Quality gates: pinned floors on fixed evaluation sets (the way trafilatura gates its extraction).

A change may raise a floor, never silently lower it. The sets live in ../shared (skipped without it);
none of them is used for training anything shipped.
"""

from __future__ import annotations

import pytest

from common import SHARED

KRAUTS = SHARED / "data" / "krauts" / "KRAUTS_Dolomiten-42"


@pytest.mark.skipif(not KRAUTS.exists(), reason="KRAUTS not beside the project")
def test_time_on_krauts_beats_heideltime():
    from lagebild.time.evaluate import baseline_dir, evaluate_output, evaluate_tagger

    ours = evaluate_tagger(KRAUTS)
    heideltime = evaluate_output(KRAUTS, baseline_dir(KRAUTS))
    assert ours.value["f1"] >= 0.80
    assert ours.strict["f1"] >= 0.84 and ours.relaxed["f1"] >= 0.93
    assert ours.value["f1"] > heideltime.value["f1"]
