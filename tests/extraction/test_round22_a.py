"""Round 22 (a): attendance and its status (inverted line-ups, list items past an aside, bodies read as people,
dates of other events that set the summit's date), each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_MERCOSUR = "Mercosur leaders meet in Asuncion\n\nThe Mercosur summit opened in Asuncion on Monday.\n\n"


def _people(ref, tmp_path, text: str, published: str = "2022-06-27") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, text, published))


def _names(ref, tmp_path, text: str, published: str = "2022-06-27") -> set[str]:
    return {p for p, _, _ in _people(ref, tmp_path, text, published)}


def test_an_inverted_line_up_present_at_the_session(ref, tmp_path):
    text = _MERCOSUR + ("Present at Monday's working session were Bolivian President Luis Arce, who flew in overnight; "
                        "Ecuador's Guillermo Lasso and Chilean President Gabriel Boric.\n")
    assert {("Luis Arce", "Bolivia", "attended"), ("Guillermo Lasso", "Ecuador", "attended"),
            ("Gabriel Boric", "Chile", "attended")} <= _people(ref, tmp_path, text)
    text = _MERCOSUR + "Present at the founding talks in 1991 were Luis Arce and Guillermo Lasso.\n"
    assert not _names(ref, tmp_path, text) & {"Luis Arce", "Guillermo Lasso"}


def test_a_list_item_goes_on_past_a_relative_aside(ref, tmp_path):
    text = ("APEC summit: leaders head for Lima\n\nLeaders of the APEC forum will gather in Lima for their annual "
            "summit on Saturday and Sunday.\n\nThe organisers say confirmed participants include:\n\n"
            "- Chinese President Xi Jinping;\n"
            "- Indonesian President Joko Widodo, whose country chairs another bloc next year, Malaysian Prime "
            "Minister Najib Razak and Singapore's Lee Hsien Loong;\n- Chilean President Michelle Bachelet.\n")
    got = _people(ref, tmp_path, text, "2016-11-17")
    assert {("Joko Widodo", "Indonesia", "expected"), ("Najib Razak", "Malaysia", "expected"),
            ("Lee Hsien Loong", "Singapore", "expected")} <= got
    # an aside naming someone with no comma after them is still no item
    text = text.replace("whose country chairs another bloc next year, Malaysian", "who dines with Malaysian")
    assert "Najib Razak" not in _names(ref, tmp_path, text, "2016-11-17")


def test_a_portfolio_and_a_body_are_no_names(ref, tmp_path):
    text = ("ASEAN leaders meet in Jakarta\n\nThe ASEAN summit opened in Jakarta on Tuesday.\n\n"
            "The Indonesian delegation was headed by Coordinating Minister for Economic Affairs Hatta Rajasa.\n\n"
            "The meeting was also attended by the Chairman of the ASEAN Business Council, Secretary Lim Hong.\n\n"
            "Dr. Nguyen Van Binh of the Foreign Policy Academy of Vietnam said the summit had gone well.\n")
    got = _names(ref, tmp_path, text, "2011-05-08")
    assert "Hatta Rajasa" in got
    assert not any(n.endswith(("Affairs Hatta Rajasa", "Council", "Academy")) for n in got)


def test_speaking_to_the_participants_and_a_day_s_session(ref, tmp_path):
    text = ("SCO leaders meet online\n\nThe SCO summit was held by video link on Tuesday.\n\n"
            "UN Secretary-General Antonio Guterres addressed the participants in a recorded message.\n\n"
            "Pakistan's Imran Khan made a similar case in Tuesday's closing session.\n")
    got = _people(ref, tmp_path, text, "2020-11-10")
    assert {("António Guterres", "United Nations", "attended"), ("Imran Khan", "Pakistan", "attended")} <= got


def test_did_not_take_part_closing_its_clause(ref, tmp_path):
    text = ("SCO leaders meet online\n\nThe SCO summit was held by video link on Tuesday.\n\n"
            "Turkmen President Gurbanguly Berdimuhamedow, who came to an earlier meeting in person, did not take part "
            "either.\n")
    assert ("Gurbanguly Berdimuhamedow", "Turkmenistan", "absent") in _people(ref, tmp_path, text, "2020-11-10")
    text = text.replace("did not take part either.", "did not take part in the debate on trade but spoke later.")
    assert ("Gurbanguly Berdimuhamedow", "Turkmenistan", "absent") not in _people(ref, tmp_path, text, "2020-11-10")


def test_someone_met_at_a_stop_on_the_way_is_not_there(ref, tmp_path):
    text = ("BRICS leaders meet in Durban\n\nThe BRICS summit opened in Durban on Tuesday.\n\n"
            "Chinese President Xi Jinping arrived in Durban on Monday after a stopover in Dar es Salaam, where he met "
            "Tanzanian President Jakaya Kikwete.\n")
    got = _names(ref, tmp_path, text, "2013-03-26")
    assert "Xi Jinping" in got and "Jakaya Kikwete" not in got


def _summit_dates(ref, tmp_path, text: str, published: str) -> str | None:
    return extract_text(ref, tmp_path, text, published)["summit"]["dates"]


def test_dates_of_other_events_do_not_date_the_summit(ref, tmp_path):
    head = "AU summit opens in Addis Ababa\n\nThe African Union summit opened in Addis Ababa on Saturday.\n\n"
    text = head + "The summit called on all armed groups in the region to disarm by April 15.\n"
    assert _summit_dates(ref, tmp_path, text, "2024-02-17").startswith("2024-02-17")
    text = head + "At the summit the chairmanship of the union will pass to Mauritania from March 1.\n"
    assert _summit_dates(ref, tmp_path, text, "2024-02-17").startswith("2024-02-17")
    text = head + "The summit had originally been scheduled for January 20 but was moved.\n"
    assert _summit_dates(ref, tmp_path, text, "2024-02-17").startswith("2024-02-17")
    text = head + "The next AU meeting is the executive council session, which will be held on March 30.\n"
    assert _summit_dates(ref, tmp_path, text, "2024-02-17").startswith("2024-02-17")
    # the summit's own explicit date still counts
    text = ("AU summit opens\n\nThe African Union summit will be held in Addis Ababa on February 17 and 18, "
            "officials said.\n")
    assert _summit_dates(ref, tmp_path, text, "2024-02-10").startswith("2024-02-17")


_OIC = "OIC summit opens in Istanbul\n\nThe OIC summit opened in Istanbul on Thursday.\n\n"


def test_staying_away_by_choice_and_past_an_aside_with_an_abbreviation(ref, tmp_path):
    text = _OIC + ("Gabon's Ali Bongo Ondimba decided not to travel over what aides called a clash of dates.\n\n"
                   "Senegal's Macky Sall, whose country votes in a referendum on Mar. 20, also did not attend, and "
                   "Senegal was represented at ministerial level.\n")
    got = _people(ref, tmp_path, text, "2016-04-14")
    assert {("Ali Bongo Ondimba", "Gabon", "absent"), ("Macky Sall", "Senegal", "absent")} <= got
    text = _OIC + "Gabon's Ali Bongo Ondimba decided not to travel by road from the airport.\n"
    assert ("Ali Bongo Ondimba", "Gabon", "absent") in _people(ref, tmp_path, text, "2016-04-14")  # still a choice
    text = _OIC + "Gabon's Ali Bongo Ondimba decided to travel on Wednesday night.\n"
    assert ("Ali Bongo Ondimba", "Gabon", "absent") not in _people(ref, tmp_path, text, "2016-04-14")


def test_a_handover_by_a_stand_in_and_a_country_s_delegation(ref, tmp_path):
    text = _OIC + ("The chairmanship was handed over by Egyptian Foreign Minister Sameh Shoukry, whose country had "
                   "held it for three years.\n\n"
                   "Jordanian Prime Minister Hani Mulki led his country's delegation; the king was abroad.\n")
    got = _people(ref, tmp_path, text, "2016-04-14")
    assert {("Sameh Shoukry", "Egypt", "attended"), ("Hani Mulki", "Jordan", "attended")} <= got


def test_handing_over_a_pro_tempore_presidency(ref, tmp_path):
    text = ("CELAC summit closes in Santiago\n\nThe CELAC summit closed in Santiago on Monday.\n\n"
            "\"It is my honour to be handing over the pro tempore presidency to His Excellency Raul Castro, "
            "president of Cuba,\" the host said.\n")
    assert ("Raúl Castro", "Cuba", "attended") in _people(ref, tmp_path, text, "2013-01-28")


def test_outreach_guests_for_regional_groupings_and_a_caption_embrace(ref, tmp_path):
    text = ("G20 summit opens in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "Vietnam's Nguyen Xuan Phuc and Thailand's Prayut Chan-o-cha represented regional groupings.\n\n"
            "Photo: Japanese Prime Minister Shinzo Abe (R) embraces Argentina's Mauricio Macri during the handover "
            "ceremony in Osaka.\n")
    got = _people(ref, tmp_path, text, "2019-06-29")
    assert {("Nguyễn Xuân Phúc", "Vietnam", "attended"), ("Prayut Chan-o-cha", "Thailand", "attended"),
            ("Shinzo Abe", "Japan", "attended"), ("Mauricio Macri", "Argentina", "attended")} <= got
    text = ("G20 summit opens in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "Photo: Mauricio Macri embraces his daughter at home in Buenos Aires. (File photo)\n")
    assert "Mauricio Macri" not in _names(ref, tmp_path, text, "2019-06-29")


_APEC = ("APEC summit: leaders head for Lima\n\nLeaders of the APEC forum will gather in Lima for their annual summit "
         "on Saturday and Sunday.\n\n")


def test_the_ministers_meeting_chaired_by_is_another_meeting(ref, tmp_path):
    text = _APEC + ("Ministers wrapped up two days of talks on Thursday. The ministerial meeting was co-chaired by "
                    "Peruvian Foreign Minister Ricardo Luna, who said the draft was agreed.\n\n"
                    "The summit will be chaired by Peruvian President Pedro Pablo Kuczynski.\n")
    got = _names(ref, tmp_path, text, "2016-11-17")
    assert "Ricardo Luna" not in got and "Pedro Pablo Kuczynski" in got


def test_a_cue_in_a_later_contrasting_clause_is_its_own_subjects(ref, tmp_path):
    text = _APEC + ("Ties between Beijing and Tokyo have been strained by Foreign Minister Wang Yi's remarks in July, "
                    "though Shinzo Abe and Xi Jinping are expected to meet on Saturday.\n")
    got = _names(ref, tmp_path, text, "2016-11-17")
    assert {"Shinzo Abe", "Xi Jinping"} <= got and "Wang Yi" not in got
    # a cue before the contrast is everyone's before it
    text = _APEC + "Wang Yi will attend the summit, though Shinzo Abe is expected to meet Xi Jinping on Saturday.\n"
    assert "Wang Yi" in _names(ref, tmp_path, text, "2016-11-17")


def test_a_former_office_holder_sent_as_an_envoy_of_an_absent_leader(ref, tmp_path):
    text = _APEC + ("Taiwan's leader, who by custom stays away, is sending former vice-president James Soong as the "
                    "special envoy of Tsai Ing-wen.\n")
    got = _people(ref, tmp_path, text, "2016-11-17")
    assert {("James Soong", "Taiwan", "expected"), ("Tsai Ing-wen", "Taiwan", "absent")} <= got
    text = _APEC + "Former vice-president James Soong said on Tuesday that trade should come first.\n"
    assert "James Soong" not in _names(ref, tmp_path, text, "2016-11-17")


def test_a_leader_elect_named_by_the_title_to_be(ref, tmp_path):
    text = ("Mercosur leaders meet in Montevideo\n\nThe Mercosur summit opened in Montevideo on Tuesday.\n\n"
            "Brazilian President Michel Temer, who brought President-elect Jair Bolsonaro's foreign policy adviser, "
            "and Argentina's Mauricio Macri joined the summit on Tuesday; Uruguay's President-elect Luis Lacalle Pou "
            "also attended.\n")
    got = _people(ref, tmp_path, text, "2019-12-17")
    assert ("Luis Lacalle Pou", "Uruguay", "attended") in got
    assert "Jair Bolsonaro" not in {p for p, _, _ in got}


def test_a_successor_handed_over_to_is_not_there(ref, tmp_path):
    text = ("G20 summit opens in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "Also at the table was Argentina's Mauricio Macri, who hands over to President-elect Alberto Fernandez "
            "on Dec. 10.\n")
    got = _names(ref, tmp_path, text, "2019-06-29")
    assert "Mauricio Macri" in got and "Alberto Fernández" not in got


def test_a_late_arrival_expected_by_pronoun(ref, tmp_path):
    head = ("G20 summit opens in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "Canadian Prime Minister Justin Trudeau missed the opening session after his plane turned back. "
            "Trudeau boarded a scheduled flight on Friday morning.\n\n")
    got = _people(ref, tmp_path, head + "He was expected in Osaka late Friday.\n", "2019-06-28")
    assert ("Justin Trudeau", "Canada", "expected") in got
    got = _people(ref, tmp_path, head + "He is expected in Paris next week for talks.\n", "2019-06-28")
    assert "Justin Trudeau" not in {p for p, _, _ in got}


def test_representing_alongside_another(ref, tmp_path):
    text = ("G20 summit opens in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "European Council President Donald Tusk, who represents the European Union alongside Commission President "
            "Jean-Claude Juncker, told reporters the EU would act.\n")
    got = _people(ref, tmp_path, text, "2019-06-28")
    assert {("Donald Tusk", "European Union", "attended"), ("Jean-Claude Juncker", "European Union", "attended")} <= got
