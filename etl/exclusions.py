"""Numbers of the genre that are not targets, beyond names, dates and classes (:mod:`etl.extract`).

Policy packages hand out money (给予一次性奖补100万元, 按设备购置额的10%给予奖补，最高3000万元) and
set conditions (对年销售收入首次达到1亿元的企业); plans name what exists to say where work goes
(围绕37条产业链和40个产业集群); notices count their own contents (明确133项具体任务); assessment lists
give points (分值8分, 每低0.1个百分点扣0.2分); a per-unit target counts over a denominator (每5所
幼儿园配备1名 — the 5所). Each predicate takes the sentence and one quantity of it.
"""

from __future__ import annotations

import re

from etl import rx
from etl.clean import CLOCK_TIME, WEB_DATE_LINE_RE
from etl.divisions import SELF_SCOPE_ALT, SELF_SCOPE_WORDS, is_place_name
from etl.quantities import Quantity


def clause_start(sentence: str, q: Quantity, stops: str = "，,；;。：:") -> int:
    """Where a quantity's clause starts: after the last of ``stops`` before it, or at the sentence's start."""
    return max([sentence.rfind(ch, 0, q.start) for ch in stops] + [-1]) + 1


def clause_before(sentence: str, q: Quantity, with_prefix: bool = False) -> str:
    """What stands before a quantity in its clause, back to the last 「，；。：」 and without its prefix
    comparator: "力争新增规模以上企业1000家" → "力争新增规模以上企业" (of "…，力争新增规模以上企业1000家");
    ``with_prefix`` keeps it: "村集体年收入超" (of "20%的村集体年收入超30万元")."""
    return sentence[clause_start(sentence, q) : q.start if with_prefix else q.start - q.prefix_len]


def clause_end(sentence: str, q: Quantity) -> int:
    """Where a quantity's clause ends: at the next 「，；。」 after it, or the sentence's end."""
    return min([i for i in (sentence.find(ch, q.end) for ch in "，,；;。") if i >= 0] + [len(sentence)])


def is_genre_non_target(sentence: str, q: Quantity, policy_package: bool = False) -> bool:
    """Any of the rules below: an instrument, a count of what exists or of a document's contents,
    an assessment's points, a condition, a denominator."""
    return (
        is_policy_instrument(sentence, q, policy_package)
        or is_budget_allocation(sentence, q)
        or is_attendance(sentence, q)
        or is_existing_count(sentence, q)
        or is_denominator(sentence, q)
        or counts_document_contents(sentence, q)
        or counts_listed_deeds(sentence, q)
        or counts_the_list_or_its_sources(sentence, q)
        or is_scope_of_action(sentence, q)
        or is_frame_of_reference(sentence, q)
        or counts_named_parts(sentence, q)
        or is_place_of_work(sentence, q)
        or is_dimension(sentence, q)
        or is_population_class(sentence, q)
        or is_scoring_rule(sentence, q)
        or is_threshold(sentence, q)
        or is_bar_of_a_share(sentence, q)
        or is_share_of_a_target_done(sentence, q)
        or is_base_of_a_rate(sentence, q)
        or is_designated_set(sentence, q)
        or is_size_of_listed_projects(sentence, q)
        or is_reach_of_a_project(sentence, q)
        or is_shortfall_told(sentence, q)
        or is_scope_told_after_its_aim(sentence, q)
        or is_share_set_aside(sentence, q)
        or is_told_of_what_would_happen_without_the_work(sentence, q)
        or is_problem_told(sentence, q)
        or is_past_habit_told(sentence, q)
        or is_count_already_done(sentence, q)
        or is_rate_of_what_is_done(sentence, q)
        or is_figure_told_again_as_comparison(sentence, q)
        or is_size_of_each(sentence, q)
        or is_lifetime_cost_beside_the_years(sentence, q)
        or is_forecast(sentence, q)
        or is_digest_label(sentence, q)
        or is_damage_told(sentence, q)
        or is_disruption_told(sentence, q)
        or is_pool_chosen_from(sentence, q)
        or is_ranking_told(sentence, q)
        or is_size_class_of_firms(sentence, q)
        or is_pool_or_campaign_span(sentence, q)
        or is_date_line(sentence, q)
        or is_page_counter_or_issue(sentence, q)
        or is_told_up_to_now(sentence, q)
        or counts_an_events_projects(sentence, q)
        or is_sum_of_the_months_so_far(sentence, q)
        or is_change_on_last_years_figure(sentence, q)
        or counts_features(sentence, q)
        or is_done_so_far(sentence, q)
        or is_scene_or_journey(sentence, q)
        or is_months_ahead(sentence, q)
        or is_share_of_a_total(sentence, q)
        or is_told_where_things_lie(sentence, q)
    )


def is_months_ahead(sentence: str, q: Quantity) -> bool:
    """The months left to work in are a span, not a count: "我们将抓住接下来4个月的时间,完成今年2万个村组整治建设任务"
    (江西, round 139)."""
    return q.unit == "个" and sentence[q.end : q.end + 1] == "月" and \
        rx.search(r"(?:接下来|未来|今后|剩下的?|最后|余下的?)\s*$", sentence[: q.start - q.prefix_len]) is not None


def is_scene_or_journey(sentence: str, q: Quantity) -> bool:
    """What a reporter sees and how long a trip takes describe the place, they set no aim: "只见4条自动化生产线在10余名员工的
    操控下开足马力", "三河通往北京市通州区仅需10分钟" (三河, round 117)."""
    if rx.match(r"\s*只见", sentence[clause_start(sentence, q) :]):
        return True
    return rx.search(r"(?:仅需|只需|仅要|只要)\s*$", sentence[: q.start - q.prefix_len]) is not None and \
        not rx.search(r"力争|确保|争取|将|实现", clause_before(sentence, q))


# what is done so far, its verb after 已: "已播种57.02万亩" (not what is done to a thing already there: "已建成的污水处理厂")
# ("已复工开工45个", 嘉峪关's half year, round 156)
DONE_SO_FAR_RE = re.compile(r"已(?:经)?(?:播种|种植|栽植|栽种|移栽|收获|收割|造林|建成|开工|竣工|投产|签约|到位|落实|复工|开复工|复产)(?:(?!的)[\u4e00-\u9fff]){0,8}$")


# this year's work done so far, its verb after 已 and its figure, with the parts told after it one clause each:
# "今年全县已发种170186张,产茧11.6万担,蚕农售茧收入1.8亿元" (高县, round 202)
THIS_YEARS_TALLY_RE = re.compile(r"(?:今年|本年|年初以来|入春以来|今年以来)[^，,；;。]{0,10}?已(?:经)?[\u4e00-\u9fff]{1,6}?\s*$")
# a clause's figure and its unit, where the clause ends: "产茧11.6万担"
FIGURE_AT_END = r"[\d.]+\s*[\u4e00-\u9fff%％]{0,3}\s*$"


def is_this_years_tally(sentence: str, q: Quantity) -> bool:
    """A figure of the year's tally so far: its clause opens on 今年…已 and a verb ("今年全县已发种170186张"), or it is
    one of the clauses after such a clause, each a name and its figure with no aim word between ("产茧11.6万担",
    "蚕农售茧收入1.8亿元"); a clause that says what is to come ends the run ("…,计划年底前完成…")."""
    start = clause_start(sentence, q, "，,；;。")
    if THIS_YEARS_TALLY_RE.search(sentence[start : q.start - q.prefix_len]):
        return True
    if rx.search(AIM_WORDS + r"|20\d\d年|[\d.]", sentence[start : q.start - q.prefix_len]):
        return False
    clauses = rx.split(r"[，,]", sentence[: start - 1]) if start > 0 and sentence[start - 1] in "，," else []
    for clause in reversed(clauses):
        opened = THIS_YEARS_TALLY_RE.search(rx.sub(FIGURE_AT_END, "", clause))
        if rx.search(AIM_WORDS + r"|20\d\d年|[；;。]", clause) and not opened:
            return False
        if opened and rx.search(FIGURE_AT_END, clause):
            return True
        if not rx.search(r"^[^\d]{1,16}" + FIGURE_AT_END, clause):
            return False  # not a name and its figure: the run is over
    return False


# words that make a figure an aim, not a count of what is there or done (etl.extract.FORWARD_RE reaches further and
# cannot be imported here: imports run extract → exclusions)
AIM_WORDS = r"力争|确保|争取|计划|目标|将|要"


# the projects started or restarted so far and their share, told as a count with its rate: "新型化工项目32个,…,年内计划完成投资
# 86亿元,开复工项目25个,开复工率78%" (乌海's first half, round 135)
STARTED_SO_FAR_RE = re.compile(r"(?:开复工|复工复产|复工)(?:项目)?(?:数)?(?:达到?|为)?\s*$|(?:开复工|复工|复产)率(?:达到?|为)?\s*$")


def is_done_so_far(sentence: str, q: Quantity) -> bool:
    """A figure of what is already done beside the year's plan is progress, and so are the parts it is broken into in
    the brackets after it: "全市计划播种春播农作物227.16万亩,已播种57.02万亩", "粮食作物已播种27.93万亩(小麦17万亩、玉米3.19万亩)"
    (兰州, round 116: 227.16 is the target)."""
    before = clause_before(sentence, q)
    if DONE_SO_FAR_RE.search(before) or is_this_years_tally(sentence, q):
        return True
    if STARTED_SO_FAR_RE.search(before) and not rx.search(AIM_WORDS, before):
        return True
    start = clause_start(sentence, q)
    if rx.search(r"开工率(?:达到?|为)?\s*$", before) and start > 0 and not rx.search(AIM_WORDS, before) \
            and DONE_SO_FAR_RE.search(rx.sub(r"[\d.]+\s*[\u4e00-\u9fff]{0,2}$", "", rx.split(r"[，,；;。：:]", sentence[: start - 1])[-1])):
        return True  # the rate of what is started so far, after its count: "已复工开工32个,开工率58%"
    opened = max(sentence.rfind("(", 0, q.start), sentence.rfind("（", 0, q.start))
    if opened <= 0 or rx.search(r"[)）]", sentence[opened : q.start]):
        return False
    figure = rx.search(r"[\d.]+\s*[\u4e00-\u9fff%％]{0,3}$", sentence[:opened])
    return figure is not None and DONE_SO_FAR_RE.search(rx.split(r"[，,；;。：:]", sentence[: figure.start()])[-1]) is not None


# a comparison with last year: "比去年", "与上年同期", "较往年"
LAST_YEAR_COMPARED = r"(?:比|较|与|同)(?:去年|上年|上一年|往年)(?:同期)?"
# last year's figure a plan is compared with: "比去年的573项", "与去年的15580亿元相比"
LAST_YEARS_FIGURE_RE = re.compile(LAST_YEAR_COMPARED + r"的?\s*$")
# ... and the change from it, told after it: "增加了119项", "增幅达20.8%", "增幅将近10%"
CHANGE_RE = re.compile(r"(?:相比)?[，,]?(?:增加|增长|减少|提高|扩大|下降|多|少)了?$|增幅(?:达|为|将近|近|超过|约)?$|(?:增|降)(?:长)?幅度?(?:达|为)?$")


def is_change_on_last_years_figure(sentence: str, q: Quantity) -> bool:
    """This year's plan compared with last year's: the figure of last year and the change from it are its news, not
    aims: "今年第一批重大项目个数为692项,比去年的573项增加了119项,增幅达20.8%" (广西, round 114: 692 is, 573, 119 and
    20.8% are not); "总投资17122亿元,与去年的15580亿元相比,增加了1542亿元,增幅将近10%"."""
    before = sentence[: q.start - q.prefix_len]
    if LAST_YEARS_FIGURE_RE.search(before):
        return True
    part = rx.split(r"[；;。]", before)[-1]
    compared = rx.search(LAST_YEAR_COMPARED + r"的?\s*\d", part)
    if compared is not None and CHANGE_RE.search(clause_before(sentence, q)) is not None:
        return True
    # the change itself, last year's figure not told: "共安排市重大重点项目328个,较去年增加170个" (南昌, round 119; not a
    # rate: "确保比去年增长10%")
    if not q.unit.endswith("%") and rx.search(r"(?:较|比)(?:去年|上年)(?:同期)?(?:增加|减少|多|新增)了?$", clause_before(sentence, q)) \
            and not rx.match(r"\s*(?:以上|左右|以内)", sentence[q.num_end :]) and not rx.search(r"力争|确保|争取|计划", clause_before(sentence, q)) \
            and "目标" not in sentence[: q.start]:
        # (an aim's rise stays: "带动早稻集中育秧1000万亩以上,比上年增加180万亩以上", 江西, round 52; so does a plan's own:
        # "今年我市交通建设主要预期目标为:交通固定资产计划投资79.83亿元,比上年增加9.66亿元", 福州, round 89)
        return True
    # a change from a named year, told as done: "尽管同2014年相比,重点工程项目数减少了20项" (北京's 2015 key works, round 115;
    # not a plan's "比2020年下降13.5%")
    return rx.search(r"(?:同|与)(?:去年|上年|20\d\d\s*年)相比[，,]?", part) is not None and \
        rx.search(r"(?:增加|减少|增长|提高|下降|降低)了$", clause_before(sentence, q)) is not None


def is_share_of_a_total(sentence: str, q: Quantity) -> bool:
    """The share a list holds of a year's whole describes the list: "…占2017年全市重大重点项目总投资的66.2%" (南昌, round 119).
    A share set as an aim names its 比重 or 比例 ("占地区生产总值比重达到15%") and stays."""
    return q.unit.endswith("%") and rx.search(r"占(?:20\d\d年)?[^，,；;。\d]{0,16}?(?:总投资|年度投资|投资总额)的\s*$",
                                               sentence[: q.start - q.prefix_len]) is not None


# where the things a figure counts lie: "…92.1%的贫困村均处于武陵山区", "此次14个易地搬迁项目分布于贵州省八个市州" (the clause
# holds no aim's verb between: not "新建3个园区,位于…")
WHERE_THEY_LIE_RE = re.compile(r"(?:(?!达到|实现|完成|建成|新建|建设|打造|力争|确保|将)[^，,；;。：:]){0,40}?(?:均|都|全部|主要)?(?:处于|位于|分布于|分布在)(?!全国|全省|全市|前列|领先|较高|较低|高位|低位|[^，,；;。]{0,20}?(?:阶段|状态|过程))")


def is_told_where_things_lie(sentence: str, q: Quantity) -> bool:
    """A figure whose things are told by where they lie describes them: "全省91.2%的贫困人口、94.6%的贫困乡镇、92.1%的贫困村均处于
    武陵山区、乌蒙山区和滇黔桂石漠化三大集中连片特困地区" (贵州, round 232). A rank ("处于全国前列") is not a place, nor a stage:
    "81个项目正处于前期手续办理阶段,下半年确保开工" (开州, round 186)."""
    return WHERE_THEY_LIE_RE.match(sentence[q.num_end :]) is not None


def counts_features(sentence: str, q: Quantity) -> bool:
    """How many features a plan shows is no aim: "今年的重大项目与往年相比呈现3个特点" (广西, round 114)."""
    return rx.search(r"(?:呈现出?|具有|体现出?|显现出?)$", sentence[: q.start - q.prefix_len]) is not None and \
        rx.match(r"\s*(?:个|大)?(?:特点|亮点|特征|变化|趋势)", sentence[q.num_end :]) is not None


# the months of this year so far: "1至4月份", "1—7月", "1月至7月", "前4月" (etl.extract's review reads them before a comma)
MONTHS_SO_FAR = r"(?:(?<![\d.])(?:[1-9]|(?<!\d年)1\s*月|(?<![\u4e00-\u9fff])元月?)\s*(?:至|到|—|-)\s*1?\d\s*月|前(?:[一二三四五六七八九十]|1[0-2]|[1-9])个?月)(?:份)?"
# ... and summed: "1至4月份累计新开工项目77项" (山西's key works, round 105)
MONTHS_SO_FAR_RE = re.compile(r"\s*" + MONTHS_SO_FAR + "累计")


# ... or done in them: "1至5月贵州省重大工程项目完成投资2525.92亿元" (a headline, round 122), "年度计划建设乡镇污水配套管网
# 850公里,前4月完成389.9公里" (福建, round 125), "四川:1-7月农村公路新改建1.38万公里" (a headline, round 128)
MONTHS_DONE_RE = re.compile(r"\s*" + MONTHS_SO_FAR + r"[^，,；;。]{0,20}?(?:完成|实现|建成|累计|开工|竣工|新改建|新建)")


def is_sum_of_the_months_so_far(sentence: str, q: Quantity) -> bool:
    """A figure of the months gone this year is progress, the year's plan beside it the target: "今年省重点工程计划新开工
    项目为230项,1至4月份累计新开工项目77项" (230 is, 77 is not)."""
    before = clause_before(sentence, q)
    if rx.match(r"\s*(?:年初|今年|开年|入春)以来", before):
        return True  # "年初以来新增设施农(渔)业0.6万亩" (round 123)
    if MONTHS_SO_FAR_RE.match(before) or MONTHS_DONE_RE.match(before):
        return True
    # the money those months' work cost, in the clause after: "前4月开工516个,完成投资6.36亿元" (福建, round 125)
    start = clause_start(sentence, q)
    last = rx.split(r"[，,；;。：:]", sentence[: max(0, start - 1)])[-1]
    return rx.fullmatch(r"\s*(?:累计)?完成投资(?:约|达)?\s*", before) is not None and MONTHS_DONE_RE.match(last) is not None


# a day on which projects start, sign or finish together, told as it happens: "…集中开工活动在西海岸新区举行,177个重大项目集中开工建设",
# "此次宁夏一季度重大项目集中开工1313个" (round 112)
# — or a visit to see projects (观摩): "对11个市级重点项目进行实地观摩", "本次观摩的11个项目中,9个为制造业项目" (西安, round 106)
EVENT_RE = re.compile(r"(?:此次|这次|本次|当天|当日)[^。；;]{0,12}?集中(?:开工|开复工|签约|竣工|投产)|(?:此次|这次|本次)(?:开工|签约)(?:的)?项目|集中(?:开工|开复工|签约|竣工|投产)[^。；;]{0,30}?(?:举行|举办|启动仪式)"
                      # "参加集中开工仪式的重大项目共9个" (东丽, round 107), "我市56个项目参加全省扩大有效投资重大项目集中开工活动" (温州, round 129)
                      r"|参加[^。；;，,]{0,16}?集中(?:开工|开复工|签约|竣工|投产)(?:仪式|活动)"
                      # its projects by place: "此次开工项目涵盖全州13个市县,其中马尔康4个、金川县5个…" (阿坝, round 126)
                      r"|(?:此次|这次|本次)[^。；;，,]{0,4}?观摩|进行(?:实地|现场)?观摩|视频观摩")


# ... or told in a headline by its count: "浙江268个重大项目集中开工 总投资6808亿元" (round 113; not "将有…", "计划…"; only
# that count: "【…石家庄261个重点项目集中开工…】据了解,石家庄市今年共安排省市重点项目350项" keeps 350)
EVENT_HEADLINE_RE = re.compile(r"(?<![\d.])\d+\s*个[^。；;，,\d]{0,8}?项目(?:进行|今天|今日|昨天|昨日|当天)?集中(?:开工|开复工|签约|竣工|投产)"
                               # a day between ("温州市56个项目今天集中开工", round 129); the count after: "阿坝州集中开工项目70个
                               # 总投资52.46亿元" (round 126)
                               r"|集中(?:开工|开复工|签约|竣工|投产)(?:重大|重点)?项目\d+\s*个")
# where the event is held: "市主会场设在临邑县瑞来新材料(山东)有限公司20万吨/年顺酐装置…项目现场", "其余10个市设分会场"
EVENT_VENUE_RE = re.compile(r"(?:主|分)会场(?:设在|所在)|设(?:立)?分会场")
EVENT_COUNT_UNITS = ("个", "项", "家")


def counts_an_events_projects(sentence: str, q: Quantity) -> bool:
    """How many projects an event starts (or signs, or completes) the day it is held, and of what kinds, is its news,
    not a plan's count (青岛's 二季度重大项目集中开工, round 87: 177个, 「其中,产业项目121个」); its projects' money for
    the year is the year's planned investment (「年度计划投资248亿元」). Nothing told of the event's venues is an aim
    ("如主会场所在的杭州市地铁3号线二期项目,长7.5公里,设站5座", round 113), nor the lifetime cost of the projects it
    starts ("本次全市集中开工活动,共有项目206个,总投资1476亿元,年度计划487亿元": 487 is the year's plan)."""
    if EVENT_VENUE_RE.search(sentence):
        return True
    if rx.search(r"总投资(?:约|达|为)?$", clause_before(sentence, q)) and EVENT_RE.search(sentence):
        return True
    if q.unit not in EVENT_COUNT_UNITS:
        return False
    if EVENT_RE.search(sentence):
        return True
    headline = next((m for m in EVENT_HEADLINE_RE.finditer(sentence) if m.start() <= q.start < m.end()), None)
    if headline is None:
        return False
    ahead = r"将|计划|力争|确保|拟|预计" + (r"|年" if headline.group().startswith("集中") else "")  # "今年集中开工项目100个" is an aim
    return not rx.search(ahead, sentence[max(0, headline.start() - 6) : headline.start()])


# a news page's date line that opens on its label: "时间:2013-04-18 08:04:00  来源:中国绿色时报  点击:1486 次  字号【", "来源:…"
# (one that opens on its date and clock time, or has them after its counters, is etl.clean's WEB_DATE_LINE_RE)
DATE_LINE_LABEL_RE = re.compile(r"\s*(?:(?:发布|更新)?(?:时间|日期)|来源)\s*[:：]")


def is_date_line(sentence: str, q: Quantity) -> bool:
    """A page's date line dates the page (metadata reads it) and counts its readers; none of its numbers is an aim:
    "2012年02月13日 13:57 来源:中国新闻网 参与互动(0)" (13), "时间:2013-04-18 08:04:00 来源:中国绿色时报 点击:1486 次" (1486次),
    "热度119票 浏览23次 【共0条评论】…时间:2016年7月08日 20:12" (泰和, round 95: counters before the date); its clock
    time left alone on a line after the date's lines ("2013" / "01/14" / "16:33", 河北, round 113)."""
    if LONE_CLOCK_TIME_RE.fullmatch(sentence):
        return True
    return bool(DATE_LINE_LABEL_RE.match(sentence) or WEB_DATE_LINE_RE.match(sentence)) and "。" not in sentence


def is_page_counter_or_issue(sentence: str, q: Quantity) -> bool:
    """A page's reader counter and a journal's issue are no aims: "| 浏览:5786次 | 来源:中国市政建设网 |" (包头, round 201),
    "城市道桥与防洪 2014年7期", "今日农业 2022年9期" (the issue a stored article came from, rounds 201)."""
    before = sentence[: q.start - q.prefix_len]
    if rx.search(r"(?:浏览|点击|阅读|访问|人气)(?:量|数|次数)?\s*[:：]\s*$", before):
        return True
    return q.unit == "期" and rx.search(r"(?:19|20)\d\d\s*年\s*(?:第)?\s*$", before) is not None


# what a figure grew to by now, and what it grew from: "公交线路由2016年的96条发展到现在的137条" (海口, round 200)
UP_TO_NOW = r"(?:发展|增加|增长|提高|提升|扩大|达|增)(?:到|至)(?:现在|目前|如今|当前)的"
UP_TO_NOW_RE = re.compile(UP_TO_NOW + r"\s*$")


def is_told_up_to_now(sentence: str, q: Quantity) -> bool:
    """A figure told as where things stand now, the one it grew from, and the share of a schedule done so far, report:
    "公交线路由2016年的96条发展到现在的137条,公交车辆由2016年的1391辆,发展到现在的2000多辆" (海口, round 200), "1月-7月完成投资89亿元,
    完成序时进度计划127%" (round 199); and an advertisement's offer is none: "即可免费订阅30天中国日报双语手机报" (round 200)."""
    before = sentence[: q.start - q.prefix_len]
    if UP_TO_NOW_RE.search(before) or rx.search(r"(?:完成|达到)?序时进度(?:计划)?(?:的)?\s*$", before):
        return True
    if rx.search(r"免费(?:订阅|试用|体验|领取)\s*$", before):
        return True
    if not rx.search(r"由\s*(?:19|20)\d\d\s*年(?:底|末)?的\s*$", before):
        return False
    return rx.match(r"[^。；;]{0,12}?" + UP_TO_NOW, sentence[q.end :]) is not None


LONE_CLOCK_TIME_RE = re.compile(r"\s*" + CLOCK_TIME + r"(?::\d\d)?\s*")


def is_pool_or_campaign_span(sentence: str, q: Quantity) -> bool:
    """The pool a choice is made from, and a campaign's length, are no aims: "从全县310个亿元以上重点项目中遴选108个…"
    (310), "自6月21日起大干100天" (庐江's 「双百攻坚」, round 77)."""
    pool = rx.match(r"[^，,；;。]{0,30}?中(?:遴选|选出|挑选|筛选|择优)", sentence[q.end :])
    if pool and rx.search(r"从[^，,；;。]{0,12}$", sentence[: q.start]):
        return True
    return q.unit == "天" and rx.search(r"(?:大干|奋战|会战|决战|攻坚)\s*$", sentence[: q.start]) is not None


DAMAGE_RE = re.compile(r"受损|损毁|冲毁|损坏|损失|灾害使|水毁")
# what a plan does about damage, or a limit it sets on losses: "修复水利水毁工程4255处", "救助受灾群众136万名",
# "直接经济损失…下降39.1%", "损毁土地复耕率达到35%以上" (round 160)
DEALS_WITH_DAMAGE_RE = re.compile(r"修复|修缮|重建|恢复|复耕|复垦|整治|加固|改造|治理|救助|安置|挽回|帮扶|控制|降低|减少|下降|低于|不超过|以内|以下|减轻|避免")


def is_damage_told(sentence: str, q: Quantity) -> bool:
    """What a disaster damaged or cost, told in figures, is news, not an aim: "福建全省水利设施因灾受损7000多处,损失5亿多元",
    "今年汛期的洪涝灾害使全市10座水库和18处堤防不同程度受损" — unless the clause repairs it or limits it ("全面修复739处水毁工程")."""
    start = clause_start(sentence, q, "，,；;。")
    clause = sentence[start : clause_end(sentence, q)]
    return bool(DAMAGE_RE.search(clause)) and not DEALS_WITH_DAMAGE_RE.search(clause)


def is_disruption_told(sentence: str, q: Quantity) -> bool:
    """How long a works stops and what it hits are news of a disruption, not aims: "一季度粤电厂将停止发电供气26天,冲击33家规上
    企业的生产经营" (三角镇, round 242) — though told with 将."""
    before = clause_before(sentence, q)
    if q.unit in ("天", "日", "小时", "个月") and rx.search(r"(?:停止|停产|停工|停电|停水|停气|停运|停业)[\u4e00-\u9fff]{0,4}$", before):
        return True
    return q.unit in ("家", "个", "户", "人") and rx.search(r"(?:冲击|波及)\s*$", before) is not None


def is_pool_chosen_from(sentence: str, q: Quantity) -> bool:
    """The places the aim picks from, told 在…中, are its frame, not a target: "今年河北省力争在环首都14个县(市)中,将滦平、固安
    创建成国家园林县城" (round 241)."""
    return rx.search(r"在[^，,；;。]{0,8}$", clause_before(sentence, q)) is not None and \
        rx.match(r"\s*[\u4e00-\u9fff]{0,4}(?:[（(][^）)]{1,8}[）)])?\s*(?:之)?中\s*[，,]", sentence[q.end :]) is not None


# the places that lead a ranking: "该省项目个数居前两位的为阜阳市、马鞍山市", "合肥市、阜阳市、芜湖市位居前三位"
RANKED_FIRST_RE = re.compile(r"(?:居|位居|排名|排在)(?:全省|全市|全区|全国)?(?:第一|前[一二三四五六七八九十两\d]{1,2}(?:位|名))")


def is_ranking_told(sentence: str, q: Quantity) -> bool:
    """The figures of the places that lead a ranking, each told after 分别, report the ranking, not aims: "该省项目个数居前两位的为
    阜阳市、马鞍山市,分别为356个和296个;…合肥市、阜阳市、芜湖市位居前三位,分别完成投资1141.3亿元、631亿元、613亿元" (安徽's
    projects of the half year, round 241). The places named each before its figure may be the year's plan told by rank
    ("数量排在前三位的省辖市分别是:洛阳28个项目、35206套,…", 河南's shantytowns of the year, round 229): read as the page tells them."""
    start = clause_start(sentence, q, "；;。")
    ranked = RANKED_FIRST_RE.search(sentence, start, q.start)
    return ranked is not None and rx.search(r"分别(?:为|是|达到?|完成[\u4e00-\u9fff]{0,4})?(?:\s*[\d.]+\s*[^\d、和，,]{0,4}?\s*[、和及])*\s*$",
                                            sentence[ranked.end() : q.start]) is not None


def is_size_class_of_firms(sentence: str, q: Quantity) -> bool:
    """The size firms are helped to grow to, told as a bare figure, is a class of firm like 百亿级, not an amount to reach:
    "一企一策支持依顿、粤电、得意电子等龙头骨干企业迈向50亿、100亿" (三角镇, round 242)."""
    return q.unit in ("亿", "万") and rx.search(r"企业[^，,。；;]{0,4}?(?:迈向|迈上|跨入|跻身)\s*(?:[\d.]+\s*[亿万]\s*、\s*)*$",
                                                clause_before(sentence, q)) is not None


# a digest's label over its paragraph: "【数字三——158亿元】", "【关键数字:30万吨】", a starred one "★ 细节二:300万人"
# (合肥's 十一五 page, round 169) — the figure alone after the label
DIGEST_LABEL_RE = re.compile(r"\s*【[^【】\d]{0,12}?(?:——|—|:|：)\s*[^【】]{1,16}】\s*"
                             r"|\s*[★☆◆◇■□●○▲]\s*[^\d:：★☆◆◇■□●○▲]{1,8}(?:——|—|:|：)\s*[\d.]+\s*[^\d\s，,。；;:：]{0,6}\s*")


def is_digest_label(sentence: str, q: Quantity) -> bool:
    """A digest's label gives a figure without what it measures; the paragraph under it states it: "【数字三——158亿元】" over
    "2011年,该县共引进工业项目83个,总投资158亿元" (修武's page). The paragraph's statement is the record, if any."""
    m = DIGEST_LABEL_RE.fullmatch(sentence)
    return bool(m) and q.start >= sentence.find("【")


# 最高/最多 cap the number they stand next to ("最高3000万元", "最多奖补500万元"), not a number further on
# ("最多换乘一次客运公交即可到达县城比例达到100%")
INSTRUMENT_BEFORE_RE = re.compile(r"(给予|奖补|奖励|补助|补贴|资助|贴息|奖金|一次性(?!化解|解决|办结|办成|通过|告知|办好)|(?:最高|最多)[^，,；;。]{0,6}$|上限|封顶|减免|返还|以奖代补)")
INSTRUMENT_AFTER_RE = re.compile(r"^\s*(?:以上|以下|以内)?\s*(?:的)?\s*(?:给予|奖补|奖励|补助|补贴|资助|贴息|支持|一次性)")
TARGET_VERB_RE = re.compile(r"(提高到|提高至|达到|增长|不低于|安排|争取|投入|完成|实现|新增|累计|筹集|撬动|带动|发放|吸引)")


def is_policy_instrument(sentence: str, q: Quantity, policy_package: bool = False) -> bool:
    """See :func:`_is_money_instrument`; in a policy package also how many it supports at most
    ("每年支持不超过500家")."""
    in_ratio = rx.search(r"\d\s*[:：∶]\s*$", sentence[: q.start]) or rx.match(r"\s*[:：∶]\s*\d", sentence[q.end :])
    if in_ratio and rx.match(r"(?:\s*[:：∶]\s*\d+(?:\.\d+)?)?\s*(?:的)?\s*(?:比例)?[，,]?\s*(?:进行)?[\u4e00-\u9fff]{0,6}?(承担|配套|分担|出资|匹配|负担)",
                             sentence[q.end :]):
        return True  # who pays what: "补助资金市县按1:1比例承担", "给予省级补助资金1:1配套奖励", "…1∶1的比例,进行专项资金配套"
    if rx.search(r"拿出\s*(?:不低于|不少于|至少)?\s*$", clause_before(sentence, q, with_prefix=True)) \
            and rx.match(r"\s*(?:以上)?(?:的)?[\u4e00-\u9fff]{0,6}?用于", sentence[q.end :]):
        return True  # a share of a revenue set aside: "从土地出让金收益中,拿出不低于20%专门用于农村面貌改造提升行动"
    if policy_package:
        if rx.search(r"(支持|奖励|补助|补贴|资助|奖补|认定)\s*(?:不超过|最多|至多)?\s*$", clause_before(sentence, q, with_prefix=True)):
            return True
    return _is_money_instrument(sentence, q, policy_package)


def _is_money_instrument(sentence: str, q: Quantity, policy_package: bool = False) -> bool:
    """Money and shares a policy hands out, not a level the place commits to reach:
    "给予一次性奖补100万元", "按设备购置额的10%给予奖补，最高3000万元". "居民基本医保财政补助标准
    提高到每人每年640元" and "每年安排专项资金2000万元" stay targets (a verb of reaching or spending)."""
    if not (q.unit.endswith("元") or q.unit.endswith("%") or q.unit.endswith("百分点")):
        return False
    before = clause_before(sentence, q, with_prefix=True)
    after = sentence[q.end : clause_end(sentence, q)]
    reaching = rx.search(r"(达到|突破|超过|实现|增长|提高到|提高至|提升到|提升至|增加到|迈上|跨越|力争完成|确保完成|达\s*$)", before)
    if policy_package and q.unit.endswith("元") and not reaching:
        return True  # a policy package's money is what it hands out or sets aside (安排…专项资金)
    if policy_package and rx.search(r"(补助|奖励|补贴|奖补|资助|贴息|支持)(比例|标准|额度|金额|上限)", before):
        return True  # "补助比例提高到15%"; in a plan "财政补助标准提高到每人每年640元" is a service level
    if TARGET_VERB_RE.search(before) and not rx.search(r"(给予|一次性|(?:最高|最多)[^，,；;。]{0,6}$)", before):
        return False
    if INSTRUMENT_BEFORE_RE.search(before) or INSTRUMENT_AFTER_RE.match(after):
        return True
    return bool(rx.search(r"按(?!需|期|时|季|月|年|规定|要求)(?:照)?[^，。；]{0,20}?的?\s*$", before))  # 按设备购置额的10% (not 按需归集率)


ALLOCATION_RE = re.compile(r"(安排|下达|拨付|划拨|投入|统筹|整合|筹措|筹集|设立)[\u4e00-\u9fff]{0,12}?(资金|预算|经费|财力|专项债券?|基金(?!规模))[\u4e00-\u9fff]{0,4}$"
                           r"|^(?:其中)?(财政性|建设性|自筹|配套|社会|融资)资金$"  # the parts of a list's budget: "其中财政性资金214亿元、建设性资金386亿元"
                           r"|财政[\u4e00-\u9fff]{0,4}?(安排|下达|拨付|投入|统筹)$"  # "全市财政安排230.7亿元"
                           r"|(投资概算|概算投资|投资估算|估算投资|概算总投资)(约|为)?$")  # a project's estimated cost: "全长1.38公里…投资概算1.45亿元"


# what a whole place puts into a field over a five-year plan's years, a total the plan commits to
PLAN_PERIOD_INVESTMENT_RE = re.compile(r"十[一二三四五六七]五”?(?:期间|时期)[，,]\s*全(?:省|市|县|区|州)[\u4e00-\u9fff]{1,10}?(?:预计|计划)?(?:总)?投资\s*$")


def is_budget_allocation(sentence: str, q: Quantity) -> bool:
    """Money a government sets aside, hands down or pays out is an instrument in any document, not a
    level the place commits to reach: "安排省级财政资金1042.8亿元", "每年安排专项资金2000万元",
    "下达中央预算内资金5亿元", "投入财政资金3000万元". What the money buys stays a target
    ("研发经费投入增长10%": a rate, not an amount set aside)."""
    if q.unit in ("万", "亿") and rx.search(r"(?:安排|下达|拨付|投入)了?\s*$", clause_before(sentence, q)) \
            and rx.match(r"\s*(?:专门|专项)?资金", sentence[q.end :]):
        return True  # money told without its 元: "四川省安排了1800万专门资金,将重点打造36个新农村水产示范村" (round 214)
    if not q.unit.endswith("元"):
        return False
    before = clause_before(sentence, q).strip()
    if is_sum_of_counted_projects(sentence, q) or is_years_planned_investment(sentence, q):
        return False
    if PLAN_PERIOD_INVESTMENT_RE.search(sentence[: q.start]):
        return False  # a whole field's money over a plan's years: "“十二五”期间,全省公路预计投资2650亿元" (河北, round 147)
    if rx.search(r"项目\s*\d+\s*[个项]\s*、\s*(?:年度)?计划(?:完成)?投资$", before):
        return False  # the year's money of a kind of project, after its count: "新型工业化项目789个、计划投资1246.2亿元" (贵州, round 124)
    if rx.search(r"(?:注入|安排|拨付|下达|划拨)\s*$", before) and rx.match(r"\s*(?:的)?\s*[\u4e00-\u9fff]{0,4}?(?:资金|经费|资本金)", sentence[q.end :]):
        return True  # "每年向集团注入5000万—10000万元资金", "安排3000万元专项资金"
    if rx.search(r"资金$", before) and rx.search(r"下达了?(?:20\d\d\s*年)?[^，,。；;\d]{0,24}?资金[^。；;]*$", sentence[: q.start]):
        # money handed down, its year and place between, and its parts after it: "省交通运输厅、省财政厅下达了2016年恩施农村公路
        # 精准扶贫资金34113万元,…。其中:下达撤并建制村通硬化路工程项目资金14850万元,…农村资源旅游公路项目资金7680万元" (round 246)
        # — not the local share of a sum handed down, its figure first: "下达给泸西县1471万元(其中地方配套资金292万元)" (round 248)
        return True
    if rx.fullmatch(r"(?:计划|总|预计|拟)?投资(?:约)?", before) and rx.match(r"\s*(?:以上|左右)?\s*[，,]", sentence[q.end :]):
        return True  # an item's budget before its work: "投资10亿元，五年内建成4所学校…"
    if BUDGET_RE.search(before) and not rx.search(r"(完成|实现|累计完成|力争完成|带动|撬动|吸引|拉动|争取)[\u4e00-\u9fff]{0,4}$", before) \
            and not rx.search(r"(推介|签约|招引|引进|开工|落地)", before):  # "面向民间资本推介重大项目总投资不低于2000亿元"
        return True  # "拟投入资金153万元", "准备投资2108万元", "计划总投资8400万元", "该项目估算总投资3400万元"
    return bool(ALLOCATION_RE.search(before))


def is_sum_of_counted_projects(sentence: str, q: Quantity) -> bool:
    """The total investment of a counted set of projects is an amount the plan commits to, not one
    project's size or budget: "入库项目950个、总投资2335亿元", "谋划实施总投资1530.5亿元的158个重点项目" (a set to be
    made). The sum of projects already under way is their description: "推进总投资1092亿元的139个区级重点项目"."""
    return bool(rx.search(r"\d+\s*个\s*[、，,]\s*总投资\s*$", sentence[: q.start])
                or rx.search(r"(?:谋划|实施|开工|储备|入库)\s*总投资\s*$", sentence[: q.start]) and rx.match(r"\s*的\s*\d+\s*个", sentence[q.end :]))


def is_years_planned_investment(sentence: str, q: Quantity) -> bool:
    """The investment the year's projects are to put in is a target (kind increment), not one project's budget:
    "今年开发区基础设施建设主要安排9只项目,计划投资3亿元", "今年安排重点项目9个,计划投资3亿元", "年度计划投资120亿元", "当年计划完成投资6.2亿元",
    "今年河北将在…等六个领域计划投资12135亿元"."""
    # (its total: "实施83个重点建设项目,年度计划总投资296.19亿元", 沙坪坝, round 158)
    planned = r"计划(?:完成)?(?:(?<=年度计划)总)?投资\s*(?:约|达|为)?\s*$"
    arranged = r"安排\s*(?:\d+\s*[个只项]\s*(?:[\u4e00-\u9fff]{0,4}项目)?|[\u4e00-\u9fff]{0,6}项目\s*\d+\s*[个只项])\s*[，,]\s*"
    # the fields the year's investment goes to: "今年河北将在交通设施建设、…等六个领域计划投资12135亿元"
    fields = r"(?:今年|全年|年内)[^。；;]{0,80}?(?:领域|方面)\s*"
    # a class of the year's projects, counted, then what it is to put in: "181个项目中有重大基础设施类61个,计划投资461亿元"
    # (or roads counted with their length: "全县共实施农村公路项目68条286公里,计划投资22026万元", a county's rural roads, round 188)
    counted = r"(?:类\s*\d+\s*[个项]|\d+\s*条\s*\d+(?:\.\d+)?\s*(?:公里|千米))\s*[，,]\s*"
    # the money the year's aims set: "根据今年的目标,交通运输计划投资462亿元,其中高速公路建设计划投资280亿元" (河南, round 147)
    aims = r"(?:今年|全年|年度)的?(?:目标|计划)\s*[，,][^。；;]{0,30}?"
    # (a province by its short name: "今年山东将投入52.6亿元用于农村电网的建设改造", round 203)
    short = rx.search(r"(?:今年|全年|年内)\s*[，,]?\s*([\u4e00-\u9fff]{2,3})还?将\s*(?:投资|投入)\s*(?:约|达)?\s*$", sentence[: q.start])
    if short and is_place_name(short.group(1)):
        return True
    if rx.search(r"(?:(?:今年|全年|年内)\s*[，,]?\s*[\u4e00-\u9fff]{1,8}?[省市县区旗州]|(?:^|[，,。；;])\s*[\u4e00-\u9fff]{2,4}(?:今年|全年|年内))\s*还?(?:将|计划|拟)\s*(?:计划)?(?:投资|投入)\s*(?:约|达)?\s*$",
                 sentence[: q.start]):
        return True  # the year's money, its place the subject: "今年,抚顺市计划投资3.5亿元,建设…", "今年青海省将投资5.63亿元用于…",
        # "北京今年还将投资53.99亿元用于…" (rounds 153, 155, 156)
    if rx.search(r"项目\s*\d+\s*[个项]\s*[，,]\s*拟安排(?:资金|投资)?\s*$", sentence[: q.start]):
        return True  # a year's investment plan by its classes of projects: "教育项目27项,拟安排10.1亿元" (郑州, round 93)
    # or the year's, after the set's total: "…安排200项,总投资6000.81亿元,年计划投资1085.49亿元" (江西, round 97)
    return bool(rx.search(rf"(?:(?:年度|当年|全年|今年|年内|本年|(?<=[，,])年)\s*|{arranged}|{fields}|{counted}|{aims}){planned}", sentence[: q.start]))


# money a document plans to spend on its items; "全年完成投资4.5亿元" is a result it commits to and stays
BUDGET_RE = re.compile(r"(?:拟|准备|计划|预计|预算|估算|概算|总)\s*(?:总)?(?:投入|投资|安排)(?:资金|金额|经费|额)?\s*(?:约|达|共|为|近)?$"
                       r"|(?:^|[的、])项目(?:总)?投资(?:约|为)?$|总投资(?:将)?(?:约|为|达|共计|共|超)?$")


def is_attendance(sentence: str, q: Quantity) -> bool:
    """Who came to a meeting, as a news page of a people's congress counts them: "本次大会应到代表155人，
    实到144人", "出席会议的代表356名", "…技术员共计25人参加了会议"; and the bodies taking part in a list,
    "共38家单位参与"."""
    before = clause_before(sentence, q)
    if q.unit in ("家", "个") and rx.match(r"\s*(?:单位|部门)\s*(?:共同)?(?:参与|参加)", sentence[q.end :]):
        return True  # who takes part in the list: "2025年的10件重点民生实事共38家单位参与"
    if q.unit in ("家", "个", "名", "位") and rx.match(r"\s*(?:与会|参会|到会)", sentence[q.end :]):
        return True  # who came: "向中央、省市级13家与会媒体记者全面介绍…" (黑龙江's grid, round 211)
    if q.unit in ("人", "名", "位") and rx.match(r"\s*(?:[\u4e00-\u9fff]{0,8}?(?:代表|委员|党员|干部))?(?:参加|出席|列席)(?:了)?(?:会议|大会|座谈会|培训)",
                                                sentence[q.end :]):
        # "各国有林场负责人、技术员共计25人参加了会议", "镇人大主席周少华等76名镇人大代表出席会议" (常平镇, round 242)
        return True
    if q.unit in ("个", "家") and rx.search(r"(?:负责人|领导|代表)[^。；;]*?(?:参加|出席|列席)了?(?:会议|大会)\s*。?\s*$", sentence[q.end :]):
        return True  # the bodies whose heads came: "省内31个国家全域旅游示范区创建单位分管领导参加了会议" (湖南, round 126)
    return q.unit in ("人", "名", "位") and bool(rx.search(r"(应到|实到|出席|列席|到会|缺席|参会)", before))


# (and what is surveyed: "深入摸排全省130个各级各类园区", 黑龙江's grid, round 211)
EXISTING_BEFORE_RE = re.compile(rf"(围绕|依托|立足|针对|结合|按照|根据|对标|面向|聚焦|覆盖|涉及|包括|摸排|{SELF_SCOPE_ALT})\s*(?:{SELF_SCOPE_ALT})?\s*$")


def _names_places_before(before: str) -> bool:
    """"推动呼和浩特、鄂尔多斯、满洲里": two or more place names in a 、 list right before a count."""
    items = rx.sub(r"等\s*$", "", before).split("、")
    if len(items) < 2:
        return False
    items[0] = rx.sub(r"^.*?(?:推动|推进|支持|建设|发展|打造|依托|围绕|在)", "", items[0])
    return all(1 <= len(x) <= 6 and is_place_name(x) for x in items)


# a sentence or a clause that opens on what a place has: "全市共有…", "我县现有…", "全市现在有…", a news page's lede on
# one town: "本报讯(记者 熊筱伟)资阳市安岳县龙台镇有电商企业逾200家" (四川, round 170)
# (the place perhaps told by its parts: "全市五县两区共有乡镇113个,行政村2586个" (天水, round 254))
INVENTORY_RE = re.compile(r"\s*(?:全[省市区县州镇]|我[省市区县州镇]|[\u4e00-\u9fff]{2,4}?[省市区县州])?(?:[一两二三四五六七八九十\d]{1,2}[县区市旗]){0,2}(?:目前|现)?(?:共有|现有|现在有|目前有)"
                          r"|\s*(?:本报讯\s*[(（][^)）]{0,16}[)）])?\s*[\u4e00-\u9fff]{2,6}[市县][\u4e00-\u9fff]{2,6}?[镇乡]有(?![望序效力关所机利益助])")
# a sentence that opens on a place's own name and 有: "湘乡市有中小水库180座,大小山塘64000多口" (湘乡, round 185) — not a part's
# share after 其中 ("其中,青秀区有15个、西乡塘区60个"), nor 每个社区有1处
PLACE_HAS_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?[省市县区州])有(?![望序效力关所机利益助着线])")


def is_existing_count(sentence: str, q: Quantity) -> bool:
    """A count of what already exists, named to say where work goes: "围绕37条产业链和40个产业集群",
    "聚焦37个县域特色产业", "全市8个县（市、区）", "壮大13条重点产业链" (the designated chains made
    stronger, not new ones). A chosen range stays a target: "聚焦2—3个主导产业"."""
    starts = [0] + [m.end() for m in rx.finditer(r"[，,；;]", sentence[: q.start])]
    has = PLACE_HAS_RE.match(sentence)
    # (a year told after the figure's clause is the next thing the sentence tells: "…农村总户数745621户,2014年底光缆通达乡镇23个")
    if (any(INVENTORY_RE.match(sentence, i) for i in starts) or has and is_place_name(has.group(1))) \
            and not rx.search(AIM_WORDS, sentence) and not rx.search(r"20\d\d\s*年", sentence[: clause_end(sentence, q)]):
        # a place's stock told as a sentence, or from a clause on: "全市共有1268个景区景点,国家A级旅游景区13家,其中4A级旅游景区3家"
        # (浏阳, round 126), "在末端也就是用户端,全市现在有天然气用户559万户,液化石油气用户52万户,一共是611万户" (天津, round 127)
        return True
    before = clause_before(sentence, q)
    if q.unit in ("条", "个") and rx.search(r"(壮大|做强|做优|做大|巩固|延伸|强化|提升|重点发展)(?:[^，,；;。]*(?:和|、|及))?\s*$", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,8}?(?:产业链|产业集群|集群)", sentence[q.end :]):
        return True  # "做优做强5个国家先进制造业集群", "重点发展12条制造业产业链" (the designated chains)
    if rx.search(r"(支持|强化|帮扶|指导)\s*$", before) and rx.match(
            r"\s*[\u4e00-\u9fff]{0,8}?(?:县域|县（市）|县\(市\)|县（市、区）|县|乡镇)(?=率先|高质量|发展|振兴|加快|创建|[，,。；;、]|$)", sentence[q.end :]):
        return True  # the places helped: "支持29个扩权赋能县（市）率先高质量发展", "强化39个欠发达县域托底性帮扶"
    if rx.search(r"为[^，,；;。为]{0,12}$", before) and rx.match(r"[^，,；;。]{0,10}?配套的", sentence[q.end :]):
        return True  # what works serve, not what is built: "抓紧推进为滨州电铁4个牵引站配套的7个相关电网工程" (黑龙江, round 211)
    if rx.search(r"(?:可开发|可开采|可利用|蕴藏)(?:容量|储量|资源量|量)|理论储量", before):
        return True  # what nature holds, not what will be built: "新能源远景可开发容量达1.5亿千瓦以上" (云南, round 212)
    if q.unit == "园" and sentence[q.end : q.end + 1] == "区":
        return True  # a park's name, not a count: "实施751园区老旧厂房更新改造" (北京朝阳, round 171)
    if q.unit == "个" and rx.search(r"提升\s*$", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,4}?(?:乡镇|镇|村|社区|街道|县)[\u4e00-\u9fff]{0,4}?水平", sentence[q.end :]):
        return True  # the level of designated places raised: "将重点提升300个试点镇建设水平" (四川, round 170)
    if q.unit == "个" and rx.match(r"\s*[\u4e00-\u9fff]{0,6}?县域(?:托底|帮扶|发展|振兴|经济|高质量|率先)", sentence[q.end :]):
        return True  # county areas helped, not things built: "提升39个欠发达县域托底性帮扶质效" ("建设20个县域医疗次中心" stays)
    if q.unit in ("个", "家") and rx.search(r"(推动|推进|支持)(?:[^，,；;。]*、)?\s*$", before) and rx.match(
            r"[^，,；;。]{0,30}?(?:提质升级|提档升级|提升能级|提质增效|提能升级)", sentence[q.end :]):
        return True  # designated ones upgraded: "推动7个国家物流枢纽、4个国家骨干冷链物流基地提质升级"
    if q.unit in ("个", "项") and rx.search(r"(加快|推进|加速|推动)[^，,；;。]*等\s*$", before) and rx.match(r"\s*在建(?:项目|工程)", sentence[q.end :]):
        return True  # named projects under way, pushed on: "加快廊坊热电、丰宁抽水蓄能电站等6个在建项目建设进度"
    place_then_etc = rx.search(r"([\u4e00-\u9fff]{2,6})等\s*$", before)
    if q.unit in ("个", "家", "条") and place_then_etc and rx.match(r"\s*(?:国家|省级|省|市级|市(?!场))", sentence[q.end :]) and any(
            is_place_name(place_then_etc.group(1)[i:]) for i in range(len(place_then_etc.group(1)) - 1)):
        return True  # designated places named by their first: "加快洛阳等10个国家物流枢纽建设"
    if q.unit == "个" and rx.search(r"(推进|支持|推动)\s*$", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,10}?(?:重点|示范|试点)(?:县|市|区|乡镇|村)(?![域划级属直])(?![\u4e00-\u9fff]{0,2}(?:建设|创建))", sentence[q.end :]):
        return True  # designated counties: "推进66个粮食产能提升重点县…建设"
    if q.unit == "个" and rx.match(r"\s*(?:国家级?|省级)", sentence[q.end :]) and not rx.search(r"建设|项目|创建", rx.split(r"[，,；;。]", sentence[q.end :])[0]) and (
            rx.search(r"(推进|支持|推动|发挥)(?:[^，,；;。]*[、和])?\s*$", before) or (not before.strip() and rx.search(r"(运行|开展|发挥)", sentence[q.end :].split("，")[0]))):
        return True  # designated ones worked with: "支持3个国家级保种场", "6个省级区域医疗中心高效运行"
    if q.unit == "个" and _names_places_before(before):
        return True  # the length of a list of places: "推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展"
    if rx.search(r"对接(?:全国|国家|全省|全市|省|市)?\s*$", before):
        return True  # another's set worked with: "深度对接省20个战略性产业集群建设"
    if q.unit == "个" and rx.match(r"\s*(?:设区市|地市|市州|县（市、区）|县\(市、区\)|县区|区县|县市区|市县)(?=均|都|陆续|中|今年|已|目标|将|纷纷|[，,])", sentence[q.end :]):
        return True  # the places a page tells of, counted: "全省11个设区市陆续进入“两会时间”", "9个设区市目标增速锚定5.5%左右"
    if q.unit == "个" and rx.search(r"全(?:省|市|州|区)\s*$", before) and rx.match(r"\s*(?:县\s*[（(]\s*(?:市、)?区\s*[)）]|县区|区县|县市区|县（市）|县\(市\))", sentence[q.end :]):
        return True  # all the counties of the place: "今年全省75个县(区)脱贫攻坚农村饮水安全巩固提升工程项目概算总投资为25亿元"
    if q.unit == "个" and rx.search(r"中\s*[，,]\s*有\s*$", sentence[: q.start]):
        return True  # how many of them: "11个设区市中,有9个目标增速设置在5.5%左右"
    if q.unit == "个" and rx.match(r"\s*(?:县|市|区|县（市、区）|县\(市、区\))[\u4e00-\u9fff]{0,12}?占[\u4e00-\u9fff]{0,6}?(?:比重|比例)", sentence[q.end :]):
        return True  # whose share it is: "72个县工业增加值占全省比重达到68%" (the 68% is the target)
    if q.unit == "个" and rx.match(r"\s*(?:县|市|区|县（市）|县\(市\)|县（市、区）|县\(市、区\))[\u4e00-\u9fff]{0,12}?(?:总产值|产值|增加值|生产总值|营业收入)\s*(?:将)?(?:达到|达|突破|超过)", sentence[q.end :]):
        return True  # whose amount it is: "我省76个县(市)主导产业总产值将达1.7万亿元" (the 1.7万亿元 is the target)
    if q.unit in ("项", "个") and rx.search(r"深入实施\s*$", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,8}?(?:试点|改革|任务|工程|行动|举措|措施)", sentence[q.end :]):
        return True  # a set already under way, carried on: "深入实施34项改革试点任务", "深入实施15项重大工程"
    if q.unit == "个" and q.comparator == "=" and rx.match(r"\s*(?:重点|核心)?片区(?:建设|开发|更新|提升)(?!项目)", sentence[q.end :]) \
            and rx.search(r"(?:示范区|新区|园区|开发区|高新区)\s*$", before) and not rx.search(r"(新建|建成|打造|规划|培育|启动|谋划|新增|完成)", before):
        return True  # the areas of a zone worked on: "加快公园城市示范区24个重点片区建设" ("完成12个片区更新改造" stays)
    if rx.match(r"\s*(?:处)?\s*(?:国保|省保|市保|县保|文物保护)单位", sentence[q.end :]):
        return True  # listed heritage sites kept: "守护、利用好531处国保单位"
    if q.unit == "个" and rx.match(r"\s*[\u4e00-\u9fff]{0,6}?项目中(?:有|包括)", sentence[q.end :]):
        return True  # the whole the year's projects are counted from: "181个项目中有重大基础设施类61个"
    if q.unit in ("项", "个") and rx.search(r"(?:纳入|列入)[^，,；;。]{0,16}$", before) and rx.match(r"[^，,；;。]{0,12}?(?:的)?(?:项目)?全部", sentence[q.end :]):
        return True  # a listed set, all of it to be done: "纳入国家“十四五”规划102项重大工程的项目全部开工"
    if q.unit == "个" and rx.match(r"\s*[\u4e00-\u9fff]{0,6}?项目(?:年内|今年|全年)?(?:要|将)?(?:完成|计划)(?:完成)?投资", sentence[q.end :]):
        return True  # the projects whose investment is the target: "120个重点项目年内要完成投资200亿元"
    if rx.search(r"目前[)）]?\s*(?:我们|我省|我市|全省|全市)?(?:已)?有[^，,；;。]{0,16}$", before):
        return True  # what there is now, told in an interview: "(目前)我们有100个示范点 175家申报的企业"
    # (not the work done on what exists: "逐步改造现有油茶林1100万亩", 江西, round 205)
    if rx.search(r"(?:现有|现存)[\u4e00-\u9fff]{1,8}$", before) and not rx.search(r"(?:现有|现存)[\u4e00-\u9fff]*?(?:基础上|之外|以外|再|新增|新建|增加|达到|提高|扩大)", before) \
            and not rx.search(r"(?:改造|提升|改良|整治|修缮|加固|更新|维修|改建)\s*(?:现有|现存)", before):
        return True  # the stock there is, named before its count: "郑州市区现有公厕1332座" (round 97)
    if rx.match(r"\s*目前", sentence) and not rx.search(r"将|要|力争|争取|确保|计划|预计|目标|到\s*20\d\d", sentence):
        # a sentence on where things stand: "目前,规划建设的2090公里高速公路中,在建1081公里;…还有790公里没有启动" (辽宁, round 97),
        # "目前全区签约重点项目186项,签约金额3079.68亿元" (内蒙古, round 99)
        return True
    if q.unit in ("项", "个") and rx.search(r"(?:以上|以下|亿元|万元)的有\s*$", before):
        return True  # a list broken down by size: "项目总投资100亿元以上的有10项,50-100亿元的有17项" (江西, round 97)
    if rx.match(r"[^，,；;。]{0,10}之一", sentence[q.end :]):
        return True  # one of a set: "确定为开展…试点的4个省份之一"
    m = EXISTING_BEFORE_RE.search(before)
    if not m and rx.search(r"(围绕|依托|立足|聚焦)", before) and rx.search(r"[\d.]+\s*[^\d，。；、]{0,6}\s*(和|及|、)\s*$", before) \
            and not rx.search(r"(建设|新建|建成|实施|打造|培育|新增)", before):  # "围绕产业需求布局建设5条铁路专用线、26条产业路" builds
        m = True  # the second of a pair: 围绕37条产业链和40个产业集群
    if not m:
        return False
    word = m.group(1) if m is not True else "围绕"
    if word == "包括" and rx.search(r"其中\s*包括\s*$", before):
        return False  # the parts of a total just stated: "新建、改扩建200座旅游厕所,其中包括65座A级以上景区厕所" (河北, round 213)
    if word == "覆盖" and q.unit.endswith("%"):
        return False  # a share covered is a level: "优质公办幼儿园覆盖95%乡镇"
    if word == "覆盖" and not rx.match(r"\s*(?:口|人口)?\s*(?:以上|以下)", sentence[q.end :]) and (
            q.unit[-1:] in ("户", "人") or rx.search(r"实现[^，,；;。]{0,12}覆盖\s*$", before)):
        return False  # the homes or people a network is to reach: "实现千兆光纤网络覆盖6200万户家庭" (浙江, round 203)
    if word in ("聚焦", "覆盖", *SELF_SCOPE_WORDS):
        if q.upper is not None or q.comparator in ("~", ">="):
            return False  # 聚焦2—3个主导产业, 覆盖50个以上
        places = rx.match(rf"\s*(?:个)?\s*{PLACE_NOUNS}(?:[（(][^）)]{{0,12}}[）)])?+(?![级域城属直])(?:$|(?=[^\u4e00-\u9fff])|(?=[的和及与等]))", sentence[q.num_end :])
        # "全市8个县（市、区）" counts places; "全县10个乡镇公办福利院" counts the homes, a place names their kind
        if word.startswith(("全", "我")) and (q.unit.endswith("%") or not (places or q.unit in ("县", "镇", "村"))):
            return False  # 全市新增…: a scope word, not a count of places
    return True


# an aspect particle may stand between the verb and the number: "《方案》明确了4项重点工作"
# (and a quality between: "提出有创新突破和可操作性的19条具体任务")
CONTENTS_RE = re.compile(r"(明确|细化|提出|包括|包含|涉及|分解|列出|制定|梳理|出台|共有|分为|形成|部署)\s*了?\s*(?:[\u4e00-\u9fff]{2,14}的)?\s*$")


# how many areas a plan's work falls into: "6个方面", "四个方面"
AREAS = r"(\d+|[一二三四五六七八九十]+)\s*个方面"


def counts_document_contents(sentence: str, q: Quantity) -> bool:
    """How many tasks or measures a document holds, not a target: "《…任务分解》明确133项具体任务",
    "细化15项具体任务", "出台20条政策措施"."""
    before = clause_before(sentence, q)
    if q.unit in ("个", "项") and (rx.match(r"\s*[\u4e00-\u9fff]{0,4}?\s*指标", sentence[q.end :])
                                  or rx.search(r"(?:预期性|约束性|主要)指标\s*$", before)):
        return True  # a plan's count of its own indicators: "其中20个预期性指标、8个约束性指标", "预期性指标19项",
        # "4个结构性指标均实现10%以上增长"
    if q.unit in ("项", "条") and rx.match(r"\s*[\u4e00-\u9fff]{0,4}?(?:举措|措施|政策)", sentence[q.end :]):
        return True  # a programme's measures: "实施稳经济30项举措", "实施法治化营商环境100项提升举措"
    if q.unit in ("个", "项", "条") and rx.search(r"(?:分为|包括|涵盖|由)", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,8}?(?:政策|举措|措施)(?=[、和及与，,；;。]|$)", sentence[q.end :]):
        return True  # the parts of a policy system: "分为1个民营经济品牌政策、3个产业专项政策和1个人才支撑政策"
    if q.unit == "个" and rx.match(r"\s*(?:阶段性|阶段)目标", sentence[q.end :]):
        return True  # a plan's stages: "按照2023、2025、2027三个时间节点,设立三个阶段性目标——"
    if rx.search(r"(?:划分为|分为|分成)[^，,。；;]*、[^，,。；;]*$", before):
        return True  # the kinds a scheme names, counted after them: "划分为基本型、增强型、提升型三个"
    if q.unit == "部" and rx.match(r"门[\u4e00-\u9fff]{0,4}?(?:联合|共同)?(?:印发|发布|出台|制定)", sentence[q.end :]):
        return True  # the issuers of a document: "山西省商务厅等10部门日前联合印发《…实施方案》"
    if q.unit == "项" and rx.match(r"\s*(?:重点|主要|具体)(?:[\u4e00-\u9fff]{1,4}?)?(?:任务|工作)", sentence[q.end :]) \
            and not rx.search(r"(?:完成|实施|办好|推进)\s*$", clause_before(sentence, q)):
        return True  # how many tasks a part of a report holds: "抓实县城补短板、强弱项17项重点任务", "落实省上确定的20项重点旅游工作"
    if q.unit == "个" and rx.match(r"\s*(?:相关|有关)?(?:部门|单位)(?:共同|联合)?(?:编制|制定|起草|印发|发布)", sentence[q.end :]):
        return True  # the departments that drew a plan up: "会同农业农村厅、…、财政厅等38个相关部门编制"
    if q.unit == "项" and rx.match(r"\s*[\u4e00-\u9fff]{0,8}?考核指标", sentence[q.end :]):
        return True  # the indicators an assessment holds: "对32项县域经济考核指标进行了分析"
    if q.unit == "条" and rx.search(r"(机制|政策|措施|举措|创新|改革|办法|意见)\s*$", before):
        return True  # measures named by their topic: "优化工商业电价机制12条", "抓实能源科技创新9条"
    if q.unit.endswith("类") and rx.match(r"\s*(?:问题|风险|隐患|事项|情形)", sentence[q.end :]):
        return True  # kinds of problems looked for: "开展7大领域101类问题排查"
    if q.unit in ("项", "个") and rx.search(r"(?:做好|抓好|突出抓好)\s*$", before) and rx.match(r"\s*(?:方面)?(?:重点|主要)?工作", sentence[q.end :]):
        return True  # the parts of a report's tasks: "今年重点做好11项工作", "重点做好七个方面工作"
    if q.unit == "件" and rx.match(r"\s*事", sentence[q.end :]) and rx.search(r"[、和]", before):
        return True  # the tasks just named, counted: "突出抓好渔船“木改钢”、化工老旧装置改造和矿山全面排查整治3件事"
    if q.unit in ("个", "项") and rx.match(r"\s*[\u4e00-\u9fff]{0,10}方案", sentence[q.end :]) and rx.search(r"(实施|制定|出台|印发|编制)", before):
        return True  # the programmes a report counts: "实施…行动和12个重点产业稳增长方案"
    if q.unit in ("个", "项") and rx.match(r"\s*[\u4e00-\u9fff、]{0,20}等(?:重点)?(?:专项)?规划", sentence[q.end :]) and rx.search(r"(落实|实施|编制)", before):
        return True  # the plans a department carries out: "深入落实“十四五”14个战略性新兴产业、未来产业等重点规划"
    if q.unit in ("项", "条", "件") and rx.search(r"[（(]\s*(?:共|计|合计)\s*$", sentence[: q.start - q.prefix_len]) and rx.match(r"\s*[）)]", sentence[q.end :]):
        return True  # a title's count of its items: "区政府2024年重点工作目标任务分解落实方案(共118项)"
    if q.unit in ("个", "项") and rx.search(r"(?:(?:明确|提出|设定|确定|包括|列出)了?|^)\s*$", before) \
            and rx.match(r"\s*(?:主要|量化|具体)?(?:预期)?(?:目标|指标)", sentence[q.end :]):
        return True  # how many targets a plan sets: "《计划》明确了10个主要预期目标", a digest's "10个主要预期目标,", "明确提出72个量化目标"
    if q.unit in ("项", "条", "个") and rx.search(r"(?:分解|细化|梳理)(?:为|成|出)\s*$", before) \
            and rx.match(r"\s*(?:具体|重点|主要)?(?:任务|事项|工作|举措)?\s*(?:[，,。；;]|$)", sentence[q.end :]):
        return True  # the parts a division of tasks makes: "将《政府工作报告》的工作部署分解为160项"
    # "现将《政府工作报告》2023年6个方面243项工作任务予以分解": the tasks of N areas
    if not (CONTENTS_RE.search(before) or rx.search(AREAS + r"\s*$", before)):
        return False
    return bool(rx.match(r"\s*(?:以上|左右)?\s*(?:具体|重点|主要|项)?\s*(任务|措施|政策|举措|事项|条款|指标|意见|要求|工作)", sentence[q.end :]))


def counts_listed_deeds(sentence: str, q: Quantity) -> bool:
    """How many deeds a list of 民生实事 holds, not a target of its own: "2025年海州区50件民生实事",
    "今年该区将做好…的10项实事", "为群众办好32件身边事", "今年我县共10个项目被列入2026年政府民生实事
    项目", "确定2017年县政府民生实事项目为10项", "今年西城区政府为群众拟办的实事有22件" — its items carry the targets."""
    if q.unit not in ("件", "项", "个", "大", ""):
        return False
    after = sentence[q.end :]
    if q.unit in ("件", "项") and rx.match(r"\s*(?:重点|重大)?(?:(?:民生|惠民|为民|民心)?\s*(?:实事|身边事|好事实事)|(?:民心|民生)工程)", after):
        return True
    if rx.match(r"\s*(?:个)?\s*(?:实事)?项目\s*(?:被)?(?:列入|纳入|确定为)[^，,；;。]{0,20}(?:实事|民生)", after):
        return True
    before = clause_before(sentence, q)
    # "…实事项目为10项", "今年西城区政府为群众拟办的实事有22件"
    return q.unit in ("件", "项", "个") and bool(rx.search(r"(?:(?:实事|惠民|民生)(?:工程)?项目|实事)\s*(?:为|共|共有|有|计)\s*$", before))


PLACE_NOUNS = r"(?:州\(市\)|州（市）|市\(州\)|市（州）|乡镇|乡|镇|街道|村|行政村|社区|县区|县（市、区）|县\(市、区\)|县市区|区县|县|区|市|片区)"


def is_place_of_work(sentence: str, q: Quantity) -> bool:
    """Where the work is done or who benefits, not what is built: "在17个乡镇(街道办)硬化道路10万平方米",
    "惠及17个乡镇(街道办)", "在39个村改造升级10千伏线路", "覆盖12个县区". The number counts the places
    named after it; what is done in them is the target, as when each of them does it: "5个地级市分别打造1—2家标准化养老
    机构", or where they lie: "剩余37个乡镇均处于在建公路重点项目沿线". A chosen number stays: "覆盖50个以上村"."""
    each = rx.match(rf"\s*(?:个)?\s*(?:地级市|市州|州市|{PLACE_NOUNS})\s*(?:分别|各自?|均|都)\s*(?:[\u4e00-\u9fff]{{1,12}}?\d|处于|位于)", sentence[q.num_end :])
    if each and q.unit in ("个", ""):
        return True  # the places each doing the work: "5个地级市分别打造1—2家标准化养老机构"
    if q.unit == "个" and (_scopes_an_aim_in_its_clause(sentence, q) or _places_doing_an_aim(sentence, q) or _places_whose_share_is_the_aim(sentence, q)):
        return True
    if q.unit == "个" and rx.match(r"\s*(?:个)?\s*[\u4e00-\u9fff]{0,4}?(?:小区|乡镇|村|社区|街道)\s*\d+(?:\.\d+)?\s*(?:万|千)?(?:公里|米|平方米|亩|座|处|户|套|盏|台|条)",
                                   sentence[q.num_end :]) \
            and not rx.match(r"\s*(?:个)?\s*[\u4e00-\u9fff]{0,4}?(?:续建|新建|在建|回迁|安置)[\u4e00-\u9fff]{0,2}?小区", sentence[q.num_end :]):
        # (not homes being built, counted: "完成大挨金、小挨金、四王等9个续建回迁小区5400套回迁房屋的建设工作", 沈阳铁西区, round 225)
        return True  # the places of the work the next figure measures: "推进43个小区86公里供热管道改造" (北京朝阳, round 171)
    if not rx.match(rf"\s*(?:个)?\s*{PLACE_NOUNS}(?![级域城属直民委政办])", sentence[q.num_end :]) and q.unit not in ("村", "镇"):
        return False
    if q.unit not in ("个", "村", "镇", ""):
        return False
    before = clause_before(sentence, q)
    if rx.search(r"(?:惠及|辐射|遍及|覆盖到|分布在|分布于|涉及)\s*$", before):
        return q.upper is None and q.comparator == "="
    if before.rstrip().endswith("在"):
        rest = sentence[q.num_end :]
        m = rx.match(rf"\s*(?:个)?\s*{PLACE_NOUNS}(?:[（(][^）)]{{0,12}}[）)])?", rest)
        tail = rest[m.end() :] if m else ""
        # "在39个村改造升级…": the places, then the work done in them
        return bool(m) and bool(rx.match(r"\s*(?:范围内|内|中|里)?\s*[\u4e00-\u9fff]", tail))
    return False


# a figure with its unit, not a name that holds a digit ("5G")
FIGURE_RE = re.compile(r"\d(?:\.\d+)?\s*(?![\dA-Za-z.])")


# what an aim does, so a 在 phrase holding one of these is the aim itself, not where it is done
AIM_VERB_RE = re.compile(r"建|改|增|完成|实施|打造|创建|培育|开展|推进|推动|实现|达到|提升|提高|培养|引进|发展|落实|组织|举办|设立|安排|投入")


def _scopes_an_aim_in_its_clause(sentence: str, q: Quantity) -> bool:
    """Places counted inside a 在 or 从 phrase that sets where an aim is done, the aim's own figure later in the
    same clause: "在全省13个市州61个县区农村义务教育中小学新建、改扩建食堂400个", "在全省除23个重点帮扶县以外的
    其他65个县…新建…宿舍900套", "在义务教育学位供给矛盾突出的14个市州政府所在地主城区增补…学位20000个" (甘肃, round 170),
    "从参与“两个一批”计划的300个试点镇中评选出100个镇" (四川, round 170). A count right after 在 is the branch of
    :func:`is_place_of_work` ("在3000个小区设置智能回收机" stays, its count the target), and a count the phrase already
    acts on stays: "在全县新建10个村级服务站"."""
    before = clause_before(sentence, q)
    scope = rx.search(r"(?:在|从)([^在从]+)$", before)
    if not scope or AIM_VERB_RE.search(scope.group(1)) or not FIGURE_RE.search(sentence[q.end : clause_end(sentence, q)]):
        return False
    after = sentence[q.num_end :]
    if scope.group(1).endswith("除"):
        return bool(rx.match(r"\s*(?:个)?[^，,；;。]{0,12}?(?:以外|之外)", after))  # the places left out: "除23个重点帮扶县以外"
    return bool(rx.match(rf"\s*(?:个)?\s*[\u4e00-\u9fff]{{0,4}}?(?:市州|{PLACE_NOUNS})(?![级域城属直民委政办])", after))


def _places_whose_share_is_the_aim(sentence: str, q: Quantity) -> bool:
    """Places counted at a clause's opening, whose rate the clause then sets: "全省16个州(市)所在城市和重要县城供水保证率
    提高到97%以上" (云南's water works, round 186) — the 97% is the aim, the 16 the places it holds in."""
    if not rx.fullmatch(r"\s*(?:全(?:省|市|县|区|州))?\s*", clause_before(sentence, q)):
        return False
    rest = sentence[q.num_end : clause_end(sentence, q)]
    return bool(rx.match(rf"\s*(?:个)?\s*{PLACE_NOUNS}", rest)) and rx.search(r"\d\s*[%％]", rest) is not None


def _places_doing_an_aim(sentence: str, q: Quantity) -> bool:
    """Places counted as the subject of an aim that has its own figure: "为此,300个试点镇全年将完成基础设施项目建设投资
    130亿元" (四川, round 170) — the 130亿元 is the target; or whose aims follow: "30个强县发展的指导目标是,…到2007年国内
    生产总值年均增长速度高于全省平均水平3个百分点以上" (山东, round 171)."""
    if clause_before(sentence, q).strip():
        return False
    if rx.match(rf"\s*(?:个)?\s*[\u4e00-\u9fff]{{0,8}}?{PLACE_NOUNS}(?:发展)?的?(?:指导|主要|发展)?目标(?:是|为)", sentence[q.num_end :]):
        return True
    aim = rx.match(rf"\s*(?:个)?\s*[\u4e00-\u9fff]{{0,4}}?{PLACE_NOUNS}(?![级域城属直民委政办])[^，,；;。]*?(?:将|要|力争|计划)", sentence[q.num_end :])
    return bool(aim) and FIGURE_RE.search(sentence[q.num_end + aim.end() : clause_end(sentence, q)]) is not None


def is_dimension(sentence: str, q: Quantity) -> bool:
    """A project's dimensions, not what it commits to: "路基宽度24米", "实施2×4.5米人行道+15米沥青路面
    机动车道", "直径1.2米", a machine's reach "购买70米消防登高台车"."""
    before = sentence[max(0, q.start - q.prefix_len - 6) : q.start - q.prefix_len]
    if rx.search(r"(?:[×＋+]|\d\s*[xX])\s*$", before) or rx.match(r"\s*[×]", sentence[q.num_end :]):
        return True
    if q.unit in ("米", "厘米", "毫米", "公分") and rx.search(r"(宽度|宽|高度|高|深度|深|厚度|厚|直径|半径|跨径|管径|口径|层高)\s*(?:约|为|达)?\s*$", before):
        return True
    if q.unit in ("米", "厘米", "毫米") and rx.match(r"\s*(?:宽|高|深|厚)的?", sentence[q.end :]):
        return True  # the size after its number: "土公路就要换成4.5米宽的水泥路" (湖南's rural-road page)
    if q.unit in ("公里", "千米", "米") and rx.search(r"这(?:条|段|座)\s*$", before) and rx.match(r"\s*长的", sentence[q.end :]):
        return True  # the length of a work shown, not one to build: "这条30公里长的生态示范文化走廊从“畅”到“优”" (福建, round 219)
    if q.unit in ("米", "米级") and rx.match(r"\s*(?:级)?\s*[\u4e00-\u9fff]{0,6}?(?:车|艇|船|云梯|塔吊|钻机)(?![\u4e00-\u9fff]{0,2}(?:道|位|站|场))", sentence[q.end :]):
        return True  # the reach of a machine bought: "购买70米消防登高台车" (not "新建非机动车道40米", "停车位")
    return is_floor_area(sentence, q)


AREA_UNITS = ("平方米", "万平方米", "平米", "亩", "万亩", "公顷", "平方公里", "㎡")


def is_floor_area(sentence: str, q: Quantity) -> bool:
    """A project's site and floor area is its size, not what it commits to: "占地132亩，总面积19.17万
    平方米", "占地面积约5390平方米，地上建筑面积601.16平方米", "总建设面积14000平方米". Areas a plan
    commits to build or treat stay: "新增绿化面积100万平方米", "改造老旧小区15万平方米"."""
    if q.unit not in AREA_UNITS:
        return False
    seg_start = clause_start(sentence, q, "，,；;。")
    before = sentence[seg_start : q.start - q.prefix_len]
    if rx.search(r"(新增|增加|累计|达到)[\u4e00-\u9fff]{0,6}面积\s*$", before) or rx.search(r"人均[\u4e00-\u9fff]{0,8}面积\s*$", before):
        return False  # "新增绿色建筑面积60万平方米", "人均体育场地面积2.6平方米": a measure of the place
    if q.comparator == ">=" and rx.search(r"(改造|新建|建设|完成|实施|整治|修缮)[\u4e00-\u9fff]{0,4}面积\s*$", before):
        return False  # a floor of the work to be done: "改造总建筑面积不少于10万平方米"
    if rx.search(r"(?:林|绿地|耕地|草原|湿地|农田|茶园|果园|种植)总?面积\s*(?:达到?|稳定在|保持在)\s*$", before):
        return False  # a level of the land a place has: "全省油茶林总面积达2100万亩" (江西, round 205)
    if rx.search(r"(?:全[省市县区州旗]|我[省市县区州])[\u4e00-\u9fff]{1,8}?总?面积\s*(?:达到?|稳定在|保持在|发展到)\s*$", before):
        return False  # or a crop's, the whole place's: "力争全区花椒总面积达109万亩" (武都, round 214)
    if rx.search(r"(?:其中)?(?:核心区|拓展区|辐射区|示范区|控制区)(?:面积)?\s*$|(?:近期|中期|远期)规划(?:面积)?\s*$|控制面积\s*$", before):
        return True  # a zone's parts by area: "园区总面积300平方公里,其中核心区100平方公里", "近期规划6.8平方公里,控制面积20平方公里"
    return bool(rx.search(r"(占地|占地面积|建筑面积|用地面积|总面积|建设面积|面积为|规划面积|场地面积)\s*(?:约|为|达|共|总计)?\s*$", before))


def is_population_class(sentence: str, q: Quantity) -> bool:
    """The size that makes a settlement eligible, not a target: "推进具备条件的20户以上自然村通硬化路", "力争20户规模以上村组
    通达硬化路" (湖北, round 148),
    "200人以上的行政村", "实现2000人以上中心村卫生室(站)达标全覆盖"."""
    after = sentence[q.num_end :]
    return q.unit in ("户", "人") and bool(
        rx.match(r"\s*(?:以上|以下|及以上)?\s*(?:的)?\s*(?:规模以上)?\s*(?:中心村|自然村|行政村|村庄|村|居民点|自然屯|屯|组)", after)
        # "50户以上木质房屋连片村寨": the size class, the settlement named a few characters on
        or rx.match(r"\s*(?:以上|以下|及以上)\s*(?:的)?\s*[\u4e00-\u9fff]{0,8}?(?:村寨|村落|自然村|村庄|寨子|聚居点)", after))


PART_NOUNS = r"(?:系列)?(?:专项)?(?:三年)?(?:行动|配套政策|政策|措施|举措|工程|任务|重点产业|产业|行业|领域|方面|板块|专项|条(?![件例])|项(?!目))"


MADE_THINGS_RE = re.compile(r"\s*[\u4e00-\u9fff]{0,10}?(?:产业链|产业集群|集群|品牌|基地|园区)")


def makes_the_listed(sentence: str, q: Quantity) -> bool:
    """A count that closes a list of the things a verb makes is a target, 等 or not: "5年内形成原材料、消费品、装备等
    万亿级产业3个,冶金、化工等2个五千亿级产业链" — the verb may stand a clause earlier in the sentence; a list the sentence
    works within is no such thing ("围绕冶金、化工等2个产业链")."""
    head = rx.split(r"[；;。]", sentence[: q.start])[-1]
    makes = rx.search(r"形成|打造|培育|建成|创建|新建|建设|壮大", head)
    return bool(makes) and not rx.search(r"围绕|聚焦|依托|立足|突出|紧扣", head) and bool(MADE_THINGS_RE.match(sentence, q.end))


def counts_named_parts(sentence: str, q: Quantity) -> bool:
    """How many parts a policy system has or how long a named list is, not a target: "以农业现代化等
    7个系列专项三年行动、绿色铝等5个配套政策为支撑", "高原特色现代农业、绿色铝、光伏…出口导向型12个
    重点产业", "…6个方面16项工程", "打造产业发展支撑平台等10项措施", "实施十大工程". A count a plan
    commits to reach names what is counted after a verb: "新建5个产业园区" stays."""
    after = sentence[q.end :]
    if not (q.unit.endswith(("个", "项", "条", "大", "类")) or q.unit == ""):
        return False
    if makes_the_listed(sentence, q):
        return False
    if rx.search(AREAS + r"\s*[，,]?\s*$", sentence[: q.start]) and rx.match(r"\s*(工程|行动|项目|举措|重点工作|任务)", after):
        return True  # a plan's parts by field: "…6个方面16项工程", "从…四个方面,14项重点工作"
    before = clause_before(sentence, q)
    reach = 10 if rx.search(r"等\s*$", before) else 4  # "…新材料等4个万亿级新兴支柱产业"
    if rx.match(r"\s*[\u4e00-\u9fff]{0,4}?(?:重点)?(?:领域|方面|环节)", after) and q.unit.endswith("个"):
        return True  # fields are where work goes: "推动11个能源重点领域项目投资突破2000亿元", "…龙头壮大四个关键环节"
    # (or any list whose items it counts, its kind after: "开发建设九华滨江新城、昭山生态新城、天易生态新城三个新城组团" (湘潭's plan,
    # round 252), "重大产业项目分为年度实施项目和前期推进项目两个部分" (徐州, round 251))
    items = rx.split(r"、|和|及", before)
    if q.unit == "个" and q.comparator == "=" and q.upper is None and 2 <= len(items) == q.value \
            and all(2 <= len(x) <= 10 for x in items[1:]) and rx.match(r"[\u4e00-\u9fff]{0,4}(?:组团|部分|板块|方面|类别)", after):
        return True
    named = before.rsplit("、", 1)[-1]
    if before.count("、") >= 2 and len(named) <= 8 and q.comparator == "=" and q.upper is None and rx.search(r"(支持|构建|建设好|完善)", before) \
            and all(1 <= len(x) <= 10 for x in before.split("、")[1:]):
        return True  # the named ones counted: "支持吉光、三江、长白山3个实验室", "构建碳达峰足迹管控、降碳路径、支撑保障3个体系"
    place_after = rx.match(r"\s*(?:街道|乡镇|乡|镇|行政村|村|社区|县|区)", after) and q.unit.endswith("个")
    named_places = before.count("、") >= 2 and all(len(x) <= 6 for x in before.split("、")[1:]) \
        and not rx.search(r"(新建|建成|建设|改造|完成|实施|打造|创建|新增|培育)", before)
    if place_after and (named_places or rx.search(r"\d\s*个\s*(?:街道|乡镇|镇|县|区)\s*$", before)):
        return True  # named places, then how many, and the villages in them: "未央宫、汉城、六村堡3个街道33个行政村"
    noun_after = rx.match(rf"\s*{PART_NOUNS}", after) or (q.unit.endswith(("个", "项", "条", "类")) and rx.match(rf"\s*[\u4e00-\u9fff]{{0,{reach}}}?{PART_NOUNS}", after))
    if not noun_after:
        return False
    if rx.search(r"等\s*$", before) and (q.value <= max(10, 3 * (before.count("、") + 1)) or not rx.search(r"项目", after[:16])):
        return True  # the end of a named list: "…支撑平台等10项措施" ("…合成氨等220个…项目开工" counts more than it names)
    last_item = before.rsplit("、", 1)[-1]
    if (before.count("、") >= 2 and q.upper is None and q.comparator == "=" and len(last_item) <= 8
            and not rx.search(r"(新增|新建|建成|培育|打造|引进|达到|突破|超过|力争|争取)[^、]*、", before)
            and not rx.search(r"(聚焦|支持|推动|发展|建设|实施|围绕|形成|壮大|做强)", last_item)):
        return True  # a list of names, then its length: "…现代物流、出口导向型12个重点产业"
    return False


SCORING_RE = re.compile(r"(扣|加|减|得|计|记|赋)\s*[\d.]+\s*分|(扣|得|加|减)分|满分|分值|不得分")


def is_scoring_rule(sentence: str, q: Quantity) -> bool:
    """An assessment's points and how they are earned, not a target: "分值10分", "（15分）",
    "每降低1个百分点扣1分". The target an assessment scores stays: "增长6%得满分" keeps its 6%."""
    if rx.match(r"\s*分(?!钟|之|类|别|期|布|批|区|站|公司|局|行|解|工|项|级|散|享)", sentence[q.num_end :]):
        return True
    seg_start = clause_start(sentence, q)
    seg_end = clause_end(sentence, q)
    before = sentence[seg_start : q.start - q.prefix_len]
    if rx.search(r"分值|权重", before):
        return True
    # the step of a deduction: "每降低1个百分点扣1分", "每少1家扣0.5分"
    return "每" in before and bool(SCORING_RE.search(sentence[seg_start:seg_end]))


# what ends a condition: "…1亿元的", "…80%(含)以上的", "…以上（含）的"
_THRESHOLD_TAIL = r"\s*(?:（含）|\(含\))?\s*(?:以上|以下|及以上)?\s*(?:（含）|\(含\))?\s*的"


def is_threshold(sentence: str, q: Quantity) -> bool:
    """The condition a policy sets, not a target: "对年销售收入首次达到1亿元的企业，给予…",
    "…达到1亿元的，奖励…", "对完成2023年度目标任务80%(含)以上的乡镇给予奖励"."""
    after = sentence[q.end :]
    if not rx.match(_THRESHOLD_TAIL, after):
        return False
    # "…的，给予…", "…的企业给予奖励"; "不少于2.5%的老年人享有养老服务补贴" names a service, not a reward
    return bool(rx.match(_THRESHOLD_TAIL + r"\s*[，,]", after)) or bool(
        rx.match(_THRESHOLD_TAIL + r"\s*[\u4e00-\u9fff]{0,10}?(企业|单位|个人|项目|主体|机构|团队|人才|园区|平台|农户|合作社|乡镇|村|街道)", after)
        and rx.search(r"(给予|奖励|奖补|补助|补贴|资助|支持)", sentence[q.end :])
    ) or bool(rx.match(r"\s*(对|凡|对于)", sentence))


def is_bar_of_a_share(sentence: str, q: Quantity) -> bool:
    """The bar that defines which units a share counts, not a target of its own: in "力争实现20%的村集体
    年收入超30万元" the target is the 20%; the 30万元 says which villages count."""
    return bool(rx.search(r"\d\s*[%％](?:以上)?的[\u4e00-\u9fff]{1,14}?(?:超过|超|突破|达到|达|过)\s*$", clause_before(sentence, q, with_prefix=True)))


# "完成“十一五”规划目标的": the share of a target that a value just named makes
# "完成“十一五”规划目标的", or of the year's planned money: "完成投资106亿元,占年度计划投资的38%" (西藏's roads, round 108)
# ("占计划任务25.1%", 兰州's sowing so far, round 116, without its 的)
# (the plan's figure between: "新建3.41万亩,占计划3.9万亩的87%", 大理's forestry so far, round 174; or 为: "完成投资1505.4亿元,
# 为年度计划的115.8%", 湖南, round 176)
_SHARE_DONE = r"(?:完成[^，,；;。\d]{0,24}?(?:目标|任务|计划)(?:任务)?的|[占达为][^，,；;。\d]{0,6}?计划(?:投资|任务)?(?:\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fff]{1,2}的)?的?)"


def is_share_of_a_target_done(sentence: str, q: Quantity) -> bool:
    """How much of a target a value just named makes, and that value, are no targets: "全市万元GDP能耗累计
    下降16.04%,完成“十一五”规划目标的80.18%"; a share still to do stays ("完成基础教育优化布局总任务的70%"), and so does a
    share among the year's stated aims ("…主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%")."""
    if rx.search(r"预期目标(?:是|为)?\s*[:：]", sentence):
        return False
    if rx.match(rf"\s*[，,]\s*{_SHARE_DONE}\s*[\d.]+\s*[%％]", sentence[q.end :]):
        return True  # the value that share is of: "万元工业增加值能耗累计下降27.35%,完成…目标的82.87%"
    # (its parts in brackets between: "已播种27.93万亩(小麦17万亩、…),占计划任务23.55%")
    return q.unit.endswith("%") and bool(rx.search(rf"[\d.]\s*[%％]?[\u4e00-\u9fff]{{0,2}}\s*(?:[(（][^()（）]*[)）])?\s*[，,]\s*{_SHARE_DONE}\s*$", sentence[: q.start]))


def is_base_of_a_rate(sentence: str, q: Quantity) -> bool:
    """The population an incidence rate is counted per, run into its name: "工矿商贸企业职工10万人生产安全
    事故死亡率下降到3.5以下" — the target is the 3.5, the 10万人 its base; so is the whole a share is
    taken of ("100余万亩中药材种植面积中规范化率超过70%")."""
    after = sentence[q.end :]
    if rx.match(r"[\u4e00-\u9fff]{0,12}(?:面积|总量|人口|企业|农户|项目|耕地|学校|人员|户数)中[\u4e00-\u9fff]{1,10}(?:率|比例|占比)\s*(?:超过|达到|达|不低于|提高到|保持在)\s*\d", after):
        return True  # the whole a share is of: "100余万亩中药材种植面积中规范化率超过70%"
    return bool(rx.match(r"[\u4e00-\u9fff]{0,10}?(?:死亡率|发生率|发病率|患病率|事故率|伤亡率)", after))


# a set named elsewhere, then worked on here: "2016年计划出列的2个贫困乡和20个贫困村的贫困户"
DESIGNATED_BEFORE_RE = re.compile(r"(?:计划|已|拟|已经)?(?:出列|摘帽|退出|确定|列入|纳入|认定)的\s*"
                                  r"(?:[\d一二两三四五六七八九十]+\s*[个家所][\u4e00-\u9fff]{1,8}(?:和|及|、)\s*)?$")


def is_designated_set(sentence: str, q: Quantity) -> bool:
    """The places or units a task is for, named as a set chosen elsewhere, not a count to reach: "对2016年
    计划出列的2个贫困乡和20个贫困村,…通高级路面" — the 2 and the 20 say which townships and villages; or chosen there and
    then: "省里确定30个基础条件好、…的县为全省经济强县" (山东, round 171)."""
    if q.unit == "个" and rx.search(r"(?:确定|认定|选定|确立)\s*$", clause_before(sentence, q)) \
            and rx.match(r"[^，,；;。]{0,24}?(?:县|市|区|乡镇|村)(?:为|作为|给予|予以)", sentence[q.end :]):
        return True
    return q.unit in ("个", "家", "所") and bool(DESIGNATED_BEFORE_RE.search(sentence[: q.start]))


def is_forecast(sentence: str, q: Quantity) -> bool:
    """What a page guesses a figure may reach is no commitment: "宣城2016年茶叶产值或达12.5亿",
    "有望突破100亿元" (a plan's own aim says 力争/达到, not 或/有望)."""
    # not "达到或超过70%", "稳定在或超过500万吨": an "or more" after a verb of reaching
    if rx.search(r"(?:到|至)“?十[一二三四五六七]五”?(?:末|期末)[，,]", sentence[: q.start]):
        return False  # what a plan expects at its end: "到“十二五”末,全省等级以上公路通车里程有望达到16万公里" (河北, round 147)
    if rx.match(r"\s*(?:年内|今年|明年)[，,][^。；;]{0,30}?将", sentence[: q.start]):
        return False  # one of the year's aims in a row of them: "年内,全市城乡将植树1亿株,城市绿化覆盖率有望达到45%" (大连's report, round 219)
    if rx.search(r"(?:^|[，,；;])\s*(?:[\u4e00-\u9fff]{0,16}?[，,])?\s*(?:预测|测算|估算)(?:到|至)?\s*20\d\d\s*年[^。；;]{0,12}?(?:需|将需|需要)", sentence[: q.start]):
        return True  # a need projected, not a commitment: "远期…,预测到2020年需新建公厕1580座,…共需投资约为29838万元" (海南, round 216)
    return bool(rx.search(r"(?:(?:有望|可望)将?|(?<![达到在于高低])或将?)(?:达到?|突破|超过?)\s*$", clause_before(sentence, q, with_prefix=True)))


def is_denominator(sentence: str, q: Quantity) -> bool:
    """The number after 每 counts what a target is shared over: "每5所幼儿园配备1名" → 5所 is
    not a target (1名 is); "每千人口5.0个" has no digit there. Where a policy pays per unit,
    "每引进1名院士给予500万元", the 1名 is the unit paid for."""
    before = sentence[: q.start - q.prefix_len]
    if rx.search(r"每\s*$", before):
        return True
    return bool(rx.search(r"每(?:引进|新增|认定|获得|招收|培养|吸纳|录用|安置)\s*$", before)) and bool(
        rx.search(r"(给予|奖励|奖补|补贴|补助|资助)", sentence)
    )


LIST_SOURCE_BEFORE_RE = re.compile(r"(收到[^，,；;。]{0,20}|意见建议|意见和建议|建议|意见|提案|议案|票决产生|票决出|票选出|票决确定|表决确定|表决通过|投票表决|选出|办实事|实事项目|民生实事|候选项目)\s*了?\s*(?:共|为|达)?\s*$")  # "选出了10件"


def counts_the_list_or_its_sources(sentence: str, q: Quantity) -> bool:
    """How many items a list of deeds has, how many it was chosen from and who chose it, not a target
    of its own: "收集…意见建议110条", "票决产生10件", "确定以下八类11个项目", "为龙岩百姓办实事28项",
    "对…提交的19项为民办实事候选项目进行无记名投票", "票决出17项", "为民办好15件大事和民生实事",
    "参加…人民代表大会的237名人大代表". Its items carry the targets."""
    before = clause_before(sentence, q)
    after = sentence[q.end :]
    phrase_after = rx.split(r"[，,；;。：:]", after, maxsplit=1)[0]
    if q.unit in ("名", "人", "位") and rx.match(r"\s*(?:[省市县区州])?(?:人大|政协)?(?:代表|委员)(?!大会)", after):
        return True  # the deputies who voted: "523名市人大代表首次以票决的方式确定…"
    if q.unit in ("个", "项") and rx.search(r"等\s*$", before) and rx.search(r"将[^。；;]{2,80}等\s*$", sentence[: q.start]) \
            and rx.match(r"[^。；;]{0,40}?(?:调出|调入|调增|调减)", after):
        return True  # the projects a plan's adjustment moves: "将…市委党校迁建工程等33个…重点建设项目调出年度投资计划" (汉中, round 204)
    if q.unit in ("家", "个") and rx.search(r"联合\s*$", before) and rx.match(r"[\u4e00-\u9fff]{0,8}?(?:部门|单位|机构)", after):
        return True  # the bodies a department works with: "湖南省发改委联合11个省直有关部门正式启动…试点工作" (round 204)
    if q.unit in ("家", "个") and rx.match(r"\s*(?:省级|市级|县级|区级|省直|市直|县直|区直)?\s*(?:部门|单位)", after) and rx.search(r"牵头|负责", sentence):
        return True  # who leads the list: "22家省级部门牵头落实55件实事", "由22家省级部门分别牵头负责"
    if q.unit in ("个", "项", "件") and rx.search(r"(?:牵头|负责|承担)\s*$", before) and rx.match(r"\s*(?:子项|项目|事项)?\s*(?:任务|事项|子项)", after):
        return True  # a department's share of the list: "天津市城市管理委负责10个子项任务"
    if q.unit == "%" and rx.search(r"\d+\s*(?:件|项)\s*[、，,]\s*占比\s*$", sentence[: q.start]):
        return True  # the share of a list's items: "新增14项、占比43.75%"
    if q.unit not in ("件", "项", "个", "条", "类", "大", ""):
        return False
    if LIST_SOURCE_BEFORE_RE.search(before):
        return True
    if q.unit == "件" and (rx.search(r"项目\s*$", before) or rx.match(r"\s*(?:民生)?(?:实事)?项目", after)) and not rx.search(
            r"(新开工|开工|建成|实施|完成|新建|推进|谋划|储备|引进|签约|落地|办理|办结)", before):
        return True  # the list counted by field: "幼有所育项目4件", "新增…的20件项目", "55件项目由…"
    if q.unit in ("件", "项", "个") and rx.search(r"项目(?:总数|数量)", sentence) and rx.search(r"(?:相比|较上年|比上年|其中)", sentence):
        return True  # the list against last year's: "与2023年相比,项目总数增加2项,其中新增17项"
    if q.unit in ("件", "项") and (rx.search(r"与\s*20\d\d\s*年相比[，,]?\s*[^。；;]{0,8}$", sentence[: q.start])
                                 or rx.match(r"\s*(?:包括|分别是|具体是|具体为)\s*[:：]", after)):
        return True  # the new items of a list: "与2022年相比,新增14项、占比43.75%", "2023年新增14项包括:…"
    if rx.search(r"[一二三四五六七八九十\d]+\s*(?:大?类|[个大]?领域|个?方面)\s*[、，,]?\s*(?:共计|合计|共)?\s*$", before) and q.unit in ("件", "项", "个"):
        return True  # its categories, then its length: "共13个领域55件", "此次13类55件民生实事", "8大类共计37个项目", "等十大领域共计251项重点任务"
    if q.unit in ("个", "类") and rx.match(r"\s*(?:领域|方面)?\s*[\d一二三四五六七八九十]+\s*(?:件|项)", after):
        return True  # the categories of the list: the 13 of "13个领域55件"
    if q.unit in ("件", "项", "个") and rx.search(r"(实事|候选(?:项目|事项))", phrase_after[:16]):
        return True  # "19项为民办实事候选项目", "15件大事和民生实事", "17项…2024年为民办实事项目"
    if q.unit == "条" and rx.match(r"\s*(?:意见|建议|意见建议)", after):
        return True
    if q.unit in ("项", "个", "件", "条") and rx.search(r"(?:以下|如下|下列)\s*$", before) and rx.match(r"\s*[\u4e00-\u9fff]{0,4}?[:：]?\s*$|\s*[\u4e00-\u9fff]{0,6}[:：]", after):
        return True  # the items that follow, counted: "具体要完成以下4项目标:" (round 203)
    if q.unit in ("项", "件", "个") and rx.match(r"\s*(?:是|则是|为)\s*[“\"]", after):
        return True  # a list's items told apart: "今年的10项民生实事,有4项是“老面孔”,…其余6项则是“新成员”" (round 203)
    # "八类11个项目": the list's categories and its length
    return q.unit in ("个", "项") and bool(rx.search(r"[一二三四五六七八九十\d]+\s*类\s*$", before)) and bool(rx.match(r"\s*(?:民生实事)?项目", after))


def is_frame_of_reference(sentence: str, q: Quantity) -> bool:
    """A number that frames the work rather than commits to it: the base of a scheme "以全省100个县
    （市、区）为基础参赛单元", the role of what exists "发挥济青烟3个…试点作用", the target itself named in
    an explanation "5%左右的预期增长目标与“十五五”发展目标总体衔接", whom the work is for, who delivers it."""
    before = clause_before(sentence, q)
    phrase_after = rx.split(r"[，,；;。]", sentence[q.end :], maxsplit=1)[0]
    if rx.search(r"意味着[^。；;]{0,30}$", sentence[: q.start]):
        return True  # a target's arithmetic spelt out: "…到2022年要达到2.91万元,也就意味着在2017年1.91万元的基础上增加1万元"
    if q.unit in ("位", "名") and rx.search(r"(?:前|后)\s*$", before) and rx.match(r"\s*(?:的)?平均(?:水平|值|数)", phrase_after):
        return True  # a yardstick: "其它各项指标也都超过全国百强县后5位平均水平"
    if rx.search(r"以\s*(?:全[省市县区])?\s*$", before) and rx.match(r"[^为]{0,16}为(?:基础|单元|单位|主体|载体|依托|重点|核心)", phrase_after):
        return True
    if rx.search(r"以[^，,；;。以]{0,12}$", before) and rx.match(r"[^为]{0,16}为(?:主要)?(?:对象|服务对象|基础|重点)", phrase_after):
        return True  # whom the work is for: "以全市就业年龄段的7600多名持证残疾人为主要对象"
    if not before.strip() and rx.match(r"[^为]{0,16}为(?:重点|核心|主体|支撑)$", phrase_after) and rx.search(r"以[^，,；;。]{1,16}为(?:核心|中心|龙头|引领)\s*[，,]\s*$", sentence[: q.start]):
        return True  # the second of a pair: "以荣昌为核心,11个优势基地区县为重点,建设优质生猪产业带"
    if rx.search(r"(?:参照|对照)[^，,；;。]{0,20}$", before):
        return True  # a yardstick quoted: "参照2019年全省文化旅游综合收入3000亿元"
    if q.unit in ("个", "家", "所") and rx.match(r"\s*[\u4e00-\u9fff]{2,14}?(?:提供|开展|举办|组织)[^，,；;。、\d]{0,8}\d", sentence[q.end :]) \
            and not rx.search(r"(新建|建成|建设|新增|打造|培育|改扩建)", before):
        return True  # who delivers what is counted: "460个居村综合文化活动室提供不少于2300场文化活动" (not the
        # next item of a list: "推动450家工业企业开展技术改造、285家规上企业完成数字化转型")
    if rx.search(r"发挥\s*[\u4e00-\u9fff]{0,6}$", before) and "作用" in phrase_after:
        return True
    if rx.search(r"为\s*(?:全[省市县区])?\s*$", before) and rx.match(r"[\u4e00-\u9fff]{1,8}的\s*\d", sentence[q.end :]):
        return True  # whose the counted things are: "为全区78所中小学的95间舞蹈教室安装地暖" (the target is 95间)
    if rx.search(r"由\s*(?:全[省市县区])?\s*$", before) and rx.match(r"\s*(?:区县|县区|县[（(]市、区[)）]|县市区|乡镇|部门|单位)", sentence[q.end :]):
        return True  # who carries the work out: "智慧平安小区建设由全市12个区县按照统一标准,完成不少于120个…"
    if rx.search(r"(?:排名|排位|位次)[^，,；;。]{0,10}(?:全国|全省|全市)\s*$", before):
        return True  # the field a ranking is drawn from: "空气质量排名稳定保持在全国168个重点监测城市“后十”之外"
    if rx.search(r"(?:高于|低于|快于|慢于|优于)\s*(?:全国|全省|全市|省|市|国家|省、市)\s*$", before) and rx.match(r"\s*(?:的)?平均(?:水平|值|增速)", sentence[q.end :]):
        return True  # the average a target is set against: "(依据区人代会目标设置,高于省、市7.5%平均水平)"
    return bool(rx.match(r"\s*的\s*(?:预期)?(?:增长|发展)?目标", sentence[q.end :])) and bool(
        rx.search(r"衔接|考虑|兼顾|体现|相适应|相匹配|相符", sentence[q.end :]))


def is_scope_of_action(sentence: str, q: Quantity) -> bool:
    """After 对 a count names what a measure applies to, not what it commits to reach: "对10类重点就业
    群体新发放创业担保贷款", "对23个省级扶贫开发工作重点县（长汀、武平、连城县）的综合医院…配备". What is
    worked on or served stays a target: "对全县17所乡(镇)中心幼儿园全面提档升级", "对2000户特殊困难
    老年人家庭适老化改造", "对5000名农民工提供安全生产知识培训"."""
    before = clause_before(sentence, q)
    if not rx.search(r"(?:^|[^反相面针绝])对(?:于)?\s*(?:全[省市州县区旗])?\s*$", before):
        return False
    if q.unit.endswith("类"):
        return True  # a kind of people or things
    if q.unit in ("户", "人", "名", "人次", "万人", "万户", "万名"):
        return False
    after = rx.sub(r"[（(][^）)]{0,16}[）)]", "", sentence[q.end :])  # "重点县（长汀、武平、连城县）的"
    noun = rx.split(r"的|进行|实施|开展|配备|提供|提升|全面|[，,；;。]", after, maxsplit=1)[0][:16]
    if rx.match(r"\s*[\u4e00-\u9fff]{0,6}小区进行", after):
        return False  # homes worked on, not a place: "将对45个住宅小区进行燃气管线的敷设" (沈阳, round 211)
    # (or the places a task is shared among: "…关于2006年全市旅游业发展目标对9个县(市)、区分解意见的通知" (新乡, round 253))
    return bool(rx.search(r"(县|市|区|乡镇|镇|乡|街道|村|社区|旗)(?:(?:分解|分配|下达)[\u4e00-\u9fff]{0,4})?$", noun))


# a project's size, then the rest of a list of projects: "400万头生猪、通榆吉运15万头牛、…等投资亿元以上项目建设"
LISTED_PROJECTS_AFTER_RE = re.compile(r"\s*[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff\d.]{2,20}){0,8}等[\u4e00-\u9fff]{0,14}?项目")


def is_size_of_listed_projects(sentence: str, q: Quantity) -> bool:
    """Each item of a list of named projects, told by its size, is no target: "畜牧业重点抓好洮南雏鹰400万头生猪、通榆吉运
    15万头牛、洮北300万只肉羊、榆树正榆1亿只肉鸡等投资亿元以上项目建设" — the number stands between a project's name
    and what it raises, and the list closes on 等…项目. A count of projects stays: "新建学校10所、幼儿园5所等项目"."""
    return bool(rx.search(r"[\u4e00-\u9fff]$", sentence[: q.start - q.prefix_len])) and bool(LISTED_PROJECTS_AFTER_RE.match(sentence, q.end))


# a project's reach, told after what it builds: the places it covers (and the people it serves, told on after them)
# (the place it lies in by kind between: "项目涉及该区12个镇和1个街道", 淮安区's roads, round 119; or the kind of place the
# count is of, or the places it names, before the count: "工程涉及乡镇25个", "项目涉及宜良、石林…和倘甸产业园区7个县(区)",
# 昆明's progress page, round 174)
PROJECT_REACH_RE = re.compile(r"(?:工程|项目)(?:共|将)?(?:覆盖|涉及)(?:该|全|本)?[省市县区]?"
                              r"(?:乡镇|镇|街道|村|行政村|自然村|农户|县|县区|县\(区\)|[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,8}){2,}(?:和[\u4e00-\u9fff]{2,10})?)?(?=\s*\d|\s*$)")


def is_reach_of_a_project(sentence: str, q: Quantity) -> bool:
    """The places a project covers and the people it serves describe the project, they are not what it commits to:
    "工程覆盖683个乡镇、4503个行政村(建档立卡贫困村1858个)、23162个自然村,受益人口107万户、452万人" (a province's
    rural water project). Only the part of the sentence from the reach word on: the project's own size before it stays
    ("计划建设集中供水工程971处"); a share stays ("规模化供水工程覆盖农村人口比例达53%"), and so do the people a project
    serves told alone ("百万农民饮用水工程…受益人口20.4万人", an earlier round's reading)."""
    if q.unit.endswith("%"):
        return False
    before = sentence[: q.start]
    reach = next(reversed(list(PROJECT_REACH_RE.finditer(before))), None)
    if rx.search(r"(?:惠及|涉及)(?:[^，,；;。]*、)?\s*$", clause_before(sentence, q)) and rx.match(
            r"[^，,；;。\d]{0,10}(?:、[^，,；;。]*?)?的\s*\d+(?:\.\d+)?\s*万?(?:户|人|名)", sentence[q.end :]):
        return True  # what holds the people reached: "惠及6个住宅小区、50栋住宅楼的1800户居民" (沈阳, round 211)
    if rx.search(r"辐射(?:带动)?(?:周边|周围|附近)?\s*$", before):
        return True  # what a new town is to draw on: "打造辐射周边5个乡镇的“生态旅游新城”" (凤城, round 125)
    return bool(reach) and not rx.search(r"[。；;]|(?:建设|新建|建成|完成|实施|改造)", before[reach.end() :])


# a shortfall said of the present: "水利工程人均供水能力仅为全国64%", "真正达到定居标准的仅占牧民总户数的37%",
# "全省水利工程供水量仅92亿立方米"
# (a bare 仅 only after what it measures: "仅3条红色旅游公路建设,计划投资2.2亿元" counts what the money is for, round 134)
# (or what is set up so far: "广州市域总面积7434.4平方公里,仅设置65座消防站", round 222)
SHORTFALL_BEFORE_RE = re.compile(r"(?:仅(?:为|占|有|相当于|设置|设有|建有)(?:不到|不足)?[\u4e00-\u9fff]{0,10}?(?:的)?|(?<=[\u4e00-\u9fff])仅(?:约|不到|不足)?)\s*$")


def is_shortfall_told(sentence: str, q: Quantity) -> bool:
    """How little there is now, told with 仅为 / 仅占 / 仅有, describes the gap an aim is to close; it is no aim:
    "我省水利工程人均供水能力仅为全国64%" (云南's water works page, round 174), "全省水利工程供水量仅92亿立方米" (贵州's,
    round 186). 只有 is left alone: a list's count
    said with it is a reading ("平谷区最少,只有1个项目")."""
    before = clause_before(sentence, q)
    if rx.search(r"将|力争|争取|确保|目标", before):
        return False
    # (or still short, or still left: "农村自来水普及率还不到60%", "广东尚有近3000万农村人口未用上自来水", round 185)
    return bool(SHORTFALL_BEFORE_RE.search(before)) or rx.search(r"(?:(?<=[\u4e00-\u9fff])(?:还|尚|仍)(?:不到|不足|没有达到)|尚有|仍有)\s*(?:近|约)?\s*$",
                                                                  clause_before(sentence, q, with_prefix=True)) is not None


# "若不进行水网工程建设," — what would happen without the work
COUNTERFACTUAL_RE = re.compile(r"(?:若|如果|如|倘若|假如|要是)(?:不|没有|不再|再不)[^。；;，,]{0,30}?[，,]")


def is_told_of_what_would_happen_without_the_work(sentence: str, q: Quantity) -> bool:
    """What would come if the work were not done argues for it; it is no aim: "若不进行水网工程建设,2020年和2030年多年平均
    缺水量将分别达到791亿立方米和918亿立方米" (云南's water works, round 186)."""
    return COUNTERFACTUAL_RE.search(sentence[: q.start]) is not None


PROBLEM_AFTER_RE = re.compile(r"[^，,；;。]{0,24}?存在[^，,；;。]{0,12}?(?:问题|困难|隐患|短板|风险)")


def is_problem_told(sentence: str, q: Quantity) -> bool:
    """A count of the places or things with a problem tells the problem, not what is to be done: "全省129个县城近70%的
    城镇不同程度存在缺水问题" (云南's water works, round 186); the clause goes on to 存在…问题."""
    return PROBLEM_AFTER_RE.match(sentence, q.end) is not None and not rx.search(r"解决|消除|整改|化解", sentence[q.end : clause_end(sentence, q)])


def is_rate_of_what_is_done(sentence: str, q: Quantity) -> bool:
    """The rate at which a plan is done, told after the amount done or above 100 %, is progress: "1-12月份完成投资28.78亿元,
    投资完成率151.47%" (沁水's year plan beside its results, round 189). An aim for the rate stays: "投资完成率达到100%"."""
    if not q.unit.endswith("%") or not rx.search(r"完成率\s*(?:为|是|达到?)?\s*$", clause_before(sentence, q)):
        return False
    return q.value > 100 or rx.search(r"完成(?:了)?(?:投资|任务|计划)?\s*[\d.]+", sentence[: q.start]) is not None


def is_count_already_done(sentence: str, q: Quantity) -> bool:
    """A count said to be done already is progress: "规划的46项水网骨干工程,有40项已完工投运或正在建设" (山西, round 185)."""
    return rx.match(r"\s*(?:都|均)?已(?:经)?(?:完工|建成|完成|投运|投产|竣工|开工|落地)", sentence[q.end :]) is not None


def is_past_habit_told(sentence: str, q: Quantity) -> bool:
    """A sentence that opens on 过去 (not a count of past years, which other rules read) tells how things were done
    before: "过去注重支流开发,生产生活用水挤占支流生态用水约20亿立方米以上" (云南's water works, round 186)."""
    # (or on 早在 and a year: "早在2011年,新力电力就拟在荥阳贾峪镇附近,新建2600MW热电联产机组", 郑州's heating, round 185)
    if rx.match(r"\s*早在\s*(?:19|20)\d\d\s*年", sentence):
        return True
    return rx.match(r"\s*(?:但|而|在)?过去(?!的?\s*[一二两三四五六七八九十几这\d]+\s*年)(?:[，,]|[\u4e00-\u9fff])", sentence) is not None \
        and not rx.search(r"今后|将来|未来|到20\d\d年|力争|确保|目标", sentence[: q.start])


def is_share_set_aside(sentence: str, q: Quantity) -> bool:
    """A share of a revenue set aside for a use is an instrument, not a level to reach: "从土地出让收益中提出12%用于农田水利
    建设" (贵州's water works, round 186), "按照土地出让收入的10%计提…用于…". The share must be taken (提取, 计提, 提出, 划出,
    拿出, 安排) and go on to 用于; "农田水利投资占比达到12%" stays."""
    if not q.unit.endswith("%") or not rx.match(r"\s*(?:的(?:资金|比例|收益|收入))?\s*(?:专项)?用于", sentence[q.end :]):
        return False
    return rx.search(r"(?:提取|计提|提出|划出|拿出|安排|划转)\s*$", clause_before(sentence, q)) is not None


# a clause that opens on 涉及 after the aim it belongs to: "…总投资近1000亿元,涉及重点骨干水源工程近400个"
SCOPE_CLAUSE_RE = re.compile(r"\s*(?:共|总共|共计|预计|将)?涉及")


def is_scope_told_after_its_aim(sentence: str, q: Quantity) -> bool:
    """What an aim told before reaches, in a clause that opens on 涉及, describes it; it is no second aim:
    "未来5年贵州水利建设项目总投资近1000亿元,涉及重点骨干水源工程近400个" (贵州's water works, round 186), "改造434个老旧
    小区,共涉及8640栋、74857户" (咸宁). A clause that opens the sentence is left alone, and so is a share."""
    start = clause_start(sentence, q)
    # (the people a works reaches are left to the rules on people: "改造6大居民片区,涉及居民5万余人", round 167)
    people = q.unit.endswith("人") or rx.match(r"\s*(?:万|千)?\s*(?:余|多)?\s*(?:万)?人", sentence[q.num_end :]) is not None
    opening = SCOPE_CLAUSE_RE.match(sentence, start) if start > 0 and not q.unit.endswith("%") and not people else None
    if not opening:
        return False
    # only the first figure after 涉及, with no work named before it: "涉及改造总户数2000余户", "涉及整治内涝、…、建设500个
    # 电动汽车充电桩" and "涉及4个县区、…以及745户房屋外立面改造" name what is done (rounds 8, 122, 124)
    between = sentence[opening.end() : q.start - q.prefix_len]
    return not rx.search(r"\d|改|建设|新建|扩建|实施|整治|硬化|安装|更新|更换|修复|治理|面积", between)


# a figure said again in other terms: "相当于16个颐和园" after the area it restates, "是“十五”期间投资的7倍多" after the sum
EQUIVALENT_CLAUSE_RE = re.compile(r"\s*(?:约|大约)?相当于\s*(?:约|近|了|大约)?\s*")
MULTIPLE_OF_BEFORE_RE = re.compile(r"^\s*(?:约|大约|相当于|已)?是[^，,；;。]{1,24}?的\s*$")


# what a figure saves, told as its equivalent: "相当于节约标煤600万吨,减少二氧化碳排放1700万吨"
SAVING_EQUIVALENT_RE = re.compile(r"相当于\s*(?:每年|年)?\s*(?:节约|节省|减少|少用|少排|减排|替代)[^，,；;。]*?(?:[，,、]\s*(?:每年|年)?\s*(?:节约|节省|减少|少用|少排|减排)[^，,；;。]*?)*$")


def is_figure_told_again_as_comparison(sentence: str, q: Quantity) -> bool:
    """A figure told again in other terms, right after the aim it restates, is a comparison, no second aim:
    "到2010年本市城区内还需再建4200公顷绿地,相当于16个颐和园" (北京's green land, round 177) keeps 4200 公顷, and
    "保定市公路建设投资将达到空前规模的437亿元,是“十五”期间投资的7倍多" keeps 437 亿元. The multiple counts only in a
    clause that opens on 是 (the figure before it is its subject); "力争到2025年,产值是2020年的2倍" states its own aim.
    So is what a figure saves, told as its equivalent, and the savings listed after it: "年发电量近200亿千瓦时,相当于节约标煤
    600万吨,减少二氧化碳排放1700万吨" (云南's new energy, round 212)."""
    before = clause_before(sentence, q)
    if EQUIVALENT_CLAUSE_RE.fullmatch(before):
        return True
    if q.unit in ("个", "座", "倍") and rx.search(r"(?:面积|规模|总量|长度)\s*(?:约|大约)?相当于\s*(?:约|近|大约)?\s*$", before):
        return True  # an area told as so many of a known park: "郑州明年新建绿地面积相当于45个碧沙岗公园" (a headline, round 221)
    if SAVING_EQUIVALENT_RE.search(sentence[: q.start - q.prefix_len]):
        return True
    return q.unit == "倍" and MULTIPLE_OF_BEFORE_RE.match(before) is not None


def is_lifetime_cost_beside_the_years(sentence: str, q: Quantity) -> bool:
    """Projects' total cost, told beside what they are to put in this year, is their size: the year's amount is the target.
    "城市基础设施项目277个,总投资462亿元,当年完成投资74.75亿元" (淮安's 2016 investment plan) keeps 74.75 and drops 462;
    "争列市重点项目11个,总投资377亿元,年度计划投资23亿元" keeps 23, "环境整治项目12个,总投资30亿元,今年将完成投资23亿元" keeps 23."""
    # (its 投资 may be lost in the copy, on both sides: "我市全年计划安排城建项目167项(…),总 1681亿元,当年计划 420亿元", 大连,
    # round 201)
    if not q.unit.endswith("元") or not rx.search(r"总(?:投资)?\s*(?:约|达|为|共)?\s*$", sentence[: q.start - q.prefix_len]):
        return False
    # (or by its year: "全县2016年计划实施千万元以上项目84个, 总投资286.9亿元,2016年计划投资60.35亿元", 封丘, round 137)
    return bool(rx.match(r"\s*(?:以上|左右)?\s*[，,、]\s*(?:其中\s*[，,]?\s*)?(?:当年|年度|今年|年内|本年|20\d\d\s*年)(?:将|要)?"
                         r"(?:计划(?:完成)?(?:投资)?|(?:完成)?投资)\s*(?:约|达|为)?\s*\d", sentence[q.end :]))


def is_size_of_each(sentence: str, q: Quantity) -> bool:
    """The size each of the things to be made must have, said in brackets after their count, is no target of its own:
    "新建登山健身步道30条(每条5公里以上)" (the 30条 is the target)."""
    return bool(rx.search(r"[（(]\s*每\s*[\u4e00-\u9fff]\s*$", sentence[: q.start]))

