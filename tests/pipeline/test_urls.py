"""Canonical URLs, article ids, content hashes and simhash near-duplicates."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.deduplication import Simhash

from pipeline.urls import article_id_for, canonical_url, content_hash, near_duplicate, normalise_text, simhash

STORY = "https://example.org/world/corran-accord"


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.example.org/world/corran-accord?utm_source=x",
        "https://WWW.Example.ORG/world/corran-accord#comments",
        "https://amp.example.org/world/corran-accord/amp",
        "https://example.org/world/corran-accord/?amp=1",
        "https://example.org/world/corran-accord?outputType=amp&fbclid=abc&gclid=def",
        "https://example.org:443/world/corran-accord?mc_cid=1&mc_eid=2&utm_medium=rss",
        "https://example.org/world/corran-accord/",
    ],
)
def test_variants_of_one_story_share_a_canonical_url(variant):
    assert canonical_url(variant) == STORY
    assert article_id_for(variant) == article_id_for(STORY)


def test_meaningful_query_parameters_are_kept_and_sorted():
    assert canonical_url("https://news.example/story?id=42&page=2&utm_campaign=x") == (
        "https://news.example/story?id=42&page=2"
    )
    assert canonical_url("https://news.example/story?page=2&id=42") == canonical_url(
        "https://news.example/story?id=42&page=2"
    )


def test_different_stories_keep_different_ids():
    assert article_id_for(STORY) != article_id_for("https://example.org/world/varn-summit")
    assert article_id_for("https://news.example/story?id=1") != article_id_for("https://news.example/story?id=2")


def test_article_id_is_uuid5_of_the_canonical_url():
    parsed = uuid.UUID(article_id_for(STORY + "?utm_source=x"))
    assert parsed.version == 5
    assert parsed == uuid.uuid5(uuid.NAMESPACE_URL, STORY)


def test_non_default_ports_and_local_hosts_survive():
    assert canonical_url("http://127.0.0.1:8123/a/?utm_source=x") == "http://127.0.0.1:8123/a"


_segment = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)


@settings(max_examples=100)
@given(
    host=st.sampled_from(["example.org", "www.example.org", "amp.news.example", "Example.COM"]),
    path=st.lists(_segment, max_size=4),
    params=st.lists(st.tuples(st.sampled_from(["id", "utm_source", "p", "fbclid"]), _segment), max_size=4),
    fragment=st.one_of(st.none(), _segment),
)
def test_canonical_url_is_idempotent(host, path, params, fragment):
    query = "&".join(f"{key}={value}" for key, value in params)
    url = f"https://{host}/{'/'.join(path)}" + (f"?{query}" if query else "")
    url += f"#{fragment}" if fragment else ""
    once = canonical_url(url)
    assert canonical_url(once) == once
    keys = [pair.split("=")[0] for pair in urlsplit(once).query.split("&") if pair]
    assert not any(k.startswith("utm_") or k == "fbclid" for k in keys) and "#" not in once


def test_content_hash_ignores_whitespace_layout_only():
    text = "Ministers met in Varn.\nThey agreed on flood warnings."
    assert content_hash(text) == content_hash("  Ministers met in Varn. They agreed\ton flood warnings. ")
    assert content_hash(text) != content_hash(text.replace("Varn", "Vern"))


def test_near_duplicates_are_detected_and_unrelated_texts_are_not():
    base = (
        "Negotiators from the three Corran Strait states agreed early on Tuesday on a shared traffic scheme "
        "for the narrow channel, after talks at the Ostrava Point summit ran through the night. Under the "
        "accord, tankers will sail in convoys at fixed hours and a joint pilot service will be based on the "
        "island of Meren. The agreement still needs approval by the three parliaments before it takes effect."
    )
    edited = base.replace("early on Tuesday", "on Tuesday morning") + " Insurers welcomed it."
    unrelated = (
        "The football season ended on Saturday with a goalless draw in the capital, and the weather service "
        "warned of heavy rain across the southern valleys during the coming week, with flooding possible."
    )
    assert near_duplicate(simhash(base), simhash(edited))
    assert near_duplicate(f"{simhash(base):016x}", f"{simhash(edited):016x}")
    assert not near_duplicate(simhash(base), simhash(unrelated))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400) | st.lists(st.sampled_from(["summit", "Xi", "leaders", "met", "in", "Astana", "of", "the",
                                                         "2024", "—", "Ülkü", "会议", "。"]), max_size=300).map(" ".join))
def test_simhash_equals_trafilaturas(text):
    assert simhash(text) == Simhash(normalise_text(text).casefold()).hash
