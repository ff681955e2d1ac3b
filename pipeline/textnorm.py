"""Normalising names for matching: accents, case and punctuation ignored."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def strip_accents(text: str) -> str:
    """Return `text` without combining marks (ğ -> g, ạ -> a, ł stays ł)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Return the matching key of a name: accent-, case- and punctuation-insensitive (memoised: names repeat)."""
    text = strip_accents(text.translate(_QUOTES)).casefold()
    text = text.replace("'", "").replace("-", " ")
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


def slug(text: str) -> str:
    """Return a lowercase ASCII slug for ids."""
    return norm(text).replace(" ", "-")
