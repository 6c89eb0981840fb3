"""聊城市目标指标监测 — the entry point: menu, language switch, shared filters, then the page."""

from pathlib import Path

import streamlit as st

import settings
from dashboard import data, filters, style, ui
from outputs import i18n

# The tab's icon is a file of ours, served by the app: a material icon (":material/monitoring:") is
# fetched by the browser from Google's font server, which the Content-Security-Policy blocks.
st.set_page_config(page_title=i18n.t("app.title"), page_icon=str(settings.APP_ICON), layout="wide")

HERE = Path(__file__).parent
lang = filters.current_lang()
PAGES = [
    ("pages/overview.py", "nav.overview", ":material/dashboard:"),
    ("pages/ledger.py", "nav.ledger", ":material/table_view:"),
    ("pages/indicator.py", "nav.indicator", ":material/query_stats:"),
    ("pages/compare.py", "nav.compare", ":material/compare_arrows:"),
    ("pages/departments.py", "nav.departments", ":material/groups:"),
    ("pages/entry.py", "nav.entry", ":material/edit_note:"),
    ("pages/documents.py", "nav.documents", ":material/folder_open:"),  # issue 14
]
nav = st.navigation([
    st.Page(path, title=i18n.t(key, lang), icon=icon, default=(i == 0))
    for i, (path, key, icon) in enumerate(PAGES) if (HERE / path).exists()
])
lang = filters.render_language_switch()
style.apply(lang)  # the app's CSS: phone layouts, Streamlit's own English in the Chinese view

snap = data.snapshot()
if snap is None:
    ui.no_database(lang)
    st.stop()
with ui.shell():
    try:
        filters.render_sidebar(lang, data.jurisdictions(snap), data.filter_options(snap), data.department_aliases())
        if problem := data.reported_problem(snap):
            st.warning(i18n.t("reported.error", lang, error=problem))
        if problem := data.department_aliases_problem():
            st.warning(i18n.t("remind.table_error", lang, error=problem))
        ui.follow_pending_navigation()
        nav.run()
    except data.DataError as exc:
        st.error(i18n.t("dberror", lang, error=exc))
