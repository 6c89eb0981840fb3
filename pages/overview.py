"""总览: headline figures, gauges of the headline indicators, status bars that drill into the ledger."""

import streamlit as st

from dashboard.pack_ui import render_meeting_pack
from dashboard import charts, data, i18n, ui

MAX_GAUGE_JURISDICTIONS = 6
GAUGES_PER_JURISDICTION = 8

ctx = ui.context()
st.title(ctx.t("overview.title"))
st.caption(ui.selection_subtitle(ctx))
render_meeting_pack(ctx.filters, ctx.lang)

counts = data.status_counts(ctx.snap, ctx.filters)
total = int(counts["n"].sum()) if not counts.empty else 0
if total == 0:
    ui.empty_selection(ctx)
    st.stop()

by_status = dict(zip(counts["status"], counts["n"]))
cells = st.columns(2 + len(i18n.STATUSES))
cells[0].metric(ctx.t("overview.n_targets"), total)
cells[1].metric(ctx.t("overview.with_data"), int(counts["n_with_data"].sum()))
for cell, status in zip(cells[2:], i18n.STATUSES):
    cell.metric(i18n.status_label(status, ctx.lang), int(by_status.get(status, 0)))

st.subheader(ctx.t("overview.gauges"))
heads = data.headline_targets(ctx.snap, ctx.filters, GAUGES_PER_JURISDICTION)
for n, (jurisdiction, group) in enumerate(heads.groupby("jurisdiction", sort=False)):
    if n >= MAX_GAUGE_JURISDICTIONS:
        break
    title = f"{jurisdiction} · {ctx.t('overview.gauges')}"
    fig = charts.gauge_grid(group, title, ui.selection_subtitle(ctx), ctx.lang)
    ui.show_chart(ctx, fig, key=f"gauges_{n}", stem=ui.file_stem(jurisdiction, ctx.t("overview.gauges")))
    more = int(group["n_in_jurisdiction"].iloc[0]) - len(group)
    if more > 0:
        st.caption(ctx.t("overview.more_gauges", n=more))

st.caption(ctx.t("overview.click_hint"))
left, right = st.columns(2)
for column, by in ((left, "sector"), (right, "jurisdiction")):
    with column:
        key = f"bars_{by}"
        df = data.status_breakdown(ctx.snap, ctx.filters, by)
        title = ctx.t(f"overview.by_{by}")
        fig = charts.status_bars(df, title, ui.selection_subtitle(ctx), ctx.lang)
        ui.show_chart(ctx, fig, key=key, stem=ui.file_stem(ctx.filters.jurisdiction, title),
                      on_select=lambda key=key, by=by: ui.drill_to_ledger(key, by))
