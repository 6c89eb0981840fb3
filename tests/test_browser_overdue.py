"""Issue 12's "done when", in a real browser: an official goes from the 部门 page's overdue count
to the list behind it and downloads the 催报 sheet (Playwright through Debian's Chromium, the app
started as test_browser.py starts it)."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import quote

from openpyxl import load_workbook
from test_browser import browser, open_app, page, pytestmark, server, shot  # noqa: F401 — shared fixtures

from outputs import i18n

ROW_HEIGHT = 35  # Streamlit's dataframe rows (and header), in CSS pixels


def test_from_the_departments_overdue_count_to_the_list_and_the_reminder_sheet(server, page):  # noqa: F811
    open_app(page, f"{server}/departments?jurisdiction={quote('冠县')}", "departments.title")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=60_000)
    box = grid.bounding_box()
    # the table lists 县发展改革局, 县科技局, 市生态环境局冠县分局 (one overdue report each): click 县科技局's row
    page.mouse.click(box["x"] + 16, box["y"] + ROW_HEIGHT + ROW_HEIGHT * 1 + ROW_HEIGHT / 2)  # its row marker
    heading = i18n.t("departments.list_count", department="县科技局", n=1)
    page.get_by_text(heading).wait_for(timeout=60_000)
    # the message to copy names what is owed (the list itself is a canvas grid: its text is not in the page)
    page.locator("[data-testid='stCode']").filter(has_text="高新技术企业").wait_for(timeout=60_000)
    shot(page, "departments-overdue-list")
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=i18n.t("departments.xlsx")).click()
    download = info.value
    assert download.suggested_filename.startswith("催报清单_县科技局_") and download.suggested_filename.endswith(".xlsx")
    wb = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
    assert wb.sheetnames == ["催报清单", "填报"]
    listed = [row[1] for row in wb["催报清单"].iter_rows(min_row=4, values_only=True)]
    assert listed == ["高新技术企业"]
    page.get_by_role("button", name=i18n.t("departments.open_ledger")).click()
    page.get_by_role("heading", name=i18n.t("ledger.title")).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    assert "/ledger" in page.url and "overdue=1" in page.url and quote("县科技局") in page.url
