"""Issue 12 on the pages (AppTest, real files): 逾期未报 on the overview and in the ledger, the 部门
page's overdue count opening its list and the 催报 downloads, the source and note of values, and
the first visit that says what to do.

The app judges "overdue" against today; every sample target's year (2022–2025) has passed, so a
target without a value for its target year owes one whatever day the suite runs.
"""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest
from test_pages import APP, TIMEOUT, metrics, texts

from outputs import i18n, remind
from tracking import reported
from tracking.queries import Filters

# 冠县 PM2.5 reported for 2023 and 2024 (its 2025 value is owed), 高新技术企业 for 2024, the city's
# 5G done in 2022 (achieved: nothing more owed). The other five targets have nothing.
REPORTS = pd.DataFrame({
    "target_id": ["t-pm25-gx", "t-pm25-gx", "t-hitech-gx", "t-5g-city"],
    "period": ["2023", "2024", "2024", "2022"],
    "value": [47.0, 45.0, 60.0, 3200.0],
    "source": ["省生态环境厅通报", "县环境监测站", None, None],
    "note": [None, "年均值", None, None],
})


@pytest.fixture
def dbs(sample_db, tmp_path, monkeypatch):
    rep = tmp_path / "reported.duckdb"
    reported.save_values(rep, REPORTS, account="test", how="form")
    aliases = tmp_path / "department_aliases.csv"
    aliases.write_text("alias,canonical\n", encoding="utf-8")
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(rep))
    monkeypatch.setenv("DEPARTMENT_ALIASES", str(aliases))
    return sample_db, rep


@pytest.fixture
def nothing_reported(sample_db, tmp_path, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))  # never written
    return sample_db


def app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def test_the_overview_counts_overdue_beside_no_data_and_opens_the_overdue_list(dbs):
    at = app()
    m = metrics(at)
    assert m[i18n.t("status.overdue")] == "5"  # never reported, and owed
    assert m[i18n.t("status.no_data")] == "0"
    assert m[i18n.t("status.achieved")] == "1"
    assert i18n.t("overview.overdue_line", n=7, never=5, stale=2) in texts(at)  # + PM2.5 and 高新技术企业, late
    gauges = next(x.value for x in at.markdown if "gauge-grid" in str(x.value))
    assert 'data-status="overdue"' in gauges and "逾期未报" in gauges
    assert not [x for x in at.markdown if i18n.t("overview.first.title") in str(x.value)], "data exists: no first visit"
    at.button(key="overview_overdue").click().run()
    assert not at.exception
    assert at.checkbox(key="f_overdue").value is True
    ledger = at.dataframe[0].value
    assert len(ledger) == 7 and set(ledger[i18n.t("ledger.col.overdue")]) == {i18n.t("ledger.overdue_yes")}
    assert at.query_params["overdue"] in ("1", ["1"])


def test_the_ledger_shows_overdue_and_the_latest_values_source_and_note(dbs):
    at = app({"jurisdiction": "冠县"})
    at.switch_page("pages/ledger.py").run()
    ledger = at.dataframe[0].value.set_index(i18n.t("col.target_id"))
    assert tuple(ledger.loc["t-pm25-gx", ["数据来源", "备注", "进度状态", "逾期未报"]]) == ("县环境监测站", "年均值", "正常推进", "是")
    assert ledger.loc["t-income-gx", "进度状态"] == "逾期未报"
    at.checkbox(key="f_overdue").uncheck().run()
    at.multiselect(key="f_statuses").set_value(["overdue"]).run()
    assert list(at.dataframe[0].value[i18n.t("col.target_id")]) == ["t-income-gx"]


def test_an_official_goes_from_the_departments_overdue_count_to_the_list_and_the_reminder(dbs):
    """Issue 12's "done when": from the 部门 page's overdue count to the list, the 催报 sheet and
    the message; then on to the ledger with the same targets."""
    at = app({"jurisdiction": "冠县"})
    at.switch_page("pages/departments.py").run()
    assert not at.exception
    bars = json.loads(at.get("plotly_chart")[0].proto.spec)["data"]
    assert i18n.t("status.overdue") in {bar["name"] for bar in bars}  # the bars show 逾期未报, not 暂无数据
    counts = at.dataframe[0].value.set_index(i18n.t("col.department"))[i18n.t("col.overdue")]
    assert counts["县发展改革局"] == 1
    pick = at.selectbox(key="departments_pick")
    assert pick.format_func("县发展改革局") == "县发展改革局（1项）"
    pick.set_value("县发展改革局").run()
    listed = next(d.value for d in at.dataframe if i18n.t("col.due_period") in d.value.columns)
    assert list(listed[i18n.t("col.indicator_name")]) == ["居民人均可支配收入增速"]
    assert len(listed) == counts["县发展改革局"]
    assert f"**{i18n.t('departments.list_count', department='县发展改革局', n=1)}**" in texts(at)
    labels = {b.label for b in at.get("download_button")}
    assert {i18n.t("departments.xlsx"), i18n.t("departments.txt")} <= labels
    message = at.code[0].value
    assert message.startswith("县发展改革局：") and "居民人均可支配收入增速" in message and "尚未填报" in message
    # the sheet behind the download button: the same function on the same selection
    (reminder,) = remind.load_reminders(Filters(jurisdiction="冠县"), ["县发展改革局"], indicators_db=dbs[0],
                                        reported_db=dbs[1], today=date.today(), aliases={})
    wb = load_workbook(io.BytesIO(remind.reminder_workbook(reminder)))
    assert wb["催报清单"].cell(row=4, column=2).value == "居民人均可支配收入增速"
    assert remind.reminder_message(reminder).rstrip("\n") == message.rstrip("\n")
    at.button(key="departments_open_ledger").click().run()
    assert not at.exception
    ledger = at.dataframe[0].value
    assert list(ledger[i18n.t("col.target_id")]) == ["t-income-gx"]
    assert at.selectbox(key="f_department").value == "县发展改革局" and at.checkbox(key="f_overdue").value


def test_the_indicator_page_lists_reports_with_source_and_note(dbs):
    at = app({"target": "t-pm25-gx"})
    at.switch_page("pages/indicator.py").run()
    reports = next(d.value for d in at.dataframe if i18n.t("col.report_source") in d.value.columns)
    assert list(reports[i18n.t("col.report_source")]) == ["省生态环境厅通报", "县环境监测站"]
    assert list(reports[i18n.t("col.report_note")]) == ["", "年均值"]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hover = next(tr["hovertext"] for tr in spec["data"] if tr.get("name") == i18n.t("chart.reported"))
    assert hover[1] == "2024: 45微克/立方米<br>数据来源：县环境监测站<br>备注：年均值"


def test_a_first_visit_says_nothing_is_reported_who_reports_what_and_where_to_start(nothing_reported):
    at = app({"jurisdiction": "冠县"})
    assert not at.exception
    shown = texts(at)
    assert i18n.t("overview.first.title") in shown
    assert i18n.t("overview.first.body", n=3) in shown
    duties = next(d.value for d in at.dataframe if i18n.t("col.examples") in d.value.columns)
    assert set(duties[i18n.t("col.department")]) == {"市生态环境局冠县分局", "县科技局", "县发展改革局"}
    assert duties[i18n.t("col.n_targets")].sum() == 3
    links = at.get("page_link")
    assert [link.proto.label for link in links] == [i18n.t("overview.first.entry")]
    assert "entry" in links[0].proto.page
    assert i18n.t("overview.first.template") in {b.label for b in at.get("download_button")}
    assert metrics(at)[i18n.t("status.overdue")] == "3"
    english = app({"jurisdiction": "冠县", "lang": "en"})
    assert i18n.t("overview.first.title", "en") in texts(english)


def test_the_entry_pages_history_shows_each_values_source_and_note(dbs):
    at = AppTest.from_file(str(APP.parent / "pages" / "entry.py"), default_timeout=TIMEOUT)
    at.session_state["entry_jurisdiction"] = "冠县"
    at.run()
    assert not at.exception
    history = next(d.value for d in at.dataframe if i18n.t("entry.history.account") in d.value.columns)
    pm25 = history[history[i18n.t("entry.col.indicator")] == "PM2.5浓度"].set_index(i18n.t("entry.col.period"))
    assert tuple(pm25.loc["2024", [i18n.t("entry.col.source"), i18n.t("entry.col.note")]]) == ("县环境监测站", "年均值")
    assert tuple(pm25.loc["2023", [i18n.t("entry.col.source"), i18n.t("entry.col.note")]]) == ("省生态环境厅通报", "")
    hitech = history[history[i18n.t("entry.col.indicator")] == "高新技术企业"]
    assert list(hitech[i18n.t("entry.col.source")]) == [""]  # saved without a source: "form" is not one


def test_the_entry_page_offers_one_department_however_its_documents_write_it(dbs, tmp_path, monkeypatch):
    sample_db, _ = dbs
    import duckdb

    con = duckdb.connect(str(sample_db))
    con.execute("UPDATE targets SET lead_departments = ['县科学技术局'] WHERE target_id = 't-income-gx'")
    con.close()
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical\n县科学技术局,县科技局\n", encoding="utf-8")
    monkeypatch.setenv("DEPARTMENT_ALIASES", str(aliases))
    at = AppTest.from_file(str(APP.parent / "pages" / "entry.py"), default_timeout=TIMEOUT)
    at.session_state["entry_jurisdiction"] = "冠县"
    at.run()
    picker = at.selectbox(key="entry_department")
    assert "县科技局" in picker.options and "县科学技术局" not in picker.options
    picker.set_value("县科技局").run()
    assert not at.exception
    assert sorted(at.data_editor[0].value["target_id"]) == ["t-hitech-gx", "t-income-gx"]
