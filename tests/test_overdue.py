"""Issue 12, items 3 and 4, without any UI: the display state 逾期未报, the overdue filter and
counts, department aliases, who reports what, the source and note of reported values.

Queries run on the real sample indicators.duckdb with a ``statuses`` relation registered beside
it, as the data layer does; stores are real reported.duckdb files written by tracking.reported.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.filters import filters_to_params, params_to_filters
from outputs import charts, export, i18n
from tracking import departments, entered, overdue, reported
from tracking import queries as Q
from tracking.status import STATUS_CODES

# 冠县 PM2.5 reported (and overdue), 5G done, 高新技术企业 at risk; every other target has nothing
# reported: t-income-gx and t-gdp are owed (overdue), t-talent-jb is not (yet).
STATUSES = pd.DataFrame({
    "target_id": ["t-pm25-gx", "t-5g-city", "t-hitech-gx", "t-income-gx", "t-gdp", "t-talent-jb"],
    "status": ["on_track", "achieved", "at_risk", "no_data", "no_data", "no_data"],
    "completion": [0.625, 1.07, 0.5, None, None, None],
    "time_share": [0.67, 1.0, 0.67, None, None, None],
    "latest_value": [45.0, 3200.0, 60.0, None, None, None],
    "latest_period": ["2024", "2022", "2024", None, None, None],
    "baseline_used": [50.0, None, 40.0, None, None, None],
    "baseline_source": ["document", None, "document", None, None, None],
    "overdue": [True, False, False, True, True, False],
    "explanation": ["…"] * 6,
})
ALIASES = {"县工业信息化局": "县工业和信息化局"}


@pytest.fixture
def con(sample_db):
    c = duckdb.connect(str(sample_db))
    # 冠县's action plan writes one department two ways (issue 12): give two targets those names
    c.execute("UPDATE targets SET lead_departments = ['县工业和信息化局'] WHERE target_id = 't-hitech-gx'")
    c.execute("UPDATE targets SET lead_departments = ['县工业信息化局'] WHERE target_id = 't-income-gx'")
    c.execute("UPDATE targets SET lead_departments = [] WHERE target_id = 't-talent-jb'")
    c.register(Q.STATUSES_RELATION, STATUSES)
    yield c
    c.close()


def run(con, query) -> pd.DataFrame:
    return con.execute(*query).df()


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["target_id"])


# --- the display state ---------------------------------------------------------------------------

def test_a_target_owed_and_never_reported_shows_overdue_not_no_data():
    assert overdue.display_status("no_data", True) == "overdue"
    assert overdue.display_status("no_data", False) == "no_data"
    assert overdue.display_status(None, True) == "overdue"
    assert overdue.display_status("at_risk", True) == "at_risk"  # reported, only late: its status stays
    assert list(overdue.display_status(["no_data", "achieved", None], [True, True, None])) == [
        "overdue", "achieved", "no_data"]
    assert i18n.status_label("overdue", "zh") == "逾期未报" and i18n.status_label("overdue", "en") == "Overdue"
    assert i18n.DISPLAY_STATUSES == ("achieved", "on_track", "at_risk", "off_track", "overdue", "no_data")
    assert "overdue" in charts.STATUS_COLORS


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*STATUS_CODES, None]), st.sampled_from([True, False, None])),
                min_size=1, max_size=12))
def test_the_sql_and_the_python_display_state_agree(rows):
    """The rule is written twice (SQL for the pages, Python for frames): they never differ, and only
    a no_data target ever changes."""
    frame = pd.DataFrame({"target_id": [f"t{i:02d}" for i in range(len(rows))],
                          "status": [s for s, _ in rows], "overdue": [o for _, o in rows]})
    c = duckdb.connect(":memory:")
    c.register(Q.STATUSES_RELATION, frame)
    sql = f"SELECT {Q.DISPLAY_STATUS_SQL} AS shown FROM {Q.STATUSES_RELATION} s ORDER BY s.target_id"
    in_sql = c.execute(sql).df()["shown"].tolist()
    c.close()
    in_python = list(overdue.display_status(frame["status"], frame["overdue"]))
    assert in_sql == in_python
    assert [overdue.display_status(s, o) for s, o in rows] == in_python  # one value at a time, the same
    for (status, _), shown in zip(rows, in_python):
        assert shown == (status or "no_data") or (shown == "overdue" and status in (None, "no_data"))


@pytest.mark.parametrize("target_year, today, due", [
    (2025, date(2025, 5, 10), "2025Q1"),   # 2025Q1 ended 31 March, more than 30 days before
    (2025, date(2025, 4, 20), "2024Q4"),   # within the 30 days: the quarter before
    (2022, date(2026, 12, 3), "2022"),     # the plan ended: the year's figure is owed
    (None, date(2026, 12, 3), "2026Q3"),
])
def test_what_is_owed_is_the_last_quarter_due_or_the_target_year(target_year, today, due):
    assert overdue.due_period(target_year, today) == due


# --- the queries -----------------------------------------------------------------------------------

def test_the_ledger_carries_the_display_status_and_filters_overdue(con):
    df = run(con, Q.ledger_sql(Q.Filters()))
    shown = dict(zip(df["target_id"], df["display_status"]))
    assert shown["t-income-gx"] == "overdue" and shown["t-gdp"] == "overdue"
    assert shown["t-talent-jb"] == "no_data" and shown["t-pm25-gx"] == "on_track"
    assert dict(zip(df["target_id"], df["status"]))["t-income-gx"] == "no_data"  # the status itself is kept
    assert ids(run(con, Q.ledger_sql(Q.Filters(overdue=True)))) == {"t-pm25-gx", "t-income-gx", "t-gdp"}
    assert ids(run(con, Q.ledger_sql(Q.Filters(statuses=("overdue",))))) == {"t-income-gx", "t-gdp"}
    not_owed = ids(run(con, Q.ledger_sql(Q.Filters(statuses=("no_data",)))))
    assert "t-talent-jb" in not_owed and not not_owed & {"t-income-gx", "t-gdp"}


def test_counts_show_overdue_beside_no_data_and_every_overdue_report(con):
    df = run(con, Q.status_counts_sql(Q.Filters(jurisdiction="冠县")))
    assert dict(zip(df["status"], df["n"])) == {"on_track": 1, "at_risk": 1, "overdue": 1}
    assert df["n_overdue"].sum() == 2  # PM2.5 reported but late, 收入增速 never reported
    bars = run(con, Q.status_breakdown_sql(Q.Filters(), "jurisdiction"))
    city = bars[bars["category"] == "聊城市"]
    assert dict(zip(city["status"], city["n"])) == {"achieved": 1, "overdue": 1}


def test_the_overdue_filter_travels_in_the_url():
    options = {"jurisdiction": ["冠县"], "department": [], "sectors": [], "years": [], "kinds": [],
               "statuses": list(i18n.DISPLAY_STATUSES), "attributes": []}
    f = Q.Filters(jurisdiction="冠县", overdue=True, statuses=("overdue",))
    assert filters_to_params(f) == {"jurisdiction": ["冠县"], "status": ["overdue"], "overdue": ["1"]}
    assert params_to_filters(filters_to_params(f), options) == f
    assert params_to_filters({"overdue": ["yes"]}, options).overdue is False
    assert i18n.filter_labels(f, "zh")[-1] == "逾期未报"


# --- departments: one name each ------------------------------------------------------------------

def test_an_alias_groups_under_the_canonical_name_and_keeps_how_it_was_written(con):
    df = run(con, Q.department_breakdown_sql(Q.Filters(jurisdiction="冠县"), ALIASES))
    mine = df[df["department"] == "县工业和信息化局"]
    assert mine["n"].sum() == 2 and mine["overdue"].sum() == 1
    assert set(mine["written_as"]) == {"县工业和信息化局、县工业信息化局"}
    assert "县工业信息化局" not in set(df["department"])
    table = export.department_table(df, "zh").set_index(i18n.t("col.department"))
    assert table.loc["县工业和信息化局", i18n.t("departments.written_as")] == "县工业和信息化局、县工业信息化局"
    assert table.loc["市生态环境局冠县分局", i18n.t("departments.written_as")] == ""
    # without the table, each name is its own department, as before
    plain = run(con, Q.department_breakdown_sql(Q.Filters(jurisdiction="冠县")))
    assert {"县工业信息化局", "县工业和信息化局"} <= set(plain["department"])


def test_filtering_by_a_department_finds_it_under_every_name(con):
    names = departments.names_of("县工业信息化局", ALIASES)
    assert names == ("县工业和信息化局", "县工业信息化局")
    f = Q.Filters(department=names[0], department_names=names[1:])
    assert ids(run(con, Q.ledger_sql(f))) == {"t-hitech-gx", "t-income-gx"}
    assert ids(run(con, Q.ledger_sql(replace(f, overdue=True)))) == {"t-income-gx"}
    assert ids(run(con, Q.ledger_sql(Q.Filters(department="县工业和信息化局")))) == {"t-hitech-gx"}
    options = run(con, Q.filter_options_sql(ALIASES))
    offered = list(options.loc[options["field"] == "department", "value"])
    assert "县工业和信息化局" in offered and "县工业信息化局" not in offered


def test_the_alias_table_lists_every_bad_row(tmp_path):
    path = tmp_path / "department_aliases.csv"
    path.write_text("alias,canonical\n县工业信息化局,县工业和信息化局\n县发改局,\n县科技局,县科技局\n"
                    "县工业信息化局,县科学技术局\n县经信局,县工业信息化局\n", encoding="utf-8")
    with pytest.raises(departments.TableError) as caught:
        departments.read_aliases(path)
    problems = [(p.row, p.field) for p in caught.value.problems]
    assert problems == [(3, "canonical"), (4, "alias"), (5, "canonical"), (6, "canonical")]
    assert "department_aliases.csv 第 3 行 canonical：为空" in str(caught.value)
    path.write_text("name,canonical\n", encoding="utf-8")
    with pytest.raises(departments.TableError, match="缺少列"):
        departments.read_aliases(path)
    assert departments.read_aliases(tmp_path / "missing.csv") == {}


def test_the_shipped_alias_table_joins_the_two_names_of_the_industry_bureau():
    from settings import department_aliases_csv

    aliases = departments.read_aliases(department_aliases_csv())
    assert departments.canonical("县工业信息化局", aliases) == "县工业和信息化局"


def test_contacts_are_read_by_any_name_and_bad_addresses_are_named(tmp_path):
    path = tmp_path / "department_contacts.csv"
    path.write_text("department,email\n县工业信息化局,gxj@example.org; gxj2@example.org\n"
                    "县科技局,kjj@example.org\n", encoding="utf-8-sig")
    contacts = departments.read_contacts(path, ALIASES)
    assert contacts == {"县工业和信息化局": ("gxj@example.org", "gxj2@example.org"), "县科技局": ("kjj@example.org",)}
    path.write_text("department,email\n县科技局,not-an-address\n,x@example.org\n", encoding="utf-8")
    with pytest.raises(departments.TableError) as caught:
        departments.read_contacts(path, ALIASES)
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, "email"), (3, "department")]


def test_who_reports_what_by_jurisdiction_and_department(con):
    df = run(con, Q.reporting_duties_sql(Q.Filters(), ALIASES, examples=1))
    gx = df[df["jurisdiction"] == "冠县"].set_index("department")
    assert gx.loc["县工业和信息化局", "n"] == 2 and gx.loc["县工业和信息化局", "n_overdue"] == 1
    assert list(gx.loc["县工业和信息化局", "examples"]) == ["高新技术企业"]  # the first in the document
    zone = df[df["jurisdiction"] == "江北水城旅游度假区"]
    assert zone["department"].isna().all() and zone["n"].sum() == 1  # 高技能人才 names no lead
    assert list(dict.fromkeys(df["jurisdiction"]))[0] == "聊城市"
    table = export.duties_table(df, "zh")
    assert table.loc[table[i18n.t("col.jurisdiction")] == "江北水城旅游度假区", i18n.t("col.department")].iloc[0] \
        == i18n.t("pack.no_lead")
    row = table[table[i18n.t("col.department")] == "县工业和信息化局"].iloc[0]
    assert row[i18n.t("col.examples")] == "高新技术企业等"


# --- what officials typed: source and note ---------------------------------------------------------

def test_a_source_is_what_the_official_typed_not_how_it_was_saved():
    assert entered.shown_source("省生态环境厅通报") == "省生态环境厅通报"
    assert [entered.shown_source(s) for s in ("form", "import", "cli", None, float("nan"))] == [""] * 5


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "reported.duckdb"
    reported.save_values(path, pd.DataFrame({
        "target_id": ["t-pm25-gx", "t-pm25-gx"], "period": ["2023", "2024"], "value": [47.0, 45.0],
        "source": ["省生态环境厅通报", None], "note": [None, "年均值，剔除沙尘天气"]}),
        account="gx", how="form", at=datetime(2025, 1, 10, 9, 0))
    reported.save_values(path, pd.DataFrame({"target_id": ["t-pm25-gx"], "period": ["2024"], "value": [44.0],
                                             "source": ["县环境监测站"], "note": ["更正"]}),
                         account="gx", how="import", at=datetime(2025, 2, 1, 9, 0))
    return path


def test_the_latest_value_brings_its_source_and_note(store):
    values = reported.latest_reported(store)
    statuses = pd.DataFrame({"target_id": ["t-pm25-gx", "t-gdp"], "latest_period": ["2024", None]})
    notes = entered.latest_notes(values, statuses)
    assert notes.to_dict("records") == [{"target_id": "t-pm25-gx", "latest_source": "县环境监测站", "latest_note": "更正"}]


def test_the_history_shows_each_revision_with_its_source_and_note(store):
    log = entered.recent_changes(store, ["t-pm25-gx"])
    notes = [None if pd.isna(n) else n for n in log["note"]]
    assert list(zip(log["period"], log["new_value"], log["source"], notes)) == [
        ("2024", 44.0, "县环境监测站", "更正"), ("2024", 45.0, "form", "年均值，剔除沙尘天气"),
        ("2023", 47.0, "省生态环境厅通报", None)]
    assert entered.recent_changes(store.parent / "never.duckdb", ["t-pm25-gx"]).empty


def test_the_ledger_export_has_overdue_source_and_note(con, store):
    df = run(con, Q.ledger_sql(Q.Filters(jurisdiction="冠县")))
    df = df.merge(entered.latest_notes(reported.latest_reported(store),
                                       STATUSES[["target_id", "latest_period"]]), on="target_id", how="left")
    table = export.ledger_page_table(df, "zh").set_index("目标编号")
    assert list(table.columns[6:12]) == ["最新值", "报告期", "数据来源", "备注", "进度状态", "逾期未报"]
    assert tuple(table.loc["t-pm25-gx", ["数据来源", "备注", "进度状态", "逾期未报"]]) == (
        "县环境监测站", "更正", "正常推进", "是")
    assert tuple(table.loc["t-income-gx", ["数据来源", "进度状态", "逾期未报"]]) == ("", "逾期未报", "是")
    assert table.loc["t-hitech-gx", "逾期未报"] == ""
    pack_columns = [c for c in export.ledger_table(df, "zh").columns if c != "目标编号"]
    assert pack_columns == [c for c in table.columns if c not in ("数据来源", "备注", "逾期未报")]


def test_the_path_chart_hover_and_the_reports_table_show_source_and_note(store):
    series = reported.latest_reported(store)
    hover = charts.report_hover(series, ["47微克/立方米", "44微克/立方米"], "zh")
    assert hover == ["2023: 47微克/立方米<br>数据来源：省生态环境厅通报",
                     "2024: 44微克/立方米<br>数据来源：县环境监测站<br>备注：更正"]
    table = export.reports_table(series, "微克/立方米", "en")
    assert table.to_dict("records")[1] == {"Period": "2024", "Value": "44 μg/m³", "Source": "县环境监测站",
                                           "Note": "更正", "Reported by": "gx", "Reported at (UTC)": "2025-02-01 09:00"}
    row = {"value": 42.0, "unit": "微克/立方米", "comparator": "<=", "kind": "level", "target_year": 2025,
           "baseline_value": 50.0, "baseline_year": 2022, "status": "on_track"}
    fig = charts.path_chart(row, series, "t", "s", "zh")
    reported_trace = next(tr for tr in fig.data if tr.name == i18n.t("chart.reported"))
    assert "备注：更正" in reported_trace.hovertext[1]


def test_a_gauge_of_a_target_owed_says_overdue_not_no_data():
    from dashboard import gauge_html

    row = {"indicator_name": "居民人均可支配收入增速", "value": 6.0, "unit": "%", "comparator": "~",
           "kind": "growth_rate", "latest_value": None, "target_year": 2025, "status": "no_data",
           "display_status": "overdue"}
    card = gauge_html.gauge_card(row, "zh")
    assert 'data-status="overdue"' in card and "● 逾期未报" in card and "暂无数据" not in card
    assert "暂无数据" in gauge_html.gauge_card({**row, "display_status": "no_data"}, "zh")
    fig = charts.gauge_grid(pd.DataFrame([row]), "冠县", "s", "zh")
    assert "逾期未报" in fig.layout.annotations[0].text


def test_the_written_as_column_appears_only_when_a_department_has_two_names(con):
    df = run(con, Q.department_breakdown_sql(Q.Filters(jurisdiction="聊城市", include_sub=False), ALIASES))
    assert i18n.t("departments.written_as") not in export.department_table(df, "zh").columns


def test_a_link_may_name_a_department_as_its_document_writes_it():
    options = {"department": ["县工业和信息化局"], "jurisdiction": [], "sectors": [], "years": [], "kinds": [],
               "statuses": [], "attributes": []}
    assert params_to_filters({"department": ["县工业信息化局"]}, options, ALIASES).department == "县工业和信息化局"
    assert params_to_filters({"department": ["县工业信息化局"]}, options).department is None
