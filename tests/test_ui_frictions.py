"""Issue 12 item 7, the reporting journey's smaller frictions, under AppTest against real files:
no raw "None" in a displayed table, the entry grid following the sidebar's filters with sector and
lead-department columns, Streamlit's own English replaced in the Chinese view, and the English view
naming sectors, catalogued indicators and units in English."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from streamlit.testing.v1 import AppTest

from outputs import export, i18n
from tracking import reported
from tracking import reported_import as imp

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


# --- b. the import template: widths, frozen header, marked input columns, comparator and lead ---

TODAY = date(2024, 9, 1)


@pytest.fixture
def template_book(sample_db):
    frame = imp.template_frame(reported.read_targets(sample_db), TODAY)
    return load_workbook(io.BytesIO(export.template_xlsx_bytes(frame)))


def headers_of(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def test_the_template_marks_the_columns_to_fill_in(template_book):
    ws = template_book[imp.TEMPLATE_SHEET]
    assert ws.freeze_panes == "A2"
    heads = headers_of(ws)
    inputs = {imp.TEMPLATE_HEADERS[k] for k in imp.TEMPLATE_INPUTS}
    for name, column in heads.items():
        header, body = ws.cell(1, column), ws.cell(2, column)
        marked = header.fill.fgColor.rgb.endswith(export.INPUT_HEADER_FILL)
        assert marked == (name in inputs), name
        assert body.fill.fgColor.rgb.endswith(export.INPUT_FILL) == (name in inputs), name
        assert (header.comment is not None) == (name in inputs), name
        if name in inputs:
            assert header.comment.text == i18n.t("template.input_note", "zh")
    widths = {name: ws.column_dimensions[get_column_letter(col)].width for name, col in heads.items()}
    assert all(w and w >= 6 for w in widths.values()), widths                # never Excel's default 8.43 alike
    assert widths[imp.TEMPLATE_HEADERS["indicator"]] >= 14                  # "居民人均可支配收入增速" readable
    assert widths[imp.TEMPLATE_HEADERS["target_id"]] > widths[imp.TEMPLATE_HEADERS["unit"]]


def test_the_template_names_comparator_and_lead_department_and_explains_them(template_book):
    ws = template_book[imp.TEMPLATE_SHEET]
    heads = headers_of(ws)
    rows = {r[heads[imp.TEMPLATE_HEADERS["target_id"]] - 1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    col = lambda key: heads[imp.TEMPLATE_HEADERS[key]] - 1  # noqa: E731
    assert rows["t-pm25-gx"][col("comparator")] == "不高于"
    assert rows["t-5g-city"][col("comparator")] == "不低于"
    assert rows["t-income-gx"][col("comparator")] == "左右"
    assert rows["t-hitech-gx"][col("comparator")] == "达到"
    assert rows["t-pm25-gx"][col("lead_department")] == "市生态环境局冠县分局"
    notes = " ".join(str(r[0]) for r in template_book["说明"].iter_rows(min_row=2, values_only=True))
    assert "黄色的列" in notes and "牵头部门" in notes and "不低于" in notes


def test_the_template_filled_in_excel_imports(template_book, sample_db, tmp_path):
    """An official opens the workbook, types two values into the yellow column and a source, saves:
    the import takes it as it is, comparator and department columns and all."""
    ws = template_book[imp.TEMPLATE_SHEET]
    heads = headers_of(ws)
    for row in range(2, ws.max_row + 1):
        tid = ws.cell(row, heads[imp.TEMPLATE_HEADERS["target_id"]]).value
        if tid in ("t-hitech-gx", "t-pm25-gx"):
            ws.cell(row, heads[imp.TEMPLATE_HEADERS["value"]], {"t-hitech-gx": 66, "t-pm25-gx": 44.5}[tid])
            ws.cell(row, heads[imp.TEMPLATE_HEADERS["source"]], "县统计局")
    out = io.BytesIO()
    template_book.save(out)
    store = tmp_path / "reported.duckdb"
    report = imp.import_file(out.getvalue(), filename="填报.xlsx", indicators_db=sample_db, reported_db=store,
                             account_name="t", today=TODAY)
    assert report.ok, report.problems
    latest = reported.latest_reported(store)
    assert sorted(zip(latest["target_id"], latest["period"], latest["value"])) == [
        ("t-hitech-gx", "2024Q3", 66.0), ("t-pm25-gx", "2024Q3", 44.5)]
