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


def test_a_title_agrees_whatever_its_width_or_the_notice_that_issues_it():
    from etl.evaluate import same_title

    assert same_title("雷州半岛现代农业发展规划实施方案(2016-2020年)", "雷州半岛现代农业发展规划实施方案（2016-2020年）")
    assert same_title("汉中市人民政府办公室关于印发汉中市激发市场活力促进消费增长三年行动方案(2023—2025年)的通知",
                      "汉中市激发市场活力促进消费增长三年行动方案（2023—2025年）")
    assert same_title("关于印发《秀英区2019年健康促进与教育工作实施方案》的通知", "秀英区2019年健康促进与教育工作实施方案")
    # another document, or a piece of one, is no agreement
    assert not same_title("晋中市人民政府工作报告(2024年)", "(山西省)晋中市人民政府工作报告(2024年)")
    assert not same_title("关于印发2020年太康县重点民生实事的通知", "2020年太康县")
    assert not same_title("2021年县政府重点工作任务", "")
