"""The document build's commands, ``build`` and ``evaluate``; :mod:`cli.main` calls :func:`register`.

Each command is a few lines that call functions in ``etl``; errors become one clear line and a
non-zero exit status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import settings


def cmd_build(args: argparse.Namespace) -> int:
    """Build indicators.duckdb from the sources folder; print a summary."""
    from tqdm import tqdm

    from etl.load import BuildError, build_database, source_files
    from etl.metadata import ManifestError

    sources = Path(args.sources)
    files = source_files(sources) if sources.is_dir() else []
    bar = tqdm(total=len(files), unit="doc", disable=args.quiet or not files, file=sys.stderr)

    def step(path: Path) -> None:
        bar.set_description(path.name[:30])
        bar.update(1)

    pages = {}  # one bar per scanned PDF, under the documents' bar, while its pages are recognised

    def page(path: Path, done: int, total: int) -> None:
        if path not in pages:
            pages[path] = tqdm(total=total, unit="page", desc="OCR 扫描页", position=1, leave=False,
                               disable=args.quiet, file=sys.stderr)
        pages[path].update(done - pages[path].n)
        if done == total:
            finished = pages.pop(path)
            finished.refresh()  # show the last page's count even when it came within tqdm's print interval
            finished.close()

    try:
        # ``finalize`` (cli/main.py sets it: the officials' corrections) runs on the new file before
        # it is published; the build itself never reads them.
        report = build_database(sources, args.db or settings.indicators_db(), on_document=step, workers=args.workers,
                                on_page=page, finalize=getattr(args, "finalize", None))
    except (BuildError, ManifestError) as err:
        bar.close()
        print(f"error: {err}", file=sys.stderr)
        return 2
    bar.close()
    print(format_summary(report))
    return 1 if report.failures else 0


def format_summary(report) -> str:
    lines = [f"Built {report.db_path}: {len(report.documents)} documents, {report.n_targets} targets."]
    lines.append("Targets by jurisdiction:")
    for name, n in sorted(report.targets_by(lambda d, t: d.meta.jurisdiction).items()):
        lines.append(f"  {name}: {n}")
    lines.append("Targets by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(report.targets_by(lambda d, t: t.kind).items())))
    for name, message in report.warnings:
        lines.append(f"warning: {name}: {message}")
    for name, reason in report.failures:
        lines.append(f"error: {name}: not loaded: {reason}")
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Print precision, recall and field agreement against the hand readings; exit 1 below the
    threshold."""
    from etl.evaluate import ReadingError, evaluate_folder, format_scores

    try:
        scores = evaluate_folder(Path(args.sources), Path(args.readings), infer_metadata_only=args.infer_metadata)
    except ReadingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(format_scores(scores, verbose=args.verbose))
    worst = min([1.0] + [min(s.precision, s.recall) for s in scores])
    return 0 if worst >= args.threshold else 1


def register(sub) -> None:
    """Add build and evaluate."""
    p = sub.add_parser("build", help="build the indicators database from the source documents",
                       description="Read every document in the sources folder, extract its targets and "
                                   "write the database atomically (the old file stays until the new one is complete).")
    p.add_argument("--sources", type=Path, default=settings.sources_dir(),
                   help="folder of documents (default: env SOURCES_DIR, else data/sources)")
    p.add_argument("--db", type=Path, default=None,
                   help="database file to write (default: env INDICATORS_DB, else indicators.duckdb in the repository)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=1,
                   help="documents read in parallel processes (default 1; use the number of cores for large corpora)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("evaluate", help="precision and recall against hand readings",
                       description="Compare extracted targets with careful hand readings (JSONL).")
    p.add_argument("--sources", type=Path, default=settings.sources_dir(),
                   help="folder of documents (default: env SOURCES_DIR, else data/sources)")
    p.add_argument("--readings", type=Path, default=settings.READINGS_DIR,
                   help="folder of <document>.jsonl readings and truth_metadata.csv (default: data/readings)")
    p.add_argument("--infer-metadata", action="store_true",
                   help="ignore manifest.csv: infer every document's metadata from its text")
    p.add_argument("--threshold", type=float, default=0.9, help="fail below this precision or recall (default 0.9)")
    p.add_argument("-v", "--verbose", action="store_true", help="list missed and extra targets")
    p.set_defaults(func=cmd_evaluate)
