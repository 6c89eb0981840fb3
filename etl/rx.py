"""The build's regular expressions, compiled once each.

The rules are a thousand-odd patterns named by their text where they are used
(``rx.search(r"(?:到|至)20\\d\\d年", sentence)``), plus patterns built from a page's own place names. The
standard library keeps 512 compiled patterns and evicts them in order, so with more than that in turn every
sentence recompiled most of the rules: measured on the 356 unseen sets, three quarters of the build's time was
spent in ``re``'s compiler (``bench/build_speed.py``). These functions have the signatures of ``re``'s and keep
up to :data:`KEPT` compiled patterns, least recently used out first — enough for every rule and the place
patterns of many pages.

``re.compile`` at module level stays the habit for a pattern with a name; this module is for the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

KEPT = 8192


@lru_cache(maxsize=KEPT)
def compiled(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, once per (pattern, flags)."""
    return re.compile(pattern, flags)


def search(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def findall(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def finditer(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def sub(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
        flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def subn(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return compiled(pattern, flags).subn(repl, string, count)


def split(pattern: str | re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compiled(pattern, flags).split(string, maxsplit)
