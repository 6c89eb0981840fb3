"""``python -m etl meeting-pack``: the 会议材料 ZIP from the command line, for a scheduled job
before each meeting. :mod:`cli.main` calls :func:`register` on its subparsers.

    python -m etl meeting-pack --jurisdiction 冠县 --out 冠县.zip
    python -m etl meeting-pack --jurisdiction 聊城市 --status at_risk --status off_track \\
        --max-slides 20 --since 2024-09-30 --out packs/

The pack is built by :func:`outputs.pack.make_meeting_pack`, the function behind the app's
button, so the same selection gives the same slides and workbook. Errors become one clear line
on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import settings
from tracking.overdue import DISPLAY_CODES


def register(subparsers) -> None:
    """Add the meeting-pack and remind commands."""
    register_remind(subparsers)
    p = subparsers.add_parser(
        "meeting-pack", help="build the meeting pack (slides + ledger workbook, zipped) for a jurisdiction",
        description="Slides (PPTX) and the ledger workbook (XLSX) for a selection, in one ZIP named "
                    "with the jurisdiction and the date — the same pack as the app's 会议材料 button.")
    p.add_argument("--jurisdiction", action="append", default=[], metavar="NAME",
                   help="jurisdiction, e.g. 冠县 (with its counties and zones unless --no-sub); "
                        "repeat to pick several jurisdictions out of all of them")
    p.add_argument("--no-sub", action="store_true", help="leave out the jurisdiction's counties and zones")
    p.add_argument("--status", action="append", default=[], choices=DISPLAY_CODES,
                   help="only targets in this status as the pages show it (overdue: 逾期未报, never reported "
                        "although due); repeatable (default: every status)")
    p.add_argument("--sector", action="append", default=[], help="only this sector; repeatable")
    p.add_argument("--department", default=None, help="only targets led by this department")
    p.add_argument("--max-slides", type=int, default=12, metavar="N",
                   help="at most N indicator slides, lagging ones first (default 12)")
    p.add_argument("--since", type=date.fromisoformat, default=None, metavar="DATE",
                   help="highlight values reported on or after this day (YYYY-MM-DD), e.g. the last meeting")
    p.add_argument("--sheets-by", choices=("jurisdiction", "department"), default="jurisdiction",
                   help="one workbook sheet per jurisdiction (default) or per lead department")
    settings.add_store_options(p)
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="DATE",
                   help="judge progress as of this day (YYYY-MM-DD; default: today)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the pack (default zh)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.zip",
                   help="the ZIP to write; an existing folder gets the pack under its own name")
    p.add_argument("--quiet", action="store_true", help="no progress messages")
    p.set_defaults(func=meeting_pack)

    p = subparsers.add_parser(
        "status", help="every target's progress status with its reason, as the pages show it",
        description="One line per target: id, indicator, target, latest value, completion, time share, "
                    "status and the reason in words — the numbers of the 目标台账 page, from the same "
                    "status method, so that officials and scripts can check a status without the app.")
    p.add_argument("--jurisdiction", default=None, metavar="NAME",
                   help="only this jurisdiction, e.g. 冠县 (with its counties and zones unless --no-sub)")
    p.add_argument("--no-sub", action="store_true", help="leave out the jurisdiction's counties and zones")
    p.add_argument("--format", choices=("table", "csv"), default="table",
                   help="table: aligned text for reading; csv: UTF-8 CSV on standard output for scripts")
    settings.add_store_options(p)
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="DATE",
                   help="judge progress as of this day (YYYY-MM-DD; default: today)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of headers and words (default zh)")
    p.set_defaults(func=status)


def arguments_to_request(args: argparse.Namespace):
    """The command line → (Filters, PackOptions): one --jurisdiction is the view, as picked in the
    sidebar; several are picked out of all jurisdictions, as in the pack's options."""
    from outputs.pack_data import PackOptions
    from tracking.queries import Filters

    names = list(dict.fromkeys(args.jurisdiction))
    view = names[0] if len(names) == 1 else None
    filters = Filters(jurisdiction=view, include_sub=not args.no_sub, sectors=tuple(args.sector),
                      department=args.department)
    options = PackOptions(jurisdictions=tuple(names) if len(names) > 1 else (), statuses=tuple(args.status),
                          max_slides=args.max_slides, since=args.since, sheets_by=args.sheets_by)
    return filters, options


def meeting_pack(args: argparse.Namespace) -> int:
    from outputs import export, i18n
    from outputs.pack import describe, make_meeting_pack
    from outputs.pack_data import PackError
    from tracking import departments, reported

    if args.max_slides < 0:
        print("错误：--max-slides 不能为负数", file=sys.stderr)
        return 1
    filters, options = arguments_to_request(args)

    def progress(fraction: float, message: str) -> None:
        if not args.quiet:
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    try:
        pack = make_meeting_pack(filters, options, indicators_db=indicators_db, reported_db=reported_db,
                                 today=args.today or date.today(), lang=args.lang, progress=progress)
    except (PackError, export.ExportError, reported.StoreError, departments.TableError) as e:
        print(f"{'错误' if args.lang == 'zh' else 'error'}{i18n.colon(args.lang)}{describe(e, args.lang)}", file=sys.stderr)
        return 1
    finally:
        export.stop_server()
    out = args.out / pack.file_name if args.out.is_dir() else args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pack.zip_bytes)
    print(i18n.t("pack.written", args.lang, path=out, slides=pack.n_slides, targets=pack.n_targets,
                 sheets=len(pack.sheet_names)))
    return 0


def status(args: argparse.Namespace) -> int:
    """``python -m etl status``: the ledger's statuses, printed (:func:`outputs.export.status_table`)."""
    from outputs import export, i18n
    from tracking import db, reported
    from tracking import queries as Q

    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    err = lambda message: print(("错误：" if args.lang == "zh" else "error: ") + message, file=sys.stderr)  # noqa: E731
    if not indicators_db.exists():
        err(i18n.t("cli.no_database", args.lang, path=indicators_db))
        return 1
    try:
        statuses = reported.current_statuses(indicators_db, reported_db, args.today or date.today())
        con = db.attach_indicators(indicators_db)
        try:
            known = db.run(con, Q.jurisdictions_sql(), statuses)["name"].tolist()
            if args.jurisdiction and args.jurisdiction not in known:
                err(i18n.t("cli.unknown_jurisdiction", args.lang, name=args.jurisdiction, known="、".join(known)))
                return 1
            filters = Q.Filters(jurisdiction=args.jurisdiction, include_sub=not args.no_sub)
            rows = db.run(con, Q.ledger_sql(filters), statuses)
        finally:
            con.close()
    except reported.StoreError as e:
        err(str(e))
        return 1
    table = export.status_table(rows, statuses, args.lang)
    if args.format == "csv":
        sys.stdout.write(table.to_csv(index=False))
    else:
        sys.stdout.write(table.astype(object).where(table.notna(), "—").to_string(index=False) + "\n")
    return 0


# --- issue 12: python -m etl remind ---

def register_remind(subparsers) -> None:
    """``remind``: a department's 催报 list (workbook and message), e-mailed with ``--send``."""
    p = subparsers.add_parser(
        "remind", help="what a department still owes (催报): the overdue list as Excel and text, e-mailed with --send",
        description="The overdue targets a lead department owes a report for (the 部门 page's list): "
                    "prints the reminder text; --out writes the workbook (催报清单 + the 填报 template for "
                    "those targets); --send e-mails both to the addresses in data/department_contacts.csv "
                    "through SMTP_HOST:SMTP_PORT as SMTP_FROM.")
    p.add_argument("--department", action="append", default=[], metavar="NAME",
                   help="lead department, by any of its names (data/department_aliases.csv); repeatable")
    p.add_argument("--all", action="store_true", help="every lead department that owes a report")
    p.add_argument("--jurisdiction", default=None, metavar="NAME", help="only targets of this jurisdiction (with its counties)")
    p.add_argument("--out", type=Path, default=None, metavar="FILE.xlsx",
                   help="write the workbook here (a folder: one file per department, named after it)")
    p.add_argument("--send", action="store_true", help="e-mail each department its reminder with the workbook")
    settings.add_store_options(p)
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="DATE",
                   help="judge what is overdue as of this day (YYYY-MM-DD; default: today)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the reminder (default zh)")
    p.set_defaults(func=remind)


def remind(args: argparse.Namespace) -> int:
    from outputs import i18n
    from outputs import remind as R
    from tracking import departments, reported
    from tracking.queries import Filters

    T = lambda key, **f: i18n.t(key, args.lang, **f)  # noqa: E731
    error = "错误" if args.lang == "zh" else "error"
    if not args.department and not args.all:
        print(f"{error}：--department NAME / --all", file=sys.stderr)
        return 1
    try:
        server = settings.smtp() if args.send else None
        if args.send and server is None:
            raise R.RemindError(T("remind.no_smtp"))
        aliases = departments.read_aliases(settings.department_aliases_csv())
        contacts = departments.read_contacts(settings.department_contacts_csv(), aliases) if args.send else {}
        indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
        today = args.today or date.today()
        reminders = R.load_reminders(Filters(jurisdiction=args.jurisdiction), args.department,
                                     indicators_db=indicators_db, reported_db=reported_db, today=today,
                                     aliases=aliases, lang=args.lang, every=args.all)
    except departments.TableError as e:
        print(f"{error}{i18n.colon(args.lang)}{T('remind.table_error', error=e)}", file=sys.stderr)
        return 1
    except (R.RemindError, reported.StoreError, settings.SettingError) as e:
        print(f"{error}{i18n.colon(args.lang)}{e}", file=sys.stderr)
        return 1
    status = 0
    outgoing = []
    for r in reminders:
        if r.n == 0:
            print(T("remind.nothing", department=r.department))
            continue
        workbook = R.reminder_workbook(r, R.template_rows(indicators_db, r.rows["target_id"], today))
        if args.out is not None:
            out = args.out / f"{R.file_stem(r)}.xlsx" if args.out.is_dir() or len(reminders) > 1 else args.out
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(workbook)
            print(T("remind.written", path=out, department=r.department, n=r.n))
        if not args.send and args.out is None:
            print(R.reminder_message(r))
        if args.send:
            to = contacts.get(r.department, ())
            if not to:
                print(T("remind.no_address", department=r.department, file=settings.department_contacts_csv()),
                      file=sys.stderr)
                status = 1
                continue
            outgoing.append((r, to, R.email_message(r, server.sender, to, workbook)))
    if outgoing:
        try:
            R.send_reminders([m for _, _, m in outgoing], server.host, server.port)
        except R.RemindError as e:
            print(f"{error}{i18n.colon(args.lang)}{T('remind.send_failed', department='、'.join(r.department for r, _, _ in outgoing), error=e)}",
                  file=sys.stderr)
            return 1
        for r, to, _ in outgoing:
            print(T("remind.sent", department=r.department, to="、".join(to), n=r.n))
    return status
