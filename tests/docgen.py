"""Build real source documents for tests: PDFs (reportlab, CJK font STSong-Light), DOCX files
(python-docx), deliberately broken PDFs and text files in the encodings Chinese offices use.

``tables`` maps a position in ``lines`` to the rows of a table drawn there: ``{3: rows}`` puts the
table after the first three lines. In a row, ``None`` means "merged into the cell on its left"
(a spanning cell), as in the section rows of a responsibility list.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from reportlab.lib import colors, pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "STSong-Light"
FONT_SIZE = 11
DEFAULT_HEADER = "聊城江北水城旅游度假区2023年重点工作任务"
Rows = list[list[str | None]]

pdfmetrics.registerFont(UnicodeCIDFont(FONT))

BODY = ParagraphStyle(
    "body", fontName=FONT, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.5, wordWrap="CJK",
    firstLineIndent=2 * FONT_SIZE, spaceAfter=FONT_SIZE * 0.4,
)  # official documents indent each paragraph by two characters
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")


def _pdf_text(text: str) -> str:
    """Paragraph markup for ``text``. STSong-Light has the middle dot of "聊·胜一筹" at U+30FB, not
    U+00B7 (which it leaves blank); text extraction gives U+00B7 back."""
    return escape(text).replace("\u00b7", "\u30fb")


def _pdf_table(rows: Rows, width: float) -> Table:
    """A platypus table with grid lines (so pdfplumber finds it); ``None`` cells are spanned."""
    columns = max(len(row) for row in rows)
    first = [1.2 * cm]
    rest = (width - first[0]) / (columns - 1) if columns > 1 else width
    data = [[Paragraph(_pdf_text(cell or ""), CELL) for cell in row] for row in rows]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            end = c
            while end + 1 < len(row) and row[end + 1] is None:
                end += 1
            if end > c:
                style.append(("SPAN", (c, r), (end, r)))
            c = end + 1
    table = Table(data, colWidths=first + [rest] * (columns - 1) if columns > 1 else [width])
    table.setStyle(TableStyle(style))
    return table


def _story(lines: list[str], tables: dict[int, Rows] | None, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for index in range(len(lines) + 1):
        if tables and index in tables:
            story.append(_pdf_table(tables[index], width))
        if index < len(lines):
            story.append(Paragraph(_pdf_text(lines[index]), BODY))
    return story


def make_pdf(path: Path, lines: list[str], tables: dict[int, Rows] | None = None,
             header: str = DEFAULT_HEADER) -> Path:
    """A real multi-page A4 PDF: wrapped paragraphs, a running header, "- N -" page numbers and
    ruled tables placed between paragraphs."""
    margin = 2 * cm

    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, header)
        pdf.drawCentredString(A4[0] / 2, 1.2 * cm, f"- {doc.page} -")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin + 0.3 * cm, bottomMargin=margin + 0.3 * cm)
    doc.build(_story(lines, tables, A4[0] - 2 * margin), onFirstPage=decorate, onLaterPages=decorate)
    return Path(path)


def _add_docx_table(document: docx.document.Document, rows: Rows) -> None:
    columns = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
        for c in range(len(row) - 1, 0, -1):  # merge right to left so spans can chain
            if row[c] is None:
                table.cell(r, c - 1).merge(table.cell(r, c))


def make_docx(path: Path, lines: list[str], tables: dict[int, Rows] | None = None,
              header: str = DEFAULT_HEADER) -> Path:
    """A real DOCX: one paragraph per line, real tables between them, a page header (which is
    not body text and must not be read)."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(FONT_SIZE)
    document.sections[0].header.paragraphs[0].text = header
    for index in range(len(lines) + 1):
        if tables and index in tables:
            _add_docx_table(document, tables[index])
        if index < len(lines):
            document.add_paragraph(lines[index])
    document.save(str(path))
    return Path(path)


def make_encrypted_pdf(path: Path, lines: list[str], password: str = "secret") -> Path:
    """A PDF that needs a user password to open (reportlab's standard 128-bit encryption)."""
    encryption = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner", strength=128)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    pdf.setFont(FONT, FONT_SIZE)
    for number, line in enumerate(lines):
        pdf.drawString(2 * cm, A4[1] - (3 + number) * cm, line)
    pdf.showPage()
    pdf.save()
    return Path(path)


def make_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry only drawn shapes, like a scan: pages but no text layer."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.setFillColorRGB(0.85, 0.85, 0.85)
        pdf.rect(2 * cm, 5 * cm, A4[0] - 4 * cm, A4[1] - 10 * cm, fill=1)
        pdf.setFillColorRGB(0.2, 0.2, 0.2)
        for row in range(20):
            pdf.rect(3 * cm, A4[1] - (6 + row) * cm, 12 * cm, 0.3 * cm, fill=1, stroke=0)
        pdf.showPage()
    pdf.save()
    return Path(path)


def make_corrupt_pdf(path: Path, lines: list[str]) -> Path:
    """A real PDF cut off after its first 200 bytes, as an interrupted download leaves it."""
    make_pdf(path, lines)
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[:200])
    return Path(path)


def make_text_file(path: Path, lines: list[str], encoding: str) -> Path:
    """A text file in ``encoding``: "utf-8", "utf-8-sig" (BOM), "utf-16" (BOM), "utf-16-le"
    (no BOM), "gbk" or "gb18030"; lines end with CRLF, as Windows editors write them."""
    Path(path).write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return Path(path)


def hard_wrapped(paragraphs: list[str], width: int) -> list[str]:
    """Each paragraph cut into lines of ``width`` characters, as a text copied out of a 公文's PDF is (28 to a
    line): a Latin word or a number ("AED", "2021", "4.5%") is never cut, it goes whole to the next line.
    Lines holding a table (tabs, cell borders, runs of spaces) are left as they are."""
    lines = []
    for paragraph in paragraphs:
        if "\t" in paragraph or "|" in paragraph or "  " in paragraph.strip():
            lines.append(paragraph)
            continue
        while len(paragraph) > width:
            cut = width
            while cut > 1 and re.match(r"[A-Za-z0-9.%]{2}", paragraph[cut - 1 : cut + 1]):
                cut -= 1
            lines.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        lines.append(paragraph)
    return lines


_FULL_WIDTH_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%"})


def full_width_digits(line: str) -> str:
    """Digits and % typed full-width, as some sites print them: "增长6%，2025年" → "增长６％，２０２５年"."""
    return line.translate(_FULL_WIDTH_DIGITS)
