"""The indicators database contract: the columns other parts of the product rely on."""

CONTRACT = {
    "documents": ["document_id", "source_file", "title", "jurisdiction", "doc_type", "issuing_body",
                  "doc_number", "issued_on", "horizon_year", "sha256"],
    "jurisdictions": ["name", "level", "parent"],
    "targets": ["target_id", "document_id", "jurisdiction", "sector", "clause_ref",
                "indicator_name", "indicator_code", "value", "unit", "comparator", "kind",
                "per_year", "target_year", "baseline_value", "baseline_year", "attribute",
                "lead_departments", "participating_departments", "deadline", "source_text"],
}


def test_every_contract_column_exists(fresh_db):
    for table, columns in CONTRACT.items():
        present = [r[0] for r in fresh_db.execute(f"DESCRIBE {table}").fetchall()]
        missing = [c for c in columns if c not in present]
        assert not missing, f"{table} lacks {missing}"


def test_sample_db_is_readable(sample_db):
    import duckdb

    con = duckdb.connect(str(sample_db), read_only=True)
    assert con.execute("SELECT count(*) FROM targets").fetchone()[0] == 8
