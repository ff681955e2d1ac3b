"""Round 43 (REF): summits of 1961 to 1992 read with the historical states and the people dictionary of that era.

Small invented articles published on the day of an invented summit report, each attendee resolved to a dictionary
entry (the office held that day gives the role and the country): a Soviet leader met by the seven, the
founders of the Commonwealth of Independent States in 1992, the Organization of African Unity in 1963 and the
Non-Aligned Movement in 1961. The near-misses are modern: 'former Soviet republics', 'Soviet-era', 'the post-Soviet
space', 'ex-Yugoslav' and 'the former Yugoslav Republic of Macedonia' name no Soviet Union or Yugoslavia, and a state
that ended in 1991 is no member or attending country of a summit of 2015.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text, member_set

_G7 = ("Seven leaders meet in London\n\n"
       "LONDON, July 17 (Invented Wire) - The leaders of the Group of Seven opened their summit in London on Wednesday.\n\n")
_CIS92 = ("CIS leaders gather\n\n"
          "TASHKENT, May 15 (Invented Wire) - Leaders of the Commonwealth of Independent States opened their summit in "
          "Tashkent on Friday.\n\n")
_OAU = ("African leaders meet\n\n"
        "ADDIS ABABA, May 25 (Invented Wire) - Leaders of the Organization of African Unity opened their summit in Addis "
        "Ababa on Saturday.\n\n")
_NAM = ("Non-aligned summit opens\n\n"
        "BELGRADE, Sept 1 (Invented Wire) - Leaders of the Non-Aligned Movement opened their summit in Belgrade on "
        "Friday.\n\n")
_CIS15 = ("CIS leaders meet\n\n"
          "BURABAY, Oct 16 (Invented Wire) - Leaders of the Commonwealth of Independent States opened their summit in "
          "Burabay on Friday.\n\n")


def _attendees(ref, tmp_path, body: str, published: str) -> set[tuple]:
    """The attendees resolved to a person of the dictionary (not a provisional 'new:' id), with country and status."""
    out = extract_text(ref, tmp_path, body, published)
    return attendee_set({"attendees": [a for a in out["attendees"] if a["person_id"] in ref.people]})


# --- a Soviet leader is of the Soviet Union ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Soviet leader Mikhail Gorbachev met the seven leaders after the summit.",
    "Soviet President Mikhail Gorbachev joined the seven leaders for talks on Wednesday.",
    "Mikhail Gorbachev of the Soviet Union met the seven leaders on the last day.",
    "President Gorbachev of the USSR attended a lunch with the seven leaders.",
])
def test_soviet_leader_resolves_to_the_soviet_union(ref, tmp_path, line: str) -> None:
    assert ("Mikhail Gorbachev", "Soviet Union", "attended") in _attendees(ref, tmp_path, _G7 + line, "1991-07-17")


# --- the founders of the CIS in 1992 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("President Kravchuk of Ukraine attended the summit.", {("Leonid Kravchuk", "Ukraine", "attended")}),
    ("Ukraine's Leonid Kravchuk attended the summit.", {("Leonid Kravchuk", "Ukraine", "attended")}),
    ("Ukrainian President Leonid Kravchuk took part in the talks.", {("Leonid Kravchuk", "Ukraine", "attended")}),
    ("Belarusian leader Stanislav Shushkevich and Prime Minister Vyacheslav Kebich attended the summit.",
     {("Stanislav Shushkevich", "Belarus", "attended"), ("Vyacheslav Kebich", "Belarus", "attended")}),
    ("Azerbaijan's acting president, Yagub Mamedov, did not attend.", {("Yagub Mammadov", "Azerbaijan", "absent")}),
])
def test_cis_founders_in_1992(ref, tmp_path, line: str, expected: set[tuple]) -> None:
    assert expected <= _attendees(ref, tmp_path, _CIS92 + line, "1992-05-15")


# --- the Organization of African Unity in 1963, the Non-Aligned Movement in 1961 -----------------------------------

@pytest.mark.parametrize(("lede", "published", "line", "expected"), [
    (_OAU, "1963-05-25",
     "Emperor Haile Selassie opened the summit. President Kwame Nkrumah of Ghana and President Sekou Toure of Guinea "
     "attended.",
     {("Haile Selassie", "Ethiopia", "attended"), ("Kwame Nkrumah", "Ghana", "attended"),
      ("Ahmed Sékou Touré", "Guinea", "attended")}),
    (_OAU, "1963-05-25",
     "Ghana's Kwame Nkrumah, Guinea's Ahmed Sekou Toure and Algeria's Ahmed Ben Bella were at the summit.",
     {("Kwame Nkrumah", "Ghana", "attended"), ("Ahmed Ben Bella", "Algeria", "attended")}),
    (_OAU, "1963-05-25",
     "Among those present were President William Tubman of Liberia, Prime Minister Abubakar Tafawa Balewa of Nigeria "
     "and President Modibo Keita of Mali.",
     {("William Tubman", "Liberia", "attended"), ("Abubakar Tafawa Balewa", "Nigeria", "attended"),
      ("Modibo Keïta", "Mali", "attended")}),
    (_NAM, "1961-09-01",
     "President Tito of Yugoslavia opened the summit, attended by Prime Minister Jawaharlal Nehru of India and "
     "President Gamal Abdel Nasser.",
     {("Josip Broz Tito", "Yugoslavia", "attended"), ("Jawaharlal Nehru", "India", "attended"),
      ("Gamal Abdel Nasser", "Egypt", "attended")}),
    (_NAM, "1961-09-01",
     "Yugoslav President Josip Broz Tito welcomed Indonesia's President Sukarno and Ghana's Kwame Nkrumah to the "
     "summit.",
     {("Josip Broz Tito", "Yugoslavia", "attended"), ("Sukarno", "Indonesia", "attended")}),
])
def test_founders_of_the_1960s(ref, tmp_path, lede: str, published: str, line: str, expected: set[tuple]) -> None:
    assert expected <= _attendees(ref, tmp_path, lede + line, published)


# --- near-misses: no Soviet Union or Yugoslavia after they ended ------------------------------------------------------

_GONE = {"Soviet Union", "Yugoslavia", "East Germany", "Czechoslovakia"}


@pytest.mark.parametrize(("lede", "published", "line"), [
    (_CIS15, "2015-10-16",
     "The bloc brings together most of the former Soviet republics, among them Russia, Belarus and Kazakhstan."),
    (_CIS15, "2015-10-16", "Leaders discussed Soviet-era pipelines and trade across the post-Soviet space."),
    (_CIS15, "2015-10-16",
     "The leaders also talked about the ex-Yugoslav states and the former Yugoslav Republic of Macedonia."),
    (_CIS15, "2015-10-16", "Former Soviet leader Mikhail Gorbachev attended the summit as a guest."),
    (_CIS15, "2015-10-16",
     "The Soviet Union, which collapsed in 1991, was a member of many bodies; its successor Russia attended the summit."),
    (_CIS15, "2015-10-16", "The Yugoslav delegation of old and the Czechoslovak one are long gone, the host said."),
    (_CIS92, "1992-05-15",
     "The Commonwealth was founded in December 1991 by the former Soviet republics of Russia, Ukraine and Belarus as "
     "the Soviet Union broke up."),
])
def test_no_gone_state_after_its_end(ref, tmp_path, lede: str, published: str, line: str) -> None:
    out = extract_text(ref, tmp_path, lede + line, published)
    assert {a["country"] for a in out["attendees"]} & _GONE == set()
    assert {m for m, _ in member_set(out)} & _GONE == set()


def test_founders_named_beside_the_soviet_break_up_stay_members(ref, tmp_path) -> None:
    line = ("The Commonwealth was founded in December 1991 by the former Soviet republics of Russia, Ukraine and Belarus "
            "as the Soviet Union broke up.")
    members = member_set(extract_text(ref, tmp_path, _CIS92 + line, "1992-05-15"))
    assert {("Russia", "member"), ("Ukraine", "member"), ("Belarus", "member")} <= members


# --- an attendance cue in an aside on one person is that person's alone ---------------------------------------------

_NATO = ("Alliance leaders meet\n\n"
         "BRUSSELS, May 29 (Invented Wire) - NATO leaders opened their summit in Brussels on Monday.\n\n")


@pytest.mark.parametrize("line", [
    "President George Bush, attending his first meeting of the alliance, offered on Monday to cut troops in Europe, a "
    "move to take the lead from Mikhail Gorbachev.",
    "Chancellor Helmut Kohl, who travels to Moscow next week to urge Mikhail Gorbachev to accept the plan, said the text "
    "answered Mr. Gorbachev.",
    "Prime Minister Margaret Thatcher, arriving for her tenth meeting of the alliance, warned against Mikhail Gorbachev's "
    "charm.",
    "President François Mitterrand, who flew in on Sunday evening, said Mikhail Gorbachev deserved a reply.",
])
def test_cue_in_an_aside_is_its_subjects_alone(ref, tmp_path, line: str) -> None:
    people = {a["person"] for a in extract_text(ref, tmp_path, _NATO + line, "1989-05-29")["attendees"]}
    assert "Mikhail Gorbachev" not in people and len(people) == 1


@pytest.mark.parametrize(("line", "name"), [
    # company inside the aside shares the presence; a person listed is no object
    ("President George Bush, attending the meeting with Secretary of State James Baker, offered to cut troops.",
     "James Baker"),
    # a list of those there, each with an aside
    ("President George Bush, attending his first meeting of the alliance, and Chancellor Helmut Kohl, its longest "
     "serving leader, opened the talks.", "Helmut Kohl"),
    # a cue of the main clause for the one named after the aside
    ("President George Bush, attending his first meeting of the alliance, met Chancellor Helmut Kohl on the sidelines.",
     "Helmut Kohl"),
])
def test_aside_near_misses_keep_the_other_person(ref, tmp_path, line: str, name: str) -> None:
    assert name in {a["person"] for a in extract_text(ref, tmp_path, _NATO + line, "1989-05-29")["attendees"]}
