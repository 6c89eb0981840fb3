"""A document's review as a table a department fills in Excel, and its import (all or nothing).

:func:`review_frame` gives one row per target of a document — those shown and those hidden
(rejected) — with the values in force, the review state and the review's ``revision``; the
workbook is written by :mod:`outputs.review_xlsx`. In the returned file a person writes, per row,
an action: 确认 (confirm), 驳回 (reject), 补充 (add: a missed target, its words quoted in 原文), or
nothing; a changed field is an edit. :func:`import_review` checks every row first and lists each
problem (row, column, value, reason); if there is any, nothing is written. A row whose target was
reviewed by someone else since the export (its revision moved on) is such a problem: the value in
force is shown, and the row is not saved over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from tracking import corrections, review
from tracking.reported_import import read_table_file

HEADERS = {
    "target_id": "目标编号(target_id)", "action": "操作(action)", "state": "审核状态(state)",
    "indicator_name": "指标(indicator)", "value": "目标值(value)", "unit": "单位(unit)",
    "comparator": "比较(comparator)", "kind": "类型(kind)", "per_year": "每年(per_year)",
    "target_year": "目标年份(target_year)", "baseline_value": "基期值(baseline_value)",
    "baseline_year": "基期年份(baseline_year)", "lead_departments": "牵头部门(lead_departments)",
    "sector": "领域(sector)", "source_text": "原文(source_text)", "revision": "版本(revision)",
}
ACTION_WORDS = {"": "", "确认": "confirm", "confirm": "confirm", "驳回": "reject", "reject": "reject",
                "不是目标": "reject", "补充": "add", "add": "add", "新增": "add", "修改": "edit", "edit": "edit"}
REASONS = {
    "missing_column": "缺少列 {column} / column missing",
    "unknown_target": "本文件中没有目标 {value} / no such target in this document",
    "bad_action": "操作 {value} 无效，应为 确认、驳回、补充 或留空 / action must be confirm, reject, add or empty",
    "bad_value": "{column} 的值 {value} 无效 / invalid value",
    "no_quote": "补充目标须在原文列引用其文字 / an added target quotes its words in 原文",
    "quote_not_found": "原文 {value} 不在文件中 / the quoted words are not in the document",
    "stale": "导出后已被 {by} 修改（现在：{current}），未保存 / changed since the export (now: {current})",
    "duplicate": "与第 {first} 行是同一目标 / same target as row {first}",
}


class ReviewImportError(review.ReviewError):
    """The review file cannot be read at all."""


def _con(indicators_db):
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
    con.execute("USE i")
    return con


def document_targets(indicators_db, source_file: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(targets in force, as the machine read them) of one document, shown and hidden, in document
    order. Raises ReviewError for an unknown document."""
    con = _con(indicators_db)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'i'").fetchall()}
        doc = con.execute("SELECT document_id FROM documents WHERE source_file = ?", [source_file]).fetchone()
        if doc is None:
            raise review.ReviewError(indicators_db, f"没有文件 {source_file} / no such document")
        cols = "target_id, document_id, indicator_name, value, unit, comparator, kind, per_year, target_year," \
               " baseline_value, baseline_year, lead_departments, sector, source_text, position, review_state"
        parts = [f"SELECT {cols}, NULL AS hidden_reason FROM targets WHERE document_id = ?"]
        if "hidden_targets" in tables:
            parts.append(f"SELECT {cols}, hidden_reason FROM hidden_targets WHERE document_id = ?")
        now = con.execute(" UNION ALL ".join(parts) + " ORDER BY position NULLS LAST, target_id",
                          [doc[0]] * len(parts)).df()
        raw_table = "extracted_targets" if "extracted_targets" in tables else "targets"
        raw = con.execute(f"SELECT {cols.replace(', review_state', '')} FROM {raw_table} WHERE document_id = ?",
                          [doc[0]]).df()
    finally:
        con.close()
    return now, raw


def extracted_fields(raw: pd.DataFrame, target_id: str) -> dict:
    """A target's fields as the machine read them (empty for an added target)."""
    rows = raw[raw["target_id"] == target_id]
    if rows.empty:
        return {}
    row = rows.iloc[0]
    return {f: review._plain(row[f]) for f in review.TARGET_FIELDS}


def review_frame(indicators_db, reported_db, source_file: str) -> pd.DataFrame:
    """One row per target of the document (keys of :data:`HEADERS`): the values in force, the
    review state (unreviewed / confirmed / corrected / rejected / added), the review's revision."""
    now, _ = document_targets(indicators_db, source_file)
    reviews = review.target_reviews(reported_db)
    revisions = dict(zip(reviews["target_id"], reviews["revision"]))
    states = dict(zip(reviews["target_id"], reviews["state"]))
    out = pd.DataFrame({
        "target_id": now["target_id"], "action": "",
        "state": [states.get(t, "unreviewed") for t in now["target_id"]],
        **{f: now[f] for f in review.TARGET_FIELDS},
        "source_text": now["source_text"],
        "revision": [int(revisions.get(t, 0)) for t in now["target_id"]],
    })
    out["lead_departments"] = ["、".join(v) if v is not None and len(v) else "" for v in out["lead_departments"]]
    return out


@dataclass
class ReviewImport:
    filename: str
    problems: list[dict] = field(default_factory=list)
    saved: int = 0
    unchanged: int = 0
    report: corrections.ApplyReport | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _problem(row: int, column: str, value, code: str, **params) -> dict:
    value = "" if value is None else str(value)
    return {"row": row, "column": column, "value": value, "reason": REASONS[code].format(value=value, column=column,
                                                                                          **params)}


def _key_of(header: str) -> str | None:
    h = str(header).strip()
    for key, text in HEADERS.items():
        if h in (text, key, text.split("(")[0]):
            return key
    return None


def rows_to_edits(frame: pd.DataFrame, *, source_file: str, now: pd.DataFrame, raw: pd.DataFrame,
                  reviews: pd.DataFrame, document_text: str | None) -> tuple[list[review.TargetEdit], list[dict]]:
    """The edits a filled-in review table asks for, and every problem (row numbers as Excel shows
    them: the header is row 1)."""
    frame = frame.rename(columns={c: _key_of(c) or c for c in frame.columns})
    problems: list[dict] = []
    for key in ("target_id", "action", "indicator_name", "value", "source_text"):
        if key not in frame.columns:
            problems.append(_problem(1, HEADERS[key], "", "missing_column"))
    if problems:
        return [], problems
    current = now.set_index("target_id")
    revisions = dict(zip(reviews["target_id"], reviews["revision"]))
    by = dict(zip(reviews["target_id"], reviews["account"]))
    edits: list[review.TargetEdit] = []
    seen: dict[str, int] = {}
    fields = [f for f in review.TARGET_FIELDS if f in frame.columns]
    compact_text = "".join(str(document_text or "").split())
    for i, row in enumerate(frame.to_dict("records"), start=2):
        cell = {k: ("" if v is None else str(v).strip()) for k, v in row.items()}
        action = ACTION_WORDS.get(cell["action"].lower() if cell["action"].isascii() else cell["action"])
        if action is None:
            problems.append(_problem(i, HEADERS["action"], cell["action"], "bad_action"))
            continue
        values, bad = {}, False
        for f in fields:
            try:
                values[f] = review.clean_target_field(f, row.get(f))
            except ValueError:
                if action or cell.get("target_id"):
                    problems.append(_problem(i, HEADERS[f], cell.get(f, ""), "bad_value"))
                    bad = True
        if bad:
            continue
        if action == "add" or (not cell["target_id"] and any(cell.get(f) for f in fields)):
            quote = cell["source_text"]
            if not quote:
                problems.append(_problem(i, HEADERS["source_text"], "", "no_quote"))
                continue
            if document_text is not None and "".join(quote.split()) not in compact_text:
                problems.append(_problem(i, HEADERS["source_text"], quote, "quote_not_found"))
                continue
            target_id = cell["target_id"] or review.added_target_id(source_file, quote)
            edits.append(review.TargetEdit(target_id, source_file, quote, "add", values, row=i))
            continue
        target_id = cell["target_id"]
        if not target_id:
            continue  # an empty line
        if target_id not in current.index:
            problems.append(_problem(i, HEADERS["target_id"], target_id, "unknown_target"))
            continue
        if target_id in seen:
            problems.append(_problem(i, HEADERS["target_id"], target_id, "duplicate", first=seen[target_id]))
            continue
        seen[target_id] = i
        revision = cell.get("revision", "")
        if revision and revision.replace(".0", "").isdigit() and int(float(revision)) != int(revisions.get(target_id, 0)):
            shown = review.format_value(current.loc[target_id, "value"])
            problems.append(_problem(i, HEADERS["revision"], revision, "stale", by=by.get(target_id, ""),
                                     current=f"{current.loc[target_id, 'indicator_name']} {shown}"))
            continue
        in_force = {f: review._plain(current.loc[target_id, f]) for f in fields}
        changed = {f: v for f, v in values.items() if not review.same_value(v, in_force[f])}
        if not action and not changed:
            continue
        act = "reject" if action == "reject" else ("edit" if changed else "confirm")
        edits.append(review.TargetEdit(target_id, source_file, str(current.loc[target_id, "source_text"]), act, changed,
                                       {}, extracted_fields(raw, target_id), row=i))
    return edits, problems


def import_review(data: bytes | str | Path, *, indicators_db, reported_db, account: str, how: str = "import",
                  filename: str | None = None, document: str | None = None, document_text: str | None = None,
                  sources_dir=None, reviewed_only: bool = False) -> ReviewImport:
    """Import a filled-in review workbook of one document: every row checked, then all saved in one
    transaction and the database republished — or, with any problem, nothing written.
    ``document``: the file name reviewed (default: the workbook's 文件 cell). Added targets must
    quote words of the document: its text is ``document_text``, else read from ``sources_dir``."""
    if isinstance(data, str | Path):
        filename = filename or Path(data).name
        data = Path(data).read_bytes()
    filename = filename or "review.xlsx"
    frame, _ = read_table_file(data, filename)
    if document is None:
        document = _document_of(data, filename)
    if not document:
        raise ReviewImportError(filename, "无法确定审核的文件：请用 --document 指明 / name the document")
    now, raw = document_targets(indicators_db, document)
    if document_text is None and sources_dir is not None:
        document_text = document_text_of(Path(sources_dir) / document)
    reviews = review.target_reviews(reported_db)
    edits, problems = rows_to_edits(frame, source_file=document, now=now, raw=raw, reviews=reviews,
                                    document_text=document_text)
    result = ReviewImport(filename, problems)
    if problems:
        return result
    try:
        saved = review.save_reviews(reported_db, edits, account=account, how=how)
    except review.StaleEdit as e:
        row = next((x.row for x in edits if x.target_id == e.key), 0)
        result.problems.append(_problem(row or 0, e.field, e.based_on, "stale", by=e.by or "",
                                        current=review.format_value(e.current)))
        return result
    except review.ReviewError as e:
        result.problems.append({"row": 0, "column": "", "value": "", "reason": str(e)})
        return result
    result.saved, result.unchanged = saved.saved, saved.unchanged
    if saved.saved:
        result.report = corrections.republish(indicators_db, reported_db, reviewed_only=reviewed_only)
    return result


DOCUMENT_SHEET, DOCUMENT_CELL = "说明", "B1"


def document_text_of(path: Path) -> str | None:
    """The text of a source document, its lines joined (None when it cannot be read)."""
    from etl.read import UnreadableSource, read_source

    try:
        return "\n".join(read_source(path).lines)
    except (UnreadableSource, OSError):
        return None


def _document_of(data: bytes, filename: str) -> str | None:
    """The document a review workbook is about: cell B1 of its 说明 sheet (written by the export)."""
    if not filename.lower().endswith((".xlsx", ".xlsm")):
        return None
    import io

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # noqa: BLE001 — read_table_file already said what is wrong with the file
        return None
    if DOCUMENT_SHEET not in book.sheetnames:
        return None
    value = book[DOCUMENT_SHEET][DOCUMENT_CELL].value
    return str(value).strip() if value else None
