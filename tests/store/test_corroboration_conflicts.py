"""Guarantees 4 and 5: one row per claim with its sources and mentions; disagreements in `conflicts`."""

from __future__ import annotations

from tests.store.conftest import rows


def test_three_articles_saying_the_same_is_one_row_with_three_sources(loaded):
    """Mongolia: 'observer' in two articles (1 and 10 June), 'dialogue partner' in one (18 June)."""
    got = rows(
        loaded,
        "select status, n_sources, first_reported, last_reported, urls, n_mentions "
        "from current_members where country = 'Mongolia'",
    )
    assert got == [
        (
            "dialogue_partner",
            3,
            "2026-06-01",
            "2026-06-18",
            [
                "https://example.info/fixtures/who-goes",
                "https://example.net/fixtures/sharif-bishkek",
                "https://example.org/fixtures/bishkek-preview",
            ],
            3,
        )
    ]
    china = rows(loaded, "select count(*), any_value(n_sources) from current_members where country = 'China'")
    assert china == [(1, 4)]


def test_every_mention_is_listed_with_its_article_and_sentence(loaded):
    got = rows(
        loaded, "select url, status, evidence from mentions where kind = 'attendance' order by reported"
    )
    assert [(u.rsplit("/", 1)[1], s) for u, s, _ in got] == [
        ("bishkek-preview", "expected"),
        ("who-goes", "expected"),
        ("sharif-bishkek", "attended"),
        ("bishkek-closes", "attended"),
    ]
    assert all("Sharif" in evidence for _, _, evidence in got)


def test_the_view_shows_the_latest_and_conflicts_lists_every_side(loaded):
    assert rows(loaded, "select status, n_sources from summit_attendees where person = 'Shehbaz Sharif'") == [
        ("attended", 4)
    ]
    got = rows(
        loaded,
        "select kind, about, status, n_sources, sources, shown_status from conflicts "
        "where about in ('Mongolia', 'sw:shehbaz-sharif') order by kind, first_reported",
    )
    assert got == [
        ("attendance", "sw:shehbaz-sharif", "expected", 2, ["Example Post", "Example Wire"], "attended"),
        ("attendance", "sw:shehbaz-sharif", "attended", 2, ["Example Daily", "Example Times"], "attended"),
        ("membership", "Mongolia", "observer", 2, ["Example Post", "Example Wire"], "dialogue_partner"),
        ("membership", "Mongolia", "dialogue_partner", 1, ["Example Daily"], "dialogue_partner"),
    ]


def test_agreement_is_not_a_conflict(loaded):
    assert rows(loaded, "select count(*) from conflicts where about = 'China'") == [(0,)]
