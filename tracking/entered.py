"""What officials typed beside a value — its source (数据来源, "省生态环境厅通报") and note (备注) —
made visible: on the indicator page, in the ledger's export and in the entry page's history.

A value saved without a source stores how it came instead (form / import / cli, see
:data:`tracking.reported.HOWS`); that is not a source, so it is shown as nothing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tracking import reported

NOTE_COLUMNS = ["target_id", "latest_source", "latest_note"]


def shown_source(source: object) -> str:
    """The source as people should read it: "省生态环境厅通报" stays; "form" (how it was saved,
    not where the number comes from), None and NaN are ""."""
    if not isinstance(source, str) or source.strip() in reported.HOWS:
        return ""
    return source.strip()


def shown_note(note: object) -> str:
    """A note, or "" for none."""
    return note.strip() if isinstance(note, str) else ""


def latest_notes(values: pd.DataFrame, statuses: pd.DataFrame) -> pd.DataFrame:
    """The source and note of the value each target shows as its latest: ``values`` are the latest
    revision per period (:func:`tracking.reported.latest_reported`), ``statuses`` give each target's
    ``latest_period``; one row per target that has a latest value with a source or a note."""
    if values.empty or statuses.empty or not {"source", "note"} <= set(values.columns):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in NOTE_COLUMNS})
    shown = statuses.loc[statuses["latest_period"].notna(), ["target_id", "latest_period"]]
    rows = values[["target_id", "period", "source", "note"]].merge(
        shown, left_on=["target_id", "period"], right_on=["target_id", "latest_period"])
    out = pd.DataFrame({"target_id": rows["target_id"].to_numpy(),
                        "latest_source": [shown_source(s) for s in rows["source"]],
                        "latest_note": [shown_note(n) for n in rows["note"]]})
    return out[(out["latest_source"] != "") | (out["latest_note"] != "")].drop_duplicates("target_id", keep="last")


def changes_sql(target_ids, limit: int = 200, postgres: bool = False) -> tuple[str, list]:
    """The newest ``limit`` audit entries of ``target_ids``, newest first, each with the source and
    note of the revision it wrote (same target, period and moment: :func:`tracking.reported.save_values`
    stamps both with one time). ``postgres=True``: the same rows with ``DISTINCT ON``."""
    if postgres:
        return ("""SELECT DISTINCT ON (a.audit_id) a.*, r.source, r.note, r.basis FROM audit_log a
                   LEFT JOIN reported_values r ON r.target_id = a.target_id AND r.period = a.period
                                              AND r.reported_at = a."at"
                   WHERE a.target_id IN (SELECT unnest(?::VARCHAR[]))
                   ORDER BY a.audit_id DESC, r.revision DESC NULLS LAST LIMIT ?""",
                [[str(t) for t in target_ids], int(limit)])
    return ("""SELECT a.*, r.source, r.note, r.basis FROM audit_log a
               LEFT JOIN reported_values r ON r.target_id = a.target_id AND r.period = a.period
                                          AND r.reported_at = a."at"
               WHERE a.target_id IN (SELECT unnest(?::VARCHAR[]))
               QUALIFY row_number() OVER (PARTITION BY a.audit_id ORDER BY r.revision DESC NULLS LAST) = 1
               ORDER BY a.audit_id DESC LIMIT ?""", [[str(t) for t in target_ids], int(limit)])


def recent_changes(reported_db: Path | str, target_ids, limit: int = 200) -> pd.DataFrame:
    """:func:`changes_sql` on the store (read-only, under its locks); empty for a store never
    written. Columns: those of ``audit_log`` plus ``source``, ``note`` and ``basis`` (口径)."""
    columns = reported.AUDIT_COLUMNS + ["source", "note", "basis"]
    if reported.is_postgres(reported_db):
        return reported._read(reported_db, *changes_sql(target_ids, limit, postgres=True))
    path = Path(reported_db)
    if not path.exists():
        return pd.DataFrame(columns=columns)
    with reported.connect(path, read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if not {"audit_log", "reported_values"} <= tables:
            return pd.DataFrame(columns=columns)
        reported.with_basis_view(con)  # a store written before the basis column reads it as NULL
        return con.execute(*changes_sql(target_ids, limit)).df()
