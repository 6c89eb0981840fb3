"""Is a reported value believable? The one set of rules for the grid, the import and the CLI
(they all pass through :func:`tracking.reported_import.validate_rows`).

Refused (nothing is saved): a value that is not a finite number (``inf``, ``NaN``, ``1e309``, or
one that overflows when converted to the target's unit); one beyond ±``LIMIT`` (larger than any
amount a city reports, even in 元); a percentage outside ``PERCENT_RANGE``; a negative count, area,
length, weight, volume, capacity or duration (a unit in ``NON_NEGATIVE_UNITS``, with or without 万/亿…
before it: "-3家", "-2万人", "-5亩").

Warned about, and saved anyway (a real value can be surprising): a value more than ten times the
target, a level below a tenth of it, or a value ten times above or below the previous report of
the same target (not for increments, which grow from small beginnings), and an increment's
cumulative total (累计) below the one reported for an earlier period (:func:`cumulative_drop`). The
reasons' words, in both languages, are in :data:`tracking.reported_import.REASONS`.
"""

from __future__ import annotations

import math

LIMIT = 1e15
PERCENT_UNITS = ("%", "％")
PERCENT_RANGE = (-100.0, 1000.0)
OFF_BY = 10.0
SCALE_PREFIXES = ("十万", "百万", "千万", "万", "亿", "千", "百")
NON_NEGATIVE_UNITS = frozenset({
    # counts
    "个", "家", "项", "所", "座", "处", "名", "场", "次", "届", "条", "台", "套", "张", "块", "件", "辆", "株",
    "头", "只", "批", "篇", "部", "间", "栋", "艘", "列", "班", "门", "类", "种", "支", "根", "口", "位", "床",
    "本", "册", "宗", "笔", "单", "起", "例", "箱", "粒", "村", "镇", "园", "片区", "人", "户", "人次", "项次",
    "车次", "架次", "标箱",
    # area, length, weight, volume
    "亩", "公顷", "平方米", "平方公里", "平方千米", "米", "公里", "千米", "km", "吨", "公斤", "千克", "斤", "立方米",
    # capacity and energy, durations
    "千瓦", "兆瓦", "吉瓦", "kW", "MW", "GW", "千瓦时", "千伏安", "小时", "分钟", "天", "工作日", "个工作日",
})


def base_unit(unit: str | None) -> str:
    """The unit without its scale: "万人" → "人", "十万千瓦" → "千瓦", "万元" → "元", "个" → "个"."""
    unit = (unit or "").strip()
    for prefix in SCALE_PREFIXES:
        if unit.startswith(prefix) and unit[len(prefix):]:
            return unit[len(prefix):]
    return unit


def is_non_negative_unit(unit: str | None) -> bool:
    """Does the unit count or measure something that cannot be below zero? "万人", "亩" → True;
    "亿元" (a loss can be negative), "%" (a fall), "微克/立方米" → False."""
    unit = (unit or "").strip()
    return unit in NON_NEGATIVE_UNITS or base_unit(unit) in NON_NEGATIVE_UNITS


def value_refusal(value: float, unit: str | None) -> tuple[str, dict] | None:
    """Why ``value`` (in the target's ``unit``) cannot be right, as (reason code, params), or None.

    "高新技术企业 -3家" → ("negative_count", {"unit": "家"}); "6.3%" → None.
    """
    if not math.isfinite(value):
        return "not_finite", {}
    if abs(value) > LIMIT:
        return "too_large", {"limit": f"{LIMIT:g}"}
    unit = (unit or "").strip()
    if unit in PERCENT_UNITS and not PERCENT_RANGE[0] <= value <= PERCENT_RANGE[1]:
        return "percent_out_of_range", {"low": f"{PERCENT_RANGE[0]:g}", "high": f"{PERCENT_RANGE[1]:g}"}
    if value < 0 and is_non_negative_unit(unit):
        return "negative_count", {"unit": unit}
    return None


def off_by_ten(value: float, reference: float) -> str | None:
    """"above" when ``value`` is at least ten times ``reference``, "below" when at most a tenth of
    it (magnitudes, both non-zero and finite), else None: 650 vs 65 → "above"; 6.5 vs 65 → "below"."""
    if not (math.isfinite(value) and math.isfinite(reference)) or value == 0 or reference == 0:
        return None
    ratio = abs(value) / abs(reference)
    return "above" if ratio >= OFF_BY else "below" if ratio <= 1 / OFF_BY else None


def value_warnings(value: float, target: float | None, kind: str | None,
                   previous: float | None) -> list[tuple[str, dict]]:
    """Surprises worth a second look, as (code, params): 冠县 reports 800 高新技术企业 against a
    target of 80 → [("ten_times_target", {"target": "80"})]."""
    found: list[tuple[str, dict]] = []
    if target is not None and not _missing(target):
        off = off_by_ten(value, float(target))
        if off == "above":
            found.append(("ten_times_target", {"target": f"{float(target):g}"}))
        elif off == "below" and kind == "level":
            found.append(("tenth_of_target", {"target": f"{float(target):g}"}))
    if previous is not None and not _missing(previous) and kind != "increment" and off_by_ten(value, float(previous)):
        found.append(("ten_times_previous", {"previous": f"{float(previous):g}"}))
    return found


def cumulative_drop(value: float, earlier: tuple[str, float] | None) -> tuple[str, dict] | None:
    """A cumulative total (累计) lower than the one of an earlier period of the same target cannot
    be right under the convention — most likely the period's additions were entered: 5G基站 累计
    900 at 2024Q2, then 150 at 2024Q3 → ("cumulative_decreased", {"previous": "900",
    "previous_period": "2024Q2"}). ``earlier`` is (period, total) or None."""
    if earlier is None or _missing(earlier[1]) or not value < float(earlier[1]):
        return None
    return "cumulative_decreased", {"previous": f"{float(earlier[1]):g}", "previous_period": str(earlier[0])}


def _missing(x) -> bool:
    try:
        return x != x  # NaN
    except (TypeError, ValueError):
        return True
