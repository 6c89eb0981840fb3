"""Issue 13, eighth round: the dev8 half of the eighth unseen set (tests/fixtures/unseen/dev8: eight
real documents of seven other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and heldout7's failures as general rules — a target's year comes from its own clause,
then the heading or headline it sits under, then the plan, then the report's year, and a list issued in
the last quarter about the coming year plans that year; a jurisdiction may be named only in a cited
title or next to its province; a headline said again in the body is one target; the value a change
starts from (由7%降至6%) is a baseline; a numeral bound into a term (二次供水, 一次性) and a count after
an aspect particle (选出了10件) are not targets. The heldout8 half is measured once, at the end of the
round (tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.load import document_meta
from etl.pipeline import document_to_targets

DEV8 = FIXTURES / "unseen" / "dev8"

# measured on dev8 at the commit that froze the code (README's precision table): 75 records (3
# doubtful) in eight documents, every one found; 湖北's two pages never name 湖北 (长江日报's summary, a
# list that says only 全省 and 留鄂来鄂), so their 33 targets land in 未知地区.
DEV8_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 0.89}


def test_the_dev8_half_at_its_measured_floor():
    below = unseen_below_floor(DEV8, DEV8_FLOOR, documents=8)
    assert not below, below


def targets(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    return meta, document_to_targets(lines, meta)[0]


def read(lines: list[str]):
    return [(t.value, t.unit) for t in targets(lines)[1]]


# (a) the year of the heading or headline a target sits under; a Q4 list about the coming year
def test_a_heading_year_holds_for_the_targets_under_it():
    meta, found = targets(["2025年工作安排", "主要预期目标是:地区生产总值增长6%左右,城镇新增就业3万人以上。"])
    assert [t.target_year for t in found] == [2025, 2025]


def test_a_headline_year_without_nian_holds_for_the_page():
    lines = ["内蒙古2024将改造城镇老旧管网2220公里", "启动新一轮偏远地区用电升级工程,新建扩建集中供水工程531处。"]
    assert [t.target_year for t in targets(lines)[1]] == [2024, 2024]


def test_a_year_the_opening_says_its_place_plans_for_holds_for_an_undated_page():
    # round 152's press-conference page (et02): no date line; its rows of classes under the year it opens with
    lines = ["本报4月18日讯(记者龙易强)4月18日,记者获悉,2022年我省计划安排省重点(重大)项目152个,年度计划投资856亿元。",
             "按项目建设进度分", "竣工项目20个,总投资619亿元。"]
    meta, found = targets(lines)
    assert meta.horizon_year == 2022 and len(found) >= 3 and {t.target_year for t in found} == {2022}


def test_a_list_signed_in_the_last_quarter_plans_the_coming_year():
    lines = ["我们编制了《2014年要完成的与人民生活密切相关的实事(网上征求意见稿)》,具体如下:",
             "各类旧住房综合整治50万平方米。", "上海市虹口区发展和改革委员会", "2013年10月31日"]
    meta, found = targets(lines)
    assert meta.horizon_year == 2014 and [t.target_year for t in found] == [2014]


# (b) a place named only inside a cited title, or next to its own province
def test_the_one_place_of_a_cited_title_names_the_page():
    meta, _ = targets(["根据《2024年内蒙古自治区政府工作报告》,2024年,内蒙古将改造城镇老旧管网2220公里。"])
    assert meta.jurisdiction == "内蒙古自治区"


def test_two_places_in_cited_titles_name_none():
    meta, _ = targets(["根据《2024年内蒙古自治区政府工作报告》和《2024年山东省政府工作报告》,将改造管网2220公里。"])
    assert meta.jurisdiction == "未知地区"


def test_a_stem_named_with_its_province_names_the_page():
    meta, _ = targets(["2025年工作安排", "深入贯彻习近平总书记关于湖南和湘潭重要讲话重要指示批示精神,认真落实市委全会部署。"])
    assert meta.jurisdiction == "湘潭市"


# (c) a headline restated in the body is one target, worded as the body words it
def test_a_headline_said_again_in_the_body_is_one_target():
    lines = ["北京明年新增中小学学位2万个", "新增中小学学位2万个、幼儿托位6000个,建设筹集保障性租赁住房8万套。"]
    found = targets(lines)[1]
    assert [(t.value, t.unit) for t in found] == [(2, "万个"), (6000, "个"), (8, "万套")]
    assert found[0].indicator_name == "新增中小学学位"


def test_a_sub_target_with_qizhong_stays():
    lines = ["某市2025年重点工作", "新建5G基站3000个,其中农村地区新建5G基站3000个。"]
    assert read(lines) == [(3000, "个"), (3000, "个")]


# (d) the value a change starts from is a baseline, never a target
def test_values_a_change_starts_from_are_baselines():
    lines = ["西安市2025年为民实事实施方案",
             "将参保单位缴费费率由7%降至6%,城乡居民医保补助标准由每人每年670元提高到700元,"
             "孤儿基本生活最低养育标准由每人每月1800元、1500元统一提高到2200元。"]
    assert read(lines) == [(6, "%"), (700, "元"), (2200, "元")]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 90), st.integers(91, 200), st.sampled_from(["提高到", "降至", "提升至", "统一提高到"]))
def test_the_from_value_never_counts(a, b, verb):
    lines = ["某市2025年民生实事", f"城乡低保标准由每人每月{a}元{verb}{b}元。"]
    assert read(lines) == [(b, "元")]


# (e) numerals bound into terms, and counts of a list after an aspect particle
def test_numerals_bound_into_terms_are_not_quantities():
    lines = ["深圳市2025年目标清单", "完成200个小区二次供水设施改造,加强一次性消毒餐具监管,实施二次创业战略。"]
    assert read(lines) == [(200, "个")]


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 60), st.sampled_from(["选出了{n}件", "《方案》明确了{n}项重点工作"]))
def test_a_count_after_le_is_the_list_not_a_target(n, phrase):
    lines = ["某区2021年民生实事", phrase.format(n=n) + ",新建农桥9座。"]
    assert read(lines) == [(9, "座")]


# dev8: 最多 caps only the number next to it
def test_zuiduo_far_from_the_number_is_no_cap():
    lines = ["三门峡市乡村建设行动实施方案", "到2025年年底前,实现行政村最多换乘一次客运公交即可到达县城比例达到100%。"]
    assert read(lines) == [(100, "%")]
