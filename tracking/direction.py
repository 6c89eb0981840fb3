"""Which way a target points: up (reach or pass it) or down (come down to it, stay within it).

The direction comes from what the document says and what the indicator is, never from where the
first report happens to lie: 冠县's "到2025年，力争高新技术企业达到80家" points up, so 85 reported for
2025 is 已完成 even though 85, the first report, lies above 80.

The rule, first match wins:

1. the comparator: ``>=`` (以上, 不低于, 突破) is up, ``<=`` (以内, 不超过, 控制在…以下) is down;
2. ``growth_rate`` and ``increment`` targets point up: a rate or an amount is reached (a
   reduction written as a rate, 单位GDP能耗降低13.5%, is a rate of reduction to reach);
3. the verb before the number in the target's own words: 降至/降到/下降到/减少到/压减到/控制在… is
   down ("PM2.5浓度降至42微克/立方米"); 提高到/提升到/增加到/突破/不低于… is up; 达到 and 保持在 say
   "reach" or "keep" with no way of their own ("PM2.5浓度达到43" comes down to 43) and fall through;
4. the catalog's ``higher_is_better`` for the indicator (PM2.5浓度, 万元GDP能耗 are lower-is-better);
5. a baseline *stated by the document* above the target (the 主要指标 table's "50 → 42");
6. otherwise up: most targets in these documents are things to reach.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

UP, DOWN = 1, -1
DOWN_WORDS = re.compile(r"(降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|减至|压减到|压减至|压降到|压降至|"
                        r"压缩到|压缩至|控制到|控制在|控制至|不高于|不超过|(?<!不)低于)\s*[\d.．一二三四五六七八九十百千万]")
UP_WORDS = re.compile(r"(提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|增至|升至|突破|(?<!不)超过|"
                      r"不低于|不少于)\s*[\d.．一二三四五六七八九十百千万]")
# 达到 / 保持在 / 稳定在 say "reach" or "keep" without a way: PM2.5浓度达到43 comes down to 43. They
# leave the direction to the indicator (the catalog), then to a baseline the document states.


def wording_direction(text: object) -> int | None:
    """The direction the target's own words give, or None: "PM2.5浓度降至42微克/立方米" → DOWN,
    "森林覆盖率提高到20%" → UP; "力争高新技术企业达到80家" and "新建5G基站3000个" → None (达到 has no way
    of its own: the indicator decides)."""
    if not isinstance(text, str) or not text:
        return None
    down, up = DOWN_WORDS.search(text), UP_WORDS.search(text)
    if down and up:  # the verb nearest the number wins: the later one in the phrase
        return DOWN if down.start() > up.start() else UP
    return DOWN if down else UP if up else None


@lru_cache(maxsize=1)
def lower_is_better_codes() -> frozenset[str]:
    """Catalogued indicators where less is better (data/indicator_catalog.csv)."""
    from etl.catalog import CatalogError, load_catalog

    try:
        return frozenset(entry.code for entry in load_catalog() if not entry.higher_is_better)
    except CatalogError:
        return frozenset()


def target_directions(targets: pd.DataFrame, document_baseline: np.ndarray | None = None) -> np.ndarray:
    """UP or DOWN for every target row (see the module's rule). Reads the columns it finds:
    comparator, kind, span_text (else source_text), indicator_code; ``document_baseline`` is the
    baseline each target's document states (NaN where none)."""
    n = len(targets)
    comparator = targets["comparator"].astype(object).to_numpy() if "comparator" in targets else np.full(n, "=")
    kind = targets["kind"].astype(object).to_numpy() if "kind" in targets else np.full(n, "level")
    texts = (targets["span_text"] if "span_text" in targets else
             targets["source_text"] if "source_text" in targets else pd.Series([None] * n))
    codes = targets["indicator_code"] if "indicator_code" in targets else pd.Series([None] * n)
    wording = np.array([wording_direction(t) or 0 for t in texts.to_numpy(dtype=object)], dtype=int)
    lower = lower_is_better_codes()
    catalog = np.array([DOWN if isinstance(c, str) and c in lower else 0 for c in codes.to_numpy(dtype=object)],
                       dtype=int)
    target = pd.to_numeric(targets["value"], errors="coerce").to_numpy(dtype=float) if "value" in targets \
        else np.full(n, np.nan)
    base = np.full(n, np.nan) if document_baseline is None else np.asarray(document_baseline, dtype=float)
    stated = np.where(~np.isnan(base) & (base > target), DOWN, 0)
    return np.select(
        [comparator == ">=", comparator == "<=", (kind == "growth_rate") | (kind == "increment"),
         wording != 0, catalog != 0, stated != 0],
        [UP, DOWN, UP, wording, catalog, stated],
        default=UP,
    ).astype(int)
