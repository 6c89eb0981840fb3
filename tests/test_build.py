"""`python -m etl build`: the five sources into a real DuckDB file, atomically, with bad inputs
named and the previous database kept."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT, SOURCES
from docgen import make_corrupt_pdf, make_docx, make_encrypted_pdf, make_image_only_pdf, make_pdf

from etl.load import BuildError, build_database
from etl.metadata import read_manifest
from etl.pipeline import document_to_targets
from etl.read import read_source

SMALL = "003_80b71f251b8369b3.txt"  # the smallest source: fast builds


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def copy_sources(dst: Path, names: list[str] | None = None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for p in SOURCES.iterdir():
        if names is None or p.name in names or p.name == "manifest.csv":
            shutil.copy(p, dst / p.name)
    return dst


def count(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("build") / "indicators.duckdb"
    result = run_cli("build", "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    return db


def test_every_source_loads_with_its_metadata(built):
    assert count(built, "SELECT count(*) FROM documents") == 5
    assert count(built, "SELECT count(*) FROM documents WHERE doc_number = '冠发〔2023〕5号' AND horizon_year = 2025") == 1
    levels = dict(duckdb.connect(str(built), read_only=True).execute("SELECT name, level FROM jurisdictions").fetchall())
    assert levels["冠县"] == "county" and levels["聊城市"] == "city" and levels["聊城经济技术开发区"] == "zone"


def test_targets_carry_their_clause_and_departments(built):
    con = duckdb.connect(str(built), read_only=True)
    row = con.execute(
        "SELECT indicator_name, value, unit, comparator, kind, lead_departments, clause_ref, source_text"
        " FROM targets WHERE jurisdiction = '聊城市' AND value = 3000 AND unit = '个'"
    ).fetchone()
    assert "5G基站" in row[0]
    assert row[2:5] == ("个", ">=", "increment")
    assert row[5] == ["市工业和信息化局"]
    assert row[6] == "30"
    assert "3000" in row[7]


def test_indicator_table_rows_have_baselines_and_attribute(built):
    con = duckdb.connect(str(built), read_only=True)
    row = con.execute(
        "SELECT value, comparator, baseline_value, baseline_year, attribute, per_year FROM targets"
        " WHERE clause_ref = 'table' AND indicator_name LIKE '地区生产总值增速%'"
    ).fetchone()
    assert row == (6.0, ">=", 2.8, 2020, "预期性", True)


def test_catalog_codes_let_jurisdictions_be_compared(built):
    n = count(built, "SELECT count(DISTINCT jurisdiction) FROM targets WHERE indicator_code = '5g_base_stations'")
    assert n >= 3


def test_target_ids_are_stable_across_rebuilds_and_edits(tmp_path):
    src = copy_sources(tmp_path / "src", [SMALL])
    first = build_database(src, tmp_path / "a.duckdb")
    ids_before = dict(_ids(tmp_path / "a.duckdb"))
    # an item inserted at the top and a corrected number further down must not move the others
    path = src / SMALL
    text = path.read_text(encoding="utf-8")
    text = text.replace("一、深入实施创新驱动发展战略", "一、深入实施创新驱动发展战略\n\n0. 新增一项工作。全年新增充电桩 20 个。〔牵头单位：区经济发展局〕", 1)
    text = text.replace("招聘高校毕业生 400 名", "招聘高校毕业生 450 名")
    path.write_text(text, encoding="utf-8")
    build_database(src, tmp_path / "b.duckdb")
    ids_after = dict(_ids(tmp_path / "b.duckdb"))
    assert first.n_targets == len(ids_before)
    kept = {k: v for k, v in ids_before.items() if k[0] != "招聘高校毕业生"}
    assert all(ids_after.get(k) == v for k, v in kept.items())
    teachers = [v for k, v in ids_before.items() if "高校毕业生" in k[0]]
    assert teachers and teachers[0] in ids_after.values()  # the corrected target kept its id


def _ids(db: Path):
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT indicator_name, kind, position, target_id FROM targets ORDER BY position").fetchall()
    con.close()
    seen: dict = {}
    for name, kind, _, tid in rows:
        n = seen.get((name, kind), 0) + 1
        seen[(name, kind)] = n
        yield (name, kind, n), tid


def test_document_without_manifest_row_is_inferred_with_a_warning(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SOURCES / "004_732dde5a7dac0490.txt", src / "guanxian.txt")
    report = build_database(src, tmp_path / "db.duckdb")
    (doc,) = report.documents
    assert doc.meta.doc_number == "冠发〔2023〕5号"
    assert doc.meta.horizon_year == 2025
    assert doc.meta.jurisdiction == "冠县"
    assert "三年行动计划" in doc.meta.title
    assert doc.meta.issuing_body.startswith("中共冠县县委")
    (warning,) = [w for f, w in report.warnings if "inferred" in w]
    assert "doc_number" in warning and "horizon_year" in warning


# --- PDF and DOCX give the targets of the text -----------------------------------------------


def _targets_of(lines: list[str]):
    meta = read_manifest(SOURCES / "manifest.csv")[SMALL]
    targets, _ = document_to_targets(lines, meta)
    return [(t.indicator_name, t.value, t.unit, t.comparator, t.kind, tuple(t.lead_departments)) for t in targets]


@pytest.mark.parametrize("make,suffix", [(make_pdf, ".pdf"), (make_docx, ".docx")], ids=["pdf", "docx"])
def test_pdf_and_docx_give_the_same_targets_as_text(tmp_path, make, suffix):
    text_lines = read_source(SOURCES / SMALL).lines
    table = [["序号", "指标事项", "牵头部门", "参与部门", "完成时限"],
             ["1", "到2025年，全县非化石能源消费占比达到13%以上。", "县发展改革局", "—", "2025年年底"]]
    path = make(tmp_path / f"doc{suffix}", text_lines, {40: table})
    got = _targets_of(read_source(path).lines)
    expected = _targets_of(text_lines[:40] + ["\t".join(r) for r in table] + text_lines[40:])
    assert len(expected) > 40
    assert got == expected
    assert ("非化石能源消费占比", 13.0, "%", ">=", "level", ("县发展改革局",)) in got  # the table row


# --- bad inputs: named, the others load, the old database survives ---------------------------

BAD = {
    "corrupt.pdf": (lambda p: make_corrupt_pdf(p, ["到2025年，力争高新技术企业达到80家。"] * 30), "corrupt"),
    "locked.pdf": (lambda p: make_encrypted_pdf(p, ["到2025年，力争高新技术企业达到80家。"]), "encrypted"),
    "scan.pdf": (lambda p: make_image_only_pdf(p), "no text layer"),
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 8), "undecodable"),
    "table.xlsx": (lambda p: p.write_bytes(b"PK\x03\x04 not a document"), "unknown file type"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_file_is_named_and_the_others_load(tmp_path, name):
    src = copy_sources(tmp_path / "src", [SMALL])
    make, reason = BAD[name]
    make(src / name)
    db = tmp_path / "indicators.duckdb"
    result = run_cli("build", "--sources", str(src), "--db", str(db), "--quiet")
    assert result.returncode == 1
    assert f"error: {name}: not loaded:" in result.stdout
    assert reason in result.stdout
    assert count(db, "SELECT count(*) FROM documents") == 1
    assert count(db, f"SELECT count(*) FROM build_warnings WHERE source_file = '{name}'") == 1


def test_only_bad_files_keep_the_previous_database(tmp_path):
    db = tmp_path / "indicators.duckdb"
    build_database(copy_sources(tmp_path / "good", [SMALL]), db)
    before = count(db, "SELECT count(*) FROM targets")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="no readable documents"):
        build_database(bad, db)
    result = run_cli("build", "--sources", str(bad), "--db", str(db), "--quiet")
    assert result.returncode == 2 and "no readable documents" in result.stderr
    assert count(db, "SELECT count(*) FROM targets") == before
    assert not list(tmp_path.glob("*.building*"))


def test_a_build_killed_midway_leaves_a_whole_database(tmp_path):
    """SIGKILL the build as soon as it starts writing: the database file is the old one or the
    complete new one, never a torn file."""
    db = tmp_path / "indicators.duckdb"
    build_database(copy_sources(tmp_path / "small", [SMALL]), db)
    old_targets = count(db, "SELECT count(*) FROM targets")
    proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    building = db.with_name(db.name + ".building")
    deadline = time.time() + 60
    while time.time() < deadline and not building.exists() and proc.poll() is None:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n = count(db, "SELECT count(*) FROM targets")
    info = count(db, "SELECT n_targets FROM build_info")
    assert n == info  # complete, whichever it is
    assert n in (old_targets,) or n > old_targets


def test_cli_explains_itself():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "evaluate"):
        assert command in result.stdout
        sub = run_cli(command, "--help")
        assert sub.returncode == 0 and "--sources" in sub.stdout


def test_evaluate_names_a_missing_folder_or_a_bad_reading_line_in_one_line(tmp_path):
    result = run_cli("evaluate", "--sources", str(tmp_path / "nowhere"), "--readings", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and result.stderr.strip() == f"error: folder not found: {tmp_path / 'nowhere'}"
    (tmp_path / "d.txt").write_text("新增高新技术企业5家。", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"value": 5, "text": "新增高新技术企业5家"}\n{"value": 5, "text"\n', encoding="utf-8")
    result = run_cli("evaluate", "--sources", str(tmp_path), "--readings", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"error: {tmp_path / 'd.jsonl'}: line 2: not a JSON object")
    (tmp_path / "d.jsonl").write_text('{"text": "新增高新技术企业5家"}\n', encoding="utf-8")
    result = run_cli("evaluate", "--sources", str(tmp_path), "--readings", str(tmp_path))
    assert result.returncode == 2 and 'line 1: a record needs "value" and "text"' in result.stderr


def test_parallel_build_gives_the_same_targets(tmp_path):
    src = copy_sources(tmp_path / "src", [SMALL, "000_4e7d5761cb5f53ec.txt"])
    build_database(src, tmp_path / "one.duckdb", workers=1)
    build_database(src, tmp_path / "two.duckdb", workers=2)
    sql = "SELECT target_id, indicator_name, value FROM targets ORDER BY target_id"
    one = duckdb.connect(str(tmp_path / "one.duckdb"), read_only=True).execute(sql).fetchall()
    two = duckdb.connect(str(tmp_path / "two.duckdb"), read_only=True).execute(sql).fetchall()
    assert one == two and len(one) > 100
