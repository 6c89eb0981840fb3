"""``review export|import|unmatched``: a document's review in Excel, so a department can review
it there and send the file back; :mod:`cli.main` calls :func:`register`::

    python -m etl review export --document 冠县规划.pdf --out review.xlsx
    python -m etl review import review.xlsx [--user 张三 | --admin]
    python -m etl review unmatched
"""

from __future__ import annotations

import sys
from pathlib import Path

import settings
from outputs.review_xlsx import review_workbook
from tracking import accounts, corrections, review_import
from tracking.commands import add_writer_options, document_manager, fail
from tracking.reported import StoreError


def register(subparsers) -> None:
    """Add ``review`` with export, import and unmatched."""
    p = subparsers.add_parser("review", help="review a document's targets in Excel (export, import)",
                              description="Export a document's targets with their review state; fill in 操作 "
                                          "(确认/驳回/补充) or change a value; import it back (all or nothing).")
    sub = p.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    e = sub.add_parser("export", help="write a document's review workbook")
    e.add_argument("--document", required=True, help="the document's file name")
    e.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    settings.add_store_options(e)
    e.set_defaults(func=export)

    i = sub.add_parser("import", help="import a filled-in review workbook (all or nothing)")
    i.add_argument("file", type=Path, help="the .xlsx written by review export, filled in")
    i.add_argument("--document", default=None, help="the document (default: the one named in the workbook)")
    settings.add_store_options(i)
    add_writer_options(i)
    i.add_argument("--sources", type=Path, default=None,
                   help="sources folder, to check added targets' quotes (default: env SOURCES_DIR, else data/sources)")
    i.set_defaults(func=import_)

    u = sub.add_parser("unmatched", help="list reviews whose target or document is not in the database (kept)")
    settings.add_store_options(u)
    u.set_defaults(func=unmatched)


def export(args) -> int:
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    try:
        frame = review_import.review_frame(indicators_db, reported_db, args.document)
    except StoreError as e:
        return fail(str(e))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".part")
    tmp.write_bytes(review_workbook(frame, args.document))
    tmp.replace(args.out)
    print(f"已导出 {args.document} 的 {len(frame)} 个目标到 {args.out}")
    return 0


def import_(args) -> int:
    if not args.file.is_file():
        return fail(f"找不到文件 {args.file}")
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    try:
        result = review_import.import_review(args.file, indicators_db=indicators_db, reported_db=reported_db,
                                             account=document_manager(args), how="import",
                                             document=args.document, sources_dir=args.sources or settings.sources_dir(),
                                             reviewed_only=settings.reviewed_only())
    except (StoreError, accounts.AccountError) as e:
        return fail(str(e))
    if not result.ok:
        print(f"{args.file.name}：未导入任何审核，发现 {len(result.problems)} 个问题：", file=sys.stderr)
        for p in result.problems:
            where = f"第 {p['row']} 行" if p["row"] else "文件"
            print(f"  {where} {p['column']}：{p['reason']}", file=sys.stderr)
        return 1
    print(f"{args.file.name}：已保存 {result.saved} 条审核，{result.unchanged} 条未变")
    return 0


def unmatched(args) -> int:
    indicators_db, _ = settings.resolve_stores(args.db, args.reported_db)
    rows = corrections.unmatched(indicators_db)
    if not rows:
        print("所有审核都已应用")
    for u in rows:
        print(f"{u.subject}\t{u.key}\t{u.source_file}\t{u.state}\t{u.source_text}")
    return 0
