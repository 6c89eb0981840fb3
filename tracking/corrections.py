"""Officials' corrections applied to a built ``indicators.duckdb`` before it is published.

The build (``etl``) never reads officials' data. Instead the new file is finished here: the
command line's ``build`` passes :func:`finalize_build` to :func:`etl.load.build_database`, which
calls it on the complete ``.building`` file before the rename that publishes it; the 文件管理
page and ``documents``/``review`` commands republish the live file the same way
(:func:`republish`: copy, apply, rename), so every reader sees either the old file or the new one.

Applying is a pure function of the machine's reading and the store, so it can run any number of
times: the first time it keeps the build's rows as ``extracted_targets``, ``extracted_documents``
and ``extracted_jurisdictions``; every time it rewrites ``targets``, ``documents`` and
``jurisdictions`` from those and from the reviews and document records in ``reported.duckdb``:

- document metadata corrections (title, jurisdiction — its targets follow —, level, parent, doc
  type, issuing body, number, date, horizon);
- each target review, found by ``target_id``, else by its sentence in the same document (a rebuild
  that renamed the indicator changed the id); corrected fields overwritten, ``review_state`` set;
  added targets inserted; rejected ones, targets of withdrawn documents and — with
  ``reviewed_only`` — unreviewed ones moved to ``hidden_targets`` (with ``hidden_reason``);
- a review or record whose target or document is not in the build is kept in the store and listed
  in ``review_unmatched`` (and in the :class:`ApplyReport`) for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import filelock

from etl.schema import discard_partial
from tracking import review
from tracking.store import location

PUBLISH_TIMEOUT = 60.0  # seconds a republish waits for a build or another republish
TARGET_COLUMN_OF = {f: f for f in review.TARGET_FIELDS}
DOCUMENT_COLUMN_OF = {"title": "title", "jurisdiction": "jurisdiction", "doc_type": "doc_type",
                      "issuing_body": "issuing_body", "doc_number": "doc_number", "issued_on": "issued_on",
                      "horizon_year": "horizon_year"}
HIDDEN_REASONS = ("rejected", "withdrawn", "unreviewed")


class PublishBusy(review.ReviewError):
    """A build or another publication held the database for longer than PUBLISH_TIMEOUT."""


@dataclass
class Unmatched:
    """A review or document record with nothing to apply to in this build (kept in the store)."""

    subject: str       # target / document
    key: str           # target_id or source_file
    source_file: str
    source_text: str
    state: str


@dataclass
class ApplyReport:
    applied: int = 0                                   # reviews applied to a target
    moved: dict[str, str] = field(default_factory=dict)  # review's target_id -> target found by sentence
    added: int = 0
    hidden: dict[str, int] = field(default_factory=dict)  # reason -> targets hidden
    documents: int = 0                                 # documents with corrected metadata
    unmatched: list[Unmatched] = field(default_factory=list)


def _tables(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def _keep_extracted(con) -> None:
    """The machine's rows, kept once per file: every application starts again from them."""
    tables = _tables(con)
    columns = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'targets'"
                                         " AND schema_name = 'main'").fetchall()}
    if "review_state" not in columns:  # a file built before the column existed
        con.execute("ALTER TABLE targets ADD COLUMN review_state VARCHAR")
    for name in ("targets", "documents", "jurisdictions"):
        if f"extracted_{name}" not in tables:
            con.execute(f"CREATE TABLE extracted_{name} AS SELECT * FROM {name}")
    if "hidden_targets" not in tables:
        con.execute("CREATE TABLE hidden_targets AS SELECT *, ''::VARCHAR AS hidden_reason FROM targets WHERE false")
    if "review_unmatched" not in tables:
        con.execute("CREATE TABLE review_unmatched (subject VARCHAR, \"key\" VARCHAR, source_file VARCHAR,"
                    " source_text VARCHAR, state VARCHAR)")


def _reset(con) -> None:
    for name in ("targets", "documents", "jurisdictions"):
        con.execute(f"DELETE FROM {name}")
        con.execute(f"INSERT INTO {name} SELECT * FROM extracted_{name}")
    con.execute("DELETE FROM hidden_targets")
    con.execute("DELETE FROM review_unmatched")


def _hide(con, where: str, params: list, reason: str) -> int:
    n = con.execute(f"SELECT count(*) FROM targets WHERE {where}", params).fetchone()[0]
    if n:
        con.execute(f"INSERT INTO hidden_targets SELECT *, ? FROM targets WHERE {where}", [reason, *params])
        con.execute(f"DELETE FROM targets WHERE {where}", params)
    return n


def _apply_documents(con, records, report: ApplyReport) -> dict[str, str]:
    """Metadata corrections; returns source_file -> document_id of the documents in the build."""
    ids = dict(con.execute("SELECT source_file, document_id FROM documents").fetchall())
    for r in records.itertuples():
        doc_id = ids.get(r.source_file)
        if doc_id is None:
            report.unmatched.append(Unmatched("document", r.source_file, r.source_file, "", "withdrawn"
                                              if r.withdrawn else "corrected"))
            continue
        fields = r.fields
        updates = {DOCUMENT_COLUMN_OF[k]: v for k, v in fields.items() if k in DOCUMENT_COLUMN_OF}
        if updates:
            report.documents += 1
            sets = ", ".join(f"{column} = ?" for column in updates)
            con.execute(f"UPDATE documents SET {sets} WHERE document_id = ?", [*updates.values(), doc_id])
        place = con.execute("SELECT jurisdiction FROM documents WHERE document_id = ?", [doc_id]).fetchone()[0]
        if "jurisdiction" in fields:
            con.execute("UPDATE targets SET jurisdiction = ? WHERE document_id = ?", [place, doc_id])
        if "jurisdiction" in fields or "jurisdiction_level" in fields or "parent_jurisdiction" in fields:
            exists = con.execute("SELECT count(*) FROM jurisdictions WHERE name = ?", [place]).fetchone()[0]
            if not exists:
                con.execute("INSERT INTO jurisdictions VALUES (?, NULL, NULL)", [place])
            if "jurisdiction_level" in fields:
                con.execute("UPDATE jurisdictions SET level = ? WHERE name = ?", [fields["jurisdiction_level"], place])
            if "parent_jurisdiction" in fields:
                parent = fields["parent_jurisdiction"]
                con.execute("UPDATE jurisdictions SET parent = ? WHERE name = ?", [parent, place])
                if parent and not con.execute("SELECT count(*) FROM jurisdictions WHERE name = ?", [parent]).fetchone()[0]:
                    con.execute("INSERT INTO jurisdictions VALUES (?, NULL, NULL)", [parent])
    # a jurisdiction no document names any more (未知地区 after its document was corrected) goes
    con.execute("""DELETE FROM jurisdictions j WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.jurisdiction = j.name)
                   AND NOT EXISTS (SELECT 1 FROM jurisdictions c WHERE c.parent = j.name)""")
    return ids


def _find_target(con, r, doc_id: str | None, claimed: set[str]) -> str | None:
    """The target a review applies to: its own id, else the one target of the same document whose
    sentence is the review's (of several, the one with the indicator the review saw)."""
    if con.execute("SELECT count(*) FROM targets WHERE target_id = ?", [r.target_id]).fetchone()[0]:
        return r.target_id
    if doc_id is None:
        return None
    rows = con.execute("SELECT target_id, source_text, indicator_name FROM targets WHERE document_id = ?",
                       [doc_id]).fetchall()
    sentence = _normalise(r.source_text)
    candidates = [(tid, name) for tid, text, name in rows if _normalise(text) == sentence and tid not in claimed]
    if len(candidates) > 1:
        wanted = r.extracted.get("indicator_name")
        candidates = [c for c in candidates if c[1] == wanted]
    return candidates[0][0] if len(candidates) == 1 else None


def _insert_added(con, r, doc_id: str) -> None:
    f = r.fields
    place = con.execute("SELECT jurisdiction FROM documents WHERE document_id = ?", [doc_id]).fetchone()[0]
    con.execute(
        "INSERT INTO targets (target_id, document_id, jurisdiction, sector, indicator_name, value, unit, comparator,"
        " kind, per_year, target_year, baseline_value, baseline_year, lead_departments, participating_departments,"
        " source_text, span_text, lead_officials, review_state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, [], ?, ?, [], 'added')",
        [r.target_id, doc_id, place, f.get("sector"), f["indicator_name"], f["value"], f.get("unit"),
         f["comparator"], f["kind"], bool(f.get("per_year") or False), f.get("target_year"),
         f.get("baseline_value"), f.get("baseline_year"), f.get("lead_departments") or [], r.source_text,
         r.source_text])


def apply_corrections(indicators_db, reported_db, *, reviewed_only: bool = False) -> ApplyReport:
    """Rewrite ``indicators_db`` (a file nobody else has open: the build's ``.building`` file or
    a private copy) from the machine's rows and the officials' reviews in ``reported_db``."""
    reviews = review.target_reviews(reported_db)
    records = review.document_records(reported_db)
    report = ApplyReport()
    # No transaction: the file is private until renamed (the rename is the publication), and DuckDB
    # refuses to re-insert a primary key deleted earlier in the same transaction.
    con = duckdb.connect(str(indicators_db))
    try:
        _keep_extracted(con)
        _reset(con)
        ids = _apply_documents(con, records, report)
        claimed: set[str] = set()
        pending = []  # reviews whose id is gone: matched by sentence after those that find their own id
        for r in reviews.itertuples():
            doc_id = ids.get(r.source_file)
            if r.state == "added":
                if doc_id is None:
                    report.unmatched.append(Unmatched("target", r.target_id, r.source_file, r.source_text, r.state))
                    continue
                if not con.execute("SELECT count(*) FROM targets WHERE target_id = ?", [r.target_id]).fetchone()[0]:
                    _insert_added(con, r, doc_id)
                    report.added += 1
                claimed.add(r.target_id)
                continue
            if con.execute("SELECT count(*) FROM targets WHERE target_id = ?", [r.target_id]).fetchone()[0]:
                claimed.add(r.target_id)
                _apply_review(con, r, r.target_id, report)
            else:
                pending.append((r, doc_id))
        for r, doc_id in pending:
            if r.state == "rejected" and not r.extracted:
                continue  # an added target rejected again: nothing to insert, nothing to hide
            found = _find_target(con, r, doc_id, claimed)
            if found is None:
                report.unmatched.append(Unmatched("target", r.target_id, r.source_file, r.source_text, r.state))
                continue
            claimed.add(found)
            report.moved[r.target_id] = found
            _apply_review(con, r, found, report)
        hidden = {"rejected": _hide(con, "review_state = 'rejected'", [], "rejected")}
        withdrawn = [ids[f] for f, w in zip(records["source_file"], records["withdrawn"]) if w and f in ids]
        hidden["withdrawn"] = _hide(con, "document_id IN (SELECT unnest(?::VARCHAR[]))", [withdrawn], "withdrawn")
        if reviewed_only:
            hidden["unreviewed"] = _hide(con, "review_state IS NULL", [], "unreviewed")
        report.hidden = {k: v for k, v in hidden.items() if v}
        if report.unmatched:
            con.executemany("INSERT INTO review_unmatched VALUES (?, ?, ?, ?, ?)",
                            [(u.subject, u.key, u.source_file, u.source_text, u.state) for u in report.unmatched])
        con.execute("UPDATE build_info SET n_targets = (SELECT count(*) FROM targets)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return report


def _apply_review(con, r, target_id: str, report: ApplyReport) -> None:
    updates = {TARGET_COLUMN_OF[k]: v for k, v in r.fields.items() if k in TARGET_COLUMN_OF}
    sets = "".join(f", {column} = ?" for column in updates)
    con.execute(f"UPDATE targets SET review_state = ?{sets} WHERE target_id = ?",
                [r.state, *updates.values(), target_id])
    report.applied += 1


# --- publishing ------------------------------------------------------------------------------------

def publish_lock_path(indicators_db) -> Path:
    path = Path(indicators_db)
    return path.with_name(path.name + ".publish.lock")


@contextmanager
def publish_lock(indicators_db, timeout: float = PUBLISH_TIMEOUT):
    """Held while a build or a republication prepares and renames ``indicators_db``, so one never
    replaces the file with a copy made before the other's."""
    lock = filelock.FileLock(publish_lock_path(indicators_db), timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout as e:
        raise PublishBusy(indicators_db, f"指标库正在重建或发布，{timeout:g} 秒内未完成，请稍后重试") from e
    try:
        yield
    finally:
        lock.release()


def finalize_build(reported_db=None, reviewed_only: bool = False):
    """The ``finalize`` of :func:`etl.load.build_database` for the command line: apply the
    corrections of ``reported_db`` (default: the store beside the database being built)."""
    import settings

    def finalize(building: Path, published: Path) -> None:
        store = location(reported_db) if reported_db is not None else settings.reported_db(published)
        apply_corrections(building, store, reviewed_only=reviewed_only)

    return finalize


def republish(indicators_db, reported_db, *, reviewed_only: bool = False, change=None,
              timeout: float = PUBLISH_TIMEOUT) -> ApplyReport:
    """Apply the corrections to a copy of the live database and put the copy in its place (one
    rename). ``change(con)``, when given, first edits the copy's ``extracted_*`` tables (a new
    or replaced document). A failure leaves the live file as it was."""
    indicators_db = Path(indicators_db)
    with publish_lock(indicators_db, timeout):
        tmp = indicators_db.with_name(indicators_db.name + ".publishing")
        discard_partial(tmp)
        try:
            shutil.copyfile(indicators_db, tmp)
            if change is not None:
                con = duckdb.connect(str(tmp))
                try:
                    _keep_extracted(con)
                    change(con)
                    con.execute("CHECKPOINT")
                finally:
                    con.close()
            report = apply_corrections(tmp, reported_db, reviewed_only=reviewed_only)
            os.replace(tmp, indicators_db)
        except BaseException:
            discard_partial(tmp)
            raise
    return report


def unmatched(indicators_db) -> list[Unmatched]:
    """The reviews and records the published database could not apply (kept for review)."""
    try:
        with duckdb.connect(":memory:") as con:
            con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
            if "review_unmatched" not in {r[0] for r in con.execute(
                    "SELECT table_name FROM duckdb_tables() WHERE database_name = 'i'").fetchall()}:
                return []
            rows = con.execute('SELECT subject, "key", source_file, source_text, state FROM i.review_unmatched').fetchall()
    except duckdb.Error:
        return []
    return [Unmatched(*row) for row in rows]
