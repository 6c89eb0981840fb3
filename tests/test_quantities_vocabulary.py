"""Issue 13, round 6: the measure words (量词) a target counts are one vocabulary
(etl.quantities.MEASURE_WORDS), and every one of them is read after a number — heldout5 lost
涉县's 「安装太阳能路灯1000盏」 because 盏 was not in the list."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import CLASSIFIER_UNITS
from etl.quantities import BASE_UNITS, MEASURE_WORDS, find_quantities

# a broad list of measure words for physical things, places and events, as the brief names them
EXPECTED = "盏处座台套辆艘架张块间栋幢眼口条根棵株头只匹羽尾册部件项批宗笔次场期届户名位床个家所"


def test_the_vocabulary_holds_the_common_measure_words():
    assert set(EXPECTED) <= set(MEASURE_WORDS)
    assert len(set(MEASURE_WORDS)) == len(MEASURE_WORDS)  # one entry each


@pytest.mark.parametrize("word", MEASURE_WORDS)
def test_each_measure_word_is_read_after_a_number(word):
    assert word in BASE_UNITS and word in CLASSIFIER_UNITS
    found = find_quantities(f"今年新建改造{37}{word}。")
    assert [(q.value, q.unit) for q in found] == [(37, word)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(MEASURE_WORDS), st.integers(min_value=2, max_value=99999))
def test_any_count_with_any_measure_word_keeps_its_value_and_unit(word, n):
    found = find_quantities(f"完成{n}{word}以上")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(n, word, ">=")]


def test_a_lamp_count_is_a_target():
    from etl.load import document_meta
    from etl.pipeline import document_to_targets

    lines = ["2025年民生实事项目", "一、2025年村内基础设施提升工程", "硬化道路10万平方米并安装太阳能路灯1000盏。"]
    targets, _ = document_to_targets(lines, document_meta("d.txt", lines, None))
    assert (1000, "盏") in [(t.value, t.unit) for t in targets]
