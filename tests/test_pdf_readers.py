"""The fast PDF reader (PDFium for text pages, pdfplumber only for pages with drawn lines) gives
the same lines, and so the same targets, as the reader before it (pdfplumber for every page), on
every PDF the tests make and on the five real sources rendered to PDF as the benchmark renders
them. Speed is measured in bench/pdf_speed.py, not here.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from docgen import make_pdf

from etl.clean import clean_lines
from etl.metadata import read_manifest
from etl.pipeline import document_to_targets
from etl.read import page_kind, pdf_pages, read_pdf, read_pdf_with_pdfplumber

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"
MANIFEST = read_manifest(SOURCES / "manifest.csv")
S003 = "003_80b71f251b8369b3.txt"
S004 = "004_732dde5a7dac0490.txt"


def source_lines(name: str) -> list[str]:
    """A source's lines as the benchmark writes them into a PDF (bench/run.py: five_sources)."""
    return [line.strip() for line in (SOURCES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def annex_rows() -> list[list[str | None]]:
    """004's indicator annex: header and twelve rows, as in tests/test_read.py."""
    raw = (SOURCES / S004).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(raw) if line.endswith(" 责任清单（指标事项）"))
    return [line.split("\t") for line in clean_lines(raw[start + 1:start + 17]) if "\t" in line]


def targets(lines: list[str], source: str) -> list[tuple]:
    found, _ = document_to_targets(lines, MANIFEST[source])
    return [(t.indicator_name, t.value, t.unit, t.comparator, t.kind, t.target_year,
             tuple(t.lead_departments), t.source_text) for t in found]


def only_recovers(old: str, new: str) -> bool:
    """``new`` is ``old`` or ``old`` with characters added that pdfplumber lost: it drops the
    subscript digits of "PM₁₀" (zero-width glyphs in STSong-Light), PDFium keeps them."""
    opcodes = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    return all(tag in ("equal", "insert") for tag, *_ in opcodes)


def test_only_recovers_accepts_added_characters_only():
    assert only_recovers("力促PM2.5、PM、优良天数", "力促PM2.5、PM10、优良天数")
    assert not only_recovers("力促PM2.5、PM10、优良天数", "力促PM2.5、PM、优良天数")
    assert not only_recovers("达到80家", "达到90家")


# (test id, how the PDF is made, which manifest row gives its metadata)
PDFS = [
    ("test_read: 003 with the annex table",
     lambda p: make_pdf(p, clean_lines(source_lines(S003))[:60], {12: annex_rows()}), S003),
    ("test_read: merged cells",
     lambda p: make_pdf(p, ["冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（任务事项）",
                            "（此件公开发布）"],
                        {1: [["序号", "政策事项", "牵头部门", "参与部门", "完成时限"],
                             ["", "推动高水平科技创新，激发创新驱动新活力", None, None, None],
                             ["1", "完善实验室体系。", "县工业和信息化局", "", "2025年年底"]]}, header=""), S004),
    ("test_build: 003 with a table row",
     lambda p: make_pdf(p, clean_lines(source_lines(S003)),
                        {40: [["序号", "指标事项", "牵头部门", "参与部门", "完成时限"],
                              ["1", "到2025年，全县非化石能源消费占比达到13%以上。", "县发展改革局", "—", "2025年年底"]]}), S003),
    *[(f"bench: {name[:3]}", lambda p, name=name: make_pdf(p, source_lines(name), header="基准测试"), name)
      for name in sorted(MANIFEST)],
]


@pytest.mark.parametrize("make, source", [(make, source) for _, make, source in PDFS], ids=[pdf[0] for pdf in PDFS])
def test_fast_reader_gives_the_same_targets(tmp_path, make, source):
    path = make(tmp_path / "doc.pdf")
    before = read_pdf_with_pdfplumber(path).lines
    after = read_pdf(path).lines
    assert len(after) == len(before)
    assert all(only_recovers(old, new) for old, new in zip(before, after))
    old_targets, new_targets = targets(before, source), targets(after, source)
    assert [t[:-1] for t in new_targets] == [t[:-1] for t in old_targets]
    assert all(only_recovers(old[-1], new[-1]) for old, new in zip(old_targets, new_targets))


def test_the_five_sources_yield_targets_through_the_fast_reader(tmp_path):
    """The comparison above is not vacuous: the rendered sources do yield targets."""
    counts = {}
    for name in sorted(MANIFEST):
        path = make_pdf(tmp_path / f"{name[:3]}.pdf", source_lines(name), header="基准测试")
        counts[name[:3]] = len(targets(read_pdf(path).lines, name))
    assert all(n > 0 for n in counts.values()), counts
    assert sum(counts.values()) > 300, counts


def test_only_pages_with_drawn_lines_go_to_pdfplumber(tmp_path):
    """003 with the annex table: the table's page is a "table" page, the prose pages "text"."""
    path = PDFS[0][1](tmp_path / "doc.pdf")
    kinds, lines = pdf_pages(path)
    assert kinds.count("table") >= 1 and kinds.count("text") >= 2
    assert set(lines) == {n for n, kind in enumerate(kinds) if kind == "text"}


def test_a_long_pdf_read_by_two_processes_is_read_as_by_one(tmp_path):
    path = make_pdf(tmp_path / "001.pdf", source_lines("001_1e4891dfb3b720f9.txt"), header="基准测试")
    one, two = pdf_pages(path, workers=1), pdf_pages(path, workers=2)
    assert len(one[0]) >= 40  # long enough to be split
    assert one[0] == two[0]
    assert {n: [line.text for line in page] for n, page in one[1].items()} == \
           {n: [line.text for line in page] for n, page in two[1].items()}


def test_page_kind_of_a_blank_page_is_text(tmp_path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    path = tmp_path / "blank.pdf"
    document.save(str(path))
    document = pdfium.PdfDocument(str(path))
    page = document[0]
    assert page_kind(page, page.get_textpage()) == "text"
