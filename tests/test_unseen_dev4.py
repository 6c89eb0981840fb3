"""Issue 13, fourth round: the dev4 half of the fourth unseen set (tests/fixtures/unseen/dev4: eight
real documents of eight other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and the four failures of the spent heldout3 half, named after the rule that
fixes them. The heldout4 half is measured once, at the end of the round
(tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.divisions import alias_names, all_divisions, mentions
from etl.load import document_meta
from etl.pipeline import document_to_targets

DEV4 = FIXTURES / "unseen" / "dev4"

# measured on dev4 at the commit that set them (README's precision table)
DEV4_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 1.0}


def test_the_dev4_half_at_its_measured_floor():
    below = unseen_below_floor(DEV4, DEV4_FLOOR, documents=8)
    assert not below, below


def meta_and_targets(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    targets, _ = document_to_targets(lines, meta)
    return meta, [(t.value, t.unit, t.target_year) for t in targets]


# (a) x04: an annual plan opens with last year's 计划执行情况 — a review, not targets
def test_an_annual_plans_execution_section_is_review_and_its_targets_section_is_not():
    lines = ["新乡市2024年国民经济和社会发展计划",
             "一、2023年国民经济和社会发展计划执行情况",
             "2023年,全市经济总体保持平稳运行。全市实现地区生产总值3347.6亿元,增长1.5%;全年粮食总产量93亿斤。",
             "二、2024年经济社会发展的主要预期目标",
             "地区生产总值增长5%左右,粮食总产量稳定在95亿斤以上。"]
    _, got = meta_and_targets(lines)
    assert [(v, u) for v, u, _ in got] == [(5, "%"), (95, "亿斤")]
    assert {y for *_, y in got} == {2024}


def test_a_mid_year_report_on_its_targets_is_review_and_a_preliminary_estimate_too():
    lines = ["官渡区2023年上半年国民经济和社会发展计划执行情况的报告",
             "一、2023年上半年国民经济和社会发展计划执行情况",
             "(一)主要目标完成情况",
             "上半年,全区实现地区生产总值806亿元,同比增长3.2%;规模以上工业增加值增长10.1%。"]
    assert meta_and_targets(lines)[1] == []
    plan = ["某市2024年国民经济和社会发展计划", "初步核算,全市地区生产总值3464亿元,增长5.3%。"]
    assert meta_and_targets(plan)[1] == []


# (b) x08: counts of a policy system's own parts and of named lists
def test_counts_of_a_policys_parts_and_named_lists_are_not_targets():
    lines = ["云南省产业强省三年行动(2022—2024年)",
             "以农业现代化等7个系列专项三年行动、绿色铝等5个配套政策为支撑。",
             "提出加快推动高原特色现代农业、绿色铝、光伏、先进制造业、绿色能源、烟草、新材料、生物医药、数字经济、文旅康养、现代物流、出口导向型12个重点产业大力发展的目标任务。",
             "提出做优一产、做强二产、做大三产和主体倍增、科技创新、开放合作6个方面16项工程。",
             "提出支持组建创新团队、打造产业发展支撑平台等10项措施。",
             "力争到2024年,重点产业全产业链产值达到2.9万亿元。"]
    assert [(v, u) for v, u, _ in meta_and_targets(lines)[1]] == [(2.9, "万亿元")]


def test_counts_a_plan_commits_to_stay_targets():
    lines = ["某市新能源三年行动方案(2023—2025年)",
             "加快华能高唐风电等21个项目建设。支持各县(市、区)、市属开发区聚焦2—3个主导产业。到2025年,培育电子信息、装备制造、新材料3个千亿级产业集群。"]
    assert sorted(v for v, _, _ in meta_and_targets(lines)[1]) == [2, 3, 21]


def test_money_the_treasury_sets_aside_is_an_instrument():
    """y03: "全市财政安排230.7亿元" is what the city spends, not a level it commits to reach."""
    lines = ["湖州市2023年国民经济和社会发展计划", "(一)加快政策直达快享",
             "全市财政安排230.7亿元,全年城镇新增就业5万人以上。"]
    assert [(v, u) for v, u, _ in meta_and_targets(lines)[1]] == [(5, "万人")]


# (c) x14, x12: a place name read inside other words
def test_a_two_character_county_inside_other_words_is_no_place():
    assert mentions("市委经济工作会议和县委十二届七次全会暨县委经济工作会议") == []
    assert [n for *_, n in mentions("澜沧县2025年推动经济稳进提质政策措施")] == ["澜沧拉祜族自治县"]
    for text in ("和县人民政府", "中共和县县委", "马鞍山市和县人民政府", "安徽省和县2024年政府工作报告", "关于印发和县…的通知"):
        assert "和县" in [n for *_, n in mentions(text)], text


NAMES = sorted({d.name for d in all_divisions()} | set(alias_names()))
TWO = sorted({d.name for d in all_divisions() if len(d.name) == 2 and d.level == "county"} - {"城区", "矿区", "郊区", "东区", "西区", "中区", "南区", "北区"})
# every longer name that holds a two-character county's name: 周宁县 ⊃ 宁县, 延寿县 ⊃ 寿县
NESTED = [(long, short) for long in NAMES for short in TWO if short in long and short != long]
FILLER = st.text(alphabet="的了是我有就不都也很说要去你着没看好这那些么吧呢啊", max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NESTED), FILLER, FILLER)
def test_embedding_a_longer_name_never_yields_the_shorter_one(pair, before, after):
    long, short = pair
    text = before + long + after
    inside = [(s, e, n) for s, e, n in mentions(text) if s >= len(before) and e <= len(before) + len(long)]
    assert all(n != short for *_, n in inside), (text, inside)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TWO), st.sampled_from(["会议", "会议和", "经济", "推进", "加快", "企业"]), st.sampled_from(["委", "人民政府", "经济", ""]))
def test_a_two_character_county_name_glued_to_a_word_before_it_is_not_taken(short, word, after):
    """"…会议和县委…": 和 ends 会议和, so 和县 is no place; nor is any such name after a word."""
    text = word + short + after
    assert all(not (s == len(word) and n == short) for s, _, n in mentions(text)), text


def test_a_report_names_its_place_by_stem_when_nothing_else_does():
    """y15 (赤峰) and x14 (龙游): a work report's later part or a review says "赤峰国际陆港",
    "龙游加快建设…" and never 赤峰市 / 龙游县."""
    report = ["各位代表:", "现在,我代表市人民政府,向大会报告工作,请予审议。", "一、2024年工作回顾",
              "全市经济社会发展迈出了新步伐。赤峰国际陆港至天津港班列和赤峰至莫斯科的跨境公路运输成功开行。5个园区成功认定自治区级化工园区,领跑全区。"]
    meta, _ = meta_and_targets(report)
    assert (meta.jurisdiction, meta.parent_jurisdiction) == ("赤峰市", "内蒙古自治区")


# (d) x14: a work report's later part without title or dateline
def test_a_work_reports_later_part_takes_the_year_it_sets_targets_for():
    lines = ["二、2025年目标任务和重点工作",
             "2025年是“十四五”收官之年,也是龙游加快建设区域明珠城市的关键之年。干好今年政府工作,我们要在县委的坚强领导下开拓进取。",
             "今年政府工作的总体要求是:按照市委全会暨市委经济工作会议和县委十二届七次全会暨县委经济工作会议的部署要求,加快建设区域明珠城市。",
             "建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%;固定资产投资增长10%以上;城镇调查失业率控制在5%以内。",
             "以更强韧劲亮明“龙游的态度”。"]  # the county's bare stem named twice (once is no evidence)
    meta, got = meta_and_targets(lines)
    assert (meta.doc_type, meta.jurisdiction, meta.horizon_year) == ("work_report", "龙游县", 2025)
    assert got == [(7, "%", 2025), (10, "%", 2025), (5, "%", 2025)]


def test_a_forward_word_inside_a_review_heading_keeps_it_review():
    """"（二）重点工作推进情况" under "…计划执行情况" reports on the past like its parent."""
    lines = ["某市2024年国民经济和社会发展计划", "一、2023年国民经济和社会发展计划执行情况", "(二)重点工作推进情况",
             "全年新增高新技术企业120家。", "二、2024年主要预期目标", "全年新增高新技术企业150家以上。"]
    assert [v for v, _, _ in meta_and_targets(lines)[1]] == [150]
