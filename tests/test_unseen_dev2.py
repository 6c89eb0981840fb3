"""Issue 13, second round: the dev2 half of the second unseen set (tests/fixtures/unseen/dev2: six real
documents of six other jurisdictions, no manifest, metadata inferred from the text) at its measured
figures, and the two failures of the first held-back half, named after what broke. The heldout2
half is measured once, at the end of the round (tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor

from etl.cell_lines import cell_lines_to_rows
from etl.clean import clean_lines
from etl.load import document_meta
from etl.metadata import provincial_session_year
from etl.pipeline import document_to_targets

DEV2 = FIXTURES / "unseen" / "dev2"

# measured on dev2 at the commit that set them (README's precision table)
DEV2_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 1.0, "kind": 1.0,
              "metadata": 1.0}


def test_the_dev2_half_at_its_measured_floor():
    below = unseen_below_floor(DEV2, DEV2_FLOOR, documents=6)
    assert not below, below


# u13 of the first held-back half: an assessment table copied from a web page, one cell per line,
# the 监考单位 cell missing where it was merged with the row above
ONE_CELL_PER_LINE = """附件
2016年度经济社会发展目标任务分解表
项 目
分值
目标任务
监考单位
宏观调控
地区生产总值增长率
3
年终根据全省平均水平综合考核
区发改局区统计局
全社会固定资产投资额
3
186
区发改委区统计局
完成重点项目年度投资计划
2
18.4
公共服务
城镇新增就业人数
1
5800
区人社局
城镇登记失业率
1
低于 4.1""".splitlines()


def test_a_table_written_one_cell_per_line_is_read_row_by_row():
    rows = cell_lines_to_rows(ONE_CELL_PER_LINE)
    assert "全社会固定资产投资额\t3\t186\t区发改委区统计局" in rows
    assert "完成重点项目年度投资计划\t2\t18.4\t" in rows  # the merged 监考单位 stays empty
    assert "公共服务" in rows  # a merged category cell is a line of its own, not a row
    lines = clean_lines(ONE_CELL_PER_LINE)  # as every reader hands a file's lines on
    targets, _ = document_to_targets(lines, document_meta("list.txt", lines, None))
    got = {(t.indicator_name, t.value, t.comparator) for t in targets}
    assert got == {("全社会固定资产投资额", 186, "="), ("完成重点项目年度投资计划", 18.4, "="),
                   ("城镇新增就业人数", 5800, "="), ("城镇登记失业率", 4.1, "<=")}
    assert not any(t.value in (3, 2, 1) for t in targets)  # 分值 is a score, never a target


def test_lines_that_are_not_a_table_are_left_alone():
    lines = ["一、主要目标", "项目", "到2025年,新增高新技术企业20家。", "3"]
    assert cell_lines_to_rows(lines) == lines


def test_a_province_whose_years_were_lost_takes_the_year_of_its_congress_session():
    """u03: "关于年重点工作及责任分解的通知" lost its 2022; "省十三届人大五次会议" sat in January 2022."""
    assert provincial_session_year("根据省十三届人大五次会议审议通过的《政府工作报告》") == 2022
    assert provincial_session_year("浙江省第十四届人民代表大会第一次会议") == 2023
    assert provincial_session_year("县十八届人民代表大会") is None
    lines = ["安徽省人民政府关于年重点工作及责任分解的通知",
             "根据省十三届人大五次会议审议通过的《政府工作报告》,省政府研究确定了年重点工作。",
             "1.全省生产总值增长7%以上。"]
    targets, _ = document_to_targets(lines, document_meta("u.txt", lines, None))
    assert [(t.value, t.target_year) for t in targets] == [(7, 2022)]


def test_a_page_label_that_repeats_a_figure_is_not_a_second_target():
    """w07: a news page puts "6000亿" in bold above the sentence that states it."""
    lines = ["保定市国民经济和社会发展第十四个五年规划纲要", "6000亿", "到2025年,全市汽车及零部件产业营业收入达到6000亿元。"]
    targets, _ = document_to_targets(lines, document_meta("p.txt", lines, None))
    assert [(t.indicator_name, t.value, t.unit) for t in targets] == [("汽车及零部件产业营业收入", 6000, "亿元")]
