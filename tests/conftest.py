"""Shared fixtures: fresh DuckDB databases and paths, never the working directory.

Helpers of one area keep their own fixtures in their own test modules; this file holds what
several areas share.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl import schema

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCES = ROOT / "data" / "sources"

# the tests that drive a real Chromium against a served app: under `make test`'s two workers (pytest-xdist,
# --dist loadgroup) they run one after another on one worker, so that two browsers and two apps never contend
# for the machine's cores and a page's wait is the app's, not the other browser's
BROWSER_MODULES = ("test_browser", "test_replicas", "test_walkthrough")


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.stem.startswith(BROWSER_MODULES):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item (``item.rep_call``) so that a fixture can tell, while it tears
    down, whether its test failed (the browser fixture then keeps a screenshot of the page as it was)."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def fresh_db():
    """An empty in-memory DuckDB with every table of the indicators contract."""
    con = duckdb.connect(":memory:")
    schema.create_all(con)
    yield con
    con.close()


# A handful of real targets from the five sources, enough for the app and the status rules to
# have something of every kind, comparator and jurisdiction level to show.
SAMPLE_JURISDICTIONS = [
    ("聊城市", "city", "山东省"),
    ("冠县", "county", "聊城市"),
    ("聊城经济技术开发区", "zone", "聊城市"),
    ("江北水城旅游度假区", "zone", "聊城市"),
]
SAMPLE_DOCUMENTS = [
    ("D000", "000_4e7d5761cb5f53ec.txt", "聊城经济技术开发区三年行动计划（2023—2025年）责任清单", "聊城经济技术开发区", "responsibility_list", "聊城经济技术开发区管理委员会", None, None, 2025),
    ("D002", "002_dc670c26961e53f5.txt", "2022年市政府工作报告重点工作任务部门分工方案", "聊城市", "task_division", "聊城市人民政府", "聊政发〔2022〕5号", "2022-03-11", 2022),
    ("D003", "003_80b71f251b8369b3.txt", "江北水城旅游度假区2023年重点工作任务", "江北水城旅游度假区", "annual_tasks", "聊城江北水城旅游度假区管理委员会办公室", "聊江管办发〔2023〕7号", "2023-06-07", 2023),
    ("D004", "004_732dde5a7dac0490.txt", "冠县三年行动计划（2023—2025年）", "冠县", "action_plan", "中共冠县县委 冠县人民政府", "冠发〔2023〕5号", "2023-08-22", 2025),
]
# target_id, document_id, jurisdiction, sector, clause_ref, indicator_name, indicator_code, value,
# unit, comparator, kind, per_year, target_year, baseline_value, baseline_year, attribute,
# lead_departments, participating_departments, deadline, source_text
SAMPLE_TARGETS = [
    ("t-gdp", "D002", "聊城市", "主要预期目标", "1", "生产总值增速", "gdp_growth", 6.0, "%", "~", "growth_rate", True, 2022, None, None, None, ["市发展改革委"], ["市政府各部门"], "", "生产总值增长6%左右。"),
    ("t-5g-city", "D002", "聊城市", "数字经济", "20", "5G基站", "5g_base_stations", 3000.0, "个", ">=", "increment", False, 2022, None, None, None, ["市工业和信息化局"], [], "", "新建5G基站3000个以上。"),
    ("t-5g-zone", "D000", "聊城经济技术开发区", "数字经济", "30-1", "5G基站", "5g_base_stations", 500.0, "个", ">=", "increment", False, 2025, None, None, None, ["经济发展部"], ["各产业园区"], "2025年年底", "到2025年，累计建设5G基站500个以上。"),
    ("t-pm25-gx", "D004", "冠县", "生态环保", "61", "PM2.5浓度", "pm25", 42.0, "微克/立方米", "<=", "level", False, 2025, 50.0, 2022, None, ["市生态环境局冠县分局"], ["县发展改革局"], "2025年年底", "到2025年，PM2.5浓度控制在42微克/立方米以内。"),
    ("t-pm25-zone", "D000", "聊城经济技术开发区", "生态环保", "40", "PM2.5浓度", "pm25", 41.0, "微克/立方米", "<=", "level", False, 2025, None, None, None, ["生态环境分局"], [], "2025年年底", "PM2.5平均浓度控制在41微克/立方米以内。"),
    ("t-hitech-gx", "D004", "冠县", "科技创新", "5", "高新技术企业", "high_tech_enterprises", 80.0, "家", "=", "level", False, 2025, 40.0, 2022, None, ["县科技局"], [], "2025年年底", "到2025年，力争高新技术企业达到80家。"),
    ("t-income-gx", "D004", "冠县", "民生", "11", "居民人均可支配收入增速", "disposable_income_growth", 6.0, "%", "~", "growth_rate", True, 2025, None, None, None, ["县发展改革局"], ["县财政局"], "2025年年底", "到2025年，居民人均可支配收入年均增长6%左右。"),
    ("t-talent-jb", "D003", "江北水城旅游度假区", "人才", "3", "高技能人才", None, 40.0, "人", ">=", "increment", False, 2023, None, None, None, ["区政治工作部"], [], "", "全年新增高技能人才40人以上。"),
]


def write_sample_db(path: Path) -> Path:
    """Write a small indicators database at ``path`` from the SAMPLE_* rows above."""
    con = duckdb.connect(str(path))
    try:
        schema.create_all(con)
        con.executemany("INSERT INTO jurisdictions VALUES (?, ?, ?)", SAMPLE_JURISDICTIONS)
        con.executemany(
            "INSERT INTO documents (document_id, source_file, title, jurisdiction, doc_type,"
            " issuing_body, doc_number, issued_on, horizon_year, sha256, inferred)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'sample', [])",
            SAMPLE_DOCUMENTS,
        )
        con.executemany(
            "INSERT INTO targets (target_id, document_id, jurisdiction, sector, clause_ref,"
            " indicator_name, indicator_code, value, unit, comparator, kind, per_year, target_year,"
            " baseline_value, baseline_year, attribute, lead_departments,"
            " participating_departments, deadline, source_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            SAMPLE_TARGETS,
        )
    finally:
        con.close()
    return path


@pytest.fixture
def sample_db(tmp_path) -> Path:
    """A small real indicators.duckdb file (eight targets, four jurisdictions)."""
    return write_sample_db(tmp_path / "indicators.duckdb")


# --- the officials' store on both back ends (issue 17) ------------------------------------------

@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL 15 server for the session (tests/pgserver.py), with the migrated template
    every test's database is copied from; skipped, saying why, where the binaries are missing."""
    import pgserver

    from tracking import pg
    from tracking.store import PostgresStore

    why = pgserver.missing()
    if why:
        pytest.skip(why)
    pgserver.remove_stale()  # servers a killed session left running
    server = pgserver.PgServer().init()
    try:
        server.admin(f"CREATE DATABASE {pgserver.TEMPLATE}")
        template = PostgresStore(server.url(pgserver.TEMPLATE))
        pg.migrate(template)
        pg.close(template)
        yield server
    finally:
        pg.close()
        server.remove()


@pytest.fixture
def pg_store(pg_server):
    """A fresh PostgreSQL database with the store's schema: a PostgresStore."""
    from tracking import pg
    from tracking.store import PostgresStore

    store = PostgresStore(pg_server.new_database())
    yield store
    pg.close(store)


def store_arg(value) -> str:
    """A command-line argument: a PostgreSQL store as its full URL (``str()`` of one leaves out
    the user and password), anything else as text."""
    from tracking.store import PostgresStore

    return value.url if isinstance(value, PostgresStore) else str(value)


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """The officials' store, once as a DuckDB file (``tmp_path/reported.duckdb``, not yet created)
    and once as a fresh PostgreSQL database: tests of the store run on both back ends."""
    if request.param == "duckdb":
        return tmp_path / "reported.duckdb"
    return request.getfixturevalue("pg_store")


# --- the served app (deploy/serve.py, what `make run` starts) --------------------------------

def click_tab(page, name: str) -> None:
    """Click the tab called ``name`` once the page has stopped redrawing and shows exactly one: a page being redrawn
    after a click (a sign-in) may still show the copy of its last run beside the new one, drop it and show it again, and
    a click then lands on neither (the freeze 06c17c3's first suite run met it after a replica was killed). The count
    must hold three times 300 ms apart; a copy that comes back between that check and the click is waited out again."""
    from playwright.sync_api import Error

    deadline = time.monotonic() + 60
    while True:
        tab = steady_one(page, page.get_by_role("tab", name=name))
        try:
            tab.click(timeout=10_000)
            return
        except Error:
            if time.monotonic() > deadline:
                raise


def settled_one(page, selector: str, checks: int = 3):
    """The one element ``selector`` matches once the page has stopped redrawing: a page rerun after a sign-in may show the
    stale copy of a form beside the new one, drop it and show it again; exactly one, ``checks`` times 300 ms apart."""
    return steady_one(page, page.locator(selector), checks)


def steady_one(page, found, checks: int = 3):
    """``found`` (a locator) once it has matched exactly one element ``checks`` times 300 ms apart."""
    from playwright.sync_api import expect

    steady = 0
    while steady < checks:
        expect(found).to_have_count(1, timeout=60_000)
        page.wait_for_timeout(300)
        steady = steady + 1 if found.count() == 1 else 0
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeProcess:
    """deploy/serve.py in a subprocess on free ports, against a sample database in ``tmp``; its
    output goes to a file (nobody has to drain a pipe). ``env`` adds to the environment."""

    def __init__(self, tmp: Path, replicas: int = 1, **env: str):
        from deploy import serve

        self.listen, self.port, self.run, self.out = free_port(), free_port(), tmp / "run", tmp / "serve.out"
        while not all(serve._port_is_free(self.port + i) for i in range(1, replicas)):  # replicas take port+1…
            self.port = free_port()
        self.base = f"http://127.0.0.1:{self.listen}"
        self.reported_db = tmp / "reported.duckdb"
        env = {**os.environ, "INDICATORS_DB": str(write_sample_db(tmp / "indicators.duckdb")),
               "REPORTED_DB": str(self.reported_db), "PYTHONPATH": str(ROOT), **env}  # PYTHONPATH: this checkout
        more = ["--replicas", str(replicas)] if replicas > 1 else []
        with open(self.out, "w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, str(ROOT / "deploy" / "serve.py"), "--listen", f"127.0.0.1:{self.listen}",
                 "--port", str(self.port), "--run", str(self.run), *more],
                cwd=tmp, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)

    def said(self) -> str:
        return self.out.read_text(errors="replace")

    def wait_until_serving(self, timeout_s: float = 90, ready: str = "serve:") -> str:
        """The first line serve.py prints that starts with ``ready``: by default any of its own lines
        (the dashboard's address once nginx and Streamlit both answer, or why it could not start)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            line = next((l for l in self.said().splitlines() if l.startswith(ready)), None)
            if line:
                return line
            assert self.proc.poll() is None, f"serve.py ended: {self.said()[-2000:]}"
            time.sleep(0.2)
        pytest.fail(f"serve.py said nothing within {timeout_s} s: {self.said()[-2000:]}")

    def children(self) -> list[int]:
        return [int(p) for p in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()]

    def replica_pid(self, port: int) -> int:
        """The Streamlit process serve.py started on ``port``."""
        return next(c for c in self.children()
                    if f"--server.port\0{port}\0" in Path(f"/proc/{c}/cmdline").read_text(errors="replace"))

    def end(self, signum: int = signal.SIGTERM) -> int:
        """Send ``signum`` unless it has ended; its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        return self.proc.wait(timeout=30)


def build_with_beaten_hitech(folder: Path) -> tuple[Path, Path, str]:
    """The five sources built into ``folder``, and 冠县's "力争高新技术企业达到80家" (no baseline in
    the document) reported at 85 for 2025: (indicators.duckdb, reported.duckdb, its target id)."""
    import pandas as pd

    from etl.load import build_database
    from tracking import reported

    db = folder / "indicators.duckdb"
    build_database(ROOT / "data" / "sources", db)
    with duckdb.connect(str(db), read_only=True) as con:
        hitech = con.execute("SELECT target_id FROM targets WHERE jurisdiction = '冠县'"
                             " AND indicator_name = '高新技术企业' AND value = 80").fetchone()[0]
    rep = folder / "reported.duckdb"
    reported.save_values(rep, pd.DataFrame({"target_id": [hitech], "period": ["2025"], "value": [85.0]}),
                         account="test", how="cli")
    return db, rep, hitech


def unseen_below_floor(folder: Path, floor: dict[str, float], documents: int | None = None) -> dict[str, float]:
    """Evaluate a folder of unseen documents against the readings beside them and return the pooled
    figures that fall below ``floor`` (rounded, for the failure message). With ``documents``, also
    check the folder holds that many and that its ``truth_metadata.csv`` was read."""
    from etl.evaluate import evaluate_folder, pooled

    scores = evaluate_folder(folder, folder)
    if documents is not None:
        assert len(scores) == documents, (folder.name, len(scores))
        assert all(s.meta_agreement for s in scores), f"{folder.name}: truth_metadata.csv not read"
    total = pooled(scores)
    return {k: round(total[k], 3) for k, v in floor.items() if total[k] < v}
