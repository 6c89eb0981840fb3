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
from tracking.status import STATUS_CODES


def register(subparsers) -> None:
    """Add the meeting-pack command."""
    p = subparsers.add_parser(
        "meeting-pack", help="build the meeting pack (slides + ledger workbook, zipped) for a jurisdiction",
        description="Slides (PPTX) and the ledger workbook (XLSX) for a selection, in one ZIP named "
                    "with the jurisdiction and the date — the same pack as the app's 会议材料 button.")
    p.add_argument("--jurisdiction", action="append", default=[], metavar="NAME",
                   help="jurisdiction, e.g. 冠县 (with its counties and zones unless --no-sub); "
                        "repeat to pick several jurisdictions out of all of them")
    p.add_argument("--no-sub", action="store_true", help="leave out the jurisdiction's counties and zones")
    p.add_argument("--status", action="append", default=[], choices=STATUS_CODES,
                   help="only targets in this status; repeatable (default: every status)")
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
    from tracking import reported

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
    except (PackError, export.ExportError, reported.StoreError) as e:
        print(f"{'错误' if args.lang == 'zh' else 'error'}：{describe(e, args.lang)}", file=sys.stderr)
        return 1
    finally:
        export.stop_server()
    out = args.out / pack.file_name if args.out.is_dir() else args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pack.zip_bytes)
    print(i18n.t("pack.written", args.lang, path=out, slides=pack.n_slides, targets=pack.n_targets,
                 sheets=len(pack.sheet_names)))
    return 0
