"""Dictionary versions as events: which reference content was loaded, and the operator's additions on top."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.events import Event, bookkeeping_event
from pipeline.events import payload_json as _json
from pipeline.reference import FILES, Office, PersonEntry, Reference
from pipeline.textnorm import norm, slug

ADDITION_TYPES = ("alias_added", "entity_added", "office_added")
PRODUCER = "operator-1"


@dataclass(frozen=True)
class Additions:
    """Operator additions read back from the log, in log order."""

    aliases: tuple[tuple[str, str], ...] = ()
    people: tuple[PersonEntry, ...] = ()
    offices: tuple[Office, ...] = ()
    keys: tuple[str, ...] = field(default=(), repr=False)  # event ids, for the version hash

    def __bool__(self) -> bool:
        return bool(self.aliases or self.people or self.offices)


def _event(event_type: str, stream: str, key: tuple[str, ...], payload: dict[str, Any], producer: str) -> Event:
    return bookkeeping_event(event_type, stream, key, payload, producer)


def file_digests(folder: Path) -> dict[str, str]:
    """Return the sha256 of every reference file present in `folder`."""
    return {
        f"{name}.csv": hashlib.sha256((folder / f"{name}.csv").read_bytes()).hexdigest()
        for name in FILES
        if (folder / f"{name}.csv").exists()
    }


def dictionary_loaded(
    ref: Reference, folder: Path, origin: str = "seeds", base_version: str | None = None, additions: int = 0
) -> Event:
    """The event recording one dictionary version: its hash, file digests, folder and origin."""
    payload = {
        "version": ref.version,
        "base_version": base_version or ref.version,
        "folder": str(folder),
        "files": file_digests(folder),
        "origin": origin,
        "additions": additions,
        "people": len(ref.people),
        "offices": len(ref.offices),
        "countries": len(ref.countries),
    }
    return _event("dictionary_loaded", f"dictionary:{ref.version}", (ref.version,), payload, "loader-1")


def alias_added(entity_id: str, alias: str) -> Event:
    """An operator's new spelling for an entity."""
    return _event(
        "alias_added",
        f"entity:{entity_id}",
        (entity_id, alias),
        {"entity_id": entity_id, "alias": alias},
        PRODUCER,
    )


def person_id_for(name: str, qid: str | None = None) -> str:
    """Return the id of a new person: the Wikidata QID if known, else `sw:` + slug."""
    return qid or "sw:" + slug(name)


def entity_added(person: PersonEntry) -> Event:
    """An operator's new person."""
    payload = {
        "entity_id": person.id,
        "kind": "person",
        "name": person.name,
        "aliases": list(person.aliases),
        "born": person.born,
        "died": person.died,
    }
    return _event("entity_added", f"entity:{person.id}", (person.id, _json(payload)), payload, PRODUCER)


def office_added(office: Office) -> Event:
    """An operator's new office term for a person."""
    payload = {
        "entity_id": office.person_id,
        "role": office.role,
        "place": office.place,
        "start": office.start,
        "end": office.end,
        "acting": office.acting,
    }
    return _event("office_added", f"entity:{office.person_id}", (_json(payload),), payload, PRODUCER)


def additions_from(rows: list[tuple[str, str, dict[str, Any]]]) -> Additions:
    """Fold (event_id, event_type, payload) rows, in log order, into Additions."""
    aliases, people, offices, keys = [], [], [], []
    for eid, etype, p in rows:
        keys.append(eid)
        if etype == "alias_added":
            aliases.append((p["entity_id"], p["alias"]))
        elif etype == "entity_added":
            people.append(
                PersonEntry(
                    p["entity_id"],
                    p["name"],
                    tuple(p.get("aliases") or ()),
                    p.get("born") or "",
                    p.get("died") or "",
                )
            )
        elif etype == "office_added":
            offices.append(
                Office(
                    p["entity_id"],
                    p["role"],
                    p["place"],
                    p.get("start") or "",
                    p.get("end") or "",
                    bool(p.get("acting")),
                )
            )
    return Additions(tuple(aliases), tuple(people), tuple(offices), tuple(keys))


def version_with(base_version: str, additions: Additions) -> str:
    """Return the version of a base dictionary plus additions; the base version when there are none."""
    if not additions:
        return base_version
    digest = hashlib.sha256("\x1f".join((base_version, *additions.keys)).encode()).hexdigest()[:12]
    return f"dict-{digest}"


def apply_additions(ref: Reference, additions: Additions) -> Reference:
    """Return the effective reference: `ref` with the additions applied and a new version string."""
    if not additions:
        return ref
    merged = ref.with_additions(list(additions.aliases), list(additions.people), list(additions.offices))
    merged.version = version_with(ref.version, additions)
    return merged


def mentions_any(loaded_payload: dict[str, Any], spellings: list[str]) -> bool:
    """Return True when an article's text contains any of the spellings (accent- and case-insensitive)."""
    text = f" {norm(loaded_payload.get('text') or '')} "
    return any(f" {norm(s)} " in text for s in spellings if norm(s))
