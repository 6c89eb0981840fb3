"""Indicator names as officials see them: what is measured, never a comparator or a fragment.

The build names each target by the noun its sentence attaches the number to (高新技术企业,
农村自来水普及率). Where that failed — the stored name is a comparator, a verb or a fragment ("至少",
"达到国家推荐标准", "学生掌握", "养老"; the test is :func:`etl.extract.is_not_a_noun`, the one the
build uses) — what is shown is the clause's own phrase around the number, flagged so that a
reader knows it is the document's wording and not a name.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from etl.extract import INCREMENT_VERBS, LEVEL_VERBS, is_not_a_noun, segment_bounds
from etl.quantities import Quantity, find_quantities

_DATE = re.compile(r"(?:力争)?(?:到|至|在)?\d{4}年(?:底|末|前)?")
PHRASE_WIDTH = 36  # characters of a phrase shown as a name, "…" marks a cut
_SUBJECT_END = re.compile("|".join(map(re.escape, sorted(
    ("全部", "均", "都", "要", "将", "力争", *LEVEL_VERBS, *INCREMENT_VERBS), key=len, reverse=True))))


class ShownName(NamedTuple):
    """The name to show and whether it is the clause's phrase rather than a noun."""

    text: str
    from_phrase: bool


def shown_name(name: str | None, sentence: str | None, value: float | None, unit: str | None = None) -> ShownName:
    """The stored name when it is a noun, else the phrase of ``sentence`` around ``value``, flagged.

    >>> shown_name("高新技术企业", "到2025年，力争高新技术企业达到80家。", 80)
    ShownName(text='高新技术企业', from_phrase=False)
    >>> shown_name("达到国家推荐标准", "乡镇卫生院全部达到国家基本标准，25%以上达到国家推荐标准。", 25)
    ShownName(text='乡镇卫生院…25%以上达到国家推荐标准', from_phrase=True)
    """
    name = (name or "").strip()
    if name and not is_not_a_noun(name):
        return ShownName(name, False)
    phrase = clause_phrase(sentence or "", value, unit=unit)
    return ShownName(phrase, True) if phrase else ShownName(name, bool(name))


def clause_phrase(sentence: str, value: float | None, width: int = PHRASE_WIDTH, unit: str | None = None) -> str:
    """The phrase of ``sentence`` that holds the number ``value``, the number included, cut to
    about ``width`` characters around the number. A phrase that opens with its number has lost
    its subject to the phrase before; that phrase's subject (up to its first verb, without a date
    such as 到2025年) is put in front. ``unit`` tells the number from a year of the same value.

    "…社区卫生服务中心全部达到国家基本标准，25%以上达到国家推荐标准。", 25 →
    "乡镇卫生院、社区卫生服务中心…25%以上达到国家推荐标准"; "学生掌握2项以上运动技能", 2 → itself.
    """
    text = re.sub(r"\s+", "", sentence).strip("。；;，, ")
    if not text:
        return ""
    q = _quantity(text, value, unit)
    if q is None:
        return _cut(text, 0, len(text), width)
    left, right = segment_bounds(text, q)
    start = q.start - q.prefix_len
    prefix = ""
    if not text[left:start].strip("，,、：: ") and left > 0:
        before = re.split(r"[，,；;。：:]", text[: left - 1])[-1]
        found = _SUBJECT_END.search(before)
        prefix = _DATE.sub("", before[: found.start()] if found else before).strip("、，, ")
        prefix = prefix[: width // 2] + "…" if prefix else ""
    return prefix + _cut(text, left, right, width - len(prefix), start, q.end)


def _quantity(text: str, value: float | None, unit: str | None = None) -> Quantity | None:
    """The quantity of ``text`` whose value is ``value``, of ``unit`` when given, not a year when
    another will do (else the first one, else none)."""
    found = find_quantities(text)
    if value is not None and not (isinstance(value, float) and math.isnan(value)):
        same = [q for q in found if math.isclose(q.value, float(value), rel_tol=1e-9, abs_tol=1e-9)]
        same.sort(key=lambda q: (bool(unit) and q.unit != unit, q.unit == "年"))
        if same:
            return same[0]
    return found[0] if found else None


def _cut(text: str, left: int, right: int, width: int, start: int | None = None, end: int | None = None) -> str:
    """``text[left:right]`` stripped of its phrase breaks, cut to ``width`` characters keeping the
    number (``start``..``end``) and more of what leads up to it than of what follows."""
    while left < right and text[left] in "，,、；;：: ":
        left += 1
    while right > left and text[right - 1] in "，,、；;：:。 ":
        right -= 1
    if right - left <= width:
        return text[left:right]
    start = left if start is None else start
    end = start if end is None else end
    room = max(0, width - (end - start))
    after = min(right - end, room // 3)
    before = min(start - left, room - after)
    after = min(right - end, room - before)
    a, b = start - before, end + after
    return ("…" if a > left else "") + text[a:b] + ("…" if b < right else "")
