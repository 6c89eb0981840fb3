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

Passwords are stored only as bcrypt hashes. A department grant covers the targets whose
``lead_departments`` include that department (the lead department keeps the 台账). Signing in
with ``st.login`` happens in the app (``dashboard/auth.py``); this module never imports Streamlit.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import bcrypt
import tomlkit
import tomlkit.items

import settings

ALL_JURISDICTIONS = "*"
DOCUMENTS_RIGHT = "documents"  # add, replace, withdraw documents and review their targets
RIGHTS = (DOCUMENTS_RIGHT,)
BCRYPT_ROUNDS = 12
# A valid hash of a random password, checked when the user is unknown so that a wrong user name
# takes as long as a wrong password.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(4))


class AccountError(Exception):
    """A problem with the accounts file or an account's data."""


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


def accounts_path() -> Path:
    """The accounts file: env ``ACCOUNTS_FILE``, else ``config/accounts.toml`` (:mod:`settings`)."""
    return settings.accounts_file()


def load_accounts(path: Path | str | None = None) -> dict[str, Account]:
    """Read every account of the TOML file; a missing file means no accounts (nobody writes)."""
    path = Path(path) if path else accounts_path()
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise AccountError(f"{path}: 不是有效的 TOML 文件（{e}）") from e
    accounts = {}
    for username, entry in (data.get("accounts") or {}).items():
        if not isinstance(entry, dict):
            raise AccountError(f"{path}: 账号 {username} 应为一个表（[accounts.{username}]）")
        grants = []
        for g in entry.get("grants") or []:
            if not isinstance(g, dict) or not g.get("jurisdiction"):
                raise AccountError(f"{path}: 账号 {username} 的授权缺少 jurisdiction")
            grants.append(Grant(str(g["jurisdiction"]), tuple(str(d) for d in g.get("departments") or ())))
        rights = entry.get("rights") or []
        if not isinstance(rights, list) or any(r not in RIGHTS for r in rights):
            raise AccountError(f"{path}: 账号 {username} 的 rights 只能包含 {'、'.join(RIGHTS)}")
        accounts[username] = Account(username, str(entry.get("display_name") or ""),
                                     entry.get("password_hash") or None, tuple(grants), tuple(rights))
    return accounts


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    """A bcrypt hash of ``password`` (bcrypt reads at most 72 bytes: longer ones are refused)."""
    raw = password.encode("utf-8")
    if not raw:
        raise AccountError("密码不能为空")
    if len(raw) > 72:
        raise AccountError("密码过长（最多 72 字节）")
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(accounts: dict[str, Account], username: str, password: str) -> Account | None:
    """The account if ``password`` matches its hash, else None (unknown users cost the same)."""
    account = accounts.get(username)
    stored = (account.password_hash or "").encode("ascii") if account else b""
    try:
        ok = bcrypt.checkpw(password.encode("utf-8"), stored or _DUMMY_HASH)
    except ValueError:  # malformed hash or over-long password
        return None
    return account if ok and stored else None


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


def add_account(path: Path | str | None, username: str, password: str | None,
                grants: list[Grant], display_name: str = "", rounds: int = BCRYPT_ROUNDS,
                rights: list[str] | None = None) -> Account:
    """Add (or replace) an account in the TOML file, storing only a bcrypt hash of the password.

    The file is edited with :mod:`tomlkit`, so administrators' comments and the other accounts stay
    as they wrote them; it is replaced atomically. ``password`` None keeps an existing hash (or
    makes an OIDC-only account).
    """
    path = Path(path) if path else accounts_path()
    username = username.strip()
    if not username or any(ch in username for ch in "\r\n"):
        raise AccountError("账号名不能为空或包含换行")
    accounts = load_accounts(path)
    old = accounts.get(username)
    new_hash = hash_password(password, rounds) if password is not None else (old.password_hash if old else None)
    if rights is not None and any(r not in RIGHTS for r in rights):
        raise AccountError(f"未知的权限：{'、'.join(r for r in rights if r not in RIGHTS)}（可用：{'、'.join(RIGHTS)}）")
    kept_rights = tuple(rights) if rights is not None else (old.rights if old else ())
    account = Account(username, display_name or (old.display_name if old else ""), new_hash, tuple(grants),
                      kept_rights)
    document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else new_accounts_document()
    table = document.setdefault("accounts", tomlkit.table(is_super_table=True))
    table[username] = account_to_table(account)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(tomlkit.dumps(document), encoding="utf-8")
    os.replace(tmp, path)
    return account


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
