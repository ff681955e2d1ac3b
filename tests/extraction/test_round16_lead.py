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
