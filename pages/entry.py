"""数据填报: pick a jurisdiction and department, see their targets with the latest value and status,
enter values in a grid and save, or import a filled-in template. The sidebar's filters apply here
as on every page: its jurisdiction and department choose the page's, its other filters (sector,
year, kind, status, attribute, search, overdue) narrow the targets listed. On a narrow screen (a
phone) the grid gives way to a form for one target at a time (dashboard/style.py hides one or the
other by the screen's width), so a value can be entered without sideways scrolling. Viewing is open; saving and
importing need an account granted the jurisdiction (dashboard/auth.py). Every rejected cell is
listed with its reason and nothing is saved until all are fixed (the import's all-or-nothing rule).

Paths come from :mod:`settings` (env INDICATORS_DB / REPORTED_DB), so tests point the page at
temporary files.

Only the chosen jurisdiction's (and department's) targets, their values and their newest audit
entries are read, filtered in DuckDB, and kept in Streamlit's cache keyed on the files' versions
(tracking.reported.file_version: a rebuild, a save here or a write by another process gives a new key;
a file changed in the last moments is read afresh, never from the cache).
"""

from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

import settings
from dashboard import auth, data, filters, style, ui
from outputs import export, i18n
from tracking import accounts as acc
from tracking import departments as department_names
from tracking import entered
from tracking import reported as store
from tracking import reported_import as importer
from tracking.queries import Filters
from tracking.status import BASES, BASIS_CUMULATIVE, compute_statuses

ui.require_shell()  # a deep link to /entry on a fresh server still gets the sidebar and menu
lang = filters.current_lang()
T = lambda key, **f: i18n.t(key, lang, **f)  # noqa: E731
EDITABLE = ["period", "value", "basis", "unit", "note"]
COLUMN_LABELS = {"target_id": "entry.col.target_id", "period": "entry.col.period", "value": "entry.col.value",
                 "unit": "entry.col.unit", "note": "entry.col.note", "source": "entry.col.source",
                 "basis": "entry.col.basis", "": ""}
# 口径 (basis) of an increment's value, as the grid offers it; tracking.reported_import reads both languages
BASIS_OPTIONS = [i18n.t(f"basis.{code}", lang) for code in BASES]

st.title(T("entry.title"))
st.caption(T("entry.intro"))
indicators_db, reported_db = settings.indicators_db(), settings.reported_db()
if not indicators_db.exists():
    st.info(T("entry.no_db", path=indicators_db))
    st.stop()

account = auth.current_account(lang)
today = date.today()
ALIASES = tuple(sorted(data.department_aliases().items()))  # one department, however it is written
HISTORY_ROWS = 200


# --- reads, cached per file version --------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=4)
def _departments_by_place(version, path, aliases: tuple[tuple[str, str], ...] = ()) -> dict[str, list[str]]:
    """Each jurisdiction's lead departments, one name each (data/department_aliases.csv)."""
    return {place: sorted({department_names.canonical(d, dict(aliases)) for d in found})
            for place, found in store.departments_by_jurisdiction(path).items()}


@st.cache_data(show_spinner=False, max_entries=64)
def _targets(version, path, place: str, department: str, aliases: tuple[tuple[str, str], ...] = ()) -> pd.DataFrame:
    names = department_names.names_of(department, dict(aliases)) if department else ()
    if len(names) <= 1:
        return store.read_targets(path, jurisdiction=place, department=department or None)
    rows = store.read_targets(path, jurisdiction=place)  # led under any of the department's names
    return rows[[bool(set(leads) & set(names)) for leads in rows["lead_departments"]]].reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=64)
def _latest(version, path, target_ids: tuple[str, ...]) -> pd.DataFrame:
    return store.latest_reported(path, target_ids=list(target_ids))


@st.cache_data(show_spinner=False, max_entries=64)
def _recent_changes(version, path, target_ids: tuple[str, ...], limit: int) -> pd.DataFrame:
    return entered.recent_changes(path, list(target_ids), limit)  # audit entries with their source and note


@st.cache_data(show_spinner=False, max_entries=4)
def _orphans(versions, reported_path, indicators_path) -> pd.DataFrame:
    return store.orphans(reported_path, indicators_path)


def cached(read, version, *args):
    """``read(version, *args)`` from the cache, or read afresh (and not kept) when ``version`` is
    None: the file changed a moment ago and may still change without its version showing it."""
    return read(version, *args) if version is not None else read.__wrapped__(version, *args)


def store_problem(e: store.StoreError) -> str:
    """What went wrong with a store, said as it is (issue 15): busy only when another program holds
    it; a damaged file is named as damaged, with its path."""
    if isinstance(e, store.StoreBusy):
        return T("entry.busy", error=e)
    if isinstance(e, store.StoreDamaged):
        return T("entry.damaged", file=e.path, error=str(e).split(": ", 1)[-1])
    return T("entry.store_error", file=e.path, error=str(e).split(": ", 1)[-1])


def failed(e: store.StoreError):
    st.error(store_problem(e))
    st.stop()


indicators_version = store.file_version(indicators_db)
try:
    departments_by_place = cached(_departments_by_place, indicators_version, indicators_db, ALIASES)
except store.StoreError as e:
    failed(e)


def problems_table(problems: pd.DataFrame, names: dict[int, str] | None = None) -> pd.DataFrame:
    """Problems as the user reads them: row, (indicator), column, what was entered, why."""
    reasons = [T(f"entry.reason.{p.code}", value=p.value, column=T(COLUMN_LABELS.get(p.column, p.column)), **p.params)
               for p in problems.itertuples()]
    table = {T("entry.problem.row"): problems["row"].to_numpy()}
    if names is not None:
        table[T("entry.col.indicator")] = [names.get(r, "") for r in problems["row"]]
    table[T("entry.problem.column")] = [T(COLUMN_LABELS.get(c, c)) for c in problems["column"]]
    table[T("entry.problem.value")] = problems["value"].to_numpy()
    table[T("entry.problem.reason")] = reasons
    return pd.DataFrame(table)


def flash(text: str) -> None:
    """Show ``text`` after the rerun that refreshes values and statuses."""
    st.session_state["entry_flash"] = text
    st.session_state["entry_version"] = st.session_state.get("entry_version", 0) + 1
    st.rerun()


def follow_sidebar(selection: Filters, places: list[str]) -> None:
    """Take the sidebar's jurisdiction and department as the page's when they change (and on the
    first visit), so a choice made in the sidebar reaches the grid; a choice made here stays until
    the sidebar changes again."""
    wanted = (selection.jurisdiction or "", selection.department or "")
    if st.session_state.get("entry_followed") == wanted:
        return
    st.session_state["entry_followed"] = wanted
    if wanted[0] in places:
        st.session_state["entry_jurisdiction"] = wanted[0]
        st.session_state["entry_department"] = wanted[1]
    elif wanted[1]:
        st.session_state["entry_department"] = wanted[1]


def narrowed_by_sidebar(selection: Filters) -> bool:
    """Whether the sidebar asks for less than all the place's targets (beyond place and department)."""
    return selection != replace(Filters(), jurisdiction=selection.jurisdiction, include_sub=selection.include_sub,
                                department=selection.department, department_names=selection.department_names)


def sidebar_ids(selection: Filters, place: str) -> set[str] | None:
    """The ids of ``place``'s targets that the sidebar's other filters keep (the ledger's query, so
    they mean here what they mean on every page), or None when they keep everything."""
    if not narrowed_by_sidebar(selection):
        return None
    snap = data.snapshot()
    if snap is None:
        return None
    only_here = replace(selection, jurisdiction=place, include_sub=False, department=None, department_names=())
    return set(data.ledger(snap, only_here)["target_id"])


# --- what to show -----------------------------------------------------------------------------
jurisdictions = list(departments_by_place)
if not jurisdictions:
    st.info(T("entry.empty"))
    st.stop()
writable_places = acc.writable_jurisdictions(account, jurisdictions)
sidebar = data.with_department_names(filters.state_to_filters(st.session_state))
follow_sidebar(sidebar, jurisdictions)
if st.session_state.get("entry_jurisdiction") not in jurisdictions:
    st.session_state["entry_jurisdiction"] = (writable_places or jurisdictions)[0]
cols = st.columns(2)
place = cols[0].selectbox(T("entry.jurisdiction"), jurisdictions, key="entry_jurisdiction")
departments = departments_by_place[place]
if st.session_state.get("entry_department") not in [""] + departments:
    st.session_state["entry_department"] = ""
department = cols[1].selectbox(T("entry.department"), [""] + departments, key="entry_department",
                               format_func=lambda d: d or T("entry.all_departments"))
reported_version = store.file_version(reported_db)
try:
    everything = cached(_targets, indicators_version, indicators_db, place, department, ALIASES)
    keep = sidebar_ids(sidebar, place)
    shown = (everything if keep is None else everything[everything["target_id"].isin(keep)]).reset_index(drop=True)
    shown_ids = tuple(shown["target_id"])
    latest = cached(_latest, reported_version, reported_db, shown_ids)
except store.StoreError as e:
    failed(e)
except data.DataError as e:
    st.error(i18n.t("dberror", lang, error=e))
    st.stop()
if keep is not None:  # say that the sidebar narrows the list, and how many it leaves
    st.caption(T("entry.filtered", shown=len(shown), n=len(everything)))
if shown.empty:
    st.info(T("entry.empty_filtered") if keep is not None else T("entry.empty"))
    st.stop()

values = pd.concat([store.document_values_from_targets(shown), latest], ignore_index=True)
status = compute_statuses(shown, values, today).set_index("target_id").reindex(shown["target_id"])
writable = [acc.can_write_target(account, j, leads)
            for j, leads in zip(shown["jurisdiction"], shown["lead_departments"])]
if account is not None and not any(writable):
    st.info(T("entry.readonly"))

if message := st.session_state.pop("entry_flash", None):
    st.success(message)
if (warnings := st.session_state.pop("entry_warnings", None)) is not None and len(warnings):
    st.warning(T("entry.warnings", n=len(warnings)))  # saved: these values are surprising, not impossible
    st.dataframe(warnings, hide_index=True)

tab_form, tab_import, tab_history = st.tabs([T("entry.tab.form"), T("entry.tab.import"), T("entry.tab.history")])

# --- enter values in the grid -------------------------------------------------------------------
def save_filled(filled: pd.DataFrame, names: dict[int, str]) -> None:
    """Validate the rows with a value (``row`` numbers the grid's rows from 1) and save them all,
    or list every problem and save nothing; the grid and the one-target form share it."""
    filled = filled[filled["value"].fillna("").astype(str).str.strip() != ""]
    if filled.empty:
        st.warning(T("entry.nothing"))
        return
    clean, problems = importer.validate_rows(filled[["row", "target_id"] + EDITABLE], shown, today, account)
    if len(problems):
        st.error(T("entry.rejected", n=len(problems)))
        st.dataframe(problems_table(problems, names), hide_index=True)
        return
    warnings = importer.plausibility_warnings(clean, shown, latest, filled.set_index("row")["value"].astype(str))
    try:
        result = store.save_values(reported_db, clean, account=account.username, how="form")
    except store.StoreError as e:
        st.error(store_problem(e))
    else:
        st.session_state["entry_warnings"] = problems_table(warnings, names)
        flash(T("entry.saved", saved=result.saved, unchanged=result.unchanged))


with tab_form:
    default_period = importer.template_frame(shown, today)[importer.TEMPLATE_HEADERS["period"]]
    increments = (shown["kind"] == "increment").to_numpy()
    if increments.any():  # what an increment's value is: the cumulative total, unless 本期新增 is chosen
        st.caption(T("entry.increments"))
    grid = pd.DataFrame({
        "target_id": shown["target_id"],
        "indicator": [i18n.indicator_label(c, n, lang) for c, n in zip(shown["indicator_code"], shown["indicator_name"])],
        "target": [i18n.fmt_target(c, v, u, lang)
                   for c, v, u in zip(shown["comparator"], shown["value"], shown["unit"])],
        "latest": [i18n.fmt_latest(dict(latest_value=v, unit=u, kind=k, per_year=py), lang)
                   for v, u, k, py in zip(status["latest_value"], shown["unit"], shown["kind"], shown["per_year"])],
        "latest_period": status["latest_period"].fillna("").to_numpy(),
        "status": [i18n.status_label(s, lang) for s in status["status"]],
        "period": default_period.to_numpy(),
        "value": "",
        "basis": [i18n.t(f"basis.{BASIS_CUMULATIVE}", lang) if inc else "" for inc in increments],
        "unit": shown["unit"].fillna("").to_numpy(),
        "note": "",
        "sector": [i18n.sector_label(x, lang) for x in shown["sector"]],
        "lead": [export.join_names(v) for v in shown["lead_departments"]],
        "writable": writable,
    })
    names = dict(zip(range(1, len(grid) + 1), grid["indicator"]))
    version = st.session_state.get("entry_version", 0)

    # wide screens: the grid of every listed target
    with st.container(key="entry_grid_view"):
        editor_key = f"entry_editor|{place}|{department}|{version}"
        edited = st.data_editor(
            grid, key=editor_key, hide_index=True, num_rows="fixed", width="stretch",
            height=ui.table_height(len(grid)),  # up to 20 rows before it scrolls (Streamlit's default: ~10)
            disabled=[c for c in grid.columns if c not in EDITABLE],
            column_config={
                "target_id": None,
                "indicator": st.column_config.TextColumn(T("entry.col.indicator"), width="medium", pinned=True),
                "target": st.column_config.TextColumn(T("entry.col.target")),
                "latest": st.column_config.TextColumn(T("entry.col.latest")),
                "latest_period": st.column_config.TextColumn(T("entry.col.latest_period")),
                "status": st.column_config.TextColumn(T("entry.col.status")),
                "period": st.column_config.TextColumn(T("entry.col.period"), help=T("entry.help.period")),
                "value": st.column_config.TextColumn(T("entry.col.value"), help=T("entry.help.value")),
                "basis": st.column_config.SelectboxColumn(T("entry.col.basis"), options=BASIS_OPTIONS,
                                                          help=T("entry.help.basis")),
                "unit": st.column_config.TextColumn(T("entry.col.unit"), help=T("entry.help.unit")),
                "note": st.column_config.TextColumn(T("entry.col.note")),
                "sector": st.column_config.TextColumn(T("col.sector")),
                "lead": st.column_config.TextColumn(T("col.lead_departments")),
                "writable": st.column_config.CheckboxColumn(T("entry.col.writable")),
            },
        )
        if st.button(T("entry.save"), type="primary", key="entry_save", disabled=account is None,
                     icon=":material/save:"):
            save_filled(edited.assign(row=range(1, len(edited) + 1)), names)

    # narrow screens (a phone): one target at a time, every field full width
    with st.container(key="entry_one_view"):
        st.caption(T("entry.one.hint"))
        pick_key = f"entry_one_pick|{place}|{department}"
        ids = list(grid["target_id"])
        if st.session_state.get(pick_key) not in ids:  # the sidebar's filters changed the list
            st.session_state[pick_key] = ids[0]
        labels = {tid: f"{name} · {target}" for tid, name, target in zip(ids, grid["indicator"], grid["target"])}
        at = ids.index(st.selectbox(T("entry.one.pick"), ids, key=pick_key, format_func=labels.get))
        row = grid.iloc[at]
        st.caption(i18n.colon(lang).join([T("entry.col.latest"), row["latest"]])
                   + (i18n.paren(row["latest_period"], lang) if row["latest_period"] else "")
                   + f" · {row['status']}" + (f" · {row['lead']}" if row["lead"] else ""))
        with st.form(key=f"entry_one_form|{row['target_id']}|{version}", border=False):
            one = {"period": st.text_input(T("entry.col.period"), value=row["period"], help=T("entry.help.period")),
                   "value": st.text_input(T("entry.col.value"), help=T("entry.help.value")),
                   "basis": (st.selectbox(T("entry.col.basis"), BASIS_OPTIONS, help=T("entry.help.basis"))
                             if increments[at] else ""),
                   "unit": st.text_input(T("entry.col.unit"), value=row["unit"], help=T("entry.help.unit")),
                   "note": st.text_input(T("entry.col.note"))}
            if st.form_submit_button(T("entry.save"), type="primary", key="entry_save_one",
                                     disabled=account is None, icon=":material/save:"):
                save_filled(pd.DataFrame([{"row": at + 1, "target_id": row["target_id"], **one}]), names)

# --- import a file, download the template ------------------------------------------------------
with tab_import:
    st.caption(T("entry.import.help"))
    if (shown["kind"] == "increment").any():  # the template's 口径 column: 累计 unless 本期新增 is written
        st.caption(T("template.note.increment"))
    stem = f"{T('entry.template.name')}_{place}{'_' + department if department else ''}"
    buttons = st.columns(2)
    buttons[0].download_button(
        T("entry.template.csv"), key="entry_template_csv", on_click="ignore", icon=":material/download:",
        data=lambda: export.frame_to_csv(importer.template_frame(shown, today)), file_name=f"{stem}.csv",
        mime="text/csv")
    buttons[1].download_button(
        T("entry.template.xlsx"), key="entry_template_xlsx", on_click="ignore", icon=":material/download:",
        data=lambda: export.template_xlsx_bytes(importer.template_frame(shown, today)), file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    upload = st.file_uploader(T("entry.import.file"), type=["csv", "xlsx", "xlsm", "txt"], key="entry_upload")
    style.upload_limit_caption(lang)  # Streamlit's "200MB per file" is hidden in Chinese (dashboard/style.py)
    if st.button(T("entry.import.button"), key="entry_import", disabled=account is None or upload is None,
                 icon=":material/upload_file:"):
        try:
            report = importer.import_file(upload.getvalue(), filename=upload.name, indicators_db=indicators_db,
                                       reported_db=reported_db, account_name=account.username, account=account,
                                       today=today, how="import")
        except store.StoreError as e:
            st.error(store_problem(e))
        else:
            if report.ok:
                st.session_state["entry_warnings"] = problems_table(report.warnings)
                flash(T("entry.import.ok", file=report.filename, saved=report.saved,
                        unchanged=report.unchanged, skipped=report.skipped))
            st.error(T("entry.import.failed", file=report.filename, n=len(report.problems)))
            st.dataframe(problems_table(report.problems), hide_index=True)

# --- history and values to review -------------------------------------------------------------
with tab_history:
    try:
        log = cached(_recent_changes, reported_version, reported_db, shown_ids, HISTORY_ROWS)
        both = (reported_version, indicators_version) if reported_version and indicators_version else None
        lost = cached(_orphans, both, reported_db, indicators_db)
    except store.StoreError as e:
        failed(e)
    if log.empty:
        st.caption(T("entry.history.empty"))
    else:
        by_id = dict(zip(shown["target_id"], [i18n.indicator_label(c, n, lang) for c, n in
                                              zip(shown["indicator_code"], shown["indicator_name"])]))
        kinds = dict(zip(shown["target_id"], shown["kind"]))
        st.dataframe(pd.DataFrame({
            T("entry.history.at"): log["at"].dt.strftime("%Y-%m-%d %H:%M"),
            T("entry.col.indicator"): log["target_id"].map(by_id),
            T("entry.col.period"): log["period"],
            T("entry.history.old"): log["old_value"],
            T("entry.history.new"): log["new_value"],
            T("entry.col.basis"): [T(f"basis.{b}") if isinstance(b, str) and b else  # NULL: period additions
                                   T("basis.period") if kinds.get(tid) == "increment" else ""
                                   for b, tid in zip(log["basis"], log["target_id"])],
            T("entry.col.source"): [entered.shown_source(v) for v in log["source"]],
            T("entry.col.note"): [entered.shown_note(v) for v in log["note"]],
            T("entry.history.account"): log["account"],
            T("entry.history.how"): [T(f"entry.how.{h}") for h in log["how"]],
        }), hide_index=True)
    if len(lost):
        with st.expander(T("entry.orphans.title", n=len(lost))):
            st.caption(T("entry.orphans.help"))
            st.dataframe(lost[["target_id", "period", "value", "unit", "reported_by", "reported_at"]], hide_index=True)
