"""Reading stage: a .txt/.md/.pdf/.docx file → :class:`SourceText` (clean lines in document order).

Each format has a small reader producing raw lines (a PDF or DOCX table row already joined by
``"\\t"``); :func:`etl.clean.clean_lines` then does the cleanup shared by all formats. Anything
that cannot be read raises :class:`UnreadableSource` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import charset_normalizer
import docx
import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from etl import limits, rx
from etl.cell_lines import is_bare_number
from etl.clean import SENTENCE_END, clean_lines, is_page_number, join_text, normalise_inline, starts_heading

TEXT_EXTENSIONS = (".txt", ".md")
BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A running header/footer: a short line found at the top or bottom of at least this share of pages.
RUNNING_LINE_SHARE = 0.6
RUNNING_LINE_MAX_CHARS = 40
# A PDF line is wrapped when it ends within this many character heights of the right margin.
WRAP_TOLERANCE_EMS = 2.5
# A PDF this long has its text read by several processes (see :func:`pdf_pages`).
PARALLEL_MIN_PAGES = 40


class UnreadableSource(Exception):
    """A source file that cannot be turned into text; carries the file and a short reason."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason

    def __reduce__(self):  # issue 15: crosses process boundaries (build --workers) intact
        return (type(self), (self.path, self.reason))


@dataclass
class SourceText:
    """The clean lines of one source file (see :func:`etl.clean.clean_lines` for their format)."""

    path: Path
    lines: list[str]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_source(path: Path, ocr_engine: str | None = None, workers: int = 2,
                on_page: Callable[[int, int], None] | None = None) -> SourceText:
    """Read one source file, choosing the reader by extension (.txt .md .pdf .docx).

    The other arguments concern PDFs only (see :func:`read_pdf`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    readers: dict[str, Callable[[Path], SourceText]] = {
        ".pdf": lambda p: read_pdf(p, ocr_engine, workers, on_page),
        ".docx": read_docx,
        **{ext: read_text for ext in TEXT_EXTENSIONS},
    }
    if suffix not in readers:
        raise UnreadableSource(path, f"unsupported extension '{suffix or '(none)'}' (不支持的文件类型)")
    if not path.is_file():
        raise UnreadableSource(path, "file not found (文件不存在)")
    source = _guarded(readers[suffix], path)
    if not source.lines:
        raise UnreadableSource(path, "no text (无文字内容)")
    return source


def _guarded(reader: Callable[[Path], SourceText], path: Path) -> SourceText:
    """Issue 15: whatever a reader raises becomes :class:`UnreadableSource` naming the file, so one
    broken file is a named failure of the build, never a traceback: a DOCX whose deflate stream is
    damaged (``zlib.error``) reads "corrupt or unreadable file (zlib.error: …)"."""
    try:
        return reader(path)
    except UnreadableSource:
        raise
    except limits.TooLarge as error:
        raise UnreadableSource(path, str(error)) from error
    except Exception as error:  # any library's error (zlib, struct, lxml, pdfium…), named
        detail = " ".join(str(error).split())[:200]
        raise UnreadableSource(
            path, f"corrupt or unreadable file ({type(error).__module__}.{type(error).__name__}: {detail}) "
                  f"(文件损坏或无法读取)") from error


# --- text files -------------------------------------------------------------------------------


# Code points expected in a Chinese plan document: ASCII, Latin, general and CJK punctuation,
# symbols such as ①②, ■, ℃, CJK ideographs and full-width forms.
TEXT_RANGES = (
    (0x09, 0x0D), (0x20, 0x7E), (0xA0, 0x24F), (0x391, 0x3C9), (0x2000, 0x22FF), (0x2460, 0x26FF),
    (0x2E80, 0x2FDF), (0x3000, 0x312F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)


_OUTSIDE_TEXT_RANGES = re.compile(
    "[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in TEXT_RANGES) + "]"
)


def _looks_like_text(text: str) -> bool:
    """Decoded text is plausible when at least 95% of it is in :data:`TEXT_RANGES`.

    Garbage decoded as UTF-16 (``"⣃ꆠÿ⣃ꆠÿ"``) or as a wrong 8-bit guess falls outside. (One
    regex pass counts the characters outside: a county plan of 190 KB takes milliseconds.)
    """
    if not text:
        return False
    outside = len(_OUTSIDE_TEXT_RANGES.findall(text))
    return (len(text) - outside) / len(text) >= 0.95


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order shown by NUL bytes, or None: ASCII in UTF-16-LE is ``b"A\\x00"``.

    Pure Chinese text in UTF-16 has no NULs and is not detectable this way; newlines and digits
    almost always give it away.
    """
    if b"\x00" not in data or len(data) % 2:
        return None
    odd_nuls, even_nuls = data[1::2].count(0), data[0::2].count(0)
    return "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"


def _decode_strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def bytes_to_text(data: bytes) -> tuple[str, str, list[str]] | None:
    """Decode a text file: (text, encoding, warnings), or None when no encoding fits.

    Order, strict first because Chinese government files are UTF-8 or GB18030/GBK: a BOM (UTF-8,
    UTF-16, UTF-32); UTF-16 without BOM when NUL bytes betray it; strict UTF-8; strict GB18030;
    then charset-normalizer's best guess, kept only if it decodes to plausible text.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = _decode_strict(data, encoding)
            return (text, encoding, []) if text is not None else None
    utf16 = _utf16_without_bom(data)
    if utf16 and (text := _decode_strict(data, utf16)) is not None and _looks_like_text(text):
        return text, utf16, []
    for encoding in ("utf-8", "gb18030"):
        if (text := _decode_strict(data, encoding)) is not None and _looks_like_text(text):
            return text, encoding, []
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding, [f"encoding guessed by charset-normalizer: {best.encoding}"]
    return None


def read_text(path: Path) -> SourceText:
    """A .txt or .md file: decode (see :func:`bytes_to_text`), split into lines, clean."""
    data = path.read_bytes()
    if not data:
        raise UnreadableSource(path, "empty file (空文件)")
    decoded = bytes_to_text(data)
    if decoded is None:
        raise UnreadableSource(path, "undecodable bytes (无法识别的文字编码)")
    text, encoding, warnings = decoded
    if not text.strip():
        raise UnreadableSource(path, "empty file (空文件)")
    return SourceText(path, clean_lines(text.splitlines()), encoding, warnings)


# --- PDF --------------------------------------------------------------------------------------


@dataclass
class PdfLine:
    """A text line or a table row of one PDF page, with where it sits on the page."""

    text: str
    top: float
    x0: float = 0.0
    x1: float = 0.0
    height: float = 0.0
    is_row: bool = False


def _inside(obj: dict[str, Any], bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    mid_x, mid_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return x0 <= mid_x <= x1 and top <= mid_y <= bottom


def cell_to_text(cell: str | None) -> str:
    """A PDF table cell's text on one line: wrapped cell lines are glued, a merged cell is ``""``."""
    if not cell:
        return ""
    parts = [part.strip() for part in cell.splitlines() if part.strip()]
    text = ""
    for part in parts:
        text = join_text(text, part) if text else part
    return text


def page_to_lines(page: Any) -> list[PdfLine]:
    """A page's text lines and table rows in reading order (top to bottom).

    Tables come from ``page.find_tables()``; their characters are filtered out of the page text
    so that a table is not read twice, once as jumbled lines and once as rows.
    """
    # a table needs ruling lines; a page of running text has none, and skipping the search there
    # halves the time spent on it (pdfplumber's table finder reads every character again)
    tables = page.find_tables() if (page.lines or page.rects or page.edges) else []
    bboxes = [table.bbox for table in tables]
    text_page = page.filter(lambda obj: not any(_inside(obj, bbox) for bbox in bboxes)) if bboxes else page
    lines = [
        PdfLine(line["text"], line["top"], line["x0"], line["x1"], line["bottom"] - line["top"])
        for line in text_page.extract_text_lines(return_chars=False)
        if line["text"].strip()
    ]
    for table in tables:
        for index, row in enumerate(table.extract()):
            cells = [cell_to_text(cell) for cell in row]
            if any(cells):
                lines.append(PdfLine("\t".join(cells), table.bbox[1] + index * 0.01, is_row=True))
    return sorted(lines, key=lambda line: line.top)


def _running_key(text: str) -> str:
    return rx.sub(r"\d+", "#", text.strip())


def _trim_page(lines: list[PdfLine], is_running: Callable[[str], bool]) -> list[PdfLine]:
    """The page without the running lines at its top and bottom (table rows are never trimmed)."""
    start, end = 0, len(lines)
    while start < end and not lines[start].is_row and is_running(lines[start].text):
        start += 1
    while end > start and not lines[end - 1].is_row and is_running(lines[end - 1].text):
        end -= 1
    return lines[start:end]


def _trim_page_number(lines: list[PdfLine]) -> list[PdfLine]:
    """The page without its page number, one line at its top or bottom — unless the line beside it is a
    bare number too: "123" over "123" over "123" are a table's cells printed one per line (南通's
    分解表), not page numbers."""
    def bare(k: int) -> bool:
        return 0 <= k < len(lines) and is_bare_number(lines[k].text)

    start, end = 0, len(lines)
    if end and not lines[0].is_row and is_page_number(lines[0].text) and not (bare(0) and bare(1)):
        start = 1
    if end > start and not lines[end - 1].is_row and is_page_number(lines[end - 1].text) and not (bare(end - 1) and bare(end - 2)):
        end -= 1
    return lines[start:end]


def drop_running_lines(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[str]]:
    """Drop page numbers and running headers/footers from the top and bottom of every page.

    Page numbers (``"- 3 -"``, ``"第3页"``) go first; then a short line found first or last on at
    least 60% of the pages (two pages or more; digits ignored, so "第 3 章 …" counts) such as the
    header ``"聊城江北水城旅游度假区2023年重点工作任务"`` is dropped from every page.
    """
    pages = [_trim_page_number(lines) for lines in pages]
    edges = Counter(
        key
        for lines in pages if lines
        for key in {_running_key(lines[0].text), _running_key(lines[-1].text)}
        if len(key) <= RUNNING_LINE_MAX_CHARS and key != "#"  # a bare number is a page number or a cell, never a header
    )
    running = {key for key, count in edges.items() if len(pages) >= 2 and count >= RUNNING_LINE_SHARE * len(pages)}
    trimmed = [_trim_page_number(_trim_page(lines, lambda text: _running_key(text) in running)) for lines in pages]
    return trimmed, [f"dropped running header/footer: {key}" for key in sorted(running)]


@dataclass
class Layout:
    """Where the text column of a PDF starts and ends, and whether paragraphs start indented."""

    left: float
    right: float
    indents_paragraphs: bool


def text_layout(lines: list[PdfLine]) -> Layout:
    """The text column of a document: leftmost and rightmost text, and paragraph indentation.

    Official documents indent each paragraph by two characters; when some lines start about two
    character widths right of the margin, indentation is what marks a new paragraph.
    """
    text_lines = [line for line in lines if not line.is_row]
    left = min((line.x0 for line in text_lines), default=0.0)
    right = max((line.x1 for line in text_lines), default=0.0)
    indented = sum(1 for line in text_lines if 1.5 <= (line.x0 - left) / max(line.height, 1.0) <= 2.5)
    return Layout(left, right, indented >= 2)


def is_wrapped(previous: PdfLine, line: PdfLine, layout: Layout) -> bool:
    """Whether ``line`` continues ``previous``, wrapped at the right margin.

    ``previous`` must reach the right margin (within 2.5 character heights). Then, in a document
    that indents its paragraphs, ``line`` continues the paragraph if it is not indented; otherwise
    only if ``line`` does not start a heading or item and ``previous`` does not end a sentence.
    ``"3. 优化创新人才环境。坚持人才、项目、平台一体化配置，围"`` + ``"绕科技创新征集人才需求，…"``
    → one line. Table rows are never joined.
    """
    if previous.is_row or line.is_row:
        return False
    if previous.x1 < layout.right - WRAP_TOLERANCE_EMS * previous.height:
        return False
    if layout.indents_paragraphs:
        return line.x0 - layout.left < 0.5 * line.height
    return previous.text.rstrip()[-1:] not in SENTENCE_END and not starts_heading(normalise_inline(line.text))


def join_wrapped_lines(lines: list[PdfLine]) -> list[str]:
    """The PDF's lines as paragraphs: each wrapped line is glued to the one it continues."""
    layout = text_layout(lines)
    out: list[str] = []
    for previous, line in zip([None, *lines], lines):
        if previous is not None and is_wrapped(previous, line, layout):
            out[-1] = join_text(out[-1], line.text.strip())
        else:
            out.append(line.text)
    return out


def _pdf_failure_reason(error: Exception) -> str:
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(cause, PDFEncryptionError):  # includes PDFPasswordIncorrect
        return "encrypted PDF (PDF已加密)"
    if isinstance(cause, pdfium.PdfiumError) and getattr(cause, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDF (PDF已加密)"
    return "corrupt or not a PDF (PDF文件损坏)"


# How a page is read: its text layer by PDFium (fast), by pdfplumber (a page that may hold a ruled
# table), or by OCR (a page that is only an image: a scan).
PageKind = Literal["text", "table", "scan"]


def page_kind(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> PageKind:
    """How to read one page: "scan" when it has no text but carries an image (a scanner's page);
    "table" when it has text and drawn lines or boxes (pdfplumber finds ruled tables only there,
    as it did before); else "text". A page of a 规划纲要 with only paragraphs is "text"."""
    has_text = bool(textpage.get_text_range().strip())
    kinds = {obj.type for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE))}
    if not has_text:
        return "scan" if pdfium_c.FPDF_PAGEOBJ_IMAGE in kinds else "text"
    return "table" if pdfium_c.FPDF_PAGEOBJ_PATH in kinds else "text"


def _segments(text: str) -> list[tuple[int, int]]:
    """(first, last) indices of the non-blank characters of each line PDFium laid out (it ends a
    line with a generated "\\r\\n")."""
    spans, start = [], 0
    for end in [*(i for i, ch in enumerate(text) if ch == "\n"), len(text)]:
        chars = [i for i in range(start, end) if not text[i].isspace()]
        if chars:
            spans.append((chars[0], chars[-1]))
        start = end + 1
    return spans


def textpage_to_lines(textpage: pdfium.PdfTextPage, page_height: float) -> list[PdfLine]:
    """A page's text lines through PDFium, with the geometry pdfplumber gives: ``top`` from the
    top of the page, ``x0``/``x1`` of the first and last character's advance box, ``height`` the
    font size. Pieces PDFium put on separate lines at the same height are one line, left to right;
    lines are sorted top to bottom, as pdfplumber's ``extract_text_lines`` sorts them."""
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # a character outside the BMP shifts the indices
        return []
    pieces = []
    for first, last in _segments(text):
        left, _, _, top = textpage.get_charbox(first, loose=True)
        right = textpage.get_charbox(last, loose=True)[2]
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, first) or (top - textpage.get_charbox(first, loose=True)[1])
        pieces.append(PdfLine(text[first:last + 1], page_height - top, left, right, size))
    pieces.sort(key=lambda line: (line.top, line.x0))
    lines: list[PdfLine] = []
    for piece in pieces:
        last_line = lines[-1] if lines else None
        if last_line and abs(piece.top - last_line.top) < 0.5 * max(piece.height, 1.0):
            last_line.text += " " + piece.text
            last_line.x1 = max(last_line.x1, piece.x1)
        else:
            lines.append(piece)
    return lines


def _plumber_pages(path: Path, numbers: list[int]) -> dict[int, list[PdfLine]]:
    """Pages read by pdfplumber (text and ruled tables), by number; opened only when needed."""
    if not numbers:
        return {}
    try:
        with pdfplumber.open(path) as pdf:
            return {n: page_to_lines(pdf.pages[n]) for n in numbers}
    except (PdfminerException, PSException) as error:  # pdfminer's errors, wrapped or not
        raise UnreadableSource(path, _pdf_failure_reason(error)) from error


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise UnreadableSource(path, _pdf_failure_reason(error)) from error


def _read_page_range(path: Path, start: int, stop: int) -> list[tuple[PageKind, list[PdfLine]]]:
    """Pages ``start``…``stop - 1``: each one's kind and, for a "text" page, its lines (PDFium)."""
    document = _open_pdfium(path)
    out: list[tuple[PageKind, list[PdfLine]]] = []
    try:
        for number in range(start, stop):
            page = document[number]
            textpage = page.get_textpage()
            kind = page_kind(page, textpage)
            lines = textpage_to_lines(textpage, page.get_height()) if kind == "text" else []
            if kind == "text" and not lines and textpage.get_text_range().strip():
                kind = "table"  # text PDFium could not index: pdfplumber reads it
            out.append((kind, lines))
            textpage.close()
            page.close()
    finally:
        document.close()
    return out


def pdf_pages(path: Path, workers: int = 1) -> tuple[list[PageKind], dict[int, list[PdfLine]]]:
    """Each page's kind and, for "text" pages, its lines. A long PDF (at least
    :data:`PARALLEL_MIN_PAGES` pages) is read in ``workers`` processes, each a run of pages: PDFium
    spends most of its time laying out the glyphs of a CJK font, page by page. Raises
    UnreadableSource."""
    count = _page_count(path)
    limits.check_page_count(count)  # issue 15: raises limits.TooLarge, named by read_source
    if workers <= 1 or count < PARALLEL_MIN_PAGES:
        pages = _read_page_range(path, 0, count)
    else:
        from concurrent.futures import ProcessPoolExecutor

        bounds = [round(count * k / workers) for k in range(workers + 1)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            runs = pool.map(_read_page_range, [path] * workers, bounds[:-1], bounds[1:])
            pages = [page for run in runs for page in run]
    kinds = [kind for kind, _ in pages]
    return kinds, {n: lines for n, (kind, lines) in enumerate(pages) if kind == "text"}


def read_pdf(path: Path, ocr_engine: str | None = None, workers: int = 2,
             on_page: Callable[[int, int], None] | None = None) -> SourceText:
    """A PDF: page text and tables in reading order, running lines dropped, wrapped lines joined.

    Text pages are read by PDFium, pages with drawn lines by pdfplumber (which finds the ruled
    tables), scanned pages by OCR (``etl.ocr``; ``ocr_engine`` None is the default engine).
    ``workers`` processes recognise scanned pages, and read the text of a long PDF;
    ``on_page(done, total)`` is called after each recognised page.
    """
    kinds, lines = pdf_pages(path, workers)
    if not kinds:
        raise UnreadableSource(path, "corrupt or not a PDF: no pages (PDF文件损坏)")
    lines.update(_plumber_pages(path, [n for n, kind in enumerate(kinds) if kind == "table"]))
    warnings: list[str] = []
    scans = [n for n, kind in enumerate(kinds) if kind == "scan"]
    if scans:
        lines.update(_ocr_pages(path, scans, ocr_engine, workers, on_page, len(kinds)))
        warnings.append(f"{len(scans)} of {len(kinds)} pages read by OCR (扫描页已识别)")
    pages = [lines.get(n, []) for n in range(len(kinds))]
    if not any(pages):
        if scans:
            raise UnreadableSource(path, "no text layer, and OCR found no text (无文字层，OCR未识别出文字)")
        raise UnreadableSource(path, "no text layer (scanned image?) (无文字层，可能是扫描件)")
    pages, dropped = drop_running_lines(pages)
    warnings += dropped
    warnings += [f"page {number}: no text" for number, page in enumerate(pages, 1) if not page]
    raw = join_wrapped_lines([line for page in pages for line in page])
    return SourceText(path, clean_lines(raw), None, warnings)


def read_pdf_with_pdfplumber(path: Path) -> SourceText:
    """The PDF reader before PDFium: every page through pdfplumber. Kept as the reference the fast
    reader is compared with (tests/test_pdf_readers.py, bench/pdf_speed.py); scans are refused."""
    pages = list(_plumber_pages(path, list(range(_page_count(path)))).values())
    if not any(pages):
        raise UnreadableSource(path, "no text layer (scanned image?) (无文字层，可能是扫描件)")
    pages, warnings = drop_running_lines(pages)
    raw = join_wrapped_lines([line for page in pages for line in page])
    return SourceText(path, clean_lines(raw), None, warnings)


def _page_count(path: Path) -> int:
    document = _open_pdfium(path)
    try:
        return len(document)
    finally:
        document.close()


def _ocr_pages(path: Path, numbers: list[int], engine: str | None, workers: int,
               on_page: Callable[[int, int], None] | None, total: int) -> dict[int, list[PdfLine]]:
    """The scanned pages' lines by OCR; a missing engine is a clear per-file reason."""
    from etl import ocr

    try:
        recognised = ocr.recognise_pdf_pages(path, numbers, engine=engine, workers=workers, on_page=on_page)
    except ocr.OcrUnavailable as error:
        raise UnreadableSource(
            path, f"{len(numbers)} of {total} pages are scans and OCR is not available: {error} "
                  f"(扫描件无法识别：未安装OCR引擎)") from error
    return {n: [PdfLine(l.text, l.top, l.x0, l.x1, l.height, l.is_row) for l in page] for n, page in recognised.items()}


# --- DOCX -------------------------------------------------------------------------------------


def table_to_rows(table: Table) -> list[str]:
    """A DOCX table as tab-joined rows; merged cells give their text once and ``""`` elsewhere.

    A cell spanning three columns (``gridSpan``) such as ``"推动高水平科技创新，激发创新驱动新活力"``
    gives that text then two empty cells, like the rows of 004; a vertically merged cell's text
    appears in its first row only. Paragraphs inside a cell are glued as one line.
    """
    rows = []
    for row in table.rows:
        cells = [""] * row.grid_cols_before
        for tc in row._tr.tc_lst:
            text = "" if tc.vMerge == "continue" else " ".join(_Cell(tc, table).text.split())
            cells += [text] + [""] * (tc.grid_span - 1)
        cells += [""] * row.grid_cols_after
        rows.append("\t".join(cells))
    return rows


def read_docx(path: Path) -> SourceText:
    """A DOCX: body paragraphs and tables in document order (tabs inside a paragraph become spaces)."""
    try:
        limits.check_unpacked_size(path)  # issue 15: before anything is unpacked
        document = docx.Document(str(path))
        raw: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                raw += block.text.replace("\t", " ").splitlines()
            elif isinstance(block, Table):
                raw += table_to_rows(block)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as error:
        raise UnreadableSource(path, "corrupt or not a DOCX (DOCX文件损坏)") from error
    return SourceText(path, clean_lines(raw), None, [])
