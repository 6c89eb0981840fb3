"""Issue 15: the review audit (issue 14's corrections and documents) is sealed by the same kind
of hash chain as the reported values' audit log: ``verify-audit`` names an altered row, a backup
whose review audit was altered is refused before anything is restored, and rows written before the
chain existed are unchained, not tampered.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tracking import audit_chain, review
from tracking import commands as cli_reported
from tracking import reported as rep

PM25 = ("t-pm25-gx", "004_732dde5a7dac0490.txt", "到2025年，PM2.5浓度控制在42微克/立方米以内。")
GDP = ("t-gdp", "002_dc670c26961e53f5.txt", "生产总值增长6%左右。")


def cli(*argv) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


def _fill(path):
    rep.save_values(path, pd.DataFrame({"target_id": ["t-gdp"], "period": ["2022"], "value": [6.1]}),
                    account="甲", how="form")
    review.review_target(path, review.TargetEdit(*PM25, "edit", {"value": 40, "unit": "微克/立方米"}), account="乙")
    review.review_target(path, review.TargetEdit(*GDP, "reject"), account="丙")
    return path


@pytest.fixture
def reviewed(store):
    """The store of either back end (conftest) holding one reported value and three review
    changes (two fields of one edit, one rejection)."""
    return _fill(store)


@pytest.fixture
def store_file(tmp_path) -> Path:
    """The same, in a DuckDB file that tests alter by hand."""
    return _fill(tmp_path / "reported.duckdb")


def test_every_review_change_is_sealed(reviewed):
    log = review.review_audit(reviewed, limit=None)
    assert review.review_audit_hashes(reviewed)["audit_id"].tolist() == sorted(log["audit_id"].tolist())
    verdict = review.verify_review_audit(reviewed)
    assert verdict.ok and verdict.chained == len(log) >= 3 and verdict.unchained == 0


def test_an_altered_review_audit_row_is_named_by_verify_audit(store_file, capsys):
    assert cli("verify-audit", "--reported-db", store_file) == 0
    assert "review_audit: 审计日志完整" in capsys.readouterr().out
    with duckdb.connect(str(store_file)) as con:
        con.execute("UPDATE review_audit SET account = '丁' WHERE audit_id = 2")
    assert cli("verify-audit", "--reported-db", store_file) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "review_audit" in err and "audit_id 2" in err


def test_a_backup_with_an_altered_review_audit_restores_nothing(store_file, tmp_path, capsys):
    out = tmp_path / "backup"
    assert cli("backup-reported", "--reported-db", store_file, "--out", out) == 0
    log = pd.read_parquet(out / "review_audit.parquet")
    log.loc[log["audit_id"] == 1, "new_value"] = "41"
    log.to_parquet(out / "review_audit.parquet", index=False)
    target = tmp_path / "restored.duckdb"
    assert cli("restore-reported", out, "--reported-db", target) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "review_audit" in err and "audit_id 1" in err
    assert not target.exists()  # the reported values were not restored either: no half restore
    assert cli("verify-audit", "--backup", out) == 1


def test_a_whole_backup_restores_with_its_review_chain(store_file, tmp_path):
    out = tmp_path / "backup"
    assert cli("backup-reported", "--reported-db", store_file, "--out", out) == 0
    target = tmp_path / "restored.duckdb"
    assert cli("restore-reported", out, "--reported-db", target) == 0
    assert review.verify_review_audit(target).chained == review.verify_review_audit(store_file).chained
    review.review_target(target, review.TargetEdit(*GDP, "confirm"), account="丁")  # the chain goes on
    assert review.verify_review_audit(target).ok


def test_review_rows_written_before_the_chain_are_unchained_and_later_ones_chained(store_file):
    with duckdb.connect(str(store_file)) as con:
        con.execute(f"DROP TABLE {audit_chain.REVIEW.chain_table}")  # as a store from before issue 15
    before = review.verify_review_audit(store_file)
    assert before.ok and before.chained == 0 and before.unchained >= 3
    review.review_target(store_file, review.TargetEdit(*GDP, "confirm"), account="丁")
    after = review.verify_review_audit(store_file)
    assert after.ok and after.unchained == before.unchained and after.chained >= 1
