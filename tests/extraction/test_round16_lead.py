"""Round 16 (lead): small general rules found while merging the round's work, each on invented sentences."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_AU = ("AU leaders pick a new commission head\n\n"
       "ADDIS ABABA, February 15 (Wire) - African heads of state opened their annual summit in Addis Ababa on "
       "Saturday.\n\n")


def _people(ref, tmp_path, text: str, head: str = _AU, published: str = "2025-02-15") -> dict[str, tuple]:
    out = extract_text(ref, tmp_path, head + text + "\n", published)
    return {p: (c, s) for p, c, s in attendee_set(out)}


def test_the_official_a_contest_is_held_to_succeed_is_not_named_as_attending(ref, tmp_path):
    people = _people(ref, tmp_path, "The contest to succeed Chad's Moussa Faki Mahamat, who steps down after eight "
                                    "years, went to a seventh round of voting.")
    assert "Moussa Faki" not in people, people


def test_the_organisations_own_official_speaking_at_the_summit_still_attends(ref, tmp_path):
    people = _people(ref, tmp_path, "Commission chairperson Moussa Faki Mahamat told the leaders that the union "
                                    "had to fund its own peace missions.")
    assert people.get("Moussa Faki", (None, None))[1] == "attended", people


def test_the_official_someone_takes_over_from_is_not_named_as_attending(ref, tmp_path):
    people = _people(ref, tmp_path, "Kenya's foreign minister will be the commission's next chairperson, taking over "
                                    "from Moussa Faki Mahamat in March.")
    assert "Moussa Faki" not in people, people


def test_a_head_who_hands_over_the_chair_at_the_summit_still_attends(ref, tmp_path):
    head = ("SADC leaders meet in Lusaka\n\nLUSAKA, August 17 (Wire) - Southern African leaders opened their summit "
            "in Lusaka on Saturday.\n\n")
    people = _people(ref, tmp_path, "Zambia's President Mulenga Banda took over from Botswana's President Kabo "
                                    "Seretse, who handed over the chair during the opening ceremony.", head,
                     "2024-08-17")
    assert people.get("Kabo Seretse", (None, None))[1] == "attended", people


_G20 = ("G20 leaders gather\n\nTORONTO, June 26 (Wire) - Leaders of the Group of Twenty opened their summit in "
        "Toronto on Saturday.\n\n")


def test_a_title_and_one_name_resolve_to_the_holder_of_that_title_on_the_day(ref, tmp_path):
    people = _people(ref, tmp_path, "The kingdom's Crown Prince Abdullah sent his regrets.", _G20, "2004-06-09")
    assert people.get("Abdullah of Saudi Arabia") == ("Saudi Arabia", "absent"), people


def test_the_country_of_the_frame_beats_a_title_alias_of_another_country(ref, tmp_path):
    people = _people(ref, tmp_path, "Saudi Arabia's King Abdullah attended the working dinner.", _G20, "2010-06-26")
    assert people.get("Abdullah of Saudi Arabia") == ("Saudi Arabia", "attended"), people
    people = _people(ref, tmp_path, "Jordan's King Abdullah attended the working dinner.", _G20, "2010-06-26")
    assert people.get("Abdullah II of Jordan") == ("Jordan", "attended"), people
