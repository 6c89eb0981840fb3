"""A clause's text → the numeric targets it commits to (:class:`etl.model.Target`).

The rules, in the order they are applied to every quantity of every sentence:

1. *Not a number of the plan*: years, dates, ordinals (第二届), numbers in names (5G, PM2.5,
   “人才新政35条”), document numbers (〔2023〕5号), voltage and size classes (10千伏线路,
   总投资10亿元以上的大项目, 过100亿元企业1家 — the 100亿元).
2. *Not a commitment*: review passages (发展基础, “十三五”期间…, "2020年，全市生产总值达到2316.84亿元").
3. What remains is a target; its indicator is the noun phrase that the sentence attaches to the
   number ("力争高新技术企业达到80家" → 高新技术企业), its kind comes from the verb
   (达到 → level, 新增/新建 → increment, 增长 X% → growth_rate), per_year from 每年/年均.
"""

from __future__ import annotations

import dataclasses
import re

from etl import rx
from etl.clean import BULLETS, is_picture_caption
from etl.divisions import SELF_SCOPE_ALT, SELF_SCOPE_WORDS
from etl.exclusions import (
    EVENT_COUNT_UNITS,
    EVENT_RE,
    MONTHS_SO_FAR,
    clause_before,
    clause_end,
    clause_start,
    is_genre_non_target,
    is_sum_of_counted_projects,
    is_years_planned_investment,
)
from etl.metadata import (
    DONE_IN_ITS_YEAR,
    FIVE_YEAR_PLANS,
    PLAN_NAMES,
    PLAN_PERIOD,
    chinese_digits_to_int,
    without_byline,
)
from etl.model import Clause, Target
from etl.quantities import MEASURE_WORDS, Quantity, chinese_number_to_float, find_quantities
from etl.structure import share_breakdown

CLASSIFIER_UNITS = "".join(MEASURE_WORDS) + "人村镇园"  # counts of things, not measures
# (and a half-width full stop after a percentage, Chinese after it: "占全省公路总里程的6.13%.全省123个县…" (round 212))
SENTENCE_SPLIT_RE = re.compile(r"(?<=[。；;！？!?])|(?<=[%％]\.)(?=[\u4e00-\u9fff])")
SEGMENT_BREAKS = "，,；;：:。！？!?"

# what stands done now: "现竣工3项", "现已建成"
DONE_NOW = r"现(?:已)?(?:竣工|开工|完成|建成)"
YEAR_RE = re.compile(r"(?:到|至|于|在)?\s*(20\d\d)\s*年")
# (已经 is the past, but not of an aim just set: "今年湖南全省就业创业总体目标已经设定,城镇新增就业70万人" (round 126))
# (projects already signed are what a task works on, not what is done: "助推已签约落地项目尽快开工" (重庆's industry, round 236))
REVIEW_RE = re.compile(r"“?十三五”?(?:期间|时期|以来|末)|已经(?![^，,。；;]{0,20}?目标|(?:开启|开始|启动|到来)的|(?<=目标已经)(?:设定|确定|明确|敲定|下达)[，,])|已(?:突破|超过|逾|达|建(?!成(?:的|[\u4e00-\u9fff]{1,6}的))|完成|实现|累计|获批|有|开通)|已(?:开工|竣工|投产|签约)(?![\u4e00-\u9fff]{0,6}的|(?:落地)?项目(?:尽快|加快|早日|抓紧))|^\s*(?:[\u4e00-\u9fff]{1,4}[:：])?\s*去年[，,]|自\s*20\d\d\s*年[^。；;]{0,30}?以来|前[一二三四五六七八九十\d]{1,2}个月|同比(?![^，。；]{0,8}?\d+(?:\.\d+)?\s*[%％]?\s*(?:左右|以上|以内))|(?:比|较)上年(?![^，,。；;]{0,8}?\d+(?:\.\d+)?\s*[\u4e00-\u9fff%％]{0,3}\s*(?:左右|以上|以内))|(?:截至|截止)(?!\s*“?十[一二三四五六]五”?(?:末|期末)[^。；]*?(?:将|力争|确保|争取))|"
                       r"过去(?:一|五|三|的一)年|“?十[一二三四五]五”?(?:头|前)(?:一|两|二|三|四|1|2|3|4)年|过去的20\d\d年|(?:是|为)[\u4e00-\u9fff]{0,10}(?:目标|任务)的\d+(?:\.\d+)?\s*[%％]|(?:一|两|二|三|四|五|几|(?<!\d)\d{1,2})年来|[今去]年以来|前三季度|上半年(?:全市|全县|全区|全省)?(?:实现|完成)|(?<![到至较比“])(?<!到“)(?<!至“)(?<!较“)(?<!比“)“?十二五”?末|(?<!力争|确保|争取)(?<!力争“|确保“|争取“)“?十[一二三四]五”?以来|(?<!力争)(?<!争取)(?<!确保)超额完成|^\s*预计[，,]|预计全年|全年预计|初步核算|预计完成|预计数|"
                       r"^\s*预计(?:全市|全县|全区|全省|全年)?(?:实现|完成|地区生产总值|生产总值)|据统计(?![^。；;]{0,16}?(?:今年|明年)[^。；;]{0,10}?将)|统计预测|据初步统计|据测算|据初步测算"
                       # a year's result estimated at its end: "初步预计,2017年全年二七区生产总值完成567亿元,增长9%" (round 111)
                       r"|^\s*(?:初步)?预计[，,]\s*(?:20\d\d年)?全年"
                       # a preliminary estimate of a period's result: "一季度我市有望全面实现…“开门红”。初步预计,全市生产总值将达到
                       # 103.22亿元左右,增长14%以上" (广元, round 150)
                       r"|^\s*初步(?:预计|估算|测算)[，,]"
                       # the years since a party congress, the progress so far: "党的十八大以来,安徽累计新增高速公路1463公里",
                       # "目前全省累计完成投资126545万元"
                       r"|(?:十[六七八九]|二十)大以来|目前[^，,。；;]{0,8}?(?:累计|已)"
                       # the sum so far, told after the news: "至此,全云南省新能源并网装机累计达2070万千瓦" (round 212)
                       r"|^\s*至此[，,]"
                       # the year's work told as meeting its aim: "全年建成…生活垃圾中转站共6座并投入运行,新增生活垃圾转运能力3350吨/天,
                       # 完成年度目标任务" (宁波's 2018 completion report, round 211; not "…,确保完成年度目标任务")
                       r"|[，,]\s*(?:已|均|全面)?完成了?(?:年度|全年)目标任务"
                       # the months so far: "1至7月,我省完成农村公路提质改造2399公里"
                       r"|" + MONTHS_SO_FAR + "[，,]"
                       # what years of work have brought: "经过多年努力,全省人工造林375万公顷,森林覆盖率由建国初期的36.8%增加到41.9%"
                       # (黑龙江, round 201)
                       r"|^\s*经过(?:多年|几年|近几年|长期|多年来)的?(?:努力|建设|发展|奋斗|治理)[，,]"
                       # the year just ending or just gone: "即将过去的二00九年,西藏实现了全区生产总值首次突破四百亿元" (round 150)
                       r"|^\s*(?:在)?(?:即将|刚刚|刚)过去的(?:20\d\d|二[〇○零0][一二三四五六七八九〇○零0]{2})年"
                       # a progress label: "进展情况:建成京九、广梅汕两条铁路,…,至2008年底,全市公路里程13889.2公里" (河源, round 204)
                       r"|^\s*(?:进展情况|完成情况|实施情况|工作进展|建设进展)\s*[:：]"
                       # what is still left now: "当前,贵州还有65个贫困县、280万贫困人口" (round 126)
                       r"|^\s*(?:当前|目前|现在)[，,]?\s*[\u4e00-\u9fff]{0,6}?还有\s*\d"
                       # or summed up: "11个项目一季度共完成投资10.4亿元" (round 106)
                       r"|[一二三四]季度共(?:完成|实现)"
                       # what stands done now, a clause's first word: "今年计划竣工项目126项,…,现竣工3项" (not 实现开工)
                       r"|(?<![\u4e00-\u9fff])" + DONE_NOW)
# beyond the plan: "超计划16项" (its 计划 is no word that looks ahead)
PLAN_BEATEN = r"超(?:出)?(?:年度)?计划"
# a change told in the perfect (增加了), a list published or joined, a record or a success reported
DONE_OR_LISTED_RE = re.compile(r"(?:增加|增长|提高|提升|下降|减少|降低|达到|完成|建成|突破|超过|解决)了\s*\d|(?:公布|发布|公示)[^。；;]{0,20}?名单"
                               r"|列入[^。；;，,]{0,20}?\d|入选了|创(?:近\d+年来|历史)?新高(?![地端质效水])|成效(?:显著|明显)"  # not 创新高地
                               r"|(?:谋划|安排|布局|梳理|储备)了\s*\d"  # what a plan lists: "前瞻性谋划了17个重大工程"
                               # deeds done and ranks held: "宁夏打造了…,创建国家级现代农业产业园5个", "全国排名第6", "稳居领头位置"
                               r"|(?:打造|创建|培育|建成|实施)了|全国排名第|排第\d+位|稳居"
                               r"|作了[\u4e00-\u9fff]{0,4}(?:发言|报告|讲话)"  # a meeting's news: "4个县市单位作了交流发言"
                               r"|现已|已占|占已(?:开工|竣工|投产|完成|建成)"  # "…1000万亩林果基地,现已初具规模", "林果收入已占当地农民收入40%以上"
                               r"|首次(?:突破|超过)"  # a record reported: "农村居民人均可支配收入首次突破2万元大关"
                               r"|产品远销|创造了"  # "产品远销80多个国家和地区", "用全市约10%的耕地面积创造了近30%的农业产值"
                               # a year's results published, a rank held: "孝感“两会”也公布了成绩单,预计生产总值突破3200亿元",
                               # "“规上工业增加值增长12.5%、高于全省4.9个百分点,增速全省第2”"
                               r"|成绩单|(?:增速|排名|位居|居|位列)(?:全国|全省|全市|全区)第[\d一二三四五六七八九十]{1,2}(?![个批次届轮季期产])"
                       # the only one to have done it: "…投资增长12.5%,为全省唯一个该指标实现10%以上增长的地市"
                       r"|(?<!成)(?:为|是)(?:全国|全省|全市|全区)唯一"
                       # beyond the plan by a count: "■新开工30项,超计划16项" (上海's year gone, round 135)
                       r"|" + PLAN_BEATEN + r"\s*\d"
                       # done ahead of time: "建成“455”安防工程2.9万公里,提前一年完成既定任务" (湖北's year gone, round 144)
                       # (or "提前一年实现了“组组通”")
                       r"|提前[一二两三\d]?个?[年月]?(?:完成|实现)(?:了|(?:既定|预定|原定)?(?:任务|目标))")
# last year's figures told by a speaker or under a place: "江枝英透露,江西去年粮食产量达到430.38亿斤" (a year that is
# not a baseline compared with: "比去年增长", "在去年基础上")
# (a speaker may be set after the meeting: "会上,省交通运输厅厅长孙廷喜说,去年,河南省交通运输投资完成375亿元", round 147)
# (or after 据悉: "据悉,去年贵阳市人口出生率为11.4‰,低于全省平均水平4.03个千分点,…" (round 204))
LAST_YEAR_HEAD_RE = re.compile(r"\s*(?:(?:会上|会议上|在[^，,。；;]{2,16}?上)[，,]\s*)?(?:[^，,。；;]{0,12}?(?:透露|表示|介绍|指出|说|据悉|获悉|据了解|了解到)[，,：:])?\s*[\u4e00-\u9fff]{0,6}?(?<![比较于])去年(?!同期|基础|水平)")
# the state of things now, told after its source: "据江西省住建厅统计,目前,全省99.56%的行政村…", "目前,全省创建19个…"
# (after words that name no figure: "美丽宜居的生活环境,离不开生活垃圾的有效治理,据…统计,目前,…")
# (or "到目前,57个老旧小区改造项目已全部完成项目立项手续", 潍坊, round 141)
# (or with no comma before the place it tells of: "据了解,目前在深圳2000平方公里左右的土地上,分布着大大小小973个各类公园", round 178)
NOW_HEAD_RE = re.compile(r"(?:^|(?<=[，,]))\s*(?:据[^，,。；;]{2,20}?(?:统计|介绍|了解|悉)\s*[，,]\s*)?(?:截至|截止|到)?目前(?:为止)?"
                         r"(?:[，,]|(?=在|全[省市县区州]|我[省市县区州]|本[省市县区])"
                         # (or a named place: "目前自贡大安区年销售观赏鱼达2000万尾以上" (四川, round 214))
                         r"|(?<=目前)(?=[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州)[\u4e00-\u9fff]{0,12}?(?:达|为|有|已)))")
# the part of the year gone so far, heading a sentence: "上半年,引进世界500强企业投资项目3个;…" (a 督查 notice on the year's
# report, 江门, round 142), "1至7月,…"
# (after the reporter's source: "本报东营讯 5月10日,记者从东营市住建局了解到,今年一季度,东营全市开工棚户区改造住房1423套" (round 155);
# or with no comma before the place: "…常务会议透露,今年前8月全市保障性安居工程开工率92.65%" (round 156))
# (or after a paper's 消息 and with what was done right after the work: "江淮晨报消息,从安徽省住建厅获悉,今年一季度棚户区改造新开工
# 59028套,建设进度39.56%", and its headline "安徽省:一季度棚户区改造新开工59028套", round 181)
# (or after a speaker's lead: "黎辉介绍说,今年上半年,全区地区生产总值增长8.1%,…,顺利实现“双过半”" (栖霞's half-year, round 235))
SO_FAR_HEAD_RE = re.compile(r"\s*(?:[^，,。；;]{0,12}?(?:讯|消息)\s*[，,]?\s*)?(?:\d{1,2}月\d{1,2}日\s*[，,]\s*)?(?:(?:记者)?[^，,。；;]{0,30}?(?:获悉|了解到|透露|介绍说?)\s*[，,]\s*)?"
                            r"(?:[\u4e00-\u9fff]{2,8}[:：]\s*)?(?:今年)?(?:上半年|一季度|前三季度|" + MONTHS_SO_FAR + r")"
                            r"(?:[，,]|(?=全[省市县区])|(?=[\u4e00-\u9fff]{2,12}?(?:新开工|基本建成|竣工|累计完成|完成投资)\s*\d)"
                            # (or what it achieved: "今年上半年四川省渔业经济取得显著成绩,全省农民人均渔业收入170.58元", round 214)
                            r"|(?=[\u4e00-\u9fff]{2,12}?(?:取得|保持)))")


def after_the_months_so_far(sentence: str) -> str | None:
    """What a sentence headed by the part of the year gone so far tells, perhaps after its outlet's byline: "本报讯(记者 王成栋)
    今年一季度,全省生猪存栏2986.7万头,环比增长4.04%" (四川, round 144) → "全省生猪存栏…"; None when no such head opens it."""
    sentence = without_byline(sentence)
    m = SO_FAR_HEAD_RE.match(sentence)
    return sentence[m.end() :] if m else None


# a sentence headed by past plan periods and their years: "“十三五”“十四五”时期(2016—2025年)重在提质,累计新建和提质
# 改造农村公路13.1万公里" (a 2025 page), "“十一五”“十二五”时期(2006-2015年)重在建设"
PAST_PERIODS_HEAD_RE = re.compile(r"\s*(?:“?十[一二三四五]五”?、?)+(?:时期|期间)\s*[（(]\s*(20\d\d)\s*年?\s*[-—–至到]\s*20\d\d\s*年?\s*[)）]")
# a paragraph that opens on the year or years gone: every figure of it reports, unless it looks ahead
# or on the years since an epoch: "近年来,凉山州…现代烟草农业建设有力有序有效推进。…实施烟水工程项目3897个" (round 148),
# "改革开放以来,我省农村交通基础设施发展迅猛,…客车通达25989个行政村"
# (perhaps after the work it is about: "在实施的前二轮兴边富民工程中,6年来,我省累计投入资金425亿元", 云南, round 148)
# (or after its source: "据报告,在过去的五年里,湖北地区生产总值达到3.65万亿元", round 150)
PAST_YEAR_OPENING_RE = re.compile(r"\s*(?:据[\u4e00-\u9fff]{1,10}[，,]\s*)?(?:在)?过去(?:的)?(?:一|五|三|这一|这五)年"
                                  # (or the years told by the figures: "统计数字显示,5年间,云南省通过劳动力市场求职的劳动者达254万人" (云南's
                                  # jobs of 2006, round 252))
                                  r"|\s*(?:在[^，,。；;]{2,24}?(?:中|里)[，,]\s*)?(?:近|这)?(?:一|两|三|四|五|几|这些|多|\d{1,2})?年来[，,]"
                                  r"|\s*(?:统计)?(?:数字|数据)显示[，,]\s*(?:近|这)?(?:一|两|三|四|五|几|\d{1,2})年(?:来|间)[，,]"
                                  r"|\s*(?:改革开放|新中国成立|建国|西部大开发)(?:[\u4e00-\u9fff]{0,6})?以来[，,]"
                                  # the year gone, named so: "据统计,去年全省实现劳务收入1468.95亿元,…。…农民工回乡创业72430人" (round 160)
                                  r"|\s*(?:据[\u4e00-\u9fff]{1,10}[，,]\s*)?(?:去年|上年)(?:全年|以来|年底|底|末)?(?=[，,]|全|我)"
                                  # (after the means it names: "通过实施“藏粮于地”,去年新建高标准农田379.6万亩,…。通过“藏粮于技”,全年玉米
                                  # 制种面积157.6万亩,…" (甘肃's grain, round 220))
                                  r"|\s*通过[^，,。；;]{2,24}?[，,]\s*(?:去年|上年)(?:全年)?(?=[，,]|全|我|新建|新增|完成|实现|累计|共)"
                                  # a survey of a year: "报告中提到,据2012年土地变更调查,全省农用地2.22亿亩,…。全省土地利用率为87.5%" (round 160),
                                  # or of now: "据抽样调查,全省城乡就业人员达6550多万人,…。在本乡镇内就业的农民工有1347万人" (round 159)
                                  r"|\s*(?:[^，,。；;]{2,12}[，,]\s*)?据\s*(?:20\d\d\s*年[^，,。；;]{0,12}?(?:调查|统计|普查)|(?:抽样|专项)?调查)(?:数据|结果)?(?:显示)?[，,]")
# the opening of a list of achievements, told after a colon or a dash in ；-parts: "介绍了近年来江苏省“三农”工作取得的成就:在农业生产
# 方面,全省粮食年产量稳定在3500万吨左右,…;在农民增收保障方面,2017年全省农民人均可支配收入达到1.91万元", "政府工作报告展示的5年成就
# 振奋人心。…让我们感受了真正的“广西速度”——5年完成交通固定资产投资4026.2亿元,…;"
ACHIEVEMENTS_LIST_RE = re.compile(r"(?:成就|成绩|成效)[^——:：；;]{0,80}?(?:——|[:：])")
# a change from one year's figure to another's: "从2013年的746万人减少到2018年的155万人"
CHANGE_BETWEEN_YEARS_RE = re.compile(r"从\s*20\d\d\s*年(?:底|末)?的?\s*[\d.]+[^，,。；;]{0,6}?(?:减少|下降|降低|降|增加|增长|提高|提升|上升|扩大)(?:到|至)"
                                     r"\s*20\d\d\s*年(?:底|末)?的?\s*[\d.]")
# a sentence that states the aims: "2025年全区经济社会发展的主要预期目标是:…"
AIMS_STATED_RE = re.compile(r"(?:主要)?预期目标(?:是|为)?\s*[:：]|预期目标(?:是|为)\s*[,，]|主要目标(?:是|为)\s*[:：]?|目标(?:任务)?(?:是|为)\s*[:：]")
# what turns a sentence from the past to a commitment: a due year, an aim, a plan
# (计划生育 is family planning, no plan: "52.68%的村(居)实现了计划生育村(居)民自治", 贵阳, round 204)
FORWARD_RE = re.compile(r"(?:到|至|力争|争取|确保)\s*20\d\d\s*年|力争|确保|争取|今年|明年|计划(?!生育)|目标|预期|将")
# the share of a plan done is no look ahead: "实现竣工23项,完成计划77%", "完成计划投资的90%" (北京's key works of 2014, round 115);
# nor is an aim reached early or beyond it, or a result told against one: "农民人均纯收入预计超过4000元,…,提前一年实现“十一五”
# 规划目标" (新疆, round 126), "城镇登记失业率保持在4.14%,低于国家4.6%的控制目标" (湖南, round 126)
# the words a progress report measures what is done against, its plan: "占计划", "占年度计划投资"
# (or its year's aim, the aim's figure perhaps in brackets: "改造农村危桥153座,为年度目标(150座)的102%" (吉林's rural roads,
# round 235), "…完成投资1.17亿元,占年度投资目标的20.2%" (六盘水, round 236))
SHARE_OF_PLAN = r"(?:占|为(?=年度|全年|今年))(?:年度|全年|今年)?(?:投资)?(?:计划|目标)(?:投资|任务|资金(?:总额)?)?"
# the share of the plan done, perhaps with the plan's figure: "新建3.41万亩,占计划3.9万亩的87%" (大理, round 174)
# (or with no 的 when the plan's figure is not given: "…完成投资2970万元,完工15座,占年度计划100%,另有15座正在改造中" (泉州, round 219))
PLAN_SHARE_DONE_RE = re.compile(SHARE_OF_PLAN + r"(?:[(（]?(?:\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff]{0,2})?[)）]?的|(?=\s*\d))\s*[\d.]+\s*[%％]")
DONE_SHARE_RE = re.compile(r"(?:完成(?:了)?|占)(?:年度|全年|年)?计划(?:投资|任务)?(?:\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff]{0,2}的)?的?\s*[\d.]+\s*[%％]"  # "占年度计划的112.4%"
                           r"|(?:提前[^，,。；;]{0,6}?(?:实现|完成)|超额完成|(?:低于|高于|优于|好于))[^，,。；;]{0,12}?目标(?:任务)?"
                           # (or held within it: "城镇登记失业率为4.3%,控制在“十五”计划确定的5%的目标之内" (云南, round 252))
                           r"|控制在[^，,。；;]{0,16}?目标(?:之内|以内|范围内)"
                           r"|" + PLAN_SHARE_DONE_RE.pattern)


def looks_ahead(text: str) -> bool:
    """Whether a sentence has a word that looks ahead (:data:`FORWARD_RE`), the share of a plan done left out."""
    return FORWARD_RE.search(DONE_SHARE_RE.sub("", text)) is not None
NAME_BRACKETS = [("“", "”"), ("\"", "\""), ("《", "》"), ("〈", "〉"), ("〔", "〕"), ("‘", "’")]

LEVEL_VERBS = ["达到", "保持在", "保持", "扩大到", "扩大至", "稳定在", "控制在", "提高到", "提升到", "提高至", "提升至", "增加到",
               "增至", "下降至", "降低至", "降至", "降低到", "下降到", "压减到", "压减至", "发展到", "发展至", "增长到", "增长至", "上升到",
               "上升至", "减少到", "减少至", "缩小到", "缩小至", "突破", "冲刺", "超过", "达", "为",
               "不低于", "不少于", "不超过", "至少", "高于", "低于", "建成", "拥有", "总数", "总量"]
GROWTH_VERBS = ["年均增长", "年均提高", "年均下降", "增长", "增速", "增幅", "涨幅", "下降", "降低",
                "提高", "提升", "减少", "增加", "压减", "上升"]
INCREMENT_VERBS = ["新增", "新建", "新开工", "新改建", "新培育", "新创建", "新开发", "新（扩）建",
                   "改扩建", "改建", "扩建", "续建", "累计实施", "累计完成", "累计引进", "培训",
                   "招聘", "引进", "完成", "实施", "建设", "打造", "培育", "改造", "发放", "开展",
                   "组织", "放映", "安装", "创建", "推出", "争创", "扶持", "认定", "申报", "选派",
                   "输送", "孵化", "筛选", "储备", "举办", "推进", "设立", "建立", "开通", "治理",
                   "修复", "整治", "提升改造", "更新改造", "新开", "攻关",
                   "转化", "落地", "签约", "入库", "推广", "打响", "培植", "新上", "引育",
                   "吸纳", "帮扶", "救助", "资助", "接待", "举办", "兴建", "配建", "新改扩建", "盘活", "安排", "争取"]
# verbs that stay in the indicator name because they say what is counted
KEEP_VERBS = ("新增", "新建", "新开工", "新改建", "新培育", "新创建", "新开发", "新（扩）建", "改造",
              "提升改造", "更新改造", "改扩建", "新改扩建")
LEAD_IN_RE = re.compile(
    r"^(?:(?:到|至|在)?\s*20\d\d\s*年?\s*(?:[-—–至]\s*20\d\d\s*年)?(?:底|末|内)?(?:前)?[，,]?|力争|争取|确保|努力|全力|进一步|同时|并|锚定|瞄准|"
    r"其中|就是|实现|使|将|推动|基本|共|年内|全年|今年|当年|每年|年均|" + SELF_SCOPE_ALT + r"|全镇|提出|同比|"
    r"区内|县内|市内|全面|加快|大力|积极|持续|不断|着力|重点|计划|预计|以上|和|及|、|以|要|再|"
    r"“十四五”(?:期间|时期|末)?|十四五(?:期间|时期|末)?|未来五年|三年内|规划期内?|期间|"
    r"用[一二两三四五六七八九十]年(?:左右)?时间|[一二两三四五六七八九十]年内)+"
)
TRAIL_RE = re.compile(r"(?:分别|均|都|总计|累计|共计|合计|年均|每年|力争|确保|争取|要|将|有望|可望|的|稳定|保持|要达到|至少|不少于|不低于|最少|应|需|必须|首次|超过|超|实现|(?<![所现存实])在)+$")


# an item's field label after its title on one line: "…30场次 项目内容:在15个乡(镇)…"
ITEM_FIELD_RE = re.compile(r"(?<=[^\s。；;：:，,])\s+((?:项目内容|建设内容|工作内容|实施内容|主要内容|具体内容|工作目标|完成时限|责任单位|牵头单位)\s*[:：])")


def split_sentences(text: str) -> list[str]:
    """Split on 。；！？ (full- and half-width): "生产总值增长6%左右。〔…〕" → ["生产总值增长6%左右。", …]; and
    between deeds set in book-title marks side by side, each an item of a list: "《城镇新增就业2000人以上》
    《建成幼儿园3所》" (two documents' titles, 《稳经济30条》《促消费20条》, stay one sentence)."""
    text = rx.sub(r"(?:《[^《》]*》){2,}", _deeds_as_items, text)
    # an item's title run into its field label on one line: "4、开展医共体巡回义诊活动30场次 项目内容:在15个乡(镇)…"
    text = ITEM_FIELD_RE.sub(r"；\1", text)
    return [s for s in SENTENCE_SPLIT_RE.split(text) if s.strip()]


def _deeds_as_items(m: re.Match) -> str:
    items = rx.findall(r"《([^《》]*)》", m.group(0))
    return "；".join(items) + "；" if all(is_titled_deed(i) for i in items) else m.group(0)


def masked_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of names that hide numbers: text in quotes or book-title marks, Latin-letter codes
    (5G, PM2.5, 4A, 35-110kV are handled separately), document numbers in 〔〕."""
    spans = []
    for open_, close in NAME_BRACKETS:
        start = 0
        while True:
            a = sentence.find(open_, start)
            if a < 0:
                break
            b = sentence.find(close, a + 1)
            if b < 0:
                break
            inner = sentence[a + 1 : b]
            if not ((open_ == "“" and (is_quoted_deed(inner) or is_quoted_statement(inner) or is_quoted_aim(inner, sentence[b + 1 :])))
                    or (open_ == "《" and is_titled_deed(inner))):
                spans.append((a, b + 1))
            start = b + 1
    # a date and time as a site prints them: "发布日期: 2023-01-30 08:56"
    spans += [m.span() for m in rx.finditer(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?", sentence)]
    return spans


# a name that a lead-in word is half of: "重点园" (「建设…重点镇10个、重点园10个」) is no 园
HALF_NAME_RE = re.compile(r"重点[\u4e00-\u9fff]")
SHARE_WORDS = r"(?:一半|半数|[一二三四五六七八九]成|[一二三四五六七八九十\d]+分之[一二三四五六七八九\d]+)"


def counts_the_list_before(sentence: str, q: Quantity) -> bool:
    """A count that only numbers the 、-list a frame verb opens: "突出稳产保供、产业发展、乡村建设、富民增收四条重要战线",
    "形成支撑省域、市域、城区3个“1小时交通圈”", "分别是齐齐哈尔至甘南、…、绥芬河至牡丹江等9项高速公路" — the things are named,
    the page works within them; not "建设甲、乙、丙3个产业园" (a verb that makes them)."""
    seg_start = clause_start(sentence, q)
    m = rx.search(r"(?:突出|围绕|聚焦|紧扣|统筹|支撑|涵盖|包括|覆盖|立足|依托)((?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8})\s*$",
                  sentence[seg_start : q.start])
    # the items named one by one, then counted: "分别是A至B、C至D(省界)…等9项"
    m = m or rx.search(r"(?:分别是|分别为)((?:[\u4e00-\u9fff（）()]{1,12}、)+[\u4e00-\u9fff（）()]{1,12}?)等\s*$", sentence[seg_start : q.start])
    if m and m.group(1).count("、") + 1 == q.value:
        return True
    # quoted names, then counted: "也契合内江打造“产业内江”“生态内江”“甜蜜内江”的三个愿景"
    quoted = rx.search(r"((?:“[^“”]{1,12}”[、和及与]?){2,})\s*(?:的|等)?\s*$", sentence[seg_start : q.start])
    if quoted and quoted.group(1).count("“") == q.value:
        return True
    # the named items as the subject, their progress after: "石坝河至宝鸡南收费站、高新区至宝鸡南服务区2条连接线和关环高速至慕仪、
    # 合凤高速至贾村2条延伸线取得重要进展"
    # (or the scope of what the clause counts next: "2020年大清河、子牙河、黑龙港及运东3个重点流域涉及的94座污水处理厂完成提标改造
    # 任务" (河北's cities, round 241) — 黑龙港及运东 one basin)
    m = rx.search(r"(?:^(?:\s*20\d\d\s*年)?|和|及)((?:[\u4e00-\u9fff（）()]{1,14}、)+[\u4e00-\u9fff（）()]{1,14}?)\s*$", sentence[seg_start : q.start])
    return bool(m) and m.group(1).count("、") + 1 == q.value and bool(
        rx.match(r"[^，,；;。]*?(?:取得[\u4e00-\u9fff]{0,4}进展|(?:加快|有序|稳步|全面)推进)|[^，,；;。\d]{0,8}?(?:涉及|范围内|区域内)的", sentence[q.end :]))


def is_scope_of_a_share(sentence: str, q: Quantity) -> bool:
    """The whole a share is taken of: the 40 of "40个省级全域旅游示范区有一半(20个)成功创建…"."""
    return bool(rx.match(r"[\u4e00-\u9fff]{0,16}?(?:有|的|中)?" + SHARE_WORDS + r"\s*[（(]\s*\d", sentence[q.end :]))


DOCUMENT_END_RE = re.compile(r"(方案|规划|意见|通知|办法|条例|纲要|报告|计划|决定|政策|措施|细则|清单|要点|公告|通告|标准|指南|规范)$")


def is_titled_deed(text: str) -> bool:
    """A deed a page sets in book-title marks, as a list of 实事 names its items: 《城镇新增就业2000人以上》,
    《建成幼儿园3所,新增园位1000个以上》 — a number with its unit and no document word at the end. A
    document's title stays masked: 《2023年省列市列县列为民实事实施方案》, 《“十四五”规划》."""
    return not DOCUMENT_END_RE.search(text) and bool(rx.search(r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%％]", text)) and has_target_verb(text)


def is_quoted_statement(text: str) -> bool:
    """Words quoted from a speech or a report, not a name: “2018年我县经济社会发展的主要预期目标是:生产总值
    增长8.5%以上,服务业增加值增长13%以上……” — long, with the punctuation of a sentence inside. A name in
    quotes is short and has none: “十四五”, “人才新政35条”."""
    return len(text) > 20 and bool(rx.search(r"[，,：:；;。]", text))


QUOTED_DEED_RE = re.compile(r"(?:优化提升|新增|新建|新改扩建|改扩建|改造提升|提升改造|改造|建设|建成|实施|开展|培育|打造|创建|完成|提供|培训|招聘|安装|配备)"
                            r"[\u4e00-\u9fff（）()]{0,8}?\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]")


def is_quoted_deed(text: str) -> bool:
    """A deed a news page quotes from the list it reports is a target, not a name: “改造提升500个社区助餐点”,
    “新增110家普惠托育机构”. Names in quotes stay masked: “十四五”, “人才新政35条”, “三个十大行动”."""
    return len(text) <= 30 and bool(QUOTED_DEED_RE.match(text))


def is_quoted_aim(text: str, after: str) -> bool:
    """Targets a page quotes and calls its aims: “农业增加值增长4%左右、农村居民人均可支配收入增长9%左右”目标任务 (贵州's
    rural work conference) — a figure with its verb, then 目标. A name with a figure stays masked: “人才新政35条”,
    “十四五”目标 (no figure). The aims may be counted: “地区生产总值增长15%、…、精准脱贫1215人”五项主要指标 (茶店镇, round 240)."""
    return bool(rx.match(r"\s*(?:的)?(?:[一二三四五六七八九十\d]{1,2}[项个大])?(?:主要)?(?:预期)?(?:目标|指标)", after)) and has_target_verb(text) \
        and bool(rx.search(r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%％]", text))


# a date and a time of day, as a page stamps its posting: "07-28 10:28", "2013-07-28 10:28:05"
TIME_STAMP_RE = re.compile(r"(?<!\d)(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
# one good and its price, a clause of its own: "菠菜2.50元", "西红柿3.00元"
PRICED_GOOD_RE = re.compile(r"(?:^|(?<=[，,、；;…]))\s*[\u4e00-\u9fff]{1,6}\s*\d+(?:\.\d+)?\s*元(?:/(?:斤|公斤|千克|个))?\s*(?=[，,、；;…]|$)")


def is_in_a_price_list(sentence: str, q: Quantity) -> bool:
    """Goods and their prices, two or more in a row, are what a market charges, not aims: "菠菜2.50元,西红柿3.00元,
    茄子2.50元……啥都不贵" (沈阳's new markets, round 147)."""
    goods = list(PRICED_GOOD_RE.finditer(sentence))
    return len(goods) >= 2 and any(m.start() <= q.start < m.end() for m in goods)


def is_change_from_now_after_its_level(sentence: str, q: Quantity) -> bool:
    """How far a level is from today, told after the level in the same unit, restates that level: "力争“十二五”末全区森林面积
    达1169万亩,比现在增加242万亩" (宁夏, round 96) aims at 1169万亩 once. A change from a named year stays its own target."""
    if not rx.search(r"[，,]\s*比(?:现在|目前|当前|现有)(?:增加|提高|增长|扩大|新增)\s*$", sentence[: q.start]):
        return False
    return any(r.unit == q.unit and r.end <= q.start for r in find_quantities(sentence[: q.start]))


def is_described_set(sentence: str, q: Quantity) -> bool:
    """A set the page has counted already, described: where it lies (「今年新建的5座公厕分布在石山镇…」), how large each is
    (「3座公厕建筑面积为73平方米」), what follows once it is built (「5座公厕建成投入使用后,…」), and a work's shifts
    (「每天分两班」) — 秀英区's toilets, round 150."""
    after = sentence[q.end :]
    if rx.search(r"的\s*$", sentence[: q.start]) and rx.match(r"[\u4e00-\u9fff]{0,8}?分布(?:在|于)", after):
        return True
    if rx.match(r"[\u4e00-\u9fff]{0,6}?(?:建筑面积|占地面积)(?:为|约|均为)", after):
        return True
    if rx.match(r"[\u4e00-\u9fff]{0,8}?建成(?:并)?(?:投入使用|投用|运营|使用)?后", after):
        return True
    return q.unit == "班" and rx.search(r"分\s*$", sentence[: q.start]) is not None


def is_aside_of_a_news_page(sentence: str, q: Quantity) -> bool:
    """A page's time stamp (「07-28 10:28」, round 148) and the commended, counted (「会议对省委组织部等61个兴滇富民先进单位予以
    通报表彰」, round 148)."""
    if any(m.start() <= q.start < m.end() for m in TIME_STAMP_RE.finditer(sentence)):
        return True
    return bool(rx.search(r"对[^，,。；;]{0,20}$", sentence[: q.start])
                and rx.match(r"[^，,。；;]{0,16}?予以(?:通报)?(?:表彰|表扬|嘉奖)", sentence[q.end :]))


def is_base_or_start(sentence: str, q: Quantity) -> bool:
    """Where the work or the change starts, not where it is to arrive: the base a task builds on (「在2011年动工建设29万套保障性
    住房的基础上,…新开工建设24.1万套」, 广西, round 150; not an aim kept as the base: 「在确保185万亩粮播面积的基础上」, round
    116), today's level (「从目前的2%以上达到2.8%以上」, round 149), work carried over (「加上2011年结转在建的32万套」), a named
    year's level (「比2020年的300家增加200家」), and a plan's size told against the last one's (「计划项目数比2022年的681个增加
    124个」, 临夏, round 150)."""
    before = sentence[: q.start]
    base = rx.search(r"在([^，,。；;]{0,24})$", before)
    if base and rx.match(r"[^，,。；;在]{0,16}?的基础上", sentence[q.end :]) and not rx.search(r"确保|保持|稳定|力争|巩固", base.group(1)):
        return True
    if rx.search(r"(?:从|由)(?:目前|现在|当前|现有)的?\s*$|结转(?:在建|续建)?的?\s*$|(?:比|较|与)\s*20\d\d\s*年(?:底|末)?的\s*$", before):
        return True
    change_to = r"\s*(?:以上|左右)?\s*[，,]?\s*(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|增|降|升)?(?:到|至)|\s*高到"
    if rx.search(r"20\d\d\s*年(?:底|末)?的\s*$", before) and rx.match(change_to, sentence[q.end :]):
        return True  # a named year's level a change starts from: "城镇2005年的45.45%高到…" (柳州, round 204), "5G基站数量将从
        # 2020年的3.6万个,增加到2025年的25万个" (四川, round 208)
    if rx.search(r"(?:从|由)\s*$", before) and rx.match(change_to, sentence[q.end :]) and not rx.match(r"\s*(?:到|至)\s*\d", sentence[q.end :]):
        return True  # the level a change starts from: "5G网络用户普及率,将从11%增至60%" (not a range "由5万到10万人")
    if q.unit in ("个百分点", "百分点", "点") and rx.search(r"(?:提高|提升|增加|上升|下降|降低|减少)\s*$", clause_before(sentence, q)) and \
            rx.search(r"20\d\d\s*年(?:底|末)?的\s*[\d.]+\s*[%％]?\s*(?:提高|提升|增加|上升|下降|降低|减少|高)(?:到|至)[^，,；;。]*[，,]\s*$",
                      sentence[: clause_start(sentence, q)]):
        return True  # the change between two levels told again in points: "由2005年的47.22%提高到2010年的57.86%,提高10.64个百分点"
    return bool(rx.search(r"(?:计划|总投资)[\u4e00-\u9fff]{0,6}?(?:比|较)(?:20\d\d\s*年|上年|去年)(?:的\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{0,3})?"
                          r"(?:增加|增长|提高|减少|下降)\s*$", clause_before(sentence, q)))


def is_not_a_target_number(sentence: str, q: Quantity, masks: list[tuple[int, int]]) -> bool:
    """Numbers that name or qualify rather than commit: years, dates, ordinals, codes, classes.

    "新建 4 座 220 千伏、12 座 110 千伏变电站": 220 and 110 are voltage classes;
    "谋划储备一批总投资10亿元、20亿元…以上的大项目": project size classes;
    "人均预期寿命达到80岁左右" keeps its 80, "3岁以下婴幼儿" loses its 3.
    """
    s, e = q.start, q.num_end
    if any(a <= s < b for a, b in masks):
        return True
    if is_scope_of_a_share(sentence, q):
        return True
    if counts_the_list_before(sentence, q):
        return True
    if is_sum_of_counted_projects(sentence, q):
        return False  # "总投资1530.5亿元的158个重点项目": no size class, the set's total
    before = sentence[:s]
    if rx.search(r"[（(]\s*$", before) and rx.match(r"\s*[）)]", sentence[e:]) \
            and not rx.search(rf"(?:{SHARE_WORDS}|{SHARE_OF_PLAN})\s*[（(]\s*$", before):
        # list markers （1）（2）; not a share spelt out as a count: "有一半(20个)成功创建", nor the plan a share done is of:
        # "改造农村危桥153座,为年度目标(150座)的102%"
        return True
    if is_aside_of_a_news_page(sentence, q) or is_in_a_price_list(sentence, q) or is_described_set(sentence, q):
        return True
    if is_base_or_start(sentence, q) or is_change_from_now_after_its_level(sentence, q):
        return True
    if ratio_side(sentence, q) == "one":
        return True  # the 1 of "师生比不低于1∶4000"
    if not q.unit and ratio_side(sentence, q) == "other":
        return False
    if q.fraction:
        # a share of a higher total counts where a verb sets it: "占全市1/8", "达到三分之一"
        return not rx.search(r"(占|达到|达|为|超过|提高到|不低于|不少于|以上)[\u4e00-\u9fff]{0,6}\s*$", before[-10:])
    if not q.unit and not rx.search(r"(达到|达|为|保持在|稳定在|控制在|不低于|不少于|不超过|提高到|提高至|提升到|提升至|降至|下降到|下降至|降低到|降低至|降到|缩小到|缩小至|以上)\s*$", before[-6:]) \
            and not rx.match(r"\s*(以上|左右|:1|：1)", sentence[e:]):
        return True  # a bare number without a unit and no verb that sets it: a name, a model, a code
    if q.unit == "%" and q.value >= 10000:
        return True  # figures run together in the copy: "城镇2005年的45.45%高到201051.27%" (2010 and 51.27%)
    if q.value == 0 and q.upper is not None:
        return True  # a range from nothing names a class: "保留边远山区、边境0—3公里自然村教学点", "0—3岁婴幼儿"
    if q.chinese and q.unit.endswith("类"):
        return True  # kinds: "完成四类村庄认定"
    if q.unit == "批" and rx.match(r"次\s*\d", sentence[q.end : q.end + 4]):
        return True  # batches of a list: "3批次22个重点项目开工建设" (the 22 are the target)
    if rx.search(r"海拔\s*$", before):
        return True  # an altitude class: "海拔1500米以上"
    if q.unit == "项" and rx.match(r"\s*\d+(?:\.\d+)?\s*(?:万)?(?:公里|千米|米)", sentence[q.end :]):
        return True  # a set of projects, then their length (the target): "续建20项3093公里"
    if q.unit in ("公里", "千米", "米") and rx.search(r"[\u4e00-\u9fff]{2,8}至[\u4e00-\u9fff（）()]{2,16}?(?:高速公路|一级公路|二级公路|公路|铁路|段)\s*$|大桥\s*$", before[-30:]):
        return True  # a named road's or bridge's length is its size: "分别是讷河至嫩江高速公路89.7公里", "黑瞎子岛上岛大桥1476米"
    if rx.search(r"(?:这|该|上述|前述|这些)(?:新增|新建|剩余|其余)?的?\s*$", before):
        return True  # a set named before, counted again: "这11个项目到今年底平均要完成路基土石方的96%", "这新增的18.55万户,包括…"
    if rx.match(r"[\u4e00-\u9fff]{0,10}?中\s*[，,]", sentence[q.end :]) and rx.search(r"的\s*$", before):
        return True  # the set a part is taken from: "今年开工的35项公路重点项目中,省负责公路重点项目17项"
    if rx.match(r"\s*周岁", sentence[e:]) and not rx.search(r"(达到|提高到|提升到|达)\s*$", before):
        return True  # an age class: "免费为14周岁女孩接种…"
    if q.chinese and not rx.fullmatch(r"(万亿|亿|万)(元|美元|吨|亩|人|千瓦)?|倍", q.unit) and not _chinese_count_is_commitment(sentence, q):
        return True
    if q.unit == "年" and not rx.search(r"(达到|提高到|提升到|达|为|年限)\s*$", before[-6:]):
        return True  # durations: 经过5年, 用3年时间
    if q.unit == "个" and sentence[e:].startswith("月") and rx.search(r"月\s*[，,]?\s*共\s*$", before):
        return True  # a campaign's months: "从2018年7月至12月,共6个月" (贵州, round 126)
    if q.unit == "分钟" and rx.match(r"\s*(?:内|以内|之内)\s*(?:能够|可以|可|能|即可)?\s*(?:达到|到达|抵达|步行)", sentence[e:]):
        return True  # the reach that qualifies a share: "实现90%以上的居民15分钟内能够达到最近的医疗点" (贵州, round 126)
    if rx.search(r"(我[省市县区旗镇]|现有|目前|已有|共有|现存|原有|还有)\s*(?:近|约|超过)?\s*$", before):
        return True  # existing stock: 更好发挥我市39家国家级科技创新平台, "村里原有89户贫困户", "当前,贵州还有65个贫困县",
        # "目前广西还有近10万人没有用上电" (round 198)
    if rx.search(r"(?:能够|能|可以|可)满足[^，,。；;]{0,20}$", before) and rx.match(r"[^，,。；;]{0,20}?需求", sentence[q.end :]):
        return True  # what a work can serve: "能够满足172辆纯电公交车和44辆插电式公交车的充电需求" (海口, round 200)
    if rx.search(r"具备(?:覆盖|服务|满足|接入)[^，,。；;]{0,6}$", before) and rx.match(r"[^，,。；;]{0,12}?能力", sentence[q.end :]):
        return True  # the capacity a network will have: "千兆接入的10GPON端口规模达到30万个,具备覆盖1200万户家庭的能力" (山西, round 207)
    if rx.search(r"现有[^，,。；;]{1,12}的\s*$", before):
        return True  # a part of what exists: "落实现有9个场站的65个充电桩配套建设" (海口, round 200)
    if rx.search(r"(?:由|从)?现状(?:的)?\s*$|现状[\u4e00-\u9fff]{1,10}$", before):
        return True  # the present state an aim starts from: "自来水普及率由现状的77.31%提高至96.22%", "南安市现状供水受益人口128.06万人" (round 197)
    if rx.search(r"(?:共|现场|集中)签约[^，,。；;]{0,16}$", before) and not rx.search(r"(?:将|计划|力争|争取|要|拟)[^，,。；;]{0,8}签约[^，,。；;]{0,16}$", before):
        return True  # signings reported: "2021年一季度,秭归县共签约总投资近16亿元的10个重大项目(含现场签约5个项目)" (round 196)
    if rx.search(r"占地(?:面积)?\s*(?:约|达)?\s*[\d.]+\s*[万亿]?(?:平方米|亩|公顷|平方公里)[，,]\s*其中[^。；;]{0,30}$", before) \
            and rx.search(r"(?:平方米|亩|公顷|平方公里)$", q.unit):
        return True  # the parts of the ground a work takes: "公园占地53万平方米,其中水域面积约18万平方米,绿地面积约35万平方米" (南京, round 195)
    if rx.search(r"(?:截至|截止|至)目前[，,]?\s*[\u4e00-\u9fff]{0,8}$", before):
        return True  # progress so far: "当年计划完成投资6.2亿元,至目前,完成投资3.1亿元"
    if rx.match(r"\s*(?:以上|左右)?\s*的\s*(?:好|优异|良好)?(?:成绩|佳绩|业绩|成效)", sentence[q.end :]):
        return True  # a result reported: "在2019年取得了地区生产总值增长18.5%的成绩之后"
    if rx.match(r"\s*及以[上下]\s*[\u4e00-\u9fff]", sentence[e:]):
        return True  # 56人及以上大班额
    after = sentence[e:]
    if rx.search(r"[（(]\s*(?:约合|折合)\s*$", before):
        return True  # the amount in another currency: "旅游总收入突破1.3万亿元人民币(约合2400亿新元)" (广东, round 128)
    # the same amount in another currency stands aside: "新签约5亿元(3000万美元)以上项目60个" (a class of project)
    after_all = rx.sub(r"^\s*[（(]\s*[\d.]+\s*[万亿]?[\u4e00-\u9fff]{0,3}\s*[）)]", "", sentence[q.end :])
    # years and dates
    if q.unit == "年" and q.value >= 1949:
        return True
    if not q.unit and rx.match(r"\s*(年|月|日|号|时|届|期|版|号线|号楼)", after):
        return True
    if is_session_ordinal(sentence, q):
        return True
    if not q.unit and q.value >= 1949 and q.value <= 2100 and q.value.is_integer():
        return True
    if q.unit in ("月",):
        return True
    # ordinals and codes
    if rx.search(r"第\s*$|第\s*\d+\s*(?:和|、|至|到|-|—)\s*$", before):  # "驶出的第367和368班次"
        return True
    if rx.search(r"[A-Za-z]\s*$", before) and not q.unit.startswith(("%",)) and not (
            rx.search(r"(?<![A-Za-z])[A-Z]{3,}$", before) and q.unit in ("台", "套", "个", "部", "处", "辆", "座")) \
            and not (rx.search(r"(?<![A-Za-z])(?:GDP|GNP)\s*$", before) and q.unit.endswith("元")):
        # PM2.5, PM10, G20; not a device counted after its name: "在主城区配置AED1100台"; nor an output in money after its
        # acronym: "到2025年末,全镇实现GDP10.2亿元" (鼎山镇, round 238)
        return True
    if rx.match(r"[A-Za-z+]", sentence[e : e + 1]) and not q.unit:
        return True  # 5G, 4A, 3D, 5G+
    if q.unit in ("kV", "KV", "千伏", "千伏安") or rx.match(r"\s*(kV|KV|千伏)", after):
        return True
    if q.unit.endswith("级"):
        pass  # "达到7000亿级": an order of magnitude reached (see order_of_magnitude)
    elif rx.match(r"\s*级", after) or rx.match(r"\s*(?:亿|万)?级", sentence[q.start + len(_num_text(sentence, q)) :]):
        return True  # 百亿级, 300亿级产业 (the count after it is the target)
    if q.unit in ("小时", "分钟") and rx.match(r"\s*[\u4e00-\u9fff]", after_all) and not rx.match(r"\s*(以内|之内|内|左右)", after):
        return True  # 24小时便民服务, 15分钟生活圈
    if q.unit in ("小时", "分钟") and q.upper is not None:
        return True  # a travel time's range, no bound set: "形成南昌至…中心城市1~2小时,至上海、广州等周边主要城市3~4小时,至北京6小时交通圈" (round 159)
    if q.unit == "天" and rx.match(r"\s*(?:[“\"][\u4e00-\u9fff]{1,4}[”\"]|[\u4e00-\u9fff]{0,2}(?:游|度假|行程|线路))", after_all):
        return True  # a trip's length names a product: "推动2.5天“微度假”产品", "3天2晚游"
    if rx.match(r"\s*制(?!造|度|定|品|作|剂|药|冷|裁|订|约|图|成)", after_all):
        return True  # 3人制篮球场, 5人制足球场: a format, not a count (not "10家制造业企业进入世界500强")
    if q.unit == "岁" and rx.match(r"\s*(以下|以上|至|-|—)", after) and not rx.search(r"(提升到|提高到|提升至|提高至|达到|达)\s*$", before):
        return True  # 3岁以下婴幼儿 (but "人均预期寿命提升到80岁以上" is a level reached)
    if q.unit in ("米", "公里", "千米") and (rx.match(r"\s*(?:以内|之内|内|范围内|半径)\s*[\u4e00-\u9fff]", after_all) or rx.search(r"(沿线|两侧|两岸|周边|沿岸)\s*$", before)):
        return True  # a distance that qualifies: "公交与轨道50米内换乘比例", "长江沿线1公里化工腾退地块"
    if q.unit == "倍" and q.value < 1:
        return True
    built = rx.match(r"\s*(?:[\u4e00-\u9fff]{0,4}(?:机组|项目|装机))?\s*(?:建成|投产|投运|并网|开工|试运转)", after_all)
    # size classes: 总投资10亿元以上的大项目, 年产10万吨项目, 集体收入超50万元的行政村 (not "产能1400万吨/年建成试运转")
    if not built and rx.search(r"(总投资|投资额|年产|年处理|年加工|产能|规模为|占地|装机|单体|单机|亩产)\s*(?:超过|超|过|达|约)?\s*$", before) and not rx.search(r"(达到|力争|新增)\s*$", before) \
            and not rx.search(r"(新增|新建|累计|建成|并网|其中)[\u4e00-\u9fff]{0,10}(装机|产能)\s*$", before) \
            and not (rx.search(r"产能\s*达\s*$", before) and rx.match(r"\s*(?:以上|左右)?\s*[、，,；;。]", after_all + "。")) \
            and not _installed_capacity_reached(before, after_all) \
            and not rx.search(r"年度计划总投资\s*(?:超过|超|过|达|约)?\s*$", before):
        # 新增光伏装机5万千瓦: an amount added; "页岩气产能达30亿立方米、产量达…": the capacity reached; the year's money of a
        # list of projects is a target: "实施83个重点建设项目,年度计划总投资296.19亿元" (沙坪坝, round 158)
        if not q.unit.endswith("%"):
            return True
    # (about a size, when a count of what has it follows: "镇区人口10万左右的达到40个", not "打造10个左右的百亿级产业集群")
    if rx.match(r"\s*(以上|以下|左右(?=的[\u4e00-\u9fff]{0,8}?(?:达到|达|有|为)\s*\d))?\s*的(?!目标|任务|要求|[\u4e00-\u9fff]{1,4}?目标(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{1,6}?任务(?![\u4e00-\u9fff]))",
                sentence[q.num_end :]) and not q.unit.endswith("%"):
        # a size class ("50万元以上的项目", "镇区人口10万左右的达到40个", 浙江's towns, round 201), not a goal's value
        # ("分别控制在5万吨、4.5万吨和0.5万吨的目标", "农民人均纯收入增加400元以上的农村发展目标")
        # (nor an amount achieved, named after it: "实现130亿元的农村劳动力转移就业收入", 临夏, round 206)
        if not rx.search(r"(达到|达|为|有|实现)\s*$", before[-4:]) and not _counted_sites(sentence, q) and not _size_of_the_work(sentence, q) \
                and not rx.search(SHARE_OF_PLAN + r"\s*[(（]?\s*$", before):
            # (the plan a share done is of, the target: "新建3.41万亩,占计划3.9万亩的87%", 大理's forestry, round 174)
            return True
    if _is_enumerated_class(sentence, q):
        return True
    if rx.search(r"\d+\s*[所个座家处]\s*$", before) and rx.match(r"\s*(?:及)?以上\s*[\u4e00-\u9fff]{1,4}的", sentence[q.num_end :]):
        return True  # the size of what a count counts: "建设1所100张以上床位的养老机构" (the target is 1所)
    measure = q.unit and q.unit[-1] not in CLASSIFIER_UNITS and not q.unit.endswith("%")
    if measure and rx.search(r"以[上下]\s*$", sentence[q.num_end : q.end]) and rx.match(r"\s*\d+\s*[只个家项所座]", after_all):
        return True  # a size class, then its count: "完成市外境内投资5.5亿元,其中5亿元以上3只,10亿元以上1只"
    if measure and _bar_of_a_count_before(before):
        return True
    if measure and _qualifies_following_count(sentence, q):
        return True
    # an amount as the object of what is done or reached: "完成3000亿元投资", "力争形成2000万吨钢规模"
    # (or the income or output it is: "实现130亿元的农村劳动力转移就业收入", 云南, round 206)
    amount_done = rx.search(r"(?:完成|实现|形成)\s*$", before) and rx.match(
        r"\s*(?:的)?\s*(?:[\u4e00-\u9fff]{0,2}?(?:投资|规模|产能|产量)(?!的)|的[\u4e00-\u9fff]{0,12}?(?:收入|产值|增加值|销售额)(?![\u4e00-\u9fff]))", after_all)
    # (not the year's money and what it goes to: "今年青海省将投资5.63亿元用于全省各类教育项目建设", round 156)
    # (or the work it goes to told by its verb: "黄平今年将投入15.73亿元加强交通基础设施建设", round 206)
    spent_on = rx.match(r"\s*(?:用于|加强|推进|加快|实施|改善|推动|完善|提升|打造)", after_all) and is_years_planned_investment(sentence, q)
    if measure and not built and not amount_done and not spent_on and not rx.search(r"(?:布局建设|新建|建设|建成|新增|投产|并网)\s*$", before) \
            and rx.search(r"(千瓦|兆瓦|吨|元|岁)$", q.unit) and rx.match(r"\s*(以上|以下)?\s*[\u4e00-\u9fff]", after_all) \
            and not rx.match(r"\s*(?:新|大)?(?:台阶|关口|大关)|\s*(以上|以下|以内|左右)?\s*(?:的(?:目标|任务|要求)|的?[\u4e00-\u9fff]{1,4}?目标(?![\u4e00-\u9fff]))", after_all) \
            and not rx.match(r"\s*(以上|以下|以内|左右|、|和|及|或)?\s*[，。；、]", after_all + "。") \
            and not (rx.search(r"(?:突破|达到|超过)\s*$", before) and rx.match(r"\s*(以上|左右)?\s*(?:同比|比上年)?(?:增长|下降)\s*\d", after_all)):
        # (an amount then its rate is an aim, no class: "生产总产值突破30亿元增长25%" (红塔镇, round 240))
        if not rx.match(r"\s*(以上|以下|以内|左右)?\s*(和|及|或|、)", after_all):
            return True  # 30万千瓦煤电机组, 过10亿元骨干企业, 3-6岁儿童: a class, not an amount
    if q.chinese is False and rx.match(r"\s*个?\s*(方面|领域|环节|维度|方向|层面|大局|市场)", sentence[q.end :]):
        return True
    return False


RATIO_SEP = "[:：∶]"


def _installed_capacity_reached(before: str, after: str) -> bool:
    """A place's or an energy's installed capacity is a level to reach, not a project's size class:
    "锚定2030年全省风电、光伏装机1亿千瓦以上、清洁能源装机超过1.4亿千瓦的目标" (not "装机10万千瓦以上的项目")."""
    return bool(rx.search(r"(?:全[省市区县国]|风电|光伏|清洁能源|新能源|可再生能源|水电|核电|储能)[\u4e00-\u9fff、]{0,8}?装机(?:容量|规模)?"
                          r"\s*(?:超过|超|过|达|达到)?\s*$", before)) and bool(
        rx.match(r"\s*(?:以上|左右)?\s*(?:[、，,；;。和]|的(?:目标|任务))", after + "。"))


def ratio_side(sentence: str, q: Quantity) -> str:
    """In a ratio "1∶4000" the target is the side that is not 1: "other" for the 4000, "one" for
    the 1; "1.42:1" keeps its 1.42 (the "other" side stands first). "" when not in a ratio."""
    before = sentence[: q.start]
    after = sentence[q.num_end :]
    m = rx.search(rf"(\d+(?:\.\d+)?)\s*{RATIO_SEP}\s*$", before)
    if m and not q.unit:
        return "other" if float(m.group(1)) == 1 and q.value != 1 else "one"
    m = rx.match(rf"\s*{RATIO_SEP}\s*(\d+(?:\.\d+)?)", after)
    if m and not q.unit:
        return "one" if q.value == 1 and float(m.group(1)) != 1 else "other"
    return ""


MAGNITUDE_RE = re.compile(r"\s*(万亿|千亿|百亿|亿|千万|百万|万)级")


def order_of_magnitude(sentence: str, quantities: list[Quantity]) -> None:
    """"数字经济核心产业规模达到7000亿级" → 7000 with unit 亿级: an order of magnitude that a verb
    sets and no count follows ("培育千亿级产业2个" counts the 2, "300亿级产业1个" the 1)."""
    for q in quantities:
        m = MAGNITUDE_RE.match(sentence, q.num_end) if not q.unit else None
        if not m:
            continue
        before = sentence[: q.start - q.prefix_len]
        seg_end = min([i for i in (sentence.find(ch, m.end()) for ch in "，,；;。、") if i >= 0] + [len(sentence)])
        if rx.search(r"(达到|突破|迈上|迈向|跨越|超过|形成|成为|迈入|跃升至|跃上)\s*$", before) and not rx.search(r"\d", sentence[m.end() : seg_end]):
            q.unit = m.group(1) + "级"
            q.num_end = m.end()
            q.end = max(q.end, m.end())


SESSION_BODIES = r"(?:全国)?(?:人大|人民代表大会|政协|党代会|(?:中央|省|市|县|区)?委员会|[省市县区]?委)"


def is_session_ordinal(sentence: str, q: Quantity) -> bool:
    """A congress's or committee's term and session, never a quantity: "省十三届人大六次会议" (13, 6),
    "十九届五中全会"; "组织两届全县道德模范选树活动" counts editions of an event and stays."""
    numeral = rx.match(r"[\d.一二三四五六七八九十两〇零]+", sentence[q.start :])
    after = sentence[q.start + (numeral.end() if numeral else 0) :]
    if rx.match(r"\s*届\s*(?:" + SESSION_BODIES + r"|[一二三四五六七八九十\d]+\s*(?:中全会|次全会|次会议|次))", after):
        return True
    return bool(rx.match(r"\s*(?:次(?:全体)?会议|次全会|中全会)", after)) and bool(
        rx.search(r"届\s*" + SESSION_BODIES + r"?\s*$", sentence[: q.start][-10:]))


def _chinese_count_is_commitment(sentence: str, q: Quantity) -> bool:
    """"每年完成两个村庄", "新建…四座节制闸" count; "统筹好两个大局", "十九届五中全会",
    "“智慧金融平台、金融管家、金融辅导”三个服务" do not."""
    before = clause_before(sentence, q, with_prefix=True)
    after = sentence[q.end : q.end + 6]
    if rx.match(r"\s*(方面|领域|环节|维度|方向|层面|大局|市场|资源)", after):
        return False
    if rx.match(r"(中全会|次全会|全会|次会议|会议|代表大会|届人大)", after) or before.endswith(("党的", "十", "”", "\"")):
        return False
    if rx.match(r"\s*(以上|左右)", after) or "每年" in before or "每" in before[-3:]:
        return True
    if rx.search(r"每(?:个|一个|条|所|家|座)[\u4e00-\u9fff]{1,8}?(?:至少|都|均)(?:要|应)?(?:有|建成|建设|配备|设立|建立)?\s*$", before):
        return True  # a per-unit target: "做到每个街道至少有一所社区卫生服务中心"
    verbs = ("新建", "建设", "建成", "培育", "打造", "完成", "开展", "创建", "参与", "新增", "实施", "引进", "争创", "达到", "举办", "组织",
             "改造", "改建", "扩建", "安装", "配备", "开设", "设立", "建立", "兴建")
    # (or the deed the count is to undergo, told after it: "今年将有八个码头在防城港兴建", "…等五个码头将于今年6月开工建设",
    # 广西's ports, round 204)
    if not rx.match(r"\s*(?:县|市|区|乡|镇|村|州|地区|地|省)", sentence[q.end :]) and \
            rx.match(r"[\u4e00-\u9fff（）()]{1,20}?(?:将|要|计划|拟)(?:于|在)?[^，,。；;]{0,14}?(?:兴建|新建|开工|建设|建成|竣工|投产|完工)", sentence[q.end :]) \
            or rx.search(r"将有\s*$", before) and rx.match(r"[\u4e00-\u9fff]{1,8}?在[^，,。；;]{1,10}?(?:兴建|新建|开工|建设|建成)", sentence[q.end :]):
        return True
    if q.unit not in MEASURE_WORDS and rx.search(r"(?:将|力争)[^。；;]*$", sentence[: q.start]):
        # a length or tonnage in a list the sentence commits to: "安徽将力争新建铁路一千公里以上、高速公路二千公里"
        return True
    return any(v in before for v in verbs)


def _counted_sites(sentence: str, q: Quantity) -> bool:
    """"维修更换农村37处的机泵、阀门": a count of sites or things worked on (a measure word after a
    verb of the work), not a class of things of that size ("年产10万吨的项目")."""
    if not q.unit or q.unit not in MEASURE_WORDS or q.chinese:
        return False
    before = clause_before(sentence, q)
    return bool(rx.search(r"(维修|更换|改造|新建|建设|安装|修缮|整治|治理|加固|提升|建成)", before)) and not rx.search(r"(以上|以下)", sentence[q.num_end : q.num_end + 3])


def _num_text(sentence: str, q: Quantity) -> str:
    m = rx.match(r"[\d.]+", sentence[q.start :])
    return m.group(0) if m else ""


def _size_of_the_work(sentence: str, q: Quantity) -> bool:
    """An amount of the works a deed completes, not a class of them: "完成园丁花园一期33栋居民楼、18.3万平方米的
    屋面防水维修改造工程" (but "总投资10亿元以上的项目" is a class); an area or a length straight after the deed's verb:
    "划定1500万亩的粮食功能区", "实施400万平方米的旧楼区整修" (rounds 45–46)."""
    if rx.search(r"(?:完成|实施|推进|新建|建设|建成|改造|划定|整修|修复|治理)\s*$", sentence[: q.start - q.prefix_len]) \
            and rx.search(r"(?:亩|公顷|平方米|平方公里|公里|千米|米)$", q.unit) and rx.match(r"\s*的[\u4e00-\u9fff]", sentence[q.num_end :]):
        return True
    return bool(rx.search(r"(完成|实施|推进|新建|建设|改造)", clause_before(sentence, q, with_prefix=True))) and bool(
        rx.match(r"\s*的[\u4e00-\u9fff]{0,12}?(?:工程|改造)", sentence[q.num_end :]))


def _is_enumerated_class(sentence: str, q: Quantity) -> bool:
    """"总投资10亿元、20亿元、50亿元以上的大项目": every member of a chain that ends in 以上的 is a class."""
    tail = sentence[q.num_end :]
    # (not the shares of a task: "三地…分别将完成21.05万亩、17.3万亩、9.59万亩的植树造林任务", 福建, round 57)
    m = rx.match(r"(?:\s*、\s*[\d.]+\s*[^\s、，。；]{0,4})+\s*(以上|以下)?的(?![\u4e00-\u9fff]{0,8}?(?:任务|目标|要求))", tail)
    if not m or q.unit.endswith("%"):
        return False
    # the members share one unit; "村3个、100万元以上的村1个" is a count, then the next item's class
    # (a unit stops at 以 or 的: "培育产值超100亿元、50亿元、10亿元的领军型…企业", 甘肃's sessions, round 204)
    units = {u for u in rx.findall(r"、\s*[\d.]+\s*([^\s\d、，。；以的]{0,4})", m.group(0)) if u}
    return not q.unit or not units or units == {q.unit}


def _bar_of_a_count_before(before: str) -> bool:
    """An amount that what a count counts must pass, in the same phrase: "其中有15个以上园区产值超500亿元,
    5个园区产值超1000亿元" (the targets are 15个 and 5个); a sum is passed with 突破: "11个能源重点领域项目投资突破2000亿元"."""
    return bool(rx.search(r"\d+(?:\.\d+)?\s*[个家座所处条]\s*(?:以上|左右)?\s*[\u4e00-\u9fff]{1,10}?(?:超过|超|过)\s*$", before))


def _qualifies_following_count(sentence: str, q: Quantity) -> bool:
    """A measure followed directly by a noun and, in the same phrase, by a count is a qualifier:
    "过100亿元企业1家" (the target is 1家), "东昌府区 100MW 智慧光伏等 20 个项目"."""
    after = sentence[q.end :]
    if rx.match(r"\s*(?:以上)?\s*或\s*\d+(?:\.\d+)?\s*[亿万]?美元(?:以上)?\s*[\u4e00-\u9fff]{1,6}?\d+\s*[个家项]", after):
        return True  # a bar in two currencies before a count: "引进投资超30亿元或3亿美元项目6个" (the target is 6个)
    if not rx.match(r"\s*[\u4e00-\u9fff]", after) or rx.match(r"\s*(以上|以下|以内|左右|、|和|及|或|，|。|；)", after):
        return False
    if rx.match(r"\s*(的|，|。|、)", after):
        return False
    phrase = rx.split(r"[，,；;。、]", after, maxsplit=1)[0]
    return bool(rx.search(r"\d+(?:\.\d+)?\s*[" + "个家项所座处名场次条台套张块件" + r"]", phrase))


def _without_plan_ends_ahead(sentence: str, first_plan_year: int | None) -> str:
    """The sentence without the end of a five-year plan still ahead of the page's first year, which reads as a review only
    once it has passed: "“十二五”末,旅客吞吐量达到1200万人次" on a page of January 2011 (河北, round 147) is an aim."""
    if not first_plan_year:
        return sentence
    return rx.sub(rf"(?:到|至)?“?({PLAN_NAMES})”?(?:末|期末)",
                  lambda m: "" if FIVE_YEAR_PLANS[m.group(1)][1] >= first_plan_year else m.group(0), sentence)


# a plan's years and aims quoted from the document that sets them, on a page written after they began (or ended):
# "根据自治区《关于加快推进高效节水农业发展的实施意见》,“十四五”时期发展高效节水农业32.33万亩,其中:2021年2.42万亩,…" (银川's
# account of rectification, dated 2026, round 228): aims at their own years, not the period's results
# (or its first year's aim first: "按照《荆州市农村生活污水治理三年行动方案(2023-2025年)》,2023年治理125个、2024年治理196个、
# 2025年治理113个" in a notice of November 2025, round 230)
PLAN_CITED_FOR_ITS_YEARS_RE = re.compile(r"(?:根据|按照|依据)[^。；;《]{0,12}?《[^《》]{2,60}?(?:意见|规划|方案|计划|纲要)[(（]?[^《》()（）]{0,14}[)）]?》[，,]\s*"
                                         r"(?:“?(十[一二三四五六七八九]五)”?(?:期间|时期)|(20\d\d)\s*年(?=[\u4e00-\u9fff]{1,8}?\d))")


def plan_cited_for_its_years(sentence: str) -> int | None:
    """The first year of the plan a sentence quotes its aims from (:data:`PLAN_CITED_FOR_ITS_YEARS_RE`), None when it quotes
    none or tells what was done (已, 累计, 完成了; and, after a year, 完成 or 实现 at all)."""
    m = PLAN_CITED_FOR_ITS_YEARS_RE.match(sentence)
    if not m or rx.search(r"已|累计|完成了", sentence) or m.group(2) and rx.search(r"完成|实现", sentence):
        return None
    return FIVE_YEAR_PLANS[m.group(1)][0] if m.group(1) else int(m.group(2))


# a note that work goes on, with no figure and nothing done: "截至目前,各项造林有序推进。"
PROGRESS_NOTE_RE = re.compile(r"(?:有序|顺利|稳步|扎实|全面)推进|进展顺利|正在(?:加紧|有序|紧张)?(?:推进|施工|实施)")


def is_progress_note(sentence: str) -> bool:
    """A sentence that says only that work goes on: 「截至目前,各项造林有序推进。」 (西宁, round 250) tells no figure and nothing
    done, so a 「同时,…」 after it adds to no review."""
    return PROGRESS_NOTE_RE.search(sentence) is not None and not rx.search(r"\d", sentence)


def is_review_sentence(sentence: str, clause: Clause, first_plan_year: int | None) -> bool:
    """Achieved values, not commitments: "2020年，全市生产总值达到2316.84亿元" (a year before the
    plan starts, at the head of the sentence, perhaps after its source: "据悉,2017年江西接待游客5.73亿人次"),
    "“十三五”期间关停…", "比上年增长…"."""
    if clause.is_review or (first_plan_year is None and told_done_in_its_year(sentence)):
        return True
    if AIMS_STATED_RE.search(sentence):
        return False  # "主要预期目标是:预计地区生产总值同比增长5.5%左右,…": the aims, whatever words they use
    if plan_cited_for_its_years(sentence):
        return False  # a plan's years quoted as its aims on a later page (an account of rectification dated 2026, round 228)
    # a plan of the 十三五 years read while they lie ahead: "“十三五”期间,贵州将争取完成林业投入420亿元以上",
    # "到“十三五”末,力争全省森林覆盖率达到60%" (a 2016 page); the same words in a later page's review stay the review
    # (or plans: "“十三五”期间海南计划投资101亿元,规划新建污水配套管网1548公里", round 214)
    ahead = rx.search(r"(?:期间|时期)[,，]?\s*[\u4e00-\u9fff]{0,6}?(?:将|力争|争取|确保|计划|规划)|(?:到|至)“?十三五”?末", sentence)
    # a plan's own indicators told as the plan sets them: "规划纲要设定的昆明“十三五”时期经济社会发展主要指标,…其中,全市地区生产总值
    # 年均增长9%左右" (a page on the draft plan)
    ahead = ahead or rx.search(r"(?:规划|纲要|草案|方案)》?[^，,。；;]{0,4}?(?:设定|确定|提出|明确)的[^，,。；;]{0,30}?(?:主要)?(?:指标|目标)", sentence)
    # a page that plans years inside the 十三五 and says so: "确保至2018年底,…,“十三五”期间,每个市(州)启动创建1个5A级景区"
    ahead = ahead or bool(first_plan_year and first_plan_year <= 2020 and FORWARD_RE.search(sentence))
    tested = rx.sub(r"(?:到|至)?“?十三五”?(?:期间|时期|末)", "", sentence) if ahead else sentence
    tested = _without_plan_ends_ahead(tested, first_plan_year)
    if _aimed_by_place(sentence, clause, first_plan_year):
        tested = YEAR_ON_YEAR_RE.sub("", tested)
    base = BASE_CLAUSE_RE.match(tested)
    if base and FORWARD_RE.search(tested[base.end() :]):
        tested = tested[base.end() :]  # the base it starts from is no review: "在去年GDP预计完成4285亿元的基础上,今年预期目标建议增长8.5%以上"
    if rx.search(r"安排|计划", tested):
        # a plan's share told against last year's closes its sentence, it does not make it a review: "共安排重大产业项目2533个、
        # 年度计划投资4656.12亿元,占省重大工程项目总投资的62.9%,比上年提高4.5个百分点" (贵州's 2021 list, round 124)
        tested = rx.sub(r"[，,]\s*(?:比|较)上年(?:提高|增加|增长|下降)[\d.]+\s*(?:个百分点|%|％)", "", tested)
    if REVIEW_RE.search(tested):
        return True
    if DONE_OR_LISTED_RE.search(sentence) and not FORWARD_RE.search(rx.sub(PLAN_BEATEN, "", sentence)):
        # what has happened, told as news: "生猪的存栏出栏分别增加了2.3%和3.7%", "省发改委公布2024年省重点建设项目名单,
        # 共390个", "长沙列入省重点建设的社会民生项目15个…创近3年来新高", "已领办示范片573个…成效显著", "入选了全国首批29家"
        return True
    periods = PAST_PERIODS_HEAD_RE.match(sentence)
    if periods and first_plan_year and int(periods.group(1)) < first_plan_year and not FORWARD_RE.search(sentence):
        return True  # "“十三五”“十四五”时期(2016—2025年)重在提质,累计新建…13.1万公里" in a page on 2025
    # (opening a clause: "…一年投入76个亿,相当于“十一五”期间整个城市基础设施建设投资总和" compares, round 123)
    gone = rx.search(r"(?:^|[，,：:；;])\s*" + PLAN_PERIOD, sentence)
    if gone and first_plan_year and FIVE_YEAR_PLANS[gone.group(1)][1] < first_plan_year and not looks_ahead(sentence):
        return True  # a plan's years gone: "据了解,“十一五”期间,湖南新开工建设铁路项目8个,铁路营运里程达3647公里" (a 2011 page, round 176)
    if (LAST_YEAR_HEAD_RE.match(sentence) or LAST_YEAR_HEAD_RE.match(clause.text) and not _looks_ahead_since_the_opening(sentence, clause.text)) \
            and not FORWARD_RE.search(SHARE_OF_AIM_RE.sub("", sentence)):
        # "江枝英透露,江西去年粮食产量达到430.38亿斤,连续10年稳定在430亿斤以上", and the rest of the paragraph it opens:
        # "…去年,河南省交通运输投资完成375亿元…。其中,高速公路建设完成投资215亿元" (round 147)
        return True
    told = after_the_months_so_far(sentence)
    if told is not None and not FORWARD_RE.search(told.replace("计划内", "")):
        return True  # ("全市计划内基本建成棚户区改造住房493套": within the year's plan, done so far)
    now = NOW_HEAD_RE.search(sentence)
    if now and not rx.search(r"\d", sentence[: now.start()]) and not FORWARD_RE.search(sentence):
        return True  # "据江西省住建厅统计,目前,全省99.56%的行政村…纳入城乡一体化生活垃圾收运处置体系" (round 139)
    if _in_a_list_of_achievements(sentence, clause.text):
        return True
    if CHANGE_BETWEEN_YEARS_RE.search(sentence) and rx.search(r"获悉|据悉|介绍", sentence) \
            and not FORWARD_RE.search(CHANGE_BETWEEN_YEARS_RE.sub("", sentence)):
        return True  # a change between two years retold: "记者…获悉:贵州省贫困人口从2013年的746万人减少到2018年的155万人"
    if PAST_YEAR_OPENING_RE.match(clause.text) and not looks_ahead(sentence) and not _looks_ahead_since_the_opening(sentence, clause.text):
        # the rest of a paragraph that opens on the past year: "在过去的一年,南京…。…新签约百亿级产业项目9个"; not once it has
        # turned to the year's aims: "据了解,过去五年宁夏…。宁夏今年的减贫目标是…。搬迁安置建档立卡贫困人口2.5万人" (round 156)
        return True
    if PAST_YEAR_OPENING_RE.match(sentence) and not FORWARD_RE.search(sentence):
        # a sentence of its own that opens on the years gone, inside a paragraph that does not: "目标起于基础,思路决定出路。近年来,
        # 拉萨市加快城市建设管理步伐,先后完成…,新建九座公园、两处广场绿地和三条景观大道" (round 202)
        return True
    if PLAN_SHARE_DONE_RE.search(sentence) and not looks_ahead(sentence):
        return True  # what is done against the plan: "全州新建沼气池10056户,占计划2万户的50.3%" (its plan is read apart)
    if TARGET_MET_RE.search(sentence) and not rx.search(r"力争|确保|争取|今年|明年|将(?!近)|[要需应]完成", sentence):
        return True  # a result against its target: "覆盖率达到78%,超年度目标3个百分点", "…6384千米,分别完成年度目标的100.2%、127.7%"
    if opens_on_a_past_year(clause.text, first_plan_year, set_off=True) \
            and not _looks_ahead_since_the_opening(sentence, clause.text) \
            and not _opens_on_a_plan_year(sentence, first_plan_year):
        return True  # the rest of a paragraph a past year opens: "据…介绍,2023年,全省新改建农村公路9263公里,…。全省新改建改造配电变压器5008台"
    # a year or a span of years before the plan starts, at the head: "2006至2009年,全市万元GDP能耗累计下降16.04%",
    # "预计2022年兰州新区地区生产总值增长13%" (in a page that sets 2023's targets)
    # a news page's source before it: "据介绍,2022年,安徽汽车产量174.7万辆" (a page on a plan to 2027), or its look back:
    # "回顾2019年,…预计2019年全年新疆实现地区生产总值13780亿元" (a page on 2020's targets)
    if opens_on_a_past_year(sentence, first_plan_year):
        return True
    # a report or a statistic retold, with a year and nothing that looks ahead: "武汉市政府工作报告显示，
    # 2024年武汉市民生支出占比达79.8%" ("规划显示，到2025年…" looks ahead and stays)
    if rx.search(r"(?:资料|数据|统计)显示[，,：:]", sentence) and not looks_ahead(sentence):
        return True  # figures of the place retold from a source: "海南省农业厅资料显示,全省耕地面积628.7万亩,人均1.22亩"
    m = rx.search(r"(?:显示|表明)[，,：:]?\s*(20\d\d)\s*年(?!底前|前)", sentence)
    if m and first_plan_year and int(m.group(1)) >= first_plan_year and rx.search(r"报告[^，,。；;]{0,6}?(?:显示|表明)", sentence) \
            and not rx.search(r"完成|已", sentence):  # (its results retold stay: "…2024年武汉市民生支出占比达79.8%，52件民生实事全面完成")
        return False  # a report's aims for the page's own year: "…发布《…会议上的报告》,根据报告内容显示,2022年,地区生产总值增长7.5%" (吴忠, round 190)
    return bool(m) and not looks_ahead(sentence)


# what is done so far against its plan, the plan's figure given: "新建沼气池10056户,占计划2万户的50.3%"
# (or its year's aim in brackets: "改造农村危桥153座,为年度目标(150座)的102%")
PLAN_BESIDE_DONE_RE = re.compile(r"([^，,；;。：:]*?)\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff]{0,2}\s*[，,]\s*" + SHARE_OF_PLAN + r"\s*"
                                 r"(?:(\d+(?:\.\d+)?)\s*([万亿千百]?)[\u4e00-\u9fff]{0,2}|[(（](\d+(?:\.\d+)?)\s*([万亿千百]?)[\u4e00-\u9fff]{0,2}[)）])"
                                 r"的\s*[\d.]+\s*[%％]")


def plans_beside_progress(sentence: str, clause: Clause, horizon_year: int | None, first_plan_year: int | None,
                          doc_type: str = "") -> list[Target]:
    """The plan a progress report measures what is done against, where it gives the plan's figure, is the target, named
    by what is done (:func:`plans_named_by_what_is_done`), though the sentence reports: "现已完成血防林建设1.09万亩,占计划
    2.129万亩的51.2%" (大理's forestry at the end of July, round 174) → 血防林建设 2.129万亩."""
    named = plans_named_by_what_is_done(sentence)
    if not named:
        return []
    aims = sentence_to_targets(sentence, dataclasses.replace(clause, is_review=False), horizon_year, first_plan_year, doc_type,
                               in_aims=True)
    return [t for t in aims if t.indicator_name in named.values() and rx.match(SHARE_OF_PLAN, t.span_text)]


def plans_named_by_what_is_done(sentence: str) -> dict[int, str]:
    """Where each plan figure given beside what is done starts, and the name of what is done: "全州新建沼气池10056户,占计划
    2万户的50.3%" → {the 2's place: "新建沼气池"}; the 10056户 done and the 50.3% are progress
    (:func:`etl.exclusions.is_share_of_a_target_done`)."""
    out = {}
    for m in PLAN_BESIDE_DONE_RE.finditer(sentence):
        name = strip_action_verbs(clean_name(rx.sub(r"^(?:其中|现已|已|目前|到目前)?[，,]?(?:全[省市县区州])?", "", m.group(1).strip())))
        if name:
            out[m.start(2) if m.group(2) else m.start(4)] = name
    return out


def forward_tail(sentence: str, first_plan_year: int | None) -> str:
    """The part of a review sentence that turns to a due year not before the plan starts, after a comma: "目前已开工建设点20个,
    到2020年底规划建设13个点,2021年至2022年底规划建设22个点" → "到2020年底规划建设13个点,…" (阜宁, a page from 2020)."""
    m = rx.search(r"[，,；;]\s*((?:力争|争取|确保|计划)?\s*(?:到|至)\s*(20\d\d)\s*年)", sentence)
    if m and first_plan_year and int(m.group(2)) >= first_plan_year:
        return sentence[m.start(1) :]
    if served := aims_of_a_year_served(sentence, first_plan_year):
        return served
    # or to this year's task it must get done: "今年以来,河池市紧紧围绕…,大力实施“七个一批”行动,确保完成今年自治区下达的105个贫困村、20万
    # 贫困人口脱贫摘帽任务" (round 214)
    m = rx.search(r"[，,；;]\s*((?:力争|争取|确保)(?:完成|实现)?\s*今年[^。；;]*?(?:任务|目标))\s*[。；;]?\s*$", sentence)
    if m:
        return m.group(1)
    # or to what a programme just started is, told after 即 with its plan period: "四川启动实施了现代农业千亿增收工程,即在“十二五”期间,
    # 在全省100个县建设1000个万亩现代农业示范区" (round 226)
    m = rx.search(rf"(?:启动|开始|着手)实施了?[^，,。；;]{{2,24}}?(?:工程|行动|计划|战略)[，,]\s*即\s*((?:在)?“?(?:{PLAN_NAMES})”?(?:期间|时期))", sentence)
    if m:
        return sentence[m.start(1) :]
    # or, after the year so far, to the year's plan: "今年以来,全县栽植烟叶面积69513亩,计划收购烟叶14万担,中部烟比例65%以上,…,
    # 烟叶税收4000万元以上" (a county's tobacco, round 230)
    m = rx.match(r"\s*今年以来[，,]", sentence) and rx.search(r"[，,；;]\s*(计划(?!内|完成)[^，,。；;\d已]{1,10}?\d)", sentence)
    return sentence[m.start(1) :] if m else ""


def aims_of_a_year_served(sentence: str, first_plan_year: int | None) -> str:
    """The aims of a year not before the plan's first, which the rest of a review sentence is said to serve: "2012年,两河镇…
    实现农民人均纯收入6663元,2013年是…重要一年,镇党委要求,…,为全面实现2013年农业总产值增长10%以上,…的目标进一步统一思想"
    → "2013年农业总产值增长10%以上,…" (a town's congress, round 240); even in a paragraph that reviews."""
    m = rx.search(r"[，,；;]\s*(?:为|努力)?(?:全面|确保)?实现\s*((20\d\d)\s*年)", sentence)
    if not m:
        return ""
    # (on a page of no known year, a year after the one the sentence opens on: "2012年,…,为全面实现2013年…")
    opening = rx.match(r"\s*(20\d\d)\s*年", sentence)
    ahead = first_plan_year or (int(opening.group(1)) + 1 if opening else 9999)
    return sentence[m.start(1) :] if int(m.group(2)) >= ahead else ""


# a section on the progress of the year's work
PROGRESS_HEADING_RE = re.compile(r"(?:进展|推进|进度|建设)情况")


def forward_head(sentence: str) -> str:
    """The part of a sentence on this year's plan before it turns to the progress so far: "今年全市共谋划357个市级以上重点建设
    项目,年度计划投资1431亿元,截至目前已完成投资390亿元" → "今年全市共谋划…,年度计划投资1431亿元" (青岛, round 87);
    "今年计划竣工项目126项,其中各市项目122项,跨市域项目4项,现竣工3项" → "…跨市域项目4项" (山西, round 105); "年度计划建设农村公路
    1500公里,前4月已完成1010公里" → "年度计划建设农村公路1500公里" (福建, round 125)."""
    m = rx.search(r"[，,；;]\s*(?:(?:截至|截止)(?:目前|当前|今天|日前|\d{1,2}月)|目前[，,]?已|" + DONE_NOW + "|" + MONTHS_SO_FAR + "(?:[，,]|已|累计))",
                  sentence)
    if not m or REVIEW_RE.search(sentence[: m.start()]):
        return ""
    # its head opens on the year or its plan, or states the year's planned money: "全县2016年计划实施千万元以上项目84个, 总投资
    # 286.9亿元,2016年计划投资60.35亿元,元-4月累计完成投资10.14亿元" (封丘, round 137), "其中续建项目27个,…,年度计划投资12.09亿元,…"
    head = sentence[: m.start()]
    if not rx.match(r"\s*(?:今年|全年|年度计划)", sentence) and not (
            rx.search(r"(?:年度|全年|20\d\d\s*年)计划(?:完成)?投资", head) and not rx.search(r"去年|上年|20\d\d\s*年(?:底|末)", head)):
        return ""
    return head


# a task told by what it does, at the sentence's opening (after its list mark): "(1)改造17所市级医院急诊室"
TASK_OPENING_RE = re.compile(r"\s*(?:[(（]?\d{1,2}[)）.、]|[(（][一二三四五六七八九十]{1,3}[)）])?\s*"
                             r"(?:改造|新建|建设|竣工|新增|新辟|实施|完成|开工|建成|为|对|在|建立|推进|整治|修建|改建|扩建)")


def aim_before_its_progress(sentence: str) -> str:
    """A task's aim, told before what is done of it in the same sentence: "(1)改造17所市级医院急诊室,已完成5所" →
    "(1)改造17所市级医院急诊室"; "(4)新增就业岗位40万个,建立城乡一体化的促进就业机制,已完成19.56万个,占计划的48.9%" → its
    aim (上海's 实事 with their progress, round 187). The head must open on the work it does and tell nothing done itself."""
    heads = []
    for part in rx.split(r"(?<=[;；])", sentence):  # each task of a run: "…,已完成5所;对40所乡镇卫生院实施标准化建设,已开工24所。"
        m = rx.search(r"[，,]\s*(?:目前|现)?已(?:经)?(?:完成|开工|竣工|建成|有)", part)
        if m and TASK_OPENING_RE.match(part) and not REVIEW_RE.search(part[: m.start()]) and not rx.search(r"已|去年|上年", part[: m.start()]):
            heads.append(part[: m.start()])
    return "；".join(heads)


def _in_a_list_of_achievements(sentence: str, text: str) -> bool:
    """The sentence opening a list of achievements (ACHIEVEMENTS_LIST_RE), or a ；-part of it, before the next 。 — unless
    the list looks ahead ("今年的目标:…")."""
    at = text.find(sentence)
    return achievements_run_on(text[: at + len(sentence)] if at >= 0 else sentence)


def achievements_run_on(text: str) -> bool:
    """A text that ends inside an open list of achievements: no sentence has ended since its opener, nor does the list
    look ahead. A paragraph that does runs on in the paragraphs after it (``pipeline.mark_listed_achievements``)."""
    opener = next(reversed(list(ACHIEVEMENTS_LIST_RE.finditer(text))), None)
    return bool(opener) and not rx.search(r"[。！!？?]", text[opener.end() :].rstrip("。！!？?")) \
        and not LOOKS_AHEAD_RE.search(text[opener.start() :])


# words that turn a list from what was done to what is to be done; not 至2007年, a span gone ("是1978至2007年总和的2.1倍")
# (争取 funds is what was won: "宝鸡市争取中央和省上政策性资金42.1亿元" in a list of last year's results)
LOOKS_AHEAD_RE = re.compile(r"(?:到|力争|争取|确保)\s*20\d\d\s*年|力争|确保|争取(?!到?(?:中央|省|上级|国家|各类|政策|专项|资金|债))|今年|明年|预期|将(?!近)")


# the base an aim starts from, at the head of its sentence
BASE_CLAUSE_RE = re.compile(r"\s*在[^。；;，,]{0,30}?的?基础上[，,]")
# a change told against the year before, which a review and an aim both use
YEAR_ON_YEAR_RE = re.compile(r"同比|(?:比|较)上年")
# the heading of a plan's aims: "一、行动目标", "(二)主要目标", "发展目标"
AIMS_HEADING_RE = re.compile(r"(?:行动|主要|发展|工作|总体|预期|奋斗)目标|目标任务")
# a sentence that opens on its due year, perhaps after the document that states it: "《意见》提出,到2027年,…"
DUE_OPENING_RE = re.compile(r"\s*(?:[^，,。；;]{0,12}?(?:提出|要求|明确)[，,：:]?)?\s*(?:到|至)\s*(20\d\d)\s*年")


def _aimed_by_place(sentence: str, clause: Clause, first_plan_year: int | None) -> bool:
    """A sentence whose place says it is an aim, so that its 同比 looks ahead: it sits under an aims heading
    ("一、行动目标" / "科技服务业营业收入同比增长15%"), or it opens on a due year not before the plan starts
    ("《意见》提出,到2027年,…工业投资年均同比新增超过1000亿元")."""
    if clause.headings and AIMS_HEADING_RE.search(clause.headings[-1]):
        return True
    # or its verb plans what 同比 measures: "今冬明春,云南计划发展冬早蔬菜基地510万亩,同比增长37.5万亩" (round 90)
    yoy = YEAR_ON_YEAR_RE.search(sentence)
    # (not 计划 of a noun: "纳入计划项目数和年度计划投资同比分别增长30.9%", nor a sentence on the year gone)
    told_done = rx.search(r"已|完成了|实现了|达到了|(?<![较比])(?:去年|上年)", sentence) is not None
    if yoy and rx.search(r"(?<!纳入)(?<!年度)计划(?!投资|项目|内|外|总)|力争|确保|将(?!近)", sentence[: yoy.start()]) and not told_done:
        return True
    # or it closes the paragraph of the year's general line: "2024年全市农业农村工作的总体思路是:坚持以…为指导,…。全市农林牧渔业
    # 总产值同比增长4.5%,农村常住居民人均可支配收入与经济增长基本同步" (武汉, round 220)
    line = GENERAL_LINE_RE.search(clause.text)
    if yoy and line and clause.text.find(sentence) > line.start() and not told_done:
        return True
    due = DUE_OPENING_RE.match(sentence)
    return bool(due) and (first_plan_year is None or int(due.group(1)) >= first_plan_year)


# the year's general line of work, which a paragraph of aims follows: "全市农业农村工作总的思路是:", "工作的总体要求是:"
GENERAL_LINE_RE = re.compile(r"(?:总体|总的)(?:工作)?(?:思路|要求)(?:是|为)\s*[:：]")


PAST_YEAR_HEAD_RE = re.compile(r"\s*(?:据(?:悉|介绍|了解|会议消息|统计)\s*[,，]?|据[\u4e00-\u9fff]{2,20}?(?:介绍|透露)\s*[,，]?|回顾"
                               # a news lede's source: "1月17日,记者在2024年内蒙古自治区交通运输工作会上获悉,2023年以来,…"
                               r"|(?:\d{1,2}月\d{1,2}日\s*[,，]\s*)?记者[^，,。；;]{0,40}?获悉\s*[,，:：]"
                               # ... or without the reporter: "近日,从福州市交通工作会议上获悉,2007年全市共完成…" (round 117); a speaker
                               # with his titles: "在发布会上,省农业农村厅党组书记、厅长卢仕仁介绍,2022年,全省粮食总产达820.02亿斤"
                               r"|(?:(?:近日|日前|\d{1,2}月\d{1,2}日)\s*[,，]\s*)?(?:从|在)[^，,。；;]{2,40}?获悉\s*[,，:：]"
                               # (or a report's words: "报告说,2012年,宁波全年实现地区生产总值6524.7亿元", round 149; a plan's, measured by a
                               # standard: "《方案》称,按国家新二级标准限值评价,2010年,…二氧化氮超标城市4个", round 162)
                               r"|(?:在[^，,。；;]{2,20}?上\s*[,，]\s*)?[^，,。；;]{2,30}?(?:介绍|透露)\s*[,，:：]|(?:报告|《[^》]{1,20}》)(?:说|称|指出)\s*[,，:：](?:\s*按[^，,。；;]{2,30}?(?:评价|计算|统计)\s*[,，])?)?\s*(?:截至|截止|预计|到(?=\s*20\d\d\s*年(?:底|末)))?"
                               # a place before the year: "吐鲁番地区2004年林果业总产值6亿元"
                               # (or its short name after the source: "据了解,河南2017年新识别贫困人口15.8万人", round 121)
                               r"\s*(?:[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|地区|州|盟|旗)|全省|全市|全县|全区|全州|我省|我市|我县|我区"
                               r"|(?<=[,，])[\u4e00-\u9fff]{2,3}(?=\s*20\d\d\s*年))?"
                               r"\s*(?:预计)?"  # the place, then its estimate: "四川省预计2010年全部工业增加值总量可达7250亿元"
                               # a span's end is its year, a month after its start or not: "2018年9月到2022年底,全县计划新建…" → 2022
                               # (from its start: "自2007年至2013年,广西工业总产值由6103亿元增加到2.01万亿元", round 136)
                               r"\s*(?:(?:自|从)?\s*20\d\d\s*年?\s*(?:\d{1,2}\s*月份?)?\s*[-—–至到]\s*)?(20\d\d)\s*年(?:以来)?")


# the same head with its year set off by a comma: "据…介绍,2023年,"
PAST_YEAR_SET_OFF_RE = re.compile(PAST_YEAR_HEAD_RE.pattern + r"\s*[，,]")


# a result told as a share of its aim: "投资完成375亿元,是年初目标319亿元的117.6%" (河南, round 147)
SHARE_OF_AIM_RE = re.compile(r"(?:是|为|占)(?:年初|年度|全年)?(?:目标|计划)(?:\d+(?:\.\d+)?[万亿]?元)?的\s*[\d.]+\s*[%％]")
# a result told against its target
TARGET_MET_RE = re.compile(r"完成(?:了)?(?:年度|全年|计划)?(?:目标|任务|计划)(?:任务)?的\s*[\d.]+\s*[%％]|超(?:过|出)?(?:年度|全年)(?:目标|计划)(?:任务)?\s*[\d.]+")
# a progress report's head, the month it has reached: "到7月底,大理州完成营造林55.44万亩,占计划的49.5%" (what follows in its
# paragraph reports too, unless it looks ahead)
MONTH_REACHED_HEAD_RE = re.compile(r"\s*(?:截至|截止|到)\s*(?:今年)?\s*1?\d\s*月(?:底|末|份)?\s*[，,]")


def _looks_ahead_since_the_opening(sentence: str, text: str) -> bool:
    """Whether the paragraph has turned to what is to be done by the end of ``sentence``, after its first sentence: "…2022年,安徽汽车
    产量174.7万辆…。按照方案,到2025年,…取得突破性进展。汽车产量达410万辆" has (the plan's figures follow)."""
    at = text.find(sentence)
    first = split_sentences(text)[0] if text else ""
    return at < 0 or looks_ahead(text[len(first) if at >= len(first) else 0 : at + len(sentence)])


def _opens_on_a_plan_year(sentence: str, first_plan_year: int | None) -> bool:
    m = rx.match(r"\s*(20\d\d)\s*年", sentence)
    return bool(m and first_plan_year and int(m.group(1)) >= first_plan_year)


DONE_IN_ITS_YEAR_RE = re.compile(DONE_IN_ITS_YEAR)


def told_done_in_its_year(sentence: str) -> bool:
    """A sentence headed by a year that says what was done in it, whatever the page's own year (for an undated page):
    "2011年全省完成交通固定资产投资619亿元,超额完成省政府下达的420亿元的目标任务" (云南's roads, round 212), "2013年,是贵州省高速公路
    三年建设会战的开局之年,当年建成高速公路651公里,通车里程达到3281公里" (贵州, round 212)."""
    return PAST_YEAR_HEAD_RE.match(sentence) is not None and DONE_IN_ITS_YEAR_RE.search(sentence) is not None and not looks_ahead(sentence)


def opens_on_a_past_year(sentence: str, first_plan_year: int | None, set_off: bool = False) -> bool:
    """A sentence headed by a year before the plan starts, perhaps after its source: "据悉,2017年江西接待游客5.73亿人次",
    "据会议消息,2021年,红河州特色农业竞争力不断增强" (in a page on 2022's work); ``set_off``: the year stands apart, a comma
    after it ("据…介绍,2023年,全省新改建农村公路9263公里")."""
    sentence = sentence.lstrip(" “\"「")  # a speaker's words in quotes: "“2020年,西安市328个市级重点在建项目完成投资3696亿元" (round 132)
    sentence = without_topic_head(sentence)
    m = (PAST_YEAR_SET_OFF_RE if set_off else PAST_YEAR_HEAD_RE).match(sentence)
    # or by the year gone named as such, whatever the page's year: "去年,我市新建农村公路500公里,…" (郑州, round 87), after
    # its source: "据悉,去年,全市重要通道建设投资突破28亿元" (福州, round 117), "据了解,截至去年年底,我省公路总里程达到13.3万公里",
    # or the season gone: "据了解,去冬今春,湖北共完成各类农田水利工程建设32万处" (a page on 今冬明春's works, round 170)
    done_then = first_plan_year is None and told_done_in_its_year(sentence)
    return bool(m and first_plan_year and int(m.group(1)) < first_plan_year) or done_then or (
        not set_off and (rx.match(r"\s*(?:(?:此外|另外)\s*[，,])?\s*(?:据(?:悉|介绍|了解)\s*[，,])?\s*(?:截至|截止到?)?(?:去年|上年|过去一年|去冬今春)(?:全年|以来|年底|底|末)?[，,]",
                                  sentence) is not None or LAST_YEAR_TOLD_BY_SPEAKER_RE.match(sentence) is not None))


# a topic set before a sentence's year: "老旧小区改造方面,", "城市公厕,"
TOPIC_HEAD_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,12})\s*[，,](?=\s*(?:(?:自|从)?\s*20\d\d\s*年?\s*[-—–至到]\s*)?20\d\d\s*年)")


def without_topic_head(sentence: str) -> str:
    """A sentence without the topic it is set under, when the topic is named as such (…方面) or again in the sentence:
    "老旧小区改造方面,2019至2020年,共完成改造户数27619户" (贵阳, round 232), "城市公厕,2016-2018年,我州建设完成城市公厕121座"
    (迪庆, round 234) → "2016-2018年,我州建设完成城市公厕121座"; a speaker's lead stays: "会议提出,2008年,辽宁省要全力加快…"."""
    m = TOPIC_HEAD_RE.match(sentence)
    if m and (m.group(1).endswith("方面") or m.group(1) in sentence[m.end() :]):
        return sentence[m.end() :]
    return sentence


# the year gone, told by a speaker at a meeting: "会上,市城市管理委二级巡视员谢国民介绍,去年本市共完成1396条背街小巷环境精细化整治提升工作"
# (北京, round 213)
LAST_YEAR_TOLD_BY_SPEAKER_RE = re.compile(r"\s*(?:(?:会上|在[^，,。；;]{2,20}?上)\s*[，,]\s*)?[^，,。；;]{2,30}?(?:介绍|透露|表示|说)\s*[，,:：]\s*"
                                          r"(?:去年|上年)(?:全年)?(?:[，,]|(?=本市|全市|我市|全省|我省|本省|全县|我县|本县|全区|我区|本区))")


# (an older wire report may type its zero as a digit: "到二0一一年", 拉萨, round 202)
CN_YEAR_RE = re.compile(r"(二[〇○零0][一二三四五六七八九〇○零0]{2})(?=\s*年)")
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def chinese_year_to_digits(text: str) -> str:
    """"到二〇三五年" → "到2035年": years written in Chinese numerals, as in 二〇三五年远景目标."""
    return CN_YEAR_RE.sub(lambda m: m.group(1).translate(_CN_YEAR_DIGITS), text)


YEARS_FROM_RE = re.compile(r"(20\d\d)\s*年\s*(?:起|开始)[，,]?\s*(?:用|力争|争取)?\s*([一二三四五六七八九十\d]{1,2})\s*年(?:内|时间)")


def chinese_count(text: str) -> int:
    """"5" → 5, "五" → 5, "十" → 10."""
    if text.isdigit():
        return int(text)
    return int(chinese_number_to_float(text))


def sentence_target_year(sentence: str, upto: int, default: int | None, earliest: int | None = None) -> int | None:
    """The year a commitment is due: "到2025年，力争…" → 2025; "2023年-2025年…" → 2025;
    "到二〇三五年" → 2035; a deadline in the clause after it, "拟增加1200个学位,计划2026年3月完工" → 2026; else the
    document's horizon."""
    sentence = chinese_year_to_digits(sentence)
    # (not a baseline's period: "较“十二五”末期水平提高近30%")
    plans = list(rx.finditer(rf"(?<![较比])(?<!较“)(?<!比“)“?({PLAN_NAMES})”?(?:末|期末|期间|时期|时期末)", sentence[:upto]))
    years_before = list(rx.finditer(r"20\d\d\s*年", sentence[:upto]))
    if plans and (not years_before or years_before[-1].start() < plans[-1].start()):
        # "到“十四五”末" in a plan of another span, "力争到“十二五”末" → 2015; the period named after a year
        # holds what follows: "确保至2018年底,…,“十三五”期间,每个市(州)启动创建1个5A级景区" → 2020
        return FIVE_YEAR_PLANS[plans[-1].group(1)][1]
    span = YEARS_FROM_RE.search(sentence[:upto])
    if span:
        # "从2012年起5年内" → 2016: the last of the five years
        return int(span.group(1)) + chinese_count(span.group(2)) - 1
    seg = rx.split(r"[，,；;。]", sentence[:upto])[-1]
    within, scope = rx.search(r"(?:用|在)?([一二两三四五六七八九十\d]{1,2})年(?:左右)?(?:时间|内)", seg), seg
    if not within:
        # (or said a clause earlier, as the time the whole sentence takes: "从今年起,江苏省将用6年时间,新改建农村公路3.4万公里")
        scope = sentence[:upto]
        # (or the work done in them: "将投入…十亿元人民币巨资,用五年时间完成,绿化面积达四十万亩", 河南's page of 2005, round 187)
        within = rx.search(r"用([一二两三四五六七八九十\d]{1,2})年(?:左右)?时间(?:完成|建成)?[，,]", scope)
        # or as the sentence's opening: "5年内,全省水利工程年供水量力争达到127亿立方米" (贵州's page of 2011 → 2015, round 186)
        within = within or rx.match(r"\s*(?:在|未来|今后)?([一二两三四五六七八九十\d]{1,2})年(?:内|以内)[，,]", scope)
    if within and (earliest or default) and not rx.search(r"20\d\d\s*年", scope):
        # "用三年时间实现剩余32个村通自来水" in a text of 2022 → 2024, the last of the three years
        n = chinese_count(within.group(1))
        if 1 <= n <= 10:
            return (earliest or default) + n - 1
    # "力争通过3年建设,打造…" in a text of 2024 → 2026, as 用三年时间 (the effort may stand a clause earlier)
    effort = rx.search(r"通过([一二两三四五六七八九十\d]{1,2})年(?:左右)?(?:时间|的)?(?:建设|努力|奋斗|攻坚)", sentence[:upto])
    if effort and (earliest or default) and not rx.search(r"20\d\d\s*年", sentence[:upto]):
        n = chinese_count(effort.group(1))
        if 1 <= n <= 10:
            return (earliest or default) + n - 1
    # a span the clause is done in, said before what is done: not a baseline's "与2018-2020年平均水平相比" nor a
    # cited plan's 《…2021—2023年行动方案》
    own = rx.search(r"(?<![由从较比与])20\d\d\s*年?\s*[-—–至]\s*(20\d\d)\s*年\s*(?=[,，]|计划|将|力争|要|争取|拟|内)",
                    rx.sub(r"《[^》]*》", "", seg))
    if own:
        return int(own.group(1))  # the number's own span: "2024-2025年计划实施工程固沙7.1万亩" (whatever span the page runs to)
    head = rx.sub(r"《[^》]*》", "", sentence[:upto])  # a cited title's years: 《…2035年远景目标纲要》
    head = rx.sub(r"20\d\d\s*年\s*(?=远景目标)", "", head)  # "综合考虑实现2035年远景目标…，提出…年均增长5%" names an aim, not a due year
    head = rx.sub(r"(由|从|较|比|相比|对比|超过|高于|好于|快于|参照|对照)\s*(20\d\d)\s*年", r"\1", head)  # baseline years
    head = rx.sub(r"(在|以)\s*20\d\d\s*年(?:底|末)?的?\s*(基础上|为基数|为基准)", r"\2", head)
    years = [int(y) for y in rx.findall(r"(20\d\d)\s*年", head)]
    years += [int(y) for y in rx.findall(r"20\d\d\s*[-—–至到]\s*(20\d\d)", head)]
    # "在2025年…行动计划中，…紧盯全年…增长7.5%的目标": the year's own target, in a page whose plan runs to 2029
    this_year = rx.search(r"全年|今年|年内", sentence[:upto]) is not None
    framed = {int(y) for y in rx.findall(r"在\s*(20\d\d)\s*年", head)}  # "在2025年“立园满园”行动计划中"
    future = [y for y in years if (default is None or y >= (default - 15)) and (earliest is None or y >= earliest or (this_year and y in framed))]
    if future:
        own_part = [int(y) for y in rx.findall(r"(?:到|至|力争|争取|确保|于)\s*(20\d\d)\s*年", rx.split(r"[，,；;。]", head)[-1]) if int(y) in future]
        # the figure's own part names its year: "力争2027年…产值达3590亿元以上,力争2022年内农产品加工产值…比达2.2:1"
        return own_part[-1] if own_part else max(future)
    gone_by = [int(y) for y in rx.findall(r"(?:到|至)\s*(20\d\d)\s*年", rx.split(r"[，,；;。]", head)[-1])]
    if gone_by and earliest and earliest - 6 <= gone_by[-1] < earliest:
        # a deadline the page was written after, said with 到: "到2025年全市高效节水农业达到100万亩" in an account dated 2026
        # (银川, round 228) is due in 2025, not in the page's own year
        return gone_by[-1]
    # the deadline stated after the figure, in the next clause: "拟增加1200个学位,计划2026年3月完工"
    due = rx.match(r"[^，,；;。]{0,12}[，,]\s*(?:计划|预计|力争|确保)?\s*(?:于|在|到)?\s*(20\d\d)\s*年(?:\d{1,2}\s*月)?(?:底|末|前)?\s*"
                   r"(?:完工|建成|竣工|投用|投入使用|投产|交付)", sentence[upto:])
    due_by = rx.match(r"[^，,；;。]{0,16}?(?:将|要)?(?:于|在)\s*(20\d\d)\s*年(?:底|末)?(?:前|以前|之前)?\s*(?:全部|基本)?(?:完工|建成|竣工|投用|投入使用|投产|交付)",
                      sentence[upto:])
    for deadline in (due, due_by):
        if deadline and (default is None or int(deadline.group(1)) <= default + 15) and (earliest is None or int(deadline.group(1)) >= earliest):
            return int(deadline.group(1))  # the deadline told after the figure: "三十三项重大项目将于二00五年前全部完工" (防城港, round 92)
    if earliest and rx.match(r"[^，,；;。]{0,30}?(?:(?:在|于|到)?今年\s*(?:\d{1,2}\s*月)?(?:底|末)?(?:之前|以前|前)"
                            r"|(?:将|要)(?:于|在)(?:今年\s*(?:\d{1,2}\s*月)?|年内)(?:底|末)?\s*(?:开工|建成|完工|竣工|投产|投用|完成))", sentence[upto:]):
        # the deadline this year, told after the figure: "200个省级中心镇的电网规划在今年12月底之前将全部完成编制" on a page of
        # 2010 that looks to 2020 (浙江, round 201); "…等五个码头将于今年6月开工建设" (广西's ports, round 204)
        return earliest
    this_year_at = [m.end() for m in rx.finditer(r"今年(?!以来)|(?<![\u4e00-\u9fff])年内|于年内", sentence[:upto])]
    if earliest and default and earliest < default and this_year_at and not YEAR_RE.search(sentence) \
            and not rx.search(r"今后|此后|以后|未来", sentence[this_year_at[-1] : upto]):
        # the page's own year, in a page that also looks further: "今年完成制种面积2.5万亩" (力争2027年…); not once the
        # sentence turns from this year to the years after: "今年秋季开学的…是…第一步,今后还将…新建幼儿园10所" (round 167)
        return earliest
    return default


def segment_bounds(sentence: str, q: Quantity) -> tuple[int, int]:
    """The phrase a quantity sits in: from the last break before it to the next break after.

    A 、 counts as a break only where it separates quantities ("瞪羚企业 5 家、单项冠军 5 家"), not
    names ("新建、改建幼儿园 28 所")."""
    left = 0
    for i in range(q.start - 1 - q.prefix_len, -1, -1):
        ch = sentence[i]
        if ch in ":：" and rx.match(r"\d", sentence[i + 1 : i + 2]) and rx.search(r"\d\s*$", sentence[:i]):
            continue  # the colon of a ratio "1:4"
        if ch in SEGMENT_BREAKS and not _inside_brackets(sentence, i):
            left = i + 1
            break
        if ch == "、" and rx.search(r"[\d%个家项所座处名场次条台套张块件亿万元米亩人户]\s*(以上|左右)?\s*$", sentence[max(0, i - 6) : i]) and rx.search(r"\d", sentence[max(0, i - 8) : i]):
            left = i + 1
            break
        if ch == "、" and rx.match(r"\s*\d+(?:\.\d+)?\s*[个家项所座处名条台套张块件]", sentence[i + 1 : i + 8]) and rx.search(
                r"\d+(?:\.\d+)?\s*[个家项所座处名条台套张块件][\u4e00-\u9fff（）()]{1,16}$", sentence[max(0, i - 20) : i]):
            left = i + 1  # "培育5个特色农业县、5个工业强县": the noun before 、 is the 5's before it
            break
    right = len(sentence)
    for j in range(q.end, len(sentence)):
        if sentence[j] in SEGMENT_BREAKS + "、" and not _inside_brackets(sentence, j):
            right = j
            break
    opened, closed = sentence.rfind("“", 0, q.start), sentence.find("”", q.end)
    if opened >= 0 and closed >= 0 and "”" not in sentence[opened:q.start] and is_quoted_deed(sentence[opened + 1 : closed]):
        left, right = max(left, opened + 1), min(right, closed)  # a quoted deed is a phrase of its own
    return left, right


def _inside_brackets(sentence: str, i: int) -> bool:
    depth = 0
    for ch in sentence[:i]:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0


def clean_name(name: str) -> str:
    """Strip lead-in words and trailing verbs: "到2025年，力争全区科技型中小企业" → "科技型中小企业"."""
    name = rx.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", name).strip(" ，,、：:；;“”" + BULLETS)  # a bullet is no part of a name
    if name.count("“") > name.count("”"):
        name = name[name.rfind("“") + 1 :]  # a quoted aim opens the name: "紧盯“农业增加值" (增长4%左右…”目标任务)
    if name.count("《") != name.count("》"):
        name = name.strip("《》")  # an item of a list set in book-title marks: "《建成幼儿园"
    name = rx.sub(r"(?:20\d\d年(?:底|末)?[、和及]?){2,}$", "", name)  # 产业营业收入2024年、2025年、2026年
    # the time told after the name: "全产业总量产值要在2015年" (达到500亿元) → 全产业总量产值
    name = rx.sub(r"(?<=[\u4e00-\u9fff])(?:要|将|力争|确保|争取)?(?:在|到|于)20\d\d年(?:底|末|前)?$", "", name)
    # "经济社会发展的主要预期目标是地区生产总值" → 地区生产总值; nothing after it: "今年我省造林绿化目标是" → 造林绿化
    aim = rx.match(r"^([^，,；;]*?)目标(?:是|为)[:：]?(.*)$", name)
    name = (aim.group(2) or aim.group(1)) if aim else name
    name = rx.sub(r"(?:达到|稳定在|保持在|提高到)?或$", "", name)  # "…占比达到或(超过70%)": the "or more" is the comparator
    name = rx.sub(r"(?:比|较|相比|对比)(?:20\d\d年(?:底|末)?|上年|去年|“?十三五”?末)$", "", name)  # 能耗比2020年 (下降)
    name = rx.sub(r"在[^，,；;]{0,16}?基础上$", "", name)  # 森林覆盖率在现在的14.12%基础上 (提高到20%)
    name = rx.sub(r"由(?:现在|目前|现有|当前|20\d\d年(?:底|末)?)?的?[\d.]+\s*[%％]?$", "", name)  # 比重由现在的61% (提高到65%)
    prev = None
    while prev != name:
        prev = name
        stripped = LEAD_IN_RE.sub("", name).strip(" ，,、")
        name = name if HALF_NAME_RE.fullmatch(name) else stripped  # a lead-in word that is half the name stays
        name = TRAIL_RE.sub("", name).strip(" ，,、")
    # a share spelt out as a count: "全省40个省级全域旅游示范区有一半(" (20个) → 省级全域旅游示范区
    return rx.sub(r"^\d+个(.+?)(?:有|的|中)?" + SHARE_WORDS + r"\s*[（(]?$", r"\1", name)


def name_and_verb(sentence: str, q: Quantity, seg: tuple[int, int], after: int = 0) -> tuple[str, str, int]:
    """The indicator name, the verb that governs the quantity, and where the name starts.

    Left of the number: "高新技术企业达到80家" → ("高新技术企业", "达到"); right of it, when the
    number leads: "培育3家博士后实践基地" → ("博士后实践基地", "培育"). ``after`` is where the
    previous quantity of the sentence ended: "打响10个新品牌和20个老字号" names 20 个 老字号."""
    start = max(seg[0], after)
    left_text = sentence[start : q.start - q.prefix_len]
    left_text = rx.sub(r"^\s*(?:以上|左右|以内)?\s*[和及、与]?\s*", "", left_text) if after > seg[0] else left_text
    if after > seg[0] and rx.search(r"[和及与]\s*$", left_text):
        left_text = ""  # "2个千亿级产业集群和6个五百亿级产业集群": the noun before 和 is the 2's
    verb = ""
    prefix_word = sentence[q.start - q.prefix_len : q.start].strip()
    if prefix_word in ("突破", "超过", "超", "达"):
        left_text = left_text + prefix_word
    elif prefix_word in ("不少于", "不低于", "不超过", "不高于", "低于", "高于") and not rx.search(
        "(" + "|".join(map(re.escape, INCREMENT_VERBS)) + ")", left_text
    ):
        left_text = left_text + prefix_word  # "护理员数不少于25人": a level, the comparator is its verb
    left_text = rx.sub(rf"\d+(?:\.\d+)?\s*{RATIO_SEP}\s*$", "", left_text)  # 师生比不低于1∶4000
    left_text = rx.sub(r"每[\u4e00-\u9fff]{1,4}\s*$", "", left_text)  # 每亩520公斤, 每千人口5.0个: part of the unit
    for v in sorted(LEVEL_VERBS + GROWTH_VERBS, key=len, reverse=True):
        if left_text.rstrip().endswith(v):
            verb = v
            left_text = left_text.rstrip()[: -len(v)]
            break
    left_text = rx.sub(r"(由|从)\s*(20\d\d\s*年(?:底|末)?的?)?\s*[\d.]+\s*\S{0,4}$", "", left_text.rstrip())
    name = clean_name(left_text)
    right_name = _right_name(sentence[q.end : seg[1]])
    if verb == "为" and right_name and rx.match(r"[\u4e00-\u9fff]{1,12}?(?:开展|提供|发放|实施|办理|安排|进行|培训|体检|筛查|免费)",
                                              sentence[q.end : seg[1]]):
        # the people a service is for, then the service: "免费为1000名学生开展心理健康筛查" → 学生开展心理健康筛查
        return right_name, "", q.start
    if verb in GROWTH_VERBS or verb in LEVEL_VERBS:
        # "X 达到 N" / "X 增长 N%": the name is on the left
        if not name and right_name:
            return right_name, verb, q.start
        return name, verb, _find_start(sentence, name, start)
    inc = _trailing_increment_verb(name) or _leading_verb(name)
    if inc in KEEP_VERBS and name.endswith(inc) and len(name) > len(inc):
        # "市级以上重点实验室新增5家" → 新增 + 市级以上重点实验室 (indicator_label puts it in front)
        name = name[: -len(inc)]
    bare = strip_action_verbs(name)
    if right_name and (not bare or inc or name.endswith(tuple(INCREMENT_VERBS)) or bare.endswith("等")
                       or _verb_before_count(sentence, bare, q, right_name)):
        # "黄蒿界等6处煤矿": a list of names ends in 等, the thing counted follows the number
        # "培育 3 家 博士后实践基地", "推进 600 个以上省市县重点项目建设", "抓好 33 个…重点项目"
        return right_name, inc or verb, _find_start(sentence, name or right_name, start)
    return bare or right_name, inc or verb, _find_start(sentence, name, start)


def _verb_before_count(sentence: str, bare: str, q: Quantity, right_name: str) -> bool:
    """A word of two characters before the number, the noun after it: a verb that counts what follows
    ("打通36条城区规划路" → 城区规划路, "开办500个小学生爱心暑托班"); not the noun of a count before
    ("10个片区、134万平方米老旧小区"), nor a level or an aside after ("建强2个国家级和…", "全长…(西起…)")."""
    at = sentence.rfind(bare, 0, q.start)
    return (len(bare) <= 2 and len(right_name) >= 3 and at >= 0 and not right_name.startswith(("(", "（"))
            and not right_name.endswith("级") and not rx.search(rf"[\d{CLASSIFIER_UNITS}]\s*$", sentence[:at]))


ACTION_PREFIX_RE = re.compile(
    r"^(?:(?:有序|加快|积极|全力|大力|重点|高质量|高标准|规划|同步|深入|着力|扎实|稳步|持续|认真|"
    r"务必|计划|争取|力争|努力|确保|推动|推进|抓好|支持|参与|完善|建设|实施|组织|开展|打造|培育|"
    r"完成|筛选|储备|安装|举办|放映|设立|引进|招聘|培训|推出|培植|打响|争创|创建|保证|" + SELF_SCOPE_ALT + r"|至少|不少于|不低于|对(?!外))\s*)+"
)


def strip_action_verbs(name: str) -> str:
    """"组织惠民文化活动" → "惠民文化活动", "建设智慧安防小区" → "智慧安防小区"; the verbs that
    say what is counted stay ("新建高标准农田", "改造老旧小区", "新增上云企业")."""
    if name.startswith(KEEP_VERBS):
        return name
    stripped = ACTION_PREFIX_RE.sub("", name)
    if HALF_NAME_RE.fullmatch(name):
        return name  # 重点 is half the name: "重点园", not 园
    return stripped if len(stripped) >= 2 else ""


def _leading_verb(name: str) -> str:
    for v in sorted(INCREMENT_VERBS, key=len, reverse=True):
        if name.startswith(v):
            return v
    return ""


def _right_name(text: str) -> str:
    """The noun right after a number: "3家博士后实践基地" → "博士后实践基地"; a parenthetical
    ("公共充电站(每站约30台充电桩)") and a leading size class are not part of it."""
    text = text.strip()
    # (an ellipsis ends it: "128块精品绿地……8月6日,在沈阳市…" (round 251))
    m = rx.match(r"((?:[（(][^（()）]*[）)]|[^，,；;。、等和（(…])*)", text)  # a 、 inside brackets stays: "县（市、区）"
    name = m.group(1) if m else ""
    name = rx.split(r"[（(][^）)]*\d|[（(](?:牵头|责任|配合)", name)[0]  # "（牵头单位：人社厅）" names no indicator
    name = rx.split(r"(?:基础设施|建设任务|以上|左右|工作)$", name)[0] if len(name) > 14 else name
    name = rx.sub(r"^(的|个|家(?!庭))", "", name)  # "300名家庭贫困的学生": 家庭 is a word
    name = rx.sub(r"\s+", "", name)
    return name.strip()[:30]


def _trailing_increment_verb(text: str) -> str:
    text = text.rstrip()
    for v in sorted(INCREMENT_VERBS, key=len, reverse=True):
        if text.endswith(v):
            return v
    return ""


def _find_start(sentence: str, name: str, default: int) -> int:
    if name:
        i = sentence.find(name)
        if i >= 0:
            return i
    return default


def kind_of(q: Quantity, name: str, verb: str, before: str, previous_kind: str = "") -> str:
    """level, increment or growth_rate, from the unit and the verb.

    "生产总值增长6%左右" → growth_rate; "新增上市企业2家" → increment; "力争高新技术企业达到80家"
    → level; "新建5G基站3000个以上" → increment; "比重提高2个百分点" → increment (points are an
    amount added to a share); "贷款余额增加35亿元" → increment; "培育形成10个左右…集聚区" →
    level (what exists then). ``before`` is the phrase up to the number; ``previous_kind`` is the
    kind of the list this quantity continues after a 、 ("新增…企业 20 家、瞪羚企业 5 家"), if any."""
    pct = q.unit.endswith("%")
    points = q.unit.endswith("百分点")
    if points:
        return "increment"
    # "…GDP增长预期目标:确保22%" names a growth rate as much as "…增速" does
    if pct and (verb in GROWTH_VERBS or rx.search(r"(增速|增幅|涨幅|增长率|降幅|下降率|增长速度|增长)(?:的?(?:预期)?目标)?$", name)):
        return "growth_rate"
    if verb in GROWTH_VERBS and not pct:
        return "increment"
    if rx.search(r"(形成|在库|在建)", before) or rx.match(r"(在库|在建|动态储备在库)", name):
        return "level"
    if verb == "为" and rx.search("|".join(map(re.escape, KEEP_VERBS)), before):
        return "increment"  # "新培育…品牌分别为 5 个"
    if verb in LEVEL_VERBS:
        return "level"
    if previous_kind and not verb and (pct or previous_kind != "growth_rate"):
        # "争取通车里程分别达到2100公里和7600公里": the list's kind, whatever verb stands before it; a count after rates is
        # no rate: "…、工业总产值增长40%、精准脱贫1215人" (茶店镇, round 240)
        return previous_kind
    if name.startswith(tuple(INCREMENT_VERBS)) or any(v in before for v in INCREMENT_VERBS):
        return "increment"
    if q.unit and (q.unit[-1] in CLASSIFIER_UNITS or q.unit.endswith(("人次", "项次"))) and not pct:
        return "increment"
    return "level"


def indicator_label(name: str, verb: str, kind: str) -> str:
    """Growth targets are named for the rate: "生产总值" + 增长 → "生产总值增速"."""
    if kind == "growth_rate" and verb in ("增长", "年均增长") and not rx.search(r"(增速|增幅|涨幅|增长率|速度)$", name):
        return name + ("年均增速" if verb == "年均增长" else "增速")
    if kind == "growth_rate" and verb in ("增速", "增幅", "涨幅") and not name.endswith(verb):
        return name + verb  # "地区生产总值增速6%", "农林牧渔业增加值增幅≥2%" name the rate
    if kind == "increment" and verb in KEEP_VERBS and not name.startswith(verb):
        return verb + name
    return name


def share_table_targets(text: str, horizon_year: int | None) -> list[Target]:
    """The total and each place's share of a task table's row that breaks a measure down by its places
    (:func:`etl.structure.share_breakdown`): "城镇新增就业人数(人) | 1300 | 元坝镇280白果乡15…" (昭化's 民生工程 table, round 146)
    → 城镇新增就业人数 1300 人, 城镇新增就业人数(元坝镇) 280 人, …; [] for any other text."""
    breakdown = share_breakdown(text.split("|"))
    if not breakdown:
        return []
    name, unit, total, shares = breakdown
    return [Target(indicator_name=indicator, value=float(value), unit=unit, kind="increment", target_year=horizon_year,
                   source_text=text, span_text=span)
            for indicator, value, span in [(name, total, f"{name}({unit}) | {total}")]
            + [(f"{name}({place})", figure, f"{place}{figure}") for place, figure in shares]]


def clause_to_targets(clause: Clause, horizon_year: int | None, first_plan_year: int | None,
                      doc_type: str = "") -> list[Target]:
    """Every target of one clause, in order. See the module docstring for the rules."""
    shares = share_table_targets(clause.text, horizon_year) if "|" in clause.text and not clause.is_review else []
    if shares:
        return shares
    targets: list[Target] = []
    previous_review = False
    previous_review_told = False  # ... and it told what was done, not only that work goes on
    # the kind of the last target of the sentence before, for a verbless list after it; a row of a
    # table with a target column states levels
    carry_kind = "level" if clause.row_text else ""
    same_sentence = False  # the part before ended with ；: one sentence goes on
    lead_year: int | None = None  # "2025年济南市经济社会发展主要预期目标是：…；…；…。"
    capped = False  # the lead lists control indicators: "…控制考核指标分解情况为:工矿商贸企业474人,…;铁路交通170人,…"
    opening_year: int | None = None  # "到2027年，…；…。…。": the paragraph's year
    in_aims = False  # "2024年,海南旅游经济发展目标为:…,同比增长10%;旅游总收入2070亿元,同比增长14%;…": aims, 同比 and all
    past_account = False  # the sentence before was a review that opened on a past year
    account_open = False  # a past year's account began in this paragraph, and no sentence since named a time ahead
    last_year: int | None = None  # the due year of the last target of the sentence before
    after_event = clause.follows_event  # the sentence before told an event's projects, or broke them down
    for sentence in split_sentences(clause.text):
        for aim, told in aims_inside_done_beyond(sentence, horizon_year):
            # (quoted where the page tells it: "超额完成40所的年度目标任务")
            targets.extend(dataclasses.replace(t, source_text=sentence, span_text=told) for t in
                           sentence_to_targets(aim, dataclasses.replace(clause, is_review=False), horizon_year, first_plan_year, doc_type))
        run_on = same_sentence  # the part before ended with ；
        goes_on = same_sentence and not looks_ahead(sentence)
        lead = LEAD_YEAR_RE.search(sentence) or SET_YEAR_RE.search(sentence) or YEARS_SET_AIMS_RE.search(sentence)
        # a report's aims for the year told in the same paragraph as last year's results: "…去年福建省一般公共预算总收入
        # 4143亿元…。报告称,今年福建全省生产总值预计增长8.5%,…;一般公共预算总收入增长8%,…"
        this_years = clause.is_review and THIS_YEARS_AIMS_RE.match(sentence) and not REVIEW_RE.search(sentence)
        # (or the tasks a higher body handed down, told in the account of results: "2011年省政府下达我市万元GDP综合能耗下降3.2%、…"
        # under 「二、主要成效」 (雅安, round 214))
        this_years = this_years or (clause.is_review and HANDED_DOWN_RE.search(sentence) is not None
                                    and not rx.search(r"截至|截止|已|累计", sentence))
        runs_on_next = same_sentence_next(sentence)
        in_aims = (in_aims and same_sentence) or bool(lead or AIMS_STATED_RE.search(sentence) or this_years
                                                       or (runs_on_next and _leads_the_years_aims(sentence, first_plan_year)))
        same_sentence = runs_on_next
        # the rest of a paragraph's account of a past year, told without a year or a word that looks ahead: "2021年,红河州
        # …稳居全省第2位。创建省级美丽乡村10个、州级82个、县级436个。"
        goes_on = goes_on or (past_account and not looks_ahead(sentence) and not YEAR_RE.search(sentence))
        # (and after one aim told with 将 alone, no time named: "2011年全省完成交通固定资产投资619亿元,…。…全省123个县(市、区)将全部
        # 通高等级公路。新改建农村公路1.63万公里;…" (云南's roads, round 212): the account goes on; 「今年,全省将…」 ends it)
        account_open = account_open and not in_aims and not TIME_AHEAD_RE.search(sentence)
        resumed = account_open and not previous_review and not looks_ahead(sentence) and not YEAR_RE.search(sentence)
        if resumed:
            previous_review = goes_on = True
        # (a word that adds to a review adds to what it told was done: after 「截至目前,各项造林有序推进。」, which tells nothing done,
        # 「同时,西宁市…实施7处新建及16处景观提升改造街头绿地」 is the year's plan again, round 250)
        adds_to_review = previous_review_told and rx.match(r"\s*(其中|此外|同时|另外|特别是|尤其是)[，,]?", sentence)
        if previous_review and not in_aims and (adds_to_review or goes_on):
            # "截至2020年底，…达到50.16万辆。其中，纯电动汽车40万辆": still the review; so is the rest of
            # a review sentence after its ；: "…比上年增长13%；农民人均纯收入…分别达到9807元和18817元"
            aim = aim_before_its_progress(sentence)  # the next task of a run told with its progress: "…;对40所乡镇卫生院实施标准化建设,已开工24所"
            year = lead_year or opening_year or horizon_year
            targets.extend(sentence_to_targets(aim, clause, year, first_plan_year, doc_type) if aim else
                           plans_beside_progress(sentence, clause, year, first_plan_year, doc_type))
            continue
        previous_review = not in_aims and is_review_sentence(sentence, clause, first_plan_year)
        previous_review_told = previous_review and not is_progress_note(sentence)
        # (or of the months so far: "上半年,引进…项目3个;…。引进亿元及以上项目107个,…", round 142)
        past_account = previous_review and (opens_on_a_past_year(sentence, first_plan_year) or after_the_months_so_far(sentence) is not None
                                            or MONTH_REACHED_HEAD_RE.match(sentence) is not None)
        account_open = account_open or (past_account and opens_on_a_past_year(sentence, first_plan_year))
        if lead:
            lead_year = int(lead.group(1))
        capped = bool(lead and CAP_LEAD_RE.search(lead.group(0))) or (capped and run_on)
        opening = OPENING_YEAR_RE.match(sentence)
        if opening and not previous_review:
            opening_year = int(opening.group(1)) if opening.group(1) else FIVE_YEAR_PLANS[opening.group(2)][1]
        period_aims = PERIOD_AIMS_RE.match(sentence) or PERIOD_AHEAD_RE.match(sentence)
        if period_aims and not previous_review:
            opening_year = FIVE_YEAR_PLANS[period_aims.group(1)][1]
        # "其中," breaks down the sentence before: its figures fall due with that sentence's ("…到“十四五”末,万源全市地区生产总值
        # 要达到300亿元…。其中,一产业年均增速保持在2.6%以上" → 2025, in a page that also looks to 2035)
        part_year = last_year if rx.match(r"\s*其中[，,]", sentence) else None
        found = sentence_to_targets(sentence, clause, lead_year or part_year or opening_year or horizon_year, first_plan_year,
                                    doc_type, carry_kind, in_aims=in_aims)
        # an event's projects broken down by kind in the sentences after it: counts are its news, the money its year's plan
        # ("本次全市集中开工活动,共有项目206个,…。从项目领域看:“十强”产业113个项目,年度计划261亿元;…", 德州, round 113)
        breakdown = after_event and (run_on or EVENT_BREAKDOWN_RE.match(sentence) is not None)
        if breakdown:
            # (and each kind's lifetime cost: "按行业类别分,农水项目9个,总投资119.2亿元;…", 温州, round 129)
            found = [t for t in found if t.unit not in EVENT_COUNT_UNITS and not t.indicator_name.endswith("总投资")]
        after_event = breakdown or EVENT_RE.search(sentence) is not None
        if capped:
            # (a bare count under it is the level not to pass, no increment: "火灾38人" → 火灾 ≤ 38人)
            found = [dataclasses.replace(t, comparator="<=", kind="level") if t.kind != "growth_rate" and t.comparator == "=" else t
                     for t in found]
        carry_kind = found[-1].kind if found else ""
        last_year = found[-1].target_year if found else None
        targets.extend(found)
        if not runs_on_next:
            lead_year = None
    return targets


# a sentence that breaks down the projects of the one before: "从项目领域看:…", "全部项目中,…", "其中,…", "分领域看,…"
EVENT_BREAKDOWN_RE = re.compile(r"\s*(?:从[^，,。；;：:]{1,8}看|(?:全部|所有|上述)项目中|其中|分[^，,。；;：:]{1,4}看|按[^，,。；;：:]{1,6}分)\s*[，,：:]?")


def mark_event_breakdowns(clauses: list[Clause]) -> None:
    """A news paragraph that breaks down the projects an event started in the paragraph before: 温州's start ceremony (round
    129), 「…我市56个项目参加全省扩大有效投资重大项目集中开工活动,…」 then 「按投资规模分,100亿元以上项目3个,总投资338.6亿元;…」."""
    for before, clause in zip(clauses, clauses[1:]):
        told = split_sentences(before.text)
        if told and EVENT_RE.search(told[-1]) and EVENT_BREAKDOWN_RE.match(clause.text):
            clause.follows_event = True


# a time ahead named: "今年,全省将…", "力争全年…", "到2025年"
# (not a day of this year that tells when something was done: "于今年1月1日一次性取消收费")
TIME_AHEAD_RE = re.compile(r"今年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|明年|年内|全年|今后|未来|下一步|20\d\d\s*年")


# the year's aim a result beat, told after it: "全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务"
DONE_BEYOND_AIM_RE = re.compile(r"[，,]\s*(?:均|全面|提前)?超额完成了?\s*(?=\d)(?P<figure>[^，,；;。的]{1,12}?)的(?:年度|全年)目标任务")


def aims_inside_done_beyond(sentence: str, horizon_year: int | None) -> list[tuple[str, str]]:
    """The year's aims a page of the year's results names inside what beat them, each told as its deed with the aim's figure,
    and the words that tell it: "全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务" → ("新(改)扩建幼儿园40所",
    "超额完成40所的年度目标任务") (宁波's 2018 completion report, round 211: the aims are read, the results not). Only on a page
    of that year: a sentence that names another year ("2016年,云南公路水路完成固定资产投资1271.6亿元,…,超额完成1000亿元的
    目标任务" on a later page) gives none, nor does an undated page."""
    if horizon_year is None or any(int(y) != horizon_year for y in rx.findall(r"(20\d\d)\s*年", sentence)):
        return []
    aims = []
    for m in DONE_BEYOND_AIM_RE.finditer(sentence):
        aim = find_quantities(m.group("figure"))
        if len(aim) != 1:
            continue
        start = max(sentence.rfind(ch, 0, m.start()) for ch in "；;。") + 1
        before = sentence[start : m.start()]
        # the result of the same unit, nearest before: "全年开展食品安全抽样检验5.48万批次,样本量达到…6.8批次,超额完成4.7万批次的…"
        done = [q for q in find_quantities(before) if q.unit.lstrip("万亿") == aim[0].unit.lstrip("万亿")]  # (16768套 beside 1万套)
        if not done:
            continue
        q = done[0]
        deed = rx.sub(r"^\s*(?:全年|年内|今年)?(?:完成|实现)?", "", before[clause_start(before, q, "，,") : q.start])
        aims.append((deed + m.group("figure"), m.group(0).lstrip("，, ")))
    return aims


# a lead that names the year, then the place, then the subject: its year holds for every item of the
# list it opens ("2025年济南市经济社会发展主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入…"); or the year's
# indicators handed down, broken down by field: "2007年我省安全生产控制考核指标分解情况为:工矿商贸企业474人,较2006年死亡人数
# 下降2.5%,…" (安徽's work safety, round 239), whose 控制 makes each count a cap (CAP_LEAD_RE)
LEAD_YEAR_RE = re.compile(r"(20\d\d)\s*年[^。；;：:]{0,16}?(?:主要预期目标|预期目标|主要目标|发展目标|目标任务|指标分解(?:情况)?)(?:是|为)?\s*[：:]")
CAP_LEAD_RE = re.compile(r"控制(?:考核)?指标")


# a year's tasks a higher body handed down: "2011年省政府下达我市万元GDP综合能耗下降3.2%", "2011年省政府下达化学需氧量削减1.89%"
HANDED_DOWN_RE = re.compile(r"(?:^|[，,])\s*20\d\d\s*年(?:国家|省|市|县|上级)(?:政府|人民政府)?下达(?:给)?(?:我[省市县区]|各[\u4e00-\u9fff]{1,4})?(?=[\u4e00-\u9fff])")


# the year ahead and what the place strives for, at the head of a list run on with ；: "…了解到,今年,力争国内游客人数达到8000万人次,…,
# 均同比增长15%;旅游总收入超过700亿元,同比增长17%;…" (南宁's tourism meeting, round 214): its 同比 looks ahead in every part
# (or striving first: "…将继续保持良好的发展势头,力争今年全省水产品总产量达到135万吨,比上年增长5%;全省渔业经济总产值达到230亿元,比上年
# 增长10%" (四川's fisheries, round 214))
# (or a body's forecast for the year: "此外,福建省旅游局预期今年全年该省将实现旅游总收入1869亿元,同比增长17%;福建全省接待国内旅游者
# 16042万人次,同比增长18%,…", "该局预期2012年福建全省接待入境旅游者479万人次,同比增长12%;…" (a page of 2012, round 219))
YEARS_AIMS_LEAD_RE = re.compile(r"(?:^|[，,：:])\s*(?:(?:今年|明年)[，,]\s*[\u4e00-\u9fff]{0,6}?(?:力争|争取|确保)|(?:力争|争取|确保)(?:今年|明年)"
                                r"|[\u4e00-\u9fff]{0,12}?预期(?:今年|明年|(20\d\d)\s*年))")


# (or the year's plan, told by its year: "2006年我市计划接待国内游客582余万人次,同比增长20%;国内旅游收入约16.9亿元,同比增长29%"
# (新乡's tourism aims handed to its counties, round 253))
YEARS_PLAN_LEAD_RE = re.compile(r"\s*(20\d\d)\s*年度?\s*(?:全市|全省|全县|全区|全州|我市|我省|我县|我区|我州)?\s*计划(?!生育)")


def _leads_the_years_aims(sentence: str, first_plan_year: int | None) -> bool:
    """Whether a ；-part opens a list of the year's aims (:data:`YEARS_AIMS_LEAD_RE`, :data:`YEARS_PLAN_LEAD_RE`); a forecast's
    year not before the plan's."""
    lead = YEARS_AIMS_LEAD_RE.search(sentence) or YEARS_PLAN_LEAD_RE.match(sentence)
    return bool(lead) and not (lead.group(1) and first_plan_year and int(lead.group(1)) < first_plan_year)


def same_sentence_next(sentence: str) -> bool:
    """Whether the part runs on into the next after its ；."""
    return sentence.rstrip().endswith(("；", ";"))


# a sentence that opens on the year ahead, perhaps after the report that states it: "报告称,今年福建全省生产总值预计增长8.5%"
THIS_YEARS_AIMS_RE = re.compile(r"\s*(?:[^，,。；;]{0,8}?(?:称|提出|指出|表示|明确)[，,：:])?\s*(?:今年|明年)(?!以来|上半年|前|\s*\d)")


# a meeting's year set for a list: "本次会议确定2008年全市实现地区生产总值970亿元,增长15%;固定资产投资366亿元,…;…" → 2008
# for every item of the sentence
SET_YEAR_RE = re.compile(r"(?:确定|明确)了?\s*(20\d\d)\s*年(?!以来|底前|前|起)")
# (or the year first, its aims after: "湘潭经开区2016年确定的主要经济指标增速均在15%以上,地区生产总值达到400亿元,增长15%;…"
# on a page that also looks to 2020, round 248)
YEARS_SET_AIMS_RE = re.compile(r"(20\d\d)\s*年(?:确定|明确|提出|设定)的[^。；;：:，,]{0,10}?(?:指标|目标)")


# a paragraph that opens with its year holds every figure after it to that year, across its ； and 。:
# "《方案》明确:到2027年,…设备投资规模较2023年增长28%以上;…数控化率分别超过80%、75%;…" → 2027 for all
# (a digest may drop the 年: "2025,荆州将坚持招商引资…,新引进亿元以上项目800个")
# (or by its plan's end: "到“十二五”末,新建5万亩…茶园;茶产业综合产值达到20亿元" → 2015 for both); its source may
# lead: "按照方案,到2025年,世界级汽车产业集群培育取得突破性进展…。汽车产量达410万辆" → 2025 (the plan runs to 2027);
# the year with no comma before what it must get done: "2018年确保完成接待国内外游客2.9亿人次,…;实现旅游综合收入2040亿元,…。
# 人均旅游消费达到700元,…" → 2018 for all (甘肃, round 202)
OPENING_YEAR_RE = re.compile(rf"\s*(?:[^，,。；;：:]{{0,12}}[：:]|(?:按照|根据|依据)[^，,。；;：:]{{0,10}}[，,])?\s*(?:力争)?(?:(?:到|至)?\s*(20\d\d)\s*(?:年(?:底|末)?)?|(?:到|至)“?({PLAN_NAMES})”?(?:末|期末))\s*(?:[，,]|(?<=年)(?=(?:要|将)?确保(?:完成|实现|达到)))")


# a paragraph that opens on a plan period's aims holds every figure after it to the period's end: "“十三五”时期张家口市
# 经济社会发展的主要目标是:“两个进位、两个翻番…”。…“两个翻番”,就是全市生产总值和城乡居民收入均比2010年翻一番" → 2020
PERIOD_AIMS_RE = re.compile(r"\s*" + PLAN_PERIOD + r"[^。；;：:]{0,24}?(?:主要目标|发展目标|目标任务|预期目标)(?:是|为)?\s*[：:]")
# (or on what the body will do in it: "“十一五”期间,云南将把扩大就业摆在…位置,…。云南省计划城镇新增就业100万人以上,…" → 2010 for all,
# on a page of March 2006 (round 252))
PERIOD_AHEAD_RE = re.compile(r"\s*(?:据了解[，,]\s*)?" + PLAN_PERIOD + r"[，,]\s*[\u4e00-\u9fff]{0,8}?(?:将|要|力争|确保|争取)")


def is_name_list(sentence: str) -> bool:
    """A 专栏 list of named projects, "(1)金蔡伦30万吨浆纸一体化项目(2)中冶纸业银河年产10万吨…":
    the figures are the projects' own sizes, not the plan's targets."""
    return len(rx.findall(r"[（(]\d{1,2}[）)]", sentence)) >= 2


def is_descriptive(sentence: str) -> bool:
    """Facts about the place, not commitments: "聊城地处…，300公里经济圈内人口超过2亿"; and the world
    around it, someone else's figures: "国际货币基金组织（IMF）调高全球经济2018年增速至3.7%". An area
    stated in a sentence is judged number by number (:func:`etl.exclusions.is_dimension`), never the
    sentence whole: "计划总投资8400万元，投资35个项目，建设总面积53000平方米" keeps its 35个."""
    # a congress's vote is no target: "省十三届人大四次会议以99.3%的赞成率(602人赞成)表决通过"
    return bool(rx.search(r"地处|位于|区位|辖\d|下辖|赞成率|赞成票|表决通过", sentence)) or is_outside_world(sentence) or is_definition(sentence) \
        or is_plan_outline(sentence) or is_picture_caption(sentence) or is_title_claim(sentence) or is_survey_scope(sentence) \
        or is_area_make_up(sentence)


# an area told by the places it takes in and its share of the whole: "紫东地区涵盖栖霞7个街道282.53平方公里,占全区总面积71.4%"
AREA_MAKE_UP_RE = re.compile(r"(?:涵盖|包括|包含|辖)[^。；;]{0,12}?\d+\s*个(?:街道|乡镇|镇|乡|村|社区|区县|县区|县|区)[^。；;]*?占[^，,。；;]{0,12}?总面积")


def is_area_make_up(sentence: str) -> bool:
    """What an area takes in, with nothing that looks ahead, is a fact about it: "紫东地区涵盖栖霞7个街道282.53平方公里,占全区
    总面积71.4%,占全市紫东地区总面积37.2%" (栖霞's half-year page, round 235)."""
    return bool(AREA_MAKE_UP_RE.search(sentence)) and not FORWARD_RE.search(sentence)


SURVEY_SCOPE_RE = re.compile(r"调查[^。；;，,]{0,20}?(?:项目)?(?:覆盖|涉及)|参与调查|调查对象|访问对象|受访(?:者|对象|群众|企业)|评价对象")


def is_survey_scope(sentence: str) -> bool:
    """How far a survey reached, told as done, with nothing that looks ahead: "《中国旅游影响力调查2018》项目覆盖全国所有省
    (市、区)及100个旅游城市", "参与调查的访问对象总计超过500万人次" (a page ranking 山东's scenic spots, round 223)."""
    return bool(SURVEY_SCOPE_RE.search(sentence)) and not FORWARD_RE.search(sentence)


def is_title_claim(sentence: str) -> bool:
    """A place's title and the figures that earn it, with nothing that looks ahead: "大理是“中国核桃第一州市”,全州核桃
    种植面积1015万亩,约占全省总面积的1/4" (a page on 大理's farm aims, telling what it has)."""
    return bool(rx.match(r"\s*[\u4e00-\u9fff]{1,8}(?:是|为|被誉为|素有)“[^”]{2,14}”", sentence)) and not FORWARD_RE.search(sentence)


def is_plan_outline(sentence: str) -> bool:
    """A plan's account of its own make-up, not what it commits to: "《规划》共18章内容,分4个板块,…前瞻性谋划了17个
    重大工程,安排了77个重点项目" (河南's 十四五 transport plan news, round 49)."""
    return bool(rx.search(r"(?:共|全文|分为?)[\d一二三四五六七八九十]+\s*(?:章|篇|个板块|大板块|个部分|大部分)", sentence))


def is_definition(sentence: str) -> bool:
    """A glossary entry explains a name, it commits to nothing: "“四向八廊”综合交通走廊：东南西北4个方向
    8条进出川综合交通走廊…" (a report's 名词解释); not a slogan's part with what to do after its colon."""
    m = rx.match(r"\s*(?:\d{1,2}[.．、]\s*)?“[^”]{1,16}”[\u4e00-\u9fff]{0,12}[：:]", sentence)
    # (nor is a plan period's aims told after its quoted name: "“十三五”期间我省旅游业预期目标是:全省游客接待量、旅游总收入
    # 年均增长分别达到11%、13%左右" (河南, round 219))
    if m and AIMS_STATED_RE.search(m.group(0)):
        return False
    # a slogan's part followed by what to do is a commitment: "“百”系列:打造乡村旅游100个精品村、…"
    return bool(m) and not rx.match(r"\s*(?:打造|培育|形成|培养|建设|新建|建成|新增|实现|力争|完成|达到|引进|创建)", sentence[m.end() :])


def is_outside_world(sentence: str) -> bool:
    """A plan's account of its setting quotes the world economy and other bodies' forecasts —
    "国际货币基金组织（IMF）调高全球经济2018年增速至3.7%", "世界经济增长3%左右" — which are no target
    of the place."""
    return bool(rx.search(r"国际货币基金组织|\bIMF\b|世界银行|经合组织|OECD|全球经济|世界经济|美联储", sentence))


def has_target_verb(text: str) -> bool:
    return bool(rx.search("|".join(map(re.escape, LEVEL_VERBS + GROWTH_VERBS + INCREMENT_VERBS)), text))


def sentence_to_targets(sentence: str, clause: Clause, horizon_year: int | None, first_plan_year: int | None,
                        doc_type: str = "", carry_kind: str = "", in_aims: bool = False) -> list[Target]:
    """The targets of one sentence; ``doc_type`` "policy_package" reads its money as instruments; ``in_aims``:
    the sentence is (part of) a list of aims stated as such, whose 同比 looks ahead."""
    if is_name_list(sentence) or is_descriptive(sentence):
        return []
    cited = plan_cited_for_its_years(sentence)
    if cited and first_plan_year:
        first_plan_year = min(first_plan_year, cited)  # its years are the plan's: "其中:2021年2.42万亩,…"
    if not in_aims and is_review_sentence(sentence, clause, first_plan_year):
        # (a progress report's section states the year's plan before what is done: "一、千万元以上项目进展情况" / "全县2016年计划
        # 实施千万元以上项目84个,…,元-4月累计完成投资10.14亿元", round 137)
        progress = clause.is_review and any(PROGRESS_HEADING_RE.search(h) for h in clause.headings)
        if not clause.is_review:
            part = forward_tail(sentence, first_plan_year) or forward_head(sentence) or aim_before_its_progress(sentence)
        else:
            part = forward_head(sentence) if progress else aims_of_a_year_served(sentence, first_plan_year)
        plan = dataclasses.replace(clause, is_review=False) if progress or (clause.is_review and part) else clause
        found = sentence_to_targets(part, plan, horizon_year, first_plan_year, doc_type, carry_kind) if part else []
        return found or plans_beside_progress(sentence, clause, horizon_year, first_plan_year, doc_type)
    masks = masked_spans(sentence)
    found = find_quantities(sentence)
    order_of_magnitude(sentence, found)
    quantities = [
        q for q in found
        if not is_not_a_target_number(sentence, q, masks)
        and not is_genre_non_target(sentence, q, policy_package=doc_type == "policy_package")
    ]
    quantities = [q for q in _drop_baselines(sentence, quantities)
                  if not _reached_in_a_year_gone(sentence, q, first_plan_year) and not _told_of_last_year(sentence, q)]
    if not quantities:
        return _doubling_targets(sentence, clause, horizon_year)
    quantities = _share_one_value(sentence, quantities)
    names_for = _enumeration_names(sentence, quantities)
    years_for = _enumeration_years(sentence, quantities)
    out: list[Target] = []
    previous_name = ""
    previous_kind = ""
    previous_end = 0
    for idx, q in enumerate(quantities):
        seg = segment_bounds(sentence, q)
        name, verb, name_start = name_and_verb(sentence, q, seg, previous_end)
        if idx in names_for:
            name = names_for[idx]
        if name in GENERIC_NAMES:
            name = _owner_of_generic(sentence, seg[0]) + name
        name = noun_name(name, sentence, q, seg)
        if not rx.search(r"\w", rx.sub(r"[增减]速$", "", name)):
            name = ""  # punctuation is no name: "力争增长36%……”" (the 增速 was added to nothing)
        if (not name or _only_verb(name)) and seg[0] > 0 and sentence[seg[0] - 1] in ":：":
            # a list's label: "规模以上工业增加值:增长8%" names what grows before its colon
            label_start = max([sentence.rfind(ch, 0, seg[0] - 1) for ch in "，,；;。：:"] + [-1]) + 1
            head = clean_name(sentence[label_start : seg[0] - 1])
            if 2 <= len(head) <= 20:
                name = head
        if not name or _only_verb(name):
            name = (name + previous_name) if previous_name and name else (previous_name or clause_title(clause))
        phrase = sentence[: q.end]
        if q.comparator == "=" and rx.search(r"(至少|不少于|不低于)", sentence[seg[0] : q.start]):
            q.comparator = ">="
        if q.comparator == "=" and ratio_side(sentence, q) == "other":
            m = rx.search(rf"(不低于|不少于|高于|超过|不超过|不高于|低于)\s*\d+(?:\.\d+)?\s*{RATIO_SEP}\s*$", sentence[: q.start])
            if m:
                q.comparator = ">=" if m.group(1) in ("不低于", "不少于", "高于", "超过") else "<="
        if q.comparator == "=" and idx in names_for and rx.search(r"分别(?:不少于|不低于|至少|超过|突破)[^，,；;。]*$", sentence[: q.start]):
            q.comparator = ">="  # "…分别不少于1家、1家和7家": the comparator holds for every value listed
        # "…、瞪羚企业5家" after a 、, or a value listed after another: "分别增长8%左右和8.5%左右"
        continues_list = (seg[0] > 0 and sentence[seg[0] - 1] == "、") or (
            idx > 0 and rx.fullmatch(r"\s*(?:左右|以上|以内)?\s*[和、与及]\s*", sentence[previous_end : q.start]) is not None)
        if idx == 0 and carry_kind == "level" and not verb and not has_target_verb(sentence[: q.start]):
            previous_kind, continues_list = carry_kind, True  # "…达到5000座左右；专用充换电站3000座左右"
        kind = kind_of(q, name, verb, sentence[seg[0] : q.start], previous_kind if continues_list else "")
        if q.unit in ("位", "名") and rx.search(r"前\s*$", sentence[seg[0] : q.start]):
            # a rank to reach: "跃居全省前40位" — at 40th place or better
            q.comparator, kind = "<=", "level"
            name = rx.sub(r"前$", "", rx.sub(r"跃居|进入|保持|位居|稳居|跻身|挺进|迈入|位列|争创", "", name)) + "排名"
        # a rate listed after another is a rate too: "分别增长8%左右和8.5%左右" → …收入增速
        label = indicator_label(name, verb or ("增长" if continues_list and kind == "growth_rate" and not name.endswith("增长") else ""), kind)
        flagged = False
        if not label or is_not_a_noun(label):
            # no noun found: the phrase itself, flagged for a reader
            label, flagged = phrase_name(sentence, q, seg), True
        per_year = bool(rx.search(r"每年|逐年|每季度", sentence[: q.start])) or bool(
            rx.search(r"年均|(?<!上)年度", sentence[seg[0] : q.start])
        )
        year = years_for.get(idx) or sentence_target_year(sentence, q.start, horizon_year, first_plan_year)
        if rx.search(r"2035\s*年(?!远景目标)", rx.sub(r"《[^》]*》", "", phrase)) and year != 2035 and horizon_year and horizon_year < 2035:
            # "到2035年…" (not a cited title's "2035年远景目标纲要")
            year = 2035
        base_value, base_year = _baseline(sentence, q)
        span_start = min(name_start, q.start)
        out.append(
            Target(
                indicator_name=label,
                value=q.value,
                unit=q.unit,
                comparator=q.comparator,
                kind=kind,
                per_year=per_year,
                target_year=year,
                baseline_value=base_value,
                baseline_year=base_year,
                source_text=sentence.strip(),
                span_text=sentence[span_start : max(q.end, name_start + len(name))].strip(" ，,、"),
                name_from_phrase=flagged,
            )
        )
        previous_name = name
        previous_kind = kind
        previous_end = q.end
    share_trailing_comparator(sentence, quantities, out)
    out, quantities = rates_each_measure_shares(sentence, quantities, out)
    plans = plans_named_by_what_is_done(sentence)
    out = [dataclasses.replace(t, indicator_name=plans[q.start]) if q.start in plans else t for q, t in zip(quantities, out)]
    return [one for q, t in zip(quantities, out) for shared in each_places_share(sentence, q, t)
            for one in each_named_industrys_share(sentence, q, shared)]


# places listed before 各 (each): "中原区、二七区、金水区、管城回族区各完成新建绿地25万平方米"
EACH_PLACE_RE = re.compile(r"\s*(?:其中[，,]?\s*)?((?:[\u4e00-\u9fff]{1,7}(?:[省市县区镇乡旗]|街道)、)+[\u4e00-\u9fff]{1,7}(?:[省市县区镇乡旗]|街道))各")


def each_places_share(sentence: str, q: Quantity, target: Target) -> list[Target]:
    """A figure that several named places each reach is one target a place: "中原区、二七区、金水区、管城回族区各完成新建绿地
    25万平方米" → 中原区完成新建绿地 25万平方米, 二七区完成新建绿地 25万平方米, … (郑州's greening plan, round 127).
    Places not named ("其他4个区每区各5000户") leave the one target."""
    m = EACH_PLACE_RE.match(clause_before(sentence, q))
    if not m or not target.indicator_name.startswith(m.group(0).strip()):
        return [target]
    rest = target.indicator_name[len(m.group(0).strip()) :]
    return [dataclasses.replace(target, indicator_name=place + rest) for place in m.group(1).split("、")]


# named items, then their count and kind, then the measure they reach: "肉类、花卉、茶叶、蔬菜、中药材、核桃6大产业的产值发展到"
NAMED_INDUSTRIES_RE = re.compile(r"((?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6})(\d{1,2}|[两二三四五六七八九十])大(产业|行业)的?"
                                 r"((?:总)?产值|(?:销售|营业)收入|增加值|规模)[^，,；;。\d]{0,6}$")


# industries named one by one earlier in the sentence, then one figure they each reach: "重庆将围绕智能网联新能源汽车、智能终端、
# 高端装备、新材料、生物医药、消费品等重点行业,…,相关产业全年产值增速均达到8%"
LISTED_INDUSTRIES_RE = re.compile(r"((?:[\u4e00-\u9fff]{1,10}、)+[\u4e00-\u9fff]{1,10})等(?:重点|主导|优势|支柱|新兴)?(?:行业|产业)")
EACH_OF_THEM_RE = re.compile(r"(?:相关|上述|这些|以上)(?:产业|行业)([^，,；;。]{0,12}?)均(?:达到|达|保持在|保持|超过|实现)?\s*$")


def each_named_industrys_share(sentence: str, q: Quantity, target: Target) -> list[Target]:
    """One figure set for industries named one by one and counted is one target an industry (the readers' rule, 66th (vii)):
    "将…中的肉类、花卉、茶叶、蔬菜、中药材、核桃6大产业的产值发展到200亿元以上" → 肉类产业产值 200亿元, 花卉产业产值 200亿元, …
    (云南's farm industries plan, round 212). The count must be the number of names ("3大产业" after four names leaves one).
    So is one figure the industries named earlier in the sentence each reach (the readers' rule, 104th (iii)): "围绕智能网联新能源
    汽车、智能终端、…、消费品等重点行业,…,相关产业全年产值增速均达到8%" → 智能网联新能源汽车产值增速 8%, 智能终端产值增速 8%, …
    (重庆's industry, round 236). A total they reach together ("…四大产业总产值突破1600亿元") stays one target."""
    before = clause_before(sentence, q)
    each = EACH_OF_THEM_RE.search(before)
    listed = LISTED_INDUSTRIES_RE.search(sentence[: q.start - q.prefix_len - len(before)]) if each else None
    if each and listed:
        names = listed.group(1).split("、")
        opening = max(sentence.rfind(ch, 0, listed.start()) for ch in "，,；;：:") + 1  # (the first name after its verb)
        names[0] = rx.sub(r"^.*(?:围绕|聚焦|发展|培育|壮大|在|对)", "", sentence[opening : listed.start(1) + len(names[0])])
        measure = rx.sub(r"^(?:全年|年度|今年)", "", each.group(1))
        if measure and all(names):
            return [dataclasses.replace(target, indicator_name=name + measure + ("增速" if target.kind == "growth_rate" and not measure.endswith("增速") else ""))
                    for name in names]
    m = NAMED_INDUSTRIES_RE.search(before)
    if not m or m.group(4).startswith("总"):
        # (their total is one figure: "柑桔、茶叶、纤维作物、中药材四大产业总产值突破1600亿元", 湖南's farming, round 238)
        return [target]
    names = m.group(1).split("、")
    names[0] = names[0].split("的")[-1]  # "…产业中的肉类" → 肉类
    if len(names) != chinese_digits_to_int(m.group(2)):
        return [target]
    return [dataclasses.replace(target, indicator_name=name + m.group(3) + m.group(4)) for name in names]


# a rate that each measure before it reaches: "…国内游客人数达到8000万人次,入境游客人数超过50万人次,均同比增长15%"
EACH_RATE_BEFORE_RE = re.compile(r"[，,]\s*均(?:同比|比上年|较上年)?(?:增长|提高|增加|下降|降低)\s*$")


def rates_each_measure_shares(sentence: str, quantities: list[Quantity], targets: list[Target]) -> tuple[list[Target], list[Quantity]]:
    """A rate told with 均 after two or more levels is one target a level: "国内游客人数达到8000万人次,入境游客人数超过50万人次,均同比
    增长15%" → 国内游客人数增速 15%, 入境游客人数增速 15% (南宁's tourism meeting, round 214). The levels must stand with nothing
    between them and the rate but their own clauses."""
    if len(quantities) != len(targets):
        return targets, quantities
    out_t: list[Target] = []
    out_q: list[Quantity] = []
    for i, (q, t) in enumerate(zip(quantities, targets)):
        levels = [j for j in range(i) if targets[j].kind == "level" and q.unit == "%" and targets[j].unit != "%"]
        if t.kind == "growth_rate" and len(levels) >= 2 and EACH_RATE_BEFORE_RE.search(sentence[: q.start - q.prefix_len]):
            for j in levels:
                out_t.append(dataclasses.replace(t, indicator_name=targets[j].indicator_name + "增速"))
                out_q.append(q)
            continue
        out_t.append(t)
        out_q.append(q)
    return out_t, out_q


def share_trailing_comparator(sentence: str, quantities: list[Quantity], targets: list[Target]) -> None:
    """Values listed with nothing but 、 between share the comparator written after the last:
    "分别稳定在160万亩、45万亩以上" → both ≥; "新增高新技术企业20家、科技型中小企业50家以上" names
    each thing, so only the last is ≥; so does "改造2200处、6500平方米以上" (two measures of one work)."""
    if len(quantities) != len(targets):
        return
    for i in range(len(targets) - 2, -1, -1):
        a, b = quantities[i], quantities[i + 1]
        if (targets[i].comparator == "=" and targets[i + 1].comparator in (">=", "<=", "~") and targets[i].unit == targets[i + 1].unit
                and rx.fullmatch(r"\s*[、和及]\s*", sentence[a.end : b.start]) and rx.match(r"\s*(以上|以下|左右|以内)", sentence[b.num_end : b.end])):
            targets[i].comparator = targets[i + 1].comparator


COMPARATOR_WORDS = ("至少", "不少于", "不低于", "不超过", "不高于", "最少", "最多", "超过", "突破", "达到", "高于", "低于")
# verbs that end a subject and take the counted thing as object: "学生掌握2项以上运动技能"
OBJECT_VERBS = ("掌握", "配备", "拥有", "具备", "获得", "参加", "参与", "建成", "建设", "建立", "设立", "开设", "覆盖",
                "配置", "培养", "学会", "达到", "有", "聚焦", "发展", "壮大", "做强", "突出")


PER_UNIT_RE = re.compile(r"(每(?:个|条|所|家|座|一个|一所|一家)[\u4e00-\u9fff（）()、]{1,10}?)(?=至少|都|均|要|应|建成|建设|培育|打造|配备|设立|建立|新建|引进|实施|筛选|优选|有|[\d一二两三四五六七八九十])")


def per_unit_scope(sentence: str, q: Quantity, seg: tuple[int, int]) -> str:
    """"每条产业链培育1家以上链主企业" → "每条产业链": what the count is per (a 每年 is a period)."""
    found = list(PER_UNIT_RE.finditer(sentence[seg[0] : q.start]))
    if not found:
        return ""
    scope = rx.split(r"每年|每季度|每月|年均", found[-1].group(1)[1:])[0]
    return "每" + scope if scope else ""


def _is_place_stem(text: str) -> bool:
    """"达州", "全市", "冠县": a place, not what is measured."""
    from etl.divisions import bare_mentions

    return text in SELF_SCOPE_WORDS or bare_mentions(text) != [] and len(text) <= 4 and not rx.search(r"[率量数额值]$", text)


def noun_name(name: str, sentence: str, q: Quantity, seg: tuple[int, int]) -> str:
    """Make the name what is measured, not a comparator, verb or fragment.

    "至少建成5个负压生物安全二级实验室" (name "至少") → "负压生物安全二级实验室"; "每个乡镇至少建成一所
    公办中心幼儿园" → "每个乡镇公办中心幼儿园"; "学生掌握2项以上运动技能" → "学生掌握运动技能";
    "每5所幼儿园配备1名专职卫生保健人员" → "每5所幼儿园专职卫生保健人员"."""
    name = rx.sub(r"^的", "", name)
    right = _right_name(sentence[q.end : seg[1]])
    right = rx.sub(r"^(以上|左右|以内)?的?", "", right)
    stem = TRAIL_RE.sub("", name)
    if (not stem or stem in COMPARATOR_WORDS or stem in OBJECT_VERBS or stem in ("满足", "服务", "惠及", "带动", "吸纳")) and right:
        return right  # "满足100万辆以上电动汽车充电需求" → 电动汽车充电需求
    if right and len(stem) <= 4 and _is_place_stem(stem):
        return right  # "达州至少4个县(市、区)入选…": the place is whose, what is counted stands after
    if right and rx.search(r"、\s*$", sentence[: q.start]) and rx.match(r"\s*的", sentence[q.num_end :]):
        return right  # "完成…33栋居民楼、18.3万平方米的屋面防水维修改造工程": a new item, named after its number
    left_of_number = stem and stem in rx.sub(r"\s+", "", sentence[seg[0] : q.start])
    if not left_of_number:
        return stem or name  # the name is already the noun after the number
    verb = next((v for v in OBJECT_VERBS if stem.endswith(v) and len(stem) > len(v)), "")
    if verb and right and len(right) >= 2:
        subject = stem[: -len(verb)]
        subject = TRAIL_RE.sub("", subject)
        if subject.startswith("每"):
            return subject + right  # 每个乡镇 + 公办中心幼儿园
        return subject + verb + right if verb in ("掌握", "学会", "具备", "获得", "聚焦") else subject + right
    between = rx.sub(r"\s+", "", sentence[seg[0] : q.start]).split(stem, 1)[-1]
    if stem.startswith("每") and right and len(stem) <= 8 and rx.search(r"(至少|建成|建设|配备|设立|建立|有)", between) \
            and not rx.search(r"(率|比|数|量|额|值)$", stem):
        return stem + right  # "每个乡镇至少建成一所" + 公办中心幼儿园
    scope = per_unit_scope(sentence, q, seg)
    if scope and stem and not stem.startswith("每") and scope not in stem:
        return scope + stem  # 每条产业链 + 链主企业
    return stem or name


# a subject and its verb whose object was lost: "学生掌握", "按服务覆盖"
FRAGMENT_VERBS = ("掌握", "配备", "拥有", "具备", "获得", "参加", "参与", "达到", "建成", "覆盖", "学会")
# a modifier whose head noun was lost: "养老" of "基本养老、医疗保险参保率"
HEADLESS_MODIFIERS = ("养老", "托育", "育幼", "医疗", "教育", "就业")


def is_not_a_noun(name: str) -> bool:
    """A comparator, a lone verb, a subject with its verb but no object, a modifier without its
    head, or a fragment too short to name anything: "至少", "达到国家推荐标准", "学生掌握", "养老",
    "形成", "养" — never an indicator (高新技术企业, 农村自来水普及率 are)."""
    if (len(name) < 2 or name in COMPARATOR_WORDS or name in INCREMENT_VERBS or name in LEVEL_VERBS
            or name in ("形成", "实现", "构建")):
        return True
    if name in HEADLESS_MODIFIERS or name.endswith(FRAGMENT_VERBS):
        return True
    if name.startswith(("至少", "不少于", "不低于")):
        return True
    # a predicate, not a measure: "达到国家推荐标准"
    return (name.startswith("达到") and bool(rx.search(r"(标准|水平|要求)$", name))) or bool(rx.fullmatch(r"[\d.%]+", name))


def phrase_name(sentence: str, q: Quantity, seg: tuple[int, int]) -> str:
    """The phrase around the number, without the number: a name of last resort."""
    text = sentence[seg[0] : q.start - q.prefix_len] + sentence[q.end : seg[1]]
    text = rx.sub(r"\s+", "", text).strip(" ，,、。；")
    return clean_name(text)[:30] or rx.sub(r"\s+", "", sentence[seg[0] : seg[1]])[:30]


GENERIC_NAMES = {"占比", "比重", "比例", "覆盖率", "总量", "规模", "数量", "总数", "增速", "比率"}


def _owner_of_generic(sentence: str, seg_start: int) -> str:
    """"优先引导发展护理型床位，占比达到65%以上": 占比 of what? The noun of the phrase before."""
    before = sentence[: max(0, seg_start - 1)]
    prev = rx.split(r"[，,；;：:。]", before)[-1] if before else ""
    owner = strip_action_verbs(clean_name(prev))
    owner = rx.sub(r"^(优先|引导|发展|鼓励)+", "", owner)
    return owner if 0 < len(owner) <= 15 else ""


def _only_verb(name: str) -> bool:
    return name in INCREMENT_VERBS or name in ("基本建成", "建成", "完成", "新增", "累计")


def clause_title(clause: Clause) -> str:
    """An item's own title: "农副产品加工产业。围绕…" → "农副产品加工产业"."""
    m = rx.match(r"([^。；，]{2,20})。", clause.text)
    return m.group(1) if m else ""


def listed_names(text: str) -> list[str]:
    """The names one value is shared by: "九年义务教育巩固率和高中阶段教育毛入学率" → two; names side by side
    in quotes are a list too, the quotes dropped: "力争“文明村”“文明户”占比" → ["文明村", "文明户占比"]."""
    quoted_list = "”“" in text
    names = []
    for part in rx.split(r"、|和|以及|与|(?<=”)(?=“)", text):
        name = clean_name(rx.sub(r"[“”]", "", part) if quoted_list else part)
        if name:
            names.append(name)
    return names


# 各 before a value, with a verb at most: "宫颈癌、乳腺癌各完成筛查8.1万人", "…各1家"
EACH_BEFORE_VALUE = r"各(?:(?:完成|新增|新建|建成|开工|实现)[\u4e00-\u9fff]{0,3}?)?(?=\s*\d)"


def _enumeration_names(sentence: str, quantities: list[Quantity]) -> dict[int, str]:
    """"农村自来水普及率、规模化供水率分别达到98%、100%" → {0: 农村自来水普及率, 1: 规模化供水率}."""
    names: dict[int, str] = {}
    for m in rx.finditer(r"([^，,；;。：:]+?)(?:(?:分别|(?<!年)均)(?:达到|为|保持在|保持|稳定在|控制在|提高到|提升到|增加到|不少于|不低于|超过|突破|达|过)"
                         r"|分别(?:增长|提高|下降)|" + EACH_BEFORE_VALUE + r")", sentence):
        subjects = share_head_noun(listed_names(m.group(1)))
        each = rx.match(r"各(?:完成|实现)?(.*)$", m.group(0)[len(m.group(1)) :])
        if each and each.group(1) and not rx.match(r"(?:增长|提高|下降|达到|为)", each.group(1)):
            subjects = [s + each.group(1) for s in subjects]  # "宫颈癌、乳腺癌各完成筛查8.1万人" → 宫颈癌筛查, 乳腺癌筛查
        following = [i for i, q in enumerate(quantities) if q.start >= m.end()]
        if len(subjects) >= 2:
            for k, i in enumerate(following[: len(subjects)]):
                names[i] = subjects[k]
    for (m, subjects), suffix in [(found, "增速") for found in _shared_rate_subjects(sentence)] + [
            (found, "") for found in _shared_level_subjects(sentence)]:
        following = [i for i, q in enumerate(quantities) if q.start >= m.end()]
        same = [i for i in following if quantities[i].start == quantities[following[0]].start] if following else []
        if len(subjects) >= 2 and len(same) == len(subjects):
            for k, i in enumerate(same):
                names[i] = subjects[k] + suffix
    return names


HEAD_WORDS = ("企业", "居民", "服务", "机构", "中心", "基地")
# what a list of products or sectors shares at its end, longest first: "马铃薯良种生产面积" → 生产面积
MEASURE_HEADS = ("生产面积", "种植面积", "播种面积", "面积", "产量", "产值", "增加值", "营业收入", "收入", "规模", "总量", "覆盖率", "普及率")


def share_head_noun(subjects: list[str]) -> list[str]:
    """"养老、托育服务机构" names two things with one head noun: → ["养老服务机构", "托育服务机构"].
    Modifiers as short as the last subject's own (2–4 characters, no noun ending) take its head."""
    if len(subjects) < 2:
        return subjects
    last = subjects[-1]
    out = []
    at = [i for i in (last.find(w) for w in HEAD_WORDS) if i >= 1]
    measure = next((w for w in MEASURE_HEADS if last.endswith(w) and len(last) > len(w)), "")
    for s in subjects[:-1]:
        # "高新技术、科技型中小企业数量" → 高新技术企业数量; "玉米制种和马铃薯良种生产面积" → 玉米制种生产面积
        head = last[min(at) :] if at else (measure or last[len(s) :])
        short = 2 <= len(s) <= 4 or (bool(measure) and head == measure and len(s) <= 8)  # "光伏制造业、储能制造业产值"
        if (short or s in "一二三四五六七八九十") and len(head) >= 2 and not rx.search(r"(率|数|量|额|值|比|企业|机构|中心|人数|人员|投资)$", s) and not s.endswith(head):
            out.append(s + head)
        else:
            out.append(s)
    return out + [last]


def _enumeration_years(sentence: str, quantities: list[Quantity]) -> dict[int, int]:
    """"产业营业收入2024年、2025年、2026年分别达到400亿元、450亿元、500亿元" → each value its year."""
    years: dict[int, int] = {}
    for m in rx.finditer(r"((?:20\d\d\s*年(?:底|末)?\s*[、和及,，]\s*)+20\d\d\s*年(?:底|末)?)[^。；;]{0,12}?分别", sentence):
        listed = [int(y) for y in rx.findall(r"(20\d\d)", m.group(1))]
        following = [i for i, q in enumerate(quantities) if q.start >= m.end()]
        for k, i in enumerate(following[: len(listed)]):
            years[i] = listed[k]
    # or one value a year under 逐年, the years named before it: "2023年治理125个、2024年治理196个、2025年治理113个,农村生活污水
    # 治理率逐年达到38.57%、51.83%、59.47%" (荆州's plan quoted in a notice of 2025, round 230) → 2023, 2024, 2025
    for m in rx.finditer(r"逐年(?:分别)?(?:达到|提高到|提升到|增加到|达)", sentence):
        named = sorted({int(y) for y in rx.findall(r"(20\d\d)\s*年", rx.sub(r"《[^》]*》", "", sentence[: m.start()]))})
        end = m.end() + len(rx.split(r"[，,；;。]", sentence[m.end() :])[0])
        listed_here = [i for i, q in enumerate(quantities) if m.end() <= q.start < end]
        if len(named) >= 2 and len(listed_here) == len(named) and named[-1] - named[0] == len(named) - 1:
            years.update(zip(listed_here, named))
    return years


# a list of measures that grow by one rate: "工业投资、民间投资年均增长6％左右", "高新技术、科技型中小企业数量增长10％以上"
# two measures joined by 和 too: "全年接待游客和旅游收入增长10%以上"
# or the list counted, the rate its aim: "生产总值、地方财政一般预算收入、…、社会消费品零售总额6项指标要增长12%以上" (崖门镇, round 244)
SHARED_RATE_RE = re.compile(r"(?:^|(?<=[，,；;：:]))((?:[^，,；;。：:、\d]{2,16}、)+(?!年均)[^，,；;。：:、\d]{2,20}?|[^，,；;。：:、和\d]{2,12}和[^，,；;。：:、和\d]{2,12}?)"
                            r"(?:[\d一二三四五六七八九十]{1,2}项(?:主要)?(?:经济)?指标(?:要|将|力争)?)?(?:年均|均|都)?增长(?=\s*\d)")


# rates named side by side that one level holds for, with no 均 or 分别: "城镇调查失业率和登记失业率稳定在4.3%左右"
SHARED_LEVEL_RE = re.compile(r"(?:^|(?<=[，,；;：:]))((?:[^，,；;。：:、和与\d]{2,16}?率(?:和|、|与))+[^，,；;。：:、和与\d]{2,16}?率)"
                             r"(?=(?:稳定在|控制在|保持在|达到|不低于|不高于)\s*\d)")


def _shared_level_subjects(sentence: str) -> list[tuple[re.Match, list[str]]]:
    """"城镇调查失业率和登记失业率稳定在4.3%左右" → the match, ["城镇调查失业率", "登记失业率"]."""
    return [(m, names) for m in SHARED_LEVEL_RE.finditer(sentence) if len(names := listed_names(m.group(1))) >= 2]


# what a measure ends with, when two are paired by 和: "接待游客和旅游收入", "进出口总额和实际利用外资"
PAIRED_MEASURE_END = r"(?:游客|人次|人数|收入|投资|总额|产值|增加值|产量|利润|税收|营业额|销售额|零售额|外资)$"


def _shared_rate_subjects(sentence: str) -> list[tuple[re.Match, list[str]]]:
    out = []
    for m in SHARED_RATE_RE.finditer(sentence):
        items = rx.split(r"、|(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})", m.group(1))  # "亩均税收、人均税收和亩均技工贸总收入"
        if any(x in INCREMENT_VERBS or _leading_verb(x) == x or len(x) > 20 for x in items):
            continue  # "新建、改建幼儿园": verbs, not measures ("接待游客人次" is a measure)
        if rx.search(r"等[\u4e00-\u9fff]{0,6}(?:领域|行业|方面|产业)", items[-1]):
            continue  # "工业、建筑、交通…等重点领域设备投资增长9%": one measure over the fields it names
        if "、" not in m.group(1) and not rx.search(PAIRED_MEASURE_END, items[0]):
            continue  # "货物和服务进出口", "城市副中心和平原新城地区生产总值": one measure of two things
        if rx.search(r"货物[、和与及]服务", m.group(1)):
            continue  # "推动货物、服务进出口总额增长10%以上": trade in goods and services is one measure
        names = [clean_name(x) for x in items if clean_name(x)]
        out.append((m, share_head_noun(names) if "、" in m.group(1) else names))
    return out


def _share_one_value(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """"九年义务教育巩固率和高中阶段教育毛入学率均达到 98%", "工业投资、民间投资年均增长6％左右",
    "光伏制造业、储能制造业产值分别过千亿元": one number, two targets."""
    out = list(quantities)
    found = [(m, listed_names(m.group(1)))
             for m in rx.finditer(r"([^，,；;。：:]+?)(?:(?:均|都|分别)(?:达到|为|保持在|保持|稳定在|达|不低于|超过|突破|过)|" + EACH_BEFORE_VALUE + r")", sentence)]
    for m, subjects in found + _shared_rate_subjects(sentence) + _shared_level_subjects(sentence):
        following = [q for q in quantities if q.start >= m.end()]
        if len(subjects) >= 2 and following and (len(following) == 1 or following[1].start > following[0].end + 3):
            first = following[0]
            out.extend(dataclasses.replace(first) for _ in subjects[1:])
    out.sort(key=lambda q: q.start)
    return out


def _reached_in_a_year_gone(sentence: str, q: Quantity, first_plan_year: int | None) -> bool:
    """A value a change reached in a year before the plan starts: "全省地区生产总值增长率,从2023年的4.1%,到2024年的5.1%"
    (in a page on 2025's work) — the 5.1% is history, as the 4.1% it started from."""
    m = rx.search(r"(?:到|至)\s*(20\d\d)\s*年(?:底|末)?的\s*$", sentence[: q.start - q.prefix_len])
    return bool(m and first_plan_year and int(m.group(1)) < first_plan_year)


def _told_of_last_year(sentence: str, q: Quantity) -> bool:
    """A figure in a clause that opens on the year gone, with nothing that looks ahead: "据了解,山西人工造林规模连续三年位居
    全国前列,去年山西新增营造林456.7万亩" (a page on 2024's aims, round 87)."""
    start = clause_start(sentence, q)
    clause = sentence[start : clause_end(sentence, q)]
    return LAST_YEAR_HEAD_RE.match(clause) is not None and not FORWARD_RE.search(clause)


def _drop_baselines(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """"由2020年的1.9%提高到2.5%": the first number is the baseline, not a target
    (:func:`_baseline` reads it for the number that follows)."""
    return [q for q in quantities if not _is_baseline_quantity(sentence, q)]


def _is_baseline_quantity(sentence: str, q: Quantity) -> bool:
    """A value a change starts from: "由2020年的1.9%提高到2.5%", "缴费费率由7%降至6%", "标准由每人每月
    1800元、1500元统一提高到2200元" (both 1800元 and 1500元), "由每人每年670元提高到700元", "在现在的14.12%基础上",
    "比重由现在的61%提高到70%", "露地蔬菜由目前的4万亩增至10万亩" (海东, round 128), "由原来的55%提高到58%" (哈尔滨, round 215)."""
    seg_start = clause_start(sentence, q, "，,；;。")
    before = sentence[seg_start : q.start - q.prefix_len]
    if rx.search(r"在\s*(?:现在|目前|现有|当前|20\d\d\s*年(?:底|末)?)?\s*的?\s*$", before) and rx.match(r"\s*(?:的)?\s*基础上", sentence[q.end :]):
        return True  # "森林覆盖率在现在的14.12%基础上提高到…"
    # (or from what it was: "普及率由原来的55%提高到58%", "回采率从现在的回采率40%提高到60%", round 215)
    # (or last year's: "绿化覆盖率从去年的31.44%提高到36%,人均公共绿地面积由去年的7.31平方米提高到8.2平方米" (哈尔滨, round 221))
    m = rx.search(r"(由|从)\s*((?:20\d\d\s*年(?:底|末)?|现在|目前|现有|当前|原来|过去|去年|上年)的?)?(?:(?<=的)[\u4e00-\u9fff]{1,6})?\s*"
                  r"(?:每[\u4e00-\u9fff]{1,2}(?:每[\u4e00-\u9fff]{1,2})?)?\s*"
                  r"(?:[\d.]+\s*[^\d\s、，,；;。到至]{0,3}、\s*)*$", before)
    if not m:
        return False
    after = sentence[q.end : q.end + 24]
    return bool(rx.match(r"\s*(?:、\s*[\d.]+\s*[^\d\s、，,；;。到至]{0,3}\s*)*(?:[\u4e00-\u9fff（）()、]{0,8}?)(?:统一|分别|逐步)?\s*"
                         r"(提高|增加|提升|增长|下降|降低|减少|扩大|降|升|增|减|调整|调)(到|至)", after)) or bool(
        rx.match(r"\s*(?:、\s*[\d.]+\s*[^\d\s、，,；;。到至]{0,3}\s*)*(?:统一|分别|逐步)?\s*[,，]?\s*(到|至)", after))


BASELINE_BEFORE_RE = re.compile(
    r"(?:由|从)\s*(?:(20\d\d)\s*年(?:底|末)?的?)?\s*(\d+(?:\.\d+)?)\s*[^\d，。；]{0,6}?"
    r"(?:提高|增加|提升|增长|下降|降低|减少|扩大)?(?:到|至)\s*$"
)


def _baseline(sentence: str, q: Quantity) -> tuple[float | None, int | None]:
    """The starting value stated just before the target: "由2020年的1.9%提高到2.5%" → (1.9, 2020)."""
    m = BASELINE_BEFORE_RE.search(sentence[: q.start - q.prefix_len])
    if m:
        return float(m.group(2)), int(m.group(1)) if m.group(1) else None
    return None, None


def _spelt_out_next(text: str, sentence: str, name: str = "") -> bool:
    """Whether the sentence after ``sentence`` in ``text`` restates it as a figure, opening with 即 or
    也就是: "旅游就业量比2015年翻一番。即旅游就业人数达到435万人" (the figure is the one record), or with the
    name and where it goes from: "资产总量翻一番。资产总量由2005年的2400亿元增加到2010年的4800亿元"."""
    said = sentence.strip()
    at = text.find(said)
    if at < 0:
        return False
    after = text[at + len(said) : at + len(said) + 40]
    from_to = bool(name) and rx.match(r"[。；;]?\s*" + re.escape(name) + r"由[^。；;]*?\d", after) is not None
    return from_to or bool(rx.match(r"[。；;]?\s*(?:即|也就是)[^。；;]*?\d", after))


def _doubling_targets(sentence: str, clause: Clause, horizon_year: int | None) -> list[Target]:
    """"力争制造业使用外资翻番" has no digit but commits to +100%."""
    if "翻" not in sentence:
        return []
    for m in rx.finditer(r"([^，,；;。]*?)(?:实现)?(翻番|翻一番)", sentence):
        name = clean_name(m.group(1))
        # a slogan's count of doublings is spelt out after it: "实现“四个翻番”:", "“两个翻番”,就是全市生产总值…"
        if not rx.search(r"[一二三四五六七八九十两\d]+[个项大]$", name):
            break
    else:
        return []
    if not name or rx.search(r"(资金|经费|预算|补助|奖补)$", name):
        return []  # money a government sets aside doubled is an instrument: "自治区本级科技专项资金翻一番"
    if _spelt_out_next(clause.text, sentence, name):
        return []  # the next sentence gives the value: "旅游业总收入比2015年翻一番。即旅游业总收入达到6100亿元"
    # both double: "全市生产总值和城乡居民收入均比2010年翻一番"
    names = listed_names(name) if rx.search(r"(?:均|都)(?:比[^，,；;。]*)?$", m.group(1)) else [name]
    return [
        Target(
            indicator_name=each,
            value=100.0,
            unit="%",
            comparator="=",
            kind="growth_rate",
            target_year=sentence_target_year(sentence, m.start(), horizon_year),
            source_text=sentence.strip(),
            span_text=sentence[m.start() : m.end()].strip(" ，,"),
        )
        for each in names
    ]
