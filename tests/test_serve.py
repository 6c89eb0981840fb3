"""deploy/serve.py (`make serve`): nginx in front of one Streamlit process, started and stopped
together. The browser-level checks through nginx (Host/Origin, a session's gauges) are in
test_browser.py; this is the service's life cycle."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import write_sample_db

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import serve  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


def get(url: str) -> tuple[int, dict, bytes]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, dict(r.headers), r.read()


def test_serve_puts_nginx_in_front_and_stops_both(tmp_path):
    if not serve.NGINX:
        pytest.fail("nginx is missing: make setup installs Debian's nginx-light")
    listen, port, run = free_port(), free_port(), tmp_path / "run"
    env = {**os.environ, "INDICATORS_DB": str(write_sample_db(tmp_path / "indicators.duckdb")),
           "REPORTED_DB": str(tmp_path / "reported.duckdb")}
    proc = subprocess.Popen([sys.executable, str(ROOT / "deploy" / "serve.py"), "--listen", f"127.0.0.1:{listen}",
                             "--port", str(port), "--run", str(run)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        said = ""
        while not said.startswith("serve:"):  # printed once both answer (Streamlit logs before it)
            said = proc.stdout.readline()
            assert said, "serve.py ended before saying where the dashboard is"
        assert f"http://127.0.0.1:{listen}/" in said, said
        status, _, body = get(f"http://127.0.0.1:{listen}/_stcore/health")
        assert status == 200 and body == b"ok", "the health check passes through nginx to Streamlit"
        page = get(f"http://127.0.0.1:{listen}/")[2].decode()
        script = page.split('src="', 1)[1].split('"', 1)[0].lstrip("./")
        status, headers, _ = get(f"http://127.0.0.1:{listen}/{script}")
        assert status == 200 and "nginx" in headers["Server"], "the front end comes from nginx"
        nginx_pid = int((run / "nginx.pid").read_text())
        assert alive(nginx_pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0
    deadline = time.monotonic() + 10
    while alive(nginx_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(nginx_pid), "nginx stopped with the service"
    with pytest.raises(OSError):
        get(f"http://127.0.0.1:{port}/_stcore/health")  # and Streamlit too


def test_a_port_already_taken_is_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, str(ROOT / "deploy" / "serve.py"), "--port", str(port),
                               "--run", str(tmp_path / "run")],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "INDICATORS_DB": str(tmp_path / "none.duckdb")})
    assert done.returncode == 1
    assert f"127.0.0.1:{port}" in done.stderr and "serve:" in done.stderr
    assert not (tmp_path / "run" / "nginx.pid").exists(), "nginx is not started without Streamlit"


def test_the_served_config_does_no_per_run_housekeeping():
    """Two Streamlit defaults cost every session CPU under the server's one lock, measured with
    py-spy (docs/performance.md): the file watcher re-resolving every module after each run, and a
    full garbage collection after each run (half the server's CPU per new session at province
    scale). .streamlit/config.toml turns both off; `streamlit run` reads it from the project."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["runner"]["postScriptGC"] is False


def test_stopped_while_starting_leaves_no_streamlit_behind(tmp_path):
    port = free_port()
    env = {**os.environ, "INDICATORS_DB": str(write_sample_db(tmp_path / "indicators.duckdb")),
           "REPORTED_DB": str(tmp_path / "reported.duckdb")}
    proc = subprocess.Popen([sys.executable, str(ROOT / "deploy" / "serve.py"), "--listen", f"127.0.0.1:{free_port()}",
                             "--port", str(port), "--run", str(tmp_path / "run")], cwd=tmp_path, env=env)
    time.sleep(0.5)  # Streamlit is still importing: serve.py is waiting for its health check
    children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert children, "serve.py had started Streamlit"
    assert not any(alive(pid) for pid in children), "Streamlit stopped with serve.py"
