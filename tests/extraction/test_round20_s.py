"""Round 20 (s): the summit's organisation, host city and dates, each rule on small invented articles."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.summit import _CAPTION, _CHAIRED_FROM, _dates_other_event
from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _other(text: str, day: str, published: str = "2026-05-08") -> bool:
    d = next(d for d in find_dates(text, published, False) if day in d.text)
    return _dates_other_event(text, d, published)


# --- organisation ------------------------------------------------------------------------------------------------

def test_the_summit_of_the_americas_is_the_organisation_over_a_bloc_named_in_the_body(ref, tmp_path):
    text = ("Explainer: who will sit at the table at the Summit of the Americas\n\n"
            "Host leaders welcome the hemisphere to the Eleventh Summit of the Americas this week.\n\n"
            "The summit opens on Tuesday. The host will speak as holder of the rotating presidency of the "
            "Community of Latin American and Caribbean States (CELAC), officials said.\n")
    assert _summit(ref, tmp_path, text, "2026-05-04")["organisation"] == "Summit of the Americas"


# --- host city -------------------------------------------------------------------------------------------------------

def test_a_dateline_the_gazetteer_lacks_is_the_venue_when_the_lede_places_the_summit_there(ref, tmp_path):
    text = ("Leaders arrive for the bloc summit\n\n"
            "By Ana Quiroga\n\n"
            "PUERTO ESCONDIDO, May 6 (Wirenews) - Mercosur leaders gather in Puerto Escondido this week "
            "for their annual summit, with trade at the top of the agenda.\n")
    assert _summit(ref, tmp_path, text, "2026-05-06")["host_city"] == "Puerto Escondido"


def test_an_unlisted_dateline_of_another_place_or_a_video_link_gives_no_venue(ref, tmp_path):
    text = ("Leaders arrive for the bloc summit\n\n"
            "PUERTO ESCONDIDO, May 6 (Wirenews) - Fishermen here watched as Mercosur leaders opened "
            "their summit far to the south on Monday.\n")
    assert _summit(ref, tmp_path, text, "2026-05-06")["host_city"] is None
    text = ("Leaders open the bloc summit online\n\n"
            "VILLA SERENA, May 6 (Wirenews) - The chair of Mercosur opened the virtual summit by video "
            "link in Villa Serena on Monday.\n")
    assert _summit(ref, tmp_path, text, "2026-05-06")["host_city"] is None


def test_a_virtual_summit_hosted_by_a_country_sits_in_its_capital_not_where_a_guest_joined_from(ref, tmp_path):
    text = ("Leaders meet on screens again\n\n"
            "Aria Mensah\n\n"
            "ACCRA\n\n"
            "The president joined the 12th BRICS summit, hosted by Russian President Leonid Orlov, by video conference "
            "from Accra on Tuesday evening.\n\n"
            "The online format spared the guests a long trip.\n")
    assert _summit(ref, tmp_path, text, "2026-05-06")["host_city"] == "Moscow"
    assert not _CHAIRED_FROM.search("the summit, hosted by the Kazakh president, by video link from ")
    assert _CHAIRED_FROM.search("the Kazakh president, who hosted the summit by video link from ")


def test_an_in_person_summit_hosted_by_a_country_takes_no_capital(ref, tmp_path):
    text = ("Leaders meet in Sochi\n\n"
            "The leaders met on Tuesday at the CSTO summit hosted by Russia in Sochi, officials said.\n")
    assert _summit(ref, tmp_path, text, "2026-05-06")["host_city"] == "Sochi"


def test_a_declaration_named_for_a_city_places_the_summit_that_adopted_it(ref, tmp_path):
    text = ("Bloc leaders agree on grain corridor\n\n"
            "The leaders of the SCO agreed on a grain corridor at their summit on Wednesday.\n\n"
            "The Tashkent Declaration, adopted at the end of the talks, runs to twelve pages.\n")
    assert _summit(ref, tmp_path, text, "2026-05-07")["host_city"] == "Tashkent"
    text = ("Bloc leaders agree on grain corridor\n\n"
            "The leaders of the SCO agreed on a grain corridor at their summit in Astana on Wednesday.\n\n"
            "Several leaders recalled the spirit of the Tashkent Declaration.\n")
    assert _summit(ref, tmp_path, text, "2026-05-07")["host_city"] == "Astana"


def test_a_city_where_another_bodys_summit_is_held_at_a_venue_is_not_this_summits(ref, tmp_path):
    text = ("CIS leaders meet\n\n"
            "The CIS summit opened on Friday in Minsk.\n\n"
            "The Kazakh president then leaves for the G20 summit at Villa Deauville, where the host has invited him.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["host_city"] == "Minsk"


# --- dates -----------------------------------------------------------------------------------------------------------

def test_an_anniversary_summit_is_dated_but_an_anniversary_is_not():
    assert not _other("The leaders opened the bloc's 30th anniversary summit Friday with a minute's silence.", "Friday")
    assert _other("They marked the anniversary of the treaty on 4 April.", "4 April")


def test_a_war_or_a_crisis_started_on_a_day_dates_no_summit():
    assert _other("Trade froze when the bombing began March 2, and the ministers left.", "March 2")
    assert _other("It was his first summit since the invasion of the island on 3 February.", "3 February")
    assert _other("Talks stalled after fighting broke out on Tuesday in the north.", "Tuesday")
    assert not _other("The leaders discussed the war on Friday behind closed doors.", "Friday")
    assert not _other("The summit began on 6 May with a parade.", "6 May")


def test_a_lower_bodys_meeting_dates_no_summit():
    assert _other("The week of talks began with the Permanent Representatives Committee on 4 May.", "4 May")
    assert _other("Preparations continued with the Executive Council of foreign ministers from Wednesday to Friday.",
                  "Wednesday")
    assert _other("It followed a meeting of the defence ministers on 5 May.", "5 May")
    assert not _other("The leaders' assembly opened on 7 May in the new hall.", "7 May")


def test_a_summit_that_closed_yesterday_after_a_week_of_lower_meetings(ref, tmp_path):
    text = ("Bloc summit ends with customs deal\n\n"
            "The 31st African Union summit closed in Nouakchott yesterday with a deal on customs.\n\n"
            "The two-day Assembly, which opened on Sunday, crowned a fortnight that began with the Permanent "
            "Representatives Committee on June 25.\n")
    assert _summit(ref, tmp_path, text, "2026-07-07")["dates"] == "2026-07-05/2026-07-06"


def test_a_photo_captions_date_ranks_below_the_ledes_weekday(ref, tmp_path):
    text = ("SCO leaders adopt a water plan\n\n"
            "ASTANA, May 8 (Agency) -- SCO leaders on Friday adopted a water plan as the bloc's summit closed.\n\n"
            "The meeting of the SCO Council of Heads of State, held here on Thursday and Friday, also named a new "
            "secretary-general.\n\n"
            "(Agency photo: leaders pose for a group photo at the SCO summit in Astana, May 8, 2026.)\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-07/2026-05-08"
    assert _CAPTION.match("(Agency photo: leaders pose for a group photo)")
    assert _CAPTION.match("PHOTO: The leaders at the summit")
    assert not _CAPTION.match("The photo session was cancelled: rain fell.")


def test_a_ledes_day_of_summit_business_and_a_later_close_bound_the_summit(ref, tmp_path):
    text = ("Host takes the helm of the bloc\n\n"
            "The host president on Friday took over the chairmanship of the Non-Aligned Movement at its summit.\n\n"
            "The summit, held at a lakeside resort outside Kampala, closed yesterday with a declaration on debt.\n")
    assert _summit(ref, tmp_path, text, "2026-05-10")["dates"] == "2026-05-08/2026-05-09"
    text = ("Host takes the helm of the bloc\n\n"
            "The host president on Monday took over the chairmanship of the Non-Aligned Movement at its summit.\n\n"
            "The summit, held at a lakeside resort outside Kampala, closed on Saturday with a declaration on debt.\n")
    assert _summit(ref, tmp_path, text, "2026-05-10")["dates"] == "2026-05-04"  # five days on: another close


def test_the_ledes_meeting_place_outranks_a_dateline_but_not_an_earlier_editions(ref, tmp_path):
    text = ("Bloc leaders meet\n\n"
            "GENEVA, May 8 (Agency) -- Envoys here watched as CSTO leaders met in Yerevan on Friday for their summit.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["host_city"] == "Yerevan"
    text = ("Bloc leaders meet\n\n"
            "ASTANA, May 8 (Agency) -- SCO leaders, who met in Bishkek last year, opened their summit here on Friday.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["host_city"] == "Astana"


def test_a_leader_who_flew_to_a_city_to_attend_the_summit_places_it_there(ref, tmp_path):
    text = ("President leaves for the summit\n\n"
            "ANKARA, May 8 (Agency) -- The president flew to Baku on Friday to attend the summit of the Organization of "
            "Turkic States.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["host_city"] == "Baku"


# --- past or future: a summit under way whose leaders' part is still ahead -----------------------------------------

def test_a_summit_under_way_whose_leaders_sessions_are_ahead_is_a_preview_for_attendance(ref, tmp_path):
    text = ("Factbox: who is coming to the ASEAN summit\n\n"
            "The ASEAN summit opened on Monday with business forums and runs through Friday.\n\n"
            "The host is due to speak on Wednesday evening, with the leaders' plenary sessions on Thursday and Friday.\n\n"
            "Thai Prime Minister Somchai Rattanakul is attending.\n")
    out = extract_text(ref, tmp_path, text, "2026-05-05")
    assert out["summit"]["dates"] == "2026-05-04/2026-05-08"
    assert {(a["person"], a["status"]) for a in out["attendees"]} == {("Somchai Rattanakul", "expected")}


def test_one_leaders_later_arrival_leaves_a_summit_under_way_past(ref, tmp_path):
    text = ("ASEAN summit opens\n\n"
            "The two-day ASEAN summit opened on Tuesday in Kuala Lumpur.\n\n"
            "Thai Prime Minister Somchai Rattanakul attended the opening session.\n\n"
            "The Timorese prime minister is due to arrive on Wednesday for the closing session.\n")
    out = extract_text(ref, tmp_path, text, "2026-05-05")
    assert ("Somchai Rattanakul", "attended") in {(a["person"], a["status"]) for a in out["attendees"]}
