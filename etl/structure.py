"""Clean lines → clauses: headings, numbered items, table rows, and who answers for each.

The documents of this genre share a small set of shapes, and this module recognises them from
the lines alone, whatever the document type:

- prose under headings 第X篇 / 第X章 / 第X节 / 一、 / （一） / 专栏N (plan outlines);
- numbered items ``7.始终把发展的着力点…〔牵头领导：…；牵头单位：…；责任单位：…〕`` (task divisions);
- responsibility lists, either as tab-separated rows (序号 / 事项 / 牵头部门 / 参与部门 / 完成时限) or
  flattened to one cell per line (an item number alone on a line, its text, then its departments
  and deadline);
- indicator tables (类别 / 指标 / 2020年 / 2025年 / 年均 / 属性), handled by :mod:`etl.indicator_table`.

The top-level heading an item sits under is its *sector*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl import rx
from etl.cell_lines import is_bare_number
from etl.clean import WEB_DATE_LINE_RE, drop_spaces
from etl.indicator_table import NAME_UNIT_RE
from etl.model import Clause, Responsibility

CN_DIGITS = "零〇一二三四五六七八九十百两"

# Heading levels, outermost first. A document's sector is its outermost level present.
HEADING_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("pian", re.compile(rf"^第[{CN_DIGITS}\d]+篇\s*\S")),
    ("zhang", re.compile(rf"^第[{CN_DIGITS}\d]+章\s*\S")),
    ("jie", re.compile(rf"^第[{CN_DIGITS}\d]+节\s*\S")),
    ("cn", re.compile(rf"^[{CN_DIGITS}]+、\s*\S")),
    ("paren", re.compile(rf"^[（(][{CN_DIGITS}]+[）)]\s*\S")),
]
# "bare": a section title without a numeral, above every numbered level (000's flattened list)
LEVELS = ["bare"] + [name for name, _ in HEADING_PATTERNS]

BOX_RE = re.compile(r"^专栏\s*(\d+)\s*[：:]?\s*(.*)$")
ANNEX_RE = re.compile(r"^附件\s*\d*\s*[：:]?")
ITEM_RE = re.compile(r"^(\d{1,3})\s*[.．、]\s*(\S.*)$")
SUBITEM_RE = re.compile(r"^[（(](\d{1,2})[）)]\s*(\S.*)$")
BARE_NUMBER_RE = re.compile(r"^(\d{1,3}(?:-\d{1,2})?)$")
DEADLINE_RE = re.compile(
    r"(\d{4}\s*年|年底|年末|月底|持续\s*推进|长期|每年|常态化|按年度|季度|逐年|\d+\s*月)"
)
RESPONSIBILITY_RE = re.compile(r"[〔\[【（(]\s*(牵头领导|牵头单位|牵头部门|责任单位|责任部门)\s*[：:].*?[〕\]】）)]\s*$")
# a task that follows its responsible unit on the same line: "责任单位:莲塘镇任务目标:…"
TASK_AFTER_RESPONSIBILITY_RE = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:任务目标|目标任务|工作目标|建设内容|实施内容)\s*[：:]")
BARE_RESPONSIBILITY_RE = re.compile(r"^(牵头领导|牵头单位|牵头部门|责任单位|责任部门)\s*[：:]")
RESPONSIBILITY_KEYS = {
    "牵头领导": "lead_officials",
    "牵头单位": "lead_departments",
    "牵头部门": "lead_departments",
    "责任单位": "participating_departments",
    "责任部门": "participating_departments",
    "配合单位": "participating_departments",
    "配合部门": "participating_departments",
    "协办单位": "participating_departments",
    "参与单位": "participating_departments",
    "参与部门": "participating_departments",
}
REVIEW_HEADINGS = ("发展基础", "发展成就", "工作回顾", "取得成效", "十三五时期", "“十三五”时期", "发展现状", "现状分析",
                   "主要成效", "工作成效", "主要成就", "取得的成绩", "过去一年", "过去五年", "基础条件", "发展回顾")
SENTENCE_END = "。；！？"
HTML_TAG_RE = re.compile(r"</?[a-zA-Z][^>]{0,20}>")
RESPONSIBILITY_KEY_RE = re.compile("(" + "|".join(RESPONSIBILITY_KEYS) + r")\s*[：:]")


MIXED_HEADING_RE = re.compile(r"目标|任务|展望|主要考虑|十五五")
LOOKING_BACK_RE = re.compile(r"\s*(?:过去|这|近)?(?:五|三|一)年(?:来|间)?[，,]|\s*(?:过去|回顾|“?十四五”?(?:时期|期间|以来))")


AHEAD_SENTENCE_RE = re.compile(r"(?<=[。；])\s*(?=[^。；]{0,20}(?:《纲要|纲要（草案）|“?十五五”?(?:时期|期间)|第十五个五年规划|今后五年|未来五年|到2030年|主要目标))")


def _turn_to_the_plan(paragraph: str) -> int:
    """Where a paragraph that opens looking back turns to the plan ahead, or 0: the start of its first
    sentence that names the new plan, its years or its aims."""
    if not LOOKING_BACK_RE.match(paragraph):
        return 0
    m = AHEAD_SENTENCE_RE.search(paragraph)
    return m.end() if m else 0


def _looks_ahead_too(heading: str, paragraph: str) -> bool:
    """A heading that names the past and the plan ahead — "二、“十四五”时期发展成就和“十五五”时期主要
    目标任务" — makes no paragraph under it review by itself: the one that opens "过去五年，…" looks
    back, the one that sets "地区生产总值年均增长5%左右" looks ahead."""
    return bool(MIXED_HEADING_RE.search(heading)) and not LOOKING_BACK_RE.match(paragraph)


def heading_level(line: str) -> str | None:
    """The heading level of ``line`` ("pian", "zhang", …) or None for a non-heading.

    A heading is short and carries no full stop before its end: "第二十一章 推动农业高质量发展" and
    "（一）加快重大创新平台建设" are headings; "一、提高政治站位,强化责任担当。2022 年是…" is a
    heading followed by text (see :func:`split_heading`).
    """
    for name, pattern in HEADING_PATTERNS:
        if pattern.match(line):
            return name
    return None


def split_heading(line: str) -> tuple[str, str]:
    """Split "一、主要预期目标" → ("一、主要预期目标", "") and a run-in heading
    "一、提高政治站位,强化责任担当。2022 年是…" → ("一、提高政治站位,强化责任担当", "2022 年是…").

    A numbered line that is itself a sentence — an item of a list of deeds, "十、创建100个安全生产
    示范村居;设立…;推广安装5000套…。", "二、完成…治理改造,基本消除45个地质灾害隐患点。", "九、实施森林生态修复
    与保护2000亩、森林抚育6000亩。" — is its own text: its heading is its first phrase, its text the whole item (after the numeral)."""
    ends = SENTENCE_END + ";!?"
    if len(line) <= 40 and not any(p in line[:-1] for p in ends):
        if line.endswith(tuple(ends)) and (rx.search(r"[，,]", line) or _counts_something(line)) and rx.search(r"\d", line):
            return _item_sentence(line)  # "一、对2500户居民供电进行一户一表改造。": one sentence, no comma
        return line.rstrip("。"), ""
    for i, ch in enumerate(line):
        if ch in ends:
            if i <= 40:
                if _counts_something(line[:i]):
                    return _item_sentence(line)  # "十、创建100个安全生产示范村居;设立…"
                return line[:i], line[i + 1 :].strip()
            break
    if len(line) > 40 and rx.search(r"[，,]", line[:40]) and rx.search(r"\d", line):
        return _item_sentence(line)
    return line, ""


def _counts_something(text: str) -> bool:
    """A heading that states a quantity is an item: "一、实施城镇道路畅通工程,新建改造道路10条";
    "二、2025年主要任务" and "（一）到2025年" state only years."""
    return bool(rx.search(r"(?<![\d.])(?!20\d\d\s*年)\d+(?:\.\d+)?\s*(?:万|亿)?(?:[个家项所座处名条台套张辆间户人批场次]|公里|千米|平方米|亩|吨|元|%|％)", text))


def _item_sentence(line: str) -> tuple[str, str]:
    numeral = rx.match(rf"^(?:[{CN_DIGITS}]+、|[（(][{CN_DIGITS}]+[）)])\s*", line)
    body = line[numeral.end() :] if numeral else line
    return line[: (numeral.end() if numeral else 0) + len(rx.split(r"[，,；;。]", body, maxsplit=1)[0])], body.strip()


def split_departments(text: str) -> list[str]:
    """"市工业和信息化局、市发展改革委" → ["市工业和信息化局", "市发展改革委"]; "—" → []."""
    text = text.strip().strip("。")
    if not text or text in {"—", "-", "——", "/", "无"}:
        return []
    parts = _split_outside_brackets(text, "、，,；;")
    return [p.strip() for p in parts if p.strip() and p.strip() not in {"—", "-"}]


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """Split on separators that are not inside brackets: "各县(市、区)人民政府" stays whole."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "(（〔[【":
            depth += 1
        elif ch in ")）〕]】" and depth:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse_responsibility(annotation: str) -> Responsibility:
    """Parse 〔牵头领导：陈秀兴；牵头单位：市发展改革委；责任单位：市政府各部门，各县（市、区）人民政府〕.

    Keys are 牵头领导 (lead officials), 牵头单位/牵头部门 (lead departments) and 责任单位/配合单位
    (participating departments); either full-width or ASCII colons and semicolons.
    """
    body = annotation.strip()
    if body and body[0] in "〔[【（(":
        body = body[1:]
    if body and body[-1] in "〕]】）)":
        body = body[:-1]
    result = Responsibility()
    keys = list(RESPONSIBILITY_KEY_RE.finditer(body))
    for k, nxt in zip(keys, keys[1:] + [None]):
        value = body[k.end() : nxt.start() if nxt else len(body)].strip(" ；;，,")
        attr = RESPONSIBILITY_KEYS[k.group(1)]
        if attr == "lead_officials":
            names = [v.strip() for v in rx.split(r"[、，,]", value) if v.strip()]
        else:
            names = split_departments(value)
        getattr(result, attr).extend(names)
    if not result.lead_departments and result.participating_departments:
        # "〔责任单位：区经济发展局〕" alone: the responsible unit leads
        result.lead_departments, result.participating_departments = result.participating_departments, []
    return result


def strip_responsibility(text: str) -> tuple[str, Responsibility | None]:
    """Take a trailing 〔牵头单位：…〕 annotation off an item's text and parse it."""
    m = RESPONSIBILITY_RE.search(text)
    if not m:
        # an annotation may also sit mid-text when a conversion moved it; take the first one
        m = rx.search(r"[〔【]\s*(牵头领导|牵头单位|牵头部门)\s*[：:][^〕】]*[〕】]", text)
        if not m:
            return text, None
    return (text[: m.start()] + text[m.end() :]).strip(), parse_responsibility(m.group(0))


@dataclass
class _State:
    headings: dict[str, str] = field(default_factory=dict)
    box: str = ""
    annex: str = ""
    table_columns: dict[str, int] | None = None  # roles of a responsibility list's columns
    table_kind: str = ""  # "responsibility" / "indicators" / "areas"
    area_measure: tuple[str, str] = ("", "")  # an area table's measure and unit: ("新种任务", "亩")
    # "牵头单位：…" lines read right after a heading, before its task: they belong to the task below
    pending_responsibility: list[str] = field(default_factory=list)
    after_heading: bool = False


def looks_like_cell(line: str) -> bool:
    """A short line with no sentence punctuation: a department list or a deadline cell of a
    responsibility list flattened to text ("经济发展部、党群工作部", "2025年年底", "持续  推进")."""
    return len(line) <= 60 and not any(p in line for p in "。；！？") and not BARE_NUMBER_RE.match(line)


def is_deadline(cell: str) -> bool:
    """"2025年年底", "持续推进", "2023年6月底" are deadlines; "经济发展部" is not."""
    compact = rx.sub(r"\s+", "", cell)
    return bool(DEADLINE_RE.search(compact)) and len(compact) <= 20 and not compact.endswith(("局", "部", "委", "办", "中心", "政府"))


def table_columns(header_cells: list[str]) -> dict[str, int] | None:
    """Map a responsibility-list header row to column roles, or None if it is not one.

    "序号 / 政策事项 / 牵头部门 / 参与部门 / 完成时限" → {"ref":0, "text":1, "lead":2, "participants":3,
    "deadline":4}.
    """
    roles: dict[str, int] = {}
    for i, cell in enumerate(c.replace(" ", "") for c in header_cells):
        if cell in {"序号", "编号"}:
            roles["ref"] = i
        elif "牵头" in cell or "监考" in cell:
            roles["lead"] = i  # an assessment table's 监考单位 answers for its row
        elif any(k in cell for k in ("参与", "配合", "责任单位", "责任部门", "协同")):
            roles["participants"] = i
        elif "时限" in cell or "完成时间" in cell:
            roles["deadline"] = i
        elif rx.search(r"目标值|指标值|任务值|预期值|年度目标|目标任务$|^目标$|^\d{4}年目标", cell) and "value" not in roles:
            roles["value"] = i  # an assessment list's target column: "序号 / 考核指标 / 单位 / 目标值 / 责任单位"
        elif rx.search(r"^(?:指标|目标|任务|工作)?要求$", cell) and "text" in roles and "requirement" not in roles:
            roles["requirement"] = i  # "序号 / 任务名称 / 指标要求 / 牵头部门": the name's requirement
        elif cell == "单位" or cell == "计量单位":
            roles["unit"] = i
        elif (cell in ("项目", "考核项目") or any(k in cell for k in ("事项", "任务", "内容", "措施", "指标"))) and "text" not in roles:
            roles["text"] = i
    if "lead" not in roles and "participants" in roles:
        roles["lead"] = roles.pop("participants")  # a lone 责任单位 column names who answers
    if "text" in roles and ("lead" in roles or "ref" in roles):
        return roles
    return None


AREA_COLUMN_RE = re.compile(r"^(?:乡镇|乡\(镇\)|乡（镇）|镇街|地区|县区|县\(市、区\)|县（市、区）|区县|各县区)$")


def area_table_measure(header_cells: list[str]) -> tuple[str, str] | None:
    """An area's share of one task, a row per area under 「乡镇 / 新种任务(亩) / 备注」 (融安县's 2023 金桔生产任务
    分解表) → ("新种任务", "亩"): each row "长安镇 | 2150" reads as 长安镇新种任务2150亩."""
    cells = [c.replace(" ", "") for c in header_cells if c.strip()]
    if len(cells) < 2 or not AREA_COLUMN_RE.match(cells[0]):
        return None
    m = NAME_UNIT_RE.match(cells[1])
    return (m.group("name"), m.group("unit")) if m and len(m.group("unit")) <= 6 else None


def is_indicator_table_header(cells: list[str]) -> bool:
    """"类别 / 指标 / 2020年 / 2025年 / 年均/[累计] / 属性": an indicator table's header."""
    joined = "".join(cells)
    years = len(rx.findall(r"20\d\d", joined))
    return "指标" in joined and years >= 1 and ("属性" in joined or "年均" in joined or "单位" in joined or years >= 2)


def parse_structure(lines: list[str]) -> tuple[list[Clause], list[list[str]]]:
    """Walk the clean lines of one document and return its clauses, plus the raw rows of any
    indicator table (for :mod:`etl.indicator_table`)."""
    state = _State()
    clauses: list[Clause] = []
    indicator_rows: list[list[str]] = []
    top_level = _outermost_level(lines)
    i = 0
    n = len(lines)

    def context() -> tuple[str, list[str]]:
        hs = [state.headings[lv] for lv in LEVELS if lv in state.headings]
        if state.annex:
            hs = [state.annex] + hs
        if state.box:
            hs.append(state.box)
        sector = state.headings.get("bare") or (state.headings.get(top_level, "") if top_level else "")
        if not sector and state.annex:
            sector = state.annex
        return sector, hs

    def add(ref: str, text: str, resp: Responsibility | None = None, table_row: bool = False, line_no: int = 0,
            raw: str = ""):
        text = HTML_TAG_RE.sub("", text).strip()
        if not text:
            return
        text, inline = strip_responsibility(text)
        if state.pending_responsibility and not (inline or resp):
            resp = parse_responsibility("；".join(state.pending_responsibility))
        state.pending_responsibility, state.after_heading = [], False
        sector, hs = context()
        turn = _turn_to_the_plan(text) if any(MIXED_HEADING_RE.search(h) for h in hs) else 0
        if turn:
            # "过去五年，…突破3万亿元。《纲要》…提出地区生产总值年均增长5%左右": one paragraph looks back,
            # then ahead; the part before the turn is review, the rest is read
            clauses.append(Clause(ref=ref or _prose_ref(state), text=text[:turn], sector=sector, headings=hs,
                                  responsibility=inline or resp or Responsibility(), is_review=True, line_no=line_no))
            text = text[turn:]
        review = any(any(k in h for k in REVIEW_HEADINGS) and not _looks_ahead_too(h, text) for h in hs)
        clauses.append(
            Clause(
                ref=ref or _prose_ref(state),
                text=text,
                sector=sector,
                headings=hs,
                responsibility=inline or resp or Responsibility(),
                is_review=review,
                is_table_row=table_row,
                line_no=line_no,
                row_text=raw,
            )
        )

    while i < n:
        line = lines[i].strip(" \r\n\u3000")  # a row keeps its empty cells: "\t推动…\t\t\t"
        if "\t" not in line:
            line = line.strip()
        i += 1
        if not line:
            continue
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if state.table_kind != "indicators" and share_breakdown(cells):
                # a total broken down by places: one clause, the row as written (etl.extract.share_table_targets reads it)
                row = " | ".join(c for c in cells if c)
                add("", row, Responsibility(), table_row=True, line_no=i, raw=row)
                continue
            if is_indicator_table_header(cells):
                state.table_kind = "indicators"
                indicator_rows.append(cells)
                continue
            cols = table_columns(cells)
            if cols:
                state.table_kind, state.table_columns = "responsibility", cols
                continue
            measure = area_table_measure(cells)
            if measure:
                state.table_kind, state.area_measure = "areas", measure
                continue
            if state.table_kind == "areas" and len(cells) >= 2 and is_bare_number(cells[1]):
                area, (name, unit) = cells[0], state.area_measure
                add("", f"{area}{name}{cells[1]}{unit}", Responsibility(), table_row=True, line_no=i,
                    raw=" | ".join(c for c in cells if c))
                continue
            if state.table_kind == "indicators":
                indicator_rows.append(cells)
                continue
            if state.table_kind == "responsibility":
                _add_table_row(cells, state.table_columns, add, state, i, clauses)
                continue
            line = " ".join(c for c in cells if c)
        else:
            state.table_kind = "" if state.table_kind == "indicators" else state.table_kind

        if ANNEX_RE.match(line) or (line.startswith(("附件", "附表")) and len(line) < 80):
            continue
        if "责任清单" in line and len(line) < 120 and not any(p in line for p in "。；"):
            state.annex = line
            state.headings = {}
            state.box = ""
            continue
        task_after = TASK_AFTER_RESPONSIBILITY_RE.search(line) if BARE_RESPONSIBILITY_RE.match(line) else None
        if task_after:
            # "责任单位:莲塘镇任务目标:2024年计划改造完成…": the task runs on in the same line, after the
            # heading's 牵头领导 / 牵头单位 lines
            annotation = "；".join(state.pending_responsibility + [line[: task_after.start()]])
            state.pending_responsibility, state.after_heading = [], False
            add("", line[task_after.start() :], parse_responsibility(annotation), line_no=i)
            continue
        if BARE_RESPONSIBILITY_RE.match(line) and state.after_heading and len(line) < 200:
            state.pending_responsibility.append(line)  # "二、…项目" / "牵头领导:涂超" / "牵头单位:…" / the task
            continue
        if BARE_RESPONSIBILITY_RE.match(line) and clauses and len(line) < 200:
            # "牵头单位：市发展改革委" on its own line after the item it belongs to
            if not clauses[-1].responsibility.lead_departments:
                clauses[-1].responsibility = parse_responsibility(line)
            continue
        box = BOX_RE.match(line)
        if box:
            state.box = line
            continue
        level = heading_level(line)
        if level:
            heading, rest = split_heading(line)
            state.headings[level] = heading
            for deeper in LEVELS[LEVELS.index(level) + 1 :]:
                state.headings.pop(deeper, None)
            state.box = ""
            state.pending_responsibility, state.after_heading = [], True
            if rest:
                add("", rest, line_no=i)
            elif heading_states_a_target(heading) and _no_body_follows(lines, i):
                # "（一）地区生产总值增长7%以上" then "责任单位:区发展和改革局": the heading is the item
                # ("三、新建300个公共充电桩项目" followed by its 任务目标 is a title: the body says it)
                add("", HEADING_MARK_RE.sub("", heading), line_no=i)
            continue
        bare = BARE_NUMBER_RE.match(line)
        if bare and i < n:
            # flattened responsibility list: number, text, then cells up to the next number
            ref = bare.group(1)
            text_parts: list[str] = []
            cells: list[str] = []
            while i < n:
                nxt = lines[i].strip()
                if not nxt:
                    i += 1
                    continue
                if BARE_NUMBER_RE.match(nxt) or heading_level(nxt) or BOX_RE.match(nxt) or "\t" in nxt:
                    break
                if text_parts and looks_like_cell(nxt):
                    cells.append(nxt)
                    i += 1
                    if len(cells) >= 3:
                        break
                    continue
                if cells:
                    # a sentence after the cells starts a new block: a bare heading or prose
                    break
                text_parts.append(nxt)
                i += 1
            add(ref, "".join(text_parts), _cells_to_responsibility(cells), line_no=i)
            continue
        if _is_bare_section_title(line, lines, i) or is_report_part_title(line):
            state.headings = {"bare": line}
            state.box = ""
            state.pending_responsibility, state.after_heading = [], True
            continue
        item = ITEM_RE.match(line)
        # a page's date line "27.03.2015 10:12" (day first) is no item 27
        if item and not rx.match(r"^\d{4}", line) and not WEB_DATE_LINE_RE.match(line):
            add(item.group(1), item.group(2), line_no=i)
            continue
        sub = SUBITEM_RE.match(line)
        if sub and clauses:
            parent = clauses[-1].ref if clauses[-1].ref and clauses[-1].ref[0].isdigit() else ""
            add(f"{parent}({sub.group(1)})" if parent else f"({sub.group(1)})", sub.group(2), line_no=i)
            continue
        add("", line, line_no=i)
    return merge_annex_repeats(clauses), indicator_rows


def _prose_ref(state: _State) -> str:
    """Prose is referred to by its box or its innermost chapter-like heading."""
    if state.box:
        return state.box
    for lv in ("jie", "zhang", "pian", "paren", "cn"):
        if lv in state.headings and lv in ("zhang", "jie"):
            return state.headings[lv]
    for lv in reversed(LEVELS):
        if lv in state.headings:
            return state.headings[lv]
    return ""


def _cells_to_responsibility(cells: list[str]) -> Responsibility:
    """[lead, participants, deadline] cells of a flattened responsibility list."""
    cells = [rx.sub(r"\s+", "", c) for c in cells]
    resp = Responsibility()
    if cells and is_deadline(cells[-1]):
        resp.deadline = cells.pop()
    if cells:
        resp.lead_departments = split_departments(cells[0])
    if len(cells) > 1:
        resp.participating_departments = split_departments(cells[1])
    return resp


# a task table's row that breaks a total down by its places: "城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 柏林沟镇40 …"
SHARE_NAME_CELL_RE = re.compile(r"(?P<name>[\u4e00-\u9fff、]{2,30}?)[(（](?P<unit>[\u4e00-\u9fff%㎡]{1,4})[)）]")
SHARE_RE = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:街道办|街道|镇|乡|社区|村))\s*(\d+(?:\.\d+)?)")


def share_breakdown(cells: list[str]) -> tuple[str, str, str, list[tuple[str, str]]] | None:
    """(measure, unit, total, [(place, share), …]) of a row whose cells hold a measure named with its unit, its total and
    its places' shares, one after another: ["…", "城镇新增就业人数(人)", "1300", "元坝镇280 白果乡15 柏林沟镇40", "刘强", …]
    (昭化's 民生工程 table, round 146) → ("城镇新增就业人数", "人", "1300", [("元坝镇", "280"), …]); None for any other row,
    or one naming fewer than two places."""
    cells = [cell.strip() for cell in cells]
    for k in range(len(cells) - 2):
        named = SHARE_NAME_CELL_RE.fullmatch(cells[k].replace(" ", ""))
        shares = SHARE_RE.findall(cells[k + 2])
        if named and is_bare_number(cells[k + 1]) and len(shares) >= 2 and not SHARE_RE.sub("", cells[k + 2]).strip():
            return named.group("name"), named.group("unit"), cells[k + 1], shares
    return None


def _add_table_row(cells, cols, add, state: _State, line_no: int, clauses: list[Clause]) -> None:
    """One row of a responsibility list. A row without a number is a section title spanning the
    table ("推动高水平科技创新，激发创新驱动新活力") when it is one short cell, and otherwise the rest of
    the row above, cut by a page break in a PDF."""

    def cell(role: str) -> str:
        idx = cols.get(role)
        return cells[idx].strip() if idx is not None and idx < len(cells) else ""

    text = HTML_TAG_RE.sub("", cell("text")).strip()
    nonempty = [c for c in cells if c]
    resp = Responsibility(
        lead_departments=split_departments(cell("lead")),
        participating_departments=split_departments(cell("participants")),
        deadline=rx.sub(r"\s+", "", cell("deadline")),
    )
    if len(nonempty) == 1 and len(nonempty[0]) <= 40 and not any(p in nonempty[0] for p in SENTENCE_END):
        state.headings = {"bare": nonempty[0]}
        return
    if not cell("ref") and "ref" in cols:
        if clauses and clauses[-1].is_table_row:
            _continue_row(clauses[-1], text, resp)
            return
    if not text:
        return
    ref = cell("ref")
    if state.annex and "指标" in state.annex and ref:
        ref = f"指标{ref}"
    requirement = cell("requirement")
    if requirement:
        # "地区生产总值 | 增长5.5%(市下达指标)" → "地区生产总值增长5.5%(市下达指标)"; a requirement that is a
        # sentence of its own follows the name after a colon
        joins = rx.match(r"(?:增长|增速|达到|提高|提升|降低|下降|控制|保持|不低于|不高于|不超过|低于|高于|超过|完成|新增|实现|≥|≤|>|<)", requirement)
        text = text.rstrip("。；;：:") + ("" if joins else "：") + requirement
        add(ref, text, resp, table_row=True, line_no=line_no, raw=" | ".join(nonempty))
        return
    value = cell("value")
    if value and rx.search(r"\d", value):
        # "地区生产总值增速 | % | 6": read as "地区生产总值增速6%", a level unless its name says otherwise;
        # the target keeps the row as written for its source text
        unit = cell("unit")
        m = rx.match(r"^(.*?)(以上|以下|左右|以内|之内)?$", value.strip())
        core, suffix = m.group(1), m.group(2) or ""
        has_unit = rx.search(r"\d\s*[^\d\s.]", core) is not None
        if not has_unit and unit in ("", "—", "-"):
            core, suffix = _bare_value_phrase(core, suffix)
        text = text.rstrip("。；;") + core + ("" if has_unit or unit in ("", "—", "-") else unit) + suffix
        add(ref, text, resp, table_row=True, line_no=line_no, raw=" | ".join(nonempty))
        return
    add(ref, text, resp, table_row=True, line_no=line_no)


def _bare_value_phrase(core: str, suffix: str) -> tuple[str, str]:
    """A target cell with neither unit nor verb reads as what its column means, the value to reach:
    "186" → "为186"; "低于 4.1" → "为4.1以内"; "不低于95" → "为95以上" (为, not 达到: "城镇新增就业人数为5800" stays an amount added)."""
    m = rx.match(r"^\s*(不低于|不少于|高于|超过|≥)?\s*(低于|不超过|不高于|≤)?\s*(\d+(?:\.\d+)?)\s*$", core)
    if not m:
        return core, suffix
    if m.group(1):
        suffix = suffix or "以上"
    elif m.group(2):
        suffix = suffix or "以内"
    return "为" + m.group(3), suffix


def _continue_row(previous: Clause, text: str, resp: Responsibility) -> None:
    """Join the part of a table row that a page break carried onto the next page."""
    previous.text += text
    r = previous.responsibility
    r.lead_departments += [d for d in resp.lead_departments if d not in r.lead_departments]
    r.participating_departments += [d for d in resp.participating_departments if d not in r.participating_departments]
    r.deadline = r.deadline or resp.deadline


def _outermost_level(lines: list[str]) -> str | None:
    """The outermost heading level used in the body (篇 in a plan outline, 一、 in a task list)."""
    present = {heading_level(l.strip()) for l in lines}
    for lv in LEVELS:
        if lv in present:
            return lv
    return None


REPORT_PART_RE = re.compile(r"(回顾|成就|成绩|目标任务|重点任务|主要目标|重点工作|工作安排|主要任务|主要考虑|重要要求|总体要求|"
                            r"20\d\d年(?:的)?工作(?:计划|打算|思路)?|自身建设|^20\d\d\s*年?\s*(?:成绩单|新目标|目标|展望))$")  # a digest's "2016成绩" / "2017目标", "2022成绩单" / "2023新目标"


def is_report_part_title(line: str) -> bool:
    """A work report may title its parts on a line of their own without a numeral: "“十四五”时期工作
    回顾", "“十五五”时期的主要目标任务", "2026年重点工作" (甘肃's 2026 report). Short, no punctuation
    of a sentence, and ending with the name of a part."""
    line = line.strip()
    return 4 <= len(line) <= 32 and not rx.search(r"[。；;，,：:！!？?]", line) and bool(REPORT_PART_RE.search(line))


HEADING_MARK_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．])\s*")


def _no_body_follows(lines: list[str], i: int) -> bool:
    """After a heading come only its responsible units, then the next heading: no body of its own."""
    for nxt in lines[i : i + 6]:
        nxt = nxt.strip()
        if not nxt or (BARE_RESPONSIBILITY_RE.match(nxt) and not TASK_AFTER_RESPONSIBILITY_RE.search(nxt)):
            continue
        return heading_level(nxt) is not None
    return True


def heading_states_a_target(heading: str) -> bool:
    """A task list may state each target as a heading of its own, its lead department on the next
    line: "(一)地区生产总值增长7%以上" (蔡甸区's 2023 分解方案). A heading with a measured amount and a
    verb that sets it; a year or a count of parts ("二、2025年工作安排", "（三）实施“十大工程”") is none."""
    from etl.quantities import find_quantities

    text = HEADING_MARK_RE.sub("", heading)
    if not rx.search(r"(增长|达到|新增|新建|建成|完成|控制在|提高到|下降|降低|不低于|不少于|以上|以内|左右)", text):
        return False
    return any(q.unit and q.unit != "年" and not (q.unit.endswith("个") and rx.match(r"\s*方面", text[q.end:])) for q in find_quantities(text))


def _is_bare_section_title(line: str, lines: list[str], i: int) -> bool:
    """In a flattened responsibility list, sector titles stand alone without a numeral:
    "推动高水平科技创新，建设区域创新中心" followed by "（一）加快重大创新平台建设"."""
    if len(line) > 40 or any(p in line for p in "。；：:") or is_deadline(line):
        return False
    if ITEM_RE.match(line) and not rx.match(r"^\d{4}", line):
        return False  # "3.*打造1条敬老爱老服务公交线路" is the last item of its group, not a title
    for nxt in lines[i : i + 3]:
        nxt = nxt.strip()
        if not nxt:
            continue
        return heading_level(nxt) == "paren"
    return False


def merge_annex_repeats(clauses: list[Clause]) -> list[Clause]:
    """A responsibility-list annex that repeats the prose items (冠县's 责任清单（任务事项）) gives
    each prose item its departments and is then dropped, so a target is counted once.

    A table row repeats a prose item when both have the same number and the same opening words.
    """
    prose = {c.ref: c for c in clauses if not c.is_table_row and c.ref and c.ref[0].isdigit()}
    kept: list[Clause] = []
    for c in clauses:
        if c.is_table_row and c.ref in prose:
            p = prose[c.ref]
            if _same_opening(p.text, c.text):
                if not p.responsibility.lead_departments:
                    p.responsibility = c.responsibility
                continue
        kept.append(c)
    return kept


def _same_opening(a: str, b: str, n: int = 12) -> bool:
    return drop_spaces(a)[:n] == drop_spaces(b)[:n]
