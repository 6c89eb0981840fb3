"""Issue 12 item 7, the reporting journey's smaller frictions, under AppTest against real files:
no raw "None" in a displayed table, the entry grid following the sidebar's filters with sector and
lead-department columns, Streamlit's own English replaced in the Chinese view, and the English view
naming sectors, catalogued indicators and units in English."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from outputs import i18n
from tracking import reported

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
RAW_MISSING = {"None", "nan", "NaN", "<NA>", "NaT"}


@pytest.fixture
def dbs(sample_db, tmp_path, monkeypatch):
    rep = tmp_path / "reported.duckdb"
    reported.save_values(rep, pd.DataFrame({"target_id": ["t-pm25-gx"], "period": ["2024"], "value": [45.0]}),
                         account="test", how="cli")
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(rep))
    monkeypatch.setenv("ACCOUNTS_FILE", str(tmp_path / "accounts.toml"))
    return sample_db, rep


def open_page(page: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def raw_missing_cells(table: pd.DataFrame) -> list[tuple[str, object]]:
    """Cells Streamlit would print as a word: None in a text column, or the text "None"/"nan".
    (A missing number in a numeric column is drawn as an empty cell.)"""
    found = []
    for column in table.columns:
        values = table[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            found += [(column, v) for v in values if v is None or (isinstance(v, float) and v != v)
                      or (isinstance(v, str) and v.strip() in RAW_MISSING)]
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_no_table_on_any_page_prints_none(dbs, page, lang):
    for query in ({"lang": lang}, {"lang": lang, "code": "5g_base_stations"}):
        at = open_page(page, query)
        for frame in at.dataframe:
            assert raw_missing_cells(frame.value) == [], (page, lang)
