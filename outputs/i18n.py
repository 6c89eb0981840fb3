"""Every user-facing word of the dashboard, Chinese first, and numbers the way officials write them.

``TEXT`` maps a key to its translations (``{"zh": ..., "en": ...}``); pages ask :func:`t`. Other
pages add their keys in their own delimited block at the end of this file
(``TEXT.update({...})``), so one file still holds all the text.
"""

from __future__ import annotations

import math

from tracking.overdue import DISPLAY_CODES
from tracking.reported_import import BASIS_LABELS, REASONS
from tracking.status import STATUS_CODES, STATUS_LABELS

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

STATUSES = STATUS_CODES  # the codes and their names live in tracking.status

TEXT: dict[str, dict[str, str]] = {
    # --- app and navigation ---
    "app.title": {"zh": "聊城市目标指标监测", "en": "Liaocheng target monitor"},
    "nav.overview": {"zh": "总览", "en": "Overview"},
    "nav.ledger": {"zh": "目标台账", "en": "Target ledger"},
    "nav.indicator": {"zh": "指标详情", "en": "Indicator"},
    "nav.compare": {"zh": "地区对比", "en": "Comparison"},
    "nav.departments": {"zh": "部门", "en": "Departments"},
    "nav.entry": {"zh": "数据填报", "en": "Data entry"},
    "lang.label": {"zh": "语言 / Language", "en": "语言 / Language"},
    # --- empty and error states ---
    "nodb.title": {"zh": "还没有指标数据库", "en": "No indicator database yet"},
    "nodb.body": {
        "zh": "没有找到 `{path}`。请在项目目录运行 `make run`（会先构建数据库），"
        "或运行 `python -m etl build` 后刷新本页。",
        "en": "`{path}` was not found. In the project folder run `make run` (it builds the "
        "database first), or run `python -m etl build` and reload this page.",
    },
    "nodb.build": {"zh": "立即从 data/sources 构建", "en": "Build it now from data/sources"},
    "nodb.building": {"zh": "正在构建数据库……", "en": "Building the database…"},
    "nodb.built": {"zh": "数据库已构建。", "en": "Database built."},
    "nodb.failed": {"zh": "构建失败：{error}", "en": "Build failed: {error}"},
    "dberror": {
        "zh": "读取指标数据库出错：{error}。请重新运行 `python -m etl build`。",
        "en": "Could not read the indicator database: {error}. Run `python -m etl build` again.",
    },
    "reported.error": {
        "zh": "填报数据暂时无法读取（{error}），进度按“暂无数据”显示。",
        "en": "Reported values could not be read ({error}); progress shows as no data.",
    },
    "empty.filters": {
        "zh": "当前筛选条件下没有目标。请放宽左侧筛选条件。",
        "en": "No targets match the current filters. Widen the filters on the left.",
    },
    "no_data": {"zh": "暂无数据", "en": "no data"},
    # --- sidebar filters ---
    "filters.header": {"zh": "筛选", "en": "Filters"},
    "filters.jurisdiction": {"zh": "地区", "en": "Jurisdiction"},
    "filters.all_jurisdictions": {"zh": "全部地区", "en": "All jurisdictions"},
    "filters.include_sub": {"zh": "含下辖县区", "en": "Include subordinate areas"},
    "filters.sector": {"zh": "领域", "en": "Sector"},
    "filters.department": {"zh": "牵头部门", "en": "Lead department"},
    "filters.all_departments": {"zh": "全部部门", "en": "All departments"},
    "filters.year": {"zh": "目标年份", "en": "Target year"},
    "filters.kind": {"zh": "指标类型", "en": "Kind"},
    "filters.status": {"zh": "进度状态", "en": "Status"},
    "filters.attribute": {"zh": "指标属性", "en": "Attribute"},
    "filters.q": {"zh": "搜索指标或原文", "en": "Search indicator or source text"},
    "filters.any": {"zh": "全部", "en": "All"},
    "filters.reset": {"zh": "清除筛选", "en": "Clear filters"},
    "filters.share": {"zh": "复制地址栏链接即可分享当前视图。", "en": "Copy the address bar to share this view."},
    # --- enums (status names: tracking.status.STATUS_LABELS, added below) ---
    "kind.level": {"zh": "水平值", "en": "Level"},
    "kind.increment": {"zh": "新增量", "en": "Increment"},
    "kind.growth_rate": {"zh": "增速", "en": "Growth rate"},
    "attribute.约束性": {"zh": "约束性", "en": "Binding"},
    "attribute.预期性": {"zh": "预期性", "en": "Expected"},
    "attribute.none": {"zh": "未注明", "en": "Not stated"},
    "level.city": {"zh": "市", "en": "city"},
    "level.county": {"zh": "县(市、区)", "en": "county"},
    "level.zone": {"zh": "功能区", "en": "zone"},
    # --- column headers (ledger, exports) ---
    "col.target_id": {"zh": "目标编号", "en": "Target id"},
    "col.jurisdiction": {"zh": "地区", "en": "Jurisdiction"},
    "col.sector": {"zh": "领域", "en": "Sector"},
    "col.indicator_name": {"zh": "指标", "en": "Indicator"},
    "col.target": {"zh": "目标值", "en": "Target"},
    "col.value": {"zh": "目标数值", "en": "Target value"},
    "col.unit": {"zh": "单位", "en": "Unit"},
    "col.comparator": {"zh": "比较", "en": "Comparator"},
    "col.kind": {"zh": "类型", "en": "Kind"},
    "col.target_year": {"zh": "目标年份", "en": "Target year"},
    "col.baseline": {"zh": "基期值", "en": "Baseline"},
    "col.baseline_year": {"zh": "基期年份", "en": "Baseline year"},
    "col.latest": {"zh": "最新值", "en": "Latest value"},
    "col.latest_period": {"zh": "报告期", "en": "Period"},
    "col.status": {"zh": "进度状态", "en": "Status"},
    "col.completion": {"zh": "完成度", "en": "Completion"},
    "col.time_share": {"zh": "时间进度", "en": "Time elapsed"},
    "col.lead_departments": {"zh": "牵头部门", "en": "Lead departments"},
    "col.participating_departments": {"zh": "责任部门", "en": "Participating departments"},
    "col.deadline": {"zh": "完成时限", "en": "Deadline"},
    "col.attribute": {"zh": "属性", "en": "Attribute"},
    "col.document": {"zh": "文件", "en": "Document"},
    "col.doc_number": {"zh": "文号", "en": "Doc number"},
    "col.clause": {"zh": "条款", "en": "Clause"},
    "col.source_text": {"zh": "原文", "en": "Source sentence"},
    "col.department": {"zh": "牵头部门", "en": "Lead department"},
    "col.n_targets": {"zh": "目标数", "en": "Targets"},
    "col.overdue": {"zh": "逾期未报", "en": "Overdue reports"},
    # --- overview ---
    "overview.title": {"zh": "目标进展总览", "en": "Progress overview"},
    "overview.n_targets": {"zh": "目标数", "en": "Targets"},
    "overview.with_data": {"zh": "已有填报", "en": "With reported data"},
    "overview.gauges": {"zh": "重点指标进度", "en": "Headline indicators"},
    "overview.by_sector": {"zh": "各领域进度状态", "en": "Status by sector"},
    "overview.by_jurisdiction": {"zh": "各地区进度状态", "en": "Status by jurisdiction"},
    "overview.click_hint": {"zh": "点击柱形可查看对应台账。", "en": "Click a bar to open those targets in the ledger."},
    "overview.more_gauges": {"zh": "另有 {n} 个指标见目标台账。", "en": "{n} more in the ledger."},
    # --- ledger ---
    "ledger.title": {"zh": "目标台账", "en": "Target ledger"},
    "ledger.count": {"zh": "共 {n} 项目标", "en": "{n} targets"},
    "ledger.first_rows": {"zh": "表中列出前 {shown} 项；缩小筛选范围，或导出 CSV / Excel 查看全部 {n} 项。",
                          "en": "The table lists the first {shown}; narrow the filters, or export CSV / Excel for all {n}."},
    "ledger.csv": {"zh": "导出 CSV", "en": "Export CSV"},
    "ledger.xlsx": {"zh": "导出 Excel", "en": "Export Excel"},
    "ledger.open": {"zh": "查看所选指标详情", "en": "Open the selected indicator"},
    "ledger.select_hint": {"zh": "选中一行可查看指标详情。", "en": "Select a row to open its indicator page."},
    "ledger.sheet": {"zh": "目标台账", "en": "Targets"},
    # --- indicator ---
    "indicator.title": {"zh": "指标详情", "en": "Indicator"},
    "indicator.pick": {"zh": "选择目标", "en": "Choose a target"},
    "indicator.path": {"zh": "目标路径", "en": "Path to target"},
    "indicator.pace": {"zh": "所需进度", "en": "Pace required"},
    "indicator.status": {"zh": "进度状态", "en": "Status"},
    "indicator.how": {"zh": "计算方法", "en": "How it was computed"},
    "indicator.departments": {"zh": "责任部门", "en": "Departments"},
    "indicator.lead": {"zh": "牵头单位", "en": "Lead"},
    "indicator.participating": {"zh": "责任单位", "en": "Participating"},
    "indicator.officials": {"zh": "牵头领导", "en": "Lead officials"},
    "indicator.source": {"zh": "出处", "en": "Source"},
    "indicator.clause_ref": {"zh": "第 {ref} 条", "en": "clause {ref}"},
    "indicator.compare_link": {"zh": "与其他地区对比", "en": "Compare with other jurisdictions"},
    "indicator.none": {"zh": "请在左侧或台账中选择一个目标。", "en": "Pick a target here or in the ledger."},
    "indicator.not_found": {"zh": "找不到目标 {target_id}（数据库可能已重建）。", "en": "Target {target_id} not found (the database may have been rebuilt)."},
    "chart.baseline": {"zh": "基期", "en": "Baseline"},
    "chart.expected": {"zh": "预期路径", "en": "Expected path"},
    "chart.target": {"zh": "目标", "en": "Target"},
    "chart.reported": {"zh": "填报值", "en": "Reported"},
    "chart.ceiling": {"zh": "上限", "en": "Ceiling"},
    "chart.floor": {"zh": "下限", "en": "Floor"},
    "chart.band": {"zh": "目标区间", "en": "Target band"},
    "chart.as_of": {"zh": "截至{date}", "en": "as of {date}"},
    "chart.source": {"zh": "来源：{source}", "en": "Source: {source}"},
    "chart.source_default": {"zh": "聊城市目标指标监测（规划文件与部门填报）", "en": "Liaocheng target monitor (plan documents and reported values)"},
    "chart.count": {"zh": "目标数", "en": "Targets"},
    "chart.completion_pct": {"zh": "完成度（%）", "en": "Completion (%)"},
    "chart.no_values": {"zh": "暂无数据", "en": "No data"},
    "pace.grow": {"zh": "需年均增长 {rate}", "en": "Needs {rate} a year"},
    "pace.fall": {"zh": "需年均下降 {rate}", "en": "Needs a fall of {rate} a year"},
    "pace.remaining": {"zh": "剩余 {amount}", "en": "{amount} still to go"},
    "pace.reduce": {"zh": "需再降低 {amount}", "en": "Needs a further fall of {amount}"},
    "pace.within": {"zh": "已在限值以内", "en": "Within the limit"},
    "pace.reached": {"zh": "已达到目标", "en": "Target reached"},
    "pace.keep_rate": {"zh": "需保持年均增长 {rate}", "en": "Keep growth at {rate} a year"},
    "pace.overdue": {"zh": "目标年份已过", "en": "The target year has passed"},
    "pace.unknown": {"zh": "暂无填报数据，无法测算", "en": "No reported value to measure from"},
    "pace.years_left": {"zh": "（距目标年份还有 {n} 年）", "en": " ({n} years left)"},
    # --- compare ---
    "compare.title": {"zh": "地区对比", "en": "Comparison across jurisdictions"},
    "compare.pick": {"zh": "选择指标", "en": "Choose an indicator"},
    "compare.none": {"zh": "还没有可跨地区对比的指标（需要指标目录匹配）。", "en": "No catalogued indicator to compare yet."},
    "compare.values": {"zh": "目标值与最新值", "en": "Target and latest value"},
    "compare.completion": {"zh": "完成度（占目标比例）", "en": "Completion as a share of target"},
    "compare.note": {"zh": "对比不受地区筛选限制；各地目标口径与年份可能不同，请结合目标年份阅读。", "en": "Not restricted by the jurisdiction filter; targets differ in year and scope."},
    # --- departments ---
    "departments.title": {"zh": "部门进展", "en": "Departments"},
    "departments.chart": {"zh": "各牵头部门目标进度", "en": "Targets by lead department"},
    "departments.overdue_hint": {"zh": "逾期未报：最近一次填报已超过报送周期。", "en": "Overdue: the last report is older than the reporting cycle."},
    # --- exports ---
    "export.png": {"zh": "下载图片", "en": "Download PNG"},
    "export.failed": {"zh": "图片生成失败：{error}", "en": "Could not make the image: {error}"},
    "unit.points": {"zh": "个百分点", "en": " percentage points"},
}
# --- python -m etl status (issue 12) ---
TEXT.update({
    "col.reason": {"zh": "判断依据", "en": "Reason"},
    "cli.no_database": {"zh": "没有找到指标数据库 {path}，请先运行 python -m etl build",
                        "en": "no indicator database at {path}: run python -m etl build first"},
    "cli.unknown_jurisdiction": {"zh": "没有地区“{name}”。已有：{known}",
                                 "en": "no jurisdiction '{name}'. Known: {known}"},
})
TEXT.update({f"status.{code}": dict(labels) for code, labels in STATUS_LABELS.items()})


def t(key: str, lang: str = DEFAULT_LANG, **fields: object) -> str:
    """The text for ``key`` in ``lang`` (Chinese when missing), with ``{fields}`` filled in."""
    entry = TEXT.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get(DEFAULT_LANG) or key
    return text.format(**fields) if fields else text


def status_label(status: str | None, lang: str = DEFAULT_LANG) -> str:
    return t(f"status.{status or 'no_data'}", lang)


def kind_label(kind: str | None, lang: str = DEFAULT_LANG) -> str:
    return t(f"kind.{kind}", lang) if kind else ""


def attribute_label(attribute: str | None, lang: str = DEFAULT_LANG) -> str:
    return t(f"attribute.{attribute}", lang) if attribute else t("attribute.none", lang)


def explain_status(row: dict, lang: str = DEFAULT_LANG) -> str:
    """How a target's status was reached, in the reader's language.

    In Chinese this is the sentence :mod:`tracking.status` wrote beside the status (the data's own
    words); in English it is built from the same fields: "Level: latest (2024) 46, target ≤ 42;
    completion 50%, time elapsed 67%; baseline from the document (50) → At risk."
    """
    if lang == "zh" or is_missing(row.get("status")):
        return row.get("explanation") or t("no_data", lang)
    status = row["status"]
    if status == "no_data":
        text = "No value reported yet"
    else:
        unit = row.get("unit") or ""
        latest = row.get("latest_value")
        what = {"increment": "year to date" if is_per_year(row) else "cumulative total"}.get(row.get("kind"), "latest")  # an increment's latest is its total
        text = (f"{kind_label(row.get('kind'), 'en')}: {what} ({row.get('latest_period') or '—'}) "
                f"{'—' if is_missing(latest) else fmt_plain(float(latest), 2)}{unit}, target "
                f"{row.get('comparator', '=').replace('>=', '≥ ').replace('<=', '≤ ').replace('~', '≈ ').replace('=', '')}"
                f"{fmt_plain(float(row['value']), 2)}{unit}")
        details = []
        if not is_missing(row.get("completion")):
            details.append(f"completion {float(row['completion']):.0%}")
        if not is_missing(row.get("time_share")):
            details.append(f"time elapsed {float(row['time_share']):.0%}")
        if not is_missing(row.get("baseline_used")) and row.get("baseline_source"):
            where = "the first report" if row["baseline_source"] == "first_report" else "the document"
            details.append(f"baseline from {where} ({fmt_plain(float(row['baseline_used']), 2)})")
        if row.get("comparator") == "<=":
            details.append("judged by staying within the limit and the direction of change")
        if details:
            text += "; " + ", ".join(details)
    text += f" → {status_label(status, 'en')}"
    return text + ("; report overdue." if row.get("overdue") is True or row.get("overdue") == 1 else ".")


def filter_labels(f, lang: str = DEFAULT_LANG, statuses: tuple[str, ...] | None = None) -> list[str]:
    """The filters that narrow a view, as officials read them, for chart subtitles and the meeting
    pack's scope: 生态环保 · 市生态环境局冠县分局 · 2025 · 进度滞后 · 约束性 · “PM2.5”.

    ``f`` is a :class:`tracking.queries.Filters`; ``statuses`` replaces its statuses (the meeting
    pack chooses its own)."""
    statuses = f.statuses if statuses is None else statuses
    parts = [sector_label(s, lang) for s in f.sectors]
    if f.department:
        parts.append(f.department)
    if f.years:
        parts.append("/".join(str(y) for y in f.years))
    if f.kinds:
        parts.append("/".join(kind_label(k, lang) for k in f.kinds))
    if statuses:
        parts.append("/".join(status_label(s, lang) for s in statuses))
    if f.attributes:
        parts.append("/".join(attribute_label(None if a == "none" else a, lang) for a in f.attributes))
    if f.q:
        parts.append(f"“{f.q}”")
    if getattr(f, "overdue", False):
        parts.append(t("filters.overdue_label", lang))
    return parts


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA all mean "no value"; a missing value must never crash a chart."""
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value) in ("<NA>", "NaT", "nan")


def scale_to_official_unit(value: float, unit: str | None) -> tuple[float, str]:
    """Large amounts in the units officials read: 231684000000 元 → 2316.84 亿元, 12000 人 → 1.2 万人."""
    unit = unit or ""
    if unit == "元" and abs(value) >= 1e8:
        return value / 1e8, "亿元"
    if unit == "万元" and abs(value) >= 1e4:
        return value / 1e4, "亿元"
    if unit == "人" and abs(value) >= 1e4:
        return value / 1e4, "万人"
    return value, unit


def paren(text: object, lang: str = DEFAULT_LANG) -> str:
    """A remark in brackets as each language writes it: "（2025）" in Chinese, " (2025)" in English."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def colon(lang: str = DEFAULT_LANG) -> str:
    """"：" in Chinese, ": " in English — "目标：80家" / "Target: 80"."""
    return "：" if lang == "zh" else ": "


def list_sep(lang: str = DEFAULT_LANG) -> str:
    """Between the items of a list: "、" in Chinese, ", " in English — "县科技局、县财政局"."""
    return "、" if lang == "zh" else ", "


def fmt_plain(value: float, decimals: int = 2) -> str:
    """6.0 → "6", 2316.840 → "2316.84", 0.123456 → "0.12"; no thousands separators, as in the documents."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


NOT_FINITE = "—"  # what an infinite number prints as: never "inf%"


def fmt_number(value: object, unit: str | None = "", lang: str = DEFAULT_LANG) -> str:
    """A value with its unit, e.g. ``3000个``, ``6%``, ``2316.84亿元``; missing → 暂无数据; infinite → —."""
    if is_missing(value):
        return t("no_data", lang)
    if not math.isfinite(float(value)):  # type: ignore[arg-type]
        return NOT_FINITE
    number, unit = scale_to_official_unit(float(value), unit)  # type: ignore[arg-type]
    return fmt_plain(number) + unit_suffix(unit, lang)  # English units in the English view (issue 12)


def fmt_target(comparator: str | None, value: object, unit: str | None, lang: str = DEFAULT_LANG) -> str:
    """The target as the document states it: ``≥3000个``, ``≤42微克/立方米``, ``6%左右``, ``80家``."""
    amount = fmt_number(value, unit, lang)
    if comparator == ">=":
        return f"≥{amount}"
    if comparator == "<=":
        return f"≤{amount}"
    if comparator == "~":
        return f"{amount}左右" if lang == "zh" else f"about {amount}"
    return amount


def fmt_percent(share: object, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """A share (0.853) as a percentage (85.3%); missing → 暂无数据; infinite (a completion over a
    target of zero) → —, never "inf%"."""
    if is_missing(share):
        return t("no_data", lang)
    if not math.isfinite(float(share)):  # type: ignore[arg-type]
        return NOT_FINITE
    return f"{fmt_plain(float(share) * 100, decimals)}%"  # type: ignore[arg-type]


def fmt_points(delta: object, lang: str = DEFAULT_LANG) -> str:
    """A difference between two percentages: 1.5 → "1.5个百分点"."""
    if is_missing(delta):
        return t("no_data", lang)
    if not math.isfinite(float(delta)):  # type: ignore[arg-type]
        return NOT_FINITE
    return f"{fmt_plain(float(delta))}{t('unit.points', lang)}"  # type: ignore[arg-type]


def fmt_amount(delta: object, unit: str | None, lang: str = DEFAULT_LANG) -> str:
    """A difference in the target's unit; for a percentage unit it is said in 个百分点."""
    if (unit or "") == "%":
        return fmt_points(delta, lang)
    return fmt_number(delta, unit, lang)


# --- entry page (数据填报) ---
# Keys of pages/entry.py and dashboard/auth.py (entry.reason.* come from tracking.reported_import.REASONS, at the end).
TEXT.update({
    "entry.title": {"zh": "数据填报", "en": "Data entry"},
    "entry.intro": {
        "zh": "选择地区和部门，在“填报数值”列填写完成情况后保存；也可下载模板填好后整表导入。每次修改都保留历史记录。",
        "en": "Pick a jurisdiction and department, fill in the “Value” column and save; or download the "
              "template, fill it in and import it. Every change keeps its history.",
    },
    "entry.no_db": {"zh": "还没有指标数据库（{path}），无法填报。", "en": "No indicator database yet ({path}): nothing to report on."},
    "entry.jurisdiction": {"zh": "地区", "en": "Jurisdiction"},
    "entry.department": {"zh": "牵头部门", "en": "Lead department"},
    "entry.all_departments": {"zh": "全部部门", "en": "All departments"},
    "entry.empty": {"zh": "所选地区和部门下没有目标。", "en": "No targets for this jurisdiction and department."},
    "entry.readonly": {"zh": "当前账号无权填报所选范围内的目标，只能查看。", "en": "This account may not write these targets: view only."},
    "entry.tab.form": {"zh": "在线填报", "en": "Enter values"},
    "entry.tab.import": {"zh": "文件导入", "en": "Import a file"},
    "entry.tab.history": {"zh": "修改记录", "en": "History"},
    "entry.col.target_id": {"zh": "目标编号", "en": "Target id"},
    "entry.col.indicator": {"zh": "指标", "en": "Indicator"},
    "entry.col.target": {"zh": "目标", "en": "Target"},
    "entry.col.latest": {"zh": "最新值", "en": "Latest value"},
    "entry.col.latest_period": {"zh": "最新报告期", "en": "Latest period"},
    "entry.col.status": {"zh": "进度状态", "en": "Status"},
    "entry.col.period": {"zh": "报告期", "en": "Period"},
    "entry.col.value": {"zh": "填报数值", "en": "Value"},
    "entry.col.unit": {"zh": "填报单位", "en": "Unit"},
    "entry.col.note": {"zh": "备注", "en": "Note"},
    "entry.col.source": {"zh": "数据来源", "en": "Source"},
    "entry.col.writable": {"zh": "可填报", "en": "Writable"},
    "entry.help.period": {"zh": "2024 表示全年，2024Q3 表示第三季度", "en": "2024 for the year, 2024Q3 for a quarter"},
    "entry.help.unit": {"zh": "默认为目标单位；万元/亿元等可自动换算", "en": "The target's unit by default; 万元/亿元 etc. are converted"},
    "entry.save": {"zh": "保存", "en": "Save"},
    "entry.nothing": {"zh": "没有填写任何新数值。", "en": "No value was entered."},
    "entry.saved": {"zh": "已保存 {saved} 个数值（{unchanged} 个与原值相同，未重复保存）。", "en": "Saved {saved} values ({unchanged} unchanged, not saved again)."},
    "entry.rejected": {"zh": "有 {n} 处问题，未保存任何数值。请修改后重新保存：", "en": "{n} problems: nothing was saved. Fix them and save again:"},
    "entry.busy": {"zh": "数据库正忙（{error}），请稍后再试，填写的内容仍保留在表格中。", "en": "The database is busy ({error}); try again shortly, your entries are still in the table."},
    "entry.damaged": {"zh": "数据库文件 {file} 已损坏，无法读取（{error}）。请管理员从备份恢复（python -m etl restore-reported），填写的内容仍保留在表格中。", "en": "The database file {file} is damaged and cannot be read ({error}). Ask the administrator to restore it from a backup (python -m etl restore-reported); your entries are still in the table."},
    "entry.store_error": {"zh": "无法使用数据库文件 {file}（{error}）。", "en": "The database file {file} cannot be used ({error})."},
    "entry.problem.row": {"zh": "行", "en": "Row"},
    "entry.problem.column": {"zh": "列", "en": "Column"},
    "entry.problem.value": {"zh": "填写内容", "en": "Entered"},
    "entry.problem.reason": {"zh": "原因", "en": "Reason"},
    "entry.import.file": {"zh": "选择 CSV 或 Excel 文件", "en": "Choose a CSV or Excel file"},
    "entry.import.button": {"zh": "导入", "en": "Import"},
    "entry.import.help": {
        "zh": "整表导入：任何一行有问题，整个文件都不会写入，并逐行列出问题。“实际值”为空的行会跳过。",
        "en": "All or nothing: if any row is wrong, nothing is written and every problem is listed. Rows without a value are skipped.",
    },
    "entry.import.ok": {"zh": "{file}：已保存 {saved} 个数值，{unchanged} 个未变，跳过 {skipped} 个空行。", "en": "{file}: saved {saved} values, {unchanged} unchanged, {skipped} empty rows skipped."},
    "entry.warnings": {"zh": "已保存，但有 {n} 个数值需要核对（与目标或上次填报相差十倍以上，或累计数低于上一期）：", "en": "Saved, but {n} values need a second look (ten times off the target or the previous report, or a cumulative total below the previous one):"},
    "entry.import.failed": {"zh": "{file}：发现 {n} 个问题，未导入任何数据：", "en": "{file}: {n} problems, nothing was imported:"},
    "entry.template.csv": {"zh": "下载模板（CSV）", "en": "Template (CSV)"},
    "entry.template.xlsx": {"zh": "下载模板（Excel）", "en": "Template (Excel)"},
    "entry.template.name": {"zh": "填报模板", "en": "entry_template"},
    "entry.history.empty": {"zh": "所选目标还没有填报记录。", "en": "No values reported for these targets yet."},
    "entry.history.at": {"zh": "时间（UTC）", "en": "Time (UTC)"},
    "entry.history.account": {"zh": "账号", "en": "Account"},
    "entry.history.old": {"zh": "原值", "en": "Old value"},
    "entry.history.new": {"zh": "新值", "en": "New value"},
    "entry.history.how": {"zh": "方式", "en": "How"},
    "entry.how.form": {"zh": "在线填报", "en": "form"},
    "entry.how.import": {"zh": "文件导入", "en": "import"},
    "entry.how.cli": {"zh": "命令行", "en": "command line"},
    "entry.how.document": {"zh": "文件数据", "en": "document"},
    "entry.orphans.title": {"zh": "待核对：{n} 个数值的目标已不在指标库中", "en": "To review: {n} values whose target is no longer in the database"},
    "entry.orphans.help": {"zh": "这些数值已妥善保存，未被删除；目标恢复后会自动重新关联。若目标在重建后换了编号，管理员可运行 `python -m etl reattach 原编号 新编号` 迁移。", "en": "These values are kept, not deleted; they reattach if the target comes back. If a rebuild gave the target a new id, an administrator can run `python -m etl reattach OLD NEW`."},
    "entry.signin.title": {"zh": "**登录后可保存和导入**", "en": "**Sign in to save and import**"},
    "entry.signin.user": {"zh": "账号", "en": "User name"},
    "entry.signin.password": {"zh": "密码", "en": "Password"},
    "entry.signin.submit": {"zh": "登录", "en": "Sign in"},
    "entry.signin.failed": {"zh": "账号或密码不正确。", "en": "Wrong user name or password."},
    "entry.signin.paused": {"zh": "登录失败次数过多，请 {seconds} 秒后再试。", "en": "Too many failed sign-ins: try again in {seconds} seconds."},
    "entry.signin.as": {"zh": "已登录：{name}（{user}）", "en": "Signed in as {name} ({user})"},
    "entry.signin.logout": {"zh": "退出登录", "en": "Sign out"},
    "entry.signin.needed": {"zh": "查看无需登录；保存和导入需要登录，且只能填报授权的地区。", "en": "Viewing needs no account; saving and importing need one, limited to its granted jurisdictions."},
    "entry.signin.oidc": {"zh": "统一身份认证登录 {provider}", "en": "Sign in {provider}"},
    "entry.signin.not_granted": {"zh": "{user} 已登录，但尚未获得填报授权，请联系管理员。", "en": "{user} is signed in but has no write grant yet; ask the administrator."},
    "entry.signin.no_accounts": {"zh": "尚未配置填报账号（{path}）。管理员可运行 `python -m etl add-account` 添加。", "en": "No accounts are configured ({path}). An administrator can add one with `python -m etl add-account`."},
    "entry.signin.config_error": {"zh": "账号配置文件有误：{error}", "en": "The accounts file is invalid: {error}"},
    "entry.signin.store_error": {"zh": "暂时无法登录：无法读取账号数据库（{error}）。", "en": "Signing in is not possible now: the accounts database cannot be read ({error})."},
})
# --- end entry page ---

# --- meeting pack (会议材料) ---
# Keys of outputs/pack.py, dashboard/pack_ui.py and `python -m etl meeting-pack`.
TEXT.update({
    "pack.title": {"zh": "会议材料", "en": "Meeting pack"},
    "pack.intro": {"zh": "按当前筛选生成调度会材料：演示文稿（PPTX）和目标台账（Excel），打包为一个 ZIP。",
                   "en": "Slides (PPTX) and the ledger workbook (Excel) for the current view, in one ZIP."},
    "pack.jurisdictions": {"zh": "包含地区", "en": "Jurisdictions"},
    "pack.statuses": {"zh": "进度状态（不选为全部）", "en": "Statuses (none chosen = all)"},
    "pack.max_slides": {"zh": "指标页数上限", "en": "At most this many indicator slides"},
    "pack.since": {"zh": "标注此日期以来新报的数值（可不填）", "en": "Highlight values reported since (optional)"},
    "pack.sheets_by": {"zh": "台账分表", "en": "Workbook sheets"},
    "pack.sheets_by.jurisdiction": {"zh": "按地区", "en": "One per jurisdiction"},
    "pack.sheets_by.department": {"zh": "按牵头部门", "en": "One per lead department"},
    "pack.build": {"zh": "生成会议材料", "en": "Build the meeting pack"},
    "pack.download": {"zh": "下载会议材料（ZIP）", "en": "Download the meeting pack (ZIP)"},
    "pack.built": {"zh": "已生成 {file}：{slides} 页幻灯片，{targets} 项目标，{sheets} 个工作表。",
                   "en": "Built {file}: {slides} slides, {targets} targets, {sheets} sheets."},
    "pack.empty": {"zh": "当前选择下没有目标，无法生成会议材料。请放宽地区、进度状态或其他筛选条件。",
                   "en": "No targets in this selection, so there is nothing to put in a meeting pack. "
                         "Widen the jurisdictions, statuses or other filters."},
    "pack.unknown_jurisdiction": {"zh": "找不到地区「{name}」。可选地区：{known}",
                                  "en": "No jurisdiction named “{name}”. Known: {known}"},
    "pack.no_db": {"zh": "找不到指标数据库 {path}。请先运行 python -m etl build。",
                   "en": "No indicator database at {path}. Run python -m etl build first."},
    "pack.store_error": {"zh": "填报数据无法读取：{error}", "en": "Reported values could not be read: {error}"},
    "pack.export_failed": {"zh": "图表图片生成失败：{error}", "en": "Could not draw the charts: {error}"},
    "pack.written": {"zh": "已写入 {path}：{slides} 页幻灯片，{targets} 项目标，{sheets} 个工作表。",
                     "en": "Wrote {path}: {slides} slides, {targets} targets, {sheets} sheets."},
    "pack.progress.load": {"zh": "正在读取目标与填报数据……", "en": "Reading targets and reported values…"},
    "pack.progress.summary": {"zh": "正在绘制进度概况……", "en": "Drawing the summary…"},
    "pack.progress.slide": {"zh": "正在生成指标页 {i}/{n}：{name}", "en": "Indicator slide {i}/{n}: {name}"},
    "pack.progress.workbook": {"zh": "正在生成目标台账……", "en": "Writing the workbook…"},
    "pack.progress.done": {"zh": "会议材料已生成。", "en": "The meeting pack is ready."},
    "pack.scope.several": {"zh": "{first}等{n}个地区", "en": "{first} and {more} more"},
    "pack.cover.title": {"zh": "{scope}目标任务推进情况", "en": "{scope}: progress on the plan targets"},
    "pack.cover.subtitle": {"zh": "调度会材料", "en": "Progress review meeting"},
    "pack.cover.as_of": {"zh": "数据截至{date}", "en": "Data as of {date}"},
    "pack.cover.scope": {"zh": "范围：{scope}", "en": "Scope: {scope}"},
    "pack.cover.count": {"zh": "共 {n} 项目标，其中 {with_data} 项已有填报数值。",
                         "en": "{n} targets, {with_data} with reported values."},
    "pack.cover.since": {"zh": "黄色标注：{date}以来新报送的数值（共 {n} 项目标）。",
                         "en": "Highlighted in yellow: values reported since {date} ({n} targets)."},
    "pack.cover.source": {"zh": "数据来源：规划文件原文与部门填报；每个目标均注明文件、文号与条款。",
                          "en": "Sources: the plan documents and departments' reports; every target cites its document and clause."},
    "pack.summary.title": {"zh": "{scope} · 进度概况", "en": "{scope} · Summary"},
    "pack.summary.total": {"zh": "目标总数", "en": "Targets"},
    "pack.summary.by_sector": {"zh": "各领域进度状态", "en": "Status by sector"},
    "pack.summary.gauges": {"zh": "重点指标进度", "en": "Headline indicators"},
    "pack.summary.note": {"zh": "进度滞后、严重滞后共 {lagging} 项。", "en": "{lagging} targets lagging."},
    "pack.summary.new": {"zh": "{date}以来新报 {n} 项。", "en": " {n} reported since {date}."},
    "pack.slide.target": {"zh": "目标", "en": "Target"},
    "pack.slide.baseline_first_report": {"zh": "首次填报", "en": "first report"},
    "pack.slide.latest": {"zh": "最新值", "en": "Latest value"},
    "pack.slide.progress": {"zh": "完成度 / 时间进度", "en": "Completion / time elapsed"},
    "pack.slide.pace": {"zh": "所需进度", "en": "Pace required"},
    "pack.slide.lead": {"zh": "牵头单位", "en": "Lead"},
    "pack.slide.deadline": {"zh": "完成时限", "en": "Deadline"},
    "pack.slide.source": {"zh": "出处：", "en": "Source: "},
    "pack.slide.new": {"zh": "{periods} 为{date}以来新报", "en": "{periods} reported since {date}"},
    "pack.slide.overdue": {"zh": "逾期未报", "en": "Report overdue"},
    "pack.closing.title": {"zh": "各牵头部门目标情况（逾期、滞后在前）",
                           "en": "Targets by lead department (overdue and lagging first)"},
    "pack.closing.continued": {"zh": "（续）", "en": " (continued)"},
    "pack.closing.none": {"zh": "本次范围内没有进度滞后、严重滞后或逾期未报的目标。",
                          "en": "No target in this selection is lagging or overdue."},
    "pack.closing.more": {"zh": "等{n}项", "en": " and {n} more"},
    "pack.closing.count": {"zh": "{n}项：", "en": "{n}: "},
    "pack.no_lead": {"zh": "未明确牵头单位", "en": "No lead unit named"},
    "pack.col.changed": {"zh": "新报期次", "en": "Reported since"},
    "pack.file.pack": {"zh": "会议材料", "en": "meeting_pack"},
    "pack.file.slides": {"zh": "汇报幻灯片", "en": "slides"},
    "pack.file.ledger": {"zh": "目标台账", "en": "ledger"},
})
# --- end meeting pack ---

# --- issue 12 item 5: a meeting pack worth presenting (outputs/pack.py) ---
TEXT.update({
    "pack.name.phrase": {"zh": "“{phrase}”", "en": "“{phrase}”"},
    "pack.name.phrase_note": {"zh": "引号内为原文摘句：未能从原文识别出指标名称。",
                              "en": "In quotes: the document's own words, where no indicator name could be found."},
    "pack.nodata.title": {"zh": "尚无填报数值的目标（{n} 项）", "en": "Targets with no reported value ({n})"},
    "pack.nodata.summary": {"zh": "逾期未报 {overdue} 项（报送期已过仍未填报），暂无数据 {no_data} 项（尚未到报送期）。"
                                  "这些目标不单列幻灯片，全部列于目标台账。",
                            "en": "{overdue} overdue (a report was due and none came), {no_data} not yet due. "
                                  "They get no slide of their own; the ledger workbook lists them all."},
    "pack.nodata.by_department": {"zh": "按牵头部门", "en": "By lead department"},
    "pack.nodata.list": {"zh": "目标清单（逾期未报在前）", "en": "Targets (overdue first)"},
    "pack.nodata.more": {"zh": "另有 {n} 项，见目标台账。", "en": "{n} more in the ledger workbook."},
    "pack.nodata.more_departments": {"zh": "其余 {n} 个部门", "en": "{n} more departments"},
    "pack.nodata.more_leads": {"zh": "等", "en": " and others"},
    "pack.nodata.joint": {"zh": "多个部门共同牵头的目标在各部门下分别计数。",
                          "en": "A target led jointly is counted under each of its lead departments."},
    "pack.closing.rest": {"zh": "其余目标", "en": "Other targets"},
    "pack.closing.written_as": {"zh": "文件中也写作", "en": "also written"},
    "pack.slide.written_as": {"zh": "文件中写作", "en": "written"},
})
# --- end issue 12 item 5 ---

# --- issue 12: overdue, sources, first visit ---
# Keys of the overdue display state (逾期未报), the ledger's overdue column and filter, the 部门
# page's overdue list and reminders (催报: outputs/remind.py, `python -m etl remind`), the source and
# note of reported values, and the overview's first visit.
DISPLAY_STATUSES = DISPLAY_CODES  # what pages show and count: 逾期未报 beside 暂无数据 (tracking.overdue)
TEXT.update({
    "status.overdue": {"zh": "逾期未报", "en": "Overdue"},
    "filters.overdue": {"zh": "只看逾期未报", "en": "Overdue reports only"},
    "filters.overdue_label": {"zh": "逾期未报", "en": "overdue"},
    "ledger.col.overdue": {"zh": "逾期未报", "en": "Overdue"},
    "ledger.overdue_yes": {"zh": "是", "en": "yes"},
    "col.due_period": {"zh": "应报期次", "en": "Due for"},
    "col.report_source": {"zh": "数据来源", "en": "Source"},
    "col.report_note": {"zh": "备注", "en": "Note"},
    "col.reported_by": {"zh": "填报账号", "en": "Reported by"},
    "col.reported_at": {"zh": "填报时间（UTC）", "en": "Reported at (UTC)"},
    "col.report_value": {"zh": "填报值", "en": "Value"},
    "col.examples": {"zh": "目标举例", "en": "For example"},
    "indicator.reports": {"zh": "填报记录（{n}）", "en": "Reported values ({n})"},
    "indicator.no_reports": {"zh": "尚无填报数值。", "en": "No value reported yet."},
    "chart.hover.source": {"zh": "数据来源：{source}", "en": "Source: {source}"},
    "chart.hover.note": {"zh": "备注：{note}", "en": "Note: {note}"},
    # overview
    "overview.overdue_line": {
        "zh": "逾期未报共 {n} 项：{never} 项从未填报，{stale} 项已有填报但最近一期未报。",
        "en": "{n} targets have an overdue report: {never} never reported, {stale} not reported for the last period due."},
    "overview.overdue_line_never": {"zh": "逾期未报共 {n} 项，都还从未填报。",
                                    "en": "{n} targets have an overdue report, none of them ever reported."},
    "overview.overdue_open": {"zh": "查看逾期未报清单", "en": "List the overdue targets"},
    "overview.first.title": {"zh": "还没有任何填报数据", "en": "Nothing has been reported yet"},
    "overview.first.body": {
        "zh": "当前范围共有 {n} 项目标，还没有一项填报过进展数值，所以进度仪表都是空的。"
              "各牵头部门在每季度结束后 30 日内报送一次（“数据填报”页在线填写，或下载模板填好后导入）。"
              "下表列出各部门负责填报的目标：",
        "en": "There are {n} targets here and no progress value has been reported for any of them yet, so the "
              "gauges are empty. Each lead department reports within 30 days of a quarter's end (on the Data "
              "entry page, or by filling in the template and importing it). Who reports what:"},
    "overview.first.entry": {"zh": "前往数据填报", "en": "Go to data entry"},
    "overview.first.template": {"zh": "下载填报模板（Excel）", "en": "Download the reporting template (Excel)"},
    "overview.first.more": {"zh": "表中列出前 {shown} 个部门，共 {n} 个；全部见“部门”页。",
                            "en": "The first {shown} of {n} departments; the Departments page lists them all."},
    # departments: the list behind the overdue counts, and reminders
    "departments.written_as": {"zh": "文件中的写法", "en": "As written in the documents"},
    "departments.overdue_list": {"zh": "逾期未报清单与催报", "en": "Overdue reports and reminders"},
    "departments.pick": {"zh": "牵头部门（括号内为逾期未报项数）", "en": "Lead department (overdue reports in brackets)"},
    "departments.pick_hint": {"zh": "点击上表中的一行，或在这里选择部门。", "en": "Click a row of the table above, or pick a department here."},
    "departments.pick_item": {"zh": "{department}（{n}项）", "en": "{department} ({n})"},
    "departments.none_overdue": {"zh": "当前范围内没有逾期未报的目标。", "en": "No target in this selection has an overdue report."},
    "departments.list_count": {"zh": "{department}：{n} 项目标逾期未报", "en": "{department}: {n} targets with an overdue report"},
    "departments.open_ledger": {"zh": "在目标台账中查看", "en": "Open in the ledger"},
    "departments.xlsx": {"zh": "下载催报清单（Excel）", "en": "Download the reminder list (Excel)"},
    "departments.txt": {"zh": "下载催报通知（文本）", "en": "Download the reminder (text)"},
    "departments.message": {"zh": "催报通知（右上角按钮可复制）", "en": "Reminder text (copy button at its top right)"},
    "departments.send": {"zh": "发送催报邮件", "en": "Send the reminder by e-mail"},
    "departments.sent": {"zh": "已发送给 {to}。", "en": "Sent to {to}."},
    # reminders (催报): the workbook, the message, the command
    "remind.sheet": {"zh": "催报清单", "en": "Overdue reports"},
    "remind.file": {"zh": "催报清单", "en": "overdue_reports"},
    "remind.title": {"zh": "{department} · 逾期未报目标清单 · 截至{date}", "en": "{department} · overdue reports · as of {date}"},
    "remind.subject": {"zh": "【催报】{department}：{n}项目标逾期未报（截至{date}）",
                       "en": "[Reminder] {department}: {n} overdue reports (as of {date})"},
    "remind.greeting": {"zh": "{department}：", "en": "To {department},"},
    "remind.intro": {
        "zh": "截至{date}，贵单位牵头的以下 {n} 项目标任务逾期未报送进展数据（每季度结束后 30 日内报送；目标年份已过的，报送全年数据）：",
        "en": "As of {date}, the following {n} targets led by your office have no progress report for the period due "
              "(reports are due within 30 days of a quarter's end; for a target year that has passed, the year's figure):"},
    "remind.item": {"zh": "{i}. {jurisdiction} · {indicator}：目标{target}{year}，应报{due}；{latest}",
                    "en": "{i}. {jurisdiction} · {indicator}: target {target}{year}, due for {due}; {latest}"},
    "remind.year": {"zh": "（{year}年）", "en": " ({year})"},
    "remind.latest": {"zh": "最近一次填报 {value}（{period}）", "en": "last reported {value} ({period})"},
    "remind.never": {"zh": "尚未填报", "en": "never reported"},
    "remind.ask": {
        "zh": "请登录“聊城市目标指标监测”的“数据填报”页面填报，或在所附《催报清单》的“填报”表中填写后导入。",
        "en": "Please report on the Data entry page of the Liaocheng target monitor, or fill in the “填报” sheet "
              "of the attached workbook and import it."},
    "remind.sign": {"zh": "聊城市目标指标监测", "en": "Liaocheng target monitor"},
    "remind.written": {"zh": "已写入 {path}：{department} {n} 项逾期未报。", "en": "Wrote {path}: {department}, {n} overdue."},
    "remind.nothing": {"zh": "{department}：没有逾期未报的目标。", "en": "{department}: no overdue report."},
    "remind.sent": {"zh": "已发送给 {department}（{to}）：{n} 项。", "en": "Sent to {department} ({to}): {n}."},
    "remind.no_address": {"zh": "{department} 没有登记邮箱（{file}），未发送。",
                          "en": "{department} has no e-mail address in {file}: not sent."},
    "remind.no_smtp": {"zh": "没有配置邮件服务器（环境变量 SMTP_HOST、SMTP_PORT、SMTP_FROM），无法发送。",
                       "en": "No mail server is configured (SMTP_HOST, SMTP_PORT, SMTP_FROM): nothing can be sent."},
    "remind.send_failed": {"zh": "发送给 {department} 失败：{error}", "en": "Could not send to {department}: {error}"},
    "remind.unknown_department": {"zh": "找不到牵头部门「{name}」。可选部门：{known}",
                                  "en": "No lead department named “{name}”. Known: {known}"},
    "remind.no_db": {"zh": "找不到指标数据库 {path}。请先运行 python -m etl build。",
                     "en": "No indicator database at {path}. Run python -m etl build first."},
    "remind.table_error": {"zh": "部门表有误：{error}", "en": "A department table is invalid: {error}"},
})
# --- end issue 12 ---

# Import problems: their words live with the rules that find them (tracking.reported_import).
TEXT.update({f"entry.reason.{code}": dict(words) for code, words in REASONS.items()})


# --- documents and review (issue 14): 文件管理, the review of targets, the review workbook ---------
REVIEW_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
TEXT.update({
    "nav.documents": {"zh": "文件管理", "en": "Documents"},
    "review.state.unreviewed": {"zh": "未审核", "en": "Unreviewed"},
    "review.state.confirmed": {"zh": "已确认", "en": "Confirmed"},
    "review.state.corrected": {"zh": "已更正", "en": "Corrected"},
    "review.state.rejected": {"zh": "已驳回（不是目标）", "en": "Rejected (not a target)"},
    "review.state.added": {"zh": "人工补充", "en": "Added by hand"},
    "col.review_state": {"zh": "审核状态", "en": "Review"},
    "docs.title": {"zh": "文件管理", "en": "Documents"},
    "docs.intro": {"zh": "上传规划文件（PDF、DOCX、TXT、MD），系统读取其中的量化目标；发布前请核对文件信息，发布后逐条审核目标：确认、更正、驳回或补充。所有更正在每次重建后依然有效。",
                   "en": "Upload plan documents (PDF, DOCX, TXT, MD); their quantitative targets are read. Check the document's details before publishing, then review each target: confirm, correct, reject or add. Every correction survives every rebuild."},
    "docs.no_right": {"zh": "此账号没有文件管理权限，只能查看。", "en": "This account may not manage documents: view only."},
    "docs.upload.title": {"zh": "上传文件", "en": "Upload documents"},
    "docs.upload.files": {"zh": "选择文件（可多选）", "en": "Choose files (several at once)"},
    "docs.upload.read": {"zh": "读取", "en": "Read"},
    "docs.upload.reading": {"zh": "正在读取 {name}（{i}/{n}）…", "en": "Reading {name} ({i}/{n})…"},
    "docs.upload.done": {"zh": "读取完成", "en": "Done"},
    "docs.upload.found": {"zh": "读出 {n} 个目标，尚未发布", "en": "{n} targets read, not yet published"},
    "docs.upload.replaces": {"zh": "将替换同名文件的旧版本（目标编号与填报值尽量保留）", "en": "replaces the older version of the same name (ids and reported values kept where the target remains)"},
    "docs.upload.confirm": {"zh": "请核对系统推断的文件信息，需要时直接修改，然后发布。", "en": "Check the inferred details, correct them if needed, then publish."},
    "docs.upload.publish": {"zh": "确认并发布", "en": "Confirm and publish"},
    "docs.upload.discard": {"zh": "放弃", "en": "Discard"},
    "docs.upload.published": {"zh": "{name} 已发布，{n} 个目标。", "en": "{name} published: {n} targets."},
    "docs.upload.gone": {"zh": "新版本中不再有：{list}", "en": " No longer in the new version: {list}"},
    "docs.list.title": {"zh": "已载入的文件", "en": "Documents loaded"},
    "docs.list.empty": {"zh": "还没有文件。", "en": "No documents yet."},
    "docs.list.file": {"zh": "文件名", "en": "File"},
    "docs.list.targets": {"zh": "目标数", "en": "Targets"},
    "docs.list.reviewed": {"zh": "已审核", "en": "Reviewed"},
    "docs.list.hidden": {"zh": "已隐藏", "en": "Hidden"},
    "docs.list.withdrawn": {"zh": "已撤回", "en": "Withdrawn"},
    "docs.list.yes": {"zh": "是", "en": "yes"},
    "docs.unmatched.title": {"zh": "{n} 条审核在当前文件中找不到对应目标（已保留）", "en": "{n} reviews find no target in the current documents (kept)"},
    "docs.unmatched.help": {"zh": "目标或其原文在重建后不存在了。审核记录不会被删除；请核对文件，必要时重新补充。", "en": "Their target or sentence is gone after a rebuild. The reviews are kept; check the document and add the target again if needed."},
    "docs.meta.title": {"zh": "标题", "en": "Title"},
    "docs.meta.jurisdiction": {"zh": "地区", "en": "Jurisdiction"},
    "docs.meta.jurisdiction_level": {"zh": "层级（province/city/county/zone）", "en": "Level (province/city/county/zone)"},
    "docs.meta.parent_jurisdiction": {"zh": "上级地区", "en": "Parent jurisdiction"},
    "docs.meta.doc_type": {"zh": "文件类型", "en": "Document type"},
    "docs.meta.issuing_body": {"zh": "发文机关", "en": "Issuing body"},
    "docs.meta.doc_number": {"zh": "文号", "en": "Number"},
    "docs.meta.issued_on": {"zh": "发文日期（YYYY-MM-DD）", "en": "Issued on (YYYY-MM-DD)"},
    "docs.meta.horizon_year": {"zh": "规划期末年份", "en": "Horizon year"},
    "review.title": {"zh": "目标审核", "en": "Review of targets"},
    "review.pick": {"zh": "选择文件", "en": "Document"},
    "review.stale": {"zh": "未保存：{error}", "en": "Not saved: {error}"},
    "review.meta.title": {"zh": "文件信息（地区、层级、文号、日期等）", "en": "Document details (jurisdiction, level, number, date…)"},
    "review.meta.corrected": {"zh": "已人工更正：{fields}", "en": "Corrected by hand: {fields}"},
    "review.meta.save": {"zh": "保存文件信息", "en": "Save details"},
    "review.meta.saved": {"zh": "{name} 的文件信息已保存并发布。", "en": "Details of {name} saved and published."},
    "review.withdraw": {"zh": "撤回此文件（隐藏其目标，保留填报值）", "en": "Withdraw (hide its targets, keep reported values)"},
    "review.restore": {"zh": "恢复此文件", "en": "Bring this document back"},
    "review.withdrawn": {"zh": "{name} 已撤回。", "en": "{name} withdrawn."},
    "review.restored": {"zh": "{name} 已恢复。", "en": "{name} is back."},
    "review.xlsx": {"zh": "下载审核表（Excel）", "en": "Download review sheet (Excel)"},
    "review.no_targets": {"zh": "此文件没有读出目标；可在下方补充。", "en": "No targets were read from this document; add them below."},
    "review.target": {"zh": "选择目标", "en": "Target"},
    "review.text": {"zh": "原文", "en": "Source text"},
    "review.text_missing": {"zh": "在文件中找不到这句话。", "en": "The sentence is not found in the document."},
    "review.full_text": {"zh": "全文", "en": "Full text"},
    "review.field.indicator_name": {"zh": "指标", "en": "Indicator"},
    "review.field.value": {"zh": "目标值", "en": "Value"},
    "review.field.unit": {"zh": "单位", "en": "Unit"},
    "review.field.comparator": {"zh": "比较（>=、<=、~ 左右、= ）", "en": "Comparator"},
    "review.field.kind": {"zh": "类型", "en": "Kind"},
    "review.field.per_year": {"zh": "每年（年均）", "en": "Per year"},
    "review.field.target_year": {"zh": "目标年份", "en": "Target year"},
    "review.field.baseline_value": {"zh": "基期值", "en": "Baseline value"},
    "review.field.baseline_year": {"zh": "基期年份", "en": "Baseline year"},
    "review.field.lead_departments": {"zh": "牵头部门（用、分隔）", "en": "Lead departments (separated by 、)"},
    "review.field.sector": {"zh": "领域", "en": "Sector"},
    "review.confirm": {"zh": "确认无误", "en": "Confirm"},
    "review.save": {"zh": "保存更正", "en": "Save correction"},
    "review.reject": {"zh": "驳回（不是目标）", "en": "Reject (not a target)"},
    "review.bad_value": {"zh": "{field} 的值无效，未保存。", "en": "{field}: invalid value, not saved."},
    "review.done.confirm": {"zh": "已确认：{name}", "en": "Confirmed: {name}"},
    "review.done.edit": {"zh": "已更正：{name}", "en": "Corrected: {name}"},
    "review.done.reject": {"zh": "已驳回：{name}", "en": "Rejected: {name}"},
    "review.done.add": {"zh": "已补充：{name}", "en": "Added: {name}"},
    "review.add.title": {"zh": "补充遗漏的目标", "en": "Add a missed target"},
    "review.add.help": {"zh": "从原文中复制这个目标的原话粘贴到下面，并填写指标、目标值和单位。", "en": "Paste the target's words from the text below and fill in indicator, value and unit."},
    "review.add.quote": {"zh": "原文引用", "en": "Quoted words"},
    "review.add.button": {"zh": "补充目标", "en": "Add target"},
    "review.add.not_found": {"zh": "引用的文字不在此文件中，未保存。", "en": "The quoted words are not in this document: not saved."},
    "review.xlsx.document": {"zh": "文件", "en": "Document"},
    "review.xlsx.note1": {"zh": "在「审核」表的「操作」列填写：确认、驳回（不是目标）或留空；直接修改某个字段即为更正。",
                          "en": "In sheet 审核, column 操作: 确认 (confirm), 驳回 (reject) or empty; changing a field corrects it."},
    "review.xlsx.note2": {"zh": "补充遗漏的目标：新增一行，操作填「补充」，在「原文」列引用文件中的原话，并填写指标、目标值、单位、比较、类型。",
                          "en": "To add a missed target: a new row, 操作 补充, its words quoted in 原文, and indicator, value, unit, comparator, kind."},
    "review.xlsx.note3": {"zh": "「版本」列请勿修改：导出后他人已审核的目标会被拒绝并显示现值。",
                          "en": "Leave 版本 as it is: a target reviewed by someone else since the export is refused, with its current value."},
    "review.xlsx.note4": {"zh": "任何一行有错，整个文件都不会导入，并逐行列出问题：python -m etl review import 文件.xlsx",
                          "en": "If any row is wrong nothing is imported and each problem is listed: python -m etl review import file.xlsx"},
})


def review_state_label(state: str | None, lang: str = DEFAULT_LANG) -> str:
    """A review state in words: None or "" is 未审核 (unreviewed)."""
    return t(f"review.state.{state or 'unreviewed'}", lang)


# --- issue 12: increments ---------------------------------------------------------------------
# What officials enter for an increment target (新建、新增…) and how its latest value is shown:
# the cumulative total since the plan's start (累计完成; per_year targets: 年内累计), the
# convention of tracking.reported_import; 口径 (basis) says 本期新增 per row otherwise.
TEXT.update({f"basis.{code}": dict(words) for code, words in BASIS_LABELS.items()})
TEXT.update({
    "entry.col.basis": {"zh": "口径", "en": "Basis"},
    "entry.help.basis": {
        "zh": "仅用于新增类目标（新建、新增…）：默认“累计”，即自规划期初以来的累计完成数（每年类目标为年内累计，如1—9月累计）；"
              "填的是本期新增数时请选“本期新增”。其他目标留空。",
        "en": "For increment targets (build, add…) only: “Cumulative” by default, the total since the plan's start "
              "(for yearly targets the total within the year, e.g. January–September); choose “Period additions” "
              "when the value is what was added in the period. Leave it empty for other targets.",
    },
    "entry.help.value": {
        "zh": "水平类、增速类填当期数值；新增类默认填累计完成数（见“口径”列）",
        "en": "Levels and rates: the period's figure; increments: the cumulative total by default (see Basis)",
    },
    "entry.increments": {
        "zh": "新增类目标（如“建成5G基站1500个”“新增高技能人才…”）请填**累计完成数**：自规划期初以来的累计"
              "（每年类目标填年内累计，如1—9月累计），与台账“累计完成”一致。若填的是本期新增数，请在“口径”列选“本期新增”。"
              "累计数不会下降：低于上一期累计的数值会提醒核对。",
        "en": "For increment targets (“build 1,500 5G base stations”, “add … skilled workers”) enter the **cumulative "
              "total** since the plan's start (for yearly targets the total within the year, e.g. January–September), "
              "as ledgers keep it (累计完成). If you enter the period's additions instead, choose “Period additions” in "
              "the Basis column. A cumulative total cannot go down: one below the previous period's is flagged.",
    },
    "latest.cumulative": {"zh": "累计", "en": "cumulative"},
    "latest.year_to_date": {"zh": "年内累计", "en": "year to date"},
    "col.latest_cumulative": {"zh": "累计完成", "en": "Cumulative total"},
    "col.latest_year_to_date": {"zh": "年内累计", "en": "Year to date"},
    "chart.reported_cumulative": {"zh": "填报值（累计）", "en": "Reported (cumulative)"},
    "indicator.increment_rule": {
        "zh": "新增类目标：最新值是自规划期初以来的累计完成数，直接与目标值比较；各期按“口径”计入"
              "（累计数取最新一期，本期新增数在其后累加）。",
        "en": "Increment target: the latest value is the cumulative total since the plan's start, compared with the "
              "target directly; reports count by their basis (the latest cumulative total, plus period additions "
              "reported after it).",
    },
    "indicator.increment_rule_per_year": {
        "zh": "每年新增类目标：最新值是最新年度的年内累计数（如1—9月累计），与年度目标比较；本期新增数在其后累加。",
        "en": "Yearly increment target: the latest value is the latest year's total to date (e.g. January–September), "
              "compared with the yearly target; period additions reported after it are added.",
    },
    "template.note.increment": {
        "zh": "新增类目标（新建、新增…）的「实际值」填自规划期初以来的累计完成数（每年类目标填年内累计，如1—9月累计），"
              "「口径」列已预填“累计”；若填的是本期新增数，请把「口径」改为“本期新增”。累计数低于上一期累计时会提醒核对。",
        "en": "For increment targets (build, add…) enter in 实际值 the cumulative total since the plan's start (yearly "
              "targets: the total within the year); 口径 is pre-filled 累计 — change it to 本期新增 when you enter the "
              "period's additions. A cumulative total below the previous period's is flagged.",
    },
    "remind.increments": {
        "zh": "新增类目标（新建、新增…）请填自规划期初以来的累计完成数（每年类目标填年内累计）；如填本期新增数，请在“口径”中注明“本期新增”。",
        "en": "For increment targets (build, add…) report the cumulative total since the plan's start (yearly targets: "
              "the total within the year); if you report the period's additions, set 口径 (basis) to 本期新增.",
    },
    "template.note.basis_other": {
        "zh": "其他目标（水平值、增速）填当期数值，「口径」留空。",
        "en": "Other targets (levels, rates): the period's figure, 口径 left empty.",
    },
})


def is_increment(row: dict) -> bool:
    """Is this target an increment (新建、新增…), whose latest value is a cumulative total?"""
    return row.get("kind") == "increment"


def is_per_year(row: dict) -> bool:
    """Is the target a yearly one (每年…)? True, 1 and NumPy's True are; None, NaN and NA are not."""
    value = row.get("per_year")
    return not is_missing(value) and bool(value)


def latest_label(row: dict, lang: str = DEFAULT_LANG) -> str:
    """The heading of a target's latest value: 累计完成 for an increment, 年内累计 for a yearly
    one, else 最新值."""
    if not is_increment(row):
        return t("col.latest", lang)
    per_year = is_per_year(row)
    return t("col.latest_year_to_date" if per_year else "col.latest_cumulative", lang)


def latest_prefix(row: dict, lang: str = DEFAULT_LANG) -> str:
    """What goes before an increment's latest value where it stands alone: "累计 " (or "年内累计 ");
    "" for other kinds. "建成5G基站1500个", 1550 reported in all → "累计 1550个"."""
    if not is_increment(row):
        return ""
    per_year = is_per_year(row)
    return t("latest.year_to_date" if per_year else "latest.cumulative", lang) + " "


def fmt_latest(row: dict, lang: str = DEFAULT_LANG) -> str:
    """A target's latest value as shown beside its target: "累计 1550个" for an increment,
    "46微克/立方米" for a level, 暂无数据 when there is none."""
    value = row.get("latest_value")
    text = fmt_number(value, row.get("unit"), lang)
    return text if is_missing(value) else latest_prefix(row, lang) + text
# --- end issue 12: increments ---


# --- issue 12 item 7: the reporting journey's smaller frictions (template, entry, Streamlit's own words) ---
TEXT.update({
    "template.input_note": {
        "zh": "只需填写黄色的列（报告期、实际值、口径、备注、数据来源），其他列仅供参考，请勿修改。",
        "en": "Fill in the yellow columns only (period, value, basis, note, source); the others are for reference.",
    },
    "template.note.inputs": {
        "zh": "黄色的列是要填写的列：报告期（已预填，可修改）、实际值、口径（新增类目标）、备注、数据来源；其他列不必填写，也不要修改。",
        "en": "The yellow columns are the ones to fill in: period (pre-filled, may be changed), value, basis "
              "(increment targets), note, source; leave the other columns as they are.",
    },
    "template.note.reference": {
        "zh": "「牵头部门」「比较」「目标值」「单位」「目标年份」说明目标本身，仅供参考：比较为“不低于”“不高于”“左右”或“达到”，"
              "即目标值是下限、上限、约数还是要达到的数；导入时不读取这些列。",
        "en": "Lead department, comparator, target value, unit and target year describe the target, for reference: "
              "the comparator (不低于 at least, 不高于 at most, 左右 about, 达到 reach) says whether the target value "
              "is a floor, a ceiling, an approximation or a level to reach; the import does not read these columns.",
    },
    # the entry page follows the sidebar, and offers one target at a time on a phone
    "entry.filtered": {"zh": "按左侧筛选条件显示 {shown} / {n} 个目标。", "en": "Showing {shown} of {n} targets, as the filters on the left select."},
    "entry.empty_filtered": {"zh": "左侧筛选条件下，所选地区和部门没有目标。请放宽筛选条件。",
                             "en": "No targets of this jurisdiction and department match the filters on the left. Widen them."},
    "entry.one.hint": {"zh": "逐项填报：选择一个目标，填写后保存。", "en": "One target at a time: pick it, fill in, save."},
    "entry.one.pick": {"zh": "目标", "en": "Target"},
    # Streamlit's own words in the Chinese view (issue 12 item 7d; README, "Streamlit's own words")
    "upload.limit": {"zh": "支持 CSV、Excel（.xlsx）文件，单个文件不超过 {mb} MB。",
                     "en": "CSV or Excel (.xlsx) files, up to {mb} MB each."},
    "upload.button": {"zh": "选择文件", "en": "Browse files"},
    "upload.drop": {"zh": "将文件拖到此处，或点击选择文件", "en": "Drag and drop a file here, or browse"},
    "select.placeholder": {"zh": "请选择", "en": "Choose"},
})
# --- end issue 12 item 7 ---


# --- issue 12 item 7e: English names of sectors, catalogued indicators and units -----------------
# Sectors: data/sectors.csv (name_en), read by etl.sectors; indicators: data/indicator_catalog.csv
# (name_en), read by etl.catalog; units: the vocabulary of etl.quantities (BASE_UNITS, SCALES), whose
# English is kept here beside the other words (tests/test_ui_frictions.py checks every unit has one).
# Names the documents write freely (a document's title, an uncatalogued indicator, a department)
# stay as written: they have no translation to look up.

# A counting word says nothing an English reader needs once the indicator is named ("80家" of
# 高新技术企业 → "80"); the rest are measures.
UNITS_EN: dict[str, str] = {
    "微克/立方米": "μg/m³", "毫克/立方米": "mg/m³", "个工作日": "working days", "个百分点": "percentage points",
    "个千分点": "per-mille points", "千分点": "per-mille points",
    "标准煤": "tce", "吨标准煤": "tce", "克/千克": "g/kg", "EFLOPS": "EFLOPS", "Eflops": "EFLOPS", "EFlops": "EFLOPS",
    "万千瓦时": "10k kWh", "亿千瓦时": "100m kWh", "千瓦时": "kWh", "万标箱": "10k TEU",
    "平方公里": "km²", "平方千米": "km²", "平方米": "m²", "立方米": "m³", "m3": "m³", "m³": "m³", "m²": "m²", "㎡": "m²", "μg/m³": "µg/m³", "ug/m³": "µg/m³", "升/人日": "L/person/day", "升/人·日": "L/person/day", "分/千瓦时": "fen/kWh", "元/千瓦时": "yuan/kWh", "千伏安": "kVA", "千瓦": "kW",
    "兆瓦": "MW", "千伏": "kV", "吉瓦": "GW", "公里": "km", "千米": "km", "万元": "10k yuan",
    "亿元": "100m yuan", "美元": "US$", "项次": "items", "场次": "sessions", "人年": "person-years", "人次": "person-times", "车次": "vehicle trips",
    "架次": "flights", "公顷": "ha", "小时": "hours", "分钟": "minutes", "工作日": "working days",
    "百分点": "percentage points", "kV": "kV", "KV": "kV", "kW": "kW", "MW": "MW", "GW": "GW", "km": "km",
    "公斤": "kg", "千克": "kg", "元": "yuan", "吨": "t", "斤": "jin", "担": "dan (50 kg)", "亩": "mu", "米": "m", "人": "people", "锭": "spindles",
    "户": "households", "家": "", "个": "", "项": "", "所": "", "座": "", "处": "", "名": "", "场": "events",
    "次": "times", "届": "sessions", "条": "", "台": "units", "套": "sets", "张": "", "块": "", "件": "",
    "辆": "vehicles", "株": "plants", "头": "head", "只": "", "批": "batches", "篇": "articles", "部": "",
    "间": "rooms", "栋": "buildings", "艘": "vessels", "列": "trains", "班": "classes", "期": "issues",
    "门": "courses", "类": "categories", "种": "kinds", "支": "teams", "片": "areas", "根": "", "口": "",
    "倍": "×", "岁": "years", "年": "years", "天": "days", "位": "", "床": "beds", "本": "volumes",
    "册": "volumes", "宗": "cases", "笔": "transactions", "单": "orders", "起": "incidents", "例": "cases",
    "箱": "boxes", "粒": "grains", "片区": "zones", "村": "villages", "镇": "towns", "园": "parks",
    "%": "%", "％": "%", "‰": "‰",
    # measure words of etl.quantities.MEASURE_WORDS (issue 13, round 6)
    "盏": "lamps", "堂": "sessions", "棵": "trees", "眼": "wells", "孔": "holes", "幢": "buildings", "扇": "", "樘": "",
    "把": "", "架": "", "副": "", "对": "pairs", "匹": "", "尾": "", "羽": "", "面": "", "顶": "",
    "趟": "trips", "轮": "rounds",
}
SCALES_EN: dict[str, str] = {"十万": "100k", "百万": "million", "千万": "10 million", "万": "10k", "亿": "100m",
                             "千": "thousand", "百": "hundred"}
_TIGHT_UNITS = frozenset({"%", "‰", "×"})  # written against the number: "6%", "2×"


def unit_label(unit: str | None, lang: str = DEFAULT_LANG) -> str | None:
    """A unit in ``lang``: "微克/立方米" → "μg/m³", "万人" → "10k people", "家" → "" (a counting word);
    in Chinese, or for a unit outside the vocabulary, None (keep it as written)."""
    unit = (unit or "").strip()
    if lang == "zh" or not unit:
        return None
    if unit in UNITS_EN:
        return UNITS_EN[unit]
    for scale in sorted(SCALES_EN, key=len, reverse=True):
        if unit.startswith(scale) and (unit == scale or unit[len(scale):] in UNITS_EN):
            rest = UNITS_EN.get(unit[len(scale):], "")
            return f"{SCALES_EN[scale]} {rest}".strip()
    return None


def unit_suffix(unit: str | None, lang: str = DEFAULT_LANG) -> str:
    """What follows a number: "46微克/立方米" in Chinese, "46 μg/m³" in English, "6%" in both."""
    english = unit_label(unit, lang)
    if english is None:
        return unit or ""
    return english if not english or english in _TIGHT_UNITS else f" {english}"


def sector_label(sector: object, lang: str = DEFAULT_LANG) -> str:
    """A sector in ``lang``: 生态环保 → "Ecology and environment" (data/sectors.csv), 其他 → "Other";
    a sector outside the table stays as the document wrote it."""
    if not isinstance(sector, str) or not sector:
        return ""
    if lang == "zh":
        return sector
    return _sector_names().get(sector, sector)


def indicator_label(code: object, name: object, lang: str = DEFAULT_LANG) -> str:
    """A target's indicator as a reader of ``lang`` reads it: in English the catalog's name of its
    code (pm25 → "PM2.5 concentration", data/indicator_catalog.csv); an uncatalogued indicator keeps
    the name its document gives ("高技能人才")."""
    name = "" if is_missing(name) else str(name)
    if lang == "zh" or not isinstance(code, str) or not code:
        return name
    return _catalog_names_en().get(code, name)


def _sector_names() -> dict[str, str]:
    from etl.sectors import OTHER, load_sectors

    try:
        return {OTHER: "Other", **{rule.sector: rule.name_en for rule in load_sectors() if rule.name_en}}
    except (OSError, KeyError, ValueError):  # the build reports a broken table; here: keep the Chinese
        return {}


_CATALOG_EN: dict[str, str] | None = None


def _catalog_names_en() -> dict[str, str]:
    global _CATALOG_EN
    if _CATALOG_EN is None:
        from etl.catalog import CatalogError, load_catalog

        try:
            _CATALOG_EN = {e.code: e.name_en for e in load_catalog() if e.name_en}
        except (CatalogError, OSError):
            _CATALOG_EN = {}
    return _CATALOG_EN
# --- end issue 12 item 7e ---
