"""The 主要指标 table of a plan outline → targets with baselines and the 约束性/预期性 attribute.

Header: 类别 / 指标 / 2020年 / 2025年 / 年均/[累计] / 属性. Text extraction often drops empty
cells and the merged 类别 cell, so columns are read by content, not by position: the cell with the
indicator's name and unit "(%)" first, then the value cells in column order, the attribute last.

"地区生产总值增速(%)	2.8	—	≥6	预期性" → one target: 地区生产总值增速 ≥ 6 %, per year, baseline 2.8
(2020), 预期性.
"""

from __future__ import annotations

import re

from etl import rx
from etl.model import Target

ATTRIBUTES = ("约束性", "预期性")
# a cumulative change is bracketed: "[10.3]", "【10.3】", "〔10.3〕"
# a cell may write the row's unit again after its number: "12.3年以上" in a row named "…(年)" (one
# character, never a scale: "5万人" is no 5)
CELL_VALUE_RE = re.compile(r"^(预计|约)?\s*(≥|>|≤|<|不少于|不低于|不超过|[\[【〔])?\s*(-?\d+(?:\.\d+)?)\s*"
                           r"(%|(?![万亿千百左以])[\u4e00-\u9fff])?\s*(左右|以上|以内|[\]】〕])?$")
CUMULATIVE_RE = re.compile(r"[\[【〔]")
NAME_UNIT_RE = re.compile(r"^(?P<name>.+?)\s*[（(](?P<unit>[^()（）]+)[)）]\s*$")


def without_row_number(name: str) -> str:
    """A row's own number is no part of its name: "4.劳动年龄人口平均受教育年限" → "劳动年龄人口平均受教育年限"."""
    return rx.sub(r"^\s*\d{1,2}\s*[.．、]\s*", "", name)


def parse_cell_value(cell: str) -> tuple[float, str] | None:
    """"≥6" → (6, ">="); "2左右" → (2, "~"); "不少于4" → (4, ">="); "预计2.3" → (2.3, "=");
    "[累计达到1000]" → (1000, "="); "—" or "完成省分解任务" → None."""
    cell = rx.sub(r"(?<=[\[【〔])\s*累计(?:达到)?", "", cell.strip())  # "[累计达到1000]": a five-year sum
    m = CELL_VALUE_RE.match(cell)
    if not m:
        return None
    prefix, suffix = m.group(2) or "", m.group(5) or ""
    comparator = "="
    if prefix in ("≥", ">", "不少于", "不低于") or suffix == "以上":
        comparator = ">="
    elif prefix in ("≤", "<", "不超过") or suffix == "以内":
        comparator = "<="
    elif suffix == "左右" or m.group(1) == "约":
        comparator = "~"
    return float(m.group(3)), comparator


def header_years(header: list[str]) -> list[str]:
    """The value columns of the header, in order: ["2020年", "2025年", "年均/[累计]"]."""
    return [c for c in header if rx.search(r"20\d\d|年均|累计", c)]


def header_layout(header: list[str]) -> dict:
    """Where the name, unit and value columns are: "序号 / 指标 / 单位 / 2022年 / 2025年 / 属性" →
    {"name": 1, "unit": 2, "values": [3, 4]}."""
    layout: dict = {"values": []}
    for i, cell in enumerate(c.replace(" ", "") for c in header):
        if rx.search(r"20\d\d|年均|累计", cell):
            layout["values"].append(i)
        elif "单位" in cell and "unit" not in layout:
            layout["unit"] = i
        elif "指标" in cell and "name" not in layout:
            layout["name"] = i
    return layout


def aligned_row(cells: list[str], header: list[str], layout: dict) -> tuple[list[str], int, list[str]] | None:
    """Read a row by the header's columns when it has exactly the header's cells, so an empty
    baseline cell stays in its column: "PM2.5浓度 | 微克/立方米 |  | 42" → name "PM2.5浓度(微克/立方米)",
    values ["—", "42"]. None when the row is out of line (then cells are read by content)."""
    name_col, unit_col = layout.get("name"), layout.get("unit")
    if name_col is not None and len(cells) == len(header):
        cells = _realigned(cells, name_col)
    if len(cells) != len(header) or name_col is None or not cells[name_col] or not layout["values"]:
        return None
    name_cell = cells[name_col]
    unit = cells[unit_col] if unit_col is not None else ""
    in_name = NAME_UNIT_RE.match(name_cell)
    # the unit column wins over a name's own brackets: "其中:创新工厂(含5G工厂) | 个" is counted in 个
    if not in_name or (unit and in_name.group("unit").strip() != unit):
        if not unit:
            return None
        name_cell = f"{name_cell}({unit})"
    cells = list(cells)
    cells[name_col] = name_cell
    return cells, name_col, [cells[i] or "—" for i in layout["values"]]


def _realigned(cells: list[str], name_col: int) -> list[str]:
    """A row below a merged 类别 cell loses that cell and gains an empty one at its end: "2 | 婴儿死亡率 | ‰ | <5 |"
    under "类别 | 序号 | 指标名称 | 单位 | 2025年" → "| 2 | 婴儿死亡率 | ‰ | <5"; other rows as they are."""
    def is_name(cell: str) -> bool:
        return len(rx.findall(r"[\u4e00-\u9fff]", cell)) >= 2

    at = next((i for i, c in enumerate(cells) if is_name(c)), None)
    shift = name_col - at if at is not None else 0
    if shift > 0 and not is_name(cells[name_col]) and all(not c for c in cells[len(cells) - shift :]):
        return [""] * shift + cells[: len(cells) - shift]
    return cells


def rows_to_targets(rows: list[list[str]], first_year: int | None = None) -> list[Target]:
    """Every numeric target cell of an indicator table (first row: the header). A table with one value
    column holds goals when its year is not before the plan's ``first_year`` ("指标 / 2025年 / 属性" in a
    2021–2025 plan; "指标 / 2020年" there is the base)."""
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    columns = header_years(header)
    # one value column is the goal itself ("指标 / 2025年 / 属性"); with more, the first is the baseline
    only_goal = len(columns) == 1 and not rx.search(r"现状|基期|基数|完成|实际|基础", columns[0])
    single_year = rx.search(r"(20\d\d)", columns[0]) if only_goal else None
    if only_goal and first_year and single_year and int(single_year.group(1)) < first_year:
        only_goal = False  # the base year of the plan, no goal: "2020年" in a 十四五 plan
    dated = [c for c in columns if rx.search(r"20\d\d", c)]
    if len(dated) == 1 and len(columns) > 1 and not rx.search(r"现状|基期|基数|完成|实际|基础", dated[0]):
        # one dated column beside a 年均 one is the goal, not a base: "2025年 / 年均[累计]" (上海's 十四五 table)
        year = int(rx.search(r"(20\d\d)", dated[0]).group(1))
        only_goal = not (first_year and year < first_year)
    base_col = None if only_goal else next((c for c in columns if rx.search(r"20\d\d", c)), None)
    base_year = int(rx.search(r"(20\d\d)", base_col).group(1)) if base_col else None
    targets: list[Target] = []
    category = ""
    layout = header_layout(header)
    for cells in body:
        cells = [c.strip() for c in cells]
        as_written = "\t".join(c for c in cells if c)  # the row as the document prints it, for source_text
        aligned = aligned_row(cells, header, layout)
        if aligned:
            cells, name_idx, values = aligned
        else:
            name_idx = next((i for i, c in enumerate(cells) if NAME_UNIT_RE.match(c) and rx.search(r"[\u4e00-\u9fff]", c)), None)
            if name_idx is None:
                continue
            values = [c for c in cells[name_idx + 1 :] if c and c not in ATTRIBUTES]
        if name_idx > 0 and cells[0] and not rx.fullmatch(r"\d+", cells[0]):
            category = cells[0]  # 类别 is a merged cell: it names the rows below it too
        m = NAME_UNIT_RE.match(cells[name_idx])
        name, unit = without_row_number(m.group("name").strip()), m.group("unit").strip()
        attribute = next((c for c in cells if c in ATTRIBUTES), "")
        if not values:
            continue
        baseline = parse_cell_value(values[0]) if base_col else None
        goals = zip(columns, values) if only_goal else zip(columns[1:], values[1:])
        for col_name, cell in goals:
            parsed = parse_cell_value(cell)
            if parsed is None:
                continue
            value, comparator = parsed
            cumulative = CUMULATIVE_RE.search(cell) is not None
            per_year = "年均" in col_name or "累计" in col_name and not cumulative
            kind = _table_kind(name, unit, per_year and not cumulative)
            year_m = rx.search(r"(20\d\d)", col_name) or rx.search(r"(20\d\d)", dated[-1] if dated else "")
            # a 年均/累计 column's figure is for the table's last dated column: "2025年 / 年均[累计]"
            targets.append(
                Target(
                    indicator_name=_table_name(name, kind, per_year and not cumulative),
                    value=value,
                    unit=unit if kind == "level" or unit == "%" else ("%" if kind == "growth_rate" else unit),
                    comparator=comparator,
                    kind=kind,
                    per_year=per_year and not cumulative,
                    target_year=int(year_m.group(1)) if year_m else None,
                    baseline_value=baseline[0] if baseline else None,
                    baseline_year=base_year if baseline else None,
                    attribute=attribute,
                    source_text=as_written,
                    span_text=f"{cells[name_idx]} {cell}",
                    clause_ref="table",
                    sector=category,
                )
            )
    return targets


def _table_kind(name: str, unit: str, yearly_column: bool) -> str:
    """Target-year columns hold levels; a 年均 column holds growth rates, except for a share
    (unit %, not itself a rate of growth), whose yearly figure is a rise in percentage points."""
    if rx.search(r"增速|增长|速度|降低|下降", name):
        return "growth_rate"
    if not yearly_column:
        return "level"
    return "increment" if unit == "%" else "growth_rate"


def _table_name(name: str, kind: str, yearly_column: bool) -> str:
    if yearly_column and kind == "increment":
        return name + "年均提高"
    if yearly_column and kind == "growth_rate" and not rx.search(r"增速|增长|速度|降低|下降", name):
        return name + "年均增长"
    return name
