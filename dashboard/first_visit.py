"""The overview's first visit: nothing reported yet, so say so, name who reports what, and show
where to start (the 数据填报 page and the import template)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import data
from dashboard.ui import PageContext
from outputs import export
from tracking.reported_import import template_frame

ENTRY_PAGE = "pages/entry.py"
MAX_DEPARTMENTS = 30


def _template(target_ids: tuple[str, ...], today: date) -> bytes:
    """The import template for the selection's targets (made when the button is clicked)."""
    return export.template_xlsx_bytes(template_frame(data.targets_for_template(list(target_ids)), today))


def render(ctx: PageContext) -> None:
    """The first-visit panel: what to do when no value has been reported in the selection."""
    ledger = data.ledger(ctx.snap, ctx.filters)
    with st.container(border=True, key="first_visit"):
        st.markdown(f"#### {ctx.t('overview.first.title')}")
        st.markdown(ctx.t("overview.first.body", n=len(ledger)))
        duties = export.duties_table(data.reporting_duties(ctx.snap, ctx.filters), ctx.lang)
        st.dataframe(duties.head(MAX_DEPARTMENTS), hide_index=True, key="first_visit_duties",
                     column_config={ctx.t("col.examples"): st.column_config.TextColumn(width="large")})
        if len(duties) > MAX_DEPARTMENTS:
            st.caption(ctx.t("overview.first.more", shown=MAX_DEPARTMENTS, n=len(duties)))
        left, right = st.columns(2)
        with left:
            st.page_link(ENTRY_PAGE, label=ctx.t("overview.first.entry"), icon=":material/edit_note:")
        ids = tuple(ledger["target_id"])
        right.download_button(
            ctx.t("overview.first.template"), key="first_visit_template", icon=":material/download:", on_click="ignore",
            data=lambda: _template(ids, ctx.snap.today),
            file_name=f"{ctx.t('entry.template.name')}_{ctx.filters.jurisdiction or ctx.t('filters.all_jurisdictions')}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
