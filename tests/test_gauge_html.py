"""The overview's gauges as HTML + SVG (dashboard/gauge_html.py): geometry, content, escaping.

The example is the 冠县 PM2.5 target of the sample database: ≤ 42 微克/立方米 by 2025 from 50,
latest reported 46 — behind its ceiling, so "进度滞后".
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from dashboard import gauge_html as G
from outputs import i18n
from outputs.charts import STATUS_COLORS

PM25 = {"indicator_name": "PM2.5平均浓度", "value": 42.0, "unit": "微克/立方米", "comparator": "<=",
        "kind": "level", "target_year": 2025, "baseline_value": 50.0, "latest_value": 46.0,
        "status": "at_risk"}


def endpoints(path: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """Start and end point of an ``M x y A r r 0 0 1 x y`` path."""
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path)]
    return (numbers[0], numbers[1]), (numbers[-2], numbers[-1])


def test_fraction_places_a_value_on_the_axis_and_clips_outside_it():
    assert G.fraction(46, 0, 60) == pytest.approx(46 / 60)
    assert G.fraction(-5, 0, 60) == 0.0
    assert G.fraction(90, 0, 60) == 1.0
    assert G.fraction(3, 5, 5) == 0.0  # an empty axis draws nothing rather than dividing by zero


def test_the_half_ring_runs_from_the_left_over_the_top_to_the_right():
    left, top, right = G.point(0), G.point(0.5), G.point(1)
    assert left == pytest.approx((G.CX - G.RADIUS, G.CY))
    assert top == pytest.approx((G.CX, G.CY - G.RADIUS))
    assert right == pytest.approx((G.CX + G.RADIUS, G.CY))


def test_arc_path_goes_between_the_two_fractions_whatever_their_order():
    start, end = endpoints(G.arc_path(0.5, 0))
    assert start == pytest.approx(G.point(0), abs=0.01)
    assert end == pytest.approx(G.point(0.5), abs=0.01)
    assert " 0 0 1 " in G.arc_path(0, 0.5), "clockwise on screen, never the large arc"
    assert G.arc_path(0.3, 0.3) == ""


def test_the_pm25_dial_shows_bar_tick_bands_and_the_latest_value():
    svg = G.dial_svg(PM25, "zh")
    # axis 0 … 60 (the largest of target, latest, baseline × 1.2): bar to 46, tick at 42
    bar = re.search(r'class="gauge-value" d="([^"]+)" fill="none" stroke="([^"]+)"', svg)
    assert bar and bar.group(2) == STATUS_COLORS["at_risk"]
    assert endpoints(bar.group(1))[1] == pytest.approx(G.point(46 / 60), abs=0.01)
    tick = re.search(r'class="gauge-target" x1="([\d.]+)" y1="([\d.]+)"', svg)
    tx, ty = float(tick.group(1)), float(tick.group(2))
    expected = G.point(42 / 60, G.RADIUS - G.BAND / 2 - 3)
    assert (tx, ty) == pytest.approx(expected, abs=0.01)
    assert "#e8f5e9" in svg and "#ffebee" in svg, "a ceiling shades green below it and red above"
    assert "46微克/立方米" in svg and ">0<" in svg and ">60<" in svg


def test_a_target_with_no_reported_value_has_no_bar_and_says_so():
    row = dict(PM25, latest_value=None, status="no_data")
    card = G.gauge_card(row, "zh")
    assert "gauge-value" not in card
    assert i18n.t("no_data", "zh") in card and i18n.status_label("no_data", "zh") in card


def test_card_carries_name_target_line_status_and_a_hover_text():
    card = G.gauge_card(PM25, "zh")
    assert "PM2.5平均浓度" in card
    assert "≤42微克/立方米 · 2025 · " + i18n.t("chart.baseline", "zh") + "50微克/立方米" in card
    assert 'data-status="at_risk"' in card and "● " + i18n.status_label("at_risk", "zh") in card
    assert 'title="PM2.5平均浓度' in card


def test_names_from_documents_are_escaped_not_interpreted():
    card = G.gauge_card(dict(PM25, indicator_name='<script>alert("x")</script>'), "zh")
    assert "<script>" not in card and "&lt;script&gt;" in card


def test_grid_is_one_line_of_html_with_one_card_per_target():
    df = pd.DataFrame([PM25, dict(PM25, indicator_name="高新技术企业", value=80.0, unit="家", comparator=">=",
                                  baseline_value=45.0, latest_value=60.0, status="on_track")])
    out = G.gauge_grid_html(df, "冠县 · 重点指标进度", "zh")
    assert "\n" not in out, "a blank line would end Markdown's HTML block"
    assert out.count('class="gauge"') == 2
    assert "repeat(4," in out


def test_english_labels():
    card = G.gauge_card(PM25, "en")
    assert i18n.status_label("at_risk", "en") in card
    assert "Baseline 50" in card
    rest = card.replace("微克/立方米", "").replace("PM2.5平均浓度", "")
    assert not re.search(r"[\u4e00-\u9fff]", rest), "only the document's own words stay Chinese"


def test_axis_ends_are_short_and_in_the_unit_the_middle_number_uses():
    assert G.axis_text(276000000000, "元") == "2760"     # 亿元, as "2300亿元" in the middle
    assert G.axis_text(7.2, "%") == "7.2"
    assert G.axis_text(1234567, "个") == "123万"
    svg = G.dial_svg(dict(PM25, value=2.3e11, unit="元", comparator=">=", baseline_value=2.0e11,
                          latest_value=2.1e11, status="on_track"), "zh")
    assert ">2760<" in svg and "276000000000" not in svg and "2100亿元" in svg


def test_a_name_with_line_breaks_stays_inside_the_html_block():
    df = pd.DataFrame([dict(PM25, indicator_name="PM2.5\n\n平均浓度")])
    out = G.gauge_grid_html(df, "t", "zh")
    assert "\n" not in out and "PM2.5 平均浓度" in out
