"""A matrix for lists and boxes of attendees: list layouts x heading statuses x item shapes, on invented text.

Every case is a tiny article about the 2023 G20 summit in New Delhi (a preview or a report) whose body is a list
of guests in one layout; negatives are lists about another meeting, countries not invited, headlines and members.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

# (name, country as written, office, demonym)
GUESTS = (
    ("Abdel Fattah el-Sisi", "Egypt", "President", "Egyptian"),
    ("Sheikh Hasina", "Bangladesh", "Prime Minister", "Bangladeshi"),
    ("Bola Tinubu", "Nigeria", "President", "Nigerian"),
)
AWAY = (("Xi Jinping", "China", "President", "Chinese"), ("Vladimir Putin", "Russia", "President", "Russian"))
PREVIEW = ("Leaders head for New Delhi\n\nThe G20 summit opens in New Delhi on Saturday.\n\n", "2023-09-06")
REPORT = ("Leaders meet in New Delhi\n\nThe G20 summit opened in New Delhi on Saturday.\n\n", "2023-09-10")

# item shapes: how one line names a guest
SHAPES = {
    "country_colon_role": "{c}: {o} {n}",
    "country_aside_colon": "{c}, which chairs a regional bloc this year: {o} {n}",
    "upper_dash_aside": "{C} - {o} {n}, who took office some time ago, makes the trip",
    "upper_colon_bare": "{C}: {n}",
    "name_paren": "{n} ({c})",
    "possessive": "{c}'s {n}",
    "country_double_dash": "{c} -- {o} {n}",
}
# bullets: how lines are marked
BULLETS = {"dash": "- ", "double_dash": "-- ", "dot": "• ", "star": "* ", "numbered": "{i}. ", "none": ""}
# headings and the status they give: (heading, preview status, report status)
HEADINGS = (
    ("Guests invited by the host:", "expected", "attended"),
    ("Leaders attending:", "expected", "attended"),
    ("Who is coming:", "expected", None),
    ("Confirmed guests:", "expected", None),
    ("Leaders attending the 2023 summit:", "expected", "attended"),
)
ABSENT_HEADINGS = ("Not attending:", "Staying away:", "Leaders not coming:", "Absentees:", "Will not attend:")


def _lines(people, shape: str, bullet: str) -> str:
    out = []
    for i, (n, c, o, _d) in enumerate(people, 1):
        out.append(BULLETS[bullet].format(i=i) + SHAPES[shape].format(n=n, c=c, C=c.upper(), o=o))
    return "\n".join(out)


def _cases() -> list:
    cases = []
    for hi, (heading, fut, past) in enumerate(HEADINGS):
        for si, shape in enumerate(SHAPES):
            for bi, bullet in enumerate(BULLETS):
                if bullet == "none" and shape in ("name_paren", "possessive", "country_aside_colon"):
                    continue  # a bare name line, or a long line with an aside, is no list item without a marker
                head, pub = REPORT if past and (hi + si + bi) % 2 else PREVIEW
                status = past if head == REPORT[0] else fut
                body = head + heading + "\n\n" + _lines(GUESTS, shape, bullet) + "\n"
                want = {(n, c, status) for n, c, _o, _d in GUESTS}
                cases.append(pytest.param(body, pub, want, id=f"{heading[:12]}-{shape}-{bullet}"))
    for heading in ABSENT_HEADINGS:
        for shape in ("country_colon_role", "name_paren", "country_double_dash"):
            for bullet in ("dash", "double_dash", "numbered"):
                body = PREVIEW[0] + heading + "\n\n" + _lines(AWAY, shape, bullet) + "\n"
                want = {(n, c, "absent") for n, c, _o, _d in AWAY}
                cases.append(pytest.param(body, PREVIEW[1], want, id=f"{heading[:12]}-{shape}-{bullet}"))
    return cases


@pytest.mark.parametrize(("body", "published", "want"), _cases())
def test_list_matrix(ref, tmp_path, body, published, want):
    got = {(a["person"], a["country"], a["status"]) for a in extract_text(ref, tmp_path, body, published)["attendees"]}
    assert want <= got, body


def _names(people, how: str) -> list[str]:
    return [{"demonym": f"{d} {o} {n}", "of": f"{o} of {c} {n}", "appos": f"{n} of {c}", "poss": f"{c}'s {n}"}[how]
            for n, c, o, d in people]


# sentence rosters: {L} the list joined by commas and 'and', {S} joined by semicolons; (id, template, status, published)
ROSTERS = (
    ("present_at", "Present at Saturday's opening were {L}.", "attended", REPORT),
    ("on_hand_for", "On hand for the gala dinner were {L}.", "attended", REPORT),
    ("present_at_future", "Present at the opening session will be {L}.", "expected", PREVIEW),
    ("attended_by_semicolons", "The meeting was attended by {S}.", "attended", REPORT),
    ("attending_were_semicolons", "Attending were: {S}.", "attended", REPORT),
    ("also_present", "Also present were {L}.", "attended", REPORT),
    ("joined_by_colon", "The leaders were joined at a working lunch by three presidents who had drafted a joint "
                        "recovery plan for their region: {L}.", "attended", REPORT),
    ("will_be_joined_colon", "On Friday the leaders will be joined at a dinner by the presidents of three partner "
                             "countries: {L}.", "expected", PREVIEW),
    ("invited_colon", "The host has also invited the leaders of three guest countries: {L}.", "expected", PREVIEW),
)


def _roster_cases() -> list:
    cases = []
    for rid, tpl, status, (head, pub) in ROSTERS:
        for how in ("demonym", "of", "appos", "poss"):
            names = _names(GUESTS, how)
            body = head + tpl.format(L=", ".join(names[:-1]) + " and " + names[-1],
                                     S="; ".join(names[:-1]) + "; and " + names[-1]) + "\n"
            cases.append(pytest.param(body, pub, {(n, c, status) for n, c, _o, _d in GUESTS}, id=f"{rid}-{how}"))
    return cases


@pytest.mark.parametrize(("body", "published", "want"), _roster_cases())
def test_roster_matrix(ref, tmp_path, body, published, want):
    got = {(a["person"], a["country"], a["status"]) for a in extract_text(ref, tmp_path, body, published)["attendees"]}
    assert want <= got, body


def test_semicolon_roster_with_aside(ref, tmp_path):
    body = REPORT[0] + ("Present at the opening were Egyptian President Abdel Fattah el-Sisi, who had toured a metro depot "
                        "with Narendra Modi the day before; Bangladesh's Sheikh Hasina; Nigeria's Bola Tinubu and Kenyan "
                        "President William Ruto, as well as Argentina's Alberto Fernández.\n")
    out = extract_text(ref, tmp_path, body, REPORT[1])["attendees"]
    got = {a["person"] for a in out if a["status"] == "attended"}
    assert {"Abdel Fattah el-Sisi", "Sheikh Hasina", "Bola Tinubu", "William Ruto", "Alberto Fernández"} <= got


def test_stand_in_heading(ref, tmp_path):
    body = PREVIEW[0] + ("Sending deputies:\n\n- United States: Secretary of State Antony Blinken\n"
                         "- Russia: Foreign Minister Sergey Lavrov\n")
    out = extract_text(ref, tmp_path, body, PREVIEW[1])["attendees"]
    got = {(a["person"], a["status"], a["capacity"]) for a in out}
    assert {("Antony Blinken", "expected", "stand_in"), ("Sergey Lavrov", "expected", "stand_in")} <= got


def test_organisation_heads_roster(ref, tmp_path):
    body = PREVIEW[0] + ("Heads of three international organisations will also attend: UN Secretary-General Antonio "
                         "Guterres, World Bank President Ajay Banga and Financial Stability Board Chairman Klaas Knot.\n")
    got = {(a["person"], a["country"]) for a in extract_text(ref, tmp_path, body, PREVIEW[1])["attendees"]}
    assert {("António Guterres", "United Nations"), ("Klaas Knot", "Financial Stability Board")} <= got


NEGATIVES = (
    ("ministers_elsewhere", "Foreign ministers who met in Cairo last month:\n\n- Egypt: Foreign Minister Sameh Shoukry\n"
                            "- Russia: Foreign Minister Sergey Lavrov\n"),
    ("not_invited", "Not invited: Russia, Belarus and Myanmar.\n"),
    ("related_headlines", "Related:\nPutin says Russia will skip the New Delhi meeting\nXi Jinping to send Premier Li "
                          "Qiang to G20\n"),
    ("present_last_year", "Present at last year's summit in Bali were Joko Widodo, Xi Jinping and Joe Biden.\n"),
    ("members_box", "Members of the African Union:\n\n- Egypt\n- Nigeria\n- South Africa\n"),
    ("not_invited_box", "Not invited:\n\n- Myanmar: Senior General Min Aung Hlaing\n- Belarus: President Alexander "
                        "Lukashenko\n"),
    ("preparatory_meeting", "Ministers at last month's preparatory meeting:\n\n- Egypt: Sameh Shoukry\n"
                            "- Belarus: Sergei Aleinik\n"),
    ("byline", "Reporting by Sheikh Hasina Rahman and Bola Ade; Editing by Xi Lin\n"),
)


@pytest.mark.parametrize(("body",), [pytest.param(b, id=i) for i, b in NEGATIVES])
def test_list_negatives(ref, tmp_path, body):
    out = extract_text(ref, tmp_path, PREVIEW[0] + body, PREVIEW[1])["attendees"]
    assert not [a for a in out if a["status"] != "absent" and a["country"] != "India"], out
    assert not [a for a in out if a["country"] in ("Belarus", "Myanmar", "Egypt")], out
