"""Document metadata: the manifest row when there is one, else inferred from the text.

``data/sources/manifest.csv`` columns: file, title, jurisdiction, jurisdiction_level,
parent_jurisdiction, doc_type, issuing_body, doc_number, issued_date, horizon_year.
A document without a row still loads: its title, issuing body, jurisdiction, doc number
(〔2023〕5号) and horizon (2023—2025) are read from its first lines, and a warning says which.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from etl.model import DocumentMeta

MANIFEST_COLUMNS = ["file", "title", "jurisdiction", "jurisdiction_level", "parent_jurisdiction",
                    "doc_type", "issuing_body", "doc_number", "issued_date", "horizon_year"]


class ManifestError(Exception):
    """The manifest cannot be used; the message names the file, row and field."""


def read_manifest(path: Path, warnings: list[str] | None = None) -> dict[str, DocumentMeta]:
    """Rows of the manifest by file name. Every problem is collected, then raised together, each
    naming its row (the header is row 1) and field: text that is not UTF-8 (a GBK file saved by
    Excel: "row 3: field 'title' is not UTF-8; as GBK it reads '聊城市…'"), a row with fewer or more
    fields than the header, a file named twice, a path instead of a file name, a bad year or date.
    A row naming a file that is not beside the manifest is no error (a folder may hold part of the
    sources); it is added to ``warnings`` when a list is given."""
    if not path.exists():
        return {}
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise ManifestError(f"{path}: is UTF-16 or binary, not CSV UTF-8: save it as 'CSV UTF-8' in Excel")
    # Undecodable bytes survive as surrogates, so each can be traced to its row and field.
    text = data.decode("utf-8-sig", errors="surrogateescape")
    problems: list[str] = []
    metas: dict[str, DocumentMeta] = {}
    first_row: dict[str, int] = {}
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as e:
        raise ManifestError(f"{path}: row 1: cannot be read as CSV ({e})") from e
    problems += [f"{path}: row 1: {p}" for p in _undecodable({f"column {i + 1}": h for i, h in enumerate(fieldnames)})]
    missing = [c for c in ("file", "title", "jurisdiction") if c not in fieldnames]
    if missing:
        raise ManifestError("\n".join(problems + [f"{path}: missing column(s) {', '.join(missing)}"]))
    row_no = 1
    try:
        for row_no, row in enumerate(reader, start=2):
            where = f"{path}: row {row_no}"
            if None in row:  # DictReader's restkey: values beyond the header
                problems.append(f"{where}: {len(fieldnames) + len(row[None])} fields, the header has "
                                f"{len(fieldnames)} (extra: {', '.join(repr(v) for v in row.pop(None))})")
            short = [k for k, v in row.items() if v is None]  # DictReader's restval: fields the row lacks
            if short:
                problems.append(f"{where}: {len(fieldnames) - len(short)} fields, the header has {len(fieldnames)}: "
                                f"field(s) {', '.join(repr(k) for k in short)} missing")
            bad = _undecodable({f"field {k!r}": v for k, v in row.items() if v})
            if bad:
                problems += [f"{where}: {p}" for p in bad]
                continue
            name = (row.get("file") or "").strip()
            if not name:
                problems.append(f"{where}: field 'file' is empty")
                continue
            if "/" in name or "\\" in name:
                problems.append(f"{where}: field 'file' must be a file name in {path.parent.name}/, not a path: {name!r}")
                continue
            if name in first_row:
                problems.append(f"{where}: field 'file': {name!r} repeats row {first_row[name]}")
                continue
            first_row[name] = row_no
            if warnings is not None and not (path.parent / name).exists():
                warnings.append(f"row {row_no}: field 'file': no file {name!r} beside the manifest; the row is unused")
            horizon = (row.get("horizon_year") or "").strip()
            if horizon and not re.fullmatch(r"20\d\d", horizon):
                problems.append(f"{path}: row {row_no}: field 'horizon_year' is not a year: {horizon!r}")
                horizon = ""
            issued = (row.get("issued_date") or "").strip()
            if issued and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
                problems.append(f"{path}: row {row_no}: field 'issued_date' is not YYYY-MM-DD: {issued!r}")
                issued = ""
            metas[name] = DocumentMeta(
                source_file=name,
                title=(row.get("title") or "").strip(),
                jurisdiction=(row.get("jurisdiction") or "").strip(),
                jurisdiction_level=(row.get("jurisdiction_level") or "").strip(),
                parent_jurisdiction=(row.get("parent_jurisdiction") or "").strip(),
                doc_type=(row.get("doc_type") or "").strip(),
                issuing_body=(row.get("issuing_body") or "").strip(),
                doc_number=(row.get("doc_number") or "").strip(),
                issued_on=issued,
                horizon_year=int(horizon) if horizon else None,
            )
    except csv.Error as e:
        problems.append(f"{path}: row {row_no + 1}: cannot be read as CSV ({e})")
    if problems:
        raise ManifestError("\n".join(problems))
    return metas


_SURROGATES = re.compile(r"[\udc80-\udcff]")


def _undecodable(cells: dict[str, str]) -> list[str]:
    """Cells holding bytes that are not UTF-8, each said with what it reads as in GB18030 (GBK),
    the encoding Excel uses for "CSV" on Chinese Windows."""
    found = []
    for label, value in cells.items():
        if not _SURROGATES.search(value):
            continue
        raw = value.encode("utf-8", errors="surrogateescape")
        try:
            guess = f"; as GBK it reads {raw.decode('gb18030')!r}"
        except UnicodeDecodeError:
            guess = ""
        found.append(f"{label} is not UTF-8{guess}: save the manifest as 'CSV UTF-8'")
    return found


DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}〔\s*(20\d\d)\s*〕\s*\d+\s*号")
HORIZON_RE = re.compile(r"[（(]\s*(20\d\d)\s*[-—–至]\s*(20\d\d)\s*年?\s*[)）]")
ISSUED_RE = re.compile(r"^(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
BODY_RE = re.compile(r"^(.{2,40}?)(?:文件|办公室文件)$")
JURISDICTION_RE = re.compile(r"(聊城[\u4e00-\u9fff]{0,12}?(?:开发区|度假区|高新区)|[\u4e00-\u9fff]{1,3}(?:县|市|区)(?=人民政府|委员会|县委|深化|国民|[\u4e00-\u9fff]{0,4}(?:三年|年度|规划|重点工作)))")


def infer_metadata(source_file: str, lines: list[str]) -> DocumentMeta:
    """Read title, issuing body, jurisdiction, doc number, issue date and horizon from the text.

    "冠发〔2023〕5号" → doc number; "…三年行动计划（2023—2025年）" → horizon 2025; "中共冠县县委文件"
    → issuing body 中共冠县县委; the title is the line after the 关于印发… notice, or the first long
    line naming a plan."""
    head = [l.strip() for l in lines[:60] if l.strip()]
    meta = DocumentMeta(source_file=source_file, title="", jurisdiction="")
    for line in head:
        if not meta.issuing_body:
            m = BODY_RE.match(line)
            if m:
                meta.issuing_body = m.group(1).strip()
                meta.inferred.append("issuing_body")
        if not meta.doc_number:
            m = DOC_NUMBER_RE.search(line)
            if m and len(line) < 30:
                meta.doc_number = re.sub(r"\s+", "", m.group(0))
                meta.inferred.append("doc_number")
        if not meta.issued_on:
            m = ISSUED_RE.match(line.replace(" ", ""))
            if m:
                meta.issued_on = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
                meta.inferred.append("issued_on")
    title = _infer_title(head)
    if title:
        meta.title = title
        meta.inferred.append("title")
    else:
        meta.title = Path(source_file).stem
    m = HORIZON_RE.search(meta.title) or next((HORIZON_RE.search(l) for l in head if HORIZON_RE.search(l)), None)
    if m:
        meta.horizon_year = int(m.group(2))
        meta.inferred.append("horizon_year")
    else:
        m = re.search(r"(20\d\d)\s*年", meta.title)
        if m:
            meta.horizon_year = int(m.group(1))
            meta.inferred.append("horizon_year")
    j = JURISDICTION_RE.search(meta.title) or JURISDICTION_RE.search(meta.issuing_body or "")
    if j:
        meta.jurisdiction = j.group(1).replace("中共", "")
        meta.inferred.append("jurisdiction")
    else:
        meta.jurisdiction = "未知地区"
    return meta


def _infer_title(head: list[str]) -> str:
    for line in head:
        m = re.search(r"关于印发\s*《?(.+?)》?\s*的通知", line)
        if m:
            return re.sub(r"\s+", "", m.group(1)).strip("《》〈〉")
    for line in head:
        if 8 <= len(line) <= 80 and re.search(r"(规划|计划|方案|任务|清单|纲要|要点)", line) and not re.search(r"[。；]", line):
            return re.sub(r"\s+", "", line)
    return ""
