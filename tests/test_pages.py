"""Every page of the real app under streamlit.testing's AppTest, against real DuckDB files.

The app reads ``INDICATORS_DB`` and ``REPORTED_DB``; each test points them at files in its own
tmp_path (the sample indicators database, and a reported-values store written through
tracking.reported, the same code the entry page uses).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from outputs import charts, i18n
from tracking import reported

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
MY_PAGES = ["pages/overview.py", "pages/ledger.py", "pages/indicator.py", "pages/compare.py",
            "pages/departments.py"]
TIMEOUT = 60

# What departments reported: 冠县 PM2.5 falling towards its ceiling, 80 高新技术企业 halfway,
# the city's 5G base stations done.
REPORTS = pd.DataFrame({
    "target_id": ["t-pm25-gx", "t-pm25-gx", "t-hitech-gx", "t-5g-city"],
    "period": ["2023", "2024", "2024", "2022"],
    "value": [47.0, 45.0, 60.0, 3200.0],
})


@pytest.fixture
def dbs(sample_db, tmp_path, monkeypatch):
    rep = tmp_path / "reported.duckdb"
    reported.save_values(rep, REPORTS, account="test", how="cli")
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(rep))
    return sample_db, rep


def app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def open_page(page: str, query: dict | None = None) -> AppTest:
    at = app(query)
    if page != "pages/overview.py":
        at.switch_page(page).run()
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    return "\n".join(str(p) for p in parts)


def test_every_page_file_is_in_the_menu():
    source = APP.read_text(encoding="utf-8")
    for page in MY_PAGES + ["pages/entry.py"]:
        assert f'"{page}"' in source


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exceptions(dbs, page):
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title, "every page has a title"


@pytest.mark.parametrize("page", MY_PAGES)
def test_every_page_renders_in_english(dbs, page):
    at = open_page(page, {"lang": "en"})
    assert not at.exception
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in at.title[0].value)


def test_overview_counts_follow_the_jurisdiction_filter(dbs):
    at = app()
    assert metrics(at)[i18n.t("overview.n_targets")] == "8"
    at.selectbox(key="f_jurisdiction").set_value("冠县").run()
    m = metrics(at)
    assert m[i18n.t("overview.n_targets")] == "3"
    assert m[i18n.t("status.on_track")] == "1"  # PM2.5 45 on its way from 50 to 42
    assert at.query_params["jurisdiction"] == ["冠县"] or at.query_params["jurisdiction"] == "冠县"


def test_query_params_restore_the_view_on_every_page(dbs):
    at = app({"jurisdiction": "冠县", "sector": "生态环保"})
    assert at.selectbox(key="f_jurisdiction").value == "冠县"
    assert at.multiselect(key="f_sectors").value == ["生态环保"]
    assert metrics(at)[i18n.t("overview.n_targets")] == "1"
    at.switch_page("pages/ledger.py").run()
    table = at.dataframe[0].value
    assert list(table[i18n.t("col.indicator_name")]) == ["PM2.5浓度"]
    assert list(table[i18n.t("col.status")]) == [i18n.t("status.on_track")]


def test_unknown_url_values_are_ignored_not_fatal(dbs):
    at = app({"jurisdiction": "不存在的县", "year": "abc", "status": "nonsense"})
    assert not at.exception
    assert metrics(at)[i18n.t("overview.n_targets")] == "8"


def test_a_filter_with_no_results_says_so(dbs):
    for page in ("pages/overview.py", "pages/ledger.py", "pages/departments.py"):
        at = open_page(page, {"q": "没有这样的指标"})
        assert not at.exception
        assert i18n.t("empty.filters") in [i.value for i in at.info], page


def png_buttons(at: AppTest) -> list:
    return [b for b in at.get("download_button") if b.label == i18n.t("export.png")]


def test_overview_draws_gauges_as_html_with_no_plotly_on_first_paint(dbs):
    at = app({"jurisdiction": "冠县"})
    assert [t.label for t in at.tabs][0] == i18n.t("overview.gauges")
    assert not at.get("plotly_chart"), "the open tab holds no Plotly chart (the browser paints at once)"
    grids = [m.value for m in at.markdown if "gauge-grid" in str(m.value)]
    assert len(grids) == 1 and grids[0].count('class="gauge"') == 3  # 冠县's three targets
    assert "PM2.5" in grids[0]
    buttons = png_buttons(at)
    assert len(buttons) == 1 and buttons[0].proto.deferred_file_id, "the gauges' PNG is made when clicked"


@pytest.mark.parametrize("tab", ["overview.by_sector", "overview.by_jurisdiction"])
def test_each_status_tab_runs_only_when_open_and_has_its_png_button(dbs, tab):
    at = app({"jurisdiction": "冠县"})
    at.session_state["overview_tab"] = i18n.t(tab)
    at.run()
    assert not at.exception
    charts_drawn = at.get("plotly_chart")
    assert len(charts_drawn) == 1
    assert i18n.t(tab) in json.dumps(json.loads(charts_drawn[0].proto.spec)["layout"]["title"], ensure_ascii=False)
    assert not [m for m in at.markdown if "gauge-grid" in str(m.value)], "the gauges' tab did not run"
    assert len(png_buttons(at)) == 1


def test_ledger_offers_csv_and_excel(dbs):
    at = open_page("pages/ledger.py", {"jurisdiction": "冠县"})
    labels = {b.label: b for b in at.get("download_button")}
    assert {i18n.t("ledger.csv"), i18n.t("ledger.xlsx")} <= set(labels)
    assert len(at.dataframe[0].value) == 3
    assert i18n.t("ledger.count", n=3) in texts(at)


def test_a_long_ledger_lists_its_first_rows_and_says_how_to_get_all(dbs):
    """At province scale the table would resend 10 MB on every click: it lists the first 1000."""
    sample_db, _ = dbs
    import duckdb
    con = duckdb.connect(str(sample_db))
    con.execute("INSERT INTO targets SELECT t.* REPLACE (t.target_id || '-' || r.i AS target_id, t.position + r.i * 100 AS position)"
                " FROM targets t, range(1, 130) r(i)")  # 8 + 8 × 129 = 1040 targets
    con.close()
    at = open_page("pages/ledger.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 1000
    assert list(table[i18n.t("col.jurisdiction")].iloc[:2]) == ["聊城市", "聊城市"]  # ledger order kept
    shown = texts(at)
    assert i18n.t("ledger.count", n=1040) in shown
    assert "1000" in shown and "1040" in shown.replace(i18n.t("ledger.count", n=1040), "")
    labels = {b.label for b in at.get("download_button")}
    assert {i18n.t("ledger.csv"), i18n.t("ledger.xlsx")} <= labels


def test_indicator_page_shows_path_pace_departments_and_source(dbs):
    at = open_page("pages/indicator.py", {"target": "t-pm25-gx"})
    assert not at.exception
    assert at.selectbox(key="indicator_target").value == "t-pm25-gx"
    body = texts(at)
    assert "需再降低 3微克/立方米" in body  # 45 reported against a ceiling of 42
    assert "市生态环境局冠县分局" in body
    assert "<mark" in body and "PM2.5浓度控制在42微克/立方米以内" in body
    assert "冠发〔2023〕5号" in body
    assert "62.5%" in body and "≤42微克/立方米" in body
    assert at.query_params["target"] in ("t-pm25-gx", ["t-pm25-gx"])


def test_indicator_page_follows_the_picker(dbs):
    at = open_page("pages/indicator.py", {"target": "t-pm25-gx"})
    at.selectbox(key="indicator_target").set_value("t-hitech-gx").run()
    assert "高新技术企业" in texts(at)
    assert at.query_params["target"] in ("t-hitech-gx", ["t-hitech-gx"])


def test_indicator_page_with_an_unknown_target_falls_back(dbs):
    at = open_page("pages/indicator.py", {"target": "gone-after-rebuild"})
    assert not at.exception
    assert any("gone-after-rebuild" in w.value for w in at.warning)


def test_compare_page_lines_up_pm25_across_jurisdictions(dbs):
    at = open_page("pages/compare.py", {"code": "pm25", "jurisdiction": "冠县"})
    table = at.dataframe[0].value
    assert list(table[i18n.t("col.jurisdiction")]) == ["冠县", "聊城经济技术开发区"]
    assert list(table[i18n.t("col.target")]) == ["≤42微克/立方米", "≤41微克/立方米"]


def test_compare_page_names_indicators_as_the_catalog_does_in_each_language(dbs):
    for lang, name in (("zh", "PM2.5浓度"), ("en", "PM2.5 concentration")):
        at = open_page("pages/compare.py", {"code": "pm25", "lang": lang})
        picker = at.selectbox(key="compare_code")
        assert picker.format_func(picker.value).startswith(name), lang


def test_departments_page_counts_overdue_reports(dbs):
    at = open_page("pages/departments.py", {"jurisdiction": "冠县"})
    table = at.dataframe[0].value.set_index(i18n.t("col.department"))
    assert table.loc["县科技局", i18n.t("status.at_risk")] == 1
    assert table[i18n.t("col.n_targets")].sum() == 3


def test_filters_persist_across_pages(dbs):
    at = app()
    at.selectbox(key="f_jurisdiction").set_value("聊城经济技术开发区").run()
    at.switch_page("pages/ledger.py").run()
    assert set(at.dataframe[0].value[i18n.t("col.jurisdiction")]) == {"聊城经济技术开发区"}


def test_language_switch_changes_the_menu_and_text(dbs):
    at = app()
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == i18n.t("overview.title", "en")
    assert at.query_params["lang"] in ("en", ["en"])


def test_no_database_says_exactly_what_to_run(tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "missing.duckdb"))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    at = app()
    assert not at.exception
    warning = at.warning[0].value
    assert "make run" in warning and "python -m etl build" in warning
    assert any(b.label == i18n.t("nodb.build") for b in at.button)


def test_a_rebuilt_database_is_picked_up_without_restarting(dbs, tmp_path):
    sample_db, _ = dbs
    at = app()
    assert metrics(at)[i18n.t("overview.n_targets")] == "8"
    import duckdb
    new = tmp_path / "rebuilt.duckdb"
    new.write_bytes(sample_db.read_bytes())
    con = duckdb.connect(str(new))
    con.execute("DELETE FROM targets WHERE jurisdiction = '冠县'")
    con.close()
    os.replace(new, sample_db)  # what `python -m etl build` does
    at.run()
    assert metrics(at)[i18n.t("overview.n_targets")] == "5"


def test_a_broken_database_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    broken = tmp_path / "indicators.duckdb"
    broken.write_bytes(b"this is not a duckdb file")
    monkeypatch.setenv("INDICATORS_DB", str(broken))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    at = app()
    assert not at.exception
    assert "python -m etl build" in at.error[0].value


@pytest.mark.parametrize("row", [
    {"value": 42.0, "comparator": "<=", "kind": "level", "latest_value": None, "baseline_value": None},
    {"value": 6.0, "comparator": "~", "kind": "growth_rate", "latest_value": float("nan"), "baseline_value": float("nan")},
    {"value": 0.0, "comparator": ">=", "kind": "increment", "latest_value": pd.NA, "baseline_value": None},
])
def test_missing_values_never_crash_a_chart(row):
    base = {"indicator_name": "指标", "unit": "", "status": None, "target_year": None, "target_id": "x",
            "jurisdiction": "冠县", "completion": None, "per_year": False, "baseline_year": None}
    frame = pd.DataFrame([{**base, **row}])
    charts.gauge_grid(frame, "t", "s", "zh")
    charts.path_chart({**base, **row}, pd.DataFrame({"period": ["2024", None], "value": [None, 1.0]}), "t", "s", "zh")
    charts.comparison_values(frame, "t", "s", "zh")
    charts.comparison_completion(frame, "t", "s", "zh")
    charts.status_bars(pd.DataFrame(columns=["category", "status", "n"]), "t", "s", "zh")


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/ledger.py"])
def test_meeting_pack_sits_on_overview_and_ledger(dbs, page):
    """The 会议材料 expander is on the two pages officials take into meetings."""
    at = open_page(page, {"jurisdiction": "冠县"})
    assert not at.exception
    assert i18n.t("pack.title") in [e.label for e in at.get("expander")]


def test_the_status_explanation_follows_the_language(dbs):
    at = open_page("pages/indicator.py", {"target": "t-pm25-gx", "lang": "en"})
    body = texts(at)
    assert "→ On track" in body and "baseline from the document (50)" in body
    assert "水平类" not in body
    at = open_page("pages/indicator.py", {"target": "t-pm25-gx"})
    assert "水平类" in texts(at)
