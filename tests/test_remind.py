"""催报 (issue 12, item 3): a department's overdue list as a workbook and a message, and
`python -m etl remind --send` e-mailing it through a real SMTP server (aiosmtpd on a free
localhost port) — real files throughout: the sample indicators.duckdb, a reported store written by
tracking.reported, CSV tables of aliases and contacts.
"""

from __future__ import annotations

import email
import io
from datetime import date
from email import policy

import pandas as pd
import pytest
from aiosmtpd.controller import Controller
from conftest import free_port
from openpyxl import load_workbook

from cli.main import main
from outputs import remind
from tracking import reported, reported_import
from tracking.queries import Filters

MEETING = date(2024, 11, 15)  # 2024Q3's reports were due by 30 October


@pytest.fixture
def files(sample_db, tmp_path, monkeypatch):
    """The sample database, a store where only 冠县's PM2.5 is reported (for 2023: late), and
    alias and contact tables; the environment points every command at them."""
    store = tmp_path / "reported.duckdb"
    reported.save_values(store, pd.DataFrame({"target_id": ["t-pm25-gx"], "period": ["2023"], "value": [47.0]}),
                         account="gx", how="cli")
    aliases = tmp_path / "department_aliases.csv"
    aliases.write_text("alias,canonical\n县发改局,县发展改革局\n", encoding="utf-8")
    contacts = tmp_path / "department_contacts.csv"
    contacts.write_text("department,email\n县发改局,fgj@example.org\n", encoding="utf-8")
    for name, value in {"INDICATORS_DB": sample_db, "REPORTED_DB": store, "DEPARTMENT_ALIASES": aliases,
                        "DEPARTMENT_CONTACTS": contacts}.items():
        monkeypatch.setenv(name, str(value))
    for name in ("SMTP_HOST", "SMTP_PORT", "SMTP_FROM"):
        monkeypatch.delenv(name, raising=False)
    return {"db": sample_db, "store": store, "tmp": tmp_path}


class Inbox:
    """An aiosmtpd handler keeping every message it is given."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 — aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(monkeypatch):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(port))
    monkeypatch.setenv("SMTP_FROM", "dashboard@example.org")
    yield inbox
    controller.stop()


def reminders(files, *names, every=False):
    return remind.load_reminders(Filters(), names, indicators_db=files["db"], reported_db=files["store"],
                                 today=MEETING, aliases={"县发改局": "县发展改革局"}, every=every)


def test_a_department_owes_what_it_leads_and_has_not_reported(files):
    (r,) = reminders(files, "县发改局")  # asked for by its other name
    assert r.department == "县发展改革局"
    assert list(r.rows["target_id"]) == ["t-income-gx"]
    assert list(r.rows["due_period"]) == ["2024Q3"]
    (pm25,) = reminders(files, "市生态环境局冠县分局")
    assert list(pm25.rows["latest_period"]) == ["2023"]  # reported, but not for 2024Q3
    owing = {x.department for x in reminders(files, every=True)}
    assert {"县发展改革局", "市生态环境局冠县分局"} <= owing and "县科技局" in owing


def test_the_message_lists_every_target_owed_chinese_first(files):
    (r,) = reminders(files, "市生态环境局冠县分局")
    text = remind.reminder_message(r)
    lines = text.splitlines()
    assert lines[0] == "市生态环境局冠县分局："
    assert "截至2024年11月15日，贵单位牵头的以下 1 项目标任务逾期未报送进展数据" in lines[2]
    assert lines[3] == "1. 冠县 · PM2.5浓度：目标≤42微克/立方米（2025年），应报2024Q3；最近一次填报 47微克/立方米（2023）"
    assert "数据填报" in text
    assert remind.reminder_subject(r) == "【催报】市生态环境局冠县分局：1项目标逾期未报（截至2024年11月15日）"
    english = remind.reminder_message(remind.Reminder(r.department, r.rows, r.today, "en"))
    assert "due for 2024Q3; last reported 47 μg/m³ (2023)" in english


def test_the_workbook_lists_what_is_owed_and_its_template_imports_as_it_is(files):
    (r,) = reminders(files, "县发展改革局")
    book = remind.reminder_workbook(r, remind.template_rows(files["db"], r.rows["target_id"], MEETING))
    wb = load_workbook(io.BytesIO(book))
    assert wb.sheetnames == ["催报清单", "填报"]
    sheet = wb["催报清单"]
    assert sheet["A1"].value == "县发展改革局 · 逾期未报目标清单 · 截至2024年11月15日"
    header = [c.value for c in sheet[3]]
    assert header[:5] == ["地区", "指标", "目标值", "目标年份", "应报期次"]
    assert [c.value for c in sheet[4]][:5] == ["冠县", "居民人均可支配收入增速", "6%左右", 2025, "2024Q3"]
    assert sheet.freeze_panes == "A4"
    # the department fills in the 填报 sheet and imports the file unchanged
    template = wb["填报"]
    headers = [c.value for c in template[1]]
    template.cell(row=2, column=headers.index(reported_import.TEMPLATE_HEADERS["value"]) + 1, value=6.3)
    template.cell(row=2, column=headers.index(reported_import.TEMPLATE_HEADERS["source"]) + 1, value="县统计局")
    filled = io.BytesIO()
    wb.save(filled)
    report = reported_import.import_file(filled.getvalue(), filename="催报清单.xlsx", indicators_db=files["db"],
                                         reported_db=files["store"], account_name="fgj", today=MEETING)
    assert report.ok and report.saved == 1
    saved = reported.latest_reported(files["store"]).set_index("target_id").loc["t-income-gx"]
    assert (saved["value"], saved["source"]) == (6.3, "县统计局")


def test_remind_prints_the_message_and_writes_the_workbook(files, capsys):
    assert main(["remind", "--department", "县发展改革局", "--today", MEETING.isoformat()]) == 0
    assert "1. 冠县 · 居民人均可支配收入增速" in capsys.readouterr().out
    out = files["tmp"] / "out" / "县发展改革局.xlsx"
    assert main(["remind", "--department", "县发改局", "--today", MEETING.isoformat(), "--out", str(out)]) == 0
    assert "已写入" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["催报清单", "填报"]


def test_remind_names_an_unknown_department_and_the_known_ones(files, capsys):
    assert main(["remind", "--department", "县不存在局", "--today", MEETING.isoformat()]) == 1
    err = capsys.readouterr().err
    assert "找不到牵头部门「县不存在局」" in err and "县发展改革局" in err and "Traceback" not in err


def test_remind_send_mails_the_reminder_with_its_workbook(files, smtp_server, capsys):
    assert main(["remind", "--department", "县发展改革局", "--today", MEETING.isoformat(), "--send"]) == 0
    assert "已发送给 县发展改革局（fgj@example.org）：1 项。" in capsys.readouterr().out
    (envelope,) = smtp_server.envelopes
    assert envelope.mail_from == "dashboard@example.org" and envelope.rcpt_tos == ["fgj@example.org"]
    msg = email.message_from_bytes(envelope.content, policy=policy.default)
    assert msg["Subject"] == "【催报】县发展改革局：1项目标逾期未报（截至2024年11月15日）"
    assert "居民人均可支配收入增速" in msg.get_body(("plain",)).get_content()
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "催报清单_县发展改革局_2024-11-15.xlsx"
    assert load_workbook(io.BytesIO(attachment.get_content())).sheetnames == ["催报清单", "填报"]


def test_remind_send_without_an_address_or_a_server_says_so(files, smtp_server, monkeypatch, capsys):
    assert main(["remind", "--department", "县科技局", "--today", MEETING.isoformat(), "--send"]) == 1
    assert "县科技局 没有登记邮箱" in capsys.readouterr().err
    assert smtp_server.envelopes == []
    monkeypatch.delenv("SMTP_HOST")
    assert main(["remind", "--department", "县发展改革局", "--today", MEETING.isoformat(), "--send"]) == 1
    assert "没有配置邮件服务器" in capsys.readouterr().err


def test_remind_send_to_a_server_that_is_not_there_is_one_clear_line(files, monkeypatch, capsys):
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(free_port()))  # nothing listens there
    monkeypatch.setenv("SMTP_FROM", "dashboard@example.org")
    assert main(["remind", "--department", "县发展改革局", "--today", MEETING.isoformat(), "--send"]) == 1
    err = capsys.readouterr().err
    assert "发送给 县发展改革局 失败" in err and "Traceback" not in err
