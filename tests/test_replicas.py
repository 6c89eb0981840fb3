"""deploy/serve.py --replicas N (issue 17): several Streamlit processes behind one nginx, each
browser pinned to one by a cookie, moved to another when its process dies. The rendering rules are
checked on their own; then a real service with two replicas and a real headless Chromium whose
replica is killed under it."""

from __future__ import annotations

import os
import re
import signal
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ServeProcess, click_tab, free_port
from test_browser import settle

from deploy import render_nginx, serve
from outputs import i18n

ROOT = Path(__file__).resolve().parent.parent
STATIC = Path("/nonexistent-static")  # render() only names the folder; no file is read from it


def test_one_upstream_renders_exactly_what_make_run_always_served(tmp_path):
    one = render_nginx.render("8501", "127.0.0.1:8502", tmp_path, STATIC)
    assert one == render_nginx.render("8501", ["127.0.0.1:8502"], tmp_path, STATIC)
    assert "proxy_pass http://127.0.0.1:8502;" in one
    assert "upstream dashboard" not in one and "Set-Cookie" not in one and "{" + "upstreams}" not in one


def test_several_upstreams_pin_each_browser_by_cookie_with_the_others_as_backup(tmp_path):
    conf = render_nginx.render("8501", ["127.0.0.1:8502", "127.0.0.1:8503"], tmp_path, STATIC)
    any_block = re.search(r"upstream dashboard_any \{(.*?)\}", conf, re.S).group(1)
    assert "least_conn;" in any_block
    assert "server 127.0.0.1:8502 max_fails=1" in any_block and "server 127.0.0.1:8503 max_fails=1" in any_block
    r1 = re.search(r"upstream dashboard_r1 \{(.*?)\}", conf, re.S).group(1)
    assert "server 127.0.0.1:8503 max_fails=0;" in r1 and "server 127.0.0.1:8502 backup;" in r1
    assert "proxy_pass http://$dashboard_upstream;" in conf
    assert "proxy_next_upstream error timeout;" in conf
    assert "add_header Set-Cookie $dashboard_set_route always;" in conf
    # the hardened headers stay (issue 15)
    assert conf.count('add_header Content-Security-Policy "') == 2 and "frame-ancestors 'self'" in conf


@pytest.mark.parametrize("bad", [["dash1:8502", "dash2:8502"], ["127.0.0.1:8502", "127.0.0.1:8502"]])
def test_an_upstream_nginx_could_not_pin_to_is_refused_by_name(tmp_path, bad):
    with pytest.raises(render_nginx.RoutingError, match=re.escape(bad[0])):
        render_nginx.render("8501", bad, tmp_path, STATIC)


def test_replica_ports_follow_the_first():
    assert serve.replica_ports(8502, 3) == [8502, 8503, 8504]
    with pytest.raises(serve.ServeError):
        serve.replica_ports(8502, 0)


class Named:
    """A tiny HTTP server on 127.0.0.1:``port`` that answers every GET with its ``name``: a
    stand-in for one Streamlit process, so nginx's choices can be seen without starting Streamlit."""

    def __init__(self, name: str, port: int):
        import http.server
        import threading

        class Answer(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 — http.server's name
                body = name.encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Answer)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def through(base: str, route: str) -> tuple[str, str | None]:
    """GET ``base`` as a browser pinned to ``route`` ("r0"): (who answered, the route it is told)."""
    request = urllib.request.Request(f"{base}/", headers={"Cookie": f"dashboard_route={route}"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return r.read().decode(), route_of(r.headers)


def test_one_failed_connect_does_not_take_a_process_away_from_its_browsers(tmp_path):
    """A browser pinned to process 0 whose request once failed to connect (a restart, a full
    accept queue) was sent to process 1 for the next 10 s (``max_fails=1 fail_timeout=10s``), with
    its uploads and downloads, while its websocket stayed on 0: the upload failed. The primary of
    each ``dashboard_rI`` has ``max_fails=0``: nginx tries it on every request, and goes to a backup
    only for a request whose connect fails (``proxy_next_upstream``)."""
    if not serve.NGINX:
        pytest.fail("nginx is missing: make setup installs Debian's nginx-light")
    ports = [free_port(), free_port()]
    conf = render_nginx.render("8501", [f"127.0.0.1:{p}" for p in ports], tmp_path, STATIC)
    for i, port in enumerate(ports):
        group = re.search(rf"upstream dashboard_r{i} \{{(.*?)\}}", conf, re.S).group(1)
        assert f"server 127.0.0.1:{port} max_fails=0;" in group, group
    replicas = [Named("process 0", ports[0]), Named("process 1", ports[1])]
    listen = free_port()
    nginx = serve.start_nginx(f"127.0.0.1:{listen}", [f"127.0.0.1:{p}" for p in ports], tmp_path / "run")
    base = f"http://127.0.0.1:{listen}"
    try:
        assert through(base, "r0") == ("process 0", None), "pinned, and already told so"
        replicas[0].close()  # process 0 down: its browser's next request goes to the backup
        assert through(base, "r0") == ("process 1", "r1"), "passed on to the backup, and the cookie moves"
        replicas[0] = Named("process 0", ports[0])  # back at once
        for _ in range(3):
            assert through(base, "r0") == ("process 0", None), "a browser still pinned to 0 is served by 0"
        assert through(base, "r1") == ("process 1", None)
    finally:
        serve.stop(nginx)
        for replica in replicas:
            replica.close()


# --- the real thing ------------------------------------------------------------------------------

class Replicated(ServeProcess):
    """deploy/serve.py --replicas 2 on free ports against a sample database in ``tmp``."""

    def __init__(self, tmp: Path, **env: str):
        super().__init__(tmp, replicas=2, **env)

    def wait_until_serving(self, timeout_s: float = 90, ready: str = "serve: the dashboard") -> str:
        return super().wait_until_serving(timeout_s, ready)


def route_of(headers) -> str | None:
    cookie = headers.get("Set-Cookie") or ""
    found = re.match(r"dashboard_route=(r\d+);", cookie)
    return found.group(1) if found else None


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's /usr/bin/chromium")
def test_a_browser_whose_replica_is_killed_reconnects_to_the_other_and_keeps_working(tmp_path, store):
    """Also after the killed replica is back, the browser stays where its session now lives: an
    upload (a POST to the process holding the session) and the import it feeds still work. On the
    DuckDB store and, as a province runs it, with both replicas on one PostgreSQL database."""
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM, CHROMIUM_ARGS

    from tracking import reported
    from tracking.accounts import Grant, add_account

    if not serve.NGINX:
        pytest.fail("nginx is missing: make setup installs Debian's nginx-light")
    add_account(tmp_path / "accounts.toml", "admin", "admin-password", [Grant("*")], rounds=4)
    where = {"DATABASE_URL": store.url} if hasattr(store, "url") else {"REPORTED_DB": str(store), "DATABASE_URL": ""}
    service = Replicated(tmp_path, ACCOUNTS_FILE=str(tmp_path / "accounts.toml"), **where)
    try:
        said = service.wait_until_serving()
        assert "2 Streamlit replicas" in said, said
        conf = (service.run / "nginx.conf").read_text()
        for port in (service.port, service.port + 1):
            assert f"server 127.0.0.1:{port} max_fails=0;" in conf, "both replicas are upstreams, each pinned"
        routes = set()
        for _ in range(4):  # new visitors are spread over both, each told where it is pinned
            with urllib.request.urlopen(f"{service.base}/", timeout=10) as r:
                assert r.status == 200 and b"<noscript>" in r.read()
                routes.add(route_of(r.headers))
        assert routes == {"r0", "r1"}, routes
        with urllib.request.urlopen(f"{service.base}/_stcore/health", timeout=10) as r:
            assert r.read() == b"ok", "a request reaches Streamlit through nginx"

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = browser.new_context(locale="zh-CN")
            page = context.new_page()
            page.goto(f"{service.base}/")
            page.get_by_role("heading", name=i18n.t("overview.title")).first.wait_for(timeout=60_000)
            cookie = lambda: {c["name"]: c["value"] for c in context.cookies()}.get("dashboard_route")  # noqa: E731
            pinned = cookie()
            victim = service.port + int(pinned[1:])
            os.kill(service.replica_pid(victim), signal.SIGKILL)
            deadline = time.monotonic() + 20
            while cookie() == pinned and time.monotonic() < deadline:
                page.wait_for_timeout(100)
            assert cookie() not in (pinned, None), "the browser reconnected and was pinned to the other replica"
            # The session lives on the other replica: a page change goes over its new websocket.
            page.get_by_role("link", name=i18n.t("nav.ledger")).first.click()
            page.get_by_role("heading", name=i18n.t("ledger.title")).first.wait_for(timeout=30_000)
            page.get_by_role("link", name=i18n.t("nav.overview")).first.click()
            page.get_by_role("heading", name=i18n.t("overview.title")).first.wait_for(timeout=30_000)
            metric = page.locator("[data-testid='stMetric']").filter(has_text=i18n.t("overview.n_targets")).first
            assert metric.locator("[data-testid='stMetricValue']").inner_text().strip() == "8"
            assert page.locator("[data-testid='stException']").count() == 0

            back = f"serve: Streamlit on 127.0.0.1:{victim} is back"
            deadline = time.monotonic() + 60
            while back not in service.said() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert back in service.said(), service.said()[-2000:]
            # The session state lived in the killed process: a local account signs in again.
            page.get_by_role("link", name=i18n.t("nav.entry")).first.click()
            page.get_by_label(i18n.t("entry.signin.user")).fill("admin")
            page.get_by_label(i18n.t("entry.signin.password")).fill("admin-password")
            page.get_by_role("button", name=i18n.t("entry.signin.submit")).click()
            page.get_by_text(i18n.t("entry.signin.as", name="", user="admin").split("（")[0]).first.wait_for(
                timeout=60_000)
            click_tab(page, i18n.t("entry.tab.import"))
            page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(
                str(ROOT / "tests" / "fixtures" / "reported" / "good.csv"))
            page.locator("[data-testid='stFileUploader']").get_by_text("good.csv").wait_for(timeout=60_000)
            # the upload redraws the tab on a machine busy with the rest of the suite: let it settle, and give the click
            # the upload's minute (a fresh clone's suite once timed out here at the 30 s default)
            settle(page)
            page.get_by_role("button", name=i18n.t("entry.import.button")).click(timeout=60_000)
            page.get_by_text("good.csv：已保存 4 个数值").wait_for(timeout=60_000)
            assert cookie() not in (pinned, None), "still on the replica that took the session over"
            browser.close()
        assert len(reported.latest_reported(store)) == 4, "the import is in the store the replicas share"
        assert service.proc.poll() is None, "the service went on"
        assert f"serve: Streamlit on 127.0.0.1:{victim} stopped (killed by SIGKILL)" in service.said()
    finally:
        code = service.end()
    assert code == 0, service.said()[-2000:]


def test_a_taken_replica_port_is_named_and_no_replica_is_left_behind():
    import socket

    first = free_port()
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            taken.bind(("127.0.0.1", first + 1))
        except OSError:
            pytest.skip("the port after a free one is in use by something else")
        taken.listen()
        with pytest.raises(serve.ServeError, match=f"port {first + 1} on 127.0.0.1 is taken"):
            serve.start_replicas(ROOT / "app.py", [first, first + 1])
    children = [c for task in Path(f"/proc/{os.getpid()}/task").iterdir()
                for c in (task / "children").read_text().split()]
    streamlits = [c for c in children if Path(f"/proc/{c}").exists()
                  and b"streamlit" in Path(f"/proc/{c}/cmdline").read_bytes()]
    assert streamlits == [], "the replica already started was stopped"


def test_a_replica_is_started_again_each_time_even_after_a_failed_start_and_all_stop_with_nginx(tmp_path):
    """A replica whose restart failed was never tried again, and a restart held up the watch over
    the others for up to 60 s. Now: the killed replica's port is held by someone else, so its
    restart fails; it is tried again after a wait and comes back once the port is free; killed a
    second time, it comes back again. Then nginx is killed: everything stops."""
    import socket

    from test_serve import gone

    service = Replicated(tmp_path)
    victim = service.port
    back = f"serve: Streamlit on 127.0.0.1:{victim} is back"

    def wait_for(text: str, count: int = 1, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while service.said().count(text) < count and time.monotonic() < deadline:
            assert service.proc.poll() is None, service.said()[-2000:]
            time.sleep(0.2)
        assert service.said().count(text) >= count, service.said()[-2000:]

    try:
        service.wait_until_serving()
        os.kill(service.replica_pid(victim), signal.SIGKILL)
        with socket.socket() as squatter:  # someone takes the port before serve.py starts it again
            squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            deadline = time.monotonic() + 10
            while True:
                try:
                    squatter.bind(("127.0.0.1", victim))
                    break
                except OSError:
                    assert time.monotonic() < deadline, "the killed replica's port was never freed"
                    time.sleep(0.01)
            squatter.listen()
            wait_for("trying again in")  # the start failed (the port taken, or Streamlit could not bind)
            pinned = urllib.request.Request(f"{service.base}/_stcore/health", headers={"Cookie": "dashboard_route=r1"})
            with urllib.request.urlopen(pinned, timeout=10) as r:  # (the squatter accepts, never answers)
                assert r.read() == b"ok", "the other replica serves its browsers meanwhile"
        wait_for(back)
        os.kill(service.replica_pid(victim), signal.SIGKILL)
        wait_for(back, count=2)
        assert service.said().count(f"serve: Streamlit on 127.0.0.1:{victim} stopped (killed by SIGKILL)") == 2

        nginx = int((service.run / "nginx.pid").read_text())
        replicas = [service.replica_pid(service.port), service.replica_pid(service.port + 1)]
        os.kill(nginx, signal.SIGKILL)
        code = service.proc.wait(timeout=30)
    finally:
        service.end()
    assert code == 1
    assert "serve: nginx stopped (killed by SIGKILL); stopping the rest" in service.said()
    assert all(gone(pid) for pid in replicas), "the replicas stopped with serve.py"


def test_the_wait_before_trying_a_replica_again_grows_and_is_capped():
    assert [serve.retry_delay(n) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert serve.retry_delay(50) == serve.RETRY_CAP_S
