"""Where the officials' data lives, and the errors of reaching it (issue 17).

A *store location* is either a DuckDB file (``reported.duckdb``, a :class:`pathlib.Path`, as
before) or a PostgreSQL database (:class:`PostgresStore`, from ``DATABASE_URL``). Every function
of :mod:`tracking.reported` and :mod:`tracking.review` takes either as its first argument.

This module imports neither DuckDB nor psycopg: :mod:`settings` builds a location with it, and
the errors are shared by both back ends (:mod:`tracking.reported` re-exports them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

URL_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class PostgresStore:
    """A PostgreSQL database holding the officials' data, by its libpq URL.

    ``PostgresStore("postgresql://app:secret@db1:5432/indicators")`` — ``str()`` of it is
    ``postgresql://db1:5432/indicators``: the server as people name it, never the password."""

    url: str

    def __post_init__(self):
        if _scheme(self.url) not in URL_SCHEMES:
            raise ValueError("DATABASE_URL must start with postgresql:// (e.g. postgresql://user@host:5432/dbname)")

    @property
    def where(self) -> str:
        """``host:port/dbname`` of the URL as libpq reads it (a unix socket folder given as
        ``?host=`` counts as the host), with any part of the password taken out: what messages
        name. ``postgresql://u:pw@db1/ind`` → ``db1:5432/ind``."""
        parts = uri_parts(self.url)
        params = parts["params"]
        host = params.get("host") or parts["host"] or "localhost"
        port = params.get("port") or parts["port"] or "5432"
        dbname = params.get("dbname") or parts["dbname"] or params.get("user") or parts["user"] or ""
        return self.scrub(f"{host}:{port}/{dbname}")

    def secrets(self) -> list[str]:
        """What the URL's password may be, longest first: as written and percent-decoded, with
        ``user:`` before it, as libpq reads the URL (credentials end at the first ``@`` before any
        ``/``) and as people mean it (they end at the last ``@``), and a ``?password=``
        parameter. Only those of 3 characters or more: a shorter one would blank ordinary words."""
        found = set()
        rest = self.url.split("://", 1)[-1]
        libpq = uri_parts(self.url)
        for user, password in ((libpq["user_raw"], libpq["password_raw"]),
                               _split_userinfo(rest.rpartition("@")[0]) if "@" in rest else ("", ""),
                               ("", _param_raw(self.url, "password"))):
            if password:
                found |= {password, _decoded(password), f"{user}:{password}" if user else password}
        return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)

    def scrub(self, text: str) -> str:
        """``text`` with every form of the password (:meth:`secrets`) replaced by ``***``."""
        for secret in self.secrets():
            text = text.replace(secret, "***")
        return text

    def __str__(self) -> str:
        return f"postgresql://{self.where}"

    def __repr__(self) -> str:  # a repr in a log or a traceback must not show the password either
        return f"PostgresStore({str(self)!r})"

    def __fspath__(self):  # a PostgreSQL store is not a file: code that treats it as one fails loudly
        raise TypeError(f"{self} is a PostgreSQL database, not a file")


def _scheme(url: str) -> str:
    """``postgresql://…`` → ``postgresql`` (lower case); "" without ``://``. Not urlsplit: it
    rejects a URL whose password holds a ``[``."""
    head, found, _ = url.partition("://")
    return head.lower() if found and head.isalnum() else ""


def _decoded(text: str) -> str:
    """``text`` percent-decoded (libpq's rule), or as it is when it has a bad ``%`` token."""
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return text


def _split_userinfo(userinfo: str) -> tuple[str, str]:
    user, _, password = userinfo.partition(":")
    return user, password


def _param_raw(url: str, name: str) -> str:
    """A query parameter's value as written (``?password=pw&…`` → ``pw``), "" when absent."""
    query = url.partition("?")[2]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if _decoded(key) == name:
            return value
    return ""


def uri_parts(url: str) -> dict:
    """A ``postgresql://`` URL split the way libpq splits it (fe-connect.c): the credentials end
    at the first ``@`` before any ``/``, the user at the first ``:``; the host at ``:``, ``/``,
    ``?`` or ``,``; the database at ``?``; query parameters decoded. Lenient: never raises.

    ``uri_parts("postgresql://app:pw@db1:5433/ind?sslmode=require")`` → user ``app``, password
    ``pw``, host ``db1``, port ``5433``, dbname ``ind``, params ``{"sslmode": "require"}``."""
    rest = url.split("://", 1)[-1]
    user_raw = password_raw = ""
    head = re.match(r"[^@/]*", rest).group(0)
    if rest[len(head):len(head) + 1] == "@":
        user_raw, password_raw = _split_userinfo(head)
        rest = rest[len(head) + 1:]
    hostport = re.match(r"(\[[^\]]*\]|[^:/?,]*)(?::([^/?,]*))?", rest)
    host, port = hostport.group(1).strip("[]"), hostport.group(2) or ""
    after = rest[hostport.end():]
    after = after[after.index("/") if "/" in after.split("?", 1)[0] else len(after.split("?", 1)[0]):]
    path, _, query = after.partition("?")
    params = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        params[_decoded(key)] = _decoded(value)
    return {"user_raw": user_raw, "password_raw": password_raw, "user": _decoded(user_raw),
            "host": _decoded(host), "port": _decoded(port), "dbname": _decoded(path.lstrip("/")), "params": params}


def location(value) -> Path | PostgresStore:
    """A store location from what a caller gave: a PostgresStore stays one, a ``postgresql://``
    URL becomes one, anything else is a DuckDB file path.

    ``location("postgresql://db1/ind")`` → PostgresStore; ``location("x/reported.duckdb")`` → Path."""
    if isinstance(value, PostgresStore):
        return value
    if isinstance(value, str) and _scheme(value) in URL_SCHEMES:
        return PostgresStore(value)
    return Path(value)


def is_postgres(value) -> bool:
    """Whether ``value`` names a PostgreSQL store (a PostgresStore or a ``postgresql://`` URL)."""
    return isinstance(location(value), PostgresStore)


class StoreError(Exception):
    """A problem with the reported-values store (carries the file, or the PostgreSQL server)."""

    def __init__(self, path, message: str):
        self.path = location(path)  # a URL given as text is shown without its password too
        if isinstance(self.path, PostgresStore):  # a server's message may quote part of the URL
            message = self.path.scrub(message)
        super().__init__(f"{self.path}: {message}")


class StoreBusy(StoreError):
    """Another process kept the file locked for longer than LOCK_TIMEOUT."""


class StoreDamaged(StoreError):
    """The file exists but is not a readable DuckDB database (damaged, truncated, or another kind
    of file): not busy, and waiting will not help (issue 15)."""


class StoreUnavailable(StoreError):
    """The PostgreSQL server cannot be reached (down, restarting, refused the login): nothing was
    read or written; trying again later may work."""
