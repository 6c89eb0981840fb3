"""Plain records passed between the ETL stages."""

from __future__ import annotations

from dataclasses import dataclass, field

COMPARATORS = (">=", "<=", "~", "=")
KINDS = ("level", "increment", "growth_rate")


@dataclass
class DocumentMeta:
    """What we know about one source document (from the manifest, or inferred from its text)."""

    source_file: str
    title: str
    jurisdiction: str
    jurisdiction_level: str = ""  # province / city / county / district / zone
    parent_jurisdiction: str = ""
    doc_type: str = ""
    issuing_body: str = ""
    doc_number: str = ""
    issued_on: str = ""  # ISO date or ""
    horizon_year: int | None = None
    start_year: int | None = None  # the first year the plan covers (2023 of （2023—2025年）)
    sha256: str = ""
    inferred: list[str] = field(default_factory=list)  # names of fields inferred from the text


@dataclass
class Responsibility:
    """Who answers for an item: 〔牵头领导：…；牵头单位：…；责任单位：…〕 or the list's columns."""

    lead_departments: list[str] = field(default_factory=list)
    participating_departments: list[str] = field(default_factory=list)
    lead_officials: list[str] = field(default_factory=list)
    deadline: str = ""


@dataclass
class Clause:
    """One numbered item (or prose paragraph) of a document, with where it sits."""

    ref: str  # "15-2", "30", "(二)3", "table", or the chapter title for prose
    text: str
    sector: str  # the top-level section heading
    headings: list[str] = field(default_factory=list)  # every enclosing heading, outermost first
    responsibility: Responsibility = field(default_factory=Responsibility)
    is_review: bool = False  # sits in a review passage (发展基础, 十三五 results): achieved values
    is_table_row: bool = False
    line_no: int = 0
    row_text: str = ""  # a table row with a target column, as written ("地区生产总值增速 | % | 6")
    follows_event: bool = False  # the paragraph before told an event's projects, and this one breaks them down


@dataclass
class Target:
    """One numeric target value committed to by a document."""

    indicator_name: str
    value: float
    unit: str
    comparator: str = "="
    kind: str = "level"
    per_year: bool = False
    target_year: int | None = None
    baseline_value: float | None = None
    baseline_year: int | None = None
    attribute: str = ""  # 约束性 / 预期性 where the document says
    source_text: str = ""  # the sentence the target came from
    span_text: str = ""  # the shortest piece of it naming indicator and number
    name_from_phrase: bool = False  # no noun found: the name is the phrase around the number
    # filled from the clause by the pipeline
    sector: str = ""  # short: 生态环保, 科技创新… (etl/sectors.py)
    section: str = ""  # the top-level heading as written
    clause_ref: str = ""
    lead_departments: list[str] = field(default_factory=list)
    participating_departments: list[str] = field(default_factory=list)
    lead_officials: list[str] = field(default_factory=list)
    deadline: str = ""
    indicator_code: str | None = None
