"""Spreadsheet cells that stay data: the one rule for text a spreadsheet would run as a formula.

OWASP's "CSV injection": Excel, LibreOffice and WPS run a cell that begins with = + - @, a tab or a
carriage return as a formula when they open a file. Every export keeps such text as text — the
workbooks through :mod:`outputs.xlsx`, the CSVs with OWASP's leading ``'`` (:func:`csv_quote_formula`,
in :mod:`outputs.export` and the backup of :mod:`tracking.reported`) — and the import reads an Excel
formula as a problem (:mod:`tracking.reported_import`), never as a number or a blank.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?")


def formula_like(text: str) -> bool:
    """Would a spreadsheet program run this text as a formula? It starts with = + - @, a tab or a
    carriage return and is not a plain number: ``"=HYPERLINK(…)"``, ``"@SUM(A1)"``, ``"-2+3"`` → True;
    ``"-5.2"``, ``"+3%"`` (read as the number they are, harmlessly) and ``"冠县"`` → False."""
    return text.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text)


def csv_quote_formula(value: object) -> object:
    """A CSV cell that no spreadsheet runs: text that looks like a formula gets the leading ``'``
    OWASP recommends (``"=1+1"`` → ``"'=1+1"``), and so does such text already quoted (``"'=1+1"`` →
    ``"''=1+1"``), so that :func:`csv_unquote_formula` gives back exactly what was written. Numbers
    and other text are left as they are."""
    return "'" + value if isinstance(value, str) and formula_like(value.lstrip("'")) else value


def csv_unquote_formula(text: object) -> object:
    """Undo :func:`csv_quote_formula`, so an exported CSV imports as it was: ``"'=1+1"`` → ``"=1+1"``."""
    if isinstance(text, str) and text.startswith("'") and formula_like(text.lstrip("'")):
        return text[1:]
    return text


def frame_to_safe_csv(df: pd.DataFrame, encoding: str = "utf-8-sig") -> bytes:
    """``df`` as CSV that no spreadsheet runs: formula-like headers and text cells quoted
    (:func:`csv_quote_formula`), infinite numbers left empty ("inf" is no number Excel reads), rows
    ending in CRLF (RFC 4180: the csv writer then quotes any cell holding CR or LF, so a carriage
    return inside a cell cannot end its row). Numbers and dates stay as they are."""
    safe = df.copy()
    safe.columns = [csv_quote_formula(str(c)) for c in df.columns]
    for j in range(safe.shape[1]):
        column = safe.iloc[:, j]
        if pd.api.types.is_float_dtype(column.dtype):
            safe.isetitem(j, column.replace([np.inf, -np.inf], np.nan))
        elif not (pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_datetime64_any_dtype(column.dtype)):
            safe.isetitem(j, column.map(csv_quote_formula))
    return safe.to_csv(index=False, lineterminator="\r\n").encode(encoding)


def unquote_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A frame read from such a CSV as it was written: ``'=1+1`` → ``=1+1`` in headers and cells."""
    out = df.rename(columns=csv_unquote_formula)
    for j in range(out.shape[1]):
        column = out.iloc[:, j]
        if not (pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_datetime64_any_dtype(column.dtype)):
            out.isetitem(j, column.map(csv_unquote_formula))
    return out
