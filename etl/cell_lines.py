"""A table printed one cell per line (a web page's table copied as text) → tab-separated rows.

An assessment table 「项 目 / 分值 / 目标任务 / 监考单位」 often reaches us with every cell on a line of
its own, and merged cells simply missing:

    宏观调控                 ← a merged category cell: a name followed by another name
    全社会固定资产投资额      ← the row's name
    3                       ← 分值, a score (the header puts it before the target)
    186                     ← 目标任务, the target
    区发改委区统计局          ← 监考单位 (missing when merged with the row above)

The header is recognised by its cells (a target column and a name column among three to six short
lines); the rows are read by content in the header's column order, so a missing cell leaves its
column empty instead of shifting the next row in: "全社会固定资产投资额\\t3\\t186\\t区发改委区统计局".
:func:`etl.structure.parse_structure` then reads the tab rows as it reads any responsibility list.
"""

from __future__ import annotations

import itertools
import re

from etl import rx
from etl.indicator_table import ATTRIBUTES, NAME_UNIT_RE, without_row_number

HEADER_CELL_RE = re.compile(r"^[\u4e00-\u9fff ]{1,8}$")
NAME_COLUMN_RE = re.compile(r"^(项目|指标|指标名称|考核指标|考核项目|目标名称|工作任务|任务)$")
TARGET_COLUMN_RE = re.compile(r"目标任务|目标值|任务值|指标值|年度目标|^目标$|^\d{4}年目标")
SCORE_COLUMN_RE = re.compile(r"^(分值|权重|分数|评分|满分)$")
LEAD_COLUMN_RE = re.compile(r"单位$|部门$")
UNIT_COLUMN_RE = re.compile(r"^(计量)?单位$")
DEPARTMENT_RE = re.compile(r"(局|委|办|院|中心|政府|部|管委会|办公室|公司|队|站|所|行|会)$")
VALUE_WORDS_RE = re.compile(r"根据|考核|完成|下达|确保|按|比较|不低于|低于|高于|以上|以内|左右|不超过|持平")
BARE_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")


def is_bare_number(cell: str) -> bool:
    """A cell that is a number and nothing else: "123", "0.58" (not "≥80", "5.5%")."""
    return bool(BARE_NUMBER_RE.match(cell.strip()))


def header_roles(cells: list[str]) -> dict[str, int] | None:
    """"项 目 / 分值 / 目标任务 / 监考单位" → {"name": 0, "score": 1, "target": 2, "lead": 3}; None
    when the cells are not a table header with a name and a target column."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(c.replace(" ", "") for c in cells):
        if SCORE_COLUMN_RE.match(cell):
            roles.setdefault("score", i)
        elif TARGET_COLUMN_RE.search(cell):
            roles.setdefault("target", i)
        elif UNIT_COLUMN_RE.match(cell):
            roles.setdefault("unit", i)
        elif NAME_COLUMN_RE.match(cell):
            roles.setdefault("name", i)
        elif LEAD_COLUMN_RE.search(cell):
            roles.setdefault("lead", i)
        elif cell not in ("序号", "类别", "备注", "属性"):
            return None
    return roles if "name" in roles and "target" in roles else None


def _is_department(cell: str) -> bool:
    return len(cell) <= 40 and not rx.search(r"\d", cell) and bool(DEPARTMENT_RE.search(cell))


def _is_target_cell(cell: str) -> bool:
    return bool(rx.search(r"\d", cell)) or bool(VALUE_WORDS_RE.search(cell))


def _is_cell(line: str) -> bool:
    return 0 < len(line) <= 40 and not any(p in line for p in "。；;！？")


def _cell_run(lines: list[str], j: int) -> tuple[list[str], int]:
    """The cells from line ``j`` on (blank lines skipped) up to the first line that is not one — a
    sentence, a long line or a tab row — and the index where the run stops."""
    body: list[str] = []
    while j < len(lines) and (not lines[j].strip() or (_is_cell(lines[j].strip()) and "\t" not in lines[j])):
        if lines[j].strip():
            body.append(lines[j].strip())
        j += 1
    return body, j


def _read_rows(cells: list[str], roles: dict[str, int], width: int) -> list[str]:
    """The body's cells → tab rows (and a category cell → a line of its own)."""
    out: list[str] = []
    row: dict[str, str] = {}

    def flush() -> None:
        if not row:
            return
        if set(row) == {"name"}:
            out.append(row["name"])  # a merged category cell ("宏观调控"): a title, not a row
        else:
            line = [""] * width
            for role, text in row.items():
                line[roles[role]] = text
            out.append("\t".join(line))
        row.clear()

    score_first = "score" in roles and roles["score"] < roles["target"]
    for cell in cells:
        if not row:
            row["name"] = cell
            continue
        if score_first and "score" not in row and "target" not in row and BARE_NUMBER_RE.match(cell):
            row["score"] = cell
        elif "unit" in roles and "unit" not in row and "target" not in row and len(cell) <= 6 and not rx.search(r"\d", cell) \
                and not _is_department(cell) and not VALUE_WORDS_RE.search(cell):
            row["unit"] = cell
        elif "target" not in row and _is_target_cell(cell) and not _is_department(cell):
            row["target"] = cell
        elif "score" in roles and "score" not in row and BARE_NUMBER_RE.match(cell):
            row["score"] = cell
        elif "lead" in roles and "lead" not in row and _is_department(cell):
            row["lead"] = cell
        else:
            flush()
            row["name"] = cell
    flush()
    return out


def cell_lines_to_rows(lines: list[str]) -> list[str]:
    """Rebuild every one-cell-per-line table of ``lines`` as tab rows; other lines are kept as
    they are. A table ends at the first line that is not a cell (a sentence, a long line)."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        plain, after = plain_indicator_table_rows(lines, i)
        if not plain:
            plain, after = single_spaced_table_rows(lines, i)
        if plain:
            out.extend(plain)
            i = after
            continue
        numbered = _numbered_table_at(lines, i) or _area_table_at(lines, i)
        if numbered:
            rows, i = numbered
            out.extend(rows)
            continue
        header = _header_at(lines, i)
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        width, roles, j = header
        out.append("\t".join(c for c in (l.strip() for l in lines[i:j]) if c))
        body, j = _cell_run(lines, j)
        out.extend(_read_rows(body, roles, width))
        i = j
    return out


def _header_like_run(lines: list[str], i: int, most: int) -> list[tuple[str, int]]:
    """Up to ``most`` short header-like lines from ``i`` on (blank lines skipped), each with the index
    after it; the run stops at the first line that is not one."""
    run: list[tuple[str, int]] = []
    j = i
    while j < len(lines) and len(run) < most:
        text = lines[j].strip()
        j += 1
        if not text:
            continue
        if not HEADER_CELL_RE.match(text) or "\t" in lines[j - 1]:
            break
        run.append((text, j))
    return run


def _header_at(lines: list[str], i: int) -> tuple[int, dict[str, int], int] | None:
    """The widest run of 3–6 header-like lines starting at ``i`` (blank lines between them
    skipped) that reads as a table header: its width, column roles and the index after it."""
    if not lines[i].strip():
        return None
    run = _header_like_run(lines, i, 6)
    cells, ends = [c for c, _ in run], [j for _, j in run]
    for width in range(len(cells), 2, -1):
        roles = header_roles(cells[:width])
        if roles:
            return width, roles, ends[width - 1]
    return None


PIPE_CELL_RE = re.compile(r"^(.*?)\s*\|\s*$")
ROW_NUMBER_RE = re.compile(r"^\d{1,3}$")


def pipe_cell_lines_to_rows(lines: list[str]) -> list[str]:
    """A table copied with every cell on its own line ending in 「|」, rows opened by their 序号:

        序号 | / 指标名称 | / 单位 | / 2023年 | / 2025年 | / 2027年 | / 牵头单位 |
        1 | / 人均预期寿命 | / 岁 | / 78.09 | / ≥79.2 | / ≥80 | / 市卫健局 |

    → "序号\\t指标名称\\t单位\\t2023年\\t2025年\\t2027年\\t牵头单位", "1\\t人均预期寿命\\t岁\\t78.09\\t≥79.2\\t≥80\\t市卫健局"
    (沅江市's and 绥宁县's 人均预期寿命 target lists, 2025). The header runs from 「序号」 to the line 「1 |」;
    a row from its number to the next number; other lines are kept as they are."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        head = PIPE_CELL_RE.match(lines[i].strip())
        first = rx.sub(r"\s+", "", head.group(1)) if head else ""
        if first in ("类别", *INDICATOR_HEADS):
            rows, j = _unit_column_cell_rows(lines, i)
            if rows:
                out.extend(rows)
                i = j
                continue
        if first in INDICATOR_HEADS:
            rows, j = _indicator_cell_rows(lines, i)
            if rows:
                out.extend(rows)
                i = j
                continue
        if not (head and head.group(1) == "序号"):
            out.append(lines[i])
            i += 1
            continue
        cells: list[str] = []
        j = i
        while j < n and (m := PIPE_CELL_RE.match(lines[j].strip())):
            cells.append(m.group(1).strip())
            j += 1
        if "1" not in cells[1:] or j - i < 6:
            out.append(lines[i])
            i += 1
            continue
        first_row = cells.index("1", 1)
        rows: list[list[str]] = []
        expected = 1
        for cell in cells[first_row:]:
            if ROW_NUMBER_RE.match(cell) and int(cell) == expected:
                rows.append([cell])
                expected += 1
            elif rows:
                rows[-1].append(cell)
        width = max((len(r) for r in rows), default=0)
        out.append("\t".join(flatten_header(cells[:first_row], width)))
        out.extend("\t".join(r) for r in rows)
        i = j
    return out


def flatten_header(cells: list[str], width: int) -> list[str]:
    """A header of two levels printed a cell per line, flattened to the rows' width: a group cell over
    its year columns goes, empty cells and stray bars go — 「序号 | 指 标 | 单位 | 属性 | “十四五”目标 | | 2025年 |
    年均[累计] | |||」 (上海's 十四五 indicator table) → 序号, 指 标, 单位, 属性, 2025年, 年均[累计]. A header as wide
    as its rows is kept as it is."""
    if len(cells) <= width:
        return cells
    kept = [c for c in cells if c.strip().strip("|")]
    while len(kept) > width:
        group = next((k for k, c in enumerate(kept[:-2]) if rx.search(r"目标$|^“?十[一二三四五]五”?$", c)
                      and rx.search(r"\d{4}年|年均|累计", kept[k + 1])), None)
        if group is None:
            break
        del kept[group]
    return kept


INDICATOR_HEADS = ("指标", "指标名称", "主要指标")
# a value cell of an indicator table: "1600", "1.3%", "【10.3】" (a cumulative change), "≥80", "—", 约束性
VALUE_CELL_RE = re.compile(r"^(?:[【\[(（]?\s*[≥≤<>]?\s*-?\d+(?:\.\d+)?\s*%?\s*[】\])）]?|[—\-–]+|预期性|约束性)$")


def _pipe_cells(lines: list[str], start: int) -> tuple[list[str], int]:
    """The cells of the run of 「… |」 lines from ``start`` (their spaces folded), and the index after the run."""
    cells: list[str] = []
    j = start
    while j < len(lines) and (m := PIPE_CELL_RE.match(lines[j].strip())):
        cells.append(rx.sub(r"\s+", " ", m.group(1).strip()))
        j += 1
    return cells, j


def _indicator_cell_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """An indicator table printed a cell per line with no row numbers, its header opened by 「指标」:

        指 标 | / 2020年 | / 2025年 | / 年均增长 | / 粮食综合生产能力(亿斤) | / 1500 | / 1600 | / 1.3% | / …

    → "指标\t2020年\t2025年\t年均增长", "粮食综合生产能力(亿斤)\t1500\t1600\t1.3%", … The header runs up to
    the first name followed by a value; each row is a name and as many values as the header has columns
    after its first; reading stops at the first group that is not one. Returns ([], start) when the
    lines are not such a table."""
    cells, j = _pipe_cells(lines, start)
    width = next((k for k in range(2, min(len(cells) - 1, 9)) if not VALUE_CELL_RE.match(cells[k]) and VALUE_CELL_RE.match(cells[k + 1])), 0)
    if not width or any(VALUE_CELL_RE.match(c) for c in cells[1:width]):
        return [], start
    rows = ["\t".join(rx.sub(r"\s+", "", c) if k == 0 else c for k, c in enumerate(cells[:width]))]
    k = width
    while k + width <= len(cells) and not VALUE_CELL_RE.match(cells[k]) and all(VALUE_CELL_RE.match(c) for c in cells[k + 1 : k + width]):
        rows.append("\t".join(cells[k : k + width]))
        k += width
    if len(rows) < 3:
        return [], start
    return rows, start + k  # the cells read; any after them stay lines as they are


# the cells of a table with a unit column: a unit ("%", "家", "亿元", "万人次"), a value or "/" (none), a year in the header,
# what stands after the years (the source of the figure, who leads)
UNIT_CELL_RE = re.compile(r"^(?:%|‰|[\u4e00-\u9fff]{1,3}|[A-Za-z][A-Za-z/²³]*)$")
YEAR_HEAD_CELL_RE = re.compile(r"^20\d\d\s*年(?:目标|目标值|基期值)?$")
AFTER_YEARS_CELLS = ("来源", "数据来源", "责任单位", "牵头单位", "属性", "指标属性")


def _value_or_none(cell: str) -> bool:
    return bool(VALUE_CELL_RE.match(cell)) or cell in ("/", "／")


def _unit_column_cell_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """An indicator table printed a cell per line with a unit column, its merged category cells standing (or left
    empty) where a group starts:

        类别 | / 主要指标 | / 单位 | / 2022年 | / 2027年 | / 来源 | / 总体 | / 数字经济增加值占GDP的比重 | / % | / 45.4 | / 50 |
        / 市统计局 | / 数字经济重点企业 | / 家 | / / | / 500 | / 市经济信息委 | / | / …

    → "指标\t单位\t2022年\t2027年\t来源", "数字经济增加值占GDP的比重\t%\t45.4\t50\t市统计局", "数字经济重点企业\t家\t/\t500\t…"
    (重庆's 数字经济 plan, 2023). A row is a name, a unit and a value for each year, then the cells after the years; a
    category or empty cell between rows is passed over. Returns ([], start) when the lines are not such a table."""
    cells, j = _pipe_cells(lines, start)
    if "单位" not in cells[:4]:
        return [], start
    h = cells.index("单位") + 1
    years: list[str] = []
    while h < len(cells) and YEAR_HEAD_CELL_RE.match(cells[h]):
        years.append(cells[h])
        h += 1
    after: list[str] = []
    while h < len(cells) and cells[h] in AFTER_YEARS_CELLS:
        after.append(cells[h])
        h += 1
    if not years:
        return [], start
    width = 2 + len(years) + len(after)
    rows = ["\t".join(["指标", "单位", *years, *after])]
    k = h
    while k + width <= len(cells):
        name, unit, values = cells[k], cells[k + 1], cells[k + 2 : k + 2 + len(years)]
        if name and not _value_or_none(name) and UNIT_CELL_RE.match(unit) and all(_value_or_none(v) for v in values):
            rows.append("\t".join(cells[k : k + width]))
            k += width
        else:
            k += 1  # a category cell, or the empty cell of a merged one
    if len(rows) < 3:
        return [], start
    return rows, j


# a header cell after 「指标」 in a plan's indicator table: its years, its growth column, its attribute
INDICATOR_HEADER_CELL_RE = re.compile(r"^(?:20\d\d\s*年.{0,6}|(?:年均|累计).{0,6}|属性|指标属性|基期值|目标值)$")
# a value cell written with its unit and a bound: "99%", "99%以上", "12.3年以上", "≥80", "—"
PLAIN_VALUE_CELL_RE = re.compile(r"^(?:[≥≤<>]?\s*-?\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,3}?)?\s*(?:以上|以下|以内|左右)?|[—\-–]+)$")
SUB_ROW_RE = re.compile(r"^其中[:：]\s*")


def plain_indicator_table_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """An indicator table printed a cell per line without borders, blank lines between the cells:

        指  标 / 2020年 / 2025年 / 属性 / 一、发展水平 / 1.学前教育毛入园率(%) / 99% / 99%以上 / 约束性 / …

    → "类别\t指标\t2020年\t2025年\t属性", "一、发展水平\t1.学前教育毛入园率(%)\t99%\t99%以上\t约束性" (a county's
    十四五 education plan, 2021). A name followed by another name is a section, the merged 类别 cell; a row whose cell has two
    lines (「1.幼儿教师专科及以上学历比例(%) / 其中:本科及以上学历比例(%)」) lists its values column by column,
    97.74% 49.85% 100% 50%, and becomes two rows, the second named "…：其中本科及以上学历比例(%)".
    Returns ([], start) when the lines are not such a table."""
    if rx.sub(r"\s+", "", lines[start]) not in INDICATOR_HEADS:
        return [], start
    cells: list[tuple[str, int]] = []  # (cell, index after it)
    j = start + 1
    while j < len(lines) and len(cells) < 400:
        text = lines[j].strip()
        j += 1
        if not text:
            continue
        if len(text) > 40 or rx.search(r"[。；;]", text):
            j -= 1
            break
        cells.append((text, j))
    header = [c for c, _ in itertools.takewhile(lambda cell: INDICATOR_HEADER_CELL_RE.match(cell[0]), cells)]
    value_columns = [c for c in header if not rx.match(r"属性|指标属性", c)]
    if len(value_columns) < 1 or len(header) == len(cells):
        return [], start
    has_attribute = len(value_columns) < len(header)
    rows = ["\t".join(["类别", "指标", *header])]
    section = ""
    k, end = len(header), cells[len(header) - 1][1]
    while k < len(cells):
        names: list[str] = []
        while k < len(cells) and not _is_plain_value(cells[k][0]) and cells[k][0] not in ATTRIBUTES:
            names.append(cells[k][0])
            k += 1
        values: list[str] = []
        while k < len(cells) and _is_plain_value(cells[k][0]):
            values.append(cells[k][0])
            k += 1
        attribute = cells[k][0] if has_attribute and k < len(cells) and cells[k][0] in ATTRIBUTES else ""
        k += 1 if attribute else 0
        if not names or not values or len(values) % len(value_columns):
            break  # the table has ended: a line that is neither a name nor a row's values
        width = len(values) // len(value_columns)
        sections, own = names[:-width], names[-width:]
        grouped = bool(SUB_ROW_RE.match(own[0])) and bool(sections)  # 「4.…比例(%) / 其中:小学 / 初中」
        parent = sections.pop() if grouped else own[0]
        section = sections[-1] if sections else section  # a section above the row: "一、发展水平"
        unit = _unit_of(parent)
        for r, name in enumerate(own):
            if grouped or r:
                name = f"{_bare_name(parent)}：其中{SUB_ROW_RE.sub('', name)}"
            name = name if _unit_of(name) or not unit else f"{name}({unit})"
            row_values = [values[c * width + r] for c in range(len(value_columns))]
            rows.append("\t".join([section, name, *row_values, attribute]).rstrip("\t"))
            section = ""  # a merged cell: named once, over the rows below it too
        end = cells[k - 1][1]
    if len(rows) < 4:
        return [], start
    return rows, end


# a header cell of a table printed with single spaces: 「单位 2015年 2020年」 (beside 「指标」)
SPACED_HEADER_CELL_RE = re.compile(r"^(?:(?:计量)?单位|20\d\d年.{0,4}|(?:年均|累计).{0,6}|属性|指标属性)$")
# a group heading between such rows: 「九年义务教育」, 「高中段教育」 (no digits, no sentence)
GROUP_HEADING_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")


def single_spaced_table_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """An indicator table copied from a web page with single spaces between its cells (浙江's 十三五 education plan):

        指 标 / 单位 2015年 2020年 / 学前教育 / 幼儿在园人数 万人 181 222 / 学前三年入园率 % 97 97 / 九年义务教育 /
        在校生 万人 505 535 / … / 其中:研究生 万人 6.35 8

    → "类别\t指标\t单位\t2015年\t2020年", "学前教育\t幼儿在园人数\t万人\t181\t222", …, "九年义务教育\t九年义务教育在校生\t万人\t505\t535",
    "\t高等教育在校生：其中研究生\t万人\t6.35\t8". Only after a 「指标」 line whose header cells (on its own line or the
    next) are all a unit column, years, 年均/累计 or 属性, one year at least. A row is a name, its unit when the header
    has the column, then one value a value column (and 约束性/预期性 when it has 属性); a short line without digits
    between rows is a group heading, its rows' 类别, and a name of four characters or fewer takes it as a prefix
    (「在校生」 under 「九年义务教育」); 「其中:」 names a part of the row above. The table ends at the first other line
    (blank lines are skipped); lines after its last row stay as they are. Returns ([], start) when the lines are
    not such a table."""
    first = lines[start].split()
    if "".join(first[:2]) == "指标" and len(first) > 2:
        head, after = first[2:], start + 1  # 「指 标 单位 2015年 2020年」
    elif rx.sub(r"\s+", "", lines[start]) in INDICATOR_HEADS:
        nxt = next((k for k in range(start + 1, min(start + 3, len(lines))) if lines[k].strip()), None)
        if nxt is None:
            return [], start
        head, after = lines[nxt].split(), nxt + 1
    else:
        return [], start
    if not head or not all(SPACED_HEADER_CELL_RE.match(c) for c in head) or not any(rx.match(r"20\d\d", c) for c in head):
        return [], start
    has_unit = bool(rx.match(r"(?:计量)?单位$", head[0]))
    value_columns = [c for c in head if not rx.match(r"(?:计量)?单位$|属性|指标属性", c)]
    has_attribute = len(value_columns) + has_unit < len(head)
    rows = ["\t".join(["类别", "指标", *(["单位"] if has_unit else []), *value_columns, *(["属性"] if has_attribute else [])])]
    section, group, previous, end = "", "", "", start
    for j in range(after, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        cells = text.split()
        attribute = cells.pop() if has_attribute and len(cells) > 1 and cells[-1] in ATTRIBUTES else ""
        values = cells[len(cells) - len(value_columns):] if len(cells) > len(value_columns) else []
        unit = cells[-len(value_columns) - 1] if has_unit and len(cells) > len(value_columns) + 1 else ""
        name = "".join(cells[: len(cells) - len(value_columns) - has_unit])
        if values and all(_is_plain_value(v) for v in values) and name and rx.search(r"[\u4e00-\u9fff]", name) \
                and (not has_unit or unit and not rx.search(r"\d", unit) and len(unit) <= 6):
            if SUB_ROW_RE.match(name) and previous:
                name = f"{previous}：其中{SUB_ROW_RE.sub('', name)}"  # a part of the row above, which stays "previous"
            else:
                name = group + name if group and len(name) <= 4 and group not in name else name
                previous = name
            rows.append("\t".join([section, name, *([unit] if has_unit else []), *values, *([attribute] if has_attribute else [])]).rstrip("\t"))
            section, end = "", j + 1  # a merged cell: named once, over the rows below it too
        elif GROUP_HEADING_RE.match(text):
            section = group = text
        else:
            break
    if len(rows) < 3:
        return [], start
    return rows, end


def _bare_name(name: str) -> str:
    """"1.幼儿教师专科及以上学历比例(%)" → "幼儿教师专科及以上学历比例": no row number, no unit."""
    m = NAME_UNIT_RE.match(name)
    return without_row_number(m.group("name") if m else name)


def _is_plain_value(cell: str) -> bool:
    return bool(PLAIN_VALUE_CELL_RE.match(cell))


def _unit_of(name: str) -> str:
    """"…学历比例(%)" → "%"; "其中:小学" → ""."""
    m = NAME_UNIT_RE.match(name)
    return m.group("unit") if m else ""


NUMBERED_HEADER = "序号\t考核指标\t单位\t年度目标\t责任部门"


def _is_unit_cell(cell: str) -> bool:
    """"万亩", "%", "万元/人", "-" (no unit): a table's unit column."""
    from etl.quantities import BASE_UNITS

    if cell in ("%", "-", "—", "／", "/"):
        return True
    if rx.fullmatch(r"(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,2}\d?)/[\u4e00-\u9fff]{1,3}", cell):
        return True  # 万元/人, 升/人日, m3/万元
    return rx.sub(r"^(十万|百万|千万|万|亿|千|百)", "", cell) in BASE_UNITS and len(cell) <= 4


def _numbered_table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A task or assessment list printed a cell per line, its header naming 序号, 单位 and a target column
    (「考核项目 / 序号 / 考核指标 / 考核内容 / 单位 / 年度目标 / 责任部门 / 评分部门」, 嵊泗县's 2021 乡村振兴任务清单), its
    rows opened by their numbers and merged cells simply missing:

        农业高质高效 / 1 / 确保粮食和重要农产品有效供给 / 农林牧渔业增加值增幅 / % / ≥2% / 县海洋与渔业局 / …

    → "序号\t考核指标\t单位\t年度目标\t责任部门", "1\t农林牧渔业增加值增幅\t%\t≥2%\t县海洋与渔业局、…": in each
    row the unit cell is found by its content, the name stands before it and the target after it; the
    departments follow. A category cell (「农业高质高效」) before a number becomes a line of its own."""
    cells = [(c.replace(" ", ""), j) for c, j in _header_like_run(lines, i, 10)]
    names = [c for c, _ in cells]
    if "序号" not in names or not any(UNIT_COLUMN_RE.match(c) for c in names) or not any(TARGET_COLUMN_RE.search(c) for c in names):
        return None
    end = next(k for (c, k) in cells if TARGET_COLUMN_RE.search(c))
    end = max([k for (c, k) in cells if LEAD_COLUMN_RE.search(c)] + [end])
    body, j = _cell_run(lines, end)
    rows = [NUMBERED_HEADER]
    expected, chunk, pending = 1, [], []
    for k, cell in enumerate(body + [""]):  # the empty cell after the body closes the last row
        last = k == len(body)
        opens_row = ROW_NUMBER_RE.match(cell) and int(cell) == expected and (chunk or cell == "1") and (
            k + 1 < len(body) and not VALUE_CELL_RE.match(body[k + 1]) and not _is_department(body[k + 1]))  # a target 「3」 is no row 3
        if last or opens_row:
            if chunk:
                row, tail = _numbered_row(chunk)
                if row is None:
                    return None
                rows.append(row)
                pending = tail
            rows.extend(pending)
            pending, chunk = [], [cell]
            expected += 1
        elif chunk:
            chunk.append(cell)
        else:
            rows.append(cell)  # a category cell before the first row
    if len(rows) < 4:
        return None
    return rows, j


def _numbered_row(chunk: list[str]) -> tuple[str | None, list[str]]:
    """One numbered row's cells → the tab row and any category cells left after its departments."""
    number, cells = chunk[0], chunk[1:]
    if not cells:
        return None, []
    unit_at = next((k for k, c in enumerate(cells) if k > 0 and _is_unit_cell(c)), None)
    if unit_at is not None and unit_at + 1 < len(cells):
        name, unit, target = cells[unit_at - 1], cells[unit_at], cells[unit_at + 1]
        rest = cells[unit_at + 2 :]
    else:  # no unit cell: "10 / 建设美丽牧场 / 0 / 县农业农村局"
        at = next((k for k, c in enumerate(cells) if k > 0 and _is_target_cell(c)), None)
        if at is None:
            return None, []
        name, unit, target = cells[at - 1], "", cells[at]
        rest = cells[at + 1 :]
    leads = [c for c in rest if _is_department(c)]
    tail = [c for c in rest if not _is_department(c)]
    lead = leads[0] if leads else ""
    return "\t".join([number, name, "" if unit in ("-", "—") else unit, target, lead]), tail


AREA_CELL_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:县|市|区|旗|镇|乡|街道)$")


def _area_table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A target table by area printed a cell per line, its header 「地区 / 单位」 and the areas, then for each
    indicator its name, its unit and one value per area (南通市's 2011 节水型社会建设目标任务分解表):

        地区 / 单位 / 海安县 / 如皋市 / … / 开发区 / 一、综合考核指标 / 单位地区生产总值用水量 / m3/万元 / 123 / 123 / …

    → NUMBERED_HEADER rows: one row per indicator when every area has the same value ("1\t单位地区生产总值
    用水量\tm3/万元\t123\t"), else one per area named in brackets ("…用水量（海安县）"); a heading cell
    (「一、综合考核指标」) stays a line. A missing unit cell (a blank) leaves the unit empty."""
    run = [(c.replace(" ", ""), j) for c, j in _header_like_run(lines, i, 30)]
    if len(run) < 4 or [c for c, _ in run[:2]] != ["地区", "单位"]:
        return None
    areas: list[str] = []
    end = run[1][1]
    for cell, j in run[2:]:
        if not AREA_CELL_RE.match(cell):
            break
        areas.append(cell)
        end = j
    if len(areas) < 2:
        return None
    body, j = _cell_run(lines, end)
    rows, k, number = [NUMBERED_HEADER], 0, 0
    while k < len(body):
        name = body[k]
        unit = body[k + 1] if k + 1 < len(body) and _is_unit_cell(body[k + 1]) else ""
        first = k + 1 + (1 if unit else 0)
        values = body[first : first + len(areas)]
        if len(values) < len(areas) or not all(BARE_NUMBER_RE.match(v) for v in values) or BARE_NUMBER_RE.match(name):
            rows.append(name)  # a heading, or a row cut off where the stored copy ends
            k += 1
            continue
        for area, value in ([("", values[0])] if len(set(values)) == 1 else list(zip(areas, values))):
            number += 1
            rows.append("\t".join([str(number), f"{name}（{area}）" if area else name, unit, value, ""]))
        k = first + len(areas)
    if number < 2:
        return None
    return rows, j
