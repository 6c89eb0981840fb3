"""A document's review as a workbook (written by :mod:`outputs.xlsx`, the one Excel writer):
sheet 审核 is the table of :func:`tracking.review_import.review_frame`, sheet 说明 names the
document (cell B1, ``DOCUMENT_CELL``, read back by the import) and says how to fill it in."""

from __future__ import annotations

import pandas as pd

from outputs import i18n, xlsx
from tracking.review_import import DOCUMENT_SHEET, HEADERS

REVIEW_SHEET = "审核"


def review_workbook(frame: pd.DataFrame, source_file: str, lang: str = i18n.DEFAULT_LANG) -> bytes:
    """The review table with its headers in both languages, states in words, and the notes."""
    table = frame.copy()
    table["state"] = [i18n.review_state_label(s, lang) for s in table["state"]]
    table = table.rename(columns=HEADERS)
    lines = [i18n.t(f"review.xlsx.note{n}", lang) for n in (1, 2, 3, 4)]
    # A1 says 文件, B1 (DOCUMENT_CELL) holds the file name the import reads back; the notes under it
    notes = pd.DataFrame({i18n.t("review.xlsx.document", lang): [""] * len(lines), source_file: lines})
    return xlsx.workbook_bytes([
        xlsx.Sheet(REVIEW_SHEET, table, wrap_columns=frozenset({HEADERS["source_text"]})),
        xlsx.Sheet(DOCUMENT_SHEET, notes, wrap_columns=frozenset({source_file})),
    ])
