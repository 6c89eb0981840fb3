"""部门: targets by lead department, with status counts and overdue reports."""

import streamlit as st

from dashboard import data, ui

MAX_CHART_DEPARTMENTS = 30

ctx = ui.context()
st.title(ctx.t("departments.title"))
subtitle = ui.selection_subtitle(ctx)
st.caption(subtitle)

df = data.department_breakdown(ctx.snap, ctx.filters)
if df.empty:
    ui.empty_selection(ctx)
    st.stop()

fig = data.department_figure(ctx.snap, ctx.filters, ctx.t("departments.chart"), subtitle, ctx.lang,
                             MAX_CHART_DEPARTMENTS)
ui.show_chart(ctx, fig, key="bars_department", stem=ui.file_stem(ctx.filters.jurisdiction, ctx.t("departments.chart")),
              on_select=lambda: ui.drill_to_ledger("bars_department", "department"))

table = data.department_table(ctx.snap, ctx.filters, ctx.lang)
st.dataframe(table, hide_index=True, key="departments_table")
st.caption(ctx.t("departments.overdue_hint"))
