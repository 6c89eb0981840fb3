"""Issue 17's budget: many editors saving values at once, on the PostgreSQL store with two app
server processes and on the DuckDB store with one, side by side; then one of the two PostgreSQL
processes killed mid-load.

    python bench/editors.py [--editors 200] [--saves 3] [--rows 3] [--threads 100]
                            [--work /tmp/bench-editors] [--no-postgres] [--json FILE]

What an "editor" is here: one thread of an "app server" process (this file run with ``--worker``)
doing what the 数据填报 page (pages/entry.py) does when its 保存 button is clicked —
``tracking.reported_import.validate_rows`` of the filled grid rows against the jurisdiction's
targets with the signed-in account, then ``tracking.reported.save_values(settings.reported_db(),
clean, account=…, how="form")`` — ``--saves`` times, ``--rows`` values each, back to back. The
store is chosen the way the app chooses it: the worker's environment (``DATABASE_URL`` for
PostgreSQL, ``REPORTED_DB`` for DuckDB) read by :mod:`settings`.

Not Streamlit websockets: the editors drive the store layer from separate processes, because that
is what the budget is about — many processes writing one store concurrently, what is
acknowledged and what is found afterwards — and 200 real browser sessions would measure Chromium
on two shared cores instead. That a browser's session moves to another app server when its
process dies is tested with a real Chromium in tests/test_replicas.py.

Every value written is unique (editor, save, row), so afterwards each acknowledged save is looked
up in the store's full history (``tracking.reported.history``: every revision, with who wrote it):
*lost* = acknowledged but not there, and must be 0. A worker appends each result to its own file
with one ``write`` as soon as ``save_values`` returns, so a worker killed with SIGKILL leaves the
acknowledgements it gave. In the kill run the killed worker's editors "reconnect" to the other
process and send again every save they had no acknowledgement for (an in-flight save that did
commit is then found unchanged: saving is idempotent for the same value).

The PostgreSQL server is a temporary one (tests/pgserver.py, Debian's postgresql run as an
unprivileged user), started here with ``fsync`` and ``synchronous_commit`` ON, as a real server
runs — the tests turn them off for speed; a benchmark must not.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


# --- the plan: who saves what --------------------------------------------------------------------

@dataclass(frozen=True)
class Save:
    """One click on 保存: ``rows`` of (target_id, period, value), by ``editor``, its ``k``-th."""
    editor: int
    k: int
    jurisdiction: str
    rows: tuple[tuple[str, str, float], ...]


def account_name(editor: int) -> str:
    """``account_name(7)`` → ``"editor-007"``: the account that signs the editor's saves."""
    return f"editor-{editor:03d}"


def unique_value(editor: int, k: int, row: int) -> float:
    """A value no other save writes, plausible for any unit (1 … 1000, a percentage too):
    ``unique_value(12, 2, 1)`` → ``13.201``."""
    return round(1 + editor + k / 10 + row / 1000, 3)


def plan(targets, editors: int, saves: int, rows: int, period_of: dict[str, str]) -> list[Save]:
    """Each editor works for one jurisdiction (editors spread over them in turn) and saves ``rows``
    consecutive targets of it per click, moving on by ``rows`` each time; editors of one
    jurisdiction overlap on its targets, as a department's staff do."""
    by_place = {j: list(g["target_id"]) for j, g in targets.groupby("jurisdiction", sort=True)}
    places = sorted(by_place)
    out = []
    for e in range(editors):
        place = places[e % len(places)]
        ids = by_place[place]
        start = (e // len(places)) * rows
        for k in range(saves):
            chosen = [ids[(start + k * rows + r) % len(ids)] for r in range(min(rows, len(ids)))]
            out.append(Save(e, k, place, tuple((t, period_of[t], unique_value(e, k, r)) for r, t in enumerate(chosen))))
    return out


def job_line(editor_saves: list[Save]) -> str:
    return json.dumps([[s.editor, s.k, s.jurisdiction, [list(r) for r in s.rows]] for s in editor_saves],
                      ensure_ascii=False) + "\n"


# --- the app server process ----------------------------------------------------------------------

def worker(indicators_db: Path, out: Path, threads: int) -> int:
    """Read editors' jobs (one JSON line each) from stdin, run each in its own thread once ``go``
    is read, append one result line per save to ``out``; return when stdin ends and all are done."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import date

    import pandas as pd

    import settings
    from tracking import accounts as acc
    from tracking import reported as store
    from tracking import reported_import as importer

    reported_db = settings.reported_db()  # DATABASE_URL or REPORTED_DB, as the page reads it
    targets = {j: g for j, g in store.read_targets(indicators_db).groupby("jurisdiction")}  # the page's cached read
    today = date.today()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    go = threading.Event()

    def record(result: dict) -> None:
        os.write(fd, (json.dumps(result) + "\n").encode())  # one write: whole lines, kept if killed

    def editor(saves: list) -> None:
        go.wait()
        for e, k, place, rows in saves:
            account = acc.Account(account_name(e), grants=(acc.Grant(place),))
            filled = pd.DataFrame({"row": range(1, len(rows) + 1), "target_id": [r[0] for r in rows],
                                   "period": [r[1] for r in rows], "value": [repr(r[2]) for r in rows],
                                   "basis": None, "unit": "", "note": ""})
            for attempt in range(3):  # a refused save is clicked again a second later, as a person would
                t0 = time.time()
                start = time.perf_counter()
                try:
                    clean, problems = importer.validate_rows(filled, targets[place], today, account)
                    if len(problems):
                        record({"e": e, "k": k, "ok": False, "error": f"rejected: {problems.to_dict('records')}"})
                        break
                    validated = time.perf_counter()
                    result = store.save_values(reported_db, clean, account=account.username, how="form")
                except store.StoreError as exc:
                    record({"e": e, "k": k, "ok": False, "error": str(exc)[:300], "attempt": attempt})
                    time.sleep(1)
                    continue
                end = time.perf_counter()
                record({"e": e, "k": k, "ok": True, "t0": t0, "lat": end - start, "store": end - validated,
                        "saved": result.saved, "unchanged": result.unchanged, "pid": os.getpid()})
                break

    print("ready", flush=True)
    with ThreadPoolExecutor(threads) as pool:
        futures = []
        for line in sys.stdin:
            if line.strip() == "go":
                go.set()
            elif line.strip():
                futures.append(pool.submit(editor, json.loads(line)))
        go.set()
        for f in futures:
            f.result()
    os.close(fd)
    return 0


# --- running a case ------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    processes: int
    threads: int
    env: dict[str, str]
    store: object  # where the results are looked up (a Path or a PostgresStore)
    kill_at: float | None = None  # share of all saves acknowledged when worker 0 is killed
    results: list[dict] = field(default_factory=list)
    wall: float = 0.0
    killed_pid: int | None = None
    retried: int = 0


def _start_worker(case: Case, indicators_db: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, **case.env, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(HERE / "editors.py"), "--worker", "--indicators", str(indicators_db),
                             "--out", str(out), "--threads", str(case.threads)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def _read(out: Path) -> list[dict]:
    try:
        text = out.read_text()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in text.splitlines() if line.endswith("}")]


def run_case(case: Case, saves: list[Save], indicators_db: Path, work: Path) -> Case:
    """Start the workers, hand each its editors, say go; in a kill run, SIGKILL worker 0 once
    ``kill_at`` of the saves are acknowledged and hand its editors' unacknowledged saves to worker 1."""
    outs = [work / f"{case.name}-p{i}.jsonl" for i in range(case.processes)]
    for out in outs:
        out.unlink(missing_ok=True)
    workers = [_start_worker(case, indicators_db, out) for out in outs]
    try:
        for w in workers:
            if w.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a worker of {case.name} did not start (exit {w.wait()})")
        by_editor: dict[int, list[Save]] = {}
        for s in saves:
            by_editor.setdefault(s.editor, []).append(s)
        owner = {e: e % case.processes for e in by_editor}
        for e, mine in by_editor.items():
            workers[owner[e]].stdin.write(job_line(mine))
        start = time.perf_counter()
        for w in workers:
            w.stdin.write("go\n")
            w.stdin.flush()
        if case.kill_at is not None:
            target = case.kill_at * len(saves)
            while sum(1 for r in _read(outs[0]) + _read(outs[1]) if r["ok"]) < target and workers[0].poll() is None:
                time.sleep(0.02)
            case.killed_pid = workers[0].pid
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait()
            acked = {(r["e"], r["k"]) for r in _read(outs[0]) if r["ok"]}
            for e, mine in by_editor.items():  # its editors reconnect to the other process and send again
                pending = [s for s in mine if owner[e] == 0 and (s.editor, s.k) not in acked]
                if pending:
                    case.retried += len(pending)
                    workers[1].stdin.write(job_line(pending))
            workers[1].stdin.flush()
        for w in workers:
            if w.poll() is None:
                w.stdin.close()
        for w in workers:
            w.wait()
        case.wall = time.perf_counter() - start
        if any(w.returncode != 0 for w in workers if w.pid != case.killed_pid):
            raise RuntimeError(f"a worker of {case.name} failed: exit {[w.returncode for w in workers]}")
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
                w.wait()
    case.results = [r for out in outs for r in _read(out)]
    return case


# --- judging -------------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: ``percentile([1, 2, 3, 4], 0.5)`` → 2."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def tally(saves: list[Save], results: list[dict], history) -> dict:
    """attempted / acknowledged / found / lost for ``saves`` given the workers' ``results`` and the
    store's ``history`` (every revision: target_id, period, value, reported_by). A save is found
    when every one of its rows is a revision by its editor's account."""
    stored = {(t, p, round(float(v), 6), who) for t, p, v, who in
              zip(history["target_id"], history["period"], history["value"], history["reported_by"])}

    def found(s: Save) -> bool:
        return all((t, p, round(v, 6), account_name(s.editor)) in stored for t, p, v in s.rows)

    acked = {(r["e"], r["k"]) for r in results if r["ok"]}
    latencies = [r["lat"] for r in results if r["ok"]]
    in_store_call = [r["store"] for r in results if r["ok"]]
    t0s = [r["t0"] for r in results if r["ok"]]
    ends = [r["t0"] + r["lat"] for r in results if r["ok"]]
    in_store = [s for s in saves if found(s)]
    return {
        "attempted": len(saves), "acknowledged": len(acked), "found": len(in_store),
        "lost": sum(1 for s in saves if (s.editor, s.k) in acked and not found(s)),
        "refusals": sum(1 for r in results if not r["ok"]),
        "p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95),
        "max": max(latencies) if latencies else float("nan"),
        "store_p50": percentile(in_store_call, 0.5), "store_p95": percentile(in_store_call, 0.95),
        "throughput": len(acked) / (max(ends) - min(t0s)) if len(t0s) > 1 else float("nan"),
        "errors": sorted({r["error"] for r in results if not r["ok"]})[:3],
    }


def table(columns: list[tuple[str, dict]]) -> str:
    """The figures of each case side by side, one Markdown table."""
    rows = [("saves attempted", "attempted", "{:d}"), ("acknowledged", "acknowledged", "{:d}"),
            ("found in the store afterwards", "found", "{:d}"), ("acknowledged but lost (must be 0)", "lost", "{:d}"),
            ("refused (each clicked again, up to 3 times)", "refusals", "{:d}"),
            ("save latency p50", "p50", "{:.3f} s"), ("save latency p95", "p95", "{:.3f} s"),
            ("save latency max", "max", "{:.3f} s"),
            ("of which save_values p50", "store_p50", "{:.3f} s"), ("of which save_values p95", "store_p95", "{:.3f} s"),
            ("throughput (acknowledged / first click to last acknowledgement)", "throughput", "{:.1f} saves/s")]
    lines = ["| | " + " | ".join(name for name, _ in columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for label, key, fmt in rows:
        lines.append(f"| {label} | " + " | ".join(fmt.format(c[key]) for _, c in columns) + " |")
    return "\n".join(lines)


# --- the PostgreSQL server -----------------------------------------------------------------------

def postgres_server(work: Path):
    """A temporary PostgreSQL server (tests/pgserver.py) with fsync and synchronous_commit on, or
    None with the reason when this machine or this code cannot run one."""
    try:
        from tracking.store import PostgresStore  # noqa: F401  (the store layer's PostgreSQL back end)
    except ImportError:
        return None, "this code has no PostgreSQL store (tracking/store.py)"
    from testdocs import test_module

    try:
        pgserver = test_module("pgserver")
    except FileNotFoundError:
        return None, "tests/pgserver.py is missing"
    if why := pgserver.missing():
        return None, why

    class DurableServer(pgserver.PgServer):
        settings = "-c fsync=on -c synchronous_commit=on -c max_connections=300"

    return DurableServer().init(), None


# --- main ----------------------------------------------------------------------------------------

def build_indicators(work: Path) -> Path:
    """The five real sources built by the real command (449 targets in 4 jurisdictions)."""
    db = work / "indicators.duckdb"
    if not db.exists():
        done = subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db)], cwd=ROOT, text=True,
                              capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if done.returncode != 0:
            raise RuntimeError(f"python -m etl build failed: {done.stderr[-2000:]}")
    return db


def run(args) -> dict:
    from datetime import date

    from tracking import reported as store
    from tracking import reported_import as importer

    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    indicators = build_indicators(work)
    targets = store.read_targets(indicators)
    template = importer.template_frame(targets, date.today())
    period_of = dict(zip(template.iloc[:, 0], template["报告期(period)"].astype(str)))
    saves = plan(targets, args.editors, args.saves, args.rows, period_of)
    half = max(1, args.editors // 2)
    cases: list[Case] = []
    server, why = (None, "--no-postgres") if args.no_postgres else postgres_server(work)
    try:
        if server is not None:
            from tracking.store import PostgresStore

            url = server.new_database(template=None)
            cases.append(Case(f"PostgreSQL, 2 processes × {min(args.threads, half)} threads", 2,
                              min(args.threads, half), {"DATABASE_URL": url}, PostgresStore(url)))
        duck = work / "reported.duckdb"
        for f in (duck, duck.with_name(duck.name + ".wal")):
            f.unlink(missing_ok=True)
        cases.append(Case(f"DuckDB, 1 process × {args.editors} threads", 1, args.editors,
                          {"REPORTED_DB": str(duck), "DATABASE_URL": ""}, duck))
        if server is not None:
            url = server.new_database(template=None)
            cases.append(Case(f"PostgreSQL, 2 processes, one SIGKILLed at {args.kill_at:.0%}", 2,
                              min(args.threads, half), {"DATABASE_URL": url}, PostgresStore(url),
                              kill_at=args.kill_at))
        columns, raw = [], {}
        for case in cases:
            print(f"editors: {case.name} …", file=sys.stderr, flush=True)
            run_case(case, saves, indicators, work)
            figures = tally(saves, case.results, store.history(case.store))
            figures["wall"] = case.wall
            if case.kill_at is not None:
                figures["retried"] = case.retried
            columns.append((case.name, figures))
            raw[case.name] = figures
    finally:
        if server is not None:
            from tracking import pg

            pg.close()
            server.remove()
    print(f"{args.editors} editors, {args.saves} saves each of {args.rows} values "
          f"(validate_rows + save_values, as 数据填报's 保存), {len(targets)} targets")
    print()
    print(table(columns))
    for name, figures in columns:
        if "retried" in figures:
            print(f"\nKill run: the killed process's editors sent {figures['retried']} unacknowledged saves again "
                  f"to the other; acknowledged saves lost: {figures['lost']}.")
        if figures["errors"]:
            print(f"\n{name}: refusals said e.g. {figures['errors']}")
    if why:
        print(f"\nPostgreSQL not measured: {why}")
    return raw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editors", type=int, default=200)
    parser.add_argument("--saves", type=int, default=3, help="saves per editor, back to back")
    parser.add_argument("--rows", type=int, default=3, help="values per save")
    parser.add_argument("--threads", type=int, default=100, help="threads per PostgreSQL app server process")
    parser.add_argument("--kill-at", type=float, default=0.3, help="share of saves acknowledged before the kill")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-editors"))
    parser.add_argument("--no-postgres", action="store_true", help="the DuckDB column only")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--indicators", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.indicators, args.out, args.threads)
    raw = run(args)
    if args.json:
        args.json.write_text(json.dumps(raw, ensure_ascii=False, indent=1))
    return 0 if all(f["lost"] == 0 for f in raw.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
