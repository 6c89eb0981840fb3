"""Pieces every page shares: the page context, charts with their PNG button, the empty states."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import plotly.graph_objects as go
import streamlit as st

import settings
from dashboard import data, filters
from outputs import export, i18n
from outputs.charts import as_of_text
from tracking.queries import Filters

GOTO_KEY = "_goto"
LEDGER_PAGE = "pages/ledger.py"
INDICATOR_PAGE = "pages/indicator.py"
COMPARE_PAGE = "pages/compare.py"


@dataclass(frozen=True)
class PageContext:
    snap: data.Snapshot
    filters: Filters
    lang: str

    def t(self, key: str, **fields: object) -> str:
        return i18n.t(key, self.lang, **fields)


_SHELL = threading.local()


@contextmanager
def shell() -> Iterator[None]:
    """app.py runs the pages inside this, so a page can tell it was reached through the menu."""
    _SHELL.active = True
    try:
        yield
    finally:
        _SHELL.active = False


def require_shell() -> None:
    """Make sure the page runs inside app.py (sidebar, filters, menu).

    A ``pages/`` folder beside app.py puts a fresh Streamlit server in its legacy multipage mode
    until some session runs ``st.navigation``: the first visitor of a deep link (``/ledger?…``)
    would get the bare page file with a file-name menu and no filters. Switch that mode off and
    rerun, which goes through app.py and lands on the same page.
    """
    if getattr(_SHELL, "active", False):
        return
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    tries = st.session_state.get("_shell_reruns", 0)
    if tries < 3:
        st.session_state["_shell_reruns"] = tries + 1
        st.rerun()


def context() -> PageContext:
    """The data snapshot, the sidebar selection and the language for the page being drawn."""
    require_shell()
    snap = data.snapshot()
    if snap is None:  # app.py shows the no-database state before any page runs
        st.stop()
    selection = data.with_department_names(filters.state_to_filters(st.session_state))
    return PageContext(snap, selection, filters.current_lang())


def selection_subtitle(ctx: PageContext, extra: str = "") -> str:
    """"冠县 · 生态环保 · 截至2025年11月22日": what a chart shows, for its title."""
    f = ctx.filters
    parts = [f.jurisdiction or ctx.t("filters.all_jurisdictions")]
    parts += i18n.filter_labels(f, ctx.lang)
    if extra:
        parts.append(extra)
    parts.append(as_of_text(ctx.snap.today, ctx.lang))
    return " · ".join(parts)


def file_stem(*parts: object) -> str:
    """A safe file name from Chinese words: 冠县_生态环保_进度."""
    text = "_".join(str(p) for p in parts if p)
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", text).strip("_")[:80] or "chart"


def _png_maker(fig: go.Figure) -> Callable[[], bytes]:
    def make() -> bytes:
        return export.figure_to_png(fig)
    return make


def show_chart(ctx: PageContext, fig: go.Figure, key: str, stem: str,
               on_select: Callable[[], None] | None = None) -> None:
    """The chart (our own template, not Streamlit's theme, so screen and PNG look alike) and a
    button giving a slide-sized PNG made on the server when clicked."""
    config = {"displaylogo": False,
              "toImageButtonOptions": {"format": "png", "width": export.SLIDE_WIDTH,
                                       "height": export.SLIDE_HEIGHT, "filename": stem}}
    if on_select is None:
        st.plotly_chart(fig, key=key, theme=None, config=config)
    else:
        st.plotly_chart(fig, key=key, theme=None, config=config, on_select=on_select,
                        selection_mode="points")
    png_button(ctx, fig, key, stem)


def png_button(ctx: PageContext, fig: go.Figure, key: str, stem: str) -> None:
    """The "PNG" download: ``fig`` as a slide-sized image, made on the server only when clicked."""
    st.download_button(ctx.t("export.png"), data=_png_maker(fig), file_name=f"{stem}.png",
                       mime="image/png", key=f"{key}_png", icon=":material/download:",
                       on_click="ignore")


def show_gauges(ctx: PageContext, grid: data.GaugeGrid, key: str, stem: str) -> None:
    """A gauge grid as HTML (drawn at once, no Plotly to load) and its PNG button, which exports
    the same gauges as the Plotly figure the meeting pack uses."""
    st.markdown(f"**{html.escape(grid.title)}**")
    st.markdown(grid.html, unsafe_allow_html=True)
    png_button(ctx, grid.figure, key, stem)


def drill_to_ledger(chart_key: str, by: str) -> None:
    """on_select callback of a status bar chart: set the filters, then open the ledger."""
    state = st.session_state.get(chart_key) or {}
    points = (state.get("selection") or {}).get("points") or []
    update = filters.drill_update(points, by)
    if update:
        filters.apply_update(update)
        st.session_state[GOTO_KEY] = LEDGER_PAGE


def drill_to_overdue(department: str | None = None) -> None:
    """on_click callback: open the ledger on the overdue targets (of ``department`` when given),
    keeping the other filters."""
    update: dict[str, object] = {"f_overdue": True}
    if department:
        update["f_department"] = department
    filters.apply_update(update)
    st.session_state[GOTO_KEY] = LEDGER_PAGE


def follow_pending_navigation() -> None:
    """Called by app.py after st.navigation: carry out a switch a callback asked for."""
    target = st.session_state.pop(GOTO_KEY, None)
    if target:
        switch_to(target)


def switch_to(page: str, **params: str) -> None:
    """Open another page keeping the filters (and language) in its URL, plus ``params``."""
    query = filters.filters_to_params(filters.state_to_filters(st.session_state))
    lang = filters.current_lang()
    if lang != i18n.DEFAULT_LANG:
        query[filters.LANG_KEY] = [lang]
    query.update({k: [v] for k, v in params.items()})
    st.switch_page(page, query_params=query)


def stat_row(stats: list[tuple[str, str]]) -> None:
    """Label-over-value figures that wrap instead of being cut off (long units: 微克/立方米)."""
    cells = "".join(
        f"<div style='flex:1 1 150px'><div style='color:#607d8b;font-size:0.85rem'>{html.escape(label)}</div>"
        f"<div class='stat-value' style='font-size:1.6rem;font-weight:600;line-height:1.3'>{html.escape(value)}</div></div>"
        for label, value in stats)
    st.markdown(f"<div style='display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 8px'>{cells}</div>",
                unsafe_allow_html=True)


ROW_PX = 35  # a row of Streamlit's tables (and their header), in CSS pixels


def table_height(rows: int, max_rows: int = 20) -> int:
    """The height that shows ``rows`` rows of a table (up to ``max_rows``, then it scrolls): 3 rows →
    143 px, 96 rows → 738 px. Streamlit's own default shows about ten."""
    return ROW_PX * (max(1, min(rows, max_rows)) + 1) + 3


def empty_selection(ctx: PageContext) -> None:
    st.info(ctx.t("empty.filters"), icon=":material/filter_alt_off:")


def no_database(lang: str) -> None:
    """No indicators.duckdb yet: say exactly what to run, and offer to build it here."""
    st.title(i18n.t("app.title", lang))
    st.warning(f"**{i18n.t('nodb.title', lang)}**\n\n" + i18n.t("nodb.body", lang, path=settings.indicators_db()),
               icon=":material/database:")
    if st.button(i18n.t("nodb.build", lang), key="build_db", type="primary"):
        with st.spinner(i18n.t("nodb.building", lang)):
            try:
                data.build_database()
            except Exception as exc:  # noqa: BLE001 — shown to the user, who can run the CLI instead
                st.error(i18n.t("nodb.failed", lang, error=exc))
                return
        st.success(i18n.t("nodb.built", lang))
        st.rerun()
