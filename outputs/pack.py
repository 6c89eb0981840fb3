"""The meeting pack (会议材料): slides and a ledger workbook for a selection, in one ZIP.

For a quarterly progress review (调度会) each department answers for its lagging targets. The
pack turns the dashboard's current view into what that meeting projects and hands out:

- a PPTX (python-pptx, 16:9; opens in PowerPoint and WPS): a cover (scope, "截至" date), a status
  summary (counts by status as the pages show them — 逾期未报 apart from 暂无数据 —, status by
  sector, gauges of reported targets), one slide per lagging or headline indicator with a
  reported value (its path chart as a server-made image, the target, latest value, pace still
  required, lead department and the source clause), ONE slide for all targets without a reported
  value (counts by department, a short list, overdue first), and closing slides by lead department
  (canonical names, tracking.departments) with the overdue and lagging targets first;
- indicator names as nouns (tracking.names.shown_name): where the stored name is a comparator or a
  fragment ("至少", "达到国家推荐标准"), the clause's phrase in quotes, with a note;
- the matching ledger as an Excel workbook (openpyxl): one sheet per jurisdiction or per lead
  department, Chinese headers, statuses colour-filled, header row frozen, widths fitted;
- both in a ZIP named with the scope and the date, e.g. ``冠县_会议材料_2024-11-15.zip``.

No Streamlit here: ``python -m etl meeting-pack`` and the app's button (:mod:`dashboard.pack_ui`)
both call :func:`make_meeting_pack`. Charts come from :mod:`outputs.charts` and become PNGs
through :func:`outputs.export.figure_to_png` (one kaleido server per process, under its lock).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from outputs import charts, export, i18n, pace, xlsx
from outputs.i18n import is_missing
from outputs.pack_data import (
    DEPARTMENT_COLUMNS,
    LAGGING,
    NO_LEAD,
    DatabaseMissing,
    EmptySelection,
    PackData,
    PackOptions,
    UnknownJurisdiction,
    by_department,
    headline_rows,
    lead_departments,
    load_pack_data,
    no_data_by_department,
    no_data_rows,
    overdue_counts,
    sector_breakdown,
    sheet_groups,
    shown_statuses,
    slide_rows,
    status_counts,
    written_names,
)
from tracking import departments
from tracking import reported as reported_store
from tracking.queries import Filters

Progress = Callable[[float, str], None]

# Cell tints of the statuses (lighter than charts.STATUS_COLORS, so black text stays readable
# when printed); the same in the slides' tables and the workbook.
STATUS_FILLS = {
    "achieved": "C8E6C9",
    "on_track": "BBDEFB",
    "at_risk": "FFE082",
    "off_track": "FFCDD2",
    "overdue": "E1BEE7",  # 逾期未报: charts.STATUS_COLORS["overdue"], lightened
    "no_data": "E0E0E0",
}
NEW_FILL = "FFF59D"  # values reported since the chosen date
HEADER_FILL = xlsx.HEADER_FILL
FONT = "Microsoft YaHei"  # 微软雅黑: on every Chinese Windows; WPS substitutes its own if absent

# Geometry, in inches (16:9 slide) and pixels (the images placed in it).
SLIDE_W, SLIDE_H = 13.333, 7.5
MARGIN = 0.5
CHART_IN = (8.0, 4.5)          # indicator chart on its slide
CHART_PX = (1200, 675)         # rendered at this size: fonts stay readable at 8 inches wide
HALF_IN = (6.05, 4.55)         # the summary's two charts
HALF_PX = (1040, 782)
GAUGE_IN = (6.05, 3.49)        # a single row of gauges beside them
GAUGE_PX = (1040, 600)
GAUGES = 3
CLOSING_ROWS = 7               # departments per closing slide (five columns of names: cells of ~3 lines)
CLOSING_CHARS = 40             # indicator names listed per cell before "等N项", in characters
COLUMN_WEIGHTS = {"overdue": 1.6}  # the department slides' 逾期未报 column holds the most names
NO_DATA_DEPARTMENTS = 10       # departments in the no-data slide's table (the rest summed in one row)
NO_DATA_LIST = 10              # targets in its short list


@dataclass
class MeetingPack:
    """The built pack: the ZIP and, for callers that want them, its two files."""

    file_name: str
    zip_bytes: bytes
    pptx_name: str
    pptx_bytes: bytes
    xlsx_name: str
    xlsx_bytes: bytes
    n_slides: int
    n_targets: int
    sheet_names: list[str]


def make_meeting_pack(filters: Filters, options: PackOptions, *, indicators_db, reported_db,
                      today: date, lang: str = i18n.DEFAULT_LANG,
                      progress: Progress | None = None, aliases: dict[str, str] | None = None) -> MeetingPack:
    """Load the selection and build its pack: the one function behind the CLI and the button.
    ``aliases``: the department alias table (default: the one in settings)."""
    report = progress or (lambda fraction, message: None)
    report(0.02, i18n.t("pack.progress.load", lang))
    data = load_pack_data(filters, options, indicators_db=indicators_db, reported_db=reported_db,
                          today=today, aliases=aliases)
    return build_meeting_pack(data, lang, report)


def build_meeting_pack(data: PackData, lang: str = i18n.DEFAULT_LANG,
                       progress: Progress | None = None) -> MeetingPack:
    report = progress or (lambda fraction, message: None)
    pptx_bytes, n_slides = build_slides(data, lang, report)
    report(0.9, i18n.t("pack.progress.workbook", lang))
    xlsx_bytes, sheets = build_workbook(data, lang)
    scope, day = file_part(scope_name(data, lang)), data.today.isoformat()
    names = {key: f"{scope}_{i18n.t(key, lang)}_{day}" for key in ("pack.file.pack", "pack.file.slides", "pack.file.ledger")}
    pptx_name, xlsx_name = names["pack.file.slides"] + ".pptx", names["pack.file.ledger"] + ".xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:  # non-ASCII names get the UTF-8 flag
        for name, payload in ((pptx_name, pptx_bytes), (xlsx_name, xlsx_bytes)):
            info = zipfile.ZipInfo(name, date_time=(data.today.year, data.today.month, data.today.day, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, payload)
    report(1.0, i18n.t("pack.progress.done", lang))
    return MeetingPack(names["pack.file.pack"] + ".zip", buf.getvalue(), pptx_name, pptx_bytes,
                       xlsx_name, xlsx_bytes, n_slides, len(data.ledger), sheets)


def describe(error: Exception, lang: str = i18n.DEFAULT_LANG) -> str:
    """One line a user can act on, for the errors a pack can meet."""
    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    if isinstance(error, EmptySelection):
        return T("pack.empty")
    if isinstance(error, UnknownJurisdiction):
        return T("pack.unknown_jurisdiction", name=error.name, known="、".join(error.known))
    if isinstance(error, DatabaseMissing):
        return T("pack.no_db", path=error.path)
    if isinstance(error, export.ExportError):
        return T("pack.export_failed", error=error)
    if isinstance(error, reported_store.StoreError):
        return T("pack.store_error", error=error)
    if isinstance(error, departments.TableError):
        return T("remind.table_error", error=error)
    return str(error)


# --- words for the selection -----------------------------------------------------------------

def scope_name(data: PackData, lang: str) -> str:
    """What the pack covers, for titles and the file name: 冠县; 聊城市 (with its counties and
    zones); 冠县等2个地区 when a few were picked; 全部地区."""
    chosen = data.jurisdictions
    if len(chosen) == 1:
        return chosen[0]
    if set(chosen) >= set(data.available):
        return data.filters.jurisdiction or i18n.t("filters.all_jurisdictions", lang)
    return i18n.t("pack.scope.several", lang, first=chosen[0], n=len(chosen), more=len(chosen) - 1)


def scope_detail(data: PackData, lang: str) -> str:
    """"冠县 · 生态环保 · 进度滞后/严重滞后": the scope and every filter that narrows it."""
    f = data.filters
    parts = [scope_name(data, lang)]
    if len(data.jurisdictions) > 1 and not set(data.jurisdictions) >= set(data.available):
        parts = ["、".join(data.jurisdictions)]
    parts += i18n.filter_labels(f, lang, statuses=data.options.statuses)
    return " · ".join(parts)


def day_text(day: date, lang: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def file_part(text: str) -> str:
    """Safe in a file name on Windows: 聊城经济技术开发区 stays, / : * ? etc. become _."""
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", text).strip("_")[:60] or "pack"


def clause_text(row: dict, lang: str) -> str:
    """Document, number and clause of a target: "冠县…三年行动计划（2023—2025年） 冠发〔2023〕5号 第 6 条"."""
    ref = str(row.get("clause_ref") or "")
    if ref and re.fullmatch(r"[\d\-—.]+", ref):
        ref = i18n.t("indicator.clause_ref", lang, ref=ref)
    return " ".join(x for x in (row.get("document_title"), row.get("doc_number"), ref) if x)


def latest_text(row: dict, lang: str) -> str:
    """"47微克/立方米（2024Q3）", or 暂无数据."""
    if is_missing(row.get("latest_value")):
        return i18n.t("no_data", lang)
    return i18n.fmt_latest(row, lang) + i18n.paren(row.get("latest_period") or "", lang)  # 累计 before an increment's total


def target_text(row: dict, lang: str) -> str:
    year = "" if is_missing(row.get("target_year")) else i18n.paren(int(row["target_year"]), lang)
    return i18n.fmt_target(row.get("comparator"), row["value"], row.get("unit"), lang) + year


def department_label(name: str, lang: str) -> str:
    return name if name != NO_LEAD else i18n.t("pack.no_lead", lang)


def department_text(name: str, data: PackData, lang: str, sep: str = "\n") -> str:
    """A department by its canonical name and, where the documents also write it otherwise, how:
    "县工业和信息化局\n（文件中也写作：县工业信息化局）"."""
    main = departments.canonical(name, data.aliases)
    others = written_names(data.ledger, data.aliases).get(main)
    if not others:
        return department_label(main, lang)
    also = i18n.t("pack.closing.written_as", lang) + i18n.colon(lang) + i18n.list_sep(lang).join(others)
    return department_label(main, lang) + sep + i18n.paren(also, lang).strip()


def lead_text(row: dict, data: PackData, lang: str) -> str:
    """A target's lead departments by their canonical names, each with the name its document
    wrote where that differs: "县工业和信息化局（文件中写作：县工业信息化局）"."""
    parts = []
    for written in lead_departments(row):
        main = departments.canonical(written, data.aliases)
        note = "" if main == written else i18n.paren(
            i18n.t("pack.slide.written_as", lang) + i18n.colon(lang) + written, lang)
        parts.append(department_label(main, lang) + note)
    return i18n.list_sep(lang).join(dict.fromkeys(parts))


def name_text(row: dict, lang: str) -> str:
    """The name a slide shows: the indicator (高新技术企业), or, where the stored name is not a noun,
    the clause's phrase in quotes (“乡镇卫生院、社区卫生服务中心…25%以上达到国家推荐标准”)."""
    name = str(row.get("shown_name") or row.get("indicator_name") or "")
    return i18n.t("pack.name.phrase", lang, phrase=name) if row.get("name_from_phrase") else name


def distinct_names(records: list[dict], lang: str) -> list[str]:
    """The names of a list of targets, a name that occurs more than once with its target value so
    that a reader can tell them apart: ["营业收入（300亿元）", "营业收入（50亿元）", "高新技术企业"]."""
    names = [name_text(r, lang) for r in records]
    counts = Counter(names)
    return [name + i18n.paren(i18n.fmt_target(r.get("comparator"), r["value"], r.get("unit"), lang), lang)
            if counts[name] > 1 else name for name, r in zip(names, records)]


def _named(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rows whose ``indicator_name`` is what slides show, for the chart functions that read it."""
    return rows.assign(indicator_name=[name_text(r, lang) for r in rows.to_dict("records")])


# --- slides ------------------------------------------------------------------------------------

def build_slides(data: PackData, lang: str, report: Progress) -> tuple[bytes, int]:
    """The PPTX and its number of slides."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    scope = scope_name(data, lang)
    props = prs.core_properties
    props.title = i18n.t("pack.cover.title", lang, scope=scope)
    props.subject = i18n.t("pack.cover.subtitle", lang)
    props.author = props.last_modified_by = i18n.t("app.title", lang)
    props.created = props.modified = datetime.combine(data.today, datetime.min.time())
    props.revision = 1

    cover_slide(prs, data, lang)
    report(0.1, i18n.t("pack.progress.summary", lang))
    summary_slide(prs, data, lang)
    rows = slide_rows(data.ledger, data.options.max_slides).to_dict("records")
    for i, row in enumerate(rows, start=1):
        report(0.25 + 0.6 * (i - 1) / max(1, len(rows)),
               i18n.t("pack.progress.slide", lang, i=i, n=len(rows), name=name_text(row, lang)))
        indicator_slide(prs, data, row, lang)
    no_data_slide(prs, data, lang)
    closing_slides(prs, data, lang)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue(), len(prs.slides)


def cover_slide(prs, data: PackData, lang: str) -> None:
    from pptx.util import Inches

    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    slide = prs.slides.add_slide(prs.slide_layouts[0])  # "Title Slide": title + subtitle placeholders
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    _place(title, MARGIN + 0.3, 1.6, SLIDE_W - 2 * MARGIN - 0.6, 1.4)
    _set_text(title, [[(T("pack.cover.title", scope=scope_name(data, lang)), 36, True, "1F3864")]])
    _place(subtitle, MARGIN + 0.3, 3.0, SLIDE_W - 2 * MARGIN - 0.6, 1.0)
    _set_text(subtitle, [[(T("pack.cover.subtitle"), 24, False, "37474F")],
                         [(T("pack.cover.as_of", date=day_text(data.today, lang)), 20, False, "37474F")]])
    ledger = data.ledger
    lines = [[(T("pack.cover.scope", scope=scope_detail(data, lang)), 16, False, "455A64")],
             [(T("pack.cover.count", n=len(ledger), with_data=int(ledger["latest_value"].notna().sum())), 16, False, "455A64")]]
    if data.options.since:
        n_new = int((ledger["changed_periods"] != "").sum())
        lines.append([(T("pack.cover.since", date=day_text(data.options.since, lang), n=n_new), 16, True, "8D6E00")])
    lines.append([(T("pack.cover.source"), 12, False, "78909C")])
    box = slide.shapes.add_textbox(Inches(MARGIN + 0.3), Inches(4.5), Inches(SLIDE_W - 2 * MARGIN - 0.6), Inches(2.2))
    _set_text(box, lines, space_after=6)


def summary_slide(prs, data: PackData, lang: str) -> None:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    slide = _titled_slide(prs, T("pack.summary.title", scope=scope_name(data, lang)))
    counts = status_counts(data.ledger)
    cards = [(T("pack.summary.total"), len(data.ledger), HEADER_FILL)] + [
        (i18n.status_label(s, lang), counts[s], STATUS_FILLS[s]) for s in i18n.DISPLAY_STATUSES]
    gap = 0.15
    width = (SLIDE_W - 2 * MARGIN - gap * (len(cards) - 1)) / len(cards)
    for k, (label, n, fill) in enumerate(cards):
        card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(MARGIN + k * (width + gap)),
                                      Inches(1.25), Inches(width), Inches(0.95))
        _fill(card, fill)
        card.line.fill.background()
        _set_text(card, [[(str(n), 26, True, "263238")], [(label, 13, False, "37474F")]], center=True)
    subtitle = " · ".join([scope_detail(data, lang), charts.as_of_text(data.today, lang)])
    bars = charts.status_bars(_short_categories(sector_breakdown(data.ledger)),
                              T("pack.summary.by_sector"), subtitle, lang)
    # One row of gauges: the grid's status labels run into the next row's titles at slide scale.
    # Only targets with a reported value: a gauge of 暂无数据 says nothing (the no-data slide counts them).
    figures = [(bars, HALF_PX, HALF_IN, MARGIN)]
    right = MARGIN + HALF_IN[0] + 0.23
    headline = headline_rows(data.ledger, GAUGES)
    if len(headline):
        figures.append((charts.gauge_grid(_named(headline, lang), T("pack.summary.gauges"), subtitle, lang,
                                          cols=GAUGES), GAUGE_PX, GAUGE_IN, right))
    for fig, px, size, left in figures:
        png = export.figure_to_png(fig, *px)
        slide.shapes.add_picture(io.BytesIO(png), Inches(left), Inches(2.4), Inches(size[0]), Inches(size[1]))
    ledger = data.ledger
    note = summary_note(data, lang)
    if data.options.since:
        note += T("pack.summary.new", date=day_text(data.options.since, lang), n=int((ledger["changed_periods"] != "").sum()))
    box = slide.shapes.add_textbox(Inches(right), Inches(2.5 + GAUGE_IN[1]), Inches(GAUGE_IN[0]), Inches(0.9))
    _set_text(box, [[(note, 14, True, "37474F")]])


def summary_note(data: PackData, lang: str) -> str:
    """The summary's sentence: lagging targets, then the overview's own 逾期未报 line (those owed,
    how many never reported) — "进度滞后、严重滞后共 2 项。逾期未报共 92 项：91 项从未填报，1 项已有填报但最近一期未报。"."""
    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    note = T("pack.summary.note", lagging=int(data.ledger["status"].isin(LAGGING).sum()))
    n, never = overdue_counts(data.ledger)
    if n:
        space = "" if lang == "zh" else " "
        note += space + (T("overview.overdue_line", n=n, never=never, stale=n - never) if never < n
                         else T("overview.overdue_line_never", n=n))
    return note


def _short_categories(df: pd.DataFrame, width: int = 16) -> pd.DataFrame:
    """Sector headings are whole section titles ("三、纵深推进动能转换，构建现代化产业体系"): keep
    the bars readable by cutting them."""
    out = df.copy()
    out["category"] = [c if len(c) <= width else c[:width - 1] + "…" for c in out["category"]]
    return out


def indicator_figure(data: PackData, row: dict, lang: str):
    """The path chart of one target, titled for a slide (as on the 指标详情 page)."""
    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    t = dict(row)
    source = " ".join(x for x in (t.get("document_title"), t.get("doc_number")) if x)
    subtitle = " · ".join([T("indicator.path"), target_text(t, lang), charts.as_of_text(data.today, lang)])
    t["indicator_name"] = name_text(row, lang)
    return charts.path_chart(t, data.series(t["target_id"]), f"{t['jurisdiction']} · {t['indicator_name']}",
                             subtitle, lang, source=source or None)


def indicator_facts(data: PackData, row: dict, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, cell fill) for the fact table beside the chart."""
    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    status = row.get("status") or "no_data"
    status_text = i18n.status_label(status, lang) + (i18n.paren(T("pack.slide.overdue"), lang) if row.get("overdue") else "")
    latest = latest_text(row, lang)
    new = row.get("changed_periods") or ""
    if new and data.options.since:
        latest += "\n" + T("pack.slide.new", periods=new, date=day_text(data.options.since, lang))
    baseline = row.get("baseline_value")
    base_year = row.get("baseline_year")
    if is_missing(baseline):
        baseline, base_year = row.get("baseline_used"), None
    base_text = i18n.fmt_number(baseline, row.get("unit"), lang) + ("" if is_missing(base_year) else i18n.paren(int(base_year), lang))
    if not is_missing(baseline) and is_missing(row.get("baseline_value")) and row.get("baseline_source") == "first_report":
        base_text += i18n.paren(T("pack.slide.baseline_first_report"), lang)  # the document gives none
    facts = [
        (T("col.status"), status_text, STATUS_FILLS.get(status)),
        (T("pack.slide.target"), target_text(row, lang), None),
        (T("col.baseline"), base_text, None),
        (T("pack.slide.latest"), latest, NEW_FILL if new else None),
        (T("pack.slide.progress"), f"{i18n.fmt_percent(row.get('completion'), lang)} / {i18n.fmt_percent(row.get('time_share'), lang)}", None),
        (T("pack.slide.pace"), "\n".join(pace.required_pace(row, data.today, lang)), None),
        (T("pack.slide.lead"), lead_text(row, data, lang), None),
    ]
    if row.get("deadline"):
        facts.append((T("pack.slide.deadline"), str(row["deadline"]), None))
    return facts


def indicator_slide(prs, data: PackData, row: dict, lang: str) -> None:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    status = row.get("status") or "no_data"
    slide = _titled_slide(prs, f"{row['jurisdiction']} · {name_text(row, lang)}", title_width=SLIDE_W - 2 * MARGIN - 2.2)
    badge = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(SLIDE_W - MARGIN - 2.0), Inches(0.42),
                                   Inches(2.0), Inches(0.6))
    _fill(badge, charts.STATUS_COLORS[status].lstrip("#"))
    badge.line.fill.background()
    _set_text(badge, [[(i18n.status_label(status, lang), 18, True, "FFFFFF")]], center=True)

    png = export.figure_to_png(indicator_figure(data, row, lang), *CHART_PX)
    slide.shapes.add_picture(io.BytesIO(png), Inches(MARGIN), Inches(1.2), Inches(CHART_IN[0]), Inches(CHART_IN[1]))

    facts = indicator_facts(data, row, lang)
    left = MARGIN + CHART_IN[0] + 0.2
    frame = slide.shapes.add_table(len(facts), 2, Inches(left), Inches(1.2), Inches(SLIDE_W - MARGIN - left),
                                   Inches(0.4 * len(facts)))
    table = frame.table
    table.first_row = False
    table.horz_banding = False
    table.columns[0].width = Inches(1.35)
    table.columns[1].width = Inches(SLIDE_W - MARGIN - left - 1.35)
    for i, (label, value, fill) in enumerate(facts):
        _cell(table.cell(i, 0), label, 11, True, "37474F", HEADER_FILL)
        _cell(table.cell(i, 1), value, 12, i == 1, "263238", fill or "FFFFFF")

    box = slide.shapes.add_textbox(Inches(MARGIN), Inches(5.85), Inches(SLIDE_W - 2 * MARGIN), Inches(1.4))
    sentence = str(row.get("source_text") or "")
    size = 12 if len(sentence) <= 140 else 10  # three lines at most under the chart
    sentence = sentence if len(sentence) <= 260 else sentence[:259] + "…"
    lines = [[(T("pack.slide.source"), size, True, "37474F"), (clause_text(row, lang), size, False, "37474F")],
             [(f"“{sentence}”", size, False, "546E7A")]]
    if row.get("name_from_phrase"):
        lines.append([(T("pack.name.phrase_note"), 10, False, "8D6E00")])
    _set_text(box, lines, space_after=3)


def no_data_slide(prs, data: PackData, lang: str) -> None:
    """ONE slide for every target without a reported value (逾期未报, then 暂无数据), instead of a
    slide each: the counts, a table by lead department and a short list, overdue first. None when
    every target has a value."""
    from pptx.util import Inches

    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = no_data_rows(data.ledger)
    if rows.empty:
        return
    shown = shown_statuses(rows)
    n_overdue = int((shown == "overdue").sum())
    slide = _titled_slide(prs, T("pack.nodata.title", n=len(rows)))
    box = slide.shapes.add_textbox(Inches(MARGIN), Inches(1.1), Inches(SLIDE_W - 2 * MARGIN), Inches(0.5))
    _set_text(box, [[(T("pack.nodata.summary", overdue=n_overdue, no_data=len(rows) - n_overdue), 14, False, "37474F")]])

    # Left: by lead department, the most overdue first.
    counts = no_data_by_department(data.ledger, data.aliases)
    shown_rows = counts.head(NO_DATA_DEPARTMENTS)
    rest = counts.iloc[NO_DATA_DEPARTMENTS:]
    left_w = 5.6
    n_rows = len(shown_rows) + 1 + (1 if len(rest) else 0)
    table = slide.shapes.add_table(n_rows, 3, Inches(MARGIN), Inches(1.75), Inches(left_w),
                                   Inches(0.36 * n_rows)).table
    for j, (label, fill, width) in enumerate(((T("pack.nodata.by_department"), HEADER_FILL, left_w - 2.4),
                                              (i18n.status_label("overdue", lang), STATUS_FILLS["overdue"], 1.2),
                                              (i18n.status_label("no_data", lang), STATUS_FILLS["no_data"], 1.2))):
        table.columns[j].width = Inches(width)
        _cell(table.cell(0, j), label, 11, True, "263238", fill)
    several = data.ledger["jurisdiction"].nunique() > 1
    for i, r in enumerate(shown_rows.to_dict("records"), start=1):
        label = department_label(r["department"], lang) + (i18n.paren(r["group"][0], lang) if several else "")
        _cell(table.cell(i, 0), label, 10, False, "263238", "FFFFFF")
        _cell(table.cell(i, 1), str(int(r["overdue"])), 10, True, "263238", "FFFFFF")
        _cell(table.cell(i, 2), str(int(r["no_data"])), 10, False, "263238", "FFFFFF")
    if len(rest):
        _cell(table.cell(n_rows - 1, 0), T("pack.nodata.more_departments", n=len(rest)), 10, False, "546E7A", "FFFFFF")
        _cell(table.cell(n_rows - 1, 1), str(int(rest["overdue"].sum())), 10, True, "546E7A", "FFFFFF")
        _cell(table.cell(n_rows - 1, 2), str(int(rest["no_data"].sum())), 10, False, "546E7A", "FFFFFF")

    # Right: a short list, overdue first, each with its lead and what it owes.
    left = MARGIN + left_w + 0.3
    width = SLIDE_W - MARGIN - left
    listed = rows.head(NO_DATA_LIST)
    lines = [[(T("pack.nodata.list"), 14, True, "263238")]]
    records = listed.to_dict("records")
    for r, name, status in zip(records, distinct_names(records, lang), shown):
        leads = [department_label(d, lang) for d in lead_departments(r, data.aliases)]
        lead = i18n.list_sep(lang).join(leads[:2]) + (T("pack.nodata.more_leads") if len(leads) > 2 else "")
        where = f"{r['jurisdiction']} · " if several else ""
        lines.append([(f"{i18n.status_label(status, lang)}  ", 12, True, "6A1B9A" if status == "overdue" else "616161"),
                      (f"{where}{name}", 12, False, "263238"), (f" · {lead}", 11, False, "546E7A")])
    if len(rows) > len(listed):
        lines.append([(T("pack.nodata.more", n=len(rows) - len(listed)), 11, False, "546E7A")])
    box = slide.shapes.add_textbox(Inches(left), Inches(1.7), Inches(width), Inches(5.2))
    _set_text(box, lines, space_after=4)
    notes = [T("pack.nodata.joint")]
    if bool(listed["name_from_phrase"].any()):
        notes.append(T("pack.name.phrase_note"))
    box = slide.shapes.add_textbox(Inches(MARGIN), Inches(SLIDE_H - 0.6), Inches(SLIDE_W - 2 * MARGIN), Inches(0.4))
    _set_text(box, [[(" ".join(notes), 10, False, "78909C")]])


def closing_slides(prs, data: PackData, lang: str) -> None:
    """Every target by lead department (its canonical name, with the other names the documents
    write it with), CLOSING_ROWS departments a slide: the departments with overdue or lagging
    targets first, and in each row the 逾期未报, 严重滞后 and 进度滞后 targets before the rest."""
    from pptx.util import Inches

    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = by_department(data.ledger, data.aliases)
    groups = list(dict.fromkeys(rows["group"]))
    labels = {"overdue": T("col.overdue"), "rest": T("pack.closing.rest"),
              **{s: i18n.status_label(s, lang) for s in LAGGING}}
    columns = [(T("col.department"), None)] + [(labels[key], key) for key in DEPARTMENT_COLUMNS]
    first = 2.3
    weights = [COLUMN_WEIGHTS.get(key, 1.0) for key in DEPARTMENT_COLUMNS]
    widths = [first] + [(SLIDE_W - 2 * MARGIN - first) * w / sum(weights) for w in weights]
    fills = {"overdue": STATUS_FILLS["overdue"], "rest": HEADER_FILL, **{s: STATUS_FILLS[s] for s in LAGGING}}
    flagged = False
    for page, start in enumerate(range(0, max(1, len(groups)), CLOSING_ROWS)):
        chunk = groups[start:start + CLOSING_ROWS]
        title = T("pack.closing.title") + (T("pack.closing.continued") if page else "")
        slide = _titled_slide(prs, title)
        if not rows["problem"].any() and not page:
            box = slide.shapes.add_textbox(Inches(MARGIN), Inches(1.1), Inches(SLIDE_W - 2 * MARGIN), Inches(0.4))
            _set_text(box, [[(T("pack.closing.none"), 14, False, "37474F")]])
        top = 1.25 if rows["problem"].any() else 1.6
        table = slide.shapes.add_table(len(chunk) + 1, len(columns), Inches(MARGIN), Inches(top),
                                       Inches(SLIDE_W - 2 * MARGIN), Inches(0.45 * (len(chunk) + 1))).table
        for j, ((label, key), width) in enumerate(zip(columns, widths)):
            table.columns[j].width = Inches(width)
            _cell(table.cell(0, j), label, 13, True, "263238", fills.get(key, HEADER_FILL))
        for i, (jurisdiction, dept) in enumerate(chunk, start=1):
            mine = rows[rows["group"] == (jurisdiction, dept)]
            label = department_text(dept, data, lang) + (f"\n{jurisdiction}" if jurisdiction else "")
            _cell(table.cell(i, 0), label, 12, True, "263238", "FFFFFF")
            for j, (_, key) in enumerate(columns[1:], start=1):
                if key == "overdue":
                    picked = mine[mine["overdue"]]
                elif key == "rest":  # neither lagging nor owed
                    picked = mine[(mine["column"] == "rest") & ~mine["overdue"]]
                else:  # lagging, whether or not its last report is also overdue
                    picked = mine[mine["column"] == key]
                names = distinct_names(picked.to_dict("records"), lang)
                flagged |= bool(picked["name_from_phrase"].head(_n_shown(names)).any())
                text = _names(names, lang)
                _cell(table.cell(i, j), text, 11, False, "263238", "FFFFFF")
        if flagged:
            box = slide.shapes.add_textbox(Inches(MARGIN), Inches(SLIDE_H - 0.55), Inches(SLIDE_W - 2 * MARGIN),
                                           Inches(0.35))
            _set_text(box, [[(T("pack.name.phrase_note"), 10, False, "78909C")]])
            flagged = False


def _names(names: list[str], lang: str) -> str:
    """"19项：全社会研发经费投入强度、新增市级以上重点实验室新增等17项" — the count, then as many
    names as fit in about three lines of a cell (CLOSING_CHARS), at least one."""
    if not names:
        return "—"
    shown = names[:_n_shown(names)]
    text = i18n.list_sep(lang).join(shown)
    if len(names) > len(shown):
        text += i18n.t("pack.closing.more", lang, n=len(names) - len(shown))
    return i18n.t("pack.closing.count", lang, n=len(names)) + text


def _n_shown(names: list[str]) -> int:
    """How many of ``names`` a cell lists before "等N项" (at least one)."""
    n, used = min(1, len(names)), len(names[0]) + 1 if names else 0
    for name in names[1:]:
        if used + len(name) > CLOSING_CHARS:
            break
        n, used = n + 1, used + len(name) + 1
    return n


# --- python-pptx helpers ---------------------------------------------------------------------

def _titled_slide(prs, title: str, title_width: float | None = None):
    """A "Title Only" slide whose title placeholder is moved to the 16:9 geometry."""
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    width = title_width or SLIDE_W - 2 * MARGIN
    _place(slide.shapes.title, MARGIN, 0.3, width, 0.85)
    size = 26 if len(title) * 26 / 72 <= width else 20  # a CJK character is about one em wide
    _set_text(slide.shapes.title, [[(title, size, True, "1F3864")]], align_left=True)
    return slide


def _place(shape, left: float, top: float, width: float, height: float) -> None:
    from pptx.util import Inches

    shape.left, shape.top, shape.width, shape.height = Inches(left), Inches(top), Inches(width), Inches(height)


def _fill(shape_or_cell, hex_color: str) -> None:
    from pptx.dml.color import RGBColor

    shape_or_cell.fill.solid()
    shape_or_cell.fill.fore_color.rgb = RGBColor.from_string(hex_color)


def _set_text(shape, paragraphs: list[list[tuple[str, int, bool, str]]], center: bool = False,
              align_left: bool = False, space_after: int = 0) -> None:
    """Replace a shape's text with paragraphs of runs (text, size pt, bold, colour)."""
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    tf = shape.text_frame
    tf.clear()
    tf.word_wrap = True
    if center:
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    for k, runs in enumerate(paragraphs):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        if center:
            p.alignment = PP_ALIGN.CENTER
        elif align_left:
            p.alignment = PP_ALIGN.LEFT
        if space_after:
            p.space_after = Pt(space_after)
        for text, size, bold, color in runs:
            _style(p.add_run(), text, size, bold, color)


def _cell(cell, text: str, size: int, bold: bool, color: str, fill: str) -> None:
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Inches

    _fill(cell, fill)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    cell.margin_left = cell.margin_right = Inches(0.08)
    cell.margin_top = cell.margin_bottom = Inches(0.04)
    tf = cell.text_frame
    tf.clear()
    tf.word_wrap = True
    for k, line in enumerate(str(text).split("\n")):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        _style(p.add_run(), line, size if k == 0 else size - 1, bold, color)


def _style(run, text: str, size: int, bold: bool, color: str) -> None:
    """Text in 微软雅黑 for Latin and East Asian script alike: without ``a:ea`` PowerPoint picks
    the theme's East Asian font, which the default template leaves empty."""
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    run.text = text
    font = run.font
    font.size, font.bold, font.name = Pt(size), bold, FONT
    font.color.rgb = RGBColor.from_string(color)
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.find(qn("a:latin")).addnext(ea)
    ea.set("typeface", FONT)


# --- workbook ----------------------------------------------------------------------------------

def build_workbook(data: PackData, lang: str) -> tuple[bytes, list[str]]:
    """The ledger, one sheet per jurisdiction (or lead department), and the sheet names."""
    used: set[str] = set()
    as_of = charts.as_of_text(data.today, lang)
    sheets = []
    for key, rows in sheet_groups(data.ledger, data.options.sheets_by, data.aliases):
        title = department_label(key, lang) if data.options.sheets_by == "department" else key
        sheets.append(ledger_sheet(sheet_name(title, used), ledger_frame(rows, data, lang), rows, lang,
                                   print_header=f"{title} · {i18n.t('pack.file.ledger', lang)} · {as_of}"))
    return xlsx.workbook_bytes(sheets), [sheet.name for sheet in sheets]


def ledger_frame(rows: pd.DataFrame, data: PackData, lang: str) -> pd.DataFrame:
    """The 目标台账 page's table (same headers) plus, with a "since" date, the periods reported
    since then, right after the period column. The status is the one the pages show (逾期未报 for
    a target owed and never reported)."""
    table = export.ledger_table(rows.assign(status=shown_statuses(rows)), lang)
    if data.options.since:
        at = list(table.columns).index(i18n.t("col.latest_period", lang)) + 1
        table.insert(at, i18n.t("pack.col.changed", lang), list(rows["changed_periods"]))
    return table


def sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\]", "_", title).strip("'") or "Sheet"
    name, n = base[:31], 2
    while name.lower() in used:
        suffix = f"({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def ledger_sheet(name: str, table: pd.DataFrame, rows: pd.DataFrame, lang: str, print_header: str) -> xlsx.Sheet:
    """A ledger sheet ready to print: the status cell filled in its colour, values reported since
    the chosen date highlighted, completion as a percentage, borders, landscape."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    statuses, changed = list(shown_statuses(rows)), list(rows["changed_periods"])
    highlight = {T("col.latest"), T("col.latest_period"), T("pack.col.changed")}
    status_column = T("col.status")

    def fill(i: int, column: str, value: object) -> str | None:
        if column == status_column:
            return STATUS_FILLS.get(statuses[i], "FFFFFF")
        return NEW_FILL if changed[i] and column in highlight else None

    return xlsx.Sheet(name, table, cell_fill=fill, font_name=FONT, borders=True, print_header=print_header,
                      print_landscape=True, number_formats={T("col.completion"): '0.0"%"'},  # 85.3 for 85.3 %
                      wrap_columns=frozenset({T("col.source_text"), T("col.document"), T("col.indicator_name")}))


__all__ = ["LAGGING", "MeetingPack", "PackOptions", "build_meeting_pack", "describe", "make_meeting_pack"]
