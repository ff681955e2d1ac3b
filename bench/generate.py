"""A deterministic synthetic corpus: news-like HTML pages (nav, footer, comments) and RSS feeds."""

from __future__ import annotations

import csv
import html
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

SEED = 20240704
FEED_SIZE = 50
MIN_BYTES, MAX_BYTES = 3_000, 100_000
AS_OF = "2024-06-30"
# Page profiles. "news": a news page as sites serve them. The story is 150-2,000 words (median about 650, the usual
# length of a wire report), and at most 60% of the page. The rest of the page is its chrome: head scripts and
# styles, JSON-LD, menus, teaser lists, comments and footer. "dense": the first generator, where the story fills the
# whole page. The story is then 87% of the bytes and about 15,000 characters at the median: a long read on every page.
PROFILES = ("news", "dense")
GENERATOR_VERSION = 2  # part of the corpus folder name, so a changed generator never reuses old files
STORY_WORDS_MEDIAN, STORY_WORDS_MIN, STORY_WORDS_MAX = 650, 150, 2_000
STORY_SHARE_MAX = 0.6

# Our own sentence templates (never taken from any real article).
SUMMIT_LEADS = [
    "Leaders gathered in {city} on {day} for the {org} summit, the bloc's first meeting this year.",
    "The {org} summit opened in {city} on {day} with a closed-door session on trade and security.",
    "Heads of state arrived in {city} for the annual {org} summit, which began on {day}.",
]
ATTENDANCE = [
    "{role} {person} of {country} attended the {org} summit in {city}.",
    "{country}'s {role_lower} {person} took part in the summit talks in {city}.",
    "Also present at the summit was {role} {person} of {country}, who arrived a day early.",
    "{role} {person} of {country} is expected to attend the summit in {city}.",
]
MEMBERSHIP = [
    "Members of the {org} include {countries}.",
    "{country} joined the {org} as a full member in {year}.",
]
FILLER = [
    "Officials said the agenda covered energy prices, shipping routes and a new payments system.",
    "Analysts in the region expect the talks to produce a joint statement but few binding commitments.",
    "The local currency weakened slightly against the dollar during the morning session.",
    "Security was tight around the conference centre, with several roads closed to traffic.",
    "A spokesperson declined to comment on reports of disagreement over the final communique.",
    "Farmers in the north have complained about rising fuel costs for the third month in a row.",
    "The ministry published new figures showing a modest rise in exports of grain and fertiliser.",
    "Rain is forecast for most of the week, with temperatures a few degrees below the seasonal average.",
    "Delegations spent the afternoon in working groups on customs rules and digital infrastructure.",
    "Observers noted that the host government had invested heavily in new roads ahead of the meeting.",
    "Trade between the neighbouring states grew last year despite a slowdown in manufacturing.",
    "The central bank kept its main interest rate unchanged and signalled caution about inflation.",
]
COMMENTS = [
    "Great reporting, thanks.",
    "Another summit, another photo opportunity.",
    "Who pays for all this?",
    "Interesting read, but the article misses the economic context.",
    "First!",
    "Nothing will change.",
]
NAV = ["World", "Politics", "Business", "Tech", "Science", "Sport", "Culture", "Opinion", "Weather"]
SUBNAV = ["Africa", "Americas", "Asia", "Europe", "Middle East", "Markets", "Economy", "Climate", "Health",
          "Football", "Tennis", "Film", "Books", "Video", "Podcasts", "Newsletters", "Live", "Analysis"]
TEASERS = [
    "Storm closes schools across the coast as rivers rise",
    "Central bank signals pause after a year of rate rises",
    "Five things to know before the markets open",
    "Opinion: the quiet cost of cheap flights",
    "Champions League: late goal settles a tense semi-final",
    "Recipe: a ten-minute noodle soup for cold evenings",
    "Scientists map a new deep-sea current",
    "Watch: the best moments from the festival's opening night",
    "Fuel prices fall for the third week running",
    "How a small town rebuilt its library after the flood",
]
ORGS = [
    "Shanghai Cooperation Organisation",
    "BRICS",
    "G20",
    "Association of Southeast Asian Nations",
    "African Union",
    "Collective Security Treaty Organization",
    "Organization of Turkic States",
]


@dataclass(frozen=True)
class Page:
    """One generated page: its path on the site, publication day and HTML."""

    index: int
    path: str
    published: str
    html: str


def _reference_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("seeds.reference").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def leaders() -> list[tuple[str, str, str]]:
    """Return (role, person, country) triples of offices held on AS_OF, from the reference dictionaries."""
    names = {r["id"]: r["name"] for r in _reference_rows("people.csv")}
    return sorted(
        {
            (r["role"], names[r["person_id"]], r["country"])
            for r in _reference_rows("offices.csv")
            if r["person_id"] in names
            and r["start"] <= AS_OF
            and (not r["end"] or r["end"] >= AS_OF)
            and r["role"] in ("President", "Prime Minister")
        }
    )


@lru_cache(maxsize=1)
def cities() -> list[str]:
    """Return city names from the reference dictionaries."""
    return [r["name"] for r in _reference_rows("cities.csv")]


def _paragraphs(rng: random.Random, target: int) -> list[str]:
    """Return the story paragraphs: summit lead, attendance, membership and filler up to `target` bytes."""
    org, city = rng.choice(ORGS), rng.choice(cities())
    day = (date(2023, 1, 1) + timedelta(days=rng.randrange(540))).isoformat()
    paras: list[str] = []
    if rng.random() < 0.7:
        paras.append(rng.choice(SUMMIT_LEADS).format(city=city, day=day, org=org))
        for role, person, country in rng.sample(leaders(), k=rng.randint(1, 6)):
            paras.append(
                rng.choice(ATTENDANCE).format(
                    role=role, role_lower=role.lower(), person=person, country=country, org=org, city=city
                )
            )
        countries = ", ".join(sorted({c for _, _, c in rng.sample(leaders(), k=4)}))
        paras.append(
            rng.choice(MEMBERSHIP).format(
                org=org, countries=countries, country=rng.choice(leaders())[2], year=rng.randint(2001, 2023)
            )
        )
    size = sum(map(len, paras))
    while size < target:
        para = " ".join(rng.choice(FILLER) for _ in range(rng.randint(2, 5)))
        paras.append(para)
        size += len(para)
    return paras


def _page_html(index: int, title: str, published: str, paras: list[str], rng: random.Random) -> str:
    """The dense page: the story, one menu, a few related links and comments (the first generator)."""
    nav = "".join(f'<li><a href="/section/{n.lower()}">{n}</a></li>' for n in NAV)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    comments = "".join(
        f'<div class="comment"><span class="user">reader{rng.randint(1, 999)}</span>'
        f"<p>{html.escape(rng.choice(COMMENTS))}</p></div>"
        for _ in range(rng.randint(0, 12))
    )
    related = "".join(
        f'<li><a href="/news/{rng.randint(0, 10**6)}.html">Related story {k}</a></li>' for k in range(6)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta name="date" content="{published}"><meta property="og:site_name" content="Bench Gazette">'
        f'</head><body><header><nav><ul>{nav}</ul></nav><div class="banner">Subscribe today</div></header>'
        f'<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Reporter {index % 37}</p>'
        f'<time datetime="{published}">{published}</time>{body}</article>'
        f"<aside><h3>Related</h3><ul>{related}</ul></aside>"
        f'<section id="comments"><h3>Comments</h3>{comments}</section></main>'
        f"<footer><p>&copy; 2024 Bench Gazette. All rights reserved.</p><ul>{nav}</ul>"
        f"<p>Cookie settings | Privacy | Terms</p></footer></body></html>"
    )


def _fill(rng: random.Random, budget: int, make: Callable[[random.Random, int], str]) -> str:
    """Concatenate `make(rng, k)` pieces until they reach `budget` bytes."""
    pieces, size, k = [], 0, 0
    while size < budget:
        piece = make(rng, k)
        pieces.append(piece)
        size, k = size + len(piece), k + 1
    return "".join(pieces)


def _head_asset(rng: random.Random, k: int) -> str:
    if k % 3 == 0:
        rules = "".join(f".c{rng.randint(0, 9999)}{{margin:{rng.randint(0, 24)}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}"
                        for _ in range(12))
        return f"<style>{rules}</style>"
    if k % 3 == 1:
        calls = "".join(f'window.dataLayer.push({{"event":"view","slot":{rng.randint(0, 99)},"id":"{rng.getrandbits(48):x}"}});'
                        for _ in range(8))
        return f"<script>window.dataLayer=window.dataLayer||[];{calls}</script>"
    return (f'<link rel="preload" href="/assets/{rng.getrandbits(40):x}.woff2" as="font">'
            f'<meta name="keywords" content="{", ".join(rng.sample(SUBNAV, 5))}">')


def _menu(rng: random.Random, k: int) -> str:
    section = NAV[k % len(NAV)]
    links = "".join(f'<li><a href="/{section.lower()}/{sub.lower().replace(" ", "-")}">{sub}</a></li>'
                    for sub in rng.sample(SUBNAV, 8))
    return f'<li class="menu"><a href="/{section.lower()}">{section}</a><ul class="sub">{links}</ul></li>'


def _teaser(rng: random.Random, k: int) -> str:
    return (f'<li class="teaser"><a href="/news/{rng.randint(0, 10**7)}.html"><img src="/img/{rng.getrandbits(40):x}.jpg" '
            f'alt="" loading="lazy"><span class="kicker">{rng.choice(NAV)}</span><h4>{rng.choice(TEASERS)}</h4></a>'
            f'<time>{rng.randint(1, 23)}h ago</time></li>')


def _comment(rng: random.Random, k: int) -> str:
    words = " ".join(rng.choice(COMMENTS) for _ in range(rng.randint(1, 3)))
    return (f'<div class="comment" id="c{k}"><span class="user">reader{rng.randint(1, 999)}</span>'
            f'<p>{html.escape(words)}</p><button>Reply</button><span class="likes">{rng.randint(0, 99)}</span></div>')


def _footer_link(rng: random.Random, k: int) -> str:
    return f'<li><a href="/{rng.choice(NAV).lower()}/{k}">{rng.choice(SUBNAV)}</a></li>'


def _news_page_html(index: int, title: str, published: str, paras: list[str], rng: random.Random, target: int) -> str:
    """A page as news sites serve it: the story inside head assets, menus, teasers, comments and a footer."""
    story = _page_html(index, title, published, paras, rng)
    chrome = max(0, target - len(story))
    head = _fill(rng, int(chrome * 0.2), _head_asset)
    ld = (f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{html.escape(title)}",'
          f'"datePublished":"{published}","publisher":{{"name":"Bench Gazette"}}}}</script>')
    menus = _fill(rng, int(chrome * 0.2), _menu)
    teasers = _fill(rng, int(chrome * 0.3), _teaser)
    comments = _fill(rng, int(chrome * 0.15), _comment)
    footer = _fill(rng, int(chrome * 0.15), _footer_link)
    return (
        story.replace("</head>", f"{head}{ld}</head>", 1)
        .replace("<header><nav>", f'<header><nav class="mega"><ul>{menus}</ul></nav><nav>', 1)
        .replace("</aside>", f'</aside><aside class="most-read"><h3>Most read</h3><ol>{teasers}</ol></aside>', 1)
        .replace("</section></main>", f"{comments}</section></main>", 1)
        .replace("</footer>", f'<ul class="sitemap">{footer}</ul></footer>', 1)
    )


def make_page(index: int, seed: int = SEED, profile: str = "news") -> Page:
    """Return page number `index` of a profile: the same page for the same arguments, on any machine."""
    rng = random.Random(seed * 1_000_003 + index)
    target = int(MIN_BYTES * (MAX_BYTES / MIN_BYTES) ** rng.random())  # log-uniform page size
    if profile == "dense":
        story_bytes = target
    else:
        words = min(STORY_WORDS_MAX, max(STORY_WORDS_MIN, int(rng.lognormvariate(math.log(STORY_WORDS_MEDIAN), 0.6))))
        story_bytes = min(6 * words, int(STORY_SHARE_MAX * target))
    paras = _paragraphs(rng, story_bytes)
    published = (date(2023, 1, 1) + timedelta(days=rng.randrange(600))).isoformat()
    title = paras[0][:90].rstrip(" ,.") if paras else f"Story {index}"
    page = (_page_html(index, title, published, paras, rng) if profile == "dense"
            else _news_page_html(index, title, published, paras, rng, target))
    return Page(index, f"/news/{index:07d}.html", published, page)


def iter_pages(n: int, seed: int = SEED, start: int = 0, profile: str = "news") -> Iterator[Page]:
    """Yield pages start .. start+n-1, one at a time (never all in memory)."""
    for i in range(start, start + n):
        yield make_page(i, seed, profile)


def feed_xml(base: str, feed: int, n: int, seed: int = SEED) -> str:
    """Return RSS feed number `feed`: links to the FEED_SIZE pages it covers (fewer in the last feed)."""
    items = []
    for i in range(feed * FEED_SIZE, min(n, (feed + 1) * FEED_SIZE)):
        page = make_page(i, seed)
        items.append(
            f"<item><title>Story {i}</title><link>{base}{page.path}</link>"
            f"<guid>{base}{page.path}</guid><pubDate>{page.published}</pubDate></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed {feed}</title>'
        f"<link>{base}/</link><description>synthetic</description>{''.join(items)}</channel></rss>"
    )


def write_corpus(folder: Path, n: int, seed: int = SEED, profile: str = "news") -> list[Path]:
    """Write pages 0..n-1 of a profile as HTML files under `folder`/PROFILE-vVERSION/news; return their paths."""
    folder = folder / f"{profile}-v{GENERATOR_VERSION}"
    (folder / "news").mkdir(parents=True, exist_ok=True)
    paths = []
    for page in iter_pages(n, seed, profile=profile):
        path = folder / page.path.lstrip("/")
        if not path.exists():
            path.write_text(page.html, encoding="utf-8")
        paths.append(path)
    return paths
