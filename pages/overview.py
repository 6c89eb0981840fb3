"""总览: headline figures (逾期未报 among them, with the way to the overdue list; with nothing reported
yet, who reports what and where to start), then tabs: gauges of the headline indicators (open first), and status
bars by sector and by jurisdiction that drill into the ledger."""

import streamlit as st

from dashboard import data, first_visit, ui
from dashboard.pack_ui import render_meeting_pack
from outputs import i18n

MAX_GAUGE_JURISDICTIONS = 6
GAUGES_PER_JURISDICTION = 8
TAB_KEY = "overview_tab"

ctx = ui.context()
st.title(ctx.t("overview.title"))
subtitle = ui.selection_subtitle(ctx)
st.caption(subtitle)
render_meeting_pack(ctx.filters, ctx.lang)

counts = data.status_counts(ctx.snap, ctx.filters)
total = int(counts["n"].sum()) if not counts.empty else 0
if total == 0:
    ui.empty_selection(ctx)
    st.stop()

by_status = dict(zip(counts["status"], counts["n"]))
with_data = int(counts["n_with_data"].sum())
cells = st.container(key="overview_tiles").columns(2 + len(i18n.DISPLAY_STATUSES))  # 3 a row on a phone (dashboard/style.py)
cells[0].metric(ctx.t("overview.n_targets"), total)
cells[1].metric(ctx.t("overview.with_data"), with_data)
for cell, status in zip(cells[2:], i18n.DISPLAY_STATUSES):
    cell.metric(i18n.status_label(status, ctx.lang), int(by_status.get(status, 0)))

# Overdue reports: those never reported (the 逾期未报 tile) and those reported but not for the
# last period due, with the way to the list behind them.
n_overdue = int(counts["n_overdue"].sum())
if n_overdue:
    never = int(by_status.get("overdue", 0))
    line, button = st.columns([4, 1], vertical_alignment="center")
    line.markdown(ctx.t("overview.overdue_line", n=n_overdue, never=never, stale=n_overdue - never)
                  if never < n_overdue else ctx.t("overview.overdue_line_never", n=n_overdue))
    button.button(ctx.t("overview.overdue_open"), key="overview_overdue", icon=":material/notification_important:",
                  on_click=ui.drill_to_overdue)

if with_data == 0:
    first_visit.render(ctx)

# Tabs that run only the open one: the status bars are Plotly charts, and a browser must load
# Plotly (≈ 1.5 s of its CPU) before it paints anything of a page that holds one. The first tab is
# plain HTML, so the gauges appear with the figures above (docs/performance.md).
gauges_tab, sector_tab, jurisdiction_tab = st.tabs(
    [ctx.t("overview.gauges"), ctx.t("overview.by_sector"), ctx.t("overview.by_jurisdiction")],
    key=TAB_KEY, on_change="rerun")
if gauges_tab.open:
    with gauges_tab:
        grids = data.gauge_grids(ctx.snap, ctx.filters, ctx.lang, ctx.t("overview.gauges"), subtitle,
                                 MAX_GAUGE_JURISDICTIONS, GAUGES_PER_JURISDICTION)
        for n, grid in enumerate(grids):
            ui.show_gauges(ctx, grid, key=f"gauges_{n}",
                           stem=ui.file_stem(grid.jurisdiction, ctx.t("overview.gauges")))
            if grid.more > 0:
                st.caption(ctx.t("overview.more_gauges", n=grid.more))
for tab, by in ((sector_tab, "sector"), (jurisdiction_tab, "jurisdiction")):
    if tab.open:
        with tab:
            st.caption(ctx.t("overview.click_hint"))
            key = f"bars_{by}"
            title = ctx.t(f"overview.by_{by}")
            fig = data.status_bars_figure(ctx.snap, ctx.filters, by, title, subtitle, ctx.lang)
            ui.show_chart(ctx, fig, key=key, stem=ui.file_stem(ctx.filters.jurisdiction, title),
                          on_select=lambda key=key, by=by: ui.drill_to_ledger(key, by))
