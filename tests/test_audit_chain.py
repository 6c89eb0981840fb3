"""Issue 15: the audit log of reported values is sealed by a hash chain. A hand-edited
audit_log.csv in a backup is refused by restore, naming the first bad row; ``verify-audit``
checks a store or a backup; rows written before the chain existed are "unchained", not tampered;
a restore checks everything before it writes, and a damaged backup file is one clear line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import store_arg
from hypothesis import given, settings
from hypothesis import strategies as st

from tracking import audit_chain
from tracking import commands as cli_reported
from tracking import reported as rep

ROOT = Path(__file__).resolve().parent.parent


def rows(*values) -> pd.DataFrame:
    return pd.DataFrame(values, columns=["target_id", "period", "value"])


@pytest.fixture
def store(store):
    """Three saves, four audit rows, on each back end (conftest's ``store``)."""
    path = store
    rep.save_values(path, rows(("t-gdp", "2022", 6.1), ("t-pm25-gx", "2024Q2", 46)), account="甲", how="form")
    rep.save_values(path, rows(("t-gdp", "2022", 6.3)), account="乙", how="import")
    rep.save_values(path, rows(("t-hitech-gx", "2024", 70)), account="丙", how="cli")
    return path


def cli(*argv) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([store_arg(a) for a in argv])
    return args.func(args)


def test_every_write_seals_its_audit_rows(store):
    assert rep.audit_hashes(store)["audit_id"].tolist() == [1, 2, 3, 4]
    verdict = rep.verify_audit(store)
    assert verdict.ok and (verdict.chained, verdict.unchained) == (4, 0)


def _edit_csv(path: Path, line: int, column: str, value: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[line - 2, column] = value
    frame.to_csv(path, index=False)


def test_hand_edited_audit_log_csv_in_a_backup_is_refused_naming_the_first_bad_row(store, tmp_path, capsys):
    out = rep.backup_reported(store, tmp_path / "backup")
    _edit_csv(out / "audit_log.csv", 3, "new_value", "6.9")  # audit_id 2: 46 → 6.9
    with pytest.raises(rep.StoreError, match=r"审计日志第 3 行（audit_id 2）"):
        rep.restore_reported(out, tmp_path / "new.duckdb")
    assert not (tmp_path / "new.duckdb").exists()  # checked before anything is written
    assert cli("verify-audit", "--backup", out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "audit_id 2" in err and "audit_log.csv" in err
    (out / "audit_log.parquet").unlink()
    (out / "audit_chain.parquet").unlink()
    with pytest.raises(rep.StoreError, match=r"audit_id 2"):
        rep.restore_reported(out, tmp_path / "new.duckdb")


def test_a_row_removed_from_the_backup_is_refused(store, tmp_path):
    out = rep.backup_reported(store, tmp_path / "backup")
    for name in ("audit_log", "audit_chain"):
        (out / f"{name}.parquet").unlink()
    frame = pd.read_csv(out / "audit_log.csv", dtype=str, keep_default_na=False)
    frame.drop(index=1).to_csv(out / "audit_log.csv", index=False)  # audit_id 2 gone
    (out / "manifest.json").unlink()  # the remover also removes the row count
    verdict = rep.verify_backup_audit(out)
    assert not verdict.ok and verdict.bad_audit_id == 3  # the row after the gap no longer fits
    with pytest.raises(rep.StoreError, match="audit_id 3"):
        rep.restore_reported(out, tmp_path / "new.duckdb")


def test_the_store_itself_altered_is_named_by_verify_audit(store, capsys):
    assert cli("verify-audit", "--reported-db", store) == 0
    assert "4 条记录经哈希链验证" in capsys.readouterr().out
    with rep._write(store) as con:  # by hand, past the product's functions
        con.execute("UPDATE audit_log SET account = '丁' WHERE audit_id = 3")
    assert cli("verify-audit", "--reported-db", store) == 1
    assert "审计日志第 4 行（audit_id 3）" in capsys.readouterr().err


def _old_store(path: Path) -> Path:
    """A store written before the chain existed: the same tables, no audit_chain."""
    with duckdb.connect(str(path)) as con:
        con.execute(rep.REPORTED_VALUES)
        con.execute(rep.AUDIT_LOG)
        con.execute("INSERT INTO reported_values (target_id, period, value, unit, source, note, reported_by,"
                    " reported_at, revision) VALUES ('t-gdp', '2022', 6.1, NULL, 'form', NULL, '甲', ?, 1)",
                    [datetime(2024, 1, 2)])
        con.execute("INSERT INTO audit_log VALUES (1, ?, '甲', 't-gdp', '2022', NULL, 6.1, 'form')",
                    [datetime(2024, 1, 2)])
    return path


def test_rows_written_before_the_chain_are_unchained_not_tampered(tmp_path, capsys):
    store = _old_store(tmp_path / "reported.duckdb")
    verdict = rep.verify_audit(store)
    assert verdict.ok and (verdict.chained, verdict.unchained) == (0, 1)
    rep.save_values(store, rows(("t-gdp", "2022", 6.2)), account="乙", how="form")
    verdict = rep.verify_audit(store)
    assert verdict.ok and (verdict.chained, verdict.unchained) == (1, 1)
    assert cli("verify-audit", "--reported-db", store) == 0
    assert "1 条为哈希链建立前的记录" in capsys.readouterr().out
    out = rep.backup_reported(store, tmp_path / "backup")
    assert rep.restore_reported(out, tmp_path / "copy.duckdb")["audit_log"] == 2
    assert rep.verify_audit(tmp_path / "copy.duckdb").ok


def test_a_backup_made_before_the_chain_restores_as_unchained(store, tmp_path):
    out = rep.backup_reported(store, tmp_path / "backup")
    for suffix in ("parquet", "csv"):
        (out / f"audit_chain.{suffix}").unlink()
    with pytest.raises(rep.StoreError, match="audit_chain 有 0 行，清单记为 4 行"):  # removed, not old
        rep.restore_reported(out, tmp_path / "copy.duckdb")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    del manifest["rows"]["audit_chain"]  # as backup-reported wrote it before the chain
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    rep.restore_reported(out, tmp_path / "copy.duckdb")
    verdict = rep.verify_audit(tmp_path / "copy.duckdb")
    assert verdict.ok and verdict.unchained == 4


def test_a_hash_removed_after_the_chain_began_is_tampering(store):
    with rep._write(store) as con:
        con.execute("DELETE FROM audit_chain WHERE audit_id = 3")
    verdict = rep.verify_audit(store)
    assert not verdict.ok and verdict.bad_audit_id == 3 and "没有哈希" in verdict.reason


@pytest.mark.parametrize("damage", ["parquet", "csv", "manifest"])
def test_damaged_backup_file_is_one_clear_line(store, tmp_path, damage):
    out = rep.backup_reported(store, tmp_path / "backup")
    if damage == "parquet":
        (out / "reported_values.parquet").write_bytes(b"PAR1" + bytes(range(256)) * 3)
    elif damage == "csv":
        (out / "reported_values.parquet").unlink()
        (out / "reported_values.csv").write_bytes(b"\xff\xfe\x00\x01" + bytes(range(256)) * 3)
    else:
        (out / "manifest.json").write_text("{\"rows\": {\"audit_log\": ", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "etl", "restore-reported", str(out), "--reported-db",
                           str(tmp_path / "new.duckdb")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1 and "损坏" in proc.stderr
    assert not (tmp_path / "new.duckdb").exists()


@pytest.mark.parametrize(("table", "column", "value", "says"), [
    ("reported_values", "value", "inf", "value 不是有限数字"),
    ("audit_log", "how", "hacked", "how 不是"),
    ("reported_values", "reported_by", "", "缺少 reported_by"),
])
def test_restore_validates_every_row_before_writing(store, tmp_path, table, column, value, says):
    out = rep.backup_reported(store, tmp_path / "backup")
    for name in rep.BACKUP_TABLES:
        (out / f"{name}.parquet").unlink()
    _edit_csv(out / f"{table}.csv", 2, column, value)
    target = tmp_path / "new.duckdb"
    rep.save_values(target, rows(("t-x", "2024", 1)), account="戊", how="form")
    before = rep.history(target)
    with pytest.raises(rep.StoreError, match=says):
        rep.restore_reported(out, target, replace=True)
    pd.testing.assert_frame_equal(rep.history(target), before)


FIELD_VALUES = {"at": datetime(2030, 1, 1), "account": "某人", "target_id": "t-other", "period": "2031",
                "old_value": 1234.5, "new_value": -1.0, "how": "document"}


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 3), st.sampled_from(sorted(FIELD_VALUES)))
def test_changing_any_field_of_any_row_is_found(index, field):
    log = pd.DataFrame({"audit_id": [1, 2, 3, 4], "at": pd.to_datetime(["2024-01-01"] * 4),
                        "account": ["a", "b", "c", "d"], "target_id": ["t1", "t2", "t1", "t3"],
                        "period": ["2024"] * 4, "old_value": [None, 1.0, None, 2.0],
                        "new_value": [1.0, 2.0, 3.0, 4.0], "how": ["form"] * 4})
    chain = pd.DataFrame(audit_chain.extend(audit_chain.GENESIS, log.to_dict("records")), columns=audit_chain.CHAIN_COLUMNS)
    assert audit_chain.verify(log, chain).ok
    log[field] = log[field].astype(object)
    log.loc[index, field] = FIELD_VALUES[field]
    verdict = audit_chain.verify(log, chain)
    assert not verdict.ok and verdict.bad_audit_id == index + 1 and verdict.bad_line == index + 2
