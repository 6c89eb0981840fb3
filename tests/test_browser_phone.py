"""Issue 12 item 7 at a phone's width (390×844 CSS pixels, an iPhone 12–15): the overview reads
without sideways scrolling, and a value can be entered and saved on the entry page without it
(the per-target form that replaces the wide grid on narrow screens). Real app, real Chromium
(test_browser.py's launch)."""

from __future__ import annotations

import pytest
from conftest import ROOT, click_tab, free_port, settled_one, write_sample_db
from playwright.sync_api import expect
from test_browser import CHROMIUM, CHROMIUM_ARGS, browser, open_app, shot  # noqa: F401 — the shared browser

from deploy import serve
from outputs import i18n
from tracking import reported
from tracking.accounts import Grant, add_account

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium (make setup installs it)")
PHONE = {"width": 390, "height": 844}
# the widest the document may be: the viewport (no sideways scrolling)
WIDTH_JS = "() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"


@pytest.fixture(scope="module")
def phone_app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("phone")
    db, rep = write_sample_db(tmp / "indicators.duckdb"), tmp / "reported.duckdb"
    accounts = tmp / "accounts.toml"
    add_account(accounts, "gx", "gx-password", [Grant("冠县")], "冠县发展改革局", rounds=4)
    port, log = free_port(), open(tmp / "streamlit.log", "wb")  # noqa: SIM115 — closed below
    try:
        proc = serve.start_streamlit(ROOT / "app.py", port, {"INDICATORS_DB": str(db), "REPORTED_DB": str(rep),
                                                             "ACCOUNTS_FILE": str(accounts)},
                                     stderr=log, timeout_s=90)
    except serve.ServeError as exc:
        pytest.fail(f"{exc}: {(tmp / 'streamlit.log').read_text(errors='replace')[-2000:]}")
    yield f"http://127.0.0.1:{port}", rep
    serve.stop(proc, timeout_s=15)
    log.close()


@pytest.fixture
def phone(browser):  # noqa: F811
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2,
                                  locale="zh-CN")
    pg = context.new_page()
    yield pg
    context.close()


def assert_no_sideways_scrolling(page) -> None:
    doc, body, viewport = page.evaluate(WIDTH_JS)
    assert doc <= viewport and body <= viewport, (doc, body, viewport)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_overview_reads_on_a_phone(phone_app, phone, lang):
    url, _ = phone_app
    open_app(phone, f"{url}/?lang={lang}", "overview.title", lang)
    assert_no_sideways_scrolling(phone)
    # the seven figures take the top of the screen, not all of it: the gauges start on the first screen
    tiles = phone.locator("[data-testid='stMetric']")
    expect(tiles).to_have_count(2 + len(i18n.DISPLAY_STATUSES), timeout=30_000)  # on a busy machine the tiles come late
    last = tiles.nth(tiles.count() - 1).bounding_box()
    assert last["y"] + last["height"] < PHONE["height"] * 0.75, last
    shot(phone, f"phone-overview-{lang}")


def test_a_value_is_entered_and_saved_on_a_phone(phone_app, phone):
    url, rep = phone_app
    open_app(phone, f"{url}/entry", "entry.title")
    assert_no_sideways_scrolling(phone)
    phone.get_by_label(i18n.t("entry.signin.user")).fill("gx")
    phone.get_by_label(i18n.t("entry.signin.password")).fill("gx-password")
    phone.get_by_role("button", name=i18n.t("entry.signin.submit")).click()
    phone.get_by_text(i18n.t("entry.signin.as", name="", user="gx").split("（")[0]).first.wait_for(timeout=60_000)
    # while the signed-in page reruns, the stale form may stand beside the new one for a moment
    one = settled_one(phone, ".st-key-entry_one_view")
    expect(one).to_be_visible()
    expect(phone.locator(".st-key-entry_grid_view:visible")).to_have_count(0)
    one.get_by_role("textbox", name=i18n.t("entry.col.value")).fill("44.5")
    one.get_by_role("button", name=i18n.t("entry.save")).click()
    phone.get_by_text(i18n.t("entry.saved", saved=1, unchanged=0)).wait_for(timeout=60_000)
    assert_no_sideways_scrolling(phone)
    shot(phone, "phone-entry-saved")
    latest = reported.latest_reported(rep)
    assert list(latest["value"]) == [44.5]


def test_the_uploader_speaks_chinese_in_the_chinese_view(phone_app, phone):
    """Streamlit writes "Upload" and "200MB per file • CSV" in every language; in the Chinese view
    the button reads 选择文件 and the limit is said in Chinese under it (dashboard/style.py)."""
    url, _ = phone_app
    open_app(phone, f"{url}/entry", "entry.title")
    click_tab(phone, i18n.t("entry.tab.import"))
    zone = phone.locator("[data-testid='stFileUploaderDropzone']")
    zone.wait_for(timeout=60_000)
    assert not phone.locator("[data-testid='stFileUploaderDropzoneInstructions']").is_visible()
    after = zone.locator("button").evaluate("b => getComputedStyle(b, '::after').content")
    assert after == f'"{i18n.t("upload.button")}"'
    assert zone.locator("button").evaluate("b => getComputedStyle(b).fontSize") == "0px"  # "Upload" not drawn
    phone.get_by_text(i18n.t("upload.limit", mb=200)).wait_for(timeout=10_000)
    assert_no_sideways_scrolling(phone)
    shot(phone, "phone-entry-upload")
