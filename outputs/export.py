"""Files people take away: slide-sized PNGs made on the server, CSV for Excel, formatted XLSX.

PNGs go through kaleido 1.x, which drives the system Chromium (Debian's /usr/bin/chromium; we
never call kaleido's ``get_chrome``, it downloads). One export server runs per process and a lock
is held around every export: kaleido's sync server answers through one shared queue, so two
threads exporting at once would otherwise receive each other's images.
"""

from __future__ import annotations

import copy
import threading

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from outputs import i18n, xlsx
from tracking.cells import frame_to_safe_csv
from tracking.entered import shown_note, shown_source
from tracking.reported_import import TEMPLATE_HEADERS, TEMPLATE_INPUTS, TEMPLATE_SHEET

SLIDE_WIDTH, SLIDE_HEIGHT = 1600, 900
_LOCK = threading.Lock()


class ExportError(Exception):
    """An image could not be made; ``str()`` says why in words a user can act on."""


def _ensure_server() -> None:
    import kaleido

    kaleido.start_sync_server(mathjax=False, silence_warnings=True)  # a no-op once running


def for_slide(fig: go.Figure, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT) -> go.Figure:
    """A copy sized for a 16:9 slide with fonts scaled up to stay readable when projected."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    scale = 1.6
    out.update_layout(width=width, height=height, template="plotly_white",
                      font_size=round((out.layout.font.size or 13) * scale),
                      margin=dict(t=150, b=110, l=40, r=40))
    out.layout.title.font.size = round((out.layout.title.font.size or 18) * scale)
    out.layout.title.subtitle.font.size = round((out.layout.title.subtitle.font.size or 13) * scale)
    for ann in out.layout.annotations or ():
        ann.font.size = round((ann.font.size or 13) * scale)
        if ann.name == "source":
            ann.yshift = -70
    for trace in out.data:
        if trace.type == "indicator":
            trace.title.font.size = round((trace.title.font.size or 13) * scale)
            trace.number.font.size = round((trace.number.font.size or 22) * scale)
    return out


def figure_to_png(fig: go.Figure, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT) -> bytes:
    """The figure as a PNG of exactly ``width``×``height`` pixels."""
    import kaleido
    from kaleido.errors import ChromeNotFoundError

    spec = for_slide(fig, width, height).to_dict()
    try:
        with _LOCK:
            _ensure_server()
            data = kaleido.calc_fig_sync(spec, opts=dict(format="png", width=width, height=height, scale=1))
    except ChromeNotFoundError as exc:
        raise ExportError("Chromium not found: install the Debian package `chromium` (make setup)") from exc
    except Exception as exc:  # noqa: BLE001 — kaleido raises bare Exceptions from the browser
        raise ExportError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    if not isinstance(data, (bytes, bytearray)) or not data.startswith(b"\x89PNG"):
        raise ExportError("the image server returned something that is not a PNG")
    return bytes(data)


def stop_server() -> None:
    import kaleido

    with _LOCK:
        kaleido.stop_sync_server(silence_warnings=True)


# --- tables ------------------------------------------------------------------------------------

def join_names(values: object) -> str:
    """Department lists as one line: ``["市生态环境局", "市发展改革委"]`` → "市生态环境局、市发展改革委"."""
    if values is None or isinstance(values, str):
        return values or ""
    # Lists and arrays first: asking is_missing about an array formats the whole array to text.
    if isinstance(values, (list, tuple, np.ndarray)):
        return "、".join(str(v) for v in values if v)
    if i18n.is_missing(values):
        return ""
    return "、".join(str(v) for v in list(values) if v)


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    return "" if value is None or i18n.is_missing(value) else str(value)


def _column(df: pd.DataFrame, name: str) -> list:
    """A column as a list (one conversion, not one per cell); a column the frame lacks is empty."""
    return df[name].tolist() if name in df.columns else [None] * len(df)


def ledger_table(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The ledger as people read it: localized headers, targets with comparator and unit,
    statuses in words, departments joined with 、. Numbers that sort stay numbers. In English,
    sectors, catalogued indicators and units are named in English (:func:`outputs.i18n.sector_label`,
    :func:`~outputs.i18n.indicator_label`, :func:`~outputs.i18n.unit_label`); what documents write
    freely (titles, departments, source sentences, uncatalogued indicators) stays as written."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    c = lambda name: _column(df, name)  # noqa: E731
    units = c("unit")
    statuses = {s: i18n.status_label(s, lang) for s in set(c("status")) | {None}}
    return pd.DataFrame({
        T("col.jurisdiction"): c("jurisdiction"),
        T("col.sector"): [i18n.sector_label(v, lang) for v in c("sector")],  # English names in English
        T("col.indicator_name"): [i18n.indicator_label(k, n, lang) for k, n in zip(c("indicator_code"), c("indicator_name"))],
        T("col.target"): [i18n.fmt_target(k, v, u, lang) for k, v, u in zip(c("comparator"), c("value"), units)],
        T("col.target_year"): pd.array([None if i18n.is_missing(y) else int(y) for y in c("target_year")], dtype="Int64"),
        T("col.baseline"): ["" if i18n.is_missing(v) else i18n.fmt_number(v, u, lang) for v, u in zip(c("baseline_value"), units)],
        T("col.latest"): [i18n.fmt_latest(dict(latest_value=v, unit=u, kind=k, per_year=py), lang)  # 累计 for increments
                          for v, u, k, py in zip(c("latest_value"), units, c("kind"), c("per_year"))],
        T("col.latest_period"): [_text(v) for v in c("latest_period")],
        T("col.status"): [statuses[s] if s in statuses else i18n.status_label(s, lang) for s in c("status")],
        # a float column even when no target has data: a column of None prints "None" on screen
        T("col.completion"): np.array([np.nan if i18n.is_missing(v) or not np.isfinite(float(v))
                                       else round(float(v) * 100, 1) for v in c("completion")], dtype=float),
        T("col.lead_departments"): [join_names(v) for v in c("lead_departments")],
        T("col.deadline"): [_text(v) for v in c("deadline")],
        T("col.attribute"): [_text(v) for v in c("attribute")],
        T("col.document"): [_text(v) for v in c("document_title")],
        T("col.doc_number"): [_text(v) for v in c("doc_number")],
        T("col.clause"): [_text(v) for v in c("clause_ref")],
        T("col.source_text"): [_text(v) for v in c("source_text")],
        T("col.target_id"): c("target_id"),
    })


STATUS_TABLE_KEYS = ("col.target_id", "col.jurisdiction", "col.indicator_name", "col.target", "col.latest",
                     "col.latest_period", "col.completion", "col.time_share", "col.status", "col.reason")


def status_table(rows: pd.DataFrame, statuses: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """What ``python -m etl status`` prints: the 目标台账 page's columns for status (the same words
    and numbers as :func:`ledger_page_table`, 逾期未报 included), with the time share and the reason
    in words beside them."""
    ledger = ledger_page_table(rows, lang)
    extra = rows[["target_id"]].merge(statuses[["target_id", "time_share", "explanation"]], on="target_id", how="left")
    ledger[i18n.t("col.time_share", lang)] = [None if i18n.is_missing(v) else round(float(v) * 100, 1)
                                              for v in extra["time_share"]]
    ledger[i18n.t("col.reason", lang)] = [i18n.explain_status(dict(r, explanation=e, time_share=ts), lang)
                                          for r, e, ts in zip(rows.to_dict("records"), extra["explanation"],
                                                              extra["time_share"])]
    return ledger[[i18n.t(key, lang) for key in STATUS_TABLE_KEYS]]


def department_table(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Rows of ``department_breakdown_sql`` (department, status, n, overdue) as one line per
    department: its targets, how many in each status, and how many reports are overdue. When the
    rows say how the documents write a department (``written_as``) and one is written in more than
    one way, a column shows those names ("县工业和信息化局、县工业信息化局")."""
    table = df.pivot_table(index="department", columns="status", values="n", aggfunc="sum", fill_value=0, sort=False)
    table = table.reindex(columns=list(i18n.STATUSES), fill_value=0)
    table.insert(0, "n_targets", table.sum(axis=1))
    table["overdue"] = df.groupby("department", sort=False)["overdue"].sum()
    if "written_as" in df.columns:  # a column only when some department is written more than one way
        written = df.groupby("department", sort=False)["written_as"].first().reindex(table.index)
        shown = [w if isinstance(w, str) and w != d else "" for d, w in zip(table.index, written)]
        if any(shown):
            table.insert(0, "written_as", shown)
    return table.reset_index().rename(columns={
        "written_as": i18n.t("departments.written_as", lang),
        "department": i18n.t("col.department", lang), "n_targets": i18n.t("col.n_targets", lang),
        "overdue": i18n.t("col.overdue", lang), **{s: i18n.status_label(s, lang) for s in i18n.STATUSES}})


# --- issue 12: the ledger page's table (逾期未报, source and note) and a target's reports ---

def ledger_page_table(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """:func:`ledger_table` as the 目标台账 page shows and exports it: the status as shown
    (``display_status``: 逾期未报 for a target owed and never reported), an overdue column right
    after it, and the latest value's source and note (``latest_source``, ``latest_note``) after its
    period. The meeting pack's workbook keeps :func:`ledger_table` as it is."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    shown = df.assign(status=df["display_status"]) if "display_status" in df.columns else df
    table = ledger_table(shown, lang)
    yes = T("ledger.overdue_yes")
    at = list(table.columns).index(T("col.status")) + 1
    table.insert(at, T("ledger.col.overdue"), [yes if v is True or v == 1 else "" for v in _column(df, "overdue")])
    at = list(table.columns).index(T("col.latest_period")) + 1
    table.insert(at, T("col.report_source"), [_text(v) for v in _column(df, "latest_source")])
    table.insert(at + 1, T("col.report_note"), [_text(v) for v in _column(df, "latest_note")])
    return table


def reports_table(series: pd.DataFrame, unit: str | None, lang: str = i18n.DEFAULT_LANG,
                  kind: str | None = None) -> pd.DataFrame:
    """A target's reported values (the latest revision of each period, oldest first) with what
    the official typed beside each: period, value, 数据来源, 备注, account, time. For an increment
    (``kind``) the 口径 of each value too: 累计, or 本期新增 (also for values stored before the
    basis existed, which meant period additions)."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    at = pd.to_datetime(pd.Series(_column(series, "reported_at"), dtype=object), errors="coerce")
    basis = ({T("entry.col.basis"): [T(f"basis.{b if isinstance(b, str) and b else 'period'}")
                                     for b in _column(series, "basis")]} if kind == "increment" else {})
    return pd.DataFrame({
        T("col.latest_period"): [_text(v) for v in _column(series, "period")],
        T("col.report_value"): [i18n.fmt_number(v, unit, lang) for v in _column(series, "value")],
        **basis,
        T("col.report_source"): [shown_source(v) for v in _column(series, "source")],
        T("col.report_note"): [shown_note(v) for v in _column(series, "note")],
        T("col.reported_by"): [_text(v) for v in _column(series, "reported_by")],
        T("col.reported_at"): ["" if pd.isna(v) else v.strftime("%Y-%m-%d %H:%M") for v in at],
    })


def duties_table(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Rows of :func:`tracking.queries.reporting_duties_sql` as the first visit lists them: where,
    which department (未明确牵头单位 for targets naming none), how many targets, how many overdue,
    and a few of its indicators ("居民人均可支配收入增速、高新技术企业等")."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    more = "等" if lang == "zh" else ", …"
    examples = []
    for names, n in zip(_column(df, "examples"), _column(df, "n")):
        names = [str(x) for x in (list(names) if names is not None else []) if x]
        examples.append("、".join(names) + (more if n > len(names) else ""))
    return pd.DataFrame({
        T("col.jurisdiction"): _column(df, "jurisdiction"),
        T("col.department"): [d if isinstance(d, str) and d else T("pack.no_lead") for d in _column(df, "department")],
        T("col.n_targets"): [int(n) for n in _column(df, "n")],
        T("col.overdue"): [int(n) for n in _column(df, "n_overdue")],
        T("col.examples"): examples,
    })


def frame_to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese correctly. Text a spreadsheet would
    run as a formula starts with ``'`` (OWASP's rule: ``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``), in
    headers and cells alike; numbers stay numbers (:func:`tracking.cells.frame_to_safe_csv`). The
    import takes the ``'`` off again."""
    return frame_to_safe_csv(df)


LONG_TEXT_COLUMNS = ("col.source_text", "col.document", "col.indicator_name")


def frame_to_xlsx(df: pd.DataFrame, sheet: str = "目标台账", title: str | None = None) -> bytes:
    """A formatted workbook of one table (:mod:`outputs.xlsx`): optional title row, bold shaded
    headers, frozen header, filters, widths fitted to Chinese text, long text wrapped."""
    long_text = {i18n.t(key, lang) for key in LONG_TEXT_COLUMNS for lang in i18n.LANGS}
    return xlsx.workbook_bytes([xlsx.Sheet(sheet, df, title=title,
                                           wrap_columns=frozenset(c for c in df.columns if c in long_text))])


INPUT_FILL, INPUT_HEADER_FILL = "FFF8E1", "FFE082"  # the columns to fill in: pale and deeper amber


def template_sheet(frame: pd.DataFrame) -> xlsx.Sheet:
    """The reporting template's sheet ``填报`` (rows of :func:`tracking.reported_import.template_frame`):
    the columns to fill in (报告期, 实际值, 口径, 备注, 数据来源) shaded amber, header and cells, each
    header carrying a note that only these are filled in; indicator and department columns wide
    enough to read. Widths and the frozen header come from :mod:`outputs.xlsx` as for every sheet."""
    inputs = {TEMPLATE_HEADERS[key] for key in TEMPLATE_INPUTS} & set(frame.columns)
    note = i18n.t("template.input_note", "zh")
    return xlsx.Sheet(TEMPLATE_SHEET, frame,
                      wrap_columns=frozenset({TEMPLATE_HEADERS["indicator"], TEMPLATE_HEADERS["lead_department"]})
                      & set(frame.columns),
                      cell_fill=lambda _row, column, _value: INPUT_FILL if column in inputs else None,
                      header_fills={c: INPUT_HEADER_FILL for c in inputs}, header_notes={c: note for c in inputs})


def template_xlsx_bytes(frame: pd.DataFrame) -> bytes:
    """The reporting template as .xlsx: sheet ``填报`` is the template (:func:`template_sheet`), sheet
    ``说明`` says how to fill it in (import picks ``填报`` by name, so the extra sheet is harmless)."""
    notes = pd.DataFrame({"说明": [
        "在「填报」表的「实际值」列填写数值，报告期写 2024 或 2024Q3。",
        i18n.t("template.note.inputs", "zh"),  # issue 12: the marked columns, and the others
        i18n.t("template.note.reference", "zh"),
        "单位须与目标单位一致；万元/亿元等可自动换算，其他单位会被拒绝。",
        "「实际值」为空的行不导入；任何一行有错，整个文件都不会写入，并列出每个问题。",
        i18n.t("template.note.increment", "zh"),  # issue 12: what an increment's value is
        i18n.t("template.note.basis_other", "zh"),
    ]})
    return xlsx.workbook_bytes([template_sheet(frame), xlsx.Sheet("说明", notes, wrap_columns=frozenset({"说明"}))])
