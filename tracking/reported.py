"""Reported values: what officials say was achieved, kept so that nothing they enter is lost.

The store is its own DuckDB file, ``reported.duckdb`` (env ``REPORTED_DB``; default beside
``indicators.duckdb``), keyed by the stable ``target_id``. ``python -m etl build`` rewrites
``indicators.duckdb`` and never opens this file, so a rebuild cannot lose a value; a value whose
target disappeared from the sources stays stored and is listed by :func:`orphans` for review.

On PostgreSQL (issue 17, ``DATABASE_URL``; docs/postgres.md) the same tables live in one database
that several app servers share: every function here takes, as its store, a DuckDB path or a
:class:`tracking.store.PostgresStore` (or its URL); :mod:`tracking.pg` does the connecting, the
migrations and the dialect, and the few queries that differ have a ``postgres=True`` form.

Tables
    ``reported_values(target_id, period, value, unit, source, note, reported_by, reported_at,
    revision, basis)`` — a correction adds a new ``revision``; the latest revision per
    (target_id, period) is the one shown (:func:`latest_reported`). ``unit`` is the target's unit
    (a converted value says so in its note). ``reported_at`` is UTC. ``basis`` says what an
    increment's value is (:data:`tracking.status.BASES`): ``cumulative`` (累计, the convention) or
    ``period`` (本期新增); NULL for other kinds and for rows stored before the column existed
    (which meant period additions then, and still do). A store written before the column gets it
    on its next write (``ALTER TABLE … ADD COLUMN IF NOT EXISTS``); a read-only read of one that
    has not been written since sees it as NULL through a temporary view (:func:`with_basis_view`).
    ``audit_log(audit_id, at, account, target_id, period, old_value, new_value, how)`` —
    append-only, ``how`` ∈ form / import / cli / document.

Concurrency
    DuckDB lets one process at a time open a file for writing. Every access here is a short-lived
    connection (open, one transaction, close) taken under a thread lock, so threads of one app take
    turns, and under a lock file beside the store (``reported.duckdb.lock``, :mod:`filelock`), so
    processes (the CLI, a second app process) take turns too: one waits up to ``LOCK_TIMEOUT``
    seconds for another, then :class:`StoreBusy` says so. Nothing holds the file between calls. A
    program that opens the file without this lock is refused with a clear :class:`StoreError`.
    Never ATTACH ``reported.duckdb`` in the app process: while it is attached anywhere in a
    process, DuckDB refuses to open the same file for writing in that process ("Unique file handle
    conflict"), so saves would fail. Reads that need both files open this one read-only and
    ATTACH ``indicators.duckdb`` (READ_ONLY) to it (:func:`orphans`).

Reading at scale
    Readers filter in SQL (a jurisdiction's targets, the values and audit entries of given
    targets, the newest audit entries only) and :func:`current_statuses` lets DuckDB pick the
    latest revision per period. Callers that cache results key them on :func:`file_version`,
    which is None while a file may have changed without its stat showing it.

Values taken from the documents themselves (a baseline year's value) are not stored: see
:func:`document_values_from_targets`, merged at read time by :func:`current_statuses`.
Import (all-or-nothing, with a row-by-row report) and the template are in
:mod:`tracking.reported_import`; backup and restore are :func:`backup_reported` and
:func:`restore_reported`.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import filelock
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute  # noqa: F401 — pa.compute in orphans

from tracking import audit_chain, cells
from tracking import pg as postgres
from tracking import status as status_rules
from tracking.store import (  # noqa: F401 — the store's errors, as callers have always named them
    PostgresStore,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnavailable,
    is_postgres,
    location,
)

LOCK_TIMEOUT = 10.0  # seconds to keep retrying a file held by another process
HOWS = ("form", "import", "cli", "document")
VALUE_COLUMNS = ["target_id", "period", "value", "unit", "source", "note", "reported_by",
                 "reported_at", "revision", "basis"]
AUDIT_COLUMNS = ["audit_id", "at", "account", "target_id", "period", "old_value", "new_value", "how"]

REPORTED_VALUES = """
CREATE TABLE IF NOT EXISTS reported_values (
    target_id    VARCHAR   NOT NULL,
    period       VARCHAR   NOT NULL,   -- '2024' or '2024Q3'
    value        DOUBLE    NOT NULL,
    unit         VARCHAR,              -- the target's unit
    source       VARCHAR   NOT NULL,   -- where the number comes from (统计公报 …) or how it came
    note         VARCHAR,
    reported_by  VARCHAR   NOT NULL,   -- account
    reported_at  TIMESTAMP NOT NULL,   -- UTC
    revision     INTEGER   NOT NULL,   -- 1, 2, … per (target_id, period); the highest is shown
    basis        VARCHAR,              -- increments: 'cumulative' (累计) or 'period' (本期新增); NULL: period (legacy)
    PRIMARY KEY (target_id, period, revision)
)"""
ADD_BASIS = "ALTER TABLE reported_values ADD COLUMN IF NOT EXISTS basis VARCHAR"  # stores made before issue 12

AUDIT_LOG = f"""
CREATE TABLE IF NOT EXISTS audit_log (
    audit_id   BIGINT    PRIMARY KEY,
    "at"       TIMESTAMP NOT NULL,   -- quoted: AT is a keyword in DuckDB
    account    VARCHAR   NOT NULL,
    target_id  VARCHAR   NOT NULL,
    period     VARCHAR   NOT NULL,
    old_value  DOUBLE,
    new_value  DOUBLE,
    how        VARCHAR   NOT NULL CHECK (how IN ({", ".join(repr(h) for h in HOWS)}))
)"""

REATTACHMENTS = """
CREATE TABLE IF NOT EXISTS reattachments (
    old_target_id  VARCHAR   PRIMARY KEY,   -- an orphan: its target is gone from indicators.duckdb
    new_target_id  VARCHAR   NOT NULL,      -- the target its values were carried over to
    "at"           TIMESTAMP NOT NULL,
    account        VARCHAR   NOT NULL,
    periods        INTEGER   NOT NULL       -- periods carried over
)"""
REATTACH_COLUMNS = ["old_target_id", "new_target_id", "at", "account", "periods"]

_LATEST_SQL = """
SELECT * FROM reported_values
QUALIFY row_number() OVER (PARTITION BY target_id, period ORDER BY revision DESC) = 1
ORDER BY target_id, period"""
RACY_SECONDS = 2.0  # a file changed more recently than this may change again with the same stat
STATUS_VALUE_COLUMNS = ["target_id", "period", "value", "source", "basis"]  # what compute_statuses reads
TARGET_STATUS_COLUMNS = ["target_id", "document_id", "clause_ref", "unit", "value", "comparator", "kind",
                         "span_text", "indicator_code",  # the direction (tracking.direction)
                         "per_year", "target_year", "baseline_value", "baseline_year"]


DAMAGED_SIGNS = ("not a valid DuckDB database", "Corrupt", "corrupt", "checksum", "Checksum",
                 "database file is too small", "Serialization Error", "INTERNAL Error")


def open_failure(path, error: Exception) -> StoreError:
    """The :class:`StoreError` for DuckDB failing to open ``path``: :class:`StoreDamaged` when
    the error says the file is not a valid database ("The file … exists, but it is not a valid
    DuckDB database file!"), else a plain StoreError."""
    text = " ".join(str(error).split())
    if "No space left on device" in text:
        return StoreError(path, f"磁盘已满，无法写入，未写入任何数据（{text}） / the disk is full")
    if Path(path).is_file() and any(sign in text for sign in DAMAGED_SIGNS):
        return StoreDamaged(path, f"数据库文件已损坏，无法打开（{text}） / the database file is damaged")
    return StoreError(path, f"无法打开数据库（{text}）")


_LOCK = threading.RLock()
_WRITES = [0]  # writes this process made through _write: part of file_version


def lock_path(path) -> Path:
    """The lock file beside a store: ``reported.duckdb`` → ``reported.duckdb.lock``."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


@contextmanager
def _process_lock(path: Path, timeout: float, read_only: bool):
    """Hold the store's cross-process lock (:mod:`filelock`) for one connection. Every process of
    the product takes it before opening the file, so none ever meets DuckDB's own lock. A read in a
    folder where no lock file can be made (a read-only backup) goes ahead without it."""
    lock = filelock.FileLock(lock_path(path), timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout as e:
        raise StoreBusy(path, f"数据库被其他程序占用超过 {timeout:g} 秒，请稍后重试") from e
    except OSError as e:
        if not read_only:
            raise StoreError(path, f"无法创建锁文件 {lock_path(path).name}（{e}）") from e
        yield
        return
    try:
        yield
    finally:
        lock.release()


@contextmanager
def connect(path, read_only: bool = False, timeout: float = LOCK_TIMEOUT):
    """A short-lived connection under the thread lock and the store's process lock (waiting up to
    ``timeout`` for another process to finish), closed on exit. On a PostgreSQL store: a pooled
    connection in one read transaction (no lock: the server gives each reader its own snapshot)."""
    if is_postgres(path):
        with postgres.connection(location(path)) as con:
            yield con
        return
    path = Path(path)
    with _LOCK, _process_lock(path, timeout, read_only):
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as e:
            raise open_failure(path, e) from e
        try:
            yield con
        finally:
            con.close()


@contextmanager
def _write(path, timeout: float = LOCK_TIMEOUT):
    """One write transaction on the store (tables created on first use); rolled back on error.
    On PostgreSQL: :func:`tracking.pg.transaction` (tables made by its migrations)."""
    if is_postgres(path):
        try:
            with postgres.transaction(location(path)) as con:
                yield con
        finally:
            _WRITES[0] += 1
        return
    with connect(path, timeout=timeout) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(REPORTED_VALUES)
            con.execute(ADD_BASIS)
            con.execute(AUDIT_LOG)
            con.execute(REATTACHMENTS)
            con.execute(audit_chain.AUDIT_CHAIN)  # issue 15: the audit rows' hash chain
            yield con
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:  # the failed statement may have ended the transaction already
                pass
            raise
        finally:
            _WRITES[0] += 1


def _tables(con) -> set[str]:
    """The tables of the store open on ``con`` (a store written by an older version lacks some)."""
    if isinstance(con, postgres.PgCon):
        return con.tables()
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def with_basis_view(con) -> None:
    """On a read-only connection to a store written before ``basis`` existed, shadow its
    ``reported_values`` with a temporary view that has the column (NULL: period additions), so
    every query reads one shape. A store that has the column, or no such table, is left alone."""
    if isinstance(con, postgres.PgCon):  # its migrations made the column
        return
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = 'reported_values'").fetchall()}
    if columns and "basis" not in columns:
        name = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
        con.execute(f'CREATE TEMP VIEW reported_values AS SELECT *, NULL::VARCHAR AS basis '
                    f'FROM "{name}".main.reported_values')


def _read(path, sql: str, params=None, empty_columns=VALUE_COLUMNS, *, fetch: str = "df",
          attach_indicators=None, table: str = "reported_values") -> pd.DataFrame:
    """Run one query on a read-only short-lived connection; a store never written, or written
    before ``table`` existed, reads empty.

    ``fetch``: ``"df"`` is DuckDB's ``.df()``; ``"arrow"`` goes through Arrow, about three times
    faster for large results but with other dtypes (an all-NULL text column is ``str``, not
    ``object``), for frames no caller sees; ``"df_like"`` goes through Arrow and gives ``.df()``'s
    dtypes (:func:`_arrow_to_frame`). ``attach_indicators`` ATTACHes that indicators file
    READ_ONLY as ``INDICATORS_ALIAS`` for the query (the store itself is never attached: see the
    module docstring). On PostgreSQL ``sql`` must be valid there too (callers pass the
    ``postgres=True`` form of a query that differs); ``attach_indicators`` is not available."""
    if is_postgres(path):
        if attach_indicators is not None:
            raise ValueError("a PostgreSQL store cannot attach indicators.duckdb: join in DuckDB after reading")
        result = postgres.read(location(path), sql, params)
        if fetch == "df":
            return postgres.arrow_to_duckdb_frame(result)
        return result.to_pandas() if fetch == "arrow" else _arrow_to_frame(result)
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=empty_columns)
    with connect(path, read_only=True) as con:
        if table not in _tables(con):
            return pd.DataFrame(columns=empty_columns)
        with_basis_view(con)
        if attach_indicators is not None:
            try:
                con.execute(f"ATTACH ? AS {INDICATORS_ALIAS} (READ_ONLY)", [str(attach_indicators)])
            except duckdb.Error as e:
                raise StoreError(attach_indicators, f"无法打开指标数据库（{e}）") from e
        if fetch == "df":
            return con.execute(sql, params or []).df()
        table = con.sql(sql, params=params or None).to_arrow_table()
        return table.to_pandas() if fetch == "arrow" else _arrow_to_frame(table)


def _arrow_to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow result as DuckDB's ``.df()`` gives it, for the column types of this store: text
    is pandas' ``str`` dtype, or ``object`` holding None when the column has no value at all (or
    there are no rows); an integer column with NULLs is nullable ``Int32``/``Int64``."""
    frame = table.to_pandas()
    for name, column in zip(table.column_names, table.columns):
        kind = column.type
        if (pa.types.is_string(kind) or pa.types.is_large_string(kind)) and column.null_count == len(column):
            frame[name] = pd.Series([None] * len(column), index=frame.index, dtype=object)
        elif pa.types.is_integer(kind) and column.null_count:
            frame[name] = pd.array(column.to_pylist(), dtype=f"Int{kind.bit_width}")
        elif not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_integer(kind)
                  or pa.types.is_floating(kind) or pa.types.is_timestamp(kind)):
            raise TypeError(f"{name}: {kind} is not a column type of the reported store")
    return frame


def ensure_store(reported_db) -> Path:
    """Create the store's tables if needed (the first save does this too); on PostgreSQL, apply
    any migration not yet applied."""
    if is_postgres(reported_db):
        postgres.migrate(location(reported_db))
        return location(reported_db)
    with _write(reported_db):
        pass
    return Path(reported_db)


def file_version(path) -> tuple | None:
    """What identifies a DuckDB file's content now, for caches keyed on it: its resolved path, the
    writes this process made through this module, and (inode, size, mtime, ctime) of the file and
    of its write-ahead log (``None`` for one that does not exist).

    Returns None — read without caching — while the file may change again without its stat
    changing: file times advance in clock ticks of a few milliseconds and a DuckDB file keeps its
    size across most writes, so a version is trusted only once the file has been left alone for
    RACY_SECONDS (git's "racily clean" rule). Any later write then moves mtime and ctime.

    On PostgreSQL: the server, and how many writes it has committed (from any app server); None
    when it cannot be reached (the read that follows then says so).
    """
    if is_postgres(path):
        store = location(path)
        try:
            return (str(store), postgres.version(store))
        except StoreError:
            return None
    p = Path(path)
    now = time.time_ns()
    parts: list = [str(p.resolve()), _WRITES[0]]
    for f in (p, p.with_name(p.name + ".wal")):
        try:
            s = f.stat()
        except FileNotFoundError:
            parts.append(None)
            continue
        except OSError:
            return None
        if now - max(s.st_mtime_ns, s.st_ctime_ns) < RACY_SECONDS * 1e9:
            return None
        parts.append((s.st_ino, s.st_size, s.st_mtime_ns, s.st_ctime_ns))
    return tuple(parts)


# --- queries: small pure functions returning (sql, params) -------------------------------------

INDICATORS_ALIAS = "indicators_ro"
_TITLE_RANGE = re.compile(r"(\d{4})\s*[—–\-－~至到]+\s*\d{4}")
_TARGET_COLUMNS = ("target_id", "document_id", "jurisdiction", "sector", "clause_ref", "indicator_name",
                   "indicator_code", "value", "unit", "comparator", "kind", "per_year", "target_year",
                   "baseline_value", "baseline_year", "attribute", "lead_departments",
                   "participating_departments", "deadline", "source_text", "span_text", "lead_officials",
                   "position", "section")  # etl/schema.py TARGETS
_TARGET_ORDER = "ORDER BY t.jurisdiction, t.document_id, t.position NULLS LAST, t.target_id"


def _column_list(columns, allowed, prefix: str = "") -> str:
    """Columns are code constants, checked against the table's so no text reaches SQL unchecked."""
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise ValueError(f"unknown columns {unknown}")
    return ", ".join(prefix + c for c in columns)


def _target_filter(target_ids, column: str = "target_id") -> tuple[str, list]:
    """``WHERE`` keeping the given target ids, as one list parameter; no filter for None."""
    if target_ids is None:
        return "", []
    return f"WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [[str(t) for t in target_ids]]


def latest_sql(target_ids=None, columns=VALUE_COLUMNS, postgres: bool = False) -> tuple[str, list]:
    """The latest revision per (target_id, period), of ``target_ids`` only unless None.

    ``latest_sql(["t-gdp"], ["target_id", "period", "value"])`` → ("SELECT target_id, period, value
    FROM reported_values WHERE target_id IN (SELECT unnest(?::VARCHAR[])) QUALIFY … ORDER BY
    target_id, period", [["t-gdp"]]). Filtering before the window is exact: it partitions by target.
    ``postgres=True``: the same rows with ``DISTINCT ON`` (PostgreSQL has no ``QUALIFY``).
    """
    where, params = _target_filter(target_ids)
    if postgres:
        return (f"SELECT DISTINCT ON (target_id, period) {_column_list(columns, VALUE_COLUMNS)}"
                f" FROM reported_values {where}\nORDER BY target_id, period, revision DESC"), params
    sql = (f"SELECT {_column_list(columns, VALUE_COLUMNS)} FROM reported_values {where}\n"
           "QUALIFY row_number() OVER (PARTITION BY target_id, period ORDER BY revision DESC) = 1\n"
           "ORDER BY target_id, period")
    return sql, params


def recent_audit_sql(target_ids=None, limit: int = 200) -> tuple[str, list]:
    """The newest ``limit`` audit entries (of ``target_ids`` only unless None), newest first."""
    where, params = _target_filter(target_ids)
    return f"SELECT * FROM audit_log {where} ORDER BY audit_id DESC LIMIT ?", params + [int(limit)]


def orphans_sql() -> tuple[str, list]:
    """Latest values whose target is missing from the indicators file attached as
    INDICATORS_ALIAS: an anti-join, then the latest revision per period."""
    return (f"""SELECT r.* FROM reported_values r
            WHERE NOT EXISTS (SELECT 1 FROM {INDICATORS_ALIAS}.targets t WHERE t.target_id = r.target_id)
            QUALIFY row_number() OVER (PARTITION BY r.target_id, r.period ORDER BY r.revision DESC) = 1
            ORDER BY r.target_id, r.period""", [])


def targets_sql(jurisdiction: str | None = None, department: str | None = None,
                columns=None) -> tuple[str, list]:
    """Targets (all columns, or ``columns``) with their document's title, issue date and horizon,
    of one jurisdiction and one lead department when given, in ledger order.

    ``targets_sql("冠县", "县发展改革局")`` → (… WHERE t.jurisdiction = ? AND
    list_contains(t.lead_departments, ?) …, ["冠县", "县发展改革局"]).
    """
    cols = "t.*" if columns is None else _column_list(columns, _TARGET_COLUMNS, "t.")
    conditions, params = [], []
    if jurisdiction is not None:
        conditions.append("t.jurisdiction = ?")
        params.append(jurisdiction)
    if department is not None:
        conditions.append("list_contains(t.lead_departments, ?)")
        params.append(department)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return (f"""SELECT {cols}, d.title AS document_title, d.issued_on, d.horizon_year
             FROM targets t LEFT JOIN documents d USING (document_id) {where}
             {_TARGET_ORDER}""", params)


def jurisdiction_departments_sql() -> tuple[str, list]:
    """Every jurisdiction that has targets, with each lead department named by its targets
    (NULL department for a jurisdiction whose targets name none)."""
    return ("""SELECT j.jurisdiction, d.department
               FROM (SELECT DISTINCT jurisdiction FROM targets) j
               LEFT JOIN (SELECT DISTINCT jurisdiction, unnest(lead_departments) AS department FROM targets) d
                      USING (jurisdiction)
               ORDER BY j.jurisdiction, d.department""", [])


# --- reading -----------------------------------------------------------------------------------

def latest_reported(reported_db, target_ids=None) -> pd.DataFrame:
    """The latest revision of every (target_id, period): the values shown. ``target_ids`` limits
    them to those targets (filtered in DuckDB)."""
    return _read(reported_db, *latest_sql(target_ids, postgres=is_postgres(reported_db)), fetch="df_like")


def history(reported_db, target_id: str | None = None) -> pd.DataFrame:
    """Every revision (of one target, or all), newest first."""
    sql = "SELECT * FROM reported_values WHERE CAST(? AS VARCHAR) IS NULL OR target_id = ? " \
          "ORDER BY target_id, period, revision DESC"
    return _read(reported_db, sql, [target_id, target_id])


def audit_log(reported_db) -> pd.DataFrame:
    """The whole audit log, oldest first (backups, tests); pages use :func:`recent_audit`."""
    return _read(reported_db, "SELECT * FROM audit_log ORDER BY audit_id", empty_columns=AUDIT_COLUMNS)


def recent_audit(reported_db, target_ids=None, limit: int = 200) -> pd.DataFrame:
    """The newest ``limit`` audit entries of ``target_ids`` (all targets if None), newest first."""
    return _read(reported_db, *recent_audit_sql(target_ids, limit), empty_columns=AUDIT_COLUMNS)


def read_targets(indicators_db, jurisdiction: str | None = None, department: str | None = None) -> pd.DataFrame:
    """Targets (of one jurisdiction and lead department when given, filtered in DuckDB) with their
    document's title and issue date, plus the plan span each period must fall in
    (``span_start_year`` .. ``span_end_year``, :func:`_with_plan_span`)."""
    with connect(indicators_db, read_only=True) as con:
        t = con.execute(*targets_sql(jurisdiction, department)).df()
    return _with_plan_span(t)


def _with_plan_span(t: pd.DataFrame) -> pd.DataFrame:
    """Add ``span_start_year`` and ``span_end_year``.

    Span start: the target's baseline year; else the year before the document was issued (a
    2023 action plan issued in 2023 starts from end-2022); else the year before the first year of
    a "（2023—2025年）" range in the title; else the year before the target year. Span end: the
    target year, else the document's horizon.
    """
    issued = pd.to_datetime(t["issued_on"], errors="coerce").dt.year.astype(float)
    # a document's title is shared by all its targets: match each distinct title once
    codes, titles = pd.factorize(t["document_title"].astype(str))
    found = pd.Series([m.group(1) if (m := _TITLE_RANGE.search(x)) else np.nan for x in titles], dtype=object)
    title_year = pd.to_numeric(found, errors="coerce").astype(float).to_numpy()
    titled = pd.Series(title_year[codes] if len(codes) else np.array([], dtype=float), index=t.index)
    end = t["target_year"].astype(float).fillna(t["horizon_year"].astype(float))
    start = t["baseline_year"].astype(float).fillna(issued - 1).fillna(titled - 1).fillna(end - 1)
    t["span_start_year"] = start
    t["span_end_year"] = end.fillna(start + 1)
    return t


def departments_by_jurisdiction(indicators_db) -> dict[str, list[str]]:
    """Jurisdiction → the lead departments its targets name (sorted), jurisdictions in order."""
    with connect(indicators_db, read_only=True) as con:
        rows = con.execute(*jurisdiction_departments_sql()).fetchall()
    out: dict[str, list[str]] = {}
    for place, department in rows:
        out.setdefault(place, [])
        if department is not None:
            out[place].append(department)
    return {place: sorted(set(departments)) for place, departments in out.items()}


def document_values_from_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """Baseline values stated by the documents, as reported-like rows with source 'document'.

    "2020年，全市生产总值达到2316.84亿元" → (target_id, '2020', 2316.84, '亿元', 'document').
    Not written to reported.duckdb: merged at read time, so a rebuild that corrects a document
    value corrects it everywhere.
    """
    has = targets["baseline_value"].notna() & targets["baseline_year"].notna()
    d = targets[has]
    return pd.DataFrame({
        "target_id": d["target_id"].to_numpy(),
        "period": d["baseline_year"].astype(int).astype(str).to_numpy(),
        "value": d["baseline_value"].astype(float).to_numpy(),
        "unit": d["unit"].to_numpy(),
        "source": "document",
        "note": (d["document_id"].astype(str) + " " + d["clause_ref"].fillna("").astype(str)).to_numpy(),
        "reported_by": None, "reported_at": pd.NaT, "revision": 0, "basis": None,
    })


def current_statuses(indicators_db, reported_db, today: date | None = None) -> pd.DataFrame:
    """The status of every target now: targets ⨝ latest reported values ∪ document values.

    DuckDB does the reduction: the latest revision per (target, period), only the columns the
    rules read (STATUS_VALUE_COLUMNS, TARGET_STATUS_COLUMNS), fetched through Arrow."""
    with connect(indicators_db, read_only=True) as con:
        sql, params = targets_sql(columns=TARGET_STATUS_COLUMNS)
        targets = _with_plan_span(con.sql(sql, params=params or None).to_arrow_table().to_pandas())
    latest = _read(reported_db, *latest_sql(columns=STATUS_VALUE_COLUMNS, postgres=is_postgres(reported_db)),
                   empty_columns=STATUS_VALUE_COLUMNS, fetch="arrow")
    documents = document_values_from_targets(targets)[STATUS_VALUE_COLUMNS]
    reported = pd.concat([documents, latest], ignore_index=True) if len(latest) else documents
    return status_rules.compute_statuses(targets, reported, today or date.today())


def orphans(reported_db, indicators_db) -> pd.DataFrame:
    """Latest values whose target_id no longer exists in indicators.duckdb: kept, for review,
    unless already carried over to another target (:func:`reattach`). An anti-join in DuckDB on
    the store, with indicators.duckdb ATTACHed READ_ONLY for the query (on PostgreSQL: the latest
    values, less those whose target indicators.duckdb holds)."""
    if is_postgres(reported_db):
        latest = postgres.read(location(reported_db), *latest_sql(postgres=True))
        with connect(indicators_db, read_only=True) as con:
            live = pa.array([r[0] for r in con.execute("SELECT target_id FROM targets").fetchall()], pa.string())
        gone = pa.compute.invert(pa.compute.is_in(latest["target_id"], value_set=live))
        lost = postgres.arrow_to_duckdb_frame(latest.filter(gone))  # typed as DuckDB types the rows left
    else:
        lost = _read(reported_db, *orphans_sql(), attach_indicators=indicators_db)
    done = reattachments(reported_db)
    if len(lost) and len(done):
        lost = lost[~lost["target_id"].isin(done["old_target_id"])].reset_index(drop=True)
    return lost


def reattachments(reported_db) -> pd.DataFrame:
    """Which orphans were carried over to which targets, by whom, when (oldest first)."""
    return _read(reported_db, 'SELECT * FROM reattachments ORDER BY "at", old_target_id',
                 empty_columns=REATTACH_COLUMNS, table="reattachments")


# --- writing -----------------------------------------------------------------------------------

@dataclass
class SaveResult:
    saved: int
    unchanged: int


def save_values(reported_db, rows: pd.DataFrame, *, account: str, how: str,
                at: datetime | None = None, timeout: float = LOCK_TIMEOUT) -> SaveResult:
    """Store ``rows`` (target_id, period, value; optional unit, source, note, basis) in ONE
    transaction: each changed value becomes a new revision plus an audit entry; a value equal to
    the one shown (same unit and basis) is skipped. Rows must already be validated (:func:`validate_rows`)."""
    if how not in HOWS:
        raise ValueError(f"how must be one of {HOWS}, not {how!r}")
    if not account:
        raise ValueError("account is required: the audit log records who wrote")
    at = at or datetime.now(UTC).replace(tzinfo=None)
    with _write(reported_db, timeout) as con:
        return _save_in(con, rows, account, how, at)


def _save_in(con, rows: pd.DataFrame, account: str, how: str, at: datetime) -> SaveResult:
    """:func:`save_values` inside the caller's open write transaction ``con``."""
    if isinstance(con, postgres.PgCon):
        return _save_in_pg(con, _incoming(rows, how), account, how, at)
    incoming = _incoming(rows, how)
    con.register("incoming", incoming)
    cur = con.execute("""
        WITH cur AS (""" + _LATEST_SQL.replace("ORDER BY target_id, period", "") + """)
        SELECT i.* EXCLUDE (basis), CAST(i.basis AS VARCHAR) AS basis, cur.value AS old_value,
               cur.unit AS old_unit, cur.basis AS old_basis, coalesce(cur.revision, 0) + 1 AS revision
        FROM incoming i LEFT JOIN cur USING (target_id, period)""").df()
    same = _unchanged(cur)
    changed = cur[~same].reset_index(drop=True)
    con.unregister("incoming")
    if len(changed):
        sealed_up_to = con.execute("SELECT coalesce(max(audit_id), 0) FROM audit_log").fetchall()[0][0]
        con.register("changed", changed)
        con.execute("""
            INSERT INTO reported_values (target_id, period, value, unit, source, note, reported_by,
                                         reported_at, revision, basis)
            SELECT target_id, period, value, unit, source, note, ?, ?, revision, basis FROM changed""",
                    [account, at])
        con.execute("""
            INSERT INTO audit_log (audit_id, "at", account, target_id, period, old_value, new_value, how)
            SELECT (SELECT coalesce(max(audit_id), 0) FROM audit_log) + row_number() OVER (),
                   ?, ?, target_id, period, old_value, value, ? FROM changed""",
                    [at, account, how])
        con.unregister("changed")
        audit_chain.seal_new_rows(con, sealed_up_to)  # issue 15: in the same transaction
    return SaveResult(saved=len(changed), unchanged=int(same.sum()))


def _incoming(rows: pd.DataFrame, how: str) -> pd.DataFrame:
    """The rows to save, one per (target_id, period) (the last wins), typed; refuses a value
    that is not a finite number."""
    incoming = pd.DataFrame({
        "target_id": rows["target_id"].astype(str),
        "period": rows["period"].astype(str),
        "value": rows["value"].astype(float),
        "unit": rows["unit"] if "unit" in rows else None,
        "source": rows["source"].fillna(how) if "source" in rows else how,
        "note": rows["note"] if "note" in rows else None,
        "basis": rows["basis"].astype(object).where(rows["basis"].notna(), None) if "basis" in rows else None,
    }).drop_duplicates(["target_id", "period"], keep="last")
    if not np.isfinite(incoming["value"].to_numpy()).all():  # validate_rows refuses them: never store one
        raise ValueError("reported values must be finite numbers (inf or NaN would break every status)")
    return incoming


def _unchanged(cur: pd.DataFrame) -> pd.Series:
    """Incoming rows equal to the value shown: same value, unit and basis (missing = empty)."""
    return ((cur["old_value"] == cur["value"]) & (cur["old_unit"].fillna("") == cur["unit"].fillna(""))
            & (cur["old_basis"].fillna("") == cur["basis"].fillna("")))


def _save_in_pg(con: postgres.PgCon, incoming: pd.DataFrame, account: str, how: str, at: datetime) -> SaveResult:
    """:func:`_save_in` on PostgreSQL: the values shown for the incoming keys are read inside the
    transaction, which holds the store's write lock (:func:`tracking.pg.transaction`), so the
    revisions, audit ids and hashes computed from them cannot race another writer."""
    keys = sorted(set(incoming["target_id"]))
    shown = con.execute(*latest_sql(keys, ["target_id", "period", "value", "unit", "basis", "revision"],
                                    postgres=True)).arrow().to_pandas()
    shown = shown.rename(columns={"value": "old_value", "unit": "old_unit", "basis": "old_basis"})
    cur = incoming.merge(shown, on=["target_id", "period"], how="left")
    cur["revision"] = cur["revision"].fillna(0).astype(int) + 1
    same = _unchanged(cur)
    changed = cur[~same].reset_index(drop=True)
    if len(changed):
        sealed_up_to = int(con.execute("SELECT coalesce(max(audit_id), 0) FROM audit_log").fetchone()[0])
        changed["reported_by"], changed["reported_at"] = account, at
        con.insert_frame("reported_values", changed, VALUE_COLUMNS)
        audit = pd.DataFrame({"audit_id": range(sealed_up_to + 1, sealed_up_to + 1 + len(changed)), "at": at,
                              "account": account, "target_id": changed["target_id"], "period": changed["period"],
                              "old_value": changed["old_value"], "new_value": changed["value"], "how": how})
        con.insert_frame("audit_log", audit, AUDIT_COLUMNS)
        audit_chain.seal_new_rows(con, sealed_up_to)  # issue 15: in the same transaction
    return SaveResult(saved=len(changed), unchanged=int(same.sum()))


@dataclass
class Reattachment:
    """What :func:`reattach` carried (or, in a dry run, would carry) and to which target."""
    rows: pd.DataFrame   # target_id (the new one), period, value, unit, source, note
    target: str          # "冠县 · 高技能人才 (人)": the new target as people know it
    saved: int = 0
    unchanged: int = 0


def _new_target(indicators_db, old_target_id: str, new_target_id: str) -> tuple[str, str]:
    """The new target's unit and label; refuses an old id whose target still exists."""
    try:
        with duckdb.connect(str(indicators_db), read_only=True) as con:
            live = con.execute("SELECT target_id, jurisdiction, indicator_name, unit FROM targets"
                               " WHERE target_id IN (?, ?)", [old_target_id, new_target_id]).fetchall()
    except duckdb.Error as e:
        raise StoreError(indicators_db, f"无法打开指标数据库（{e}）") from e
    found = {row[0]: row for row in live}
    if old_target_id in found:
        raise StoreError(indicators_db, f"{old_target_id} 的目标仍在指标库中：只能迁移孤立的填报值")
    if new_target_id not in found:
        raise StoreError(indicators_db, f"指标库中没有目标 {new_target_id}")
    _, jurisdiction, name, unit = found[new_target_id]
    return unit or "", f"{jurisdiction} · {name}" + (f"（{unit}）" if unit else "")


def _rows_to_carry(con, store, old_target_id: str, new_target_id: str, new_unit: str) -> pd.DataFrame:
    """On ``con`` (the store at ``store``): the orphan's latest values as rows of the new target,
    after the checks that depend on the store — not moved before, has values, same unit, no clash."""
    tables = _tables(con)
    done = con.execute("SELECT new_target_id FROM reattachments WHERE old_target_id = ?",
                       [old_target_id]).fetchall() if "reattachments" in tables else []
    if done:
        raise StoreError(store, f"{old_target_id} 已迁移到 {done[0][0]}")
    on_pg = isinstance(con, postgres.PgCon)
    carried = (con.execute(*latest_sql([old_target_id], postgres=on_pg)).df() if "reported_values" in tables
               else pd.DataFrame())
    if carried.empty:
        raise StoreError(store, f"填报库中没有目标 {old_target_id} 的数据")
    units = {u for u in carried["unit"].fillna("") if u}
    if units and units != {new_unit}:
        raise StoreError(store, f"单位不一致：{old_target_id} 的值以 {'、'.join(sorted(units))} 填报，"
                                f"{new_target_id} 的单位是 {new_unit or '（无）'}")
    there = con.execute(*latest_sql([new_target_id], postgres=on_pg)).df().set_index("period")["value"]
    clash = [p for p, v in zip(carried["period"], carried["value"]) if p in there.index and there[p] != v]
    if clash:
        raise StoreError(store, f"{new_target_id} 在 {'、'.join(clash)} 已有不同的值：未迁移任何数据")
    return pd.DataFrame({"target_id": new_target_id, "period": carried["period"], "value": carried["value"],
                         "unit": new_unit or None, "source": carried["source"],
                         "note": f"由 {old_target_id} 迁移", "basis": carried["basis"]})


def reattach(reported_db, indicators_db, old_target_id: str, new_target_id: str, *, account: str,
             at: datetime | None = None, dry_run: bool = False) -> Reattachment:
    """Carry an orphan's values over to the target that replaced it, in ONE transaction.

    An orphan appears when a rebuild gives a target a new id (the extractor now names the indicator
    differently). Rules: ``old_target_id`` must be an orphan (values stored, target gone from
    ``indicators_db``, not moved before); ``new_target_id`` must be a target there, in the unit
    the values were stored in; where the new target already has a different value for a period,
    nothing is written and the periods are named. The store-side checks run inside the write
    transaction, so a value saved meanwhile cannot be overwritten. Each carried value becomes a
    revision of the new target (audit ``how='cli'``, note "由 <old> 迁移"); the orphan's own
    revisions stay, and the move is recorded so it leaves :func:`orphans`. ``dry_run``: the same
    checks, the rows that would be written, nothing written.
    """
    if not account:
        raise ValueError("account is required: the audit log records who wrote")
    new_unit, label = _new_target(indicators_db, old_target_id, new_target_id)
    if dry_run:
        if not is_postgres(reported_db) and not Path(reported_db).exists():
            raise StoreError(reported_db, f"填报库中没有目标 {old_target_id} 的数据")
        with connect(reported_db, read_only=True) as con:
            with_basis_view(con)
            return Reattachment(_rows_to_carry(con, reported_db, old_target_id, new_target_id, new_unit), label)
    at = at or datetime.now(UTC).replace(tzinfo=None)
    with _write(reported_db) as con:
        rows = _rows_to_carry(con, reported_db, old_target_id, new_target_id, new_unit)
        result = _save_in(con, rows, account, "cli", at)
        con.execute('INSERT INTO reattachments (old_target_id, new_target_id, "at", account, periods) VALUES (?, ?, ?, ?, ?)',
                    [old_target_id, new_target_id, at, account, len(rows)])
    return Reattachment(rows, label, result.saved, result.unchanged)


# --- backup and restore ------------------------------------------------------------------------

BACKUP_TABLES = {"reported_values": VALUE_COLUMNS, "audit_log": AUDIT_COLUMNS, "reattachments": REATTACH_COLUMNS,
                 "audit_chain": audit_chain.CHAIN_COLUMNS}
OPTIONAL_IN_BACKUP = {"reattachments", "audit_chain"}  # backups made before reattach / the chain lack them
OPTIONAL_COLUMNS = {"reported_values": ("basis",)}  # backups made before issue 12 lack it: NULL
TEXT_COLUMNS = {"target_id", "period", "unit", "source", "note", "reported_by", "account", "how",
                "old_target_id", "new_target_id", "hash", "basis"}  # read from a backup's CSV as text, as written


def backup_reported(reported_db, out_dir) -> Path:
    """Write every revision and the whole audit log to ``out_dir`` as Parquet and CSV (UTF-8),
    with ``manifest.json`` (row counts, time). Returns ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    frames = {"reported_values": history(reported_db).sort_values(["target_id", "period", "revision"]),
              "audit_log": audit_log(reported_db), "reattachments": reattachments(reported_db),
              "audit_chain": audit_hashes(reported_db)}
    for name, df in frames.items():
        df = df.reset_index(drop=True)
        df.to_parquet(out / f"{name}.parquet", index=False)
        (out / f"{name}.csv").write_bytes(cells.frame_to_safe_csv(df, encoding="utf-8"))  # opened in Excel too
    manifest = {"source": str(location(reported_db)),  # a PostgreSQL store without its password
                "at": datetime.now(UTC).isoformat(),
                "rows": {n: len(df) for n, df in frames.items()}}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def _read_backup_table(folder: Path, name: str, prefer: str = "parquet") -> pd.DataFrame:
    """One table of a backup, Parquet first (``prefer="csv"``: the CSV first); a damaged file is
    one clear :class:`StoreError`."""
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists() or csv.exists():
        first, second = (csv, parquet) if prefer == "csv" else (parquet, csv)
        path = first if first.exists() else second
        try:
            if path == parquet:
                df = pd.read_parquet(parquet)
            else:
                df = cells.unquote_frame(pd.read_csv(csv, dtype={c: str for c in TEXT_COLUMNS}, keep_default_na=False,
                                                     na_values={c: [""] for c in BACKUP_TABLES[name]}))
        except (OSError, ValueError, UnicodeDecodeError, pa.ArrowException, pd.errors.ParserError) as e:
            raise StoreError(path, f"备份文件已损坏，无法读取（{type(e).__name__}: {' '.join(str(e).split())[:160]}）"
                                   f" / damaged backup file") from e
    elif name in OPTIONAL_IN_BACKUP:
        return pd.DataFrame(columns=BACKUP_TABLES[name])
    else:
        raise StoreError(folder, f"备份中缺少 {name}.parquet / {name}.csv")
    for column in OPTIONAL_COLUMNS.get(name, ()):
        df[column] = (df[column].astype(object).where(df[column].notna(), None) if column in df.columns
                      else pd.Series([None] * len(df), index=df.index, dtype=object))
    missing = [c for c in BACKUP_TABLES[name] if c not in df.columns]
    if missing:
        raise StoreError(folder, f"{name} 缺少列 {missing}")
    df = df[BACKUP_TABLES[name]].copy()
    for col in ("reported_at", "at"):
        if col in df:
            try:
                df[col] = pd.to_datetime(df[col], format="ISO8601")  # with and without microseconds
            except (ValueError, TypeError) as e:
                raise StoreError(folder, f"{name} 的 {col} 列有无法识别的时间（{e}） / unreadable time") from e
    return df


REQUIRED_IN_BACKUP = {"reported_values": ["target_id", "period", "value", "source", "reported_by", "reported_at",
                                          "revision"],
                      "audit_log": ["audit_id", "at", "account", "target_id", "period", "how"],
                      "reattachments": REATTACH_COLUMNS, "audit_chain": audit_chain.CHAIN_COLUMNS}
KEYS_IN_BACKUP = {"reported_values": ["target_id", "period", "revision"], "audit_log": ["audit_id"],
                  "reattachments": ["old_target_id"], "audit_chain": ["audit_id"]}


def check_backup(folder: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Issue 15: everything a restore will write, checked before anything is: required fields
    filled, keys unique, values finite numbers, ``how`` known, the audit log's hash chain intact.
    Raises :class:`StoreError` naming the table, the CSV line (header = 1) and the field."""
    for name, df in frames.items():
        for column in REQUIRED_IN_BACKUP[name]:
            empty = df[column].isna()
            if empty.any():
                raise StoreError(folder, f"{name} 第 {int(empty.to_numpy().argmax()) + 2} 行缺少 {column} / missing {column}")
        duplicated = df.duplicated(KEYS_IN_BACKUP[name], keep="first")
        if duplicated.any():
            raise StoreError(folder, f"{name} 第 {int(duplicated.to_numpy().argmax()) + 2} 行重复 "
                                     f"（{'、'.join(KEYS_IN_BACKUP[name])}） / duplicate row")
    for name, columns in (("reported_values", ["value", "revision"]), ("audit_log", ["audit_id", "old_value", "new_value"]),
                          ("audit_chain", ["audit_id"])):
        for column in columns:
            numbers = pd.to_numeric(frames[name][column], errors="coerce")
            bad = (frames[name][column].notna() & ~np.isfinite(numbers.astype(float))).to_numpy()
            if bad.any():
                raise StoreError(folder, f"{name} 第 {int(bad.argmax()) + 2} 行的 {column} 不是有限数字 / not a finite number")
    wrong_how = ~frames["audit_log"]["how"].isin(HOWS)
    if wrong_how.any():
        raise StoreError(folder, f"audit_log 第 {int(wrong_how.to_numpy().argmax()) + 2} 行的 how 不是 {'/'.join(HOWS)}")
    verdict = audit_chain.verify(frames["audit_log"], frames["audit_chain"])
    if not verdict.ok:
        raise StoreError(folder, verdict.describe())


def audit_hashes(reported_db) -> pd.DataFrame:
    """The audit log's hash chain, oldest first (empty for a store written before it existed)."""
    return _read(reported_db, "SELECT * FROM audit_chain ORDER BY audit_id",
                 empty_columns=audit_chain.CHAIN_COLUMNS, table="audit_chain")


def verify_backup_audit(backup_dir) -> audit_chain.Verdict:
    """Check a backup folder's audit log against its hash chain, in every format it holds (the
    Parquet file a restore reads, and the CSV people open and might edit); the first altered copy's
    verdict, else the Parquet one. A damaged file is a StoreError."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        raise StoreError(folder, "备份文件夹不存在 / no such backup folder")
    verdicts = []
    for suffix in ("parquet", "csv"):
        if (folder / f"audit_log.{suffix}").exists():
            only = {"prefer": suffix}
            verdict = audit_chain.verify(_read_backup_table(folder, "audit_log", **only),
                                         _read_backup_table(folder, "audit_chain", **only))
            if not verdict.ok:
                return dataclasses.replace(verdict, reason=f"{verdict.reason}（audit_log.{suffix}）")
            verdicts.append(verdict)
    if not verdicts:
        raise StoreError(folder, "备份中缺少 audit_log.parquet / audit_log.csv")
    return verdicts[0]


def verify_audit(reported_db) -> audit_chain.Verdict:
    """Check the store's audit log against its hash chain (``python -m etl verify-audit``)."""
    return audit_chain.verify(audit_log(reported_db), audit_hashes(reported_db))


def restore_reported(backup_dir, reported_db, replace: bool = False) -> dict[str, int]:
    """Load a backup into the store in one transaction. A store that already holds values is
    only replaced with ``replace=True``, and then its current contents are first backed up to
    ``<reported_db>.before-restore-<time>/`` — a restore never loses anything either: a save that
    another server commits after that check or backup stops the restore, nothing written
    (:func:`_refuse_if_changed`, inside the restore's transaction)."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        raise StoreError(folder, "备份文件夹不存在 / no such backup folder")
    frames = {name: _read_backup_table(folder, name) for name in BACKUP_TABLES}
    manifest = folder / "manifest.json"
    if manifest.exists():
        try:
            expected = json.loads(manifest.read_text(encoding="utf-8")).get("rows", {})
            expected = {str(k): int(v) for k, v in expected.items()}
        except (ValueError, UnicodeDecodeError, AttributeError, TypeError) as e:
            raise StoreError(manifest, f"清单文件已损坏（{e}） / damaged manifest") from e
        for name, df in frames.items():
            if name in expected and expected[name] != len(df):
                raise StoreError(folder, f"{name} 有 {len(df)} 行，清单记为 {expected[name]} 行：备份不完整")
    check_backup(folder, frames)
    verdict = verify_backup_audit(folder)  # the CSV copy too: a hand edit there is refused as well
    if not verdict.ok:
        raise StoreError(folder, verdict.describe())
    version = postgres.version(location(reported_db)) if is_postgres(reported_db) else None
    held = len(history(reported_db)) + len(audit_log(reported_db))
    if held and not replace:
        raise StoreError(reported_db, "已有填报数据；如需用备份替换，请加 --replace（替换前会自动备份现有数据）")
    counted = {name: 0 for name in BACKUP_TABLES}
    if held:
        safety = backup_reported(reported_db, before_restore_folder(reported_db, folder))
        counted = json.loads((safety / "manifest.json").read_text(encoding="utf-8"))["rows"]
    try:
        with _write(reported_db) as con:
            _refuse_if_changed(con, reported_db, counted, version)
            for name, df in frames.items():
                con.execute(f"DELETE FROM {name}")  # table names are constants, not user input
                insert_frame(con, name, df, BACKUP_TABLES[name])
    except duckdb.Error as e:  # a value the checks above let through: nothing was written
        raise StoreError(folder, f"备份无法载入，未写入任何数据（{' '.join(str(e).split())[:200]}）") from e
    return {name: len(df) for name, df in frames.items()}


def _refuse_if_changed(con, reported_db, counted: dict[str, int], version: int | None) -> None:
    """Inside the restore's write transaction (which holds the store's write lock): refuse, with
    nothing written, when the store changed after it was found empty or backed up — a save from
    another server in between would be deleted by the restore and be in no backup. Checked by
    the tables' row counts (every save adds rows) and, on PostgreSQL, by the store's version
    (this transaction has moved it on by one already)."""
    now = {name: int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in BACKUP_TABLES}
    moved = version is not None and int(con.execute("SELECT n FROM store_version").fetchone()[0]) != version + 1
    if moved or any(now[name] != int(counted.get(name, 0)) for name in BACKUP_TABLES):
        raise StoreError(reported_db, "恢复期间数据库有新的保存（可能来自其他服务器），为免丢失，未做任何改动；请重新执行恢复 / "
                                      "the store changed while the restore was being prepared (a save from another "
                                      "server?): nothing was restored, run the restore again")


def before_restore_folder(reported_db, backup_dir) -> Path:
    """Where a restore keeps what the store held before: ``<reported_db>.before-restore-<time>/``
    beside a DuckDB store; beside the backup being restored for a PostgreSQL store."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if is_postgres(reported_db):
        folder = Path(backup_dir)
        return folder.with_name(f"{folder.name}.before-restore-{stamp}")
    return Path(f"{reported_db}.before-restore-{stamp}")


def insert_frame(con, table: str, frame: pd.DataFrame, columns: list[str]) -> None:
    """Insert ``frame``'s ``columns`` into ``table`` on an open write connection of either back
    end (DuckDB reads the frame where it is; PostgreSQL gets its rows as parameters). ``table``
    and ``columns`` are code constants, not user input."""
    if isinstance(con, postgres.PgCon):
        con.insert_frame(table, frame, columns)
        return
    con.register("restored", frame)
    quoted = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM restored")
    con.unregister("restored")
