"""Issue 13, seventh round: the dev7 half of the seventh unseen set (tests/fixtures/unseen/dev7: eight
real documents of eight other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and the failures of the spent heldout6 half as general rules — a target is a
commitment; counts of the list and of where it came from, a project's floor area, a budget, a scope
after 对, a class are not — each with a test that would fail if the rule broke. The heldout7 half is
measured once, at the end of the round (tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.load import document_meta
from etl.pipeline import document_to_targets

DEV7 = FIXTURES / "unseen" / "dev7"

# measured on dev7 at the commit that froze the code (README's precision table): 109 records (9
# doubtful) in eight documents, every one found; 黔东南 and 虹口 name no year the rules can read.
DEV7_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 0.99}


def test_the_dev7_half_at_its_measured_floor():
    below = unseen_below_floor(DEV7, DEV7_FLOOR, documents=8)
    assert not below, below


def read(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    targets, _ = document_to_targets(lines, meta)
    return [(t.value, t.unit) for t in targets]


def years(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    return [t.target_year for t in document_to_targets(lines, meta)[0]]


# (a) counts of a list, of where it came from and of who chose it are not targets
def test_counts_of_the_list_and_its_sources_are_not_targets():
    lines = ["若羌县2026年十大民生实事项目",
             "共收集社会各界和各族群众提出的意见建议110条,经若羌县第十八届人民代表大会第七次会议票决产生10件。",
             "确定以下八类11个项目为2024年度淮安市淮安区政府民生实事项目。",
             "参加长宁区第十七届人民代表大会的237名人大代表对长宁区政府提交的19项为民办实事候选项目进行无记名投票,票决出17项。",
             "一共计划为龙岩百姓办实事28项。",
             "县政府将重点抓好15件大事和民生实事。",
             "新建农桥9座。"]
    assert read(lines) == [(9, "座")]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 300), st.sampled_from(["意见建议{n}条", "票决产生{n}件", "票决出{n}项", "办实事{n}项", "{n}件大事和民生实事"]))
def test_no_count_of_a_list_is_a_target(n, phrase):
    lines = ["某县2025年民生实事项目", "今年" + phrase.format(n=n) + ",改造农村公路50公里。"]
    assert read(lines) == [(50, "公里")]


# (b) a project's site and floor area are its size; an area a plan adds stays
def test_floor_areas_are_sizes_and_new_areas_stay():
    lines = ["2024年度民生实事项目",
             "实施东城花园二期安置小区建设工程,占地132亩,总面积19.17万平方米。",
             "实施环境提升工程,占地面积约5390平方米,地上建筑面积601.16平方米。",
             "新增绿色建筑面积60万平方米。"]
    assert read(lines) == [(60, "万平方米")]


def test_a_sentence_with_an_area_keeps_its_other_numbers():
    lines = ["龙岩市2013年为民办实事工作计划", "龙岩计划总投资8400万元,投资35个项目,建设总面积53000平方米。"]
    assert read(lines) == [(35, "个")]


# (c) budgets are what an item costs, not what it commits to; an investment completed stays
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["拟投入", "拟投入资金", "准备投资", "计划投资", "估算总投资", "总投资"]), st.integers(10, 9000))
def test_a_budget_is_never_a_target(word, amount):
    lines = ["某旗2026年民生实事项目", f"该旗{word}{amount}万元,新建1处供暖水冲式公厕。"]
    assert read(lines) == [(1, "处")]


def test_an_investment_completed_stays_a_target():
    assert read(["鹤壁市2022年民生实事项目", "安罗高速全年完成投资4.5亿元。"]) == [(4.5, "亿元")]


# (d) after 对 a kind or a set of places is a scope; who or what is worked on stays
def test_scopes_after_dui_are_not_targets():
    lines = ["2025年惠民实事",
             "对10类重点就业群体新发放创业担保贷款不低于80亿元。",
             "对23个省级扶贫开发工作重点县(长汀、武平、连城县)的综合医院,也将配备儿科医用设备。",
             "对2000户特殊困难老年人家庭适老化改造。",
             "对全县17所乡(镇)中心幼儿园全面提档升级。"]
    assert read(lines) == [(80, "亿元"), (2000, "户"), (17, "所")]


# (e) a count said again stays apart (tests/test_extract_genre.py: counts recur for different things)
def test_the_same_short_name_in_two_sectors_stays_two_targets():
    lines = ["某市2025年工作要点", "围绕现代服务业,每年筛选储备100个左右重点项目。", "围绕高效农业,每年筛选储备100个左右重点项目。"]
    assert read(lines) == [(100, "个"), (100, "个")]


# (f) a Chinese numeral after a verb of setting up counts
def test_a_chinese_count_after_a_verb_of_setting_up_counts():
    assert read(["龙岩市2013年为民办实事工作计划", "今年还将在全市设立十个爱心献血屋。"]) == [(10, "个")]


# (g) a year at the head of the first paragraph is the document's when no other is named
def test_the_opening_year_holds_for_the_document():
    lines = ["2026年,苏尼特左旗确定实施3项民生实事项目。", "对2处破损严重的旱厕实施供暖水冲式改造,新建1处供暖水冲式公厕。"]
    assert years(lines) == [2026, 2026]


def test_an_opening_year_with_another_year_later_is_not_assumed():
    lines = ["2026年,某旗确定实施民生实事项目。", "2027年新建1处公厕。"]
    assert years(lines) != [2026]


# dev7: a retold report with no year names what it will do; classes are no counts
def test_a_paragraph_that_says_what_it_will_do_looks_forward():
    lines = ["5月10日上午,甘谷县第十七届人民代表大会第五次会议隆重开幕,县长吴健向大会作《政府工作报告》。"
             "《报告》指出,县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。分别是: (8)新建行政村公共厕所120座。"]
    assert read(lines) == [(120, "座")]


def test_format_and_settlement_size_classes_are_not_counts():
    lines = ["黔东南州十件民生实事",
             "建成社区健身路径或3人制篮球场20个。",
             "完成超230个50户以上木质房屋连片村寨常高压给水管网建设。",
             "地区生产总值奋力站上3000亿元大台阶。"]
    assert read(lines) == [(20, "个"), (230, "个"), (3000, "亿元")]
