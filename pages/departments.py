"""部门: targets by lead department, with status counts and overdue reports."""

import streamlit as st

from dashboard import charts, data, i18n, ui

MAX_CHART_DEPARTMENTS = 30

ctx = ui.context()
st.title(ctx.t("departments.title"))
subtitle = ui.selection_subtitle(ctx)
st.caption(subtitle)

df = data.department_breakdown(ctx.snap, ctx.filters)
if df.empty:
    ui.empty_selection(ctx)
    st.stop()

top = list(dict.fromkeys(df["department"]))[:MAX_CHART_DEPARTMENTS]
fig = charts.status_bars(df[df["department"].isin(top)], ctx.t("departments.chart"), subtitle, ctx.lang,
                         category_col="department")
ui.show_chart(ctx, fig, key="bars_department", stem=ui.file_stem(ctx.filters.jurisdiction, ctx.t("departments.chart")),
              on_select=lambda: ui.drill_to_ledger("bars_department", "department"))

table = df.pivot_table(index="department", columns="status", values="n", aggfunc="sum", fill_value=0, sort=False)
table = table.reindex(columns=list(i18n.STATUSES), fill_value=0)
table.insert(0, "n_targets", table.sum(axis=1))
table["overdue"] = df.groupby("department", sort=False)["overdue"].sum()
table = table.reset_index().rename(columns={
    "department": ctx.t("col.department"), "n_targets": ctx.t("col.n_targets"), "overdue": ctx.t("col.overdue"),
    **{s: i18n.status_label(s, ctx.lang) for s in i18n.STATUSES}})
st.dataframe(table, hide_index=True, key="departments_table")
st.caption(ctx.t("departments.overdue_hint"))
