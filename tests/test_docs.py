"""The README stays true: its commands exist, and every CLI command explains itself."""

import re

from conftest import ROOT

from cli.main import make_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands():
    parser = make_parser()
    (sub,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return sub


def test_every_etl_command_in_the_readme_exists():
    named = set(re.findall(r"python -m etl ([a-z][a-z-]+)", README))
    assert {"build", "evaluate", "import-reported", "meeting-pack"} <= named
    assert named <= set(_subcommands().choices)


def test_every_make_target_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.M))
    named = set(re.findall(r"make ([a-z][a-z-]+)", README))
    assert {"run", "test"} <= named
    assert named <= targets


def test_the_readme_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


def test_every_cli_command_has_help_text():
    sub = _subcommands()
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert set(helps) == set(sub.choices)
    assert all(h and len(h) > 10 for h in helps.values()), helps
