"""Which package may import which: the storage layer returns domain rows and knows nothing of the wire."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.index.engine import ENGINE_NAMES
from app.index.engines import ENGINES
from tests.conftest import ROOT

INDEX_MODULES = sorted((ROOT / "app" / "index").glob("*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth of its code."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


@pytest.mark.parametrize("path", INDEX_MODULES, ids=lambda path: path.name)
def test_index_imports_no_wire_model(path: Path) -> None:
    wire = {
        module
        for module in imported_modules(path)
        if module == "app.schemas" or module.startswith("app.routes")
    }
    assert not wire, f"{path.name} imports {sorted(wire)}: return domain rows (app.index.rows, app.models)"


def test_tantivy_engine_does_not_import_the_whoosh_engine() -> None:
    imported = imported_modules(ROOT / "app" / "index" / "tantivy_engine.py")
    assert not any(module.startswith("app.index.whoosh_engine") for module in imported)


def test_imported_modules_sees_nested_and_aliased_imports(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "def f():\n    from app import schemas\n    import app.schemas as wire\n", encoding="utf-8"
    )
    assert {"app.schemas", "app"} <= imported_modules(source)


def test_every_engine_name_is_registered() -> None:
    assert tuple(ENGINES) == ENGINE_NAMES
