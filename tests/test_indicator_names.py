"""Indicator names officials see are nouns (issue 12 item 5, issue 13 item 4): what is measured
(高新技术企业, 农村自来水普及率), never a comparator, verb or fragment ("至少", "达到国家推荐标准",
"学生掌握", "养老"). Where the stored name is not one, the clause's phrase around the number is shown
and flagged (tracking.names.shown_name, on etl.extract.is_not_a_noun)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract import is_not_a_noun
from tracking.names import clause_phrase, shown_name

NOUNS = ["高新技术企业", "农村自来水普及率", "细颗粒物（PM2.5）浓度", "全社会研发经费投入强度", "建成5G基站",
         "社区养老服务设施配建达标率", "养老保险参保率", "省市县重点项目建设", "蔬菜", "造林"]
FRAGMENTS = ["至少", "达到国家推荐标准", "学生掌握", "养老", "按服务覆盖", "达到", "不低于", "新增", "养", "25%"]


@pytest.mark.parametrize("name", NOUNS)
def test_a_noun_is_a_name(name):
    assert not is_not_a_noun(name)


@pytest.mark.parametrize("name", FRAGMENTS)
def test_a_comparator_verb_or_fragment_is_not(name):
    assert is_not_a_noun(name)


@pytest.mark.parametrize("name, sentence, value, shown", [
    # a noun stays as it is
    ("高新技术企业", "到2025年，力争高新技术企业达到80家。", 80, ("高新技术企业", False)),
    # the real 冠县 clause whose name was only its predicate: the subject comes from the phrase before
    ("达到国家推荐标准", "实施基层服务能力提升行动，乡镇卫生院、社区卫生服务中心全部达到国家基本标准，"
                        "25%以上达到国家推荐标准。", 25, ("乡镇卫生院、社区卫生服务中心…25%以上达到国家推荐标准", True)),
    ("学生掌握", "实施学校体育固本行动，保证学生掌握1—2项体育技能。", 1, ("保证学生掌握1—2项体育技能", True)),
    ("养老", "到2025年，基本养老、医疗保险参保率分别达到96%、97%。", 96, ("基本养老、医疗保险参保率分别达到96%", True)),
    ("至少", "实施疾控中心标准化建设工程，至少建成5个负压生物安全二级实验室，具备开展多病原检测能力。", 5,
     ("至少建成5个负压生物安全二级实验室", True)),
    # the second number of a sentence: its own phrase
    ("至少", "开展退役军人专场招聘会至少2场、残疾人专场招聘会至少1场。", 1, ("残疾人专场招聘会至少1场", True)),
])
def test_a_name_that_is_not_a_noun_becomes_the_clauses_phrase(name, sentence, value, shown):
    assert tuple(shown_name(name, sentence, value)) == shown


def test_a_long_phrase_is_cut_around_its_number():
    sentence = ("健全基层医疗卫生服务体系，按照服务人口和服务半径的标准统筹规划布局，规划建设2000家左右乡镇卫生院或社区卫生"
                "服务中心领办的标准化公立卫生室，实现全覆盖。")
    phrase = clause_phrase(sentence, 2000, width=24)
    assert "2000家" in phrase and len(phrase) <= 26 and "…" in phrase


def test_nothing_to_show_is_said_so():
    assert tuple(shown_name("", "", None)) == ("", False)
    assert tuple(shown_name("至少", "", None)) == ("至少", True)  # no sentence: the name, flagged


SUBJECTS = st.sampled_from(["乡镇卫生院", "学生", "规上企业", "新建公厕", "农村自来水普及率", ""])
VERBS = st.sampled_from(["达到", "至少", "不低于", "新增", "掌握", "保持在", ""])
UNITS = st.sampled_from(["家", "%", "个", "万吨", "项"])


@given(SUBJECTS, VERBS, st.integers(1, 99999), UNITS, st.sampled_from(FRAGMENTS + [""]))
def test_a_shown_name_is_a_noun_or_a_flagged_phrase_holding_the_number(subject, verb, value, unit, name):
    sentence = f"到2025年，{subject}{verb}{value}{unit}。"
    text, from_phrase = shown_name(name, sentence, value)
    assert from_phrase  # every name here is a fragment or empty
    assert f"{value}{unit}" in text
    assert all(part in sentence for part in text.split("…"))
