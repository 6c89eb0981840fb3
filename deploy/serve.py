"""Serve the dashboard: nginx in front of one Streamlit process (what `make run` starts).

    python deploy/serve.py [--listen 8501] [--port 8502] [--run /tmp/dashboard-serve]

nginx listens on ``--listen`` (all addresses; give ``address:port`` to narrow it) and sends
Streamlit's front end — the 115 content-hashed files under /static/ — itself; the page, the
health checks and the websocket go to Streamlit on 127.0.0.1:``--port``, which nobody else reaches.
This is what makes ten people opening the overview for the first time in the same second get it
within the budget: without nginx, Streamlit's Python sends those files, ≈ 0.22 CPU-s per first
visit under one lock (docs/performance.md). Ctrl-C or SIGTERM stops both; if Streamlit stops,
nginx is stopped too. The database paths come from the environment as for ``make run``
(INDICATORS_DB, REPORTED_DB).

The nginx configuration is rendered from deploy/nginx.conf.template into ``--run`` each time, so
it always points at the installed Streamlit's static folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import render_nginx  # noqa: E402  (deploy/ is a folder of scripts)

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


class ServeError(RuntimeError):
    """A part of the service did not start; the message says which and why."""


def start_streamlit(app: Path, port: int, env: dict[str, str] | None = None,
                    stderr: int | None = None, timeout_s: float = 60) -> subprocess.Popen:
    """``streamlit run app`` on 127.0.0.1:``port`` with the project's .streamlit/config.toml,
    returned once its health check answers."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})},
                              stdout=subprocess.DEVNULL, stderr=stderr)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return server
            except OSError:
                time.sleep(0.3)
    except BaseException:  # Ctrl-C or SIGTERM while waiting: no Streamlit left behind
        stop(server)
        raise
    stop(server)
    raise ServeError(f"Streamlit did not answer on 127.0.0.1:{port} within {timeout_s:.0f} s "
                     f"(exit code {server.returncode}; is the port taken?)")


def stop(process: subprocess.Popen, timeout_s: float = 10) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_nginx(listen: str, upstream: str, run: Path) -> int:
    """nginx from deploy/nginx.conf.template, listening on ``listen`` and passing to ``upstream``;
    its files (config, pid, log, temp) in ``run``. Returns nginx's pid."""
    if NGINX is None:
        raise ServeError("nginx is not installed: `make setup` installs Debian's nginx-light")
    run.mkdir(parents=True, exist_ok=True)
    conf = run / "nginx.conf"
    conf.write_text(render_nginx.render(listen, upstream, run.resolve()), encoding="utf-8")
    (run / "nginx.pid").unlink(missing_ok=True)
    started = subprocess.run([NGINX, "-c", str(conf.resolve())], capture_output=True, text=True)
    if started.returncode != 0:
        raise ServeError(f"nginx did not start with {conf}: {started.stderr.strip()}")
    deadline = time.monotonic() + 10
    while not (run / "nginx.pid").exists():
        if time.monotonic() > deadline:
            raise ServeError(f"nginx wrote no pid file in {run} (see {run / 'error.log'})")
        time.sleep(0.05)
    return int((run / "nginx.pid").read_text())


def stop_nginx(run: Path) -> None:
    if NGINX and (run / "nginx.pid").exists():
        subprocess.run([NGINX, "-c", str((run / "nginx.conf").resolve()), "-s", "stop"], capture_output=True)


def _stop_on_sigterm(signum, frame):  # noqa: ARG001
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="8501", help="port or address:port people open (nginx)")
    parser.add_argument("--port", type=int, default=8502, help="Streamlit's port on 127.0.0.1")
    parser.add_argument("--run", type=Path, default=Path("/tmp/dashboard-serve"),
                        help="folder for nginx's config, pid, log and temp files (created)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    if NGINX is None:
        print("serve: nginx is not installed: `make setup` installs Debian's nginx-light "
              "(or run Streamlit alone: .venv/bin/streamlit run app.py)", file=sys.stderr)
        return 1
    try:
        app = start_streamlit(ROOT / "app.py", args.port)
    except ServeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # stopped while Streamlit started (start_streamlit stopped it)
        return 0
    try:
        start_nginx(args.listen, f"127.0.0.1:{args.port}", args.run)
        address, _, port = args.listen.rpartition(":")
        print(f"serve: the dashboard is at http://{address or '<this machine>'}:{port}/ "
              f"(nginx → Streamlit on 127.0.0.1:{args.port}); Ctrl-C stops both", flush=True)
        return app.wait()
    except ServeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stop_nginx(args.run)
        stop(app)


if __name__ == "__main__":
    sys.exit(main())
