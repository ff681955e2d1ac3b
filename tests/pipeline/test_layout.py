"""The dependency direction: pipeline/ is plain domain code and never imports Prefect or DuckDB."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"
FORBIDDEN = {"prefect", "duckdb"}


def imported_roots(path: Path) -> set[str]:
    """Return the top-level package of every import in a module."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("module", sorted(PIPELINE.glob("*.py")), ids=lambda path: path.name)
def test_pipeline_never_imports_prefect_or_duckdb(module):
    assert not imported_roots(module) & FORBIDDEN
