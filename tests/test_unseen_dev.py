"""Issue 13's floors, as measured (docs/extraction.md): the five sources at precision and recall
≥ 0.98 each, and the dev half of the unseen set (tests/fixtures/unseen/dev: six real documents of
other jurisdictions, no manifest, so every document's metadata is inferred from its text) at its
measured figures. The held-back half is measured once by the lead, never here."""

from __future__ import annotations

import subprocess
import sys

from conftest import FIXTURES, ROOT, SOURCES

import settings
from etl.evaluate import evaluate_folder, pooled

DEV = FIXTURES / "unseen" / "dev"

# measured on the dev half at the commit that set them (docs/extraction.md)
DEV_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 1.0, "kind": 0.88,
             "metadata": 0.97}


def test_the_five_sources_stay_at_098():
    scores = evaluate_folder(SOURCES, settings.READINGS_DIR)
    assert len(scores) == 5
    low = [(s.doc, round(s.precision, 3), round(s.recall, 3)) for s in scores if min(s.precision, s.recall) < 0.98]
    assert not low, low
    total = pooled(scores)
    assert total["jurisdiction"] == 1.0 and total["target_year"] >= 0.98


def test_the_five_sources_with_metadata_inferred_from_their_text():
    """Without the manifest the figures are the same: the text gives what the manifest says."""
    with_manifest = pooled(evaluate_folder(SOURCES, settings.READINGS_DIR))
    inferred = pooled(evaluate_folder(SOURCES, settings.READINGS_DIR, infer_metadata_only=True))
    for key in ("precision", "recall", "jurisdiction", "target_year"):
        assert inferred[key] >= with_manifest[key] - 0.005, key


def test_the_dev_half_at_its_measured_floor():
    scores = evaluate_folder(DEV, DEV)
    assert len(scores) == 6
    assert all(s.meta_agreement for s in scores)  # truth_metadata.csv was read
    total = pooled(scores)
    below = {k: round(total[k], 3) for k, floor in DEV_FLOOR.items() if total[k] < floor}
    assert not below, below


def test_evaluate_cli_reports_agreement_and_metadata():
    result = subprocess.run([sys.executable, "-m", "etl", "evaluate", "--sources", str(DEV), "--readings", str(DEV)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("all: precision") and "jurisdiction" in last and "year" in last and "metadata fields" in last
    assert "u05.txt" in result.stdout and "metadata" in result.stdout
