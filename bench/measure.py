"""One measurement per call, run in its own process so that caches, imports and peak memory of one
measurement never leak into the next. ``bench/run.py`` calls these; each prints one JSON line.

    python bench/measure.py etl --sources DIR --db PATH --workers N
    python bench/measure.py pdf --pdf FILE [--pdf FILE …]
    python bench/measure.py pages --db PATH --reported PATH [--runs 10]
    python bench/measure.py queries --db PATH --reported PATH [--repeat 5]
    python bench/measure.py png --db PATH --reported PATH
    python bench/measure.py browser --db PATH --reported PATH [--sessions 1 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

from deploy.serve import NGINX, start_nginx, start_streamlit, stop

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

PYTHON = sys.executable
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
GAUGES = ".gauge-grid .gauge svg"
PAGES = ["pages/overview.py", "pages/ledger.py", "pages/indicator.py", "pages/compare.py",
         "pages/departments.py", "pages/entry.py"]


def emit(result: dict) -> None:
    print(json.dumps(result, ensure_ascii=False), flush=True)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (p95 of 10 runs = the slowest but none)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- process-tree memory -------------------------------------------------------------------

def _proc_table() -> dict[int, tuple[int, int, float]]:
    """pid → (parent pid, resident kB, CPU seconds used) for every process (reads /proc)."""
    page_kb, tick = os.sysconf("SC_PAGE_SIZE") // 1024, os.sysconf("SC_CLK_TCK")
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                f = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        table[int(entry.name)] = (int(f[1]), int(f[21]) * page_kb, (int(f[11]) + int(f[12])) / tick)
    return table


def _descendants(table: dict, root_pid: int) -> set[int]:
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        p = frontier.pop()
        for child, (parent, _, _) in table.items():
            if parent == p and child not in tree:
                tree.add(child)
                frontier.append(child)
    return tree


def tree_cpu_seconds(root_pid: int) -> float:
    """CPU seconds used so far by a process and its live descendants."""
    table = _proc_table()
    return sum(table[p][2] for p in _descendants(table, root_pid) if p in table)


def _tree_rss_kb(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, summed."""
    table = _proc_table()
    return sum(table[p][1] for p in _descendants(table, root_pid) if p in table)


class TreeSampler(threading.Thread):
    """Samples a process tree's summed RSS every ``every`` seconds; ``peak_mb`` is the highest."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb = pid, every, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.pid))
            self._done.wait(self.every)

    def stop(self) -> float:
        self._done.set()
        self.join()
        return self.peak_kb / 1024


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident memory of one live process (VmHWM)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# --- ETL ---------------------------------------------------------------------------------------

def measure_etl(args) -> dict:
    """``python -m etl build`` as a child: wall time, peak RSS of the largest process (getrusage
    RUSAGE_CHILDREN, which covers the pool workers the build waits for) and of the whole tree."""
    import duckdb

    sources = Path(args.sources)
    files = [p for p in sources.iterdir() if p.is_file() and p.name != "manifest.csv"]
    size = sum(p.stat().st_size for p in files)
    cmd = [PYTHON, "-m", "etl", "build", "--sources", str(sources), "--db", args.db, "--quiet"]
    if args.workers > 1:
        cmd += ["--workers", str(args.workers)]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    tree_mb = sampler.stop()
    if child.returncode not in (0, 1):
        raise SystemExit(f"build failed: {err[-1500:]}")
    with duckdb.connect(args.db, read_only=True) as con:
        targets = con.execute("SELECT count(*) FROM targets").fetchone()[0]
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "docs": docs, "files": len(files), "bytes": size, "targets": targets,
            "peak_process_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "peak_tree_mb": tree_mb, "db_bytes": Path(args.db).stat().st_size}


# --- PDF reading ---------------------------------------------------------------------------

def measure_pdf(args) -> dict:
    """Pages per second through the product's reader (etl.read.read_source → pdfplumber)."""
    import pdfplumber

    from etl.read import read_source

    pages, seconds = 0, 0.0
    for pdf in args.pdf:
        with pdfplumber.open(pdf) as doc:
            pages += len(doc.pages)
        start = time.perf_counter()
        read_source(Path(pdf))
        seconds += time.perf_counter() - start
    return {"pages": pages, "seconds": seconds, "files": len(args.pdf)}


# --- pages under AppTest -------------------------------------------------------------------

def _set_dbs(args) -> None:
    os.environ["INDICATORS_DB"] = str(Path(args.db).resolve())
    os.environ["REPORTED_DB"] = str(Path(args.reported).resolve())


def _some_target(db: str) -> str:
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        row = con.execute("SELECT target_id FROM targets WHERE indicator_code IS NOT NULL"
                          " ORDER BY jurisdiction, position LIMIT 1").fetchone()
        return row[0] if row else con.execute("SELECT min(target_id) FROM targets").fetchone()[0]


def measure_pages(args) -> dict:
    """Every page's script time (app.py + the page) under AppTest, ``runs`` reruns each.

    The first run of the process (overview, cold caches: statuses computed, connection opened) is
    reported apart as ``cold``; then each page is opened in a fresh session and rerun ``runs``
    times, as a user interacting with it does; its own first run is ``first``."""
    from streamlit.testing.v1 import AppTest

    _set_dbs(args)
    app = str(ROOT / "app.py")
    target = _some_target(args.db)
    start = time.perf_counter()
    at = AppTest.from_file(app, default_timeout=args.timeout).run()
    cold = time.perf_counter() - start
    result: dict = {"cold": cold, "pages": {}}
    for page in PAGES:
        if not (ROOT / page).exists():
            continue
        at = AppTest.from_file(app, default_timeout=args.timeout)
        if page == "pages/indicator.py":
            at.query_params["target"] = target
        at.run()
        if page != "pages/overview.py":
            at.switch_page(page)
        times, cpu, errors = [], [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            at.run()
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)  # all threads of this process: robust to a busy machine
            errors = [e.value for e in at.exception][:1]
        result["pages"][page] = {"p50": statistics.median(times), "p95": percentile(times, 95),
                                 "cpu_p50": statistics.median(cpu), "first": times[0],
                                 "errors": [str(e)[:200] for e in errors]}
    result["peak_mb"] = self_peak_mb()
    return result


# --- queries on a plain connection ------------------------------------------------------------

def measure_queries(args) -> dict:
    """The main overview/ledger queries of tracking/queries.py on a plain DuckDB connection, with
    the statuses relation computed by tracking.reported.current_statuses (timed too)."""
    import duckdb

    from tracking import queries as Q
    from tracking import reported
    from tracking.status import STATUS_COLUMNS

    t0 = time.perf_counter()
    statuses = reported.current_statuses(args.db, args.reported, date.today())[STATUS_COLUMNS]
    status_seconds = time.perf_counter() - t0
    con = duckdb.connect(args.db, read_only=True)
    con.register(Q.STATUSES_RELATION, statuses)
    city = con.execute("SELECT name FROM jurisdictions WHERE level = 'city' ORDER BY name LIMIT 1").fetchone()
    code = con.execute("SELECT indicator_code FROM targets WHERE indicator_code IS NOT NULL"
                       " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()
    everything, one_city = Q.Filters(), Q.Filters(jurisdiction=city[0] if city else None)
    queries = {
        "status_counts": Q.status_counts_sql(everything),
        "status_breakdown(sector)": Q.status_breakdown_sql(everything, "sector"),
        "status_breakdown(jurisdiction)": Q.status_breakdown_sql(everything, "jurisdiction"),
        "headline_targets": Q.headline_targets_sql(everything),
        "ledger(all)": Q.ledger_sql(everything),
        "ledger(one city + sub)": Q.ledger_sql(one_city),
        "filter_options": Q.filter_options_sql(),
        "department_breakdown": Q.department_breakdown_sql(everything),
        "comparison": Q.comparison_sql(code[0] if code else ""),
    }
    timings = {}
    for name, (sql, params) in queries.items():
        runs = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            con.execute(sql, params).df()
            runs.append(time.perf_counter() - t)
        timings[name] = statistics.median(runs)
    con.close()
    return {"statuses_seconds": status_seconds, "queries": timings, "n_targets": len(statuses)}


# --- PNG export ----------------------------------------------------------------------------

def measure_png(args) -> dict:
    """figure_to_png on the overview's first gauge grid: the first call starts Chromium."""
    import duckdb

    from outputs import charts
    from outputs.export import figure_to_png, stop_server
    from tracking import queries as Q
    from tracking import reported
    from tracking.status import STATUS_COLUMNS

    statuses = reported.current_statuses(args.db, args.reported, date.today())[STATUS_COLUMNS]
    with duckdb.connect(args.db, read_only=True) as con:
        con.register(Q.STATUSES_RELATION, statuses)
        heads = con.execute(*Q.headline_targets_sql(Q.Filters())).df()
    first_jurisdiction = heads["jurisdiction"].iloc[0]
    fig = charts.gauge_grid(heads[heads["jurisdiction"] == first_jurisdiction], "基准测试", "bench", "zh")
    t0 = time.perf_counter()
    figure_to_png(fig)
    first = time.perf_counter() - t0
    later = []
    for _ in range(3):
        t = time.perf_counter()
        figure_to_png(fig)
        later.append(time.perf_counter() - t)
    stop_server()
    return {"first": first, "subsequent": statistics.median(later)}


# --- browser sessions against a running server -----------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _sessions(url: str, n: int, timeout_ms: int, server_pid: int, drawn: str = GAUGES,
                    assets: list[str] | None = None, returning: bool = False) -> dict:
    """``n`` browser contexts open the overview at once: seconds until each showed its first
    metric (the script's output arriving) and drew its gauges (``drawn``), and the CPU seconds the
    server and the browsers spent meanwhile (both share this machine's cores). ``assets``, if
    given, collects the URLs the browsers fetched from the server. ``returning``: each context
    has opened the page once before (its cache holds Streamlit's static files)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        contexts = [await browser.new_context(viewport={"width": 1400, "height": 900}) for _ in range(n)]
        pages = [await c.new_page() for c in contexts]
        if assets is not None:
            origin = url.split("/", 3)[:3]
            for page in pages:
                page.on("request", lambda r: assets.append(r.url) if r.url.split("/", 3)[:3] == origin else None)

        async def one(page) -> tuple[float, float]:
            t0 = time.perf_counter()
            await page.goto(url, wait_until="commit")
            await page.wait_for_selector("[data-testid='stMetric']", timeout=timeout_ms)
            t1 = time.perf_counter()
            await page.wait_for_selector(drawn, state="visible", timeout=timeout_ms)
            return t1 - t0, time.perf_counter() - t0

        if returning:
            await asyncio.gather(*(one(pg) for pg in pages))
        server_cpu, all_cpu = tree_cpu_seconds(server_pid), tree_cpu_seconds(os.getpid())
        try:
            done = await asyncio.gather(*(one(pg) for pg in pages))
            server_used = tree_cpu_seconds(server_pid) - server_cpu
            return {"metric": [d[0] for d in done], "gauges": [d[1] for d in done],
                    "server_cpu": server_used,
                    "browser_cpu": tree_cpu_seconds(os.getpid()) - all_cpu - server_used}
        finally:
            await browser.close()


async def _server_sessions(url: str, n: int, assets: list[str], timeout_s: float, server_pid: int) -> dict:
    """``n`` clients open the overview at once the way a browser does, minus the drawing: each
    fetches the page and every static file a first-time browser fetched (six at a time), opens
    Streamlit's websocket, asks for a script run, and reads the messages until the gauge grid has
    arrived and the run has finished. The seconds until the gauges arrived are the server's share
    of "overview drawn" for people whose browsers run on their own machines."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    async def one() -> dict:
        t0 = time.perf_counter()
        await fetch_lane([url], timeout_s)  # the page, then what it loads
        lanes = [assets[i::6] for i in range(6)]
        sizes = await asyncio.gather(*(fetch_lane(lane, timeout_s) for lane in lanes if lane))
        t_static = time.perf_counter() - t0
        stream = url.replace("http://", "ws://", 1).split("?")[0].rstrip("/") + "/_stcore/stream"
        async with websockets.connect(stream, subprotocols=["streamlit"], max_size=None, proxy=None) as ws:
            rerun = BackMsg()
            rerun.rerun_script.query_string = url.partition("?")[2]
            rerun.rerun_script.context_info.url = url
            rerun.rerun_script.context_info.timezone = "Asia/Shanghai"
            await ws.send(rerun.SerializeToString())
            gauges = None
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await asyncio.wait_for(ws.recv(), timeout_s))
                kind = msg.WhichOneof("type")
                if (gauges is None and kind == "delta" and msg.delta.WhichOneof("type") == "new_element"
                        and "gauge-grid" in msg.delta.new_element.markdown.body):
                    gauges = time.perf_counter() - t0
                if kind == "script_finished":
                    break
        return {"static": t_static, "static_bytes": sum(sizes), "gauges": gauges,
                "finished": time.perf_counter() - t0}

    cpu, own = tree_cpu_seconds(server_pid), os.times()
    done = await asyncio.gather(*(one() for _ in range(n)))
    own_after = os.times()
    if any(d["gauges"] is None for d in done):
        raise SystemExit("a session finished without a gauge grid: is the overview's first tab still the gauges?")
    return {"static": [d["static"] for d in done], "gauges": [d["gauges"] for d in done],
            "finished": [d["finished"] for d in done], "static_mb": done[0]["static_bytes"] / 2**20,
            "requests": 1 + len(assets), "server_cpu": tree_cpu_seconds(server_pid) - cpu,
            "client_cpu": own_after.user + own_after.system - own.user - own.system}


async def fetch_lane(addresses: list[str], timeout_s: float = 60) -> int:
    """One of a browser's six connections to a host: GETs one after another on one kept-alive
    connection; returns the body bytes read.

    The client acknowledges every answer at once (TCP_QUICKACK, re-armed per request), so it meets
    the server as Chromium does. Without that, Streamlit's own server — which leaves Nagle's algorithm
    on: it binds its socket without IPPROTO_TCP, so asyncio never sets TCP_NODELAY — holds each
    response's body until the client's delayed ACK, ≈ 40 ms a request (curl and urllib wait so;
    Chromium's resource timings show no such wait).

    Written on asyncio's streams rather than urllib because ten simulated browsers share this
    machine's two cores with the server: urllib spent more CPU fetching 1,160 files than the
    server spent sending them, which slowed the server's share (client 0.7–0.8 CPU-s against
    nginx and Streamlit's 0.5–0.6). Reads Content-Length and chunked bodies; anything else is an error."""
    if not addresses:
        return 0
    first = urllib.parse.urlsplit(addresses[0])
    reader, writer = await asyncio.open_connection(first.hostname, first.port or 80)
    sock = writer.get_extra_info("socket")
    size = 0
    try:
        for address in addresses:
            target = urllib.parse.urlsplit(address)
            path = (target.path or "/") + (f"?{target.query}" if target.query else "")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {target.netloc}\r\n"
                         "Accept-Encoding: identity\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout_s)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            status, *lines = head.decode("latin-1").split("\r\n")
            if status.split()[1] != "200":
                raise RuntimeError(f"{address}: {status}")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)}
            if headers.get("transfer-encoding", "").lower() == "chunked":
                while (length := int((await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout_s)).split(b";")[0], 16)):
                    size += len(await asyncio.wait_for(reader.readexactly(length + 2), timeout_s)) - 2
                while await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout_s) != b"\r\n":
                    pass  # trailer fields, up to the empty line
            elif "content-length" in headers:
                size += len(await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), timeout_s))
            else:
                raise RuntimeError(f"{address}: an answer with neither Content-Length nor chunks ({status})")
    finally:
        writer.close()
    return size


def _behind_nginx(port: int, first_visit: list[str], every_visit: list[str], args, server_pid: int) -> dict:
    """The overview as `make run` serves it (deploy/serve.py: nginx sends Streamlit's static
    files): one browser, then one and N first-time and returning visitors' server share, counting
    nginx's CPU with Streamlit's."""
    listen = _free_port()
    run = Path(f"/tmp/bench-nginx-{listen}")
    nginx = start_nginx(f"127.0.0.1:{listen}", f"127.0.0.1:{port}", run)
    url = f"http://127.0.0.1:{listen}/"
    out: dict = {}
    try:
        out["proxy_n1"] = asyncio.run(_sessions(url, 1, args.timeout * 1000, server_pid))
        for n in sorted({1, *args.sessions}):
            for name, assets in (("proxy_server", first_visit), ("proxy_server_return", every_visit)):
                cpu = tree_cpu_seconds(nginx.pid)
                r = asyncio.run(_server_sessions(url, n, [a.replace(f":{port}/", f":{listen}/", 1) for a in assets],
                                                 args.timeout, server_pid))
                r["server_cpu"] += tree_cpu_seconds(nginx.pid) - cpu
                out[f"{name}_n{n}"] = r
    finally:
        stop(nginx)
    return out


def measure_browser(args) -> dict:
    """The overview in real browsers (cold, then N at once), then N protocol-level clients (the
    server's share), then N browsers on a bare Streamlit page (what the browsers alone cost)."""
    port = _free_port()
    t0 = time.perf_counter()
    env = {"INDICATORS_DB": str(Path(args.db).resolve()), "REPORTED_DB": str(Path(args.reported).resolve())}
    server = start_streamlit(ROOT / "app.py", port, env)
    result: dict = {"server_start": time.perf_counter() - t0}
    url = f"http://127.0.0.1:{port}/"
    assets: list[str] = []
    try:
        result["cold"] = asyncio.run(_sessions(url, 1, args.timeout * 1000, server.pid, assets=assets))
        for n in args.sessions:
            result[f"n{n}"] = asyncio.run(_sessions(url, n, args.timeout * 1000, server.pid))
        result["returning_n1"] = asyncio.run(_sessions(url, 1, args.timeout * 1000, server.pid, returning=True))
        # Streamlit's static files are immutable for a year: a returning visitor's browser asks
        # only for the page itself (no-cache) before opening the websocket.
        # Every visit also asks /_stcore/health and /_stcore/host-config.
        every_visit = sorted({a for a in assets if a.endswith(("/_stcore/health", "/_stcore/host-config"))})
        first_visit = sorted({a for a in assets if "/static/" in a or a.endswith(".png")} | set(every_visit))
        for n in sorted({1, *args.sessions}):
            result[f"server_n{n}"] = asyncio.run(_server_sessions(url, n, first_visit, args.timeout, server.pid))
            result[f"server_return_n{n}"] = asyncio.run(_server_sessions(url, n, every_visit, args.timeout,
                                                                         server.pid))
        if NGINX:
            result.update(_behind_nginx(port, first_visit, every_visit, args, server.pid))
        result["server_peak_mb"] = vm_hwm_mb(server.pid)
    finally:
        stop(server)
    bare = start_streamlit(BENCH / "bare_app.py", port)
    try:
        for n in args.sessions:
            result[f"bare_n{n}"] = asyncio.run(_sessions(url, n, args.timeout * 1000, bare.pid,
                                                         drawn="[data-testid='stMetric']"))
    finally:
        stop(bare)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="one benchmark measurement, printed as JSON")
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("etl")
    p.add_argument("--sources", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--workers", type=int, default=1)
    p = sub.add_parser("pdf")
    p.add_argument("--pdf", action="append", required=True)
    for name in ("pages", "queries", "png", "browser"):
        p = sub.add_parser(name)
        p.add_argument("--db", required=True)
        p.add_argument("--reported", required=True)
        p.add_argument("--runs", type=int, default=10)
        p.add_argument("--repeat", type=int, default=5)
        p.add_argument("--timeout", type=int, default=120)
        p.add_argument("--sessions", type=int, nargs="+", default=[1, 10])
    args = parser.parse_args(argv)
    handler = {"etl": measure_etl, "pdf": measure_pdf, "pages": measure_pages, "queries": measure_queries,
               "png": measure_png, "browser": measure_browser}[args.what]
    emit(handler(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
