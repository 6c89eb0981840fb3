"""A broken manifest.csv is named row by row and field by field — never a silent blank, never a
traceback: GBK bytes, short and long rows, a file named twice, a path, UTF-16, a stray quote; a row
for a file that is not there is a build warning."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.load import build_database
from etl.metadata import MANIFEST_COLUMNS, ManifestError, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
SMALL = "003_80b71f251b8369b3.txt"
HEADER = ",".join(MANIFEST_COLUMNS)
ROW = f"{SMALL},江北水城旅游度假区2023年重点工作任务,江北水城旅游度假区,zone,聊城市,annual_tasks,管委会,,2023-06-07,2023"


def manifest(tmp_path: Path, body: str | bytes, files: tuple[str, ...] = (SMALL,)) -> Path:
    for name in files:
        (tmp_path / name).write_text("x", encoding="utf-8")
    path = tmp_path / "manifest.csv"
    if isinstance(body, str):
        path.write_text(body, encoding="utf-8")
    else:
        path.write_bytes(body)
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ManifestError) as e:
        read_manifest(path)
    return [line.split(": ", 1)[1] for line in str(e.value).splitlines()]


def test_gbk_manifest_names_the_row_and_field_instead_of_a_traceback(tmp_path):
    # Excel on Chinese Windows saves "CSV" as GBK: open(encoding="utf-8") raised UnicodeDecodeError
    path = manifest(tmp_path, (HEADER + "\n" + ROW + "\n").encode("gbk"))
    found = problems(path)
    assert found[0] == ("row 2: field 'title' is not UTF-8; as GBK it reads '江北水城旅游度假区2023年重点工作任务': "
                        "save the manifest as 'CSV UTF-8'")
    assert all(p.startswith("row 2: field ") and "CSV UTF-8" in p for p in found)
    assert {p.split("'")[1] for p in found} == {"title", "jurisdiction", "parent_jurisdiction", "issuing_body"}


def test_short_row_names_the_missing_fields_instead_of_blanks(tmp_path):
    path = manifest(tmp_path, HEADER + "\n" + ",".join(ROW.split(",")[:7]) + "\n")
    assert problems(path) == ["row 2: 7 fields, the header has 10: field(s) 'doc_number', 'issued_date', "
                              "'horizon_year' missing"]


def test_long_row_names_the_extra_values(tmp_path):
    path = manifest(tmp_path, HEADER + "\n" + ROW + ",多余\n")
    assert problems(path) == ["row 2: 11 fields, the header has 10 (extra: '多余')"]


def test_a_file_named_twice_names_both_rows(tmp_path):
    path = manifest(tmp_path, HEADER + "\n" + ROW + "\n" + ROW.replace("管委会", "办公室") + "\n")
    assert problems(path) == [f"row 3: field 'file': '{SMALL}' repeats row 2"]


def test_a_path_instead_of_a_file_name_is_refused(tmp_path):
    path = manifest(tmp_path, HEADER + "\n" + ROW.replace(SMALL, "../" + SMALL, 1) + "\n")
    assert problems(path) == [f"row 2: field 'file' must be a file name in {tmp_path.name}/, not a path: '../{SMALL}'"]


def test_utf16_manifest_says_how_to_save_it(tmp_path):
    path = manifest(tmp_path, (HEADER + "\n" + ROW + "\n").encode("utf-16"))
    with pytest.raises(ManifestError, match="UTF-16.*CSV UTF-8"):
        read_manifest(path)


def test_a_stray_quote_is_a_named_problem_not_a_traceback(tmp_path):
    path = manifest(tmp_path, HEADER + "\n" + ROW + '\n"unterminated,' + "x" * 10 + "\n")
    with pytest.raises(ManifestError) as e:
        read_manifest(path)
    assert "row 3" in str(e.value)


def test_every_problem_is_listed_together(tmp_path):
    short = ",".join(ROW.replace(SMALL, "a.txt").split(",")[:3])
    body = "\n".join([HEADER, ROW, ROW, short, ROW.replace(SMALL, "b.txt").replace("2023-06-07", "2023/6/7")]) + "\n"
    found = problems(manifest(tmp_path, body, files=(SMALL, "a.txt", "b.txt")))
    assert [p.split(":")[0] for p in found] == ["row 3", "row 4", "row 5"]
    assert ["repeats row 2" in found[0], "missing" in found[1], "issued_date" in found[2]] == [True] * 3


def test_a_row_for_a_missing_file_is_a_warning_of_the_build(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SOURCES / SMALL, sources / SMALL)
    (sources / "manifest.csv").write_text(HEADER + "\n" + ROW + "\n" + ROW.replace(SMALL, "004_typo.txt") + "\n",
                                          encoding="utf-8")
    warnings: list[str] = []
    assert list(read_manifest(sources / "manifest.csv", warnings)) == [SMALL, "004_typo.txt"]
    assert warnings == ["row 3: field 'file': no file '004_typo.txt' beside the manifest; the row is unused"]
    report = build_database(sources, tmp_path / "indicators.duckdb")
    assert ("manifest.csv", warnings[0]) in report.warnings


def test_the_real_manifest_reads_without_problems():
    warnings: list[str] = []
    assert len(read_manifest(SOURCES / "manifest.csv", warnings)) == 5 and warnings == []


def test_build_with_a_gbk_manifest_fails_with_one_clear_message(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SOURCES / SMALL, sources / SMALL)
    (sources / "manifest.csv").write_bytes((HEADER + "\n" + ROW + "\n").encode("gbk"))
    run = subprocess.run([sys.executable, "-m", "etl", "build", "--sources", str(sources), "--db",
                          str(tmp_path / "i.duckdb"), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "row 2: field 'title' is not UTF-8" in run.stderr
