"""The pace still required to reach a target, in the words officials use ("需年均增长 X%", "剩余 N 个")."""

from __future__ import annotations

import math
from datetime import date

from outputs import i18n
from outputs.i18n import is_missing
from tracking.periods import period_to_position, position_of_today


def years_left(target_year: object, latest_period: object, today: date) -> float | None:
    """Years from the latest report (the end of its period) to the end of the target year."""
    if is_missing(target_year):
        return None
    done = float("nan") if is_missing(latest_period) else period_to_position(str(latest_period).strip())
    if math.isnan(done):
        done = position_of_today(today)
    return float(target_year) - done


def required_pace(t: dict, today: date, lang: str = i18n.DEFAULT_LANG) -> list[str]:
    """What is still needed, e.g. 冠县 高新技术企业 80 家 by 2025 with 60 reported for 2023 →
    ["需年均增长 15.5%", "剩余 20家"]; a PM2.5 ceiling of 42 with 46 reported → ["需再降低 4微克/立方米"]."""
    T = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    target = float(t["value"])
    unit = t.get("unit") or ""
    kind, comparator = t.get("kind"), t.get("comparator")
    latest = t.get("latest_value")
    left = years_left(t.get("target_year"), t.get("latest_period"), today)
    suffix = [T("pace.years_left", n=i18n.fmt_plain(left, 1))] if left is not None and left > 0 else []
    if kind == "growth_rate":
        return [T("pace.keep_rate", rate=i18n.fmt_number(target, unit or "%", lang))]
    if is_missing(latest):
        return [T("pace.unknown")]
    latest = float(latest)
    if kind == "increment":
        completion = t.get("completion")
        done = latest if is_missing(completion) else float(completion) * target
        remaining = target - done
        if remaining <= 0:
            return [T("pace.reached")]
        lines = [T("pace.remaining", amount=i18n.fmt_number(remaining, unit, lang)) + "".join(suffix)]
        return lines if left is None or left > 0 else lines + [T("pace.overdue")]
    if comparator == "<=":
        if latest <= target:
            return [T("pace.within")]
        return [T("pace.reduce", amount=i18n.fmt_amount(latest - target, unit, lang)) + "".join(suffix)]
    # the direction comes from the baseline the status used: the document's, else the first report
    baseline = t.get("baseline_value")
    if is_missing(baseline):
        baseline = t.get("baseline_used")
    downward = not is_missing(baseline) and target < float(baseline)
    if (latest <= target) if downward else (latest >= target):
        return [T("pace.reached")]
    if left is not None and left <= 0:
        return [T("pace.overdue"), T("pace.remaining", amount=i18n.fmt_amount(abs(target - latest), unit, lang))]
    lines = []
    if unit != "%" and latest > 0 and target > 0 and left:
        rate = (target / latest) ** (1 / left) - 1
        key = "pace.fall" if rate < 0 else "pace.grow"
        lines.append(T(key, rate=i18n.fmt_percent(abs(rate), lang)) + "".join(suffix))
    lines.append(T("pace.remaining", amount=i18n.fmt_amount(abs(target - latest), unit, lang)))
    return lines
