"""The English view writes English punctuation (issue 12, item 7): "Target (2025)", "Lead: …", never
the full-width "（2025）" or "：" that Chinese uses."""

from __future__ import annotations

import pytest

from outputs import i18n
from outputs import pack as P

FULL_WIDTH = "（）：，。；！？"


def test_no_english_text_carries_full_width_punctuation():
    offenders = {k: v["en"] for k, v in i18n.TEXT.items() if any(c in v["en"] for c in FULL_WIDTH)}
    assert offenders == {}


@pytest.mark.parametrize("lang, bracketed, label", [("zh", "（2025）", "目标："), ("en", " (2025)", "Target: ")])
def test_brackets_and_colons_follow_the_language(lang, bracketed, label):
    assert i18n.paren(2025, lang) == bracketed
    assert i18n.t("chart.target", lang) + i18n.colon(lang) == label


def test_the_packs_target_and_latest_texts_in_english():
    row = {"comparator": ">=", "value": 80.0, "unit": "家", "target_year": 2025, "latest_value": 52.0,
           "latest_period": "2024Q3", "kind": "level"}
    for text in (P.target_text(row, "en"), P.latest_text(row, "en")):
        assert not any(c in text for c in FULL_WIDTH), text
    assert P.target_text(row, "en").endswith(" (2025)")
    assert P.target_text(row, "zh").endswith("（2025）")
