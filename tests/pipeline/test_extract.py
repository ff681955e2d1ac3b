"""Main-text extraction: decoding, metadata, repair, empty pages and duplicate detection."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import ExtractionError
from pipeline.extract import decode_html, extract_page
from pipeline.urls import article_id_for, content_hash, near_duplicate

ARTICLE = "/news/lake-varn-summit.html"


def fetch_page(fetcher, url):
    """Fetch and extract one page."""
    result = fetcher.fetch(url)
    return extract_page(result.body, result.final_url, result.charset)


def test_extracts_text_and_metadata_without_boilerplate(fetcher, web):
    page = fetch_page(fetcher, web + ARTICLE)
    assert page.title == "Ministers open Lake Varn water summit"
    assert "Foreign Minister Teodor Halvik" in page.text
    assert "All rights reserved" not in page.text and "Business" not in page.text
    assert page.published and page.published.startswith("2024-03-05")
    assert page.author == "Ilse Brandvold"
    assert page.sitename == "The Meridian Courier"
    assert page.language == "en"
    assert page.hostname == "127.0.0.1"
    assert page.content_hash == content_hash(page.text)
    assert re.fullmatch(r"[0-9a-f]{16}", page.fingerprint)


def test_windows_1252_is_decoded_from_the_http_charset(fetcher, web):
    page = fetch_page(fetcher, web + "/cp1252")
    assert "Sébastien Maréchal" in page.text
    assert page.author == "Sébastien Maréchal"
    assert "4 000 000 000 €" in page.text and "Zürich" in page.text
    assert page.language == "fr"


def test_windows_1252_is_decoded_from_the_meta_charset_alone(fetcher, web):
    result = fetcher.fetch(web + "/cp1252-meta")
    assert result.charset is None
    page = extract_page(result.body, result.final_url, result.charset)
    assert "Sébastien Maréchal" in page.text


def test_a_wrong_http_charset_falls_back_to_what_decodes(fetcher, web):
    result = fetcher.fetch(web + "/cp1252")
    page = extract_page(result.body, result.final_url, "utf-8")
    assert "Sébastien" in page.text


def test_undeclared_bytes_try_utf8_then_windows_1252():
    assert decode_html("<p>Zürich</p>".encode()) == "<p>Zürich</p>"
    assert decode_html("<p>Zürich</p>".encode("cp1252")) == "<p>Zürich</p>"
    assert decode_html("<p>Zürich</p>".encode("cp1252"), "iso-8859-1") == "<p>Zürich</p>"
    assert decode_html("<p>Zürich</p>".encode(), "no-such-charset") == "<p>Zürich</p>"


def test_mojibake_is_repaired(fetcher, web):
    page = fetch_page(fetcher, web + "/news/mojibake-article.html")
    assert "António Ferreira" in page.text
    assert "Ă" not in page.text


def test_a_page_without_main_text_is_an_extraction_error(fetcher, web):
    result = fetcher.fetch(web + "/news/empty.html")
    with pytest.raises(ExtractionError) as caught:
        extract_page(result.body, result.final_url, result.charset)
    assert caught.value.reason == "extraction_empty"


def test_the_same_story_on_two_sites_is_a_near_duplicate_of_itself_only(fetcher, web):
    site_a = fetch_page(fetcher, web + "/world/corran-accord")
    site_b = fetch_page(fetcher, web.url("/world/corran-accord", host="localhost"))
    other = fetch_page(fetcher, web + ARTICLE)
    assert site_a.sitename != site_b.sitename
    assert near_duplicate(site_a.fingerprint, site_b.fingerprint)
    assert not near_duplicate(site_a.fingerprint, other.fingerprint)
    assert article_id_for(site_a.url) != article_id_for(site_b.url)


def test_the_same_story_under_two_urls_has_one_id_and_one_hash(fetcher, web):
    plain = fetch_page(fetcher, web + "/world/corran-accord")
    tracked = fetch_page(fetcher, web + "/world/corran-accord?utm_source=x&fbclid=abc")
    assert article_id_for(plain.url) == article_id_for(tracked.url)
    assert plain.content_hash == tracked.content_hash


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_no_input_crashes_the_extractor(body):
    try:
        page = extract_page(body, "https://news.example/a", None)
    except ExtractionError:
        return
    assert page.text
