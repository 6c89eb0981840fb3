"""A real PostgreSQL 15 server for the tests (issue 17), from Debian's ``postgresql`` package:
``initdb`` in a temporary folder (``/tmp/indicators-pg-*``, mode 0700), listening only on a unix
socket in that folder — no TCP port, so the trusted logins are open to this user (and root) only —
run as an unprivileged system user (PostgreSQL refuses to run as root), stopped afterwards. Not a
mock, not SQLite.

``pg_ctl`` daemonises the server, so a test session killed before its clean-up leaves a running
server and its folder behind: each folder holds ``owner.pid`` (the creating process and its start
time) and :func:`remove_stale` — run when a session starts — stops and removes those whose owner
is gone.

Each test gets its own database, copied from a template that already holds the migrated schema
(``CREATE DATABASE … TEMPLATE``: a few tens of milliseconds), so tests stay independent.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

BIN = Path("/usr/lib/postgresql/15/bin")
SYSTEM_USER = "indicators-pg"  # owns the server's files when the tests run as root
ROLE = "indicators"
TEMPLATE = "store_template"
PREFIX = "indicators-pg-"
OWNER = "owner.pid"  # "<pid> <start time>" of the process that made the folder
SETTINGS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"


def missing() -> str | None:
    """Why no server can be started here (None when the binaries are there)."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (BIN / tool).exists():
            return f"PostgreSQL 15 not installed ({BIN / tool} missing): `make setup` installs Debian's postgresql"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user() -> list[str]:
    """The command prefix that runs a tool as the unprivileged owner of the server's files."""
    if os.geteuid() != 0:
        return []
    if subprocess.run(["id", "-u", SYSTEM_USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
                       check=True, capture_output=True)
    return ["runuser", "-u", SYSTEM_USER, "--"]


def _started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, /proc/<pid>/stat field 22); None
    when there is no such process. Pid and start time together name one process, even after the
    pid is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def _owner_line() -> str:
    return f"{os.getpid()} {_started(os.getpid())}"


def _owner_alive(folder: Path) -> bool:
    """Whether the process that made ``folder`` still runs (True when unknown: a folder without
    ``owner.pid`` was made by another version of this file, possibly for a live session)."""
    try:
        pid, started = (folder / OWNER).read_text().split()
    except (OSError, ValueError):
        return True
    return _started(int(pid)) == started


def remove_stale(root: Path | None = None) -> list[Path]:
    """Stop the servers of ``/tmp/indicators-pg-*`` folders whose owning process is gone (a
    killed pytest) and remove the folders; returns them. Live sessions' folders are left alone."""
    removed = []
    for folder in sorted(Path(root or tempfile.gettempdir()).glob(f"{PREFIX}*")):
        if not folder.is_dir() or _owner_alive(folder):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            subprocess.run([*_as_server_user(), str(BIN / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                            "-w", "-t", "30", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


class PgServer:
    """One throw-away cluster. ``url(dbname)`` for a database on it; ``stop()`` / ``start()``
    to take it away and bring it back (the outage tests)."""

    settings = SETTINGS  # server options besides where it listens (bench/editors.py turns fsync on)

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))  # mode 0700: the socket is ours alone
        (self.folder / OWNER).write_text(_owner_line())
        self.data = self.folder / "data"
        self.port = _free_port()  # names the socket file (.s.PGSQL.<port>); nothing listens on TCP
        self.prefix = _as_server_user()
        if self.prefix:
            shutil.chown(self.folder, SYSTEM_USER, SYSTEM_USER)
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    def init(self) -> PgServer:
        self._run(str(BIN / "initdb"), "-D", str(self.data), "-U", ROLE, "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        return self.start()

    def start(self) -> PgServer:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses='' {self.settings}"
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{ROLE}@/{dbname}?host={quote(str(self.folder), safe='/')}&port={self.port}"

    def admin(self, sql: str) -> None:
        """One statement on the maintenance database, outside a transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = TEMPLATE) -> str:
        """A fresh database (a copy of the migrated template, or empty with ``template=None``); its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template or 'template0'}")
        return self.url(name)
