"""Documents and targets → ``indicators.duckdb``, written atomically.

The build writes a new file beside the old one (``indicators.duckdb.building``) and only when
everything is in it replaces the old file with ``os.replace`` — one rename, so a reader sees either
the old database or the new one, never half of one, and a crash or a bad file leaves the old
database in place. An app that has the old file open keeps reading it until it reconnects.
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from etl import schema
from etl.catalog import load_catalog, match_indicator
from etl.clean import drop_spaces
from etl.divisions import lookup
from etl.metadata import describe_missing, infer_metadata, merge_metadata, read_manifest
from etl.model import DocumentMeta, Target
from etl.pipeline import document_to_targets
from etl.read import UnreadableSource, read_source
from etl.schema import discard_partial

SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf", ".docx"}
IGNORED_FILES = {"manifest.csv", "truth_metadata.csv", "README.md", "readme.md", "SOURCES.md", ".gitkeep"}
IGNORED_SUFFIXES = {".jsonl",  # hand readings kept beside their documents (tests/fixtures/unseen)
                    ".duckdb", ".wal", ".building", ".lock", ".tmp"}  # a database built beside its sources, its locks


class BuildError(Exception):
    """The build could not produce a database (nothing was replaced)."""


@dataclass
class DocumentResult:
    meta: DocumentMeta
    targets: list[Target]
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildReport:
    """What a build did: documents loaded, files that failed (with reasons), warnings."""

    db_path: Path
    documents: list[DocumentResult] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)

    @property
    def n_targets(self) -> int:
        return sum(len(d.targets) for d in self.documents)

    def targets_by(self, key: Callable[[DocumentResult, Target], str]) -> Counter:
        return Counter(key(d, t) for d in self.documents for t in d.targets)


def document_id(source_file: str) -> str:
    """Stable id of a document: derived from its file name, not its content, so a corrected
    file keeps its id (and its targets keep theirs)."""
    return "D" + hashlib.sha1(source_file.encode("utf-8")).hexdigest()[:10]


def target_id(source_file: str, target: Target, occurrence: int) -> str:
    """Stable id of a target: document, indicator, kind, per-year flag and which occurrence of that
    combination in the document it is. The value, clause number and wording around it may change
    (a corrected number, an inserted item) without changing the id, so reported values stay
    attached across rebuilds."""
    key = "|".join([source_file, drop_spaces(target.indicator_name), target.kind, str(target.per_year), str(occurrence)])
    return "T" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def source_files(sources_dir: Path) -> list[Path]:
    """Every file of the sources folder that is meant to be a document (sorted by name)."""
    return sorted(
        p for p in sources_dir.iterdir()
        if p.is_file() and p.name not in IGNORED_FILES and p.suffix not in IGNORED_SUFFIXES and not p.name.startswith(".")
    )


def process_document(path: Path, manifest: dict[str, DocumentMeta], catalog, read_workers: int = 2,
                     on_page: Callable[[int, int], None] | None = None) -> DocumentResult:
    """Read, structure and extract one file. Raises UnreadableSource. ``read_workers`` processes
    recognise a scanned PDF's pages (and read a long PDF's text); ``on_page(done, total)`` follows
    the recognition."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise UnreadableSource(path, f"unknown file type '{path.suffix or '(none)'}' (expected .txt, .md, .pdf or .docx)")
    source = read_source(path, workers=read_workers, on_page=on_page)
    warnings = list(source.warnings)
    meta = document_meta(path.name, source.lines, manifest.get(path.name))
    if meta.inferred:
        warnings.append(
            ("no manifest row; " if path.name not in manifest else "")
            + "从正文推断 inferred from the text: "
            + ", ".join(f"{f}={getattr(meta, f, '')!r}" for f in meta.inferred)
        )
    missing = describe_missing(meta)
    if missing:
        warnings.append(missing)
    meta.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    targets, _ = document_to_targets(source.lines, meta)
    for t in targets:
        t.indicator_code = match_indicator(t.indicator_name, t.unit, t.kind, catalog)
    return DocumentResult(meta, targets, warnings)


def document_meta(name: str, lines: list[str], given: DocumentMeta | None) -> DocumentMeta:
    """The manifest's row completed by what the text says (:func:`etl.metadata.merge_metadata`).
    A document whose text gives nothing still gets a meta: 未知地区, its file name as title."""
    given = copy.deepcopy(given) if given is not None else None
    return merge_metadata(given, infer_metadata(name, lines))


def build_database(
    sources_dir: Path,
    db_path: Path,
    on_document: Callable[[Path], None] | None = None,
    workers: int = 1,
    on_page: Callable[[Path, int, int], None] | None = None,
    finalize: Callable[[Path, Path], None] | None = None,
) -> BuildReport:
    """Build ``db_path`` from every document in ``sources_dir``; replace the old file only when the
    new one is complete. Unreadable documents are reported in ``report.failures`` and skipped;
    the others still load. ``workers`` > 1 reads and extracts documents in that many processes
    (the order of the results, and so every target id, is the same as with one). With one worker,
    a scanned PDF's pages are recognised in two processes and ``on_page(path, done, total)``
    follows them; with more, each document is read in its own worker alone (the cores are busy).
    ``finalize``, when given, is called with the complete new file and ``db_path`` before the new
    file replaces the old (the command line passes the officials' corrections there,
    :mod:`tracking.corrections`; the build never imports them)."""
    sources_dir, db_path = Path(sources_dir), Path(db_path)
    if not sources_dir.is_dir():
        raise BuildError(f"sources folder not found: {sources_dir}")
    manifest_warnings: list[str] = []
    manifest = read_manifest(sources_dir / "manifest.csv", manifest_warnings)
    catalog = load_catalog()
    report = BuildReport(db_path=db_path)
    report.warnings.extend(("manifest.csv", w) for w in manifest_warnings)
    for path, outcome in _process_all(source_files(sources_dir), manifest, catalog, workers, on_document, on_page):
        if isinstance(outcome, UnreadableSource):
            report.failures.append((path.name, outcome.reason))
            continue
        report.documents.append(outcome)
        report.warnings.extend((path.name, w) for w in outcome.warnings)
        if not outcome.targets:
            report.warnings.append((path.name, "no targets found"))
    if not report.documents:
        raise BuildError(f"no readable documents in {sources_dir}; nothing was replaced")
    tmp = db_path.with_name(db_path.name + ".building")
    discard_partial(tmp)
    try:
        write_database(tmp, report, sources_dir)
        if finalize is not None:
            finalize(tmp, db_path)
        os.replace(tmp, db_path)
    except BaseException:
        discard_partial(tmp)
        raise
    return report



def _process_or_fail(path: Path, manifest, catalog, read_workers: int = 2,
                     on_page: Callable[[int, int], None] | None = None) -> DocumentResult | UnreadableSource:
    """Issue 15: one file's failure, whatever raised it, is that file's named failure; the build
    goes on with the others."""
    try:
        return process_document(path, manifest, catalog, read_workers, on_page)
    except UnreadableSource as err:
        return err
    except Exception as err:  # a defect in a later stage on this file's text: named, not fatal
        return UnreadableSource(path, f"could not be processed ({type(err).__name__}: {err}) (文件处理失败)")


def _process_all(paths: list[Path], manifest, catalog, workers: int, on_document, on_page=None):
    """(path, DocumentResult or UnreadableSource) for every path, in the order given."""
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            if on_document:
                on_document(path)
            pages = (lambda done, total, path=path: on_page(path, done, total)) if on_page else None
            yield path, _process_or_fail(path, manifest, catalog, 2, pages)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_process_or_fail, path, manifest, catalog, 1) for path in paths]
        for path, future in zip(paths, futures):
            outcome = future.result()
            if on_document:
                on_document(path)
            yield path, outcome


def write_database(path: Path, report: BuildReport, sources_dir: Path) -> None:
    con = duckdb.connect(str(path))
    try:
        schema.create_all(con)
        con.execute("BEGIN")
        con.executemany("INSERT INTO jurisdictions VALUES (?, ?, ?)", list(jurisdiction_rows(report.documents)))
        _insert_many(
            con,
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [document_row(d.meta) for d in report.documents],
        )
        _insert_many(
            con,
            "INSERT INTO targets (target_id, document_id, jurisdiction, sector, clause_ref, indicator_name,"
            " indicator_code, value, unit, comparator, kind, per_year, target_year, baseline_value,"
            " baseline_year, attribute, lead_departments, participating_departments, deadline,"
            " source_text, span_text, lead_officials, position, section)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row for d in report.documents for row in target_rows(d)],
        )
        _insert_many(
            con,
            "INSERT INTO build_warnings VALUES (?, ?, ?)",
            [(f, "warning", m) for f, m in report.warnings] + [(f, "unreadable", r) for f, r in report.failures],
        )
        con.execute(
            "INSERT INTO build_info VALUES (?, ?, ?, ?)",
            [datetime.now(), str(sources_dir), len(report.documents), report.n_targets],
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _insert_many(con, sql: str, rows: list) -> None:
    """executemany, which DuckDB refuses for an empty list."""
    if rows:
        con.executemany(sql, rows)


def jurisdiction_rows(documents: Iterable[DocumentResult]) -> Iterable[tuple[str, str, str | None]]:
    """One row per jurisdiction named by a document, then the parents they name (聊城市 → 山东省)."""
    seen: dict[str, tuple[str, str, str | None]] = {}
    for d in documents:
        m = d.meta
        if m.jurisdiction not in seen or not seen[m.jurisdiction][1]:
            seen[m.jurisdiction] = (m.jurisdiction, m.jurisdiction_level or _guess_level(m.jurisdiction), m.parent_jurisdiction or None)
    for d in documents:
        m = d.meta
        if m.parent_jurisdiction and m.parent_jurisdiction not in seen:
            parent = lookup(m.parent_jurisdiction)
            if parent is not None:
                seen[m.parent_jurisdiction] = (parent.name, parent.level, parent.parent or None)
            else:
                seen[m.parent_jurisdiction] = (m.parent_jurisdiction, _parent_level(m.jurisdiction_level), None)
    return list(seen.values())


def _parent_level(level: str) -> str:
    return {"county": "city", "district": "city", "zone": "city", "city": "province"}.get(level, "")


def _guess_level(name: str) -> str:
    if name.endswith("省"):
        return "province"
    if name.endswith(("开发区", "度假区", "高新区", "园区")):
        return "zone"
    if name.endswith(("县", "区")) or (name.endswith("市") and len(name) <= 3 and name != "聊城市"):
        return "county"
    return "city" if name.endswith("市") else ""


def document_row(m: DocumentMeta) -> tuple:
    return (
        document_id(m.source_file), m.source_file, m.title, m.jurisdiction, m.doc_type or None,
        m.issuing_body or None, m.doc_number or None, m.issued_on or None, m.horizon_year, m.sha256,
        list(m.inferred),
    )


def target_rows(d: DocumentResult) -> Iterable[tuple]:
    occurrences: Counter = Counter()
    doc_id = document_id(d.meta.source_file)
    for position, t in enumerate(d.targets):
        key = (drop_spaces(t.indicator_name), t.kind, t.per_year)
        occurrences[key] += 1
        yield (
            target_id(d.meta.source_file, t, occurrences[key]), doc_id, d.meta.jurisdiction, t.sector or None,
            t.clause_ref or None, t.indicator_name, t.indicator_code, t.value, t.unit, t.comparator, t.kind,
            t.per_year, t.target_year, t.baseline_value, t.baseline_year, t.attribute or None,
            t.lead_departments, t.participating_departments, t.deadline or None, t.source_text,
            t.span_text, t.lead_officials, position, t.section or None,
        )
