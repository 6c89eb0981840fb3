"""The app-side data layer: one read-only DuckDB connection per process, cached query results.

Pages call the functions at the bottom with a :class:`~dashboard.queries.Filters` and get
DataFrames. Caching lives here and only here: the connection is an ``st.cache_resource`` keyed on
the database file's identity (path, inode, mtime), so ``python -m etl build`` replacing the file
makes the next query open the new one; results are ``st.cache_data`` keyed on that identity, the
reported-values file's identity, today's date and the SQL with its parameters (i.e. the filters).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard import export, queries as Q
from dashboard.sourcetext import clause_around
from etl import reported as reported_store
from etl.status import STATUS_COLUMNS, compute_statuses

ROOT = Path(__file__).resolve().parent.parent
ATTACHED = "indicators"


class DataError(Exception):
    """The indicators database could not be read; ``str()`` is shown to the user."""


def indicators_db_path() -> Path:
    return Path(os.environ.get("INDICATORS_DB") or ROOT / "indicators.duckdb")


def reported_db_path() -> Path:
    return Path(os.environ.get("REPORTED_DB") or indicators_db_path().parent / "reported.duckdb")


def sources_dir() -> Path:
    return Path(os.environ.get("SOURCES_DIR") or ROOT / "data" / "sources")


@dataclass(frozen=True)
class FileVersion:
    """Identity of a file's current content: a rebuild (new file + os.replace) changes the inode."""

    path: str
    inode: int
    mtime_ns: int
    size: int


def file_version(path: Path) -> FileVersion | None:
    try:
        s = path.stat()
    except OSError:
        return None
    return FileVersion(str(path.resolve()), s.st_ino, s.st_mtime_ns, s.st_size)


@dataclass(frozen=True)
class Snapshot:
    """Everything a cached result depends on besides its SQL."""

    indicators: FileVersion
    reported: FileVersion | None
    today: date


def snapshot() -> Snapshot | None:
    """The current state of the data files, or None when there is no indicators database yet."""
    version = file_version(indicators_db_path())
    if version is None:
        return None
    return Snapshot(version, file_version(reported_db_path()), date.today())


# --- connection and raw queries ------------------------------------------------------------

@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(version: FileVersion) -> duckdb.DuckDBPyConnection:
    # The file is ATTACHed to a private in-memory database instead of being opened by path:
    # DuckDB shares one instance per path in a process, so a plain connect() after a rebuild would
    # hand back the old, replaced file for as long as any connection to it lives.
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH ? AS {ATTACHED} (READ_ONLY)", [version.path])
    return con


def _run(version: FileVersion, query: Q.Query, statuses: pd.DataFrame | None = None) -> pd.DataFrame:
    sql, params = query
    try:
        cur = _connection(version).cursor()  # one cursor per call: safe across sessions' threads
    except duckdb.Error as exc:
        raise DataError(str(exc).splitlines()[0]) from exc
    try:
        cur.execute(f"USE {ATTACHED}")
        if statuses is not None:
            cur.register(Q.STATUSES_RELATION, statuses)
        return cur.execute(sql, params).df()
    except duckdb.Error as exc:
        raise DataError(str(exc).splitlines()[0]) from exc
    finally:
        cur.close()


def empty_reported() -> pd.DataFrame:
    return pd.DataFrame({"target_id": pd.Series(dtype=object), "period": pd.Series(dtype=object),
                         "value": pd.Series(dtype=float)})


@st.cache_data(show_spinner=False, max_entries=4)
def _reported(snap: Snapshot) -> tuple[pd.DataFrame, str]:
    """Reported values and, when they could not be read, why (shown as a warning, never a crash)."""
    try:
        return reported_store.latest_reported(reported_db_path()), ""
    except Exception as exc:  # noqa: BLE001 — any failure of the store degrades to "no data"
        return empty_reported(), (str(exc).splitlines() or [type(exc).__name__])[0]


@st.cache_data(show_spinner=False, max_entries=4)
def statuses(snap: Snapshot) -> pd.DataFrame:
    """The status of every target, computed where the entry page computes it (etl.reported →
    etl.status), so both pages always agree."""
    if not reported_problem(snap):
        try:
            return reported_store.current_statuses(snap.indicators.path, reported_db_path(), snap.today)[STATUS_COLUMNS]
        except reported_store.StoreError:
            pass  # the store went away between the two reads: judge without it, as below
    targets = _run(snap.indicators, Q.all_targets_sql())
    return compute_statuses(targets, empty_reported(), snap.today)[STATUS_COLUMNS]


def reported_problem(snap: Snapshot) -> str:
    """Why reported values could not be read, or ''."""
    return _reported(snap)[1]


@st.cache_data(show_spinner=False, max_entries=512)
def _frame(snap: Snapshot, sql: str, params: list) -> pd.DataFrame:
    return _run(snap.indicators, (sql, params), statuses(snap))


def _get(snap: Snapshot, query: Q.Query) -> pd.DataFrame:
    return _frame(snap, query[0], query[1])


# --- what pages ask for --------------------------------------------------------------------

def jurisdictions(snap: Snapshot) -> pd.DataFrame:
    return _get(snap, Q.jurisdictions_sql())


def filter_options(snap: Snapshot) -> dict[str, list[str]]:
    """Distinct values per filter field, in display order."""
    df = _get(snap, Q.filter_options_sql())
    return {field: list(group["value"]) for field, group in df.groupby("field", sort=False)}


def status_counts(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.status_counts_sql(f))


def status_breakdown(snap: Snapshot, f: Q.Filters, by: str) -> pd.DataFrame:
    return _get(snap, Q.status_breakdown_sql(f, by))


def headline_targets(snap: Snapshot, f: Q.Filters, per_jurisdiction: int = 8) -> pd.DataFrame:
    return _get(snap, Q.headline_targets_sql(f, per_jurisdiction))


def ledger(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.ledger_sql(f))


@st.cache_data(show_spinner=False, max_entries=64)
def ledger_table(snap: Snapshot, f: Q.Filters, lang: str) -> pd.DataFrame:
    """The ledger as displayed and exported (localized headers, formatted targets)."""
    return export.ledger_table(ledger(snap, f), lang)


def target(snap: Snapshot, target_id: str) -> dict | None:
    df = _get(snap, Q.target_sql(target_id))
    return None if df.empty else df.iloc[0].to_dict()


def indicator_codes(snap: Snapshot) -> pd.DataFrame:
    return _get(snap, Q.indicator_codes_sql())


def comparison(snap: Snapshot, indicator_code: str) -> pd.DataFrame:
    return _get(snap, Q.comparison_sql(indicator_code))


def department_breakdown(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.department_breakdown_sql(f))


def reported_series(snap: Snapshot, target_id: str) -> pd.DataFrame:
    """Every reported period of one target, oldest first."""
    reported, _ = _reported(snap)
    rows = reported[reported["target_id"] == target_id]
    return rows.sort_values("period").reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=256)
def clause_text(source_file: str, source_text: str, mtime_ns: int | None = None) -> tuple[str, str, str] | None:
    """The clause around a target's sentence in its source file, split as (before, sentence, after)."""
    path = sources_dir() / source_file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return clause_around(text, source_text)


def source_mtime(source_file: str) -> int | None:
    version = file_version(sources_dir() / source_file)
    return version.mtime_ns if version else None


def build_database() -> Path:
    """Build indicators.duckdb from the sources (the no-database page's button)."""
    from etl.load import build_database as build  # the ETL may not be importable yet

    path = indicators_db_path()
    build(sources_dir(), path)
    return path
