"""``python -m etl``: every command of the product, from the per-package command modules.

A command is a few lines that call a library function; each module turns its own named errors
into one clear line on stderr and an exit status. Anything else that escapes becomes one line
here, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

import duckdb

import settings
from etl import commands as build_commands
from outputs import commands as output_commands
from outputs import review_commands
from tracking import commands as tracking_commands
from tracking import corrections, document_commands

COMMAND_MODULES = (build_commands, tracking_commands, document_commands, output_commands, review_commands)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="Plan documents → quantitative targets in DuckDB (聊城 target-indicator dashboard).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


PATH_OPTIONS = {"db": "--db", "reported_db": "--reported-db", "out": "--out"}


def file_in_the_way(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` when it is a file, not a folder: ``--db
    notes.txt/indicators.duckdb`` → ``notes.txt``; None when the path can be made."""
    for parent in Path(path).absolute().parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def storage_message(err: BaseException) -> str:
    """One line for a failure to write (issue 15): a full disk says so, whoever raised it (the OS
    or DuckDB: "Could not write file …: No space left on device")."""
    text = " ".join(str(err).split())
    if getattr(err, "errno", None) == errno.ENOSPC or "No space left on device" in text:
        return f"错误 / error: 磁盘已满，未写完，原有文件未改动 / the disk is full, nothing was replaced ({text})"
    if getattr(err, "errno", None) == errno.EDQUOT or "Disk quota exceeded" in text:
        return f"错误 / error: 磁盘配额已满 / disk quota exceeded ({text})"
    return f"错误 / error: {text}"


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    for name, option in PATH_OPTIONS.items():
        value = getattr(args, name, None)
        if isinstance(value, Path) and (blocker := file_in_the_way(value)) is not None:  # not a postgresql:// store
            print(f"错误 / error: {option} {value}：{blocker} 是一个文件，不是文件夹 / {blocker} is a file, "
                  "not a folder", file=sys.stderr)
            return 2
    try:
        if args.command == "build":
            return _build_with_corrections(args)
        return args.func(args)
    except KeyboardInterrupt:
        print("已中断 / interrupted", file=sys.stderr)
        return 130
    except corrections.PublishBusy as err:
        print(f"错误 / error: {err}", file=sys.stderr)
        return 1
    except (OSError, duckdb.Error) as err:  # a full disk, a folder where a file should be, no permission
        print(storage_message(err), file=sys.stderr)
        return 1


def _build_with_corrections(args: argparse.Namespace) -> int:
    """``build``, with the officials' corrections (reported store beside the database) applied to
    the new file before it is published, under the lock the 文件管理 page's publications take
    (etl cannot import tracking: the wiring is here, above both)."""
    db = Path(args.db) if args.db else settings.indicators_db()
    args.finalize = corrections.finalize_build(settings.reported_db(db), settings.reviewed_only())
    with corrections.publish_lock(db):
        return args.func(args)
