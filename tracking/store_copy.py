"""Moving a store: every revision, the audit log with its hash chain, the reattachments and the
officials' reviews, copied from one store to another in one transaction (issue 17) — a county's
``reported.duckdb`` moved up to the province's PostgreSQL database (``python -m etl store copy``).

The copy is refused, with nothing written, when the source's audit log does not verify against its
chain or the target already holds data; afterwards the target's row counts and hash chain are
checked against the source's.
"""

from __future__ import annotations

import pandas as pd

from tracking import audit_chain, reported, review

VALUE_TABLES = {"reported_values": reported.VALUE_COLUMNS, "audit_log": reported.AUDIT_COLUMNS,
                "reattachments": reported.REATTACH_COLUMNS, "audit_chain": audit_chain.CHAIN_COLUMNS}
TABLES = {**VALUE_TABLES, **review.REVIEW_TABLES}


def read_all(store) -> dict[str, pd.DataFrame]:
    """Every row of every table of ``store`` (an empty frame for a table it lacks)."""
    frames = {"reported_values": reported.history(store), "audit_log": reported.audit_log(store),
              "reattachments": reported.reattachments(store), "audit_chain": reported.audit_hashes(store)}
    for name, columns in review.REVIEW_TABLES.items():
        frames[name] = reported._read(store, f"SELECT * FROM {name}", empty_columns=columns, table=name)
    return frames


def copy_store(source, target) -> dict[str, int]:
    """Copy every table of ``source`` into the empty store ``target`` in ONE transaction; rows
    copied per table. ``copy_store("冠县/reported.duckdb", PostgresStore(url))``."""
    frames = read_all(source)
    verdict = audit_chain.verify(frames["audit_log"], frames["audit_chain"])
    if not verdict.ok:
        raise reported.StoreError(source, f"源数据的审计日志未通过校验，未复制任何数据：{verdict.describe()}")
    held = {name: len(df) for name, df in read_all(target).items() if len(df)}
    if held:
        raise reported.StoreError(target, f"目标库已有数据（{'、'.join(f'{n} {c} 行' for n, c in held.items())}），"
                                          f"未复制任何数据 / the target store is not empty")
    with review._write(target) as con:
        for name, columns in TABLES.items():
            if len(frames[name]):
                reported.insert_frame(con, name, frames[name], columns)
    copied = {name: len(df) for name, df in read_all(target).items()}
    expected = {name: len(df) for name, df in frames.items()}
    if copied != expected or not reported.verify_audit(target).ok:
        raise reported.StoreError(target, f"复制后核对不符：{copied} ≠ {expected}")
    return copied
