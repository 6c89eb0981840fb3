"""The commands for documents officials bring: ``documents add|list|withdraw``; :mod:`cli.main`
calls :func:`register`. Each refusal is one clear line and exit status 1, with nothing changed::

    python -m etl documents add 冠县规划.pdf "another file.docx" [--jurisdiction 冠县] [--title …] [--user 张三 | --admin]
    python -m etl documents list
    python -m etl documents withdraw 冠县规划.pdf [--undo]
"""

from __future__ import annotations

from pathlib import Path

import settings
from tracking import accounts, documents, review
from tracking.commands import add_writer_options, document_manager, fail

METADATA_OPTIONS = {"title": "title", "jurisdiction": "jurisdiction", "level": "jurisdiction_level",
                    "parent": "parent_jurisdiction", "doc_type": "doc_type", "issuing_body": "issuing_body",
                    "number": "doc_number", "date": "issued_on", "horizon": "horizon_year"}


def register(subparsers) -> None:
    """Add ``documents`` with its sub-commands add, list and withdraw."""
    p = subparsers.add_parser("documents", help="add, list or withdraw source documents (officials' own)",
                              description="Documents officials bring: each file is checked (a document, not "
                                          "empty, not encrypted, under the size limit, not already loaded), read, "
                                          "and published with the corrections on record; nothing is half-loaded.")
    sub = p.add_subparsers(dest="documents_command", required=True, metavar="ACTION")
    a = sub.add_parser("add", help="add (or replace with a new version) PDF, DOCX, TXT or MD files")
    a.add_argument("files", nargs="+", type=Path, help="the files (names with spaces or Chinese are fine)")
    for option, name in METADATA_OPTIONS.items():
        a.add_argument(f"--{option.replace('_', '-')}", dest=name, default=None,
                       help=f"correct the inferred {name} (one value for every file given)")
    settings.add_store_options(a)
    a.add_argument("--sources", type=Path, default=None, help="sources folder (default: env SOURCES_DIR, else data/sources)")
    add_writer_options(a)
    a.set_defaults(func=add)

    s = sub.add_parser("list", help="list the documents with their targets and review progress")
    settings.add_store_options(s)
    s.set_defaults(func=list_)

    w = sub.add_parser("withdraw", help="withdraw a document: its targets hidden, reported values kept")
    w.add_argument("name", help="the document's file name")
    w.add_argument("--undo", action="store_true", help="bring a withdrawn document back")
    settings.add_store_options(w)
    add_writer_options(w)
    w.set_defaults(func=withdraw)


def add(args) -> int:
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    sources = args.sources or settings.sources_dir()
    metadata = {name: getattr(args, name) for name in METADATA_OPTIONS.values() if getattr(args, name) is not None}
    try:
        account = document_manager(args)
    except accounts.AccountError as e:
        return fail(str(e))
    status = 0
    for path in args.files:
        if not path.is_file():
            status = fail(f"找不到文件 {path}")
            continue
        try:
            done = documents.add_file(path, sources_dir=sources, indicators_db=indicators_db, reported_db=reported_db,
                                      account=account, how="cli", metadata=metadata,
                                      max_bytes=settings.max_document_bytes(), reviewed_only=settings.reviewed_only())
        except review.ReviewError as e:
            status = fail(str(e))
            continue
        print(f"{done.name}：已载入，{done.n_targets} 个目标（{done.document_id}）")
        for gone in done.disappeared:
            print(f"  新版本中不再有：{gone}")
    return status


def list_(args) -> int:
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    df = documents.list_documents(indicators_db, reported_db)
    if df.empty:
        print("还没有文件")
    for r in df.itertuples():
        flag = "（已撤回）" if r.withdrawn else ""
        print(f"{r.source_file}\t{r.jurisdiction}\t{r.title}\t目标 {r.n_targets}，已审核 {r.n_reviewed}，"
              f"隐藏 {r.n_hidden}{flag}")
    return 0


def withdraw(args) -> int:
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    try:
        documents.withdraw(args.name, indicators_db=indicators_db, reported_db=reported_db,
                           account=document_manager(args), how="cli", withdrawn=not args.undo,
                           reviewed_only=settings.reviewed_only())
    except (review.ReviewError, accounts.AccountError) as e:
        return fail(str(e))
    print(f"{args.name}：{'已恢复' if args.undo else '已撤回（目标隐藏，填报值保留）'}")
    return 0
