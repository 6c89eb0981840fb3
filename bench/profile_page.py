"""Profile one dashboard page under AppTest with cProfile (warm caches: the second run is profiled).

    python bench/profile_page.py pages/ledger.py --db /tmp/province/indicators.duckdb \
        --reported /tmp/province/reported.duckdb [--top 25] [--cold]

Prints the hottest functions by cumulative and by own time, project files first.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--db", required=True)
    parser.add_argument("--reported", required=True)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--cold", action="store_true", help="profile the first run (cold caches)")
    parser.add_argument("--target", help="target id for pages/indicator.py")
    args = parser.parse_args(argv)
    os.environ["INDICATORS_DB"] = str(Path(args.db).resolve())
    os.environ["REPORTED_DB"] = str(Path(args.reported).resolve())
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    from streamlit.testing.v1 import AppTest

    # The script runs in a thread of its own, which cProfile on the main thread does not see:
    # profile inside ScriptRunner._run_script, only while ``active``.
    profiler = cProfile.Profile()
    active = {"on": args.cold}
    original = ScriptRunner._run_script

    def profiled(self, rerun_data):
        if not active["on"]:
            return original(self, rerun_data)
        profiler.enable()
        try:
            return original(self, rerun_data)
        finally:
            profiler.disable()

    ScriptRunner._run_script = profiled
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    if args.target:
        at.query_params["target"] = args.target
    at.run()
    if args.page != "pages/overview.py":
        at.switch_page(args.page)
        if not args.cold:
            at.run()
    active["on"] = True
    at.run()
    active["on"] = False
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats(order)
        stats.print_stats(args.top)
        print(f"=== by {order}\n" + "\n".join(out.getvalue().splitlines()[6:]))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(str(ROOT) + r"/(dashboard|etl|pages|app)", args.top)
    print("=== project functions by cumulative\n" + "\n".join(out.getvalue().splitlines()[6:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
