"""Importing reported values: read a CSV or Excel file, validate every row, then write once.

An import is all-or-nothing: :func:`validate_rows` collects every problem as a record (row,
column, value, reason) and only a file without problems is written, in ONE transaction of
:func:`tracking.reported.save_values`. The template (:func:`template_frame`) is pre-filled with the
target ids, names, units and periods officials fill in.

What an increment's value means (新建5G基站1500个, 新增…): the convention is the cumulative total
since the plan's start, as Chinese ledgers keep it (累计完成; for a ``per_year`` target the total
within the year, 年内累计, e.g. 1—9月累计). The optional column 口径 (basis) says otherwise per row:
"本期新增" for the period's additions; empty or "累计" is the convention
(:func:`text_to_basis`, :data:`tracking.status.BASES`). Other kinds store no basis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from tracking import plausibility
from tracking.cells import unquote_frame
from tracking.periods import period_start, period_to_position, text_to_period
from tracking.reported import StoreError, latest_reported, read_targets, save_values
from tracking.status import BASIS_CUMULATIVE, BASIS_PERIOD

TEMPLATE_SHEET = "填报"
# Column keys and the header labels of the template; Chinese aliases are accepted on import.
# The comparator and the lead department are shown for reference (issue 12); the import ignores them.
TEMPLATE_HEADERS = {
    "target_id": "指标编号(target_id)", "jurisdiction": "辖区(jurisdiction)",
    "lead_department": "牵头部门(lead_department)", "indicator": "指标(indicator)",
    "comparator": "比较(comparator)", "target_value": "目标值(target_value)", "unit": "单位(unit)",
    "target_year": "目标年份(target_year)", "period": "报告期(period)", "value": "实际值(value)",
    "basis": "口径(basis)", "note": "备注(note)", "source": "数据来源(source)",
}
# The columns officials fill in (the template marks them); the others say what is asked.
TEMPLATE_INPUTS = ("period", "value", "basis", "note", "source")
# How the template says a target's comparator: words, never "=…" (a spreadsheet would run it).
COMPARATOR_WORDS = {">=": "不低于", "<=": "不高于", "~": "左右", "=": "达到"}
COLUMN_ALIASES = {
    "target_id": ("target_id", "指标编号", "目标编号", "编号"),
    "period": ("period", "报告期", "期间", "时期"),
    "value": ("value", "实际值", "完成值", "填报值", "数值"),
    "unit": ("unit", "单位"),
    "note": ("note", "备注", "说明"),
    "source": ("source", "数据来源", "来源"),
    "basis": ("basis", "口径", "填报口径", "数据口径"),
}
# What officials write in 口径 (basis) → the stored code; empty is the convention (累计).
BASIS_WORDS = {
    BASIS_CUMULATIVE: ("累计", "累计完成", "累计值", "累计数", "年内累计", "自年初累计", "cumulative", "cumulative total"),
    BASIS_PERIOD: ("本期新增", "本期", "新增", "当期新增", "本期完成", "period", "period additions", "additions"),
}
BASIS_LABELS = {BASIS_CUMULATIVE: {"zh": "累计", "en": "Cumulative"},
                BASIS_PERIOD: {"zh": "本期新增", "en": "Period additions"}}
REQUIRED_COLUMNS = ("target_id", "period", "value")
# Explicit conversions only: (from unit, to unit) → factor. Anything else is rejected.
UNIT_FACTORS = {
    ("元", "万元"): 1e-4, ("元", "亿元"): 1e-8, ("万元", "亿元"): 1e-4,
    ("亿元", "万元"): 1e4, ("亿元", "元"): 1e8, ("万元", "元"): 1e4,
    ("人", "万人"): 1e-4, ("万人", "人"): 1e4, ("吨", "万吨"): 1e-4, ("万吨", "吨"): 1e4,
    ("平方米", "万平方米"): 1e-4, ("万平方米", "平方米"): 1e4,
    ("亩", "公顷"): 1 / 15, ("公顷", "亩"): 15.0, ("公里", "千米"): 1.0, ("千米", "公里"): 1.0,
}
REASONS = {  # code → the reason in both languages (params are filled in); outputs.i18n shows them
    "unreadable": {"zh": "{detail}", "en": "{detail}"},
    "empty_file": {"zh": "文件没有数据行", "en": "The file has no data rows"},
    "no_values": {"zh": "文件中没有填写任何实际值", "en": "No value is filled in"},
    "missing_column": {"zh": "缺少必需的列 {column}", "en": "Required column {column} is missing"},
    "missing_value": {"zh": "{column} 为空", "en": "{column} is empty"},
    "unknown_target": {"zh": "指标编号 {value} 不存在（可能已在重建中删除）", "en": "Target id {value} does not exist (perhaps removed by a rebuild)"},
    "bad_period": {"zh": "报告期 {value} 格式不对，应为 2024 或 2024Q3", "en": "Period {value} should look like 2024 or 2024Q3"},
    "period_out_of_span": {"zh": "报告期 {value} 不在规划期 {start}–{end} 年内", "en": "Period {value} is outside the plan's span {start}–{end}"},
    "future_period": {"zh": "报告期 {value} 尚未开始（今天是 {today}）", "en": "Period {value} has not begun yet (today is {today})"},
    "not_a_number": {"zh": "实际值 {value} 不是数字", "en": "Value {value} is not a number"},
    "unit_mismatch": {"zh": "单位 {value} 与目标单位 {expected} 不一致，且没有换算规则", "en": "Unit {value} differs from the target's unit {expected} and has no conversion"},
    "duplicate": {"zh": "与第 {first} 行重复（同一指标、同一报告期）", "en": "Repeats row {first} (same target and period)"},
    "permission": {"zh": "账号 {account} 无权填报 {jurisdiction}", "en": "Account {account} may not write {jurisdiction}"},
    "not_finite": {"zh": "实际值 {value} 不是有限的数（无穷大、NaN 或换算后溢出）", "en": "Value {value} is not a finite number (infinite, NaN, or overflowing when converted)"},
    "too_large": {"zh": "实际值 {value} 的绝对值超过 {limit}，不可能是真实数据", "en": "Value {value} is beyond ±{limit}: it cannot be a real figure"},
    "percent_out_of_range": {"zh": "百分比 {value} 超出 {low}% 到 {high}% 的合理范围", "en": "Percentage {value} is outside the plausible range {low}% to {high}%"},
    "negative_count": {"zh": "单位 {unit} 计数或计量的数不能为负：{value}", "en": "A count or measure in {unit} cannot be negative: {value}"},
    # warnings: the value is saved, and the report says it deserves a second look
    "ten_times_target": {"zh": "提醒：实际值 {value} 是目标值 {target} 的十倍以上，请核对单位和小数点", "en": "Check: value {value} is over ten times the target {target}; check the unit and the decimal point"},
    "tenth_of_target": {"zh": "提醒：实际值 {value} 不足目标值 {target} 的十分之一，请核对单位和小数点", "en": "Check: value {value} is under a tenth of the target {target}; check the unit and the decimal point"},
    "ten_times_previous": {"zh": "提醒：实际值 {value} 与上次填报的 {previous} 相差十倍以上，请核对", "en": "Check: value {value} is ten times off the previous report {previous}; please verify"},
    "bad_basis": {"zh": "口径 {value} 无法识别：请填“累计”（默认）或“本期新增”",
                  "en": "Basis {value} is not understood: write 累计 (cumulative, the default) or 本期新增 (period additions)"},
    "basis_not_increment": {"zh": "口径“本期新增”只适用于新增类目标（新建、新增…）；本目标请填当期的水平值，口径留空",
                            "en": "Basis 本期新增 (period additions) applies to increment targets only; for this target enter the level and leave the basis empty"},
    "cumulative_decreased": {"zh": "提醒：累计值 {value} 低于 {previous_period} 的累计值 {previous}，累计数不会下降：是否填成了本期新增？请核对，若是本期新增请把口径改为“本期新增”",
                             "en": "Check: the cumulative total {value} is below {previous} reported for {previous_period}; a cumulative total cannot go down. Was the period's addition entered? If so, set the basis to 本期新增 (period additions)"},
    "formula": {"zh": "单元格 {cell} 是公式 {value}，导入只读数值：请把公式粘贴为数值后再导入",
                "en": "Cell {cell} holds the formula {value}; import reads values only: paste it as values and import again"},
}
PROBLEM_COLUMNS = ["row", "column", "value", "reason", "code", "params"]
CLEAN_COLUMNS = ["row", "target_id", "period", "value", "unit", "note", "source", "basis"]


class ImportFileError(StoreError):
    """The file itself cannot be read (encoding, format, empty)."""


def problem(row: int, column: str, value, code: str, **params) -> dict:
    """One validation problem as a record (row, column, value, reason, code, params)."""
    value = "" if value is None else str(value)
    reason = REASONS[code]["zh"].format(value=value, column=column, **params)
    return {"row": row, "column": column, "value": value, "reason": reason, "code": code,
            "params": params}


def decode_csv_bytes(data: bytes, filename: str = "") -> tuple[str, str]:
    """Text of a CSV file and its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    GB18030 (which includes GBK/GB2312: what Excel saves as "CSV" on Chinese Windows).

    Decoding is strict. A GB18030 reading that produces private-use or control characters is
    refused (other encodings can pass a lenient GB18030 decode as mojibake); NUL bytes without a
    BOM mean UTF-16/binary. The error names charset-normalizer's guess to help the user.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" not in data:
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("gb18030")
            if not re.search(r"[\ue000-\uf8ff\x80-\x9f\x01-\x08\x0e-\x1f]", text):
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = f"，看起来像 {best.encoding}" if best is not None else ""
    raise ImportFileError(filename, f"文件编码无法识别（不是 UTF-8 或 GB18030{guess}），"
                                    "请在 Excel 中另存为「CSV UTF-8」后再导入")


def read_table_file(data: bytes, filename: str) -> tuple[pd.DataFrame, dict]:
    """A CSV or Excel file → a frame of text cells (header row → columns) and what was used
    (encoding or sheet). An .xlsx with several sheets uses the sheet named ``填报`` (the
    template's) if present, else the first sheet."""
    suffix = Path(filename).suffix.lower()
    if not data:
        raise ImportFileError(filename, REASONS["empty_file"]["zh"])
    if suffix in (".csv", ".txt"):
        import csv
        import io

        text, encoding = decode_csv_bytes(data, filename)
        try:
            dialect = csv.Sniffer().sniff(text[:4096].split("\n", 1)[0], delimiters=",\t;")
            sep = dialect.delimiter
        except csv.Error:
            sep = ","
        try:
            frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
            raise ImportFileError(filename, f"CSV 无法解析（{e}）") from e
        frame = unquote_frame(frame)
        return frame, {"encoding": encoding, "sheet": None, "formulas": []}
    if suffix in (".xlsx", ".xlsm"):
        import io
        import zipfile

        try:
            sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str, engine="openpyxl")
        except (zipfile.BadZipFile, ValueError, KeyError, OSError) as e:
            raise ImportFileError(filename, f"不是有效的 Excel（.xlsx）文件（{e}）") from e
        if not sheets:
            raise ImportFileError(filename, REASONS["empty_file"]["zh"])
        name = TEMPLATE_SHEET if TEMPLATE_SHEET in sheets else next(iter(sheets))
        frame = sheets[name].fillna("")
        return frame, {"encoding": None, "sheet": name, "formulas": xlsx_formulas(data, name, list(frame.columns))}
    if suffix == ".xls":
        raise ImportFileError(filename, "不支持旧版 .xls，请另存为 .xlsx 或 CSV UTF-8")
    raise ImportFileError(filename, f"不支持的文件类型 {suffix or '（无扩展名）'}，请用 CSV 或 .xlsx")


@dataclass(frozen=True)
class FormulaCell:
    """A formula found in an imported workbook: where it is and what it says."""

    row: int         # spreadsheet numbering: the header is row 1
    header: str      # the column's header as pandas read it
    cell: str        # "C5"
    formula: str     # "=B5*100"


_FORMULA_XML = re.compile(rb"<(?:\w+:)?f[\s>/]")


def xlsx_formulas(data: bytes, sheet: str, headers: list) -> list[FormulaCell]:
    """Every formula of ``sheet``. pandas reads a formula as the value Excel last saved with it,
    and as a blank when there is none (a file written by a program, not Excel): either way the
    import would store something nobody typed. The sheets' XML is searched first, so a workbook
    without any formula (the usual case) is not parsed a second time."""
    import io
    import zipfile

    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if not any(_FORMULA_XML.search(zf.read(n)) for n in zf.namelist()
                   if n.startswith("xl/worksheets/") and n.endswith(".xml")):
            return []
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        found = []
        for row in book[sheet].iter_rows():
            for c in row:
                if getattr(c, "data_type", None) == "f":
                    j = c.column - 1
                    header = str(headers[j]) if 0 <= j < len(headers) else ""
                    text = c.value if isinstance(c.value, str) else getattr(c.value, "text", "") or ""
                    found.append(FormulaCell(c.row, header, c.coordinate, str(text)))
        return found
    finally:
        book.close()


def header_to_key(header: str) -> str | None:
    """``"报告期(period)"``, ``"报告期"``, ``" Period "`` → ``"period"``; unknown → None."""
    import unicodedata

    h = unicodedata.normalize("NFKC", str(header)).strip().lower()
    m = re.search(r"\(([a-z_]+)\)$", h)
    if m:
        h = m.group(1)
    for key, aliases in COLUMN_ALIASES.items():
        if h in aliases:
            return key
    return None


def text_to_float(text) -> float | None:
    """``"1,234.5"``, ``"１２"``, ``"6.2%"`` → a float, ``"inf"``, ``"1e309"`` → inf, ``"nan"`` → NaN;
    anything that is not a number → None."""
    import unicodedata

    s = unicodedata.normalize("NFKC", str(text or "")).strip().rstrip("%").strip()
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def text_to_number(text) -> float | None:
    """``"1,234.5"``, ``"１２"``, ``"6.2%"`` → a finite float; anything else → None."""
    v = text_to_float(text)
    return v if v is not None and np.isfinite(v) else None


def text_to_basis(text) -> str | None:
    """What an official wrote in 口径 → ``"cumulative"`` / ``"period"``; ``""`` for an empty cell
    (the convention applies); None for anything else. "累计" → "cumulative", "本期新增" → "period",
    " Period additions " → "period", "季度" → None."""
    import unicodedata

    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text or ""))).strip().lower()
    if not s:
        return ""
    for code, words in BASIS_WORDS.items():
        if s in words:
            return code
    return None


def validate_rows(rows: pd.DataFrame, targets: pd.DataFrame, today: date,
                  account=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check every row and collect every problem (row, column, value, reason): nothing stops at
    the first. Returns (clean rows ready for :func:`save_values`, problems).

    ``rows`` has text columns target_id, period, value (unit, note, source, basis optional) and ``row``
    (the number the user sees; default: spreadsheet numbering, header = 1). Rules: the target
    exists; the period reads as 2024 / 2024Q3, lies in the plan span (``read_targets``) and has
    begun by ``today``; the value is a number, and a plausible one once converted
    (:func:`tracking.plausibility.value_refusal`: finite, a percentage from -100 to 1000, no negative
    count); the unit is empty, the target's, or converted by UNIT_FACTORS; a (target, period) appears
    once; the basis (口径) reads as 累计 or 本期新增 (:func:`text_to_basis`) and 本期新增 is given
    for increments only. An increment's basis defaults to ``cumulative`` (the convention); other
    kinds store none. With an ``account``
    (:class:`tracking.accounts.Account`) each target must be writable by it; ``None`` = trusted (CLI).
    """
    from tracking import accounts as acc

    rows = rows.reset_index(drop=True)
    numbers = rows["row"] if "row" in rows else pd.Series(range(2, len(rows) + 2))
    by_id = targets.set_index("target_id")
    problems, clean, first_seen = [], [], {}
    for i, r in rows.iterrows():
        n = int(numbers[i])
        tid, raw_period, raw_value, raw_unit = (_cell(r, c) for c in ("target_id", "period", "value", "unit"))
        t = by_id.loc[tid] if tid in by_id.index else None
        if not tid:
            problems.append(problem(n, "target_id", "", "missing_value"))
        elif t is None:
            problems.append(problem(n, "target_id", tid, "unknown_target"))
        period = text_to_period(raw_period)
        if not raw_period:
            problems.append(problem(n, "period", "", "missing_value"))
        elif period is None:
            problems.append(problem(n, "period", raw_period, "bad_period"))
        elif t is not None:
            year, start, end = int(period[:4]), t["span_start_year"], t["span_end_year"]
            if (start == start and year < start) or (end == end and year > end):
                problems.append(problem(n, "period", raw_period, "period_out_of_span",
                                        start=int(start), end=int(end)))
            elif period_start(period) > today:
                problems.append(problem(n, "period", raw_period, "future_period", today=today.isoformat()))
        value = text_to_float(raw_value)
        if value is None:
            problems.append(problem(n, "value", raw_value, "not_a_number"))
        unit, note = None, _cell(r, "note") or None
        given = _unit(raw_unit or ("%" if raw_value.endswith("%") else ""))
        value_unit: str | None = given  # the unit the value is in, once converted; None: unknown
        if t is not None:
            unit = t["unit"] or None
            value_unit = unit or given
            if given and given != _unit(unit):
                factor = UNIT_FACTORS.get((given, _unit(unit)))
                if factor is None:
                    problems.append(problem(n, "unit", raw_unit, "unit_mismatch", expected=unit or "（无）"))
                    value_unit = None
                elif value is not None:
                    note = "；".join(filter(None, [note, f"由 {raw_value} {given} 换算"]))
                    value = value * factor
            if account is not None and not acc.can_write_target(account, t["jurisdiction"], t["lead_departments"]):
                problems.append(problem(n, "target_id", tid, "permission",
                                        account=getattr(account, "username", account),
                                        jurisdiction=t["jurisdiction"]))
        raw_basis = _cell(r, "basis")
        basis = text_to_basis(raw_basis)
        if basis is None:
            problems.append(problem(n, "basis", raw_basis, "bad_basis"))
        elif t is not None:
            if t.get("kind") == "increment":
                basis = basis or BASIS_CUMULATIVE
            elif basis == BASIS_PERIOD:
                problems.append(problem(n, "basis", raw_basis, "basis_not_increment"))
            else:
                basis = None
        if value is not None and (refusal := plausibility.value_refusal(value, value_unit)):
            problems.append(problem(n, "value", raw_value, refusal[0], **refusal[1]))
        if tid and period:
            key = (tid, period)
            if key in first_seen:
                problems.append(problem(n, "period", raw_period, "duplicate", first=first_seen[key]))
            else:
                first_seen[key] = n
        clean.append({"row": n, "target_id": tid, "period": period, "value": value, "unit": unit,
                      "note": note, "source": _cell(r, "source") or None, "basis": basis or None})
    problems_df = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
    if len(problems_df):
        return pd.DataFrame(columns=CLEAN_COLUMNS), problems_df
    return pd.DataFrame(clean, columns=CLEAN_COLUMNS), problems_df


def plausibility_warnings(clean: pd.DataFrame, targets: pd.DataFrame, previous: pd.DataFrame | None = None,
                          raw: pd.Series | None = None) -> pd.DataFrame:
    """Values that pass every rule but deserve a second look (:func:`tracking.plausibility.value_warnings`),
    as problem records (row, column "value", value, reason, code, params); they are saved anyway.

    ``clean`` is :func:`validate_rows`' first result; ``previous`` the stored latest values
    (target_id, period, value, optional basis): a row is compared with the latest period not after
    its own; ``raw`` the values as typed, indexed by row number (default: the clean values).

    A cumulative total (basis ``cumulative``) is also compared with the cumulative total of the
    latest earlier period of the same target — stored, or in the same batch — and flagged when it
    is lower (``cumulative_decreased``): under the convention a running total cannot go down
    (for ``per_year`` targets only within the same year, whose total starts afresh)."""
    by_id = targets.set_index("target_id")
    history: dict[str, list[tuple[float, float]]] = {}
    if previous is not None and len(previous):
        for tid, per, val in zip(previous["target_id"], previous["period"], previous["value"]):
            history.setdefault(tid, []).append((period_to_position(per), float(val)))
    totals = _cumulative_totals(clean, previous)
    found = []
    for r in clean.itertuples(index=False):
        t = by_id.loc[r.target_id] if r.target_id in by_id.index else None
        if t is None:
            continue
        at = period_to_position(r.period)
        before = [(pos, val) for pos, val in history.get(r.target_id, []) if pos <= at]
        last = max(before)[1] if before else None
        shown = raw.get(r.row, f"{r.value:g}") if raw is not None else f"{r.value:g}"
        for code, params in plausibility.value_warnings(float(r.value), t["value"], t["kind"], last):
            found.append(problem(int(r.row), "value", shown, code, **params))
        if getattr(r, "basis", None) == BASIS_CUMULATIVE:
            earlier = _earlier_cumulative(totals.get(r.target_id, {}), r.period, bool(t.get("per_year")))
            if (drop := plausibility.cumulative_drop(float(r.value), earlier)) is not None:
                found.append(problem(int(r.row), "value", shown, drop[0], **drop[1]))
    return pd.DataFrame(found, columns=PROBLEM_COLUMNS)


def _cumulative_totals(clean: pd.DataFrame, previous: pd.DataFrame | None) -> dict[str, dict[str, float]]:
    """Target → period → cumulative total: the stored cumulative-basis values, replaced by the
    batch's rows of the same period (a batch row of another basis removes the stored one)."""
    totals: dict[str, dict[str, float]] = {}
    if previous is not None and len(previous) and "basis" in previous:
        for tid, per, val, basis in zip(previous["target_id"], previous["period"], previous["value"], previous["basis"]):
            if basis == BASIS_CUMULATIVE:
                totals.setdefault(tid, {})[str(per)] = float(val)
    for tid, per, val, basis in zip(clean["target_id"], clean["period"], clean["value"],
                                    clean["basis"] if "basis" in clean else [None] * len(clean)):
        if basis == BASIS_CUMULATIVE:
            totals.setdefault(tid, {})[str(per)] = float(val)
        else:
            totals.get(tid, {}).pop(str(per), None)
    return totals


def _earlier_cumulative(totals: dict[str, float], period: str, per_year: bool) -> tuple[str, float] | None:
    """The (period, total) of the latest period before ``period`` (of the same year for a
    ``per_year`` target), or None."""
    at = period_to_position(period)
    before = [(period_to_position(p), p, v) for p, v in totals.items()
              if period_to_position(p) < at and (not per_year or p[:4] == str(period)[:4])]
    if not before:
        return None
    _, p, v = max(before)
    return p, v


def _cell(row: pd.Series, column: str) -> str:
    """A cell as stripped text; missing, None and NaN read as ""."""
    v = row.get(column)
    return "" if v is None or (isinstance(v, float) and v != v) else str(v).strip()


def _unit(u) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", str(u or "")).strip()


@dataclass
class ImportReport:
    """What an import did: ``ok`` only if every row was valid and all were written."""

    filename: str
    ok: bool
    problems: pd.DataFrame
    rows: int = 0
    saved: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows left without a value (a template's untouched rows)
    encoding: str | None = None
    sheet: str | None = None
    warnings: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))  # saved, but check


def import_file(data: bytes | str | Path, *, indicators_db, reported_db, account_name: str,
                filename: str | None = None, today: date | None = None, how: str = "import",
                account=None) -> ImportReport:
    """Import a CSV/Excel file all-or-nothing: read, validate every row, and only if there is no
    problem at all write every value in ONE transaction (a crash mid-write leaves nothing half
    written). Rows whose value cell is empty are skipped (a filled-in template keeps its other
    rows). ``account`` (an Account) limits the targets to its grants; the CLI passes None."""
    if isinstance(data, (str, Path)):
        filename = filename or Path(data).name
        data = Path(data).read_bytes()
    filename = filename or "upload.csv"
    empty = pd.DataFrame(columns=PROBLEM_COLUMNS)
    try:
        frame, info = read_table_file(data, filename)
    except ImportFileError as e:
        reason = str(e).split(": ", 1)[-1]
        return ImportReport(filename, False, pd.DataFrame([problem(0, "", "", "unreadable", detail=reason)],
                                                          columns=PROBLEM_COLUMNS))
    report = ImportReport(filename, False, empty, encoding=info["encoding"], sheet=info["sheet"])
    keys = {c: header_to_key(c) for c in frame.columns}
    # A formula in the header row or in a column the import reads is refused, naming its cell.
    formulas = pd.DataFrame([problem(f.row, keys.get(f.header) or f.header, f.formula, "formula", cell=f.cell)
                             for f in info["formulas"] if f.row == 1 or keys.get(f.header)],
                            columns=PROBLEM_COLUMNS)
    if len(formulas):
        report.problems = formulas
        return report
    frame = frame.rename(columns={c: k for c, k in keys.items() if k})
    frame = frame.loc[:, ~frame.columns.duplicated()]
    frame["row"] = range(2, len(frame) + 2)
    blank = frame.drop(columns="row").apply(lambda col: col.astype(str).str.strip() == "").all(axis=1)
    frame = frame[~blank]
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        report.problems = pd.DataFrame([problem(1, c, "", "missing_column") for c in missing],
                                       columns=PROBLEM_COLUMNS)
        return report
    if frame.empty:
        report.problems = pd.DataFrame([problem(0, "", "", "empty_file")], columns=PROBLEM_COLUMNS)
        return report
    has_value = frame["value"].astype(str).str.strip() != ""
    report.rows, report.skipped = len(frame), int((~has_value).sum())
    frame = frame[has_value]
    if frame.empty:
        report.problems = pd.DataFrame([problem(0, "value", "", "no_values")], columns=PROBLEM_COLUMNS)
        return report
    targets = read_targets(indicators_db)
    clean, problems = validate_rows(frame, targets, today or date.today(), account)
    if len(problems):
        report.problems = problems
        return report
    previous = latest_reported(reported_db, target_ids=sorted(set(clean["target_id"])))
    report.warnings = plausibility_warnings(clean, targets, previous, frame.set_index("row")["value"].astype(str))
    result = save_values(reported_db, clean, account=account_name, how=how)
    report.ok, report.saved, report.unchanged = True, result.saved, result.unchanged
    return report


# --- template ------------------------------------------------------------------------------------

def template_frame(targets: pd.DataFrame, today: date, period: str | None = None) -> pd.DataFrame:
    """The import template: one row per target, pre-filled with its id, jurisdiction, lead
    department(s) (joined with 、), indicator, comparator in words (">=" → 不低于, :data:`COMPARATOR_WORDS`),
    target value, unit and year, and the period to report (default: the current quarter, or the
    target year once the plan has ended); 口径 (basis) says 累计 for increment targets (the
    convention: the cumulative total) and is empty for others; value, note and source left for
    the user."""
    current = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    ended = targets["span_end_year"].astype(float) < today.year
    periods = np.where(ended, targets["span_end_year"].astype("Int64").astype(str), period or current)
    leads = targets["lead_departments"] if "lead_departments" in targets else pd.Series([None] * len(targets))
    comparators = targets["comparator"] if "comparator" in targets else pd.Series([None] * len(targets))
    frame = pd.DataFrame({
        "target_id": targets["target_id"].to_numpy(), "jurisdiction": targets["jurisdiction"].to_numpy(),
        "lead_department": ["、".join(str(d) for d in v if d) if isinstance(v, (list, tuple, np.ndarray)) else ""
                            for v in leads],
        "indicator": targets["indicator_name"].to_numpy(),
        "comparator": [COMPARATOR_WORDS.get(c, "") if isinstance(c, str) else "" for c in comparators],
        "target_value": targets["value"].to_numpy(), "unit": targets["unit"].fillna("").to_numpy(),
        "target_year": targets["target_year"].astype("Int64").to_numpy(),
        "period": periods, "value": "",
        "basis": np.where(targets["kind"].to_numpy(dtype=object) == "increment", BASIS_LABELS[BASIS_CUMULATIVE]["zh"], "")
        if "kind" in targets else "",
        "note": "", "source": "",
    })
    return frame.rename(columns=TEMPLATE_HEADERS)
