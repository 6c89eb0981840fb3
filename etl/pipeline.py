"""One document's clean lines → its targets, each carrying its clause, sector and departments."""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from etl import rx
from etl.clean import drop_spaces, is_headline_line, is_year_alone, results_beside_aims
from etl.extract import (
    CLASSIFIER_UNITS,
    FORWARD_RE,
    LOOKS_AHEAD_RE,
    SHARE_OF_PLAN,
    YEAR_ON_YEAR_RE,
    achievements_run_on,
    clause_to_targets,
    has_target_verb,
    mark_event_breakdowns,
    opens_on_a_past_year,
    split_sentences,
    told_done_in_its_year,
)
from etl.indicator_table import rows_to_targets
from etl.metadata import FIVE_YEAR_PLANS, PLAN_PERIOD, headline_plan_end, plan_end_year
from etl.model import Clause, DocumentMeta, Target
from etl.sectors import heading_to_sector
from etl.structure import parse_structure


def first_plan_year(meta: DocumentMeta) -> int | None:
    """The first year the plan covers: "三年行动计划（2023—2025年）" → 2023; else the year it was
    issued; else three years before its horizon. Values stated for earlier years are history."""
    if meta.start_year:
        return meta.start_year
    m = rx.search(r"(20\d\d)\s*[-—–至]\s*(20\d\d)", meta.title)
    if m:
        return int(m.group(1))
    if meta.issued_on:
        return int(meta.issued_on[:4])
    if meta.horizon_year:
        return meta.horizon_year - 2
    return None


# a page that turns to the next five years' aims without naming their end: "今后五年,是实施“十三五”规划…的重要战略机遇期,报告中
# 给出了这五年的目标任务。" (太原's report retold, round 145): what follows is due in five years, a year it does not say
FIVE_YEARS_AIMS_RE = re.compile(r"(?:今后|未来)(?:五|5)年[^。]{0,60}?(?:这|今后|未来)(?:五|5)年的(?:目标任务|主要目标|发展目标|奋斗目标)")


# a line labelled with the year it plans: "2007年:进一步加强就业、再就业工作,新增就业岗位3万个;新增本地农村劳动力就业1.5万人。"
YEAR_LABEL_RE = re.compile(r"\s*(20\d\d)\s*年\s*[:：]")


def year_label(text: str) -> int | None:
    """The year a line is labelled with, for every part of it: 吴江's 十一五 division of work sets each year's aims on a line
    of its own, "2006年:…,新增就业岗位3万个;新增本地农村劳动力就业1.5万人。" → 2006 for both (round 167); None for a line
    without such a label ("2006年,全市…" tells, it labels nothing)."""
    m = YEAR_LABEL_RE.match(text)
    return int(m.group(1)) if m else None


def document_to_targets(lines: list[str], meta: DocumentMeta) -> tuple[list[Target], list[Clause]]:
    """Structure the lines, extract every clause's targets and the indicator table's, attach each
    clause's sector, reference and responsibility, and drop repeats (a responsibility annex that
    restates a prose target keeps one copy, the one that names its lead department)."""
    clauses, table_rows = parse_structure(lines)
    if meta.doc_type == "work_report":
        mark_work_report_review(clauses, meta.start_year or meta.horizon_year)
    else:
        mark_review_sections(clauses)
    start = first_plan_year(meta)
    mark_listed_achievements(clauses, start)
    mark_progress_runs(clauses)
    mark_results_beside_aims(clauses, lines)
    mark_past_plan_period(clauses)
    mark_past_year_account(clauses, start)
    mark_event_breakdowns(clauses)
    targets: list[Target] = []
    from_table: list[bool] = []
    for table_target in rows_to_targets(table_rows, first_year=start):
        table_target.sector = table_target.sector or _table_sector(clauses)
        table_target.target_year = table_target.target_year or meta.horizon_year
        targets.append(table_target)
        from_table.append(True)
    opening = meta.horizon_year or opening_year(clauses)
    headlines = [lines[0].strip()] if lines and is_headline_line(lines[0]) else []
    headline_end = headline_plan_end(headlines[0]) if headlines else None
    five_years_ahead = False  # past a line that gives the next five years' aims, their end year unsaid
    blocks = year_blocks(clauses)
    for before, clause in zip([None, *clauses], clauses):
        five_years_ahead = five_years_ahead or FIVE_YEARS_AIMS_RE.search(clause.text) is not None
        year = None if five_years_ahead else opening or heading_year(clause)
        period_end = plan_period_end(clause) or headline_end
        if period_end and year and period_end > year:
            year = period_end  # a work report's part on the next five-year plan: its targets are due at its end
        year = year_label(clause.text) or blocks.get(id(clause)) or year
        named = name_from_the_line_above(before.text if before else "", clause.text)
        for t in clause_to_targets(clause, year, start, meta.doc_type):
            t.indicator_name = named + t.indicator_name
            t.sector = clause.sector
            t.clause_ref = clause.ref
            r = clause.responsibility
            t.lead_departments = list(r.lead_departments)
            t.participating_departments = list(r.participating_departments)
            t.lead_officials = list(r.lead_officials)
            t.deadline = r.deadline
            if clause.row_text:
                t.source_text = clause.row_text  # the row as written, not as read
            targets.append(t)
            from_table.append(clause.is_table_row)
    for t in targets:
        t.section = t.sector
        t.sector = heading_to_sector(t.sector, t.source_text)
    body = "".join(lines[len(headlines) :])
    progress_column = any(is_progress_column_header(line) for line in lines[:40])
    keep = [i for i in range(len(targets)) if not is_label_repeat(targets[i], targets)
            and not (progress_column and YEAR_ON_YEAR_RE.search(targets[i].span_text))
            and not (headlines and targets[i].source_text.strip() == headlines[0]
                     and (is_told_done_below(targets[i], body) or is_summed_up_below(targets[i], body)))
            and not (headlines and is_this_years_plan_beside_next_years(targets[i], headlines[0]))]
    if headlines and len(lines) > 1 and is_headline_line(lines[1]) and len(lines[1].strip()) <= 40:
        headlines.append(lines[1].strip())  # a news page's subheadline: "新建10处口袋公园建成10处社区食堂"
    # a news page's subheadings over its paragraphs, each a figure the paragraph tells again: "新建、改造10家便民蔬菜零售点"
    # over "…新建和改造10家便民蔬菜零售网点,…"
    subheadings = [line.strip() for line in lines[len(headlines) :] if is_subheading(line)]
    return drop_repeats([targets[i] for i in keep], [from_table[i] for i in keep], headlines, subheadings), clauses


# the header row of a table of aims beside what is done of them: "序号 目标任务 责任单位 上半年推进情况"
PROGRESS_COLUMN_RE = re.compile(r"(?:目标任务|工作任务|任务内容|重点任务)\s*(?:责任单位|牵头单位)\s*[\u4e00-\u9fff]{0,6}?(?:推进|进展|完成|落实)(?:情况|进度)\s*$")


def is_progress_column_header(line: str) -> bool:
    """A table row that heads a column of progress beside the aims, whose 同比 growth tells what was done: "序号 目标任务 责任单位
    上半年推进情况" over "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。" (a district's half-year table, round 222)."""
    return PROGRESS_COLUMN_RE.search(drop_spaces(line.strip())) is not None


def is_this_years_plan_beside_next_years(t: Target, headline: str) -> bool:
    """On a page headlined on next year's aims, the plan this year's progress is told against is the year gone's, not an
    aim: 重庆's 「明年重庆种树500万亩」 over 「截止上月底,今年已完成森林重庆建设任务541.02万亩,占年度计划578万亩的94%」 (round
    138). A progress page's plans stay (:func:`etl.extract.plans_beside_progress`)."""
    return "明年" in headline and bool(rx.match(SHARE_OF_PLAN, t.span_text))


def is_told_done_below(t: Target, body: str) -> bool:
    """A headline's figure the page's body tells as done is news of progress: "山西开工城镇老旧小区改造900个" over
    "截至7月底,已开工900个小区,开工率48.2%" (round 69's page, its headline run into its lede)."""
    # (the deed told in full: "截至8月底,本市已完成新增养老床位约5000张" under "上海新增养老床位约5000张…", round 205)
    # (or summed so far: "截至6月底,…全省农村公路建设与改造累计完成为民办实事项目投资51.7亿元" under "上半年福建全省农村公路建设与
    # 改造投资51.7亿元", round 219)
    return _states_the_figure(t, r"(?:已|累计完成)[\u4e00-\u9fff]{0,10}?", body)


def is_summed_up_below(t: Target, body: str) -> bool:
    """A headline's figure the body sums up as done, in a sentence that looks nowhere ahead, is news of what was done: "十年间
    贵阳市累计实施棚户区改造32.28万户" over "2011-2020年十年间,全市累计实施棚户区改造32.28万户(…)" (round 232); not over an aim
    summed to its year ("到2025年累计建成5G基站3000个")."""
    return any(_states_the_figure(t, r"累计[\u4e00-\u9fff]{0,12}?", sentence)
               for sentence in rx.split(r"[。；;\n]", body) if not LOOKS_AHEAD_RE.search(sentence))


def _states_the_figure(t: Target, marker: str, text: str) -> bool:
    """Whether ``text`` gives a target's figure (its value, then its unit or the unit's start) right after what ``marker``
    matches: the marker 「已」 and up to ten characters finds 900个 in 「已开工900个小区」."""
    return any(float(m.group(1)) == t.value and m.group(2).startswith(t.unit)
               for m in rx.finditer(marker + r"(?<![\d.])(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3})", text))


def is_subheading(line: str) -> bool:
    """A short line of a page that states one figure and ends no sentence: "今年增加1000辆公租自行车",
    "新建、改造10家便民蔬菜零售点" (not a table row)."""
    line = line.strip()
    if rx.match(r"(?:\d{1,3}|[一二三四五六七八九十]+)\s*[.．、*]|[（(]", line):
        return False  # an item of a list: "7.*打造1条健身步道"
    return len(line) <= 30 and "\t" not in line and bool(rx.search(r"\d", line)) and is_headline_line(line)


def opening_year(clauses: list[Clause]) -> int | None:
    """A page that names its year only at the head of its first paragraph, "2026年，苏尼特左旗…确定
    实施3项民生实事项目", plans for that year; it holds for the document when no other year is given
    (a later paragraph naming another year leaves the document without one)."""
    body = [c for c in clauses if c.text.strip()]
    if not body:
        return None
    m = rx.match(r"\s*(20\d\d)\s*年\s*[，,]", body[0].text)
    if not m or told_done_in_its_year(split_sentences(body[0].text)[0]):
        # (not a year the page tells as done: "2013年,是贵州省高速公路三年建设会战的开局之年,当年建成高速公路651公里" (round 212))
        return None
    others = {int(y) for c in body for y in rx.findall(r"(20\d\d)\s*年(?!\s*\d{1,2}\s*月)", c.text)}
    return int(m.group(1)) if others <= {int(m.group(1))} else None


# a line that holds a milestone's year and nothing else: "到2025年", "2023年", "2027"
YEAR_LINE_RE = re.compile(r"\s*(?:到|至)?\s*((?:19|20)\d\d)\s*年?(?:底|末)?\s*")


def year_blocks(clauses: list[Clause]) -> dict[int, int]:
    """A page set out in blocks, each under a line that holds its year alone, gives the paragraphs of a block that year:
    「2023年」 / …, 「到2025年」 / 「到2025年,样板县培育工作完成。…」 / 「基本实现园林城市全覆盖」 / 「…公园绿地服务半径覆盖率达到
    80%。…」, 「到2027年」 / … (河北's county towns, round 201: the 80% is 2025's, the plan runs to 2027). Two or more such lines
    of different years; the clauses after each (by ``id``) map to its year, up to the next one. One such line gives none."""
    lines = [(i, int(m.group(1))) for i, c in enumerate(clauses) if (m := YEAR_LINE_RE.fullmatch(c.text))]
    if len({year for _, year in lines}) < 2:
        return {}
    blocks: dict[int, int] = {}
    for (start, year), (end, _) in zip(lines, [*lines[1:], (len(clauses), 0)]):
        blocks.update({id(c): year for c in clauses[start + 1 : end]})
    return blocks


def heading_year(clause: Clause) -> int | None:
    """A document that names no year of its own may name one in a heading: the items under
    "一、2025年村内基础设施提升工程" are due in 2025. A review heading ("2024年工作回顾") names none,
    nor does a date ("2025年3月")."""
    for heading in reversed(clause.headings):
        if rx.search(r"回顾|完成情况|执行情况|成效|成绩", heading):
            return None
        m = rx.search(r"(20\d\d)\s*年(?:度)?(?!\s*\d{1,2}\s*月)|^\s*(20\d\d)\s*(?=新?目标|展望)", heading)
        if m:
            return int(m.group(1) or m.group(2))  # "2023新目标": a digest's part on the year's aims
    return None


PLAN_PARAGRAPH_RE = re.compile(r"《纲要|纲要（草案）|“?十五五”?(?:时期|期间|规划)|今后五年|未来五年|[一二三四五六七八]是围绕[^，,]{2,12}[，,]\s*提出\d+项指标")
FIVE_YEAR_PLAN_RE = re.compile(r"“?十([一二三四五六七])五”?(?:时期|期间|规划|发展|的|主要|目标|$)|第十([一二三四五六七])个五年规划")


def plan_period_end(clause: Clause) -> int | None:
    """The last year of the five-year plan a heading is about: the items under "二、“十五五”时期发展的
    主要考虑" ("地区生产总值年均增长5%左右") are due in 2030; a heading that also names the past
    ("“十四五”时期发展成就和“十五五”时期主要目标任务") answers for the plan ahead, the last one named; one
    that also names a year ("“十五五”时期主要目标和2026年重点工作") leaves it to that year."""
    for heading in reversed(clause.headings):
        found = ["".join(m) for m in FIVE_YEAR_PLAN_RE.findall(heading)]
        if not found:
            continue
        end = plan_end_year(found[-1])
        if not rx.search(r"20\d\d\s*年", heading):
            return end
        # "“十五五”时期主要目标和2026年重点工作": the year named holds, but a paragraph about the plan
        # ("三是围绕民生福祉，提出8项指标，其中…城镇调查失业率5.5%左右" after "《纲要（草案）》…") is the plan's
        plan_paragraph = PLAN_PARAGRAPH_RE.search(clause.text) and not rx.search(r"今年|20\d\d年(?:主要预期目标|工作|经济社会发展)", clause.text)
        return end if plan_paragraph else None
    return None


def is_label_repeat(t: Target, targets: list[Target]) -> bool:
    """A short verbless line that only repeats a figure stated in a sentence of the same document
    — a page's bold label "6000亿" above "全市汽车及零部件产业营业收入达到6000亿元", or "8%、500万人"
    above the paragraph that says both — is a label, not a second target."""
    text = drop_spaces(t.source_text)
    if len(text) > 16 or rx.search(r"[，,。；;：:\t|]", text) or has_target_verb(text):
        return False
    return any(
        u is not t and u.value == t.value and (u.unit.startswith(t.unit) or t.unit.startswith(u.unit))
        and len(drop_spaces(u.source_text)) > len(text) and has_target_verb(u.source_text)
        for u in targets
    )


# a heading that sets work to do ("（五）加快释放改革开放成效") names results it wants, not results it had
TASK_HEADING_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*"
                             r"(?:加快|推动|释放|提升|放大|持续|着力|更好|全面|深化|巩固|确保|突出|坚持|增强|彰显|提高|扩大|促进|强化)")


def looks_back(heading: str, top: bool = True) -> bool:
    """A heading of the report's review: "一、2025年工作回顾", "过去五年的主要成绩"; not a task heading
    that names results to reach ("（五）加快释放改革开放成效"), nor, under a part of its own, an aim
    ("（七）美丽山西建设取得重大成效" under "二、“十五五”时期总体要求和目标任务")."""
    words = r"回顾|过去|成绩|成效" if top else r"回顾|过去|(?<!取得)(?<!重大)(?<!显著)(?<!明显)成效"
    return bool(rx.search(words, heading)) and not TASK_HEADING_RE.match(heading)


REVIEW_MARKS_RE = re.compile(r"据统计|预测|预计|完成了|实现了|同比|比上年|较上年|回顾|过去一年|一年来|初步核算")
# the words a report's plan part gives its tasks in, which its review does not use of what was done
TASK_VERBS_RE = re.compile(r"加快|抓好|探索|谋划|着力|力争|确保|争取|深入推进|大力|积极|加力|推动|做实|做细")
FORWARD_HEADING_RE = re.compile(r"(今年|明年|主要预期目标|预期目标|工作安排|主要任务|重点工作|总体要求|工作建议|工作计划|工作打算|主要目标|主要考虑|目标任务|十五五)"
                                r"|^\s*20\d\d\s*年?\s*(?:新?目标|任务|计划|展望)")  # a digest's "2017目标" after its "2016成绩"


def mark_work_report_review(clauses: list[Clause], year: int | None) -> None:
    """A government work report reviews the past year before it sets the next year's targets, in
    the same phrasing: every clause is review until a heading looks forward ("二、2025年工作安排",
    "今年主要预期目标") — "全年实现地区生产总值1005.8亿元、增长6.1%" under "一、2024年工作回顾" is
    achieved, "地区生产总值增长5.5%左右" under "二、2025年主要任务" a target."""
    forward = opens_inside_the_plan_part(clauses)
    reviewed_part = ""  # the top heading of the review, once one was seen
    for clause in clauses:
        heads = "".join(clause.headings)
        years = [int(y) for y in rx.findall(r"(20\d\d)\s*年", heads)]
        top = clause.headings[0] if clause.headings else ""
        if any(looks_back(h, top=i == 0) for i, h in enumerate(clause.headings)):
            forward = False
            reviewed_part = top
        elif (FORWARD_HEADING_RE.search(heads) and not (year and years and max(years) < year)) or (
            year and years and max(years) >= year
        ):
            forward = True  # "二、2025年工作安排", "三、扎实做好2025年各项工作"
        elif reviewed_part and top and top != reviewed_part and not (year and years and max(years) < year):
            # the part after the review, whatever its title: "二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章"
            forward = True
        if not clause.headings and year:
            forward = _headless_paragraph_looks_forward(clause.text, year, forward)
        elif not clause.headings and year is None and not forward:
            # a report retold with no year at all: a paragraph that says what it will do looks forward
            # ("今年，重庆将…接续办好15件重点民生实事。具体包括："), as does one in the words of tasks to do
            # ("加快道孚和两河口抽蓄电站建设,抓好…前期工作…探索建立…"); one that reports does not
            forward = (bool(rx.search(r"今年|明年|将|计划|力争|预期目标|主要目标", clause.text))
                       or len(set(TASK_VERBS_RE.findall(clause.text))) >= 3) and not REVIEW_MARKS_RE.search(clause.text)
        if rx.search(r"(今年|明年|20\d\d年)[^。；]{0,12}?主要预期目标|今年工作的总体要求", clause.text):
            forward = True  # "今年经济社会发展的主要预期目标是：…", under no heading of its own
        if not forward:
            clause.is_review = True


# a line that is a figure alone, its verb and measure first: "新增学位1080个"
FIGURE_LINE_RE = re.compile(r"(?:新增|新建|建设|增加|提供|建成)[\u4e00-\u9fff]{1,8}\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,3}")
# ... and the line above that names whose it is: "长沙师范附属天健小学" (a school, a park, a project)
NAME_LINE_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,24}(?:学校|小学|中学|幼儿园|学院|初中部|高中部|分校|校区|医院|公园|中心|馆|项目|工程)")


def name_from_the_line_above(above: str, line: str) -> str:
    """A list that names each item on one line and its figure on the next: "长沙师范附属天健小学" / "新增学位1080个" →
    the figure's name begins with the school's (长沙's 2019 schools, round 132: two schools that each add 1080 seats are
    two targets). Only a bare figure line under a bare name line: "" otherwise."""
    if FIGURE_LINE_RE.fullmatch(line.strip()) and NAME_LINE_RE.fullmatch(above.strip()):
        return above.strip()
    return ""


def mark_listed_achievements(clauses: list[Clause], first_year: int | None = None) -> None:
    """The paragraphs a list of achievements runs on are review, until one looks ahead: after 广西's 「…5年成就振奋人心。…——」
    come 「5年完成交通固定资产投资4026.2亿元,…」 and 「…建成1318公里,高速公路总里程达3197公里」 (done), then 「今后5年,我区将…」 (aims).
    A line that names a year before ``first_year`` and its place, then a colon, opens such a list too: 「2019年,浙江:」 over
    「全省综合交通建设投资3040亿元…」 (a page on 2020's aims)."""
    listing, listing_headings = False, []
    dashes = False  # past a paragraph that ends on what was achieved, its dash-led items under it
    for clause in clauses:
        if listing and (clause.headings != listing_headings or LOOKS_AHEAD_RE.search(clause.text)):
            listing = False
        dash_item = clause.text.lstrip().startswith("——")
        dashes = dashes and dash_item
        if listing or dashes:
            clause.is_review = True
        # "“十二五”期间,自治区水利事业蓬勃发展,取得了显著成绩。" / "——全社会水利投入累计达664.58亿元,…" / … / "为了…,水利厅制定了
        # “十三五”主要目标。" / "——全社会水利投入达到1500亿元。" (内蒙古's water, round 217): the first dash items report
        # (a dash item of its own that ends so is an item, not the list's lead: "——科技创新水平大幅提高。…取得显著成效。")
        dashes = dashes or (ACHIEVED_PARAGRAPH_END_RE.search(clause.text) is not None and not dash_item)
        past_lead = PAST_YEAR_LEAD_LINE_RE.fullmatch(clause.text.strip())
        if achievements_run_on(clause.text) or (past_lead and first_year and int(past_lead.group(1) or past_lead.group(2)) < first_year):
            listing, listing_headings = True, clause.headings


# a paragraph led by the words of a progress report: "推进情况:1.全市统筹开展补贴性职业技能培训5585人次。"
PROGRESS_LEAD_RE = re.compile(r"\s*(?:工作)?(?:推进|进展|完成|落实|实施|执行)(?:情况|进度)\s*[:：]")


def mark_progress_runs(clauses: list[Clause]) -> None:
    """A paragraph a progress report leads with 「推进情况:」 is review, and when it opens a numbered list (「推进情况:1.…」) so are
    the items that go on with its numbers, while none looks ahead: 六盘水's ten works of 2023 at the end of March (round 236),
    「一、保障好重点群体就业,开展补贴性职业技能培训2万人次、…」 (the aim), then 「推进情况:1.全市统筹开展补贴性职业技能培训5585人次。」,
    「2.开展农业技能技术培训484人次,…」, 「3.城镇公益性岗位安置就业困难人员3425人。」 (what is done). A lead that numbers its items
    inside itself (「进展情况:(1).…(2).…」) runs on into nothing: the next numbered paragraph is the next task (怀柔's works of 2024,
    「2.深入推进生活垃圾分类工作,…创建20个生活垃圾分类示范居住小区(村)」, round 237)."""
    next_item = 0  # the number the next item of the run must bear; 0 outside a run
    for clause in clauses:
        lead = PROGRESS_LEAD_RE.match(clause.text)
        if lead:
            clause.is_review = True
            next_item = 2 if rx.match(r"\s*1\s*[.．、]", clause.text[lead.end() :]) else 0
        elif next_item and clause.ref == str(next_item) and not LOOKS_AHEAD_RE.search(clause.text):
            clause.is_review = True
            next_item += 1
        else:
            next_item = 0


# a paragraph that ends on what was achieved: "…蓬勃发展,取得了显著成绩。"
ACHIEVED_PARAGRAPH_END_RE = re.compile(r"取得了?(?:显著|丰硕|巨大|明显|可喜|突出)?的?(?:成绩|成就|成效)\s*。?\s*$")


def mark_results_beside_aims(clauses: list[Clause], lines: list[str]) -> None:
    """On a page of one year's results beside the next year's aims (:func:`etl.clean.results_beside_aims`), the block under
    the earlier year's line is review: 「2018」 / 「累计建成地下综合管廊42公里」 (done), 「2019」 / 「新建地下综合管廊10公里」 (an aim)."""
    paired = results_beside_aims(lines)
    if not paired:
        return
    block = None
    for clause in clauses:
        if is_year_alone(clause.text):
            block = int(clause.text)
        elif block == paired[0]:
            clause.is_review = True


# a five-year plan's years the page looks ahead to: "“十三五”期间,移民搬迁工作将紧紧抓住…"; and one's years told
PLAN_AHEAD_RE = re.compile(PLAN_PERIOD + r"[，,]?[^。；;]{0,30}?(?:将|力争|确保|争取)")
PLAN_PERIOD_RE = re.compile(PLAN_PERIOD)


def mark_past_plan_period(clauses: list[Clause]) -> None:
    """On a page that looks ahead to a five-year plan's years, a paragraph that tells an earlier plan's years with nothing
    looking ahead is review: 陕西's press conference of December 2015 (round 172), 「…李永平表示,“十二五”期间陕南移民完成搬迁
    32.4万户、111.89万人」 beside 「“十三五”期间,移民搬迁工作将…确保全面完成35.36万户的移民搬迁任务」."""
    ahead = [FIVE_YEAR_PLANS[m.group(1)][1] for c in clauses for m in PLAN_AHEAD_RE.finditer(c.text)]
    if not ahead:
        return
    latest = max(ahead)
    for clause in clauses:
        told = [FIVE_YEAR_PLANS[m.group(1)][1] for m in PLAN_PERIOD_RE.finditer(clause.text)]
        if told and max(told) < latest and not FORWARD_RE.search(clause.text):
            clause.is_review = True


# what a paragraph of results says of them: "…等6个种业规模全国领先", "综合实力居全国前列", "跃居全国第二位", "连续15年保持97%以上",
# "全年防沙治沙134.52万亩,超额完成目标任务"
RESULT_MARK_RE = re.compile(r"超额完成|(?:全国|全省|全市)领先|居(?:全国|全省|全市)(?:前列|第|首)|跃居|位居|连续\s*\d+\s*年(?:保持|位居|居)")


def mark_past_year_account(clauses: list[Clause], first_year: int | None) -> None:
    """A past year's account runs on through the paragraphs after the one it opens, while they name no year, look to nothing
    ahead and say what they tell are results: on 福建's page of January 2022, 「2021年,全省海洋经济稳健发展,…」 is followed by
    「产业融合提质增效,大黄鱼…等6个种业规模全国领先,…更新改造远洋渔船34艘,远洋渔业产量超60万吨,综合实力居全国前列。」
    (round 227), and 青海's 「2021年,青海省各地…」 by 「同时,…全年防沙治沙134.52万亩,超额完成目标任务。…」 (round 226). The
    account ends at a paragraph that names a year or looks ahead (「今年,福建省将…」)."""
    if not first_year:
        return
    account, headings = False, None
    for clause in clauses:
        text = rx.sub(r"《[^《》]*》", "", clause.text)  # (a plan it names by its title is no year it tells)
        if account and clause.headings == headings and not rx.search(r"20\d\d\s*年|今年|明年", text) \
                and not LOOKS_AHEAD_RE.search(text) and RESULT_MARK_RE.search(text):
            clause.is_review = True
            continue
        account = opens_on_a_past_year(text, first_year, set_off=True) and not LOOKS_AHEAD_RE.search(text)
        headings = clause.headings


# a line of a year and a place only, before a list: "2019年,浙江:"; or a digest's label on the year gone in figures:
# "数读2018" (云南's tourism meeting of 2019, round 88)
PAST_YEAR_LEAD_LINE_RE = re.compile(r"(20\d\d)\s*年\s*[，,]?\s*[\u4e00-\u9fff]{2,8}\s*[:：]|(?:数读|回眸|回望|盘点|细数)\s*(20\d\d)\s*年?")


def opens_inside_the_plan_part(clauses: list[Clause]) -> bool:
    """A page that is a later part of a report, its plan's tasks only: it opens under a numbered sub-part
    ("(五)奋力推动规划建设治理水平提升,加快建设宜居韧性智慧城市", 武汉's 2024 report; 浙江's 2023 report, its eighth page),
    and nothing on it looks back — no review heading, no word of a review (同比, 比上年, 回顾, 预计…)."""
    first = next((c for c in clauses if c.headings), None)
    if first is None or not any(rx.match(r"\s*[（(][一二三四五六七八九十]+[)）]", h) for h in first.headings[:2]):
        return False  # (the page's title may stand above it: "武汉市政府工作报告")
    if any(looks_back(h, top=i == 0) for c in clauses for i, h in enumerate(c.headings)):
        return False
    return not any(REVIEW_MARKS_RE.search(c.text) for c in clauses)


REVIEW_HEADING_RE = re.compile(r"(执行情况|完成情况|工作回顾|落实情况|进展情况|推进情况|实施情况|运行情况)"
                               # a digest's part on a year's results: "2016成绩" (then "2017目标")
                               r"|^\s*20\d\d\s*年?\s*(?:成绩|成就|成效|亮点回顾)"
                               # the work done in the months so far: "一、 1-4月完成工作" (团田乡, round 246), then "二、下步工作计划"
                               r"|(?:\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月份?|上半年|前三季度|一季度|今年以来)已?完成的?工作\s*$")
# a task to watch the targets, not a report on them: "一、对地区生产总值增长5%以上、…等经济社会发展预期目标完成情况
# 进行监测和督导。"
MONITORING_RE = re.compile(r"(?:进行|开展|加强)?(?:监测|督导|调度|跟踪|督查|督办)")


YEAR_PART_RE = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*[\u4e00-\u9fff]{0,6}?的?\s*(20\d\d)\s*年\s*$")


def mark_review_sections(clauses: list[Clause]) -> None:
    """Any document may report on the past under a heading of its own before it plans: an annual
    plan's "一、2023年国民经济和社会发展计划执行情况" (初步核算…地区生产总值3347.6亿元, 增长1.5%),
    a mid-year report's "（一）主要目标完成情况". Every clause under such a heading is review; the
    plan's own part ("二、2024年主要预期目标", "计划安排") is not, nor is a forward heading nested in
    it ("…执行情况" > "（二）下半年工作安排"), nor a task to watch how the targets are met ("对…预期目标完成情况
    进行监测和督导")."""
    # parts titled by their year alone, the year gone before the year ahead: "一、 精彩的2012年" / "二、奋进的2013年" (孟州)
    years = [int(m.group(1)) for c in clauses for h in c.headings[:1] if (m := YEAR_PART_RE.match(h))]
    for clause in clauses:
        review = False
        for heading in clause.headings:
            part = YEAR_PART_RE.match(heading)
            if (part and years and int(part.group(1)) < max(years)) or (REVIEW_HEADING_RE.search(heading) and not MONITORING_RE.search(heading)):
                review = True
            elif review and FORWARD_HEADING_RE.search(heading) and not rx.search(r"主要目标完成", heading):
                review = False
        if review:
            clause.is_review = True


def _headless_paragraph_looks_forward(text: str, year: int, forward: bool) -> bool:
    """A report retold without its headings (a news page) turns on the year each paragraph opens
    with: "经初步预计，五莲县2012年全年实现生产总值163亿元…" reviews, "2013年，五莲县计划招引20个以上
    过亿项目" looks forward; a paragraph naming no year (not counting dates) keeps the state."""
    # not a year that only qualifies what is done now: "完工2024年9个续建老旧小区改造项目" (the projects
    # carried over from 2024), "较2024年增长120%" (a baseline)
    # a digest's bare year heading counts too: "2024 新重庆 开新局", "2019,佛山城市治理工作怎样干?", a year alone: "2018"
    first = next((m for m in rx.finditer(r"(20\d\d)\s*年(?!\s*\d{1,2}\s*月)|^\s*(20\d\d)(?=\s|$|[,，])", text)
                  if not rx.search(r"(完工|完成|建成|续建|推进|较|比|与|同)\s*$", text[: m.start()])
                  and not rx.match(r"\s*(?:\d|续建|结转|度?开工的)", text[m.end() :])), None)
    if not first:
        # no year: a paragraph that says what the government will do looks forward ("县政府将继续…
        # 重点抓好15件大事和民生实事。分别是：…"); one that reports keeps the state
        if not forward and rx.search(r"(将|计划|力争|今年|明年|预期目标|主要目标)", text) and not REVIEW_MARKS_RE.search(text):
            return True
        return forward
    if year is None:
        return forward
    if int(first.group(1) or first.group(2)) >= year:
        return True
    if rx.search(rf"(?:今年|{year}\s*年?)[^。；;:：]*[:：]\s*$", text):
        # a paragraph that ends by opening this year's list looks forward, whatever year it named first: 「市北区第三届人民代表
        # 大会第一次会议…表决通过了…关于市北区2021年国民经济和社会发展计划执行情况与2022年…计划的决议…。备受关注的2022区办实事
        # “出炉”,今年市北区要干这15件事:」 (青岛, round 247), its items under it the year's aims
        return True
    return bool(rx.search(r"(今年|明年|主要预期目标)", text[: first.end() + 30]))


def _table_sector(clauses: list[Clause]) -> str:
    for c in clauses:
        if c.sector:
            return c.sector
    return ""


# a headline's money without 元: "超2800亿" is the body's 2800亿元
SHORT_MONEY_UNITS = {"亿": "亿元", "万亿": "万亿元"}


def figure_key(value: float, unit: str) -> tuple[float, str]:
    """One figure however its unit is written: "3000亿" is 3000亿元, "2万个" is 20000个 (a headline's "增补…学位2万个" over
    the lede's "增补…学位20000个")."""
    unit = SHORT_MONEY_UNITS.get(unit, unit)
    if unit[:1] == "万" and len(unit) == 2 and unit[1] in CLASSIFIER_UNITS:
        return round(value * 10000, 6), unit[1]
    return value, unit


def drop_repeats(targets: list[Target], from_table: list[bool] | None = None, headlines: list[str] | None = None,
                 subheadings: list[str] | None = None) -> list[Target]:
    """A target stated twice in one document is one target: the first statement is kept and takes
    the departments of the other when it names none.

    Two statements are the same target when value and unit agree and either kind, year and
    indicator phrase are the same, or one is in a responsibility table and the other in the prose
    and the phrases are alike ("高新技术企业、省级以上“专精特新”企业分别达到120家、60家" in the prose,
    "高新技术企业达到120家" in the table). Two prose sentences that merely read alike (the same
    count in two chapters) stay two targets unless only one of them names a lead department.
    """
    from_table = from_table or [False] * len(targets)
    figures = _figures_by_sentence(targets)
    kept: list[int] = []
    by_value: dict[tuple, list[int]] = {}
    for i, t in enumerate(targets):
        key = figure_key(t.value, t.unit)
        # a subheading is restated by a paragraph, not by the next short line of a list ("2.*打造1条市民健身步道" /
        # "7.*打造1条健身步道" are two deeds)
        said_again_in = (headlines or []) + ([] if is_subheading(t.source_text) else subheadings or [])
        twin = next((j for j in by_value.get(key, []) if _same_target(targets[j], t, from_table[j] != from_table[i])
                     or _in_a_restated_passage(targets[j], t, figures)
                     or _said_again_for_then(targets[j], t)
                     or _sentence_said_again(targets[j], t)
                     or _subheading_says_again(targets[j], t)
                     or any(_restates_the_headline(targets[j], t, h) or _both_restate_the_headline(targets[j], t, h)
                            for h in said_again_in)), None)
        if twin is None and len(t.unit) > 1 and t.unit[0] in "万亿":
            # a headline's figure in its bare scale, "后年旅客吞吐量将达200万", said in full in the body: "…将突破200万人次"
            twin = next((j for j in by_value.get((t.value, t.unit[0]), [])
                         if any(_restates_the_headline(targets[j], t, h) for h in headlines or [])), None)
        if twin is None:
            kept.append(i)
            by_value.setdefault(key, []).append(i)
            continue
        first = targets[twin]
        if _comparable(first.source_text) == _comparable(first.span_text) and not first.lead_departments:
            targets[twin] = t  # a subheading that is the figure alone ("740万亩") over the sentence that names it
            continue
        if any(_repeats_a_headline_phrase(first, t, h) for h in headlines or []):
            targets[twin] = t  # the line's own wording
            continue
        if BARE_DEED_RE.fullmatch(_comparable(first.indicator_name)) and any(_comparable(first.source_text) in _comparable(h) for h in headlines or []):
            targets[twin] = t  # a headline's bare deed ("建成5个"): the body names what is built
            continue
        if TIME_WORDS_RE.search(first.indicator_name) and not TIME_WORDS_RE.search(t.indicator_name) and is_headline_restatement(
                _comparable(first.indicator_name), _comparable(t.indicator_name)):
            targets[twin] = t  # the headline came first: keep the body's wording
            continue
        if not first.lead_departments and t.lead_departments:
            first.lead_departments = list(t.lead_departments)
            first.participating_departments = list(t.participating_departments)
            first.lead_officials = list(t.lead_officials)
            first.deadline = first.deadline or t.deadline
    return [targets[j] for j in kept]


def _said_again_for_then(first: Target, later: Target) -> bool:
    """届时 ("by then") points back to a time the page has told, so the same figure in a clause it opens is the aim
    told before: "到年底高速公路总里程将达5000公里" / "今年将再建成1000公里,届时全省高速公路总里程将达5000公里" (山西, round
    177), "今年深圳全市建成和开放公园数量将达到1000个以上" / "届时深圳全市的公园数量将超过1000个" (round 178)."""
    if _comparable(first.source_text) == _comparable(later.source_text):
        return False
    at = later.source_text.find(later.span_text)
    if at < 0:
        return False
    start = max(later.source_text.rfind(ch, 0, at) for ch in "，,；;。") + 1
    return rx.match(r"\s*届时", later.source_text[start:]) is not None


def _sentence_said_again(first: Target, later: Target) -> bool:
    """A lede sums up its body's sentences word for word, so a later sentence that stands whole in an earlier one is that
    sentence's target: "…实施120个片区综合更新改造项目,全面完成2000年底前建成的老旧小区改造任务,新开工改造13.7万户。" /
    "全面完成2000年底前建成的老旧小区改造任务,新开工改造13.7万户。" (山东's housing meeting, round 223) — the same figure, year
    and words, in a sentence of at least twelve characters (a short line, 「新建公厕5座」, recurs for other places)."""
    if (first.target_year, first.per_year, first.comparator) != (later.target_year, later.per_year, later.comparator):
        return False
    def bare(text: str) -> str:  # as compared, less the stops at its ends (_comparable drops the spaces)
        return _comparable(text).strip("。；;，,")

    a, b = bare(first.source_text), bare(later.source_text)
    span = bare(later.span_text)
    if len(b) < 12 or a == b or not span or span != bare(first.span_text):
        return False
    return b in a


def _figures_by_sentence(targets: list[Target]) -> dict[str, set[tuple]]:
    """Each sentence's figures as written (value, unit, year, per-year flag and the words that state it)."""
    figures: dict[str, set[tuple]] = {}
    for t in targets:
        figures.setdefault(_comparable(t.source_text), set()).add((t.value, t.unit, t.target_year, t.per_year, _comparable(t.span_text)))
    return figures


def _in_a_restated_passage(first: Target, later: Target, figures: dict[str, set[tuple]]) -> bool:
    """A news page's lead sums up its body in the body's words, so the body's sentence says two or more of the
    lead's figures again word for word: "该省今年建设260万亩高标准农田,确保粮食播面稳定在5660万亩以上,产量在430亿斤
    以上,力争达到439亿斤" / "今年建设260万亩高标准农田,确保粮食播面稳定在5660万亩以上,…" — every figure of the one
    said again in the other for the same year, with the same name or the same words, is one target. One shared
    phrase is not enough ("2.*打造1条市民健身步道" / "7.*打造1条健身步道" are two deeds), nor are two years' milestones
    alike ("到2015年,力争民营经济实现增加值年均增长15%,…占全市GDP比重40%" / "到2017年,…")."""
    a, b = _comparable(first.source_text), _comparable(later.source_text)
    if a == b or (first.target_year, first.per_year) != (later.target_year, later.per_year):
        return False
    if len(figures.get(a, set()) & figures.get(b, set())) >= 2:
        return _comparable(first.indicator_name) == _comparable(later.indicator_name) or _comparable(first.span_text) == _comparable(later.span_text)
    return _restates_with_its_scope(first, later, figures)


def _restates_with_its_scope(first: Target, later: Target, figures: dict[str, set[tuple]]) -> bool:
    """A lede whose three or more figures the body says again, each with where it is done in front: "今年我省将增补…学位
    20000个,新建、改扩建教师周转宿舍900套、食堂400个、厕所250个" / "在全省13个市州61个县区农村义务教育中小学新建、改扩建
    食堂400个" (甘肃, round 170) — the body's name ends with the lede's."""
    na, nb = _comparable(first.indicator_name), _comparable(later.indicator_name)
    if len(na) < 2 or nb == na or not nb.endswith(na):
        return False
    lede = _comparable(first.source_text)
    said_again = {fig[:4] for text, figs in figures.items() if text != lede for fig in figs}
    return len({fig[:4] for fig in figures.get(lede, set())} & said_again) >= 3


def _both_restate_the_headline(first: Target, later: Target, headline: str) -> bool:
    """The headline states a figure and the body says it twice, the headline itself yielding no target of its own
    (it is the page's title): "西城老旧小区今年增600个停车位" / "今年新增、优化调整老旧小区内停车位600个" / "并新增、优化调整
    老旧小区内停车位600个", "2020年河北5A级景区将增至10家" / "2020年5A级景区将增至10家" / "国家5A级旅游景区将从2015年的6家增加
    到10家" — value and unit in the headline, names alike (as in :func:`_restates_the_headline`)."""
    head = _comparable(headline)
    if not rx.search(rf"(?<![\d.]){re.escape(f'{first.value:g}{first.unit}')}", head) or any(_comparable(t.source_text) in head for t in (first, later)):
        return False
    return _alike_measures(first.indicator_name, later.indicator_name)


def _repeats_a_headline_phrase(first: Target, later: Target, headline: str) -> bool:
    """A line that repeats, word for word, a part of a headline that yielded the same figure: "河南明确2016年经济社会发展目标
    力争再开工5条高铁" / "力争再开工5条高铁" (the line's wording names the target better: the cleanup ran the headline's two
    phrases together)."""
    head, line = _comparable(headline), _comparable(later.source_text)
    return _comparable(first.source_text) == head and line != head and line in head


def _subheading_says_again(first: Target, later: Target) -> bool:
    """A subheading that names the figure and the thing a line above it told is that line's aim over again: the lede's
    「…1000个景观化便民信息平台、128块精品绿地……」 and the subheading 「打造128块精品绿地」 (沈阳's works, round 251)."""
    return is_subheading(later.source_text) and _comparable(first.indicator_name) == _comparable(later.indicator_name) \
        and (first.kind, first.target_year) == (later.kind, later.target_year)


def _restates_the_headline(first: Target, later: Target, headline: str) -> bool:
    """The body says again what the headline said: "山西今年将造林260万亩…" / "高标准完成260万亩营造林任务",
    "打通36条城区规划路、完成956个老旧小区改造!…" / "一、打通36条城区规划路;"
    (same value and unit, names alike); "城镇居民人均可支配收入增长8%以上" does not restate a headline's
    "地区生产总值增长8%以上"."""
    if _repeats_a_headline_phrase(first, later, headline):
        return True
    # the headline's sentence may be a part of its line: "打通36条城区规划路、完成956个老旧小区改造!2022年…公布"
    # (or the line above it that it says again: 「…128块精品绿地……」 over the subheading 「打造128块精品绿地」, round 251)
    told = _comparable(first.source_text) in _comparable(headline) or _comparable(first.span_text) in _comparable(headline)
    if not told or _comparable(later.source_text) in _comparable(headline):
        return False
    # a headline's bare deed and count, told in full below: "建成5个、推进6个!…" / "建成沪昆高速改扩建梨东段、昌金段等5个…项目"
    # (江西's motorways, round 203)
    deed = _comparable(first.indicator_name)
    if BARE_DEED_RE.fullmatch(deed) and deed in _comparable(later.span_text):
        return True
    # the headline's thing counted, named just after the body's figure and its kinds: "今年北京将对354条背街小巷提升改造" /
    # "完成354条达标类、精治类背街小巷环境精细化整治提升任务" (北京's back streets, round 213)
    thing = _comparable(first.indicator_name)[:4]
    after = rx.split(r"[，,；;。]", _words_after_the_figure(later)[:20])[0]
    if len(thing) == 4 and thing in _comparable(after):
        return True
    # or the thing the headline names right after its figure, named right after the body's: "沈阳铁西区5400套回迁房今年建完" /
    # "完成…9个续建回迁小区5400套回迁房屋的建设工作" (round 225)
    head_thing = _comparable(_words_after_the_figure(first))[:3]
    if rx.fullmatch(r"[\u4e00-\u9fff]{3}", head_thing) and _comparable(after).startswith(head_thing):
        return True
    # or the kind of thing the headline counts, closing the thing the body names after its figure: "打造128块精品绿地" /
    # "集中对市内五区的128块主要街路节点绿地进行整体景观提升" (沈阳's greens, round 251)
    head_noun = _comparable(first.indicator_name)
    if rx.fullmatch(r"[\u4e00-\u9fff]{3,6}", head_noun) and rx.match(rf"[\u4e00-\u9fff]{{0,8}}{head_noun[-2:]}", _comparable(after)):
        return True
    # what is measured, less the words every rate or amount ends with
    return _alike_measures(first.indicator_name, later.indicator_name) or _same_sum_of_money(first, later)


def _words_after_the_figure(t: Target) -> str:
    """What follows a target's own words in its sentence ("" when they do not stand in it as written): "回迁房今年建完" after
    "5400套" in "沈阳铁西区5400套回迁房今年建完"."""
    at = t.source_text.find(t.span_text)
    return t.source_text[at + len(t.span_text) :] if at >= 0 else ""


# the sums of money a headline names in short, each with the names its body may give it (产值; 收入, 营收…; 增加值; 投资)
MONEY_MEASURES = (r"产值", r"收入|营收|销售额|营业额", r"增加值", r"投资(?:额)?")


def _same_sum_of_money(first: Target, later: Target) -> bool:
    """A headline's large sum for a year, said again in the body for that year under another name of the same measure:
    "2015年四川全省蚕业总产值将达500亿" / "全产业总量产值要在2015年达到500亿元" (round 202), "广西纺织业2020年营收将突破千亿" /
    "销售收入力争达到1000亿元" (营收 is 营业收入; round 202) — a hundred 亿元 or more, the same year, both names ending in
    one of :data:`MONEY_MEASURES`."""
    value, unit = figure_key(first.value, first.unit)
    if not (unit == "万亿元" or (unit == "亿元" and value >= 100)) or first.target_year != later.target_year:
        return False
    names = [rx.sub(r"[^\u4e00-\u9fff]+$", "", rx.sub(r"(?:要|将)?(?:到|在|至|于)?20\d\d年(?:底|末|前)?", "", _comparable(t.indicator_name)))
             for t in (first, later)]
    return any(all(rx.search(rf"(?:{words})$", n) for n in names) for words in MONEY_MEASURES)


# a name that is a deed and nothing else, as a headline writes it: "建成5个、推进6个!"
BARE_DEED_RE = re.compile(r"新建|建成|推进|开工|新开工|完成|实施|改造|新增|打造|培育")


def _alike_measures(headline_name: str, body_name: str) -> bool:
    """Two names of a headline and its body measure alike (:func:`_measure_named`): one in the other, nearly the same,
    or the headline's short form, its characters in order in the body's name: "5A级景区" / "国家5A级旅游景区"; a
    headline's slogan before its year is no part of the name: "建设旅游强省 2020年河北5A级景区"."""
    nb = _measure_named(body_name)
    after_year = rx.sub(r"^.*20\d\d年", "", _comparable(headline_name))
    return any(_alike(_measure_named(name), nb) for name in dict.fromkeys((headline_name, after_year)))


def _alike(na: str, nb: str) -> bool:
    na, nb = (rx.sub(r"[^\w%]", "", n) for n in (na, nb))  # "洛阳、安阳" less its places is no measure
    if len(na) < 2 or len(nb) < 2:
        return False
    shorter, longer = sorted((na, nb), key=len)
    it = iter(longer)
    abbreviates = len(shorter) >= 4 and 2 * len(shorter) >= len(longer) and all(ch in it for ch in shorter)
    # (or one thing named at the end of both, the body's with its qualities: "湖南规划建成高标准农田" / "湖南全省要建成集中连片、
    # 旱涝保收的高标准农田", round 204)
    same_end = len(os.path.commonprefix([na[::-1], nb[::-1]])) >= 4
    # (or the same words in another order: "云南省今年将新增城镇就业20万人" / "城镇新增就业20万人", round 252)
    reordered = len(na) >= 4 and sorted(na) == sorted(nb)
    return shorter in longer or abbreviates or same_end or reordered or SequenceMatcher(None, na, nb).ratio() >= 0.8


def _measure_named(name: str) -> str:
    """What a name measures, less a headline's place and time words and the ending every rate or amount
    has: "山西今年将造林" → "造林", "营造林任务" → "营造林"; "广西提出到2020年地区生产总值超百亿县域" →
    "地区生产总值超100亿县域", as its body's "地区生产总值超100亿元的县域"."""
    from etl.divisions import bare_mention_spans

    name = _comparable(name)
    name = rx.sub(r"「[^」]*」|【[^】]*】|(?:到)?20\d\d年|预期", "", name)  # a site's tag, the year, 预期: "「海洋威海」…到2020年…"
    name = rx.sub(r"^.*(?:今年|明年|后年|全年|将|拟|计划)", "", name)
    name = rx.sub(r"新?增加", "新增", name)  # "拟增加1200个学位" restates "…新增1200个学位"
    # (要 before the deed: "市区要新建绿地660万平方米以上" restates "其中市区新建绿地660万平方米以上", 郑州, round 221)
    name = rx.sub(r"要(?=新建|新增|建成|建设|完成|实现|达到)", "", name)
    # (a place's name read across a deed's end is none: "新增城镇就业" holds no 增城, round 252)
    deeds = [m.span() for m in rx.finditer(r"新增|增加", name)]
    named = {i for start, end, _ in bare_mention_spans(name) if not any(s < start < e < end for s, e in deeds) for i in range(start, end)}
    name = rx.sub(r"^(全省|全市|全县|全区|提出|明确)", "", "".join(ch for i, ch in enumerate(name) if i not in named))
    # a headline's short amounts: "超百亿县域" is "超100亿元的县域"
    name = rx.sub(r"(\d)(亿|万)元", r"\1\2", rx.sub(r"(?<![\d百千])百(?=亿|万)", "100", rx.sub(r"(?<![\d百千])千(?=亿|万)", "1000", name)))
    name = rx.sub(r"(?:地区|国内)?生产总值|经济总量", "GDP", name)  # one measure, three names
    return rx.sub(r"(?:增长|增速|增幅|涨幅|比重|占比|率|数量|面积|规模|总量|任务|目标)+$", "", name.replace("的", ""))


def _same_target(a: Target, b: Target, across_table: bool) -> bool:
    if not across_table and (a.kind, a.target_year) != (b.kind, b.target_year):
        return False
    na, nb = _comparable(a.indicator_name), _comparable(b.indicator_name)
    if na == nb:
        return _comparable(a.source_text) == _comparable(b.source_text) or across_table or bool(a.lead_departments) != bool(b.lead_departments) or is_restatement(a, b)
    if across_table:
        # the table restates the prose in its own words: names alike, not equal
        return na in nb or nb in na or SequenceMatcher(None, na, nb).ratio() >= 0.5
    return is_restatement(a, b)


def is_restatement(a: Target, b: Target) -> bool:
    """The same target said again later in the prose, as a plan's 主要目标 says it and its chapter
    repeats it: same value, unit, kind, comparator, per-year flag and year, a rate or share (a
    percentage, or a level of a named measure), and names alike ("数据中心机架规模年均增速" /
    "机架规模年均增速"). Counts of things ("新建…5个") recur for different things and stay apart."""
    if _comparable(a.source_text) == _comparable(b.source_text):
        return False  # two numbers of one sentence
    if a.clause_ref == b.clause_ref == "table":
        return False  # two rows of one indicator table: "幼儿教师专科及以上学历比例" and "小学教师…" both 100%
    if (a.kind, a.comparator, a.per_year, a.target_year) != (b.kind, b.comparator, b.per_year, b.target_year):
        return False
    na, nb = _comparable(a.indicator_name), _comparable(b.indicator_name)
    if not (a.unit.endswith("%") or a.unit.endswith("百分点") or a.unit == "倍"):  # a multiple is a rate too: "增长2倍以上"
        if _without_leading_place(na) == _without_leading_place(nb) and len(_without_leading_place(na)) >= 6:
            return True  # a count said twice in the same words, once with its place: "广西地区生产总值超100亿元的县域"
        if a.comparator == b.comparator and (a.value >= 1000 or a.unit[:1] in "万亿") and a.unit[-1:] in CLASSIFIER_UNITS \
                and _one_ends_the_other(na, nb):
            return True  # a large count said again in a report's annex: "新增普通高中学位20万个以上" / "增加学位超20万个"
        if is_headline_restatement(na, nb):
            return True
        if a.comparator == b.comparator and not a.unit.endswith("元") and (a.value >= 1000 or a.unit[:1] in "万亿") \
                and len(_measure_named(na)) >= 4 and _measure_named(na) == _measure_named(nb):
            return True  # a lede's large aim said again in the body after the place and its plan: "确定五年间将新增高速公路2000公里" /
            # "按照陕西省政府新确定的目标2011年至2015年期间陕西省将新增高速公路2000公里" (round 160); not a small count or a sum
            # of money, which recur for other things ("力争规上企业达到5家" in two industries' chapters)
        if a.unit in ("亿元", "万亿元") and a.value >= 100 and a.kind == "level" and a.comparator == b.comparator and (
                all(rx.search(r"GDP|生产总值|经济总量|^总量", n) for n in (na, nb)) or na in nb or nb in na):
            return True  # GDP said three ways: "GDP力争突破3000亿元" / "总量力争突破3000亿元" / "确保地区生产总值突破3000亿元"
        if a.comparator == b.comparator and a.unit[:1] in "万亿" and a.unit[-1:] not in CLASSIFIER_UNITS and not a.unit.endswith("元") \
                and len(_measure_named(na)) >= 3 and _measure_named(na) == _measure_named(nb):
            return True  # a large amount said again with its place and year: "新建绿地 600万平方米以上" / "今年郑州新建绿地面积600万平方米以上"
        # an amount (not a count of things) restated in other words — a page's lead and its body,
        # "提出到2025年地区生产总值将达到3.5万亿元" / "国内生产总值达到3.5万亿元": the same measure
        if na == nb or a.kind != "level" or a.unit[-1:] in CLASSIFIER_UNITS:
            return False
        core_a, core_b = _measure_core(na), _measure_core(nb)
        return core_a == core_b and len(core_a) >= 4
    # GDP has three names: "全省体育产业增加值占GDP2%以上" / "…,增加值占全省地区生产总值2%以上"
    na, nb = (rx.sub(r"(?:全省|全市|全县|全区)?(?:地区|国内)?生产总值", "GDP", n) for n in (na, nb))
    if len(na) < 4 or len(nb) < 4:
        return False
    return na in nb or nb in na or SequenceMatcher(None, na, nb).ratio() >= 0.75


def _without_leading_place(name: str) -> str:
    """A name less the place it opens with: "广西地区生产总值超100亿元的县域" → "地区生产总值超100亿元的县域",
    "河北省全省接待国内外游客" → "接待国内外游客"."""
    from etl.divisions import bare_mention_spans

    spans = [span for span in bare_mention_spans(name) if span[0] == 0]
    rest = name[max(end for _, end, _ in spans) :] if spans else name
    # and the scope word after it: "河北省全省接待国内外游客" → "接待国内外游客"
    return rx.sub(r"^(?:全省|全市|全县|全区|全州|全盟)", "", rest) if spans else rest


def _one_ends_the_other(na: str, nb: str) -> bool:
    """Without their verbs, one name is the end of the other: "增加学位" / "新增普通高中学位" (学位),
    "汽车充电设施" / "新建新能源汽车充电设施"; "新增规模以上企业" / "培育专精特新企业" are two things."""
    if "其中" in na + nb or "地区" in na + nb:
        return False  # "其中农村地区新建5G基站3000个" is a part of "新建5G基站", not its repeat
    verbs = r"^(?:新增|增加|新建|建成|建设|完成|实施|改造|培育|打造)"
    a, b = rx.sub(verbs, "", na), rx.sub(verbs, "", nb)
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long.endswith(short)


TIME_WORDS_RE = re.compile(r"(?:20\d\d年?|明年|后年|今年|来年|年内)")


def is_headline_restatement(na: str, nb: str) -> bool:
    """A page's headline says a body target again with its place and time in front: "北京明年新增中小学
    学位" / "新增中小学学位", "内蒙古2024将改造城镇老旧管网" / "内蒙古将改造城镇老旧管网" — the same indicator
    words once the time words and a leading place name are set aside. "其中农村地区新建5G基站" is a
    part of "新建5G基站", not its headline; two names that share only a value stay apart."""
    from etl.divisions import bare_mentions

    if "其中" in na + nb:
        return False
    ta, tb = TIME_WORDS_RE.sub("", na), TIME_WORDS_RE.sub("", nb)
    if (ta, tb) == (na, nb):
        return False  # a headline names its time ("明年", "2024"); body names that differ otherwise stay apart
    if ta == tb:
        return len(ta) >= 5
    longer, shorter = (ta, tb) if len(ta) > len(tb) else (tb, ta)
    if len(shorter) < 5 or not longer.endswith(shorter):
        return False
    prefix = longer[: -len(shorter)]
    return bool(bare_mentions(prefix)) and len(prefix) <= 6


SCOPE_RE = re.compile(r"^(?:提出|明确|到|至|20\d\d年|年底|年末|年|前|，|,)*(?:地区|国内|全市|全省|全县|全区|全域|本市|本省|市域|县域|区域)?")


def _measure_core(name: str) -> str:
    """The measure without the scope a restatement words differently: "提出到2025年地区生产总值",
    "国内生产总值", a headline's "广州市发布该市“十四五”规划纲要2025年地区生产总值" → "生产总值"; "年粮食播种面积" →
    "粮食播种面积";
    "纺织服装产业营业收入" keeps its industry."""
    return SCOPE_RE.sub("", rx.sub(r"^.*20\d\d年", "", name))


def _comparable(text: str) -> str:
    """White space, quotes and brackets dropped: two copies of one target compare equal."""
    return rx.sub(r"[“”\"（）()]", "", drop_spaces(text))
