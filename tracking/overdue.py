"""Overdue as officials see it: the display state 逾期未报, and what each department still owes.

:mod:`tracking.status` computes a status (``no_data`` when nothing was reported) and, separately,
whether a target's report is overdue. What a page, a count or a gauge shows is the *display
status*: a target with nothing reported whose report was due is ``overdue`` (逾期未报) — 聊城市's
2022 targets, four years past with no value, are owed, not merely "no data" — and every other
target shows its status. A target that was reported but not for the last due quarter keeps its
status (进度滞后 …) and is flagged overdue beside it.

The same rule is written once in SQL (:data:`tracking.queries.DISPLAY_STATUS_SQL`) for the pages'
queries and here for frames (:func:`display_status`), and a test holds them together.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd

from tracking.periods import due_position
from tracking.status import STATUS_CODES

OVERDUE = "overdue"
# Display statuses in the order counts and legends show them: 逾期未报 beside 暂无数据.
DISPLAY_CODES = (*STATUS_CODES[:-1], OVERDUE, STATUS_CODES[-1])


def display_status(status, overdue):
    """``overdue`` where the status is ``no_data`` and a report was due, else the status.

    >>> display_status("no_data", True), display_status("at_risk", True), display_status("no_data", False)
    ('overdue', 'at_risk', 'no_data')
    """
    if np.ndim(status) == 0:
        missing = bool(pd.isna(status)) or status == "no_data"  # None, NaN, NA or no_data
        owed = not pd.isna(overdue) and bool(overdue)
        return OVERDUE if missing and owed else ("no_data" if missing else status)
    s = pd.Series(status, dtype=object).fillna("no_data").to_numpy()
    o = pd.Series(overdue, dtype=object).fillna(False).astype(bool).to_numpy()
    return np.where((s == "no_data") & o, OVERDUE, s).astype(object)


def position_to_period(position: float, target_year: float | None = None) -> str:
    """The period a report was due for: the end of a quarter in years → ``"2024Q3"``; the target
    year's end → that year (``"2022"``: the annual figure is what is owed once the plan ended).

    >>> position_to_period(2024.75), position_to_period(2022.0, 2022)
    ('2025Q3', '2022')
    """
    if target_year is not None and not math.isnan(float(target_year)) and position >= float(target_year):
        return str(int(target_year))
    year = math.floor(position + 1e-9)
    quarter = round((position - year) * 4)
    return f"{year}Q4" if quarter == 0 else f"{year + 1}Q{quarter}"


def due_period(target_year: object, today: date) -> str:
    """The last period a target's report was due for on ``today``: the last quarter that ended
    more than 30 days ago, or the target year once it has passed (2025-05-10, a 2025 target →
    "2025Q1"; a 2022 target → "2022")."""
    due = due_position(today)
    year = None if target_year is None or pd.isna(target_year) else float(target_year)
    return position_to_period(min(due, year) if year is not None else due, year)


def overdue_rows(ledger: pd.DataFrame, today: date) -> pd.DataFrame:
    """The overdue targets of a ledger frame (rows of :func:`tracking.queries.ledger_sql`), in
    ledger order, with ``due_period`` (what is owed) and ``display_status`` added."""
    rows = ledger[ledger["overdue"].fillna(False).astype(bool)].copy()
    rows["due_period"] = [due_period(y, today) for y in rows["target_year"]]
    rows["display_status"] = display_status(rows["status"], rows["overdue"]) if len(rows) else []
    return rows.reset_index(drop=True)
