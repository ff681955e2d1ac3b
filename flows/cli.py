"""The `summitwatch` command line."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from flows.cli_store import known_at_bound, time_travel_options
from flows.render import render

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
FORMATS = click.Choice(["table", "csv", "json"])
db_option = click.option("--db", envvar="SUMMITWATCH_DB", default=None,
                         help="DuckDB file (default data/summitwatch.duckdb, or $SUMMITWATCH_DB).")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="summitwatch")
def main() -> None:
    """summitwatch: who joined which organisation, which summit meets where, and who comes."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
def load(paths: tuple[str, ...], db: str | None) -> None:
    """Load article files or folders (NAME.txt with NAME.meta.json) through the load_articles flow."""
    from flows.load import NothingLoaded, load_articles

    try:
        summary = load_articles(list(paths), db)
    except NothingLoaded as exc:  # every file failed: the flow run ended Failed
        click.echo(f"failed: {exc}", err=True)
        sys.exit(1)
    for failure in summary["failures"]:
        click.echo(f"failed: {failure}", err=True)
    note = " (nothing new: already loaded)" if summary["new_events"] == 0 and summary["articles"] else ""
    click.echo(f"loaded {summary['articles']} articles ({summary['failed']} failed), "
               f"{summary['new_events']} new events{note} into {summary['db']}")
    if summary["files"] and summary["articles"] == 0:
        sys.exit(1)


def _read(db: str | None):  # type: ignore[no-untyped-def]
    from pipeline.errors import WarehouseError
    from warehouse.db import connect

    try:
        return connect(db, read_only=True)
    except WarehouseError as exc:
        _fail(str(exc))


@main.command()
@click.argument("org", required=False)
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table")
@time_travel_options
def members(org: str | None, db: str | None, fmt: str, as_of: str | None = None, known_at: str | None = None) -> None:
    """The current members of ORG (name or acronym), or of every organisation."""
    from pipeline.reference import load_reference
    from warehouse import queries

    if org:
        found = load_reference().org_named(org)
        org = found.name if found else org
    con = _read(db)
    click.echo(render(*queries.members(con, org, as_of, known_at_bound(known_at)), fmt=fmt))


@main.command()
@click.argument("summit", required=False)
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table")
@time_travel_options
def attendees(summit: str | None, db: str | None, fmt: str, as_of: str | None = None,
              known_at: str | None = None) -> None:
    """The attendees of SUMMIT (its id, or part of its name), or of every summit."""
    from warehouse import queries

    click.echo(render(*queries.attendees(_read(db), summit, as_of, known_at_bound(known_at)), fmt=fmt))


@main.command()
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table")
def summits(db: str | None, fmt: str) -> None:
    """Every summit in the log."""
    from warehouse import queries

    click.echo(render(*queries.summits(_read(db)), fmt=fmt))


@main.command()
@click.argument("query")
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table")
def sql(query: str, db: str | None, fmt: str) -> None:
    """Run QUERY against the database, opened read-only."""
    import duckdb

    from warehouse import queries

    try:
        cols, rows = queries.run(_read(db), query)
    except duckdb.Error as exc:
        _fail(str(exc).splitlines()[0])
    click.echo(render(cols, rows, fmt=fmt, limit=None if fmt != "table" else 80))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json")
def extract(file: str, fmt: str) -> None:
    """Print the claims of one article file, touching no database."""
    from pipeline.articles import read_article
    from pipeline.derive import derive
    from pipeline.errors import SummitwatchError
    from pipeline.output import to_format
    from pipeline.reference import load_reference

    try:
        result = to_format(derive(read_article(file), load_reference()))
    except SummitwatchError as exc:
        _fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    rows = [(a["person"], a["role"], a["country"], a["status"], a["capacity"]) for a in result["attendees"]]
    click.echo(render(["person", "role", "country", "status", "capacity"], rows))


@main.command(name="eval")
@click.option("--corpus", "corpus", type=click.Path(exists=True, file_okay=False), required=True,
              help="A labelled corpus: articles/NAME.txt and truth/NAME.json.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def eval_(corpus: str, fmt: str) -> None:
    """Score extraction against a labelled corpus: precision, recall and F1 per category."""
    from flows.report import eval_report
    from pipeline.corpus import evaluate_corpus
    from pipeline.errors import SummitwatchError
    from pipeline.reference import load_reference

    try:
        result = evaluate_corpus(Path(corpus), load_reference())
    except SummitwatchError as exc:
        _fail(str(exc))
    click.echo(json.dumps(result, ensure_ascii=False, indent=2) if fmt == "json" else eval_report(result))


for _area in ("store", "ingest", "entities", "ops"):
    importlib.import_module(f"flows.cli_{_area}").register(main)

if __name__ == "__main__":
    main()
