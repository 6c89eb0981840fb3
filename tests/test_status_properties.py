"""The status method is right by construction (issue 12): a target's direction comes from its words
and its indicator, a target already met is 已完成 whatever the baseline, and the rules below hold for
every input (hypothesis), for every kind and comparator."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracking import direction as D
from tracking import status as S

TODAY = date(2026, 12, 3)
RANK = {"off_track": 0, "at_risk": 1, "on_track": 2, "achieved": 3}
KINDS = ("level", "increment", "growth_rate")
COMPARATORS = (">=", "=", "~", "<=")


def status_of(target: dict, reports: list[tuple[str, float]], today: date = TODAY) -> pd.Series:
    row = dict(target_id="t", value=80.0, comparator="=", kind="level", per_year=False, target_year=2025,
               baseline_value=None, baseline_year=None, span_start_year=2022, span_text=None,
               indicator_code=None)
    row.update(target)
    reported = pd.DataFrame([("t", p, v, "form") for p, v in reports],
                            columns=["target_id", "period", "value", "source"])
    return S.compute_statuses(pd.DataFrame([row]), reported, today).iloc[0]


# --- the regression that started it ------------------------------------------------------------

def test_guanxian_hitech_80_with_85_reported_for_2025_is_achieved():
    """冠县 "到2025年，力争高新技术企业达到80家": no baseline in the document, 85 reported for 2025.
    The first report became the baseline and 80 < 85 read as a target to fall to: 严重滞后, 0 %."""
    row = status_of(dict(value=80.0, comparator="=", span_text="力争高新技术企业达到80家"), [("2025", 85.0)])
    assert row["status"] == "achieved"
    assert row["completion"] >= 1.0
    assert "已完成" in row["explanation"]


def test_a_beaten_level_target_stays_achieved_with_later_reports_above_it():
    row = status_of(dict(value=80.0, span_text="高新技术企业达到80家"), [("2024", 85.0), ("2025", 90.0)])
    assert row["status"] == "achieved"


# --- direction ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("力争高新技术企业达到80家", None),          # 达到: reach, either way — the indicator decides
    ("PM2.5浓度达到43微克/立方米", None),
    ("PM2.5浓度降至42微克/立方米", D.DOWN),
    ("城市公共供水管网漏损率控制在8%以内", D.DOWN),
    ("万元GDP用水量下降到30立方米", D.DOWN),
    ("森林覆盖率提高到20%", D.UP),
    ("研发投入强度不低于2.5%", D.UP),           # 不低于 is not 低于
    ("单体规模不超过5万吨", D.DOWN),            # 不超过 is not 超过
    ("新建5G基站3000个", None),
    ("", None),
])
def test_wording_direction(text, direction):
    assert D.wording_direction(text) == direction


@pytest.mark.parametrize("target, expected", [
    (dict(comparator=">=", kind="level", span_text="降至10"), D.UP),          # the comparator first
    (dict(comparator="<=", kind="level", span_text="达到10"), D.DOWN),
    (dict(comparator="=", kind="growth_rate", span_text="能耗降低13.5%"), D.UP),  # a rate of reduction to reach
    (dict(comparator="=", kind="increment", span_text="新建3000个"), D.UP),
    (dict(comparator="=", kind="level", span_text="PM2.5浓度降至42"), D.DOWN),  # the words
    (dict(comparator="=", kind="level", span_text="PM2.5浓度42", indicator_code="pm25"), D.DOWN),  # the catalog
    (dict(comparator="=", kind="level", span_text="某指标42"), D.UP),           # nothing says: up
    (dict(comparator="=", kind="level", span_text="PM2.5浓度达到42", indicator_code="pm25"), D.DOWN),  # 达到 has no way
    (dict(comparator="=", kind="level", span_text="高新技术企业达到80家", indicator_code="high_tech_enterprises"), D.UP),
])
def test_target_directions(target, expected):
    frame = pd.DataFrame([dict(dict(value=42.0, indicator_code=None), **target)])
    assert D.target_directions(frame)[0] == expected


def test_a_document_baseline_above_the_target_points_down_when_nothing_else_says():
    frame = pd.DataFrame([dict(value=42.0, comparator="=", kind="level", span_text="某指标42", indicator_code=None)])
    assert D.target_directions(frame, document_baseline=[50.0])[0] == D.DOWN
    assert D.target_directions(frame, document_baseline=[float("nan")])[0] == D.UP


def test_catalog_codes_that_are_lower_is_better_include_pm25():
    assert "pm25" in D.lower_is_better_codes()


# --- properties --------------------------------------------------------------------------------

values = st.floats(min_value=0.0, max_value=1e6, allow_nan=False, allow_infinity=False)
periods = st.sampled_from(["2023", "2023Q2", "2024", "2024Q3", "2025", "2025Q2", "2026"])


@settings(max_examples=120, deadline=None)
@given(kind=st.sampled_from(KINDS), comparator=st.sampled_from((">=", "=", "~")), target=values.filter(lambda v: v > 0),
       baseline=st.one_of(st.none(), values), low=values, high=values, period=periods)
def test_for_a_rising_target_a_higher_value_is_never_worse(kind, comparator, target, baseline, low, high, period):
    low, high = sorted((low, high))
    base = dict(kind=kind, comparator=comparator, value=target, span_text=f"提高到{target:g}",
                baseline_value=baseline if kind == "level" else None,
                baseline_year=2022 if baseline is not None and kind == "level" else None)
    worse = status_of(base, [(period, low)])["status"]
    better = status_of(base, [(period, high)])["status"]
    assert RANK[better] >= RANK[worse], (worse, better)


@settings(max_examples=120, deadline=None)
@given(baseline=st.one_of(st.none(), values), previous=st.one_of(st.none(), values), low=values, high=values,
       limit=values.filter(lambda v: v > 0), period=periods)
def test_for_a_limit_a_lower_value_is_never_worse(baseline, previous, low, high, limit, period):
    low, high = sorted((low, high))
    base = dict(kind="level", comparator="<=", value=limit, baseline_value=baseline,
                baseline_year=2022 if baseline is not None else None)
    before = [("2022Q4", previous)] if previous is not None and period != "2022Q4" else []
    worse = status_of(base, before + [(period, high)])["status"]
    better = status_of(base, before + [(period, low)])["status"]
    assert RANK[better] >= RANK[worse], (worse, better)


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(KINDS), comparator=st.sampled_from(COMPARATORS), target=values.filter(lambda v: v > 0),
       baseline=st.one_of(st.none(), values), factor=st.floats(min_value=0.0, max_value=3.0),
       year=st.sampled_from([2025, 2026]), words=st.sampled_from(["达到", "提高到", "降至", "", "控制在"]))
def test_a_value_meeting_the_comparator_at_or_after_the_target_year_is_achieved(
        kind, comparator, target, baseline, factor, year, words):
    assume(not (kind != "level" and comparator == "<="))  # a limit is a level
    row_target = dict(kind=kind, comparator=comparator, value=target, span_text=f"{words}{target:g}",
                      baseline_value=baseline if kind == "level" else None,
                      baseline_year=2022 if baseline is not None and kind == "level" else None)
    value = target * factor
    frame = pd.DataFrame([dict(row_target, indicator_code=None)])
    direction = D.target_directions(frame, [baseline if kind == "level" and baseline is not None else float("nan")])[0]
    meets = S.comparator_satisfied(value, target, comparator, direction)
    assume(meets)
    row = status_of(row_target, [(str(year), value)])
    assert row["status"] == "achieved", row["explanation"]


@settings(max_examples=120, deadline=None)
@given(baseline=st.one_of(st.none(), values), previous=st.one_of(st.none(), values),
       limit=values.filter(lambda v: v > 0), share=st.floats(min_value=0.0, max_value=1.0), period=periods)
def test_a_limit_that_is_kept_is_never_off_track(baseline, previous, limit, share, period):
    base = dict(kind="level", comparator="<=", value=limit, baseline_value=baseline,
                baseline_year=2022 if baseline is not None else None)
    before = [("2022Q4", previous)] if previous is not None and period != "2022Q4" else []
    row = status_of(base, before + [(period, limit * share)])
    assert row["status"] in ("achieved", "on_track")


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(KINDS), comparator=st.sampled_from(COMPARATORS), target=values,
       baseline=st.one_of(st.none(), values), reports=st.lists(st.tuples(periods, values), min_size=1, max_size=4),
       words=st.sampled_from(["达到", "降至", ""]))
def test_completion_is_never_negative_nor_minus_zero(kind, comparator, target, baseline, reports, words):
    row = status_of(dict(kind=kind, comparator=comparator, value=target, span_text=f"{words}1",
                         baseline_value=baseline, baseline_year=2022 if baseline is not None else None), reports)
    c = row["completion"]
    if not (isinstance(c, float) and math.isnan(c)):
        assert c >= 0 and math.copysign(1.0, c) == 1.0, c
