"""``python -m etl``: every command of the product, from the per-package command modules.

A command is a few lines that call a library function; each module turns its own named errors
into one clear line on stderr and an exit status. Anything else that escapes becomes one line
here, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
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
    except OSError as err:  # a full disk, a folder where a file should be, no permission
        print(f"错误 / error: {err}", file=sys.stderr)
        return 1


def _build_with_corrections(args: argparse.Namespace) -> int:
    """``build``, with the officials' corrections (reported store beside the database) applied to
    the new file before it is published, under the lock the 文件管理 page's publications take
    (etl cannot import tracking: the wiring is here, above both)."""
    db = Path(args.db) if args.db else settings.indicators_db()
    args.finalize = corrections.finalize_build(settings.reported_db(db), settings.reviewed_only())
    with corrections.publish_lock(db):
        return args.func(args)
