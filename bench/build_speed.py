"""How long the build's reading of a page takes with its rules compiled once (``etl.rx``) and with the standard
library's own cache of 512 compiled patterns, side by side in one run.

Every unseen set (or every ``--every``-th) is scored as ``python -m etl evaluate`` does — cleanup, metadata,
extraction, matching — once per way, one after the other in the same process, each from empty caches. Both ways
must give the same figures: the cache changes when a pattern is compiled, never what it matches.

    python bench/build_speed.py [--every 4] [--folder tests/fixtures/unseen]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from etl import rx
from etl.evaluate import evaluate_folder, pooled

FIGURES = ("precision", "recall", "jurisdiction", "target_year")


def score_sets(folders: list[Path]) -> tuple[float, int, int, dict[str, float]]:
    """Seconds, pages and patterns compiled to score ``folders``, and the pooled figures."""
    re.purge()
    kept = getattr(rx.compiled, "cache_clear", None)
    if kept:
        kept()
    started = time.perf_counter()
    scores = [s for folder in folders for s in evaluate_folder(folder, folder)]
    seconds = time.perf_counter() - started
    compiled = rx.compiled.cache_info().misses if kept else -1
    return seconds, len(scores), compiled, pooled(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("tests/fixtures/unseen"))
    parser.add_argument("--every", type=int, default=4, help="score every N-th set (1: all)")
    args = parser.parse_args()
    folders = sorted(p for p in args.folder.iterdir() if p.is_dir())[:: args.every]
    kept = rx.compiled
    evaluate_folder(folders[0], folders[0])  # the division tables and the other one-off loads, before either way
    results = {}
    for way in ("etl.rx (compiled once)", "re's own cache (512)"):
        rx.compiled = kept if way.startswith("etl.rx") else re.compile  # type: ignore[assignment]
        results[way] = score_sets(folders)
    rx.compiled = kept
    print(f"{len(folders)} sets of {args.folder}\n")
    print("| way | pages | seconds | pages/s | patterns compiled | " + " | ".join(FIGURES) + " |")
    print("|---|---|---|---|---|" + "---|" * len(FIGURES))
    for way, (seconds, pages, compiled, figures) in results.items():
        shown = str(compiled) if compiled >= 0 else "(re's count not kept)"
        print(f"| {way} | {pages} | {seconds:.1f} | {pages / seconds:.1f} | {shown} | "
              + " | ".join(f"{figures[k]:.3f}" for k in FIGURES) + " |")
    first, second = (r[3] for r in results.values())
    print("\nsame figures both ways:", first == second)


if __name__ == "__main__":
    main()
