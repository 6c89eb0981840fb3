"""Who may write reported values: local accounts and their grants (issue 3, item 7).

Viewing stays open; saving and importing need an account, and an account writes only the
jurisdictions (optionally: only the departments) it is granted.

Accounts live in a TOML file, ``config/accounts.toml`` by default (env ``ACCOUNTS_FILE``; the
file is gitignored, ``config/accounts.example.toml`` shows the format)::

    [accounts.guanxian_fgj]
    display_name = "冠县发展改革局"
    password_hash = "$2b$12$…"                 # written by `python -m etl add-account`
    grants = [
      { jurisdiction = "冠县" },                  # every department of 冠县
      { jurisdiction = "聊城市", departments = ["市发展改革委"] },  # only targets it leads
    ]

    [accounts.wenjian_admin]
    rights = ["documents"]                    # may add documents and review what was read (文件管理)
    grants = [{ jurisdiction = "*" }]

    [accounts."li@example.org"]               # an OpenID Connect user (st.login): matched by
    grants = [{ jurisdiction = "*" }]          # e-mail, no password; "*" = every jurisdiction

Passwords are stored only as bcrypt hashes, in a file only its owner may read (mode 0600). A
department grant covers the targets whose ``lead_departments`` include that department (the lead
department keeps the 台账). Signing in with ``st.login`` happens in the app (``dashboard/auth.py``);
this module never imports Streamlit.

Guessing is slowed down (:func:`sign_in`): an unknown user name costs a bcrypt check of the same
cost as a real one, so the time taken does not tell which names exist; and after
``FAILURES_BEFORE_PAUSE`` failed attempts for one account name or from one address, further
attempts are refused for a pause that doubles with each further failure (``FIRST_PAUSE`` up to
``MAX_PAUSE``), forgiven after ``FORGIVE_AFTER`` quiet seconds past the pause. The failures are
kept in this process's memory (:data:`THROTTLE`): the app is one process, and a restart forgets them.

On PostgreSQL (issue 17, ``DATABASE_URL``; docs/postgres.md): when ``ACCOUNTS_FILE`` is not set,
the accounts live in the database's ``accounts`` table instead of the file, behind the same
:func:`load_accounts` and :func:`add_account` (``python -m etl store copy-accounts`` moves a file
in); and the sign-in failures are counted in its ``signin_failures`` table
(:class:`tracking.accounts_pg.SharedSignInThrottle`), so every app server on that database
enforces one limit. Both throttles apply the same rule (:func:`after_failure`, :func:`pause_left`);
only the storage differs. The PostgreSQL storage is :mod:`tracking.accounts_pg`.
"""

from __future__ import annotations

import functools
import os
import threading
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import bcrypt
import tomlkit
import tomlkit.items

import settings
from tracking.store import PostgresStore, StoreError, StoreUnavailable, location

if TYPE_CHECKING:
    from tracking.accounts_pg import SharedSignInThrottle

ALL_JURISDICTIONS = "*"
DOCUMENTS_RIGHT = "documents"  # add, replace, withdraw documents and review their targets
RIGHTS = (DOCUMENTS_RIGHT,)
BCRYPT_ROUNDS = 12
FAILURES_BEFORE_PAUSE = 5     # failed sign-ins allowed before a pause
FIRST_PAUSE = 30.0            # seconds; doubles with each further failure
MAX_PAUSE = 3600.0
FORGIVE_AFTER = 15 * 60.0     # quiet seconds after a pause that reset the count
MAX_TRACKED = 10_000          # names and addresses remembered before forgiven ones are dropped


@functools.cache
def _dummy_hash(rounds: int) -> bytes:
    """A valid hash of a random password at ``rounds``, checked when the user is unknown so that a
    wrong user name takes as long as a wrong password. Made on first use (about a quarter of a
    second at 12 rounds), not at import."""
    return bcrypt.hashpw(os.urandom(16).hex().encode("ascii"), bcrypt.gensalt(rounds))


class AccountError(Exception):
    """A problem with the accounts file or an account's data."""


class AccountsStoreError(AccountError, StoreError):
    """The accounts' PostgreSQL database refused a read or write: both an :class:`AccountError`
    (for callers that handle accounts) and a :class:`tracking.store.StoreError` (the same words)."""


class AccountsUnavailable(AccountsStoreError, StoreUnavailable):
    """The accounts' PostgreSQL server cannot be reached: nothing was read or written."""


class SignInPaused(AccountError):
    """Too many failed sign-ins for this name or address: try again in ``seconds``."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"登录失败次数过多，请 {int(seconds + 0.999)} 秒后再试")


class PermissionDenied(AccountError):
    """An account tried to write a jurisdiction (or department) it is not granted."""

    def __init__(self, account: str | None, jurisdiction: str, department: str | None = None):
        self.account, self.jurisdiction, self.department = account, jurisdiction, department
        where = jurisdiction + (f"（{department}）" if department else "")
        who = f"账号 {account}" if account else "未登录用户"
        super().__init__(f"{who} 无权填报 {where} 的数据")


@dataclass(frozen=True)
class Grant:
    """Write access to one jurisdiction ("*" = all); ``departments`` empty = every department."""

    jurisdiction: str
    departments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str = ""
    password_hash: str | None = None
    grants: tuple[Grant, ...] = field(default_factory=tuple)
    rights: tuple[str, ...] = ()  # beyond reporting values: "documents" (issue 14)


def accounts_path() -> Path | PostgresStore:
    """Where the accounts live (:func:`settings.accounts_location`): env ``ACCOUNTS_FILE``, else the
    PostgreSQL database of ``DATABASE_URL`` (shown as ``postgresql://host:port/dbname``, never the
    password), else ``config/accounts.toml``."""
    return location(settings.accounts_location())


def _where(path) -> Path | PostgresStore:
    """An explicit file (or ``postgresql://`` URL, or PostgresStore) as given; None: :func:`accounts_path`."""
    return location(path) if path else accounts_path()


def load_accounts(path: Path | str | PostgresStore | None = None) -> dict[str, Account]:
    """Every account of the TOML file, or of the PostgreSQL database when the accounts live there;
    a missing file (or an empty table) means no accounts (nobody writes)."""
    where = _where(path)
    if isinstance(where, PostgresStore):
        from tracking import accounts_pg

        return accounts_pg.load(where)
    path = where
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise AccountError(f"{path}: 不是有效的 TOML 文件（{e}）") from e
    return {username: entry_to_account(path, username, entry)
            for username, entry in (data.get("accounts") or {}).items()}


def entry_to_account(where, username: str, entry) -> Account:
    """One account from its entry (a TOML table, or a database row as a dict), checked the same
    way for both: ``{"grants": [{"jurisdiction": "冠县"}]}`` → ``Account(username, grants=(Grant("冠县"),))``.
    Raises :class:`AccountError` naming ``where`` and the account."""
    if not isinstance(entry, dict):
        raise AccountError(f"{where}: 账号 {username} 应为一个表（[accounts.{username}]）")
    grants = []
    for g in entry.get("grants") or []:
        if not isinstance(g, dict) or not g.get("jurisdiction"):
            raise AccountError(f"{where}: 账号 {username} 的授权缺少 jurisdiction")
        grants.append(Grant(str(g["jurisdiction"]), tuple(str(d) for d in g.get("departments") or ())))
    rights = entry.get("rights") or []
    if not isinstance(rights, list) or any(r not in RIGHTS for r in rights):
        raise AccountError(f"{where}: 账号 {username} 的 rights 只能包含 {'、'.join(RIGHTS)}")
    return Account(username, str(entry.get("display_name") or ""), entry.get("password_hash") or None,
                   tuple(grants), tuple(rights))


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    """A bcrypt hash of ``password`` (bcrypt reads at most 72 bytes: longer ones are refused)."""
    raw = password.encode("utf-8")
    if not raw:
        raise AccountError("密码不能为空")
    if len(raw) > 72:
        raise AccountError("密码过长（最多 72 字节）")
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(accounts: dict[str, Account], username: str, password: str) -> Account | None:
    """The account if ``password`` matches its hash, else None. An unknown user, or one without a
    password (OpenID Connect only), is checked against a dummy hash of cost BCRYPT_ROUNDS: as slow
    as a real account's wrong password."""
    account = accounts.get(username)
    stored = (account.password_hash or "").encode("ascii") if account else b""
    try:
        ok = bcrypt.checkpw(password.encode("utf-8"), stored or _dummy_hash(BCRYPT_ROUNDS))
    except ValueError:  # malformed hash or over-long password
        return None
    return account if ok and stored else None


@dataclass(frozen=True)
class Failures:
    """Failed sign-ins of one key: how many, and when the last one was (seconds, the throttle's clock)."""

    count: int
    last: float


def pause_after(failures: int) -> float:
    """Seconds refused after ``failures`` failed attempts: none up to 5, then 30, 60, 120 … up to an hour."""
    if failures < FAILURES_BEFORE_PAUSE:
        return 0.0
    return min(FIRST_PAUSE * 2 ** (failures - FAILURES_BEFORE_PAUSE), MAX_PAUSE)


def pause_left(f: Failures | None, now: float) -> float:
    """Seconds until the key may try again: 5 failures, the last at 1000.0 → at 1010.0, 20.0 left."""
    return max(0.0, f.last + pause_after(f.count) - now) if f else 0.0


def forgiven(f: Failures, now: float) -> bool:
    """Whether the failures are forgiven: ``FORGIVE_AFTER`` quiet seconds past the pause."""
    return now - (f.last + pause_after(f.count)) > FORGIVE_AFTER


def after_failure(f: Failures | None, now: float) -> Failures:
    """The key's failures after one more at ``now``: counted from one again once forgiven.
    ``after_failure(Failures(5, 1000.0), 1031.0)`` → ``Failures(6, 1031.0)`` (a 60 s pause)."""
    if f is None or forgiven(f, now):
        return Failures(1, now)
    return Failures(f.count + 1, now)


class SignInThrottle:
    """Failed sign-ins per key (``"user:gx"``, ``"addr:10.0.0.7"``), in memory, safe across threads.

    ``clock`` is a monotonic clock in seconds (tests pass their own)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, Failures] = {}

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until any of ``keys`` may try again (0: now)."""
        now = self._clock()
        with self._lock:
            return max([0.0, *(pause_left(self._failures.get(k), now) for k in keys)])

    def failed(self, keys: Iterable[str]) -> None:
        now = self._clock()
        with self._lock:
            for k in keys:
                self._failures[k] = after_failure(self._failures.get(k), now)
            if len(self._failures) > MAX_TRACKED:
                self._failures = {k: f for k, f in self._failures.items() if not forgiven(f, now)}

    def succeeded(self, keys: Iterable[str]) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


@functools.cache
def _shared_throttle(url: str) -> SharedSignInThrottle:
    from tracking.accounts_pg import SharedSignInThrottle

    return SharedSignInThrottle(url)


def default_throttle() -> SignInThrottle | SharedSignInThrottle:
    """The throttle :func:`sign_in` uses: with ``DATABASE_URL`` the database's (shared by every app
    server on it), else this process's :data:`THROTTLE`."""
    url = settings.database_url()
    if url and isinstance(location(url), PostgresStore):
        return _shared_throttle(url)
    return THROTTLE


THROTTLE = SignInThrottle()


def sign_in(accounts: dict[str, Account], username: str, password: str, address: str | None,
            throttle: SignInThrottle | SharedSignInThrottle | None = None) -> Account | None:
    """Check a password sign-in, slowed down after repeated failures for the name or the address.

    Raises :class:`SignInPaused` (without checking the password) while a pause runs; otherwise the
    account, or None for a wrong name or password (counted against both). Success clears the
    name's count, not the address's: one right password does not reset guesses at other names.
    ``throttle`` defaults to :func:`default_throttle` (the database's with ``DATABASE_URL``, else
    the process's :data:`THROTTLE`)."""
    throttle = throttle or default_throttle()
    user_key, address_key = f"user:{username.strip().lower()}", f"addr:{address or 'local'}"
    wait = throttle.wait((user_key, address_key))
    if wait > 0:
        raise SignInPaused(wait)
    account = verify_password(accounts, username, password)
    if account is None:
        throttle.failed((user_key, address_key))
    else:
        throttle.succeeded((user_key,))
    return account


def unknown_jurisdictions(grants: Iterable[Grant], known: Iterable[str]) -> list[str]:
    """Granted jurisdictions that the built database does not hold ("*" is always known):
    a grant of "冠县 " or "冠 县" would let nobody write anything."""
    have = set(known)
    return [g.jurisdiction for g in grants if g.jurisdiction != ALL_JURISDICTIONS and g.jurisdiction not in have]


def can_write(account: Account | None, jurisdiction: str, department: str | None = None) -> bool:
    """May ``account`` write values of ``jurisdiction`` (for ``department``, when given)?

    Without a department, only a grant covering every department of the jurisdiction allows it.
    """
    if account is None:
        return False
    for g in account.grants:
        if g.jurisdiction not in (ALL_JURISDICTIONS, jurisdiction):
            continue
        if not g.departments or (department is not None and department in g.departments):
            return True
    return False


def require_write(account: Account | None, jurisdiction: str, department: str | None = None) -> None:
    """Raise :class:`PermissionDenied` (naming account and jurisdiction) unless allowed."""
    if not can_write(account, jurisdiction, department):
        raise PermissionDenied(account.username if account else None, jurisdiction, department)


def can_write_target(account: Account | None, jurisdiction: str, lead_departments) -> bool:
    """A target is writable through its jurisdiction, or through one of its lead departments."""
    if can_write(account, jurisdiction):
        return True
    return any(can_write(account, jurisdiction, d) for d in (lead_departments if lead_departments is not None else ()))


def writable_jurisdictions(account: Account | None, known: list[str]) -> list[str]:
    """The jurisdictions of ``known`` where the account holds any grant (for pickers)."""
    if account is None:
        return []
    granted = {g.jurisdiction for g in account.grants}
    return [j for j in known if ALL_JURISDICTIONS in granted or j in granted]


def add_account(path: Path | str | PostgresStore | None, username: str, password: str | None,
                grants: list[Grant], display_name: str = "", rounds: int = BCRYPT_ROUNDS,
                rights: list[str] | None = None) -> Account:
    """Add (or replace) an account, storing only a bcrypt hash of the password: in the TOML file,
    or in the PostgreSQL database when the accounts live there (``path`` None: :func:`accounts_path`).

    The file is edited with :mod:`tomlkit`, so administrators' comments and the other accounts stay
    as they wrote them; it is replaced atomically. In the database the account's row is replaced in
    one transaction. ``password`` None keeps an existing hash (or makes an OIDC-only account).
    """
    where = _where(path)
    username = username.strip()
    if not username or any(ch in username for ch in "\r\n"):
        raise AccountError("账号名不能为空或包含换行")
    if rights is not None and any(r not in RIGHTS for r in rights):
        raise AccountError(f"未知的权限：{'、'.join(r for r in rights if r not in RIGHTS)}（可用：{'、'.join(RIGHTS)}）")
    new_hash = hash_password(password, rounds) if password is not None else None
    if isinstance(where, PostgresStore):
        from tracking import accounts_pg

        return accounts_pg.add(where, username, new_hash, grants, display_name, rights)
    path = where
    old = load_accounts(path).get(username)
    account = merged_account(old, username, new_hash, grants, display_name, rights)
    document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else new_accounts_document()
    table = document.setdefault("accounts", tomlkit.table(is_super_table=True))
    table[username] = account_to_table(account)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, tomlkit.dumps(document))
    return account


def merged_account(old: Account | None, username: str, new_hash: str | None, grants: list[Grant], display_name: str,
                   rights: list[str] | None) -> Account:
    """The account as add-account leaves it: what is not given (hash, display name, rights) kept from ``old``."""
    return Account(username, display_name or (old.display_name if old else ""),
                   new_hash if new_hash is not None else (old.password_hash if old else None), tuple(grants),
                   tuple(rights) if rights is not None else (old.rights if old else ()))


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` atomically by ``text`` in a file only its owner may read or write (0600):
    the hashes are not for other users of the machine to try offline."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # a .tmp left by an earlier run keeps its old mode otherwise
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            fd = -1
            f.write(text)
    finally:
        if fd >= 0:
            os.close(fd)
    os.replace(tmp, path)


def new_accounts_document() -> tomlkit.TOMLDocument:
    document = tomlkit.document()
    document.add(tomlkit.comment("Local accounts of the dashboard: written by `python -m etl add-account`."))
    document.add(tomlkit.comment("Passwords are bcrypt hashes. See config/accounts.example.toml."))
    document.add(tomlkit.nl())
    return document


def account_to_table(account: Account) -> tomlkit.items.Table:
    """One account as the TOML table of the format above."""
    table = tomlkit.table()
    if account.display_name:
        table["display_name"] = account.display_name
    if account.password_hash:
        table["password_hash"] = account.password_hash
    grants = tomlkit.array()
    for g in account.grants:
        grant = tomlkit.inline_table()
        grant["jurisdiction"] = g.jurisdiction
        if g.departments:
            grant["departments"] = list(g.departments)
        grants.append(grant)
    table["grants"] = grants.multiline(True)
    if account.rights:
        table["rights"] = list(account.rights)
    return table


def can_manage_documents(account: Account | None) -> bool:
    """May ``account`` add, replace and withdraw documents and review their targets (issue 14)?"""
    return account is not None and DOCUMENTS_RIGHT in account.rights
