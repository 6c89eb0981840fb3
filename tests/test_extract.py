"""Sentence → targets, with real sentences from the five sources.

Each row: the sentence, then the targets expected from it as (indicator contains, value, unit,
comparator, kind, per_year). An empty list means: no target in this sentence.
"""

import pytest

from etl.extract import sentence_to_targets, split_sentences
from etl.model import Clause
from etl.quantities import chinese_number_to_float, find_quantities

TASK = Clause(ref="1", text="", sector="")

CASES = [
    # levels with their comparators
    ("到2025年，力争高新技术企业达到80家。", [("高新技术企业", 80, "家", "=", "level", False)]),
    ("力争全区科技型中小企业突破100家。", [("科技型中小企业", 100, "家", ">=", "level", False)]),
    ("将城市公共供水管网漏损率控制在8%以内。", [("漏损率", 8, "%", "<=", "level", False)]),
    ("受污染耕地安全利用率达到93%左右。", [("受污染耕地安全利用率", 93, "%", "~", "level", False)]),
    ("九年义务教育巩固率不低于98%。", [("九年义务教育巩固率", 98, "%", ">=", "level", False)]),
    ("全过程审批控制在 80 个工作日内。", [("全过程审批", 80, "个工作日", "<=", "level", False)]),
    # growth rates
    ("生产总值增长 6% 左右。", [("生产总值增速", 6, "%", "~", "growth_rate", False)]),
    ("社会消费品零售总额增长 7% 以上，外贸进出口固稳提质。", [("社会消费品零售总额增速", 7, "%", ">=", "growth_rate", False)]),
    ("服务业增加值年均增长7%左右，2025年达到100亿元以上。",
     [("服务业增加值", 7, "%", "~", "growth_rate", True), ("服务业增加值", 100, "亿元", ">=", "level", False)]),
    # increments
    ("新建 5G 基站 3000 个以上。", [("5G基站", 3000, "个", ">=", "increment", False)]),
    ("力争新增上市企业 2 家、辅导企业 5 家。",
     [("上市企业", 2, "家", "=", "increment", False), ("辅导企业", 5, "家", "=", "increment", False)]),
    ("同步发展高效节水灌溉1.2万亩。", [("高效节水灌溉", 1.2, "万亩", "=", None, False)]),
    ("每年完成两个村庄的农村改厕整村推进规范提升工作。", [("村庄", 2, "个", "=", "increment", True)]),
    ("建设 3—5 座公共充电站。", [("公共充电站", 3, "座", ">=", "increment", False)]),
    ("力争2025年市级以上重点实验室新增5家以上。", [("新增市级以上重点实验室", 5, "家", ">=", "increment", False)]),
    ("2023—2025年每年对各类人才培训3万人次以上。", [("各类人才培训", 3, "万人次", ">=", "increment", True)]),
    # kinds from the verb
    ("高新技术产业产值占规上工业总产值比重提高2个百分点。", [("比重", 2, "个百分点", "=", "increment", False)]),
    ("全县各项贷款余额增加35亿元以上。", [("贷款余额", 35, "亿元", ">=", "increment", False)]),
    ("全市培育形成10个左右产城融合示范区。", [("产城融合示范区", 10, "个", "~", "level", False)]),
    ("托位总数达到每千人口5.0个。", [("托位总数", 5, "个", "=", "level", False)]),
    # enumerations
    ("农村自来水普及率、规模化供水率分别达到98%、100%。",
     [("农村自来水普及率", 98, "%", "=", "level", False), ("规模化供水率", 100, "%", "=", "level", False)]),
    ("九年义务教育巩固率和高中阶段教育毛入学率均达到 98%。",
     [("九年义务教育巩固率", 98, "%", "=", "level", False), ("高中阶段教育毛入学率", 98, "%", "=", "level", False)]),
    # numbers that are names, qualifiers or classes: no target
    ("推行“人才新政 35 条”，注重团队引才。", []),
    ("到2025年，30万千瓦以下抽凝煤电机组基本替代退出。", []),
    ("有序推进7条10千伏线路、13台400千伏安配电变压器建设投运。",
     [("", 7, "条", "=", "increment", False), ("", 13, "台", "=", "increment", False)]),
    ("全区每千人口3岁以下婴幼儿托位数达到6个以上。", [("婴幼儿托位数", 6, "个", ">=", "level", False)]),
    ("谋划储备一批总投资10亿元、20亿元、50亿元以上的大项目。", []),
    ("依据党的十九届五中全会精神。", []),
    ("更好发挥我市39家国家级科技创新平台的支撑引领作用。", []),
    ("国家企业技术中心：（1）东阿阿胶（2）时风集团（3）中通客车", []),
    # history, not commitments
    ("2020年，全市生产总值达到2316.84亿元。", []),
    ("“十三五”期间关停淘汰落后煤电机组40台。", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_sentence_to_targets(sentence, expected):
    got = sentence_to_targets(sentence, TASK, horizon_year=2025, first_plan_year=2021)
    assert len(got) == len(expected), [(t.indicator_name, t.value, t.unit) for t in got]
    for t, (name, value, unit, comparator, kind, per_year) in zip(got, expected):
        assert name in t.indicator_name
        assert t.value == value
        assert t.unit == unit
        assert t.comparator == comparator
        if kind:
            assert t.kind == kind
        assert t.per_year is per_year


@pytest.mark.parametrize(
    "sentence,year",
    [
        ("到2025年，力争高新技术企业达到80家。", 2025),
        ("到2035年，人均预期寿命达到81岁。", 2035),
        ("市级重点实验室新增4家以上。", 2025),  # the document's horizon
        ("2023年-2025年累计推荐申报专业技术职称200人以上。", 2025),
        ("到二〇三五年，人均预期寿命达到81岁。", 2035),  # a year in Chinese numerals
    ],
)
def test_target_year_is_stated_or_the_horizon(sentence, year):
    (t,) = sentence_to_targets(sentence, TASK, horizon_year=2025, first_plan_year=2021)
    assert t.target_year == year


def test_baseline_from_the_same_sentence():
    (t,) = sentence_to_targets("研发经费投入强度由2020年的1.9%提高到2.5%。", TASK, 2025, 2021)
    assert (t.value, t.baseline_value, t.baseline_year) == (2.5, 1.9, 2020)


def test_review_clause_gives_nothing():
    review = Clause(ref="第一章 发展基础", text="", sector="", is_review=True)
    assert sentence_to_targets("全市高新技术企业达到326家。", review, 2025, 2021) == []


def test_doubling_is_a_hundred_percent_growth():
    (t,) = sentence_to_targets("力争制造业使用外资翻番。", TASK, 2022, 2022)
    assert (t.value, t.unit, t.kind) == (100, "%", "growth_rate")


@pytest.mark.parametrize("text,value", [("两", 2), ("三十", 30), ("一千五百", 1500), ("十二", 12)])
def test_chinese_number_to_float(text, value):
    assert chinese_number_to_float(text) == value


def test_a_range_written_with_its_scale_twice_is_one_quantity():
    """"5000万—10000万元" is one range of 万元 (round 32), not 5000 万 and then 10000 万元; the upper end
    is put in the lower end's scale ("5000万-1亿元" → 5000 to 10000 万元)."""
    got = [(q.value, q.unit, q.upper, q.comparator) for q in find_quantities("每年向集团注入5000万—10000万元资金")]
    assert got == [(5000, "万元", 10000, ">=")]
    assert [(q.value, q.unit, q.upper) for q in find_quantities("投资5000万-1亿元")] == [(5000, "万元", 10000)]
    assert [(q.value, q.unit) for q in find_quantities("由5万到10万人")] == [(5, "万"), (10, "万人")]  # 到 is no range here


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("营业收入达到 65. 8 %", []),  # cleaned by the reader first; raw breaks are not numbers we guess at
        ("空气质量优良天数比率达到65.8%", [(65.8, "%")]),
        ("新建 4 座 220 千伏、12 座 110 千伏变电站", [(4, "座"), (220, "千伏"), (12, "座"), (110, "千伏")]),
        ("阅读活动 1 万场以上", [(1, "万场")]),
        ("新增就业1,200人，生产总值达到3,000.5亿元", [(1200, "人"), (3000.5, "亿元")]),  # thousands separators
    ],
)
def test_find_quantities(sentence, values):
    got = [(q.value, q.unit) for q in find_quantities(sentence)]
    for v in values:
        assert v in got


def test_split_sentences_keeps_annotations_apart():
    parts = split_sentences("生产总值增长6%左右。一般公共预算收入增长5.5%左右；")
    assert parts == ["生产总值增长6%左右。", "一般公共预算收入增长5.5%左右；"]


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("力争2025年市级以上重点实验室新增5家以上。", "新增市级以上重点实验室"),
        ("2023—2025年每年对各类人才培训3万人次以上。", "各类人才培训"),
        ("力争培育3家博士后实践基地。", "博士后实践基地"),
        ("全力抓好 33 个黄河国家战略重点项目。", "黄河国家战略重点项目"),
        ("优先引导发展护理型床位，占比达到65%以上。", "护理型床位占比"),
        ("新增省级以上“专精特新”企业 20 家、瞪羚企业 5 家。", "瞪羚企业"),
    ],
)
def test_indicator_names_read_like_a_ledger(sentence, name):
    targets = sentence_to_targets(sentence, TASK, 2025, 2021)
    assert targets[-1].indicator_name == name


def test_a_change_in_per_mille_points_is_one_unit():
    """贵阳's birth rate (round 204): 「低于全省平均水平4.03个千分点」 is 4.03 per-mille points, not 4.03 个."""
    assert [(q.value, q.unit) for q in find_quantities("低于全省平均水平4.03个千分点")] == [(4.03, "个千分点")]
