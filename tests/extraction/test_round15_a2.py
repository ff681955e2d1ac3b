"""Round 15 (a2): attendance of leaders named only in a summit report's prose, names and organ officials,
each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_HEAD = ("ECOWAS leaders end Abuja summit split over single currency\n\n"
         "ABUJA, December 16 (Wire) - West African heads of state ended their two-day ECOWAS summit in Abuja on "
         "Saturday without agreeing a date for the single currency.\n\n")


def _people(ref, tmp_path, text: str, head: str = _HEAD, published: str = "2023-12-17") -> dict[str, tuple]:
    out = extract_text(ref, tmp_path, head + text + "\n", published)
    return {p: (c, s) for p, c, s in attendee_set(out)}


# --- the floor of a past summit ----------------------------------------------------------------------------------

def test_heads_acting_on_the_floor_of_a_past_summit_attended(ref, tmp_path):
    people = _people(ref, tmp_path,
                     "Benin's President Koffi Adjovi, the current chairman of the community, presided over the "
                     "closed sessions, which ran late into the night.\n\n"
                     "Togo's President Edem Agbeko and Niger's President Amadou Garba argued in the debate for an "
                     "early launch of the currency.\n\n"
                     "Facing them were the sceptics led by Ghanaian President Kwesi Mensah and Guinea's President "
                     "Alpha Sow, who said the economies had to converge first. Gambian President Lamin Jallow, at his "
                     "first summit, told his colleagues to be patient. Liberian President Samuel Doe-Kollie also spoke "
                     "in favour of waiting.")
    for who, country in (("Koffi Adjovi", "Benin"), ("Edem Agbeko", "Togo"), ("Amadou Garba", "Niger"),
                         ("Kwesi Mensah", "Ghana"), ("Alpha Sow", "Guinea"), ("Samuel Doe-Kollie", "Liberia")):
        assert people.get(who) == (country, "attended"), (who, people)


def test_floor_acts_of_a_preview_another_time_or_without_a_floor_are_not_attendance(ref, tmp_path):
    preview = ("ECOWAS leaders to meet in Abuja\n\nABUJA, December 10 (Wire) - West African heads of state will meet "
               "in Abuja on Saturday for a two-day summit.\n\n")
    for text, head, published in (
            ("Togo's President Edem Agbeko argued for an early launch of the currency at the last session.",
             preview, "2023-12-10"),
            ("In 2019, Togo's President Edem Agbeko argued for an early launch of the currency in the debate.",
             _HEAD, "2023-12-17"),
            # (a non-member's head: a member's head speaking in a report is there, floor or none)
            ("Markets were calm. Chad's President Edem Agbeko argued for lower tariffs on rice.", _HEAD, "2023-12-17"),
            ("The debate divided the hall. Former Togolese President Edem Agbeko argued for an early launch.",
             _HEAD, "2023-12-17")):
        assert "Edem Agbeko" not in _people(ref, tmp_path, text, head, published), text


# --- short attendance verbs ----------------------------------------------------------------------------------------

def test_also_came_and_came_in_person_are_attendance(ref, tmp_path):
    people = _people(ref, tmp_path,
                     "Mauritanian President Ahmed Ould Salem also came.\n\n"
                     "The observers sent delegations to the afternoon session: Chadian President Hassan Ngarta and "
                     "Cameroonian President Paul Etoundi both came in person.")
    for who in ("Ahmed Ould Salem", "Hassan Ngarta", "Paul Etoundi"):
        assert people.get(who, (None, None))[1] == "attended", (who, people)


def test_came_without_attendance_sense_is_not_a_cue(ref, tmp_path):
    people = _people(ref, tmp_path, "Support for the plan came from Mauritanian President Ahmed Ould Salem.")
    assert "Ahmed Ould Salem" not in people, people


def test_a_post_expected_to_go_to_someone_is_not_attendance(ref, tmp_path):
    people = _people(ref, tmp_path, "The commission presidency is expected to go to a Senegalese candidate, and "
                                    "diplomats in Abuja name Colonel Ibrahima Ndiaye, the army's chief of staff.")
    assert not any("Ndiaye" in p for p in people), people


# --- names ---------------------------------------------------------------------------------------------------------

def test_name_particle_wa_and_four_word_names_before_a_verb(ref, tmp_path):
    people = _people(ref, tmp_path,
                     "Kenya's President Mwangi wa Kariuki, the guest of honour, joined the sessions on Saturday.\n\n"
                     "Portugal's Luis Miguel Costa Ferreira has also arrived in Abuja.")
    assert people.get("Mwangi wa Kariuki") == ("Kenya", "attended"), people
    assert people.get("Luis Miguel Costa Ferreira") == ("Portugal", "attended"), people


def test_a_rank_before_a_name_is_not_part_of_it(ref, tmp_path):
    people = _people(ref, tmp_path, "Senegal was represented by Brigadier General Ousmane Faye, the defence chief.")
    assert "Ousmane Faye" in people and not any(p.startswith(("Brigadier", "General")) for p in people), people


def test_chairman_of_the_board_of_an_organ_is_the_organs_parent(ref, tmp_path):
    head = ("Eurasian leaders meet in Minsk\n\nMINSK, May 26 (Wire) - Leaders of the Eurasian Economic Union held a "
            "summit in Minsk on Friday.\n\n")
    people = _people(ref, tmp_path, "Kyrgyz President Talant Abdyrakhmanov took part, as did Chairman of the Board of "
                                    "the Eurasian Economic Commission Ivan Sarkisov.", head, "2023-05-27")
    assert people.get("Ivan Sarkisov") == ("Eurasian Economic Union", "attended"), people


# --- the host's chair and side meetings ----------------------------------------------------------------------------

def test_a_president_chairing_the_meeting_is_of_the_host_country(ref, tmp_path):
    head = ("APEC leaders gather in Busan\n\nBUSAN, November 16 (Wire) - Asia-Pacific leaders arrive in Busan this "
            "week for the APEC summit on Friday and Saturday.\n\n")
    people = _people(ref, tmp_path, "President Park Jin-woo will chair the meeting at the convention centre.", head,
                     "2025-11-16")
    assert people.get("Park Jin-woo") == ("South Korea", "expected"), people
    people = _people(ref, tmp_path, "President Park Jin-woo will chair the committee on trade at the convention "
                                    "centre.", head, "2025-11-16")
    assert people.get("Park Jin-woo", (None,))[0] is None, people


def test_a_side_meeting_with_someone_is_at_the_summit(ref, tmp_path):
    people = _people(ref, tmp_path, "Officials say Ivorian President Kouadio Yao settled the row in a side meeting "
                                    "with Burkinabe President Roch Ouedraogo.")
    assert people.get("Kouadio Yao", (None, None))[1] == "attended", people
    assert people.get("Roch Ouedraogo") == ("Burkina Faso", "attended"), people
