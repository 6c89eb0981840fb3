"""Scanned PDFs: each OCR engine's character accuracy, speed on two cores and the targets it
recovers, against the text it was made from. Prints Markdown tables (docs/ocr.md keeps a run).

    python bench/ocr_bench.py                      # rapidocr and tesseract, the five sources (≈25 min)
    python bench/ocr_bench.py --engines rapidocr --sources 003 004
    python bench/ocr_bench.py --v4-python /tmp/ocr-v4/bin/python   # also RapidOCR 1.4 (PP-OCRv4)

How: each source's lines are laid out by tests/docgen.py (the text PDF, as bench/run.py makes it)
and scanned by tests/scangen.py at 200 dpi with noise, a 0.6° skew and a red seal on every page
(the scanned PDF). Character accuracy is measured on the first pages of each source rendered
clean at 200 dpi and on the same pages scanned, against the text layer (bench/ocr_pages.py, one
process per engine and setting). Targets: ``etl.read.read_pdf`` on the scanned PDF (OCR in two
processes) and on the text PDF, each through ``etl.pipeline.document_to_targets``; a target of the
scan is found when it has the text target's value, unit and kind and an indicator name alike.

RapidOCR 1.4 (``rapidocr_onnxruntime``) needs opencv-python where RapidOCR 3 needs
opencv-python-headless, so it cannot share the product's virtualenv: make one
(``python3.11 -m venv /tmp/ocr-v4 && /tmp/ocr-v4/bin/pip install rapidocr-onnxruntime==1.4.4
pypdfium2==5.15.2``) and pass its python; only the page measurements run there.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

SOURCES = ROOT / "data" / "sources"
DPI = 200
NOISE, SKEW = 0.03, 0.6
PAGES_PER_SOURCE = 2  # pages of each source scored for character accuracy


def log(message: str) -> None:
    print(f"[ocr-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def source_lines(name: str) -> list[str]:
    return [line.strip() for line in (SOURCES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def make_documents(work: Path, names: list[str]) -> dict[str, tuple[Path, Path]]:
    """name → (text PDF, scanned PDF), made once and kept in ``work``."""
    from testdocs import docgen, scangen

    make_pdf, make_scanned_pdf = docgen().make_pdf, scangen().make_scanned_pdf

    out = {}
    for seed, name in enumerate(names):
        text, scan = work / f"{name[:3]}_text.pdf", work / f"{name[:3]}_scan.pdf"
        if not text.exists():
            make_pdf(text, source_lines(name), header="基准测试")
        if not scan.exists():
            log(f"scanning {name[:3]} …")
            make_scanned_pdf(scan, source_lines(name), dpi=DPI, noise=NOISE, skew=SKEW, seal=True, seed=seed,
                             header="基准测试")
        out[name] = (text, scan)
    return out


def make_page_sets(work: Path, documents: dict[str, tuple[Path, Path]]) -> dict[str, Path]:
    """Two folders of page images with their text: the first pages of each text PDF rendered
    clean at 200 dpi, and the same pages of the scanned PDF (noise, skew, seal)."""
    import pypdfium2 as pdfium
    from testdocs import scangen

    from etl.read import textpage_to_lines

    render_pdf = scangen().render_pdf

    sets = {"clean": work / "clean", "scanned": work / "scanned"}
    if all((folder / "pages.json").exists() for folder in sets.values()):
        return sets
    entries: dict[str, list[dict]] = {key: [] for key in sets}
    for folder in sets.values():
        folder.mkdir(parents=True, exist_ok=True)
    for name, (text_pdf, scan_pdf) in documents.items():
        document = pdfium.PdfDocument(str(text_pdf))
        count = min(PAGES_PER_SOURCE, len(document))
        truths = []
        for number in range(count):
            page = document[number]
            truths.append("\n".join(line.text for line in textpage_to_lines(page.get_textpage(), page.get_height())))
        document.close()
        for key, pdf in (("clean", text_pdf), ("scanned", scan_pdf)):
            for number, image in enumerate(render_pdf(pdf, DPI, list(range(count)))):
                png = f"{name[:3]}_{number + 1}.png"
                image.save(sets[key] / png)
                entries[key].append({"png": png, "truth": truths[number]})
    for key, folder in sets.items():
        (folder / "pages.json").write_text(json.dumps(entries[key], ensure_ascii=False), encoding="utf-8")
    return sets


def measure_pages(python: str, engine: str, folder: Path, workers: int) -> dict | None:
    cmd = [python, str(BENCH / "ocr_pages.py"), "--engine", engine, "--pages", str(folder), "--workers", str(workers)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        log(f"{engine} on {folder.name}: failed: {done.stderr.strip()[-600:]}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def targets_of(pdf: Path, name: str, engine: str | None = None) -> tuple[list, float, int]:
    """(targets, seconds, pages) of one PDF through the product's reader and pipeline."""
    import pypdfium2 as pdfium

    from etl.metadata import read_manifest
    from etl.pipeline import document_to_targets
    from etl.read import read_pdf

    meta = read_manifest(SOURCES / "manifest.csv")[name]
    start = time.perf_counter()
    lines = read_pdf(pdf, ocr_engine=engine, workers=2).lines
    seconds = time.perf_counter() - start
    document = pdfium.PdfDocument(str(pdf))
    pages = len(document)
    document.close()
    found, _ = document_to_targets(lines, meta)
    return found, seconds, pages


def alike(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and (a in b or b in a)) or SequenceMatcher(None, a, b).ratio() >= 0.6


def match_targets(expected: list, got: list) -> int:
    """How many expected targets the scan yields: same value, unit and kind, indicator alike;
    each target of the scan is used once."""
    free = list(got)
    matched = 0
    for t in expected:
        twin = next((g for g in free if (g.value, g.unit, g.kind) == (t.value, t.unit, t.kind)
                     and alike(g.indicator_name, t.indicator_name)), None)
        if twin is not None:
            free.remove(twin)
            matched += 1
    return matched


def pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", nargs="+", default=["rapidocr", "tesseract"])
    parser.add_argument("--sources", nargs="+", default=None, help="source number prefixes (default: all five)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench/ocr"))
    parser.add_argument("--v4-python", help="a python with rapidocr_onnxruntime 1.4 (page rows only)")
    parser.add_argument("--no-targets", action="store_true", help="page rows only")
    parser.add_argument("--workers", nargs="+", type=int, default=[2], help="processes for the page rows (default 2)")
    parser.add_argument("--json", type=Path, help="measurements so far (default WORK/result.json); a rerun skips what is there")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    store = args.json or args.work / "result.json"
    result: dict = json.loads(store.read_text()) if store.exists() else {"pages": {}, "targets": {}}

    def keep() -> None:
        store.write_text(json.dumps(result, ensure_ascii=False, indent=1))

    names = sorted(p.name for p in SOURCES.glob("*.txt") if not args.sources or p.name[:3] in args.sources)
    documents = make_documents(args.work, names)
    sets = make_page_sets(args.work, documents)
    runs = [(engine, sys.executable) for engine in args.engines]
    if args.v4_python:
        runs.append(("rapidocr-v4", args.v4_python))
    for engine, python in runs:
        for key, folder in sets.items():
            for workers in args.workers:
                if f"{engine}|{key}|{workers}" not in result["pages"]:
                    log(f"{engine}: {key} pages, {workers} worker(s) …")
                    result["pages"][f"{engine}|{key}|{workers}"] = measure_pages(python, engine, folder, workers)
                    keep()
    if not args.no_targets:
        for engine in args.engines:
            for name, (text_pdf, scan_pdf) in documents.items():
                if f"text|{name[:3]}" not in result["targets"]:
                    expected, text_seconds, pages = targets_of(text_pdf, name)
                    result["targets"][f"text|{name[:3]}"] = {"targets": len(expected), "seconds": text_seconds, "pages": pages}
                if f"{engine}|{name[:3]}" in result["targets"]:
                    continue
                expected, _, pages = targets_of(text_pdf, name)
                log(f"{engine}: targets of {name[:3]} ({pages} scanned pages) …")
                got, seconds, _ = targets_of(scan_pdf, name, engine)
                result["targets"][f"{engine}|{name[:3]}"] = {
                    "targets": len(got), "matched": match_targets(expected, got), "expected": len(expected),
                    "seconds": seconds, "pages": pages}
                keep()
    print(render(result, runs, names, args.engines, args.workers))
    return 0


def render(result: dict, runs: list, names: list[str], engines: list[str], workers: list[int]) -> str:
    heads = " | ".join(f"Pages/s, {w} process{'es' if w > 1 else ''}" for w in workers)
    out = [f"| Engine | Pages | Character accuracy (as is / width and brackets folded) | {heads} | CPU s/page |",
           "|---|---|---|" + "---|" * len(workers) + "---|"]
    for engine, _ in runs:
        for key in ("clean", "scanned"):
            measured = [result["pages"].get(f"{engine}|{key}|{w}") for w in workers]
            first = next((m for m in measured if m), None)
            label = "clean, 200 dpi" if key == "clean" else "scanned (200 dpi, noise, 0.6° skew, seal)"
            if not first:
                out.append(f"| {engine} | {label} | — |" + " — |" * len(workers) + " — |")
                continue
            speeds = " | ".join(f"{m['pages'] / m['seconds']:.2f}" if m else "—" for m in measured)
            out.append(f"| {engine} | {label}, {first['pages']} | {pct(first['accuracy'])} / {pct(first['accuracy_normalised'])} "
                       f"| {speeds} | {first['cpu_seconds'] / first['pages']:.1f} |")
    engines = [e for e in engines if any(k.startswith(f"{e}|") for k in result["targets"])]
    names = [n for n in names if f"text|{n[:3]}" in result["targets"]]
    if engines and names:
        out += ["", "| Source | Pages | Targets of the text PDF | "
                + " | ".join(f"{e}: found / extra / pages per s" for e in engines) + " |",
                "|---|---|---|" + "---|" * len(engines)]
        totals = {e: [0, 0, 0] for e in engines}
        expected_total = 0
        for name in names:
            text = result["targets"][f"text|{name[:3]}"]
            expected_total += text["targets"]
            cells = []
            for e in engines:
                r = result["targets"].get(f"{e}|{name[:3]}")
                if r is None:
                    cells.append("—")
                    continue
                extra = r["targets"] - r["matched"]
                totals[e][0] += r["matched"]
                totals[e][1] += extra
                totals[e][2] += r["seconds"]
                cells.append(f"{pct(r['matched'] / r['expected'])} / {pct(extra / r['expected'])} / {r['pages'] / r['seconds']:.2f}")
            out.append(f"| {name[:3]} | {text['pages']} | {text['targets']} | " + " | ".join(cells) + " |")
        cells = []
        for e in engines:
            done = [n for n in names if f"{e}|{n[:3]}" in result["targets"]]
            expected = sum(result["targets"][f"{e}|{n[:3]}"]["expected"] for n in done)
            pages = sum(result["targets"][f"{e}|{n[:3]}"]["pages"] for n in done)
            cells.append(f"**{pct(totals[e][0] / expected)} / {pct(totals[e][1] / expected)}** / {pages / totals[e][2]:.2f}"
                         + ("" if len(done) == len(names) else f" ({len(done)} sources)"))
        out.append(f"| all | {sum(result['targets'][f'text|{n[:3]}']['pages'] for n in names)} | {expected_total} | "
                   + " | ".join(cells) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
