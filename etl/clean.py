"""Cleanup shared by every source format: raw text lines → clean lines (pure functions).

The raw lines come from a .txt/.md file, from a PDF page or from a DOCX body; the result is one
paragraph, heading or table row per line, in document order, with no empty lines. A table row is
one line whose cells are joined by a single ``"\\t"`` (empty cells kept as ``""``), so that the
structure stage can recognise rows.

How a raw line is treated depends on its tabs, decided before anything is stripped:

- **row**: a tab after some text, or more than one tab (``"1\\t到 2025 年，…\\t县市场监管局"`` in
  004, ``"\\t推动高水平科技创新，激发创新驱动新活力\\t\\t\\t"``): each cell is cleaned, the cells are
  re-joined by ``"\\t"``; never joined with a neighbour.
- **cell**: tabs only at the very start (000 is a table flattened to text, one cell per line:
  ``"\\t经济发展部"``, ``"\\t持续      推进"``, ``"\\t15-2"``): cleaned and stripped, kept as its own
  line, never joined with a neighbour — in 000 these are short cells, not broken sentences.
- **text**: everything else; the only lines that may be joined (see :func:`should_join`).

Join rule, for text lines only and across blank lines: a line continues the previous one when the
previous one does not end a sentence (。；：！？ or a closing bracket), is prose (contains ，。；)
and is not a heading, and the line itself does not start a heading or numbered item (第X章, 一、,
（一）, 1., 8深化…, 15-1…); document numbers, dates, "附件" and "专栏" lines stand alone. A
responsibility note on its own line (``"〔牵头单位：…〕"``) always joins the item above.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from etl import rx
from etl.cell_lines import cell_lines_to_rows, pipe_cell_lines_to_rows

Kind = Literal["text", "heading", "row", "cell", "break"]

SENTENCE_END = "。；：！？;:!?"
CLOSING_BRACKETS = "）)〕】]"
# Characters that follow a number used as a quantity (2025年, 80家, 1万人), not as an item number.
UNIT_CHARS = (
    "个家项亿万千百十名人所座条台辆套吨米元岁天年月日号倍次户处栋间床张公平立余多批期届种类级份位架艘场"
    "亩斤升克株头只组篇部班例宗起册款层根块片段度瓦"
)
CJK_NUMERAL = "一二三四五六七八九十百零〇"

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({ord(c): ord(a) for c, a in zip("％．／＋－", "%./+-")})
_FULLWIDTH.update({cp: ord("0") + cp - 0x2080 for cp in range(0x2080, 0x208A)})  # ₀-₉ (O₃, PM₁₀)
# digits, letters and signs only, for a raw line before its kind is known (a table's cells are told by their numbers)
_FULLWIDTH_SIGNS = dict(_FULLWIDTH)
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20})  # ideographic and no-break space
# The GB middle dot comes out of PDFs and fonts as katakana or other dots: "聊·胜一筹".
_FULLWIDTH.update({0x30FB: 0xB7, 0x2027: 0xB7, 0xFF65: 0xB7})

_SPACES = re.compile(r"[ \u00a0\u3000]+")
_WHITESPACE = re.compile(r"\s+")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_BULLET = re.compile(r"^[-*+]\s+")
_DOCX_ARTIFACT = re.compile(r"\[bookmark:[^\]]*\]")
_LATEX_SCRIPT = re.compile(r"[_^]\{([^{}]*)\}")
_PAGE_NUMBER = re.compile(
    r"^[-—–~\s]*(?:第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)[-—–~\s]*$"
)
_HEADING_START = re.compile(
    rf"^(?:第[{CJK_NUMERAL}\d]+[章节条篇部]|[{CJK_NUMERAL}]+、|[（(][{CJK_NUMERAL}]+[）)])"
)
_ITEM_START = re.compile(
    rf"^(?:\d{{1,3}}[.、](?!\d)"  # 1. 加强创新平台建设 / 3、
    rf"|[（(]\d{{1,3}}[）)]"  # （1）安全生产
    rf"|\d{{1,3}}(?:-\d{{1,3}})?(?=[\u4e00-\u9fff])(?![{UNIT_CHARS}]))"  # 8深化… / 15-1完善…
)
# what follows the date on a newspaper page's date line: 「2015年03月18日 星期三 新京报」
PAPER_DATE_TAIL = r"(?:星期|周)[一二三四五六日天]\s*(?:[\u4e00-\u9fff]{2,8}?(?:报|网))?"
# a clock time after a date: the space before it stays, or 「2007-2-6 11:04:00」 reads as the day 611
CLOCK_TIME = r"\d{1,2}[:：]\d\d(?!\d)"
# a web page's date line, its day and clock time first or after its labels and counters: 「2018-04-14 01:15:38 来源:河北新闻网」,
# 「来源:未知 点击数:2387 日期:2019-02-14 10:57:31」, 「热度119票 浏览23次 【共0条评论】 时间:2016年7月08日 20:12」
# (or day first: 「08.04.2014 23:09」, 今视网's page, round 97), or after the site's name or address: 「新华网山东频道  2014-04-10
# 10:36」, 「http://www.sina.com.cn  2009年01月08日07:38  每日新报」, or after its poster: 「谢小茹 发表于 2012-3-9 10:11:00」; behind a
# list's bullet, its clock in Chinese: 「• 2013年02月18日 00时00分」, or after its outlet and a bar: 「来源:北方网 | 2023-02-02 21:39:46 |」
# (round 107, 108), or with no bar: 「来源:新选择网 2018-05-17 10:24:24」 (洛阳, round 161); its day closed by a slash: 「2018/02/05/ 11:42 来源:甘肃经济日报」 (round 114); an e-paper's issue line,
# its weekday for a clock: 「1457期 第1356期 本期开刊时间: 2015-03-17 星期二」 (榆林, round 116); an address without its
# scheme: 「//www.lmjx.net 2008-2-15 9:44:17 中国路面机械网」 (福州, round 117), or a bare host: 「qz.fjsen.com 2013-01-31 10:14
# 苏福彬 谢玉妹 来源:东南网」 (永春, round 183), or a portal's channel named without 网 (its space gone in the clean text), when the date and clock end the line:
# 「搜狐焦点贵阳 2021-09-27 14:24:43」 (贵阳's shantytown renewal, round 232); not prose: 「全市新建公园2014-04-10 10:36」
# a site's host as a date line writes it, before the dots' count is bounded: "qz.fjsen.com", "CCTV.com" (its labels, then
# each dot and label after the first; etl.metadata's dateline takes any number of them)
HOST = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)"
WEB_DATE_LINE_RE = re.compile(
    r"(?:[•·●▪\-]\s*)?(?:.{0,60}?(?:时间|日期)\s*[:：]\s*|.{0,20}?(?:发表于|发布于)\s*|(?:来源|作者)\s*[:：]\s*[^\s|｜\d]{1,16}?\s*[|｜]?\s*"
    r"|(?:(?:https?:)?//[\w./-]+|" + HOST + r"{1,4}|[\u4e00-\u9fff]{1,10}?(?:网|频道|在线|日报|晚报)(?:[\u4e00-\u9fff]{2,4}频道)?|(?:搜狐|新浪|网易|腾讯|凤凰|澎湃|百家号|今日头条)[\u4e00-\u9fff]{0,8}(?=(?:19|20)\d\d-\d\d-\d\d\s*\d\d:\d\d(?::\d\d)?\s*$))\s*)?[(（]?\s*(?:((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日|/)?"
    r"|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)|(\d{1,2})/(\d{1,2})/((?:19|20)\d\d))\s*(?:" + CLOCK_TIME + r"|\d{1,2}时\d{1,2}分|星期[一二三四五六日天])")
_STANDALONE = re.compile(
    r"^(?:\S*〔\d{4}〕\d+号"  # 聊政发〔2021〕4号
    # a web page's date line, whatever follows its date (it may fill a hard-wrapped text's width, and still goes on
    # into nothing)
    rf"|{WEB_DATE_LINE_RE.pattern}.*"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:印发)?"  # 2021年4月16日
    # a date line with no clock, its source after it: 「2016-03-30 来源:交通部」 (达州, round 162)
    r"|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*(?:来源|作者|发布|编辑)\s*[:：].*"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*" + PAPER_DATE_TAIL +  # 2015年03月18日 星期三 新京报
    r"|附件.*|专栏\s*\d+.*)$"
)
_PROSE_PUNCT = re.compile(r"[，,。；;]")
# a quotation closed after its sentence's end: "…税收收入确保增长20%、力争增长36%……”", "…。”"
_QUOTE_ENDS_SENTENCE = re.compile(r"[。！？!?…]\s*[”\"’]$")
_ANNOTATION_START = re.compile(r"^[〔\[（(](?:牵头|责任|配合)")


@dataclass
class Line:
    """One line on its way through the cleanup: what kind it is and its text so far."""

    kind: Kind
    text: str
    indented: bool = False  # the raw line opened with a paragraph's indent: "  做实做细项目前期工作"


def drop_spaces(text: str) -> str:
    """Every white-space character removed, for comparing text that page layout broke:
    "生产总值增长 6%\n左右" → "生产总值增长6%左右"."""
    return _WHITESPACE.sub("", text)


def fullwidth_to_ascii(text: str) -> str:
    """Full-width digits, Latin letters and ％．／＋－ become ASCII; Chinese punctuation stays.

    ``"一网通办率达100％。"`` → ``"一网通办率达100%。"``; ``"（２０２３—２０２５年）"`` →
    ``"（2023—2025年）"`` (the brackets and the dash are kept as they are). Subscript digits
    become digits (``"臭氧（O₃）浓度"`` → ``"臭氧（O3）浓度"``) and the variants of the middle dot
    become "·".
    """
    return text.translate(_FULLWIDTH)


def _keeps_space(left: str, right: str) -> bool:
    """A space survives only between two Latin tokens (a letter on at least one side)."""
    both_alnum = left.isascii() and right.isascii() and left.isalnum() and right.isalnum()
    return both_alnum and (left.isalpha() or right.isalpha())


def web_date_line(line: str) -> str:
    """The day a web page's date line gives (:data:`WEB_DATE_LINE_RE`), as YYYY-MM-DD, else "":
    "2020-01-19 09:35:47 来源:河南日报" → "2020-01-19"; "08.04.2014 23:09" → "2014-04-08" (day first, with dots);
    "中国市场调查网  时间:12/08/2010 09:04:12" → "2010-12-08" (month first, with slashes, as such sites print it; round 199);
    the date and clock in brackets after the site: "www.scol.com.cn (2019-01-30 15:07:49) 来源:四川在线" → "2019-01-30" (round 212)."""
    m = WEB_DATE_LINE_RE.match(line)
    if not m:
        return ""
    if m.group(1):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m.group(6):
        year, month, day = m.group(6), m.group(5), m.group(4)
    else:
        year, month, day = m.group(9), m.group(7), m.group(8)
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def remove_cjk_spaces(text: str) -> str:
    """Drop the spaces PDF conversion puts around digits and Chinese; keep them between Latin words,
    and between a date and its clock time.

    ``"空气质量优良天数比率达到 65. 8 %。"`` → ``"空气质量优良天数比率达到65.8%。"``;
    ``"持续      推进"`` → ``"持续推进"``; ``"推进企业开展 DCMM 评估认证"`` → ``"推进企业开展DCMM评估认证"``;
    ``"Smart City"`` keeps its one space; ``"2007-2-6 11:04:00 来源:物流天下"`` → ``"2007-2-6 11:04:00来源:物流天下"``.
    """

    def replace(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if start == 0 or end == len(text):
            return ""
        if text[start - 1].isdigit() and rx.match(CLOCK_TIME, text[end:]):
            return " "
        return " " if _keeps_space(text[start - 1], text[end]) else ""

    return _SPACES.sub(replace, text)


def remove_markdown_marks(text: str) -> str:
    """Strip markdown left by a PDF→markdown conversion: leading #'s, a leading "- " bullet, **bold**.

    ``"**一、提高政治站位,强化责任担当。**2022 年是党的二十大召开之年"`` →
    ``"一、提高政治站位,强化责任担当。2022 年是党的二十大召开之年"``;
    ``"- 附件：1. 冠县深化新旧动能转换…"`` → ``"附件：1. 冠县深化新旧动能转换…"``.
    """
    text = _MD_HEADING.sub("", text).replace("**", "")
    return _MD_BULLET.sub("", text.strip())


# the marks a news page or a summary sets before its points: "■政府工作报告对2012年工作作了回顾"
BULLETS = "■●◆▲★☆□○◇•"


# a letter O typed for a zero inside a number: "建设1O个…示范基地" (not "H2O2", a formula)
_LETTER_O_IN_NUMBER = re.compile(r"(?<![A-Za-z]\d)(?<=\d)[Oo](?=\d|[个家项所座处万亿千百%])")


def zero_for_letter_o(text: str) -> str:
    """"建设1O个生态种植…示范基地" → "建设10个…": a letter O typed for a zero inside a number."""
    return _LETTER_O_IN_NUMBER.sub("0", text)


def normalise_inline(text: str) -> str:
    """The inside-a-line cleanup for text and cells: full-width → ASCII, artefacts and spaces out.

    ``"\\t[bookmark: _GoBack]营造良好人才发展环境。"`` → ``"营造良好人才发展环境。"`` (a DOCX
    bookmark left in 000); ``"力促PM_{2.5}、PM₁₀"`` → ``"力促PM2.5、PM10"`` (a LaTeX subscript
    left by a conversion in 003); ``"到 2025 年"`` → ``"到2025年"``.
    """
    text = _DOCX_ARTIFACT.sub("", fullwidth_to_ascii(text)).replace("**", "")
    text = _LATEX_SCRIPT.sub(r"\1", text)
    text = zero_for_letter_o(text)
    return remove_cjk_spaces(text.strip(" \t\u3000\u00a0"))


def is_page_number(text: str) -> bool:
    """A line that is only a page number: ``"- 3 -"``, ``"— 12 —"``, ``"3"``, ``"第3页"``, ``"3/10"``; not a year standing
    alone, which heads a block: ``"2018"`` over 佛山's results of that year, ``"2019"`` over its aims (round 166)."""
    return bool(_PAGE_NUMBER.match(text)) and not is_year_alone(text)


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def is_year_alone(line: str) -> bool:
    """A line that holds a year and nothing else: "2018" (a block's heading on 佛山's page, round 166)."""
    return _YEAR_ALONE.fullmatch(line.strip()) is not None


def results_beside_aims(lines: list[str]) -> tuple[int, int] | None:
    """(year of results, year of aims) of a page that sets one year's results beside the next year's aims, topic by topic,
    each block under a line holding its year alone: "地下综合管廊" / "2018" / "累计建成地下综合管廊42公里" / "2019" /
    "新建地下综合管廊10公里" (佛山's 2019 report in ten words, round 166). Two years a year apart, each standing alone at least
    twice; None otherwise (a plan's milestones "2025年" / "2030年" are further apart, a flattened table's header stands once)."""
    alone = [int(line) for line in lines if is_year_alone(line)]
    years = sorted(set(alone))
    if len(years) == 2 and years[1] - years[0] == 1 and all(alone.count(y) >= 2 for y in years):
        return years[0], years[1]
    return None


def is_markdown_rule(text: str) -> bool:
    """A markdown horizontal rule (``"---"`` in 002 between the document number and the title)."""
    return bool(_MD_RULE.match(text))


def starts_heading(text: str) -> bool:
    """A line opening a chapter, section, heading or numbered item; it must start its own line.

    ``"第一章"``, ``"一、深入实施创新驱动发展战略"``, ``"（一）加快重大创新平台建设"``,
    ``"1. 加强创新平台建设。"``, ``"8深化数字赋能应用。"``, ``"15-1完善…"``, ``"（1）安全生产。"``;
    but not ``"2500名。"`` or ``"2025年，…"`` (a number followed by a unit continues a sentence).
    """
    return bool(_HEADING_START.match(text) or _ITEM_START.match(text))


def is_heading(text: str) -> bool:
    """A heading line (Chinese-numeral marker, no sentence inside), never continued by the next line.

    ``"二、推动高水平科技创新，激发创新驱动新活力"`` is a heading; ``"一、提高政治站位,强化责任担当。
    2022 年是…"`` is a paragraph (it contains a full sentence) and may be continued.
    """
    return bool(_HEADING_START.match(text)) and not rx.search("[。；;]", text)


def is_standalone(text: str) -> bool:
    """Lines that stand alone in an official document: number, date, annex, box title.

    ``"聊政发〔2021〕4号"``, ``"2021年4月16日"``, ``"2021年4月19日印发"``, ``"附件：…"``, ``"专栏 1：…"``.
    """
    return bool(_STANDALONE.match(text))


def should_join(prev: str, nxt: str, filled: bool = False) -> bool:
    """Whether ``nxt`` continues the sentence that ``prev`` left unfinished (both clean text).

    A responsibility note on its own line always belongs to the item above: in 003,
    ``"…1家公立托育机构…城市。"`` + ``"〔牵头单位：区卫生和计划生育局、区社会发展局〕"`` → joined.
    Otherwise join when ``prev`` does not end a sentence (。；：！？, a closing bracket, or a quotation closed after
    。 or ……: ``"…力争增长36%……”"``), is prose (has a
    comma, 。 or ；) and is not a heading, and ``nxt`` does not start a heading or item; neither is
    a document number, date, annex or box title. Requiring prose keeps titles, issuers and
    signatures ("聊城市人民政府文件", "聊城市人民政府") on their own lines.
    In 002: ``"…做好今年的经济社会工作关系全局、责任重"`` + ``"大。各级各部门要…"`` → joined.
    A line that ``filled`` a hard-wrapped text's width (:func:`fill_width`) goes on, prose or not,
    heading or not: ``"2023年经济社会发展的主要预期目标建议为:地区生产总值"`` + ``"增长8%以上;…"``,
    ``"三、加强学前教育资源供给,新建成使用幼儿园2所,新开工建"`` + ``"设2所,新增学位450个。"`` → joined.
    """
    if not prev or not nxt or is_heading(prev) and not filled or is_standalone(prev) or is_photo_caption(prev):
        return False
    if _ANNOTATION_START.match(nxt):
        return True
    if prev[-1] in SENTENCE_END or prev[-1] in CLOSING_BRACKETS and not filled or _QUOTE_ENDS_SENTENCE.search(prev):
        return False
    if starts_heading(nxt) or is_standalone(nxt) or _YEAR_SECTION_TITLE.match(nxt) or not filled and _NEWS_SENTENCE_OPENER.match(nxt):
        return False
    if nxt.startswith(tuple(BULLETS)) and not filled:
        return False  # a bulleted point opens its own line: "■ 社会民生类安排正式项目29项,…" under "■ 科技产业类…" (round 135)
    return filled or bool(_PROSE_PUNCT.search(prev))


# a news paragraph's opening words: "过去一年,湛江市…" does not continue the subheading above it ("开展粤菜师傅培训
# 1000人次以上,完成家政服务类培训1万人次以上")
# (or its lede: "记者1月11日从省人力资源和社会保障厅获悉,2009年我省…" under the deck "今年计划:转移输出2100万人,…,培训技能人才100万人",
# round 160; "本报讯", "新华社…电")
_NEWS_SENTENCE_OPENER = re.compile(r"^(?:过去一年|过去的一年|去年以来|近年来|近日|日前|据悉|据了解|据介绍|记者从|记者获悉)[，,]?"
                                   r"|^(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*)?记者[^，,。；;]{0,40}?获悉|^本报讯|^新华社[^，,。；;]{0,20}?电")
# a news page's section title: "2024年主要目标", "2023年工作回顾", "2024年重点工作安排"
_YEAR_SECTION_TITLE = re.compile(r"^20\d\d年(?:主要|重点|工作|预期|发展)[\u4e00-\u9fff]{0,8}$")


def is_headline(first: str) -> bool:
    """A document's first line as a news page's headline: short, no sentence end, a comma inside —
    "山西省工信厅敲定“十四五”工业工作目标工业增加值占GDP比重要达到42%,规上工业企业要突破1万家" is not
    continued by the lede below it."""
    return len(first) <= 60 and first[-1:] not in SENTENCE_END and bool(rx.search(r"[,，]", first))


def is_headline_line(first: str) -> bool:
    """A news page's headline as its first line: short, no sentence end — "山西今年将造林260万亩 力争森林
    覆盖率提高到22.6%", "珙县打造20万亩优质绿茶基地"."""
    first = first.strip()
    return 0 < len(first) <= 60 and not rx.search(r"[。；;！？]", first)


# a news photo's caption: the day it was taken, then one sentence of what is going on in it — "2008年3月11日,广西钦州市的
# 建筑工人正在给一在建农村公路浇灌混凝土。" (a page of 广西's roads plan; the town is where the picture was taken)
PHOTO_DAY_CAPTION_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[,，][^。，,]{2,30}?正在[^。，,]{2,40}。?")


def is_photo_caption(line: str) -> bool:
    """A news page's photo caption names what is shown, not who speaks, and ends no sentence:
    "渠县文峰山文化旅游景区。 万绍荣 摄", "图片来源:成都市新津区提供"; or it says, of one day, what is going on in the
    picture (:data:`PHOTO_DAY_CAPTION_RE`)."""
    line = line.strip()
    return bool(rx.search(r"(?:[。\s]|^)[\u4e00-\u9fff]{2,4}\s*(?:摄|摄影|供图)$", line) and len(line) <= 40
                or rx.search(r"图片来源|(?:^|\s)图[:：]", line) or PHOTO_DAY_CAPTION_RE.fullmatch(line))


def is_picture_caption(sentence: str) -> bool:
    """A caption run into the text as a sentence of its own names what a picture shows: "面向京津推动2.5天“微度假”
    12家标杆性大景区分布图。" (the page goes on 「资料图」) — short, ending in a map's or picture's name. (A caption on a
    line of its own is :func:`is_photo_caption`'s.)"""
    return len(sentence) <= 60 and bool(rx.search(r"(?:分布图|示意图|效果图|规划图|资料图|位置图)[。.]?\s*$", sentence))


def join_text(prev: str, nxt: str) -> str:
    """Glue two halves of a sentence: no space, except between two Latin letters ("App" + "and")."""
    gap = " " if prev[-1:].isascii() and prev[-1:].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha() else ""
    return prev + gap + nxt


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def is_pipe_table_line(raw: str) -> bool:
    """A markdown table line: "| 序号 | 重点任务 | 牵头单位 |" (and its "|---|---|" separator); also a
    row a web page printed without the outer borders, "1 | 地区生产总值增速 | % | 6 | 市发展改革委"
    (three cells or more, or two and a closing border: "全县合计 | 7000 | |")."""
    if bool(_PIPE_ROW.match(raw)) and raw.count("|") >= 3:
        return True
    cells = [c for c in raw.split("|") if c.strip()]
    # a row with its closing border and an empty last cell: "全县合计 | 7000 | |"
    return raw.count("|") >= 2 and (len(cells) >= 3 or raw.rstrip().endswith("|") and len(cells) >= 2)


def is_pipe_separator(raw: str) -> bool:
    return bool(_PIPE_SEPARATOR.match(raw))


def pipe_row_to_tabs(raw: str) -> str:
    """A markdown table row becomes a tab-joined row like every other table:
    "| 1 | 新增高新技术企业 10 家以上。 | 市科技局 |" → "1\t新增高新技术企业 10 家以上。\t市科技局"."""
    cells = [c.strip() for c in raw.strip().strip("|").split("|")]
    return "\t".join(cells)


# a table printed in runs of spaces: "1.残疾人家庭人均收入年均增长(%)      >7.5      预期性"
_SPACED_GAP = re.compile(r"[ \u3000]{3,}")
_SPACED_VALUE_CELL = re.compile(r"^(?:[<>≤≥]|不少于|不低于|不超过)?\s*-?\d+(?:\.\d+)?\s*%?$|^20\d\d\s*年$")


def spaced_row_to_tabs(raw: str) -> str | None:
    """A table row printed with runs of three or more spaces between its cells becomes a tab-joined
    row: "1.残疾人家庭人均收入年均增长(%)      >7.5      预期性" → "1.残疾人家庭人均收入年均增长(%)\t>7.5\t预期性";
    the header "指 标      2025 年      属 性" too. Three cells at least, one of them after the first a bare
    value or a year, so that a signature "某市人民政府      2024年1月5日" stays a line; nor is a table of contents'
    line ("第一章   总体要求   3") or a copy-to line ("抄送：…      …      2") a row."""
    cells = _SPACED_GAP.split(raw.strip(" \u3000\r\n"))
    if len(cells) < 3 or not all(cells) or rx.match(r"第[一二三四五六七八九十\d]+[章节篇]|抄送|印发|附件", cells[0]):
        return None
    return "\t".join(cells) if any(_SPACED_VALUE_CELL.match(c) for c in cells[1:]) else None


def classify_line(raw: str) -> Line | None:
    """Kind and cleaned text of one raw line; ``None`` for blank lines and page numbers.

    ``"## （二）构建“金字塔”型企业结构"`` → heading ``"（二）构建“金字塔”型企业结构"``;
    ``"\\t持续      推进"`` → cell ``"持续推进"``; ``"---"`` → break; ``"- 3 -"`` → None.
    """
    if is_pipe_table_line(raw):
        if is_pipe_separator(raw):
            return None
        raw = pipe_row_to_tabs(raw)
    elif "\t" not in raw and (spaced := spaced_row_to_tabs(raw)):
        raw = spaced
    if "\t" in raw:
        body = raw.lstrip(" \t\u3000")
        if "\t" not in body:
            text = normalise_inline(body)
            return Line("cell", text) if text else None
        cells = [normalise_inline(cell) for cell in raw.rstrip("\r\n").split("\t")]
        return Line("row", "\t".join(cells)) if any(cells) else None
    if not raw.strip():
        return None
    if is_markdown_rule(raw):
        return Line("break", "")
    kind: Kind = "heading" if _MD_HEADING.match(raw) else "text"
    text = fullwidth_to_ascii(raw).strip()
    if is_page_number(text):
        return None
    text = normalise_inline(remove_markdown_marks(text))
    if TEASER_RE.match(text):
        return None
    return Line(kind, text, indented=raw.startswith(("  ", "\u3000"))) if text else None


# a news page's lede cut off by the site, which the body below repeats in full: "导语:  2014年,甘肃省委、省政府将…。
# 2015年,全省将继续深入实施省委省政府“..." (甘肃's rural roads, round 116) — it would run into the body's first line
TEASER_RE = re.compile(r"(?:导语|摘要|内容提要|提要)\s*[:：].*?(?:\.{3,}|…+)\s*[”\"’]?\s*$")


def join_broken_lines(lines: list[Line]) -> list[Line]:
    """Join text lines broken mid-sentence (page breaks, PDF wraps, blank lines); see should_join.

    Blank lines have already been dropped, so ``"采取明查暗访等方式,"`` + (blank) +
    ``"深入一线查看推进落实情况,…"`` in 002 is joined too. Rows, cells, markdown headings and
    rules are never joined and stop a join.
    """
    out: list[Line] = []
    last_piece = ""  # the last line joined into out[-1], as it stood on its own
    width = fill_width(lines)
    for k, line in enumerate(lines):
        prev = out[-1] if out else None
        filled = _fills(last_piece, line.text, width)  # the line before reached the width: a wrap
        if len(out) == 1 and is_headline(prev.text) and not filled:
            out.append(Line(line.kind, line.text, line.indented))  # a news page's headline stands alone
            last_piece = line.text
            continue
        if line.kind == "text" and prev is not None and prev.kind == "text" and not (line.indented and prev.indented) \
                and should_join(prev.text, line.text, filled) and not (len(out) > 6 and not filled and _short_items(last_piece, line.text)) \
                and not (not filled and _list_rows(last_piece, line.text, lines[k + 1].text if k + 1 < len(lines) else "")):
            prev.text = join_text(prev.text, line.text)
        else:
            out.append(Line(line.kind, line.text, line.indented))
        last_piece = line.text
    return out


def _short_items(piece: str, nxt: str) -> bool:
    """Two short lines, the first ending in a word, are two points of a list, not a wrapped sentence (a wrap
    fills its line): "济郑高铁全线贯通,率先在全国建成米字形高铁网" over "常俊标、康相涛等6位科学家当选“两院”院士".
    (In a text hard-wrapped at a width (:func:`fill_width`), a line that fills it is a wrap: the caller asks.)"""
    return len(piece) < 30 and len(nxt) < 40 and piece[-1:] not in "，,、（(“《"


_FIGURE_END = re.compile(r"\d(?:\.\d+)?[\u4e00-\u9fff%]{0,3}$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _list_rows(piece: str, nxt: str, after: str = "") -> bool:
    """Two lines that close on a figure and repeat one frame after their first comma are two rows of a list
    written as prose, not a wrapped sentence: "竣工项目20个,总投资619亿元,年度计划投资147亿元" over
    "续建项目100个,总投资2698亿元,年度计划投资521亿元" (round 152). So is such a row over a short line with no
    punctuation that the next row of the same frame follows: the list's next subheading ("按项目类别分")."""
    frame = _row_frame(piece)
    if not frame or not _FIGURE_END.search(piece):
        return False
    if not _PROSE_PUNCT.search(nxt) and len(nxt) <= 12:
        return _row_frame(after) == frame
    return _row_frame(nxt) == frame


def _row_frame(line: str) -> list[str]:
    """A row's words after its first comma, numbers blanked: "总投资#亿元", "年度计划投资#亿元"."""
    return [_NUMBER.sub("#", part) for part in rx.split("[,，]", line)[1:]]


def _fills(piece: str, nxt: str, width: int | None) -> bool:
    """The line reaches the width its text is wrapped at, or would with the Latin word or number the next
    line opens with (a word processor moves "AED40" whole): two characters short at most, as digits and
    punctuation change a line's count."""
    moved = rx.match(r"[A-Za-z0-9.%]*", nxt).group()
    return bool(width) and len(piece) + len(moved) >= width - 2


_WRAPPED_PROSE = re.compile(r"[，,、；;]")


def fill_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped text fills, or None: a 公文 copied out of a PDF sets 28 characters to a
    line, so the lines that stop mid-sentence share one length (±1) — "…到2025年,全市高新技术企业达到" (28)
    over "80家。" A web page's lines that stop mid-sentence (titles, short points) vary in length and give
    None. A line counts when it is prose (a comma or 、 in it, 20 characters or more) and the next line goes on
    (starts no heading): parallel headings over their points share a length too ("二、推动高水平科技创新，
    激发创新驱动新活力" over "(一)…"). The width is the longest length of that band, shared by at least
    three such lines and by three in five of them, when few lines run longer (one for ten of them at most):
    a text whose paragraphs stand a line each is not wrapped, whatever its headings share."""
    lengths = Counter(len(line.text) for line, nxt in zip(lines, lines[1:])
                      if line.kind == "text" and len(line.text) >= 20 and line.text[-1] not in SENTENCE_END + CLOSING_BRACKETS
                      and _WRAPPED_PROSE.search(line.text) and nxt.kind == "text" and not starts_heading(nxt.text))
    total = sum(lengths.values())
    if total < 3:
        return None
    band = max(lengths, key=lambda n: (lengths[n - 1] + lengths[n] + lengths[n + 1], n))
    shared = lengths[band - 1] + lengths[band] + lengths[band + 1]
    width = max(n for n in (band - 1, band, band + 1) if lengths[n])
    longer = sum(1 for line in lines if line.kind == "text" and len(line.text) > width + 2)
    return width if shared >= 3 and shared * 5 >= total * 3 and longer * 10 <= total else None


def double_spaced(parts: list[str]) -> bool:
    """A page copied with a blank line after every line (a web page's paragraphs, a table's cells): nine in ten
    of its lines, twenty at least, are followed by a blank one — then blank lines mark nothing."""
    lines = [k for k, part in enumerate(parts) if part.strip()]
    if len(lines) < 20:
        return False
    followed = sum(1 for k in lines if k + 1 < len(parts) and not parts[k + 1].strip())
    return followed * 10 >= (len(lines) - 1) * 9


def clean_lines(raw_lines: list[str]) -> list[str]:
    """The cleanup applied to every format: classify, normalise, join broken sentences, drop empties.

    ``["**一、提高政治站位,强化责任担当。**2022 年是…关系全局、责任重", "", "大。各级各部门要…"]``
    → ``["一、提高政治站位,强化责任担当。2022年是…关系全局、责任重大。各级各部门要…"]``.
    Applying it twice gives the same lines as applying it once.
    """
    # full-width digits first ("９９％" is 99%), so that table rows and cells are told by their numbers in any width
    parts = [part.translate(_FULLWIDTH_SIGNS) for raw in raw_lines for part in (raw.splitlines() or [""])]
    if double_spaced(parts):
        parts = [part for part in parts if part.strip()]  # a blank after every line says nothing: a table's cells meet
    first = next((i for i, part in enumerate(parts) if part.strip()), None)
    if first is not None:
        parts[first : first + 1] = split_headline_from_lede(parts[first].strip())
    classified = [line for part in cell_lines_to_rows(pipe_cell_lines_to_rows(parts)) if (line := classify_line(part)) is not None]
    return [line.text for line in join_broken_lines(classified) if line.kind != "break"]


# a news page copied as one line, its headline and its lede's day set apart by a space: "上海市长龚正:今年将以更大力度推进
# 城市更新,再启动10个城中村改造项目 1月27日,上海市十六届人大二次会议闭幕后,…" (round 147)
HEADLINE_THEN_LEDE_RE = re.compile(r"(?P<headline>[^。；;！？!?\s]{8,60})\s+(?P<lede>(?:\d{1,2}月\d{1,2}日\s*[,，]|本报讯|新华社|记者)\S.*)")


def split_headline_from_lede(first: str) -> list[str]:
    """The first line as its headline and its lede when a page ran them together; else the line as it is."""
    m = HEADLINE_THEN_LEDE_RE.fullmatch(first)
    return [m.group("headline"), m.group("lede")] if m else [first]
