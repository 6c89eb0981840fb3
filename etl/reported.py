"""Reported values: what officials say was achieved, kept so that nothing they enter is lost.

The store is its own DuckDB file, ``reported.duckdb`` (env ``REPORTED_DB``; default beside
``indicators.duckdb``), keyed by the stable ``target_id``. ``python -m etl build`` rewrites
``indicators.duckdb`` and never opens this file, so a rebuild cannot lose a value; a value whose
target disappeared from the sources stays stored and is listed by :func:`orphans` for review.

Tables
    ``reported_values(target_id, period, value, unit, source, note, reported_by, reported_at,
    revision)`` — a correction adds a new ``revision``; the latest revision per
    (target_id, period) is the one shown (:func:`latest_reported`). ``unit`` is the target's unit
    (a converted value says so in its note). ``reported_at`` is UTC.
    ``audit_log(audit_id, at, account, target_id, period, old_value, new_value, how)`` —
    append-only, ``how`` ∈ form / import / cli / document.

Concurrency
    DuckDB lets one process at a time open a file for writing. Every access here is a short-lived
    connection (open, one transaction, close) taken under a process-wide lock, so threads of one
    app take turns, and a connection refused because another process (the CLI, a second app
    process) holds the file is retried with backoff for up to ``LOCK_TIMEOUT`` seconds, then
    :class:`StoreBusy` says so. Nothing holds the file between calls.

Values taken from the documents themselves (a baseline year's value) are not stored: see
:func:`document_values_from_targets`, merged at read time by :func:`current_statuses`.
Import (all-or-nothing, with a row-by-row report) and the template are in
:mod:`etl.reported_import`; backup and restore are :func:`backup_reported` and
:func:`restore_reported`.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from etl import status as status_rules

ROOT = Path(__file__).resolve().parent.parent
LOCK_TIMEOUT = 10.0  # seconds to keep retrying a file held by another process
HOWS = ("form", "import", "cli", "document")
VALUE_COLUMNS = ["target_id", "period", "value", "unit", "source", "note", "reported_by",
                 "reported_at", "revision"]
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
    PRIMARY KEY (target_id, period, revision)
)"""

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

_LATEST_SQL = """
SELECT * FROM reported_values
QUALIFY row_number() OVER (PARTITION BY target_id, period ORDER BY revision DESC) = 1
ORDER BY target_id, period"""


class StoreError(Exception):
    """A problem with the reported-values store (carries the file)."""

    def __init__(self, path, message: str):
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class StoreBusy(StoreError):
    """Another process kept the file locked for longer than LOCK_TIMEOUT."""


_LOCK = threading.RLock()


def indicators_db_path() -> Path:
    """``indicators.duckdb``: env ``INDICATORS_DB``, else at the repository root."""
    return Path(os.environ.get("INDICATORS_DB") or ROOT / "indicators.duckdb")


def reported_db_path() -> Path:
    """``reported.duckdb``: env ``REPORTED_DB``, else beside the indicators database."""
    return Path(os.environ.get("REPORTED_DB") or indicators_db_path().parent / "reported.duckdb")


def _is_lock_conflict(e: Exception) -> bool:
    return isinstance(e, duckdb.IOException) and "lock" in str(e).lower()


@contextmanager
def connect(path, read_only: bool = False, timeout: float = LOCK_TIMEOUT):
    """A short-lived connection, under the process lock, retried while another process holds the
    file (backoff 50 ms doubling to 1 s, with jitter), closed on exit."""
    path = Path(path)
    with _LOCK:
        deadline, pause = time.monotonic() + timeout, 0.05
        while True:
            try:
                con = duckdb.connect(str(path), read_only=read_only)
                break
            except duckdb.Error as e:
                if not _is_lock_conflict(e):
                    raise StoreError(path, f"无法打开数据库（{e}）") from e
                if time.monotonic() >= deadline:
                    raise StoreBusy(path, f"数据库被其他程序占用超过 {timeout:g} 秒，请稍后重试") from e
                time.sleep(pause * (0.5 + random.random()))
                pause = min(pause * 2, 1.0)
        try:
            yield con
        finally:
            con.close()


@contextmanager
def _write(path, timeout: float = LOCK_TIMEOUT):
    """One write transaction on the store (tables created on first use); rolled back on error."""
    with connect(path, timeout=timeout) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(REPORTED_VALUES)
            con.execute(AUDIT_LOG)
            yield con
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:  # the failed statement may have ended the transaction already
                pass
            raise


def _read(path, sql: str, params=None, empty_columns=VALUE_COLUMNS) -> pd.DataFrame:
    """Run one query on a read-only short-lived connection; a store never written reads empty."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=empty_columns)
    with connect(path, read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "reported_values" not in tables:
            return pd.DataFrame(columns=empty_columns)
        return con.execute(sql, params or []).df()


def ensure_store(reported_db) -> Path:
    """Create the store's tables if needed (the first save does this too)."""
    with _write(reported_db):
        pass
    return Path(reported_db)


# --- reading -----------------------------------------------------------------------------------

def latest_reported(reported_db) -> pd.DataFrame:
    """The latest revision of every (target_id, period): the values shown."""
    return _read(reported_db, _LATEST_SQL)


def history(reported_db, target_id: str | None = None) -> pd.DataFrame:
    """Every revision (of one target, or all), newest first."""
    sql = "SELECT * FROM reported_values WHERE ? IS NULL OR target_id = ? " \
          "ORDER BY target_id, period, revision DESC"
    return _read(reported_db, sql, [target_id, target_id])


def audit_log(reported_db) -> pd.DataFrame:
    return _read(reported_db, "SELECT * FROM audit_log ORDER BY audit_id", empty_columns=AUDIT_COLUMNS)


def read_targets(indicators_db) -> pd.DataFrame:
    """Targets with their document's title and issue date, plus the plan span each period must
    fall in (``span_start_year`` .. ``span_end_year``).

    Span start: the target's baseline year; else the year before the document was issued (a
    2023 action plan issued in 2023 starts from end-2022); else the year before the first year of
    a "（2023—2025年）" range in the title; else the year before the target year. Span end: the
    target year, else the document's horizon.
    """
    sql = """SELECT t.*, d.title AS document_title, d.issued_on, d.horizon_year
             FROM targets t LEFT JOIN documents d USING (document_id)
             ORDER BY t.jurisdiction, t.document_id, t.position NULLS LAST, t.target_id"""
    with connect(indicators_db, read_only=True) as con:
        t = con.execute(sql).df()
    issued = pd.to_datetime(t["issued_on"], errors="coerce").dt.year.astype(float)
    titled = t["document_title"].astype(str).str.extract(r"(\d{4})\s*[—–\-－~至到]+\s*\d{4}")[0]
    end = t["target_year"].astype(float).fillna(t["horizon_year"].astype(float))
    start = (t["baseline_year"].astype(float).fillna(issued - 1)
             .fillna(pd.to_numeric(titled, errors="coerce").astype(float) - 1).fillna(end - 1))
    t["span_start_year"] = start
    t["span_end_year"] = end.fillna(start + 1)
    return t


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
        "reported_by": None, "reported_at": pd.NaT, "revision": 0,
    })


def current_statuses(indicators_db, reported_db, today: date | None = None) -> pd.DataFrame:
    """The status of every target now: targets ⨝ latest reported values ∪ document values."""
    targets = read_targets(indicators_db)
    reported = pd.concat([document_values_from_targets(targets), latest_reported(reported_db)],
                         ignore_index=True)
    return status_rules.compute_statuses(targets, reported, today or date.today())


def orphans(reported_db, indicators_db) -> pd.DataFrame:
    """Latest values whose target_id no longer exists in indicators.duckdb: kept, for review."""
    latest = latest_reported(reported_db)
    with connect(indicators_db, read_only=True) as con:
        known = {r[0] for r in con.execute("SELECT target_id FROM targets").fetchall()}
    return latest[~latest["target_id"].isin(known)].reset_index(drop=True)


# --- writing -----------------------------------------------------------------------------------

@dataclass
class SaveResult:
    saved: int
    unchanged: int


def save_values(reported_db, rows: pd.DataFrame, *, account: str, how: str,
                at: datetime | None = None, timeout: float = LOCK_TIMEOUT) -> SaveResult:
    """Store ``rows`` (target_id, period, value; optional unit, source, note) in ONE transaction:
    each changed value becomes a new revision plus an audit entry; a value equal to the one shown
    is skipped. Rows must already be validated (:func:`validate_rows`)."""
    if how not in HOWS:
        raise ValueError(f"how must be one of {HOWS}, not {how!r}")
    if not account:
        raise ValueError("account is required: the audit log records who wrote")
    at = at or datetime.now(timezone.utc).replace(tzinfo=None)
    incoming = pd.DataFrame({
        "target_id": rows["target_id"].astype(str),
        "period": rows["period"].astype(str),
        "value": rows["value"].astype(float),
        "unit": rows["unit"] if "unit" in rows else None,
        "source": rows["source"].fillna(how) if "source" in rows else how,
        "note": rows["note"] if "note" in rows else None,
    }).drop_duplicates(["target_id", "period"], keep="last")
    with _write(reported_db, timeout) as con:
        con.register("incoming", incoming)
        cur = con.execute("""
            WITH cur AS (""" + _LATEST_SQL.replace("ORDER BY target_id, period", "") + """)
            SELECT i.*, cur.value AS old_value, cur.unit AS old_unit,
                   coalesce(cur.revision, 0) + 1 AS revision
            FROM incoming i LEFT JOIN cur USING (target_id, period)""").df()
        same = (cur["old_value"] == cur["value"]) & (cur["old_unit"].fillna("") == cur["unit"].fillna(""))
        changed = cur[~same].reset_index(drop=True)
        con.unregister("incoming")
        if len(changed):
            con.register("changed", changed)
            con.execute("""
                INSERT INTO reported_values
                SELECT target_id, period, value, unit, source, note, ?, ?, revision FROM changed""",
                        [account, at])
            con.execute("""
                INSERT INTO audit_log
                SELECT (SELECT coalesce(max(audit_id), 0) FROM audit_log) + row_number() OVER (),
                       ?, ?, target_id, period, old_value, value, ? FROM changed""",
                        [at, account, how])
            con.unregister("changed")
    return SaveResult(saved=len(changed), unchanged=int(same.sum()))


# --- backup and restore ------------------------------------------------------------------------

BACKUP_TABLES = {"reported_values": VALUE_COLUMNS, "audit_log": AUDIT_COLUMNS}


def backup_reported(reported_db, out_dir) -> Path:
    """Write every revision and the whole audit log to ``out_dir`` as Parquet and CSV (UTF-8),
    with ``manifest.json`` (row counts, time). Returns ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    frames = {"reported_values": history(reported_db).sort_values(["target_id", "period", "revision"]),
              "audit_log": audit_log(reported_db)}
    for name, df in frames.items():
        df = df.reset_index(drop=True)
        df.to_parquet(out / f"{name}.parquet", index=False)
        df.to_csv(out / f"{name}.csv", index=False, encoding="utf-8")
    manifest = {"source": str(reported_db), "at": datetime.now(timezone.utc).isoformat(),
                "rows": {n: len(df) for n, df in frames.items()}}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def _read_backup_table(folder: Path, name: str) -> pd.DataFrame:
    if (folder / f"{name}.parquet").exists():
        df = pd.read_parquet(folder / f"{name}.parquet")
    elif (folder / f"{name}.csv").exists():
        df = pd.read_csv(folder / f"{name}.csv", dtype={"target_id": str, "period": str})
    else:
        raise StoreError(folder, f"备份中缺少 {name}.parquet / {name}.csv")
    missing = [c for c in BACKUP_TABLES[name] if c not in df.columns]
    if missing:
        raise StoreError(folder, f"{name} 缺少列 {missing}")
    df = df[BACKUP_TABLES[name]].copy()
    for col in ("reported_at", "at"):
        if col in df:
            df[col] = pd.to_datetime(df[col])
    return df


def restore_reported(backup_dir, reported_db, replace: bool = False) -> dict[str, int]:
    """Load a backup into the store in one transaction. A store that already holds values is
    only replaced with ``replace=True``, and then its current contents are first backed up to
    ``<reported_db>.before-restore-<time>/`` — a restore never loses anything either."""
    folder = Path(backup_dir)
    frames = {name: _read_backup_table(folder, name) for name in BACKUP_TABLES}
    manifest = folder / "manifest.json"
    if manifest.exists():
        expected = json.loads(manifest.read_text(encoding="utf-8")).get("rows", {})
        for name, df in frames.items():
            if name in expected and expected[name] != len(df):
                raise StoreError(folder, f"{name} 有 {len(df)} 行，清单记为 {expected[name]} 行：备份不完整")
    held = len(history(reported_db)) + len(audit_log(reported_db))
    if held and not replace:
        raise StoreError(reported_db, "已有填报数据；如需用备份替换，请加 --replace（替换前会自动备份现有数据）")
    if held:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_reported(reported_db, Path(f"{reported_db}.before-restore-{stamp}"))
    with _write(reported_db) as con:
        for name, df in frames.items():
            con.execute(f"DELETE FROM {name}")  # table names are constants, not user input
            con.register("restored", df)
            con.execute(f"INSERT INTO {name} SELECT * FROM restored")
            con.unregister("restored")
    return {name: len(df) for name, df in frames.items()}
