"""Issue 15: the command line checks grants like the app. ``import-reported`` and ``reattach``
write as an account that must be granted every jurisdiction and department written, or as an
explicit ``--admin`` that the audit log records as ``admin-override:<OS user>``; a ``--user`` that
is not an account is refused with one clear line, and nothing is written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import write_sample_db

from tracking import accounts
from tracking import commands as cli_reported
from tracking import reported as rep

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "fixtures" / "reported" / "good.csv"  # 冠县 ×3 and 聊城经济技术开发区 ×1


@pytest.fixture
def setup(sample_db, tmp_path):
    book = tmp_path / "accounts.toml"
    accounts.add_account(book, "gx", None, [accounts.Grant("冠县")])
    accounts.add_account(book, "all", None, [accounts.Grant("*")])
    accounts.add_account(book, "jb", None, [accounts.Grant("江北水城旅游度假区")])
    return {"db": sample_db, "reported": tmp_path / "reported.duckdb", "book": book}


def cli(setup, *argv) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(a) for a in argv] + ["--db", str(setup["db"]), "--reported-db", str(setup["reported"]),
                                                        "--accounts-file", str(setup["book"])])
    return args.func(args)


def _written(setup) -> int:
    return 0 if not setup["reported"].exists() else len(rep.audit_log(setup["reported"]))


def test_import_reported_with_a_user_that_is_not_an_account_is_refused_in_one_line(setup, capsys):
    assert cli(setup, "import-reported", GOOD, "--user", "随便写的名字", "--today", "2024-09-01") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "账号 随便写的名字 不存在" in err and "--admin" in err
    assert _written(setup) == 0


def test_import_reported_beyond_the_accounts_grants_writes_nothing_and_names_the_rows(setup, capsys):
    """gx may write 冠县 only; the file also holds a 聊城经济技术开发区 row, so nothing is written."""
    assert cli(setup, "import-reported", GOOD, "--user", "gx", "--today", "2024-09-01") == 1
    err = capsys.readouterr().err
    assert "第 4 行" in err and "无权填报 聊城经济技术开发区" in err
    assert _written(setup) == 0
    assert cli(setup, "import-reported", GOOD, "--user", "all", "--today", "2024-09-01") == 0
    assert set(rep.audit_log(setup["reported"])["account"]) == {"all"}


def test_import_reported_as_admin_is_recorded_as_an_override(setup, capsys):
    assert cli(setup, "import-reported", GOOD, "--admin", "--today", "2024-09-01") == 0
    assert set(rep.audit_log(setup["reported"])["account"]) == {f"admin-override:{getpass.getuser()}"}
    assert cli(setup, "import-reported", GOOD, "--admin", "--user", "all", "--today", "2024-09-01") == 1
    assert "只能选一个" in capsys.readouterr().err


def test_import_reported_without_user_needs_the_os_user_to_be_an_account(setup, capsys):
    assert cli(setup, "import-reported", GOOD, "--today", "2024-09-01") == 1
    assert f"账号 {getpass.getuser()} 不存在" in capsys.readouterr().err
    assert _written(setup) == 0


def _orphan(setup) -> None:
    """The 江北水城 target's values, orphaned by a rebuild that renamed it t-talent-jb-2."""
    import pandas as pd

    rep.save_values(setup["reported"], pd.DataFrame({"target_id": ["t-talent-jb"], "period": ["2023"],
                                                     "value": [42.0], "unit": ["人"]}), account="a", how="form")
    fresh = setup["db"].with_suffix(".new")
    write_sample_db(fresh)
    con = duckdb.connect(str(fresh))
    con.execute("UPDATE targets SET target_id = 't-talent-jb-2' WHERE target_id = 't-talent-jb'")
    con.close()
    os.replace(fresh, setup["db"])


def test_reattach_by_an_account_without_the_new_targets_jurisdiction_is_refused(setup, capsys):
    _orphan(setup)
    assert cli(setup, "reattach", "t-talent-jb", "t-talent-jb-2", "--user", "gx") == 1
    assert "账号 gx 无权填报 江北水城旅游度假区" in capsys.readouterr().err
    assert len(rep.orphans(setup["reported"], setup["db"])) == 1
    assert cli(setup, "reattach", "t-talent-jb", "t-talent-jb-2", "--user", "nobody") == 1
    assert "账号 nobody 不存在" in capsys.readouterr().err
    assert cli(setup, "reattach", "t-talent-jb", "t-talent-jb-2", "--dry-run") == 0  # writes nothing: no account
    assert cli(setup, "reattach", "t-talent-jb", "t-talent-jb-2", "--user", "jb") == 0
    assert rep.orphans(setup["reported"], setup["db"]).empty
    assert list(rep.reattachments(setup["reported"])["account"]) == ["jb"]


def test_reattach_as_admin_is_recorded_as_an_override(setup):
    _orphan(setup)
    assert cli(setup, "reattach", "t-talent-jb", "t-talent-jb-2", "--admin") == 0
    log = rep.audit_log(setup["reported"])
    assert log[log["target_id"] == "t-talent-jb-2"]["account"].tolist() == [f"admin-override:{getpass.getuser()}"]


def test_python_m_etl_import_reported_with_an_unknown_user_prints_no_traceback(setup):
    done = subprocess.run([sys.executable, "-m", "etl", "import-reported", str(GOOD), "--db", str(setup["db"]),
                           "--reported-db", str(setup["reported"]), "--user", "张 三"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "ACCOUNTS_FILE": str(setup["book"])})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "账号 张 三 不存在" in done.stderr


# --- documents and their review: the documents right, as on the 文件管理 page ----------------

PLAN = ["冠县城乡绿化三年行动方案（2024—2026年）", "冠县人民政府", "一、主要目标",
        "到2026年，全县森林覆盖率达到22%以上。", "新增城市绿地面积120公顷。"]


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A built sources folder; ``gx`` may report 冠县's values but not manage documents,
    ``editor`` holds the documents right."""
    from cli.main import main

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "plan.txt").write_text("\n".join(PLAN), encoding="utf-8")
    book = tmp_path / "accounts.toml"
    accounts.add_account(book, "gx", None, [accounts.Grant("冠县")])
    accounts.add_account(book, "editor", None, [accounts.Grant("*")], rights=[accounts.DOCUMENTS_RIGHT])
    db, reported = tmp_path / "indicators.duckdb", tmp_path / "reported.duckdb"
    for name, value in {"SOURCES_DIR": sources, "INDICATORS_DB": db, "REPORTED_DB": reported,
                        "ACCOUNTS_FILE": book}.items():
        monkeypatch.setenv(name, str(value))
    assert main(["build", "--quiet"]) == 0
    new = tmp_path / "new plan.txt"
    new.write_text("\n".join(PLAN).replace("绿化", "水系").replace("22%", "30%"), encoding="utf-8")
    return {"main": main, "sources": sources, "db": db, "reported": reported, "new": new, "tmp": tmp_path}


def _document_state(library) -> tuple:
    from tracking import review

    records = review.review_audit(library["reported"]) if library["reported"].exists() else []
    return (library["db"].read_bytes(), sorted(p.name for p in library["sources"].iterdir()), len(records))


def test_documents_add_by_an_account_without_the_documents_right_is_refused_and_changes_nothing(library, capsys):
    before = _document_state(library)
    assert library["main"](["documents", "add", str(library["new"]), "--user", "gx"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "账号 gx 没有文件管理权限" in err and "--admin" in err
    assert _document_state(library) == before
    assert library["main"](["documents", "add", str(library["new"]), "--user", "随便写的名字"]) == 1
    assert "账号 随便写的名字 不存在" in capsys.readouterr().err
    assert _document_state(library) == before
    assert library["main"](["documents", "add", str(library["new"]), "--user", "editor"]) == 0
    assert (library["sources"] / "new plan.txt").exists()


def test_documents_withdraw_by_an_account_without_the_documents_right_is_refused(library, capsys):
    before = _document_state(library)
    assert library["main"](["documents", "withdraw", "plan.txt", "--user", "gx"]) == 1
    assert "账号 gx 没有文件管理权限" in capsys.readouterr().err
    assert _document_state(library) == before


def test_documents_add_as_admin_is_recorded_as_an_override(library):
    from tracking import review

    assert library["main"](["documents", "add", str(library["new"]), "--admin"]) == 0
    audit = review.review_audit(library["reported"])
    assert set(audit["account"]) == {f"admin-override:{getpass.getuser()}"}


def test_review_import_by_an_account_without_the_documents_right_is_refused(library, capsys):
    out = library["tmp"] / "review.xlsx"
    assert library["main"](["review", "export", "--document", "plan.txt", "--out", str(out)]) == 0
    before = _document_state(library)
    assert library["main"](["review", "import", str(out), "--user", "gx"]) == 1
    assert "账号 gx 没有文件管理权限" in capsys.readouterr().err
    assert _document_state(library) == before
    assert library["main"](["review", "import", str(out), "--user", "editor"]) == 0
