"""The tables of ``indicators.duckdb`` — a contract the app, the reported-values store and the
benchmarks rely on. Column names here are promised; add columns beside them, never rename.

``indicators.duckdb`` is a *build output*: ``python -m etl build`` writes it anew (atomically) from
``data/sources``. What officials report is kept elsewhere (``reported.duckdb``, see
:mod:`tracking.reported`), keyed by the stable ``target_id``, so a rebuild can never touch it.
"""

from pathlib import Path

DOCUMENTS = """
CREATE TABLE documents (
    document_id   VARCHAR PRIMARY KEY,  -- stable: derived from source_file
    source_file   VARCHAR NOT NULL,     -- the file's name in the sources folder
    title         VARCHAR NOT NULL,
    jurisdiction  VARCHAR NOT NULL,
    doc_type      VARCHAR,
    issuing_body  VARCHAR,
    doc_number    VARCHAR,
    issued_on     DATE,
    horizon_year  INTEGER,
    sha256        VARCHAR NOT NULL,
    inferred      VARCHAR[]             -- metadata fields inferred from the text (no manifest row)
)"""

JURISDICTIONS = """
CREATE TABLE jurisdictions (
    name    VARCHAR PRIMARY KEY,
    level   VARCHAR,   -- province / city / county / zone
    parent  VARCHAR
)"""

TARGETS = """
CREATE TABLE targets (
    target_id                  VARCHAR PRIMARY KEY,  -- stable across rebuilds, see etl.load.target_id
    document_id                VARCHAR NOT NULL,
    jurisdiction               VARCHAR NOT NULL,
    sector                     VARCHAR,              -- short sector (data/sectors.csv): 生态环保…
    clause_ref                 VARCHAR,
    indicator_name             VARCHAR NOT NULL,
    indicator_code             VARCHAR,              -- data/indicator_catalog.csv code, or NULL
    value                      DOUBLE NOT NULL,
    unit                       VARCHAR,
    comparator                 VARCHAR NOT NULL,     -- >=, <=, ~, =
    kind                       VARCHAR NOT NULL,     -- level, increment, growth_rate
    per_year                   BOOLEAN NOT NULL,
    target_year                INTEGER,
    baseline_value             DOUBLE,
    baseline_year              INTEGER,
    attribute                  VARCHAR,              -- 约束性 / 预期性 / NULL
    lead_departments           VARCHAR[],
    participating_departments  VARCHAR[],
    deadline                   VARCHAR,
    source_text                VARCHAR NOT NULL,     -- the sentence the target came from
    -- beside the contract:
    span_text                  VARCHAR,              -- shortest piece naming indicator and number
    lead_officials             VARCHAR[],
    position                   INTEGER,              -- order of the target in its document
    section                    VARCHAR,              -- the top-level heading as written
    review_state               VARCHAR               -- NULL (unreviewed) / confirmed / corrected / added,
                                                     -- set after the build by tracking.corrections
)"""

BUILD_WARNINGS = """
CREATE TABLE build_warnings (
    source_file  VARCHAR,
    kind         VARCHAR,   -- unreadable / inferred_metadata / ...
    message      VARCHAR
)"""

BUILD_INFO = """
CREATE TABLE build_info (
    built_at      TIMESTAMP,
    sources_dir   VARCHAR,
    n_documents   INTEGER,
    n_targets     INTEGER
)"""

ALL_TABLES = (DOCUMENTS, JURISDICTIONS, TARGETS, BUILD_WARNINGS, BUILD_INFO)


def create_all(con) -> None:
    """Create every table of the contract on a DuckDB connection."""
    for ddl in ALL_TABLES:
        con.execute(ddl)


def discard_partial(path: Path) -> None:
    """Remove a database file that was being written, and its write-ahead log: a build or a
    republication that stopped half-way leaves nothing behind."""
    for part in (Path(path), Path(str(path) + ".wal")):
        part.unlink(missing_ok=True)
