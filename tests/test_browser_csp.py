"""Issue 15: Streamlit's front end still works under the Content-Security-Policy nginx sends.
Real Chromium through deploy/serve.py (nginx in front of Streamlit): each page opens, the Plotly
chart draws, and the browser reports no policy violation. (The upload and the PNG download through
nginx are test_browser.py's ``test_through_make_runs_nginx_an_import_uploads_and_a_png_downloads``.)
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from conftest import ServeProcess
from test_browser import CHROMIUM, browser, settle  # noqa: F401 — the fixture is used by name

from outputs import i18n

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium (make setup)")

PAGES = [("", "overview.title"), ("ledger", "ledger.title"), ("indicator", "indicator.title"),
         ("indicator", "indicator.title", "&target=t-pm25-gx"),  # its Plotly chart
         ("compare", "compare.title"), ("departments", "departments.title"), ("entry", "entry.title")]
FILTER = "jurisdiction=" + quote("冠县") + "&sector=" + quote("生态环保")


WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation',
    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    service = ServeProcess(tmp_path_factory.mktemp("csp"))
    service.wait_until_serving()
    yield service.base
    service.end()


def test_every_page_works_under_the_content_security_policy(served, browser):  # noqa: F811 — the imported fixture
    context = browser.new_context(viewport={"width": 1440, "height": 1800}, locale="zh-CN")
    context.add_init_script(WATCH)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        for path, title, *more in PAGES:
            response = page.goto(f"{served}/{path}?{FILTER}{''.join(more)}")
            assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
            page.get_by_role("heading", name=i18n.t(title)).first.wait_for(timeout=60_000)
            settle(page)
            page.wait_for_timeout(1500)
            assert page.locator("[data-testid='stException']").count() == 0, path
            if more:
                assert page.locator(".js-plotly-plot .main-svg").count() > 0, "Plotly drew the chart"
            violations = page.evaluate("window.__csp")
            assert violations == [] and console == [], (path, violations, console)
            icon = page.evaluate("document.querySelector(\"link[rel*='icon']\").href")
            assert icon.startswith(served), f"the tab's icon comes from the app itself, not {icon}"
    finally:
        context.close()
