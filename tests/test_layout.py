"""The layout keeps its promises: imports run one way (etl → tracking → outputs → dashboard → pages),
Streamlit stays on the screen side, one settings module owns the paths, and the text exists in both
languages. `make test` also runs `lint-imports` and `ruff` before pytest; these tests prove the
contracts would catch a wrong arrow, and check what the linters cannot see (app.py and pages/)."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import settings
from outputs import i18n

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PACKAGES = ("etl", "tracking", "outputs", "dashboard", "cli")
LAYERS_BELOW_SCREEN = ("etl", "tracking", "outputs", "cli")


def imported_modules(path: Path) -> set[str]:
    """Top-level names a file imports: ``from tracking.status import X`` → ``tracking``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def product_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_the_import_contracts_hold():
    run = subprocess.run([BIN / "lint-imports", "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_the_layers_contract_catches_an_upward_import(tmp_path):
    """A copy of our own contracts, run on a miniature tree where etl imports tracking: broken."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    for name in ("cli", "dashboard", "outputs", "tracking", "etl"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "etl" / "__main__.py").write_text("")
    (tmp_path / "etl" / "load.py").write_text("from tracking import status\n")
    (tmp_path / "tracking" / "status.py").write_text("")
    layers = next(c for c in config["contracts"] if c["type"] == "layers")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_packages =\n    " + "\n    ".join(config["root_packages"]) + "\n\n"
        "[importlinter:contract:layers]\nname = layers\ntype = layers\nlayers =\n    "
        + "\n    ".join(layers["layers"]) + "\n")
    run = subprocess.run([BIN / "lint-imports", "--no-cache", "--config", str(tmp_path / ".importlinter")],
                         cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path)})
    assert run.returncode == 1, run.stdout + run.stderr
    assert "etl.load -> tracking.status" in run.stdout


def test_ruff_finds_nothing():
    run = subprocess.run([BIN / "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("path", product_files(*LAYERS_BELOW_SCREEN), ids=lambda p: str(p.relative_to(ROOT)))
def test_streamlit_is_imported_only_on_the_screen_side(path):
    assert "streamlit" not in imported_modules(path)


def test_settings_imports_nothing_of_the_project():
    """settings is under every layer: it may import the standard library only."""
    assert imported_modules(ROOT / "settings.py") <= {"__future__", "os", "pathlib"}


def test_nothing_edits_sys_path():
    offenders = [str(p.relative_to(ROOT)) for p in product_files(*PACKAGES, "pages", "deploy", "bench", "tests")
                 + [ROOT / "app.py"] if "sys.path.insert" in p.read_text(encoding="utf-8")
                 and p.name != "test_layout.py"]
    assert offenders == []


def test_only_settings_reads_the_environment_for_a_setting():
    readers = [str(p.relative_to(ROOT)) for p in product_files(*PACKAGES, "pages") + [ROOT / "app.py"]
               if "os.environ.get(" in p.read_text(encoding="utf-8") or "os.getenv(" in p.read_text(encoding="utf-8")]
    assert readers == []


@pytest.mark.parametrize("key", sorted(i18n.TEXT))
def test_every_text_exists_in_both_languages(key):
    entry = i18n.TEXT[key]
    assert set(entry) == set(i18n.LANGS), f"{key} has {sorted(entry)}"
    assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in i18n.LANGS), key


def test_every_text_key_used_in_the_code_exists():
    """``t("some.key")`` with a literal key anywhere in the product: the key is in TEXT (a missing one
    would show the key itself to the user)."""
    missing = set()
    for path in product_files(*PACKAGES, "pages") + [ROOT / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and ((isinstance(node.func, ast.Attribute) and node.func.attr == "t")
                         or (isinstance(node.func, ast.Name) and node.func.id in ("t", "T")))):
                key = node.args[0].value
                if "." in key and " " not in key and key not in i18n.TEXT:
                    missing.add(f"{path.relative_to(ROOT)}: {key}")
    assert sorted(missing) == []


def test_paths_resolve_the_same_from_any_folder(tmp_path):
    """`python -m etl build` from another folder writes the database that `make run` shows."""
    env = {"PATH": str(BIN), "HOME": str(tmp_path)}
    code = ("import settings; from cli.main import make_parser; a = make_parser().parse_args(['build']);"
            "print(a.db, settings.indicators_db(), settings.reported_db(), a.sources, sep='|')")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    db, indicators, reported, sources = run.stdout.strip().split("|")
    assert db == "None"  # the command resolves it through settings
    assert Path(indicators) == ROOT / "indicators.duckdb"
    assert Path(reported) == ROOT / "reported.duckdb"
    assert Path(sources) == ROOT / "data" / "sources"


def test_a_store_follows_its_database(monkeypatch, tmp_path):
    monkeypatch.delenv("REPORTED_DB", raising=False)
    db, store = settings.resolve_stores(tmp_path / "x" / "indicators.duckdb", None)
    assert store == tmp_path / "x" / "reported.duckdb"
    assert settings.resolve_stores(db, tmp_path / "r.duckdb")[1] == tmp_path / "r.duckdb"
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "env.duckdb"))
    assert settings.resolve_stores(db, None)[1] == tmp_path / "env.duckdb"


def test_plain_pytest_finds_the_code(tmp_path):
    """`pytest` (not only `python -m pytest`) imports the project: it is installed, not on a path."""
    test = tmp_path / "test_probe.py"
    test.write_text("import etl, tracking, outputs, dashboard, cli, settings\ndef test_probe():\n    assert settings.ROOT\n")
    run = subprocess.run([BIN / "pytest", "-q", "-p", "no:cacheprovider", str(test)], cwd=tmp_path,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
