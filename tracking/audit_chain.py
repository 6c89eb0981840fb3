"""A hash chain over an audit log (issue 15): a changed, removed or inserted audit row is found, in
the store and in a backup. Two logs are sealed this way (:class:`Ledger`): the reported values'
``audit_log`` (:data:`REPORTED`) and the review's ``review_audit`` (:data:`REVIEW`, issue 14's
corrections and documents).

Each audit row's hash is SHA-256 of the previous chained row's hash and the row's own fields
(:func:`row_hash`); the hashes live beside the log in ``audit_chain(audit_id, hash)``, written in
the same transaction as the rows (:func:`tracking.reported._save_in`). Rows written before the
chain existed have no hash: they are *unchained* (reported as such, not as tampered) and may only
come first; a row without a hash after the chain began, a hash without its row, or a hash that
does not match is tampering, and :func:`verify` names the first such row.

What the chain cannot see: an edit of an unchained row, and rows cut off the end of the log
together with their hashes (the backup's manifest counts rows, and is checked too).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

CHAIN_COLUMNS = ["audit_id", "hash"]
FIELDS = ["audit_id", "at", "account", "target_id", "period", "old_value", "new_value", "how"]
GENESIS = ""
SEPARATOR = "\x1f"  # the ASCII unit separator: never in a field the product writes


@dataclass(frozen=True)
class Ledger:
    """One audit log and the table of hashes that seals it: which fields are hashed, in order, and
    which of them are numbers (hashed in Python's shortest round-tripping form)."""

    log_table: str
    chain_table: str
    fields: tuple[str, ...]
    numbers: frozenset[str]

    @property
    def ddl(self) -> str:
        return (f"CREATE TABLE IF NOT EXISTS {self.chain_table} (\n"
                f"    audit_id  BIGINT  PRIMARY KEY,   -- the {self.log_table} row this hash seals\n"
                f"    hash      VARCHAR NOT NULL       -- sha256(previous hash, the row's fields), hex\n)")


REPORTED = Ledger("audit_log", "audit_chain", tuple(FIELDS), frozenset({"old_value", "new_value"}))
REVIEW = Ledger("review_audit", "review_audit_chain",
                ("audit_id", "at", "account", "subject", "key", "field", "old_value", "new_value", "how"),
                frozenset())  # its old and new values are JSON text
AUDIT_CHAIN = REPORTED.ddl
REVIEW_AUDIT_CHAIN = REVIEW.ddl


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def field_text(name: str, value: Any, numbers: frozenset[str] = REPORTED.numbers) -> str:
    """One field as the hash reads it, the same whether the row came from DuckDB, Parquet or the
    backup's CSV: a time to the microsecond (``2024-09-01T08:30:00.123000``), a number as Python's
    shortest round-tripping form (``6.3``), a missing value as nothing."""
    if _missing(value):
        return ""
    if name == "at":
        return pd.Timestamp(value).strftime("%Y-%m-%dT%H:%M:%S.%f")
    if name in numbers:
        return repr(float(value))
    if name == "audit_id":
        return str(int(value))
    return str(value)


def row_hash(previous: str, row: dict[str, Any], ledger: Ledger = REPORTED) -> str:
    """The hash sealing ``row`` after ``previous``: sha256 over the previous hash and every field
    of ``ledger.fields``, separated by :data:`SEPARATOR`; changing any field, or the row before it,
    changes it."""
    text = SEPARATOR.join([previous] + [field_text(name, row.get(name), ledger.numbers) for name in ledger.fields])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extend(previous: str, rows: Iterable[dict[str, Any]], ledger: Ledger = REPORTED) -> list[tuple[int, str]]:
    """``(audit_id, hash)`` for new rows, in audit_id order, continuing the chain from ``previous``
    (the last hash in the store, or :data:`GENESIS`)."""
    out = []
    for row in sorted(rows, key=lambda r: int(r["audit_id"])):
        previous = row_hash(previous, row, ledger)
        out.append((int(row["audit_id"]), previous))
    return out


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found: rows sealed, rows from before the chain, and the first bad row
    (its audit_id, its line in audit_log.csv counting the header as 1, and why) or None."""

    chained: int
    unchained: int
    bad_audit_id: int | None = None
    bad_line: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_audit_id is None

    def describe(self) -> str:
        """One line in Chinese and English."""
        if not self.ok:
            return (f"审计日志第 {self.bad_line} 行（audit_id {self.bad_audit_id}）{self.reason}：审计记录被改动过 "
                    f"/ audit_log line {self.bad_line} (audit_id {self.bad_audit_id}) was altered")
        tail = f"，{self.unchained} 条为哈希链建立前的记录（未链接 unchained）" if self.unchained else ""
        return f"审计日志完整：{self.chained} 条记录经哈希链验证{tail} / audit log intact: {self.chained} chained, {self.unchained} unchained"


def verify(log: pd.DataFrame, chain: pd.DataFrame, ledger: Ledger = REPORTED) -> Verdict:
    """Check ``log`` (the ledger's audit rows) against ``chain`` (its hashes). Rows are taken in
    audit_id order; line numbers are those of the backup's audit_log.csv (sorted the same way)."""
    log = log.sort_values("audit_id", kind="stable").reset_index(drop=True)
    hashes = dict(zip((int(a) for a in chain["audit_id"]), (str(h) for h in chain["hash"])))
    ids = [int(a) for a in log["audit_id"]]
    previous, chained, unchained, started = GENESIS, 0, 0, False
    records: Sequence[dict[str, Any]] = log.to_dict("records")
    for index, (audit_id, row) in enumerate(zip(ids, records)):
        line = index + 2
        if index and audit_id == ids[index - 1]:
            return Verdict(chained, unchained, audit_id, line, "重复的 audit_id (duplicate id)")
        if audit_id not in hashes:
            if started:
                return Verdict(chained, unchained, audit_id, line, "没有哈希 (no hash after the chain began)")
            unchained += 1
            continue
        started = True
        previous = row_hash(previous, row, ledger)
        if previous != hashes.pop(audit_id):
            return Verdict(chained, unchained, audit_id, line,
                           "与哈希不符 (hash mismatch: this row, or the one before it, was changed or removed)")
        chained += 1
    if hashes:
        orphan = min(hashes)
        return Verdict(chained, unchained, orphan, len(ids) + 1, "的记录不见了 (a sealed row is missing)")
    return Verdict(chained, unchained)


def last_hash(con, ledger: Ledger = REPORTED) -> str:
    """The newest hash in the store open on ``con`` (with ``ledger.ddl`` created), or GENESIS."""
    rows = con.execute(f"SELECT hash FROM {ledger.chain_table} ORDER BY audit_id DESC LIMIT 1").fetchall()
    return rows[0][0] if rows else GENESIS


def seal_new_rows(con, after_audit_id: int, ledger: Ledger = REPORTED) -> int:
    """Inside a write transaction: hash the ledger's audit rows with ``audit_id > after_audit_id``
    and store the hashes. Returns how many rows were sealed. (Table and field names are the
    ledger's constants, never user input.)"""
    columns = ", ".join(f'"{name}"' for name in ledger.fields)
    cursor = con.execute(f"SELECT {columns} FROM {ledger.log_table} WHERE audit_id > ? ORDER BY audit_id",
                         [after_audit_id])
    rows = [dict(zip(ledger.fields, values)) for values in cursor.fetchall()]
    sealed = extend(last_hash(con, ledger), rows, ledger)
    if sealed:
        con.executemany(f"INSERT INTO {ledger.chain_table} VALUES (?, ?)", sealed)
    return len(sealed)
