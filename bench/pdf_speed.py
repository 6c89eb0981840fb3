"""Text PDFs before and after PDFium, side by side in one run: pages per second of the reader
before (pdfplumber for every page, ``etl.read.read_pdf_with_pdfplumber``) and after
(``etl.read.read_pdf``, one process and two), whether both give the same targets, a 200-page plan,
and — given a checkout of the code before — the province build with each.

    python bench/pdf_speed.py --province /tmp/province/sources
    python bench/pdf_speed.py --province /tmp/province/sources --before-repo /tmp/before  # + builds

``--before-repo`` is a checkout of the commit before the PDFium reader (``git archive 89520f1 |
tar -x -C /tmp/before``); the builds run ``python -m etl build --workers 2`` in each tree on the
same sources and compare the targets they stored. Prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
PLAN = "001_1e4891dfb3b720f9.txt"  # 聊城市 十四五 规划纲要: 56 pages as docgen lays it out


def log(message: str) -> None:
    print(f"[pdf-speed {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def source_lines(name: str) -> list[str]:
    return [line.strip() for line in (SOURCES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def long_plan(work: Path, pages: int = 200) -> Path:
    """The plan outline laid out again and again (chapters repeated) until it fills at least
    ``pages`` pages."""
    from testdocs import docgen

    make_pdf = docgen().make_pdf

    path = work / f"plan_{pages}.pdf"
    if path.exists() and page_count(path) >= pages:
        return path
    lines = source_lines(PLAN)
    per_page = len(lines) / page_count(make_pdf(work / "plan_once.pdf", lines, header="基准测试"))
    count = int(pages * per_page)
    while page_count(make_pdf(path, (lines * (count // len(lines) + 1))[:count], header="基准测试")) < pages:
        count += int(per_page)
    return path


def five_pdfs(work: Path) -> list[Path]:
    from testdocs import docgen

    make_pdf = docgen().make_pdf

    out = []
    for source in sorted(SOURCES.glob("*.txt")):
        pdf = work / (source.stem + ".pdf")
        if not pdf.exists():
            make_pdf(pdf, source_lines(source.name), header="基准测试")
        out.append(pdf)
    return out


def targets_key(lines: list[str]) -> list[tuple]:
    from etl.model import DocumentMeta
    from etl.pipeline import document_to_targets

    meta = DocumentMeta(source_file="x.pdf", title="", jurisdiction="", horizon_year=2025)
    found, _ = document_to_targets(lines, meta)
    return [(t.indicator_name, t.value, t.unit, t.kind, tuple(t.lead_departments)) for t in found]


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the reader's page processes)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def time_readers(pdfs: list[Path]) -> dict:
    """Seconds of each reader over the PDFs (each PDF read by each reader in turn, so load on the
    machine falls on both alike) and whether their targets agree."""
    from etl.read import read_pdf, read_pdf_with_pdfplumber

    readers = {"before": read_pdf_with_pdfplumber, "after, 1 process": lambda p: read_pdf(p, workers=1),
               "after, 2 processes": lambda p: read_pdf(p, workers=2)}
    seconds = {name: 0.0 for name in readers}
    cpu = {name: 0.0 for name in readers}
    same, differing = 0, []
    for pdf in pdfs:
        lines = {}
        for name, reader in readers.items():
            start, start_cpu = time.perf_counter(), cpu_seconds()
            lines[name] = reader(pdf).lines
            seconds[name] += time.perf_counter() - start
            cpu[name] += cpu_seconds() - start_cpu
        if targets_key(lines["before"]) == targets_key(lines["after, 1 process"]) == targets_key(lines["after, 2 processes"]):
            same += 1
        else:
            differing.append(pdf.name)
    return {"pages": sum(page_count(p) for p in pdfs), "files": len(pdfs), "seconds": seconds, "cpu": cpu,
            "same_targets": same, "differing": differing}


def build(repo: Path, sources: Path, db: Path, workers: int) -> dict:
    import duckdb

    cmd = [sys.executable, "-m", "etl", "build", "--sources", str(sources), "--db", str(db), "--quiet", "--workers", str(workers)]
    start, start_cpu = time.perf_counter(), cpu_seconds()
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(repo)})
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - start_cpu
    if done.returncode not in (0, 1):
        raise SystemExit(f"build in {repo} failed: {done.stderr[-1500:]}")
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT target_id, value, unit, kind FROM targets ORDER BY target_id").fetchall()
    return {"seconds": seconds, "cpu": cpu, "targets": len(rows), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--province", type=Path, help="a province's sources folder (bench/make_province.py)")
    parser.add_argument("--before-repo", type=Path, help="a checkout of the code before the PDFium reader")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench/pdf"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    corpora = {"5 sources as PDF": five_pdfs(args.work)}
    if args.province:
        corpora["province PDFs"] = sorted(args.province.glob("*.pdf"))
    corpora["200-page plan"] = [long_plan(args.work)]
    result: dict = {"readers": {}, "builds": {}}
    for name, pdfs in corpora.items():
        log(f"{name}: {len(pdfs)} files …")
        result["readers"][name] = time_readers(pdfs)
    if args.province and args.before_repo:
        with tempfile.TemporaryDirectory() as tmp:
            for label, repo in (("before", args.before_repo), ("after", ROOT)):
                log(f"province build, {label} …")
                result["builds"][label] = build(repo, args.province, Path(tmp) / f"{label}.duckdb", 2)
        before, after = result["builds"]["before"], result["builds"]["after"]
        result["builds"]["same_targets"] = before.pop("rows") == after.pop("rows")
    load = os.getloadavg()[0]
    print(render(result) + f"\n\n{os.cpu_count()} cores; load average {load:.1f} at the end (above {os.cpu_count()}: other work shared the cores).")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def render(result: dict) -> str:
    out = ["| PDFs | Pages | Before: pdfplumber | After: PDFium, 1 process | After: PDFium, 2 processes | Same targets |",
           "|---|---|---|---|---|---|"]
    for name, r in result["readers"].items():
        cells = [f"{r['pages'] / r['seconds'][k]:.0f} pages/s ({r['seconds'][k]:.2f} s; CPU {r['cpu'][k]:.2f} s)"
                 for k in ("before", "after, 1 process", "after, 2 processes")]
        same = f"{r['same_targets']} of {r['files']}" + (f" (differ: {', '.join(r['differing'])})" if r["differing"] else "")
        out.append(f"| {name} ({r['files']} files) | {r['pages']} | " + " | ".join(cells) + f" | {same} |")
    if result["builds"]:
        b, a = result["builds"]["before"], result["builds"]["after"]
        out += ["", "| Province build, 2 workers | Before | After | Same targets |", "|---|---|---|---|",
                f"| wall time (CPU) | {b['seconds']:.1f} s ({b.get('cpu', 0):.0f} CPU-s; {b['targets']} targets) "
                f"| {a['seconds']:.1f} s ({a.get('cpu', 0):.0f} CPU-s; {a['targets']} targets) "
                f"| {'yes' if result['builds']['same_targets'] else '**no**'} |"]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
