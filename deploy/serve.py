"""Serve the dashboard: nginx in front of one Streamlit process (what `make run` starts).

    python deploy/serve.py [--listen 8501] [--port 8502] [--run .run] [--replicas 1]

nginx listens on ``--listen`` (every IPv4 address; give ``address:port`` to narrow it) and sends
Streamlit's front end — the 115 content-hashed files under /static/ — itself; the page, the
health checks and the websocket go to Streamlit on 127.0.0.1:``--port``, which nobody else reaches.
This is what makes ten people opening the overview for the first time in the same second get it
within the budget: without nginx, Streamlit's Python sends those files, ≈ 0.22 CPU-s per first
visit under one lock (docs/performance.md). The database paths come from the environment as for
``make run`` (INDICATORS_DB, REPORTED_DB).

Both run as this process's children, in the foreground: Ctrl-C, SIGTERM or SIGHUP (the terminal
closing) stops both, if either stops the other is stopped, and if this process is killed outright
the kernel stops them (PR_SET_PDEATHSIG). Nothing is left holding the ports.

The nginx configuration is rendered from deploy/nginx.conf.template into ``--run`` (default
``.run/`` in the project, git-ignored) each time, so it always points at the installed Streamlit's
static folder.

``--replicas N`` (N > 1) starts N Streamlit processes on ports ``--port`` … ``--port``+N-1, all
with the same environment (DATABASE_URL or REPORTED_DB, INDICATORS_DB), behind one nginx that keeps
each browser on one process (a cookie: deploy/render_nginx.replica_routing) and moves it to
another when its process dies. A replica that stops is then started again on its port while the
others serve, and tried again after 1, 2, 4 … 60 s while it fails to start; only nginx stopping, or
every replica failing to start three times in a row with none serving, ends the service.
Several machines: docs/scaling.md. With one replica (the default) nothing of this applies.
"""

from __future__ import annotations

import argparse
import ctypes
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import settings
from deploy import render_nginx

HERE = Path(__file__).resolve().parent
ROOT = settings.ROOT

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
RUN = settings.RUN_DIR


class ServeError(RuntimeError):
    """A part of the service did not start or stopped; the message says which and why."""


def _die_with_parent() -> None:
    """In the child before exec: the kernel sends SIGTERM when serve.py dies, however it dies."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_streamlit(app: Path, port: int, env: dict[str, str] | None = None,
                    stderr: int | None = None, timeout_s: float = 60) -> subprocess.Popen:
    """``streamlit run app`` on 127.0.0.1:``port`` with the project's .streamlit/config.toml,
    returned once its health check answers."""
    return wait_for_streamlit(spawn_streamlit(app, port, env, stderr), port, timeout_s)


def spawn_streamlit(app: Path, port: int, env: dict[str, str] | None = None,
                    stderr: int | None = None) -> subprocess.Popen:
    """``streamlit run app`` on 127.0.0.1:``port``, started and not waited for (several start at
    once: :func:`start_replicas`)."""
    if not _port_is_free(port):
        raise ServeError(f"port {port} on 127.0.0.1 is taken (another Streamlit app?): choose another --port")
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=stderr, preexec_fn=_die_with_parent)


def wait_for_streamlit(server: subprocess.Popen, port: int, timeout_s: float = 60) -> subprocess.Popen:
    """``server`` once its health check on 127.0.0.1:``port`` answers; stopped and a
    :class:`ServeError` if it ends or does not answer within ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200 and server.poll() is None:
                        return server
            except OSError:
                time.sleep(0.3)
    except BaseException:  # Ctrl-C or SIGTERM while waiting: no Streamlit left behind
        stop(server)
        raise
    stop(server)
    raise ServeError(f"Streamlit did not answer on 127.0.0.1:{port} within {timeout_s:.0f} s "
                     f"({describe_exit(server.returncode)})")


def describe_exit(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def stop(process: subprocess.Popen, timeout_s: float = 10) -> None:
    """SIGTERM, then SIGKILL if it has not gone within ``timeout_s``; waits until it has."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def worker_user(static_owner_uid: int, euid: int | None = None) -> str | None:
    """nginx's ``user`` directive (``"name group"``) when started as root, else None (workers run
    as whoever started it). Workers never run as root (issue 15): they run as the owner of
    Streamlit's static folder, who can read it even under a private home folder, or as
    ``nobody`` when root owns it (a system-wide install, readable by all)."""
    if (os.geteuid() if euid is None else euid) != 0:
        return None
    try:
        owner = pwd.getpwuid(static_owner_uid)
    except KeyError:
        owner = None
    if owner is None or owner.pw_uid == 0:
        owner = pwd.getpwnam("nobody")
    try:
        group = grp.getgrgid(owner.pw_gid).gr_name
    except KeyError:
        group = owner.pw_name
    return f"{owner.pw_name} {group}"


def _worker_user() -> str | None:
    return worker_user(render_nginx.streamlit_static_folder().stat().st_uid)


def listen_address_is_free(listen: str) -> bool:
    """Can nginx bind ``listen`` ("8501", "0.0.0.0:8501", "10.0.0.5:8501", "[::]:8501")? Another
    server holding the port makes nginx fail after half a second of retries, while the one
    holding it answers our readiness check: ask the kernel first."""
    address, _, port = listen.rpartition(":")
    address = address.strip("[]")
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    host = "" if address in ("", "*", "0.0.0.0", "::") else address
    with socket.socket(family) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, int(port)))
        except OSError:
            return False
    return True


def _local_address(listen: str) -> str:
    """Where this machine reaches ``listen`` ("8501", "0.0.0.0:8501", "[::]:8501", "10.0.0.5:8501")."""
    address, _, port = listen.rpartition(":")
    if address in ("", "*", "0.0.0.0"):
        address = "127.0.0.1"
    elif address == "[::]":
        address = "[::1]"
    return f"{address}:{port}"


def start_nginx(listen: str, upstream: str | list[str], run: Path, timeout_s: float = 10) -> subprocess.Popen:
    """nginx from deploy/nginx.conf.template in the foreground, listening on ``listen`` and
    passing to ``upstream`` (one address, or several: render_nginx.replica_routing); its config,
    pid, logs and temp files in ``run``. Returned once it sends one of Streamlit's static files,
    so a folder its workers cannot read is found here."""
    if NGINX is None:
        raise ServeError("nginx is not installed: `make setup` installs Debian's nginx-light")
    run = run.resolve()
    if not listen_address_is_free(listen):
        raise ServeError(f"port {listen.rpartition(':')[2]} ({listen}) is taken by another server: "
                         "stop it or choose another --listen")
    try:
        run.mkdir(parents=True, exist_ok=True)
        (run / "nginx.conf").write_text(render_nginx.render(listen, upstream, run), encoding="utf-8")
    except OSError as exc:
        raise ServeError(f"cannot write nginx's files in {run} ({exc.strerror}): choose another --run folder") from exc
    command = [NGINX, "-e", str(run / "error.log"), "-c", str(run / "nginx.conf")]  # -e: not /var/log/nginx
    if user := _worker_user():
        command += ["-g", f"user {user};"]  # never root (issue 15)
    with open(run / "nginx.stderr", "w", encoding="utf-8") as stderr:  # read back if it fails to start
        nginx = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=_die_with_parent)
    static = next(render_nginx.streamlit_static_folder().glob("js/*.js")).name
    url = f"http://{_local_address(listen)}/static/js/{static}"
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            if nginx.poll() is not None:
                said = (run / "nginx.stderr").read_text(encoding="utf-8", errors="replace").strip()
                raise ServeError(f"nginx did not start with {run / 'nginx.conf'}: {said}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return nginx
            except urllib.error.HTTPError as exc:
                raise ServeError(f"nginx answers {exc.code} for Streamlit's front end ({url}): can its workers "
                                 f"read {render_nginx.streamlit_static_folder()}? See {run / 'error.log'}") from exc
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ServeError(f"nginx did not answer on {listen} within {timeout_s:.0f} s (see {run / 'error.log'})")
            time.sleep(0.05)
    except BaseException:
        stop(nginx)
        raise


def replica_ports(port: int, replicas: int) -> list[int]:
    """The ports of ``replicas`` Streamlit processes from ``port`` on: ``replica_ports(8502, 3)`` →
    ``[8502, 8503, 8504]``."""
    if replicas < 1:
        raise ServeError(f"--replicas must be at least 1, not {replicas}")
    return list(range(port, port + replicas))


def start_replicas(app: Path, ports: list[int], timeout_s: float = 90) -> list[subprocess.Popen]:
    """One Streamlit per port, started together (their imports overlap) and returned once every
    one answers; if one fails, the others are stopped."""
    started: list[subprocess.Popen] = []
    try:
        for port in ports:
            started.append(spawn_streamlit(app, port))
        return [wait_for_streamlit(server, port, timeout_s) for server, port in zip(started, ports)]
    except BaseException:
        for server in started:
            stop(server)
        raise


def _stop_on_signal(signum, frame):  # noqa: ARG001
    raise KeyboardInterrupt


RETRY_CAP_S = 60  # the longest wait between two tries to start a stopped replica again
GIVE_UP_AFTER = 3  # failed starts in a row of every replica, none serving: the service ends


def retry_delay(failures: int) -> float:
    """Seconds to wait before starting a replica again after ``failures`` failed starts in a row:
    1, 2, 4, … up to RETRY_CAP_S. ``retry_delay(3)`` → ``4``."""
    return float(min(2 ** max(failures - 1, 0), RETRY_CAP_S))


@dataclass
class _Restart:
    """A replica being started again (:func:`_supervise`): failed starts in a row, when to try
    next, and when the current start began (None: not started yet)."""

    failures: int = 0
    next_try: float = 0.0
    started: float | None = None


def _answers(port: int, timeout_s: float = 0.5) -> bool:
    """Does Streamlit's health check on 127.0.0.1:``port`` answer now?"""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=timeout_s) as r:
            return r.status == 200
    except OSError:
        return False


def _retry_later(restart: _Restart, reason: str) -> None:
    restart.failures += 1
    delay = retry_delay(restart.failures)
    restart.next_try, restart.started = time.monotonic() + delay, None
    print(f"serve: {reason}; trying again in {delay:g} s, serving with the others", file=sys.stderr, flush=True)


def _tend(i: int, replicas: list[subprocess.Popen | None], ports: list[int], restarts: list[_Restart | None],
          start_timeout_s: float) -> None:
    """One look at replica ``i``, never waiting for it: a replica that stopped is started again, a
    start that has not answered yet is looked at again on the next round, a start that failed is
    tried again after :func:`retry_delay`."""
    port, server, restart = ports[i], replicas[i], restarts[i]
    if restart is None:  # serving
        if server is None or server.poll() is None:
            return
        print(f"serve: Streamlit on 127.0.0.1:{port} stopped ({describe_exit(server.returncode)}); "
              "its sessions move to the other replicas, starting it again", file=sys.stderr, flush=True)
        replicas[i], restarts[i] = None, _Restart(next_try=time.monotonic())
    elif server is None:  # waiting for the next try
        if time.monotonic() >= restart.next_try:
            try:
                replicas[i] = spawn_streamlit(ROOT / "app.py", port)
                restart.started = time.monotonic()
            except ServeError as exc:
                _retry_later(restart, str(exc))
    elif server.poll() is not None:
        replicas[i] = None
        _retry_later(restart, f"Streamlit on 127.0.0.1:{port} did not start ({describe_exit(server.returncode)})")
    elif _answers(port):
        restarts[i] = None
        print(f"serve: Streamlit on 127.0.0.1:{port} is back", file=sys.stderr, flush=True)
    elif time.monotonic() - restart.started > start_timeout_s:
        stop(server)
        replicas[i] = None
        _retry_later(restart, f"Streamlit did not answer on 127.0.0.1:{port} within {start_timeout_s:.0f} s")


def _supervise(replicas: list[subprocess.Popen | None], ports: list[int], nginx: subprocess.Popen,
               start_timeout_s: float = 60) -> int:
    """Several replicas: keep serving while nginx runs. A replica that stops is said and started
    again on its port (its browsers are on the others meanwhile), tried again with growing waits
    (:func:`retry_delay`) while it fails, without holding up the others. ``replicas`` is updated in
    place (the caller stops what is in it). Ends (1) when nginx stops, or when no replica serves
    and each has failed to start GIVE_UP_AFTER times in a row."""
    restarts: list[_Restart | None] = [None] * len(replicas)
    while nginx.poll() is None:
        for i in range(len(replicas)):
            _tend(i, replicas, ports, restarts, start_timeout_s)
        if all(r is not None and r.failures >= GIVE_UP_AFTER for r in restarts):
            print(f"serve: no Streamlit replica is left (each failed to start {GIVE_UP_AFTER} times in a row); "
                  "stopping nginx", file=sys.stderr)
            return 1
        time.sleep(0.5)
    print(f"serve: nginx stopped ({describe_exit(nginx.returncode)}); stopping the rest", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="8501", help="port or address:port people open (nginx)")
    parser.add_argument("--port", type=int, default=8502, help="Streamlit's port on 127.0.0.1")
    parser.add_argument("--run", type=Path, default=RUN,
                        help="folder for nginx's config, pid, logs and temp files (created; default .run/)")
    parser.add_argument("--replicas", type=int, default=1,
                        help="Streamlit processes on --port, --port+1, … behind nginx (default 1; docs/scaling.md)")
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error(f"--replicas must be at least 1, not {args.replicas}")
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop_on_signal)
    if NGINX is None:
        print("serve: nginx is not installed: `make setup` installs Debian's nginx-light "
              "(or run Streamlit alone: .venv/bin/streamlit run app.py)", file=sys.stderr)
        return 1
    if not listen_address_is_free(args.listen):
        print(f"serve: port {args.listen.rpartition(':')[2]} ({args.listen}) is taken by another server: "
              "stop it or choose another --listen", file=sys.stderr)
        return 1
    if args.replicas > 1:
        return _serve_replicas(args)
    children: list[subprocess.Popen] = []
    try:
        children.append(start_streamlit(ROOT / "app.py", args.port))
        children.append(start_nginx(args.listen, f"127.0.0.1:{args.port}", args.run))
        shown = _local_address(args.listen).replace("127.0.0.1", "localhost")
        print(f"serve: the dashboard is at http://{shown}/ (nginx → Streamlit on 127.0.0.1:{args.port}); "
              "Ctrl-C stops both", flush=True)
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        ended = next(child for child in children if child.poll() is not None)
        name = "Streamlit" if ended is children[0] else "nginx"
        print(f"serve: {name} stopped ({describe_exit(ended.returncode)}); stopping the rest", file=sys.stderr)
        return 1
    except ServeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for child in reversed(children):
            stop(child)


def _serve_replicas(args) -> int:
    """main() with ``--replicas`` > 1."""
    ports = replica_ports(args.port, args.replicas)
    replicas: list[subprocess.Popen | None] = []
    nginx = None
    try:
        replicas = list(start_replicas(ROOT / "app.py", ports))
        nginx = start_nginx(args.listen, [f"127.0.0.1:{p}" for p in ports], args.run)
        shown = _local_address(args.listen).replace("127.0.0.1", "localhost")
        print(f"serve: the dashboard is at http://{shown}/ (nginx → {len(ports)} Streamlit replicas on "
              f"127.0.0.1:{ports[0]}–{ports[-1]}, one per session); Ctrl-C stops all", flush=True)
        return _supervise(replicas, ports, nginx)
    except (ServeError, render_nginx.RoutingError) as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if nginx is not None:
            stop(nginx)
        for server in replicas:
            if server is not None:
                stop(server)


if __name__ == "__main__":
    sys.exit(main())
