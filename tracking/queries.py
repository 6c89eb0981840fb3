"""Every SQL statement of the dashboard, built by small pure functions returning ``(sql, params)``.

Values always travel as parameters; the only identifiers spliced into SQL come from fixed
whitelists here. The queries read the contract tables of ``indicators.duckdb`` plus a relation
``statuses`` (one row per target, from :func:`tracking.status.compute_statuses`) that the data layer
registers on the cursor before running them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

Query = tuple[str, list]

STATUSES_RELATION = "statuses"
STATUS_COLUMNS = (
    "target_id", "status", "completion", "time_share", "latest_value", "latest_period",
    "baseline_used", "baseline_source", "overdue", "explanation",
)
NO_ATTRIBUTE = "none"  # the filter value standing for "the document does not say"


@dataclass(frozen=True)
class Filters:
    """The sidebar selection. Empty tuples and None mean "no restriction"."""

    jurisdiction: str | None = None
    include_sub: bool = True
    sectors: tuple[str, ...] = ()
    department: str | None = None
    years: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    q: str = ""
    overdue: bool = False                    # only targets whose report is overdue (逾期未报)
    department_names: tuple[str, ...] = ()   # the department's other names (tracking.departments)


# Targets joined with their status, document and jurisdiction; every listing starts here.
_FROM = f"""
FROM targets t
LEFT JOIN {STATUSES_RELATION} s ON s.target_id = t.target_id
LEFT JOIN documents d ON d.document_id = t.document_id
LEFT JOIN jurisdictions j ON j.name = t.jurisdiction"""

_STATUS = "COALESCE(CAST(s.status AS VARCHAR), 'no_data')"
_OVERDUE = "COALESCE(TRY_CAST(s.overdue AS BOOLEAN), false)"
# What pages show and count (tracking.overdue.display_status): nothing reported and a report due
# → 'overdue' (逾期未报), else the status.
DISPLAY_STATUS_SQL = f"CASE WHEN {_STATUS} = 'no_data' AND {_OVERDUE} THEN 'overdue' ELSE {_STATUS} END"
# The city first, then counties, then zones, as the documents list them.
_LEVEL_ORDER = "CASE j.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'zone' THEN 3 ELSE 4 END"

_TARGET_COLUMNS = f"""
    t.target_id, t.jurisdiction, j.level AS jurisdiction_level, t.sector, t.indicator_name,
    t.indicator_code, t.comparator, t.value, t.unit, t.kind, t.per_year, t.target_year,
    t.baseline_value, t.baseline_year, t.attribute, t.lead_departments,
    t.participating_departments, t.deadline, t.clause_ref, t.source_text, t.position,
    t.review_state,  -- issue 14: NULL = unreviewed (tracking.corrections sets it)
    d.title AS document_title, d.doc_number,
    {_STATUS} AS status,
    TRY_CAST(s.completion AS DOUBLE) AS completion,
    TRY_CAST(s.time_share AS DOUBLE) AS time_share,
    TRY_CAST(s.latest_value AS DOUBLE) AS latest_value,
    CAST(s.latest_period AS VARCHAR) AS latest_period,
    {_OVERDUE} AS overdue,
    {DISPLAY_STATUS_SQL} AS display_status"""


def where_clause(f: Filters) -> Query:
    """The WHERE clause for a selection, e.g. 冠县 + 生态环保 →
    ``WHERE t.jurisdiction IN (…) AND list_contains(?::VARCHAR[], t.sector)``."""
    conds: list[str] = []
    params: list = []
    if f.jurisdiction:
        if f.include_sub:
            conds.append(
                "t.jurisdiction IN (WITH RECURSIVE sub(name) AS (SELECT ?::VARCHAR UNION"
                " SELECT c.name FROM jurisdictions c JOIN sub ON c.parent = sub.name)"
                " SELECT name FROM sub)"
            )
        else:
            conds.append("t.jurisdiction = ?")
        params.append(f.jurisdiction)
    if f.sectors:
        conds.append("list_contains(?::VARCHAR[], t.sector)")
        params.append(list(f.sectors))
    if f.department:  # by any of its names: 县工业和信息化局 also finds 县工业信息化局
        conds.append("list_has_any(t.lead_departments, ?::VARCHAR[])")
        params.append(list(dict.fromkeys((f.department, *f.department_names))))
    if f.years:
        conds.append("list_contains(?::INTEGER[], t.target_year)")
        params.append([int(y) for y in f.years])
    if f.kinds:
        conds.append("list_contains(?::VARCHAR[], t.kind)")
        params.append(list(f.kinds))
    if f.statuses:  # as shown: 'overdue' is 逾期未报, 'no_data' a target not yet owed
        conds.append(f"list_contains(?::VARCHAR[], {DISPLAY_STATUS_SQL})")
        params.append(list(f.statuses))
    if f.overdue:
        conds.append(_OVERDUE)
    if f.attributes:
        conds.append(f"list_contains(?::VARCHAR[], COALESCE(NULLIF(t.attribute, ''), '{NO_ATTRIBUTE}'))")
        params.append(list(f.attributes))
    if f.q.strip():
        conds.append(
            "(contains(lower(t.indicator_name), ?) OR contains(lower(t.source_text), ?)"
            " OR contains(lower(COALESCE(t.indicator_code, '')), ?))"
        )
        needle = f.q.strip().lower()
        params.extend([needle, needle, needle])
    if not conds:
        return "", []
    return "WHERE " + " AND ".join(conds), params


# --- options for the sidebar -------------------------------------------------------------

def jurisdictions_sql() -> Query:
    """Every jurisdiction with its level and parent, including ones only named by a target."""
    return (
        "SELECT name, level, parent FROM jurisdictions"
        " UNION SELECT DISTINCT jurisdiction, NULL, NULL FROM targets"
        " WHERE jurisdiction NOT IN (SELECT name FROM jurisdictions)"
        " ORDER BY name",
        [],
    )


def _aliases(aliases: Mapping[str, str] | None) -> tuple[str, list]:
    """A relation (alias, canonical) of the department alias table, as two list parameters."""
    names = list(aliases or {})
    return ("(SELECT unnest(?::VARCHAR[]) AS alias, unnest(?::VARCHAR[]) AS canonical)",
            [names, [aliases[n] for n in names] if aliases else []])


def filter_options_sql(aliases: Mapping[str, str] | None = None) -> Query:
    """Distinct values of every list filter, one row per (field, value), in display order;
    departments by their canonical names (``aliases``: alias → canonical, tracking.departments)."""
    relation, alias_params = _aliases(aliases)
    return (
        f"""
        SELECT 'sector' AS field, sector AS value, min(position) AS ord FROM targets
            WHERE sector IS NOT NULL AND sector <> '' GROUP BY sector
        UNION ALL SELECT 'department', dept, count(*) * -1 FROM
            (SELECT COALESCE(a.canonical, w.dept) AS dept FROM (SELECT unnest(lead_departments) AS dept FROM targets) w
             LEFT JOIN {relation} a ON a.alias = w.dept) WHERE dept <> '' GROUP BY dept
        UNION ALL SELECT 'year', CAST(target_year AS VARCHAR), target_year FROM targets
            WHERE target_year IS NOT NULL GROUP BY target_year
        UNION ALL SELECT 'kind', kind, 0 FROM targets GROUP BY kind
        UNION ALL SELECT 'attribute', COALESCE(NULLIF(attribute, ''), ?), 0 FROM targets GROUP BY 2
        ORDER BY field, ord, value""",
        alias_params + [NO_ATTRIBUTE],
    )


def selection_jurisdictions_sql(f: Filters) -> Query:
    """The jurisdictions that have targets in a selection, in ledger order (city first, then
    counties, then zones): what the meeting pack offers, without fetching the ledger itself."""
    where, params = where_clause(f)
    return (
        f"SELECT t.jurisdiction, min({_LEVEL_ORDER}) AS level_order, count(*) AS n {_FROM} {where}"
        " GROUP BY t.jurisdiction ORDER BY level_order, t.jurisdiction",
        params,
    )


# --- overview ------------------------------------------------------------------------------

def status_counts_sql(f: Filters) -> Query:
    """How many targets of the selection are in each status as shown (``overdue``: 逾期未报 with
    nothing reported), how many have reported data, and how many have a report overdue."""
    where, params = where_clause(f)
    return (
        f"SELECT {DISPLAY_STATUS_SQL} AS status, count(*) AS n, count(s.latest_value) AS n_with_data,"
        f" count(*) FILTER (WHERE {_OVERDUE}) AS n_overdue"
        f" {_FROM} {where} GROUP BY 1 ORDER BY 1",
        params,
    )


_BREAKDOWNS = {
    "sector": ("COALESCE(NULLIF(t.sector, ''), '—')", "min(t.position)"),
    "jurisdiction": ("t.jurisdiction", f"min({_LEVEL_ORDER})"),
}


def status_breakdown_sql(f: Filters, by: str) -> Query:
    """Counts per (sector or jurisdiction, status) for the clickable bars."""
    if by not in _BREAKDOWNS:
        raise ValueError(f"cannot break down by {by!r}; choose one of {sorted(_BREAKDOWNS)}")
    category, order = _BREAKDOWNS[by]
    where, params = where_clause(f)
    return (
        "SELECT category, status, n, sum(n) OVER (PARTITION BY category) AS total,"
        " min(ord) OVER (PARTITION BY category) AS category_order FROM ("
        f" SELECT {category} AS category, {DISPLAY_STATUS_SQL} AS status, count(*) AS n, {order} AS ord"
        f" {_FROM} {where} GROUP BY 1, 2)"
        " ORDER BY category_order, category, status",
        params,
    )


def headline_targets_sql(f: Filters, per_jurisdiction: int = 8, max_jurisdictions: int | None = None) -> Query:
    """The headline targets of each jurisdiction in the selection: those matched to the indicator
    catalog first, then in document order; at most ``per_jurisdiction`` each, and only the first
    ``max_jurisdictions`` jurisdictions (city first, then counties, then zones) when given — the
    overview draws six of the province's 149, so the other rows are never fetched."""
    where, params = where_clause(f)
    sql = (
        f"SELECT * FROM (SELECT {_TARGET_COLUMNS}, {_LEVEL_ORDER} AS level_order,"
        " row_number() OVER (PARTITION BY t.jurisdiction ORDER BY t.indicator_code IS NULL,"
        "  t.document_id, t.position NULLS LAST, t.target_id) AS rank,"
        " count(*) OVER (PARTITION BY t.jurisdiction) AS n_in_jurisdiction"
        f" {_FROM} {where}) WHERE rank <= ?"
    )
    params = params + [int(per_jurisdiction)]
    if max_jurisdictions is not None:
        sql = (f"SELECT * EXCLUDE (jurisdiction_rank) FROM (SELECT *, dense_rank() OVER"
               f" (ORDER BY level_order, jurisdiction) AS jurisdiction_rank FROM ({sql}))"
               " WHERE jurisdiction_rank <= ?")
        params = params + [int(max_jurisdictions)]
    return sql + " ORDER BY level_order, jurisdiction, rank", params


# --- ledger and indicator -----------------------------------------------------------------

def ledger_sql(f: Filters, limit: int | None = None) -> Query:
    """The filtered targets with everything the ledger shows, city first, in document order."""
    where, params = where_clause(f)
    sql = (
        f"SELECT {_TARGET_COLUMNS} {_FROM} {where}"
        f" ORDER BY {_LEVEL_ORDER}, t.jurisdiction, t.document_id, t.position NULLS LAST, t.target_id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params = params + [int(limit)]
    return sql, params


def target_choices_sql(f: Filters, limit: int) -> Query:
    """What the indicator page's picker needs of the first ``limit`` targets of the selection, in
    ledger order: the id and the parts of its label (jurisdiction, name, comparator, value, unit)."""
    where, params = where_clause(f)
    return (
        "SELECT t.target_id, t.jurisdiction, t.indicator_code, t.indicator_name, t.comparator, t.value, t.unit"
        f" {_FROM} {where}"
        f" ORDER BY {_LEVEL_ORDER}, t.jurisdiction, t.document_id, t.position NULLS LAST, t.target_id LIMIT ?",
        params + [int(limit)],
    )


def target_sql(target_id: str) -> Query:
    """One target with its document, officials and the shortest span naming it."""
    return (
        f"SELECT {_TARGET_COLUMNS}, t.span_text, t.lead_officials, t.document_id,"
        " d.source_file, d.issuing_body, d.issued_on, s.explanation, s.baseline_source,"
        f" TRY_CAST(s.baseline_used AS DOUBLE) AS baseline_used {_FROM} WHERE t.target_id = ?",
        [target_id],
    )


def all_targets_sql() -> Query:
    """Every target row, as :func:`tracking.status.compute_statuses` expects them."""
    return "SELECT * FROM targets ORDER BY target_id", []


# --- comparison and departments -------------------------------------------------------------

def indicator_codes_sql() -> Query:
    """Catalogued indicators, those found in most jurisdictions first, each with the name most of
    its targets use (ties: the shorter, then the first in sort order — the same name every time)."""
    return (
        "WITH named AS (SELECT indicator_code, indicator_name, count(*) AS n FROM targets"
        "  WHERE indicator_code IS NOT NULL AND indicator_code <> '' GROUP BY ALL),"
        " usual AS (SELECT indicator_code, indicator_name FROM named QUALIFY row_number() OVER"
        "  (PARTITION BY indicator_code ORDER BY n DESC, length(indicator_name), indicator_name) = 1)"
        " SELECT t.indicator_code, u.indicator_name,"
        " count(DISTINCT t.jurisdiction) AS n_jurisdictions, count(*) AS n_targets"
        " FROM targets t JOIN usual u USING (indicator_code)"
        " GROUP BY t.indicator_code, u.indicator_name ORDER BY n_jurisdictions DESC, n_targets DESC, t.indicator_code",
        [],
    )


def comparison_sql(indicator_code: str) -> Query:
    """Every target of one catalogued indicator, side by side across jurisdictions."""
    return (
        f"SELECT {_TARGET_COLUMNS} {_FROM} WHERE t.indicator_code = ?"
        f" ORDER BY {_LEVEL_ORDER}, t.jurisdiction, t.target_year NULLS LAST, t.target_id",
        [indicator_code],
    )


def department_breakdown_sql(f: Filters, aliases: Mapping[str, str] | None = None) -> Query:
    """Targets per lead department and status (and status as shown, ``display_status``: 逾期未报 for
    those owed and never reported), with how many reports are overdue. A department is
    counted under its canonical name (``aliases``: alias → canonical); ``written_as`` lists the
    names its targets' documents use ("县工业和信息化局、县工业信息化局")."""
    where, params = where_clause(f)
    relation, alias_params = _aliases(aliases)
    dept_cond = ""
    if f.department:
        dept_cond = "WHERE department = ?"
    return (
        "WITH rows AS (SELECT COALESCE(a.canonical, w.written) AS department, w.written, w.status, w.display_status,"
        " w.overdue FROM ("
        f" SELECT unnest(t.lead_departments) AS written, {_STATUS} AS status, {DISPLAY_STATUS_SQL} AS display_status,"
        f" {_OVERDUE} AS overdue {_FROM} {where}) w LEFT JOIN {relation} a ON a.alias = w.written),"
        " names AS (SELECT department, string_agg(written, '、' ORDER BY written <> department, written) AS written_as"
        "  FROM (SELECT DISTINCT department, written FROM rows) GROUP BY department)"
        " SELECT department, status, display_status, count(*) AS n, count(*) FILTER (WHERE overdue) AS overdue,"
        " sum(count(*)) OVER (PARTITION BY department) AS total, any_value(names.written_as) AS written_as"
        f" FROM rows JOIN names USING (department) {dept_cond}"
        " GROUP BY department, status, display_status ORDER BY total DESC, department, status, display_status",
        params + alias_params + ([f.department] if f.department else []),
    )


def reporting_duties_sql(f: Filters, aliases: Mapping[str, str] | None = None, examples: int = 3) -> Query:
    """Who reports what in a selection: per jurisdiction and lead department (canonical name;
    NULL for targets that name none), the number of targets, how many are overdue, and the first
    ``examples`` indicator names in document order — the first visit's "县发展改革局 · 23 项 ·
    居民人均可支配收入增速、…"."""
    where, params = where_clause(f)
    relation, alias_params = _aliases(aliases)
    return (
        "WITH rows AS (SELECT w.jurisdiction, w.level_order, COALESCE(a.canonical, w.written) AS department,"
        " w.indicator_name, w.overdue, w.ord FROM ("
        f" SELECT t.jurisdiction, {_LEVEL_ORDER} AS level_order, t.indicator_name, {_OVERDUE} AS overdue,"
        "  row_number() OVER (ORDER BY t.document_id, t.position NULLS LAST, t.target_id) AS ord,"
        "  unnest(CASE WHEN len(t.lead_departments) > 0 THEN t.lead_departments ELSE [NULL] END) AS written"
        f" {_FROM} {where}) w LEFT JOIN {relation} a ON a.alias = w.written)"
        " SELECT jurisdiction, department, count(*) AS n, count(*) FILTER (WHERE overdue) AS n_overdue,"
        " list(indicator_name ORDER BY ord)[1:?] AS examples"
        " FROM rows GROUP BY jurisdiction, level_order, department"
        " ORDER BY level_order, jurisdiction, department IS NULL, n DESC, department",
        params + alias_params + [int(examples)],
    )
