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
