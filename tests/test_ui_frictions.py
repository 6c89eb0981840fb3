"""Issue 12 item 7, the reporting journey's smaller frictions, under AppTest against real files:
no raw "None" in a displayed table, the entry grid following the sidebar's filters with sector and
lead-department columns, Streamlit's own English replaced in the Chinese view, and the English view
naming sectors, catalogued indicators and units in English."""

from __future__ import annotations

import io
import json
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


# --- a. the entry grid follows the sidebar and shows sector and lead department ---------------------

def entry_grid(at: AppTest) -> pd.DataFrame:
    return at.data_editor[0].value


def test_the_entry_grid_follows_the_sidebars_sector_filter(dbs):
    at = open_page("pages/entry.py", {"jurisdiction": "冠县", "sector": "生态环保"})
    assert at.selectbox(key="entry_jurisdiction").value == "冠县"
    grid = entry_grid(at)
    assert list(grid["target_id"]) == ["t-pm25-gx"]
    assert list(grid["sector"]) == ["生态环保"] and list(grid["lead"]) == ["市生态环境局冠县分局"]
    assert i18n.t("entry.filtered", shown=1, n=3) in [c.value for c in at.caption]
    at.multiselect(key="f_sectors").set_value([]).run()           # the sector filter cleared: all three
    assert sorted(entry_grid(at)["target_id"]) == ["t-hitech-gx", "t-income-gx", "t-pm25-gx"]


def test_the_entry_page_takes_the_sidebars_jurisdiction_and_department(dbs):
    at = open_page("pages/entry.py", {"jurisdiction": "聊城市", "department": "市工业和信息化局"})
    assert at.selectbox(key="entry_jurisdiction").value == "聊城市"
    assert at.selectbox(key="entry_department").value == "市工业和信息化局"
    assert list(entry_grid(at)["target_id"]) == ["t-5g-city"]
    at.selectbox(key="entry_department").select("").run()          # a choice made on the page stays
    assert sorted(entry_grid(at)["target_id"]) == ["t-5g-city", "t-gdp"]
    at.selectbox(key="f_jurisdiction").set_value("冠县").run()      # until the sidebar changes
    assert at.selectbox(key="entry_jurisdiction").value == "冠县"


def test_the_sector_and_department_columns_are_read_only_and_the_grid_is_tall(dbs):
    from dashboard import ui

    at = open_page("pages/entry.py", {"jurisdiction": "冠县"})
    editor = at.data_editor[0]
    config = json.loads(editor.proto.columns)
    assert config["sector"]["disabled"] and config["lead"]["disabled"]
    assert config["sector"]["label"] == i18n.t("col.sector") and config["lead"]["label"] == i18n.t("col.lead_departments")
    assert ui.table_height(96) == 35 * 21 + 3 and ui.table_height(3) == 35 * 4 + 3  # up to 20 rows, not ~10


def test_a_value_saved_through_the_one_target_form(dbs, tmp_path):
    from tracking.accounts import Grant, add_account

    add_account(tmp_path / "accounts.toml", "gx", "gx-password", [Grant("冠县")], "冠县发展改革局", rounds=4)
    at = AppTest.from_file(str(ROOT / "pages" / "entry.py"), default_timeout=60)
    at.session_state["entry_account"] = "gx"
    at.run()
    at.selectbox(key="entry_one_pick|冠县|").set_value("t-pm25-gx").run()  # PM2.5浓度, the third target
    form = [i for i in at.text_input if (i.form_id or "").startswith("entry_one_form|t-pm25-gx")]
    next(i for i in form if i.label == i18n.t("entry.col.value")).input("44")
    next(i for i in form if i.label == i18n.t("entry.col.period")).input("2024")
    at.button(key="entry_save_one").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value == i18n.t("entry.saved", saved=1, unchanged=0)
    latest = reported.latest_reported(dbs[1])
    assert ("t-pm25-gx", "2024", 44.0) in set(zip(latest["target_id"], latest["period"], latest["value"]))


# --- d. Streamlit's own English in the Chinese view ---------------------------------------------

def test_the_chinese_view_gives_every_multiselect_and_date_a_chinese_face(dbs):
    at = open_page("pages/overview.py", {"lang": "zh"})
    pickers = list(at.multiselect)
    assert pickers, "the sidebar and the meeting pack have multiselects"
    for m in pickers:
        assert m.proto.placeholder and not any("a" <= ch.lower() <= "z" for ch in m.proto.placeholder), m.label
    for d in at.date_input:
        assert d.proto.format == "YYYY-MM-DD", d.label


def test_the_upload_limit_is_said_in_chinese_and_the_css_rewords_the_uploader(dbs):
    from dashboard import style

    at = open_page("pages/entry.py")
    assert i18n.t("upload.limit", mb=200) in [c.value for c in at.caption]
    css = style.css("zh")
    assert '[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }' in css
    assert f'content: "{i18n.t("upload.button")}"' in css
    assert "stFileUploader" not in style.css("en")                   # Streamlit's English is right in English


# --- e. the English view names sectors, catalogued indicators and units in English ------------------

def test_every_unit_of_the_vocabulary_has_english():
    from etl.quantities import BASE_UNITS, SCALES

    assert set(BASE_UNITS) <= set(i18n.UNITS_EN) and set(SCALES) <= set(i18n.SCALES_EN)
    assert i18n.fmt_number(46, "微克/立方米", "en") == "46 μg/m³"
    assert i18n.fmt_number(2316.84, "亿元", "en") == "2316.84 100m yuan"
    assert i18n.fmt_number(1.2, "万人", "en") == "1.2 10k people"
    assert i18n.fmt_number(80, "家", "en") == "80" and i18n.fmt_number(6, "%", "en") == "6%"
    assert i18n.fmt_number(46, "微克/立方米", "zh") == "46微克/立方米"
    assert i18n.fmt_number(3, "吨标煤当量", "en") == "3吨标煤当量"        # outside the vocabulary: as written


def test_every_sector_of_the_table_has_english():
    from etl.sectors import load_sectors

    for rule in load_sectors():
        assert i18n.sector_label(rule.sector, "en") == rule.name_en and rule.name_en.isascii()
    assert i18n.sector_label("其他", "en") == "Other" and i18n.sector_label("生态环保", "zh") == "生态环保"


def test_the_english_ledger_names_sectors_indicators_and_units_in_english(dbs):
    at = open_page("pages/ledger.py", {"lang": "en", "jurisdiction": "冠县", "sector": "生态环保"})
    table = at.dataframe[0].value
    assert list(table[i18n.t("col.sector", "en")]) == ["Ecology and environment"]
    assert list(table[i18n.t("col.indicator_name", "en")]) == ["PM2.5 concentration"]
    assert list(table[i18n.t("col.target", "en")]) == ["≤42 μg/m³"]
    sidebar = at.multiselect(key="f_sectors")
    assert sidebar.format_func("生态环保") == "Ecology and environment"


def test_the_english_entry_grid_and_indicator_page(dbs):
    at = open_page("pages/entry.py", {"lang": "en", "jurisdiction": "冠县"})
    grid = entry_grid(at).set_index("target_id")
    assert grid.loc["t-pm25-gx", "indicator"] == "PM2.5 concentration"
    assert grid.loc["t-pm25-gx", "sector"] == "Ecology and environment"
    assert grid.loc["t-hitech-gx", "target"] == "80"
    at = open_page("pages/indicator.py", {"lang": "en", "target": "t-pm25-gx"})
    heading = next(m.value for m in at.markdown if m.value.startswith("### "))
    assert "PM2.5 concentration" in heading
    figures = next(m.value for m in at.markdown if "stat-value" in m.value)
    assert "Baseline (2022)" in figures and "（" not in figures and "μg/m³" in figures
    departments = [m.value for m in at.markdown if m.value.startswith("**Lead")]
    assert departments and all("：" not in m for m in departments)


def test_the_english_overview_names_gauges_and_sector_bars_in_english(dbs):
    at = open_page("pages/overview.py", {"lang": "en", "jurisdiction": "冠县"})
    gauges = next(m.value for m in at.markdown if "<svg" in m.value)
    assert "PM2.5 concentration" in gauges and "μg/m³" in gauges and "PM2.5浓度" not in gauges
    from dashboard import data
    from tracking.queries import Filters

    fig = data.status_bars_figure(data.snapshot(), Filters(jurisdiction="冠县"), "sector", "t", "s", "en")
    shown = {y for trace in fig.data for y in trace.y}
    assert "Ecology and environment" in shown and "生态环保" not in shown
    assert {c[0] for trace in fig.data for c in trace.customdata} >= {"生态环保"}  # a click still filters by the stored sector
