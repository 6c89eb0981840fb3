"""Scanned PDFs: pages without a text layer are recognised (etl.ocr) and go on through the same
cleaning, structure and extraction as text. The scans are made from real text (tests/scangen.py:
docgen's layout rendered to images with noise, skew and a red seal), so what OCR gives back is
checked against what was printed. A few pages each; accuracy over whole documents is measured in
bench/ocr_bench.py, not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from docgen import make_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from scangen import make_mixed_pdf, make_scanned_pdf, render_pdf, scan_image
from test_pdf_readers import annex_rows, source_lines

from etl import ocr
from etl.clean import clean_lines
from etl.load import build_database
from etl.metadata import read_manifest
from etl.ocr_layout import Box, Line, boxes_to_lines, find_tables, prepare_page, skew_angle, snap_margins
from etl.pipeline import document_to_targets
from etl.read import UnreadableSource, read_pdf, read_source

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
S003 = "003_80b71f251b8369b3.txt"
META_003 = read_manifest(SOURCES / "manifest.csv")[S003]
# 003's opening: the notice, the first chapter and items 1–3 (two A4 pages; targets 400名, 40人 …)
OPENING = clean_lines(source_lines(S003))[:22]


def key(t) -> tuple:
    return (t.value, t.unit, t.kind)


def targets_of(lines: list[str]) -> list:
    return document_to_targets(lines, META_003)[0]


# --- the layout of a scanned page -----------------------------------------------------------------


@pytest.fixture(scope="module")
def table_page() -> Image.Image:
    """004's indicator annex, laid out by docgen, rendered at 200 dpi and scanned."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_pdf(Path(tmp) / "annex.pdf", ["附件：1.责任清单（指标事项）"], {1: annex_rows()})
        return render_pdf(pdf, 200, [0])[0]


def test_skew_angle_finds_the_turn_of_the_page(table_page):
    import random

    turned = scan_image(table_page, skew=1.0, rng=random.Random(4))  # turned by some angle within ±1°
    angle = skew_angle(turned.getchannel("R"))
    straight = skew_angle(table_page.getchannel("R"))
    assert abs(straight) < 0.15
    assert 0.2 < abs(angle) <= 1.1
    assert abs(skew_angle(prepare_page(turned))) < 0.15  # prepare_page turns it back


def test_find_tables_finds_the_rules_of_the_annex(table_page):
    import random

    page = prepare_page(scan_image(table_page, noise=0.03, skew=0.6, seal=True, rng=random.Random(2)))
    (table,) = find_tables(page, char_px=25)
    assert len(table.rows) == len(annex_rows()) + 1  # a rule above every row and one below the last
    assert len(table.columns) == 6  # five columns: six vertical rules


def test_prose_has_no_tables(tmp_path):
    (page,) = render_pdf(make_pdf(tmp_path / "prose.pdf", OPENING[:8]), 200, [0])
    assert find_tables(prepare_page(page), char_px=30) == []


def test_boxes_on_one_line_join_left_to_right():
    boxes = [Box("区经济发展局〕", 400, 102, 600, 131), Box("3.优化创新人才环境。〔牵头单位：", 60, 100, 390, 130),
             Box("围绕科技创新征集人才需求", 60, 140, 400, 170)]
    lines = boxes_to_lines(boxes, size=30)
    assert [line.text for line in lines] == ["3.优化创新人才环境。〔牵头单位： 区经济发展局〕", "围绕科技创新征集人才需求"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 2200), st.integers(40, 900), st.integers(20, 60)),
                min_size=1, max_size=25))
def test_every_box_is_read_once(spec):
    """Whatever the boxes, each box's text ends up in exactly one line, once."""
    boxes = [Box(f"〈{i}〉", x, y, x + w, y + h) for i, (x, y, w, h) in enumerate(spec)]
    text = " ".join(line.text for line in boxes_to_lines(boxes))
    assert all(text.count(f"〈{i}〉") == 1 for i in range(len(boxes)))


def test_snap_margins_puts_jittered_starts_on_the_margin_and_the_indent():
    lines = [Line("围绕我区重点企业", 58, 0, 530, 11), Line("准入负面清单", 62.6, 20, 527, 11),
             Line("1.加强创新平台建设。", 86, 40, 531, 11), Line("色低碳高质量发展", 60.9, 60, 300, 11),
             Line("（此件公开发布）", 300, 80, 400, 11)]
    snapped = snap_margins(lines)
    left = snapped[0].x0
    assert [line.x0 for line in snapped[:4]] == [left, left, left + 22, left]
    assert snapped[4].x0 == 300  # centred: left alone


# --- whole documents ------------------------------------------------------------------------------


def test_a_scanned_pdf_builds_like_its_text(tmp_path):
    """Two pages of 003 printed, stamped and scanned at 200 dpi with noise and a slight skew: the
    build reads them by OCR (progress shown per page) and finds the targets the text PDF gives."""
    text_dir, scan_dir = tmp_path / "text", tmp_path / "scan"
    text_dir.mkdir()
    scan_dir.mkdir()
    make_pdf(text_dir / "003.pdf", OPENING)
    make_scanned_pdf(scan_dir / "003.pdf", OPENING, dpi=200, noise=0.03, skew=0.6, seal=True, seed=1)
    for folder in (text_dir, scan_dir):
        done = subprocess.run([sys.executable, "-m", "etl", "build", "--sources", str(folder),
                               "--db", str(folder / "db.duckdb")], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
    assert "OCR 扫描页" in done.stderr and "2/2" in done.stderr  # the scan's page bar

    def rows(folder: Path) -> list[tuple]:
        with duckdb.connect(str(folder / "db.duckdb"), read_only=True) as con:
            return con.execute("SELECT value, unit, kind, indicator_name FROM targets ORDER BY position").fetchall()

    expected, got = rows(text_dir), rows(scan_dir)
    assert len(expected) >= 4
    assert sorted(r[:3] for r in got) == sorted(r[:3] for r in expected)
    with duckdb.connect(str(scan_dir / "db.duckdb"), read_only=True) as con:
        warnings = [w for (w,) in con.execute("SELECT message FROM build_warnings").fetchall()]
    assert "2 of 2 pages read by OCR (扫描页已识别)" in warnings


def test_a_text_body_with_a_scanned_annex_is_read_whole(tmp_path):
    """The body has a text layer; the annex table was printed, stamped and scanned back in. Both
    are read: the body's lines as from the text, the annex as tab-joined rows whose targets keep
    their lead departments."""
    body = OPENING[:12]
    title = "附件：1.冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（指标事项）"
    path = make_mixed_pdf(tmp_path / "mixed.pdf", body, [title], {1: annex_rows()},
                          noise=0.03, skew=0.6, seal=True, seed=3)
    source = read_pdf(path)
    assert any(w.startswith("1 of ") and "read by OCR" in w for w in source.warnings)
    assert source.lines[:len(body)] == body  # the text layer, as it is
    expected = ["\t".join(row) for row in annex_rows()]
    rows = [line for line in source.lines if "\t" in line]
    same = [row for row in rows if row in expected or row.replace("\t一\t", "\t—\t") in expected]
    assert len(same) >= len(expected) - 2, rows  # OCR may misread a character or two
    found = {(t.value, t.unit, tuple(t.lead_departments)) for t in targets_of(source.lines)}
    assert (13.0, "%", ("县发展改革局",)) in found  # row 7: 非化石能源消费占比达到13%以上
    assert (65.8, "%", ("市生态环境局冠县分局",)) in found  # row 8: 空气质量优良天数比率


def test_tesseract_reads_a_scanned_page_too(tmp_path):
    """The other engine measured (docs/ocr.md), chosen by name: one clean page of 003."""
    path = make_scanned_pdf(tmp_path / "003.pdf", OPENING[:8], dpi=200)
    lines = read_pdf(path, ocr_engine="tesseract", workers=1).lines
    assert any("聊江管办发" in line and "7号" in line for line in lines), lines
    assert "各镇（街道），区直各部门、各分支机构：" in lines or any("各分支机构" in line for line in lines)


# --- no engine ------------------------------------------------------------------------------------


def test_an_unknown_engine_is_a_clear_reason(tmp_path):
    path = make_scanned_pdf(tmp_path / "scan.pdf", OPENING[:3], dpi=100)
    with pytest.raises(UnreadableSource) as caught:
        read_source(path, ocr_engine="abbyy")
    assert "OCR is not available" in caught.value.reason and "abbyy" in caught.value.reason
    assert "扫描件无法识别" in caught.value.reason


@pytest.mark.parametrize("workers", [1, 2])
def test_a_missing_ocr_package_fails_that_file_only(tmp_path, monkeypatch, workers):
    """Without the rapidocr package (as on a machine set up from an old requirements.txt) a scanned
    file is reported with the reason and the other documents still load."""
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # `import rapidocr` now fails, as if absent
    two_pages = make_scanned_pdf(tmp_path / "two.pdf", OPENING, dpi=100)
    with pytest.raises(ocr.OcrUnavailable, match="RapidOCR is not installed"):
        ocr.recognise_pdf_pages(two_pages, [0, 1], workers=workers)  # 2: checked before the pool starts
    src = tmp_path / "src"
    src.mkdir()
    make_scanned_pdf(src / "scan.pdf", OPENING[:3], dpi=100)
    (src / "003.txt").write_text("\n".join(OPENING), encoding="utf-8")
    report = build_database(src, tmp_path / "db.duckdb")
    assert [d.meta.source_file for d in report.documents] == ["003.txt"]
    ((name, reason),) = report.failures
    assert name == "scan.pdf" and "OCR is not available" in reason and "RapidOCR is not installed" in reason


def test_the_default_engine_loads_and_reads_without_the_network(monkeypatch, table_page):
    """The PP-OCRv6 models ship inside the rapidocr wheel: with every socket refused, the engine
    still loads and reads (nothing is downloaded at run time)."""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    recognise = ocr.make_engine(None, threads=1)
    title = table_page.crop((0, 0, table_page.width, table_page.height // 8))  # the annex title
    assert any("责任清单" in box.text for box in recognise(prepare_page(title, straighten=False)))
