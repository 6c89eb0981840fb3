"""One document's clean lines → its targets, each carrying its clause, sector and departments."""

from __future__ import annotations

import re

from etl.extract import clause_to_targets
from etl.indicator_table import rows_to_targets
from etl.model import Clause, DocumentMeta, Target
from etl.structure import parse_structure


def first_plan_year(meta: DocumentMeta) -> int | None:
    """The first year the plan covers: "三年行动计划（2023—2025年）" → 2023; else the year it was
    issued; else three years before its horizon. Values stated for earlier years are history."""
    m = re.search(r"(20\d\d)\s*[-—–至]\s*(20\d\d)", meta.title)
    if m:
        return int(m.group(1))
    if meta.issued_on:
        return int(meta.issued_on[:4])
    if meta.horizon_year:
        return meta.horizon_year - 2
    return None


def document_to_targets(lines: list[str], meta: DocumentMeta) -> tuple[list[Target], list[Clause]]:
    """Structure the lines, extract every clause's targets and the indicator table's, attach each
    clause's sector, reference and responsibility, and drop repeats (a responsibility annex that
    restates a prose target keeps one copy, the one that names its lead department)."""
    clauses, table_rows = parse_structure(lines)
    start = first_plan_year(meta)
    targets: list[Target] = []
    for table_target in rows_to_targets(table_rows):
        table_target.sector = _table_sector(clauses)
        table_target.target_year = table_target.target_year or meta.horizon_year
        targets.append(table_target)
    for clause in clauses:
        for t in clause_to_targets(clause, meta.horizon_year, start):
            t.sector = clause.sector
            t.clause_ref = clause.ref
            r = clause.responsibility
            t.lead_departments = list(r.lead_departments)
            t.participating_departments = list(r.participating_departments)
            t.lead_officials = list(r.lead_officials)
            t.deadline = r.deadline
            targets.append(t)
    return drop_repeats(targets), clauses


def _table_sector(clauses: list[Clause]) -> str:
    for c in clauses:
        if c.sector:
            return c.sector
    return ""


def drop_repeats(targets: list[Target]) -> list[Target]:
    """The same number for the same indicator phrase twice in one document is one target.

    冠县's plan states "高新技术企业达到 80 家" in its prose and again in its responsibility annex;
    the copy that names a lead department wins.
    """
    best: dict[tuple, int] = {}
    order: list[tuple] = []
    for i, t in enumerate(targets):
        key = (t.value, t.unit, t.kind, _squash(t.indicator_name), t.target_year)
        kept = targets[best[key]] if key in best else None
        if kept is None:
            best[key] = i
            order.append(key)
        elif _squash(kept.source_text) == _squash(t.source_text):
            continue
        elif bool(kept.lead_departments) != bool(t.lead_departments):
            if t.lead_departments:
                best[key] = i
        else:
            # two distinct statements that happen to read alike: keep both
            best[(key, i)] = i
            order.append((key, i))
    return [targets[best[k]] for k in order]


def _squash(text: str) -> str:
    return re.sub(r"[\s“”\"（）()]", "", text)
