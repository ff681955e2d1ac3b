"""Deriving claims from an article: the summit, memberships, attendance, meetings and deaths."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipeline import attendance as att
from pipeline import attendance_acts as acts
from pipeline import attendance_companions as companions
from pipeline import attendance_context as ctx
from pipeline import attendance_histories as histories
from pipeline import attendance_lists as lst
from pipeline import attendance_model as amodel
from pipeline import attendance_more as more
from pipeline import attendance_occasions as occasions
from pipeline import attendance_proxies as proxies
from pipeline import attendance_recall as recall
from pipeline import attendance_reports as reports
from pipeline import attendance_roll_calls as roll
from pipeline import attendance_rosters as rosters
from pipeline import attendance_signings as signings
from pipeline import attendance_speeches as speeches
from pipeline import attendance_standins as standins
from pipeline import attendance_status_frames as status_frames
from pipeline import attendance_tense as tense
from pipeline import attendance_weighing as weighing
from pipeline import exclusions, previews
from pipeline import membership_statuses as statuses
from pipeline.dates import find_dates, infer_anchor, parse_day
from pipeline.frames import find_people
from pipeline.gazetteer import gazetteer_for
from pipeline.historic_states import within_lifetimes
from pipeline.list_boxes import RosterBox, bare_line, group_memberships
from pipeline.membership import (
    MembershipFinding,
    bullet_memberships,
    context_memberships,
    cue_memberships,
    exit_after_entry,
    lifted_in_sentence,
    list_memberships,
    org_leader_memberships,
    other_leaders_memberships,
    own_clause_statuses,
    sequel_memberships,
    status_leaders_memberships,
)
from pipeline.membership_acts import act_memberships, along_with_heads, along_with_holders, treaty_memberships
from pipeline.membership_clauses import clause_memberships, counted_founders
from pipeline.membership_forms import form_memberships
from pipeline.membership_founders import (
    appositive_holders,
    counted_bodies,
    founder_memberships,
    shared_statuses,
)
from pipeline.membership_histories import history_memberships
from pipeline.membership_lists import history_list_memberships
from pipeline.membership_model import model_claims
from pipeline.membership_more import (
    compared_accessions,
    denied_exits,
    group_followers,
    led_allies,
    tier_memberships,
    without_denied_exits,
)
from pipeline.membership_prose import lifted_suspensions, prose_memberships
from pipeline.membership_refs import counted_status_leaders, generic_other_org, other_members_complement
from pipeline.membership_signers import recast_candidacies, signer_memberships
from pipeline.membership_status import revise_statuses, status_memberships
from pipeline.membership_tiers import (
    admitted_as_member,
    counted_holders,
    partner_tier,
    pending_exits,
    subject_statuses,
)
from pipeline.model import EXTRACTOR_VERSION, Article, Claim, Mention, Person, Sentence
from pipeline.offices import office_changes
from pipeline.reference import Reference
from pipeline.sentences import split_sentences
from pipeline.summit import (
    ORG_SUMMIT,
    Summit,
    caption_paragraphs,
    dateline_day,
    find_summit,
    ministers_first,
    ministers_meeting,
    other_summit_paragraphs,
    other_summit_sections,
    other_summits,
    retrospective,
)

MAX_ANALYSED = 300_000  # characters of an article that are read; no news article is longer
# the summit still ahead on its own day: 'leaders gather today', 'opens later today', 'will meet this afternoon'
_SAME_DAY_AHEAD = re.compile(r"\b(?:(?:leaders|heads\s+of\s+(?:state|government))\s+(?:(?:will|are\s+to)\s+)?(?:gather|meet|convene)\s+"
                             r"(?:here\s+)?(?:today|tonight)|(?:summit|meeting|leaders)\s+(?:(?:will|are\s+to|is\s+to)\s+)?"
                             r"(?:gather|meet|convene|opens?|begins?|starts?)\s+(?:later\s+today|tonight|this\s+(?:afternoon|evening)))\b",
                             re.I)
# "the leaders' plenary sessions on Thursday", "the heads of state segment on Friday": the leaders' part of a summit
# under way (not one leader's arrival: others may be there already)
_LEADERS_PART = re.compile(r"\b(?:leaders['’]?|heads\s+of\s+state['’]?)\s+(?:plenary|plenaries|plenary\s+sessions?|"
                           r"sessions?|segment)\b", re.I)


def _leaders_ahead(sentences: list[Sentence], published: str | None) -> bool:
    """Return True when a sentence dates the leaders' sessions after the report's day."""
    pub = parse_day(published)
    return any(d.precision == "day" and (parse_day(d.start) or pub) > pub  # type: ignore[operator]
               and _LEADERS_PART.search(s.text[max(0, d.span[0] - 120): d.span[0]])
               for s in sentences if s.kind == "body" and _LEADERS_PART.search(s.text)
               for d in find_dates(s.text, published, True))


STATUS_PRIORITY = {"absent": 3, "attended": 2, "expected": 1}
MEMBER_PRIORITY = ["member_readmitted", "joining", "left", "suspended", "candidate", "observer_or_dialogue_partner",
                   "observer", "dialogue_partner", "partner", "member"]
_FOUNDING_RULES = frozenset({"founded_by", "founded_when", "treaty_signed_by", "founding_members", "founding_papers_signed_by",
                            "signatories", "founded_when_signed", "revived_by", "turned_into"})
HEAD_RANKS = ("head",)
MEMBER_STATUSES = ("member", "joining", "member_readmitted", "suspended")  # a state attending as a member
_MEET = re.compile(r"\b(?:met|meet|meets|meeting\s+between|talks\s+with|held\s+talks)\b", re.I)
BULLET = re.compile(r"^\s*(?:--?|[•*–—·▪◦]|\d{1,2}[.)])\s+")
_HOST_BEFORE = re.compile(r"\b(?:hosted|chaired|convened|welcomed)\s+by\s+(?:the\s+)?$", re.I)
_HOST_AFTER = re.compile(r"^\s*,?\s*(?:who\s+)?(?:(?:will|would|is|was)\s+)?(?:also\s+)?(?:host(?:s|ed|ing)?|chair(?:s|ed|ing)?|"
                         r"welcom(?:es|ed|ing)|presid(?:es|ed|ing)\s+over)\b", re.I)
_DEATH = re.compile(r"^\s*,?\s*who\s+(?:was\s+killed|died|was\s+assassinated|passed\s+away)", re.I)


@dataclass
class Extraction:
    """Everything derived from one article."""

    article: Article
    sentences: list[Sentence]
    summit: Summit | None
    other_summits: list[str]
    claims: list[Claim] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    anchor: str | None = None
    anchor_method: str = "published"


def _scan(ref: Reference, sentences: list[Sentence]) -> dict[int, list[Mention]]:
    gaz = gazetteer_for(ref)
    found = {s.index: ([] if s.kind == "credit" else gaz.scan(s.text, s.start)) for s in sentences}
    return _bare_commonwealth(ref, sentences, found)


_BARE_COMMONWEALTH = re.compile(r"^(?:the\s+)?commonwealth$", re.I)


def _bare_commonwealth(ref: Reference, sentences: list[Sentence],
                       found: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """A bare 'Commonwealth' names the CIS when the words around say so, not the Commonwealth of Nations.

    'Commonwealth Executive Secretary X' (an office of the CIS), or an article that names the CIS and never the
    Commonwealth of Nations by a name of its own ('the Commonwealth of Nations', 'the British Commonwealth').
    """
    cis, cw = ref.organisations.get("cis"), ref.organisations.get("commonwealth")
    if cis is None or cw is None:
        return found
    everything = [m for ms in found.values() for m in ms]
    names_cis = any(m.entity_id == "cis" for m in everything)
    names_cw = any(m.entity_id == "commonwealth" and not _BARE_COMMONWEALTH.match(m.text) for m in everything)
    by_index = {s.index: s for s in sentences}
    cis_offices = re.compile(r"^\s*(?:" + "|".join(re.escape(t) for t in cis.titles) + r")\b", re.I) if cis.titles else None
    out: dict[int, list[Mention]] = {}
    for i, ms in found.items():
        s = by_index[i]
        out[i] = [replace(m, entity_id="cis", canonical=cis.name)
                  if m.kind == "org" and m.entity_id == "commonwealth" and _BARE_COMMONWEALTH.match(m.text) and (
                      (names_cis and not names_cw) or (cis_offices is not None and cis_offices.match(s.text[m.end - s.start:])))
                  else m for m in ms]
    return out


def _find_all_people(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                     day: str | None) -> dict[int, list[Person]]:
    known: list[Person] = []
    out: dict[int, list[Person]] = {}
    for s in sentences:
        out[s.index] = [] if s.kind == "credit" else find_people(s, mentions[s.index], ref, day, known)
        new = {p.person_id for p in out[s.index]}
        known = [p for p in known if p.person_id not in new] + out[s.index]  # one per person, latest last
    return out


def _dead(ref: Reference, sentences: list[Sentence], people: dict[int, list[Person]], day: str | None) -> set[str]:
    """Return ids of people dead before the article's day, by the dictionary or by the text."""
    dead = {p.id for p in ref.people.values() if p.died and day and p.died[:10] < day}
    for s in sentences:
        for p in people[s.index]:
            if _DEATH.match(s.text[p.end - s.start: p.end - s.start + 240]):
                dead.add(p.person_id)
    return dead


def derive(article: Article, ref: Reference) -> Extraction:
    """Derive every claim of an article. Pure: the same article and reference give the same claims."""
    sentences = [s for s in split_sentences(article.text, article.title) if s.start < MAX_ANALYSED]
    mentions = _scan(ref, sentences)
    original = article
    anchor, anchor_method = infer_anchor(article.published, article.url, article.text)
    if anchor_method == "published":
        anchor = dateline_day(sentences, anchor) or anchor
    if anchor != article.published:
        article = replace(article, published=anchor)
    links = _link_lines(sentences)  # other articles' headlines ('Related stories') name other summits' venues
    summit = find_summit(ref, sentences, mentions, article.published, anchor_method, links)
    day = (article.published or "")[:10] or (summit.start if summit and summit.start else None)
    if summit is not None and summit.start and retrospective(sentences):
        day = summit.start  # 'Ten years on: ...': the offices, the members and the living are those of the summit's day
    people = _find_all_people(ref, sentences, mentions, day)
    ext = Extraction(original, sentences, summit, other_summits(ref, sentences, mentions, summit.org_id) if summit else [])
    ext.anchor, ext.anchor_method = anchor, anchor_method
    ext.people = [p for s in sentences for p in people[s.index]]
    if summit:
        ext.claims.append(_summit_claim(summit))
    findings, memberships = _sentence_findings(ref, article, sentences, mentions, people, summit, day)
    memberships += other_members_complement(ref, memberships, findings, summit.org_id if summit else None)
    member_claims = _membership_claims(ref, memberships, sentences, day, mentions, people, summit)
    ext.claims.extend(member_claims)
    if summit:
        later = _later_sessions(article.text, sentences, findings, summit, article.published)
        ext.claims.extend(_attendance_claims(ref, findings, summit, member_claims, sentences, day, later))
        _add_host(ext.claims, findings)
        # the learned reader adds the memberships of states no rule gave one (additions only)
        # ('The union has five members - A, B ...' after the Eurasian union was named: that union's, not the summit's)
        named = {}
        for i, s in enumerate(sentences):
            recent = [x for j in (i - 1, i - 2) if j >= 0 for x in mentions[sentences[j].index]]
            other = generic_other_org(ref, s, mentions[s.index], recent, summit.org_id) is not mentions[s.index]
            named[s.index] = [m for m in mentions[s.index] if m.kind != "country"] if other else mentions[s.index]
        ext.claims.extend(model_claims(ref, sentences, named, people, summit.org_id, summit.host_country, day, member_claims))
    ext.claims.extend(_other_events(ref, sentences, people, article.published))
    ext.claims.extend(office_changes(ref, sentences, people, article.published))
    ext.claims = within_lifetimes(ref, ext.claims, day, summit.start if summit else None)
    return ext


def _sentence_findings(ref: Reference, article: Article, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                       people: dict[int, list[Person]], summit: Summit | None, day: str | None
                       ) -> tuple[list[tuple[Sentence, att.AttendanceFinding]], list[tuple[Sentence, MembershipFinding]]]:
    pub, start = parse_day(article.published), parse_day(summit.start if summit else None)
    future = (start > pub) if pub and start else (None if not pub else False)
    if future is True and tense.under_way(sentences, article.published):
        future = False  # the lede tells the summit's work done today ('Leaders sat down in Halifax on Friday')
    elif future is False and start == pub and tense.ahead(sentences, article.published):
        future = True  # the lede tells the trip still to come ('X will travel to Kazan on Tuesday for the summit')
    if future is False and start == pub and any(_SAME_DAY_AHEAD.search(s.text) or previews.opening_ahead(s.text, pub)
                                                for s in sentences if s.kind != "title"):
        future = True  # a morning preview on the opening day: 'leaders gather today', 'the summit opens later today'
    if future is False and summit and summit.end and pub and parse_day(summit.end) > pub and _leaders_ahead(
            sentences, article.published):
        future = True  # the forums opened on Monday, the leaders' sessions come on Thursday: nobody has attended yet
    dead = _dead(ref, sentences, people, day)
    main_org = summit.org_id if summit else None
    findings: list[tuple[Sentence, att.AttendanceFinding]] = []
    modelled: list[tuple[Sentence, att.AttendanceFinding]] = []  # the learned reader's additions (amodel)
    actx = amodel.context(ref, main_org, summit.host_country, summit.host_city, day, future,
                          (summit.start, summit.end)) if summit else None
    memberships: list[tuple[Sentence, MembershipFinding]] = []
    intro: Sentence | None = None
    section: Sentence | None = None  # the heading of a box of attendees ('WHO'S COMING') the text is under
    box = RosterBox()  # a box of attendees in groups, a group's heading above its bullets across a paragraph
    previous: Sentence | None = None
    prev_attendees: list[Person] = []
    org_ids = set(ref.organisations)
    organs = frozenset(o for o in org_ids if main_org and _parent_org(ref, o) == main_org)
    window = ((summit.start, summit.end or summit.start) if summit and summit.start and summit.precision == "day"
              else None)
    years = frozenset(y[:4] for y in (article.published, summit.start if summit else None) if y)
    earlier: list[Person] = []  # the people named in the sentences before this one
    invited = reports.invited_states(ref, summit.organisation, day) if summit else frozenset()
    links = _link_lines(sentences)
    uninvited = exclusions.uninvited_states(sentences, mentions)
    elsewhere = other_summit_sections(sentences, mentions, {main_org, *organs}) if main_org else set()
    elsewhere |= other_summit_paragraphs(article.text, sentences, mentions, summit.host_city) if summit else set()
    captions = caption_paragraphs(article.text, sentences)
    # a report on the ministers' meeting before the summit: a minister there is no attendee of the summit by that alone
    ministers_lede = ministers_first(sentences)
    heads = {r.name for r in ref.roles if r.rank in ("head", "official")}
    host = ref.country_named(summit.host_country) if summit and summit.host_country else None
    last_other = False  # the sentence before was about another meeting (for a 'There' opening this one)
    for i, s in enumerate(sentences):
        earlier += people[sentences[i - 1].index] if i else []
        before_other, last_other = last_other, False
        if s.index in links:
            continue  # another article's headline: 'Also read: ...', the lines under 'Related news'
        prev, previous = previous, (s if s.kind not in ("credit", "heading") else previous)
        same_line = bool(i) and "\n" not in article.text[sentences[i - 1].end: s.start]
        item = intro is None or not same_line or bool(BULLET.match(s.text))
        section = _section(s, section)
        intro = box.intro(s, _list_intro(s, intro, previous if previous is not s else prev, same_line, section,
                                         bare_line(article.text, s), (article.published or "")[:4] or None),
                          bool(BULLET.match(s.text)))
        if summit and intro is not None and intro.index != s.index and s.kind != "credit" and item and \
                not att.item_tells_its_own(s.text, intro.text):
            # '- Russia: Premier X (President Y is not coming)': Y is absent, X stands in
            rest = [(r, people[r.index]) for r in _rest_of_line(article.text, sentences, i)]
            away = lst.item_absentees(s, people[s.index], rest, dead)
            senders = {a.country_id for a in away}
            # the box's heading gives the tense its intro lacks: 'WHO IS COMING' / 'Leaders ... arrive from Thursday:'
            told = section.text + " " + intro.text if section is not None and att.STILL_COMING.search(section.text) else intro.text
            items = [f for f in lst.heading_status(att.bullet_findings(s, people[s.index], told, future, dead),
                                                   intro.text) if not any(f.person is a.person for a in away)]
            findings.extend((s, _to_parent(ref, replace(f, stand_in=True) if f.country_id in senders else f))
                            for f in items)
            findings.extend((s, f) for f in away + lst.item_deputies(s, people[s.index], rest, future, dead))
            memberships.extend((s, m) for m in bullet_memberships(ref, s, mentions[s.index], people[s.index], main_org,
                                                                  article.published, intro.text))
            memberships.extend((s, m) for m in group_memberships(ref, s, people[s.index], main_org, intro.text))
            findings.extend((s, f) for f in att.replaced_absent(s, people[s.index], dead))
            findings.extend((s, f) for f in standins.bullet_stand_ins(
                s, people[s.index], att._item_people(s, people[s.index]), future, dead, (article.published or "")[:4] or None))
            findings.extend((s, f) for f in lst.heading_status(att.bullet_group_findings(
                s, mentions[s.index], intro.text, future), intro.text))
            if section is not None:
                findings.extend((s, f) for f in lst.label_findings(s, mentions[s.index], intro.text, future))
            continue
        if s.kind in ("credit", "heading"):
            continue
        if prev is not None:  # 'four economies: A, B, C and D. The four held their first summit in 2009'
            memberships.extend((prev, m) for m in counted_founders(ref, s, prev, mentions[prev.index], main_org))
            memberships.extend((s, m) for m in lifted_suspensions(s, mentions[s.index], main_org, prev,
                                                                    mentions[prev.index]))
            memberships.extend((s, m) for m in statuses.restored_seats(s, mentions[s.index], main_org, prev,
                                                                        [f for t, f in memberships if t is prev]))
        ms, ps = mentions[s.index], people[s.index]
        prev_people = people[prev.index] if prev else []
        if not ms and not ps and not prev_people and not (prev is not None and _opens_with_anaphor(s)):
            continue  # no place, role or person here or just before: no rule can fire
        about_other = bool(summit) and (s.index in elsewhere or ministers_meeting(s.text) or
                                        _about_other_summit(ref, s, ms, main_org) or
                                        (future is True and _earlier_in_preview(s, article.published, summit)) or
                                        _other_summit_dated(s, ms, main_org, window, article.published, ps) or
                                        _named_other_summit(ref, s, ms, main_org, summit) or
                                        _other_city_meeting(s, ms, summit, ps) or _met_elsewhere(s, ms, summit) or
                                        ctx.there_elsewhere(s, before_other) or
                                        status_frames.other_body_meeting(s, ms, {main_org, *organs}) or
                                        status_frames.joins_it_elsewhere(s, before_other) or
                                        signings.continues_founding(s.text, prev.text if prev else None, years))
        last_other = about_other or bool(summit) and ctx.ends_elsewhere(s, ms, summit.host_city)
        found = standins.revise(s, ps, att.person_findings(s, ps, future, dead, (article.published or "")[:4] or None),
                                dead) if summit and not about_other else []
        found = occasions.revise(ref, s, ms, ps, found, summit, future, dead) if summit and ps and not about_other else found
        found = proxies.revise(s, ps, found, future, dead) if summit and ps and not about_other else found
        if summit and ms:
            found += [f for f in att.group_findings(ref, s, ms, future, main_org)  # not a history of the series
                      if not histories.dated_elsewhere(s, f.span[0], f.span[1], (article.published or "")[:4] or None)]
            found += recall.guest_country_findings(ref, s, ms, future) if not about_other else []
            found += att.country_absences(s, ms)
            found += att.sent_office(s, ps, ms, future)
            found += att.office_findings(s, ms, ps, future)
            found += recall.office_of_country_findings(s, ms, ps, future) if not about_other else []
        if summit and not about_other:
            found += att.represented_office(s, ms, future) if ms else []
            found += att.represented_plural_office(s, ms, future) if ms else []
            found += att.pronoun_findings(s, ps, prev_people, future, dead)
            found += att.official_act_findings(s, ps, org_ids, future, dead)
            found += att.colon_list_findings(s, ps, prev, future, dead)
            found += lst.present_at_findings(s, ps, future, dead) + lst.joined_by_findings(s, ps, future, dead)
            found += lst.labelled_roster_findings(s, ps, future, dead)
            found += att.among_them_findings(s, ps, prev, future, dead)
            found += more.invitees_findings(s, ps, prev, future, dead)
            found += more.on_behalf_absent(s, ps, dead)
            found += more.counted_group_findings(s, ps, prev, future, dead)
            found += more.absent_leader_findings(s, ps, prev, _single_country(mentions[prev.index], prev_people)
                                                 if prev else None, dead)
            found += more.stayed_home_findings(ref, s, ms, ps, host.id if host else None, dead)
            found += att.own_official_findings(s, ps, main_org, future, dead, organs) if not _in_other_city(
                s, ms, summit) else []
            found += att.summit_act_findings(ref, s, ms, ps, window, article.published, future, dead)
            found += att.floor_act_findings(s, ps, prev.text if prev else "", future, window, article.published, dead)
            found += reports.report_act_findings(s, ms, ps, summit.host_city, invited, future, window, article.published,
                                                 dead)
            found += speeches.speech_findings(s, ms, ps, summit.host_city, invited | speeches.claimed_members(
                memberships, main_org), speeches.paragraph_of(article.text, s), future, window, article.published, dead)
            found += speeches.delegation_findings(s, ps, prev_people, [f for _, f in findings], dead)
            found += speeches.speaker_label_findings(article.text, s, ps, future, dead)
            found += speeches.caption_findings(s, ps, future, dead) if s.index in captions else []
            found += att.definite_role_findings(s, ms, ps, earlier, future, dead, prev_people) if ms else []
            found = companions.companions_country(s.text, s.start, found)
            found += att.replaced_absent(s, ps, dead)
            found = _in_the_place_of(found)
            found += att.org_heads_findings(ref, s, ms, future, main_org) if ms else []
            found += att.attended_by_countries(ref, s, ms, future) if ms else []
            found += att.country_sends(s, ms, future) if ms else []
            found += recall.country_list_sends(s, ms, future) if ms else []
            found += recall.country_level_findings(s, ms, future) if ms else []
            found += att.country_attends(s, ms, future, (article.published or "")[:4] or None) if ms else []
            found += att.country_represented(ref, s, ms, future) if ms else []
            found += att.host_city_findings(s, ms, ps, summit.host_city, future, dead,
                                            (article.published or "")[:4] or None) if ps else []
            found += ctx.host_invited_findings(s, ps, host.id if host else None, future, dead)
            found += ctx.host_talks_findings(s, ms, ps, summit.host_city, window, article.published, future, dead)
            found += rosters.arrival_aside_findings(s, ps, future, dead)
            found += rosters.roster_in_host_city(s, ms, ps, summit.host_city, future, dead)
            found += roll.lead_roster_findings(s, ps, future, dead, summit.host_city)
            found += roll.group_member_findings(s, ps, summit.host_city, future, dead,
                                                 (article.published or "")[:4] or None)
            found += roll.host_trip_findings(ref, s, ms, ps, summit.host_city, host.id if host else None, future, dead,
                                             (article.published or "")[:4] or None)
            found = rosters.preview_participle_status(s, found, future)
            found += status_frames.ellipsis_findings(s, ps, [f for t, f in findings if prev is not None and t is prev], dead)
            found = status_frames.confirmed_roster(s, found)
            found = weighing.revise(ref, s, ms, ps, found, [f for t, f in findings if prev is not None and t is prev],
                                    prev_people, summit.host_city, summit.host_country, future, dead,
                                    (article.published or "")[:4] or None)
            found += amodel.propose(actx, s, i, ms, ps, found, att.AttendanceFinding) if ps and actx else []
        found += speeches.in_host_city_findings(s, ms, ps, summit.host_city, future, dead) if summit else []
        found += speeches.unnamed_representative_findings(s, ms, future) if summit and not about_other else []
        found += speeches.behalf_reader_findings(s, ps, future, dead) if summit and not about_other else []
        prev_places = _single_country(mentions[prev.index], prev_people) if prev else None
        found = [exclusions.org_title_appositive(ref, s, ms, exclusions.org_country(s, ms, _to_parent(ref, _host_place(ref, s, more.capital_delegation(
            ref, s, ms, more.its_delegation(
                ref, s, _anaphor_sender(ref, s, more.sender_subject(ref, s, ms, _sender_place(ref, s, ms, more.body_office_holder(ref, s, ms, f, day))), prev_places),
                prev_places)), summit)), org_ids))
            for f in found if not _out_of_office(ref, f, summit, day, s) and not _person_met_elsewhere(s, ms, f, summit)
            and not exclusions.excluded(ref, s, ms, f, summit, organs) and not exclusions.company_officer(f)
            and not occasions.offstage(s, ms, f, summit, organs)
            and not (f.person and summit and ctx.onward_elsewhere(s, ms, f.person, summit.host_city))
            and not (f.person and summit and f.status != "absent" and more.met_on_trip(s, ms, f.person, summit.host_city))
            and not (f.person and (more.visitor_remark(s, f.person) or more.telling_aside(s, f.person)
                                   or more.list_at_other_meeting(s, f.person)))
            and not ctx.met_stranger(s, f) and not (f.person and ctx.place_owner(s, f.person))
            and not proxies.not_attendee(s, f)
            and not speeches.named_in_others_clause(s, f)
            and not (f.status == "absent" and f.country_id in uninvited)
            and not weighing.stranger_away(ref, s, f, invited)]
        found = [speeches.behalf_country(s, ps, f) for f in found] if ps else found
        if ministers_lede and not _LEADERS_OR_SUMMIT.search(s.text) and att.sentence_status(s.text, False) != "expected":
            found = [f for f in found if not (f.person and f.status != "absent" and not f.stand_in
                                                and (f.person.role or "") not in heads)]
        modelled.extend((s, f) for f in found if f.rule == amodel.RULE)
        found = [f for f in found if f.rule != amodel.RULE]
        findings.extend((s, proxies.nobody_from(s, f)) for f in found)
        ms = _anaphor_state(ref, s, ms, prev_places, _opens_with(prev, mentions[prev.index]) if prev else None)
        ms = generic_other_org(ref, s, ms, [x for j in (i - 1, i - 2) if j >= 0 for x in mentions[sentences[j].index]],
                               main_org)
        # a capital alone may stand for its state ('Damascus was suspended')
        if any(m.kind in ("country", "org", "demonym", "city") for m in ms) or any(p.country_id for p in ps):
            mfound = list_memberships(ref, s, ms, main_org, article.published)
            mfound += cue_memberships(ref, s, ms, ps, main_org, article.published)
            mfound += sequel_memberships(ref, s, ms, main_org, article.published, mfound)
            mfound += org_leader_memberships(s, ms, [f.person for f in found if f.person and f.status != "absent"])
            mfound += other_leaders_memberships(s, ms, prev_attendees)
            mfound += status_leaders_memberships(s, ps, main_org)
            mfound += founder_memberships(ref, s, ms, main_org) + appositive_holders(s, ms, ps, main_org)
            mfound += counted_bodies(s, ms, main_org)
            mfound += act_memberships(ref, s, ms, main_org, article.published) + treaty_memberships(ref, s, ms, main_org)
            mfound += along_with_holders(s, ms, ps, main_org)
            mfound += partner_tier(s, ms, main_org) + pending_exits(s, ms, main_org) + admitted_as_member(s, ms, main_org)
            mfound += counted_holders(ref, s, ms, main_org) + subject_statuses(s, ms, main_org)
            mfound += form_memberships(ref, s, ms, ps, main_org, article.published)
            mfound += prose_memberships(ref, s, ms, main_org, day)
            mfound += tier_memberships(s, ms, main_org) + denied_exits(s, ms, main_org) + led_allies(ref, s, ms, main_org)
            mfound += compared_accessions(ref, s, ms, main_org)
            mfound += clause_memberships(ref, s, ms, ps, main_org, prev)
            mfound += history_list_memberships(ref, s, ms, ps, main_org, article.published)
            mfound += status_memberships(ref, s, ms, main_org)
            mfound = without_denied_exits(mfound)
            mfound += shared_statuses(ref, s, ms, mfound)
            mfound += along_with_heads(ref, s, ms, mfound)
            mfound = own_clause_statuses(mfound)
            mfound += statuses.held_tiers(ref, s, ms, main_org)
            mfound += statuses.tier_lists(ref, s, ms, main_org) + statuses.followed_suspensions(s, ms, main_org, article.published, prev)
            mfound = statuses.ended_suspensions(s, revise_statuses(s, ms, mfound, main_org))
            anaphor = ms[0] if ms and ms[0].form == "anaphor" else None
            memberships.extend((s, m) for m in mfound if anaphor is None or m.span[0] != anaphor.start
                               or not re.search(r"[,;]", _RELATIVE_AFTER.sub("", s.text[anaphor.end - s.start: m.span[1] - s.start])))
        prev_attendees = [f.person for f in found if f.person and f.status != "absent" and not f.guest_cue
                          and f.country_id not in org_ids]
    ruled = {f.person.person_id for _, f in findings if f.person}
    findings += [(s, f) for s, f in modelled if f.person and f.person.person_id not in ruled]  # additions only
    return findings, memberships


# the lead-in of links to other articles: 'Related news', 'Related:', 'Read more', 'See also', 'You may also like'
_LINKS_HEAD = re.compile(r"^\W*(?:related|more|other|latest|recommended|popular|top|further)\s+(?:news|stories|articles|"
                         r"reading|coverage|content|links|on\s+this(?:\s+story)?)\b|^\W*(?:read|see)\s+(?:more|also)\b|"
                         r"^\W*also\s+(?:read|see)\b|^\W*you\s+may\s+also\s+like\b|^\W*related\s*(?::|$)", re.I)


def _link_lines(sentences: list[Sentence]) -> set[int]:
    """Return the indexes of sentences that are headlines of other articles, not this one's text.

    A line led by 'Also read:' or 'Read more:' is one; so are the lines under a 'Related news' heading, as long as
    they read as headlines (no closing full stop). The first sentence ending like prose closes the block.
    """
    out: set[int] = set()
    block = False
    for s in sentences:
        text = s.text.strip()
        if s.kind == "title":
            continue
        if _LINKS_HEAD.match(text):
            out.add(s.index)
            block = not re.search(r"[:\w]\s*:\s*\S", text)  # 'Also read: <headline>' is one link, not a block
            continue
        if block and not text.endswith((".", "!", "?", "\"", "”")) and len(text.split()) <= 20:
            out.add(s.index)
            continue
        block = False
    return out


# 'will not travel to the Moscow meeting', 'skipped the Minsk summit', 'expected at the Hanoi parade': a meeting or an
# event named by another city
_CITY_MEETING = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering|talks|event|parade|commemoration|"
                           r"ceremony|celebrations?|festivities|anniversary)\b", re.I)


def _other_city_meeting(s: Sentence, mentions: list[Mention], summit: Summit, people: Sequence[Person] = ()) -> bool:
    """Return True when the sentence names a meeting by a city other than the host city ('the Moscow meeting')
    and names no host city: what it says of attendance is of that meeting. A meeting told in an aside about someone
    ('B, whose country became a member at the Astana summit last year;') is the aside's alone."""
    cities = [m for m in mentions if m.kind == "city"]
    if not summit.host_city or any(m.entity_id == summit.host_city for m in cities):
        return False
    if any(_HELD_IN_OTHER.search(s.text[max(0, m.start - s.start - 120): m.start - s.start]) for m in cities):
        return True  # 'The 19th ASEAN Summit ... will be held in Bali in November; ... Obama has been invited'
    asides = _quiet_asides(s, people)
    return any(_CITY_MEETING.match(s.text[m.end - s.start: m.end - s.start + 40])
               and re.search(r"\bthe\s+$", s.text[max(0, m.start - s.start - 5): m.start - s.start], re.I)
               and not proxies.in_comparison(s, m.start) and not any(a <= m.start < b for a, b in asides)
               and not _RECALLED_BEFORE.search(s.text[max(0, m.start - s.start - 30): m.start - s.start]) for m in cities)


# another edition set in its own city: 'The 19th Summit, including the East Asia Summit, will be held in Bali'
_HELD_IN_OTHER = re.compile(r"\b(?:summits?|meetings?|sessions?)\b[^.;]{0,80}?\b(?:will\s+be|is\s+to\s+be|are\s+to\s+be|"
                            r"will\s+take\s+place|takes\s+place)\s+(?:held\s+|hosted\s+|staged\s+)?in\s+$", re.I)


# a meeting called to mind: 'a short speech recalling the Valletta meeting of 2015'
_RECALLED_BEFORE = re.compile(r"\b(?:recall\w*|remember\w*|evok\w*|invok\w*|echo\w*|harking\s+back\s+to)\s+the\s+$", re.I)


# an aside on someone: 'X, who skipped the CIS summit in October,', 'Y, whose country joined at the Astana summit;'
_PERSON_ASIDE = re.compile(r",\s*(?:who|whose|which)\s[^,;.]{0,160}(?=[,;]|\.?\s*$)")


def _quiet_asides(s: Sentence, people: list[Person]) -> list[tuple[int, int]]:
    """The spans of the sentence's relative asides that name no person: another meeting told there is the aside's, not
    the sentence's ('X, who hosted a summit last week attended by Y,' names Y there: that one is not quiet)."""
    spans = [(s.start + a.start(), s.start + a.end()) for a in _PERSON_ASIDE.finditer(s.text)]
    return [(a, b) for a, b in spans if not any(a <= p.mention.start < b for p in people)
            and _cue_outside(s.text[: a - s.start] + " " + s.text[b - s.start:])]


def _cue_outside(rest: str) -> bool:
    """The sentence has an attendance or absence cue of its own outside the aside ('X, who attended the Tokyo meeting
    in 1979, told reporters ...' has none: the aside is all it says of attendance)."""
    return bool(att.attend_cue(rest) or att.ABSENT.search(rest) or att.REPRESENT.search(rest))


# 'the envoy met X in Belgrade on Thursday': the object of a meeting set in another city
_MET_BEFORE = re.compile(r"\b(?:met|meets|meeting|visited|received)\s+(?:with\s+)?(?:the\s+)?$", re.I)
_IN_CITY_AFTER = re.compile(r"^\s+(?:in|at)\s+$", re.I)


_SPEAKING_IN_LEAD = re.compile(r"^\W*(?:speaking|writing|talking)\s+(?:to\s+[^,]{1,40}?\s+)?(?:in|from)\s+[^,]{2,60},\s*", re.I)


def _person_met_elsewhere(s: Sentence, mentions: list[Mention], f: att.AttendanceFinding, summit: Summit | None) -> bool:
    """Return True for a person met, visited or received in a city other than the host city ('met X in Belgrade')."""
    if f.person is None or summit is None or not summit.host_city:
        return False
    p = f.person
    lead = _SPEAKING_IN_LEAD.match(s.text)
    if lead and p.start - s.start - lead.end() <= 40 and not f.stand_in:
        # 'Speaking in Phnom Penh, X welcomed the decision and said he would travel to Hanoi': X spoke from elsewhere
        where = next((m for m in mentions if m.kind in ("city", "country") and m.start - s.start < lead.end()), None)
        if where is not None and summit.host_city not in (where.entity_id, where.canonical, where.text) and (
                where.kind == "city" or where.canonical != summit.host_country):
            return True
    if not _MET_BEFORE.search(s.text[max(0, p.start - s.start - 30): p.start - s.start]):
        return False
    city = next((m for m in mentions if m.kind == "city" and m.start >= p.end), None)
    return city is not None and city.entity_id != summit.host_city and bool(
        _IN_CITY_AFTER.match(s.text[p.end - s.start: city.start - s.start]))


def _in_other_city(s: Sentence, mentions: list[Mention], summit: Summit) -> bool:
    """'X told a press conference in Brussels': a sentence set in a city other than the host city (never named)."""
    cities = [m for m in mentions if m.kind == "city"]
    return bool(summit.host_city) and not any(m.entity_id == summit.host_city for m in cities) and any(
        re.search(r"\b(?:in|at)\s+$", s.text[max(0, m.start - s.start - 4): m.start - s.start]) for m in cities)


def _met_elsewhere(s: Sentence, mentions: list[Mention], summit: Summit) -> bool:
    """'X met Y in Paris last week': a meeting in a city other than the host city, with no other attendance cue."""
    if not _in_other_city(s, mentions, summit):  # cheap: most sentences name no city
        return False
    cues = [m.group(0).lower() for m in att.ATTEND.finditer(s.text)]
    return bool(cues) and set(cues) <= {"met", "meets"}


# 'Host President X greeted ...', 'the host, Prime Minister Y,', 'host nation's leader Z'
_HOST_TITLE = re.compile(r"(?<!next\s)(?<!last\s)(?<!former\s)(?<!future\s)(?<!previous\s)(?<!incoming\s)(?<!outgoing\s)"
                         r"\bhost(?:ing)?(?:\s+(?:country|nation|state)(?:['’]s)?)?(?:\s*,\s*|\s+)$", re.I)


# '... will chair the meeting', ', the host, presided over the summit': this meeting, not one named elsewhere
_CHAIRS_AFTER = re.compile(r"^\s*(?:will\s+|is\s+to\s+)?(?:chair(?:s|ed)?|presid(?:es|ed)\s+over)\s+the\s+"
                           r"(?:summit|meeting|talks|sessions?|gathering)\b(?!\s+(?:of|in)\s)", re.I)


def _host_place(ref: Reference, s: Sentence, f: att.AttendanceFinding, summit: Summit | None) -> att.AttendanceFinding:
    """A person named as the host, or said to chair this meeting ('President X will chair the summit'), with no
    country of their own in the text, is of the summit's host country."""
    if f.person is None or f.country_id or summit is None or not summit.host_country:
        return f
    if not _HOST_TITLE.search(s.text[max(0, f.span[0] - s.start - 40): f.span[0] - s.start]) and not (
            f.person.role and _CHAIRS_AFTER.match(s.text[f.person.end - s.start: f.person.end - s.start + 80])):
        return f
    country = ref.country_named(summit.host_country)
    if country is None:
        return f
    return replace(f, country_id=country.id, country=country.name,
                   person=replace(f.person, country_id=country.id, country=country.name))


# 'The kingdom sent a minister of state, X': the state the sentence before spoke of sends
_ANAPHOR_SENDER = re.compile(r"^\W*the\s+(?:kingdom|country|emirate|republic|sultanate|principality|nation|"
                             r"island\s+(?:nation|state))\s+(?:(?:has|had|will|would|is|was)\s+)?(?:also\s+|instead\s+)?$", re.I)


# 'X chairs the bloc this year. The country has been an associate member since 2005': the state of the sentence before
_ANAPHOR_STATE = re.compile(r"^\W*(?:the|this)\s+(?:country|kingdom|emirate|republic|sultanate|principality|nation)\b(?!['’])", re.I)
_ANAPHOR_IT = re.compile(r"^\W*(?-i:It)\b(?!['’])(?=\s+(?:(?:had|has|later|then|also|formally)\s+)*(?:left|quit|withdrew|pulled\s+out|walked\s+out|"
                         r"joined|rejoined|acceded|applied|returned|was\s+(?:suspended|readmitted|admitted|expelled)|"
                         # 'It has been suspended from the AU since a coup', 'It remains suspended'
                         r"(?:has|had)\s+been\s+(?:suspended|expelled|barred)|(?:is|remains)\s+(?:still\s+)?suspended)\b)")


# 'The country, which first applied in 2011, has since held observer status': a relative clause closed before the verb
# leaves the verb in the anaphor's own clause
_RELATIVE_AFTER = re.compile(r"^\s*,\s+(?:which|who)\b[^,;()]{3,160},", re.I)


def _opens_with_anaphor(s: Sentence) -> bool:
    """Whether a sentence opens with 'The country' or 'It' (a state of the sentence before may be its subject)."""
    return bool(_ANAPHOR_STATE.match(s.text) or _ANAPHOR_IT.match(s.text))


def _opens_with(s: Sentence, mentions: list[Mention]) -> str | None:
    """Return the country a sentence opens with, as its subject ('Eritrea is the only state outside the union.')."""
    first = next((m for m in mentions if m.kind == "country"), None)
    return first.entity_id if first and re.fullmatch(r"\W*(?:the\s+)?", s.text[: first.start - s.start], re.I) else None


def _anaphor_state(ref: Reference, s: Sentence, ms: list[Mention], prev_country: str | None,
                   prev_subject: str | None = None) -> list[Mention]:
    """Read a sentence-opening 'The country' as the one country of the sentence before (for the membership rules;
    only a cue in its own clause is read of it, not 'The kingdom returned in 2017, years after it walked out'),
    and an opening 'It' as that country when the sentence before opened with it."""
    m = _ANAPHOR_STATE.match(s.text) if prev_country else None
    if m is None and prev_country and prev_country == prev_subject:
        m = _ANAPHOR_IT.match(s.text)
    country = ref.countries.get(prev_country or "") if m else None
    if m is None or country is None or any(x.start < s.start + m.end() for x in ms):
        return ms
    return [Mention("country", s.start + m.start(), s.start + m.end(), m.group(0), country.id, country.name, "anaphor", 0.8), *ms]


def _in_the_place_of(found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """'Prince Charles came in place of Queen Elizabeth II': one who comes in the place of a named absent leader, with no
    state of his own, stands in for that leader's state."""
    away = {(f.country_id, f.country) for f in found if f.rule == "replaced_absent" and f.country_id}
    if len(away) != 1:
        return found
    (cid, name), = away
    return [replace(f, country_id=cid, country=name, stand_in=True) if f.country_id is None and f.person is not None
            and f.status != "absent" else f for f in found]


def _single_country(mentions: list[Mention], people: list[Person]) -> str | None:
    """Return the one country a sentence speaks of (by name, adjective or its people's country), if only one."""
    ids = {m.entity_id for m in mentions if m.kind in ("country", "demonym")} | {p.country_id for p in people if p.country_id}
    return next(iter(ids)) if len(ids) == 1 else None


def _anaphor_sender(ref: Reference, s: Sentence, f: att.AttendanceFinding, prev_country: str | None) -> att.AttendanceFinding:
    """'Saudi Arabia's King did not travel. The kingdom sent a minister of state, X': X is of the one country of the
    sentence before, whatever other country the sentence names later ('amid the crisis with Qatar')."""
    if f.rule != "sent_in_place" or f.person is None or prev_country is None:
        return f
    m = att.SEND.search(s.text)
    country = ref.countries.get(prev_country)
    if m is None or country is None or not _ANAPHOR_SENDER.match(s.text[: m.start()]):
        return f
    return replace(f, country_id=country.id, country=country.name,
                   person=replace(f.person, country_id=country.id, country=country.name))


def _sender_place(ref: Reference, s: Sentence, mentions: list[Mention], f: att.AttendanceFinding) -> att.AttendanceFinding:
    """'Kabul is sending its defence minister, X': one sent by a country, or by its capital, is of that country."""
    if f.rule != "sent_in_place" or f.country_id or f.person is None:
        return f
    m = att.SEND.search(s.text)
    if m is None:
        return f
    place = next((x for x in reversed(mentions) if x.end <= s.start + m.start() and x.kind in ("country", "city")), None)
    if place is None or not att._ABSENT_GAP.match(s.text[place.end - s.start: m.start()]):
        return f
    country = ref.countries.get(place.entity_id) if place.kind == "country" else ref.country_with_capital(place.entity_id)
    if country is None:
        return f
    return replace(f, country_id=country.id, country=country.name,
                   person=replace(f.person, country_id=country.id, country=country.name))


ORGAN_PARENTS = {"eec": "eaeu", "european-commission": "eu", "european-council": "eu", "european-parliament": "eu"}


def _parent_org(ref: Reference, org_id: str) -> str | None:
    """Return the organisation an organ belongs to (African Union Commission -> African Union), if any."""
    org = ref.organisations.get(org_id)
    if org is None or org.kind != "organ":
        return None
    if org_id in ORGAN_PARENTS:
        return ORGAN_PARENTS[org_id]
    parents = [o for o in ref.organisations.values() if o.kind != "organ" and o.id != org_id
               and org.name.startswith(o.name + " ")]
    return max(parents, key=lambda o: len(o.name)).id if parents else None


def _to_parent(ref: Reference, f: att.AttendanceFinding) -> att.AttendanceFinding:
    """Count an official of an organ under its parent organisation, as the truth vocabulary does."""
    parent = _parent_org(ref, f.country_id or "") if f.country_id else None
    if parent is None or parent not in ref.organisations:
        return f
    return replace(f, country_id=parent, country=ref.organisations[parent].name)


# 'the city hosted the leaders of the SCO', 'welcomed heads of state of the Arab League': another organisation's meeting
_HOSTED_ORG_LEADERS = re.compile(r"\b(?:host(?:ed|s|ing)|welcom(?:ed|es|ing)|gathered|brought\s+together|convened)\s+(?:the\s+)?"
                                 r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|"
                                 r"delegations|members)\s+of\s+(?:the\s+)?$", re.I)


def _about_other_summit(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> bool:
    """Return True for a sentence about another organisation's summit ('Modi met Xi at the BRICS summit in Kazan').

    So is one where a place hosted another organisation's leaders ('Samarkand hosted the leaders of the SCO'), and
    one where the organisation is what is attended or skipped ('will not attend the G8 either').
    """
    orgs = [m for m in mentions if m.kind == "org"]
    other = [m for m in orgs if ORG_SUMMIT.match(s.text[m.end - s.start: m.end - s.start + 40])
             or _HOSTED_ORG_LEADERS.search(s.text[max(0, m.start - s.start - 80): m.start - s.start])
             or _ATTEND_ORG.search(s.text[max(0, m.start - s.start - 60): m.start - s.start])]
    other = [m for m in other if not status_frames.trip_origin(s, m.start)  # 'who come straight from the ASEAN summit'
             and not roll.org_time_marked(s, m.start)  # 'arrives on Friday after attending the ASEAN summit'
             and not acts.in_person_aside(s, m.start)  # 'Xi, who also attended the BRICS gathering, was joined by'
             and not _ON_OUR_SIDELINES.search(s.text, 0, max(0, m.start - s.start))]
    ours = [m for m in orgs if m.entity_id == main_org]
    if not ours:
        return bool(other)
    # 'X flew in for the G7 meeting only; Japan is no NATO member': ours named in passing, in another clause
    if any(m in other for m in ours) or ";" not in s.text:
        return False
    semis = [i + s.start for i, c in enumerate(s.text) if c == ";"]
    clause = {bisect.bisect(semis, m.start) for m in ours}
    return any(bisect.bisect(semis, m.start) not in clause for m in other)


# a sentence of a report on the ministers' meeting that speaks of the leaders' summit too
_LEADERS_OR_SUMMIT = re.compile(r"\b(?:summits?|leaders?|heads?\s+of\s+state|presidents?)\b", re.I)
# 'X was in Kigali on the sidelines of the summit, where he addressed an IGAD summit': the other meeting is held at ours
_ON_OUR_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:summit|meeting|gathering)\b(?!\s+of\b)(?=[^.;]*?\b(?:where|at\s+which)\b)", re.I)
# 'will not attend the G8 at Camp David', 'skipped the CIS in Minsk': another organisation is what is attended
_ATTEND_ORG = re.compile(r"\b(?:attend(?:s|ed|ing)?|skip(?:s|ped|ping)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?|"
                         r"sit(?:s|ting)?\s+out|sat\s+out)\s+(?:the\s+|this\s+year['’]s\s+|next\s+week['’]s\s+)?$", re.I)


def _other_summit_dated(s: Sentence, mentions: list[Mention], main_org: str | None,
                        window: tuple[str, str] | None, published: str | None, people: Sequence[Person] = ()) -> bool:
    """Another organisation's summit on another day ('at the CIS summit on December 28, 2021, attended by X'),
    even when the summit's own organisation is named in passing ('whose countries are not CSTO members').

    A summit told in a relative aside about someone ('X, who skipped the CIS summit in October, stayed away') is
    the aside's; the rest of the sentence is read without it.
    """
    asides = _quiet_asides(s, people)
    return any(m.kind == "org" and m.entity_id != main_org and ORG_SUMMIT.match(s.text[m.end - s.start: m.end - s.start + 40])
               and not roll.org_time_marked(s, m.start) and not any(a <= m.start < b for a, b in asides)
               for m in mentions) and not any(
        m.kind == "org" and m.entity_id == main_org and ORG_SUMMIT.match(s.text[m.end - s.start: m.end - s.start + 40])
        for m in mentions) and att._dated_elsewhere(s.text, window, published)


# 'expected to attend the East Asia Summit', 'attended the Summit of the Americas', 'at the fifth summit of the
# Conference on ...': a summit named by its own name
_NAMED_SUMMIT = re.compile(r"\b(?:attend\w*|at|to|for|join\w*)\s+the\s+((?:(?-i:[A-Z])[\w'’-]*\s+){1,4})(?-i:Summit)\b"
                           r"|\b(?:attend\w*|at|to|for|join\w*)\s+the\s+(?:[\w-]+\s+)?summit\s+of\s+the\s+((?-i:[A-Z])[\w-]+)", re.I)
_SUMMIT_NAME_WORDS = re.compile(r"^(?:the|leaders['’]?|annual|ordinary|extraordinary|special|informal|emergency|jubilee|"
                                r"anniversary|first|second|third|\d+(?:st|nd|rd|th)|(?:19|20)\d\d|[\w-]+(?:st|nd|rd|th))$", re.I)


def _named_other_summit(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                        summit: Summit | None) -> bool:
    """Return True when the attendance is at a summit named by words other than the organisation, its place or
    its number ('expected to attend the East Asia Summit at that time'), and the sentence names no summit of
    the organisation itself. 'the 34th ASEAN Summit', 'the Hangzhou Summit', 'the Extraordinary Summit' stay."""
    if summit is None or any(m.kind == "org" and m.entity_id == main_org for m in mentions):
        return False
    for m in _NAMED_SUMMIT.finditer(s.text):
        if roll.time_marked_summit(s.text, m.start()):
            continue  # 'X arrives on Friday after attending the East Asia Summit': a trip to this one
        name = m.group(1) or m.group(2)
        a = s.start + m.start(1 if m.group(1) else 2)
        b = a + len(name.rstrip())
        inside = [x for x in mentions if a <= x.start and x.end <= b]
        if any(x.kind == "org" for x in inside):
            continue  # another organisation's summit is _about_other_summit's
        places = {w for x in inside if x.kind in ("city", "country", "demonym") for w in x.text.split()}
        words = [w for w in name.split() if w not in places and not _SUMMIT_NAME_WORDS.match(w)]
        if summit.host_city and any(w in summit.host_city for w in words):
            continue
        if words:
            return True
    return False


def _out_of_office(ref: Reference, f: att.AttendanceFinding, summit: Summit | None, day: str | None,
                   s: Sentence) -> bool:
    """A person whose every office of the reference ended before the summit, named with no office of their own
    or with the one they left ('Dilma Rousseff' after her removal, 'Barack Obama' at a 2017 summit), is
    named for the past. A new office in the text ('special envoy X', 'President-elect Y') keeps them."""
    p = f.person
    if p is None or not p.person_id or f.rule in ("bullet_list", "delegation_member") or f.stand_in or _ELECT_BEFORE.search(
            s.text[max(0, p.start - s.start - 40): p.start - s.start]):
        return False
    when = (summit.start if summit and summit.start else None) or day
    offices = ref.offices_of(p.person_id) if when else []
    if not offices or ref.offices_of(p.person_id, when[:10]):
        return False
    died = ref.people[p.person_id].died if p.person_id in ref.people else ""
    if _HONORARY_AFTER.match(s.text[p.end - s.start: p.end - s.start + 60]) and not (died and died[:10] < when[:10]):
        return False  # 'X, Kazakhstan's first president, was also present': a title kept for life, named as such
    return p.role is None or p.role in {o.role for o in offices}


_ELECT_BEFORE = re.compile(r"-(?:elect|designate)\s+$", re.I)
_HONORARY_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:(?:first|founding|honorary)\s+president|leader\s+of\s+the\s+nation|"
                             r"elbasy)\b", re.I)


EARLIER_DAYS = 14  # a past-tense sentence of a preview dated this long before the summit speaks of another meeting


def _earlier_in_preview(s: Sentence, published: str | None, summit: Summit | None) -> bool:
    """Return True for a past-tense sentence of a preview dated well before the summit ('... met in Astana in July').

    Before the summit nobody has attended it yet: a past sentence with a month or day weeks earlier than the
    summit (and none in its days) tells of an earlier meeting. Arrivals a day or two before still count.
    """
    start = parse_day(summit.start if summit else None)
    if start is None or att.sentence_status(s.text, True, travel_is_future=False) != "attended":
        return False
    ends = [_last_day(d.end or d.start) for d in find_dates(s.text, published, future=False) if d.precision in ("day", "month")]
    return bool(ends) and all(b is not None and (start - b).days > EARLIER_DAYS for b in ends)


def _last_day(value: str) -> dt.date | None:
    """Return the last day a date names: the day itself, or a month's last day ('2024-07' -> 2024-07-31)."""
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
        y, m = int(value[:4]), int(value[5:])
        return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return parse_day(value)


def _rest_of_line(text: str, sentences: list[Sentence], i: int, most: int = 4) -> list[Sentence]:
    """The sentences after the `i`th on its line (a list item going on: '- X: Premier Y. President Z stays home.')."""
    out = []
    for j in range(i + 1, min(len(sentences), i + 1 + most)):
        if "\n" in text[sentences[j - 1].end: sentences[j].start]:
            break
        out.append(sentences[j])
    return out


def _list_intro(s: Sentence, intro: Sentence | None, before: Sentence | None = None,
                same_line: bool = False, section: Sentence | None = None, bare: bool = False,
                year: str | None = None) -> Sentence | None:
    """Return the sentence introducing the bulleted list `s` belongs to ('Leaders attending:'), if any.

    A colon line with no cue of its own ('Beijing has chosen:') opens a list when the sentence before it
    speaks of guests or invitations ('The host has invited a few non-members.'), or when it stands under a heading
    of attendees (`section`: 'WHO'S COMING' ... 'From the partner states:'); the list takes its tense.
    A bare heading of the list's own kind ('WHO IS COMING') opens one too; a sentence going on with a bullet's
    line ('- X, President. X flies in on Monday.') keeps the list open without being an item itself, and so
    does a labelled line under such a heading ('Guests: A, B', 'European Union: President X').
    """
    if year and s.text.rstrip().endswith(":") and any(y < year for y in _YEAR_IN.findall(s.text)):
        return None  # 'The 1999 accord was signed by:': an earlier year's list
    if lst.roster_heading(s.text) or (s.text.rstrip().endswith(":") or s.kind == "heading" or _question_heading(s)) and (
            _LIST_INTRO.search(s.text) or roll.lead_heading(s.text) or s.text.rstrip().endswith(":") and (
                att.ATTEND.search(s.text) or att.ABSENT.search(s.text) or lst.list_heading(s.text)
                or _SIGNING_INTRO.search(s.text))):
        return s
    if intro is not None and same_line and not BULLET.match(s.text):
        return intro
    if s.kind == "heading" and _CAPS_HEADING.match(s.text):
        return None  # 'AFRICAN UNION (proposed member)': a box of its own closes the one before
    if s.text.rstrip().endswith(":") and before is not None and len(s.text.split()) <= 8 and (
            att.GUEST.search(before.text) and not att.ABSENT.search(before.text)):
        return Sentence(s.index, before.start, s.end, before.text + " " + s.text, s.kind)
    if intro is None and section is not None and s.text.rstrip().endswith(":") and len(s.text.split()) <= 16 and \
            not BULLET.match(s.text):
        return Sentence(s.index, section.start, s.end, section.text + " " + s.text, s.kind)
    return intro if intro is not None and (BULLET.match(s.text) or _list_line(s) or bare or section is not None and bool(
        _LABEL_LINE.match(s.text))) else None


# the signers of the summit's treaty: 'Signing the treaty were:', 'The charter was signed by:' (not a dated one's)
_SIGNING_INTRO = re.compile(r"\b(?:signing|signed\s+by|signatories|those\s+who\s+signed)\b", re.I)
_YEAR_IN = re.compile(r"\b((?:1[89]|20)\d\d)\b")


# a labelled line of a box: 'European Union: Commission President X', 'Outreach: A, B and C'
_LABEL_LINE = re.compile(r"^[^\W\d][^:.;!?]{0,40}:\s+\S")


def _question_heading(s: Sentence) -> bool:
    """Return True for an explainer's short question line standing as a heading ('Who will be round the table?')."""
    text = s.text.strip()
    return text.endswith("?") and len(text.split()) <= 10 and not BULLET.match(text) and text[:1] not in "\"“'‘"


def _section(s: Sentence, section: Sentence | None) -> Sentence | None:
    """Return the heading of attendees ('WHO WAS THERE') the sentence `s` stands under, if any: the last such
    heading, until a heading of another kind ('Trump's absence') closes its box."""
    if s.kind != "heading" and not _question_heading(s) or BULLET.match(s.text) or ":" in s.text:
        return section
    return s if _LIST_INTRO.search(s.text) else None


# a list's own heading: 'ATTENDING', 'Who is coming:', 'Who's going to Rio:', 'Leaders confirmed so far:', 'The line-up:',
# 'Who will be round the table?', 'And the invited guests?'
_LIST_INTRO = re.compile(r"^\W*(?:attending|in\s+attendance|attendees|participants)\W*$|"
                         # a tracker's box by tier: 'MEMBERS', 'OBSERVER STATES', 'GUESTS' (a heading alone)
                         # (in capitals only: a 'Members' heading over the bloc's history is no roster)
                         r"^\W*(?-i:(?:THE\s+)?(?:FULL\s+)?MEMBERS|MEMBER\s+(?:STATES|COUNTRIES|NATIONS)|OBSERVERS|OBSERVER\s+(?:STATES|COUNTRIES)|"
                         r"DIALOGUE\s+PARTNERS|PARTNER\s+(?:STATES|COUNTRIES)|(?:OTHER\s+)?(?:INVITED\s+)?GUESTS|OUTREACH(?:\s+GUESTS)?|"
                         r"(?:INVITED|GUEST)\s+(?:COUNTRIES|STATES|NATIONS)|INVITEES|(?:INTERNATIONAL\s+)?(?:ORGANI[SZ]ATIONS|INSTITUTIONS))"
                         r"(?:\s*\([^()]{1,30}\))?\W*$|"
                         # a factbox's colon line by tier, in any case: 'Member States (10):', 'Observers:'
                         r"^\W*(?:full\s+)?(?:members|member\s+(?:states|countries|nations)|observers|observer\s+(?:states|countries)|"
                         r"dialogue\s+partners)(?:\s*\(\d{1,3}\))?\s*:\s*$|"
                         r"\bwho(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+(?:coming|going(?!\s+to\s+(?!the\b)(?-i:[a-z]))|attending|expected|there|"
                         r"in\s+town|(?:a?round|at)\s+the\s+table)\b|\binvited\s+guests\b|\bwho\s+(?:was|were)\s+(?:there|present|in\s+attendance|at\s+(?-i:[A-Z])[\w'’-]+)|\bwho['’]s\s+who\b|\b(?:confirmed|expected)\s+(?:so\s+far|guests|attendees|leaders|participants)\b|"
                         r"\bline-?up\b|\bthose\s+(?:expected|attending|coming|invited|confirmed)\b|\b(?:leaders|heads\s+of\s+(?:state|government)|guests|delegations|participants)\s+"
                         r"(?:expected|confirmed|"
                         r"invited|coming|due)\b|\bguest\s+list\b|"
                         # 'Besides the members, Merkel invited:', 'The hosts have also invited:'
                         r"(?<![Nn]ot\s)(?<![Nn]ever\s)\binvited\s*:\s*$|"
                         # 'Among those who have confirmed:', 'Leaders who have accepted so far:'
                         r"\b(?:those|leaders|guests|heads\s+of\s+(?:state|government)|presidents)\s+who\s+"
                         r"(?:have\s+|has\s+|had\s+)?(?:already\s+|so\s+far\s+)?(?:confirmed|accepted)\b", re.I)
_ITEM_DASH = re.compile(r"^[^\W\d][^:—–]{1,40}?\s*(?:[—–:]|\s-)\s+\S")


def _list_line(s: Sentence) -> bool:
    """Return True for a list item without a bullet: a short line ('Malaysia — Prime Minister X', 'President Y')."""
    return s.kind == "heading" and not _CAPS_HEADING.match(s.text) or (len(s.text.split()) <= 12 and bool(_ITEM_DASH.match(s.text)))


# a heading in capitals opens a box of its own ('AFRICAN UNION (proposed member)'): no item of the box before
_CAPS_HEADING = re.compile(r"^\W*(?-i:[A-Z][A-Z'’.-]*)(?:\s+(?-i:[A-Z][A-Z'’.-]*))+\s*(?:\([^()]*\))?\s*$")


def _add_host(claims: list[Claim], findings: list[tuple[Sentence, att.AttendanceFinding]]) -> None:
    """Name the summit's host or chair: the first attendee next to 'host', 'hosted by' or 'chair'."""
    for s, f in findings:
        if f.person is None or f.status == "absent":
            continue
        a, b = f.span[0] - s.start, f.span[1] - s.start
        if _HOST_BEFORE.search(s.text[max(0, a - 40): a]) or _HOST_AFTER.match(s.text[b: b + 60]):
            claims[0].payload.update(host=f.person.canonical, host_id=f.person.person_id, host_role=f.role)
            return


def _summit_claim(summit: Summit) -> Claim:
    payload = {"summit_id": summit.summit_id, "name": summit.name, "org_id": summit.org_id,
               "organisation": summit.organisation, "host_city": summit.host_city, "host_country": summit.host_country,
               "start": summit.start, "end": summit.end, "date_text": summit.date_text, "date_method": summit.date_method,
               "edition": summit.edition, "host": None, "host_id": None, "host_role": None}
    return Claim("summit", (summit.summit_id,), payload, summit.sentence.text, summit.span, "summit_org_city_date",
                 0.9 if summit.host_city else 0.7, summit.start, summit.precision)


def _member_rank(f: MembershipFinding, day: str | None) -> tuple[bool, str, int]:
    """Rank findings by date (an undated one speaks as of the article's day), then by how specific the status is.

    Chairing an organisation only implies taking part in it, so it yields to any stated status ('an associate member
    since 2005' ... 'will chair the organisation next year', "X's chairmanship of the Commonwealth").
    """
    status = "member_readmitted" if f.rule == "readmitted" else f.status
    # an undated founding is older than any later exit; a first summit as a member comes after the joining it presupposes
    # an entry told in a history with a relative time, or a past entry with no date at all, is as old as that history:
    # 'A and B joined the following year' is older than 'A left in 1999'
    old = f.rule in ("history_accession", "history_ellipsis") or f.rule in ("joined", "acceded", "entered", "came_in") and f.status == "member"
    undated = "" if f.rule in _FOUNDING_RULES or f.rule == "as_member_first" or old else day
    return (f.rule not in ("chairs_org", "possessive_chair"), f.since or undated or "", -MEMBER_PRIORITY.index(status))


def _membership_claims(ref: Reference, found: list[tuple[Sentence, MembershipFinding]], sentences: list[Sentence],
                       day: str | None, mentions: dict[int, list[Mention]] | None = None,
                       people: dict[int, list[Person]] | None = None, summit: Summit | None = None) -> list[Claim]:
    """One claim per (organisation, country): the latest by its date, then the most specific status.

    With the sentences' mentions and people, the rules reading across sentences add their findings first.
    """
    if mentions is not None and people is not None and summit is not None:
        found = context_memberships(ref, sentences, mentions, people, summit.org_id, found) + found
        found = counted_status_leaders(ref, sentences, mentions, people, summit.org_id) + found
        found = group_followers(sentences, mentions, people, summit.org_id, found) + found
        found = history_memberships(ref, sentences, mentions, people, summit.org_id, day, found) + found
        found = recast_candidacies(signer_memberships(ref, sentences, mentions, people, summit.org_id, found) + found)
        found = statuses.pending_admissions_outrank(statuses.listed_partners_outrank(statuses.counted_bullets(sentences, mentions, summit.org_id)
                                                 + statuses.counted_suspensions(ref, sentences, mentions, summit.org_id, found)
                                                 + statuses.agreed_admissions(sentences, mentions, summit.org_id) + found))
    found = _presupposed(lifted_in_sentence(exit_after_entry(found)))  # 'suspended in March; the suspension was lifted in June'
    best: dict[tuple[str, str], tuple[Sentence, MembershipFinding]] = {}
    for s, f in found:
        key = (f.org_id, f.country_id)
        if f.country_id == f.org_id:
            continue  # 'became full members of the Shanghai Cooperation Organisation (SCO)': no body is its own member
        if (o := ref.organisations.get(f.country_id or "")) is not None and o.kind == "organ":
            continue  # 'suspended by the Peace and Security Council': an organ acts for its body, and is no member
        if f.status in ("observer", "observer_or_dialogue_partner") and f.country_id in ref.organisations:
            continue  # 'the SCO was granted observer status': an organisation observing another is no member state
        if key not in best or _member_rank(f, day) > _member_rank(best[key][1], day):
            best[key] = (s, f)
    claims = []
    for s, f in best.values():
        claims.append(_membership_claim(ref, s, f, day))
        beside = _beside(found, f, day)
        if beside is not None:  # 'India, an observer since 2005, has applied to join': a candidacy beside a held status
            claims.append(_membership_claim(ref, *beside, day, extra_key=beside[1].status))
    return claims


_HELD = frozenset({"observer", "dialogue_partner", "partner", "observer_or_dialogue_partner"})


def _beside(found: list[tuple[Sentence, MembershipFinding]], best: MembershipFinding,
            day: str | None) -> tuple[Sentence, MembershipFinding] | None:
    """Return the candidacy beside a held lesser status (or the held status beside a candidacy) of the same state."""
    if best.status not in _HELD | {"candidate"} or best.rule == "partner_tier" or best.status == "partner":
        return None  # the partner tier offered to an applicant answers its application
    other = [(s, f) for s, f in found if (f.org_id, f.country_id) == (best.org_id, best.country_id)
             and (f.status == "candidate") != (best.status == "candidate") and f.status in _HELD | {"candidate"}]
    return max(other, key=lambda x: _member_rank(x[1], day)) if other else None


def _membership_claim(ref: Reference, s: Sentence, f: MembershipFinding, day: str | None, extra_key: str = "") -> Claim:
    payload = {"org_id": f.org_id, "organisation": ref.organisations[f.org_id].name, "country_id": f.country_id,
               "country": f.country, "status": f.status, "since": f.since, "founding": f.rule == "founded_by"}
    valid = f.since or day
    key = (f.org_id, f.country_id, extra_key) if extra_key else (f.org_id, f.country_id)
    return Claim("membership", key, payload, s.text, f.span, f.rule, 0.85, valid, _precision(valid))


_AGAIN = re.compile(r"\b(?:again|once\s+more|a\s+second\s+time)\b", re.I)


def _presupposed(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """Drop the undated states that a dated or stronger one presupposes and so outlives.

    A return ('readmitted', 'rejoined') follows the exit or suspension it ends, so an undated exit or suspension of the
    same state ('the rift opened when the kingdom quit') is the earlier one, unless it happened 'again'; a suspension lasts
    until lifted, so an undated plain membership ('the other members met') does not end it; nor does it end an associate
    membership, nor an entry dated in these months (an undated membership beside it is the entry's own sequel).
    """
    returned = {(f.org_id, f.country_id) for _, f in found if f.rule in ("readmitted", "rejoined")}
    suspended = {(f.org_id, f.country_id) for _, f in found if f.status == "suspended"}
    # an associate membership is held in place of the full one: a list of members that lumps the state in is no later news
    associate = {(f.org_id, f.country_id) for _, f in found if f.rule in ("associate_member", "appositive_associate")}
    # a dated entry of these months is the news: an undated membership told beside it ('sits as a full member') is its sequel
    entered = {(f.org_id, f.country_id) for _, f in found if f.status == "joining" and f.since}

    def outlived(s: Sentence, f: MembershipFinding) -> bool:
        key = (f.org_id, f.country_id)
        if f.since is not None:
            return False
        if f.status in ("left", "suspended") and key in returned:
            return not _AGAIN.search(s.text[f.span[0] - s.start: f.span[1] - s.start + 25])
        if f.status == "member" and f.rule not in ("readmitted", "rejoined") and key in entered:
            return True  # 'became the tenth member in July ..., the first meeting at which Minsk sits as a full member'
        return f.status == "member" and f.rule not in ("readmitted", "rejoined") and (key in suspended or key in associate)
    return [(s, f) for s, f in found if not outlived(s, f)]


def _precision(value: str | None) -> str | None:
    return None if not value else {4: "year", 7: "month"}.get(len(value), "day")


# rules whose person takes the leader's place for part of the summit ('Y will take his place'): a stand-in even
# beside the leader
_PLACE_TAKERS = frozenset({"item_deputy"})


def _capacity(ref: Reference, f: att.AttendanceFinding, summit: Summit, members: dict[str, str],
              heads_present: set[str], day: str | None, absent_heads: frozenset[str] = frozenset()) -> str | None:
    """Return member, guest or stand_in for an attendee."""
    ranks = {r.name: r.rank for r in ref.roles}
    country = f.country_id
    rank = ranks.get(f.role or "")
    is_state = country is not None and country not in ref.organisations
    acting = bool(f.person and f.person.acting)
    if is_state and f.rule in _PLACE_TAKERS:
        return "stand_in"
    if is_state and country not in heads_present and (
            acting and f.status != "absent" or (f.stand_in and (rank != "head" or country in absent_heads))
            or rank in ("deputy", "minister", "official")):
        return "stand_in"
    reference_members = {ref.country_named(c).id if ref.country_named(c) else (ref.org_named(c).id if ref.org_named(c) else c): st
                         for c, st in ref.members_of(summit.organisation, day).items()}
    status = members.get(country or "") or reference_members.get(country or "")
    if status in MEMBER_STATUSES:
        return "member"
    if status or f.guest_cue or (country in ref.organisations) or (reference_members and country):
        return "guest"
    return None


SESSION_SLACK = 2  # a session dated this many days after the summit's last known day at most is one of its own
# a list of those taking part in the present tense: 'those taking part include', 'among those in Rome are'
_PRESENT_LIST = re.compile(r"\b(?:those|participants|guests|leaders|attendees)\s+(?:taking\s+part|attending|present|invited)?\s*"
                           r"(?:include|are)\b|\bamong\s+(?:those|the\s+(?:guests|leaders|participants))\s+(?:[\w-]+\s+){0,3}?are\b|"
                           r"\b(?:are|is)\s+among\s+(?:those|the\s+(?:guests|leaders|participants))\b", re.I)
_CONTEXT = 2  # the sentences before an attendee's, in its paragraph, that may date the session it speaks of


def _later_sessions(text: str, sentences: list[Sentence], found: list[tuple[Sentence, att.AttendanceFinding]],
                    summit: Summit, published: str | None) -> frozenset[int]:
    """Return the sentences of a report listing in the present tense the attendees of a session still to come.

    'Among those in town are X, who meets the leaders on Saturday' after 'The partners will join on Sunday' on the
    Friday; 'Y will host an outreach session on Friday. Those taking part include X' after the leaders' day: a
    sentence with a future, in the list's own or in the two before it in its paragraph, dates the session after
    the report (or on its day, once the summit's own days are over) and at most two days after the summit's.
    """
    pub, end = parse_day(published), parse_day(summit.end or summit.start)
    if pub is None or end is None or parse_day(summit.start) > pub:  # type: ignore[operator]
        return frozenset()
    pos = {s.index: i for i, s in enumerate(sentences)}
    out: set[int] = set()
    for s in {s.index: s for s, f in found if f.person and f.status == "attended"}.values():
        if not _PRESENT_LIST.search(s.text) or att.sentence_status(s.text, True, travel_is_future=False) == "attended":
            continue
        i = pos[s.index]
        for j in range(i, max(-1, i - _CONTEXT - 1), -1):
            c = sentences[j]
            if j < i and ("\n" in text[c.end: sentences[j + 1].start] or c.kind != "body"):
                break
            if att.FUTURE.search(c.text) and (j == i or att.sentence_status(c.text, True, travel_is_future=False) != "attended") and any(
                    d.precision == "day" and (b := parse_day(d.start)) is not None and (
                        pub < b <= end + dt.timedelta(days=SESSION_SLACK) or b == pub and end < pub)
                    for d in find_dates(c.text, published, True)):
                out.add(s.index)
                break
    return frozenset(out)


def _attendance_claims(ref: Reference, found: list[tuple[Sentence, att.AttendanceFinding]], summit: Summit,
                       memberships: list[Claim], sentences: list[Sentence],
                       day: str | None, later: frozenset[int] = frozenset()) -> list[Claim]:
    """One claim per attendee (a person, or a country named without one).

    A guest named for a session still to come (`later`) is expected, not there yet.
    """
    merged: dict[str, tuple[Sentence, att.AttendanceFinding]] = {}
    for s, f in found:
        key = f.person.person_id if f.person else "country:" + (f.country_id or "")
        old = merged.get(key)
        if old is not None and (s.kind == "title") != (old[0].kind == "title"):  # a headline yields to the body
            merged[key] = (old[0], _keep_frame(old[1], f)) if s.kind == "title" else (s, _keep_frame(f, old[1]))
        elif old is None or status_frames.outranks(f, old[1], STATUS_PRIORITY) or (
                f.status == old[1].status and f.stand_in and not old[1].stand_in):
            merged[key] = (s, _keep_frame(f, old[1] if old else None))
        elif old and (f.role and not old[1].role or f.country_id and not old[1].country_id):
            merged[key] = (old[0], _keep_frame(old[1], f))
    named_countries = {f.country_id for s, f in merged.values() if f.person and f.status != "absent"}
    ranks = {r.name: r.rank for r in ref.roles}
    absent_heads = frozenset(f.country_id for s, f in merged.values() if f.person and f.role and f.status == "absent"
                             and ranks.get(f.role) == "head")  # a head standing in for an absent head is a stand-in
    heads = {f.country_id for s, f in merged.values() if f.person and f.role and ranks.get(f.role) == "head"
             and f.status != "absent" and not f.stand_in}
    members: dict[str, str] = {}  # the article's membership claims for the summit's body, a member's status first
    for c in memberships:
        if c.payload["org_id"] == summit.org_id and members.get(c.payload["country_id"]) not in MEMBER_STATUSES:
            members[c.payload["country_id"]] = c.payload["status"]
    claims = []
    for key, (s, f) in merged.items():
        if not f.person and f.status != "absent" and f.country_id in named_countries:
            continue
        if f.status == "absent" and f.rule in weighing.PLACE_RULES and f.country_id in heads:
            continue  # 'the prime minister is staying behind in Moscow' while the president attends
        capacity = None if f.status == "absent" and not f.person else _capacity(ref, f, summit, members, heads, day, absent_heads)
        if capacity == "guest" and f.status == "attended" and s.index in later:
            f = replace(f, status="expected")
        payload = {"summit_id": summit.summit_id, "summit": summit.name, "person_id": f.person.person_id if f.person else None,
                   "person": f.person.canonical if f.person else None,
                   "name_as_written": f.person.name_as_written if f.person else None,
                   "role": _role_text(f), "country_id": f.country_id, "country": f.country, "status": f.status,
                   "capacity": capacity,
                   "mode": f.mode, "resolution": f.person.method if f.person else None,
                   "resolution_score": f.person.score if f.person else None}
        claims.append(Claim("attendance", (summit.summit_id, key), payload, s.text, f.span, f.rule,
                            (0.7 if f.rule == amodel.RULE else 0.85) if f.person else 0.75, summit.start, summit.precision))
    return claims


def _keep_frame(f: att.AttendanceFinding, other: att.AttendanceFinding | None) -> att.AttendanceFinding:
    """Fill a finding's missing role or country from another finding about the same attendee."""
    if other is None:
        return f
    from dataclasses import replace
    return replace(f, role=f.role or other.role, country_id=f.country_id or other.country_id,
                   country=f.country or other.country, stand_in=f.stand_in or other.stand_in,
                   guest_cue=f.guest_cue or other.guest_cue)


def _role_text(f: att.AttendanceFinding) -> str | None:
    if f.person and f.person.acting and f.role:
        return f"acting {f.role}"
    return f.role


def _other_events(ref: Reference, sentences: list[Sentence], people: dict[int, list[Person]],
                  published: str | None) -> list[Claim]:
    """Bilateral meetings (two named people who meet) and deaths ('X, who was killed in May')."""
    claims = []
    for s in sentences:
        ps = [p for p in people[s.index] if (p.person_id and not p.person_id.startswith("new:") or p.role)
              and p.role != "Spokesperson" and not p.former and not att.is_speaker(s, p)]
        ids = list(dict.fromkeys(p.person_id for p in ps))
        meeting = len(ids) == 2 and bool(_MEET.search(s.text))
        deaths = [p for p in people[s.index] if _DEATH.match(s.text[p.end - s.start: p.end - s.start + 240])]
        if not meeting and not deaths:
            continue
        dates = find_dates(s.text, published, future=bool(att.FUTURE.search(s.text)))
        when = dates[0] if dates else None
        if meeting:
            names = sorted(p.canonical for p in {p.person_id: p for p in ps}.values())
            claims.append(Claim("bilateral_meeting", tuple(sorted(ids)) + ((when.start if when else ""),),
                                {"people": names, "person_ids": sorted(ids), "when": when.start if when else None},
                                s.text, (s.start, s.end), "two_people_meet", 0.6, when.start if when else None,
                                when.precision if when else None))
        for p in deaths:
            claims.append(Claim("death", (p.person_id,), {"person_id": p.person_id, "person": p.canonical,
                                "role": p.role, "country": p.country, "when": when.start if when else None},
                                s.text, (p.start, s.end), "who_was_killed", 0.7, when.start if when else None,
                                when.precision if when else None))
    return claims


__all__ = ["EXTRACTOR_VERSION", "Extraction", "derive"]
