"""部门: targets by lead department, with status counts and overdue reports; below, the overdue
targets behind a department's count and its 催报 list (Excel and a message to copy)."""

import streamlit as st

import settings
from dashboard import data, ui
from outputs import remind

MAX_CHART_DEPARTMENTS = 30
PICK_KEY = "departments_pick"
CLICKED_KEY = "departments_clicked"

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
event = st.dataframe(table, hide_index=True, key="departments_table", on_select="rerun", selection_mode="single-row")
st.caption(ctx.t("departments.overdue_hint"))

# --- the list behind an overdue count, and the reminder (催报) ---------------------------------------
st.subheader(ctx.t("departments.overdue_list"))
owing = df.groupby("department", sort=False)["overdue"].sum()
owing = owing[owing > 0].sort_values(ascending=False, kind="stable")
if owing.empty:
    st.info(ctx.t("departments.none_overdue"), icon=":material/task_alt:")
    st.stop()
selected = event.selection.rows if event else []
if selected:  # a click on a row of the table above picks that department (once per click)
    clicked = str(table.iloc[selected[0]][ctx.t("col.department")])
    if clicked != st.session_state.get(CLICKED_KEY):
        st.session_state[CLICKED_KEY] = clicked
        if clicked in owing.index:
            st.session_state[PICK_KEY] = clicked
if st.session_state.get(PICK_KEY) not in owing.index:
    st.session_state[PICK_KEY] = ctx.filters.department if ctx.filters.department in owing.index else owing.index[0]
department = st.selectbox(ctx.t("departments.pick"), list(owing.index), key=PICK_KEY,
                          format_func=lambda d: ctx.t("departments.pick_item", department=d, n=int(owing[d])))
st.caption(ctx.t("departments.pick_hint"))

rows = data.overdue_list(ctx.snap, ctx.filters, department)
reminder = remind.Reminder(department, rows, ctx.snap.today, ctx.lang)
st.markdown(f"**{ctx.t('departments.list_count', department=department, n=reminder.n)}**")
st.dataframe(remind.reminder_table(rows, ctx.lang), hide_index=True, key="departments_overdue")

message = remind.reminder_message(reminder)
stem = remind.file_stem(reminder)
ids = list(rows["target_id"])
buttons = st.columns(3)
buttons[0].button(ctx.t("departments.open_ledger"), key="departments_open_ledger", icon=":material/table_view:",
                  on_click=ui.drill_to_overdue, args=(department,))
buttons[1].download_button(
    ctx.t("departments.xlsx"), key="departments_xlsx", icon=":material/download:", on_click="ignore",
    data=lambda: remind.reminder_workbook(reminder, remind.template_rows(settings.indicators_db(), ids, ctx.snap.today)),
    file_name=f"{stem}.xlsx", mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
buttons[2].download_button(ctx.t("departments.txt"), key="departments_txt", icon=":material/download:",
                           on_click="ignore", data=message.encode("utf-8"), file_name=f"{stem}.txt",
                           mime="text/plain")
st.caption(ctx.t("departments.message"))
st.code(message, language=None, wrap_lines=True)
