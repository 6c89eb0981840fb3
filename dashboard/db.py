"""Opening indicators.duckdb and running the queries of :mod:`dashboard.queries` on it: the one
place the app (:mod:`dashboard.data`) and the meeting pack (:mod:`dashboard.pack_data`) share.
No Streamlit here: callers cache and translate errors as they need."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard import queries as Q

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
