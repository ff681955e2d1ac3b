"""The seventh round's general rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.dates import find_dates
from tests.extraction.conftest import attendee_set, extract_text, member_set


def _dates(out: dict) -> str:
    return str(out["summit"]["dates"])


def test_a_weekday_range_is_resolved_forward_for_a_coming_summit():
    (d,) = find_dates("The talks will run from Monday to Wednesday.", "2024-03-08")  # a Friday
    assert (d.start, d.end) == ("2024-03-11", "2024-03-13")


def test_a_weekday_range_under_way_holds_the_day_of_writing():
    (d,) = find_dates("The meeting runs Tuesday through Thursday.", "2024-03-13")  # a Wednesday
    assert (d.start, d.end) == ("2024-03-12", "2024-03-14")


def test_two_days_that_are_not_neighbours_are_no_range():
    assert [d.start for d in find_dates("Votes fall on Monday and Wednesday.", "2024-03-08")] == ["2024-03-11", "2024-03-13"]


def test_the_summit_from_weekday_to_weekday_past_tense(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO ends\n\nThe SCO summit in Astana ran from Wednesday to Thursday and ended "
                       "with a joint statement.\n", "2024-07-08")  # a Monday
    assert _dates(out) == "2024-07-03/2024-07-04"


def test_an_anniversary_date_never_dates_the_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nAfrican Union leaders closed their summit in Addis Ababa on Monday. "
                       "The three-day summit fell on the anniversary of the charter signed on 25 May 1963.\n",
                       "2024-02-20")  # a Tuesday
    assert _dates(out) == "2024-02-17/2024-02-19"


def test_a_founding_date_with_its_year_never_dates_the_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit, held by a bloc founded on 8 August 1967, "
                       "opens in Vientiane on Wednesday.\n", "2024-10-07")
    assert _dates(out) == "2024-10-09"


def test_n_days_of_talks_ended_on_a_weekday_is_a_range_ending_that_day(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Forum summit ends\n\nPacific Islands Forum leaders wrapped up three days of talks in Apia "
                       "on Friday.\n", "2024-08-31")  # a Saturday
    assert _dates(out) == "2024-08-28/2024-08-30"


def test_at_the_end_of_n_days_of_talks_the_weekday_is_the_last_day(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 summit ends\n\nOn Tuesday the host read out a short statement at the end of two days "
                       "of talks in the resort, having promised G7 partners brevity.\n", "2024-06-20")  # a Thursday
    assert _dates(out) == "2024-06-17/2024-06-18"


def test_an_n_day_summit_starting_on_a_weekday_is_a_range(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS preview\n\nThe three-day BRICS summit starting on Tuesday will be held in "
                       "Kazan.\n", "2024-10-19")  # a Saturday
    assert _dates(out) == "2024-10-22/2024-10-24"


def test_the_summit_length_stated_later_in_the_article_extends_its_day(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC\n\nThe host greeted leaders at the APEC summit in Lima on Friday. Trade was "
                       "the theme. Ministers prepared the ground for the two-day summit a week earlier.\n", "2024-11-16")
    assert _dates(out) == "2024-11-15/2024-11-16"


def test_a_summit_that_ended_starts_on_an_earlier_weekday_told_next(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CELAC\n\nCELAC leaders ended their summit in Kingstown on Saturday. The host "
                       "opened the plenary. On Friday he urged his peers to act on climate.\n", "2024-03-04")  # a Monday
    assert _dates(out) == "2024-03-01/2024-03-02"


def test_a_byline_date_is_the_report_not_the_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CIS summit\n\nBy A. Writer | Steppe Wire | March 3, 2024\n\nCIS leaders will meet "
                       "for a summit in Bishkek on Thursday.\n", "2024-03-03")  # a Sunday
    assert _dates(out) == "2024-03-07"


def test_a_date_since_another_event_is_not_the_summit_date(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO\n\nThe NATO summit opens in Vilnius on Tuesday, the first since Finland "
                       "joined the alliance on 4 April.\n", "2023-07-08")
    assert _dates(out) == "2023-07-11"


def test_one_leaders_departure_dates_less_than_the_welcome(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20\n\nThe French president left the G20 summit in Rio early on Tuesday. The host "
                       "had welcomed leaders to the summit venue on Monday.\n", "2024-11-20")  # a Wednesday
    assert _dates(out) == "2024-11-18"


def test_a_month_after_a_first_name_or_a_role_is_a_surname(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7\n\nThe G7 summit was held in Taormina on Friday. Leaders present included "
                       "Theresa May, Prime Minister of the United Kingdom.\n", "2017-05-28")
    assert ("Theresa May", "United Kingdom", "attended") in attendee_set(out)
    out = extract_text(ref, tmp_path, "G7\n\nThe G7 summit was held in Taormina on Friday. British Prime Minister May "
                       "attended the summit.\n", "2017-05-28")
    assert ("Theresa May", "United Kingdom", "attended") in attendee_set(out)


def test_a_month_after_a_name_with_a_day_stays_a_month(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO\n\nThe SCO summit opens in Astana on July 3. Kazakh President Kassym-Jomart "
                       "Tokayev will host it; his office set out the agenda in May.\n", "2024-06-20")
    assert _dates(out) == "2024-07-03"
    assert {a["person"] for a in out["attendees"]} == {"Kassym-Jomart Tokayev"}


def test_the_exceptions_to_most_members_are_members(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20\n\nThe G20 summit closed in Rio on Tuesday. A tax plan was backed by most "
                       "members, though Argentina and Turkey held out.\n", "2024-11-20")
    assert {("Argentina", "member"), ("Turkey", "member")} <= member_set(out)


def test_an_active_invitation_to_a_past_summit_is_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7\n\nThe G7 summit closed in Hiroshima on Sunday. The host also invited "
                       "leaders of other states, among them India's Narendra Modi.\n", "2023-05-22")
    assert ("Narendra Modi", "India", "attended") in attendee_set(out)


def test_a_threat_not_to_sign_the_text_is_a_leader_at_the_table(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20\n\nThe G20 summit ended in Rio on Tuesday. German Chancellor Olaf Scholz "
                       "had threatened not to sign any text that weakened climate goals.\n", "2024-11-20")
    assert ("Olaf Scholz", "Germany", "attended") in attendee_set(out)
