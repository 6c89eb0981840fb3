"""Progress status rules (tracking.status), table by table: each status, each kind, limits, missing
baselines, freshness. The numbers are those of the sample targets (conftest.SAMPLE_TARGETS)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from tracking import status as s
from tracking.direction import DOWN, UP

nan = float("nan")


# --- periods -----------------------------------------------------------------------------------

@pytest.mark.parametrize("period, parsed, position", [
    ("2024", (2024, 0), 2024.0),
    ("2024Q4", (2024, 4), 2024.0),   # ends with the year
    ("2024Q3", (2024, 3), 2023.75),
    ("2024Q1", (2024, 1), 2023.25),
    (" 2024Q2 ", (2024, 2), 2023.5),
    ("2024Q5", None, nan),
    ("24Q1", None, nan),
    ("2024年", None, nan),          # canonical form only; the importer normalises user text
])
def test_period_parsing(period, parsed, position):
    assert s.parse_period(period) == parsed
    assert s.period_to_position(period) == pytest.approx(position, nan_ok=True)


def test_periods_to_frame_matches_the_scalar_rule():
    periods = pd.Series(["2024", "2024Q3", "bad", None])
    frame = s.periods_to_frame(periods)
    assert frame["pos"].tolist()[:2] == [2024.0, 2023.75]
    assert frame["pos"].isna().tolist() == [False, False, True, True]


@pytest.mark.parametrize("today, due", [
    (date(2025, 5, 10), 2024.25),   # 2025Q1 ended 31 March, more than 30 days ago
    (date(2025, 4, 20), 2024.0),    # 2025Q1 still within its 30 days of grace: 2024Q4 is due
    (date(2025, 1, 15), 2023.75),   # 2024Q4 in grace: 2024Q3 due
])
def test_due_position(today, due):
    assert s.due_position(today) == due


# --- the rules, scalar -------------------------------------------------------------------------

@pytest.mark.parametrize("position, start, target_year, tau", [
    (2023.5, 2022, 2025, 0.5),
    (2024.0, 2022, 2025, 2 / 3),
    (2021.0, 2022, 2025, 0.0),     # before the start: clipped
    (2026.0, 2022, 2025, 1.0),     # after the target year: clipped
    (2022.5, 2022, 2022, 1.0),     # empty span, past its end
    (2021.5, 2022, 2022, 0.0),
    (nan, 2022, 2025, nan),
])
def test_time_share(position, start, target_year, tau):
    assert s.time_share(position, start, target_year) == pytest.approx(tau, nan_ok=True)


@pytest.mark.parametrize("latest, baseline, target, direction, c", [
    (46, 50, 42, DOWN, 0.5),      # 冠县 PM2.5 50 → 42: halfway
    (70, 40, 80, UP, 0.75),       # 冠县 高新技术企业 40 → 80
    (35, 40, 80, UP, 0.0),        # moving the wrong way: no progress, never negative
    (80, 80, 80, UP, 1.0),        # target equal to its baseline, met
    (79, 80, 80, UP, 0.0),
    (85, 85, 80, UP, 85 / 80),    # 达到80家 with the first report (85) as baseline: already past
    (78, 85, 80, UP, 78 / 80),    # ... then below it: how far toward 80 from zero
    (40, 38, 42, DOWN, 42 / 40),  # 降至42 from a baseline already below it
    (nan, 40, 80, UP, nan),
])
def test_completion_level(latest, baseline, target, direction, c):
    assert s.completion_level(latest, baseline, target, direction) == pytest.approx(c, nan_ok=True)


@pytest.mark.parametrize("measure, target, c", [
    (2100, 3000, 0.7),      # 新建5G基站3000个: 2100 so far
    (6.6, 6.0, 1.1),        # growth 6.6 % against 6 %
    (5, 0, 1.0),            # a zero target is met by anything non-negative
    (nan, 3000, nan),
])
def test_completion_ratio(measure, target, c):
    assert s.completion_ratio(measure, target) == pytest.approx(c, nan_ok=True)


@pytest.mark.parametrize("measure, target, comparator, direction, met", [
    (3000, 3000, ">=", UP, True),
    (2999, 3000, ">=", UP, False),
    (42, 42, "<=", DOWN, True),
    (42.1, 42, "<=", DOWN, False),
    (80, 80, "=", UP, True),        # 达到80家: reached from below
    (79, 80, "=", UP, False),
    (85, 80, "=", UP, True),        # ... and passed: met, whatever the baseline was
    (30, 30, "=", DOWN, True),      # a level to be brought down to 30 is reached from above
    (31, 30, "=", DOWN, False),
    (5.7, 6, "~", UP, True),        # 6%左右: 5 % of the target short still counts
    (5.6, 6, "~", UP, False),
    (nan, 6, ">=", UP, False),
])
def test_comparator_satisfied(measure, target, comparator, direction, met):
    assert s.comparator_satisfied(measure, target, comparator, direction) is met


@pytest.mark.parametrize("c, tau, status", [
    (0.50, 0.50, "on_track"),
    (0.45, 0.50, "on_track"),       # c ≥ τ − 0.05
    (0.449, 0.50, "at_risk"),
    (0.25, 0.50, "at_risk"),        # c ≥ τ − 0.25
    (0.249, 0.50, "off_track"),
    (1.20, 0.50, "on_track"),
])
def test_status_from_progress(c, tau, status):
    assert s.status_from_progress(c, tau) == status


@pytest.mark.parametrize("latest, limit, previous, baseline, c, tau, status", [
    (41, 42, 44, 50, nan, 0.5, "achieved"),    # within, falling
    (41, 42, nan, nan, nan, 0.5, "achieved"),  # within, nothing to compare
    (41, 42, 40, 50, nan, 0.5, "on_track"),    # within but rising
    (46, 42, 47, 50, 0.5, 0.5, "on_track"),    # above, falling, halfway at half time
    (46, 42, 45, 50, 0.5, 0.5, "at_risk"),     # same progress but rising again: capped
    (49, 42, 50, 50, 0.125, 0.67, "off_track"),
    (44, 42, 45, 40, nan, 0.5, "at_risk"),     # was within (baseline 40), now above but falling
    (44, 42, 43, 40, nan, 0.5, "off_track"),   # was within, now above and rising
])
def test_limit_status(latest, limit, previous, baseline, c, tau, status):
    assert s.limit_status(latest, limit, previous, baseline, c, tau) == status


@pytest.mark.parametrize("last, today, target_year, start, overdue", [
    (2023.25, date(2024, 9, 1), 2025, 2022, True),    # 2024Q1 reported, 2024Q2 due since 30 July
    (2023.5, date(2024, 9, 1), 2025, 2022, False),    # 2024Q2 reported
    (2023.25, date(2024, 7, 20), 2025, 2022, False),  # 2024Q2 still in its grace period
    (nan, date(2024, 9, 1), 2025, 2022, True),        # never reported
    (nan, date(2022, 3, 1), 2025, 2022, False),       # nothing due yet: the plan just started
    (2023.0, date(2026, 6, 1), 2023, 2022, False),    # the target year's value is in: done
    (2022.75, date(2026, 6, 1), 2023, 2022, True),
])
def test_is_overdue(last, today, target_year, start, overdue):
    assert s.is_overdue(last, today, target_year, start) is overdue


# --- the frame ---------------------------------------------------------------------------------

def target(tid="t", value=80.0, comparator="=", kind="level", per_year=False, target_year=2025,
           baseline_value=40.0, baseline_year=2022, span_start_year=2022):
    return dict(target_id=tid, value=value, comparator=comparator, kind=kind, per_year=per_year,
                target_year=target_year, baseline_value=baseline_value, baseline_year=baseline_year,
                span_start_year=span_start_year)


HITECH = dict(value=80.0, comparator="=")                    # 到2025年高新技术企业达到80家 (40 in 2022)
PM25 = dict(value=42.0, comparator="<=", baseline_value=50.0)  # PM2.5 50 → ≤42
PM25_NO_BASE = dict(PM25, baseline_value=None, baseline_year=None)
G5 = dict(value=3000.0, comparator=">=", kind="increment", target_year=2022, baseline_value=None,
          baseline_year=None, span_start_year=2021)           # 新建5G基站3000个以上 (2022)
TALENT = dict(value=40.0, comparator=">=", kind="increment", per_year=True, baseline_value=None,
              baseline_year=None)                              # 每年新增高技能人才40人以上
GDP = dict(value=6.0, comparator="~", kind="growth_rate", per_year=True, target_year=2022,
           baseline_value=None, baseline_year=None, span_start_year=2021)  # 增长6%左右
INCOME = dict(GDP, per_year=False, target_year=2025, span_start_year=2022)  # 年均增长6%左右 to 2025

TODAY = date(2024, 9, 1)

# (case, target, reports [(period, value)], expected {column: value})
CASES = [
    ("level achieved", HITECH, [("2024", 82)], dict(status="achieved", completion=1.05)),
    ("level on track", HITECH, [("2024Q2", 65)],
     dict(status="on_track", completion=0.625, time_share=0.5, baseline_source="document")),
    ("level at risk", HITECH, [("2024", 60)], dict(status="at_risk", completion=0.5, time_share=2 / 3)),
    ("level off track", HITECH, [("2024", 45)], dict(status="off_track", completion=0.125)),
    ("level without baseline: the first report serves", dict(HITECH, baseline_value=None, baseline_year=None),
     [("2023", 50), ("2024", 65)],
     dict(status="on_track", completion=0.5, time_share=0.5, baseline_used=50, baseline_source="first_report")),
    ("only one report and no baseline: on track from where it starts",
     dict(HITECH, baseline_value=None, baseline_year=None), [("2024Q2", 50)],
     dict(status="on_track", completion=0.0, time_share=0.0, baseline_source="first_report")),
    ("increment: quarterly additions add up", G5, [("2022Q1", 500), ("2022Q2", 900)],
     dict(status="on_track", completion=1400 / 3000, time_share=0.5)),
    ("increment at risk", G5, [("2022Q2", 900)], dict(status="at_risk", completion=0.3)),
    ("increment achieved", G5, [("2022Q2", 1900), ("2022Q3", 1200)], dict(status="achieved")),
    ("increment: an annual figure replaces its quarters",
     dict(G5, value=1000.0, target_year=2025, span_start_year=2022),
     [("2023Q1", 100), ("2023Q2", 100), ("2023", 400), ("2024Q1", 50)],
     dict(status="on_track", completion=0.45, time_share=1.25 / 3)),
    ("increment per year: judged inside the year", TALENT, [("2023", 45), ("2024Q2", 15)],
     dict(status="at_risk", completion=15 / 40, time_share=0.5)),
    ("increment per year achieved this year", TALENT, [("2024Q2", 41)], dict(status="achieved")),
    ("growth per year, annual figure met", GDP, [("2022", 6.2)], dict(status="achieved")),
    ("growth: a quarter meeting the rate is on track, not done", GDP, [("2022Q3", 6.5)],
     dict(status="on_track", completion=6.5 / 6)),
    ("growth below the rate", GDP, [("2022", 5.0)], dict(status="at_risk")),
    ("growth well below", GDP, [("2022", 4.0)], dict(status="off_track")),
    ("growth to 2025: met in 2023 is on track", INCOME, [("2023", 6.5)], dict(status="on_track")),
    ("growth to 2025: met in 2025 is achieved", INCOME, [("2023", 6.5), ("2025", 6.1)],
     dict(status="achieved")),
    ("limit within, falling", PM25, [("2023", 44), ("2024", 41)], dict(status="achieved")),
    ("limit within, rising", PM25, [("2023", 40), ("2024", 41)], dict(status="on_track")),
    ("limit above, falling, on pace", PM25, [("2023", 47), ("2024Q2", 46)],
     dict(status="on_track", completion=0.5, time_share=0.5)),
    ("limit above, rising", PM25, [("2023", 45), ("2024Q2", 46)], dict(status="at_risk")),
    ("limit above, first value vs the document baseline", PM25, [("2024", 49)],
     dict(status="off_track", completion=0.125)),
    ("limit without baseline: first report", PM25_NO_BASE, [("2023", 47), ("2024", 44)],
     dict(status="on_track", baseline_source="first_report")),
    ("no data", HITECH, [], dict(status="no_data", overdue=True)),
    ("overdue: last report 2024Q1", HITECH, [("2024Q1", 60)], dict(overdue=True)),
    ("fresh: 2024Q2 reported", HITECH, [("2024Q2", 60)], dict(overdue=False)),
    ("achieved is not chased for reports", HITECH, [("2023", 85)], dict(status="achieved", overdue=False)),
    ("a limit keeps being watched", PM25, [("2023", 41)], dict(status="achieved", overdue=True)),
]


def frames(t, reports):
    targets = pd.DataFrame([target(**t)])
    reported = pd.DataFrame([("t", p, v, "form") for p, v in reports],
                            columns=["target_id", "period", "value", "source"])
    if t.get("kind") == "increment":  # these cases test additions: said per row (the default is 累计)
        reported["basis"] = s.BASIS_PERIOD
    return targets, reported


@pytest.mark.parametrize("case, t, reports, expected", CASES, ids=[c[0] for c in CASES])
def test_compute_statuses(case, t, reports, expected):
    targets, reported = frames(t, reports)
    row = s.compute_statuses(targets, reported, TODAY).iloc[0]
    for column, want in expected.items():
        got = row[column]
        if isinstance(want, float):
            assert got == pytest.approx(want), (case, column, got)
        else:
            assert got == want, (case, column, got)


def test_output_columns_and_explanation():
    targets, reported = frames(dict(HITECH, baseline_value=None, baseline_year=None), [("2023", 50), ("2024", 65)])
    out = s.compute_statuses(targets, reported, TODAY)
    assert list(out.columns) == s.STATUS_COLUMNS
    text = out.loc[0, "explanation"]
    assert "完成度50%" in text and "基期值取首次填报" in text and text.endswith("正常推进。")


def test_document_rows_are_baselines_not_reports():
    targets, reported = frames(dict(HITECH, baseline_value=None, baseline_year=None), [("2024", 60)])
    doc = pd.DataFrame([("t", "2022", 40.0, "document")], columns=reported.columns)
    out = s.compute_statuses(targets, pd.concat([doc, reported]), TODAY).iloc[0]
    assert (out["status"], out["baseline_source"], out["completion"]) == ("at_risk", "document", 0.5)
    only_doc = s.compute_statuses(targets, doc, TODAY).iloc[0]
    assert only_doc["status"] == "no_data"


def test_baselines_argument_overrides_the_targets_baseline():
    targets, reported = frames(HITECH, [("2024", 60)])
    baselines = pd.DataFrame({"target_id": ["t"], "baseline_value": [20.0], "baseline_year": [2022]})
    out = s.compute_statuses(targets, reported, TODAY, baselines=baselines).iloc[0]
    assert out["completion"] == pytest.approx(40 / 60)


def test_a_correction_of_the_same_period_counts_once():
    # latest_reported gives one row per period; a quarter and its year's value end together and
    # the annual one wins
    targets, reported = frames(HITECH, [("2024Q4", 50), ("2024", 60)])
    assert s.compute_statuses(targets, reported, TODAY).loc[0, "latest_value"] == 60


def test_reports_of_unknown_targets_are_ignored():
    targets, reported = frames(HITECH, [("2024", 60)])
    reported.loc[1] = ["gone", "2024", 1.0, "form"]
    out = s.compute_statuses(targets, reported, TODAY)
    assert out["target_id"].tolist() == ["t"]


def test_fifty_thousand_targets_each_get_one_status():
    """Scale check (speed itself is measured by bench/run.py, not here)."""
    rng = np.random.default_rng(7)
    n = 50_000
    kinds = rng.choice(["level", "increment", "growth_rate"], n)
    targets = pd.DataFrame({
        "target_id": [f"t{i}" for i in range(n)], "value": rng.uniform(10, 100, n),
        "comparator": rng.choice([">=", "<=", "=", "~"], n), "kind": kinds,
        "per_year": rng.random(n) < 0.2, "target_year": 2025,
        "baseline_value": np.where(rng.random(n) < 0.5, rng.uniform(0, 50, n), np.nan),
        "baseline_year": 2022, "span_start_year": 2022,
    })
    periods = ["2023", "2024Q1", "2024Q2", "2024Q3"]
    reported = pd.DataFrame({
        "target_id": np.repeat(targets["target_id"].to_numpy(), 4),
        "period": periods * n, "value": rng.uniform(0, 100, 4 * n), "source": "form",
    })
    out = s.compute_statuses(targets, reported, TODAY)
    assert len(out) == n and out["target_id"].is_unique
    assert set(out["status"]) <= set(s.STATUS_CODES) and out["status"].nunique() >= 3


def reference_prepared_reports(reported: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    """The ordering rule written plainly with pandas (how _prepared_reports was first written):
    known targets, valid periods and values; per (target, kind, position) the last row after a
    stable sort that puts the annual value last; then by target and position, documents first;
    prev_value = the previous report of the same target."""
    r = pd.DataFrame({"ti": ids.get_indexer(reported["target_id"].astype(object).to_numpy()),
                      "period": reported["period"].astype(object).to_numpy(),
                      "value": pd.to_numeric(reported["value"], errors="coerce").to_numpy(dtype=float),
                      "is_doc": reported["source"].astype(object).to_numpy() == "document"})
    r = pd.concat([r, s.periods_to_frame(r["period"])], axis=1)
    r = r[(r["ti"] >= 0) & r["pos"].notna() & r["value"].notna()]
    r = r.assign(_annual=r["quarter"].eq(0)).sort_values(["ti", "is_doc", "pos", "_annual"], kind="stable")
    r = r.drop_duplicates(["ti", "is_doc", "pos"], keep="last")
    r = r.sort_values(["ti", "pos", "is_doc"], ascending=[True, True, False], kind="stable")
    rep = ~r["is_doc"]
    r["prev_value"] = np.nan
    r.loc[rep, "prev_value"] = r[rep].groupby("ti")["value"].shift(1)
    return r.drop(columns="_annual").reset_index(drop=True)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_prepared_reports_follow_the_plain_pandas_rule(seed):
    """The NumPy version (factorised ids and periods, lexsorts) on messy input: repeated periods,
    quarters beside their year, documents at a report's position, unknown targets, bad periods and
    values, in shuffled order."""
    rng = np.random.default_rng(seed)
    n = 3000
    ids = pd.Index([f"t{i}" for i in range(40)])
    periods = ["2021", "2022", "2022Q4", "2022Q1", "2023Q2", "2023", "2024Q3", "bad", None]
    reported = pd.DataFrame({
        "target_id": rng.choice([f"t{i}" for i in range(45)], n),      # t40..t44 are unknown
        "period": rng.choice(np.array(periods, dtype=object), n),
        "value": np.where(rng.random(n) < 0.03, np.nan, rng.integers(0, 50, n).astype(float)),
        "source": rng.choice(["form", "import", "document"], n, p=[0.5, 0.3, 0.2]),
    })
    got = s._prepared_reports(reported, ids)
    expected = reference_prepared_reports(reported, ids)
    pd.testing.assert_frame_equal(got[expected.columns], expected, check_dtype=False)
    assert len(got) > 300   # most (target, kind, position) keys appear several times in the input


def test_prepared_reports_of_nothing():
    empty = pd.DataFrame(columns=["target_id", "period", "value", "source"])
    assert s._prepared_reports(empty, pd.Index(["t"])).empty
