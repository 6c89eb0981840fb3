"""催报: what a department still owes, as a workbook, a message to copy, and an e-mail.

The list is the department's overdue targets (:func:`tracking.overdue.overdue_rows`: a report was
due for a quarter that ended more than 30 days ago, or for a target year that has passed, and none
came). The 部门 page and ``python -m etl remind`` both build from here, so the sheet a department
downloads and the one it is sent are the same:

- the workbook: sheet 催报清单 (what is owed, by target) and sheet 填报 — the import template for
  exactly those targets, so the department fills it in and imports it as it is;
- the message: Chinese first (English with ``lang="en"``), one line per target, ready to paste
  into a chat or a notice;
- the e-mail: the message with the workbook attached, through a plain SMTP relay
  (:func:`send_reminders`; settings ``SMTP_HOST``, ``SMTP_PORT``, ``SMTP_FROM``).
"""

from __future__ import annotations

import re
import smtplib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pandas as pd

from outputs import i18n, xlsx
from outputs.export import join_names, template_sheet
from tracking import db, departments, overdue
from tracking import queries as Q
from tracking import reported as reported_store
from tracking.reported_import import template_frame
from tracking.status import STATUS_COLUMNS

XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


class RemindError(Exception):
    """A reminder could not be built or sent; ``str()`` is one line a user can act on."""


@dataclass
class Reminder:
    """One department's reminder: its canonical name, the overdue targets it leads (rows of
    :func:`tracking.overdue.overdue_rows`), the day they were judged on, and the language."""

    department: str
    rows: pd.DataFrame
    today: date
    lang: str = i18n.DEFAULT_LANG

    @property
    def n(self) -> int:
        return len(self.rows)


# --- what the department reads -------------------------------------------------------------------

def _date_text(day: date, lang: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def reminder_table(rows: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The 催报清单 sheet (and the page's list): one line per overdue target — where, what, the
    target, the period owed, the latest value and period reported, the status as shown, the lead
    department as the document writes it, and the document and clause to find it by."""
    T = lambda key: i18n.t(key, lang)  # noqa: E731
    units = list(rows["unit"])
    years = [None if i18n.is_missing(y) else int(y) for y in rows["target_year"]]
    return pd.DataFrame({
        T("col.jurisdiction"): list(rows["jurisdiction"]),
        T("col.indicator_name"): list(rows["indicator_name"]),
        T("col.target"): [i18n.fmt_target(c, v, u, lang) for c, v, u in zip(rows["comparator"], rows["value"], units)],
        T("col.target_year"): pd.array(years, dtype="Int64"),
        T("col.due_period"): list(rows["due_period"]),
        T("col.latest"): [i18n.fmt_latest(r, lang) for r in rows.to_dict("records")],  # 累计 for increments
        T("col.latest_period"): ["" if i18n.is_missing(p) else str(p) for p in rows["latest_period"]],
        T("col.status"): [i18n.status_label(s, lang) for s in rows["display_status"]],
        T("col.lead_departments"): [join_names(v) for v in rows["lead_departments"]],
        T("col.document"): ["" if i18n.is_missing(v) else str(v) for v in rows["document_title"]],
        T("col.clause"): ["" if i18n.is_missing(v) else str(v) for v in rows["clause_ref"]],
        T("col.target_id"): list(rows["target_id"]),
    })


def reminder_subject(r: Reminder) -> str:
    """"【催报】县发展改革局：22项目标逾期未报（截至2026年12月3日）"."""
    return i18n.t("remind.subject", r.lang, department=r.department, n=r.n, date=_date_text(r.today, r.lang))


def reminder_message(r: Reminder) -> str:
    """The reminder as text to copy or mail: greeting, what is owed line by line, how to report.

    "1. 冠县 · 居民人均可支配收入增速：目标6%左右（2025年），应报2025；尚未填报"."""
    lang = r.lang
    lines = [i18n.t("remind.greeting", lang, department=r.department), "",
             i18n.t("remind.intro", lang, date=_date_text(r.today, lang), n=r.n)]
    for i, row in enumerate(r.rows.to_dict("records"), start=1):
        year = "" if i18n.is_missing(row.get("target_year")) else i18n.t("remind.year", lang, year=int(row["target_year"]))
        if i18n.is_missing(row.get("latest_value")):
            latest = i18n.t("remind.never", lang)
        else:
            latest = i18n.t("remind.latest", lang, value=i18n.fmt_latest(row, lang),
                            period=row.get("latest_period") or "")
        lines.append(i18n.t("remind.item", lang, i=i, jurisdiction=row["jurisdiction"],
                            indicator=" ".join(str(row["indicator_name"]).split()),
                            target=i18n.fmt_target(row.get("comparator"), row["value"], row.get("unit"), lang),
                            year=year, due=row["due_period"], latest=latest))
    if any(i18n.is_increment(row) for row in r.rows.to_dict("records")):  # what to enter for 新建/新增 targets
        lines += ["", i18n.t("remind.increments", lang)]
    lines += ["", i18n.t("remind.ask", lang), "", i18n.t("remind.sign", lang) + " · " + _date_text(r.today, lang)]
    return "\n".join(lines) + "\n"


def file_stem(r: Reminder) -> str:
    """"催报清单_县发展改革局_2026-12-03": safe for every file system."""
    name = f"{i18n.t('remind.file', r.lang)}_{r.department}_{r.today.isoformat()}"
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", name)[:120]


def reminder_workbook(r: Reminder, template: pd.DataFrame | None = None) -> bytes:
    """The 催报 workbook: sheet 催报清单 (titled with the department and the date) and, when
    ``template`` (rows of :func:`tracking.reported_import.template_frame`) is given, sheet 填报 to
    fill in and import."""
    title = i18n.t("remind.title", r.lang, department=r.department, date=_date_text(r.today, r.lang))
    long_text = {i18n.t(k, r.lang) for k in ("col.indicator_name", "col.document")}
    table = reminder_table(r.rows, r.lang)
    sheets = [xlsx.Sheet(i18n.t("remind.sheet", r.lang), table, title=title,
                         wrap_columns=frozenset(c for c in table.columns if c in long_text),
                         print_header=title, print_landscape=True)]
    if template is not None and len(template):
        sheets.append(template_sheet(template))  # marked as the entry page's template is
    return xlsx.workbook_bytes(sheets)


# --- e-mail ----------------------------------------------------------------------------------------

def email_message(r: Reminder, sender: str, recipients: Iterable[str], workbook: bytes | None) -> EmailMessage:
    """The reminder as an e-mail: subject, the message as plain text, the workbook attached."""
    msg = EmailMessage()
    msg["Subject"] = reminder_subject(r)
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg.set_content(reminder_message(r))
    if workbook is not None:
        msg.add_attachment(workbook, maintype=XLSX_MIME[0], subtype=XLSX_MIME[1], filename=f"{file_stem(r)}.xlsx")
    return msg


def send_reminders(messages: Iterable[EmailMessage], host: str, port: int, timeout: float = 30.0) -> int:
    """Send ``messages`` through the SMTP server at ``host``:``port`` on one connection; the number
    sent. A refused connection or message raises :class:`RemindError` naming the server."""
    sent = 0
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as server:
            for msg in messages:
                server.send_message(msg)
                sent += 1
    except (smtplib.SMTPException, OSError) as exc:
        raise RemindError(f"{host}:{port}: {exc}") from exc
    return sent


# --- loading, for the command line -----------------------------------------------------------------

def load_reminders(filters: Q.Filters, wanted: Iterable[str], *, indicators_db: Path, reported_db: Path,
                   today: date, aliases: Mapping[str, str], lang: str = i18n.DEFAULT_LANG,
                   every: bool = False) -> list[Reminder]:
    """The reminders of the departments ``wanted`` (any of their names), or with ``every`` of each
    lead department that owes a report in the selection, by canonical name. A department nobody
    leads a target under is a :class:`RemindError` naming the known ones."""
    if not Path(indicators_db).exists():
        raise RemindError(i18n.t("remind.no_db", lang, path=indicators_db))
    statuses = reported_store.current_statuses(indicators_db, reported_db, today)[STATUS_COLUMNS]
    con = db.attach_indicators(indicators_db)
    try:
        breakdown = db.run(con, Q.department_breakdown_sql(replace(filters, department=None), aliases), statuses)
        owing = breakdown.groupby("department", sort=False)["overdue"].sum()
        known = list(dict.fromkeys(breakdown["department"]))
        if every:
            names = [d for d in known if owing.get(d, 0) > 0]
        else:
            names = []
            for name in wanted:
                main = departments.canonical(name, aliases)
                if main not in known:
                    raise RemindError(i18n.t("remind.unknown_department", lang, name=name, known="、".join(known[:30])))
                names.append(main)
        out = []
        for name in dict.fromkeys(names):
            all_names = departments.names_of(name, aliases)
            chosen = replace(filters, department=all_names[0], department_names=all_names[1:], overdue=True)
            rows = overdue.overdue_rows(db.run(con, Q.ledger_sql(chosen), statuses), today)
            out.append(Reminder(name, rows, today, lang))
        return out
    finally:
        con.close()


def template_rows(indicators_db: Path, target_ids: Iterable[str], today: date) -> pd.DataFrame:
    """The import template's rows for ``target_ids`` (tracking.reported_import.template_frame)."""
    wanted = set(target_ids)
    targets = reported_store.read_targets(indicators_db)
    return template_frame(targets[targets["target_id"].isin(wanted)].reset_index(drop=True), today)


__all__ = ["Reminder", "RemindError", "email_message", "file_stem", "load_reminders", "reminder_message",
           "reminder_subject", "reminder_table", "reminder_workbook", "send_reminders", "template_rows"]
