"""Plain data: articles, sentences, mentions and claims, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "rules-0.1.0"


@dataclass(frozen=True)
class Article:
    """One article: its text of record (repaired) and its metadata."""

    article_id: str
    text: str
    title: str
    url: str | None
    published: str | None  # ISO date (or datetime) as given by the source
    source: str | None
    language: str | None = None
    raw_text: str = ""
    path: str | None = None
    content_hash: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence and its character span in the article text."""

    index: int
    start: int
    end: int
    text: str
    kind: str = "body"  # body | title | credit | heading


@dataclass(frozen=True)
class Mention:
    """A span of text that names a country, organisation, city, role or person."""

    kind: str  # country | org | city | role | person
    start: int
    end: int
    text: str
    entity_id: str | None = None
    canonical: str | None = None
    form: str = "name"  # name | demonym | possessive | alias | surname | fuzzy | office | new
    score: float = 1.0
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        """Return one of the mention's extra attributes."""
        return dict(self.extra).get(key, default)


@dataclass(frozen=True)
class Person:
    """A person mention with its frame: role, country or organisation, and resolution."""

    mention: Mention
    name_as_written: str
    person_id: str
    canonical: str
    role: str | None
    country_id: str | None
    country: str | None
    method: str
    score: float
    acting: bool = False
    former: bool = False
    start: int = 0  # span of the whole frame (title + name + country)
    end: int = 0


@dataclass(frozen=True)
class Claim:
    """A derived fact with its provenance: the sentence, the character span and the rule."""

    kind: str  # summit | membership | attendance | representation | bilateral_meeting | death | office_change
    key: tuple[str, ...]
    payload: dict[str, Any]
    sentence: str
    span: tuple[int, int]
    rule: str
    confidence: float = 0.8
    valid_time: str | None = None
    valid_precision: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
