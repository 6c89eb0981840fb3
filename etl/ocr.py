"""OCR for scanned PDF pages: a page image → text boxes, through one of two offline engines.

- ``"rapidocr"`` (the default): RapidOCR 3 on ONNX Runtime with the PP-OCRv6 small Chinese
  models that ship inside the ``rapidocr`` wheel (nothing is downloaded when it runs).
- ``"tesseract"``: Debian's ``tesseract-ocr`` with ``tesseract-ocr-chi-sim``, through its
  command line.

docs/ocr.md has the measurements the default was chosen by. An engine is one function,
image → :class:`etl.ocr_layout.Box` list (:data:`ENGINES`); the rest — a straight grey page,
tables, lines, reading order — is shared (:mod:`etl.ocr_layout`). Pages are recognised in a pool
of processes (two by default, one engine each); an engine that is not installed raises
:class:`OcrUnavailable` with the reason, which the reader turns into a per-file message.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from etl.ocr_layout import Box, boxes_to_lines, char_size, find_tables, prepare_page, snap_margins

DEFAULT_ENGINE = "rapidocr"
DPI = 200  # scanned pages are rendered at this resolution for recognition
Engine = Callable[[Image.Image], list[Box]]


class OcrUnavailable(Exception):
    """The OCR engine asked for cannot run here (its package or program is missing)."""


@dataclass
class OcrLine:
    """A recognised line (or table row) in PDF points, placed as the text layer's lines are."""

    text: str
    top: float
    x0: float
    x1: float
    height: float
    is_row: bool = False


# --- engines ---------------------------------------------------------------------------------


def _rapidocr(threads: int) -> Engine:
    try:
        import numpy as np
        from rapidocr import RapidOCR
    except ImportError as error:
        raise OcrUnavailable(f"RapidOCR is not installed ({error.name}); pip install -r requirements.txt") from error
    import logging

    engine = RapidOCR(params={
        "Global.log_level": "error",
        "Global.use_cls": False,  # a scanned page is upright: no line is upside down
        "Det.limit_type": "max",  # detect on the page scaled to 1280 pixels: as good, 10 % less work
        "Det.limit_side_len": 1280,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)

    def recognise(gray: Image.Image) -> list[Box]:
        result = engine(np.asarray(gray.convert("RGB")))
        if result.boxes is None:
            return []
        boxes = []
        for quad, text in zip(result.boxes, result.txts):
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            if text.strip():
                boxes.append(Box(text.strip(), min(xs), min(ys), max(xs), max(ys)))
        return boxes

    return recognise


def _tesseract(threads: int) -> Engine:
    if shutil.which("tesseract") is None:
        raise OcrUnavailable("the tesseract program is missing (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "chi_sim" not in langs:
        raise OcrUnavailable("tesseract has no chi_sim model (apt-get install tesseract-ocr-chi-sim)")
    env = {**os.environ, "OMP_THREAD_LIMIT": str(threads)}

    def recognise(gray: Image.Image) -> list[Box]:
        png = io.BytesIO()
        gray.save(png, "PNG")
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "3", "tsv"],
                              input=png.getvalue(), capture_output=True, env=env, check=True)
        lines: dict[tuple[str, str, str], list[dict[str, str]]] = {}
        for word in csv.DictReader(io.StringIO(done.stdout.decode("utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE):
            if word["level"] == "5" and word["text"].strip():
                lines.setdefault((word["block_num"], word["par_num"], word["line_num"]), []).append(word)
        boxes = []
        for words in lines.values():
            x0 = min(int(w["left"]) for w in words)
            top = min(int(w["top"]) for w in words)
            x1 = max(int(w["left"]) + int(w["width"]) for w in words)
            bottom = max(int(w["top"]) + int(w["height"]) for w in words)
            boxes.append(Box(" ".join(w["text"] for w in words), x0, top, x1, bottom))
        return boxes

    return recognise


ENGINES: dict[str, Callable[[int], Engine]] = {"rapidocr": _rapidocr, "tesseract": _tesseract}


def make_engine(name: str | None = None, threads: int = 1) -> Engine:
    """The engine called ``name`` (None: :data:`DEFAULT_ENGINE`), using ``threads`` threads.
    Raises OcrUnavailable when it cannot run here."""
    name = name or DEFAULT_ENGINE
    if name not in ENGINES:
        raise OcrUnavailable(f"unknown OCR engine {name!r} (known: {', '.join(ENGINES)})")
    return ENGINES[name](threads)


# --- pages -------------------------------------------------------------------------------------


def image_to_lines(image: Image.Image, engine: Engine, dpi: float = DPI) -> list[OcrLine]:
    """One page image → its lines in PDF points: straightened, recognised, tables rebuilt from
    their rules, lines in reading order with their ends on the page's margins."""
    gray = prepare_page(image)
    boxes = engine(gray)
    if not boxes:
        return []
    size = char_size(boxes)
    tables = find_tables(gray, size)
    scale = 72 / dpi
    return [OcrLine(line.text, line.top * scale, line.x0 * scale, line.x1 * scale, line.size * scale, line.is_row)
            for line in snap_margins(boxes_to_lines(boxes, tables, size))]


def render_page(path: Path, number: int, dpi: float = DPI) -> Image.Image:
    """Page ``number`` (0-based) of a PDF as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return document[number].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


_worker_engine: Engine | None = None


def _start_worker(name: str | None, threads: int) -> None:
    global _worker_engine
    _worker_engine = make_engine(name, threads)


def _recognise_in_worker(path: Path, number: int) -> tuple[int, list[OcrLine]]:
    assert _worker_engine is not None
    return number, image_to_lines(render_page(path, number), _worker_engine)


def recognise_pdf_pages(path: Path, numbers: list[int], engine: str | None = None, workers: int = 2,
                        on_page: Callable[[int, int], None] | None = None) -> dict[int, list[OcrLine]]:
    """The lines of the given pages (0-based) of a PDF, by OCR in ``workers`` processes (each with
    its own engine; the cores are shared out between them). ``on_page(done, total)`` after each
    page. Raises OcrUnavailable before any work when the engine cannot run here."""
    cores = os.cpu_count() or 1
    workers = max(1, min(workers, len(numbers)))
    threads = max(1, cores // workers)
    if workers == 1:
        recognise = make_engine(engine, threads)
        out = {}
        for done, number in enumerate(numbers, 1):
            out[number] = image_to_lines(render_page(path, number), recognise)
            if on_page:
                on_page(done, len(numbers))
        return out
    make_engine(engine, 1) if engine == "tesseract" else _check_importable(engine)
    out = {}
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(engine, threads)) as pool:
        futures = [pool.submit(_recognise_in_worker, path, number) for number in numbers]
        for done, future in enumerate(as_completed(futures), 1):
            number, lines = future.result()
            out[number] = lines
            if on_page:
                on_page(done, len(numbers))
    return out


def _check_importable(engine: str | None) -> None:
    """Fail early, in this process, when the default engine's package is missing."""
    name = engine or DEFAULT_ENGINE
    if name not in ENGINES:
        raise OcrUnavailable(f"unknown OCR engine {name!r} (known: {', '.join(ENGINES)})")
    if name == "rapidocr":
        import importlib.util

        for module in ("rapidocr", "onnxruntime"):
            if importlib.util.find_spec(module) is None:
                raise OcrUnavailable(f"RapidOCR is not installed ({module}); pip install -r requirements.txt")
