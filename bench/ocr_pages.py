"""One OCR engine over a folder of page images with known text: character accuracy and pages per
second. Needs only Pillow, NumPy and the engine, so it also runs in a separate virtualenv with an
engine that cannot be installed beside the product's (bench/ocr_bench.py says how):

    python bench/ocr_pages.py --engine rapidocr --pages /tmp/bench/ocr/clean --workers 2

``--pages`` holds ``pages.json`` ([{"png": name, "truth": text}]) and the PNGs (made by
bench/ocr_bench.py from text PDFs, so the truth is the text layer). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

from etl.ocr import image_to_lines, make_engine
from etl.ocr_layout import Box

BRACKETS = str.maketrans({"〔": "[", "【": "[", "〕": "]", "】": "]", "“": '"', "”": '"', "‘": "'", "’": "'"})


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one NumPy row per character of ``a`` (insertions along the row are a
    running minimum: d[j] = min over k ≤ j of t[k] + j - k)."""
    if not a or not b:
        return len(a) + len(b)
    codes = np.array([ord(c) for c in b])
    steps = np.arange(len(b) + 1)
    previous = steps.copy()
    for i, char in enumerate(a, 1):
        t = np.empty(len(b) + 1, dtype=np.int64)
        t[0] = i
        t[1:] = np.minimum(previous[1:] + 1, previous[:-1] + (codes != ord(char)))
        previous = np.minimum.accumulate(t - steps) + steps
    return int(previous[-1])


def squash(text: str) -> str:
    return "".join(text.split())


def normalise(text: str) -> str:
    """Width and bracket forms folded: "（" and "(" count as the same character, so do "〔" "[" "【"."""
    return unicodedata.normalize("NFKC", text).translate(BRACKETS)


def _rapidocr_v4(threads: int):
    """RapidOCR 1.4 (package rapidocr_onnxruntime, PP-OCRv4 models in its wheel): cannot be
    installed beside rapidocr 3 (it needs opencv-python, rapidocr 3 opencv-python-headless)."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)

    def recognise(gray: Image.Image) -> list[Box]:
        result, _ = engine(np.asarray(gray.convert("RGB")))
        boxes = []
        for quad, text, _score in result or []:
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            boxes.append(Box(text.strip(), min(xs), min(ys), max(xs), max(ys)))
        return [b for b in boxes if b.text]

    return recognise


_engine = None


def _start(name: str, threads: int) -> None:
    global _engine
    _engine = _rapidocr_v4(threads) if name == "rapidocr-v4" else make_engine(name, threads)


def _cpu() -> float:
    """CPU seconds of this process and of the programs it has run (Tesseract is one)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _one(png: Path, dpi: float) -> tuple[str, float]:
    start = _cpu()
    lines = image_to_lines(Image.open(png), _engine, dpi)
    return "".join(line.text for line in lines), _cpu() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", required=True)
    parser.add_argument("--pages", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0, help="threads per worker (default: cores / workers)")
    parser.add_argument("--dpi", type=float, default=200)
    args = parser.parse_args(argv)
    pages = json.loads((args.pages / "pages.json").read_text(encoding="utf-8"))
    threads = args.threads or max(1, (os.cpu_count() or 1) // args.workers)
    pngs = [args.pages / p["png"] for p in pages]
    _start(args.engine, threads)  # warm: load the models before the clock starts
    _one(pngs[0], args.dpi)
    start = time.perf_counter()
    if args.workers == 1:
        results = [_one(png, args.dpi) for png in pngs]
    else:
        with ProcessPoolExecutor(args.workers, initializer=_start, initargs=(args.engine, threads)) as pool:
            list(pool.map(_start_noop, range(args.workers)))  # each worker has loaded its engine
            start = time.perf_counter()
            results = list(pool.map(_one, pngs, [args.dpi] * len(pngs)))
    seconds = time.perf_counter() - start
    errors = norm_errors = chars = 0
    for page, (text, _) in zip(pages, results):
        truth, got = squash(page["truth"]), squash(text)
        chars += len(truth)
        errors += edit_distance(truth, got)
        norm_errors += edit_distance(normalise(truth), normalise(got))
    print(json.dumps({"engine": args.engine, "pages": len(pages), "workers": args.workers, "threads": threads,
                      "seconds": seconds, "cpu_seconds": sum(cpu for _, cpu in results), "chars": chars,
                      "accuracy": 1 - errors / chars, "accuracy_normalised": 1 - norm_errors / chars}))
    return 0


def _start_noop(_: int) -> None:
    time.sleep(0.2)


if __name__ == "__main__":
    sys.exit(main())
