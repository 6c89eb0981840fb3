"""Issue 15: no single file can break the build. Byte-flipped PDFs and DOCX files made from the
test documents (tests/docgen.py), seeded, prove that :func:`etl.read.read_source` raises nothing
but :class:`UnreadableSource`; a build over a folder of broken files completes, naming each one;
a zip bomb and a PDF of too many pages are refused before they are read.

Bounded: a few hundred files of two or three pages, well under a minute on two cores.
"""

from __future__ import annotations

import io
import os
import pickle
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docgen import make_docx, make_pdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from etl import limits
from etl.load import build_database
from etl.read import SourceText, UnreadableSource, read_source

ROOT = Path(__file__).resolve().parent.parent
SOURCE = sorted((ROOT / "data" / "sources").glob("*.txt"))[1]
LINES = SOURCE.read_text(encoding="utf-8").splitlines()[:40]
TABLE = {5: [["序号", "指标", "2025年目标"], ["1", "地区生产总值增长", "6%"], ["2", "城镇新增就业", "1.2万人"]]}
SEED = 15
N_EACH = 120  # flipped copies of each kind (PDF bytes, DOCX bytes, DOCX XML)


def _flip(data: bytes, rng: random.Random) -> bytes:
    """One seeded damage: bytes flipped, a range overwritten or zeroed, or the file cut short."""
    buf = bytearray(data)
    how = rng.randrange(4)
    if how == 0:
        for _ in range(rng.randint(1, 30)):
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    elif how == 1:
        i = rng.randrange(len(buf))
        n = rng.randint(1, 200)
        buf[i:i + n] = bytes(rng.randrange(256) for _ in range(min(n, len(buf) - i)))
    elif how == 2:
        i = rng.randrange(len(buf))
        buf[i:i + rng.randint(1, 500)] = b"\0" * min(500, len(buf) - i)
    else:
        del buf[rng.randrange(1, len(buf)):]
    return bytes(buf)


def _docx_with_flipped_xml(data: bytes, rng: random.Random) -> bytes:
    """The DOCX re-zipped with one member's XML damaged, so the damage reaches the XML parser
    (damaged zip bytes mostly fail the CRC check first)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = rng.choice([n for n in names if n.endswith(".xml") or n.endswith(".rels")])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            member = source.read(name)
            target.writestr(name, _flip(member, rng) if name == victim else member)
    return out.getvalue()


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    return {"pdf": make_pdf(folder / "a.pdf", LINES, TABLE).read_bytes(),
            "docx": make_docx(folder / "a.docx", LINES, TABLE).read_bytes()}


def _read_or_refuse(path: Path) -> str:
    """"read" or "refused"; any other exception fails the test, naming the file's damage."""
    try:
        source = read_source(path, workers=1)
    except UnreadableSource as error:
        assert error.path == path and error.reason.strip(), error
        return "refused"
    assert isinstance(source, SourceText) and all(isinstance(line, str) for line in source.lines)
    return "read"


def test_no_exception_but_unreadable_source_escapes_read_source_for_flipped_files(originals, tmp_path):
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    for kind, make in (("pdf", lambda: _flip(originals["pdf"], rng)),
                       ("docx", lambda: _flip(originals["docx"], rng)),
                       ("docx-xml", lambda: _docx_with_flipped_xml(originals["docx"], rng))):
        for n in range(N_EACH):
            path = tmp_path / f"{kind}-{n}.{kind.split('-')[0]}"
            path.write_bytes(make())
            outcome = _read_or_refuse(path)
            outcomes[f"{kind} {outcome}"] = outcomes.get(f"{kind} {outcome}", 0) + 1
            path.unlink()
    # both outcomes happen for every kind: the damage is real, and some of it is survivable
    assert all(outcomes.get(f"{kind} refused", 0) > 0 for kind in ("pdf", "docx", "docx-xml")), outcomes
    assert sum(outcomes.values()) == 3 * N_EACH


def test_docx_with_a_damaged_deflate_stream_is_a_named_failure_not_a_zlib_traceback(originals, tmp_path):
    """zlib.error escaped read_docx (it caught BadZipFile, KeyError, ValueError, XMLSyntaxError)."""
    source = zipfile.ZipFile(io.BytesIO(originals["docx"]))
    info = source.getinfo("word/document.xml")
    data = bytearray(originals["docx"])
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 20:start + 60] = b"\xff" * 40  # inside the compressed bytes, CRC not yet reached
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableSource) as caught:
        read_source(path)
    assert "文件损坏" in caught.value.reason or "DOCX文件损坏" in caught.value.reason


def _zip_bomb(path: Path, declared_mb: int) -> Path:
    """A real DOCX with one more member of ``declared_mb`` MB of zeros (a few hundred KB packed)."""
    make_docx(path, LINES[:3])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("word/media/bomb.bin", "w", force_zip64=True) as member:
        for _ in range(declared_mb):
            member.write(b"\0" * (1 << 20))
    return path


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = _zip_bomb(tmp_path / "bomb.docx", 210)  # over the default 200 MB
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert limits.declared_unpacked_bytes(bomb) > 210 * 1024 * 1024
    with pytest.raises(UnreadableSource) as caught:
        read_source(bomb)
    assert "over the limit of 200 MB" in caught.value.reason and "解压后" in caught.value.reason


def test_unpacked_size_limit_comes_from_the_environment(tmp_path, monkeypatch):
    bomb = _zip_bomb(tmp_path / "small.docx", 3)
    assert read_source(bomb).lines  # 3 MB is fine by default
    monkeypatch.setenv("MAX_UNPACKED_MB", "2")
    with pytest.raises(UnreadableSource, match="over the limit of 2 MB"):
        read_source(bomb)


def _blank_pdf(path: Path, pages: int) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(pages):
        pdf.drawString(100, 700, f"page {number}")
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_of_too_many_pages_is_refused_with_its_count(tmp_path):
    path = _blank_pdf(tmp_path / "long.pdf", 2001)
    with pytest.raises(UnreadableSource) as caught:
        read_source(path)
    assert "2,001 pages, over the limit of 2,000" in caught.value.reason


def test_unreadable_source_crosses_a_process_boundary_intact(tmp_path):
    """``build --workers 2`` with one unreadable file died with a TypeError: the exception came back
    from the worker process by pickle, and its two-argument __init__ could not be called again."""
    error = pickle.loads(pickle.dumps(UnreadableSource(tmp_path / "a.pdf", "no pages")))
    assert (error.path, error.reason) == (tmp_path / "a.pdf", "no pages")


def _broken_folder(folder: Path, originals: dict[str, bytes]) -> dict[str, str]:
    """A sources folder: one good text and one good PDF, then a broken file of each kind; returns
    broken file → a word its reason must hold."""
    folder.mkdir()
    (folder / "good.txt").write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "good.pdf").write_bytes(originals["pdf"])
    (folder / "cut.pdf").write_bytes(originals["pdf"][:300])
    (folder / "junk.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    data = bytearray(originals["docx"])
    info = zipfile.ZipFile(io.BytesIO(originals["docx"])).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 20:start + 60] = b"\xff" * 40
    (folder / "deflate.docx").write_bytes(bytes(data))
    _zip_bomb(folder / "bomb.docx", 3)
    _blank_pdf(folder / "long.pdf", 4)
    (folder / "empty.docx").write_bytes(b"")
    return {"cut.pdf": "PDF", "junk.docx": "DOCX", "deflate.docx": "损坏", "bomb.docx": "MAX_UNPACKED_MB",
            "long.pdf": "MAX_PDF_PAGES", "empty.docx": "DOCX"}


@pytest.mark.parametrize("workers", [1, 2])
def test_build_over_a_folder_of_broken_files_completes_naming_each(originals, tmp_path, monkeypatch, workers):
    monkeypatch.setenv("MAX_UNPACKED_MB", "2")
    monkeypatch.setenv("MAX_PDF_PAGES", "3")
    broken = _broken_folder(tmp_path / "sources", originals)
    report = build_database(tmp_path / "sources", tmp_path / "out.duckdb", workers=workers)
    assert sorted(d.meta.source_file for d in report.documents) == ["good.pdf", "good.txt"]
    failures = dict(report.failures)
    assert set(failures) == set(broken), failures
    for name, word in broken.items():
        assert word in failures[name], (name, failures[name])
    assert (tmp_path / "out.duckdb").is_file()


def test_build_command_over_broken_files_names_each_without_a_traceback(originals, tmp_path):
    broken = _broken_folder(tmp_path / "sources", originals)
    proc = subprocess.run([sys.executable, "-m", "etl", "build", "--sources", str(tmp_path / "sources"),
                           "--db", str(tmp_path / "out.duckdb"), "--quiet"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "MAX_UNPACKED_MB": "2", "MAX_PDF_PAGES": "3"})
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    for name in broken:
        assert f"error: {name}: not loaded:" in proc.stdout
