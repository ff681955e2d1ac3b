"""Shared helpers for the inline rule tests: extract one small hand-written article file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.articles import read_article
from pipeline.derive import derive
from pipeline.output import to_format
from pipeline.reference import load_reference


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def extract_text(ref, tmp_path: Path, body: str, published: str = "2024-11-27") -> dict:
    """Write `body` (and its published date) as an article file and return its claims in eval-format keys."""
    path = tmp_path / "a.txt"
    path.write_text(body, "utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": published}), "utf-8")
    return to_format(derive(read_article(path), ref))


def attendee_set(out: dict) -> set[tuple]:
    return {(a["person"], a["country"], a["status"]) for a in out["attendees"]}


def member_set(out: dict) -> set[tuple]:
    return {(m["country"], m["status"]) for m in out["members"]}
