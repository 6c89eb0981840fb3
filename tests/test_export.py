"""Exports people take to meetings: PNGs made on the server (kaleido + Debian Chromium), CSV with
a BOM for Excel, a formatted XLSX with Chinese headers — and PNG export from many threads at once.
"""

from __future__ import annotations

import io
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
import streamlit  # noqa: F401 — importing it sets a browser-only default template; exports must not care
from openpyxl import load_workbook
from PIL import Image

from outputs import charts, export, i18n
from tracking import queries as Q

needs_chromium = pytest.mark.skipif(
    not (Path("/usr/bin/chromium").exists() or shutil.which("chromium")),
    reason="PNG export needs the Debian package chromium (make setup installs it)",
)

# Distinct colours, one per concurrent export, none of them used by the chart frame.
COLOURS = ["#d32f2f", "#1e88e5", "#2e7d32", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#c2185b"]


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def one_bar(colour: str, title: str) -> go.Figure:
    """A chart whose only coloured area is one wide bar of ``colour``."""
    fig = go.Figure(go.Bar(x=["冠县"], y=[10], marker_color=colour, width=[0.9], showlegend=False))
    return charts._frame(fig, title, "截至2025年6月30日", "zh")


def dominant_colour(png: bytes) -> tuple[int, int, int]:
    """The most frequent clearly coloured pixel (ignoring white, greys and anti-aliasing)."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    counts = img.getcolors(maxcolors=1 << 20)
    coloured = [(n, c) for n, c in counts if max(c) - min(c) > 60]
    return max(coloured)[1]


@needs_chromium
def test_png_is_slide_sized_and_a_valid_image():
    png = export.figure_to_png(one_bar("#d32f2f", "冠县 · PM2.5浓度"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    img = Image.open(io.BytesIO(png))
    img.verify()
    assert img.size == (export.SLIDE_WIDTH, export.SLIDE_HEIGHT) == (1600, 900)


@needs_chromium
def test_png_bars_keep_their_colour_not_black():
    """Importing streamlit sets a template only a browser resolves; ours is explicit."""
    png = export.figure_to_png(one_bar("#d32f2f", "颜色"))
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.getpixel((800, 500)) == hex_to_rgb("#d32f2f")  # the middle of the wide bar
    assert img.getpixel((5, 5)) == (255, 255, 255)


@needs_chromium
def test_png_renders_chinese_text():
    """The title is drawn with glyphs: a long Chinese title darkens far more pixels than none."""
    def ink(png: bytes) -> int:
        img = Image.open(io.BytesIO(png)).convert("L").crop((0, 0, 1600, 110))
        return sum(1 for p in img.tobytes() if p < 128)
    with_title = ink(export.figure_to_png(one_bar("#1e88e5", "聊城经济技术开发区 · 细颗粒物浓度 · 重点指标进度")))
    without = ink(export.figure_to_png(one_bar("#1e88e5", "")))
    assert with_title > without + 2000


@needs_chromium
def test_concurrent_exports_each_get_their_own_image():
    figures = [one_bar(c, f"第{i + 1}张图 · {c}") for i, c in enumerate(COLOURS)]
    with ThreadPoolExecutor(max_workers=len(figures)) as pool:
        pngs = list(pool.map(export.figure_to_png, figures))
    assert [dominant_colour(p) for p in pngs] == [hex_to_rgb(c) for c in COLOURS]
    assert len(set(pngs)) == len(pngs)


@needs_chromium
def test_every_dashboard_chart_exports(sample_db):
    row = {"indicator_name": "PM2.5浓度", "value": 42.0, "unit": "微克/立方米", "comparator": "<=",
           "kind": "level", "latest_value": 45.0, "baseline_value": 50.0, "status": "on_track",
           "target_year": 2025, "baseline_year": 2022, "jurisdiction": "冠县", "completion": 0.625,
           "per_year": False}
    frame = pd.DataFrame([row, {**row, "jurisdiction": "聊城经济技术开发区", "value": 41.0,
                                "latest_value": None, "status": "no_data", "completion": None}])
    figures = [
        charts.gauge_grid(frame, "冠县 · 重点指标进度", "截至2025年6月30日", "zh"),
        charts.path_chart(row, pd.DataFrame({"period": ["2023", "2024Q2"], "value": [47.0, 45.0]}), "冠县 · PM2.5浓度", "s", "zh"),
        charts.comparison_values(frame, "PM2.5浓度", "s", "zh", "冠县"),
        charts.comparison_completion(frame, "PM2.5浓度", "s", "zh"),
        charts.status_bars(pd.DataFrame({"category": ["生态环保"], "status": ["on_track"], "n": [1]}), "t", "s", "zh"),
    ]
    for fig in figures:
        assert Image.open(io.BytesIO(export.figure_to_png(fig))).size == (1600, 900)


def test_figures_use_the_explicit_white_template():
    fig = one_bar("#d32f2f", "t")
    assert fig.layout.template.layout.paper_bgcolor == "white"
    sized = export.for_slide(fig)
    assert (sized.layout.width, sized.layout.height) == (1600, 900)
    assert sized.layout.title.font.size > fig.layout.title.font.size


def ledger_frame(sample_db) -> pd.DataFrame:
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ? AS i (READ_ONLY)", [str(sample_db)])
    con.execute("USE i")
    con.register(Q.STATUSES_RELATION, pd.DataFrame({"target_id": ["t-pm25-gx"], "status": ["on_track"],
                                                    "completion": [0.625], "time_share": [0.67],
                                                    "latest_value": [45.0], "latest_period": ["2024"],
                                                    "baseline_used": [50.0], "baseline_source": ["document"],
                                                    "overdue": [False], "explanation": [""]}))
    sql, params = Q.ledger_sql(Q.Filters())
    df = con.execute(sql, params).df()
    con.close()
    return export.ledger_table(df, "zh")


def test_csv_has_a_bom_and_chinese_headers(sample_db):
    data = export.frame_to_csv(ledger_frame(sample_db))
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back.columns[:4]) == ["地区", "领域", "指标", "目标值"]
    assert len(back) == 8
    assert "≤42微克/立方米" in set(back["目标值"])


def test_xlsx_is_formatted_with_chinese_headers(sample_db):
    table = ledger_frame(sample_db)
    book = load_workbook(io.BytesIO(export.frame_to_xlsx(table, sheet="目标台账", title="目标台账 · 全部地区")))
    ws = book["目标台账"]
    assert ws["A1"].value == "目标台账 · 全部地区"
    headers = [c.value for c in ws[3]]
    assert headers == list(table.columns) and headers[:3] == ["地区", "领域", "指标"]
    assert all(c.font.bold for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.max_row == 3 + 8
    assert ws.column_dimensions["C"].width >= len("居民人均可支配收入增速") * 2  # Chinese is double width
    pm = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[2] == "PM2.5浓度" and r[0] == "冠县"][0]
    assert pm[headers.index("完成度")] == 62.5  # numbers stay numbers
    assert pm[headers.index("目标年份")] == 2025


def test_number_formats_officials_use():
    assert i18n.fmt_number(231684000000, "元") == "2316.84亿元"
    assert i18n.fmt_number(12000, "人") == "1.2万人"
    assert i18n.fmt_number(3000.0, "个") == "3000个"
    assert i18n.fmt_target("~", 6.0, "%") == "6%左右"
    assert i18n.fmt_target("<=", 42, "微克/立方米") == "≤42微克/立方米"
    assert i18n.fmt_amount(1.5, "%") == "1.5个百分点"
    assert i18n.fmt_percent(0.625) == "62.5%"
    assert i18n.fmt_number(None, "个") == "暂无数据"
    assert i18n.fmt_number(float("nan"), "个", "en") == "no data"


def test_every_text_has_chinese_and_english():
    missing = [k for k, v in i18n.TEXT.items() if not v.get("zh") or not v.get("en")]
    assert missing == []


@pytest.mark.parametrize("value, expected", [
    (np.array(["市生态环境局", "市发展改革委"], dtype=object), "市生态环境局、市发展改革委"),
    (["县科技局", "", None], "县科技局"),
    ("县科技局", "县科技局"),
    (np.array([], dtype=object), ""),
    (None, ""),
    (float("nan"), ""),
    (pd.NA, ""),
])
def test_department_lists_are_joined_with_the_chinese_comma(value, expected):
    assert export.join_names(value) == expected


def test_ledger_table_formats_every_row_and_keeps_numbers(sample_db):
    table = ledger_frame(sample_db)
    pm = table[(table["指标"] == "PM2.5浓度") & (table["地区"] == "冠县")].iloc[0]
    assert (pm["目标值"], pm["最新值"], pm["进度状态"], pm["完成度"]) == ("≤42微克/立方米", "45微克/立方米", "正常推进", 62.5)
    assert pm["牵头部门"] == "市生态环境局冠县分局"
    assert str(table["目标年份"].dtype) == "Int64"
    assert set(table.loc[table["目标编号"] != "t-pm25-gx", "进度状态"]) == {"暂无数据"}


def test_department_table_has_one_line_per_department_with_status_counts():
    rows = pd.DataFrame({
        "department": ["县科技局", "县科技局", "县发展改革局"],
        "status": ["at_risk", "no_data", "on_track"],
        "n": [2, 1, 1], "overdue": [2, 0, 0], "total": [3, 3, 1],
    })
    table = export.department_table(rows, "zh")
    expected = pd.DataFrame({
        i18n.t("col.department"): ["县科技局", "县发展改革局"],
        i18n.t("col.n_targets"): [3, 1],
        **{i18n.status_label(s): [{"at_risk": 2, "no_data": 1}.get(s, 0), {"on_track": 1}.get(s, 0)] for s in i18n.STATUSES},
        i18n.t("col.overdue"): [2, 0],
    })
    pd.testing.assert_frame_equal(table, expected, check_dtype=False, check_names=False)


def test_a_frozen_figure_draws_and_exports_like_the_figure_it_was():
    fig = one_bar("#1e88e5", "冠县 · 测试")
    before = fig.to_plotly_json()
    import plotly.io as pio
    as_json = pio.to_json(fig, validate=False)
    frozen = charts.frozen(fig)
    assert pio.to_json(frozen, validate=False) == as_json
    assert frozen.to_dict() is frozen.to_dict(), "computed once, however often Streamlit asks"
    sized = export.for_slide(frozen)
    assert sized.layout.width == 1600 and frozen.layout.width is None
    assert frozen.to_dict()["layout"].get("width") is None, "the slide copy leaves the drawn figure alone"
    assert frozen.to_plotly_json() == before
