"""Find the quantities in a sentence: number, unit, range, and the comparator words around them.

"新建 5G 基站 3000 个以上" holds one quantity (3000, "个", ">="); the 5 of "5G" is part of a name.
Which quantities are targets is decided in :mod:`etl.extract`; this module only reads numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from etl import rx

# The measure words (量词) of physical things and events a target counts: one vocabulary, read after
# an Arabic number ("安装太阳能路灯1000盏", "维修更换农村37处的机泵") and after a Chinese numeral in a
# commitment ("新建两座节制闸"); tests/test_quantities_vocabulary.py reads every one of them.
MEASURE_WORDS = (
    "个", "家", "项", "所", "座", "处", "名", "位", "场", "次", "届", "条", "台", "套", "张", "块", "件", "辆",
    "艘", "架", "盏", "眼", "口", "根", "棵", "株", "头", "只", "匹", "羽", "尾", "册", "本", "部", "间", "栋",
    "幢", "户", "批", "宗", "笔", "期", "床", "列", "班", "门", "类", "种", "支", "片", "篇", "单", "起", "例",
    "箱", "粒", "孔", "对", "趟", "轮", "樘", "扇", "把", "顶", "面", "副", "堂",
)
# Units as written after a number, longest first so that "万千瓦" wins over "万".
BASE_UNITS = [
    "微克/立方米", "毫克/立方米", "克/千克", "个工作日", "个百分点", "个千分点", "千分点", "吨标准煤", "标准煤", "EFLOPS", "Eflops", "EFlops", "万千瓦时", "亿千瓦时", "千瓦时",
    "万标箱", "平方公里", "平方千米", "平方米", "立方米", "千伏安", "千瓦", "兆瓦", "千伏", "吉瓦",
    "公里", "千米", "万元", "亿元", "美元", "项次", "场次", "人次", "人年", "车次", "架次", "公顷", "小时", "分钟",
    "工作日", "百分点", "kV", "KV", "kW", "MW", "GW", "km", "μg/m³", "ug/m³", "m3", "m³", "m²", "㎡", "升/人日", "升/人·日", "分/千瓦时", "元/千瓦时",
    "公斤", "千克", "元", "吨", "斤", "担", "亩", "米", "人", "锭", *MEASURE_WORDS, "倍", "岁", "年", "天", "片区", "村", "镇", "园",
    "%", "％", "‰",
]
SCALES = ["十万", "百万", "千万", "万", "亿", "千", "百"]
# measure words that can follow a Chinese numeral: 两个村庄, 三座节制闸, 一次支部评比活动
CLASSIFIERS = "".join(w for w in MEASURE_WORDS if w not in ("面", "对", "把", "副", "起", "单", "口", "期", "本", "头", "批", "轮"))  # 一批, 新一轮: rhetoric

# a page may set a space after the slash: "41ug/ m³"
# "迈上3000亿台阶" is a step, not 台 (machines): a measure word that starts another word is no unit
# ("265万担烟叶": the picul a tobacco harvest is weighed in, not 担任, 担当)
_NOT_A_UNIT_AFTER = {"台": "阶账", "担": "任当保负心子纲"}
_unit_alt = "|".join(re.escape(u).replace("/", r"/\s?") + (f"(?![{_NOT_A_UNIT_AFTER[u]}])" if u in _NOT_A_UNIT_AFTER else "")
                     for u in sorted(BASE_UNITS, key=len, reverse=True))
_scale_alt = "|".join(SCALES)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # "2,316.84" or "2316.84"
_RANGE_SEP = r"[-—–~～至到]"

QUANTITY_RE = re.compile(
    rf"(?P<num>{_NUM})\s*(?P<unit1>%|％)?\s*(?:(?P<sep>{_RANGE_SEP})\s*(?P<num2>{_NUM}))?"
    rf"\s*(?P<unit>(?:{_scale_alt})?(?:{_unit_alt})|(?:{_scale_alt})(?![\u4e00-\u9fff]*级))?"
)
# the rest of an amount written across 万 and 亿: "3万8000亿元" (after "3万")
MIXED_WAN_YI_RE = re.compile(r"(\d{4})\s*(亿元|亿)")
# the upper end of a range whose lower end has only its scale: "5000万—1亿元" (after "5000万")
SCALED_RANGE_END_RE = re.compile(rf"\s*[-—–~～]\s*(?P<num2>{_NUM})\s*(?P<scale2>{_scale_alt})(?P<rest>(?:{_unit_alt})?)")
# what each scale word multiplies by; alone it stands for its own number too: "超百名" (100), "突破千亿元" (1000 亿元)
SCALE_FACTORS = {"十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}
# "100余万平方米", "30多万人": more than the number, in the scaled unit after 余/多
APPROX_SCALED_RE = re.compile(rf"\s*[余多]\s*((?:{_scale_alt})(?:{_unit_alt})?)(?![\u4e00-\u9fff]*级)")
# (not before a digit: "完成太乙、子午、五台3个街道…" names 五台, a place, then counts three)
# ("四万三千个行政村" is 43000, its 万 inside the numeral)
CN_QUANTITY_RE = re.compile(rf"(?P<num>(?:[一二两三四五六七八九十]万)?[一二两三四五六七八九十百千]+)(?P<unit>[{CLASSIFIERS}])(?!\s*\d)")
# two numerals side by side for a rough few: "两三个", "三四家", "一两个", "三五个"
ROUGH_FEW_RE = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])")
# an amount in Chinese numerals with a scale word: "超过五千亿规模", "突破两万亿元" (not "五百亿级产业")
CN_AMOUNT_RE = re.compile(r"(?P<num>[一二两三四五六七八九十百千]+)(?P<unit>(?:万亿|亿|万)(?:元|美元|吨|亩|人|千瓦)?)(?!级)(?=规模|以上|左右|大关|产能|装机|[，,。；;、]|$)")

# a Chinese numeral bound into a fixed term ("二次供水设施", "一次性奖补", "三次产业", "二次创业") counts
# nothing; the terms are listed because "开展二次检查" and "两次" as a count read the same way
BOUND_NUMERAL_RE = re.compile(r"(?:二次(?:供水|加压|创业|开发|污染|元|能源|产业|装修|改造|利用|分配)|一次(?:性|能源|产业|分配)|[一二三]次产业)")

# a physical measure in Chinese numerals, as an older wire report writes it: "力争新建铁路一千公里以上",
# "改造和新建农村公路六万公里", "增加港口吞吐能力一点三亿吨"; the numeral holds a scale word or a decimal
# point, or the unit its scale ("一公里" alone is the proverbial last kilometre, not a length)
CN_MEASURED_RE = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿点零〇])"
    r"(?P<num>(?:[一二两三四五六七八九十][万亿])?[一二两三四五六七八九十百千零〇]+(?:点[一二三四五六七八九零〇]+)?)"
    r"(?P<unit>(?:万|亿)?(?:平方公里|平方千米|平方米|立方米|公里|千米|公顷|千瓦|吨|亩))"
)
# a percentage in Chinese numerals, as an older wire report writes it: "使绿化覆盖率达到百分之四十五", "百分之八十五点五"
CN_PERCENT_RE = re.compile(r"百分之(?P<num>[一二两三四五六七八九十百零〇]+(?:点[一二三四五六七八九零〇]+)?)")
# ... and only in a sentence that commits to it or reaches it
CN_MEASURE_VERB_RE = re.compile(r"(?:将|力争|确保|争取|计划|新建|新增|增加|改造|建设|建成|完成|达到|实现)[^。；;]*$")
# a change in multiples, in Chinese numerals: "增加一倍", "增长约两倍", "提高1倍" is read by QUANTITY_RE
TIMES_OVER_RE = re.compile(r"(?<=增加|增长|提高|提升|扩大)(?:约|近|超)?([一两二三四五六七八九十])倍")
# a scale word with no numeral, after a verb that counts people: "带动万名青年", "培训千名村干部"
BARE_SCALE_RE = re.compile(r"(?<=带动|培训|引进|吸引|培养|招募|惠及)(万|千)(名|人次|人)|(?<=超|逾)(百|千|万)(名|人次|人)")
# a trillion with no numeral, after a verb that reaches it: "主营收入规模过万亿元", "迈上万亿元台阶"
BARE_TRILLION_RE = re.compile(r"(?<=过|超|破|达|上)(万亿)(元|美元)?(?!元?级)")
# the denominator of an amount per unit, after a slash: "58万元/人", "0.6人/百亿元", "1.2吨/亩", "995元/月"
# a day written out after a capacity: "67万立方米每日", "696吨每天"
DAILY_RE = re.compile(r"每(?:日|天)")
PER_UNIT_RE = re.compile(r"/(?:百亿元|亿元|万元|平方米|平方公里|千人|万人|人|户|亩|千克|吨|辆|年|月|天|床)")
# "2000余户", "30多个": a count above the number; the measure word follows 余/多
APPROX_COUNT_RE = re.compile(rf"\s*[余多]\s*([{''.join(MEASURE_WORDS)}])")

SUFFIX_COMPARATORS = [
    ("以上", ">="), ("以下", "<="), ("以内", "<="), ("之内", "<="), ("左右", "~"), ("上下", "~"),
    ("内", "<="),
]
PREFIX_COMPARATORS = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("超过", ">="),
    ("突破", ">="), ("高于", ">="), ("不大于", "<="), ("不多于", "<="), ("大于", ">="), ("迈上", ">="), ("超", ">="), ("过", ">="), ("≥", ">="),
    (">", ">="), ("不超过", "<="), ("不高于", "<="), ("低于", "<="), ("小于", "<="), ("≤", "<="),
    ("<", "<="), ("约", "~"),
]


@dataclass
class Quantity:
    """A number as written in a sentence, with its unit and the span of the whole expression."""

    value: float
    unit: str
    start: int  # of the number (after any prefix comparator word)
    end: int  # after the unit and any suffix comparator word
    num_end: int  # after the unit, before a suffix comparator
    comparator: str = "="
    upper: float | None = None  # a range's upper bound ("3—5座" → 3, upper 5)
    prefix_len: int = 0  # length of a comparator word before the number ("不低于")
    chinese: bool = False
    fraction: bool = False  # "1/8", "五分之一": value is the quotient


def chinese_number_to_float(text: str) -> float:
    """"两" → 2, "三十" → 30, "一千五百" → 1500 (via cn2an); raises ValueError otherwise."""
    return float(cn2an.cn2an(text.replace("两", "二"), "normal"))


def normalise_unit(unit: str) -> str:
    """"％" → "%"; "ug/ m³" → "ug/m³" (no space a page set after the slash)."""
    return rx.sub(r"/\s+", "/", unit.replace("％", "%"))


def _range_words(sentence: str, start: int, unit: str) -> str:
    """至 and 到 join a range whose unit is written twice ("3家至5家"), not a change ("由5万到10万人") nor a bare scale."""
    if unit in SCALE_FACTORS or rx.search(r"(?:由|从)[^，,；;。]{0,12}$", sentence[:start]):
        return ""
    return "|至|到"


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number with its unit and comparator in ``sentence``, left to right.

    "全区学前教育三年毛入园率达到95%以上" → [Quantity(95, "%", comparator ">=")]; Chinese numerals
    count only before a measure word: "每年完成两个村庄的农村改厕" → [Quantity(2, "个")].
    """
    found: list[Quantity] = fractions(sentence)
    in_fraction = [(q.start, q.num_end) for q in found]
    range_end = 0  # the end of a range read with its lower end ("5000万—10000万元")
    for m in QUANTITY_RE.finditer(sentence):
        start = m.start("num")
        if start > 0 and (sentence[start - 1].isdigit() or sentence[start - 1] == "."):
            continue
        if start < range_end:
            continue
        if any(a <= start < b for a, b in in_fraction):
            continue
        value = float(m.group("num").replace(",", ""))
        unit = m.group("unit") or m.group("unit1") or ""
        upper = float(m.group("num2").replace(",", "")) if m.group("num2") else None
        if unit.startswith("千万") and len(unit) > 2 and upper is None:
            value, unit = value * 1000, unit[1:]  # "建设1千万亩的高标准农田" → 1000 万亩 (吉林, round 241)
        if m.group("sep") and upper is None:
            # "2023—2025年" style separators without a second number: not a range
            end = m.start("sep")
        else:
            end = m.end()
        if m.group("sep") and m.group("sep") in "至到" and upper is not None and not unit:
            upper = None
            end = m.end("num")
        if unit in SCALE_FACTORS and upper is None and (scaled := SCALED_RANGE_END_RE.match(sentence, end)):
            # "注入5000万—10000万元资金", "5万—10万人": one range, in the unit written at its end
            upper = float(scaled.group("num2").replace(",", "")) * SCALE_FACTORS[scaled.group("scale2")] / SCALE_FACTORS[unit]
            unit, end = unit + scaled.group("rest"), scaled.end()
            range_end = end
        elif unit and unit != "年" and upper is None and (repeated := rx.match(rf"\s*(?:[-—–~～]{_range_words(sentence, start, unit)})\s*({_NUM})\s*{re.escape(unit)}", sentence[end:])):
            # "5个—7个中药材产地初加工集聚地", "培育…企业集团3家至5家": one range, its unit written twice
            upper, end = float(repeated.group(1).replace(",", "")), end + repeated.end()
            range_end = end
        if unit == "万" and upper is None and (tail := MIXED_WAN_YI_RE.match(sentence, end)):
            # "3万8000亿元" (38000亿元): a count of 亿 written across 万, as a province's report may
            value = value * 10000 + float(tail.group(1))
            unit, end = tail.group(2), tail.end()
            range_end = end
        num_end = end
        per = PER_UNIT_RE.match(sentence, end) if unit and not unit.endswith(("%", "％")) and "/" not in unit else None
        if per:
            # "全员劳动生产率达58万元/人左右", "死亡率控制在0.6人/百亿元以下": an amount per unit
            unit, end = unit + per.group(0), per.end()
        daily = DAILY_RE.match(sentence, end) if unit.endswith(("吨", "立方米", "升")) and not per else None
        if daily:
            # a plant's capacity a day, written out: "新增污水处理设施规模67万立方米每日" → 万立方米/日 (海南, round 214)
            unit, end = unit + "/日", daily.end()
        approx = (APPROX_COUNT_RE.match(sentence, end) or APPROX_SCALED_RE.match(sentence, end)) if not unit and upper is None else None
        if approx:
            # "涉及改造总户数2000余户", "100余万平方米": more than the number, counted in the word after 余/多
            unit, end = approx.group(1), approx.end()
        q = Quantity(value, normalise_unit(unit.strip()), start, end, num_end, upper=upper)
        if approx:
            q.comparator = ">="
        _attach_comparators(sentence, q)
        found.append(q)
    for m in CN_QUANTITY_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in in_fraction):
            continue
        raw = m.group("num")
        if BOUND_NUMERAL_RE.match(sentence, m.start()):
            continue  # 二次供水, 一次性, 二次创业: a numeral bound into a term is not a quantity
        if raw == "一" and not _is_counted_once(sentence, m.start()):
            continue
        if raw in {"十", "百", "千"} and not (
            rx.match(r"\s*(以上|左右)", sentence[m.end() :])
            or rx.search(r"(新增|培育|建成|建设|打造|引进|实施|完成|达到|新建|创建|设立|设置|开设|开办|建立|配备|改造|举办|组织|开展)\s*$", sentence[: m.start()])
        ):
            continue  # 十大工程, 百家争鸣, 千家万户; "培育十家以上", "设立十个爱心献血屋" count
        few = ROUGH_FEW_RE.fullmatch(raw)
        try:
            value = chinese_number_to_float(few.group(1) if few else raw)
            upper = chinese_number_to_float(few.group(2)) if few else None
        except (ValueError, KeyError):
            continue
        if upper is not None and not (upper == value + 1 or (value, upper) == (3, 5)):
            continue  # not a rough few: "二三" of a name
        # a rough few, its lower end the target: "兴建两三个码头" (2 or more), "新建一两个公共码头" (广西's ports, round 204)
        q = Quantity(value, m.group("unit"), m.start(), m.end(), m.end(), chinese=True, upper=upper)
        _attach_comparators(sentence, q)
        found.append(q)
    for m in CN_AMOUNT_RE.finditer(sentence):
        if not rx.search(r"(达到|超过|突破|过|迈上|实现|力争|增加到|提高到|总量|规模|稳定在|保持在|新增|新建|建成)\s*$", sentence[: m.start()]):
            continue
        try:
            raw = m.group("num")
            value = SCALE_FACTORS.get(raw) or chinese_number_to_float(raw)
        except (ValueError, KeyError):
            continue
        q = Quantity(value, m.group("unit"), m.start(), m.end(), m.end(), chinese=True)
        _attach_comparators(sentence, q)
        found.append(q)
    for m in CN_MEASURED_RE.finditer(sentence):
        raw, unit = m.group("num"), m.group("unit")
        if not (rx.search("[十百千万亿点]", raw) or unit[0] in "万亿") or any(q.start <= m.start() < q.end for q in found):
            continue
        if not CN_MEASURE_VERB_RE.search(sentence[: m.start()]):
            continue  # a size that describes: "“金沙江畔大菜园”云南省元谋县两万亩水稻喜获丰收"
        try:
            value = chinese_number_to_float(raw)
        except (ValueError, KeyError):
            continue
        q = Quantity(value, unit, m.start(), m.end(), m.end(), chinese=True)
        _attach_comparators(sentence, q)
        found.append(q)
    for m in CN_PERCENT_RE.finditer(sentence):
        if not CN_MEASURE_VERB_RE.search(sentence[: m.start()]):
            continue  # as a measure in Chinese numerals: only what is committed to or reached
        try:
            value = chinese_number_to_float(m.group("num"))
        except (ValueError, KeyError):
            continue
        if value > 100:
            continue
        q = Quantity(value, "%", m.start(), m.end(), m.end(), chinese=True)
        _attach_comparators(sentence, q)
        found.append(q)
    for m in TIMES_OVER_RE.finditer(sentence):
        # "报废汽车回收量较2023年增加约一倍": a change in multiples written in Chinese numerals
        q = Quantity(chinese_number_to_float(m.group(1)), "倍", m.start(1), m.end(), m.end(), chinese=True)
        _attach_comparators(sentence, q)
        found.append(q)
    for m in BARE_SCALE_RE.finditer(sentence):
        # "带动万名青年入乡发展": ten thousand people, the 1 unwritten
        # "培训超百名数字化转型决策者,超千名数字化管理者": more than a hundred, a thousand
        scale, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        q = (Quantity(1.0, scale + unit, m.start(), m.end(), m.end()) if scale == "万"
             else Quantity(SCALE_FACTORS[scale], unit, m.start(), m.end(), m.end()))
        _attach_comparators(sentence, q)
        found.append(q)
    for m in BARE_TRILLION_RE.finditer(sentence):
        if any(q.start <= m.start() < q.end for q in found):
            continue  # "两万亿元" is read above
        q = Quantity(1.0, m.group(1) + (m.group(2) or ""), m.start(), m.end(), m.end())
        _attach_comparators(sentence, q)
        found.append(q)
    found.sort(key=lambda q: q.start)
    return found


FRACTION_RE = re.compile(r"(?<![\d./])(\d{1,3})\s*/\s*(\d{1,3})(?![\d./])")
CN_FRACTION_RE = re.compile(r"([一二两三四五六七八九十百]+)分之([一二两三四五六七八九十]+)")


def fractions(sentence: str) -> list[Quantity]:
    """"占全市1/8" → 0.125; "五分之一" → 0.2 (a share of a higher total, unit "")."""
    out = []
    for m in FRACTION_RE.finditer(sentence):
        a, b = int(m.group(1)), int(m.group(2))
        if b and a < b:
            q = Quantity(a / b, "", m.start(), m.end(), m.end(), fraction=True)
            _attach_comparators(sentence, q)
            out.append(q)
    for m in CN_FRACTION_RE.finditer(sentence):
        try:
            b, a = chinese_number_to_float(m.group(1)), chinese_number_to_float(m.group(2))
        except (ValueError, KeyError):
            continue
        if b and a < b:
            q = Quantity(a / b, "", m.start(), m.end(), m.end(), chinese=True, fraction=True)
            _attach_comparators(sentence, q)
            out.append(q)
    return out


def _is_counted_once(sentence: str, pos: int) -> bool:
    """"一" is a count only in a recurring task ("每年开展一次") or a stated minimum ("一块以上");
    "打造一个…高地" is rhetoric."""
    before = sentence[max(0, pos - 4) : pos]
    after = sentence[pos + 2 : pos + 4]
    clause = rx.split(r"[，,；;。：:]", sentence[:pos])[-1]
    if len(sentence) <= 30 and rx.search(r"(?:新建|建设|建成|改造|改建|扩建|新增|配备|安装|开设)\s*$", clause) and not rx.search(
            r"(高地|中心城市|示范区|标杆|样板|品牌|典范|窗口|名片|城市|强县|强市|强区)", sentence[pos:]):
        return True  # an item of a list of deeds: "提升改造一个未成年人保护工作站"
    per_unit = rx.search(r"每(?:个|一个|所|家)?[\u4e00-\u9fff（）()、]{1,12}?(?:至少|均|都|要|应)?\s*(?:建成|建设|建立|配备|设立|打造|培育|创建|新建|有)\s*$", clause)
    if rx.search(r"每(?:学年|学期|年度|年|季度|月|周)[\u4e00-\u9fff]{0,4}$", clause):
        return True  # a recurring task: "每学年开展一次中小学生全员心理健康普测"
    return "每" in before or after.startswith(("以上", "左右")) or bool(rx.search(r"(至少|不少于)\s*[\u4e00-\u9fff]{0,2}$", before)) or bool(per_unit)


def _attach_comparators(sentence: str, q: Quantity) -> None:
    rest = sentence[q.end :].lstrip()
    for word, comp in SUFFIX_COMPARATORS:
        if rest.startswith(word):
            if word == "内" and not q.unit.endswith(("工作日", "日", "天", "小时", "分钟")):
                continue
            q.comparator = comp
            q.end = q.end + (len(sentence[q.end :]) - len(rest)) + len(word)
            break
    if q.comparator == "=":
        before = sentence[: q.start].rstrip()
        for word, comp in PREFIX_COMPARATORS:
            if before.endswith(word):
                q.comparator = comp
                q.prefix_len = len(word) + (q.start - len(before))
                break
        if q.comparator == "=" and rx.search(r"控制在\s*$", before) and sentence[q.end :].lstrip().startswith("以内"):
            q.comparator = "<="
    if q.upper is not None and q.comparator == "=":
        q.comparator = ">="
