"""The 会议材料 button: options, a progress bar while the pack is built, then the ZIP to download.

Pages call ``render_meeting_pack(ctx.filters, ctx.lang)`` (the overview and the ledger). The pack
itself is made by :func:`outputs.pack.make_meeting_pack`, the same call as
``python -m etl meeting-pack``, with the app's database paths and the snapshot's day.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

import settings
from dashboard import data
from outputs import export, i18n
from outputs.pack import describe, make_meeting_pack
from outputs.pack_data import DEFAULT_MAX_SLIDES, SHEETS_BY, PackError, PackOptions
from tracking import departments
from tracking import reported as reported_store
from tracking.queries import Filters

RESULT_KEY = "meeting_pack_result"


def render_meeting_pack(filters: Filters, lang: str, key: str = "meeting_pack") -> None:
    """An expander with the pack's options; building shows progress, then a download button."""
    T = lambda k, **kw: i18n.t(k, lang, **kw)  # noqa: E731
    snap = data.snapshot()
    if snap is None:
        return
    with st.expander(T("pack.title"), icon=":material/co_present:"):
        st.caption(T("pack.intro"))
        # The jurisdictions on offer: those of the selection whatever their status, since the
        # statuses are chosen again below.
        available = data.selection_jurisdictions(snap, replace(filters, statuses=()))
        if not available:
            st.info(T("pack.empty"), icon=":material/filter_alt_off:")
            return
        with st.form(f"{key}_form", border=False):
            chosen = st.multiselect(T("pack.jurisdictions"), available, default=available, key=f"{key}_jurisdictions",
                                    placeholder=T("select.placeholder"))
            statuses = st.multiselect(T("pack.statuses"), list(i18n.DISPLAY_STATUSES),  # as the pages show them
                                      default=[s for s in filters.statuses if s in i18n.DISPLAY_STATUSES],
                                      format_func=lambda s: i18n.status_label(s, lang), key=f"{key}_statuses",
                                      placeholder=T("select.placeholder"))
            left, middle, right = st.columns(3)
            max_slides = left.number_input(T("pack.max_slides"), min_value=0, max_value=100,
                                           value=DEFAULT_MAX_SLIDES, step=1, key=f"{key}_max_slides")
            since = middle.date_input(T("pack.since"), value=None, key=f"{key}_since", format="YYYY-MM-DD")
            sheets_by = right.radio(T("pack.sheets_by"), SHEETS_BY, key=f"{key}_sheets_by",
                                    format_func=lambda s: T(f"pack.sheets_by.{s}"))
            submitted = st.form_submit_button(T("pack.build"), type="primary", icon=":material/folder_zip:")
        signature = (filters, lang, snap)
        if submitted:
            # Every jurisdiction picked means "the selection", so the pack is named after it.
            picked = () if set(chosen) >= set(available) else tuple(chosen)
            if not chosen:
                st.warning(T("pack.empty"))
                st.session_state.pop(RESULT_KEY, None)
                return
            options = PackOptions(jurisdictions=picked, statuses=tuple(statuses), max_slides=int(max_slides),
                                  since=since, sheets_by=sheets_by)
            pack = _build(filters, options, lang, snap)
            if pack is None:
                st.session_state.pop(RESULT_KEY, None)
                return
            st.session_state[RESULT_KEY] = {"signature": signature, "pack": pack}
        result = st.session_state.get(RESULT_KEY)
        if result and result["signature"] == signature:  # a pack built for other filters is not offered
            pack = result["pack"]
            st.success(T("pack.built", file=pack.file_name, slides=pack.n_slides, targets=pack.n_targets,
                         sheets=len(pack.sheet_names)))
            st.download_button(T("pack.download"), data=pack.zip_bytes, file_name=pack.file_name,
                               mime="application/zip", key=f"{key}_download", icon=":material/download:",
                               type="primary", on_click="ignore")


def _build(filters: Filters, options: PackOptions, lang: str, snap: data.Snapshot):
    """Build with a progress bar; on failure say why and return None."""
    bar = st.progress(0.0, text=i18n.t("pack.progress.load", lang))
    try:
        pack = make_meeting_pack(filters, options, indicators_db=settings.indicators_db(),
                                 reported_db=settings.reported_db(), today=snap.today, lang=lang,
                                 progress=lambda fraction, message: bar.progress(min(1.0, fraction), text=message))
    except (PackError, export.ExportError, reported_store.StoreError, departments.TableError) as exc:
        bar.empty()
        if isinstance(exc, PackError):  # the selection or the database: the user can change it
            st.warning(describe(exc, lang), icon=":material/filter_alt_off:")
        else:
            st.error(describe(exc, lang))
        return None
    bar.empty()
    return pack
