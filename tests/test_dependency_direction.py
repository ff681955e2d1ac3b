"""The direction of dependencies: pipeline/ never imports Prefect or DuckDB; only warehouse/ imports duckdb."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "pipeline").rglob("*.py")), ids=lambda p: p.name)
def test_pipeline_is_pure(path):
    assert not _imports(path) & {"prefect", "duckdb", "flows", "warehouse"}


@pytest.mark.parametrize("path", sorted((ROOT / "flows").rglob("*.py")), ids=lambda p: p.name)
def test_flows_do_not_import_duckdb_directly(path):
    source = path.read_text(encoding="utf-8")
    assert "duckdb.connect(" not in source
