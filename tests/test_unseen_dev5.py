"""Issue 13, fifth round: the dev5 half of the fifth unseen set (tests/fixtures/unseen/dev5: eight
real documents of eight other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and the four failures of the spent heldout4 half, named after the rule that
fixes them. The heldout5 half is measured once, at the end of the round
(tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.load import document_meta
from etl.metadata import five_year_plan_year, is_addressee_line
from etl.pipeline import document_to_targets

DEV5 = FIXTURES / "unseen" / "dev5"

# measured on dev5 at the commit that set them (README's precision table). The target year is
# 0.724: z15 (晋安区, a 2011 news item) names no year at all — "今年该区将做好…" — so its eight
# targets carry none; every other document's targets have theirs.
DEV5_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 1.0}


def test_the_dev5_half_at_its_measured_floor():
    below = unseen_below_floor(DEV5, DEV5_FLOOR, documents=8)
    assert not below, below


def meta_and_targets(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    targets, _ = document_to_targets(lines, meta)
    return meta, [(t.value, t.unit, t.target_year) for t in targets]


# (a) y06, y10: the year of the targets
def test_a_year_then_a_place_then_the_subject_sets_the_year_of_the_list():
    lines = ["1月13日,济南市第十八届人民代表大会第四次会议开幕,会上作政府工作报告。",
             "2025年济南市经济社会发展主要预期目标是:地区生产总值增长5.5%左右;一般公共预算收入增长3%左右;城镇新增就业15万人以上。"]
    meta, got = meta_and_targets(lines)
    assert (meta.doc_type, meta.horizon_year, meta.issuing_body) == ("work_report", 2025, "济南市人民政府")
    assert got == [(5.5, "%", 2025), (3, "%", 2025), (15, "万人", 2025)]


def test_a_lead_year_holds_for_its_list_even_in_a_plan_of_another_horizon():
    lines = ["某市新能源三年行动方案(2023—2025年)",
             "2023年全市新能源发展主要目标是:新增光伏装机50万千瓦;新建充电桩2000个。到2025年,新能源装机达到500万千瓦。"]
    assert meta_and_targets(lines)[1] == [(50, "万千瓦", 2023), (2000, "个", 2023), (500, "万千瓦", 2025)]


def test_a_measure_that_names_years_only_in_what_it_cites_takes_the_latest_cited_number():
    lines = ["《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》",
             "为深入贯彻落实省政府《关于…若干政策措施》(苏政发〔2022〕1号)精神,结合淮安实际,制定如下实施细则。",
             "2.开展企业上云培训对接和咨询诊断活动,每年培育星级上云企业50家。(责任单位:市工信局)"]
    meta, got = meta_and_targets(lines)
    assert (meta.title, meta.doc_type, meta.horizon_year) == (
        "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则", "implementation_plan", 2022)
    assert got == [(50, "家", 2022)]


def test_a_five_year_plan_named_by_its_opening_or_closing_gives_the_year():
    assert five_year_plan_year("奋力实现“十五五”良好开局。") == 2026
    assert five_year_plan_year("2021年是“十四五”开局之年") == 2021
    assert five_year_plan_year("2025年是“十四五”规划收官之年") == 2025
    assert five_year_plan_year("为实现“十五五”良好开局打牢基础") is None  # the year before it


def test_a_report_delivered_late_in_the_year_it_reviews_plans_the_next():
    lines = ["政府工作报告", "——2021年10月19日在桃江县第十八届人民代表大会第一次会议上", "各位代表:",
             "2021年工作回顾及过去五年主要成就",
             "2021年全县实现生产总值305亿元左右(预计数,下同),增长8%;固定资产投资增长9.5%左右。"]
    meta, got = meta_and_targets(lines)
    assert (meta.jurisdiction, meta.horizon_year) == ("桃江县", 2022)
    assert got == []


def test_an_execution_report_with_next_years_draft_plans_the_draft_year():
    lines = ["江岸区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告", "各位代表:"]
    assert document_meta("d.txt", lines, None).horizon_year == 2025


# (b) y14: a congress's term and session
def test_session_ordinals_are_never_quantities():
    lines = ["甘肃省人民政府关于印发2022年《政府工作报告》主要指标和重点任务分解的通知",
             "为全面完成省十三届人大六次会议通过《政府工作报告》确定的各项目标任务,省政府决定予以分解下达。",
             "深入学习贯彻党的十九届六中全会精神。到2022年,组织两届全省道德模范评选活动。"]
    assert [(v, u) for v, u, _ in meta_and_targets(lines)[1]] == [(2, "届")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from("一二三四五六七八九"), st.sampled_from(["十", "十一", "十二", "十三", "十四"]),
       st.sampled_from(["省", "市", "县", "区"]), st.sampled_from(["人大", "人民代表大会", "政协"]))
def test_no_term_or_session_of_any_congress_is_read_as_a_target(session, term, level, body):
    sentence = f"为全面完成{level}{term}届{body}{session}次会议确定的各项目标任务,确保完成。"
    assert meta_and_targets(["某市2024年重点工作任务分解", sentence])[1] == []


# (c) y10: a place named once, by its stem, where the document speaks of itself
def test_a_stem_in_the_phrase_that_adapts_a_measure_names_the_place():
    lines = ["关于进一步帮助市场主体纾困解难的具体实施细则", "结合淮安实际,制定如下实施细则。", "每年培育星级上云企业50家。"]
    meta = document_meta("d.txt", lines, None)
    assert (meta.jurisdiction, meta.jurisdiction_level, meta.parent_jurisdiction) == ("淮安市", "city", "江苏省")


def test_a_stem_only_inside_a_cited_title_names_no_place():
    lines = ["关于进一步帮助市场主体纾困解难的具体实施细则", "出台《淮安市制造业智能化改造和数字化转型三年行动计划》。"]
    assert document_meta("d.txt", lines, None).jurisdiction == "未知地区"


# (d) y14: the addressee line names recipients
def test_an_addressee_line_is_never_the_issuer():
    assert is_addressee_line("各市、自治州人民政府,兰州新区管委会,省政府各部门,中央在甘各单位:")
    assert is_addressee_line("县政府各部门,县直各单位:")
    assert not is_addressee_line("甘肃省人民政府关于印发2022年《政府工作报告》主要指标和重点任务分解的通知")
    lines = ["甘政发〔2022〕9号", "各市、自治州人民政府,兰州新区管委会,省政府各部门,中央在甘各单位:",
             "为全面完成省十三届人大六次会议通过《政府工作报告》确定的各项目标任务,省政府决定,将主要指标予以分解下达。"]
    meta = document_meta("d.txt", lines, None)
    assert (meta.jurisdiction, meta.jurisdiction_level, meta.horizon_year) == ("甘肃省", "province", 2022)


# what dev5 showed
def test_the_count_of_a_lists_deeds_is_not_a_target():
    """z13, z15: "2025年海州区50件民生实事", "今年该区将做好…10项实事"; the items carry the targets."""
    lines = ["区政府关于印发2025年海州区50件民生实事任务分解方案的通知",
             "今年该区将做好事关群众利益的10项实事。新建蔬菜基地350亩。"]
    meta, got = meta_and_targets(lines)
    assert meta.doc_type == "task_division"
    assert [(v, u) for v, u, _ in got] == [(350, "亩")]


def test_a_per_unit_target_in_chinese_numerals_after_at_least():
    lines = ["某区2011年为民办实事", "做到每个街道至少有一所社区卫生服务中心。"]
    assert [(v, u) for v, u, _ in meta_and_targets(lines)[1]] == [(1, "所")]


def test_a_news_headline_of_a_work_report_is_no_task_division():
    lines = ["政府工作报告提出全市经济社会发展主要预期目标", "今年地区生产总值增长5.5%左右",
             "20日,提请市十六届人大五次会议审议的政府工作报告,提出了今年全市经济社会发展主要预期目标。",
             "今年市政府工作总体要求是:全面落实习近平总书记对福建、福州工作的重要讲话精神,奋力实现“十五五”良好开局。",
             "(福州晚报记者组)"]  # the city named twice, as z03 does (once is no evidence)
    meta = document_meta("d.txt", lines, None)
    assert (meta.doc_type, meta.jurisdiction, meta.horizon_year) == ("work_report", "福州市", 2026)


def test_a_report_page_with_no_year_in_the_words_of_tasks_to_do_looks_forward():
    """甘孜's report, the page that goes on from the front page (round 27): no year, no heading, but the
    tasks' words (加快, 抓好, 探索) — its figures are targets, with no year (the page never shows one)."""
    lines = ["政府工作报告", "(上接第一版)建成道孚、新龙、色达等5个总装机180万千瓦的光伏项目,加快乡城、理塘等10个县光伏项目建设。"
             "抓好甘孜、新龙等抽蓄项目前期工作。探索建立光伏开发后期惠民扶持机制。实施制造业“智改数转”项目9个。"]
    meta, got = meta_and_targets(lines)
    assert (meta.doc_type, meta.horizon_year) == ("work_report", None)
    assert (9, "个", None) in got
    # the same page reporting what was done stays a review
    review = ["政府工作报告", "一年来,实施制造业“智改数转”项目9个,同比增长12%,加快乡城光伏建设,抓好前期工作,探索惠民机制。"]
    assert meta_and_targets(review)[1] == []


def test_indented_points_of_a_news_summary_are_not_one_sentence():
    """汕头's report as a list of points, each an indented line without an end mark (round 27)."""
    from etl.clean import clean_lines

    head = "  2025年预期目标:地区生产总值增长5%。"
    lines = clean_lines([head, "  加快重点项目建设进度,争取全年完成重点项目投资超1000亿元", "", "  做实做细项目前期工作,谋划储备重大项目"])
    assert lines[1:] == ["加快重点项目建设进度,争取全年完成重点项目投资超1000亿元", "做实做细项目前期工作,谋划储备重大项目"]
    # a line broken mid-sentence still joins, indented or not
    assert clean_lines([head, "  采取明查暗访等方式,", "", "深入一线查看推进落实情况。"])[1:] == ["采取明查暗访等方式,深入一线查看推进落实情况。"]


def test_a_subheadline_restated_in_the_body_is_one_target():
    lines = ["沙河口区确定今年10项重点民生实事", "新建10处口袋公园建成10处社区食堂",
             "近日,沙河口区确定2024年10项重点民生实事。", "新建10处口袋公园,持续优化城区人居环境。"]
    lines.append("大力发展老年助餐服务,建成10处社区食堂。")
    got = meta_and_targets(lines)[1]
    assert got == [(10, "处", 2024), (10, "处", 2024)]  # not four: the body says the subheadline's two again
