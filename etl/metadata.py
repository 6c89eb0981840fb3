"""Document metadata: the manifest row where there is one, the rest inferred from the text.

``data/sources/manifest.csv`` columns: file, title, jurisdiction, jurisdiction_level,
parent_jurisdiction, doc_type, issuing_body, doc_number, issued_date, horizon_year.
A value the manifest gives always wins; every field it leaves empty (or a document without a row)
is read from the document itself — the header (聊城市人民政府文件 / 冠发〔2023〕5号), the notice
(…关于印发《…》的通知), the title, the signature and date block (二〇二三年六月七日), the horizon
(（2021—2023年）, 2012年起5年内, 到2025年, a 政府工作报告 of 2025 → 2025) — and the jurisdiction
with its level and parent from China's administrative divisions (:mod:`etl.divisions`). What
cannot be inferred is named by :func:`missing_fields`; nothing here raises on a document's text.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import fields, replace
from pathlib import Path

from etl import rx
from etl.clean import (
    BULLETS,
    CLOCK_TIME,
    HOST,
    PAPER_DATE_TAIL,
    WEB_DATE_LINE_RE,
    is_headline_line,
    is_photo_caption,
    results_beside_aims,
    web_date_line,
)
from etl.divisions import LEVELS, SELF_SCOPE_ALT, Place, first_place, is_place_name
from etl.model import DocumentMeta

MANIFEST_COLUMNS = ["file", "title", "jurisdiction", "jurisdiction_level", "parent_jurisdiction",
                    "doc_type", "issuing_body", "doc_number", "issued_date", "horizon_year"]
UNKNOWN_JURISDICTION = "未知地区"
# the fields a build reports when they cannot be inferred (Chinese first, for the warning)
REPORTED_FIELDS = {
    "title": "标题 title", "jurisdiction": "地区 jurisdiction", "issuing_body": "发文机关 issuing body",
    "doc_number": "文号 document number", "issued_on": "成文日期 issue date", "horizon_year": "目标年份 horizon year",
}


class ManifestError(Exception):
    """The manifest cannot be used; the message names the file, row and field."""


def read_manifest(path: Path, warnings: list[str] | None = None) -> dict[str, DocumentMeta]:
    """Rows of the manifest by file name. Every problem is collected, then raised together, each
    naming its row (the header is row 1) and field: text that is not UTF-8 (a GBK file saved by
    Excel: "row 3: field 'title' is not UTF-8; as GBK it reads '聊城市…'"), a row with fewer or more
    fields than the header, a file named twice, a path instead of a file name, a bad year or date.
    A row naming a file that is not beside the manifest is no error (a folder may hold part of the
    sources); it is added to ``warnings`` when a list is given."""
    if not path.exists():
        return {}
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise ManifestError(f"{path}: is UTF-16 or binary, not CSV UTF-8: save it as 'CSV UTF-8' in Excel")
    # Undecodable bytes survive as surrogates, so each can be traced to its row and field.
    text = data.decode("utf-8-sig", errors="surrogateescape")
    problems: list[str] = []
    metas: dict[str, DocumentMeta] = {}
    first_row: dict[str, int] = {}
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as e:
        raise ManifestError(f"{path}: row 1: cannot be read as CSV ({e})") from e
    problems += [f"{path}: row 1: {p}" for p in _undecodable({f"column {i + 1}": h for i, h in enumerate(fieldnames)})]
    missing = [c for c in ("file", "title", "jurisdiction") if c not in fieldnames]
    if missing:
        raise ManifestError("\n".join(problems + [f"{path}: missing column(s) {', '.join(missing)}"]))
    row_no = 1
    try:
        for row_no, row in enumerate(reader, start=2):
            where = f"{path}: row {row_no}"
            if None in row:  # DictReader's restkey: values beyond the header
                problems.append(f"{where}: {len(fieldnames) + len(row[None])} fields, the header has "
                                f"{len(fieldnames)} (extra: {', '.join(repr(v) for v in row.pop(None))})")
            short = [k for k, v in row.items() if v is None]  # DictReader's restval: fields the row lacks
            if short:
                problems.append(f"{where}: {len(fieldnames) - len(short)} fields, the header has {len(fieldnames)}: "
                                f"field(s) {', '.join(repr(k) for k in short)} missing")
            bad = _undecodable({f"field {k!r}": v for k, v in row.items() if v})
            if bad:
                problems += [f"{where}: {p}" for p in bad]
                continue
            name = (row.get("file") or "").strip()
            if not name:
                problems.append(f"{where}: field 'file' is empty")
                continue
            if "/" in name or "\\" in name:
                problems.append(f"{where}: field 'file' must be a file name in {path.parent.name}/, not a path: {name!r}")
                continue
            if name in first_row:
                problems.append(f"{where}: field 'file': {name!r} repeats row {first_row[name]}")
                continue
            first_row[name] = row_no
            if warnings is not None and not (path.parent / name).exists():
                warnings.append(f"row {row_no}: field 'file': no file {name!r} beside the manifest; the row is unused")
            horizon = (row.get("horizon_year") or "").strip()
            if horizon and not rx.fullmatch(r"(19|20)\d\d", horizon):
                problems.append(f"{path}: row {row_no}: field 'horizon_year' is not a year: {horizon!r}")
                horizon = ""
            issued = (row.get("issued_date") or "").strip()
            if issued and not rx.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
                problems.append(f"{path}: row {row_no}: field 'issued_date' is not YYYY-MM-DD: {issued!r}")
                issued = ""
            metas[name] = DocumentMeta(
                source_file=name,
                title=(row.get("title") or "").strip(),
                jurisdiction=(row.get("jurisdiction") or "").strip(),
                jurisdiction_level=(row.get("jurisdiction_level") or "").strip(),
                parent_jurisdiction=(row.get("parent_jurisdiction") or "").strip(),
                doc_type=(row.get("doc_type") or "").strip(),
                issuing_body=(row.get("issuing_body") or "").strip(),
                doc_number=(row.get("doc_number") or "").strip(),
                issued_on=issued,
                horizon_year=int(horizon) if horizon else None,
            )
    except csv.Error as e:
        problems.append(f"{path}: row {row_no + 1}: cannot be read as CSV ({e})")
    if problems:
        raise ManifestError("\n".join(problems))
    return metas


_SURROGATES = re.compile(r"[\udc80-\udcff]")


def _undecodable(cells: dict[str, str]) -> list[str]:
    """Cells holding bytes that are not UTF-8, each said with what it reads as in GB18030 (GBK),
    the encoding Excel uses for "CSV" on Chinese Windows."""
    found = []
    for label, value in cells.items():
        if not _SURROGATES.search(value):
            continue
        raw = value.encode("utf-8", errors="surrogateescape")
        try:
            guess = f"; as GBK it reads {raw.decode('gb18030')!r}"
        except UnicodeDecodeError:
            guess = ""
        found.append(f"{label} is not UTF-8{guess}: save the manifest as 'CSV UTF-8'")
    return found



# --- reading the header, the notice, the title and the date block ---------------------------

DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*((?:19|20)\d\d)\s*[〕\]］】)）]\s*第?\s*\d+\s*号")
RANGE_RE = re.compile(r"[（(]?\s*((?:19|20)\d\d)\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d\d)\s*年?\s*[)）]?")
CN_DIGITS = "〇○零一二三四五六七八九"
_CN_DIGIT_MAP = str.maketrans(CN_DIGITS, "000123456789")
DATE_RE = re.compile(
    rf"((?:19|20)\d\d|[一二][{CN_DIGITS}]{{3}})\s*年\s*(\d{{1,2}}|[{CN_DIGITS}十]{{1,3}})\s*月\s*(\d{{1,2}}|[{CN_DIGITS}十]{{1,3}})\s*日"
)
BODY_HEADER_RE = re.compile(r"^(.{2,40}?)\s*(?:文件|文 件|办公室文件|办公厅文件)$")
GOVERNMENT_BODY = r"[\u4e00-\u9fff]{2,16}?(?:人民政府|政府)(?:办公室|办公厅)?"  # "许昌市政府", "重庆市梁平区人民政府"
# a notice's full title quoted at a line's start, after its number at most: "赣府厅字〔2019〕39号《江西省人民政府办公厅关于印发…》"
QUOTED_NOTICE_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号)?《([\u4e00-\u9fff]{4,30}?)关于(?:印发|转发|下达)")
NOTICE_RE = re.compile(r"^(.{2,60}?)\s*关于(?:印发|转发|下达)?")
ORG_RE = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|党工委|县委|市委|区委|省委|局|厅|委|办)$")
DOC_TYPE_WORDS = ("规划纲要", "规划", "行动计划", "行动方案", "实施方案", "工作方案", "方案", "计划", "清单", "纲要",
                  "要点", "报告", "意见", "办法", "措施", "政策", "细则", "任务", "分工", "目标", "决定", "通知")
HEADING_START_RE = re.compile(r"^(第[一二三四五六七八九十百\d]+[章节篇条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")
MARKDOWN_RE = re.compile(r"^[#>*\-\s]+|\*\*|__|^-{3,}$")


def chinese_digits_to_int(text: str) -> int:
    """"二〇二三" → 2023, "六" → 6, "十二" → 12, "二十" → 20; digits pass through."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return int((tens or "一").translate(_CN_DIGIT_MAP)) * 10 + (int(ones.translate(_CN_DIGIT_MAP)) if ones else 0)
    return int(text.translate(_CN_DIGIT_MAP))


def parse_date(text: str) -> str:
    """"2023年6月7日" → "2023-06-07"; "二〇二三年六月七日" → "2023-06-07"; "" when none."""
    m = DATE_RE.search(text)
    if not m:
        return ""
    try:
        y, mo, d = (chinese_digits_to_int(g) for g in m.groups())
    except ValueError:
        return ""
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


INDEX_LABEL_RE = re.compile(r"(索\s*引\s*号|组配分类|发布机构|主题分类|公开方式|有效性|关键词|名\s*称|文\s*号|发文字号|"
                            r"发布日期|公开日期|成文日期|生成日期|发文日期)\s*[:：]")


def split_index_line(line: str) -> list[str]:
    """A government site's index table run into one line → one line per field, the 名称 field as
    the title alone: "名称: 泾县人民政府关于…的通知 文号: 泾政〔2023〕1号" → ["泾县人民政府关于…的通知",
    "文号: 泾政〔2023〕1号"]. Other lines are returned as they are."""
    if not INDEX_LABEL_RE.match(line.strip()):
        return [line]
    starts = [m.start() for m in INDEX_LABEL_RE.finditer(line)] + [len(line)]
    out = []
    for a, b in zip(starts, starts[1:]):
        part = line[a:b].strip()
        m = rx.match(r"名\s*称\s*[:：]\s*(.*)$", part)
        out.append(m.group(1) if m else part)
    return [p for p in out if p]


NOT_A_CLOCK_TIME = f"(?!{CLOCK_TIME})"  # the space before a date's clock time stays (etl.clean)


def plain_lines(lines: list[str]) -> list[str]:
    """Lines without markdown marks and the spaces a conversion puts between Chinese characters:
    "## 聊城市人民政府 关于印发 2022 年…" → "聊城市人民政府 关于印发2022年…" (one space kept between words
    that a layout set apart, none around digits)."""
    out = []
    for line in lines:
        line = MARKDOWN_RE.sub("", line.replace("\t", " | ")).strip(" |\u3000")
        line = rx.sub(r"(?<=[\d\u4e00-\u9fff（）()〔〕《》])\s+(?=[\d年月日（）()〔〕《》])" + NOT_A_CLOCK_TIME, "", line)
        line = rx.sub(r"(?<=[\d年])\s+(?=[\u4e00-\u9fff\d])" + NOT_A_CLOCK_TIME, "", line)
        line = rx.sub(r"\s{2,}", " ", line)
        out.extend(split_index_line(line))
    return out


def _compact(text: str) -> str:
    return rx.sub(r"\s+", "", text)


def infer_title(head: list[str]) -> str:
    """The document's title.

    "聊城市人民政府 关于印发聊城市国民经济和社会发展第十四个 五年规划和…纲要的通知" → the plan's
    name (the notice may run over two or three lines); else the first block of short lines without
    sentence punctuation that names a kind of document ("…三年行动计划" / "（2023—2025年）" on two
    lines are one title); a numbered heading ("二、2025年主要任务") is never a title."""
    # a notice cited by the opening sentence is another document's: "为贯彻落实《中共营口市委 营口市人民
    # 政府关于印发<“健康辽宁2030”行动计划>的通知》…"
    joined = rx.sub(r"《[^《》]*(?:印发|转发)[^《》]*通\s*知》", "", "\n".join(head[:40]))
    m = rx.search(r"(?:关于)?(?:印发|转发)\s*《([^《》]{4,120}?)》\s*的\s*通\s*知", joined, re.DOTALL) or rx.search(
        r"关于(?:印发|转发)\s*《?([^《》]{4,120}?)》?\s*的\s*通\s*知", joined, re.DOTALL)
    if m:
        return _normalise_title(m.group(1)).strip("《》〈〉")
    m = rx.match(r"\s*《([^《》]{4,120})》\s*(?:已经|已|经)[^。]{0,24}?(?:同意|审议通过|研究通过)[，,]?\s*现(?:印发|转发)给你们", joined)
    if m:
        # a notice's body that opens with the document it issues: "《数智贵州建设2026年工作要点》已经省领导同意,现印发给你们"
        return _normalise_title(m.group(1))
    block: list[str] = []
    headlined = False  # the page opens on a news headline that names no document
    past_lede = False  # …and a paragraph has followed it: a short line now is a subheading unless it ends on a
    # document's kind — "2023年区政府工作报告重点工作目标任务分解" is the document the page carries, "城市规划 城区行政中心外移" is not
    for number, line in enumerate(head):
        past_lede = past_lede or headlined and not block and len(line.strip()) >= 60 and rx.search(r"[。；;，,]", line) is not None
        # "《方案》围绕重点领域工业技改升级、…" is a sentence about the plan, not its title
        short = 2 <= len(line) <= 100 and not rx.search(r"[。；：:，,！？!?]", line) and not rx.match(r"\s*《[^《》]*》\s*[^的\s]\S{5}", line)
        # a news page's bulleted summary ("■政府工作报告对2012年工作作了回顾") is no title
        candidate = short and not HEADING_START_RE.match(line) and not _is_header_line(line) and not line.startswith(tuple(BULLETS)) \
            and not rx.match(r"(?:根据|按照|依据|到20\d\d)", line)  # a sentence's opening: "根据规划到2025年"
        headlined = headlined or number == 0 and candidate and not _names_a_document([line])
        if candidate and (not block or _continues_title(block, line)):
            block.append(line)
            continue
        if block and _names_a_document(block) and len(_compact("".join(block))) >= 6 \
                and (not past_lede or _compact("".join(block)).endswith(DOC_TYPE_WORDS + ("分解", "）", ")"))):
            return _normalise_title("".join(block))
        block = [line] if candidate else []
    if block and _names_a_document(block):
        return _normalise_title("".join(block))
    return quoted_title(head)


# a news page's dateline: "2024-01-12 15:23:00  来源:镇江日报"
# (perhaps after the site's name and address: "中央政府门户网站 www.gov.cn   2008年02月09日   来源:安徽日报", round 175)
# (or the bare host: "qz.fjsen.com 2013-01-31 10:14  苏福彬 谢玉妹 来源:东南网", 永春's page, round 183)
# (or a site's name without 网 before its host: "健康中国health.china.com.cn 时间: 2014-02-13 来源: 黑龙江晨报", round 229)
SITE_BEFORE_DATE = r"(?:(?:[\u4e00-\u9fff]{2,10}\s*)?(?:https?://)?(?:www\.)?" + HOST + r"+\s*)"
DATELINE_RE = re.compile(r"^\s*(?:" + SITE_BEFORE_DATE + r"?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|$)|来源\s*[:：])")


# a news page's outlet and byline before its lede: "河南日报讯 (记者 方化祎 河南日报社全媒体记者 卢涛)",
# "中新网 重庆1月27日电 (记者 刘贤)", "深圳新闻网1月24日讯(记者 …)", "本报讯"
NEWS_BYLINE_RE = re.compile(
    r"^\s*\S{0,16}?(?:报|网|社|台|TV)(?:[^，,。；;\s]{0,6}?讯|\s*[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日[电讯])"
    r"\s*(?:[(（][^)）]{0,60}[)）])?"
    # or the site a page says it is taken from: "据黔东南州人民政府网 近年来,黄平县…" (round 206)
    r"|^\s*据[\u4e00-\u9fff]{2,16}?(?:网|报|电视台)(?:报道|消息)?\s*[，,]?")


def without_byline(line: str) -> str:
    """A lede without its outlet and byline, which name the newspaper's place, not the page's:
    "河南日报讯 (记者 方化祎 河南日报社全媒体记者 卢涛)2月18日,周口市五届人大四次会议开幕。" →
    "2月18日,周口市五届人大四次会议开幕。"; a dateline's city goes with it ("中新网 重庆1月27日电")."""
    return NEWS_BYLINE_RE.sub("", line, count=1)


def headline(head: list[str]) -> str:
    """A news page's headline, its first line, when no title names a document: short, no sentence
    end and no heading number, followed by a lede that is a paragraph — "2023年辛集将实施15件民生实事项目"
    over "近日,辛集市召开…。"; a first line that is an index label or a heading is none."""
    if len(head) > 2 and (WEB_DATE_LINE_RE.match(head[0].strip()) or PAPER_AND_DATE_END_RE.search(head[0])):
        head = head[1:]  # the date line above it: "1457期 第1356期 本期开刊时间: 2015-03-17 星期二" (an e-paper, 榆林, round 116)
    if len(head) < 2:
        return ""
    # the page's dateline after the headline: "2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18"
    first = rx.sub(r"\s*(?:发布时间|发布日期|时间|来源)\s*[:：].*$", "", head[0].strip())
    k = 1
    if len(head) > 2 and (len(head[1].strip()) <= 40 and not rx.search(r"[。；;：:，,！？!?]", head[1]) or DATELINE_RE.match(head[1])):
        # a subheadline between: "沙河口区确定今年10项重点民生实事" / "新建10处口袋公园…" / "近日,…。";
        # or the dateline: "2024-01-12 15:23:00  来源:镇江日报"
        k = 2
    elif len(head) > 3 and len(head[1].strip()) <= 40 and not rx.search(r"[。；;：:！？!?]", head[1]) \
            and PAPER_DATE_LINE_RE.fullmatch(_compact(head[2])):
        # a subheadline with a comma over a newspaper's date line: "完成3所幼儿园改造工程,新增780个学位" /
        # "2015年03月18日 星期三 新京报" / "新京报讯…"
        k = 3
    lede = head[k].strip()
    label = rx.match(r"([^:：]*)[:：]", first)
    if label and (len(label.group(1)) < 4 or INDEX_LABEL_RE.match(first) or first.count(":") + first.count("：") > 1):
        return ""  # an index field ("索引号:…"), not a headline's "2013年德州政府工作目标:民生改善为第一追求"
    if not 6 <= len(first) <= 60 or rx.search(r"[。；;：:！？!?]$|^[•·\-*|]", first) or HEADING_START_RE.match(first):
        return ""
    # a lede is a paragraph: long, or a sentence, or one that opens a list ("…票决产生了…项目,分别是:")
    if _is_header_line(first) or not (len(lede) > 60 or lede.endswith("。") or len(lede) > 20 and lede.endswith(("：", ":"))):
        return ""
    return _normalise_title(first)


QUOTED_TITLE_RE = re.compile(r"(?:发布|印发|公布|出台|审议通过)?了?《([^《》]{6,80}?(?:规划|纲要|方案|计划|意见|措施|政策|办法|清单)"
                             r"(?:[（(]\d{4}\s*[—–-]\s*\d{4}年?[）)])?)》\s*(?:[（(]以下简称|全文|正式)?")


def quoted_title(head: list[str]) -> str:
    """A news page that reports a plan names it in its first lines: "《保定市国民经济和社会发展第十四个
    五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）全文正式对外公布" → that title, when it is
    published there (发布 / 印发 / 公布 / 以下简称 / 全文), not merely cited."""
    for line in head[:4]:
        for m in QUOTED_TITLE_RE.finditer(line):
            if rx.search(r"关于(?:印发|转发)《?$", line[: m.start(1)]):
                continue  # "…区人民政府发布关于印发《重庆市…行动方案》": a notice forwarding it, whose name is cut
            if rx.search(r"方面[，,][^。；;]{0,24}$", line[: m.start(1)]):
                # one of a year's plans told as its work in a field: "在重大战略规划方面,省政府办公厅印发《…三年行动计划
                # (2024—2026年)》《…专项规划》" (江苏, round 127)
                continue
            if rx.search(r"(发布|印发|公布|出台|审议通过)了?《$", line[: m.start(1)]) or rx.match(r"\s*([（(]以下简称|全文|正式)", line[m.end(1) + 1 :]):
                return _normalise_title(m.group(1))
    return ""


def _continues_title(block: list[str], line: str) -> bool:
    """A title set on two or three lines: "…三年行动计划" + "（2023—2025年）", "关于…的" + "实施意见";
    a table's header cells ("序号", "政策事项") after a title are not part of it."""
    if not _names_a_document(block):
        return len("".join(block)) < 40
    if _compact("".join(block)).endswith(_compact(line)):
        return False  # the title set again in spaced letters: "辰溪县2026年政府工作报告" over "政 府 工 作 报 告"
    return bool(rx.match(r"^[（(]", line)) or (len(line) <= 12 and any(line.endswith(w) for w in DOC_TYPE_WORDS) and not rx.search(r"事项|内容|部门|单位|时限", line))


def _normalise_title(text: str) -> str:
    """No spaces; no site's tag before it (【民生实事】, (此件主动公开)); half-width brackets around a year
    range become full-width as titles print them."""
    text = _compact(text)
    # a report's title and its date line run together: "政府工作报告——二○二二年一月二十一日在…会议上…"
    text = rx.sub(r"[—―─]{1,2}[〇○零一二三四五六七八九十\d]{4}年.*?在.*$", "", text)
    # a site's column tag or a publicity mark before it: "【保基本民生】…的通知", "(此件主动公开)…行动计划"
    text = rx.sub(r"^(?:【[^】]{1,8}】|[（(]此件[^）)]{2,6}[）)])+", "", text)
    # a site's province tag and the date a report was delivered: "(黑龙江)齐齐哈尔市铁锋区人民政府工作报告(2025年1月14日)"
    text = rx.sub(r"[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$", "", text)
    text = rx.sub(r"^[（(](?:[\u4e00-\u9fff]{2,3}(?:省)?)[）)](?=[\u4e00-\u9fff]{2,}(?:市|州|盟|县|区))", "", text)
    return rx.sub(r"\((\d{4}\s*[-—–]\s*\d{4}\s*年?)\)", r"（\1）", text)


def is_work_report(head: list[str]) -> bool:
    """A government work report as delivered: "…在××市第十七届人民代表大会第四次会议上", "各位代表"."""
    text = "".join(_compact(l) for l in head[:20])
    session = bool(rx.search(r"人民代表大会第.{1,3}次会议上", text))
    if rx.search(r"(?:县长|市长|区长|省长|主席)(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6})(?:代表[\u4e00-\u9fff]{0,8}?)?(?:向大会)?作《?政府工作报告", text):
        # a news report of the report: "县长杜江涛作政府工作报告", "代表县政府向大会作《政府工作报告》", "自治区主席艾尔肯·吐尼亚孜作政府工作报告"
        return True
    if rx.search(r"(?:县长|市长|区长|省长|主席)[\u4e00-\u9fff]{0,4}代表[\u4e00-\u9fff]{0,12}?(?:人民)?政府向大会(?:作)?报告工作", text):
        return True  # "区长续明代表历城区人民政府向大会报告工作"
    if rx.search(r"今年政府工作的总体要求|干好今年政府工作|今年政府工作的主要预期目标", text):
        return True  # a report's later part printed alone: "二、2025年目标任务…今年政府工作的总体要求是"
    if any(SOURCED_FROM_REPORT_RE.search(_compact(l)) for l in head):
        return True  # a digest that names the report it is drawn from: "(数据来自…《重庆市人民政府工作报告》)"
    opening = [_compact(l) for l in head[:2]]
    if opening and BARE_DATE_LINE_RE.match(opening[0]):
        opening = opening[1:]  # the day it was delivered above its first heading: "(2020年1月21日)"
    if opening and REPORT_PART_RE.match(opening[0]):
        return True  # "二、2025年工作安排", "今年我区经济社会发展的主要预期目标是:…", "一、2019年工作总结"
    return (session and ("各位代表" in text or "报告工作" in text)) or ("各位代表" in text and bool(rx.search(r"向大会(?:作)?(?:政府)?(?:工作)?报告", text)))


# the first line of a work report's part printed alone: its heading, its targets' lead, or its review's heading
# ("一、2019年工作总结" under the day it was delivered)
SOURCED_FROM_REPORT_RE = re.compile(r"^[(（]?(?:数据|内容|资料|信息)?(?:来自|来源|摘自|源自)[:：]?[^。]{0,40}?《?[^《》。]{0,24}政府工作报告》?[)）]?$")
BARE_DATE_LINE_RE = re.compile(r"^[(（]?20\d\d年\d{1,2}月\d{1,2}日[)）]?$")
REPORT_PART_RE = re.compile(r"(?:[一二三四五六七八九十]+、)?(?:20\d\d年|今年)(?:政府)?(?:工作安排|工作总体要求|政府工作目标任务|发展目标任务|主要工作$)"
                            r"|[一二三四五六七八九十]+、(?:20\d\d年|过去一年)(?:政府)?工作(?:回顾|总结)$"
                            r"|(?:今年)?(?:我|全)(?:市|县|区|旗)经济社会发展的?主要预期目标是")


def _names_a_document(block: list[str]) -> bool:
    # 计划 as a verb names no plan: "三亚市天涯中学(三期)计划2026年3月完工新增1200个学位"
    text = rx.sub(r"计划(?=\s*(?:20\d\d年|\d{1,2}月|于|在|将|年内|今年|明年))", "", "".join(block))
    return len(_compact(text)) >= 4 and any(w in text for w in DOC_TYPE_WORDS) and not text.endswith(("文件",))


def _is_header_line(line: str) -> bool:
    compact = _compact(line)
    return bool(
        BODY_HEADER_RE.match(line)
        or (DOC_NUMBER_RE.search(compact) and len(compact) < 30)
        or (parse_date(compact) and len(compact) <= 24)
        or compact in ("（此件公开发布）", "(此件公开发布)", "此件公开发布")
        or "|" in line or rx.fullmatch(r"附件\s*\d*[：:]?", compact) is not None
        or compact.startswith(("抄送", "各县", "各市", "各区", "各乡镇", "各镇", "各部门", "各有关", "各省辖市", "各设区"))
        or compact.endswith(("：", ":"))
    )


def infer_issuing_body(head: list[str], tail: list[str]) -> str:
    """Who issued it: "中共冠县县委 冠县人民政府 关于印发…" → "中共冠县县委 冠县人民政府"; the header
    "聊城江北水城旅游度假区管理委员会办公室文件"; else the signature above the date block."""
    for lines in (head, tail):
        signature = _signature(lines).strip("| ")
        if signature:
            return signature
    for line in head[:30]:
        m = rx.search(r"我代表(.{2,20}?(?:人民政府|政府))(?:，|,)?向(?:大会|本次大会)", line) or rx.search(
            r"(?:省长|市长|县长|区长)[\u4e00-\u9fff]{2,4}代表((?:省|市|县|区)(?:人民)?政府)向(?:大会|本次大会)", line)
        if m:
            return m.group(1)  # a work report: "我代表辽阳市人民政府向大会报告工作"
    for line in head[:3]:
        m = rx.search(rf"(?:^|[，,。】\]\s日])({GOVERNMENT_BODY})(?:近日|日前)?印发", line)
        if m and first_place(m.group(1)) is not None and not rx.match(r"(为|根据|按照|贯彻|落实)", m.group(1)):
            return m.group(1)  # a news lede: "【大河财立方消息】2月14日，许昌市政府印发通知，对…"
    for line in head[:15]:
        m = BODY_HEADER_RE.match(line)
        if m and not INDEX_LABEL_RE.match(line):  # "组配分类:其他文件" is a site's index field
            return m.group(1).strip()
    for line, after in zip(head[:15], head[1:16]):
        if rx.fullmatch(r"[\u4e00-\u9fff、 ]{4,40}", line) and ORG_RE.search(line) and after.startswith("关于") and first_place(line):
            return rx.sub(r"\s+", " ", line).strip()  # the issuer on its own line above "关于…的通知"
    for line in head[:5]:
        m = QUOTED_NOTICE_RE.match(line)
        if m and ORG_RE.search(m.group(1)) and first_place(m.group(1)):
            return m.group(1)  # a page that names the notice it reprints: "《西安市人民政府办公厅关于印发…的通知》"
    for line in head[:40]:
        m = NOTICE_RE.match(line)
        if m and ORG_RE.search(m.group(1).strip()) and "《" not in m.group(1) \
                and not rx.match(r"\s*(?:为|根据|按照|依据|贯彻|落实)", m.group(1)):
            # not "为贯彻落实《…政府关于…》", "按照四川省委、省政府办14号文件精神和绵阳市委、市政府关于建设…的要求" (round 102)
            # a reprint's "原标题：重庆市人民政府关于印发…" names the body after its label; a news lede's after its words:
            # "北极星输配电网获悉,2月27日,重庆市江北区人民政府 关于印发《…》的通知" (round 134)
            body = rx.sub(r"^(?:原标题|标题|题目)\s*[:：]\s*", "", rx.sub(r"\s+", " ", m.group(1)).strip())
            return rx.split(r"[，,]\s*", body)[-1]
    for line in head[:15]:
        m = rx.match(r"发布机构\s*[:：]\s*(\S{2,30})$", line) or rx.search(r"发布机构\s*\|\s*([^|\s]{2,30})\s*(?:\||$)", line)
        if m and ORG_RE.search(m.group(1)):
            return m.group(1)  # the index table's "发布机构: 亳州市人民政府办公室", "组配分类 | 专项规划 | 发布机构 | 区卫健局 |"
    publisher = town_publisher(head)
    if publisher:
        return publisher.group("body")  # a town's own page: "发布机构 | 腾冲市团田乡 |"
    for line in head[:3]:
        m = rx.search(rf"(?:^|[，,。】\]\s日])({GOVERNMENT_BODY})发布关于(?:印发|转发)", line)
        if m and first_place(m.group(1)) is not None:
            return m.group(1)  # a news lede, when the notice itself is not quoted: "6月12日,重庆市梁平区人民政府发布关于印发《…》"
    return ""


def _signature(lines: list[str]) -> str:
    """The organisations named on the lines just above a date line: "中共冠县县委" / "冠县人民政府" /
    "2023年8月22日" → "中共冠县县委 冠县人民政府"."""
    for i, line in enumerate(lines):
        if i > 0 and DATE_RE.fullmatch(_compact(line)):
            names: list[str] = []
            for prev in reversed(lines[max(0, i - 3) : i]):
                if prev and ORG_RE.search(prev) and len(prev) <= 60 and not rx.search(r"[。；，：:,]", prev):
                    # two bodies on one line, set apart by spaces: "…区人民政府办公室  …党政办公室"
                    names.insert(0, "、".join(part for chunk in prev.split() for part in split_bodies(chunk)))
                elif names or prev:
                    break
            if names:
                return " ".join(names)
    return ""


BODY_END_RE = re.compile(r"(办公室|办公厅|人民政府|管理委员会|管委会|委员会|党工委|县委|市委|区委|省委)")


def split_bodies(text: str) -> list[str]:
    """Two issuing bodies written together: "温州市龙湾区人民政府办公室温州湾新区(高新区、经开区)党政办公室"
    → the 龙湾区 office and the 温州湾新区 office (a new body starts where a place name follows a
    body's last word)."""
    from etl.divisions import mentions

    parts, start = [], 0
    for m in BODY_END_RE.finditer(text):
        rest = text[m.end() :]
        if not rest:
            break
        found = mentions(rest[:20])
        if (found and found[0][0] == 0) or rest.startswith("中共"):
            parts.append(text[start : m.end()])
            start = m.end()
    parts.append(text[start:])
    return [p for p in parts if p]


# a newspaper page's date line, its weekday and the paper after the date: 「2015年03月18日 星期三 新京报」
PAPER_DATE_LINE_RE = re.compile(DATE_RE.pattern + PAPER_DATE_TAIL)


def infer_issued_on(head: list[str], tail: list[str]) -> str:
    """The date block: a line holding only a date (2023年6月7日, 二〇二三年六月七日) after the
    notice or at the end, or a newspaper page's date line at its head (「2015年03月18日 星期三 新京报」); else a print date ("2021年4月19日印发") or a report's "——2025年1月15日在…"."""
    for lines in (head, tail):
        for line in lines:
            compact = _compact(line).strip("（）()")
            if DATE_RE.fullmatch(compact) or lines is head and PAPER_DATE_LINE_RE.fullmatch(compact):
                return parse_date(compact)
    for line in head[:15]:
        m = rx.search(r"(?:成文日期|发文日期|印发日期)[：:|]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", _compact(line))
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"  # a site's index table
    for line in head[:15]:
        compact = _compact(line)
        m = rx.search(rf"(?:报告|讲话)[（(]({DATE_RE.pattern})[）)]$", compact)
        if m and parse_date(m.group(1)):
            return parse_date(m.group(1))  # the day a report was delivered: "…人民政府工作报告(2025年1月14日)"
        if rx.match(rf"^[—―─\-－]*{DATE_RE.pattern}在", compact) and parse_date(compact):  # ―― (U+2015) too
            return parse_date(compact)  # a report: "——2024年1月7日在辽阳市第十七届人民代表大会…"
        m = rx.search(rf"[—―─]{{1,2}}({DATE_RE.pattern})在", compact)
        if m and parse_date(m.group(1)):
            return parse_date(m.group(1))  # the title and its date line run together: "政府工作报告——二○二二年一月二十一日在…"
    for line in tail:
        compact = _compact(line)
        if compact.endswith("印发") and parse_date(compact):
            return parse_date(compact)
    for line in head[:3]:
        if rx.search(r"上一版|下一版|上一期|下一期", line) and (day := parse_date(_compact(line))):
            # an e-paper's navigation line above the headline: "上一版3 4下一版 2014年2月20日 星期 放大 缩小 默认" (round 136)
            return day
    for number, line in enumerate(head[:15]):
        m = rx.search(r"(?:发布日期|公开日期|生成日期)[：:|]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", _compact(line))
        if not m and (1 <= number <= 3 or rx.match(r"\s*" + DATE_LABEL, line)) and len(line.strip()) <= 80 \
                and "。" not in line:
            # a news page's date line under its headline: "2012-01-03 08:30:12 来源:福建日报", or labelled, above it:
            # "发布时间:2017/02/08" (商洛's page, round 102)
            m = PUBLISHED_ON_RE.match(line)
        if not m and number <= 3 and "。" not in line:
            m = PAPER_AND_DATE_END_RE.search(line)  # "首页 农业农民农村∶灌溉 人民日报 (2004-11-10)" (人民网's archive, round 173)
        if not m and number <= 3 and "。" not in line and rx.search(r"(?:来源|编辑)\s*[:：]", line):
            # labelled fields, the day and its clock last: "万象   来源:莞讯网  责任编辑:百花残  2017-03-01 14:21:14" (round 242)
            m = SOURCE_LINE_DAY_END_RE.search(line)
        if not m and number <= 3 and "。" not in line and (day := web_date_line(line)):
            # a date with its clock time, the page's first line or behind a site's counters: "2020-01-19 09:35:47 来源:河南日报",
            # "热度119票 浏览23次 【共0条评论】…时间:2016年7月08日 20:12" (round 95), or day first: "08.04.2014 23:09" (round 97)
            return _story_day(head, number, day)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            day = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"  # only the site's publication date
            return _story_day(head, number, day)
    for line in tail[-3:]:
        m = SOURCE_ADDRESS_DATE_RE.match(line)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            # the story's address on its closing source line, when no line above dates it: "文章来源:http://www.taihainet.com/
            # news/fujian/sami/2020-07-09/2403890.html" (宁化's irrigation page, round 179)
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


# a source line's day and clock at its end: "…责任编辑:百花残  2017-03-01 14:21:14"
SOURCE_LINE_DAY_END_RE = re.compile(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


# a closing line giving the story's address, a date in its path: ".../2020-07-09/2403890.html", ".../202007/t20200709_123.html",
# ".../2020/0709/…"
SOURCE_ADDRESS_DATE_RE = re.compile(r"\s*(?:文章|原文|信息|本文)?(?:来源|出处|链接|地址)\s*[:：]\s*https?://[^\s/]+/\S*?"
                                    r"(?<![\d.])((?:19|20)\d\d)[-/]?(\d\d)[-/]?(?:t\d{6})?(\d\d)(?![\d])")


def _story_day(head: list[str], number: int, day: str) -> str:
    """A repost's date line over the story's own, the headline repeated between: the story is dated by the earlier day —
    "日期:2014-12-31 浏览:73" / "黑龙江林业实施“双十”工程…" / "2012-08-01 09:40:17来源:东北网" → 2012-08-01 (round 121)."""
    for line in head[number + 1 : number + 4]:
        earlier = web_date_line(line) if "。" not in line else ""
        if earlier and earlier < day:
            return earlier
    return day


# a news page's date line: "2012-01-03 08:30:12　来源:福建日报", "发布时间:2015年02月25日 09:12 来源:济南日报",
# "福建日报 2017-02-08 521字" (its spaces may be gone: "福建日报2017-02-08521字"),
# "时间:2019/03/05", after other labelled fields: "来源:未知 点击数:2387 日期:2019-02-14 10:57:31", "作者: 来源: 日期:2011-01-24"
# (its first line under the headline, or the second after a subheadline)
# a date's label: "发布时间:", "日期："
# (or 发布 alone: "发布:2014/4/14 14:53:01 来源:转载", 河北's airports, round 229)
DATE_LABEL = r"(?:(?:发布|更新|发表)?(?:时间|日期)|发布)\s*[:：]"
# a line that ends on the paper a story ran in and its day in brackets, perhaps after the site's navigation:
# "首页 农业农民农村∶灌溉 人民日报 (2004-11-10)"
PAPER_AND_DATE_END_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|报)》?\s*[(（]\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s*[)）]\s*$")
PUBLISHED_ON_RE = re.compile(
    # (a bulleted meta line: "• 2020-01-15" over "• 来源:广州日报", round 144)
    r"\s*(?:[•·▪]\s*)?(?:(?:来源|作者|编辑|点击数?|阅读|浏览)\s*[:：]\s*\S{0,16}?\s*)*(?:[\u4e00-\u9fff]{2,10}(?:报|网|社|台)\s*|" + SITE_BEFORE_DATE + ")?"
    r"(?:" + DATE_LABEL + r"\s*)?"
    r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d\d|\d(?!\d))\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?!:)")


FIVE_YEAR_PLANS = {
    "十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030),
    "十六五": (2031, 2035), "第十一个五年": (2006, 2010), "第十二个五年": (2011, 2015), "第十三个五年": (2016, 2020),
    "第十四个五年": (2021, 2025), "第十五个五年": (2026, 2030),
}
# the plans by their short names, for a pattern: "到“十二五”末"
PLAN_NAMES = "|".join(name for name in FIVE_YEAR_PLANS if len(name) == 3)
# a plan's years, the plan in the first group: "“十三五”期间", "十一五时期"
PLAN_PERIOD = rf"“?({PLAN_NAMES})”?(?:期间|时期)"


def plan_end_year(numeral: str) -> int:
    """The last year of the 十X五 plan named by its X: "一" (十一五) → 2010, "五" (十五五) → 2030."""
    return 2010 + 5 * "一二三四五六七".index(numeral)


# a news page headlined on a five-year plan's aims: "安徽“十一五”将强化基础设施建设构筑崛起平台" (中新网, 2006, round 147),
# its place after the period: "“十三五”期间,桐庐将新建学校19所" (round 167);
# not its first or last year, which is a year of its own ("“十三五”开局之年", "“十二五”收官之年")
# (or its field first: "四川省“十二五”水运建设投资将超350亿" (round 218))
HEADLINE_PLAN_RE = re.compile(r"“?十([一二三四五六七])五”?\s*(?:时期|期间)?\s*(?:[，,]\s*[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,8}?)?(?:将|要|力争|目标|规划)(?!.*(?:开局|收官|开篇|首年|之年))")


def headline_plan_end(headline: str) -> int | None:
    """The end of the five-year plan a page's headline says the page's aims belong to: "安徽“十一五”将强化基础设施建设
    构筑崛起平台" → 2010, so "安徽将力争新建铁路一千公里以上" in its body is due in 2010, not in the page's year 2006."""
    m = HEADLINE_PLAN_RE.search(headline)
    return plan_end_year(m.group(1)) if m else None


def years_from(text: str) -> tuple[int | None, int | None]:
    """(first year, last year) a phrase covers: "（2021—2023年）" → (2021, 2023); "2012年起5年内"
    → (2012, 2016); "十四五" → (2021, 2025); "2022年" → (2022, 2022); else (None, None)."""
    compact = _compact(text)
    m = rx.search(r"((?:19|20)\d\d)年?(?:起|开始)[，,]?(?:用|力争|争取)?([一二三四五六七八九十\d]+)年(?:内|时间|左右)?", compact)
    if m:
        n = chinese_digits_to_int(m.group(2))
        if 1 <= n <= 15:
            return int(m.group(1)), int(m.group(1)) + n - 1
    m = RANGE_RE.search(compact)
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15:
        return int(m.group(1)), int(m.group(2))
    for name, span in FIVE_YEAR_PLANS.items():
        if name in compact:
            return span
    m = rx.search(r"((?:19|20)\d\d)\s*年", compact)
    if m:
        return int(m.group(1)), int(m.group(1))
    return None, None


# where a reporter heard the aims, named by its year: "记者在2024年内蒙古自治区交通运输工作会上获悉", "从重庆市2019年卫生健康工作会上获悉"
MEETING_HEARD_RE = re.compile(r"(?:在|从)[\u4e00-\u9fff]{0,8}?((?:20)\d\d)年[\u4e00-\u9fff]{2,20}?工作会议?上?获悉")


# what a year named at a sentence's head saw done: "完成…,超额完成…目标任务", "是…开局之年,当年建成高速公路651公里" (round 212)
DONE_IN_ITS_YEAR = r"完成[^。；;]{0,40}?超额完成|[，,]\s*当年(?:建成|完成|实现|新增)"


def infer_horizon(title: str, body: list[str], issued_on: str, doc_type: str) -> tuple[int | None, int | None]:
    """(first year, horizon) of the plan.

    From the title first — "…三年行动计划（2023—2025年）" → (2023, 2025), "…市2022年…考评办法" →
    (2022, 2022), a 政府工作报告 of 2025 → (2025, 2025) — then from the opening of the text: "2012年起
    5年内" → (2012, 2016), the latest "到2025年" headline (a plan with 2023 milestones keeps 2025),
    and last the year it was issued."""
    issued_year = int(issued_on[:4]) if issued_on else None
    wire = rx.search(r"[\u4e00-\u9fff]{2,8}?(\d{1,2})月\d{1,2}日(?:电|从|在[\u4e00-\u9fff]{0,12}?获悉)", "".join(_compact(l) for l in body[:3]))
    if issued_year and wire and int(wire.group(1)) > int(issued_on[5:7]):
        # a wire story reposted months later: its own day (「新华社贵阳12月27日电」) is before the repost's date line
        # (2011-06-03), so the year it says it plans is the page's: "贵州省2010年将继续以农村危房改造为…重点" (round 118);
        # or a report's day ("记者10月25日从省油办获悉", on a page dated 2021-03-01), the aims of the plan it tells to their
        # year: "明确了江西省油茶产业发展目标,即到2020年,全省油茶林总面积达2100万亩" (round 205)
        told = rx.search(r"((?:19|20)\d\d)年[\u4e00-\u9fff]{0,8}?(?:将|计划|力争)", "".join(_compact(l) for l in body[:5])) \
            or rx.search(r"发展目标[^。；;]{0,8}?到((?:19|20)\d\d)年", "".join(_compact(l) for l in body[:20]))
        if told and int(told.group(1)) < issued_year:
            return int(told.group(1)), int(told.group(1))
    m = rx.search(r"执行情况(?:与|和|及)((?:19|20)\d\d)年", _compact(title))
    if m:
        return int(m.group(1)), int(m.group(1))  # "…2024年…计划执行情况与2025年…计划草案的报告" plans 2025
    summed = rx.search(r"((?:19|20)\d\d)年[\u4e00-\u9fff]{0,12}?总结暨\s*((?:19|20)\d\d)年", _compact(title or (body[0] if body else "")))
    if summed and int(summed.group(2)) == int(summed.group(1)) + 1:
        # a meeting that sums up one year and sets out the next: "茶陵县召开2019年烟叶生产工作总结暨2020年烟叶生产动员会" (round 208)
        return int(summed.group(2)), int(summed.group(2))
    first, last = years_from(title)
    met = MEETING_HEARD_RE.search("".join(_compact(l) for l in body[:3]))
    shown = title or (body[0] if body else "")
    if met and (shown_year := years_from(shown)[1]) and int(met.group(1)) > shown_year and not _names_a_document([shown]):
        # a headline on the year gone over the meeting that plans the next: "2023年内蒙古开工建设公路里程超1万公里" /
        # "1月17日,记者在2024年内蒙古自治区交通运输工作会上获悉,…今年内蒙古将…" (round 89) works for 2024
        return int(met.group(1)), int(met.group(1))
    aimed = forward_year(_compact(title)) if last else None
    if aimed and aimed > last:
        return aimed, aimed  # a headline of two years: "江西2017年旅游进账6435亿 2018年目标要破8000亿" plans 2018
    if last:
        if doc_type == "work_report" and first == last:
            return first, last
        return first, last
    if not title and not issued_year and body and is_headline_line(body[0]) and (end := headline_plan_end(_compact(body[0]))):
        # an undated news page headlined on a five-year plan's aims: "“十三五”期间,桐庐将新建学校19所" (round 167) plans 2016–2020
        return end - 4, end
    # (or the first line below a headline that ends no sentence)
    first_line = body[1] if len(body) > 1 and is_headline_line(body[0]) else (body[0] if body else "")
    m = rx.search(r"(?:方案|规划|计划|纲要|意见|清单)\s*" + RANGE_RE.pattern, _compact(first_line))
    if m and rx.search(r"(?:编制|制定|起草|修编)(?:了|完成)?《[^《》]*$", _compact(first_line)[: m.start()]):
        m = None  # a plan the page says it drafts sets no year of the page's aims: "编制《甘孜州乡村振兴战略规划(2018-2022年)》和…" (round 232)
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15:
        # a title run into its first line: "2018年8月21日 十堰市…工作方案(2018-2020) 为深入贯彻…"; or the plan the lede under
        # the headline tells: "山西开工城镇老旧小区改造900个" / "…据《山西省城镇老旧小区改造攻坚行动方案(2021—2025年)》,…"
        return int(m.group(1)), int(m.group(2))
    kind = rx.search(r"(?:行动)?(?:方案|规划|计划|纲要)", _compact(title))
    m = kind and rx.search(r"《[^《》]*?" + kind.group(0) + r"\s*" + RANGE_RE.pattern + r"》", "".join(_compact(l) for l in body[:3]))
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15:
        # a news page on the plan its headline names: "昌吉市城市更新三年行动计划出炉" / "…正式出台《昌吉州州府…城市更新
        # 三年行动计划(2026-2028年)》"
        return int(m.group(1)), int(m.group(2))
    plan = rx.search(r"(十[一二三四五六七八九]五)[”\"]?[\u4e00-\u9fff]{0,8}?(?:规划|计划|方案)", _compact(body[0])) \
        if body and is_headline_line(body[0]) else None
    if plan and rx.search(r"(?:印发|出台|发布|公布)(?:了)?《[^《》]*?" + plan.group(1) + r"[^《》]*?》", "".join(_compact(l) for l in body[:8])):
        # a news page headlined on a five-year plan it says was issued: "重庆市城市更新提升“十四五”行动计划:因地制宜推进环卫
        # 市场化改革" / "…重庆市人民政府印发《重庆市城市更新提升“十四五”行动计划》,《计划》提出,…" (round 228) plans 2021–2025,
        # not the year of its date line
        return years_from(plan.group(1))
    m = rx.search(r"(?:明确|确定|确立|提出|部署)了?((?:19|20)\d\d)年[^。；]{0,12}?(?:主要预期目标|预期目标|主要目标|目标任务|重点工作|发展目标)",
                  "".join(_compact(l) for l in body[:5]))
    if m:
        # a news report of a session: "该县明确2024年经济社会发展主要预期目标和重点工作", "明确了2025年十项重点工作" plans 2024, 2025,
        # "广西确立了2014年工业发展目标" 2014 (round 136)
        return int(m.group(1)), int(m.group(1))
    m = rx.search(r"对((?:19|20)\d\d)年[^。；]{0,16}?工作(?:做|作)(?:了|出了?)(?:总体|全面|具体)?(?:安排|部署)",
                  "".join(_compact(l) for l in body[:5]))
    if m:
        # a meeting that lays out a year's work: "安徽省安全生产工作会议在省城合肥召开,对2007年安徽的安全生产工作做了总体安排"
        # plans 2007 (round 239)
        return int(m.group(1)), int(m.group(1))
    m = rx.search(r"总结(?:了)?((?:19|20)\d\d)年[^。；]{0,20}?(?:工作[^。；]{0,6}?(?:对|部署)(?:了)?今年|经验[^。；]{0,8}?明年)",
                  "".join(_compact(l) for l in body[:5]))
    if m:
        # a meeting that sums up one year and sets out this one: "…总结了2017年全市三农工作,并对今年实施乡村振兴战略进行了
        # 具体部署" plans 2018 (泰兴, round 111); a department's next year: "省农牧厅在总结2005年为农牧民办实事经验的基础上,
        # 明年将在…9个方面加大投资力度" plans 2006 (青海, round 142)
        return int(m.group(1)) + 1, int(m.group(1)) + 1
    m = rx.search(r"((?:19|20)\d\d)年及(?:未来|今后)([一二三四五六七八九十\d])年", "".join(_compact(l) for l in body[:10]))
    if m:
        # "2022年及未来五年 我市将全力办好“十件民生实事”": the term that opens in 2022
        return int(m.group(1)), int(m.group(1)) + chinese_digits_to_int(m.group(2)) - 1
    if doc_type == "work_report":
        aims = rx.search(r"(20\d\d)年[，,]?[^。；;]{0,16}?(?:主要)?预期目标(?:建议)?(?:是|为)\s*[:：]", "".join(_compact(l) for l in body[:20]))
        if aims:
            return int(aims.group(1)), int(aims.group(1))  # the year whose aims it states: "2019年,云南省经济社会发展的主要预期目标建议为:…"
        m = rx.search(r"(20\d\d)年[\u4e00-\u9fff]{0,10}?(?:人民)?政府工作报告", "".join(_compact(l) for l in body[:2]))
        if m:
            return int(m.group(1)), int(m.group(1))  # a page headed by the report it is: "权威发布:2023年浙江省政府工作报告(全文)"
        ahead = forward_year("".join(_compact(l) for l in body[:5]))
        for line in body[:20]:
            y = parse_date(line)
            if y:
                year = int(y[:4])
                if reviewed_year("".join(_compact(l) for l in body[:20])) == year or ahead == year + 1:
                    # delivered late in the year it reviews ("——2021年10月19日…", "2021年工作回顾"), or at a congress late in
                    # the year that sets the next one's aims: "2023年12月29日,仙桃市第十届人民代表大会第三次会议召开,…
                    # 2024年,仙桃将大力发展…" (round 178)
                    year += 1
                return year, year
        if ahead:
            return ahead, ahead  # a page retelling the report: "…作政府工作报告时表示,2017年,区政府将…" (posted 2020)
        if issued_year:
            return issued_year, issued_year
        year = work_report_year("".join(_compact(l) for l in body[:20])) or lead_year(body[:80])
        if year:
            return year, year  # a digest's later heading: "三、2026年主要预期目标" under its 2025 achievements
    opening = "".join(_compact(l) for l in body[:80])
    m = rx.search(r"((?:19|20)\d\d)年?(?:起|开始)[，,]?(?:用|力争|争取)?[一二三四五六七八九十\d]+年(?:内|时间)", opening)
    if m:
        return years_from(m.group(0))
    lede = "".join(_compact(l) for l in body[:4])
    m = rx.search(r"(?:从|自)?今年(?:起|开始)[，,]?[^。；;]{0,12}?用([一二三四五六七八九十\d]{1,2})年(?:左右)?时间", lede)
    if m and issued_year and 1 <= (n := chinese_digits_to_int(m.group(1))) <= 15:
        # the span a dated page's plan runs from this year, told in its lede: "从今年起,江苏省将用6年时间,新改建农村公路3.4万公里"
        # on a page of 2013 → 2013–2018 (round 169); not one project's span further down a page of the year's aims ("北京还打算
        # 今年起用三年时间对…城中村进行…集中整治,今年计划整治…", round 165)
        return issued_year, issued_year + n - 1
    m = rx.search(r"((?:20)\d\d)\s*年?\s*[-—–至到]\s*((?:20)\d\d)\s*年\s*(?:期间|间)[，,]?[\u4e00-\u9fff]{0,8}?(?:将|力争|计划|要)", opening)
    # (or told 从…到…: "近日,记者从海南省住建厅获悉,从2010年到2012年,海南省将新(改)建公厕1587座" (round 216))
    m = m or rx.search(r"从((?:20)\d\d)\s*年\s*(?:到|至)\s*((?:20)\d\d)\s*年[，,]\s*[\u4e00-\u9fff]{0,8}?(?:将|力争|计划|要)", opening)
    if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 15:
        return int(m.group(1)), int(m.group(2))  # the span the page works in: "2023年至2028年期间,天涯区将完成13所学校…"
    # not a change told to a year gone: "由2012年的全国第14位提升到2019年的第11位"
    # nor the nation's carbon years a page cites: "制定我市城乡建设领域碳达峰实施方案,确保2030年前实现碳达峰目标" on 天津's
    # construction meeting of 2022 (round 193)
    heads = [int(y) for y in rx.findall(r"(?:(?<!提升)(?<!提高)(?<!增加)(?<!增长)(?<!上升)(?<!下降)(?<!降低)(?<!减少)到|(?<![截])至|力争|争取|确保)((?:20)\d\d)年(?!的|前?(?:实现)?碳(?:达峰|中和))", opening)]
    heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年[，,]\s*(?:力争|争取|确保)", opening)]  # "(二)发展目标。2025年,力争实现…"
    # a task table's deadline column: "2024年底前" (not the age of what is to be mended: "全面完成2000年底前建成的老旧小区改造任务",
    # 山东's housing meeting of 2025, round 223)
    heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年(?:底|末)前(?![\u4e00-\u9fff]{0,3}?(?:建成|建设|竣工|修建|建造|投用)的)", opening)]
    # the aims stated with their year: "《实施意见》提出我省实施乡村振兴战略的目标任务是:2018年全省农林牧渔业增加值增长3.5%"
    heads += [int(y) for y in rx.findall(r"目标(?:任务)?(?:是|为)[:：]?\s*((?:20)\d\d)年", opening)]
    # the year's aims named by it: "2013年的主要预期指标是:力争全省县域地区生产总值增长16.5%" (after 2012's results)
    heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年的?(?:主要)?预期(?:指标|目标)(?:是|为)", opening)]
    if not heads or set(heads) == {2035}:
        # a plan's end named by the plan, on a page that dates nothing else: "力争到“十二五”末,全省开发区生产总值达到
        # 7500亿元" → 2015 (a 2022 plan's one 「到“十四五”末」 target does not make it a plan to 2025), or only the long-range
        # year: "到“十四五”末,万源全市地区生产总值要达到300亿元…。到2035年,…突破600亿元" → 2025, 2035 the vision
        heads += [FIVE_YEAR_PLANS[name][1] for name in rx.findall(rf"(?:到|至)“?({PLAN_NAMES})”?(?:末|期末)", opening)]
    if not heads:
        # the year a meeting or a plan sets out for: "会议提出,2024年,全省农村公路计划投资100亿元", "《方案》提出,2023年安徽省…",
        # "2022年全省将开展职业技能培训60万人次", "记者从2024年新疆交通运输工作会议上获悉:今年,…" (not a report's account
        # of the year before: "政府工作报告提出,2020年全区地区生产总值增长3.7%")
        # (nor a far year a higher body asks for: "按市政府扶贫攻坚要求,2020年实现100%通畅" on a page of 2013's work, round 134)
        heads = [int(m.group(1)) for m in rx.finditer(r"(?<!报告)(?:提出|明确|要求)[，,:：]?\s*((?:20)\d\d)年", opening)
                 if not (m.group(0).startswith("要求") and rx.search(r"(?:按|按照|根据|依照)[^，,。；;]{0,16}$", opening[: m.start()]))]
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年(?:全省|全市|全县|全区|全州)将", opening)]
        # the year, the place, what it will do: "2025年,湖南将“开展新一轮农村公路提升行动”纳入重点民生实事项目",
        # "2018年,神农架将…", "2019年,我省要完成农村户用卫生厕所改造50万户以上"
        # (or plans: "2023年,海原县计划…", round 120)
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年[，,]\s*[\u4e00-\u9fff]{2,6}?(?:将|要|计划)", opening)]
        # or a field of the place's work: "2017年栖霞区在加快产业转型上,将新引进亿元以上重点产业项目55个" (round 143)
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年[\u4e00-\u9fff]{2,8}?在[^。；;，,]{2,20}?(?:上|方面)[，,]\s*(?:将|要|计划)", opening)]
        # a meeting named by its year, at which the aims are set: "辽宁省旅游局在2016年全省旅游工作会议上提出,今年…" (round 121)
        heads += [int(y) for y in rx.findall(r"在((?:20)\d\d)年[\u4e00-\u9fff]{2,16}?工作(?:会议|会)上", opening)]
        # or by its year and sitting: "我省就业和农民工工作领导小组2015年第一次全体会议透露,我省今年计划…" (round 146)
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议", opening)]
        # the year's aim set right after its year: "2018年要实现33个贫困县摘帽、110万贫困人口脱贫的目标" (河南, round 121),
        # "2017年计划完成60个老旧小区整治提升任务" (连云港, round 125), "项目总投资818.4亿元,2017年计划投资118.7亿元" (温州, round 129)
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年(?:要|将|力争|确保|计划)(?:实现|完成|投资)", opening)]
        # a headline or a lede that opens on its year and what the place will do there: "2021年西安市聚焦六大领域 安排市级重点项目
        # 740个" (round 132), "中国宁波网讯 2007年宁波百姓生活以及我们的城市又将发生怎样的变化?" (round 131)
        heads += [int(y) for y in rx.findall(r"^((?:20)\d\d)年[\u4e00-\u9fff]{2,8}?(?:将|要|计划|安排|聚焦)", _compact(body[0]) if body else "")]
        heads += [int(y) for y in rx.findall(r"(?:网讯|日报讯|报讯)\s*((?:20)\d\d)年[^。；;？?]{0,24}?将", opening[:200])]
        # a campaign's months in its year, then what it will do: "“夏秋攻势”行动从2018年7月至12月,共6个月,提出将实现…" (贵州, round 126)
        heads += [int(y) for y in rx.findall(r"从((?:20)\d\d)年\d{1,2}月(?:至|到)\d{1,2}月[^。；;]{0,30}?将", opening)]
        # (a body's meeting, the news "passed on" from it: "今日,从省电力公司2010年工作会上传来消息,今年,我省将投资70.66亿元", round 161)
        heads += [int(y) for y in rx.findall(r"从[\u4e00-\u9fff]{0,10}?((?:20)\d\d)年[\u4e00-\u9fff]{0,16}?工作会议?上?(?:获悉|传来消息|了解到)", opening)]
        # a meeting named by the year it plans: "浙江省交通运输厅召开2020年全省交通运输工作会议"
        heads += [int(y) for y in rx.findall(r"召开了?((?:20)\d\d)年[\u4e00-\u9fff]{2,16}?工作会议", opening)]
        # or the campaign it rallies for that year: "唐山市汉沽管理区召开2019年重点项目建设突破年活动动员大会,全面启动和加快推进
        # 165个重点项目" (round 247), its 年度 that year
        heads += [int(y) for y in rx.findall(r"召开了?((?:20)\d\d)年[\u4e00-\u9fff“”\"]{2,24}?动员(?:大会|会议|会)", opening)]
        # a year's list of practical things for the people, then 今年: "备受关注的2022区办实事“出炉”,今年市北区要干这15件事"
        # (青岛, round 247)
        heads += [int(y) for y in rx.findall(r"((?:20)\d\d)年?[\u4e00-\u9fff]{0,4}?实事(?:项目)?[“”\"]?[^。；;]{0,12}?今年", opening)]
        # or the day it met: "23日,2019年全省文化和旅游工作会议为市民进行了答疑解惑" (云南, round 88)
        heads += [int(y) for y in rx.findall(r"\d{1,2}日[，,]\s*((?:20)\d\d)年[\u4e00-\u9fff]{2,16}?工作会议", opening)]
        # a campaign the place holds, named by its year: "阳泉市举行了2021年“项目建设春季攻坚行动”暨全市“项目集中开复工”专项活动"
        # (round 223), its 今年 and 年度 that year (a quarter's ceremony, 「举行2023年第一季度…重大项目集中开工活动」, is no campaign: the
        # program's 「每年」 aims it tells stay undated)
        heads += [int(y) for y in rx.findall(r"举行了?((?:20)\d\d)年[\u4e00-\u9fff“”\"]{2,30}?行动", opening)]
        # or a meeting passed on by one below it: "会议传达了2024年全市春季农业生产现场会议精神" on a county's undated spring farm page
        # (round 224), its 今年 that year (not a December 经济工作会议's, which plans the year after)
        heads += [int(y) for y in rx.findall(r"传达(?:了|学习了?)?((?:20)\d\d)年(?![\u4e00-\u9fff“”]{0,20}?经济工作)[\u4e00-\u9fff“”]{2,20}?会议?精神", opening)]
        # or the year's work a body lays out at its meeting: "会上全文学习全县经济工作报告…,部署了科工局2018年工作。" (汉寿's
        # science bureau, round 228): the aims it lists are that year's
        heads += [int(y) for y in rx.findall(r"部署了?[\u4e00-\u9fff]{0,10}?((?:20)\d\d)年(?:度)?(?:的)?(?:重点)?(?:工作|目标任务)", opening)]
        # or the year's task a meeting means to see done: "9月9日,我县召开烟叶收购管理工作会议,…确保圆满完成2016年烟叶收购计划任务。"
        # (a county's tobacco, round 230)
        heads += [int(y) for y in rx.findall(r"(?:确保|力争|争取)[\u4e00-\u9fff]{0,4}?完成((?:20)\d\d)年(?:度)?[\u4e00-\u9fff]{0,16}?任务", opening)]
    if heads and not issued_year and rx.search(r"(?:今后|未来)(?:五|5)年", opening) and not rx.search(r"(?:到|(?<![截])至)20\d\d年", opening):
        # "我们对今后五年的发展提出了…具体目标" with only "力争2024年江津班列…" dated: the five years' end
        # is not stated, and a milestone is not it
        return None, None
    # an undated page headlined on the year it will work in, naming no later one: "青海:2022年将完成退化草原治理修复259万亩" opens in
    # 2022, whatever year a slip in its body gives the same plans ("邓尔平介绍说,2021年,青海省林草局将实施…", round 226); a plan's
    # earlier milestones stay ("贵州:2017年将完成造林绿化15万亩" over "并于2016年完成…", to 2025, round 48)
    told = rx.match(r"(?:[\u4e00-\u9fff]{2,8}[:：])?((?:20)\d\d)年(?:将|要|计划|力争)", _compact(body[0])) if body and is_headline_line(body[0]) else None
    told_year = int(told.group(1)) if told and heads and int(told.group(1)) == max(heads) else None
    lo = issued_year or told_year or (min(heads) if heads else None)
    heads = [y for y in heads if lo is None or lo <= y <= lo + 12]
    if heads:
        last = max(y for y in heads if y != 2035) if any(y != 2035 for y in heads) else 2035
        # no issue date: the earliest milestone opens the plan ("到2015年…；2017年…；到2020年…"), or the year the page
        # itself works for, when earlier: "提出“十三五”林业目标,部署2016年林业工作" opens in 2016 (its 十三五 runs to 2020)
        own = None if issued_year else forward_year(opening)
        # or the day of the meeting it reports: "在2021年3月3日上午召开的西藏交通运输工作会议上" (its 今年 is 2021; its plan runs to 2025)
        # ("记者从重庆市2019年卫生健康工作会上获悉,今年,…" sets 2019, with 「到2020年」 milestones)
        met = rx.search(r"在((?:20)\d\d)年\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,4}?(?:召开|举行)的|" + MEETING_HEARD_RE.pattern, opening)
        own = own or (int(met.group(1) or met.group(2)) if met else None)
        return issued_year or (own if own and min(heads) - 5 <= own < min(heads) else min(heads)), last
    headline = "".join(_compact(l) for l in body[:5])
    # a list named by its year, in a headline or in the short lines a news page opens with, one phrase a line
    # ("会议投票表决出了 / 20项2025年区级民生实事项目")
    short_opening = "".join(line for line in map(_compact, body[:15]) if len(line) <= 30)
    # a headline may say just 实事 or 重点工程; a short line's must be a list's name
    m = rx.search(_year_named_list("实事|重点工程"), headline) or rx.search(_year_named_list(), short_opening)
    if m and not rx.search(r"完成|回顾|成效|成绩", m.string[m.end() : m.end() + 12]):
        # a list named by its year: "县政府2025年度十件民生实事项目 正式出炉!", "金凤区发布2025年民生“十心”实事!",
        # "媒体公布了天津市2025年20项民心工程"
        return int(m.group(1)), int(m.group(1))
    year = lead_year(body[:3]) or forward_year(headline)
    if year:
        return year, year
    m = rx.match(r"(20\d\d)(?=[\u4e00-\u9fff“\"《「])", _compact(body[0])) if body else None
    if m and issued_year == int(m.group(1)) + 1 and "今年" in opening \
            and not rx.search(r"将|要|计划|力争|争取|确保|预计|目标|任务", _compact(body[0])):
        # a headline on the year gone over a page dated the next, which tells this year's aims: "2018年新都区地区生产总值799.2亿元
        # 同比增长8.9%" / "www.scol.com.cn (2019-01-30 15:07:49)" / "…今年,新都区地区生产总值的目标为增长7.8%以上" works for 2019
        # (round 212)
        return issued_year, issued_year
    # (not a year the page says was done: "2013年,是贵州省高速公路三年建设会战的开局之年,当年建成高速公路651公里" over "去年…"
    # and "今年贵州省将…" (round 212))
    done_then = rx.match(r"[^。；;]*?(?:" + DONE_IN_ITS_YEAR + ")", opening)
    if m and "今年" in opening and not done_then:
        # a news series named by its year over a page that speaks of 今年: "2023数字经济看市州 | 遵义:…" / "…今年…",
        # its name quoted: "2019“重庆追梦行动”④丨全年空气质量优良天数300天以上" over a date line without its year (round 166)
        return int(m.group(1)), int(m.group(1))
    m = rx.match(r"((?:19|20)\d\d)年[，,]?是[^。；;]{0,40}?之年", opening)
    if m and not done_then:
        return int(m.group(1)), int(m.group(1))  # a year's plan that opens on it: "2026年,是实施“十五五”规划的开局之年,…"
    m = rx.search(r"[一二三四五六七八九十]、\s*((?:19|20)\d\d)年度?(?:重点工作|主要任务|重点任务|工作任务|目标任务)", opening)
    if m and doc_type in ("task_division", "annual_tasks", "responsibility_list"):
        # a division of a report's work dated only by a part's heading: 铜川's 「一、确保年度目标」 then 「二、2020年重点工作」
        return int(m.group(1)), int(m.group(1))
    if rx.search(r"今年是[^。]{0,16}?十[三四五六]五", opening):
        year = five_year_plan_year(opening)  # "今年是“十五五”规划开局起步之年" → 2026
        if year:
            return year, year
    m = rx.search(r"((?:19|20)\d\d)年(\d{1,2})月\d{1,2}日(?:召开)?的?[\u4e00-\u9fff]{0,12}?政府工作报告", opening)
    if m and int(m.group(2)) <= 6:
        # a page on a report delivered in the first half of its year: "都在2015年4月27日的镇安县政府工作报告中做了…部署"
        return int(m.group(1)), int(m.group(1))
    m = rx.search(r"以((?:20)[012][05])年[\u4e00-\u9fff]{0,12}?为(?:基数|基期|基准)", opening)
    if m and not issued_year:
        # a five-year plan's figures against its base year: "以2010年省控考核指标为基数" → 2011–2015
        return int(m.group(1)) + 1, int(m.group(1)) + 5
    set_for = {int(y) for y in rx.findall(r"((?:19|20)\d\d)年的?(?:省|市|县|国家|上级)?(?:政府|人民政府)?下达(?:我|给|各)", opening)}
    set_for |= {int(y) for y in rx.findall(r"今年初?[^。；;]{0,12}?下达了?[^。；;]{0,12}?((?:19|20)\d\d)年的?[^。；;]{0,8}?目标任务", opening)}
    # (or the year the places apply to leave poverty in, on a page on this year's leaving: "全市已有174个贫困村申报2016年摘帽" beside
    # "今年摘帽" (河池, round 214))
    set_for |= {int(y) for y in rx.findall(r"申报((?:19|20)\d\d)年(?:摘帽|脱贫|出列|退出)", opening)}
    if len(set_for) == 1 and not issued_year and "今年" in opening:
        # an undated page on the tasks a higher body handed down for its year: "今年初市政府下达了各区县2011年的节能减排目标任务",
        # "2011年省政府下达我市万元GDP综合能耗下降3.2%" (雅安's energy saving, round 214) works for 2011
        year = set_for.pop()
        return year, year
    m = rx.search(r"刚刚过去的((?:19|20)\d\d)年", opening)
    if m and not issued_year and "今年" in opening:
        return int(m.group(1)) + 1, int(m.group(1)) + 1  # "刚刚过去的2020年,市委、市政府实施36个为民办实事项目…。今年,泉州市…" (round 119)
    m = rx.search(r"预计((?:19|20)\d\d)年[\u4e00-\u9fff]{0,16}?将", opening)
    if m and not issued_year and "今年" in opening:
        return int(m.group(1)), int(m.group(1))  # this year's forecast names it: "预计2020年我区交通固定资产投资将突破1400亿元" (round 120)
    m = rx.search(r"((?:19|20)\d\d)年第?[一二三四1-4]季度[\u4e00-\u9fff]{0,6}?(?:工作会|会议)", opening)
    if m and not issued_year and "明年" in opening and "今年" not in opening:
        # a quarter's meeting dates the page, its 明年 the year after: "…市委十届八次全会暨2012年第三季度工作会精神,…明年计划实施市政
        # 工程项目40项" (洛阳, round 219) plans 2013
        return int(m.group(1)) + 1, int(m.group(1)) + 1
    m = rx.search(r"\d{1,2}月\d{1,2}日\s*[，,]\s*记者(?:从|在)((?:19|20)\d\d)年[^。；;]{0,40}?(?:会|会议)上?获悉", opening)
    if m and issued_year and int(m.group(1)) == issued_year - 1:
        # a story of the year before, posted again: "时间:2016-02-11" over "9月28日,记者从2015年来宾市保障性安居工程…推进会上获悉,…
        # 2015年,自治区下达来宾市…目标任务为…" (round 222) works for 2015
        return issued_year - 1, issued_year - 1
    if issued_year:
        m = rx.search(r"-(\d\d)-", issued_on)
        # (or a winter's plan, the season ending next spring: "今冬明春,云南计划发展冬早蔬菜基地510万亩", a page of 2010-12-22)
        if m and int(m.group(1)) >= 10 and (f"{issued_year + 1}年" in opening or rx.search(r"明年|下一年|来年|今冬明春", opening)):
            # issued in the last quarter about the coming year: 虹口's list signed 2013-10-31,
            # "编制了《2014年要完成的…实事》", plans 2014
            return issued_year + 1, issued_year + 1
        return issued_year, issued_year
    paired = results_beside_aims(body)
    if paired:
        return paired[1], paired[1]  # a page of one year's results beside the next year's aims plans the later year
    m = rx.search(r"自((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?起", opening)
    if m:
        return int(m.group(1)), int(m.group(1))  # "自2022年1月1日起施行"
    cited = [int(y) for y in rx.findall(r"〔((?:19|20)\d\d)〕", opening)]
    if cited:
        # years only inside the numbers of the documents it implements (苏政发〔2022〕1号): it was
        # issued no earlier than the latest of them, and such a measure works for that year
        return max(cited), max(cited)
    return None, None


def _year_named_list(more: str = "") -> str:
    """A list named by its year: "2025年度十件民生实事项目", "2025年20项民心工程", "2019年,西城区区级办实事项目共5个方面、20件"
    (round 163) (group 1 the year), with ``more`` kinds of list besides."""
    kinds = "民生实事|实事项目|为民办实事|惠民实事|民生工程|民心工程" + (f"|{more}" if more else "")
    # (set off by a comma, the year heads the list's name, not an account of what was done: "2011年,连云港市共完成公路重点工程建设投入…",
    # "刚刚过去的2020年,市委、市政府实施36个为民办实事项目")
    return rf"((?:19|20)\d\d)年(?:度)?(?:[，,](?![^，,。；;!！?？]{{0,12}}?(?:完成|实现|实施|开展|推进|办理)))?[^，,。；;!！?？]{{0,12}}?(?:{kinds})"


LEAD_YEAR_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(20\d\d)年(?:的)?(?:经济社会发展(?:的)?)?(?:主要预期目标|预期目标|主要目标(?=[:：]|$)|工作安排|主要任务|重点工作|目标任务|工作任务)"
    r"|(20\d\d)年?(?:[我全本][省市县区])?(?:将|计划|拟)(?:改造|建设|新建|新增|实施|完成|推进|建成|办好|安排)")


def lead_year(lines: list[str]) -> int | None:
    """The year of the heading or headline a page's targets sit under: "2025年工作安排" (湘潭's part of
    its report), "二、2025年主要预期目标", "2011年主要目标:" (a zone's aims under its director's name), "内蒙古2024将改造城镇老旧管网2220公里",
    "2022年我省计划安排省重点(重大)项目152个" (a press conference's opening, round 152) → that year; a heading
    that reviews ("2024年工作回顾") gives none."""
    for line in lines:
        m = LEAD_YEAR_RE.search(_compact(line))
        if m:
            return int(m.group(1) or m.group(2))
        m = LEDE_WORK_YEAR_RE.match(_compact(line))
        if m and not rx.search(r"取得|完成了|实现了|增长了|比上年|同比", line):
            # a lede that opens on the year and the work it sets out: "2013年,着力构建现代化的城镇体系,加快城乡一体化进程。"
            # (洛阳's undated page under 「核心提示」, round 179); one that tells what the year achieved gives none
            return int(m.group(1))
    return None


# a lede opening on a year, a comma, then the work the year is to do: "2013年,着力构建…", "2016年,加快推进…"
LEDE_WORK_YEAR_RE = re.compile(r"(20\d\d)年[，,]\s*(?:着力|加快|大力|聚焦|全力|集中力量)(?:构建|推进|打造|建设|实施|抓好|提升|推动)")


def reviewed_year(text: str) -> int | None:
    """The year a work report's review covers: "2021年工作回顾", "回顾了2012年…", else None."""
    years = [int(next(g for g in groups if g)) for groups in
             rx.findall(r"回顾(?:了)?(20\d\d)年|(20\d\d)年(?:工作回顾|政府工作回顾)|对(20\d\d)年(?:的)?(?:政府)?工作(?:作|进行)?了?(?:全面|系统)?回顾", text)]
    return max(years) if years else None


def work_report_year(text: str) -> int | None:
    """The year a work report sets targets for, when no date says it: the year it names with its
    targets ("提出了2013年的政府工作目标", "2025年主要预期目标", "二、2025年工作安排"), else the year after
    the one it reviews ("回顾了2012年的政府工作", "一、2024年工作回顾", "2024年是…的一年")."""
    forward = forward_year(text)
    if forward:
        return forward  # "2025年济南市经济社会发展主要预期目标是：…": a place between year and subject
    plan_year = five_year_plan_year(text)
    if plan_year:
        return plan_year
    reviewed = [int(next(g for g in groups if g)) for groups in
                rx.findall(r"回顾(?:了)?(20\d\d)年|(20\d\d)年(?:工作回顾|政府工作回顾)|(20\d\d)年是[^。]{0,40}的一年", text)]
    return max(reviewed) + 1 if reviewed else None


def forward_year(text: str) -> int | None:
    """The latest year a text names with forward words (目标, 预期, 安排, 任务, 将, 计划, 力争, 抓好):
    "建议2024年全旗经济社会发展主要预期目标确定为", "对《政府工作报告》提出的2026年重点工作任务予以分解",
    "切实抓好2023年全县烟叶工作", "对32项县域经济考核指标进行了分析和2021年度目标设定", a headline's
    "2023,江苏将重点完成这55件民生实事" → that year. A bare year in a headline is not one: "2021年
    全县经济社会发展各项目标任务高质量全面完成" reviews 2021."""
    forward = [int(y) for y in rx.findall(rf"(20\d\d)年(?:的|{SELF_SCOPE_ALT}|[\u4e00-\u9fff]{{1,8}}?(?:省|市|县|区|旗))?(?:政府工作目标|政府工作总体要求|经济社会发展(?:的)?(?:主要)?(?:预期)?目标|主要预期目标|预期目标|发展目标|(?:目标|工作)任务(?!高质量|全面完成|圆满完成)|工作安排|主要任务|重点工作|主要工作)", text)]
    # "在2024年政府工作安排中,加快构建…现代化产业体系,被列为一项首要重点工作"
    # a report's section: "三、2019年政府工作重点任务" (菏泽's report, its fifth page, round 109)
    forward += [int(y) for y in rx.findall(r"(20\d\d)年政府工作(?:安排|部署|目标任务|总体要求|重点任务|主要任务)", text)]
    # the place by its stem and 的: "2026年广东的主要预期目标包括"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff]{2,6}的(?:主要预期目标|预期目标|主要目标|经济社会发展目标)", text)]
    # the year's report stating its aims: "2024年湖北省政府工作报告提出,聚焦保障改善民生", "2024年南京市政府工作报告发布:"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff]{0,8}?《?政府工作报告》?(?:提出|明确|发布)[，,:：]", text)]
    forward += [int(y) for y in rx.findall(r"(?<![\d.])(20\d\d)(?:年|(?<=^\d{4})[，,])(?:及未来[一二三四五]年)?[\u4e00-\u9fff“”]{0,8}?(?:将|计划|力争|要)(?:接续|全力|继续|重点|着力|集中)?(?:办好|实施|推进|完成|建设|做好|出列|摘帽|脱贫|提高|提升|加快|推动|打造)", text)]
    forward += [int(y) for y in rx.findall(r"(?:抓好|做好|办好|完成好|部署)(20\d\d)年(?:度)?[\u4e00-\u9fff]{0,12}?工作", text)]
    # a list a page sets for the year, or the report it explains: "明确2023年民生项目任务单", "《政府工作报告》解读2017",
    # "省发改委公布2024年省重点建设项目名单"
    # (or hands down: "下达2021年贵州省重大工程项目名单及推进计划", round 124)
    # (or the year's plan it issues: "发布《临沂市人民政府关于印发2014年国民经济和社会发展计划的通知》", round 171)
    forward += [int(y) for y in rx.findall(r"(?:明确|确定|出台|印发|公布|下达)(20\d\d)年[\u4e00-\u9fff]{0,8}?(?:任务单|任务清单|项目清单|项目名单|重点建设项目|重大工程项目|民生项目|实事|国民经济和社会发展计划)", text)]
    # a page that reads the year's report: "研读2026年政府工作报告", "根据2024年长沙市政府工作报告,长沙今年计划…"
    forward += [int(y) for y in rx.findall(r"(?:研读|解读|学习|根据|依据|对照)(20\d\d)年[\u4e00-\u9fff]{0,8}?《?政府工作报告", text)]
    forward += [int(y) for y in rx.findall(r"政府工作报告》?\s*解读\s*[:：]?\s*(20\d\d)", text)]
    # a news page's question: "2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff]{0,4}?经济社会发展的?(?:重点|(?:主要)?(?:预期)?目标)", text)]
    # the report setting them: "作《政府工作报告》时对全省2022年经济社会发展提出了总体要求和预期" (甘肃's sessions, round 204)
    forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff]{0,4}?经济社会发展(?:工作)?提出了?(?:总体要求|主要目标|预期目标|目标|预期)", text)]
    forward += [int(y) for y in rx.findall(r"(20\d\d)年度?目标(?:设定|设置|确定|分解)", text)]  # "进行了分析和2021年度目标设定"
    # a year's investment plan issued: "2016年度淮安中心城市建设项目投资计划近日以市政府“一号文”的形式正式下发"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年度?[\u4e00-\u9fff“”]{0,16}?(?:投资计划|建设计划|项目计划)(?![\u4e00-\u9fff]{0,4}(?:执行|完成|落实))", text)]
    # a headline's bare year before the aims it gives: "西安发布2023经济预期发展目标:GDP增长约7%"
    forward += [int(y) for y in rx.findall(r"(?<![\d.])(20\d\d)(?![\d.])年?[\u4e00-\u9fff]{0,6}?预期(?:发展)?目标", text)]
    # the year's aims: "2018年江西旅游业发展的总体目标为…", a headline's "2018年目标要破8000亿" (not "2021年目标任务高质量全面完成")
    forward += [int(y) for y in rx.findall(r"(20\d\d)年度?(?:[\u4e00-\u9fff]{2,10}?的)?(?:总体目标|发展目标|目标)(?:为|是|要)", text)]
    # the sessions that set the year's targets, and a target set: "河南多市2025年两会陆续召开", "多地将2025年经济增速定在6%左右"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff]{0,4}?两会", text)]
    forward += [int(y) for y in rx.findall(r"将(20\d\d)年[\u4e00-\u9fff]{0,10}?定(?:在|为)", text)]
    # the session that hears the report reads the coming year's plan: "…计划执行情况与2025年国民经济和社会发展计划草案的报告"
    forward += [int(y) for y in rx.findall(r"执行情况(?:与|和|及)(20\d\d)年[\u4e00-\u9fff]{0,20}?(?:计划|预算)草案", text)]
    # a plan retold: "湖南日前出台《湖南省提振消费专项行动方案》提出,2025年,全省实现社会消费品零售总额增长5.5%以上"
    forward += [int(y) for y in rx.findall(r"》(?:提出|明确)[，,:：]?\s*(?:到)?(20\d\d)年[，,]", text)]
    # "现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见"
    forward += [int(y) for y in rx.findall(r"(20\d\d)年\s*《?政府工作报告》?\s*(?:确定|提出|部署)的(?:重点工作|目标任务|主要任务|主要目标)", text)]
    if "今年" in text:  # "日前,长春2014年建设幸福净月工作会议召开,今年净月高新区将…": the year the meeting opens
        forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff“”]{0,14}?工作(?:会议|大会)召开", text)]
        # "1月25日召开的2024年重庆市农业农村委主任和乡村振兴局局长会议…划出了今年…的目标"
        forward += [int(y) for y in rx.findall(r"召开的(20\d\d)年[\u4e00-\u9fff“”]{0,30}?会议", text)]
        # the year's works started together: "在呼和浩特市和林格尔县2016年农村“十个全覆盖”及人居环境综合整治工程集中开工仪式现场"
        # (round 175), its 今年 that year
        forward += [int(y) for y in rx.findall(r"(20\d\d)年[\u4e00-\u9fff“”]{0,40}?集中开工(?:仪式|活动)", text)]
    # "2024年,我们将锚定…", "2025年,莱芜区将奋进新征程", "2017年,区政府将努力为民办好十件实事"
    forward += [int(y) for y in rx.findall(rf"(20\d\d)年[，,]\s*(?:我们|{SELF_SCOPE_ALT}|[\u4e00-\u9fff]{{1,6}}[省市县区旗]|[省市县区]?(?:人民)?政府)将", text)]
    # (a division by its short name: "市长孙道军在政府工作报告中介绍,2024年,仙桃将大力…" on 仙桃's congress page of 29 December
    # 2023, round 178)
    # (or with no comma: "2月6日,记者从自治区政府新闻办…获悉,2024年宁夏将紧盯群众关心的…实施“八项民生工程”" on a press page
    # dated without its year, round 194)
    forward += [int(m.group(1)) for m in rx.finditer(r"(20\d\d)年[，,]?\s*([\u4e00-\u9fff]{2,3})将", text) if is_place_name(m.group(2))]
    # deeds promised for the year: "市政府决定,2000年为群众办好以下“十件事”" (西安)
    forward += [int(y) for y in rx.findall(r"(20\d\d)年(?:要|将|继续)?为(?:全市|全县|全区|全省)?(?:群众|民|人民群众|市民|居民|人民)办好", text)]
    # the year a plan calls itself: "2024年是新中国成立75周年,是实施“十四五”规划的关键之年" (not "…极不平凡的一年"),
    # "2013年是实现“十二五”节能、降碳、减排约束性目标承前启后的关键一年" (河北's energy-saving notice, round 173)
    forward += [int(y) for y in rx.findall(r"(20\d\d)年是[^。]{0,40}?(?:关键之年|攻坚之年|开局之年|收官之年|承上启下之年|决胜之年|奋进之年)", text)]
    # ("…关键一年" only when its aims follow: a report's review opens on it too, "2024年是…的关键一年。一年来,我们…")
    forward += [int(y) for y in rx.findall(r"(20\d\d)年是[^。]{0,40}?关键(?:的)?一年(?=[^。]{0,40}?(?:确定|提出|明确)了?[^。]{0,40}?目标|。\s*[\u4e00-\u9fff]{1,8}?要(?!求))", text)]
    # the year, a comma, the places that act and what they plan: "记者…获悉,2007年,广西沿海钦州、北海、防城港三市计划开工建设码头项目
    # 15项" (an undated page, round 204)
    forward += [int(y) for y in rx.findall(r"(?<![\d.])(20\d\d)年[，,]\s*[\u4e00-\u9fff、]{2,24}?(?:计划|将|拟)(?:开工|新建|建设|实施|完成|投资|安排)", text)]
    # a sentence that opens on the year and what it must get done: "…提出了发展目标。2018年确保完成接待国内外游客2.9亿人次"
    # (甘肃's tourism meeting, undated, round 202)
    forward += [int(y) for y in rx.findall(r"(?:^|[。；;!！])\s*(20\d\d)年[，,]?(?:要|将)?(?:确保|力争)(?:完成|实现|达到)(?!了)", text)]
    # a news headline that gives the place, then the year's targets: "济南市历下区:2022年地区生产总值增长8%以上"
    forward += [int(y) for y in rx.findall(r"^[\u4e00-\u9fff]{2,12}[:：](20\d\d)年[^，,。]{0,16}?(?:增长|达到|突破|超过)", text)]
    return max(forward) if forward else None


PLAN_OPENS_RE = re.compile(r"(?<!为)(?:实现|迎来|开启)[“\"]?(十[三四五六])五[”\"]?(?:规划)?良好开局(?!打)|[“\"]?(十[三四五六])五[”\"]?(?:规划)?(?:的)?开局(?:起步)?之年")
PLAN_CLOSES_RE = re.compile(r"[“\"]?(十[三四五六])五[”\"]?(?:规划)?(?:的)?收官之年")


def five_year_plan_year(text: str) -> int | None:
    """The year a text works for when it names it only by the five-year plan: "奋力实现“十五五”良好开局"
    and "“十四五”开局之年" → the plan's first year (2026, 2021), "“十四五”规划收官之年" → its last (2025);
    not "为实现“十五五”良好开局打牢基础" (the year before)."""
    m = PLAN_OPENS_RE.search(text)
    if m:
        return FIVE_YEAR_PLANS[(m.group(1) or m.group(2)) + "五"][0]
    m = PLAN_CLOSES_RE.search(text)
    if m:
        return FIVE_YEAR_PLANS[m.group(1) + "五"][1]
    return None


DOC_TYPES = [
    # within one phrase: "…作政府工作报告，回顾了2012年…，提出了2013年的目标" is the report itself
    (r"政府工作报告[^，,。；;]{0,20}(分工|任务|分解|清单|落实|责任|台账|督办|目标任务|目标责任)|(落实|分解|贯彻).{0,6}政府工作报告|重点督办|督办的通知|(重点工作|目标任务|工作任务)及?(责任)?(分解|分工)|实事[^，,。；;]{0,6}任务(分解|分工)", "task_division"),
    (r"政府工作报告|政府工作目标(?![\u4e00-\u9fff]{0,6}(?:考核|责任|任务|分解))", "work_report"),  # a page on a report's aims: "2013年政府工作目标"
    (r"若干政策|若干措施|政策措施|扶持政策|支持政策|奖励政策|出台新政|奖补|激励措施|若干意见|扶持办法|奖励办法|补助办法|资金管理办法|支持措施|的措施$", "policy_package"),
    (r"考核|考评|评价办法|目标责任", "assessment"),
    (r"责任清单|任务清单", "responsibility_list"),
    (r"分工", "task_division"),
    (r"规划纲要|国民经济和社会发展", "plan_outline"),
    (r"规划", "special_plan"),
    (r"实施方案|实施意见|工作方案|实施细则", "implementation_plan"),
    (r"行动计划|行动方案|三年", "action_plan"),
    (r"重点工作|工作要点|工作任务", "annual_tasks"),
]


def infer_doc_type(title: str) -> str:
    """The genre from the title: 若干政策措施 → policy_package, 政府工作报告 → work_report,
    …重点工作任务部门分工方案 → task_division, 考评办法 → assessment, 三年行动计划 → action_plan."""
    for pattern, kind in DOC_TYPES:
        if rx.search(pattern, title):
            return kind
    return ""


# the subject of a lede that acts this year: "记者从岳阳市劳动就业服务局获悉,今年岳阳市将实现城镇新增就业5.2万人"
LEDE_ACTOR_RE = re.compile(r"(?:今年|明年)[，,]?\s*([\u4e00-\u9fff]{2,8}?[市县区旗])(?:将|计划|要|力争)")


# a line that names the site a page was taken from: "摘自上海市门户网站" — no issuer, no place of its own (round 187)
TAKEN_FROM_RE = re.compile(r"\s*(?:摘自|转自|选自|转载自)")


def infer_place(issuing_body: str, title: str, head: list[str], tail: list[str]) -> Place | None:
    """The document's own jurisdiction: the place its issuing body names, or a more specific one its
    title names (a zone of that city, a county of it); a work report's 在××市第十八届人民代表大会."""
    from etl.divisions import bare_mentions

    # recipients, captions and the bodies responsible for an item are never the issuer: "责任单位:…、丽水开发区管委会"
    head = [without_byline(l) for l in head if not is_addressee_line(l) and not is_photo_caption(l) and not RESPONSIBILITY_LINE_RE.match(l)
            and not TAKEN_FROM_RE.match(l)]
    context = "".join(head[:30])
    aided = place_a_title_supports(title, issuing_body + context)
    if aided:
        return aided
    short = place_of_headline_abbreviation(head)
    if short and not issuing_body and not title:
        return short
    texts = [issuing_body, title]
    # the place's own congress names it: "衔接江津区第十五次党代会提出的…奋斗目标"
    texts += [_whose_session(l) for l in head[:30] if rx.search(r"人民代表大会|党代会|党员代表大会|次代表大会|委员会第[一二三四五六七八九十]+次全体|委[一二三四五六七八九十]+届[一二三四五六七八九十]+次全(?:体|会)[^，,。；;]{0,12}?(?:召开|举行|开幕|闭幕)|(市长|县长|区长|省长|主任)\s*\S{0,4}$|文件$|人民政府$|管委会$|委员会$", l)]
    # (a closing line that names the site it was taken from names no issuer: "摘自上海市门户网站", round 187)
    texts += [l for l in tail if len(l) <= 30 and ORG_RE.search(l) and not TAKEN_FROM_RE.match(l)]
    texts += head[:12]
    found: list[Place] = []
    designated = len(texts) - len(head[:12])
    once = lines_once(head, tail)
    own_kind = self_kind(once)
    for k, text in enumerate(texts):
        if k == designated and not found:
            own = place_in_own_practice(head)
            if own:
                return own  # "结合成都高新区实际,制定本行动方案" outranks a place the body merely names
        if not text:
            continue
        text = text.replace("中共", "")
        if text not in (issuing_body, title):
            text = rx.sub(r"《[^》]*》|〈[^〉]*〉", "", text)  # cited documents name other places
        place = first_place(text, context)
        if not place:
            continue
        if k >= designated and found:
            break
        if k >= designated and place.level == "zone" and (not place.parent or _worked_on(text, place) and not _names(title or (head[0] if head else ""), place)
                                                                  or not (bare_mentions(place.name) or _named_just_before(text, place))):
            # a body line's zone carries its place in its name ("青岛高新区") or by it ("长春…今年净月高新区将…"):
            # "建设2个以上专业型文化产业园区", "项目向循环经济产业园区集聚" name kinds of park, not a zone
            # a body line's "建设共同富裕示范区" names no place with it; "推动新余经开区工业主营业务收入突破1000亿元"
            # is a zone the page works on, not its own
            continue
        if k >= designated and place.level != "zone" and rx.search(
                re.escape(place.name) + r"[\u4e00-\u9fff]{0,20}?(?:产业园|产业城|工业园|园区|基地|示范区)", text):
            continue  # a park named after its place: "加快…高要区新能源汽车先进储能材料产业园建设" on 肇庆's page
        if k >= designated and rx.search(r"(?:成为|入选|获评|评为|荣获|获得|列为|列入|创成|授予)\s*" + re.escape(place.name), text):
            continue  # an honour the page's place won names a higher one: "成为四川省电子商务进农村示范县" (广安区)
        if k >= designated and _partner_or_route(text, place):
            continue
        if k >= designated and rx.search(r"在[^，,。；;]{0,10}?" + re.escape(place.name) + r"[^，,。；;]{0,12}?现场", text):
            continue  # where an event was held: "在石嘴山平罗县项目建设现场,宁夏…1313个重大项目…同步开工" (宁夏's page, round 112)
        if k >= designated and rx.search(re.escape(place.name) + r"(?:人民)?政府[^，,。；;]{0,6}?(?:批复|批准)", text):
            continue  # the higher body that approved the page's plan: "山东省政府日前批复了济宁城市总体规划" (济宁's page, round 133)
        if k >= designated and rx.search(re.escape(place.name) + INSTITUTION_AFTER, text):
            continue  # a works or a school named after its place: "金华市第二水厂6月建成投运" (a page that calls itself 全市)
        if k >= designated and rx.search(r"以[^，,。；;]{0,40}?" + re.escape(place.name) + r"[^，,。；;]{0,30}?为代表", text):
            continue  # a project a class is shown by: "以淮安金融中心、高铁新区为代表的商贸服务项目93个" (淮安's page)
        if k >= designated and place.name in parts_of_the_whole(text, own_kind):
            continue  # a part of the page's place, ranked, listed or given its share: "潍城区、安丘市…进度居全市前列"
        if k >= designated:
            # only the opening lines name it: take one of the kind the text calls itself (我市 → 市); a zone
            # calls itself 全区, so a page about 全市 only names one of its parks ("玉林高新区产值突破100亿元")
            if own_kind and not place.name.endswith(own_kind) and (place.level != "zone" or own_kind in ("省", "市", "县") and place.parent.endswith(own_kind)) \
                    and not (k == designated and (actor := LEDE_ACTOR_RE.search(text)) and _names(actor.group(1), place)):
                # (unless the lede's own subject acts: "…,今年岳阳市将实现城镇新增就业5.2万人" on a page that then retells
                # 我省's aims and 岳阳's share of them, round 146)
                continue
        found.append(place)
        if text in (issuing_body, title) or text.replace("中共", "") in (issuing_body.replace("中共", ""), title):
            continue
        break
    if not found:
        named_most = place_from_self_reference(once)
        subject = place_from_headline_subject(head) if named_most else None
        if subject and subject.parent == named_most.name:
            # the city its paper names is above the place its headline sets acting: "长乐将新增幼儿学位4500个" over
            # "来源:福州日报", "福州新闻网9月15日讯" → 长乐区 (round 191)
            return subject
        return named_most and _own_place_within(named_most, once)
    body_place = found[0] if issuing_body and found and _names(issuing_body, found[0]) else None
    title_place = next((p for p in found if _names(title, p)), None) if title else None
    if body_place and title_place and title_place.name != body_place.name:
        if title_place.parent == body_place.name or (title_place.level == "zone" and title_place.parent in ("", body_place.name)):
            return title_place
        return body_place
    return body_place or _district_acting_in_the_lede(title_place or _own_place_within(found[0], once), head)


def place_of_headline_abbreviation(head: list[str]) -> Place | None:
    """A news headline that opens on a municipality's one-character name, the name written out in the lines under it:
    「津中心城区散片旧楼区提升改造明细表 首批469个小区已开工」 over 「天津散片旧楼区提升改造上午部署…」 → 天津市 (round 227),
    not a district the body lists as the work's reach. Only the four municipalities (津 alone would also open 津市市's
    pages, so the name must be written out below)."""
    if not head:
        return None
    m = rx.match(r"\s*([京津沪渝])(?![\u4e00-\u9fff]{0,1}?[市县区])", head[0])
    full = m and PROVINCE_ABBREVIATIONS[m.group(1)]
    if not full or full[:2] not in "".join(_compact(line) for line in head[1:6]):
        return None
    return Place(full, "province", "")


def _district_acting_in_the_lede(city: Place, head: list[str]) -> Place:
    """A headline's city, its lede about one of the city's districts, named after the city and then doing what the page
    tells: 「长春市南湖大路、红旗街等9条林荫道今年开建」 / 「23日,长春市朝阳区召开…动员大会。记者从会上获悉,朝阳区将建设南湖大路、
    红旗街、自由大路等9条林荫道」 → 朝阳区 (长春's, not 北京's; round 165). The city itself otherwise."""
    from etl.divisions import lookup

    if city.level != "city":
        return city
    lede = "".join(_compact(line) for line in head[1:5])
    for m in rx.finditer(rf"(?:{_either_name(city)})([\u4e00-\u9fff]{{1,4}}?[区县])", lede):
        district = lookup(m.group(1), city.name)
        acts = rx.search(re.escape(m.group(1)) + r"(?:还|也|今年|明年)?(?:将|计划|要|力争)", lede[m.end() :])
        if district and district.parent == city.name and acts:
            return Place(district.name, district.level, district.parent)
    return city


# what follows a place in the name of a works, a company or a school: "金华市第二水厂", "浦江水晶加工企业"
INSTITUTION_AFTER = r"(?:第[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{0,4}?(?:厂|院|中学|小学|医院)|[\u4e00-\u9fff]{0,6}?(?:水厂|电厂|公司|集团|企业|医院|中学|小学|大学|学院))"


def place_a_title_supports(title: str, context: str) -> Place | None:
    """A higher place's document for one of its own: "福建省人民政府办公厅关于支持福州实施强省会战略的若干意见" speaks for 福州市,
    every figure of it that city's — a place within the issuer's, named after 关于支持 and before what it is to do."""
    m = rx.search(r"关于支持([\u4e00-\u9fff]{2,8}?)(?:实施|建设|加快|打造|推进|推动|高质量|做强|创建|率先)", title or "")
    place = _place_by_one_stem(m.group(1), context) if m else None
    return place if place and place.parent and place.parent in (title or "") + context else None


# what stands before a place a page works with or measures itself against: "加强与", "与省外对标的" (not a report to a
# congress about its own place: "向大会书面报告长沙市2013年国民经济和社会发展计划执行情况")
# (and the place whose projects or people the page draws in: "引进北京资源项目在津落地", "承接和吸纳北京科创人才", 天津's page,
# round 115)
PARTNER_WORDS = r"(?:与|同|向|对标|学习|对接|对口|协作|引进|承接|吸纳)(?:(?!报告|汇报)[^，,。；;]){0,8}?"


def _after_a_partner_word(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a partner's: "加强与广东省优质培训资源合作", "与省外对标的广东顺德"."""
    return rx.search(PARTNER_WORDS + "$", text[max(0, start - 12) : start]) is not None


def _either_name(place: Place) -> str:
    """A pattern for a place by its full name or its short one: "长春市|长春"."""
    from etl.divisions import short_name

    return "|".join(map(re.escape, dict.fromkeys((place.name, short_name(place.name)))))


def _partner_or_route(text: str, place: Place) -> bool:
    """A body line names a place the page works with, measures itself against or builds a road to, not its own:
    "加强与广东省优质培训资源合作" (贵州's page), "与省外对标的广东顺德、辽宁海城等地差距巨大" (香河's), "加快建设G0711线
    乌鲁木齐至尉犁高速公路" (新疆's)."""
    names = _either_name(place)
    # (not the place money is handed down to: "国家和省向阿坝州下达了退牧还草工程…投资5763万元" is 阿坝州's page, round 190)
    partner = rx.search(rf"{PARTNER_WORDS}(?:{names})(?![州市县区省盟]?了?(?:下达|下拨|拨付|划拨|分配))", text)
    route = rx.search(rf"(?:{names})[\u4e00-\u9fff]{{0,3}}至[\u4e00-\u9fff]{{2,10}}?(?:高速公路|公路|铁路|高铁|段|航线)", text)
    return bool(partner or route)


def _own_place_within(place: Place, lines: list[str]) -> Place:
    """A place named in the body may be the one above the page's own: "落实郑州市委十二届七次全会精神" is its
    city's, while "开创中国式现代化建设荥阳实践新局面" names its own, a county of that city → 荥阳市."""
    own_frame = place_from_self_frame(lines)
    return own_frame if own_frame and own_frame.parent == place.name else place


def listed_places(text: str) -> set[str]:
    """The divisions a 、-list of three or more names in one sentence: "这14个重点镇是:邛崃市羊安镇、彭州市濛阳镇、温江区万春镇…"
    (成都's page, round 198), "逐步解决该公司带管县所辖的环江毛南族自治县、平南县、…" name parts of the page's place, not the place."""
    from etl.divisions import lookup, mentions

    listed: set[str] = set()
    for sentence in rx.split(r"[。；;！!？?]", text):
        found = mentions(sentence)
        if len({name for _, _, name in found}) >= 3 and all("、" in sentence[a[1] : b[0]] for a, b in zip(found[:3], found[1:3])):
            listed |= {name for _, _, name in found}
    # (not the whole the others are parts of: "包括:德阳经开区天山路、芦德路旌阳段…什邡市…" on 德阳市's page, round 120)
    parents = {d.parent for d in map(lookup, listed) if d}
    return listed - parents


def _province_acting_over(place: Place | None, lines: list[str]) -> Place | None:
    """A province's page that shows one of its districts' works: its headline and lede name the province, not the district,
    and the province acts for the year — 「连日来,四川多个住建领域项目抢抓建设进度」, 「成都市锦江区东湖街道…改造项目即将竣工」,
    「今年,四川将改造城中村10万户」 (round 196) → 四川省. A district the opening names, or a province the page never sets acting
    in a year, stays."""
    from etl.divisions import lookup, short_name

    if not place or place.level not in ("city", "county", "district") or len(lines) < 3:
        return place
    d = lookup(place.name, place.parent)
    province = d.province if d else ""
    if not province:
        return place
    stem = short_name(province)
    opening = "".join(_compact(l) for l in lines[:2])
    if _names(opening, place) or stem not in opening:
        return place
    if not rx.search(rf"(?:今年|明年|(?:19|20)\d\d年)[，,]?\s*{re.escape(stem)}(?:省)?(?:将|计划|要|力争)", "".join(_compact(l) for l in lines)):
        return place
    p = lookup(province)
    return Place(p.name, p.level, p.parent) if p else place


def _named_just_before(line: str, place: Place) -> bool:
    """The zone's place is named in the 40 characters before it: "长春2014年建设幸福净月工作会议召开,今年净月高新区将…"
    (not "建设沈阳地区…基地。做强…。做大…,加快环保产业项目向循环经济产业园区", far from it)."""
    from etl.divisions import short_name

    at = line.find(_zone_core(place.name)[:2])
    return bool(place.parent) and at >= 0 and short_name(place.parent) in line[max(0, at - 40) : at]


def _worked_on(line: str, place: Place) -> bool:
    """The line names the zone as what the page acts on: "推动新余经开区工业主营业务收入突破1000亿元",
    "以新余经开区三大片区为核心", "培育青岛西海岸新区蓝色跨越引擎" (not "实施“青岛高新区科技创新发展1622行动”", its own)."""
    from etl.divisions import short_name

    core = _zone_core(place.name)[:2]
    city = re.escape(short_name(place.parent)) if place.parent else ""
    # its city may stand between: "山东将…培育青岛西海岸新区蓝色跨越引擎"
    return bool(rx.search(rf"(?:推动|推进|支持|依托|围绕|助力|服务|对接|融入|加快|以|培育|打造)\s*(?:{city})?\s*{re.escape(core)}", _compact(line)))


def _whose_session(line: str) -> str:
    """The words just before a congress or a plenary name whose it is, whatever the line named before:
    "为推动湖南省委…战略落地,在近日召开的江华瑶族自治县第十二届委员会第四次全体(扩大)会议上" → "江华瑶族自治县";
    a line without such a session is kept whole."""
    # a county's party congress told without 党员: "记者从 旺苍县第十二次代表大会上获悉"
    m = rx.search(r"([^，,。；;、的\s]{2,24}?)第[一二三四五六七八九十\d]+(?:届|次)(?:人民代表大会|委员会|党代会|党员代表大会|代表大会)", line)
    if m:
        return m.group(1)
    # a committee's plenary being held, not one whose spirit is carried out: "中共柳州市委十届二次全体(扩大)会议昨日召开"
    # (not "落实郑州市委十二届七次全会精神")
    m = rx.search(r"([^，,。；;、的]{2,24}?[省市县区])委[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次全(?:体|会)"
                  r"[^，,。；;]{0,12}?(?:召开|举行|开幕|闭幕)", line)
    return m.group(1) if m and not rx.search(r"贯彻|落实|学习|精神", m.group(1)) else line


def lines_once(head: list[str], tail: list[str]) -> list[str]:
    """A document's opening and closing lines with the lines they share counted once: a page of 40
    lines is its own head and its tail is its last 25, so a stem named once there ("科技创新和产业
    创新" → 新和) must not count twice."""
    for k in range(min(len(head), len(tail)), 0, -1):
        if head[-k:] == tail[:k]:
            return head + tail[k:]
    return head + tail


def is_addressee_line(line: str) -> bool:
    """The notice's recipients: "各市、自治州人民政府，兰州新区管委会，省政府各部门，中央在甘各单位：" —
    a line that ends with a colon and lists bodies with 各."""
    compact = _compact(line)
    return bool(rx.search(r"[：:]$", compact)) and "关于" not in compact and bool(
        compact.startswith("各") or rx.search(r"各(?:部门|单位|直属|委|办|局|有关)", compact))


def place_in_own_practice(lines: list[str]) -> Place | None:
    """The place a document fits itself to, named in full: "结合成都高新区实际,制定本行动方案" → 成都高新区,
    "结合眉山实际" → 眉山市 (a stem naming one division), ahead of any place the body merely names ("加快
    建设环成都经济圈…")."""
    body = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    places: set[Place] = set()
    for m in rx.finditer(r"结合([\u4e00-\u9fff]{2,14}?)(?:的)?实际", body):
        place = first_place(m.group(1), body) or _place_by_one_stem(m.group(1), body)  # "结合眉山实际" → 眉山市
        if place:
            places.add(place)
    return places.pop() if len(places) == 1 else None


def place_from_stem(title: str, issuing_body: str, lines: list[str]) -> Place | None:
    """A place named only by its stem where a document speaks of itself: its title, its issuing line,
    or "结合淮安实际，制定如下实施细则" → 淮安市 — when the stem names one division (a province's or
    city's short name, a county's stem). Cited titles 《…》 name other documents' places."""
    texts = [rx.sub(r"《[^》]*》", "", t) for t in (title, issuing_body) if t]
    body = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    texts += [m.group(1) for m in rx.finditer(r"结合([\u4e00-\u9fff]{2,6}?)(?:的)?实际", body)]
    return next((place for place in (_place_by_one_stem(text, body) for text in texts) if place), None)


def _place_by_one_stem(text: str, context: str) -> Place | None:
    """The division ``text`` names when it names exactly one, by full name or stem: "淮安" → 淮安市."""
    from etl.divisions import bare_mention_spans, lookup

    # (not a works named after a place: "推进美兰机场三期、三亚新机场、儋州机场规划建设", a subheading of 海南's page, round 188)
    names = list(dict.fromkeys(name for start, end, name in sorted(bare_mention_spans(text))
                               if not rx.match(r"新?(?:国际)?(?:机场|港|火车站|高铁站|站|大桥|枢纽)", text[end:])))
    d = lookup(names[0], context) if len(names) == 1 else None
    return Place(d.name, d.level, d.parent) if d else None


# one-character names of provinces as their document numbers begin (鲁政发〔2023〕5号 → 山东省); 青 is
# left out (青海 and 青岛 both use it), as are the cities' (济 is 济南 and 济宁)
PROVINCE_ABBREVIATIONS = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省", "辽": "辽宁省",
    "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省",
    "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "琼": "海南省", "川": "四川省",
    "黔": "贵州省", "滇": "云南省", "云": "云南省", "陕": "陕西省", "甘": "甘肃省", "桂": "广西壮族自治区",
    "蒙": "内蒙古自治区", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区", "藏": "西藏自治区",
}


def province_from_doc_number(doc_number: str) -> Place | None:
    """"鲁政办字〔2023〕45号" → 山东省: a province's document number starts with its one-character name
    and an office word (政, 发, 办…)."""
    m = rx.match(r"^(.)(政|发|办|财|教|工|科|农|商|建|交|卫|环|人社|民)", doc_number)
    if not m or m.group(1) not in PROVINCE_ABBREVIATIONS:
        return None
    from etl.divisions import lookup

    d = lookup(PROVINCE_ABBREVIATIONS[m.group(1)])
    return Place(d.name, d.level, d.parent) if d else None


def issuer_from_doc_number(doc_number: str) -> str:
    """A province government's own numbers name it: "甘政发〔2022〕9号" → 甘肃省人民政府, "鲁政办字〔2023〕45号"
    → 山东省人民政府办公厅; "" for any other number (a department's "鲁财预〔2023〕1号" names no body here)."""
    m = rx.match(r"^(.)政(办)?(?:发|字|函)", doc_number)
    province = province_from_doc_number(doc_number) if m else None
    if not province:
        return ""
    return province.name + ("人民政府办公厅" if m.group(2) else "人民政府")


def self_kind(lines: list[str]) -> str:
    """How the text speaks of its own place: "我市"/"全市" → "市", "我县" → "县", "我旗"/"全旗" → "旗" (a
    banner of Inner Mongolia), "" when it doesn't."""
    from collections import Counter

    text = rx.sub(r"《[^》]*》", "", "".join(lines))
    speaker = rx.search(r"代表(省|市|县|区)(?:人民)?政府", text)
    if speaker:
        return speaker.group(1)  # "我代表市人民政府，向大会报告工作" (its 全区 may be the autonomous region)
    # not the place it is measured against ("固定资产投资增速高于全省" is a city's; so are a rank and a share:
    # "经济总量由全省第五晋位第四", "占全省的87.5%", "以领跑全省…为目标", "率先在全省实现了…"), nor the levels above it that it serves ("在全省、全市发展大局中
    # 走在前列" is a district's)
    selves = Counter(m.group(1) for m in rx.finditer(
        r"(?<!高于)(?<!低于)(?<!快于)(?<!好于)(?<!优于)(?<!超过)(?<!领先)(?<!领跑)(?<!率先在)(?<![居占])(?<![、和])(?:我|全)(省|市|县|区|旗|盟|州)"
        r"(?![、和]全)(?!第|前列|首位)", text))
    return selves.most_common(1)[0][0] if selves else ""


# "责任单位:", "牵头责任单位:市城乡建设委员会、…市城乡一体化示范区管委会", "配合实施单位:各县区人民政府" (漯河's 实事, round 109)
RESPONSIBILITY_LINE_RE = re.compile(r"\s*(?:(?:牵头)?责\s*任\s*(?:单\s*位|部\s*门)|牵头单位|配合(?:实施)?单位|协办单位|主办单位|承办单位)\s*[：:]")


def place_from_self_reference(lines: list[str]) -> Place | None:
    """When no header, title or signature names the place: the division the text names most often
    whose kind matches how it speaks of itself ("我市"/"全市" → a 市, "我县" → a 县), leaving out
    places inside cited titles 《…》. "结合我市实际…开封市…" → 开封市; only 《山东省…》 → None."""
    from collections import Counter

    from etl.divisions import bare_mention_spans, listed_with_unknown_places, lookup, mentions

    kind = self_kind(lines)
    if not kind:
        return None
    # a task's 「责任单位:市建设规划局、台州经济开发区管委会」 names the bodies that do it, not the page's place
    lines = [l for l in lines if not RESPONSIBILITY_LINE_RE.match(l)]
    text = rx.sub(r"《[^》]*》", "", "".join(lines))
    # not a place it works with or measures itself against: "加强与广东省优质培训资源合作", "与省外对标的广东顺德"
    # nor a works or a school named after it: "金华市第二水厂"
    # nor a part ranked in its whole, given its share ("赤壁市100个") or listed with two others ("邛崃市羊安镇、彭州市濛阳镇、温江区万春镇")
    ranked = parts_of_the_whole(text, kind)
    counts = Counter(name for start, end, name in mentions(text) if name.endswith(kind) and not _after_a_partner_word(text, start)
                     and not rx.match(INSTITUTION_AFTER, text[end:]) and name not in ranked)
    if not counts:
        # no full name at all: the stem it names at least twice, "赤峰国际陆港…赤峰至莫斯科" → 赤峰市
        # not a neighbour it reaches: "连接江苏将力争建成4条高速公路" on 浙江's page
        # (a full name is its stem's mention too: one place in the text, once: "金华市第二水厂")
        spans = {start: (end, name) for start, end, name in reversed(bare_mention_spans(text))}
        bare = Counter(name for start, (end, name) in spans.items()
                       if name.endswith(kind) and not listed_with_unknown_places(text, start, end)
                       and not rx.search(r"(?:连接|对接|通往|通达|接轨|联通|直达|辐射)\s*$", text[max(0, start - 4) : start])
                       and not _after_a_partner_word(text, start))
        counts = Counter({name: n for name, n in bare.items() if n >= 2})
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    d = lookup(name, text)
    return Place(d.name, d.level, d.parent) if d else None


# (after the year it plans: "2020年广东将重点抓好十个方面工作 全力办好十件民生实事", round 144)
HEADLINE_SUBJECT_RE = re.compile(r"^(?:(?:未来|今后)[一二三四五六七八九十\d]年|[一二三四五六七八九十\d]{1,2}年内|(?:19|20)\d\d年)?([\u4e00-\u9fff]{2,4}?)(?:省|市|县|区)?"
                                 r"(?:(?:今年|明年|20\d\d年)?(?:将|要|拟|力争|计划|出台|印发|发布|确定|明确)|全(?:省|市|县|区)"
                                 # with the year it acts in, whatever it does: "四川今年新增400所公办幼儿园500所民办幼儿园" (round 108),
                                 # "北京今年重点治理PM2.5 实施35万亩平原造林" (round 157); with a year's number, what it is to add or build
                                 r"|(?:今年|明年)(?=[\u4e00-\u9fff])|20\d\d年(?:新增|新建|新开工|开工|建设|实施|安排|完成)"
                                 # its slogan: "未来5年深圳“卫生强市”战略,到2020年将实现"; (its span first: "五年内安徽将全省实现“市市通高铁
                                 # 县县通高速”", round 161)
                                 # or its slogan acting on its own year's work: "眉山“四个全力”推动2020年全市农业农村工作" (round 174)
                                 r"|[“\"][\u4e00-\u9fff]{2,8}[”\"](?:战略|行动|工程|计划|推动(?=20\d\d年全(?:省|市|县|区))))")


def place_from_headline_subject(lines: list[str]) -> Place | None:
    """A news headline whose subject is a place that acts: "宁夏将新增3.6万个幼儿学位 普惠性幼儿园覆盖率2025年超90%",
    "山西今年将造林260万亩", "未来五年陕西全省人均体育场地将达1.8平方米", "未来5年深圳“卫生强市”战略", "四川今年新增400所公办幼儿园" — the
    last evidence, when nothing else names the page's place."""
    from etl.divisions import is_place_name

    m = HEADLINE_SUBJECT_RE.match(_compact(lines[0])) if lines else None
    if m:
        return _place_by_one_stem(m.group(1), "".join(lines[:5]))
    # or the year it acts in before it, whatever follows (a works named after it too): "今年河北机场投11亿 唐山机场改扩建启动"
    # (round 229) → 河北省; a province or a city only, as a county's name may be a verb: "今年新建学校10所" (新建区 of 南昌)
    m = rx.match(r"(?:今年|明年)([\u4e00-\u9fff]{2,4})", _compact(lines[0])) if lines else None
    name = next((m.group(1)[:k] for k in (4, 3, 2) if is_place_name(m.group(1)[:k])), "") if m else ""
    place = _place_by_one_stem(name, "".join(lines[:5])) if name else None
    return place if place and place.level in ("province", "city") else None


# a town's or a street's page, the town its own subject: in its title, "横垛镇:实施六大工程 推进跨越发展", "关于於潜镇2023年政府民生
# 实事半年度实施情况的报告", "杭州市萧山区所前镇人民政府2023年第三季度民生实事项目推进情况" (the divisions above it fused before it),
# "向家镇第四届人民代表大会第三次会议胜利召开" (a session of its congress, round 240),
# or in its lede, "2023年,罗星街道将坚持…", "2023年,马良镇经济工作的主要预期目标是:…" (round 240)
TOWN_NAME = r"(?![全各每本该我乡镇])[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)(?<!乡镇)"
# the divisions fused before a town's name, its parent the last: "杭州市萧山区" of "杭州市萧山区所前镇"
DIVISIONS_ABOVE = r"(?P<above>(?:[\u4e00-\u9fff]{2,6}?[省市县区旗])*?)"
# (a headline that lost its county's name keeps the county's last character: "县氾水镇:锚定“百亿氾水”目标…", round 245)
TOWN_TITLE_RE = re.compile(r"^(?:关于)?(?:[县市区](?=" + TOWN_NAME + r"[:：]))?" + DIVISIONS_ABOVE + r"(?P<town>" + TOWN_NAME + r")"
                           r"(?:人民政府|党委|政府|办事处)?(?=[:：\s]|20\d\d|今后|今年|关于|“|第[一二三四五六七八九十\d]{1,3}届)")
TOWN_LEDE_RE = re.compile(r"^\s*(?:20\d\d\s*年|今年)[，,]\s*(?P<town>" + TOWN_NAME + r")(?:将|要|计划|力争|[\u4e00-\u9fff]{0,6}的主要预期目标)")
# or the town that holds the meeting its lede opens on, on the day: "…,1月25日,两河镇召开了第十八届人民代表大会", "27日,红塔镇召开
# 专题工作会议…", "3月1日至3日,通海口镇举行经济工作暨干部整训会议", "3月18日,双龙湖街道第一届议事代表大会第三次会议召开" (round 240),
# "9月11日,孝南区毛陈镇召开第八次党代会" (the division above fused before it)
# (or the day before: "昨日,高埗镇召开第十六届人民代表大会第三次会议", "昨日(2月28日)下午,常平镇召开…" (round 242); after a
# reporter's bracket: "(记者 彭凤)3月5日,菁华铺乡召开第一届党员代表大会…")
MEETING_DAY = (r"(?:(?:\d{1,2}月)?\d{1,2}日(?:\s*(?:至|-|—)\s*(?:\d{1,2}月)?\d{1,2}日)?|(?:昨日|昨天|今日|今天)(?:[(（]\d{1,2}月\d{1,2}日[)）])?)"
               r"(?:\s*[上下]午\s*(?:\d{1,2}[:：]\d{2})?)?")
TOWN_MEETING_RE = re.compile(r"(?:^|[，,:：\s)）])" + MEETING_DAY + r"[，,]?\s*" + DIVISIONS_ABOVE + r"(?P<town>"
                             + TOWN_NAME + r")(?:(?:隆重)?(?:召开|举行)|[^，,。；;]{2,24}?(?:会议|大会)(?:隆重)?召开)")


# or the town whose party secretary or head a page interviews, in the line under its headline: "——访相州镇党委书记吕传波" (round 245)
TOWN_INTERVIEW_RE = re.compile(r"^[—－\-]{1,2}\s*访" + DIVISIONS_ABOVE + r"(?P<town>" + TOWN_NAME + r")(?:党委|党工委)?(?:书记|镇长|乡长|主任)")
# or the town, its division fused before it, that an index table or a source line names as the publisher: "发布机构 | 腾冲市团田乡 |",
# "发布时间:2024-01-18 15:22 信息来源:通道县菁芜洲镇" (round 246) — also the page's issuer
TOWN_PUBLISHER_RE = re.compile(r"(?:发布机构|信息来源)\s*[:：|]\s*(?P<body>" + DIVISIONS_ABOVE + r"(?P<town>" + TOWN_NAME + r"))\s*(?:\||$)")


def _town_place(town: str, above: str) -> Place:
    """A town placed at itself, its level empty (the levels stop at county), its parent the last division of the words
    fused before it: ("所前镇", "杭州市萧山区") → 所前镇 under 萧山区; ("横垛镇", "") → no parent."""
    from etl.divisions import mentions

    divisions = mentions(above)
    return Place(name=town, level="", parent=divisions[-1][2] if divisions else "")


def town_publisher(head: list[str]) -> re.Match | None:
    """The publishing field that names a town with its division: "发布机构 | 腾冲市团田乡 |" → 腾冲市团田乡 (town 团田乡, above 腾冲市)."""
    return next((m for line in head[:8] if (m := TOWN_PUBLISHER_RE.search(line)) and m.group("above")), None)


def town_of_the_page(title: str, head: list[str]) -> Place | None:
    """The town or street a page is about, when its title or its lede makes it the subject (the readers' rule, 104th (i)):
    placed at the town, its level empty (the levels stop at county), its parent the division fused before it, if any —
    "杭州市萧山区所前镇人民政府…" → 所前镇 under 萧山区 (round 237), "横垛镇:实施六大工程…" → 横垛镇, no parent. A town a county's
    page names in passing is no subject: it must open the title (after 关于 and the divisions above it) or follow the lede's year."""
    opening = list(itertools.takewhile(lambda line: "。" not in line, head[:10]))  # (the lines above the first sentence)
    publisher = town_publisher(head)
    m = next((m for line in [title, *opening] if line and (m := TOWN_TITLE_RE.match(_compact(line)) or TOWN_INTERVIEW_RE.match(line))), None) \
        or publisher \
        or next((m for line in head[:8] if (m := TOWN_LEDE_RE.match(line))), None) \
        or next((m for line in head[:5] if (m := TOWN_MEETING_RE.search(line.split("。")[0]))), None)
    if not m or is_place_name(m.group("town")) or rx.search(r"[省市县区旗]|城乡$", m.group("town")):
        return None  # (no town: "太原市城乡管委会2017年城乡管理…工作会议召开", round 211)
    if not m.groupdict().get("above") and publisher and publisher.group("town") == m.group("town"):
        m = publisher  # (its division named where the page says who published it)
    return _town_place(m.group("town"), m.groupdict().get("above") or "")  # (a lede names no division above its town)


# a town named as a word of its own: after a division fused before it, a stop, a quote or the line's start; not 乡村 or
# 城镇化, a kind of town ("鱼米之乡", "皖北城镇体系") or a town's rank ("经济强乡")
TOWN_WORD_RE = re.compile(r"(?:^|(?<=[省市县区旗，,。；;:：、\s“(（]))(?P<town>" + TOWN_NAME + r")(?![村化])")
NOT_A_TOWN_RE = re.compile(r"之乡$|(?<=[\u4e00-\u9fff]{2})城镇$|(?:重点|中心|特色|试点|示范|建制|卫星|强|名|新|集|水|民族)(?:镇|乡)$|城乡"
                           r"|^(?:推进|推动|实施|开展|加快|建设|助力|示范|试点|特色|重点|中心)")


def town_named_throughout(head: list[str]) -> Place | None:
    """A news page about one town that no title, lede or meeting names as its subject: the town its first three lines
    name, named at least four times in the page and the only town named more than once — "…记者走进寿光羊口新区,…
    “羊口镇新班子上任以来,…”" → 羊口镇 (round 243), "南召县皇后乡迅速行动,…" → 皇后乡 under 南召县. A page labelled by
    its headline with a division ("越城:今年力推126项建设项目", its works opened in 鉴湖镇) is that division's."""
    text = "".join(_compact(line) for line in head)
    named = {m.group("town") for line in head[:3] for m in TOWN_WORD_RE.finditer(_compact(line))}
    towns = [t for t in named if not NOT_A_TOWN_RE.search(t) and not is_place_name(t) and text.count(t) >= 4]
    others = {m.group("town") for m in TOWN_WORD_RE.finditer(text)} - set(towns)
    if len(towns) != 1 or any(text.count(t) > 1 and not NOT_A_TOWN_RE.search(t) and towns[0] not in t for t in others) \
            or place_of_headline_label(head):
        return None
    above = rx.search(r"([\u4e00-\u9fff]{2,6}?[市县区旗])" + re.escape(towns[0]), text)
    return _town_place(towns[0], above.group(1) if above else "")


def place_of_headline_label(lines: list[str]) -> Place | None:
    """A headline that opens with its place and a colon, perhaps after a series' name and a bar: "2023数字经济看市州 |
    遵义:占地区生产总值比重提高到40%" → 遵义市 (the words before the colon are the place's name and nothing else)."""
    m = rx.search(r"(?:^|[|｜])\s*([\u4e00-\u9fff]{2,8})[:：]", _compact(lines[0])) if lines else None
    return _place_named_whole(m.group(1), lines) if m else None


# a headline's label in brackets before it: "【孝感】…", "[四川]…"
BRACKET_LABEL_RE = re.compile(r"[【\[［]([\u4e00-\u9fff]{2,8})[】\]］]")


def place_of_bracket_label(lines: list[str]) -> Place | None:
    """A headline filed under its place in brackets: "【孝感】2017年计划投资65亿元用于交通建设" → 孝感市 (round 172),
    "[四川]全省将建乡镇客运站1700个" → 四川省 (round 174); "【民生实事】…" names none."""
    m = BRACKET_LABEL_RE.match(_compact(lines[0])) if lines else None
    return _place_named_whole(m.group(1), lines) if m else None


def _place_named_whole(words: str, lines: list[str]) -> Place | None:
    """The division ``words`` names when they are its name and nothing else: "遵义" → 遵义市, "孝感" → 孝感市."""
    from etl.divisions import bare_mention_spans

    spans = bare_mention_spans(words)
    whole = len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(words)
    return _place_by_one_stem(words, "".join(lines[:5])) if whole else None


SPEAKER_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?[省市县区])(?:委(?:副)?书记|长)[\u4e00-\u9fff]{2,4}?(?:在|表示|介绍|说|指出|强调)")


def place_of_speaker(lines: list[str]) -> Place | None:
    """A page that only quotes its place's leader on the year's aims: "“…力争2015年地区生产总值增长10.2%以上…”
    2月26日,广安区委书记文建平在接受记者采访时表示" → 广安区 — when every leader it quotes is of one place."""
    from etl.divisions import first_place

    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:40]))
    places = {p for m in SPEAKER_RE.finditer(text) if (p := first_place(m.group(1), text)) and p.name == m.group(1)}
    return places.pop() if len(places) == 1 else None


# a local news site's name opening its lede: "郑州人大网讯::通过广泛征集群众意见,2005年,市政府将…", "温州网讯 2019年…"
OUTLET_LEDE_RE = re.compile(r"[【\s]*(?:中国)?([\u4e00-\u9fff]{2,4}?)(?:新闻|人大|传媒|日报)?网讯"
                            # or a paper it cites: "据甘肃经济日报报道(记者 原平)记者从…全省交通运输工作…会议上了解到,…我省…"
                            r"|[【\s]*据\s*([\u4e00-\u9fff]{2,4}?)(?:经济|农民|工人)?日报(?:报道|消息)"
                            # or a national site's channel of it: "新华网青海频道西宁11月18日电 省农牧厅…全省…" (round 142)
                            r"|[【\s]*(?:新华网|人民网|中新网|央视网)([\u4e00-\u9fff]{2,3}?)频道")
OUTLET_KIND_LEVEL = {"province": "省", "city": "市"}


def place_of_outlet(lines: list[str]) -> Place | None:
    """A page that names its place only by the local site that reports it: "郑州人大网讯::…市政府将集中财力…全市城镇12万人
    实现就业再就业" → 郑州市 — the city or province the site is named after, when the page speaks of itself as one of that
    kind or not at all (a site is named after its city, its stories may be of a county's 全县: then nothing is taken). The
    last evidence: a page that names its place in its text is placed by that."""
    m = next((m for line in lines[:3] if (m := OUTLET_LEDE_RE.match(line))), None)
    place = _place_by_one_stem(m.group(1) or m.group(2) or m.group(3), "".join(lines[:5])) if m else None
    return place if place and self_kind(lines[:80]) in ("", OUTLET_KIND_LEVEL.get(place.level)) else None


# a place by its stem, acting in the year: "今年北京将人工造林一点二万公顷"
ACTING_THIS_YEAR_RE = re.compile(r"(?:今年|明年|(?:19|20)\d\d年)[，,]?\s*([\u4e00-\u9fff]{2,4}?)(?:还|也)?(?:将|计划|要|力争)")
# or launching a programme: "为深入推进现代农业产业基地建设,四川启动实施了现代农业千亿增收工程" (round 226)
LAUNCHING_RE = re.compile(r"(?:^|[，,。；;])\s*([\u4e00-\u9fff]{2,4}?)(?:启动实施|开始实施|启动)了?[^，,。；;]{2,24}?(?:工程|行动|计划|战略)")


def place_acting_this_year(lines: list[str]) -> Place | None:
    """A page that names its place only as the one that acts in the year, by its stem: "…董瑞龙表示,…。今年北京将人工造林一点二万
    公顷" (北京's Olympic greening, round 221, whose 北京 otherwise stands only in bodies' and an event's names) → 北京市, or the one
    that launches a programme: "四川启动实施了现代农业千亿增收工程" (round 226) → 四川省. The last evidence, when nothing else
    places the page; the stem must name one division."""
    body = "".join(_compact(l) for l in lines[:80])
    for m in [*ACTING_THIS_YEAR_RE.finditer(body), *LAUNCHING_RE.finditer(body)]:
        place = _place_by_one_stem(m.group(1), body)
        if place and m.group(1) in (place.name, place.name[:-1], place.name[:2]):
            return place
    return None


# what a place's name may head that is not the place itself: "新疆农村综合产权交易中心", "宁波大学", "山西大水网"
INSIDE_A_NAME_RE = re.compile(r"[-－—]?[\u4e00-\u9fff]{0,8}?(?:中心|大学|学院|学校|公司|集团|银行|医院|园|基地|大水网|通道|机场|港|站|路|大道|馆|厂|协会)")


def _standalone_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a division, in order, by full name or stem and not as the head of another name ("宁波大学"):
    (start, end, the division's name)."""
    from etl.divisions import bare_mention_spans

    taken: set[int] = set()  # a full name and its stem at one place count once: "长沙望城区" is 望城区 once
    out = []
    for start, end, name in sorted(bare_mention_spans(text), key=lambda span: (span[0], -span[1])):
        # (新建 is the verb far more often than 南昌's 新建区: "海南将新建、扩建海口到琼海等3条以上高速路", round 188)
        if start not in taken and not INSIDE_A_NAME_RE.match(text, end) and text[start:end] != "新建":
            out.append((start, end, name))
        taken.update(range(start, end))
    return out


def _standalone_names(text: str) -> list[str]:
    """The divisions ``text`` names, in order (:func:`_standalone_spans`)."""
    return [name for _, _, name in _standalone_spans(text)]


# what may follow a place that stands alone in a clause: "让石家庄因为绿色而生机勃勃", "石家庄,…", "石家庄的…"
CLAUSE_GOES_ON_RE = re.compile(r"[，,。、；;]|因为|的|将|要|更|在|已|今年|明年|全市")


def sole_city_of_a_city_page(lines: list[str]) -> Place | None:
    """A page that speaks of itself as a city (我市, 本市) and names one city alone, however often: "今年,我市将深入贯彻…,
    让石家庄因为绿色而生机勃勃" (石家庄's greening, round 221) → 石家庄市. The last evidence, when nothing else places the page."""
    from etl.divisions import lookup

    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    if self_kind(lines[:80]) != "市" and "本市" not in text:
        return None
    # (a county's stem read inside a word is no rival: "清新宜人" is no 清新区; a city counts where a clause goes on after it,
    # not where it heads a paper's, a zone's or a plan's name: "巴中日报", "台州经济开发区", "西安现代产业体系", nor before a figure:
    # "高于泰州0.1个百分点")
    cities = {d.name: d for _, end, name in _standalone_spans(text)
              if CLAUSE_GOES_ON_RE.match(text, end)
              and (d := lookup(name, text)) is not None and d.level in ("city", "province") and d.name.endswith("市")}
    if len(cities) != 1:
        return None
    city = next(iter(cities.values()))
    return Place(city.name, city.level, city.parent)


def place_named_most(lines: list[str]) -> Place | None:
    """The place a news page is about when no line names it as its own (the last guess): the division its
    headline names and the page names at least three times, by full name or stem and not as the head of another
    name ("宁波大学", "新疆…交易中心", "成都-阿坝工业园", "毕节卷烟厂"), more than twice as often as any other —
    "民生项目落地 长沙幸福“加码”", "长沙列入省重点建设的社会民生项目15个", "长沙今年计划实施城中村改造项目15个" → 长沙市
    (望城区 once); or the one autonomous region it names so where it speaks of itself as 自治区 ("2023年广西全年粮食
    面积…", "自治区已对秋冬种工作进行全面部署") → 广西壮族自治区."""
    from collections import Counter

    from etl.divisions import lookup

    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    counts = Counter(_standalone_names(text)).most_common()
    # a headline is short and no sentence: "民生项目落地 长沙幸福“加码”", not "全区…预期目标是:…融入新余发展大局。"
    headline = _standalone_names("".join(line for line in map(_compact, lines[:2]) if len(line) <= 40 and not line.endswith(("。", ";", "；"))))
    # or in brackets after its outlet's label, the story run on after it: "三亚头条新闻 【三亚冬季瓜菜种植有“看头”】一垄垄豇豆、…" (round 158)
    bracketed = rx.match(r"[^【。]{0,12}【([^】]{4,40})】", _compact(lines[0])) if lines else None
    headline += _standalone_names(bracketed.group(1)) if bracketed else []
    # (its own parts do not compete with it: 海南's transport page names 海南 twelve times, 海口 six, round 188)
    rivals = [n for name, n in counts[1:] if not _lies_within(name, counts[0][0], text)] if counts else []
    if counts and counts[0][1] >= 3 and (not rivals or counts[0][1] > 2 * rivals[0]) and counts[0][0] in headline:
        name = counts[0][0]
    else:
        regions = {name for name, _ in counts if name.endswith("自治区")}
        # a bare 自治区, not the end of a region's name (广西壮族自治区, 内蒙古自治区, 西藏自治区, 新疆维吾尔自治区)
        speaks_as_region = rx.search(r"(?<![族古藏尔])自治区", text)
        name = regions.pop() if len(regions) == 1 and speaks_as_region else ""
    d = lookup(name, text) if name else None
    return Place(d.name, d.level, d.parent) if d else None


def _lies_within(name: str, whole: str, context: str) -> bool:
    """``name`` is a division inside ``whole``, up to three levels down: 海口市 within 海南省, 美兰区 within it too."""
    from etl.divisions import lookup

    d = lookup(name, context)
    for _ in range(3):
        if not d or not d.parent:
            return False
        if d.parent == whole:
            return True
        d = lookup(d.parent)
    return False


ROUNDUP_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:多地|多市|各地市?|各市|多个城市|\d+市|多县|各县)")


def place_of_roundup(lines: list[str]) -> Place | None:
    """A page that gathers what many places below one have set: "增长6%左右!河南多地经济目标出炉" / "近期,
    河南多市2025年两会陆续召开" → 河南省, when the page names at least three of its divisions — not the first
    of them it happens to name (开封市)."""
    from etl.divisions import bare_mentions, lookup

    for line in lines[:3]:
        for m in ROUNDUP_RE.finditer(_compact(line)):
            named = bare_mentions(m.group(1))
            d = lookup(named[-1]) if named and m.group(1).endswith(tuple(_stems_of(named[-1]))) else None
            if d is None:
                continue
            below = {name for name in bare_mentions("".join(lines[:80])) if (lookup(name) or d).parent == d.name}
            if len(below) >= 3:
                return Place(d.name, d.level, d.parent)
    return None


def _stems_of(name: str) -> list[str]:
    """How a division may be called: "河南省" → 河南省, 河南."""
    from etl.divisions import short_name

    return [name, short_name(name)]


def place_paired_with_province(lines: list[str]) -> Place | None:
    """A stem named with its own province, as a report cites the leader's words about its place:
    "习近平总书记关于湖南和湘潭重要讲话" → 湘潭市, "考察浙江重要讲话精神和考察调研金华重要指示精神" → 金华市
    — evidence when no header, title or signature names a place (the stem alone, "湘潭重要", is not a
    word boundary). The stem must lie in that province."""
    from etl.divisions import lookup

    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    for province in {v: k for k, v in PROVINCE_ABBREVIATIONS.items()}:
        stem = rx.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province)
        for m in rx.finditer(rf"{stem}(?:省)?(?:和|、)([\u4e00-\u9fff]{{2,3}}?)(?:重要|的重要|考察|视察)", text):
            d = lookup(m.group(1), text)
            if d and d.name != province and province in (d.parent, getattr(d, "province", "")):
                return Place(d.name, d.level, d.parent)
    # the leader's words on the province, then on the city: "考察浙江重要讲话精神和考察调研金华重要指示精神"
    visited = [m.group(1) for m in rx.finditer(r"(?:考察|调研|视察){1,2}([\u4e00-\u9fff]{2,4}?)(?:时的|时)?重要(?:讲话|指示)", text)]
    places = [d for d in (lookup(stem, text) for stem in visited) if d]
    for d in places:
        if any(other.name != d.name and other.name in (d.parent, getattr(d, "province", "")) for other in places):
            return Place(d.name, d.level, d.parent)
    return None


# a page restating the dated goals of the plan it cites, the plan's words as its own
RESTATED_PLAN_RE = re.compile(r"(?:根据|按照|依据)《([^》]*)》(?:的?(?:要求|部署|安排))?[，,]\s*(?:到|至)\s*20\d\d年")


def place_from_cited_titles(lines: list[str]) -> Place | None:
    """When nothing else names a place, the one full name inside the titles the page cites, when its
    prose names the place by its short name too: a news page that calls itself 「内蒙古」 and cites
    《2024年内蒙古自治区政府工作报告》 → 内蒙古自治区; two different places cited, or a citation alone
    (出台《淮安市…三年行动计划》), name none — unless the page restates that plan's goals as its own
    text: "根据《福建省农村人居环境整治提升行动实施方案》,到2025年,农村生活污水治理率达到65%以上" →
    福建省 (a department's Q&A)."""
    from etl.divisions import lookup, mentions

    text = "".join(_compact(l) for l in lines[:80])
    cited = "".join(rx.findall(r"《([^》]*)》", text))
    names = {name for _, _, name in mentions(cited)}
    if len(names) != 1:
        return None
    d = lookup(names.pop())
    stem = rx.sub(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|省|市|县|区|盟|旗)$", "", d.name) if d else ""
    if len(stem) < 2:
        return None
    issued = rx.search(r"(?:我|本)(省|市|县|区)[^，,。；;《]{0,8}?(?:下发|印发|出台|发布|制定|编制)了?《([^》]*)》", text)
    if issued and d.name in issued.group(2) and d.name.endswith(issued.group(1)):
        return Place(d.name, d.level, d.parent)  # the page's own plan: "我市下发《2017年南昌市重大重点项目投资计划》" (round 119)
    restated = RESTATED_PLAN_RE.search(text)
    if stem not in rx.sub(r"《[^》]*》", "", text) and not (restated and stem in restated.group(1)):
        return None  # the prose must speak of the place too; a bare citation names another's plan (淮安)
    return Place(d.name, d.level, d.parent)


def place_from_named_parts(lines: list[str]) -> Place | None:
    """A page that speaks of itself as a province (全省) or a city (全市) without naming it, but names
    three or more of its parts, all of one parent: "建成十堰、荆州、恩施、黄冈、荆门等省级区域医疗中心" on
    a page about 全省 → 湖北省. Parts of two parents, or fewer than three, name none."""
    from etl.divisions import bare_mentions, lookup

    kind = self_kind(lines)
    level = KIND_LEVEL.get(kind)
    if level not in ("province", "city"):
        return None
    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines))
    parts = {d.name: d for d in (lookup(name, text) for name in set(bare_mentions(text))) if d}
    if any(d.level == level for d in parts.values()):
        return None  # it names a place of its own kind: not for this rule to choose
    below = [d for d in parts.values() if d.level == {"province": "city", "city": "county"}[level]]
    parents = {d.parent for d in below}
    # (or fewer, when the page ranks them within its whole: "潍城区、安丘市…进度居全市前列", round 141)
    if len(parents) != 1 or len(below) < 3 and not {d.name for d in below} <= parts_ranked_in_whole(text, kind):
        return None
    parent = lookup(parents.pop())
    return Place(parent.name, parent.level, parent.parent) if parent and parent.level == level else None


RANKED_IN_WHOLE_RE = r"(?:居|位居|位列|排名|排在|走在|处于)全{kind}(?:前列|前[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]|首位|领先)"


def parts_of_the_whole(text: str, kind: str) -> set[str]:
    """The divisions the text names as parts of the page's place, never the place itself: ranked within the whole the page
    calls itself by ``kind`` (:func:`parts_ranked_in_whole`: "潍城区、安丘市…进度居全市前列", 潍坊's page, round 141), given
    their shares (:func:`parts_given_shares`: "咸安区88个、嘉鱼县137个、赤壁市100个", 咸宁's, round 186) or listed three or more
    in a row (:func:`listed_places`: "这14个重点镇是:邛崃市羊安镇、彭州市濛阳镇、温江区万春镇", 成都's, round 198)."""
    return parts_ranked_in_whole(text, kind) | parts_given_shares(text) | listed_places(text)


def parts_ranked_in_whole(text: str, kind: str) -> set[str]:
    """The divisions a page ranks within its own whole, named in the sentence before the rank — parts of the page's
    place, never the place itself: "其中,潍城区、安丘市已完成施工图设计招标,进度居全市前列" (潍坊's page) → {潍城区, 安丘市}."""
    from etl.divisions import mentions

    if not kind:
        return set()
    ranked = set()
    for sentence in rx.split(r"[。；;!！?？]", text):
        m = rx.search(RANKED_IN_WHOLE_RE.format(kind=kind), sentence)
        if m:
            ranked |= {name for _, end, name in mentions(sentence) if end <= m.start() and not name.endswith(("省", "自治区"))}
    return ranked


# a place's figure in a list of shares: "咸安区88个、" — its name, then the number and its unit, then a list mark or the end
SHARE_AFTER_NAME_RE = re.compile(r"[\d.]+(?:万|亿)?[\u4e00-\u9fff]{0,3}(?:[、，,；;。]|$)")


def parts_given_shares(text: str) -> set[str]:
    """The divisions a sentence gives their shares of a whole, three or more in a row, each name followed by its
    figure, or lists three or more in a row with 各 or 分别 after them — parts of the page's place, never the place itself: "计划改造的434个老旧小区中,咸安区88个、嘉鱼县137个、
    赤壁市100个、通城县18个、崇阳县63个、通山县28个" (咸宁's page, round 186) → the six counties."""
    from etl.divisions import bare_mention_spans, mentions

    given = set()
    for sentence in rx.split(r"[。；;!！?？]", text):
        named = [name for _, end, name in mentions(sentence) if SHARE_AFTER_NAME_RE.match(sentence, end)]
        if len(named) >= 3:
            given |= set(named)
        # or each given the same task, three or more in a row: "在奉贤、金山、南汇、崇明各建一所寄宿制高中" (上海's page, round 187)
        for run in rx.finditer(r"(?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}(?=各|分别|均)", sentence):
            given |= {name for start, end, name in bare_mention_spans(sentence) if run.start() <= start and end <= run.end()}
    return given


OWN_MEASURE_RE = re.compile(r"(?:出台|制定|印发|修订|落实|实施|贯彻|执行)《([^《》]*)》")


def place_from_own_measures(lines: list[str]) -> Place | None:
    """A page that speaks of itself as 全市 (or 全县…) and issues or carries out measures of one place of
    that kind, naming no other such place outside them: "全市新增绿化造林8万亩…出台《徐州市城乡居民最低生活
    保障办法》…全面落实《徐州市城乡困难群众医疗救助办法》" → 徐州市 (its counties, 沛县 and 新沂市, are its
    own parts). A page that does not speak of itself names none this way (出台《淮安市…》 alone)."""
    from etl.divisions import bare_mention_spans, lookup, mentions

    kind = self_kind(lines)
    if not kind:
        return None
    text = "".join(_compact(l) for l in lines)
    names = {name for m in OWN_MEASURE_RE.finditer(text) for _, _, name in mentions(m.group(1)) if name.endswith(kind)}
    if len(names) != 1:
        return None
    name = names.pop()
    prose = rx.sub(r"《[^》]*》", "", text)
    for _, _, other in bare_mention_spans(prose):
        d = lookup(other, prose)
        if other != name and other.endswith(kind) and not (d and d.parent == name):
            return None  # another place of its kind named in its own words
    d = lookup(name, text)
    return Place(d.name, d.level, d.parent) if d else None


SELF_FRAME_RE = re.compile(r"(?:把|将|让)([\u4e00-\u9fff]{2,6}?)(?:打造成|建设成|建成为|建设为|打造为|建成)"
                           # not a chapter of the province the page works in: "在谱写中国式现代化山东篇章中争当排头兵"
                           r"|(?:现代化|美丽|幸福|新时代)([\u4e00-\u9fff]{2,6}?)[”\"]?(?:建设|新篇章|篇章(?!中)|新画卷|实践|答卷)"
                           r"|新征程([\u4e00-\u9fff]{2,4}?)(?:现代化|高质量发展)"
                           r"|([\u4e00-\u9fff]{2,4}?)主城(?!都市区)"
                           r"|(?:贡献|展现|体现|彰显)([\u4e00-\u9fff]{2,4}?)(?:力量|担当|智慧|作为)"
                           # what it means its work to carry: "打造一批能支撑安徽产业升级发展…的大企业集团"
                           r"|支撑([\u4e00-\u9fff]{2,4}?)(?:产业|经济)(?:升级|转型|高质量发展)"
                           # the character it means its work to have: "加速构建具有钟楼特色、支撑未来发展的现代产业体系"
                           r"|具有([\u4e00-\u9fff]{2,4}?)特色"
                           # "加快建设生态宜宾", "深化大规模绿化宜宾行动"
                           r"|建设(?:生态|美丽|幸福|平安|法治|健康|文明|数字|智慧|创新|开放|活力|宜居)([\u4e00-\u9fff]{2})"
                           # a page's opening that sets its year and then its place to work: "2026年是“十五五”开局之年,连云港将紧扣…"
                           r"|之年[，,]([\u4e00-\u9fff]{2,4}?)将(?:紧扣|围绕|坚持|聚焦|锚定|全力|着力|继续|加快|以)")


def place_from_self_frame(lines: list[str]) -> Place | None:
    """A page that names its place once, in what it means to make of it: "真正把漾濞打造成苍洱后花园",
    "奋力谱写中国式现代化洛江篇章", "开创中国式现代化建设荥阳实践新局面", "美丽晋中新画卷", "贡献正定力量", "支撑安徽产业升级发展", "具有钟楼特色", "书写好中国式现代化钟楼答卷",
    "确保新时代新征程邛崃现代化建设开好局", "加快建设生态宜宾", "2026年是“十五五”开局之年,连云港将紧扣…",
    "奋力开创“精致城市·幸福威海”建设新局面" — the one division named so (two different ones, none)."""
    from etl.divisions import autonomous_county_names, bare_mentions, lookup

    text = rx.sub(r"《[^》]*》", "", "".join(_compact(l) for l in lines[:80]))
    names = set()
    for m in SELF_FRAME_RE.finditer(text):
        for group in (g for g in m.groups() if g):
            found = bare_mentions(group) or ([autonomous_county_names()[group]] if group in autonomous_county_names() else [])
            if len(found) == 1:
                names.add(found[0])
    if len(names) != 1:
        return None
    d = lookup(names.pop(), text)
    kind = self_kind(lines)
    if not d or kind and LEVEL_RANK[d.level] > LEVEL_RANK[KIND_LEVEL.get(kind, "county")]:
        # "融入重庆主城" on a page about 全区 names the city around it, not the district; a city's
        # "奋力谱写中国式现代化合肥篇章" stands, though the page speaks of 全省 once
        return None
    return Place(d.name, d.level, d.parent)


# how a page speaks of itself (self_kind) → the level of division that is; and the levels' order, highest first
KIND_LEVEL = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county", "旗": "county"}
LEVEL_RANK = {level: len(LEVELS) - k for k, level in enumerate(LEVELS)}


def _zone_core(name: str) -> str:
    """A zone's name without its kind: "聊城经济技术开发区" → "聊城", "青岛高新区" → "青岛"."""
    return rx.sub(r"(经济技术开发区|旅游度假区|开发区|高新区)$", "", name)


def _names(text: str, place: Place) -> bool:
    """The text names the place, a zone also without its city: "西海岸新区2024年重点工作安排" names 青岛西海岸新区."""
    from etl.divisions import short_name

    core = _zone_core(place.name)
    own = place.name.removeprefix(short_name(place.parent)) if place.level == "zone" and place.parent else place.name
    return bool(text) and (place.name in text or core in text or (place.level == "zone" and (core[:4] in text or len(own) >= 4 and own in text)))


def infer_metadata(source_file: str, lines: list[str]) -> DocumentMeta:
    """Every field the text gives: title, issuing body, doc number (冠发〔2023〕5号), issue date,
    jurisdiction with its level and parent, doc type, horizon and first year. ``inferred`` lists
    the fields found; a field not found stays empty (the jurisdiction 未知地区, the title the file
    name) and :func:`missing_fields` names it."""
    text_lines = plain_lines(lines)
    nonempty = [l for l in text_lines if l]
    head, tail = nonempty[:80], nonempty[-25:]
    meta = DocumentMeta(source_file=source_file, title="", jurisdiction="")
    found: list[str] = []
    for line in head[:40] + tail:
        compact = _compact(line)
        m = DOC_NUMBER_RE.search(compact)
        if m and len(compact) < 40 and not compact.startswith(("关于", "根据", "按照")):
            # an index table's label run into the number: "文号平政发〔2025〕6号", "政府办公室文号蔡政办〔2023〕1号"
            meta.doc_number = rx.sub(r"^.*?(?:文号|发文字号|文件编号)", "", m.group(0))
            found.append("doc_number")
            break
    meta.issuing_body = infer_issuing_body(head, tail).strip("| ")  # "|市人民政府办公室": a cell border
    if meta.issuing_body:
        found.append("issuing_body")
    meta.issued_on = infer_issued_on(head, tail)
    if meta.issued_on:
        found.append("issued_on")
    title = rx.sub(r"^《([^《》]+)》$", r"\1", infer_title(head))
    if not title and is_work_report(head):
        title = "政府工作报告"
    shown = title or headline(head)  # a headline is shown as the title; it is no evidence of place or kind
    if shown:
        meta.title = shown
        found.append("title")
    else:
        meta.title = Path(source_file).stem
    meta.doc_type = infer_doc_type(title) if title else ""
    if not meta.doc_type and is_work_report(head):
        meta.doc_type = "work_report"  # a news page of the report: its opening, not a word in its body
    if not meta.doc_type and not title:
        # the five-year plan a page works under is not its kind: "是实施“十四五”规划的关键之年"
        meta.doc_type = infer_doc_type(rx.sub(r"[“\"]?十[三四五六]五[”\"]?(?:时期|期间)?(?:规划)?", "", " ".join(head[:5])))
        if meta.doc_type == "policy_package" and infer_doc_type(" ".join(head[:3])) != "policy_package" \
                and rx.search(r"\d{1,2}月\d{1,2}日|记者|讯", " ".join(head[:3])):
            # a news report ("6月21日,省发展改革委…调研") that mentions policies ("落实…政策措施") below its opening lines is
            # no package of them: its money stays money ("当年计划完成投资73.6亿元"), not a subsidy
            meta.doc_type = ""
    if meta.doc_type == "policy_package" and not title and rx.search(r"(?:按照|根据|依据|贯彻|落实)[^。；;]{0,30}?《[^》]*》", " ".join(head[:5])) \
            and infer_doc_type(rx.sub(r"《[^》]*》", "", " ".join(head[:5]))) != "policy_package":
        # a news page that carries out a package it cites is not one: "按照近日福建省政府出台的《关于进一步扩大有效投资的若干
        # 意见》,省交通运输厅…印发了…通知,将调增的50亿元年度投资计划全部细化到项目" (its money is the year's plan, round 117)
        meta.doc_type = ""
    if meta.doc_type:
        found.append("doc_type")
    place = (place_of_roundup(nonempty) or infer_place(meta.issuing_body, title, head, tail) or province_from_doc_number(meta.doc_number)
             or place_from_stem(title, meta.issuing_body, nonempty) or place_paired_with_province(nonempty)
             or place_from_cited_titles(nonempty) or place_from_named_parts(nonempty) or place_from_self_frame(nonempty)
             or place_from_own_measures(nonempty) or place_from_headline_subject(nonempty) or place_named_most(nonempty)
             or place_of_speaker(nonempty) or place_of_outlet(nonempty) or place_acting_this_year(nonempty)
             or sole_city_of_a_city_page(nonempty))
    place = _province_acting_over(place, nonempty)
    own_kind = self_kind(nonempty)
    if place and place.level == "province" and own_kind in ("市", "县") and not place.name.endswith(own_kind):
        # a city's page that names only its province: "各项指标增幅位居广西各市前列" (我市, 柳州's page) — unless its headline's
        # subject is one of the province's cities: "眉山“四个全力”推动2020年全市农业农村工作" under 「四川省农业农村厅」 (round 174)
        subject = place_from_headline_subject(nonempty)
        place = subject if subject and subject.parent == place.name else None
    labelled = place_of_headline_label(nonempty)
    if place and labelled and labelled.parent == place.name:
        place = labelled  # "2023数字经济看市州 | 遵义:…" on a page that names its province: the city is the page's
    if not place and labelled:
        place = labelled  # a page that names no place but its headline's label: "云南:今年力争新改建农村公路1万公里" / "…我省…" (round 212)
    tagged = place_of_bracket_label(nonempty)
    if tagged and (not place or place.parent == tagged.name and not _names(BRACKET_LABEL_RE.sub("", _compact(nonempty[0]), count=1), place)):
        # "【孝感】2017年计划投资65亿元用于交通建设" over a lede that names one of its counties (应城市): the tag's city
        place = tagged
    place = town_of_the_page(title, nonempty) or town_named_throughout(nonempty) or place
    if place:
        meta.jurisdiction, meta.jurisdiction_level, meta.parent_jurisdiction = place.name, place.level, place.parent
        found += ["jurisdiction", "jurisdiction_level"] + (["parent_jurisdiction"] if place.parent else [])
    else:
        meta.jurisdiction = UNKNOWN_JURISDICTION
    if place and UNNAMED_GOVERNMENT_RE.match(meta.issuing_body):
        # "区人民政府" of 龙湾区's report; a news page's "省长…代表省政府向大会…" → 山东省人民政府
        meta.issuing_body = place.name + UNNAMED_GOVERNMENT_RE.sub("人民政府", meta.issuing_body)
    if place and not meta.issuing_body and meta.doc_type == "work_report":
        meta.issuing_body = place.name + "人民政府"  # a work report is its people's government's
    by_number = issuer_from_doc_number(meta.doc_number)
    if place and not meta.issuing_body and by_number.startswith(place.name):
        # a province government's own number, when the page is that province's: "宁政发〔2022〕45号" on a page of
        # 南京市 is Nanjing's number, not 宁夏's
        meta.issuing_body = by_number
        found.append("issuing_body")
    body = nonempty[_title_line_index(head, title) :] if title else nonempty
    meta.start_year, meta.horizon_year = infer_horizon(title, body, meta.issued_on, meta.doc_type)
    issued_year = int(meta.issued_on[:4]) if meta.issued_on[:4].isdigit() else None
    if title and title == quoted_title(head) and issued_year and meta.start_year and meta.horizon_year \
            and meta.start_year < issued_year <= meta.horizon_year and "今年" in "".join(_compact(l) for l in nonempty[:3]):
        # a news page on this year's share of a plan it cites, dated inside the plan's years, works in the page's year:
        # "今年常德市将新增车位7000余个 / 2023-02-07 … / …市政府出台了《“车位”实事惠民行动实施方案(2022—2026年)》" (round 190)
        meta.start_year = meta.horizon_year = issued_year
    lead = "".join(_compact(l) for l in nonempty[: len(nonempty) - len(body)][:5])
    if not meta.horizon_year and lead:
        # a news lead above the plan's own title retells its year: "…出台《湖南省提振消费专项行动方案》提出,
        # 2025年,全省实现社会消费品零售总额增长5.5%以上" over "湖南省提振消费专项行动方案"
        meta.start_year = meta.horizon_year = forward_year(lead)
    told = [int(y) for y in rx.findall(r"(?:要求|提出|明确)[，,:：]?\s*到(20\d\d)年", lead)]
    if told and meta.horizon_year and meta.horizon_year < max(told) <= meta.horizon_year + 12:
        # the lead retells the plan's goals: "…发布…的意见。意见要求,到2026年,生态环境质量持续提升" over
        # the title and its date "(2024年4月30日)": the plan runs to 2026
        meta.horizon_year = max(told)
    if meta.horizon_year and meta.start_year == meta.horizon_year and rx.search(r"(?:今后|未来)(?:五|5)年[，,]", "".join(nonempty[:3])):
        # a page on the next five years' aims, dated by their end: "今后五年,该县将…确保2020年与全国全省同步全面建成小康社会"
        # (旺苍's 党代会) runs from four years before it, so its 「2018年实现贫困人口全部脱贫」 is an aim, not a result
        meta.start_year = meta.horizon_year - 4
    if meta.horizon_year and meta.start_year == meta.horizon_year and rx.search(r"(?:今后|未来)(?:三|3)年|三年(?:攻坚)?行动", "".join(nonempty[:3])) \
            and f"到{meta.horizon_year}年" in "".join(nonempty[:3]):
        # a three-year campaign dated only by its end: "…三年攻坚行动已全面展开。按照部署要求,到2020年,…" (荆门's toilets,
        # round 176) runs from two years before it, so its 「通过三年努力」 ends in 2020
        meta.start_year = meta.horizon_year - 2
    if not meta.horizon_year:
        # an undated page on the year's own work points or plan, told with 今年: "河南省建设厅日前下发《2009年河南省城市建设和市政
        # 公用行业工作要点》,今年将在全省开展…" (a 新华网 page dated 「2月13日」 only, round 187) works in 2009
        opening = "".join(_compact(l) for l in nonempty[:6])
        own = rx.search(r"《(20\d\d)年[^《》]{0,40}?(?:工作要点|工作计划|工作方案|行动计划|实施方案|工作安排)》", opening)
        if own and "今年" in opening[own.end() :]:
            meta.start_year = meta.horizon_year = int(own.group(1))
    if not meta.horizon_year and not meta.issued_on:
        # an undated page that gives its own plan a year: "2017年,计划改造农村危旧、土坯房5000户" (巴中's housing, round 192)
        planned = [int(m.group(1)) for l in nonempty[:40] for m in rx.finditer(r"(?:^|[。；;])\s*(20\d\d)年[，,]\s*(?:全年)?计划", _compact(l))]
        if len(set(planned)) == 1:
            meta.start_year = meta.horizon_year = planned[0]
    if not meta.horizon_year and meta.jurisdiction_level == "province":
        year = provincial_session_year(" ".join(head), meta.jurisdiction)
        if year:
            meta.start_year = meta.horizon_year = year
    if meta.horizon_year:
        found.append("horizon_year")
    meta.inferred = found
    return meta


# an issuer that names its government by kind only: "区人民政府", "自治县人民政府", "省政府"
UNNAMED_GOVERNMENT_RE = re.compile(r"^(?:自治县|自治州|自治区|省|市|县|区|旗)(?:人民)?政府")


SESSION_RE = re.compile(r"(?:第)?([一二三四五六七八九十]{1,3})届(?:人大|人民代表大会)(?:第)?([一二三四五六七八九])次(?:会议)?")


# The term each provincial-level people's congress opened in January 2023. Most provinces sit their
# terms in step (the 14th from 2023); the municipalities and a few regions count their own — 上海's
# 16th, 重庆's 6th — so a session's year is read only where the numbering is known.
TERM_OF_2023 = {"北京市": 16, "上海市": 16, "天津市": 18, "重庆市": 6, "海南省": 7, "宁夏回族自治区": 13, "西藏自治区": 12}
TERMS_IN_STEP = {
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
    "河南省", "湖北省", "湖南省", "广东省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
    "内蒙古自治区", "广西壮族自治区", "新疆维吾尔自治区",
}


def provincial_session_year(text: str, province: str = "") -> int | None:
    """The year of a provincial people's congress session, for a province's document whose years
    were lost: a term is five years, each session early in its year — "省十三届人大五次会议" → 2022
    where the terms run in step (the 14th from 2023), "上海市第十六届人大二次会议" → 2024,
    "重庆市第六届人民代表大会第三次会议" → 2025. A province whose numbering is not known gets none:
    no year beats a wrong one."""
    if province and province not in TERMS_IN_STEP and province not in TERM_OF_2023:
        return None
    m = SESSION_RE.search(_compact(text))
    if not m:
        return None
    term, session = chinese_digits_to_int(m.group(1)), chinese_digits_to_int(m.group(2))
    year = 2023 + 5 * (term - TERM_OF_2023.get(province, 14)) + session - 1
    return year if 1998 <= year <= 2045 and 1 <= session <= 7 else None


def _title_line_index(head: list[str], title: str) -> int:
    for i, line in enumerate(head):
        if _compact(line) and _compact(line) in title:
            return i
    return 0


def merge_metadata(given: DocumentMeta | None, inferred: DocumentMeta) -> DocumentMeta:
    """The manifest's row where it says something, the text's reading for every field it leaves
    empty; ``inferred`` lists only the fields that came from the text."""
    if given is None:
        return inferred
    merged = replace(given, inferred=[])
    same_place = not given.jurisdiction or given.jurisdiction == inferred.jurisdiction
    for f in fields(DocumentMeta):
        if f.name in ("source_file", "sha256", "inferred"):
            continue
        if f.name in ("jurisdiction_level", "parent_jurisdiction") and not same_place:
            continue  # the level and parent read from the text belong to another place
        if f.name == "start_year" and given.horizon_year and given.horizon_year != inferred.horizon_year:
            continue
        theirs = getattr(inferred, f.name)
        if getattr(given, f.name) in ("", None) and theirs not in ("", None):
            setattr(merged, f.name, theirs)
            if f.name in inferred.inferred:
                merged.inferred.append(f.name)
    return merged


def missing_fields(meta: DocumentMeta) -> list[str]:
    """The reported fields neither the manifest nor the text gave: ["jurisdiction", "horizon_year"]."""
    missing = []
    for name in REPORTED_FIELDS:
        value = getattr(meta, name)
        if name == "jurisdiction" and value == UNKNOWN_JURISDICTION:
            value = ""
        if name == "title" and value == Path(meta.source_file).stem:
            value = ""
        if value in ("", None):
            missing.append(name)
    return missing


def describe_missing(meta: DocumentMeta) -> str:
    """One warning line naming what could not be inferred, Chinese first:
    "元数据缺失 metadata missing (…): 地区 jurisdiction, 目标年份 horizon year"."""
    names = [REPORTED_FIELDS[f] for f in missing_fields(meta)]
    return "元数据缺失 metadata missing (neither manifest nor text gives it): " + ", ".join(names) if names else ""
