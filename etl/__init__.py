"""The ETL: plan documents in ``data/sources/`` → targets in ``indicators.duckdb``.

Stages, one module each (read → structure → extract → catalog → load):

- :mod:`etl.read`       bytes of a .txt/.md/.pdf/.docx file → clean text lines
- :mod:`etl.structure`  lines → sections, items and their responsibility annotations
- :mod:`etl.extract`    an item's text → :class:`etl.model.Target` records
- :mod:`etl.catalog`    indicator names → canonical indicator codes
- :mod:`etl.load`       documents and targets → the DuckDB file, atomically

Nothing here imports Streamlit: the app is one consumer among others (the CLI, the benchmarks).
"""
