"""Lines → clauses: headings, items, responsibility annotations and list columns, the 主要指标 table."""

import pytest

from etl.indicator_table import parse_cell_value, rows_to_targets
from etl.metadata import infer_metadata
from etl.structure import (
    heading_level,
    is_deadline,
    is_report_part_title,
    parse_responsibility,
    parse_structure,
    split_departments,
    table_columns,
)


@pytest.mark.parametrize(
    "line,level",
    [
        ("第二篇 激发创新驱动新活力", "pian"),
        ("第二十一章 推动农业高质量发展", "zhang"),
        ("第二节 构建现代水网体系", "jie"),
        ("二、凝心聚力建设制造业强市,筑牢高质量发展产业根基", "cn"),
        ("（一）加快重大创新平台建设", "paren"),
        ("(一)着力壮大产业规模", "paren"),
        ("1. 加强创新平台建设。", None),
        ("到 2025 年，经济总量迈上新台阶", None),
    ],
)
def test_heading_level(line, level):
    assert heading_level(line) == level


@pytest.mark.parametrize(
    "annotation,lead,participants,officials",
    [
        ("〔牵头领导：陈秀兴；牵头单位：市发展改革委；责任单位：市政府各部门，各县（市、区）人民政府、市属开发区管委会〕",
         ["市发展改革委"], ["市政府各部门", "各县（市、区）人民政府", "市属开发区管委会"], ["陈秀兴"]),
        ("〔牵头领导:陈秀兴、张建军;牵头单位:市发展改革委、市生态环境局;责任单位:各县(市、区)人民政府〕",
         ["市发展改革委", "市生态环境局"], ["各县(市、区)人民政府"], ["陈秀兴", "张建军"]),
        ("〔牵头单位：区农业农村局，配合单位：区发展与统计服务中心〕", ["区农业农村局"], ["区发展与统计服务中心"], []),
        ("〔责任单位：区经济发展局〕", ["区经济发展局"], [], []),
    ],
)
def test_parse_responsibility(annotation, lead, participants, officials):
    r = parse_responsibility(annotation)
    assert (r.lead_departments, r.participating_departments, r.lead_officials) == (lead, participants, officials)


def test_split_departments_keeps_bracketed_lists_whole():
    assert split_departments("各县（市、区）人民政府、市属开发区管委会") == ["各县（市、区）人民政府", "市属开发区管委会"]
    assert split_departments("—") == []


@pytest.mark.parametrize("cell,expected", [("2025年年底", True), ("持续推进", True), ("2023年6月底", True), ("经济发展部", False)])
def test_is_deadline(cell, expected):
    assert is_deadline(cell) is expected


def test_table_columns_of_a_responsibility_list():
    assert table_columns(["序号", "政策事项", "牵头部门", "参与部门", "完成时限"]) == {
        "ref": 0, "text": 1, "lead": 2, "participants": 3, "deadline": 4}
    assert table_columns(["序号", "重点任务", "责任单位", "完成时限"])["lead"] == 2
    assert table_columns(["类别", "说明"]) is None


def test_task_division_items_with_annotations():
    lines = [
        "一、主要预期目标",
        "1. 生产总值增长6%左右。〔牵头领导：陈秀兴；牵头单位：市发展改革委；责任单位：市政府各部门〕",
        "二、凝心聚力建设制造业强市,筑牢高质量发展产业根基",
        "(一)着力壮大产业规模",
        "7.规上工业增加值增长7%左右。〔牵头领导:王刚;牵头单位:市工业和信息化局〕",
    ]
    clauses, _ = parse_structure(lines)
    assert [(c.ref, c.sector) for c in clauses] == [("1", "一、主要预期目标"), ("7", "二、凝心聚力建设制造业强市,筑牢高质量发展产业根基")]
    assert clauses[1].text == "规上工业增加值增长7%左右。"
    assert clauses[1].responsibility.lead_departments == ["市工业和信息化局"]


def test_flattened_responsibility_list_of_000():
    lines = ["推动高水平科技创新，建设区域创新中心", "（一）加快重大创新平台建设", "1",
             "完善实验室体系。力争2025年市级以上重点实验室新增4家以上。", "经济发展部", "各产业园区", "持续推进",
             "15-2", "黑色金属产业。力争规上企业达到56家。", "经济发展部、商务和投资促进部", "2025年年底"]
    clauses, _ = parse_structure(lines)
    assert [c.ref for c in clauses] == ["1", "15-2"]
    first, second = clauses
    assert first.sector == "推动高水平科技创新，建设区域创新中心"
    assert (first.responsibility.lead_departments, first.responsibility.participating_departments,
            first.responsibility.deadline) == (["经济发展部"], ["各产业园区"], "持续推进")
    assert second.responsibility.lead_departments == ["经济发展部", "商务和投资促进部"]
    assert second.responsibility.deadline == "2025年年底"


def test_bare_responsibility_line_belongs_to_the_item_above():
    clauses, _ = parse_structure(["一、科技创新", "1. 新增高新技术企业100家以上。", "牵头单位：市科技局；责任单位：各县（市、区）"])
    assert clauses[0].responsibility.lead_departments == ["市科技局"]


def test_a_task_that_runs_on_after_its_responsible_unit_is_read():
    # issue 13 round 9 (the spent heldout8's 南昌县 notice): the target follows 责任单位 on one line
    lines = ["二、10万平方米老旧小区改造项目", "牵头单位:县城管执法局",
             "责任单位:莲塘镇任务目标:2024年计划改造完成莲塘镇等住宅小区,改造总建筑面积不少于10万平方米。"]
    clauses, _ = parse_structure(lines)
    (task,) = [c for c in clauses if "10万平方米" in c.text]
    assert task.text.startswith("任务目标")
    assert task.responsibility.participating_departments == ["莲塘镇"]


def test_a_heading_that_names_the_past_and_the_plan_ahead_reviews_only_what_looks_back():
    lines = ["二、“十四五”时期发展成就和“十五五”时期主要目标任务", "过去五年，全区地区生产总值突破3万亿元。",
             "经济发展方面，提出地区生产总值年均增长5%左右。"]
    clauses, _ = parse_structure(lines)
    assert [c.is_review for c in clauses] == [True, False]
    clauses, _ = parse_structure(["一、“十四五”时期发展成就", "全区地区生产总值年均增长5.5%。"])
    assert clauses[0].is_review


@pytest.mark.parametrize("line,expected", [
    ("“十四五”时期工作回顾", True),  # 甘肃 2026: the report's parts on lines of their own, no numerals
    ("“十五五”时期的主要目标任务", True),
    ("2026年重点工作", True),
    ("关于2026年工作", True),
    ("2025年工作回顾和“十四五”发展主要成绩", True),
    ("全面加强政府自身建设", True),
    ("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右", False),  # a sentence
    ("加快建设现代化产业体系，巩固壮大实体经济根基", False),
])
def test_is_report_part_title(line, expected):
    assert is_report_part_title(line) is expected


def test_a_paragraph_that_looks_back_then_ahead_is_split_where_it_turns():
    lines = ["二、“十四五”时期发展成就和“十五五”时期主要目标任务",
             "过去五年，全区地区生产总值突破3万亿元。《纲要》细化提出25项主要指标，提出地区生产总值年均增长5%左右。"]
    clauses, _ = parse_structure(lines)
    assert [(c.is_review, c.text[:4]) for c in clauses] == [(True, "过去五年"), (False, "《纲要》")]


def test_a_target_stated_as_a_heading_with_only_its_lead_below_is_an_item():
    # round 12 (dev12, 蔡甸区's 2023 分解方案): "(一)地区生产总值增长7%以上" / "责任单位:区发展和改革局"
    lines = ["一、2023年全区经济社会发展的主要预期目标", "(一)地区生产总值增长7%以上", "责任单位:区发展和改革局",
             "(二)规上工业增加值增长12%以上", "责任单位:区经济和信息化局"]
    clauses, _ = parse_structure(lines)
    assert [(c.text, c.responsibility.lead_departments) for c in clauses] == [
        ("地区生产总值增长7%以上", ["区发展和改革局"]), ("规上工业增加值增长12%以上", ["区经济和信息化局"])]
    # a heading whose body follows says its target in the body (南昌县): the heading is a title only
    clauses, _ = parse_structure(["三、新建300个公共充电桩项目", "牵头单位:县城管执法局", "任务目标:2024年计划完成300个公共充电桩建设"])
    assert [c.text[:4] for c in clauses] == ["任务目标"]


def test_annex_that_repeats_prose_gives_departments_not_duplicates():
    lines = [
        "二、推动高水平科技创新",
        "1. 完善实验室体系。到2025年，新增市级重点实验室5家。",
        "冠县三年行动计划（2023—2025年）责任清单（任务事项）",
        "序号\t政策事项\t牵头部门\t参与部门\t完成时限",
        "1\t完善实验室体系。到2025年，新增市级重点实验室5家。\t县科技局\t县财政局\t2025年年底",
    ]
    clauses, _ = parse_structure(lines)
    assert len(clauses) == 1
    assert clauses[0].responsibility.lead_departments == ["县科技局"]


def test_review_chapter_is_marked():
    clauses, _ = parse_structure(["第一篇 开启新征程", "第一章 发展基础", "全市生产总值达到2316.84亿元。"])
    assert clauses[0].is_review


@pytest.mark.parametrize(
    "cell,parsed",
    [("≥6", (6, ">=")), (">6.5", (6.5, ">=")), ("2左右", (2, "~")), ("不少于4", (4, ">=")),
     ("预计2.3", (2.3, "=")), ("约1.9", (1.9, "~")), ("—", None), ("完成省分解任务", None)],
)
def test_parse_cell_value(cell, parsed):
    assert parse_cell_value(cell) == parsed


def test_indicator_table_rows_with_cells_out_of_line():
    rows = [
        ["类别", "指标", "2020年", "2025年", "年均/[累计]", "属性"],
        ["经济发展", "地区生产总值增速(%)", "2.8", "—", "≥6", "预期性"],
        ["", "研发支出与生产总值之比(%)", "约1.9", "2.5", "—", "预期性"],
        ["", "单位地区生产总值能源消耗降低(%)", "—", "完成省分解任务", "", "约束性"],
    ]
    targets = rows_to_targets(rows)
    assert [(t.indicator_name, t.value, t.comparator, t.kind, t.per_year, t.baseline_value, t.attribute) for t in targets] == [
        ("地区生产总值增速", 6, ">=", "growth_rate", True, 2.8, "预期性"),
        ("研发支出与生产总值之比", 2.5, "=", "level", False, 1.9, "预期性"),
    ]
    assert targets[1].target_year == 2025 and targets[1].baseline_year == 2020


def test_infer_metadata_from_the_first_lines():
    lines = ["聊城江北水城旅游度假区管理委员会办公室文件", "聊江管办发〔2023〕7号",
             "聊城江北水城旅游度假区管理委员会办公室 关于印发聊城江北水城旅游度假区深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知",
             "2023 年 6 月 7 日"]
    meta = infer_metadata("x.txt", lines)
    assert meta.doc_number == "聊江管办发〔2023〕7号"
    assert meta.issued_on == "2023-06-07"
    assert meta.horizon_year == 2023
    assert meta.title.endswith("2023年重点工作任务")
    # the name the manifest and the hand reading use; a zone, under its city (issue 13)
    assert (meta.jurisdiction, meta.jurisdiction_level, meta.parent_jurisdiction) == ("江北水城旅游度假区", "zone", "聊城市")


def test_indicator_table_with_a_unit_column_and_an_empty_baseline():
    rows = [
        ["序号", "指标", "单位", "2022年", "2025年", "属性"],
        ["1", "细颗粒物（PM2.5）平均浓度", "微克/立方米", "", "42", "约束性"],
        ["2", "高新技术企业数量", "家", "60", "≥80", "预期性"],
    ]
    targets = rows_to_targets(rows)
    assert [(t.indicator_name, t.value, t.unit, t.comparator, t.baseline_value, t.attribute) for t in targets] == [
        ("细颗粒物（PM2.5）平均浓度", 42, "微克/立方米", "=", None, "约束性"),
        ("高新技术企业数量", 80, "家", ">=", 60, "预期性"),
    ]


def test_a_unit_column_table_is_found_in_the_lines():
    lines = ["一、主要目标", "序号\t指标\t单位\t2022年\t2025年\t属性", "1\t森林覆盖率\t%\t18.5\t20\t约束性", "二、重点任务"]
    _, rows = parse_structure(lines)
    assert rows[0][1] == "指标" and rows[1][1] == "森林覆盖率"


def test_a_table_row_cut_by_a_page_break_is_joined():
    lines = [
        "序号\t政策事项\t牵头部门\t参与部门\t完成时限",
        "推动高水平科技创新，激发创新驱动新活力\t\t\t\t",
        "6\t加强科技型企业梯度培育。到2025年，力争高新技术企业达到80家，\t县科技局\t\t",
        "\t省级以上“专精特新”企业达到50家。\t县工业和信息化局\t县财政局\t2025年年底",
    ]
    clauses, _ = parse_structure(lines)
    (row,) = clauses
    assert row.text.endswith("省级以上“专精特新”企业达到50家。")
    assert row.sector == "推动高水平科技创新，激发创新驱动新活力"
    assert row.responsibility.lead_departments == ["县科技局", "县工业和信息化局"]
    assert row.responsibility.deadline == "2025年年底"


def test_a_table_with_each_cell_on_a_line_ending_in_a_pipe_is_read_as_rows():
    # round 14 (沅江市's and 绥宁县's 人均预期寿命 target lists, 2025): 序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位
    from etl.cell_lines import pipe_cell_lines_to_rows

    lines = ["序号 |", "指标名称 |", "单位 |", "2023年 |", "2025年 |", "2027年 |", "牵头单位 |",
             "1 |", "人均预期寿命 |", "岁 |", "78.09 |", "≥79.2 |", "≥80 |", "市卫健局 |",
             "2 |", "居民健康素养水平 |", "% |", "30.15 |", "≥33 |", "≥35 |", "市卫健局 |", "其他段落。"]
    assert pipe_cell_lines_to_rows(lines) == [
        "序号\t指标名称\t单位\t2023年\t2025年\t2027年\t牵头单位",
        "1\t人均预期寿命\t岁\t78.09\t≥79.2\t≥80\t市卫健局",
        "2\t居民健康素养水平\t%\t30.15\t≥33\t≥35\t市卫健局",
        "其他段落。",
    ]
    assert pipe_cell_lines_to_rows(["序号 |", "名称 |"]) == ["序号 |", "名称 |"]  # no rows: left as it is


def test_a_table_with_a_unit_column_and_merged_category_cells_a_cell_per_line():
    """重庆's 数字经济 plan (round 58): 类别 | 主要指标 | 单位 | 2022年 | 2027年 | 来源, the category named where a group starts
    (「总体」) or left as an empty cell, 「/」 for no base; the unit column wins over a name's own brackets."""
    from etl.cell_lines import pipe_cell_lines_to_rows
    from etl.indicator_table import rows_to_targets

    lines = ["类别 |", "主要指标 |", "单位 |", "2022年 |", "2027年 |", "来源 |",
             "总体 |", "数字经济增加值占GDP的比重 |", "% |", "45.4 |", "50 |", "市统计局 |",
             "数字经济重点企业 |", "家 |", "/ |", "500 |", "市经济信息委 |", "|",
             "其中:创新工厂(含5G工厂) |", "个 |", "/ |", "50 |", "市经济信息委 |", "二、主要任务"]
    rows = pipe_cell_lines_to_rows(lines)
    assert rows == ["指标\t单位\t2022年\t2027年\t来源", "数字经济增加值占GDP的比重\t%\t45.4\t50\t市统计局",
                    "数字经济重点企业\t家\t/\t500\t市经济信息委", "其中:创新工厂(含5G工厂)\t个\t/\t50\t市经济信息委", "二、主要任务"]
    targets = rows_to_targets([r.split("\t") for r in rows[:4]], first_year=2023)
    assert [(t.value, t.unit, t.target_year) for t in targets] == [(50, "%", 2027), (500, "家", 2027), (50, "个", 2027)]
    assert targets[0].baseline_value == 45.4 and targets[1].baseline_value is None


def test_a_two_level_header_printed_a_cell_per_line_is_flattened_and_its_one_year_is_the_goal():
    """上海's 十四五 主要指标 (round 49): 「“十四五”目标」 spans 「2025年」 and 「年均[累计]」; the one dated column beside
    a 年均 column is the goal, not a base, and a 年均 figure is for that year too."""
    from etl.cell_lines import flatten_header, pipe_cell_lines_to_rows

    lines = ["序号 |", "指 标 |", "单位 |", "属性 |", "“十四五”目标 |", "|", "2025年 |", "年均[累计] |", "||||",
             "1 |", "全市生产总值年均增长率 |", "% |", "预期性 |", "- |", "5左右 |",
             "2 |", "全员劳动生产率 |", "万元/人 |", "预期性 |", "36左右 |", "- |",
             "3 |", "在沪跨国公司地区总部数量 |", "家 |", "预期性 |", "- |", "[累计达到1000] |"]
    rows = pipe_cell_lines_to_rows(lines)
    assert rows[0] == "序号\t指 标\t单位\t属性\t2025年\t年均[累计]"
    got = [(t.indicator_name, t.value, t.unit, t.comparator, t.target_year, t.baseline_value)
           for t in rows_to_targets([r.split("\t") for r in rows], first_year=2021)]
    assert got == [("全市生产总值年均增长率", 5, "%", "~", 2025, None), ("全员劳动生产率", 36, "万元/人", "~", 2025, None),
                   ("在沪跨国公司地区总部数量", 1000, "家", "=", 2025, None)]
    assert flatten_header(["序号", "指标", "2020年", "2025年"], 4) == ["序号", "指标", "2020年", "2025年"]


def test_a_target_table_by_area_printed_a_cell_per_line():
    """南通市's 2011 节水型社会建设目标任务分解表 (round 20): header 「地区 / 单位 / the areas」, then per
    indicator its name, unit and one value per area; equal values make one row, unequal one per area."""
    from etl.cell_lines import NUMBERED_HEADER, cell_lines_to_rows

    lines = ["地  区", "", "单 位", "海安县", "如皋市", "开发区", "一、综合考核指标", "单位地区生产总值用水量", "", "m3/万元",
             "123", "", "123", "123", "渠系水利用系数", " ", "0.58", "0.58", "0.58",
             "人均生活综合用水量", "升/人日", "240", "230", "220", "到2011年底全面完成。"]
    assert cell_lines_to_rows(lines) == [
        NUMBERED_HEADER, "一、综合考核指标", "1\t单位地区生产总值用水量\tm3/万元\t123\t", "2\t渠系水利用系数\t\t0.58\t",
        "3\t人均生活综合用水量（海安县）\t升/人日\t240\t", "4\t人均生活综合用水量（如皋市）\t升/人日\t230\t",
        "5\t人均生活综合用水量（开发区）\t升/人日\t220\t", "到2011年底全面完成。"]
    # a header without areas is no such table
    assert cell_lines_to_rows(["地区", "单位", "指标"]) == ["地区", "单位", "指标"]


def test_an_areas_share_of_one_task_a_row_per_area():
    """融安县's 2023 金桔生产任务分解表 (round 22): 「乡镇 | 新种任务(亩) | 备注 |」, then a row per township
    with its closing border and an empty 备注 cell."""
    from etl.clean import clean_lines
    from etl.structure import area_table_measure, parse_structure

    assert area_table_measure(["乡镇", "新种任务(亩)", "备注"]) == ("新种任务", "亩")
    assert area_table_measure(["序号", "新种任务(亩)"]) is None
    lines = clean_lines(["乡镇 | 新种任务(亩) | 备注 |", "全县合计 | 7000 | |", "长安镇 | 2150 | 其中县农业投资有限公司新种任务1500亩。 |",
                         "板榄镇 | 600 | |"])
    clauses, _ = parse_structure(lines)
    assert [c.text for c in clauses] == ["全县合计新种任务7000亩", "长安镇新种任务2150亩", "板榄镇新种任务600亩"]


def test_an_indicator_table_printed_a_cell_per_line_without_borders():
    """A county's 「“十四五”教育事业发展主要指标表」 (round 25): 「指  标 / 2020年 / 2025年 / 属性」, blank lines
    between cells, sections as merged 类别 cells, and cells of two lines (「其中:」) whose values run column
    by column; the rows are read as targets with their 2020 baselines."""
    from etl.cell_lines import plain_indicator_table_rows
    from etl.clean import clean_lines
    from etl.indicator_table import rows_to_targets
    from etl.structure import parse_structure

    lines = ["指  标", "", "2020年", "", "2025年", "", "属性", "", "一、发展水平", "     ", "1.学前教育毛入园率(%)", "",
             "99%", "", "99%以上", "", "约束性", "4.劳动年龄人口平均受教育年限(年)", "11.4年", "12.3年以上", "约束性",
             "三、师资发展水平", "1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)", "97.74%", "49.85%",
             "100%", "50%", "预期性", "4.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上",
             "85%以上", "预期性", "四、保障措施。加强组织领导,落实各方责任。"]
    rows, end = plain_indicator_table_rows(lines, 0)
    assert rows == [
        "类别\t指标\t2020年\t2025年\t属性",
        "一、发展水平\t1.学前教育毛入园率(%)\t99%\t99%以上\t约束性",
        "\t4.劳动年龄人口平均受教育年限(年)\t11.4年\t12.3年以上\t约束性",
        "三、师资发展水平\t1.幼儿教师专科及以上学历比例(%)\t97.74%\t100%\t预期性",
        "\t幼儿教师专科及以上学历比例：其中本科及以上学历比例(%)\t49.85%\t50%\t预期性",
        "\t义务教育标准班额比例：其中小学(%)\t34.52%\t80%以上\t预期性",
        "\t义务教育标准班额比例：其中初中(%)\t77.34%\t85%以上\t预期性",
    ]
    assert lines[end] == "四、保障措施。加强组织领导,落实各方责任。"
    _, table = parse_structure(clean_lines(lines))
    got = [(t.indicator_name, t.value, t.comparator, t.baseline_value, t.target_year) for t in rows_to_targets(table)]
    assert got[1] == ("劳动年龄人口平均受教育年限", 12.3, ">=", 11.4, 2025)
    assert got[3] == ("幼儿教师专科及以上学历比例：其中本科及以上学历比例", 50, "=", 49.85, 2025)
    assert plain_indicator_table_rows(["指标", "说明文字很长的一段话,不是表格。"], 0) == ([], 0)


def test_two_rows_of_one_indicator_table_are_two_targets_even_with_one_value():
    from etl.model import Target
    from etl.pipeline import is_restatement

    a, b = (Target(indicator_name=name, value=100, unit="%", comparator="=", kind="level", target_year=2025,
                   source_text=f"{name}(%)\t100%", clause_ref="table") for name in ("幼儿教师专科及以上学历比例", "小学教师专科及以上学历比例"))
    assert not is_restatement(a, b)


def test_an_indicator_table_set_in_runs_of_spaces_with_only_its_goal_column():
    """内蒙古's 「“十四五”残疾人事业发展规划」 (round 32): a 专栏 table printed in runs of spaces, whose one
    value column (「2025 年」) is the goal itself, not a baseline."""
    from etl.clean import clean_lines, spaced_row_to_tabs
    from etl.indicator_table import rows_to_targets
    from etl.structure import parse_structure

    raw = ["专栏1“十四五”时期残疾人事业发展主要指标",
           "                          指 标                                   2025 年        属 性",
           "                1.残疾人家庭人均收入年均增长(%)                                             >7.5           预期性",
           "                3.符合条件的残疾人纳入最低生活保障比例(%)                                        100            约束性"]
    lines = clean_lines(raw)
    assert lines[1:] == ["指标\t2025年\t属性", "1.残疾人家庭人均收入年均增长(%)\t>7.5\t预期性", "3.符合条件的残疾人纳入最低生活保障比例(%)\t100\t约束性"]
    _, table = parse_structure(lines)
    got = [(t.indicator_name, t.value, t.comparator, t.baseline_value, t.target_year, t.attribute) for t in rows_to_targets(table)]
    assert got == [("残疾人家庭人均收入年均增长", 7.5, ">=", None, 2025, "预期性"),
                   ("符合条件的残疾人纳入最低生活保障比例", 100, "=", None, 2025, "约束性")]
    # a signature and its date, or prose with a wide gap, stay lines
    assert spaced_row_to_tabs("某市人民政府        2024年1月5日") is None
    assert spaced_row_to_tabs("到2035年,残疾人事业与经济社会协调发展,与国家和自治区发展远景目标相适应。") is None


def test_a_table_of_one_column_of_what_was_done_holds_no_goal():
    from etl.indicator_table import rows_to_targets

    assert rows_to_targets([["指标", "2020年现状", "属性"], ["森林覆盖率(%)", "35", "约束性"]]) == []
    assert [t.value for t in rows_to_targets([["指标", "2025年目标", "属性"], ["森林覆盖率(%)", "36", "约束性"]])] == [36]


def test_rows_under_a_merged_category_cell_are_read_in_their_columns():
    """龙湾区's 卫生健康 plan (round 36): below a merged 类别 cell a row loses that cell and gains an empty one at its
    end ("2 | 婴儿死亡率 | ‰ | <5 |"); it is read under the header's columns all the same."""
    from etl.indicator_table import rows_to_targets

    rows = [["类别", "序号", "指标名称", "单位", "2025年"],
            ["健康水平 指标", "1", "人均期望寿命", "岁", "83"],
            ["2", "婴儿死亡率", "‰", "<5", ""],
            ["3", "孕产妇死亡率", "1/10万", "<7", ""]]
    got = [(t.indicator_name, t.value, t.unit, t.comparator) for t in rows_to_targets(rows)]
    assert got == [("人均期望寿命", 83, "岁", "="), ("婴儿死亡率", 5, "‰", "<="), ("孕产妇死亡率", 7, "1/10万", "<=")]


def test_an_indicator_table_copied_with_single_spaces_between_its_cells():
    """浙江's 十三五 education plan news (round 51): 「指 标 / 单位 2015年 2020年」, group headings between rows,
    generic row names under them (「在校生」) and a 「其中:」 row; the 2015 column is the baseline."""
    from etl.cell_lines import single_spaced_table_rows
    from etl.clean import clean_lines
    from etl.indicator_table import rows_to_targets
    from etl.structure import parse_structure

    lines = ["指 标", "单位 2015年 2020年", "学前教育", "幼儿在园人数 万人 181 222", "九年义务教育", "在校生 万人 505 535",
             "巩固率 % 100 100", "高等教育", "在校生 万人 133 144", "其中:研究生 万人 6.35 8", "", "  三、各级各类教育发展任务",
             "  大力加强内涵建设。"]
    rows, end = single_spaced_table_rows(lines, 0)
    assert rows == [
        "类别\t指标\t单位\t2015年\t2020年",
        "学前教育\t幼儿在园人数\t万人\t181\t222",
        "九年义务教育\t九年义务教育在校生\t万人\t505\t535",
        "\t九年义务教育巩固率\t%\t100\t100",
        "高等教育\t高等教育在校生\t万人\t133\t144",
        "\t高等教育在校生：其中研究生\t万人\t6.35\t8",
    ]
    assert lines[end].strip() == ""  # the heading after the table stays a line
    _, table = parse_structure(clean_lines(lines))
    got = [(t.indicator_name, t.value, t.unit, t.baseline_value, t.target_year) for t in rows_to_targets(table)]
    assert got[0] == ("幼儿在园人数", 222, "万人", 181, 2020)
    assert got[-1] == ("高等教育在校生：其中研究生", 8, "万人", 6.35, 2020)
    # a line of words after 「指标」 is no header
    assert single_spaced_table_rows(["指 标", "本规划提出的 各项 指标"], 0) == ([], 0)
