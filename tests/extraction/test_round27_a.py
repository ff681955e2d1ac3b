"""Round 27 (a): attendance cues and dates that belong to another event (a parade, a forum named after 'after',
the ministers' own meeting, 'that meeting', a past summit after 'since', an outbreak), and heads of agencies, each on
small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_APEC = "APEC leaders meet in Lima\n\nThe APEC summit opened in Lima on Friday.\n\n"
_SCO = "SCO leaders meet in Tashkent\n\nThe SCO summit closed in Tashkent on Friday.\n\n"
_AU = "AU leaders meet in Kigali\n\nThe African Union summit closed in Kigali on Monday.\n\n"


def _names(ref, tmp_path, text: str, published: str) -> set[str]:
    return {p for p, _, _ in attendee_set(extract_text(ref, tmp_path, text, published))}


def _summit(ref, tmp_path, body: str, published: str) -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- the cue's object is an event of another kind ----------------------------------------------------------------

def test_a_parade_or_festivities_as_the_cues_object(ref, tmp_path):
    for cue in ("will attend the national day parade in Lima on Sunday",
                "is to host the main festivities on Saturday",
                "attended the state funeral in Quito"):
        text = _APEC + f"Chilean President Gabriel Boric {cue}.\n"
        assert "Gabriel Boric" not in _names(ref, tmp_path, text, "2016-11-18"), cue
    # the summit's own sessions still count
    text = _APEC + "Chilean President Michelle Bachelet will attend the leaders' retreat on Saturday.\n"
    assert "Michelle Bachelet" in _names(ref, tmp_path, text, "2016-11-18")


# --- a passive participle on the event named after 'after' or 'before' --------------------------------------------

def test_a_forum_named_after_after_with_its_own_attendees(ref, tmp_path):
    for frame in ("The Tashkent summit comes a week after the energy forum in Baku, attended on 2 June by",
                  "The meeting in Tashkent comes only days after a donors' conference in Geneva, which was hosted by"):
        text = _SCO + f"{frame} Turkish President Recep Tayyip Erdogan.\n"
        assert "Recep Tayyip Erdoğan" not in _names(ref, tmp_path, text, "2016-06-24"), frame
    # a time aside on the person, then the person's own cue: still attendance
    text = _SCO + ("Kazakh President Nursultan Nazarbayev, two weeks before a parliamentary vote, chaired the "
                   "session.\n")
    assert "Nursultan Nazarbayev" in _names(ref, tmp_path, text, "2016-06-24")


def test_a_date_on_the_event_named_after_after_is_not_the_summits(ref, tmp_path):
    body = ("SCO leaders meet in Tashkent\n\n"
            "TASHKENT, June 24 (Wire) - The SCO summit in Tashkent comes a few days after the energy forum in Baku, "
            "attended on June 20 by several of the same leaders.\n\n"
            "The leaders signed a transit pact on Friday.\n")
    assert _summit(ref, tmp_path, body, "2016-06-24")["dates"] != "2016-06-20"


# --- the ministers' own meeting, and 'that meeting' named before -------------------------------------------------

def test_the_ministers_own_meeting_and_that_meeting(ref, tmp_path):
    text = _AU + ("Defence ministers of the bloc held a video call on 3 May, chaired by Kenyan Defence Minister "
                  "Aden Duale, to draft the communique.\n")
    assert "Aden Duale" not in _names(ref, tmp_path, text, "2023-05-08")
    text = _AU + ("On Sunday the regional bloc's leaders met separately. That dinner was hosted by Kenyan President "
                  "William Ruto.\n")
    assert "William Ruto" not in _names(ref, tmp_path, text, "2023-05-08")
    # the summit's own session chaired by the leader
    text = _AU + "The closing session was chaired by Kenyan President William Ruto.\n"
    assert "William Ruto" in _names(ref, tmp_path, text, "2023-05-08")


# --- dates of another event: a past summit after 'since', an outbreak -------------------------------------------

def test_a_past_summit_after_since_does_not_date_this_one(ref, tmp_path):
    body = ("CIS leaders meet in Minsk\n\n"
            "MINSK. Oct 10 (Wire) - The leaders of the CIS meeting in Minsk on Friday agreed to a free-trade zone.\n\n"
            "The summit was held in a narrow format. Lukashenko, who has led the council since the Sochi summit in "
            "October 2013, said the bloc needed reform.\n")
    assert _summit(ref, tmp_path, body, "2014-10-10")["dates"] == "2014-10-10"


def test_an_outbreak_dates_the_crisis_not_the_summit(ref, tmp_path):
    for clause in ("which erupted on June 2", "which broke out on June 2", "after it flared up on June 2"):
        body = ("G7 leaders meet in Evian\n\n"
                f"The border fighting, {clause}, overshadowed the G7 summit in Evian, which opened on Sunday.\n\n"
                "The leaders adopted a statement on trade.\n")
        assert _summit(ref, tmp_path, body, "2003-06-01")["dates"] != "2003-06-02", clause
    # the summit that opened on a stated day keeps it
    body = ("G7 leaders meet in Evian\n\nThe G7 summit in Evian opened on June 1 and closed on June 3.\n")
    assert _summit(ref, tmp_path, body, "2003-06-03")["dates"] == "2003-06-01/2003-06-03"


# --- heads of agencies in a list of representatives --------------------------------------------------------------

def test_agency_heads_in_the_list_of_representatives(ref, tmp_path):
    text = ("G8 leaders meet in Evian\n\nThe G8 summit closed in Evian on Tuesday.\n\n"
            "The agencies were represented by UNESCO Director-General Koichiro Matsuura and International Energy "
            "Agency Executive Director Claude Mandil.\n")
    got = {(p, c) for p, c, _ in attendee_set(extract_text(ref, tmp_path, text, "2003-06-03"))}
    assert {("Kōichirō Matsuura", "UNESCO"), ("Claude Mandil", "International Energy Agency")} <= got


# --- a deck's weekday names one part; the news lede's opening day starts the summit -------------------------------

def test_the_news_ledes_opening_day_beats_the_decks_weekday(ref, tmp_path):
    head = ("APEC summit opens on the coast as food prices bite\n\n"
            "Island leaders to join talks Wednesday; Boluarte seeks food deal\n\n"
            "LIMA, Peru, Nov. 12 Wire\n\n")
    body = head + ("President Dina Boluarte opened the APEC summit on Tuesday at a beach resort south of Lima.\n\n"
                   "The leaders discussed food prices.\n")
    assert _summit(ref, tmp_path, body, "2024-11-12")["dates"] == "2024-11-12"
    # without an opening in the news lede, the deck's day stands
    body = head + "Leaders discussed food prices at the APEC summit on Tuesday at a beach resort.\n"
    assert _summit(ref, tmp_path, body, "2024-11-12")["dates"] == "2024-11-13"
