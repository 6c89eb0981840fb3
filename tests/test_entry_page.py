"""The entry page (数据填报) driven through AppTest against real temporary files: sign in, enter
values, see every rejected cell with its reason, import, permissions, history."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import write_sample_db
from streamlit.testing.v1 import AppTest

from tracking import reported as rep
from tracking.accounts import Grant, add_account

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "entry.py")
FILES = Path(__file__).parent / "fixtures" / "reported"


@pytest.fixture
def env(sample_db, tmp_path, monkeypatch):
    accounts = tmp_path / "accounts.toml"
    add_account(accounts, "gx", "gx-password", [Grant("冠县")], "冠县发展改革局", rounds=4)
    add_account(accounts, "admin", "admin-password", [Grant("*")], rounds=4)
    add_account(accounts, "li.si@example.org", None, [Grant("江北水城旅游度假区")], rounds=4)
    monkeypatch.setenv("INDICATORS_DB", str(sample_db))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    monkeypatch.setenv("ACCOUNTS_FILE", str(accounts))
    return {"indicators_db": sample_db, "reported_db": tmp_path / "reported.duckdb"}


def page(user: str | None = None, **state) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=30)
    if user:
        at.session_state["entry_account"] = user
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def edit(at: AppTest, rows: dict[int, dict]) -> AppTest:
    """Type into the grid (AppTest sets a data editor's edit state) and press 保存."""
    at.session_state[at.data_editor[0].key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    return at.button(key="entry_save").click().run()


def upload(at: AppTest, name: str, path: Path) -> AppTest:
    return at.file_uploader(key="entry_upload").set_value((name, path.read_bytes(), "text/csv")).run()


def table_with(at: AppTest, column: str):
    """The first read-only table that has ``column`` (tables have no key in AppTest)."""
    return next(d.value for d in at.dataframe if d.editing_mode == "read_only" and column in d.value.columns)


def grid_ids(at: AppTest) -> list[str]:
    return at.data_editor[0].value["target_id"].tolist()


def test_anyone_can_view_but_not_save(env):
    at = page()
    assert not at.exception
    assert at.title[0].value == "数据填报"
    assert grid_ids(at) == ["t-hitech-gx", "t-income-gx", "t-pm25-gx"]     # 冠县, the first place
    assert at.button(key="entry_save").disabled and at.button(key="entry_import").disabled
    assert any("登录" in m.value for m in at.markdown)


def test_sign_in_with_a_local_account(env):
    at = page()
    at.text_input(key="signin_user").input("gx")
    at.text_input(key="signin_password").input("wrong")
    submit = next(b for b in at.button if b.label == "登录")
    submit.click().run()
    assert at.error[0].value == "账号或密码不正确。"
    at.text_input(key="signin_password").input("gx-password")
    next(b for b in at.button if b.label == "登录").click().run()
    assert not at.exception
    assert any("已登录：冠县发展改革局（gx）" in c.value for c in at.caption)
    assert not at.button(key="entry_save").disabled


def test_choosing_jurisdiction_and_department(env):
    at = page()
    at.selectbox(key="entry_jurisdiction").select("聊城市").run()
    assert grid_ids(at) == ["t-5g-city", "t-gdp"]
    at.selectbox(key="entry_department").select("市工业和信息化局").run()
    assert grid_ids(at) == ["t-5g-city"]


def test_entering_a_value_saves_it_with_the_account_and_updates_the_status(env):
    at = page("gx")
    at = edit(at, {0: {"period": "2024Q2", "value": "65"}, 2: {"period": "2024", "value": "46"}})
    assert not at.exception and not at.error
    assert at.success[0].value == "已保存 2 个数值（0 个与原值相同，未重复保存）。"
    latest = rep.latest_reported(env["reported_db"])
    assert sorted(zip(latest["target_id"], latest["period"], latest["value"])) == [
        ("t-hitech-gx", "2024Q2", 65.0), ("t-pm25-gx", "2024", 46.0)]
    log = rep.audit_log(env["reported_db"])
    assert set(log["account"]) == {"gx"} and set(log["how"]) == {"form"}
    shown = at.data_editor[0].value.set_index("target_id")      # the fresh grid after saving
    assert shown.loc["t-hitech-gx", "latest"] == "65家"
    assert shown.loc["t-hitech-gx", "latest_period"] == "2024Q2"
    assert shown.loc["t-hitech-gx", "value"] == ""              # the edits were cleared


def test_every_rejected_cell_says_why_and_nothing_is_saved(env):
    at = page("gx")
    at = edit(at, {0: {"period": "2024Q2", "value": "六十五"},
                   1: {"period": "2030", "value": "6.1"},
                   2: {"period": "2024", "value": "46", "unit": "毫克"}})
    assert at.error[0].value == "有 3 处问题，未保存任何数值。请修改后重新保存："
    table = table_with(at, "原因")
    assert table["行"].tolist() == [1, 2, 3]
    assert table["指标"].tolist() == ["高新技术企业", "居民人均可支配收入增速", "PM2.5浓度"]
    assert table["列"].tolist() == ["填报数值", "报告期", "填报单位"]
    assert table["原因"].tolist() == ["实际值 六十五 不是数字", "报告期 2030 不在规划期 2022–2025 年内",
                                     "单位 毫克 与目标单位 微克/立方米 不一致，且没有换算规则"]
    assert rep.latest_reported(env["reported_db"]).empty


def test_saving_with_nothing_entered_warns(env):
    at = page("gx")
    at.button(key="entry_save").click().run()
    assert at.warning[0].value == "没有填写任何新数值。"


def test_an_account_cannot_write_outside_its_grant(env):
    at = page("gx", entry_jurisdiction="聊城市")
    assert at.info[0].value == "当前账号无权填报所选范围内的目标，只能查看。"
    at = edit(at, {0: {"period": "2022", "value": "6.2"}})
    table = table_with(at, "原因")
    assert table["原因"].tolist() == ["账号 gx 无权填报 聊城市"]
    assert rep.latest_reported(env["reported_db"]).empty


def test_import_from_the_page(env):
    at = page("admin")
    upload(at, "bad.csv", FILES / "wrong_types.csv")
    at.button(key="entry_import").click().run()
    assert at.error[0].value == "bad.csv：发现 3 个问题，未导入任何数据："
    assert table_with(at, "原因")["原因"].tolist()[0] == "实际值 六十五 不是数字"
    assert rep.latest_reported(env["reported_db"]).empty

    upload(at, "good.csv", FILES / "good.csv")
    at.button(key="entry_import").click().run()
    assert not at.exception
    assert at.success[0].value == "good.csv：已保存 4 个数值，0 个未变，跳过 1 个空行。"
    assert len(rep.latest_reported(env["reported_db"])) == 4
    assert set(rep.audit_log(env["reported_db"])["how"]) == {"import"}


def test_template_downloads_are_offered(env):
    at = page()
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["下载模板（CSV）", "下载模板（Excel）"]


def test_history_lists_changes_of_the_shown_targets(env):
    rows = pd.DataFrame({"target_id": ["t-pm25-gx", "t-gdp"], "period": ["2023", "2022"], "value": [48.0, 6.2]})
    rep.save_values(env["reported_db"], rows, account="admin", how="cli")
    at = page()
    history = table_with(at, "方式")
    assert history["指标"].tolist() == ["PM2.5浓度"] and history["方式"].tolist() == ["命令行"]


def test_values_of_removed_targets_are_listed_for_review(env):
    rows = pd.DataFrame({"target_id": ["t-gone"], "period": ["2023"], "value": [1.0]})
    rep.save_values(env["reported_db"], rows, account="admin", how="cli")
    at = page()
    assert at.expander[0].label == "待核对：1 个数值的目标已不在指标库中"


def test_english(env):
    at = page(lang="en")
    assert at.title[0].value == "Data entry"
    assert at.button(key="entry_save").label == "Save"


def test_without_an_indicators_database(env, monkeypatch, tmp_path):
    monkeypatch.setenv("INDICATORS_DB", str(tmp_path / "missing.duckdb"))
    at = page()
    assert not at.exception and "还没有指标数据库" in at.info[0].value


def test_a_rebuild_while_the_page_is_open_keeps_it_working(env):
    at = page("gx")
    new = write_sample_db(env["indicators_db"].with_suffix(".new"))
    con = duckdb.connect(str(new))
    con.execute("DELETE FROM targets WHERE target_id = ?", ["t-income-gx"])
    con.close()
    os.replace(new, env["indicators_db"])
    at.run()
    assert not at.exception
    assert grid_ids(at) == ["t-hitech-gx", "t-pm25-gx"]


def test_oidc_sign_in_maps_the_email_to_grants(env):
    at = AppTest.from_file(PAGE, default_timeout=30)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s" * 32,
                          "client_id": "dashboard", "client_secret": "x",
                          "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert at.button(key="signin_oidc_default")
    assert not [i for i in at.text_input if (i.key or "").startswith("signin")]  # no password form
    at.user = {"is_logged_in": True, "email": "li.si@example.org"}
    at.session_state["entry_jurisdiction"] = "江北水城旅游度假区"
    at.run()
    assert any("li.si@example.org" in c.value for c in at.caption)
    at = edit(at, {0: {"period": "2023", "value": "41"}})
    assert at.success, at.error
    assert rep.latest_reported(env["reported_db"])["reported_by"].tolist() == ["li.si@example.org"]


def test_an_oidc_user_without_grants_may_only_view(env):
    at = AppTest.from_file(PAGE, default_timeout=30)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s" * 32,
                          "client_id": "dashboard"}
    at.user = {"is_logged_in": True, "email": "stranger@example.org"}
    at.run()
    assert "尚未获得填报授权" in at.warning[0].value
    assert at.button(key="entry_save").disabled


# --- reads cached per file version ---------------------------------------------------------------

@pytest.fixture
def cached_env(env, monkeypatch):
    """Trust file versions at once, so the page's reads come from its cache (in real use a file
    must have been left alone for RACY_SECONDS first; test files are always new)."""
    monkeypatch.setattr(rep, "RACY_SECONDS", 0.0)
    assert rep.file_version(env["reported_db"]) is not None
    return env


def test_with_cached_reads_a_save_shows_at_once(cached_env):
    at = page("gx")
    at.run()                                                     # a rerun: served from the cache
    at = edit(at, {0: {"period": "2024Q2", "value": "65"}})
    assert at.success and not at.error
    shown = at.data_editor[0].value.set_index("target_id")
    assert shown.loc["t-hitech-gx", "latest"] == "65家"
    assert table_with(at, "方式")["新值"].tolist() == [65.0]


def test_with_cached_reads_a_value_saved_by_another_process_appears(cached_env):
    """The CLI or a second app process writes the store: the file's version changes, so the page
    reads it again (first the store appearing, then a correction in it)."""
    import subprocess
    import sys

    def other_process_saves(value: float):
        script = ("import sys, pandas as pd; from tracking import reported as r; "
                  "r.save_values(sys.argv[2], pd.DataFrame({'target_id': ['t-pm25-gx'], 'period': ['2024'], "
                  "'value': [float(sys.argv[3])]}), account='cli', how='cli')")
        subprocess.run([sys.executable, "-c", script, str(Path(PAGE).parent.parent), str(cached_env["reported_db"]),
                        str(value)], check=True)

    def latest_pm25(at):
        return at.data_editor[0].value.set_index("target_id").loc["t-pm25-gx", "latest"]

    at = page()
    assert latest_pm25(at.run()) == "暂无数据"
    other_process_saves(44)
    assert latest_pm25(at.run()) == "44微克/立方米"
    assert latest_pm25(at.run()) == "44微克/立方米"
    other_process_saves(43)
    assert latest_pm25(at.run()) == "43微克/立方米"


def test_history_shows_the_newest_changes_only(env):
    periods = [f"{2000 + i // 4}Q{i % 4 + 1}" for i in range(205)]   # the audit does not check periods
    rep.save_values(env["reported_db"], pd.DataFrame({"target_id": "t-pm25-gx", "period": periods,
                                                      "value": range(205)}), account="admin", how="cli")
    history = table_with(page(), "方式")
    assert len(history) == 200
    assert history["报告期"].tolist()[:2] == [periods[-1], periods[-2]]      # newest first
