"""Issue 13 from round 8 on: the dev9 half (whole provincial government work reports) at its measured
figures and in four other layouts, the matcher's rules, and every later half — dev and spent held-back —
held at what the rules reach on it now (their read-once figures are in tests/fixtures/unseen/SOURCES.md).
A held-back half is never measured here before its round's one run."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, unseen_below_floor

from etl.evaluate import evaluate_folder, pooled


def below_floor(folder, floor: dict[str, float]) -> dict[str, float]:
    """Evaluate a folder of documents against the readings beside them; the figures below ``floor``."""
    return unseen_below_floor(folder, floor)


DEV9 = FIXTURES / "unseen" / "dev9"

# measured on dev9 (eight whole provincial work reports, 2026) when the code was frozen for round 9:
# 363 records, every one found, nothing extra; jurisdiction and year right on every matched target
DEV9_FLOOR = {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0, "comparator": 0.99}


def test_the_dev9_half_at_its_measured_floor():
    scores = evaluate_folder(DEV9, DEV9)
    assert len(scores) == 8
    assert all(s.meta_agreement and all(s.meta_agreement.values()) for s in scores)
    total = pooled(scores)
    below = {k: round(total[k], 3) for k, v in DEV9_FLOOR.items() if total[k] < v}
    assert not below, below


def test_a_reading_matches_the_target_of_its_own_passage_when_a_sentence_repeats_a_value():
    from etl.evaluate import score_document
    from etl.extract import sentence_to_targets
    from etl.model import Clause

    sentence = "今年主要预期目标是：地区生产总值增长7%以上，社会消费品零售总额增长7%左右。"
    found = sentence_to_targets(sentence, Clause(ref="", text="", sector=""), 2026, 2026)
    gold = [{"value": 7, "text": "社会消费品零售总额增长7%左右", "comparator": "~", "kind": "growth_rate", "unit": "%"},
            {"value": 7, "text": "地区生产总值增长7%以上", "comparator": ">=", "kind": "growth_rate", "unit": "%"}]
    score = score_document("d.txt", gold, found)
    assert (score.matched, score.field_agreement["comparator"]) == (2, 1.0)


LAYOUTS = {
    # the same reports as another site, a PDF or a reader would give them
    "full-width percent signs": lambda s: s.replace("%", "％"),
    "part titles without numerals": lambda s: re.sub(r"(?m)^[一二三四五]、", "", s),
    "no （一） headings": lambda s: re.sub(r"(?m)^（[一二三四五六七八九十]+）", "", s),
    "ASCII punctuation": lambda s: s.replace("，", ",").replace("；", ";").replace("：", ":"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_dev9_reports_read_the_same_in_another_layout(layout, tmp_path):
    for path in DEV9.iterdir():
        text = path.read_text(encoding="utf-8")
        (tmp_path / path.name).write_text(LAYOUTS[layout](text) if path.suffix == ".txt" else text, encoding="utf-8")
    below = below_floor(tmp_path, DEV9_FLOOR)
    assert not below, below


def test_a_reading_is_not_matched_to_another_thing_of_the_same_value():
    from etl.evaluate import score_document
    from etl.extract import sentence_to_targets
    from etl.model import Clause

    # "实际利用外资1亿美元" is not extracted here (a size class follows it); "不少于1家" must not stand in
    sentence = "实际利用外资1亿美元规模工业应税销售占全市1/8，新增亿元企业不少于1家。"
    found = sentence_to_targets(sentence, Clause(ref="", text="", sector=""), 2024, 2024)
    gold = [{"value": 1, "text": "实际利用外资1亿美元", "unit": "亿美元"}]
    assert score_document("d.txt", gold, found).matched == 0


def test_an_empty_jurisdiction_in_a_reading_agrees_with_the_builds_unknown_place():
    from etl.evaluate import score_document
    from etl.extract import sentence_to_targets
    from etl.model import Clause

    found = sentence_to_targets("新增高新技术企业80家。", Clause(ref="", text="", sector=""), 2026, 2026)
    gold = [{"value": 80, "text": "新增高新技术企业80家", "unit": "家", "jurisdiction": ""}]
    assert score_document("d.txt", gold, found, "未知地区").field_agreement["jurisdiction"] == 1.0
    assert score_document("d.txt", gold, found, "榆树市").field_agreement["jurisdiction"] == 0.0  # a guess is wrong


# Each half from round 8 on at what the rules give it now (floors a little under the figure; dev9 has
# its test above). The figures each half gave when read once are in SOURCES.md.
# - heldout8: after round 9's rules (quoted deeds, lists counted by field, a task after its 责任单位 on one
#   line, 2000余户, 每学年开展一次, 300堂) every record found, nothing extra; s04 names 昆山 once, in a
#   facility's name — found only while a short page's lines counted twice, so its place is now 未知地区.
# - heldout9 (P 0.737, R 0.977, year 0.870 when read): then 甘肃's parts titled without numerals, 天津's task
#   heading 「加快释放改革开放成效」 and 四川's glossary and counts of places.
# - heldout10 (P 0.953, R 0.953, year 0.742): then 内蒙古's part "“十五五”时期主要目标和2026年重点工作" (its
#   2026 targets read as 2030's), 福建's part after the review, 广东's annex restating counts, 陕西's shared
#   rates and capacities built.
# - dev11: round 11's two development reports (河南, 浙江; 147 records) when the code was frozen.
# - heldout11 (P 0.958, R 0.965, jurisdiction 1.000, year 0.973).
# - dev12: round 12's eight short pages of other genres (10 records): every one found, nothing extra.
# - heldout12 (P 0.975, R 0.975, jurisdiction 0.913, year 0.981): two of its pages never name their place
#   (the reading says ""); since round 15 the build says 未知地区 there too, rather than guess from a stem
#   inside a word (长白山 → 白山市).
# - dev13: round 13's eight short pages (43 records); q01, a later page of a county's report, never names
#   its county (its reading says "" since round 15's audit) but names 凌云, one of its towns, three times
#   in lists of towns (「推进凌云、安恕省级示范区」): since this session's rule a stem listed beside names
#   the table does not know is a town, and the build says 未知地区 rather than 凌云县 (广西).
# - heldout13 (P 0.984, R 1.000, jurisdiction 0.629, year 0.661): 柘荣's page never names 柘荣 and 苍溪's never
#   names its year; their readings say so since round 15's audit, and the build no longer guesses 新和县
#   from 「科技创新和产业创新」.
# - round 14: read once at the very end (heldout14: P 0.963, R 0.619); then tables whose cells stand one
#   per line ending in 「|」 (沅江, 绥宁) and round 15's metadata rules (许昌's news lede, 我旗, 金华 after
#   浙江, a cited notice, 晋中 after (山西省), the year named with forward words).
# - round 15: dev15 at the frozen commit has one extra (「确保5个易地扶贫搬迁安置点群众搬得出」, a count of
#   sites); heldout15 read once (P 0.875, R 1.000, jurisdiction 0.879, year 0.810: SOURCES.md), then its
#   rules (an average set against, a policy system's parts, 青岛市高新区 → 青岛高新区, 「2021年度目标设定」,
#   「全年」 under 「在2025年…行动计划中」 is 2025).
# - round 16: dev16 at the frozen commit: P 0.979 (「加强湾沟等4个特色城镇建设」, a named set), year 0.957
#   (a 民生实事 road due in 2021, a county's 进出口 rate); heldout16 read once (P 0.930, R 0.588,
#   jurisdiction 0.900, year 1.000: SOURCES.md), then its rules (a quoted statement is read, a paragraph
#   is not review for the year of projects carried over, “百”系列: is no glossary entry, 新兴产业 names no
#   新兴县, the bodies that take part); 「海洋生物等5个百亿级产业集群」 stays missed.
# - round 17: dev17 at the frozen commit: P 0.979 (「西部200万亩旱田节水灌溉工程」, a project's size, said
#   again as a target), R 0.979 (「工业投资、高新产业投资增速力争达20%」 read as one, as round 11's readers
#   do); heldout17 read once (P 0.917, R 0.698, jurisdiction 1.000, year 0.957: SOURCES.md), then its
#   rules (an indicator table a cell per line without row numbers, 【】 cumulative cells, 「达8800亿元」 in a
#   policy package, 「五台3个街道」, 「2025年,力争…」 as the horizon).
# - round 18: dev18 at the frozen commit: 1.000 / 1.000 / 1.000 / 0.961 (h11's 意见 targets carry no year
#   of their own); heldout18 read once (P 0.947, R 0.771, jurisdiction 0.947, year 0.860: SOURCES.md), then
#   its rules (the aims stated whatever words they use, deeds in book-title marks, an age class, who
#   delivers what is counted, whom the work is for, a headline giving place then year); 福建's Q&A page
#   names its province only inside the plan whose goals it restates (「根据《福建省…方案》,到2025年,…」:
#   that plan's place, since this session), 扬州's 2025 milestones take 2028.
# - round 19: dev19 at the frozen commit 1.000 on all four; heldout19 read once (P 0.984, R 0.900,
#   jurisdiction 0.714, year 0.968: SOURCES.md), then its rules (「乡村振兴」 names no 振兴区, aims stated after
#   a comma, 「2024年是…关键之年」, 「2024年,我们将…」); its g08 reading named 维西 from the page's origin and was
#   relabelled "" (the text never names it).
# - round 20: dev20 (seven pages) after its rules: a review's 「2006至2009年」 and 「完成…目标的80.18%」,
#   values before 「的目标」, a rate lowered to a level without a unit, the 10万人 a rate is counted per,
#   「中国式现代化建设荥阳实践」 over the city above it, 「荣昌主城」; f07's reading said 珠三角地区, a region, and
#   was relabelled 广东省, the document's own (the readings' convention); heldout20 read once (P 1.000,
#   R 0.860, jurisdiction 0.500, year 0.895: SOURCES.md), then its rules (a target table by area a cell per
#   line, m3 and 升/人日, 「100余万平方米」, whose plenary it is, a zone the page acts on, 「2025年,莱芜区将…」).
# - round 21: dev21 (ten pages; new documents of used places allowed) after its rules: 分/千瓦时, 「8大类共计37个」,
#   the size of the works a deed completes, 「预计2022年…」 in a 2023 page, 「贡献正定力量」, a zone's city named
#   by its short name before it, 「今年净月高新区」, the year of a work meeting that opens, 「2013年《政府工作报告》确定的…」.
#   heldout21 read once (P 0.953, R 0.586, jurisdiction 0.395, year 0.744: SOURCES.md), then its rules (a task
#   to watch the targets is no review, 「2017年,区政府将…」 over a later index date, 「2024年底前」, 「新征程邛崃现代化」);
#   怀安县 and 亳州市 are named only inside a project's and a product's name, so the build says 未知地区 (0.722).
# - round 22: dev22 (ten pages) after its rules: a set chosen elsewhere (「计划出列的2个贫困乡和20个贫困村」), 「2016年
#   计划出列」 names the year, 「通过3年建设」 ends three years on (d11's reading relabelled to that written
#   convention), an item's title and its 「项目内容:」 are two sentences; d01's 民生实事 page keeps 4 extras.
#   heldout22 read once (P 0.965, R 0.821, jurisdiction 0.536, year 0.929: SOURCES.md), then its rules (pipe rows
#   with an empty last cell, a table of one task by area, a reward's bar with 「(含)以上的乡镇」, 「将高县建成」);
#   徐州 is named only inside the titles of its own measures, and 未来五年 rows keep the page's year.
# - round 23: dev23 (five pages) after its rules: 「“文明村”“文明户”占比均达45%」 is two targets; 「共安排十方面、34项」
#   and 「与2023年相比,项目总数增加2项,其中新增17项」 count the list.
#   heldout23 read once (P 0.941, R 0.985, jurisdiction 0.870, year 1.000: SOURCES.md), then its rules (named
#   places then how many, a rate shared by a list with 和); 寻甸's page names itself only in 「(寻甸段)」 and a park.
# - round 24: dev24 (seven pages) after its rule: a news lead above the plan's own title gives its year; left:
#   「接待游客和旅游收入增长10%以上」 read as two by its reader (one here), a section's year not carried on
#   (「增加(约)一倍」 is read since the end of the session).
#   heldout24 read once (P 0.822, R 0.974, jurisdiction 0.730, year 0.757: SOURCES.md), then its rules (one measure
#   over the fields a list names, 「结合成都高新区实际」 and 「结合眉山实际」 outrank a place the body names).
#   Next session: a paragraph that opens with its year holds it across its ； and 。 (heldout24's b04 and b08,
#   dev24's b05 and heldout18's h14 then reach year 1.000); a page about 全市 that issues and carries out
#   《徐州市…办法》 is 徐州市's (heldout22's d14: jurisdiction 0.866 → 1.000).
# - round 26: dev26 (six pages, provinces of the south and west) after its rules: 「超百名」「超千名」 are 100 and
#   1000, 「配置AED1100台」 counts devices, 「边境0—3公里」 is a class of places, the year of the meeting that
#   draws this year's targets (「召开的2024年…会议」); from 0.985 / 0.942 / 1.000 / 0.879 to 1.000 on all four.
# - round 25: dev25 (five pages, provinces of the north and east) after its rules: an indicator table a cell per
#   line without borders, with 「其中:」 cells of two lines (matched by name cell and value cell in the quoted
#   passage), a cell's unit written again (「12.3年以上」), two rows of one table never one target, the
#   departments that issue a plan, the kinds a scheme names; from 0.652 / 0.811 / 1.000 / 0.656 to
#   0.923 / 0.973 / 1.000 / 1.000. Left: 「县城至少有1个面积达到5000m…」 read as its area by a doubtful reading,
#   and the prose's 12.3年 kept as the table's row (it has the baseline) where the reading kept the prose.
#   heldout25 and heldout26 read once at one freeze (heldout25: P 0.960, R 1.000, jurisdiction 0.708, year
#   1.000; heldout26: 1.000 on all four; pooled 0.980 / 1.000 / 0.857 / 1.000: SOURCES.md), then their rules
#   (the field a ranking is drawn from; the bodies a 「责任单位:」 line names are not the page's place).
# - rounds 27 and 28 (two helpers at once: province and city documents; county and zone documents): dev27 (five
#   pages) and dev28 (three) after their rules: a report page with no year in the words of tasks to do looks
#   forward, 全州/我州 is how a prefecture speaks of itself (l01's 「甘孜州」 relabelled to the readings' full
#   name, 甘孜藏族自治州), 「中国式现代化合肥篇章」 names the city though the page speaks of 全省 once, indented
#   points are not one sentence, a list's next item is not what the first delivers, a count then the next
#   item's class, the size of what a count counts, a subheadline's deeds said again in the body;
#   dev27 1.000 / 0.605 / 0.296 / 1.000 → 0.977 / 0.977 / 1.000 / 1.000, dev28 0.871 / 0.964 / 1.000 / 1.000
#   → 0.966 / 1.000 / 1.000 / 1.000.
#   heldout27 and heldout28 read once at one freeze (heldout27: 0.900 / 0.900 / 0.767 / 0.833; heldout28: 0.956 /
#   0.956 / 1.000 / 1.000; pooled 0.933 / 0.933 / 0.904 / 0.932: SOURCES.md), then their rules (the sum of a set
#   of projects to be made, a fund set aside, a bar in two currencies, 「ug/ m³」 and 「m²」, a news page's
#   question naming the year); 邯郸's page, named only inside a road section and an airport's zone, stays
#   未知地区 by the round-15 decision (heldout27's jurisdiction 0.750).
# - rounds 29 and 30 (two helpers at once: work reports and their divisions; every other genre): dev29 (eight
#   pages) and dev30 (three) after their rules: the year of a list a page sets (「明确2023年民生项目任务单」) and
#   of the report it explains (「《政府工作报告》解读2017」), who carries the work out (「由全市12个区县…」).
#   Left: 武穴's explainer of its 「2022年…政府工作报告」 whose items are 2023's, a list of points set without end
#   marks and joined into one line (a rule for that broke the page's title and was not kept).
#   heldout29 and heldout30 read once at one freeze (heldout29: 1.000 / 0.980 / 1.000 / 0.980; heldout30: 0.924 /
#   0.984 / 1.000 / 1.000; pooled 0.957 / 0.982 / 1.000 / 0.991 — every bar of issue 13 met: SOURCES.md), then
#   heldout30's rules (a list's new items and their share, whose the counted things are).
# - rounds 31 and 32, the confirmation planned before the helpers started: no rule written on any half; all four
#   read once at accc6e7 (held-back halves pooled 0.923 / 1.000 / 0.889 / 0.972 — it failed: SOURCES.md). Then
#   one rule from heldout32: a zone in a page's body needs its place in its name or just before it (「建设2个
#   以上专业型文化产业园区」 had named 滨海新区's page). Their other misses are left as measured, then (next session)
#   rules on all four: a 专栏 table set in runs of spaces, a forecast (或达), a chain's links counted, money injected.
# - rounds 33 and 34, a second planned confirmation: code frozen at 731ff6d, all four halves read once (held-back
#   pooled 0.951 / 0.987 / 1.000 / 0.617 — it failed on the year: SOURCES.md). Then rules on them: the year of a
#   report a page retells (「对2012年工作作了回顾」, a report delivered in April), a five-year plan's base year, a
#   number's own span (「2024-2025年计划…」), a zone a province page cultivates, 「5个—7个」, 「1O个」.
# - rounds 35 and 36, a third planned confirmation: code frozen at fed52af (= c1c0e74), all four halves read once
#   (held-back pooled 0.937 / 0.908 / 0.554 / 0.846 — it failed: SOURCES.md). Then rules on them: rows under a
#   merged 类别 cell, an old town (「做精老城区」) and a facility (「修水私营经济城」) name no division, 责任单位 lines
#   are not the page, a headline's acting subject (「宁夏将新增…」) and 「…钟楼答卷」 are, the report year of
#   「执行情况与2025年…计划草案」 and 「2019年政府工作总体要求」; and the evaluator matches a target restated from the
#   headline whichever copy the reading kept. heldout36's 修水 page (「九江(修水)工业园」) stays as read: the reading
#   says the text never names its place.
# - rounds 37 and 38, a fourth planned confirmation (split by province): code frozen at 96e17c7 after a review of
#   the session's rules; held-back pooled 0.975 / 0.975 / 0.949 / 0.962 — it failed by one record on the place
#   (SOURCES.md). Then rules on them: a park named after a district (「高要区…产业园」) is not a city page's place,
#   「对接省20个…集群」, 「72个县…占…比重」, 「做好11项工作」. dev38's pages that never name their place (a county
#   report's third page given 湖南省, 贵州's report page) stay as read: the readings say the text never names it.
# - rounds 39 and 40, a fifth planned confirmation with a raised bar (split by province): code frozen at 0b69903
#   (= 70a46ce); held-back pooled 0.671 / 0.786 / 0.483 / 1.000 — it failed: two news pages (a digest of short
#   points joined into one line, a report's review read as targets because the governor's name holds a middle
#   dot). Then rules on them: short points are not joined, 「2024年主要目标」 is a section title, 「主席艾尔肯·吐尼亚孜
#   作政府工作报告」, 「建设生态宜宾」 and 「…开局之年,连云港将…」 name the page, 今年以来/前三季度/四年来 are review.
HALF_FLOORS = {
    "heldout8": {"precision": 1.0, "recall": 1.0, "jurisdiction": 0.88, "target_year": 1.0},
    "heldout9": DEV9_FLOOR,
    "heldout10": {"precision": 0.99, "recall": 0.99, "jurisdiction": 1.0, "target_year": 0.99},
    "dev11": DEV9_FLOOR,
    "heldout11": DEV9_FLOOR,
    "dev12": {"precision": 1.0, "recall": 1.0},
    "heldout12": {"precision": 1.0, "recall": 0.99, "jurisdiction": 1.0, "target_year": 0.98},
    "dev13": {"precision": 1.0, "recall": 1.0, "target_year": 1.0, "jurisdiction": 1.0},
    "heldout13": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev14": {"precision": 0.95, "recall": 0.84, "jurisdiction": 1.0, "target_year": 0.91},
    "heldout14": {"precision": 1.0, "recall": 0.92, "jurisdiction": 1.0, "target_year": 1.0},
    "dev15": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout15": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev16": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.95},
    "heldout16": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "dev17": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout17": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev18": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.96},
    "heldout18": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev19": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout19": {"precision": 0.98, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "dev20": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout20": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev21": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout21": {"precision": 0.98, "recall": 0.98, "jurisdiction": 0.72, "target_year": 1.0},
    "dev22": {"precision": 0.94, "recall": 0.98, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout22": {"precision": 0.98, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.94},
    "dev23": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout23": {"precision": 0.97, "recall": 1.0, "jurisdiction": 0.87, "target_year": 1.0},
    "dev24": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout24": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev25": {"precision": 0.94, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout25": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev26": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout26": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev27": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout27": {"precision": 0.93, "recall": 0.96, "jurisdiction": 0.75, "target_year": 1.0},
    "dev28": {"precision": 0.96, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout28": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev29": {"precision": 1.0, "recall": 0.94, "jurisdiction": 1.0, "target_year": 0.94},
    "heldout29": {"precision": 1.0, "recall": 0.97, "jurisdiction": 1.0, "target_year": 0.97},
    "dev30": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.95},
    "heldout30": {"precision": 0.98, "recall": 0.98, "jurisdiction": 1.0, "target_year": 1.0},
    "dev31": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout31": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.94},
    "dev32": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout32": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev33": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout33": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev34": {"precision": 1.0, "recall": 0.96, "jurisdiction": 0.95, "target_year": 1.0},
    "heldout34": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.96},
    "dev35": {"precision": 0.88, "recall": 1.0, "jurisdiction": 0.94, "target_year": 0.94},
    "heldout35": {"precision": 0.97, "recall": 0.94, "jurisdiction": 1.0, "target_year": 0.97},
    "dev36": {"precision": 1.0, "recall": 0.94, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout36": {"precision": 1.0, "recall": 0.96, "jurisdiction": 0.39, "target_year": 1.0},
    "dev37": {"precision": 0.94, "recall": 1.0, "jurisdiction": 0.87, "target_year": 1.0},
    "heldout37": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.9},
    "dev38": {"precision": 0.97, "recall": 0.97, "jurisdiction": 0.34, "target_year": 0.97},
    "heldout38": {"precision": 1.0, "recall": 0.96, "jurisdiction": 1.0, "target_year": 1.0},
    "dev39": {"precision": 0.9, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout39": {"precision": 0.93, "recall": 0.9, "jurisdiction": 0.87, "target_year": 1.0},
    "dev40": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},  # raised after 7eac6c5 (0.929 → 0.975)
    "heldout40": {"precision": 0.95, "recall": 0.97, "jurisdiction": 0.99, "target_year": 1.0},  # place raised after f090678 (0.590 → 1.000)
    # rounds 41–42, read once at 506d4a2 (held-back 0.828 / 1.000 / 0.778 / 0.901, dev 0.737 / 1.000 / 0.897 / 0.466),
    # then the rules on their halves
    "dev41": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout41": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev42": {"precision": 0.96, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout42": {"precision": 0.95, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 43–44, read once at 11b16b7 (held-back 0.723 / 0.840 / 1.000 / 0.958, dev 0.806 / 0.879 / 0.635 / 0.746),
    # then the rules on their halves (heldout44's year: its reading leaves 「到“十二五”末」 without a year, the build says 2015)
    "dev43": {"precision": 0.9, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout43": {"precision": 0.96, "recall": 0.96, "jurisdiction": 1.0, "target_year": 1.0},
    "dev44": {"precision": 0.96, "recall": 0.96, "jurisdiction": 0.75, "target_year": 0.68},
    "heldout44": {"precision": 0.66, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.78},
    # rounds 45–46, read once at eb7379b (held-back 0.849 / 0.961 / 0.857 / 0.870, dev 0.829 / 0.979 / 0.969 / 0.865),
    # then the rules on their halves (heldout46's place: 眉山 is named only in the title of the plan the city issued,
    # and its reading says the text never names it)
    "dev45": {"precision": 0.9, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout45": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev46": {"precision": 0.9, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.91},
    "heldout46": {"precision": 0.88, "recall": 1.0, "jurisdiction": 0.91, "target_year": 1.0},
    # rounds 47–48, read once at df2e446 (held-back 0.795 / 0.894 / 1.000 / 0.718, dev 0.564 / 0.957 / 0.800 / 0.893),
    # then the rules on their halves (heldout48's 贵州 十三五 aims, left yearless by its reader, dated 2020 by the
    # convention settled before round 49; dev47 and dev48 hold a poem-like review feature and a project-progress report,
    # left as read)
    "dev47": {"precision": 0.62, "recall": 1.0, "jurisdiction": 0.9, "target_year": 0.95},
    "heldout47": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev48": {"precision": 0.68, "recall": 0.96, "jurisdiction": 0.7, "target_year": 0.97},
    "heldout48": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.9},
    # rounds 49–50, read once at 2913688 (held-back 0.921 / 0.745 / 0.731 / 0.833, dev 0.925 / 0.891 / 0.798 / 0.990),
    # then the rules on their halves (heldout49's 河南 page names its place only in the plan it reports: read "")
    "dev49": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout49": {"precision": 1.0, "recall": 0.93, "jurisdiction": 0.84, "target_year": 1.0},
    "dev50": {"precision": 0.96, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.98},
    "heldout50": {"precision": 0.93, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 51–52, read once at 9444e11 (held-back 0.797 / 0.861 / 0.872 / 0.759, dev 0.791 / 0.945 / 0.890 / 0.738),
    # then worked on (4b23cb8): the floors are the figures after those rules
    # (dev51's place 0.92 → 0.91: a doubtful record of aw13, a page the build cannot place, is now found and counted)
    "dev51": {"precision": 0.92, "recall": 1.0, "jurisdiction": 0.91, "target_year": 0.89},
    "heldout51": {"precision": 0.92, "recall": 0.97, "jurisdiction": 0.9, "target_year": 1.0},
    "dev52": {"precision": 0.92, "recall": 0.98, "jurisdiction": 1.0, "target_year": 0.86},
    "heldout52": {"precision": 0.96, "recall": 0.98, "jurisdiction": 1.0, "target_year": 0.98},
    # rounds 53–54, read once at 4b23cb8 (held-back 0.734 / 0.734 / 0.770 / 0.885, dev 0.906 / 0.853 / 0.582 / 0.824),
    # then the rules on them (be89b2e, and those written while rounds 55–56 were being found): the floors are the
    # figures after those (dev53's place: 长治's plan notice read "", 大洼县 of 2010 is today's 大洼区)
    "dev53": {"precision": 1.0, "recall": 1.0, "jurisdiction": 0.9, "target_year": 0.86},
    "heldout53": {"precision": 1.0, "recall": 1.0, "jurisdiction": 0.82, "target_year": 0.97},
    "dev54": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout54": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 55–56, the thirteenth confirmation, read once at 40268dc (held-back 0.857 / 0.962 / 0.686 / 0.867,
    # dev 0.887 / 0.981 / 0.906 / 0.783), then the rules on their halves: the floors are the figures after those
    # (dev55's place: 香河's page speaks of 全省 as often as of itself)
    "dev55": {"precision": 0.9, "recall": 0.95, "jurisdiction": 0.91, "target_year": 0.95},
    "heldout55": {"precision": 0.96, "recall": 0.95, "jurisdiction": 1.0, "target_year": 1.0},
    "dev56": {"precision": 0.91, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.86},
    "heldout56": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 57–58, the fourteenth confirmation, read once at 909a2c6 (held-back 0.904 / 0.913 / 0.908 / 0.980,
    # dev 0.719 / 0.989 / 1.000 / 0.923), then the rules on their halves (0e796ad on heldout58; f6d3b21, written while
    # rounds 59–60 were found): the floors are the figures after those
    "dev57": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.82},
    "heldout57": {"precision": 0.98, "recall": 0.98, "jurisdiction": 1.0, "target_year": 1.0},
    "dev58": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout58": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 59–60, the fifteenth confirmation, read once at f6d3b21 (held-back 0.838 / 0.980 / 1.000 / 0.909,
    # dev 0.806 / 0.974 / 0.922 / 0.909), then the rules on their halves written while rounds 61–62 were found: the
    # floors are the figures after those
    "dev59": {"precision": 0.97, "recall": 0.97, "jurisdiction": 0.88, "target_year": 0.85},
    "heldout59": {"precision": 0.98, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    "dev60": {"precision": 0.93, "recall": 0.97, "jurisdiction": 0.95, "target_year": 0.95},
    "heldout60": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 61–62, the sixteenth confirmation, read once at aacb154 (held-back 0.800 / 0.919 / 0.880 / 0.947,
    # dev 0.780 / 0.855 / 0.825 / 0.887), then the first rules on their halves: the floors are the figures after those
    "dev61": {"precision": 0.92, "recall": 0.87, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout61": {"precision": 1.0, "recall": 0.94, "jurisdiction": 0.7, "target_year": 1.0},
    "dev62": {"precision": 0.86, "recall": 0.92, "jurisdiction": 0.68, "target_year": 0.8},
    "heldout62": {"precision": 0.92, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 63–64, the seventeenth confirmation, read once at 8c79058 (held-back 0.879 / 0.956 / 0.761 / 0.872,
    # dev 0.860 / 0.980 / 0.990 / 0.792), then the first rules on them: the floors are the figures after those
    "dev63": {"precision": 0.86, "recall": 0.98, "jurisdiction": 1.0, "target_year": 0.81},
    "heldout63": {"precision": 0.93, "recall": 0.98, "jurisdiction": 0.73, "target_year": 1.0},
    "dev64": {"precision": 0.85, "recall": 0.97, "jurisdiction": 0.97, "target_year": 0.76},
    "heldout64": {"precision": 0.83, "recall": 0.92, "jurisdiction": 1.0, "target_year": 0.64},
    # rounds 65–66, the eighteenth confirmation, read once at 452ce68 (held-back 0.841 / 0.885 / 1.000 / 0.778,
    # dev 0.961 / 0.971 / 0.960 / 1.000), then rules on them: the floors are the figures after those (730e4e0)
    "dev65": {"precision": 0.97, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout65": {"precision": 0.97, "recall": 0.94, "jurisdiction": 1.0, "target_year": 0.66},
    "dev66": {"precision": 0.98, "recall": 0.96, "jurisdiction": 0.92, "target_year": 1.0},
    "heldout66": {"precision": 0.97, "recall": 1.0, "jurisdiction": 1.0, "target_year": 0.72},
    # rounds 67–68, the nineteenth confirmation, read once at 7cd7242 (held-back 0.852 / 0.825 / 0.943 / 0.849,
    # dev 0.984 / 0.808 / 1.000 / 0.781), then rules on them: the floors are the figures after those (730e4e0; dev67's
    # precision fell from 0.976 to 0.956 — its 「2019年工作计划」 part is now read, two 总投资 figures the reading leaves out)
    "dev67": {"precision": 0.95, "recall": 0.93, "jurisdiction": 1.0, "target_year": 0.7},
    "heldout67": {"precision": 0.76, "recall": 1.0, "jurisdiction": 0.9, "target_year": 0.74},
    "dev68": {"precision": 1.0, "recall": 0.96, "jurisdiction": 1.0, "target_year": 1.0},
    "heldout68": {"precision": 1.0, "recall": 1.0, "jurisdiction": 1.0, "target_year": 1.0},
    # rounds 69–70, the twentieth confirmation, read once at babbe5b = 730e4e0 (void by its plan: the freeze's suite
    # failed the dev67 floor above; as read, held-back 0.782 / 0.958 / 0.778 / 0.753, dev 0.853 / 0.877 / 0.657 / 0.940),
    # then rules on heldout69 (ca9ca15): the floors are the figures after those
    "dev69": {"precision": 0.8, "recall": 0.9, "jurisdiction": 1.0, "target_year": 0.87},
    "heldout69": {"precision": 0.93, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},  # raised after 7eac6c5 (0.904 → 0.940)
    "dev70": {"precision": 0.89, "recall": 0.85, "jurisdiction": 0.36, "target_year": 1.0},
    "heldout70": {"precision": 0.77, "recall": 0.91, "jurisdiction": 1.0, "target_year": 0.86},
    # rounds 71–72, the twenty-first confirmation, read once at 96fbf33 = ca9ca15 (void by its plan: 55 held-back records,
    # fewer than 60; as read, held-back 0.704 / 0.962 / 1.000 / 0.673, dev 0.934 / 0.973 / 0.662 / 0.901), then rules on
    # them (aa58ca3): the floors are the figures after those
    "dev71": {"precision": 0.94, "recall": 0.97, "jurisdiction": 0.88, "target_year": 0.79},
    "heldout71": {"precision": 1.0, "recall": 0.94, "jurisdiction": 1.0, "target_year": 1.0},
    "dev72": {"precision": 0.94, "recall": 0.97, "jurisdiction": 0.45, "target_year": 1.0},  # raised after 3ea9174 (0.925 → 0.949)
    "heldout72": {"precision": 0.88, "recall": 0.96, "jurisdiction": 1.0, "target_year": 0.5},
    # rounds 73–74, the twenty-second confirmation, read once at 42a0186 = aa58ca3 (held-back 0.889 / 0.941 / 0.914 / 0.975,
    # dev 0.924 / 0.964 / 0.707 / 0.421), then rules on heldout74 (c7cf181): the floors are the figures after those
    "dev73": {"precision": 0.9, "recall": 1.0, "jurisdiction": 0.35, "target_year": 0.18},
    "heldout73": {"precision": 0.95, "recall": 0.97, "jurisdiction": 1.0, "target_year": 1.0},
    "dev74": {"precision": 0.93, "recall": 0.93, "jurisdiction": 1.0, "target_year": 0.61},
    "heldout74": {"precision": 0.82, "recall": 0.94, "jurisdiction": 1.0, "target_year": 0.94},
    # rounds 75–76, the twenty-third confirmation, read once at 3918fe7 = c7cf181 (held-back 0.856 / 0.954 / 0.812 / 0.965,
    # dev 0.802 / 0.844 / 0.713 / 0.713): the floors are the figures as read, heldout75's precision after the rule of the
    # part titled by the year gone (0.978), then the rules on rounds 75–76 (2db6cea) raised them
    # dev75's place lowered 0.68 → 0.65 when a planned 同比 was read as an aim: recall 0.917 → 0.958, the two records
    # more on a page (bu07) whose place the build misses
    "dev75": {"precision": 0.86, "recall": 0.95, "jurisdiction": 0.65, "target_year": 0.8},
    "heldout75": {"precision": 0.97, "recall": 0.95, "jurisdiction": 0.82, "target_year": 0.99},
    "dev76": {"precision": 0.85, "recall": 0.95, "jurisdiction": 0.78, "target_year": 0.86},
    "heldout76": {"precision": 0.82, "recall": 0.94, "jurisdiction": 0.79, "target_year": 0.97},
    # rounds 77–78, the twenty-fourth confirmation, read once at 2db6cea (held-back 0.708 / 0.924 / 0.966 / 0.854,
    # dev 0.737 / 0.916 / 0.917 / 0.670): the floors are the figures as read, heldout77's precision and heldout78's year
    # after the rules on them (0d9bee6, 0cd0a3a)
    "dev77": {"precision": 0.9, "recall": 0.99, "jurisdiction": 0.93, "target_year": 0.74},
    "heldout77": {"precision": 0.71, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.99},
    "dev78": {"precision": 0.52, "recall": 0.77, "jurisdiction": 0.87, "target_year": 0.48},
    "heldout78": {"precision": 0.77, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.92},
    # rounds 79–80, the twenty-fifth confirmation, read once at 7ba21bb = 0cd0a3a (held-back 0.818 / 0.828 / 0.760 / 0.640,
    # dev 0.807 / 0.788 / 0.903 / 0.847): the floors are the figures as read, raised where the rules after it (a meeting's
    # year, a past year's list, a span from a past month, a review sentence's forward tail, 已开工) and the evaluator's bare
    # names (华安 / 华安县) raised them
    "dev79": {"precision": 0.88, "recall": 0.9, "jurisdiction": 0.92, "target_year": 0.99},
    "heldout79": {"precision": 0.91, "recall": 0.86, "jurisdiction": 0.86, "target_year": 0.99},
    "dev80": {"precision": 0.74, "recall": 0.67, "jurisdiction": 0.99, "target_year": 0.66},
    "heldout80": {"precision": 0.73, "recall": 0.89, "jurisdiction": 0.65, "target_year": 0.71},
    # rounds 81–82, the twenty-sixth confirmation, read once at 15c81f9 = 7ffd127 (held-back 0.801 / 0.932 / 0.946 / 0.964,
    # dev 0.829 / 0.875 / 0.841 / 0.417): the floors are the figures as read, heldout82's precision after the rules on it
    # (831fd15, fac7b0f)
    "dev81": {"precision": 0.92, "recall": 0.74, "jurisdiction": 0.82, "target_year": 0.34},
    "heldout81": {"precision": 0.98, "recall": 0.96, "jurisdiction": 0.91, "target_year": 0.97},
    "dev82": {"precision": 0.78, "recall": 0.97, "jurisdiction": 0.85, "target_year": 0.46},
    "heldout82": {"precision": 0.69, "recall": 0.87, "jurisdiction": 0.99, "target_year": 0.94},
    # rounds 83–84, the twenty-seventh confirmation, read once at 5c34ea2 = fac7b0f (held-back 0.960 / 0.896 / 0.960 / 0.939,
    # dev 0.828 / 0.906 / 0.941 / 0.941): the floors are the figures as read, heldout84's recall after the rule on it (55e0c89)
    # dev83's precision raised by the thirty-ninth's and fortieth's freezes (the months so far summed, the share of the
    # year's planned money done: 0.826 → 0.877 → 0.934)
    "dev83": {"precision": 0.93, "recall": 0.86, "jurisdiction": 0.99, "target_year": 0.92},
    "heldout83": {"precision": 0.98, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.9},
    "dev84": {"precision": 0.87, "recall": 0.95, "jurisdiction": 0.87, "target_year": 0.95},  # raised after f558f75 (0.846 → 0.880)
    "heldout84": {"precision": 0.92, "recall": 0.9, "jurisdiction": 0.89, "target_year": 0.99},
    # rounds 85–86, the twenty-eighth confirmation, read once at 8febc7e = 55e0c89 (held-back 0.884 / 0.970 / 1.000 / 0.586,
    # dev 0.883 / 0.954 / 0.705 / 0.898): the floors are the figures as read
    "dev85": {"precision": 0.89, "recall": 0.93, "jurisdiction": 0.57, "target_year": 0.82},
    "heldout85": {"precision": 0.9, "recall": 0.98, "jurisdiction": 0.99, "target_year": 0.59},
    "dev86": {"precision": 0.87, "recall": 0.97, "jurisdiction": 0.83, "target_year": 0.97},
    "heldout86": {"precision": 0.84, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 87–88, the twenty-ninth confirmation, read once at 00b38b2 = 103fd19 (held-back 0.735 / 0.949 / 0.675 / 0.896,
    # dev 0.829 / 0.829 / 0.814 / 0.771): the floors are the figures as read, dev87 / heldout87 / heldout88 raised by
    # 3ac4339 and 7e06a16; heldout85's year raised by 103fd19's date line
    "dev87": {"precision": 0.86, "recall": 0.97, "jurisdiction": 0.84, "target_year": 0.76},
    "heldout87": {"precision": 0.9, "recall": 0.95, "jurisdiction": 0.84, "target_year": 0.99},
    "dev88": {"precision": 0.82, "recall": 0.76, "jurisdiction": 0.79, "target_year": 0.88},
    "heldout88": {"precision": 0.9, "recall": 0.99, "jurisdiction": 0.77, "target_year": 0.9},
    # rounds 89–90, the thirtieth confirmation, read once at ea7104d (code 7e06a16; held-back 0.902 / 0.892 / 0.719 / 0.675,
    # dev 0.801 / 0.919 / 1.000 / 0.846): the floors are the figures as read, raised by 3d9ed70 and cbc235c
    "dev89": {"precision": 0.94, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.88},  # raised after f558f75 (0.862 → 0.943)
    "heldout89": {"precision": 0.9, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.57},
    "dev90": {"precision": 0.91, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.89},
    # heldout90's year lowered 0.93 → 0.92 by the same rule: recall 0.860 → 0.892, two of the records more (云南's 今冬明春
    # page, cj06) dated by the build to the page's year where the reading carries the season's 2011 into the next paragraph
    "heldout90": {"precision": 0.9, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.92},
    # rounds 91–92, the thirty-first confirmation, read once at e7ca5d6 (code cbc235c; held-back 0.800 / 0.613 / 0.641 / 1.000,
    # dev 0.965 / 0.941 / 0.726 / 0.976): the floors are the figures as read
    "dev91": {"precision": 0.96, "recall": 0.9, "jurisdiction": 0.57, "target_year": 0.99},
    # heldout91 raised after its read: 较上年 beside a planned rise no longer makes 河南's winter plan review (recall 0.606 → 0.970)
    "heldout91": {"precision": 0.78, "recall": 0.96, "jurisdiction": 0.94, "target_year": 0.99},
    # dev92 raised by the fortieth's freeze (its date-line rules: precision 0.960 → 1.000, year 0.943 → 0.962)
    "dev92": {"precision": 0.99, "recall": 0.99, "jurisdiction": 0.92, "target_year": 0.96},
    "heldout92": {"precision": 0.89, "recall": 0.61, "jurisdiction": 0.45, "target_year": 0.99},
    # rounds 93–94, the thirty-second confirmation, read once at 104111b (code e3d926c; held-back 0.907 / 0.812 / 0.909 /
    # 0.612, dev 0.837 / 0.880 / 1.000 / 0.639): the floors are the figures as read
    # year raised after its read: a date keeps the space before its clock time, and a date line is read after other
    # labelled fields (dev93 0.200 → 0.375, heldout93 0.651 → 1.000, heldout94 0.569 → 0.862)
    "dev93": {"precision": 0.74, "recall": 0.77, "jurisdiction": 0.99, "target_year": 0.37},
    # heldout93's recall raised after its read: 「今年计划投资」 beside a lifetime cost, a class's 「拟安排」 (0.741 → 0.901)
    "heldout93": {"precision": 0.92, "recall": 0.9, "jurisdiction": 0.85, "target_year": 0.99},
    "dev94": {"precision": 0.9, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.89},
    "heldout94": {"precision": 0.89, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.86},
    # rounds 95–96, the thirty-third confirmation, read once at 040d719 (code 811c01a; held-back 0.778 / 0.968 / 0.927 /
    # 0.865, dev 0.889 / 0.899 / 0.786 / 0.833): the floors are the figures as read
    # raised after their read: a date with its clock time dates the page first on it or behind a site's counters, whose
    # figures are no targets (dev95 year 0.829 → 1.000; heldout95 precision 0.684 → 0.711, year 0.772 → 0.982)
    # dev95's place lowered 0.56 → 0.54 by the rules on rounds 211–212 (a 小区 worked on after 对 is a target): recall 0.905 →
    # 0.929, the one record added on a page placed nowhere (23 of 41 → 23 of 42)
    "dev95": {"precision": 0.97, "recall": 0.9, "jurisdiction": 0.54, "target_year": 0.99},
    "heldout95": {"precision": 0.71, "recall": 0.99, "jurisdiction": 0.87, "target_year": 0.98},
    "dev96": {"precision": 0.88, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.89},  # raised after 930a9fd (recall 0.894 → 0.979)
    "heldout96": {"precision": 0.97, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 97–98, the thirty-fourth confirmation, read once at 13c0140 (code 0de1d1f; held-back 0.777 / 0.887 / 1.000 /
    # 0.806, dev 0.843 / 0.872 / 0.951 / 0.829): the floors are the figures as read
    "dev97": {"precision": 0.81, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.85},
    # heldout97 raised after its read: a date line written day first, the stock there is, a list broken down by size,
    # the year's planned investment after the set's total (0.709 / 0.949 / 1.000 / 0.678 → 0.770 / 0.966 / 1.000 / 0.883)
    "heldout97": {"precision": 0.93, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.88},  # raised after f558f75 (0.851 → 0.934)
    "dev98": {"precision": 0.88, "recall": 0.83, "jurisdiction": 0.87, "target_year": 0.78},
    "heldout98": {"precision": 0.9, "recall": 0.8, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 99–100, the thirty-fifth confirmation, read once at fa3ebab (code cecc7e9; held-back 0.924 / 0.904 / 0.844 /
    # 1.000, dev 0.907 / 0.836 / 0.910 / 0.892): the floors are the figures as read
    "dev99": {"precision": 0.82, "recall": 0.69, "jurisdiction": 0.74, "target_year": 0.84},
    # heldout99's precision raised after its read: a sentence opened by 目前 with no comma (0.891 → 0.925)
    "heldout99": {"precision": 0.92, "recall": 0.98, "jurisdiction": 0.92, "target_year": 0.99},
    "dev100": {"precision": 0.95, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.91},
    "heldout100": {"precision": 0.97, "recall": 0.81, "jurisdiction": 0.72, "target_year": 0.99},
    # rounds 101–102, the thirty-sixth confirmation, read once at fcf359f (code efe390f; held-back 0.898 / 0.966 / 0.811 /
    # 0.893, dev 0.891 / 0.841 / 0.747 / 0.958): the floors are the figures as read
    "dev101": {"precision": 0.91, "recall": 0.97, "jurisdiction": 0.5, "target_year": 0.99},
    # heldout101 and heldout102 raised after their read: 内蒙古's short name, a sentence's 「按照…关于」 no issuer, a labelled
    # date line above the headline (place 0.880 → 1.000; place 0.764 → 1.000, year 0.819 → 1.000)
    "heldout101": {"precision": 0.9, "recall": 0.98, "jurisdiction": 0.99, "target_year": 0.99},
    "dev102": {"precision": 0.86, "recall": 0.73, "jurisdiction": 0.99, "target_year": 0.91},
    "heldout102": {"precision": 0.89, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 103–104, the thirty-seventh confirmation, read once at 0c2a18f (code dea6a6e; held-back 0.917 / 0.973 / 0.781 /
    # 1.000, dev 0.935 / 0.879 / 0.798 / 0.847): the floors are the figures as read, raised after the read by the rules of the
    # thirty-eighth's freeze: a site's name before a date line (dev103 precision 0.952 → 0.967, year 0.703 → 0.984), a local
    # news site's lede and a photo's day caption (heldout103 place 0.650 → 0.950, heldout104 0.926 → 1.000), 「将宁乡经开区」
    # and 「向大会书面报告长沙市」 (dev104 place 0.583 → 0.750)
    "dev103": {"precision": 0.96, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.98},
    "heldout103": {"precision": 0.88, "recall": 0.96, "jurisdiction": 0.95, "target_year": 0.99},
    "dev104": {"precision": 0.91, "recall": 0.86, "jurisdiction": 0.75, "target_year": 0.99},
    "heldout104": {"precision": 0.96, "recall": 0.98, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 105–106, the thirty-eighth confirmation, read once at ee31d19 (code 323b1eb; held-back 0.849 / 0.953 / 0.838 /
    # 1.000, dev 0.638 / 0.902 / 0.962 / 1.000): the floors are the figures as read, dev105's and dev106's precision raised
    # after the read by the thirty-ninth's freeze (progress beside the year's plan: 0.656 → 0.824, 0.615 → 0.762)
    "dev105": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.93, "target_year": 0.99},
    "heldout105": {"precision": 0.84, "recall": 0.95, "jurisdiction": 0.72, "target_year": 0.99},  # raised after 20e1173 (0.836 → 0.847)
    "dev106": {"precision": 0.76, "recall": 0.82, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout106": {"precision": 0.88, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 107–108, the thirty-ninth confirmation, read once at 4639607 (code 34c7853; held-back 0.779 / 0.916 / 0.877 /
    # 0.860, dev 0.796 / 0.694 / 0.859 / 0.844): the floors are the figures as read, the held-back halves' raised by the
    # fortieth's freeze (heldout107 precision 0.840 → 0.875, year 0.825 → 1.000; heldout108 precision 0.708 → 0.754,
    # place 0.922 → 1.000)
    "dev107": {"precision": 0.89, "recall": 0.56, "jurisdiction": 0.7, "target_year": 0.75},
    "heldout107": {"precision": 0.87, "recall": 0.9, "jurisdiction": 0.84, "target_year": 0.99},
    "dev108": {"precision": 0.71, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.92},  # raised after 06c17c3 (0.704 → 0.714)
    "heldout108": {"precision": 0.79, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.99},  # raised after f558f75 (0.780 → 0.793)
    # rounds 109–110, the fortieth confirmation, read once at 9b54e9d (code 0c682eb; held-back 0.846 / 0.825 / 0.740 /
    # 0.909, dev 0.870 / 0.870 / 0.812 / 0.896): the floors are the figures as read, heldout109's raised by the
    # forty-first's freeze (a report's section dates its targets, duty lines name no place: 0.879 / 0.690 / 0.429 / 0.886 →
    # 0.897 / 0.833 / 0.585 / 0.902)
    "dev109": {"precision": 0.87, "recall": 0.87, "jurisdiction": 0.78, "target_year": 0.92},
    "heldout109": {"precision": 0.89, "recall": 0.83, "jurisdiction": 0.58, "target_year": 0.9},
    "dev110": {"precision": 0.85, "recall": 0.85, "jurisdiction": 0.84, "target_year": 0.84},
    "heldout110": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.92},
    # rounds 111–112, the forty-first confirmation, read once at 0f50106 (code 8a5bb4b; held-back 0.651 / 0.976 / 0.965 /
    # 0.721, dev 0.775 / 0.894 / 0.903 / 0.858): the floors are the figures as read, the held-back halves' raised by the
    # forty-second's freeze (a year's result estimated at its end, a meeting that sums up one year, an event's site:
    # heldout111 precision 0.580 → 0.889, year 0.634 → 0.878; heldout112 precision 0.737 → 0.764, place 0.933 → 1.000)
    "dev111": {"precision": 0.95, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout111": {"precision": 0.88, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.87},
    "dev112": {"precision": 0.69, "recall": 0.83, "jurisdiction": 0.76, "target_year": 0.86},
    "heldout112": {"precision": 0.83, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.8},  # raised after 7eac6c5 (0.808 → 0.840)
    # rounds 113–114, the forty-second confirmation, read once at 8eb061a (code 3146d18; held-back 0.833 / 0.885 / 0.739 /
    # 0.989, dev 0.753 / 0.921 / 0.765 / 0.802): the floors are the figures as read, precision raised after 5247ed4's
    # rules (an event's venues and breakdown, last year's figure; dev113 0.673 → 0.902, heldout113 0.864 → 0.895, dev114
    # 0.868 → 0.892, heldout114 0.791 → 0.919)
    "dev113": {"precision": 0.9, "recall": 0.94, "jurisdiction": 0.87, "target_year": 0.67},
    "heldout113": {"precision": 0.89, "recall": 0.83, "jurisdiction": 0.75, "target_year": 0.98},
    # dev114's year floor lowered 0.92 → 0.88 by the rules on rounds 155–206 (a forest's total area reached is no floor area):
    # the two records they add are dated otherwise than read, and no record right before is wrong now (38 right)
    "dev114": {"precision": 0.89, "recall": 0.89, "jurisdiction": 0.65, "target_year": 0.88},
    "heldout114": {"precision": 0.92, "recall": 0.99, "jurisdiction": 0.72, "target_year": 0.99},
    # rounds 115–116, the forty-third confirmation, read once at 944fbeb (code 5247ed4; held-back 0.713 / 0.936 / 0.907 /
    # 0.991, dev 0.803 / 0.970 / 0.880 / 0.787): the floors are the figures as read, raised after bda547f's rules (progress
    # so far, a cut-off lede, a partner: heldout115 precision 0.840 → 0.900, place 0.855 → 1.000; heldout116 precision
    # 0.574 → 0.886)
    "dev115": {"precision": 0.89, "recall": 0.95, "jurisdiction": 0.69, "target_year": 0.69},
    "heldout115": {"precision": 0.89, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.98},
    "dev116": {"precision": 0.77, "recall": 0.98, "jurisdiction": 0.99, "target_year": 0.84},
    "heldout116": {"precision": 0.88, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 117–118, the forty-fourth confirmation, read once at 0460b22 (code bda547f; held-back 0.762 / 0.969 / 0.970 /
    # 0.832, dev 0.806 / 0.798 / 0.975 / 0.662): the floors are the figures as read, raised after bf8b1bd's rules (a cited
    # package, the year gone through its source; dev117 0.881 / 0.661 / 0.946 / 0.838 → 0.964 / 0.964 / 0.963 / 0.889,
    # heldout117 precision 0.758 → 0.940, year 0.765 → 0.902, heldout118 year 0.900 → 0.980)
    "dev117": {"precision": 0.96, "recall": 0.96, "jurisdiction": 0.96, "target_year": 0.88},
    "heldout117": {"precision": 0.93, "recall": 0.94, "jurisdiction": 0.94, "target_year": 0.9},
    "dev118": {"precision": 0.74, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.51},
    "heldout118": {"precision": 0.76, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.97},
    # rounds 119–120, the forty-fifth confirmation, read once at ae5237e (code bf8b1bd; held-back 0.839 / 0.920 / 0.744 /
    # 0.632, dev 0.849 / 0.859 / 0.953 / 0.847): the floors are the figures as read, raised after ff60758's rules (last
    # year's rise, a page's own plan, the year just past: heldout119 0.833 / 0.837 / 0.605 → 0.976 / 0.953 / 1.000 in
    # precision, place and year; heldout120 year 0.649 → 0.959)
    "dev119": {"precision": 0.8, "recall": 0.88, "jurisdiction": 0.9, "target_year": 0.78},
    "heldout119": {"precision": 0.97, "recall": 0.9, "jurisdiction": 0.95, "target_year": 0.99},
    "dev120": {"precision": 0.89, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.9},
    "heldout120": {"precision": 0.84, "recall": 0.92, "jurisdiction": 0.68, "target_year": 0.95},
    # rounds 121–122, the forty-sixth confirmation, read once at 6eaaeb2 (code ff60758; held-back 0.760 / 0.963 / 0.886 /
    # 0.864, dev 0.769 / 0.886 / 0.922 / 0.740): the floors are the figures as read, raised after d3f46a2's rules (the
    # year's aim after its year, the months done: heldout121 precision 0.678 → 0.889, year 0.750 → 0.896; heldout122
    # precision 0.867 → 0.886)
    "dev121": {"precision": 0.84, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.81},  # raised after 237e4c0 (0.723 → 0.850)
    "heldout121": {"precision": 0.88, "recall": 0.99, "jurisdiction": 0.79, "target_year": 0.89},
    "dev122": {"precision": 0.81, "recall": 0.87, "jurisdiction": 0.84, "target_year": 0.74},
    "heldout122": {"precision": 0.88, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 123–124, the forty-seventh confirmation, read once at e228a71 (code d3f46a2; held-back 0.839 / 0.929 / 0.768 /
    # 0.695, dev 0.851 / 0.733 / 0.850 / 0.762): the floors are the figures as read, raised after 2f46fed's rules (a share
    # against last year's, each kind's money: dev124 0.824 / 0.519 / 0.600 / 0.667 → 0.846 / 0.815 / 0.739 / 0.935;
    # heldout123 precision 0.795 → 0.814; heldout124 year 0.717 → 0.935)
    "dev123": {"precision": 0.86, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.81},
    "heldout123": {"precision": 0.81, "recall": 0.92, "jurisdiction": 0.61, "target_year": 0.66},
    "dev124": {"precision": 0.84, "recall": 0.81, "jurisdiction": 0.73, "target_year": 0.99},  # year raised after 10b0dc4 (0.935 → 1.000)
    "heldout124": {"precision": 0.87, "recall": 0.93, "jurisdiction": 0.89, "target_year": 0.93},
    # rounds 125–126, the forty-eighth confirmation, read once at 86acef2 (code 2f46fed; held-back 0.717 / 0.887 / 1.000 /
    # 0.789, dev 0.778 / 0.865 / 1.000 / 0.928): the floors are the figures as read, raised after 9c46342's rules (an
    # event's projects by place, a place's stock, an aim just set, the months done: dev125 0.852 / 0.902 → 0.923 / 0.941;
    # heldout125 year 0.776 → 0.897; dev126 0.689 / 0.816 / year 0.889 → 0.912 / 0.816 / 1.000; heldout126 0.517 / 0.816
    # → 0.949 / 0.974; and on older sets heldout97 precision 0.814 → 0.851, dev111 precision 0.857 → 0.868 (year floor
    # to the 1.000 it reads), dev112 precision 0.677 → 0.698, heldout114 0.919 / 0.971 → 0.921 / 1.000)
    "dev125": {"precision": 0.94, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.95},
    "heldout125": {"precision": 0.93, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.89},
    "dev126": {"precision": 0.91, "recall": 0.81, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout126": {"precision": 0.94, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 127–128, the forty-ninth confirmation, read once at 5bba179 (code 9c46342; held-back 0.721 / 0.816 / 1.000 /
    # 0.872, dev 0.741 / 0.930 / 0.628 / 0.686): the floors are the figures as read, raised after a97e11b's rules (places
    # that each reach a figure, a stock, a lede said again: heldout127 0.672 / 0.789 / year 0.824 → 0.736 / 0.930 / 0.847;
    # heldout128 precision 0.795 → 0.875; dev127 0.733 / year 0.638 → 0.759 / 0.660; dev128 precision 0.750 → 0.766; and
    # dev115 precision 0.843 → 0.896, dev125 precision 0.923 → 0.941)
    "dev127": {"precision": 0.75, "recall": 0.91, "jurisdiction": 0.8, "target_year": 0.65},
    "heldout127": {"precision": 0.73, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.84},
    "dev128": {"precision": 0.76, "recall": 0.94, "jurisdiction": 0.41, "target_year": 0.74},
    "heldout128": {"precision": 0.87, "recall": 0.85, "jurisdiction": 0.99, "target_year": 0.94},
    # rounds 129–130, the fiftieth confirmation, read once at 689e5cd (code a97e11b; held-back 0.701 / 0.926 / 1.000 /
    # 0.926, dev 0.912 / 0.859 / 0.284 / 0.989): the floors are the figures as read, raised after 6733694's rules (a start
    # ceremony over two paragraphs: heldout129 precision 0.552 → 0.860; and dev111 precision 0.868 → 0.957)
    "dev129": {"precision": 0.89, "recall": 0.81, "jurisdiction": 0, "target_year": 0.99},
    "heldout129": {"precision": 0.86, "recall": 0.86, "jurisdiction": 0.99, "target_year": 0.99},
    "dev130": {"precision": 0.92, "recall": 0.9, "jurisdiction": 0.65, "target_year": 0.97},
    "heldout130": {"precision": 0.94, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 131–132, the fifty-first confirmation, read once at 36f82d8 (code 6733694; held-back 0.901 / 0.850 / 0.960 /
    # 0.740, dev 0.815 / 0.902 / 0.741 / 0.828): the floors are the figures as read, raised after bca41e0's rules (a figure
    # named by the line above, a quoted account of the year gone, a headline's year: heldout132 0.852 / 0.788 / year 0.768 →
    # 0.899 / 0.939 / 0.955; heldout131 year 0.705 → 0.932; and dev122 year 0.667 → 0.744, heldout108 0.767 / year 0.902 → 0.780 / 1.000)
    "dev131": {"precision": 0.81, "recall": 0.88, "jurisdiction": 0.72, "target_year": 0.71},
    "heldout131": {"precision": 0.97, "recall": 0.95, "jurisdiction": 0.9, "target_year": 0.93},
    "dev132": {"precision": 0.82, "recall": 0.95, "jurisdiction": 0.77, "target_year": 0.99},  # raised after 20e1173 (0.820 / 0.932 → 0.824 / 0.955)
    "heldout132": {"precision": 0.93, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.99},  # raised after 930a9fd (0.899 → 0.939)
    # rounds 133–134, the fifty-second confirmation, read once at 48e9bde (code c285411; held-back 0.817 / 0.955 / 0.933 /
    # 0.789, dev 0.908 / 0.919 / 0.914 / 0.785): the floors are the figures as read, raised after 835f92b's and f090678's
    # rules (a count of indicators, a rank held, last year's stock, a cited paper's place, a year a higher body asks for, the
    # approving province, a city led by its province, 重庆's districts: heldout133 0.839 / place 0.961 → 0.940 / 1.000,
    # heldout134 0.792 / place 0.897 → 0.905 / 1.000, dev134 place 0.877 / year 0.708 → 1.000 / 0.846)
    "dev133": {"precision": 0.92, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.96},
    "heldout133": {"precision": 0.93, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.78},
    "dev134": {"precision": 0.89, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.84},
    "heldout134": {"precision": 0.9, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.79},
    # rounds 135–136, the fifty-third confirmation, read once at f031925 (code f090678; held-back 0.761 / 0.945 / 0.904 /
    # 0.851, dev 0.871 / 0.900 / 0.824 / 0.835): the floors are the figures as read, raised after 20e1173's rules (projects
    # started so far, bulleted points, a plan beaten, a span gone, an e-paper's date: dev135 0.917 / 0.805 / year 0.694 →
    # 0.925 / 0.902 / 0.744, heldout135 0.726 → 0.849, heldout136 0.804 → 0.872)
    "dev135": {"precision": 0.92, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.74},
    "heldout135": {"precision": 0.84, "recall": 0.91, "jurisdiction": 0.95, "target_year": 0.83},
    "dev136": {"precision": 0.84, "recall": 0.97, "jurisdiction": 0.69, "target_year": 0.93},
    "heldout136": {"precision": 0.87, "recall": 0.97, "jurisdiction": 0.84, "target_year": 0.86},
    # rounds 137–138, the fifty-fourth confirmation, read once at a90bd7d (code 20e1173; held-back 0.697 / 0.716 / 1.000 /
    # 0.904, dev 0.872 / 0.932 / 0.901 / 0.963): the floors are the figures as read, raised after 06c17c3's rules (a progress
    # section's year plan: heldout137 0.476 / 0.526 → 0.542 / 0.684)
    # dev137's year floor lowered 0.91 → 0.86 by the rules on rounds 249–250 (a 其中 after a note that work goes on adds to no
    # review): recall 0.867 → 0.933, the two records more (呼和浩特's 503 projects and their 783亿元) matched but undated
    "dev137": {"precision": 0.81, "recall": 0.86, "jurisdiction": 0.88, "target_year": 0.86},
    "heldout137": {"precision": 0.54, "recall": 0.68, "jurisdiction": 0.99, "target_year": 0.99},
    "dev138": {"precision": 0.91, "recall": 0.97, "jurisdiction": 0.91, "target_year": 0.99},
    "heldout138": {"precision": 0.97, "recall": 0.91, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 139–140, the fifty-fifth confirmation, read once at 55f0e6e (code 06c17c3; held-back 0.772 / 0.747 / 0.685 /
    # 0.863, dev 0.680 / 0.747 / 0.873 / 0.620): the floors are the figures as read
    # (dev139's place 0.96 → 0.94 after the rules on rounds 187–188: a progress page's aim told before what is done of it,
    # 「计划新建1万亩蔬菜基地」, is now matched on eg07, a page the build places wrongly — a record added, none lost)
    "dev139": {"precision": 0.58, "recall": 0.63, "jurisdiction": 0.94, "target_year": 0.6},
    "heldout139": {"precision": 0.91, "recall": 0.63, "jurisdiction": 0.87, "target_year": 0.8},  # raised after f558f75 (0.756 → 0.912)
    "dev140": {"precision": 0.79, "recall": 0.89, "jurisdiction": 0.78, "target_year": 0.63},
    "heldout140": {"precision": 0.78, "recall": 0.86, "jurisdiction": 0.88, "target_year": 0.9},  # place raised after f558f75 (0.548 → 0.881)
    # rounds 141–142, the fifty-sixth confirmation, read once at c15ff20 (code f558f75; held-back 0.762 / 0.952 / 0.692 /
    # 0.663, dev 0.858 / 0.915 / 0.886 / 0.981): the floors are the figures as read, raised after 7eac6c5's rules (a
    # provincial channel, a list's shared kind, a year summed up, parts ranked in the whole, the months so far: heldout141
    # 0.750 / place 0.868 → 0.762 / 1.000, heldout142 0.773 / place 0.510 / year 0.510 → 0.850 / 1.000 / 1.000)
    "dev141": {"precision": 0.91, "recall": 0.89, "jurisdiction": 0.77, "target_year": 0.99},
    "heldout141": {"precision": 0.76, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.81},
    "dev142": {"precision": 0.8, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.96},
    "heldout142": {"precision": 0.84, "recall": 0.98, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 143–144, the fifty-seventh confirmation, read once at 47b8dcf (code 7eac6c5; held-back 0.794 / 0.934 / 0.989 /
    # 0.989, dev 0.798 / 0.898 / 0.646 / 0.861): the floors are the figures as read, raised after 10b0dc4's and 3ea9174's
    # rules (a bulleted date line, a headline's place after its year, a year told with a field of work, the quarter so far
    # after a byline, work done ahead of time: dev143 0.689 / year 0.774 → 0.705 / 1.000, dev144 place 0.417 → 0.792,
    # heldout144 0.717 → 0.809)
    "dev143": {"precision": 0.7, "recall": 0.81, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout143": {"precision": 0.87, "recall": 0.9, "jurisdiction": 0.97, "target_year": 0.99},
    "dev144": {"precision": 0.88, "recall": 0.95, "jurisdiction": 0.79, "target_year": 0.91},
    "heldout144": {"precision": 0.8, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.97},
    # rounds 145–146, the fifty-eighth confirmation, read once at 2e4305a (code 3ea9174; held-back 0.818 / 0.466 / 0.891 /
    # 0.734, dev 0.692 / 0.949 / 0.795 / 0.897): the floors are the figures as read, raised after f99ce0c's, 0c78a40's and
    # 61933e7's rules (a town breakdown table, the next five years' undated aims, a lede's acting subject, a meeting's year:
    # heldout145 year 0.675 → 1.000, heldout146 0.615 / 0.211 / place 0.708 / year 0.833 → 0.915 / 0.987 / 0.976 / 1.000)
    "dev145": {"precision": 0.69, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.9},
    "heldout145": {"precision": 0.94, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.99},
    "dev146": {"precision": 0.68, "recall": 0.97, "jurisdiction": 0.56, "target_year": 0.89},
    "heldout146": {"precision": 0.91, "recall": 0.98, "jurisdiction": 0.97, "target_year": 0.99},
    # rounds 147–148, the fifty-ninth confirmation, read once at 3679d62 (code 61933e7; held-back 0.677 / 0.807 / 0.946 /
    # 0.932, dev 0.738 / 0.873 / 0.675 / 0.909): the floors are the figures as read, raised after 930a9fd's and 237e4c0's rules
    # (Chinese-numeral lengths, a plan's end still ahead, price lists, a speaker's last year, a headline run into its lede:
    # heldout147 0.661 / 0.771 → 0.767 / 0.958, heldout148 0.698 / 0.857 → 0.842 / 0.914, dev148 precision 0.714 → 0.926)
    "dev147": {"precision": 0.79, "recall": 0.9, "jurisdiction": 0.65, "target_year": 0.83},
    "heldout147": {"precision": 0.76, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.91},
    "dev148": {"precision": 0.92, "recall": 0.86, "jurisdiction": 0.71, "target_year": 0.99},
    "heldout148": {"precision": 0.84, "recall": 0.91, "jurisdiction": 0.88, "target_year": 0.97},
    # rounds 149–150, the sixtieth confirmation, read once at 0079fba (code 237e4c0; held-back 0.805 / 0.928 / 0.957 /
    # 0.879, dev 0.703 / 0.912 / 0.941 / 0.871): the floors are the figures as read, raised after b20d71f's rules (a
    # baseline after 「比2020年的」, a plan against last year's, a task's base, a described set, a preliminary estimate:
    # heldout150 precision 0.618 → 0.829, dev149 0.682 → 0.882, dev150 0.716 → 0.869)
    "dev149": {"precision": 0.88, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.83},
    "heldout149": {"precision": 0.94, "recall": 0.94, "jurisdiction": 0.93, "target_year": 0.99},
    "dev150": {"precision": 0.86, "recall": 0.96, "jurisdiction": 0.89, "target_year": 0.89},
    "heldout150": {"precision": 0.82, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.66},
    # rounds 151–152, the sixty-first confirmation, read once at a5bb0d9 (code b20d71f; held-back 0.846 / 0.786 / 0.541 /
    # 0.743, dev 0.630 / 0.739 / 0.586 / 0.862): the floors are the figures as read, heldout152's year raised after the
    # sixty-third's rule (an undated page's year from its opening's 「2022年我省计划安排」: 0.651 → 0.907), then after the sixty-fourth's
    # rows of a list written as prose (recall 0.780 → 0.960, year 0.923); its place floor lowered 0.39 → 0.32 under the
    # sixty-fourth's plan: the nine records it adds carry the reading's empty place, and no record right before is wrong now (17 right)
    "dev151": {"precision": 0.78, "recall": 0.94, "jurisdiction": 0.42, "target_year": 0.8},
    "heldout151": {"precision": 0.84, "recall": 0.79, "jurisdiction": 0.74, "target_year": 0.87},
    "dev152": {"precision": 0.42, "recall": 0.48, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout152": {"precision": 0.87, "recall": 0.95, "jurisdiction": 0.32, "target_year": 0.92},
    # rounds 153–154, the sixty-second confirmation, read once at f1bc1dc (code c6709eb = b20d71f's; held-back 0.890 / 0.880 /
    # 0.964 / 0.857, dev 0.869 / 0.860 / 0.937 / 0.874): the floors are the figures as read
    "dev153": {"precision": 0.93, "recall": 0.8, "jurisdiction": 0.87, "target_year": 0.83},
    "heldout153": {"precision": 0.87, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.87},
    "dev154": {"precision": 0.8, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.91},
    "heldout154": {"precision": 0.92, "recall": 0.72, "jurisdiction": 0.88, "target_year": 0.81},
    # rounds 155–156, the sixty-third confirmation, read once at a5da436 (code df4991a; held-back 0.842 / 0.736 / 0.880 /
    # 0.916, dev 0.780 / 0.907 / 0.879 / 0.848): the floors are the figures as read, raised after the sixty-fourth's rules (the year's
    # money with its place as subject, a paragraph on years gone that turns to the year's aims: heldout156 recall 0.844 → 0.978,
    # dev155 0.944 → 0.963, dev156 0.844 → 0.875)
    "dev155": {"precision": 0.82, "recall": 0.96, "jurisdiction": 0.79, "target_year": 0.79},
    # (heldout155's place 0.72 → 0.71 in the eighteenth session: a multiple told of the figure before it (「…465亿元,…,是“十一五”
    # 时期的3.35倍」) is no aim now, and its reader had read it doubtful, matched at its place: 26/36 → 25/35)
    "heldout155": {"precision": 0.89, "recall": 0.61, "jurisdiction": 0.71, "target_year": 0.86},
    "dev156": {"precision": 0.71, "recall": 0.87, "jurisdiction": 0.99, "target_year": 0.92},
    "heldout156": {"precision": 0.83, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.96},
    # rounds 157–158, the sixty-fourth confirmation, read once at 5f46733 (code a0064dd; held-back 0.840 / 0.919 / 0.924 /
    # 0.873, dev 0.814 / 0.990 / 0.832 / 0.924): the floors are the figures as read
    "dev157": {"precision": 0.79, "recall": 0.99, "jurisdiction": 0.83, "target_year": 0.99},
    "heldout157": {"precision": 0.89, "recall": 0.94, "jurisdiction": 0.84, "target_year": 0.99},
    "dev158": {"precision": 0.83, "recall": 0.97, "jurisdiction": 0.83, "target_year": 0.81},
    "heldout158": {"precision": 0.78, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.74},
    # rounds 159–160, the sixty-fifth confirmation, read once at e495dae (code 01028b9 = a0064dd's; held-back 0.730 / 0.913 /
    # 0.835 / 0.934, dev 0.669 / 0.892 / 0.948 / 0.969): the floors are the figures as read
    "dev159": {"precision": 0.78, "recall": 0.86, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout159": {"precision": 0.84, "recall": 0.98, "jurisdiction": 0.78, "target_year": 0.92},
    "dev160": {"precision": 0.58, "recall": 0.91, "jurisdiction": 0.89, "target_year": 0.93},
    "heldout160": {"precision": 0.59, "recall": 0.82, "jurisdiction": 0.91, "target_year": 0.94},
    # rounds 161–162, the sixty-sixth confirmation, read once at a46bbb4 (code b194451 = a9af83e's; held-back 0.798 / 0.772 /
    # 0.870 / 0.844, dev 0.851 / 0.899 / 0.929 / 0.755): the floors are the figures as read
    "dev161": {"precision": 0.88, "recall": 0.95, "jurisdiction": 0.91, "target_year": 0.70},
    "heldout161": {"precision": 0.70, "recall": 0.81, "jurisdiction": 0.69, "target_year": 0.81},
    "dev162": {"precision": 0.81, "recall": 0.85, "jurisdiction": 0.94, "target_year": 0.80},
    "heldout162": {"precision": 0.88, "recall": 0.74, "jurisdiction": 0.99, "target_year": 0.86},
    # rounds 163–164, the sixty-seventh confirmation, read once at 843a225 (code 44b97c2 = 7fd5f0b's; held-back 0.780 / 1.000 /
    # 0.783 / 0.711, dev 0.667 / 0.814 / 1.000 / 0.837): the floors are the figures as read
    "dev163": {"precision": 0.69, "recall": 0.79, "jurisdiction": 0.99, "target_year": 0.83},
    "heldout163": {"precision": 0.68, "recall": 0.99, "jurisdiction": 0.88, "target_year": 0.55},
    "dev164": {"precision": 0.63, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.83},
    "heldout164": {"precision": 0.87, "recall": 0.99, "jurisdiction": 0.71, "target_year": 0.81},
    # rounds 165–166, the sixty-eighth confirmation, read once at 812954d (code 4ed48bc = 153391c's; held-back 0.618 / 0.887 /
    # 0.904 / 0.712, dev 0.808 / 0.894 / 0.886 / 0.729): the floors are the figures as read
    "dev165": {"precision": 0.95, "recall": 0.77, "jurisdiction": 0.99, "target_year": 0.81},
    "heldout165": {"precision": 0.66, "recall": 0.77, "jurisdiction": 0.77, "target_year": 0.83},
    "dev166": {"precision": 0.74, "recall": 0.97, "jurisdiction": 0.81, "target_year": 0.67},
    "heldout166": {"precision": 0.58, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.61},
    # rounds 167–168, the sixty-ninth confirmation, read once at c316952 (code ba259f7 = 6b63da7's; held-back 0.800 / 0.845 /
    # 0.845 / 0.817, dev 0.750 / 0.955 / 0.863 / 0.688): the floors are the figures as read
    "dev167": {"precision": 0.62, "recall": 0.90, "jurisdiction": 0.86, "target_year": 0.76},
    # heldout167 raised by the rules on rounds 155–168 (a line labelled by its year, an undated page headlined on a five-year
    # plan): 0.717 / 0.868 / year 0.949; its place floor lowered 0.67 → 0.58 under the sixty-ninth's plan: the five records
    # they add are fi10's, whose 吴江市 the build does not place, and no record right before is wrong now (23 right)
    "heldout167": {"precision": 0.71, "recall": 0.86, "jurisdiction": 0.58, "target_year": 0.94},
    "dev168": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.85, "target_year": 0.63},
    "heldout168": {"precision": 0.94, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 169–170, the seventieth confirmation, read once at 6974f45 (code be110ee = 3530cbf's; held-back 0.683 / 0.899 /
    # 0.912 / 0.890, dev 0.796 / 0.965 / 0.879 / 0.949): the floors are the figures as read
    "dev169": {"precision": 0.77, "recall": 0.93, "jurisdiction": 0.73, "target_year": 0.91},
    "heldout169": {"precision": 0.79, "recall": 0.92, "jurisdiction": 0.84, "target_year": 0.9},
    "dev170": {"precision": 0.82, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.98},
    "heldout170": {"precision": 0.51, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.87},
    # rounds 171–172, the seventy-first confirmation, read once at 745cb3f (code 7e0ae18 = 8177c37's; held-back 0.750 /
    # 0.931 / 0.602 / 0.867, dev 0.847 / 0.838 / 0.819 / 0.857): the floors are the figures as read
    "dev171": {"precision": 0.83, "recall": 0.82, "jurisdiction": 0.78, "target_year": 0.95},
    "heldout171": {"precision": 0.74, "recall": 0.96, "jurisdiction": 0.97, "target_year": 0.75},
    "dev172": {"precision": 0.86, "recall": 0.86, "jurisdiction": 0.85, "target_year": 0.72},
    # heldout172's year floor lowered 0.95 → 0.93 by the rules on rounds 155–204 (a task's shares before 「的…任务」 are no size
    # class): the one record they add is dated otherwise than read, and no record right before is wrong now (44 right)
    "heldout172": {"precision": 0.74, "recall": 0.89, "jurisdiction": 0.3, "target_year": 0.93},
    # rounds 173–174, the seventy-second confirmation, read once at 62584d2 (code f1e8ab4 = 9d0e810's; held-back 0.830 /
    # 0.936 / 0.693 / 0.750, dev 0.556 / 0.870 / 0.662 / 0.887): the floors are the figures as read
    "dev173": {"precision": 0.68, "recall": 0.94, "jurisdiction": 0.53, "target_year": 0.85},
    "heldout173": {"precision": 0.85, "recall": 0.9, "jurisdiction": 0.86, "target_year": 0.54},
    "dev174": {"precision": 0.45, "recall": 0.79, "jurisdiction": 0.87, "target_year": 0.93},
    "heldout174": {"precision": 0.81, "recall": 0.95, "jurisdiction": 0.56, "target_year": 0.9},
    # rounds 175–176, the seventy-third confirmation, read once at 323b856 (code 0880775 = ca1a977's; held-back 0.771 /
    # 0.892 / 0.860 / 0.686, dev 0.547 / 0.797 / 0.973 / 0.712): the floors are the figures as read
    "dev175": {"precision": 0.48, "recall": 0.69, "jurisdiction": 0.99, "target_year": 0.77},
    "heldout175": {"precision": 0.78, "recall": 0.91, "jurisdiction": 0.74, "target_year": 0.65},
    "dev176": {"precision": 0.61, "recall": 0.92, "jurisdiction": 0.94, "target_year": 0.64},
    "heldout176": {"precision": 0.74, "recall": 0.85, "jurisdiction": 0.99, "target_year": 0.71},
    # rounds 177–178, the seventy-fourth confirmation, read once at b320e16 (code 89b36f0 = ee0db2f's; held-back 0.779 /
    # 0.938 / 1.000 / 0.608, dev 0.667 / 0.903 / 0.882 / 0.763): the floors are the figures as read
    "dev177": {"precision": 0.68, "recall": 0.97, "jurisdiction": 0.93, "target_year": 0.84},
    "heldout177": {"precision": 0.76, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.71},
    "dev178": {"precision": 0.63, "recall": 0.79, "jurisdiction": 0.8, "target_year": 0.64},
    "heldout178": {"precision": 0.79, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.48},
    # rounds 179–180, the seventy-fifth confirmation, read once at 12b85f7 (code 1584f65 = 82f1f3b's; held-back 0.812 /
    # 0.903 / 0.933 / 0.853, dev 0.800 / 0.955 / 0.811 / 0.878): the floors are the figures as read
    "dev179": {"precision": 0.9, "recall": 0.9, "jurisdiction": 0.62, "target_year": 0.97},
    "heldout179": {"precision": 0.78, "recall": 0.8, "jurisdiction": 0.86, "target_year": 0.72},
    "dev180": {"precision": 0.72, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.77},
    "heldout180": {"precision": 0.83, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.97},
    # rounds 181–182, the seventy-sixth confirmation, read once at f45505a (code f99bed2 = f86fe24's; held-back 0.667 /
    # 0.951 / 0.852 / 0.630, dev 0.740 / 0.881 / 1.000 / 0.946): the floors are the figures as read
    "dev181": {"precision": 0.69, "recall": 0.87, "jurisdiction": 0.99, "target_year": 0.95},
    "heldout181": {"precision": 0.66, "recall": 0.95, "jurisdiction": 0.69, "target_year": 0.76},
    "dev182": {"precision": 0.78, "recall": 0.88, "jurisdiction": 0.99, "target_year": 0.93},
    "heldout182": {"precision": 0.66, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.49},
    # rounds 183–184, the seventy-seventh confirmation, read once at 24009c1 (code b198085 = c7a2dd6's; held-back 0.738 /
    # 0.905 / 1.000 / 0.742, dev 0.785 / 0.699 / 0.915 / 0.593): the floors are the figures as read
    "dev183": {"precision": 0.78, "recall": 0.74, "jurisdiction": 0.99, "target_year": 0.59},
    "heldout183": {"precision": 0.76, "recall": 0.92, "jurisdiction": 0.99, "target_year": 0.72},
    # dev184's place floor lowered 0.81 → 0.78 by the rules on rounds 155–204 (a deadline told after the figure, 将于…前全部完工):
    # the one record they add is fz03's, which the build does not place, and no record right before is wrong now (22 right)
    "dev184": {"precision": 0.78, "recall": 0.65, "jurisdiction": 0.78, "target_year": 0.59},
    "heldout184": {"precision": 0.7, "recall": 0.87, "jurisdiction": 0.99, "target_year": 0.76},
    # rounds 185–186, the seventy-eighth confirmation, read once at eb98f8a (code 7e98d82 = 6f68bab's; held-back 0.736 /
    # 0.827 / 0.702 / 0.952, dev 0.741 / 0.875 / 0.867 / 0.843): the floors are the figures as read
    "dev185": {"precision": 0.85, "recall": 0.92, "jurisdiction": 0.84, "target_year": 0.94},
    "heldout185": {"precision": 0.81, "recall": 0.79, "jurisdiction": 0.65, "target_year": 0.99},
    "dev186": {"precision": 0.62, "recall": 0.81, "jurisdiction": 0.88, "target_year": 0.74},
    "heldout186": {"precision": 0.65, "recall": 0.86, "jurisdiction": 0.75, "target_year": 0.9},
    # rounds 187–188, the seventy-ninth confirmation, read once at bd5c952 (code b975d69 = e6fbfb1's; held-back 0.709 /
    # 0.737 / 0.730 / 0.797, dev 0.819 / 0.808 / 0.710 / 0.841): the floors are the figures as read
    "dev187": {"precision": 0.84, "recall": 0.8, "jurisdiction": 0.92, "target_year": 0.87},
    "heldout187": {"precision": 0.67, "recall": 0.65, "jurisdiction": 0.99, "target_year": 0.55},
    "dev188": {"precision": 0.78, "recall": 0.81, "jurisdiction": 0.43, "target_year": 0.79},
    "heldout188": {"precision": 0.72, "recall": 0.79, "jurisdiction": 0.57, "target_year": 0.93},
    # rounds 189–190, the eightieth confirmation, read once at ff95d31 (code bc10089 = bf084e1's; held-back 0.821 /
    # 0.928 / 0.681 / 1.000, dev 0.796 / 0.869 / 0.969 / 0.592): the floors are the figures as read
    "dev189": {"precision": 0.74, "recall": 0.92, "jurisdiction": 0.92, "target_year": 0.73},
    "heldout189": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.8, "target_year": 0.99},
    "dev190": {"precision": 0.82, "recall": 0.83, "jurisdiction": 0.99, "target_year": 0.49},
    "heldout190": {"precision": 0.81, "recall": 0.84, "jurisdiction": 0.47, "target_year": 0.99},
    # rounds 191–192, the eighty-first confirmation, read once at 0bbbf82 (code 8d31973 = bb4bae6's; held-back 0.859 /
    # 0.957 / 0.920 / 0.886, dev 0.835 / 0.853 / 1.000 / 0.895): the floors are the figures as read
    "dev191": {"precision": 0.82, "recall": 0.73, "jurisdiction": 0.99, "target_year": 0.79},
    "heldout191": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.85, "target_year": 0.91},
    "dev192": {"precision": 0.84, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout192": {"precision": 0.9, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 193–194, the eighty-second confirmation, read once at 6cc0f62 (code 1fb21c5 = 2dfabfd's; held-back 0.847 /
    # 0.847 / 1.000 / 0.692, dev 0.865 / 0.877 / 0.935 / 0.649): the floors are the figures as read
    "dev193": {"precision": 0.85, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.69},
    "heldout193": {"precision": 0.86, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.84},
    "dev194": {"precision": 0.87, "recall": 0.85, "jurisdiction": 0.86, "target_year": 0.59},
    "heldout194": {"precision": 0.83, "recall": 0.77, "jurisdiction": 0.99, "target_year": 0.54},
    # rounds 195–196, the eighty-third confirmation, read once at d4c9e01 (code 13714ef = 0e23ca9's; held-back 0.877 /
    # 0.928 / 0.846 / 0.949, dev 0.820 / 0.924 / 1.000 / 0.966): the floors are the figures as read
    "dev195": {"precision": 0.79, "recall": 0.9, "jurisdiction": 0.99, "target_year": 0.93},
    "heldout195": {"precision": 0.97, "recall": 0.92, "jurisdiction": 0.87, "target_year": 0.99},
    "dev196": {"precision": 0.84, "recall": 0.94, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout196": {"precision": 0.77, "recall": 0.93, "jurisdiction": 0.82, "target_year": 0.89},
    # rounds 197–198, the eighty-fourth confirmation, read once at ee0ab00 (code cf107bb = 3c924ac's; held-back 0.725 /
    # 0.833 / 0.632 / 0.776, dev 0.747 / 0.827 / 0.945 / 0.890): the floors are the figures as read
    "dev197": {"precision": 0.76, "recall": 0.78, "jurisdiction": 0.89, "target_year": 0.81},
    "heldout197": {"precision": 0.84, "recall": 0.84, "jurisdiction": 0.84, "target_year": 0.95},
    "dev198": {"precision": 0.72, "recall": 0.86, "jurisdiction": 0.99, "target_year": 0.97},
    "heldout198": {"precision": 0.58, "recall": 0.81, "jurisdiction": 0.32, "target_year": 0.51},
    # rounds 199–200, the eighty-fifth confirmation, read once at 5ec45f4 (code e8352ff = 0ef055e's; held-back 0.808 /
    # 0.868 / 1.000 / 0.823, dev 0.859 / 0.859 / 0.747 / 0.962): the floors are the figures as read
    "dev199": {"precision": 0.89, "recall": 0.74, "jurisdiction": 0.48, "target_year": 0.99},
    "heldout199": {"precision": 0.88, "recall": 0.86, "jurisdiction": 0.99, "target_year": 0.82},
    "dev200": {"precision": 0.83, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.92},
    "heldout200": {"precision": 0.73, "recall": 0.87, "jurisdiction": 0.99, "target_year": 0.81},
    # rounds 201–202, the eighty-sixth confirmation, read once at 0f6feca (code f7bf96d = 6569f21's; held-back 0.883 /
    # 0.944 / 1.000 / 0.867, dev 0.733 / 0.892 / 0.700 / 0.850): the floors are the figures as read
    "dev201": {"precision": 0.75, "recall": 0.86, "jurisdiction": 0.52, "target_year": 0.86},
    "heldout201": {"precision": 0.92, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.88},
    "dev202": {"precision": 0.69, "recall": 0.93, "jurisdiction": 0.94, "target_year": 0.82},
    "heldout202": {"precision": 0.84, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 203–204, the eighty-seventh confirmation, read once at 0981b73 (code 2a00240a = db5e67c's; held-back 0.770 /
    # 0.851 / 0.851 / 0.973, dev 0.773 / 0.986 / 0.917 / 0.893): the floors are the figures as read
    # dev203, heldout203 and heldout204 raised by the rules on rounds 155–204 (a list's items told apart and counted, a network
    # reaching homes, a province's money by its short name, a headline's bare deeds, Chinese counts whose deed follows them, a
    # named year's level and the points a change is told again in, a report's year from 「…经济社会发展提出了总体要求」):
    # dev203 0.949 precision; heldout203 1.000 / 1.000, its place floor lowered 0.81 → 0.80 (the two records added are gs10's,
    # which the build does not place; 42 right, none lost); heldout204 0.706 / 0.960 / year 0.972, its place floor lowered
    # 0.91 → 0.69 (the twelve records added are gt06's docks and gt10's aims, gt06's placed at 铁山港区 where the reading has
    # 广西; 25 right, none lost)
    "dev203": {"precision": 0.94, "recall": 0.99, "jurisdiction": 0.84, "target_year": 0.79},
    "heldout203": {"precision": 0.99, "recall": 0.99, "jurisdiction": 0.80, "target_year": 0.99},
    "dev204": {"precision": 0.67, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout204": {"precision": 0.70, "recall": 0.95, "jurisdiction": 0.69, "target_year": 0.97},
    # rounds 205–206, the eighty-eighth confirmation, read once at cbe14df (code 226a535 = 1f3e2c2's; held-back 0.889 /
    # 0.889 / 0.843 / 0.765, dev 0.893 / 0.958 / 0.927 / 0.900): the floors are the figures as read
    # heldout205 and heldout206 raised by the rules on rounds 155–206 (a stock already over, work on what exists, a forest's
    # total area, a headline told done below, a report's day reposted later, money with the work it goes to, 力争超额完成):
    # heldout205 0.939 / 1.000 / 0.889 / 0.796, heldout206 0.923 / 0.906 (its year 0.821, lowered only by the records added)
    "dev205": {"precision": 0.95, "recall": 0.97, "jurisdiction": 0.84, "target_year": 0.90},
    "heldout205": {"precision": 0.93, "recall": 0.99, "jurisdiction": 0.88, "target_year": 0.79},
    "dev206": {"precision": 0.83, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.89},
    "heldout206": {"precision": 0.92, "recall": 0.90, "jurisdiction": 0.80, "target_year": 0.82},
    # rounds 207–208, the eighty-ninth confirmation, read once at 3455daa (code b4ac29e, its etl 53c3a77's = 2c81534's;
    # held-back 0.845 / 0.882 / 0.866 / 0.646, dev 0.804 / 0.965 / 0.867 / 0.833): the floors are the figures as read
    "dev207": {"precision": 0.95, "recall": 0.95, "jurisdiction": 0.89, "target_year": 0.86},
    "heldout207": {"precision": 0.91, "recall": 0.89, "jurisdiction": 0.86, "target_year": 0.59},
    "dev208": {"precision": 0.67, "recall": 0.97, "jurisdiction": 0.84, "target_year": 0.79},
    "heldout208": {"precision": 0.77, "recall": 0.87, "jurisdiction": 0.86, "target_year": 0.71},
    # rounds 209–210, the ninetieth confirmation, read once at b21c4a3 (code 4978629 = cb4eeaf's; held-back 0.747 / 0.890 /
    # 0.880 / 0.920, dev 0.835 / 0.985 / 0.975 / 0.691): the floors are the figures as read
    "dev209": {"precision": 0.82, "recall": 0.97, "jurisdiction": 0.95, "target_year": 0.68},
    "heldout209": {"precision": 0.86, "recall": 0.97, "jurisdiction": 0.86, "target_year": 0.99},
    "dev210": {"precision": 0.85, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.69},
    "heldout210": {"precision": 0.60, "recall": 0.78, "jurisdiction": 0.90, "target_year": 0.80},
    # rounds 211–212, the ninety-first confirmation, read once at 6236c7b (code 65e0ea4 = cb4eeaf's; held-back 0.641 / 0.719 /
    # 1.000 / 0.759, dev 0.607 / 0.818 / 0.723 / 0.938): the floors are the figures as read
    # dev211's place lowered 0.99 → 0.80 by the rules on rounds 211–212 (a year's aims inside 「超额完成…的年度目标任务」): recall
    # 0.727 → 0.939, the seven records added on 宁波's completion report, which the readers placed nowhere (29 of 29 → 29 of 36)
    "dev211": {"precision": 0.70, "recall": 0.72, "jurisdiction": 0.80, "target_year": 0.99},
    # heldout211's year lowered 0.74 → 0.71 by the same rules (a 小区 worked on after 对): recall 0.677 → 0.710, the one record
    # added on 沈阳's re-posted page, dated by its re-post (20 of 27 → 20 of 28)
    "heldout211": {"precision": 0.72, "recall": 0.67, "jurisdiction": 0.99, "target_year": 0.71},
    "dev212": {"precision": 0.54, "recall": 0.90, "jurisdiction": 0.49, "target_year": 0.88},
    "heldout212": {"precision": 0.57, "recall": 0.76, "jurisdiction": 0.99, "target_year": 0.77},
    # rounds 213–214, the ninety-second confirmation, read once at 6b39b2a (code 6f0dcbf = bad98f7's; held-back 0.869 / 0.779 /
    # 0.738 / 0.951, dev 0.701 / 0.783 / 1.000 / 0.867): the floors are the figures as read
    "dev213": {"precision": 0.67, "recall": 0.91, "jurisdiction": 0.99, "target_year": 0.84},
    "heldout213": {"precision": 0.81, "recall": 0.91, "jurisdiction": 0.52, "target_year": 0.91},
    "dev214": {"precision": 0.72, "recall": 0.68, "jurisdiction": 0.99, "target_year": 0.89},
    "heldout214": {"precision": 0.95, "recall": 0.64, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 215–216, the ninety-third confirmation, read once at a950dd3 (code 4cc0f03 = 4fb3ed5's; held-back 0.822 / 0.831 /
    # 0.864 / 0.886, dev 0.855 / 0.868 / 0.988 / 0.890): the floors are the figures as read
    "dev215": {"precision": 0.66, "recall": 0.79, "jurisdiction": 0.97, "target_year": 0.73},
    "heldout215": {"precision": 0.91, "recall": 0.95, "jurisdiction": 0.86, "target_year": 0.84},
    "dev216": {"precision": 0.95, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout216": {"precision": 0.72, "recall": 0.70, "jurisdiction": 0.86, "target_year": 0.94},
    # rounds 217–218, the ninety-fourth confirmation, read once at 52399cf (code c52653f = 23740ce's; held-back 0.880 / 0.943 /
    # 0.841 / 0.784, dev 0.747 / 0.914 / 0.966 / 0.807): the floors are the figures as read
    "dev217": {"precision": 0.65, "recall": 0.83, "jurisdiction": 0.93, "target_year": 0.73},
    "heldout217": {"precision": 0.90, "recall": 0.90, "jurisdiction": 0.85, "target_year": 0.85},
    "dev218": {"precision": 0.86, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.88},
    "heldout218": {"precision": 0.84, "recall": 0.99, "jurisdiction": 0.82, "target_year": 0.71},
    # rounds 219–220, the ninety-fifth confirmation, read once at 95b07f1 (code d3eda04 = ca95618's; held-back 0.826 / 0.826 /
    # 0.873 / 0.794, dev 0.896 / 0.932 / 1.000 / 0.932): the floors are the figures as read
    "dev219": {"precision": 0.88, "recall": 0.88, "jurisdiction": 0.99, "target_year": 0.87},
    "heldout219": {"precision": 0.79, "recall": 0.64, "jurisdiction": 0.67, "target_year": 0.55},
    "dev220": {"precision": 0.90, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout220": {"precision": 0.84, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.94},
    # rounds 221–222, the ninety-sixth confirmation, read once at b83fe07 (code f2170ab = 7260c8c's; held-back 0.842 / 0.904 /
    # 0.822 / 0.867, dev 0.842 / 0.941 / 0.943 / 0.747): the floors are the figures as read
    "dev221": {"precision": 0.89, "recall": 0.99, "jurisdiction": 0.90, "target_year": 0.76},
    "heldout221": {"precision": 0.91, "recall": 0.98, "jurisdiction": 0.75, "target_year": 0.82},
    "dev222": {"precision": 0.76, "recall": 0.85, "jurisdiction": 0.99, "target_year": 0.71},
    "heldout222": {"precision": 0.72, "recall": 0.78, "jurisdiction": 0.93, "target_year": 0.93},
    # rounds 223–224, the ninety-seventh confirmation, read once at 307f366 (code da199fe = 8f36cb6's; held-back 0.897 / 0.953 /
    # 1.000 / 0.787, dev 0.699 / 0.903 / 1.000 / 0.716): the floors are the figures as read
    "dev223": {"precision": 0.69, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.57},
    "heldout223": {"precision": 0.82, "recall": 0.93, "jurisdiction": 0.99, "target_year": 0.91},
    "dev224": {"precision": 0.70, "recall": 0.82, "jurisdiction": 0.99, "target_year": 0.86},
    "heldout224": {"precision": 0.97, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.68},
    # rounds 225–226, the ninety-eighth confirmation, read once at 57ccc87 (code 3727ccc = 759bd3c's; held-back 0.857 / 0.737 /
    # 0.793 / 0.914, dev 0.671 / 0.905 / 1.000 / 0.773): the floors are the figures as read
    "dev225": {"precision": 0.72, "recall": 0.84, "jurisdiction": 0.99, "target_year": 0.63},
    "heldout225": {"precision": 0.89, "recall": 0.62, "jurisdiction": 0.77, "target_year": 0.81},
    "dev226": {"precision": 0.62, "recall": 0.96, "jurisdiction": 0.99, "target_year": 0.88},
    "heldout226": {"precision": 0.83, "recall": 0.83, "jurisdiction": 0.80, "target_year": 0.99},
    # rounds 227–228, the ninety-ninth confirmation, read once at 539ae2e (code a2a5d2d = da11753's; held-back 0.691 / 0.949 /
    # 0.727 / 0.948, dev 0.721 / 0.899 / 0.904 / 0.590): the floors are the figures as read
    "dev227": {"precision": 0.67, "recall": 0.99, "jurisdiction": 0.80, "target_year": 0.85},
    "heldout227": {"precision": 0.53, "recall": 0.91, "jurisdiction": 0.68, "target_year": 0.99},
    "dev228": {"precision": 0.77, "recall": 0.81, "jurisdiction": 0.99, "target_year": 0.33},
    "heldout228": {"precision": 0.86, "recall": 0.97, "jurisdiction": 0.75, "target_year": 0.91},
    # rounds 229–230, the hundredth confirmation, read once at 0f50ced (code 07e2cc0 = 0031a36's; held-back 0.917 / 0.895 /
    # 0.564 / 0.679, dev 0.867 / 0.833 / 0.906 / 0.929): the floors are the figures as read
    "dev229": {"precision": 0.85, "recall": 0.85, "jurisdiction": 0.99, "target_year": 0.88},
    "heldout229": {"precision": 0.88, "recall": 0.90, "jurisdiction": 0.26, "target_year": 0.58},
    "dev230": {"precision": 0.87, "recall": 0.81, "jurisdiction": 0.80, "target_year": 0.97},
    "heldout230": {"precision": 0.94, "recall": 0.88, "jurisdiction": 0.89, "target_year": 0.78},
    # rounds 231–232, the hundred and first confirmation, read once at 4df38a1 (code 6eb5cc0 = d5ef50b's; held-back 0.733 /
    # 0.957 / 0.908 / 0.947, dev 0.857 / 0.923 / 0.667 / 0.679): the floors are the figures as read
    "dev231": {"precision": 0.82, "recall": 0.96, "jurisdiction": 0.63, "target_year": 0.79},
    "heldout231": {"precision": 0.86, "recall": 0.94, "jurisdiction": 0.82, "target_year": 0.99},
    "dev232": {"precision": 0.88, "recall": 0.88, "jurisdiction": 0.71, "target_year": 0.51},
    "heldout232": {"precision": 0.64, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.89},
    # rounds 233–234, the hundred and second confirmation, read once at 0e2b266 (code f513a44 = 79f9b43's; held-back 0.875 /
    # 0.951 / 0.929 / 0.878, dev 0.725 / 0.930 / 0.718 / 0.923): the floors are the figures as read
    "dev233": {"precision": 0.75, "recall": 0.91, "jurisdiction": 0.61, "target_year": 0.89},
    "heldout233": {"precision": 0.79, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.86},
    "dev234": {"precision": 0.69, "recall": 0.94, "jurisdiction": 0.82, "target_year": 0.94},
    "heldout234": {"precision": 0.95, "recall": 0.99, "jurisdiction": 0.84, "target_year": 0.88},
    # rounds 235–236, the hundred and third confirmation, read once at 5ac66e1 (code c061f5c = af0c2b5's; held-back 0.880 /
    # 0.880 / 0.873 / 0.861, dev 0.629 / 0.857 / 0.724 / 0.750): the floors are the figures as read
    # dev235's place floor lowered 0.67 → 0.61 by the rules on rounds 235–236 (a year's aim in brackets after what is done,
    # 为年度目标(150座)的102%, is the target): recall 0.846 → 0.949; the four records added are ib01's, a page the reading places
    # nowhere (it says only 我省); 27 matched records keep their place, as before
    "dev235": {"precision": 0.63, "recall": 0.84, "jurisdiction": 0.61, "target_year": 0.72},
    "heldout235": {"precision": 0.89, "recall": 0.94, "jurisdiction": 0.78, "target_year": 0.86},
    "dev236": {"precision": 0.62, "recall": 0.86, "jurisdiction": 0.77, "target_year": 0.77},
    "heldout236": {"precision": 0.85, "recall": 0.81, "jurisdiction": 0.99, "target_year": 0.84},
    # rounds 237–238, the hundred and fourth confirmation, read once at 2002c2d (code e5b369e = d821dea's rules105 with the
    # 404d2d8 mend; held-back 0.857 / 0.973 / 0.843 / 0.843, dev 0.820 / 0.890 / 0.628 / 0.987): the floors are the figures as read
    "dev237": {"precision": 0.76, "recall": 0.74, "jurisdiction": 0.03, "target_year": 0.96},
    "heldout237": {"precision": 0.79, "recall": 0.99, "jurisdiction": 0.75, "target_year": 0.91},
    "dev238": {"precision": 0.85, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout238": {"precision": 0.94, "recall": 0.94, "jurisdiction": 0.93, "target_year": 0.77},
    # rounds 239–240, the hundred and fifth confirmation, read once at 55bfc63 (code 41d401d = 0e0169b: rules106 with its mend;
    # held-back 0.831 / 0.711 / 0.500 / 0.909, dev 0.831 / 0.831 / 0.325 / 0.753): the floors are the figures as read
    "dev239": {"precision": 0.99, "recall": 0.93, "jurisdiction": 0.38, "target_year": 0.66},
    "heldout239": {"precision": 0.61, "recall": 0.55, "jurisdiction": 0.61, "target_year": 0.76},
    "dev240": {"precision": 0.72, "recall": 0.76, "jurisdiction": 0.26, "target_year": 0.84},
    "heldout240": {"precision": 0.97, "recall": 0.80, "jurisdiction": 0.42, "target_year": 0.99},
    # rounds 241–242, the hundred and sixth confirmation, read once at 0299635 (code acb6e9c = 484a632: rules107 with its review
    # mends; held-back 0.865 / 0.975 / 0.730 / 0.876, dev 0.838 / 0.864 / 0.535 / 0.845): the floors are the figures as read
    "dev241": {"precision": 0.73, "recall": 0.96, "jurisdiction": 0.86, "target_year": 0.76},
    "heldout241": {"precision": 0.85, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.97},
    "dev242": {"precision": 0.96, "recall": 0.78, "jurisdiction": 0.15, "target_year": 0.93},
    "heldout242": {"precision": 0.88, "recall": 0.99, "jurisdiction": 0.42, "target_year": 0.76},
    # rounds 243–244, the hundred and seventh confirmation, read once at 5f29c8f (code cba2805 = 63553ee: rules108 merged after
    # the hundred and sixth's read; held-back 0.924 / 0.910 / 0.368 / 0.855, dev 0.592 / 0.609 / 0.847 / 0.847): the floors
    # are the figures as read
    "dev243": {"precision": 0.99, "recall": 0.89, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout243": {"precision": 0.99, "recall": 0.99, "jurisdiction": 0.35, "target_year": 0.99},
    "dev244": {"precision": 0.34, "recall": 0.38, "jurisdiction": 0.49, "target_year": 0.49},
    "heldout244": {"precision": 0.85, "recall": 0.82, "jurisdiction": 0.38, "target_year": 0.67},
    # rounds 245–246, the hundred and eighth confirmation, read once at c59588e (code 7f4ea2f = 35ff71b: rules109 merged after
    # the hundred and seventh's read, with its review mend; held-back 0.840 / 0.958 / 0.663 / 0.933, dev 0.740 / 0.987 /
    # 0.581 / 0.946): the floors are the figures as read
    "dev245": {"precision": 0.80, "recall": 0.99, "jurisdiction": 0.50, "target_year": 0.90},
    "heldout245": {"precision": 0.99, "recall": 0.96, "jurisdiction": 0.33, "target_year": 0.86},
    "dev246": {"precision": 0.69, "recall": 0.97, "jurisdiction": 0.66, "target_year": 0.99},
    "heldout246": {"precision": 0.74, "recall": 0.95, "jurisdiction": 0.99, "target_year": 0.99},
    # rounds 247–248, the hundred and ninth confirmation, read once at 77df226 (code 6e51b33 = 267d2cb: rules110 merged after
    # the hundred and eighth's read; held-back 0.970 / 0.928 / 0.745 / 0.663, dev 0.781 / 0.758 / 0.877 / 0.778): the floors
    # are the figures as read
    "dev247": {"precision": 0.75, "recall": 0.90, "jurisdiction": 0.73, "target_year": 0.89},
    "heldout247": {"precision": 0.92, "recall": 0.92, "jurisdiction": 0.78, "target_year": 0.32},
    "dev248": {"precision": 0.81, "recall": 0.62, "jurisdiction": 0.99, "target_year": 0.67},
    "heldout248": {"precision": 0.99, "recall": 0.92, "jurisdiction": 0.71, "target_year": 0.96},
    # rounds 249–250, the hundred and tenth confirmation, read once at 5d72074 (code 93a4d1b = 3d46aa5: rules111 with its
    # mends; held-back 0.870 / 0.839 / 0.686 / 0.757, dev 0.812 / 0.963 / 0.737 / 0.592): the floors are the figures as read
    "dev249": {"precision": 0.82, "recall": 0.96, "jurisdiction": 0.60, "target_year": 0.68},
    "heldout249": {"precision": 0.84, "recall": 0.93, "jurisdiction": 0.52, "target_year": 0.74},
    "dev250": {"precision": 0.79, "recall": 0.95, "jurisdiction": 0.88, "target_year": 0.48},
    # heldout250's year floor lowered 0.76 → 0.65 by the rules on rounds 249–250 (a 同时 after 「截至目前,各项造林有序推进。」
    # adds to no review): recall 0.731 → 0.885, the four records more (西宁's street greens and roads) matched at the plan's
    # 2020, not the 今年 (2018) of the paragraph's first sentence
    "heldout250": {"precision": 0.90, "recall": 0.88, "jurisdiction": 0.89, "target_year": 0.65},
    # rounds 251–252, the hundred and eleventh confirmation, read once at 639ea20 (code f11c591 = bdfb17b: rules112 merged
    # after the hundred and tenth's read; held-back 0.786 / 0.985 / 0.900 / 0.944, dev 0.865 / 0.985 / 0.991 / 0.974): the
    # floors are the figures as read
    "dev251": {"precision": 0.80, "recall": 0.99, "jurisdiction": 0.99, "target_year": 0.99},
    "heldout251": {"precision": 0.89, "recall": 0.97, "jurisdiction": 0.93, "target_year": 0.95},
    "dev252": {"precision": 0.93, "recall": 0.96, "jurisdiction": 0.97, "target_year": 0.93},
    "heldout252": {"precision": 0.69, "recall": 0.99, "jurisdiction": 0.86, "target_year": 0.93},
    # rounds 253–254, the hundred and twelfth confirmation, read once at 656110d (code 49be288 = a71c2fa's rules; held-back
    # 0.833 / 0.833 / 0.479 / 0.944, dev 0.657 / 0.918 / 0.698 / 0.709): the floors are the figures as read
    "dev253": {"precision": 0.73, "recall": 0.94, "jurisdiction": 0.55, "target_year": 0.72},
    # heldout253's place floor lowered 0.13 → 0.11 by the rules on rounds 253–254 (a year's plan told by its year holds its
    # 同比 rates across its ；): recall 0.698 → 0.791, the four records more (新乡's tourism income and foreign exchange) matched
    # and placed at 新乡市, where the gold, under the hundred and twelfth's point (i), places the notice nowhere
    "heldout253": {"precision": 0.90, "recall": 0.69, "jurisdiction": 0.11, "target_year": 0.93},
    "dev254": {"precision": 0.58, "recall": 0.89, "jurisdiction": 0.87, "target_year": 0.69},
    "heldout254": {"precision": 0.77, "recall": 0.99, "jurisdiction": 0.73, "target_year": 0.95},
    # rounds 255–256, the hundred and thirteenth confirmation, read once at bbed150 (code 32568ee = rules114 merged at c337b03;
    # held-back 0.830 / 0.973 / 0.894 / 0.894, dev 0.667 / 0.926 / 0.846 / 0.723): the floors are the figures as read
    "dev255": {"precision": 0.59, "recall": 0.94, "jurisdiction": 0.76, "target_year": 0.57},
    "heldout255": {"precision": 0.85, "recall": 0.97, "jurisdiction": 0.77, "target_year": 0.82},
    "dev256": {"precision": 0.70, "recall": 0.91, "jurisdiction": 0.89, "target_year": 0.82},
    "heldout256": {"precision": 0.80, "recall": 0.97, "jurisdiction": 0.99, "target_year": 0.95},
}


@pytest.mark.parametrize("half", list(HALF_FLOORS))
def test_each_half_from_round_8_on_at_its_floor_after_the_last_rules(half):
    below = below_floor(FIXTURES / "unseen" / half, HALF_FLOORS[half])
    assert not below, below
