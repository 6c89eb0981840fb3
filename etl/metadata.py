"""Document metadata: the manifest row when there is one, else inferred from the text.

``data/sources/manifest.csv`` columns: file, title, jurisdiction, jurisdiction_level,
parent_jurisdiction, doc_type, issuing_body, doc_number, issued_date, horizon_year.
A document without a row still loads: its title, issuing body, jurisdiction, doc number
(〔2023〕5号) and horizon (2023—2025) are read from its first lines, and a warning says which.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from etl.model import DocumentMeta

MANIFEST_COLUMNS = ["file", "title", "jurisdiction", "jurisdiction_level", "parent_jurisdiction",
                    "doc_type", "issuing_body", "doc_number", "issued_date", "horizon_year"]


class ManifestError(Exception):
    """The manifest cannot be used; the message names the file, row and field."""


def read_manifest(path: Path) -> dict[str, DocumentMeta]:
    """Rows of the manifest by file name. Every problem is collected, then raised together."""
    if not path.exists():
        return {}
    problems: list[str] = []
    metas: dict[str, DocumentMeta] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("file", "title", "jurisdiction") if c not in (reader.fieldnames or [])]
        if missing:
            raise ManifestError(f"{path}: missing column(s) {', '.join(missing)}")
        for row_no, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if not name:
                problems.append(f"{path}: row {row_no}: field 'file' is empty")
                continue
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
    if problems:
        raise ManifestError("\n".join(problems))
    return metas


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
