"""`python -m etl status` prints what the pages show (issue 12): the same statuses, completions and
reasons as the 目标台账 page, on the real database built from data/sources."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest
from conftest import ROOT, build_with_beaten_hitech
from streamlit.testing.v1 import AppTest

from outputs import i18n

TODAY = date.today().isoformat()


@pytest.fixture(scope="module")
def guanxian(tmp_path_factory):
    return build_with_beaten_hitech(tmp_path_factory.mktemp("status"))


def blank_to_none(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and value != value) or str(value) in ("nan", "None", "<NA>", "") \
        else str(value)


def run_status(db, rep, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "status", "--db", str(db), "--reported-db", str(rep), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_guanxian_hitech_80_with_85_reported_is_achieved_from_the_command_line(guanxian):
    db, rep, hitech = guanxian
    run = run_status(db, rep, "--jurisdiction", "冠县", "--format", "csv")
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(io.StringIO(run.stdout), dtype=str).set_index(i18n.t("col.target_id"))
    row = table.loc[hitech]
    assert row[i18n.t("col.status")] == "已完成"
    assert float(row[i18n.t("col.completion")]) >= 100
    assert "已完成" in row[i18n.t("col.reason")]
    assert set(table[i18n.t("col.jurisdiction")]) == {"冠县"}


def test_the_command_prints_the_numbers_the_ledger_page_shows(guanxian, monkeypatch):
    db, rep, _ = guanxian
    run = run_status(db, rep, "--jurisdiction", "冠县", "--format", "csv")
    cli = pd.read_csv(io.StringIO(run.stdout), dtype=str).set_index(i18n.t("col.target_id"))
    monkeypatch.setenv("INDICATORS_DB", str(db))
    monkeypatch.setenv("REPORTED_DB", str(rep))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["jurisdiction"] = "冠县"
    at.run()
    at.switch_page("pages/ledger.py").run()
    page = at.dataframe[0].value.astype(str).set_index(i18n.t("col.target_id"))
    assert set(page.index) == set(cli.index)
    for key in ("col.status", "col.target", "col.latest", "col.completion"):
        column = i18n.t(key)
        for tid in cli.index:
            a, b = blank_to_none(page.at[tid, column]), blank_to_none(cli.at[tid, column])
            if key == "col.completion" and a is not None and b is not None:
                assert float(a) == pytest.approx(float(b)), (tid, column)
            else:
                assert a == b, (tid, column, a, b)


def test_english_and_bad_input_give_one_clear_line(guanxian, tmp_path):
    db, rep, _ = guanxian
    run = run_status(db, rep, "--jurisdiction", "不存在县", "--lang", "en")
    assert run.returncode == 1 and run.stderr.startswith("error: no jurisdiction '不存在县'")
    assert "Traceback" not in run.stderr
    run = run_status(tmp_path / "none.duckdb", rep)
    assert run.returncode == 1 and "python -m etl build" in run.stderr
    run = run_status(db, rep, "--jurisdiction", "冠县", "--lang", "en")
    assert run.returncode == 0 and "Achieved" in run.stdout and "Reason" in run.stdout


def test_guanxian_hitech_80_with_85_reported_is_achieved_in_the_meeting_pack(guanxian):
    """Issue 12's done-when, in the pack: its workbook row and its indicator slide say 已完成,
    never 严重滞后 (slide 4 said 严重滞后, 完成度 0 %)."""
    from openpyxl import load_workbook
    from pptx import Presentation

    from outputs import export
    from outputs import pack as P
    from outputs.pack_data import PackOptions
    from tracking.queries import Filters

    db, rep, hitech = guanxian
    try:
        pack = P.make_meeting_pack(Filters(jurisdiction="冠县"), PackOptions(max_slides=3), indicators_db=db,
                                   reported_db=rep, today=date(2026, 3, 31))
    finally:
        export.stop_server()
    sheet = load_workbook(io.BytesIO(pack.xlsx_bytes)).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(rows) if i18n.t("col.target_id") in r)
    ids, statuses = rows[header].index(i18n.t("col.target_id")), rows[header].index(i18n.t("col.status"))
    assert [r[statuses] for r in rows[header + 1:] if r[ids] == hitech] == [i18n.status_label("achieved")]
    texts = ["\n".join([s.text_frame.text for s in slide.shapes if s.has_text_frame]
                       + [c.text for s in slide.shapes if s.has_table for r in s.table.rows for c in r.cells])
             for slide in Presentation(io.BytesIO(pack.pptx_bytes)).slides]
    shown = [t for t in texts if "高新技术企业" in t and "85" in t]
    assert shown and all(i18n.status_label("achieved") in t and i18n.status_label("severe") not in t for t in shown)
    assert all("85家（首次填报）" in t for t in shown)  # not passed off as the document's baseline
