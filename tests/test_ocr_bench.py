"""The scoring of bench/ocr_bench.py: character accuracy by edit distance, targets matched once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from ocr_bench import match_targets
from ocr_pages import edit_distance, normalise

from etl.model import Target


def plain_edit_distance(a: str, b: str) -> int:
    """The textbook dynamic programme, to check the vectorised one against."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@given(st.text(alphabet="聊城市〔〕2025年%", max_size=12), st.text(alphabet="聊城市〔〕2025年%[]", max_size=12))
def test_edit_distance_is_levenshtein(a, b):
    assert edit_distance(a, b) == plain_edit_distance(a, b)


def test_edit_distance_examples():
    assert edit_distance("聊江管办发〔2023〕7号", "聊江管办发〔2023]7号") == 1
    assert edit_distance("", "三年") == 2
    assert edit_distance(normalise("（此件公开发布）"), normalise("(此件公开发布)")) == 0


def target(name: str, value: float, unit: str = "%", kind: str = "level") -> Target:
    return Target(indicator_name=name, value=value, unit=unit, comparator=">=", kind=kind, source_text="")


def test_a_scan_target_matches_one_text_target_with_the_same_value_and_a_similar_name():
    text = [target("非化石能源消费占比", 13), target("空气质量优良天数比率", 65.8), target("研发经费投入强度", 3)]
    scan = [target("非化石能源消费占比", 13), target("空气质量优良天数比率", 65.8), target("空气质量优良天数比率", 65.8),
            target("研发经费投入强度", 8)]  # a value misread: missed, and one extra
    assert match_targets(text, scan) == 2
    assert match_targets(text, [target("高新技术企业", 13)]) == 0
