"""The reported-values store: revisions, audit, latest values, orphans, rebuilds, backup/restore."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import SAMPLE_TARGETS, write_sample_db

import settings
from tracking import commands as cli_reported
from tracking import reported as rep


def cli_store(store) -> str:
    """``--reported-db`` of a store: the file, or the PostgreSQL URL."""
    return store.url if rep.is_postgres(store) else str(store)


def rows(*values) -> pd.DataFrame:
    """rows(("t-gdp", "2022", 6.1), …) → the frame save_values takes."""
    return pd.DataFrame(values, columns=["target_id", "period", "value"])


# ``store`` (conftest): a DuckDB file, and a fresh PostgreSQL database (marker ``postgres``).


def test_a_new_store_reads_empty_without_creating_the_file(store):
    assert rep.latest_reported(store).empty
    assert list(rep.latest_reported(store).columns) == rep.VALUE_COLUMNS
    assert rep.audit_log(store).empty
    assert rep.is_postgres(store) or not store.exists()


def test_save_then_read_latest(store):
    result = rep.save_values(store, rows(("t-gdp", "2022", 6.1), ("t-5g-city", "2022Q2", 900)),
                             account="zhang", how="form", at=datetime(2022, 7, 15, 8, 0))
    assert (result.saved, result.unchanged) == (2, 0)
    latest = rep.latest_reported(store)
    assert latest[["target_id", "period", "value", "reported_by", "revision", "source"]].values.tolist() == [
        ["t-5g-city", "2022Q2", 900.0, "zhang", 1, "form"], ["t-gdp", "2022", 6.1, "zhang", 1, "form"]]
    assert latest["reported_at"].iloc[0] == pd.Timestamp("2022-07-15 08:00")


def test_a_correction_adds_a_revision_and_keeps_history(store):
    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="zhang", how="form")
    rep.save_values(store, rows(("t-gdp", "2022", 6.3)), account="li", how="import")
    latest = rep.latest_reported(store)
    assert latest[["value", "revision", "reported_by"]].values.tolist() == [[6.3, 2, "li"]]
    assert rep.history(store, "t-gdp")["value"].tolist() == [6.3, 6.1]   # newest first
    log = rep.audit_log(store)
    assert log[["account", "old_value", "new_value", "how"]].values.tolist()[1] == ["li", 6.1, 6.3, "import"]
    assert pd.isna(log["old_value"].iloc[0]) and log["audit_id"].tolist() == [1, 2]


def test_saving_an_unchanged_value_is_not_a_new_revision(store):
    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="form")
    result = rep.save_values(store, rows(("t-gdp", "2022", 6.1), ("t-gdp", "2021", 5.0)), account="a", how="form")
    assert (result.saved, result.unchanged) == (1, 1)
    assert len(rep.history(store)) == 2 and len(rep.audit_log(store)) == 2


def test_save_requires_a_known_how_and_an_account(store):
    with pytest.raises(ValueError):
        rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="telepathy")
    with pytest.raises(ValueError):
        rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="", how="form")


def test_a_failure_inside_the_transaction_writes_nothing(store):
    """The audit insert fails (NULL account violates NOT NULL) after the values insert: the whole
    transaction rolls back, so no value is stored without its audit entry."""
    rep.save_values(store, rows(("t-gdp", "2021", 5.0)), account="a", how="form")
    with pytest.raises((duckdb.ConstraintException, rep.StoreError)), rep._write(store) as con:
        con.execute("INSERT INTO reported_values (target_id, period, value, unit, source, note, reported_by,"
                    " reported_at, revision) VALUES ('t-gdp', '2022', 6.0, '%', 'form', NULL, 'a', now()::TIMESTAMP, 1)")
        con.execute("INSERT INTO audit_log VALUES (99, now()::TIMESTAMP, NULL, 't-gdp', '2022',"
                    " NULL, 6.0, 'form')")
    assert rep.latest_reported(store)["period"].tolist() == ["2021"]
    assert len(rep.audit_log(store)) == 1


def test_audit_log_only_accepts_known_hows(store):
    rep.ensure_store(store)
    with pytest.raises((duckdb.ConstraintException, rep.StoreError)), rep._write(store) as con:
        con.execute("INSERT INTO audit_log VALUES (1, now()::TIMESTAMP, 'a', 't', '2022', NULL, 1, 'magic')")
    assert rep.audit_log(store).empty


# --- targets, document values, statuses --------------------------------------------------------

@pytest.mark.parametrize("target_id, start, end", [
    ("t-pm25-gx", 2022, 2025),    # baseline year 2022
    ("t-hitech-gx", 2022, 2025),
    ("t-gdp", 2021, 2022),        # 2022 task division issued 2022-03-11 → from end-2021
    ("t-5g-zone", 2022, 2025),    # no issue date: title "（2023—2025年）"
    ("t-talent-jb", 2022, 2023),  # 2023 tasks issued 2023-06-07
])
def test_plan_span_of_each_target(sample_db, target_id, start, end):
    t = rep.read_targets(sample_db).set_index("target_id")
    assert (t.loc[target_id, "span_start_year"], t.loc[target_id, "span_end_year"]) == (start, end)


def test_document_values_become_baseline_rows(sample_db):
    docs = rep.document_values_from_targets(rep.read_targets(sample_db))
    assert docs[["target_id", "period", "value", "source"]].values.tolist() == [
        ["t-hitech-gx", "2022", 40.0, "document"], ["t-pm25-gx", "2022", 50.0, "document"]]


def test_current_statuses_merge_store_and_documents(sample_db, store):
    rep.save_values(store, rows(("t-pm25-gx", "2024Q2", 46.0), ("t-gdp", "2022", 6.2)), account="a", how="form")
    st = rep.current_statuses(sample_db, store, date(2024, 9, 1)).set_index("target_id")
    assert len(st) == len(SAMPLE_TARGETS)
    assert st.loc["t-pm25-gx", "status"] == "on_track"       # 50 → 46 of 50 → 42, halfway at half time
    assert st.loc["t-pm25-gx", "baseline_source"] == "document"
    assert st.loc["t-gdp", "status"] == "achieved"
    assert st.loc["t-5g-zone", "status"] == "no_data"


# --- never lost --------------------------------------------------------------------------------

def rebuild_without(indicators_db, gone: str):
    """What `python -m etl build` does: write a new file, then os.replace it over the old one."""
    new = indicators_db.with_suffix(".new")
    write_sample_db(new)
    con = duckdb.connect(str(new))
    con.execute("DELETE FROM targets WHERE target_id = ?", [gone])
    con.close()
    os.replace(new, indicators_db)


def test_rebuild_keeps_every_value_and_lists_orphans(sample_db, store):
    rep.save_values(store, rows(("t-gdp", "2022", 6.2), ("t-talent-jb", "2023", 41)), account="a", how="form")
    rep.save_values(store, rows(("t-talent-jb", "2023", 42)), account="b", how="form")
    before = rep.history(store)
    assert rep.orphans(store, sample_db).empty

    rebuild_without(sample_db, "t-talent-jb")

    pd.testing.assert_frame_equal(rep.history(store), before)
    orphaned = rep.orphans(store, sample_db)
    assert orphaned[["target_id", "period", "value"]].values.tolist() == [["t-talent-jb", "2023", 42.0]]
    st = rep.current_statuses(sample_db, store, date(2024, 9, 1))
    assert "t-talent-jb" not in set(st["target_id"]) and len(st) == len(SAMPLE_TARGETS) - 1

    write_sample_db(sample_db.with_suffix(".back"))   # the target comes back: attached again
    os.replace(sample_db.with_suffix(".back"), sample_db)
    assert rep.orphans(store, sample_db).empty
    st = rep.current_statuses(sample_db, store, date(2024, 9, 1)).set_index("target_id")
    assert st.loc["t-talent-jb", "latest_value"] == 42


def rebuild_renaming(indicators_db, old: str, new: str):
    """A rebuild after the extractor changed the indicator's name: same target, new id."""
    fresh = indicators_db.with_suffix(".new")
    write_sample_db(fresh)
    con = duckdb.connect(str(fresh))
    con.execute("UPDATE targets SET target_id = ? WHERE target_id = ?", [new, old])
    con.close()
    os.replace(fresh, indicators_db)


@pytest.fixture
def renamed(sample_db, store):
    """高技能人才 of 江北水城 reported for 2022 and (corrected) 2023, then renamed by a rebuild."""
    rep.save_values(store, rows(("t-talent-jb", "2022", 18), ("t-talent-jb", "2023", 41)).assign(unit="人"),
                    account="a", how="form")  # the form stores the target's unit with each value
    rep.save_values(store, rows(("t-talent-jb", "2023", 42)).assign(unit="人"), account="b", how="form")
    rebuild_renaming(sample_db, "t-talent-jb", "t-talent-jb-2")
    return sample_db, store


def test_reattach_carries_an_orphans_latest_values_to_its_new_target(renamed):
    sample_db, store = renamed
    before = rep.history(store, "t-talent-jb")
    result = rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin")
    assert (result.saved, result.unchanged) == (2, 0)
    moved = rep.latest_reported(store, ["t-talent-jb-2"])
    assert moved[["period", "value"]].values.tolist() == [["2022", 18.0], ["2023", 42.0]]
    assert set(moved["note"]) == {"由 t-talent-jb 迁移"} and set(moved["unit"]) == {"人"}
    pd.testing.assert_frame_equal(rep.history(store, "t-talent-jb"), before)  # nothing deleted
    assert rep.orphans(store, sample_db).empty
    audit = rep.audit_log(store)
    assert audit[audit["target_id"] == "t-talent-jb-2"][["account", "how"]].values.tolist() == [["admin", "cli"]] * 2
    st = rep.current_statuses(sample_db, store, date(2024, 9, 1)).set_index("target_id")
    assert st.loc["t-talent-jb-2", "latest_value"] == 42
    assert rep.reattachments(store)[["old_target_id", "new_target_id", "periods"]].values.tolist() == \
        [["t-talent-jb", "t-talent-jb-2", 2]]


def test_a_dry_run_shows_the_move_and_writes_nothing(renamed):
    sample_db, store = renamed
    before = rep.history(store)
    plan = rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin", dry_run=True)
    assert plan.rows[["target_id", "period", "value"]].values.tolist() == [
        ["t-talent-jb-2", "2022", 18.0], ["t-talent-jb-2", "2023", 42.0]]
    assert plan.target == "江北水城旅游度假区 · 高技能人才（人）"
    pd.testing.assert_frame_equal(rep.history(store), before)
    assert len(rep.orphans(store, sample_db)) == 2


def test_an_orphan_moves_once(renamed):
    sample_db, store = renamed
    rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin")
    with pytest.raises(rep.StoreError, match="已迁移到 t-talent-jb-2"):
        rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin")


@pytest.mark.parametrize("old, new, says", [
    ("t-gdp", "t-talent-jb-2", "仍在指标库中"),          # not an orphan: its target is live
    ("t-never", "t-talent-jb-2", "没有目标 t-never 的数据"),
    ("t-talent-jb", "t-nowhere", "指标库中没有目标 t-nowhere"),
    ("t-talent-jb", "t-gdp", "单位不一致"),               # 人 → %
])
def test_reattach_refuses_what_is_not_a_move_and_writes_nothing(renamed, old, new, says):
    sample_db, store = renamed
    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="form")
    before, audit = rep.history(store), rep.audit_log(store)
    with pytest.raises(rep.StoreError, match=says):
        rep.reattach(store, sample_db, old, new, account="admin")
    pd.testing.assert_frame_equal(rep.history(store), before)
    pd.testing.assert_frame_equal(rep.audit_log(store), audit)


def test_reattach_refuses_a_clash_with_values_the_new_target_already_has(renamed):
    sample_db, store = renamed
    rep.save_values(store, rows(("t-talent-jb-2", "2023", 50)), account="c", how="form")
    before = rep.history(store)
    with pytest.raises(rep.StoreError, match="2023 已有不同的值"):
        rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin")
    pd.testing.assert_frame_equal(rep.history(store), before)
    assert len(rep.orphans(store, sample_db)) == 2


def test_reattachments_survive_backup_and_restore_and_old_backups_still_restore(renamed, tmp_path):
    sample_db, store = renamed
    rep.reattach(store, sample_db, "t-talent-jb", "t-talent-jb-2", account="admin")
    rep.backup_reported(store, tmp_path / "bk")
    rep.restore_reported(tmp_path / "bk", tmp_path / "copy.duckdb")
    assert rep.orphans(tmp_path / "copy.duckdb", sample_db).empty
    (tmp_path / "bk" / "reattachments.parquet").unlink()   # as written before reattach existed
    (tmp_path / "bk" / "reattachments.csv").unlink()
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text(encoding="utf-8"))
    del manifest["rows"]["reattachments"]
    (tmp_path / "bk" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    rep.restore_reported(tmp_path / "bk", tmp_path / "old.duckdb")
    assert list(rep.orphans(tmp_path / "old.duckdb", sample_db)["target_id"]) == ["t-talent-jb"] * 2


def test_reattach_command_lists_orphans_and_moves_them(renamed, capsys):
    import argparse


    sample_db, store = renamed

    def cli(*argv):
        parser = argparse.ArgumentParser(prog="etl")
        cli_reported.register(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args([str(a) for a in argv] + ["--db", str(sample_db), "--reported-db", cli_store(store)])
        return args.func(args)

    assert cli("reattach", "--list") == 0
    assert "t-talent-jb\t2023\t42人" in capsys.readouterr().out
    assert cli("reattach", "t-talent-jb", "t-nowhere", "--admin") == 1
    assert "t-nowhere" in capsys.readouterr().err
    assert cli("reattach", "t-talent-jb", "t-talent-jb-2", "--dry-run") == 0
    assert "试运行" in capsys.readouterr().out and len(rep.orphans(store, sample_db)) == 2
    assert cli("reattach", "t-talent-jb", "t-talent-jb-2", "--admin") == 0
    assert "新写入 2 个" in capsys.readouterr().out
    assert cli("reattach", "--list") == 0
    assert "没有孤立的填报值" in capsys.readouterr().out


def test_the_store_never_touches_the_indicators_file(sample_db, store):
    mtime = sample_db.stat().st_mtime_ns
    rep.save_values(store, rows(("t-gdp", "2022", 6.2)), account="a", how="form")
    rep.current_statuses(sample_db, store, date(2024, 9, 1))
    rep.orphans(store, sample_db)
    assert sample_db.stat().st_mtime_ns == mtime
    with rep.connect(store, read_only=True) as con:
        tables = rep._tables(con)
    made_by_migrations = {"schema_migrations", "store_version", "target_reviews", "document_records", "review_audit",
                          "review_audit_chain", "accounts", "signin_failures"}
    assert tables - (made_by_migrations if rep.is_postgres(store) else set()) == {
        "reported_values", "audit_log", "reattachments", "audit_chain"}  # the chain: issue 15


# --- backup and restore ------------------------------------------------------------------------

def filled_store(store):
    rep.save_values(store, rows(("t-gdp", "2022", 6.1), ("t-pm25-gx", "2024Q2", 46)), account="甲", how="form")
    rep.save_values(store, rows(("t-gdp", "2022", 6.3)), account="乙", how="import")
    return store


def test_backup_writes_parquet_csv_and_manifest(store, tmp_path):
    out = rep.backup_reported(filled_store(store), tmp_path / "backup")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["audit_chain.csv", "audit_chain.parquet", "audit_log.csv", "audit_log.parquet",
                     "manifest.json", "reattachments.csv",
                     "reattachments.parquet", "reported_values.csv", "reported_values.parquet"]
    csv = pd.read_csv(out / "reported_values.csv")
    assert len(csv) == 3 and "甲" in set(csv["reported_by"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest) == {"source", "at", "rows"} and manifest["rows"]["reported_values"] == 3
    assert datetime.fromisoformat(manifest["at"]).tzinfo is not None  # when the backup was made


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_restore_gives_back_every_revision_and_the_audit(store, tmp_path, fmt):
    out = rep.backup_reported(filled_store(store), tmp_path / "backup")
    other = "csv" if fmt == "parquet" else "parquet"
    for name in rep.BACKUP_TABLES:
        (out / f"{name}.{other}").unlink()
    target = tmp_path / "restored.duckdb"
    assert rep.restore_reported(out, target) == {"reported_values": 3, "audit_log": 3, "reattachments": 0,
                                                 "audit_chain": 3}
    cols = ["target_id", "period", "value", "reported_by", "revision"]
    pd.testing.assert_frame_equal(rep.history(target)[cols], rep.history(store)[cols])
    pd.testing.assert_frame_equal(rep.audit_log(target).drop(columns="at"), rep.audit_log(store).drop(columns="at"))
    # the audit sequence continues after a restore
    rep.save_values(target, rows(("t-gdp", "2022", 6.4)), account="丙", how="cli")
    assert rep.audit_log(target)["audit_id"].tolist() == [1, 2, 3, 4]


def test_restore_over_existing_values_needs_replace_and_backs_them_up_first(store, tmp_path):
    out = rep.backup_reported(filled_store(store), tmp_path / "backup")
    rep.save_values(store, rows(("t-hitech-gx", "2024", 70)), account="丁", how="form")
    with pytest.raises(rep.StoreError, match="--replace"):
        rep.restore_reported(out, store)
    assert len(rep.history(store)) == 4
    rep.restore_reported(out, store, replace=True)
    assert len(rep.history(store)) == 3
    safety = list(tmp_path.glob("backup.before-restore-*" if rep.is_postgres(store) else "reported.duckdb.before-restore-*"))
    assert len(safety) == 1 and len(pd.read_parquet(safety[0] / "reported_values.parquet")) == 4


def test_a_save_landing_after_the_before_restore_backup_stops_the_restore(store, tmp_path, monkeypatch):
    """Another server saves between the safety backup and the restore's transaction: the restore
    would delete a value that is in no backup. It is refused, nothing written, the value kept."""
    out = rep.backup_reported(filled_store(store), tmp_path / "backup")
    backup = rep.backup_reported

    def backup_then_another_server_saves(reported_db, out_dir):
        done = backup(reported_db, out_dir)
        rep.save_values(store, rows(("t-hitech-gx", "2024", 70)), account="丁", how="form")
        return done

    monkeypatch.setattr(rep, "backup_reported", backup_then_another_server_saves)
    with pytest.raises(rep.StoreError, match="未做任何改动"):
        rep.restore_reported(out, store, replace=True)
    assert len(rep.history(store)) == 4 and "t-hitech-gx" in set(rep.latest_reported(store)["target_id"])
    assert rep.verify_audit(store).ok


def test_a_save_landing_after_an_empty_store_was_checked_stops_the_restore(store, tmp_path, monkeypatch):
    out = rep.backup_reported(filled_store(tmp_path / "other.duckdb"), tmp_path / "backup")
    audit_log = rep.audit_log
    saved = []

    def read_then_another_server_saves(reported_db):
        found = audit_log(reported_db)
        if not saved:
            saved.append(rep.save_values(store, rows(("t-hitech-gx", "2024", 70)), account="丁", how="form"))
        return found

    monkeypatch.setattr(rep, "audit_log", read_then_another_server_saves)
    with pytest.raises(rep.StoreError, match="未做任何改动"):
        rep.restore_reported(out, store)
    monkeypatch.undo()
    assert rep.latest_reported(store)["target_id"].tolist() == ["t-hitech-gx"]


def test_restore_refuses_an_incomplete_backup(store, tmp_path):
    out = rep.backup_reported(filled_store(store), tmp_path / "backup")
    pd.read_parquet(out / "reported_values.parquet").head(1).to_parquet(out / "reported_values.parquet")
    with pytest.raises(rep.StoreError, match="不完整"):
        rep.restore_reported(out, tmp_path / "new.duckdb")
    (out / "audit_log.parquet").unlink()
    (out / "audit_log.csv").unlink()
    with pytest.raises(rep.StoreError, match="audit_log"):
        rep.restore_reported(out, tmp_path / "new.duckdb")


# --- paths -------------------------------------------------------------------------------------

def test_paths_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "x" / "indicators.duckdb"))
    monkeypatch.delenv("REPORTED_DB", raising=False)
    assert settings.reported_db() == tmp_path / "x" / "reported.duckdb"   # beside indicators
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "r.duckdb"))
    assert settings.reported_db() == tmp_path / "r.duckdb"



def test_backup_and_restore_commands(store, tmp_path, capsys):
    import argparse


    def cli(*argv):
        parser = argparse.ArgumentParser(prog="etl")
        cli_reported.register(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args([str(a) for a in argv])
        return args.func(args)

    filled_store(store)
    assert cli("backup-reported", "--out", tmp_path / "bk", "--reported-db", cli_store(store)) == 0
    assert cli("restore-reported", tmp_path / "bk", "--reported-db", cli_store(store)) == 1
    assert "--replace" in capsys.readouterr().err
    assert cli("restore-reported", tmp_path / "bk", "--reported-db", tmp_path / "new.duckdb") == 0
    assert "已恢复 3 条填报记录" in capsys.readouterr().out
    assert len(rep.history(tmp_path / "new.duckdb")) == 3


# --- reading in DuckDB: filters, the latest revision, file versions ----------------------------

def corrected_store(store):
    """Three rounds of saves with corrections (revisions 2 and 3), an annual value beside its
    fourth quarter, a value without unit, and a value of a target the indicators do not have."""
    rep.save_values(store, rows(("t-gdp", "2022", 6.1), ("t-5g-city", "2022Q1", 500), ("t-5g-city", "2022Q2", 900),
                                ("t-pm25-gx", "2023", 48), ("t-gone", "2023", 1.0)), account="甲", how="form")
    rep.save_values(store, pd.DataFrame({"target_id": ["t-gdp", "t-5g-city", "t-hitech-gx"],
                                         "period": ["2022", "2022Q2", "2024Q4"], "value": [6.3, 950.0, 60.0],
                                         "unit": ["%", "个", None]}), account="乙", how="import")
    rep.save_values(store, rows(("t-gdp", "2022", 6.2), ("t-hitech-gx", "2024", 61), ("t-pm25-gx", "2024Q2", 46)),
                    account="丙", how="cli")
    return store


def latest_by_pandas(store) -> pd.DataFrame:
    """The rule as pandas states it: every revision, keep the highest per (target_id, period)."""
    h = rep.history(store).sort_values(["target_id", "period", "revision"])
    return h.drop_duplicates(["target_id", "period"], keep="last").reset_index(drop=True)


def test_sql_latest_per_period_equals_the_pandas_rule_on_a_file_with_corrections(store):
    corrected_store(store)
    assert rep.history(store)["revision"].max() == 3
    expected = latest_by_pandas(store)
    pd.testing.assert_frame_equal(rep.latest_reported(store), expected)
    assert expected.set_index(["target_id", "period"]).loc[("t-gdp", "2022"), "value"] == 6.2


@pytest.mark.parametrize("ids", [["t-gdp"], ["t-5g-city", "t-pm25-gx", "t-nowhere"], []])
def test_latest_of_some_targets_is_the_latest_filtered(store, ids):
    corrected_store(store)
    everything = rep.latest_reported(store)
    expected = everything[everything["target_id"].isin(ids)].reset_index(drop=True)
    got = rep.latest_reported(store, target_ids=ids)
    as_values = lambda f: f.astype(object).where(f.notna(), None)  # noqa: E731 (.df() types an all-NULL column object)
    pd.testing.assert_frame_equal(as_values(got), as_values(expected))


def test_latest_reported_has_the_frame_duckdb_df_gives(store):
    """latest_reported fetches through Arrow (3× faster at province scale) but must hand callers
    exactly what .df() did: text dtypes, None in an all-NULL column, empty results."""
    def through_df(ids=None):
        return rep._read(store, *rep.latest_sql(ids, postgres=rep.is_postgres(store)), fetch="df")

    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="form")   # unit, note all NULL
    pd.testing.assert_frame_equal(rep.latest_reported(store), through_df())
    assert rep.latest_reported(store)["unit"].dtype == object
    corrected_store(store)                                                         # some units
    pd.testing.assert_frame_equal(rep.latest_reported(store), through_df())
    pd.testing.assert_frame_equal(rep.latest_reported(store, ["t-nowhere"]), through_df(["t-nowhere"]))


def test_current_statuses_equal_the_rules_on_every_revision_read_by_pandas(sample_db, store):
    """current_statuses lets DuckDB pick the latest revision and reads few columns; the result is
    what the rules give on the full pandas reading."""
    corrected_store(store)
    for today in (date(2022, 9, 1), date(2024, 9, 1), date(2026, 3, 1)):
        targets = rep.read_targets(sample_db)
        reported = pd.concat([rep.document_values_from_targets(targets), latest_by_pandas(store)], ignore_index=True)
        expected = rep.status_rules.compute_statuses(targets, reported, today)
        pd.testing.assert_frame_equal(rep.current_statuses(sample_db, store, today), expected)


def test_current_statuses_without_a_store(sample_db, tmp_path):
    st = rep.current_statuses(sample_db, tmp_path / "none.duckdb", date(2024, 9, 1))
    assert len(st) == len(SAMPLE_TARGETS) and set(st["status"]) == {"no_data"}


@pytest.mark.parametrize("jurisdiction, department, expected", [
    ("冠县", None, ["t-hitech-gx", "t-income-gx", "t-pm25-gx"]),
    ("冠县", "县科技局", ["t-hitech-gx"]),
    ("聊城市", "市工业和信息化局", ["t-5g-city"]),
    ("冠县", "市工业和信息化局", []),
    ("x' OR 1=1 --", None, []),                 # a value, never SQL
])
def test_read_targets_of_one_jurisdiction_and_department(sample_db, jurisdiction, department, expected):
    got = rep.read_targets(sample_db, jurisdiction=jurisdiction, department=department)
    assert got["target_id"].tolist() == expected
    everything = rep.read_targets(sample_db).set_index("target_id")
    for column in ("span_start_year", "span_end_year", "document_title"):
        assert got[column].tolist() == everything.loc[expected, column].tolist()


def test_query_builders_pass_values_as_parameters():
    sql, params = rep.targets_sql("冠县", "县科技局")
    assert "冠县" not in sql and params == ["冠县", "县科技局"]
    sql, params = rep.latest_sql(["t-gdp"], ["target_id", "value"])
    assert "t-gdp" not in sql and params == [["t-gdp"]] and sql.startswith("SELECT target_id, value ")
    assert rep.recent_audit_sql(["t-gdp"], 5)[1] == [["t-gdp"], 5]
    with pytest.raises(ValueError):
        rep.latest_sql(columns=["value; DROP TABLE audit_log"])


def test_departments_by_jurisdiction(sample_db):
    assert rep.departments_by_jurisdiction(sample_db) == {
        "冠县": ["县发展改革局", "县科技局", "市生态环境局冠县分局"],
        "江北水城旅游度假区": ["区政治工作部"],
        "聊城市": ["市发展改革委", "市工业和信息化局"],
        "聊城经济技术开发区": ["生态环境分局", "经济发展部"],
    }
    targets = rep.read_targets(sample_db)
    assert list(rep.departments_by_jurisdiction(sample_db)) == list(dict.fromkeys(targets["jurisdiction"]))


def test_recent_audit_is_the_newest_entries_of_the_given_targets(store, tmp_path):
    corrected_store(store)
    log = rep.audit_log(store)
    recent = rep.recent_audit(store, ["t-gdp", "t-hitech-gx"], limit=3)
    expected = log[log["target_id"].isin(["t-gdp", "t-hitech-gx"])].sort_values("audit_id", ascending=False).head(3)
    pd.testing.assert_frame_equal(recent, expected.reset_index(drop=True))
    assert len(rep.recent_audit(store)) == len(log) == 11
    assert rep.recent_audit(tmp_path / "none.duckdb", ["t-gdp"]).empty


def test_orphans_leave_the_store_writable_in_the_same_process(sample_db, store):
    """orphans ATTACHes indicators.duckdb to a read-only connection on the store; nothing stays
    attached, so the next save in this process still opens the store for writing."""
    corrected_store(store)
    assert rep.orphans(store, sample_db)[["target_id", "period", "value"]].values.tolist() == [["t-gone", "2023", 1.0]]
    rep.save_values(store, rows(("t-gone", "2024", 2.0)), account="a", how="form")
    assert rep.orphans(store, sample_db)["period"].tolist() == ["2023", "2024"]
    with pytest.raises(rep.StoreError):
        rep.orphans(store, sample_db.with_name("missing.duckdb"))


def test_file_version_is_none_while_a_file_may_still_change(tmp_path, monkeypatch):
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="form")
    assert rep.file_version(store) is None                    # written a moment ago: do not cache
    monkeypatch.setattr(rep, "RACY_SECONDS", 0.0)
    assert rep.file_version(store) is not None
    assert rep.file_version(store) == rep.file_version(store)
    assert rep.file_version(store.with_name("none.duckdb")) is not None   # a missing file is a state too


def test_file_version_changes_with_every_kind_of_write(sample_db, store, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr(rep, "RACY_SECONDS", 0.0)
    before = rep.file_version(store)
    rep.save_values(store, rows(("t-gdp", "2022", 6.1)), account="a", how="form")     # this process
    after_save = rep.file_version(store)
    assert after_save != before
    assert after_save[1] == before[1] + 1       # counted, so even a write within one clock tick shows
    script = ("import sys, pandas as pd; from tracking import reported as r; "
              "r.save_values(sys.argv[2], pd.DataFrame({'target_id': ['t-gdp'], 'period': ['2022'], "
              "'value': [6.2]}), account='b', how='cli')")
    root = str(Path(__file__).resolve().parent.parent)
    subprocess.run([sys.executable, "-c", script, root, cli_store(store)], check=True)  # another process
    assert rep.file_version(store) != after_save
    indicators = rep.file_version(sample_db)
    rebuild_without(sample_db, "t-gdp")                                                # a rebuild
    assert rep.file_version(sample_db) != indicators
