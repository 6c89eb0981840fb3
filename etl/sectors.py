"""Long section headings → the short sectors officials filter by (``data/sectors.csv``).

"五、协同推进降碳减污扩绿增长，推动人与自然和谐共生" → 生态环保; "二、凝心聚力建设制造业强市,筑牢
高质量发展产业根基" → 产业发展. Rules are tried in the file's order, the first sector with a
keyword in the heading wins, so the more specific sectors stand first. A heading that names no
sector (a document title, "第一篇开启社会主义现代化建设新征程") falls back to the target's own
sentence, then to 其他.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import settings
from etl import rx

SECTORS_CSV = settings.SECTORS_CSV
OTHER = "其他"


@dataclass(frozen=True)
class SectorRule:
    sector: str
    name_en: str
    keywords: tuple[str, ...]


@lru_cache(maxsize=4)
def load_sectors(path: Path = SECTORS_CSV) -> tuple[SectorRule, ...]:
    with Path(path).open(encoding="utf-8-sig", newline="") as f:
        return tuple(
            SectorRule(row["sector"].strip(), row["name_en"].strip(),
                       tuple(k.strip() for k in row["keywords"].split("|") if k.strip()))
            for row in csv.DictReader(f)
        )


def _strip_numbering(heading: str) -> str:
    return rx.sub(r"^(第[一二三四五六七八九十百\d]+[篇章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*", "", heading)


def text_to_sector(text: str, rules: tuple[SectorRule, ...] | None = None) -> str | None:
    """The first sector one of whose keywords appears in ``text``, or None."""
    body = _strip_numbering(text or "")
    for rule in rules or load_sectors():
        if any(k in body for k in rule.keywords):
            return rule.sector
    return None


def heading_to_sector(heading: str, sentence: str = "") -> str:
    """The short sector of a target under ``heading`` (its sentence when the heading says nothing).

    Headings that are document or annex titles (…行动计划…责任清单) say nothing about the sector."""
    if heading and not rx.search(r"(计划|清单|方案|纲要|规划)", heading):
        found = text_to_sector(heading)
        if found:
            return found
    return text_to_sector(sentence) or OTHER
