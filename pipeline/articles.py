"""Reading article files and their metadata into `Article`s."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.errors import ArticleError
from pipeline.model import Article
from pipeline.repair import repair_text
from pipeline.urls import article_id_for as url_article_id
from pipeline.urls import content_hash as text_content_hash

ARTICLE_SUFFIXES = (".txt", ".text")
NAMESPACE = uuid.UUID("6f1c4b2e-8a51-4c53-9d0e-7a2b0c1d5e90")


def content_hash(text: str) -> str:
    """Return the sha256 of `text` with whitespace (and Unicode form) normalised, as pipeline.urls does."""
    return text_content_hash(text)


def article_id_for(url: str | None, text_hash: str) -> str:
    """Return the article id: uuid5 of the canonical URL when there is one (pipeline.urls), else of the hash."""
    if url and url.strip():
        return url_article_id(url)
    return str(uuid.uuid5(NAMESPACE, f"sha256:{text_hash}"))


def meta_path_for(path: Path) -> Path:
    """Return where the metadata of an article file lives (`NAME.meta.json` beside `NAME.txt`)."""
    return path.with_name(path.stem + ".meta.json")


def read_meta(path: Path) -> dict[str, Any]:
    """Read an article's metadata file, or return {} when there is none."""
    meta_file = meta_path_for(path)
    if not meta_file.exists():
        return {}
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{meta_file}: metadata is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{meta_file}: metadata must be a JSON object")
    return meta


def split_title(text: str, meta_title: str | None) -> str:
    """Return the title: the metadata's, else a first line followed by a blank line."""
    lines = text.split("\n")
    if meta_title:
        return meta_title.strip()
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 200:
        return lines[0].strip()
    return ""


def _hostname(url: str | None) -> str | None:
    """Return the host of a URL without 'www.', as a fallback source name."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def build_article(raw: str, meta: dict[str, Any], path: str | None = None) -> Article:
    """Return an `Article` from raw text and a metadata dict (keys of FORMAT.md's meta.json)."""
    text = repair_text(raw)
    if not text.strip():
        raise ArticleError(f"{path or 'article'}: the text is empty")
    digest = content_hash(text)
    url = meta.get("url") or None
    published = meta.get("published") or None
    source = meta.get("outlet") or meta.get("source") or meta.get("sitename") or _hostname(url)
    return Article(
        article_id=article_id_for(url, digest),
        text=text,
        title=repair_text(split_title(text, meta.get("title"))),
        url=url,
        published=str(published) if published else None,
        source=source,
        language=meta.get("language"),
        raw_text=raw,
        path=path,
        content_hash=digest,
    )


def read_article(path: Path | str) -> Article:
    """Read an article file (UTF-8, with cp1252 as a fallback) and its metadata."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raw = data.decode("cp1252", errors="replace")
    return build_article(raw, read_meta(path), str(path))


def find_article_files(paths: list[str]) -> list[Path]:
    """Expand files and folders (not recursively) into article files, sorted."""
    found: list[Path] = []
    for name in paths:
        p = Path(name)
        if p.is_dir():
            found.extend(f for f in sorted(p.iterdir()) if f.suffix in ARTICLE_SUFFIXES and f.is_file())
        else:
            found.append(p)
    return found
