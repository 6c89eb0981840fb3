"""Issue 17: accounts, grants and the sign-in back-off on a real PostgreSQL server (tests/pgserver.py).

With ``DATABASE_URL`` set and no ``ACCOUNTS_FILE``, ``load_accounts`` and ``add_account`` read and
write the database's ``accounts`` table; the entry page signs in from it; the failed sign-ins are
counted in ``signin_failures``, so processes on one database share one pause; ``store
copy-accounts`` moves a file in; an unreachable server is one clear line, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import free_port, store_arg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest
from test_signin_hardening import Clock

from tracking import accounts as acc
from tracking import commands, pg
from tracking import reported as rep
from tracking.accounts_pg import SharedSignInThrottle
from tracking.store import PostgresStore, StoreUnavailable

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "entry.py")


@pytest.fixture
def on_postgres(pg_store, monkeypatch):
    """The environment of an app server of a province: DATABASE_URL, no ACCOUNTS_FILE."""
    monkeypatch.delenv("ACCOUNTS_FILE", raising=False)
    monkeypatch.setenv("DATABASE_URL", pg_store.url)
    return pg_store


def test_accounts_round_trip_through_the_database(on_postgres, tmp_path, monkeypatch):
    store = on_postgres
    assert acc.accounts_path() == store and str(acc.accounts_path()) == f"postgresql://{store.where}"
    assert acc.load_accounts() == {}
    acc.add_account(None, "gx", "pw-1", [acc.Grant("冠县"), acc.Grant("聊城市", ("市工业和信息化局", "市发展改革委"))],
                    "冠县 \"发改\" 局", rounds=4, rights=[acc.DOCUMENTS_RIGHT])
    acc.add_account(None, "li@example.org", None, [acc.Grant("*")], rounds=4)          # OpenID: no password
    acc.add_account(None, "gx", None, [acc.Grant("冠县")], rounds=4)                     # keeps hash, name, rights
    users = acc.load_accounts()
    assert set(users) == {"gx", "li@example.org"}
    gx = users["gx"]
    assert (gx.display_name, gx.grants, gx.rights) == ('冠县 "发改" 局', (acc.Grant("冠县"),), (acc.DOCUMENTS_RIGHT,))
    assert acc.verify_password(users, "gx", "pw-1") == gx and users["li@example.org"].password_hash is None
    acc.add_account(store, "shi", "pw-2", [acc.Grant("聊城市", ("市工业和信息化局",))], rounds=4)  # named explicitly
    assert acc.load_accounts(store)["shi"].grants == (acc.Grant("聊城市", ("市工业和信息化局",)),)
    with pg.connection(store) as con:                                  # only a bcrypt hash is stored
        assert "pw-2" not in str(con.execute("SELECT * FROM accounts").fetchall())
    # the command line's writer looks the account up there, and names the database when it is missing
    with pytest.raises(acc.AccountError, match=f"postgresql://{store.where}"):
        commands.writer(argparse.Namespace(admin=False, user="nobody", accounts_file=None))
    assert commands.writer(argparse.Namespace(admin=False, user="shi", accounts_file=None))[1] == "shi"
    # an explicitly named file is still that file
    monkeypatch.setenv("ACCOUNTS_FILE", str(tmp_path / "a.toml"))
    assert acc.accounts_path() == tmp_path / "a.toml" and acc.load_accounts() == {}


def test_add_account_command_writes_the_database_and_says_so(on_postgres, tmp_path, monkeypatch, capsys):
    from cli.main import main

    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "not-built.duckdb"))
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
    assert main(["add-account", "--username", "gx", "--jurisdiction", "冠县", "--password-stdin"]) == 0
    assert f"已保存到 postgresql://{on_postgres.where}" in capsys.readouterr().out
    assert acc.verify_password(acc.load_accounts(on_postgres), "gx", "pw")


def test_an_unreachable_server_is_one_line_for_add_account_and_on_the_entry_page(sample_db, tmp_path, monkeypatch):
    url = f"postgresql://indicators:s3cret@127.0.0.1:{free_port()}/indicators"   # nothing listens there
    env = {**os.environ, "DATABASE_URL": url, "INDICATORS_DB": str(tmp_path / "none.duckdb")}
    env.pop("ACCOUNTS_FILE", None)
    run = subprocess.run([sys.executable, "-m", "etl", "add-account", "--username", "gx", "--jurisdiction", "冠县",
                          "--no-password"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    line = run.stderr.strip()
    assert "\n" not in line and "无法连接数据库服务器" in line and "保存未完成，未写入任何数据" in line
    assert PostgresStore(url).where in line and "s3cret" not in line
    with pytest.raises(StoreUnavailable):
        acc.load_accounts(url)
    monkeypatch.delenv("ACCOUNTS_FILE", raising=False)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert not at.exception
    assert at.error[0].value.startswith("暂时无法登录：无法读取账号数据库") and "s3cret" not in at.error[0].value
    pg.close(PostgresStore(url))


def test_the_entry_page_signs_in_with_an_account_stored_in_postgresql(on_postgres, sample_db, tmp_path, monkeypatch):
    from test_entry_page import edit

    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert f"尚未配置填报账号（postgresql://{on_postgres.where}）" in at.info[0].value     # names the database
    acc.add_account(None, "gx", "gx-password", [acc.Grant("冠县")], "冠县发展改革局", rounds=4)
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    at.text_input(key="signin_user").input("gx")
    at.text_input(key="signin_password").input("gx-password")
    next(b for b in at.button if b.label == "登录").click().run()
    assert not at.exception and not at.error
    assert at.session_state["entry_account"] == "gx"
    assert any(c.value == "已登录：冠县发展改革局（gx）" for c in at.caption)
    at = edit(at, {0: {"period": "2024Q2", "value": "65"}})
    assert at.success[0].value.startswith("已保存 1 个数值")
    assert rep.latest_reported(on_postgres)[["target_id", "reported_by"]].values.tolist() == [["t-hitech-gx", "gx"]]
    assert not (tmp_path / "accounts.toml").exists()


# --- the shared back-off -------------------------------------------------------------------------------------

SIGN_IN = """
import sys
from tracking import accounts as acc
users = acc.load_accounts()
try:
    for i in range(int(sys.argv[2])):
        print(acc.sign_in(users, "gx", sys.argv[1], f"10.0.{sys.argv[3]}.{i}") is not None)
except acc.SignInPaused as e:
    print("paused", int(e.seconds))
"""


def sign_in_elsewhere(store: PostgresStore, password: str, times: int, host: int) -> list[str]:
    """``times`` sign-ins as gx in another process on the same database (its default throttle)."""
    env = {**os.environ, "DATABASE_URL": store.url}
    env.pop("ACCOUNTS_FILE", None)
    run = subprocess.run([sys.executable, "-c", SIGN_IN, password, str(times), str(host)], cwd=ROOT,
                         capture_output=True, text=True, env=env, timeout=60, check=True)
    return run.stdout.split("\n")[:-1]


def test_processes_on_one_database_share_the_pause(on_postgres, monkeypatch):
    acc.add_account(None, "gx", "right", [acc.Grant("冠县")], rounds=4)
    users = acc.load_accounts()
    monkeypatch.setattr(acc, "THROTTLE", acc.SignInThrottle())      # this process's memory: not used
    assert sign_in_elsewhere(on_postgres, "guess", 3, host=1) == ["False"] * 3      # server 1: three failures
    assert isinstance(acc.default_throttle(), SharedSignInThrottle)
    for i in range(2):                                                           # server 2: two more
        assert acc.sign_in(users, "gx", "guess", f"10.0.2.{i}") is None
    with pytest.raises(acc.SignInPaused) as paused:                              # paused here …
        acc.sign_in(users, "gx", "right", "10.0.2.9")
    assert 25 < paused.value.seconds <= 30
    assert sign_in_elsewhere(on_postgres, "right", 1, host=3)[0].startswith("paused ")   # … and on server 3
    assert acc.THROTTLE.wait(["user:gx"]) == 0


def test_an_unknown_address_and_success_clear_as_in_memory(pg_store):
    clock = Clock()
    shared = SharedSignInThrottle(pg_store, clock)
    users = {"gx": acc.Account("gx", password_hash=acc.hash_password("right", rounds=4), grants=(acc.Grant("冠县"),))}
    for _ in range(4):
        acc.sign_in(users, "gx", "guess", "a", shared)
    assert acc.sign_in(users, "gx", "right", "a", shared) == users["gx"]      # clears the name, not the address
    acc.sign_in(users, "other", "x", "a", shared)                             # the address's fifth failure
    with pytest.raises(acc.SignInPaused):
        acc.sign_in(users, "gx", "right", "a", shared)
    clock.now += acc.MAX_PAUSE + acc.FORGIVE_AFTER + 1
    shared.failed(["addr:b"])                                                 # forgiven rows are dropped
    with pg.connection(pg_store) as con:
        assert [r[0] for r in con.execute('SELECT "key" FROM signin_failures').fetchall()] == ["addr:b"]


OPS = st.lists(st.tuples(st.sampled_from(["fail", "ok", "wait"]), st.sampled_from(["user:gx", "addr:a"]),
                         st.sampled_from([0.0, 1.0, 29.0, 31.0, 600.0, acc.FORGIVE_AFTER + 61.0])),
               max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_database_applies_the_same_rule_as_memory(pg_store, ops):
    """One rule, two storages: any sequence of failures, successes and waits gives the same pause."""
    with pg.transaction(pg_store) as con:
        con.execute("DELETE FROM signin_failures")
    clock = Clock()
    memory, shared = acc.SignInThrottle(clock), SharedSignInThrottle(pg_store, clock)
    for op, key, later in ops:
        clock.now += later
        for throttle in (memory, shared):
            {"fail": throttle.failed, "ok": throttle.succeeded, "wait": throttle.wait}[op]([key])
        assert shared.wait(["user:gx", "addr:a"]) == memory.wait(["user:gx", "addr:a"])


# --- moving accounts.toml into the database -------------------------------------------------------------------------

def test_copy_accounts_moves_the_file_and_refuses_to_overwrite_a_different_account(pg_store, tmp_path, capsys,
                                                                                  monkeypatch):
    from cli.main import main

    monkeypatch.delenv("DATABASE_URL", raising=False)
    book = tmp_path / "accounts.toml"
    acc.add_account(book, "gx", "pw", [acc.Grant("冠县")], "冠县发展改革局", rounds=4)
    acc.add_account(book, "li@example.org", None, [acc.Grant("*")], rights=[acc.DOCUMENTS_RIGHT])
    acc.add_account(pg_store, "db_only", None, [acc.Grant("聊城市")])
    copy = ["store", "copy-accounts", "--accounts-file", str(book), "--reported-db", store_arg(pg_store)]
    assert main(copy) == 0
    assert "新写入或更新 2 个" in capsys.readouterr().out
    in_db = acc.load_accounts(pg_store)
    assert {k: v for k, v in in_db.items() if k != "db_only"} == acc.load_accounts(book) and "db_only" in in_db
    assert main(copy) == 0 and "2 个原已相同" in capsys.readouterr().out
    acc.add_account(book, "gx", None, [acc.Grant("冠县"), acc.Grant("莘县")], rounds=4)   # changed in the file
    assert main(copy) == 1
    err = capsys.readouterr().err
    assert "内容不同的账号 gx" in err and "--replace" in err
    assert acc.load_accounts(pg_store)["gx"].grants == (acc.Grant("冠县"),)            # nothing written
    assert main([*copy, "--replace"]) == 0
    assert acc.load_accounts(pg_store)["gx"] == acc.load_accounts(book)["gx"]
    assert main(["store", "copy-accounts", "--accounts-file", str(book)]) == 1          # no DATABASE_URL
    assert "DATABASE_URL" in capsys.readouterr().err
    assert main(["store", "copy-accounts", "--accounts-file", str(tmp_path / "none.toml"),
                 "--reported-db", store_arg(pg_store)]) == 1
    assert "找不到账号文件" in capsys.readouterr().err
