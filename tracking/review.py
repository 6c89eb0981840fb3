"""Officials' review of what the build read: target reviews and document records, kept in the
reported-values store (``reported.duckdb``), never in the rebuilt database.

A person looks at a target the machine read and confirms it, corrects any field, rejects it
("not a target"), or adds one the machine missed by quoting its words. A document gets a record
when it is added (who, when, its sha256), when its metadata is corrected (jurisdiction, level,
parent, doc type, issuing body, number, date, horizon, title) and when it is withdrawn.
:mod:`tracking.corrections` re-applies all of it to every build.

Tables (created on first use; every write is one short transaction under the store's locks,
:func:`tracking.reported.connect`)
    ``target_reviews(target_id, source_file, source_text, state, fields, extracted, account, at,
    revision)`` — keyed by ``target_id`` *and* the target's sentence (``source_text``), so a
    review whose target id vanished in a rebuild is matched again by its sentence, or kept and
    listed for review; never dropped. ``fields`` (JSON) holds the corrected fields only (all
    fields for an added target); ``extracted`` (JSON) the fields as the machine read them when
    the review began. A change adds a revision; the highest is the one in force.
    ``document_records(source_file, sha256, fields, withdrawn, account, at, revision)``.
    ``review_audit(audit_id, at, account, subject, key, field, old_value, new_value, how)`` —
    append-only: one row per changed field or state (values as JSON text), each row sealed by a
    hash chain in ``review_audit_chain(audit_id, hash)`` (:data:`tracking.audit_chain.REVIEW`,
    issue 15), checked by ``python -m etl verify-audit`` and before a restore writes anything.

States: no record = unreviewed; ``confirmed`` (checked, nothing changed), ``corrected`` (a field
changed), ``rejected`` (not a target), ``added`` (a missed target). A stale edit — one whose
``based_on`` value of a field differs from the value now in force, because someone else saved
first — is refused with :class:`StaleEdit`, which names the field and shows the current value.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pandas as pd

from tracking import audit_chain, reported

TARGET_FIELDS = ("indicator_name", "value", "unit", "comparator", "kind", "per_year", "target_year",
                 "baseline_value", "baseline_year", "lead_departments", "sector")
DOCUMENT_FIELDS = ("title", "jurisdiction", "jurisdiction_level", "parent_jurisdiction", "doc_type",
                   "issuing_body", "doc_number", "issued_on", "horizon_year")
STATES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
ACTIONS = ("confirm", "edit", "reject", "add")
HOWS = ("form", "import", "cli")
COMPARATORS = (">=", "<=", "~", "=")
KINDS = ("level", "increment", "growth_rate")
LEVELS = ("province", "city", "county", "zone")

TARGET_REVIEWS = """
CREATE TABLE IF NOT EXISTS target_reviews (
    target_id    VARCHAR   NOT NULL,   -- the target reviewed (for an added target: its new id)
    source_file  VARCHAR   NOT NULL,   -- the document's file name
    source_text  VARCHAR   NOT NULL,   -- the target's sentence: the second key
    state        VARCHAR   NOT NULL,   -- confirmed / corrected / rejected / added
    fields       VARCHAR   NOT NULL,   -- JSON: corrected field -> value
    extracted    VARCHAR   NOT NULL,   -- JSON: the fields as read by the machine
    account      VARCHAR   NOT NULL,
    "at"         TIMESTAMP NOT NULL,   -- UTC
    revision     INTEGER   NOT NULL,
    PRIMARY KEY (target_id, revision)
)"""

DOCUMENT_RECORDS = """
CREATE TABLE IF NOT EXISTS document_records (
    source_file  VARCHAR   NOT NULL,
    sha256       VARCHAR,              -- of the file as added (NULL: a document of the build)
    fields       VARCHAR   NOT NULL,   -- JSON: corrected metadata field -> value
    withdrawn    BOOLEAN   NOT NULL,
    account      VARCHAR   NOT NULL,
    "at"         TIMESTAMP NOT NULL,
    revision     INTEGER   NOT NULL,
    PRIMARY KEY (source_file, revision)
)"""

REVIEW_AUDIT = """
CREATE TABLE IF NOT EXISTS review_audit (
    audit_id   BIGINT    PRIMARY KEY,
    "at"       TIMESTAMP NOT NULL,
    account    VARCHAR   NOT NULL,
    subject    VARCHAR   NOT NULL,   -- target / document
    "key"      VARCHAR   NOT NULL,   -- target_id or source_file
    field      VARCHAR   NOT NULL,   -- a field name, or state / withdrawn / added
    old_value  VARCHAR,              -- JSON
    new_value  VARCHAR,              -- JSON
    how        VARCHAR   NOT NULL
)"""

REVIEW_COLUMNS = ["target_id", "source_file", "source_text", "state", "fields", "extracted", "account", "at",
                  "revision"]
DOCUMENT_COLUMNS = ["source_file", "sha256", "fields", "withdrawn", "account", "at", "revision"]
AUDIT_COLUMNS = ["audit_id", "at", "account", "subject", "key", "field", "old_value", "new_value", "how"]


class ReviewError(reported.StoreError):
    """A review that cannot be saved (a bad value, an unknown action): nothing was written."""


class StaleEdit(ReviewError):
    """Someone changed ``field`` since the edit began: ``current`` is the value in force now."""

    def __init__(self, path, key: str, field_name: str, based_on, current, by: str | None):
        self.key, self.field, self.based_on, self.current, self.by = key, field_name, based_on, current, by
        who = f"（{by} 已修改）" if by else ""
        super().__init__(path, f"{key} 的 {field_name} 已被他人修改{who}：现在是 {format_value(current)}，"
                               f"您修改时是 {format_value(based_on)}；未保存，请刷新后重试 / "
                               f"changed meanwhile: now {format_value(current)}")


def format_value(value) -> str:
    """A field value as a person reads it: 45.0 → "45", ["县科技局", "县财政局"] → "县科技局、县财政局"."""
    if value is None:
        return "（空）"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


# --- field values --------------------------------------------------------------------------------

def _blank(value) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _number(name: str, value) -> float:
    if isinstance(value, bool):
        raise ValueError(name)
    try:
        number = float(str(value).replace(",", "").replace("，", "").strip())
    except ValueError:
        raise ValueError(name) from None
    if math.isnan(number) or math.isinf(number):
        raise ValueError(name)
    return number


def _year(name: str, value) -> int:
    number = _number(name, value)
    if not number.is_integer() or not 1949 <= number <= 2100:
        raise ValueError(name)
    return int(number)


def _flag(name: str, value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "y", "是", "每年", "年均"}:
        return True
    if text in {"0", "false", "no", "n", "否", ""}:
        return False
    raise ValueError(name)


def split_names(value) -> list[str]:
    """Department names from a cell: "县科技局、县财政局" or "县科技局,县财政局" → two names."""
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[、,，;；\n]+", str(value or "")) if part.strip()]


def clean_target_field(name: str, value):
    """One target field as stored: typed and checked. Raises ValueError(name) for a bad value.

    ``clean_target_field("value", "1,200")`` → 1200.0; ``clean_target_field("comparator", "≥")`` → ">=".
    Blank optional fields become None."""
    if name not in TARGET_FIELDS:
        raise ValueError(name)
    if name == "lead_departments":
        return split_names(value)
    if _blank(value):
        if name in ("indicator_name", "value", "comparator", "kind"):
            raise ValueError(name)
        return False if name == "per_year" else None
    if name in ("value", "baseline_value"):
        return _number(name, value)
    if name in ("target_year", "baseline_year"):
        return _year(name, value)
    if name == "per_year":
        return _flag(name, value)
    text = str(value).strip()
    if name == "comparator":
        text = {"≥": ">=", "≤": "<=", "约": "~", "左右": "~", "＝": "="}.get(text, text)
        if text not in COMPARATORS:
            raise ValueError(name)
    if name == "kind" and text not in KINDS:
        raise ValueError(name)
    return text


def clean_target_fields(values: dict) -> dict:
    """Every field of ``values`` cleaned (:func:`clean_target_field`); a ReviewError-free dict or
    ValueError naming the first bad field."""
    return {k: clean_target_field(k, v) for k, v in values.items()}


def clean_document_field(name: str, value):
    """One metadata field as stored: "2023-08-22" stays a date string, horizon a year, the level
    one of province/city/county/zone. Raises ValueError(name)."""
    if name not in DOCUMENT_FIELDS:
        raise ValueError(name)
    if _blank(value):
        if name in ("title", "jurisdiction"):
            raise ValueError(name)
        return None
    if name == "horizon_year":
        return _year(name, value)
    if name == "issued_on":
        if isinstance(value, datetime | date):
            return value.strftime("%Y-%m-%d")
        try:
            return date.fromisoformat(str(value).strip()[:10]).isoformat()
        except ValueError:
            raise ValueError(name) from None
    text = str(value).strip()
    if name == "jurisdiction_level" and text not in LEVELS:
        raise ValueError(name)
    return text


def same_value(a, b) -> bool:
    """Field values equal as people mean it: 45 == 45.0, a list equals its tuple, None == NaN."""
    if _blank(a) and _blank(b):
        return True
    if isinstance(a, list | tuple) or isinstance(b, list | tuple):
        return list(a or []) == list(b or [])
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def _plain(value):
    """A value JSON can hold (numpy scalars and arrays from DuckDB frames become Python ones)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, tuple):
        return list(value)
    return value


def _dumps(value) -> str:
    return json.dumps(_plain(value) if not isinstance(value, dict) else {k: _plain(v) for k, v in value.items()},
                      ensure_ascii=False, sort_keys=True)


# --- reading ---------------------------------------------------------------------------------------

def _latest(table: str, key: str) -> str:
    """The latest revision per ``key`` (SQL both DuckDB and PostgreSQL run)."""
    return f"SELECT DISTINCT ON ({key}) * FROM {table} ORDER BY {key}, revision DESC"


def target_reviews(store) -> pd.DataFrame:
    """The review in force for every reviewed target (latest revision), ``fields`` and ``extracted``
    as dicts."""
    df = reported._read(store, _latest("target_reviews", "target_id"), empty_columns=REVIEW_COLUMNS,
                        table="target_reviews")
    for column in ("fields", "extracted"):
        df[column] = [json.loads(v) for v in df[column]] if len(df) else []
    return df


def document_records(store) -> pd.DataFrame:
    """The record in force for every document with one: sha256, corrected ``fields`` (dict), withdrawn."""
    df = reported._read(store, _latest("document_records", "source_file"), empty_columns=DOCUMENT_COLUMNS,
                        table="document_records")
    df["fields"] = [json.loads(v) for v in df["fields"]] if len(df) else []
    return df


def review_audit(store, limit: int | None = 500) -> pd.DataFrame:
    """The newest review changes, newest first (``limit=None``: all of them)."""
    if limit is None:
        return reported._read(store, "SELECT * FROM review_audit ORDER BY audit_id DESC",
                              empty_columns=AUDIT_COLUMNS, table="review_audit")
    return reported._read(store, "SELECT * FROM review_audit ORDER BY audit_id DESC LIMIT ?", [int(limit)],
                          empty_columns=AUDIT_COLUMNS, table="review_audit")


def review_audit_hashes(store) -> pd.DataFrame:
    """The review audit's hash chain, oldest first (empty for a store written before it existed)."""
    return reported._read(store, f"SELECT * FROM {audit_chain.REVIEW.chain_table} ORDER BY audit_id",
                          empty_columns=audit_chain.CHAIN_COLUMNS, table=audit_chain.REVIEW.chain_table)


def verify_review_audit(store) -> audit_chain.Verdict:
    """Check the review audit against its hash chain (``python -m etl verify-audit``)."""
    return audit_chain.verify(review_audit(store, limit=None), review_audit_hashes(store), audit_chain.REVIEW)


# --- writing ---------------------------------------------------------------------------------------

@dataclass
class TargetEdit:
    """One review action on one target.

    ``action``: confirm / edit / reject / add. ``fields``: the new values (edit, add). ``based_on``:
    the values the person saw (field → value, ``"state"`` → the state shown), checked against
    the values in force. ``extracted``: the target as the build read it (ignored for add)."""

    target_id: str
    source_file: str
    source_text: str
    action: str
    fields: dict = field(default_factory=dict)
    based_on: dict = field(default_factory=dict)
    extracted: dict = field(default_factory=dict)
    row: int | None = None  # the Excel row it came from, for messages


@dataclass
class ReviewResult:
    saved: int = 0
    unchanged: int = 0
    states: dict = field(default_factory=dict)  # target_id -> state now


def added_target_id(source_file: str, quote: str) -> str:
    """The id of a target an official added: from the document and the quoted words, so the same
    quote added twice is one target. ``added_target_id("冠县.pdf", "新增绿地10公顷")`` → "A…"."""
    key = source_file + "|" + re.sub(r"\s+", "", quote)
    return "A" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _audit(con, rows: list[tuple]) -> None:
    if not rows:
        return
    start = con.execute("SELECT coalesce(max(audit_id), 0) FROM review_audit").fetchone()[0]
    con.executemany("INSERT INTO review_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(start + i + 1, *row) for i, row in enumerate(rows)])
    audit_chain.seal_new_rows(con, start, audit_chain.REVIEW)  # in the same transaction as the rows


def ensure_tables(store) -> None:
    """Create the review tables if needed (PostgreSQL: its migrations did)."""
    with _write(store):
        pass


def _write(store):
    """A write transaction on the store with the review tables created."""
    return _ReviewWrite(store)


class _ReviewWrite:
    def __init__(self, store):
        self.cm, self.store = reported._write(store), store

    def __enter__(self):
        con = self.cm.__enter__()
        if reported.is_postgres(self.store):
            return con  # its migrations made the tables
        for ddl in (TARGET_REVIEWS, DOCUMENT_RECORDS, REVIEW_AUDIT, audit_chain.REVIEW_AUDIT_CHAIN):
            con.execute(ddl)
        return con

    def __exit__(self, *exc):
        return self.cm.__exit__(*exc)


def _current_review(con, target_id: str) -> dict | None:
    row = con.execute("SELECT state, fields, extracted, account, revision FROM target_reviews WHERE target_id = ?"
                      " ORDER BY revision DESC LIMIT 1", [target_id]).fetchone()
    if row is None:
        return None
    return {"state": row[0], "fields": json.loads(row[1]), "extracted": json.loads(row[2]), "account": row[3],
            "revision": row[4]}


def _check_stale(store, key: str, based_on: dict, now: dict, by: str | None) -> None:
    for name, seen in based_on.items():
        if name in now and not same_value(seen, now[name]):
            raise StaleEdit(store, key, name, seen, now[name], by)


def _apply_edit(con, store, edit: TargetEdit, account: str, how: str, at: datetime) -> str | None:
    """One edit inside the open transaction; the new state, or None when nothing changed."""
    if edit.action not in ACTIONS:
        raise ReviewError(store, f"未知操作 {edit.action!r}（应为 {'、'.join(ACTIONS)}）")
    if not str(edit.source_text or "").strip():
        raise ReviewError(store, f"{edit.target_id}：缺少目标所在的句子")
    current = _current_review(con, edit.target_id)
    extracted = current["extracted"] if current else {k: _plain(v) for k, v in edit.extracted.items()}
    old_fields = dict(current["fields"]) if current else {}
    old_state = current["state"] if current else "unreviewed"
    now = {**extracted, **old_fields, "state": old_state}
    _check_stale(store, edit.target_id, edit.based_on, now, current["account"] if current else None)
    try:
        incoming = clean_target_fields(edit.fields)
    except ValueError as e:
        raise ReviewError(store, f"{edit.target_id}：字段 {e.args[0]} 的值无效") from e
    if edit.action == "add":
        missing = [f for f in ("indicator_name", "value", "comparator", "kind") if f not in incoming]
        if missing:
            raise ReviewError(store, f"补充的目标缺少 {'、'.join(missing)}")
        extracted = {}
        new_fields = {**old_fields, **incoming}
        new_state = "added"
    else:
        new_fields = dict(old_fields)
        for name, value in incoming.items():
            if name in extracted and same_value(value, extracted[name]) and old_state != "added":
                new_fields.pop(name, None)  # set back to what the machine read: no longer a correction
            else:
                new_fields[name] = value
        if edit.action == "reject":
            new_state = "rejected"
        elif old_state == "added":
            new_state = "added"
        else:
            new_state = "corrected" if new_fields else "confirmed"
    changes = [(name, old_fields.get(name, extracted.get(name)), new_fields.get(name, extracted.get(name)))
               for name in sorted(set(old_fields) | set(new_fields))
               if not same_value(old_fields.get(name, extracted.get(name)), new_fields.get(name, extracted.get(name)))]
    if not changes and new_state == old_state:
        return None
    revision = (current["revision"] if current else 0) + 1
    con.execute("INSERT INTO target_reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [edit.target_id, edit.source_file, edit.source_text, new_state, _dumps(new_fields),
                 _dumps(extracted), account, at, revision])
    rows = [(at, account, "target", edit.target_id, name, _dumps(old), _dumps(new), how) for name, old, new in changes]
    if new_state != old_state:
        rows.append((at, account, "target", edit.target_id, "state", _dumps(old_state), _dumps(new_state), how))
    _audit(con, rows)
    return new_state


def save_reviews(store, edits: list[TargetEdit], *, account: str, how: str,
                 at: datetime | None = None) -> ReviewResult:
    """Save every edit in ONE transaction: all or nothing (a stale or bad edit raises and nothing
    is written). An edit that changes nothing is counted as unchanged."""
    if how not in HOWS:
        raise ValueError(f"how must be one of {HOWS}, not {how!r}")
    if not account:
        raise ValueError("account is required: the audit log records who reviewed")
    at = at or datetime.now(UTC).replace(tzinfo=None)
    result = ReviewResult()
    with _write(store) as con:
        for edit in edits:
            state = _apply_edit(con, store, edit, account, how, at)
            if state is None:
                result.unchanged += 1
            else:
                result.saved += 1
                result.states[edit.target_id] = state
    return result


def review_target(store, edit: TargetEdit, *, account: str, how: str = "form") -> ReviewResult:
    """One edit (:func:`save_reviews` of one)."""
    return save_reviews(store, [edit], account=account, how=how)


def record_document(store, source_file: str, *, account: str, how: str, sha256: str | None = None,
                    fields: dict | None = None, based_on: dict | None = None, inferred: dict | None = None,
                    withdrawn: bool | None = None, at: datetime | None = None) -> bool:
    """Add or change a document's record in one transaction: its sha256 (when added), metadata
    corrections (``fields``; a value equal to ``inferred`` — what the build read — is no
    correction), withdrawn or not. ``based_on`` guards against stale edits as for targets.
    Returns whether anything changed."""
    if how not in HOWS:
        raise ValueError(f"how must be one of {HOWS}, not {how!r}")
    if not account:
        raise ValueError("account is required: the audit log records who changed a document")
    try:
        incoming = {k: clean_document_field(k, v) for k, v in (fields or {}).items()}
    except ValueError as e:
        raise ReviewError(store, f"{source_file}：字段 {e.args[0]} 的值无效") from e
    at = at or datetime.now(UTC).replace(tzinfo=None)
    inferred = {k: _plain(v) for k, v in (inferred or {}).items()}
    with _write(store) as con:
        row = con.execute("SELECT sha256, fields, withdrawn, account, revision FROM document_records"
                          " WHERE source_file = ? ORDER BY revision DESC LIMIT 1", [source_file]).fetchone()
        old_sha, old_fields, old_withdrawn, by, revision = (
            (row[0], json.loads(row[1]), row[2], row[3], row[4]) if row else (None, {}, False, None, 0))
        _check_stale(store, source_file, based_on or {}, {**inferred, **old_fields}, by)
        new_fields = dict(old_fields)
        for name, value in incoming.items():
            if name in inferred and same_value(value, inferred[name]):
                new_fields.pop(name, None)
            else:
                new_fields[name] = value
        new_sha = sha256 or old_sha
        new_withdrawn = old_withdrawn if withdrawn is None else bool(withdrawn)
        audit = [(at, account, "document", source_file, name, _dumps(old_fields.get(name, inferred.get(name))),
                  _dumps(new_fields.get(name, inferred.get(name))), how)
                 for name in sorted(set(old_fields) | set(new_fields))
                 if not same_value(old_fields.get(name, inferred.get(name)), new_fields.get(name, inferred.get(name)))]
        if new_sha != old_sha:
            audit.append((at, account, "document", source_file, "sha256", _dumps(old_sha), _dumps(new_sha), how))
        if new_withdrawn != old_withdrawn:
            audit.append((at, account, "document", source_file, "withdrawn", _dumps(old_withdrawn),
                          _dumps(new_withdrawn), how))
        if not audit and row is not None:
            return False
        con.execute("INSERT INTO document_records VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [source_file, new_sha, _dumps(new_fields), new_withdrawn, account, at, revision + 1])
        _audit(con, audit)
    return True


# --- backup and restore (beside tracking.reported's: the same folder, the same formats) ------------

REVIEW_TABLES = {"target_reviews": REVIEW_COLUMNS, "document_records": DOCUMENT_COLUMNS, "review_audit": AUDIT_COLUMNS,
                 audit_chain.REVIEW.chain_table: audit_chain.CHAIN_COLUMNS}


def backup_reviews(store, out_dir) -> dict[str, int]:
    """Write the review tables to ``out_dir`` as Parquet and CSV (UTF-8, cells quoted by OWASP's
    rule like every CSV the product hands out), every revision and the audit's hash chain; row
    counts."""
    from pathlib import Path

    from tracking import cells

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, columns in REVIEW_TABLES.items():
        order = ", ".join(f'"{c}"' for c in columns)  # every column, left to right (DuckDB's ORDER BY ALL)
        df = reported._read(store, f"SELECT * FROM {name} ORDER BY {order}", empty_columns=columns, table=name)
        df.to_parquet(out / f"{name}.parquet", index=False)
        (out / f"{name}.csv").write_bytes(cells.frame_to_safe_csv(df, encoding="utf-8"))
        counts[name] = len(df)
    return counts


def read_reviews_backup(backup_dir) -> dict[str, pd.DataFrame]:
    """The review tables of a backup, checked before anything is written (issue 15): each file
    readable, and the review audit intact against its hash chain (a backup made before the chain
    has none: its rows are unchained). A backup made before reviews existed has no tables: ``{}``.
    Raises :class:`ReviewError` naming the folder and the first bad row."""
    from pathlib import Path

    import pyarrow as pa

    folder = Path(backup_dir)
    frames = {}
    for name in REVIEW_TABLES:
        path = folder / f"{name}.parquet"
        if path.exists():
            try:
                frames[name] = pd.read_parquet(path)
            except (OSError, ValueError, pa.ArrowException) as e:
                raise ReviewError(path, f"备份文件已损坏，无法读取（{type(e).__name__}） / damaged backup file") from e
    if not frames:
        return {}
    missing = [c for name, df in frames.items() for c in REVIEW_TABLES[name] if c not in df.columns]
    if missing:
        raise ReviewError(folder, f"审核备份缺少列 {missing} / review backup lacks columns")
    log = frames.get("review_audit", pd.DataFrame(columns=AUDIT_COLUMNS))
    chain = frames.get(audit_chain.REVIEW.chain_table, pd.DataFrame(columns=audit_chain.CHAIN_COLUMNS))
    verdict = audit_chain.verify(log, chain, audit_chain.REVIEW)
    if not verdict.ok:
        raise ReviewError(folder, "review_audit: " + verdict.describe())
    return frames


def restore_reviews(backup_dir, store, frames: dict[str, pd.DataFrame] | None = None) -> dict[str, int]:
    """Load the review tables of a backup (:func:`read_reviews_backup`: checked first; none in a
    backup made before reviews existed) into the store, replacing what it holds, in one
    transaction. ``frames``: what :func:`read_reviews_backup` already read of ``backup_dir``."""
    frames = read_reviews_backup(backup_dir) if frames is None else frames
    if not frames:
        return {}
    with _write(store) as con:
        for name in REVIEW_TABLES:
            con.execute(f"DELETE FROM {name}")  # table names are constants, not user input
            if name in frames:
                reported.insert_frame(con, name, frames[name], REVIEW_TABLES[name])
    return {name: len(df) for name, df in frames.items()}
