"""The reading stage: every format gives the same clean lines; broken files say what is wrong.

Inputs are real lines of the five sources; PDFs and DOCX files are built with ``docgen`` (real
reportlab / python-docx files), never mocked.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from docgen import (
    make_corrupt_pdf,
    make_docx,
    make_encrypted_pdf,
    make_image_only_pdf,
    make_pdf,
    make_text_file,
)

from etl.clean import (
    clean_lines,
    fullwidth_to_ascii,
    is_page_number,
    normalise_inline,
    remove_cjk_spaces,
    remove_markdown_marks,
    should_join,
    starts_heading,
)
from etl.read import SourceText, UnreadableSource, read_source

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
S000, S001, S002, S003, S004 = sorted(SOURCES.glob("*.txt"))


def raw_lines(source: Path) -> list[str]:
    return source.read_text(encoding="utf-8").splitlines()


def indicator_rows() -> list[str]:
    """The 12 rows after 004's annex title "…责任清单（指标事项）", cleaned, with the header row
    printed on each of its two pages."""
    raw = raw_lines(S004)
    start = next(i for i, line in enumerate(raw) if line.endswith(" 责任清单（指标事项）"))
    return [line for line in clean_lines(raw[start + 1:start + 17]) if "\t" in line]


# --- cleanup rules, one table per rule ---------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("一网通办率达100％。", "一网通办率达100%。"),  # 000
    ("到２０２５年，力争高新技术企业达到８０家。", "到2025年，力争高新技术企业达到80家。"),  # 004, full-width
    ("推进企业开展ＤＣＭＭ评估认证", "推进企业开展DCMM评估认证"),
    ("臭氧（O₃）浓度上升。", "臭氧（O3）浓度上升。"),  # 004
    ("提高“聊・胜一筹!”品牌", "提高“聊·胜一筹!”品牌"),  # 002, katakana dot from a PDF
    ("各县（市、区）人民政府，市属开发区管委会：", "各县（市、区）人民政府，市属开发区管委会："),
    ("〔牵头单位：区经济发展局〕", "〔牵头单位：区经济发展局〕"),
])
def test_fullwidth_to_ascii(raw, expected):
    assert fullwidth_to_ascii(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("空气质量优良天数比率达到 65. 8 %。", "空气质量优良天数比率达到65.8%。"),  # 004 table
    ("1. 生产总值增长 6% 左右。", "1.生产总值增长6%左右。"),  # 002
    ("聊政发〔2022〕5 号", "聊政发〔2022〕5号"),  # 002
    ("新建 5G 基站 3000 个以上", "新建5G基站3000个以上"),  # 002
    ("持续      推进", "持续推进"),  # 000 cell
    ("2023 年 6 月 7 日", "2023年6月7日"),  # 003
    ("推进企业开展 DCMM 评估认证", "推进企业开展DCMM评估认证"),  # 003
    ("建成保税物流中心（B 型）", "建成保税物流中心（B型）"),  # 002
    ("Smart  City 建设", "Smart City建设"),  # two Latin words keep one space
    ("2007-2-6 11:04:00 来源:物流天下", "2007-2-6 11:04:00来源:物流天下"),  # a date keeps the space before its clock time
    ("发布时间:2018-2-8 13:44阅读:705", "发布时间:2018-2-8 13:44阅读:705"),
])
def test_remove_cjk_spaces(raw, expected):
    assert remove_cjk_spaces(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("**一、提高政治站位,强化责任担当。**2022 年是党的二十大召开之年",
     "一、提高政治站位,强化责任担当。2022 年是党的二十大召开之年"),  # 002
    ("## （二）构建“金字塔”型企业结构", "（二）构建“金字塔”型企业结构"),  # 002
    ("#### **四、凝心聚力强化基础设施建设,夯实高质量发展重大支撑**",
     "四、凝心聚力强化基础设施建设,夯实高质量发展重大支撑"),  # 002
    ("- 附件：1. 冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（指标事项）",
     "附件：1. 冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（指标事项）"),  # 004
    ("——**坚持新发展理念**。把创新、协调、绿色、开放、共享的新发展理念贯穿发展全过程和各领域",
     "——坚持新发展理念。把创新、协调、绿色、开放、共享的新发展理念贯穿发展全过程和各领域"),  # 001
])
def test_remove_markdown_marks(raw, expected):
    assert remove_markdown_marks(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("\t[bookmark: _GoBack]营造良好人才发展环境。", "营造良好人才发展环境。"),  # 000
    ("强化颗粒物与臭氧协同治理，力促PM_{2.5}、PM₁₀、优良天数“两降一升”。",
     "强化颗粒物与臭氧协同治理，力促PM2.5、PM10、优良天数“两降一升”。"),  # 003
])
def test_normalise_inline_removes_conversion_artefacts(raw, expected):
    assert normalise_inline(raw) == expected


@pytest.mark.parametrize("line, expected", [
    ("- 3 -", True), ("— 12 —", True), ("3", True), ("第3页", True), ("第 3 页 共 10 页", True),
    ("2 / 9", True), ("15-2", False), ("2025年年底", False), ("1.83", False), ("1", True),
])
def test_is_page_number(line, expected):
    assert is_page_number(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("第一章发展基础", True),  # 001
    ("一、深入实施创新驱动发展战略", True),  # 003
    ("（一）加快重大创新平台建设", True),  # 000
    ("(一)着力壮大产业规模", True),  # 002
    ("1.加强创新平台建设。加大对重点实验室培育", True),  # 003
    ("8深化数字赋能应用。", True),  # 003, "8 深化" without its dot
    ("15-1完善实验室体系。", True),  # 000 item number
    ("(1)安全生产。", True),  # 002
    ("2500名。", False),  # 001, continues "高技能人才"
    ("2025年，高端装备制造产业营业收入力争达到100亿元。", False),  # 004
    ("50亩。组织开展低质低效林、农田林网改造提升", False),  # 003
    ("大。各级各部门要以习近平新时代中国特色社会主义思想为指导", False),  # 002
])
def test_starts_heading(line, expected):
    assert starts_heading(line) is expected


@pytest.mark.parametrize("prev, nxt, expected", [
    # broken words and sentences: joined
    ("加快高质量发展的突破之年,做好今年的经济社会工作关系全局、责任重",
     "大。各级各部门要以习近平新时代中国特色社会主义思想为指导", True),  # 002
    ("对重大事项严格落实《政府督查工作条例》要求,适时开展专项督查,采取明查暗访等方式,",
     "深入一线查看推进落实情况,对工作成效显著的先进典型给予通报表扬", True),  # 002
    ("3.优化创新人才环境。坚持人才、项目、平台一体化配置，围", "绕科技创新征集人才需求", True),  # 003
    ("新增高新技术企业100家以上、科技型中小企业入库600家以上,高新技术产业产值",
     "占比增幅高于全省平均水平。", True),  # 002
    ("培育技师、高级技师800名，高级工以上基础层级高技能人才", "2500名。", True),  # 001
    ("74.开发预付式消费协同服务平台，保障消费者权益。〔牵头", "领导:张建军;牵头单位:市市场监管局", True),  # 002
    ("推动至少创建2家市级示范托育机构，参与推动创建全国婴幼儿照护服务示范城市。",
     "〔牵头单位：区卫生和计划生育局、区社会发展局〕", True),  # 003, a note on its own line
    # complete lines, titles, signatures, headings: kept apart
    ("力争2025年市级以上重点实验室新增4家以上。", "经济发展部", False),  # 000
    ("聊城市人民政府文件", "聊政发〔2021〕4号", False),  # 001
    ("聊城市人民政府", "2021年4月16日", False),  # 001
    ("冠发〔2023〕5号", "中共冠县县委冠县人民政府关于印发《冠县…》的通知", False),  # 004
    ("二、推动高水平科技创新，激发创新驱动新活力", "聚焦实施科教强县、制造业强县、人才强县战略", False),  # 004
    ("到2025年，经济总量迈上新台阶，主要经济指标年均增速高于全市平均水平",
     "二、推动高水平科技创新，激发创新驱动新活力", False),
    ("国家级技能大师工作室：太平洋光纤光缆公司国家级技能大师工作室",
     "国家级工业设计中心：中通客车控股股份有限公司新能源客车工业设计中心", False),  # 001 box
    ("附件：1.冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（指标事项）",
     "2.冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（任务事项）", False),
    ("（此件公开发布）", "2022年市政府工作报告重点工作任务", False),
])
def test_should_join(prev, nxt, expected):
    assert should_join(prev, nxt) is expected


def test_clean_lines_joins_002_words_broken_across_blank_lines():
    raw = raw_lines(S002)[14:19]  # "**一、提高政治站位…责任重", "", "大。各级各部门要…"
    assert raw[0].startswith("**一、提高政治站位") and raw[0].endswith("责任重") and raw[1] == ""
    lines = clean_lines(raw)
    assert len(lines) == 2
    assert lines[0].startswith("一、提高政治站位,强化责任担当。2022年是党的二十大召开之年")
    assert "关系全局、责任重大。各级各部门要以习近平新时代" in lines[0]
    assert lines[1].startswith("二、夯实工作举措,压实工作责任。")


def test_clean_lines_keeps_000_cell_lines_apart():
    """000 is a table flattened to text, one cell per line after a tab: cells stay separate lines
    (and an item number such as "1" is not mistaken for a page number)."""
    raw = raw_lines(S000)[8:17]
    assert all(line.startswith("\t") for line in raw if line)
    assert clean_lines(raw) == [
        "推动高水平科技创新，建设区域创新中心",
        "（一）加快重大创新平台建设",
        "1",
        raw[5].strip(),  # 完善实验室体系。…力争2025年市级以上重点实验室新增4家以上。
        "经济发展部",
        "各产业园区",
        "持续推进",
    ]


def test_clean_lines_keeps_000_item_numbers_such_as_15_2():
    raw = raw_lines(S000)
    lines = clean_lines(raw)
    assert "15-2" in lines and "2025年年底" in lines
    assert not any("\t" in line for line in lines)
    assert len(lines) == sum(1 for line in raw if line.strip())  # one line per cell, none joined


def test_clean_lines_never_joins_cell_lines():
    """Two 000 cells that would be joined as text (the first has a comma, no final 。)."""
    assert clean_lines(["\t推动高水平科技创新，建设区域创新中心", "", "\t各产业园区"]) == [
        "推动高水平科技创新，建设区域创新中心", "各产业园区"]
    # the same words as plain text would be joined: only the tab keeps them apart (below a title: a
    # document's first line, a news page's headline, is never continued, see test_clean.py)
    assert clean_lines(["开发区责任清单", "推动高水平科技创新，建设区域创新中心", "", "各产业园区"]) == [
        "开发区责任清单", "推动高水平科技创新，建设区域创新中心各产业园区"]


def test_clean_lines_keeps_004_rows_as_tab_joined_cells():
    raw = raw_lines(S004)
    lines = clean_lines(raw)
    assert "8\t空气质量优良天数比率达到65.8%。\t市生态环境局冠县分局\t县发展改革局、县工业和信息化局、县住房和城乡建设局、县交通运输局\t2025年年底" in lines
    assert "\t推动高水平科技创新，激发创新驱动新活力\t\t\t" in lines  # empty cells kept
    rows_in = sum(1 for line in raw if "\t" in line and line.strip())
    assert sum(1 for line in lines if "\t" in line) == rows_in


@pytest.mark.parametrize("source", [S001, S002, S003, S004], ids=lambda p: p.name[:3])
def test_clean_lines_is_idempotent(source):
    once = clean_lines(raw_lines(source))
    assert clean_lines(once) == once


# --- text files and encodings ------------------------------------------------------------------


@pytest.mark.parametrize("encoding, detected", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"),  # no BOM: found by its NUL bytes
    ("gbk", "gb18030"),
    ("gb18030", "gb18030"),
])
def test_text_file_encodings_give_the_same_lines(tmp_path, encoding, detected):
    lines = raw_lines(S003)[:60]
    path = make_text_file(tmp_path / f"003_{encoding}.txt", lines, encoding)
    source = read_source(path)
    assert source.encoding == detected
    assert source.lines == clean_lines(lines)
    assert source.lines[:2] == ["聊城江北水城旅游度假区管理委员会办公室文件", "聊江管办发〔2023〕7号"]


def test_markdown_file_reads_like_text(tmp_path):
    path = tmp_path / "002.md"
    path.write_bytes(S002.read_bytes())
    assert read_source(path).lines == read_source(S002).lines


# --- PDF and DOCX round trips ------------------------------------------------------------------


TABLE_AT = 12  # the annex table goes after the twelfth line of 003


@pytest.fixture(scope="module")
def sample() -> tuple[list[str], list[str]]:
    """(first 60 clean lines of 003, header + 12 indicator rows of 004)."""
    return clean_lines(raw_lines(S003))[:60], indicator_rows()


def expected_lines(sample: tuple[list[str], list[str]]) -> list[str]:
    text, rows = sample
    return text[:TABLE_AT] + rows + text[TABLE_AT:]


def test_indicator_rows_are_the_004_annex():
    rows = indicator_rows()
    assert len(rows) == 14
    assert rows[0] == rows[5] == "序号\t指标事项\t牵头部门\t参与部门\t完成时限"
    assert rows[-1] == "12\t人均预期寿命达到80岁左右。\t县卫生健康局\t县公安局、县民政局\t2025年年底"


def test_pdf_round_trip(tmp_path, sample):
    text, rows = sample
    path = make_pdf(tmp_path / "003.pdf", text, {TABLE_AT: [row.split("\t") for row in rows]})
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 3  # running header and page numbers on several pages
    source = read_source(path)
    assert source.lines == expected_lines(sample)
    assert source.lines.index(rows[0]) == TABLE_AT
    assert source.encoding is None
    assert not any(line == "- 1 -" or line.startswith("聊城江北水城旅游度假区2023年") for line in source.lines)
    assert any("running header" in warning for warning in source.warnings)


def test_docx_round_trip(tmp_path, sample):
    text, rows = sample
    path = make_docx(tmp_path / "003.docx", text, {TABLE_AT: [row.split("\t") for row in rows]})
    source = read_source(path)
    assert source.lines == expected_lines(sample)  # the page header is not body text
    assert source.lines.index(rows[0]) == TABLE_AT


MERGED = [
    ["序号", "政策事项", "牵头部门", "参与部门", "完成时限"],
    ["", "推动高水平科技创新，激发创新驱动新活力", None, None, None],  # 004's section row
    ["1", "完善实验室体系。", "县工业和信息化局", "", "2025年年底"],
]


@pytest.mark.parametrize("make, suffix", [(make_pdf, ".pdf"), (make_docx, ".docx")], ids=["pdf", "docx"])
def test_merged_cell_is_read_once_with_empty_cells(tmp_path, make, suffix):
    lines = ["冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（任务事项）",
             "（此件公开发布）"]
    path = make((tmp_path / "merged").with_suffix(suffix), lines, {1: MERGED}, header="")
    assert read_source(path).lines == [
        lines[0],
        "序号\t政策事项\t牵头部门\t参与部门\t完成时限",
        "\t推动高水平科技创新，激发创新驱动新活力\t\t\t",
        "1\t完善实验室体系。\t县工业和信息化局\t\t2025年年底",
        lines[1],
    ]


# --- the real sources --------------------------------------------------------------------------


@pytest.mark.parametrize("source", [S000, S001, S002, S003, S004], ids=lambda p: p.name[:3])
def test_each_real_source_reads(source):
    result = read_source(source)
    assert isinstance(result, SourceText) and result.encoding == "utf-8"
    assert len(result.lines) > 90
    assert all(line and line == line.strip(" ") for line in result.lines)
    assert not any(line.startswith("#") or "**" in line for line in result.lines)


def test_002_is_cleaned_of_markdown_and_joined():
    lines = read_source(S002).lines
    assert any("关系全局、责任重大。各级各部门" in line for line in lines)
    assert any(line.startswith("一、提高政治站位,强化责任担当。") for line in lines)
    assert any("采取明查暗访等方式,深入一线查看推进落实情况" in line for line in lines)
    assert "---" not in lines
    assert "部门分工方案" in lines  # "## 部 门 分 工 方 案"


# --- unreadable inputs -------------------------------------------------------------------------


def _bytes_file(data: bytes):
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


BAD_INPUTS = [
    ("empty.txt", _bytes_file(b""), "empty file"),
    ("blank.txt", _bytes_file(" \r\n\t\n".encode("utf-16")), "empty file"),
    ("binary.txt", _bytes_file(bytes([0x80, 0xFF, 0x00, 0x01]) * 200), "undecodable bytes"),
    ("report.xls", _bytes_file(b"PK\x03\x04"), "unsupported extension '.xls'"),
    ("locked.pdf", lambda p: make_encrypted_pdf(p, ["聊城市人民政府文件"]), "encrypted"),
    ("cut.pdf", lambda p: make_corrupt_pdf(p, ["聊城市人民政府文件"] * 30), "corrupt or not a PDF"),
    ("scan.pdf", make_image_only_pdf, "no text layer (scanned image?)"),
]


@pytest.mark.parametrize("name, make, reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_unreadable_input_names_file_and_reason(tmp_path, name, make, reason):
    path = make(tmp_path / name)
    with pytest.raises(UnreadableSource) as caught:
        read_source(path)
    assert caught.value.path == path
    assert reason in caught.value.reason
    assert name in str(caught.value) and reason in str(caught.value)


@pytest.mark.parametrize("name, reason", [
    ("not_a_pdf.pdf", "corrupt or not a PDF"),
    ("not_a_docx.docx", "corrupt or not a DOCX"),
    ("truncated.docx", "corrupt or not a DOCX"),
])
def test_broken_fixture_files(name, reason):
    path = FIXTURES / name
    with pytest.raises(UnreadableSource, match=reason) as caught:
        read_source(path)
    assert name in str(caught.value)


def test_markdown_pipe_table_becomes_tab_rows():
    lines = clean_lines(["| 序号 | 重点任务 | 牵头单位 |", "|---|---|---|", "| 1 | 新增高新技术企业 10 家以上。 | 市科技局 |"])
    assert lines == ["序号\t重点任务\t牵头单位", "1\t新增高新技术企业10家以上。\t市科技局"]


def test_a_column_of_bare_numbers_at_a_page_edge_is_cells_not_page_numbers():
    """南通's 分解表 as PDF (round 20): nine areas' values printed one per line run over a page break;
    "123" over "123" are cells, while a lone "- 1 -" or "7" at the edge is the page number."""
    from etl.read import PdfLine, drop_running_lines

    def page(*texts: str) -> list[PdfLine]:
        return [PdfLine(text, top=10.0 * k) for k, text in enumerate(texts)]

    pages = [page("通知", "单位地区生产总值用水量", "m3/万元", "123", "123", "- 1 -"),
             page("123", "123", "渠系水利用系数", "0.58", "- 2 -"),
             page("工业用水重复利用率", "%", "66", "66", "3")]
    kept, _ = drop_running_lines(pages)
    assert [[line.text for line in lines] for lines in kept] == [
        ["通知", "单位地区生产总值用水量", "m3/万元", "123", "123"],
        ["123", "123", "渠系水利用系数", "0.58"],
        ["工业用水重复利用率", "%", "66", "66", "3"],  # a value over a value: kept, whatever it is
    ]
