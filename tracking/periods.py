"""Reporting periods: the one place they are parsed, ordered and placed on a time line.

A period is ``"2024"`` (the year) or ``"2024Q3"`` (a quarter), as officials report them
("2024年第三季度" is accepted on entry and stored as ``"2024Q3"``). Its *position* is the moment
it ends, counted in years: ``"2024"`` → 2024.0 (end of 2024), ``"2024Q3"`` → 2023.75, so
``"2024Q4"`` and ``"2024"`` end together. A baseline year ``2022`` means "the value at the end of
2022", position 2022.0. The status method (:mod:`tracking.status`), the path chart and the pace
text all place periods with these functions, so they always agree.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, timedelta

import numpy as np
import pandas as pd

PERIOD_RE = re.compile(r"^(\d{4})(?:Q([1-4]))?$")
GRACE_DAYS = 30  # a quarter's report is due 30 days after it ends
QUARTER_NUMERALS = "一二三四"


def parse_period(period: object) -> tuple[int, int] | None:
    """``"2024Q3"`` → ``(2024, 3)``, ``"2024"`` → ``(2024, 0)``, a year number 2024 or 2024.0 →
    ``(2024, 0)``; anything else → None."""
    if isinstance(period, (int, float, np.integer, np.floating)) and not isinstance(period, bool):
        value = float(period)
        return (int(value), 0) if math.isfinite(value) and value == int(value) else None
    m = PERIOD_RE.match(str(period).strip())
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0)


def period_to_position(period: object) -> float:
    """When a period ends, in years: ``"2024"`` → 2024.0, ``"2024Q3"`` → 2023.75 (NaN if invalid)."""
    parsed = parse_period(period)
    if parsed is None:
        return float("nan")
    year, quarter = parsed
    return float(year) if quarter == 0 else year - 1 + quarter / 4


def periods_to_frame(periods: pd.Series) -> pd.DataFrame:
    """Vectorised :func:`parse_period` + :func:`period_to_position`: year, quarter, pos columns
    (each distinct period is parsed once)."""
    codes, uniques = pd.factorize(periods.astype(object), use_na_sentinel=True)
    parsed = [parse_period(p) or (np.nan, np.nan) for p in uniques]
    year = np.array([p[0] for p in parsed] + [np.nan], dtype=float)[codes]
    quarter = np.array([p[1] for p in parsed] + [np.nan], dtype=float)[codes]
    pos = np.where(quarter > 0, year - 1 + quarter / 4, year)
    return pd.DataFrame({"year": year, "quarter": quarter, "pos": pos}, index=periods.index)


def text_to_period(text: object) -> str | None:
    """What an official typed → a period: ``"2024"``, ``"2024.0"`` (Excel), ``"2024年"`` → ``"2024"``;
    ``"2024Q3"``, ``"2024-q3"``, ``"2024年第三季度"`` → ``"2024Q3"``; anything else → None."""
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).upper()
    m = re.fullmatch(r"(\d{4})(?:\.0+|年)?", s)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(\d{4})(?:年|[-/_])?(?:Q([1-4])|第?([1-4一二三四])季度?)", s)
    if m:
        numeral = m.group(3)
        quarter = m.group(2) or (str(QUARTER_NUMERALS.index(numeral) + 1) if numeral in QUARTER_NUMERALS
                                 else numeral)
        return f"{m.group(1)}Q{quarter}"
    return None


def period_start(period: str) -> date:
    """The first day of a period: ``"2024Q3"`` → 2024-07-01, ``"2024"`` → 2024-01-01."""
    parsed = parse_period(period)
    if parsed is None:
        raise ValueError(f"not a period: {period!r}")
    year, quarter = parsed
    return date(year, 3 * quarter - 2 if quarter else 1, 1)


def due_position(today: date) -> float:
    """Position of the last quarter that ended more than GRACE_DAYS before ``today``.

    ``date(2025, 5, 10)`` → 2024.25 (2025Q1 ended 31 March, more than 30 days ago).
    """
    d = today - timedelta(days=GRACE_DAYS)
    return d.year - 1 + ((d.month - 1) // 3) / 4


def position_of_today(today: date) -> float:
    """How far into the years ``today`` is, by month: 2025-05-10 → 2024.333… (four months of 2025 done)."""
    return today.year - 1 + (today.month - 1) / 12
