"""The sidebar filters, shared by every page and mirrored in the URL (``st.query_params``).

The URL is read once, when a session starts (a shared link reproduces the view); from then on
the widgets' session state is the truth and is written back to the URL on every run. The
conversions between URL parameters, widget state and :class:`~tracking.queries.Filters` are
plain functions, tested without a browser.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from outputs import i18n
from tracking.queries import Filters

# Filters field → (URL parameter, widget key, is a list)
FIELDS: dict[str, tuple[str, str, bool]] = {
    "jurisdiction": ("jurisdiction", "f_jurisdiction", False),
    "include_sub": ("sub", "f_include_sub", False),
    "sectors": ("sector", "f_sectors", True),
    "department": ("department", "f_department", False),
    "years": ("year", "f_years", True),
    "kinds": ("kind", "f_kinds", True),
    "statuses": ("status", "f_statuses", True),
    "attributes": ("attribute", "f_attributes", True),
    "q": ("q", "f_q", False),
    "overdue": ("overdue", "f_overdue", False),
}
LANG_KEY = "lang"
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3}


# --- pure conversions ----------------------------------------------------------------------

def jurisdiction_tree(df: pd.DataFrame) -> list[tuple[str, int]]:
    """Jurisdictions in tree order with their depth: 聊城市 (0), then its counties (1), then its
    zones (1); a parent missing from the table (山东省) is not listed, its children become roots."""
    names = set(df["name"])
    children: dict[str | None, list[tuple[int, str]]] = {}
    for name, level, parent in df[["name", "level", "parent"]].itertuples(index=False):
        key = parent if isinstance(parent, str) and parent in names else None
        children.setdefault(key, []).append((_LEVEL_RANK.get(level, 9) if isinstance(level, str) else 9, name))
    out: list[tuple[str, int]] = []
    seen: set[str] = set()

    def walk(parent: str | None, depth: int) -> None:
        for _, name in sorted(children.get(parent, [])):
            if name not in seen:  # a cycle in the table must not hang the sidebar
                seen.add(name)
                out.append((name, depth))
                walk(name, depth + 1)

    walk(None, 0)
    return out


def params_to_filters(params: Mapping[str, Sequence[str]], options: Mapping[str, Sequence[str]],
                      aliases: Mapping[str, str] | None = None) -> Filters:
    """URL parameters (each a list of strings) → Filters, dropping values not on offer.

    ``{"jurisdiction": ["冠县"], "sector": ["生态环保"]}`` → ``Filters(jurisdiction="冠县",
    sectors=("生态环保",))``; an unknown sector or a year like "abc" is ignored, not an error.
    """
    def allowed(field: str) -> list[str]:
        url_name = FIELDS[field][0]
        given = params.get(url_name, [])
        if field == "department" and aliases:  # 县工业信息化局 in a link opens 县工业和信息化局
            given = [aliases.get(v, v) for v in given]
        return [v for v in given if v in set(options.get(field, []))]

    jurisdiction = allowed("jurisdiction")
    department = allowed("department")
    q = list(params.get("q", []))
    return Filters(
        jurisdiction=jurisdiction[0] if jurisdiction else None,
        include_sub=list(params.get("sub", ["1"]))[:1] != ["0"],
        sectors=tuple(allowed("sectors")),
        department=department[0] if department else None,
        years=tuple(int(y) for y in allowed("years")),
        kinds=tuple(allowed("kinds")),
        statuses=tuple(allowed("statuses")),
        attributes=tuple(allowed("attributes")),
        q=q[0].strip()[:100] if q else "",
        overdue=list(params.get("overdue", []))[:1] == ["1"],
    )


def filters_to_params(f: Filters) -> dict[str, list[str]]:
    """Filters → URL parameters, leaving out everything at its default (so links stay short)."""
    out: dict[str, list[str]] = {}
    if f.jurisdiction:
        out["jurisdiction"] = [f.jurisdiction]
        if not f.include_sub:
            out["sub"] = ["0"]
    for field in ("sectors", "years", "kinds", "statuses", "attributes"):
        values = getattr(f, field)
        if values:
            out[FIELDS[field][0]] = [str(v) for v in values]
    if f.department:
        out["department"] = [f.department]
    if f.q:
        out["q"] = [f.q]
    if f.overdue:
        out["overdue"] = ["1"]
    return out


def filters_to_state(f: Filters) -> dict[str, object]:
    """Filters → the widgets' session-state values."""
    return {
        "f_jurisdiction": f.jurisdiction or "",
        "f_include_sub": f.include_sub,
        "f_sectors": list(f.sectors),
        "f_department": f.department or "",
        "f_years": [str(y) for y in f.years],
        "f_kinds": list(f.kinds),
        "f_statuses": list(f.statuses),
        "f_attributes": list(f.attributes),
        "f_q": f.q,
        "f_overdue": f.overdue,
    }


def state_to_filters(state: Mapping[str, object]) -> Filters:
    """The widgets' session-state values → Filters."""
    return Filters(
        jurisdiction=str(state.get("f_jurisdiction") or "") or None,
        include_sub=bool(state.get("f_include_sub", True)),
        sectors=tuple(state.get("f_sectors") or ()),
        department=str(state.get("f_department") or "") or None,
        years=tuple(int(y) for y in state.get("f_years") or ()),
        kinds=tuple(state.get("f_kinds") or ()),
        statuses=tuple(state.get("f_statuses") or ()),
        attributes=tuple(state.get("f_attributes") or ()),
        q=str(state.get("f_q") or "").strip(),
        overdue=bool(state.get("f_overdue", False)),
    )


def drill_update(points: Sequence[Mapping], by: str) -> dict[str, object] | None:
    """The filter change a click on a status bar asks for (bars carry [category, status] as
    customdata): a 生态环保 / 进度滞后 bar → sector 生态环保 and status at_risk."""
    for point in points:
        data = point.get("customdata")
        if not isinstance(data, (list, tuple)) or len(data) < 2:
            continue
        category, status = str(data[0]), str(data[1])
        update: dict[str, object] = {"f_statuses": [status]}
        if by == "sector":
            update["f_sectors"] = [category]
        elif by == "jurisdiction":
            update.update({"f_jurisdiction": category, "f_include_sub": False})
        elif by == "department":
            update["f_department"] = category
        return update
    return None


# --- Streamlit side ------------------------------------------------------------------------

def current_lang() -> str:
    """The interface language: the switch's state, else the URL's ``lang``, else Chinese."""
    lang = st.session_state.get(LANG_KEY) or st.query_params.get(LANG_KEY, i18n.DEFAULT_LANG)
    return lang if lang in i18n.LANGS else i18n.DEFAULT_LANG


def render_language_switch() -> str:
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = current_lang()
    st.sidebar.radio(i18n.t("lang.label"), i18n.LANGS, key=LANG_KEY, horizontal=True,
                     format_func=lambda code: {"zh": "中文", "en": "English"}[code])
    return st.session_state[LANG_KEY]


def _url_params() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in st.query_params}


def _sanitise(key: str, allowed: Sequence[str], is_list: bool) -> None:
    """Drop stale values (a rebuild may remove a sector) before the widget sees them."""
    value = st.session_state.get(key)
    if is_list:
        st.session_state[key] = [v for v in (value or []) if v in allowed]
    elif value not in allowed:
        st.session_state[key] = ""


def render_sidebar(lang: str, jurisdictions: pd.DataFrame, options: Mapping[str, Sequence[str]],
                   aliases: Mapping[str, str] | None = None) -> Filters:
    """Draw the filters in the sidebar and return the selection (also written to the URL);
    ``aliases`` (department alias → canonical) lets a link name a department either way."""
    tree = jurisdiction_tree(jurisdictions)
    depth = dict(tree)
    choices = {
        "jurisdiction": [""] + [name for name, _ in tree],
        "sectors": list(options.get("sector", [])),
        "department": [""] + list(options.get("department", [])),
        "years": list(options.get("year", [])),
        "kinds": list(options.get("kind", [])),
        "statuses": list(i18n.DISPLAY_STATUSES),
        "attributes": list(options.get("attribute", [])),
    }
    if "f_q" not in st.session_state:  # a new session: the URL speaks
        st.session_state.update(filters_to_state(params_to_filters(_url_params(), choices, aliases)))
    for field, allowed in choices.items():
        _sanitise(FIELDS[field][1], allowed, FIELDS[field][2])

    T = lambda key: i18n.t(key, lang)  # noqa: E731
    sb = st.sidebar
    sb.header(T("filters.header"))
    sb.selectbox(T("filters.jurisdiction"), choices["jurisdiction"], key="f_jurisdiction",
                 format_func=lambda n: ("　" * depth.get(n, 0) + n) if n else T("filters.all_jurisdictions"))
    sb.checkbox(T("filters.include_sub"), key="f_include_sub")
    sb.multiselect(T("filters.sector"), choices["sectors"], key="f_sectors", placeholder=T("filters.any"),
                   format_func=lambda s: i18n.sector_label(s, lang))
    sb.selectbox(T("filters.department"), choices["department"], key="f_department",
                 format_func=lambda d: d or T("filters.all_departments"))
    sb.multiselect(T("filters.year"), choices["years"], key="f_years", placeholder=T("filters.any"))
    sb.multiselect(T("filters.kind"), choices["kinds"], key="f_kinds", placeholder=T("filters.any"),
                   format_func=lambda k: i18n.kind_label(k, lang))
    sb.multiselect(T("filters.status"), choices["statuses"], key="f_statuses", placeholder=T("filters.any"),
                   format_func=lambda s: i18n.status_label(s, lang))
    sb.multiselect(T("filters.attribute"), choices["attributes"], key="f_attributes",
                   placeholder=T("filters.any"),
                   format_func=lambda a: i18n.attribute_label(None if a == "none" else a, lang))
    sb.checkbox(T("filters.overdue"), key="f_overdue")
    sb.text_input(T("filters.q"), key="f_q")
    sb.button(T("filters.reset"), on_click=reset, key="f_reset")
    sb.caption(T("filters.share"))
    selection = state_to_filters(st.session_state)
    sync_url(selection, lang)
    return selection


def reset() -> None:
    st.session_state.update(filters_to_state(Filters()))


def apply_update(update: Mapping[str, object]) -> None:
    """Set filters from a callback (before the widgets are drawn in the next run)."""
    st.session_state.update(dict(update))


def sync_url(f: Filters, lang: str) -> None:
    """Write the selection into the URL, leaving other parameters (target, code) alone."""
    wanted = filters_to_params(f)
    if lang != i18n.DEFAULT_LANG:
        wanted[LANG_KEY] = [lang]
    for name in [FIELDS[field][0] for field in FIELDS] + [LANG_KEY]:
        if name in wanted:
            if st.query_params.get_all(name) != wanted[name]:
                st.query_params[name] = wanted[name]
        elif name in st.query_params:
            del st.query_params[name]
