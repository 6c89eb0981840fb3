"""Importing reported values from CSV and Excel: all-or-nothing, with a row-by-row report.

Files are in tests/fixtures/reported/ (see its README). ``today`` is fixed at 2024-09-01, so
2024Q3 has begun and 2024Q4 has not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import store_arg

from outputs import export
from tracking import commands as cli_reported
from tracking import reported as rep
from tracking import reported_import as imp
from tracking.accounts import Account, Grant

FILES = Path(__file__).parent / "fixtures" / "reported"
TODAY = date(2024, 9, 1)


@pytest.fixture
def store(sample_db, store):
    """The built database and the officials' store, on each back end (conftest's ``store``)."""
    return {"indicators_db": sample_db, "reported_db": store}


def run(store, name, **kw):
    return imp.import_file(FILES / name, account_name="tester", today=TODAY, **store, **kw)


def problems(report) -> list[tuple]:
    return [(p.row, p.column, p.code) for p in report.problems.itertuples()]


# --- good files: every encoding and layout gives the same four values --------------------------

GOOD_VALUES = {("t-hitech-gx", "2024Q2"): 65.0, ("t-pm25-gx", "2024Q2"): 45.5,
               ("t-5g-zone", "2024Q2"): 120.0, ("t-income-gx", "2023"): 6.3}


@pytest.mark.parametrize("name, encoding, sheet", [
    ("good.csv", "utf-8", None),
    ("good_utf8_bom.csv", "utf-8", None),
    ("good_gb18030.csv", "gb18030", None),
    ("extra_sheets.xlsx", None, "填报"),    # the template's sheet, though not the first
    ("first_sheet.xlsx", None, "Sheet1"),   # no 填报 sheet: the first one; numbers as numbers
])
def test_good_files_import_every_value(store, name, encoding, sheet):
    report = run(store, name)
    assert report.ok, report.problems
    assert (report.saved, report.skipped, report.encoding, report.sheet) == (4, 1, encoding, sheet)
    latest = rep.latest_reported(store["reported_db"])
    assert {(r.target_id, r.period): r.value for r in latest.itertuples()} == GOOD_VALUES
    log = rep.audit_log(store["reported_db"])
    assert set(log["how"]) == {"import"} and set(log["account"]) == {"tester"} and len(log) == 4


def test_importing_the_same_file_twice_changes_nothing(store):
    run(store, "good.csv")
    again = run(store, "good.csv")
    assert (again.ok, again.saved, again.unchanged) == (True, 0, 4)
    assert len(rep.audit_log(store["reported_db"])) == 4


def test_note_and_unit_are_kept(store):
    run(store, "good.csv")
    latest = rep.latest_reported(store["reported_db"]).set_index("target_id")
    assert latest.loc["t-pm25-gx", "note"] == "国控站点均值"
    assert latest.loc["t-pm25-gx", "unit"] == "微克/立方米"


# --- bad files: nothing written, every problem listed ------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("wrong_types.csv", [(2, "value", "not_a_number"), (3, "value", "not_a_number"),
                         (4, "period", "bad_period")]),
    ("unknown_target.csv", [(3, "target_id", "unknown_target")]),
    ("duplicates.csv", [(4, "period", "duplicate")]),     # 2024年第二季度 is 2024Q2 again
    ("future_period.csv", [(3, "period", "future_period"), (4, "period", "period_out_of_span")]),
    ("units.csv", [(3, "unit", "unit_mismatch")]),        # 个 ≠ 家; 万人 → 人 is converted
    ("empty.csv", [(0, "", "unreadable")]),
    ("header_only.csv", [(0, "", "empty_file")]),
    ("missing_columns.csv", [(1, "period", "missing_column")]),
    ("latin1.csv", [(0, "", "unreadable")]),
    ("utf16_no_bom.csv", [(0, "", "unreadable")]),
    ("not_really.xlsx", [(0, "", "unreadable")]),
])
def test_bad_files_write_nothing_and_say_why(store, name, expected):
    report = run(store, name)
    assert not report.ok
    assert problems(report) == expected
    assert report.problems["reason"].str.len().min() > 0
    assert rep.latest_reported(store["reported_db"]).empty
    assert rep.audit_log(store["reported_db"]).empty


def test_one_bad_row_blocks_the_good_ones(store):
    report = run(store, "unknown_target.csv")      # row 2 is fine, row 3 is not
    assert not report.ok and report.saved == 0
    assert rep.latest_reported(store["reported_db"]).empty


def test_a_bad_import_leaves_earlier_values_intact(store):
    run(store, "good.csv")
    before = rep.history(store["reported_db"])
    assert not run(store, "wrong_types.csv").ok
    pd.testing.assert_frame_equal(rep.history(store["reported_db"]), before)


@pytest.mark.parametrize("name, words", [
    ("latin1.csv", ["编码", "UTF-8", "GB18030"]),
    ("not_really.xlsx", ["Excel"]),
    ("empty.csv", ["没有数据"]),
])
def test_unreadable_files_are_explained(store, name, words):
    reason = run(store, name).problems.loc[0, "reason"]
    assert all(w in reason for w in words), reason


def test_reasons_name_the_value_and_the_rule(store):
    report = run(store, "future_period.csv")
    reasons = report.problems["reason"].tolist()
    assert reasons == ["报告期 2024Q4 尚未开始（今天是 2024-09-01）", "报告期 2026 不在规划期 2022–2025 年内"]


def test_unit_conversion_is_explicit_and_noted(store, tmp_path):
    f = tmp_path / "units_ok.csv"
    f.write_text("target_id,period,value,unit\nt-talent-jb,2023,0.0045,万人\n", encoding="utf-8")
    report = imp.import_file(f, account_name="tester", today=TODAY, **store)
    assert report.ok
    row = rep.latest_reported(store["reported_db"]).iloc[0]
    assert row["value"] == pytest.approx(45) and row["unit"] == "人"
    assert "万人" in row["note"]


def test_unsupported_file_types(store):
    report = imp.import_file(b"x", filename="values.xls", account_name="t", today=TODAY, **store)
    assert "xlsx" in report.problems.loc[0, "reason"]
    report = imp.import_file(b"x", filename="values.pdf", account_name="t", today=TODAY, **store)
    assert ".pdf" in report.problems.loc[0, "reason"]


def test_an_account_imports_only_its_grants(store):
    guanxian = Account("gx", grants=(Grant("冠县"),))
    report = run(store, "good.csv", account=guanxian)
    assert not report.ok
    assert problems(report) == [(4, "target_id", "permission")]     # t-5g-zone is in the 开发区
    assert "gx" in report.problems.loc[0, "reason"] and "聊城经济技术开发区" in report.problems.loc[0, "reason"]
    everyone = Account("admin", grants=(Grant("*"),))
    assert run(store, "good.csv", account=everyone).ok


# --- small conversions, table-driven -----------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("2024", "2024"), ("2024.0", "2024"), ("2024年", "2024"), (" 2024 ", "2024"),
    ("2024Q3", "2024Q3"), ("2024q3", "2024Q3"), ("2024-Q3", "2024Q3"), ("2024 Q3", "2024Q3"),
    ("2024年第三季度", "2024Q3"), ("2024年3季度", "2024Q3"), ("２０２４Ｑ３", "2024Q3"),
    ("2024Q5", None), ("24Q3", None), ("2024-09", None), ("", None), (None, None),
])
def test_text_to_period(text, period):
    assert imp.text_to_period(text) == period


@pytest.mark.parametrize("text, number", [
    ("65", 65.0), ("45.5", 45.5), ("1,234.5", 1234.5), ("6.3%", 6.3), ("１２", 12.0),
    ("-3", -3.0), ("六十五", None), ("4x", None), ("", None), ("nan", None), ("inf", None),
    ("1,23", None),
])
def test_text_to_number(text, number):
    assert imp.text_to_number(text) == number


@pytest.mark.parametrize("header, key", [
    ("报告期(period)", "period"), ("报告期（period）", "period"), ("报告期", "period"),
    (" Period ", "period"), ("实际值", "value"), ("指标编号", "target_id"), ("辖区(jurisdiction)", None),
])
def test_header_to_key(header, key):
    assert imp.header_to_key(header) == key


# --- the template ------------------------------------------------------------------------------

def test_template_round_trip_csv_and_xlsx(store):
    targets = rep.read_targets(store["indicators_db"])
    frame = imp.template_frame(targets, TODAY)
    assert list(frame.columns) == list(imp.TEMPLATE_HEADERS.values())
    by_id = frame.set_index("指标编号(target_id)")
    assert by_id.loc["t-hitech-gx", "报告期(period)"] == "2024Q3"      # the current quarter
    assert by_id.loc["t-talent-jb", "报告期(period)"] == "2023"        # its plan ended in 2023
    assert by_id.loc["t-pm25-gx", "单位(unit)"] == "微克/立方米"
    assert by_id.loc["t-5g-city", "目标值(target_value)"] == 3000

    # the untouched template imports nothing and says so
    untouched = imp.import_file(export.frame_to_csv(frame), filename="t.csv", account_name="t",
                                today=TODAY, **store)
    assert problems(untouched) == [(0, "value", "no_values")]

    filled = frame.copy()
    filled.loc[filled["指标编号(target_id)"] == "t-hitech-gx", "实际值(value)"] = "66"
    filled.loc[filled["指标编号(target_id)"] == "t-talent-jb", "实际值(value)"] = "41"
    for data, name in [(export.frame_to_csv(filled), "t.csv"), (export.template_xlsx_bytes(filled), "t.xlsx")]:
        report = imp.import_file(data, filename=name, account_name="t", today=TODAY, **store)
        assert report.ok, report.problems
    latest = rep.latest_reported(store["reported_db"])
    assert sorted(zip(latest["target_id"], latest["period"], latest["value"])) == [
        ("t-hitech-gx", "2024Q3", 66.0), ("t-talent-jb", "2023", 41.0)]


def test_template_csv_opens_in_excel_with_chinese():
    frame = pd.DataFrame({"指标": ["高新技术企业"]})
    assert export.frame_to_csv(frame).startswith(b"\xef\xbb\xbf")


# --- the import-reported command ---------------------------------------------------------------

def cli(*argv):
    import argparse


    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([store_arg(a) for a in argv])
    return args.func(args)


def _book(tmp_path) -> Path:
    """An accounts file where 张三 may write every jurisdiction (the command checks grants, issue 15)."""
    from tracking.accounts import add_account

    add_account(tmp_path / "accounts.toml", "张三", None, [Grant("*")])
    return tmp_path / "accounts.toml"


def test_import_reported_command(store, capsys, tmp_path):
    common = ["--db", store["indicators_db"], "--reported-db", store["reported_db"], "--today", "2024-09-01",
              "--accounts-file", _book(tmp_path)]
    assert cli("import-reported", FILES / "wrong_types.csv", *common, "--user", "张三") == 1
    err = capsys.readouterr().err
    assert "未导入任何数据" in err and "第 2 行 value：实际值 六十五 不是数字" in err
    assert cli("import-reported", FILES / "good.csv", *common, "--user", "张三") == 0
    assert "已保存 4 个值" in capsys.readouterr().out
    log = rep.audit_log(store["reported_db"])
    assert set(log["how"]) == {"cli"} and set(log["account"]) == {"张三"}
    assert cli("import-reported", FILES / "no_such_file.csv", *common) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_every_command_has_help_text():
    import argparse


    parser = argparse.ArgumentParser(prog="etl")
    sub = parser.add_subparsers(dest="command")
    cli_reported.register(sub)
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert set(helps) == {"import-reported", "backup-reported", "restore-reported", "reattach", "add-account",
                          "verify-audit", "store"}
    assert all(helps.values())


def test_python_m_etl_import_reported(store, tmp_path):
    """The real command line, once: `python -m etl import-reported FILE --db … --reported-db …`."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-m", "etl", "import-reported", str(FILES / "good_gb18030.csv"),
         "--db", str(store["indicators_db"]), "--reported-db", store_arg(store["reported_db"]),
         "--user", "张三", "--today", "2024-09-01", "--accounts-file", str(_book(tmp_path))],
        cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "已保存 4 个值" in done.stdout
    assert set(rep.audit_log(store["reported_db"])["account"]) == {"张三"}
