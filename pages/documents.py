"""文件管理: officials bring their own documents and check what the machine read.

Upload PDF, DOCX, TXT or MD files (several at once): each is checked, read and extracted in
another process (a large document does not hold up other people's pages) with a progress bar,
then shown with its inferred metadata to confirm or correct before it is published. Per document,
the review of its targets beside its text, the target's sentence highlighted: confirm, edit any
field, reject, or add a missed target by quoting its words. Every save is recorded in the store
(tracking.review) and the database republished with it (tracking.corrections), so the ledger and
the indicator page show it at once and every rebuild keeps it.

Signed-in accounts with the ``documents`` right edit; everyone else sees the list and the review.
"""

import html
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pandas as pd
import streamlit as st

import settings
from dashboard import auth, filters, style, ui
from outputs import i18n
from outputs.review_xlsx import review_workbook
from tracking import accounts as acc
from tracking import corrections, documents, review, review_import
from tracking.reported import StoreError
from tracking.sourcetext import clause_around

ui.require_shell()
lang = filters.current_lang()
T = lambda key, **f: i18n.t(key, lang, **f)  # noqa: E731
indicators_db, reported_db, sources_dir = settings.indicators_db(), settings.reported_db(), settings.sources_dir()
reviewed_only = settings.reviewed_only()
META_LABELS = {f: f"docs.meta.{f}" for f in review.DOCUMENT_FIELDS}
FIELD_LABELS = {f: f"review.field.{f}" for f in review.TARGET_FIELDS}

st.title(T("docs.title"))
st.caption(T("docs.intro"))
account = auth.current_account(lang)
may_edit = acc.can_manage_documents(account)
if account is not None and not may_edit:
    st.info(T("docs.no_right"))
if message := st.session_state.pop("docs_flash", None):
    st.success(message)


def flash(text: str) -> None:
    st.session_state["docs_flash"] = text
    st.session_state["docs_version"] = st.session_state.get("docs_version", 0) + 1
    st.rerun()


def version() -> int:
    return st.session_state.get("docs_version", 0)


# --- upload: check, read in another process, confirm metadata, publish ----------------------------
@st.cache_resource(show_spinner=False)
def _reader_pool() -> ProcessPoolExecutor:
    """One worker process that reads uploads, kept between uploads: its imports (pdfplumber, the
    extractor, the catalog) are paid once, and the app's own process stays free for other pages."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(documents.warm_up)
    return pool


def read_in_background(path, bar, label: str):
    """``documents.read_staged`` in the reader process, the bar moving while it works."""
    try:
        future = _reader_pool().submit(documents.read_staged, path, sources_dir, indicators_db)
    except BrokenProcessPool:  # the worker died (out of memory?): start another
        _reader_pool.clear()
        future = _reader_pool().submit(documents.read_staged, path, sources_dir, indicators_db)
    started = time.monotonic()
    while not future.done():
        elapsed = time.monotonic() - started
        bar.progress(min(0.95, elapsed / (elapsed + 4.0)), text=label)
        time.sleep(0.2)
    return future.result()


if may_edit:
    _reader_pool()  # started (and warmed) while the person chooses files
    st.subheader(T("docs.upload.title"))
    uploads = st.file_uploader(T("docs.upload.files"), type=["pdf", "docx", "txt", "md"], accept_multiple_files=True,
                               key=f"docs_upload_{version()}")
    style.upload_limit_caption(lang)  # Streamlit's "200MB per file" is hidden in Chinese (dashboard/style.py)
    if st.button(T("docs.upload.read"), key="docs_read", disabled=not uploads, icon=":material/upload_file:"):
        staged = st.session_state.setdefault("docs_staged", {})
        bar = st.progress(0.0)
        for i, upload in enumerate(uploads, start=1):
            label = T("docs.upload.reading", name=upload.name, i=i, n=len(uploads))
            bar.progress((i - 1) / len(uploads), text=label)
            try:
                name = documents.check_upload(upload.name, upload.getvalue(), indicators_db=indicators_db,
                                              reported_db=reported_db, max_bytes=settings.max_document_bytes())
                path = documents.stage(name, upload.getvalue(), sources_dir)
                try:
                    staged[name] = read_in_background(path, bar, label)
                except documents.DocumentRefused:
                    documents.discard(path)
                    raise
            except StoreError as e:
                st.error(str(e))
        bar.progress(1.0, text=T("docs.upload.done"))

    for name, item in list(st.session_state.get("docs_staged", {}).items()):
        with st.container(border=True):
            st.markdown(f"**{html.escape(name)}** · {T('docs.upload.found', n=len(item.targets))}"
                        + (f" · {T('docs.upload.replaces')}" if item.replaces else ""))
            with st.form(f"docs_confirm|{name}"):
                st.caption(T("docs.upload.confirm"))
                cols = st.columns(3)
                entered = {}
                for j, f in enumerate(review.DOCUMENT_FIELDS):
                    value = item.meta.get(f)
                    entered[f] = cols[j % 3].text_input(T(META_LABELS[f]), "" if value is None else str(value),
                                                        key=f"docs_meta|{name}|{f}")
                publish = st.form_submit_button(T("docs.upload.publish"), type="primary", icon=":material/publish:")
            if len(item.targets):
                st.dataframe(pd.DataFrame({
                    T("review.field.indicator_name"): item.targets["indicator_name"],
                    T("col.target"): [i18n.fmt_target(c, v, u, lang) for c, v, u in
                                      zip(item.targets["comparator"], item.targets["value"], item.targets["unit"])],
                    T("col.source_text"): item.targets["source_text"],
                }), hide_index=True, height=200)
            if st.button(T("docs.upload.discard"), key=f"docs_discard|{name}"):
                documents.discard(item.path)
                st.session_state["docs_staged"].pop(name)
                st.rerun()
            if publish:
                changed = {f: v for f, v in entered.items() if not review.same_value(v or None, item.meta.get(f))}
                try:
                    done = documents.publish(item, sources_dir=sources_dir, indicators_db=indicators_db,
                                             reported_db=reported_db, account=account.username, how="form",
                                             metadata=changed, reviewed_only=reviewed_only)
                except StoreError as e:
                    st.error(str(e))
                else:
                    st.session_state["docs_staged"].pop(name)
                    st.session_state["docs_pick"] = name
                    gone = "；".join(done.disappeared)
                    flash(T("docs.upload.published", name=name, n=done.n_targets)
                          + (T("docs.upload.gone", list=gone) if gone else ""))

# --- the documents ------------------------------------------------------------------------------
st.subheader(T("docs.list.title"))
listing = documents.list_documents(indicators_db, reported_db)
if listing.empty:
    st.info(T("docs.list.empty"))
    st.stop()
st.dataframe(pd.DataFrame({
    T("docs.meta.title"): listing["title"], T("docs.list.file"): listing["source_file"],
    T("docs.meta.jurisdiction"): listing["jurisdiction"], T("docs.meta.doc_number"): listing["doc_number"].fillna(""),
    T("docs.list.targets"): listing["n_targets"], T("docs.list.reviewed"): listing["n_reviewed"],
    T("docs.list.hidden"): listing["n_hidden"],
    T("docs.list.withdrawn"): [T("docs.list.yes") if w else "" for w in listing["withdrawn"]],
}), hide_index=True)
lost = corrections.unmatched(indicators_db)
if lost:
    with st.expander(T("docs.unmatched.title", n=len(lost))):
        st.caption(T("docs.unmatched.help"))
        st.dataframe(pd.DataFrame([u.__dict__ for u in lost]), hide_index=True)

# --- review one document --------------------------------------------------------------------------
st.subheader(T("review.title"))
names = list(listing["source_file"])
if st.session_state.get("docs_pick") not in names:
    st.session_state["docs_pick"] = names[0]
picked = st.selectbox(T("review.pick"), names, key="docs_pick",
                      format_func=lambda n: f"{listing.set_index('source_file').loc[n, 'title']} · {n}")
doc = listing.set_index("source_file").loc[picked]


@st.cache_data(show_spinner=False, max_entries=8)
def _document_text(path: str, version) -> str | None:
    return documents.document_text(path)


def save(fn, *args, **kwargs) -> bool:
    """Run a store write and republish; a refusal (a stale edit above all) is shown, not raised."""
    try:
        fn(*args, **kwargs)
        corrections.republish(indicators_db, reported_db, reviewed_only=reviewed_only)
    except review.StaleEdit as e:
        st.session_state["docs_version"] = version() + 1  # the next form shows the value in force
        st.error(T("review.stale", error=e))
        return False
    except StoreError as e:
        st.error(str(e))
        return False
    return True


# the document's metadata
with st.expander(T("review.meta.title"), expanded=False):
    records = review.document_records(reported_db)
    record = records[records["source_file"] == picked]
    corrected = record.iloc[0]["fields"] if len(record) else {}
    meta_now, inferred = documents.document_metadata(indicators_db, picked)
    meta_key = f"docs_meta_base|{picked}|{version()}"
    base = st.session_state.setdefault(meta_key, meta_now)
    with st.form(f"docs_meta_form|{picked}|{version()}"):
        cols = st.columns(3)
        entered = {f: cols[j % 3].text_input(T(META_LABELS[f]), "" if base.get(f) is None else str(base[f]),
                                             key=f"docs_meta_edit|{picked}|{f}|{version()}", disabled=not may_edit)
                   for j, f in enumerate(review.DOCUMENT_FIELDS)}
        if corrected:
            st.caption(T("review.meta.corrected", fields="、".join(T(META_LABELS[f]) for f in corrected)))
        submitted = st.form_submit_button(T("review.meta.save"), disabled=not may_edit, icon=":material/save:")
    if submitted:
        changed = {f: v for f, v in entered.items() if not review.same_value(v or None, base.get(f))}
        if changed and save(review.record_document, reported_db, picked, account=account.username, how="form",
                            fields=changed, based_on={f: base.get(f) for f in changed}, inferred=inferred):
            flash(T("review.meta.saved", name=picked))
    withdrawn = bool(doc["withdrawn"])
    if st.button(T("review.restore" if withdrawn else "review.withdraw"), key="docs_withdraw", disabled=not may_edit):
        try:
            documents.withdraw(picked, indicators_db=indicators_db, reported_db=reported_db, account=account.username,
                               how="form", withdrawn=not withdrawn, reviewed_only=reviewed_only)
        except StoreError as e:
            st.error(str(e))
        else:
            flash(T("review.restored" if withdrawn else "review.withdrawn", name=picked))

now, raw = review_import.document_targets(indicators_db, picked)
reviews = review.target_reviews(reported_db)
states = dict(zip(reviews["target_id"], reviews["state"]))
now["state"] = [states.get(t, "unreviewed") for t in now["target_id"]]
text = _document_text(str(sources_dir / picked), documents.source_version(sources_dir / picked))

buttons = st.columns([1, 3])
buttons[0].download_button(T("review.xlsx"), key="docs_review_xlsx", on_click="ignore", icon=":material/download:",
                           data=lambda: review_workbook(review_import.review_frame(indicators_db, reported_db, picked),
                                                        picked, lang),
                           file_name=f"{T('review.title')}_{ui.file_stem(picked)}.xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
counts = now["state"].value_counts()
buttons[1].caption(" · ".join(f"{i18n.review_state_label(s, lang)} {int(counts.get(s, 0))}"
                              for s in i18n.REVIEW_STATES if counts.get(s, 0)))
st.dataframe(pd.DataFrame({
    T("col.review_state"): [i18n.review_state_label(s, lang) for s in now["state"]],
    T("review.field.indicator_name"): now["indicator_name"],
    T("col.target"): [i18n.fmt_target(c, v, u, lang) for c, v, u in zip(now["comparator"], now["value"], now["unit"])],
    T("col.target_year"): now["target_year"], T("col.source_text"): now["source_text"],
    T("col.target_id"): now["target_id"],
}), hide_index=True, height=240)

if now.empty:
    st.info(T("review.no_targets"))
else:
    ids = list(now["target_id"])
    if st.session_state.get("docs_target") not in ids:
        st.session_state["docs_target"] = ids[0]
    by_id = now.set_index("target_id")
    chosen = st.selectbox(T("review.target"), ids, key="docs_target", format_func=lambda t: (
        f"[{i18n.review_state_label(by_id.loc[t, 'state'], lang)}] {by_id.loc[t, 'indicator_name']} · "
        f"{i18n.fmt_target(by_id.loc[t, 'comparator'], by_id.loc[t, 'value'], by_id.loc[t, 'unit'], lang)}"))
    row = by_id.loc[chosen]
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{T('review.text')}**")
        found = clause_around(text or "", str(row["source_text"]))
        if found is None:
            st.caption(T("review.text_missing"))
            st.markdown(f"> {html.escape(str(row['source_text']))}")
        else:
            before, sentence, after = (html.escape(part) for part in found)
            st.markdown(f"<div style='line-height:1.8;border-left:4px solid #90a4ae;padding-left:12px'>{before}"
                        f"<mark style='background:#fff59d'>{sentence}</mark>{after}</div>", unsafe_allow_html=True)
        with st.expander(T("review.full_text")):
            st.text(text or T("review.text_missing"))
    with right:
        st.markdown(f"**{T('col.review_state')}**{i18n.colon(lang)}{i18n.review_state_label(row['state'], lang)}")
        base_key = f"docs_target_base|{chosen}|{version()}"
        base = st.session_state.setdefault(base_key, {f: review._plain(row[f]) for f in review.TARGET_FIELDS})
        with st.form(f"docs_target_form|{chosen}|{version()}"):
            entered = {}
            for f in review.TARGET_FIELDS:
                value = base.get(f)
                key = f"docs_field|{chosen}|{f}|{version()}"
                if f == "comparator":
                    entered[f] = st.selectbox(T(FIELD_LABELS[f]), review.COMPARATORS, key=key, disabled=not may_edit,
                                              index=review.COMPARATORS.index(value) if value in review.COMPARATORS else 0)
                elif f == "kind":
                    entered[f] = st.selectbox(T(FIELD_LABELS[f]), review.KINDS, key=key, disabled=not may_edit,
                                              index=review.KINDS.index(value) if value in review.KINDS else 0,
                                              format_func=lambda k: i18n.kind_label(k, lang))
                elif f == "per_year":
                    entered[f] = st.checkbox(T(FIELD_LABELS[f]), bool(value), key=key, disabled=not may_edit)
                else:
                    shown = review.format_value(value) if value not in (None, []) else ""
                    entered[f] = st.text_input(T(FIELD_LABELS[f]), shown, key=key, disabled=not may_edit)
            cols = st.columns(3)
            do_confirm = cols[0].form_submit_button(T("review.confirm"), disabled=not may_edit, icon=":material/check:")
            do_edit = cols[1].form_submit_button(T("review.save"), type="primary", disabled=not may_edit,
                                                 icon=":material/save:")
            do_reject = cols[2].form_submit_button(T("review.reject"), disabled=not may_edit, icon=":material/block:")
        if do_confirm or do_edit or do_reject:
            try:
                changed = {f: v for f, v in entered.items()
                           if not review.same_value(review.clean_target_field(f, v), base.get(f))}
            except ValueError as e:
                st.error(T("review.bad_value", field=T(FIELD_LABELS[e.args[0]])))
            else:
                action = "reject" if do_reject else ("edit" if changed else "confirm")
                edit = review.TargetEdit(chosen, picked, str(row["source_text"]), action, changed,
                                         {**{f: base.get(f) for f in changed}, "state": row["state"]},
                                         review_import.extracted_fields(raw, chosen))
                if save(review.review_target, reported_db, edit, account=account.username, how="form"):
                    flash(T(f"review.done.{action}", name=row["indicator_name"]))

# --- add a missed target by quoting its words -----------------------------------------------------
with st.expander(T("review.add.title"), expanded=False):
    st.caption(T("review.add.help"))
    with st.form(f"docs_add|{picked}|{version()}"):
        quote = st.text_area(T("review.add.quote"), key=f"docs_add_quote|{version()}", disabled=not may_edit)
        cols = st.columns(3)
        added = {
            "indicator_name": cols[0].text_input(T(FIELD_LABELS["indicator_name"]), key=f"docs_add_name|{version()}",
                                                 disabled=not may_edit),
            "value": cols[1].text_input(T(FIELD_LABELS["value"]), key=f"docs_add_value|{version()}", disabled=not may_edit),
            "unit": cols[2].text_input(T(FIELD_LABELS["unit"]), key=f"docs_add_unit|{version()}", disabled=not may_edit),
            "comparator": cols[0].selectbox(T(FIELD_LABELS["comparator"]), review.COMPARATORS,
                                            key=f"docs_add_comparator|{version()}", disabled=not may_edit),
            "kind": cols[1].selectbox(T(FIELD_LABELS["kind"]), review.KINDS, key=f"docs_add_kind|{version()}",
                                      format_func=lambda k: i18n.kind_label(k, lang), disabled=not may_edit),
            "target_year": cols[2].text_input(T(FIELD_LABELS["target_year"]), key=f"docs_add_year|{version()}",
                                              disabled=not may_edit),
        }
        do_add = st.form_submit_button(T("review.add.button"), disabled=not may_edit, icon=":material/add:")
    if do_add:
        if not quote.strip() or not documents.quote_in(text, quote):
            st.error(T("review.add.not_found"))
        else:
            try:
                fields = review.clean_target_fields({k: v for k, v in added.items() if str(v).strip()})
            except ValueError as e:
                st.error(T("review.bad_value", field=T(FIELD_LABELS[e.args[0]])))
            else:
                edit = review.TargetEdit(review.added_target_id(picked, quote), picked, quote.strip(), "add", fields)
                if save(review.review_target, reported_db, edit, account=account.username, how="form"):
                    flash(T("review.done.add", name=fields.get("indicator_name", "")))
