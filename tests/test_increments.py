"""What officials enter for an increment target (issue 12, item 2): the cumulative total since the
plan's start (累计完成; per_year: 年内累计), or — said per row in 口径 — the period's additions
(本期新增). The status, the store, the import, the entry grid and what the pages show, against real
DuckDB files; and the rules that hold for every input (hypothesis)."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import gauge_html
from outputs import charts, export, i18n
from tracking import plausibility
from tracking import reported as rep
from tracking import reported_import as imp
from tracking import status as S

TODAY = date(2026, 12, 3)
RANK = {"off_track": 0, "at_risk": 1, "on_track": 2, "achieved": 3}
G5 = dict(value=1500.0, comparator=">=", kind="increment", per_year=False, target_year=2025,
          span_text="建成5G基站1500个")                         # plan from end-2022
TALENT = dict(value=40.0, comparator=">=", kind="increment", per_year=True, target_year=2025,
              span_text="每年新增高技能人才40人以上")


def status_of(target: dict, reports: list[tuple], today: date = TODAY, with_basis: bool = True) -> pd.Series:
    """One target's status row; ``reports`` are (period, value, basis) — basis None = a row stored
    before the basis existed."""
    row = dict(target_id="t", value=80.0, comparator="=", kind="level", per_year=False, target_year=2025,
               baseline_value=None, baseline_year=None, span_start_year=2022, span_text=None, indicator_code=None)
    row.update(target)
    reported = pd.DataFrame([("t", p, v, "form", b) for p, v, b in reports],
                            columns=["target_id", "period", "value", "source", "basis"])
    if not with_basis:
        reported = reported.drop(columns="basis")
    return S.compute_statuses(pd.DataFrame([row]), reported, today).iloc[0]


C, P = S.BASIS_CUMULATIVE, S.BASIS_PERIOD


# --- the status: cases ---------------------------------------------------------------------------

@pytest.mark.parametrize("case, target, reports, total", [
    ("a cumulative ledger is not counted twice", G5, [("2024Q1", 300, C), ("2024Q2", 450, C)], 450),
    ("cumulative alone", G5, [("2024Q2", 900, C)], 900),
    ("cumulative, then period additions after it", G5, [("2024Q2", 900, C), ("2024Q3", 150, P)], 1050),
    ("period additions before the cumulative are inside it", G5, [("2023", 400, P), ("2024Q2", 900, C)], 900),
    ("an annual addition straddling the cumulative: its quarters after it count",
     G5, [("2024Q2", 900, C), ("2024Q3", 100, P), ("2024", 300, P)], 1000),
    ("period additions alone add up (annual replaces its quarters)",
     G5, [("2023Q1", 100, P), ("2023Q2", 100, P), ("2023", 400, P), ("2024Q1", 50, P)], 450),
    ("rows stored before the basis existed (NULL) are period additions",
     G5, [("2023", 400, None), ("2024Q1", 50, None)], 450),
    ("a NULL row after a cumulative one is an addition", G5, [("2024Q2", 900, C), ("2024Q3", 60, None)], 960),
    ("per year: the year-to-date cumulative", TALENT, [("2023", 45, C), ("2024Q2", 15, C)], 15),
    ("per year: additions after the year-to-date", TALENT, [("2024Q2", 15, C), ("2024Q3", 10, P)], 25),
    ("per year: last year's cumulative does not carry over", TALENT, [("2023Q4", 38, C), ("2024Q1", 5, P)], 5),
    ("per year: period additions within the latest year", TALENT, [("2024Q1", 5, P), ("2024Q2", 7, P)], 12),
])
def test_the_cumulative_total(case, target, reports, total):
    row = status_of(target, reports)
    assert row["latest_value"] == pytest.approx(total), case
    assert row["completion"] == pytest.approx(total / target["value"]), case
    assert S.increment_total(pd.DataFrame(reports, columns=["period", "value", "basis"]),
                             target["per_year"], 2022) == pytest.approx(total), case


def test_a_frame_without_basis_reads_as_period_additions():
    reports = [("2023", 400, None), ("2024Q1", 50, None)]
    assert status_of(G5, reports, with_basis=False)["latest_value"] == status_of(G5, reports)["latest_value"] == 450


def test_the_explanation_says_cumulative():
    assert "累计完成900" in status_of(G5, [("2024Q2", 900, C)])["explanation"]
    assert "年内累计15" in status_of(TALENT, [("2024Q2", 15, C)])["explanation"]


def test_the_issue_example_cumulative_450_is_not_complete():
    """建成5G基站1500个: a department keeping a cumulative ledger reports 300, then 450 (累计)."""
    row = status_of(G5, [("2024Q1", 300, C), ("2024Q2", 450, C)])
    assert row["latest_value"] == 450 and row["completion"] == pytest.approx(0.3)
    assert row["status"] != "achieved"


# --- the status: properties --------------------------------------------------------------------

QUARTERS = [f"{y}Q{q}" for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)]


@st.composite
def progress(draw):
    """Quarters in order with what was added in each (whole numbers: sums are exact), and how
    each row is entered: cumulative, period or legacy NULL."""
    start = draw(st.integers(0, len(QUARTERS) - 1))
    n = draw(st.integers(1, min(6, len(QUARTERS) - start)))
    added = draw(st.lists(st.integers(0, 2000), min_size=n, max_size=n))
    bases = draw(st.lists(st.sampled_from([C, P, None]), min_size=n, max_size=n))
    return QUARTERS[start:start + n], [float(a) for a in added], bases


def entered(periods, added, bases, per_year: bool) -> list[tuple]:
    """The same progress as the official enters it: a cumulative row holds the running total
    (within the year for per_year targets), a period or NULL row the quarter's addition."""
    rows, total, year = [], 0.0, None
    for period, a, basis in zip(periods, added, bases):
        if per_year and period[:4] != year:
            total, year = 0.0, period[:4]
        total += a
        rows.append((period, total if basis == C else a, basis))
    return rows


@settings(max_examples=150, deadline=None)
@given(steps=progress(), per_year=st.booleans(), comparator=st.sampled_from([">=", "=", "~"]),
       target=st.integers(1, 10000))
def test_cumulative_or_period_entry_of_the_same_progress_gives_the_same_status(steps, per_year, comparator, target):
    periods, added, bases = steps
    goal = dict(G5, per_year=per_year, comparator=comparator, value=float(target))
    as_additions = status_of(goal, entered(periods, added, [P] * len(periods), per_year))
    as_totals = status_of(goal, entered(periods, added, [C] * len(periods), per_year))
    mixed = status_of(goal, entered(periods, added, bases, per_year))
    for row in (as_totals, mixed):
        assert row["status"] == as_additions["status"]
        assert row["latest_value"] == pytest.approx(as_additions["latest_value"])
        assert row["completion"] == pytest.approx(as_additions["completion"])
        assert row["overdue"] == as_additions["overdue"]


@settings(max_examples=150, deadline=None)
@given(steps=progress(), per_year=st.booleans(), comparator=st.sampled_from([">=", "=", "~"]),
       target=st.integers(1, 10000), low=st.integers(0, 20000), high=st.integers(0, 20000))
def test_a_higher_cumulative_total_never_gives_a_worse_status(steps, per_year, comparator, target, low, high):
    periods, added, bases = steps
    low, high = sorted((float(low), float(high)))
    goal = dict(G5, per_year=per_year, comparator=comparator, value=float(target))
    before = entered(periods, added, bases, per_year)[:-1]
    last = periods[-1]
    worse = status_of(goal, before + [(last, low, C)])
    better = status_of(goal, before + [(last, high, C)])
    assert RANK[better["status"]] >= RANK[worse["status"]], (worse["explanation"], better["explanation"])
    assert better["completion"] >= worse["completion"]


@settings(max_examples=60, deadline=None)
@given(steps=progress(), per_year=st.booleans())
def test_the_path_chart_ends_at_the_status_total(steps, per_year):
    periods, added, bases = steps
    rows = entered(periods, added, bases, per_year)
    frame = pd.DataFrame(rows, columns=["period", "value", "basis"])
    path = charts.increment_path(frame, per_year, 2022)
    assert path.iloc[-1] == pytest.approx(status_of(dict(G5, per_year=per_year), rows)["latest_value"])
    if not per_year:  # the running total never falls when nothing negative is added
        assert all(b >= a - 1e-9 for a, b in zip(path, path.iloc[1:]))


# --- the store ---------------------------------------------------------------------------------

OLD_DDL = """CREATE TABLE reported_values (
    target_id VARCHAR NOT NULL, period VARCHAR NOT NULL, value DOUBLE NOT NULL, unit VARCHAR,
    source VARCHAR NOT NULL, note VARCHAR, reported_by VARCHAR NOT NULL, reported_at TIMESTAMP NOT NULL,
    revision INTEGER NOT NULL, PRIMARY KEY (target_id, period, revision))"""


def old_store(path: Path) -> Path:
    """A reported.duckdb as written before issue 12: no basis column, one increment value."""
    with duckdb.connect(str(path)) as con:
        con.execute(OLD_DDL)
        con.execute(rep.AUDIT_LOG)
        con.execute("INSERT INTO reported_values (target_id, period, value, unit, source, note, reported_by,"
                    " reported_at, revision) VALUES ('t-5g-city', '2022Q1', 500, '个', 'form', NULL, 'a',"
                    " TIMESTAMP '2022-04-10 08:00:00', 1)")
    return path


def columns_of(path: Path) -> list[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() "
                                          "WHERE table_name = 'reported_values' ORDER BY column_index").fetchall()]


def test_a_new_store_has_the_basis_column_and_keeps_it(tmp_path):
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, pd.DataFrame({"target_id": ["t-5g-city", "t-gdp"], "period": ["2022Q2", "2022"],
                                         "value": [1200.0, 6.1], "basis": [C, None]}), account="a", how="form")
    assert columns_of(store)[-1] == "basis"
    latest = rep.latest_reported(store).set_index("target_id")
    assert latest.loc["t-5g-city", "basis"] == C and pd.isna(latest.loc["t-gdp", "basis"])


def test_the_same_value_with_another_basis_is_a_new_revision(tmp_path):
    store = tmp_path / "reported.duckdb"
    row = pd.DataFrame({"target_id": ["t-5g-city"], "period": ["2022Q2"], "value": [700.0], "basis": [C]})
    rep.save_values(store, row, account="a", how="form")
    assert rep.save_values(store, row, account="a", how="form").saved == 0
    assert rep.save_values(store, row.assign(basis=P), account="a", how="form").saved == 1
    assert rep.latest_reported(store).loc[0, "basis"] == P and len(rep.history(store)) == 2


def test_an_old_store_is_read_without_being_changed_and_gets_the_column_on_write(tmp_path, sample_db):
    store = old_store(tmp_path / "reported.duckdb")
    latest = rep.latest_reported(store)                       # read-only: the column is shadowed
    assert latest.loc[0, "basis"] is None and "basis" in rep.history(store).columns
    assert "basis" not in columns_of(store)                   # … and the file is left as it was
    statuses = rep.current_statuses(sample_db, store, date(2022, 9, 1)).set_index("target_id")
    assert statuses.loc["t-5g-city", "latest_value"] == 500   # the old row: an addition, as entered
    rep.save_values(store, pd.DataFrame({"target_id": ["t-5g-city"], "period": ["2022Q2"], "value": [1200.0],
                                         "basis": [C]}), account="a", how="form")
    assert columns_of(store)[-1] == "basis"
    latest = rep.latest_reported(store).set_index("period")
    assert pd.isna(latest.loc["2022Q1", "basis"]) and latest.loc["2022Q2", "basis"] == C
    statuses = rep.current_statuses(sample_db, store, date(2022, 9, 1)).set_index("target_id")
    assert statuses.loc["t-5g-city", "latest_value"] == 1200  # the cumulative total includes Q1


def test_backup_carries_the_basis_and_old_backups_restore(tmp_path):
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, pd.DataFrame({"target_id": ["t-5g-city", "t-5g-city"], "period": ["2022Q1", "2022Q2"],
                                         "value": [500.0, 300.0], "basis": [C, P]}), account="a", how="form")
    backup = rep.backup_reported(store, tmp_path / "backup")
    restored = tmp_path / "restored.duckdb"
    rep.restore_reported(backup, restored)
    assert rep.latest_reported(restored)["basis"].tolist() == [C, P]
    # a backup made before the column existed: no basis in its Parquet nor its CSV
    old = tmp_path / "old-backup"
    old.mkdir()
    for name in ("reported_values", "audit_log", "reattachments"):
        frame = pd.read_parquet(backup / f"{name}.parquet")
        frame = frame.drop(columns=[c for c in ("basis",) if c in frame.columns])
        (frame.to_csv(old / f"{name}.csv", index=False) if name == "reported_values"
         else frame.to_parquet(old / f"{name}.parquet", index=False))
    again = tmp_path / "again.duckdb"
    assert rep.restore_reported(old, again)["reported_values"] == 2
    latest = rep.latest_reported(again)
    assert latest["basis"].tolist() == [None, None] and latest["value"].tolist() == [500.0, 300.0]


def test_an_old_store_can_still_be_backed_up(tmp_path):
    store = old_store(tmp_path / "reported.duckdb")
    backup = rep.backup_reported(store, tmp_path / "backup")
    assert "basis" in pd.read_parquet(backup / "reported_values.parquet").columns


# --- entry: the template, the import, the warning ---------------------------------------------

@pytest.fixture
def files(sample_db, tmp_path):
    return {"indicators_db": sample_db, "reported_db": tmp_path / "reported.duckdb"}


def import_csv(files, tmp_path, rows: list[dict], today=date(2022, 12, 20)):
    path = tmp_path / "values.csv"
    path.write_bytes(export.frame_to_csv(pd.DataFrame(rows)))
    return imp.import_file(path, account_name="t", today=today, **files)


def test_the_template_says_cumulative_for_increments(files):
    frame = imp.template_frame(rep.read_targets(files["indicators_db"]), date(2022, 9, 1))
    by_id = frame.set_index("指标编号(target_id)")
    assert by_id.loc["t-5g-city", "口径(basis)"] == "累计"
    assert by_id.loc["t-hitech-gx", "口径(basis)"] == ""
    import io
    notes = pd.read_excel(io.BytesIO(export.template_xlsx_bytes(frame)), sheet_name="说明")["说明"].tolist()
    assert any("累计完成数" in n and "本期新增" in n for n in notes)


@pytest.mark.parametrize("text, code", [("累计", C), (" 本期新增 ", P), ("", ""), ("Period additions", P),
                                        ("cumulative", C), ("年内累计", C), ("季度", None)])
def test_text_to_basis(text, code):
    assert imp.text_to_basis(text) == code


def test_import_stores_the_basis_per_row(files, tmp_path):
    report = import_csv(files, tmp_path, [
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q1", "实际值(value)": "500", "口径(basis)": ""},
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q2", "实际值(value)": "300", "口径(basis)": "本期新增"},
        {"指标编号(target_id)": "t-gdp", "报告期(period)": "2022", "实际值(value)": "6.1", "口径(basis)": "累计"},
    ])
    assert report.ok, report.problems
    latest = rep.latest_reported(files["reported_db"])
    assert list(zip(latest["period"], latest["basis"].fillna("NULL"))) == [("2022Q1", C), ("2022Q2", P), ("2022", "NULL")]
    status = rep.current_statuses(files["indicators_db"], files["reported_db"], date(2022, 12, 20))
    assert status.set_index("target_id").loc["t-5g-city", "latest_value"] == 800


def test_a_wrong_basis_is_refused_with_its_reason(files, tmp_path):
    report = import_csv(files, tmp_path, [
        {"指标编号(target_id)": "t-gdp", "报告期(period)": "2022", "实际值(value)": "6.1", "口径(basis)": "本期新增"},
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q1", "实际值(value)": "5", "口径(basis)": "季度"},
    ])
    assert not report.ok
    assert list(zip(report.problems["row"], report.problems["column"], report.problems["code"])) == [
        (2, "basis", "basis_not_increment"), (3, "basis", "bad_basis")]
    assert "累计" in report.problems["reason"].iloc[1]


def test_a_cumulative_total_that_goes_down_is_flagged(files, tmp_path):
    first = import_csv(files, tmp_path, [
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q2", "实际值(value)": "1200"}])
    assert first.ok and first.warnings.empty
    second = import_csv(files, tmp_path, [   # 150 is the quarter's additions typed as a total
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q3", "实际值(value)": "150"},
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q4", "实际值(value)": "1500"}])
    assert second.ok  # saved: a warning, not a refusal
    assert second.warnings["code"].tolist() == ["cumulative_decreased"]
    warning = second.warnings.iloc[0]
    assert warning["row"] == 2 and warning["params"] == {"previous": "1200", "previous_period": "2022Q2"}
    assert "低于 2022Q2 的累计值 1200" in warning["reason"]
    assert "cannot go down" in i18n.t("entry.reason.cumulative_decreased", "en", value="150", **warning["params"])
    # said to be the period's additions, the same figure is not flagged
    third = import_csv(files, tmp_path, [
        {"指标编号(target_id)": "t-5g-city", "报告期(period)": "2022Q3", "实际值(value)": "150",
         "口径(basis)": "本期新增"}])
    assert third.ok and third.warnings.empty


def test_the_warning_compares_within_the_batch_and_within_the_year_for_per_year_targets():
    targets = pd.DataFrame([dict(target_id="t", value=40.0, kind="increment", per_year=True),
                            dict(target_id="u", value=40.0, kind="increment", per_year=False)])
    clean = pd.DataFrame([dict(row=2, target_id="t", period="2024Q3", value=30.0, basis=C),
                          dict(row=3, target_id="t", period="2025Q1", value=8.0, basis=C),     # a new year
                          dict(row=4, target_id="u", period="2024Q3", value=30.0, basis=C),
                          dict(row=5, target_id="u", period="2025Q1", value=8.0, basis=C)])    # went down
    found = imp.plausibility_warnings(clean, targets)
    assert list(zip(found["row"], found["code"])) == [(5, "cumulative_decreased")]


def test_cumulative_drop_rule():
    assert plausibility.cumulative_drop(150.0, ("2024Q2", 900.0)) == (
        "cumulative_decreased", {"previous": "900", "previous_period": "2024Q2"})
    assert plausibility.cumulative_drop(900.0, ("2024Q2", 900.0)) is None
    assert plausibility.cumulative_drop(5.0, None) is None


# --- what the pages show -----------------------------------------------------------------------

def test_latest_is_labelled_cumulative_for_increments():
    inc = dict(kind="increment", per_year=False, latest_value=450.0, unit="个")
    assert i18n.fmt_latest(inc, "zh") == "累计 450个"
    assert i18n.fmt_latest(dict(inc, per_year=True), "zh") == "年内累计 450个"
    assert i18n.fmt_latest(dict(inc, kind="level"), "zh") == "450个"
    assert i18n.latest_label(inc, "zh") == "累计完成" and i18n.latest_label(dict(inc, kind="level"), "zh") == "最新值"
    assert i18n.fmt_latest(dict(inc, latest_value=None), "zh") == "暂无数据"


def test_the_gauge_puts_the_cumulative_total_on_its_axis_and_says_so():
    row = dict(target_id="t", indicator_name="5G基站", value=1500.0, unit="个", comparator=">=",
               kind="increment", per_year=False, target_year=2025, status="on_track")
    row.update(status_of(G5, [("2024Q1", 300, C), ("2024Q2", 450, C)])[["latest_value", "completion"]].to_dict())
    spec = charts.gauge_spec(row)
    assert spec["value"] == 450 and spec["range"] == [0.0, 1800.0]  # the needle at 450 of 1500, not 750
    svg = gauge_html.gauge_card(row, "zh")
    assert "gauge-basis" in svg and ">累计<" in svg and "累计 450个" in svg
    fig = charts.gauge_grid(pd.DataFrame([row]), "t", "s", "zh")
    assert fig.data[0].number.prefix == "累计 "


def test_the_path_chart_draws_the_cumulative_total():
    t = dict(value=1500.0, unit="个", comparator=">=", kind="increment", per_year=False, target_year=2025,
             baseline_year=None, span_start_year=2022, status="on_track")
    series = pd.DataFrame({"period": ["2024Q1", "2024Q2", "2024Q3"], "value": [300.0, 450.0, 100.0],
                           "basis": [C, C, P], "source": None, "note": None})
    fig = charts.path_chart(t, series, "t", "s", "zh")
    reported = next(tr for tr in fig.data if tr.name == "填报值（累计）")
    assert list(reported.y) == [300.0, 450.0, 550.0]


def test_the_reports_table_shows_each_values_basis():
    series = pd.DataFrame({"period": ["2023", "2024Q2"], "value": [400.0, 900.0], "basis": [None, C]})
    table = export.reports_table(series, "个", "zh", kind="increment")
    assert table["口径"].tolist() == ["本期新增", "累计"]
    assert "口径" not in export.reports_table(series, "个", "zh", kind="level").columns


def test_the_ledger_marks_an_increments_latest_as_cumulative():
    rows = pd.DataFrame([dict(jurisdiction="聊城市", indicator_name="5G基站", comparator=">=", value=1500.0,
                              unit="个", kind="increment", per_year=False, latest_value=450.0, status="on_track")])
    assert export.ledger_table(rows, "zh")["最新值"].tolist() == ["累计 450个"]


PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "entry.py")


def test_the_entry_grid_has_the_basis_column_and_says_the_convention(sample_db, tmp_path, monkeypatch):
    from tracking.accounts import Grant, add_account

    accounts = tmp_path / "accounts.toml"
    add_account(accounts, "admin", "admin-password", [Grant("*")], rounds=4)
    store = tmp_path / "reported.duckdb"
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(store))
    monkeypatch.setenv("ACCOUNTS_FILE", str(accounts))
    at = AppTest.from_file(PAGE, default_timeout=30)
    at.session_state["entry_account"] = "admin"
    at.session_state["entry_jurisdiction"] = "聊城市"
    at = at.run()
    assert not at.exception
    grid = at.data_editor[0].value.set_index("target_id")
    assert grid.loc["t-5g-city", "basis"] == "累计" and grid.loc["t-gdp", "basis"] == ""  # blank, never "None"
    assert any("累计完成数" in c.value for c in at.caption)
    rows = list(grid.index)
    at.session_state[at.data_editor[0].key] = {"edited_rows": {
        rows.index("t-5g-city"): {"period": "2022Q2", "value": "300", "basis": "本期新增"}},
        "added_rows": [], "deleted_rows": []}
    at = at.button(key="entry_save").click().run()
    assert not at.exception and not at.error
    latest = rep.latest_reported(store)
    assert (latest.loc[0, "value"], latest.loc[0, "basis"]) == (300.0, P)
    at.session_state[at.data_editor[0].key] = {"edited_rows": {
        rows.index("t-5g-city"): {"period": "2022Q3", "value": "1000"}}, "added_rows": [], "deleted_rows": []}
    at = at.button(key="entry_save").click().run()
    assert rep.latest_reported(store).set_index("period").loc["2022Q3", "basis"] == C  # the default
    shown = at.data_editor[0].value.set_index("target_id")
    assert shown.loc["t-5g-city", "latest"] == "累计 1000个"  # the 2022Q2 addition is inside the total


def test_nothing_here_is_nan_or_negative_zero():
    row = status_of(G5, [("2024Q2", 0, C)])
    assert row["completion"] == 0 and math.copysign(1.0, row["completion"]) == 1.0


def test_a_reminder_marks_an_increments_latest_and_says_what_to_enter():
    from outputs import remind

    rows = pd.DataFrame([dict(target_id="t-5g-city", jurisdiction="聊城市", indicator_name="5G基站", comparator=">=",
                              value=3000.0, unit="个", kind="increment", per_year=False, target_year=2022,
                              due_period="2022Q3", latest_value=1200.0, latest_period="2022Q2")])
    text = remind.reminder_message(remind.Reminder("市工业和信息化局", rows, date(2022, 11, 15)))
    assert "最近一次填报 累计 1200个（2022Q2）" in text
    assert "请填自规划期初以来的累计完成数" in text
    level = rows.assign(kind="level")
    assert "累计完成数" not in remind.reminder_message(remind.Reminder("市工业和信息化局", level, date(2022, 11, 15)))


def test_the_path_charts_hover_says_what_was_entered_and_its_basis():
    series = pd.DataFrame({"period": ["2024Q1", "2024Q2"], "value": [300.0, 150.0], "basis": [C, None],
                           "unit": "个", "source": None, "note": None})
    hover = charts.report_hover(series, ["300个", "450个"], "zh", increment=True)
    assert hover == ["2024Q1: 300个<br>口径：累计 300个", "2024Q2: 450个<br>口径：本期新增 150个"]
    assert charts.report_hover(series, ["300个", "150个"], "zh") == ["2024Q1: 300个", "2024Q2: 150个"]


def test_the_history_of_an_old_store_reads_with_a_basis(tmp_path):
    from tracking import entered

    store = old_store(tmp_path / "reported.duckdb")
    with duckdb.connect(str(store)) as con:
        con.execute("""INSERT INTO audit_log (audit_id, "at", account, target_id, period, old_value, new_value, how)
                       VALUES (1, TIMESTAMP '2022-04-10 08:00:00', 'a', 't-5g-city', '2022Q1', NULL, 500, 'form')""")
    log = entered.recent_changes(store, ["t-5g-city"])
    assert log["new_value"].tolist() == [500.0] and log["basis"].isna().all()
    assert "basis" not in columns_of(store)
    rep.save_values(store, pd.DataFrame({"target_id": ["t-5g-city"], "period": ["2022Q2"], "value": [900.0],
                                         "basis": [C]}), account="a", how="form")
    assert entered.recent_changes(store, ["t-5g-city"])["basis"].tolist()[0] == C


def test_the_indicator_page_headlines_the_cumulative_total(sample_db, tmp_path, monkeypatch):
    """新建5G基站3000个: 累计 1200 at 2022Q1, then 本期新增 300 → the page says 累计完成 1500个, 50 %."""
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, pd.DataFrame({"target_id": ["t-5g-city", "t-5g-city"], "period": ["2022Q1", "2022Q2"],
                                         "value": [1200.0, 300.0], "basis": [C, P]}), account="a", how="form")
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(store))
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60)
    at.query_params["target"] = "t-5g-city"
    at = at.run()
    at.switch_page("pages/indicator.py").run()
    assert not at.exception
    body = "\n".join(str(x.value) for x in [*at.markdown, *at.caption])
    assert "累计完成（2022Q2）</div><div class='stat-value' style='font-size:1.6rem;font-weight:600;line-height:1.3'>1500个" in body
    assert "剩余 1500个" in body and "2022Q2累计完成1500，目标>=3000，完成度50%" in body
    assert "最新值是自规划期初以来的累计完成数" in body
    reports = next(d.value for d in at.dataframe if "口径" in d.value.columns)
    assert reports["口径"].tolist() == ["累计", "本期新增"]


@pytest.mark.parametrize("flag, expected", [(True, True), (1, True), (False, False), (None, False),
                                            (float("nan"), False), (pd.NA, False)])
def test_is_per_year_reads_every_flag_a_frame_can_hold(flag, expected):
    import numpy as np

    assert i18n.is_per_year({"per_year": flag}) is expected
    assert i18n.is_per_year({"per_year": np.bool_(True)}) is True


def test_the_packs_latest_value_of_an_increment_says_cumulative():
    from outputs import pack

    row = dict(kind="increment", per_year=False, latest_value=450.0, unit="个", latest_period="2024Q2")
    assert pack.latest_text(row, "zh") == "累计 450个（2024Q2）"
    assert pack.latest_text(dict(row, kind="level"), "zh") == "450个（2024Q2）"


def test_the_path_chart_of_a_page_row_counts_every_stored_report():
    """A target row as the pages have it (no span start, no baseline year): every report counts,
    as in the status, whose plan start lies before them all."""
    t = dict(value=1500.0, unit="个", comparator=">=", kind="increment", per_year=False, target_year=2025,
             baseline_year=None, status="on_track")
    series = pd.DataFrame({"period": ["2023", "2024Q1"], "value": [400.0, 50.0], "basis": [None, None]})
    fig = charts.path_chart(t, series, "t", "s", "zh")
    assert list(next(tr for tr in fig.data if tr.name == "填报值（累计）").y) == [400.0, 450.0]
    assert status_of(G5, [("2023", 400, None), ("2024Q1", 50, None)])["latest_value"] == 450


def test_a_gauge_number_with_a_long_english_prefix_is_set_smaller_to_fit():
    """The pack's English 5G gauge read "cumulative 1100个" in 22 px, past the gauge's edge."""
    assert charts.number_size("累计 1100个") == 22
    assert charts.number_size("cumulative 1100个") < 16
    assert charts.number_size("x" * 500) == 12  # never unreadable
