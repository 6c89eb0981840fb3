"""The newcomer's walk-through of issue 4 on the REAL database built from data/sources:
pick 冠县 and 生态环保, see the gauges, open the PM2.5 indicator, compare it with the development
zone, and take a PNG with readable Chinese into a slide."""

from __future__ import annotations

import io
import shutil

import duckdb
import pandas as pd
import pytest
from conftest import ROOT
from PIL import Image
from streamlit.testing.v1 import AppTest

from etl.load import build_database
from outputs import i18n
from tracking import reported

TIMEOUT = 120


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real")
    db = folder / "indicators.duckdb"
    build_database(ROOT / "data" / "sources", db)
    con = duckdb.connect(str(db), read_only=True)
    pm25 = dict(con.execute("SELECT jurisdiction, target_id FROM targets WHERE indicator_code = 'pm25'").fetchall())
    con.close()
    rep = folder / "reported.duckdb"
    rows = pd.DataFrame({"target_id": [pm25["冠县"]], "period": ["2024"], "value": [46.0]})
    reported.save_values(rep, rows, account="test", how="cli")
    return db, rep, pm25


@pytest.fixture
def env(real_db, monkeypatch):
    db, rep, pm25 = real_db
    monkeypatch.setenv("INDICATORS_DB", str(db))
    monkeypatch.setenv("REPORTED_DB", str(rep))
    return pm25


def open_page(page: str, query: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception
    return at


def test_guanxian_ecology_shows_gauges(env):
    at = open_page("pages/overview.py", {"jurisdiction": "冠县", "sector": "生态环保"})
    assert at.multiselect(key="f_sectors").value == ["生态环保"]
    grids = [str(m.value) for m in at.markdown if "gauge-grid" in str(m.value)]
    assert grids, "the gauge grid is drawn"
    assert "PM2.5" in grids[0]


def test_the_pm25_indicator_page_traces_its_sentence(env):
    at = open_page("pages/indicator.py", {"target": env["冠县"], "jurisdiction": "冠县"})
    body = "\n".join(str(m.value) for m in at.markdown) + "\n".join(str(c.value) for c in at.caption)
    assert "<mark" in body and "43" in body
    assert "冠发〔2023〕5号" in body


def test_pm25_compared_with_the_development_zone(env):
    at = open_page("pages/compare.py", {"code": "pm25", "jurisdiction": "聊城市"})
    table = at.dataframe[0].value
    assert {"冠县", "聊城经济技术开发区"} <= set(table[i18n.t("col.jurisdiction")])


def test_the_comparison_chart_becomes_a_slide_png():
    if not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from outputs import charts, export


    df = pd.DataFrame({"jurisdiction": ["冠县", "聊城经济技术开发区"], "value": [43.0, 42.0], "unit": ["微克/立方米"] * 2,
                       "comparator": ["<=", "<="], "latest_value": [46.0, None], "completion": [None, None],
                       "status": ["at_risk", "no_data"], "target_year": [2025, 2025], "kind": ["level", "level"]})
    fig = charts.comparison_values(df, "细颗粒物（PM2.5）浓度", "截至 2024年", "zh")
    png = export.figure_to_png(fig)
    assert Image.open(io.BytesIO(png)).size == (1600, 900)
