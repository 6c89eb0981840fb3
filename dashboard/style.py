"""The app's CSS, in one place: app.py puts it on every page (``st.html`` of a ``<style>``, which
takes no room on the page). Two jobs:

- **Phones** (issue 12): at 640 px and narrower the overview's figures sit three to a row in
  compact tiles instead of one per line, so the gauges begin on the first screen; the entry page
  swaps its wide grid (``.st-key-entry_grid_view``) for its one-target form
  (``.st-key-entry_one_view``), and back on wider screens.
- **Streamlit's own English in the Chinese view** (Streamlit has no locale): the file uploader's
  "Upload" button reads 选择文件 and its "200MB per file • CSV" line is hidden (the page states the
  limit in Chinese beside it); a text field's "Press Enter to apply" hint is hidden. What CSS cannot
  reach is listed in README.md ("Streamlit's own words").

Containers are found by their key: ``st.container(key="entry_grid_view")`` carries the class
``st-key-entry_grid_view``.
"""

from __future__ import annotations

import streamlit as st

from outputs import i18n

NARROW_PX = 640  # where Streamlit itself stacks columns: a phone, or a very narrow window

PHONE_CSS = f"""
@media (max-width: {NARROW_PX}px) {{
  .st-key-overview_tiles [data-testid="stHorizontalBlock"] {{ flex-wrap: wrap; gap: 0.25rem 0.5rem; }}
  .st-key-overview_tiles [data-testid="stColumn"] {{
    flex: 1 1 calc(33% - 0.5rem) !important; min-width: calc(33% - 0.5rem) !important; width: auto !important; }}
  .st-key-overview_tiles [data-testid="stMetric"] {{ padding: 0; }}
  .st-key-overview_tiles [data-testid="stMetricLabel"] p {{ font-size: 0.75rem; }}
  .st-key-overview_tiles [data-testid="stMetricValue"] {{ font-size: 1.4rem; line-height: 1.2; }}
  .st-key-entry_grid_view {{ display: none !important; }}
  [data-testid="stMainBlockContainer"] h1 {{ font-size: 2rem; }}
}}
@media (min-width: {NARROW_PX + 1}px) {{
  .st-key-entry_one_view {{ display: none !important; }}
}}
"""


def streamlit_words_css(lang: str) -> str:
    """CSS that puts Chinese where Streamlit writes English and hides what it cannot reword;
    nothing in English (Streamlit's words are English already)."""
    if lang == "en":
        return ""
    button = i18n.t("upload.button", lang).replace('"', "")
    return f"""
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stIconMaterial"] {{ font-size: 1.25rem; }}
[data-testid="stFileUploaderDropzone"] button::after {{ content: "{button}"; font-size: 0.875rem; }}
[data-testid="InputInstructions"] {{ display: none; }}
"""


def css(lang: str) -> str:
    """All of the app's CSS for ``lang``."""
    return PHONE_CSS + streamlit_words_css(lang)


def apply(lang: str) -> None:
    st.html(f"<style>{css(lang)}</style>")


def upload_limit_caption(lang: str) -> None:
    """The upload limit in the reader's language (server.maxUploadSize, .streamlit/config.toml),
    said where Streamlit's own "200MB per file" line is hidden."""
    st.caption(i18n.t("upload.limit", lang, mb=int(st.get_option("server.maxUploadSize"))))
