"""deploy/serve.py (what `make run` starts): nginx in front of one Streamlit process, started and
stopped together. The browser-level checks through nginx (Host/Origin, a session's gauges, an
upload and a download) are in test_browser.py; this is the service's life cycle."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ServeProcess, free_port

from deploy import serve

ROOT = Path(__file__).resolve().parent.parent


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text().lower()


def gone(pid: int, timeout_s: float = 10) -> bool:
    deadline = time.monotonic() + timeout_s
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def get(url: str) -> tuple[int, dict, bytes]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, dict(r.headers), r.read()


def test_serve_puts_nginx_in_front_and_the_terminal_closing_stops_both(tmp_path):
    if not serve.NGINX:
        pytest.fail("nginx is missing: make setup installs Debian's nginx-light")
    service = ServeProcess(tmp_path)
    try:
        said = service.wait_until_serving()
        assert f"http://localhost:{service.listen}/" in said, said
        status, _, body = get(f"http://127.0.0.1:{service.listen}/_stcore/health")
        assert status == 200 and body == b"ok", "the health check passes through nginx to Streamlit"
        page = get(f"http://127.0.0.1:{service.listen}/")[2].decode()
        script = page.split('src="', 1)[1].split('"', 1)[0].lstrip("./")
        status, headers, _ = get(f"http://127.0.0.1:{service.listen}/{script}")
        assert status == 200 and "nginx" in headers["Server"], "the front end comes from nginx"
        nginx_pid = int((service.run / "nginx.pid").read_text())
        assert nginx_pid in service.children() and alive(nginx_pid)
    finally:
        code = service.end(signal.SIGHUP)  # the terminal or SSH session closing
    assert code == 0
    assert gone(nginx_pid), "nginx stopped with the service"
    with pytest.raises(OSError):
        get(f"http://127.0.0.1:{service.port}/_stcore/health")  # and Streamlit too


def test_if_streamlit_stops_nginx_is_stopped_and_serve_says_so(tmp_path):
    service = ServeProcess(tmp_path)
    try:
        service.wait_until_serving()
        nginx_pid = int((service.run / "nginx.pid").read_text())
        streamlit_pid = next(pid for pid in service.children() if pid != nginx_pid)
        os.kill(streamlit_pid, signal.SIGKILL)
        code = service.proc.wait(timeout=30)
    finally:
        service.end()
    assert code == 1
    assert "serve: Streamlit stopped (killed by SIGKILL)" in service.said()
    assert gone(nginx_pid)


def test_stopped_while_starting_leaves_no_streamlit_behind(tmp_path):
    service = ServeProcess(tmp_path)
    time.sleep(0.5)  # Streamlit is still importing: serve.py is waiting for its health check
    children = service.children()
    assert service.end() == 0
    assert children, "serve.py had started Streamlit"
    assert all(gone(pid) for pid in children), "Streamlit stopped with serve.py"


def test_killed_outright_its_children_still_stop(tmp_path):
    """SIGKILL gives serve.py no chance to clean up: the kernel stops its children
    (PR_SET_PDEATHSIG), so nothing keeps the ports."""
    service = ServeProcess(tmp_path)
    service.wait_until_serving()
    children = service.children()
    assert service.end(signal.SIGKILL) == -signal.SIGKILL
    assert len(children) == 2 and all(gone(pid) for pid in children)


def test_a_port_already_taken_is_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, str(ROOT / "deploy" / "serve.py"), "--port", str(port),
                               "--listen", f"127.0.0.1:{free_port()}", "--run", str(tmp_path / "run")],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "INDICATORS_DB": str(tmp_path / "none.duckdb")})
    assert done.returncode == 1
    assert f"serve: port {port} on 127.0.0.1 is taken" in done.stderr
    assert not (tmp_path / "run").exists(), "nginx is not started without Streamlit"


def test_a_run_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(serve.ServeError, match=r"a-file/run .*choose another --run folder"):
        serve.start_nginx(f"127.0.0.1:{free_port()}", "127.0.0.1:1", tmp_path / "a-file" / "run")


def test_the_address_people_are_told_is_one_this_machine_reaches():
    assert serve._local_address("8501") == "127.0.0.1:8501"
    assert serve._local_address("0.0.0.0:8080") == "127.0.0.1:8080"
    assert serve._local_address("[::]:8080") == "[::1]:8080"
    assert serve._local_address("10.0.0.5:8080") == "10.0.0.5:8080"


def test_the_served_config_does_no_per_run_housekeeping():
    """Two Streamlit defaults cost every session CPU under the server's one lock, measured with
    py-spy (docs/performance.md): the file watcher re-resolving every module after each run, and a
    full garbage collection after each run (half the server's CPU per new session at province
    scale). .streamlit/config.toml turns both off; `streamlit run` reads it from the project."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["runner"]["postScriptGC"] is False


# --- issue 15: what nginx shows the world ------------------------------------------------------

def test_a_listen_port_held_by_another_server_is_named_before_the_dashboard_address(tmp_path):
    """nginx retried the bind for half a second and failed, while the server holding the port
    answered the readiness check: serve.py said where the dashboard was, then that nginx stopped."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, str(ROOT / "deploy" / "serve.py"), "--listen", f"127.0.0.1:{port}",
                               "--port", str(free_port()), "--run", str(tmp_path / "run")],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "INDICATORS_DB": str(tmp_path / "none.duckdb")})
    assert done.returncode == 1
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert lines == [f"serve: port {port} (127.0.0.1:{port}) is taken by another server: "
                     "stop it or choose another --listen"], lines
    assert serve.listen_address_is_free(f"127.0.0.1:{port}")  # released: free again


def test_nginx_workers_never_run_as_root():
    import pwd

    nobody = pwd.getpwnam("nobody")
    assert serve.worker_user(0, euid=0).split()[0] == "nobody"  # root owns the package: not root
    assert serve.worker_user(nobody.pw_uid, euid=0).split()[0] == "nobody"
    assert serve.worker_user(0, euid=1000) is None  # not root: workers run as the one who started it


def _worker_uids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(next(l for l in Path(f"/proc/{c}/status").read_text().splitlines()
                     if l.startswith("Uid:")).split()[1]) for c in children]


def test_nginx_hides_its_version_and_the_metrics_and_sends_the_security_headers(tmp_path):
    service = ServeProcess(tmp_path)
    try:
        service.wait_until_serving()
        base = f"http://127.0.0.1:{service.listen}"
        page = get(f"{base}/")
        script = page[2].decode().split('src="', 1)[1].split('"', 1)[0].lstrip("./")
        for status, headers, _ in (page, get(f"{base}/{script}")):
            assert status == 200 and headers["Server"] == "nginx", "no version number"
            assert headers["X-Frame-Options"] == "SAMEORIGIN"
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
            assert "object-src 'none'" in headers["Content-Security-Policy"]
        with pytest.raises(urllib.error.HTTPError) as missing:
            get(f"{base}/_stcore/metrics")
        assert missing.value.code == 404
        body = missing.value.read().decode()
        assert "nginx/" not in body and "X-Frame-Options" in missing.value.headers
        master = int((service.run / "nginx.pid").read_text())
        workers = _worker_uids(master)
        assert workers and 0 not in workers, "no nginx worker runs as root"
    finally:
        service.end()
