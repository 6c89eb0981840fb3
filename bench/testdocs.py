"""tests/docgen.py and tests/scangen.py for the benchmarks, imported by path: tests/ is not a
package, and nothing here edits sys.path. scangen imports docgen by name, so docgen is registered
as a module first."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent.parent / "tests"


def test_module(name: str) -> ModuleType:
    """tests/<name>.py as the module ``name`` (loaded once)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, TESTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def docgen() -> ModuleType:
    return test_module("docgen")


def scangen() -> ModuleType:
    docgen()
    return test_module("scangen")
