"""Publish a new build of indicators.duckdb to every app server's folder, atomically.

    python deploy/publish.py /srv/build/indicators.duckdb --to /srv/dashboard [--to /mnt/app2/dashboard …]

Each app server reads its own copy of the built database (INDICATORS_DB; docs/scaling.md). For
every ``--to`` folder the build is first copied to a temporary file in that folder and flushed to
disk (``fsync``); only when every copy is complete is each put in place with one rename
(``os.replace``), under the folder's publish lock (the one a build or a 文件管理 republication
holds, tracking/corrections.py), then the folder itself is flushed so the rename survives a crash.
So a reader sees the old database or the new one, never part of one, and a copy that fails (a
full disk, a missing folder) replaces nothing anywhere.

An app server reading the old file keeps working: its open connection holds the old file, which
the system keeps until it is closed; the app's caches are keyed on the file's identity (inode,
size, mtime: tracking.db.file_identity), so its next page run opens the new one.

Build with the store the app servers use (``DATABASE_URL=… python -m etl build --db …``): the
build applies the officials' corrections on record there. Folders on other machines: mount them
(NFS, sshfs) or run this on each machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import duckdb

NAME = "indicators.duckdb"


class PublishError(RuntimeError):
    """A build or a folder that cannot be published to; the message names it. Nothing was replaced."""


def check_build(build: Path) -> int:
    """The number of targets in ``build``, a complete database the app can read; a
    :class:`PublishError` naming the file otherwise (missing, not a DuckDB database, still being
    written — a write-ahead log beside it — or without a ``targets`` table)."""
    if not build.is_file():
        raise PublishError(f"{build}: no such file")
    if Path(str(build) + ".wal").exists():
        raise PublishError(f"{build}: a write-ahead log is beside it ({build.name}.wal): the build is still "
                           "being written or did not finish; publish a finished build")
    try:
        with duckdb.connect(str(build), read_only=True) as con:
            return con.execute("SELECT count(*) FROM targets").fetchone()[0]
    except duckdb.Error as exc:
        raise PublishError(f"{build}: not a database the app can read ({str(exc).splitlines()[0]})") from exc


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_durably(build: Path, tmp: Path) -> None:
    """``build`` copied to ``tmp`` and flushed to disk."""
    with open(build, "rb") as src, open(tmp, "wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def publish(build, folders, name: str = NAME) -> list[Path]:
    """Put ``build`` in each of ``folders`` as ``name``: all copies made and flushed first, then
    each renamed into place. Returns the published paths. On a failure before the renames
    nothing is replaced and no temporary file is left."""
    from tracking.corrections import publish_lock

    build = Path(build).resolve()
    check_build(build)
    folders = [Path(f).resolve() for f in folders]
    if not folders:
        raise PublishError("no --to folder given")
    for folder in folders:
        if not folder.is_dir():
            raise PublishError(f"{folder}: not a folder (create it, or mount the app server's folder there)")
        live = folder / name
        if live == build:
            raise PublishError(f"{live} is the build itself: build into another folder, then publish")
        if Path(str(live) + ".wal").exists():
            raise PublishError(f"{live}.wal exists: a process is writing the live database there; "
                               "nothing was replaced")
    temps = [folder / f".{name}.publishing-{os.getpid()}" for folder in folders]
    try:
        for tmp in temps:
            try:
                _copy_durably(build, tmp)
            except OSError as exc:
                raise PublishError(f"cannot copy the build to {tmp.parent} ({exc.strerror or exc}); "
                                   "nothing was replaced") from exc
        published = []
        for folder, tmp in zip(folders, temps):
            live = folder / name
            with publish_lock(live):
                os.replace(tmp, live)
            _fsync_folder(folder)
            published.append(live)
        return published
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="the new indicators.duckdb (python -m etl build --db …)")
    parser.add_argument("--to", type=Path, action="append", required=True, metavar="DIR",
                        help="an app server's folder (its INDICATORS_DB's folder); repeat for each")
    parser.add_argument("--name", default=NAME, help=f"the file name in each folder (default {NAME})")
    args = parser.parse_args(argv)
    try:
        targets = check_build(args.build)
        published = publish(args.build, args.to, args.name)
    except Exception as exc:  # noqa: BLE001 — one line, never a traceback
        print(f"publish: {exc}", file=sys.stderr)
        return 1
    for path in published:
        print(f"publish: {path} ← {args.build} ({targets} targets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
