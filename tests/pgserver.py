"""A real PostgreSQL 15 server for the tests (issue 17), from Debian's ``postgresql`` package:
``initdb`` in a temporary folder, listening on a free port of 127.0.0.1 and on a unix socket in
that folder, run as an unprivileged system user (PostgreSQL refuses to run as root), stopped
afterwards. Not a mock, not SQLite.

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

BIN = Path("/usr/lib/postgresql/15/bin")
SYSTEM_USER = "indicators-pg"  # owns the server's files when the tests run as root
ROLE = "indicators"
TEMPLATE = "store_template"


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


class PgServer:
    """One throw-away cluster. ``url(dbname)`` for a database on it; ``stop()`` / ``start()``
    to take it away and bring it back (the outage tests)."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="indicators-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
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
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
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
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/{dbname}"

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
