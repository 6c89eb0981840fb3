"""docs/reliability.md stays true: every test it names as proof exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"


def test_every_test_named_in_reliability_md_exists():
    text = DOC.read_text(encoding="utf-8")
    named, current = [], None
    # "`tests/x.py::name`" names a file and a test; a following "`::other`" is another test of that file
    for file, test in re.findall(r"`(tests/[\w/]+\.py)?::(\w+)`", text):
        current = file or current
        named.append((current, test))
    assert len(named) > 40
    for file, test in named:
        tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert test in defined, f"{file}::{test} is named in docs/reliability.md but does not exist"


def test_the_issues_defects_and_poorly_handled_kinds_each_have_a_row_with_a_test():
    """Issue 15's done-when: every defect (eight by its count) and each of the nine poorly handled
    kinds has a row naming the test that proves it."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## The issue's list"):text.index("## Spreadsheets")]
    defects = section[section.index("**Defects**"):section.index("**Poorly handled**")]
    poorly = section[section.index("**Poorly handled**"):section.index("**Handled well")]
    for table, least in ((defects, 8), (poorly, 9)):
        rows = [line for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
        assert len(rows) >= least
        assert all("::test_" in row for row in rows)
