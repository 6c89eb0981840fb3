"""Issue 15: a full disk or a path under a file is one clear line and an exit status, never a
traceback, for ``build``, ``import-reported`` and ``backup-reported``; the entry page names a
damaged store as damaged (it said 数据库正忙, "the database is busy").

The full disk is real: a 256 KB tmpfs mounted for the test (root only; skipped elsewhere).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import write_sample_db
from streamlit.testing.v1 import AppTest

from tracking import reported as rep

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "fixtures" / "reported" / "good.csv"
SOURCE = sorted((ROOT / "data" / "sources").glob("*.txt"))[1]


def etl(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def one_clear_line(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode in (1, 2), done
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("错误")]
    assert len(lines) == 1, done.stderr
    assert all(word in lines[0] for word in words), lines[0]


@pytest.fixture
def a_file(tmp_path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("a file, not a folder", encoding="utf-8")
    return path


def test_build_with_a_db_under_a_file_is_one_line(a_file, tmp_path):
    one_clear_line(etl("build", "--db", a_file / "indicators.duckdb", "--quiet"), "--db", "notes.txt 是一个文件")


def test_import_reported_with_a_store_under_a_file_is_one_line(a_file, sample_db):
    one_clear_line(etl("import-reported", GOOD, "--admin", "--db", sample_db, "--reported-db", a_file / "r.duckdb"),
                   "--reported-db", "不是文件夹")


def test_backup_reported_into_a_folder_under_a_file_is_one_line(a_file, tmp_path):
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, __import__("pandas").DataFrame({"target_id": ["t"], "period": ["2024"], "value": [1.0]}),
                    account="a", how="cli")
    one_clear_line(etl("backup-reported", "--reported-db", store, "--out", a_file / "backup"), "--out", "不是文件夹")


@pytest.fixture
def full_disk(tmp_path):
    """A real, nearly full file system: a 256 KB tmpfs, with what is left filled up to ``spare`` bytes."""
    mount = tmp_path / f"small-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()}): needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(mount: Path, spare: int = 8192) -> None:
    stat = os.statvfs(mount)
    free = stat.f_bavail * stat.f_frsize
    (mount / "filler").write_bytes(b"\0" * max(free - spare, 0))


def test_build_onto_a_full_disk_is_one_line_and_leaves_no_half_file(full_disk, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / SOURCE.name).write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    _fill(full_disk)
    one_clear_line(etl("build", "--sources", sources, "--db", full_disk / "indicators.duckdb", "--quiet"), "磁盘已满")
    assert not [p for p in full_disk.iterdir() if p.name.startswith("indicators.duckdb") and "lock" not in p.name]


def test_import_reported_onto_a_full_disk_is_one_line_and_writes_nothing(full_disk, sample_db):
    _fill(full_disk, spare=4096)
    store = full_disk / "reported.duckdb"
    one_clear_line(etl("import-reported", GOOD, "--admin", "--db", sample_db, "--reported-db", store,
                       "--today", "2024-09-01"), "磁盘已满")


def test_backup_reported_onto_a_full_disk_is_one_line(full_disk, tmp_path):
    store = tmp_path / "reported.duckdb"
    import pandas as pd

    rep.save_values(store, pd.DataFrame({"target_id": [f"t-{i}" for i in range(2000)], "period": ["2024"] * 2000,
                                         "value": [float(i) for i in range(2000)], "note": ["说明" * 20] * 2000}),
                    account="a", how="cli")
    _fill(full_disk, spare=4096)
    one_clear_line(etl("backup-reported", "--reported-db", store, "--out", full_disk / "backup"), "磁盘已满")


# --- the entry page ----------------------------------------------------------------------------

PAGE = str(ROOT / "pages" / "entry.py")


@pytest.mark.parametrize("which", ["reported", "indicators"])
def test_entry_page_names_a_damaged_store_as_damaged_not_busy(tmp_path, monkeypatch, which):
    indicators = write_sample_db(tmp_path / "indicators.duckdb")
    store = tmp_path / "reported.duckdb"
    rep.save_values(store, __import__("pandas").DataFrame({"target_id": ["t-gdp"], "period": ["2022"], "value": [6.1]}),
                    account="a", how="cli")
    damaged = store if which == "reported" else indicators
    damaged.write_bytes(b"\x00garbage, not DuckDB" * 500)
    monkeypatch.setenv("INDICATORS_DB", str(indicators))
    monkeypatch.setenv("REPORTED_DB", str(store))
    monkeypatch.setenv("ACCOUNTS_FILE", str(tmp_path / "accounts.toml"))
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    errors = " ".join(e.value for e in at.error)
    assert "已损坏" in errors and str(damaged) in errors, errors
    assert "正忙" not in errors
    assert not at.exception


def test_build_with_its_database_inside_the_sources_folder_ignores_its_own_files(tmp_path):
    """The build read its own db.duckdb.publish.lock (and, the second time, db.duckdb) as source
    documents and failed them: "unknown file type '.lock'", exit 1."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / SOURCE.name).write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        done = etl("build", "--sources", sources, "--db", sources / "db.duckdb", "--quiet")
        assert done.returncode == 0, done.stdout + done.stderr
        assert "not loaded" not in done.stdout
