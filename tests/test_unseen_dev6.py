"""Issue 13, sixth round: the dev6 half of the sixth unseen set (tests/fixtures/unseen/dev6: eight
real documents of eight other jurisdictions, no manifest, metadata inferred from the text) at its
measured figures, and the six failures of the spent heldout5 half (a)–(f) as general rules, each
with a test that would fail if the rule broke. The heldout6 half is measured once, at the end of
the round (tests/fixtures/unseen/SOURCES.md), never here."""

from __future__ import annotations

from conftest import FIXTURES, unseen_below_floor
from hypothesis import example, given, settings
from hypothesis import strategies as st

from etl.divisions import bare_mentions
from etl.load import document_meta
from etl.metadata import provincial_session_year
from etl.pipeline import document_to_targets
from etl.structure import parse_structure, split_heading

DEV6 = FIXTURES / "unseen" / "dev6"

# measured on dev6 at the commit that froze the code (README's precision table): 79 targets (1 doubtful)
# in six documents, every one found with its place and year; two documents are reviews with none.
DEV6_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 0.98}


def test_the_dev6_half_at_its_measured_floor():
    below = unseen_below_floor(DEV6, DEV6_FLOOR, documents=8)
    assert not below, below


def read(lines: list[str]):
    meta = document_meta("d.txt", lines, None)
    targets, _ = document_to_targets(lines, meta)
    return meta, [(t.value, t.unit, t.target_year) for t in targets]


# (a) z04: the year a page reviews is not the year it plans; review markers make review
def test_a_bare_year_in_a_headline_is_not_the_year_planned():
    lines = ["《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成",
             "1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾,"
             "对十八届县人民政府工作目标和主要任务、2022年的主要工作作了安排部署。",
             "据统计预测,全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元。"]
    meta, got = read(lines)
    assert (meta.doc_type, meta.horizon_year) == ("work_report", 2022)
    assert got == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["据统计", "据统计预测", "据初步统计", "据测算"]), st.integers(1, 30))
def test_a_sentence_with_a_review_marker_is_never_a_target(marker, pct):
    lines = ["某县2025年重点工作安排", f"{marker},全县地区生产总值增长{pct}%。"]
    assert read(lines)[1] == []


# (b) z16: the places where work is done are not targets
def test_places_of_the_work_are_not_targets():
    lines = ["涉县2025年度十件民生实事项目",
             "在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏,惠及17个乡镇(街道办)。",
             "在39个村改造升级0.4千伏线路200公里,新增、改造配变56台。"]
    assert [(v, u) for v, u, _ in read(lines)[1]] == [(10, "万平方米"), (1000, "盏"), (200, "公里"), (56, "台")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["在", "惠及", "覆盖", "涉及"]), st.integers(2, 99),
       st.sampled_from(["个乡镇", "个村", "个县区", "个社区", "个行政村", "个街道"]))
def test_no_count_of_the_places_worked_in_is_a_target(word, n, place):
    sentence = f"{word}{n}{place}" + ("改造农村公路50公里。" if word == "在" else ",改造农村公路50公里。")
    got = [(v, u) for v, u, _ in read(["某县2025年民生实事项目", sentence])[1]]
    assert got == [(50, "公里")]


def test_a_chosen_number_of_places_stays_a_target():
    got = read(["某县2025年民生实事项目", "新建村级服务站,覆盖50个以上村。"])[1]
    assert [(v, u) for v, u, _ in got] == [(50, "个")]


NOUNS = ["敬老爱老服务公交线路", "市民健身步道", "林荫道", "滨水绿道", "微循环公交线路", "骑行道", "健身步道", "背街小巷"]


# (d) z08: an item stays an item when a group heading follows it (structure dropped five of 崇明's)
@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 999), min_size=1, max_size=4), st.lists(st.integers(1, 999), min_size=1, max_size=4))
@example(first=[1, 1, 1], second=[1, 1, 1, 1])  # 「2.*打造1条市民健身步道」 / 「7.*打造1条健身步道」: two deeds, not a restatement
def test_the_last_item_of_a_group_is_never_read_as_a_title(first, second):
    lines = ["2025年区政府实事项目", "(一)老有所享"]
    n = 0
    for group, heading in ((first, None), (second, "(二)儿童友好")):
        if heading:
            lines.append(heading)
        for v in group:
            n += 1
            lines.append(f"{n}.*打造{v}条{NOUNS[n - 1]}")
    clauses, _ = parse_structure(lines)
    assert len([c for c in clauses if c.ref]) == n
    assert [t[0] for t in read(lines)[1]] == [float(v) for v in first + second]


def test_a_numbered_item_that_is_a_sentence_keeps_its_numbers():
    assert split_heading("十、创建100个安全生产示范村居;设立温州市安全生产培训考试中心苍南分中心;推广安装5000套“智慧式”用电。")[1].startswith("创建100个")
    assert split_heading("二、完成D级危房治理改造,基本消除45个地质灾害隐患点。")[1].endswith("45个地质灾害隐患点。")
    assert split_heading("二、2025年主要任务") == ("二、2025年主要任务", "")


# (e) z12, z16: a heading's or headline's forward year holds for the items under it; no year, no guess
def test_a_headline_year_of_a_list_of_deeds_is_its_year():
    lines = ["最新丨金凤区发布2025年民生“十心”实事!", "▶新增公共停车位800个。", "▶改造老旧小区20个。"]
    assert read(lines)[1] == [(800, "个", 2025), (20, "个", 2025)]


def test_an_item_headings_year_holds_for_its_items():
    lines = ["涉县十件民生实事项目正式出炉!", "一、2025年村内基础设施提升工程", "硬化道路10万平方米。"]
    assert read(lines)[1] == [(10, "万平方米", 2025)]


def test_a_text_that_names_no_year_gets_none():
    lines = ["怀柔区为群众办好事实事", "今年将新建社区养老驿站5个,改造老旧小区10个。"]
    assert [y for _, _, y in read(lines)[1]] == [None, None]


# (f) z02: a session's year only where the congress's term numbering is known
def test_a_sessions_year_follows_its_own_provinces_numbering():
    assert provincial_session_year("上海市第十六届人大二次会议1月23日上午开幕", "上海市") == 2024
    assert provincial_session_year("重庆市第六届人民代表大会第三次会议开幕", "重庆市") == 2025
    assert provincial_session_year("省十四届人大三次会议", "云南省") == 2025
    assert provincial_session_year("第十届人民代表大会第一次会议", "香港特别行政区") is None


def test_a_shanghai_report_retold_gets_its_own_year():
    lines = ["上海市第十六届人大二次会议1月23日上午在世博中心开幕。上海市市长龚正作《政府工作报告》。",
             "龚正说,建议今年全市经济社会发展的主要预期目标是:全市生产总值增长5%左右。"]
    meta, got = read(lines)
    assert meta.horizon_year == 2024 and got == [(5, "%", 2024)]


# dev6: the rest of what it showed
def test_counts_of_the_list_and_of_a_projects_size_are_not_targets():
    lines = ["2026年政府民生实事项目", "今年我县共10个项目被列入2026年政府民生实事项目。",
             "实施城南高中南侧支路东延工程,路基宽度24米,实施2×4.5米人行道+15米沥青路面机动车道。",
             "加快推进具备条件的20户以上自然村通硬化路,完成506公里农村公路。",
             "投资10亿元,五年内建成4所学校。"]
    assert [(v, u) for v, u, _ in read(lines)[1]] == [(506, "公里"), (4, "所")]


def test_a_street_named_after_a_place_names_no_place():
    assert "朝阳市" not in bare_mentions("拓展城区朝阳路、创业大道")
    lines = ["【聚焦两会】2022年及未来五年 我市将全力办好“十件民生实事”",
             "1.实施教育强基。投资10亿元,五年内建成4所学校,打造广水教育品牌。",
             "2.改造升级路网。实施316国道广水段改造,拓展城区朝阳路。",
             "3.提升公卫服务能力。用三年左右时间整体迁建6家卫生院。"]
    meta, got = read(lines)
    assert (meta.jurisdiction, meta.start_year, meta.horizon_year) == ("广水市", 2022, 2026)
    assert got == [(4, "所", 2026), (6, "家", 2024)]


def test_a_share_of_people_served_is_no_reward_condition():
    lines = ["苍南县2017年民生实事项目", "八、完善养老服务补贴制度,实现全县不少于2.5%的老年人享有养老服务补贴。"]
    assert read(lines)[1] == [(2.5, "%", 2017)]


def test_one_thing_in_an_item_of_deeds_counts_and_rhetoric_does_not():
    lines = ["2026年政府民生实事项目", "一、“一老一小”服务保障能力提升", "5. 提升改造一个未成年人保护工作站;",
             "6. 打造一个区域性消费中心城市;", "7. 改造老旧小区二十个。"]
    assert [(v, u) for v, u, _ in read(lines)[1]] == [(1, "个"), (20, "个")]
