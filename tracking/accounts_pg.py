"""The accounts, their grants and the sign-in failures on PostgreSQL (issue 17): the storage
:mod:`tracking.accounts` uses when ``DATABASE_URL`` is set and ``ACCOUNTS_FILE`` is not.

Tables (migration 4 of :mod:`tracking.pg`): ``accounts`` — one row per account, its grants and
rights as JSON text (``[{"jurisdiction": "聊城市", "departments": ["市工业和信息化局"]}]``), the
password as a bcrypt hash or NULL for an OpenID Connect user; ``signin_failures`` — the failed
sign-ins per key (``user:gx``, ``addr:10.0.0.7``) that :class:`SharedSignInThrottle` counts with
the rule of :mod:`tracking.accounts` (:func:`~tracking.accounts.after_failure`). An account read
from the database is checked as one read from the file (:func:`~tracking.accounts.entry_to_account`).

Errors of the database become :class:`tracking.accounts.AccountsStoreError` (unreachable:
``AccountsUnavailable``), with the store's words: host:port/dbname, never the password.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from tracking import pg
from tracking.accounts import (
    FORGIVE_AFTER,
    MAX_PAUSE,
    Account,
    AccountError,
    AccountsStoreError,
    AccountsUnavailable,
    Failures,
    Grant,
    after_failure,
    entry_to_account,
    load_accounts,
    merged_account,
    pause_left,
)
from tracking.store import PostgresStore, StoreError, StoreUnavailable, location

THROTTLE_LOCK = 17_010  # pg_advisory_xact_lock key serialising the shared throttle's counts


@contextmanager
def pg_errors() -> Iterator[None]:
    """A store error of the accounts' database as an :class:`AccountsStoreError` (unreachable:
    :class:`AccountsUnavailable`), with the same words: callers that catch AccountError say it."""
    try:
        yield
    except AccountError:
        raise
    except StoreError as e:
        kind = AccountsUnavailable if isinstance(e, StoreUnavailable) else AccountsStoreError
        raise kind(e.path, str(e).removeprefix(f"{e.path}: ")) from e


def load(store: PostgresStore) -> dict[str, Account]:
    """Every account of the database (:func:`tracking.accounts.load_accounts` there)."""
    with pg_errors(), pg.connection(store) as con:
        return read(con, store)


def read(con, store: PostgresStore, username: str | None = None) -> dict[str, Account]:
    """The accounts of the ``accounts`` table (one, when ``username`` is given; locked for a write)."""
    sql = "SELECT username, display_name, password_hash, grants, rights FROM accounts"
    rows = (con.execute(sql + " WHERE username = ? FOR UPDATE", [username]) if username is not None
            else con.execute(sql + " ORDER BY username")).fetchall()
    accounts = {}
    for name, display_name, password_hash, grants, rights in rows:
        try:
            entry = {"display_name": display_name, "password_hash": password_hash,
                     "grants": json.loads(grants), "rights": json.loads(rights)}
        except ValueError as e:
            raise AccountError(f"{store}: 账号 {name} 的 grants 或 rights 不是有效的 JSON（{e}）") from e
        accounts[name] = entry_to_account(store, name, entry)
    return accounts


def account_to_row(account: Account) -> list:
    """The ``accounts`` row of an account (grants and rights as JSON text, Chinese kept readable):
    ``Account("gx", grants=(Grant("冠县"),))`` → ``["gx", "", None, '[{"jurisdiction": "冠县"}]', "[]", …]``."""
    grants = [{"jurisdiction": g.jurisdiction, **({"departments": list(g.departments)} if g.departments else {})}
              for g in account.grants]
    return [account.username, account.display_name, account.password_hash, json.dumps(grants, ensure_ascii=False),
            json.dumps(list(account.rights)), datetime.now(UTC).replace(tzinfo=None)]


def write(con, account: Account) -> None:
    con.execute("INSERT INTO accounts (username, display_name, password_hash, grants, rights, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name,"
                " password_hash = excluded.password_hash, grants = excluded.grants, rights = excluded.rights,"
                " updated_at = excluded.updated_at", account_to_row(account))


def add(store: PostgresStore, username: str, new_hash: str | None, grants: list[Grant], display_name: str,
        rights: list[str] | None) -> Account:
    """:func:`tracking.accounts.add_account` on the database: the account's row replaced in one
    transaction (what is not given kept from the row before)."""
    with pg_errors(), pg.transaction(store) as con:
        old = read(con, store, username).get(username)
        account = merged_account(old, username, new_hash, grants, display_name, rights)
        write(con, account)
    return account


def copy_accounts(source: Path | str, target: PostgresStore | str, replace: bool = False) -> dict[str, int]:
    """Copy every account of the TOML file ``source`` into the PostgreSQL database ``target`` in
    ONE transaction (``python -m etl store copy-accounts``): ``{"copied", "unchanged", "kept"}`` —
    written, already the same, and accounts only the database holds (left as they are).

    An account the database holds with other data (hash, grants, rights, name) is not overwritten
    unless ``replace``: the copy is refused, naming them, with nothing written."""
    source, store = Path(source), location(target)
    if not isinstance(store, PostgresStore):
        raise AccountError(f"{store}: 账号只能复制到 PostgreSQL 数据库（DATABASE_URL 或 postgresql://…） "
                           f"/ accounts are copied into a PostgreSQL database")
    if not source.is_file():
        raise AccountError(f"找不到账号文件 {source}，未复制任何账号 / no accounts file {source}")
    incoming = load_accounts(source)
    with pg_errors(), pg.transaction(store) as con:
        held = read(con, store)
        differ = [name for name, a in incoming.items() if name in held and held[name] != a]
        if differ and not replace:
            raise AccountError(f"{store}: 数据库中已有内容不同的账号 {'、'.join(differ)}，未复制任何账号：核对后用 "
                               f"--replace 以文件为准覆盖 / accounts differ in the database: use --replace")
        changed = [a for name, a in incoming.items() if held.get(name) != a]
        for account in changed:
            write(con, account)
    return {"copied": len(changed), "unchanged": len(incoming) - len(changed),
            "kept": len(set(held) - set(incoming))}


class SharedSignInThrottle:
    """The same throttle with its counts in PostgreSQL's ``signin_failures`` table: every app server
    on one database shares one limit (five failures against ``gx`` spread over three servers pause
    ``gx`` on all of them). ``clock`` None: the database server's clock, one for every app server
    (tests pass their own). The counts of one sign-in change in one transaction, under
    ``pg_advisory_xact_lock(THROTTLE_LOCK)``; forgiven rows are removed as failures come in.
    An unreachable server raises :class:`AccountsUnavailable`: signing in waits for it."""

    def __init__(self, store: PostgresStore | str, clock: Callable[[], float] | None = None):
        self.store = location(store)
        self._clock = clock

    def _now(self, con) -> float:
        if self._clock is not None:
            return self._clock()
        return float(con.execute("SELECT extract(epoch FROM clock_timestamp())").fetchone()[0])

    @staticmethod
    def _held(con, keys: list[str]) -> dict[str, Failures]:
        rows = con.execute('SELECT "key", failures, last_at FROM signin_failures WHERE "key" = ANY(?)', [keys])
        return {k: Failures(int(n), float(last)) for k, n, last in rows.fetchall()}

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until any of ``keys`` may try again (0: now)."""
        keys = list(keys)
        with pg_errors(), pg.connection(self.store) as con:
            now = self._now(con)
            held = self._held(con, keys)
        return max([0.0, *(pause_left(held.get(k), now) for k in keys)])

    def failed(self, keys: Iterable[str]) -> None:
        keys = list(dict.fromkeys(keys))
        with _throttle_write(self.store) as con:
            now = self._now(con)
            held = self._held(con, keys)
            for k in keys:
                f = after_failure(held.get(k), now)
                con.execute('INSERT INTO signin_failures ("key", failures, last_at) VALUES (?, ?, ?) ON CONFLICT ("key")'
                            " DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at",
                            [k, f.count, f.last])
            # older than the longest pause and the quiet time after it: forgiven whatever the count
            con.execute("DELETE FROM signin_failures WHERE last_at < ?", [now - MAX_PAUSE - FORGIVE_AFTER])

    def succeeded(self, keys: Iterable[str]) -> None:
        with _throttle_write(self.store) as con:
            con.execute('DELETE FROM signin_failures WHERE "key" = ANY(?)', [list(keys)])


@contextmanager
def _throttle_write(store: PostgresStore) -> Iterator:
    """One transaction changing the shared counts, under the throttle's own lock (not the store's
    write lock, and without moving the store's version: a failed sign-in is not new data)."""
    with pg_errors(), pg._connection(store, writing=True) as con:
        con.execute("SELECT pg_advisory_xact_lock(?)", [THROTTLE_LOCK])
        yield con
