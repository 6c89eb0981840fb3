"""Publish a new build of indicators.duckdb to every app server's folder, atomically.

    python deploy/publish.py /srv/build/indicators.duckdb --to /srv/dashboard [--to /mnt/app2/dashboard …]

Each app server reads its own copy of the built database (INDICATORS_DB; docs/scaling.md). First
every ``--to`` folder's publish lock is taken (the one a build or a 文件管理 republication holds,
tracking/corrections.py), in one fixed order; then the build is copied to a temporary file in each
folder and flushed to disk (``fsync``); only when every copy is complete is each put in place with
one rename (``os.replace``) and each folder flushed so the rename survives a crash; then the locks
are released. So a reader sees the old database or the new one, never part of one, and a lock held
elsewhere, a copy that fails (a full disk) or a missing folder replaces nothing anywhere. A rename
failing after others succeeded (rare) is said in one line naming the folders with the new build.

The lock is ``flock`` on a file beside the database: over sshfs (or NFS mounted ``nolock``, or any
network file system without shared locks) it keeps out only processes of the machine that holds
it, not a publication or a 文件管理 republication on another machine. Publish from one place.

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
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

import duckdb

NAME = "indicators.duckdb"


class PublishError(RuntimeError):
    """A build or a folder that cannot be published to; the message names it and says whether
    anything was replaced."""


class PartlyPublished(PublishError):
    """A rename failed after others succeeded: ``published`` have the new build, ``old`` still
    the previous one. The message says both in one line."""

    def __init__(self, published: list[Path], old: list[Path], failed: str):
        self.published, self.old = published, old
        super().__init__(f"partly published: the new build is in {', '.join(map(str, published)) or 'no folder'}; "
                         f"the old one is still in {', '.join(map(str, old))} (the rename failed in {failed}); "
                         "publish again to finish")


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


class Publication(NamedTuple):
    """What :func:`publish` put in place: every folder's live file, and the build's target count."""

    paths: list[Path]
    targets: int


def _locks_in_order(folders: list[Path], name: str, timeout: float, stack: ExitStack) -> None:
    """Every folder's publish lock held in ``stack``, taken in one fixed order (sorted paths) so
    two publications over the same folders cannot each hold one and wait for the other; a lock
    not had within ``timeout`` is a :class:`PublishError` naming its folder (none is kept)."""
    from tracking.corrections import PublishBusy, publish_lock

    for folder in sorted(folders):
        try:
            stack.enter_context(publish_lock(folder / name, timeout))
        except PublishBusy as exc:
            raise PublishError(f"{folder}: a build or another publication holds its publish lock "
                               f"(not released within {timeout:g} s); nothing was replaced") from exc


def _put_in_place(tmp: Path, live: Path) -> None:
    """The one rename that replaces ``live`` (a reader sees the old file or the new one)."""
    os.replace(tmp, live)


def publish(build, folders, name: str = NAME, lock_timeout: float | None = None) -> Publication:
    """Put ``build`` in each of ``folders`` as ``name``, all or nothing as far as a file system
    allows: every folder's publish lock is taken first (the one a build or a 文件管理
    republication holds), then the build is copied into each folder and flushed, then each copy
    is renamed into place and each folder flushed, then the locks are released. A folder that
    cannot take it, a copy that fails or a lock held elsewhere for ``lock_timeout`` seconds
    (default: corrections.PUBLISH_TIMEOUT) replaces nothing and leaves no temporary file. A
    rename failing after others succeeded (rare: the copies are already there) is a
    :class:`PartlyPublished` naming the folders that have the new build and those that do not."""
    from tracking.corrections import PUBLISH_TIMEOUT

    build = Path(build).resolve()
    targets = check_build(build)
    folders = [Path(f).resolve() for f in folders]
    if not folders:
        raise PublishError("no --to folder given")
    if len(set(folders)) != len(folders):
        raise PublishError(f"a --to folder is named twice: {' '.join(map(str, folders))}")
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
    with ExitStack() as locks:
        _locks_in_order(folders, name, PUBLISH_TIMEOUT if lock_timeout is None else lock_timeout, locks)
        try:
            for tmp in temps:
                try:
                    _copy_durably(build, tmp)
                except OSError as exc:
                    raise PublishError(f"cannot copy the build to {tmp.parent} ({exc.strerror or exc}); "
                                       "nothing was replaced") from exc
            published: list[Path] = []
            for folder, tmp in zip(folders, temps):
                try:
                    _put_in_place(tmp, folder / name)
                except OSError as exc:
                    raise PartlyPublished(published, [f / name for f in folders if f / name not in published],
                                          f"{folder} ({exc.strerror or exc})") from exc
                published.append(folder / name)
            for folder in folders:
                try:
                    _fsync_folder(folder)
                except OSError as exc:
                    raise PublishError(f"the new build is in every folder, but {folder} could not be flushed "
                                       f"to disk ({exc.strerror or exc}): a crash now could bring back the old "
                                       "file there; publish again") from exc
            return Publication(published, targets)
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
        done = publish(args.build, args.to, args.name)
    except Exception as exc:  # noqa: BLE001 — one line, never a traceback
        print(f"publish: {exc}", file=sys.stderr)
        return 1
    for path in done.paths:
        print(f"publish: {path} ← {args.build} ({done.targets} targets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
