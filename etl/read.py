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
from typing import Any

import charset_normalizer
import docx
import pdfplumber
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

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


class UnreadableSource(Exception):
    """A source file that cannot be turned into text; carries the file and a short reason."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


@dataclass
class SourceText:
    """The clean lines of one source file (see :func:`etl.clean.clean_lines` for their format)."""

    path: Path
    lines: list[str]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_source(path: Path) -> SourceText:
    """Read one source file, choosing the reader by extension (.txt .md .pdf .docx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    readers = {".pdf": read_pdf, ".docx": read_docx, **{ext: read_text for ext in TEXT_EXTENSIONS}}
    if suffix not in readers:
        raise UnreadableSource(path, f"unsupported extension '{suffix or '(none)'}' (不支持的文件类型)")
    if not path.is_file():
        raise UnreadableSource(path, "file not found (文件不存在)")
    source = readers[suffix](path)
    if not source.lines:
        raise UnreadableSource(path, "no text (无文字内容)")
    return source


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
    return re.sub(r"\d+", "#", text.strip())


def _trim_page(lines: list[PdfLine], is_running: Callable[[str], bool]) -> list[PdfLine]:
    """The page without the running lines at its top and bottom (table rows are never trimmed)."""
    start, end = 0, len(lines)
    while start < end and not lines[start].is_row and is_running(lines[start].text):
        start += 1
    while end > start and not lines[end - 1].is_row and is_running(lines[end - 1].text):
        end -= 1
    return lines[start:end]


def drop_running_lines(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[str]]:
    """Drop page numbers and running headers/footers from the top and bottom of every page.

    Page numbers (``"- 3 -"``, ``"第3页"``) go first; then a short line found first or last on at
    least 60% of the pages (two pages or more; digits ignored, so "第 3 章 …" counts) such as the
    header ``"聊城江北水城旅游度假区2023年重点工作任务"`` is dropped from every page.
    """
    pages = [_trim_page(lines, is_page_number) for lines in pages]
    edges = Counter(
        key
        for lines in pages if lines
        for key in {_running_key(lines[0].text), _running_key(lines[-1].text)}
        if len(key) <= RUNNING_LINE_MAX_CHARS
    )
    running = {key for key, count in edges.items() if len(pages) >= 2 and count >= RUNNING_LINE_SHARE * len(pages)}
    trimmed = [_trim_page(lines, lambda text: _running_key(text) in running or is_page_number(text)) for lines in pages]
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
    return "corrupt or not a PDF (PDF文件损坏)"


def read_pdf(path: Path) -> SourceText:
    """A PDF: page text and tables in reading order, running lines dropped, wrapped lines joined."""
    try:
        with pdfplumber.open(path) as pdf:
            pages = [page_to_lines(page) for page in pdf.pages]
    except (PdfminerException, PSException) as error:  # pdfminer's errors, wrapped or not
        raise UnreadableSource(path, _pdf_failure_reason(error)) from error
    if not pages:
        raise UnreadableSource(path, "corrupt or not a PDF: no pages (PDF文件损坏)")
    if not any(pages):
        raise UnreadableSource(path, "no text layer (scanned image?) (无文字层，可能是扫描件)")
    pages, warnings = drop_running_lines(pages)
    warnings += [f"page {number}: no text" for number, lines in enumerate(pages, 1) if not lines]
    raw = join_wrapped_lines([line for lines in pages for line in lines])
    return SourceText(path, clean_lines(raw), None, warnings)


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
