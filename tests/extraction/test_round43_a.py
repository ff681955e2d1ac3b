"""Round 43 (A): attendance told in reports by the summit's own acts, and names that are no attendee.

Each family on small invented articles: rosters of signers and signatories, leaders signing the founding text,
seats at the table, a report's past tense whatever the summit's date, and false attendees (a house named like a
person, the host of a later session, the actors of a founding told in history, a leader of no member state said
to be elsewhere).
"""

from __future__ import annotations

import pytest

from pipeline.attendance import sentence_status
from tests.extraction.conftest import attendee_set, extract_text

_MANILA = ("Leaders meet in Manila\n\n"
           "MANILA, Nov 27 (Reef Wire) - Leaders of the Association of Southeast Asian Nations held their summit in "
           "Manila on Tuesday and Wednesday.\n\n")
_DOHA = ("Gulf leaders meet\n\n"
         "DOHA, Nov 27 (Dune Wire) - Gulf Cooperation Council leaders held their annual summit in Doha on Tuesday "
         "and Wednesday, hosted by Emir Tamim bin Hamad Al Thani.\n\n")
_WASHINGTON = ("Allies meet in Washington\n\n"
               "WASHINGTON, Nov 27 (Potomac Wire) - NATO leaders held their summit in Washington on Tuesday and "
               "Wednesday.\n\n")
_PRABOWO = ("Prabowo Subianto", "Indonesia", "attended")
_ANWAR = ("Anwar Ibrahim", "Malaysia", "attended")
_WONG = ("Lawrence Wong", "Singapore", "attended")


def _attendees(ref, tmp_path, body: str, published: str = "2024-11-27") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, body, published))


def _names(ref, tmp_path, body: str) -> set[str]:
    return {p for p, _, _ in _attendees(ref, tmp_path, body) if p}


# --- rosters of signers and signatories ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Signing the declaration in the palace ballroom were President Prabowo Subianto of Indonesia; Singapore's Prime "
    "Minister, Mr Lawrence Wong; and the Malaysian Prime Minister, Datuk Anwar Ibrahim.",
    "Signing for their governments were Prabowo Subianto of Indonesia; Lawrence Wong of Singapore; and Anwar Ibrahim "
    "of Malaysia.",
    "The signatories were Indonesian President Prabowo Subianto; Anwar Ibrahim, Malaysia's prime minister since 2022; "
    "and Singapore's Lawrence Wong.",
    "Signatories included Prabowo Subianto of Indonesia, Malaysia's Anwar Ibrahim and Lawrence Wong of Singapore.",
])
def test_a_roster_of_signers_attended(ref, tmp_path, line):
    assert {_PRABOWO, _ANWAR, _WONG} <= _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    "Prabowo Subianto, Anwar Ibrahim and Lawrence Wong on Wednesday signed the accord.",
    "Prabowo Subianto, Anwar Ibrahim and Lawrence Wong signed the new charter in the main hall.",
    "Prabowo Subianto, Anwar Ibrahim and Lawrence Wong signed the treaty on the second day.",
    "Prabowo Subianto, Anwar Ibrahim and Lawrence Wong on Wednesday signed in the Philippine capital the treaty "
    "setting up the customs union.",
])
def test_leaders_signing_the_text_attended(ref, tmp_path, line):
    assert {_PRABOWO, _ANWAR, _WONG} <= _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    "President Prabowo Subianto was the first to sign.",
    "President Prabowo Subianto, who has hosted two of the meetings, was the last leader to sign.",
])
def test_the_first_to_sign_attended(ref, tmp_path, line):
    assert _PRABOWO in _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    # a roster of long ago, its offices marked 'then'
    "The signatories were Prabowo Subianto, Anwar Ibrahim and, for Singapore, the then Prime Minister, Lawrence Wong.",
    # a treaty signed at another time and place
    "Anwar Ibrahim signed the treaty with Australia in Canberra in August 2023.",
    # a signing the sentence opens by its own place and day
    "On Saturday, in Kuala Lumpur, Anwar Ibrahim and Lawrence Wong signed the treaty on the causeway.",
])
def test_no_signer_of_this_summit(ref, tmp_path, line):
    assert not _names(ref, tmp_path, _MANILA + line + "\n") & {"Prabowo Subianto", "Anwar Ibrahim", "Lawrence Wong"}


# --- seats at the table, the company in the hall -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Prime Minister Anwar Ibrahim, who was seated alongside President Prabowo Subianto of Indonesia and Singapore's "
    "Prime Minister Lawrence Wong at the signing, praised the deal.",
    "Anwar Ibrahim sat between Prabowo Subianto and Lawrence Wong at the closing ceremony.",
    "Others in the hall included President Prabowo Subianto of Indonesia; Mr. Anwar Ibrahim, Prime Minister of "
    "Malaysia; and the Prime Minister of Singapore, Mr. Lawrence Wong.",
])
def test_seated_together_attended(ref, tmp_path, line):
    assert {_PRABOWO, _ANWAR, _WONG} <= _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    "Others at the 2019 summit included President Prabowo Subianto and Mr. Anwar Ibrahim.",
    "Those at the last meeting were Prabowo Subianto, Anwar Ibrahim and Lawrence Wong.",
])
def test_the_company_of_another_meeting_is_no_attendance(ref, tmp_path, line):
    assert not _names(ref, tmp_path, _MANILA + line + "\n") & {"Prabowo Subianto", "Anwar Ibrahim", "Lawrence Wong"}


@pytest.mark.parametrize("line", [
    "Foreign Minister Mohamad Hasan, seated at Anwar's left, is to report on Wednesday on the trade talks.",
    "Foreign Minister Mohamad Hasan, seated at the leaders' table, spoke on Wednesday.",
    "Foreign Minister Mohamad Hasan led the Malaysian delegation on the ground and sat at the leaders' table.",
])
def test_a_seat_at_the_table_attended(ref, tmp_path, line):
    assert ("Mohamad Hasan", "Malaysia", "attended") in _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    "The host country had two places: President Prabowo Subianto and Foreign Minister Sugiono.",
    "Indonesia had two seats at the table: President Prabowo Subianto and Foreign Minister Sugiono.",
])
def test_a_delegations_places_attended(ref, tmp_path, line):
    assert _PRABOWO in _attendees(ref, tmp_path, _MANILA + line + "\n")


@pytest.mark.parametrize("line", [
    "Prime Minister Anwar Ibrahim, attending his first regional summit since returning to power in January, was "
    "scheduled to see Prabowo privately on Wednesday.",
    "Prime Minister Anwar Ibrahim, attending his third summit of the bloc, was due to meet the host on Wednesday.",
])
def test_an_attending_aside_in_a_report_is_attended(ref, tmp_path, line):
    assert _ANWAR in _attendees(ref, tmp_path, _MANILA + line + "\n")


# --- the report's tense, even when the summit's date is read wrong -------------------------------------------------

@pytest.mark.parametrize("line", [
    "Foreign Minister Sergey Lavrov led the Russian delegation on the ground and sat at the leaders' table.",
    "Among those present were Iran's President Ebrahim Raisi and Ethiopian Prime Minister Abiy Ahmed.",
    "Those attending included the presidents of Kenya and Ghana.",
    "Secretary-General Mark Rutte presided over the working sessions with the host.",
    "Defense Secretary Lloyd Austin briefed the leaders on the threat.",
    "Signing the documents in the main hall were the five heads of government.",
    "Prime Minister Anwar Ibrahim was seated alongside the host at the announcement.",
])
def test_a_past_act_gives_the_reports_tense(line):
    # a summit wrongly read as still to come must not turn what was done there into an expectation
    assert sentence_status(line, True) == "attended"


@pytest.mark.parametrize("line", [
    "Foreign Minister Sergey Lavrov will lead the Russian delegation.",
    "Prime Minister Anwar Ibrahim is expected to sign the accord.",
])
def test_a_future_act_stays_expected(line):
    assert sentence_status(line, True) == "expected"


# --- false attendees -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Mr Bush and Mr Kohl, over lunch at Winfield House, the ambassador's residence, agreed on the text.",
    "The leaders attended a dinner at Marlborough House on Tuesday evening.",
    "The leaders met in Lancaster House on Tuesday.",
])
def test_a_house_named_like_a_person_is_no_attendee(ref, tmp_path, line):
    assert not any(p and ("House" in p or p in ("Winfield", "Marlborough", "Lancaster"))
                   for p, _, _ in _attendees(ref, tmp_path, _MANILA + line + "\n"))


def test_a_person_named_hall_still_attends(ref, tmp_path):
    assert "Chris Hall" in _names(ref, tmp_path, _MANILA + "Chris Hall, the British envoy, attended the summit.\n")


@pytest.mark.parametrize(("line", "name"), [
    ("The Supreme Council accepted the invitation of King Salman to hold the 46th session in Riyadh next year.",
     "Salman of Saudi Arabia"),
    ("The leaders accepted the invitation from Sultan Haitham bin Tarik to host the next summit in Muscat.",
     "Haitham bin Tariq"),
    ("The leaders accepted King Hamad's invitation to host the following session in Manama.",
     "Hamad bin Isa Al Khalifa"),
])
def test_the_host_of_a_later_session_is_no_attendee(ref, tmp_path, line, name):
    assert name not in _names(ref, tmp_path, _DOHA + line + "\n")


def test_an_invitation_to_this_summit_accepted_still_attends(ref, tmp_path):
    line = "King Salman accepted the invitation of Emir Tamim to the summit and arrived in Doha on Tuesday."
    assert ("Salman of Saudi Arabia", "Saudi Arabia", "attended") in _attendees(ref, tmp_path, _DOHA + line + "\n")


@pytest.mark.parametrize("line", [
    "The alliance was created on April 4, 1949, when 12 nations signed the treaty in Washington. Secretary of State "
    "Antony Blinken signed for the United States, and President Joe Biden attended the ceremony.",
    "The alliance was founded in 1949 by twelve states. Antony Blinken signed the treaty, and Joe Biden witnessed "
    "the signing.",
])
def test_the_actors_of_a_founding_in_history_are_no_attendees(ref, tmp_path, line):
    # invented: today's names put into a history's sentence, so that only the history frame can keep them out
    assert not _names(ref, tmp_path, _WASHINGTON + line + "\n") & {"Antony Blinken", "Joe Biden"}


def test_a_signing_at_this_summit_after_a_history_still_attends(ref, tmp_path):
    line = "The alliance was founded in 1949. The leaders signed the declaration on Wednesday; Joe Biden signed first."
    assert "Joe Biden" in _names(ref, tmp_path, _WASHINGTON + line + "\n")


_ALMATY = ("Republics sign up\n\n"
           "ALMA-ATA, Dec 21 (Wire) - Leaders of eleven former Soviet republics held a summit in Alma-Ata on Saturday and "
           "founded the Commonwealth of Independent States.\n\n")


def test_a_leader_of_no_member_state_elsewhere_is_no_absentee(ref, tmp_path):
    out = _attendees(ref, tmp_path, _ALMATY + "Soviet President Mikhail Gorbachev was not in Alma-Ata.\n", "1991-12-21")
    assert not any(p == "Mikhail Gorbachev" for p, _, _ in out)


def test_a_member_states_leader_elsewhere_is_still_absent(ref, tmp_path):
    line = "Moldovan President Mircea Snegur was not in Alma-Ata."
    out = _attendees(ref, tmp_path, _ALMATY + line + "\n", "1991-12-21")
    assert ("Mircea Snegur", "Moldova", "absent") in out
