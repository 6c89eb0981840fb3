"""The benchmark: ETL throughput, PDF reading, page times, queries, exports and browser sessions on
the five real sources and on a synthetic province, printed as ONE Markdown table with each row
marked PASS/MISS against the budgets of issue 6.

    python bench/run.py            # everything (makes /tmp/province first if needed; ≈ 7 min)
    python bench/run.py --quick    # the five-source rows only (≈1 min)

Every measurement runs in its own process (bench/measure.py) so caches and peak memory of one do
not leak into the next; progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
CORES = os.cpu_count() or 1
MB = 1024 * 1024

# Budgets (issue 6, on a 2-core machine)
ETL_FIVE_S = 5.0
ETL_PROVINCE_S = 120.0
PAGE_P50_S = 0.5
PAGE_RATIO = 2.0
APP_MEMORY_MB = 1024
SESSION_S = 3.0


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def measure(*args: str, timeout: float = 1800) -> dict:
    """Run one bench/measure.py measurement in a fresh process; its last stdout line is JSON."""
    cmd = [PYTHON, str(BENCH / "measure.py"), *args]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stderr.strip()[-1200:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def attempt(label: str, *args: str, timeout: float = 1800) -> dict | None:
    """A measurement that may fail (a page not ready yet, no Chromium): logged, row left empty."""
    log(f"{label} …")
    try:
        return measure(*args, timeout=timeout)
    except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError, IndexError) as err:
        log(f"{label}: not measured: {err}")
        return None


# --- corpora ---------------------------------------------------------------------------------

@dataclass
class Corpus:
    name: str
    sources: Path
    db: Path          # the database the dashboard rows read
    reported: Path
    pdfs: list[Path]


def five_sources(work: Path) -> Corpus:
    """The real sources; reported values made like the province's; PDFs made from two of them."""
    import make_province as mp

    folder = work / "five"
    folder.mkdir(parents=True, exist_ok=True)
    pdf_dir = folder / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    pdfs = []
    for name in (mp.ZONE_TASKS, mp.ZONE_LIST):
        pdf = pdf_dir / (Path(name).stem + ".pdf")
        if not pdf.exists():
            lines = [ln.strip() for ln in (mp.REAL_SOURCES / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
            mp._docgen().make_pdf(pdf, lines, header="基准测试")
        pdfs.append(pdf)
    return Corpus("5 sources", mp.REAL_SOURCES, folder / "indicators.duckdb", folder / "reported.duckdb", pdfs)


def ensure_reported(corpus: Corpus, seed: int) -> None:
    import make_province as mp

    if not corpus.reported.exists() or corpus.reported.stat().st_mtime < corpus.db.stat().st_mtime:
        mp.write_reported(corpus.reported.parent, corpus.db, seed)


def province(out: Path, seed: int, scale: float) -> tuple[Corpus, float | None]:
    """The synthetic province, made by bench/make_province.py unless one with the same seed and
    scale is already there. Returns it and the seconds its generation took (None: reused)."""
    stamp = out / "bench-stamp.json"
    wanted = {"seed": seed, "scale": scale}
    made = None
    have = json.loads(stamp.read_text()) if stamp.exists() else None
    if have != wanted or not (out / "reported.duckdb").exists():
        log(f"making the province in {out} (seed {seed}, scale {scale}) …")
        t0 = time.perf_counter()
        subprocess.run([PYTHON, str(BENCH / "make_province.py"), "--out", str(out), "--seed", str(seed),
                        "--scale", str(scale)], cwd=ROOT, check=True, stdout=sys.stderr)
        made = time.perf_counter() - t0
        stamp.write_text(json.dumps(wanted))
    sources = out / "sources"
    pdfs = sorted(sources.glob("*.pdf"))
    by_template: dict[str, Path] = {}
    for pdf in pdfs:  # one PDF of each kind of document
        by_template.setdefault(pdf.name.split("_")[1], pdf)
    return Corpus("province", sources, out / "indicators.duckdb", out / "reported.duckdb",
                  list(by_template.values())), made


# --- the table -------------------------------------------------------------------------------

@dataclass
class Row:
    group: str
    what: str
    five: str = "—"
    prov: str = "—"
    ratio: str = ""
    budget: str = ""
    result: str = ""


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "**MISS**")


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.0f} s"


def etl_cell(r: dict | None) -> str:
    if not r:
        return "—"
    s = r["seconds"]
    return (f"{s:.1f} s (CPU {r.get('cpu_seconds', 0):.0f} s) · {r['docs'] / s:.1f} docs/s · {r['bytes'] / MB / s:.2f} MB/s · "
            f"{r['targets'] / s:.0f} targets/s · peak {r['peak_process_mb']:.0f} MB/process, "
            f"{r['peak_tree_mb']:.0f} MB all")


def etl_rows(five: dict, prov: dict) -> list[Row]:
    rows = []
    for key, label in (("w1", "1 worker"), ("wn", f"{CORES} workers (all cores)")):
        f, p = five.get(key), prov.get(key)
        budget_ok = []
        if f:
            budget_ok.append(f["seconds"] < ETL_FIVE_S)
        if p and key == "wn":
            budget_ok.append(p["seconds"] < ETL_PROVINCE_S)
        budget = f"5 src < {ETL_FIVE_S:.0f} s" + (f"; province < {ETL_PROVINCE_S:.0f} s" if key == "wn" else "")
        rows.append(Row("ETL", f"build, {label}", etl_cell(f), etl_cell(p),
                        f"{p['seconds'] / f['seconds']:.0f}×" if f and p else "", budget,
                        verdict(all(budget_ok) if budget_ok else None)))
    f, p = five.get("w1"), prov.get("w1")
    if f or p:
        size = lambda r: f"{r['files']} files, {r['bytes'] / MB:.1f} MB → {r['targets']} targets" if r else "—"  # noqa: E731
        rows.insert(0, Row("ETL", "corpus", size(f), size(p)))
    return rows


def pdf_cell(r: dict | None) -> str:
    if not r:
        return "—"
    return f"{r['pages'] / r['seconds']:.1f} pages/s ({r['pages']} pages, {r['files']} files)"


def page_rows(five: dict | None, prov: dict | None) -> list[Row]:
    rows = []
    pages = list(((five or {}).get("pages") or {}).keys() | ((prov or {}).get("pages") or {}).keys())
    order = ["pages/overview.py", "pages/ledger.py", "pages/indicator.py", "pages/compare.py",
             "pages/departments.py", "pages/entry.py"]
    pages.sort(key=lambda p: order.index(p) if p in order else 99)
    rows.append(Row("Pages (AppTest)", "first script run in a fresh process (cold caches)",
                    fmt_s(five["cold"]) if five else "—", fmt_s(prov["cold"]) if prov else "—"))
    for page in pages:
        f = (five or {}).get("pages", {}).get(page)
        p = (prov or {}).get("pages", {}).get(page)
        cell = lambda r: "—" if not r else (f"{fmt_s(r['p50'])} / {fmt_s(r['p95'])} (CPU {fmt_s(r.get('cpu_p50'))})"  # noqa: E731
                                            + (" ⚠ exception" if r["errors"] else ""))
        ratio = p["p50"] / f["p50"] if f and p else None
        if p:
            ok = p["p50"] < PAGE_P50_S and (ratio is None or ratio <= PAGE_RATIO) and not p["errors"]
        elif f:
            ok = f["p50"] < PAGE_P50_S and not f["errors"]
        else:
            ok = None
        rows.append(Row("Pages (AppTest)", f"{Path(page).stem}: p50 / p95 of 10 runs (CPU p50)", cell(f), cell(p),
                        f"{ratio:.1f}×" if ratio else "", f"p50 < {PAGE_P50_S} s, ≤ {PAGE_RATIO:.0f}×", verdict(ok)))
    mem_f, mem_p = (five or {}).get("peak_mb"), (prov or {}).get("peak_mb")
    rows.append(Row("Memory", "app process peak RSS (AppTest, all pages)",
                    f"{mem_f:.0f} MB" if mem_f else "—", f"{mem_p:.0f} MB" if mem_p else "—", "",
                    f"< {APP_MEMORY_MB} MB", verdict((mem_p or mem_f) < APP_MEMORY_MB if (mem_p or mem_f) else None)))
    return rows


def query_rows(five: dict | None, prov: dict | None) -> list[Row]:
    rows = [Row("Queries", "statuses of all targets (tracking.reported.current_statuses)",
                fmt_s(five["statuses_seconds"]) if five else "—", fmt_s(prov["statuses_seconds"]) if prov else "—",
                f"{prov['statuses_seconds'] / five['statuses_seconds']:.0f}×" if five and prov else "")]
    names = list((five or prov or {}).get("queries", {}))
    for name in names:
        f = (five or {}).get("queries", {}).get(name)
        p = (prov or {}).get("queries", {}).get(name)
        rows.append(Row("Queries", f"{name} (median of 5)", fmt_s(f), fmt_s(p), f"{p / f:.0f}×" if f and p else ""))
    return rows


def size_cell(corpus: Corpus | None) -> str:
    if corpus is None or not corpus.db.exists():
        return "—"
    rep = corpus.reported.stat().st_size / MB if corpus.reported.exists() else 0
    return f"{corpus.db.stat().st_size / MB:.1f} MB + reported {rep:.1f} MB"


def spread(seconds: list[float]) -> str:
    """One session's time, or the p50 and max of several."""
    if len(seconds) == 1:
        return fmt_s(seconds[0])
    return f"p50 {fmt_s(sorted(seconds)[len(seconds) // 2])}, max {fmt_s(max(seconds))}"


CLIENTS = {  # server-share measurement → (browser measurement, server share for one such visitor)
    "server_n10": ("n1", "server_n1"),
    "server_return_n10": ("returning_n1", "server_return_n1"),
    "proxy_server_n10": ("proxy_n1", "proxy_server_n1"),
    "proxy_server_return_n10": ("returning_n1", "server_return_n1"),  # the browser's own work is the same
}


def client_seconds(r: dict, server_key: str) -> float | None:
    """One browser's own share of drawing the overview: its time to the gauges less the server's
    share for one such visitor measured without a browser. A first-time visitor's browser fetches
    and compiles Streamlit's front end; a returning one has it cached."""
    browser, server = CLIENTS[server_key]
    if browser not in r or server not in r:
        return None
    return max(0.0, r[browser]["gauges"][0] - r[server]["gauges"][0])


def browser_rows(five: dict | None, prov: dict | None) -> list[Row]:
    """Overview sessions three ways: real browsers on this machine; protocol clients (the server's
    share, as for browsers on other machines); and the estimate for ten people at their own
    machines, which is what the budget is about (docs/performance.md says why)."""
    def many(r: dict | None, key: str) -> str:
        if not r or key not in r:
            return "—"
        g, m = r[key]["gauges"], r[key]["metric"]
        times = spread(g) + (f" (metrics at {fmt_s(m[0])})" if len(g) == 1 else "")
        return f"{times}; CPU server {r[key]['server_cpu']:.1f} s, browsers {r[key]['browser_cpu']:.1f} s"

    def server(r: dict | None, key: str) -> str:
        if not r or key not in r:
            return "—"
        clients = f" (the clients' own {r[key]['client_cpu']:.1f} s)" if "client_cpu" in r[key] else ""
        return f"{spread(r[key]['gauges'])}; server CPU {r[key]['server_cpu']:.2f} s{clients}"

    def estimate(r: dict | None, key: str) -> tuple[str, float | None]:
        own = client_seconds(r, key) if r else None
        if not r or key not in r or own is None:
            return "—", None
        worst = max(r[key]["gauges"]) + own
        return f"{fmt_s(worst)} (server max {fmt_s(max(r[key]['gauges']))} + browser {fmt_s(own)})", worst

    last = prov or five
    visit = (last or {}).get("server_n1", {})
    shown = [  # (group, what, key, how to show it)
        ("Browser (Playwright)", "overview, first visitor after server start (cold): gauges drawn", "cold", many),
        ("Browser (Playwright)", "overview, N=1: gauges drawn", "n1", many),
        ("Browser (Playwright)", "overview, N=1 returning (browser cache warm): gauges drawn", "returning_n1", many),
        ("Browser (Playwright)", "overview, N=10 browsers on this machine's 2 cores: gauges drawn", "n10", many),
        ("Browser (Playwright)", "bare Streamlit page (title + metric), N=10 browsers on this machine", "bare_n10", many),
        ("Streamlit alone", f"N=1 first-time visitor ({visit.get('requests', '?')} requests, "
         f"{visit.get('static_mb', 0):.1f} MB, then the script run): gauges delivered", "server_n1", server),
        ("Streamlit alone", "N=1 returning visitor: gauges delivered", "server_return_n1", server),
        ("Streamlit alone", "N=10 first-time visitors at once: gauges delivered", "server_n10", server),
        ("Streamlit alone", "N=10 returning visitors at once (static files cached): gauges delivered",
         "server_return_n10", server),
        ("make run (nginx in front)", "overview, N=1 browser through nginx (deploy/serve.py): gauges drawn",
         "proxy_n1", many),
        ("make run (nginx in front)", "N=1 first-time visitor: gauges delivered (CPU: Streamlit + nginx)",
         "proxy_server_n1", server),
        ("make run (nginx in front)", "N=10 first-time visitors at once: gauges delivered (CPU: Streamlit + nginx)",
         "proxy_server_n10", server),
        ("make run (nginx in front)", "N=10 returning visitors at once: gauges delivered (CPU: Streamlit + nginx)",
         "proxy_server_return_n10", server),
    ]
    rows = [Row(group, what, show(five, key), show(prov, key)) for group, what, key, show in shown]
    # The budget is judged as `make run` serves (nginx in front); Streamlit alone is shown beside.
    for key, who, judged in (("proxy_server_return_n10", "returning visitors, make run", True),
                             ("proxy_server_n10", "first-time visitors, make run", True),
                             ("server_return_n10", "returning visitors, Streamlit alone", False),
                             ("server_n10", "first-time visitors, Streamlit alone", False)):
        f_text, _ = estimate(five, key)
        p_text, worst = estimate(prov, key) if prov else estimate(five, key)
        rows.append(Row("Sessions", f"N=10 {who}, each at own machine: overview drawn (estimate)",
                        f_text, p_text if prov else "—", "", f"each ≤ {SESSION_S:.0f} s" if judged else "",
                        verdict(worst <= SESSION_S if worst is not None else None) if judged else ""))
    mem = [r["server_peak_mb"] for r in (five, prov) if r and r.get("server_peak_mb")]
    rows.append(Row("Memory", "streamlit server peak RSS (VmHWM) after the sessions",
                    f"{five['server_peak_mb']:.0f} MB" if five and five.get("server_peak_mb") else "—",
                    f"{prov['server_peak_mb']:.0f} MB" if prov and prov.get("server_peak_mb") else "—", "",
                    f"< {APP_MEMORY_MB} MB", verdict(mem[-1] < APP_MEMORY_MB if mem else None)))
    return rows


def to_markdown(rows: list[Row], quick: bool) -> str:
    if quick:
        head = "| Area | Measurement | 5 sources | Budget | Result |\n|---|---|---|---|---|"
        body = [f"| {r.group} | {r.what} | {r.five} | {r.budget} | {r.result} |" for r in rows]
    else:
        head = ("| Area | Measurement | 5 sources | Province | Ratio | Budget | Result |\n"
                "|---|---|---|---|---|---|---|")
        body = [f"| {r.group} | {r.what} | {r.five} | {r.prov} | {r.ratio} | {r.budget} | {r.result} |" for r in rows]
    return "\n".join([head, *body])


# --- the run ---------------------------------------------------------------------------------

def run_corpus(c: Corpus, work: Path, tag: str, args) -> dict:
    r: dict = {"etl": {}}
    for key, workers in (("w1", 1), ("wn", CORES)):
        db = work / f"{tag}_{key}.duckdb"
        r["etl"][key] = attempt(f"{c.name}: ETL with {workers} worker(s)", "etl", "--sources", str(c.sources),
                                "--db", str(db), "--workers", str(workers))
    # The dashboard rows read the database the current extractor has just built (not a province
    # made by an older version), with reported values made anew for its targets.
    built = work / f"{tag}_w1.duckdb"
    if built.exists():
        c.db.parent.mkdir(parents=True, exist_ok=True)
        os.replace(built, c.db)
    ensure_reported(c, args.seed)
    dbs = ["--db", str(c.db), "--reported", str(c.reported)]
    r["pdf"] = attempt(f"{c.name}: PDF reading", "pdf", *[a for p in c.pdfs for a in ("--pdf", str(p))]) if c.pdfs else None
    r["pages"] = attempt(f"{c.name}: pages under AppTest", "pages", *dbs, "--runs", str(args.runs))
    r["queries"] = attempt(f"{c.name}: queries", "queries", *dbs)
    r["png"] = attempt(f"{c.name}: PNG export", "png", *dbs) if not args.no_png else None
    sessions = ["1"] if args.quick_browser else ["1", "10"]
    r["browser"] = attempt(f"{c.name}: browser sessions", "browser", *dbs, "--sessions", *sessions) \
        if not args.no_browser else None
    return r


def build_rows(five: dict, prov: dict | None, five_c: Corpus, prov_c: Corpus | None) -> list[Row]:
    prov = prov or {}
    rows = etl_rows(five["etl"], prov.get("etl", {}))
    rows.append(Row("PDF", "reading through etl.read.read_source", pdf_cell(five.get("pdf")), pdf_cell(prov.get("pdf"))))
    rows += page_rows(five.get("pages"), prov.get("pages"))
    rows += query_rows(five.get("queries"), prov.get("queries"))
    rows.append(Row("Storage", "indicators.duckdb + reported.duckdb on disk", size_cell(five_c), size_cell(prov_c)))
    f, p = five.get("png"), prov.get("png")
    rows.append(Row("Export", "chart PNG (gauge grid, 1600×900): first / subsequent",
                    f"{fmt_s(f['first'])} / {fmt_s(f['subsequent'])}" if f else "—",
                    f"{fmt_s(p['first'])} / {fmt_s(p['subsequent'])}" if p else "—"))
    if five.get("browser") or prov.get("browser"):
        rows += browser_rows(five.get("browser"), prov.get("browser"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="five-source rows only (≈1 min)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench"), help="scratch folder for databases")
    parser.add_argument("--province", type=Path, default=Path("/tmp/province"), help="where the province lives")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=10, help="reruns per page")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-png", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    args = parser.parse_args(argv)
    args.quick_browser = args.quick
    args.work.mkdir(parents=True, exist_ok=True)
    t0, load_before = time.perf_counter(), os.getloadavg()[0]
    five_c = five_sources(args.work)
    five = run_corpus(five_c, args.work, "five", args)
    prov, prov_c, made = None, None, None
    if not args.quick:
        prov_c, made = province(args.province, args.seed, args.scale)
        prov = run_corpus(prov_c, args.work, "province", args)
    rows = build_rows(five, prov, five_c, prov_c)
    print(to_markdown(rows, args.quick))
    took = time.perf_counter() - t0
    note = (f"\n{CORES} cores; load average {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end"
            f" (above {CORES} means other work shared the cores); benchmark took {took:.0f} s")
    if made is not None:
        note += f" (of which {made:.0f} s making the province)"
    print(note + ".")
    if args.json:
        args.json.write_text(json.dumps({"five": five, "province": prov}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
