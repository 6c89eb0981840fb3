"""A scanned page's layout, engine-independent (pure functions on images and boxes).

- :func:`prepare_page`: the red channel as grey (a red seal over the text turns white, black ink
  stays black), turned straight (:func:`skew_angle`).
- :func:`find_tables`: ruled tables found from their drawn lines (long dark runs), as row and
  column boundaries.
- :func:`boxes_to_lines`: the engine's text boxes → lines in reading order, each table row one
  line of ``"\\t"``-joined cells (a merged cell gives its text once and ``""`` for the columns it
  spans, as the PDF and DOCX readers do), so the scan goes on through the same cleaning,
  structure and extraction as a text layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from etl.clean import join_text

INK = 150  # a grey level darker than this is ink
PAPER = 185  # lighter than this is paper: a red seal in the red channel (≈ 215) and the paper's tint
# Candidate skew angles (degrees): a coarse pass, then a fine one around the best coarse angle.
SKEW_COARSE = np.arange(-3.0, 3.01, 0.5)
SKEW_FINE = np.arange(-0.4, 0.41, 0.1)
_GRID_CHARS = re.compile(r"^[|丨｜]+|[|丨｜]+$")  # a table rule read as a stroke


@dataclass
class Box:
    """A piece of recognised text and its bounding box in pixels of the prepared page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Line:
    """A recognised line (or table row) in pixels; ``size`` is the estimated character size."""

    text: str
    x0: float
    top: float
    x1: float
    size: float
    is_row: bool = False


@dataclass
class Table:
    """A ruled table: its horizontal rules (y, top to bottom) and, per row, the x of the vertical
    rules that cross it; ``columns`` are all vertical rules of the table, left to right."""

    rows: list[float]
    columns: list[float]
    row_rules: list[list[float]]
    left: float
    right: float


def _row_profile_score(ink: np.ndarray) -> float:
    """How sharply the ink falls into rows: the variance of the ink per pixel row. A page turned
    straight has its lines of text in rows with white between them: the highest variance."""
    return float(np.var(ink.sum(axis=1)))


def skew_angle(gray: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that turns the page's lines of text horizontal.
    Measured on a copy about 800 pixels wide: a coarse pass over ±3° in steps of 0.5°, then a fine
    pass in steps of 0.1°. A scan turned by 0.6° gives about -0.6."""
    scale = 800 / max(gray.width, 1)
    small = gray.resize((800, max(1, round(gray.height * scale))), Image.BILINEAR) if scale < 1 else gray
    inverted = Image.eval(small, lambda v: 255 - v)

    def score(angle: float) -> float:
        turned = inverted.rotate(angle, resample=Image.BILINEAR, fillcolor=0)
        return _row_profile_score(np.asarray(turned, dtype=np.float32) > 255 - INK)

    coarse = max(SKEW_COARSE, key=score)
    return float(max(coarse + SKEW_FINE, key=score))


def prepare_page(image: Image.Image, straighten: bool = True) -> Image.Image:
    """A page image ready for recognition: grey from the red channel, where a red seal is nearly
    as light as the paper, with everything lighter than :data:`PAPER` made white (the seal's
    characters would otherwise be read into the text beneath: "县发展改革局聊"); black text stays.
    Turned straight when ``straighten``."""
    gray = image.getchannel("R") if image.mode in ("RGB", "RGBA") else image.convert("L")
    gray = gray.point(lambda v: 255 if v > PAPER else v)
    if not straighten:
        return gray
    angle = skew_angle(gray)
    if abs(angle) < 0.05:
        return gray
    return gray.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)


# --- ruled tables ------------------------------------------------------------------------------


def _runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Per pixel, whether a run of at least ``length`` ink pixels starts there (along axis 1)."""
    padded = np.concatenate([np.zeros((mask.shape[0], 1), np.int32), np.cumsum(mask, axis=1, dtype=np.int32)], axis=1)
    if mask.shape[1] < length:
        return np.zeros((mask.shape[0], 0), bool)
    return (padded[:, length:] - padded[:, :-length]) == length


def _group(positions: np.ndarray, gap: int = 3) -> list[tuple[int, int]]:
    """Consecutive positions (sorted) → (first, last) groups: one drawn rule a few pixels thick."""
    groups: list[tuple[int, int]] = []
    for p in positions.tolist():
        if groups and p - groups[-1][1] <= gap:
            groups[-1] = (groups[-1][0], p)
        else:
            groups.append((p, p))
    return groups


def _longest_run(mask: np.ndarray) -> tuple[int, int]:
    """(first, last) index of the longest run of True in a 1-D mask; (0, -1) when there is none."""
    padded = np.concatenate([[0], mask.astype(np.int8), [0]])
    starts, ends = np.flatnonzero(np.diff(padded) == 1), np.flatnonzero(np.diff(padded) == -1)
    if not len(starts):
        return 0, -1
    k = int(np.argmax(ends - starts))
    return int(starts[k]), int(ends[k] - 1)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How much of the shorter of two intervals the other covers (0…1)."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0])) / shorter if shorter > 0 else 0.0


def find_tables(gray: Image.Image, char_px: float) -> list[Table]:
    """Ruled tables of a straight page. A horizontal rule is a pixel row with a run of ink an
    eighth of the page wide; its extent is its longest stretch of ink with gaps of scanner noise
    (up to half a character) closed. Rules one below the other that cover the same stretch form a
    table; the vertical rules are found per row between them (:func:`_table_from_rules`). A page
    of prose has no such runs."""
    ink = np.asarray(gray) < INK
    height, width = ink.shape
    long_h = _runs(ink, max(20, width // 8))
    gap = np.ones(max(3, int(char_px / 2)))
    rules: list[tuple[float, float, float]] = []
    for first, last in _group(np.flatnonzero(long_h.any(axis=1))):
        band = ink[max(0, first - 1):last + 2].any(axis=0)
        closed = np.convolve(band, gap, mode="same") > 0
        x0, x1 = _longest_run(closed)
        rules.append(((first + last) / 2, float(x0), float(x1)))
    tables: list[Table] = []
    current: list[tuple[float, float, float]] = []
    for rule in rules + [None]:
        if rule is not None and current and _overlap(rule[1:], current[-1][1:]) >= 0.8:
            current.append(rule)
            continue
        if len(current) >= 2:
            tables.append(_table_from_rules(ink, current, char_px))
        current = [rule] if rule is not None else []
    return tables


def _table_from_rules(ink: np.ndarray, rules: list[tuple[float, float, float]], char_px: float) -> Table:
    """The table between ``rules``: its left and right edge (the median ends of the rules), and per
    row the vertical rules — columns of pixels inked over at least three quarters of the row's
    height (a pixel either side counted, for the last trace of skew)."""
    left = float(np.median([r[1] for r in rules]))
    right = float(np.median([r[2] for r in rules]))
    ys = [r[0] for r in rules]
    widened = ink.copy()
    widened[:, 1:] |= ink[:, :-1]
    widened[:, :-1] |= ink[:, 1:]
    row_rules: list[list[float]] = []
    for top, bottom in zip(ys, ys[1:]):
        band = widened[int(top) + 3:max(int(top) + 4, int(bottom) - 2), max(0, int(left) - 3):int(right) + 4]
        covered = band.mean(axis=0) > 0.75 if band.size else np.zeros(0, bool)
        xs = [max(0, int(left) - 3) + (a + b) / 2 for a, b in _group(np.flatnonzero(covered))]
        row_rules.append(xs)
    columns: list[float] = []
    for x in sorted(x for xs in row_rules for x in xs):
        if not columns or x - columns[-1] > char_px:
            columns.append(x)
    return Table(ys, columns, row_rules, left, right)


# --- boxes → lines -------------------------------------------------------------------------------


def char_size(boxes: list[Box]) -> float:
    """The page's character size in pixels: the median, over boxes of at least six characters, of
    width per character (a Chinese character is one em wide, a Latin letter or digit half)."""
    sizes = [(b.x1 - b.x0) / _ems(b.text) for b in boxes if _ems(b.text) >= 6]
    if not sizes:
        sizes = [b.bottom - b.top for b in boxes] or [30.0]
    return float(np.median(sizes))


def _ems(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text if not ch.isspace())


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _text_lines(boxes: list[Box], size: float) -> list[Line]:
    """Boxes on the same line (overlapping by half their height) joined left to right."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        home = next((line for line in lines if _same_line(line[-1], box)), None)
        if home is None:
            lines.append([box])
        else:
            home.append(box)
    out = []
    for line in lines:
        line.sort(key=lambda b: b.x0)
        out.append(Line(" ".join(b.text for b in line), line[0].x0, min(b.top for b in line),
                        max(b.x1 for b in line), size))
    return out


def _cell_text(boxes: list[Box]) -> str:
    text = ""
    for line in _text_lines(boxes, 1.0):
        part = _GRID_CHARS.sub("", line.text.strip()).strip()
        if part:
            text = join_text(text, part) if text else part
    return text


def _table_rows(table: Table, boxes: list[Box], size: float) -> list[Line]:
    """One line per table row: each box goes to the cell its centre falls in; a cell that spans
    columns (no rule between them in this row) gives its text once, then ``""`` per column spanned."""
    out = []
    for index, (top, bottom) in enumerate(zip(table.rows, table.rows[1:])):
        inside = [b for b in boxes if top <= (b.top + b.bottom) / 2 < bottom]
        inner = [x for x in table.row_rules[index] if table.left + size < x < table.right - size]
        edges = [table.left, *inner, table.right]
        cells: list[str] = []
        for x_left, x_right in zip(edges, edges[1:]):
            spanned = sum(1 for c in table.columns if x_left + size < c < x_right - size)
            cell = [b for b in inside if x_left <= (b.x0 + b.x1) / 2 < x_right]
            cells += [_cell_text(cell)] + [""] * spanned
        if any(cells):
            out.append(Line("\t".join(cells), table.left, top, table.right, size, is_row=True))
    return out


def boxes_to_lines(boxes: list[Box], tables: list[Table] | None = None, size: float | None = None) -> list[Line]:
    """A page's recognised boxes as lines top to bottom: table rows from the boxes inside each
    ruled table, text lines from the others."""
    size = size or char_size(boxes)
    tables = tables or []
    rows: list[Line] = []
    rest = list(boxes)
    for table in tables:
        inside = [b for b in rest if table.rows[0] <= (b.top + b.bottom) / 2 < table.rows[-1]
                  and table.left <= (b.x0 + b.x1) / 2 <= table.right]
        rows += _table_rows(table, inside, size)
        rest = [b for b in rest if b not in inside]
    return sorted(_text_lines(rest, size) + rows, key=lambda line: line.top)


def snap_margins(lines: list[Line]) -> list[Line]:
    """Recognised lines with their ends put on the page's margins. An engine's box starts a few
    pixels left or right of the first character (more for a line with brackets or quotes), so
    lines that all start at the margin would look indented, or not, at random; the reader joins
    wrapped lines by where they start and end. The left margin is the 10th percentile of where
    lines start, the right the 90th of where they end; a line starting within 0.7 characters of
    the margin starts on it, one within 0.7 of two characters in starts indented by exactly two
    (official documents indent paragraphs by two characters), one ending within a character of
    the right margin ends on it."""
    text = [line for line in lines if not line.is_row]
    if len(text) < 3:
        return lines
    size = float(np.median([line.size for line in text]))
    left = float(np.percentile([line.x0 for line in text], 10))
    right = float(np.percentile([line.x1 for line in text], 90))
    for line in text:
        offset = (line.x0 - left) / size
        if offset < 0.7:
            line.x0 = left
        elif abs(offset - 2) < 0.7:
            line.x0 = left + 2 * size
        if abs(right - line.x1) < size:
            line.x1 = right
    return lines
