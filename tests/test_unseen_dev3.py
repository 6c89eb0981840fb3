"""Issue 13, third round: the dev3 half of the third unseen set (tests/fixtures/unseen/dev3: eight
real documents of eight other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and the four failures of the spent heldout2 half, named after the rule that
fixes them. The heldout3 half is measured once, at the end of the round
(tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor

from etl.extract import clause_to_targets
from etl.load import document_meta
from etl.metadata import work_report_year
from etl.model import Clause
from etl.pipeline import document_to_targets

DEV3 = FIXTURES / "unseen" / "dev3"

# measured on dev3 at the commit that set them (README's precision table)
DEV3_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 1.0}


def test_the_dev3_half_at_its_measured_floor():
    below = unseen_below_floor(DEV3, DEV3_FLOOR, documents=8)
    assert not below, below


def targets_of(lines: list[str]):
    targets, _ = document_to_targets(lines, document_meta("d.txt", lines, None))
    return [(t.indicator_name, t.value, t.unit, t.target_year) for t in targets]


# (a) w04: a news page retells a county's work report without its headings
RETOLD_REPORT = [
    "近日,在日照市五莲县第十七届人民代表大会第二次会议上,五莲县县长杜江涛作政府工作报告,回顾了2012年的政府工作,也提出了2013年的政府工作目标。",
    "经初步预计,五莲县2012年全年实现生产总值163亿元,比上年增长13%;农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元,分别增长18%和16.5%。",
    "2013年,五莲县计划招引20个以上过亿项目,招商引资到位固定资产投资15亿元以上。",
]


def test_a_retold_work_report_keeps_the_review_paragraph_out_and_the_next_year_in():
    got = targets_of(RETOLD_REPORT)
    assert [v for _, v, _, _ in got] == [20, 15]  # not 163, 9807, 18817, 18, 16.5
    assert {y for *_, y in got} == {2013}  # (d) the year the report sets targets for, from its lead


def test_a_work_reports_year_is_the_one_it_sets_targets_for_or_the_one_after_its_review():
    assert work_report_year("回顾了2012年的政府工作,也提出了2013年的政府工作目标") == 2013
    assert work_report_year("报告指出,2024年是凤县发展历程中极为不易、极限承压的一年") == 2025
    assert work_report_year("一、2024年工作回顾") == 2025
    assert work_report_year("各位代表") is None


def test_the_rest_of_a_review_sentence_after_its_semicolon_is_review_too():
    """x15: only 同比 marks the first parts; 财政收入同口径增长4.5% is the same year's result."""
    clause = Clause(ref="1", text="全年地区生产总值同比增长3.5%;财政收入同口径增长4.5%;到2026年,城镇新增就业达到1000人。", sector="")
    assert [t.value for t in clause_to_targets(clause, 2025, 2025)] == [1000]  # a due year reopens the future
    plan = ["到2025年,全市新增高新技术企业20家;截至2020年底,全市高新技术企业150家;高新技术产业产值占比达到50%。"]
    assert [v for _, v, _, _ in targets_of(plan)] == [20]  # after 截至… only a forward word reopens


# (b) w06: a headline figure restated in the lead and the body
def test_an_amount_restated_in_other_words_is_kept_once():
    lines = ["广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元",
             "5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,提出到2025年地区生产总值将达到3.5万亿元。",
             "经济发展进入全新阶段,到2025年,国内生产总值达到3.5万亿元;战略性新兴产业增加值超过1.2万亿元。"]
    got = targets_of(lines)
    assert [(v, u, y) for _, v, u, y in got] == [(3.5, "万亿元", 2025), (1.2, "万亿元", 2025)]  # 2035 is a title's
    two_industries = ["到2025年,纺织服装产业营业收入达到50亿元。", "到2025年,绿色建材产业营业收入达到50亿元。"]
    assert len(targets_of(two_industries)) == 2  # same amount, two measures


# (c) w10: a budget set aside, in an annual plan
def test_money_set_aside_is_an_instrument_in_any_document():
    lines = ["浙江省2025年国民经济和社会发展计划",
             "安排省级财政资金1042.8亿元,供应建设用地35万亩以上。下达中央预算内资金5亿元。力争社会消费品零售总额增长5%以上。"]
    assert [v for _, v, _, _ in targets_of(lines)] == [35, 5]  # the 5 is the growth rate, not 5亿元
    assert [u for _, _, u, _ in targets_of(lines)] == ["万亩", "%"]


def test_the_world_economy_and_a_meetings_attendance_are_no_targets():
    lines = ["珠海市2018年国民经济和社会发展计划",
             "国际货币基金组织(IMF)调高全球经济2018年增速至3.7%,表明世界经济复苏的动力仍然强劲。",
             "本次大会应到代表155人,实到144人,符合法定人数。"]
    assert targets_of(lines) == []


def test_a_capacity_reached_is_a_target_and_milestones_before_the_headline_keep_their_years():
    """x09: "到2015年…产能达30亿立方米、…；2017年…；到2020年…" — no issue date, so the earliest
    milestone opens the plan and the 2017 sentence is not history."""
    lines = ["四川省新兴产业发展工作推进方案",
             "到2015年,页岩气产能达30亿立方米、产量达20亿立方米以上;2017年我省将形成10万辆新能源乘用车生产能力;到2020年,全省航空与燃机产业经济规模达1000亿元。"]
    got = {(v, y) for _, v, _, y in targets_of(lines)}
    assert got == {(30, 2015), (20, 2015), (10, 2017), (1000, 2020)}
