"""Files people take away: slide-sized PNGs made on the server, CSV for Excel, formatted XLSX.

PNGs go through kaleido 1.x, which drives the system Chromium (Debian's /usr/bin/chromium; we
never call kaleido's ``get_chrome``, it downloads). One export server runs per process and a lock
is held around every export: kaleido's sync server answers through one shared queue, so two
threads exporting at once would otherwise receive each other's images.
"""

from __future__ import annotations

import copy
import io
import threading
import unicodedata

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n

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
    statuses in words, departments joined with 、. Numbers that sort stay numbers."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    c = lambda name: _column(df, name)  # noqa: E731
    units = c("unit")
    statuses = {s: i18n.status_label(s, lang) for s in set(c("status")) | {None}}
    return pd.DataFrame({
        T("col.jurisdiction"): c("jurisdiction"),
        T("col.sector"): [_text(v) for v in c("sector")],
        T("col.indicator_name"): c("indicator_name"),
        T("col.target"): [i18n.fmt_target(k, v, u, lang) for k, v, u in zip(c("comparator"), c("value"), units)],
        T("col.target_year"): pd.array([None if i18n.is_missing(y) else int(y) for y in c("target_year")], dtype="Int64"),
        T("col.baseline"): ["" if i18n.is_missing(v) else i18n.fmt_number(v, u, lang) for v, u in zip(c("baseline_value"), units)],
        T("col.latest"): [i18n.fmt_number(v, u, lang) for v, u in zip(c("latest_value"), units)],
        T("col.latest_period"): [_text(v) for v in c("latest_period")],
        T("col.status"): [statuses[s] if s in statuses else i18n.status_label(s, lang) for s in c("status")],
        T("col.completion"): [None if i18n.is_missing(v) else round(float(v) * 100, 1) for v in c("completion")],
        T("col.lead_departments"): [join_names(v) for v in c("lead_departments")],
        T("col.deadline"): [_text(v) for v in c("deadline")],
        T("col.attribute"): [_text(v) for v in c("attribute")],
        T("col.document"): [_text(v) for v in c("document_title")],
        T("col.doc_number"): [_text(v) for v in c("doc_number")],
        T("col.clause"): [_text(v) for v in c("clause_ref")],
        T("col.source_text"): [_text(v) for v in c("source_text")],
        T("col.target_id"): c("target_id"),
    })


def department_table(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Rows of ``department_breakdown_sql`` (department, status, n, overdue) as one line per
    department: its targets, how many in each status, and how many reports are overdue."""
    table = df.pivot_table(index="department", columns="status", values="n", aggfunc="sum", fill_value=0, sort=False)
    table = table.reindex(columns=list(i18n.STATUSES), fill_value=0)
    table.insert(0, "n_targets", table.sum(axis=1))
    table["overdue"] = df.groupby("department", sort=False)["overdue"].sum()
    return table.reset_index().rename(columns={
        "department": i18n.t("col.department", lang), "n_targets": i18n.t("col.n_targets", lang),
        "overdue": i18n.t("col.overdue", lang), **{s: i18n.status_label(s, lang) for s in i18n.STATUSES}})


def frame_to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese correctly."""
    return df.to_csv(index=False).encode("utf-8-sig")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def frame_to_xlsx(df: pd.DataFrame, sheet: str = "目标台账", title: str | None = None) -> bytes:
    """A formatted workbook: optional title row, bold shaded headers, frozen header, filters and
    column widths fitted to Chinese text. Written in openpyxl's streaming mode: 45,000 targets
    take seconds, not minutes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    header_row = 3 if title else 1
    for j, name in enumerate(df.columns, start=1):
        sample = [str(v) for v in df.iloc[:500, j - 1] if v is not None]
        longest = max([_display_width(str(name))] + [_display_width(v) for v in sample])
        ws.column_dimensions[get_column_letter(j)].width = min(max(8, longest + 2), 60)
    ws.freeze_panes = f"A{header_row + 1}"
    if len(df.columns):
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(df.columns))}{header_row + len(df)}"
    if title:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True, size=14)
        ws.append([cell])
        ws.append([])
    fill = PatternFill("solid", fgColor="DCE6F1")
    headers = []
    for name in df.columns:
        cell = WriteOnlyCell(ws, value=str(name))
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        headers.append(cell)
    ws.append(headers)
    for row in df.itertuples(index=False):
        ws.append([_cell_value(v) for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cell_value(value: object) -> object:
    if isinstance(value, str):
        return value
    if i18n.is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value
