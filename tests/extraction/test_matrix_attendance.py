"""A paraphrase matrix for attendance: report frames x ways of naming a leader x status, on invented sentences.

Every case is a tiny article (headline, a summit sentence, then the frame under test) about a real 2023 summit,
with real leaders of that year so the resolver knows them; the sentences are invented. Negatives check that the
same people are not claimed when the frame puts them elsewhere (their capital, another meeting, another year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tests.extraction.conftest import extract_text


@dataclass(frozen=True)
class Leader:
    name: str
    country: str  # canonical
    written: str  # how the country is written in a sentence
    role: str
    demonym: str
    surname: str
    pronoun: str
    capital: str


L = {x.surname: x for x in (
    Leader("Olaf Scholz", "Germany", "Germany", "Chancellor", "German", "Scholz", "his", "Berlin"),
    Leader("Emmanuel Macron", "France", "France", "President", "French", "Macron", "his", "Paris"),
    Leader("Giorgia Meloni", "Italy", "Italy", "Prime Minister", "Italian", "Meloni", "her", "Rome"),
    Leader("Justin Trudeau", "Canada", "Canada", "Prime Minister", "Canadian", "Trudeau", "his", "Ottawa"),
    Leader("Fumio Kishida", "Japan", "Japan", "Prime Minister", "Japanese", "Kishida", "his", "Tokyo"),
    Leader("Anthony Albanese", "Australia", "Australia", "Prime Minister", "Australian", "Albanese", "his", "Canberra"),
    Leader("Narendra Modi", "India", "India", "Prime Minister", "Indian", "Modi", "his", "New Delhi"),
    Leader("Luiz Inácio Lula da Silva", "Brazil", "Brazil", "President", "Brazilian", "Lula", "his", "Brasília"),
    Leader("Cyril Ramaphosa", "South Africa", "South Africa", "President", "South African", "Ramaphosa", "his",
           "Pretoria"),
    Leader("Joko Widodo", "Indonesia", "Indonesia", "President", "Indonesian", "Widodo", "his", "Jakarta"),
    Leader("Recep Tayyip Erdoğan", "Turkey", "Turkey", "President", "Turkish", "Erdoğan", "his", "Ankara"),
    Leader("Rishi Sunak", "United Kingdom", "Britain", "Prime Minister", "British", "Sunak", "his", "London"),
    Leader("Pedro Sánchez", "Spain", "Spain", "Prime Minister", "Spanish", "Sánchez", "his", "Madrid"),
)}
# leaders who stay at home, with the one they send: (leader, deputy's name, deputy's office)
ABSENTEES = (
    (Leader("Xi Jinping", "China", "China", "President", "Chinese", "Xi", "his", "Beijing"), "Li Qiang", "Premier"),
    (Leader("Vladimir Putin", "Russia", "Russia", "President", "Russian", "Putin", "his", "Moscow"), "Sergey Lavrov",
     "Foreign Minister"),
    (Leader("Joe Biden", "United States", "the United States", "President", "American", "Biden", "his", "Washington"),
     "Antony Blinken", "Secretary of State"),
    (L["Modi"], "S. Jaishankar", "External Affairs Minister"),
    (L["Lula"], "Mauro Vieira", "Foreign Minister"),
    (L["Kishida"], "Yoshimasa Hayashi", "Foreign Minister"),
)
# heads of international organisations, as a journalist names them
OFFICIALS = (
    ("António Guterres", "UN Secretary-General António Guterres", "António Guterres, the UN secretary-general,"),
    ("Kristalina Georgieva", "IMF Managing Director Kristalina Georgieva",
     "Kristalina Georgieva, the IMF's managing director,"),
    # (the World Bank changed presidents in June 2023, between the matrix's summits: the WTO's head served all year)
    ("Ngozi Okonjo-Iweala", "WTO Director-General Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala, the WTO's director-general,"),
    ("Ursula von der Leyen", "European Commission President Ursula von der Leyen",
     "Ursula von der Leyen, who heads the European Commission,"),
    ("Moussa Faki", "African Union Commission chairperson Moussa Faki", "Moussa Faki, who chairs the African Union "
     "Commission,"),
)

@dataclass(frozen=True)
class Summit:
    org: str  # as written
    city: str
    host: str  # the host leader's surname, as a second mention
    day: str
    after: str  # published the day after
    before: str  # published days before
    members: frozenset[str]  # surnames of the leaders who belong


SUMMITS = (
    Summit("G20", "New Delhi", "Modi", "Saturday", "2023-09-10", "2023-09-06", frozenset(L)),
    Summit("G7", "Hiroshima", "Kishida", "Friday", "2023-05-20", "2023-05-16",
           frozenset({"Scholz", "Macron", "Meloni", "Trudeau", "Sunak", "Modi", "Lula", "Albanese", "Widodo"})),
    Summit("BRICS", "Johannesburg", "Ramaphosa", "Tuesday", "2023-08-23", "2023-08-19",
           frozenset({"Lula", "Modi", "Widodo", "Erdoğan"})),
    Summit("NATO", "Vilnius", "Nausėda", "Tuesday", "2023-07-12", "2023-07-08",
           frozenset({"Scholz", "Macron", "Meloni", "Trudeau", "Sunak", "Erdoğan", "Sánchez", "Albanese", "Kishida"})),
    Summit("Group of 20", "New Delhi", "Modi", "Saturday", "2023-09-10", "2023-09-06", frozenset(L)),
)


def _summit(k: int, people: list[Leader]) -> Summit:
    """The k-th summit (round robin) whose invitation list holds all of `people`, the G20 otherwise."""
    fits = [x for x in SUMMITS if all(p.surname in x.members and p.surname != x.host for p in people)]
    return fits[k % len(fits)] if fits else SUMMITS[0]


def _head(x: Summit, future: bool) -> tuple[str, str]:
    if future:
        return f"Leaders head for {x.city}\n\nThe {x.org} summit opens in {x.city} on {x.day}.\n\n", x.before
    return f"Leaders meet in {x.city}\n\nThe {x.org} summit opened in {x.city} on {x.day}.\n\n", x.after


def _naming(x: Leader, how: str) -> str:
    """One way of naming a leader in a sentence."""
    return {
        "of": f"{x.role} {x.name} of {x.written}",
        "poss": f"{x.written}'s {x.role} {x.name}",
        "appos": f"{x.name}, {x.written}'s {x.role.lower()},",
        "the_role_of": f"{x.name}, the {x.role.lower()} of {x.written},",
        "demonym": f"{x.demonym} {x.role} {x.name}",
        "bare": x.name,
        "surname": x.surname,
    }[how]


NAMINGS = ("of", "poss", "appos", "the_role_of", "demonym", "bare", "surname")
LIST_NAMINGS = ("of", "poss", "demonym", "bare")


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # filled in later, by the summit chosen for the case


def _fill(tpl: str, **kw: str) -> str:
    return tpl.format_map(_Keep(kw))


def _tidy(text: str) -> str:
    text = re.sub(r",\s*([.,;:])", r"\1", text)
    return text[0].upper() + text[1:]


def _article(k: int, body: str, people: list[Leader], how: str, future: bool = False) -> tuple[str, str]:
    x = _summit(k, people)
    head, published = _head(x, future)
    body = body.replace("{city}", x.city).replace("{host}", x.host)
    prelude = ""
    if how == "surname":  # second mention: the full name comes first in a sentence that says nothing of the summit
        prelude = " ".join(f"{x.name} faces a difficult budget round at home." for x in people) + "\n\n"
    return head + prelude + _tidy(body) + "\n", published


# Single-person frames: (id, template, status). {P} the person, {his} the pronoun, {Q} another leader (bare name).
SINGLE = (
    ("attended", "{P} attended the summit on Saturday.", "attended"),
    ("among_leaders", "{P} was among the leaders at the summit.", "attended"),
    ("flew_in", "{P} flew in on Friday evening.", "attended"),
    ("first_summit", "{P}, on {his} first summit since taking office, called for cheaper credit.", "attended"),
    ("told_reporters", "{P} told reporters at the summit that the talks had been frank.", "attended"),
    ("news_conference", "{P} said at a news conference after the talks that a deal on debt was close.", "attended"),
    ("speech", "In {his} speech to the summit, {P} called for reform of the development banks.", "attended"),
    ("sidelines", "{P} held talks with {Q} on the sidelines of the summit.", "attended"),
    ("video", "{P} addressed the summit by video link.", "attended"),
    ("arrived", "{P} arrived in {city} on the eve of the summit.", "attended"),
    ("took_part", "{P} took part in the summit.", "attended"),
    ("was_present", "{P} was also present.", "attended"),
    ("joined_talks", "{P} joined the talks on the second day.", "attended"),
    ("who_attended_aside", "{P}, who attended the summit, later flew home.", "attended"),
    ("met_host", "{P} met {host} on the sidelines of the summit.", "attended"),
    ("told_leaders", "{P} told the assembled leaders that the war had to end.", "attended"),
    ("skipped", "{P} skipped the summit.", "absent"),
    ("stayed_away", "{P} stayed away from the summit.", "absent"),
    ("did_not_attend", "{P} did not attend the summit.", "absent"),
    ("pulled_out", "{P} pulled out of the summit at the last minute.", "absent"),
)

FUTURE_SINGLE = (
    ("will_attend", "{P} will attend the summit.", "expected"),
    ("is_expected", "{P} is expected at the summit.", "expected"),
    ("due_to_arrive", "{P} is due to arrive on Friday.", "expected"),
    ("confirmed", "{P} has confirmed {his} participation.", "expected"),
    ("expected_to_attend", "{P} is expected to attend.", "expected"),
    ("will_skip", "{P} will skip the summit.", "absent"),
    ("will_join_by_video", "{P} will join the summit by video link.", "expected"),
    ("is_to_attend", "{P} is set to attend the summit.", "expected"),
    ("plans_to_attend", "{P} plans to attend the summit.", "expected"),
    ("will_not_travel", "{P} will not travel to the summit.", "absent"),
)

# List frames: {A}, {B}, {C}; status attended.
LISTS = (
    ("among_those_present", "Among those present were {A}, {B} and {C}."),
    ("in_attendance", "{A}, {B} and {C} were also in attendance."),
    ("joining_him", "{host} opened the first session. Joining him were {A} and {B}."),
    ("at_the_table", "Also at the table were {A} and {B}."),
    ("brought_together", "The summit brought together {A}, {B} and {C}."),
    ("invited_among_them", "The leaders of the seven invited states, among them {A} and {B}, joined the talks on "
                           "the second day."),
    ("intro_before", "The guests were received in the hall on Saturday morning. Among them were {A} and {B}."),
    ("leaders_including", "Leaders including {A} and {B} signed the final declaration."),
    ("among_those_who_attended", "{A} and {B} were among those who attended."),
    ("other_leaders_included", "Other leaders at the summit included {A}, {B} and {C}."),
)

ORDER = list(L.values())


def _pick(i: int, n: int) -> list[Leader]:
    pool = [x for x in ORDER if x.surname not in {"Modi"}]
    return [pool[(i * 3 + j) % len(pool)] for j in range(n)]


def _single_cases() -> list:
    cases = []
    for fi, (fid, tpl, status) in enumerate(SINGLE):
        for ni, how in enumerate(NAMINGS):
            x, q = _pick(fi + ni, 2)
            body = _fill(tpl, P=_naming(x, how), his=x.pronoun, Q=q.name)
            text, pub = _article(fi + ni, body, [x], how)
            cases.append(pytest.param(text, pub, {(x.name, x.country, status)}, id=f"{fid}-{how}"))
    for fi, (fid, tpl, status) in enumerate(FUTURE_SINGLE):
        for ni, how in enumerate(NAMINGS):
            x = _pick(fi + ni + 5, 1)[0]
            body = _fill(tpl, P=_naming(x, how), his=x.pronoun)
            text, pub = _article(fi + ni, body, [x], how, future=True)
            cases.append(pytest.param(text, pub, {(x.name, x.country, status)}, id=f"{fid}-{how}"))
    return cases


def _list_cases() -> list:
    cases = []
    for fi, (fid, tpl) in enumerate(LISTS):
        for ni, how in enumerate(LIST_NAMINGS):
            a, b, c = _pick(fi * 2 + ni, 3)
            body = _fill(tpl, A=_naming(a, how), B=_naming(b, how), C=_naming(c, how))
            text, pub = _article(fi + ni, body, [a, b, c], how)
            n = 3 if "{C}" in tpl else 2
            want = {(x.name, x.country, "attended") for x in (a, b, c)[:n]}
            cases.append(pytest.param(text, pub, want, id=f"{fid}-{how}"))
    return cases


@pytest.mark.parametrize(("text", "published", "want"), _single_cases() + _list_cases())
def test_matrix(ref, tmp_path, text, published, want):
    got = {(a["person"], a["country"], a["status"]) for a in extract_text(ref, tmp_path, text, published)["attendees"]}
    assert want <= got, text


# Stand-ins: {P} the leader at home, {D} the deputy sent, {city} the leader's capital, {country} as written.
STAND_INS = (
    ("sent_in_place", "{P} sent {D} in {his} place.", False),
    ("skipped_and_sent", "{P} skipped the summit and sent {D} instead.", False),
    ("represented_by", "{P} was represented by {D}.", False),
    ("stayed_home_semicolon", "{P} stayed in {city}; {D} represented {country}.", False),
    ("stood_in_for", "{D} stood in for {P}.", False),
    ("will_lead_delegation", "{P} will skip the summit, and {D} will lead the delegation instead.", True),
)
DEPUTY_NAMINGS = ("role", "bare")


def _stand_in_cases() -> list:
    cases = []
    for fi, (fid, tpl, future) in enumerate(STAND_INS):
        for ni, how in enumerate(("of", "poss", "demonym", "bare")):
            for di, dhow in enumerate(DEPUTY_NAMINGS):
                x, dname, drole = ABSENTEES[(fi + ni + di) % len(ABSENTEES)]
                if x.capital == "New Delhi":  # the host stays in the host city: no absence
                    x, dname, drole = ABSENTEES[0]
                body = _fill(tpl, P=_naming(x, how), D=f"{drole} {dname}" if dhow == "role" else dname, his=x.pronoun,
                                  city=x.capital, country=x.written)
                text, pub = _article(fi + ni, body, [x], how, future=future)
                cases.append(pytest.param(text, pub, {(x.name, x.country, "absent"), (dname, x.country, "expected" if
                                                       future else "attended")}, id=f"{fid}-{how}-{dhow}"))
    return cases


SHE = {"Kristalina Georgieva", "Ursula von der Leyen"}
MEMBER_ORGS = {"Ursula von der Leyen", "Moussa Faki"}


def _official_cases() -> list:
    frames = [f for f in SINGLE if f[2] == "attended" and f[0] not in ("video", "first_summit")]
    cases = []
    for fi, (fid, tpl, _status) in enumerate(frames):
        for oi, form in enumerate((1, 2)):
            o = OFFICIALS[(fi + oi) % len(OFFICIALS)]
            body = _fill(tpl, P=o[form], his="her" if o[0] in SHE else "his", Q="Olaf Scholz")
            text, pub = _article(fi, body, [], "of")
            cases.append(pytest.param(text, pub, o[0], id=f"{fid}-official{form}"))
    for fi, (fid, tpl) in enumerate(LISTS[:5]):
        a, b, c = (OFFICIALS[(fi + j) % len(OFFICIALS)] for j in range(3))
        text, pub = _article(fi, _fill(tpl, A=a[1], B=b[1], C=c[1]), [], "of")
        cases.append(pytest.param(text, pub, a[0], id=f"{fid}-officials"))
    return cases


@pytest.mark.parametrize(("text", "published", "want"), _stand_in_cases())
def test_matrix_stand_ins(ref, tmp_path, text, published, want):
    out = extract_text(ref, tmp_path, text, published)["attendees"]
    assert want <= {(a["person"], a["country"], a["status"]) for a in out}, text
    assert {a["capacity"] for a in out if a["status"] != "absent"} == {"stand_in"}, text


@pytest.mark.parametrize(("text", "published", "name"), _official_cases())
def test_matrix_officials(ref, tmp_path, text, published, name):
    out = extract_text(ref, tmp_path, text, published)["attendees"]
    capacities = {"member", "guest"} if name in MEMBER_ORGS else {"guest"}  # the EU and AU belong to the G20 alone
    assert any(a["person"] == name and a["status"] == "attended" and a["capacity"] in capacities for a in out), text


# Negatives: the same people named for somewhere or some time else, or not leaders at all. {P} the leader.
NEGATIVES = (
    ("said_in_capital", "{P} said in {city} that the summit would achieve little."),
    ("news_conference_in_capital", "{P} said at a news conference in {city} that the talks were a waste of time."),
    ("told_reporters_in_capital", "{P} told reporters in {city} that the summit was important."),
    ("attended_last_year", "{P}, who attended last year's summit in Bali, issued a statement of support."),
    ("met_elsewhere", "{P} met {Q} in Paris last week."),
    ("talks_in_capital", "{P} held talks with {Q} in {city} on Monday, days before the gathering."),
    ("analysts", "Analysts said {P} had little to gain from the summit."),
    ("other_meeting", "{P} attended a climate conference in Nairobi on the same day."),
    ("speech_elsewhere", "In a speech in {city} on Friday, {P} criticised the summit's agenda."),
    ("speech_at_home", "In his speech to parliament, {P} did not mention the summit."),
    ("said_at_last_years_summit", "{P} said at last year's summit in Bali that trade had to stay open."),
    ("speech_to_last_years_summit", "In his speech to last year's summit, {P} called for a ceasefire."),
    ("accompanied_elsewhere", "{P} was accompanied by {Q} on a visit to Kyoto last month."),
    ("stayed_in_capital_no_stand_in", "{P} stayed in {city} last week as parliament debated the budget."),
)


def _negative_cases() -> list:
    cases = []
    for fi, (fid, tpl) in enumerate(NEGATIVES):
        for ni, how in enumerate(("of", "poss", "demonym", "bare")):
            x, q = (ABSENTEES[(fi + ni) % 3][0], ABSENTEES[(fi + ni + 1) % 3][0])
            body = _fill(tpl, P=_naming(x, how), Q=q.name, city=x.capital)
            text, pub = _article(fi + ni, body, [x], how)
            cases.append(pytest.param(text, pub, {x.name, q.name}, id=f"{fid}-{how}"))
    text = "By Maria Ortega and Tom Heller\n\nLeaders meet in New Delhi\n\nThe G20 summit opened in New Delhi on " \
           "Saturday.\n\nOlaf Scholz attended the summit.\n"
    cases.append(pytest.param(text, "2023-09-10", {"Maria Ortega", "Tom Heller"}, id="byline"))
    return cases


@pytest.mark.parametrize(("text", "published", "absent"), _negative_cases())
def test_matrix_negatives(ref, tmp_path, text, published, absent):
    out = extract_text(ref, tmp_path, text, published)["attendees"]
    assert not {a["person"] for a in out} & absent, text

