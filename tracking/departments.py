"""Department names: one department however a document writes it, and where to reach it.

Documents name the same office in more than one way — 冠县's action plan leads 23 targets with
“县工业和信息化局” and one with “县工业信息化局”. ``data/department_aliases.csv`` (columns
``alias,canonical``) says which names are the same department; grouping and filtering use the
canonical name, while every target keeps, and shows, the name as its document wrote it.

``data/department_contacts.csv`` (columns ``department,email``; one row per address) says where a
department's reminders (催报) go; a department may be named there by any of its names.

Both files are read with every problem collected as (file, row, field, reason), never stopping at
the first: :class:`TableError` carries them all.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ALIAS_COLUMNS = ("alias", "canonical")
CONTACT_COLUMNS = ("department", "email")
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass(frozen=True)
class Problem:
    """One bad row of a table: ``Problem(file, 3, "canonical", "为空")``."""

    file: str
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"第 {self.row} 行" if self.row else "表头"
        return f"{self.file} {where} {self.field}：{self.reason}"


class TableError(Exception):
    """A department table that cannot be used; ``problems`` lists every bad row."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("；".join(str(p) for p in problems))


def _rows(path: Path, columns: tuple[str, ...]) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    """The rows of a small UTF-8 CSV (BOM allowed) as (line number, {column: stripped text});
    a missing file has no rows; a header without ``columns`` is one problem."""
    if not path.exists():
        return [], []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        missing = [c for c in columns if c not in header]
        if missing:
            return [], [Problem(path.name, 0, "、".join(missing), f"缺少列（应为 {','.join(columns)}）")]
        reader.fieldnames = header
        rows = [(reader.line_num, {c: (r.get(c) or "").strip() for c in columns}) for r in reader]
    return [(n, r) for n, r in rows if any(r.values())], []


def parse_aliases(rows: Iterable[tuple[int, Mapping[str, str]]], file: str = "department_aliases.csv"
                  ) -> tuple[dict[str, str], list[Problem]]:
    """(line, {alias, canonical}) rows → alias → canonical, and the problems found.

    ``县工业信息化局,县工业和信息化局`` → ``{"县工业信息化局": "县工业和信息化局"}``. Refused: an empty
    field, a name that is its own alias, an alias given two canonical names, and a canonical name
    that is itself an alias (a chain: write the final name instead).
    """
    aliases: dict[str, str] = {}
    first_row: dict[str, int] = {}
    problems: list[Problem] = []
    for line, row in rows:
        alias, canonical = row.get("alias", ""), row.get("canonical", "")
        if not alias or not canonical:
            problems += [Problem(file, line, c, "为空") for c in ALIAS_COLUMNS if not row.get(c)]
            continue
        if alias == canonical:
            problems.append(Problem(file, line, "alias", f"“{alias}”与标准名称相同"))
        elif alias in aliases and aliases[alias] != canonical:
            problems.append(Problem(file, line, "canonical",
                                    f"“{alias}”已在第 {first_row[alias]} 行对应“{aliases[alias]}”"))
        else:
            aliases[alias] = canonical
            first_row.setdefault(alias, line)
    for alias, canonical in aliases.items():
        if canonical in aliases:
            problems.append(Problem(file, first_row[alias], "canonical",
                                    f"“{canonical}”本身是别名（请直接写“{aliases[canonical]}”）"))
    return aliases, problems


def read_aliases(path: Path | str) -> dict[str, str]:
    """The alias table at ``path`` (none when the file does not exist); :class:`TableError` names
    every bad row."""
    path = Path(path)
    rows, problems = _rows(path, ALIAS_COLUMNS)
    aliases, more = parse_aliases(rows, path.name)
    if problems or more:
        raise TableError(problems + more)
    return aliases


def canonical(name: str, aliases: Mapping[str, str]) -> str:
    """The name grouping uses: 县工业信息化局 → 县工业和信息化局; an unknown name is its own."""
    return aliases.get(name, name)


def names_of(department: str, aliases: Mapping[str, str]) -> tuple[str, ...]:
    """Every name a department goes by, its canonical name first: 县工业和信息化局 →
    ("县工业和信息化局", "县工业信息化局")."""
    main = canonical(department, aliases)
    return (main, *sorted(a for a, c in aliases.items() if c == main))


def read_contacts(path: Path | str, aliases: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Canonical department → its e-mail addresses, in file order, from ``department,email`` rows
    (several addresses may share a cell, separated by ; or ，). Every malformed address or empty
    field is a problem; :class:`TableError` lists them all."""
    path = Path(path)
    rows, problems = _rows(path, CONTACT_COLUMNS)
    contacts: dict[str, list[str]] = {}
    for line, row in rows:
        department, cell = row["department"], row["email"]
        if not department or not cell:
            problems += [Problem(path.name, line, c, "为空") for c in CONTACT_COLUMNS if not row[c]]
            continue
        for address in (a.strip() for a in re.split(r"[;；,，\s]+", cell) if a.strip()):
            if not EMAIL_RE.match(address):
                problems.append(Problem(path.name, line, "email", f"“{address}”不是有效的邮箱地址"))
                continue
            known = contacts.setdefault(canonical(department, aliases), [])
            if address not in known:
                known.append(address)
    if problems:
        raise TableError(problems)
    return {d: tuple(a) for d, a in contacts.items()}
