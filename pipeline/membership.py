"""Membership rules: lists of members and observers, joining, candidates, readmission, suspension, exit."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.dates import DateRef, find_dates
from pipeline.lists import read_list
from pipeline.membership_forms import (
    BID_TO,
    METONYM_STATUS_CLAUSE,
    ago_dates,
    list_target,
    past_no_year,
    recent_entry,
)
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_KINDS = ("country", "org")
# a status word used as a title: at the sentence start or after an article or possessive, never 'trading partners'
_TITLE_BEFORE = r"(?:^|(?<=\bthe\s)|(?<=\bits\s)|(?<=\bof\s)|(?<=['’]s\s))(?:(?-i:[A-Z]{2,})\s+)?"
# '... along with dialogue partner Turkey': an observer's or dialogue partner's title after 'with' too (not 'partners')
_TITLE_OR_WITH = r"(?:^|(?<=\bthe\s)|(?<=\bits\s)|(?<=\bof\s)|(?<=['’]s\s)|(?<=\bwith\s))(?:(?-i:[A-Z]{2,})\s+)?"
_GRANTED = r"\b(?:grant(?:ed|s|ing)?|gave|gives?|giving|award(?:ed|s|ing)?|accord(?:ed|s|ing)?|conferr?(?:ed|s|ing)?)\s+(?:full\s+)?"
# '..., and granted it to', 'then extended this status to': the status named before, then given to a list
_GRANTED_IT = (r"[^.;]{0,80}?\b(?:grant(?:ed|s|ing)?|gave|gives?|giving|award(?:ed|s|ing)?|accord(?:ed|s|ing)?|extend(?:ed|s|ing)?)\s+"
               r"(?:it|this\s+status|that\s+status|the\s+status)\s+to\s+")
# 'advanced economies such as', 'emerging powers including': kinds of states, then examples of them
_KINDS_SUCH_AS = (r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:economies|countries|states|nations|powers|democracies)\s+"
                  r"(?:such\s+as|including|like)\s+(?=(?:the\s+)?(?-i:[A-Z]))")
# the kind of states counted before their list: 'six former Soviet republics', '12 Pacific Rim economies', 'member states'
_COUNTED_KIND = (r"(?:(?!(?:and|or|of|in|with|that|which|who)\b)[\w-]+\s+){0,3}?"
                 r"(?:countries|states|nations|members|economies|republics|democracies|powers|monarchies|kingdoms|colonies|territories)")
_RANGE_TO = re.compile(r"(?:\s+in\s+the\s+(?:far\s+|extreme\s+)?(?:north|south|east|west)[\w-]*)?\s+to\s+"
                       r"(?:(?:[\w-]+\s+){1,3}?(?:such\s+as|like|including)\s+)?(?=(?:the\s+)?(?-i:[A-Z]))")
# a range's further kinds: '... to oil states like C and Pacific islands like D'
_RANGE_MORE_KINDS = re.compile(r"\s*,?\s+and\s+(?:[\w-]+\s+){1,3}?(?:such\s+as|like|including)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_SPANS = r"(?:rang(?:ing|e|es|ed)|stretch(?:ing|es|ed)?|run(?:ning|s)?|ran|span(?:ning|s|ned)?|extend(?:ing|s|ed)?|reach(?:ing|es|ed)?)"
# 'brings together 19 countries and the EU, from A and B to emerging powers such as C and D': the range spells them out
_FROM_RANGE = re.compile(r",?\s+(?:ranging\s+)?from\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_TO_KINDS = re.compile(r"\s+to\s+(?:" + _KINDS_SUCH_AS + r")?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# '19 countries - A, B and C - and the European Union': the body added after the closing dash is one too
_CLOSING_PLUS = re.compile(r"\s*(?:\s[-–—]{1,2}|[–—)])\s*(?:and|plus|as\s+well\s+as|along\s+with)\s+(?=the\s+(?-i:[A-Z]))", re.I)
# 'made up of Kenyan and Ethiopian troops', '... soldiers from A and B': a force's contingents
_TROOPS_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|peacekeepers|contingents|police(?:men)?|"
                           r"officers|units|battalions|experts|monitors|observers|volunteers|fighters)\b", re.I)
_MORE_KINDS = re.compile(r"\s+(?:with|and|as\s+well\s+as|alongside|plus)\s+" + _KINDS_SUCH_AS, re.I)
# (rule name, status, pattern whose end is where a list of places starts)
# an ordinal told in words from the second on: 'the tenth', 'the fifteenth', 'the twentieth', 'the twenty-first'
ORDINAL_WORD = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w*tieth|twenty-\w+)"
# the generic nouns for a body in the session-20 rules ('entered the alliance', 'a close partner of the bloc')
_BODY_WORDS = r"(?:alliance|bloc|organi[sz]ation|union|forum|grouping|community|commonwealth|league|association|group)"

def _tier_joining(tier: str) -> re.Pattern[str]:
    """'... making them associate states, joining A and B in that category': a tier's newcomers, then the ones joined."""
    return re.compile(r"\b(?:bec(?:ame|ome|omes|oming)|(?:mak(?:e|es|ing)|made)\s+(?:them|it))\s+(?:an?\s+)?" + tier +
                      r"\b[^.;:]{0,80}?,\s+joining\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


LIST_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    # 'founded in 1967 by', 'Founded in Cairo in March 1945 by', 'set up at Bangkok on 8 August 1967 by'
    # 'created by a treaty signed in Astana in May 2014 by A, B and C': the treaty between the verb and its signatories
    ("founded_by", "member", re.compile(r"\b(?:founded|established|created|set up|formed|proclaimed|launched)\s+(?:(?:by|under|through|with)\s+(?:an?|the)\s+"
                                        r"(?:[\w-]+\s+)?(?:treaty|agreement|charter|accord|convention)\s+(?:of\s+(?-i:[A-Z])[\w-]+\s+)?"
                                        r"(?:(?:(?:that\s+was|which\s+was)\s+)?(?:signed|concluded)\s+)?)?(?:(?:in|at|on)\s+(?:(?:\d{1,2}\s+)?"
                                        r"(?-i:[A-Z])[a-z]+\s+(?:\d{1,2},?\s+)?(\d{4})|(\d{4})|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})"
                                        # 'near Brest', 'in the Belavezha forest', 'outside Paris': the place, a word of kind after it
                                        r",?\s+|(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}"
                                        r"(?:\s+(?:forest|resort|castle|palace|estate|retreat|hotel|hall))?,?\s+){0,3}by\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+|"
                                        # 'founded in 1949 by twelve countries, among them A, B and C'
                                        # 'by 12 nations: A, B, ...', 'by 12 Pacific Rim economies, including A and B'
                                        r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\s+" + _COUNTED_KIND +
                                        r"(?:,?\s+(?:among\s+them|including|such\s+as|among\s+which|namely)\s+|\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*|,\s+(?=(?:the\s+)?(?-i:[A-Z])"
                                        # 'by 12 countries, Belgium among them'
                                        r"[\w.'’ -]{1,60}?\s+(?:among\s+them|included)\b)))?", re.I)),
    # 'the associated states Chile, Colombia and Peru', "the bloc's associate members - A, B and C"
    ("associated_states", "partner", re.compile(r"\b(?:(?:the|its)\s+|(?:bloc|group|union)['’]s\s+)associated?\s+(?:states|countries|members|"
                                                r"nations)\s*(?:\s[-–—]{1,2}\s*|[–—(:]\s*|,\s*)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'the seven governments that met as the South Pacific Forum in Wellington in August 1971 - A, B, C ... -': the
    # first meeting's states, spelt out after a dash or colon
    ("counted_first_met", "member", re.compile(
        r"\b(?:the\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:original\s+|founding\s+)?"
        r"(?:governments|states|countries|nations)\s+(?:that|which|who)\s+(?:(?:first\s+)?(?:founded|launched|created|set\s+up|formed)|"
        r"first\s+(?:met|gathered)|(?:met|gathered)\s+as\s+(?:the\s+)?(?-i:[A-Z]))[^.;:()–—]{0,120}?(?:\s[-–—]{1,2}\s*|\s*[–—(:]\s*)(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'X was one of the twelve founders that signed the treaty in 1949, along with A, B and C': its fellow founders
    ("founders_along", "member", re.compile(
        r"\b(?:one\s+of|among)\s+(?:the|its|their)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
        r"(?:founders|founding\s+(?:members|states|countries|nations|signatories)|founder\s+members|original\s+members)\b"
        r"[^.;:]{0,100}?,?\s+(?:along\s+with|alongside|together\s+with)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)),
    # 'The bloc was created in June 2001, when the presidents of A, B and C signed its charter': the states that founded it
    # 'formed as the G-4 in 1980, when A hosted the leaders of B, C and D': the host and its guests
    ("founded_when", "member", re.compile(r"\b(?:founded|established|created|set up|formed|(?<=\bwas\s)born)\s+(?:as\s+(?:the\s+|an?\s+)?"
                                          r"[\w-]+(?:\s+[\w-]+){0,2}?\s+)?"
                                          # the place first: 'founded at Rambouillet, outside Paris, in November 1975, when'
                                          r"(?:(?:at|near|outside)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*,?\s+"
                                          r"(?:(?:outside|near)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s*,\s+)?)?(?:in|on)\s+(?:(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+\s+"
                                          r"(?:\d{1,2},?\s+)?(\d{4})|(\d{4}))"
                                          # the place after the date: 'in December 1991 in a hunting lodge in the Belovezha forest, where'
                                          r"(?:\s+(?:in|at|near)\s+[^,;.]{1,60}?)?,?\s+(?:when|where)\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state|(?:foreign\s+|prime\s+)?ministers|"
                                          r"representatives|envoys)\s+of\s+)?"
                                          r"(?=[^.;]{3,160}?\b(?:signed|agreed|met|gathered|launched|hosted|invited|declared|proclaimed)\b)", re.I)),
    # 'The Treaty on the Eurasian Economic Union was signed in Minsk on 2 May 2015 by the presidents of A, B and C'
    ("treaty_signed_by", "member", re.compile(r"\b(?:founding\s+)?(?:treaty|charter)\s+(?:(?:on|establishing|creating|founding)\s+(?:the\s+)?"
                                             r"(?-i:[A-Z])[^.;,]{0,80}?|(?:at\s+the\s+heart\s+of|behind|underpinning)\s+the\s+(?:bloc|alliance|"
                                             r"organi[sz]ation|union|community|group))\s+(?:was|were)\s+signed\s+(?:(?:in|at|on)\s+(?:(?:\d{1,2}\s+)?"
                                             r"(?-i:[A-Z])[a-z]+\s+(?:\d{1,2},?\s+)?(\d{4})|(\d{4})|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})"
                                             # a place's aside: 'signed in Astana (now Nur-Sultan) in May 2014 by'
                                             r"(?:\s*\([^()]{1,40}\))?,?\s+){0,3}"
                                             # a time's aside: 'in May 1992, in the chaotic months after the Soviet collapse, by'
                                             r"(?:in\s+the\s+[^,;()]{1,60},\s+)?by\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+)?", re.I)),
    # 'its founding documents were signed in Minsk by the leaders of A, B and C'
    ("founding_papers_signed_by", "member", re.compile(
        r"\b(?:its|the\s+(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|commonwealth)['’]s)\s+founding\s+"
        r"(?:documents?|treaty|charter|agreements?|declaration|accords?)\s+(?:was|were)\s+signed\s+(?:(?:in|at|on)\s+(?:(?:\d{1,2}\s+)?"
        r"(?-i:[A-Z])[a-z]+\s+(?:\d{1,2},?\s+)?(\d{4})|(\d{4})|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})\s+){0,3}"
        r"by\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+)?", re.I)),
    # 'with members ranging from A and B to C and D': both ends of the range are members
    # 'It has 33 members, from A to B', 'its membership runs from A to B', '16 states stretching from A in the north to B'
    # (without 'ranging' the other end must follow)
    ("members_ranging", "member", re.compile(
        r"\b(?:(?:members|member\s+(?:states|countries|nations|economies))(?:\s*,?\s+(?:(?:that|which)\s+)?" + _SPANS + r")?|"
        r"membership\s*,?\s+(?:(?:that|which)\s+)?" + _SPANS + r"|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"\w+teen|twenty(?:-\w+)?|thirty(?:-\w+)?|fifty(?:-\w+)?|hundred(?:\s+and\s+\w+)?)\s+(?:member\s+)?(?:states|countries|nations|economies)"
        # ('134 countries, home to most of the world's people, ranging from giants such as A and B to ...')
        r"(?:\s*,[^,;:]{1,80},)?\s*,?\s+(?:(?:that|which)\s+)?" + _SPANS + r")\s*,?\s+from\s+"
        r"(?:(?:[\w-]+\s+){1,3}?(?:such\s+as|like|including)\s+)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'founding members include A and B', "the bloc's founders were A, B and C"
    # "its four founders - A, B, C and D -", 'with twelve founding participants: A, B, ...' (a dash, bracket or colon)
    ("founding_members", "member", re.compile(r"\bfounding\s+(?:members?|core|states|countries|nations|participants)\s*(?:include|including|are|were|of|,)\s*|"
                                              r"\b(?:founding\s+(?:members|states|countries|nations|participants|signatories)|founder\s+members|"
                                              r"(?:its|their|the|(?:the\s+)?[\w-]+['’]s)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                              r"twelve|\d{1,2}|original)\s+)*founders)\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))|"
                                              r"\bfounders\s+(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5}|bloc|group|grouping|"
                                              r"alliance|organi[sz]ation|union)\s+)?(?:include|are|were)\s*:?\s*", re.I)),
    # an acronym spelt out by its members: 'BRICS - Brazil, Russia, India, China and South Africa -'
    # (not a word of a heading in capitals: 'CENTRAL AMERICA - Panama's X, ...')
    ("acronym_of_members", "member", re.compile(r"(?<![\w-])(?<!(?-i:[A-Z]{2})\s)(?-i:[A-Z]{3,})\s*(?:\s[-–—]|\(|:)\s*(?=(?-i:[A-Z])[^.;]{3,120}?,[^.;]{3,120}?\band\b)", re.I)),
    # 'BRICS is an acronym for the five economies of A, B, ...', 'ASEAN now includes A, B and C' (a name or group noun before the verb)
    ("acronym_for_members", "member", re.compile(
        r"\bacronym\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:economies|countries|states|nations|powers)\s+(?:of\s+)?)?"
        r"(?=(?:the\s+)?(?-i:[A-Z]))|(?:(?<![\w-])(?-i:[A-Z][A-Z0-9-]+)|\b(?:bloc|grouping|alliance|organi[sz]ation|union|league|"
        r"commonwealth))\s+(?:now\s+|currently\s+|today\s+)?includes\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    ("observers_and_partners", "observer_or_dialogue_partner", re.compile(
        r"\bobservers?(?:\s+(?:states|countries|nations|members))?\s+(?:and|or)\s+(?:dialogue\s+)?partners?"
        r"(?:\s+(?:states|countries|nations))?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("observers", "observer", re.compile(
        r"\bobservers?(?:\s+(?:states|countries|nations|members))?\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("dialogue_partners", "dialogue_partner", re.compile(
        r"\bdialogue\s+partners?(?:\s+(?:states|countries|nations))?\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("partners", "partner", re.compile(
        r"\bpartner\s+(?:countries|states|nations)\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    # 'when Uzbekistan joined China, Russia and Kazakhstan as a founding member': the states joined were founders too
    ("joined_founders", "member", re.compile(
        r"\bjoined\s+(?=(?:the\s+)?(?-i:[A-Z])[^.;:]{0,160}?\s+as\s+(?:a\s+|the\s+)?(?:founding|founder|original)\s+members?\b)", re.I)),
    # 'since India and Pakistan became full members at Astana last June, joining China, Russia and Kazakhstan': the
    # members the newcomers joined
    ("became_members_joining", "member", re.compile(
        r"\bbec(?:ame|ome|omes)\s+(?:full\s+|the\s+(?:bloc|group|alliance|organi[sz]ation|union)['’]s\s+)?"
        r"(?:members|member\s+states)\b[^.;:]{0,80}?,\s+joining\s+(?:the\s+)?(?:founders\s+|founding\s+members\s+|existing\s+members\s+)?"
        r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # '... making them associate states, joining A, B and C in that category': the states joined hold the tier already
    ("associates_joining", "partner", _tier_joining(r"associate\s+(?:members?|states?|countries)")),
    ("observers_joining", "observer", _tier_joining(r"observers?(?:\s+(?:states?|countries))?")),
    # "SAARC's nine observers — A, B, C": a body's observers spelt out after a dash, bracket or colon
    ("counted_observers", "observer", re.compile(
        r"(?:\b(?:its|their)|(?<![\w-])(?-i:[A-Z][A-Za-z]+)['’]s|\bthe\s+(?:bloc|group|grouping|alliance|organi[sz]ation|union|"
        r"association|community)['’]s)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
        r"observers\s*(?:\s[-–—]{1,2}|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'The original four -- Brazil, Russia, India and China -- held their first meeting': the first members, spelt out
    ("original_n", "member", re.compile(
        r"\bthe\s+(?:original|founding|first)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
        r"(?:\s+(?:members|states|countries|nations|economies))?\s*(?:\s[-–—]{1,2}\s*|[–—(:]\s*)(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'That leaves A, B, C and D as the alliance's members'
    ("leaves_as_members", "member", re.compile(
        r"\bleaves\s+(?=(?:the\s+)?(?-i:[A-Z])[^.;:]{0,200}?\s+as\s+(?:the\s+|its\s+)?(?:(?:" + _BODY_WORDS + r"|"
        r"(?-i:[A-Z]{2,}))['’]s\s+)?(?:only\s+|remaining\s+|\w+\s+)?(?:full\s+)?(?:members|member\s+states)\b)", re.I)),
    ("members_include", "member", re.compile(
        r"\b(?<![Nn]on-)(?<![Nn]on\s)(?:(?:other|current|existing|full|permanent|new|its|the)\s+)?(?<![Aa]ssociate\s)(?<![Oo]bserver\s)"
        r"(?:member[- ](?:countries|states|nations|economies|territories)|members)"
        r"\s*,?\s+(?:include|includes|including|are|such\s+as|namely)\s*:?\s*", re.I)),
    # an appositive list after a dash, bracket or colon: 'the bloc's four observer states - A, B, C and D'
    ("appositive_observers", "observer", re.compile(
        r"\bobserver\s+(?:states|countries|nations|members|economies)\s*(?:\s[-–—]|[–—(:])\s*(?=(?-i:[A-Z]))|"
        # 'a handful of observers - among them A, B and C'
        r"\bobservers\s*(?:\s[-–—]|[–—(:]|,)\s*(?:among\s+them|including|notably)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    ("appositive_partners", "dialogue_partner", re.compile(
        r"\bdialogue\s+partners\s*(?:\s[-–—]|[–—(:])\s*(?=(?-i:[A-Z]))", re.I)),
    ("appositive_members", "member", re.compile(
        r"(?:-(?:member|nation|country|state)\s+(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|forum|"
        r"club|community)|\b(?=mem)(?<!observer\s)(?<![Nn]on-)(?<![Nn]on\s)(?:member[- ](?:states|countries|nations|economies)|(?<!other\s)members))"
        r"\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'the five BRICS countries - A, B, C, D and E': an organisation's states spelt out (checked: the name is an organisation's)
    ("org_countries_dash", "member", re.compile(
        r"(?<=\s)(?P<org>(?-i:[A-Z][\w-]*))\s+(?:countries|states|nations)\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'the alliance's Mediterranean partners - A, B and C', 'the bloc's four Pacific partners — A, B, C and D —':
    # an organisation's named partners, listed after a dash or colon
    ("appositive_org_partners", "partner", re.compile(
        r"\b(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|(?-i:[A-Z][\w-]*))['’]s\s+(?:other\s+)?"
        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
        r"partners\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'the club groups rich democracies such as A and B with emerging economies including C and D'
    ("comprised_kinds", "member", re.compile(
        r"\b(?:comprised|comprises|comprising|consists\s+of|is\s+made\s+up\s+of|brings\s+together|groups|unites|includes)\s+"
        + _KINDS_SUCH_AS, re.I)),
    # 'The G20 groups 19 countries - A, B, ... - plus the EU', 'the bloc comprises ten states: A, B, ...'
    ("comprised_count", "member", re.compile(
        r"\b(?:comprised|comprises|comprising|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|brings\s+together|groups|unites|"
        r"includes|has|had)\s+(?:(?:the|its|all)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
        r"twenty(?:-\w+)?)\s+" + _COUNTED_KIND +
        # 'brings together 19 countries and the European Union: A, B, ...': the body named before the colon is one too
        r"(?:\s+(?:and|plus)\s+(?P<extra>the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,4}))?\s*"
        r"(?:\s[-–—]|[–—(:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'is made up of 19 nations and the European Union': the body counted in with the unnamed states
    ("comprised_count_plus", "member", re.compile(
        r"\b(?:comprised|comprises|comprising|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|brings\s+together|groups|unites)\s+"
        r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:-\w+)?)\s+(?:(?:member|sovereign)\s+)?"
        r"(?:countries|states|nations|economies)\s+(?:and|plus)\s+(?=the\s+(?-i:[A-Z]))", re.I)),
    # 'started the process of admitting A and B as full members': an admission begun is a candidacy
    # 'made the French territories of A and B associate members': a tier given to the states listed
    ("made_associates", "partner", re.compile(
        r"\bmade\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:territories|islands|states|countries)\s+of\s+)?(?=(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?"
        r"\s+associate(?:d)?\s+(?:members|states)\b)", re.I)),
    ("admission_process", "candidate", re.compile(
        r"\b(?:process|procedure|start|beginning|path|road)\s+(?:of|for|to(?:wards)?)\s+(?:the\s+)?(?:admitting|"
        r"admission\s+(?:procedures?\s+|process\s+)?(?:of|for)|accession\s+(?:procedures?\s+|process\s+)?(?:of|for))\s+", re.I)),
    ("comprised", "member", re.compile(
        r"\b(?:comprised|comprises|comprising|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|brings\s+together|groups|unites|(?:expand|enlarg|widen|extend|broaden)(?:ed|s)?\s+to\s+include)\s+|\b(?:bloc|grouping|club)\s+of\s+(?=(?-i:[A-Z]))"
        # 'it now counts A, B and C' (a body's present roll: 'now' before the verb)
        r"|\bnow\s+counts\s+(?=(?:the\s+)?(?-i:[A-Z]))"
        # 'until now the CSTO united A, B and C' (past 'united' only after the body's name: 'the crisis united them' is none)
        r"|(?<![\w-])(?:(?-i:[A-Z]{2,})|bloc|alliance|organi[sz]ation|union|community|grouping)\s+(?:had\s+)?united\s+(?=(?:the\s+)?(?-i:[A-Z]))"
        # 'the G7 of A, B and C': an acronym spelt out by a list of two or more
        r"|(?<![\w-])(?P<acro>(?-i:[A-Z][A-Z0-9-]*[A-Z0-9]))\s+of\s+(?=(?:the\s+)?(?-i:[A-Z])[^.;:]{2,60}?(?:,|\band\b))", re.I)),
    # 'grew to 26 members with the admission of seven states: A, B, ...', 'enlarged in 2004 through the accession of A and B':
    # an enlargement made by the entry of the states listed
    ("admission_of", "joining", re.compile(
        r"\b(?:grew|grown|expanded|enlarged|widened|rose)\b[^.;:]{0,60}?\b(?:with|after|following|through)\s+the\s+"
        r"(?:admission|accession|entry)\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:countries|states|nations|democracies|republics)\s*(?::|\s[-–—]|,)\s*)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'admitted A as new members', 'formally admitted X as the eleventh member of their bloc'
    ("admitted_as_members", "joining", re.compile(r"\badmit(?:ted|s|ting)\s+(?=[^.;]{3,80}?\bas\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|full\s+|"
                                                 r"\d+\w*\s+(?:and\s+(?:the\s+)?\d+\w*\s+)?|" + ORDINAL_WORD + r"\s+(?:full\s+)?)?members?\b)", re.I)),
    # 'officials recommended that A, B and C be invited to join': an invitation proposed, not yet made
    ("proposed_invitation", "candidate", re.compile(
        r"\b(?:recommend(?:ed|s|ing)?|propos(?:ed|es|ing)|suggest(?:ed|s|ing)?|urg(?:ed|es|ing))\s+that\s+(?=(?:the\s+)?(?-i:[A-Z])"
        r"[^.;]{2,120}?\s+(?:be|should\s+be)\s+(?:invited|admitted|allowed|asked)\s+to\s+(?:join|become))", re.I)),
    ("invited_to_join", "candidate", re.compile(r"\binvit(?:e|ed|es|ing)\s+(?=[^.;]{3,80}?\bto\s+(?:join|become\s+(?:full\s+)?members?|"
                                               # 'invited Tashkent to consider membership'
                                               r"consider\s+(?:joining|(?:full\s+)?membership|accession)\b|(?:start|begin|open|launch)\s+(?:formal\s+)?(?:accession|membership)\s+(?:talks|negotiations)))", re.I)),
    # 'pressed for A and B to be included', 'lobbied for C to be admitted as a member': an enlargement sought for them
    ("pressed_to_include", "candidate", re.compile(
        r"\b(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|lobb(?:ied|ies|y|ying)|argu(?:ed|es|ing)|campaign(?:ed|s|ing)?|fought)\s+for\s+"
        r"(?=(?:the\s+)?(?-i:[A-Z])[^.;:]{0,80}?\s+to\s+be\s+(?:included|admitted|taken\s+in)(?=\s*(?:[,.;]|$)|\s+(?:as\s+(?:new\s+|full\s+)?"
        r"members?|in\s+the\s+(?:(?:first|next|second|coming)\s+)?(?:wave|round|enlargement|expansion))\b))", re.I)),
    # a status as a title before the names: 'Partners Finland and Sweden', 'the bloc's observers Iran and Mongolia'
    ("status_title_dialogue", "dialogue_partner", re.compile(_TITLE_OR_WITH + r"dialogue\s+partners?\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    ("status_title_observers", "observer", re.compile(_TITLE_OR_WITH + r"observers?(?:\s+(?:states|countries|nations))?\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    ("status_title_partners", "partner", re.compile(_TITLE_BEFORE + r"partners?(?:\s+(?:states|countries|nations))?\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'granted dialogue partner status to A, B and C', 'gave observer status to A'
    ("granted_status_dialogue", "dialogue_partner", re.compile(_GRANTED + r"dialogue[\s-]+partner\s+status\s+to\s+", re.I)),
    ("granted_status_observer", "observer", re.compile(_GRANTED + r"observer\s+status\s+to\s+", re.I)),
    # 'will grant A and B observer status', 'gave Moldova the status of an observer state' (the object before the status)
    ("granted_object_observer", "observer", re.compile(
        r"\b(?:grant(?:ed|s|ing)?|gave|gives?|giving|award(?:ed|s|ing)?|accord(?:ed|s|ing)?)\s+(?=(?:the\s+)?(?-i:[A-Z])(?:(?!\b(?:request|application|bid|appeal)\b)[^.;:]){0,80}?"
        r"\s(?:(?:full\s+)?observer\s+status|(?:the\s+)?status\s+of\s+(?:an?\s+)?(?:(?-i:[A-Z][A-Z0-9-]+)\s+)?observer)\b)", re.I)),
    ("granted_object_dialogue", "dialogue_partner", re.compile(
        r"\b(?:grant(?:ed|s|ing)?|gave|gives?|giving|award(?:ed|s|ing)?|accord(?:ed|s|ing)?)\s+(?=(?:the\s+)?(?-i:[A-Z])(?:(?!\b(?:request|application|bid|appeal)\b)[^.;:]){0,80}?"
        # 'decided to grant Nepal the status of SCO dialogue partner': the body's acronym before the status noun
        r"\s(?:dialogue[\s-]+partner\s+status|(?:the\s+)?status\s+of\s+(?:an?\s+)?(?:(?-i:[A-Z][A-Z0-9-]+)\s+)?dialogue[\s-]+partner)\b)", re.I)),
    # 'created the status of dialogue partner and granted it to A and B': the status named before the pronoun
    ("granted_it_dialogue", "dialogue_partner", re.compile(
        r"\b(?:dialogue[\s-]+partner\s+status|status\s+of\s+(?:an?\s+)?dialogue[\s-]+partners?)\b" + _GRANTED_IT, re.I)),
    ("granted_it_observer", "observer", re.compile(
        r"\b(?:observer\s+status|status\s+of\s+(?:an?\s+)?observers?)\b" + _GRANTED_IT, re.I)),
    # 'the aspirant countries, A, B and C', 'aspirants such as A and B', 'the formal applicants are A and B': states seeking membership
    ("aspirants", "candidate", re.compile(
        r"\b(?:aspirants?|applicants?)(?:\s+(?:countries|states|nations))?\s*(?:,\s*|\s+(?:include|including|are|were|such\s+as)\s*:?\s*|"
        r"\s*(?:\s[-–—]|[–—(:])\s*)(?=(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # 'three states remain suspended from the bloc: A, B and C', 'are under suspension for coups: A and B'
    ("suspended_colon", "suspended", re.compile(
        r"\b(?:states|countries|nations|members|governments)\b[^.:;()]{0,80}?\b(?:under\s+suspension|(?:are|were|remain|remained|stay|stayed)\s+"
        r"(?:currently\s+|still\s+)?suspended)\b[^.:;()]{0,80}:\s*", re.I)),
    ("member_state", "member", re.compile(r"\bmember[- ](?:state|country|nation)\s+", re.I)),
    # 'endorsed by most members, though A, B and C stayed out': the exceptions are members too
    ("members_except", "member", re.compile(
        r"\b(?:most|all|nearly\s+all|almost\s+all|the\s+other|other)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:members|member\s+(?:states|countries|nations|economies))\b,?\s+(?:though|although|but|except(?:\s+for)?|apart\s+from|save|"
        r"with\s+the\s+exception\s+of)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)),
]
# 'joined NATO's Partnership for Peace', 'joined the bloc's Eastern Partnership' (not a trade pact)
_JOINED_PARTNERSHIP = re.compile(
    r"\b(?:joined|joins?|joining)\s+(?:the\s+|its\s+)?(?:(?:alliance|bloc|union|organi[sz]ation|"
    r"(?:(?-i:[A-Z])[\w-]*\s+(?:of\s+)?){0,5}(?-i:[A-Z])[\w-]*)['’]s\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:(?:\w+-)?trade|economic|trans-[\w-]+|comprehensive|strategic|investment)\b)(?:[\w'’-]+\s+){0,3}?"
    r"partnership\b(?!\s+(?:council|summit|meeting|talks|agreement|deal|pact|treaty)\b)", re.I)
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|newest|"
            r"new|latest)")
# a status given to the state named after the verb (or 'it', the state before): {} is the status noun
_MADE_STATUS = (r"\b(?:mak(?:e|es|ing)|made)\s+(?=(?:it|(?:the\s+)?(?-i:[A-Z])[\w'’ .-]{{0,40}}?)\s+(?:the|its|an?)\s+"
                r"(?:[\w-]+['’]s\s+)?" + _ORDINAL + r"\s+{0}\b)"
                r"|\b(?:admit(?:ted|s|ting)|accept(?:ed|s|ing)|welcom(?:ed|es|ing))\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’ .-]{{0,40}}?\s+as\s+"
                r"(?:an?\s+|its\s+|the\s+)?(?:[\w-]+['’]s\s+)?(?:" + _ORDINAL + r"\s+)?{0}\b)")
# 'from 1 January', 'as of next year', 'on July 1': the day an entry takes effect
_ENTRY_DAY = (r"\s+(?:from|as\s+of|with\s+effect\s+from|starting|on)\s+(?:\d|next\b|(?-i:January|February|March|April|May|June|July|August|"
             r"September|October|November|December)\b)")
# (rule name, status, cue) where the subject is the nearest place, or 'his/its country'
# companions of an entry, then its year: ' alongside Latvia and Lithuania in 2004', ', along with A and B, in 2004'
_ALONGSIDE_DATED = (r"\s*,?\s+(?:together\s+with|along\s+with|alongside)\s+(?:(?:its\s+)?(?:neighbou?ring|fellow)\s+)?(?:the\s+)?"
                    r"(?-i:[A-Z])[^.;()]{0,80}?,?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b")
_ALONGSIDE_DATED_RE = re.compile(_ALONGSIDE_DATED, re.I)
# what a relative clause's subject joined, named before it: 'the talks, which India joined', 'a coalition that A joined'
# (not 'the bloc, which A joined', 'NATO, which A joined')
_THING_JOINED = re.compile(r"\b(?!(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|club|community|"
                           r"partnership|pact)\b)(?-i:[a-z][\w-]*)\s*,?\s+(?:which|that)\s+(?:the\s+)?$", re.I)
# a return told without its body ('and brought back in 1984', 'came back in 1994'), and the exit it must follow
_BARE_RETURN = re.compile(r"(?:was|were|and)\s+(?:(?:later|finally|only|then)\s+)?(?:brought\s+back|restored|let\s+back\s+in)$|"
                          r"(?:came|comes|come)\s+back", re.I)
_EXIT_BEFORE = re.compile(r"\b(?:left|quit|withdrew|walked\s+out|pulled\s+out|suspended|expelled|excluded|lost\s+(?:its|their)\s+seat)\b", re.I)
# ', a circle that Britain joined last year': the joined circle of a status
_CIRCLE_JOINED = (r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:circle|group|club|category|tier|ranks|list)\s+(?:that|which)\s+"
                  r"(?=(?:the\s+)?(?-i:[A-Z])[^,;.]{0,40}?\bjoined\b)")
CUE_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("joining", "joining", re.compile(
        r"\btransition(?:s|ing|ed)?\s+to\s+full\s+membership|\b(?=bec)(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?:become|becomes|became|becoming)\s+(?:a\s+|the\s+|its\s+)?"
        r"(?:[\w-]+['’]s\s+)?(?:(?:full(?:[- ]fledged)?|fully[- ]fledged|permanent|newest|new|\d+\w*(?:\s+and\s+\d+\w*)?|"
        # 'became the bloc's tenth member' (not 'the first member to ratify': a first among members)
        + ORDINAL_WORD + r"(?=\s+"
        r"(?:full\s+)?member\b(?!s?\s+(?:to|that|which|who)\b)))\s+(?:full\s+)?(?:member|participant\b)|"
        # 'became a member of the bloc on Friday', 'became a member in 2015' (not 'a member of parliament')
        r"members?(?=\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|club|forum)\b(?!['’]))"
        r"|\s+(?:in|on)\s+(?:\d|(?-i:[A-Z]))|\s+(?:last|this)\s+(?:year|month|week)\b|\s*(?:[.;]|$))|(?:newest|\d+(?:st|nd|rd|th))\s+ally\b)|\baccorded\s+full\s+membership|\bgranted\s+(?:full\s+|permanent\s+)*"
        r"member(?:ship)?|\bnewest\s+(?:member|ally)\b|\binduct(?:s|ed|ing)?\b|\bjoin(?:s|ed)?\s+as\s+(?:a\s+)?(?:full\s+)?member|"
        # 'joined as the bloc's tenth member', 'joins as its newest member'
        r"\bjoin(?:s|ed)?\s+as\s+(?:the|its)\s+(?:[\w-]+['’]s\s+)?(?:" + _ORDINAL + r"|(?:\w+teen|\w*tie)th|twenty-\w+)\s+(?:full\s+)?member\b|"
        r"\bformally\s+join(?:s|ed)?|\b(?:incorporated|integrated)\s+as\s+(?:a\s+)?(?:full\s+)?member\b|\badmitted\s+as\s+(?:a\s+|the\s+|its\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|eleventh|twelfth|newest|latest)\s+)?(?:full\s+|new\s+)?(?:member|participant\b)|\bfull,?\s+permanent\s+membership"
        # 'will become full members from 1 January': an entry on a set day is decided, not pending
        r"|\bwill\s+become\s+(?:a\s+|full\s+|its\s+)*members?\b(?=" + _ENTRY_DAY + r")"
        # 'A and B became the first former Soviet states to join the alliance in 2004'
        r"|\b(?:became|become|becomes)\s+the\s+(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+){0,5}?to\s+join\b", re.I)),
    # 'South Africa took its place at the table for the first time in 2011', 'Timor-Leste took up its seat in the bloc'
    ("took_its_seat", "joining", re.compile(r"\b(?:took|takes|taking)\s+(?:up\s+)?(?:its|their)\s+(?:own\s+)?(?:place|seat)\s+"
                                            r"(?:at\s+the\s+(?:[\w-]+\s+)?table|in\s+the\s+(?:bloc|group|grouping|club|forum|alliance|"
                                            r"organi[sz]ation|union|league|community)|as\s+(?:a\s+)?(?:full\s+)?member)\b", re.I)),
    # 'Mexico was brought into the club in 1994', 'welcomed into the alliance': a state taken in (dated earlier, a member)
    ("brought_in", "joining", re.compile(r"\b(?:brought|taken|welcomed|admitted|inducted)\s+in(?:to)?\s+(?:the\s+)?"
                                         r"(?:club|bloc|group|grouping|alliance|organi[sz]ation|union|league|forum|fold|community)\b(?!['’])"
                                         # 'X was brought in the following year', '... was brought in in 2010' (no object: the organisation)
                                         r"|\b(?:was|were)\s+(?:brought|taken|welcomed)\s+in\b(?=\s+(?:the\s+(?:following|next|same)\s+year|"
                                         r"in\s+(?:19|20)\d{2})\b|\s*[.;]|\s*$)", re.I)),
    # 'making Morocco the union's 55th member', 'made Timor-Leste its newest member': the state after the verb joins
    ("made_member", "joining", re.compile(
        r"\b(?:mak(?:e|es|ing)|made)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’ .-]{0,40}?\s+(?:the|its|an?)\s+(?:[\w-]+['’]s\s+)?"
        r"(?:\d+(?:st|nd|rd|th)|newest|new|latest|full)\s+(?:full\s+|permanent\s+)?member\b)", re.I)),
    # 'made Nepal its newest dialogue partner', 'admitted Laos as an observer', 'making it the bloc's fifth observer'
    ("made_observer", "observer", re.compile(_MADE_STATUS.format(r"observer(?:\s+(?:state|country|nation))?"), re.I)),
    ("made_dialogue", "dialogue_partner", re.compile(_MADE_STATUS.format(r"dialogue[\s-]+partner"), re.I)),
    ("applied", "candidate", re.compile(
        r"\bappl(?:ied|ies|y)\s+(?:to\s+(?:re-?)?join|for\s+(?:full\s+)?(?:(?-i:[A-Z][\w-]*)(?:['’]s)?\s+){0,3}?(?:full\s+)?membership)|"
        # 'Sweden, which applied together with Finland in May last year': a bare application, with its fellow or its date
        r"(?<=\bwhich\s)applied(?=\s+(?:(?:together|along|jointly)\s+with\s+(?-i:[A-Z])|in\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?:19|20)\d{2}|last\s+year)\b))|"
        # 'has made membership in the alliance a long-term goal', 'made accession its top priority'
        r"\b(?:made|makes|making|make)\s+(?:full\s+)?(?:membership|accession)\s+(?:(?:in|of|to)\s+[^.;,]{1,60}?\s+)?(?:a|its|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:goal|priority|aim|objective)\b|"
        # 'Macedonia, which was meant to join alongside them, remains outside': an entry planned that did not happen
        r"\b(?:was|were|had\s+been)\s+(?:meant|supposed|due|slated|scheduled)\s+to\s+(?:join|become\s+(?:a\s+|the\s+)?(?:full\s+)?"
        r"members?)\b[^.;]{0,80}?\b(?:remains?|stays?|still|but|blocked|vetoed|held\s+up|outside)\b|"
        # 'Macedonia, whose invitation has been held up', 'X, whose membership bid stalled' (not 'whose bid to host the summit')
        r",\s+whose\s+(?:own\s+)?(?:(?:membership|accession)\s+)?(?:invitation|bid|application|candidacy)\b"
        r"(?!\s+(?:to|for)\s+(?!(?:join|membership|become|accession|full)\b))|"
        # 'Georgia, promised eventual membership at Bucharest', 'was offered membership'
        r"\b(?:promised|offered)\s+(?:(?:eventual|future|full)\s+)*membership\b|"
        # 'which were promised at the 2008 summit that they would one day join'
        r"\b(?:was|were|been)\s+promised\b[^.;]{0,60}?\bthat\s+(?:they|it)\s+would\s+(?:one\s+day\s+|eventually\s+|someday\s+)?"
        r"(?:join|become\s+(?:a\s+|full\s+)*members?)\b|"
        # 'have applied for this status', 'applied for observer status': a status applied for, not yet held
        r"\bappl(?:ied|ies|y|ying)\s+for\s+(?:(?:this|that|th[eo]se|such|the\s+same)\s+status\b|(?:the\s+)?(?:observer|dialogue[\s-]+partner|"
        r"partner)\s+status\b|the\s+status\s+of\s+(?:an?\s+)?(?:observer|dialogue[\s-]+partner)\b)|\b(?:bid|application|request)\s+(?:to\s+join|for\s+(?:(?-i:[a-z])[\w-]*\s+)?membership)"
        # "Moldova's request for observer status", 'the application of Laos for the status of an observer state'
        r"|(?:(?<=['’]s\s)|\bthe\s+)(?:bid|application|request|appeal)\s+(?:of\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’ .-]{0,40}?\s+for\s+)|"
        r"(?=for\s+))(?:(?:the\s+)?(?-i:[A-Z])[\w'’ .-]{0,40}?\s+)?for\s+(?:(?:full\s+)?(?:observer|dialogue[\s-]+partner|partner)\s+status|"
        r"(?:the\s+)?status\s+of\s+(?:an?\s+)?(?:observer|dialogue[\s-]+partner)(?:\s+(?:state|country|nation))?)\b"
        # "Sweden's accession protocol", "Bosnia's membership application": a state's own accession under way
        r"|(?<=['’]s\s)(?:accession\s+(?:protocols?|treaty|talks|bid|application|process)|membership\s+(?:bids?|applications?|requests?|talks))\b"
        # "Yemen's long-standing application has gone nowhere" (not 'its application for aid')
        r"|(?<=['’]s\s)(?:long-?standing|long-?pending|pending|stalled|old)\s+(?:application|bid|candidacy)\b(?!\s+(?:for|to)\s+(?!(?:join|membership|accession)\b))"
        # 'Ruritania was invited to join in 2023' (not 'invited to join the talks')
        r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|also\s+|officially\s+)?invited\s+to\s+(?:join|become\s+"
        r"(?:a\s+)?(?:full\s+)?members?)\b(?=\s*(?:[.;,]|$)|\s+(?:in\s+(?:19|20)\d{2}|as\s+(?:a\s+)?(?:full\s+)?member|last|this|but|and)\b|"
        r"\s+(?:the\s+)?(?:bloc|alliance|group|grouping|organi[sz]ation|union|league|club|forum|community)\b(?!['’])|\s+(?:the\s+)?(?-i:[A-Z]))"
        # 'A and B, which hope to be next in line': the next states to be admitted
        r"|\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|want(?:s|ed)?|aim(?:s|ed|ing)?)\s+to\s+be\s+(?:the\s+)?next\s+(?:in\s+line|to\s+join)\b"
        r"(?!\s+(?:to|for)\s+(?!(?:join|membership|accession|admission)\b))"
        r"|\binvitation\s+to\s+join\b"
        # "the bloc's request to be admitted to the G20 as a permanent member", 'its bid to be accepted as a full member'
        r"|\b(?:bid|application|request|appeal|push|quest)\s+to\s+be\s+(?:formally\s+)?(?:admitted|accepted|taken\s+in)\b"
        r"(?=\s+(?:(?:in)?to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*|bloc|alliance|group|grouping|organi[sz]ation|union|club|forum)\b)?"
        r"(?:\s*[^.;]{0,40}?\s+)?as\s+(?:an?\s+)?(?:full\s+|permanent\s+|new\s+)*members?\b|\s*[.;,]|\s*$)|\b(?:its|their|his|her)\s+(?:own\s+|long-stalled\s+|stalled\s+)?membership\s+(?:bids?|applications?|aspirations)\b|\bcandidate\s+(?:country|for\s+membership|member)|\b(?:seek(?:s|ing)?|sought)\s+(?:to\s+join|(?:(?:full|eventual|future)\s+)*membership)"
        # 'X formally applied last year' (no object: the membership the article is about); 'expressed its wish to join'
        r"|\b(?:formally|officially)\s+applied(?=\s*(?:[.;,]|$)|\s+(?:in|last|this|on)\s)"
        r"|\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing)|signall?(?:ed|s|ing))\s+(?:its|their|an?)\s+(?:[\w-]+\s+)?"
        r"(?:wish|desire|interest|intention|readiness)\s+(?:to\s+(?:re-?)?join|in\s+(?:re-?)?joining|to\s+return\s+to)\b(?=\s*(?:[.;,]|$)|\s+(?:the\s+)?(?:bloc|"
        r"alliance|group|grouping|organi[sz]ation|union|league|club|forum|community)\b|\s+(?:the\s+)?(?-i:[A-Z]))"
        # 'asked in September to rejoin the organisation' (a date between the verb and its object)
        r"|\b(?:asked|asks|asking|requested|requests|requesting)\s+(?:for\s+)?(?:(?:in|on|last|this|earlier)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:to\s+(?:re-?)?join\b|(?:full\s+)?membership\b|accession\b|"
        # 'formally asked for a MAP': NATO's Membership Action Plan is the step before an invitation
        r"(?:an?\s+)?(?:Membership\s+Action\s+Plan|(?-i:MAP))\b)"
        r"|\b(?:want(?:s|ed)?|hop(?:e|es|ed|ing)|aspir(?:e|es|ed|ing)|eager|keen)\s+to\s+join\b(?=\s*(?:[.;,]|$)|\s+(?:the\s+)?"
        r"(?:bloc|alliance|group|grouping|organi[sz]ation|union|league|club|forum|community)\b|\s+(?:the\s+)?(?-i:[A-Z]))"
        r"|\b(?:agreed|decided|voted|pledged|promised)\s+(?:in\s+principle\s+)?(?:[\w-]+\s+){0,4}?to\s+(?:admit|accept)\b"
        r"|\b(?:will|would|is\s+to|are\s+to)\s+(?:eventually\s+|one\s+day\s+)?become\s+(?:a\s+|full\s+|its\s+)*members?\b(?!" + _ENTRY_DAY + r")"
        # 'will become the bloc's eleventh member next year' (not 'the first member to ratify')
        r"|\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+set\s+to)\s+(?:eventually\s+|one\s+day\s+)?become\s+(?:the|its)\s+(?:[\w-]+['’]s\s+)?"
        r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|newest|latest|next)|(?:\w+teen|\w*tie)th|twenty-\w+)\s+"
        r"(?:full\s+)?member\b(?!\s+(?:to|that|which|who)\b)(?!" + _ENTRY_DAY + r")"
        # accession under way: 'signed its accession protocol', 'is in the process of joining', 'accession talks'
        r"|\bsign(?:ed|s|ing)?\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+)?accession\s+(?:protocol|treaty|agreement)"
        r"|\baccession\s+(?:talks|negotiations|process)\b|\b(?:in\s+the\s+process\s+of|on\s+(?:the|its)\s+way\s+to)\s+(?:joining|"
        r"becoming\s+(?:a\s+)?(?:full\s+)?member)\b"
        # 'hopes to complete its accession treaty', 'its road map for joining', 'on the road to full membership'
        r"|\b(?:its|their)\s+(?:own\s+)?(?:accession\s+(?:treaty|protocol|agreement|road\s*map)|road\s*map\s+(?:for|to(?:wards)?)\s+"
        r"(?:joining|accession|membership))\b|\bon\s+the\s+road\s+to\s+(?:full\s+)?membership\b", re.I)),
    # 'A, B and C are the leading candidates', 'Bosnia is a candidate' (not 'candidates to host the games')
    ("are_candidates", "candidate", re.compile(
        r"\b(?:are|is|were|was|remains?|remained)\s+(?:still\s+|now\s+)?(?:the\s+|its\s+|an?\s+|(?:the\s+)?[\w-]+['’]s\s+)?"
        r"(?:(?:leading|main|strongest|top|official|formal|likeliest|next|only)\s+)?(?:membership\s+)?candidates?\b"
        r"(?!\s+(?:to|for|in)\s+(?!(?:join|membership|accession|entry)\b))", re.I)),
    # 'X was admitted in December 2010', 'X was admitted to the bloc' (not 'admitted to hospital')
    # 'X was admitted as an observer', 'Y was accepted as a dialogue partner', 'Z was admitted as an associate member'
    ("admitted_as_observer", "observer", re.compile(
        r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:formally\s+|finally\s+|officially\s+|also\s+)?(?:admitted|accepted|"
        r"welcomed)\s+as\s+(?:an?\s+|the\s+(?:[\w-]+\s+)?)?observers?(?:\s+(?:state|country|nation|member))?\b", re.I)),
    ("admitted_as_dialogue", "dialogue_partner", re.compile(
        r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:formally\s+|finally\s+|officially\s+|also\s+)?(?:admitted|accepted|"
        r"welcomed)\s+as\s+(?:an?\s+|the\s+(?:[\w-]+\s+)?)?dialogue[\s-]+partners?\b", re.I)),
    ("admitted_as_associate", "partner", re.compile(
        r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:formally\s+|finally\s+|officially\s+|also\s+)?(?:admitted|accepted|"
        r"welcomed)\s+as\s+(?:an?\s+|the\s+(?:[\w-]+\s+)?)?associate(?:\s+members?|\s+(?:state|country|partner)s?)?\b", re.I)),
    # 'the African Union, which was admitted as a permanent member at India's urging' (dated anywhere in its sentence)
    ("admitted_as_member_passive", "joining", re.compile(
        r"\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|finally\s+|officially\s+)?admitted\s+as\s+(?:a|an|the|its)\s+"
        r"(?:(?:(?:new|full|permanent|\d+\w*|[a-z]+th)\s+)*members?\b(?!\s+of\s+(?:the\s+)?(?:delegation|team|staff|board|committee))|"
        # 'was admitted as the ninth at the 2014 summit' (the noun said before: 'became the eighth member in 2002')
        r"(?:\d+(?:st|nd|rd|th)|" + ORDINAL_WORD + r")(?=\s+(?:at|in|on|when|during|after)\b|\s*[,.;]))", re.I)),
    ("admitted", "joining", re.compile(
        r"\b(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|finally\s+|officially\s+)?admitted\b(?=\s+(?:together\s+|jointly\s+)?"
        r"(?:at\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+)?(?:in|on)\s+(?:\d{1,2}\s+)?"
        r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b|\s+(?:in)?to\s+(?:the\s+)?(?:bloc|group|grouping|alliance|"
        r"organi[sz]ation|union|league|club|forum|community)\b)(?![^.;]{0,60}\b(?:hospital|clinic|university|college|school|football|rugby|cricket|sports?|olympic)\b)", re.I)),
    ("readmitted", "member", re.compile(
        # 'Morocco, which returned to the AU in 2017' (only to an organisation: 'returned to France' is travel)
        # (not 'wished to return', 'refused to return': a return not made)
        r"(?<!\bto\s)\breturn(?:ed|s)?(?=\s+to\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"\breinstat\w*\s+|\bre-?admit\w*|\brestor\w*\s+\w+['’]s\s+(?:full\s+)?(?:membership|participation)|(?<!\bto\s)\breturn(?:ed|s)?\s+to\s+the\s+(?:league|bloc|fold)"
        # 'suspended in 1979 and brought back in 1984', 'was restored in 1989', 'left in 1961 and came back in 1994',
        # 'was restored to full membership', 'restored to the councils of the organisation in May 2008'
        r"|\b(?:(?:was|were|and)\s+)(?:(?:later|finally|only|then)\s+)?(?:brought\s+back|restored|let\s+back\s+in)(?=\s+(?:in|on)\s+(?:\d{1,2}\s+)?"
        r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b|\s+to\s+(?:full\s+membership|(?:its|their)\s+(?:seat|place)|the\s+(?:bloc|"
        r"organi[sz]ation|group|grouping|community|league|union|fold)\b|the\s+councils?\s+of\b))"
        r"|\b(?:came|comes|come)\s+back(?:\s+in)?(?=\s+(?:in\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b)"
        # 'walked out in 2020 and returned as a full member last January'
        r"|(?<!\bto\s)\breturn(?:ed|s)\s+as\s+(?:a\s+)?(?:full(?:y[\s-]fledged)?\s+)?member\b"
        # 'suspended after the coup, got its seat back last year', 'regained its seat in 2014', 'won back its place'
        r"|\b(?:got|gets|getting|won|wins|winning|took|takes)\s+(?:its|their)\s+(?:seat|place|membership)\s+back\b"
        r"|\b(?:regain(?:ed|s|ing)?|won\s+back|took\s+back|reclaim(?:ed|s|ing)?)\s+(?:its|their)\s+(?:seat|place)\b"
        r"|\breturn(?:ed|s|ing)?\s+(?=(?-i:[A-Z])[\w'’ -]{0,40}?\bto\s+(?:the\s+)?(?:(?-i:[A-Z])|league|bloc|fold|group))"
        r"|\b(?:brought|brings?|bringing|took|takes?|taking)\s+(?=(?-i:[A-Z])[\w'’ -]{0,40}?\bback\s+into\b)"
        # 'welcomed the Syrian Arab Republic back to the League'
        r"|\bwelcom(?:ed|es|ing)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’ -]{0,40}?\bback\s+(?:in)?to\s+(?:the\s+)?(?:(?-i:[A-Z])|league|bloc|"
        r"union|fold|organi[sz]ation|group|community)\b)"
        # 'the council lifted Mali's suspension', 'the lifting of the suspension of Niger'
        r"|\blift(?:ed|s|ing)?\s+(?:(?:the|its|their)\s+|(?-i:[A-Z])[\w'’ -]{0,40}?['’]s\s+)suspension\b"
        r"|\blifting\s+of\s+(?:the\s+|(?-i:[A-Z])[\w'’ -]{0,40}?['’]s\s+)suspension\b"
        # 'Ruritania's membership was suspended in 2013 and restored a year later' (not 'has not been restored')
        r"|(?<=['’]s\s)membership\b(?:(?!\b(?:not|never|yet)\b|n['’]t\b)[^.;]){0,160}?\b(?:was|were|been|and)\s+(?:later\s+|then\s+|"
        r"finally\s+|fully\s+)?(?:restored|reinstated)\b", re.I)),
    # a state suspending its own membership has walked out: 'X suspended its membership in 2012 and has not returned'
    # ('X suspended its membership in 2012' is a suspension; the rule turns it to an exit when it never came back)
    ("self_suspended", "suspended", re.compile(r"\bsuspend(?:ed|s|ing)\s+(?:its|their)\s+(?:own\s+)?membership\b", re.I)),
    ("suspended", "suspended", re.compile(r"(?<=['’]s\s)membership\s+(?:had\s+been|has\s+been|was|is|remains)\s+suspended\b|"
                                          r"\b(?:suspend(?:ed|s|ing)?)\s+(?!(?:its|their)\s+(?:own\s+)?membership\b)|\b(?:remains?|is|are|was|were|stays?)\s+(?:now\s+|still\s+|currently\s+)?(?:the\s+only\s+(?:member|country|state|one)\s+(?:still\s+)?)?suspended\b|\bsuspension\s+of\s+|\bfr(?:oze|ozen|eezes?|eezing)[\"”’']?\s+"
                                          r"(?:its|their|her|his)\s+(?:participation|membership)"
                                          # 'recalled its representatives from the Commonwealth's statutory bodies'
                                          r"|\brecall(?:ed|s|ing)\s+(?:all\s+)?(?:its|their)\s+(?:representatives|envoys|delegates|delegation)\s+from\s+"
                                          r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:bodies|organs|institutions)\b", re.I)),
    ("left", "left", re.compile(r"\b(?:withdrew|withdrawn|withdraws|pulled\s+out|walked\s+out|quit|left|exit(?:ed|s)?)\s+(?:from\s+|(?<=out\s)of\s+)?(?:the\s+)?(?=(?-i:[A-Z]))|"
                                r"\b(?:leaving|quitting|quit|exiting|left|withdr(?:ew|awing|awn)\s+from|(?:walk|pull)(?:ed|s|ing)\s+out\s+of)\s+the\s+"
                                r"(?:[\w-]+-(?:member|nation|country|state)\s+)?(?:bloc|alliance|organi[sz]ation|union|community|grouping|"
                                r"league|forum|group|club|treaty)\b|"
                                # 'left the collective security treaty', 'quit the customs union': a described body
                                r"\b(?:left|quit|withdr(?:ew|awn)\s+from|pulled\s+out\s+of)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}"
                                r"(?:bloc|alliance|organi[sz]ation|union|grouping|league|treaty|pact)\b(?!['’])|"
                                r"\b(?:left|quit|withdrew|walked\s+out|pulled\s+out)(?:\s+again)?(?:\s+under\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
                                r"\s+in\s+(?:19|20)\d{2}\b|"
                                # 'X, which joined the bloc in 2006, quit it in 2012': the organisation by a pronoun, with a date
                                r"\b(?:left|quit|exited|withdrew\s+from|pulled\s+out\s+of|walked\s+(?:away\s+from|out\s+of))\s+it\s+(?:again\s+)?(?=in\s+(?:19|20)\d{2}\b)|"
                                # 'did not extend their participation in the treaty', 'declined to renew its membership'
                                r"\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|chose\s+not\s+to)\s+(?:extend|renew|prolong)\s+"
                                r"(?:(?:its|their)\s+(?:participation|membership)|the\s+(?:(?-i:[A-Z])[\w-]*\s+){0,4}?treaty)\b|"

                                # 'announced that it was ending its participation in the union's bodies'
                                r"\b(?:end(?:ed|s|ing)?|terminat(?:ed|es|ing|e)|ceas(?:ed|es|ing|e))\s+(?:(?:its|their)\s+(?:own\s+)?)?"
                                r"(?:participation|membership)\s+in\s+(?:the\s+)?", re.I)),
    # a stated exit as a noun: 'Ruritania announced its withdrawal from the bloc', 'since Ruritania's withdrawal from ORG'
    ("withdrawal", "left", re.compile(
        # 'formalised their breakaway from the regional bloc', 'completed its departure from the union'
        r"(?:\b(?:its|their)\s+|(?<=['’]s\s))(?:formal\s+|official\s+|own\s+|joint\s+|planned\s+)?(?:withdrawal|exit|breakaway|departure|"
        r"secession)\s+from\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+){0,2}?"
        r"(?=(?-i:[A-Z])|(?:bloc|alliance|organi[sz]ation|union|community|grouping|league|forum|group|club|commonwealth)\b(?!['’]))", re.I)),
    # 'X, having quit its predecessor in 1984': an exit from the body the organisation replaced, never undone
    ("left_predecessor", "left", re.compile(
        r"\b(?:left|quit|withdrew\s+from|pulled\s+out\s+of|walked\s+out\s+of)\s+(?:its|the\s+(?:bloc|union|organi[sz]ation|"
        r"alliance|league|community|grouping)['’]s)\s+predecessor\b(?!['’])", re.I)),
    # 'A and B have joined the Partnership for Peace', 'joined the bloc's Eastern Partnership': partners (not a trade pact)
    ("joined_partnership", "partner", _JOINED_PARTNERSHIP),
    # 'X has not taken part in the work of the union's bodies since 2014': an exit without a formal notice
    ("out_of_bodies", "left", re.compile(
        r"\b(?:(?:has|have|had)\s+not\s+(?:participated|taken\s+part)|(?:stopped|ceased)\s+(?:participating|taking\s+part))\s+in\s+"
        r"(?:the\s+work\s+of\s+)?(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:statutory\s+)?(?:bodies|organs|institutions)\b", re.I)),
    # 'X declined to renew the treaty and left.', 'A and B later quit in 1999': an exit with no object
    # 'Zimbabwe withdrew in December 2003 and has not returned': an exit dated and never undone (a bare 'withdrew in
    # 2021' may be troops')
    ("left_dated", "left", re.compile(r"\b(?:withdrew|quit|left|pulled\s+out)(?=\s+in\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b"
                                      r"[^.;]{0,40}?\b(?:has|have|had)\s+(?:not|never)\s+(?:since\s+)?(?:returned|come\s+back|rejoined))", re.I)),
    # 'when the treaty came up for renewal, A and B declined to extend it': the treaty by a pronoun (checked in its sentence)
    ("declined_extend_it", "left", re.compile(r"\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|chose\s+not\s+to)\s+"
                                              r"(?:extend|renew|prolong)\s+it\b", re.I)),
    # 'Georgia quit after its 2008 war with Russia', 'Ukraine broke off all participation in 2018'
    ("quit_after", "left", re.compile(r"(?:(?<=[A-Za-z] )|(?<=\w, ))(?:quit|left|withdrew)\s+(?=(?:after|following|over)\s+(?:its|the|their|a)\s+)|"
                                      r"\b(?:broke|breaks|breaking)\s+off\s+(?:all\s+)?(?:its\s+|their\s+)?(?:participation|membership)\b",
                                      re.I)),
    ("left_clause_end", "left", re.compile(r"\b(?:and|then|but|later|subsequently)\s+(?:then\s+|later\s+|subsequently\s+)?"
                                           r"(?:left|quit|withdrew|pulled\s+out)(?:\s+it)?(?=\s*(?:[.;]|$)|\s+in\s+(?:19|20)\d{2}\s*[.;,]?)", re.I)),
    # 'Ruritania has restored its full membership in the bloc': a return made now (in an earlier year, a member)
    ("restored_membership", "joining", re.compile(r"\b(?:restor(?:ed|es|ing)|regain(?:ed|s|ing)|resum(?:ed|es|ing))\s+"
                                                  r"(?:its|their)\s+(?:full\s+)?membership\b", re.I)),
    # 'Morocco, which rejoined the union in 2017'
    ("rejoined", "member", re.compile(r"\bre-?join(?:ed|s)\b(?!\s+(?:the\s+)?(?:talks|meeting|session|summit|negotiations|debate)\b)", re.I)),
    # 'the summit upgraded Belarus from a dialogue partner to an observer'
    ("upgraded_observer", "observer", re.compile(r"\bupgrad(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,4}?(?:from\s+(?:an?\s+)?[\w\s-]{3,30}?\s+)?"
                                                 r"to\s+(?:an?\s+)?observer(?:\s+status)?\b", re.I)),
    ("upgraded_dialogue", "dialogue_partner", re.compile(r"\bupgrad(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,4}?(?:from\s+(?:an?\s+)?[\w\s-]{3,30}?\s+)?"
                                                         r"to\s+(?:an?\s+)?dialogue[\s-]+partner(?:\s+status)?\b", re.I)),
    # 'Germany, the alliance's largest European economy' (the place listed just before)
    # 'X, which became independent in 1993, is its youngest member', 'X remains the union's largest member'
    # 'Algeria, which had applied and lobbied hard', 'Nepal had also applied.': an application with no object, in a membership story
    ("applied_bare", "candidate", re.compile(r"\b(?:has|have|had)\s+(?:(?:also|already|formally|officially|previously)\s+)*applied"
                                             r"(?=\s*[.;]|\s*$|\s+and\s+(?-i:[a-z]))", re.I)),
    # 'Ruritania was the only member state to stay away', 'is the only member that has not ratified it'
    ("only_member_to", "member", re.compile(r"\b(?:is|was|were|remains?|remained)\s+(?:also\s+)?the\s+only\s+(?:full\s+)?member"
                                            r"(?:\s+(?:state|country|nation))?\s+(?:to|not\s+to|that|which|whose)\b", re.I)),
    ("superlative_member", "member", re.compile(
        r"\b(?:is|was|remains|remained)\s+(?:now\s+|still\s+)?(?:its|the\s+(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|"
        r"league|club|community)['’]s|(?-i:[A-Z][A-Z0-9-]+)['’]s)\s+(?:youngest|oldest|largest|biggest|smallest|richest|poorest|"
        r"most\s+populous)\s+member\b(?!\s+of\b)", re.I)),
    ("appositive_superlative", "member", re.compile(
        r",\s+(?:the\s+)?(?:(?:bloc|group|forum|alliance|organi[sz]ation|union|league|club|community|grouping|(?-i:[A-Z][A-Z0-9-]+))['’]s)"
        r"\s+(?:[\w-]+\s+)?(?:largest|biggest|richest|poorest|smallest|most\s+populous|newest|youngest|oldest|second-largest|third-largest|leading|"
        r"top)\s+(?:[\w-]+\s+){0,2}?(?:economy|member|military|power|contributor|spender|country|state|nation|exporter|producer)\b", re.I)),
    ("joined", "member", re.compile(
        r"(?:(?<=[A-Za-z] )|(?<=[A-Za-z], )|(?<=[A-Za-z] [-–—] ))joined(?=\s*[.;]?\s*$|\s+(?:the\s+)?(?:(?-i:[A-Z])|alliance|bloc|organi[sz]ation|group|union|league|in\s+\d{4}|"
        # 'whose country joined only in 2009'
        r"(?:only|just|finally|formally|officially|eventually)\s+in\s+(?:19|20)\d{2}\b|"
        # 'Canada, which joined the original six a year after the first summit'
        r"(?:original|founding|other)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|members|states)\b|"
        # 'which joined in April 2009' (a month and year; 'joined in March' alone may be a meeting)
        r"in\s+(?:early\s+|late\s+|mid-)?(?-i:[A-Z])[a-z]+\s+(?:19|20)\d{2}\b|"
        r"(?:last|this)\s+year|(?:following|next|same)\s+year|\d{4}|[,.]|"
        # 'Canada joined a year later'
        r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?)\s+later\b|"
        # 'Ruritania joined in March', 'which joined in April last year' (a state's own month: see _BARE_MONTH)
        r"in\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
        # 'joined on January 2, 2015', 'joined on 1 May 2004': a full date (a meeting joined 'on Friday' is no membership)
        r"on\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b)|"
        # 'Estonia joined alongside Latvia and Lithuania in 2004', 'joined, along with A and B, in 2004': a dated entry
        + _ALONGSIDE_DATED + r")", re.I)),
    # 'Greece and Turkey came in in 1952': an entry dated by its year (not 'came in second'; a relative time needs a history)
    ("came_in", "member", re.compile(r"(?:(?<=[A-Za-z] )|(?<=[A-Za-z], ))came\s+in(?=\s+in\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b)",
                                     re.I)),
    # 'Greece and Turkey entered the alliance together in 1952', 'Croatia entered the EU in 2013': the body entered (not
    # 'entered the alliance's airspace', 'entered the bloc's market')
    ("entered", "member", re.compile(r"(?:(?<=[A-Za-z] )|(?<=[A-Za-z], ))entered\s+(?:the\s+|its\s+)?(?:" + _BODY_WORDS + r"|"
                                     r"club|(?-i:[A-Z]{2,}[\w-]*))\b(?!['’]|\s+(?:market|territory|"
                                     r"airspace|waters|talks|negotiations|debate)\b)", re.I)),
    # 'Armenia acceded in January 2015', 'Serbia acceded to the union last year' (not 'acceded to the request')
    ("acceded", "member", re.compile(r"(?:(?<=[A-Za-z] )|(?<=[A-Za-z], ))acceded\b(?!\s+to\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|its\s+)?"
                                     r"(?:request|demand|call|wish|throne|presidency|power|pressure|appeal)s?\b)", re.I)),
    # 'attended as full members', 'takes part in the G7 as a so-called non-enumerated member' (not 'as a member of the delegation')
    # 'took part in the summit as a fully fledged member for the first time'
    ("as_member", "member", re.compile(r"\b(?:attend\w*|participat\w*|(?:takes?|took|taking)\s+part|sits?|sat)(?:\s+in\s+(?:the\s+)?"
                                       r"(?:[\w-]+\s+){0,3}?(?:(?-i:[A-Z][\w-]*)|summit|meeting|session|talks|council)|"
                                       # 'sits at its political table as a full member'
                                       r"\s+at\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?table)?\s+as\s+(?:an?\s+)?(?:(?:full|permanent)\s+|"
                                       r"(?:(?!(?:observer|guest|associate|non-members?|members?)\b)[\w-]+\s+){1,3}?(?:full\s+)?)members?\b"
                                       r"(?!\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+)?(?:delegation|team|entourage|party|press|"
                                       r"panel|committee|board|family|staff|government|cabinet|public))", re.I)),
    ("as_observer", "observer", re.compile(r"\b(?:attend\w*|participat\w*|(?:takes?|took|taking)\s+part|sits?|sat|joined)\s+(?:in\s+(?:on\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                                           r"(?:sessions?|summits?|meetings?|talks)\s+|"
                                           # 'joined the community as an observer': the body joined, in that tier
                                           r"(?<=joined\s)(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:bloc|community|group|grouping|union|"
                                           r"organi[sz]ation|alliance|league|forum|association|commonwealth)\s+(?=as\b)|(?<=s\s)in\s+(?=as\b)|(?<=t\s)in\s+(?=as\b))?as\s+(?:the\s+)?(?:(?:heads?|leaders?|representatives?)\s+of\s+)?"
                                           r"(?:an?\s+)?observers?\b|"
                                           r"\b(?:hold|holds|held|holding|have|has|had|enjoys?|with|gain(?:ed|s)?|obtain(?:ed|s)?|granted|receiv(?:ed|es))\s+(?:(?:an\s+)?observer\s+(?:status|seats?)\b|"
                                           # 'A and B have the status of observers'
                                           r"the\s+status\s+of\s+(?:an?\s+)?observers?\b)|"
                                           # 'A, B and C are observers, while D is a dialogue partner' (not observers of a vote)
                                           r"\b(?:are|were|remain(?:ed)?)\s+(?:also\s+|still\s+|now\s+)?(?:its\s+|the\s+[\w-]+['’]s\s+)?observers(?:\s+states)?\b"
                                           r"(?!\s+(?:at|to|of|in|for|on)\s+(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+)?(?:elections?|votes?|voting|polls?|"
                                           r"referendum|ballot|talks|negotiations|trials?|hearings?|process)\b)|"
                                           # 'Moldova will become the first observer state', 'became an observer in 2021'
                                           r"\b(?:become|becomes|became|becoming)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:" + _ORDINAL + r"\s+)?"
                                           r"observers?(?:\s+(?:states?|country|countries|nations?|members?))?\b(?!\s+(?:at|to|of|in|for|on)\s+(?:the\s+|this\s+|a\s+)?"
                                           r"(?:[\w-]+\s+)?(?:elections?|votes?|voting|polls?|referendum|ballot|talks|negotiations|trials?))|"
                                           r"\bsen(?:t|ds?|ding)\s+(?:[\w'’.-]+\s+){1,5}?as\s+(?:an?\s+|its\s+)?observers?\b|"
                                           # 'X is formally an observer as well, but ...', 'X is also an observer.': the status alone
                                           r"\b(?:is|was|has\s+been|had\s+been|remains?|remained)\s+(?:(?:also|formally|officially|technically|"
                                           r"nominally|still|now)\s+)*an\s+observer(?:\s+(?:state|country|nation))?(?:\s+(?:as\s+well|too))?"
                                           r"(?=\s*[,;.]|\s*$|\s+(?:but|and|while|though|although)\b)|"
                                           # 'India has been an observer at the SCO since 2005'
                                           r"\b(?:is|was|has\s+been|had\s+been|remains?|remained)\s+(?:also\s+)?an\s+observer\s+(?:(?:at|in|of|to)\s+"
                                           r"(?:the\s+)?(?=(?-i:[A-Z])|(?:bloc|group|grouping|organi[sz]ation|alliance|union|league|forum)\b)|"
                                           # 'X has been an observer since 2012'
                                           r"since\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b)", re.I)),
    # '..., C and D, an associate member': the one state before the appositive, inside a list of members
    ("appositive_associate", "partner", re.compile(r",\s+(?:an?|its|the\s+[\w-]+['’]s)\s+associate\s+member\b"
                                                   r"(?!\s+of\s+(?!(?:the\s+)?(?-i:[A-Z])))", re.I)),
    # 'Turkmenistan has held the status of an associate member since 2005' (no associate status: a partner)
    # 'changed its status in the organisation to that of an associate member in 2005'
    ("associate_member", "partner", re.compile(r"\b(?:status\s+(?:(?:in|within|at)\s+(?:the\s+)?[\w'’ -]{1,40}?\s+)?(?:to\s+(?:that|those)\s+)?of\s+(?:an\s+)?|(?:is|was|are|were|has\s+been|remains?|as)\s+(?:an?\s+)?)"
                                              r"associate\s+members?\b|\bassociate\s+membership\b|"
                                              # 'A and B became associate states', 'agreements making them associate states'
                                              # (not 'seeking to become an associate member', nor one that went on to full membership)
                                              r"\b(?:became|(?:mak(?:e|es|ing)|made)\s+(?:them|it))\s+(?:an?\s+)?associate\s+"
                                              r"(?:members?|states?|countries|country)\b(?![^.;]{0,30}?\band\s+(?:then\s+|later\s+)?(?:an?\s+)?full\b)", re.I)),
    ("appositive_observer", "observer", re.compile(r",\s+(?:(?:also|itself|likewise|formally|technically|nominally|still)\s+)?(?:an?\s+)?observer(?:\s+(?:state|country|nation|member))?(?:\s+(?:of|in|at|to)\s+(?:the\s+)?"
                                                   r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4}|bloc|group|grouping|organi[sz]ation|alliance|union|forum))?"
                                                   r"(?:\s+(?:since|from)(?:\s+[\w-]+){1,2})?\s*,", re.I)),
    # 'A, B and C joined the four countries as partners in a series of consultations': partners, not members
    ("joined_as_partner", "partner", re.compile(r"\bjoin(?:ed|s)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?as\s+(?:an?\s+)?"
                                                r"(?:associate\s+|outside\s+|external\s+)?partners?\b(?!\s+(?:in|of|to|for|on)\s+"
                                                r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:fight|war|effort|campaign|project|"
                                                r"initiative|bid|venture|deal)\b)", re.I)),
    ("as_partner", "dialogue_partner", re.compile(r"\bas\s+(?:a\s+)?dialogue\s+partner\b|"
                                                  # 'A and B hold dialogue partner status', 'have the status of dialogue partners'
                                                  r"\b(?:hold|holds|held|have|has|had|enjoys?|gain(?:ed|s)?|obtain(?:ed|s)?|receiv(?:ed|es)|granted)\s+"
                                                  r"(?:dialogue[\s-]+partner\s+status|the\s+status\s+of\s+(?:an?\s+)?dialogue[\s-]+partners?)\b|\b(?:are|were|remain|became|become|becomes)\s+(?:also\s+)?dialogue\s+partners\b|\b(?:is|are|was|remains?|became|becomes?)\s+(?:also\s+)?"
                                                  r"(?:one\s+of\s+(?:its|the|their|[\w-]+['’]s|the\s+[\w-]+['’]s)\s+|an?\s+|its\s+|the\s+[\w-]+['’]s\s+)"
                                                  r"(?:[\w-]+\s+)?dialogue\s+partners?\b", re.I)),
    # 'X, a dialogue partner of the bloc, ...'
    ("appositive_dialogue", "dialogue_partner", re.compile(
        r",\s+(?:(?:also|both|itself|themselves)\s+)?(?:an?\s+)?dialogue[\s-]+partners?(?:\s+(?:states?|country|countries|nations?))?(?:\s+(?:of|in|to)\s+(?:the\s+)?"
        r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4}|bloc|group|grouping|organi[sz]ation|alliance|union|forum))?"
        # 'X, a dialogue partner since 2012,'
        r"(?:\s+(?:since|from)(?:\s+[\w-]+){1,2})?\s*,", re.I)),
    # "Finland's arrival as the alliance's 31st member in April": an entry, settled by its date
    ("arrival_as_member", "joining", re.compile(
        r"(?<=['’]s\s)(?:arrival|entry|accession|admission)\s+(?=as\s+(?:the\s+|its\s+)?(?:(?:" + _BODY_WORDS + r"|"
        r"(?-i:[A-Z]{2,}))['’]s\s+)?(?:newest\s+|latest\s+|\d+(?:st|nd|rd|th)\s+|[a-z]+-?[a-z]*(?:st|nd|rd|th)\s+)?(?:full\s+)?member\b)", re.I)),
    # 'Turkey and Hungary, the only two members yet to ratify its accession protocol': members, holding up another's entry
    ("members_to_ratify", "member", re.compile(
        r",\s+(?:the\s+)?(?:only\s+|last\s+)?(?:(?:two|three|four|\d+)\s+)?(?:members|allies|member\s+states|member)\s+(?:yet|still)\s+to\s+ratify\b", re.I)),
    # 'Finland and Sweden, close partners that have long stayed outside the alliance,', 'X, a key partner of the bloc,',
    # 'A and B are close partners of NATO': the body's partner (not a state's: 'Russia, a close partner of China')
    ("appositive_partner", "partner", re.compile(
        r"(?:,\s+|\b(?:is|are|was|were|remains?|remained)\s+)(?:(?:also|both|long|longtime|long-standing)\s+)?(?:an?\s+)?"
        r"(?:(?:close|key|important|valued|strategic|formal|official|enhanced|trusted|major)\s+)+partners?\s+(?:"
        r"of\s+(?:the\s+)?(?:" + _BODY_WORDS + r"|(?-i:[A-Z]{2,}[\w-]*))\b|"
        r"(?:that|who|which)\s+(?:have\s+|has\s+)?(?:long\s+)?(?:stayed|remained|stand|stood|stay|remain)\s+outside\s+(?:the\s+)?"
        r"(?:" + _BODY_WORDS + r"|(?-i:[A-Z]{2,}[\w-]*))\b)", re.I)),
    # 'X is a former member of the bloc', 'X, a former member of ORG,' (not 'a former member of parliament')
    ("former_member", "left", re.compile(
        r"(?:\b(?:is|was|are|were)\s+|,\s+)(?:an?\s+|the\s+only\s+)?(?:former|ex-)\s*members?\s+of\s+(?:the\s+)?"
        r"(?=(?-i:[A-Z])|(?:bloc|group|grouping|organi[sz]ation|alliance|union|league|forum|community)\b(?!['’]))", re.I)),
    # 'A and B hold partner status in the alliance' (a dialogue partner's status is read above)
    ("partner_status", "partner", re.compile(r"\b(?:hold|holds|held|have|has|had|enjoys?|gain(?:ed|s)?|obtain(?:ed|s)?|receiv(?:ed|es))\s+"
                                             r"partner\s+status\b", re.I)),
    # 'France was one of the twelve founders', 'X is among the original members', ', one of the six founding states,'
    ("one_of_founders", "member", re.compile(
        r"(?:\b(?:is|was|were|are|remains?|remained)\s+(?:also\s+)?|,\s+)(?:one\s+of\s+|among\s+)(?:the|its|their)\s+"
        r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?(?:founders|founding\s+"
        r"(?:members|states|countries|nations|signatories|fathers)|founder\s+(?:members|states)|original\s+(?:members|signatories|"
        r"member\s+states))\b(?!\s+of\s+(?:the\s+)?(?:party|company|firm|movement|band|club|magazine|newspaper)\b)", re.I)),
    # 'A, B and C have all confirmed they remain members' ('X remains a member of ORG' is read below)
    ("remain_members", "member", re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:full\s+)?members\b"
                                            r"(?!\s+of\s+(?!the\s+(?:bloc|forum|alliance|union|organi[sz]ation|group|league|community)\b))", re.I)),
    # "ASEAN's dialogue partners, a circle that Britain joined last year": the circle's status
    ("circle_dialogue", "dialogue_partner", re.compile(r"\bdialogue[\s-]+partners" + _CIRCLE_JOINED, re.I)),
    ("circle_observer", "observer", re.compile(r"\bobservers" + _CIRCLE_JOINED, re.I)),
    # 'Y is among its observers', "X is one of the Forum's observers" (the dialogue partners: 'as_partner' below)
    ("one_of_observers", "observer", re.compile(
        r"\b(?:is|was|are|were|remains?)\s+(?:also\s+)?(?:one\s+of|among)\s+(?:the\s+(?:(?:bloc|forum|group|grouping|alliance|"
        r"organi[sz]ation|union|league|community)['’]s|(?-i:[A-Z][\w-]*)['’]s?)\s+|its\s+)(?:\w+\s+)?"
        r"observers?(?:\s+states)?\b", re.I)),
    # 'Timor-Leste has been an observer for two decades', 'X has been a dialogue partner since 2012'
    ("has_been_observer", "observer", re.compile(r"\b(?:has|have|had)\s+been\s+(?:an?\s+)?observers?(?:\s+(?:state|country|nation)s?)?\s+"
                                                 r"(?:since|for)\b", re.I)),
    ("has_been_dialogue", "dialogue_partner", re.compile(r"\b(?:has|have|had)\s+been\s+(?:an?\s+)?dialogue[\s-]+partners?\s+"
                                                         r"(?:since|for)\b", re.I)),
    # 'Saudi Arabia, which received the same invitation, has still not formally taken up the offer'
    ("offer_not_taken", "candidate", re.compile(r"\b(?:has|have|had)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+)?(?:formally\s+|officially\s+)?"
                                                r"(?:taken\s+up|accepted|responded\s+to)\s+(?:the|its|an?|that)\s+(?:offer|invitation)\b", re.I)),
    # 'leaders agreed to open the procedure for admitting it as a full member' (the state before, by a pronoun)
    ("procedure_admitting", "candidate", re.compile(r"\b(?:open|opened|opening|launch|launched|begin|began|start|started|initiat\w+)\s+"
                                                    r"(?:the\s+)?(?:procedures?|process)\s+(?:for|of)\s+(?:admitting|the\s+admission\s+of|"
                                                    r"the\s+accession\s+of)\s+(?:it|them)\b", re.I)),
    # 'X remains a member of ORG', 'X, a full member of the group in its own right', 'X, which is the G20's only ... member'
    ("is_member", "member", re.compile(
        r"\b(?:remains?|remained|is|are|stays?|stayed|has\s+been|have\s+been|had\s+been)\s+(?:still\s+)?(?:an?\s+)(?:full\s+|founding\s+|"
        # 'X is a full-fledged member of the union', 'a fully fledged member of'
        r"permanent\s+|full(?:y)?[\s-]fledged\s+)?member\s+of\b|"
        # 'X has been a full member since 1976' (the organisation the article's)
        r"\b(?:has|have)\s+been\s+(?:an?\s+)?(?:full\s+|founding\s+|permanent\s+)?members?\s+since\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b(?!\s+of\b)|"
        r",\s+(?:which\s+is\s+|which\s+remains\s+|itself\s+)?(?:an?|the)\s+(?:[\w-]+['’]s\s+)?(?:(?:full|founding|permanent|only|"
        r"non-national|(?!former\b|ex-)[\w-]+)\s+){0,2}member\b(?!\s+(?:of\s+(?:parliament|the\s+(?:family|royal|party|government|cabinet|"
        r"delegation|team|board|committee)))|\s+states?|\s+countr)", re.I)),
    # 'X will take its seat as a full founding member': a founder of the body that the summit creates
    ("founding_seat", "member", re.compile(r"\b(?:(?:will|would|is\s+to|are\s+to|has|have)\s+)?(?:take|takes|took|taken)\s+(?:up\s+)?"
                                           r"(?:its|their)\s+seats?\s+as\s+"
                                           r"(?:an?\s+)?(?:full\s+)?founding\s+members?\b", re.I)),
    # 'Australia and New Zealand, the forum's two biggest members' (the places listed just before)
    ("appositive_members", "member", re.compile(
        r",\s+(?:the\s+)?(?:leaders?\s+of\s+)?(?:(?:two|three|four|five|\d+)\s+of\s+)?(?:the\s+)?(?:(?:bloc|group|forum|alliance|"
        r"organi[sz]ation|union|league|club|community|grouping|(?-i:[A-Z][\w-]*))['’]s|its|their)\s+(?:(?!former\b|ex-)[\w-]+\s+){0,3}"
        r"members\b|,\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:founding\s+|original\s+|full\s+|permanent\s+)?"
        r"members\b(?!\s+of\s+(?:parliament|the\s+(?:family|royal|party|government|cabinet|delegation|team|board|committee)))|"
        # 'A and B, along with several other allies, fear ...': the states named before are among them
        r",\s+(?:along\s+with|together\s+with|like|as\s+well\s+as)\s+(?:several|some|many|most|a\s+few|a\s+number\s+of|the|its|their|"
        r"\w+)?\s*(?:other|fellow)\s+(?:(?-i:[A-Z]{3,})\s+)?(?:members|member\s+(?:states|countries|nations)|allies)\b(?!\s+of\b)|"
        # 'A, B and C, the founding members whose initials ...', 'A and B, the original member states'
        r",\s+(?:the|its|their)\s+(?:founding|original|founder)\s+(?:members|member\s+(?:states|countries|nations))\b"
        r"(?!\s+of\s+(?!(?:the\s+)?(?-i:[A-Z])))|"
        r",\s+(?:the\s+|its\s+|their\s+)?(?:other|fellow)\s+(?:(?:two|three|four|five|six|seven|eight|nine|\d+)\s+)?"
        r"(?:founding\s+|full\s+)?(?:members|member\s+(?:states|countries|nations))\b|"
        # 'A and B, allies since 1952', 'A, members since 1995,'
        r",\s+(?:both\s+)?(?:full\s+|founding\s+)?(?:members|allies)\s+since\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b|"
        # 'A, B and several smaller allies pressed for ...': the states counted in with the unnamed rest
        r"\s+and\s+(?:several|some|many|most|a\s+few|a\s+number\s+of|other|the\s+other|two|three|four|five|\d+)\s+"
        r"(?:(?!of\b|former\b|ex-)[\w-]+\s+){0,2}?(?:members|member\s+(?:states|countries|nations)|allies)\b(?!\s+of\b)", re.I)),
    # 'A and B, the alliance's closest partners,' (not 'its biggest trading partners')
    ("appositive_partners", "partner", re.compile(
        r",\s+(?:the\s+)?(?:(?:bloc|group|forum|alliance|organi[sz]ation|union|league|club|community|grouping|(?-i:[A-Z][\w-]*))['’]s|its)"
        r"\s+(?:(?!former\b|ex-|trad\w*\b|economic\b|commercial\b|business\b|development\b|dialogue\b)[\w-]+\s+){0,2}partners\b", re.I)),
    # 'A and B, the bloc's other two dialogue partners,'
    ("appositive_dialogue_partners", "dialogue_partner", re.compile(
        r",\s+(?:the\s+)?(?:(?:bloc|group|forum|alliance|organi[sz]ation|union|league|club|community|grouping|(?-i:[A-Z][\w-]*))['’]s|its)"
        r"\s+(?:(?!former\b|ex-)[\w-]+\s+){0,3}?dialogue[\s-]+partners?\b", re.I)),
    # 'Palau, which had announced it would leave, is staying'
    ("staying", "member", re.compile(r"\b(?:is|are)\s+staying\b(?!\s+(?:out|away|with|home)\b|\s+(?:in|at|on)\s+(?!the\s+(?:end|bloc|forum|group|alliance)\b))|\bdecided\s+to\s+(?:stay|remain)\b"
                                     r"(?!\s+(?:in|at|out|away|home)\b)", re.I)),
    # 'whose country holds the rotating chairmanship' (one taking it over may be a guest chair: no rule)
    ("chair", "member", re.compile(
        r"\b(?:holds?|held|holding)\s+(?:the\s+)?"
        r"(?:(?:rotating|pro[\s-]tempore)\s+(?:[\w-]+\s+)?|(?:bloc|group|forum|organi[sz]ation|alliance|union|league|community|"
        r"grouping)['’]s\s+(?:rotating\s+)?|(?-i:[A-Z][\w-]+)\s+(?:rotating\s+)?)(?:presidency|chair(?:manship)?)\b", re.I)),
    # 'Mexico's year at the head of the G20', 'Laos's chairmanship of the bloc': a state's own turn in the chair
    ("possessive_chair", "member", re.compile(
        r"(?<=['’]s\s)(?:(?:rotating|current|one-year|annual)\s+)?(?:year|term|turn|presidency|chairmanship|chairing)\s+"
        r"(?:at\s+the\s+head\s+of|in\s+the\s+chair\s+of|as\s+(?:the\s+)?(?:chair|president|host)\s+of|of)\s+(?:the\s+)?"
        r"(?=(?:bloc|grouping|group|organi[sz]ation|alliance|union|league|forum|community)\b|(?-i:[A-Z]))", re.I)),
    # a state that chairs the organisation itself: 'Uzbekistan will chair the Commonwealth in 2020', 'X, which has chaired
    # the union's bodies this year' (the state must stand right before the verb; a person chairing sessions or a meeting
    # is no membership; taking over a chair is left alone, as the 'chair' rule above says)
    ("chairs_org", "member", re.compile(
        r"\b(?:(?:will|would|shall|to|is\s+to|is\s+due\s+to)\s+chair|chairs|chaired)\s+(?:the\s+)?(?=(?:bloc|grouping|group|"
        r"organi[sz]ation|alliance|union|league|forum|community|commonwealth)(?:['’]s\s+(?:bodies|organs|institutions)\b|\b(?!['’]))"
        r"|(?-i:[A-Z]))", re.I)),
    # 'A and B, which are not members but have deepened cooperation with the alliance': partners, not members
    ("not_member_partner", "partner", re.compile(
        r"\b(?:is|are|was|were|remains?|remained)\s+not\s+(?:an?\s+)?(?:full\s+)?(?:members?|allies)\b(?:\s+of\s+(?:the\s+)?[^,;.]{1,40}?)?"
        r"\s*,?\s+but\s+(?:(?:is|are|was|were|have|has|had|remains?)\s+)?(?:[\w-]+\s+){0,3}?(?:partners?\b|co-?operat\w*|work\w*\s+closely)"
        # 'A and B, which work closely with the alliance but are not members'
        r"|\b(?:work(?:s|ed)?|co-?operat(?:es?|ed))\s+closely\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:alliance|bloc|group|grouping|"
        r"organi[sz]ation|union|(?-i:[A-Z]{2,}))\s*,?\s+but\s+(?:are|is|were|was|remain)\s+not\s+(?:an?\s+)?(?:full\s+)?(?:members?|allies)\b"
        r"(?!\s+of\b)",
        re.I)),
    # 'the presidents of A, B and C will sign the treaty on the Eurasian Economic Union': its founders
    ("founding_treaty", "member", re.compile(r"\b(?:will\s+sign|are\s+to\s+sign|signed|sign)\s+(?:the\s+)?(?:founding\s+)?(?:treaty|charter)\s+"
                                            r"(?:on|establishing|creating|founding)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)),
    # 'A, B, C and D held their first leaders' summit in 2009': the founders of the group
    # 'the leaders of A, B, C and D met on their own for the first time' (not 'for the first time since', nor on another's sidelines)
    ("first_summit", "member", re.compile(r"\bheld\s+(?:their|its)\s+(?:first|inaugural|founding)\s+(?:[\w'’-]+\s+){0,2}?summit\b|"
                                          r"\b(?:met|gathered|convened)\s+(?:on\s+their\s+own\s+|alone\s+|together\s+|in\s+person\s+)?"
                                          r"for\s+the\s+(?:very\s+)?first\s+time\b(?!\s+(?:since|in\s+(?:\w+\s+)?(?:years|decades|months))\b)"
                                          r"(?![^.;]{0,60}\b(?:sidelines|margins|fringes)\b)", re.I)),
    # 'the bloc's leaders began meeting in 2009, when A, B, C and D gathered in X': the states that started it
    ("first_gathering", "member", re.compile(
        r"\b(?:(?:its|their|the\s+(?:bloc|group|grouping|club|forum|alliance|organi[sz]ation|union)['’]s)\s+(?:leaders|heads\s+of\s+"
        r"(?:state|government))|the\s+(?:bloc|group|grouping|club|forum))\s+(?:only\s+|first\s+)?(?:began|started)\s+(?:meeting|to\s+meet|"
        r"gathering|to\s+gather)\b[^.;]{0,40}?\bwhen\s+(?=[^.;]{3,120}?\s(?:first\s+)?(?:gathered|met|convened)\b)"
        # 'the grouping, which began as BRIC when the leaders of A, B, C and D met in 2009'
        r"|\b(?:which|that|it|the\s+(?:bloc|group|grouping|club|forum))\s+(?:began|started)\s+(?:life\s+|out\s+)?as\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+){0,3}?when\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+(?:state|government))\s+of\s+)?"
        r"(?=[^.;]{3,120}?\s(?:first\s+)?(?:gathered|met|convened)\b)", re.I)),
    ("n_member_bloc", "member", re.compile(r"\b(?:in|within|of)\s+the\s+[\w-]+-member\s+(?:bloc|group|grouping|organi[sz]ation|alliance|league|club)", re.I)),
]
# the states after 'invited' up to 'to join' a partnership or dialogue programme of the organisation
_JOIN_PARTNERSHIP = re.compile(r"[^.;]{3,80}?\bto\s+join\s+(?:the\s+|its\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                               r"(?:partnership|dialogue|co-?operation\s+(?:programme|program|initiative))\b", re.I)
# 'granted observer status upon A', '... to A': the states after the status (not a day: 'granted ... status on Thursday')
_GRANTED_ON = re.compile(r"\s+upon\b|\s+to\b|\s+on\b(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|(?-i:January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b|the\s+(?:first|second|last|final|opening|closing)\s+day))",
                         re.I)
_ITS_MEETING = re.compile(r"^\s*(?:summit|meeting|gathering|session|talks)\b", re.I)
# 'A, B, the former Yugoslav Republic of Macedonia and C'
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:former\s+)?)?$")
# 'Georgia, which like Ukraine was promised membership': the head shares the predicate of the state it is likened to
_LIKE_GAP = re.compile(r"^\s*,\s+(?:which|who)\s+(?:also\s+)?(?:just\s+)?like\s+(?:the\s+)?$", re.I)
# 'A, B and C ... after their countries formally joined': the people named before stand for their states
_THEIR_STATES = re.compile(r"\b(?:(?:their|whose)\s+|represent(?:ed|s|ing)\s+(?:[\w-]+\s+){0,2}?)(?:countries|states|nations|governments)\s+"
                           r"(?:(?:that|which)\s+)?(?:(?:have|had|has)\s+)?(?:(?:all|both|each|now|then)\s+)*$", re.I)
# a named agreement or plan before the pronoun: 'signed the Paris Agreement but withdrew from it' is no exit from the body
NAMED_PACT = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+(?-i:Agreement|Accord|Accords|Protocol|Convention|Deal|Plan|Initiative|Partnership|"
                         r"Programme|Program|Pact|Charter|Treaty)\b(?!\s+(?-i:Organi[sz]ation))")
_JOIN_THING = re.compile(r"\s+(?:the|an?|their|its)\s+(?!(?:[\w-]+\s+){0,2}?(?:bloc|alliance|group|grouping|organi[sz]ation|union|league|"
                         r"club|forum|community|commonwealth|treaty|pact)\b)"
                         # (not a time: 'applied to join the same year', 'the following month')
                         r"(?!(?:same|following|next|previous)\s+(?:year|month|week|day)\b)(?-i:[a-z])", re.I)
_MAY_JOIN = re.compile(r"\b(?:could|would|might|may|can|should)\s+(?:(?:eventually|one\s+day|also|still|not)\s+)*$", re.I)
_HIS_COUNTRY = re.compile(r"\b(?:his|her|its|their|whose)\s+(?:country|government|administration)\b", re.I)


@dataclass(frozen=True)
class MembershipFinding:
    org_id: str
    country_id: str
    country: str
    status: str
    rule: str
    since: str | None
    span: tuple[int, int]


def _target_org(mentions: list[Mention], main_org: str | None, pos: int, cue: bool = False, text: str = "",
                offset: int = 0) -> str | None:
    """Return the organisation a membership sentence is about: the nearest named one, else the summit's.

    For a cue ('X joined Y'), an organisation before the cue is its subject, not its target, unless possessive
    or it names a meeting ('at the SCO meeting, where Iran is to become a member').
    """
    named = [m for m in mentions if m.kind == "org" and m.entity_id not in ("un",)]
    orgs = [m for m in named if not cue or m.start >= pos or m.form == "possessive"]
    if cue and not orgs and main_org not in {m.entity_id for m in named}:
        orgs = [m for m in named if m.end <= pos and _ITS_MEETING.match(text[m.end - offset: m.end - offset + 30])]
        # 'The Eurasian Union opens on May 1, and Armenia becomes a full member on May 2': the sentence's subject
        # (not 'The African Union attended as a full member': another state must stand between, as the cue's subject)
        orgs = orgs or [m for m in named if m.end <= pos and re.fullmatch(r"\W*(?:the\s+)?", text[: m.start - offset], re.I)
                        and any(x.kind == "country" and m.end <= x.start < pos for x in mentions)]
    if not orgs or any(m.entity_id == main_org for m in orgs):
        return main_org
    return min(orgs, key=lambda m: abs(m.start - pos)).entity_id


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_LAST_MONTH = re.compile(r"\blast\s+(" + "|".join(_MONTHS) + r")\b", re.I)
# 'in April last year', 'in March of last year': that month of the year before the article's
_MONTH_LAST_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(?:of\s+)?last\s+year\b", re.I)


_SAME_YEAR = re.compile(r"\s+(?:of\s+)?(?:the\s+same|that|(the\s+(?:following|next)))\s+year\b", re.I)


@lru_cache(maxsize=64)
def _past_dates(text: str, published: str | None) -> tuple[DateRef, ...]:
    """Return a sentence's dates read as past, to a year or finer (cached: several cues of a sentence share them)."""
    dates = [d for d in find_dates(text, published, future=False) if d.precision in ("year", "month", "day")]
    if published and published[:4].isdigit() and published[5:7].isdigit():
        for m in _LAST_MONTH.finditer(text):  # 'suspended last July': the latest such month before the article
            month = _MONTHS.index(m.group(1).lower()) + 1
            year = int(published[:4]) - (month >= int(published[5:7]))
            if not any(d.span[0] <= m.start(1) < d.span[1] for d in dates):
                dates.append(DateRef(f"{year:04d}-{month:02d}", None, "month", m.group(0), m.span(), "relative"))
    if published and published[:4].isdigit():
        for m in _MONTH_LAST_YEAR.finditer(text):
            dates = [d for d in dates if d.span[1] <= m.start() or d.span[0] >= m.end()]
            month = _MONTHS.index(m.group(1).lower()) + 1
            dates.append(DateRef(f"{int(published[:4]) - 1:04d}-{month:02d}", None, "month", m.group(0), m.span(), "relative"))
    if published and published[:4].isdigit():
        dates = [past_no_year(_this_year(text, d, published), published, text) for d in dates]
        dates += ago_dates(text, published, dates)
    dates.sort(key=lambda d: d.span)
    # 'was brought in the next year': a year after the story's own date, never the year after the article's
    dates = [_story_next_year(text, dates, i) for i in range(len(dates))]
    dates = [d for d in dates if d is not None]
    for i, d in enumerate(dates):  # 'in August of the same year', 'in March the following year': the year of the date before
        same = _SAME_YEAR.match(text, d.span[1])
        if i and same and d.precision in ("month", "day") and dates[i - 1].start[:4].isdigit():
            year = int(dates[i - 1].start[:4]) + (same.group(1) is not None)
            dates[i] = DateRef(f"{year:04d}" + d.start[4:], None, d.precision, d.text + same.group(0), (d.span[0], same.end()), "relative")
    return tuple(dates)


_AS_FOUNDER_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{0,160}?\s+as\s+(?:a\s+|the\s+)?(?:founding|founder|original)\s+members?\b", re.I)
_YET_TO_RATIFY = re.compile(r"\b(?:members|allies|member\s+states|member)\s+(?:yet|still)\s+to\s+ratify\b", re.I)
_STORY_NEXT = re.compile(r"\bthe\s+(?:next|following)\s+year\b", re.I)
# a time told from the story's own past: 'the following year', 'a year later', 'later that year'; and a membership held
# since then: 'has been a full member since'
_STORY_LATER = re.compile(r"\b(?:the\s+(?:next|following)\s+year|(?:a|one|two|three|four|five|\w+)\s+years?\s+later|later\s+that\s+year)\b", re.I)
_MEMBER_SINCE = re.compile(r"\b(?:has|have)\s+been\s+(?:a\s+)?(?:full\s+)?members?\s+(?:ever\s+)?since\b", re.I)


def _story_next_year(text: str, dates: list[DateRef], i: int) -> DateRef | None:
    """Return 'the next year' as the year after the date before it in the sentence, or None without one."""
    d = dates[i]
    if d.method != "relative" or d.precision != "year" or not _STORY_NEXT.match(text, max(0, d.span[0] - 4)):
        return d
    before = [x for x in dates[:i] if x.start[:4].isdigit() and x.method == "explicit"]
    return DateRef(f"{int(before[-1].start[:4]) + 1:04d}", None, "year", d.text, d.span, "relative") if before else None


_THIS_YEAR = re.compile(r"\s*,?\s+(?:of\s+)?this\s+year\b", re.I)


def _this_year(text: str, d: DateRef, published: str) -> DateRef:
    """'on Jan. 1 this year', 'in March of this year': the article's year."""
    if d.precision not in ("month", "day") or d.method not in ("explicit", "explicit_no_year"):
        return d
    same = _THIS_YEAR.match(text, d.span[1])
    if same:
        return DateRef(published[:4] + d.start[4:], None, d.precision, d.text + same.group(0), (d.span[0], same.end()), "relative")
    return d


_APPOSITIVE = re.compile(r",\s+(?:the|its|an?)\s+[^,;]{1,40},")


def _since(sentence: Sentence, published: str | None, year: str | None, cue: tuple[int, int] | None = None) -> str | None:
    """Return the date a membership change happened: a date in the same clause as the cue."""
    if year:
        return year
    dates = list(_past_dates(sentence.text, published))
    if cue is not None:
        a, b = cue[0] - sentence.start, cue[1] - sentence.start
        # an appositive between is passed over: 'quit the OAU, the union's forerunner, in 1984'
        dates = [d for d in dates if not re.search(r"[,;]", _APPOSITIVE.sub("", sentence.text[min(b, d.span[1]): max(a, d.span[0])]))]
    return dates[0].start if dates else None


# 'have all asked to be', 'are seeking to be', 'hope to be', 'wanted to (join as a full member)', 'invited to': an admission
# wished for or offered
_ASKED_TO_BE = re.compile(r"\b(?:ask(?:ed|s|ing)?|appl(?:ied|ies|y|ying)|s(?:eek|eeks|eeking|ought)|want(?:s|ed)?|wish(?:es|ed)?|"
                          r"hop(?:e|es|ed|ing)|request(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?|aspir(?:e|es|ed|ing))\s+to\s+(?:be\s+)?$|"
                          # 'were invited to become full members', 'invited Chile to become a member': an offer, no entry yet
                          r"\binvit(?:ed|es|ing)\s+(?:(?-i:[A-Z])[\w'’ -]{0,40}?\s+)?to\s+$",
                          re.I)
_HOSTED_LEADERS = re.compile(r"\s+(?:hosted|invited)\s+(?:the\s+)?(?:(?:leaders|presidents|heads\s+of\s+(?:state|government)|"
                             # 'when France invited the United States, Britain and Japan': the invited states themselves
                             r"prime\s+ministers)\s+of\s+(?:the\s+)?)?", re.I)
_FOUNDING_DATED = frozenset({"founded_by", "founded_when", "treaty_signed_by", "founding_papers_signed_by"})


_LEADERS_ACT = re.compile(r"\b(?:signed|agreed|declared|proclaimed|met|gathered|launched)\b", re.I)
# one leader of the list, his state after him: 'Boris Yeltsin of ', ', Leonid Kravchuk of ', ' and Stanislav Shushkevich of '
_LEADER_OF = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}of\s+(?:the\s+)?")


def _leaders_states(s: Sentence, mentions: list[Mention], pos: int, act: bool = True) -> list[Mention]:
    """The states of a list of leaders, each name with its state: 'when Boris Yeltsin of Russia, Leonid Kravchuk of
    Ukraine and Stanislav Shushkevich of Belarus declared ...' (with `act`, the list runs to their act and every name
    carries its state); 'the five full members - A of X, B of Y, C of Z and Mr. E' (the run of names with states)."""
    done = _LEADERS_ACT.search(s.text, pos - s.start, pos - s.start + 240)
    if act and done is None:
        return []
    end = s.start + done.start() if done else s.end
    states = [x for x in mentions if x.kind == "country" and pos <= x.start < end]
    at, out = pos, []
    for state in states:
        if not _LEADER_OF.fullmatch(s.text, at - s.start, state.start - s.start):
            if act:
                return []
            break
        out.append(state)
        at = state.end
    if act and s.text[at - s.start: done.start()].strip(" ,"):
        return []
    return out if len(out) >= 2 else []


# a body added after a list of members: ', together with the European Union', ' - and now the African Union'
_BODY_TAIL = re.compile(r"\s*(?:,|\s[-–—]{1,2}|[–—])?\s*(?:together\s+with|along\s+with|as\s+well\s+as|plus|and(?:\s+(?:now|also|since\s+\d{4}))?)\s+"
                        r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# the gap from one state's leader to the next state: "'s then military ruler, Yakubu Gowon, and " (no clause break)
_TO_NEXT_OWNER = re.compile(r"['’]s\s+[^;.:()]{1,80}?(?:,\s*and\s+|\s+and\s+|,\s+)(?:the\s+)?")


def _owners_of_leaders(s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """The states of a list of leaders named by their states: "by Nigeria's then military ruler, Yakubu Gowon, and
    Togo's Gnassingbe Eyadema": each state possessive, each leader's name between it and the next."""
    states = [x for x in mentions if x.kind == "country" and x.start >= pos]
    if not states or states[0].start - pos > 4 or not re.match(r"['’]s\s", s.text[states[0].end - s.start:]):
        return []
    out = [states[0]]
    for x in states[1:]:
        if not _TO_NEXT_OWNER.fullmatch(s.text, out[-1].end - s.start, x.start - s.start) or \
                not re.match(r"['’]s\s", s.text[x.end - s.start:]):
            break
        out.append(x)
    return out if len(out) >= 2 else []


def list_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                     published: str | None) -> list[MembershipFinding]:
    """Apply the list rules: 'member countries include A, B and C'."""
    from pipeline.membership_clauses import range_tail  # the module builds on this one's findings
    found: list[MembershipFinding] = []
    taken: set[int] = set()
    mentions = short_main_name(ref, mentions, main_org)
    for rule, status, pattern in LIST_RULES:
        for m in pattern.finditer(s.text):
            if m.start() in taken:
                continue
            taken.update(range(m.start(), m.end()))
            extra = m.start("extra") if rule == "comprised_count" and m.group("extra") else -1
            # the body counted in with the members ('19 countries and the European Union') is no target
            named = [x for x in mentions if not 0 <= extra <= x.start - s.start < m.end()
                     and not (rule == "comprised_count_plus" and 0 <= x.start - s.start - m.end() <= 4)]
            org = _target_org(named, main_org, s.start + m.start())
            if rule == "org_countries_dash":  # the word before the noun must be an organisation's name
                org = next((x.entity_id for x in named if x.kind == "org" and x.end == s.start + m.end("org")), None)
            if rule == "appositive_org_partners" and m.group(0)[:1].islower():
                org = main_org  # 'the alliance's partners - ...': the summit's organisation, not one named later
            if rule == "appositive_org_partners" and any(x.kind in ("country", "demonym") and x.start == s.start + m.start()
                                                         for x in mentions):
                continue  # 'China's two Gulf partners - A and B': a state's partners, not an organisation's
            if rule == "observers" and _monitors(s.text, m):
                continue  # 'Election observers, including A and B, ...': monitors of a vote, a truce or a trial
            items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
            if extra >= 0:
                items += read_list(ref, mentions, s.start + extra, s.text, s.start, _KINDS)
            upper = _RANGE_TO.match(s.text, items[-1].end - s.start) if items and rule == "members_ranging" else None
            if rule == "members_ranging" and not upper and not re.search(r"rang", m.group(0), re.I):
                continue  # 'members from Mexico attended': no range without its other end
            if upper:  # '... to C and D': the other end of the range
                items += read_list(ref, mentions, s.start + upper.end(), s.text, s.start, _KINDS)
                while items and (kinds := _RANGE_MORE_KINDS.match(s.text, items[-1].end - s.start)):
                    more_items = read_list(ref, mentions, s.start + kinds.end(), s.text, s.start, _KINDS)
                    if not more_items:
                        break
                    items += more_items
                items += range_tail(ref, mentions, s.text, items[-1].end, s.start)  # '..., as well as E and F'
            lower = _FROM_RANGE.match(s.text, items[-1].end - s.start) if items and rule.startswith("comprised_count") else None
            start = read_list(ref, mentions, s.start + lower.end(), s.text, s.start, _KINDS) if lower else []
            upper = _TO_KINDS.match(s.text, start[-1].end - s.start) if start else None
            if upper:  # ', from A and B to emerging powers such as C and D': both ends of the range
                items += start + read_list(ref, mentions, s.start + upper.end(), s.text, s.start, _KINDS)
            plus = _CLOSING_PLUS.match(s.text, items[-1].end - s.start) if items and rule == "comprised_count" else None
            if plus:
                items += [x for x in read_list(ref, mentions, s.start + plus.end(), s.text, s.start, _KINDS) if x.kind == "org"]
            more = _MORE_KINDS.match(s.text, items[-1].end - s.start) if items and rule == "comprised_kinds" else None
            if rule == "founded_when" and not items:
                items = _leaders_states(s, mentions, s.start + m.end())  # 'when X of A, Y of B and Z of C signed'
            if rule in ("appositive_members", "members_include", "founding_members") and not items:
                items = _leaders_states(s, mentions, s.start + m.end(), act=False)  # 'the five members - A of X, B of Y ...'
            if rule in ("founded_by", "founded_when") and len(items) < 2 and (owners := _owners_of_leaders(s, mentions, s.start + m.end())):
                items = owners  # "by Nigeria's then military ruler, Yakubu Gowon, and Togo's Gnassingbe Eyadema"
            guests = _HOSTED_LEADERS.match(s.text, items[-1].end - s.start) if items and rule == "founded_when" else None
            if guests:  # '... when A hosted the leaders of B, C and D': the guests founded it too
                items += read_list(ref, mentions, s.start + guests.end(), s.text, s.start, _KINDS)
            if more:  # '... with emerging powers including C and D': the second kind of members
                items += read_list(ref, mentions, s.start + more.end(), s.text, s.start, _KINDS)
            if rule.startswith("comprised") and items and _TROOPS_AFTER.match(s.text, items[-1].end - s.start):
                continue  # 'a mission made up of Kenyan and Ethiopian troops': contributors of a force, no members
            if rule == "comprised" and m.group("acro") and (len(items) < 2 or not any(
                    x.kind == "org" and x.start == s.start + m.start("acro") for x in mentions)):
                continue  # 'the IMF of Bulgaria, Kristalina Georgieva', 'King Abdullah II of Jordan': no organisation's list
            held = _STATUS_IN_ORG.search(s.text[max(0, m.start() - 80): m.start()]) if rule == "acronym_of_members" else None
            if held and held.group("neg"):
                continue  # 'not members of the SCO - A, B and C'
            said = _held_status(held) if held else status  # 'observer status in the SCO - A, B and C'
            if rule == "admitted_as_members" and _ASKED_TO_BE.search(s.text[max(0, m.start() - 60): m.start()]):
                said = "candidate"  # 'A and B have asked to be admitted as full members': an application, no entry
            if rule == "invited_to_join" and _JOIN_PARTNERSHIP.match(s.text, m.end()):
                said = "partner"  # 'invited A and B to join its Partnership for Peace': a partner, not a candidate
            newest: set[int] = set()  # '... - and now the African Union': the body just added is joining
            while items and rule == "members_include" and (tail := _BODY_TAIL.match(s.text, items[-1].end - s.start)):
                # 'Its members are A, B and C, together with the European Union - and now the African Union'
                more = [x for x in read_list(ref, mentions, s.start + tail.end(), s.text, s.start, _KINDS) if x.kind == "org"]
                if not more:
                    break
                items += more
                newest.update(x.start for x in more if re.search(r"\bnow\b", tail.group(0), re.I))
            org = list_target(org, items, named, main_org, s.start + m.start(), _target_org)
            year = (m.group(1) or m.group(2)) if rule in _FOUNDING_DATED else None
            if said == "joining" and items:  # 'admitted A and B as full members in 2017': members now
                said = _settled(said, _earliest(s, published, (s.start + m.start(), items[-1].end)), published)
            # a signing's own date only: 'signed in Minsk by A and B, and later that month in Almaty by ...' is another act
            since = year if rule == "founding_papers_signed_by" else _since(s, published, year) if rule in _FOUNDING_DATED else None
            for item in items:
                if item.entity_id == org or item.entity_id is None or org is None:
                    continue
                found.append(MembershipFinding(org, item.entity_id, item.canonical or "", "joining" if item.start in newest else said,
                                               rule, since, (s.start + m.start(), item.end)))
    return found + frame_memberships(ref, s, mentions, main_org) + capacity_memberships(s, mentions, main_org, published)


# observers who watch something, not a tier of the organisation: 'election observers', 'ceasefire monitors and
# military observers', 'international observers' (named by the word before), or bare 'the observers, including A and
# B, ...' in a sentence about a vote, a truce or a trial
_MONITOR_KIND = re.compile(r"\b(?:elections?|electoral|polls?|polling|votes?|voting|ballot|referendum|ceasefire|truce|armistice|"
                           r"military|international|independent|foreign|trial|court|monitoring|(?:human\s+)?rights|peace|"
                           r"border|U\.?N\.?|OSCE|EU)\s+$", re.I)
_WATCHED = re.compile(r"\b(?:elections?|electoral|polls?|polling|ballot|referendum|ceasefire|truce|armistice|"
                      r"trials?|hearings?|fraud|irregularities)\b", re.I)


def _monitors(text: str, m: re.Match[str]) -> bool:
    """Whether a list's 'observers' are monitors of something (a vote, a truce, a trial), not the organisation's."""
    if _MONITOR_KIND.search(text[max(0, m.start() - 30): m.start()]):
        return True
    return not re.search(r"\bobservers?\s+(?:states|countries|nations|members)", m.group(0), re.I) and bool(_WATCHED.search(text))


# 'A, which joined in that capacity in 2004': the status named earlier in the sentence
_IN_THAT_CAPACITY = re.compile(r"\b(?:joined|was\s+admitted|were\s+admitted|was\s+accepted|were\s+accepted)\s+(?:in\s+that\s+capacity|as\s+such|"
                               r"in\s+th(?:at|e\s+same)\s+(?:status|category|role))\b", re.I)


def capacity_memberships(s: Sentence, mentions: list[Mention], main_org: str | None,
                         published: str | None) -> list[MembershipFinding]:
    """'the bloc's fifth observer after A, which joined in that capacity in 2004': the state before the cue holds
    the status last named before it."""
    found: list[MembershipFinding] = []
    for m in _IN_THAT_CAPACITY.finditer(s.text):
        pos = s.start + m.start()
        subject = next((x for x in reversed(mentions) if x.kind == "country" and x.end <= pos), None)
        if subject is None or not _STATE_JOINED.fullmatch(s.text[subject.end - s.start: m.start()]):
            continue
        status = _last_status(s.text[: subject.start - s.start])
        org = _target_org(mentions, main_org, pos)
        if status and org and status != "member":
            found.append(MembershipFinding(org, subject.entity_id or "", subject.canonical or "", status, "in_that_capacity",
                                           _since(s, published, None, (pos, s.start + m.end())), (subject.start, s.start + m.end())))
    return found


_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_LIST_NAMES = frozenset(r for r, _, _ in LIST_RULES)
_OWN_CLAUSE_STATUSES = frozenset({"observer", "dialogue_partner", "partner", "observer_or_dialogue_partner", "suspended", "left"})


def own_clause_statuses(found: list[MembershipFinding]) -> list[MembershipFinding]:
    """Let an item's own clause outrank the list it stands in: '... as well as C, which downgraded its status to that
    of an associate member' makes C a partner, not one of the members listed."""
    own: dict[tuple[str, str], list[int]] = {}
    for f in found:
        if f.rule not in _LIST_NAMES and f.status in _OWN_CLAUSE_STATUSES:
            own.setdefault((f.org_id, f.country_id), []).append(f.span[0])
    return [f for f in found if not (f.rule in _LIST_NAMES and f.status == "member" and any(
        f.span[0] <= at <= f.span[1] for at in own.get((f.org_id, f.country_id), ())))]


_ORDINAL_AFTER = re.compile(r"(?:it|[^.;]{1,40}?)\s+(?:the|its|an?)\s+(?:[\w-]+['’]s\s+)?(?P<n>" + _ORDINAL + r")\s+(?:observer|dialogue[\s-]+"
                            r"partner)(?:\s+(?:state|country|nation))?\s+after\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")
# ', which joined in 2004, and' between items: the list goes on after the clause
_CLAUSE_THEN_ITEM = re.compile(r",\s+(?:which|who)\b[^,;()]{3,120},\s*(?:and\s+)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def _earlier_holders(ref: Reference, s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """Return the states named after 'its fifth observer after': as many as came before it, past their own clauses."""
    m = _ORDINAL_AFTER.match(s.text, pos - s.start)
    if m is None:
        return []
    items: list[Mention] = []
    at = s.start + m.end()
    while got := read_list(ref, mentions, at, s.text, s.start, _KINDS):
        items += got
        rel = _CLAUSE_THEN_ITEM.match(s.text, got[-1].end - s.start)
        if rel is None:
            break
        at = s.start + rel.end()
    word = m.group("n").lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _ORDINALS.index(word) + 1 if word in _ORDINALS else None
    return items if n is None or len(items) == n - 1 else []


def _status_nouns(tag: str) -> str:
    """Return the plural status nouns ('founding members', 'observer states', 'former members'), groups tagged by `tag`."""
    return (rf"(?P<former{tag}>(?:former|ex-)\s*)?(?P<susp{tag}>suspended\s+)?(?:(?:founding|full|permanent|original|current|existing)\s+)?"
            rf"(?:(?P<od{tag}>observers?(?:\s+(?:states|countries|nations))?\s+(?:and|or)\s+dialogue\s+partners)"
            rf"|(?P<obs{tag}>observers(?:\s+(?:states|countries|nations))?|observer\s+(?:states|countries|nations|members))"
            rf"|(?P<dia{tag}>dialogue\s+partners|dialogue\s+partner\s+(?:states|countries|nations))"
            rf"|(?P<par{tag}>partners|partner\s+(?:states|countries|nations))"
            rf"|(?P<cand{tag}>candidates(?:\s+for\s+(?:full\s+)?membership)?|candidate\s+(?:states|countries|nations)|applicants|aspirants)"
            rf"|(?P<mem{tag}>members|member\s+(?:states|countries|nations|economies)))")


# one state's status after an organisation's name: 'an SCO observer', 'a founding ASEAN member'
_STATUS_ONE = (r"(?P<former1>(?:former|ex-)\s*)?(?:(?:founding|full|permanent)\s+)?(?:(?P<obs1>observer)(?:\s+(?:state|country|nation))?"
               r"|(?P<dia1>dialogue\s+partner)|(?P<cand1>candidate)(?:\s+(?:state|country|nation))?|(?P<mem1>member)(?:\s+(?:state|country|nation))?)")
# an organisation referred to by a common noun: 'the bloc' (not 'the group of experts', "the union's", 'the bloc-wide')
_GENERIC_REF = re.compile(r"\bthe\s+(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|club|forum|commonwealth)"
                          r"\b(?!\s+of\b|-)", re.I)
_LIST_VERB = r"(?:\s*,?\s+(?:(?:are|were)(?:\s+now|\s+currently|\s+then)?|(?:now\s+|currently\s+)?(?:include[sd]?|comprises?|comprised))\s*:?\s*|\s*:\s*)"
_AHEAD = r"(?=(?:the\s+)?(?-i:[A-Z]))"
# 'the members of ORG are A, B and C', 'Members of ORG: A, B' (the organisation's name between the two is checked)
_STATUS_OF = re.compile(rf"\b{_status_nouns('')}\s+(?:of|in|to)\s+", re.I)
_AFTER_ORG_LIST = re.compile(rf"^{_LIST_VERB}{_AHEAD}", re.I)
# after an organisation's name: "'s members are", ", whose members include", ", which includes", ", made up of", ' counts'
_ORG_TAIL = re.compile(rf"^(?:['’]s\s+(?:{_status_nouns('')}{_LIST_VERB}|membership\s+(?:includes|comprises|consists\s+of|is\s+made\s+up\s+of)\s+)"
                       rf"|\s*,\s*whose\s+{_status_nouns('2')}{_LIST_VERB}|\s*,?\s*(?:which|that)\s+(?:now\s+|currently\s+)?includes\s+"
                       rf"|\s*,\s*(?:made\s+up\s+of|consisting\s+of)\s+|\s+(?P<counts>counts)\s+){_AHEAD}", re.I)
# 'ORG counts A and B among its members'
_COUNTS_AS = re.compile(rf"^\s+(?:among|as)\s+(?:its\s+|their\s+)?{_status_nouns('')}\b", re.I)
# after a list: 'A and B are members of ORG', 'A and B, all members of ORG,', 'A and B belong to ORG', '... make up ORG'
_LIST_IS = re.compile(rf"^\s*(?:(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:(?:all|also|both|now|still|currently)\s+)*"
                      rf"(?:among\s+(?:the\s+)?)?{_status_nouns('')}\s+(?:of|in|to|at)\s+"
                      rf"|,\s+(?:all|both|each|fellow)\s+(?:of\s+them\s+)?{_status_nouns('2')}\s+(?:of|in)\s+"
                      r"|(?P<belong>(?:all\s+|both\s+)?belong(?:s|ed)?\s+to\s+|(?:together\s+)?(?:make|made)\s+up\s+|founded\s+))", re.I)
# 'A, B and C are its three Muslim-majority members' (not 'its biggest trading partners')
_ARE_ITS = re.compile(rf"^\s*(?:are|were|remain|remained)\s+(?:(?:all|also|both|now|still)\s+)*its\s+(?:(?P<n>{_COUNT_WORD})\s+)?"
                      r"(?:(?!former\b|ex-|trad\w*\b|economic\b|commercial\b|business\b|development\b|investment\b|biggest\b|largest\b|"
                      rf"main\b|key\b|strategic\b|security\b)[\w-]+\s+){{0,3}}?{_status_nouns('')}\b(?!\s+of\b|['’])", re.I)
# 'A, B and C were the bloc's three founders', 'A and B count as the founders', 'A and B were all among its founding members'
_ARE_FOUNDERS = re.compile(r"^\s*(?:(?:therefore|thus|now|still|then|all|both)\s+)*(?:are|were|remain|remained|counts?\s+as|counted\s+as)\s+"
                           rf"(?:(?:all|also|both|therefore|thus|now|still|then)\s+)*(?:among\s+)?(?:the|its|their|(?:the\s+)?[\w-]+['’]s)\s+(?:(?P<n>{_COUNT_WORD}|original)\s+)?"
                           r"(?:founders|founding\s+(?:members|states|countries|nations|participants)|founder\s+(?:members|states))\b"
                           r"(?!\s+of\b|['’])", re.I)
_BELONG_END = re.compile(r"^\s*(?:[.,;)]|$|\s(?:in|since|and|when|until|along)\b)")
# 'A and B are SCO members', 'X is an SCO observer', 'X, an SCO observer,' (the organisation's name before the status)
_LEAD_NAMED = re.compile(r"(?:\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:(?:all|also|both|now|still)\s+)*"
                         r"(?:an?\s+|fellow\s+)?|,\s+(?:an?|all|both|fellow)\s+)$", re.I)
_NAMED_STATUS = re.compile(rf"^\s+(?:{_status_nouns('')}|{_STATUS_ONE})\b(?!\s+of\b|['’])", re.I)
# 'SCO members India and China': the status as a title between the organisation's name and the states
_NAMED_TITLE = re.compile(rf"^\s+(?:(?P<obs>observers|observer\s+states)|members|member\s+(?:states|countries))\s+{_AHEAD}", re.I)
# 'X, the only Arab state in ORG', 'X is the only African member of ORG' (the organisation's name follows)
_ONLY_ONE_IN = re.compile(r"(?:,\s+|\b(?:is|was|remains)\s+)(?:the\s+|its\s+)?only\s+(?:(?!other\b|former\b|ex-)[\w-]+\s+){0,2}?"
                          r"(?:country|state|nation|economy|member|member\s+(?:state|country))\s+(?:in|of|among)\s+(?:the\s+)?$", re.I)
# 'A and B are the group's only South American members' (the organisation's possessive before the status)
# ... "A and B are the only two of the alliance's 31 members that ...", 'are among the bloc's founding members'
_ARE_ORG_MEMBERS = re.compile(r"\b(?:are|were|remain)\s+(?:also\s+|both\s+|all\s+)?(?:the\s+)?(?:(?:only\s+|last\s+)?"
                              r"(?:two|three|four|five|six|\d{1,2})\s+of\s+(?:the\s+)?|among\s+(?:the\s+)?)?$", re.I)
_POSSESSIVE_MEMBERS = re.compile(r"^['’]s\s+(?:(?!former\b|ex-|trad\w*\b|economic\b|business\b)[\w-]+\s+){0,3}?"
                                 r"(?:members|member\s+(?:states|countries|nations|economies))\b(?!\s+of\b)", re.I)
_NOT_STATUS = re.compile(r"\b(?:trad\w*|economic|commercial|business|development|investment|export|import|strategic|security)\s+$", re.I)


def _frame_status(m: re.Match[str]) -> str | None:
    """Return the status a matched status noun names ('former members' have left; 'former observers' name nothing)."""
    hit = {k.rstrip("12") for k, v in m.groupdict().items() if v}
    kind = next((k for k in ("od", "obs", "dia", "par", "cand", "mem") if k in hit), None)
    if "former" in hit or "susp" in hit:
        return None if kind != "mem" else "left" if "former" in hit else "suspended"
    return {"od": "observer_or_dialogue_partner", "obs": "observer", "dia": "dialogue_partner", "par": "partner",
            "cand": "candidate", "mem": "member"}.get(kind or "")


def _org_at_pos(s: Sentence, mentions: list[Mention], pos: int, main_org: str | None) -> tuple[str, int] | None:
    """Return the organisation named at an offset ('the SCO', or 'the bloc' for the summit's own) and where its name ends,
    unless a body of it follows ("the bloc's secretariat")."""
    i = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
    found = next(((x.entity_id, x.end) for x in mentions[i: i + 2] if x.kind == "org" and x.start <= pos + 4
                  and re.fullmatch(r"(?:the\s+)?", s.text[pos - s.start: x.start - s.start], re.I)), None)
    if found is None and main_org:
        rest = s.text[pos - s.start: pos - s.start + 60]
        lead = 0 if rest[:4].lower() == "the " else 4
        g = _GENERIC_REF.match(rest if not lead else "the " + rest)
        found = (main_org, pos + g.end() - lead) if g else None
    if found is None or found[0] in (None, "un") or re.match(r"['’]", s.text[found[1] - s.start: found[1] - s.start + 1]):
        return None
    return found[0] or "", found[1]


def _after(s: Sentence, pos: int) -> str:
    """Return the bounded text after an offset that a frame reads (a frame never spans more)."""
    return s.text[pos - s.start: pos - s.start + 240]


def frame_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """Apply the frames that name the organisation beside the status: 'the members of ORG are A and B', "ORG's observers
    include A", 'ORG, whose members are A and B', 'A and B are members of ORG', 'A and B are ORG members'."""
    found: list[MembershipFinding] = []

    def add(items: list[Mention], org: str, status: str | None, rule: str, at: int) -> None:
        found.extend(MembershipFinding(org, i.entity_id or "", i.canonical or "", status, rule, None, (min(at, i.start), max(at, i.end)))
                     for i in items if status and i.entity_id and i.entity_id != org)

    for m in _STATUS_OF.finditer(s.text):  # 'the members of ORG are A, B and C'
        if _NOT_STATUS.search(s.text[max(0, m.start() - 20): m.start()]):
            continue  # 'the trading partners of the bloc are ...'
        org = _org_at_pos(s, mentions, s.start + m.end(), main_org)
        verb = _AFTER_ORG_LIST.match(_after(s, org[1])) if org else None
        if org and verb:
            add(read_list(ref, mentions, org[1] + verb.end(), s.text, s.start, _KINDS), org[0], _frame_status(m),
                "status_of_org_are", s.start + m.start())
    names = [(x.entity_id, x.start, x.end) for x in mentions if x.kind == "org" and x.entity_id not in (None, "un")]
    names += [(main_org, s.start + g.start(), s.start + g.end()) for g in _GENERIC_REF.finditer(s.text) if main_org]
    for org_id, start, end in names:  # "ORG's members are", 'ORG, whose members include', 'ORG counts A among its members'
        tail = _ORG_TAIL.match(_after(s, end))
        if tail is None or org_id is None:
            continue
        items = read_list(ref, mentions, end + tail.end(), s.text, s.start, _KINDS)
        nouns = any(v for k, v in tail.groupdict().items() if k != "counts")
        status = _frame_status(tail) if nouns else "member"  # "'s former observers are" names no status
        if tail.group("counts"):
            counted = _COUNTS_AS.match(_after(s, items[-1].end)) if items else None
            status = _frame_status(counted) if counted else None
        add(items, org_id, status, "org_status_are", start)
    for org_id, start, end in names:  # 'X, the only Arab state in ORG', "A and B are the group's only Asian members"
        before = s.text[max(0, start - s.start - 80): start - s.start]
        only = _ONLY_ONE_IN.search(before)
        are = _ARE_ORG_MEMBERS.search(before) if not only and _POSSESSIVE_MEMBERS.match(_after(s, end)) else None
        if org_id and (only or are):
            add(_places_before(s, mentions, [], start - len((only or are).group(0))), org_id, "member", "only_one_in_org", start)
    for end in sorted({x.end for x in mentions if x.kind in _KINDS}):  # 'A and B are members of ORG', '... belong to ORG'
        m = _LIST_IS.match(_after(s, end))
        status = "member" if m and m.group("belong") else _frame_status(m) if m else None
        org = _org_at_pos(s, mentions, end + m.end(), main_org) if m and status else None
        if org is None or m is None or m.group("belong") and not _BELONG_END.match(s.text[org[1] - s.start: org[1] - s.start + 30]):
            continue  # 'make up the bloc's trade', 'belong to the group of states that ...'
        add(_places_before(s, mentions, [], end), org[0], status, "list_are_status_of_org", end)
    for end in sorted({x.end for x in mentions if x.kind in _KINDS}):  # 'A, B and C are its three Gulf members'
        m = _ARE_ITS.match(_after(s, end))
        status = _frame_status(m) if m else None
        items = _places_before(s, mentions, [], end) if status else []
        org = _target_org(mentions, main_org, end)
        if org and items and _count(m.group("n")) in (None, len(items)):
            add(items, org, status, "list_are_its_status", end)
    for end in sorted({x.end for x in mentions if x.kind == "country"}):  # 'A, B and C were the bloc's three founders'
        m = _ARE_FOUNDERS.match(_after(s, end))
        items = [x for x in _places_before(s, mentions, [], end) if x.kind == "country"] if m else []
        org = _target_org(mentions, main_org, end)
        if m and org and items and _count(m.group("n")) in (None, len(items)):
            add(items, org, "member", "founding_members", end)
    for x in mentions:  # 'A and B are SCO members', 'X, an SCO observer,', 'SCO members A and B'
        if x.kind != "org" or x.entity_id in (None, "un"):
            continue
        lead = _LEAD_NAMED.search(s.text[max(0, x.start - s.start - 40): x.start - s.start])
        named = _NAMED_STATUS.match(_after(s, x.end)) if lead else None
        if named:
            add(_places_before(s, mentions, [], x.start - len(lead.group(0))), x.entity_id or "", _frame_status(named),
                "list_are_org_status", x.start)
        title = _NAMED_TITLE.match(_after(s, x.end)) if not lead and x.form != "possessive" else None
        if title:
            add(read_list(ref, mentions, x.end + title.end(), s.text, s.start, _KINDS), x.entity_id or "",
                "observer" if title.group("obs") else "member", "org_status_title", x.start)
    return found


def cue_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                    main_org: str | None, published: str | None) -> list[MembershipFinding]:
    """Apply the cue rules: the nearest place (or 'his country') to 'joined', 'applied to join', ..."""
    found: list[MembershipFinding] = []
    mentions = short_main_name(ref, with_metonyms(ref, s, mentions), main_org)
    for rule, status, pattern in CUE_RULES:
        for m in pattern.finditer(s.text):
            pos = s.start + m.start()
            if rule in _OBJECT_RULES and _named_other_object(s, mentions, s.start + m.end()):
                continue  # 'joined Saudi Arabia in cutting ties', 'applied to join the Trans-Pacific Partnership'
            org = _target_org(mentions, main_org, pos, True, s.text, s.start)
            generic = _GENERIC_ORG.search(s.text, m.start(), m.end() + 30)
            if generic and any(x.kind == "org" and x.start < s.start + generic.end() and x.end > s.start + generic.start()
                               for x in mentions):
                generic = None  # 'joined the Organisation for Economic Co-operation and Development': a name, not a noun
            if main_org and generic and not any(x.kind == "org" and s.start + m.end() <= x.start < s.start + generic.start()
                                                for x in mentions):
                org = main_org  # 'a full member of the group', 'the forum's two biggest members': the summit's organisation
                org = _opening_org(ref, s, mentions, main_org) or org
                if org == main_org and not generic_fits(ref, generic.group(0).split()[-1].rstrip("'’s"), main_org):
                    continue  # 'left the union' in an SCO report: another body, named earlier
            if rule == "left_predecessor":
                org = main_org  # 'its predecessor, the OAU': the organisation that replaced the body named after
            if org != main_org and _organ_agent(ref, s, mentions, org):
                org = main_org  # 'granted observer status by the AU Commission': the organ acts for the organisation
            if rule == "first_gathering":  # the places listed between 'when' and the verb, and nothing else
                verb = re.compile(r"\s+(?:first\s+)?(?:gathered|met|convened)\b", re.I).search(s.text, m.end())
                items = _only_places(s, mentions, s.start + m.end(), s.start + verb.start(), org) if verb and org else []
                found += [MembershipFinding(org or "", i.entity_id or "", i.canonical or "", status, rule, None,
                                            (pos, s.start + verb.end())) for i in items if len(items) >= 2 and verb]
                continue
            if rule in _APPOSITIVE_RULES:
                places = _places_before(s, mentions, people, pos)
                subject = places[-1] if places else None
            else:
                subject = _subject(s, mentions, people, pos, s.start + m.end(), org, rule)
            their = _people_places(s, people, pos) if _THEIR_STATES.search(s.text[max(0, m.start() - 40): m.start()]) else []
            subject = their[-1] if len(their) > 1 else subject  # 'A, B and C ..., after their countries joined'
            if rule == "as_observer" and subject is None and _PLURAL_OBSERVERS.search(m.group(0)):
                subject = next(iter(_people_places(s, people, pos)), None)  # 'Mongolian President A took part as heads of observer states'
            if rule in ("made_member", "made_observer", "made_dialogue") and not re.match(r"it\b", s.text[m.end():]):
                # the state named right after the verb, not the subject that made it one
                subject = next((x for x in mentions if x.kind == "country" and x.entity_id != org
                                and 0 <= x.start - (s.start + m.end()) < 25), None)
            if rule == "applied" and re.match(r"the\s+\w+\s+of\s", m.group(0), re.I):  # 'the request of X for ...': X
                subject = next((x for x in mentions if x.kind == "country" and pos <= x.start < s.start + m.end()), None)
            if rule in ("upgraded_observer", "upgraded_dialogue"):
                subject = _upgraded_object(s, mentions, people, m, org) or subject
            if rule == "readmitted" and _BARE_RETURN.match(m.group(0)) and not re.match(r"\s+to\b", s.text[m.end():]) \
                    and not _EXIT_BEFORE.search(s.text, 0, m.start()):
                continue  # 'came back in 1995', 'was restored in 1989': a return only after an exit the sentence tells
            if rule in ("readmitted", "suspended"):
                inside = [x for x in mentions if x.kind == "country" and x.entity_id != org
                          and s.start + m.start() <= x.start < s.start + m.end()]
                lifter = next((x.entity_id for x in mentions if x.kind == "org" and x.entity_id != "un"
                               and getattr(ref.organisations.get(x.entity_id or ""), "kind", "organ") != "organ" and re.fullmatch(
                    r"\s+(?:has\s+|had\s+)?", s.text[x.end - s.start: m.start()])), None) if m.group(0).lower().startswith(
                    ("lift", "readmit", "re-admit", "suspend")) and not _PASSIVE_BEFORE.search(s.text[max(m.start() - 40, 0): m.start()]) else None
                # 'the OAS lifted Cuba's suspension', 'the African Union suspended Mali': the body that acts is the organisation
                org = lifter or org
                if inside or lifter or m.group(0).lower().startswith("lift"):  # the council that lifts a suspension is no subject
                    subject = inside[0] if inside else next((x for x in mentions if x.kind == "country" and x.entity_id != org
                                                             and 0 <= x.start - (s.start + m.end()) < 25), None)
            if rule == "suspended" and re.match(r"suspend(?:s|ed|ing)?\s", m.group(0), re.I) and not _PASSIVE_BEFORE.search(
                    s.text[max(m.start() - 40, 0): m.start()]):  # active 'threatened to suspend Eritrea': the object
                subject = next((x for x in mentions if x.kind == "country" and x.entity_id != org
                                and re.fullmatch(r"\s*(?:the\s+)?", s.text[m.end(): max(x.start - s.start, m.end())])
                                and x.start >= s.start + m.end()), subject)
            leader = next((p for p in people if p.country_id and p.start - s.start <= 2 and p.end <= pos), None)
            if rule == "applied" and subject is None and leader:  # 'Saakashvili, who ..., has made membership a goal': his state
                subject = Mention("country", leader.start, leader.end, leader.country or "", leader.country_id, leader.country)
            if not (subject and org) or (rule in _TIGHT_RULES and not _adjacent(s, subject, pos)):
                continue
            if rule == "applied" and _WHETHER.search(s.text[max(0, m.start() - 40): m.start()]):
                continue  # 'still considering whether to seek membership': undecided, no candidacy
            if rule == "applied_bare" and not _BARE_APPLIED_GAP.fullmatch(s.text[subject.end - s.start: m.start()]):
                continue  # 'the same rule had applied': only the state itself (or its relative clause) right before the verb
            if subject.kind == "org" and re.search(r"['’]s?\s+(?:the\s+)?$", s.text[max(subject.start - s.start - 4, 0): subject.start - s.start]):
                continue  # "a former secretary of Belarus's Security Council, also joined": a state's own body
            since = _since(s, published, None, (pos, s.start + m.end()))
            if rule in ("declined_extend_it", "admitted_as_member_passive") and since is None:  # 'when the treaty came up for renewal in 1999, A declined to extend it'
                since = _since(s, published, None, (s.start, s.start + m.end()))
            if rule == "joined" and _ALONGSIDE_DATED_RE.match(s.text, m.end()) and _THING_JOINED.search(
                    s.text[max(0, subject.start - s.start - 60): subject.start - s.start]):
                continue  # 'the talks, which India joined alongside Brazil in 2019': the thing joined is named before
            along = _ALONGSIDE_DATED_RE.match(s.text, m.end()) if rule == "joined" and since is None else None
            if along:  # 'joined, along with A and B, in 2004': the year after the companions
                since = _since(s, published, None, (pos, s.start + along.end()))
            if rule == "as_observer" and _observer_elsewhere(ref, s, mentions, m, org):
                continue  # 'an observer at the Arctic fisheries forum': another named body's observer
            if rule in ("as_observer", "as_partner") and m.group(0).lower().startswith("granted") and _GRANTED_ON.match(s.text[m.end():]):
                continue  # active 'the bloc granted observer status to A': the states after 'to', not the subject before
            if rule == "withdrawal" and (_EXIT_TALKED.search(s.text[max(_clause_start(s, pos) - s.start - 60, 0): m.start()])
                                         or _unknown_target(s, mentions, m.end(), _CAPITAL)):
                continue  # 'threatened its withdrawal from the bloc', 'its exit from the Paris Agreement'
            if rule in ("left", "withdrawal") and any(x.kind == "org" and x.start <= s.start + m.end() < x.end
                                                      and _CAPITAL.match(s.text[x.end - s.start:].lstrip()) for x in mentions):
                continue  # 'left the Commonwealth Games village': a longer name that only begins with the organisation's
            if rule == "left" and _MAY_JOIN.search(s.text[max(0, m.start() - 30): m.start()]):
                continue  # 'warnings that it may quit the grouping': an exit only spoken of
            if rule == "left" and (_LEFT_AS_MADE.match(s.text[m.end():]) or _THING_THAT_LEFT.search(s.text[max(0, m.start() - 40): m.start()])):
                continue  # 'a rift that had left the grouping one short': a thing's effect on the body, no exit
            if rule in ("left", "withdrawal") and (_place_after(mentions, s.start + m.end()) or _LEFT_MEETING.match(s.text[m.end():])
                                   or _WITHDRAWN_THING.match(s.text[m.end():]) or not _own_treaty(ref, org, m.group(0))):
                continue
            if rule == "not_member_partner" and (subject.end > pos or not _CHAIR_GAP.match(s.text[subject.end - s.start: m.start()])):
                continue  # the states themselves, right before the verb: 'A and B, which are not members but ...'
            if rule == "chairs_org" and (not _CHAIR_GAP.match(s.text[subject.end - s.start: m.start()]) or subject.end > pos
                                         or _unknown_target(s, mentions, m.end(), _CAPITAL)
                                         or _OWN_BODY.match(s.text[m.end():])):
                continue  # 'Stoltenberg, who will chair the sessions', 'Kenya chairs the AU Commission'
            if rule.startswith("appositive_") and rule.endswith("partners") and re.search(r"(?-i:[A-Z])[\w-]*['’]s", m.group(0)) and not any(
                    x.kind == "org" and pos < x.end <= s.start + m.end() for x in mentions):
                continue  # 'A and B, China's closest partners': a state's partners, not an organisation's
            if rule == "chair" and _NEGATED.search(s.text[max(m.start() - 20, 0): m.start()]):
                continue  # 'though it does not hold the rotating presidency'
            organ = _ORGAN_CHAIR.match(s.text, m.end()) if rule == "chair" else None
            if organ and not any(x.entity_id == org and s.start + m.end() <= x.start < s.start + organ.end() for x in mentions):
                continue  # 'holds the rotating chair of the Peace and Security Council': an organ's chair, no state's status
            if rule == "possessive_chair" and (not pos - 4 <= subject.end <= pos or _CAPITAL.match(s.text[m.end():])
                                               and not _org_at(s, mentions, m.end(), _CAPITAL)):
                continue  # the state right before its chair of an organisation we know ('France's presidency of the Security Council')
            if status in ("candidate", "joining") and _OWN_NP_SUBJECT.search(s.text[max(0, m.start() - 40): m.start()]):
                continue  # 'Germany and France blocked it, and the allies said both countries will become members'
            if rule == "applied" and re.match(r"(?:the\s+)?(?:bid|application|request|appeal)\b", m.group(0), re.I) and \
                    _DECIDED_REQUEST.search(s.text[max(0, m.start() - 60): m.start()]):
                continue  # "the leaders approved Laos's request for observer status": granted, not pending
            if _NONE_DID.search(s.text[max(0, m.start() - 60): m.start()]):
                continue  # 'but none has so far formally applied': no state did
            if rule in ("left", "left_clause_end") and re.search(r"\bit\b", m.group(0)) and NAMED_PACT.search(s.text[: m.start()]):
                continue  # 'signed the Paris Agreement but withdrew from it': the pronoun is the agreement
            if rule in ("left", "left_clause_end") and _NOT_DONE.search(s.text[max(0, m.start() - 30): m.start()]):
                continue  # 'had not officially left the union': still a member
            if rule in ("joined", "acceded", "entered", "joining", "rejoined") and _NOT_DONE.search(s.text[max(0, m.start() - 30): m.start()]):
                continue  # 'have not joined the bloc', 'has never become a full member'
            if rule == "left" and m.group(0).lower().endswith(("in ", "in the ")) and _unknown_target(s, mentions, m.end(), _CAPITAL):
                continue  # 'ended its participation in the Trans-Pacific Partnership': a body the reference does not know
            if rule == "joined" and _BARE_MONTH.match(s.text, m.end()) and not ((_STATE_JOINED.fullmatch(
                    s.text[subject.end - s.start: m.start()]) or _IT_JOINED.fullmatch(s.text[subject.end - s.start: m.start()]))
                    and not re.search(r"\bof\s+$", s.text[:subject.start - s.start])):
                continue  # 'the minister joined in March' is no state's accession: the state stands right before the verb
            if rule == "applied" and m.group(0).lower().endswith("join") and _JOIN_THING.match(s.text, m.end()):
                continue  # 'asked to join the talks': a meeting or an effort, not the organisation
            if rule == "joined_partnership" and _MAY_JOIN.search(s.text[max(0, m.start() - 30): m.start()]):
                continue  # 'said Moscow could join the partnership': a possibility, no status
            if rule == "joined" and _JOINED_PARTNERSHIP.match(s.text, m.start()):
                continue  # 'joined NATO's Partnership for Peace': a partner, not a member
            if rule == "joined" and _place_after(mentions, s.start + m.end()) and not _AS_FOUNDER_AFTER.match(s.text, m.end()):
                continue  # 'joined Saudi Arabia in cutting ties' joins a country in an act, not an organisation
                # ('Uzbekistan joined China, Russia and Kazakhstan as a founding member' is an entry)
            if status in ("joining", "candidate") and _other_body(s, mentions, m.end(), org):
                continue  # 'admitted as a new member of the lender', 'seeking membership in the European Union'
            if rule == "applied" and _YET_TO_RATIFY.search(s.text[subject.end - s.start: m.start()]):
                continue  # 'A and B, the only members yet to ratify its accession protocol': another state's accession
            if rule == "applied" and (_DROPPED_BID.search(s.text[max(0, m.start() - 50): m.start()])
                                      or _NOT_DONE.search(s.text[max(0, m.start() - 30): m.start()])):
                continue  # 'has not applied for membership', 'never sought to join'
  # 'has dropped its membership bid', 'withdrew its application to join': no longer a candidate
            if rule in ("applied", "joined", "acceded", "entered") and (_unknown_target(s, mentions, m.end())
                                                             or rule == "acceded" and _unknown_target(s, mentions, m.end(), _INTO)):
                continue  # 'applied to join the Trans-Pacific Partnership': a body the reference does not know
            if status == "joining" and not _SET_DAY.match(s.text, m.end()) and (_PROSPECT.search(s.text[max(_clause_start(s, pos) - s.start - 80, 0): m.start()])
                                        or _BEFORE_ADMISSION.search(s.text[max(m.start() - 120, 0): m.start()])
                                        or _ASKED_TO_BE.search(s.text[max(m.start() - 60, 0): m.start()])):
                status = "candidate"  # 'is expected to begin the process of becoming a full member'
            if rule == "self_suspended" and _NEVER_BACK.search(s.text[m.end():]):
                status = "left"  # 'suspended its membership in 2012 and has not returned'
            if rule == "founding_treaty" and not any(x.kind == "org" and x.start == s.start + m.end() for x in mentions):
                continue  # the treaty founds an organisation named right after the cue
            settled = _settled(status, _earliest(s, published, (pos, s.start + m.end())) or _only_year(s, published, m.end()), published)
            if rule == "admitted_as_member_passive" and since:
                settled = _settled(status, since, published)  # 'since the New Delhi summit in September last year, X, which was admitted
            if rule == "brought_in" and settled == "joining" and _STORY_NEXT.match(s.text, m.end() + 1) and (
                    near := [x for x in mentions if x.kind == "country" and x.end <= s.start + m.start()]) and \
                    near[-1].form != "possessive" and not re.match(r"['’]s\b", s.text[near[-1].end - s.start:]):
                settled = "member"  # 'was brought in the next year' (after the story's founding): long a member
            if rule == "admitted" and settled == "joining" and (
                    _STORY_LATER.search(s.text[m.end(): m.end() + 80].split(";")[0]) or _MEMBER_SINCE.search(s.text[m.end():])):
                settled = "member"  # 'which was admitted to the club at X the following year, has been a full member since'
            # 'attends as a full member for the first time': it joined before (derive ranks it under a dated joining)
            tag = "as_member_first" if rule == "as_member" and _FIRST_TIME.match(s.text, m.end()) else rule
            if rule in ("joined", "acceded", "entered") and since and published and recent_entry(since, published):
                settled = "joining"  # 'Sweden joined in March', read in the same year: a member since this year
            if rule == "suspended" and (_SUSPENSION_SOUGHT.search(s.text[max(m.start() - 160, 0): m.start()])
                                        and not _FIRST_TO_BE.search(s.text[max(m.start() - 60, 0): m.start()])):
                settled = "member"  # 'called for Chad to be suspended', 'threatened to suspend Mali': asked for, so still a member
            if rule == "suspended" and _SUSPENSION_LIFTED.search(s.text[m.end():]):
                settled = "member"  # 'was suspended in February; the suspension was lifted in April': back before the summit
            if rule == "declined_extend_it" and not re.search(r"\b(?:treaty|pact)\b", s.text[max(0, m.start() - 160): m.start()], re.I):
                continue  # 'declined to extend it': only the treaty named before
            if rule in ("readmitted", "rejoined") and _unknown_target(s, mentions, m.end(), _INTO):
                continue  # 'readmitted to Unasur last year': a body the reference does not know
            if rule == "readmitted" and re.fullmatch(r"return(?:ed|s)?", m.group(0), re.I) and not _org_at(s, mentions, m.end(), _INTO):
                continue  # 'returned to France on Sunday': a journey home, not a return to the organisation
            if rule == "suspended" and re.match(r"suspend(?!ion)", m.group(0), re.I) and _SUSPENDED_ACTIVITY.match(s.text[m.end():]):
                continue  # 'threatened to suspend talks with Chile', 'suspended aid to the junta'
            if rule == "readmitted" and _UNDECIDED_AFTER.match(s.text[m.end():]):
                continue  # 'the lifting of Mali's suspension is still debated'
            if rule in ("readmitted", "rejoined") and _HYPOTHETICAL.search(s.text[max(_clause_start(s, pos) - s.start - 60, 0): m.start()]):
                continue  # 'some members were ready to readmit it'
            if rule == "left_clause_end" and any(p.start < pos for p in people):
                continue  # 'the emir arrived and left': a person's exit from a meeting
            if rule not in _APPOSITIVE_RULES:
                places = _with_list(s, mentions, subject, _clause_start(s, pos))
            places = their if len(their) > 1 else places
            places = places[-1:] if rule == "appositive_associate" else places
            if rule == "appositive_members" and re.search(r"\ballies\b", m.group(0), re.I) and not _alliance(ref, org):
                continue  # 'Japan, like other allies': only in an alliance are the allies its members
            if rule == "first_summit" and (len(places) < 3 or subject.end > pos or not m.group(0).lower().startswith("held") and not
                                           _LEADERS_OF.search(s.text[max(places[0].start - s.start - 40, 0): places[0].start - s.start])):
                continue  # 'A, B and C held their first summit'; two leaders' first summit is a bilateral
            if rule == "as_observer" and _PLURAL_OBSERVERS.search(m.group(0)):
                places = _people_places(s, people, pos) or places
            for place in places:
                found.append(MembershipFinding(org, place.entity_id or "", place.canonical or "",
                                               settled, tag, since,
                                               (min(place.start, pos), s.start + m.end())))
            if rule in ("made_observer", "made_dialogue"):  # 'its fifth observer after A, which ..., and B, C and D'
                found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", status, "ordinal_after", None, (x.start, x.end))
                          for x in _earlier_holders(ref, s, mentions, s.start + m.end()) if x.entity_id not in (org, None)]
    return found + _chair_people(s, mentions, people, main_org)


# 'the leaders of A, B and C': the states of a first meeting are named by their leaders
_LEADERS_OF = re.compile(r"\b(?:leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?$", re.I)
# a bid given up: 'has dropped its own membership bid', 'withdrew its application to join', 'shelved the bid for membership'
_DROPPED_BID = re.compile(r"\b(?:drop(?:ped|s|ping)?|abandon(?:ed|s|ing)?|withdr(?:ew|aw|awn|aws|awing)|shelv(?:ed|es|ing|e)|scrap(?:ped|s|ping)?|"
                          r"ditch(?:ed|es|ing)?|renounc(?:ed|es|ing|e)|gave\s+up|give\s+up|given\s+up|giving\s+up|"
                          r"(?:put|puts|putting)\s+on\s+hold)\s+(?:(?:its|their|his|her|the|a)\s+)?(?:own\s+)?$", re.I)
_NOT_DONE = re.compile(r"(?:\b(?:not|never|without)|n['’]t)\s+(?:yet\s+|formally\s+|officially\s+)?$", re.I)
# 'a declaration that both countries will become members': the cue has a subject of its own, not the place before
_OWN_NP_SUBJECT = re.compile(r"\b(?:both|the\s+two|these|those|the\s+(?:two|three|four)\s+other)\s+(?:countries|states|nations|governments)"
                             r"\s*[\"“”'‘]?\s*$", re.I)
# "approved Afghanistan's request for observer status": a request decided is no candidacy still open
_DECIDED_REQUEST = re.compile(r"\b(?:approv(?:ed|es|ing|al\s+of)|grant(?:ed|s|ing)|accept(?:ed|s|ing)|reject(?:ed|s|ing)|turn(?:ed|s)\s+down|"
                              r"den(?:ied|ies|y)|refus(?:ed|es)|decline[ds])\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?$", re.I)
# 'none has so far formally applied', 'no other state has yet joined': a cue whose subject denies it of everyone
_NONE_DID = re.compile(r"\b(?:none|neither|no\s+(?:other\s+|further\s+|new\s+)?(?:one|state|country|nation|member|government)s?)\s+"
                       r"(?:of\s+(?:them|these|those|the\s+[\w-]+)\s+)?(?:has|have|had|is|are|was|were)\s+(?:so\s+far\s+|yet\s+|ever\s+|since\s+)?"
                       r"(?:formally\s+|officially\s+|actually\s+)?$", re.I)
# 'before the two neighbours are admitted as full members': an admission still to come
_BEFORE_ADMISSION = re.compile(r"\b(?:before|until|ahead\s+of|prior\s+to)\b[^.;]*?\b(?:are|is|can\s+be|will\s+be|be)\s+$", re.I)
# what a verb 'suspend' governs when it is an activity, not a state's membership: 'suspended talks', 'suspend its aid'
_SUSPENDED_ACTIVITY = re.compile(r"^(?:(?:the|its|their|all|his|her)\s+(?!(?:membership|participation|seat|voting|rights|country|state|"
                                 r"nation|government|regime|junta|member)\b)(?-i:[a-z])|(?!(?:from|in|on|at|over|after|until|for|"
                                 r"since|last|this|indefinitely|immediately|following|pending|by|because|when|as|and|but|with|due|"
                                 r"amid|again|earlier|temporarily|the|its|their|his|her|all)\b)(?-i:[a-z]))", re.I)
# a suspension asked for or threatened, not done: 'his call for X to be suspended from the union', 'demanded the
# suspension of X', 'threatened to suspend X', 'X could be suspended' (the state is a member that may lose its seat)
_SUSPENSION_SOUGHT = re.compile(r"(?:\b(?:could|would|might|should|(?-i:may))\s+(?:(?:not\s+)?be\s+)?|\bto\s+be\s+|"
                                r"\b(?:calls?|called|calling|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|"
                                r"lobb(?:y|ies|ied|ying)|threat(?:en|ens|ened|ening)|propos(?:e|es|ed|ing)|ask(?:s|ed|ing)?|want(?:s|ed)?)"
                                r"\s+(?:[\w'’-]+\s+){0,3}?to\s+|"
                                r"\b(?:calls?|called|calling|demand(?:s|ed|ing)?|push|pressure|threats?|proposals?|motion|bid)\s+(?:for\s+)?"
                                r"(?:the\s+|(?-i:[A-Z])[\w'’ -]{0,40}?['’]s\s+)?|"
                                # 'stopped short of suspending X', 'declined to suspend Y': a suspension not made
                                r"\b(?:stopped|stops|stopping)\s+short\s+of\s+|\b(?:declined|refused|decided\s+not)\s+to\s+)(?:[\w-]+ly\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are|got|gets|remains?|remained)\s+(?:[\w-]+ly\s+|not\s+)?$", re.I)
# 'the first country to be suspended', 'the only state to be suspended': a suspension that happened
# (and 'voted to suspend X', 'decided unanimously to suspend X': a suspension decided)
_FIRST_TO_BE = re.compile(r"\b(?:(?:first|second|third|last|only|latest)\s+(?:[\w-]+\s+)?to\s+be|(?:vot|decid|agre|mov|resolv|opt|"
                          r"proceed)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+){0,3}?to|(?:chose|went\s+on)\s+to)\s+$", re.I)
# a readmission still in question: 'the lifting of its suspension is still debated', '... remains on the agenda'
_UNDECIDED_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:debated|disputed|"
                              r"under\s+(?:discussion|review|consideration)|pending|expected|planned|unlikely|likely|possible|"
                              r"on\s+the\s+agenda|being\s+(?:discussed|considered)|in\s+doubt|uncertain|blocked|opposed)\b", re.I)
# 'suspended its membership in 2012 and has not returned': a suspension that became an exit
_NEVER_BACK = re.compile(r"^[^.;]{0,60}?\b(?:(?:has|have|had)\s+not\s+(?:since\s+)?(?:returned|come\s+back)|never\s+(?:returned|came\s+back)|"
                         r"(?:has|have)\s+(?:since\s+)?(?:remained|stayed)\s+(?:outside|out)|(?:has|have)\s+(?:stayed|kept)\s+away\s+since)\b", re.I)
# the suspension told of ended later in the sentence: 'was suspended in March; the suspension was lifted in June',
# 'suspended in 2009 but reinstated two years later', 'had been suspended until the sanctions were lifted in May' (not 'will
# be lifted', 'has not been lifted': still suspended)
_SUSPENSION_LIFTED = re.compile(r"^[^.]{0,120}?(?:\b(?:suspension|sanctions?|ban|measures?)\s+(?:was|were|had\s+been|has\s+(?:since\s+)?been|"
                                r"have\s+(?:since\s+)?been)\s+(?:later\s+|since\s+|then\s+|subsequently\s+|finally\s+|formally\s+|"
                                r"quickly\s+)?(?:lifted|revoked|rescinded|ended|repealed)|\b(?:but|and|before\s+being|before\s+it\s+was|"
                                r"until\s+it\s+was|only\s+to\s+be)\s+(?:later\s+|then\s+|subsequently\s+|swiftly\s+|quickly\s+)?"
                                r"(?:reinstated|readmitted|re-admitted|restored)(?!\s+to\s+power)|"
                                # 'the council lifted the suspension on June 17'
                                r"\b(?:lifted|revoked|rescinded|ended)\s+(?:the|its|their)\s+suspension)\b", re.I)
def exit_after_entry(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """An undated entry told before a dated exit of the same state in one sentence came first: 'X, which was admitted
    at the Y summit, withdrew with effect from July 2004' leaves X gone (not 'left in 1999 but has since rejoined')."""
    exits = {(s.index, f.org_id, f.country_id): f.span[1] for s, f in found if f.status in ("left", "suspended") and f.since}
    return [(s, f) for s, f in found if not (f.status in ("member", "joining") and not f.since and f.rule not in _NOT_ENTRIES
                                             and "found" not in f.rule
                                             and f.span[1] < exits.get((s.index, f.org_id, f.country_id), -1))]


# a return, a signing or a founding is no entry that an exit in the same sentence follows (a founding is undated by design)
_NOT_ENTRIES = frozenset({"readmitted", "rejoined", "signatories", "revived_by", "turned_into", "first_meeting", "signed_founding"})


def lifted_in_sentence(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """A suspension whose sentence goes on to lift it leaves a member, whichever rule read it: 'X was suspended in
    March; the measure was revoked in June' (not 'will be lifted', 'has not been lifted')."""
    out = []
    for s, f in found:
        if f.status == "suspended" and _SUSPENSION_LIFTED.search(s.text[f.span[1] - s.start:]):
            f = MembershipFinding(f.org_id, f.country_id, f.country, "member", f.rule, f.since, f.span)
        out.append((s, f))
    return out


# 'Paul Kagame, who is the current chairperson of the union', 'Kagame, who chairs the African Union this year'
_CHAIR_PERSON = re.compile(r"^\s*,\s*(?:who\s+(?:is\s+(?:also\s+)?|currently\s+)?(?:the\s+)?(?:current\s+|rotating\s+|incumbent\s+)?"
                           r"(?:chair(?:person|man|woman)?\s+of|chairs)|as\s+(?:the\s+)?(?:current\s+|rotating\s+)?chair(?:person|man|woman)?\s+of)"
                           r"\s+(?:the\s+)?", re.I)
_CHAIRED_BODY = re.compile(r"(?:bloc|grouping|group|organi[sz]ation|alliance|union|league|forum|community|commonwealth)\b(?!\s+(?:commission|secretariat))",
                           re.I)


def _chair_people(s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None) -> list[MembershipFinding]:
    """A person who chairs the organisation speaks for a member state: 'X, who is the current chair of the union'."""
    found: list[MembershipFinding] = []
    for p in people:
        c = _CHAIR_PERSON.match(s.text[p.end - s.start:])
        if not c or not p.country_id or p.former:
            continue
        at = p.end + c.end()
        named = [x for x in mentions if x.kind == "org" and x.start == at]
        if named:
            tail = s.text[named[0].end - s.start: named[0].end - s.start + 20]
            org = None if re.match(r"^\s+(?:Commission|Secretariat)\b", tail) else named[0].entity_id
        else:
            org = main_org if _CHAIRED_BODY.match(s.text[at - s.start:]) else None
        if org and org != p.country_id and p.country_id:
            found.append(MembershipFinding(org, p.country_id, p.country or "", "member", "chair_person", None, (p.start, at)))
    return found


_OBJECT_RULES = frozenset({"joined", "applied", "joining", "acceded", "entered"})
_NAMED_OBJECT = re.compile(r"^\s+(?:the\s+)?(?=(?-i:[A-Z]))(?!(?-i:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b)")


def _named_other_object(s: Sentence, mentions: list[Mention], cue_end: int) -> bool:
    """Return True when what is joined is named but is no organisation: a country, a person, an unknown treaty.

    'Egypt joined Saudi Arabia in cutting ties' is company, and 'applied to join the Trans-Pacific Partnership' is a
    body the reference does not know: neither is a membership of the summit's organisation.
    """
    m = _NAMED_OBJECT.match(s.text[cue_end - s.start:])
    if m is None:
        return False
    at = cue_end + m.end()
    return not any(x.kind == "org" and x.start <= at < x.end for x in mentions)


# 'left the G7 leaders' summit early', 'left the Manas air base in June': a meeting or a place left, not an organisation
_LEFT_MEETING = re.compile(r"^(?:[\w'’.-]+\s+){0,3}?(?:summits?|meetings?|sessions?|talks|conference|gathering|venue|retreat|"
                           r"(?:air\s*)?bases?|airbase|airport|port|hotel|hall|palace|building|embassy|capital|compound|residence)\b", re.I)
_PLURAL_OBSERVERS = re.compile(r"\b(?:heads|leaders|representatives)\s+of\b|observers\b|observer\s+(?:states|countries|nations)\b", re.I)


_NAMED_TARGET = re.compile(r"^\s+(?:the\s+)?(?=(?-i:[A-Z]))")
_CAPITAL = re.compile(r"^(?=(?-i:[A-Z]))")
# between a state and the verb that makes it the chair: ', which has', ', whose country', an adverb
_CHAIR_GAP = re.compile(r"^\s*(?:,\s*(?:which|that|whose\s+(?:country|government))\s+)?(?:(?:has|have|had|also|currently|now|then|"
                        r"(?-i:[a-z]+ly))\s+)*$", re.I)
# 'chairs the African Union Commission', 'chaired the EU Council': a body of the organisation, chaired by a person
# 'joined in March' with no year: only a state right before the verb joins
_BARE_MONTH = re.compile(r"\s+in\s+(?-i:[A-Z])[a-z]+\b(?!\s+(?:19|20)\d{2})")
# the state itself before 'joined': 'Ruritania joined', 'Ruritania, which only joined' (not 'the premier of Ruritania joined')
# the state taken up by 'it' after a colon or semicolon: 'Finland got there far sooner: it joined in April last year'
_IT_JOINED = re.compile(r"(?:\s*,[^.;:]{0,100},)?\s[^.;:]{0,60}?[:;]\s+it\s+(?:(?:has|had|finally|formally|officially|only)\s+)*", re.I)
_STATE_JOINED = re.compile(r"\s*(?:,\s*(?:which|that)\s+)?(?:(?:has|had|also|only|finally|formally|officially)\s+)*", re.I)
_FIRST_TIME = re.compile(r"\s+(?:for\s+the\s+(?:very\s+)?first\s+time|for\s+the\s+first\s+time\s+ever)\b", re.I)
# a set day of entry after the cue: 'is set to become the 29th member of the alliance on June 5' (joining, not a hope)
_SET_DAY = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’ -]{1,40}?)?\s+on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2})\b")
# an exit talked of, not made: 'threatened its withdrawal', 'ruled out its exit', 'a vote on its withdrawal'
_EXIT_TALKED = re.compile(r"\b(?:threat\w*|plan\w*|consider\w*|mull\w*|propos\w*|possible|potential|would|could|might|may|"
                          r"should|whether|demand\w*|call\w*\s+for|push\w*\s+for|ruled?\s+out|reject\w*|revers\w*|rescind\w*|"
                          r"revok\w*|avert\w*|prevent\w*|debat\w*|vote\s+on|referendum|not|never|no)\b[^,;]*$", re.I)
# the chair of a council or committee named after the cue: 'the rotating chair of the Peace and Security Council'
_ORGAN_CHAIR = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:Commission|Secretariat|Council|Parliament|Committee|"
                          r"Court|Assembly)\b(?!\s+of\b(?!\s+(?:Foreign\s+)?Ministers\b))")
_OWN_BODY = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?-i:Commission|Secretariat|Council|Parliament|Committee|Court)\b")
# what a membership is of: 'member of the lender' (a common noun) or 'membership in the European Union' (a name)
_OF_BODY = re.compile(r"\s+(?:of\s+(?:the|its)\s+(?P<noun>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,2})|(?:of|in)\s+(?:the\s+)?(?=(?-i:[A-Z])))")
_BODY_NOUN = re.compile(r"\b(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|club|community|commonwealth|"
                        r"partnership|body|association|family|nations)\b", re.I)
_INTO = re.compile(r"^\s+(?:in)?to\s+(?:the\s+)?(?=(?-i:[A-Z]))")


def _unknown_target(s: Sentence, mentions: list[Mention], cue_end: int, named: re.Pattern[str] = _NAMED_TARGET) -> bool:
    """Return True when a cue names what is joined and that name is no organisation or country we know."""
    t = named.match(s.text[cue_end:])
    if t is None:
        return False
    at = s.start + cue_end + t.end()
    return not any(x.start == at and x.kind in ("org", "country") for x in mentions)


def _other_body(s: Sentence, mentions: list[Mention], cue_end: int, org: str) -> bool:
    """Return True when a membership cue's 'of/in the X' names a body other than the target: a bank, another union."""
    t = _OF_BODY.match(s.text, cue_end)
    if t is None:
        return False
    if t.group("noun"):
        return not _BODY_NOUN.search(t.group("noun"))
    at = s.start + t.end()
    return any(x.start == at and x.kind in ("org", "country") and x.entity_id != org for x in mentions)


def _org_at(s: Sentence, mentions: list[Mention], cue_end: int, named: re.Pattern[str]) -> bool:
    """Return True when an organisation's name follows a cue ('returned to the AU')."""
    t = named.match(s.text[cue_end:])
    return t is not None and any(x.kind == "org" and x.start <= s.start + cue_end + t.end() < x.end for x in mentions)


def _upgraded_object(s: Sentence, mentions: list[Mention], people: list[Person], m: re.Match[str],
                     org: str | None) -> Mention | None:
    """Return what an upgrade names as its object: 'upgraded Belarus to observer', 'upgraded his country'."""
    inside = [x for x in mentions if x.kind == "country" and x.entity_id != org and s.start + m.start() <= x.start < s.start + m.end()]
    if inside:
        return inside[0]
    if _HIS_COUNTRY.search(m.group(0)):
        owner = [p for p in people if p.end <= s.start + m.start() and p.country_id]
        if owner:
            return Mention("country", owner[-1].start, owner[-1].end, owner[-1].country or "", owner[-1].country_id, owner[-1].country)
    return None


def _people_places(s: Sentence, people: list[Person], cue: int) -> list[Mention]:
    """'A of X and B of Y took part as heads of observer states': the countries of every person before the cue."""
    out: list[Mention] = []
    for p in people:
        if p.end <= cue and p.country_id and not re.search(r"[;:]", s.text[p.end - s.start: cue - s.start]):
            if p.country_id not in {m.entity_id for m in out}:
                out.append(Mention("country", p.start, p.end, p.country or "", p.country_id, p.country))
    return out


_GENERIC_ORG = re.compile(r"\b(?:of\s+the|the)\s+(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|club|community)"
                          r"(?:['’]s|\b(?!\s+of\b))", re.I)
_PROSPECT = re.compile(r"\b(?:expected\s+to|set\s+to|due\s+to|hopes?\s+to|aims?\s+to|seeks?\s+to|wants?\s+to|process\s+of|"
                       r"intend(?:s|ed)?\s+to|on\s+(?:course|track)\s+to|(?:application|request|bid|candidacy)\s+of|"
                       r"(?:still\s+)?(?:needs?|needed|requires?|required|awaits?|awaiting)\s+(?!to\b)[^,;]{0,80}?\bto|"
                       r"path\s+to(?:wards)?|road\s*map|" + BID_TO + r")\b[^,;]*$", re.I)
_NEGATED = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+$", re.I)
_APPOSITIVE_RULES = ("appositive_members", "appositive_superlative", "appositive_partners", "appositive_dialogue_partners",
                     "members_to_ratify")
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:or\s+not\s+)?(?:to\s+|(?:it|they)\s+(?:would|will|should|could|might)\s+)?$", re.I)
_BARE_APPLIED_GAP = re.compile(r"\s*(?:,\s*(?:which|that|who)\s+|,\s*whose\s[^,;()]{1,100},\s*)?", re.I)
_TIGHT_RULES = frozenset({"is_member", "founding_seat", "only_member_to", "appositive_members", "staying", "appositive_superlative", "appositive_partners",
                          "appositive_dialogue_partners"})
# 'Brazil's Congress', 'the Turkish parliament's approval': a state that ratifies another's accession
_APPROVER = re.compile(r"^['’]s?\s+(?:(?:national|federal|upper|lower)\s+)?(?:congress|parliament|senate|legislature|lawmakers|"
                       r"assembly|approval|ratification|consent|veto)\b", re.I)
# a readmission talked of, not done: 'members were ready to readmit it', 'calls to readmit', 'whether to readmit'
_HYPOTHETICAL = re.compile(r"\b(?:ready|willing|prepared|poised|could|would|might|may|should|whether|calls?|push(?:ing|ed)?|pressure|"
                           r"proposals?|plans?|speculation|debate[sd]?|consider(?:ing|ed)?|want(?:s|ed)?|hope[sd]?|interest(?:ed)?)\b[^,;]*$", re.I)
# what a state withdraws that is not its membership: 'withdrew Spanish troops from Iraq', 'pulled out its Danish envoy'
_WITHDRAWN_THING = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?:troops|forces|soldiers|contingents?|peacekeepers|ambassadors?|envoys?|diplomats|"
                              r"personnel|staff|candidac(?:y|ies)|nominations?|bids?|support|offers?)\b", re.I)
# 'a rift that had left the grouping one short of ten', 'the war left the union divided': 'left' as 'made', of a thing
_LEFT_AS_MADE = re.compile(r"^\s*(?:(?:one|two|three|a|[\w-]+)\s+(?:member\s+|state\s+|seat\s+|country\s+)?short\b|without\b|"
                           r"(?:deeply\s+|bitterly\s+)?(?:divided|split|weakened|weaker|isolated|paralysed|paralyzed|reeling)\b|"
                           r"in\s+(?:limbo|disarray|tatters|crisis|turmoil)\b)", re.I)
_THING_THAT_LEFT = re.compile(r"\b(?!(?:country|state|nation|kingdom|republic|government|member|island|emirate)\b)"
                              r"(?-i:[a-z])[\w-]+\s+(?:that|which)\s+(?:had\s+|has\s+|have\s+)?$", re.I)
# 'Charles Michel, whose country is a founding member': the person's country governs the cue
_WHOSE_COUNTRY_GAP = re.compile(r"^\s*,?\s*(?:whose|his|her)\s+country\s*$", re.I)
# 'X, the government-in-exile of the front that has remained a full member': a relative clause on X's own appositive
_APPOSITIVE_RELATIVE = re.compile(r"^\s*,\s+(?:the|an?)\s+(?-i:[a-z])[^,;()]{0,80}?\s+(?:that|which|who)\s+(?:(?:has|have|had|also|still)\s+)*$",
                                  re.I)
# ', which began talks in May, and' between two items of a list; an aside of place ('A, where the army seized power
# last May, and B, ...') or of owner ('A, whose junta took over in 2021, and B') parts the items the same way
_RELATIVE_ITEM = re.compile(r",\s+(?:which|who|where|whose)\b[^,;()]{3,200},\s*(?:and\s+)?$", re.I)
# ', which rejoined in 2006,' between a place and its verb
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|that)\b[^,;()]*,\s*$", re.I)
_METONYM_AFTER = re.compile(r"^(?:['’]s?\s+(?:membership|seat|participation|suspension|readmission|return)\b|\s+(?:was|is|has\s+been|"
                            r"had\s+been|were)\s+(?:suspended|readmitted|reinstated|expelled)\b"
                            # 'Rabat rejoins the continental body', 'Kyiv formally applied to join': the capital as the state
                            r"|\s+(?:has\s+|have\s+|had\s+|formally\s+|finally\s+)*(?:re-?join(?:s|ed)|quit|withdr(?:ew|aws)\s+from|"
                            r"walked\s+out\s+of|appl(?:ied|ies)\s+(?:to\s+join|for\s+(?:(?-i:[A-Z][\w-]*)\s+|full\s+)?membership)|acceded\s+to)\b"
                            # 'Yerevan was freezing its participation', 'Banjul announced its withdrawal from the bloc'
                            r"|\s+(?:(?:was|is|has|had|have)\s+)?(?:fr(?:oze|ozen|eezing|eezes?)|suspend(?:ed|s|ing)|end(?:ed|s|ing))\s+"
                            r"(?:its|their)\s+(?:participation|membership)\b|\s+(?:has\s+|had\s+)?announc(?:ed|es)\s+its\s+(?:withdrawal|exit)\b"
                            # 'Moscow, which has observer status at the bloc': a status held is the state's
                            r"|" + METONYM_STATUS_CLAUSE + ")",
                            re.I)


# a capital as the object of an admission: 'admitted Kabul as an observer', 'made Vientiane its newest dialogue partner'
# a capital as the object of the body's act on a member: 'the league suspended Damascus in 2011', 'the union expelled
# Asmara' (not 'suspended Damascus flights': the capital then names a route, not the state)
_METONYM_ACTED_ON = re.compile(r"\b(?:league|bloc|union|organi[sz]ation|alliance|community|commonwealth|group|grouping|council|"
                               r"body|members)\b[^.;:]{0,40}?\b(?:suspend(?:ed|s|ing)|expel(?:led|s|ling)|re-?admit(?:ted|s|ting)|"
                               r"reinstat(?:ed|es|ing))\s+$", re.I)
_ACT_OBJECT_END = re.compile(r"(?:\s+(?:in|on|from|over|after|for|until|since|last|this|indefinitely|and|but|when)\b|\s*[,.;:(—–-])", re.I)
_METONYM_OBJECT = re.compile(r"\b(?:admit(?:ted|s|ting)|accept(?:ed|s|ing)|welcom(?:ed|es|ing)|mak(?:e|es|ing)|made)\s+$", re.I)
_MADE_AS = re.compile(r"\s+(?:as\s+(?:an?\s+|its\s+)?|(?:the|its)\s+(?:[\w-]+['’]s\s+)?" + _ORDINAL + r"\s+)(?:full\s+)?"
                      r"(?:observer|dialogue[\s-]+partner|member)\b", re.I)


def short_main_name(ref: Reference, mentions: list[Mention], main_org: str | None) -> list[Mention]:
    """Read a bare first word of the summit organisation's name as that organisation: 'the Commonwealth' in an
    article about the Commonwealth of Independent States is not the Commonwealth of Nations."""
    org = ref.organisations.get(main_org or "")
    if org is None:
        return mentions
    out = []
    for m in mentions:
        word = re.sub(r"^the\s+", "", m.text.strip(), flags=re.I).lower()
        if m.kind == "org" and m.entity_id != main_org and " " not in word and org.name.lower().startswith(word + " "):
            m = Mention("org", m.start, m.end, m.text, org.id, org.name, m.form, m.score, m.extra)
        out.append(m)
    return out


def with_metonyms(ref: Reference, s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Read a capital as its country where it stands for the state's membership ('Damascus's membership ...'), and
    'the mainland' beside Taiwan, Hong Kong or Macau as China."""
    mentions = _mainland(s, mentions)
    if not any(m.kind == "city" for m in mentions):
        return mentions
    capitals = _capitals(ref)
    out = []
    for m in mentions:
        country = capitals.get(m.entity_id or "") if m.kind == "city" else None
        if country and (_METONYM_AFTER.match(s.text[m.end - s.start: m.end - s.start + 60]) or _METONYM_OBJECT.search(
                s.text[max(0, m.start - s.start - 30): m.start - s.start]) and _MADE_AS.match(s.text, m.end - s.start)
                or _METONYM_ACTED_ON.search(s.text[max(0, m.start - s.start - 100): m.start - s.start])
                and _ACT_OBJECT_END.match(s.text, m.end - s.start)):
            m = Mention("country", m.start, m.end, m.text, country.id, country.name, "metonym", m.score)
        out.append(m)
    return out


# 'the mainland', 'the Chinese mainland', 'mainland China' (not 'the mainland's economy'-style 'the mainland Greek coast')
_MAINLAND = re.compile(r"\bthe\s+(?P<m>(?:Chinese\s+)?mainland)\b(?!\s+(?-i:[A-Z]))|\b(?P<c>mainland\s+China)\b", re.I)
_CHINA_PARTS = frozenset({"twn", "hkg", "mac"})


def _mainland(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """'Taiwan joined in 1991 alongside the mainland and Hong Kong': beside Taiwan, Hong Kong or Macau, 'the mainland'
    is the People's Republic (elsewhere it may be any coast's: 'ferries from the island to the mainland')."""
    if not any(m.kind == "country" and m.entity_id in _CHINA_PARTS for m in mentions):
        return mentions
    spans = [(g.start(k), g.end(k)) for g in _MAINLAND.finditer(s.text) for k in ("m", "c") if g.group(k)]
    added = [Mention("country", s.start + a, s.start + b, s.text[a:b], "chn", "China", "metonym") for a, b in spans
             if not any(m.start < s.start + b and s.start + a < m.end and m.kind != "demonym" for m in mentions)]
    kept = [m for m in mentions if not any(x.start < m.end and m.start < x.end for x in added)]  # 'Chinese' inside it
    return sorted([*kept, *added], key=lambda m: m.start) if added else mentions


def _capitals(ref: Reference) -> dict:
    """Return each capital city's country, built once per reference."""
    cached = getattr(ref, "_capital_cache", None)
    if cached is None:
        cached = {c.capital: c for c in ref.countries.values() if c.capital}
        object.__setattr__(ref, "_capital_cache", cached)
    return cached


def _own_treaty(ref: Reference, org_id: str | None, cue: str) -> bool:
    """Return True unless a cue names a treaty that is not the organisation's own ('did not renew the New START treaty')."""
    treaty = re.search(r"\bthe\s+((?:[\w-]+\s+)*?)treaty\b", cue, re.I)
    org = ref.organisations.get(org_id or "")
    if treaty is None:
        return True
    name = org.name.lower() if org else ""
    return "treaty" in name and all(w.lower() in name.split() for w in treaty.group(1).split())


_ANY_BODY = frozenset({"bloc", "group", "grouping", "club", "alliance", "organisation", "forum", "body"})


def generic_fits(ref: Reference, noun: str, org_id: str | None) -> bool:
    """'the bloc' may be any organisation; 'the union', 'the treaty' only one whose name has the word ('the union' in an SCO
    report is another body)."""
    org = ref.organisations.get(org_id or "")
    noun = noun.lower().replace("organization", "organisation")
    names = " ".join((org.name, *org.aliases)).lower().replace("organization", "organisation") if org else ""
    return noun in _ANY_BODY or bool(re.search(rf"\b{noun}\b", names))


def _opening_org(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str) -> str | None:
    """Return another organisation that opens the sentence as its subject: in 'The European Union is represented by X,
    whose country holds the bloc's presidency', the bloc is the union, not the summit's organisation."""
    head = next((x for x in mentions if x.kind == "org" and re.fullmatch(r"\W*(?:the\s+)?", s.text[: x.start - s.start], re.I)), None)
    if head is None or head.entity_id in (main_org, "un", None) or any(x.entity_id == main_org for x in mentions):
        return None
    body = ref.organisations.get(head.entity_id or "")
    return head.entity_id if body is not None and body.kind != "organ" and re.match(r"\s+(?:is|was|are|were|has|had|said)\b",
                                                                                  s.text[head.end - s.start:]) else None


# the body an observer sits at: 'at the Arctic fisheries forum', 'of the Nordic Council' (a name, perhaps with a body noun)
_OBSERVER_AT = re.compile(r"\s*(?:status\s+)?(?:at|in|of|to|on|within)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_OBSERVED_BODY = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*\s+)(?:(?:[\w'’.-]+|of|for|and|on)\s+){0,4}?"
                            r"(?P<noun>summit|meeting|session|talks|gathering|conference|forum|council|organi[sz]ation|union|league|"
                            r"bloc|group|grouping|alliance|community|assembly|commission|association|agency|bank|court|parliament|"
                            r"body|initiative|dialogue|partnership)s?\b", re.I)
_OWN_EVENT = frozenset({"summit", "meeting", "session", "talks", "gathering"})


def _observer_elsewhere(ref: Reference, s: Sentence, mentions: list[Mention], m: re.Match[str], org: str | None) -> bool:
    """Whether an observer cue names the body observed and it is another one than the organisation ('an observer at
    the Arctic fisheries forum', 'observer status in the Nordic Council'); the summit itself and the organisation
    (or an organ) are its own."""
    at = m.end() if re.search(r"\b(?:at|in|of|to|on)\s+(?:the\s+)?$", m.group(0), re.I) else None
    if at is None:
        t = _OBSERVER_AT.match(s.text, m.end())
        at = t.end() if t else None
    if at is None:
        return False
    body = _OBSERVED_BODY.match(s.text, at)
    if body and body.group("noun").lower() in _OWN_EVENT:
        return False  # 'as an observer at the Astana summit': the summit's own meeting
    end = s.start + (body.end() if body else at + 1)
    named = [x for x in mentions if x.kind == "org" and s.start + at <= x.start < end]
    if any(x.entity_id == org or getattr(ref.organisations.get(x.entity_id or ""), "kind", "") == "organ" for x in named):
        return False
    return bool(named or body)


def _organ_agent(ref: Reference, s: Sentence, mentions: list[Mention], org_id: str | None) -> bool:
    """Whether the organisation is an organ named as the agent of the act ('by the AU Commission')."""
    entry = ref.organisations.get(org_id or "")
    return bool(entry and entry.kind == "organ") and any(
        x.entity_id == org_id and re.search(r"\bby\s+(?:the\s+)?$", s.text[max(0, x.start - s.start - 8): x.start - s.start])
        for x in mentions)


def _alliance(ref: Reference, org_id: str | None) -> bool:
    """Return True for an organisation whose members are called allies (an alliance or a treaty organisation)."""
    org = ref.organisations.get(org_id or "")
    return bool(org and re.search(r"\b(?:alliance|treaty)\b", " ".join((org.name, *org.aliases)), re.I))


def _clause_start(s: Sentence, cue: int) -> int:
    """Return where the words governing a cue start: before a relative clause that separates it from its subject."""
    m = _RELATIVE_CLAUSE.search(s.text[: cue - s.start])
    return s.start + m.start() if m else cue


def _adjacent(s: Sentence, subject: Mention, cue: int) -> bool:
    """Return True when the subject stands right before the cue (or before a relative clause that precedes it)."""
    gap = s.text[subject.end - s.start: _clause_start(s, cue) - s.start]
    return subject.end <= cue and (not gap.strip() or bool(_WHOSE_COUNTRY_GAP.match(gap) or _APPOSITIVE_RELATIVE.match(gap)
                                                         or _PARTICIPLE_GAP.match(gap)))


# 'Cuba, excluded from the OAS since 1962, will take its seat': a past participle's aside between subject and cue
_PARTICIPLE_GAP = re.compile(r"^\s*,\s*(?-i:[a-z]+ed)\s[^,;()]{0,100},\s*$")


def _places_before(s: Sentence, mentions: list[Mention], people: list[Person], cue: int) -> list[Mention]:
    """Return the places (or people's countries) listed right before an appositive: 'A and B, the forum's biggest members'."""
    frames = [Mention("country", p.start, p.end, p.country or "", p.country_id, p.country) for p in people if p.country_id]
    inside = [(f.start, f.end) for f in frames]
    places = [m for m in mentions if m.kind in ("country", "org") and not any(a <= m.start < b for a, b in inside)]
    items = sorted(frames + places, key=lambda m: m.end)
    items = [m for m in items if m.end <= cue]
    out: list[Mention] = []
    gap = re.compile(r"^\s*$")
    while items and gap.match(s.text[items[-1].end - s.start: (out[0].start if out else cue) - s.start]):
        out.insert(0, items.pop())
        gap = _LIST_GAP
    return out


def _earliest(s: Sentence, published: str | None, cue: tuple[int, int]) -> str | None:
    """Return the earliest date in the cue's clause ('in March last year' settles as last year)."""
    dates = _past_dates(s.text, published)
    a, b = cue[0] - s.start, cue[1] - s.start
    dates = [d.start for d in dates if not re.search(r"[,;]", s.text[min(b, d.span[1]): max(a, d.span[0])])]
    return min(dates) if dates else None


def _place_after(mentions: list[Mention], pos: int) -> bool:
    """Return True when a country follows the cue: 'left South Korea' is travel, not an exit."""
    return any(m.kind in ("country", "city") and 0 <= m.start - pos <= 4 for m in mentions)


def _only_year(s: Sentence, published: str | None, cue_end: int = 0) -> str | None:
    """Return the sentence's earliest bare year ('joined in 2023 and 2024', 'in the 1990s'), only to settle a joining status.

    Not for an entry made at a named place ('formally joining at Sanya, the acronym coined in 2001 ...'): that is the
    summit's own act, whatever year the sentence tells of something else."""
    if re.match(r"(?:ing|ed|s)?\s+at\s+(?-i:[A-Z])", s.text[cue_end:]):
        return None
    years = sorted(re.findall(r"\b(?:19|20)\d{2}(?=s?\b)", s.text))
    return years[0] if years and published and years[-1][:4] < published[:4] else None


def _settled(status: str, since: str | None, published: str | None) -> str:
    """A country that 'became a full member' in an earlier year is simply a member now."""
    if status == "joining" and since and published and since[:4] < published[:4]:
        return "member"
    # 'became full members on 1 January' told in the autumn: long settled (an entry a few months old is still the news of a
    # first summit as a member)
    if status == "joining" and since and published and len(since) >= 7 and published[5:7].isdigit() and since[:4] == published[:4]:
        return "member" if int(published[5:7]) - int(since[5:7]) >= 8 else status
    return status


def _with_list(s: Sentence, mentions: list[Mention], subject: Mention, cue: int) -> list[Mention]:
    """Return the subject with the places listed before it ('Mali, Burkina Faso and Niger remain suspended')."""
    items = [subject]
    if subject.end > cue:
        return items
    places = [m for m in mentions if m.kind in ("country", "org") and m.end <= subject.start]
    while places:
        gap = s.text[places[-1].end - s.start: items[0].start - s.start]
        if not (_LIST_GAP.match(gap) or _LIKE_GAP.match(gap)):
            rel = _RELATIVE_ITEM.search(s.text[: items[0].start - s.start])  # 'A, which began talks in May, and B'
            places = [p for p in places if rel and p.end <= s.start + rel.start()]
            if not (rel and places and places[-1].end == s.start + rel.start()):
                break
        if re.match(r"\s*,\s*and\s", gap) and _AFTER_PREPOSITION.search(s.text[: places[-1].start - s.start]):
            break  # 'Georgia left after its war with Russia, and Ukraine, ..., announced': an object, no subject
        items.insert(0, places.pop())
    return items


_WHICH_CLAUSE = re.compile(r"\s*,\s+(?:which|who)\s+[^,;()]{3,160}$", re.I)
_AFTER_PREPOSITION = re.compile(r"\b(?:with|against|from|to|by|over|on|into|towards?|between|unlike)\s+(?:the\s+)?$", re.I)


# 'X asked Mr. Y to back his country's bid': Y is spoken to; 'his' is the asker's
_ASKED_OBJECT = re.compile(r"\b(?:asked|urged|told|pressed|begged|lobbied|thanked|called\s+on|appealed\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.I)


# a verb whose subject is left out after 'and': ', and was readmitted in 1989'; the sentence's subject at its start
_ELIDED_SUBJECT = re.compile(r"(?:,\s*|\s+)and\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|then\s+|finally\s+|only\s+)?$", re.I)
_SENTENCE_SUBJECT = re.compile(r"\W*(?:(?:in\s+)?(?:19|20)\d{2}\s*,\s*)?(?:the\s+)?", re.I)
# a participle or relative aside between a subject and its cue: ', recognised by no country except Turkey, '
_ASIDE_TO_CUE = re.compile(r"\s*,\s+(?:(?-i:[a-z]+(?:ed|en))\s+(?:by|in|as|since|after|for)\b|which\s|who\s|whose\s)[^,;()]{2,160},\s*",
                           re.I)


def _subject(s: Sentence, mentions: list[Mention], people: list[Person], cue_start: int, cue_end: int,
             org: str | None, rule: str) -> Mention | None:
    """Return the place a membership cue is about."""
    his = [m for m in _HIS_COUNTRY.finditer(s.text) if s.start + m.end() <= cue_start]
    if his and people:
        owner = [p for p in people if p.mention.end <= s.start + his[-1].start() and p.country_id
                 and not _ASKED_OBJECT.search(s.text[max(0, p.start - s.start - 30): p.start - s.start])]
        if owner:
            p = owner[-1]
            return Mention("country", p.start, p.end, p.country or "", p.country_id, p.country)
    places = [m for m in mentions if m.kind in ("country", "org") and m.entity_id not in (org, "un")]
    if rule == "n_member_bloc":
        places = [m for m in places if m.form == "possessive" and m.start < cue_start]
    if _ELIDED_SUBJECT.search(s.text[: cue_start - s.start]):
        # 'Egypt saw its membership suspended after the treaty with Israel, and was readmitted in 1989': the verb's
        # subject is the sentence's, left out after 'and'
        head = next((m for m in places if m.kind == "country" and m.start < cue_start), None)
        if head is not None and _SENTENCE_SUBJECT.fullmatch(s.text[: head.start - s.start]):
            return head
    cue_start = _clause_start(s, cue_start)
    places = [m for m in places if not _APPROVER.match(s.text[m.end - s.start: m.end - s.start + 40])]
    before = [m for m in places if m.end <= cue_start]
    after = [m for m in places if m.start >= cue_end]
    if len(before) > 1 and _AFTER_PREPOSITION.search(s.text[max(before[-1].start - s.start - 30, 0): before[-1].start - s.start]):
        # 'Georgia, which announced its exit after the war with Russia and left': the relative clause's head, not its object
        head = next((m for m in reversed(before[:-1]) if cue_start - m.end < 200
                     and _WHICH_CLAUSE.match(s.text[m.end - s.start: cue_start - s.start])), None)
        if head is not None:
            return head
    for head in reversed(before[:-1]) if len(before) > 1 else ():
        if _ASIDE_TO_CUE.fullmatch(s.text, head.end - s.start, cue_start - s.start):
            return head  # 'Northern Cyprus, recognised by no country except Turkey, was admitted': the aside's head
    if before and len(s.text[before[-1].end - s.start: cue_start - s.start]) < 60 and not re.search(
            r"[,;]", s.text[before[-1].end - s.start: cue_start - s.start]):
        return before[-1]
    if rule in ("readmitted", "suspended", "joining") and after and (after[0].start - cue_end) < 25:
        return after[0]
    if before:
        return before[-1]
    if not after or rule in ("left",) or re.search(r"[,;]", s.text[cue_end - s.start: after[0].start - s.start]):
        return None  # a place after the cue's clause is not its subject
    return after[0]


# 'Brunei joined in 1984, Viet Nam in 1995, Laos and Myanmar in 1997': the verb left out of the later items
_JOINED_IN = re.compile(r"\b(?:joined|acceded|rejoined)\s+(?:the\s+[\w-]+\s+)?(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?"
                        r"(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d{2})\b", re.I)
# 'and Kyrgyzstan in August of the same year', 'Laos in 1997', 'and Serbia on March 3, 2016'
_GAPPED_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<items>(?:the\s+)?(?-i:[A-Z])[^,;.()]{1,60}?)\s+(?:in|on)\s+"
                          r"(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?(?:(?P<year>(?:19|20)\d{2})\b|(?:of\s+)?(?:the\s+(?P<rel>same|following|next)|(?P<that>that))\s+year\b)")
_UNKNOWN_STATE = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*)(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}")
# in an alliance, 'allies' are its members: 'Only eight allies expect to meet the target: A, B, ...', 'six allies - A, B, ... -',
# 'in three allies - A, B and C'
_ALLIES_COLON = re.compile(r"\b(?:the\s+|only\s+|all\s+|other\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"several|some|many|most|other|these|those)\s+(?:other\s+)?(?:(?-i:[A-Z]{3,})\s+)?allies\b"
                           r"(?:[^.:;()]{0,90}:|\s+[-–—]{1,2}|\s*[–—])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'granted dialogue partner status to A and B, joining C and D in that category': C and D already held it
# '..., adding three Arab states to a list that already includes A, a dialogue partner since 2012, as well as B and C'
_ADDED_TO_LIST = re.compile(r"\badding\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:a|the)\s+(?:list|group|circle|ranks|club|roster)\s+"
                            r"(?:that|which)\s+(?:already\s+)?(?:includes?|comprises?|counts?)\s+(?P<items>(?:the\s+)?(?-i:[A-Z])[^;.()]{1,200})",
                            re.I)
_JOINING_THOSE = re.compile(r"\s*,?\s*(?:joining|alongside|next\s+to|in\s+addition\s+to)\s+(?P<items>(?:the\s+)?(?-i:[A-Z])[^,;.()]{1,80}?)"
                            r"(?:\s+(?:in\s+th(?:at|is|e\s+same)\s+(?:category|status|role|group|tier)|as\s+(?:dialogue\s+)?partners|as\s+observers)\b"
                            # '..., joining A and B, which have held that status since 2009'
                            r"|\s*,\s+(?:which|who)\s+(?:have|has|had)\s+(?:already\s+|long\s+)?(?:held|enjoyed|had)\s+(?:that|this|the\s+same)\s+"
                            r"(?:status|role)\b)", re.I)

# 'Uzbekistan became an observer in December 2020 and Cuba in the same month': a status cue's verb left out of a later item
_DATE_AFTER_CUE = r"\s+(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d{2})\b"
_GAPPED_STATUS = re.compile(r"(?:\s+status)?" + _DATE_AFTER_CUE + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<items>(?:the\s+)?(?-i:[A-Z])"
                            r"[^,;.()]{1,60}?)\s+(?:in|on|since)\s+(?:(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?"
                            r"(?P<year2>(?:19|20)\d{2})\b|(?:of\s+)?(?:the\s+same|that)\s+(?:year|month)\b)\s*(?=[.;,)]|$)")
_GAPPED_STATUS_RULES = frozenset({"as_observer", "as_partner", "associate_member", "left", "suspended", "readmitted", "rejoined"})
# ('joined the alliance in 1999 together with A and B, ten years after ...': no comma needed before 'together with')
# ('declined to extend its participation in 1999, at the same time as A and B, and is not a member': the companions of
# the exit, the list closed by ', and' with a verb)
_SAME_AS = re.compile(r"[^.;,]{0,60}(?:,\s*|\s+(?=(?:along\s+with|alongside|together\s+with)\b))(?:(?:in\s+|during\s+)?the\s+same\s+(?:year|month|day|week)\s+as|"
                      r"(?:at\s+)?the\s+same\s+time\s+as|as\s+(?:did|have|has|had)|along\s+with|alongside|together\s+with)\s+(?P<items>(?:the\s+)?(?:(?-i:[A-Z])|(?:Chinese\s+)?mainland\b)[^;.()]{1,80}?)"
                      r"\s*(?=[.;]|$|,\s+(?!and\b|the\b)(?-i:[a-z])|,\s+and\s+(?!the\b)(?-i:[a-z])|\s+(?!(?:and|of|the|mainland)\b)(?-i:[a-z]))", re.I)
_SAME_AS_RULES = frozenset({"as_observer", "as_partner", "joined", "associate_member", "left", "readmitted", "rejoined"})


def _only_places(s: Sentence, mentions: list[Mention], start: int, end: int, org: str | None) -> list[Mention]:
    """Return the places spanning exactly a list between two offsets ('Laos and Myanmar'), else nothing."""
    places = [m for m in mentions if m.kind in ("country", "org") and start <= m.start and m.end <= end
              and m.entity_id not in (org, "un", None)]
    rest, pos = "", start
    for m in places:
        rest += s.text[pos - s.start: m.start - s.start]
        pos = m.end
    rest += s.text[pos - s.start: end - s.start]
    return places if places and not re.sub(r"\b(?:and|the)\b|[,\s]", "", rest) else []


# a list of members continued past its end: 'A, B and C -- together with D and E -- ...', 'founded by A and B - the
# original pair - together with C': an optional aside between dashes, then 'together with' / 'along with' / 'as well as'
_LIST_TAIL = re.compile(r"\s*(?:[-–—]{1,2}\s*(?:[^-–—.;()]{1,60}?\s*[-–—]{1,2}\s*)?|,\s*)(?:together\s+with|along\s+with|as\s+well\s+as)\s+"
                        r"(?P<items>(?:the\s+)?(?-i:[A-Z])[^,;.()\-–—]{1,80}?)(?=\s*(?:[,;.()\-–—]|$)|\s+(?!(?:and|of)\b)(?-i:[a-z]))")
# 'founded in 1945 by A, B and C, with D joining weeks later': a founder's list continued by an early joiner
_JOINING_LATER = re.compile(r"\s*,\s*(?:and\s+)?with\s+(?P<items>(?:the\s+)?(?-i:[A-Z])[^,;.()\-–—]{1,60}?)\s+(?:joining|acceding|"
                            r"following)\s+(?:(?:(?:a|some|several|two|three|four|five|six|few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+"
                            r"later|(?:soon|shortly)\s+after(?:wards)?|later\s+that\s+year|the\s+(?:following|next)\s+year)\b", re.I)
# 'Lithuania, which joined the alliance in 2004 together with neighbouring Latvia and Estonia': joined with it
_JOINED_WITH = re.compile(r"[^,;.()]{0,60}?\s+(?:together\s+with|along\s+with|alongside)\s+(?:(?:its\s+)?(?:neighbou?ring|fellow)\s+)?"
                          r"(?P<items>(?:the\s+)?(?:(?-i:[A-Z])|(?:Chinese\s+)?mainland\b)[^,;.()\-–—]{1,80}?)(?=\s*(?:[,;.()\-–—]|$)|\s+(?!(?:and|of|mainland)\b)(?-i:[a-z]))", re.I)
_JOINED_WITH_RULES = frozenset({"joined", "acceded", "entered", "joining", "admitted"})
_LIST_TAIL_RULES = frozenset({"founded_by", "treaty_signed_by", "founding_members", "members_include", "appositive_members",
                              "comprised_count"})


def sequel_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None, published: str | None,
                       earlier: list[MembershipFinding]) -> list[MembershipFinding]:
    """Apply the rules that continue a list beyond its cue: gapped 'X joined in 1984, Y in 1995',
    'granted observer status to A, joining B in that category', and an alliance's 'eight allies ...: A, B, ...'."""
    found: list[MembershipFinding] = []
    mentions = _mainland(s, mentions)  # 'joined alongside the mainland and Hong Kong'
    org = ref.organisations.get(main_org or "")
    if org and re.search(r"\b(?:alliance|treaty)\b", " ".join((org.name, *org.aliases)), re.I):
        for m in _ALLIES_COLON.finditer(s.text):
            items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
            found += [MembershipFinding(org.id, i.entity_id or "", i.canonical or "", "member", "allies_colon", None,
                                        (s.start + m.start(), i.end)) for i in items if i.entity_id not in (org.id, None)]
    for m in _JOINED_IN.finditer(s.text):
        org = _target_org(mentions, main_org, s.start + m.start(), True, s.text, s.start)
        pos, year = m.end(), m.group("year")
        while org and (g := _GAPPED_ITEM.match(s.text, pos)):
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), org)
            if not items and not _UNKNOWN_STATE.fullmatch(g.group("items")):
                break  # an unknown former state ('West Germany in 1955') is passed over, the chain goes on
            year = g.group("year") or (year if g.group("rel") == "same" or g.group("that") else str(int(year) + 1))
            status = "member" if not published or year < published[:4] else "joining"
            found += [MembershipFinding(org, i.entity_id or "", i.canonical or "", status, "joined_gapped", year,
                                        (i.start, s.start + g.end())) for i in items]
            pos = g.end()
    for f in earlier:
        g = _GAPPED_STATUS.match(s.text, f.span[1] - s.start) if f.rule in _GAPPED_STATUS_RULES else None
        if g:
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), f.org_id)
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "status_gapped",
                                        g.group("year2") or f.since, (i.start, s.start + g.end()))
                      for i in items if i.entity_id != f.country_id]
    seen: set[int] = set()
    for f in earlier:  # 'India has been an observer since 2005, the same year as Pakistan and Iran'
        g = _SAME_AS.match(s.text, f.span[1] - s.start) if f.rule in _SAME_AS_RULES else None
        if g and g.start("items") not in seen:
            seen.add(g.start("items"))
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), f.org_id)
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "same_as", f.since,
                                        (i.start, s.start + g.end())) for i in items if i.entity_id != f.country_id]
    ends: dict[tuple[str, str], MembershipFinding] = {}
    for f in earlier:  # the last item of each member list in the sentence
        if f.rule in _LIST_TAIL_RULES and f.status == "member" and f.span[0] < f.span[1]:
            key = (f.org_id, f.rule)
            if key not in ends or f.span[1] > ends[key].span[1]:
                ends[key] = f
    for f in ends.values():
        g = _LIST_TAIL.match(s.text, f.span[1] - s.start) or (
            _JOINING_LATER.match(s.text, f.span[1] - s.start) if f.rule in _FOUNDING_DATED else None)
        if g:
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), f.org_id)
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "list_tail", f.since,
                                        (i.start, s.start + g.end())) for i in items if i.entity_id != f.country_id]
    for f in earlier:  # 'X joined the alliance in 2004 together with neighbouring A and B'
        g = _JOINED_WITH.match(s.text, f.span[1] - s.start) if f.rule in _JOINED_WITH_RULES else None
        if g:
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), f.org_id)
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "joined_with", f.since,
                                        (i.start, s.start + g.end())) for i in items if i.entity_id != f.country_id]
    for f in earlier:
        if not f.rule.startswith("granted_status") and f.rule not in ("as_observer", "as_partner"):
            continue
        g = _JOINING_THOSE.match(s.text, f.span[1] - s.start)
        added = _ADDED_TO_LIST.search(s.text, f.span[1] - s.start) if g is None else None
        if added:  # the list added to, its items with their asides ('A, a dialogue partner since 2012, as well as B')
            items = [x for x in mentions if x.kind == "country" and s.start + added.start("items") <= x.start < s.start + added.end()
                     and x.entity_id not in (f.org_id, None)]
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "joining_those", None,
                                        (i.start, s.start + added.end())) for i in items]
        if g:
            items = _only_places(s, mentions, s.start + g.start("items"), s.start + g.end("items"), f.org_id)
            found += [MembershipFinding(f.org_id, i.entity_id or "", i.canonical or "", f.status, "joining_those", None,
                                        (i.start, s.start + g.end())) for i in items]
    return found


# a bulleted list introduced as the members' leaders: 'Among the allied leaders at the table were:'
_MEMBER_INTRO = re.compile(r"\b(?:allied|member[- ](?:state|country|nation))\s+leaders\b|\b(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|"
                           r"heads\s+of\s+government)\s+of\s+(?:the\s+|all\s+)?(?:other\s+)?"
                           r"(?:member\s+(?:states|countries|nations)|allies)\b", re.I)
_NOT_MEMBER_INTRO = re.compile(r"\b(?:guests?|invit\w+|outreach|observers?|partners?|non-members?)\b", re.I)


# 'Leaders of ASEAN's dialogue partners arrive from Thursday ...:': the listed leaders' states hold that tier
_TIER_INTRO = re.compile(r"\bleaders\s+of\s+(?:the\s+|its\s+|(?:the\s+)?[\w-]+['’]s\s+)(?:(?P<dia>dialogue[\s-]+partners)|"
                         r"(?P<obs>observers|observer\s+(?:states|countries|nations))|(?P<par>partner\s+(?:states|countries|nations)))\b",
                         re.I)
_TIER_KEYS = (("dia", "dialogue_partner"), ("obs", "observer"), ("par", "partner"))
# a box heading alone: 'MEMBERS', 'OBSERVER STATES', 'DIALOGUE PARTNERS'
_TIER_BOX = re.compile(r"^\W*(?:(?P<mem>(?:the\s+)?(?:full\s+)?members|member\s+(?:states|countries|nations))|(?P<obs>observers|observer\s+"
                       r"(?:states|countries))|(?P<dia>dialogue\s+partners)|(?P<par>partner\s+(?:states|countries)))"
                       r"(?:\s*\(\d{1,3}\))?\W*$", re.I)


def bullet_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None,
                       published: str | None, intro: str) -> list[MembershipFinding]:
    """Read a bulleted item: its own membership cues ('whose country is a founding member'), and, under an intro
    naming the members' leaders, each listed leader's country as a member."""
    found = cue_memberships(ref, s, mentions, people, main_org, published)
    tier = _TIER_INTRO.search(intro)
    box = _TIER_BOX.match(intro)
    status = "member" if _MEMBER_INTRO.search(intro) and not _NOT_MEMBER_INTRO.search(intro) else \
        next((st for k, st in _TIER_KEYS if tier.group(k)), None) if tier else \
        next((st for k, st in (("mem", "member"), *_TIER_KEYS) if box.group(k)), None) if box else None
    if main_org and status:
        for p in people:
            if p.country_id and p.country_id != main_org and p.country_id not in ref.organisations:
                found.append(MembershipFinding(main_org, p.country_id, p.country or "", status, "member_leaders_bullet",
                                               None, (p.start, p.end)))
        # under a box heading, the state that opens the line ('- Argentina — President X — expected')
        lead = next((x for x in mentions if x.kind == "country" and x.entity_id not in (main_org, None)
                     and re.fullmatch(r"\W*", s.text[: x.start - s.start])), None)
        if box and lead is not None:  # '- Lao PDR and Myanmar: admitted 23 July 1997': every state the line opens with
            found += [MembershipFinding(main_org, x.entity_id or "", x.canonical or "", status, "tier_box_bullet", None,
                                        (x.start, x.end)) for x in read_list(ref, mentions, lead.start, s.text, s.start, ("country",))
                      if x.entity_id not in (main_org, None)]
    return found


def org_leader_memberships(s: Sentence, mentions: list[Mention], attendees: list[Person]) -> list[MembershipFinding]:
    """'Other Asean leaders attending include A of X, B of Y': X and Y are members of the organisation."""
    found: list[MembershipFinding] = []
    if re.search(r"\b(?:guests?|invit\w+|outreach)\b", s.text, re.I):
        return found
    for m in mentions:
        if m.kind != "org" or not re.match(r"^\s*(?:leaders(?!['’]?\s*(?:summit|meeting|declaration))|heads\s+of\s+state|member\s+states)\b"
                                           r"[^.;]{0,60}?(?:\binclud\w*|\bsuch\s+as|:|—|\battending\b|\bpresent\b|\bwere\b|\bare\b)", s.text[m.end - s.start: m.end - s.start + 240], re.I):
            continue
        for p in attendees:
            if p.mention.start > m.end and p.country_id and p.country_id != m.entity_id:
                found.append(MembershipFinding(m.entity_id or "", p.country_id, p.country or "", "member", "org_leaders",
                                               None, (m.start, p.end)))
    return found


# 'Among the partner leaders at the table were A of X and Y's B', 'observer leaders present included ...'
_STATUS_LEADERS = re.compile(r"\b(?:(?P<obs>observer)|(?P<dia>dialogue[\s-]+partner)|partner)\s+(?:leaders|heads\s+of\s+(?:state|government)|"
                             r"presidents)\b(?!['’])[^.;:]{0,60}?(?:\b(?:were|included?|are)\b|:)", re.I)


def status_leaders_memberships(s: Sentence, people: list[Person], main_org: str | None) -> list[MembershipFinding]:
    """The countries of the leaders listed after 'the partner leaders ... were': partners (observers, dialogue partners)."""
    m = _STATUS_LEADERS.search(s.text)
    if m is None or main_org is None:
        return []
    status = "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "partner"
    return [MembershipFinding(main_org, p.country_id, p.country or "", status, "status_leaders", None, (s.start + m.start(), p.end))
            for p in people if p.start >= s.start + m.end() and p.country_id and p.country_id != main_org]


_OTHER_BEFORE = re.compile(r"\b(?:other|fellow)\s+(?:the\s+)?$", re.I)


def other_leaders_memberships(s: Sentence, mentions: list[Mention], earlier: list[Person]) -> list[MembershipFinding]:
    """'Other Asean leaders attending include ...' after a sentence about an attendee: that attendee is a member too."""
    found: list[MembershipFinding] = []
    if re.search(r"\b(?:guests?|invit\w+|outreach|observers?|partners?)\b", s.text, re.I):
        return found
    for m in mentions:
        before = s.text[max(0, m.start - s.start - 20): m.start - s.start]
        after = s.text[m.end - s.start: m.end - s.start + 40]
        if m.kind != "org" or not _OTHER_BEFORE.search(before) or not re.match(r"^\s*(?:leaders|heads\s+of\s+(?:state|government))\b", after, re.I):
            continue
        for p in earlier:
            if p.country_id and p.country_id != m.entity_id:
                found.append(MembershipFinding(m.entity_id or "", p.country_id, p.country or "", "member", "other_org_leaders",
                                               None, (m.start, m.end)))
    return found


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_GROUP_NOUN = r"(?:bloc|group|grouping|organi[sz]ation|alliance|forum|union|league|club|community)"
_APPOSITION = re.compile(r"^\s*(?:\s(?:--|[-–—])|[–—(:])\s*")  # ' -- ' is a typed dash
_ORG_LEADERS = re.compile(r"^\s+(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s*(?:\s[-–—]|[–—(:])\s*", re.I)
_CONTEXT_CUE = re.compile(rf"member|observer|\b(?:leaders|heads)\s+of\b|[–—(:]|\s--?\s|\b(?:the|those|these)\s+{_COUNT}\s+(?:that|which|who)\b|"
                          r"\bmore\s*,|\broster\b|\blist\b|\bline-?up\b", re.I)
# 'Leaders of the seven — A of X, B of Y, ...', 'the heads of the observer states took part: X was represented by ...',
# 'the leaders of the bloc's members, among them A of X, ...'
_LEADERS_LIST = re.compile(rf"\b(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|heads)\s+of\s+(?:the\s+|its\s+|all\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                           rf"(?:{_COUNT}|{_GROUP_NOUN}|(?P<obs>observer\s+(?:states|countries|nations))|member\s+(?:states|countries|nations)|members)"
                           rf"(?:\s*(?:\s[-–—]|[–—(:])\s*|(?P<incl>(?:\s+(?!include)[\w'’-]+){{0,3}}?\s+(?:include|includes|included|including)\s*:?\s*"
                           # 'the heads of the member states, President of A X, President of B Y and ...' (three or more)
                           r"|\s*,\s*(?:among\s+them|among\s+whom|namely)\s+|\s*,\s*(?=(?-i:[A-Z]))))", re.I)
# 'Alongside A and B, the leaders of member countries include ...': the leaders named first belong to the list
_ALONGSIDE = re.compile(r"^\s*(?:Alongside|Besides|Beside|Along\s+with|Together\s+with|As\s+well\s+as|In\s+addition\s+to)\s+[^,;:]{2,80},\s*(?:the\s+)?$", re.I)
# 'The African Union has 55 member states. The 11 that did not sign were A, B, ...': a counted part of the members
_COUNTED_PART = re.compile(rf"\b(?:the|those|these)\s+(?P<n>{_COUNT})\s+(?:(?P<noun>member\s+(?:states|countries|nations)|members)\s+)?"
                           r"(?:that|which|who)\s+[^.;:]{3,120}?\s+(?:were|are)\s*:?\s*(?=(?-i:[A-Z]))", re.I)
_MEMBERS_BEFORE = re.compile(r"\bmember\s+(?:states|countries|nations)\b|\bmembers\b", re.I)
_STATUS_COLON = re.compile(rf"(?:\b(?P<n>{_COUNT})\s+)?(?<![\w-])(?:(?P<obs>observer)|(?<!dialogue\s)(?P<par>partner)|member)\s+(?:states|countries|nations)\b"
                           r"[^.:;()]{0,90}:\s*", re.I)
# 'Together with Russia, those five countries make up the entire membership of the alliance'
_ANTECEDENT = re.compile(rf"\b(?:those|these|the)\s+(?:(?P<n>{_COUNT})\s+)?(?:countries|states|nations|leaders|governments)\s+"
                         rf"(?:make\s+up|form|constitute|comprise|are|were)\s+(?:all\s+)?(?:among\s+)?(?:the\s+|its\s+|their\s+|"
                         rf"the\s+(?:association|bloc|group|grouping|alliance|organi[sz]ation|union|community|commonwealth)['’]s\s+)?"
                         rf"(?:entire\s+|whole\s+|full\s+|founding\s+|original\s+|(?-i:[a-z]+est)\s+)?(?:membership|members|founders)\b", re.I)
# 'The four observer states were also represented at the top level.' (named in the sentences that follow)
# 'Two member countries are not represented by their leaders.' (a bare count opening the sentence)
_FORWARD = re.compile(rf"(?:\b(?:the|its|all)\s+(?:{_GROUP_NOUN}['’]s\s+)?|^\s*)(?P<n>{_COUNT})\s+(?:(?P<obs>observer)|member)\s+"
                      rf"(?:states|countries|nations)\b", re.I)


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def _countries_in(ref: Reference, mentions: list[Mention], people: list[Person], start: int, end: int,
                  org: str | None, demonyms: bool = False) -> list[tuple[str, str, int]]:
    """Return (id, name, position) of the states named between two offsets, by a place or a person's country, in order."""
    kinds = ("country", "org", "demonym") if demonyms else ("country", "org")
    items = [(m.entity_id or "", m.canonical or "", m.start) for m in mentions
             if m.kind in kinds and start <= m.start < end and m.entity_id not in (org, "un", None)]
    items += [(p.country_id, p.country or "", p.start) for p in people if p.country_id and start <= p.start < end
              and p.country_id != org]
    out: dict[str, tuple[str, str, int]] = {}
    for cid, name, pos in sorted(items, key=lambda x: x[2]):
        if cid not in out:
            country = ref.countries.get(cid)
            out[cid] = (cid, country.name if country else name, pos)
    return list(out.values())


def context_memberships(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                        people: dict[int, list[Person]], main_org: str | None,
                        found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """Apply the rules that read beyond one list: a named bloc spelt out, leaders listed after a dash or colon,
    'those five countries make up the membership' (named in the sentence before), 'the four observer states' (after)."""
    from pipeline.membership_clauses import other_body_head  # the module builds on this one's findings
    if main_org is None:
        return []
    out: list[tuple[Sentence, MembershipFinding]] = []
    body = [s for s in sentences if s.kind not in ("credit", "heading")]
    for i, s in enumerate(body):
        if not _CONTEXT_CUE.search(s.text):
            continue
        ms, ps = mentions.get(s.index, []), people.get(s.index, [])

        def add(items: list[tuple[str, str, int]], status: str, rule: str, sentence: Sentence = s) -> None:
            out.extend((sentence, MembershipFinding(main_org, cid, name, status, rule, None, (pos, pos + len(name))))
                       for cid, name, pos in items)
        for m in ms:  # 'The Group of Seven - France, the United States, ... and Canada'
            gap = _APPOSITION.match(s.text[m.end - s.start:]) if m.kind == "org" and m.entity_id == main_org else None
            items = read_list(ref, ms, m.end + gap.end(), s.text, s.start, _KINDS) if gap else []
            held = _STATUS_IN_ORG.search(s.text[max(0, m.start - s.start - 80): m.start - s.start]) if items else None
            if held and held.group("neg"):
                continue  # 'the states that are not members of the bloc - A, B, C': no status
            if len(items) >= 3 or held and items:  # 'the countries holding observer status in the SCO - A, B, C'
                add([(x.entity_id or "", x.canonical or "", x.start) for x in items if x.entity_id],
                    _held_status(held) if held else "member", "named_bloc_list")
            lead = _ORG_LEADERS.match(s.text[m.end - s.start:]) if m.kind == "org" and m.entity_id == main_org else None
            if lead:  # 'the G-20 leaders - Smith, French President X, ... -': the states of the leaders listed
                start = m.end + lead.end()
                leaders = _countries_in(ref, ms, ps, start, s.start + _closing(s.text, start - s.start), main_org)
                if len(leaders) >= 3:
                    add(leaders, "member", "org_leaders_list")
        if not any(m.kind == "org" and m.entity_id != main_org for m in ms):
            for g in _GENERIC_BLOC.finditer(s.text):  # 'The group — Brazil, Russia, India, China and South Africa — ...'
                items = read_list(ref, ms, s.start + g.end(), s.text, s.start, _KINDS)
                if len(items) >= 3:
                    add([(x.entity_id or "", x.canonical or "", x.start) for x in items if x.entity_id], "member", "group_appositive")
        for m in _OTHER_MEMBERS.finditer(s.text):  # the chair named just before 'the other member states' is a member too
            if i == 0 or any(x.kind == "org" and x.entity_id != main_org for x in ms):
                break
            prev = body[i - 1]
            window = prev.text + " " + s.text[: m.start()]
            if not _CHAIR_CUE.search(window):
                continue
            chairs = _countries_in(ref, mentions.get(prev.index, []), [p for p in people.get(prev.index, []) if not p.former],
                                   prev.start, prev.end, main_org) + _countries_in(ref, ms, ps, s.start, s.start + m.start(), main_org)
            if len({c[0] for c in chairs}) == 1:
                add(chairs[:1], "member", "other_members_antecedent",
                    prev if any(c[2] < prev.end for c in chairs[:1]) else s)
                break
        for rx, rule in ((_LEADERS_LIST, "leaders_list"), (_STATUS_COLON, "status_colon")):
            for m in rx.finditer(s.text):
                # (the body may stand just before the match: 'the G7 member states:' in an alliance's article)
                head = min([x.start for x in ms if x.kind == "org" and 0 <= s.start + m.start() - x.end <= 3], default=s.start + m.start())
                if other_body_head(ms, head, s.start + m.end(), main_org):
                    continue  # 'leaders of the Group of Seven - among them A, B, C': another body's roster
                end = s.start + (_closing(s.text, m.end()) if rule == "leaders_list" else len(s.text))
                items = _countries_in(ref, ms, ps, s.start + m.end(), end, main_org)
                if rule == "status_colon" and m.group("par") and _count(m.group("n")) not in (None, len(items)):
                    continue  # '13 partner countries ...: A, B, ...' names exactly the thirteen
                if len(items) >= (3 if rule == "leaders_list" else 1):
                    add(items, "observer" if m.group("obs") else "partner" if rule == "status_colon" and m.group("par")
                        else "member", rule)
                if rule == "leaders_list" and len(items) >= 3 and not m.group("obs") and _ALONGSIDE.match(s.text[: m.start()]):
                    add(_countries_in(ref, ms, ps, s.start, s.start + m.start(), main_org), "member", rule)
        for m in _COUNTED_PART.finditer(s.text):
            if not m.group("noun") and (i == 0 or not _MEMBERS_BEFORE.search(body[i - 1].text)):
                continue  # 'The 11 that did not sign were ...' counts members only after a sentence about them
            items = _countries_in(ref, ms, ps, s.start + m.end(), s.end, main_org)
            if len(items) == _count(m.group("n")):
                add(items, "member", "counted_part")
        for m in _ANTECEDENT.finditer(s.text):
            if i == 0:
                break
            prev = body[i - 1]
            together = _countries_in(ref, ms, ps, s.start, s.start + m.start(), main_org)
            earlier = [x for x in _countries_in(ref, mentions.get(prev.index, []), people.get(prev.index, []), prev.start,
                                                prev.end, main_org, demonyms=True) if x[0] not in {t[0] for t in together}]
            n = _count(m.group("n"))
            if earlier and (n is None or n == len(earlier)):
                add(together, "member", "antecedent_membership")
                add(earlier, "member", "antecedent_membership", prev)
        if i and (m := _THEM_LIST.match(s.text)):  # 'The bloc has observer states. There are now four of them: A, B, ...'
            status = _last_status(body[i - 1].text)
            items = _countries_in(ref, ms, ps, s.start + m.end(), s.end, main_org)
            other = any(x.kind == "org" and x.entity_id not in (main_org, None) for x in mentions.get(body[i - 1].index, []))
            if status and not other and items and _count(m.group("n")) in (None, len(items)):
                add(items, status, "anaphor_list")
        more = _MORE_OF_THEM.search(s.text) if i else None
        if more:  # '... admitted associate observers. Luanda added ten more, among them A and B.'; 'They join a roster that
            # already included C and D': the tier of the sentence before, for the states named after the lead
            status = _last_status(body[i - 1].text + " " + s.text[: more.start()]) or (
                _last_status(body[i - 2].text) if i >= 2 and _MORE_OF_THEM.search(body[i - 1].text) else None)
            other = any(x.kind == "org" and x.entity_id not in (main_org, None) for x in mentions.get(body[i - 1].index, []) + ms)
            end = _closing(s.text, more.end())
            items = read_list(ref, ms, s.start + more.end(), s.text, s.start, ("country",))
            if status and not other and items and items[-1].end <= s.start + end:
                add([(x.entity_id or "", x.canonical or "", x.start) for x in items if x.entity_id], status, "anaphor_list")
        for m in _FORWARD.finditer(s.text):
            if _countries_in(ref, ms, ps, s.start + m.end(), s.end, main_org) or _count(m.group("n")) is None:
                continue
            status = "observer" if m.group("obs") else "member"
            known = {f.country_id for _, f in found + out if f.org_id == main_org and f.status != status}
            n = _count(m.group("n")) or 0
            for by_people in (True, False):  # failing the count, the named places alone (a person may be misread)
                named: list[tuple[Sentence, tuple[str, str, int]]] = []
                for nxt in body[i + 1: i + 3]:
                    named += [(nxt, x) for x in _countries_in(ref, mentions.get(nxt.index, []),
                                                             people.get(nxt.index, []) if by_people else [],
                                                             nxt.start, nxt.end, main_org) if x[0] not in known
                              and x[0] not in {y[1][0] for y in named}]
                    if len(named) >= n:
                        break
                if len(named) == n:
                    break
            if len(named) == n:  # exactly as many new states as the count announced
                for nxt, x in named:
                    add([x], status, "forward_count", nxt)
    return out


# a list of the states of the sentence before, by a pronoun: 'There are now four of them: A, B, ...', 'They are: A, B'
_THEM_LIST = re.compile(rf"^\s*(?:there\s+(?:are|were)\s+(?:now\s+|currently\s+|already\s+)?(?P<n>{_COUNT})\s+of\s+them|they\s+"
                        r"(?:are|were|include|now\s+include|comprise)|(?:these|those)\s+(?:are|were|include))\s*:\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# more of the tier just told: 'added roughly ten more, among them A', 'They join a roster that already included B',
# 'The full roster is A, B, ...'
_MORE_OF_THEM = re.compile(r"\b(?:added|admitted|welcomed|took\s+in)\s+(?:(?:roughly|some|about|around|another|nearly|almost)\s+)?"
                           r"(?:\w+\s+)?more\s*,\s*(?:among\s+them|including)\s+|\b(?:they|these|those|the\s+newcomers)\s+join(?:ed)?\s+"
                           r"(?:a|the|an\s+existing)\s+(?:roster|list|group|ranks)\s+(?:that|which)\s+(?:already\s+)?includ(?:ed|es)\s+|"
                           r"^\W*(?:the|its)\s+(?:full\s+|complete\s+|whole\s+)?(?:roster|list|line-?up)\s+(?:is|reads|runs)\s*:?\s*"
                           r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# a status noun, singular or plural: 'partner countries', 'its fifth observer', 'dialogue partners'
_STATUS_WORD = re.compile(r"\b(?P<former>(?:former|ex-)\s*)?(?:(?P<od>observers?\s+(?:and|or)\s+dialogue[\s-]+partners?)|(?P<obs>observer)|"
                          r"(?P<dia>dialogue[\s-]+partner)|(?P<par>partner)|(?P<cand>candidate|applicant|aspirant)|(?P<mem>member))"
                          r"(?:s\b|\s+(?:states?|countries|country|nations?)\b|\b)", re.I)


def _last_status(text: str) -> str | None:
    """Return the status of the last status noun of a text ('partner countries', 'its fifth observer'), if any."""
    m = next(reversed(list(_STATUS_WORD.finditer(text))), None)
    if m is None or m.group("former") or _NOT_STATUS.search(text[max(0, m.start() - 20): m.start()]):
        return None
    return ("observer_or_dialogue_partner" if m.group("od") else "observer" if m.group("obs") else "dialogue_partner"
            if m.group("dia") else "partner" if m.group("par") else "candidate" if m.group("cand") else "member")


# a status held in the organisation named before its spelt-out list: 'the countries holding observer status in the SCO -'
_STATUS_IN_ORG = re.compile(r"(?:\b(?P<neg>not|non-?|former|ex-)\s*(?:[\w-]+\s+)?|\b)(?:(?P<obs>observers?)|(?P<dia>dialogue[\s-]+partners?)|"
                            r"(?P<cand>candidates?|aspirants?|applicants?)|(?P<mem>members?))(?:\s+(?:status|states|countries|nations))?"
                            r"\s+(?:in|of|at|to|with)\s+(?:the\s+)?$", re.I)


def _held_status(m: re.Match[str]) -> str:
    return "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "candidate" if m.group("cand") else "member"


_CLOSING = re.compile(r"\s[-–—]\s|[–—)]")
# 'The bloc — A, B, C and D — ...': a generic name of the summit's organisation, spelt out after a dash, bracket or colon
_GENERIC_BLOC = re.compile(rf"\b(?:the|its)\s+(?:\w+-(?:nation|country|state|strong)\s+)?{_GROUP_NOUN}\s*(?:\s[-–—]|[–—(:])\s*(?=(?-i:[A-Z]))", re.I)
# 'the presidents of the organisation's other member states', 'its fellow members'
_OTHER_MEMBERS = re.compile(rf"\b(?:(?:the\s+)?{_GROUP_NOUN}['’]s\s+|its\s+|the\s+)(?:other|fellow)\s+(?:member\s+(?:states|countries|nations)|members)\b",
                            re.I)
_CHAIR_CUE = re.compile(r"\b(?:chair(?:s|ed|ing|man|woman|manship)?|host(?:s|ed|ing)?|presid(?:es|ed|ing)\s+over)\b", re.I)


def _closing(text: str, pos: int) -> int:
    """Return where an appositive that opened before `pos` closes: the next dash or bracket, else the sentence end."""
    m = _CLOSING.search(text, pos)
    return m.start() if m else len(text)
