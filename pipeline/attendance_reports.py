"""Leaders acting at a summit in a report: 'X signed the charter with the other leaders', 'Y told journalists after the
vote', 'Z was pictured holding the gavel'.

A report (the summit under way or over) often never says who attended: it says what the leaders did there. A sitting
head of state or government, the subject of a past act or remark in a sentence that sets no other place or time, was
there. A member state's leader needs only the act; any other state's leader needs the summit's company or floor in the
same sentence ('with the 16 allied leaders', 'fellow prime ministers', 'after the closed-door vote').
"""

from __future__ import annotations

import re

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence

_HEAD_ROLES = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Premier",
                         "Leader", "Crown Prince"})
# the subject's own verb, past and not pluperfect: 'said', 'told', 'signed', 'was pictured', 'put a brave face on'
_ACT = re.compile(
    r"^\s*(?:,(?!\s*(?-i:[a-z]+ing)\b)[^,;:\"“”]{0,200},\s*)?,?\s*(?:(?:also|then|later|first|promptly|duly|himself|herself)\s+)?(?:"
    r"said|told|announced|declared|insisted|warned|urged|conceded|admitted|acknowledged|complained|stressed|argued|"
    r"pleaded|appealed|vowed|pledged|promised|praised|hailed|welcomed|thanked|critici[sz]ed|accused|rejected|dismissed|defended|"
    r"proposed|tabled|moved|joked|quipped|signed|sided\s+with|backed|endorsed|opposed|vetoed|blocked|"
    r"sat\s+(?:together|through|beside|next\s+to|opposite|between|at)|shook\s+hands|embraced|hugged|"
    r"walked\s+out|stormed\s+out|"
    r"left\s+(?:the\s+(?:hall|room|session|table|summit|meeting)|without|early)|spent\s+(?:the|much|most|hours|part)|"
    r"put\s+(?:a|on\s+a)\s+(?:[\w-]+\s+)?face|"
    r"gave\s+(?:a|the)\s+(?:banquet|dinner|lunch(?:eon)?|reception|speech|address)|"
    r"called\s+(?:for|on)|lashed\s+out|won\s+(?:the\s+)?(?:backing|support)|secured|mediated|brokered|"
    r"(?:was|were)\s+(?:(?:also|later|then|warmly)\s+)?(?:greeted|caught|pictured|photographed|seen|applauded|cheered|"
    r"overheard|filmed))\b", re.I)
# press remarks after 'told': 'told reporters', 'told a news conference'; they need the summit's floor or city named
_PRESS = re.compile(r"^\s+(?:[\w'’-]+\s+)?(?:reporters|journalists|the\s+press|(?:the|a)\s+(?:[\w-]+\s+)?(?:media|"
                    r"news\s+conference|press\s+conference))\b", re.I)
# the summit's company or floor named: the act was done there, whoever's state it is
_PRESENCE = re.compile(
    r"\b(?:with|to|for|among|before)\s+the\s+(?:\d+|other|fellow|allied|assembled|visiting|member|[\w-]+\s+member)\s+"
    r"(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|states|delegations|presidents|prime\s+ministers)\b|"
    r"\bfellow\s+(?:leaders|heads|presidents|prime\s+ministers|members)\b|\b(?:counterparts|colleagues\s+at)\b|"
    r"\bfor\s+the\s+leaders\b|"
    r"\b(?:at|after|during|before|outside|through)\s+the\s+(?:[\w-]+\s+){0,2}?(?:vote|session|plenary|summit|"
    r"conference\s+(?:centre|center|hall)|venue|ceremony|retreat|banquet|family\s+photo|summit['’]s\s+[\w-]+)\b|"
    r"\b(?:at|by|towards?)\s+the\s+(?:end|close|opening|start|sidelines|margins)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|meeting|session|talks|gathering)\b|"
    r"\b(?:were|was)\s+(?:warmly\s+)?greeted\b|\bat\s+(?:his|her)\s+first\s+(?:[\w-]+\s+)?summit\b", re.I)
# a remark or act set somewhere else: from home, on the telephone, in a statement, another time
_ELSEWHERE = re.compile(
    r"\b(?:at\s+home|back\s+home|from\s+(?:his|her|their)\s+(?:capital|office|palace|residence|home)|"
    r"in\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|broadcast|address\s+to\s+the\s+nation)|"
    r"(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|on\s+(?:state\s+|national\s+)?(?:television|radio|TV)|"
    r"before\s+(?:leaving|flying|departing|setting\s+off)|on\s+the\s+eve|ahead\s+of\s+the|"
    r"(?:last|next)\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|"
    r"\d+\s+(?:days|weeks|months|years)\s+ago|"
    r"previous|(?:would|will)\s+(?:attend|travel|fly))\b", re.I)
_VIRTUAL = re.compile(r"\bvirtual(?:ly)?\b|\bby\s+video|\bvideo\s*link|\bonline\b|\bremotely\b", re.I)
# a city a noun is stationed in, not where the act was done: 'troops for the force in Mogadishu', 'the embassy in Kyiv'
_STATIONED = re.compile(r"\b(?:force|forces|troops|mission|base|bases|embassy|consulate|soldiers|peacekeepers|operation|"
                        r"operations|headquarters|contingent|garrison|refugees|camps?)\s+in\s+(?:the\s+)?$", re.I)
_AWAY_PLACE = re.compile(r"\b(?:in|from|at|to|back\s+(?:in|to)|left\s+for)\s+(?:the\s+)?$", re.I)
# the word before a subject: an opening, a clause joint, an appositive's comma or a quote's end, not an object's verb
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:\"“”]|\b(?:when|while|as|and|but|then|meanwhile|where|after\s+which)|"
                             r",\s*(?:among\s+them|including)|"
                             r"(?-i:[A-Z])[\w.-]*(?:['’]s)?)\s*$", re.I)
_NOT_OBJECT = re.compile(r"\b(?:with|by|for|to|against|of|than|about|from|like|between|on|(?<!,\s)and|met|meets)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# a speech act's reported content ('said Rome would', 'pledged to') is not the act's tense; other clauses are not its own
_SPEECH = re.compile(r"\b(?:said|told|announced|declared|insisted|warned|urged|vowed|pledged|promised|stressed|argued)$",
                     re.I)
# ... unless the speaker reports his own later act: 'said he would sign the pledge' (said where, and when, is open)
_SELF_FUTURE = re.compile(r"^\s*(?:that\s+)?(?:he|she|they|we|I)\s+(?:would|will|was\s+going\s+to|is\s+going\s+to)\b", re.I)
_CLAUSE_JOINT = re.compile(r"[;:]|,\s+(?:while|whereas|but)\s", re.I)
_AFTER_JOINT = re.compile(r"[;:]|\s(?:while|whereas|but)\s", re.I)
_AND_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?"
                       r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?)?$")


def invited_states(ref: object, organisation: str, day: str | None) -> frozenset[str]:
    """Return the ids of the states the reference lists with any status in the summit's organisation on `day`."""
    out = set()
    for name in ref.members_of(organisation, day):  # type: ignore[attr-defined]
        country = ref.country_named(name)  # type: ignore[attr-defined]
        if country is not None:
            out.add(country.id)
    return frozenset(out)


def _in_quote(s: Sentence, p: Person) -> bool:
    """Return True for a name inside a quotation that opens within the 300 characters before it."""
    before = s.text[max(0, p.mention.start - s.start - 300): p.mention.start - s.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _elsewhere(s: Sentence, mentions: list[Mention], host_city: str | None) -> bool:
    """Return True when the sentence puts its act in another city ('told reporters in Kyiv') or elsewhere."""
    if _ELSEWHERE.search(att._without_asides(s.text)):
        return True
    return any(m.kind == "city" and host_city not in (m.entity_id, m.canonical, m.text)
               and _AWAY_PLACE.search(s.text[max(0, m.start - s.start - 16): m.start - s.start])
               and not _STATIONED.search(s.text[max(0, m.start - s.start - 30): m.start - s.start]) for m in mentions)


def _own_clause(s: Sentence, p: Person, act: re.Match[str]) -> str:
    """Return the text around a subject and its act that sets the act's tense: its own clause, without reported speech."""
    before = s.text[max(0, p.start - s.start - 200): p.start - s.start]
    joints = list(_CLAUSE_JOINT.finditer(before))
    end = p.end - s.start + act.end()
    after = _AFTER_JOINT.split(s.text[end: end + 30], 1)[0]
    after = "" if _SPEECH.search(act.group(0)) and not _SELF_FUTURE.match(after) else after
    return (before[joints[-1].end():] if joints else before) + s.text[p.start - s.start: end] + after


def report_act_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                        invited: frozenset[str], summit_future: bool | None, window: tuple[str, str] | None,
                        published: str | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """In a report, a sitting head of a state acting or speaking in a sentence set nowhere else attended.

    'Ruritania's president, X, signed the accord with the other leaders', '"We failed," Y told journalists after the
    vote', 'A, B and C were greeted as members-to-be'. Not in a preview, nor with an absence, another place or time, a
    pluperfect, a quote about the leader, or an object ('talks with X').
    """
    heads = [p for p in people if p.role in _HEAD_ROLES | {"Foreign Minister"} and p.country_id and not p.former
             and p.person_id not in dead]
    if summit_future is not False or not heads or att.ABSENT.search(s.text) or _elsewhere(s, mentions, host_city) or \
            att._dated_elsewhere(att._without_asides(s.text), window, published):
        return []
    in_host = any(m.kind == "city" and host_city in (m.entity_id, m.canonical, m.text) for m in mentions)
    present = bool(_PRESENCE.search(s.text))  # a foreign minister, or a non-member's head, needs the summit's floor
    # a minister's 'counterparts' are ministers, met at their own meeting: no floor of the summit for a minister
    floor = any(not m.group(0).lower().startswith(("counterparts", "colleagues")) for m in _PRESENCE.finditer(s.text))
    live = sorted((p for p in heads if (floor if p.role not in _HEAD_ROLES else present or p.country_id in invited)
                   and not att._excluded(s, p, speakers=False) and not _in_quote(s, p)), key=lambda x: x.start)

    def joined(a: Person, b: Person) -> bool:
        gap = s.text[a.end - s.start: b.start - s.start]
        return a.end < b.start and b.start - a.end <= 80 and bool(_AND_NEXT.match(gap))

    acting = [False] * len(live)
    for i in range(len(live) - 1, -1, -1):  # 'A, B and C were greeted': the last subject's verb takes the list
        p = live[i]
        act = _ACT.match(s.text[p.end - s.start: p.end - s.start + 320])
        if act and not (present or in_host) and act.group(0).lower().endswith("told") and _PRESS.match(
                s.text[p.end - s.start + act.end(): p.end - s.start + act.end() + 60]):
            act = None  # 'X told reporters that ...': a press remark set nowhere
        clause = _own_clause(s, p, act) if act else ""
        acting[i] = bool(act and not att.FUTURE.search(att._QUOTED.sub(" ", clause))) or (
            i + 1 < len(live) and acting[i + 1] and joined(p, live[i + 1]))
    subject = [False] * len(live)
    for i, p in enumerate(live):  # the list's first item opens the clause; the others follow it
        before = s.text[max(0, p.start - s.start - 60): p.start - s.start]
        subject[i] = subject[i - 1] if i and joined(live[i - 1], p) else bool(
            _SUBJECT_BEFORE.search(before) and not _NOT_OBJECT.search(before))
    mode = "virtual" if _VIRTUAL.search(s.text) else "in_person"
    return [att._finding(p, "attended", "report_act", False, s, mode)
            for i, p in enumerate(live) if acting[i] and subject[i]]
