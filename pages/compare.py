"""地区对比: one catalogued indicator across jurisdictions — targets, latest values, completion."""

import streamlit as st

from dashboard import data, ui
from outputs import charts, i18n

ctx = ui.context()
st.title(ctx.t("compare.title"))

codes = data.indicator_codes(ctx.snap, ctx.lang)
if codes.empty:
    st.info(ctx.t("compare.none"))
    st.stop()
names = dict(zip(codes["indicator_code"], codes["indicator_name"]))
counts = dict(zip(codes["indicator_code"], codes["n_jurisdictions"]))
options = list(codes["indicator_code"])
wanted = st.query_params.get("code")
if wanted in options and st.session_state.get("compare_code") != wanted:
    st.session_state["compare_code"] = wanted
elif st.session_state.get("compare_code") not in options:
    st.session_state["compare_code"] = options[0]
code = st.selectbox(ctx.t("compare.pick"), options, key="compare_code",
                    format_func=lambda c: names[c] + i18n.paren(counts[c], ctx.lang),
                    on_change=lambda: st.query_params.update(code=st.session_state["compare_code"]))
st.query_params["code"] = code
st.caption(ctx.t("compare.note"))

df = data.comparison(ctx.snap, code)
if df.empty:
    ui.empty_selection(ctx)
    st.stop()
subtitle = " · ".join([names[code], charts.as_of_text(ctx.snap.today, ctx.lang)])
values, completion = data.comparison_figures(ctx.snap, code, ctx.lang, f"{names[code]} · {ctx.t('compare.values')}",
                                             f"{names[code]} · {ctx.t('compare.completion')}", subtitle,
                                             ctx.filters.jurisdiction)
ui.show_chart(ctx, values, key="compare_values", stem=ui.file_stem(names[code], ctx.t("compare.title")))
ui.show_chart(ctx, completion, key="compare_completion", stem=ui.file_stem(names[code], ctx.t("col.completion")))
st.dataframe(data.comparison_table(ctx.snap, code, ctx.lang), hide_index=True, key="compare_table")
