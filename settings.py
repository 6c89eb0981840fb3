"""Every path and environment variable of the product, each with its one default.

Commands, pages and library code ask this module; nothing else reads ``os.environ`` for a
setting. The functions read the environment when called (not once at import), so a test or a
server started with another environment sees its own values.

| setting | environment variable | default |
|---|---|---|
| the built database | ``INDICATORS_DB`` | ``indicators.duckdb`` at the repository root |
| officials' reported values | ``REPORTED_DB`` | ``reported.duckdb`` beside the built database |
| officials' data on a PostgreSQL server instead (docs/postgres.md) | ``DATABASE_URL`` | none: the DuckDB file above |
| source documents | ``SOURCES_DIR`` | ``data/sources`` |
| local accounts | ``ACCOUNTS_FILE`` | ``config/accounts.toml``; with ``DATABASE_URL`` and no ``ACCOUNTS_FILE``: that database |
| nginx machines in front of Streamlit (their ``X-Forwarded-For`` is believed) | ``TRUSTED_PROXIES`` | none: only 127.0.0.1 |
| show reviewed targets only | ``REVIEWED_ONLY`` | off: every target not rejected, unreviewed ones marked |
| largest document accepted | ``MAX_DOCUMENT_MB`` | 200 |
| largest unpacked size of a DOCX read by the build | ``MAX_UNPACKED_MB`` | 200 |
| most pages of a PDF read by the build | ``MAX_PDF_PAGES`` | 2000 |
| hand readings for ``evaluate`` | — | ``data/readings`` |
| indicator catalog, sectors | — | ``data/indicator_catalog.csv``, ``data/sectors.csv`` |
| department aliases (alias,canonical) | ``DEPARTMENT_ALIASES`` | ``data/department_aliases.csv`` |
| department e-mail addresses (department,email) | ``DEPARTMENT_CONTACTS`` | ``data/department_contacts.csv`` |
| mail server for reminders (催报) | ``SMTP_HOST``, ``SMTP_PORT``, ``SMTP_FROM`` | none (no e-mail), port 25 |

Relative values in the environment are taken from the current folder, as a shell user expects;
the defaults are absolute, so ``python -m etl build`` run from any folder writes the database
that ``make run`` shows.

Commands that take ``--db`` and ``--reported-db`` resolve them with :func:`resolve_stores`: the
reported store follows the database it belongs to (``--db X`` alone means ``X``'s folder's
``reported.duckdb``), unless ``REPORTED_DB`` or ``--reported-db`` names it. With ``DATABASE_URL``
set, the officials' store is that PostgreSQL database (its URL, which :mod:`tracking.store` reads as
a ``PostgresStore``) unless ``--reported-db`` names a file.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA_DIR = ROOT / "data"
CATALOG_CSV = DATA_DIR / "indicator_catalog.csv"
SECTORS_CSV = DATA_DIR / "sectors.csv"
READINGS_DIR = DATA_DIR / "readings"
CONFIG_DIR = ROOT / "config"
APP_ICON = ROOT / "dashboard" / "assets" / "icon.png"  # the tab's icon, served by the app itself (issue 15: CSP)
RUN_DIR = ROOT / ".run"  # nginx's configuration, pid and logs while `make run` serves

INDICATORS_DB_NAME = "indicators.duckdb"
REPORTED_DB_NAME = "reported.duckdb"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def indicators_db() -> Path:
    """The built database: env ``INDICATORS_DB``, else ``indicators.duckdb`` at the repository root."""
    return _env_path("INDICATORS_DB") or ROOT / INDICATORS_DB_NAME


def database_url() -> str | None:
    """The PostgreSQL database holding the officials' data: env ``DATABASE_URL``
    (``postgresql://user:password@host:5432/dbname``), else None (the DuckDB file :func:`reported_db`)."""
    value = os.environ.get("DATABASE_URL", "").strip()
    return value or None


URL_PREFIXES = ("postgresql://", "postgres://")


def reported_db(indicators: Path | str | None = None) -> Path | str:
    """The officials' store: the URL of ``DATABASE_URL`` when set (every function of
    :mod:`tracking.reported` and :mod:`tracking.review` takes it, as a
    :class:`tracking.store.PostgresStore`); else env ``REPORTED_DB``, else ``reported.duckdb``
    beside ``indicators`` (default :func:`indicators_db`)."""
    url = database_url()
    if url is not None:
        if not url.startswith(URL_PREFIXES):
            raise SettingError("DATABASE_URL must start with postgresql:// (e.g. postgresql://user@host:5432/dbname)")
        return url
    env = _env_path("REPORTED_DB")
    if env is not None:
        return env
    return Path(indicators if indicators is not None else indicators_db()).parent / REPORTED_DB_NAME


def resolve_stores(db: Path | str | None, reported: Path | str | None) -> tuple:
    """``(--db, --reported-db)`` of any command → the database file and the officials' store, each
    resolved the same way.

    ``resolve_stores("/srv/x/indicators.duckdb", None)`` → the database and
    ``/srv/x/reported.duckdb`` (when ``REPORTED_DB`` and ``DATABASE_URL`` are unset; with
    ``DATABASE_URL``, its PostgresStore). A ``--reported-db`` given names a file and wins.
    """
    indicators = Path(db) if db is not None else indicators_db()
    return indicators, store_argument(reported) if reported is not None else reported_db(indicators)


def store_argument(value) -> Path | str:
    """``--reported-db``'s value: a ``postgresql://`` URL stays text (a PostgreSQL store, see
    :func:`reported_db`), anything else is a DuckDB file's path."""
    if isinstance(value, str) and value.startswith(URL_PREFIXES):
        return value
    return value if not isinstance(value, str) else Path(value)


def sources_dir() -> Path:
    """The documents folder: env ``SOURCES_DIR``, else ``data/sources``."""
    return _env_path("SOURCES_DIR") or DATA_DIR / "sources"


def accounts_file() -> Path:
    """The local accounts: env ``ACCOUNTS_FILE``, else ``config/accounts.toml``."""
    return _env_path("ACCOUNTS_FILE") or CONFIG_DIR / "accounts.toml"


def accounts_location() -> Path | str:
    """Where the accounts and grants live: env ``ACCOUNTS_FILE`` when set (that file, as before);
    else the PostgreSQL database of ``DATABASE_URL`` when set (its URL; docs/postgres.md); else
    ``config/accounts.toml``. An explicitly named file wins, as ``--accounts-file`` does."""
    named = _env_path("ACCOUNTS_FILE")
    if named is not None:
        return named
    url = database_url()
    if url is not None:
        if not url.startswith(URL_PREFIXES):
            raise SettingError("DATABASE_URL must start with postgresql:// (e.g. postgresql://user@host:5432/dbname)")
        return url
    return CONFIG_DIR / "accounts.toml"


def trusted_proxies() -> frozenset[str]:
    """Addresses of the nginx machines in front of this app server, env ``TRUSTED_PROXIES``
    (separated by commas or spaces); default none. A connection from one of them is a browser
    passed on by nginx, whose address is the last ``X-Forwarded-For`` entry (docs/scaling.md);
    nginx on the same machine (127.0.0.1) is always believed.
    ``TRUSTED_PROXIES="10.0.0.5, 10.0.0.6"`` → ``frozenset({"10.0.0.5", "10.0.0.6"})``."""
    return frozenset((os.environ.get("TRUSTED_PROXIES") or "").replace(",", " ").split())


def reviewed_only() -> bool:
    """Show only targets an official reviewed (confirmed, corrected or added): env ``REVIEWED_ONLY``
    set to 1/true/yes/on; default off (every target not rejected, unreviewed ones marked)."""
    return (os.environ.get("REVIEWED_ONLY") or "").strip().lower() in {"1", "true", "yes", "on"}


def max_document_bytes() -> int:
    """The largest document ``documents add`` and the 文件管理 page accept: env ``MAX_DOCUMENT_MB``
    (megabytes), default 200."""
    value = os.environ.get("MAX_DOCUMENT_MB")
    try:
        megabytes = float(value) if value else 200.0
    except ValueError:
        megabytes = 200.0
    return int(megabytes * 1024 * 1024)


def max_unpacked_bytes() -> int:
    """The most a DOCX (a zip archive) may unpack to before the build refuses it, counted from the
    sizes its members declare: env ``MAX_UNPACKED_MB`` (megabytes), default 200."""
    return int(_positive_number("MAX_UNPACKED_MB", 200.0) * 1024 * 1024)


def max_pdf_pages() -> int:
    """The most pages of a PDF the build reads: env ``MAX_PDF_PAGES``, default 2000."""
    return int(_positive_number("MAX_PDF_PAGES", 2000.0))


def _positive_number(name: str, default: float) -> float:
    """Env ``name`` as a positive number, else ``default`` (an unusable value falls back too)."""
    try:
        value = float(os.environ.get(name) or default)
    except ValueError:
        return default
    return value if value > 0 else default


def add_store_options(parser) -> None:
    """``--db`` and ``--reported-db`` for a command, resolved later by :func:`resolve_stores`."""
    parser.add_argument("--db", type=Path, default=None,
                        help="indicators.duckdb (default: env INDICATORS_DB, else the repository's)")
    parser.add_argument("--reported-db", type=store_argument, default=None,
                        help="reported.duckdb, or a postgresql:// URL (default: env DATABASE_URL, "
                             "else env REPORTED_DB, else beside --db)")


# --- issue 12: department names, contacts and the mail server for reminders (催报) ---

def department_aliases_csv() -> Path:
    """Names that are the same department (``alias,canonical``): env ``DEPARTMENT_ALIASES``, else
    ``data/department_aliases.csv``."""
    return _env_path("DEPARTMENT_ALIASES") or DATA_DIR / "department_aliases.csv"


def department_contacts_csv() -> Path:
    """Where each department's reminders go (``department,email``): env ``DEPARTMENT_CONTACTS``,
    else ``data/department_contacts.csv``."""
    return _env_path("DEPARTMENT_CONTACTS") or DATA_DIR / "department_contacts.csv"


class Smtp:
    """A mail server reminders are sent through (plain SMTP, as an office relay accepts it).
    A plain class: this module imports nothing beyond ``os`` and ``pathlib``."""

    __slots__ = ("host", "port", "sender")

    def __init__(self, host: str, port: int, sender: str):
        self.host, self.port, self.sender = host, port, sender

    def __repr__(self) -> str:
        return f"Smtp({self.host!r}, {self.port}, {self.sender!r})"


class SettingError(ValueError):
    """An environment variable with a value that cannot be used; ``str()`` names it."""


def smtp() -> Smtp | None:
    """The mail server: env ``SMTP_HOST`` (none → no e-mail), ``SMTP_PORT`` (default 25),
    ``SMTP_FROM`` (the sender address, required with a host)."""
    host = os.environ.get("SMTP_HOST", "").strip()
    if not host:
        return None
    port_text = os.environ.get("SMTP_PORT", "25").strip() or "25"
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise SettingError(f"SMTP_PORT={port_text!r} is not a port number (1–65535)")
    sender = os.environ.get("SMTP_FROM", "").strip()
    if "@" not in sender:
        raise SettingError("SMTP_FROM must be the sender's e-mail address when SMTP_HOST is set")
    return Smtp(host, int(port_text), sender)
