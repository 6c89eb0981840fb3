"""Sign-in that guessing cannot break: unknown names cost a full bcrypt check, repeated failures
pause further attempts per name and per address, the accounts file is private, and add-account
refuses jurisdictions the database does not hold and never traces back on a closed stdin."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import bcrypt
import pytest
from streamlit.testing.v1 import AppTest

import settings
from dashboard import auth
from tracking import accounts as acc
from tracking import commands as cli_reported

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "entry.py")


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def users():
    return {"gx": acc.Account("gx", password_hash=acc.hash_password("right", rounds=4), grants=(acc.Grant("冠县"),))}


# --- constant time for unknown users ------------------------------------------------------------

def test_unknown_user_is_checked_against_a_hash_of_the_real_cost(monkeypatch, users):
    # The dummy hash had cost 4 while real hashes have 12: an unknown name answered ~60 times faster.
    costs = []
    real = bcrypt.checkpw
    monkeypatch.setattr(acc.bcrypt, "checkpw", lambda pw, h: costs.append(int(h.split(b"$")[2])) or real(pw, h))
    monkeypatch.setattr(acc, "BCRYPT_ROUNDS", 5)   # real bcrypt, kept quick
    assert acc.verify_password(users, "nobody", "right") is None
    assert acc.verify_password({"oidc": acc.Account("oidc")}, "oidc", "") is None   # no password: same path
    assert costs == [5, 5]


def test_the_dummy_hash_is_made_on_first_use_not_at_import():
    code = ("import time; t = time.perf_counter(); from tracking import accounts as a; "
            "print(a._dummy_hash.cache_info().currsize, a._dummy_hash(a.BCRYPT_ROUNDS)[:7].decode())")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["0", f"$2b${acc.BCRYPT_ROUNDS:02d}$"]


# --- back-off after failures --------------------------------------------------------------------

@pytest.mark.parametrize("failures, pause", [(4, 0), (5, 30), (6, 60), (7, 120), (12, 3600), (50, 3600)])
def test_pause_doubles_after_five_failures_up_to_an_hour(failures, pause):
    assert acc.pause_after(failures) == pause


def test_five_wrong_passwords_pause_the_account_even_for_the_right_one(users):
    clock = Clock()
    throttle = acc.SignInThrottle(clock)
    for i in range(5):
        assert acc.sign_in(users, "gx", "guess", f"10.0.0.{i}", throttle) is None  # five addresses
    with pytest.raises(acc.SignInPaused) as paused:
        acc.sign_in(users, "GX ", "right", "10.0.0.99", throttle)   # same name, any spelling, new address
    assert paused.value.seconds == 30 and "30 秒" in str(paused.value)
    clock.now += 31
    assert acc.sign_in(users, "gx", "right", "10.0.0.99", throttle) == users["gx"]


def test_one_address_guessing_many_names_is_paused(users):
    clock = Clock()
    throttle = acc.SignInThrottle(clock)
    for name in ["a", "b", "c", "d", "e"]:
        acc.sign_in(users, name, "x", "6.6.6.6", throttle)
    with pytest.raises(acc.SignInPaused):
        acc.sign_in(users, "gx", "right", "6.6.6.6", throttle)
    assert acc.sign_in(users, "gx", "right", "10.0.0.7", throttle) == users["gx"]   # others are not blocked


def test_pause_grows_and_is_forgiven_after_a_quiet_quarter_hour(users):
    clock = Clock()
    throttle = acc.SignInThrottle(clock)
    for _ in range(5):
        acc.sign_in(users, "gx", "guess", "a", throttle)
    clock.now += 30
    acc.sign_in(users, "gx", "guess", "a", throttle)                  # the sixth failure: 60 s
    assert throttle.wait(["user:gx"]) == 60
    clock.now += 60 + acc.FORGIVE_AFTER + 1
    assert acc.sign_in(users, "gx", "guess", "a", throttle) is None   # counted from one again
    assert throttle.wait(["user:gx"]) == 0


def test_success_clears_the_name_but_not_the_address(users):
    throttle = acc.SignInThrottle(Clock())
    for _ in range(4):
        acc.sign_in(users, "gx", "guess", "a", throttle)
    assert acc.sign_in(users, "gx", "right", "a", throttle) == users["gx"]
    acc.sign_in(users, "other", "x", "a", throttle)                   # the address's fifth failure
    with pytest.raises(acc.SignInPaused):
        acc.sign_in(users, "gx", "right", "a", throttle)


@pytest.mark.parametrize("ip, forwarded, expected", [
    ("203.0.113.5", "6.6.6.6", "203.0.113.5"),        # a direct connection: the header is the client's word
    (None, "6.6.6.6, 10.0.0.7", "10.0.0.7"),           # behind nginx: the entry nginx appended
    (None, None, None),
])
def test_the_address_behind_nginx_cannot_be_forged(ip, forwarded, expected):
    assert auth.address_from(ip, forwarded) == expected


@pytest.mark.parametrize("ip, forwarded, expected", [
    ("10.0.0.5", "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # from our nginx machine: the entry it appended
    ("10.0.0.5", None, "10.0.0.5"),                       # nothing passed on: the connection's own
    ("10.0.0.6", "6.6.6.6", "10.0.0.6"),                  # any other machine's header is its own word
])
def test_behind_nginx_on_another_machine_each_browser_is_its_own_address(ip, forwarded, expected, monkeypatch):
    """With nginx on another machine Streamlit sees nginx's address: every visitor was that one
    address, so five typos by anyone paused sign-in by address for everybody on the app server."""
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.5, 10.0.0.7")
    assert settings.trusted_proxies() == {"10.0.0.5", "10.0.0.7"}
    assert auth.address_from(ip, forwarded, settings.trusted_proxies()) == expected
    monkeypatch.delenv("TRUSTED_PROXIES")
    assert settings.trusted_proxies() == frozenset()


def test_the_entry_page_says_when_sign_in_is_paused(sample_db, tmp_path, monkeypatch):
    accounts = tmp_path / "accounts.toml"
    acc.add_account(accounts, "gx", "gx-password", [acc.Grant("冠县")], rounds=4)
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    monkeypatch.setenv("ACCOUNTS_FILE", str(accounts))
    monkeypatch.setattr(acc, "THROTTLE", acc.SignInThrottle())
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    for password in ["1", "2", "3", "4", "5", "gx-password"]:
        at.text_input(key="signin_user").input("gx")
        at.text_input(key="signin_password").input(password)
        next(b for b in at.button if b.label == "登录").click().run()
    assert not at.exception
    assert at.error[0].value == "登录失败次数过多，请 30 秒后再试。"
    assert "entry_account" not in at.session_state


# --- the accounts file and add-account ----------------------------------------------------------

def test_accounts_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "accounts.toml"
    path.write_text("# written by hand\n", encoding="utf-8")
    os.chmod(path, 0o644)
    acc.add_account(path, "gx", "pw", [acc.Grant("冠县")], rounds=4)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("# written by hand")


def cli(*argv) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


def test_add_account_refuses_a_jurisdiction_not_in_the_database(sample_db, tmp_path, monkeypatch, capsys):
    path = tmp_path / "accounts.toml"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
    assert cli("add-account", "--username", "gx", "--jurisdiction", "冠 县", "--password-stdin",
               "--accounts-file", path, "--db", sample_db) == 1
    err = capsys.readouterr().err
    assert "没有辖区 冠 县" in err and "冠县" in err and not path.exists()
    for grant in ("冠县", "*"):
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
        assert cli("add-account", "--username", "gx", "--jurisdiction", grant, "--password-stdin",
                   "--accounts-file", path, "--db", sample_db) == 0


def test_add_account_without_a_database_still_works(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
    assert cli("add-account", "--username", "gx", "--jurisdiction", "冠县", "--password-stdin",
               "--accounts-file", tmp_path / "a.toml", "--db", tmp_path / "not-built.duckdb") == 0


@pytest.mark.parametrize("argv", [
    ["--username", "gx", "--jurisdiction", "冠县"],     # getpass on a closed stdin
    ["--jurisdiction", "冠县", "--no-password"],        # input() for the name
])
def test_add_account_on_closed_stdin_says_so_without_a_traceback(tmp_path, argv):
    env = {**os.environ, "INDICATORS_DB": str(tmp_path / "none.duckdb")}
    run = subprocess.run([sys.executable, "-m", "etl", "add-account", *argv, "--accounts-file", str(tmp_path / "a.toml")],
                         cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
                         start_new_session=True)  # no controlling terminal: getpass reads stdin
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "没有读到输入" in run.stderr
    assert not (tmp_path / "a.toml").exists()
