"""A candidacy beside a held status is its own track: both rows show, no conflict; a later full status hides it."""

from __future__ import annotations

from pathlib import Path

from pipeline.articles import read_article
from pipeline.process import article_events
from tests.store.conftest import append_to, rows

# invented articles: an observer that has applied, then the same state admitted three years later
OBSERVER_APPLIES = """Eastern bloc leaders meet in Dushanbe

DUSHANBE, Sept 11 -- Leaders of the Shanghai Cooperation Organisation open their summit in Dushanbe on Friday.

Mongolia, India and Pakistan have observer status in the SCO. Pakistan formally applied for full membership in 2010.
"""
ADMITTED = """Pakistan joins the SCO

ASTANA, June 9 -- Pakistan became a full member of the Shanghai Cooperation Organisation on Friday at the summit in Astana.
"""


def _write(folder: Path, name: str, text: str, published: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(
        f'{{"url": "https://example.org/{name}", "outlet": "Example", "published": "{published}", "title": "{name}"}}',
        encoding="utf-8",
    )
    return path


def _statuses(db: Path, table: str) -> list[tuple[str, str]]:
    return rows(db, f"select country, status from {table} where country = 'Pakistan' order by all")


def test_a_candidacy_shows_beside_the_observer_status_and_is_no_conflict(tmp_path: Path, ref) -> None:
    db = tmp_path / "log.duckdb"
    append_to(db, article_events(read_article(_write(tmp_path, "applies", OBSERVER_APPLIES, "2014-09-10")), ref))
    assert _statuses(db, "current_members") == [("Pakistan", "candidate"), ("Pakistan", "observer")]
    assert _statuses(db, "members_at()") == _statuses(db, "current_members")
    assert rows(db, "select about, status from conflicts") == []
    assert rows(db, "select status from current_members where country = 'Mongolia'") == [("observer",)]


def test_a_later_full_membership_hides_the_candidacy(tmp_path: Path, ref) -> None:
    db = tmp_path / "log.duckdb"
    append_to(db, article_events(read_article(_write(tmp_path, "applies", OBSERVER_APPLIES, "2014-09-10")), ref))
    append_to(db, article_events(read_article(_write(tmp_path, "admitted", ADMITTED, "2017-06-10")), ref))
    assert _statuses(db, "current_members") == [("Pakistan", "joining")]
    assert _statuses(db, "members_at()") == [("Pakistan", "joining")]
    # as known before the admission, and as true on a day before it: the observer and its candidacy again
    assert _statuses(db, "members_on('2015-01-01')") == [("Pakistan", "candidate"), ("Pakistan", "observer")]
