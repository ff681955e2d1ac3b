"""Dictionary upkeep: the `refresh_reference` flow (Wikidata SPARQL), and reprojecting claims after a change."""

from __future__ import annotations

import json
import shutil
import uuid
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import httpx
from prefect import flow, get_run_logger, task

from pipeline.dictionary import dictionary_loaded, mentions_any
from pipeline.errors import ReferenceError_
from pipeline.process import producer_for
from pipeline.reference import Reference, load_reference, reference_dir
from pipeline.replay import StoredArticle, reproject_articles
from pipeline.wikidata import (
    MEMBERS_QUERY,
    PEOPLE_QUERY,
    Refreshed,
    header_of,
    merge,
    parse_memberships,
    parse_people,
    read_tables,
    write_tables,
)
from warehouse.db import connect, db_path
from warehouse.dictionary import base_folder, effective_reference, record_dictionary
from warehouse.queries import loaded_articles
from warehouse.store import append_events

SPARQL_TIMEOUT = 60.0
USER_AGENT = "summitwatch/0.1 (reference refresh; https://github.com/summitwatch)"
# The positions and organisations a refresh asks Wikidata about (heads of state and government, foreign ministers).
POSITIONS = ("wd:Q838380", "wd:Q1137232", "wd:Q7209093", "wd:Q16631024", "wd:Q1479924", "wd:Q1331555")
ORGS = ("wd:Q485207", "wd:Q7184", "wd:Q7159", "wd:Q7172", "wd:Q3277826")


def _writer() -> AbstractContextManager[None]:
    """Hold the shared DuckDB writer slot when the project provides one."""
    try:
        from flows.writer import writer_slot
    except ImportError:  # pragma: no cover - the slot arrived with another change
        return nullcontext()
    return writer_slot()


def reproject(db: str | Path | None, spellings: list[str] | None = None) -> dict[str, Any]:
    """Re-derive stored articles (those mentioning `spellings`, or all) with the effective reference.

    Uses the shared replay code of `summitwatch reproject` (pipeline.replay), without starting a Prefect flow,
    so that an operator command returns in a second or two.
    """
    con = connect(db)
    try:
        ref = record_dictionary(con)
        stored = [StoredArticle(*row) for row in loaded_articles(con)]
        stored = [s for s in stored if spellings is None or mentions_any(json.loads(s.payload), spellings)]
        replay = reproject_articles(stored, ref)
        new = append_events(con, replay.events)
    finally:
        con.close()
    return {
        "version": ref.version,
        "producer": producer_for(ref),
        "articles": len(stored),
        "switched": replay.switched,
        "failed": replay.failed,
        "new_events": new,
    }


def reproject_claims(db: str | Path | None, spellings: list[str] | None = None) -> dict[str, Any]:
    """Reproject the articles an operator change may affect (all of them when `spellings` is None)."""
    return reproject(db, spellings)


@task(name="query wikidata", retries=2, retry_delay_seconds=5)
def query_sparql(endpoint: str, query: str) -> dict[str, Any]:
    """Run one SPARQL query and return its JSON result."""
    response = httpx.get(
        endpoint,
        params={"query": query, "format": "json"},
        timeout=SPARQL_TIMEOUT,
        headers={"Accept": "application/sparql-results+json", "User-Agent": USER_AGENT},
    )
    response.raise_for_status()
    try:
        return dict(response.json())
    except json.JSONDecodeError as exc:
        raise ReferenceError_(f"{endpoint}: the SPARQL answer is not JSON ({exc})") from exc


@task(name="write reference version")
def write_version(base: Path, refreshed: Refreshed, out_root: Path) -> Path:
    """Merge the refresh into the base tables and write them as a new reference folder named by its version."""
    tables = merge(read_tables(base), refreshed)
    staging = out_root / f"staging-{uuid.uuid4().hex[:8]}"
    write_tables(staging, tables, {name: header_of(base, name) for name in tables})
    for extra in ("README.md",):
        if (base / extra).exists():
            (staging / extra).write_text((base / extra).read_text(encoding="utf-8"), encoding="utf-8")
    version = load_reference(staging).version
    target = out_root / version
    if target.exists():
        shutil.rmtree(staging)
    else:
        staging.rename(target)
    return target


@task(name="record and reproject")
def record_and_reproject(db: str, folder: Path) -> dict[str, Any]:
    """Record the refreshed folder as a dictionary version, then reproject every stored article with it."""
    with _writer():
        con = connect(db)
        try:
            fresh = load_reference(folder)
            append_events(con, [dictionary_loaded(fresh, folder, "refresh")])
        finally:
            con.close()
        return reproject(db)


@flow(name="refresh_reference", log_prints=False)
def refresh_reference(
    endpoint: str = "https://query.wikidata.org/sparql", db: str | None = None, out_root: str | None = None
) -> dict[str, Any]:
    """Rebuild people, offices and memberships from Wikidata, write a new dictionary version, reproject claims."""
    logger = get_run_logger()
    target = str(db_path(db))
    base = current_base(target)
    ref = load_reference(base)
    people, offices = parse_people(
        ref, query_sparql(endpoint, PEOPLE_QUERY % {"positions": " ".join(POSITIONS)})
    )
    members = parse_memberships(ref, query_sparql(endpoint, MEMBERS_QUERY % {"orgs": " ".join(ORGS)}))
    root = Path(out_root) if out_root else Path(target).parent / "reference"
    folder = write_version(base, Refreshed(people, offices, members), root)
    summary = record_and_reproject(target, folder)
    summary.update(
        folder=str(folder),
        people=len(people),
        offices=len(offices),
        memberships=len(members),
        base_version=ref.version,
    )
    logger.info(
        "refreshed reference %(base_version)s -> %(version)s: %(offices)d offices, %(articles)d articles",
        summary,
    )
    return summary


def current_base(db: str) -> Path:
    """Return the reference folder a database currently builds on (the shipped one when there is no database)."""
    if not Path(db).exists():
        return reference_dir()
    con = connect(db, read_only=True)
    try:
        return base_folder(con)
    finally:
        con.close()


def effective(db: str | Path | None) -> Reference:
    """Return the effective reference of a database (the shipped one when there is no database yet)."""
    path = db_path(str(db) if db else None)
    if not path.exists():
        return load_reference()
    con = connect(path, read_only=True)
    try:
        return effective_reference(con)[0]
    finally:
        con.close()
