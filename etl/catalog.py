"""Canonical indicators: the catalog in ``data/indicator_catalog.csv`` and the name → code match.

The catalog gives every indicator that recurs across plans one code (``gdp_growth``,
``5g_base_stations``, ``pm25``…), its Chinese and English name, its canonical unit, whether higher
is better, its usual kind and the phrasings documents use for it. A target whose indicator name,
unit and kind agree with an entry gets that entry's code, so the same indicator can be compared
across jurisdictions; every other target keeps ``indicator_code`` NULL. A wrong code makes such a
comparison lie, a missing one only leaves a target uncompared, so every rule here prefers None.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import settings
from etl import rx
from etl.model import KINDS

DEFAULT_CATALOG = settings.CATALOG_CSV
COLUMNS = ("code", "name_zh", "name_en", "unit", "higher_is_better", "kind", "aliases")

_CODE_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


@dataclass(frozen=True)
class CatalogEntry:
    """One canonical indicator (a row of the catalog)."""

    code: str
    name_zh: str
    name_en: str
    unit: str
    higher_is_better: bool
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong with a catalog row: where it is, what it holds and why it is refused."""

    row: int  # line of the file; the header is row 1
    field: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, field {self.field!r} ({self.value!r}): {self.reason}"


class CatalogError(Exception):
    """The catalog file cannot be used; ``problems`` lists every row and field at fault."""

    def __init__(self, path: Path, problems: list[CatalogProblem]):
        self.path = Path(path)
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{self.path}: {len(problems)} problem(s) in the indicator catalog:\n{lines}")


# --- names and units -------------------------------------------------------------------------

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|〔[^〔〕]*〕|【[^【】]*】")
_DROPPED = re.compile(r"[\s\"'“”‘’「」『』《》〈〉·_{}]|的|拥有|年平均|年均")
# Same thing, different words; applied to names and aliases alike, longest first.
_SYNONYMS = (
    ("地区生产总值", "生产总值"),
    ("规模以上", "规上"),
    ("能源消耗", "能耗"),
    ("GDP", "生产总值"),
)
_TRAILING_COUNT = re.compile(r"(个数|数量|总数|总量|数)$")
_TRAILING_GROWTH = re.compile(r"(增长速度|增长幅度|增长率|增幅|增长|增速)$")
# A name ending like this already says it is a rate of change.
_CHANGE_ENDINGS = ("增速", "降低", "下降", "涨幅", "上涨", "提高", "减少")


def indicator_name_to_key(name: str) -> str:
    """Reduce an indicator name to the form aliases are compared in.

    Full-width characters become ASCII (``ＰＭ２.５`` → ``PM2.5``, ``（`` → ``(``), and the
    LaTeX marks of PDF conversions go (``PM_{2.5}`` → ``PM2.5``); spaces, quotes, ``的``,
    ``拥有`` and ``年均`` are dropped; bracketed wrappers and table units are removed
    (``市级以上创新平台（新增申报）`` → ``市级以上创新平台``, ``地区生产总值增速(%)``); a few
    synonyms are unified (``规模以上`` → ``规上``, ``地区生产总值``/``GDP`` → ``生产总值``,
    ``能源消耗`` → ``能耗``); a trailing ``数量/总量/总数/个数/数`` is cut
    (``高新技术企业数量`` → ``高新技术企业``) and a trailing growth word becomes ``增速``
    (``居民人均可支配收入年均增长`` → ``居民人均可支配收入增速``).
    """
    text = unicodedata.normalize("NFKC", name).upper()
    text = _DROPPED.sub("", text)
    previous = None
    while previous != text:  # nested brackets: innermost first
        previous, text = text, _BRACKETED.sub("", text)
    for variant, canonical in _SYNONYMS:
        text = text.replace(variant, canonical)
    text = _TRAILING_COUNT.sub("", text)
    return _TRAILING_GROWTH.sub("增速", text)


# Spellings of one unit at one scale. A scale word (万人 vs 人, 亿元 vs 万元, 万亩 vs 亩) is never
# bridged: the value would be off by 10^4 on the comparison chart.
def unit_to_key(unit: str) -> str:
    """``％`` → ``%``, ``μg/m³`` → ``ΜG/M3``: NFKC, no spaces, upper-cased."""
    return rx.sub(r"\s+", "", unicodedata.normalize("NFKC", unit or "")).upper()


_UNIT_GROUPS = tuple(frozenset(unit_to_key(u) for u in group) for group in (
    {"微克/立方米", "μg/m3", "ug/m3", "微克每立方米"},
    {"人", "名", "位"},
    {"岁", "年"},
    # Counting words of scale one; the entry's name already says what is counted.
    {"个", "家", "处", "件", "座", "项", "所"},
))


def units_compatible(target_unit: str, catalog_unit: str) -> bool:
    """Same unit, or two spellings of it at the same scale (``人``/``名``, ``岁``/``年``)."""
    a, b = unit_to_key(target_unit), unit_to_key(catalog_unit)
    return a == b or any(a in group and b in group for group in _UNIT_GROUPS)


def kinds_compatible(target_kind: str, catalog_kind: str) -> bool:
    """A growth rate only matches a growth-rate code; a level and an increment of the same
    quantity share a code (``高新技术企业达到80家`` and ``新增高新技术企业100家`` are both
    ``high_tech_enterprises``; the target's own kind keeps them apart)."""
    if target_kind not in KINDS or catalog_kind not in KINDS:
        return False
    return (target_kind == "growth_rate") == (catalog_kind == "growth_rate")


# --- loading ---------------------------------------------------------------------------------

def _row_to_entry(row: dict[str, str], line: int) -> tuple[CatalogEntry | None, list[CatalogProblem]]:
    problems: list[CatalogProblem] = []
    value = {c: (row.get(c) or "").strip() for c in COLUMNS}

    code = value["code"]
    if not _CODE_RE.match(code):
        problems.append(CatalogProblem(line, "code", code, "must be ascii snake_case (a-z, 0-9, _)"))
    for name_field in ("name_zh", "name_en"):
        if not value[name_field]:
            problems.append(CatalogProblem(line, name_field, "", "name is empty"))
    if value["kind"] not in KINDS:
        problems.append(CatalogProblem(line, "kind", value["kind"],
                                       f"unknown kind, expected one of {', '.join(KINDS)}"))
    flag = value["higher_is_better"].lower()
    if flag not in _TRUE | _FALSE:
        problems.append(CatalogProblem(line, "higher_is_better", value["higher_is_better"],
                                       "not a boolean (true/false)"))
    aliases = tuple(a.strip() for a in value["aliases"].split("|")) if value["aliases"] else ()
    for alias in aliases:
        if not indicator_name_to_key(alias):
            problems.append(CatalogProblem(line, "aliases", alias, "empty alias"))
    if problems:
        return None, problems
    entry = CatalogEntry(code=code, name_zh=value["name_zh"], name_en=value["name_en"], unit=value["unit"],
                         higher_is_better=flag in _TRUE, kind=value["kind"], aliases=aliases)
    return entry, []


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """Read and check the catalog (default ``data/indicator_catalog.csv``).

    Every problem is collected with its row and field (unique codes, known kind, boolean
    ``higher_is_better``, non-empty names, and no phrasing claimed by two codes), then all are
    raised together in one :class:`CatalogError`.
    """
    path = Path(path) if path is not None else DEFAULT_CATALOG
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise CatalogError(path, [CatalogProblem(0, "", "", f"cannot open: {exc.strerror or exc}")]) from exc
    with handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise CatalogError(path, [CatalogProblem(1, c, "", "column missing from the header")
                                      for c in missing])
        entries: list[CatalogEntry] = []
        problems: list[CatalogProblem] = []
        first_row_of_code: dict[str, int] = {}
        owner_of_key: dict[str, tuple[str, int]] = {}
        for row in reader:
            line = reader.line_num
            entry, row_problems = _row_to_entry(row, line)
            problems.extend(row_problems)
            code = (row.get("code") or "").strip()
            if code in first_row_of_code:
                problems.append(CatalogProblem(line, "code", code,
                                               f"duplicate code (first on row {first_row_of_code[code]})"))
                continue
            first_row_of_code.setdefault(code, line)
            if entry is None:
                continue
            for phrase in (entry.name_zh, *entry.aliases):
                key = indicator_name_to_key(phrase)
                owner = owner_of_key.setdefault(key, (entry.code, line))
                if owner[0] != entry.code:
                    problems.append(CatalogProblem(line, "aliases", phrase,
                                                   f"already a phrasing of {owner[0]} (row {owner[1]})"))
            entries.append(entry)
    if problems:
        raise CatalogError(path, problems)
    return entries


# --- matching --------------------------------------------------------------------------------

class CatalogIndex:
    """The catalog's phrasings, normalised once, by length: what :func:`match_indicator` reads."""

    def __init__(self, catalog: Iterable[CatalogEntry]):
        self.entries = {e.code: e for e in catalog}
        self.by_key: dict[str, set[str]] = {}
        for entry in self.entries.values():
            for phrase in (entry.name_zh, *entry.aliases):
                key = indicator_name_to_key(phrase)
                if key:
                    self.by_key.setdefault(key, set()).add(entry.code)
        self.lengths = sorted({len(k) for k in self.by_key}, reverse=True)

    def longest_codes(self, key: str) -> set[str]:
        """Codes of the longest phrasing(s) that equal or sit inside ``key``."""
        for length in self.lengths:
            if length > len(key):
                continue
            found: set[str] = set()
            for start in range(len(key) - length + 1):
                found |= self.by_key.get(key[start:start + length], set())
            if found:
                return found
        return set()


_INDEX_CACHE: dict[int, tuple[object, int, CatalogIndex]] = {}


def _index_for(catalog: CatalogIndex | Sequence[CatalogEntry]) -> CatalogIndex:
    if isinstance(catalog, CatalogIndex):
        return catalog
    cached = _INDEX_CACHE.get(id(catalog))
    # Built once per catalog object (tens of thousands of targets go through here).
    if cached is None or cached[0] is not catalog or cached[1] != len(catalog):
        cached = (catalog, len(catalog), CatalogIndex(catalog))
        _INDEX_CACHE[id(catalog)] = cached
    return cached[2]


def match_indicator(indicator_name: str, unit: str, kind: str,
                    catalog: CatalogIndex | Sequence[CatalogEntry]) -> str | None:
    """The catalog code of a target's indicator, or None when no entry surely fits.

    The name is normalised (:func:`indicator_name_to_key`: spaces, full-width, trailing 数量/总量/
    数, wrappers like （新增）, 年均, 规模以上→规上 …). The entry whose phrasing is the *longest*
    one equal to the name or contained in it is the candidate — ``新增高新技术企业`` contains
    ``高新技术企业``; ``户籍人口城镇化率`` contains both ``城镇化率`` and ``户籍人口城镇化率`` and the
    longer wins. Two codes tied at that length: None. The candidate is returned only when

    - the unit is compatible: the same unit, or another spelling at the same scale (``人``/``名``,
      ``岁``/``年``, counting words ``个``/``家``/``处``); ``万人`` vs ``人`` or ``亿元`` vs
      ``万元`` never match — ``5G基站`` with unit ``万元`` gives None;
    - the kind is compatible: a growth rate only takes a growth-rate code, a level or increment
      only a level/increment code.

    It is not retried with a shorter phrasing: the longest phrasing says what the name is about,
    and a disagreeing unit or kind means the name is about something else. One exception serves
    names cut short by extraction: a growth-rate target whose name has no growth word is first
    tried with ``增速`` appended, so "固定资产投资增长9%左右" named ``固定资产投资`` still becomes
    ``fixed_asset_investment_growth``.

    Examples from the sources: ``规上工业增加值增速`` (%, growth_rate) →
    ``industrial_value_added_growth``; ``细颗粒物（PM_{2.5}）浓度`` (微克/立方米, level) → ``pm25``;
    ``省级以上“专精特新”企业数量`` (家, level) → ``specialized_smes``; ``营业收入过100亿元企业数量``
    → None.
    """
    index = _index_for(catalog)
    key = indicator_name_to_key(indicator_name or "")
    if not key:
        return None
    keys = [key]
    if kind == "growth_rate" and not key.endswith(_CHANGE_ENDINGS):
        keys.insert(0, key + "增速")
    for candidate_key in keys:
        codes = index.longest_codes(candidate_key)
        if len(codes) != 1:
            continue
        entry = index.entries[next(iter(codes))]
        if units_compatible(unit, entry.unit) and kinds_compatible(kind, entry.kind):
            return entry.code
    return None
