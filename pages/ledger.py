"""目标台账: the filtered targets, sortable, with CSV and Excel exports."""

import streamlit as st

from dashboard import data, ui
from dashboard.pack_ui import render_meeting_pack
from outputs import export, i18n

# The table shows the first rows in ledger order, the exports carry them all: the province's
# 17,600 targets are 10 MB of table resent on every click, for a list nobody scrolls through.
MAX_ROWS = 1000

ctx = ui.context()
st.title(ctx.t("ledger.title"))
subtitle = ui.selection_subtitle(ctx)
st.caption(subtitle)
render_meeting_pack(ctx.filters, ctx.lang)

df = data.ledger(ctx.snap, ctx.filters)
if df.empty:
    ui.empty_selection(ctx)
    st.stop()

table = data.ledger_table(ctx.snap, ctx.filters, ctx.lang)
# --- issue 14: each target's review state (未审核 / 已确认 / 已更正 / 人工补充) beside its status ---
if "review_state" in df.columns:
    table.insert(min(9, len(table.columns)), ctx.t("col.review_state"),
                 [i18n.review_state_label(s if isinstance(s, str) else None, ctx.lang) for s in df["review_state"]])
# --- end issue 14 ---
st.markdown(f"**{ctx.t('ledger.count', n=len(df))}**")
if len(table) > MAX_ROWS:
    st.caption(ctx.t("ledger.first_rows", shown=MAX_ROWS, n=len(table)))
stem = ui.file_stem(ctx.t("ledger.title"), ctx.filters.jurisdiction, *ctx.filters.sectors)
buttons = st.columns([1, 1, 4])
buttons[0].download_button(ctx.t("ledger.csv"), data=lambda: export.frame_to_csv(table), file_name=f"{stem}.csv",
                           mime="text/csv", key="ledger_csv", icon=":material/download:", on_click="ignore")
buttons[1].download_button(
    ctx.t("ledger.xlsx"), key="ledger_xlsx", icon=":material/download:", on_click="ignore",
    data=lambda: export.frame_to_xlsx(table, sheet=ctx.t("ledger.sheet"), title=f"{ctx.t('ledger.title')} · {subtitle}"),
    file_name=f"{stem}.xlsx", mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

completion = ctx.t("col.completion")
event = st.dataframe(
    table.head(MAX_ROWS), hide_index=True, key="ledger_table", on_select="rerun", selection_mode="single-row",
    column_config={
        completion: st.column_config.ProgressColumn(completion, format="%.0f%%", min_value=0, max_value=100),
        ctx.t("col.source_text"): st.column_config.TextColumn(width="large"),
        ctx.t("col.indicator_name"): st.column_config.TextColumn(width="medium", pinned=True),
        ctx.t("col.target_year"): st.column_config.NumberColumn(format="%d"),
    },
)
rows = event.selection.rows if event else []
if rows:
    chosen = df.iloc[rows[0]]
    name = i18n.indicator_label(chosen.get("indicator_code"), chosen["indicator_name"], ctx.lang)
    if st.button(f"{ctx.t('ledger.open')}{i18n.colon(ctx.lang)}{chosen['jurisdiction']} · {name}", type="primary",
                 key="ledger_open", icon=":material/query_stats:"):
        ui.switch_to(ui.INDICATOR_PAGE, target=chosen["target_id"])
else:
    st.caption(ctx.t("ledger.select_hint"))
