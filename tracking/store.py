"""Where the officials' data lives, and the errors of reaching it (issue 17).

A *store location* is either a DuckDB file (``reported.duckdb``, a :class:`pathlib.Path`, as
before) or a PostgreSQL database (:class:`PostgresStore`, from ``DATABASE_URL``). Every function
of :mod:`tracking.reported` and :mod:`tracking.review` takes either as its first argument.

This module imports neither DuckDB nor psycopg: :mod:`settings` builds a location with it, and
the errors are shared by both back ends (:mod:`tracking.reported` re-exports them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

URL_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class PostgresStore:
    """A PostgreSQL database holding the officials' data, by its libpq URL.

    ``PostgresStore("postgresql://app:secret@db1:5432/indicators")`` — ``str()`` of it is
    ``postgresql://db1:5432/indicators``: the server as people name it, never the password."""

    url: str

    def __post_init__(self):
        if urlsplit(self.url).scheme not in URL_SCHEMES:
            raise ValueError("DATABASE_URL must start with postgresql:// (e.g. postgresql://user@host:5432/dbname)")

    @property
    def where(self) -> str:
        """``host:port/dbname`` of the URL (a unix socket folder given as ``?host=`` counts as the
        host): what messages name. ``postgresql://u:pw@db1/ind`` → ``db1:5432/ind``."""
        parts = urlsplit(self.url)
        query = parse_qs(parts.query)
        host = unquote(parts.hostname or "") or query.get("host", ["localhost"])[0]
        try:
            port = parts.port or int(query.get("port", ["5432"])[0])
        except ValueError:
            port = query.get("port", ["?"])[0]
        dbname = unquote(parts.path.lstrip("/")) or query.get("dbname", [parts.username or ""])[0]
        return f"{host}:{port}/{dbname}"

    def __str__(self) -> str:
        return f"postgresql://{self.where}"

    def __repr__(self) -> str:  # a repr in a log or a traceback must not show the password either
        return f"PostgresStore({str(self)!r})"

    def __fspath__(self):  # a PostgreSQL store is not a file: code that treats it as one fails loudly
        raise TypeError(f"{self} is a PostgreSQL database, not a file")


def location(value) -> Path | PostgresStore:
    """A store location from what a caller gave: a PostgresStore stays one, a ``postgresql://``
    URL becomes one, anything else is a DuckDB file path.

    ``location("postgresql://db1/ind")`` → PostgresStore; ``location("x/reported.duckdb")`` → Path."""
    if isinstance(value, PostgresStore):
        return value
    if isinstance(value, str) and urlsplit(value).scheme in URL_SCHEMES:
        return PostgresStore(value)
    return Path(value)


def is_postgres(value) -> bool:
    """Whether ``value`` names a PostgreSQL store (a PostgresStore or a ``postgresql://`` URL)."""
    return isinstance(location(value), PostgresStore)


class StoreError(Exception):
    """A problem with the reported-values store (carries the file, or the PostgreSQL server)."""

    def __init__(self, path, message: str):
        self.path = location(path)  # a URL given as text is shown without its password too
        super().__init__(f"{self.path}: {message}")


class StoreBusy(StoreError):
    """Another process kept the file locked for longer than LOCK_TIMEOUT."""


class StoreDamaged(StoreError):
    """The file exists but is not a readable DuckDB database (damaged, truncated, or another kind
    of file): not busy, and waiting will not help (issue 15)."""


class StoreUnavailable(StoreError):
    """The PostgreSQL server cannot be reached (down, restarting, refused the login): nothing was
    read or written; trying again later may work."""
