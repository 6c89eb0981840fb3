"""The 文件管理 page (issue 14) under AppTest against real temporary files: viewers see the list,
an account with the documents right uploads, confirms metadata, publishes, and reviews targets;
a stale edit is refused with the value in force."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import SOURCES, write_sample_db
from docgen import make_docx
from streamlit.testing.v1 import AppTest

from tracking import corrections, review
from tracking.accounts import Grant, add_account

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "documents.py")
GX = "004_732dde5a7dac0490.txt"
SCHOOLS = ["全县教育发展行动计划（2024—2026年）", "一、主要目标", "到2026年，新建改扩建中小学校12所。",
           "学前教育普惠率达到90%以上。"]


@pytest.fixture
def env(tmp_path, monkeypatch):
    accounts = tmp_path / "accounts.toml"
    add_account(accounts, "editor", "pw", [Grant("*")], rounds=4, rights=["documents"])
    add_account(accounts, "reporter", "pw", [Grant("冠县")], rounds=4)
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SOURCES / GX, sources / GX)
    db = write_sample_db(tmp_path / "indicators.duckdb")
    for name, value in {"INDICATORS_DB": db, "REPORTED_DB": tmp_path / "reported.duckdb", "SOURCES_DIR": sources,
                        "ACCOUNTS_FILE": accounts}.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("REVIEWED_ONLY", raising=False)
    return {"db": db, "rep": tmp_path / "reported.duckdb", "sources": sources, "tmp": tmp_path}


def page(user: str | None = None, **state) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    if user:
        at.session_state["entry_account"] = user
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def rows(db, sql, params=None):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def form_field(at: AppTest, prefix: str):
    return next(w for w in list(at.text_input) + list(at.selectbox) + list(at.checkbox)
                if w.key and w.key.startswith(prefix))


def test_a_viewer_sees_the_list_and_cannot_edit(env):
    at = page()
    assert not at.exception
    assert any("冠县三年行动计划" in str(df.value.to_dict()) for df in at.dataframe)
    assert not [u for u in at.get("file_uploader")]
    assert all(b.disabled for b in at.button if b.key and b.key.startswith("FormSubmitter:docs"))
    at = page("reporter")
    assert any("没有文件管理权限" in i.value for i in at.info)


def test_upload_confirm_metadata_and_publish(env):
    docx = make_docx(env["tmp"] / "东阿 “教育” 计划.docx", SCHOOLS)
    at = page("editor")
    uploader = next(u for u in at.get("file_uploader"))
    at = uploader.set_value([(docx.name, docx.read_bytes(), "application/octet-stream"),
                             ("empty.pdf", b"", "application/pdf")]).run()
    at = at.button(key="docs_read").click().run()
    assert not at.exception
    assert any("empty.pdf" in e.value and "文件为空" in e.value for e in at.error)
    form_field(at, f"docs_meta|{docx.name}|jurisdiction").set_value("东阿县")
    form_field(at, f"docs_meta|{docx.name}|jurisdiction_level").set_value("county")
    at = next(b for b in at.button if b.label == "确认并发布").click().run()
    assert not at.exception
    assert any(f"{docx.name} 已发布，2 个目标" in s.value for s in at.success)
    assert rows(env["db"], "SELECT jurisdiction FROM documents WHERE source_file = ?", [docx.name]) == [("东阿县",)]
    assert rows(env["db"], "SELECT level FROM jurisdictions WHERE name = '东阿县'") == [("county",)]
    assert (env["sources"] / docx.name).exists()
    assert review.document_records(env["rep"]).iloc[0]["fields"] == {"jurisdiction": "东阿县",
                                                                     "jurisdiction_level": "county"}


def test_confirm_edit_reject_and_add_on_the_review(env):
    at = page("editor", docs_pick=GX, docs_target="t-pm25-gx")
    assert "到2025年，PM2.5浓度控制在42微克/立方米以内" in "".join(m.value for m in at.markdown)
    form_field(at, "docs_field|t-pm25-gx|value").set_value("40")
    at = next(b for b in at.button if b.label == "保存更正").click().run()
    assert any("已更正" in s.value for s in at.success)
    assert rows(env["db"], "SELECT value, review_state FROM targets WHERE target_id = 't-pm25-gx'") == [(40.0, "corrected")]

    at = page("editor", docs_pick=GX, docs_target="t-hitech-gx")
    at = next(b for b in at.button if b.label == "确认无误").click().run()
    assert rows(env["db"], "SELECT review_state FROM targets WHERE target_id = 't-hitech-gx'") == [("confirmed",)]

    at = page("editor", docs_pick=GX, docs_target="t-income-gx")
    at = next(b for b in at.button if b.label == "驳回（不是目标）").click().run()
    assert rows(env["db"], "SELECT count(*) FROM targets WHERE target_id = 't-income-gx'") == [(0,)]

    at = page("editor", docs_pick=GX)
    text = (env["sources"] / GX).read_text(encoding="utf-8")
    quote = next(line for line in text.splitlines() if "%" in line and len(line) > 20)[:20]
    at.text_area(key=next(w.key for w in at.text_area if w.key.startswith("docs_add_quote"))).set_value(quote)
    form_field(at, "docs_add_name").set_value("补充指标")
    form_field(at, "docs_add_value").set_value("12")
    form_field(at, "docs_add_unit").set_value("%")
    at = next(b for b in at.button if b.label == "补充目标").click().run()
    assert not at.exception and any("已补充" in s.value for s in at.success)
    assert rows(env["db"], "SELECT indicator_name, value FROM targets WHERE review_state = 'added'") == [("补充指标", 12.0)]


def test_a_stale_edit_is_refused_and_shows_the_value_in_force(env):
    at = page("editor", docs_pick=GX, docs_target="t-pm25-gx")
    # someone else saves first
    review.review_target(env["rep"], review.TargetEdit("t-pm25-gx", GX, "到2025年，PM2.5浓度控制在42微克/立方米以内。",
                                                       "edit", {"value": 39}, {}, {"value": 42.0}), account="other")
    corrections.republish(env["db"], env["rep"])
    form_field(at, "docs_field|t-pm25-gx|value").set_value("41")
    at = next(b for b in at.button if b.label == "保存更正").click().run()
    assert any("现在是 39" in e.value for e in at.error)
    assert rows(env["db"], "SELECT value FROM targets WHERE target_id = 't-pm25-gx'") == [(39.0,)]


def test_the_page_speaks_english_when_asked(env):
    at = page("editor", lang="en")
    assert not at.exception
    assert at.title[0].value == "Documents"
    assert {s.value for s in at.subheader} >= {"Upload documents", "Documents loaded", "Review of targets"}
