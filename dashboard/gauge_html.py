"""Progress gauges drawn as inline SVG inside HTML, for the overview's first paint.

Why not Plotly on screen: a browser needs ≈ 1.5 s of its own CPU to load Plotly's bundle and lay
out the gauge traces before anything of the overview appears (``docs/performance.md``); plain SVG
is drawn with the page's text at once. The geometry comes from :func:`outputs.charts.gauge_spec`,
the same spec the Plotly gauge grid uses for the PNG download and the meeting pack, so both show
the same axis, shaded band, target tick and bar.

A gauge is a half ring: the axis runs from its low end on the left, over the top, to its high end
on the right. 冠县 PM2.5 ≤ 42 from 50 with a latest 46 → axis 0–60, band 0–42 green and 42–60 red,
tick at 42, a red-amber bar to 46, "46微克/立方米" in the middle, "● 进度滞后" below.
"""

from __future__ import annotations

import html
import math

import pandas as pd

from outputs import i18n
from outputs.charts import STATUS_COLORS, TARGET_COLOR, gauge_spec, shown_status
from outputs.i18n import is_missing

# The dial's drawing box (SVG user units): centre at the bottom middle, room for the end labels.
WIDTH, HEIGHT = 200, 118
CX, CY = 100, 100
RADIUS = 78
BAND = 22          # width of the ring (track and shaded band)
BAR = 13           # width of the value bar drawn over it (Plotly's thickness 0.6)
TRACK_COLOR = "#eceff1"
COLUMNS = 4


def fraction(value: float, low: float, high: float) -> float:
    """Where ``value`` sits on an axis from ``low`` to ``high``, clipped to 0…1.

    >>> fraction(46, 0, 60)
    0.7666666666666667
    """
    if high <= low:
        return 0.0
    return min(1.0, max(0.0, (value - low) / (high - low)))


def point(f: float, radius: float = RADIUS) -> tuple[float, float]:
    """The point of the half ring at fraction ``f`` (0 = left end, 1 = right end)."""
    angle = math.pi * (1.0 - f)
    return CX + radius * math.cos(angle), CY - radius * math.sin(angle)


def arc_path(f0: float, f1: float, radius: float = RADIUS) -> str:
    """An SVG path along the half ring from fraction ``f0`` to ``f1`` (clockwise on screen).

    No part of a half ring spans more than 180°, so the large-arc flag is always 0; an empty
    span gives an empty string (nothing to draw)."""
    f0, f1 = sorted((f0, f1))
    if f1 - f0 <= 1e-9:
        return ""
    f1 = min(f1, f0 + 0.99999)  # exactly 180° leaves the arc's direction undefined
    (x0, y0), (x1, y1) = point(f0, radius), point(f1, radius)
    return f"M{x0:.2f} {y0:.2f} A{radius} {radius} 0 0 1 {x1:.2f} {y1:.2f}"


def axis_text(value: float, unit: str | None) -> str:
    """An axis end as short as the dial allows: in the official unit the middle number uses
    (276000000000 元 → "2760", as 亿元), at most about six characters.

    >>> axis_text(276000000000, "元"), axis_text(7.2, "%"), axis_text(1234567, "个")
    ('2760', '7.2', '123万')
    """
    number, _ = i18n.scale_to_official_unit(value, unit)
    if abs(number) >= 1e5:
        return i18n.fmt_plain(number / 1e4, 0) + "万"
    return i18n.fmt_plain(number, 2 if abs(number) < 10 else 0)


def dial_svg(row: dict, lang: str) -> str:
    """The half-ring dial of one target (no title): track, shaded band, target tick, value bar,
    the latest value in the middle and the axis ends below."""
    spec = gauge_spec(row)
    low, high = spec["range"]
    status = shown_status(row)
    parts = [f'<path d="{arc_path(0, 1)}" fill="none" stroke="{TRACK_COLOR}" stroke-width="{BAND}"/>']
    for step in spec["steps"]:
        a, b = (fraction(v, low, high) for v in step["range"])
        if d := arc_path(a, b):
            parts.append(f'<path d="{d}" fill="none" stroke="{step["color"]}" stroke-width="{BAND}"/>')
    if spec["value"] is not None:
        if d := arc_path(0, fraction(spec["value"], low, high)):
            color = STATUS_COLORS.get(status, STATUS_COLORS["no_data"])
            parts.append(f'<path class="gauge-value" d="{d}" fill="none" stroke="{color}" stroke-width="{BAR}"/>')
    t = fraction(spec["threshold"], low, high)
    (ix, iy), (ox, oy) = point(t, RADIUS - BAND / 2 - 3), point(t, RADIUS + BAND / 2 + 3)
    parts.append(f'<line class="gauge-target" x1="{ix:.2f}" y1="{iy:.2f}" x2="{ox:.2f}" y2="{oy:.2f}" '
                 f'stroke="{TARGET_COLOR}" stroke-width="3"/>')
    number = (i18n.fmt_number(spec["value"], row.get("unit"), lang) if spec["value"] is not None
              else i18n.status_label(status, lang) if status == "overdue" else i18n.t("no_data", lang))
    size = 22 if len(number) <= 8 else 16
    if spec["value"] is not None and (said := i18n.latest_prefix(row, lang).strip()):  # 累计: an increment's total
        parts.append(f'<text class="gauge-basis" x="{CX}" y="{CY - 8 - size}" text-anchor="middle" font-size="10" '
                     f'fill="#78909c">{html.escape(said)}</text>')
    parts.append(f'<text x="{CX}" y="{CY - 8}" text-anchor="middle" font-size="{size}" fill="#263238">'
                 f'{html.escape(number)}</text>')
    left, right = point(0), point(1)
    parts.append(f'<text x="{left[0]:.0f}" y="{CY + 15}" text-anchor="middle" font-size="10" fill="#78909c">'
                 f'{html.escape(axis_text(low, row.get("unit")))}</text>')
    parts.append(f'<text x="{right[0]:.0f}" y="{CY + 15}" text-anchor="middle" font-size="10" fill="#78909c">'
                 f'{html.escape(axis_text(high, row.get("unit")))}</text>')
    return (f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" style="max-width:260px;display:block;margin:0 auto" '
            f'role="img" aria-hidden="true">{"".join(parts)}</svg>')


def target_line(row: dict, lang: str) -> str:
    """"≥6% · 2025 · 基期2.8%": the commitment, its year and its baseline, as under a gauge's name."""
    spec = gauge_spec(row)
    text = i18n.fmt_target(row.get("comparator"), row["value"], row.get("unit"), lang)
    if not is_missing(row.get("target_year")):
        text += f" · {int(row['target_year'])}"
    if spec["baseline"] is not None:
        gap = "" if lang == "zh" else " "  # 基期2.8% / Baseline 2.8%
        text += " · " + i18n.t("chart.baseline", lang) + gap + i18n.fmt_number(spec["baseline"], row.get("unit"), lang)
    return text


def gauge_card(row: dict, lang: str) -> str:
    """One gauge: the indicator's name (two lines at most, whole name on hover), the target line,
    the dial, and the status in its colour."""
    name = " ".join(str(row["indicator_name"]).split())  # a line break would end Markdown's HTML block
    status = shown_status(row)
    color = STATUS_COLORS.get(status, STATUS_COLORS["no_data"])
    label = i18n.status_label(status, lang)
    line = target_line(row, lang)
    latest = row.get("latest_value")
    said = (i18n.fmt_latest(row, lang) if not is_missing(latest)
            else i18n.t("remind.never", lang) if status == "overdue" else i18n.t("no_data", lang))
    tip = "&#10;".join(html.escape(part, quote=True) for part in (name, line, f"{label}: {said}"))  # line breaks
    return (
        f'<div class="gauge" role="listitem" data-status="{status}" title="{tip}" '
        f'style="text-align:center;min-width:0">'
        f'<div style="font-weight:600;font-size:0.9rem;line-height:1.3;height:2.6em;overflow:hidden">{html.escape(name)}</div>'
        f'<div style="color:#546e7a;font-size:0.8rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">'
        f'{html.escape(line)}</div>'
        f'{dial_svg(row, lang)}'
        f'<div style="color:{color};font-size:0.85rem">● {html.escape(label)}</div>'
        f'</div>'
    )


def gauge_grid_html(df: pd.DataFrame, title: str, lang: str, columns: int = COLUMNS) -> str:
    """The gauges of ``df`` (one target a row, as for :func:`outputs.charts.gauge_grid`) in a
    grid of ``columns``, under ``title``; one line of HTML (a blank line would end Markdown's
    HTML block)."""
    cards = "".join(gauge_card(row, lang) for row in df.to_dict("records"))
    if not cards:
        cards = f'<div style="color:#78909c">{html.escape(i18n.t("no_data", lang))}</div>'
    return (
        f'<div class="gauge-grid" role="list" aria-label="{html.escape(title, quote=True)}" '
        f'style="display:grid;grid-template-columns:repeat({columns},minmax(0,1fr));gap:14px 18px;'
        f'margin:0.25rem 0 0.5rem">{cards}</div>'
    )
