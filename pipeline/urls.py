"""URL identity and content fingerprints: canonical URLs, article ids, hashes and near-duplicates."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url
from trafilatura.deduplication import sample_tokens

# Query parameters that only track the reader; dropped exactly or by prefix.
_TRACKING_EXACT = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
        "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "ocid", "ncid", "cmpid", "icid", "smid",
        "ref_src", "ref_url", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
        "at_custom4", "ito", "xtor", "cmp", "s_cid", "amp", "outputtype", "__twitter_impression", "share",
    }
)
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "matomo_", "hsa_", "vero_", "oly_")
_HOST_PREFIXES = ("www.", "amp.")
_AMP_SUFFIX = re.compile(r"/amp/?$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    """Whether a query parameter name is a tracking or AMP switch."""
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def _canonical_host(host: str) -> str:
    """Lower-case a host and strip a trailing dot and one `www.`/`amp.` prefix."""
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix) :]
    return host


def _canonical_netloc(scheme: str, host: str, port: int | None) -> str:
    """Rebuild a netloc without credentials or a default port."""
    host = f"[{host}]" if ":" in host else _canonical_host(host)
    if port is None or _DEFAULT_PORTS.get(scheme) == port:
        return host
    return f"{host}:{port}"


def _canonical_path(path: str) -> str:
    """Drop an `/amp` suffix and a trailing slash (except for the root)."""
    path = _AMP_SUFFIX.sub("", path) or "/"
    return path.rstrip("/") or "/"


def _canonical_query(query: str) -> str:
    """Drop tracking parameters and sort the rest."""
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)]
    return urlencode(sorted(pairs))


def canonical_url(url: str) -> str:
    """Return the identity form of `url`: one string per article, not always a fetchable address."""
    normalised = normalize_url(url.strip(), strict=False, trailing_slash=False)
    parts = urlsplit(normalised)
    scheme = parts.scheme.lower()
    netloc = _canonical_netloc(scheme, parts.hostname or "", parts.port)
    return urlunsplit((scheme, netloc, _canonical_path(parts.path), _canonical_query(parts.query), ""))


def article_id_for(url: str) -> str:
    """Return the deterministic article id: uuid5 of the canonical URL."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, canonical_url(url)))


def normalise_text(text: str) -> str:
    """Return `text` in NFC with every whitespace run collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of the normalised text (exact-duplicate key; as pipeline.articles)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


_SIMHASH_BITS = 64
_LANE = 32  # bits per counter lane: room for 2**32 tokens, far beyond any text


@functools.lru_cache(maxsize=2**14)
def _token_lanes(token: str) -> int:
    """A token's 64-bit blake2b hash with bit i moved to the low bit of lane i (as trafilatura hashes tokens)."""
    h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big")
    return sum(1 << (_LANE * i) for i in range(_SIMHASH_BITS) if h >> i & 1)


def simhash(text: str) -> int:
    """Return trafilatura's 64-bit Charikar simhash of the normalised, case-folded text.

    The same value as `trafilatura.deduplication.Simhash(...).hash` (a test checks), computed by adding each token's
    bits in 64 counter lanes of one big integer instead of adding 64-element lists token by token (5x faster).
    """
    tokens = sample_tokens(normalise_text(text).casefold(), _SIMHASH_BITS)
    total, mask = sum(map(_token_lanes, tokens)), (1 << _LANE) - 1
    # trafilatura keeps bit i when (tokens with bit i set) - (tokens without it) >= 0
    return sum(1 << i for i in range(_SIMHASH_BITS) if 2 * (total >> (_LANE * i) & mask) >= len(tokens))


def fingerprint_hex(text: str) -> str:
    """Return the simhash of `text` as a 16-digit hex string, the form stored with an article."""
    return f"{simhash(text):016x}"


def _as_int(fingerprint: int | str) -> int:
    """Accept a simhash as an int or a hex string."""
    return fingerprint if isinstance(fingerprint, int) else int(fingerprint, 16)


def similarity(a: int | str, b: int | str) -> float:
    """Return the share of equal bits (0.0 to 1.0) between two 64-bit simhashes."""
    return 1.0 - (_as_int(a) ^ _as_int(b)).bit_count() / 64


def near_duplicate(a: int | str, b: int | str, threshold: float = 0.85) -> bool:
    """Whether two simhash fingerprints (int or hex) agree on at least `threshold` of their bits."""
    return similarity(a, b) >= threshold
