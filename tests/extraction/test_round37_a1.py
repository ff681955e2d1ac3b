"""Round 37 (A1): attendance recall, each family on small invented articles.

- preview rosters inverted after their verb ('Among the leaders who have confirmed their presence are', 'Also on the
  list are', 'A and B are on the list of heads of international organisations', 'A, B and C are all expected') and a
  delegation to be headed by someone;
- protocol lists with the verb after a place or a table ('Also present in the hall was', 'Also at the BRICS plus
  table were');
- report and live-blog acts ('touched down', 'used the summit for', 'took the Russian seat', 'is sitting in on',
  'said X in his opening speech', 'chaired a meeting of the Supreme State Council', 'the leaders re-elected X as
  chairman');
- guest countries with no leader ('Among the guest countries are A, B and C');
- attendees known only by a country's office ('Kenya's vice-president', 'the prime minister of Portugal');
- one sent with an interim office ('sent acting President X'); countries listed as sending ('A and B, which sent delegations led by ministers,', 'A, B
  and C sent someone else') or represented at a level ('with A represented at
  ministerial level').
Near misses: lists of other things, speakers, past holders, other councils, other meetings and other times.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

# published Wednesday 27 November 2024; the summit comes on Saturday and Sunday
_PREVIEW = ("Leaders head to Lisbon\n\n"
            "Leaders of the Group of 20 will meet in Lisbon on Saturday and Sunday for a two-day summit.\n\n")
# published Wednesday 27 November 2024; the summit runs Tuesday to Thursday
_ONGOING = ("BRICS leaders meet in Kazan\n\n"
            "Leaders of the BRICS countries met in Kazan on Tuesday for a three-day summit that ends on Thursday.\n\n")


def _people(ref, tmp_path, body: str) -> set[tuple]:
    return {(p, s) for p, _c, s in attendee_set(extract_text(ref, tmp_path, body))}


def _countries(ref, tmp_path, body: str) -> set[tuple]:
    return {(c, s) for _p, c, s in attendee_set(extract_text(ref, tmp_path, body))}


# --- preview rosters: the verb before the list, the list on a named list, a whole list expected ---------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Among the leaders who have confirmed their presence are Kenyan President William Ruto and Chilean "
     "President Gabriel Boric.", "Gabriel Boric"),
    ("Heads of state who have already confirmed their trips include Kenyan President William Ruto.",
     "William Ruto"),
    ("Heads of government scheduled to come include Kenyan President William Ruto and Chilean President Gabriel "
     "Boric.", "William Ruto"),
    ("Also on the list are Kenyan President William Ruto and Chilean President Gabriel Boric.", "William Ruto"),
    ("Also on the confirmed list is Chilean President Gabriel Boric.", "Gabriel Boric"),
    ("UN Secretary-General Antonio Guterres and WHO Director-General Tedros Adhanom Ghebreyesus are on the list of "
     "heads of international organisations.", "António Guterres"),
    ("Kenyan President William Ruto is also on the list of invited leaders.", "William Ruto"),
    ("Kenyan President William Ruto, Chilean President Gabriel Boric and Canada's Justin Trudeau are all expected.",
     "Justin Trudeau"),
    ("Kenyan President William Ruto and Chilean President Gabriel Boric are both expected at the opening dinner.",
     "William Ruto"),
    ("Kenyan President William Ruto and Chilean President Gabriel Boric are all confirmed for the leaders' retreat.",
     "Gabriel Boric"),
])
def test_a_preview_roster_makes_expected_attendees(ref, tmp_path, text, who):
    assert (who, "expected") in _people(ref, tmp_path, _PREVIEW + text + "\n")


def test_a_delegation_to_be_headed_by_a_minister(ref, tmp_path):
    body = _PREVIEW + "The Spanish delegation is to be headed by Foreign Minister Jose Manuel Albares.\n"
    got = {a["person"]: (a["status"], a["capacity"]) for a in extract_text(ref, tmp_path, body)["attendees"]}
    assert got.get("José Manuel Albares") == ("expected", "stand_in")


@pytest.mark.parametrize(("text", "who"), [
    ("Kenyan President William Ruto is on the list of the world's most powerful leaders.", "William Ruto"),
    ("On the list of sanctioned officials is Chilean President Gabriel Boric, a critic wrote.", "Gabriel Boric"),
    ("Kenyan President William Ruto and Chilean President Gabriel Boric are both expected to win re-election.",
     "William Ruto"),
    ("Kenyan President William Ruto and Chilean President Gabriel Boric are all confirmed as critics of the plan.",
     "William Ruto"),
    ("Leaders who have confirmed their presence at the climate conference in Paris next year include Kenyan "
     "President William Ruto.", "William Ruto"),
])
def test_near_misses_of_preview_rosters_name_no_attendee(ref, tmp_path, text, who):
    assert who not in {p for p, _s in _people(ref, tmp_path, _PREVIEW + text + "\n")}


# --- protocol lists and reported acts at the meeting ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Also present in the Kremlin hall was Kazakh President Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev"),
    ("Also at the BRICS plus table were Azerbaijan's President Ilham Aliyev, Mongolia's President Ukhnaagiin "
     "Khurelsukh, and the Emir of Qatar, Sheikh Tamim bin Hamad al-Thani.", "Ilham Aliyev"),
    ("Around the BRICS plus table sat Azerbaijan's President Ilham Aliyev and Mongolia's President Ukhnaagiin "
     "Khurelsukh.", "Ukhnaagiin Khürelsükh"),
    ("Kenyan President William Ruto touched down in Kazan on Monday night.", "William Ruto"),
    ("14:05 Chilean President Gabriel Boric touched down shortly after noon.", "Gabriel Boric"),
    ("Kenyan President William Ruto used the summit for a pitch on carbon credits.", "William Ruto"),
    ("Chilean President Gabriel Boric is using the meeting as a stage for his lithium plan.", "Gabriel Boric"),
    ("Foreign Minister Sergey Lavrov took the Russian seat.", "Sergey Lavrov"),
    ("Foreign Minister Sergey Lavrov occupied the Russian seat for the second day.", "Sergey Lavrov"),
    ("European Commission President Ursula von der Leyen is sitting in on the economic talks.", "Ursula von der Leyen"),
    ("Kazakh President Kassym-Jomart Tokayev sat in on the closing session.", "Kassym-Jomart Tokayev"),
    ("\"We will not be divided,\" said Kenyan President William Ruto, the host, in his opening speech.",
     "William Ruto"),
    ("\"Trade must stay open,\" said Chilean President Gabriel Boric in his closing address.", "Gabriel Boric"),
    ("Belarusian President Alexander Lukashenko chaired a meeting of the Supreme State Council in Kazan.",
     "Alexander Lukashenko"),
    ("The leaders on Wednesday re-elected Kazakh President Kassym-Jomart Tokayev as chairman of the bloc.",
     "Kassym-Jomart Tokayev"),
])
def test_a_protocol_or_report_act_makes_an_attendee(ref, tmp_path, text, who):
    assert (who, "attended") in _people(ref, tmp_path, _ONGOING + text + "\n")


@pytest.mark.parametrize(("text", "who"), [
    ("Also present in the report was a warning from Kazakh President Kassym-Jomart Tokayev about debt.",
     "Kassym-Jomart Tokayev"),
    ("Also present at the inaugural talks in 2001 was Kazakh President Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev"),
    ("\"Trade must stay open,\" said Chilean President Gabriel Boric in an interview last month.", "Gabriel Boric"),
    ("Belarusian President Alexander Lukashenko chaired a meeting of the National Security Council in Minsk.",
     "Alexander Lukashenko"),
    ("Belarusian President Alexander Lukashenko chaired a meeting of the UN Security Council in 2001.",
     "Alexander Lukashenko"),
    ("Foreign Minister Sergey Lavrov took the Russian seat on the UN Human Rights Council in 2020.", "Sergey Lavrov"),
    ("Voters re-elected Kazakh President Kassym-Jomart Tokayev as president in 2022.", "Kassym-Jomart Tokayev"),
])
def test_near_misses_of_protocol_acts_name_no_attendee(ref, tmp_path, text, who):
    assert who not in {p for p, _s in _people(ref, tmp_path, _ONGOING + text + "\n")}


# --- guest countries with no leader named ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "countries"), [
    ("Among the guest countries are Norway, Portugal and Singapore.", {"Norway", "Portugal", "Singapore"}),
    ("The invited nations this year include Norway and Singapore.", {"Norway", "Singapore"}),
    ("Countries invited as guests are Portugal and Norway, officials said.", {"Portugal", "Norway"}),
])
def test_guest_countries_listed_without_leaders(ref, tmp_path, text, countries):
    got = _countries(ref, tmp_path, _PREVIEW + text + "\n")
    assert {(c, "expected") for c in countries} <= got


@pytest.mark.parametrize("text", [
    "Guest countries are chosen by the host each year.",
    "Among the guest countries at last year's summit in Rio were Norway and Portugal.",
])
def test_near_misses_of_guest_countries_name_none(ref, tmp_path, text):
    got = {c for c, _s in _countries(ref, tmp_path, _PREVIEW + text + "\n")}
    assert not got & {"Norway", "Portugal"}


# --- attendees known only by a country's office -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "countries"), [
    ("Kenya's vice-president also attended.", {"Kenya"}),
    ("Kenya's vice-president and the foreign minister of Chile also attended.", {"Kenya", "Chile"}),
    ("The prime minister of Portugal arrived on Tuesday.", {"Portugal"}),
    ("On Tuesday, Norway's foreign minister joined the talks.", {"Norway"}),
])
def test_a_countrys_office_makes_an_attending_country(ref, tmp_path, text, countries):
    got = _countries(ref, tmp_path, _ONGOING + text + "\n")
    assert {(c, "attended") for c in countries} <= got


@pytest.mark.parametrize("text", [
    "Kenya's former vice-president attended the summit in 2019.",
    "An analyst said Kenya's vice-president should have attended.",
    "Kenya's foreign minister said on Monday that leaders would gather in Kazan to discuss debt.",
    "The president of Kenya hosted the last summit in 2019.",
    "Nairobi's envoy said the president of Kenya had not decided whether to attend.",
])
def test_near_misses_of_a_countrys_office_name_no_country(ref, tmp_path, text):
    assert "Kenya" not in {c for c, _s in _countries(ref, tmp_path, _ONGOING + text + "\n")}


# --- one sent with an interim office; countries listed as sending -------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Iran, still counting votes, sent acting President Mohammad Mokhber.", "Mohammad Mokhber"),
    ("Kyrgyzstan sent acting Prime Minister Adylbek Kasymaliev.", "Adylbek Kasymaliev"),
])
def test_one_sent_with_an_interim_office_attends(ref, tmp_path, text, who):
    assert (who, "attended") in _people(ref, tmp_path, _ONGOING + text + "\n")


@pytest.mark.parametrize(("text", "countries"), [
    ("Norway and Portugal, which sent delegations led by ministers, were among those that signed.",
     {"Norway", "Portugal"}),
    ("Norway, Portugal and Chile both sent envoys.", {"Norway", "Portugal", "Chile"}),
    ("Chile and Peru sent their foreign ministers.", {"Chile", "Peru"}),
    ("Chile, Peru and Norway sent someone else.", {"Chile", "Peru", "Norway"}),
    ("Chile's Gabriel Boric also stayed home, with Chile represented at ministerial level.", {"Chile"}),
    ("Chilean President Gabriel Boric also stayed away, sending his transport minister.", {"Chile"}),
])
def test_countries_listed_as_sending_attend(ref, tmp_path, text, countries):
    got = _countries(ref, tmp_path, _ONGOING + text + "\n")
    assert {(c, "attended") for c in countries} <= got


@pytest.mark.parametrize("text", [
    "Norway and Portugal did not send delegations.",
    "Norway and Portugal sent delegations to the climate talks in Paris last year.",
    "Norway and Portugal sent delegations to the climate talks in Paris.",
    "Norway and Portugal sent nobody.",
    "Norway and Portugal were represented at ministerial level at last year's summit.",
])
def test_near_misses_of_countries_sending_name_none(ref, tmp_path, text):
    got = {(c, s) for c, s in _countries(ref, tmp_path, _ONGOING + text + "\n")}
    assert not got & {("Norway", "attended"), ("Portugal", "attended")}

