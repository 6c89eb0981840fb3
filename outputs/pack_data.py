"""What a meeting pack (会议材料) shows, read with plain DuckDB: no Streamlit, no cache.

The command line (``python -m etl meeting-pack``) and the app's 会议材料 button both call
:func:`load_pack_data` with the sidebar's :class:`~tracking.queries.Filters` and the pack's
:class:`PackOptions`, so the same selection gives the same content. Statuses come from
:func:`tracking.reported.current_statuses`, the function the app uses, and the ledger rows from
:func:`tracking.queries.ledger_sql`, the query the 目标台账 page uses.

The shaping helpers at the end (counts, the indicators that get a slide, lagging targets by
department) are pure functions of the loaded ledger, so the slides, the workbook and the tests
all count from the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

import pandas as pd

import settings
from tracking import db, departments
from tracking import queries as Q
from tracking import reported as reported_store
from tracking.names import shown_name
from tracking.overdue import DISPLAY_CODES, OVERDUE
from tracking.status import STATUS_COLUMNS

LAGGING = ("off_track", "at_risk")  # 严重滞后, 进度滞后: the order they are discussed in
SHEETS_BY = ("jurisdiction", "department")
DEFAULT_MAX_SLIDES = 12
NO_LEAD = ""  # department key of targets whose document names no lead unit


# --- errors: they carry what went wrong; the CLI and the app word it (outputs.pack.describe) --

class PackError(Exception):
    """A meeting pack could not be made."""


class DatabaseMissing(PackError):
    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"{path}: no indicators database")


class UnknownJurisdiction(PackError):
    def __init__(self, name: str, known: list[str]):
        self.name, self.known = name, known
        super().__init__(f"unknown jurisdiction {name!r}")


class EmptySelection(PackError):
    """No target matches the filters and the pack's options."""

    def __init__(self, filters: Q.Filters, options: PackOptions):
        self.filters, self.options = filters, options
        super().__init__(f"no targets for {filters} with {options}")


# --- what to put in the pack ---------------------------------------------------------------

@dataclass(frozen=True)
class PackOptions:
    """Choices made before building.

    ``jurisdictions``: which of the selection's jurisdictions to include (empty: all of them).
    ``statuses``: which statuses, as the pages show them (``overdue`` is 逾期未报), to include
    (empty: all); they replace the sidebar's status filter, which the app offers as the default. ``since``: highlight values reported on or after
    this day (the last meeting). ``sheets_by``: one workbook sheet per jurisdiction or per lead
    department.
    """

    jurisdictions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    max_slides: int = DEFAULT_MAX_SLIDES
    since: date | None = None
    sheets_by: str = "jurisdiction"

    def __post_init__(self):
        if self.max_slides < 0:
            raise ValueError("max_slides must be 0 or more")
        if self.sheets_by not in SHEETS_BY:
            raise ValueError(f"sheets_by must be one of {SHEETS_BY}, not {self.sheets_by!r}")
        unknown = [s for s in self.statuses if s not in DISPLAY_CODES]
        if unknown:
            raise ValueError(f"unknown status {unknown[0]!r}; choose from {DISPLAY_CODES}")


@dataclass
class PackData:
    """Everything the pack shows, for one selection on one day.

    ``ledger``: the rows of :func:`tracking.queries.ledger_sql` for the chosen jurisdictions, in
    the ledger's order, plus ``baseline_used`` and ``explanation`` from the statuses,
    ``changed_periods`` (periods whose shown value was reported since ``options.since``, e.g.
    ``"2024Q3"``; "" when none) and ``shown_name``/``name_from_phrase``, the name slides show
    (:func:`tracking.names.shown_name`: the clause's phrase where the stored name is not a noun).
    ``reported``: the latest reported value of every period of those targets (for the path
    charts). ``aliases``: the department alias table (alias → canonical, tracking.departments).
    """

    filters: Q.Filters
    options: PackOptions
    today: date
    jurisdictions: list[str]
    ledger: pd.DataFrame
    reported: pd.DataFrame = field(repr=False)
    available: list[str] = field(default_factory=list)  # the selection's jurisdictions before narrowing
    aliases: dict[str, str] = field(default_factory=dict)

    def series(self, target_id: str) -> pd.DataFrame:
        """Reported values of one target, oldest period first."""
        rows = self.reported[self.reported["target_id"] == target_id]
        return rows.sort_values("period").reset_index(drop=True)


@contextmanager
def _attached(indicators_db: Path):
    con = db.attach_indicators(indicators_db)
    try:
        yield con
    finally:
        con.close()


# --- loading ----------------------------------------------------------------------------------

def pack_filters(filters: Q.Filters, options: PackOptions) -> Q.Filters:
    """The sidebar selection with the pack's statuses in place of the sidebar's."""
    return replace(filters, statuses=tuple(options.statuses))


def load_pack_data(filters: Q.Filters, options: PackOptions, *, indicators_db, reported_db,
                   today: date, aliases: Mapping[str, str] | None = None) -> PackData:
    """Read the ledger, statuses and reported values for a selection; raise
    :class:`EmptySelection` when nothing is left to show. ``aliases`` (alias → canonical
    department name) defaults to the table at :func:`settings.department_aliases_csv`; a bad
    table raises :class:`tracking.departments.TableError`."""
    indicators_db = Path(indicators_db)
    if not indicators_db.exists():
        raise DatabaseMissing(indicators_db)
    if aliases is None:
        aliases = departments.read_aliases(settings.department_aliases_csv())
    statuses = reported_store.current_statuses(indicators_db, reported_db, today)[STATUS_COLUMNS]
    latest = reported_store.latest_reported(reported_db)
    f = pack_filters(filters, options)
    with _attached(indicators_db) as con:
        known = db.run(con, Q.jurisdictions_sql(), statuses)["name"].tolist()
        for name in ([f.jurisdiction] if f.jurisdiction else []) + list(options.jurisdictions):
            if name not in known:
                raise UnknownJurisdiction(name, known)
        available = db.run(con, Q.selection_jurisdictions_sql(f), statuses)["jurisdiction"].tolist()
        chosen = [j for j in available if not options.jurisdictions or j in options.jurisdictions]
        # One ledger query per jurisdiction, each the 目标台账 page's own query, concatenated in
        # the ledger's order (city, counties, zones).
        frames = [db.run(con, Q.ledger_sql(replace(f, jurisdiction=j, include_sub=False)), statuses)
                  for j in chosen]
    ledger = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if ledger.empty:
        raise EmptySelection(filters, options)
    extra = statuses[["target_id", "baseline_used", "baseline_source", "explanation"]]
    ledger = ledger.merge(extra, on="target_id", how="left", validate="one_to_one")
    reported = latest[latest["target_id"].isin(set(ledger["target_id"]))].reset_index(drop=True)
    ledger["changed_periods"] = changed_periods(ledger["target_id"], reported, options.since)
    names = [shown_name(r["indicator_name"], r["source_text"], r["value"], r.get("unit"))
             for r in ledger.to_dict("records")]
    ledger["shown_name"] = [n.text for n in names]
    ledger["name_from_phrase"] = [n.from_phrase for n in names]
    return PackData(filters, options, today, chosen, ledger, reported, available, dict(aliases))


def changed_periods(target_ids: pd.Series, reported: pd.DataFrame, since: date | None) -> list[str]:
    """For each target, the periods whose shown value was reported on or after ``since``, joined
    with 、 ("2024Q2、2024Q3"), or "" — what the pack highlights as new since the last meeting.

    ``reported_at`` is stored in UTC and compared with the start of ``since``: a day's precision is
    what a meeting date needs.
    """
    if since is None or reported.empty:
        return [""] * len(target_ids)
    at = pd.to_datetime(reported["reported_at"], errors="coerce")
    new = reported[at >= pd.Timestamp(datetime.combine(since, datetime.min.time()))]
    by_target = new.sort_values("period").groupby("target_id")["period"].agg("、".join).to_dict()
    return [by_target.get(t, "") for t in target_ids]


# --- shaping, shared by slides, workbook and tests ----------------------------------------------

def shown_statuses(ledger: pd.DataFrame) -> pd.Series:
    """The status each target shows, as the pages show it: ``overdue`` (逾期未报) for a target owed
    and never reported (tracking.overdue.display_status, computed in SQL by the ledger query)."""
    if "display_status" in ledger.columns:
        return ledger["display_status"].fillna(ledger["status"]).fillna("no_data")
    return ledger["status"].fillna("no_data")


def status_counts(ledger: pd.DataFrame) -> dict[str, int]:
    """Targets per status as shown (逾期未报 apart from 暂无数据), every code present (0 when none)."""
    counts = shown_statuses(ledger).value_counts()
    return {s: int(counts.get(s, 0)) for s in DISPLAY_CODES}


def overdue_counts(ledger: pd.DataFrame) -> tuple[int, int]:
    """(targets whose report is overdue, those of them never reported) — the overview's 逾期未报
    line: 冠县 on 2024-11-15 with four targets reported → (92, 91)."""
    owed = ledger["overdue"].fillna(False).astype(bool)
    return int(owed.sum()), int((shown_statuses(ledger) == OVERDUE).sum())


def sector_breakdown(ledger: pd.DataFrame) -> pd.DataFrame:
    """Counts per (sector, status as shown) in the shape :func:`outputs.charts.status_bars` draws:
    category, status, n — sectors in the order the documents bring them up."""
    sector = ledger["sector"].fillna("").replace("", "—")
    df = pd.DataFrame({"category": sector, "status": shown_statuses(ledger), "order": range(len(ledger))})
    first = df.groupby("category")["order"].min()
    out = df.groupby(["category", "status"]).size().rename("n").reset_index()
    out["first"] = out["category"].map(first)
    return out.sort_values(["first", "status"]).drop(columns="first").reset_index(drop=True)


def headline_rows(ledger: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """The gauges of the summary slide: targets with a reported value only (a gauge without one
    says nothing), catalogued indicators first, then in ledger order."""
    key = pd.DataFrame({"uncoded": ledger["indicator_code"].isna() | (ledger["indicator_code"] == ""),
                        "order": range(len(ledger))}, index=ledger.index)[ledger["latest_value"].notna()]
    return ledger.loc[key.sort_values(["uncoded", "order"]).index[:n]].reset_index(drop=True)


def slide_rows(ledger: pd.DataFrame, max_slides: int) -> pd.DataFrame:
    """The targets that get their own slide, at most ``max_slides``, all with a reported value
    (those without are summarised on one slide, :func:`no_data_rows`): lagging ones first (严重滞后,
    then 进度滞后), then catalogued (headline) indicators; within each group in ledger order. A
    selection with none of these (say, only 已完成 targets of uncatalogued indicators) shows its
    reported targets in ledger order."""
    coded = ledger["indicator_code"].notna() & (ledger["indicator_code"] != "")
    reported = ledger["latest_value"].notna()
    rank = pd.Series(9, index=ledger.index)
    rank[coded & reported] = 2
    rank[ledger["status"] == "at_risk"] = 1
    rank[ledger["status"] == "off_track"] = 0
    if (rank == 9).all():
        rank[reported] = 0
    order = pd.DataFrame({"rank": rank, "order": range(len(ledger))})
    picked = order[(order["rank"] < 9) & reported].sort_values(["rank", "order"]).index[:max_slides]
    return ledger.loc[picked].reset_index(drop=True)


def no_data_rows(ledger: pd.DataFrame) -> pd.DataFrame:
    """The targets with no reported value (逾期未报 or 暂无数据), summarised on one slide instead of
    a slide each: the overdue ones first, then in ledger order."""
    rows = ledger[ledger["latest_value"].isna()]
    key = pd.DataFrame({"not_owed": shown_statuses(rows) != OVERDUE, "order": range(len(rows))}, index=rows.index)
    return rows.loc[key.sort_values(["not_owed", "order"]).index].reset_index(drop=True)


def lead_departments(row, aliases: Mapping[str, str] | None = None) -> list[str]:
    """A target's lead departments, or [NO_LEAD] when its document names none; with ``aliases``
    by their canonical names, each once (县工业信息化局 → 县工业和信息化局)."""
    names = row.get("lead_departments") if hasattr(row, "get") else row
    names = [] if names is None or isinstance(names, float) else [str(n) for n in list(names) if n]
    if aliases:
        names = list(dict.fromkeys(departments.canonical(n, aliases) for n in names))
    return names or [NO_LEAD]


def written_names(ledger: pd.DataFrame, aliases: Mapping[str, str]) -> dict[str, list[str]]:
    """Canonical department → the other names the selection's documents write it with, e.g.
    {"县工业和信息化局": ["县工业信息化局"]}; departments always written canonically are absent."""
    seen: dict[str, list[str]] = {}
    for names in ledger["lead_departments"]:
        for name in lead_departments(names):
            main = departments.canonical(name, aliases)
            if name != main and name not in seen.setdefault(main, []):
                seen[main].append(name)
    return {main: sorted(names) for main, names in seen.items() if names}


DEPARTMENT_COLUMNS = ("overdue", *LAGGING, "rest")  # 逾期未报, 严重滞后, 进度滞后, then the rest


def by_department(ledger: pd.DataFrame, aliases: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per (lead department, target) for every target, the department by its canonical
    name (``aliases``) so that one department is one group: a target led jointly is listed under
    each of its lead departments. With several jurisdictions a department is that jurisdiction's
    (冠县's 县发展改革局, the zone's 经济发展部), so ``group`` is (jurisdiction, department); with one,
    ("", department).

    ``problem``: the target is overdue (逾期未报) or lagging (严重滞后, 进度滞后); ``column``: where
    the department slides list it besides overdue — its lagging status, or "rest". Groups with
    such targets come first (most first), then the others, those without a named lead last;
    within a group the overdue, then 严重滞后, then 进度滞后, then the rest, in ledger order."""
    several = ledger["jurisdiction"].nunique() > 1
    rows = []
    for k, r in enumerate(ledger.to_dict("records")):
        lagging = r["status"] in LAGGING
        overdue = bool(r["overdue"]) if not pd.isna(r["overdue"]) else False
        rank = 0 if overdue else (1 + LAGGING.index(r["status"]) if lagging else 1 + len(LAGGING))
        for dept in lead_departments(r, aliases):
            rows.append({"group": (r["jurisdiction"] if several else "", dept), "department": dept,
                         "target_id": r["target_id"], "indicator_name": r["indicator_name"],
                         "shown_name": r.get("shown_name") or r["indicator_name"],
                         "name_from_phrase": bool(r.get("name_from_phrase")), "jurisdiction": r["jurisdiction"],
                         "comparator": r.get("comparator"), "value": r["value"], "unit": r.get("unit"),
                         "status": r["status"], "overdue": overdue, "problem": overdue or lagging,
                         "column": r["status"] if lagging else "rest", "rank": rank, "order": k})
    out = pd.DataFrame(rows, columns=["group", "department", "target_id", "indicator_name", "shown_name",
                                      "name_from_phrase", "jurisdiction", "comparator", "value", "unit", "status",
                                      "overdue", "problem", "column",
                                      "rank", "order"])
    if out.empty:
        return out
    problems = out.groupby("group")["problem"].transform("sum")
    key = pd.DataFrame({"no_lead": out["department"] == NO_LEAD, "calm": problems == 0, "problems": -problems,
                        "total": -out.groupby("group")["target_id"].transform("size"),
                        "group": out["group"].map(str), "rank": out["rank"], "order": out["order"]})
    order = key.sort_values(["no_lead", "calm", "problems", "total", "group", "rank", "order"], kind="stable").index
    return out.loc[order].drop(columns=["rank", "order"]).reset_index(drop=True)


def no_data_by_department(ledger: pd.DataFrame, aliases: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The targets with no reported value counted per lead department (canonical name; a jointly
    led target under each): group, department, overdue (逾期未报), no_data (暂无数据, not yet owed),
    most overdue first, those without a named lead last."""
    rows = no_data_rows(ledger)
    shown = by_department(rows, aliases) if len(rows) else pd.DataFrame(columns=["group", "department", "target_id"])
    if shown.empty:
        return pd.DataFrame(columns=["group", "department", "overdue", "no_data"])
    owed = set(rows.loc[shown_statuses(rows) == OVERDUE, "target_id"])
    shown["owed"] = shown["target_id"].isin(owed)
    out = shown.groupby(["group", "department"], sort=False).agg(overdue=("owed", "sum"), n=("target_id", "size"))
    out = out.reset_index()
    out["no_data"] = out["n"] - out["overdue"]
    out["no_lead"] = out["department"] == NO_LEAD
    out = out.sort_values(["no_lead", "overdue", "n"], ascending=[True, False, False], kind="stable")
    return out[["group", "department", "overdue", "no_data"]].reset_index(drop=True)


def sheet_groups(ledger: pd.DataFrame, sheets_by: str,
                 aliases: Mapping[str, str] | None = None) -> list[tuple[str, pd.DataFrame]]:
    """The workbook's sheets as (name key, rows): per jurisdiction in ledger order, or per lead
    department by its canonical name (most targets first; a jointly led target appears on each of
    its departments' sheets; those without a lead unit last, under NO_LEAD)."""
    if sheets_by == "jurisdiction":
        return [(j, g.reset_index(drop=True)) for j, g in ledger.groupby("jurisdiction", sort=False)]
    exploded = ledger.assign(_dept=[lead_departments(r, aliases) for r in ledger.to_dict("records")]).explode("_dept")
    sizes = exploded.groupby("_dept").size()
    names = sorted(sizes.index, key=lambda d: (d == NO_LEAD, -sizes[d], d))
    return [(d, exploded[exploded["_dept"] == d].drop(columns="_dept").reset_index(drop=True)) for d in names]
