"""A matrix for attendance status: invented sentences x published-day / summit-day combinations.

Each case is a tiny article (headline, a summit sentence dating the summit, then the sentences under test) about a
real 2023 summit with real leaders of that year, so the resolver knows them; every sentence is invented. Cases
cover previews, day-one reports of multi-day summits, wrap-ups after the close and sessions on later days, with
positives and negatives side by side.
"""

from __future__ import annotations

import pytest

from pipeline import attendance as att
from tests.extraction.conftest import extract_text

# the BRICS summit in Johannesburg, Tuesday 22 to Thursday 24 August 2023 (Egypt and Senegal were not members)
BRICS_OPEN = "BRICS leaders meet in Johannesburg\n\nThe BRICS summit opened in Johannesburg on Tuesday.\n\n"
BRICS_AHEAD = "BRICS leaders head for Johannesburg\n\nThe BRICS summit opens in Johannesburg on Tuesday.\n\n"
DAY_ONE, DAY_THREE, AFTER, BEFORE = "2023-08-22", "2023-08-24", "2023-08-26", "2023-08-18"

# (case, published, head, body, {person: status, or None for no claim})
CASES = (
    # a guest list in the present tense for a session still to come: expected on day one, attended once it is over
    ("later_outreach_day_one", DAY_ONE, BRICS_OPEN,
     "President Cyril Ramaphosa will host an outreach dialogue with African leaders on Thursday. Those taking part "
     "include Egypt's President Abdel Fattah el-Sisi and Senegal's President Macky Sall.",
     {"Abdel Fattah el-Sisi": "expected", "Macky Sall": "expected"}),
    ("later_outreach_two_back", DAY_ONE, BRICS_OPEN,
     "The outreach dialogue comes on Thursday, when Ramaphosa is expected to speak on trade. Several African "
     "states have been invited. Among those taking part are Egypt's President Abdel Fattah el-Sisi and "
     "Senegal's President Macky Sall.",
     {"Abdel Fattah el-Sisi": "expected", "Macky Sall": "expected"}),
    ("later_outreach_after_it", AFTER, BRICS_OPEN,
     "President Cyril Ramaphosa will host an outreach dialogue with African leaders on Thursday. Those taking part "
     "include Egypt's President Abdel Fattah el-Sisi and Senegal's President Macky Sall.",
     {"Abdel Fattah el-Sisi": "attended", "Macky Sall": "attended"}),
    ("later_outreach_past_list", DAY_THREE, BRICS_OPEN,
     "Ramaphosa hosted an outreach dialogue with African leaders on Thursday. Those taking part included Egypt's "
     "President Abdel Fattah el-Sisi and Senegal's President Macky Sall.",
     {"Abdel Fattah el-Sisi": "attended", "Macky Sall": "attended"}),
    ("later_session_member_stays", DAY_ONE, BRICS_OPEN,
     "The leaders will adopt their declaration on Thursday. Those taking part include Brazil's President Luiz "
     "Inácio Lula da Silva.",
     {"Luiz Inácio Lula da Silva": "attended"}),
    ("later_day_other_paragraph", DAY_ONE, BRICS_OPEN,
     "Ramaphosa will host an outreach dialogue with African leaders on Thursday.\n\nThose taking part include "
     "Egypt's President Abdel Fattah el-Sisi.",
     {"Abdel Fattah el-Sisi": "attended"}),
    # present in the host city during the summit, with a future meeting beside it
    ("in_city_for_talks", DAY_ONE, BRICS_OPEN,
     "Indian Prime Minister Narendra Modi is also in Johannesburg for the summit, and will meet Xi Jinping on "
     "Tuesday evening.", {"Narendra Modi": "attended"}),
    ("in_city_for_talks_preview", BEFORE, BRICS_AHEAD,
     # (already in the host city on the eve is 'reported as there': attended, since session 19)
     "Indian Prime Minister Narendra Modi is already in Johannesburg for the summit, and will meet Xi Jinping on "
     "Tuesday evening.", {"Narendra Modi": "attended"}),
    # the one leader to attend, the one leader not to
    ("only_one_to_attend", AFTER, BRICS_OPEN,
     "Egypt's President Abdel Fattah el-Sisi was the only African guest to attend in person.",
     {"Abdel Fattah el-Sisi": "attended"}),
    ("only_one_not_to_attend", AFTER, BRICS_OPEN,
     "Russian President Vladimir Putin was the only leader of the bloc not to attend in person.",
     {"Vladimir Putin": "absent"}),
    # reported speech: another subject's 'would' in a wrap-up is no future of the speaker's attendance
    ("report_said_would", AFTER, BRICS_OPEN,
     "Brazilian President Luiz Inácio Lula da Silva, on his first visit to the summit since returning to office, "
     "told the leaders' session the new members would strengthen the group.",
     {"Luiz Inácio Lula da Silva": "attended"}),
    ("report_hoped_would", AFTER, BRICS_OPEN,
     "Chinese President Xi Jinping, who held talks with Modi on the sidelines, said only that Beijing hoped the two "
     "neighbours would keep the border calm.", {"Xi Jinping": "attended"}),
    ("report_said_he_would", AFTER, BRICS_OPEN,
     "Xi Jinping said he would attend next year's summit in Kazan.", {"Xi Jinping": None}),
    # a choice to stay away, with someone asked to lead the delegation instead
    ("decided_on_the_eve_not_to", AFTER, BRICS_OPEN,
     "Russian President Vladimir Putin decided weeks before the summit not to travel, and asked Foreign Minister "
     "Sergey Lavrov to head Russia's delegation instead.",
     {"Vladimir Putin": "absent", "Sergey Lavrov": "attended"}),
    # one part of the programme missed, the rest attended
    ("missed_one_session_then_joined", DAY_THREE, BRICS_OPEN,
     "Brazilian President Luiz Inácio Lula da Silva, whose flight was delayed, did not attend the opening "
     "ceremony but joined the other leaders at the plenary session.",
     {"Luiz Inácio Lula da Silva": "attended"}),
    ("did_not_attend_summit", DAY_THREE, BRICS_OPEN,
     "Russian President Vladimir Putin did not attend the summit meeting and joined a security council session in "
     "Moscow instead.",
     {"Vladimir Putin": "absent"}),
    # a preview: an announcement before the summit is no attendance
    ("preview_announced", BEFORE, BRICS_AHEAD,
     "Narendra Modi's attendance had been in doubt until this week, when New Delhi and Beijing announced a "
     "border accord.", {"Narendra Modi": "expected"}),
    ("report_arrived", DAY_ONE, BRICS_OPEN,
     "Narendra Modi arrived in Johannesburg on Tuesday morning.", {"Narendra Modi": "attended"}),
    # welcoming a request is no welcoming of a leader
    ("welcomed_the_request", AFTER, BRICS_OPEN,
     "Senegal's President Macky Sall asked Ramaphosa in Pretoria in March to back his country's bid, and South "
     "Africa said it welcomed the request.", {"Macky Sall": None}),
)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_status_matrix(ref, tmp_path, case):
    _, published, head, body, want = case
    got = {a["person"]: a["status"] for a in extract_text(ref, tmp_path, head + body + "\n", published)["attendees"]}
    for person, status in want.items():
        assert got.get(person) == status, (person, got)


# sentence_status alone: (sentence, summit still ahead, status)
TENSES = (
    ("X is also in Lima for the talks, and will meet Y on Monday evening.", False, "attended"),
    ("X is also in Lima for the talks, and will meet Y on Monday evening.", True, "expected"),
    ("X was the first leader to make the trip.", False, "attended"),
    ("X was the first leader not to attend.", False, "attended"),  # the absence itself is ABSENT's
    ("X said the new rules would help traders.", False, "attended"),
    ("X said only that Rome hoped the talks would go well.", False, "attended"),
    ("X said he would attend.", False, "expected"),
    ("X will attend.", False, "expected"),
    ("X decided not to attend, and Y will go instead.", False, "expected"),
    ("X's trip had been in doubt until the two capitals announced a deal.", True, "expected"),
    ("X announced a deal at the summit.", False, "attended"),
)


@pytest.mark.parametrize("text,future,status", TENSES)
def test_sentence_status(text, future, status):
    assert att.sentence_status(text, future) == status


@pytest.mark.parametrize("text,absent", (
    ("X decided on the eve of the summit not to attend.", True),
    ("X chose after long talks with advisers not to travel.", True),
    ("X was the only leader not to attend in person.", True),
    ("X was the only leader to attend in person.", False),
    ("X decided to attend after all.", False),
))
def test_absence_cues(text, absent):
    assert bool(att.ABSENT.search(text)) is absent


# capacity from the article's membership claims: a suspended or readmitted state comes as a member
CAPACITIES = (
    ("2024-11-29", "CSTO leaders meet in Astana\n\nThe CSTO summit opened in Astana on Thursday.\n\nArmenia, which "
     "froze its participation in the bloc in February, was not represented: Prime Minister Nikol Pashinyan stayed "
     "away.\n", "Nikol Pashinyan", ("absent", "member")),
    ("2023-05-20", "Arab leaders meet in Jeddah\n\nThe Arab League summit opened in Jeddah on Friday.\n\nSyria was "
     "readmitted to the Arab League earlier this month after a 12-year suspension. Syrian President Bashar al-Assad "
     "addressed the summit on Friday.\n", "Bashar al-Assad", ("attended", "member")),
)


@pytest.mark.parametrize("published,body,person,want", CAPACITIES)
def test_capacity_from_article_memberships(ref, tmp_path, published, body, person, want):
    got = {a["person"]: (a["status"], a["capacity"]) for a in extract_text(ref, tmp_path, body, published)["attendees"]}
    assert got.get(person) == want, got
