"""The app-side data layer: one read-only DuckDB connection per process, cached query results.

Pages call the functions at the bottom with a :class:`~tracking.queries.Filters` and get
DataFrames. Caching lives here and only here: the connection is an ``st.cache_resource`` keyed on
the database file's identity (path, inode, mtime), so ``python -m etl build`` replacing the file
makes the next query open the new one; results are cached keyed on that identity, the
reported-values file's identity, today's date and the SQL with its parameters (i.e. the filters).

Frames and figures are kept as objects (``st.cache_resource``), not pickled (``st.cache_data``):
at province scale unpickling the ledger on every rerun cost more than the page itself. Callers
get a shallow copy of a frame (pandas copy-on-write: changing it never changes the cached one)
and must treat cached figures as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import settings
from dashboard import gauge_html
from etl.catalog import CatalogError, load_catalog
from outputs import charts, export, i18n
from tracking import corrections, db, departments, documents, entered, overdue
from tracking import queries as Q
from tracking import reported as reported_store
from tracking.sourcetext import clause_around
from tracking.status import STATUS_COLUMNS, compute_statuses


class DataError(Exception):
    """The indicators database could not be read; ``str()`` is shown to the user."""


@dataclass(frozen=True)
class Snapshot:
    """Everything a cached result depends on besides its SQL."""

    indicators: db.FileVersion
    reported: db.FileVersion | tuple | None  # a PostgreSQL store: (server, writes committed)
    today: date


def snapshot() -> Snapshot | None:
    """The current state of the data files, or None when there is no indicators database yet."""
    version = db.file_identity(settings.indicators_db())
    if version is None:
        return None
    store = settings.reported_db()
    reported = reported_store.file_version(store) if reported_store.is_postgres(store) else db.file_identity(store)
    return Snapshot(version, reported, date.today())


# --- connection and raw queries ------------------------------------------------------------

@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(version: db.FileVersion) -> duckdb.DuckDBPyConnection:
    return db.attach_indicators(version.path)


def _run(version: db.FileVersion, query: Q.Query, statuses: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`tracking.db.run` on the cached connection, a DuckDB error becoming a :class:`DataError`."""
    try:
        return db.run(_connection(version), query, statuses)
    except duckdb.Error as exc:
        raise DataError(str(exc).splitlines()[0]) from exc


def empty_reported() -> pd.DataFrame:
    return pd.DataFrame({"target_id": pd.Series(dtype=object), "period": pd.Series(dtype=object),
                         "value": pd.Series(dtype=float)})


@st.cache_resource(show_spinner=False, max_entries=2)
def _reported(snap: Snapshot) -> tuple[pd.DataFrame, str]:
    """Reported values and, when they could not be read, why (shown as a warning, never a crash)."""
    try:
        return reported_store.latest_reported(settings.reported_db()), ""
    except Exception as exc:  # noqa: BLE001 — any failure of the store degrades to "no data"
        return empty_reported(), (str(exc).splitlines() or [type(exc).__name__])[0]


@st.cache_resource(show_spinner=False, max_entries=2)
def _statuses(snap: Snapshot) -> pd.DataFrame:
    """The status of every target, computed where the entry page computes it (tracking.reported →
    tracking.status), so both pages always agree."""
    if not reported_problem(snap):
        try:
            return reported_store.current_statuses(snap.indicators.path, settings.reported_db(), snap.today)[STATUS_COLUMNS]
        except reported_store.StoreError:
            pass  # the store went away between the two reads: judge without it, as below
    targets = _run(snap.indicators, Q.all_targets_sql())
    return compute_statuses(targets, empty_reported(), snap.today)[STATUS_COLUMNS]


def statuses(snap: Snapshot) -> pd.DataFrame:
    """The status of every target (see ``_statuses``), as a frame the caller may change."""
    return _statuses(snap).copy(deep=False)


def reported_problem(snap: Snapshot) -> str:
    """Why reported values could not be read, or ''."""
    return _reported(snap)[1]


@st.cache_resource(show_spinner=False, max_entries=256)
def _frame(snap: Snapshot, sql: str, params: list) -> pd.DataFrame:
    return _run(snap.indicators, (sql, params), _statuses(snap))


def _get(snap: Snapshot, query: Q.Query) -> pd.DataFrame:
    return _frame(snap, query[0], query[1]).copy(deep=False)


# --- what pages ask for --------------------------------------------------------------------

def jurisdictions(snap: Snapshot) -> pd.DataFrame:
    return _get(snap, Q.jurisdictions_sql())


def filter_options(snap: Snapshot) -> dict[str, list[str]]:
    """Distinct values per filter field, in display order (departments by canonical name)."""
    df = _get(snap, Q.filter_options_sql(department_aliases()))
    return {field: list(group["value"]) for field, group in df.groupby("field", sort=False)}


def status_counts(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.status_counts_sql(f))


def status_breakdown(snap: Snapshot, f: Q.Filters, by: str) -> pd.DataFrame:
    return _get(snap, Q.status_breakdown_sql(f, by))


def headline_targets(snap: Snapshot, f: Q.Filters, per_jurisdiction: int = 8) -> pd.DataFrame:
    return _get(snap, Q.headline_targets_sql(f, per_jurisdiction))


def ledger(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.ledger_sql(f))


@st.cache_resource(show_spinner=False, max_entries=64)
def _selection_jurisdictions(snap: Snapshot, f: Q.Filters) -> tuple[str, ...]:
    return tuple(_frame(snap, *Q.selection_jurisdictions_sql(f))["jurisdiction"].tolist())


def selection_jurisdictions(snap: Snapshot, f: Q.Filters) -> list[str]:
    """The jurisdictions with targets in the selection, in ledger order (city first)."""
    return list(_selection_jurisdictions(snap, f))


@st.cache_resource(show_spinner=False, max_entries=16)  # the whole province's is ~20 MB
def _ledger_table(snap: Snapshot, f: Q.Filters, lang: str) -> pd.DataFrame:
    rows = _frame(snap, *Q.ledger_sql(f)).merge(_latest_notes(snap), on="target_id", how="left")
    return export.ledger_page_table(rows, lang)


def ledger_table(snap: Snapshot, f: Q.Filters, lang: str) -> pd.DataFrame:
    """The ledger as displayed and exported (localized headers, formatted targets, statuses as
    shown with 逾期未报, the overdue flag, and the latest value's source and note)."""
    return _ledger_table(snap, f, lang).copy(deep=False)


@st.cache_resource(show_spinner=False, max_entries=2)
def _latest_notes(snap: Snapshot) -> pd.DataFrame:
    """The source and note of each target's latest value (tracking.entered.latest_notes)."""
    return entered.latest_notes(_reported(snap)[0], _statuses(snap))


# --- departments: one name each (data/department_aliases.csv), reminders -----------------------

@st.cache_data(show_spinner=False, max_entries=4)
def _aliases(path: str, mtime_ns: int | None) -> tuple[dict[str, str], str]:
    try:
        return departments.read_aliases(path), ""
    except (departments.TableError, OSError, UnicodeDecodeError) as exc:
        return {}, str(exc)


def _alias_file() -> tuple[str, int | None]:
    path = settings.department_aliases_csv()
    version = db.file_identity(path)
    return str(path), version.mtime_ns if version else None


def department_aliases() -> dict[str, str]:
    """Alias → canonical department name; none when the table is missing or invalid (see
    :func:`department_aliases_problem`)."""
    return dict(_aliases(*_alias_file())[0])


def department_aliases_problem() -> str:
    """Why the alias table could not be used, or ''."""
    return _aliases(*_alias_file())[1]


def with_department_names(f: Q.Filters) -> Q.Filters:
    """The selection with its department by canonical name and all the names it goes by, so a
    filter on 县工业和信息化局 also finds the target its document leads with 县工业信息化局."""
    if not f.department:
        return f
    aliases = department_aliases()
    names = departments.names_of(f.department, aliases)
    return replace(f, department=names[0], department_names=names[1:])


def reporting_duties(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    """Who reports what in the selection (:func:`tracking.queries.reporting_duties_sql`)."""
    return _get(snap, Q.reporting_duties_sql(f, department_aliases()))


def overdue_list(snap: Snapshot, f: Q.Filters, department: str) -> pd.DataFrame:
    """The overdue targets a department leads in the selection (by any of its names), in ledger
    order, with what each owes (``due_period``) — the list behind the 部门 page's count."""
    chosen = with_department_names(replace(f, department=department, overdue=True))
    return overdue.overdue_rows(_get(snap, Q.ledger_sql(chosen)), snap.today)


def targets_for_template(target_ids: list[str]) -> pd.DataFrame:
    """The targets the reporting template needs (plan span included), of ``target_ids`` only."""
    rows = reported_store.read_targets(settings.indicators_db())
    return rows[rows["target_id"].isin(set(target_ids))].reset_index(drop=True)


@st.cache_resource(show_spinner=False, max_entries=64)
def _target_choices(snap: Snapshot, f: Q.Filters, lang: str, limit: int) -> tuple[tuple[str, ...], dict[str, str]]:
    df = _frame(snap, *Q.target_choices_sql(f, limit))
    labels = {tid: f"{j} · {i18n.indicator_label(k, name, lang)} · {i18n.fmt_target(c, v, u, lang)}"
              for tid, j, k, name, c, v, u in zip(df["target_id"], df["jurisdiction"], df["indicator_code"],
                                                  df["indicator_name"], df["comparator"], df["value"], df["unit"])}
    return tuple(df["target_id"]), labels


def target_choices(snap: Snapshot, f: Q.Filters, lang: str, limit: int) -> tuple[list[str], dict[str, str]]:
    """The first ``limit`` targets of the selection in ledger order, and their picker labels
    ("冠县 · PM2.5浓度 · ≤42微克/立方米")."""
    ids, labels = _target_choices(snap, f, lang, limit)
    return list(ids), dict(labels)


def target(snap: Snapshot, target_id: str) -> dict | None:
    df = _get(snap, Q.target_sql(target_id))
    return None if df.empty else df.iloc[0].to_dict()


@st.cache_resource(show_spinner=False)
def _catalog_names(lang: str) -> dict[str, str]:
    try:
        entries = load_catalog()
    except (CatalogError, OSError):  # the build already reported it; fall back to the documents' names
        return {}
    return {e.code: (e.name_zh if lang == "zh" else e.name_en) for e in entries}


def indicator_codes(snap: Snapshot, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Catalogued indicators (see :func:`queries.indicator_codes_sql`), named as the catalog names
    them in ``lang``; a code the catalog no longer has keeps the name its targets use."""
    df = _get(snap, Q.indicator_codes_sql())
    names = _catalog_names(lang)
    df["indicator_name"] = [names.get(code, name) for code, name in zip(df["indicator_code"], df["indicator_name"])]
    return df


def comparison(snap: Snapshot, indicator_code: str) -> pd.DataFrame:
    return _get(snap, Q.comparison_sql(indicator_code))


def department_breakdown(snap: Snapshot, f: Q.Filters) -> pd.DataFrame:
    return _get(snap, Q.department_breakdown_sql(f, department_aliases()))


@st.cache_resource(show_spinner=False, max_entries=2)
def _reported_rows(snap: Snapshot) -> dict[str, object]:
    """Row positions of each target's reported values: one pass instead of a scan per target."""
    reported, _ = _reported(snap)
    return reported.groupby("target_id", sort=False).indices if not reported.empty else {}


def reported_series(snap: Snapshot, target_id: str) -> pd.DataFrame:
    """Every reported period of one target, oldest first."""
    reported, _ = _reported(snap)
    positions = _reported_rows(snap).get(target_id)
    rows = reported.iloc[positions] if positions is not None else reported.iloc[0:0]
    return rows.sort_values("period").reset_index(drop=True)


# --- figures ---------------------------------------------------------------------------------
# Built once per (snapshot, filters, language, texts): a gauge grid takes ~50 ms to build, a rerun
# that only hands the same figure to st.plotly_chart takes ~2 ms. Callers must not change them.

@dataclass(frozen=True)
class GaugeGrid:
    jurisdiction: str
    title: str
    html: str          # what the page shows (dashboard.gauge_html: no Plotly on the first paint)
    figure: go.Figure  # the same gauges as a Plotly figure, for the PNG download
    more: int          # headline targets of the jurisdiction not drawn


@st.cache_resource(show_spinner=False, max_entries=64)
def gauge_grids(snap: Snapshot, f: Q.Filters, lang: str, title_suffix: str, subtitle: str,
                max_jurisdictions: int, per_jurisdiction: int) -> list[GaugeGrid]:
    """One gauge grid per jurisdiction of the selection (city first), at most ``max_jurisdictions``,
    each titled "<jurisdiction> · ``title_suffix``"."""
    heads = _frame(snap, *Q.headline_targets_sql(f, per_jurisdiction, max_jurisdictions))
    grids = []
    if lang != "zh" and "indicator_code" in heads.columns:  # the catalog's English names
        heads = heads.assign(indicator_name=[i18n.indicator_label(c, n, lang)
                                             for c, n in zip(heads["indicator_code"], heads["indicator_name"])])
    for jurisdiction, group in heads.groupby("jurisdiction", sort=False):
        title = f"{jurisdiction} · {title_suffix}"
        grids.append(GaugeGrid(str(jurisdiction), title, gauge_html.gauge_grid_html(group, title, lang),
                               charts.frozen(charts.gauge_grid(group, title, subtitle, lang)),
                               int(group["n_in_jurisdiction"].iloc[0]) - len(group)))
    return grids


@st.cache_resource(show_spinner=False, max_entries=128)
def status_bars_figure(snap: Snapshot, f: Q.Filters, by: str, title: str, subtitle: str, lang: str) -> go.Figure:
    """The clickable status bars of :func:`status_breakdown` (per sector or jurisdiction)."""
    label = (lambda s: i18n.sector_label(s, lang)) if by == "sector" else None  # English sectors in English
    return charts.frozen(charts.status_bars(_frame(snap, *Q.status_breakdown_sql(f, by)), title, subtitle, lang,
                                            label=label))


@st.cache_resource(show_spinner=False, max_entries=64)
def comparison_figures(snap: Snapshot, indicator_code: str, lang: str, values_title: str, completion_title: str,
                       subtitle: str, highlight: str | None) -> tuple[go.Figure, go.Figure]:
    """Targets with latest values, and completion, of one indicator across jurisdictions."""
    df = _frame(snap, *Q.comparison_sql(indicator_code))
    return (charts.frozen(charts.comparison_values(df, values_title, subtitle, lang, highlight)),
            charts.frozen(charts.comparison_completion(df, completion_title, subtitle, lang)))


@st.cache_resource(show_spinner=False, max_entries=64)
def _comparison_table(snap: Snapshot, indicator_code: str, lang: str) -> pd.DataFrame:
    return export.ledger_table(_frame(snap, *Q.comparison_sql(indicator_code)), lang)


def comparison_table(snap: Snapshot, indicator_code: str, lang: str) -> pd.DataFrame:
    """The comparison's targets as the ledger shows them."""
    return _comparison_table(snap, indicator_code, lang).copy(deep=False)


def department_figure(snap: Snapshot, f: Q.Filters, title: str, subtitle: str, lang: str,
                      max_departments: int) -> go.Figure:
    """Status bars of the ``max_departments`` lead departments with the most targets."""
    return _department_figure(snap, f, title, subtitle, lang, max_departments, _alias_file())


@st.cache_resource(show_spinner=False, max_entries=64)
def _department_figure(snap: Snapshot, f: Q.Filters, title: str, subtitle: str, lang: str,
                       max_departments: int, alias_file: tuple) -> go.Figure:
    """(cached also on the alias table's version: an edited table regroups the bars)"""
    df = _frame(snap, *Q.department_breakdown_sql(f, department_aliases()))
    top = list(dict.fromkeys(df["department"]))[:max_departments]
    shown = (df[df["department"].isin(top)].groupby(["department", "display_status"], sort=False)["n"].sum()
             .reset_index().rename(columns={"display_status": "status"}))  # bars as shown: 逾期未报 its own colour
    return charts.frozen(charts.status_bars(shown, title, subtitle, lang, category_col="department"))


@st.cache_resource(show_spinner=False, max_entries=64)
def _department_table(snap: Snapshot, f: Q.Filters, lang: str, alias_file: tuple) -> pd.DataFrame:
    return export.department_table(_frame(snap, *Q.department_breakdown_sql(f, department_aliases())), lang)


def department_table(snap: Snapshot, f: Q.Filters, lang: str) -> pd.DataFrame:
    """Targets per lead department and status, with overdue reports, as the page shows them."""
    return _department_table(snap, f, lang, _alias_file()).copy(deep=False)


@st.cache_data(show_spinner=False, max_entries=256)
def clause_text(source_file: str, source_text: str, mtime_ns: int | None = None) -> tuple[str, str, str] | None:
    """The clause around a target's sentence in its source file, split as (before, sentence, after)."""
    path = settings.sources_dir() / source_file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = documents.document_text(path)  # issue 14: a PDF or DOCX officials uploaded
        if text is None:
            return None
    return clause_around(text, source_text)


def source_mtime(source_file: str) -> int | None:
    version = db.file_identity(settings.sources_dir() / source_file)
    return version.mtime_ns if version else None


def build_database() -> Path:
    """Build indicators.duckdb from the sources (the no-database page's button)."""
    from etl.load import build_database as build  # the ETL may not be importable yet

    path = settings.indicators_db()
    with corrections.publish_lock(path):  # issue 14: officials' corrections applied before publication
        build(settings.sources_dir(), path,
              finalize=corrections.finalize_build(settings.reported_db(path), settings.reviewed_only()))
    return path
