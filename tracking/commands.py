"""CLI commands for reported values; :mod:`cli.main` calls :func:`register` on its subparsers.

Each command is a few lines calling :mod:`tracking.reported` / :mod:`tracking.accounts`; errors from there
become one clear line on stderr and exit status 1. Handlers are set as ``func`` and return the
exit status::

    python -m etl import-reported values.xlsx [--db indicators.duckdb] [--reported-db …] [--user 张三 | --admin]
    python -m etl backup-reported --out backups/2024-09-30
    python -m etl restore-reported backups/2024-09-30 [--replace]
    python -m etl verify-audit [--reported-db …] [--backup backups/2024-09-30]
    python -m etl reattach OLD_TARGET_ID NEW_TARGET_ID [--dry-run] [--user 张三 | --admin]   (or --list)
    python -m etl add-account --username guanxian_fgj --jurisdiction 冠县 [--department …]
    python -m etl store copy-accounts [--accounts-file config/accounts.toml] [--replace]   (DATABASE_URL)
"""

from __future__ import annotations

import getpass
import sys
from datetime import date
from pathlib import Path

import duckdb

import settings
from tracking import accounts, accounts_pg, pg, reported, reported_import, review, store_copy


def register(subparsers) -> None:
    """Add import-reported, backup-reported, restore-reported, verify-audit, reattach, store and add-account."""
    p = subparsers.add_parser(
        "import-reported", help="import reported values from a CSV or Excel file (all or nothing)",
        description="Validate every row first; if any row is wrong nothing is written and each "
                    "problem is listed (row, column, reason).")
    p.add_argument("file", type=Path, help="a .csv (UTF-8 or GB18030) or .xlsx file, e.g. the template")
    settings.add_store_options(p)
    add_writer_options(p)
    p.add_argument("--today", type=date.fromisoformat, default=None,
                   help="judge future periods against this date (YYYY-MM-DD; default: today)")
    p.set_defaults(func=import_reported)

    p = subparsers.add_parser("backup-reported", help="back up reported values and audit log to Parquet + CSV")
    p.add_argument("--out", type=Path, required=True, help="folder to write (created if missing)")
    p.add_argument("--reported-db", type=settings.store_argument, default=None, help="store to back up (default: env REPORTED_DB, else beside indicators.duckdb)")
    p.set_defaults(func=backup_reported)

    p = subparsers.add_parser("restore-reported", help="restore reported values from a backup folder")
    p.add_argument("folder", type=Path, help="a folder written by backup-reported")
    p.add_argument("--reported-db", type=settings.store_argument, default=None, help="store to restore into (default: env REPORTED_DB, else beside indicators.duckdb)")
    p.add_argument("--replace", action="store_true",
                   help="replace a store that already holds values (they are backed up first)")
    p.set_defaults(func=restore_reported)

    p = subparsers.add_parser(
        "verify-audit", help="check the audit log against its hash chain (a store, or a backup folder)",
        description="Each audit row's hash covers the previous row's hash and its own fields; a row changed, "
                    "removed or inserted by hand is named. Rows written before the chain existed are "
                    "reported as unchained, not as tampered. Exit 0 intact, 1 altered or unreadable.")
    p.add_argument("--reported-db", type=settings.store_argument, default=None,
                   help="store to check (default: env REPORTED_DB, else beside indicators.duckdb)")
    p.add_argument("--backup", type=Path, default=None, help="check this backup folder instead of the store")
    p.set_defaults(func=verify_audit)

    p = subparsers.add_parser(
        "reattach", help="carry an orphan's reported values over to the target that replaced it",
        description="After a rebuild gave a target a new id, its reported values are kept as orphans "
                    "(listed with --list, and on the 数据填报 page). This copies the latest value of "
                    "each period to the new target as new revisions, in one transaction, and records "
                    "the move; nothing is deleted. Refused, with nothing written, if the old id is not "
                    "an orphan, the new id is not a target, the units differ, or the new target already "
                    "has a different value for a period.")
    p.add_argument("old", nargs="?", help="the orphan's target_id")
    p.add_argument("new", nargs="?", help="the target_id of the target that replaced it")
    p.add_argument("--list", action="store_true", help="list the orphans (latest value per period) and stop")
    p.add_argument("--dry-run", action="store_true",
                   help="check and show what would be carried, and to which target; write nothing")
    settings.add_store_options(p)
    add_writer_options(p)
    p.set_defaults(func=reattach)

    p = subparsers.add_parser(
        "store", help="the officials' store: upgrade its schema, copy a reported.duckdb or the accounts into it",
        description="With DATABASE_URL set the officials' data is on PostgreSQL (docs/postgres.md). "
                    "'migrate' applies the schema's migrations not yet applied (each app server also "
                    "does on first connect); 'copy' moves a county's reported.duckdb into it; 'copy-accounts' "
                    "moves accounts.toml into it.")
    steps = p.add_subparsers(dest="store_command", required=True, metavar="STEP")
    q = steps.add_parser("migrate", help="apply the schema migrations not yet applied (idempotent)")
    q.add_argument("--reported-db", type=settings.store_argument, default=None,
                   help="the store (default: env DATABASE_URL, else env REPORTED_DB, else the repository's)")
    q.set_defaults(func=migrate_store)
    q = steps.add_parser("copy", help="copy a reported.duckdb (values, audit log, reviews) into an empty store")
    q.add_argument("source", type=settings.store_argument, help="the store to copy from, e.g. 冠县/reported.duckdb")
    q.add_argument("--reported-db", type=settings.store_argument, default=None,
                   help="the store to copy into (default: env DATABASE_URL, else env REPORTED_DB)")
    q.set_defaults(func=copy_store)
    q = steps.add_parser(
        "copy-accounts", help="copy the accounts file (accounts and grants) into the PostgreSQL store",
        description="Copies every account of accounts.toml into the database's accounts table in one "
                    "transaction; accounts only the database holds are kept. Refused, with nothing "
                    "written, when the database holds an account of the same name with other data, "
                    "unless --replace (the file wins).")
    q.add_argument("--accounts-file", type=Path, default=None,
                   help="the file to copy (default: env ACCOUNTS_FILE or config/accounts.toml)")
    q.add_argument("--reported-db", type=settings.store_argument, default=None,
                   help="the PostgreSQL store to copy into (default: env DATABASE_URL)")
    q.add_argument("--replace", action="store_true", help="overwrite accounts the database holds with other data")
    q.set_defaults(func=copy_accounts)

    p = subparsers.add_parser("add-account", help="add or update a local account (stores a bcrypt hash)")
    p.add_argument("--username", help="account name (prompted if missing)")
    p.add_argument("--display-name", default="", help="name shown in the app, e.g. 冠县发展改革局")
    p.add_argument("--jurisdiction", action="append", default=[],
                   help="jurisdiction it may write; repeat for several; * for all")
    p.add_argument("--department", action="append", default=[],
                   help="limit the grants to targets led by this department; repeatable")
    p.add_argument("--right", action="append", default=None, choices=accounts.RIGHTS,
                   help="a right beyond reporting values: documents (文件管理: add documents, review targets)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin instead of prompting")
    p.add_argument("--no-password", action="store_true", help="an OpenID Connect (st.login) user, matched by e-mail")
    p.add_argument("--accounts-file", type=Path, default=None,
                   help="default: env ACCOUNTS_FILE, else the PostgreSQL database of DATABASE_URL, "
                        "else config/accounts.toml")
    p.add_argument("--db", type=Path, default=None,
                   help="indicators.duckdb whose jurisdictions the grants must name, when it exists "
                        "(default: env INDICATORS_DB, else the repository's)")
    p.set_defaults(func=add_account)


ADMIN_PREFIX = "admin-override:"


def add_writer_options(p) -> None:
    """``--user``/``--admin``/``--accounts-file``: who writes, checked against the accounts like the app."""
    p.add_argument("--user", default=None,
                   help="the account writing (config/accounts.toml), checked like the app: granted every jurisdiction "
                        "and department written, or the documents right for documents and reviews "
                        "(default: the OS user's name, if it is an account)")
    p.add_argument("--admin", action="store_true",
                   help="write without an account's grants; the audit log records admin-override:<OS user>")
    p.add_argument("--accounts-file", type=Path, default=None,
                   help="default: env ACCOUNTS_FILE, else the PostgreSQL database of DATABASE_URL, "
                        "else config/accounts.toml")


def writer(args) -> tuple[accounts.Account | None, str]:
    """Issue 15: who a writing command writes as, checked like a signed-in visitor: ``(account,
    name for the audit log)``. ``--admin`` → ``(None, "admin-override:<OS user>")``, trusted and
    recorded as such; else ``--user`` (default the OS user) must be an account, whose grants then
    limit the rows. Raises :class:`accounts.AccountError` with one clear line:
    ``--user 张三`` with no such account → "账号 张三 不存在…"."""
    if args.admin:
        if args.user:
            raise accounts.AccountError("--admin 与 --user 只能选一个（--admin 以管理员身份写入，不检查授权） "
                                        "/ use either --admin or --user")
        return None, ADMIN_PREFIX + getpass.getuser()
    name = args.user or getpass.getuser()
    path = args.accounts_file or accounts.accounts_path()
    known = accounts.load_accounts(path)
    if name not in known:
        raise accounts.AccountError(
            f"账号 {name} 不存在（{path}），未写入任何数据：请用 --user 指定一个有相应辖区授权的账号，"
            f"或用 --admin（审计日志记为 {ADMIN_PREFIX}{getpass.getuser()}） / no account {name!r}: "
            f"name one with --user, or use --admin")
    return known[name], name


def document_manager(args) -> str:
    """Issue 15: who a command that changes documents or their review writes as, checked like the
    文件管理 page: :func:`writer`, and the account must hold the ``documents`` right
    (:func:`accounts.can_manage_documents`). Returns the name for the audit log; raises
    :class:`accounts.AccountError` with one line: ``review import --user 林业局`` when 林业局 may only
    report values → "账号 林业局 没有文件管理权限…"."""
    account, name = writer(args)
    if account is not None and not accounts.can_manage_documents(account):
        raise accounts.AccountError(
            f"账号 {name} 没有文件管理权限（rights = [\"{accounts.DOCUMENTS_RIGHT}\"]），未改动任何内容：请用 "
            f"add-account --right {accounts.DOCUMENTS_RIGHT} 授权，或用 --admin / account {name!r} may not "
            f"manage documents: grant --right {accounts.DOCUMENTS_RIGHT}, or use --admin")
    return name


def fail(message: str) -> int:
    """One clear line on stderr for the command line's users, and exit status 1."""
    print(f"错误：{message}", file=sys.stderr)
    return 1


def import_reported(args) -> int:
    if not args.file.exists():
        return fail(f"找不到文件 {args.file}")
    try:
        account, name = writer(args)
        indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
        report = reported_import.import_file(
            args.file, indicators_db=indicators_db, reported_db=reported_db,
            account_name=name, today=args.today, how="cli", account=account)
    except (reported.StoreError, accounts.AccountError) as e:
        return fail(str(e))
    if not report.ok:
        print(f"{args.file.name}：未导入任何数据，发现 {len(report.problems)} 个问题：", file=sys.stderr)
        for p in report.problems.itertuples():
            where = f"第 {p.row} 行" if p.row else "文件"
            print(f"  {where} {p.column}：{p.reason}", file=sys.stderr)
        return 1
    print(f"{args.file.name}：已保存 {report.saved} 个值，{report.unchanged} 个未变，"
          f"{report.skipped} 行未填实际值已跳过")
    for w in report.warnings.itertuples():  # saved anyway: surprising, not impossible
        print(f"  第 {w.row} 行 {w.column}：{w.reason}")
    return 0


def backup_reported(args) -> int:
    try:
        store = settings.resolve_stores(None, args.reported_db)[1]
        out = reported.backup_reported(store, args.out)
        reviews = review.backup_reviews(store, args.out)  # issue 14: officials' reviews travel with the values
    except reported.StoreError as e:
        return fail(str(e))
    print(f"已备份到 {out}（含 {reviews['target_reviews']} 条目标审核记录）")
    return 0


def restore_reported(args) -> int:
    try:
        store = settings.resolve_stores(None, args.reported_db)[1]
        reviews = review.read_reviews_backup(args.folder)  # checked before the values are written: no half restore
        counts = reported.restore_reported(args.folder, store, replace=args.replace)
        review.restore_reviews(args.folder, store, reviews)  # issue 14
    except reported.StoreError as e:
        return fail(str(e))
    print(f"已恢复 {counts['reported_values']} 条填报记录、{counts['audit_log']} 条审计记录")
    return 0


def migrate_store(args) -> int:
    """Issue 17: the schema's migrations on a PostgreSQL store (a DuckDB store: its tables)."""
    store = reported.location(settings.resolve_stores(None, args.reported_db)[1])  # shown without a password
    try:
        if reported.is_postgres(store):
            applied = pg.migrate(store)
            versions = pg.applied_migrations(store)
            pg.close(store)
            print(f"{store}：数据库结构为第 {max(versions)} 版"
                  + (f"（本次升级 {'、'.join(map(str, applied))}）" if applied else "（已是最新）"))
        else:
            reported.ensure_store(store)
            review.ensure_tables(store)
            print(f"{store}：DuckDB 文件，表已就绪（写入时自动创建）")
    except reported.StoreError as e:
        return fail(str(e))
    return 0


def copy_store(args) -> int:
    """Issue 17: a reported.duckdb copied into the configured (empty) store, in one transaction."""
    target = reported.location(settings.resolve_stores(None, args.reported_db)[1])  # shown without a password
    try:
        counts = store_copy.copy_store(args.source, target)
    except reported.StoreError as e:
        return fail(str(e))
    print(f"已将 {reported.location(args.source)} 复制到 {target}：{counts['reported_values']} 条填报记录、{counts['audit_log']} 条审计记录、"
          f"{counts['target_reviews']} 条目标审核记录；审计哈希链已核对")
    return 0


def copy_accounts(args) -> int:
    """Issue 17: accounts.toml copied into the PostgreSQL store's accounts table, in one transaction."""
    source = args.accounts_file or settings.accounts_file()
    target = args.reported_db or settings.database_url()
    if target is None:
        return fail("没有指定 PostgreSQL 数据库：请设置 DATABASE_URL 或用 --reported-db postgresql://… "
                    "/ no PostgreSQL store: set DATABASE_URL")
    try:
        counts = accounts_pg.copy_accounts(source, target, replace=args.replace)
    except accounts.AccountError as e:
        return fail(str(e))
    print(f"已将 {source} 的账号复制到 {reported.location(target)}：新写入或更新 {counts['copied']} 个，"
          f"{counts['unchanged']} 个原已相同" + (f"，数据库中另有 {counts['kept']} 个账号保持不变" if counts["kept"] else ""))
    return 0


def verify_audit(args) -> int:
    """Issue 15: one line for the reported values' audit log and one for the review audit, each
    intact (with the unchained count) or its first altered row; exit 0 / 1."""
    try:
        if args.backup is not None:
            verdict = reported.verify_backup_audit(args.backup)
            review.read_reviews_backup(args.backup)  # raises on an altered review audit
            reviews = None
        else:
            store = settings.resolve_stores(None, args.reported_db)[1]
            verdict = reported.verify_audit(store)
            reviews = review.verify_review_audit(store)
    except (reported.StoreError, duckdb.Error) as e:
        return fail(str(e))
    if not verdict.ok:
        return fail(verdict.describe())
    if reviews is not None and not reviews.ok:
        return fail("review_audit: " + reviews.describe())
    print(verdict.describe())
    if reviews is not None and (reviews.chained or reviews.unchained):
        print("review_audit: " + reviews.describe())
    return 0


def reattach(args) -> int:
    indicators_db, reported_db = settings.resolve_stores(args.db, args.reported_db)
    try:
        if args.list:
            lost = reported.orphans(reported_db, indicators_db)
            if lost.empty:
                print("没有孤立的填报值")
            for r in lost.itertuples():
                print(f"{r.target_id}\t{r.period}\t{r.value:g}{r.unit or ''}\t{r.reported_by}")
            return 0
        if not (args.old and args.new):
            return fail("请给出原目标和新目标的 target_id（或用 --list 列出孤立的填报值）")
        if args.dry_run:
            name = "dry-run"
        else:
            account, name = writer(args)
            _require_target(account, indicators_db, args.new)
        result = reported.reattach(reported_db, indicators_db, args.old, args.new,
                                   account=name, dry_run=args.dry_run)
    except (reported.StoreError, accounts.AccountError) as e:
        return fail(str(e))
    if args.dry_run:
        print(f"试运行，未写入：{args.old} 的 {len(result.rows)} 个时期的值将迁移到 {args.new}（{result.target}）")
        for r in result.rows.itertuples():
            print(f"  {r.period}\t{r.value:g}{r.unit or ''}")
        return 0
    print(f"已将 {args.old} 的 {result.saved + result.unchanged} 个时期的值迁移到 {args.new}（{result.target}）"
          f"：新写入 {result.saved} 个，{result.unchanged} 个原已相同")
    return 0


def _require_target(account: accounts.Account | None, indicators_db: Path, target_id: str) -> None:
    """Raise :class:`accounts.PermissionDenied` unless ``account`` (None: ``--admin``) may write
    ``target_id``, by its jurisdiction or one of its lead departments, as on the entry page. A
    target that does not exist is left to :func:`reported.reattach` to name."""
    if account is None:
        return
    targets = reported.read_targets(indicators_db)
    row = targets[targets["target_id"] == target_id]
    if row.empty:
        return
    t = row.iloc[0]
    if not accounts.can_write_target(account, t["jurisdiction"], t["lead_departments"]):
        raise accounts.PermissionDenied(account.username, t["jurisdiction"])


def add_account(args) -> int:
    try:
        username = args.username or input("账号名: ").strip()
        jurisdictions = args.jurisdiction or [j.strip() for j in input("可填报的辖区（逗号分隔，* 为全部）: ").split(",")
                                              if j.strip()]
        if args.no_password:
            password = None
        elif args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = getpass.getpass("密码: ")
            if password != getpass.getpass("再次输入密码: "):
                return fail("两次输入的密码不一致")
    except (EOFError, KeyboardInterrupt):  # stdin closed (a script, cron) or Ctrl-C/Ctrl-D at a prompt
        print(file=sys.stderr)
        return fail("没有读到输入，账号未保存：请在终端中运行，或用 --username、--jurisdiction 和 --password-stdin")
    grants = [accounts.Grant(j, tuple(args.department)) for j in jurisdictions]
    db = settings.resolve_stores(args.db, None)[0]
    if db.exists():
        try:
            known = reported.departments_by_jurisdiction(db)
        except (reported.StoreError, duckdb.Error) as e:
            return fail(f"无法读取指标库 {db} 的辖区（{e}）")
        if unknown := accounts.unknown_jurisdictions(grants, known):
            return fail(f"指标库 {db} 中没有辖区 {'、'.join(unknown)}，账号未保存。已有辖区："
                         f"{'、'.join(list(known)[:12]) or '（无）'}{' 等' if len(known) > 12 else ''}")
    try:
        account = accounts.add_account(args.accounts_file, username, password, grants, args.display_name,
                                       rights=args.right)
    except (accounts.AccountError, reported.StoreError) as e:  # a PostgreSQL outage: one line, nothing saved
        return fail(str(e))
    where = "、".join(g.jurisdiction for g in account.grants) or "（无）"
    print(f"账号 {account.username} 已保存到 {args.accounts_file or accounts.accounts_path()}，可填报：{where}")
    return 0
