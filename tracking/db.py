"""Opening indicators.duckdb and running the queries of :mod:`tracking.queries` on it: the one
place the app (:mod:`dashboard.data`) and the meeting pack (:mod:`outputs.pack_data`) share.
No Streamlit here: callers cache and translate errors as they need."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from tracking import queries as Q

ATTACHED = "indicators"


def attach_indicators(path) -> duckdb.DuckDBPyConnection:
    """A private in-memory database with ``path`` ATTACHed READ_ONLY as ``indicators``.

    ATTACH rather than ``connect(path)``: DuckDB shares one instance per path in a process, so a
    plain connect() after a rebuild replaced the file would hand back the old one for as long as
    any connection to it lives."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH ? AS {ATTACHED} (READ_ONLY)", [str(path)])
    except duckdb.Error:
        con.close()
        raise
    return con


def run(con: duckdb.DuckDBPyConnection, query: Q.Query, statuses: pd.DataFrame | None = None) -> pd.DataFrame:
    """One query on its own cursor (safe across threads sharing ``con``): the attached database in
    use, ``statuses`` registered as :data:`queries.STATUSES_RELATION` when given, closed after."""
    cur = con.cursor()
    try:
        cur.execute(f"USE {ATTACHED}")
        if statuses is not None:
            cur.register(Q.STATUSES_RELATION, statuses)
        return cur.execute(query[0], query[1]).df()
    finally:
        cur.close()


@dataclass(frozen=True)
class FileVersion:
    """Identity of a file's current content: a rebuild (new file + os.replace) changes the inode."""

    path: str
    inode: int
    mtime_ns: int
    size: int


def file_identity(path: Path) -> FileVersion | None:
    """A build output's identity for caches (None when it does not exist). Enough for a file that is
    only ever replaced whole; the reported store, written in place, uses
    :func:`tracking.reported.file_version` instead."""
    try:
        s = path.stat()
    except OSError:
        return None
    return FileVersion(str(path.resolve()), s.st_ino, s.st_mtime_ns, s.st_size)
