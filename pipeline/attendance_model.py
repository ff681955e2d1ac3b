"""A learned attendance reader: a small statistical model that adds the attendees the hand-written rules miss.

The rules (pipeline/attendance*.py) read the sentence shapes they were written for. Fresh articles keep bringing new
ones ('Others due at the meeting include Prime Ministers A of X, B of Y ...', 'The smaller allies sent A, B and C',
'the round table brought together A, B and C'), and the people of such a sentence are found, framed with their role
and country, and then dropped because no rule knows its verb. This reader scores every such person with a multinomial
logistic regression (the same model as pipeline/membership_model.py) over sparse features of the sentence around the
name: words and word pairs by side and distance, every word of the sentence, the person's office rank, whether the
summit's organisation, city or the word 'summit' is named, whether the rules found others of the same sentence (and
with what status), the list of people the name sits in and the words it hangs on, whether the article is a preview,
the quotation marks around it, and whether the person's state is a member of the organisation on the day.

It only adds: a person that no rule gave an attendance finding anywhere in the article gets the model's status
(attended, expected or absent) when its probability clears THRESHOLD; its finding then passes through every filter
the rules' findings pass (out of office, another meeting, a visitor's remark ...). The claim's rule is
"attendance_model", and it points to the sentence and the person's span like every other claim.

Pure: no Prefect, no DuckDB, no numpy. The weights are a small JSON file (seeds/reference/attendance_model.json),
loaded once per process; `python -m pipeline.attendance_model train CORPUS... --out FILE` rebuilds it, and
`python -m pipeline.attendance_model cv CORPUS...` reports k-fold cross-validated figures by article.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.attendance import FUTURE, NAME_AS_MODIFIER, PAST, is_speaker
from pipeline.attendance_tense import STILL_TO_COME
from pipeline.membership_model import Model, _count_bucket, _tokens, run_cli, train
from pipeline.model import Mention, Person, Sentence

NONE = "none"
CLASSES = (NONE, "attended", "expected", "absent")
RULE = "attendance_model"
THRESHOLD = 0.9  # set from the cross-validated figures on the development corpus (see cross_validate)
UNANCHORED = 0.97  # the threshold where nothing ties the sentence to the summit (no rule's attendee, no name of it,
# its city or a word of its venue): 'A, B and C came in quick succession' reads; 'X invited A and B' must not
MAX_PEOPLE, MAX_CHARS = 40, 3000  # bounds of a sentence the model reads: its cost grows with people x words
MIN_RUN = 2  # the model reads only people named in a run of at least this many ('A of X, B of Y and C of Z')
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "seeds" / "reference" / "attendance_model.json"

# while training: every candidate scored is also appended here (None otherwise: derive() stays pure)
RECORDER: ContextVar[list[Candidate] | None] = ContextVar("attendance_model_recorder", default=None)

_SEPARATOR = re.compile(r"^[\s,;]*(?:\b(?:and|as\s+well\s+as|along\s+with|plus)\b)?[\s,;]*$", re.I)
# the words a list of people may carry between two names besides capitalised titles and states ('and Vietnam's')
_GAP_WORDS = frozenset("and the of its their his her prime minister ministers president presidents premier premiers "
                       "chancellor king emir sheikh prince crown vice deputy foreign also as well".split())
# a call from afar, or an office held then and not now ('spoke by phone', 'the then Prime Minister')
_AWAY = re.compile(r"\b(?:by\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation)|telephoned|the\s+then\b|then-\w)", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS if m != "may") + r")\b")
# an anaphoric opening: who 'them' are is the sentence before's, which only a rule reads ('Among them: A and B')
_ANAPHOR_OPEN = re.compile(r"^\W*(?:among|of)\s+(?:them|those|these)\b|^\W*(?:they|these|those)\s+(?:include|are|were)\b", re.I)
_BULLET = re.compile(r"^\s*(?:--?|[•*–—·▪◦]|\d{1,2}[.)])\s+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# another time or place told of the person: 'in a radio interview last month', 'two years ago', 'earlier this year'
_ELSEWHEN = re.compile(r"\b(?:last|next|previous|past|first|earlier)\s+(?:week|month|year|summer|spring|autumn|fall|winter|"
                       r"decade|meeting|summit|gathering|session|time)\b|"
                       r"\bago\b|\binterview\b|\bearlier\s+this\s+(?:week|month|year)\b", re.I)
# the words that set a sentence at a meeting: its name, its room, its table, its delegations
_VENUE = re.compile(r"\b(?:summit\w*|meeting|talks|gathering|session|conference|congress|table|hall|delegations?|"
                    r"roster|guests?|attend\w*|present|participants?|participat\w+|venue|photo|ceremony)\b", re.I)
_SUMMIT = re.compile(r"\b(?:summit|meeting|gathering|session|conference|talks)\b", re.I)


@dataclass(frozen=True)
class Context:
    """What the model needs to know of the article, once per article."""

    org_ids: frozenset[str]  # the summit's organisation and its organs
    host_country: str | None
    host_city: str | None
    members: frozenset[str]  # the states the reference lists as members of the organisation on the day
    future: bool | None  # the article is a preview (True), a report (False) or cannot tell (None)
    year: str | None
    ranks: dict[str, str]  # role -> rank (head, deputy, minister ...)
    months: frozenset[str] = frozenset()  # the summit's months, lowercased names ('june'), when its dates are known


@dataclass(frozen=True)
class Candidate:
    """One person mention of a sentence that may tell attendance, with its features (and, for training, its label)."""

    person: Person
    sentence: Sentence
    features: tuple[str, ...]
    ruled: bool  # the rules found this person in this sentence
    label: str | None = None


def context(ref: Any, org_id: str | None, host_country: str | None, host_city: str | None, day: str | None,
            future: bool | None, dates: tuple[str | None, str | None] = (None, None)) -> Context:
    org = ref.organisations.get(org_id) if org_id else None
    ids = {org_id} if org_id else set()
    if org is not None:
        ids |= {o.id for o in ref.organisations.values() if o.kind == "organ" and o.name.startswith(org.name + " ")}
    members: set[str] = set()
    if org is not None:
        for name, status in ref.members_of(org.name, day).items():
            c = ref.country_named(name)
            if c is not None and status in ("member", "founding_member", "joining"):
                members.add(c.id)
    host = ref.country_named(host_country) if host_country else None
    months = frozenset(_MONTHS[int(d[5:7]) - 1] for d in dates if d and len(d) >= 7 and d[5:7].isdigit()
                       and 1 <= int(d[5:7]) <= 12)
    return Context(frozenset(ids), host.id if host else None, host_city, frozenset(members), future,
                   (day or "")[:4] or None, {r.name: r.rank for r in ref.roles}, months)


def _runs(s: Sentence, ps: list[Person], strict: bool = False) -> dict[int, tuple[int, int, int]]:
    """For each person (by index in `ps`), the run of people it sits in: (first index, last index, size).

    Loose, two people are of one run when no more than a short clause with a comma stands between them (a feature);
    strict, only a separator ('A of X, B of Y and C of Z'; the gate of an addition).
    """
    order = sorted(range(len(ps)), key=lambda j: ps[j].mention.start)
    out: dict[int, tuple[int, int, int]] = {}
    k = 0
    while k < len(order):
        m = k
        while m + 1 < len(order):
            a, b = ps[order[m]], ps[order[m + 1]]
            gap = s.text[max(a.end, a.mention.end) - s.start: min(b.start or b.mention.start, b.mention.start) - s.start]
            loose = (len(gap) <= 60 and re.search(r"[,;]", gap)
                     and not re.search(r"\b(?:said|says|told|met|meet|who|which|while|but)\b", gap))
            named = bool(re.search(r"[,;]|\band\b", gap)) and all(
                w[0].isupper() or w.lower() in _GAP_WORDS for w in re.findall(r"[^\W\d_][\w'’.-]*", gap))
            if not (_SEPARATOR.match(gap) or named or loose and not strict):
                break
            m += 1
        for j in order[k: m + 1]:
            out[j] = (order[k], order[m], m - k + 1)
        k = m + 1
    return out


def features(ctx: Context, s: Sentence, pos: int, ms: list[Mention], ps: list[Person], j: int,
             peers: list[str]) -> tuple[str, ...]:
    """The features of person `ps[j]` in sentence `s` (the `pos`-th of the article's body)."""
    p = ps[j]
    spans: list[tuple[int, int, str]] = []
    me = (p.mention.start, p.mention.end)
    for m in ms:
        if m.kind in ("country", "demonym") and m.entity_id is not None:
            spans.append((m.start, m.end, "<c>"))
        elif m.kind == "org":
            spans.append((m.start, m.end, "<org>" if m.entity_id in ctx.org_ids else "<oorg>"))
        elif m.kind == "city":
            spans.append((m.start, m.end, "<city>"))
    spans = [x for x in spans if not (x[0] < me[1] and me[0] < x[1])]
    for k, q in enumerate(ps):
        a, b = q.mention.start, q.mention.end
        if not any(x < b and a < y for x, y, _ in spans):
            spans.append((a, b, "<me>" if k == j else "<p>"))
    toks, where, _ = _tokens(s, spans)
    n = len(toks)
    i = where.get(me[0])
    if i is None:
        return ()
    rank = ctx.ranks.get(p.role or "", "") or "none"
    f = ["b", f"kind|{s.kind}", f"pos|{_count_bucket(pos)}", f"np|{_count_bucket(len({q.person_id for q in ps}))}",
         f"rank|{rank}", f"role|{p.role or 'none'}", f"known|{not p.person_id.startswith('new:')}",
         f"method|{p.method}", f"future|{ctx.future}"]
    if p.acting:
        f.append("acting")
    if p.former:
        f.append("former")
    cid = p.country_id or ""
    where_from = ("org" if cid in ctx.org_ids else "host" if cid == ctx.host_country else
                  "member" if cid in ctx.members else "other" if cid else "none")
    f += [f"from|{where_from}", f"from|{where_from}&{rank}", f"from|{where_from}&{ctx.future}"]
    words = {t for t in toks if t.isalpha()}
    f += [f"S|{w}" for w in sorted(words)]
    f += [f"Sf|{w}&{ctx.future}" for w in sorted(words) if w in ("will", "would", "was", "were", "is", "are", "has",
                                                                   "have", "had", "expected", "due", "not")]
    tags = set(toks)
    f += ["org_here" if "<org>" in tags else "org_none", "oorg_here" if "<oorg>" in tags else "oorg_none"]
    if ctx.host_city and ctx.host_city.lower() in s.text.lower():
        f.append("city_here")
    if _SUMMIT.search(s.text):
        f.append("summit_word")
    years = set(_YEAR.findall(s.text))
    if years and ctx.year and ctx.year not in years:
        f.append("other_year")
    quotes = [k for k, c in enumerate(s.text) if c in "\"“”"]
    if sum(1 for q in quotes if q < p.mention.start - s.start) % 2:
        f.append("in_quote")
    f += [f"peer|{st}" for st in sorted(set(peers))] or ["peer|none"]
    first, last, size = _runs(s, ps).get(j, (j, j, 1))
    f.append(f"run|{_count_bucket(size)}")
    if size >= 2:
        a, b = where.get(ps[first].mention.start, i), where.get(ps[last].mention.start, i)
        f += [f"RH|{toks[a - 1] if a else '<s>'}", f"RH2|{'_'.join(toks[max(0, a - 2): a])}",
              f"RT|{toks[b + 1] if b + 1 < n else '</s>'}", f"RT2|{'_'.join(toks[b + 1: b + 3])}"]
    nxt = toks[i + 1] if i + 1 < n else "</s>"
    prv = toks[i - 1] if i else "<s>"
    f += [f"L1|{prv}", f"R1|{nxt}", f"LR|{prv}_{nxt}"]
    if i >= 2:
        f.append(f"LB|{toks[i - 2]}_{prv}")
    if i + 2 < n:
        f.append(f"RB|{nxt}_{toks[i + 2]}")
    for k in range(max(0, i - 8), i - 1):
        f.append(f"L|{toks[k]}")
    for k in range(i + 2, min(n, i + 12)):
        f.append(f"R|{toks[k]}")
    for k in range(i + 1, min(n - 1, i + 8)):
        f.append(f"Rb|{toks[k]}_{toks[k + 1]}")
    return tuple(dict.fromkeys(f))


@lru_cache(maxsize=4)
def load_model(path: str = str(WEIGHTS_FILE)) -> Model | None:
    """The shipped model (once per process), or None when its file is missing."""
    p = Path(path)
    if not p.exists():
        return None
    return Model.from_json(json.loads(p.read_text("utf-8")))


def eligible(s: Sentence, p: Person) -> bool:
    """A person the model may speak of: framed with a state or an organisation, in the body, not a former holder."""
    return bool(p.country_id) and not p.former and s.kind in ("body", "title")


def propose(ctx: Context, s: Sentence, pos: int, ms: list[Mention], ps: list[Person], found: list[Any],
            finding: Any, threshold: float | None = None) -> list[Any]:
    """The findings the model adds in a sentence: people the rules found nothing for here, scored above threshold.

    `found` are the rules' findings of the sentence; `finding` builds one (pipeline.attendance.AttendanceFinding).
    """
    threshold = THRESHOLD if threshold is None else threshold
    record = RECORDER.get()
    if record is None and (threshold > 1 or len(ps) > MAX_PEOPLE or len(s.text) > MAX_CHARS):
        return []  # off; or a sentence too long to be one roster (each name costs a pass over the sentence)
    model = load_model()
    ruled = {f.person.person_id: f.status for f in found if f.person is not None}
    runs = _runs(s, ps, strict=True)
    anchored = (_VENUE.search(s.text) is not None or any(m.kind == "org" and m.entity_id in ctx.org_ids for m in ms)
                or bool(ctx.host_city) and (ctx.host_city.lower() in s.text.lower()
                                            or any(m.kind == "city" and m.entity_id == ctx.host_city for m in ms)))
    other_place = any(m.kind == "city" and not (ctx.host_city and (m.entity_id == ctx.host_city or
                                                                    m.text.lower() == ctx.host_city.lower())) for m in ms)
    other_month = bool(ctx.months) and any(x.lower() not in ctx.months for x in _MONTH.findall(s.text))
    out = []
    for j, p in enumerate(ps):
        if not eligible(s, p):
            continue
        peers = [st for pid, st in ruled.items() if pid != p.person_id]
        feats = features(ctx, s, pos, ms, ps, j, peers)
        if not feats:
            continue
        if record is not None:
            record.append(Candidate(p, s, feats, p.person_id in ruled))
        if p.person_id in ruled or model is None or threshold > 1:
            continue
        years = set(_YEAR.findall(s.text))
        if runs.get(j, (j, j, 1))[2] < MIN_RUN:
            continue  # a name alone: the near misses of a lone name are endless ('X is on the list of ...')
        if not (peers or anchored) and (p.country_id not in ctx.members and p.country_id != ctx.host_country
                                        or _ANAPHOR_OPEN.search(s.text)):
            continue  # nothing ties the sentence to the summit: only a member's own leaders may be read there
        if other_place or other_month or _BULLET.match(s.text):
            continue  # another city or month; or a bullet, whose heading only a rule reads ('What is on the table?')
        if NAME_AS_MODIFIER.match(s.text, p.mention.end - s.start):
            continue  # 'the X regime's sharpest critic': the name modifies a noun
        if is_speaker(s, p) or _ELSEWHEN.search(s.text) or _AWAY.search(s.text) or years and ctx.year not in years:
            continue  # a quoted speaker, or a sentence of another time: only a rule may read those
        status, prob = model.best(feats)
        if prob >= (threshold if peers or anchored else max(threshold, UNANCHORED)):
            status = _tense(s, status, ctx.future)
            out.append(finding(p, p.country_id, p.country, p.role, status, RULE, False, False, "in_person",
                               (p.start or p.mention.start, max(p.end, p.mention.end))))
    return out


def _tense(s: Sentence, status: str, future: bool | None) -> str:
    """The status of a person the model reads as there: the sentence's own tense first, then the article's time.

    The model tells well who is at the summit and who stays away, less well whether they are there yet; the
    sentence's words ('will', 'is expected', 'arrived', 'sat') and the article's time (a preview) tell that.
    """
    if status == "absent":
        return status
    if FUTURE.search(s.text) or future is False and STILL_TO_COME.search(s.text):
        return "expected"  # (in a report: 'listed among Thursday's participants', 'is due on Saturday')
    if PAST.search(s.text):
        return "attended"
    return "expected" if future else "attended" if future is False else status


# --- training data: the labelled development corpus -------------------------------------------------------------------

def _fragments(evidence: str) -> list[str]:
    return [x.strip(" .,;\"'“”") for x in re.split(r"\s*(?:\.\.\.|…|\[\.\.\.\])\s*", evidence or "")
            if len(x.strip(" .,;\"'“”")) >= 12]


def labelled_article(ref: Any, article_file: Path, truth: dict[str, Any]) -> list[Candidate]:
    """Derive an article with the rules, recording the model's candidates, and label them from the truth.

    A person of a truth attendee whose evidence lies in the candidate's sentence gets that attendee's status; other
    mentions of a truth attendee are left unlabelled (they may or may not say it); everyone else is none.
    """
    from pipeline import derive as dv  # late: derive imports this module
    from pipeline.articles import read_article
    from pipeline.evaluate import Matcher

    matcher = Matcher(ref)
    record: list[Candidate] = []
    token = RECORDER.set(record)
    try:
        dv.derive(read_article(article_file), ref)
    finally:
        RECORDER.reset(token)
    attendees = [a for a in truth.get("attendees") or [] if a.get("person")]
    out = []
    for c in record:
        system = {"person": c.person.canonical, "person_id": c.person.person_id}
        label: str | None = NONE
        for a in attendees:
            if matcher.same_person(a, system):
                frags = _fragments(a.get("evidence") or "")
                inside = any(fr in c.sentence.text or c.sentence.text.strip() in fr for fr in frags)
                label = a.get("status") if inside and a.get("status") in CLASSES else None
                if label:
                    break
        out.append(replace(c, label=label))
    return out


def load_corpus(ref: Any, folders: Iterable[str]) -> list[tuple[str, list[Candidate]]]:
    out = []
    for folder in folders:
        root = Path(folder)
        for truth_file in sorted((root / "truth").glob("*.json")):
            art = root / "articles" / (truth_file.stem + ".txt")
            out.append((f"{root.name}/{truth_file.stem}", labelled_article(ref, art, json.loads(truth_file.read_text("utf-8")))))
    return out


def examples_of(items: Iterable[list[Candidate]]) -> list[tuple[tuple[str, ...], str]]:
    return [(c.features, c.label) for item in items for c in item if c.label is not None]


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def cross_validate(items: list[list[Candidate]], folds: int = 5) -> dict[float, dict[str, float]]:
    """k-fold cross-validation by article: at each threshold, how the model's additions (people no rule found in that
    sentence) fare against the labels: right person and status, right person wrong status, or no attendee."""
    out: dict[float, dict[str, float]] = {t: {"right": 0, "wrong_status": 0, "false": 0, "unlabelled": 0,
                                              "missed": 0} for t in THRESHOLDS}
    for k in range(folds):
        model = train(examples_of([x for i, x in enumerate(items) if i % folds != k]), classes=CLASSES)
        for i, item in enumerate(items):
            if i % folds != k:
                continue
            for c in item:
                if c.ruled:
                    continue
                status, p = model.best(c.features)
                for t in THRESHOLDS:
                    tally = out[t]
                    if p < t:
                        tally["missed"] += c.label not in (None, NONE)
                    elif c.label is None:
                        tally["unlabelled"] += 1
                    elif c.label == NONE:
                        tally["false"] += 1
                    elif c.label == status:
                        tally["right"] += 1
                    else:
                        tally["wrong_status"] += 1
    return out


def _print_cv(items: list[list[Candidate]]) -> None:
    for t, tally in cross_validate(items).items():
        print(f"threshold {t}: {tally}")


def main(argv: list[str]) -> int:
    """`train CORPUS... --out FILE` writes the weights; `cv CORPUS...` prints the cross-validated figures."""
    return run_cli(argv, "pipeline.attendance_model", load_corpus, examples_of, CLASSES, WEIGHTS_FILE, _print_cv)


if __name__ == "__main__":
    # run as the imported module, whose RECORDER is the one derive() sees (not this __main__ copy's)
    from pipeline.attendance_model import main as _main

    raise SystemExit(_main(sys.argv[1:]))
