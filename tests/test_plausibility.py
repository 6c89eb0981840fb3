"""Absurd values are refused, surprising ones saved with a warning — the same rules in the grid (the
entry page), the import and the CLI, which all pass through reported_import.validate_rows; and no
completion ever prints as "inf%"."""

from __future__ import annotations

import argparse
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from outputs import export, i18n
from tracking import commands as cli_reported
from tracking import plausibility as P
from tracking import reported as rep
from tracking import reported_import as imp
from tracking.accounts import Grant, add_account

TODAY = date(2024, 9, 1)
PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "entry.py")
# sample targets: t-hitech-gx 80家 (level), t-income-gx 6% (growth), t-talent-jb 40人 (increment),
# t-pm25-gx 42微克/立方米 (level)


@pytest.fixture
def store(sample_db, tmp_path):
    return {"indicators_db": sample_db, "reported_db": tmp_path / "reported.duckdb"}


def validate(store, target_id, period, value, unit=""):
    rows = pd.DataFrame({"row": [2], "target_id": [target_id], "period": [period], "value": [value], "unit": [unit]})
    return imp.validate_rows(rows, rep.read_targets(store["indicators_db"]), TODAY)


def codes(problems: pd.DataFrame) -> list[str]:
    return problems["code"].tolist()


REFUSED = [
    ("t-hitech-gx", "2024Q2", "inf", "", "not_finite"),
    ("t-hitech-gx", "2024Q2", "-Infinity", "", "not_finite"),
    ("t-hitech-gx", "2024Q2", "nan", "", "not_finite"),
    ("t-hitech-gx", "2024Q2", "1e309", "", "not_finite"),           # overflows a double
    ("t-talent-jb", "2023", "1e305", "万人", "not_finite"),          # overflows once converted to 人
    ("t-hitech-gx", "2024Q2", "1e16", "", "too_large"),
    ("t-income-gx", "2023", "1001%", "", "percent_out_of_range"),
    ("t-income-gx", "2023", "-100.5", "", "percent_out_of_range"),
    ("t-hitech-gx", "2024Q2", "-3", "", "negative_count"),          # 家
    ("t-talent-jb", "2023", "-0.0002", "万人", "negative_count"),    # converted to 人, still a count
]


@pytest.mark.parametrize("target_id, period, value, unit, code", REFUSED)
def test_absurd_value_is_refused_with_its_reason(store, target_id, period, value, unit, code):
    clean, problems = validate(store, target_id, period, value, unit)
    assert clean.empty and codes(problems) == [code]
    assert problems.loc[0, "column"] == "value" and problems.loc[0, "value"] == value


@pytest.mark.parametrize("target_id, period, value", [
    ("t-income-gx", "2023", "-100"), ("t-income-gx", "2023", "1000%"), ("t-income-gx", "2023", "-2.5"),
    ("t-hitech-gx", "2024Q2", "0"), ("t-pm25-gx", "2024Q2", "1e15"),
])
def test_plausible_edge_values_pass(store, target_id, period, value):
    clean, problems = validate(store, target_id, period, value)
    assert problems.empty and len(clean) == 1


@pytest.mark.parametrize("code, params", [
    ("not_finite", {}), ("too_large", {"limit": "1e+15"}), ("percent_out_of_range", {"low": "-100", "high": "1000"}),
    ("negative_count", {"unit": "家"}), ("ten_times_target", {"target": "80"}), ("tenth_of_target", {"target": "80"}),
    ("ten_times_previous", {"previous": "65"}),
])
def test_every_plausibility_reason_reads_in_both_languages(code, params):
    zh, en = (i18n.t(f"entry.reason.{code}", lang, value="-3", column="value", **params) for lang in ("zh", "en"))
    assert "-3" in zh and "-3" in en and zh != en and "{" not in zh + en


@pytest.mark.parametrize("unit, non_negative", [
    ("个", True), ("家", True), ("万人", True), ("亩", True), ("万亩", True), ("公里", True), ("座", True),
    ("平方公里", True), ("十万千瓦", True), ("元", False), ("亿元", False), ("%", False), ("微克/立方米", False),
    ("个百分点", False), ("", False), (None, False),
])
def test_which_units_cannot_be_negative(unit, non_negative):
    assert P.is_non_negative_unit(unit) is non_negative


@given(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["家", "%", "亿元", "", "万人"]))
def test_a_refused_value_is_exactly_one_outside_the_rules(value, unit):
    """Property: value_refusal refuses a value if and only if it is non-finite, beyond the limit, a
    percentage out of range or a negative count — whatever the float."""
    bad = (not math.isfinite(value) or abs(value) > P.LIMIT
           or (unit == "%" and not -100 <= value <= 1000) or (value < 0 and unit in ("家", "万人")))
    assert (P.value_refusal(value, unit) is not None) is bad


# --- the same rules in the import, the CLI and the grid ------------------------------------------

def cli(*argv) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


BAD_CSV = ("指标编号(target_id),报告期(period),实际值(value)\n"
           "t-hitech-gx,2024Q2,-3\nt-income-gx,2023,inf\nt-pm25-gx,2024Q2,45\n")


def test_import_and_cli_refuse_absurd_values_with_the_same_reasons(store, tmp_path, capsys):
    f = tmp_path / "bad.csv"
    f.write_text(BAD_CSV, encoding="utf-8")
    report = imp.import_file(f, account_name="t", today=TODAY, **store)
    assert [(p.row, p.code) for p in report.problems.itertuples()] == [(2, "negative_count"), (3, "not_finite")]
    assert cli("import-reported", f, "--db", store["indicators_db"], "--reported-db", store["reported_db"],
               "--today", "2024-09-01", "--admin") == 1
    err = capsys.readouterr().err
    assert all(reason in err for reason in report.problems["reason"])
    assert rep.latest_reported(store["reported_db"]).empty


def test_ten_times_off_is_saved_with_a_warning(store, tmp_path, capsys):
    rep.save_values(store["reported_db"], pd.DataFrame({"target_id": ["t-hitech-gx"], "period": ["2024Q1"],
                                                        "value": [65.0]}), account="t", how="cli")
    f = tmp_path / "odd.csv"
    f.write_text("指标编号(target_id),报告期(period),实际值(value)\n"
                 "t-hitech-gx,2024Q2,850\nt-income-gx,2023,6.3%\nt-talent-jb,2023,3\n", encoding="utf-8")
    report = imp.import_file(f, account_name="t", today=TODAY, **store)
    assert report.ok and report.saved == 3
    assert [(w.row, w.value, w.code) for w in report.warnings.itertuples()] == [
        (2, "850", "ten_times_target"), (2, "850", "ten_times_previous")]  # 3人 of 40: an increment begins small
    assert "十倍" in report.warnings.loc[0, "reason"]
    assert cli("import-reported", f, "--db", store["indicators_db"], "--reported-db", store["reported_db"],
               "--today", "2024-09-01", "--admin") == 0
    assert "目标值 80 的十倍以上" in capsys.readouterr().out


def test_a_level_below_a_tenth_of_its_target_is_a_warning(store):
    clean, _ = validate(store, "t-hitech-gx", "2024Q2", "6")
    warnings = imp.plausibility_warnings(clean, rep.read_targets(store["indicators_db"]))
    assert warnings["code"].tolist() == ["tenth_of_target"]


def test_the_store_never_holds_an_infinite_value(store):
    with pytest.raises(ValueError, match="finite"):
        rep.save_values(store["reported_db"], pd.DataFrame({"target_id": ["t-gdp"], "period": ["2022"],
                                                            "value": [math.inf]}), account="t", how="cli")
    assert rep.latest_reported(store["reported_db"]).empty


@pytest.fixture
def page_env(sample_db, tmp_path, monkeypatch):
    accounts = tmp_path / "accounts.toml"
    add_account(accounts, "gx", "gx-password", [Grant("冠县")], rounds=4)
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    monkeypatch.setenv("ACCOUNTS_FILE", str(accounts))
    return tmp_path / "reported.duckdb"


def grid_save(rows: dict[int, dict]) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=30)
    at.session_state["entry_account"] = "gx"
    at.run()
    at.session_state[at.data_editor[0].key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    return at.button(key="entry_save").click().run()


def test_grid_refuses_a_negative_count_with_the_same_reason(page_env):
    at = grid_save({0: {"period": "2024Q2", "value": "-3"}})   # row 1: 高新技术企业 (家)
    assert not at.exception
    reasons = next(d.value for d in at.dataframe if "原因" in d.value.columns)["原因"].tolist()
    assert reasons == [imp.REASONS["negative_count"]["zh"].format(unit="家", value="-3")]
    assert rep.latest_reported(page_env).empty


def test_grid_saves_a_ten_times_value_and_shows_the_warning(page_env):
    at = grid_save({0: {"period": "2024Q2", "value": "850"}})
    assert not at.exception
    assert any("十倍" in w.value for w in at.warning)
    table = next(d.value for d in at.dataframe if "原因" in d.value.columns)
    assert table["指标"].tolist() == ["高新技术企业"] and "目标值 80" in table["原因"][0]
    assert rep.latest_reported(page_env)["value"].tolist() == [850.0]


# --- completion never prints as inf% -------------------------------------------------------------

@pytest.mark.parametrize("fmt", [lambda v: i18n.fmt_percent(v), lambda v: i18n.fmt_number(v, "%"),
                                 lambda v: i18n.fmt_points(v)])
def test_infinite_completion_prints_as_a_dash_not_inf_percent(fmt):
    assert fmt(math.inf) == fmt(-math.inf) == "—"
    assert "inf" not in fmt(1e300).lower()


def test_ledger_with_an_infinite_completion_writes_no_inf():
    frame = pd.DataFrame({"target_id": ["t"], "completion": [math.inf], "latest_value": [math.inf], "unit": ["%"]})
    table = export.ledger_table(frame)
    assert pd.isna(table[i18n.t("col.completion")][0]) and table[i18n.t("col.latest")][0] == "—"
    assert "inf" not in export.frame_to_csv(table).decode("utf-8-sig").lower()
    assert "inf" not in export.frame_to_csv(pd.DataFrame({"x": [math.inf, 1.0]})).decode("utf-8-sig").lower()
