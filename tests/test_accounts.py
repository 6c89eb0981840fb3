"""Local accounts, bcrypt hashes and grants; the add-account command."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from tracking import accounts as acc
from tracking import commands as cli_reported

EXAMPLE = Path(__file__).resolve().parent.parent / "config" / "accounts.example.toml"

GX = acc.Account("gx", grants=(acc.Grant("冠县"),))
GXJ = acc.Account("shi_gxj", grants=(acc.Grant("聊城市", ("市工业和信息化局",)),))
ADMIN = acc.Account("admin", grants=(acc.Grant("*"),))


@pytest.mark.parametrize("account, jurisdiction, department, allowed", [
    (GX, "冠县", None, True),
    (GX, "冠县", "县科技局", True),                   # a whole-jurisdiction grant covers every department
    (GX, "聊城市", None, False),
    (GXJ, "聊城市", "市工业和信息化局", True),
    (GXJ, "聊城市", "市发展改革委", False),
    (GXJ, "聊城市", None, False),                      # a department grant is not the whole city
    (ADMIN, "江北水城旅游度假区", None, True),
    (acc.Account("nobody"), "冠县", None, False),
    (None, "冠县", None, False),                       # not signed in
])
def test_can_write(account, jurisdiction, department, allowed):
    assert acc.can_write(account, jurisdiction, department) is allowed


@pytest.mark.parametrize("account, jurisdiction, leads, allowed", [
    (GXJ, "聊城市", ["市工业和信息化局"], True),       # 新建5G基站: led by 市工业和信息化局
    (GXJ, "聊城市", ["市发展改革委"], False),
    (GXJ, "聊城市", None, False),
    (GX, "冠县", [], True),
])
def test_can_write_target(account, jurisdiction, leads, allowed):
    assert acc.can_write_target(account, jurisdiction, leads) is allowed


def test_refusal_names_account_and_jurisdiction():
    with pytest.raises(acc.PermissionDenied) as e:
        acc.require_write(GX, "聊城经济技术开发区")
    assert "gx" in str(e.value) and "聊城经济技术开发区" in str(e.value)
    assert (e.value.account, e.value.jurisdiction) == ("gx", "聊城经济技术开发区")
    with pytest.raises(acc.PermissionDenied, match="未登录"):
        acc.require_write(None, "冠县")
    acc.require_write(GX, "冠县")   # allowed: no exception


def test_passwords_are_hashed_and_verified():
    h = acc.hash_password("正确的密码 correct", rounds=4)
    assert h.startswith("$2b$") and "correct" not in h
    users = {"gx": acc.Account("gx", password_hash=h)}
    assert acc.verify_password(users, "gx", "正确的密码 correct") == users["gx"]
    assert acc.verify_password(users, "gx", "wrong") is None
    assert acc.verify_password(users, "nobody", "正确的密码 correct") is None


@pytest.mark.parametrize("password", ["", "x" * 73])
def test_unusable_passwords_are_refused(password):
    with pytest.raises(acc.AccountError):
        acc.hash_password(password, rounds=4)


def test_accounts_without_a_usable_hash_cannot_sign_in():
    users = acc.load_accounts(EXAMPLE)        # placeholders, and an OIDC-only account
    assert acc.verify_password(users, "admin", "") is None
    assert acc.verify_password(users, "li.si@example.org", "") is None


def test_the_example_file_shows_every_kind_of_grant():
    users = acc.load_accounts(EXAMPLE)
    assert users["guanxian_fgj"].grants == (acc.Grant("冠县"),)
    assert users["shi_gxj"].grants == (acc.Grant("聊城市", ("市工业和信息化局",)),)
    assert acc.can_write(users["admin"], "冠县")
    assert users["li.si@example.org"].password_hash is None


def test_accounts_file_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ACCOUNTS_FILE", str(tmp_path / "a.toml"))
    assert acc.accounts_path() == tmp_path / "a.toml"
    assert acc.load_accounts() == {}                    # no file: no accounts, nobody writes


def test_a_broken_file_says_where(tmp_path):
    bad = tmp_path / "accounts.toml"
    bad.write_text("[accounts.x\npassword_hash = ", encoding="utf-8")
    with pytest.raises(acc.AccountError, match="accounts.toml"):
        acc.load_accounts(bad)
    bad.write_text('[accounts.x]\ngrants = [{ departments = ["a"] }]\n', encoding="utf-8")
    with pytest.raises(acc.AccountError, match="jurisdiction"):
        acc.load_accounts(bad)


def test_add_account_round_trip_and_replace(tmp_path):
    path = tmp_path / "config" / "accounts.toml"
    acc.add_account(path, "gx", "pw-1", [acc.Grant("冠县")], "冠县 \"发改\" 局", rounds=4)
    acc.add_account(path, "gxj", "pw-2", [acc.Grant("聊城市", ("市工业和信息化局",))], rounds=4)
    acc.add_account(path, "gx", "pw-3", [acc.Grant("冠县"), acc.Grant("聊城市")], rounds=4)
    text = path.read_text(encoding="utf-8")
    assert "pw-1" not in text and "pw-3" not in text
    users = acc.load_accounts(path)
    assert set(users) == {"gx", "gxj"}
    assert users["gx"].display_name == '冠县 "发改" 局'
    assert acc.verify_password(users, "gx", "pw-3") and not acc.verify_password(users, "gx", "pw-1")
    assert acc.can_write(users["gx"], "聊城市") and acc.can_write(users["gxj"], "聊城市", "市工业和信息化局")


def cli(*argv):
    parser = argparse.ArgumentParser(prog="etl")
    cli_reported.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_add_account_command_stores_only_a_hash(tmp_path, monkeypatch, capsys):
    path = tmp_path / "accounts.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-口令\n"))
    assert cli("add-account", "--username", "gx", "--jurisdiction", "冠县", "--department", "县科技局",
               "--password-stdin", "--accounts-file", str(path)) == 0
    assert "s3cret" not in path.read_text(encoding="utf-8")
    users = acc.load_accounts(path)
    assert acc.verify_password(users, "gx", "s3cret-口令")
    assert users["gx"].grants == (acc.Grant("冠县", ("县科技局",)),)
    assert "gx" in capsys.readouterr().out


def test_add_account_command_refuses_an_empty_password(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert cli("add-account", "--username", "gx", "--jurisdiction", "冠县", "--password-stdin",
               "--accounts-file", str(tmp_path / "a.toml")) == 1
    assert "密码" in capsys.readouterr().err
    assert not (tmp_path / "a.toml").exists()


def test_add_account_keeps_the_administrators_comments_and_other_accounts(tmp_path):
    path = tmp_path / "accounts.toml"
    path.write_text('# 冠县的账号由县发改局管理，改动前请先联系。\n\n'
                    '[accounts.gx_admin]  # 县里的管理员\n'
                    'display_name = "冠县管理员"\n'
                    'grants = [{ jurisdiction = "冠县" }]  # 全县\n', encoding="utf-8")
    acc.add_account(path, "gx_fgj", "s3cret-pass", [acc.Grant("冠县", ("县发展改革局",))], rounds=4)
    text = path.read_text(encoding="utf-8")
    assert "# 冠县的账号由县发改局管理，改动前请先联系。" in text
    assert "# 县里的管理员" in text and "# 全县" in text
    accounts = acc.load_accounts(path)
    assert set(accounts) == {"gx_admin", "gx_fgj"}
    assert accounts["gx_fgj"].grants == (acc.Grant("冠县", ("县发展改革局",)),)
    assert acc.verify_password(accounts, "gx_fgj", "s3cret-pass") is not None
