"""From an article file to its events: read, repair, derive, and record failures instead of raising."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.articles import read_article
from pipeline.derive import derive
from pipeline.errors import SummitwatchError
from pipeline.events import Event, article_loaded, extraction_events, failure_event
from pipeline.model import EXTRACTOR_VERSION, Article
from pipeline.reference import Reference


def producer_for(ref: Reference) -> str:
    """Return the version that claims are stamped with: extractor rules plus dictionary content."""
    return f"{EXTRACTOR_VERSION}+{ref.version}"


@dataclass
class Batch:
    """The events of a set of articles, and what went wrong with the others."""

    events: list[Event] = field(default_factory=list)
    articles: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)


def article_events(article: Article, ref: Reference, origin: str = "file", story_id: str | None = None) -> list[Event]:
    """Return the raw-input event and every claim event of one article."""
    return [article_loaded(article, origin), *extraction_events(derive(article, ref), producer_for(ref), story_id)]


def process_files(paths: list[Path], ref: Reference) -> Batch:
    """Read and derive every file; a bad file becomes a failure event, never an exception."""
    batch = Batch()
    for path in paths:
        try:
            events = article_events(read_article(path), ref)
        except SummitwatchError as exc:
            batch.failed += 1
            batch.failures.append(f"{path}: {exc}")
            batch.events.append(failure_event(f"file:{path}", "read", type(exc).__name__, str(exc), {"path": str(path)}))
            continue
        except (ValueError, RecursionError, MemoryError) as exc:  # an extractor bug must not sink the batch
            batch.failed += 1
            batch.failures.append(f"{path}: extraction crashed ({type(exc).__name__}: {exc})")
            batch.events.append(failure_event(f"file:{path}", "derive", "extractor_error", str(exc), {"path": str(path)}))
            continue
        batch.articles += 1
        batch.events.extend(events)
    return batch
