"""The dashboard's SQL, run against the real sample database without any UI.

Each query is built by a pure function in tracking/queries.py; here they run on the sample
indicators.duckdb with a ``statuses`` relation registered beside it, as the data layer does.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from dashboard.filters import drill_update, filters_to_params, jurisdiction_tree, params_to_filters
from tracking import queries as Q

# Two reported statuses; every other target has none and counts as no_data.
STATUSES = pd.DataFrame({
    "target_id": ["t-pm25-gx", "t-5g-city", "t-hitech-gx"],
    "status": ["on_track", "achieved", "at_risk"],
    "completion": [0.625, 1.07, 0.5],
    "time_share": [0.67, 1.0, 0.67],
    "latest_value": [45.0, 3200.0, 60.0],
    "latest_period": ["2024", "2022", "2024"],
    "baseline_used": [50.0, None, 40.0],
    "baseline_source": ["document", None, "document"],
    "overdue": [True, False, True],
    "explanation": ["…", "…", "…"],
})


@pytest.fixture
def con(sample_db):
    c = duckdb.connect(":memory:")
    c.execute("ATTACH ? AS indicators (READ_ONLY)", [str(sample_db)])
    c.execute("USE indicators")
    c.register(Q.STATUSES_RELATION, STATUSES)
    yield c
    c.close()


def run(con, query) -> pd.DataFrame:
    sql, params = query
    return con.execute(sql, params).df()


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["target_id"])


@pytest.mark.parametrize("filters, expected", [
    (Q.Filters(), {"t-gdp", "t-5g-city", "t-5g-zone", "t-pm25-gx", "t-pm25-zone", "t-hitech-gx",
                   "t-income-gx", "t-talent-jb"}),
    (Q.Filters(jurisdiction="冠县"), {"t-pm25-gx", "t-hitech-gx", "t-income-gx"}),
    (Q.Filters(jurisdiction="冠县", sectors=("生态环保",)), {"t-pm25-gx"}),
    (Q.Filters(jurisdiction="聊城市", include_sub=False), {"t-gdp", "t-5g-city"}),
    (Q.Filters(jurisdiction="聊城市"), {"t-gdp", "t-5g-city", "t-5g-zone", "t-pm25-gx", "t-pm25-zone",
                                        "t-hitech-gx", "t-income-gx", "t-talent-jb"}),
    (Q.Filters(department="县科技局"), {"t-hitech-gx"}),
    (Q.Filters(years=(2022, 2023)), {"t-gdp", "t-5g-city", "t-talent-jb"}),
    (Q.Filters(kinds=("increment",)), {"t-5g-city", "t-5g-zone", "t-talent-jb"}),
    (Q.Filters(statuses=("at_risk", "achieved")), {"t-5g-city", "t-hitech-gx"}),
    (Q.Filters(statuses=("no_data",), jurisdiction="冠县"), {"t-income-gx"}),
    (Q.Filters(attributes=(Q.NO_ATTRIBUTE,), jurisdiction="冠县"), {"t-pm25-gx", "t-hitech-gx", "t-income-gx"}),
    (Q.Filters(attributes=("约束性",)), set()),
    (Q.Filters(q="pm2.5"), {"t-pm25-gx", "t-pm25-zone"}),
    (Q.Filters(q="累计建设"), {"t-5g-zone"}),  # found in the source sentence, not the name
    (Q.Filters(q="'; DROP TABLE targets; --"), set()),  # a parameter, never SQL
])
def test_ledger_applies_every_filter(con, filters, expected):
    assert ids(run(con, Q.ledger_sql(filters))) == expected


def test_ledger_lists_the_city_first_then_counties_then_zones(con):
    order = list(dict.fromkeys(run(con, Q.ledger_sql(Q.Filters()))["jurisdiction"]))
    assert order == ["聊城市", "冠县", "江北水城旅游度假区", "聊城经济技术开发区"]


def test_ledger_carries_status_document_and_departments(con):
    row = run(con, Q.ledger_sql(Q.Filters(q="PM2.5", jurisdiction="冠县"))).iloc[0]
    assert (row["status"], row["latest_value"], row["overdue"]) == ("on_track", 45.0, True)
    assert row["doc_number"] == "冠发〔2023〕5号"
    assert list(row["lead_departments"]) == ["市生态环境局冠县分局"]
    missing = run(con, Q.ledger_sql(Q.Filters(q="高技能人才"))).iloc[0]
    assert missing["status"] == "no_data" and pd.isna(missing["latest_value"])


def test_values_travel_as_parameters_not_in_the_sql():
    sql, params = Q.ledger_sql(Q.Filters(jurisdiction="冠县", q="PM2.5", years=(2025,)))
    assert "冠县" not in sql and "pm2.5" not in sql and "2025" not in sql
    assert "冠县" in params and "pm2.5" in params and [2025] in params


def test_status_counts_for_a_county(con):
    df = run(con, Q.status_counts_sql(Q.Filters(jurisdiction="冠县")))
    assert dict(zip(df["status"], df["n"])) == {"at_risk": 1, "no_data": 1, "on_track": 1}
    assert df["n_with_data"].sum() == 2


@pytest.mark.parametrize("by, first", [("jurisdiction", "聊城市"), ("sector", None)])
def test_status_breakdown_counts_each_category_and_status(con, by, first):
    df = run(con, Q.status_breakdown_sql(Q.Filters(), by))
    assert df["n"].sum() == 8
    if first:
        assert df["category"].iloc[0] == first
    totals = df.groupby("category")["n"].sum()
    assert (df.set_index("category")["total"].groupby(level=0).first() == totals).all()


def test_status_breakdown_refuses_an_unknown_dimension():
    with pytest.raises(ValueError, match="cannot break down"):
        Q.status_breakdown_sql(Q.Filters(), "sector; DROP TABLE targets")


def test_headline_targets_put_catalogued_indicators_first_and_cap_each_jurisdiction(con):
    df = run(con, Q.headline_targets_sql(Q.Filters(), per_jurisdiction=2))
    assert df.groupby("jurisdiction").size().max() <= 2
    zone = df[df["jurisdiction"] == "江北水城旅游度假区"]
    assert list(zone["target_id"]) == ["t-talent-jb"]  # uncatalogued, but the only one it has
    gx = run(con, Q.headline_targets_sql(Q.Filters(jurisdiction="冠县"), per_jurisdiction=8))
    assert set(gx["n_in_jurisdiction"]) == {3}


def test_headline_targets_fetch_only_the_jurisdictions_the_overview_draws(con):
    """The overview draws six of the province's 149 jurisdictions: the others are not fetched."""
    every = run(con, Q.headline_targets_sql(Q.Filters(), per_jurisdiction=8))
    two = run(con, Q.headline_targets_sql(Q.Filters(), per_jurisdiction=8, max_jurisdictions=2))
    assert list(dict.fromkeys(two["jurisdiction"])) == ["聊城市", "冠县"]
    expected = every[every["jurisdiction"].isin(["聊城市", "冠县"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(two, expected)
    assert set(two["n_in_jurisdiction"]) == {2, 3}  # still counts every target of each
    assert len(run(con, Q.headline_targets_sql(Q.Filters(), 8, max_jurisdictions=99))) == len(every)


def test_target_choices_are_the_ledger_rows_in_order_with_what_a_label_needs(con):
    ledger = run(con, Q.ledger_sql(Q.Filters(jurisdiction="冠县")))
    choices = run(con, Q.target_choices_sql(Q.Filters(jurisdiction="冠县"), limit=2))
    assert list(choices["target_id"]) == list(ledger["target_id"])[:2]
    assert list(choices.columns) == ["target_id", "jurisdiction", "indicator_code", "indicator_name", "comparator", "value", "unit"]
    pm = run(con, Q.target_choices_sql(Q.Filters(q="PM2.5", jurisdiction="冠县"), limit=10)).iloc[0]
    assert (pm["comparator"], pm["value"], pm["unit"]) == ("<=", 42.0, "微克/立方米")


@pytest.mark.parametrize("filters", [
    Q.Filters(), Q.Filters(jurisdiction="聊城市"), Q.Filters(kinds=("increment",)),
    Q.Filters(statuses=("at_risk", "on_track")), Q.Filters(q="没有这样的指标"),
])
def test_selection_jurisdictions_are_those_of_the_ledger_in_its_order(con, filters):
    ledger = run(con, Q.ledger_sql(filters))
    assert list(run(con, Q.selection_jurisdictions_sql(filters))["jurisdiction"]) == list(dict.fromkeys(ledger["jurisdiction"]))


def test_target_detail_has_document_and_explanation(con):
    row = run(con, Q.target_sql("t-pm25-gx")).iloc[0]
    assert row["document_title"] == "冠县三年行动计划（2023—2025年）"
    assert row["source_file"] == "004_732dde5a7dac0490.txt"
    assert row["baseline_used"] == 50.0
    assert run(con, Q.target_sql("no-such-target")).empty


def test_comparison_lines_up_one_indicator_across_jurisdictions(con):
    codes = run(con, Q.indicator_codes_sql())
    assert set(codes.iloc[:2]["indicator_code"]) == {"5g_base_stations", "pm25"}
    df = run(con, Q.comparison_sql("pm25"))
    assert list(df["jurisdiction"]) == ["冠县", "聊城经济技术开发区"]
    assert list(df["value"]) == [42.0, 41.0]


def test_an_indicator_gets_its_usual_name_and_ties_break_the_same_way_every_time():
    con = duckdb.connect()
    con.execute("CREATE TABLE targets (indicator_code VARCHAR, indicator_name VARCHAR, jurisdiction VARCHAR)")
    con.executemany("INSERT INTO targets VALUES (?, ?, ?)", [
        ("pm25", "细颗粒物(PM2.5)平均浓度", "冠县"), ("pm25", "PM2.5浓度", "聊城市"),   # a tie
        ("gdp", "地区生产总值", "冠县"), ("gdp", "生产总值", "聊城市"), ("gdp", "生产总值", "东阿县"),
    ])
    codes = run(con, Q.indicator_codes_sql())
    assert list(codes["indicator_code"]) == ["gdp", "pm25"]  # found in more jurisdictions first
    assert list(codes["indicator_name"]) == ["生产总值", "PM2.5浓度"]  # most used; a tie: the shorter


def test_department_breakdown_counts_overdue_reports(con):
    df = run(con, Q.department_breakdown_sql(Q.Filters(jurisdiction="冠县")))
    assert set(df["department"]) == {"市生态环境局冠县分局", "县科技局", "县发展改革局"}
    assert df["overdue"].sum() == 2
    one = run(con, Q.department_breakdown_sql(Q.Filters(department="县科技局")))
    assert list(one["department"]) == ["县科技局"]


def test_filter_options_list_what_the_data_holds(con):
    df = run(con, Q.filter_options_sql())
    options = {f: list(g["value"]) for f, g in df.groupby("field")}
    assert options["year"] == ["2022", "2023", "2025"]
    assert set(options["kind"]) == {"level", "increment", "growth_rate"}
    assert "生态环保" in options["sector"] and "县科技局" in options["department"]
    assert options["attribute"] == [Q.NO_ATTRIBUTE]


def test_jurisdiction_tree_puts_counties_before_zones_under_the_city(con):
    tree = jurisdiction_tree(run(con, Q.jurisdictions_sql()))
    assert tree == [("聊城市", 0), ("冠县", 1), ("江北水城旅游度假区", 1), ("聊城经济技术开发区", 1)]


def test_url_parameters_round_trip_and_drop_unknown_values():
    options = {"jurisdiction": ["冠县"], "sectors": ["生态环保"], "years": ["2025"], "statuses": ["at_risk"],
               "kinds": [], "attributes": [], "department": []}
    f = params_to_filters({"jurisdiction": ["冠县"], "sector": ["生态环保", "不存在"], "year": ["2025", "abc"],
                           "status": ["at_risk"], "sub": ["0"], "q": [" PM2.5 "]}, options)
    assert f == Q.Filters(jurisdiction="冠县", include_sub=False, sectors=("生态环保",), years=(2025,),
                          statuses=("at_risk",), q="PM2.5")
    assert params_to_filters(filters_to_params(f), options) == f
    assert filters_to_params(Q.Filters()) == {}


def test_a_click_on_a_status_bar_becomes_filters():
    point = {"x": 1, "y": "生态环保", "customdata": ["生态环保", "at_risk"], "curve_number": 2}
    assert drill_update([point], "sector") == {"f_statuses": ["at_risk"], "f_sectors": ["生态环保"]}
    assert drill_update([{"customdata": ["冠县", "no_data"]}], "jurisdiction") == {
        "f_statuses": ["no_data"], "f_jurisdiction": "冠县", "f_include_sub": False}
    assert drill_update([{"x": 1}], "sector") is None


# --- the other pure helpers behind the pages ---------------------------------------------------

from datetime import date  # noqa: E402

from conftest import SOURCES  # noqa: E402

from outputs.pace import required_pace  # noqa: E402
from tracking.sourcetext import clause_around  # noqa: E402

TODAY = date(2024, 3, 1)


@pytest.mark.parametrize("target, expected", [
    # 冠县 高新技术企业 80 by 2025, 60 reported for 2023: (80/60)^(1/2) − 1 = 15.5 %
    (dict(value=80, unit="家", kind="level", comparator="=", latest_value=60, latest_period="2023",
          target_year=2025, baseline_value=40), ["需年均增长 15.5%（距目标年份还有 2 年）", "剩余 20家"]),
    # PM2.5 ≤ 42 with 45 reported
    (dict(value=42, unit="微克/立方米", kind="level", comparator="<=", latest_value=45, latest_period="2023",
          target_year=2025, baseline_value=50), ["需再降低 3微克/立方米（距目标年份还有 2 年）"]),
    (dict(value=42, unit="微克/立方米", kind="level", comparator="<=", latest_value=40, latest_period="2023",
          target_year=2025), ["已在限值以内"]),
    # 新建5G基站3000个以上, 70 % done
    (dict(value=3000, unit="个", kind="increment", comparator=">=", latest_value=1000, completion=0.7,
          latest_period="2022", target_year=2023), ["剩余 900个（距目标年份还有 1 年）"]),
    (dict(value=6, unit="%", kind="growth_rate", comparator="~", latest_value=None, target_year=2025),
     ["需保持年均增长 6%"]),
    (dict(value=60, unit="%", kind="level", comparator=">=", latest_value=55.5, latest_period="2023",
          target_year=2025), ["剩余 4.5个百分点"]),
    (dict(value=80, unit="家", kind="level", comparator="=", latest_value=None, target_year=2025),
     ["暂无填报数据，无法测算"]),
    (dict(value=80, unit="家", kind="level", comparator=">=", latest_value=70, latest_period="2025",
          target_year=2025), ["目标年份已过", "剩余 10家"]),
    # 冠县 PM2.5 "达到43" (an = target that must fall), no document baseline: the indicator (PM2.5,
    # lower is better) sets the direction — never the first report — so 47 is not "reached" and the
    # pace is a fall
    (dict(value=43, unit="微克/立方米", kind="level", comparator="=", latest_value=47, latest_period="2023",
          target_year=2025, baseline_used=50, indicator_code="pm25", span_text="PM2.5浓度达到43微克/立方米"),
     ["需年均下降 4.3%（距目标年份还有 2 年）", "剩余 4微克/立方米"]),
])
def test_required_pace_in_officials_words(target, expected):
    assert required_pace(target, TODAY) == expected


def test_the_source_sentence_is_found_in_its_clause():
    text = (SOURCES / "002_dc670c26961e53f5.txt").read_text(encoding="utf-8")
    before, sentence, after = clause_around(text, "新建5G基站3000个以上。")
    assert before == "30.加快千兆光网接入,"
    assert sentence == "新建5G基站3000个以上"
    assert after.startswith(",全力打造双千兆城市") and "市工业和信息化局" in after
    assert clause_around(text, "这句话不在文件里。") is None
    assert clause_around("", "x") is None


def test_filter_labels_name_every_narrowing_filter():
    from outputs import i18n

    f = Q.Filters(jurisdiction="冠县", sectors=("生态环保",), department="市生态环境局冠县分局", years=(2025,),
                  kinds=("level",), statuses=("at_risk",), attributes=("约束性",), q="PM2.5")
    labels = i18n.filter_labels(f, "zh")
    assert labels == ["生态环保", "市生态环境局冠县分局", "2025", i18n.kind_label("level", "zh"),
                      i18n.status_label("at_risk", "zh"), i18n.attribute_label("约束性", "zh"), "“PM2.5”"]
    assert i18n.filter_labels(f, "zh", statuses=()) == [x for x in labels if x != i18n.status_label("at_risk", "zh")]
    assert i18n.filter_labels(Q.Filters(), "zh") == []
