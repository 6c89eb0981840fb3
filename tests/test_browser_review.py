"""Issue 14's walk-through in a real browser (Debian Chromium under Playwright, as test_browser.py):
sign in, upload a PDF and a DOCX made by tests/docgen.py, correct the jurisdiction of one,
confirm a target, edit a value, reject a false target, add a missed one, rebuild the database
from the command line, and find every correction still applied on the ledger and indicator page.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import free_port
from docgen import make_docx, make_pdf
from test_browser import CHROMIUM, browser, open_app, page, settle, shot  # noqa: F401 — fixtures used by name

from deploy import serve
from outputs import i18n
from tracking.accounts import Grant, add_account

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium")

GREEN = ["冠县城乡绿化三年行动方案（2024—2026年）", "冠县人民政府", "一、主要目标",
         "到2026年，全县森林覆盖率达到22%以上。", "新增城市绿地面积120公顷。", "建成口袋公园30个。",
         "二、保障措施", "全县古树名木全部挂牌保护，确保各项任务落实。"]
SCHOOLS = ["全县教育发展行动计划（2024—2026年）", "一、主要目标", "到2026年，新建改扩建中小学校12所。",
           "学前教育普惠率达到90%以上。"]
OLD = ["莘县2024年重点工作", "一、目标", "全年新增高技能人才40人以上。"]


def build(env: dict) -> None:
    done = subprocess.run([sys.executable, "-m", "etl", "build", "--quiet"], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    sources = tmp / "sources"
    sources.mkdir()
    (sources / "old.txt").write_text("\n".join(OLD), encoding="utf-8")
    accounts = tmp / "accounts.toml"
    add_account(accounts, "editor", "editor-password", [Grant("*")], rounds=4, rights=["documents"])
    env = {"INDICATORS_DB": str(tmp / "indicators.duckdb"), "REPORTED_DB": str(tmp / "reported.duckdb"),
           "SOURCES_DIR": str(sources), "ACCOUNTS_FILE": str(accounts), "REVIEWED_ONLY": ""}
    build(env)
    port, log = free_port(), open(tmp / "streamlit.log", "wb")
    try:
        proc = serve.start_streamlit(ROOT / "app.py", port, env, stderr=log, timeout_s=90)
    except serve.ServeError as exc:
        pytest.fail(f"{exc}: {(tmp / 'streamlit.log').read_text(errors='replace')[-2000:]}")
    yield {"url": f"http://127.0.0.1:{port}", "env": env, "tmp": tmp}
    serve.stop(proc, timeout_s=15)
    log.close()


def wait_text(pg, text: str, timeout: int = 60_000) -> None:
    """Wait for ``text``, then for the run that drew it to finish: a flash message is drawn at the top of the page
    while the rest of it (the forms below, under new keys) is still being redrawn, and a click or a fill on the old
    form is lost when the new one replaces it."""
    pg.get_by_text(text).filter(visible=True).first.wait_for(timeout=timeout)  # not a hidden grid cell
    settle(pg)


def pick(pg, label: str, option: str) -> None:
    """Choose ``option`` (a piece of its text) in the select box labelled ``label`` and wait until the page has been
    redrawn for it: its sentence is the one marked in the document's text, and the review form beside it (under the
    chosen target's keys) is drawn."""
    settle(pg)
    box = pg.get_by_label(label).first
    box.click()
    pg.get_by_role("option", name=re.compile(re.escape(option))).first.click(timeout=15_000)
    pg.locator("[data-testid='stMain'] mark").filter(has_text=option).first.wait_for(timeout=30_000)
    settle(pg)


def fill_form(pg, title: str, values: dict[str, str], tries: int = 3) -> None:
    """Open the expander titled ``title`` and fill its fields (label → text), then check that every field still holds
    its text once the page is quiet; should a redraw have replaced the form meanwhile, fill it again."""
    for _ in range(tries):
        settle(pg)
        first = field(pg, next(iter(values))).last  # the expander's field, after the edit form's of the same name
        if not first.is_visible():
            pg.get_by_text(title).click()
        first.wait_for(state="visible", timeout=15_000)
        for label, text in values.items():
            field(pg, label).last.fill(text, timeout=10_000)
        settle(pg)
        if all(field(pg, label).last.input_value() == text for label, text in values.items()):
            return
    raise AssertionError(f"the form {title!r} lost what was typed {tries} times")


def field(pg, label: str):
    """Inputs of the page (not the sidebar's filters) labelled exactly ``label``."""
    return pg.locator("[data-testid='stMain']").get_by_label(label, exact=True)


def button(pg, text: str):
    """The first button showing ``text`` (its accessible name also holds the icon's name)."""
    return pg.locator("button").filter(has_text=text).first


def rows(db, sql, params=None):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_officials_upload_review_rebuild_and_every_correction_stays(app, page):  # noqa: F811
    url, tmp, env = app["url"], app["tmp"], app["env"]
    pdf = make_pdf(tmp / "冠县 “绿化” 方案.pdf", GREEN, header="冠县城乡绿化三年行动方案")
    docx = make_docx(tmp / "东阿 教育 计划.docx", SCHOOLS)

    open_app(page, f"{url}/documents", "docs.title")
    page.get_by_label(i18n.t("entry.signin.user")).fill("editor")
    page.get_by_label(i18n.t("entry.signin.password")).fill("editor-password")
    page.get_by_role("button", name=i18n.t("entry.signin.submit")).click()
    wait_text(page, i18n.t("docs.upload.title"))

    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files([str(docx), str(pdf)])
    page.locator("[data-testid='stFileUploader']").get_by_text(pdf.name).wait_for(timeout=60_000)
    button(page, i18n.t("docs.upload.read")).click()
    wait_text(page, i18n.t("docs.upload.found", n=2))
    wait_text(page, i18n.t("docs.upload.found", n=3))
    shot(page, "documents-staged")

    # the DOCX first: its jurisdiction was not in the text — corrected before publishing
    field(page, i18n.t("docs.meta.jurisdiction")).first.fill("东阿县")
    button(page, i18n.t("docs.upload.publish")).click()
    wait_text(page, i18n.t("docs.upload.published", name=docx.name, n=2))
    button(page, i18n.t("docs.upload.publish")).click()
    wait_text(page, i18n.t("docs.upload.published", name=pdf.name, n=3))
    assert rows(env["INDICATORS_DB"], "SELECT jurisdiction FROM documents WHERE source_file = ?", [docx.name]) \
        == [("东阿县",)]

    # the PDF is the document under review now; its first target is chosen
    wait_text(page, "森林覆盖率")
    button(page, i18n.t("review.confirm")).click()
    wait_text(page, i18n.t("review.done.confirm", name="森林覆盖率").split("：")[0])

    pick(page, i18n.t("review.target"), "城市绿地")
    field(page, i18n.t("review.field.value")).first.fill("150")
    button(page, i18n.t("review.save")).click()
    wait_text(page, i18n.t("review.done.edit", name="").rstrip("："))

    pick(page, i18n.t("review.target"), "口袋公园")
    button(page, i18n.t("review.reject")).click()
    wait_text(page, i18n.t("review.done.reject", name="").rstrip("："))

    fill_form(page, i18n.t("review.add.title"), {i18n.t("review.add.quote"): "全县古树名木全部挂牌保护",
                                                i18n.t("review.field.indicator_name"): "古树名木挂牌保护率",
                                                i18n.t("review.field.value"): "100", i18n.t("review.field.unit"): "%"})
    button(page, i18n.t("review.add.button")).click()
    wait_text(page, i18n.t("review.done.add", name="古树名木挂牌保护率"))
    shot(page, "documents-reviewed")

    # a rebuild from the command line reads every document again; the corrections stay
    build(env)
    db = env["INDICATORS_DB"]
    states = dict(rows(db, "SELECT indicator_name, review_state FROM targets t JOIN documents d USING (document_id)"
                           " WHERE d.source_file = ?", [pdf.name]))
    assert states == {"森林覆盖率": "confirmed", "城市绿地面积": "corrected", "古树名木挂牌保护率": "added"} or (
        len(states) == 3 and "口袋公园" not in "".join(states) and set(states.values()) == {"confirmed", "corrected",
                                                                                             "added"}), states
    edited = rows(db, "SELECT target_id, value FROM targets WHERE review_state = 'corrected'")
    assert [v for _, v in edited] == [150.0]

    open_app(page, f"{url}/ledger", "ledger.title")
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=i18n.t("ledger.csv")).click()
    ledger = pd.read_csv(io.BytesIO(Path(info.value.path()).read_bytes()), encoding="utf-8-sig")
    review_col, place = i18n.t("col.review_state"), i18n.t("col.jurisdiction")
    assert set(ledger.loc[ledger[place] == "东阿县", i18n.t("col.indicator_name")]) >= {"学前教育普惠率"}
    by_name = dict(zip(ledger[i18n.t("col.indicator_name")], ledger[review_col]))
    assert by_name["古树名木挂牌保护率"] == i18n.review_state_label("added")
    assert by_name["森林覆盖率"] == i18n.review_state_label("confirmed")
    assert not any("口袋公园" in str(n) for n in by_name)
    edited_name = next(n for n, s in by_name.items() if s == i18n.review_state_label("corrected"))
    assert "150" in ledger.loc[ledger[i18n.t("col.indicator_name")] == edited_name, i18n.t("col.target")].iloc[0]

    open_app(page, f"{url}/indicator?target={edited[0][0]}", "indicator.title")
    main = page.locator("[data-testid='stMain']").inner_text()
    assert f"{i18n.t('col.review_state')}：{i18n.review_state_label('corrected')}" in main
    assert "150" in main
    shot(page, "indicator-corrected")
