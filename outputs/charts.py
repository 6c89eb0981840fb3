"""Plotly figure builders. Every figure is made with the explicit ``plotly_white`` template:
importing Streamlit sets a default template whose colours only a browser resolves, and
server-side PNGs would otherwise come out with black bars. Titles carry the jurisdiction, the
subject and the "截至" date, and a source line sits inside the figure, so a PNG stands alone on a
slide. Missing values never raise: they are drawn as "暂无数据".
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from outputs import i18n
from outputs.i18n import is_missing
from tracking.entered import shown_note, shown_source
from tracking.periods import period_to_position
from tracking.status import APPROX_TOLERANCE, increment_total

TEMPLATE = "plotly_white"
FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
STATUS_COLORS = {
    "achieved": "#2e7d32",
    "on_track": "#1e88e5",
    "at_risk": "#f9a825",
    "off_track": "#d32f2f",
    "overdue": "#8e24aa",  # 逾期未报: nothing reported although a report was due (tracking.overdue)
    "no_data": "#9e9e9e",
}
TARGET_COLOR = "#37474f"
BASELINE_COLOR = "#8d6e63"


class FrozenFigure(go.Figure):
    """A figure that will not change again, drawn on many reruns from a cache.

    Streamlit calls ``to_dict()`` on every rerun, and plotly answers with a deep copy of the whole
    figure walked for arrays to encode (~10 ms for a bar chart of 149 jurisdictions); a frozen
    figure computes it once and hands out that same dict, which callers only read (Streamlit
    serialises it; ``export.for_slide`` copies it first). Make one with :func:`frozen`."""

    def to_dict(self) -> dict:
        cached = self.__dict__.get("_frozen_dict")
        if cached is None:
            cached = super().to_dict()
            self.__dict__["_frozen_dict"] = cached
        return cached


def number_size(text: str, largest: int = 22, room_em: float = 6.0) -> int:
    """The font size (px) at which a gauge's number fits its gauge: ``largest`` while the text is
    at most ``room_em`` ems wide (a Chinese character is one em, a Latin letter or digit about
    0.55), smaller in proportion beyond, never below 12. "累计 1100个" keeps 22; the English
    "cumulative 1100个" (about 9 ems) gets 14 instead of running past the gauge."""
    width = sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)
    return largest if width <= room_em else max(12, int(largest * room_em / width))


def frozen(fig: go.Figure) -> go.Figure:
    """``fig`` itself, promised never to change again (see :class:`FrozenFigure`)."""
    fig.__class__ = FrozenFigure
    return fig


def as_of_text(day: date, lang: str) -> str:
    when = f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()
    return i18n.t("chart.as_of", lang, date=when)


def _frame(fig: go.Figure, title: str, subtitle: str, lang: str, source: str | None = None,
           height: int = 420) -> go.Figure:
    """Title, subtitle and source line inside the figure, in the explicit template."""
    fig.update_layout(
        template=TEMPLATE,
        font=dict(family=FONT, size=13, color="#263238"),
        title=dict(text=f"<b>{title}</b>", font=dict(size=18),
                   subtitle=dict(text=subtitle, font=dict(size=13, color="#546e7a")),
                   x=0.01, xanchor="left", yref="container", y=0.98, yanchor="top"),
        margin=dict(t=110, b=90, l=20, r=20),
        height=height,
        legend=dict(orientation="h", x=1, xanchor="right", y=1.01, yanchor="bottom", title=None),
    )
    fig.add_annotation(
        text=i18n.t("chart.source", lang, source=source or i18n.t("chart.source_default", lang)),
        x=0, y=0, xref="paper", yref="paper", xanchor="left", yanchor="top", yshift=-50,
        showarrow=False, font=dict(size=11, color="#78909c"), name="source",
    )
    return fig


def _empty_note(fig: go.Figure, lang: str, x: float = 0.5, y: float = 0.5) -> None:
    fig.add_annotation(text=i18n.t("chart.no_values", lang), x=x, y=y, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=16, color="#9e9e9e"))


# --- status bars (overview, departments) ---------------------------------------------------

def status_bars(df: pd.DataFrame, title: str, subtitle: str, lang: str,
                category_col: str = "category", label: Callable[[str], str] | None = None) -> go.Figure:
    """Horizontal stacked bars of target counts per category and status; each bar carries
    ``[category, status]`` as customdata so a click can drill into the ledger; ``label`` names a
    category on screen (a sector in English) while the customdata keeps the stored value."""
    name = label or str
    width = 14 if lang == "zh" else 28  # an English name takes about twice the characters
    fig = go.Figure()
    categories = list(dict.fromkeys(df[category_col])) if not df.empty else []
    for status in i18n.DISPLAY_STATUSES:
        rows = df[df["status"] == status] if not df.empty else df
        if rows.empty:
            continue
        fig.add_bar(
            y=[short_label(name(c), width) for c in rows[category_col]], x=rows["n"], orientation="h",
            name=i18n.status_label(status, lang),
            marker_color=STATUS_COLORS[status], legendgroup=status,
            customdata=[[c, status] for c in rows[category_col]],
            hovertemplate="%{customdata[0]}<br>" + i18n.status_label(status, lang) + i18n.colon(lang) + "%{x}<extra></extra>",
        )
    fig.update_layout(barmode="stack", clickmode="event+select", dragmode=False, showlegend=True)
    fig.update_yaxes(categoryorder="array", categoryarray=[short_label(name(c), width) for c in categories],
                     autorange="reversed", title=None)
    fig.update_xaxes(title=None, dtick=1 if df.empty or df["n"].max() <= 10 else None)
    _frame(fig, title, subtitle, lang, height=max(320, 34 * len(categories) + 200))
    if df.empty:
        _empty_note(fig, lang)
    return fig


# --- gauges (overview) -----------------------------------------------------------------------

def gauge_spec(row: dict) -> dict:
    """Axis range, shaded steps, threshold and bar value of one target's gauge.

    冠县 PM2.5 ≤ 42 from 50 with latest 46 → axis 0–60, green up to the limit 42, red above,
    threshold at 42, bar 46. A ``~`` target gets a band of ±5 % around it; ``>=``/``=`` levels
    shade the way from the baseline to the target.
    """
    target = float(row["value"])
    latest = None if is_missing(row.get("latest_value")) else float(row["latest_value"])
    baseline = row.get("baseline_value")
    if is_missing(baseline):
        baseline = row.get("baseline_used")
    baseline = None if is_missing(baseline) else float(baseline)
    comparator = row.get("comparator")
    known = [v for v in (target, latest, baseline) if v is not None]
    low = min(0.0, *known)
    high = max(known) * 1.2 if max(known) > 0 else 1.0
    steps = []
    if comparator == "<=":
        steps = [dict(range=[low, target], color="#e8f5e9"), dict(range=[target, high], color="#ffebee")]
    elif comparator == "~":
        steps = [dict(range=[target * (1 - APPROX_TOLERANCE), target * (1 + APPROX_TOLERANCE)], color="#e3f2fd")]
    elif baseline is not None and row.get("kind") == "level":
        steps = [dict(range=sorted([baseline, target]), color="#eceff1")]
    return dict(range=[low, high], steps=steps, threshold=target, value=latest, baseline=baseline)


def shown_status(row: dict) -> str:
    """The status a chart shows: the display status (逾期未报 for a target owed and never reported)
    when the row has one, else the status."""
    shown = row.get("display_status")
    return shown if isinstance(shown, str) and shown else (row.get("status") or "no_data")


def _wrap(text: str, width: int = 12, lines: int = 2) -> str:
    """Break a long Chinese name into at most ``lines`` lines of ``width`` characters (… if cut)."""
    if len(text) > width * lines:
        text = text[:width * lines - 1] + "…"
    return "<br>".join(text[i:i + width] for i in range(0, len(text), width))


def short_label(text: str, width: int = 14) -> str:
    """A chapter heading as an axis label: "五、协同推进降碳减污扩绿增长，推动…" → its first words."""
    return text if len(text) <= width else text[:width - 1] + "…"


def gauge_grid(df: pd.DataFrame, title: str, subtitle: str, lang: str, cols: int = 4) -> go.Figure:
    """A grid of progress gauges, one per target row (value, unit, comparator, latest_value,
    baseline_value, status, indicator_name, target_year)."""
    fig = go.Figure()
    n = len(df)
    rows = max(1, math.ceil(n / cols))
    cols = max(1, min(cols, n))
    for i, row in enumerate(df.to_dict("records")):
        spec = gauge_spec(row)
        r, c = divmod(i, cols)
        x0, x1 = c / cols + 0.02, (c + 1) / cols - 0.02
        row_top, row_bottom = 1 - r / rows, 1 - (r + 1) / rows
        # Plotly draws an indicator's title above its domain: leave room for it, and for the
        # status line below the gauge.
        y1 = row_top - 0.30 / rows
        y0 = row_bottom + 0.12 / rows
        status = shown_status(row)
        prefix, suffix = i18n.latest_prefix(row, lang), i18n.unit_suffix(row.get("unit"), lang)
        target_text = i18n.fmt_target(row.get("comparator"), row["value"], row.get("unit"), lang)
        year = "" if is_missing(row.get("target_year")) else f" · {int(row['target_year'])}"
        base = "" if spec["baseline"] is None else " · " + i18n.t("chart.baseline", lang) + i18n.fmt_number(spec["baseline"], row.get("unit"), lang)
        fig.add_trace(go.Indicator(
            mode="gauge+number" if spec["value"] is not None else "gauge",
            value=spec["value"],
            domain=dict(x=[x0, x1], y=[y0, y1]),
            number=dict(prefix=prefix, suffix=suffix, valueformat=".6~g",  # 累计 before an increment's total
                        font=dict(size=number_size(f"{prefix}{spec['value'] or 0:.6g}{suffix}"))),
            title=dict(text=f"<b>{_wrap(str(row['indicator_name']))}</b><br>"
                            f"<span style='color:#546e7a'>{target_text}{year}{base}</span>",
                       font=dict(size=13)),
            gauge=dict(
                axis=dict(range=spec["range"], tickfont=dict(size=9)),
                bar=dict(color=STATUS_COLORS.get(status, STATUS_COLORS["no_data"]), thickness=0.6),
                steps=spec["steps"],
                threshold=dict(line=dict(color=TARGET_COLOR, width=3), thickness=0.9, value=spec["threshold"]),
            ),
        ))
        label = i18n.status_label(status, lang)
        fig.add_annotation(text=f"<span style='color:{STATUS_COLORS.get(status)}'>● {label}</span>",
                           x=(x0 + x1) / 2, y=row_bottom + 0.03 / rows, xref="paper", yref="paper",
                           showarrow=False, font=dict(size=12), yanchor="bottom")
    _frame(fig, title, subtitle, lang, height=320 * rows + 200)
    if n == 0:
        _empty_note(fig, lang)
    return fig


# --- indicator path --------------------------------------------------------------------------

def period_to_x(period: object) -> float | None:
    """Where a period sits on the path chart: its end, in years (:func:`tracking.periods.period_to_position`),
    or None for no period."""
    position = period_to_position(period) if not is_missing(period) else float("nan")
    return None if math.isnan(position) else position


def path_chart(t: dict, reported: pd.DataFrame, title: str, subtitle: str, lang: str,
               source: str | None = None) -> go.Figure:
    """Baseline, the straight expected path to the target year, the target (a band for ``~``,
    a ceiling for ``<=``) and the reported values over time."""
    fig = go.Figure()
    target = float(t["value"])
    unit = t.get("unit") or ""
    target_day = period_to_x(t.get("target_year"))
    baseline = t.get("baseline_value")
    if is_missing(baseline):
        baseline = t.get("baseline_used")
    base_day = period_to_x(t.get("baseline_year"))
    kind = t.get("kind")
    if kind == "increment" and target_day:
        start_year = t.get("baseline_year")
        baseline = 0.0
        base_day = target_day - 1 if is_missing(start_year) else float(start_year)
    if kind != "growth_rate" and not is_missing(baseline) and base_day:
        fig.add_scatter(x=[base_day], y=[float(baseline)], mode="markers+text", name=i18n.t("chart.baseline", lang),
                        marker=dict(size=11, color=BASELINE_COLOR), text=[i18n.fmt_number(baseline, unit, lang)],
                        textposition="bottom center")
        if target_day:
            fig.add_scatter(x=[base_day, target_day], y=[float(baseline), target], mode="lines",
                            name=i18n.t("chart.expected", lang), line=dict(color="#90a4ae", dash="dash", width=2))
    rep = reported.copy()
    if not rep.empty:
        rep["day"] = [period_to_x(p) for p in rep["period"]]
        rep = rep[rep["day"].notna() & rep["value"].notna()].sort_values("day", kind="stable")
    if not rep.empty:
        values = rep["value"].astype(float)
        if kind == "increment":  # the cumulative total known at each report, by its basis (累计 / 本期新增)
            values = increment_path(rep, bool(t.get("per_year")), _span_start(t))
        texts = [i18n.fmt_number(v, unit, lang) for v in values]
        name = i18n.t("chart.reported_cumulative" if kind == "increment" else "chart.reported", lang)
        fig.add_scatter(x=list(rep["day"]), y=list(values), mode="lines+markers+text", name=name,
                        line=dict(color=STATUS_COLORS.get(t.get("status") or "no_data"), width=3),
                        marker=dict(size=9), text=texts,
                        textposition="top center", customdata=list(rep["period"]),
                        hovertext=report_hover(rep, texts, lang, increment=kind == "increment"),
                        hovertemplate="%{hovertext}<extra></extra>")
    if target_day:
        fig.add_scatter(x=[target_day], y=[target], mode="markers+text", name=i18n.t("chart.target", lang),
                        marker=dict(size=14, symbol="diamond", color=TARGET_COLOR),
                        text=[i18n.fmt_target(t.get("comparator"), target, unit, lang)], textposition="top center")
    comparator = t.get("comparator")
    if comparator == "~":
        fig.add_hrect(y0=target * (1 - APPROX_TOLERANCE), y1=target * (1 + APPROX_TOLERANCE), fillcolor="#bbdefb",
                      opacity=0.5, line_width=0, annotation_text=i18n.t("chart.band", lang), annotation_position="top left")
    elif comparator in ("<=", ">=") or kind == "growth_rate":
        key = "chart.ceiling" if comparator == "<=" else "chart.floor" if comparator == ">=" else "chart.target"
        fig.add_hline(y=target, line=dict(color="#d32f2f" if comparator == "<=" else TARGET_COLOR, dash="dot", width=2),
                      annotation_text=i18n.t(key, lang) + " " + i18n.fmt_number(target, unit, lang),
                      annotation_position="bottom right")
    suffix = i18n.unit_suffix(unit, lang)  # "%", "家"; in English "%", " t" (a counting word says nothing)
    fig.update_yaxes(rangemode="tozero" if kind == "increment" else "normal",
                     ticksuffix=suffix if len(suffix.strip()) <= 2 else "")
    fig.update_xaxes(title=None, tickformat="d", dtick=1)
    _frame(fig, title, subtitle, lang, source=source, height=460)
    if not fig.data:
        _empty_note(fig, lang)
    return fig


def _span_start(t: dict) -> float:
    """The plan's start of a target row when it says: its span start, else its baseline year;
    else no bound (−∞): every stored report lies in the plan span already, the entry checks it."""
    for key in ("span_start_year", "baseline_year"):
        if not is_missing(t.get(key)):
            return float(t[key])
    return float("-inf")


def increment_path(reports: pd.DataFrame, per_year: bool, span_start: float) -> pd.Series:
    """An increment's cumulative total as known at each report (``reports`` in time order, with
    period, value and optional basis): 累计 500 (2024Q1), 本期新增 200 (2024Q2), 累计 900 (2024Q3)
    → 500, 700, 900 — each point by :func:`tracking.status.increment_total`, the rule the status uses."""
    totals = [increment_total(reports.iloc[: i + 1], per_year, span_start) for i in range(len(reports))]
    return pd.Series(totals, index=reports.index, dtype=float)


def report_hover(reports: pd.DataFrame, texts: list[str], lang: str, increment: bool = False) -> list[str]:
    """The hover of each reported point: "2024Q3: 46微克/立方米", then the source and the note the
    official typed with it (数据来源：省生态环境厅通报 / 备注：…), when there are any. For an
    ``increment`` the point is the cumulative total, and a second line says what was entered and
    its 口径: "口径：本期新增 150个" (values stored before the basis existed were period additions)."""
    sources = reports["source"].tolist() if "source" in reports else [None] * len(reports)
    notes = reports["note"].tolist() if "note" in reports else [None] * len(reports)
    bases = reports["basis"].tolist() if "basis" in reports else [None] * len(reports)
    unit = reports["unit"].tolist() if "unit" in reports else [None] * len(reports)
    out = []
    for period, text, source, note, basis, value, u in zip(reports["period"].tolist(), texts, sources, notes, bases,
                                                           reports["value"].tolist(), unit):
        lines = [f"{html.escape(str(period))}: {html.escape(text)}"]
        if increment:
            said = i18n.t(f"basis.{basis if isinstance(basis, str) and basis else 'period'}", lang)
            lines.append(html.escape(f"{i18n.t('entry.col.basis', lang)}{'：' if lang == 'zh' else ': '}{said} "
                                     f"{i18n.fmt_number(value, u, lang)}"))
        if source := shown_source(source):
            lines.append(html.escape(i18n.t("chart.hover.source", lang, source=source)))
        if note := shown_note(note):
            lines.append(html.escape(i18n.t("chart.hover.note", lang, note=note)))
        out.append("<br>".join(lines))
    return out


# --- comparison ------------------------------------------------------------------------------

def _compare_labels(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> list[str]:
    years = ["" if is_missing(y) else i18n.paren(int(y), lang) for y in df["target_year"]]
    return [f"{j}{y}" for j, y in zip(df["jurisdiction"], years)]


def comparison_values(df: pd.DataFrame, title: str, subtitle: str, lang: str, highlight: str | None = None) -> go.Figure:
    """Targets and latest values of one indicator side by side, one group per jurisdiction."""
    fig = go.Figure()
    labels = _compare_labels(df, lang)
    widths = [3 if j == highlight else 0 for j in df["jurisdiction"]]
    fig.add_bar(x=labels, y=df["value"], name=i18n.t("chart.target", lang), marker=dict(color="#b0bec5", line=dict(width=widths, color="#263238")),
                text=[i18n.fmt_target(c, v, u, lang) for c, v, u in zip(df["comparator"], df["value"], df["unit"])],
                textposition="outside")
    latest = [None if is_missing(v) else float(v) for v in df["latest_value"]]
    fig.add_bar(x=labels, y=latest, name=i18n.t("col.latest", lang),
                marker=dict(color=[STATUS_COLORS.get(s, STATUS_COLORS["no_data"]) for s in df["status"]],
                            line=dict(width=widths, color="#263238")),
                text=[i18n.fmt_number(v, u, lang) for v, u in zip(latest, df["unit"])], textposition="outside")
    fig.update_layout(barmode="group")
    _frame(fig, title, subtitle, lang, height=440)
    if df.empty:
        _empty_note(fig, lang)
    return fig


def comparison_completion(df: pd.DataFrame, title: str, subtitle: str, lang: str) -> go.Figure:
    """Completion as a share of each jurisdiction's target, coloured by status; no data → grey 0."""
    fig = go.Figure()
    labels = _compare_labels(df, lang)
    pct = [None if is_missing(c) else float(c) * 100 for c in df["completion"]]
    fig.add_bar(x=labels, y=[p or 0 for p in pct], marker_color=[STATUS_COLORS.get(s, STATUS_COLORS["no_data"]) for s in df["status"]],
                text=[i18n.fmt_percent(None if p is None else p / 100, lang) for p in pct], textposition="outside",
                name=i18n.t("col.completion", lang), showlegend=False)
    fig.add_hline(y=100, line=dict(color=TARGET_COLOR, dash="dot"))
    fig.update_yaxes(rangemode="tozero", ticksuffix="%")
    _frame(fig, title, subtitle, lang, height=400)
    if df.empty:
        _empty_note(fig, lang)
    return fig
