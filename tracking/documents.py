"""Officials bring their own documents: check a file, read it, publish it, list, withdraw.

Adding a document is three steps, so a person can look before anything is published:
:func:`check_upload` (a clear :class:`DocumentRefused` for a file that is not a document, is empty,
too large, or the same bytes as one already loaded), :func:`stage` + :func:`read_staged` (the
file written to a staging folder beside the sources, read and extracted: targets and inferred
metadata), then :func:`publish` (the file moved into the sources folder, its record and any
metadata corrections saved in the store, and the database republished with the document's rows
— every other document's rows stay as they were). A file with the name of a loaded document is
a new version of it: targets keep their ids where they are still there (``etl.load.target_id``)
and so their reported values; those that disappeared are listed.

Every file is written under a temporary name and renamed into place, and the database is
republished by one rename (:func:`tracking.corrections.republish`), so an upload interrupted
half-way leaves nothing half-loaded. Withdrawing hides a document's targets (reported values kept)
and can be undone.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import duckdb
import pandas as pd

from etl import load
from etl.catalog import load_catalog
from etl.metadata import read_manifest
from etl.read import UnreadableSource, bytes_to_text
from tracking import corrections, review

STAGING = ".staging"
META_FIELDS = review.DOCUMENT_FIELDS


class DocumentRefused(review.ReviewError):
    """A file refused before anything was written: ``str()`` is one clear line naming it."""


@dataclass
class Staged:
    """A file read but not yet published."""

    path: Path                 # in the staging folder
    name: str                  # the file name it will have in the sources folder
    sha256: str
    meta: dict                 # the inferred metadata, field -> value
    targets: pd.DataFrame      # the targets as extracted (indicator_name, value, unit, …)
    warnings: list[str] = field(default_factory=list)
    replaces: bool = False     # a document of this name is already loaded


@dataclass
class Published:
    name: str
    document_id: str
    n_targets: int
    disappeared: list[str] = field(default_factory=list)  # "target_id indicator" of the old version gone now
    report: corrections.ApplyReport | None = None


def safe_name(name: str) -> str:
    """The file name an upload gets: its last path part, control characters and the characters
    no file system takes dropped; spaces, quotes and Chinese kept ("冠县 “十四五” 规划.pdf")."""
    base = re.split(r"[\\/]", str(name))[-1]
    base = re.sub(r"[\x00-\x1f<>:\"|?*]", "", base).strip().lstrip(".")
    return base


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def loaded_hashes(indicators_db) -> dict[str, str]:
    """sha256 → file name of every document in the database (a publication that failed left
    none, so the same file may be tried again)."""
    out: dict[str, str] = {}
    if Path(indicators_db).exists():
        try:
            with duckdb.connect(":memory:") as con:
                con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
                out.update({sha: name for name, sha in con.execute("SELECT source_file, sha256 FROM i.documents").fetchall()})
        except duckdb.Error:
            pass
    return out


def _is_document(suffix: str, data: bytes) -> str | None:
    """Why ``data`` is not a document of type ``suffix``, or None."""
    if suffix == ".pdf" and not data.lstrip()[:5].startswith(b"%PDF"):
        return "不是 PDF 文件 / not a PDF"
    if suffix == ".docx":
        try:
            with zipfile.ZipFile(BytesIO(data)) as z:
                if "word/document.xml" not in z.namelist():
                    return "不是 Word（DOCX）文件 / not a DOCX"
        except zipfile.BadZipFile:
            return "不是 Word（DOCX）文件 / not a DOCX"
    if suffix in (".txt", ".md") and bytes_to_text(data) is None:
        return "不是文本文件（无法识别编码或含二进制内容）/ not a text file"
    return None


def check_upload(name: str, data: bytes, *, indicators_db, reported_db, max_bytes: int) -> str:
    """The name the file will have, or :class:`DocumentRefused` naming the file and the reason."""
    clean = safe_name(name)
    shown = clean or str(name)
    suffix = Path(clean).suffix.lower()
    if not clean or suffix not in load.SUPPORTED_SUFFIXES or clean in load.IGNORED_FILES:
        raise DocumentRefused(shown, "不支持的文件类型，请上传 PDF、DOCX、TXT 或 MD / unsupported file type")
    if not data:
        raise DocumentRefused(shown, "文件为空 / the file is empty")
    if len(data) > max_bytes:
        raise DocumentRefused(shown, f"文件过大（{len(data) / 1048576:.0f} MB，上限 {max_bytes / 1048576:.0f} MB）"
                                     f" / larger than the limit")
    if why := _is_document(suffix, data):
        raise DocumentRefused(shown, why)
    same = loaded_hashes(indicators_db).get(sha256_of(data))
    if same:
        raise DocumentRefused(shown, f"与已载入的文件 {same} 内容完全相同，未重复载入 / identical to {same}")
    return clean


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.uploading")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stage(name: str, data: bytes, sources_dir) -> Path:
    """Write an upload to ``<sources>/.staging/<name>`` (temporary name, then rename)."""
    folder = Path(sources_dir) / STAGING
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    _write_atomically(path, data)
    return path


def _meta_dict(meta) -> dict:
    return {f: getattr(meta, f) or None for f in META_FIELDS}


def warm_up() -> None:
    """Import what reading a document needs (a reader process calls this before its first upload)."""
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401

    load_catalog()


def read_staged(path: Path, sources_dir, indicators_db) -> Staged:
    """Read and extract a staged file: its targets and inferred metadata. Raises
    :class:`DocumentRefused` for an unreadable one (encrypted, scanned without text, damaged)."""
    manifest = read_manifest(Path(sources_dir) / "manifest.csv") if (Path(sources_dir) / "manifest.csv").exists() else {}
    try:
        result = load.process_document(path, manifest, load_catalog())
    except UnreadableSource as e:
        raise DocumentRefused(path.name, f"无法读取：{e.reason}") from e
    rows = list(load.target_rows(result))
    columns = ["target_id", "document_id", "jurisdiction", "sector", "clause_ref", "indicator_name", "indicator_code",
               "value", "unit", "comparator", "kind", "per_year", "target_year", "baseline_value", "baseline_year",
               "attribute", "lead_departments", "participating_departments", "deadline", "source_text", "span_text",
               "lead_officials", "position", "section"]
    targets = pd.DataFrame(rows, columns=columns)
    return Staged(path, path.name, result.meta.sha256, _meta_dict(result.meta), targets, result.warnings,
                  replaces=path.name in document_names(indicators_db))


def document_names(indicators_db) -> set[str]:
    if not Path(indicators_db).exists():
        return set()
    try:
        with duckdb.connect(":memory:") as con:
            con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
            tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'i'").fetchall()}
            table = "extracted_documents" if "extracted_documents" in tables else "documents"
            return {r[0] for r in con.execute(f"SELECT source_file FROM i.{table}").fetchall()}
    except duckdb.Error:
        return set()


def _replace_rows(staged: Staged):
    """The ``change`` of :func:`corrections.republish`: this document's machine rows replaced."""
    from etl.model import DocumentMeta

    meta = DocumentMeta(source_file=staged.name, **{k: (v if v is not None else ("" if k != "horizon_year" else None))
                                                     for k, v in staged.meta.items()})
    meta.sha256 = staged.sha256
    doc_id = load.document_id(staged.name)

    def change(con) -> None:
        old = [r[0] for r in con.execute("SELECT target_id FROM extracted_targets WHERE document_id = ?", [doc_id]).fetchall()]
        con.execute("DELETE FROM extracted_targets WHERE document_id = ?", [doc_id])
        con.execute("DELETE FROM extracted_documents WHERE document_id = ?", [doc_id])
        con.execute("INSERT INTO extracted_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    list(load.document_row(meta)))
        rows = [tuple(r) for r in staged.targets.itertuples(index=False)]
        if rows:
            con.executemany(
                "INSERT INTO extracted_targets (target_id, document_id, jurisdiction, sector, clause_ref, indicator_name,"
                " indicator_code, value, unit, comparator, kind, per_year, target_year, baseline_value, baseline_year,"
                " attribute, lead_departments, participating_departments, deadline, source_text, span_text,"
                " lead_officials, position, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?)", [_plain_row(r) for r in rows])
        for name, level, parent in load.jurisdiction_rows([load.DocumentResult(meta, [])]):
            if not con.execute("SELECT count(*) FROM extracted_jurisdictions WHERE name = ?", [name]).fetchone()[0]:
                con.execute("INSERT INTO extracted_jurisdictions VALUES (?, ?, ?)", [name, level, parent])
        change.gone = sorted(set(old) - set(staged.targets["target_id"]))

    return change


def _plain_row(row: tuple) -> list:
    out = []
    for v in row:
        if hasattr(v, "tolist"):
            v = v.tolist()
        if isinstance(v, float) and v != v:
            v = None
        out.append(v)
    return out


def publish(staged: Staged, *, sources_dir, indicators_db, reported_db, account: str, how: str,
            metadata: dict | None = None, reviewed_only: bool = False) -> Published:
    """Publish a staged document: corrections of its metadata recorded (``metadata``: the fields as
    the person confirmed them), the database republished with its rows, then the file moved into
    the sources folder. Nothing is half-done: a failure before the final renames leaves the
    sources, the store's document and the database as they were."""
    sources_dir, indicators_db = Path(sources_dir), Path(indicators_db)
    old_names = _old_target_names(indicators_db, load.document_id(staged.name))
    review.record_document(reported_db, staged.name, account=account, how=how, sha256=staged.sha256,
                           fields=metadata or {}, inferred=staged.meta, withdrawn=False)
    target = sources_dir / staged.name
    if not indicators_db.exists():
        shutil.copyfile(staged.path, target.with_name(f".{target.name}.uploading"))
        os.replace(target.with_name(f".{target.name}.uploading"), target)
        staged.path.unlink(missing_ok=True)
        load.build_database(sources_dir, indicators_db,
                            finalize=corrections.finalize_build(reported_db, reviewed_only))
        return Published(staged.name, load.document_id(staged.name), len(staged.targets))
    change = _replace_rows(staged)
    tmp_source = target.with_name(f".{target.name}.uploading")
    shutil.copyfile(staged.path, tmp_source)
    try:
        report = corrections.republish(indicators_db, reported_db, reviewed_only=reviewed_only, change=change)
        os.replace(tmp_source, target)
    finally:
        tmp_source.unlink(missing_ok=True)
    staged.path.unlink(missing_ok=True)
    gone = [f"{t} {old_names.get(t, '')}".strip() for t in getattr(change, "gone", [])]
    return Published(staged.name, load.document_id(staged.name), len(staged.targets), gone, report)


def _old_target_names(indicators_db: Path, doc_id: str) -> dict[str, str]:
    if not indicators_db.exists():
        return {}
    try:
        with duckdb.connect(":memory:") as con:
            con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
            return dict(con.execute("SELECT target_id, indicator_name FROM i.targets WHERE document_id = ?",
                                    [doc_id]).fetchall())
    except duckdb.Error:
        return {}


def add_file(path: Path, *, sources_dir, indicators_db, reported_db, account: str, how: str, max_bytes: int,
             metadata: dict | None = None, reviewed_only: bool = False) -> Published:
    """Check, read and publish one file in one go (the command line's ``documents add``)."""
    data = Path(path).read_bytes()
    name = check_upload(Path(path).name, data, indicators_db=indicators_db, reported_db=reported_db,
                        max_bytes=max_bytes)
    staged_path = stage(name, data, sources_dir)
    try:
        staged = read_staged(staged_path, sources_dir, indicators_db)
        return publish(staged, sources_dir=sources_dir, indicators_db=indicators_db, reported_db=reported_db,
                       account=account, how=how, metadata=metadata, reviewed_only=reviewed_only)
    finally:
        discard(staged_path)


def discard(staged_path: Path) -> None:
    """Remove a staged file, and the staging folder once it is empty."""
    staged_path.unlink(missing_ok=True)
    try:
        staged_path.parent.rmdir()
    except OSError:  # other uploads are still staged there
        pass


def withdraw(name: str, *, indicators_db, reported_db, account: str, how: str, withdrawn: bool = True,
             reviewed_only: bool = False) -> corrections.ApplyReport:
    """Withdraw a document (its targets hidden, reported values kept) or, ``withdrawn=False``,
    bring it back; the database is republished."""
    if name not in document_names(indicators_db):
        raise DocumentRefused(name, "没有这个文件 / no such document")
    review.record_document(reported_db, name, account=account, how=how, withdrawn=withdrawn)
    return corrections.republish(indicators_db, reported_db, reviewed_only=reviewed_only)


def list_documents(indicators_db, reported_db) -> pd.DataFrame:
    """Every document: file, title, jurisdiction, type, number, date, horizon, targets shown,
    targets hidden, reviewed targets, withdrawn, who added it and when."""
    columns = ["document_id", "source_file", "title", "jurisdiction", "doc_type", "issuing_body", "doc_number",
               "issued_on", "horizon_year", "n_targets", "n_reviewed", "n_hidden"]
    if not Path(indicators_db).exists():
        return pd.DataFrame(columns=columns + ["withdrawn", "account", "at"])
    with duckdb.connect(":memory:") as con:
        con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
        con.execute("USE i")
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'i'").fetchall()}
        hidden = ("(SELECT count(*) FROM hidden_targets h WHERE h.document_id = d.document_id)"
                  if "hidden_targets" in tables else "0")
        df = con.execute(f"""
            SELECT d.document_id, d.source_file, d.title, d.jurisdiction, d.doc_type, d.issuing_body, d.doc_number,
                   d.issued_on, d.horizon_year,
                   (SELECT count(*) FROM targets t WHERE t.document_id = d.document_id) AS n_targets,
                   (SELECT count(*) FROM targets t WHERE t.document_id = d.document_id
                        AND t.review_state IS NOT NULL) AS n_reviewed,
                   {hidden} AS n_hidden
            FROM documents d ORDER BY d.jurisdiction, d.source_file""").df()
    records = review.document_records(reported_db)[["source_file", "withdrawn", "account", "at"]]
    df = df.merge(records, on="source_file", how="left")
    df["withdrawn"] = df["withdrawn"].fillna(False).astype(bool)
    return df


def document_text(path: Path) -> str | None:
    """A source document's text, one paragraph per line read (None when it cannot be read)."""
    from etl.read import read_source

    try:
        return "\n\n".join(read_source(Path(path)).lines)
    except (UnreadableSource, OSError):
        return None


def quote_in(text: str | None, quote: str) -> bool:
    """Are the quoted words in the document, spaces and line breaks aside?"""
    words = "".join(str(quote or "").split())
    return bool(words) and text is not None and words in "".join(text.split())


def _metadata_of(con, documents_table: str, jurisdictions_table: str, name: str) -> dict:
    row = con.execute(f"""
        SELECT d.title, d.jurisdiction, j.level, j.parent, d.doc_type, d.issuing_body, d.doc_number,
               CAST(d.issued_on AS VARCHAR), d.horizon_year
        FROM {documents_table} d LEFT JOIN {jurisdictions_table} j ON j.name = d.jurisdiction
        WHERE d.source_file = ?""", [name]).fetchone()
    return dict(zip(META_FIELDS, row)) if row else {}


def document_metadata(indicators_db, name: str) -> tuple[dict, dict]:
    """(metadata in force, metadata as the machine read it) of one document, field → value."""
    with duckdb.connect(":memory:") as con:
        con.execute("ATTACH ? AS i (READ_ONLY)", [str(indicators_db)])
        con.execute("USE i")
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'i'").fetchall()}
        now = _metadata_of(con, "documents", "jurisdictions", name)
        read = (_metadata_of(con, "extracted_documents", "extracted_jurisdictions", name)
                if "extracted_documents" in tables else now)
    return now, read


def source_version(path: Path) -> tuple | None:
    """What identifies a source file's content for a cache: (size, mtime), None when missing."""
    try:
        s = Path(path).stat()
    except OSError:
        return None
    return (s.st_size, s.st_mtime_ns)
