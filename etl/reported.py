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
Import (:func:`import_file`, all-or-nothing, with a row-by-row report from :func:`validate_rows`)
and the template (:func:`template_frame`) are at the end of this module; backup and restore are
:func:`backup_reported` and :func:`restore_reported`.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import numpy as np
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



# --- import: read, validate everything, then write once ----------------------------------------

TEMPLATE_SHEET = "填报"
# Column keys and the header labels of the template; Chinese aliases are accepted on import.
TEMPLATE_HEADERS = {
    "target_id": "指标编号(target_id)", "jurisdiction": "辖区(jurisdiction)",
    "indicator": "指标(indicator)", "unit": "单位(unit)", "target_value": "目标值(target_value)",
    "target_year": "目标年份(target_year)", "period": "报告期(period)", "value": "实际值(value)",
    "note": "备注(note)", "source": "数据来源(source)",
}
COLUMN_ALIASES = {
    "target_id": ("target_id", "指标编号", "目标编号", "编号"),
    "period": ("period", "报告期", "期间", "时期"),
    "value": ("value", "实际值", "完成值", "填报值", "数值"),
    "unit": ("unit", "单位"),
    "note": ("note", "备注", "说明"),
    "source": ("source", "数据来源", "来源"),
}
REQUIRED_COLUMNS = ("target_id", "period", "value")
# Explicit conversions only: (from unit, to unit) → factor. Anything else is rejected.
UNIT_FACTORS = {
    ("元", "万元"): 1e-4, ("元", "亿元"): 1e-8, ("万元", "亿元"): 1e-4,
    ("亿元", "万元"): 1e4, ("亿元", "元"): 1e8, ("万元", "元"): 1e4,
    ("人", "万人"): 1e-4, ("万人", "人"): 1e4, ("吨", "万吨"): 1e-4, ("万吨", "吨"): 1e4,
    ("平方米", "万平方米"): 1e-4, ("万平方米", "平方米"): 1e4,
    ("亩", "公顷"): 1 / 15, ("公顷", "亩"): 15.0, ("公里", "千米"): 1.0, ("千米", "公里"): 1.0,
}
REASONS = {  # code → Chinese reason; the app may translate by code (params are given)
    "unreadable": "{detail}",
    "empty_file": "文件没有数据行",
    "no_values": "文件中没有填写任何实际值",
    "missing_column": "缺少必需的列 {column}",
    "missing_value": "{column} 为空",
    "unknown_target": "指标编号 {value} 不存在（可能已在重建中删除）",
    "bad_period": "报告期 {value} 格式不对，应为 2024 或 2024Q3",
    "period_out_of_span": "报告期 {value} 不在规划期 {start}–{end} 年内",
    "future_period": "报告期 {value} 尚未开始（今天是 {today}）",
    "not_a_number": "实际值 {value} 不是数字",
    "unit_mismatch": "单位 {value} 与目标单位 {expected} 不一致，且没有换算规则",
    "duplicate": "与第 {first} 行重复（同一指标、同一报告期）",
    "permission": "账号 {account} 无权填报 {jurisdiction}",
}
PROBLEM_COLUMNS = ["row", "column", "value", "reason", "code", "params"]


class ImportFileError(StoreError):
    """The file itself cannot be read (encoding, format, empty)."""


def problem(row: int, column: str, value, code: str, **params) -> dict:
    """One validation problem as a record (row, column, value, reason, code, params)."""
    value = "" if value is None else str(value)
    reason = REASONS[code].format(value=value, column=column, **params)
    return {"row": row, "column": column, "value": value, "reason": reason, "code": code,
            "params": params}


def decode_csv_bytes(data: bytes, filename: str = "") -> tuple[str, str]:
    """Text of a CSV file and its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    GB18030 (which includes GBK/GB2312: what Excel saves as "CSV" on Chinese Windows).

    Decoding is strict. A GB18030 reading that produces private-use or control characters is
    refused (other encodings can pass a lenient GB18030 decode as mojibake); NUL bytes without a
    BOM mean UTF-16/binary. The error names charset-normalizer's guess to help the user.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" not in data:
        try:
            return data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("gb18030")
            if not re.search(r"[\ue000-\uf8ff\x80-\x9f\x01-\x08\x0e-\x1f]", text):
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = f"，看起来像 {best.encoding}" if best is not None else ""
    raise ImportFileError(filename, f"文件编码无法识别（不是 UTF-8 或 GB18030{guess}），"
                                    "请在 Excel 中另存为「CSV UTF-8」后再导入")


def read_table_file(data: bytes, filename: str) -> tuple[pd.DataFrame, dict]:
    """A CSV or Excel file → a frame of text cells (header row → columns) and what was used
    (encoding or sheet). An .xlsx with several sheets uses the sheet named ``填报`` (the
    template's) if present, else the first sheet."""
    suffix = Path(filename).suffix.lower()
    if not data:
        raise ImportFileError(filename, REASONS["empty_file"])
    if suffix in (".csv", ".txt"):
        import csv
        import io

        text, encoding = decode_csv_bytes(data, filename)
        try:
            dialect = csv.Sniffer().sniff(text[:4096].split("\n", 1)[0], delimiters=",\t;")
            sep = dialect.delimiter
        except csv.Error:
            sep = ","
        try:
            frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
            raise ImportFileError(filename, f"CSV 无法解析（{e}）") from e
        return frame, {"encoding": encoding, "sheet": None}
    if suffix in (".xlsx", ".xlsm"):
        import io
        import zipfile

        try:
            sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str, engine="openpyxl")
        except (zipfile.BadZipFile, ValueError, KeyError, OSError) as e:
            raise ImportFileError(filename, f"不是有效的 Excel（.xlsx）文件（{e}）") from e
        if not sheets:
            raise ImportFileError(filename, REASONS["empty_file"])
        name = TEMPLATE_SHEET if TEMPLATE_SHEET in sheets else next(iter(sheets))
        return sheets[name].fillna(""), {"encoding": None, "sheet": name}
    if suffix == ".xls":
        raise ImportFileError(filename, "不支持旧版 .xls，请另存为 .xlsx 或 CSV UTF-8")
    raise ImportFileError(filename, f"不支持的文件类型 {suffix or '（无扩展名）'}，请用 CSV 或 .xlsx")


def header_to_key(header: str) -> str | None:
    """``"报告期(period)"``, ``"报告期"``, ``" Period "`` → ``"period"``; unknown → None."""
    import unicodedata

    h = unicodedata.normalize("NFKC", str(header)).strip().lower()
    m = re.search(r"\(([a-z_]+)\)$", h)
    if m:
        h = m.group(1)
    for key, aliases in COLUMN_ALIASES.items():
        if h in aliases:
            return key
    return None


def text_to_period(text) -> str | None:
    """``"2024"``, ``"2024.0"`` (Excel), ``"2024年"`` → ``"2024"``; ``"2024Q3"``, ``"2024-q3"``,
    ``"2024年第三季度"`` → ``"2024Q3"``; anything else → None."""
    import unicodedata

    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).upper()
    m = re.fullmatch(r"(\d{4})(?:\.0+|年)?", s)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(\d{4})(?:年|[-/_])?(?:Q([1-4])|第?([1-4一二三四])季度?)", s)
    if m:
        q = m.group(2) or str("一二三四".index(m.group(3)) + 1 if m.group(3) in "一二三四" else m.group(3))
        return f"{m.group(1)}Q{q}"
    return None


def text_to_number(text) -> float | None:
    """``"1,234.5"``, ``"１２"``, ``"6.2%"`` → a finite float; anything else → None."""
    import unicodedata

    s = unicodedata.normalize("NFKC", str(text or "")).strip().rstrip("%").strip()
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if np.isfinite(v) else None


def _period_start(period: str) -> date:
    year, quarter = status_rules.parse_period(period)
    return date(year, 3 * quarter - 2 if quarter else 1, 1)


def validate_rows(rows: pd.DataFrame, targets: pd.DataFrame, today: date,
                  account=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check every row and collect every problem (row, column, value, reason): nothing stops at
    the first. Returns (clean rows ready for :func:`save_values`, problems).

    ``rows`` has text columns target_id, period, value (unit, note, source optional) and ``row``
    (the number the user sees; default: spreadsheet numbering, header = 1). Rules: the target
    exists; the period reads as 2024 / 2024Q3, lies in the plan span (``read_targets``) and has
    begun by ``today``; the value is a number; the unit is empty, the target's, or converted by
    UNIT_FACTORS; a (target, period) appears once. With an ``account``
    (:class:`etl.accounts.Account`) each target must be writable by it; ``None`` = trusted (CLI).
    """
    from etl import accounts as acc

    rows = rows.reset_index(drop=True)
    numbers = rows["row"] if "row" in rows else pd.Series(range(2, len(rows) + 2))
    by_id = targets.set_index("target_id")
    problems, clean, first_seen = [], [], {}
    for i, r in rows.iterrows():
        n = int(numbers[i])
        tid, raw_period, raw_value, raw_unit = (_cell(r, c) for c in ("target_id", "period", "value", "unit"))
        t = by_id.loc[tid] if tid in by_id.index else None
        if not tid:
            problems.append(problem(n, "target_id", "", "missing_value"))
        elif t is None:
            problems.append(problem(n, "target_id", tid, "unknown_target"))
        period = text_to_period(raw_period)
        if not raw_period:
            problems.append(problem(n, "period", "", "missing_value"))
        elif period is None:
            problems.append(problem(n, "period", raw_period, "bad_period"))
        elif t is not None:
            year, start, end = int(period[:4]), t["span_start_year"], t["span_end_year"]
            if (start == start and year < start) or (end == end and year > end):
                problems.append(problem(n, "period", raw_period, "period_out_of_span",
                                        start=int(start), end=int(end)))
            elif _period_start(period) > today:
                problems.append(problem(n, "period", raw_period, "future_period", today=today.isoformat()))
        value = text_to_number(raw_value)
        if value is None:
            problems.append(problem(n, "value", raw_value, "not_a_number"))
        unit, note = None, _cell(r, "note") or None
        if t is not None:
            unit = t["unit"] or None
            given = _unit(raw_unit or ("%" if raw_value.endswith("%") else ""))
            if given and given != _unit(unit):
                factor = UNIT_FACTORS.get((given, _unit(unit)))
                if factor is None:
                    problems.append(problem(n, "unit", raw_unit, "unit_mismatch", expected=unit or "（无）"))
                elif value is not None:
                    note = "；".join(filter(None, [note, f"由 {raw_value} {given} 换算"]))
                    value = value * factor
            if account is not None and not acc.can_write_target(account, t["jurisdiction"], t["lead_departments"]):
                problems.append(problem(n, "target_id", tid, "permission",
                                        account=getattr(account, "username", account),
                                        jurisdiction=t["jurisdiction"]))
        if tid and period:
            key = (tid, period)
            if key in first_seen:
                problems.append(problem(n, "period", raw_period, "duplicate", first=first_seen[key]))
            else:
                first_seen[key] = n
        clean.append({"row": n, "target_id": tid, "period": period, "value": value, "unit": unit,
                      "note": note, "source": _cell(r, "source") or None})
    problems_df = pd.DataFrame(problems, columns=PROBLEM_COLUMNS)
    if len(problems_df):
        return pd.DataFrame(columns=["row", "target_id", "period", "value", "unit", "note", "source"]), problems_df
    return pd.DataFrame(clean, columns=["row", "target_id", "period", "value", "unit", "note", "source"]), problems_df


def _cell(row: pd.Series, column: str) -> str:
    """A cell as stripped text; missing, None and NaN read as ""."""
    v = row.get(column)
    return "" if v is None or (isinstance(v, float) and v != v) else str(v).strip()


def _unit(u) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", str(u or "")).strip()


@dataclass
class ImportReport:
    """What an import did: ``ok`` only if every row was valid and all were written."""

    filename: str
    ok: bool
    problems: pd.DataFrame
    rows: int = 0
    saved: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows left without a value (a template's untouched rows)
    encoding: str | None = None
    sheet: str | None = None


def import_file(data: bytes | str | Path, *, indicators_db, reported_db, account_name: str,
                filename: str | None = None, today: date | None = None, how: str = "import",
                account=None) -> ImportReport:
    """Import a CSV/Excel file all-or-nothing: read, validate every row, and only if there is no
    problem at all write every value in ONE transaction (a crash mid-write leaves nothing half
    written). Rows whose value cell is empty are skipped (a filled-in template keeps its other
    rows). ``account`` (an Account) limits the targets to its grants; the CLI passes None."""
    if isinstance(data, (str, Path)):
        filename = filename or Path(data).name
        data = Path(data).read_bytes()
    filename = filename or "upload.csv"
    empty = pd.DataFrame(columns=PROBLEM_COLUMNS)
    try:
        frame, info = read_table_file(data, filename)
    except ImportFileError as e:
        reason = str(e).split(": ", 1)[-1]
        return ImportReport(filename, False, pd.DataFrame([problem(0, "", "", "unreadable", detail=reason)],
                                                          columns=PROBLEM_COLUMNS))
    report = ImportReport(filename, False, empty, encoding=info["encoding"], sheet=info["sheet"])
    keys = {c: header_to_key(c) for c in frame.columns}
    frame = frame.rename(columns={c: k for c, k in keys.items() if k})
    frame = frame.loc[:, ~frame.columns.duplicated()]
    frame["row"] = range(2, len(frame) + 2)
    blank = frame.drop(columns="row").apply(lambda col: col.astype(str).str.strip() == "").all(axis=1)
    frame = frame[~blank]
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        report.problems = pd.DataFrame([problem(1, c, "", "missing_column") for c in missing],
                                       columns=PROBLEM_COLUMNS)
        return report
    if frame.empty:
        report.problems = pd.DataFrame([problem(0, "", "", "empty_file")], columns=PROBLEM_COLUMNS)
        return report
    has_value = frame["value"].astype(str).str.strip() != ""
    report.rows, report.skipped = len(frame), int((~has_value).sum())
    frame = frame[has_value]
    if frame.empty:
        report.problems = pd.DataFrame([problem(0, "value", "", "no_values")], columns=PROBLEM_COLUMNS)
        return report
    clean, problems = validate_rows(frame, read_targets(indicators_db), today or date.today(), account)
    if len(problems):
        report.problems = problems
        return report
    result = save_values(reported_db, clean, account=account_name, how=how)
    report.ok, report.saved, report.unchanged = True, result.saved, result.unchanged
    return report


# --- template ------------------------------------------------------------------------------------

def template_frame(targets: pd.DataFrame, today: date, period: str | None = None) -> pd.DataFrame:
    """The import template: one row per target, pre-filled with its id, jurisdiction, indicator,
    unit, target value and year, and the period to report (default: the current quarter, or the
    target year once the plan has ended); value, note and source left for the user."""
    current = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    ended = targets["span_end_year"].astype(float) < today.year
    periods = np.where(ended, targets["span_end_year"].astype("Int64").astype(str), period or current)
    frame = pd.DataFrame({
        "target_id": targets["target_id"].to_numpy(), "jurisdiction": targets["jurisdiction"].to_numpy(),
        "indicator": targets["indicator_name"].to_numpy(), "unit": targets["unit"].fillna("").to_numpy(),
        "target_value": targets["value"].to_numpy(), "target_year": targets["target_year"].astype("Int64").to_numpy(),
        "period": periods, "value": "", "note": "", "source": "",
    })
    return frame.rename(columns=TEMPLATE_HEADERS)


def template_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a BOM, so Excel on Chinese Windows opens it with the right characters."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def template_xlsx_bytes(frame: pd.DataFrame) -> bytes:
    """An .xlsx whose sheet ``填报`` is the template, with a second sheet ``说明`` (import picks
    ``填报`` by name, so the extra sheet is harmless)."""
    import io

    buf = io.BytesIO()
    notes = pd.DataFrame({"说明": [
        "在「填报」表的「实际值」列填写数值，报告期写 2024 或 2024Q3。",
        "单位须与目标单位一致；万元/亿元等可自动换算，其他单位会被拒绝。",
        "「实际值」为空的行不导入；任何一行有错，整个文件都不会写入，并列出每个问题。",
    ]})
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=TEMPLATE_SHEET, index=False)
        notes.to_excel(writer, sheet_name="说明", index=False)
    return buf.getvalue()
