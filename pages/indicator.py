"""指标详情: one target's path, the pace still required, its status, departments and source."""

import html

import streamlit as st

from dashboard import data, ui
from outputs import charts, export, i18n, pace

ctx = ui.context()
st.title(ctx.t("indicator.title"))

MAX_CHOICES = 2000  # a picker, not a list: the ledger is the place to browse thousands

ids, labels = data.target_choices(ctx.snap, ctx.filters, ctx.lang, MAX_CHOICES)
wanted = st.query_params.get("target")
if wanted and wanted not in labels:  # a link to a target outside the current filters still opens it
    ids.insert(0, wanted)
if "indicator_target" not in st.session_state or st.session_state["indicator_target"] not in ids or (
        wanted and wanted != st.session_state["indicator_target"]):
    st.session_state["indicator_target"] = wanted if wanted in ids else (ids[0] if ids else None)
if not ids:
    ui.empty_selection(ctx)
    st.stop()
target_id = st.selectbox(ctx.t("indicator.pick"), ids, key="indicator_target",
                         format_func=lambda i: labels.get(i, i),
                         on_change=lambda: st.query_params.update(target=st.session_state["indicator_target"]))
st.query_params["target"] = target_id

t = data.target(ctx.snap, target_id)
if t is None:
    st.warning(ctx.t("indicator.not_found", target_id=target_id))
    st.stop()

unit = t.get("unit") or ""
status = t.get("status") or "no_data"
status = t.get("display_status") or status  # 逾期未报 for a target owed and never reported
color = charts.STATUS_COLORS[status]
name = i18n.indicator_label(t.get("indicator_code"), t["indicator_name"], ctx.lang)  # the catalog's English in English
st.markdown(f"### {html.escape(t['jurisdiction'])} · {html.escape(name)} "
            f"<span style='background:{color};color:white;border-radius:4px;padding:2px 8px;font-size:0.7em'>"
            f"{i18n.status_label(status, ctx.lang)}</span>", unsafe_allow_html=True)
review_state = t.get("review_state") if isinstance(t.get("review_state"), str) else None  # issue 14
st.caption(ctx.t("col.review_state") + i18n.colon(ctx.lang) + i18n.review_state_label(review_state, ctx.lang))

year = "" if i18n.is_missing(t.get("target_year")) else i18n.paren(int(t["target_year"]), ctx.lang)
baseline = t.get("baseline_value")
if i18n.is_missing(baseline):
    baseline = t.get("baseline_used")
base_year = "" if i18n.is_missing(t.get("baseline_year")) else i18n.paren(int(t["baseline_year"]), ctx.lang)
period = i18n.paren(t["latest_period"], ctx.lang) if t.get("latest_period") else ""
ui.stat_row([
    (ctx.t("col.target") + year, i18n.fmt_target(t["comparator"], t["value"], unit, ctx.lang)),
    (ctx.t("col.baseline") + base_year, i18n.fmt_number(baseline, unit, ctx.lang)),
    (i18n.latest_label(t, ctx.lang) + period, i18n.fmt_number(t.get("latest_value"), unit, ctx.lang)),  # 累计完成
    (ctx.t("col.completion"), i18n.fmt_percent(t.get("completion"), ctx.lang)),
    (ctx.t("col.time_share"), i18n.fmt_percent(t.get("time_share"), ctx.lang)),
])

if i18n.is_increment(t):  # issue 12: an increment's latest value is its cumulative total
    st.caption(ctx.t("indicator.increment_rule_per_year" if i18n.is_per_year(t) else "indicator.increment_rule"))

series = data.reported_series(ctx.snap, target_id)
source = " ".join(x for x in (t.get("document_title"), t.get("doc_number")) if x)
fig = charts.path_chart(t, series, f"{t['jurisdiction']} · {name}",
                        " · ".join([ctx.t("indicator.path"), i18n.fmt_target(t["comparator"], t["value"], unit, ctx.lang) + year,
                                    charts.as_of_text(ctx.snap.today, ctx.lang)]),
                        ctx.lang, source=source or None)
ui.show_chart(ctx, fig, key="path_chart", stem=ui.file_stem(t["jurisdiction"], name))
with st.expander(ctx.t("indicator.reports", n=len(series)), expanded=0 < len(series) <= 8):
    if series.empty:
        st.caption(ctx.t("indicator.no_reports"))
    else:  # what officials typed beside each value: its source and note
        st.dataframe(export.reports_table(series, unit, ctx.lang, t.get("kind")), hide_index=True, key="indicator_reports")

left, right = st.columns(2)
with left:
    st.subheader(ctx.t("indicator.pace"))
    for line in pace.required_pace(t, ctx.snap.today, ctx.lang):
        st.markdown(f"- {line}")
    st.subheader(ctx.t("indicator.how"))
    st.write(i18n.explain_status(t, ctx.lang))
with right:
    st.subheader(ctx.t("indicator.departments"))
    for key, field in (("indicator.lead", "lead_departments"), ("indicator.participating", "participating_departments"),
                       ("indicator.officials", "lead_officials")):
        names = export.join_names(t.get(field))
        if names:
            st.markdown(f"**{ctx.t(key)}**{i18n.colon(ctx.lang)}{html.escape(names)}")
    if t.get("deadline"):
        st.markdown(f"**{ctx.t('col.deadline')}**{i18n.colon(ctx.lang)}{html.escape(t['deadline'])}")

st.subheader(ctx.t("indicator.source"))
where = " · ".join(x for x in (t.get("document_title"), t.get("doc_number"),
                               ctx.t("indicator.clause_ref", ref=t["clause_ref"]) if t.get("clause_ref") else "") if x)
st.caption(where)
clause = data.clause_text(t.get("source_file") or "", t["source_text"], data.source_mtime(t.get("source_file") or ""))
before, sentence, after = clause or ("", t["source_text"], "")
span = t.get("span_text") or ""
marked = html.escape(sentence)
if span and html.escape(span) in marked:  # the shortest piece naming indicator and number, in bold
    marked = marked.replace(html.escape(span), f"<b>{html.escape(span)}</b>", 1)
st.markdown(f"<div style='line-height:1.8;border-left:4px solid #90a4ae;padding-left:12px'>{html.escape(before)}"
            f"<mark style='background:#fff59d'>{marked}</mark>{html.escape(after)}</div>", unsafe_allow_html=True)

if t.get("indicator_code"):
    if st.button(ctx.t("indicator.compare_link"), key="to_compare", icon=":material/compare_arrows:"):
        ui.switch_to(ui.COMPARE_PAGE, code=t["indicator_code"])
