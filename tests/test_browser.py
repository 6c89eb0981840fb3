"""The real app in a real browser: `streamlit run app.py` on a local port, driven by Playwright
through Debian's Chromium (no browser download). Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from conftest import ServeProcess, click_tab, free_port, write_sample_db
from PIL import Image

from deploy import serve
from outputs import i18n
from tracking import reported

ROOT = Path(__file__).resolve().parent.parent

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's /usr/bin/chromium (make setup installs it)")

PAGES = [  # url path, title
    ("", "overview.title"),
    ("ledger", "ledger.title"),
    ("indicator", "indicator.title"),
    ("compare", "compare.title"),
    ("departments", "departments.title"),
]
GUANXIAN_ECOLOGY = "jurisdiction=" + quote("冠县") + "&sector=" + quote("生态环保")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a free local port against a sample database built for it; stopped afterwards."""
    tmp = tmp_path_factory.mktemp("browser")
    db = write_sample_db(tmp / "indicators.duckdb")
    rep = tmp / "reported.duckdb"
    reported.save_values(rep, pd.DataFrame({"target_id": ["t-pm25-gx", "t-pm25-gx", "t-hitech-gx"],
                                            "period": ["2023", "2024", "2024"], "value": [47.0, 45.0, 60.0]}),
                         account="test", how="cli")
    port, log = free_port(), open(tmp / "streamlit.log", "wb")
    try:
        proc = serve.start_streamlit(ROOT / "app.py", port, {"INDICATORS_DB": str(db), "REPORTED_DB": str(rep)},
                                     stderr=log, timeout_s=90)
    except serve.ServeError as exc:
        pytest.fail(f"{exc}: {(tmp / 'streamlit.log').read_text(errors='replace')[-2000:]}")
    yield f"http://127.0.0.1:{port}"
    serve.stop(proc, timeout_s=15)
    log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    """A fresh browser tab; when its test fails, the page as it was is kept as test-artifacts/FAILED-<test>.png."""
    context = browser.new_context(viewport={"width": 1440, "height": 1800}, accept_downloads=True, locale="zh-CN")
    pg = context.new_page()
    yield pg
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        shot(pg, "FAILED-" + re.sub(r"[^\w.-]+", "_", request.node.name)[:120])
    context.close()


# The page is quiet when no script run is under way: Streamlit marks every element of the page drawn by an earlier
# run with data-stale="true" from the moment a rerun is requested until the run draws it again (or the run ends and
# removes it), and shows its running icon once a run has lasted 500 ms. Playwright's "networkidle" says nothing here:
# the app talks over one websocket, which never idles.
_QUIET_JS = """(ms) => {
  const busy = document.querySelector("[data-testid='stStatusWidgetRunningIcon'], [data-stale='true']");
  const now = performance.now();
  if (busy) { window.__quietSince = null; return false; }
  if (window.__quietSince == null) window.__quietSince = now;
  return now - window.__quietSince >= ms;
}"""


def settle(pg, quiet_ms: int = 1000, timeout: int = 90_000) -> None:
    """Wait until the app has finished redrawing the page: no run under way for ``quiet_ms`` on end (longer than the
    500 ms before the running icon shows, so that a run just requested is not missed)."""
    pg.evaluate("window.__quietSince = null")
    pg.wait_for_function(_QUIET_JS, arg=quiet_ms, timeout=timeout, polling=100)


def open_app(page, url: str, title_key: str, lang: str = i18n.DEFAULT_LANG):
    page.goto(url)
    page.get_by_role("heading", name=i18n.t(title_key, lang)).first.wait_for(timeout=60_000)
    settle(page)
    page.wait_for_timeout(1000)  # let Plotly draw before the screenshot
    assert page.locator("[data-testid='stException']").count() == 0


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("path, title_key", PAGES)
def test_each_page_opens_with_filters_from_the_url(server, page, path, title_key):
    open_app(page, f"{server}/{path}?{GUANXIAN_ECOLOGY}", title_key)
    page.wait_for_function(  # the widgets show the URL's filters
        "() => ['冠县', '生态环保'].every(t => document.querySelector(\"[data-testid='stSidebar']\").innerHTML.includes(t))",
        timeout=20_000)
    assert quote("冠县") in page.url  # and the URL keeps them
    shot(page, f"page-{path or 'overview'}")


def test_url_filter_narrows_the_overview(server, page):
    open_app(page, f"{server}/?{GUANXIAN_ECOLOGY}", "overview.title")
    metric = page.locator("[data-testid='stMetric']").filter(has_text=i18n.t("overview.n_targets")).first
    assert metric.locator("[data-testid='stMetricValue']").inner_text().strip() == "1"
    open_app(page, f"{server}/", "overview.title")
    metric = page.locator("[data-testid='stMetric']").filter(has_text=i18n.t("overview.n_targets")).first
    assert metric.locator("[data-testid='stMetricValue']").inner_text().strip() == "8"


def test_chart_png_download_is_a_slide_sized_image(server, page):
    open_app(page, f"{server}/?{GUANXIAN_ECOLOGY}", "overview.title")
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name=i18n.t("export.png")).first.click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert download.suggested_filename.endswith(".png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    img = Image.open(io.BytesIO(data))
    assert img.size == (1600, 900)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "download-gauges.png").write_bytes(data)


def test_ledger_csv_download_opens_in_excel(server, page):
    open_app(page, f"{server}/ledger?jurisdiction={quote('冠县')}", "ledger.title")
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=i18n.t("ledger.csv")).click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")) == 3


def test_clicking_a_status_bar_drills_into_the_ledger(server, page):
    open_app(page, f"{server}/?jurisdiction={quote('冠县')}", "overview.title")
    click_tab(page, i18n.t("overview.by_sector"))
    by_sector = page.locator(".js-plotly-plot").first
    by_sector.wait_for(timeout=60_000)
    by_sector.locator("g.point path").first.click(force=True)
    page.get_by_role("heading", name=i18n.t("ledger.title")).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    assert "/ledger" in page.url and "status=" in page.url and "sector=" in page.url
    shot(page, "drill-ledger")


def test_done_when_guanxian_pm25_compared_with_the_zone(server, page):
    """The issue's walk-through: 冠县 + 生态环保 → gauges → the PM2.5 indicator → comparison."""
    open_app(page, f"{server}/?{GUANXIAN_ECOLOGY}", "overview.title")
    page.wait_for_selector(".gauge-grid .gauge .gauge-value", timeout=30_000)  # a gauge with its value
    open_app(page, f"{server}/indicator?{GUANXIAN_ECOLOGY}&target=t-pm25-gx", "indicator.title")
    assert page.locator("mark").first.inner_text().startswith("到2025年")
    page.get_by_role("button", name=i18n.t("indicator.compare_link")).click()
    page.get_by_role("heading", name=i18n.t("compare.title")).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    assert "code=pm25" in page.url
    assert "聊城经济技术开发区" in page.locator("[data-testid='stMain']").inner_text() or \
        page.locator(".js-plotly-plot").first.inner_text().count("聊城经济技术开发区") >= 1
    shot(page, "compare-pm25")


def test_the_benchmark_protocol_client_gets_the_overview_gauges(server):
    """bench/measure.py's stand-in for browsers on other machines speaks Streamlit's protocol: it
    fetches what it is given, asks for a run, and sees the gauge grid of the overview's open tab."""
    import measure  # bench/measure.py (pytest.ini puts bench/ on the path)

    url = f"{server}/?jurisdiction={quote('冠县')}"
    session = measure._server_sessions(url, 2, [f"{server}/favicon.png"], 60, os.getpid())
    with ThreadPoolExecutor(1) as other:  # Playwright's sync API keeps an event loop running here
        r = other.submit(asyncio.run, session).result()
    assert r["requests"] == 2 and r["static_mb"] > 0
    assert len(r["gauges"]) == 2
    assert all(0 < gauges <= finished for gauges, finished in zip(r["gauges"], r["finished"]))


def test_behind_nginx_static_files_come_from_nginx_and_the_app_still_works(server, tmp_path):
    """deploy/nginx.conf.template: nginx serves Streamlit's front end with the year-long immutable
    header and passes the page and the websocket through — a session gets its gauges."""
    import measure  # bench/measure.py (pytest.ini puts bench/ on the path)

    if not serve.NGINX:
        pytest.fail("nginx is missing: make setup installs Debian's nginx-light")
    upstream = int(server.rsplit(":", 1)[1])
    listen = free_port()
    run = tmp_path / "nginx"
    nginx = serve.start_nginx(f"127.0.0.1:{listen}", f"127.0.0.1:{upstream}", run)
    try:
        base = f"http://127.0.0.1:{listen}"
        with urllib.request.urlopen(f"{base}/", timeout=10) as r:
            page = r.read().decode()
        script = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', page).group(1)
        with urllib.request.urlopen(f"{base}/{script}", timeout=10) as r:
            assert r.status == 200 and "immutable" in r.headers["Cache-Control"]
            assert "nginx" in r.headers.get("Server", ""), "served by nginx, not by Streamlit"
        session = measure._server_sessions(f"{base}/", 1, [f"{base}/{script}"], 60, os.getpid())
        with ThreadPoolExecutor(1) as other:
            r = other.submit(asyncio.run, session).result()
            # A browser at http://dash.example:<port>/ — Streamlit compares its Origin with the Host
            # nginx passes on, port included, or closes the websocket.
            first = other.submit(asyncio.run, _first_message_as(f"dash.example:{listen}", listen)).result()
        assert r["gauges"][0] > 0
        assert first == "new_session"
    finally:
        serve.stop(nginx)


async def _first_message_as(host: str, port: int) -> str:
    """Open Streamlit's websocket the way a browser at http://<host>/ does (its Host and Origin),
    through 127.0.0.1:<port>; the kind of the first message the server sends."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    async with websockets.connect(f"ws://{host}/_stcore/stream", host="127.0.0.1", port=port,
                                  origin=f"http://{host}", subprotocols=["streamlit"], max_size=None,
                                  proxy=None) as ws:
        rerun = BackMsg()
        rerun.rerun_script.context_info.url = f"http://{host}/"
        await ws.send(rerun.SerializeToString())
        msg = ForwardMsg()
        msg.ParseFromString(await asyncio.wait_for(ws.recv(), 30))
        return msg.WhichOneof("type")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app as `make run` serves it: deploy/serve.py, nginx in front of Streamlit, with an
    account that may import."""
    from tracking.accounts import Grant, add_account

    tmp = tmp_path_factory.mktemp("served")
    accounts = tmp / "accounts.toml"
    add_account(accounts, "admin", "admin-password", [Grant("*")], rounds=4)
    service = ServeProcess(tmp, ACCOUNTS_FILE=str(accounts))
    service.wait_until_serving()
    yield {"base": service.base, "reported_db": service.reported_db}
    service.end()


def test_through_make_runs_nginx_an_import_uploads_and_a_png_downloads(served, page):
    """Uploads (POST /_stcore/upload_file) and downloads (/media/) pass through nginx."""
    base = served["base"]
    open_app(page, f"{base}/entry", "entry.title")
    page.get_by_label(i18n.t("entry.signin.user")).fill("admin")
    page.get_by_label(i18n.t("entry.signin.password")).fill("admin-password")
    page.get_by_role("button", name=i18n.t("entry.signin.submit")).click()
    # Each step reruns the page: wait for its result before the next click, or the click may land
    # on the page being redrawn.
    page.get_by_text(i18n.t("entry.signin.as", name="", user="admin").split("（")[0]).first.wait_for(timeout=60_000)
    click_tab(page, i18n.t("entry.tab.import"))
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
        str(ROOT / "tests" / "fixtures" / "reported" / "good.csv"))
    page.locator("[data-testid='stFileUploader']").get_by_text("good.csv").wait_for(timeout=60_000)  # uploaded
    page.get_by_role("button", name=i18n.t("entry.import.button")).click()
    page.get_by_text("good.csv：已保存 4 个数值").wait_for(timeout=60_000)
    assert len(reported.latest_reported(served["reported_db"])) == 4

    open_app(page, f"{base}/?{GUANXIAN_ECOLOGY}", "overview.title")
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name=i18n.t("export.png")).first.click()
    assert Path(info.value.path()).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
