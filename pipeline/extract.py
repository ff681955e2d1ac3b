"""Main-text extraction from fetched HTML: charset decoding, trafilatura, text repair and fingerprints."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document

from pipeline.errors import ExtractionError
from pipeline.repair import repair_text
from pipeline.urls import content_hash, fingerprint_hex

_SNIFF_BYTES = 4096
MIN_TEXT_CHARS = 80
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(rb"""<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in HTML.
_AS_CP1252 = frozenset({"cp1252", "latin-1", "iso8859-1", "ascii"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class ExtractedPage:
    """The main text and metadata of one HTML page, repaired and fingerprinted."""

    url: str
    title: str | None
    text: str
    published: str | None
    author: str | None
    sitename: str | None
    hostname: str | None
    language: str | None
    fingerprint: str
    content_hash: str


# Near-duplicates are judged on the opening of the text: as reliable for wire copy, and cheaper on long pages.
FINGERPRINT_CHARS = 5_000


def _codec_name(label: str | None) -> str | None:
    """Return Python's codec name for a charset label (latin-1 read as cp1252), or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def sniff_meta_charset(body: bytes) -> str | None:
    """Return the charset declared in a <meta> tag near the start of the page, if any."""
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _try_decode(body: bytes, codec: str | None) -> str | None:
    """Decode strictly with `codec`, or return None when it is missing or does not fit."""
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Decode page bytes: BOM, then the HTTP charset, the <meta> charset, UTF-8, finally Windows-1252."""
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_codec, errors="replace")
    for codec in (_codec_name(charset), _codec_name(sniff_meta_charset(body)), "utf-8"):
        decoded = _try_decode(body, codec)
        if decoded is not None:
            return decoded
    return body.decode("cp1252", errors="replace")


def _html_language(body: bytes) -> str | None:
    """Return the primary language subtag of <html lang="..."> if declared."""
    match = _HTML_LANG.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def _clean(value: str | None) -> str | None:
    """Repair a metadata string, mapping empty to None."""
    return repair_text(value) or None if value else None


def extract_page(
    body: bytes, url: str, charset: str | None = None, min_chars: int = MIN_TEXT_CHARS
) -> ExtractedPage:
    """Extract the main text and metadata of an HTML page; raise ExtractionError when there is none.

    A text shorter than `min_chars` (a menu, a cookie notice) counts as none.
    """
    document = trafilatura.bare_extraction(
        decode_html(body, charset), url=url, with_metadata=True, include_comments=False,
        include_tables=False, deduplicate=False,
    )
    text = repair_text(document.text or "") if isinstance(document, Document) else ""
    if not isinstance(document, Document) or len(text) < min_chars:
        detail = f"{len(text)} characters of text" if text else "no main text"
        raise ExtractionError("extraction_empty", f"{detail} in {url} ({len(body)} bytes)")
    return ExtractedPage(
        url=url, title=_clean(document.title), text=text, published=document.date or None,
        author=_clean(document.author), sitename=_clean(document.sitename),
        hostname=document.hostname or urlsplit(url).hostname,
        language=document.language or _html_language(body), fingerprint=fingerprint_hex(text[:FINGERPRINT_CHARS]),
        content_hash=content_hash(text),
    )
