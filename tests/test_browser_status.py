"""Issue 12's "done when", in a real browser: 冠县 "到2025年，力争高新技术企业达到80家" with 85 reported
for 2025 is 已完成 on the indicator page and in the ledger (it used to be 严重滞后, 完成度 0 %)."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT, build_with_beaten_hitech, free_port
from test_browser import CHROMIUM, CHROMIUM_ARGS, settle

from deploy import serve
from outputs import i18n

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium (make setup installs it)")


@pytest.fixture(scope="module")
def guanxian_app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("status-browser")
    db, rep, hitech = build_with_beaten_hitech(tmp)
    port, log = free_port(), open(tmp / "streamlit.log", "wb")  # noqa: SIM115 — closed below
    try:
        proc = serve.start_streamlit(ROOT / "app.py", port, {"INDICATORS_DB": str(db), "REPORTED_DB": str(rep)},
                                     stderr=log, timeout_s=90)
    except serve.ServeError as exc:
        pytest.fail(f"{exc}: {(tmp / 'streamlit.log').read_text(errors='replace')[-2000:]}")
    yield f"http://127.0.0.1:{port}", hitech
    serve.stop(proc, timeout_s=15)
    log.close()


def test_guanxian_hitech_beaten_is_achieved_on_the_indicator_page_and_the_ledger(guanxian_app):
    from playwright.sync_api import sync_playwright

    url, hitech = guanxian_app
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1600}, locale="zh-CN", accept_downloads=True)
        page.goto(f"{url}/indicator?target={hitech}")
        page.get_by_role("heading", name=i18n.t("indicator.title")).first.wait_for(timeout=60_000)
        settle(page)
        main = page.locator("[data-testid='stMain']")
        main.get_by_text("已完成").first.wait_for(timeout=30_000)
        body = main.inner_text()
        assert "严重滞后" not in body and "-0%" not in body
        assert page.locator("[data-testid='stException']").count() == 0

        # the ledger, as an official takes it away: its CSV, downloaded through the page
        page.goto(f"{url}/ledger?jurisdiction=%E5%86%A0%E5%8E%BF")
        page.get_by_role("heading", name=i18n.t("ledger.title")).first.wait_for(timeout=60_000)
        settle(page)
        button = page.get_by_role("button", name=i18n.t("ledger.csv")).first
        button.wait_for(timeout=30_000)
        with page.expect_download(timeout=60_000) as download:
            button.click()
        table = pd.read_csv(download.value.path(), dtype=str, encoding="utf-8-sig")
        row = table[table[i18n.t("col.target_id")] == hitech].iloc[0]
        assert row[i18n.t("col.status")] == "已完成"
        assert float(row[i18n.t("col.completion")]) >= 100
        browser.close()
