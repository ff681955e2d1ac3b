"""Fixtures for the entity tests: a database with the fixture articles loaded once, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE, run_cli

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The entity fixture articles and the seed article, loaded through the real CLI and flow."""
    db = tmp_path_factory.mktemp("entities") / "loaded.duckdb"
    run_cli("load", str(ARTICLES), str(SEED_ARTICLE), db=db)
    return db


@pytest.fixture
def db(loaded_db: Path, tmp_path: Path) -> Path:
    """A private copy of the loaded database, free to change."""
    target = tmp_path / "summitwatch.duckdb"
    shutil.copy(loaded_db, target)
    return target
