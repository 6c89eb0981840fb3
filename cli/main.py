"""``python -m etl``: every command of the product, from the per-package command modules.

A command is a few lines that call a library function; each module turns its own named errors
into one clear line on stderr and an exit status. Anything else that escapes becomes one line
here, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from etl import commands as build_commands
from outputs import commands as output_commands
from tracking import commands as tracking_commands

COMMAND_MODULES = (build_commands, tracking_commands, output_commands)


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
        return args.func(args)
    except KeyboardInterrupt:
        print("已中断 / interrupted", file=sys.stderr)
        return 130
    except OSError as err:  # a full disk, a folder where a file should be, no permission
        print(f"错误 / error: {err}", file=sys.stderr)
        return 1
