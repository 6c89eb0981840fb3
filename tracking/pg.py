"""The PostgreSQL back end of the officials' store (issue 17): connection pools, the schema's
versioned migrations, and a connection that speaks the same small dialect as DuckDB's.

:mod:`tracking.reported` and :mod:`tracking.review` write their SQL once, with ``?``
placeholders; :class:`PgCon` turns them into psycopg's ``%s`` and returns results with the
``fetchall`` / ``fetchone`` / ``df`` the DuckDB code already uses. Where the two dialects differ
(DuckDB's ``QUALIFY``, registering a pandas frame) the callers branch on
:func:`tracking.store.is_postgres`.

Pools: one :class:`psycopg_pool.ConnectionPool` per URL and process, opened on first use, each
connection checked before it is handed out; one found broken (a server restart) or a server found
reachable again after an outage replaces the whole pool by a fresh one, so the first save after a
restart does not wait out the old pool's reconnect back-off. Migrations: on a pool's first use, :func:`migrate` applies the numbered steps of
:data:`MIGRATIONS` not yet recorded in ``schema_migrations``, in one transaction under an
advisory lock, so two servers starting at once apply each step once.

Writes: :func:`transaction` takes ``pg_advisory_xact_lock(WRITE_LOCK)`` first, so writers to
one database take turns exactly as DuckDB's single writer does: revision numbers, audit ids and
the audit log's hash chain are computed from the rows before them without any race, and each
write is all-or-nothing. Reads take no lock (PostgreSQL's snapshots).

Failures (:func:`classify`, by SQLSTATE): an unreachable server (refused, down, restarting, wrong
password) is a :class:`tracking.store.StoreUnavailable` naming ``host:port/dbname``, never the
password; a lock or statement timeout a :class:`tracking.store.StoreBusy`; a connection lost
during COMMIT says the save may not have been stored. A URL libpq cannot parse is refused before
any connection (:func:`check_url`)."""

from __future__ import annotations

import threading
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

import duckdb
import pandas as pd
import psycopg
import pyarrow as pa
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from tracking.store import PostgresStore, StoreBusy, StoreError, StoreUnavailable

CONNECT_TIMEOUT = 5  # seconds to reach the server before saying it is unreachable
POOL_WAIT = 30  # seconds a save waits for one of the process's pooled connections when all are busy
RECONNECT_TIMEOUT = 10  # seconds a pool keeps retrying a lost connection (its back-off grows to ~20 s gaps after a minute)
POOL_SIZE = 10  # connections per process and database: a Streamlit process saves one at a time per session
WRITE_LOCK = 17_001  # pg_advisory_xact_lock key serialising the store's writes
MIGRATION_LOCK = 17_000  # pg_advisory_xact_lock key serialising migrations

MIGRATIONS: list[tuple[int, str, tuple[str, ...]]] = [
    (1, "reported values, audit log and its hash chain, reattachments", (
        """CREATE TABLE reported_values (
            target_id    VARCHAR          NOT NULL,
            period       VARCHAR          NOT NULL,
            value        DOUBLE PRECISION NOT NULL,
            unit         VARCHAR,
            source       VARCHAR          NOT NULL,
            note         VARCHAR,
            reported_by  VARCHAR          NOT NULL,
            reported_at  TIMESTAMP        NOT NULL,
            revision     INTEGER          NOT NULL,
            basis        VARCHAR,
            PRIMARY KEY (target_id, period, revision))""",
        """CREATE TABLE audit_log (
            audit_id   BIGINT           PRIMARY KEY,
            "at"       TIMESTAMP        NOT NULL,
            account    VARCHAR          NOT NULL,
            target_id  VARCHAR          NOT NULL,
            period     VARCHAR          NOT NULL,
            old_value  DOUBLE PRECISION,
            new_value  DOUBLE PRECISION,
            how        VARCHAR          NOT NULL CHECK (how IN ('form', 'import', 'cli', 'document')))""",
        "CREATE INDEX audit_log_target ON audit_log (target_id, audit_id)",
        """CREATE TABLE audit_chain (
            audit_id  BIGINT  PRIMARY KEY,
            hash      VARCHAR NOT NULL)""",
        """CREATE TABLE reattachments (
            old_target_id  VARCHAR   PRIMARY KEY,
            new_target_id  VARCHAR   NOT NULL,
            "at"           TIMESTAMP NOT NULL,
            account        VARCHAR   NOT NULL,
            periods        INTEGER   NOT NULL)""",
        # every committed write adds one: what caches of the store's reads are keyed on
        "CREATE TABLE store_version (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), n BIGINT NOT NULL)",
        "INSERT INTO store_version (n) VALUES (0)",
    )),
    (2, "officials' review: target reviews, document records, review audit", (
        """CREATE TABLE target_reviews (
            target_id    VARCHAR   NOT NULL,
            source_file  VARCHAR   NOT NULL,
            source_text  VARCHAR   NOT NULL,
            state        VARCHAR   NOT NULL,
            fields       VARCHAR   NOT NULL,
            extracted    VARCHAR   NOT NULL,
            account      VARCHAR   NOT NULL,
            "at"         TIMESTAMP NOT NULL,
            revision     INTEGER   NOT NULL,
            PRIMARY KEY (target_id, revision))""",
        """CREATE TABLE document_records (
            source_file  VARCHAR   NOT NULL,
            sha256       VARCHAR,
            fields       VARCHAR   NOT NULL,
            withdrawn    BOOLEAN   NOT NULL,
            account      VARCHAR   NOT NULL,
            "at"         TIMESTAMP NOT NULL,
            revision     INTEGER   NOT NULL,
            PRIMARY KEY (source_file, revision))""",
        """CREATE TABLE review_audit (
            audit_id   BIGINT    PRIMARY KEY,
            "at"       TIMESTAMP NOT NULL,
            account    VARCHAR   NOT NULL,
            subject    VARCHAR   NOT NULL,
            "key"      VARCHAR   NOT NULL,
            field      VARCHAR   NOT NULL,
            old_value  VARCHAR,
            new_value  VARCHAR,
            how        VARCHAR   NOT NULL)""",
    )),
    (3, "the review audit's hash chain (issue 15)", (
        """CREATE TABLE review_audit_chain (
            audit_id  BIGINT  PRIMARY KEY,
            hash      VARCHAR NOT NULL)""",
    )),
    # grants: JSON text, [{"jurisdiction": "冠县", "departments": ["县科技局"]}]; rights: JSON list;
    # password_hash NULL: an OpenID Connect user. signin_failures.last_at: seconds since the epoch.
    (4, "accounts and grants, shared sign-in failures (tracking/accounts.py)", (
        """CREATE TABLE accounts (
            username       VARCHAR   PRIMARY KEY,
            display_name   VARCHAR   NOT NULL DEFAULT '',
            password_hash  VARCHAR,
            grants         VARCHAR   NOT NULL,
            rights         VARCHAR   NOT NULL,
            updated_at     TIMESTAMP NOT NULL)""",
        """CREATE TABLE signin_failures (
            "key"     VARCHAR          PRIMARY KEY,
            failures  INTEGER          NOT NULL,
            last_at   DOUBLE PRECISION NOT NULL)""",
    )),
    # DuckDB sorts text by code point; PostgreSQL by the database's collation (a zh_CN or en_US
    # database would list targets, periods and accounts in another order than the DuckDB store)
    (5, "text sorted by code point (COLLATE \"C\"), as DuckDB sorts it", tuple(
        f'ALTER TABLE {table} ' + ", ".join(f'ALTER COLUMN "{column}" TYPE VARCHAR COLLATE "C"' for column in columns)
        for table, columns in {
            "reported_values": ("target_id", "period", "unit", "source", "note", "reported_by", "basis"),
            "audit_log": ("account", "target_id", "period", "how"),
            "audit_chain": ("hash",),
            "reattachments": ("old_target_id", "new_target_id", "account"),
            "target_reviews": ("target_id", "source_file", "source_text", "state", "fields", "extracted", "account"),
            "document_records": ("source_file", "sha256", "fields", "account"),
            "review_audit": ("account", "subject", "key", "field", "old_value", "new_value", "how"),
            "review_audit_chain": ("hash",),
            "accounts": ("username", "display_name", "password_hash", "grants", "rights"),
            "signin_failures": ("key",),
        }.items())),
]
SCHEMA_MIGRATIONS = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER   PRIMARY KEY,
    name        VARCHAR   NOT NULL,
    applied_at  TIMESTAMP NOT NULL)"""

_POOLS: dict[str, ConnectionPool] = {}
_DOWN: set[str] = set()  # URLs whose server was unreachable at the last try: probed before the pool is asked
_MIGRATED: set[str] = set()
_POOLS_LOCK = threading.Lock()


# --- SQL ---------------------------------------------------------------------------------------

def to_pg(sql: str) -> str:
    """The store's SQL (DuckDB's ``?`` placeholders) as psycopg's: ``?`` → ``%s``, a literal ``%``
    doubled. ``to_pg("SELECT * FROM t WHERE a = ? AND b LIKE 'x%'")`` → ``… a = %s AND b LIKE 'x%%'``.
    The store's SQL never has a ``?`` inside a string literal."""
    return sql.replace("%", "%%").replace("?", "%s")


_ARROW_TYPES = {16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 700: pa.float32(),
                701: pa.float64(), 1114: pa.timestamp("us"), 1082: pa.date32(), 25: pa.string(), 1043: pa.string()}


def rows_to_arrow(description, rows: list[tuple]) -> pa.Table:
    """A psycopg result as an Arrow table with the column types DuckDB gives the same columns
    (DOUBLE PRECISION → float64, INTEGER → int32, TIMESTAMP → timestamp[us], VARCHAR → string), so
    frames made from it match the DuckDB store's column for column."""
    names = [d.name for d in description]
    arrays = []
    for i, d in enumerate(description):
        kind = _ARROW_TYPES.get(d.type_code)
        values = [row[i] for row in rows]
        if d.type_code == 1700:  # NUMERIC (an aggregate such as sum()): a number, as DuckDB's DOUBLE
            kind, values = pa.float64(), [None if v is None else float(v) for v in values]
        elif kind is None:  # a type the store's tables do not use (an expression): as text
            kind, values = pa.string(), [None if v is None else str(v) for v in values]
        arrays.append(pa.array(values, type=kind))
    return pa.Table.from_arrays(arrays, names=names) if names else pa.table({})


_LOCAL = threading.local()  # one in-memory DuckDB per thread for conversions (connecting costs ~30 ms)


def arrow_to_duckdb_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as DuckDB's ``.df()`` gives it (DuckDB converts it, so dtypes are the same)."""
    con = getattr(_LOCAL, "duckdb", None)
    if con is None:
        con = _LOCAL.duckdb = duckdb.connect(":memory:")
    return con.from_arrow(table).df()


class PgResult:
    """A finished statement's rows, read like a DuckDB result."""

    def __init__(self, cursor: psycopg.Cursor):
        self.description = cursor.description
        self.rows = cursor.fetchall() if cursor.description is not None else []

    def fetchall(self) -> list[tuple]:
        return list(self.rows)

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def arrow(self) -> pa.Table:
        return rows_to_arrow(self.description, self.rows)

    def df(self) -> pd.DataFrame:
        return arrow_to_duckdb_frame(self.arrow())


class PgCon:
    """A psycopg connection inside one transaction, with DuckDB's ``execute(sql, params)``."""

    def __init__(self, conn: psycopg.Connection, store: PostgresStore):
        self.conn, self.store = conn, store

    def execute(self, sql: str, params=None) -> PgResult:
        with self.conn.cursor() as cur:
            cur.execute(to_pg(sql), list(params) if params is not None else ())
            return PgResult(cur)

    def executemany(self, sql: str, rows) -> None:
        rows = [list(r) for r in rows]
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(to_pg(sql), rows)

    def insert_frame(self, table: str, frame: pd.DataFrame, columns: list[str]) -> None:
        """Insert ``frame``'s ``columns`` into ``table`` (names are code constants): missing values
        (NaN, NaT, NA) as NULL, numpy scalars as Python ones."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", frame_rows(frame[columns]))

    def tables(self) -> set[str]:
        return {r[0] for r in self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").fetchall()}

    def register(self, *_):
        raise NotImplementedError("PostgreSQL cannot see a pandas frame: use insert_frame")


def frame_rows(frame: pd.DataFrame) -> list[tuple]:
    """``frame``'s rows as Python values for parameters: NaN/NaT/NA → None, Timestamp → datetime,
    numpy numbers → int/float."""
    out = []
    for row in frame.astype(object).itertuples(index=False, name=None):
        out.append(tuple(_plain(v) for v in row))
    return out


def _plain(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        return value.item()
    return value


# --- connections -------------------------------------------------------------------------------

UNREACHABLE_STATES = ("57P01", "57P02", "57P03")  # admin shutdown, crash shutdown, cannot connect now
BUSY_STATES = ("55P03", "57014")  # lock_timeout, statement_timeout (or a cancelled query)


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__


def unavailable(store: PostgresStore, error: BaseException, writing: bool, committing: bool = False) -> StoreUnavailable:
    """The error people see when the server cannot be reached: Chinese first, the server named
    by host:port/dbname (never the password), and for a save that nothing was written — unless
    the connection was lost during COMMIT, when nobody can know whether the save was stored."""
    if committing:
        done = "可能未保存：请刷新后查看是否已保存 / may not have been saved: reload to check"
        return StoreUnavailable(store, f"保存时与数据库服务器 {store.where} 的连接中断（{_reason(error)}）：{done}"
                                       f" (the connection to {store.where} was lost while saving)")
    done = "保存未完成，未写入任何数据，请稍后重试" if writing else "暂时无法读取填报数据，请稍后重试"
    return StoreUnavailable(store, f"无法连接数据库服务器 {store.where}（{_reason(error)}）：{done} / "
                                   f"the database server {store.where} is unreachable")


def busy(store: PostgresStore, writing: bool) -> StoreBusy:
    """The error when the server answers but all of this process's pooled connections stayed busy
    for :data:`POOL_WAIT` seconds (many saves at once, before a deadline): busy, not unreachable."""
    done = "保存未完成，未写入任何数据" if writing else "暂时无法读取填报数据"
    return StoreBusy(store, f"数据库服务器 {store.where} 正忙（{POOL_WAIT} 秒内没有空闲连接）：{done}，请稍后重试 / "
                            f"the database server {store.where} is busy: try again")


def classify(store: PostgresStore, error: psycopg.Error, writing: bool, committing: bool = False) -> StoreError:
    """The store error for a database error, by its SQLSTATE: a connection's failure (class 08,
    a refused login 28, or no SQLSTATE at all: refused, reset, timed out) or the server going
    away (57P01–57P03) is :class:`StoreUnavailable`; a lock or statement timeout (55P03, 57014) is
    :class:`StoreBusy`, nothing written; anything else (a deadlock, a serialisation failure, a
    refused statement) a plain :class:`StoreError`, nothing written. ``committing``: raised by
    COMMIT, where a lost connection leaves the outcome unknown.

    ``LockNotAvailable`` ("canceling statement due to lock timeout", 55P03) → StoreBusy."""
    state = getattr(error, "sqlstate", None)
    if state is None or state.startswith(("08", "28")) or state in UNREACHABLE_STATES:
        return unavailable(store, error, writing, committing=committing and writing)
    done = "保存未完成，未写入任何数据" if writing else "暂时无法读取填报数据"
    if state in BUSY_STATES:
        return StoreBusy(store, f"数据库服务器 {store.where} 正忙（{_reason(error)}）：{done}，请稍后重试 / "
                                f"the database server {store.where} is busy: nothing was written, try again")
    done = "未写入任何数据" if writing else "读取失败"
    return StoreError(store, f"数据库拒绝了该操作（{_reason(error)}）：{done} / the database refused it")


_VALID: set[str] = set()  # URLs libpq has parsed


def check_url(store: PostgresStore) -> None:
    """Refuse a URL libpq cannot parse (a space or a stray ``%`` in the password) with a message
    that names host:port/dbname only — libpq's own message quotes the bad token, which may be
    part of the password. ``postgresql://app:pa ss@db1/ind`` → "数据库地址格式有误…"."""
    if store.url in _VALID:
        return
    try:
        params = conninfo_to_dict(store.url)
        for host in str(params.get("host") or "").split(","):
            if host and not host.startswith("/"):
                # a host name the resolver cannot take: "localhost:,\x80\x00@…" (a "," and a NUL in the
                # password) gives the hosts "localhost" and "\x80", and resolving it raises a UnicodeError
                host.encode("idna")
    except (psycopg.Error, ValueError, TypeError):  # UnicodeError is a ValueError
        raise StoreError(store, f"数据库地址（DATABASE_URL）格式有误，无法连接 {store.where}：密码等部分中的空格、%、@、/、?、# "
                                "须按 URL 编码（如空格写作 %20） / the database URL is malformed: percent-encode "
                                "special characters such as spaces in the password") from None
    _VALID.add(store.url)


def _probe(store: PostgresStore) -> BaseException | None:
    """Why a connection cannot be made now (the pool only says it timed out)."""
    try:
        psycopg.connect(store.url, connect_timeout=CONNECT_TIMEOUT).close()
    except psycopg.Error as e:
        return e
    return None


def _new_pool(store: PostgresStore) -> ConnectionPool:
    pool = ConnectionPool(store.url, min_size=1, max_size=POOL_SIZE, open=False, timeout=POOL_WAIT,
                          reconnect_timeout=RECONNECT_TIMEOUT, name=store.where,
                          kwargs={"connect_timeout": CONNECT_TIMEOUT, "application_name": "indicators"})
    pool.open(wait=False)
    return pool


def _pool(store: PostgresStore) -> ConnectionPool:
    with _POOLS_LOCK:
        pool = _POOLS.get(store.url)
        if pool is None:
            pool = _POOLS[store.url] = _new_pool(store)
    return pool


def _renew(store: PostgresStore, old: ConnectionPool | None) -> None:
    """Replace the store's pool ``old`` by a fresh one (unless another thread already did): after
    an outage every pooled connection is dead and the old pool's reconnect attempts are spaced
    out by a growing back-off (17–23 s after a minute down), so it would keep a save waiting."""
    with _POOLS_LOCK:
        if _POOLS.get(store.url) is not old:
            return
        _POOLS[store.url] = _new_pool(store)
    if old is not None:
        threading.Thread(target=old.close, kwargs={"timeout": CONNECT_TIMEOUT}, daemon=True).start()  # not in the save


def close(store: PostgresStore | None = None) -> None:
    """Close the pool of ``store`` (all pools when None): tests that drop a database, a server at exit."""
    with _POOLS_LOCK:
        urls = [store.url] if store is not None else list(_POOLS)
        for url in urls:
            pool = _POOLS.pop(url, None)
            _MIGRATED.discard(url)
            _DOWN.discard(url)
            if pool is not None:
                pool.close()


def _checked_out(store: PostgresStore) -> tuple[ConnectionPool, psycopg.Connection]:
    """A working connection of the store's pool. One found broken means the server restarted or
    the network dropped, so every idle one is broken too: when the server answers again the pool
    is replaced by a fresh one and asked once more; when it does not, its error is raised at once
    (rather than after the pool's :data:`POOL_WAIT`)."""
    for attempt in range(3):
        pool = _pool(store)
        try:
            conn = pool.getconn()
        except PoolClosed:  # another thread replaced it while this one waited
            if attempt == 2:
                raise
            continue
        try:
            ConnectionPool.check_connection(conn)
        except psycopg.OperationalError as broken:
            pool.putconn(conn)
            if (error := _probe(store)) is not None:
                raise error from broken
            if attempt == 2:
                raise
            _renew(store, pool)
            continue
        return pool, conn
    raise AssertionError("unreachable")  # pragma: no cover — the loop returns or raises


@contextmanager
def _connection(store: PostgresStore, writing: bool):
    """A pooled connection in one transaction (committed on exit, rolled back on error), the
    schema migrated first; errors become the store's errors by :func:`classify`."""
    check_url(store)
    if store.url in _DOWN:  # a refused connection fails at once, where the pool would wait its timeout
        if (error := _probe(store)) is not None:
            raise unavailable(store, error, writing) from error
        _DOWN.discard(store.url)
        _renew(store, _POOLS.get(store.url))  # the old pool's reconnect back-off would keep this save waiting
    committing = False
    try:
        if store.url not in _MIGRATED:
            migrate(store, writing=writing)
        pool, conn = _checked_out(store)
        try:
            yield PgCon(conn, store)
            committing = True
            conn.commit()
        except BaseException:
            with suppress(psycopg.Error):
                conn.rollback()
            raise
        finally:
            pool.putconn(conn)
    except PoolTimeout as e:
        if (error := _probe(store)) is None:  # the server answers: every pooled connection was busy
            raise busy(store, writing) from e
        _DOWN.add(store.url)
        raise unavailable(store, error, writing) from e
    except StoreUnavailable:  # from migrate()
        _DOWN.add(store.url)
        raise
    except psycopg.Error as e:
        error = classify(store, e, writing, committing)
        if isinstance(error, StoreUnavailable):
            _DOWN.add(store.url)
        raise error from e


@contextmanager
def connection(store: PostgresStore):
    """A read-only use of the store (one transaction; PostgreSQL gives it a consistent snapshot)."""
    with _connection(store, writing=False) as con:
        con.execute("SET TRANSACTION READ ONLY")
        yield con


@contextmanager
def transaction(store: PostgresStore):
    """One write transaction: the store's write lock taken first (writers take turns), the store's
    version moved on, committed on exit, rolled back on any error — all or nothing."""
    with _connection(store, writing=True) as con:
        con.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK])
        con.execute("UPDATE store_version SET n = n + 1")
        yield con


def read(store: PostgresStore, sql: str, params=None) -> pa.Table:
    """One query's result as Arrow (DuckDB's column types)."""
    with connection(store) as con:
        return con.execute(sql, params).arrow()


def version(store: PostgresStore) -> int:
    """How many writes the store has committed (a cache key that moves with every save, from any server)."""
    with connection(store) as con:
        return int(con.execute("SELECT n FROM store_version").fetchone()[0])


def _recorded(conn: psycopg.Connection) -> set[int]:
    """The versions in ``schema_migrations`` (none when the table does not exist yet)."""
    # pg_tables read with the statement's snapshot: to_regclass() may answer from this session's
    # catalog cache, which an advisory lock does not refresh (another server's new table unseen)
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                        " AND tablename = 'schema_migrations')").fetchone()[0]:
        return set()
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(store: PostgresStore, writing: bool = True) -> list[int]:
    """Apply the migrations not yet applied, in order, in ONE transaction under the migration
    lock (a second server starting at once waits, then finds them applied). Returns the versions
    applied now (``[]`` when the schema was current). A current schema is only read: an app role
    without the right to create tables starts fine once an administrator has migrated."""
    check_url(store)
    wanted = {number for number, _, _ in MIGRATIONS}
    try:
        with psycopg.connect(store.url, connect_timeout=CONNECT_TIMEOUT, application_name="indicators") as conn:
            current = wanted <= _recorded(conn)
            conn.rollback()  # end the read's transaction: the migration is a transaction of its own
            if current:
                _MIGRATED.add(store.url)
                return []
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
                done = _recorded(conn)  # again, under the lock: another server may have just migrated
                if not done:
                    conn.execute(SCHEMA_MIGRATIONS)
                applied = []
                for number, name, steps in MIGRATIONS:
                    if number in done:
                        continue
                    for step in steps:
                        conn.execute(step)
                    conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)",
                                 [number, name, datetime.now(UTC).replace(tzinfo=None)])
                    applied.append(number)
    except psycopg.Error as e:
        error = classify(store, e, writing)
        if type(error) is StoreError:  # the server refused a step, not a connection or a timeout
            error = StoreError(store, f"数据库结构升级失败，未做任何改动（{_reason(e)}） / migration failed")
        raise error from e
    _MIGRATED.add(store.url)
    return applied


def applied_migrations(store: PostgresStore) -> list[int]:
    """The migration versions recorded in the database, in order."""
    with connection(store) as con:
        return [int(r[0]) for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
