"""CLI commands for one area (entities); registered on the main group by flows.cli."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

FORMATS = click.Choice(["json", "table"])
db_option = click.option(
    "--db",
    envvar="SUMMITWATCH_DB",
    default=None,
    help="DuckDB file (default data/summitwatch.duckdb, or $SUMMITWATCH_DB).",
)


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _print_resolution(result: dict | None, fmt: str) -> None:  # type: ignore[type-arg]
    if fmt == "json" or result is None:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for key in ("id", "kind", "canonical_name", "method", "score", "source", "as_of", "dictionary_version"):
        click.echo(f"{key:20} {result[key]}")
    for o in result["offices"]:
        click.echo(
            f"{'office':20} {o['role']}, {o['place']} ({o['start'] or '?'} to {o['end'] or 'now'})"
            + (" acting" if o["acting"] else "")
        )
    for a in result["alternatives"]:
        click.echo(f"{'alternative':20} {a['name']} ({a['score']})")


def resolve_command(main: click.Group) -> None:
    """Add `summitwatch resolve`."""

    @main.command()
    @click.argument("name")
    @click.option("--as-of", "as_of", default=None, help="ISO date the mention is read on (default: today).")
    @click.option("--kind", type=click.Choice(["person", "country", "org", "city"]), default=None)
    @click.option("--format", "fmt", type=FORMATS, default="json")
    @db_option
    def resolve(name: str, as_of: str | None, kind: str | None, fmt: str, db: str | None) -> None:
        """Resolve NAME to a person, country, organisation or city; print null and exit 1 when nothing fits."""
        from flows.refresh import effective
        from pipeline.lookup import describe, resolve_mention

        ref = effective(db)
        day = as_of or date.today().isoformat()
        result = describe(ref, resolve_mention(ref, name, kind, day), day)
        _print_resolution(result, fmt)
        if result is None or result["id"] is None:
            sys.exit(1)


def alias_commands(main: click.Group) -> None:
    """Add `summitwatch alias add`."""

    @main.group()
    def alias() -> None:
        """Operator spellings for known entities (appended as events; claims are reprojected)."""

    @alias.command(name="add")
    @click.argument("entity_id")
    @click.argument("spelling")
    @db_option
    @click.option("--no-reproject", is_flag=True, help="Only record the alias; leave the claims as they are.")
    def alias_add(entity_id: str, spelling: str, db: str | None, no_reproject: bool) -> None:
        """Record SPELLING as an alias of ENTITY_ID (a person, country or organisation id)."""
        from flows.refresh import effective
        from pipeline.dictionary import alias_added

        ref = effective(db)
        if (
            entity_id not in ref.people
            and entity_id not in ref.countries
            and entity_id not in ref.organisations
        ):
            _fail(f"unknown entity id {entity_id!r}; try `summitwatch resolve` to find it")
        _append_and_reproject(db, [alias_added(entity_id, spelling)], [spelling], no_reproject)


def _append_and_reproject(db: str | None, events: list, spellings: list[str], no_reproject: bool) -> None:  # type: ignore[type-arg]
    """Append operator events, then reproject the stored articles that mention the spellings."""
    from flows.refresh import reproject_claims
    from warehouse.db import connect
    from warehouse.dictionary import append

    con = connect(db)
    try:
        new = append(con, events)
    finally:
        con.close()
    click.echo(f"recorded {new} new event(s)" + ("" if new else " (already recorded)"))
    if no_reproject:
        return
    summary = reproject_claims(db, spellings)
    click.echo(
        f"reprojected {summary['articles']} article(s) with {summary['version']}: "
        f"{summary['new_events']} new events"
    )


def entity_commands(main: click.Group) -> None:
    """Add `summitwatch entity add person|office`."""

    @main.group()
    def entity() -> None:
        """Operator additions to the people and offices dictionaries."""

    @entity.group(name="add")
    def entity_add() -> None:
        """Add a person or an office (appended as events)."""

    @entity_add.command(name="person")
    @click.argument("name")
    @click.option("--id", "qid", default=None, help="Wikidata QID; default sw:<slug of NAME>.")
    @click.option("--alias", "aliases", multiple=True, help="Another spelling (repeatable).")
    @click.option("--born", default="")
    @click.option("--role", default=None, help="An office the person holds, e.g. 'Foreign Minister'.")
    @click.option("--place", default=None, help="The country or organisation of that office.")
    @click.option("--start", default="")
    @click.option("--end", default="")
    @click.option("--acting", is_flag=True)
    @db_option
    @click.option("--no-reproject", is_flag=True)
    def add_person(
        name: str,
        qid: str | None,
        aliases: tuple[str, ...],
        born: str,
        role: str | None,
        place: str | None,
        start: str,
        end: str,
        acting: bool,
        db: str | None,
        no_reproject: bool,
    ) -> None:
        """Add a person NAME (the English Wikipedia title), optionally with one office."""
        from pipeline.dictionary import entity_added, person_id_for
        from pipeline.reference import PersonEntry

        person = PersonEntry(person_id_for(name, qid), name, tuple(aliases), born, "")
        events = [entity_added(person)]
        if role or place:
            events.append(_office_event(db, person.id, role, place, start, end, acting, known_person=True))
        click.echo(person.id)
        _append_and_reproject(db, events, [name, *aliases], no_reproject)

    @entity_add.command(name="office")
    @click.argument("person_id")
    @click.option("--role", required=True)
    @click.option("--place", required=True, help="Country or organisation (canonical name or alias).")
    @click.option("--start", default="")
    @click.option("--end", default="")
    @click.option("--acting", is_flag=True)
    @db_option
    @click.option("--no-reproject", is_flag=True)
    def add_office(
        person_id: str,
        role: str,
        place: str,
        start: str,
        end: str,
        acting: bool,
        db: str | None,
        no_reproject: bool,
    ) -> None:
        """Add an office term held by PERSON_ID."""
        from flows.refresh import effective

        event = _office_event(db, person_id, role, place, start, end, acting, known_person=False)
        ref = effective(db)
        spellings = [ref.people[person_id].name, *ref.people[person_id].aliases]
        _append_and_reproject(db, [event], spellings, no_reproject)


def _office_event(
    db: str | None,
    person_id: str,
    role: str | None,
    place: str | None,
    start: str,
    end: str,
    acting: bool,
    known_person: bool,
):  # type: ignore[no-untyped-def]
    """Validate an office against the effective reference and return its `office_added` event."""
    from flows.refresh import effective
    from pipeline.dictionary import office_added
    from pipeline.lookup import resolve_country
    from pipeline.reference import Office

    ref = effective(db)
    roles = {r.name.casefold(): r.name for r in ref.roles}
    if not role or role.casefold() not in roles:
        _fail(f"unknown role {role!r}; one of: {', '.join(sorted(r.name for r in ref.roles))}")
    country = resolve_country(ref, place or "")
    org = ref.org_named(place)
    found = ref.countries.get(country.entity_id or "") or org
    if found is None:
        _fail(f"unknown country or organisation {place!r}")
    if not known_person and person_id not in ref.people:
        _fail(f"unknown person id {person_id!r}")
    return office_added(Office(person_id, roles[role.casefold()], found.name, start, end, acting))  # type: ignore[union-attr]


def refresh_command(main: click.Group) -> None:
    """Add `summitwatch refresh`."""

    @main.command()
    @click.option(
        "--endpoint",
        default="https://query.wikidata.org/sparql",
        show_default=True,
        help="A Wikidata SPARQL endpoint (or a recorded one).",
    )
    @click.option(
        "--out", "out_root", default=None, help="Folder for new reference versions (default: next to the db)."
    )
    @db_option
    def refresh(endpoint: str, out_root: str | None, db: str | None) -> None:
        """Rebuild people, offices and memberships from Wikidata; write a new dictionary version; reproject claims."""
        from flows.refresh import refresh_reference

        s = refresh_reference(endpoint, db, out_root)
        click.echo(
            f"refreshed {s['base_version']} -> {s['version']}: {s['people']} people, {s['offices']} offices, "
            f"{s['memberships']} memberships; reprojected {s['articles']} articles "
            f"({s['new_events']} new events); folder {s['folder']}"
        )


def register(main: click.Group) -> None:
    """Add this area's commands to the `summitwatch` group. Keep imports inside the commands: start-up stays fast."""
    resolve_command(main)
    alias_commands(main)
    entity_commands(main)
    refresh_command(main)
