"""The one Excel writer: every workbook the product hands out (the ledger download, the meeting
pack's ledger, the reporting template) is written here, so they look alike and share one set of
rules.

A sheet has bold shaded headers, a frozen header row, filters, and column widths fitted to Chinese
text (a CJK character counts two): at least 6, at most 30 — 50 for long-text columns such as 原文,
which also wrap. It is written in openpyxl's streaming (write-only) mode: 45,000 targets take
seconds, not minutes.

No cell is ever a live formula: text that a spreadsheet would run (``=…``, ``+…``, ``-…``, ``@…``,
tab, carriage return: OWASP's CSV-injection rule) is written as a text cell with Excel's quote
prefix, so opening the file, or editing the cell, never evaluates it; so is text that reads as an
error code (``#N/A``). Characters XML cannot hold are dropped, text longer than a cell holds is
cut, and an infinite or NaN number is an empty cell (Excel refuses a file holding one).
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from tracking.cells import formula_like

HEADER_FILL = "DCE6F1"
BORDER_COLOR = "B0BEC5"
MIN_WIDTH, MAX_WIDTH, MAX_WRAPPED_WIDTH = 6, 30, 50
WIDTH_SAMPLE_ROWS = 500  # widths are fitted to the first rows: enough to see the column's shape
MAX_CELL_TEXT = 32767    # Excel's limit for one cell
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses them: no XML 1.0 text holds them

# (row position in the table, column name, value) → a fill colour (hex, no '#') or None
CellFill = Callable[[int, str, object], "str | None"]


@dataclass
class Sheet:
    """One sheet: the table and how it is dressed."""

    name: str
    table: pd.DataFrame
    title: str | None = None                      # a bold line above the headers
    wrap_columns: frozenset[str] = frozenset()    # long text: wrapped, wider
    number_formats: dict[str, str] = field(default_factory=dict)
    cell_fill: CellFill | None = None
    font_name: str | None = None
    borders: bool = False
    print_header: str | None = None               # printed at the top of every page
    print_landscape: bool = False                 # landscape, fitted to the page's width
    header_fills: dict[str, str] = field(default_factory=dict)  # column → its header's fill (hex)
    header_notes: dict[str, str] = field(default_factory=dict)  # column → a comment on its header


def display_width(text: str) -> int:
    """Columns of text as Excel shows it: "高新技术企业" → 12, "PM2.5" → 5."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell_value(value: object) -> object:
    """A value openpyxl writes as officials expect: missing, infinite or NaN → empty cell, NumPy →
    Python, text without the control characters XML cannot hold and cut to what a cell holds."""
    if isinstance(value, str):
        return clean_text(value)
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    value = value.item() if hasattr(value, "item") else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def clean_text(text: str) -> str:
    """Text a cell can hold: "第一条\x0c第二条" (a page break copied from a PDF) → "第一条第二条"."""
    text = _ILLEGAL_XML.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT - 1] + "…"


def needs_text_cell(value: object) -> bool:
    """Text that openpyxl or Excel would not keep as plain text: a formula-like string or an error code."""
    return isinstance(value, str) and (formula_like(value) or value in ERROR_CODES)


def _as_text(cell):
    """Keep ``cell`` text whatever it starts with: the text type, and Excel's quote prefix (the
    ``'`` a person types before =), so that editing the cell does not turn it into a formula."""
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _plain(ws, value: object) -> object:
    """A value for ``ws.append`` on the fast path: itself, or a text cell when it needs one."""
    value = cell_value(value)
    return _cell(ws, value) if needs_text_cell(value) else value


def _cell(ws, value: object):
    """A write-only cell holding ``value`` (:func:`cell_value`), kept as text when it needs to be."""
    from openpyxl.cell import WriteOnlyCell

    value = cell_value(value)
    cell = WriteOnlyCell(ws, value=value)
    return _as_text(cell) if needs_text_cell(value) else cell


def column_widths(sheet: Sheet) -> list[float]:
    widths = []
    for name in sheet.table.columns:
        sample = [str(v) for v in sheet.table[name].iloc[:WIDTH_SAMPLE_ROWS] if cell_value(v) is not None]
        longest = max([display_width(str(name))] + [display_width(v) for v in sample])
        cap = MAX_WRAPPED_WIDTH if name in sheet.wrap_columns else MAX_WIDTH
        widths.append(min(max(MIN_WIDTH, longest + 2), cap))
    return widths


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    """The workbook of ``sheets``, in order, as the bytes of an .xlsx file."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for sheet in sheets:
        _write(wb.create_sheet(sheet.name[:31]), sheet)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _write(ws, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    table, columns = sheet.table, list(sheet.table.columns)
    header_row = 3 if sheet.title else 1
    for j, width in enumerate(column_widths(sheet), start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = f"A{header_row + 1}"
    if columns:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{header_row + len(table)}"
    ws.row_dimensions[header_row].height = 30
    if sheet.print_header:
        ws.oddHeader.center.text = sheet.print_header
        ws.oddFooter.center.text = "&P / &N"
        ws.print_title_rows = f"{header_row}:{header_row}"
    if sheet.print_landscape:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    font_args = {"name": sheet.font_name} if sheet.font_name else {}
    thin = Side(style="thin", color=BORDER_COLOR)
    border = Border(left=thin, right=thin, top=thin, bottom=thin) if sheet.borders else None
    if sheet.title:
        cell = _cell(ws, sheet.title)
        cell.font = Font(bold=True, size=14, **font_args)
        ws.append([cell])
        ws.append([])
    headers = []
    for name in columns:
        cell = _cell(ws, str(name))
        cell.font = Font(bold=True, size=10 if font_args else None, **font_args)
        cell.fill = PatternFill("solid", fgColor=sheet.header_fills.get(name, HEADER_FILL))
        if name in sheet.header_notes:
            from openpyxl.comments import Comment

            cell.comment = Comment(sheet.header_notes[name], "")
            cell.comment.width, cell.comment.height = 240, 90
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if border:
            cell.border = border
        headers.append(cell)
    ws.append(headers)

    dressed = bool(sheet.cell_fill or sheet.number_formats or sheet.wrap_columns or font_args or border)
    if not dressed:  # plain rows: the fast path for large ledgers
        for row in table.itertuples(index=False):
            ws.append([_plain(ws, v) for v in row])
        return
    body_font = Font(size=10, **font_args) if font_args else None
    wrap = [name in sheet.wrap_columns for name in columns]
    formats = [sheet.number_formats.get(name) for name in columns]
    for i, row in enumerate(table.itertuples(index=False)):
        cells = []
        for j, value in enumerate(row):
            cell = _cell(ws, value)
            cell.alignment = Alignment(vertical="top", wrap_text=wrap[j])
            if body_font:
                cell.font = body_font
            if border:
                cell.border = border
            if formats[j]:
                cell.number_format = formats[j]
            if sheet.cell_fill and (colour := sheet.cell_fill(i, columns[j], value)):
                cell.fill = PatternFill("solid", fgColor=colour)
            cells.append(cell)
        ws.append(cells)
