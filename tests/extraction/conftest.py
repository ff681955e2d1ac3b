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


def derive_body(ref, tmp_path: Path, body: str, published: str = "2024-11-27"):
    """Write `body` (and its published date) as an article file and derive it: the pipeline's Extraction."""
    path = tmp_path / "a.txt"
    path.write_text(body, "utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": published}), "utf-8")
    return derive(read_article(path), ref)


def extract_with_text(ref, tmp_path: Path, body: str, published: str = "2024-11-27") -> tuple[dict, str]:
    """Derive `body` as an article; return its claims in eval-format keys and the article's text as read (the text
    the claims' spans point into)."""
    ext = derive_body(ref, tmp_path, body, published)
    return to_format(ext), ext.article.text


def extract_text(ref, tmp_path: Path, body: str, published: str = "2024-11-27") -> dict:
    """Write `body` (and its published date) as an article file and return its claims in eval-format keys."""
    return extract_with_text(ref, tmp_path, body, published)[0]


def attendee_set(out: dict) -> set[tuple]:
    return {(a["person"], a["country"], a["status"]) for a in out["attendees"]}


def member_set(out: dict) -> set[tuple]:
    return {(m["country"], m["status"]) for m in out["members"]}


def host_city(ref, tmp_path: Path, body: str, published: str = "2024-11-27") -> str | None:
    """Write `body` as an article and return the host city of its summit (None without one)."""
    return (extract_text(ref, tmp_path, body, published)["summit"] or {}).get("host_city")
