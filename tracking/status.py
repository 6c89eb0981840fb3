"""Progress status of every target: the ONE place it is computed (issue 3, item 4).

Everything here is pure: plain values in, plain values out. The rule functions are written with
NumPy so the same function serves one scalar (in tests, in explanations) and a whole column
(in :func:`compute_statuses`, which handles ~50,000 targets well under a second).

Periods and positions
    A period is ``"2024"`` (the year) or ``"2024Q3"`` (a quarter); its *position* is the moment it
    ends, counted in years (``"2024Q3"`` → 2023.75). :mod:`tracking.periods` parses and places them.

Time share τ
    τ = (position of the latest report − start) / (target year − start), clipped to [0, 1].
    start is the baseline year (document baseline, or the first report's position when the first
    report serves as baseline); for ``increment`` targets it is the plan's start year
    (``span_start_year`` if the frame has it, else the baseline year, else target year − 1).
    ``per_year`` targets are judged inside the latest reported year: τ = quarter / 4 (1 for an
    annual figure). τ is measured at the latest report, not at ``today``: "how far along were we
    when we last knew"; staleness is the separate ``overdue`` flag.

Completion c, by kind
    - ``level``:       c = (latest − baseline) / (target − baseline)
    - ``increment``:   c = the cumulative total / target (:func:`increment_total`). Officials
      report an increment as Chinese ledgers keep it, the cumulative total since the plan's start
      (累计完成; basis ``cumulative``); a row marked ``period`` (本期新增) — and every row stored
      before the basis existed (NULL) — is what was added during its period. The total is the
      latest cumulative report plus the period additions that begin at or after its end (for each
      year the annual value if given, else the sum of its quarters); with no cumulative report, the
      additions since the plan's start. ``per_year`` increments use the latest year alone: its
      year-to-date cumulative (年内累计) plus its later additions. The frame's ``latest_value`` of
      an increment is this total, so every page shows the cumulative figure beside the target.
    - ``growth_rate``: c = reported rate / target rate, latest figure (year by year for
      ``per_year``); τ does not apply (a rate is already a per-year measure), so c is compared
      with 1.

Statuses (codes; labels come from the app's i18n)
    - ``achieved``  the comparator is satisfied by the measure (latest level, cumulative
      additions, the year's additions, or the rate). ``~`` (左右) accepts 5 % of the target short;
      ``=`` and ``~`` are direction-aware for levels (a target below the baseline must be reached
      from above). A growth rate is achieved only by an annual figure, and for a non-``per_year``
      target only from the target year on (a good quarter is on track, not done).
    - ``on_track``  c ≥ τ − 0.05 (``ON_TRACK_MARGIN``)
    - ``at_risk``   τ − 0.25 ≤ c < τ − 0.05
    - ``off_track`` c < τ − 0.25 (``OFF_TRACK_MARGIN``: a quarter of the whole way behind)
    - ``no_data``   nothing reported (values taken from the documents alone do not count)

``<=`` limits (漏损率8%以内, PM2.5 ≤ 42): judged by whether the latest value is within the limit
and moving the right way (compared with the previous value, baseline included):
    within and not rising → achieved; within but rising → on_track; above the limit, with a
    baseline above the limit → c vs τ as for levels, but never better than at_risk while rising;
    above, no such baseline → at_risk if falling, else off_track.

Freshness (``overdue``, 逾期未报)
    Departments report quarterly (the 2022 task division: progress dispatched every quarter). A
    report is due for every quarter that ended more than 30 days (``GRACE_DAYS``) before ``today``,
    up to the end of the target year and only after the plan's start. A target is overdue when its
    latest report (not counting document values) ends before the last due quarter; an annual value
    covers its whole year. Achieved targets (other than ``<=`` limits and ``per_year`` ones, which
    must keep being watched) are never overdue.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from tracking.direction import DOWN, UP, target_directions
from tracking.periods import (  # noqa: F401 — parse_period and friends are part of the status vocabulary
    GRACE_DAYS,
    due_position,
    parse_period,
    period_to_position,
    periods_to_frame,
)

# What an increment's reported value means (reported_values.basis): the running total since the
# plan's start (per_year targets: since the year's start), or what was added during the period.
# NULL (rows stored before the basis existed) means period additions, as the rule then said.
BASIS_CUMULATIVE = "cumulative"
BASIS_PERIOD = "period"
BASES = (BASIS_CUMULATIVE, BASIS_PERIOD)

STATUS_CODES = ("achieved", "on_track", "at_risk", "off_track", "no_data")
# The one home of the status vocabulary: codes and their names in both languages (outputs.i18n
# reads them from here; the data's explanations use the Chinese ones).
STATUS_LABELS = {
    "achieved": {"zh": "已完成", "en": "Achieved"},
    "on_track": {"zh": "正常推进", "en": "On track"},
    "at_risk": {"zh": "进度滞后", "en": "At risk"},
    "off_track": {"zh": "严重滞后", "en": "Off track"},
    "no_data": {"zh": "暂无数据", "en": "No data"},
}
ON_TRACK_MARGIN = 0.05
OFF_TRACK_MARGIN = 0.25
APPROX_TOLERANCE = 0.05  # "~" (左右): 5 % of the target short still counts
STATUS_COLUMNS = ["target_id", "status", "completion", "time_share", "latest_value",
                  "latest_period", "baseline_used", "baseline_source", "overdue", "explanation"]

# --- the rules, scalar- and array-friendly -----------------------------------------------------

def time_share(position, start, target_year):
    """τ = (position − start) / (target year − start), in [0, 1]; 1 when the span is empty."""
    position, start, target_year = (np.asarray(x, dtype=float) for x in (position, start, target_year))
    span = target_year - start
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        tau = np.where(span > 0, (position - start) / span, np.where(position >= target_year, 1.0, 0.0))
    tau = np.where(np.isnan(position) | np.isnan(start) | np.isnan(target_year), np.nan, tau)
    return _scalar(np.clip(tau, 0.0, 1.0))


def completion_level(latest, baseline, target, direction=UP):
    """c = (latest − baseline) / (target − baseline) when the baseline lies short of the target in
    its direction; a target equal to its baseline is 1 when met.

    冠县 PM2.5: baseline 50 (2022), target 42 (DOWN), latest 46 → c = (46 − 50) / (42 − 50) = 0.5.

    A baseline already past the target (an UP target of 80 whose first report was 85) gives no
    path to measure along: then c is how far the latest value goes toward the target from zero,
    latest / target for UP (78 of 80 → 0.975), target / latest for DOWN. Never negative.
    """
    latest, baseline, target = (np.asarray(x, dtype=float) for x in (latest, baseline, target))
    down = np.asarray(direction) == DOWN
    gap = target - baseline
    short = np.where(down, gap < 0, gap > 0)  # the baseline still has the way to go
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        along = np.where(gap != 0, (latest - baseline) / gap, np.where(latest == target, 1.0, 0.0))
        ratio = np.where(down, np.where(latest > 0, target / latest, 1.0),
                         np.where(target != 0, latest / target, np.where(latest >= 0, 1.0, 0.0)))
    c = np.where(short | (gap == 0), along, ratio)
    c = np.maximum(c, 0.0) + 0.0  # never negative, never -0
    return _scalar(np.where(np.isnan(latest) | np.isnan(baseline), np.nan, c))


def completion_ratio(measure, target):
    """c = measure / target (increments: cumulative additions; growth: rate / target rate).

    "新建5G基站3000个以上", 2100 added so far → 0.7. A zero target counts as met by any
    non-negative measure.
    """
    measure, target = np.asarray(measure, dtype=float), np.asarray(target, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        c = np.where(target != 0, measure / target, np.where(measure >= 0, 1.0, 0.0))
    return _scalar(np.where(np.isnan(measure), np.nan, c))


def comparator_satisfied(measure, target, comparator, direction=UP):
    """Is the comparator met? ``>=``/``<=`` literally; ``=`` and ``~`` in the target's direction
    (:mod:`tracking.direction`: reached from below for UP, from above for DOWN), ``~`` with 5 % of the
    target to spare. 冠县 "高新技术企业达到80家" (UP), 85 reported → met, whatever the baseline."""
    measure, target = (np.asarray(x, dtype=float) for x in (measure, target))
    comparator = np.asarray(comparator, dtype=object)
    downward = np.asarray(direction) == DOWN
    slack = np.where(comparator == "~", APPROX_TOLERANCE * np.abs(target), 0.0)
    toward = np.where(downward, measure <= target + slack, measure >= target - slack)
    met = np.select([comparator == ">=", comparator == "<="], [measure >= target, measure <= target],
                    default=toward)
    return _scalar(np.where(np.isnan(measure), False, met).astype(bool))


def status_from_progress(c, tau):
    """on_track if c ≥ τ − 0.05, at_risk down to τ − 0.25, off_track below."""
    c, tau = np.asarray(c, dtype=float), np.asarray(tau, dtype=float)
    out = np.select([c >= tau - ON_TRACK_MARGIN, c >= tau - OFF_TRACK_MARGIN],
                    ["on_track", "at_risk"], default="off_track").astype(object)
    return _scalar(out)


def limit_status(latest, limit, previous, baseline, c, tau, final=False):
    """A ``<=`` limit: within and not rising → achieved; within but rising → on_track (achieved
    once the target year is reached, ``final``: the limit was kept when it counted); above with a
    baseline above the limit → c vs τ, capped at at_risk while rising; above otherwise → at_risk if
    falling, else off_track. ``previous`` is the value before the latest (baseline included)."""
    latest, limit, previous, baseline, c, tau = (
        np.asarray(x, dtype=float) for x in (latest, limit, previous, baseline, c, tau))
    final = np.asarray(final, dtype=bool)
    rising = ~np.isnan(previous) & (latest > previous)
    falling = ~np.isnan(previous) & (latest < previous)
    progress = np.asarray(status_from_progress(c, tau), dtype=object)
    progress = np.where(rising & (progress == "on_track"), "at_risk", progress)
    out = np.select(
        [latest <= limit, ~np.isnan(baseline) & (baseline > limit)],
        [np.where(rising & ~final, "on_track", "achieved"), progress],
        default=np.where(falling, "at_risk", "off_track"),
    ).astype(object)
    return _scalar(out)


def is_overdue(last_report_position, today: date, target_year, start):
    """A report was due (a quarter ended > 30 days ago, within start..target year) and the last
    report ends before it. ``last_report_position`` NaN means never reported."""
    last, target_year, start = (np.asarray(x, dtype=float) for x in (last_report_position, target_year, start))
    due = np.fmin(due_position(today), target_year)
    owed = due > start
    return _scalar(owed & (np.isnan(last) | (last < due)))


def _scalar(a):
    """Unwrap 0-d arrays so scalar calls return plain Python values."""
    a = np.asarray(a)
    return a.item() if a.ndim == 0 else a


# --- the whole frame ---------------------------------------------------------------------------

def compute_statuses(targets: pd.DataFrame, reported: pd.DataFrame, today: date,
                     baselines: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per target: status code, completion, time share, latest value and period, the
    baseline used and where it came from, overdue, and a short Chinese explanation.

    ``targets`` needs target_id, value, comparator, kind, per_year, target_year, baseline_value,
    baseline_year (optional span_start_year). ``reported`` needs target_id, period, value
    (optional source: rows with source ``'document'`` serve as baselines, not as reports; optional
    basis: ``'cumulative'`` or ``'period'`` for increments, missing or NULL = period); pass the
    latest revision per period (:func:`tracking.reported.latest_reported`). ``baselines`` (target_id,
    baseline_value, baseline_year) overrides the targets' own baseline where given.

    Works on integer target positions and NumPy arrays (no per-target Python except the
    explanation sentences).
    """
    ids = pd.Index(targets["target_id"].astype(object).to_numpy())
    n = len(ids)
    col = lambda name: targets[name].to_numpy(dtype=float, na_value=np.nan).copy()  # noqa: E731
    base_value, base_year = col("baseline_value"), col("baseline_year")
    if baselines is not None and len(baselines):
        b = baselines.drop_duplicates("target_id", keep="last")
        at = ids.get_indexer(b["target_id"].astype(object).to_numpy())
        bv = b["baseline_value"].to_numpy(dtype=float, na_value=np.nan)
        by_ = b["baseline_year"].to_numpy(dtype=float, na_value=np.nan)
        keep = (at >= 0) & ~np.isnan(bv)
        base_value[at[keep]], base_year[at[keep]] = bv[keep], by_[keep]
    target, target_year = col("value"), col("target_year")
    kind = targets["kind"].astype(object).to_numpy()
    comparator = targets["comparator"].astype(object).to_numpy()
    per_year = targets["per_year"].astype(object).fillna(False).to_numpy(dtype=bool)
    span_start = col("span_start_year") if "span_start_year" in targets else np.full(n, np.nan)
    span_start = np.where(np.isnan(span_start), base_year, span_start)
    span_start = np.where(np.isnan(span_start), target_year - 1, span_start)

    r = _prepared_reports(reported, ids)
    ti, pos, val = r["ti"].to_numpy(), r["pos"].to_numpy(), r["value"].to_numpy()
    is_doc = r["is_doc"].to_numpy()

    def per_target(mask, values, which="last", fill=np.nan, dtype=float):
        """values[mask] of each target's last (or first) row, as an array over targets."""
        out = np.full(n, fill, dtype=dtype)
        t_, v_ = ti[mask], values[mask]
        if len(t_):
            change = np.r_[True, t_[1:] != t_[:-1]] if which == "first" else np.r_[t_[1:] != t_[:-1], True]
            out[t_[change]] = v_[change]
        return out

    rep = ~is_doc
    latest = per_target(rep, val)
    latest_pos = per_target(rep, pos)
    quarter = per_target(rep, r["quarter"].to_numpy())
    latest_year = per_target(rep, r["year"].to_numpy())
    latest_period = per_target(rep, r["period"].to_numpy(dtype=object), fill=None, dtype=object)
    previous = per_target(rep, r["prev_value"].to_numpy())  # within reports; baselines below
    first_value = per_target(np.ones(len(r), bool), val, "first")
    first_pos = per_target(np.ones(len(r), bool), pos, "first")
    first_is_doc = per_target(np.ones(len(r), bool), is_doc, "first", False, bool)

    # Baseline: the document's, else the first value we have (a document row counts as 'document').
    have_doc_base = ~np.isnan(base_value)
    baseline = np.where(have_doc_base, base_value, first_value)
    baseline_pos = np.where(have_doc_base, base_year, first_pos)
    baseline_source = np.where(have_doc_base | first_is_doc, "document",
                               np.where(np.isnan(first_value), None, "first_report")).astype(object)
    # The target's direction: its words and indicator; a baseline only where the document states it.
    direction = target_directions(targets, np.where(have_doc_base, base_value, np.where(first_is_doc, first_value, np.nan)))
    previous = np.where(np.isnan(previous) & (base_year < latest_pos), base_value, previous)
    doc_value, doc_pos = per_target(is_doc, val), per_target(is_doc, pos)
    previous = np.where(np.isnan(previous) & (doc_pos < latest_pos), doc_value, previous)

    # Increments: the cumulative total (the latest cumulative report plus the additions after it).
    total = _increment_measures(r[rep & (kind == "increment")[ti]], n, per_year, span_start, latest_year)
    has_data = ~np.isnan(latest)
    is_annual = quarter == 0

    is_level, is_inc, is_growth = kind == "level", kind == "increment", kind == "growth_rate"
    is_limit = comparator == "<="
    measure = np.where(has_data, np.where(is_inc, total, latest), np.nan)
    start = np.where(is_inc, span_start, baseline_pos)
    tau = np.where(per_year, np.where(is_annual, 1.0, quarter / 4),
                   np.asarray(time_share(latest_pos, start, target_year), dtype=float))
    tau = np.where(is_growth | ~has_data, np.nan, tau)
    c = np.where(is_level, completion_level(latest, baseline, target, direction), completion_ratio(measure, target))
    c = np.where(has_data, np.maximum(c, 0.0) + 0.0, np.nan)  # never negative, never -0

    level_base = np.where(is_level, baseline, np.nan)
    met = np.asarray(comparator_satisfied(measure, target, comparator, direction), dtype=bool)
    growth_final = is_annual & (per_year | (latest_year >= target_year))
    met &= ~(is_growth & ~growth_final)
    progress = np.asarray(status_from_progress(c, np.where(is_growth, 1.0, tau)), dtype=object)
    final = latest_pos >= target_year
    limit = np.asarray(limit_status(measure, target, previous, level_base, c, tau, final), dtype=object)
    status = np.where(is_limit, limit, np.where(met, "achieved", progress))
    status = np.where(has_data, status, "no_data").astype(object)

    overdue = np.asarray(is_overdue(latest_pos, today, target_year, span_start), dtype=bool)
    overdue &= ~((status == "achieved") & ~(is_limit | per_year))

    out = pd.DataFrame({
        "target_id": ids.to_numpy(),
        "status": status,
        "completion": c,
        "time_share": tau,
        "latest_value": np.where(is_inc, measure, latest),  # an increment's latest: its cumulative total
        "latest_period": latest_period,
        "baseline_used": level_base,
        "baseline_source": np.where(is_level, baseline_source, None).astype(object),
        "overdue": overdue,
    })
    out["explanation"] = _explanations(status, c, tau, latest_period, level_base, out["baseline_source"].tolist(),
                                       overdue, kind, comparator, per_year, measure, target)
    return out[STATUS_COLUMNS]


def _prepared_reports(reported: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    """Reported rows of known targets (``ti`` = position in ``ids``) with parsed periods, ordered
    by target and position, one row per target, kind (document or report) and position: an annual
    value replaces the quarter ending with it.

    NumPy over the whole column: target ids and periods are factorised and each distinct value
    looked up once; both orderings are stable lexsorts (the last row of a tie wins, as it always
    did)."""
    id_codes, id_uniques = pd.factorize(reported["target_id"], use_na_sentinel=True)
    ti = np.append(ids.get_indexer(pd.Index(id_uniques).astype(object)), -1)[id_codes]
    is_doc = (reported["source"].eq("document").to_numpy(dtype=bool, na_value=False) if "source" in reported
              else np.zeros(len(reported), dtype=bool))
    value = pd.to_numeric(reported["value"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    cum = (reported["basis"].eq(BASIS_CUMULATIVE).to_numpy(dtype=bool, na_value=False) if "basis" in reported
           else np.zeros(len(reported), dtype=bool))
    periods = periods_to_frame(reported["period"])
    year, quarter, pos = (periods[c].to_numpy() for c in ("year", "quarter", "pos"))

    keep = np.flatnonzero((ti >= 0) & ~np.isnan(pos) & ~np.isnan(value))
    # one row per (target, kind, position): sorted with the annual value last, the last row kept
    order = keep[np.lexsort((quarter[keep] == 0, pos[keep], is_doc[keep], ti[keep]))]
    t_, d_, p_ = ti[order], is_doc[order], pos[order]
    last = np.r_[(t_[1:] != t_[:-1]) | (d_[1:] != d_[:-1]) | (p_[1:] != p_[:-1]), True]
    order = order[last[:len(order)]]  # (an empty frame has no last row)
    # by target and position, a document row before a report at the same position
    order = order[np.lexsort((~is_doc[order], pos[order], ti[order]))]
    t_, d_ = ti[order], is_doc[order]
    # the previous report's value (document rows skipped)
    prev_value = np.full(len(order), np.nan)
    rep = np.flatnonzero(~d_)
    if len(rep) > 1:
        same = t_[rep[1:]] == t_[rep[:-1]]
        prev_value[rep[1:][same]] = value[order][rep[:-1][same]]
    period_text = reported["period"].to_numpy(dtype=object)
    return pd.DataFrame({"ti": t_, "period": period_text[order], "value": value[order], "is_doc": d_,
                         "year": year[order], "quarter": quarter[order], "pos": pos[order],
                         "prev_value": prev_value, "cum": cum[order]})


def _increment_measures(reports: pd.DataFrame, n: int, per_year, span_start, latest_year) -> np.ndarray:
    """The cumulative total of each target's increment reports (prepared, reports only, ordered by
    target and position): the latest cumulative-basis value (anchor; none: 0 at the plan's start,
    or at the year's start for ``per_year``) plus the period additions that begin at or after the
    anchor's end — per year the annual value if it qualifies, else the sum of its quarters.
    ``per_year`` targets count only their latest reported year.

    新建5G基站1500个: 累计 900 at 2024Q2, then 本期新增 150 in 2024Q3 → 1050."""
    ti = reports["ti"].to_numpy()
    year, quarter = reports["year"].to_numpy(), reports["quarter"].to_numpy()
    pos, value = reports["pos"].to_numpy(), reports["value"].to_numpy()
    cum = reports["cum"].to_numpy(dtype=bool)
    keep = ~per_year[ti] | (year == latest_year[ti])
    ti, year, quarter, pos, value, cum = ti[keep], year[keep], quarter[keep], pos[keep], value[keep], cum[keep]
    anchor_value = np.zeros(n)
    anchor_pos = np.where(per_year, latest_year - 1, span_start).astype(float)
    t_c = ti[cum]
    if len(t_c):
        last = np.r_[t_c[1:] != t_c[:-1], True]
        anchor_value[t_c[last]] = value[cum][last]
        anchor_pos[t_c[last]] = pos[cum][last]
    begin = np.where(quarter == 0, year - 1, pos - 0.25)
    counted = ~cum & (begin >= anchor_pos[ti] - 1e-9)
    ti, year, value, annual = ti[counted], year[counted], value[counted], quarter[counted] == 0
    # a year's annual value replaces its quarters: keys (target, year), factorised once
    codes, keys = pd.factorize(ti.astype(np.int64) * 10_000 + year.astype(np.int64))
    has_annual = np.zeros(len(keys), dtype=bool)
    has_annual[codes[annual]] = True
    use = annual | ~has_annual[codes]
    additions = np.bincount(ti[use].astype(np.int64), weights=value[use], minlength=n)
    return anchor_value + additions


def increment_total(reports: pd.DataFrame, per_year: bool, span_start: float) -> float:
    """The cumulative total of one increment target's reports (period, value, optional basis), by
    the rule of :func:`compute_statuses`: 累计 900 (2024Q2) + 本期新增 150 (2024Q3) → 1050; NaN for
    none. The path chart draws each report at the total known then."""
    frame = pd.DataFrame({"target_id": "t", "period": reports["period"].to_numpy(dtype=object),
                          "value": reports["value"].to_numpy(),
                          "basis": reports["basis"].to_numpy(dtype=object) if "basis" in reports else None})
    r = _prepared_reports(frame, pd.Index(["t"]))
    if r.empty:
        return float("nan")
    flags = np.array([bool(per_year)])
    return float(_increment_measures(r, 1, flags, np.array([float(span_start)]),
                                     np.array([float(r["year"].iloc[-1])]))[0])


_KIND_ZH = {"level": "水平类", "increment": "增量类", "growth_rate": "增速类"}
_STATUS_ZH = {code: labels["zh"] for code, labels in STATUS_LABELS.items()}


def _explanations(status, c, tau, period, base, src, over, kind, comparator, per_year, measure,
                  target) -> list[str]:
    """A short Chinese sentence per target saying how its status was reached (data, not UI)."""
    sentences = []
    for st, c_, tau_, p, b, sr, ov, k, cmp_, py, m, tgt in zip(
            status.tolist(), c.tolist(), tau.tolist(), period.tolist(), base.tolist(), src,
            over.tolist(), kind.tolist(), comparator.tolist(), per_year.tolist(), measure.tolist(),
            target.tolist()):
        if st == "no_data":
            text = "尚无填报数值"
        else:
            what = {"increment": "年内累计" if py else "累计完成", "growth_rate": "最新增速"}.get(k, "最新值")
            text = f"{_KIND_ZH.get(k, k)}：{p}{what}{_num(m)}，目标{cmp_}{_num(tgt)}"
            if c_ == c_:
                text += f"，完成度{c_:.0%}"
            if tau_ == tau_:
                text += f"，时间进度{tau_:.0%}"
            if b == b and sr:
                text += ("，基期值取首次填报" if sr == "first_report" else "，基期值取自文件") + f"（{_num(b)}）"
            if cmp_ == "<=":
                text += "，按是否在限值内及变化方向判断"
        text += f" → {_STATUS_ZH[st]}"
        sentences.append(text + ("；逾期未报。" if ov else "。"))
    return sentences


def _num(x) -> str:
    return "—" if x != x else "%.6g" % x
