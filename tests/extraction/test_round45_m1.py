"""Round 45 (M1): membership told by a founding act's signers, a revival, a first summit, accessions and a walk-out.

Each family on small invented articles (published Wednesday 27 November 2024), with near misses that must give
nothing: founders who signed the act 'when' the body was set up; founders who revived a body by signing its treaty;
founders who 'turned it into a bloc'; accessions with an aside or 'together'; a walk-out told by the capital's notice.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, body: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, body))


def _lede(org: str, city: str) -> str:
    return (f"{org} leaders meet\n\n{city.upper()}, Nov 27 (Test Wire) - Leaders of the {org} opened their summit in "
            f"{city} on Wednesday.\n\n")


# --- founders who signed the act 'when' the body was set up ----------------------------------------------------------

@pytest.mark.parametrize(("org", "city", "line", "founders"), [
    ("Collective Security Treaty Organization", "Minsk",
     "The alliance was founded in May 1992, when the Collective Security Treaty was signed at Tashkent by Armenia, "
     "Kazakhstan, Russia and Tajikistan.", {"Armenia", "Kazakhstan", "Russia", "Tajikistan"}),
    ("BIMSTEC", "Colombo",
     "BIMSTEC came into being on 6 June 1997, when the Bangkok Declaration was signed in the Thai capital by "
     "Bangladesh, India, Sri Lanka and Thailand.", {"Bangladesh", "India", "Sri Lanka", "Thailand"}),
    ("South Asian Association for Regional Cooperation", "Kathmandu",
     "The association was set up in December 1985, when its charter was signed by the leaders of Bangladesh, Bhutan, "
     "Nepal and Pakistan.", {"Bangladesh", "Bhutan", "Nepal", "Pakistan"}),
    ("Commonwealth of Independent States", "Dushanbe",
     "The commonwealth was created in December 1991, when Russia, Ukraine and Belarus signed the Belovezha Accords "
     "in a hunting lodge.", {"Russia", "Ukraine", "Belarus"}),
    # the act after the founding verb, its signers after 'signed ... by'
    ("Mercosur", "Montevideo",
     "The bloc was founded with the Treaty of Asuncion, signed in March 1991 by Argentina, Brazil, Paraguay and "
     "Uruguay.", {"Argentina", "Brazil", "Paraguay", "Uruguay"}),
])
def test_signers_of_the_act_when_the_body_was_founded_are_members(ref, tmp_path, org, city, line, founders):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert {(c, "member") for c in founders} <= got


@pytest.mark.parametrize(("org", "city", "line"), [
    # the act signed at the founding is another's: a trade deal signed when the body was founded, by others
    ("Collective Security Treaty Organization", "Minsk",
     "The crisis began in May 1992, when the ceasefire agreement was signed at Tashkent by Armenia and Azerbaijan."),
    # no founding verb: a treaty signed by states
    ("BIMSTEC", "Colombo",
     "The meeting was held on 6 June 1997, when the Bangkok Declaration was signed by Bangladesh and India."),
])
def test_an_act_signed_at_another_time_founds_nothing(ref, tmp_path, org, city, line):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert not {c for c, s in got if s == "member"} & {"Armenia", "Azerbaijan", "Bangladesh", "India"}


# --- founders who revived a body ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("org", "city", "line", "founders"), [
    ("African Union", "Addis Ababa",
     "The present union was relaunched by Libya, Nigeria and South Africa, which signed the Constitutive Act in Lome "
     "in July 2000.", {"Libya", "Nigeria", "South Africa"}),
    ("Eurasian Economic Union", "Astana",
     "The union was re-established in 2014 by Kazakhstan, Russia and Belarus, which signed the Treaty on the Eurasian "
     "Economic Union in Astana.", {"Kazakhstan", "Russia", "Belarus"}),
    ("Southern African Development Community", "Harare",
     "The community was revived in 1992 by Angola, Botswana and Zambia, which signed a new treaty in Windhoek.",
     {"Angola", "Botswana", "Zambia"}),
])
def test_states_that_revived_the_body_by_signing_are_members(ref, tmp_path, org, city, line, founders):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert {(c, "member") for c in founders} <= got


@pytest.mark.parametrize(("org", "city", "line"), [
    ("East African Community", "Arusha",
     "The idea of a common currency was revived by Kenya and Uganda, which signed a memorandum in 2019."),
    ("East African Community", "Arusha", "The stalled talks were revived in 2019 by Kenya and Uganda."),
])
def test_a_revival_of_something_else_makes_no_member(ref, tmp_path, org, city, line):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert not {c for c, s in got if s == "member"} & {"Kenya", "Uganda"}


# --- founders who turned a label into a body -----------------------------------------------------------------------

@pytest.mark.parametrize(("org", "city", "line", "founders"), [
    ("Quadrilateral Security Dialogue", "Tokyo",
     "The Quad began as an ad hoc response to the 2004 tsunami. Japan, Australia and India turned it into a leaders' "
     "forum at their first summit in 2021.", {"Japan", "Australia", "India"}),
    ("BRICS", "Rio de Janeiro",
     "The label was coined by a banker. Russia, Brazil and China transformed it into a formal bloc in 2009.",
     {"Russia", "Brazil", "China"}),
    ("G20", "Rome",
     "Canada, Germany and Italy made it into a leaders' club in 2008, after a decade as a finance ministers' meeting.",
     {"Canada", "Germany", "Italy"}),
])
def test_states_that_turned_it_into_a_body_are_members(ref, tmp_path, org, city, line, founders):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert {(c, "member") for c in founders} <= got


@pytest.mark.parametrize(("org", "city", "line"), [
    ("BRICS", "Rio de Janeiro", "Russia and Ukraine turned the dispute into a war in 2022."),
    ("BRICS", "Rio de Janeiro", "Russia and China turned it into a test of loyalty at the talks."),
])
def test_turning_something_into_a_non_body_makes_no_member(ref, tmp_path, org, city, line):
    got = _members(ref, tmp_path, _lede(org, city) + line)
    assert not {c for c, s in got if s == "member"} & {"Ukraine", "Russia", "China"}


# --- accessions after a history: an aside, 'together', a signatories' list --------------------------------------

@pytest.mark.parametrize(("org", "city", "history", "line", "joiners"), [
    ("Southern African Development Community", "Harare",
     "The community was founded in 1980 by Angola, Botswana and Lesotho.",
     "Namibia, once a disputed territory, entered in March 1990, and Mauritius and Seychelles were admitted together "
     "in August 1995 in Johannesburg.", {"Namibia", "Mauritius", "Seychelles"}),
    ("Association of Southeast Asian Nations", "Vientiane",
     "The association was formed in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand.",
     "Brunei, formerly a British protectorate, came in during 1984; Vietnam and Laos were let in jointly in 1995.",
     {"Vietnam", "Laos"}),
    # no aside, two accessions in one sentence
    ("South Asian Association for Regional Cooperation", "Kathmandu",
     "The association was founded in 1985 by Bangladesh, Bhutan, India, Nepal, Pakistan and Sri Lanka.",
     "Maldives entered in December 1986, and Afghanistan was admitted in April 2007.",
     {"Maldives", "Afghanistan"}),
    # the history is a birth told with no founder named
    ("Pacific Islands Forum", "Suva",
     "The Pacific Islands Forum was born in Wellington in 1971, when seven states signed its first communique.",
     "Papua New Guinea came in three years later, bringing the membership to eight.", {"Papua New Guinea"}),
    ("Pacific Islands Forum", "Suva",
     "The forum was born in Wellington in 1971, when seven states signed its founding communique. The signatories "
     "were Australia, New Zealand, Fiji (then a dominion), Samoa and Tonga.",
     "Papua New Guinea came in three years later, in 1974, bringing the membership to six.", {"Papua New Guinea"}),
])
def test_accessions_with_an_aside_or_together_are_members(ref, tmp_path, org, city, history, line, joiners):
    got = _members(ref, tmp_path, _lede(org, city) + history + " " + line)
    assert {(c, "member") for c in joiners} <= got


@pytest.mark.parametrize(("org", "city", "history", "line"), [
    # no history of the body before: an idea's birth, a crisis's
    ("Pacific Islands Forum", "Suva", "The idea of a regional fishing pact was born in 1971.",
     "Papua New Guinea came in three years later."),
    ("Pacific Islands Forum", "Suva", "The dispute was born in 1971.",
     "Papua New Guinea and Fiji were admitted together in 1974 to the regional football league."),
])
def test_an_entry_without_the_bodys_history_is_no_accession(ref, tmp_path, org, city, history, line):
    got = _members(ref, tmp_path, _lede(org, city) + history + " " + line)
    assert not {c for c, s in got if s == "member"} & {"Papua New Guinea", "Fiji"}


# --- a walk-out told by the capital's notice ---------------------------------------------------------------------------

@pytest.mark.parametrize(("org", "city", "body", "state"), [
    ("Organization of American States", "Lima",
     "The organisation was founded in 1948 by Venezuela, Peru, Chile and Mexico. Venezuela is the only country to "
     "have walked out. Caracas announced its withdrawal in April 2017 and its exit took effect two years later.",
     "Venezuela"),
    ("Economic Community of West African States", "Abuja",
     "The community was born in Lagos in 1975, when four states signed the founding treaty. The signatories were Ghana, Mauritania, Nigeria and Togo. Mauritania is the "
     "only member ever to have left. Nouakchott gave notice of its withdrawal in late 1999.", "Mauritania"),
    ("Commonwealth of Independent States", "Dushanbe",
     "Georgia remains the only state to have quit the commonwealth. Tbilisi announced its exit in August 2008.",
     "Georgia"),
    # the walk-out names the body: no notice needed
    ("African Union", "Addis Ababa",
     "The union grew out of a charter signed in 1963 by Morocco, Ghana and Egypt. Morocco remained the only state ever "
     "to have walked out of the continental body until its return.", "Morocco"),
])
def test_the_only_state_to_walk_out_has_left_and_is_no_member(ref, tmp_path, org, city, body, state):
    got = _members(ref, tmp_path, _lede(org, city) + body)
    assert (state, "left") in got and (state, "member") not in got


@pytest.mark.parametrize(("org", "city", "body", "state"), [
    ("Organization of American States", "Lima",
     "Nicaragua is the only country to have walked out of the talks. Managua announced its withdrawal from the "
     "mediation in April 2017.", "Nicaragua"),
    ("Organization of American States", "Lima",
     "Washington announced its withdrawal from the Paris climate agreement in June 2017.", "United States"),
    # a rift that 'left the grouping one short' is no exit of the state named before it
    ("Association of Southeast Asian Nations", "Vientiane",
     "Leaders agreed to admit Timor-Leste, ending a long wait that had left the grouping one short of its target.",
     "Timor-Leste"),
])
def test_other_walk_outs_and_withdrawals_are_no_exit(ref, tmp_path, org, city, body, state):
    got = _members(ref, tmp_path, _lede(org, city) + body)
    assert (state, "left") not in got
